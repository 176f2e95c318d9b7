"""Writes for a review's memberships: adding someone in a role, changing it, removing them.
A review always keeps at least one lead reviewer."""

from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from casewindow.accounts.models import Membership, ReviewRole, User
from casewindow.accounts.services import (
    MembershipError,
    user_is_invited,
    user_send_invitation,
)
from casewindow.audit import throttle
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


def _mail_context(
    membership: Membership, actor: User, domain: str, use_https: bool
) -> dict[str, str]:
    """What every e-mail about a membership says: the review by its reference and title (never
    the names of the people in it), the role and who added them."""
    review = membership.review
    link = reverse("reviews:review_home", args=[review.reference])
    return {
        "review_reference": review.reference,
        "review_title": review.title,
        "partnership": review.partnership.name,
        "role": membership.get_role_display(),
        "added_by": actor.full_name or actor.email,
        "review_link": f"{'https' if use_https else 'http'}://{domain}{link}",
    }


def membership_tell(*, actor: User, membership: Membership, domain: str, use_https: bool) -> str:
    """E-mail someone just added to a review: someone with no password yet gets the invitation
    (a link to choose one); someone with an account is told they were added, with the link to
    the review. Returns "invitation" or "added"."""
    context = _mail_context(membership, actor, domain, use_https)
    user = membership.user
    if user_is_invited(user):
        user_send_invitation(user=user, domain=domain, use_https=use_https, context=context)
        return "invitation"
    send_mail(
        render_to_string("reviews/email/member_added_subject.txt", context).strip(),
        render_to_string("reviews/email/member_added.txt", context),
        None,
        [user.email],
    )
    return "added"


@transaction.atomic
def membership_invitation_resend(
    *, actor: User, membership: Membership, domain: str, use_https: bool
) -> None:
    """Send the invitation again (a fresh link; the earlier one stops working once a password is
    chosen) to a member who has not chosen a password yet."""
    user = membership.user
    if not user_is_invited(user):
        raise MembershipError(
            f"{user} has already chosen a password: they sign in as usual (and can reset a "
            "forgotten password from the sign-in page)"
        )
    if not throttle.invitation_allowed(actor.pk):
        raise MembershipError(
            "You have sent as many invitations as allowed in the last hour. Try again later."
        )
    user_send_invitation(
        user=user,
        domain=domain,
        use_https=use_https,
        context=_mail_context(membership, actor, domain, use_https),
    )
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Sent the invitation to {user} again",
        review=membership.review,
        obj=membership,
    )
