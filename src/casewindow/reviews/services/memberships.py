"""Writes for a review's memberships: adding someone in a role, changing it, removing them.
A review always keeps at least one lead reviewer."""

from django.db import transaction

from casewindow.accounts.models import Membership, ReviewRole, User
from casewindow.accounts.services import MembershipError
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.reviews.models import Agency, Review


@transaction.atomic
def membership_add(
    *, actor: User, review: Review, user: User, role: str, agency: Agency | None = None
) -> Membership:
    """Give a user a role in a review."""
    if Membership.objects.filter(review=review, user=user).exists():
        raise MembershipError(f"{user} is already a member of this review")
    if agency is not None and agency.review_id != review.pk:
        raise MembershipError("That agency is not part of this review")
    membership = Membership.objects.create(review=review, user=user, role=role, agency=agency)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Added {user} as {membership.get_role_display()}",
        review=review,
        obj=membership,
        changes={"role": [None, role], "user": [None, user.email]},
    )
    return membership


def _last_lead(membership: Membership) -> bool:
    return (
        membership.role == ReviewRole.LEAD_REVIEWER
        and not Membership.objects.filter(review=membership.review, role=ReviewRole.LEAD_REVIEWER)
        .exclude(pk=membership.pk)
        .exists()
    )


@transaction.atomic
def membership_change(
    *, actor: User, membership: Membership, role: str, agency: Agency | None = None
) -> Membership:
    if role != membership.role and _last_lead(membership):
        raise MembershipError("A review must keep at least one lead reviewer")
    if agency is not None and agency.review_id != membership.review_id:
        raise MembershipError("That agency is not part of this review")
    changes = {}
    if role != membership.role:
        changes["role"] = [membership.role, role]
    if agency != membership.agency:
        changes["agency"] = [str(membership.agency or ""), str(agency or "")]
    membership.role = role
    membership.agency = agency
    membership.save(update_fields=["role", "agency"])
    if changes:
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            summary=f"Changed {membership.user}'s membership",
            review=membership.review,
            obj=membership,
            changes=changes,
        )
    return membership


@transaction.atomic
def membership_remove(*, actor: User, membership: Membership) -> None:
    if _last_lead(membership):
        raise MembershipError("A review must keep at least one lead reviewer")
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Removed {membership.user} ({membership.get_role_display()}) from the review",
        review=membership.review,
        obj=membership,
        changes={"role": [membership.role, None], "user": [membership.user.email, None]},
    )
    membership.delete()
