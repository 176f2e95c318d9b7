"""Reading drafts: the lists each kind of member sees, a draft's sections for reading, and the
comments on it (all of them for the review team, a recipient's own for a recipient)."""

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils.text import slugify

from casewindow.accounts.models import Membership, User
from casewindow.drafts.models import CommentStatus, Draft, DraftComment, DraftCommentReply
from casewindow.reports.content import ReportContent, Section
from casewindow.reviews.models import Agency, Review


def _with_counts(drafts: QuerySet[Draft]) -> QuerySet[Draft]:
    counts = {
        f"{status}_count": Count("comments", filter=Q(comments__status=status), distinct=True)
        for status in CommentStatus.values
    }
    return drafts.annotate(
        comment_count=Count("comments", distinct=True),
        recipient_count=Count("shares", distinct=True),
        **counts,
    ).select_related("created_by")


def drafts_for_team(*, review: Review) -> QuerySet[Draft]:
    """Every draft of the review, newest first, with its comments counted by status."""
    return _with_counts(review.drafts.all()).order_by("-number")


def drafts_shared_with(*, review: Review, user: User) -> QuerySet[Draft]:
    """Only the drafts shared with this member, newest first, with their own comments counted."""
    return (
        review.drafts.filter(shares__user=user)
        .annotate(my_comment_count=Count("comments", filter=Q(comments__author=user)))
        .order_by("-number")
    )


@dataclass(frozen=True)
class SectionView:
    section: Section
    depth: int
    anchor: str

    @property
    def heading_level(self) -> int:
        return min(2 + self.depth, 6)

    @property
    def block_heading_level(self) -> int:
        return min(3 + self.depth, 6)


def report_sections(report: ReportContent) -> list[SectionView]:
    """Every section in reading order with its depth, and a page anchor made from its key."""
    views: list[SectionView] = []
    used: set[str] = set()

    def visit(section: Section, depth: int) -> None:
        anchor = "section-" + (slugify(section.key) or str(len(views) + 1))
        while anchor in used:
            anchor += "-x"
        used.add(anchor)
        views.append(SectionView(section, depth, anchor))
        for sub in section.subsections:
            visit(sub, depth + 1)

    for section in report.sections:
        visit(section, 0)
    return views


def agency_by_user(*, review: Review) -> dict[int, Agency | None]:
    """Each member's agency in this review (participants are recorded with one)."""
    return {
        m.user_id: m.agency
        for m in Membership.objects.filter(review=review).select_related("agency")
    }


def draft_comments(
    *,
    draft: Draft,
    author: User | None = None,
    status: str = "",
    agency: Any = None,
    only: DraftComment | None = None,
) -> list[DraftComment]:
    """Comments on the draft with their replies, oldest first; only `author`'s own when given
    (a recipient's view), filtered by status and by the author's agency when asked."""
    comments = DraftComment.objects.filter(draft=draft).select_related("author", "settled_by")
    if only is not None:
        comments = comments.filter(pk=only.pk)
    if author is not None:
        comments = comments.filter(author=author)
    if status:
        comments = comments.filter(status=status)
    if agency is not None:
        comments = comments.filter(
            author__memberships__review=draft.review, author__memberships__agency=agency
        )
    comments = comments.prefetch_related(
        Prefetch("replies", queryset=DraftCommentReply.objects.select_related("author"))
    )
    agencies = agency_by_user(review=draft.review)
    result = list(comments)
    for comment in result:
        comment.author_agency = (
            agencies.get(comment.author_id) if comment.author_id is not None else None
        )
    return result


def comments_by_section(comments: list[DraftComment]) -> dict[str, list[DraftComment]]:
    grouped: dict[str, list[DraftComment]] = {}
    for comment in comments:
        grouped.setdefault(comment.section_key, []).append(comment)
    return grouped


@dataclass(frozen=True)
class DraftForRecipient:
    """A draft shared with someone, as their home page lists it."""

    draft: Draft
    comments_open: bool
    closes_on: Any  # datetime.date | None
    days_left: int | None  # days until comments close (0 = today), while they are open
    my_comment_count: int


def drafts_for_recipient(
    *, drafts: QuerySet[Draft], user: User, today: Any
) -> list[DraftForRecipient]:
    """`drafts` (already limited by accounts.access to those shared with `user`), the ones still
    open for comments first (closing soonest first), then the rest, newest first."""
    rows = [
        DraftForRecipient(
            draft=draft,
            comments_open=draft.window_open(today),
            closes_on=draft.comments_close_on,
            days_left=(draft.comments_close_on - today).days if draft.window_open(today) else None,
            my_comment_count=draft.my_comment_count,
        )
        for draft in drafts.select_related("review")
        .annotate(my_comment_count=Count("comments", filter=Q(comments__author=user)))
        .distinct()
    ]
    return sorted(
        rows,
        key=lambda row: (
            not row.comments_open,
            row.days_left if row.days_left is not None else 0,
            -row.draft.created_at.timestamp(),
        ),
    )


def comments_answered(*, drafts: QuerySet[Draft], user: User) -> list[DraftComment]:
    """`user`'s own comments on `drafts` that the review team has answered: settled (accepted,
    answered, not accepted) or replied to by someone else. Newest first, each with
    `team_reply`: the latest reply by someone else (or None)."""
    comments = list(
        DraftComment.objects.filter(draft__in=drafts, author=user)
        .filter(
            ~Q(status=CommentStatus.OPEN)
            | Exists(DraftCommentReply.objects.filter(comment=OuterRef("pk")).exclude(author=user))
        )
        .select_related("draft__review", "settled_by")
        .prefetch_related(
            Prefetch("replies", queryset=DraftCommentReply.objects.select_related("author"))
        )
        .order_by("-created_at")
    )
    for comment in comments:
        others = [reply for reply in comment.replies.all() if reply.author_id != user.pk]
        comment.team_reply = others[-1] if others else None
    return comments
