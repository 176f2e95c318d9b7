"""Inviting someone into a partnership by e-mail address, without disclosing whether the
address has an account or what name it holds.

The business manager gets the same answer for any address ("invitation sent"); the invitee
gets an e-mail with a single-use link; only when they accept (signing in to their existing
account, or creating one) does the membership exist and their name show. Invitations are
limited per inviter per hour, so no one can use Casewindow to e-mail arbitrary addresses
freely."""

import datetime
import hashlib
import secrets
from uuid import UUID

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare

from casewindow.accounts.models import (
    Partnership,
    PartnershipInvitation,
    PartnershipMembership,
    User,
)
from casewindow.accounts.services import MembershipError
from casewindow.audit import throttle
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record

VALID_FOR = datetime.timedelta(days=14)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def partnership_invite(
    *,
    actor: User,
    partnership: Partnership,
    email: str,
    role: str,
    domain: str,
    use_https: bool,
) -> PartnershipInvitation:
    """E-mail an invitation to join the partnership (replacing an earlier unanswered one to
    the same address)."""
    email = email.strip().lower()
    if PartnershipMembership.objects.filter(
        partnership=partnership, user__email__iexact=email
    ).exists():
        # The manager sees the partnership's members anyway: this discloses nothing new.
        raise MembershipError(f"{email} is already a member of {partnership}")
    if not throttle.invitation_allowed(actor.pk):
        raise MembershipError(
            f"You have sent {settings.CASEWINDOW_INVITATIONS_PER_HOUR} invitations in the last "
            "hour, the most allowed. Try again later."
        )
    PartnershipInvitation.objects.filter(
        partnership=partnership, email=email, accepted_at__isnull=True
    ).delete()
    token = secrets.token_urlsafe(32)
    invitation = PartnershipInvitation.objects.create(
        partnership=partnership,
        email=email,
        role=role,
        invited_by=actor,
        token_hash=_hash(token),
    )
    link = reverse("accounts:invitation_accept", args=[invitation.uuid, token])
    context = {
        "partnership": partnership,
        "inviter": actor,
        "role": invitation.get_role_display(),
        "link": f"{'https' if use_https else 'http'}://{domain}{link}",
        "days": VALID_FOR.days,
    }
    send_mail(
        render_to_string("accounts/email/partnership_invitation_subject.txt", context).strip(),
        render_to_string("accounts/email/partnership_invitation.txt", context),
        None,
        [email],
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Invited {email} to partnership {partnership} as {invitation.get_role_display()}",
        obj=invitation,
    )
    return invitation


def invitation_for_link(invitation_uuid: UUID | str, token: str) -> PartnershipInvitation | None:
    """The unanswered, unexpired invitation this link is for; None for any other link."""
    invitation = (
        PartnershipInvitation.objects.select_related("partnership")
        .filter(uuid=invitation_uuid, accepted_at__isnull=True)
        .first()
    )
    if invitation is None or not constant_time_compare(invitation.token_hash, _hash(token)):
        return None
    if timezone.now() - invitation.created_at > VALID_FOR:
        return None
    return invitation


def invitation_account(invitation: PartnershipInvitation) -> User | None:
    return User.objects.filter(email__iexact=invitation.email).first()


@transaction.atomic
def invitation_accept(*, invitation: PartnershipInvitation, user: User) -> PartnershipMembership:
    """The invitee (signed in as the invited address) joins the partnership."""
    if user.email.lower() != invitation.email.lower():
        raise MembershipError("This invitation is for another e-mail address")
    invitation = PartnershipInvitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None:
        raise MembershipError("This invitation has already been accepted")
    membership, _created = PartnershipMembership.objects.get_or_create(
        partnership=invitation.partnership, user=user, defaults={"role": invitation.role}
    )
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    audit_record(
        actor=user,
        action=AuditAction.CREATE,
        summary=(
            f"Accepted the invitation to partnership {invitation.partnership} as "
            f"{membership.get_role_display()}"
        ),
        obj=membership,
    )
    return membership


@transaction.atomic
def invitation_accept_new_account(
    *, invitation: PartnershipInvitation, full_name: str, password: str
) -> User:
    """The invitee has no account: make one with the name and password they chose, and join."""
    if invitation_account(invitation) is not None:
        raise MembershipError("Sign in to accept this invitation")
    user = User.objects.create_user(
        email=invitation.email, password=password, full_name=full_name.strip()
    )
    invitation_accept(invitation=invitation, user=user)
    return user


def invitations_waiting(partnership: Partnership) -> QuerySet[PartnershipInvitation]:
    return partnership.invitations.filter(accepted_at__isnull=True).order_by("-created_at")
