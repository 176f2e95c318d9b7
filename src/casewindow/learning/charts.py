"""Server-built SVG charts of the patterns tables: horizontal stacked bars, or a heat map of
helped (blue) against hindered (red). Every text is escaped; presentation attributes only (no
style="", which the content security policy forbids). The table beside each chart on the page
is its accessible alternative, so the SVG is one labelled image."""

from xml.sax.saxutils import escape, quoteattr

from casewindow.learning.selectors.patterns import PatternTable

# GOV.UK colours, distinguishable in order.
SERIES = ("#1d70b8", "#f47738", "#00703c", "#4c2c92", "#d4351c", "#505a5f", "#28a197", "#912b88")
BLACK = "#0b0c0c"
LABEL_WIDTH = 300
BAR_AREA = 420
ROW = 28
TOP = 34
MAX_LABEL = 34  # fits LABEL_WIDTH in a wide sans-serif (DejaVu Sans) too
HEAT_CELL = 46
LEGEND_CHARACTER = 8.5
LEGEND_ROW = 20


def _short(text: str, size: int = MAX_LABEL) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label={quoteattr(title)} '
        f'font-family="sans-serif" font-size="14"><title>{escape(title)}</title>'
        + "".join(body)
        + "</svg>"
    )


def bars_svg(table: PatternTable) -> str:
    """One bar per row, its columns stacked (the "All years" total column is left out of the
    stack when there is one), with a legend of the series."""
    series = table.columns[1:]
    if series and series[-1] == "All years":
        series = series[:-1]
    values = [(label, v[: len(series)]) for label, v in table.rows]
    biggest = max((sum(v) for _label, v in values), default=0) or 1
    chart_width = LABEL_WIDTH + BAR_AREA + 60
    body: list[str] = []
    # The legend runs from the left edge and wraps, measured generously (a wide sans-serif
    # such as DejaVu Sans takes about 8.5 pixels a character at 14 pixels).
    legend_y = 16
    x = 8
    for index, name in enumerate(series if len(series) > 1 else []):
        item = 24 + round(LEGEND_CHARACTER * len(name))
        if x > 8 and x + item > chart_width:
            x, legend_y = 8, legend_y + LEGEND_ROW
        colour = SERIES[index % len(SERIES)]
        body.append(f'<rect x="{x}" y="{legend_y - 11}" width="12" height="12" fill="{colour}"/>')
        body.append(f'<text x="{x + 16}" y="{legend_y}" fill="{BLACK}">{escape(name)}</text>')
        x += item
    top = TOP + legend_y - 16
    for row_index, (label, row) in enumerate(values):
        y = top + row_index * ROW
        body.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 17}" text-anchor="end" fill="{BLACK}">'
            f"{escape(_short(label))}</text>"
        )
        x = LABEL_WIDTH
        for index, value in enumerate(row):
            if value <= 0:
                continue
            width = max(1, round(value / biggest * BAR_AREA))
            colour = SERIES[index % len(SERIES)]
            body.append(f'<rect x="{x}" y="{y + 4}" width="{width}" height="18" fill="{colour}"/>')
            x += width
        body.append(f'<text x="{x + 6}" y="{y + 17}" fill="{BLACK}">{sum(row)}</text>')
    height = top + len(values) * ROW + 8
    return _svg(chart_width, height, table.title, body)


def _heat_colour(value: int, biggest: int) -> str:
    if value == 0:
        return "#f3f2f1"
    strength = min(1.0, abs(value) / biggest)
    # Blend from light grey to blue (helped) or red (hindered).
    base = (0x1D, 0x70, 0xB8) if value > 0 else (0xD4, 0x35, 0x1C)
    light = (0xF3, 0xF2, 0xF1)
    mixed = [
        round(lo + (hi - lo) * (0.25 + 0.75 * strength)) for lo, hi in zip(light, base, strict=True)
    ]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def heat_svg(table: PatternTable) -> str:
    columns = table.columns[1:]
    biggest = max((abs(v) for _label, row in table.rows for v in row), default=0) or 1
    top = 110
    body: list[str] = []
    for index, name in enumerate(columns):
        x = LABEL_WIDTH + index * HEAT_CELL + HEAT_CELL // 2
        body.append(
            f'<text x="{x}" y="{top - 8}" transform="rotate(-45 {x} {top - 8})" '
            f'fill="{BLACK}">{escape(_short(name, 14))}</text>'
        )
    for row_index, (label, row) in enumerate(table.rows):
        y = top + row_index * ROW
        body.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 18}" text-anchor="end" fill="{BLACK}">'
            f"{escape(_short(label))}</text>"
        )
        for index, value in enumerate(row):
            x = LABEL_WIDTH + index * HEAT_CELL
            colour = _heat_colour(value, biggest)
            text_colour = "#ffffff" if abs(value) / biggest > 0.5 else BLACK
            body.append(
                f'<rect x="{x}" y="{y}" width="{HEAT_CELL - 2}" height="{ROW - 2}" '
                f'fill="{colour}"/>'
            )
            if value:
                body.append(
                    f'<text x="{x + HEAT_CELL // 2 - 1}" y="{y + 18}" text-anchor="middle" '
                    f'fill="{text_colour}">{value:+d}</text>'
                )
    width = LABEL_WIDTH + max(1, len(columns)) * HEAT_CELL + 40
    return _svg(width, top + len(table.rows) * ROW + 8, table.title, body)


def chart_svg(table: PatternTable) -> str:
    return heat_svg(table) if table.kind == "heat" else bars_svg(table)
