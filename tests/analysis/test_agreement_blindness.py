"""A reviewer coding episodes in an open agreement check codes them blind: besides the KPE table
and the episode page, no other page or file shows them the shared coding of those episodes (the
traceability map and its picture, the KPE exports, the findings pages, the working report and
the language checks), while everyone else still sees it. The pages keep a query count that does
not grow with the number of hidden episodes."""

import csv
import io
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from docx import Document

from casewindow.accounts.models import ReviewRole, User
from casewindow.analysis.models import AgreementRound, KeyPracticeEpisode
from casewindow.analysis.selectors.agreement import hidden_episode_rounds
from casewindow.analysis.services import agreement as services
from tests.analysis.factories import (
    ContributoryFactorFactory,
    FindingFactory,
    KeyPracticeEpisodeFactory,
)
from tests.factories import MembershipFactory
from tests.pages import main_text
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db
ClientFor = Callable[[User | None], Client]

WORKLOAD = "work-conditions/workload"
# The factor's explanation is worded so that the language check flags it ("failed to").
SECRET = "SHARED-CODING the worker failed to visit"


def _round(world: ReviewWorld, count: int = 1) -> tuple[AgreementRound, list[KeyPracticeEpisode]]:
    episodes = [KeyPracticeEpisodeFactory(review=world.review) for _ in range(count)]
    for episode in episodes:
        ContributoryFactorFactory(episode=episode, node_key=WORKLOAD, explanation=SECRET)
    finding = FindingFactory(review=world.review)
    finding.episodes.add(*episodes)
    agreement_round = services.agreement_round_start(
        actor=world.lead,
        review=world.review,
        coder_a=world.lead,
        coder_b=world.reviewer,
        episodes=episodes,
    )
    return agreement_round, episodes


def _pages(world: ReviewWorld) -> dict[str, str]:
    ref = world.review.reference
    return {
        name: reverse(name, args=[ref])
        for name in (
            "analysis:traceability",
            "analysis:traceability_picture",
            "reports:report",
            "language:review_check",
            "language:report_check",
            "analysis:finding_list",
        )
    }


def _csv(client: Client, world: ReviewWorld) -> list[list[str]]:
    url = reverse("analysis:episode_export_csv", args=[world.review.reference])
    return list(csv.reader(io.StringIO(client.get(url).content.decode())))


def _docx_text(client: Client, world: ReviewWorld) -> str:
    url = reverse("analysis:episode_export_docx", args=[world.review.reference])
    document = Document(io.BytesIO(client.get(url).content))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def test_the_helper_gives_each_hidden_episode_its_agreement_check(
    review_world: ReviewWorld,
) -> None:
    agreement_round, episodes = _round(review_world, 2)
    review = review_world.review
    expected = {e.pk: agreement_round.number for e in episodes}
    assert hidden_episode_rounds(review=review, user=review_world.lead) == expected
    assert hidden_episode_rounds(review=review, user=review_world.observer) == {}
    services.agreement_complete(actor=review_world.lead, agreement_round=agreement_round)
    assert hidden_episode_rounds(review=review, user=review_world.lead) == {}
    assert hidden_episode_rounds(review=review, user=review_world.reviewer) == expected


def test_pages_hide_the_shared_coding_from_a_coder_in_an_open_round(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    agreement_round, (episode,) = _round(review_world)
    lead, observer = client_for(review_world.lead), client_for(review_world.observer)
    note = f"hidden while you code this episode in agreement check {agreement_round.number}"
    for name, url in _pages(review_world).items():
        as_coder = lead.get(url).content.decode()
        as_other = observer.get(url).content.decode()
        assert "SHARED-CODING" not in as_coder, name
        assert "Workload" not in as_coder, name
        if name != "analysis:finding_list":  # the findings list names no factors at all
            assert "Workload" in as_other, name  # the factor's name: every page shows it
            wording = note
            if name == "language:report_check":
                wording = f"hidden while you code them in agreement check {agreement_round.number}"
            assert wording.lower() in as_coder.lower(), name
            assert wording.lower() not in as_other.lower(), name
    finding_page = reverse(
        "analysis:finding_detail",
        args=[review_world.review.reference, episode.findings.get().uuid],
    )
    assert "SHARED-CODING" not in lead.get(finding_page).content.decode()

    # Once the coder marks their coding complete, they see it again.
    services.agreement_complete(actor=review_world.lead, agreement_round=agreement_round)
    for name, url in _pages(review_world).items():
        if name != "analysis:finding_list":
            assert "Workload" in lead.get(url).content.decode(), name


def test_the_traceability_map_does_not_call_a_hidden_episode_a_gap(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    _round(review_world)
    ref = review_world.review.reference
    lead = client_for(review_world.lead)
    text = lead.get(reverse("analysis:traceability", args=[ref])).content.decode()
    picture = lead.get(reverse("analysis:traceability_picture", args=[ref])).content.decode()
    assert "No factors" not in text
    assert 'data-gap="true"' not in picture and "Gap: " not in picture
    assert "KPE 1: hidden (check 1)" in picture


def test_the_removed_factors_list_leaves_out_those_of_a_hidden_episode(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    _, (episode,) = _round(review_world)
    ContributoryFactorFactory(episode=episode, node_key="role", deleted_at=timezone.now())
    # Another lead reviewer, not coding: the removed-items page needs the lead's permission.
    other_lead = MembershipFactory(review=review_world.review, role=ReviewRole.LEAD_REVIEWER)
    url = reverse("analysis:episode_removed", args=[review_world.review.reference])
    assert "Aspects of the role" not in main_text(client_for(review_world.lead).get(url))
    assert "Aspects of the role" in main_text(client_for(other_lead.user).get(url))


def test_exports_leave_the_hidden_factors_out_with_a_note(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    agreement_round, (episode,) = _round(review_world)
    lead, observer = client_for(review_world.lead), client_for(review_world.observer)

    rows = _csv(lead, review_world)
    factors = rows[0].index("Contributory factors")
    assert rows[1][factors] == (
        f"Hidden while you code this episode in agreement check {agreement_round.number}."
    )
    assert rows[-1][0].startswith(f"Note: the contributory factors of KPE {episode.number} ")
    assert "SHARED-CODING" not in str(rows)
    other_rows = _csv(observer, review_world)
    assert SECRET in other_rows[1][factors]
    assert len(other_rows) == 2  # the header and the episode: no note

    as_coder, as_other = _docx_text(lead, review_world), _docx_text(observer, review_world)
    assert "SHARED-CODING" not in as_coder
    assert f"agreement check {agreement_round.number}" in as_coder
    assert "Note: the contributory factors" in as_coder
    assert "SHARED-CODING" in as_other and "Note:" not in as_other


def _count(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_hiding_adds_no_query_per_episode(review_world: ReviewWorld, client_for: ClientFor) -> None:
    urls = list(_pages(review_world).values()) + [
        reverse(name, args=[review_world.review.reference])
        for name in ("analysis:episode_export_csv", "analysis:episode_export_docx")
    ]
    lead = client_for(review_world.lead)
    _round(review_world, 1)
    few = [_count(lead, url) for url in urls]
    _round(review_world, 4)  # a second open round: more episodes hidden, in two checks
    assert [_count(lead, url) for url in urls] == few
