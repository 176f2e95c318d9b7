"""A user's iCalendar feed: the meetings they are invited to, the statutory dates of the reviews
they run or manage, the comment windows of drafts shared with them and their meeting actions.
Summaries name reviews by reference only: a calendar is often shown on a phone's lock screen
and synced to other services, so it never carries a review's title (which may name a child)."""

import datetime
from typing import Any

from django.db.models import Q
from django.utils import timezone
from icalendar import Calendar, Event

from casewindow.accounts.models import PartnershipRole, ReviewRole, User
from casewindow.drafts.models import Draft
from casewindow.process.selectors.clock import partnership_calendar, review_due_dates
from casewindow.process.selectors.meetings import meeting_actions_of_user, meetings_of_user
from casewindow.reviews.models import Review, ReviewStage

# Past entries kept in the feed (calendar programs keep what they have already synced).
LOOK_BACK = datetime.timedelta(days=90)


def _all_day(uid: str, summary: str, day: datetime.date, description: str = "") -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", day + datetime.timedelta(days=1))
    event.add("dtstamp", timezone.now())
    if description:
        event.add("description", description)
    return event


def calendar_reviews(user: User) -> list[Review]:
    """Reviews whose statutory dates are the user's: those they lead or review, and every
    review of a partnership they manage. Closed reviews have no dates left."""
    return list(
        Review.objects.filter(
            Q(
                memberships__user=user,
                memberships__role__in=[ReviewRole.LEAD_REVIEWER, ReviewRole.REVIEWER],
            )
            | Q(
                partnership__memberships__user=user,
                partnership__memberships__role=PartnershipRole.MANAGER,
            )
        )
        .exclude(stage=ReviewStage.CLOSED)
        .distinct()
        .order_by("reference")
    )


def calendar_for_user(user: User, *, today: datetime.date | None = None) -> bytes:
    today = today or timezone.localdate()
    since = timezone.now() - LOOK_BACK
    cal = Calendar()
    cal.add("prodid", "-//Casewindow//Case review dates//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Casewindow")

    for meeting in meetings_of_user(user=user, since=since):
        event = Event()
        event.add("uid", f"meeting-{meeting.uuid}@casewindow")
        event.add("summary", f"{meeting.review.reference}: {meeting.get_kind_display()}")
        event.add("dtstart", meeting.starts_at)
        event.add("dtend", meeting.ends_at)
        event.add("dtstamp", timezone.now())
        if meeting.location:
            event.add("location", meeting.location)
        cal.add_component(event)

    calendars: dict[int, Any] = {}
    for review in calendar_reviews(user):
        working = calendars.setdefault(
            review.partnership_id, partnership_calendar(review.partnership_id)
        )
        for due in review_due_dates(review, working=working, on=today):
            if not due.open:
                continue
            cal.add_component(
                _all_day(
                    f"due-{review.uuid}-{due.key}@casewindow",
                    f"{review.reference}: {due.label}",
                    due.due,
                    f"Due {due.guidance}.",
                )
            )

    for draft in Draft.objects.filter(
        shares__user=user, comments_close_on__gte=today - LOOK_BACK
    ).select_related("review"):
        if draft.comments_close_on is None:
            continue
        cal.add_component(
            _all_day(
                f"comments-{draft.uuid}@casewindow",
                f"{draft.review.reference}: comments on draft {draft.number} close",
                draft.comments_close_on,
            )
        )

    for action in meeting_actions_of_user(user=user):
        cal.add_component(
            _all_day(
                f"meeting-action-{action.uuid}@casewindow",
                f"{action.meeting.review.reference}: action due",
                action.due_date,
                f"An action arising from the {action.meeting} (see Casewindow).",
            )
        )
    return bytes(cal.to_ical())
