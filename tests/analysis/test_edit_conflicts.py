"""When someone saved in between, every analysis edit form shows the saved version beside the
editor's, link checkboxes included (listed by name), through one shared helper."""

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.analysis.services import episodes as episode_services
from casewindow.analysis.services import findings as finding_services
from casewindow.analysis.services import recommendations as recommendation_services
from tests.analysis.factories import (
    FindingFactory,
    KeyPracticeEpisodeFactory,
    RecommendationFactory,
)
from tests.factories import AgencyFactory, PersonFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


def _differing(html: str) -> str:
    """The 'What differs' table of the page."""
    start = html.index("What differs")
    return html[start : html.index("</table>", start)]


def test_episode_conflict_lists_linked_agencies_and_people_by_name(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    police = AgencyFactory(review=review, name="Northshire Police")
    school = AgencyFactory(review=review, name="Oakfield Primary School")
    mother = PersonFactory(review=review, real_name="Sharon Dale", publication_label="Mother")
    episode = episode_services.episode_create(actor=review_world.lead, review=review, title="Visit")
    # The lead links the police and the mother ...
    episode_services.episode_update(
        actor=review_world.lead,
        episode=episode,
        expected_version=1,
        agencies=[police],
        people=[mother],
    )
    # ... while the reviewer, who opened version 1, ticks the school.
    url = reverse("analysis:episode_edit", args=[review.reference, episode.uuid])
    response = client_for(review_world.reviewer).post(
        url,
        {"version": "1", "title": "Visit", "appraisal": "not_appraised", "agencies": [school.pk]},
    )
    html = response.content.decode()
    assert response.status_code == 200 and "changed this since you opened it" in html
    table = _differing(html)
    assert "Agencies involved" in table and "People involved" in table
    theirs_agencies = table[table.index("Agencies involved") :]
    assert "Northshire Police" in theirs_agencies and "Oakfield Primary School" in theirs_agencies
    assert "Sharon Dale (Mother)" in table
    assert "Title" not in table  # the same in both: not listed
    assert 'name="version" value="2"' in html


def test_finding_conflict_lists_linked_episodes_side_by_side(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    first = KeyPracticeEpisodeFactory(review=review, number=1, title="Strategy discussion")
    second = KeyPracticeEpisodeFactory(review=review, number=2, title="Hospital discharge")
    values = {"is_systems_finding": False, "pattern_area": "", "statement": "Seen late"}
    finding = finding_services.finding_save(
        actor=review_world.lead,
        review=review,
        finding=None,
        values=values,
        episodes=[],
        expected_version=None,
    )
    finding_services.finding_save(
        actor=review_world.lead,
        review=review,
        finding=finding,
        values=values,
        episodes=[first],
        expected_version=1,
    )
    url = reverse("analysis:finding_edit", args=[review.reference, finding.uuid])
    response = client_for(review_world.reviewer).post(
        url, {"version": "1", "kind": "case", "statement": "Seen late", "episodes": [second.pk]}
    )
    table = _differing(response.content.decode())
    row = table[table.index("Key practice episodes where it featured") :]
    theirs, yours = row.split('<td class="govuk-table__cell">')[1:3]
    assert "KPE 1: Strategy discussion" in theirs and "Hospital discharge" not in theirs
    assert "KPE 2: Hospital discharge" in yours and "Strategy discussion" not in yours


def test_recommendation_conflict_lists_findings_and_owner_by_name(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    finding = FindingFactory(review=review, number=1, statement="Fathers are not seen")
    recommendation = RecommendationFactory(review=review, owner_agency=review_world.agency)
    recommendation_services.recommendation_save(
        actor=review_world.lead,
        review=review,
        recommendation=recommendation,
        values={"kind": recommendation.kind, "text": recommendation.text},
        findings=[finding],
        expected_version=recommendation.version,
    )
    url = reverse("analysis:recommendation_edit", args=[review.reference, recommendation.uuid])
    response = client_for(review_world.reviewer).post(
        url,
        {
            "version": str(recommendation.version),
            "kind": str(recommendation.kind),
            "text": recommendation.text,
            "owner_agency": str(review_world.agency.pk),
        },
    )
    table = _differing(response.content.decode())
    assert "Findings it responds to" in table and "Fathers are not seen" in table
    assert "(none)" in table  # the editor ticked none
    assert "Owner agency" not in table


def test_excerpt_and_factor_conflicts_use_the_same_comparison(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    from casewindow.analysis.services import excerpts as excerpt_services
    from tests.analysis.factories import ContributoryFactorFactory, ExcerptFactory

    review = review_world.review
    episode = KeyPracticeEpisodeFactory(review=review, number=1, title="Home visit")
    excerpt = ExcerptFactory(review=review, memo="first")
    excerpt_services.excerpt_update(
        actor=review_world.lead,
        excerpt=excerpt,
        expected_version=1,
        memo="first",
        factor_keys=[],
        episodes=[episode],
        findings=[],
    )
    client = client_for(review_world.reviewer)
    url = reverse("analysis:excerpt_edit", args=[review.reference, excerpt.uuid])
    table = _differing(client.post(url, {"version": 1, "memo": "first"}).content.decode())
    assert "Key practice episodes" in table and "KPE 1: Home visit" in table
    assert "Memo" not in table

    factor = ContributoryFactorFactory(episode=episode, node_key="family", explanation="x")
    excerpt.episodes.add(episode)
    edit = reverse("analysis:factor_edit", args=[review.reference, episode.uuid, factor.uuid])
    data = {"node_key": "family", "effect": factor.effect, "explanation": "x", "version": "1"}
    assert (
        client_for(review_world.lead).post(edit, {**data, "excerpts": [excerpt.pk]}).status_code
        == 302
    )
    table = _differing(client.post(edit, data).content.decode())
    assert "Evidence: coded excerpts" in table and "Explanation" not in table
