"""Forms for drafts: making, sharing, commenting, responding, filtering and comparing."""

from typing import Any

from django import forms

from casewindow.accounts.models import Membership, ReviewRole
from casewindow.concurrency import OpenedAsField
from casewindow.drafts.models import CommentStatus, Draft
from casewindow.forms import GovukDateField, GovukForm, ModelMultipleChoiceFieldBase, field_of
from casewindow.reports.content import ReportContent

MAX_TEXT = 20_000

CASE_GROUP = "case-group"
BOARD = "board"
AGENCY_PREFIX = "agency:"


class DraftCreateForm(GovukForm):
    note = forms.CharField(
        label="Note for the review team (optional)",
        help_text="For example, what changed since the last draft. Recipients do not see it.",
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class RecipientField(ModelMultipleChoiceFieldBase):
    def label_from_instance(self, obj: Membership) -> str:
        agency = f", {obj.agency.name}" if obj.agency else ""
        return f"{obj.user.full_name} ({obj.get_role_display().lower()}{agency})"


class ShareForm(GovukForm):
    required_messages = {
        "closes_on": "Enter the last day for comments",
    }
    groups = forms.MultipleChoiceField(
        label="Share with a group",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    members = RecipientField(
        queryset=Membership.objects.none(),
        label="Or choose members one by one",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        to_field_name="uuid",
    )
    closes_on = GovukDateField(
        label="Last day for comments",
        help_text="Recipients can comment until the end of this day. For example, 27 3 2026",
    )

    opened_as = OpenedAsField()

    def __init__(self, *args: Any, recipients: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.recipients = list(recipients)
        field_of(self, "members", forms.ModelChoiceField).queryset = Membership.objects.filter(
            pk__in=[m.pk for m in self.recipients]
        ).select_related("user", "agency")
        choices = []
        if any(m.role == ReviewRole.PARTICIPANT for m in self.recipients):
            choices.append((CASE_GROUP, "The whole case group (every case group participant)"))
        agencies = {m.agency for m in self.recipients if m.agency and m.role == "participant"}
        for agency in sorted(agencies, key=lambda a: a.name):
            choices.append((f"{AGENCY_PREFIX}{agency.uuid}", f"Practitioners of {agency.name}"))
        if any(m.role == ReviewRole.BOARD_READER for m in self.recipients):
            choices.append((BOARD, "Board readers"))
        field_of(self, "groups", forms.ChoiceField).choices = choices

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if not ({"members", "groups"} & set(self.errors)) and not self.chosen():
            self.add_error("members", "Choose who to share the draft with")
        return data

    def chosen(self) -> list[Any]:
        """The users chosen, through a group or one by one."""
        groups = set(self.cleaned_data.get("groups") or [])
        picked = {m.pk for m in self.cleaned_data.get("members") or []}
        users = []
        for m in self.recipients:
            in_group = (
                (CASE_GROUP in groups and m.role == ReviewRole.PARTICIPANT)
                or (BOARD in groups and m.role == ReviewRole.BOARD_READER)
                or (
                    m.agency is not None
                    and m.role == ReviewRole.PARTICIPANT
                    and f"{AGENCY_PREFIX}{m.agency.uuid}" in groups
                )
            )
            if in_group or m.pk in picked:
                users.append(m.user)
        return users


def section_choices(report: ReportContent) -> list[tuple[str, str]]:
    return [(s.key, f"{s.number} {s.title}".strip()) for s in report.walk()]


class CommentForm(GovukForm):
    required_messages = {
        "section": "Select the section your comment is about",
    }
    section = forms.ChoiceField(label="Section")
    text = forms.CharField(
        label="Your comment",
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Enter your comment"},
    )

    def __init__(self, *args: Any, report: ReportContent, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_of(self, "section", forms.ChoiceField).choices = [
            ("", "Choose section"),
            *section_choices(report),
        ]
        self.fields["section"].error_messages["required"] = "Select the section"
        self.fields["section"].error_messages["invalid_choice"] = "Select a section of this draft"


class ReplyForm(GovukForm):
    text = forms.CharField(
        label="Your reply",
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Enter your reply"},
    )


class RespondForm(GovukForm):
    """The review team's answer to a comment: a reply, its status, or both."""

    required_messages = {
        "status": "Select what happens to the comment",
    }

    reply = forms.CharField(
        label="Reply to the comment (optional)",
        help_text="The person who commented will see your reply.",
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    status = forms.ChoiceField(
        label="What happens to the comment?",
        choices=CommentStatus.choices,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Select what happens to the comment"},
    )
    reason = forms.CharField(
        label="Reason (needed if the comment is not accepted)",
        help_text="The person who commented will see the reason.",
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    opened_as = OpenedAsField()

    def __init__(self, *args: Any, comment: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.comment = comment

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        status = data.get("status")
        reason = (data.get("reason") or "").strip()
        if status == CommentStatus.NOT_ACCEPTED and not reason and "reason" not in self.errors:
            self.add_error("reason", "Enter the reason the comment is not accepted")
        if (
            not self.errors
            and self.comment is not None
            and not (data.get("reply") or "").strip()
            and status == self.comment.status
            and reason == self.comment.reason
        ):
            self.add_error("reply", "Enter a reply or change what happens to the comment")
        return data


class CommentFilterForm(GovukForm):
    status = forms.ChoiceField(label="Status", required=False)
    agency = forms.ChoiceField(label="Agency of the person commenting", required=False)

    def __init__(self, *args: Any, agencies: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.agencies = {str(a.uuid): a for a in agencies}
        field_of(self, "status", forms.ChoiceField).choices = [
            ("", "Any status"),
            *CommentStatus.choices,
        ]
        field_of(self, "agency", forms.ChoiceField).choices = [
            ("", "Any agency"),
            *[(key, a.name) for key, a in self.agencies.items()],
        ]

    def filters(self) -> dict[str, Any]:
        if not self.is_valid():
            return {"status": "", "agency": None}
        return {
            "status": self.cleaned_data["status"],
            "agency": self.agencies.get(self.cleaned_data["agency"]),
        }


class CompareForm(GovukForm):
    required_messages = {
        "a": "Select the earlier draft",
        "b": "Select the later draft",
    }
    a = forms.TypedChoiceField(label="Earlier draft (A)", coerce=int)
    b = forms.TypedChoiceField(label="Later draft (B)", coerce=int)

    def __init__(self, *args: Any, drafts: list[Draft], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [(str(d.number), f"Draft {d.number}") for d in drafts]
        for name in ("a", "b"):
            field_of(self, name, forms.ChoiceField).choices = choices
            self.fields[name].error_messages["invalid_choice"] = "Select a draft of this review"

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if not self.errors and data.get("a") == data.get("b"):
            self.add_error("b", "Choose two different drafts")
        elif not self.errors and data["a"] > data["b"]:
            # Differences read from the earlier to the later: swapped, every addition would
            # show as a removal.
            self.add_error(
                "a",
                f"The earlier draft must come before the later one: draft {data['a']} was made "
                f"after draft {data['b']}",
            )
        return data
