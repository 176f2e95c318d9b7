"""The GOV.UK date input accepts a month written as a name or its short form, as GOV.UK asks:
"Jan", "January", "sept" and "03" all mean a month."""

import datetime

import pytest
from django import forms

from casewindow.forms import GovukDateField, GovukForm, month_number


class _DateForm(GovukForm):
    when = GovukDateField(label="Date of the conversation")


def _clean(day: str, month: str, year: str) -> object:
    form = _DateForm({"when_day": day, "when_month": month, "when_year": year})
    return form.cleaned_data["when"] if form.is_valid() else form.errors["when"]


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("Jan", "1"),
        ("January", "1"),
        ("jan.", "1"),
        ("SEPT", "9"),
        ("Mar", "3"),
        ("may", "5"),
        ("03", "03"),
        ("12", "12"),
    ],
)
def test_month_names_and_short_forms_are_months(typed: str, number: str) -> None:
    assert month_number(typed) == number


def test_a_date_with_the_month_as_a_word_is_accepted() -> None:
    assert _clean("14", "Jan", "2025") == datetime.date(2025, 1, 14)
    assert _clean("3", "September", "2024") == datetime.date(2024, 9, 3)


def test_something_that_is_not_a_month_is_still_refused_in_words() -> None:
    assert _clean("14", "Ja", "2025") == [
        "Date of the conversation must be a real date, with day, month and a 4-digit year"
    ]
    assert _clean("14", "Smarch", "2025") != datetime.date(2025, 3, 14)


def test_the_form_shows_back_what_was_understood() -> None:
    form = _DateForm({"when_day": "14", "when_month": "Jan", "when_year": "2025"})
    assert isinstance(form.fields["when"], forms.DateField)
    assert 'value="1"' in str(form["when"])
