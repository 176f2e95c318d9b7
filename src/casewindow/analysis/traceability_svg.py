"""The traceability map as a picture: a server-built SVG with four columns (findings, key
practice episodes, contributory factors, sources) and a line between linked items (an excerpt
linked straight to a finding or an episode is drawn as a line to its source). Gap items have a
red outline. Each item is a link to its page, reachable by keyboard, named in full for screen
readers. Every text is escaped; presentation attributes only (no style="", which the content
security policy forbids). The list view of the map is the accessible alternative."""

from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from casewindow.analysis.selectors.agreement import hidden_note
from casewindow.analysis.selectors.traceability import TraceabilityMap

COLUMN_WIDTH = 250
GAP_X = 90
ROW = 30
BOX = 24
TOP = 40
MAX_CHARS = 34
BLACK = "#0b0c0c"
RED = "#d4351c"
LINE = "#505a5f"
COLUMNS = ("Findings", "Key practice episodes", "Contributory factors", "Sources")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "…"


@dataclass
class _Item:
    id: str
    label: str
    gap: str  # what is missing, or "" when it is no gap
    url: str
    name: str = ""  # the link's accessible name, if not the label


def _source_id(key: tuple[str, int]) -> str:
    return f"s{key[0]}{key[1]}"


def _x(column: int) -> int:
    return 10 + column * (COLUMN_WIDTH + GAP_X)


def traceability_svg(trace: TraceabilityMap, *, review_label: str) -> str:
    columns: list[list[_Item]] = [[], [], [], []]
    lines: set[tuple[str, str]] = set()
    for finding in trace.findings:
        fid = f"f{finding.uuid}"
        missing = [
            text
            for text, gap in (
                ("no evidence", finding.no_evidence),
                ("no episodes", finding.no_episodes),
            )
            if gap
        ]
        columns[0].append(
            _Item(
                fid,
                f"{finding.number}. {finding.statement}",
                ", ".join(missing),
                finding.url,
                f"Finding {finding.number}: {finding.statement}",
            )
        )
        for episode in finding.episodes:
            lines.add((fid, f"e{episode.uuid}"))
        for excerpt in finding.excerpts:
            lines.add((fid, _source_id(excerpt.source.key)))
    for episode in trace.episodes:
        eid = f"e{episode.uuid}"
        columns[1].append(
            _Item(
                eid,
                f"KPE {episode.number}: {episode.title}",
                "no factors" if episode.no_factors else "",
                episode.url,
            )
        )
        for excerpt in episode.excerpts:
            lines.add((eid, _source_id(excerpt.source.key)))
        if episode.hidden_round is not None:  # the viewer codes it blind: no factors shown
            hid = f"h{episode.uuid}"
            note = hidden_note(episode.hidden_round)
            columns[2].append(
                _Item(
                    hid,
                    f"KPE {episode.number}: hidden (check {episode.hidden_round})",
                    "",
                    episode.url,
                    f"KPE {episode.number}: factors {note[:1].lower()}{note[1:]}",
                )
            )
            lines.add((eid, hid))
        for factor in episode.factors:
            cid = f"c{factor.uuid}"
            columns[2].append(
                _Item(
                    cid,
                    f"KPE {episode.number}: {factor.name}",
                    "no explanation" if factor.no_explanation else "",
                    factor.url,
                )
            )
            lines.add((eid, cid))
            for excerpt in factor.excerpts:
                lines.add((cid, _source_id(excerpt.source.key)))
    for source in trace.sources:
        columns[3].append(_Item(_source_id(source.key), source.label, "", source.url))

    position: dict[str, tuple[int, int]] = {}
    for c, items in enumerate(columns):
        for r, item in enumerate(items):
            position[item.id] = (c, TOP + r * ROW)
    rows = max((len(items) for items in columns), default=0)
    width = _x(4) - GAP_X + 10
    height = TOP + max(rows, 1) * ROW + 10

    gap_count = trace.gaps.count
    factor_count = sum(len(e.factors) for e in trace.episodes)
    desc = (
        f"{len(trace.findings)} findings, {len(trace.episodes)} key practice episodes, "
        f"{factor_count} contributory factors and {len(trace.sources)} sources, with a line "
        "between each linked pair (an excerpt linked to a finding or an episode itself is a line "
        f"to its source). {gap_count} gap{'s' if gap_count != 1 else ''}, each named “Gap:” "
        "and outlined with a thick dashed line. Each "
        "item links to its page. The list view of the map gives the same information as text."
    )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="group" aria-labelledby="tr-title" '
        f'aria-describedby="tr-desc" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'class="cw-traceability-svg">',
        f'<title id="tr-title">{escape("Traceability map of " + review_label)}</title>',
        f'<desc id="tr-desc">{escape(desc)}</desc>',
        '<g font-family="Arial, sans-serif" font-size="14">',
    ]
    for c, name in enumerate(COLUMNS):
        out.append(
            f'<text x="{_x(c)}" y="22" font-weight="bold" fill="{BLACK}">{escape(name)}</text>'
        )
    # Link lines at 7:1 against white, not the 2:1 of the border grey (WCAG 1.4.11).
    out.append(f'<g stroke="{LINE}" stroke-width="1.5" fill="none">')
    for a, b in sorted(lines):
        if a not in position or b not in position:
            continue
        (ca, ya), (cb, yb) = position[a], position[b]
        x1, x2 = _x(ca) + COLUMN_WIDTH, _x(cb)
        y1, y2 = ya + BOX // 2, yb + BOX // 2
        out.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>')
    out.append("</g>")
    for c, items in enumerate(columns):
        for item in items:
            _c, y = position[item.id]
            # A gap is told apart by a word and a dash pattern, not by colour and thickness alone.
            stroke, stroke_width = (RED, 3) if item.gap else (BLACK, 1)
            dash = ' stroke-dasharray="6 3"' if item.gap else ""
            prefix = "Gap: " if item.gap else ""
            box = (
                f'<rect x="{_x(c)}" y="{y}" width="{COLUMN_WIDTH}" height="{BOX}" fill="#ffffff" '
                f'stroke="{stroke}" stroke-width="{stroke_width}"{dash} '
                f"data-gap={quoteattr(str(bool(item.gap)).lower())}/>"
                f'<text x="{_x(c) + 6}" y="{y + 17}" fill="{BLACK}">'
                f"{escape(_short(prefix + item.label))}</text>"
            )
            if item.url:
                # A gap's name starts, like its box, with "Gap:".
                name = prefix + (item.name or item.label)
                name = f"{name} ({item.gap})" if item.gap else name
                out.append(
                    f"<a href={quoteattr(item.url)} aria-label={quoteattr(name)} "
                    f'class="cw-traceability-item">{box}</a>'
                )
            else:
                out.append(box)
    out.append("</g></svg>")
    return "\n".join(out)
