"""The token form of the account pages."""

from typing import Any

from django import forms

from casewindow.accounts.models import User
from casewindow.api.models import TokenAccess
from casewindow.api.services.tokens import LIFETIMES
from casewindow.forms import GovukForm
from casewindow.reviews.models import Review

ALL_REVIEWS = "all"


class TokenForm(GovukForm):
    required_messages = {
        "name": "Enter what the token is for, like “Case management system export”",
        "access": "Select what the token may do",
        "scope": "Select which reviews the token opens",
        "lifetime": "Select how long the token lasts",
    }
    name = forms.CharField(
        label="What is the token for?",
        max_length=100,
        help_text="A name to tell it apart from your other tokens",
    )
    access = forms.ChoiceField(
        label="What may the token do?",
        choices=TokenAccess.choices,
        widget=forms.RadioSelect,
        help_text="Never more than your role in each review allows",
    )
    scope = forms.ChoiceField(label="Which reviews does it open?", widget=forms.Select)
    lifetime = forms.TypedChoiceField(
        label="How long does it last?",
        choices=[(days, f"{days} days") for days in LIFETIMES],
        coerce=int,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reviews = {
            review.reference: review
            for review in Review.objects.filter(memberships__user=user).order_by("reference")
        }
        scope = self.fields["scope"]
        assert isinstance(scope, forms.ChoiceField)
        scope.choices = [
            ("", "Choose which reviews it opens"),
            (ALL_REVIEWS, "Every review I am a member of"),
            *((ref, f"{ref}: {review.title}") for ref, review in self.reviews.items()),
        ]

    def chosen_review(self) -> Review | None:
        return self.reviews.get(self.cleaned_data["scope"])
