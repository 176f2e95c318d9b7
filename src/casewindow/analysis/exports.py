"""The key practice episodes table as files: CSV (for a spreadsheet) and DOCX (for the report
writer). Both carry the same columns as the page; neither carries its author's name."""

import csv
import io
from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from casewindow.analysis.selectors import episode_when

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


def episode_cells(episode: Any) -> list[str]:
    """One row of the table, as text. `episode` comes from selectors.episode_table."""
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
        _factors_text(episode),
    ]


def _filename(review: Any, extension: str) -> str:
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    return f"{review.reference}-key-practice-episodes-{stamp}.{extension}"


def episodes_csv_response(*, review: Any, episodes: list[Any]) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for episode in episodes:
        writer.writerow([_safe_cell(cell) for cell in episode_cells(episode)])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(review, "csv")}"'
    return response


def episodes_docx(*, review: Any, episodes: list[Any]) -> bytes:
    """A landscape Word document: a heading and the table, one row per episode."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    properties = document.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    properties.title = f"{review.reference}: key practice episodes"
    document.add_heading(f"Key practice episodes — {review.reference}", level=1)
    document.add_paragraph(f"{len(episodes)} episodes, in number order.")
    # All rows at once, then one pass over them: add_row() and rows[i] re-read the whole table.
    table = document.add_table(rows=len(episodes) + 1, cols=len(COLUMNS))
    table.style = "Table Grid"
    rows = iter(table.rows)
    header = next(rows)
    for cell, heading in zip(header.cells, COLUMNS, strict=True):
        run = cell.paragraphs[0].add_run(heading)
        run.bold = True
        run.font.size = Pt(8)
    for row, episode in zip(rows, episodes, strict=True):
        for cell, text in zip(row.cells, episode_cells(episode), strict=True):
            cell.paragraphs[0].add_run(text).font.size = Pt(8)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def episodes_docx_response(*, review: Any, episodes: list[Any]) -> HttpResponse:
    response = HttpResponse(episodes_docx(review=review, episodes=episodes), content_type=DOCX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{_filename(review, "docx")}"'
    return response
