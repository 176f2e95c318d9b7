"""The integrated chronology's standard date column: one form, whatever the agency wrote."""

import pytest

from casewindow.evidence.importing.dates import date_standard, read_date


@pytest.mark.parametrize(
    ("written", "standard"),
    [
        ("12/03/2024", "12 Mar 2024"),
        ("12/03/2024 14:30", "12 Mar 2024"),
        ("March 2024", "Mar 2024"),
        ("2024", "2024"),
        ("early June 2024", "early Jun 2024 (approx.)"),
        ("mid June 2024", "mid Jun 2024 (approx.)"),
        ("late February 2024", "late Feb 2024 (approx.)"),
        ("c. 12/03/2024", "12 Mar 2024 (approx.)"),
        ("approx March 2024", "Mar 2024 (approx.)"),
        ("w/c 3/6/24", "3–9 Jun 2024 (approx.)"),
        ("Spring 2024", "Mar – May 2024 (approx.)"),
        ("Winter 2023", "Dec 2023 – Feb 2024 (approx.)"),
        ("28/05/2024 - 03/06/2024", "28 May – 3 Jun 2024 (approx.)"),
        ("not known", ""),
    ],
)
def test_every_kind_of_written_date_has_one_standard_form(written: str, standard: str) -> None:
    read = read_date(written)
    assert date_standard(read.start, read.end, read.precision) == standard
