"""One-to-one conversations with practitioners: recording the notes under the headings of the
conversation structure, sharing them with the practitioner, their comments and agreement, the
reviewers' questions for each practitioner, and the people the notes mention.

The practitioner agrees a particular version of the notes. Any later edit of what they agreed
(the notes or their account of how things looked at the time) withdraws the agreement: the
conversation goes back to "shared" and they are asked, by a short e-mail with no content, to
read and agree again. `agreed_version` and `agreed_at` keep the last agreement, so the
practitioner can be told what changed; the agreement holds only while the status is "agreed"."""

import datetime
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from casewindow.accounts.models import Membership, ReviewRole, User
from casewindow.accounts.roles import REVIEW_TEAM_ROLES
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record, field_changes
from casewindow.evidence.models import (
    Conversation,
    ConversationComment,
    ConversationStatus,
    PractitionerQuestion,
)
from casewindow.evidence.search import search_index_replace
from casewindow.reference import conversation_sections
from casewindow.reviews.models import Person, PersonCategory, Review

log = logging.getLogger(__name__)

SEARCH_KIND = "conversation"
ACCOUNT_KEY = "account-at-time"  # a comment on the practitioner's own account
GENERAL_KEY = ""  # a comment on the notes as a whole
MAX_SECTION_LENGTH = 50_000


class ConversationError(ValueError):
    """A request the rules refuse; the message is shown to the user as it is."""


def sections_for(conversation: Conversation | None = None) -> list[dict[str, Any]]:
    """The headings of the conversation structure the notes follow (the conversation's own
    version once recorded, so a later edit of the structure never reshapes old notes)."""
    version = conversation.structure_version if conversation else "v1"
    return conversation_sections(version)


def comment_places(conversation: Conversation) -> dict[str, str]:
    """Where a practitioner may comment: section key → heading."""
    places = {GENERAL_KEY: "The notes as a whole"}
    places.update({s["key"]: s["title"] for s in sections_for(conversation)})
    places[ACCOUNT_KEY] = "Your account of how things looked at the time"
    return places


def conversation_is_agreed(conversation: Conversation) -> bool:
    """The practitioner's agreement holds for the notes as they are now."""
    return (
        conversation.status == ConversationStatus.AGREED
        and conversation.agreed_version == conversation.version
    )


def conversation_agreement_withdrawn(conversation: Conversation) -> bool:
    """The practitioner agreed an earlier version; the notes have changed since."""
    return (
        conversation.status == ConversationStatus.SHARED
        and conversation.agreed_version is not None
        and conversation.agreed_version < conversation.version
    )


def _clean_notes(
    conversation_or_none: Conversation | None, notes: Mapping[str, str]
) -> dict[str, str]:
    keys = [s["key"] for s in sections_for(conversation_or_none)]
    unknown = set(notes) - set(keys)
    if unknown:
        raise ConversationError(
            f"Unknown section of the conversation structure: {', '.join(sorted(unknown))}"
        )
    cleaned = {}
    for key in keys:
        text = (notes.get(key) or "").strip()
        if len(text) > MAX_SECTION_LENGTH:
            raise ConversationError(
                f"Notes under one heading must be {MAX_SECTION_LENGTH:,} characters or fewer"
            )
        if text:
            cleaned[key] = text
    return cleaned


def _check_practitioner(review: Review, practitioner: Person) -> None:
    if practitioner.review_id != review.pk:
        raise ConversationError("The practitioner must be in this review's people register")
    if practitioner.category != PersonCategory.PROFESSIONAL:
        raise ConversationError(
            "Conversations are held with professionals from the people register"
        )


def _check_team(review: Review, users: Iterable[User]) -> list[User]:
    users = list(users)
    team = set(
        Membership.objects.filter(
            review=review, role__in=REVIEW_TEAM_ROLES, user__in=users
        ).values_list("user_id", flat=True)
    )
    if any(user.pk not in team for user in users):
        raise ConversationError("Conversations are conducted by members of the review team")
    return users


def _snapshot(conversation: Conversation) -> dict[str, Any]:
    return {
        "practitioner": conversation.practitioner.publication_label,
        "held_on": conversation.held_on.isoformat() if conversation.held_on else None,
        "conducted_by": sorted(str(u) for u in conversation.conducted_by.all()),
        "version": conversation.version,
        "status": conversation.status,
    }


def conversation_text(conversation: Conversation) -> str:
    """All the notes as one text, under their headings (for search and people suggestions)."""
    parts = []
    for section in sections_for(conversation):
        text = conversation.notes.get(section["key"], "")
        if text:
            parts.append(f"{section['title']}\n{text}")
    if conversation.account_at_time:
        parts.append(f"How things looked at the time\n{conversation.account_at_time}")
    return "\n\n".join(parts)


def _search_index(conversation: Conversation) -> None:
    # The conversation's chunks are replaced on every save, so search finds the notes as they are.
    search_index_replace(
        review=conversation.review,
        kind=SEARCH_KIND,
        object_uuid=conversation.uuid,
        title=f"Conversation with {conversation.practitioner.publication_label}",
        pages=[(None, conversation_text(conversation))],
    )


def _notify(*, conversation: Conversation, subject: str, message: str) -> None:
    """A short e-mail to the practitioner the notes are shared with, after the change commits.
    It never carries any of the notes."""
    membership = conversation.shared_with
    if membership is None or not membership.user.email:
        return
    address = membership.user.email

    def send() -> None:
        try:
            send_mail(subject, message, settings.DEFAULT_FROM_EMAIL, [address])
        except Exception:  # the change stands even if the mail server is down
            log.exception("Could not e-mail %s about conversation %s", address, conversation.uuid)

    transaction.on_commit(send)


@transaction.atomic
def conversation_create(
    *,
    actor: User,
    review: Review,
    practitioner: Person,
    held_on: datetime.date,
    conducted_by: Iterable[User] = (),
    notes: Mapping[str, str] | None = None,
    account_at_time: str = "",
) -> Conversation:
    """Record a conversation with a practitioner (a professional in the register)."""
    _check_practitioner(review, practitioner)
    conductors = _check_team(review, conducted_by)
    conversation = Conversation.objects.create(
        review=review,
        practitioner=practitioner,
        held_on=held_on,
        notes=_clean_notes(None, notes or {}),
        account_at_time=account_at_time.strip(),
        structure_version="v1",
    )
    conversation.conducted_by.set(conductors)
    _search_index(conversation)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Recorded a conversation with {practitioner.publication_label}",
        review=review,
        obj=conversation,
        changes=field_changes({}, _snapshot(conversation)),
    )
    return conversation


@transaction.atomic
def conversation_update(
    *,
    actor: User,
    conversation: Conversation,
    practitioner: Person,
    held_on: datetime.date,
    conducted_by: Iterable[User] = (),
    notes: Mapping[str, str] | None = None,
    account_at_time: str = "",
    practitioner_url: str = "",
) -> Conversation:
    """Change a conversation's record. An edit of the notes or the account puts the version up;
    if the practitioner had agreed them, the agreement is withdrawn and they are asked again
    (`practitioner_url` is the link in that e-mail)."""
    conversation = (
        Conversation.objects.select_for_update(of=("self",))
        .select_related("review", "practitioner")
        .get(pk=conversation.pk)
    )
    review = conversation.review
    if practitioner.pk != conversation.practitioner_id and conversation.shared_with_id:
        raise ConversationError(
            "The notes have been shared: the practitioner can no longer be changed"
        )
    _check_practitioner(review, practitioner)
    conductors = _check_team(review, conducted_by)
    before = _snapshot(conversation)
    new_notes = _clean_notes(conversation, notes or {})
    new_account = account_at_time.strip()
    content_changed = new_notes != conversation.notes or new_account != conversation.account_at_time
    withdrawn = content_changed and conversation.status == ConversationStatus.AGREED

    conversation.practitioner = practitioner
    conversation.held_on = held_on
    changed_sections: list[str] | None = None
    if content_changed:
        changed_sections = _changed_sections(conversation, new_notes, new_account)
        conversation.notes = new_notes
        conversation.account_at_time = new_account
        conversation.version += 1
    if withdrawn:
        conversation.status = ConversationStatus.SHARED
    conversation.save()
    conversation.conducted_by.set(conductors)
    _search_index(conversation)

    _audit_update(actor, conversation, before, changed_sections)
    if withdrawn:
        _agreement_withdraw_notice(actor, conversation, practitioner_url)
    return conversation


def _changed_sections(
    conversation: Conversation, new_notes: Mapping[str, str], new_account: str
) -> list[str]:
    """The keys of the note sections that change (and ACCOUNT_KEY for the account), for the log."""
    changed = sorted(
        key
        for key in set(new_notes) | set(conversation.notes)
        if new_notes.get(key) != conversation.notes.get(key)
    )
    if new_account != conversation.account_at_time:
        changed.append(ACCOUNT_KEY)
    return changed


def _audit_update(
    actor: User,
    conversation: Conversation,
    before: dict[str, Any],
    changed_sections: list[str] | None,
) -> None:
    """Log the edit, if anything changed; `changed_sections` is None when the notes and the
    account did not change (the version stays)."""
    changes = field_changes(before, _snapshot(conversation))
    if changed_sections is not None:
        changes["sections changed"] = changed_sections
    if changes:
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            summary="Changed the notes of the conversation with "
            f"{conversation.practitioner.publication_label}"
            + (f" (version {conversation.version})" if changed_sections is not None else ""),
            review=conversation.review,
            obj=conversation,
            changes=changes,
        )


def _agreement_withdraw_notice(
    actor: User, conversation: Conversation, practitioner_url: str
) -> None:
    """The notes changed after the practitioner agreed them: log the withdrawn agreement and
    ask them (by e-mail, with `practitioner_url`) to agree again."""
    review, practitioner = conversation.review, conversation.practitioner
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=(
            f"Withdrew {practitioner.publication_label}'s agreement of version "
            f"{conversation.agreed_version}: the notes changed after they agreed them"
        ),
        review=review,
        obj=conversation,
        changes={"status": [ConversationStatus.AGREED, ConversationStatus.SHARED]},
    )
    _notify(
        conversation=conversation,
        subject=f"Casewindow {review.reference}: conversation notes changed",
        message=(
            f"The notes of your conversation for review {review.reference} changed after you "
            "agreed them.\n\nPlease sign in, read them and agree them again"
            + (f":\n{practitioner_url}\n" if practitioner_url else ".\n")
        ),
    )


@transaction.atomic
def conversation_share(
    *, actor: User, conversation: Conversation, membership: Membership, practitioner_url: str = ""
) -> Conversation:
    """Share the notes with the practitioner's case-group membership, to read, comment and
    agree. Nobody else in the case group can see them."""
    conversation = (
        Conversation.objects.select_for_update(of=("self",))
        .select_related("review", "practitioner")
        .get(pk=conversation.pk)
    )
    if membership.review_id != conversation.review_id or membership.role != ReviewRole.PARTICIPANT:
        raise ConversationError(
            "Notes can be shared only with a case group participant of this review"
        )
    if conversation.shared_with_id == membership.pk:
        return conversation
    before = {
        "shared_with": str(conversation.shared_with.user) if conversation.shared_with else None
    }
    before["status"] = conversation.status
    conversation.shared_with = membership
    # Someone else's agreement does not carry over.
    conversation.status = ConversationStatus.SHARED
    conversation.agreed_version = None
    conversation.agreed_at = None
    conversation.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=(
            f"Shared the notes of the conversation with "
            f"{conversation.practitioner.publication_label} with {membership.user}"
        ),
        review=conversation.review,
        obj=conversation,
        changes=field_changes(
            before, {"shared_with": str(membership.user), "status": conversation.status}
        ),
    )
    _notify(
        conversation=conversation,
        subject=f"Casewindow {conversation.review.reference}: conversation notes to read",
        message=(
            f"The notes of your conversation for review {conversation.review.reference} are "
            "ready for you to read. Please sign in, read them, comment if you wish and say "
            "whether you agree they are an accurate record"
            + (f":\n{practitioner_url}\n" if practitioner_url else ".\n")
        ),
    )
    return conversation


@transaction.atomic
def conversation_comment_add(
    *, actor: User, conversation: Conversation, section: str, text: str
) -> ConversationComment:
    """A comment on a section of the notes (or the notes as a whole) by the practitioner."""
    if section not in comment_places(conversation):
        raise ConversationError("Choose a part of the notes to comment on")
    text = text.strip()
    if not text:
        raise ConversationError("Enter your comment")
    comment = ConversationComment.objects.create(
        conversation=conversation, section=section, author=actor, text=text
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=(
            "Commented on the notes of the conversation with "
            f"{conversation.practitioner.publication_label}"
        ),
        review=conversation.review,
        obj=conversation,
        changes={"section": section or "whole notes", "comment": str(comment.uuid)},
    )
    return comment


@transaction.atomic
def conversation_agree(*, actor: User, conversation: Conversation, version: int) -> Conversation:
    """The practitioner agrees that this version of the notes is an accurate record. `version`
    is the one they read: if the notes changed meanwhile, they must read them again."""
    conversation = (
        Conversation.objects.select_for_update(of=("self",))
        .select_related("review", "practitioner", "shared_with")
        .get(pk=conversation.pk)
    )
    if conversation.shared_with is None or conversation.shared_with.user_id != actor.pk:
        raise ConversationError("Only the practitioner the notes are shared with can agree them")
    if version != conversation.version:
        raise ConversationError(
            "The notes changed while you were reading them: please read them again"
        )
    if conversation_is_agreed(conversation):
        return conversation
    conversation.status = ConversationStatus.AGREED
    conversation.agreed_version = conversation.version
    conversation.agreed_at = timezone.now()
    conversation.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=(
            f"{conversation.practitioner.publication_label} agreed version "
            f"{conversation.version} of the conversation notes as an accurate record"
        ),
        review=conversation.review,
        obj=conversation,
        changes={
            "status": [ConversationStatus.SHARED, ConversationStatus.AGREED],
            "agreed_version": conversation.version,
        },
    )
    return conversation


@transaction.atomic
def conversation_people_set(
    *, actor: User, conversation: Conversation, people: Iterable[Person]
) -> None:
    """Confirm which people of the register the conversation mentions."""
    people = list(people)
    if any(p.review_id != conversation.review_id for p in people):
        raise ConversationError("People must be from this review's register")
    before = sorted(p.publication_label for p in conversation.people.all())
    conversation.people.set(people)
    after = sorted(p.publication_label for p in people)
    if before != after:
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            summary=(
                "Changed the people linked to the conversation with "
                f"{conversation.practitioner.publication_label}"
            ),
            review=conversation.review,
            obj=conversation,
            changes={"people": [before, after]},
        )


# Questions for practitioners --------------------------------------------------------------


@transaction.atomic
def practitioner_question_save(
    *,
    actor: User,
    review: Review,
    practitioner: Person,
    text: str,
    prepared_from: str = "",
    question: PractitionerQuestion | None = None,
) -> PractitionerQuestion:
    """Add a question to put to a practitioner, or change one."""
    _check_practitioner(review, practitioner)
    text = text.strip()
    if not text:
        raise ConversationError("Enter the question")
    if question is None:
        question = PractitionerQuestion.objects.create(
            review=review, practitioner=practitioner, text=text, prepared_from=prepared_from.strip()
        )
        audit_record(
            actor=actor,
            action=AuditAction.CREATE,
            summary=f"Added a question for {practitioner.publication_label}",
            review=review,
            obj=question,
            changes={"text": [None, text], "prepared_from": [None, question.prepared_from]},
        )
        return question
    if question.review_id != review.pk or question.practitioner_id != practitioner.pk:
        raise ConversationError("That question belongs to someone else")
    before = {"text": question.text, "prepared_from": question.prepared_from}
    question.text = text
    question.prepared_from = prepared_from.strip()
    question.save()
    changes = field_changes(
        before, {"text": question.text, "prepared_from": question.prepared_from}
    )
    if changes:
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            summary=f"Changed a question for {practitioner.publication_label}",
            review=review,
            obj=question,
            changes=changes,
        )
    return question


@transaction.atomic
def practitioner_question_delete(*, actor: User, question: PractitionerQuestion) -> None:
    label = question.practitioner.publication_label
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Removed a question for {label}",
        review=question.review,
        obj=question,
        changes={"text": [question.text, None]},
    )
    question.delete()


def questions_for_conversation(conversation: Conversation) -> list[PractitionerQuestion]:
    """The practitioner's questions that can be ticked in this conversation: those not yet
    asked, and those asked in it (not those asked in another conversation)."""
    return list(
        PractitionerQuestion.objects.filter(
            review=conversation.review_id, practitioner=conversation.practitioner_id
        ).filter(Q(asked=False) | Q(conversation__isnull=True) | Q(conversation=conversation))
    )


@transaction.atomic
def practitioner_questions_mark_asked(
    *, actor: User, conversation: Conversation, asked: Iterable[PractitionerQuestion]
) -> None:
    """Tick off which of the practitioner's questions were asked in this conversation."""
    asked_ids = {q.pk for q in asked}
    candidates = questions_for_conversation(conversation)
    if asked_ids - {q.pk for q in candidates}:
        raise ConversationError("Those questions cannot be ticked in this conversation")
    ticked: list[str] = []
    unticked: list[str] = []
    for question in candidates:
        now_asked = question.pk in asked_ids
        if now_asked == (question.asked and question.conversation_id == conversation.pk):
            continue
        question.asked = now_asked
        question.conversation = conversation if now_asked else None
        question.save(update_fields=["asked", "conversation"])
        (ticked if now_asked else unticked).append(question.text[:80])
    if ticked or unticked:
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            summary=(
                f"Ticked {len(ticked)} and unticked {len(unticked)} question(s) for "
                f"{conversation.practitioner.publication_label} in a conversation"
            ),
            review=conversation.review,
            obj=conversation,
            changes={"asked": ticked, "not asked": unticked},
        )
