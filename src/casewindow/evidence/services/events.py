"""Merging chronology entries into events of the integrated multi-agency chronology.

An event gathers entries from several agencies that describe the same happening. A reviewer
merges a pair (usually one the app suggested), says a suggested pair is not the same event, or
takes an entry back out of its event. Every change is atomic and recorded in the audit log."""

from collections.abc import Iterable

from django.db import transaction

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.evidence.models import ChronologyEntry, Event, MergeRejection
from casewindow.reviews.models import Person, Review


class MergeError(ValueError):
    """A merge the rules refuse; the message is shown to the user as it is."""


def _entry_label(entry: ChronologyEntry) -> str:
    return f"{entry.agency.name}, {entry.date_text}"


def _ordered_pair(
    first: ChronologyEntry, second: ChronologyEntry
) -> tuple[ChronologyEntry, ChronologyEntry]:
    # A pair is stored one way round only (lower id first), so the unique constraint holds.
    return (first, second) if first.pk < second.pk else (second, first)


def _check_pair(*, review: Review, first: ChronologyEntry, second: ChronologyEntry) -> None:
    if first.review_id != review.pk or second.review_id != review.pk:
        raise MergeError("Both entries must belong to this review")
    if first.pk == second.pk:
        raise MergeError("Choose two different entries")


def _locked(review: Review, *entries: ChronologyEntry) -> list[ChronologyEntry]:
    """The entries as they are now, locked for this transaction (another reviewer may be
    merging the same entries at the same moment), in the order given."""
    rows = (
        ChronologyEntry.objects.select_for_update(of=("self",))
        .select_related("agency")
        .filter(review=review, pk__in=[e.pk for e in entries])
        .order_by("pk")
    )
    by_pk = {row.pk: row for row in rows}
    if len(by_pk) != len({e.pk for e in entries}):
        raise MergeError("One of these entries no longer exists")
    if any(row.removed_at is not None for row in by_pk.values()):
        raise MergeError("One of these entries was removed from the chronology")
    return [by_pk[e.pk] for e in entries]


@transaction.atomic
def entries_merge(
    *, actor: User, review: Review, first: ChronologyEntry, second: ChronologyEntry
) -> Event:
    """Record that two entries describe the same happening. If either is already in an event
    the other joins it; if both are in different events, the two events become one (the older
    event is kept). A rejection of this pair, if any, is withdrawn."""
    _check_pair(review=review, first=first, second=second)
    first, second = _locked(review, first, second)
    if first.event_id and first.event_id == second.event_id:
        raise MergeError("These entries are already in the same event")

    events = sorted({e.event_id for e in (first, second) if e.event_id})
    if events:
        event = Event.objects.select_for_update().get(pk=events[0], review=review)
    else:
        event = Event.objects.create(review=review, created_by=actor)
    absorbed = events[1:]
    moved = ChronologyEntry.objects.filter(review=review, event_id__in=absorbed).update(event=event)
    for entry in (first, second):
        if entry.event_id != event.pk:
            entry.event = event
            entry.save(update_fields=["event"])
    if absorbed:
        Event.objects.filter(pk__in=absorbed, review=review).delete()
    low, high = _ordered_pair(first, second)
    MergeRejection.objects.filter(review=review, first=low, second=high).delete()

    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=(
            f"Merged entries ({_entry_label(first)}) and ({_entry_label(second)}) into one event"
            + (f", joining {len(absorbed) + 1} events" if absorbed else "")
        ),
        review=review,
        obj=event,
        changes={
            "entries": [str(first.uuid), str(second.uuid)],
            "joined_events": len(absorbed),
            "entries_moved_from_joined_events": moved,
        },
    )
    return event


@transaction.atomic
def entries_reject_pair(
    *, actor: User, review: Review, first: ChronologyEntry, second: ChronologyEntry
) -> MergeRejection:
    """Record that a suggested pair is *not* the same event, so it is not suggested again."""
    _check_pair(review=review, first=first, second=second)
    first, second = _locked(review, first, second)
    if first.event_id and first.event_id == second.event_id:
        raise MergeError(
            "These entries are in the same event. Take one out of the event to separate them."
        )
    low, high = _ordered_pair(first, second)
    rejection, created = MergeRejection.objects.get_or_create(
        review=review, first=low, second=high, defaults={"rejected_by": actor}
    )
    if created:
        audit_record(
            actor=actor,
            action=AuditAction.CREATE,
            summary=(
                f"Marked entries ({_entry_label(first)}) and ({_entry_label(second)}) "
                "as not the same event"
            ),
            review=review,
            obj=first,
            changes={"entries": [str(first.uuid), str(second.uuid)]},
        )
    return rejection


@transaction.atomic
def entries_merge_group(*, actor: User, review: Review, entries: list[ChronologyEntry]) -> Event:
    """Record that several entries describe one happening (a suggested group the reviewer
    confirmed): all of them end up in one event, joining any events they are already in. Each
    join is audit-logged as a merge; all or nothing."""
    if len({e.pk for e in entries}) < 2:
        raise MergeError("Choose at least two entries")
    first, *others = entries
    event = None
    for other in others:
        first.refresh_from_db(fields=["event"])
        other.refresh_from_db(fields=["event"])
        if first.event_id and first.event_id == other.event_id:
            continue
        event = entries_merge(actor=actor, review=review, first=first, second=other)
    if event is None:
        raise MergeError("These entries are already in the same event")
    first.refresh_from_db(fields=["event"])
    assert first.event is not None  # every entry was merged into one event above
    return first.event


@transaction.atomic
def entries_reject_group(*, actor: User, review: Review, entries: list[ChronologyEntry]) -> int:
    """Record that the entries of a suggested group are not one event: no pair of them (that
    is not already in one event) is suggested again. Returns the number of pairs recorded."""
    if len({e.pk for e in entries}) < 2:
        raise MergeError("Choose at least two entries")
    recorded = 0
    for i, first in enumerate(entries):
        for second in entries[i + 1 :]:
            if first.agency_id == second.agency_id or (
                first.event_id and first.event_id == second.event_id
            ):
                continue
            entries_reject_pair(actor=actor, review=review, first=first, second=second)
            recorded += 1
    if not recorded:
        raise MergeError("These entries are from one agency or already in the same event")
    return recorded


@transaction.atomic
def entry_unmerge(*, actor: User, review: Review, entry: ChronologyEntry) -> Event | None:
    """Take an entry out of its event. The entry is then not suggested again with the entries
    it leaves. An event left with one entry is dissolved. Returns the event if it remains."""
    if entry.review_id != review.pk:
        raise MergeError("This entry does not belong to this review")
    (entry,) = _locked(review, entry)
    if entry.event_id is None:
        raise MergeError("This entry is not part of an event")
    event = Event.objects.select_for_update().get(pk=entry.event_id, review=review)
    others = list(
        ChronologyEntry.objects.select_related("agency")
        .filter(review=review, event=event)
        .exclude(pk=entry.pk)
        .order_by("pk")
    )
    entry.event = None
    entry.save(update_fields=["event"])
    for other in others:
        low, high = _ordered_pair(entry, other)
        MergeRejection.objects.get_or_create(
            review=review, first=low, second=high, defaults={"rejected_by": actor}
        )
    dissolved = len(others) <= 1
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Took entry ({_entry_label(entry)}) out of its event"
        + (", which no longer groups entries" if dissolved else ""),
        review=review,
        obj=event,
        changes={"entry": str(entry.uuid), "event_dissolved": dissolved},
    )
    if dissolved:
        ChronologyEntry.objects.filter(review=review, event=event).update(event=None)
        event.delete()
        return None
    return event


@transaction.atomic
def entry_people_set(
    *, actor: User, review: Review, entry: ChronologyEntry, people: Iterable[Person]
) -> ChronologyEntry:
    """Say which people of the register a chronology entry is about."""
    people = list(people)
    if any(person.review_id != review.pk for person in people) or entry.review_id != review.pk:
        raise MergeError("Choose people from this review's register")
    before = sorted(entry.people.values_list("publication_label", flat=True))
    entry.people.set(people)
    after = sorted(person.publication_label for person in people)
    if before != after:
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            summary=f"Changed the people linked to {_entry_label(entry)}",
            review=review,
            obj=entry,
            changes={"people": [before, after]},
        )
    return entry
