"""Dates an entry refers to, and working days between dates."""

import datetime
import re

# An entry citing a date ("following HV visit 01/06", "assessed 4/6") may be dated this many
# days after the date it cites.
CITED_LAG = 21
# A full stop after a date ends the sentence ("attended core group 15/5."), it does not
# continue the date.
_CITED_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?(?![\w/]|\.\d)")
# The first day of a range written with the month once: "adm 24-28/11", "19-22/04" (the last
# day is read by _CITED_DATE).
_CITED_RANGE_START = re.compile(
    r"(?<![\d/.])(\d{1,2})\s?[-–]\s?\d{1,2}[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?(?![\w/]|\.\d)"
)
_FUTURE = re.compile(r"\b(?:will|next|arranged|planned|booked|due|until|by|for|to be)\b")
# Days named relative to the entry's own date: "on Saturday", "yesterday", "at the weekend".
WEEKDAYS = {
    d: n
    for n, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())  # noqa: SIM905
}
_CITED_DAY = re.compile(
    r"\b(?:(yesterday|last night)|(?:over|at|during) the weekend|(?:on |last )?"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| evening| morning)?)\b"
)
_LAST_WEEK = re.compile(r"\blast week\b")
_CITED_WORDS = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
)
MONTHS = {
    m: n
    for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)  # noqa: SIM905
}
# An entry that names another agency may tell of that agency's happening days later (a
# decision phoned through, a notification passed on): it is looked for this many working days
# back even when it says nothing else about a delay.
TOLD_LAG = 4
TOLD_REASON = "one agency tells of the other's happening days later"
# What an entry sends to an agency it names (a PPN, a letter, a referral) may be recorded there
# this many working days later, in words that need not say it was received.
SENT_LAG = 10
SENT_REASON = "what one agency sent is recorded by the other days later"


def _add_cited(out: set[int], day: int, month: int, year: int | None, on: datetime.date) -> None:
    for y in [year] if year else [on.year, on.year - 1]:
        try:
            cited = datetime.date(y, month, day)
        except ValueError:
            continue
        if 0 < (on - cited).days <= CITED_LAG:
            out.add(cited.toordinal())


def cited_dates(text: str, on: datetime.date) -> frozenset[int]:
    """Earlier dates an entry refers to ("following HV visit 01/06", "assessed 4/6")."""
    out: set[int] = set()
    for day, month, year in [*_CITED_DATE.findall(text), *_CITED_RANGE_START.findall(text)]:
        full = (int(year) + 2000 if len(year) == 2 else int(year)) if year else None
        _add_cited(out, int(day), int(month), full, on)
    for day, month in _CITED_WORDS.findall(text):
        _add_cited(out, int(day), MONTHS[month[:3]], None, on)
    return frozenset(out)


def recalled_days(text: str, on: datetime.date) -> frozenset[int]:
    """Earlier days an entry names relative to its own date ("on Saturday", "yesterday", "at
    the weekend", "last week"), looked for only in a past sense."""
    out: set[int] = set()
    for match in _CITED_DAY.finditer(text):
        if match.group(1):  # yesterday, last night
            out.add(on.toordinal() - 1)
            continue
        if _FUTURE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "will see her on Thursday", "visit arranged for Monday"
        # The named day (or Saturday and Sunday) most recently before the entry's date.
        named = [WEEKDAYS[match.group(2)]] if match.group(2) else [5, 6]
        for weekday in named:
            back = (on.weekday() - weekday) % 7 or 7
            out.add(on.toordinal() - back)
    if _LAST_WEEK.search(text):  # "visited at home last week": Monday to Friday of that week
        monday = on.toordinal() - on.weekday() - 7
        out.update(range(monday, monday + 5))
    return frozenset(out)


def working_days(earlier: int, later: int) -> int:
    """Days from one date ordinal to a later one, not counting Saturdays and Sundays between
    (a Friday referral read on Monday is one working day later)."""
    if later <= earlier:
        return 0
    return later - earlier - (_weekend_days(later - 1) - _weekend_days(earlier))


def _weekend_days(ordinal: int) -> int:
    """Saturdays and Sundays among date ordinals 1 … ordinal (ordinal 1 is a Monday)."""
    weeks, rest = divmod(ordinal, 7)
    return 2 * weeks + max(0, rest - 5)
