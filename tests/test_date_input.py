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
    assert _clean("14", "Ja", "2025") == ["Date of the conversation must be a real date"]
    assert _clean("14", "Smarch", "2025") != datetime.date(2025, 3, 14)


def test_the_form_shows_back_what_was_understood() -> None:
    form = _DateForm({"when_day": "14", "when_month": "Jan", "when_year": "2025"})
    assert isinstance(form.fields["when"], forms.DateField)
    assert 'value="1"' in str(form["when"])


def _bound(day: str, month: str, year: str) -> tuple[_DateForm, str]:
    form = _DateForm({"when_day": day, "when_month": month, "when_year": year})
    form.is_valid()
    return form, str(form["when"])


def _marked_boxes(html: str) -> list[str]:
    import re

    return [
        box
        for box in ("day", "month", "year")
        if re.search(rf'class="[^"]*govuk-input--error[^"]*"[^>]*name="when_{box}"', html)
        or re.search(rf'name="when_{box}"[^>]*class="[^"]*govuk-input--error', html)
    ]


@pytest.mark.parametrize(
    ("typed", "message", "linked", "marked"),
    [
        (("14", "13", "2025"), "Date of the conversation must be a real date", "when_1", ["month"]),
        (("31", "2", "2024"), "Date of the conversation must be a real date", "when_0", ["day"]),
        (("14", "3", "25"), "Year must include 4 numbers", "when_2", ["year"]),
        (("14", "", "2025"), "Date of the conversation must include a month", "when_1", ["month"]),
        (
            ("", "", "2025"),
            "Date of the conversation must include a day and month",
            "when_0",
            ["day", "month"],
        ),
    ],
)
def test_an_error_in_one_part_of_a_date_points_at_that_part(
    typed: tuple[str, str, str], message: str, linked: str, marked: list[str]
) -> None:
    """GOV.UK's date input: the error summary links to the box that is wrong and only the wrong
    boxes are marked, so a keyboard user lands where the fix is."""
    form, html = _bound(*typed)

    assert form.errors["when"] == [message]
    assert form["when"].id_for_label == f"id_{linked}"
    assert _marked_boxes(html) == marked


def test_an_empty_date_marks_every_box_and_links_to_the_day() -> None:
    class _Required(GovukForm):
        when = GovukDateField(label="Date of the conversation")
        required_messages = {"when": "Enter the date of the conversation"}

    form = _Required({})
    form.is_valid()

    assert form.errors["when"] == ["Enter the date of the conversation"]
    assert form["when"].id_for_label == "id_when_0"
    assert _marked_boxes(str(form["when"])) == ["day", "month", "year"]
