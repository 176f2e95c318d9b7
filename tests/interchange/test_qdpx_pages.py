"""The REFI-QDA page of a review: the lead reviewer downloads the review as a .qdpx and imports
a project made elsewhere; everyone else is kept out (403 in the review, 404 outside it); both
are in the audit log; a bad file is a message on the page and nothing is imported."""

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from lxml import etree

from casewindow.accounts.models import User
from casewindow.analysis.models import Excerpt
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.evidence.models import SourceDocument
from casewindow.interchange.qdpx import project_schema
from casewindow.reviews.models import ReviewStage
from tests.factories import MembershipFactory, ReviewFactory
from tests.interchange.qdpx_files import qdpx_bytes
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db
ClientFor = Callable[[User | None], Client]


def _urls(reference: str) -> tuple[str, str]:
    return (
        reverse("interchange:qdpx", args=[reference]),
        reverse("interchange:qdpx_download", args=[reference]),
    )


def test_the_lead_downloads_the_review_as_a_valid_project(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    page_url, download_url = _urls(review_world.review.reference)
    client = client_for(review_world.lead)
    page = client.get(page_url).content.decode()
    assert "Qualitative analysis software (REFI-QDA)" in page and download_url in page
    response = client.get(download_url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert f"{review_world.review.reference}.qdpx" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))  # type: ignore[attr-defined]
    assert project_schema().validate(etree.fromstring(archive.read("project.qde")))
    event = AuditEvent.objects.filter(review=review_world.review, action=AuditAction.EXPORT).latest(
        "pk"
    )
    assert event.actor == review_world.lead and "REFI-QDA" in event.summary


def test_the_lead_imports_a_project_made_elsewhere(
    review_world: ReviewWorld, client_for: ClientFor, media: Path
) -> None:
    page_url, _download = _urls(review_world.review.reference)
    upload = SimpleUploadedFile("Child J interviews.qdpx", qdpx_bytes())
    response = client_for(review_world.lead).post(page_url, {"file": upload}, follow=True)
    assert response.redirect_chain[-1][0] == reverse(
        "evidence:document_list", args=[review_world.review.reference]
    )
    assert "2 documents and 6 coded excerpts imported" in response.content.decode()
    assert SourceDocument.objects.filter(review=review_world.review).count() == 2
    assert Excerpt.objects.filter(review=review_world.review).count() == 6
    event = AuditEvent.objects.get(review=review_world.review, action=AuditAction.IMPORT)
    assert event.actor == review_world.lead


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a zip at all", "not a readable zip file"),
        (qdpx_bytes(leave_out=("project.qde",)), "has no project.qde"),
    ],
)
def test_a_bad_upload_is_a_message_on_the_page_and_nothing_is_imported(
    review_world: ReviewWorld, client_for: ClientFor, media: Path, content: bytes, message: str
) -> None:
    page_url, _download = _urls(review_world.review.reference)
    upload = SimpleUploadedFile("project.qdpx", content)
    response = client_for(review_world.lead).post(page_url, {"file": upload})
    assert response.status_code == 200
    page = response.content.decode()
    assert "govuk-error-summary" in page and message in page and "Nothing was imported" in page
    assert not SourceDocument.objects.filter(review=review_world.review).exists()


def test_an_upload_with_no_file_asks_for_one(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    page_url, _download = _urls(review_world.review.reference)
    response = client_for(review_world.lead).post(page_url, {})
    assert "Choose the REFI-QDA project (.qdpx) to import" in response.content.decode()


def test_an_oversized_upload_is_refused_as_it_arrives(
    review_world: ReviewWorld, client_for: ClientFor, settings: pytest.FixtureRequest
) -> None:
    settings.CASEWINDOW_MAX_UPLOAD_BYTES = 1024  # type: ignore[attr-defined]
    page_url, _download = _urls(review_world.review.reference)
    upload = SimpleUploadedFile("big.qdpx", qdpx_bytes())
    page = client_for(review_world.lead).post(page_url, {"file": upload}).content.decode()
    assert "big.qdpx is larger than" in page and "Nothing was imported" not in page
    assert not SourceDocument.objects.filter(review=review_world.review).exists()


def test_only_the_lead_may_and_another_review_is_not_found(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    page_url, download_url = _urls(review_world.review.reference)
    for user in (review_world.reviewer, review_world.observer):
        client = client_for(user)
        assert client.get(page_url).status_code == 403
        assert client.get(download_url).status_code == 403
    assert client_for(review_world.outsider).get(download_url).status_code == 404
    # The lead of another review reaches this one no more than an outsider does.
    other = ReviewFactory()
    elsewhere = MembershipFactory(review=other, role="lead_reviewer").user
    assert client_for(elsewhere).get(download_url).status_code == 404
    assert client_for(elsewhere).post(page_url, {}).status_code == 404
    assert not AuditEvent.objects.filter(
        review=review_world.review, action=AuditAction.EXPORT
    ).exists()


def test_a_closed_review_exports_but_imports_nothing(
    review_world: ReviewWorld, client_for: ClientFor, media: Path
) -> None:
    review = review_world.review
    review.stage = ReviewStage.CLOSED
    review.save()
    page_url, download_url = _urls(review.reference)
    client = client_for(review_world.lead)
    assert 'id="qdpx-closed"' in client.get(page_url).content.decode()
    assert client.get(download_url).status_code == 200
    upload = SimpleUploadedFile("project.qdpx", qdpx_bytes())
    page = client.post(page_url, {"file": upload}).content.decode()
    assert "is closed" in page
    assert not SourceDocument.objects.filter(review=review).exists()
