"""Forms of the agreement check: starting a round, a coder's factor, and the settling (one
decision per item, with the effect and explanation to keep)."""

from typing import Any

from django import forms

from casewindow.accounts import access
from casewindow.accounts.models import User
from casewindow.analysis.framework import factor_choices
from casewindow.analysis.models import FactorEffect, KeyPracticeEpisode
from casewindow.analysis.selectors.agreement import AGREED, DIFFERENT_EFFECT, SHARED_ONLY, Item
from casewindow.analysis.services.agreement import EXPLANATION_MAX, Decision
from casewindow.forms import GovukForm, ModelChoiceFieldBase, ModelMultipleChoiceFieldBase, field_of
from casewindow.reviews.models import Review


class _CoderField(ModelChoiceFieldBase):
    def label_from_instance(self, obj: User) -> str:
        return obj.full_name or obj.email


class _EpisodeChoiceField(ModelMultipleChoiceFieldBase):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.number}. {obj.title}"


class AgreementStartForm(GovukForm):
    required_messages = {
        "coder_a": "Select the first coder",
        "coder_b": "Select the second coder",
    }
    coder_a = _CoderField(
        label="First coder",
        queryset=User.objects.none(),
        to_field_name="uuid",
        error_messages={"invalid_choice": "Choose the first coder from the review team"},
    )
    coder_b = _CoderField(
        label="Second coder",
        queryset=User.objects.none(),
        to_field_name="uuid",
        error_messages={"invalid_choice": "Choose the second coder from the review team"},
    )
    episodes = _EpisodeChoiceField(
        label="Key practice episodes to code",
        help_text="All of them unless you untick some",
        queryset=KeyPracticeEpisode.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Select at least one key practice episode",
            "invalid_choice": "Select key practice episodes of this review",
            "invalid_pk_value": "Select key practice episodes of this review",
        },
    )

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        episodes = KeyPracticeEpisode.objects.alive().filter(review=review).order_by("number")
        kwargs.setdefault("initial", {"episodes": list(episodes)})
        super().__init__(*args, **kwargs)
        team = access.review_team_users(review).order_by("full_name", "email")
        field_of(self, "coder_a", forms.ModelChoiceField).queryset = team
        field_of(self, "coder_b", forms.ModelChoiceField).queryset = team
        field_of(self, "episodes", forms.ModelChoiceField).queryset = episodes
        field_of(self, "episodes", forms.ModelChoiceField).to_field_name = "uuid"

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        a, b = data.get("coder_a"), data.get("coder_b")
        if a is not None and b is not None and a.pk == b.pk:
            self.add_error("coder_b", "Choose a second coder who is not the first coder")
        return data


class AgreementCodeForm(GovukForm):
    required_messages = {
        "node_key": "Select the contributory factor",
        "effect": "Select whether the factor helped or hindered practice",
        "explanation": "Enter a short explanation of how the factor affected practice",
    }
    node_key = forms.ChoiceField(
        label="Contributory factor",
        help_text="From the Learning Together framework, grouped by area",
    )
    effect = forms.ChoiceField(
        label="Did it help or hinder?", choices=FactorEffect.choices, widget=forms.RadioSelect
    )
    explanation = forms.CharField(
        label="Short explanation",
        max_length=EXPLANATION_MAX,
        help_text="How this factor shaped the practice in this episode",
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, version: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_of(self, "node_key", forms.ChoiceField).choices = [
            ("", "Choose a contributory factor"),
            *factor_choices(version),
        ]


KEEP, LEAVE_OUT = "keep", "leave"


def _default_explanation(item: Item) -> str:
    texts = [f.explanation.strip() for f in (item.a, item.b, item.shared) if f is not None]
    unique = list(dict.fromkeys(t for t in texts if t))
    return "\n\n".join(unique)


class AgreementSettleForm(GovukForm):
    """One decision, effect and explanation per item (fields `decision_<n>`, `effect_<n>`,
    `explanation_<n>`), plus the round's version and the item keys it was opened with."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    items: list[Item] = []

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        for item in self.items:
            n = item.index
            if data.get(f"key_{n}", item.key) != item.key:
                raise forms.ValidationError(
                    "The codings or the shared coding changed while you were settling: check "
                    "the decisions again"
                )
            if data.get(f"decision_{n}") != KEEP:
                continue
            if not data.get(f"effect_{n}"):
                self.add_error(f"effect_{n}", f"Choose the effect of “{item.label}”")
            if not (data.get(f"explanation_{n}") or "").strip():
                self.add_error(f"explanation_{n}", f"Enter an explanation for “{item.label}”")
        return data

    def rows(self) -> list[tuple[Item, Any, Any, Any, Any]]:
        """(item, key, decision, effect, explanation) bound fields, for the template."""
        return [
            (
                item,
                self[f"key_{item.index}"],
                self[f"decision_{item.index}"],
                self[f"effect_{item.index}"],
                self[f"explanation_{item.index}"],
            )
            for item in self.items
        ]

    def decisions(self) -> list[Decision]:
        data = self.cleaned_data
        return [
            Decision(
                key=item.key,
                keep=data.get(f"decision_{item.index}") == KEEP,
                effect=data.get(f"effect_{item.index}") or "",
                explanation=(data.get(f"explanation_{item.index}") or "").strip(),
            )
            for item in self.items
        ]


def _item_fields(item: Item) -> dict[str, forms.Field]:
    n = item.index
    return {
        f"key_{n}": forms.CharField(widget=forms.HiddenInput, required=False),
        f"decision_{n}": forms.ChoiceField(
            label="Keep it in the shared coding?",
            choices=[(KEEP, "Keep in the shared coding"), (LEAVE_OUT, "Leave out")],
            widget=forms.RadioSelect,
            error_messages={"required": f"Choose whether to keep “{item.label}”"},
        ),
        f"effect_{n}": forms.ChoiceField(
            label="Effect in the shared coding",
            choices=FactorEffect.choices,
            widget=forms.RadioSelect,
            required=False,
        ),
        f"explanation_{n}": forms.CharField(
            label="Explanation for the shared coding",
            max_length=EXPLANATION_MAX,
            required=False,
            widget=forms.Textarea(attrs={"rows": 3}),
        ),
    }


def settle_form(data: Any, *, items: list[Item], version: int) -> AgreementSettleForm:
    """The settling form for these items (its fields depend on them), bound to `data` if
    given, else filled with the defaults: agreements kept, each coder's effect and the
    explanations of both coders."""
    fields: dict[str, Any] = {"items": items}
    initial: dict[str, Any] = {"version": version}
    for item in items:
        fields.update(_item_fields(item))
        n = item.index
        initial[f"key_{n}"] = item.key
        if item.kind in (AGREED, SHARED_ONLY):
            initial[f"decision_{n}"] = KEEP
        if item.kind != DIFFERENT_EFFECT:
            source = item.a or item.b or item.shared
            initial[f"effect_{n}"] = source.effect if source else ""
        initial[f"explanation_{n}"] = _default_explanation(item)
    form_class: type[AgreementSettleForm] = type(
        "AgreementSettleItemsForm", (AgreementSettleForm,), fields
    )
    return form_class(data, initial=initial)
