"""Findings: the services (numbering, locking, soft delete), "unsupported", the list's two
sections with a constant query count, the pages and the edit-conflict merge."""

from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.analysis.models import Finding
from casewindow.analysis.selectors.findings import findings_annotated, findings_overview
from casewindow.analysis.services import findings as services
from casewindow.analysis.services.editing import EditConflict
from casewindow.audit.models import AuditAction, AuditEvent
from tests.analysis.factories import (
    ContributoryFactorFactory,
    FindingFactory,
    KeyPracticeEpisodeFactory,
)
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

VALUES = {
    "is_systems_finding": True,
    "pattern_area": "incidents-crises",
    "statement": "Health visitors are not routinely invited to strategy discussions about babies.",
    "how_featured": "The health visitor heard about the strategy discussion afterwards.",
}


def _save(world: ReviewWorld, finding=None, episodes=(), version=None, actor=None, **extra):
    return services.finding_save(
        actor=actor or world.reviewer,
        review=world.review,
        finding=finding,
        values={**VALUES, **extra},
        episodes=list(episodes),
        expected_version=version,
    )


def test_findings_are_numbered_and_audited(review_world: ReviewWorld) -> None:
    first = _save(review_world)
    second = _save(review_world, is_systems_finding=False)
    assert (first.number, second.number) == (1, 2)
    assert second.pattern_area == "", "case-specific learning has no pattern area"
    assert AuditEvent.objects.filter(
        action=AuditAction.CREATE, object_id=str(second.uuid), review=review_world.review
    ).exists()


def test_an_edit_from_an_old_version_is_refused_naming_who_changed_it(
    review_world: ReviewWorld,
) -> None:
    finding = _save(review_world)
    _save(review_world, finding, version=1, actor=review_world.lead, summary="Lead's summary")
    with pytest.raises(EditConflict) as raised:
        _save(review_world, finding, version=1, summary="Reviewer's summary")
    assert "Lead reviewer Person changed this" in str(raised.value)
    finding.refresh_from_db()
    assert finding.summary == "Lead's summary" and finding.version == 2


def test_unsupported_without_episode_or_evidence(review_world: ReviewWorld) -> None:
    review = review_world.review
    FindingFactory(review=review, number=1)
    no_evidence = FindingFactory(review=review, number=2)
    no_evidence.episodes.add(KeyPracticeEpisodeFactory(review=review))
    supported = FindingFactory(review=review, number=3)
    episode = KeyPracticeEpisodeFactory(review=review)
    ContributoryFactorFactory(episode=episode)
    supported.episodes.add(episode)
    removed_episode = KeyPracticeEpisodeFactory(review=review)
    ContributoryFactorFactory(episode=removed_episode)
    removed_episode.deleted_at = removed_episode.updated_at
    removed_episode.save()
    only_removed = FindingFactory(review=review, number=4)
    only_removed.episodes.add(removed_episode)
    flags = {f.number: (f.has_episode, f.has_evidence) for f in findings_annotated(review=review)}
    assert flags == {
        1: (False, False),
        2: (True, False),
        3: (True, True),
        4: (False, False),
    }


def test_list_keeps_systems_findings_apart_and_groups_them_by_pattern_area(
    review_world: ReviewWorld,
) -> None:
    review = review_world.review
    FindingFactory(review=review, number=1, pattern_area="human-tool")
    FindingFactory(review=review, number=2, pattern_area="incidents-crises")
    FindingFactory(review=review, number=3, is_systems_finding=False, pattern_area="")
    gone = FindingFactory(review=review, number=4)
    services.finding_remove(actor=review_world.lead, review=review, finding=gone)
    overview = findings_overview(review=review)
    assert [g.area.key for g in overview.systems] == ["human-tool", "incidents-crises"]
    assert [f.number for f in overview.case_specific] == [3]
    assert overview.unsupported_count == 3


def test_list_page_uses_a_constant_number_of_queries(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    client = client_for(review_world.observer)
    url = reverse("analysis:finding_list", args=[review.reference])

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    FindingFactory(review=review, number=1).episodes.add(KeyPracticeEpisodeFactory(review=review))
    few = count()
    for n in range(2, 8):
        finding = FindingFactory(review=review, number=n, pattern_area="human-tool")
        finding.episodes.add(KeyPracticeEpisodeFactory(review=review))
    assert count() == few


def test_add_page_requires_a_pattern_area_for_a_systems_finding(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    episode = KeyPracticeEpisodeFactory(review=review, title="Strategy discussion")
    client = client_for(review_world.reviewer)
    url = reverse("analysis:finding_add", args=[review.reference])
    page = client.get(url).content.decode()
    assert f"KPE {episode.number}: Strategy discussion" in page
    assert "Assessment forms that record conclusions" in page  # an area's example as a hint
    response = client.post(url, {"kind": "systems", "statement": "A pattern."})
    assert "Select the pattern area of a systems finding" in response.content.decode()
    response = client.post(
        url,
        {
            "kind": "systems",
            "pattern_area": "human-tool",
            "statement": "A pattern.",
            "episodes": [episode.pk],
        },
    )
    finding = Finding.objects.get(review=review)
    assert response.status_code == 302
    assert list(finding.episodes.all()) == [episode]
    detail = client.get(response["Location"]).content.decode()
    assert "Unsupported" in detail  # an episode but no evidence
    assert "Human-tool operation" in detail
    response = client.post(url, {"kind": "case", "statement": "Only this case."})
    assert response.status_code == 302


def test_edit_conflict_shows_the_saved_version_beside_yours_and_then_saves(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    finding = _save(review_world)
    url = reverse("analysis:finding_edit", args=[review.reference, finding.uuid])
    mine = {
        "version": "1",
        "kind": "systems",
        "pattern_area": "incidents-crises",
        "statement": finding.statement,
        "summary": "My summary",
    }
    _save(review_world, finding, version=1, actor=review_world.lead, summary="The lead's summary")
    client = client_for(review_world.reviewer)
    response = client.post(url, mine)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Lead reviewer Person changed this" in page
    assert "The lead&#x27;s summary" in page and "My summary" in page
    assert 'name="version" value="2"' in page
    finding.refresh_from_db()
    assert finding.summary == "The lead's summary"
    response = client.post(url, {**mine, "version": "2", "summary": "Merged summary"})
    assert response.status_code == 302
    finding.refresh_from_db()
    assert finding.summary == "Merged summary" and finding.version == 3


def test_remove_asks_first_and_the_lead_restores(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    finding = _save(review_world, episodes=[KeyPracticeEpisodeFactory(review=review)])
    reviewer = client_for(review_world.reviewer)
    url = reverse("analysis:finding_delete", args=[review.reference, finding.uuid])
    page = reviewer.get(url).content.decode()
    assert "Are you sure" in page and "1 key practice episode" in page
    assert reviewer.post(url).status_code == 302
    finding.refresh_from_db()
    assert finding.deleted_at is not None
    detail = reverse("analysis:finding_detail", args=[review.reference, finding.uuid])
    assert reviewer.get(detail).status_code == 404
    lead = client_for(review_world.lead)
    removed = lead.get(reverse("analysis:removed_findings", args=[review.reference]))
    assert finding.statement in removed.content.decode()
    restore = reverse("analysis:finding_restore", args=[review.reference, finding.uuid])
    assert reviewer.post(restore).status_code == 403
    assert lead.post(restore).status_code == 302
    finding.refresh_from_db()
    assert finding.deleted_at is None and finding.episodes.count() == 1
