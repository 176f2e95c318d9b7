"""Process templates (the stages and steps of each type of review, as data) and a review's
progress through the version it started on."""

import datetime
import functools
from pathlib import Path
from typing import Any

import yaml
from django.db import IntegrityError, transaction
from django.db.models import Max

from casewindow.accounts.models import Membership, Partnership, User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.process.models import ProcessTemplate, ReviewStep, StepStatus
from casewindow.process.stages_text import stages_from_text
from casewindow.reviews.models import Review

SHIPPED = Path(__file__).resolve().parent.parent / "process_templates.yaml"


class ProcessRefused(ValueError):
    pass


@functools.cache
def _shipped_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    for template in data.values():
        for stage in template["stages"]:
            for step in stage["steps"]:
                step.setdefault("who", "")
                step.setdefault("tool", "")
    return data


def shipped_template(review_type: str) -> ProcessTemplate:
    """The shipped version of a review type's template, stored the first time it is needed."""
    data = _shipped_data()[review_type]
    found = ProcessTemplate.objects.filter(
        partnership__isnull=True, review_type=review_type, version=1
    ).first()
    if found is not None:
        return found
    try:
        with transaction.atomic():
            return ProcessTemplate.objects.create(
                partnership=None,
                review_type=review_type,
                name=data["name"],
                version=1,
                stages=data["stages"],
            )
    except IntegrityError:  # made at the same moment by another request
        return ProcessTemplate.objects.get(
            partnership__isnull=True, review_type=review_type, version=1
        )


def template_current(partnership: Partnership, review_type: str) -> ProcessTemplate:
    """The partnership's latest version for this type of review, or the shipped one."""
    own = (
        ProcessTemplate.objects.filter(partnership=partnership, review_type=review_type)
        .order_by("-version")
        .first()
    )
    return own or shipped_template(review_type)


@transaction.atomic
def process_template_save(
    *, actor: User, partnership: Partnership, review_type: str, text: str
) -> ProcessTemplate:
    """Save the partnership's next version of a template (its first save copies the shipped
    one). Reviews already started keep the version they started on."""
    stages = stages_from_text(text)
    current = template_current(partnership, review_type)
    latest = ProcessTemplate.objects.filter(
        partnership=partnership, review_type=review_type
    ).aggregate(n=Max("version"))["n"]
    template = ProcessTemplate.objects.create(
        partnership=partnership,
        review_type=review_type,
        name=current.name,
        version=(latest or 0) + 1,
        stages=stages,
        created_by=actor,
    )
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Saved version {template.version} of the {template.name} template of "
        f"{partnership.name}",
        obj=template,
    )
    return template


@transaction.atomic
def review_process_start(*, actor: User, review: Review) -> ProcessTemplate:
    """Copy the steps of the partnership's current template into the review."""
    review = Review.objects.select_for_update().get(pk=review.pk)
    if review.steps.exists():
        raise ProcessRefused("This review has started its process already")
    template = template_current(review.partnership, review.review_type)
    position = 0
    steps = []
    for stage in template.stages:
        for step in stage["steps"]:
            position += 1
            steps.append(
                ReviewStep(
                    review=review,
                    template=template,
                    position=position,
                    stage_title=stage["title"],
                    title=step["title"],
                    who=step.get("who", ""),
                    tool=step.get("tool", ""),
                )
            )
    ReviewStep.objects.bulk_create(steps)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Started the review's process from {template}",
        review=review,
        obj=template,
    )
    return template


@transaction.atomic
def review_step_update(
    *,
    actor: User,
    step: ReviewStep,
    status: str,
    reason: str = "",
    assignee: Membership | None = None,
    due_date: datetime.date | None = None,
) -> ReviewStep:
    """Mark a step done, not applicable (with the reason) or to do, and assign it."""
    if status == StepStatus.NOT_APPLICABLE and not reason.strip():
        raise ProcessRefused("Say why the step does not apply")
    if assignee is not None and assignee.review_id != step.review_id:
        raise ProcessRefused("Assign the step to a member of this review")
    step.status = status
    step.reason = reason.strip() if status == StepStatus.NOT_APPLICABLE else ""
    step.assignee = assignee
    step.due_date = due_date
    step.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Step “{step.title}”: {step.get_status_display().lower()}",
        review=step.review,
        obj=step,
        changes={"status": status, "reason": step.reason},
    )
    return step
