"""The demo case's dates, moved to today. The case was written with its serious incident on
14 February 2025; it is moved forward (or back) by whole years, so that the incident is always
between six and eighteen months before the day the demo is loaded and the review is where its
stage says it is. Whole years keep every "March 2024" in the prose true to its dates.

`D(2024, 10, 15)` is a date of the case as written, moved; `Y("in October 2024")` moves the
years in a text the same way (references such as NSCP-2025-03 are names and stay)."""

import dataclasses
import datetime
import re
from typing import Any, TypeVar

from django.utils import timezone

WRITTEN_INCIDENT = datetime.date(2025, 2, 14)
T = TypeVar("T")


def _add_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def years_to_move(today: datetime.date) -> int:
    """Whole years that put the written incident 6 to 18 months before `today`."""
    latest = today - datetime.timedelta(days=183)
    years = latest.year - WRITTEN_INCIDENT.year
    if _add_years(WRITTEN_INCIDENT, years) > latest:
        years -= 1
    return years


SHIFT = years_to_move(timezone.localdate())


def D(year: int, month: int, day: int) -> datetime.date:
    return _add_years(datetime.date(year, month, day), SHIFT)


def DT(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime.datetime:
    moved_day = D(year, month, day)
    return datetime.datetime(moved_day.year, moved_day.month, moved_day.day, hour, minute)


# A year from 2015 to 2029 standing alone: not part of a reference (NSCP-2025-03), a number
# or a version.
_YEAR = re.compile(r"(?<![\w/-])(20[12]\d)(?![\w-])|(?<=/)(20[12]\d)\b")


# A two-digit year at the end of a day/month/year date, as agencies write them (12/10/24).
_SHORT_YEAR = re.compile(r"(?<![\w/.])(\d{1,2}[/.]\d{1,2}[/.])(\d\d)(?![\w/.])")


def Y(text: str) -> str:
    if not SHIFT:
        return text
    text = _YEAR.sub(lambda m: str(int(m.group(0)) + SHIFT), text)
    return _SHORT_YEAR.sub(lambda m: f"{m.group(1)}{(int(m.group(2)) + SHIFT) % 100:02d}", text)


def moved(value: T) -> T:
    """A demo table with every year in its texts moved (dates are moved by D already)."""
    # Each branch gives back a value of the type it was given; mypy cannot tie the narrowed
    # type to T, hence the return-value ignores below.
    found: Any = value
    if isinstance(found, str):
        return Y(found)  # type: ignore[return-value]
    if isinstance(found, dict):
        return {key: moved(item) for key, item in found.items()}  # type: ignore[return-value]
    if isinstance(found, list):
        return [moved(item) for item in found]  # type: ignore[return-value]
    if isinstance(found, tuple):
        items = [moved(item) for item in found]
        # A named tuple keeps its type.
        return type(found)(*items) if hasattr(found, "_fields") else tuple(items)  # type: ignore[return-value]
    if dataclasses.is_dataclass(found) and not isinstance(found, type):
        changes = {
            field.name: moved(getattr(found, field.name)) for field in dataclasses.fields(found)
        }
        return dataclasses.replace(found, **changes)  # type: ignore[return-value]
    return value
