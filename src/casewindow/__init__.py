"""Casewindow: a workbench for multi-agency systems-model case reviews."""
