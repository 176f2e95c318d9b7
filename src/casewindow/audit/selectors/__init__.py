import datetime

from django.db import models
from django.db.models import QuerySet
from django.utils import timezone

from casewindow.audit.models import AuditEvent


def audit_events_for_review(
    *,
    review: models.Model,
    actor_id: int | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuerySet[AuditEvent]:
    """A review's audit log (the review typed as a model: audit comes before reviews in the
    pipeline), newest first, optionally for one person and a date range
    (inclusive, in local time)."""
    events = AuditEvent.objects.filter(review_id=review.pk).select_related("actor")
    if actor_id:
        events = events.filter(actor_id=actor_id)
    tz = timezone.get_current_timezone()
    if date_from:
        events = events.filter(at__gte=datetime.datetime.combine(date_from, datetime.time.min, tz))
    if date_to:
        events = events.filter(
            at__lt=datetime.datetime.combine(
                date_to + datetime.timedelta(days=1), datetime.time.min, tz
            )
        )
    return events.order_by("-at", "-id")
