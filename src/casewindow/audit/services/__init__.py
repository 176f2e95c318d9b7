"""Writing to the audit log. Every change service calls `audit_record`; reads of review
content are noted by the access loaders and written once per request by the middleware."""

from collections.abc import Mapping, Sequence
from typing import Any
from weakref import WeakKeyDictionary

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db import models, transaction
from django.http import HttpRequest
from django.utils import timezone

from casewindow.audit.context import current_context
from casewindow.audit.integrity import HASHED_FIELDS, event_hash
from casewindow.audit.models import AuditAction, AuditChainHead, AuditEvent


def _object_ref(obj: models.Model | None) -> tuple[str, str]:
    if obj is None:
        return "", ""
    ident = getattr(obj, "uuid", None) or obj.pk
    return obj._meta.label, str(ident)


def _text(value: str) -> str:
    """PostgreSQL text cannot hold NUL, and a probe's path may carry one (/reviews/a%00b/)."""
    return value.replace("\x00", "\ufffd")


def audit_record(
    *,
    actor: AbstractBaseUser | AnonymousUser | None,
    action: AuditAction | str,
    summary: str,
    review: models.Model | None = None,
    obj: models.Model | None = None,
    changes: Mapping[str, Any] | None = None,
    actor_label: str = "",
) -> AuditEvent:
    """Append one event to the audit log."""
    context = current_context.get()
    object_type, object_id = _object_ref(obj)
    # The audit log comes first in the pipeline, before the apps that define the user and the
    # review models, so it takes any user and any model and cannot name their fields' types.
    user: Any = actor if getattr(actor, "is_authenticated", False) else None
    about: Any = review
    event = AuditEvent(
        at=timezone.now(),
        actor=user,
        actor_label=actor_label or (f"{user.full_name} <{user.email}>" if user else "anonymous"),
        action=action,
        review=about,
        object_type=object_type,
        object_id=object_id,
        summary=_text(summary)[:500],
        changes=dict(changes or {}),
        # As the database will store it, so that the hash is over what is stored.
        ip_address=_IP_FIELD.get_prep_value(context.ip_address),
        user_agent=_text(context.user_agent)[:300],
        path=_text(context.path)[:500],
    )
    _chain_and_save(event)
    return event


def audit_record_many(
    *,
    actor: AbstractBaseUser | AnonymousUser | None,
    action: AuditAction | str,
    summaries: Sequence[tuple[Any, str]],
) -> None:
    """Append one event per (review, summary), as `audit_record` would one by one, in a
    constant number of queries: the chain head is locked once and the events are inserted
    together (a learning page shows the learning of a hundred reviews at once)."""
    if not summaries:
        return
    context = current_context.get()
    user: Any = actor if getattr(actor, "is_authenticated", False) else None
    label = f"{user.full_name} <{user.email}>" if user else "anonymous"
    events = [
        AuditEvent(
            at=timezone.now(),
            actor=user,
            actor_label=label,
            action=action,
            review=review,
            summary=_text(summary)[:500],
            changes={},
            ip_address=_IP_FIELD.get_prep_value(context.ip_address),
            user_agent=_text(context.user_agent)[:300],
            path=_text(context.path)[:500],
        )
        for review, summary in summaries
    ]
    with transaction.atomic(savepoint=False):
        head, _created = AuditChainHead.objects.select_for_update().get_or_create(pk=1)
        previous = head.last_hash
        for event in events:
            values = {name: getattr(event, name) for name in HASHED_FIELDS}
            event.prev_hash = previous
            event.row_hash = previous = event_hash(values, previous)
        AuditEvent.objects.bulk_create(events)
        last_id = events[-1].pk
        if last_id is None:  # a database that does not return the new keys
            last_id = AuditEvent.objects.filter(row_hash=previous).values_list("pk", flat=True)[0]
        head.last_event_id = last_id
        head.last_hash = previous
        head.save(update_fields=["last_event_id", "last_hash"])


_IP_FIELD = AuditEvent._meta.get_field("ip_address")


def _chain_and_save(event: AuditEvent) -> None:
    """Link the event to the newest one and save it. The chain head is locked until the
    surrounding transaction ends, so concurrent writers queue here rather than both chaining
    onto the same predecessor (on SQLite every writing transaction is already serialised)."""
    # No savepoint: inside a caller's transaction a failure rolls that back whole anyway.
    with transaction.atomic(savepoint=False):
        head, _created = AuditChainHead.objects.select_for_update().get_or_create(pk=1)
        values = {name: getattr(event, name) for name in HASHED_FIELDS}
        event.prev_hash = head.last_hash
        event.row_hash = event_hash(values, head.last_hash)
        event.save(force_insert=True)
        head.last_event_id = event.pk
        head.last_hash = event.row_hash
        head.save(update_fields=["last_event_id", "last_hash"])


def audit_chain_imported(event: AuditEvent) -> None:
    """Append an event brought from another instance (casewindow import_review) as it was
    recorded there, chained onto this instance's log."""
    _chain_and_save(event)


def audit_chain_imported_many(events: list[AuditEvent]) -> None:
    """Append many events brought from another instance, in order, chained onto this
    instance's log: the chain head is locked once and the rows are inserted in batches (a
    review's whole audit log is imported this way)."""
    if not events:
        return
    with transaction.atomic(savepoint=False):
        head, _created = AuditChainHead.objects.select_for_update().get_or_create(pk=1)
        last = head.last_hash
        for event in events:
            values = {name: getattr(event, name) for name in HASHED_FIELDS}
            event.prev_hash = last
            event.row_hash = last = event_hash(values, last)
        AuditEvent.objects.bulk_create(events, batch_size=500)
        newest = events[-1].pk
        if newest is None:  # a database that does not return the ids of bulk inserts
            newest = AuditEvent.objects.filter(row_hash=last).values_list("pk", flat=True).last()
        head.last_event_id = newest
        head.last_hash = last
        head.save(update_fields=["last_event_id", "last_hash"])


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


# What each request in flight showed of review content: (review, object read), the last noted.
_reads: "WeakKeyDictionary[HttpRequest, tuple[models.Model, models.Model]]" = WeakKeyDictionary()


def audit_note_read(
    request: HttpRequest, *, review: models.Model, obj: models.Model | None = None
) -> None:
    """Remember that this request showed review content; the middleware writes one event."""
    _reads[request] = (review, obj or review)


def audit_read_of(request: HttpRequest) -> tuple[models.Model, models.Model] | None:
    """What `audit_note_read` last noted for this request, if anything."""
    return _reads.get(request)
