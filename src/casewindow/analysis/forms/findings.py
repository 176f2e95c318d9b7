"""Forms for findings, recommendations and actions. Each carries the hidden `version` the
editor opened, for optimistic locking."""

from typing import Any

from django import forms

from casewindow.analysis.framework import pattern_areas
from casewindow.analysis.models import ActionStatus, RecommendationKind
from casewindow.analysis.selectors.findings import finding_choices, finding_episode_choices
from casewindow.forms import GovukDateField, GovukForm, ModelMultipleChoiceFieldBase, field_of
from casewindow.reviews.models import Agency, Review

SYSTEMS = "systems"
CASE_SPECIFIC = "case"

KIND_EXPLANATIONS = {
    1: "The way forward is clear and the agencies concerned can act on it locally.",
    2: "Acting on it competes with other priorities or needs resources: senior managers must "
    "decide what to do.",
    3: "No one yet knows what would work: it needs research and development, perhaps nationally.",
}


class _Versioned(GovukForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)


class _EpisodeChoiceField(ModelMultipleChoiceFieldBase):
    def label_from_instance(self, obj: Any) -> str:
        return f"KPE {obj.number}: {obj.title}"


class _FindingChoiceField(ModelMultipleChoiceFieldBase):
    def label_from_instance(self, obj: Any) -> str:
        kind = "" if obj.is_systems_finding else " (case-specific learning)"
        return f"Finding {obj.number}{kind}: {obj.statement}"


class FindingForm(_Versioned):
    required_messages = {
        "kind": "Select whether it is a systems finding or case-specific learning",
        "statement": "Enter the finding in one sentence",
    }
    kind = forms.ChoiceField(
        label="What kind of finding is it?",
        widget=forms.RadioSelect,
        choices=[
            (SYSTEMS, "Systems finding: an underlying pattern in the local system"),
            (CASE_SPECIFIC, "Case-specific learning: a point that concerns only this case"),
        ],
        help_text="Only systems findings are filed under a pattern area and feed learning "
        "across cases.",
    )
    statement = forms.CharField(
        label="The finding, in one sentence",
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="About the system, not about individuals.",
    )
    pattern_area = forms.ChoiceField(
        label="Pattern area",
        widget=forms.RadioSelect,
        required=False,
        help_text="Required for a systems finding: the one area of the typology of underlying "
        "patterns it belongs to.",
    )
    introduction = forms.CharField(
        label="Introduction", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    how_featured = forms.CharField(
        label="How did the issue feature in this case?",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    episodes = _EpisodeChoiceField(
        label="Key practice episodes where it featured",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="A finding with no linked episode is shown as unsupported.",
    )
    why_not_unique = forms.CharField(
        label="How do we know it is an underlying issue and not something unique to this case?",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    how_widespread = forms.CharField(
        label="What is known about how widespread the pattern is?",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    why_it_matters = forms.CharField(
        label="Why does it matter?", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    summary = forms.CharField(
        label="Summary", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    questions = forms.CharField(
        label="Questions for the partnership to consider",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Open questions, not ready-made actions.",
    )

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.areas = pattern_areas()
        field_of(self, "pattern_area", forms.ChoiceField).choices = [
            (a.key, a.name) for a in self.areas.values()
        ]
        field_of(self, "episodes", forms.ModelChoiceField).queryset = finding_episode_choices(
            review=review
        )

    def pattern_area_options(self) -> list[tuple[Any, Any]]:
        """Each radio of the pattern area with its area (for the examples shown as a hint)."""
        return [(radio, self.areas[radio.data["value"]]) for radio in self["pattern_area"]]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("kind") == SYSTEMS and not data.get("pattern_area"):
            self.add_error("pattern_area", "Select the pattern area of a systems finding")
        return data

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        systems = data["kind"] == SYSTEMS
        return {
            "is_systems_finding": systems,
            "pattern_area": data.get("pattern_area", "") if systems else "",
            **{
                name: data[name]
                for name in (
                    "statement",
                    "introduction",
                    "how_featured",
                    "why_not_unique",
                    "how_widespread",
                    "why_it_matters",
                    "summary",
                    "questions",
                )
            },
        }

    @staticmethod
    def initial_for(finding: Any) -> dict[str, Any]:
        return {
            "version": finding.version,
            "kind": SYSTEMS if finding.is_systems_finding else CASE_SPECIFIC,
            "pattern_area": finding.pattern_area,
            "statement": finding.statement,
            "introduction": finding.introduction,
            "how_featured": finding.how_featured,
            "why_not_unique": finding.why_not_unique,
            "how_widespread": finding.how_widespread,
            "why_it_matters": finding.why_it_matters,
            "summary": finding.summary,
            "questions": finding.questions,
            "episodes": list(finding.episodes.alive()),
        }


class RecommendationForm(_Versioned):
    required_messages = {
        "kind": "Select the kind of recommendation",
        "text": "Enter the recommendation",
    }
    kind = forms.TypedChoiceField(
        label="Kind of recommendation",
        coerce=int,
        widget=forms.RadioSelect,
        choices=RecommendationKind.choices,
    )
    text = forms.CharField(label="Recommendation", widget=forms.Textarea(attrs={"rows": 4}))
    owner_agency: "forms.ModelChoiceField[Agency]" = forms.ModelChoiceField(
        label="Owner agency", queryset=None, required=False, help_text="Who owns it"
    )
    owner_text = forms.CharField(
        label="Or another owner",
        max_length=200,
        required=False,
        help_text="If not one of the review's agencies: for example the partnership's "
        "executive group, or a national body.",
    )
    findings = _FindingChoiceField(
        label="Findings it responds to",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_of(self, "owner_agency", forms.ModelChoiceField).queryset = review.agencies.order_by(
            "name"
        )
        field_of(self, "findings", forms.ModelChoiceField).queryset = finding_choices(review=review)

    def kind_options(self) -> list[tuple[Any, str]]:
        return [(radio, KIND_EXPLANATIONS[int(radio.data["value"])]) for radio in self["kind"]]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if not data.get("owner_agency") and not (data.get("owner_text") or "").strip():
            self.add_error("owner_agency", "Choose the owner agency, or name another owner")
        return data

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {name: data[name] for name in ("kind", "text", "owner_agency", "owner_text")}

    @staticmethod
    def initial_for(recommendation: Any) -> dict[str, Any]:
        return {
            "version": recommendation.version,
            "kind": recommendation.kind,
            "text": recommendation.text,
            "owner_agency": recommendation.owner_agency,
            "owner_text": recommendation.owner_text,
            "findings": list(recommendation.findings.alive()),
        }


def _status_field() -> forms.ChoiceField:
    return forms.ChoiceField(
        label="Status",
        widget=forms.RadioSelect,
        choices=ActionStatus.choices,
        help_text="“Overdue” is worked out from the due date: an action not done by then is "
        "shown as overdue.",
    )


class ActionForm(_Versioned):
    required_messages = {
        "text": "Enter what the action is",
        "owner": "Enter who owns the action: a person, team or agency",
        "due_date": "Enter the date the action is due",
        "status": "Select the status of the action",
    }
    text = forms.CharField(label="Action", widget=forms.Textarea(attrs={"rows": 3}))
    owner = forms.CharField(label="Owner", max_length=200, help_text="A person, team or agency")
    due_date = GovukDateField(label="Due date", help_text="For example, 27 3 2027")
    status = _status_field()
    evidence_of_completion = forms.CharField(
        label="Evidence of completion", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if (
            data.get("status") == ActionStatus.DONE
            and not (data.get("evidence_of_completion") or "").strip()
        ):
            self.add_error(
                "evidence_of_completion", "Describe the evidence that the action is done"
            )
        return data

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {name: data[name] for name in ("text", "owner", "due_date", "status")} | {
            "evidence_of_completion": data.get("evidence_of_completion", "")
        }

    @staticmethod
    def initial_for(action: Any) -> dict[str, Any]:
        return {
            "version": action.version,
            "text": action.text,
            "owner": action.owner,
            "due_date": action.due_date,
            "status": action.status,
            "evidence_of_completion": action.evidence_of_completion,
        }


class ActionProgressForm(_Versioned):
    required_messages = {
        "status": "Select the status of the action",
    }
    status = _status_field()
    evidence_of_completion = forms.CharField(
        label="Evidence of completion",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="What shows the action is done: a revised procedure, an audit, training records.",
    )
    completed_on = GovukDateField(
        label="Completed on", required=False, help_text="If done. Leave empty for today."
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if (
            data.get("status") == ActionStatus.DONE
            and not (data.get("evidence_of_completion") or "").strip()
        ):
            self.add_error(
                "evidence_of_completion", "Describe the evidence that the action is done"
            )
        return data

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "status": data["status"],
            "evidence_of_completion": data.get("evidence_of_completion", ""),
            "completed_on": data.get("completed_on"),
        }

    @staticmethod
    def initial_for(action: Any) -> dict[str, Any]:
        return {
            "version": action.version,
            "status": action.status,
            "evidence_of_completion": action.evidence_of_completion,
            "completed_on": action.completed_on,
        }
