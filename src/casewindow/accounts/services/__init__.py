"""Writes for partnerships and review memberships."""

from django.contrib.auth.forms import PasswordResetForm
from django.db import transaction

from casewindow.accounts.models import (
    Membership,
    Partnership,
    PartnershipMembership,
    PartnershipRole,
    ReviewRole,
    User,
)
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record


class MembershipError(ValueError):
    """A request the rules refuse; the message is shown to the user as it is."""


@transaction.atomic
def partnership_create(*, actor: User | None, name: str) -> Partnership:
    """Create a partnership; its creator becomes a business manager of it."""
    name = name.strip()
    if Partnership.objects.filter(name__iexact=name).exists():
        raise MembershipError(f"A partnership called {name} already exists")
    partnership = Partnership.objects.create(name=name)
    if actor is not None:
        PartnershipMembership.objects.create(
            partnership=partnership, user=actor, role=PartnershipRole.MANAGER
        )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Created partnership {name}",
        obj=partnership,
    )
    return partnership


def user_find_or_invite(*, email: str, full_name: str, job_title: str = "") -> tuple[User, bool]:
    """The account for this e-mail address, creating it (with no password) if there is none.
    Returns (user, created)."""
    email = email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        return user, False
    if not full_name.strip():
        raise MembershipError(
            "There is no account for this e-mail address yet: enter the person's full name "
            "so that one can be created"
        )
    return User.objects.create_user(
        email=email, full_name=full_name.strip(), job_title=job_title
    ), True


def user_send_invitation(*, user: User, domain: str, use_https: bool) -> None:
    """E-mail a new user a link to choose their password (Django's password-reset flow)."""
    form = PasswordResetForm({"email": user.email})
    if form.is_valid():
        # Django only mails users with a usable password; an invited user has none yet.
        form.get_users = lambda email: [user]  # type: ignore[method-assign]
        form.save(
            domain_override=domain,
            use_https=use_https,
            subject_template_name="accounts/email/invitation_subject.txt",
            email_template_name="accounts/email/invitation.txt",
        )


@transaction.atomic
def partnership_member_add(
    *, actor: User, partnership: Partnership, user: User, role: str
) -> PartnershipMembership:
    membership, created = PartnershipMembership.objects.get_or_create(
        partnership=partnership, user=user, defaults={"role": role}
    )
    if not created:
        raise MembershipError(f"{user} is already a member of {partnership}")
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Added {user} to partnership {partnership} as {membership.get_role_display()}",
        obj=membership,
    )
    return membership


@transaction.atomic
def membership_add(
    *, actor: User, review, user: User, role: str, agency=None
) -> Membership:  # review: reviews.Review
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
def membership_change(*, actor: User, membership: Membership, role: str, agency=None) -> Membership:
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
