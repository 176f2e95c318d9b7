"""Reads of the partnership layer. Each takes an already-authorised review or partnership."""
