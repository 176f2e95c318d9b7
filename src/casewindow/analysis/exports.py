"""The key practice episodes table as files: CSV (for a spreadsheet, one row per episode) and
DOCX (for the report writer, one two-column table per episode). Both carry the same fields as
the page; neither carries its author's name."""

import csv
import io
from collections.abc import Mapping
from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from casewindow.analysis.selectors.agreement import hidden_note
from casewindow.analysis.selectors.episodes import episode_when
from casewindow.reviews.models import Review

COLUMNS = [
    "No.",
    "Title",
    "Date or period",
    "Agencies involved",
    "What happened",
    "How it looked at the time",
    "Appraisal",
    "What was good",
    "What was problematic",
    "Reviewers' explanation",
    "Contributory factors",
]
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _safe_cell(text: str) -> str:
    """Stop a spreadsheet from treating a cell as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _factors_text(episode: Any) -> str:
    return "\n".join(
        f"{row.label} ({row.factor.get_effect_display().lower()})"
        + (f": {row.factor.explanation}" if row.factor.explanation else "")
        for row in episode.factor_rows
    )


def episode_cells(episode: Any, hidden: Mapping[int, int] | None = None) -> list[str]:
    """One row of the table, as text. `episode` comes from selectors.episode_table. The
    factors of an episode in `hidden` (episode id -> agreement check number: the exporting
    reviewer codes it blind) are left out, with a note in their place."""
    number = (hidden or {}).get(episode.pk)
    return [
        str(episode.number),
        episode.title,
        episode_when(episode),
        ", ".join(agency.name for agency in episode.agencies.all()),
        episode.what_happened,
        episode.how_it_looked,
        episode.get_appraisal_display(),
        episode.appraisal_good,
        episode.appraisal_problematic,
        episode.appraisal_explanation,
        _factors_text(episode) if number is None else f"{hidden_note(number)}.",
    ]


def _filename(review: Review, extension: str) -> str:
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    return f"{review.reference}-key-practice-episodes-{stamp}.{extension}"


def _hidden_note_row(episodes: list[Any], hidden: Mapping[int, int] | None) -> str:
    """The note saying whose factors were left out, or "" when none were."""
    numbers = [str(e.number) for e in episodes if e.pk in (hidden or {})]
    if not numbers:
        return ""
    return (
        f"Note: the contributory factors of KPE {', '.join(numbers)} are left out: you are "
        "coding these episodes in an agreement check, so their shared coding is hidden from "
        "you until you mark your coding complete."
    )


def episodes_csv_response(
    *, review: Review, episodes: list[Any], hidden: Mapping[int, int] | None = None
) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for episode in episodes:
        writer.writerow([_safe_cell(cell) for cell in episode_cells(episode, hidden)])
    note = _hidden_note_row(episodes, hidden)
    if note:
        writer.writerow([note])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(review, "csv")}"'
    return response


# The DOCX lays each episode out as a two-column table (label | content): eleven columns side
# by side left each cell a few words wide.
DOCX_ROWS = COLUMNS[2:]  # number and title head each episode's table
LABEL_WIDTH = Cm(4.5)
CONTENT_WIDTH = Cm(12.5)


def _fill(cell: Any, text: str, *, bold: bool = False) -> None:
    """Write text into a cell, one paragraph per line (Word shows a bare newline poorly)."""
    lines = text.splitlines() or [""]
    paragraph = cell.paragraphs[0]
    for index, line in enumerate(lines):
        if index:
            paragraph = cell.add_paragraph()
        run = paragraph.add_run(line)
        if bold:
            run.bold = True


def episodes_docx(
    *, review: Review, episodes: list[Any], hidden: Mapping[int, int] | None = None
) -> bytes:
    """A portrait Word document: a heading, then each episode under its own heading as a
    two-column table, label | content. No author in the file's properties."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    properties = document.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.title = f"{review.reference}: key practice episodes"
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(f"Key practice episodes — {review.reference}", level=1)
    document.add_paragraph(f"{len(episodes)} episodes, in number order.")
    note = _hidden_note_row(episodes, hidden)
    if note:
        document.add_paragraph(note)
    # Style ids looked up once: python-docx looks a style up by name on every use (slow with
    # a few hundred episodes).
    heading_style = document.styles["Heading 2"].style_id
    table_style = document.styles["Table Grid"].style_id
    for episode in episodes:
        cells = episode_cells(episode, hidden)
        heading = document.add_paragraph(f"KPE {cells[0]}: {cells[1]}")
        heading._p.style = heading_style
        heading.paragraph_format.keep_with_next = True
        table = document.add_table(rows=len(DOCX_ROWS), cols=2)
        table._tbl.tblStyle_val = table_style
        table.autofit = False
        # Word reads the cells' widths, LibreOffice the grid's: set both.
        table.columns[0].width, table.columns[1].width = LABEL_WIDTH, CONTENT_WIDTH
        for row, label, text in zip(table.rows, DOCX_ROWS, cells[2:], strict=True):
            label_cell, content_cell = row.cells
            label_cell.width, content_cell.width = LABEL_WIDTH, CONTENT_WIDTH
            _fill(label_cell, label, bold=True)
            _fill(content_cell, text or "—")
        document.add_paragraph()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def episodes_docx_response(
    *, review: Review, episodes: list[Any], hidden: Mapping[int, int] | None = None
) -> HttpResponse:
    response = HttpResponse(
        episodes_docx(review=review, episodes=episodes, hidden=hidden), content_type=DOCX_TYPE
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(review, "docx")}"'
    return response
