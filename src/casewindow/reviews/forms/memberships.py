"""Adding a person to a review and changing their role there (the review's team page)."""

from typing import Any

from django import forms
from django.db.models import QuerySet

from casewindow.accounts.forms import EMAIL_MAX_LENGTH
from casewindow.accounts.models import ReviewRole
from casewindow.forms import GovukForm
from casewindow.reviews.models import Agency, Review


def _agency_choices(field: forms.Field, agencies: QuerySet[Agency]) -> None:
    assert isinstance(field, forms.ModelChoiceField)
    field.queryset = agencies
    field.empty_label = "Not from an agency in this review"


class MembershipAddForm(GovukForm):
    required_messages = {
        "email": "Enter the person's e-mail address",
        "role": "Select the person's role in this review",
    }
    email = forms.EmailField(label="E-mail address", max_length=EMAIL_MAX_LENGTH)
    full_name = forms.CharField(
        label="Full name",
        max_length=200,
        required=False,
        help_text=(
            "Needed only if they do not have a Casewindow account yet; "
            "they will be e-mailed a link to set a password"
        ),
    )
    job_title = forms.CharField(label="Job title", max_length=200, required=False)
    role = forms.ChoiceField(
        choices=ReviewRole.choices, widget=forms.RadioSelect, label="Role in this review"
    )
    agency: forms.ModelChoiceField[Agency] = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label="Agency",
        help_text="For case group participants: the agency they work for",
    )

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _agency_choices(self.fields["agency"], review.agencies.all())


class MembershipChangeForm(GovukForm):
    required_messages = {
        "role": "Select the person's role in this review",
    }
    role = forms.ChoiceField(
        choices=ReviewRole.choices, widget=forms.RadioSelect, label="Role in this review"
    )
    agency: forms.ModelChoiceField[Agency] = forms.ModelChoiceField(
        queryset=None, required=False, label="Agency"
    )

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _agency_choices(self.fields["agency"], review.agencies.all())
