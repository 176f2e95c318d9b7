"""Partnership-level rules (docs/access.md, "Partnership level"): who sees a partnership's
reviews together, and whose learning pages show which review's analysis. A member of one review
sees nothing of another review through them."""

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.test import RequestFactory

from casewindow.accounts import access
from casewindow.accounts.access import LearningScope, Oversight
from casewindow.accounts.models import ReviewRole, User
from casewindow.reviews.models import Review, ReviewStage
from tests.factories import MembershipFactory, ReviewFactory, UserFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


@dataclass
class Partnership3:
    """The world's review A (analysis stage) plus B (still in analysis) and C (published) in
    the same partnership, each with its own lead reviewer; and a review elsewhere."""

    world: ReviewWorld
    b: Review
    c: Review
    b_lead: User
    elsewhere: Review


@pytest.fixture
def partnership3(review_world: ReviewWorld) -> Partnership3:
    review_world.review.stage = ReviewStage.ANALYSIS
    review_world.review.save()
    b = ReviewFactory(partnership=review_world.partnership, stage=ReviewStage.ANALYSIS)
    c = ReviewFactory(partnership=review_world.partnership, stage=ReviewStage.ACTION_PLAN)
    b_lead = UserFactory(full_name="B Lead")
    MembershipFactory(review=b, user=b_lead, role=ReviewRole.LEAD_REVIEWER)
    MembershipFactory(review=c, user=UserFactory(), role=ReviewRole.LEAD_REVIEWER)
    elsewhere = ReviewFactory(stage=ReviewStage.CLOSED)
    MembershipFactory(review=elsewhere, user=review_world.reviewer, role=ReviewRole.LEAD_REVIEWER)
    return Partnership3(review_world, b, c, b_lead, elsewhere)


def _request(user: User | None) -> HttpRequest:
    request = RequestFactory().get("/partnerships/x/")
    request.user = user if user is not None else AnonymousUser()
    return request


def test_oversight_comes_from_managing_the_partnership_or_leading_or_board_reading_a_review(
    partnership3: Partnership3,
) -> None:
    world = partnership3.world
    oversight = access.partnership_oversight
    assert oversight(world.lead, world.partnership) == {
        Oversight.BUSINESS_MANAGER,
        Oversight.LEAD_REVIEWER,
    }
    assert oversight(world.board_reader, world.partnership) == {Oversight.BOARD_READER}
    assert oversight(partnership3.b_lead, world.partnership) == {Oversight.LEAD_REVIEWER}
    # Leading a review of another partnership gives no oversight of this one.
    assert oversight(world.reviewer, world.partnership) == frozenset()
    for user in (world.participant, world.observer, world.outsider):
        assert oversight(user, world.partnership) == frozenset()
    assert oversight(AnonymousUser(), world.partnership) == frozenset()


def test_those_who_oversee_the_partnership_list_all_its_reviews(partnership3: Partnership3) -> None:
    world = partnership3.world
    everything = {world.review, partnership3.b, partnership3.c}
    for user in (world.lead, world.board_reader, partnership3.b_lead):
        assert set(access.partnership_reviews_for_user(user, world.partnership)) == everything


def test_a_member_of_one_review_lists_only_that_review(partnership3: Partnership3) -> None:
    world = partnership3.world
    for user in (world.reviewer, world.participant, world.observer):
        assert list(access.partnership_reviews_for_user(user, world.partnership)) == [world.review]
    assert not access.partnership_reviews_for_user(world.outsider, world.partnership).exists()
    assert not access.partnership_reviews_for_user(AnonymousUser(), world.partnership).exists()


def test_partnership_pages_are_404_to_strangers_and_403_to_members_who_do_not_oversee(
    partnership3: Partnership3,
) -> None:
    world = partnership3.world
    uuid = world.partnership.uuid
    for user in (world.lead, world.board_reader, partnership3.b_lead):
        assert access.partnership_page_for_user(_request(user), uuid) == world.partnership
    for user in (world.reviewer, world.participant, world.observer):
        with pytest.raises(PermissionDenied):
            access.partnership_page_for_user(_request(user), uuid)
        # Pages every member of the partnership's reviews may open (their own view of it).
        assert access.partnership_page_for_user(_request(user), uuid, oversight=False)
    for user in (world.outsider, None):
        with pytest.raises(Http404):
            access.partnership_page_for_user(_request(user), uuid, oversight=False)


def _learning(user: User, partnership3: Partnership3) -> dict[Review, LearningScope]:
    views = access.learning_reviews_for_user(user, partnership3.world.partnership)
    return {view.review: view.scope for view in views}


def test_unpublished_analysis_is_seen_only_by_members_of_that_review_who_read_analysis(
    partnership3: Partnership3,
) -> None:
    world, b, c = partnership3.world, partnership3.b, partnership3.c
    analysis, published = LearningScope.ANALYSIS, LearningScope.PUBLISHED
    # The business manager (lead reviewer of A): A's analysis, C's published learning, not B.
    assert _learning(world.lead, partnership3) == {world.review: analysis, c: published}
    # B's lead: B's analysis; A is not published, so nothing of A; C's published learning.
    assert _learning(partnership3.b_lead, partnership3) == {b: analysis, c: published}
    # A board reader reads no analysis of A while it is unpublished.
    assert _learning(world.board_reader, partnership3) == {c: published}
    # A reviewer of A alone sees A and nothing of any other review, published or not.
    assert _learning(world.reviewer, partnership3) == {world.review: analysis}
    assert _learning(world.observer, partnership3) == {world.review: analysis}
    assert _learning(world.participant, partnership3) == {}
    assert _learning(world.outsider, partnership3) == {}


def test_once_a_review_is_published_its_learning_reaches_those_who_oversee(
    partnership3: Partnership3,
) -> None:
    world = partnership3.world
    world.review.stage = ReviewStage.CLOSED
    world.review.save()
    assert access.learning_is_published(world.review)
    assert _learning(world.board_reader, partnership3)[world.review] == LearningScope.PUBLISHED
    assert _learning(partnership3.b_lead, partnership3)[world.review] == LearningScope.PUBLISHED
    # Its own participant sees its published learning, never the others'.
    assert _learning(world.participant, partnership3) == {world.review: LearningScope.PUBLISHED}
