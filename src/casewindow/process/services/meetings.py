"""Meetings of a review (case group, review team) and the actions arising from them."""

import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from casewindow.accounts.models import Membership, User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.process.models import Meeting, MeetingAction
from casewindow.reviews.models import Review

MEETING_FIELDS = ("kind", "starts_at", "ends_at", "location", "agenda", "notes")


class MeetingRefused(ValueError):
    pass


def _check_members(review: Review, memberships: list[Membership]) -> None:
    if any(membership.review_id != review.pk for membership in memberships):
        raise MeetingRefused("Only members of this review can be invited or given actions")


@transaction.atomic
def meeting_save(
    *,
    actor: User,
    review: Review,
    values: dict[str, Any],
    attendees: list[Membership],
    meeting: Meeting | None = None,
) -> Meeting:
    """Arrange a meeting, or change one: when, where, agenda, notes and who is invited."""
    if values["ends_at"] <= values["starts_at"]:
        raise MeetingRefused("The meeting must end after it starts")
    _check_members(review, attendees)
    creating = meeting is None
    meeting = meeting or Meeting(review=review, created_by=actor)
    for field in MEETING_FIELDS:
        setattr(
            meeting, field, values.get(field, "") if field in values else getattr(meeting, field)
        )
    meeting.save()
    meeting.attendees.set(attendees)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if creating else AuditAction.UPDATE,
        summary=f"{'Arranged' if creating else 'Changed'} the {meeting}",
        review=review,
        obj=meeting,
        changes={
            "starts_at": meeting.starts_at.isoformat(),
            "attendees": sorted(str(m.uuid) for m in attendees),
        },
    )
    return meeting


@transaction.atomic
def meeting_action_add(
    *, actor: User, meeting: Meeting, text: str, assignee: Membership, due_date: datetime.date
) -> MeetingAction:
    """Record an action arising from a meeting, assigned to a member of the review."""
    _check_members(meeting.review, [assignee])
    action = MeetingAction.objects.create(
        meeting=meeting, text=text, assignee=assignee, due_date=due_date
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Added an action arising from the {meeting}",
        review=meeting.review,
        obj=action,
        changes={"assignee": str(assignee.uuid), "due_date": due_date.isoformat()},
    )
    return action


@transaction.atomic
def meeting_action_mark_done(*, actor: User, action: MeetingAction, done: bool) -> MeetingAction:
    action.done_at = timezone.now() if done else None
    action.save(update_fields=["done_at"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Marked an action of the {action.meeting} {'done' if done else 'not done'}",
        review=action.meeting.review,
        obj=action,
        changes={"done": done},
    )
    return action
