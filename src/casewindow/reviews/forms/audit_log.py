from typing import Any

from django import forms

from casewindow.forms import GovukDateField, GovukForm, field_of
from casewindow.reviews.models import Review


class AuditFilterForm(GovukForm):
    actor = forms.ChoiceField(label="Person", required=False)
    date_from = GovukDateField(label="From", required=False)
    date_to = GovukDateField(label="To", required=False)

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        people = review.memberships.select_related("user").order_by("user__full_name")
        field_of(self, "actor", forms.ChoiceField).choices = [("", "Everyone")] + [
            (str(m.user.pk), f"{m.user.full_name} ({m.user.email})") for m in people
        ]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "‘To’ must be the same as or after ‘From’")
        return data
