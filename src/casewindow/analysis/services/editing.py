"""The two safety mechanisms every editable analysis object shares.

Optimistic locking: a form carries the `version` it was opened at; saving checks it in the same
transaction (row locked) and refuses with EditConflict if someone saved since, naming who and
when, so no edit is ever lost silently. Soft delete: removing sets `deleted_at`; the lead
reviewer can restore it. Both write the audit log."""

import datetime
from typing import Generic, TypeVar, cast

from django.db import models, transaction
from django.utils import timezone

from casewindow.accounts.actors import Actor, user_to_record
from casewindow.analysis.models import Editable
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.reviews.models import Review

E = TypeVar("E", bound=Editable)
M = TypeVar("M", bound=models.Model)


class EditConflict(Exception, Generic[M]):
    """Someone else saved this object after the editor opened it."""

    def __init__(self, current: M, *, version: int, saved_at: datetime.datetime) -> None:
        self.current = current  # an analysis object or a report section, as saved now
        self.version = version
        who = getattr(current, "updated_by", None)
        when = timezone.localtime(saved_at).strftime("%-d %B %Y at %H:%M")
        super().__init__(
            f"{who or 'Someone'} changed this on {when}, after you opened it. Your changes have "
            "not been saved: compare them with the current version below and save again."
        )


def lock_for_edit(obj: E, *, expected_version: int | None) -> E:
    """The object, re-read and locked for this transaction; EditConflict if its version is no
    longer the one the editor started from. Call inside transaction.atomic."""
    # The stubs type an Editable subclass's manager as the base class's.
    manager = cast("models.Manager[E]", type(obj)._default_manager)
    current = manager.select_for_update().get(pk=obj.pk)
    if expected_version is not None and current.version != expected_version:
        raise EditConflict(current, version=current.version, saved_at=current.updated_at)
    return current


def mark_edited(obj: Editable, *, actor: Actor) -> None:
    """Call just before saving an edit: the next editor must start from this version."""
    obj.version += 1
    obj.updated_by = user_to_record(actor)


@transaction.atomic
def soft_delete(*, actor: Actor, obj: Editable, review: Review, summary: str) -> None:
    obj.deleted_at = timezone.now()
    obj.deleted_by = user_to_record(actor)
    obj.save(update_fields=["deleted_at", "deleted_by"])
    audit_record(actor=actor, action=AuditAction.DELETE, summary=summary, review=review, obj=obj)


@transaction.atomic
def restore(*, actor: Actor, obj: Editable, review: Review, summary: str) -> None:
    obj.deleted_at = None
    obj.deleted_by = None
    obj.save(update_fields=["deleted_at", "deleted_by"])
    audit_record(actor=actor, action=AuditAction.UPDATE, summary=summary, review=review, obj=obj)
