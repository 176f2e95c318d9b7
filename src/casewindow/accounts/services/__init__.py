"""Writes for users and partnerships (a review's memberships: reviews.services.memberships)."""

from collections.abc import Iterator
from typing import Any

from django.contrib.auth.forms import PasswordResetForm
from django.db import transaction

from casewindow.accounts.models import (
    Partnership,
    PartnershipMembership,
    PartnershipRole,
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


class _InvitationForm(PasswordResetForm):
    """Django's password-reset form, mailing the invited user: Django only mails users with a
    usable password, and an invited user has none yet."""

    def __init__(self, *args: Any, invited: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.invited = invited

    def get_users(self, email: str) -> Iterator[User]:
        yield self.invited


def user_send_invitation(
    *, user: User, domain: str, use_https: bool, context: dict[str, str] | None = None
) -> None:
    """E-mail a new user a link to choose their password (Django's password-reset flow).
    `context` tells the e-mail what they were invited to (a review's reference and title, the
    role, who added them)."""
    form = _InvitationForm({"email": user.email}, invited=user)
    if form.is_valid():
        form.save(
            domain_override=domain,
            use_https=use_https,
            subject_template_name="accounts/email/invitation_subject.txt",
            email_template_name="accounts/email/invitation.txt",
            extra_email_context=context,
        )


def user_is_invited(user: User) -> bool:
    """The account was made for them by someone else and they have not chosen a password yet
    (so they have never signed in with one)."""
    return not user.has_usable_password()


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
