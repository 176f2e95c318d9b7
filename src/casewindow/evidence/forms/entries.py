"""Forms for correcting or adding a chronology entry by hand. The form carries the entry's
`version` as it was opened, for optimistic locking; reading the date is the service's job."""

from typing import Any

from django import forms

from casewindow.evidence.models import ChronologyEntry
from casewindow.evidence.services.chronology_entries import EntryValues
from casewindow.forms import GovukForm, offer
from casewindow.reviews.models import Agency, Review


class EntryForm(GovukForm):
    agency = forms.ModelChoiceField(
        label="Agency",
        queryset=Agency.objects.none(),
        empty_label="Choose an agency",
        error_messages={
            "required": "Select the agency whose record this is",
            "invalid_choice": "Select one of the review's agencies",
        },
    )
    date_text = forms.CharField(
        label="Date",
        max_length=100,
        help_text="Day first, as agencies write it: 12/03/2024, March 2024, 2024, "
        "early June 2024, w/c 3/6/24.",
        error_messages={"required": "Enter the date"},
    )
    approximate = forms.BooleanField(
        label="The date is approximate", required=False, help_text="About this date, not exactly."
    )
    time = forms.TimeField(
        label="Time (optional)",
        required=False,
        help_text="24-hour clock, for example 14:30.",
        input_formats=["%H:%M", "%H.%M", "%H%M", "%H:%M:%S"],
        error_messages={"invalid": "Enter the time as hours and minutes, for example 14:30"},
    )
    description = forms.CharField(
        label="What happened",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Enter what happened"},
    )
    action = forms.CharField(
        label="Action or outcome", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    source = forms.CharField(label="Source or author", required=False, max_length=300)
    people_text = forms.CharField(label="People named", required=False, max_length=500)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(
        self, *args: Any, review: Review, entry: ChronologyEntry | None = None, **kwargs: Any
    ) -> None:
        if entry is not None:
            kwargs.setdefault(
                "initial",
                {
                    "date_text": entry.date_text,
                    "approximate": entry.date_precision == "approximate",
                    "time": entry.time,
                    "description": entry.description,
                    "action": entry.action,
                    "source": entry.source,
                    "people_text": entry.people_text,
                    "version": entry.version,
                },
            )
        super().__init__(*args, **kwargs)
        if entry is not None:
            del self.fields["agency"]  # an entry stays with its agency
        else:
            offer(self, "agency", review.agencies.order_by("name"), to_field_name="uuid")

    def values(self) -> EntryValues:
        data = self.cleaned_data
        return EntryValues(
            date_text=data["date_text"],
            description=data["description"],
            time=data.get("time"),
            approximate=bool(data.get("approximate")),
            action=data.get("action", ""),
            source=data.get("source", ""),
            people_text=data.get("people_text", ""),
        )


class VersionForm(forms.Form):
    """A confirmation (remove, out of scope) that states the version it was shown for."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
