"""The renderers: a Word document with real headings, numbered parts and tables and no author;
a tagged PDF with its title and language and no author; one self-contained HTML file."""

import io
import re
import zipfile

import pytest
from docx import Document
from pypdf import PdfReader

from casewindow.reports.content import Block, ReportContent, Section
from casewindow.reports.rendering import render_docx, render_html, render_pdf
from casewindow.reports.rendering.pdf import LocalOnlyFetcher

TITLE = "Child J: a Learning Together review"


def _content() -> ReportContent:
    return ReportContent(
        title=TITLE,
        review_reference="NSCP-2025-03",
        partnership="Northbridge Safeguarding Children Partnership",
        status="Draft 2",
        date_text="1 March 2026",
        sections=(
            Section(
                "introduction",
                "3",
                "Introduction",
                (Block("paragraph", text="Why the review was held."),),
            ),
            Section(
                "findings",
                "8",
                "Findings",
                (Block("paragraph", text="Each finding is a pattern."),),
                subsections=(
                    Section(
                        "finding-a",
                        "8.1",
                        "Finding 1: Health visitors are not invited",
                        (
                            Block("heading", text="Why does it matter?"),
                            Block("paragraph", text="Babies are at risk."),
                            Block("list", items=("Bullet one", "Bullet two")),
                            Block("numbered", items=("First question",)),
                        ),
                    ),
                ),
            ),
            Section(
                "appendices",
                "10",
                "Appendices",
                subsections=(
                    Section(
                        "kpe-table",
                        "10.1",
                        "Key practice episodes",
                        (
                            Block(
                                "table",
                                rows=(
                                    ("No.", "Episode", "Appraisal"),
                                    ("1", "Home visit", "Good practice"),
                                ),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    )


# --- DOCX ---------------------------------------------------------------------------------


def test_docx_has_real_heading_styles_numbered_parts_and_a_contents_list():
    document = Document(io.BytesIO(render_docx(_content())))
    styled = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert ("Title", TITLE) in styled
    assert ("Heading 1", "8\tFindings") in styled
    assert ("Heading 2", "8.1\tFinding 1: Health visitors are not invited") in styled
    assert ("Heading 3", "Why does it matter?") in styled
    assert ("List Bullet", "Bullet one") in styled
    texts = [text for _style, text in styled]
    contents = texts.index("Contents")
    assert "3\tIntroduction" in texts[contents:]
    assert "1.\tFirst question" in texts


def test_docx_contents_is_a_word_table_of_contents_field():
    xml = zipfile.ZipFile(io.BytesIO(render_docx(_content()))).read("word/document.xml")
    assert b'TOC \\o "1-2"' in xml
    assert xml.count(b'w:fldCharType="begin"') == xml.count(b'w:fldCharType="end"') == 1


def test_docx_tables_are_real_tables_whose_header_row_repeats():
    data = render_docx(_content())
    document = Document(io.BytesIO(data))
    (table,) = document.tables
    assert [c.text for c in table.rows[0].cells] == ["No.", "Episode", "Appraisal"]
    assert [c.text for c in table.rows[1].cells] == ["1", "Home visit", "Good practice"]
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert re.search(r"<w:trPr>.*?<w:tblHeader w:val=\"true\"/>", xml)


def test_docx_names_no_author_and_no_company():
    data = render_docx(_content())
    props = Document(io.BytesIO(data)).core_properties
    assert props.title == TITLE
    assert props.author == props.last_modified_by == props.comments == ""
    package = zipfile.ZipFile(io.BytesIO(data))
    core = package.read("docProps/core.xml").decode()
    assert "<dc:creator></dc:creator>" in core or "<dc:creator/>" in core
    assert re.search(r"<cp:lastModifiedBy\s*/?>(</cp:lastModifiedBy>)?", core)
    app = package.read("docProps/app.xml").decode()
    assert "Company" not in app and "Manager" not in app
    assert "python-docx" not in core


# --- PDF ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_pdf(_content())


def test_pdf_has_the_report_title_and_no_author(pdf: bytes):
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title == TITLE
    assert not reader.metadata.author
    assert "/Author" not in reader.metadata


def test_pdf_is_tagged_with_its_language(pdf: bytes):
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/Lang"] == "en-GB"
    assert bool(root["/MarkInfo"]["/Marked"])
    # Headings, lists and tables are tagged as such, for screen readers.
    tags = _structure_tags(root["/StructTreeRoot"])
    assert {"/H1", "/H2", "/H3", "/L", "/Table", "/TH"} <= tags


def _structure_tags(node, seen=None) -> set[str]:
    seen = seen if seen is not None else set()
    node = node.get_object() if hasattr(node, "get_object") else node
    if isinstance(node, list):
        for child in node:
            _structure_tags(child, seen)
    elif hasattr(node, "get"):
        if "/S" in node:
            seen.add(str(node["/S"]))
        if "/K" in node:
            _structure_tags(node["/K"], seen)
    return seen


def test_pdf_holds_the_report_text(pdf: bytes):
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Findings" in text
    assert "Babies are at risk." in text
    assert "Home visit" in text


def test_pdf_fetches_nothing_from_elsewhere():
    fetcher = LocalOnlyFetcher()
    for url in ("https://example.org/font.woff", "file:///etc/passwd", "http://127.0.0.1/x"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


# --- HTML ---------------------------------------------------------------------------------


def test_html_is_one_self_contained_accessible_file():
    html = render_html(_content()).decode()
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="en-GB">' in html
    assert f"<title>{TITLE}</title>" in html
    assert html.count("<h1>") == 1
    assert '<h2 id="section-findings"><span class="number">8</span>Findings</h2>' in html
    assert '<th scope="col">Episode</th>' in html
    assert '<a href="#section-finding-a">8.1 Finding 1' in html
    assert "<script" not in html and "http" not in html.replace('name="viewport"', "")


def test_html_escapes_what_the_report_says():
    content = ReportContent(
        title="<b>T</b>",
        review_reference="R",
        partnership="P",
        status="S",
        date_text="D",
        sections=(Section("x", "1", "A & B", (Block("paragraph", text="<script>"),)),),
    )
    html = render_html(content).decode()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "A &amp; B" in html
