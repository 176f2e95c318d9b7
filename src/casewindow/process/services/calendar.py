"""A user's private calendar feed: made, made again (the old address stops working) or
switched off."""

import hashlib
import secrets

from django.db import transaction

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.process.models import CalendarFeed


def feed_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def calendar_feed_make(*, user: User) -> str:
    """A new feed address token for the user (shown once); any earlier one stops working."""
    token = secrets.token_urlsafe(32)
    CalendarFeed.objects.update_or_create(
        user=user, defaults={"token_hash": feed_token_hash(token)}
    )
    audit_record(
        actor=user, action=AuditAction.SECURITY, summary="Made a new calendar feed address"
    )
    return token


@transaction.atomic
def calendar_feed_revoke(*, user: User) -> None:
    CalendarFeed.objects.filter(user=user).delete()
    audit_record(actor=user, action=AuditAction.SECURITY, summary="Switched off the calendar feed")
