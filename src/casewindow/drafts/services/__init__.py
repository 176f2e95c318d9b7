"""Changes to drafts: making one, sharing it, comments, replies and settling comments.
Every change writes an audit event; e-mails go out only after the change commits."""

import datetime
import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Max, QuerySet
from django.utils import timezone

from casewindow.accounts.models import Membership, ReviewRole, User
from casewindow.accounts.roles import Permission, may_reply_to_comment, role_can
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.drafts.models import (
    CommentStatus,
    Draft,
    DraftComment,
    DraftCommentReply,
    DraftShare,
)
from casewindow.reports.assembly import build_report
from casewindow.reviews.models import Review

log = logging.getLogger(__name__)

MAX_TEXT = 20_000


class DraftError(ValueError):
    """A request the rules refuse; the message is shown to the user as it is."""


def _text(text: str, *, missing: str) -> str:
    text = (text or "").strip()
    if not text:
        raise DraftError(missing)
    if len(text) > MAX_TEXT:
        raise DraftError(f"Keep it to {MAX_TEXT:,} characters or fewer")
    return text


def long_date(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _membership(user: User, review: Review) -> Membership | None:
    return Membership.objects.filter(user=user, review=review).first()


@transaction.atomic
def draft_create(*, actor: User, review: Review, note: str = "") -> Draft:
    """Freeze the report as it stands now as the review's next numbered draft."""
    # Drafts of one review are numbered one at a time.
    Review.objects.select_for_update().filter(pk=review.pk).first()
    number = (review.drafts.aggregate(n=Max("number"))["n"] or 0) + 1
    content = build_report(review, status=f"Draft {number}").to_json()
    draft = Draft.objects.create(
        review=review,
        number=number,
        content=content,
        note=(note or "").strip()[:MAX_TEXT],
        created_by=actor,
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Made draft {number} of the report",
        review=review,
        obj=draft,
        changes={"sections": [s["key"] for s in content.get("sections", [])]},
    )
    return draft


def recipients_possible(review: Review) -> QuerySet[Membership]:
    """Members who may be sent a draft: those whose role lets them comment on drafts shared
    with them (the review team sees every draft already)."""
    allowed = [role for role in ReviewRole if role_can(role, Permission.DRAFT_COMMENT)]
    return (
        review.memberships.filter(role__in=allowed)
        .select_related("user", "agency")
        .order_by("role", "user__full_name")
    )


@transaction.atomic
def draft_share(
    *,
    actor: User,
    draft: Draft,
    users: Iterable[User],
    closes_on: datetime.date,
    link: str = "",
    today: datetime.date | None = None,
) -> list[DraftShare]:
    """Share the draft with more members (sharing again adds recipients) and set the last day
    for comments. New recipients are e-mailed a link; nobody else can see the draft."""
    today = today or timezone.localdate()
    draft = Draft.objects.select_for_update().select_related("review").get(pk=draft.pk)
    if closes_on < today:
        raise DraftError("The last day for comments must be today or in the future")
    allowed = {m.user_id: m for m in recipients_possible(draft.review)}
    users = list(users)
    if not users:
        raise DraftError("Choose who to share the draft with")
    for user in users:
        if user.pk not in allowed:
            raise DraftError(
                f"{user.full_name} cannot be sent drafts: only case group participants and "
                "board readers of this review can"
            )
    existing = set(draft.shares.values_list("user_id", flat=True))
    new_shares = [
        DraftShare.objects.create(draft=draft, user=user, shared_by=actor)
        for user in users
        if user.pk not in existing
    ]
    before = draft.comments_close_on
    draft.comments_close_on = closes_on
    draft.save(update_fields=["comments_close_on"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=(
            f"Shared draft {draft.number} with "
            + (", ".join(s.user.full_name for s in new_shares) or "nobody new")
            + f"; comments close on {closes_on:%d/%m/%Y}"
        ),
        review=draft.review,
        obj=draft,
        changes={
            "recipients_added": [f"{s.user.full_name} <{s.user.email}>" for s in new_shares],
            "comments_close_on": [
                before.isoformat() if before else None,
                closes_on.isoformat(),
            ],
        },
    )
    _notify(draft=draft, users=[s.user for s in new_shares], link=link, closes_on=closes_on)
    return new_shares


def _notify(*, draft: Draft, users: list[User], link: str, closes_on: datetime.date) -> None:
    """A short e-mail to each new recipient with the link; it never carries the report."""
    review = draft.review
    subject = f"{review.reference}: draft {draft.number} of the report is ready for your comments"
    body = (
        f"Draft {draft.number} of the report of review {review.reference} has been shared with "
        f"you for comment.\n\nRead it and comment on its sections here:\n{link}\n\n"
        f"Comments close at the end of {long_date(closes_on)}.\n"
    )
    addresses = [user.email for user in users if user.email]

    def send() -> None:
        for address in addresses:
            try:
                send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
            except Exception:  # the share stands even if the mail server is down
                log.exception("Could not e-mail %s about draft %s", address, draft.uuid)

    transaction.on_commit(send)


@transaction.atomic
def draft_unshare(*, actor: User, share: DraftShare) -> None:
    """Take a draft back from a recipient who has not commented on it (comments are never
    lost, so a recipient with comments stays)."""
    share = DraftShare.objects.select_related("draft__review", "user").get(pk=share.pk)
    if share.draft.comments.filter(author=share.user).exists():
        raise DraftError(
            f"{share.user.full_name} has commented on this draft, so it stays shared with them"
        )
    draft = share.draft
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Stopped sharing draft {draft.number} with {share.user.full_name}",
        review=draft.review,
        obj=draft,
        changes={"recipient_removed": f"{share.user.full_name} <{share.user.email}>"},
    )
    share.delete()


@transaction.atomic
def draft_comment_add(
    *,
    actor: User,
    draft: Draft,
    section_key: str,
    text: str,
    today: datetime.date | None = None,
) -> DraftComment:
    """A recipient's comment on one section of a draft shared with them, while the comment
    window is open."""
    today = today or timezone.localdate()
    draft = Draft.objects.select_related("review").get(pk=draft.pk)  # the window as it is now
    if not draft.shares.filter(user=actor).exists():
        raise DraftError("This draft has not been shared with you")
    if not draft.window_open(today):
        raise DraftError(
            "Comments on this draft closed"
            + (f" on {long_date(draft.comments_close_on)}" if draft.comments_close_on else "")
            + ". You can still read it."
        )
    section = draft.report.section(section_key)
    if section is None:
        raise DraftError("Choose a section of the draft to comment on")
    comment = DraftComment.objects.create(
        draft=draft,
        section_key=section.key,
        section_number=section.number[:50],
        section_title=section.title[:500],
        author=actor,
        text=_text(text, missing="Enter your comment"),
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Commented on section {section.number} of draft {draft.number}",
        review=draft.review,
        obj=comment,
        changes={"draft": draft.number, "section": section.key},
    )
    return comment


def may_reply(user: User, comment: DraftComment) -> bool:
    """The rule is accounts.roles.may_reply_to_comment; this looks up its facts."""
    membership = _membership(user, comment.draft.review)
    return may_reply_to_comment(
        role=membership.role if membership else None,
        is_author=comment.author_id is not None and comment.author_id == user.pk,
    )


@transaction.atomic
def draft_comment_reply(*, actor: User, comment: DraftComment, text: str) -> DraftCommentReply:
    """A reply in the comment's thread."""
    if not may_reply(actor, comment):
        raise DraftError("Only the review team and the comment's author can reply to it")
    membership = _membership(actor, comment.draft.review)
    is_team = membership is not None and role_can(membership.role, Permission.REPORT_EDIT)
    if not is_team and not comment.draft.window_open(timezone.localdate()):
        raise DraftError("Comments on this draft have closed. You can still read it.")
    reply = DraftCommentReply.objects.create(
        comment=comment, author=actor, text=_text(text, missing="Enter your reply")
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=(
            f"Replied to a comment on section {comment.section_number} of draft "
            f"{comment.draft.number}"
        ),
        review=comment.draft.review,
        obj=comment,
        changes={"reply": str(reply.uuid)},
    )
    return reply


@transaction.atomic
def draft_comment_settle(
    *, actor: User, comment: DraftComment, status: str, reason: str = ""
) -> DraftComment:
    """Mark a comment accepted, answered, not accepted (with the reason) or open again."""
    if status not in CommentStatus.values:
        raise DraftError("Choose what happens to the comment")
    reason = (reason or "").strip()
    if status == CommentStatus.NOT_ACCEPTED and not reason:
        raise DraftError("Enter the reason the comment is not accepted")
    if len(reason) > MAX_TEXT:
        raise DraftError(f"Keep the reason to {MAX_TEXT:,} characters or fewer")
    comment = (
        DraftComment.objects.select_for_update().select_related("draft__review").get(pk=comment.pk)
    )
    before = {"status": comment.status, "reason": comment.reason}
    if before == {"status": status, "reason": reason}:
        return comment
    comment.status = status
    comment.reason = reason
    opened = status == CommentStatus.OPEN
    comment.settled_by = None if opened else actor
    comment.settled_at = None if opened else timezone.now()
    comment.save(update_fields=["status", "reason", "settled_by", "settled_at"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=(
            f"Marked a comment on section {comment.section_number} of draft "
            f"{comment.draft.number}: {comment.get_status_display().lower()}"
        ),
        review=comment.draft.review,
        obj=comment,
        changes={
            name: [before[name], value]
            for name, value in (("status", status), ("reason", reason))
            if before[name] != value
        },
    )
    return comment
