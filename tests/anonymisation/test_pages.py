"""The publication check page and the decision log, as the review team uses them."""

import pytest
from django.urls import reverse

from casewindow.anonymisation.models import AnonymisationDecision
from tests.factories import PersonFactory
from tests.pages import by_class, error_summary, html, main_text, text_of


@pytest.fixture
def world(review_world):
    review = review_world.review
    review.summary = (
        "Kemi Adebayo (DOB 01/02/2016) lived with her mother at 4 Elm Road. "
        "Her uncle, Babatunde Ogun, collected her from Oakfield Primary School."
    )
    review.save()
    PersonFactory(review=review, real_name="Kemi Adebayo", publication_label="Child K")
    return review_world


def check_url(world):
    return reverse("anonymisation:publication_check", args=[world.review.reference])


def decide_url(world):
    return reverse("anonymisation:decide", args=[world.review.reference])


def candidate_prefix(response, text):
    """The prefix of the decision form for the candidate shown as “text”."""
    tree = html(response)
    for box in by_class(tree, "cw-anon-candidate"):
        if f"“{text}”" in text_of(box.xpath(".//h3")[0]):
            return box.xpath(".//input[@name='form_prefix']/@value")[0]
    raise AssertionError(f"no candidate {text}")


def test_reviewer_sees_replacements_and_unresolved_candidates_marked(world, client_for):
    response = client_for(world.reviewer).get(check_url(world))

    assert response.status_code == 200
    tree = html(response)
    replaced = [text_of(e) for e in by_class(tree, "cw-anon--replaced")]
    unresolved = [text_of(e) for e in by_class(tree, "cw-anon--unresolved")]
    assert "replaced: Kemi Adebayo by Child K" in replaced
    assert "replaced: 01/02/2016 by [date of birth]" in replaced
    assert "replaced: 4 Elm Road by [address]" in replaced
    # In the report text, each unresolved candidate says so in words and links to its form.
    assert any(t.startswith("Babatunde Ogun") and "(unresolved candidate" in t for t in unresolved)
    assert "2 candidates unresolved — publication export blocked" in main_text(response)


def test_resolving_every_candidate_unblocks_the_publication_version(world, client_for):
    client = client_for(world.reviewer)
    page = client.get(check_url(world))
    prefix = candidate_prefix(page, "Babatunde Ogun")
    response = client.post(
        decide_url(world),
        {
            "form_prefix": prefix,
            f"{prefix}-text": "Babatunde Ogun",
            f"{prefix}-category": "PERSON",
            f"{prefix}-decision": "replace",
            f"{prefix}-replacement": "Uncle",
        },
    )
    assert response.status_code == 302
    page = client.get(check_url(world))
    assert "1 candidate unresolved — publication export blocked" in main_text(page)

    prefix = candidate_prefix(page, "Oakfield Primary School")
    client.post(
        decide_url(world),
        {
            "form_prefix": prefix,
            f"{prefix}-text": "Oakfield Primary School",
            f"{prefix}-category": "ORGANISATION",
            f"{prefix}-decision": "keep",
            f"{prefix}-reason": "Closed in 2020; the name identifies no one",
        },
    )
    page = client.get(check_url(world))
    assert "All resolved — a publication version can be exported" in main_text(page)
    log = client.get(reverse("anonymisation:decision_log", args=[world.review.reference]))
    assert "Closed in 2020; the name identifies no one" in main_text(log)
    assert "Replace with “Uncle”" in main_text(log)


def test_keeping_without_a_reason_shows_an_error(world, client_for):
    client = client_for(world.reviewer)
    prefix = candidate_prefix(client.get(check_url(world)), "Babatunde Ogun")
    response = client.post(
        decide_url(world),
        {
            "form_prefix": prefix,
            f"{prefix}-text": "Babatunde Ogun",
            f"{prefix}-category": "PERSON",
            f"{prefix}-decision": "keep",
        },
    )
    assert response.status_code == 200
    assert error_summary(response) == ["Enter why this text can stay in the publication version"]
    assert not AnonymisationDecision.objects.exists()


def test_a_forged_or_empty_decision_is_refused_with_a_message(world, client_for):
    client = client_for(world.reviewer)
    for data in ({}, {"form_prefix": "x1"}, {"form_prefix": "c1", "c1-category": "NOPE"}):
        response = client.post(decide_url(world), data)
        assert response.status_code == 302
    assert not AnonymisationDecision.objects.exists()


def test_observer_reads_but_cannot_decide(world, client_for):
    client = client_for(world.observer)
    page = client.get(check_url(world))
    assert page.status_code == 200
    assert not html(page).xpath("//form[contains(@action, 'decide')]")
    assert client.post(decide_url(world), {"form_prefix": "c1"}).status_code == 403


@pytest.mark.parametrize("who", ["participant", "board_reader"])
def test_case_group_and_board_cannot_open_the_check(world, client_for, who):
    assert client_for(getattr(world, who)).get(check_url(world)).status_code == 403


def test_outsider_gets_404(world, client_for):
    assert client_for(world.outsider).get(check_url(world)).status_code == 404
    assert client_for(world.outsider).post(decide_url(world)).status_code == 404
