"""What the learning app adds to the analysis pages through the registry (analysis/panels.py):
a "seen before" link on a finding's and an episode's page, and the pattern-area suggestion on
the finding form, shown as a hint with the words that drove it — never choosing for the
reviewer."""

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.analysis.models import AgreementRound, Finding
from casewindow.reviews.models import ReviewStage
from tests.analysis.factories import (
    ContributoryFactorFactory,
    FindingFactory,
    KeyPracticeEpisodeFactory,
)
from tests.factories import ReviewFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

TOOL_TEXT = (
    "The electronic record system shows absences week by week, so the screen hides a pattern "
    "that builds up over a term."
)


def _client(user: object) -> Client:
    client = Client()
    client.force_login(user)  # type: ignore[arg-type]
    return client


def test_finding_page_links_to_what_was_seen_before(review_world: ReviewWorld) -> None:
    finding = FindingFactory(review=review_world.review)
    url = reverse("analysis:finding_detail", args=[review_world.review.reference, finding.uuid])
    html = _client(review_world.reviewer).get(url).content.decode()
    seen = reverse(
        "learning:finding_seen_before", args=[review_world.review.reference, finding.uuid]
    )
    assert 'data-testid="seen-before-panel"' in html and f'href="{seen}"' in html
    assert _client(review_world.reviewer).get(seen).status_code == 200


def test_episode_page_links_to_what_was_seen_before(review_world: ReviewWorld) -> None:
    episode = KeyPracticeEpisodeFactory(review=review_world.review)
    url = reverse("analysis:episode_detail", args=[review_world.review.reference, episode.uuid])
    html = _client(review_world.reviewer).get(url).content.decode()
    seen = reverse(
        "learning:episode_seen_before", args=[review_world.review.reference, episode.uuid]
    )
    assert f'href="{seen}"' in html


def test_no_seen_before_link_while_the_viewer_codes_the_episode_blind(
    review_world: ReviewWorld,
) -> None:
    episode = KeyPracticeEpisodeFactory(review=review_world.review)
    ContributoryFactorFactory(episode=episode)
    agreement = AgreementRound.objects.create(
        review=review_world.review,
        number=1,
        coder_a=review_world.reviewer,
        coder_b=review_world.lead,
        started_by=review_world.lead,
    )
    agreement.episodes.add(episode)
    url = reverse("analysis:episode_detail", args=[review_world.review.reference, episode.uuid])
    html = _client(review_world.reviewer).get(url).content.decode()
    assert 'data-testid="seen-before-panel"' not in html


def test_edit_form_suggests_an_area_with_its_words_but_keeps_the_reviewers_choice(
    review_world: ReviewWorld,
) -> None:
    finding = FindingFactory(
        review=review_world.review, pattern_area="family-professional", statement=TOOL_TEXT
    )
    url = reverse("analysis:finding_edit", args=[review_world.review.reference, finding.uuid])
    html = _client(review_world.reviewer).get(url).content.decode()
    assert "Suggested from what you have written: <strong>Human-tool operation</strong>" in html
    assert "<q>screen</q>" in html and "<q>electronic</q>" in html
    # The reviewer's area stays the one chosen.
    assert 'value="family-professional" checked' in html
    assert 'value="human-tool" checked' not in html


def test_asking_for_a_suggestion_while_adding_saves_nothing_and_keeps_what_was_written(
    review_world: ReviewWorld,
) -> None:
    url = reverse("analysis:finding_add", args=[review_world.review.reference])
    client = _client(review_world.reviewer)
    assert "Suggest a pattern area from what I have written" in client.get(url).content.decode()
    response = client.post(url, {"kind": "systems", "statement": TOOL_TEXT, "suggest": "1"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<strong>Human-tool operation</strong>" in html
    assert TOOL_TEXT in html  # the textarea keeps the finding
    assert "govuk-error-summary" not in html  # no area chosen yet is not an error here
    assert not Finding.objects.filter(review=review_world.review).exists()


def test_an_htmx_request_gets_the_suggestion_alone(review_world: ReviewWorld) -> None:
    url = reverse("analysis:finding_add", args=[review_world.review.reference])
    response = _client(review_world.reviewer).post(
        url, {"statement": TOOL_TEXT, "suggest": "1"}, HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="pattern-area-hint"')
    assert "<html" not in html and "Human-tool operation" in html


def test_nothing_written_yet_is_said_plainly(review_world: ReviewWorld) -> None:
    url = reverse("analysis:finding_add", args=[review_world.review.reference])
    html = (
        _client(review_world.reviewer)
        .post(url, {"kind": "systems", "statement": " ", "suggest": "1"})
        .content.decode()
    )
    assert "Write the finding first" in html


def test_a_board_reader_cannot_ask_for_suggestions(review_world: ReviewWorld) -> None:
    url = reverse("analysis:finding_add", args=[review_world.review.reference])
    response = _client(review_world.board_reader).post(url, {"statement": TOOL_TEXT, "suggest": 1})
    assert response.status_code in (403, 404)


def test_seen_before_of_an_episode_coded_blind_matches_on_words_only(
    review_world: ReviewWorld,
) -> None:
    other = ReviewFactory(partnership=review_world.partnership, stage=ReviewStage.CLOSED)
    ContributoryFactorFactory(episode=KeyPracticeEpisodeFactory(review=other, title="Unrelated"))
    episode = KeyPracticeEpisodeFactory(review=review_world.review, title="Home visit")
    ContributoryFactorFactory(episode=episode)  # the same factor as the other review's
    url = reverse(
        "learning:episode_seen_before", args=[review_world.review.reference, episode.uuid]
    )
    assert "shared factors" in _client(review_world.lead).get(url).content.decode()
    agreement = AgreementRound.objects.create(
        review=review_world.review,
        number=1,
        coder_a=review_world.lead,
        coder_b=review_world.reviewer,
        started_by=review_world.lead,
    )
    agreement.episodes.add(episode)
    assert "shared factors" not in _client(review_world.lead).get(url).content.decode()
