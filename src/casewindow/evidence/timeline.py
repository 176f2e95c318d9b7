"""The timeline picture of the integrated chronology: one swimlane per agency across the
review's scope period (or the entries' dates), month ticks, a dot for entries dated to the day
(larger where several fall together) and a bar for entries dated only to a month, a year or
roughly. A strip at the foot counts contacts per week across all agencies, so clusters stand out.

The picture is an SVG string built with every text escaped, placed inline in the page. It uses
SVG presentation attributes only: the content security policy forbids style attributes. The
chronology list is its accessible alternative; the SVG's <desc> says in words
what the picture shows (the range, the busiest months and each agency's number of entries)."""

import datetime
import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import Any

from django.utils.safestring import SafeString, mark_safe

from casewindow.evidence.models import DatePrecision
from casewindow.evidence.selectors.chronology import ChronologyFilters, chronology_entries
from casewindow.reviews.models import Review

WIDTH = 960
LABEL_WIDTH = 190
PLOT_LEFT = LABEL_WIDTH + 10
PLOT_RIGHT = WIDTH - 20
PLOT_WIDTH = PLOT_RIGHT - PLOT_LEFT
AXIS_HEIGHT = 44
LANE_HEIGHT = 40
STRIP_HEIGHT = 60
DOT_BIN_PX = 4  # entries this close on the picture share one dot
MIN_DOT_R = 3.0
MIN_BAR_PX = 2  # a histogram bar is at least this wide
LABEL_PX = 46  # room one month label needs
PRECISION_WORDS: dict[str, str] = {
    DatePrecision.MONTH: "to a month",
    DatePrecision.YEAR: "to a year",
    DatePrecision.APPROXIMATE: "approximately",
}


@dataclass
class Dot:
    x: float
    y: float
    r: float
    count: int
    label: str


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    opacity: float
    count: int
    label: str


@dataclass
class Tick:
    x: float
    month: str
    year: str  # shown under January and the first label only
    labelled: bool


@dataclass
class Lane:
    name: str
    index: int
    y: float  # top of the lane
    mid: float
    count: int
    shaded: bool
    dots: list[Dot] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)

    @property
    def label_y(self) -> float:
        return round(self.mid + 5, 1)


@dataclass
class Timeline:
    start: datetime.date
    end: datetime.date
    width: int
    height: int
    lanes: list[Lane]
    ticks: list[Tick]
    strip: list[Bar]
    strip_top: float
    strip_period: str
    total: int
    drawn: int
    undated: int
    outside: int
    description: str
    title: str

    @property
    def lanes_bottom(self) -> float:
        return AXIS_HEIGHT + LANE_HEIGHT * len(self.lanes)


def _months(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    first = start.replace(day=1)
    months = []
    while first <= end:
        months.append(first)
        first = (first + datetime.timedelta(days=32)).replace(day=1)
    return months


# English month names, fixed: strftime is locale-dependent and slow in a loop of thousands.
MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


def _day(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month][:3]} {day.year}"


def _month(day: datetime.date) -> str:
    return f"{MONTHS[day.month]} {day.year}"


def _count(count: int, singular: str, plural: str) -> str:
    return f"{count:,} {singular if count == 1 else plural}"


def _ticks(start: datetime.date, end: datetime.date, x_of) -> list[Tick]:
    """A tick at the start of each month; labels as often as there is room for them."""
    months = [m for m in _months(start, end) if m >= start] or [start]
    step = next(
        (s for s in (1, 2, 3, 6, 12, 24, 60) if PLOT_WIDTH / len(months) * s >= LABEL_PX), 120
    )
    ticks: list[Tick] = []
    for month in months:
        if len(months) > 240 and month.month != 1:
            continue
        labelled = (month.year * 12 + month.month - 1) % step == 0 or month is months[0]
        first_label = not any(t.labelled for t in ticks)
        ticks.append(
            Tick(
                x=round(x_of(month), 1),
                month=MONTHS[month.month][:3] if labelled and step < 12 else "",
                year=str(month.year)
                if labelled and (month.month == 1 or first_label or step >= 12)
                else "",
                labelled=labelled,
            )
        )
    return ticks


def timeline_build(
    *, review: Review, filters: ChronologyFilters | None = None, title: str = ""
) -> Timeline | None:
    """The geometry of the picture for the entries matching the filters; None if no entry has
    a readable date."""
    rows = list(
        chronology_entries(review=review, filters=filters)
        .filter(out_of_scope=False)
        .order_by()
        .values_list("agency__name", "date_start", "date_end", "date_precision")
    )
    dated = [r for r in rows if r[1] is not None]
    if not dated:
        return None
    start, end = _span(review, dated)
    days = (end - start).days + 1

    def x_of(day: datetime.date, offset: float = 0.0) -> float:
        return PLOT_LEFT + ((day - start).days + offset) / days * PLOT_WIDTH

    lanes = _lanes(rows)
    dot_bins, bar_groups, per_month, outside = _place_entries(dated, start, end, x_of)
    for agency, count in Counter(r[0] for r in rows).items():
        lanes[agency].count = count
    _draw_dots(lanes, dot_bins, x_of)
    _draw_bars(lanes, bar_groups, x_of)

    ticks = _ticks(start, end, x_of)

    lanes_bottom = AXIS_HEIGHT + LANE_HEIGHT * len(lanes)
    strip_top = lanes_bottom + 12
    strip, strip_period = _strip(dated, start, end, days, x_of, strip_top)
    drawn = sum(per_month.values())
    undated = len(rows) - len(dated)
    description = _describe(
        start=start,
        end=end,
        lanes=list(lanes.values()),
        per_month=per_month,
        drawn=drawn,
        undated=undated,
        outside=outside,
        strip_period=strip_period,
    )
    return Timeline(
        start=start,
        end=end,
        width=WIDTH,
        height=int(strip_top + STRIP_HEIGHT + 8),
        lanes=list(lanes.values()),
        ticks=ticks,
        strip=strip,
        strip_top=strip_top,
        strip_period=strip_period,
        total=len(rows),
        drawn=drawn,
        undated=undated,
        outside=outside,
        description=description,
        title=title or f"Timeline of the integrated chronology, {_month(start)} to {_month(end)}",
    )


def _span(review: Review, dated: list[Any]) -> tuple[datetime.date, datetime.date]:
    """The review's scope when it has one, else from the first entry to the last one's end."""
    if review.scope_start and review.scope_end:
        return review.scope_start, review.scope_end
    start = min(r[1] for r in dated)
    end = max(max(r[2] or r[1], r[1]) for r in dated)
    return start, end


def _lanes(rows: list[Any]) -> dict[str, Lane]:
    """One lane an agency, in name order, shaded alternately."""
    agencies = sorted({r[0] for r in rows}, key=str.lower)
    return {
        name: Lane(
            name=name,
            index=i,
            y=AXIS_HEIGHT + i * LANE_HEIGHT,
            mid=AXIS_HEIGHT + i * LANE_HEIGHT + LANE_HEIGHT / 2,
            count=0,
            shaded=i % 2 == 0,
        )
        for i, name in enumerate(agencies)
    }


def _place_entries(
    dated: list[Any],
    start: datetime.date,
    end: datetime.date,
    x_of: Callable[..., float],
) -> tuple[
    dict[tuple[str, int], list[datetime.date]],
    Counter[tuple[str, datetime.date, datetime.date, str]],
    Counter[datetime.date],
    int,
]:
    """Sort the dated entries: a day (or a single date) becomes a dot in its lane's column, a
    longer or rougher date a bar; counted by month; those outside the span only counted."""
    dot_bins: dict[tuple[str, int], list[datetime.date]] = defaultdict(list)
    bar_groups: Counter[tuple[str, datetime.date, datetime.date, str]] = Counter()
    per_month: Counter[datetime.date] = Counter()
    outside = 0
    for agency, day_start, day_end, precision in dated:
        day_end = max(day_end or day_start, day_start)
        if day_end < start or day_start > end:
            outside += 1
            continue
        per_month[max(day_start, start).replace(day=1)] += 1
        if precision == DatePrecision.DAY or day_start == day_end:
            column = int((x_of(day_start, 0.5) - PLOT_LEFT) // DOT_BIN_PX)
            dot_bins[(agency, column)].append(day_start)
        else:
            bar_groups[(agency, max(day_start, start), min(day_end, end), precision)] += 1
    return dot_bins, bar_groups, per_month, outside


def _draw_dots(
    lanes: dict[str, Lane],
    dot_bins: dict[tuple[str, int], list[datetime.date]],
    x_of: Callable[..., float],
) -> None:
    # Dot area grows with the number of entries it stands for, up to the fullest spot in the
    # picture, so clusters stand out however busy the review is.
    fullest = max((len(found) for found in dot_bins.values()), default=1)
    biggest_r = LANE_HEIGHT / 2 - 3
    for (agency, _column), found in sorted(dot_bins.items()):
        lane = lanes[agency]
        first, last = min(found), max(found)
        when = _day(first) + (f" to {_day(last)}" if last != first else "")
        lane.dots.append(
            Dot(
                x=round((x_of(first, 0.5) + x_of(last, 0.5)) / 2, 1),
                y=lane.mid,
                r=round(max(MIN_DOT_R, biggest_r * math.sqrt(len(found) / max(fullest, 8))), 1),
                count=len(found),
                label=f"{agency}: {_count(len(found), 'entry', 'entries')}, {when}",
            )
        )


def _draw_bars(
    lanes: dict[str, Lane],
    bar_groups: Counter[tuple[str, datetime.date, datetime.date, str]],
    x_of: Callable[..., float],
) -> None:
    for (agency, day_start, day_end, precision), count in sorted(bar_groups.items()):
        lane = lanes[agency]
        x0, x1 = x_of(day_start), x_of(day_end, 1.0)
        lane.bars.append(
            Bar(
                x=round(x0, 1),
                y=round(lane.mid - 5, 1),
                width=round(max(x1 - x0, 2), 1),
                height=10,
                opacity=round(min(0.2 + 0.12 * count, 0.8), 2),
                count=count,
                label=(
                    f"{agency}: {_count(count, 'entry', 'entries')} dated "
                    f"{PRECISION_WORDS.get(precision, 'roughly')}, between {_day(day_start)} and "
                    f"{_day(day_end)}"
                ),
            )
        )


def _strip(dated, start, end, days, x_of, top) -> tuple[list[Bar], str]:
    """Contacts per week (or per longer period on a long timeline) across all agencies."""
    days_per_bin = 7
    while days / days_per_bin * MIN_BAR_PX > PLOT_WIDTH:
        days_per_bin *= 2
    counts: Counter[int] = Counter()
    for _agency, day_start, _day_end, _precision in dated:
        if start <= day_start <= end:
            counts[(day_start - start).days // days_per_bin] += 1
    if not counts:
        return [], ""
    biggest = max(counts.values())
    bars = []
    for index, count in sorted(counts.items()):
        first = start + datetime.timedelta(days=index * days_per_bin)
        last = min(first + datetime.timedelta(days=days_per_bin - 1), end)
        height = max(1.0, (STRIP_HEIGHT - 10) * count / biggest)
        x0, x1 = x_of(first), x_of(last, 1.0)
        bars.append(
            Bar(
                x=round(x0, 1),
                y=round(top + STRIP_HEIGHT - height, 1),
                width=round(max(x1 - x0 - 0.5, 1), 1),
                height=round(height, 1),
                opacity=1,
                count=count,
                label=(f"{_count(count, 'entry', 'entries')}, {_day(first)} to {_day(last)}"),
            )
        )
    return bars, "week" if days_per_bin == 7 else f"{days_per_bin} days"


def _describe(*, start, end, lanes, per_month, drawn, undated, outside, strip_period) -> str:
    parts = [
        f"Swimlane timeline of {_count(drawn, 'entry', 'entries')} from "
        f"{_count(len(lanes), 'agency', 'agencies')}, {_day(start)} to "
        f"{_day(end)}. Each row is an agency; a dot marks entries on a date and is "
        "larger where several fall together; a bar marks entries dated only to a month, a year or "
        f"roughly. The bottom strip counts all agencies' entries per {strip_period}."
    ]
    busiest = sorted(per_month.items(), key=lambda item: (-item[1], item[0]))[:3]
    if busiest:
        parts.append(
            "Busiest months: "
            + "; ".join(f"{_month(month)} ({count:,})" for month, count in busiest)
            + "."
        )
    parts.append(
        "Entries per agency: " + "; ".join(f"{lane.name} {lane.count:,}" for lane in lanes) + "."
    )
    if outside:
        parts.append(f"{outside:,} dated outside the period shown and not drawn.")
    if undated:
        parts.append(f"{undated:,} with no readable date and not drawn.")
    return " ".join(parts)


def _el(tag: str, text: str | None = None, *, tip: str | None = None, **attrs: object) -> str:
    """One SVG element, every value escaped. Attribute names: `_` becomes `-` (fill_opacity),
    a trailing `_` is dropped (class_); `tip` adds a <title> child (a tooltip)."""
    names = (name.rstrip("_").replace("_", "-") for name in attrs)
    markup = "".join(
        f' {n}="{v if isinstance(v, int | float) else escape(str(v))}"'
        for n, v in zip(names, attrs.values(), strict=True)
    )
    inner = (escape(text) if text is not None else "") + (
        f"<title>{escape(tip)}</title>" if tip else ""
    )
    return f"<{tag}{markup}>{inner}</{tag}>" if inner else f"<{tag}{markup}/>"


def timeline_svg(timeline: Timeline, *, svg_id: str = "chronology-timeline") -> SafeString:
    """The picture as SVG markup. Every text and attribute value goes through `escape`; the
    markup is built in Python rather than a template because a busy review draws thousands of
    dots, and a template loop over them costs more than the rest of the page."""
    t = timeline
    label: dict[str, Any] = {"x": PLOT_LEFT - 12, "text_anchor": "end", "fill": "#0b0c0c"}
    rule: dict[str, Any] = {"stroke": "#0b0c0c", "stroke_width": 1}
    opening = (
        _el(
            "svg",
            xmlns="http://www.w3.org/2000/svg",
            id=svg_id,
            class_="cw-timeline",
            role="img",
            aria_labelledby=f"{svg_id}-title {svg_id}-desc",
            viewBox=f"0 0 {t.width} {t.height}",
            width="100%",
            preserveAspectRatio="xMinYMin meet",
            font_family="arial, sans-serif",
            focusable="false",
        )[: -len("/>")]
        + ">"
    )
    out = [
        opening,
        _el("title", t.title, id=f"{svg_id}-title"),
        _el("desc", t.description, id=f"{svg_id}-desc"),
        "<g>",
    ]
    for lane in t.lanes:
        if lane.shaded:
            out.append(
                _el("rect", x=0, y=lane.y, width=t.width, height=LANE_HEIGHT, fill="#f3f2f1")
            )
        name = lane.name if len(lane.name) <= 26 else lane.name[:25] + "…"
        tip = f"{lane.name}: {_count(lane.count, 'entry', 'entries')}"
        out.append(_el("text", name, tip=tip, y=lane.label_y, font_size=14, **label))
    out.append("</g><g>")
    for tick in t.ticks:
        out.append(
            _el(
                "line",
                x1=tick.x,
                y1=AXIS_HEIGHT - (8 if tick.labelled else 3),
                x2=tick.x,
                y2=t.lanes_bottom,
                stroke="#b1b4b6",
                stroke_width=1,
            )
        )
        if tick.month:
            out.append(_el("text", tick.month, x=tick.x, y=14, dx=3, font_size=12, fill="#0b0c0c"))
        if tick.year:
            y = 28 if tick.month else 20
            out.append(
                _el(
                    "text",
                    tick.year,
                    x=tick.x,
                    y=y,
                    dx=3,
                    font_size=12,
                    font_weight="bold",
                    fill="#0b0c0c",
                )
            )
    out.append(_el("line", x1=PLOT_LEFT, y1=AXIS_HEIGHT, x2=PLOT_RIGHT, y2=AXIS_HEIGHT, **rule))
    out.append("</g>")
    # Colours are set once per group (presentation attributes are inherited), keeping the
    # markup of a busy picture small.
    for lane in t.lanes:
        out.append('<g fill="#1d70b8" stroke="#003078" stroke-width="1">')
        for bar in lane.bars:
            out.append(
                _el(
                    "rect",
                    tip=bar.label,
                    x=bar.x,
                    y=bar.y,
                    width=bar.width,
                    height=bar.height,
                    fill_opacity=bar.opacity,
                )
            )
        # A dark outline keeps each dot distinct (3:1 against the lane) where the fill is pale.
        out.append(
            '</g><g fill="#1d70b8" fill-opacity="0.65" stroke="#003078" stroke-width="0.75">'
        )
        for dot in lane.dots:
            out.append(_el("circle", tip=dot.label, cx=dot.x, cy=dot.y, r=dot.r))
        out.append("</g>")
    out.append("<g>")
    out.append(
        _el("line", x1=PLOT_LEFT, y1=t.lanes_bottom, x2=PLOT_RIGHT, y2=t.lanes_bottom, **rule)
    )
    out.append(_el("text", "All agencies:", y=t.strip_top + 28, font_size=13, **label))
    out.append(
        _el("text", f"entries per {t.strip_period}", y=t.strip_top + 46, font_size=13, **label)
    )
    for bar in t.strip:
        out.append(
            _el(
                "rect",
                tip=bar.label,
                x=bar.x,
                y=bar.y,
                width=bar.width,
                height=bar.height,
                fill="#505a5f",
            )
        )
    out.append("</g></svg>")
    return mark_safe("".join(out))  # noqa: S308 - every text and value above is escaped
