"""Forms for one-to-one conversations, practitioner questions and people links."""

import datetime
from typing import Any

from django import forms
from django.utils import timezone

from casewindow.accounts import access
from casewindow.accounts.models import Membership, ReviewRole, User
from casewindow.concurrency import OpenedAsField
from casewindow.evidence.models import Conversation, PractitionerQuestion
from casewindow.evidence.services import conversations as services
from casewindow.forms import (
    GovukDateField,
    GovukForm,
    ModelChoiceFieldBase,
    ModelMultipleChoiceFieldBase,
    field_of,
)
from casewindow.reviews.models import Person, PersonCategory, Review

GENERAL_CHOICE = "whole"  # the form's value for a comment on the notes as a whole


def _field_name(section_key: str) -> str:
    return "section_" + section_key.replace("-", "_")


class PractitionerChoiceField(ModelChoiceFieldBase):
    def label_from_instance(self, obj: Person) -> str:
        where = ", ".join(
            part for part in (obj.job_title, obj.agency.name if obj.agency else "") if part
        )
        return f"{obj.real_name} ({obj.publication_label}){', ' + where if where else ''}"


class ConductorsField(ModelMultipleChoiceFieldBase):
    def label_from_instance(self, obj: User) -> str:
        return obj.full_name or obj.email


class ConversationForm(GovukForm):
    """The record of a conversation: who, when, by whom, notes under each heading of the
    conversation structure (its prompts as hints) and the practitioner's own account."""

    practitioner = PractitionerChoiceField(
        queryset=Person.objects.none(),
        label="Practitioner",
        help_text="A professional from the people register",
        empty_label="Choose the practitioner",
        error_messages={"required": "Select the practitioner"},
    )
    held_on = GovukDateField(
        label="Date of the conversation",
        help_text="For example, 14 5 2025",
        error_messages={"required": "Enter the date of the conversation"},
    )
    conducted_by = ConductorsField(
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label="Conducted by",
    )

    opened_as = OpenedAsField()

    def __init__(
        self, *args: Any, review: Review, conversation: Conversation | None = None, **kwargs: Any
    ) -> None:
        if conversation is not None and "initial" not in kwargs:
            kwargs["initial"] = self.initial_for(conversation)
        self.sections = services.sections_for(conversation)
        # The headings' fields are added before the GOV.UK mixin dresses every field.
        # This instance's own fields: base_fields is per class in the stubs, copied per form.
        self.base_fields = {**type(self).base_fields, **self._notes_fields(self.sections)}  # type: ignore[misc]
        super().__init__(*args, **kwargs)
        self.conversation = conversation
        practitioners = review.people.filter(category=PersonCategory.PROFESSIONAL)
        if conversation is not None:
            # Someone recategorised since stays choosable for their own conversation.
            practitioners = practitioners | review.people.filter(pk=conversation.practitioner_id)
        practitioner = field_of(self, "practitioner", forms.ModelChoiceField)
        practitioner.queryset = practitioners.select_related("agency").order_by("real_name")
        if conversation is not None and conversation.shared_with_id:
            self.fields["practitioner"].disabled = True
            self.fields[
                "practitioner"
            ].help_text = "The notes have been shared with this practitioner, so it cannot change"
        field_of(self, "conducted_by", forms.ModelChoiceField).queryset = access.review_team_users(
            review
        ).order_by("full_name")

    @staticmethod
    def _notes_fields(sections: list[dict[str, Any]]) -> dict[str, forms.Field]:
        fields: dict[str, forms.Field] = {
            _field_name(section["key"]): forms.CharField(
                label=section["title"],
                required=False,
                max_length=services.MAX_SECTION_LENGTH,
                widget=forms.Textarea(attrs={"rows": 6}),
                help_text=" ".join(section.get("prompts", [])),
            )
            for section in sections
        }
        fields["account_at_time"] = forms.CharField(
            label="The practitioner's own account of how things looked at the time",
            required=False,
            max_length=services.MAX_SECTION_LENGTH,
            widget=forms.Textarea(attrs={"rows": 8}),
            help_text=(
                "In their words: how the situation looked to them then, before anyone knew how "
                "things turned out"
            ),
        )
        return fields

    @staticmethod
    def initial_for(conversation: Conversation) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "practitioner": conversation.practitioner_id,
            "held_on": conversation.held_on,
            "conducted_by": list(conversation.conducted_by.values_list("pk", flat=True)),
            "account_at_time": conversation.account_at_time,
        }
        for key, text in conversation.notes.items():
            initial[_field_name(key)] = text
        return initial

    def section_fields(self) -> list[tuple[forms.BoundField, dict[str, Any]]]:
        """Each heading's field with its prompts, shown as the field's hint."""
        return [
            (
                self[_field_name(s["key"])],
                {
                    "prompts": s.get("prompts", []),
                    "per_turning_point": s.get("per_turning_point", False),
                    "factors": [f.replace("-", " ") for f in s.get("factor_prompts", [])],
                },
            )
            for s in self.sections
        ]

    def clean_held_on(self) -> datetime.date:
        held_on: datetime.date = self.cleaned_data["held_on"]
        if held_on > timezone.localdate():
            raise forms.ValidationError("Date of the conversation must be today or in the past")
        return held_on

    def notes(self) -> dict[str, str]:
        return {s["key"]: self.cleaned_data.get(_field_name(s["key"]), "") for s in self.sections}


class MembershipChoiceField(ModelChoiceFieldBase):
    def label_from_instance(self, obj: Membership) -> str:
        agency = f", {obj.agency.name}" if obj.agency else ""
        return f"{obj.user.full_name} ({obj.user.email}){agency}"


class ShareForm(GovukForm):
    membership = MembershipChoiceField(
        queryset=Membership.objects.none(),
        widget=forms.RadioSelect,
        label="Who is the practitioner in the case group?",
        empty_label=None,
        error_messages={"required": "Select who the practitioner is in the case group"},
        to_field_name="uuid",
    )

    opened_as = OpenedAsField()

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_of(self, "membership", forms.ModelChoiceField).queryset = (
            review.memberships.filter(role=ReviewRole.PARTICIPANT)
            .select_related("user", "agency")
            .order_by("user__full_name")
        )


class PeopleForm(GovukForm):
    """Which people of the register the notes mention (rendered as checkboxes beside each
    suggestion by the page itself)."""

    people = forms.ModelMultipleChoiceField(
        queryset=Person.objects.none(), required=False, to_field_name="uuid"
    )

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_of(self, "people", forms.ModelChoiceField).queryset = review.people.all()


class QuestionsAskedForm(GovukForm):
    questions = forms.ModelMultipleChoiceField(
        queryset=PractitionerQuestion.objects.none(), required=False, to_field_name="uuid"
    )

    def __init__(self, *args: Any, conversation: Conversation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        ids = [q.pk for q in services.questions_for_conversation(conversation)]
        questions = field_of(self, "questions", forms.ModelChoiceField)
        questions.queryset = PractitionerQuestion.objects.filter(pk__in=ids)


class PractitionerQuestionForm(GovukForm):
    text = forms.CharField(
        label="Question",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": "Enter the question"},
    )
    prepared_from = forms.CharField(
        label="Prepared from (optional)",
        required=False,
        max_length=300,
        help_text="For example: the GP records for March 2024, or another practitioner's account",
    )
    opened_as = OpenedAsField()


class CommentForm(GovukForm):
    section = forms.ChoiceField(
        widget=forms.RadioSelect,
        label="Which part are you commenting on?",
        error_messages={"required": "Select which part of the notes you are commenting on"},
    )
    text = forms.CharField(
        label="Your comment",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=10_000,
        error_messages={"required": "Enter your comment"},
    )

    def __init__(self, *args: Any, conversation: Conversation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_of(self, "section", forms.ChoiceField).choices = [
            (key or GENERAL_CHOICE, title)
            for key, title in services.comment_places(conversation).items()
        ]

    def section_key(self) -> str:
        section = self.cleaned_data["section"]
        return services.GENERAL_KEY if section == GENERAL_CHOICE else section


class AgreeForm(GovukForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
