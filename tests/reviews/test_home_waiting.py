"""The home page tells each member what waits for them — drafts open for their comments with
the closing date, their conversation notes to read and agree, the answers to their comments —
and only what accounts.access lets them see."""

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casewindow.accounts.models import ReviewRole, User
from casewindow.drafts import services as draft_services
from casewindow.evidence.models import ConversationStatus
from tests.evidence.factories import ConversationFactory
from tests.factories import MembershipFactory, ReviewFactory, UserFactory
from tests.pages import main_text
from tests.world import ReviewWorld, world_drafts

ClientFor = Callable[[User | None], Client]
HOME = "reviews:dashboard"


def _home(client_for: ClientFor, user: User) -> str:
    return main_text(client_for(user).get(reverse(HOME)))


@pytest.mark.django_db
def test_participant_home_lists_the_open_draft_with_its_closing_date(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    shared, unshared = world_drafts(review_world)

    response = client_for(review_world.participant).get(reverse(HOME))
    text = main_text(response)

    shared.refresh_from_db()
    closes = shared.comments_close_on
    assert "What is waiting for you" in text
    assert f"Draft {shared.number} of the report" in text
    assert "Open for your comments" in text
    assert f"Comments close on {closes.day} {closes:%B %Y} (in 14 days)" in text
    assert "You have made 1 comment" in text
    assert f"Draft {unshared.number} of the report" not in text
    link = reverse("drafts:shared_draft_detail", args=[review_world.review.reference, shared.uuid])
    assert link in response.content.decode()


@pytest.mark.django_db
def test_participant_home_lists_notes_to_agree_but_not_agreed_or_others_notes(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    mine = review_world.memberships[ReviewRole.PARTICIPANT]
    waiting = ConversationFactory(review=review_world.review, shared_with=mine)
    ConversationFactory(
        review=review_world.review,
        shared_with=mine,
        status=ConversationStatus.AGREED,
        agreed_version=1,
        held_on=timezone.localdate().replace(year=2024),
    )
    other = MembershipFactory(review=review_world.review, role=ReviewRole.PARTICIPANT)
    someone_elses = ConversationFactory(review=review_world.review, shared_with=other)
    ConversationFactory(review=review_world.review)  # not shared with anyone

    response = client_for(review_world.participant).get(reverse(HOME))
    text = main_text(response)
    page = response.content.decode()

    assert "Conversation notes to read and agree" in text
    assert text.count("Notes of your conversation on") == 1
    assert f"Notes of your conversation on {waiting.held_on.day} {waiting.held_on:%B %Y}" in text
    ref = review_world.review.reference
    assert reverse("evidence:my_conversation_detail", args=[ref, waiting.uuid]) in page
    assert str(someone_elses.uuid) not in page


@pytest.mark.django_db
def test_notes_changed_after_agreement_wait_again(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    ConversationFactory(
        review=review_world.review,
        shared_with=review_world.memberships[ReviewRole.PARTICIPANT],
        version=2,
        agreed_version=1,
    )

    assert "The notes have changed since you agreed them" in _home(
        client_for, review_world.participant
    )


@pytest.mark.django_db
def test_participant_home_shows_the_teams_answer_to_their_comment(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    shared, _ = world_drafts(review_world)
    comment = shared.comments.get()
    assert "Answers to your comments" not in _home(client_for, review_world.participant)

    draft_services.draft_comment_reply(
        actor=review_world.lead, comment=comment, text="Thank you: we have checked the dates."
    )
    text = _home(client_for, review_world.participant)

    assert "Answers to your comments" in text
    assert f"Your comment on draft {shared.number}" in text
    assert "Thank you: we have checked the dates." in text


@pytest.mark.django_db
def test_board_reader_home_shows_the_drafts_shared_with_them(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    shared, unshared = world_drafts(review_world)

    text = _home(client_for, review_world.board_reader)

    assert f"Draft {shared.number} of the report" in text
    assert f"Draft {unshared.number} of the report" not in text
    assert "Conversation notes to read and agree" not in text


@pytest.mark.django_db
def test_a_draft_shared_with_someone_whose_role_no_longer_reads_drafts_is_not_listed(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    world_drafts(review_world)
    membership = review_world.memberships[ReviewRole.BOARD_READER]
    membership.role = ReviewRole.OBSERVER  # an observer reads drafts on the team's pages
    membership.save()

    assert "Draft 1 of the report" not in _home(client_for, review_world.board_reader)


@pytest.mark.django_db
def test_the_review_team_sees_no_waiting_list_of_shared_drafts(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    world_drafts(review_world)

    text = _home(client_for, review_world.lead)

    assert "What is waiting for you" not in text
    assert "Your reviews" in text


@pytest.mark.django_db
def test_a_closed_draft_says_comments_have_closed(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    shared, _ = world_drafts(review_world)
    shared.comments_close_on = timezone.localdate().replace(year=2024)
    shared.save()

    text = _home(client_for, review_world.participant)

    assert "Comments closed" in text
    assert "Open for your comments" not in text


@pytest.mark.django_db
def test_practitioners_are_not_offered_to_create_a_partnership(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    create = reverse("accounts:partnership_create")
    page = reverse("accounts:partnership_list")

    assert create not in client_for(review_world.participant).get(page).content.decode()
    assert create not in client_for(review_world.observer).get(page).content.decode()
    assert create in client_for(review_world.lead).get(page).content.decode()
    assert create in client_for(review_world.reviewer).get(page).content.decode()
    assert create in client_for(UserFactory()).get(page).content.decode()


@pytest.mark.django_db
def test_someone_in_the_case_group_of_one_review_and_team_of_another_is_offered_it(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    MembershipFactory(
        review=ReviewFactory(), user=review_world.participant, role=ReviewRole.REVIEWER
    )

    page = client_for(review_world.participant).get(reverse("accounts:partnership_list"))

    assert reverse("accounts:partnership_create") in page.content.decode()
