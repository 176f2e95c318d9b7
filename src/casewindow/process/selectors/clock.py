"""The statutory clock of a review (and of many at once, for the partnership home)."""

import datetime
from collections.abc import Iterable

from django.utils import timezone

from casewindow.accounts.models import Partnership
from casewindow.drafts.models import Draft
from casewindow.process.clock import (
    DueDate,
    WorkingCalendar,
    due_state,
    statutory_dates,
)
from casewindow.process.models import ClosureDay
from casewindow.reviews.models import Review, ReviewStage

KEY_DATE_FIELDS = (
    "incident_date",
    "notification_date",
    "rapid_review_date",
    "commissioned_date",
    "target_publication_date",
)


def today() -> datetime.date:
    return timezone.localdate()


def partnership_calendar(partnership: Partnership | int) -> WorkingCalendar:
    """Working days for a partnership: weekends, England and Wales bank holidays and its own
    closure days excluded."""
    partnership_id = partnership if isinstance(partnership, int) else partnership.pk
    closures = ClosureDay.objects.filter(partnership_id=partnership_id).values_list(
        "date", flat=True
    )
    return WorkingCalendar.england_and_wales(closures)


def review_key_dates(review: Review) -> dict[str, datetime.date | None]:
    dates: dict[str, datetime.date | None] = {
        name: getattr(review, name) for name in KEY_DATE_FIELDS
    }
    # A review past publication has met its publication date; the date itself is not recorded
    # separately, so the target stands for it.
    published = review.stage in (ReviewStage.ACTION_PLAN, ReviewStage.CLOSED)
    dates["published_date"] = review.target_publication_date if published else None
    return dates


def review_due_dates(
    review: Review,
    *,
    working: WorkingCalendar | None = None,
    on: datetime.date | None = None,
    comment_windows: Iterable[tuple[int, datetime.date]] | None = None,
) -> list[DueDate]:
    """The review's statutory dates and its open comment windows, each with how far off it is
    in working days, in date order."""
    working = working or partnership_calendar(review.partnership_id)
    on = on or today()
    found = statutory_dates(review_key_dates(review), today=on, working=working)
    if review.stage in (ReviewStage.ACTION_PLAN, ReviewStage.CLOSED):
        # Once published, a date still open (the report sent before publication) is past
        # mattering: only what was met, and how, stays on the record.
        found = [due for due in found if not due.open]
    windows: Iterable[tuple[int, datetime.date | None]] = (
        comment_windows
        if comment_windows is not None
        else Draft.objects.filter(
            review=review, comments_close_on__isnull=False, comments_close_on__gte=on
        ).values_list("number", "comments_close_on")
    )
    for number, closes in windows:
        if closes is None:
            continue
        state, days = due_state(closes, None, today=on, working=working)
        found.append(
            DueDate(
                f"comments_draft_{number}",
                f"Comments on draft {number} close",
                "the comment window set when the draft was shared",
                closes,
                None,
                state,
                days,
            )
        )
    return sorted(found, key=lambda d: d.due)


def next_open_date(dates: list[DueDate]) -> DueDate | None:
    """The first date still to meet (overdue ones first, as they come earlier)."""
    return next((due for due in dates if due.open), None)
