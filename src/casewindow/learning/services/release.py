"""Releasing a review's learning to its partnership before publication (the lead's choice)."""

from django.db import transaction

from casewindow.accounts.actors import Actor
from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.learning.models import LearningRelease
from casewindow.reviews.models import Review


@transaction.atomic
def learning_release(*, actor: User, review: Review) -> LearningRelease:
    """Release the review's learning (findings, episode summaries, factors, recommendations,
    anonymised) to the partnership's business managers, lead reviewers and board readers.
    Releasing again changes nothing."""
    release, created = LearningRelease.objects.get_or_create(
        review=review, defaults={"released_by": actor}
    )
    if created:
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            summary="Released the review's learning to the partnership",
            review=review,
            obj=release,
        )
    return release


@transaction.atomic
def learning_release_withdraw(*, actor: Actor, review: Review) -> bool:
    """Withdraw an early release: the learning is again for the review's members until it is
    published. Returns whether there was a release to withdraw."""
    deleted, _ = LearningRelease.objects.filter(review=review).delete()
    if deleted:
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            summary="Withdrew the release of the review's learning to the partnership",
            review=review,
        )
    return bool(deleted)
