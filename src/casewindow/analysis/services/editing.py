"""The two safety mechanisms every editable analysis object shares.

Optimistic locking: a form carries the `version` it was opened at; saving checks it in the same
transaction (row locked) and refuses with EditConflict if someone saved since, naming who and
when, so no edit is ever lost silently. Soft delete: removing sets `deleted_at`; the lead
reviewer can restore it. Both write the audit log."""

from typing import Any

from django.db import models, transaction
from django.utils import timezone

from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record


class EditConflict(Exception):
    """Someone else saved this object after the editor opened it."""

    def __init__(self, current: models.Model) -> None:
        self.current = current
        who = getattr(current, "updated_by", None)
        when = timezone.localtime(current.updated_at).strftime("%-d %B %Y at %H:%M")
        super().__init__(
            f"{who or 'Someone'} changed this on {when}, after you opened it. Your changes have "
            "not been saved: compare them with the current version below and save again."
        )


def lock_for_edit(obj: models.Model, *, expected_version: int | None) -> models.Model:
    """The object, re-read and locked for this transaction; EditConflict if its version is no
    longer the one the editor started from. Call inside transaction.atomic."""
    current = type(obj).objects.select_for_update().get(pk=obj.pk)
    if expected_version is not None and current.version != expected_version:
        raise EditConflict(current)
    return current


def mark_edited(obj: Any, *, actor: Any) -> None:
    """Call just before saving an edit: the next editor must start from this version."""
    obj.version += 1
    obj.updated_by = actor if getattr(actor, "is_authenticated", False) else None


@transaction.atomic
def soft_delete(*, actor: Any, obj: Any, review: Any, summary: str) -> None:
    obj.deleted_at = timezone.now()
    obj.deleted_by = actor if getattr(actor, "is_authenticated", False) else None
    obj.save(update_fields=["deleted_at", "deleted_by"])
    audit_record(actor=actor, action=AuditAction.DELETE, summary=summary, review=review, obj=obj)


@transaction.atomic
def restore(*, actor: Any, obj: Any, review: Any, summary: str) -> None:
    obj.deleted_at = None
    obj.deleted_by = None
    obj.save(update_fields=["deleted_at", "deleted_by"])
    audit_record(actor=actor, action=AuditAction.UPDATE, summary=summary, review=review, obj=obj)
