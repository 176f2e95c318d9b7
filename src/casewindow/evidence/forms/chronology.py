"""Forms for importing an agency chronology: the upload, and the choice of which column holds
what. Checking the file itself is the service's job (it reads the content, not the name)."""

from typing import Any

from django import forms
from django.template.defaultfilters import filesizeformat

from casewindow.evidence.importing.columns import FIELD_CHOICES, IGNORE
from casewindow.evidence.services.chronology_import import max_upload_bytes
from casewindow.forms import GovukForm, GovukFormMixin, offer
from casewindow.reviews.models import Agency, Review


class ChronologyUploadForm(GovukForm):
    agency = forms.ModelChoiceField(
        label="Which agency's chronology is this?",
        queryset=Agency.objects.none(),
        empty_label="Choose an agency",
        error_messages={
            "required": "Select the agency whose chronology this is",
            "invalid_choice": "Select one of the review's agencies",
        },
    )
    file = forms.FileField(
        label="Chronology file",
        help_text="A CSV file, an Excel workbook (.xlsx) or a Word document (.docx) with the "
        "chronology in a table.",
        error_messages={
            "required": "Select the chronology file",
            "empty": "The selected file is empty (0 bytes)",
            "invalid": "Select the chronology file",
        },
    )

    allow_duplicate = forms.BooleanField(
        label="Import it even if this file was imported before",
        required=False,
        help_text="Only if the same file really is meant to be imported twice.",
    )

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        offer(self, "agency", review.agencies.order_by("name"), to_field_name="uuid")
        self.fields["file"].widget.attrs["accept"] = ".csv,.txt,.xlsx,.docx"

    def clean_agency(self) -> Agency:
        agency: Agency = self.cleaned_data["agency"]
        return agency

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        limit = max_upload_bytes()
        if upload.size > limit:
            raise forms.ValidationError(
                f"The selected file is {filesizeformat(upload.size)}: it must be smaller than "
                f"{filesizeformat(limit)}"
            )
        return upload


class _ColumnChoices(forms.Form):
    """Builds one choice per column heading, before GovukFormMixin styles the fields."""

    def __init__(
        self,
        *args: Any,
        headings: list[str],
        mapping: dict[str, str],
        examples: dict[str, str],
        agency_name: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.headings = headings
        for index, heading in enumerate(headings):
            example = examples.get(heading, "")
            self.fields[f"column_{index}"] = forms.ChoiceField(
                label=f"Column “{heading}”",
                choices=FIELD_CHOICES,
                initial=mapping.get(heading, IGNORE),
                help_text=f"For example: {example}" if example else "Empty in the first rows",
                error_messages={
                    "required": f"Select what column “{heading}” holds",
                    "invalid_choice": f"Select what column “{heading}” holds",
                },
            )
        self.fields["save_mapping"] = forms.BooleanField(
            label=f"Save these choices for {agency_name}",
            required=False,
            help_text="Its next chronology with these column headings will start with these "
            "choices.",
        )


class ChronologyMappingForm(GovukFormMixin, _ColumnChoices):
    """Which field each column holds, and whether to remember the choices for the agency."""

    def mapping(self) -> dict[str, str]:
        return {
            heading: self.cleaned_data[f"column_{i}"] for i, heading in enumerate(self.headings)
        }
