"""Writing to the audit log. Every change service calls `audit_record`; reads of review
content are noted by the access loaders and written once per request by the middleware."""

from collections.abc import Mapping
from typing import Any

from django.db import models
from django.http import HttpRequest

from casewindow.audit.context import current_context
from casewindow.audit.models import AuditAction, AuditEvent


def _object_ref(obj: models.Model | None) -> tuple[str, str]:
    if obj is None:
        return "", ""
    ident = getattr(obj, "uuid", None) or obj.pk
    return obj._meta.label, str(ident)


def audit_record(
    *,
    actor: Any,
    action: AuditAction | str,
    summary: str,
    review: Any = None,
    obj: models.Model | None = None,
    changes: Mapping[str, Any] | None = None,
    actor_label: str = "",
) -> AuditEvent:
    """Append one event to the audit log."""
    context = current_context.get()
    object_type, object_id = _object_ref(obj)
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        actor=user,
        actor_label=actor_label or (f"{user.full_name} <{user.email}>" if user else "anonymous"),
        action=action,
        review=review,
        object_type=object_type,
        object_id=object_id,
        summary=summary[:500],
        changes=dict(changes or {}),
        ip_address=context.ip_address,
        user_agent=context.user_agent[:300],
        path=context.path[:500],
    )


def field_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """The fields whose values differ, as {field: [old, new]} with values as text."""
    return {
        name: [_plain(before.get(name)), _plain(after.get(name))]
        for name in sorted(set(before) | set(after))
        if before.get(name) != after.get(name)
    }


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str, list)):
        return value
    return str(value)


def audit_note_read(request: HttpRequest, *, review: Any, obj: models.Model | None = None) -> None:
    """Remember that this request showed review content; the middleware writes one event."""
    request.audit_read = (review, obj or review)  # type: ignore[attr-defined]
