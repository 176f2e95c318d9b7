"""Records management: a review's retention date, deletion once it has passed (files and
content removed, a tombstone kept, audited, refused while the review is open), deletion of a
review created by mistake, and turning a rapid review into a full review."""

import datetime
import logging

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from casewindow.accounts.models import Partnership, User
from casewindow.analysis.models import Excerpt, Finding, KeyPracticeEpisode
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.evidence.models import ChronologyEntry, Conversation, SourceDocument
from casewindow.process.clock import add_months
from casewindow.process.models import (
    RetentionPolicy,
    ReviewRetention,
    ReviewStep,
    ReviewTombstone,
)
from casewindow.process.services.process_templates import template_current
from casewindow.reports.models import ReportExport
from casewindow.reviews.models import Review, ReviewStage, ReviewType

logger = logging.getLogger(__name__)
DEFAULT_YEARS = 10


class RecordsRefused(ValueError):
    pass


def retention_years(partnership: Partnership) -> int:
    policy = RetentionPolicy.objects.filter(partnership=partnership).first()
    return policy.years_after_publication if policy else DEFAULT_YEARS


def review_retention_date(review: Review, years: int) -> datetime.date | None:
    """The review's own date if one is set, otherwise `years` after publication (the target
    publication date stands for it); None while the review is not yet published."""
    own: ReviewRetention | None = getattr(review, "retention", None)
    if own is not None:
        return own.retain_until
    if review.stage not in (ReviewStage.ACTION_PLAN, ReviewStage.CLOSED):
        return None
    published = review.target_publication_date or review.updated_at.date()
    return add_months(published, 12 * years)


@transaction.atomic
def retention_policy_set(*, actor: User, partnership: Partnership, years: int) -> None:
    RetentionPolicy.objects.update_or_create(
        partnership=partnership, defaults={"years_after_publication": years}
    )
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"{partnership.name} keeps reviews {years} years after publication",
        obj=partnership,
    )


@transaction.atomic
def review_retention_set(
    *, actor: User, review: Review, retain_until: datetime.date | None
) -> None:
    if retain_until is None:
        ReviewRetention.objects.filter(review=review).delete()
    else:
        ReviewRetention.objects.update_or_create(
            review=review, defaults={"retain_until": retain_until, "set_by": actor}
        )
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Retention date of {review.reference} "
        + (
            f"set to {retain_until:%-d %B %Y}" if retain_until else "follows the partnership's rule"
        ),
        review=review,
    )


def review_holds_evidence(review: Review) -> bool:
    """Whether anything beyond the set-up has been gathered or written: documents, chronology,
    conversations or analysis."""
    return any(
        model.objects.filter(review=review).exists()
        for model in (
            SourceDocument,
            ChronologyEntry,
            Conversation,
            Excerpt,
            KeyPracticeEpisode,
            Finding,
        )
    )


def _destroy(
    *, actor: User, review: Review, reason: str, retain_until: datetime.date | None
) -> ReviewTombstone:
    files = [
        name
        for name in [
            *SourceDocument.objects.filter(review=review).values_list("file", flat=True),
            *ReportExport.objects.filter(review=review).values_list("file", flat=True),
        ]
        if name
    ]
    tombstone = ReviewTombstone.objects.create(
        partnership=review.partnership,
        reference=review.reference,
        review_type=review.review_type,
        created_on=review.created_at.date(),
        commissioned_date=review.commissioned_date,
        target_publication_date=review.target_publication_date,
        retain_until=retain_until,
        deleted_by=actor,
        deleted_by_label=f"{actor.full_name} <{actor.email}>",
        reason=reason,
        files_removed=len(files),
    )
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Deleted review {review.reference} and its {len(files)} file(s): {reason}",
        review=review,
        obj=tombstone,
        changes={"reference": review.reference, "files": len(files)},
    )
    review.delete()

    def remove_files() -> None:
        for name in files:
            try:
                default_storage.delete(name)
            except OSError:
                logger.exception("Could not remove %s of deleted review", name)

    # Only once the deletion is committed: a rolled-back deletion keeps its files.
    transaction.on_commit(remove_files)
    return tombstone


@transaction.atomic
def review_destroy(
    *, actor: User, review: Review, reason: str, today: datetime.date | None = None
) -> ReviewTombstone:
    """Delete a closed review whose retention date has passed, as the business manager
    confirms: its files and content go, a tombstone stays."""
    today = today or timezone.localdate()
    review = Review.objects.select_for_update().select_related("partnership").get(pk=review.pk)
    if review.stage != ReviewStage.CLOSED:
        raise RecordsRefused(
            f"{review.reference} is still open ({review.get_stage_display()}): only a closed "
            "review is deleted"
        )
    retain_until = review_retention_date(review, retention_years(review.partnership))
    if retain_until is None or retain_until >= today:
        raise RecordsRefused(f"{review.reference} is to be kept until {retain_until:%-d %B %Y}")
    if not reason.strip():
        raise RecordsRefused("Say why the review is deleted")
    return _destroy(actor=actor, review=review, reason=reason.strip(), retain_until=retain_until)


@transaction.atomic
def review_delete_mistake(*, actor: User, review: Review, reason: str) -> ReviewTombstone:
    """Delete a review created by mistake: only while it holds no evidence or analysis."""
    review = Review.objects.select_for_update().select_related("partnership").get(pk=review.pk)
    if review_holds_evidence(review):
        raise RecordsRefused(
            f"{review.reference} holds evidence or analysis: it is kept until its retention date"
        )
    return _destroy(
        actor=actor,
        review=review,
        reason=f"Created by mistake: {reason.strip() or 'no reason given'}",
        retain_until=None,
    )


@transaction.atomic
def review_convert_to_full(
    *, actor: User, review: Review, review_type: str, commissioned_date: datetime.date | None
) -> Review:
    """Turn a rapid review into a full review, keeping everything it holds. Steps already
    started stay; the full review's steps are added after them."""
    review = Review.objects.select_for_update().select_related("partnership").get(pk=review.pk)
    if review.review_type != ReviewType.RAPID_REVIEW:
        raise RecordsRefused("Only a rapid review can be turned into a full review")
    if review_type == ReviewType.RAPID_REVIEW or review_type not in ReviewType.values:
        raise RecordsRefused("Choose the type of the full review")
    if (
        commissioned_date
        and review.notification_date
        and commissioned_date < review.notification_date
    ):
        raise RecordsRefused("The review cannot be commissioned before the notification")
    review.review_type = review_type
    if commissioned_date:
        review.commissioned_date = commissioned_date
    review.save(update_fields=["review_type", "commissioned_date", "updated_at"])
    steps = ReviewStep.objects.filter(review=review)
    if steps.exists():
        template = template_current(review.partnership, review_type)
        position = steps.order_by("-position").values_list("position", flat=True)[0]
        added = []
        for stage in template.stages:
            for step in stage["steps"]:
                position += 1
                added.append(
                    ReviewStep(
                        review=review,
                        template=template,
                        position=position,
                        stage_title=stage["title"],
                        title=step["title"],
                        who=step.get("who", ""),
                        tool=step.get("tool", ""),
                    )
                )
        ReviewStep.objects.bulk_create(added)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Turned rapid review {review.reference} into a {review.get_review_type_display()}",
        review=review,
        changes={"review_type": [ReviewType.RAPID_REVIEW, review_type]},
    )
    return review
