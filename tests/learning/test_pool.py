"""Pooled learning: the learning pages read a pooled copy of each review's learning, filtered,
counted, paged and aggregated by the database. It must give what reading every review's
analysis gave, cost the same queries however many reviews there are, and follow every change
to a finding, a factor, an action or the register."""

import datetime
import io
import itertools
import re

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from casewindow.audit.integrity import audit_chain_verify
from casewindow.audit.models import AuditEvent
from casewindow.learning.models import PooledReview
from casewindow.learning.selectors.patterns import counts_of, pattern_tables, tables_of
from casewindow.learning.selectors.pool import (
    PoolScope,
    pooled_candidates,
    pooled_counts,
    pooled_filter_choices,
    pooled_repository,
    pooled_repository_counts,
)
from casewindow.learning.selectors.repository import (
    LearningFilters,
    LearningSource,
    filter_choices,
    learning_filtered,
    review_learning,
)
from casewindow.learning.services.pool import learning_pool_refresh
from casewindow.learning.similar import Candidate, SimilarityIndex
from casewindow.reviews.models import Review, ReviewStage
from tests.analysis.factories import (
    ActionItemFactory,
    ContributoryFactorFactory,
    FindingFactory,
    KeyPracticeEpisodeFactory,
    RecommendationFactory,
)
from tests.factories import AgencyFactory, PersonFactory, ReviewFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 1)


def _review(world: ReviewWorld, n: int, stage: str = ReviewStage.CLOSED) -> Review:
    """A review with findings in two areas (one case-specific), episodes with factors, and
    recommendations whose actions are done, overdue, in progress or missing."""
    review = ReviewFactory(
        partnership=world.partnership,
        stage=stage,
        review_type=["lcspr_lt", "rapid"][n % 2],
        incident_date=datetime.date(2023 + n % 3, 3, 1),
    )
    PersonFactory(
        review=review,
        real_name=f"Zofia Kowalska{n}",
        publication_label="Child Z",
        category="child",
        date_of_birth=datetime.date(2020 - n % 12, 1, 1),
    )
    AgencyFactory(review=review, kind=["police", "gp", "csc"][n % 3])
    FindingFactory(
        review=review,
        number=1,
        statement=f"Zofia Kowalska{n} was not seen alone by the health visitor.",
        pattern_area=["human-reasoning", "incidents-crises"][n % 2],
    )
    FindingFactory(
        review=review,
        number=2,
        statement="Strategy discussions left out the school.",
        is_systems_finding=n % 3 != 0,
        pattern_area="longer-term",
    )
    for e in range(2):
        episode = KeyPracticeEpisodeFactory(
            review=review, number=e + 1, title=f"Home visit {e} by the social worker"
        )
        ContributoryFactorFactory(
            episode=episode, node_key="work-conditions", effect=["helped", "hindered"][e]
        )
        if n % 2:
            ContributoryFactorFactory(episode=episode, node_key="family", effect="both")
    for r, statuses in enumerate(
        (["done"], ["not_started"], ["done", "in_progress"], [], ["not_started", "done"])
    ):
        recommendation = RecommendationFactory(
            review=review, number=r + 1, kind=1 + (n + r) % 3, text=f"Recommendation {r} of {n}"
        )
        for a, status in enumerate(statuses):
            ActionItemFactory(
                recommendation=recommendation,
                status=status,
                due_date=TODAY + datetime.timedelta(days=(-10 if (n + a) % 2 else 10)),
            )
    return review


def _scope(reviews: list[Review], sees_unpublished: bool = False) -> PoolScope:
    learning_pool_refresh([r.pk for r in reviews])
    return PoolScope({r.pk: sees_unpublished for r in reviews})


FILTERS = [
    LearningFilters(),
    LearningFilters(review_type="rapid"),
    LearningFilters(year=2024),
    LearningFilters(pattern_area="incidents-crises"),
    LearningFilters(category="case"),
    LearningFilters(factor="family"),
    LearningFilters(factor="work-conditions", pattern_area="longer-term"),
    LearningFilters(agency_kind="gp"),
    LearningFilters(age_band="5-10"),
    LearningFilters(recommendation_kind=2),
    LearningFilters(recommendation_status="overdue"),
    LearningFilters(recommendation_status="no_actions", year=2025),
    LearningFilters(recommendation_status="done"),
    LearningFilters(recommendation_status="in_progress"),
    LearningFilters(recommendation_status="not_started"),
]


def test_pooled_pages_give_what_reading_every_review_gave(review_world: ReviewWorld) -> None:
    reviews = [_review(review_world, n) for n in range(6)]
    scope = _scope(reviews)
    learning = review_learning([LearningSource(r, False) for r in reviews], today=TODAY)
    for filters in FILTERS:
        expected = learning_filtered(learning, filters)
        assert pooled_repository(scope, filters, today=TODAY) == expected, filters
        counted = pooled_repository_counts(scope, filters, today=TODAY)
        assert counted.matched == len(expected)
        assert counted.counts == {
            "findings": sum(len(r.findings) for r in expected),
            "episodes": sum(len(r.episodes) for r in expected),
            "recommendations": sum(len(r.recommendations) for r in expected),
        }
    # Pages of two follow one another in the same order.
    pages = [
        pooled_repository(scope, LearningFilters(), offset=o, limit=2, today=TODAY)
        for o in (0, 2, 4)
    ]
    assert list(itertools.chain(*pages)) == learning
    assert pooled_filter_choices(scope, []) == filter_choices(learning)
    assert tables_of(pooled_counts(scope, today=TODAY)) == pattern_tables(learning)
    assert tables_of(pooled_counts(scope, today=TODAY).add(counts_of([]))) == pattern_tables(
        learning
    )


def test_seen_before_over_stored_words_matches_reading_the_texts(
    review_world: ReviewWorld,
) -> None:
    reviews = [_review(review_world, n) for n in range(4)]
    scope = _scope(reviews)
    learning = review_learning([LearningSource(r, False) for r in reviews])
    live = [
        Candidate(
            r.reference, "finding", f.number, f.text or f.statement, pattern_area=f.pattern_area
        )
        for r in learning
        for f in r.findings
    ]
    live += [
        Candidate(
            r.reference,
            "episode",
            e.number,
            f"{e.title}\n{e.summary}",
            factors=frozenset(f.key for f in e.factors),
        )
        for r in learning
        for e in r.episodes
    ]
    from casewindow.learning.selectors.pool import candidate_texts

    stored = SimilarityIndex(pooled_candidates(scope), load_texts=candidate_texts)
    query = Candidate(
        "Q", "finding", 1, "Not seen alone by the health visitor", pattern_area="human-reasoning"
    )
    expected = SimilarityIndex(live).similar(query, limit=8)
    found = stored.similar(query, limit=8)
    assert [(m.candidate.review, m.candidate.kind, m.candidate.number) for m in found] == [
        (m.candidate.review, m.candidate.kind, m.candidate.number) for m in expected
    ]
    assert [(m.score, m.shared_words, m.candidate.text) for m in found] == [
        (m.score, m.shared_words, m.candidate.text) for m in expected
    ]


def _queries(client: Client, url: str) -> int:
    client.get(url)  # builds what is new
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_pages_cost_the_same_queries_for_3_and_30_reviews(review_world: ReviewWorld) -> None:
    world = review_world
    reviews = [_review(world, n) for n in range(3)]
    finding = FindingFactory(review=world.review, statement="Not seen alone by the health visitor.")
    args = [world.partnership.uuid]
    urls = {
        "repository": reverse("learning:repository", args=args),
        "filtered": reverse("learning:repository", args=args) + "?factor=family&year=2024",
        "patterns": reverse("learning:patterns", args=args),
        "search": reverse("learning:search", args=args) + "?q=health+visitor",
        "seen before": reverse(
            "learning:finding_seen_before", args=[world.review.reference, finding.uuid]
        ),
    }
    client = Client()
    client.force_login(world.lead)  # a business manager, and the review's lead
    few = {name: _queries(client, url) for name, url in urls.items()}
    reviews += [_review(world, n) for n in range(3, 30)]
    many = {name: _queries(client, url) for name, url in urls.items()}
    assert many == few
    assert PooledReview.objects.count() == 31
    assert audit_chain_verify().first_break is None  # the page's events, written together


def _repository(client: Client, world: ReviewWorld) -> str:
    response = client.get(reverse("learning:repository", args=[world.partnership.uuid]))
    assert response.status_code == 200
    return response.content.decode()


def test_pooled_learning_follows_changes_to_the_review(review_world: ReviewWorld) -> None:
    world = review_world
    review = _review(world, 1)
    client = Client()
    client.force_login(world.board_reader)
    page = _repository(client, world)
    assert "Child Z was not seen alone" in page and "Kowalska" not in page
    finding = review.findings.get(number=1)
    finding.statement = "Child Z's bruises were explained away by the family."
    finding.save()
    page = _repository(client, world)
    assert "bruises were explained away" in page and "not seen alone" not in page
    search = client.get(
        reverse("learning:search", args=[world.partnership.uuid]), {"q": "explained away"}
    ).content.decode()
    assert f'data-testid="hits-{review.reference}"' in search
    # The register: a real name added later is replaced by its label from then on.
    FindingFactory(review=review, number=3, statement="Grandad Teodor minded the baby.")
    assert "Grandad Teodor" in _repository(client, world)
    PersonFactory(review=review, real_name="Teodor", publication_label="Grandfather")
    page = _repository(client, world)
    assert "Grandfather minded the baby" in page and "Teodor" not in page
    # A factor removed and an action completed.
    episode = review.episodes.get(number=1)
    episode.factors.filter(node_key="family").delete()
    assert "Aspects of the family (both)" in _repository(client, world)  # episode 2 still has it
    review.episodes.get(number=2).factors.filter(node_key="family").delete()
    assert "Aspects of the family (both)" not in _repository(client, world)
    later = RecommendationFactory(review=review, number=9, text="Audit the front door.")
    action = ActionItemFactory(recommendation=later, status="not_started")
    shown = re.compile(r"Audit the front door\. <strong[^>]*>([^<]+)<")
    assert shown.findall(_repository(client, world)) == ["Not started"]
    action.status = "done"
    action.save()
    assert shown.findall(_repository(client, world)) == ["Done"]
    # A soft-deleted finding leaves the pool.
    finding.deleted_at = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    finding.save()
    assert "bruises were explained away" not in _repository(client, world)


def test_repository_pages_through_many_reviews(review_world: ReviewWorld) -> None:
    world = review_world
    for n in range(23):
        ReviewFactory(
            partnership=world.partnership, stage=ReviewStage.CLOSED, reference=f"P-{n:03d}"
        )
    client = Client()
    client.force_login(world.board_reader)
    url = reverse("learning:repository", args=[world.partnership.uuid])
    first = client.get(url).content.decode()
    third = client.get(url, {"page": "3"}).content.decode()
    assert "P-000" in first and "P-009" in first and "P-010" not in first
    assert "P-020" in third and "P-022" in third and "P-019" not in third
    assert "23 of 23 reviews" in first
    assert 'aria-current="page">1 of 3' in first and 'aria-current="page">3 of 3' in third
    assert client.get(url, {"page": "x%00"}).status_code == 200  # a bad page is the first


def test_seen_before_follows_a_changed_finding_of_another_review(
    review_world: ReviewWorld,
) -> None:
    world = review_world
    own = FindingFactory(review=world.review, statement="Nobody asked about the lodger.")
    other = ReviewFactory(partnership=world.partnership, stage=ReviewStage.CLOSED)
    theirs = FindingFactory(review=other, statement="Supervision was crowded out.")
    client = Client()
    client.force_login(world.lead)
    url = reverse("learning:finding_seen_before", args=[world.review.reference, own.uuid])
    assert other.reference not in client.get(url).content.decode()
    noted = AuditEvent.objects.filter(review=other, summary__contains="on the partnership's seen")
    assert not noted.exists()  # nothing of it was shown
    theirs.statement = "Nobody asked who the lodger was."
    theirs.save()
    page = client.get(url).content.decode()
    assert other.reference in page and "lodger" in page
    assert noted.count() == 1
    # The finding asked about, changed too, is compared as it now reads.
    own.statement = "Supervision was crowded out by the caseload."
    own.save()
    page = client.get(url).content.decode()
    assert "Supervision was crowded out by the caseload." in page  # the title


def test_search_records_the_reviews_it_showed_hits_from(review_world: ReviewWorld) -> None:
    world = review_world
    hit = ReviewFactory(partnership=world.partnership, stage=ReviewStage.CLOSED)
    FindingFactory(review=hit, statement="The lodger was never checked.")
    missed = ReviewFactory(partnership=world.partnership, stage=ReviewStage.CLOSED)
    FindingFactory(review=missed, statement="Supervision was crowded out.")
    client = Client()
    client.force_login(world.board_reader)
    url = reverse("learning:search", args=[world.partnership.uuid])
    assert (
        f'data-testid="hits-{hit.reference}"' in client.get(url, {"q": "lodger"}).content.decode()
    )
    shown = AuditEvent.objects.filter(
        summary__contains="learning on the partnership's learning search"
    )
    assert {e.review_id for e in shown} == {hit.pk}


def test_the_pool_can_be_brought_up_to_date_before_anyone_asks(review_world: ReviewWorld) -> None:
    """After a bulk import an operator prebuilds the pool: the first learning page then reads it
    as it is, and another partnership's reviews are left alone when one is named."""
    world = review_world
    for n in range(3):
        _review(world, n)
    ours = set(Review.objects.filter(partnership=world.partnership).values_list("pk", flat=True))
    theirs = ReviewFactory()
    out = io.StringIO()

    call_command("refresh_learning_pool", "--partnership", world.partnership.name, stdout=out)

    assert out.getvalue().startswith(f"{len(ours)} of {len(ours)} reviews rebuilt")
    built = dict(PooledReview.objects.values_list("review_id", "built_version"))
    assert set(built) == ours and theirs.pk not in built
    assert learning_pool_refresh(list(ours)) == 0  # the page finds it current
    everyone = Review.objects.count()
    call_command("refresh_learning_pool", stdout=(out := io.StringIO()))
    assert out.getvalue().startswith(f"{everyone - len(ours)} of {everyone} reviews rebuilt")
    call_command("refresh_learning_pool", "--rebuild", stdout=(out := io.StringIO()))
    assert out.getvalue().startswith(f"{everyone} of {everyone} reviews rebuilt")
    with pytest.raises(CommandError, match="No partnership is called 'Nowhere'"):
        call_command("refresh_learning_pool", "--partnership", "Nowhere")
