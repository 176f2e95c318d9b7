"""Search across reviews' learning. The same expected results are asserted whatever the
database: run this file with DATABASE_URL unset (SQLite FTS5) and with a PostgreSQL URL
(PostgreSQL full-text search) to prove both backends agree."""

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import ReviewRole
from casewindow.evidence.models import SearchChunk
from casewindow.learning.models import LearningIndexState
from casewindow.learning.selectors.repository import LearningSource, review_learning
from casewindow.learning.selectors.search import learning_search
from casewindow.learning.services.search_index import learning_index_sync
from casewindow.reviews.models import Review, ReviewStage
from tests.analysis.factories import (
    FindingFactory,
    KeyPracticeEpisodeFactory,
    RecommendationFactory,
)
from tests.factories import MembershipFactory, PersonFactory, ReviewFactory, UserFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

TEXTS = {
    "A": [
        "Health visitors are not invited to strategy discussions about babies.",
        "Assessment forms record conclusions but not the doubts behind them.",
    ],
    "B": [
        "Supervision was crowded out by caseload pressure in the front door team.",
        "Strategy meetings were held without the school nurse.",
    ],
    "C": [
        "Professionals were optimistic about the mother's capacity to change.",
        "Referrers did not hear back after a referral to children's social care.",
    ],
}
# query -> the (review, finding number) hits expected, on either database.
EXPECTED = {
    "strategy": {("A", 1), ("B", 2)},
    "babies": {("A", 1)},
    "supervise": {("B", 1)},  # "supervision": both stemmers agree
    "the strategy": {("A", 1), ("B", 2)},  # stop words are dropped on both
    "supervision caseload": {("B", 1)},
    '"hear back"': {("C", 2)},
    "referral": {("C", 2)},
    "assessments": {("A", 2)},
    "doubts forms": {("A", 2)},
    "nurse school": {("B", 2)},
    "nothing matches this": set(),
    "the": set(),
    "%%% ** ) OR (": set(),
}


@pytest.fixture
def reviews() -> dict[str, Review]:
    made = {}
    for name, statements in TEXTS.items():
        review = ReviewFactory(stage=ReviewStage.ACTION_PLAN, reference=f"LRN-{name}")
        for number, statement in enumerate(statements, 1):
            FindingFactory(review=review, number=number, statement=statement)
        made[name] = review
    return made


def _results(reviews: dict[str, Review], query: str) -> set[tuple[str, int]]:
    learning = review_learning([LearningSource(r, False) for r in reviews.values()])
    learning_index_sync(learning=learning)
    names = {r.reference: name for name, r in reviews.items()}
    found = set()
    for group in learning_search(learning=learning, query=query):
        for hit in group.hits:
            number = int(hit.title.rsplit(" ", 1)[1])
            found.add((names[group.learning.reference], number))
    return found


@pytest.mark.parametrize("query", list(EXPECTED))
def test_both_databases_give_the_same_results(reviews: dict[str, Review], query: str) -> None:
    assert _results(reviews, query) == EXPECTED[query], connection.vendor


def test_hits_are_grouped_by_review_and_highlighted(reviews: dict[str, Review]) -> None:
    learning = review_learning([LearningSource(r, False) for r in reviews.values()])
    learning_index_sync(learning=learning)
    groups = learning_search(learning=learning, query="strategy")
    assert sorted(g.learning.reference for g in groups) == ["LRN-A", "LRN-B"]
    assert all("<mark>" in str(hit.snippet) for g in groups for hit in g.hits)


def test_only_the_given_reviews_are_searched(reviews: dict[str, Review]) -> None:
    every = review_learning([LearningSource(r, False) for r in reviews.values()])
    learning_index_sync(learning=every)
    only_a = [r for r in every if r.reference == "LRN-A"]
    groups = learning_search(learning=only_a, query="strategy")
    assert [g.learning.reference for g in groups] == ["LRN-A"]


def test_the_index_follows_changes_and_holds_labels_not_names(reviews: dict[str, Review]) -> None:
    review = reviews["A"]
    PersonFactory(review=review, real_name="Kacper Nowak", publication_label="Child K")
    FindingFactory(review=review, number=3, statement="Kacper Nowak was not seen alone.")
    learning = review_learning([LearningSource(review, False)])
    assert learning_index_sync(learning=learning) == 1
    assert learning_index_sync(learning=learning) == 0  # unchanged: not indexed again
    texts = " ".join(SearchChunk.objects.filter(review=review).values_list("text", flat=True))
    assert "Child K was not seen alone" in texts and "Kacper" not in texts
    assert not learning_search(learning=learning, query="Kacper")
    assert LearningIndexState.objects.filter(review=review).exists()


def test_review_evidence_search_never_returns_learning(reviews: dict[str, Review]) -> None:
    from casewindow.evidence.search import search_review

    learning = review_learning([LearningSource(reviews["A"], False)])
    learning_index_sync(learning=learning)
    assert search_review(review=reviews["A"], query="strategy") == []


def test_search_page_finds_only_what_the_user_may_see(review_world: ReviewWorld) -> None:
    world = review_world
    world.review.stage = ReviewStage.ANALYSIS
    world.review.save()
    FindingFactory(review=world.review, statement="Nursery staff doubted the explanation.")
    other = ReviewFactory(partnership=world.partnership, stage=ReviewStage.ANALYSIS)
    FindingFactory(review=other, statement="Nursery places were withdrawn without a plan.")
    published = ReviewFactory(partnership=world.partnership, stage=ReviewStage.CLOSED)
    FindingFactory(review=published, statement="Nursery records were not shared.")
    EpisodeOwner = UserFactory()
    MembershipFactory(review=other, user=EpisodeOwner, role=ReviewRole.REVIEWER)
    KeyPracticeEpisodeFactory(review=other, title="Nursery visit")
    RecommendationFactory(review=published, text="Share nursery records at transition.")
    url = reverse("learning:search", args=[world.partnership.uuid]) + "?q=nursery"
    client = Client()
    client.force_login(world.reviewer)
    page = client.get(url).content.decode()
    assert "<mark>Nursery</mark> staff doubted" in page
    assert "withdrawn without a plan" not in page and "records were not shared" not in page
    client.force_login(world.board_reader)
    page = client.get(url).content.decode()
    assert "records were not shared" in page and "at transition" in page
    assert "staff doubted" not in page and "withdrawn without" not in page


@pytest.mark.parametrize("query", ["", "\x00", "a" * 5000, '"', "NEAR(a b)"])
def test_no_query_breaks_the_search_page(review_world: ReviewWorld, query: str) -> None:
    client = Client()
    client.force_login(review_world.board_reader)
    url = reverse("learning:search", args=[review_world.partnership.uuid])
    assert client.get(url, {"q": query}).status_code == 200
