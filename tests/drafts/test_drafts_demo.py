"""The demo review holds a shared draft with comments and answers, and a later draft."""

import pytest
from django.utils import timezone

from casewindow.demo.loader import demo_load
from casewindow.drafts.differences import draft_differences
from casewindow.drafts.models import CommentStatus, Draft

pytestmark = pytest.mark.django_db


def test_demo_has_two_shared_drafts_with_answered_comments_and_differences() -> None:
    review, _created = demo_load()
    first, second = Draft.objects.filter(review=review).order_by("number")
    today = timezone.localdate()

    assert not first.window_open(today), "draft 1's comment window has closed"
    assert second.window_open(today)
    assert first.shares.count() == second.shares.count() == 3  # two practitioners, the board
    comments = list(first.comments.prefetch_related("replies"))
    assert 4 <= len(comments) <= 5
    assert len({c.section_key for c in comments}) >= 2, "comments are on different sections"
    assert len({c.author_id for c in comments}) >= 2
    assert all(c.replies.count() == 1 for c in comments)
    statuses = {c.status for c in comments}
    assert CommentStatus.NOT_ACCEPTED in statuses and CommentStatus.OPEN not in statuses
    refused = next(c for c in comments if c.status == CommentStatus.NOT_ACCEPTED)
    assert refused.reason
    assert [c.status for c in second.comments.all()] == [CommentStatus.OPEN]

    changes = [d for d in draft_differences(first.report, second.report) if d.change != "same"]
    assert changes, "draft 2 differs from draft 1"
    assert first.report.status == "Draft 1" and second.report.status == "Draft 2"
