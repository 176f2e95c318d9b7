"""Rendering the report of the full demo review (NSCP-2025-03, "Child J", as `load_demo` makes
it): assembling it from the analysis, then DOCX, PDF and HTML, each the median of a few runs.
Targets: DOCX ≤ 3 s, PDF ≤ 10 s."""

import statistics
import time

REPEATS = 5
DOCX_TARGET_S = 3
PDF_TARGET_S = 10


def _median(function, repeats: int = REPEATS) -> tuple[float, object]:
    times = []
    result = None
    for _ in range(repeats):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def run() -> list[dict]:
    from casewindow.demo.loader import demo_load
    from casewindow.reports.assembly import build_report
    from casewindow.reports.rendering import render_docx, render_html, render_pdf

    review, _created = demo_load()
    assemble_s, content = _median(lambda: build_report(review))
    docx_s, docx = _median(lambda: render_docx(content))
    pdf_s, pdf = _median(lambda: render_pdf(content))
    html_s, html = _median(lambda: render_html(content))
    import io

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    sections = sum(1 for _ in content.walk())
    return [
        {
            "name": f"assemble the demo report ({sections} sections)",
            "value": assemble_s * 1000,
            "unit": "ms",
        },
        {
            "name": "render DOCX (median)",
            "value": docx_s,
            "unit": "s",
            "target": DOCX_TARGET_S,
            "note": f"{len(docx):,} bytes",
        },
        {
            "name": "render PDF, tagged (median)",
            "value": pdf_s,
            "unit": "s",
            "target": PDF_TARGET_S,
            "note": f"{pages} pages, {len(pdf):,} bytes",
        },
        {
            "name": "render HTML (median)",
            "value": html_s * 1000,
            "unit": "ms",
            "note": f"{len(html):,} bytes",
        },
    ]
