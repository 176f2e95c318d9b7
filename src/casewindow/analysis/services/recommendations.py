"""Recommendations and their action plans: writing, removing and restoring recommendations,
writing actions and recording their progress. Every save is optimistically locked and recorded
in the audit log. Whether an action is overdue is never stored (see analysis.selectors.findings)."""

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction
from django.db.models import Max

from casewindow.accounts.actors import Actor, user_to_record
from casewindow.accounts.models import User
from casewindow.analysis.models import ActionItem, ActionStatus, Finding, Recommendation
from casewindow.analysis.services.editing import lock_for_edit, mark_edited, restore, soft_delete
from casewindow.analysis.services.numbering import recommendations_renumber
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record, field_changes
from casewindow.reviews.models import Review

RECOMMENDATION_FIELDS = ("kind", "text", "owner_agency", "owner_text")
ACTION_FIELDS = ("text", "owner", "due_date", "status", "evidence_of_completion", "completed_on")
PROGRESS_FIELDS = ("status", "evidence_of_completion", "completed_on")


def _actor_or_none(actor: Actor) -> User | None:
    return user_to_record(actor)


def _snapshot(obj: Any, fields: Iterable[str]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in fields}


@transaction.atomic
def recommendation_save(
    *,
    actor: Actor,
    review: Review,
    recommendation: Recommendation | None,
    values: Mapping[str, Any],
    findings: Iterable[Finding],
    expected_version: int | None,
) -> Recommendation:
    """Create a recommendation or save an edit of one (EditConflict if changed meanwhile)."""
    findings = [f for f in findings if f.review_id == review.pk]
    agency = values.get("owner_agency")
    if agency is not None and agency.review_id != review.pk:
        raise ValueError("The owner agency is not one of this review's agencies")
    if recommendation is None:
        number = (
            Recommendation.objects.filter(review=review).aggregate(n=Max("number"))["n"] or 0
        ) + 1
        recommendation = Recommendation(review=review, number=number)
        before: dict[str, Any] = {}
        creating = True
    else:
        recommendation = lock_for_edit(recommendation, expected_version=expected_version)
        before = _snapshot(recommendation, RECOMMENDATION_FIELDS)
        before["findings"] = sorted(f.number for f in recommendation.findings.all())
        creating = False
    for name in RECOMMENDATION_FIELDS:
        if name in values:
            setattr(recommendation, name, values[name])
    if creating:
        recommendation.updated_by = _actor_or_none(actor)
    else:
        mark_edited(recommendation, actor=actor)
    recommendation.save()
    recommendation.findings.set(findings)
    # Its number follows the report's order (by kind).
    recommendations_renumber(review)
    recommendation.refresh_from_db(fields=["number", "version"])
    after = _snapshot(recommendation, RECOMMENDATION_FIELDS)
    after["findings"] = sorted(f.number for f in findings)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if creating else AuditAction.UPDATE,
        summary=f"{'Added' if creating else 'Changed'} recommendation {recommendation.number}",
        review=review,
        obj=recommendation,
        changes=field_changes(before, after),
    )
    return recommendation


@transaction.atomic
def recommendation_remove(*, actor: Actor, review: Review, recommendation: Recommendation) -> None:
    """Soft delete: its actions leave the action plan with it; links are kept."""
    soft_delete(
        actor=actor,
        obj=recommendation,
        review=review,
        summary=f"Removed recommendation {recommendation.number}",
    )
    recommendations_renumber(review)


@transaction.atomic
def recommendation_restore(*, actor: Actor, review: Review, recommendation: Recommendation) -> None:
    """Undo a removal (the lead reviewer's step), with its actions and links."""
    restore(
        actor=actor,
        obj=recommendation,
        review=review,
        summary=f"Restored recommendation {recommendation.number}",
    )
    recommendations_renumber(review)


def _completed_on(values: dict[str, Any], *, today: datetime.date) -> None:
    if values.get("status") == ActionStatus.DONE:
        values["completed_on"] = values.get("completed_on") or today
    elif "status" in values:
        values["completed_on"] = None


@transaction.atomic
def action_save(
    *,
    actor: Actor,
    recommendation: Recommendation,
    action: ActionItem | None,
    values: Mapping[str, Any],
    expected_version: int | None,
    today: datetime.date | None = None,
) -> ActionItem:
    """Create an action of a recommendation's plan, or save an edit of one."""
    values = dict(values)
    _completed_on(values, today=today or datetime.date.today())
    if action is None:
        action = ActionItem(recommendation=recommendation)
        before: dict[str, Any] = {}
        creating = True
    else:
        if action.recommendation_id != recommendation.pk:
            raise ValueError("The action belongs to another recommendation")
        action = lock_for_edit(action, expected_version=expected_version)
        before = _snapshot(action, ACTION_FIELDS)
        creating = False
    for name in ACTION_FIELDS:
        if name in values:
            setattr(action, name, values[name])
    if creating:
        action.updated_by = _actor_or_none(actor)
    else:
        mark_edited(action, actor=actor)
    action.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if creating else AuditAction.UPDATE,
        summary=f"{'Added' if creating else 'Changed'} an action of recommendation "
        f"{recommendation.number}",
        review=recommendation.review,
        obj=action,
        changes=field_changes(before, _snapshot(action, ACTION_FIELDS)),
    )
    return action


@transaction.atomic
def action_progress_record(
    *,
    actor: Actor,
    action: ActionItem,
    values: Mapping[str, Any],
    expected_version: int | None,
    today: datetime.date | None = None,
) -> ActionItem:
    """Record an action's status and evidence of completion (what board readers may change)."""
    values = {name: values[name] for name in PROGRESS_FIELDS if name in values}
    _completed_on(values, today=today or datetime.date.today())
    current = lock_for_edit(action, expected_version=expected_version)
    before = _snapshot(current, PROGRESS_FIELDS)
    for name, value in values.items():
        setattr(current, name, value)
    mark_edited(current, actor=actor)
    current.save()
    recommendation = current.recommendation
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Recorded progress of an action of recommendation {recommendation.number}",
        review=recommendation.review,
        obj=current,
        changes=field_changes(before, _snapshot(current, PROGRESS_FIELDS)),
    )
    return current


def action_remove(*, actor: Actor, action: ActionItem) -> None:
    """Soft delete: the action leaves the action plan; the lead reviewer can restore it."""
    recommendation = action.recommendation
    soft_delete(
        actor=actor,
        obj=action,
        review=recommendation.review,
        summary=f"Removed an action of recommendation {recommendation.number}: {action.text[:80]}",
    )


def action_restore(*, actor: Actor, action: ActionItem) -> None:
    """Undo a removal (the lead reviewer's step)."""
    recommendation = action.recommendation
    restore(
        actor=actor,
        obj=action,
        review=recommendation.review,
        summary=f"Restored an action of recommendation {recommendation.number}: {action.text[:80]}",
    )
