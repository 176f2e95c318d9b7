"""Adding a person to a review and changing their role there (the review's team page)."""

from typing import Any

from django import forms
from django.db.models import QuerySet

from casewindow.accounts.forms import EMAIL_MAX_LENGTH
from casewindow.accounts.models import ReviewRole
from casewindow.concurrency import OpenedAsField
from casewindow.forms import GovukForm
from casewindow.reviews.models import Agency, Review


def _agency_choices(field: forms.Field, agencies: QuerySet[Agency]) -> None:
    assert isinstance(field, forms.ModelChoiceField)
    field.queryset = agencies
    field.empty_label = "Not from an agency in this review"


class MembershipAddForm(GovukForm):
    required_messages = {
        "email": "Enter the person's e-mail address",
        "full_name": "Enter the person's full name",
        "role": "Select the person's role in this review",
    }
    email = forms.EmailField(label="E-mail address", max_length=EMAIL_MAX_LENGTH)
    # Asked whatever the address, so the form never tells whether it has an account
    # (docs/security.md, "Existence leak: adding members to a review").
    full_name = forms.CharField(
        label="Full name",
        max_length=200,
        help_text="They will be e-mailed about the review at this address",
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
    opened_as = OpenedAsField()
    role = forms.ChoiceField(
        choices=ReviewRole.choices, widget=forms.RadioSelect, label="Role in this review"
    )
    agency: forms.ModelChoiceField[Agency] = forms.ModelChoiceField(
        queryset=None, required=False, label="Agency"
    )

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _agency_choices(self.fields["agency"], review.agencies.all())
