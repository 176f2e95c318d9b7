"""Drafts through the services: freezing, sharing, commenting, replying and settling."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from casewindow.accounts.models import ReviewRole
from casewindow.audit.models import AuditEvent
from casewindow.drafts import services
from casewindow.drafts.models import CommentStatus, Draft
from tests.factories import MembershipFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 5, 4)


def shared_draft(world: ReviewWorld, closes_on: datetime.date | None = None) -> Draft:
    draft = services.draft_create(actor=world.lead, review=world.review)
    services.draft_share(
        actor=world.lead,
        draft=draft,
        users=[world.participant],
        closes_on=closes_on or timezone.localdate() + datetime.timedelta(days=7),
    )
    return Draft.objects.get(pk=draft.pk)


def first_key(draft: Draft) -> str:
    return draft.report.sections[0].key


def test_drafts_are_numbered_per_review_and_frozen(review_world: ReviewWorld) -> None:
    review = review_world.review
    review.summary = "The first words."
    review.save()

    first = services.draft_create(actor=review_world.lead, review=review, note="For the group")
    review.summary = "Words written later."
    review.save()
    second = services.draft_create(actor=review_world.reviewer, review=review)

    assert (first.number, second.number) == (1, 2)
    first.refresh_from_db()
    assert "The first words." in list(first.report.strings())
    assert "Words written later." not in list(first.report.strings())
    assert first.report.status == "Draft 1" and second.report.status == "Draft 2"
    assert AuditEvent.objects.filter(summary="Made draft 1 of the report").exists()


def test_sharing_e_mails_new_recipients_only_and_sets_the_window(
    review_world: ReviewWorld, django_capture_on_commit_callbacks
) -> None:
    draft = services.draft_create(actor=review_world.lead, review=review_world.review)
    closes = timezone.localdate() + datetime.timedelta(days=10)

    with django_capture_on_commit_callbacks(execute=True):
        services.draft_share(
            actor=review_world.lead,
            draft=draft,
            users=[review_world.participant],
            closes_on=closes,
            link="https://casewindow.example/d/1",
        )
    with django_capture_on_commit_callbacks(execute=True):
        added = services.draft_share(
            actor=review_world.lead,
            draft=draft,
            users=[review_world.participant, review_world.board_reader],
            closes_on=closes,
        )

    assert [s.user for s in added] == [review_world.board_reader]
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [review_world.participant.email, review_world.board_reader.email]
    )
    assert "https://casewindow.example/d/1" in mail.outbox[0].body
    draft.refresh_from_db()
    assert draft.comments_close_on == closes
    assert draft.shares.count() == 2


@pytest.mark.parametrize("role", [ReviewRole.LEAD_REVIEWER, ReviewRole.OBSERVER, "non_member"])
def test_only_participants_and_board_readers_can_be_sent_a_draft(
    review_world: ReviewWorld, role: str
) -> None:
    draft = services.draft_create(actor=review_world.lead, review=review_world.review)

    with pytest.raises(services.DraftError, match="cannot be sent drafts"):
        services.draft_share(
            actor=review_world.lead,
            draft=draft,
            users=[review_world.users[role]],
            closes_on=timezone.localdate(),
        )
    assert not draft.shares.exists()


def test_the_last_day_for_comments_cannot_be_in_the_past(review_world: ReviewWorld) -> None:
    draft = services.draft_create(actor=review_world.lead, review=review_world.review)

    with pytest.raises(services.DraftError, match="today or in the future"):
        services.draft_share(
            actor=review_world.lead,
            draft=draft,
            users=[review_world.participant],
            closes_on=TODAY,
            today=TODAY + datetime.timedelta(days=1),
        )


def test_a_comment_copies_its_section_and_is_logged(review_world: ReviewWorld) -> None:
    draft = shared_draft(review_world)
    section = draft.report.sections[1]

    comment = services.draft_comment_add(
        actor=review_world.participant, draft=draft, section_key=section.key, text="  Too long. "
    )

    assert (comment.section_number, comment.section_title) == (section.number, section.title)
    assert comment.text == "Too long."
    assert comment.status == CommentStatus.OPEN
    assert AuditEvent.objects.filter(
        actor=review_world.participant, object_id=str(comment.uuid)
    ).exists()


def test_only_recipients_comment_and_only_while_the_window_is_open(
    review_world: ReviewWorld,
) -> None:
    draft = shared_draft(review_world, closes_on=timezone.localdate())
    key = first_key(draft)
    colleague = MembershipFactory(review=review_world.review, role=ReviewRole.PARTICIPANT).user

    with pytest.raises(services.DraftError, match="not been shared with you"):
        services.draft_comment_add(actor=colleague, draft=draft, section_key=key, text="Hi")
    with pytest.raises(services.DraftError, match="closed on"):
        services.draft_comment_add(
            actor=review_world.participant,
            draft=draft,
            section_key=key,
            text="Late",
            today=timezone.localdate() + datetime.timedelta(days=1),
        )
    with pytest.raises(services.DraftError, match="Choose a section"):
        services.draft_comment_add(
            actor=review_world.participant, draft=draft, section_key="no-such", text="Hi"
        )
    with pytest.raises(services.DraftError, match="Enter your comment"):
        services.draft_comment_add(
            actor=review_world.participant, draft=draft, section_key=key, text="   "
        )
    assert not draft.comments.exists()


def test_comments_stay_with_their_draft_when_a_new_draft_is_made(
    review_world: ReviewWorld,
) -> None:
    draft = shared_draft(review_world)
    services.draft_comment_add(
        actor=review_world.participant, draft=draft, section_key=first_key(draft), text="One"
    )

    newer = services.draft_create(actor=review_world.lead, review=review_world.review)

    assert draft.comments.count() == 1
    assert not newer.comments.exists()
    assert not newer.shares.exists(), "a new draft is not shared until someone shares it"


def test_replies_come_from_the_team_or_the_comment_author_only(
    review_world: ReviewWorld,
) -> None:
    draft = shared_draft(review_world)
    comment = services.draft_comment_add(
        actor=review_world.participant, draft=draft, section_key=first_key(draft), text="Hm"
    )

    services.draft_comment_reply(actor=review_world.reviewer, comment=comment, text="Thanks")
    services.draft_comment_reply(actor=review_world.participant, comment=comment, text="More")
    for outsider in (review_world.observer, review_world.board_reader):
        with pytest.raises(services.DraftError, match="Only the review team"):
            services.draft_comment_reply(actor=outsider, comment=comment, text="Me too")

    assert [r.text for r in comment.replies.all()] == ["Thanks", "More"]


def test_not_accepted_needs_a_reason_and_reopening_clears_who_settled(
    review_world: ReviewWorld,
) -> None:
    draft = shared_draft(review_world)
    comment = services.draft_comment_add(
        actor=review_world.participant, draft=draft, section_key=first_key(draft), text="Hm"
    )

    with pytest.raises(services.DraftError, match="reason"):
        services.draft_comment_settle(
            actor=review_world.lead, comment=comment, status=CommentStatus.NOT_ACCEPTED
        )
    settled = services.draft_comment_settle(
        actor=review_world.lead,
        comment=comment,
        status=CommentStatus.NOT_ACCEPTED,
        reason="Out of scope",
    )
    assert (settled.status, settled.reason, settled.settled_by) == (
        "not_accepted",
        "Out of scope",
        review_world.lead,
    )
    reopened = services.draft_comment_settle(
        actor=review_world.lead, comment=comment, status=CommentStatus.OPEN
    )
    assert reopened.settled_by is None and reopened.settled_at is None
    assert AuditEvent.objects.filter(object_id=str(comment.uuid), action="update").count() == 2


def test_a_recipient_can_be_removed_only_before_they_comment(review_world: ReviewWorld) -> None:
    draft = shared_draft(review_world)
    services.draft_share(
        actor=review_world.lead,
        draft=draft,
        users=[review_world.board_reader],
        closes_on=draft.comments_close_on,
    )
    services.draft_comment_add(
        actor=review_world.participant, draft=draft, section_key=first_key(draft), text="Hm"
    )

    services.draft_unshare(
        actor=review_world.lead, share=draft.shares.get(user=review_world.board_reader)
    )
    with pytest.raises(services.DraftError, match="has commented"):
        services.draft_unshare(
            actor=review_world.lead, share=draft.shares.get(user=review_world.participant)
        )

    assert [s.user for s in draft.shares.all()] == [review_world.participant]
    assert draft.comments.count() == 1


def test_after_the_window_only_the_team_replies(review_world: ReviewWorld) -> None:
    draft = shared_draft(review_world)
    remark = services.draft_comment_add(
        actor=review_world.participant, draft=draft, section_key=first_key(draft), text="Hm"
    )
    Draft.objects.filter(pk=draft.pk).update(
        comments_close_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    remark.refresh_from_db()

    services.draft_comment_reply(actor=review_world.lead, comment=remark, text="Answered late")
    with pytest.raises(services.DraftError, match="closed"):
        services.draft_comment_reply(actor=review_world.participant, comment=remark, text="But")

    assert [r.text for r in remark.replies.all()] == ["Answered late"]
