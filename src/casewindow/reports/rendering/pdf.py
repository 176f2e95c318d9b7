"""The report as an accessible PDF, printed by WeasyPrint from the same HTML as the HTML
export: tagged (PDF/UA-1, so a screen reader follows headings, lists and tables in order), with
the report's title as the document title and British English as its language. It names no
author. Only the machine's own fonts are used and nothing is fetched: the URL fetcher refuses
every URL but inline data."""

from collections.abc import Callable
from typing import Any

from weasyprint import HTML
from weasyprint.urls import URLFetcher

from casewindow.reports.content import ReportContent
from casewindow.reports.rendering.html import PRINT_CSS, report_html


class LocalOnlyFetcher(URLFetcher):
    """Refuses every URL except `data:` ones: a report never loads anything from elsewhere."""

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> Any:
        if not url.startswith("data:"):
            raise ValueError(f"The report may not load {url[:80]}")
        return super().fetch(url, headers)


def render_pdf(
    content: ReportContent, *, progress: Callable[[int, str], None] | None = None
) -> bytes:
    html = report_html(content, css=PRINT_CSS)
    if progress:
        progress(30, "Laying out the pages")
    document = HTML(string=html, url_fetcher=LocalOnlyFetcher(), base_url=None).render(
        pdf_variant="pdf/ua-1", pdf_tags=True
    )
    if progress:
        progress(80, f"Writing {len(document.pages)} pages")
    return document.write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)
