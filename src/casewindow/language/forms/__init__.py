import re
from typing import Any

from django import forms

from casewindow.forms import GovukForm, GovukModelForm
from casewindow.language.engine import RulesError, phrase_pattern
from casewindow.language.models import CATEGORY_CHOICES, PartnershipRule

CONTEXT_KEY = re.compile(r"^[a-z][a-z-]*(?::[A-Za-z0-9_.-]+){1,4}$")


class PartnershipRuleForm(GovukModelForm):
    required_messages = {
        "phrase": "Enter the phrase to flag",
        "category": "Select the category of the phrase",
        "explanation": "Enter why the phrase is flagged",
        "prompt": "Enter a question that helps the writer put it another way",
    }
    category = forms.ChoiceField(
        label="Category", choices=CATEGORY_CHOICES, widget=forms.RadioSelect, initial="judgement"
    )

    class Meta:
        model = PartnershipRule
        fields = ["phrase", "category", "explanation", "prompt", "active"]
        labels = {
            "phrase": "Phrase to flag",
            "explanation": "Explanation",
            "prompt": "Reframing prompt",
            "active": "Flag this phrase in the partnership's reviews",
        }
        widgets = {"explanation": forms.Textarea(attrs={"rows": 3})}

    def clean_phrase(self) -> str:
        phrase = " ".join(self.cleaned_data["phrase"].split())
        if sum(ch.isalpha() for ch in phrase) < 2:
            raise forms.ValidationError("Enter a phrase of at least two letters")
        try:
            phrase_pattern(phrase)
        except RulesError as error:
            raise forms.ValidationError(str(error)) from None
        return phrase


class SwitchOffForm(GovukForm):
    reason = forms.CharField(
        label="Why should this rule not apply in your partnership's reviews?",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": "Enter why the rule should be switched off"},
    )


class DismissForm(GovukForm):
    """Dismissing one flag. The hidden fields say which flag; the reason is required."""

    context = forms.CharField(widget=forms.HiddenInput, max_length=200)
    rule = forms.CharField(widget=forms.HiddenInput, max_length=80)
    phrase = forms.CharField(widget=forms.HiddenInput, max_length=200)
    sentence = forms.CharField(widget=forms.HiddenInput, max_length=20000)
    next = forms.CharField(widget=forms.HiddenInput, max_length=500, required=False)
    reason = forms.CharField(
        label="Why does this flag not apply?",
        help_text="For example: the words are quoted from a practitioner, or they are factual",
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        error_messages={"required": "Enter why the flag does not apply"},
    )

    def __init__(self, *args: Any, rule_ids: set[str], **kwargs: Any) -> None:
        self.rule_ids = rule_ids
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        hidden = ("context", "rule", "phrase", "sentence", "next")
        lost = any(name in self.errors for name in hidden)
        for name in hidden:
            self.errors.pop(name, None)  # the user cannot fix these: one message says so
        if (
            lost
            or not CONTEXT_KEY.match(data.get("context", ""))
            or data.get("rule") not in self.rule_ids
            or data.get("phrase", "").casefold()
            not in " ".join(data.get("sentence", "").split()).casefold()
        ):
            raise forms.ValidationError(
                "This flag could not be found: go back to the text and try again"
            )
        return data
