"""Correcting the chronology by hand: correct an entry, add one, mark it out of scope, remove it
(soft delete; the lead reviewer restores it). The values read at import are kept the first time
an entry is corrected, so the original stays visible beside the correction. Every change states
the version the reviewer opened (optimistic locking, as the analysis does), runs in one
transaction and records one audit event with what changed."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from casewindow.accounts.actors import Actor, user_to_record
from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.evidence.importing.dates import APPROXIMATE, read_date
from casewindow.evidence.models import ChronologyEntry, SearchChunk
from casewindow.reviews.models import Agency, Review

# The fields a reviewer may correct; the first correction keeps them (and the date's reading)
# as they were imported.
TEXT_FIELDS = ("description", "action", "source", "people_text")
KEPT_FIELDS = ("date_text", "date_precision", "date_start", "date_end", "time", *TEXT_FIELDS)


class EntryError(ValueError):
    """A change the rules refuse; the message is shown to the user as it is."""


class EntryConflict(Exception):
    """Someone else changed the entry after the reviewer opened it."""

    def __init__(self, current: ChronologyEntry) -> None:
        self.current = current
        who = current.updated_by or "Someone"
        when = timezone.localtime(current.updated_at or timezone.now()).strftime(
            "%-d %B %Y at %H:%M"
        )
        super().__init__(
            f"{who} changed this entry on {when}, after you opened it. Your changes have not "
            "been saved: the entry as it is now is shown below; make your change again."
        )


@dataclass(frozen=True)
class EntryValues:
    """What a reviewer writes for an entry. `date_text` is read like an imported date
    (day first); `approximate` marks the date as approximate whatever its form."""

    date_text: str
    description: str
    time: dt.time | None = None
    approximate: bool = False
    action: str = ""
    source: str = ""
    people_text: str = ""


def _user(actor: Actor) -> User | None:
    return user_to_record(actor)


def _snapshot(entry: ChronologyEntry) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        return value.isoformat() if isinstance(value, dt.date | dt.time) else value

    return {name: plain(getattr(entry, name)) for name in KEPT_FIELDS}


def _apply(entry: ChronologyEntry, values: EntryValues) -> None:
    text = " ".join(values.date_text.split())
    read = read_date(text)
    if not read.readable:
        raise EntryError(f"Enter a date that can be read: {read.problem}")
    if not values.description.strip():
        raise EntryError("Enter what happened")
    entry.date_text = text[:100]
    entry.date_start, entry.date_end = read.start, read.end
    entry.date_precision = APPROXIMATE if values.approximate else read.precision
    entry.time = values.time or read.time
    entry.description = values.description.strip()
    entry.action = values.action.strip()
    entry.source = values.source.strip()[:300]
    entry.people_text = values.people_text.strip()[:500]


def _changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    return {k: [before[k], after[k]] for k in before if before[k] != after[k]}


def _index(entry: ChronologyEntry) -> None:
    """The entry's search text, as the import writes it."""
    SearchChunk.objects.filter(
        review_id=entry.review_id, kind="chronology", object_uuid=entry.uuid
    ).delete()
    SearchChunk.objects.create(
        review_id=entry.review_id,
        kind="chronology",
        object_uuid=entry.uuid,
        title=f"{entry.agency.name} {entry.date_text}"[:300],
        text="\n".join(part for part in (entry.description, entry.action) if part),
    )


def _locked(entry: ChronologyEntry, expected_version: int | None) -> ChronologyEntry:
    current = (
        ChronologyEntry.objects.select_for_update(of=("self",))
        .select_related("agency", "updated_by", "chronology_import")
        .get(pk=entry.pk)
    )
    if expected_version is not None and current.version != expected_version:
        raise EntryConflict(current)
    return current


def _present(entry: ChronologyEntry) -> None:
    """EntryError for an entry that is not in the chronology (it cannot be changed then)."""
    if entry.removed_at is not None:
        raise EntryError("This entry was removed: the lead reviewer can restore it first")
    chronology_import = entry.chronology_import
    if chronology_import is not None and chronology_import.withdrawn_at:
        raise EntryError("This entry's import was withdrawn: restore the import first")


def _mark(entry: ChronologyEntry, actor: Actor) -> None:
    entry.version += 1
    entry.updated_at = timezone.now()
    entry.updated_by = _user(actor)


def _label(entry: ChronologyEntry) -> str:
    return f"{entry.agency.name}, {entry.date_text}"


@transaction.atomic
def entry_correct(
    *, actor: Actor, entry: ChronologyEntry, expected_version: int | None, values: EntryValues
) -> ChronologyEntry:
    """Correct an entry (an unreadable date is fixed this way). EntryConflict if someone
    changed it since `expected_version`; EntryError for a date that cannot be read."""
    current = _locked(entry, expected_version)
    _present(current)
    before = _snapshot(current)
    _apply(current, values)
    after = _snapshot(current)
    changes = _changes(before, after)
    if not changes:
        return current
    if not current.imported_values and current.chronology_import_id is not None:
        current.imported_values = before
    _mark(current, actor)
    current.save()
    _index(current)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Corrected chronology entry {_label(current)}",
        review=current.review,
        obj=current,
        changes=changes,
    )
    return current


@transaction.atomic
def entry_add(
    *, actor: Actor, review: Review, agency: Agency, values: EntryValues
) -> ChronologyEntry:
    """Add an entry by hand (no import, no original row)."""
    if agency.review_id != review.pk:
        raise EntryError("Choose an agency of this review")
    entry = ChronologyEntry(review=review, agency=agency, original_row={})
    _apply(entry, values)
    entry.updated_at = timezone.now()
    entry.updated_by = _user(actor)
    entry.save()
    _index(entry)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Added chronology entry {_label(entry)} by hand",
        review=review,
        obj=entry,
        changes={name: [None, value] for name, value in _snapshot(entry).items() if value},
    )
    return entry


@transaction.atomic
def entry_scope_set(
    *, actor: Actor, entry: ChronologyEntry, expected_version: int | None, out_of_scope: bool
) -> ChronologyEntry:
    """Mark an entry out of scope (kept and shown greyed, left out of the timeline, merging
    and the report's counts), or back in scope."""
    current = _locked(entry, expected_version)
    _present(current)
    if current.out_of_scope == out_of_scope:
        return current
    current.out_of_scope = out_of_scope
    _mark(current, actor)
    current.save(update_fields=["out_of_scope", "version", "updated_at", "updated_by"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Marked chronology entry {_label(current)} "
        + ("out of scope" if out_of_scope else "in scope again"),
        review=current.review,
        obj=current,
        changes={"out_of_scope": [not out_of_scope, out_of_scope]},
    )
    return current


@transaction.atomic
def entry_remove(
    *, actor: Actor, entry: ChronologyEntry, expected_version: int | None
) -> ChronologyEntry:
    """Remove an entry from the chronology (soft delete: the lead reviewer can restore it)."""
    current = _locked(entry, expected_version)
    if current.removed_at is not None:
        return current
    current.removed_at = timezone.now()
    current.removed_by = _user(actor)
    _mark(current, actor)
    current.save()
    SearchChunk.objects.filter(
        review_id=current.review_id, kind="chronology", object_uuid=current.uuid
    ).delete()
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Removed chronology entry {_label(current)}",
        review=current.review,
        obj=current,
        changes={"removed": [False, True]},
    )
    return current


@transaction.atomic
def entry_restore(*, actor: Actor, entry: ChronologyEntry) -> ChronologyEntry:
    current = _locked(entry, None)
    if current.removed_at is None:
        return current
    current.removed_at = None
    current.removed_by = None
    _mark(current, actor)
    current.save()
    _index(current)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Restored chronology entry {_label(current)}",
        review=current.review,
        obj=current,
        changes={"removed": [True, False]},
    )
    return current


def chronology_download_record(
    *, actor: Actor, review: Review, file_format: str, entries: int, filtered: bool
) -> None:
    """The audit event of a download of the integrated chronology."""
    audit_record(
        actor=actor,
        action=AuditAction.DOWNLOAD,
        summary=f"Downloaded the integrated chronology ({file_format}, {entries} entries"
        + (", filtered)" if filtered else ")"),
        review=review,
    )
