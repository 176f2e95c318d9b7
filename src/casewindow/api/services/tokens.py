"""Making, revoking and recognising personal access tokens. Each change is in the owner's
audit trail (a security event, and the review's log when the token is for one review)."""

import datetime
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from casewindow.accounts.models import User
from casewindow.api.models import PersonalAccessToken, TokenAccess
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.reviews.models import Review

TOKEN_START = "cw_"  # noqa: S105 (the start every token shares, not a secret)
PREFIX_LENGTH = 10  # "cw_" and 7 characters of the secret: enough to tell tokens apart
# How long a token may live, in days: the owner chooses one of these.
LIFETIMES = (7, 30, 90, 365)
# A token's last use is written at most this often (a busy client must not write every call).
LAST_USED_EVERY = datetime.timedelta(minutes=1)


def token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class TokenError(ValueError):
    """A token that cannot be made as asked; the message is for the user."""


@transaction.atomic
def token_create(
    *,
    actor: User,
    name: str,
    access: str,
    review: Review | None,
    lifetime_days: int,
) -> tuple[PersonalAccessToken, str]:
    """A new token for `actor`, and its secret (shown once, never stored)."""
    if access not in TokenAccess.values:
        raise TokenError("Choose what the token may do")
    if lifetime_days not in LIFETIMES:
        raise TokenError("Choose how long the token lasts")
    if review is not None and not review.memberships.filter(user=actor).exists():
        raise TokenError("Choose a review you are a member of")
    secret = TOKEN_START + secrets.token_urlsafe(32)
    token = PersonalAccessToken.objects.create(
        user=actor,
        name=name.strip()[:100],
        prefix=secret[:PREFIX_LENGTH],
        token_hash=token_hash(secret),
        access=access,
        review=review,
        expires_at=timezone.now() + datetime.timedelta(days=lifetime_days),
    )
    where = f"review {review.reference}" if review else "every review they may see"
    audit_record(
        actor=actor,
        action=AuditAction.SECURITY,
        summary=f"Created API token “{token.name}” ({token.prefix}…): "
        f"{token.get_access_display().lower()}, {where}, expires "
        f"{timezone.localtime(token.expires_at):%-d %B %Y}",
        review=review,
        obj=token,
    )
    return token, secret


@transaction.atomic
def token_revoke(*, actor: User, token: PersonalAccessToken) -> PersonalAccessToken:
    """Stop the token working at once (it stays listed, as revoked)."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit_record(
            actor=actor,
            action=AuditAction.SECURITY,
            summary=f"Revoked API token “{token.name}” ({token.prefix}…)",
            review=token.review,
            obj=token,
        )
    return token


def token_for_secret(secret: str) -> PersonalAccessToken | None:
    """The working token with this secret, with its owner: None for an unknown, revoked or
    expired token, or one whose owner's account is switched off."""
    if not secret.startswith(TOKEN_START) or len(secret) > 100:
        return None
    token = (
        PersonalAccessToken.objects.select_related("user", "review")
        .filter(token_hash=token_hash(secret), user__is_active=True)
        .first()
    )
    if token is None or not token.is_active:
        return None
    return token


def token_note_used(token: PersonalAccessToken) -> None:
    """Keep when the token was last used (to the minute)."""
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_EVERY:
        PersonalAccessToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
