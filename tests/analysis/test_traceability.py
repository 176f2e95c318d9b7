"""The traceability map: the chain finding → episodes → factors → excerpts → sources, the gaps,
a query count that does not grow with the data, the page and the picture."""

from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from casewindow.accounts.models import User
from casewindow.analysis.models import Excerpt
from casewindow.analysis.selectors.traceability import traceability_map
from casewindow.analysis.traceability_svg import traceability_svg
from tests.analysis.factories import (
    ContributoryFactorFactory,
    ExcerptFactory,
    FindingFactory,
    KeyPracticeEpisodeFactory,
)
from tests.evidence.factories import ChronologyEntryFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


def _chain(world: ReviewWorld, number: int = 1):
    """A finding with one episode, one explained factor and one excerpt on the factor."""
    review = world.review
    finding = FindingFactory(review=review, number=number, statement=f"Finding <b>{number}</b>")
    episode = KeyPracticeEpisodeFactory(review=review, title=f"Visit <i>{number}</i>")
    finding.episodes.add(episode)
    factor = ContributoryFactorFactory(episode=episode, node_key="work-conditions")
    excerpt = ExcerptFactory(review=review)
    excerpt.factors.add(factor)
    return finding, episode, factor, excerpt


def test_the_chain_and_its_source_labels(review_world: ReviewWorld) -> None:
    review = review_world.review
    finding, episode, factor, excerpt = _chain(review_world)
    entry = ChronologyEntryFactory(review=review, agency=review_world.agency, date_text="3/2/2024")
    on_entry = Excerpt.objects.create(
        review=review, source="chronology", entry=entry, start=0, end=4, quote="Home"
    )
    on_entry.episodes.add(episode)
    # An independent coding and a removed factor are not shown.
    ContributoryFactorFactory(episode=episode, coder=review_world.reviewer)
    ContributoryFactorFactory(episode=episode, deleted_at=timezone.now())

    trace = traceability_map(review=review)
    [f] = trace.findings
    assert f.uuid == str(finding.uuid) and not f.no_evidence
    [e] = f.episodes
    assert e.number == episode.number
    [c] = e.factors
    assert c.uuid == str(factor.uuid) and c.explanation
    [x] = c.excerpts
    assert x.source.label == excerpt.document.title and x.detail == "page 1"
    [direct] = e.excerpts
    assert direct.source.label == f"Chronology: {review_world.agency.name}"
    assert direct.detail == "3/2/2024"
    assert len(trace.sources) == 2
    assert trace.gaps.count == 0
    assert trace.unlinked_episodes == []


def test_gaps_are_found(review_world: ReviewWorld) -> None:
    review = review_world.review
    lonely = FindingFactory(review=review, number=1)  # no episodes, no evidence
    bare = KeyPracticeEpisodeFactory(review=review, title="Bare")  # no factors, no finding
    unexplained_episode = KeyPracticeEpisodeFactory(review=review)
    ContributoryFactorFactory(episode=unexplained_episode, explanation="  ")
    gone = KeyPracticeEpisodeFactory(review=review, deleted_at=timezone.now())
    lonely.episodes.add(gone)

    trace = traceability_map(review=review)
    gaps = trace.gaps
    assert [f.number for f in gaps.findings_without_evidence] == [1]
    assert [f.number for f in gaps.findings_without_episodes] == [1]
    assert [e.title for e in gaps.episodes_without_factors] == ["Bare"]
    assert [e.number for e, _f in gaps.factors_without_explanation] == [unexplained_episode.number]
    assert {e.number for e in trace.unlinked_episodes} == {bare.number, unexplained_episode.number}


def _count(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_data(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    client = client_for(review_world.observer)
    page = reverse("analysis:traceability", args=[review.reference])
    picture = reverse("analysis:traceability_picture", args=[review.reference])
    for n in range(1, 4):
        _chain(review_world, n)
    few = (_count(client, page), _count(client, picture))
    for n in range(4, 31):
        _chain(review_world, n)
    assert len(traceability_map(review=review).findings) == 30
    assert (_count(client, page), _count(client, picture)) == few


def test_page_shows_the_gaps_and_links_each_object(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    finding, episode, _factor, excerpt = _chain(review_world)
    FindingFactory(review=review, number=2, statement="Nothing behind this one")
    html = (
        client_for(review_world.observer)
        .get(reverse("analysis:traceability", args=[review.reference]))
        .content.decode()
    )
    assert "No evidence" in html and "Nothing behind this one" in html
    assert "Finding &lt;b&gt;1&lt;/b&gt;" in html and "Visit &lt;i&gt;1&lt;/i&gt;" in html
    for url in (
        reverse("analysis:finding_detail", args=[review.reference, finding.uuid]),
        reverse("analysis:episode_detail", args=[review.reference, episode.uuid]),
        reverse("analysis:excerpt_detail", args=[review.reference, excerpt.uuid]),
        reverse("analysis:traceability_picture", args=[review.reference]),
    ):
        assert url in html
    assert 'aria-current="page">Traceability<' in html


def test_picture_is_an_escaped_svg_without_style_attributes(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    _chain(review_world)
    FindingFactory(review=review, number=2, statement="No episodes & no evidence")
    svg = traceability_svg(traceability_map(review=review), review_label=review.reference)
    assert svg.startswith("<svg") and 'role="group"' in svg
    assert "<title" in svg and "<desc" in svg
    assert "style=" not in svg
    assert "Finding <b>" not in svg and "1. Finding &lt;b&gt;1&lt;/b&gt;" in svg
    assert "No episodes &amp; no evidence" in svg
    assert svg.count('stroke="#d4351c"') == 1  # the gap finding
    assert svg.count("<line ") == 3  # finding–episode, episode–factor, factor–source
    html = (
        client_for(review_world.observer)
        .get(reverse("analysis:traceability_picture", args=[review.reference]))
        .content.decode()
    )
    assert 'role="group"' in html and "style=" not in html.split("<main", 1)[-1]
    assert reverse("analysis:traceability", args=[review.reference]) in html


def test_a_findings_own_excerpts_are_traced_and_count_as_evidence(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    finding = FindingFactory(review=review, number=1, statement="Own evidence only")
    excerpt = ExcerptFactory(review=review, quote="The referral  was\n\nnot  acknowledged. " * 20)
    excerpt.findings.add(finding)
    gone = ExcerptFactory(review=review, deleted_at=timezone.now())
    gone.findings.add(finding)

    [f] = traceability_map(review=review).findings
    [x] = f.excerpts
    assert x.uuid == str(excerpt.uuid) and not f.no_evidence and f.no_episodes
    # Whitespace collapsed, cut to a short quote, even though only its start was read.
    assert x.quote.startswith("The referral was not acknowledged.") and x.quote.endswith("…")
    html = (
        client_for(review_world.observer)
        .get(reverse("analysis:traceability", args=[review.reference]))
        .content.decode()
    )
    assert reverse("analysis:excerpt_detail", args=[review.reference, excerpt.uuid]) in html
    assert reverse("analysis:excerpt_detail", args=[review.reference, gone.uuid]) not in html


def test_evidence_rule_agrees_with_the_findings_list(review_world: ReviewWorld) -> None:
    """An episode whose only factors are an independent coding (an agreement check not yet
    settled) is not evidence, as on the findings pages; an episode with a shared factor is."""
    from casewindow.analysis.selectors.findings import findings_annotated

    review = review_world.review
    coded = FindingFactory(review=review, number=1)
    episode = KeyPracticeEpisodeFactory(review=review)
    ContributoryFactorFactory(episode=episode, coder=review_world.reviewer)
    coded.episodes.add(episode)
    shared = FindingFactory(review=review, number=2)
    with_shared = KeyPracticeEpisodeFactory(review=review)
    ContributoryFactorFactory(episode=with_shared)
    shared.episodes.add(with_shared)

    expected = {f.number: not f.has_evidence for f in findings_annotated(review=review)}
    traced = {f.number: f.no_evidence for f in traceability_map(review=review).findings}
    assert traced == expected == {1: True, 2: False}


def test_picture_items_link_to_their_pages_with_full_names(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    finding, episode, _factor, excerpt = _chain(review_world)
    own = ExcerptFactory(review=review)
    own.findings.add(finding)
    FindingFactory(review=review, number=2, statement="A very long statement " * 5)
    html = (
        client_for(review_world.observer)
        .get(reverse("analysis:traceability_picture", args=[review.reference]))
        .content.decode()
    )
    svg = html[html.index("<svg") : html.index("</svg>")]
    finding_url = reverse("analysis:finding_detail", args=[review.reference, finding.uuid])
    episode_url = reverse("analysis:episode_detail", args=[review.reference, episode.uuid])
    for document in (excerpt.document, own.document):
        url = reverse("evidence:document_detail", args=[review.reference, document.uuid])
        assert f'<a href="{url}" aria-label="{document.title}"' in svg
    assert f'<a href="{finding_url}" aria-label="Finding 1: Finding &lt;b&gt;1&lt;/b&gt;"' in svg
    assert f'<a href="{episode_url}" aria-label="KPE {episode.number}: Visit' in svg
    # The label on the box is cut short; the link's name is whole, and says what is missing.
    assert 'aria-label="Gap: Finding 2: ' + "A very long statement " * 4 in svg
    assert "(no evidence, no episodes)" in svg
    # finding–episode, episode–factor, factor–source, and the finding's own excerpt–source.
    assert svg.count("<line ") == 4
