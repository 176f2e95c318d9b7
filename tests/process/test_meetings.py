"""Meetings: the review team arranges them, attendees see theirs (and their actions on their
home), and each user's private calendar feed lists them."""

import datetime
import re
from collections.abc import Callable

from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from casewindow.accounts.models import ReviewRole, User
from casewindow.process.models import Meeting
from tests.factories import MembershipFactory
from tests.world import ReviewWorld

NEXT_WEEK = datetime.date.today() + datetime.timedelta(days=7)


def _arrange(client: Client, world: ReviewWorld, **extra: object) -> object:
    participant = world.memberships[ReviewRole.PARTICIPANT]
    data = {
        "kind": "case_group",
        "date_day": NEXT_WEEK.day,
        "date_month": NEXT_WEEK.month,
        "date_year": NEXT_WEEK.year,
        "start": "10:00",
        "end": "12:30",
        "location": "Northshire House, room 4",
        "attendees": [participant.pk, world.memberships[ReviewRole.LEAD_REVIEWER].pk],
        "agenda": "1. The emerging findings",
        **extra,
    }
    return client.post(reverse("process:meeting_add", args=[world.review.reference]), data)


def test_lead_arranges_a_meeting_that_the_invited_participant_sees(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    assert _arrange(client_for(review_world.lead), review_world).status_code == 302
    meeting = Meeting.objects.get(review=review_world.review)

    participant = client_for(review_world.participant)
    home = participant.get(reverse("reviews:dashboard")).content.decode()
    assert "Case group meeting" in home
    detail = reverse("process:meeting_detail", args=[review_world.review.reference, meeting.uuid])
    assert participant.get(detail).status_code == 200

    # Another case-group member, not invited, does not learn it exists.
    colleague = MembershipFactory(review=review_world.review, role=ReviewRole.PARTICIPANT).user
    other = client_for(colleague)
    assert other.get(detail).status_code == 404
    listing = other.get(reverse("process:meeting_list", args=[review_world.review.reference]))
    assert str(meeting.uuid) not in listing.content.decode()


def test_a_meeting_that_ends_before_it_starts_is_refused(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    response = _arrange(client_for(review_world.lead), review_world, end="09:00")
    assert response.status_code == 200
    assert "must end after it starts" in response.content.decode()
    assert not Meeting.objects.exists()


def test_an_action_arising_shows_on_the_assignees_home_and_they_mark_it_done(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    lead = client_for(review_world.lead)
    _arrange(lead, review_world)
    meeting = Meeting.objects.get()
    ref = review_world.review.reference
    lead.post(
        reverse("process:meeting_action_add", args=[ref, meeting.uuid]),
        {
            "text": "Share the agency's supervision policy",
            "assignee": review_world.memberships[ReviewRole.PARTICIPANT].pk,
            "due_date_day": NEXT_WEEK.day,
            "due_date_month": NEXT_WEEK.month,
            "due_date_year": NEXT_WEEK.year,
        },
    )
    participant = client_for(review_world.participant)
    assert "Share the agency" in participant.get(reverse("reviews:dashboard")).content.decode()
    action = meeting.actions.get()
    done = reverse("process:meeting_action_done", args=[ref, meeting.uuid, action.uuid])
    assert participant.post(done, {"done": "1"}).status_code == 302
    action.refresh_from_db()
    assert action.done_at is not None


def test_calendar_feed_lists_the_meeting_and_stops_when_switched_off(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    _arrange(client_for(review_world.lead), review_world)
    participant = client_for(review_world.participant)
    page = participant.post(reverse("process:calendar_settings"), {"switch": "new"})
    feed_url = re.search(r'data-testid="feed-url">([^<]+)<', page.content.decode())[1]

    response = Client().get(feed_url)  # calendar programs do not sign in
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert f"{review_world.review.reference}: Case group meeting" in summaries
    assert review_world.review.title not in response.content.decode()

    participant.post(reverse("process:calendar_settings"), {"switch": "off"})
    assert Client().get(feed_url).status_code == 404


def test_lead_reviewers_feed_carries_the_statutory_dates(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review_world.review.notification_date = datetime.date.today()
    review_world.review.save()
    page = client_for(review_world.lead).post(reverse("process:calendar_settings"))
    feed_url = re.search(r'data-testid="feed-url">([^<]+)<', page.content.decode())[1]
    body = Client().get(feed_url).content.decode()
    assert "Rapid review completed and sent to the panel" in body
