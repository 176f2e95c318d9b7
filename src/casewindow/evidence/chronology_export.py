"""The integrated chronology as a file to read away from the app: a CSV, and a Word table
(landscape, one row per entry with its agency, the entries merged into one event kept together
under the event's heading). Pure: it is given the lines, in order, and returns bytes."""

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell, _Row


@dataclass(frozen=True)
class ExportEntry:
    date: str  # the standard form ("12 Mar 2024", "early Jun 2024 (approx.)")
    time: str
    date_as_written: str
    agency: str
    description: str
    action: str
    source: str
    people: str
    status: str  # "", "Out of scope", "Corrected", "Added by hand" (joined with "; ")


@dataclass(frozen=True)
class ExportLine:
    """An entry on its own, or an event (its title and agencies) with its entries."""

    entries: Sequence[ExportEntry]
    event_title: str = ""
    event_agencies: str = ""


CSV_HEADINGS = (
    "Date", "Time", "Date as written", "Agency", "What happened", "Action or outcome",
    "Source or author", "People named", "Event", "Status",
)  # fmt: skip

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """A spreadsheet must not run a cell as a formula (CSV injection)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def chronology_csv(lines: Iterable[ExportLine]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADINGS)
    for line in lines:
        for entry in line.entries:
            writer.writerow(
                _cell(value)
                for value in (
                    entry.date,
                    entry.time,
                    entry.date_as_written,
                    entry.agency,
                    entry.description,
                    entry.action,
                    entry.source,
                    entry.people,
                    line.event_title,
                    entry.status,
                )
            )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM tells Excel it is UTF-8


def _shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _repeat_heading(row: _Row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _write(cell: _Cell, text: str, *, bold: bool = False, grey: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    for number, part in enumerate(text.split("\n")):
        if number:
            paragraph.add_run().add_break()
        run = paragraph.add_run(part)
        run.bold = bold
        if grey:
            run.font.color.rgb = RGBColor(0x50, 0x5A, 0x5F)


WORD_HEADINGS = ("Date", "Agency", "What happened", "Action or outcome", "Source")
WORD_WIDTHS = (Cm(3.4), Cm(3.6), Cm(10.5), Cm(6.0), Cm(3.2))


def chronology_docx(lines: Iterable[ExportLine], *, title: str, subtitle: str) -> bytes:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    document.styles["Normal"].font.size = Pt(9)
    document.add_heading(title, level=1)
    if subtitle:
        document.add_paragraph(subtitle)
    table = document.add_table(rows=1, cols=len(WORD_HEADINGS))
    table.style = "Table Grid"
    table.autofit = False
    heading_row = table.rows[0]
    _repeat_heading(heading_row)
    for cell, text, width in zip(heading_row.cells, WORD_HEADINGS, WORD_WIDTHS, strict=True):
        cell.width = width
        _write(cell, text, bold=True)
        _shade(cell, "D9D9D9")
    for line in lines:
        if line.event_title:
            row = table.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            _write(
                merged,
                f"Event: {line.event_title}"
                + (f" — recorded by {line.event_agencies}" if line.event_agencies else ""),
                bold=True,
            )
            _shade(merged, "DEEBF7")
        for entry in line.entries:
            row = table.add_row()
            grey = "Out of scope" in entry.status
            date = entry.date or f"{entry.date_as_written} (unreadable)"
            if entry.time:
                date += f" {entry.time}"
            if entry.date_as_written and entry.date_as_written != entry.date:
                date += f"\nwritten: {entry.date_as_written}"
            if entry.status:
                date += f"\n[{entry.status}]"
            values = (date, entry.agency, entry.description, entry.action, entry.source)
            for cell, text, width in zip(row.cells, values, WORD_WIDTHS, strict=True):
                cell.width = width
                _write(cell, text, grey=grey)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
