"""Conversation services: recording, sharing, agreement (and its withdrawal on an edit),
comments, questions for practitioners, people links and the search index."""

import datetime

import pytest

from casewindow.accounts.models import ReviewRole
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.evidence.models import ConversationStatus, SearchChunk
from casewindow.evidence.services import conversations as services
from casewindow.reviews.models import PersonCategory
from tests.evidence.factories import (
    ConversationFactory,
    PractitionerQuestionFactory,
    ProfessionalFactory,
)
from tests.factories import MembershipFactory, PersonFactory, ReviewFactory

NOTES = {
    "overview": "I was the allocated social worker from March 2024.",
    "turning-points": "The strategy discussion on 3 May.",
}


@pytest.fixture
def practitioner(review_world):
    return ProfessionalFactory(review=review_world.review, real_name="Samir Haddad")


@pytest.fixture
def conversation(review_world, practitioner):
    return services.conversation_create(
        actor=review_world.lead,
        review=review_world.review,
        practitioner=practitioner,
        held_on=datetime.date(2025, 5, 14),
        conducted_by=[review_world.lead, review_world.reviewer],
        notes=NOTES,
        account_at_time="It looked as if the family were engaging.",
    )


def _share(world, conversation):
    return services.conversation_share(
        actor=world.lead,
        conversation=conversation,
        membership=world.memberships[ReviewRole.PARTICIPANT],
        practitioner_url="https://casewindow.example/link",
    )


def _edit(world, conversation, **changes):
    values = {
        "practitioner": conversation.practitioner,
        "held_on": conversation.held_on,
        "conducted_by": list(conversation.conducted_by.all()),
        "notes": dict(conversation.notes),
        "account_at_time": conversation.account_at_time,
        **changes,
    }
    return services.conversation_update(
        actor=world.lead,
        conversation=conversation,
        practitioner_url="https://x.example/c",
        **values,
    )


def test_recording_a_conversation_keeps_notes_by_heading_and_audits(review_world, conversation):
    assert conversation.notes == NOTES
    assert conversation.version == 1
    assert conversation.status == ConversationStatus.DRAFT
    assert set(conversation.conducted_by.all()) == {review_world.lead, review_world.reviewer}
    event = AuditEvent.objects.get(object_id=str(conversation.uuid), action=AuditAction.CREATE)
    assert event.review == review_world.review
    assert "Social Worker" in event.summary  # the publication label, not the real name


def test_recording_writes_one_search_chunk_replaced_on_every_save(review_world, conversation):
    chunk = SearchChunk.objects.get(object_uuid=conversation.uuid)
    assert chunk.kind == "conversation"
    assert chunk.title == f"Conversation with {conversation.practitioner.publication_label}"
    assert "strategy discussion" in chunk.text and "engaging" in chunk.text

    _edit(
        review_world, conversation, notes={**NOTES, "went-well": "Good joint working with school."}
    )

    chunk = SearchChunk.objects.get(object_uuid=conversation.uuid)
    assert "joint working" in chunk.text


def test_only_professionals_of_this_review_can_be_the_practitioner(review_world):
    child = PersonFactory(review=review_world.review, category=PersonCategory.CHILD)
    stranger = ProfessionalFactory(review=ReviewFactory())
    for person in (child, stranger):
        with pytest.raises(services.ConversationError):
            services.conversation_create(
                actor=review_world.lead,
                review=review_world.review,
                practitioner=person,
                held_on=datetime.date(2025, 5, 1),
            )


def test_only_the_review_team_conducts_conversations(review_world, practitioner):
    with pytest.raises(services.ConversationError, match="review team"):
        services.conversation_create(
            actor=review_world.lead,
            review=review_world.review,
            practitioner=practitioner,
            held_on=datetime.date(2025, 5, 1),
            conducted_by=[review_world.participant],
        )


def test_notes_must_follow_the_conversation_structure(review_world, practitioner):
    with pytest.raises(services.ConversationError, match="Unknown section"):
        services.conversation_create(
            actor=review_world.lead,
            review=review_world.review,
            practitioner=practitioner,
            held_on=datetime.date(2025, 5, 1),
            notes={"gossip": "no"},
        )


def test_editing_the_notes_puts_the_version_up_but_other_details_do_not(review_world, conversation):
    conversation = _edit(review_world, conversation, notes={**NOTES, "overview": "Changed."})
    assert conversation.version == 2
    conversation = _edit(review_world, conversation, held_on=datetime.date(2025, 5, 15))
    assert conversation.version == 2
    conversation = _edit(review_world, conversation, account_at_time="Another account.")
    assert conversation.version == 3
    event = AuditEvent.objects.filter(object_id=str(conversation.uuid)).first()
    assert event.changes["sections changed"] == ["account-at-time"]


def test_sharing_is_only_with_a_participant_of_this_review(review_world, conversation):
    for membership in (
        review_world.memberships[ReviewRole.OBSERVER],
        MembershipFactory(role=ReviewRole.PARTICIPANT),  # another review's
    ):
        with pytest.raises(services.ConversationError):
            services.conversation_share(
                actor=review_world.lead, conversation=conversation, membership=membership
            )


def test_sharing_mails_the_practitioner_a_notice_without_the_notes(
    review_world, conversation, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        conversation = _share(review_world, conversation)

    assert conversation.status == ConversationStatus.SHARED
    assert conversation.shared_with == review_world.memberships[ReviewRole.PARTICIPANT]
    assert [m.to for m in mailoutbox] == [[review_world.participant.email]]
    assert "https://casewindow.example/link" in mailoutbox[0].body
    for text in [*NOTES.values(), "engaging", "Samir", "Haddad"]:
        assert text not in mailoutbox[0].body and text not in mailoutbox[0].subject


def test_the_practitioner_agrees_the_version_they_read(review_world, conversation):
    conversation = _share(review_world, conversation)

    with pytest.raises(services.ConversationError, match="changed while you were reading"):
        services.conversation_agree(
            actor=review_world.participant, conversation=conversation, version=7
        )
    agreed = services.conversation_agree(
        actor=review_world.participant, conversation=conversation, version=1
    )

    assert agreed.status == ConversationStatus.AGREED
    assert agreed.agreed_version == 1 and agreed.agreed_at is not None
    assert services.conversation_is_agreed(agreed)


def test_nobody_but_the_practitioner_shared_with_can_agree(review_world, conversation):
    conversation = _share(review_world, conversation)
    for user in (
        review_world.lead,
        MembershipFactory(review=review_world.review, role=ReviewRole.PARTICIPANT).user,
    ):
        with pytest.raises(services.ConversationError):
            services.conversation_agree(actor=user, conversation=conversation, version=1)


def test_an_edit_after_agreement_withdraws_it_and_asks_again(
    review_world, conversation, mailoutbox, django_capture_on_commit_callbacks
):
    conversation = _share(review_world, conversation)
    services.conversation_agree(
        actor=review_world.participant, conversation=conversation, version=1
    )
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        conversation = _edit(review_world, conversation, notes={**NOTES, "overview": "Corrected."})

    assert conversation.status == ConversationStatus.SHARED
    assert conversation.version == 2 and conversation.agreed_version == 1
    assert not services.conversation_is_agreed(conversation)
    assert services.conversation_agreement_withdrawn(conversation)
    assert AuditEvent.objects.filter(
        object_id=str(conversation.uuid), summary__startswith="Withdrew"
    ).exists()
    assert len(mailoutbox) == 1
    assert "changed after you agreed" in mailoutbox[0].body
    assert "Corrected" not in mailoutbox[0].body
    # Agreeing again restores the agreement, for the new version.
    conversation = services.conversation_agree(
        actor=review_world.participant, conversation=conversation, version=2
    )
    assert services.conversation_is_agreed(conversation)


def test_a_change_of_date_alone_keeps_the_agreement(review_world, conversation, mailoutbox):
    conversation = _share(review_world, conversation)
    services.conversation_agree(
        actor=review_world.participant, conversation=conversation, version=1
    )

    conversation = _edit(review_world, conversation, held_on=datetime.date(2025, 5, 13))

    assert services.conversation_is_agreed(conversation)


def test_sharing_with_someone_else_does_not_carry_the_agreement_over(review_world, conversation):
    conversation = _share(review_world, conversation)
    services.conversation_agree(
        actor=review_world.participant, conversation=conversation, version=1
    )
    other = MembershipFactory(review=review_world.review, role=ReviewRole.PARTICIPANT)

    conversation = services.conversation_share(
        actor=review_world.lead, conversation=conversation, membership=other
    )

    assert conversation.status == ConversationStatus.SHARED
    assert conversation.agreed_version is None


def test_the_practitioner_cannot_be_changed_once_shared(review_world, conversation):
    conversation = _share(review_world, conversation)
    with pytest.raises(services.ConversationError, match="shared"):
        _edit(
            review_world, conversation, practitioner=ProfessionalFactory(review=review_world.review)
        )


def test_comments_go_on_a_heading_the_account_or_the_whole_notes(review_world, conversation):
    for section in ("overview", services.ACCOUNT_KEY, services.GENERAL_KEY):
        services.conversation_comment_add(
            actor=review_world.participant, conversation=conversation, section=section, text="Yes."
        )
    with pytest.raises(services.ConversationError):
        services.conversation_comment_add(
            actor=review_world.participant, conversation=conversation, section="nope", text="x"
        )
    assert conversation.comments.count() == 3


def test_questions_are_ticked_in_one_conversation_only(review_world, conversation):
    first, second = PractitionerQuestionFactory.create_batch(
        2, review=review_world.review, practitioner=conversation.practitioner
    )
    services.practitioner_questions_mark_asked(
        actor=review_world.lead, conversation=conversation, asked=[first]
    )
    first.refresh_from_db()
    assert first.asked and first.conversation == conversation

    later = ConversationFactory(review=review_world.review, practitioner=conversation.practitioner)
    assert services.questions_for_conversation(later) == [second]
    with pytest.raises(services.ConversationError):
        services.practitioner_questions_mark_asked(
            actor=review_world.lead, conversation=later, asked=[first]
        )

    services.practitioner_questions_mark_asked(
        actor=review_world.lead, conversation=conversation, asked=[]
    )
    first.refresh_from_db()
    assert not first.asked and first.conversation is None


def test_questions_are_for_professionals_of_this_review(review_world):
    child = PersonFactory(review=review_world.review, category=PersonCategory.CHILD)
    with pytest.raises(services.ConversationError):
        services.practitioner_question_save(
            actor=review_world.lead, review=review_world.review, practitioner=child, text="Why?"
        )


def test_linking_people_only_from_this_review(review_world, conversation):
    services.conversation_people_set(
        actor=review_world.lead, conversation=conversation, people=[review_world.person]
    )
    assert list(conversation.people.all()) == [review_world.person]
    with pytest.raises(services.ConversationError):
        services.conversation_people_set(
            actor=review_world.lead, conversation=conversation, people=[PersonFactory()]
        )
