from typing import Any

from django import forms

from casewindow.anonymisation.models import Category, DecisionKind
from casewindow.forms import GovukForm


class DecisionForm(GovukForm):
    """The reviewer's answer for one candidate: replace it with a label, or keep it and say
    why. The candidate's text and category come with the form (hidden)."""

    text = forms.CharField(max_length=300, widget=forms.HiddenInput)
    category = forms.ChoiceField(choices=Category.choices, widget=forms.HiddenInput)
    decision = forms.ChoiceField(
        label="Decision",
        choices=[
            (DecisionKind.REPLACE, "Replace it with a label"),
            (DecisionKind.KEEP, "Keep it as written"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether to replace or keep this text"},
    )
    replacement = forms.CharField(
        label="Replace with",
        max_length=100,
        required=False,
        help_text="For example “Child J”, “Mother”, “[school]”",
    )
    reason = forms.CharField(
        label="Reason for keeping it",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Needed when you keep it: for example “a town, not a person”",
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("decision") == DecisionKind.KEEP and not data.get("reason", "").strip():
            self.add_error("reason", "Enter why this text can stay in the publication version")
        if data.get("decision") == DecisionKind.REPLACE and not data.get("replacement", "").strip():
            self.add_error("replacement", "Enter the label to use instead")
        return data
