"""The annual learning report as files for the board: a Word document (DOCX, what a partnership
edits and files) and an accessible PDF printed by WeasyPrint, both from one outline so they say
the same thing. No database and no request.

The PDF is printed the way the review reports are (`reports.rendering.pdf`): the machine's own
fonts, nothing fetched (only inline data is allowed), tagged PDF/UA-1; the charts are the
patterns page's server-built SVG (`learning.charts`). The DOCX uses the review report's styles
and anonymous properties (`reports.rendering.word`). SVG cannot be turned into a picture here
without a library the project does not ship (cairosvg), so each chart in the DOCX is drawn as a
table of bars — a row per label, a bar of block characters per series — followed by its figures,
which Word and LibreOffice both open."""

import io
from dataclasses import dataclass
from html import escape
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt, RGBColor
from weasyprint import HTML

from casewindow.learning.charts import SERIES, chart_svg
from casewindow.learning.selectors.annual import AnnualReport
from casewindow.learning.selectors.patterns import PatternTable
from casewindow.reports.content import Block
from casewindow.reports.rendering.html import PRINT_CSS
from casewindow.reports.rendering.pdf import LocalOnlyFetcher
from casewindow.reports.rendering.word import (
    TEXT_WIDTH_CM,
    _blank_properties,
    _scrub_app_properties,
    _styles,
    _table,
)

BAR_CHARACTERS = 28  # the longest bar of a DOCX chart, in block characters
BLOCK = "█"


@dataclass
class Chart:
    table: PatternTable


@dataclass
class Part:
    title: str
    pieces: list[Block | Chart]


def _figures(table: PatternTable) -> Block:
    return Block("table", rows=tuple(tuple(row) for row in table.csv_rows))


def _in_brief(report: AnnualReport) -> list[Block | Chart]:
    local = report.local
    published = sum(1 for r in local if r.status == "Published")
    findings = sum(len(r.findings) for r in report.reviews)
    recommendations = [rec for r in local for rec in r.recommendations]
    done = sum(1 for rec in recommendations if rec.status == "done")
    overdue = sum(1 for rec in recommendations if rec.status == "overdue")
    recurring = [p.area for p in report.recurring if p.recurs]
    lines = [
        f"In {report.year}, {len(local)} of {report.partnership}'s reviews reached the "
        f"partnership ({published} published, {len(local) - published} with their learning "
        f"released before publication), and {len(report.national)} national or neighbouring "
        f"review{'s' if len(report.national) != 1 else ''} "
        f"{'were' if len(report.national) != 1 else 'was'} added beside them.",
        f"They hold {findings} finding{'s' if findings != 1 else ''}. The partnership's own "
        f"reviews made {len(recommendations)} recommendation"
        f"{'s' if len(recommendations) != 1 else ''}: {done} with every action done, "
        f"{overdue} with an action overdue.",
    ]
    if recurring:
        lines.append("Patterns that recur: " + "; ".join(recurring) + ".")
    lines.append(
        "This report holds publication-safe learning only: findings and recommendations as "
        "they stand after anonymisation, and counts. It holds no evidence, and no review's "
        "unpublished analysis."
    )
    return [Block("paragraph", text=line) for line in lines]


def _reviews(report: AnnualReport) -> list[Block | Chart]:
    pieces: list[Block | Chart] = []
    if not report.local:
        return [
            Block(
                "paragraph", text=f"No review's learning reached the partnership in {report.year}."
            )
        ]
    pieces.append(
        Block(
            "table",
            rows=(
                ("Review", "Type", "Concluded", "Status", "Findings", "Recommendations"),
                *(
                    (
                        r.reference,
                        r.review_type_label,
                        r.concluded,
                        r.status,
                        str(len(r.findings)),
                        str(len(r.recommendations)),
                    )
                    for r in report.local
                ),
            ),
        )
    )
    for review in report.local:
        pieces.append(Block("heading", text=f"{review.reference}: findings"))
        items = tuple(
            f"Finding {f.number}"
            + (f" ({f.pattern_area_name})" if f.pattern_area_name else "")
            + f": {f.statement}"
            for f in review.findings
        )
        pieces.append(
            Block("list", items=items) if items else Block("paragraph", text="No findings.")
        )
    return pieces


def _patterns(report: AnnualReport) -> list[Block | Chart]:
    rows = [
        (
            p.area,
            ", ".join(p.references) or "—",
            str(p.findings),
            str(p.earlier_reviews),
            "Yes" if p.recurs else "No",
        )
        for p in report.recurring
    ]
    return [
        Block(
            "paragraph",
            text="A pattern recurs when more than one review of the year found it, or a review "
            "of the year and a review of an earlier year both did.",
        ),
        Block(
            "table",
            rows=(
                (
                    "Pattern area",
                    f"Reviews of {report.year} that found it",
                    "Findings",
                    "Reviews of earlier years",
                    "Recurs",
                ),
                *rows,
            ),
        ),
        Chart(report.charts["pattern-areas"]),
        Chart(report.charts["finding-categories"]),
    ]


def _national(report: AnnualReport) -> list[Block | Chart]:
    pieces: list[Block | Chart] = [Chart(report.charts["local-national"])]
    if not report.national:
        pieces.append(
            Block(
                "paragraph",
                text=f"No national or neighbouring review of {report.year} was "
                "added to the partnership's learning.",
            )
        )
    for review in report.national:
        pieces.append(Block("heading", text=f"{review.reference} ({review.source})"))
        if review.link:
            pieces.append(Block("paragraph", text=f"Published at {review.link}"))
        items = tuple(
            (f"{f.pattern_area_name}: " if f.pattern_area_name else "") + f.statement
            for f in review.findings
        )
        if items:
            pieces.append(Block("list", items=items))
        if review.recommendations:
            pieces.append(
                Block(
                    "list",
                    items=tuple(
                        f"Recommendation {r.number} ({r.kind_label}): {r.text}"
                        for r in review.recommendations
                    ),
                )
            )
    return pieces


def _recommendations(report: AnnualReport) -> list[Block | Chart]:
    rows = [
        (review.reference, str(r.number), r.kind_label, r.text, r.status_label)
        for review in report.local
        for r in review.recommendations
    ]
    pieces: list[Block | Chart] = [Chart(report.charts["recommendations"])]
    if rows:
        pieces.append(
            Block(
                "table",
                rows=(("Review", "No.", "Kind", "Recommendation", "Action status"), *rows),
            )
        )
    else:
        pieces.append(Block("paragraph", text="No recommendations."))
    return pieces


def annual_outline(report: AnnualReport) -> list[Part]:
    return [
        Part("The year in brief", _in_brief(report)),
        Part(f"Reviews concluded in {report.year}", _reviews(report)),
        Part("Recurring patterns", _patterns(report)),
        Part("National and neighbouring learning beside ours", _national(report)),
        Part("Recommendations and their action status", _recommendations(report)),
    ]


# --- PDF ----------------------------------------------------------------------------------

ANNUAL_CSS = """
figure { margin: 8pt 0 4pt; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-weight: bold; font-size: 10.5pt; margin-bottom: 4pt; }
.chart-note { font-size: 9.5pt; color: #505a5f; }
"""


def _html_block(block: Block) -> str:
    if block.kind == "paragraph":
        return f"<p>{escape(block.text)}</p>"
    if block.kind == "heading":
        return f"<h3>{escape(block.text)}</h3>"
    if block.kind == "list":
        return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in block.items) + "</ul>"
    header, *body = block.rows
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in header)
    rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in body)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _html_chart(table: PatternTable) -> str:
    # chart_svg escapes every text it writes.
    return (
        f"<figure><figcaption>{escape(table.title)}</figcaption>{chart_svg(table)}</figure>"
        f'<p class="chart-note">{escape(table.description)} The figures:</p>'
        + _html_block(_figures(table))
    )


def annual_html(report: AnnualReport) -> str:
    parts = []
    for number, part in enumerate(annual_outline(report), start=1):
        body = "".join(
            _html_chart(p.table) if isinstance(p, Chart) else _html_block(p) for p in part.pieces
        )
        parts.append(
            f'<section class="part"><h2><span class="number">{number}</span>'
            f"{escape(part.title)}</h2>{body}</section>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(report.title)}</title>\n"
        f"<style>{PRINT_CSS}{ANNUAL_CSS}</style>\n</head>\n<body>\n"
        '<header class="title-page">'
        f"<p>{escape(report.partnership)}</p><h1>{escape(report.title)}</h1>"
        '<p class="status">For the partnership board</p>'
        f"<p>Made on {report.made_on.day} {report.made_on:%B %Y}</p></header>"
        f"<main>{''.join(parts)}</main>\n</body>\n</html>\n"
    )


def render_annual_pdf(report: AnnualReport) -> bytes:
    document = HTML(
        string=annual_html(report), url_fetcher=LocalOnlyFetcher(), base_url=None
    ).render(pdf_variant="pdf/ua-1", pdf_tags=True)
    return document.write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)


# --- DOCX ---------------------------------------------------------------------------------


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def _bar_chart(document: Any, table: PatternTable) -> None:
    """The chart as a table: label, bars (one colour per series, stacked as in the SVG), total."""
    series = table.columns[1:]
    if series and series[-1] == "All years":
        series = series[:-1]
    values = [(label, row[: len(series)]) for label, row in table.rows]
    biggest = max((sum(v) for _label, v in values), default=0) or 1
    caption = document.add_paragraph()
    caption.add_run(table.title).bold = True
    caption.paragraph_format.keep_with_next = True
    if len(series) > 1:
        legend = document.add_paragraph()
        for index, name in enumerate(series):
            run = legend.add_run(BLOCK * 2)
            run.font.color.rgb = _rgb(SERIES[index % len(SERIES)])
            legend.add_run(f" {name}   ").font.size = Pt(9)
    grid = document.add_table(rows=len(values), cols=3)
    grid.autofit = False
    widths = [Cm(5.6), Cm(TEXT_WIDTH_CM - 5.6 - 1.4), Cm(1.4)]
    for column, width in zip(grid.columns, widths, strict=True):
        for cell in column.cells:
            cell.width = width
    for row, (label, counts) in zip(grid.rows, values, strict=True):
        label_cell, bar_cell, total_cell = row.cells
        label_cell.paragraphs[0].add_run(label).font.size = Pt(9)
        bar = bar_cell.paragraphs[0]
        # Rounded on the running total, so a stacked bar is never longer than the longest.
        drawn = running = 0
        for index, value in enumerate(counts):
            running += value
            length = round(running / biggest * BAR_CHARACTERS) - drawn
            if value > 0:
                length = max(1, length)
                run = bar.add_run(BLOCK * length)
                run.font.size = Pt(7)
                run.font.color.rgb = _rgb(SERIES[index % len(SERIES)])
                drawn += length
        no_wrap = OxmlElement("w:noWrap")
        bar_cell._tc.get_or_add_tcPr().append(no_wrap)
        total_cell.paragraphs[0].add_run(str(sum(counts))).font.size = Pt(9)
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.space_after = Pt(0)
    note = document.add_paragraph(f"{table.description} The figures:")
    note.runs[0].font.size = Pt(9)


def render_annual_docx(report: AnnualReport) -> bytes:
    document = Document()
    _blank_properties(document, report.title)
    _styles(document)
    page = document.sections[0]
    page.page_height, page.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(page, side, Cm((21.0 - TEXT_WIDTH_CM) / 2))
    page.top_margin = page.bottom_margin = Cm(2.2)

    for _ in range(6):
        document.add_paragraph()
    document.add_paragraph(report.partnership).runs[0].font.size = Pt(14)
    document.add_paragraph(report.title, style="Title")
    status = document.add_paragraph().add_run("For the partnership board")
    status.bold = True
    status.font.size = Pt(14)
    document.add_paragraph(f"Made on {report.made_on.day} {report.made_on:%B %Y}")
    # Each part's Heading 1 starts a new page (the review report's styles), so no page break.

    bullet = document.styles["List Bullet"].style_id
    for number, part in enumerate(annual_outline(report), start=1):
        document.add_heading(f"{number}\t{part.title}", level=1)
        for piece in part.pieces:
            if isinstance(piece, Chart):
                _bar_chart(document, piece.table)
                _table(document, _figures(piece.table))
            elif piece.kind == "paragraph":
                document.add_paragraph(piece.text)
            elif piece.kind == "heading":
                document.add_heading(piece.text, level=2)
            elif piece.kind == "list":
                for item in piece.items:
                    # Set by id: python-docx looks a style up by name in every call (slow).
                    document.add_paragraph(item)._p.style = bullet
            elif piece.kind == "table" and piece.rows:
                _table(document, piece)
    buffer = io.BytesIO()
    document.save(buffer)
    return _scrub_app_properties(buffer.getvalue())
