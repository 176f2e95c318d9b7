"""Withdrawing a whole chronology import (the wrong file, or the wrong agency) and restoring it.

Withdrawing keeps everything: its entries leave the chronology, the timeline, merging, search
and the report's counts, and come back as they were (merges, excerpts and links included) if
the import is restored. Once every import of an agency is withdrawn, the agency can be removed
(reviews.services.agency_delete then deletes what was withdrawn)."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.evidence.models import ChronologyEntry, ChronologyImport, SearchChunk


class WithdrawalError(ValueError):
    """A withdrawal or restore the rules refuse; the message is shown as it is."""


@dataclass(frozen=True)
class WithdrawalReach:
    """What withdrawing an import takes out of the chronology with it."""

    entries: int
    merged: int  # entries merged into events
    excerpts: int  # coded excerpts of its entries
    links: int  # links from key practice episodes and narrative sections

    def as_dict(self) -> dict[str, int]:
        return {
            "entries": self.entries,
            "merged": self.merged,
            "excerpts": self.excerpts,
            "links": self.links,
        }


def withdrawal_reach(*, chronology_import: ChronologyImport) -> WithdrawalReach:
    entries = ChronologyEntry.objects.filter(
        chronology_import=chronology_import, removed_at__isnull=True
    )
    # Later apps' links are counted through their reverse relations, by name.
    counts = entries.aggregate(
        excerpts=Count("excerpts", distinct=True),
        episodes=Count("episodes", distinct=True),
        sections=Count("narrative_sections", distinct=True),
    )
    return WithdrawalReach(
        entries=entries.count(),
        merged=entries.filter(event__isnull=False).count(),
        excerpts=counts["excerpts"],
        links=counts["episodes"] + counts["sections"],
    )


def _label(chronology_import: ChronologyImport) -> str:
    return f"{chronology_import.original_filename} ({chronology_import.agency.name})"


@transaction.atomic
def chronology_import_withdraw(
    *, actor: User, chronology_import: ChronologyImport
) -> WithdrawalReach:
    current = ChronologyImport.objects.select_for_update().get(pk=chronology_import.pk)
    if current.withdrawn_at is not None:
        raise WithdrawalError("This import has already been withdrawn")
    reach = withdrawal_reach(chronology_import=current)
    current.withdrawn_at = timezone.now()
    current.withdrawn_by = actor if getattr(actor, "is_authenticated", False) else None
    current.save(update_fields=["withdrawn_at", "withdrawn_by"])
    uuids = current.entries.values_list("uuid", flat=True)
    SearchChunk.objects.filter(
        review_id=current.review_id, kind="chronology", object_uuid__in=uuids
    ).delete()
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Withdrew the chronology import {_label(chronology_import)}: "
        f"{reach.entries} entries left the chronology",
        review=current.review,
        obj=current,
        changes={"withdrawn": [False, True], **{k: [v, 0] for k, v in reach.as_dict().items()}},
    )
    return reach


@transaction.atomic
def chronology_import_restore(*, actor: User, chronology_import: ChronologyImport) -> int:
    """Bring a withdrawn import's entries back; returns how many."""
    current = (
        ChronologyImport.objects.select_for_update()
        .select_related("agency")
        .get(pk=chronology_import.pk)
    )
    if current.withdrawn_at is None:
        raise WithdrawalError("This import has not been withdrawn")
    current.withdrawn_at = None
    current.withdrawn_by = None
    current.save(update_fields=["withdrawn_at", "withdrawn_by"])
    entries = list(current.entries.filter(removed_at__isnull=True))
    SearchChunk.objects.bulk_create(
        SearchChunk(
            review_id=current.review_id,
            kind="chronology",
            object_uuid=entry.uuid,
            title=f"{current.agency.name} {entry.date_text}"[:300],
            text="\n".join(part for part in (entry.description, entry.action) if part),
        )
        for entry in entries
    )
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Restored the chronology import {_label(current)}: "
        f"{len(entries)} entries back in the chronology",
        review=current.review,
        obj=current,
        changes={"withdrawn": [True, False]},
    )
    return len(entries)
