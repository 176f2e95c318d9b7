"""Forms for the multi-agency narrative. Editing forms carry the hidden `version` the editor
opened, for optimistic locking. Text is Markdown: the page explains the little it needs."""

from typing import Any

from django import forms

from casewindow.analysis.models import AgencyPerspective, NarrativeSection
from casewindow.forms import GovukDateField, GovukForm, field_of
from casewindow.reviews.models import Agency, Review

MAX_TEXT = 100_000
MARKDOWN_HINT = (
    "Start a line with ## for a heading, - for a bulleted list or 1. for a numbered list. "
    "Write a link as [words](https://address). Leave an empty line between paragraphs."
)


class _Versioned(GovukForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)


class SectionForm(_Versioned):
    required_messages = {
        "title": "Enter a title for the section",
    }
    title = forms.CharField(
        label="Title",
        max_length=200,
        help_text="For example “Pregnancy to birth” or “The first referral”",
    )
    period_text = forms.CharField(
        label="Period, as you want it shown",
        max_length=150,
        required=False,
        help_text="For example “March to June 2024”. Leave empty to show the dates below.",
    )
    period_start = GovukDateField(
        label="Start of the period",
        required=False,
        help_text="Used to offer the chronology events of this period. For example, 1 3 2024",
    )
    period_end = GovukDateField(
        label="End of the period", required=False, help_text="For example, 30 6 2024"
    )
    body = forms.CharField(
        label="The narrative of this period",
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 14, "data-markdown-editor": ""}),
        help_text=MARKDOWN_HINT,
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "End of the period must be the same as or after its start")
        return data

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "title": data["title"],
            "period_text": data.get("period_text", ""),
            "period_start": data.get("period_start"),
            "period_end": data.get("period_end"),
            "body": data.get("body", ""),
        }

    @staticmethod
    def initial_for(section: NarrativeSection) -> dict[str, Any]:
        return {
            "version": section.version,
            "title": section.title,
            "period_text": section.period_text,
            "period_start": section.period_start,
            "period_end": section.period_end,
            "body": section.body,
        }


class PerspectiveForm(_Versioned):
    required_messages = {
        "agency": "Select the agency whose perspective this is",
        "body": "Enter the agency's perspective",
    }
    agency = forms.ChoiceField(
        label="Agency",
        help_text="Each agency has one perspective in a section",
        error_messages={
            "invalid_choice": "Choose an agency of the review that has no perspective in this "
            "section yet"
        },
    )
    body = forms.CharField(
        label="The agency's perspective",
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 12, "data-markdown-editor": ""}),
        help_text="How this period looked to the agency's practitioners at the time: what they "
        "knew, what they were weighing up, what they did and why. " + MARKDOWN_HINT,
    )

    def __init__(
        self,
        *args: Any,
        section: NarrativeSection,
        perspective: AgencyPerspective | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.perspective = perspective
        if perspective is not None:
            del self.fields["agency"]
            self.fields["body"].label = f"The perspective of {perspective.agency.name}"
            return
        taken = AgencyPerspective.objects.alive().filter(section=section).values("agency_id")
        self.agencies = {
            str(a.uuid): a
            for a in Agency.objects.filter(review_id=section.review_id)
            .exclude(pk__in=taken)
            .order_by("name")
        }
        field_of(self, "agency", forms.ChoiceField).choices = [
            (key, a.name) for key, a in self.agencies.items()
        ]

    def clean_agency(self) -> Agency:
        return self.agencies[self.cleaned_data["agency"]]

    @staticmethod
    def initial_for(perspective: AgencyPerspective) -> dict[str, Any]:
        return {"version": perspective.version, "body": perspective.body}


class ChronologyFilterForm(GovukForm):
    """Narrows the chronology offered for linking; empty dates mean the section's period."""

    date_from = GovukDateField(label="From", required=False)
    date_to = GovukDateField(label="To", required=False)
    agency = forms.ChoiceField(label="Agency", required=False)
    text = forms.CharField(
        label="Words",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"class": "govuk-input--width-20"}),
    )

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.agencies = {str(a.uuid): a for a in review.agencies.order_by("name")}
        field_of(self, "agency", forms.ChoiceField).choices = [("", "All agencies")] + [
            (key, a.name) for key, a in self.agencies.items()
        ]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "‘To’ must be the same as or after ‘From’")
        return data

    def filters(self) -> dict[str, Any]:
        """The filters from the valid fields (an invalid field filters nothing)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "date_from": data.get("date_from") if "date_from" not in self.errors else None,
            "date_to": data.get("date_to") if "date_to" not in self.errors else None,
            "agency": self.agencies.get(data.get("agency") or ""),
            "text": data.get("text") or "",
        }
