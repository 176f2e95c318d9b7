"""Reading the dates agencies write, keeping how precise each one is.

UK practice is day first: 03/04/2025 is the 3rd of April. A date is read to the range of days
it could mean (`start`..`end`, equal for a known day) and a precision: day, month, year or
approximate ("early March 2025", "w/c 3/3/25", "c. 2019", "Spring 2024", "3/3/25 - 7/3/25").
A date that cannot be read is never guessed: it comes back with precision `unknown` and a
`problem` saying why, so the row can be flagged."""

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

DAY, MONTH, YEAR, APPROXIMATE, UNKNOWN = "day", "month", "year", "approximate", "unknown"

# Excel counts days from 30 December 1899 (its 1900 leap-year bug is folded into the base).
EXCEL_EPOCH = dt.date(1899, 12, 30)
# Serial numbers this side of 1950..2150 are taken as Excel dates; other numbers are not dates.
EXCEL_SERIAL_RANGE = (18264, 91311)
EARLIEST_YEAR = 1900

MONTHS = {
    name: number
    for number in range(1, 13)
    for name in {
        calendar.month_name[number].lower(),
        calendar.month_abbr[number].lower(),
    }
}
MONTHS.update({"sept": 9, "febuary": 2, "feburary": 2})
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAYS = "|".join(
    sorted(
        {d.lower() for d in calendar.day_name}
        | {d.lower() for d in calendar.day_abbr}
        | {"tues", "thur", "thurs"},
        key=len,
        reverse=True,
    )
)
UNKNOWN_WORDS = {
    "unknown", "not known", "n/k", "nk", "n.k.", "tbc", "tba", "?", "??", "n/a", "na", "unclear",
    "not recorded", "no date", "undated", "date unknown", "-", "--",
}  # fmt: skip

TIME_RE = (
    r"(?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?(?:\s*[ap]\.?m\.?)?(?:\s*hrs?)?"
    r"|(?:[01]?\d|2[0-3])\s*[ap]\.?m\.?"
    r"|(?:[01]\d|2[0-3])[0-5]\d\s*hrs?)"
)
_TAIL = rf"(?:\s*(?:t|at|@|,|-)?\s*{TIME_RE})?"
DMY_NUMERIC = re.compile(
    rf"^(?P<d>\d{{1,2}})\s*[/.\-]\s*(?P<m>\d{{1,2}})\s*[/.\-]\s*(?P<y>\d{{4}}|\d{{2}}){_TAIL}$"
)
YMD_NUMERIC = re.compile(
    rf"^(?P<y>\d{{4}})[/.\-](?P<m>\d{{1,2}})[/.\-](?P<d>\d{{1,2}}){_TAIL}(?:\.\d+)?(?:z|[+-]\d\d:?\d\d)?$"
)
DMY_WORDS = re.compile(
    rf"^(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s\-/.]*(?P<mon>{MONTH_RE})\.?[\s\-/.,]*(?P<y>\d{{4}}|\d{{2}}){_TAIL}$"
)
MDY_WORDS = re.compile(
    rf"^(?P<mon>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TAIL}$"
)
# "March 2025", "Mar-25", "Mar '25"; not "March 25", which may be the 25th with no year.
MONTH_YEAR_WORDS = re.compile(
    rf"^(?P<mon>{MONTH_RE})\.?(?:[\s\-/.,']*(?P<y>\d{{4}})|\s*[\-/']\s*(?P<y2>\d{{2}}))$"
)
MONTH_YEAR_NUMERIC = re.compile(
    r"^(?:(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})|(?P<y2>\d{4})-(?P<m2>\d{2}))$"
)
YEAR_ONLY = re.compile(r"^(?P<y>\d{4})$")
EXCEL_SERIAL = re.compile(r"^(?P<serial>\d{5})(?:\.(?P<fraction>\d+))?$")
DAY_MONTH_NO_YEAR = re.compile(
    rf"^\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?[\s\-/.]*(?:{MONTH_RE})\.?$|^\d{{1,2}}/\d{{1,2}}$"
)

# Longer words first, and short abbreviations only when something follows them, so "circa" is
# not read as "c" + "irca" and "week commencing" not as "we" + "ek commencing".
APPROXIMATE_WORDS = re.compile(
    r"^(?:approximately|approx\.?|circa|about|around|roughly|possibly|probably|"
    r"some\s*time\s+in|sometime\s+in|during|ca\.|c\.|c(?=\s)|~)\s*(?P<rest>.+)$"
)
WEEK_COMMENCING = re.compile(
    r"^(?P<kind>week\s+commencing|week\s+beginning|week\s+starting|week\s+ending|week\s+of|"
    r"w\s*/\s*c|w\.c\.?|w/b|w/e|w\.e\.|wc(?=[\s:.\d])|wb(?=[\s:.\d])|we(?=[\s:.\d]))[:\s.]*(?P<rest>.+)$"
)
PART_OF = re.compile(
    r"^(?P<part>beginning\s+of|start\s+of|middle\s+of|end\s+of|first\s+half\s+of|"
    r"second\s+half\s+of|early|mid|late)[\s\-]*(?P<rest>.+)$"
)
SEASON = re.compile(r"^(?P<season>spring|summer|autumn|fall|winter)[\s\-,]*(?:of\s+)?(?P<y>\d{4})$")
QUARTER = re.compile(
    r"^(?:q(?P<q>[1-4])|(?P<qw>first|second|third|fourth)\s+quarter(?:\s+of)?)[\s\-,]*(?P<y>\d{4})$"
)
RANGE_SPLIT = re.compile(
    r"^(?:between\s+)?(?P<a>.+?)\s+(?:-|\u2013|\u2014|to|until|and)\s+(?P<b>.+)$"
)
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


@dataclass(frozen=True, slots=True)
class ReadDate:
    """A date as read: the range of days it could mean, its precision, a time if one was
    written with it, and a problem to flag on the row if it could not be read (or looks wrong)."""

    start: dt.date | None
    end: dt.date | None
    precision: str
    time: dt.time | None = None
    problem: str = ""

    @property
    def readable(self) -> bool:
        return self.start is not None

    def sort_key(self) -> tuple[dt.date, dt.time, int]:
        """Entries sort by the earliest day they could mean, then time; an unreadable date last."""
        return (
            self.start or dt.date.max,
            self.time or dt.time.min,
            0 if self.precision == DAY else 1,
        )


def _unknown(problem: str) -> ReadDate:
    return ReadDate(None, None, UNKNOWN, None, problem)


def _year(text: str, today: dt.date) -> int:
    year = int(text)
    if len(text) == 2:
        # Two-digit years: up to next year's are this century, the rest the last one.
        pivot = (today.year + 1) % 100
        year += 2000 if year <= pivot else 1900
    return year


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@lru_cache(maxsize=10_000)
def read_time(text: str) -> tuple[dt.time | None, str]:
    """A time as written in a chronology: 14:30, 14.30, 2.30pm, 1430hrs, 2pm, 14:30:05.
    Returns (time, problem); an empty cell is (None, "")."""
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        return None, ""
    match = re.fullmatch(TIME_RE, cleaned) or re.fullmatch(
        r"(?P<time>(?:[01]\d|2[0-3])[0-5]\d)", cleaned
    )
    if match is None:
        return None, f"the time “{text.strip()}” could not be read"
    value = _time_from(match.group("time"))
    if value is None:
        return None, f"the time “{text.strip()}” is not a real time"
    return value, ""


def _time_from(text: str | None) -> dt.time | None:
    if not text:
        return None
    cleaned = text.replace(" ", "").replace(".", ":").rstrip("hrs").rstrip("h")
    meridiem = ""
    for suffix in ("am", "pm", "a:m:", "p:m:", "a:m", "p:m"):
        if cleaned.endswith(suffix):
            meridiem = suffix[0]
            cleaned = cleaned[: -len(suffix)]
            break
    parts = (
        cleaned.split(":")
        if ":" in cleaned
        else ([cleaned[:-2], cleaned[-2:]] if len(cleaned) == 4 else [cleaned])
    )
    try:
        hour, minute, second = (int(p) for p in [*parts, "0", "0"][:3])
    except ValueError:
        return None
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        return None
    if (hour, minute, second) == (0, 0, 0) and len(parts) == 3:
        # "00:00:00" is what a spreadsheet adds to a date that had no time.
        return None
    return dt.time(hour, minute, second)


def _day(y: int, m: int, d: int, time_text: str | None, original: str) -> ReadDate:
    if not 1 <= m <= 12:
        hint = " (dates are read day first: day/month/year)" if 1 <= d <= 12 and m <= 31 else ""
        return _unknown(f"the date “{original}” has no month {m}{hint}")
    if y < EARLIEST_YEAR:
        return _unknown(f"the date “{original}” has the year {y}")
    if not 1 <= d <= _last_day(y, m):
        return _unknown(
            f"the date “{original}” is not a real date "
            f"({calendar.month_name[m]} {y} has {_last_day(y, m)} days)"
        )
    day = dt.date(y, m, d)
    time = _time_from(time_text)
    if time_text and time is None and not time_text.strip().startswith("00"):
        return ReadDate(day, day, DAY, None, f"the time in “{original}” could not be read")
    return ReadDate(day, day, DAY, time)


def _month(y: int, m: int, original: str) -> ReadDate:
    if not 1 <= m <= 12 or y < EARLIEST_YEAR:
        return _unknown(f"the date “{original}” could not be read")
    return ReadDate(dt.date(y, m, 1), dt.date(y, m, _last_day(y, m)), MONTH)


def _normalise(text: str) -> str:
    cleaned = " ".join(text.replace("\u00a0", " ").strip().lower().split())
    cleaned = re.sub(rf"^(?:{WEEKDAYS})\.?,?\s+", "", cleaned)
    return cleaned.strip(" ,;")


@lru_cache(maxsize=100_000)
def read_date(text: str, today: dt.date | None = None) -> ReadDate:
    """Read one date cell. `today` decides the century of two-digit years (default: today)."""
    original = " ".join(text.split())
    cleaned = _normalise(text)
    if not cleaned:
        return _unknown("there is no date")
    if cleaned in UNKNOWN_WORDS:
        return _unknown(f"the date is given as “{original}”")
    today = today or dt.date.today()
    result = _exact(cleaned, original, today)
    if result is not None:
        return result
    result = _approximate(cleaned, original, today)
    if result is not None:
        return result
    if DAY_MONTH_NO_YEAR.match(cleaned):
        return _unknown(f"the date “{original}” has no year")
    return _unknown(f"the date “{original}” could not be read")


def _exact(cleaned: str, original: str, today: dt.date) -> ReadDate | None:
    """Dates written to the day, month or year (no approximation words)."""
    if match := DMY_NUMERIC.match(cleaned):
        return _day(
            _year(match["y"], today), int(match["m"]), int(match["d"]), match["time"], original
        )
    if match := YMD_NUMERIC.match(cleaned):
        return _day(int(match["y"]), int(match["m"]), int(match["d"]), match["time"], original)
    if match := DMY_WORDS.match(cleaned):
        return _day(
            _year(match["y"], today), MONTHS[match["mon"]], int(match["d"]), match["time"], original
        )
    if match := MDY_WORDS.match(cleaned):
        return _day(int(match["y"]), MONTHS[match["mon"]], int(match["d"]), match["time"], original)
    if match := MONTH_YEAR_WORDS.match(cleaned):
        return _month(_year(match["y"] or match["y2"], today), MONTHS[match["mon"]], original)
    if match := MONTH_YEAR_NUMERIC.match(cleaned):
        return _month(int(match["y"] or match["y2"]), int(match["m"] or match["m2"]), original)
    if match := YEAR_ONLY.match(cleaned):
        year = int(match["y"])
        if year < EARLIEST_YEAR or year > today.year + 50:
            return _unknown(f"“{original}” is not a year Casewindow can place")
        return ReadDate(dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR)
    if match := EXCEL_SERIAL.match(cleaned):
        serial = int(match["serial"])
        if EXCEL_SERIAL_RANGE[0] <= serial <= EXCEL_SERIAL_RANGE[1]:
            day = EXCEL_EPOCH + dt.timedelta(days=serial)
            time = None
            if match["fraction"] and int(match["fraction"]):
                seconds = round(float("0." + match["fraction"]) * 86400)
                if seconds < 86400:
                    time = dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)
            return ReadDate(day, day, DAY, time)
    return None


def _approximate(cleaned: str, original: str, today: dt.date) -> ReadDate | None:
    """Dates the agency itself marked as approximate, or wrote as a range."""
    if match := WEEK_COMMENCING.match(cleaned):
        inner = _exact(match["rest"], original, today)
        if inner is None or inner.precision != DAY or inner.start is None:
            return _unknown(f"the week in “{original}” could not be read")
        if match["kind"].replace(" ", "").replace(".", "") in ("w/e", "we", "weekending"):
            return ReadDate(inner.start - dt.timedelta(days=6), inner.start, APPROXIMATE)
        return ReadDate(inner.start, inner.start + dt.timedelta(days=6), APPROXIMATE)
    if match := APPROXIMATE_WORDS.match(cleaned):
        inner = _exact(match["rest"], original, today) or _approximate(
            match["rest"], original, today
        )
        if inner is None or inner.start is None:
            return inner
        return ReadDate(inner.start, inner.end, APPROXIMATE, inner.time)
    if match := PART_OF.match(cleaned):
        inner = _exact(match["rest"].removeprefix("of ").strip(), original, today)
        if inner is None or inner.start is None or inner.end is None:
            return inner
        return _part_of(match["part"], inner)
    if match := SEASON.match(cleaned):
        year = int(match["y"])
        first_month = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[
            match["season"]
        ]
        start = dt.date(year, first_month, 1)
        end_year, end_month = (year + 1, 2) if first_month == 12 else (year, first_month + 2)
        return ReadDate(
            start, dt.date(end_year, end_month, _last_day(end_year, end_month)), APPROXIMATE
        )
    if match := QUARTER.match(cleaned):
        quarter = int(match["q"]) if match["q"] else ORDINAL_WORDS[match["qw"]]
        year, first_month = int(match["y"]), 3 * quarter - 2
        return ReadDate(
            dt.date(year, first_month, 1),
            dt.date(year, first_month + 2, _last_day(year, first_month + 2)),
            APPROXIMATE,
        )
    if match := RANGE_SPLIT.match(cleaned):
        first = _exact(match["a"], original, today)
        second = _exact(match["b"], original, today)
        if first is None and second is not None and second.start is not None:
            # "3 - 7 March 2025", "3 to 7/3/25": the first date borrows the second's month and year.
            first = _borrow(match["a"], second, original)
        if first and second and first.start and second.end:
            if first.start > second.end:
                return _unknown(f"the dates in “{original}” run backwards")
            return ReadDate(first.start, second.end, APPROXIMATE)
    return None


def _borrow(text: str, other: ReadDate, original: str) -> ReadDate | None:
    assert other.start is not None
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", text.strip())
    if match is None or other.precision != DAY:
        return None
    return _day(other.start.year, other.start.month, int(match[1]), None, original)


def _part_of(part: str, inner: ReadDate) -> ReadDate:
    assert inner.start is not None and inner.end is not None
    start, end = inner.start, inner.end
    part = part.split()[0]
    if inner.precision == MONTH:
        last = end.day
        thirds = {
            "early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20),
            "middle": (11, 20), "late": (21, last), "end": (21, last), "first": (1, 15),
            "second": (16, last),
        }  # fmt: skip
        first_day, last_day = thirds[part]
        return ReadDate(start.replace(day=first_day), start.replace(day=last_day), APPROXIMATE)
    if inner.precision == YEAR:
        thirds = {
            "early": (1, 4), "beginning": (1, 4), "start": (1, 4), "mid": (5, 8), "middle": (5, 8),
            "late": (9, 12), "end": (9, 12), "first": (1, 6), "second": (7, 12),
        }  # fmt: skip
        first_month, last_month = thirds[part]
        return ReadDate(
            dt.date(start.year, first_month, 1),
            dt.date(start.year, last_month, _last_day(start.year, last_month)),
            APPROXIMATE,
        )
    return ReadDate(start, end, APPROXIMATE, inner.time)


def date_from_cell_value(value: dt.datetime | dt.date, number_format: str) -> str:
    """The text a spreadsheet date cell shows, near enough: Excel stores "Mar-25" as 1 March
    2025 with the format mmm-yy, so the format tells us whether the day was ever written."""
    fmt = (number_format or "").lower()
    fmt = re.sub(r'"[^"]*"|\[[^\]]*\]', "", fmt)
    has_day = "d" in fmt or not fmt or fmt == "general"
    has_month = "m" in fmt or has_day
    day = value.date() if isinstance(value, dt.datetime) else value
    if not has_month:
        return f"{day.year}"
    if not has_day:
        return f"{calendar.month_name[day.month]} {day.year}"
    text = day.strftime("%d/%m/%Y")
    if isinstance(value, dt.datetime) and value.time() != dt.time(0, 0):
        text += value.strftime(" %H:%M") if value.second == 0 else value.strftime(" %H:%M:%S")
    return text


def _d(day: dt.date) -> str:
    return f"{day.day} {calendar.month_abbr[day.month]} {day.year}"


def _m(day: dt.date) -> str:
    return f"{calendar.month_abbr[day.month]} {day.year}"


def date_standard(start: dt.date | None, end: dt.date | None, precision: str) -> str:
    """The date in one standard form, whatever way the agency wrote it: "12 Mar 2024",
    "Mar 2024", "2024", "early Jun 2024 (approx.)", "3 Mar – 9 Mar 2024 (approx.)"; "" for a
    date that could not be read."""
    if start is None:
        return ""
    end = end or start
    if precision == DAY:
        return _d(start)
    if precision == MONTH:
        return _m(start)
    if precision == YEAR:
        return str(start.year)
    whole_month = start.day == 1 and end == start.replace(day=_last_day(start.year, start.month))
    if start == end:
        text = _d(start)
    elif whole_month:
        text = _m(start)
    elif start.year == end.year and start.month == end.month:
        last = _last_day(start.year, start.month)
        part = {(1, 10): "early", (11, 20): "mid", (21, last): "late"}.get((start.day, end.day))
        text = f"{part} {_m(start)}" if part else f"{start.day}–{end.day} {_m(start)}"
    elif (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        text = str(start.year)
    elif start.day == 1 and end.day == _last_day(end.year, end.month):
        text = (
            f"{_m(start)} – {_m(end)}"
            if start.year != end.year
            else (f"{calendar.month_abbr[start.month]} – {_m(end)}")
        )
    elif start.year == end.year:
        text = f"{start.day} {calendar.month_abbr[start.month]} – {_d(end)}"
    else:
        text = f"{_d(start)} – {_d(end)}"
    return f"{text} (approx.)" if precision == APPROXIMATE else text
