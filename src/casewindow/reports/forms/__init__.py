"""Forms for the report: a free-text section, and asking for an export."""

from typing import Any

from django import forms

from casewindow.forms import GovukForm, field_of
from casewindow.reports import hooks
from casewindow.reports.models import ExportFormat
from casewindow.reviews.models import Review

MAX_SECTION_LENGTH = 30_000


class ReportSectionForm(GovukForm):
    # The version the editor opened (0: not written yet), for optimistic locking.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    body = forms.CharField(
        label="Text",
        required=False,
        max_length=MAX_SECTION_LENGTH,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 14}),
    )

    def __init__(self, *args: Any, hint: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["body"].help_text = (
            f"{hint} Leave a blank line between paragraphs. Start a line with a dash and a "
            "space (“- ”) for a bullet point."
        ).strip()
        self.fields["body"].widget.attrs["aria-describedby"] = f"{self['body'].auto_id}-hint"


class ExportRequestForm(GovukForm):
    required_messages = {
        "format": "Select the format of the file: Word, PDF or web page",
    }
    format = forms.ChoiceField(
        label="Format",
        choices=ExportFormat.choices,
        widget=forms.RadioSelect,
        help_text="Word for the partnership to edit and file; PDF to print or publish; "
        "a web page to read on screen.",
    )


class PublicationExportForm(GovukForm):
    """Making the publication (anonymised) version; the page gives it the prefix "publication"
    so it can sit beside the working-copy form."""

    required_messages = {
        "format": "Select the format of the publication version",
    }

    format = forms.ChoiceField(
        label="Format of the publication version",
        # Worded apart from the working-copy choices on the same page.
        choices=[
            ("docx", "Publication version as Word (DOCX)"),
            ("pdf", "Publication version as PDF"),
            ("html", "Publication version as a web page (HTML)"),
        ],
        widget=forms.RadioSelect,
        help_text="Every candidate on the publication check must be decided first. The file is "
        "checked once more for personal data after it is made.",
    )
    source = forms.ChoiceField(
        label="Make it from",
        required=False,
        choices=[("report", "The working report")],
        initial="report",
        help_text="The working report as it stands now, or a draft as it was made.",
        error_messages={"invalid_choice": "Choose the working report or one of the drafts"},
    )

    def __init__(self, *args: Any, review: Review | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if review is not None:
            # The anonymisation app's list: the working report and the drafts (reports/hooks.py).
            field_of(self, "source", forms.ChoiceField).choices = hooks.publication_sources.get()(
                review
            )
