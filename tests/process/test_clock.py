"""The statutory clock: working days in England and Wales, worked through Christmas, New Year
and Easter, and the due dates Working Together sets."""

import datetime

import pytest

from casewindow.process.clock import (
    DueState,
    WorkingCalendar,
    add_months,
    bank_holidays_known_until,
    statutory_dates,
)

D = datetime.date
ENGLAND = WorkingCalendar.england_and_wales()


def test_bank_holidays_come_from_the_bundled_list_without_a_network() -> None:
    assert ENGLAND.is_working_day(D(2026, 12, 24))
    for holiday in (
        D(2026, 12, 25),
        D(2026, 12, 28),
        D(2027, 1, 1),
        D(2027, 3, 26),
        D(2027, 3, 29),
    ):
        assert not ENGLAND.is_working_day(holiday), holiday
    assert bank_holidays_known_until() >= D(2027, 12, 31)


def test_rapid_review_due_15_working_days_after_a_notification_before_christmas() -> None:
    # Wed 16 Dec 2026: Christmas Day (Fri), the Boxing Day substitute (Mon 28) and New Year's
    # Day (Fri 1 Jan) are not counted, so three weeks become three weeks and three days.
    assert ENGLAND.add_working_days(D(2026, 12, 16), 15) == D(2027, 1, 11)


def test_closure_days_between_christmas_and_new_year_push_the_date_on() -> None:
    closed = WorkingCalendar.england_and_wales([D(2026, 12, 29), D(2026, 12, 30), D(2026, 12, 31)])
    assert closed.add_working_days(D(2026, 12, 16), 15) == D(2027, 1, 14)


def test_rapid_review_across_easter() -> None:
    # Mon 22 Mar 2027: Good Friday (26 Mar) and Easter Monday (29 Mar) are skipped.
    assert ENGLAND.add_working_days(D(2027, 3, 22), 15) == D(2027, 4, 14)


def test_notification_within_5_working_days_of_an_incident_on_22_december() -> None:
    assert ENGLAND.add_working_days(D(2026, 12, 22), 5) == D(2026, 12, 31)


def test_final_report_7_working_days_before_publication_counts_back_over_easter() -> None:
    assert ENGLAND.add_working_days(D(2027, 4, 6), -7) == D(2027, 3, 24)


def test_working_days_between_counts_neither_the_first_day_nor_holidays() -> None:
    assert ENGLAND.working_days_between(D(2026, 12, 24), D(2027, 1, 4)) == 4
    assert ENGLAND.working_days_between(D(2027, 1, 4), D(2026, 12, 24)) == -4
    assert ENGLAND.working_days_between(D(2027, 1, 4), D(2027, 1, 4)) == 0
    # Whole weeks counted at once agree with counting day by day.
    start = D(2026, 11, 2)
    for days in range(0, 120, 7):
        end = start + datetime.timedelta(days=days)
        by_day = sum(
            ENGLAND.is_working_day(start + datetime.timedelta(days=i)) for i in range(1, days + 1)
        )
        assert ENGLAND.working_days_between(start, end) == by_day


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [(D(2026, 8, 31), 6, D(2027, 2, 28)), (D(2026, 7, 15), 6, D(2027, 1, 15))],
)
def test_publication_six_months_after_the_decision(
    day: datetime.date, months: int, expected: datetime.date
) -> None:
    assert add_months(day, months) == expected


def test_statutory_dates_say_how_many_working_days_are_left_or_overdue() -> None:
    dates = {
        "incident_date": D(2026, 12, 10),
        "notification_date": D(2026, 12, 16),
        "rapid_review_date": None,
        "commissioned_date": None,
        "target_publication_date": None,
    }
    found = {due.key: due for due in statutory_dates(dates, today=D(2027, 1, 6), working=ENGLAND)}

    assert found["notification"].due == D(2026, 12, 17)
    assert found["notification"].state == DueState.MET
    assert found["rapid_review"].due == D(2027, 1, 11)
    assert found["rapid_review"].phrase == "Due in 3 working days"
    late = statutory_dates(dates, today=D(2027, 1, 13), working=ENGLAND)
    rapid = next(due for due in late if due.key == "rapid_review")
    assert rapid.state == DueState.OVERDUE
    assert rapid.phrase == "Overdue by 2 working days"
    assert "publication" not in found  # no decision to hold a review yet


def test_a_date_met_late_says_by_how_much() -> None:
    dates = {"notification_date": D(2027, 3, 22), "rapid_review_date": D(2027, 4, 16)}
    rapid = next(
        due
        for due in statutory_dates(dates, today=D(2027, 5, 1), working=ENGLAND)
        if due.key == "rapid_review"
    )
    assert rapid.state == DueState.MET_LATE
    assert rapid.phrase == "Met, 2 working days late"
