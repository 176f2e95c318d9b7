from typing import Any

from django import forms

from casewindow.forms import GovukForm
from casewindow.reviews.models import ReviewType


class NationalReviewForm(GovukForm):
    required_messages = {
        "reference": "Enter the review's reference",
        "source": "Enter the partnership or body that published the review",
        "year": "Enter the year the review was published",
        "review_type": "Select the type of review",
    }

    reference = forms.CharField(label="Reference", max_length=60)
    source = forms.CharField(label="Partnership or body that published it", max_length=200)
    year = forms.IntegerField(
        label="Year", min_value=1990, max_value=2100, help_text="For example, 2024"
    )
    review_type = forms.ChoiceField(label="Type of review", choices=ReviewType.choices)
    summary = forms.CharField(label="Summary", required=False, widget=forms.Textarea)
    link = forms.URLField(
        label="Link to the published report", required=False, max_length=500, assume_scheme="https"
    )
    findings = forms.CharField(
        label="Findings",
        required=False,
        widget=forms.Textarea,
        help_text="One finding a line. Start a line with a pattern area's key and a colon to "
        "file it there, for example: human-reasoning: Optimism about a parent's capacity…",
    )
    recommendations = forms.CharField(
        label="Recommendations",
        required=False,
        widget=forms.Textarea,
        help_text="One recommendation a line; start with 1:, 2: or 3: to give its kind.",
    )


class NationalImportForm(GovukForm):
    required_messages = {"file": "Choose a CSV or JSON file of reviews"}

    file = forms.FileField(
        label="CSV, JSON or anonymised archive",
        help_text="The format is in docs/learning.md (and below). An anonymised archive (.zip) "
        "is what another Casewindow writes with `export_review --anonymised`.",
    )


class AnnualReportForm(GovukForm):
    """The year and the kind of file of the annual learning report, asked for by POST: it is
    made in the background and kept for its maker to download."""

    required_messages = {
        "year": "Select the year the report is for",
        "file_format": "Select whether you want a Word document or a PDF",
    }

    year = forms.TypedChoiceField(label="Year", coerce=int, choices=())
    file_format = forms.ChoiceField(
        label="Kind of file",
        widget=forms.RadioSelect,
        choices=(("docx", "Word document (DOCX)"), ("pdf", "PDF")),
    )

    def __init__(self, *args: Any, years: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        year = self.fields["year"]
        assert isinstance(year, forms.TypedChoiceField)
        year.choices = [(y, str(y)) for y in years]
