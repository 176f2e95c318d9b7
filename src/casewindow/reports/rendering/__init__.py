"""Renderers: each takes a `ReportContent` (a working copy, a frozen draft or a publication
version alike) and returns the file's bytes."""

from casewindow.reports.rendering.html import render_html
from casewindow.reports.rendering.pdf import render_pdf
from casewindow.reports.rendering.word import render_docx

__all__ = ["render_docx", "render_html", "render_pdf"]
