"""The process panels on the signed-in user's home and on a review's home page (registered in
process/apps.py)."""

from typing import Any

from django.utils import timezone

from casewindow.accounts.models import User
from casewindow.process.selectors import clock, meetings, process
from casewindow.reviews.models import Review


def dashboard_meetings(user: User) -> dict[str, Any]:
    """The user's coming meetings and the meeting actions given to them."""
    return {
        "my_meetings": meetings.meetings_of_user(user=user, since=timezone.now())[:10],
        "my_meeting_actions": meetings.meeting_actions_of_user(user=user)[:20],
    }


def review_home_process(review: Review) -> dict[str, Any]:
    """The statutory dates and the progress through the review's process steps."""
    return {
        "statutory_dates": clock.review_due_dates(review),
        "progress": process.review_progress(review),
    }
