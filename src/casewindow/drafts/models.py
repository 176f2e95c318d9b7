"""Drafts of the report: a numbered, frozen copy of the report shared with chosen members of the
case group for comment. Comments stay with the draft they were made on: a new draft starts with
none, and no draft is ever changed or removed once made."""

import datetime
import uuid
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Q

from casewindow.reports.content import ReportContent

if TYPE_CHECKING:
    from casewindow.reviews.models import Agency


class Draft(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="drafts")
    number = models.PositiveIntegerField()
    # ReportContent.to_json() as it was when the draft was made.
    content = models.JSONField()
    note = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The last day recipients may comment (inclusive); none until the draft is shared.
    comments_close_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["review", "number"]
        constraints = [
            models.UniqueConstraint(fields=["review", "number"], name="one_draft_number_per_review")
        ]

    def __str__(self) -> str:
        return f"Draft {self.number}"

    @property
    def report(self) -> ReportContent:
        return ReportContent.from_json(self.content)

    def window_open(self, today: datetime.date) -> bool:
        return self.comments_close_on is not None and today <= self.comments_close_on


class DraftShare(models.Model):
    """One recipient of a draft. Recipients must be members of the review."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="shares")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="draft_shares"
    )
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    shared_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["user__full_name"]
        constraints = [
            models.UniqueConstraint(fields=["draft", "user"], name="one_share_per_recipient")
        ]

    def __str__(self) -> str:
        return f"{self.draft} shared with {self.user}"


class CommentStatus(models.TextChoices):
    OPEN = "open", "Open"
    ACCEPTED = "accepted", "Accepted"
    ANSWERED = "answered", "Answered"
    NOT_ACCEPTED = "not_accepted", "Not accepted"


class DraftComment(models.Model):
    """A recipient's comment on one section of a draft. The section's number and title are
    copied, so the comment reads correctly whatever later drafts do to the section."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="comments")
    section_key = models.CharField(max_length=200)
    section_number = models.CharField(max_length=50, blank=True)
    section_title = models.CharField(max_length=500, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="draft_comments",
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(
        max_length=20, choices=CommentStatus.choices, default=CommentStatus.OPEN
    )
    reason = models.TextField(blank=True)
    settled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    settled_at = models.DateTimeField(null=True, blank=True)

    # Not fields: set on the comments drafts.selectors returns (the author's agency in the
    # review; the newest reply by someone other than the author).
    author_agency: "Agency | None"
    team_reply: "DraftCommentReply | None"

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=CommentStatus.NOT_ACCEPTED) | ~Q(reason=""),
                name="not_accepted_needs_reason",
            )
        ]

    def __str__(self) -> str:
        return f"Comment on {self.section_number} {self.section_title}"


class DraftCommentReply(models.Model):
    """A reply in a comment's thread, by the review team or by the comment's author."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    comment = models.ForeignKey(DraftComment, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Reply to {self.comment}"
