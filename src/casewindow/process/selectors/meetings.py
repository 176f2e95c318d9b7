"""What a user has to do with meetings: the ones they are invited to and their actions."""

import datetime

from django.db.models import QuerySet

from casewindow.accounts.models import User
from casewindow.process.models import Meeting, MeetingAction


def meetings_of_user(*, user: User, since: datetime.datetime | None = None) -> QuerySet[Meeting]:
    """Meetings the user is invited to (in any review), earliest first."""
    meetings = Meeting.objects.filter(attendees__user=user).select_related("review")
    if since is not None:
        meetings = meetings.filter(ends_at__gte=since)
    return meetings.distinct().order_by("starts_at")


def meeting_actions_of_user(*, user: User, open_only: bool = True) -> QuerySet[MeetingAction]:
    """Actions arising from meetings that are assigned to the user, soonest due first."""
    actions = MeetingAction.objects.filter(assignee__user=user).select_related(
        "meeting__review", "assignee"
    )
    if open_only:
        actions = actions.filter(done_at__isnull=True)
    return actions.order_by("due_date", "pk")
