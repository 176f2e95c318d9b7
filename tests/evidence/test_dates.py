"""Reading the dates agencies write: UK day-first, ISO, Excel serials, with times, partial and
approximate — each with its precision kept, and never a guess when a date cannot be read."""

import datetime as dt

import pytest

from casewindow.evidence.importing.dates import (
    APPROXIMATE,
    DAY,
    MONTH,
    UNKNOWN,
    YEAR,
    date_from_cell_value,
    read_date,
    read_time,
)

TODAY = dt.date(2025, 6, 1)
D = dt.date
T = dt.time


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "time"),
    [
        # UK day first, in its usual spellings
        ("03/03/2025", D(2025, 3, 3), D(2025, 3, 3), DAY, None),
        ("4/3/25", D(2025, 3, 4), D(2025, 3, 4), DAY, None),
        ("04-03-2025", D(2025, 3, 4), D(2025, 3, 4), DAY, None),
        ("04.03.2025", D(2025, 3, 4), D(2025, 3, 4), DAY, None),
        ("3 March 2025", D(2025, 3, 3), D(2025, 3, 3), DAY, None),
        ("Monday 3rd March 2025", D(2025, 3, 3), D(2025, 3, 3), DAY, None),
        ("3-Mar-25", D(2025, 3, 3), D(2025, 3, 3), DAY, None),
        ("3rd of Sept 2024", D(2024, 9, 3), D(2024, 9, 3), DAY, None),
        ("12/11/98", D(1998, 11, 12), D(1998, 11, 12), DAY, None),
        # ISO and other unambiguous forms
        ("2025-03-04", D(2025, 3, 4), D(2025, 3, 4), DAY, None),
        ("2025-03-04T14:30:00", D(2025, 3, 4), D(2025, 3, 4), DAY, T(14, 30)),
        ("March 4, 2025", D(2025, 3, 4), D(2025, 3, 4), DAY, None),
        # with times
        ("03/03/2025 14:30", D(2025, 3, 3), D(2025, 3, 3), DAY, T(14, 30)),
        ("3/3/25 at 2.30pm", D(2025, 3, 3), D(2025, 3, 3), DAY, T(14, 30)),
        ("03.03.2025 14.30", D(2025, 3, 3), D(2025, 3, 3), DAY, T(14, 30)),
        ("03/03/2025 1430hrs", D(2025, 3, 3), D(2025, 3, 3), DAY, T(14, 30)),
        ("2025-03-03 00:00:00", D(2025, 3, 3), D(2025, 3, 3), DAY, None),  # a spreadsheet's filler
        # Excel serial numbers (days since 30/12/1899), with a fraction for the time
        ("45719", D(2025, 3, 3), D(2025, 3, 3), DAY, None),
        ("45719.604166667", D(2025, 3, 3), D(2025, 3, 3), DAY, T(14, 30)),
        # partial dates
        ("March 2025", D(2025, 3, 1), D(2025, 3, 31), MONTH, None),
        ("Mar-25", D(2025, 3, 1), D(2025, 3, 31), MONTH, None),
        ("Feb 2024", D(2024, 2, 1), D(2024, 2, 29), MONTH, None),
        ("03/2025", D(2025, 3, 1), D(2025, 3, 31), MONTH, None),
        ("2025-03", D(2025, 3, 1), D(2025, 3, 31), MONTH, None),
        ("2019", D(2019, 1, 1), D(2019, 12, 31), YEAR, None),
        # approximate dates
        ("early March 2025", D(2025, 3, 1), D(2025, 3, 10), APPROXIMATE, None),
        ("mid-March 2025", D(2025, 3, 11), D(2025, 3, 20), APPROXIMATE, None),
        ("middle of March 2025", D(2025, 3, 11), D(2025, 3, 20), APPROXIMATE, None),
        ("late Feb 2024", D(2024, 2, 21), D(2024, 2, 29), APPROXIMATE, None),
        ("end of March 2025", D(2025, 3, 21), D(2025, 3, 31), APPROXIMATE, None),
        ("early 2025", D(2025, 1, 1), D(2025, 4, 30), APPROXIMATE, None),
        ("w/c 3/3/25", D(2025, 3, 3), D(2025, 3, 9), APPROXIMATE, None),
        ("W/C 03/03/2025", D(2025, 3, 3), D(2025, 3, 9), APPROXIMATE, None),
        ("week commencing 3 March 2025", D(2025, 3, 3), D(2025, 3, 9), APPROXIMATE, None),
        ("w/e 9/3/25", D(2025, 3, 3), D(2025, 3, 9), APPROXIMATE, None),
        ("c. 2019", D(2019, 1, 1), D(2019, 12, 31), APPROXIMATE, None),
        ("circa March 2019", D(2019, 3, 1), D(2019, 3, 31), APPROXIMATE, None),
        ("approx 3/3/25", D(2025, 3, 3), D(2025, 3, 3), APPROXIMATE, None),
        ("Spring 2024", D(2024, 3, 1), D(2024, 5, 31), APPROXIMATE, None),
        ("Winter 2024", D(2024, 12, 1), D(2025, 2, 28), APPROXIMATE, None),
        ("Q2 2024", D(2024, 4, 1), D(2024, 6, 30), APPROXIMATE, None),
        ("3/3/25 - 7/3/25", D(2025, 3, 3), D(2025, 3, 7), APPROXIMATE, None),
        ("between 3 and 7 March 2025", D(2025, 3, 3), D(2025, 3, 7), APPROXIMATE, None),
    ],
)
def test_dates_are_read_with_their_precision(text, start, end, precision, time) -> None:
    read = read_date(text, TODAY)
    assert (read.start, read.end, read.precision, read.time, read.problem) == (
        start,
        end,
        precision,
        time,
        "",
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "there is no date"),
        ("n/k", "the date is given as “n/k”"),
        ("31/02/2025", "is not a real date (February 2025 has 28 days)"),
        ("03/15/2025", "has no month 15 (dates are read day first"),
        ("3 March", "has no year"),
        ("march 25", "could not be read"),  # the 25th with no year, or March 2025? Not guessed.
        ("1430", "is not a year"),
        ("7/3/25 - 3/3/25", "run backwards"),
        ("after the strategy meeting", "could not be read"),
    ],
)
def test_a_date_that_cannot_be_read_is_flagged_never_guessed(text: str, problem: str) -> None:
    read = read_date(text, TODAY)
    assert read.precision == UNKNOWN
    assert read.start is None and read.end is None
    assert problem in read.problem


def test_two_digit_years_up_to_next_year_are_this_century() -> None:
    assert read_date("1/1/26", TODAY).start == D(2026, 1, 1)
    assert read_date("1/1/27", TODAY).start == D(1927, 1, 1)


def test_dates_sort_sensibly_whatever_their_precision() -> None:
    texts = ["17/03/2025 09:05", "unknown", "March 2025", "w/c 10/3/25", "03/03/2025 14:30",
             "early March 2025", "2024", "03/03/2025 08:00"]  # fmt: skip
    ordered = sorted(texts, key=lambda t: read_date(t, TODAY).sort_key())
    assert ordered == [
        "2024",
        "March 2025",
        "early March 2025",
        "03/03/2025 08:00",
        "03/03/2025 14:30",
        "w/c 10/3/25",
        "17/03/2025 09:05",
        "unknown",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:30", T(14, 30)),
        ("14.30", T(14, 30)),
        ("2.30pm", T(14, 30)),
        ("2pm", T(14, 0)),
        ("12am", T(0, 0)),
        ("1430hrs", T(14, 30)),
        ("0905", T(9, 5)),
        ("14:30:05", T(14, 30, 5)),
        ("", None),
    ],
)
def test_times_are_read(text: str, expected: dt.time | None) -> None:
    assert read_time(text) == (expected, "")


@pytest.mark.parametrize("text", ["morning", "25:00", "14:75"])
def test_a_time_that_cannot_be_read_is_flagged(text: str) -> None:
    time, problem = read_time(text)
    assert time is None and text in problem


@pytest.mark.parametrize(
    ("value", "number_format", "text", "precision"),
    [
        (dt.datetime(2025, 3, 3), "dd/mm/yyyy", "03/03/2025", DAY),
        (dt.datetime(2025, 3, 3, 14, 30), "dd/mm/yyyy hh:mm", "03/03/2025 14:30", DAY),
        (dt.datetime(2025, 3, 1), "mmm-yy", "March 2025", MONTH),
        (dt.datetime(2025, 1, 1), "yyyy", "2025", YEAR),
        (dt.date(2025, 3, 3), "General", "03/03/2025", DAY),
    ],
)
def test_spreadsheet_date_cells_keep_the_precision_their_format_shows(
    value, number_format: str, text: str, precision: str
) -> None:
    shown = date_from_cell_value(value, number_format)
    assert shown == text
    assert read_date(shown, TODAY).precision == precision
