"""Conversation pages: the team records, shares and links; the practitioner reads, comments and
agrees their own conversation only."""

import datetime

import pytest
from django.urls import reverse
from django.utils.html import escape

from casewindow.accounts.models import ReviewRole
from casewindow.evidence.models import Conversation, ConversationStatus, PractitionerQuestion
from casewindow.evidence.services import conversations as services
from tests.evidence.factories import (
    ConversationFactory,
    PractitionerQuestionFactory,
    ProfessionalFactory,
)
from tests.factories import MembershipFactory, PersonFactory, ReviewFactory
from tests.helpers import date_post


@pytest.fixture
def practitioner(review_world):
    return ProfessionalFactory(
        review=review_world.review, real_name="Samir Haddad", publication_label="Social Worker 1"
    )


@pytest.fixture
def shared(review_world, practitioner):
    """A conversation shared with the world's participant."""
    return ConversationFactory(
        review=review_world.review,
        practitioner=practitioner,
        shared_with=review_world.memberships[ReviewRole.PARTICIPANT],
    )


def _url(name, conversation, *extra):
    return reverse(name, args=[conversation.review.reference, conversation.uuid, *extra])


def test_the_lead_records_a_conversation_under_the_structure_headings(
    review_world, client_for, practitioner
):
    client = client_for(review_world.lead)
    url = reverse("evidence:conversation_add", args=[review_world.review.reference])

    page = client.get(url, {"practitioner": str(practitioner.uuid)})
    assert page.status_code == 200
    html = page.content.decode()
    for section in services.sections_for():
        assert escape(section["title"]) in html
    assert "What else was occupying you at the time?" in html  # a prompt, as hint text
    assert 'aria-describedby="id_section_local_rationality-hint"' in html

    response = client.post(
        url,
        {
            "practitioner": practitioner.pk,
            **date_post("held_on", datetime.date(2025, 5, 14)),
            "conducted_by": [review_world.lead.pk],
            "section_overview": "I held the case from March.",
            "section_local_rationality": "I thought mother was coping.",
            "account_at_time": "It looked like things were improving.",
        },
    )

    conversation = Conversation.objects.get(review=review_world.review)
    assert response.status_code == 302
    assert response["Location"] == _url("evidence:conversation_detail", conversation)
    assert conversation.notes == {
        "overview": "I held the case from March.",
        "local-rationality": "I thought mother was coping.",
    }
    assert conversation.account_at_time == "It looked like things were improving."


def test_recording_without_a_date_or_with_a_future_date_shows_errors(
    review_world, client_for, practitioner
):
    client = client_for(review_world.lead)
    url = reverse("evidence:conversation_add", args=[review_world.review.reference])

    empty = client.post(url, {})
    future = client.post(
        url,
        {
            "practitioner": practitioner.pk,
            **date_post("held_on", datetime.date.today() + datetime.timedelta(days=3)),
        },
    )

    assert "Select the practitioner" in empty.content.decode()
    assert "Enter the date of the conversation" in empty.content.decode()
    assert "must be today or in the past" in future.content.decode()
    assert not Conversation.objects.exists()


def test_the_list_groups_conversations_by_practitioner_with_status(
    review_world, client_for, shared
):
    ConversationFactory(review=review_world.review, practitioner=shared.practitioner)
    other = ProfessionalFactory(
        review=review_world.review, real_name="Lena Ortiz", publication_label="Health Visitor 1"
    )

    response = client_for(review_world.observer).get(
        reverse("evidence:conversation_list", args=[review_world.review.reference])
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("Samir Haddad (Social Worker 1)") == 1
    assert "Shared" in html and "Draft" in html
    assert other.real_name in html and "No conversation recorded yet" in html
    assert "Record a conversation" not in html  # observers only read


def test_the_detail_page_suggests_people_named_in_the_notes(review_world, client_for, practitioner):
    child = PersonFactory(review=review_world.review, real_name="Chloe Smith", aliases=["CS"])
    conversation = ConversationFactory(
        review=review_world.review,
        practitioner=practitioner,
        notes={"overview": "Chloe's mother rang. I saw Chloe at school."},
    )
    client = client_for(review_world.reviewer)

    html = client.get(_url("evidence:conversation_detail", conversation)).content.decode()
    assert "People mentioned" in html
    assert f'value="{child.uuid}"' in html
    assert "(2 times)" in html

    response = client.post(
        _url("evidence:conversation_people", conversation), {"people": [str(child.uuid)]}
    )
    assert response.status_code == 302
    assert list(conversation.people.all()) == [child]

    # Someone of another review cannot be linked.
    client.post(
        _url("evidence:conversation_people", conversation), {"people": [str(PersonFactory().uuid)]}
    )
    assert list(conversation.people.all()) == [child]


def test_questions_are_prepared_and_ticked_off_in_the_conversation(
    review_world, client_for, shared
):
    client = client_for(review_world.lead)
    practitioner = shared.practitioner
    add = reverse(
        "evidence:practitioner_question_add",
        args=[review_world.review.reference, practitioner.uuid],
    )

    response = client.post(
        add, {"text": "Why was the case closed?", "prepared_from": "CSC records"}
    )
    assert response.status_code == 302
    question = PractitionerQuestion.objects.get(practitioner=practitioner)

    detail = client.get(_url("evidence:conversation_detail", shared)).content.decode()
    assert "Why was the case closed?" in detail

    client.post(
        _url("evidence:conversation_questions_asked", shared), {"questions": [str(question.uuid)]}
    )
    question.refresh_from_db()
    assert question.asked and question.conversation == shared

    listing = client.get(
        reverse(
            "evidence:practitioner_question_list",
            args=[review_world.review.reference, practitioner.uuid],
        )
    ).content.decode()
    assert "Asked" in listing and "14 May 2025" in listing


def test_the_share_page_offers_only_this_reviews_participants(
    review_world, client_for, practitioner
):
    conversation = ConversationFactory(review=review_world.review, practitioner=practitioner)
    elsewhere = MembershipFactory(role=ReviewRole.PARTICIPANT)
    client = client_for(review_world.lead)
    url = _url("evidence:conversation_share", conversation)

    html = client.get(url).content.decode()
    assert review_world.participant.email in html
    assert review_world.observer.email not in html
    assert elsewhere.user.email not in html

    refused = client.post(url, {"membership": str(elsewhere.uuid)})
    assert refused.status_code == 200 and "Select a valid choice" in refused.content.decode()
    client.post(url, {"membership": str(review_world.memberships[ReviewRole.PARTICIPANT].uuid)})
    conversation.refresh_from_db()
    assert conversation.status == ConversationStatus.SHARED


def test_the_practitioner_sees_only_their_own_conversations(review_world, client_for, shared):
    not_shared = ConversationFactory(review=review_world.review, practitioner=shared.practitioner)
    client = client_for(review_world.participant)

    listing = client.get(
        reverse("evidence:my_conversation_list", args=[review_world.review.reference])
    )

    assert listing.status_code == 200
    assert _url("evidence:my_conversation_detail", shared) in listing.content.decode()
    assert str(not_shared.uuid) not in listing.content.decode()
    assert client.get(_url("evidence:my_conversation_detail", not_shared)).status_code == 404


def test_another_participant_of_the_same_review_gets_404(review_world, client_for, shared):
    other = MembershipFactory(review=review_world.review, role=ReviewRole.PARTICIPANT).user
    client = client_for(other)

    for name in ("evidence:my_conversation_detail", "evidence:my_conversation_comment"):
        assert client.get(_url(name, shared)).status_code == 404
    assert (
        client.post(_url("evidence:my_conversation_agree", shared), {"version": 1}).status_code
        == 404
    )
    listing = client.get(
        reverse("evidence:my_conversation_list", args=[review_world.review.reference])
    )
    assert str(shared.uuid) not in listing.content.decode()
    shared.refresh_from_db()
    assert shared.status == ConversationStatus.SHARED


def test_a_participant_gets_403_on_the_team_pages(review_world, client_for, shared):
    client = client_for(review_world.participant)
    reference = review_world.review.reference
    for url in (
        reverse("evidence:conversation_list", args=[reference]),
        reverse("evidence:conversation_add", args=[reference]),
        _url("evidence:conversation_detail", shared),
        _url("evidence:conversation_edit", shared),
        _url("evidence:conversation_share", shared),
        reverse("evidence:practitioner_question_list", args=[reference, shared.practitioner.uuid]),
    ):
        assert client.get(url).status_code == 403, url
    assert client.post(_url("evidence:conversation_people", shared)).status_code == 403


def test_observers_read_but_cannot_change(review_world, client_for, shared):
    client = client_for(review_world.observer)
    assert client.get(_url("evidence:conversation_detail", shared)).status_code == 200
    assert client.get(_url("evidence:conversation_edit", shared)).status_code == 403
    assert client.post(_url("evidence:conversation_questions_asked", shared)).status_code == 403


def test_a_conversation_of_another_review_gives_404_under_this_reference(review_world, client_for):
    other_review = ReviewFactory(partnership=review_world.partnership)
    MembershipFactory(review=other_review, user=review_world.lead, role=ReviewRole.LEAD_REVIEWER)
    theirs = ConversationFactory(review=other_review)
    question = PractitionerQuestionFactory(review=other_review, practitioner=theirs.practitioner)
    client = client_for(review_world.lead)
    reference = review_world.review.reference

    assert client.get(_url("evidence:conversation_detail", theirs)).status_code == 200
    for name in ("conversation_detail", "conversation_edit", "conversation_share"):
        assert (
            client.get(reverse(f"evidence:{name}", args=[reference, theirs.uuid])).status_code
            == 404
        )
    assert (
        client.get(
            reverse(
                "evidence:practitioner_question_list", args=[reference, theirs.practitioner.uuid]
            )
        ).status_code
        == 404
    )
    assert (
        client.get(
            reverse("evidence:practitioner_question_edit", args=[reference, question.uuid])
        ).status_code
        == 404
    )


def test_the_practitioner_comments_and_agrees(review_world, client_for, shared):
    client = client_for(review_world.participant)

    page = client.get(_url("evidence:my_conversation_comment", shared), {"section": "overview"})
    assert page.status_code == 200
    response = client.post(
        _url("evidence:my_conversation_comment", shared),
        {"section": "overview", "text": "I started in April, not March."},
    )
    assert response.status_code == 302
    assert shared.comments.get().section == "overview"

    client.post(_url("evidence:my_conversation_agree", shared), {"version": 1})
    shared.refresh_from_db()
    assert shared.status == ConversationStatus.AGREED and shared.agreed_version == 1

    # The team sees the comment and the agreement.
    team = (
        client_for(review_world.lead)
        .get(_url("evidence:conversation_detail", shared))
        .content.decode()
    )
    assert "I started in April, not March." in team
    assert "Agreed as an accurate record" in team


def test_a_stale_agreement_is_refused(review_world, client_for, shared):
    client = client_for(review_world.participant)
    response = client.post(
        _url("evidence:my_conversation_agree", shared), {"version": 99}, follow=True
    )
    assert "changed while you were reading" in response.content.decode()
    shared.refresh_from_db()
    assert shared.status == ConversationStatus.SHARED


def test_after_an_edit_the_practitioner_is_asked_to_agree_again(
    review_world, client_for, shared, mailoutbox, django_capture_on_commit_callbacks
):
    participant = client_for(review_world.participant)
    participant.post(_url("evidence:my_conversation_agree", shared), {"version": 1})
    lead = client_for(review_world.lead)
    edit = _url("evidence:conversation_edit", shared)
    assert "their agreement is withdrawn" in lead.get(edit).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        lead.post(
            edit,
            {
                "practitioner": shared.practitioner.pk,
                **date_post("held_on", shared.held_on),
                "section_overview": "Corrected overview.",
                "account_at_time": shared.account_at_time,
            },
        )

    html = participant.get(_url("evidence:my_conversation_detail", shared)).content.decode()
    assert "The notes changed after you agreed them: please read and agree again" in html
    assert "I agree these notes are an accurate record" in html
    assert len(mailoutbox) == 1
    assert _url("evidence:my_conversation_detail", shared) in mailoutbox[0].body
    assert "Corrected" not in mailoutbox[0].body
