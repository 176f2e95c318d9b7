"""Writes of the partnership layer: typed, keyword-only, each in a transaction and audited."""
