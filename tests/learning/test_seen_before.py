""" "Seen before": similar findings and episodes of other reviews the user may see, with why."""

import time

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.learning.similar import Candidate, SimilarityIndex
from casewindow.reviews.models import ReviewStage
from tests.analysis.factories import (
    ContributoryFactorFactory,
    FindingFactory,
    KeyPracticeEpisodeFactory,
)
from tests.factories import ReviewFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


def test_words_factors_and_area_explain_the_match() -> None:
    pool = [
        Candidate("A", "finding", 1, "Health visitors are not invited to strategy discussions."),
        Candidate(
            "B",
            "finding",
            1,
            "Strategy discussions left out the health visitor.",
            pattern_area="incidents-crises",
        ),
        Candidate("C", "finding", 1, "Supervision was crowded out by caseloads."),
        Candidate("C", "episode", 1, "A home visit", factors=frozenset({"work-conditions"})),
    ]
    index = SimilarityIndex(pool)
    query = Candidate(
        "Q",
        "finding",
        1,
        "Strategy discussions without health visitors",
        pattern_area="incidents-crises",
    )
    matches = index.similar(query)
    assert [m.candidate.review for m in matches[:2]] == ["B", "A"]
    assert "strategy" in matches[0].shared_words and matches[0].same_area
    episode = Candidate("Q", "episode", 2, "Visit", factors=frozenset({"work-conditions"}))
    found = index.similar(episode, factor_names={"work-conditions": "Conditions of work"})
    assert found[0].shared_factors == ["Conditions of work"]


def test_the_own_review_is_never_a_match() -> None:
    pool = [Candidate("Q", "finding", 2, "Strategy discussions again")]
    assert SimilarityIndex(pool).similar(Candidate("Q", "finding", 1, "Strategy discussions")) == []


def test_page_shows_matches_only_from_learning_the_user_may_see(review_world: ReviewWorld) -> None:
    world = review_world
    finding = FindingFactory(
        review=world.review, statement="Health visitors are not invited to strategy discussions."
    )
    published = ReviewFactory(partnership=world.partnership, stage=ReviewStage.CLOSED)
    FindingFactory(review=published, statement="Strategy discussions left out the health visitor.")
    hidden = ReviewFactory(partnership=world.partnership, stage=ReviewStage.ANALYSIS)
    FindingFactory(review=hidden, statement="Strategy discussions about babies went ahead alone.")
    url = reverse("learning:finding_seen_before", args=[world.review.reference, finding.uuid])
    client = Client()
    client.force_login(world.lead)  # oversees the partnership: sees the published review
    html = client.get(url).content.decode()
    assert published.reference in html and "strategy" in html
    assert hidden.reference not in html and "went ahead alone" not in html
    client.force_login(world.reviewer)  # oversees nothing: no other review
    assert published.reference not in client.get(url).content.decode()


def test_episode_page_names_shared_factors(review_world: ReviewWorld) -> None:
    world = review_world
    episode = KeyPracticeEpisodeFactory(review=world.review, title="Visit at home")
    ContributoryFactorFactory(episode=episode, node_key="work-conditions")
    other = ReviewFactory(partnership=world.partnership, stage=ReviewStage.CLOSED)
    ContributoryFactorFactory(
        episode=KeyPracticeEpisodeFactory(review=other, title="Clinic"), node_key="work-conditions"
    )
    client = Client()
    client.force_login(world.lead)
    html = client.get(
        reverse("learning:episode_seen_before", args=[world.review.reference, episode.uuid])
    ).content.decode()
    assert "shared factors Conditions of work" in html


def test_similarity_over_twenty_thousand_candidates_is_fast() -> None:
    words = ["strategy", "referral", "supervision", "caseload", "assessment"]
    words += ["school", "nursery", "police", "visit", "plan"]
    pool = [
        Candidate(f"R{i}", "finding", 1, " ".join(words[(i + j) % 10] for j in range(12)))
        for i in range(20_000)
    ]
    index = SimilarityIndex(pool)
    start = time.perf_counter()
    index.similar(Candidate("Q", "finding", 1, "referral supervision in a school"))
    assert (
        time.perf_counter() - start < 0.5
    )  # measured about 0.2 s: every candidate shares words with the query
