"""The report as a Word document, the file a partnership edits and files: a title page, a
contents list (a static list of the parts, and a Word table-of-contents field that Word fills in
with page numbers when the document is opened and fields are updated), real Heading 1/2/3
styles (so Word's navigation pane and the contents work), numbered parts and findings, and real
tables whose header row repeats on every page.

The file names no one: author, last-modified-by, comments and the rest of the core properties
are blank, and the application properties carry no company."""

import datetime
import io
import zipfile
from collections.abc import Callable

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from casewindow.reports.content import Block, ReportContent, Section, logo_png

FONT = "Arial"


def _blank_properties(document: DocxDocument, title: str) -> None:
    props = document.core_properties
    for name in (
        "author",
        "last_modified_by",
        "comments",
        "keywords",
        "subject",
        "category",
        "content_status",
        "identifier",
        "version",
    ):
        setattr(props, name, "")
    props.title = title
    props.language = "en-GB"
    props.revision = 1
    # python-docx's template carries its own (years-old) dates; the file's are today's.
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    props.created = now
    props.modified = now


def _styles(document: DocxDocument) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    # East-Asian and complex-script fonts too, so Word does not substitute another font.
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-GB")
    rpr.append(lang)
    for name, size in (("Title", 26), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5)):
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x0B, 0x0C, 0x0C)
        style.font.bold = True
        style.font.italic = False
        style.paragraph_format.keep_with_next = True
        style_fonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
        if style_fonts is not None:
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                style_fonts.attrib.pop(qn(attr), None)
            for attr in ("w:ascii", "w:hAnsi", "w:cs"):
                style_fonts.set(qn(attr), FONT)
    styles["Heading 1"].paragraph_format.space_before = Pt(0)
    # Each numbered part starts on a new page.
    styles["Heading 1"].paragraph_format.page_break_before = True
    styles["Heading 2"].paragraph_format.space_before = Pt(14)
    styles["Heading 3"].paragraph_format.space_before = Pt(10)
    # The Title style's bottom border in the default template looks like a stray line.
    title_ppr = styles["Title"].element.get_or_add_pPr()
    for border in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(border)


def _field_char(paragraph, kind: str) -> None:
    run = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        char.set(qn("w:dirty"), "true")  # Word offers to update it (page numbers) on opening
    run._r.append(char)


def _contents(document: DocxDocument, content: ReportContent) -> None:
    """The contents: a Word table-of-contents field (levels 1-2) whose shown result is a plain
    list of the numbered parts, so the contents read correctly before Word updates the field,
    and show page numbers after."""
    lines = []
    for section in content.sections:
        lines.append((section, 0))
        lines.extend((sub, 1) for sub in section.subsections)
    for index, (section, depth) in enumerate(lines):
        paragraph = document.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.left_indent = Cm(1.2 + depth)
        fmt.first_line_indent = Cm(-1.2)
        fmt.space_after = Pt(1)
        fmt.tab_stops.add_tab_stop(Cm(1.2 + depth))
        if index == 0:
            _field_char(paragraph, "begin")
            run = paragraph.add_run()
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = 'TOC \\o "1-2" \\h \\z \\u'
            run._r.append(instruction)
            _field_char(paragraph, "separate")
        run = paragraph.add_run(f"{section.number}\t{section.title}")
        run.font.size = Pt(10)
        if index == len(lines) - 1:
            _field_char(paragraph, "end")


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    cant_split = OxmlElement("w:cantSplit")
    tr_pr.append(cant_split)


TEXT_WIDTH_CM = 16.6


def _column_widths(rows: tuple[tuple[str, ...], ...]) -> list[Cm]:
    """Share the page width by how much each column holds (a number column stays narrow, a
    title column gets room), within limits so no column is squeezed."""
    columns = list(zip(*rows, strict=True))
    weights = [
        min(max(max((len(cell) for cell in column), default=1), 6), 45) ** 0.8 for column in columns
    ]
    total = sum(weights)
    return [Cm(TEXT_WIDTH_CM * weight / total) for weight in weights]


def _table(document: DocxDocument, block: Block) -> None:
    header, *body = block.rows
    table = document.add_table(rows=len(body) + 1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    widths = _column_widths(block.rows)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width
    rows = iter(table.rows)
    head = next(rows)
    _repeat_header(head)
    for cell, text in zip(head.cells, header, strict=True):
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(9.5)
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), "F3F2F1")
        cell._tc.get_or_add_tcPr().append(shading)
    for row, cells in zip(rows, body, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.add_run(text).font.size = Pt(9.5)
    document.add_paragraph()


def _block(document: DocxDocument, block: Block, heading_level: int) -> None:
    if block.kind == "paragraph":
        document.add_paragraph(block.text)
    elif block.kind == "heading":
        document.add_heading(block.text, level=min(heading_level, 9))
    elif block.kind == "list":
        for item in block.items:
            document.add_paragraph(item, style="List Bullet")
    elif block.kind == "numbered":
        # Numbers written out, so each list starts at 1 whatever Word's list numbering does.
        for number, item in enumerate(block.items, start=1):
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.left_indent = Cm(0.9)
            paragraph.paragraph_format.first_line_indent = Cm(-0.6)
            paragraph.add_run(f"{number}.\t{item}")
    elif block.kind == "table" and block.rows:
        _table(document, block)


def _section(document: DocxDocument, section: Section, level: int) -> None:
    document.add_heading(f"{section.number}\t{section.title}", level=level)
    for block in section.blocks:
        _block(document, block, level + 1)
    for sub in section.subsections:
        _section(document, sub, level + 1)


def render_docx(
    content: ReportContent, *, progress: Callable[[int, str], None] | None = None
) -> bytes:
    document = Document()
    _blank_properties(document, content.title)
    _styles(document)
    page = document.sections[0]
    page.page_height, page.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(page, side, Cm((21.0 - TEXT_WIDTH_CM) / 2))
    page.top_margin = page.bottom_margin = Cm(2.2)

    # 1. Title page.
    for _ in range(4 if content.logo else 6):
        document.add_paragraph()
    if logo := logo_png(content):
        picture = document.add_paragraph().add_run().add_picture(io.BytesIO(logo), width=Cm(5))
        # Word reads the picture's description aloud: the partnership's logo, not the file name.
        picture._inline.docPr.set("descr", f"{content.partnership} logo")
        picture._inline.docPr.set("name", "Logo")
    document.add_paragraph(content.partnership).runs[0].font.size = Pt(14)
    document.add_paragraph(content.title, style="Title")
    status = document.add_paragraph()
    status_run = status.add_run(content.status)
    status_run.bold = True
    status_run.font.size = Pt(14)
    document.add_paragraph(f"Review {content.review_reference}")
    document.add_paragraph(content.date_text)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # 2. Contents: the parts as a list, and Word's own contents field with page numbers.
    contents = document.add_paragraph("Contents")
    contents.style = document.styles["Title"]
    contents.runs[0].font.size = Pt(16)
    _contents(document, content)
    if progress:
        progress(20, "Writing the parts of the report")

    total = max(len(content.sections), 1)
    for index, section in enumerate(content.sections):
        _section(document, section, 1)
        if progress:
            progress(20 + int(70 * (index + 1) / total), f"Written {section.title}")

    buffer = io.BytesIO()
    document.save(buffer)
    return _scrub_app_properties(buffer.getvalue())


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Casewindow</Application><DocSecurity>0</DocSecurity></Properties>"
)


def _scrub_app_properties(data: bytes) -> bytes:
    """Replace the template's application properties (which name the program and may name a
    company or manager) with a minimal set that names no one."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            payload = source.read(item.filename)
            if item.filename == "docProps/app.xml":
                payload = APP_XML.encode("utf-8")
            target.writestr(item, payload)
    return out.getvalue()
