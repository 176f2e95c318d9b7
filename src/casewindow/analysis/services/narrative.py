"""The multi-agency narrative: writing sections and agencies' perspectives, linking them to the
chronology, ordering, history and restoring an old version, removal and restore, and the
per-user working copies that autosave keeps.

Every save is optimistically locked (the editor states the version they opened), records a
revision of the whole section (title, period, text and every perspective) and writes the audit
log. Rich text is stored as the Markdown source beside its sanitised HTML."""

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from casewindow.accounts.actors import Actor, user_to_record
from casewindow.accounts.models import User
from casewindow.analysis.models import (
    AgencyPerspective,
    NarrativeRevision,
    NarrativeSection,
    NarrativeWorkingCopy,
)
from casewindow.analysis.richtext import markdown_to_html
from casewindow.analysis.services.editing import lock_for_edit, mark_edited, restore, soft_delete
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record, field_changes
from casewindow.evidence.models import ChronologyEntry, Event
from casewindow.reviews.models import Agency, Review

SECTION_FIELDS = ("title", "period_start", "period_end", "period_text", "body")


class NarrativeError(Exception):
    """A change the narrative cannot take, with a message for the user."""


def _user(actor: Actor) -> User | None:
    return user_to_record(actor)


def _snapshot(section: NarrativeSection) -> dict[str, Any]:
    return {name: getattr(section, name) for name in SECTION_FIELDS}


def _perspective_snapshot(section: NarrativeSection) -> list[dict[str, str]]:
    perspectives = (
        AgencyPerspective.objects.alive()
        .filter(section=section)
        .select_related("agency")
        .order_by("agency__name", "pk")
    )
    return [
        {"agency": str(p.agency.uuid), "agency_name": p.agency.name, "body": p.body}
        for p in perspectives
    ]


def _record_revision(*, section: NarrativeSection, actor: Actor, note: str) -> NarrativeRevision:
    """A new revision holding the section as it now stands. The caller holds the section's row
    lock, so revision numbers never collide."""
    last = section.revisions.aggregate(n=Max("number"))["n"] or 0
    return NarrativeRevision.objects.create(
        section=section,
        number=last + 1,
        saved_by=_user(actor),
        saved_at=timezone.now(),
        note=note[:200],
        perspectives=_perspective_snapshot(section),
        **_snapshot(section),
    )


def _lock_section(section: NarrativeSection) -> NarrativeSection:
    return NarrativeSection.objects.select_for_update().get(pk=section.pk)


# --- sections --------------------------------------------------------------------------------


@transaction.atomic
def section_save(
    *,
    actor: Actor,
    review: Review,
    section: NarrativeSection | None,
    values: Mapping[str, Any],
    expected_version: int | None,
) -> NarrativeSection:
    """Create a section (section=None, placed last) or save an edit of one. Raises
    EditConflict if someone saved the section after `expected_version`."""
    if section is None:
        last = NarrativeSection.objects.filter(review=review).aggregate(n=Max("position"))["n"] or 0
        section = NarrativeSection(review=review, position=last + 1, updated_by=_user(actor))
        before: dict[str, Any] = {}
        action = AuditAction.CREATE
    else:
        section = lock_for_edit(section, expected_version=expected_version)
        before = _snapshot(section)
        action = AuditAction.UPDATE
    for name in SECTION_FIELDS:
        if name in values:
            setattr(section, name, values[name])
    section.body_html = markdown_to_html(section.body)
    if action == AuditAction.UPDATE:
        if _snapshot(section) == before:
            return section  # nothing changed: no new version
        mark_edited(section, actor=actor)
    section.save()
    verb = "Added" if action == AuditAction.CREATE else "Changed"
    _record_revision(section=section, actor=actor, note=f"{verb} the section")
    audit_record(
        actor=actor,
        action=action,
        summary=f"{verb} narrative section “{section.title}”",
        review=review,
        obj=section,
        changes=field_changes(before, _snapshot(section)),
    )
    return section


@transaction.atomic
def section_move(*, actor: Actor, section: NarrativeSection, direction: str) -> bool:
    """Swap the section with its neighbour above ("up") or below ("down"). False if it is
    already first or last."""
    if direction not in ("up", "down"):
        raise NarrativeError("Choose whether to move the section up or down")
    alive = NarrativeSection.objects.alive().select_for_update().filter(review=section.review)
    section = alive.get(pk=section.pk)
    ordered = list(alive.order_by("position", "pk"))
    index = next(i for i, s in enumerate(ordered) if s.pk == section.pk)
    other = index - 1 if direction == "up" else index + 1
    if other < 0 or other >= len(ordered):
        return False
    ordered[index], ordered[other] = ordered[other], ordered[index]
    # Number the live sections 1, 2, 3… afresh (removed ones keep their place numbers and
    # come back at the end of their neighbours when restored).
    for position, moved in enumerate(ordered, start=1):
        if moved.position != position:
            moved.position = position
            moved.save(update_fields=["position"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Moved narrative section “{section.title}” {direction}",
        review=section.review,
        obj=section,
    )
    return True


def section_remove(*, actor: Actor, section: NarrativeSection) -> None:
    """Soft delete: its perspectives, links and history are kept for a restore."""
    soft_delete(
        actor=actor,
        obj=section,
        review=section.review,
        summary=f"Removed narrative section “{section.title}”",
    )


def section_restore(*, actor: Actor, section: NarrativeSection) -> None:
    """Undo a removal (the lead reviewer's step); the section comes back at the end."""
    with transaction.atomic():
        last = (
            NarrativeSection.objects.alive()
            .filter(review=section.review)
            .aggregate(n=Max("position"))["n"]
            or 0
        )
        NarrativeSection.objects.filter(pk=section.pk).update(position=last + 1)
        restore(
            actor=actor,
            obj=section,
            review=section.review,
            summary=f"Restored narrative section “{section.title}”",
        )


@transaction.atomic
def section_link_chronology(
    *,
    actor: Actor,
    section: NarrativeSection,
    shown_events: Iterable[Event],
    chosen_events: Iterable[Event],
    shown_entries: Iterable[ChronologyEntry],
    chosen_entries: Iterable[ChronologyEntry],
) -> tuple[int, int]:
    """Set the section's links among the events and entries the user was shown: chosen ones
    are linked, the others shown are unlinked, and links the user did not see (filtered out)
    are kept. Returns (links added, links removed)."""
    section = _lock_section(section)
    review_id = section.review_id
    added = removed = 0
    for relation, shown, chosen in (
        (section.events, shown_events, chosen_events),
        (section.entries, shown_entries, chosen_entries),
    ):
        shown_ids = {o.pk for o in shown if o.review_id == review_id}
        chosen_ids = {o.pk for o in chosen if o.review_id == review_id} & shown_ids
        current = set(relation.values_list("pk", flat=True))
        new = (current - shown_ids) | chosen_ids
        added += len(new - current)
        removed += len(current - new)
        relation.set(new)
    if added or removed:
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            summary=f"Changed the chronology links of narrative section “{section.title}” "
            f"({added} added, {removed} removed)",
            review=section.review,
            obj=section,
        )
    return added, removed


# --- perspectives ----------------------------------------------------------------------------


@transaction.atomic
def perspective_save(
    *,
    actor: Actor,
    section: NarrativeSection,
    perspective: AgencyPerspective | None,
    agency: Agency | None,
    body: str,
    expected_version: int | None,
) -> AgencyPerspective:
    """Add an agency's perspective to a section (perspective=None) or save an edit of one.
    One live perspective per agency per section. Raises EditConflict if someone saved the
    perspective after `expected_version`."""
    section = _lock_section(section)
    if perspective is None:
        if agency is None or agency.review_id != section.review_id:
            raise NarrativeError("Choose one of the review's agencies")
        if AgencyPerspective.objects.alive().filter(section=section, agency=agency).exists():
            raise NarrativeError(f"{agency.name} already has a perspective in this section")
        perspective = AgencyPerspective(section=section, agency=agency, updated_by=_user(actor))
        before = ""
        action = AuditAction.CREATE
    else:
        perspective = lock_for_edit(perspective, expected_version=expected_version)
        before = perspective.body
        if before == body:
            return perspective
        mark_edited(perspective, actor=actor)
        action = AuditAction.UPDATE
    perspective.body = body
    perspective.body_html = markdown_to_html(body)
    perspective.save()
    name = perspective.agency.name
    verb = "Added" if action == AuditAction.CREATE else "Changed"
    _record_revision(section=section, actor=actor, note=f"{verb} the perspective of {name}")
    audit_record(
        actor=actor,
        action=action,
        summary=f"{verb} the perspective of {name} in narrative section “{section.title}”",
        review=section.review,
        obj=perspective,
        changes=field_changes({"body": before}, {"body": body}),
    )
    return perspective


def perspective_remove(*, actor: Actor, perspective: AgencyPerspective) -> None:
    section = perspective.section
    with transaction.atomic():
        section = _lock_section(section)
        soft_delete(
            actor=actor,
            obj=perspective,
            review=section.review,
            summary=f"Removed the perspective of {perspective.agency.name} from narrative "
            f"section “{section.title}”",
        )
        _record_revision(
            section=section,
            actor=actor,
            note=f"Removed the perspective of {perspective.agency.name}",
        )


def perspective_restore(*, actor: Actor, perspective: AgencyPerspective) -> None:
    """Bring back a removed perspective, unless its agency has written a new one since."""
    section = perspective.section
    with transaction.atomic():
        section = _lock_section(section)
        if (
            AgencyPerspective.objects.alive()
            .filter(section=section, agency=perspective.agency)
            .exists()
        ):
            raise NarrativeError(
                f"{perspective.agency.name} has a newer perspective in this section: change "
                "that one instead (the removed text is in the section's history)"
            )
        restore(
            actor=actor,
            obj=perspective,
            review=section.review,
            summary=f"Restored the perspective of {perspective.agency.name} in narrative "
            f"section “{section.title}”",
        )
        _record_revision(
            section=section,
            actor=actor,
            note=f"Restored the perspective of {perspective.agency.name}",
        )


# --- history -----------------------------------------------------------------------------


@transaction.atomic
def revision_restore(
    *,
    actor: Actor,
    section: NarrativeSection,
    revision: NarrativeRevision,
    expected_version: int | None,
) -> NarrativeSection:
    """Make an old version the current one, as a new version (the versions in between stay in
    the history). Perspectives come back as they were; perspectives written since are removed
    (soft delete, so they can be restored too). Raises EditConflict if someone saved the section
    after `expected_version`."""
    if revision.section_id != section.pk:
        raise NarrativeError("That version belongs to another section")
    section = lock_for_edit(section, expected_version=expected_version)
    before = _snapshot(section)
    for name in SECTION_FIELDS:
        setattr(section, name, getattr(revision, name))
    section.body_html = markdown_to_html(section.body)
    mark_edited(section, actor=actor)
    section.save()
    agencies = {
        str(a.uuid): a
        for a in Agency.objects.filter(
            review_id=section.review_id, uuid__in=[p["agency"] for p in revision.perspectives]
        )
    }
    wanted = {p["agency"]: p["body"] for p in revision.perspectives if p["agency"] in agencies}
    current = {
        str(p.agency.uuid): p
        for p in AgencyPerspective.objects.alive()
        .select_for_update()
        .filter(section=section)
        .select_related("agency")
    }
    for agency_uuid, dropped in current.items():
        if agency_uuid not in wanted:
            dropped.deleted_at = timezone.now()
            dropped.deleted_by = _user(actor)
            dropped.save(update_fields=["deleted_at", "deleted_by"])
    for agency_uuid, body in wanted.items():
        perspective = current.get(agency_uuid)
        if perspective is None:
            perspective = AgencyPerspective(
                section=section, agency=agencies[agency_uuid], updated_by=_user(actor)
            )
        elif perspective.body == body:
            continue
        else:
            mark_edited(perspective, actor=actor)
        perspective.body = body
        perspective.body_html = markdown_to_html(body)
        perspective.save()
    _record_revision(section=section, actor=actor, note=f"Restored version {revision.number}")
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Restored version {revision.number} of narrative section “{section.title}”",
        review=section.review,
        obj=section,
        changes=field_changes(before, _snapshot(section)),
    )
    return section


# --- working copies (autosave) -----------------------------------------------------------

WORKING_COPY_FIELDS = ("title", "period_text", "period_start", "period_end", "body", "agency")
_MAX_WORKING_COPY_TEXT = 200_000


def working_copy_keep(
    *, user: Any, review: Review, key: str, data: Mapping[str, Any], base_version: int | None
) -> NarrativeWorkingCopy:
    """Keep (replace) the user's unsaved text of one form. Only the form's own text fields are
    kept, cut to a sane length; nothing is validated, since this is work in progress."""
    kept = {}
    for name, value in data.items():
        if isinstance(value, str):
            kept[name] = value.replace("\x00", "")[:_MAX_WORKING_COPY_TEXT]
    copy, _ = NarrativeWorkingCopy.objects.update_or_create(
        user=user,
        review=review,
        key=key[:120],
        defaults={"data": kept, "base_version": base_version, "saved_at": timezone.now()},
    )
    return copy


def working_copy_for(*, user: Any, review: Review, key: str) -> NarrativeWorkingCopy | None:
    return NarrativeWorkingCopy.objects.filter(user=user, review=review, key=key).first()


def working_copy_discard(*, user: Any, review: Review, key: str) -> None:
    NarrativeWorkingCopy.objects.filter(user=user, review=review, key=key).delete()


def period_label(start: datetime.date | None, end: datetime.date | None, text: str) -> str:
    """A section's period as text: as written, else from its dates."""
    if text:
        return text
    if start and end:
        return f"{start:%-d %B %Y} to {end:%-d %B %Y}" if end != start else f"{start:%-d %B %Y}"
    if start:
        return f"from {start:%-d %B %Y}"
    return f"until {end:%-d %B %Y}" if end else ""
