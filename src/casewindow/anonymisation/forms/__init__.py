from typing import Any

from django import forms

from casewindow.anonymisation.models import Category, DecisionKind
from casewindow.forms import GovukForm, field_of


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
        super().clean()
        data = self.cleaned_data
        if data.get("decision") == DecisionKind.KEEP and not data.get("reason", "").strip():
            self.add_error("reason", "Enter why this text can stay in the publication version")
        if data.get("decision") == DecisionKind.REPLACE and not data.get("replacement", "").strip():
            self.add_error("replacement", "Enter the label to use instead")
        return data


class BulkDecisionForm(GovukForm):
    """One answer for several unresolved candidates at once: replace each (with one label, or
    with each one's suggested label) or keep them all for one reason. Each chosen candidate
    comes as "CATEGORY:text" (the category never holds a colon)."""

    candidates = forms.MultipleChoiceField(
        label="Candidates",
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Select the candidates this decision is for",
            "invalid_choice": (
                "One of the selected candidates has been decided meanwhile or is no longer in "
                "the report: check the list and choose again"
            ),
        },
    )
    decision = forms.ChoiceField(
        label="Decision for the selected candidates",
        choices=[
            (DecisionKind.REPLACE, "Replace them with a label"),
            (DecisionKind.KEEP, "Keep them as written"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether to replace or keep the selected candidates"},
    )
    replacement = forms.CharField(
        label="Replace with",
        max_length=100,
        required=False,
        help_text="Leave empty to give each its suggested label (shown in the table)",
    )
    reason = forms.CharField(
        label="Reason for keeping them",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Needed when you keep them: for example “towns, not people”",
    )

    def __init__(self, *args: Any, suggestions: dict[str, str], **kwargs: Any) -> None:
        """`suggestions`: "CATEGORY:text" of each unresolved candidate → its suggested label."""
        super().__init__(*args, **kwargs)
        self.suggestions = suggestions
        field_of(self, "candidates", forms.ChoiceField).choices = [
            (value, value) for value in suggestions
        ]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("decision") == DecisionKind.KEEP and not data.get("reason", "").strip():
            self.add_error("reason", "Enter why these texts can stay in the publication version")
        if data.get("decision") == DecisionKind.REPLACE and not data.get("replacement", "").strip():
            missing = [v for v in data.get("candidates", []) if not self.suggestions.get(v)]
            if missing:
                self.add_error(
                    "replacement", "Enter the label to use: some selected have no suggested label"
                )
        return data

    def decisions(self) -> list[tuple[str, str, str]]:
        """(text, category, replacement) for each chosen candidate."""
        replacement = self.cleaned_data.get("replacement", "").strip()
        chosen = []
        for value in self.cleaned_data["candidates"]:
            category, text = value.split(":", 1)
            chosen.append((text, category, replacement or self.suggestions[value]))
        return chosen
