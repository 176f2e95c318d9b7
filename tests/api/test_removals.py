"""Removals through the API: each DELETE calls the page's own removal service (its soft delete,
its audit event, its refusals), needs the version last read, and answers 204 with no body."""

from collections.abc import Callable
from typing import Any

import pytest

from casewindow.analysis.framework import pattern_areas
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.evidence.models import ChronologyEntry, SourceDocument
from casewindow.reviews.models import Agency, Person, ReviewStage
from casewindow.reviews.services import agency_removal_blocker
from tests.api.helpers import ApiClient, token_for
from tests.evidence.factories import (
    ChronologyEntryFactory,
    ConversationFactory,
    SourceDocumentFactory,
)
from tests.factories import AgencyFactory
from tests.url_catalogue import _action, _episode, _finding, _merged_entries
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(review_world: ReviewWorld) -> ApiClient:
    return ApiClient(token_for(review_world.lead))


def _ref(world: ReviewWorld) -> str:
    return f"/reviews/{world.review.reference}"


def _error(response: Any) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "fields"}
    error: dict[str, Any] = body["error"]
    return error


# kind: (the record, its DELETE path, the GET that shows it) — paths under the review.
Case = Callable[[ReviewWorld], tuple[Any, str, str]]
SOFT_REMOVALS: dict[str, Case] = {
    "episode": lambda w: (_episode(w), f"episodes/{_episode(w).uuid}", "episodes/{id}"),
    "finding": lambda w: (_finding(w), f"findings/{_finding(w).uuid}", "findings/{id}"),
    "recommendation": lambda w: (
        _action(w).recommendation,
        f"recommendations/{_action(w).recommendation.uuid}",
        "recommendations/{id}",
    ),
    "action": lambda w: (_action(w), f"actions/{_action(w).uuid}", "actions/{id}"),
    "entry": lambda w: (
        _merged_entries(w)[0],
        f"chronology/entries/{_merged_entries(w)[0].uuid}",
        "chronology/entries/{id}",
    ),
}


@pytest.mark.parametrize("kind", SOFT_REMOVALS)
def test_a_removed_record_is_gone_from_the_api_kept_for_restoring_and_audited(
    review_world: ReviewWorld, api: ApiClient, kind: str
) -> None:
    record, path, read = SOFT_REMOVALS[kind](review_world)
    base = _ref(review_world)
    version = api.get(f"{base}/{read.format(id=record.uuid)}").json()["version"]

    response = api.delete(f"{base}/{path}", version=version)

    assert response.status_code == 204 and response.content == b""
    assert api.get(f"{base}/{read.format(id=record.uuid)}").status_code == 404
    record.refresh_from_db()
    # A soft delete, as on the page: the lead reviewer can restore it.
    removed_at = getattr(record, "deleted_at", None) or getattr(record, "removed_at", None)
    assert removed_at is not None
    assert AuditEvent.objects.filter(
        action=AuditAction.DELETE,
        review=review_world.review,
        actor=review_world.lead,
        object_id=str(record.uuid),
    ).exists()
    again = api.delete(f"{base}/{path}", version=version)
    assert again.status_code == 404 and _error(again)["code"] == "not_found"


@pytest.mark.parametrize("kind", SOFT_REMOVALS)
def test_a_removal_sent_with_a_stale_version_is_409_and_removes_nothing(
    review_world: ReviewWorld, api: ApiClient, kind: str
) -> None:
    record, path, read = SOFT_REMOVALS[kind](review_world)
    base = _ref(review_world)
    version = api.get(f"{base}/{read.format(id=record.uuid)}").json()["version"]
    stale = str(int(version) - 1)

    response = api.delete(f"{base}/{path}", version=stale)

    assert response.status_code == 409 and _error(response)["code"] == "conflict"
    assert api.get(f"{base}/{read.format(id=record.uuid)}").status_code == 200
    assert not AuditEvent.objects.filter(
        action=AuditAction.DELETE, object_id=str(record.uuid)
    ).exists()


def test_a_removal_without_a_version_is_refused(review_world: ReviewWorld, api: ApiClient) -> None:
    episode = _episode(review_world)

    response = api.delete(f"{_ref(review_world)}/episodes/{episode.uuid}")

    assert response.status_code == 422 and "version" in _error(response)["fields"]
    assert api.get(f"{_ref(review_world)}/episodes/{episode.uuid}").status_code == 200


def test_a_contributory_factor_is_removed_from_its_episode(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    episode = _episode(review_world)
    base = f"{_ref(review_world)}/episodes/{episode.uuid}"
    factor = api.get(base).json()["factors"][0]

    response = api.delete(f"{base}/factors/{factor['id']}", version=factor["version"])

    assert response.status_code == 204
    assert api.get(base).json()["factors"] == []
    assert AuditEvent.objects.filter(action=AuditAction.DELETE, object_id=factor["id"]).exists()


def test_removing_a_finding_renumbers_the_others_as_the_page_does(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    base = _ref(review_world)
    area = next(iter(pattern_areas()))
    first, second = (
        api.post(
            f"{base}/findings", {"kind": "systems", "pattern_area": area, "statement": text}
        ).json()
        for text in ("First", "Second")
    )
    assert (first["number"], second["number"]) == (1, 2)

    api.delete(f"{base}/findings/{first['id']}", version=first["version"])

    assert api.get(f"{base}/findings/{second['id']}").json()["number"] == 1


def test_an_agency_whose_chronology_is_in_the_review_is_refused_in_the_pages_words(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    agency = review_world.agency
    ChronologyEntryFactory(review=review_world.review, agency=agency)
    base = _ref(review_world)
    version = api.get(f"{base}/agencies/{agency.uuid}").json()["version"]

    response = api.delete(f"{base}/agencies/{agency.uuid}", version=version)

    assert response.status_code == 409
    assert _error(response)["message"] == agency_removal_blocker(agency=agency) != ""
    assert Agency.objects.filter(pk=agency.pk).exists()
    assert ChronologyEntry.objects.filter(agency=agency).exists()
    assert not AuditEvent.objects.filter(action=AuditAction.DELETE).exists()


def test_an_agency_without_chronology_is_removed(review_world: ReviewWorld, api: ApiClient) -> None:
    agency = AgencyFactory(review=review_world.review, name="Housing")
    base = _ref(review_world)
    version = api.get(f"{base}/agencies/{agency.uuid}").json()["version"]

    response = api.delete(f"{base}/agencies/{agency.uuid}", version=version)

    assert response.status_code == 204
    assert api.get(f"{base}/agencies/{agency.uuid}").status_code == 404
    assert AuditEvent.objects.filter(
        action=AuditAction.DELETE, summary="Removed agency Housing", object_id=str(agency.uuid)
    ).exists()


def test_an_agency_changed_since_it_was_read_is_not_removed(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    agency = AgencyFactory(review=review_world.review, name="Housing")
    base = _ref(review_world)
    version = api.get(f"{base}/agencies/{agency.uuid}").json()["version"]
    api.patch(f"{base}/agencies/{agency.uuid}", {"version": version, "contact": "DS Lee"})

    response = api.delete(f"{base}/agencies/{agency.uuid}", version=version)

    assert response.status_code == 409
    assert Agency.objects.filter(pk=agency.pk).exists()


def test_a_person_with_conversations_recorded_is_refused_in_the_services_words(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    conversation = ConversationFactory(review=review_world.review)
    person = conversation.practitioner
    base = _ref(review_world)
    version = api.get(f"{base}/people/{person.uuid}").json()["version"]

    response = api.delete(f"{base}/people/{person.uuid}", version=version)

    assert response.status_code == 409
    assert _error(response)["message"] == (
        f"{person.publication_label} cannot be removed: 1 conversation with them is recorded "
        "in this review"
    )
    assert Person.objects.filter(pk=person.pk).exists()


def test_a_person_is_removed_from_the_register(review_world: ReviewWorld, api: ApiClient) -> None:
    person = review_world.person
    base = _ref(review_world)
    version = api.get(f"{base}/people/{person.uuid}").json()["version"]

    response = api.delete(f"{base}/people/{person.uuid}", version=version)

    assert response.status_code == 204
    assert api.get(f"{base}/people/{person.uuid}").status_code == 404
    assert AuditEvent.objects.filter(action=AuditAction.DELETE, object_id=str(person.uuid)).exists()


def test_a_read_only_token_is_refused_a_removal_and_the_refusal_logged(
    review_world: ReviewWorld,
) -> None:
    episode = _episode(review_world)
    client = ApiClient(token_for(review_world.lead, writes=False))

    response = client.delete(
        f"{_ref(review_world)}/episodes/{episode.uuid}", version=str(episode.version)
    )

    assert response.status_code == 403
    episode.refresh_from_db()
    assert episode.deleted_at is None
    assert AuditEvent.objects.filter(
        action=AuditAction.ACCESS_DENIED, actor=review_world.lead
    ).exists()


def test_a_closed_review_refuses_a_removal_as_its_pages_do(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    finding = _finding(review_world)
    review_world.review.stage = ReviewStage.CLOSED
    review_world.review.save()

    response = api.delete(
        f"{_ref(review_world)}/findings/{finding.uuid}", version=str(finding.version)
    )

    assert response.status_code == 403 and "closed" in _error(response)["message"]
    finding.refresh_from_db()
    assert finding.deleted_at is None


def test_a_document_is_removed_with_its_file_and_text_as_on_its_page(
    review_world: ReviewWorld,
    api: ApiClient,
    django_capture_on_commit_callbacks: Any,
) -> None:
    document = SourceDocumentFactory(review=review_world.review, title="GP letter")
    storage, name = document.file.storage, document.file.name
    assert storage.exists(name)
    base = f"{_ref(review_world)}/documents/{document.uuid}"
    version = api.get(base).json()["version"]

    with django_capture_on_commit_callbacks(execute=True):
        response = api.delete(base, version=version)

    assert response.status_code == 204 and response.content == b""
    assert not storage.exists(name)
    assert api.get(base).status_code == 404
    assert not SourceDocument.objects.filter(pk=document.pk).exists()
    assert AuditEvent.objects.filter(
        action=AuditAction.DELETE, object_id=str(document.uuid), actor=review_world.lead
    ).exists()


def test_a_document_renamed_since_it_was_read_is_not_removed(
    review_world: ReviewWorld, api: ApiClient
) -> None:
    document = SourceDocumentFactory(review=review_world.review, title="GP letter")
    base = f"{_ref(review_world)}/documents/{document.uuid}"
    version = api.get(base).json()["version"]
    SourceDocument.objects.filter(pk=document.pk).update(title="GP letter of 3 May")

    response = api.delete(base, version=version)

    assert response.status_code == 409 and _error(response)["code"] == "conflict"
    assert SourceDocument.objects.filter(pk=document.pk).exists()
    assert not AuditEvent.objects.filter(action=AuditAction.DELETE).exists()
