"""Forms for coding excerpts: the passage (typed or pasted, or chosen by selecting the text when
JavaScript runs), the memo and the codes."""

from typing import Any

from django import forms

from casewindow.analysis.framework import factor_choices, factor_nodes
from casewindow.analysis.models import ExcerptSource, Finding, KeyPracticeEpisode
from casewindow.forms import GovukForm, GovukGroupedCheckboxes, field_of, offer
from casewindow.reviews.models import Review


class _CodesMixin(forms.Form):
    memo = forms.CharField(
        label="Memo",
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Why this passage matters: what it shows, and any question it raises",
    )
    factor_keys = forms.MultipleChoiceField(
        label="Contributory factors",
        required=False,
        help_text="Tick every factor this passage is evidence of, under its layer",
        widget=GovukGroupedCheckboxes,
    )
    episodes = forms.ModelMultipleChoiceField(
        label="Key practice episodes",
        required=False,
        queryset=KeyPracticeEpisode.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    findings = forms.ModelMultipleChoiceField(
        label="Findings",
        required=False,
        queryset=Finding.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )

    def _set_choices(self, review: Review) -> None:
        field_of(self, "factor_keys", forms.MultipleChoiceField).choices = factor_choices()
        episodes = KeyPracticeEpisode.objects.alive().filter(review=review)
        findings = Finding.objects.alive().filter(review=review)
        offer(self, "episodes", episodes)
        offer(self, "findings", findings)
        if not episodes.exists():
            del self.fields["episodes"]
        if not findings.exists():
            del self.fields["findings"]


class ExcerptCodeForm(_CodesMixin, GovukForm):
    passage = forms.CharField(
        label="Passage",
        max_length=20_000,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Select the passage in the text above, or copy it here exactly as written",
        error_messages={"required": "Enter the passage to code, or select it in the text"},
    )
    occurrence = forms.IntegerField(
        label="Which occurrence (optional)",
        required=False,
        min_value=1,
        max_value=10_000,
        help_text="If the passage appears more than once, 2 means the second time, and so on",
    )
    start = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)

    field_order = ["passage", "occurrence", "memo", "factor_keys", "episodes", "findings"]

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._set_choices(review)


class ExcerptEditForm(_CodesMixin, GovukForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    @staticmethod
    def initial_for(excerpt: Any) -> dict[str, Any]:
        return {
            "version": excerpt.version,
            "memo": excerpt.memo,
            "factor_keys": excerpt.factor_keys,
            "episodes": list(excerpt.episodes.alive()),
            "findings": list(excerpt.findings.alive()),
        }

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._set_choices(review)


class ExcerptFilterForm(GovukForm):
    SOURCE_CHOICES = [("", "Any source"), *ExcerptSource.choices]

    factor = forms.ChoiceField(label="Contributory factor or layer", required=False)
    episode = forms.ChoiceField(label="Key practice episode", required=False)
    finding = forms.ChoiceField(label="Finding", required=False)
    source = forms.ChoiceField(label="Source", required=False, choices=SOURCE_CHOICES)

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_of(self, "factor", forms.ChoiceField).choices = [
            ("", "Any factor"),
            *factor_choices(),
        ]
        field_of(self, "episode", forms.ChoiceField).choices = [
            ("", "Any episode"),
            *[
                (str(e.uuid), str(e))
                for e in KeyPracticeEpisode.objects.alive().filter(review=review)
            ],
        ]
        field_of(self, "finding", forms.ChoiceField).choices = [
            ("", "Any finding"),
            *[
                (str(f.uuid), f"Finding {f.number}: {f.statement[:80]}")
                for f in Finding.objects.alive().filter(review=review)
            ],
        ]

    @staticmethod
    def known_factor(key: str) -> bool:
        return key in factor_nodes()
