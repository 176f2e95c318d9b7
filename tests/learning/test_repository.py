"""The learning repository: who sees which review's learning, labels in place of names, the
lead's release, the filters, and the audit of what was shown."""

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import ReviewRole, User
from casewindow.audit.models import AuditEvent
from casewindow.learning.models import LearningRelease
from casewindow.reviews.models import Review, ReviewStage
from tests.analysis.factories import (
    ContributoryFactorFactory,
    FindingFactory,
    KeyPracticeEpisodeFactory,
    RecommendationFactory,
)
from tests.factories import MembershipFactory, PersonFactory, ReviewFactory, UserFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


def _page(user: User, world: ReviewWorld, query: str = "") -> str:
    client = Client()
    client.force_login(user)
    response = client.get(reverse("learning:repository", args=[world.partnership.uuid]) + query)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def learning(review_world: ReviewWorld) -> dict[str, Review]:
    """The world's review (analysis, unreleased) with a finding naming the child; another review
    of the partnership, published; a third, unpublished, with its own reviewer."""
    world = review_world
    world.review.stage = ReviewStage.ANALYSIS
    world.review.save()
    PersonFactory(review=world.review, real_name="Kacper Nowak", publication_label="Child K")
    FindingFactory(
        review=world.review,
        statement="Kacper Nowak's voice was lost behind the adults' needs in the unit.",
        pattern_area="family-professional",
    )
    episode = KeyPracticeEpisodeFactory(review=world.review, title="Nursery sees Kacper bruised")
    ContributoryFactorFactory(episode=episode)
    published = ReviewFactory(partnership=world.partnership, stage=ReviewStage.ACTION_PLAN)
    FindingFactory(
        review=published,
        statement="Strategy discussions about babies leave out the health visitor.",
        pattern_area="incidents-crises",
    )
    RecommendationFactory(review=published, kind=2, text="Ask the executive to decide on cover.")
    other = ReviewFactory(partnership=world.partnership, stage=ReviewStage.ANALYSIS)
    FindingFactory(review=other, statement="Supervision was crowded out by caseload pressure.")
    other_reviewer = UserFactory()
    MembershipFactory(review=other, user=other_reviewer, role=ReviewRole.REVIEWER)
    return {"world": world.review, "published": published, "other": other}


def test_member_sees_own_unpublished_analysis_with_labels_never_names(
    review_world: ReviewWorld, learning: dict[str, Review]
) -> None:
    page = _page(review_world.reviewer, review_world)
    assert "Child K&#x27;s voice was lost" in page
    assert "Nursery sees Child K bruised" in page
    assert "Kacper" not in page and "Nowak" not in page
    assert "Not released: review members only" in page


def test_member_of_one_review_sees_nothing_unreleased_of_another(
    review_world: ReviewWorld, learning: dict[str, Review]
) -> None:
    page = _page(review_world.reviewer, review_world)
    assert "Supervision was crowded out" not in page
    # The reviewer does not oversee the partnership: not even the published review.
    assert "Strategy discussions about babies" not in page


def test_board_reader_sees_published_learning_only_and_no_evidence(
    review_world: ReviewWorld, learning: dict[str, Review]
) -> None:
    page = _page(review_world.board_reader, review_world)
    assert "Strategy discussions about babies" in page
    assert "Ask the executive to decide on cover." in page
    assert "voice was lost" not in page
    assert "Supervision was crowded out" not in page
    assert "noted a bruise" not in page  # what happened (evidence-level) is never pooled


def test_lead_releases_learning_and_board_reader_then_sees_it(
    review_world: ReviewWorld, learning: dict[str, Review]
) -> None:
    client = Client()
    client.force_login(review_world.lead)
    url = reverse("learning:release", args=[review_world.review.reference])
    assert "Release learning to the partnership" in _page(review_world.lead, review_world)
    response = client.post(url)
    assert response.status_code == 302
    assert LearningRelease.objects.filter(review=review_world.review).exists()
    assert AuditEvent.objects.filter(
        review=review_world.review, summary__contains="Released the review's learning"
    ).exists()
    page = _page(review_world.board_reader, review_world)
    assert "Child K&#x27;s voice was lost" in page
    assert "Kacper" not in page
    client.post(url, {"withdraw": "1"})
    assert not LearningRelease.objects.filter(review=review_world.review).exists()
    assert "voice was lost" not in _page(review_world.board_reader, review_world)


@pytest.mark.parametrize("role", [ReviewRole.REVIEWER, ReviewRole.BOARD_READER])
def test_only_the_lead_may_release(
    review_world: ReviewWorld, learning: dict[str, Review], role: ReviewRole
) -> None:
    client = Client()
    client.force_login(review_world.users[role])
    response = client.post(reverse("learning:release", args=[review_world.review.reference]))
    assert response.status_code == 403
    assert not LearningRelease.objects.exists()


def test_filters_keep_matching_findings(
    review_world: ReviewWorld, learning: dict[str, Review]
) -> None:
    page = _page(review_world.lead, review_world, "?pattern_area=incidents-crises")
    assert "Strategy discussions about babies" in page
    assert "voice was lost" not in page
    page = _page(review_world.lead, review_world, "?recommendation_kind=2")
    assert "Ask the executive to decide on cover." in page
    assert "voice was lost" not in page


@pytest.mark.parametrize(
    "query", ["?year=abc", "?pattern_area=%00", "?recommendation_kind=99999999", "?factor=x"]
)
def test_bad_filter_values_are_ignored(
    review_world: ReviewWorld, learning: dict[str, Review], query: str
) -> None:
    assert "Strategy discussions about babies" in _page(review_world.lead, review_world, query)


def test_page_records_each_review_it_showed_in_the_audit_log(
    review_world: ReviewWorld, learning: dict[str, Review]
) -> None:
    _page(review_world.board_reader, review_world)
    shown = AuditEvent.objects.filter(summary__contains="learning on the partnership's")
    assert {e.review_id for e in shown} == {learning["published"].pk}
