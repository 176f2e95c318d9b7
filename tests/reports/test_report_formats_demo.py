"""The demo report in all three formats: after the unnumbered title page and contents the parts
run 1, 2, 3…; each finding carries the number the app shows; the PDF has no blank or near-blank
page (a heading or a line left alone) between its first and last."""

import io
import re

import pytest
from docx import Document
from pypdf import PdfReader

from casewindow.analysis.models import Finding
from casewindow.demo.loader import demo_load
from casewindow.reports.assembly import PARTS, build_report
from casewindow.reports.rendering.html import render_html
from casewindow.reports.rendering.pdf import render_pdf
from casewindow.reports.rendering.word import render_docx

pytestmark = pytest.mark.django_db

PART_NUMBERS = [str(n) for n in range(1, len(PARTS) + 1)]


def test_the_demo_report_is_numbered_alike_in_docx_html_and_pdf() -> None:
    """One demo load for the three formats (loading it takes seconds)."""
    review, _created = demo_load()
    content = build_report(review)
    app_findings = {
        finding.statement: finding.number
        for finding in Finding.objects.alive().filter(review=review)
    }
    assert len(app_findings) == 4
    demo = (content, app_findings)
    _docx_numbers(demo)
    _html_numbers(demo)
    _pdf_numbers(demo)


def _finding_numbers(pairs: list[tuple[str, str]]) -> dict[str, int]:
    """{statement: n} from ("7.n", "Finding n: statement") headings."""
    found = {}
    for number, title in pairs:
        match = re.fullmatch(r"Finding (\d+): (.+)", title)
        if match:
            assert number.endswith(f".{match.group(1)}"), (number, title)
            found[match.group(2)] = int(match.group(1))
    return found


def _docx_numbers(demo) -> None:
    content, app_findings = demo
    document = Document(io.BytesIO(render_docx(content)))
    headings = [
        (p.style.name, p.text.split("\t", 1))
        for p in document.paragraphs
        if p.style.name.startswith("Heading") and "\t" in p.text
    ]
    assert [number for style, (number, _t) in headings if style == "Heading 1"] == PART_NUMBERS
    assert _finding_numbers([tuple(pair) for _s, pair in headings]) == app_findings


def _html_numbers(demo) -> None:
    content, app_findings = demo
    html = render_html(content).decode()
    parts = re.findall(r'<h2 id="[^"]+"><span class="number">([^<]+)</span>', html)
    assert parts == PART_NUMBERS
    subparts = re.findall(r'<h3 id="[^"]+"><span class="number">([^<]+)</span>([^<]+)</h3>', html)
    assert _finding_numbers([(n, t.replace("&#x27;", "'")) for n, t in subparts]) == app_findings


def _pdf_numbers(demo) -> None:
    content, _app = demo
    reader = PdfReader(io.BytesIO(render_pdf(content)))
    pages = [page.extract_text() or "" for page in reader.pages]
    assert pages[0].strip() and "Contents" in pages[1]
    body = "\n".join(pages[2:])
    starts = [
        re.search(rf"^{number} {re.escape(section.title)}", body, flags=re.MULTILINE)
        for number, section in zip(PART_NUMBERS, content.sections, strict=True)
    ]
    assert all(starts), [s.title for s, m in zip(content.sections, starts, strict=True) if not m]
    positions = [match.start() for match in starts if match]
    assert positions == sorted(positions), "the parts come in order, 1 first"
    assert pages[2].lstrip().startswith("1 Executive summary")
    # Page numbers too: none on the title page and contents, then 1 on the first part's page.
    assert [page.strip().splitlines()[-1] for page in pages[2:4]] == ["1", "2"]
    assert not pages[0].strip().splitlines()[-1].isdigit()
    near_blank = [n for n, text in enumerate(pages[1:-1], start=2) if len(text.strip()) < 400]
    assert not near_blank, f"pages with almost nothing on them: {near_blank}"
