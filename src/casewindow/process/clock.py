"""The statutory clock: working days in England and Wales, and the due dates that Working
Together sets, computed from a review's key dates. Pure: no database, no request.

Working days exclude Saturdays, Sundays, England and Wales bank holidays (from the
`govuk-bank-holidays` package's bundled copy of GOV.UK's list, never downloaded at run time) and
any extra closure days a partnership records (for example the days between Christmas and New
Year when its offices close). The rules are data (`ENGLAND_RULES`): other nations differ."""

import calendar
import datetime
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from govuk_bank_holidays.bank_holidays import BankHolidays


@functools.cache
def bank_holidays_england_and_wales() -> frozenset[datetime.date]:
    """England and Wales bank holidays from the package's bundled list (no network)."""
    holidays = BankHolidays(use_cached_holidays=True)
    return frozenset(
        event["date"] for event in holidays.get_holidays(division=BankHolidays.ENGLAND_AND_WALES)
    )


def bank_holidays_known_until() -> datetime.date:
    """The last date the bundled list covers: later dates count weekends and closures only."""
    return datetime.date(max(bank_holidays_england_and_wales()).year, 12, 31)


@dataclass(frozen=True)
class WorkingCalendar:
    """Which days are working days: not a weekend, a bank holiday or a closure day."""

    closed: frozenset[datetime.date]

    @classmethod
    def england_and_wales(cls, closures: Iterable[datetime.date] = ()) -> "WorkingCalendar":
        return cls(bank_holidays_england_and_wales() | frozenset(closures))

    def is_working_day(self, day: datetime.date) -> bool:
        return day.weekday() < 5 and day not in self.closed

    def add_working_days(self, start: datetime.date, days: int) -> datetime.date:
        """The date `days` working days after `start` (before it, if negative). The start day
        itself is not counted: 15 working days from a Monday notification is three weeks later
        when no holiday falls between."""
        step = 1 if days >= 0 else -1
        day, left = start, abs(days)
        while left:
            day += datetime.timedelta(days=step)
            if self.is_working_day(day):
                left -= 1
        return day

    def working_days_between(self, start: datetime.date, end: datetime.date) -> int:
        """How many working days after `start` up to and including `end` (negative if `end` is
        earlier): 0 for the same day."""
        if end < start:
            return -self.working_days_between(end, start)
        count, day = 0, start
        # Whole weeks at once, then the rest day by day.
        whole_weeks = (end - start).days // 7
        if whole_weeks:
            week_end = start + datetime.timedelta(days=7 * whole_weeks)
            count = 5 * whole_weeks - sum(
                1 for closed in self.closed if start < closed <= week_end and closed.weekday() < 5
            )
            day = week_end
        while day < end:
            day += datetime.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later (the last day of the month when that month is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class Unit(StrEnum):
    WORKING_DAYS = "working_days"
    MONTHS = "months"


@dataclass(frozen=True)
class StatutoryRule:
    """One due date: `amount` of `unit` after (or before, if negative) the review's `from_field`
    date; `done_field`, when set, is the review's date that meets it."""

    key: str
    label: str
    from_field: str
    amount: int
    unit: Unit
    done_field: str | None
    guidance: str


# Working Together to Safeguard Children (England), as process.md restates it.
ENGLAND_RULES: tuple[StatutoryRule, ...] = (
    StatutoryRule(
        "notification",
        "Notify the national panel",
        "incident_date",
        5,
        Unit.WORKING_DAYS,
        "notification_date",
        "within 5 working days of becoming aware of the serious incident",
    ),
    StatutoryRule(
        "rapid_review",
        "Rapid review completed and sent to the panel",
        "notification_date",
        15,
        Unit.WORKING_DAYS,
        "rapid_review_date",
        "within 15 working days of the notification",
    ),
    StatutoryRule(
        "panel_decision",
        "Decision on a local review sent to the panel",
        "notification_date",
        15,
        Unit.WORKING_DAYS,
        "commissioned_date",
        "with the rapid review, within 15 working days of the notification",
    ),
    StatutoryRule(
        "publication",
        "Review published",
        "commissioned_date",
        6,
        Unit.MONTHS,
        "published_date",
        "within 6 months of the decision to hold the review",
    ),
    StatutoryRule(
        "final_report_to_panel",
        "Final report to the panel and the Secretary of State",
        "target_publication_date",
        -7,
        Unit.WORKING_DAYS,
        None,
        "at least 7 working days before publication",
    ),
)

# A comment window on a draft is this many working days unless the lead reviewer says otherwise.
DEFAULT_COMMENT_WINDOW_WORKING_DAYS = 10


class DueState(StrEnum):
    MET = "met"  # done on or before the due date
    MET_LATE = "met_late"  # done after the due date
    DUE = "due"  # not done, due today or later
    OVERDUE = "overdue"  # not done, due date passed


@dataclass(frozen=True)
class DueDate:
    key: str
    label: str
    guidance: str
    due: datetime.date
    done_on: datetime.date | None
    state: DueState
    # Working days from today to the due date (not done), or late by (done late).
    working_days: int

    @property
    def on_time(self) -> bool:
        return self.state in (DueState.MET, DueState.DUE)

    @property
    def open(self) -> bool:
        return self.state in (DueState.DUE, DueState.OVERDUE)

    @property
    def phrase(self) -> str:
        """ "due in 3 working days", "due today", "overdue by 2 working days", "met"…"""
        n = abs(self.working_days)
        days = f"{n} working day{'' if n == 1 else 's'}"
        if self.state == DueState.MET:
            return "Met"
        if self.state == DueState.MET_LATE:
            return f"Met, {days} late"
        if self.state == DueState.OVERDUE:
            return f"Overdue by {days}" if n else "Overdue"
        return "Due today" if n == 0 else f"Due in {days}"


def due_state(
    due: datetime.date,
    done_on: datetime.date | None,
    *,
    today: datetime.date,
    working: WorkingCalendar,
) -> tuple[DueState, int]:
    if done_on is not None:
        if done_on <= due:
            return DueState.MET, 0
        return DueState.MET_LATE, working.working_days_between(due, done_on)
    if today <= due:
        return DueState.DUE, working.working_days_between(today, due)
    return DueState.OVERDUE, -working.working_days_between(due, today)


def statutory_dates(
    dates: dict[str, datetime.date | None],
    *,
    today: datetime.date,
    working: WorkingCalendar,
    rules: tuple[StatutoryRule, ...] = ENGLAND_RULES,
) -> list[DueDate]:
    """The due dates the rules set from a review's key dates (`dates` maps field names such as
    "notification_date" to dates or None); a rule whose starting date is not recorded is left
    out. In date order."""
    found = []
    for rule in rules:
        start = dates.get(rule.from_field)
        if start is None:
            continue
        if rule.unit == Unit.WORKING_DAYS:
            due = working.add_working_days(start, rule.amount)
        else:
            due = add_months(start, rule.amount)
        done_on = dates.get(rule.done_field) if rule.done_field else None
        state, days = due_state(due, done_on, today=today, working=working)
        found.append(DueDate(rule.key, rule.label, rule.guidance, due, done_on, state, days))
    return sorted(found, key=lambda d: d.due)
