"""Forms for key practice episodes and their contributory factors. Every editing form carries
the `version` it was opened at, for optimistic locking."""

from typing import Any

from django import forms
from django.db.models import Q

from casewindow.analysis.framework import factor_choices
from casewindow.analysis.models import (
    Appraisal,
    ContributoryFactor,
    Excerpt,
    FactorEffect,
    KeyPracticeEpisode,
)
from casewindow.analysis.selectors.episodes import (
    event_label,
    events_offered,
    excerpt_source_label,
    factor_excerpt_choices,
)
from casewindow.evidence.models import Conversation
from casewindow.forms import (
    GovukDateField,
    GovukForm,
    GovukModelForm,
    ModelMultipleChoiceFieldBase,
    field_of,
)
from casewindow.reviews.models import Agency, Person, Review


class _EventChoiceField(ModelMultipleChoiceFieldBase):
    def label_from_instance(self, obj: Any) -> str:
        return event_label(obj)


class _ConversationChoiceField(ModelMultipleChoiceFieldBase):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.practitioner.real_name}, {obj.held_on:%-d %B %Y}"


class _PersonChoiceField(ModelMultipleChoiceFieldBase):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.real_name} ({obj.publication_label})"


class EpisodeForm(GovukModelForm):
    required_messages = {
        "title": "Enter a short title for the episode",
        "appraisal": "Select how you appraise practice in this episode",
    }
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    date_start = GovukDateField(
        label="Start date",
        required=False,
        help_text="For example, 15 10 2024",
    )
    date_end = GovukDateField(
        label="End date",
        required=False,
        help_text="Leave empty for a single day",
    )
    agencies = forms.ModelMultipleChoiceField(
        queryset=Agency.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Agencies involved",
    )
    people = _PersonChoiceField(
        queryset=Person.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="People involved",
    )
    conversations = _ConversationChoiceField(
        queryset=Conversation.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Conversations this draws on",
        help_text="Their accounts of how it looked at the time show on the episode's page",
    )
    events = _EventChoiceField(
        queryset=Conversation.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Chronology events",
    )

    class Meta:
        model = KeyPracticeEpisode
        fields = [
            "title",
            "date_start",
            "date_end",
            "date_text",
            "agencies",
            "people",
            "what_happened",
            "conversations",
            "how_it_looked",
            "appraisal",
            "appraisal_good",
            "appraisal_problematic",
            "appraisal_explanation",
            "events",
        ]
        labels = {
            "title": "Title",
            "date_text": "Date or period as written",
            "what_happened": "What happened",
            "how_it_looked": "How it looked to those involved at the time",
            "appraisal": "Appraisal of practice",
            "appraisal_good": "What was good",
            "appraisal_problematic": "What was problematic",
            "appraisal_explanation": "The reviewers' explanation",
        }
        help_texts = {
            "title": "Short and neutral, for example “Referral from ED after head injury”",
            "date_text": "Optional, for example “mid-October 2024” or “over six weeks”",
            "what_happened": "A factual account, from the records and the chronology",
            "appraisal_explanation": "Judged against what was known at the time and the "
            "guidance then in force",
        }
        widgets = {
            "appraisal": forms.RadioSelect,
            "what_happened": forms.Textarea(attrs={"rows": 5}),
            "how_it_looked": forms.Textarea(attrs={"rows": 5}),
            "appraisal_good": forms.Textarea(attrs={"rows": 3}),
            "appraisal_problematic": forms.Textarea(attrs={"rows": 3}),
            "appraisal_explanation": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_of(self, "agencies", forms.ModelChoiceField).queryset = Agency.objects.filter(
            review=review
        ).order_by("name")
        field_of(self, "people", forms.ModelChoiceField).queryset = Person.objects.filter(
            review=review
        ).order_by("real_name")
        field_of(self, "conversations", forms.ModelChoiceField).queryset = (
            Conversation.objects.filter(review=review)
            .select_related("practitioner")
            .order_by("held_on", "pk")
        )
        field_of(self, "events", forms.ModelChoiceField).queryset = events_offered(
            review, self.instance
        )
        field_of(self, "appraisal", forms.ChoiceField).choices = list(Appraisal.choices)
        if self.instance.pk and not self.is_bound:
            self.initial["version"] = self.instance.version

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        start, end = data.get("date_start"), data.get("date_end")
        if start and end and end < start:
            self.add_error("date_end", "End date must be the same as or after the start date")
        return data

    def service_data(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data.pop("version", None)
        return data


class _ExcerptChoiceField(ModelMultipleChoiceFieldBase):
    def label_from_instance(self, obj: Any) -> str:
        quote = " ".join(obj.quote.split())
        quote = quote if len(quote) <= 120 else quote[:119] + "…"
        return f"“{quote}” – {excerpt_source_label(obj)}"


class FactorForm(GovukForm):
    required_messages = {
        "node_key": "Select the contributory factor",
        "effect": "Select whether the factor helped or hindered practice",
        "explanation": "Enter how the factor affected practice, with its evidence",
    }
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    node_key = forms.ChoiceField(
        label="Contributory factor",
        help_text="From the Learning Together framework, grouped by layer",
    )
    effect = forms.ChoiceField(
        label="Did it help or hinder?",
        choices=FactorEffect.choices,
        widget=forms.RadioSelect,
    )
    explanation = forms.CharField(
        label="Explanation",
        help_text="How this factor shaped the practice in this episode, and the evidence",
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    excerpts = _ExcerptChoiceField(
        label="Evidence: coded excerpts",
        queryset=Excerpt.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="The excerpts linked to this episode. Link more on an excerpt’s page.",
    )

    @staticmethod
    def initial_for(factor: ContributoryFactor) -> dict[str, Any]:
        return {
            "version": factor.version,
            "node_key": factor.node_key,
            "effect": factor.effect,
            "explanation": factor.explanation,
            "excerpts": list(factor.excerpts.alive()),
        }

    def __init__(
        self,
        *args: Any,
        factor: ContributoryFactor | None = None,
        episode: KeyPracticeEpisode | None = None,
        **kwargs: Any,
    ):
        unbound = not args or args[0] is None  # posted(request) gives None for a GET
        if factor is not None and unbound and "initial" not in kwargs:
            kwargs["initial"] = self.initial_for(factor)
        super().__init__(*args, **kwargs)
        version = factor.framework_version if factor else "v1"
        field_of(self, "node_key", forms.ChoiceField).choices = [
            ("", "Choose a contributory factor"),
            *factor_choices(version),
        ]
        episode = episode or (factor.episode if factor else None)
        if episode is None:
            del self.fields["excerpts"]
            return
        linked = Q(episodes=episode) | Q(factors=factor) if factor else Q(episodes=episode)
        choices = factor_excerpt_choices(episode=episode, linked=linked)
        if choices.exists():
            field_of(self, "excerpts", forms.ModelChoiceField).queryset = choices
        else:
            del self.fields["excerpts"]


class FactorFilterForm(GovukForm):
    factor = forms.ChoiceField(label="Show episodes with the factor", required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_of(self, "factor", forms.ChoiceField).choices = [
            ("", "Any factor"),
            *factor_choices(),
        ]

    def factor_key(self) -> str:
        return self.cleaned_data.get("factor", "") if self.is_valid() else ""


class MoveForm(GovukForm):
    required_messages = {
        "direction": "Select whether to move the episode up or down",
    }
    direction = forms.ChoiceField(choices=[("up", "Up"), ("down", "Down")])
