"""Sign-in, sign-out and failed sign-in go to the audit log. Django announces these only as
signals, so this is the one place the project listens to signals."""

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record


@receiver(user_logged_in)
def _signed_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    audit_record(actor=user, action=AuditAction.SIGN_IN, summary="Signed in")


@receiver(user_logged_out)
def _signed_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit_record(actor=user, action=AuditAction.SIGN_OUT, summary="Signed out")


@receiver(user_login_failed)
def _sign_in_failed(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any
) -> None:
    attempted = str(credentials.get("username") or credentials.get("email") or "")[:200]
    audit_record(
        actor=None,
        action=AuditAction.SIGN_IN_FAILED,
        summary=f"Failed sign-in for {attempted or 'an empty e-mail address'}",
        actor_label=attempted,
    )
