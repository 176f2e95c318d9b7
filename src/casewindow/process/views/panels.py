"""The process panels on the signed-in user's home and on a review's home page (registered in
process/apps.py)."""

import functools
from typing import Any

from django.utils import timezone

from casewindow.accounts.models import User
from casewindow.process.selectors import clock, meetings, process, stages
from casewindow.reviews.models import Review
from casewindow.reviews.selectors import review_next_stage


def dashboard_meetings(user: User) -> dict[str, Any]:
    """The user's coming meetings and the meeting actions given to them."""
    return {
        "my_meetings": meetings.meetings_of_user(user=user, since=timezone.now())[:10],
        "my_meeting_actions": meetings.meeting_actions_of_user(user=user)[:20],
    }


def review_home_process(review: Review) -> dict[str, Any]:
    """The statutory dates, the progress through the review's process steps, and what the
    current stage still needs before the next (the page shows it to the review team)."""
    following = review_next_stage(review=review)

    # Read only when the page shows it (the review team's view), and then once.
    @functools.cache
    def checklist() -> list[stages.StageCheck]:
        return stages.stage_checks(review, following.value) if following else []

    return {
        "statutory_dates": clock.review_due_dates(review),
        "progress": process.review_progress(review),
        "checklist": checklist,
    }
