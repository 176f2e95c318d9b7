from typing import Any

from django import forms
from django.db.models import QuerySet

from casewindow.accounts.models import Partnership
from casewindow.concurrency import OpenedAsField
from casewindow.forms import (
    GovukDateField,
    GovukForm,
    GovukModelForm,
    choices_of,
    field_of,
)
from casewindow.reviews.models import (
    Agency,
    Person,
    Review,
    ReviewType,
    reference_validator,
)

KEY_DATE_ORDER = (
    (
        "incident_date",
        "notification_date",
        "The date notified to the national panel must be the same as or after the incident",
    ),
    (
        "notification_date",
        "rapid_review_date",
        "The date of the rapid review must be the same as or after the notification",
    ),
    (
        "notification_date",
        "commissioned_date",
        "The date the review was commissioned must be the same as or after the notification",
    ),
    (
        "commissioned_date",
        "target_publication_date",
        "The target publication date must be after the review was commissioned",
    ),
)


class ReviewDetailsForm(GovukModelForm):
    required_messages = {
        "title": "Enter the review's title",
        "review_type": "Select the type of review",
    }
    opened_as = OpenedAsField()
    scope_start = GovukDateField(
        label="Scope period start", required=False, help_text="For example, 1 3 2024"
    )
    scope_end = GovukDateField(label="Scope period end", required=False)
    incident_date = GovukDateField(label="Date of serious incident", required=False)
    notification_date = GovukDateField(label="Date notified to the national panel", required=False)
    rapid_review_date = GovukDateField(label="Date of rapid review", required=False)
    commissioned_date = GovukDateField(label="Date review commissioned", required=False)
    target_publication_date = GovukDateField(label="Target publication date", required=False)

    class Meta:
        model = Review
        fields = [
            "title",
            "review_type",
            "scope_start",
            "scope_end",
            "summary",
            "terms_of_reference",
            "incident_date",
            "notification_date",
            "rapid_review_date",
            "commissioned_date",
            "target_publication_date",
        ]
        widgets = {
            "review_type": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 4}),
            "terms_of_reference": forms.Textarea(attrs={"rows": 8}),
        }
        labels = {"title": "Title", "review_type": "Type of review"}

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        start, end = data.get("scope_start"), data.get("scope_end")
        if start and end and start > end:
            self.add_error("scope_end", "Scope period end must be the same as or after the start")
        # The statutory clock counts from these dates: each must follow the one before it.
        for earlier, later, message in KEY_DATE_ORDER:
            first, then = data.get(earlier), data.get(later)
            if first and then and first > then:
                self.add_error(later, message)
        return data

    def _post_clean(self) -> None:
        # Model validation is run by the service; here only the form's own checks apply.
        pass


class ReviewCreateForm(ReviewDetailsForm):
    required_messages = {
        "reference": "Enter a reference for the review, for example LCSPR-2025-04",
        "partnership": "Select the partnership the review belongs to",
        "title": "Enter the review's title",
        "review_type": "Select the type of review",
    }
    reference = forms.CharField(
        label="Reference",
        max_length=40,
        validators=[reference_validator],
        help_text="A short code used in links and file names, for example LCSPR-2025-04",
    )
    partnership: "forms.ModelChoiceField[Partnership]" = forms.ModelChoiceField(
        queryset=None, label="Partnership", empty_label=None
    )

    # A new review has nothing to compare with. (None removes an inherited declared field,
    # as Django documents; the stubs only allow a Field.)
    opened_as = None  # type: ignore[assignment]

    class Meta(ReviewDetailsForm.Meta):
        fields = ["reference", "partnership", *ReviewDetailsForm.Meta.fields]

    def __init__(self, *args: Any, partnerships: QuerySet[Partnership], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_of(self, "partnership", forms.ModelChoiceField).queryset = partnerships
        self.order_fields(["partnership", "reference", "title", "review_type"])
        self.fields["review_type"].initial = ReviewType.LEARNING_TOGETHER

    def clean_reference(self) -> str:
        reference: str = self.cleaned_data["reference"].strip().upper()
        existing = Review.objects.filter(reference=reference).first()
        if existing is not None:
            # References are unique across Casewindow (they are the reviews' addresses), so a
            # reference another partnership uses cannot be used here either; the answer must
            # not tell whether that is so (docs/security.md, "Existence leaks").
            partnerships = field_of(self, "partnership", forms.ModelChoiceField).queryset
            self.reference_used_elsewhere = (
                partnerships is None or not partnerships.filter(pk=existing.partnership_id).exists()
            )
            raise forms.ValidationError(reference_unavailable(reference))
        return reference


def reference_unavailable(reference: str) -> str:
    return (
        f"Reference {reference} cannot be used. Choose another, for example with your "
        "partnership's initials in it"
    )


class ResearchQuestionForm(GovukForm):
    required_messages = {
        "text": "Enter the research question",
    }
    opened_as = OpenedAsField()
    text = forms.CharField(
        label="Research question", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )


class AgencyForm(GovukModelForm):
    required_messages = {
        "name": "Enter the agency's name",
        "kind": "Select the kind of agency",
    }
    opened_as = OpenedAsField()

    class Meta:
        model = Agency
        fields = ["name", "kind", "publication_label", "contact"]
        labels = {
            "name": "Name",
            "kind": "Kind of agency",
            "publication_label": "Name in the published report",
        }

    def _post_clean(self) -> None:
        pass


class PersonForm(GovukModelForm):
    required_messages = {
        "real_name": "Enter the person's real name",
        "category": "Select the person's category",
        "publication_label": "Enter the label the report uses for this person, like Child J",
    }
    opened_as = OpenedAsField()
    date_of_birth = GovukDateField(label="Date of birth", required=False)
    aliases_text = forms.CharField(
        label="Other names (aliases)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One per line: nicknames, previous surnames, other spellings",
    )

    class Meta:
        model = Person
        fields = [
            "real_name",
            "aliases_text",
            "category",
            "publication_label",
            "agency",
            "job_title",
            "date_of_birth",
            "notes",
        ]
        widgets = {"category": forms.RadioSelect, "notes": forms.Textarea(attrs={"rows": 3})}
        labels = {
            "real_name": "Real name",
            "publication_label": "Publication label",
            "job_title": "Job title",
        }
        help_texts = {
            "publication_label": (
                "How every published text will refer to them, "
                "for example Child J, Mother, Health Visitor 1"
            ),
            "agency": "For professionals",
            "job_title": "For professionals",
        }

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        agency = field_of(self, "agency", forms.ModelChoiceField)
        agency.queryset = review.agencies.all()
        agency.empty_label = "None"
        category = field_of(self, "category", forms.ChoiceField)
        category.choices = [c for c in choices_of(category) if c[0]]
        if self.instance.pk:
            self.fields["aliases_text"].initial = "\n".join(self.instance.aliases)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        data["aliases"] = [
            a.strip() for a in data.get("aliases_text", "").splitlines() if a.strip()
        ]
        return data

    def _post_clean(self) -> None:
        pass

    def values(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data.pop("aliases_text", None)
        return data


class ConfirmDeleteForm(GovukForm):
    """A deliberate second step before removing anything."""
