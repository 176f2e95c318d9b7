"""The audit log names what was viewed in plain words: the page by its title, and the object
read on it — not only the review."""

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction, AuditEvent
from tests.pages import main_text
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]


def _viewed(review_world: ReviewWorld, client_for: ClientFor, name: str, *args) -> str:
    ref = review_world.review.reference
    response = client_for(review_world.lead).get(reverse(name, args=[ref, *args]))
    assert response.status_code == 200
    return AuditEvent.objects.filter(action=AuditAction.VIEW).order_by("-id").first().summary


@pytest.mark.django_db
def test_a_page_about_the_whole_review_is_named_by_its_title(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    assert _viewed(review_world, client_for, "reviews:person_list") == "page “People register”"
    assert _viewed(review_world, client_for, "evidence:chronology").startswith("page “")
    assert _viewed(review_world, client_for, "reviews:review_home") == "page “Overview”"


@pytest.mark.django_db
def test_a_page_about_one_object_names_the_page_and_the_object(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    person = review_world.person

    summary = _viewed(review_world, client_for, "reviews:person_detail", person.uuid)

    assert summary.startswith("page")
    assert f"person “{person}”" in summary
    assert review_world.review.reference not in summary


@pytest.mark.django_db
def test_the_log_page_shows_what_was_viewed(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    client = client_for(review_world.lead)
    client.get(reverse("reviews:agency_list", args=[review_world.review.reference]))

    text = main_text(client.get(reverse("audit:review_log", args=[review_world.review.reference])))

    assert "Viewed: page “Agencies”" in text


@pytest.mark.django_db
def test_a_file_download_still_names_the_object(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    from tests.url_catalogue import _document

    document = _document(review_world)
    ref = review_world.review.reference
    client_for(review_world.lead).get(
        reverse("evidence:document_download", args=[ref, document.uuid])
    )

    events = AuditEvent.objects.filter(object_id=str(document.uuid)).order_by("-id")
    assert events.exists()
    assert str(document) in events.first().summary


@pytest.mark.django_db
def test_a_page_named_after_its_object_names_it_once(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    from tests.url_catalogue import _document

    document = _document(review_world)

    summary = _viewed(review_world, client_for, "evidence:document_detail", document.uuid)

    assert summary.count(str(document)) == 1, summary
    assert summary.startswith("page")
