"""Writes for review set-up. Each service is atomic and records its audit event."""

from typing import Any

from django.db import models, transaction
from django.db.models import QuerySet
from django.forms.models import model_to_dict

from casewindow.accounts.actors import Actor
from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record, field_changes
from casewindow.reviews.models import (
    Agency,
    Person,
    ResearchQuestion,
    Review,
    ReviewStage,
    ReviewStageChange,
)

REVIEW_FIELDS = [
    "title",
    "review_type",
    "scope_start",
    "scope_end",
    "summary",
    "terms_of_reference",
    "incident_date",
    "notification_date",
    "rapid_review_date",
    "commissioned_date",
    "target_publication_date",
]


class ReviewError(ValueError):
    """A request the rules refuse; the message is shown to the user as it is."""


def _snapshot(obj: Any, fields: list[str]) -> dict[str, Any]:
    return model_to_dict(obj, fields=fields)


@transaction.atomic
def review_create(
    *,
    actor: User | None,
    partnership: Partnership,
    reference: str,
    title: str,
    review_type: str,
    **details: Any,
) -> Review:
    """Create a review; its creator (if any: the command line may have none) becomes lead
    reviewer."""
    reference = reference.strip().upper()
    if Review.objects.filter(reference=reference).exists():
        # The same words whether or not the review is in one of the actor's partnerships.
        raise ReviewError(
            f"Reference {reference} cannot be used. Choose another, for example with your "
            "partnership's initials in it"
        )
    review = Review.objects.create(
        partnership=partnership,
        reference=reference,
        title=title,
        review_type=review_type,
        **details,
    )
    if actor is not None:
        Membership.objects.create(review=review, user=actor, role=ReviewRole.LEAD_REVIEWER)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Created review {reference}",
        review=review,
        obj=review,
        changes=field_changes({}, _snapshot(review, ["reference", *REVIEW_FIELDS])),
    )
    return review


@transaction.atomic
def review_update(*, actor: User, review: Review, **values: Any) -> Review:
    """Change a review's details, terms of reference or key dates."""
    unknown = set(values) - set(REVIEW_FIELDS)
    if unknown:
        raise ReviewError(f"Cannot change {', '.join(sorted(unknown))}")
    before = _snapshot(review, REVIEW_FIELDS)
    for name, value in values.items():
        setattr(review, name, value)
    review.full_clean()
    review.save()
    changes = field_changes(before, _snapshot(review, REVIEW_FIELDS))
    if changes:
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            summary=f"Changed details of review {review.reference}",
            review=review,
            obj=review,
            changes=changes,
        )
    return review


@transaction.atomic
def review_set_stage(*, actor: User, review: Review, stage: str, reason: str = "") -> Review:
    """Move the review to another stage and keep the move in its stage history. Reopening a
    closed review needs a reason (the review was read-only: why it must change again)."""
    if stage not in ReviewStage.values:
        raise ReviewError(f"Unknown stage {stage!r}")
    old = Review.objects.select_for_update().values_list("stage", flat=True).get(pk=review.pk)
    if old == stage:
        review.stage = stage
        return review
    reason = reason.strip()
    if old == ReviewStage.CLOSED and not reason:
        raise ReviewError("Give the reason for reopening the review")
    review.stage = stage
    review.save(update_fields=["stage", "updated_at"])
    ReviewStageChange.objects.create(
        review=review,
        from_stage=old,
        to_stage=stage,
        changed_by=actor,
        changed_by_name=str(actor),
        reason=reason,
    )
    verb = "Reopened" if old == ReviewStage.CLOSED else "Moved"
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"{verb} review to stage: {review.get_stage_display()}"
        + (f" — {reason}" if reason else ""),
        review=review,
        obj=review,
        changes={"stage": [old, stage]},
    )
    return review


@transaction.atomic
def research_question_save(
    *, actor: User, review: Review, text: str, question: ResearchQuestion | None = None
) -> ResearchQuestion:
    """Add a research question (numbered after the last) or change one's wording."""
    if question is None:
        last = review.research_questions.order_by("-number").first()
        question = ResearchQuestion.objects.create(
            review=review, number=(last.number + 1) if last else 1, text=text
        )
        audit_record(
            actor=actor,
            action=AuditAction.CREATE,
            summary=f"Added research question {question.number}",
            review=review,
            obj=question,
            changes={"text": [None, text]},
        )
        return question
    old = question.text
    question.text = text
    question.save(update_fields=["text"])
    if old != text:
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            summary=f"Changed research question {question.number}",
            review=review,
            obj=question,
            changes={"text": [old, text]},
        )
    return question


@transaction.atomic
def research_question_delete(*, actor: User, question: ResearchQuestion) -> None:
    """Remove a research question and renumber the ones after it."""
    review = question.review
    number = question.number
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Removed research question {number}",
        review=review,
        obj=question,
        changes={"text": [question.text, None]},
    )
    question.delete()
    for later in review.research_questions.filter(number__gt=number).order_by("number"):
        later.number -= 1
        later.save(update_fields=["number"])


AGENCY_FIELDS = ["name", "kind", "publication_label", "contact"]


def _name_taken(
    queryset: models.Manager[Any] | QuerySet[Any],
    field: str,
    value: str,
    exclude: models.Model | None = None,
) -> bool:
    qs = queryset.filter(**{f"{field}__iexact": value.strip()})
    if exclude is not None and exclude.pk:
        qs = qs.exclude(pk=exclude.pk)
    return qs.exists()


@transaction.atomic
def agency_save(
    *, actor: Actor, review: Review, values: dict[str, Any], agency: Agency | None = None
) -> Agency:
    """Add an agency to a review, or change one. Names are unique within a review. `actor` is
    None when a management command adds it."""
    name = values["name"].strip()
    if _name_taken(review.agencies, "name", name, exclude=agency):
        raise ReviewError(f"This review already has an agency called {name}")
    creating = agency is None
    before = {} if creating else _snapshot(agency, AGENCY_FIELDS)
    agency = agency or Agency(review=review)
    for field in AGENCY_FIELDS:
        if field in values:
            setattr(agency, field, values[field].strip() if field == "name" else values[field])
    agency.save()
    changes = field_changes(before, _snapshot(agency, AGENCY_FIELDS))
    if creating or changes:
        audit_record(
            actor=actor,
            action=AuditAction.CREATE if creating else AuditAction.UPDATE,
            summary=f"{'Added' if creating else 'Changed'} agency {agency.name}",
            review=review,
            obj=agency,
            changes=changes,
        )
    return agency


def agency_removal_blocker(*, agency: Agency) -> str:
    """Why the agency cannot be removed now ("" if it can): entries of its chronology are still
    in the integrated chronology (withdrawn imports and removed entries do not count)."""
    present = agency.chronology_entries.filter(
        removed_at__isnull=True, chronology_import__withdrawn_at__isnull=True
    ).count()
    if not present:
        return ""
    return (
        f"{agency.name} cannot be removed: {present} "
        f"{'entry' if present == 1 else 'entries'} of the integrated chronology came from its "
        "chronology. Withdraw its chronology imports (and remove any entries added by hand) "
        "first, then remove the agency."
    )


@transaction.atomic
def agency_delete(*, actor: User, agency: Agency) -> None:
    """Remove an agency. Refused while its chronology is in the review: the evidence would
    lose its source. What was withdrawn or removed from its chronology goes with it."""
    blocker = agency_removal_blocker(agency=agency)
    if blocker:
        raise ReviewError(blocker)
    withdrawn = agency.chronology_imports.count()
    agency.chronology_entries.all().delete()
    agency.chronology_imports.all().delete()
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Removed agency {agency.name}"
        + (f" and its {withdrawn} withdrawn chronology import(s)" if withdrawn else ""),
        review=agency.review,
        obj=agency,
        changes=field_changes(_snapshot(agency, AGENCY_FIELDS), {}),
    )
    agency.delete()


PERSON_FIELDS = [
    "real_name",
    "aliases",
    "category",
    "publication_label",
    "agency",
    "job_title",
    "date_of_birth",
    "notes",
]


@transaction.atomic
def person_save(
    *, actor: User, review: Review, values: dict[str, Any], person: Person | None = None
) -> Person:
    """Add someone to the people register, or change their entry. Publication labels are
    unique within a review, since they stand in for the person in every published text."""
    label = values["publication_label"].strip()
    if _name_taken(review.people, "publication_label", label, exclude=person):
        raise ReviewError(f"The publication label “{label}” is already used in this review")
    agency = values.get("agency")
    if agency is not None and agency.review_id != review.pk:
        raise ReviewError("That agency is not part of this review")
    creating = person is None
    before = {} if creating else _snapshot(person, PERSON_FIELDS)
    person = person or Person(review=review)
    for field in PERSON_FIELDS:
        if field in values:
            setattr(person, field, values[field])
    person.publication_label = label
    person.real_name = person.real_name.strip()
    person.aliases = [a.strip() for a in person.aliases if a and a.strip()]
    person.save()
    changes = field_changes(before, _snapshot(person, PERSON_FIELDS))
    if creating or changes:
        audit_record(
            actor=actor,
            action=AuditAction.CREATE if creating else AuditAction.UPDATE,
            summary=(
                f"{'Added' if creating else 'Changed'} {person.publication_label} "
                "in the people register"
            ),
            review=review,
            obj=person,
            changes=changes,
        )
    return person


@transaction.atomic
def person_delete(*, actor: User, person: Person) -> None:
    """Remove someone from the register. Refused while conversations with them are recorded."""
    conversations = person.conversations.count()
    if conversations:
        recorded = (
            "1 conversation with them is"
            if conversations == 1
            else (f"{conversations} conversations with them are")
        )
        raise ReviewError(
            f"{person.publication_label} cannot be removed: {recorded} recorded in this review"
        )
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Removed {person.publication_label} from the people register",
        review=person.review,
        obj=person,
        changes=field_changes(_snapshot(person, PERSON_FIELDS), {}),
    )
    person.delete()
