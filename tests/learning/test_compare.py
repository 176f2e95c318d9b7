"""Comparing two reviews whose learning the user may see."""

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.reviews.models import ReviewStage
from tests.analysis.factories import (
    ContributoryFactorFactory,
    FindingFactory,
    KeyPracticeEpisodeFactory,
    RecommendationFactory,
)
from tests.factories import ReviewFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


def test_compare_shows_factors_areas_and_recommendations_side_by_side(
    review_world: ReviewWorld,
) -> None:
    world = review_world
    other = ReviewFactory(partnership=world.partnership, stage=ReviewStage.CLOSED)
    FindingFactory(review=world.review, pattern_area="human-reasoning")
    FindingFactory(review=other, pattern_area="human-reasoning")
    ContributoryFactorFactory(episode=KeyPracticeEpisodeFactory(review=other), effect="helped")
    RecommendationFactory(review=other, text="Share the plan with the school.")
    client = Client()
    client.force_login(world.lead)
    url = reverse("learning:compare", args=[world.partnership.uuid])
    html = client.get(url, {"a": world.review.reference, "b": other.reference}).content.decode()
    assert 'data-testid="compare-factors"' in html
    assert "Human judgement and reasoning" in html
    assert "Share the plan with the school." in html


def test_a_review_the_user_may_not_see_cannot_be_compared(review_world: ReviewWorld) -> None:
    world = review_world
    hidden = ReviewFactory(partnership=world.partnership, stage=ReviewStage.ANALYSIS)
    RecommendationFactory(review=hidden, text="Secret recommendation.")
    client = Client()
    client.force_login(world.reviewer)
    url = reverse("learning:compare", args=[world.partnership.uuid])
    html = client.get(url, {"a": world.review.reference, "b": hidden.reference}).content.decode()
    assert "Secret recommendation." not in html
    assert 'data-testid="compare-choose"' in html
