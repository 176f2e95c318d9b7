"""Forms of the partnership layer."""

import datetime
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone

from casewindow.accounts.models import Membership
from casewindow.forms import GovukDateField, GovukForm, GovukModelForm, field_of, offer
from casewindow.process.models import DirectoryAgency, MeetingKind
from casewindow.reviews.models import ReviewStage


class ClosureDayForm(GovukForm):
    required_messages = {
        "date": "Enter the date the partnership is closed",
        "reason": "Enter why the partnership is closed that day",
    }

    date = GovukDateField(label="Date", help_text="For example, 29 12 2026")
    reason = forms.CharField(
        label="Why the partnership is closed",
        max_length=200,
        help_text="For example, office closure",
    )


class DirectoryAgencyForm(GovukModelForm):
    required_messages = {
        "name": "Enter the name of the agency",
        "kind": "Select the kind of agency",
    }

    class Meta:
        model = DirectoryAgency
        fields = ["name", "kind", "safeguarding_lead", "safeguarding_lead_email"]
        labels = {"name": "Name of the agency", "kind": "Kind of agency"}

    def _post_clean(self) -> None:
        # Uniqueness of the name is the service's to check (with a message in words).
        pass


class AgenciesFromDirectoryForm(GovukForm):
    agencies = forms.ModelMultipleChoiceField(
        label="Agencies to add",
        queryset=DirectoryAgency.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Select at least one agency to add"},
    )

    def __init__(self, *args: Any, choices: QuerySet[DirectoryAgency], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        offer(
            self,
            "agencies",
            choices,
            label=lambda entry: (
                f"{entry.name} ({entry.get_kind_display()})"
                + (
                    f" — safeguarding lead {entry.safeguarding_lead}"
                    if entry.safeguarding_lead
                    else ""
                )
            ),
        )


def _member_label(membership: Membership) -> str:
    return f"{membership.user.full_name} ({membership.get_role_display()})"


class MeetingForm(GovukForm):
    required_messages = {
        "kind": "Select the kind of meeting",
        "date": "Enter the date of the meeting",
        "start": "Enter the time the meeting starts",
        "end": "Enter the time the meeting ends",
    }

    kind = forms.ChoiceField(
        label="Kind of meeting", choices=MeetingKind.choices, widget=forms.RadioSelect
    )
    date = GovukDateField(label="Date", help_text="For example, 14 1 2027")
    start = forms.TimeField(
        label="Starts",
        input_formats=["%H:%M", "%H.%M"],
        help_text="24-hour clock, for example 10:00",
    )
    end = forms.TimeField(
        label="Ends", input_formats=["%H:%M", "%H.%M"], help_text="For example, 12:30"
    )
    location = forms.CharField(label="Where", max_length=200, required=False)
    attendees = forms.ModelMultipleChoiceField(
        label="Who is invited",
        queryset=Membership.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    agenda = forms.CharField(
        label="Agenda", widget=forms.Textarea(attrs={"rows": 5}), required=False
    )
    notes = forms.CharField(
        label="Notes",
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        help_text="Use publication labels, not names.",
    )

    def __init__(self, *args: Any, members: QuerySet[Membership], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        offer(self, "attendees", members, label=_member_label)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        day, start, end = data.get("date"), data.get("start"), data.get("end")
        if day and start and end:
            if end <= start:
                self.add_error("end", "The meeting must end after it starts")
            data["starts_at"] = timezone.make_aware(datetime.datetime.combine(day, start))
            data["ends_at"] = timezone.make_aware(datetime.datetime.combine(day, end))
        return data

    @classmethod
    def initial_for(cls, meeting: Any) -> dict[str, Any]:
        starts = timezone.localtime(meeting.starts_at)
        return {
            "kind": meeting.kind,
            "date": starts.date(),
            "start": starts.strftime("%H:%M"),
            "end": timezone.localtime(meeting.ends_at).strftime("%H:%M"),
            "location": meeting.location,
            "attendees": list(meeting.attendees.all()),
            "agenda": meeting.agenda,
            "notes": meeting.notes,
        }


class MeetingActionForm(GovukForm):
    required_messages = {
        "text": "Enter the action agreed at the meeting",
        "assignee": "Select who does the action",
        "due_date": "Enter the date the action is due by",
    }

    text = forms.CharField(label="Action", widget=forms.Textarea(attrs={"rows": 3}))
    assignee = forms.ModelChoiceField(label="Who does it", queryset=Membership.objects.none())
    due_date = GovukDateField(label="Due by")

    def __init__(self, *args: Any, members: QuerySet[Membership], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        offer(self, "assignee", members, label=_member_label)


class LetterTemplateForm(GovukForm):
    required_messages = {
        "body": "Enter the wording of the letter",
    }

    body = forms.CharField(
        label="Wording",
        widget=forms.Textarea(attrs={"rows": 24}),
        help_text="Placeholders in braces, such as {recipient_name}, are filled in for each "
        "person.",
    )

    def clean_body(self) -> str:
        from casewindow.process.letters import TemplateRefused, template_placeholders

        body: str = self.cleaned_data["body"]
        try:
            template_placeholders(body)
        except TemplateRefused as refused:
            raise forms.ValidationError(str(refused)) from None
        return body


class LetterMakeForm(GovukForm):
    required_messages = {
        "kind": "Select which letter to make",
        "recipient": "Select who the letter is for",
    }

    kind = forms.ChoiceField(label="Which letter", widget=forms.RadioSelect, choices=())
    recipient = forms.ModelChoiceField(
        label="Who the letter is for", queryset=Membership.objects.none()
    )
    conversation_when = forms.CharField(
        label="When the conversation is (for the conversation letter)",
        max_length=200,
        required=False,
        help_text="For example, Tuesday 12 January 2027 at 10am",
    )
    conversation_where = forms.CharField(label="Where", max_length=200, required=False)
    conversation_attendees = forms.CharField(
        label="Who will attend", max_length=300, required=False
    )

    def __init__(self, *args: Any, members: QuerySet[Membership], **kwargs: Any) -> None:
        from casewindow.process.letters import LETTER_TITLES

        super().__init__(*args, **kwargs)
        field_of(self, "kind", forms.ChoiceField).choices = [
            (str(k), title) for k, title in LETTER_TITLES.items()
        ]
        offer(self, "recipient", members, label=_member_label)


class ProcessTemplateForm(GovukForm):
    required_messages = {
        "text": "Enter the stages and steps of the template",
    }

    text = forms.CharField(
        label="Stages and steps",
        widget=forms.Textarea(attrs={"rows": 30, "spellcheck": "true"}),
        help_text="A line starting with # is a stage; each line starting with - under it is a "
        "step: its title, then who is involved and the tool it uses, separated by |.",
    )

    def clean_text(self) -> str:
        from casewindow.process.stages_text import StagesRefused, stages_from_text

        text: str = self.cleaned_data["text"]
        try:
            stages_from_text(text)
        except StagesRefused as refused:
            raise forms.ValidationError(str(refused)) from None
        return text


class ReviewStepForm(GovukForm):
    required_messages = {
        "status": "Select the status of the step",
    }

    status = forms.ChoiceField(label="Status", widget=forms.RadioSelect, choices=())
    reason = forms.CharField(
        label="Why it does not apply",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="Needed when the step is not applicable",
    )
    assignee = forms.ModelChoiceField(
        label="Assigned to", queryset=Membership.objects.none(), required=False
    )
    due_date = GovukDateField(label="Due by", required=False)

    def __init__(self, *args: Any, members: QuerySet[Membership], **kwargs: Any) -> None:
        from casewindow.process.models import StepStatus

        super().__init__(*args, **kwargs)
        field_of(self, "status", forms.ChoiceField).choices = StepStatus.choices
        offer(self, "assignee", members, label=_member_label)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("status") == "not_applicable" and not (data.get("reason") or "").strip():
            self.add_error("reason", "Say why the step does not apply")
        return data


class RetentionYearsForm(GovukForm):
    required_messages = {
        "years": "Enter how many years to keep a review after publication",
    }

    years = forms.IntegerField(
        label="Years to keep a review after publication", min_value=1, max_value=100
    )


class RetentionDateForm(GovukForm):
    retain_until = GovukDateField(
        label="Keep until",
        required=False,
        help_text="Leave empty to follow the partnership's rule",
    )


class DeletionForm(GovukForm):
    required_messages = {
        "reason": "Enter why the review is deleted",
    }

    reason = forms.CharField(
        label="Why it is deleted", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )


class ConvertForm(GovukForm):
    required_messages = {
        "review_type": "Select the type of full review",
    }

    review_type = forms.ChoiceField(
        label="Type of full review", widget=forms.RadioSelect, choices=()
    )
    commissioned_date = GovukDateField(
        label="Date the review was commissioned", required=False, help_text="The decision date"
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from casewindow.reviews.models import ReviewType

        super().__init__(*args, **kwargs)
        field_of(self, "review_type", forms.ChoiceField).choices = [
            (value, label)
            for value, label in ReviewType.choices
            if value != ReviewType.RAPID_REVIEW
        ]


class StageChangeForm(GovukForm):
    """Step one picks the stage; step two (the confirmation page) posts it again with
    `confirm` and, when reopening a closed review, the reason."""

    required_messages = {
        "stage": "Select the stage the review is at",
    }
    stage = forms.ChoiceField(
        choices=ReviewStage.choices, widget=forms.RadioSelect, label="Stage of the review"
    )
    reason = forms.CharField(
        label="Reason",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Kept in the review's stage history",
    )
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, current: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.current = current

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        reopening = self.current == ReviewStage.CLOSED and data.get("stage") not in (
            None,
            ReviewStage.CLOSED,
        )
        if data.get("confirm") and reopening and not (data.get("reason") or "").strip():
            self.add_error("reason", "Enter why the review is being reopened")
        return data


class LogoForm(GovukForm):
    required_messages = {
        "logo": "Choose the logo to upload",
    }
    logo = forms.FileField(
        label="Logo",
        help_text="A PNG or JPEG image, smaller than 2 MB. It is shown on the title page of "
        "the partnership's reports, no wider than 800 pixels.",
    )
