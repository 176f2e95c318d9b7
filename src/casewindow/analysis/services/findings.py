"""Findings: writing, removing and restoring them. Every save is optimistically locked (the
editor states the version they opened) and recorded in the audit log."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction
from django.db.models import Max

from casewindow.accounts.models import User
from casewindow.analysis.models import Finding, KeyPracticeEpisode
from casewindow.analysis.services.editing import lock_for_edit, mark_edited, restore, soft_delete
from casewindow.analysis.services.numbering import findings_renumber
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record, field_changes
from casewindow.reviews.models import Review

FINDING_FIELDS = (
    "is_systems_finding",
    "pattern_area",
    "statement",
    "introduction",
    "how_featured",
    "why_not_unique",
    "how_widespread",
    "why_it_matters",
    "summary",
    "questions",
)


def _snapshot(finding: Finding, episodes: Iterable[KeyPracticeEpisode]) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(finding, name) for name in FINDING_FIELDS}
    values["episodes"] = sorted(e.number for e in episodes)
    return values


@transaction.atomic
def finding_save(
    *,
    actor: User,
    review: Review,
    finding: Finding | None,
    values: Mapping[str, Any],
    episodes: Iterable[KeyPracticeEpisode],
    expected_version: int | None,
) -> Finding:
    """Create a finding (finding=None) or save an edit of one. Raises EditConflict if someone
    saved the finding after `expected_version`."""
    episodes = [e for e in episodes if e.review_id == review.pk]
    values = dict(values)
    if not values.get("is_systems_finding", True):
        values["pattern_area"] = ""
    if finding is None:
        number = (Finding.objects.filter(review=review).aggregate(n=Max("number"))["n"] or 0) + 1
        finding = Finding(review=review, number=number)
        before: dict[str, Any] = {}
        action = AuditAction.CREATE
    else:
        finding = lock_for_edit(finding, expected_version=expected_version)
        before = _snapshot(finding, finding.episodes.all())
        action = AuditAction.UPDATE
    for name in FINDING_FIELDS:
        if name in values:
            setattr(finding, name, values[name])
    if action == AuditAction.UPDATE:
        mark_edited(finding, actor=actor)
    else:
        finding.updated_by = actor if getattr(actor, "is_authenticated", False) else None
    finding.save()
    finding.episodes.set(episodes)
    # Its number follows the report's order (systems findings first).
    findings_renumber(review)
    finding.refresh_from_db(fields=["number", "version"])
    audit_record(
        actor=actor,
        action=action,
        summary=f"{'Added' if action == AuditAction.CREATE else 'Changed'} finding "
        f"{finding.number}",
        review=review,
        obj=finding,
        changes=field_changes(before, _snapshot(finding, episodes)),
    )
    return finding


@transaction.atomic
def finding_remove(*, actor: User, review: Review, finding: Finding) -> None:
    """Soft delete: its links to episodes, excerpts and recommendations are kept."""
    soft_delete(
        actor=actor, obj=finding, review=review, summary=f"Removed finding {finding.number}"
    )
    findings_renumber(review)


@transaction.atomic
def finding_restore(*, actor: User, review: Review, finding: Finding) -> None:
    """Undo a removal (the lead reviewer's step), links and all."""
    restore(actor=actor, obj=finding, review=review, summary=f"Restored finding {finding.number}")
    findings_renumber(review)
