"""Letters: the partnership's templates, and a letter made for one member of a review."""

from typing import Any

from django.db import transaction
from django.utils import timezone

from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.process.letters import (
    DEFAULT_TEMPLATES,
    LETTER_TITLES,
    LetterKind,
    MergedLetter,
    letter_docx,
    letter_merge,
    template_placeholders,
)
from casewindow.process.models import LetterRecord, LetterTemplate, Meeting, MeetingKind
from casewindow.reviews.models import PersonCategory, Review


def letter_template_body(partnership: Partnership, kind: LetterKind) -> tuple[str, int]:
    """The wording the partnership uses for this letter and its version (0: shipped)."""
    own = LetterTemplate.objects.filter(partnership=partnership, kind=kind).first()
    return (own.body, own.version) if own else (DEFAULT_TEMPLATES[kind], 0)


@transaction.atomic
def letter_template_save(
    *, actor: User, partnership: Partnership, kind: LetterKind, body: str
) -> LetterTemplate:
    """Save the partnership's wording of a letter; TemplateRefused names an unknown placeholder."""
    template_placeholders(body)
    template, created = LetterTemplate.objects.select_for_update().get_or_create(
        partnership=partnership, kind=kind, defaults={"body": body, "updated_by": actor}
    )
    if not created:
        template.body = body
        template.version += 1
        template.updated_by = actor
        template.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Saved version {template.version} of the {LETTER_TITLES[kind].lower()} of "
        f"{partnership.name}",
        obj=template,
    )
    return template


def _names(memberships: Any) -> list[str]:
    return [m.user.full_name for m in memberships]


def letter_values(
    review: Review, recipient: Membership, details: dict[str, str] | None = None
) -> dict[str, str]:
    """What each placeholder stands for in a letter of this review to this member. The child is
    named only by the register's publication label."""
    child = review.people.filter(category=PersonCategory.CHILD).order_by("pk").first()
    leads = list(review.memberships.filter(role=ReviewRole.LEAD_REVIEWER).select_related("user"))
    meetings = Meeting.objects.filter(
        review=review, kind=MeetingKind.CASE_GROUP, starts_at__gte=timezone.now()
    ).order_by("starts_at")
    meeting_dates = ", ".join(f"{timezone.localtime(m.starts_at):%-d %B %Y}" for m in meetings)
    return {
        "partnership": review.partnership.name,
        "child_label": child.publication_label if child else "the child",
        "review_type": review.get_review_type_display().lower(),
        "review_reference": review.reference,
        "recipient_name": recipient.user.full_name,
        "recipient_role": recipient.get_role_display().lower(),
        "recipient_agency": recipient.agency.name if recipient.agency else "your agency",
        "lead_reviewers": " and ".join(_names(leads)) or "The lead reviewers",
        "lead_reviewer_contacts": " and ".join(
            f"{m.user.full_name} ({m.user.email})" for m in leads
        )
        or "the lead reviewers",
        "meeting_dates": meeting_dates or "dates to be arranged",
        "today": f"{timezone.localdate():%-d %B %Y}",
        **{key: value for key, value in (details or {}).items() if value},
    }


@transaction.atomic
def letter_make(
    *,
    actor: User,
    review: Review,
    kind: LetterKind,
    recipient: Membership,
    details: dict[str, str] | None = None,
) -> tuple[LetterRecord, bytes]:
    """Merge the partnership's letter for one member of the review, as DOCX, and record it."""
    if recipient.review_id != review.pk:
        raise ValueError("The letter must be for a member of this review")
    body, version = letter_template_body(review.partnership, kind)
    text = letter_merge(body, letter_values(review, recipient, details))
    content = letter_docx(MergedLetter(LETTER_TITLES[kind], text))
    record = LetterRecord.objects.create(
        review=review,
        kind=kind,
        recipient=recipient,
        recipient_name=recipient.user.full_name,
        template_version=version,
        made_by=actor,
    )
    audit_record(
        actor=actor,
        action=AuditAction.EXPORT,
        summary=f"Made the {LETTER_TITLES[kind].lower()} for {recipient.user.full_name}",
        review=review,
        obj=record,
        changes={"template_version": version},
    )
    return record, content


@transaction.atomic
def letter_mark_sent(*, actor: User, record: LetterRecord) -> LetterRecord:
    record.sent_at = timezone.now()
    record.sent_by = actor
    record.save(update_fields=["sent_at", "sent_by"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Recorded the {LETTER_TITLES[LetterKind(record.kind)].lower()} to "
        f"{record.recipient_name} as sent",
        review=record.review,
        obj=record,
    )
    return record
