"""The lead's archive page: an archive made in the background with its progress, then
downloaded; lead only, audit-logged."""

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.background import FileStatus
from casewindow.interchange import services
from casewindow.interchange.models import ReviewArchive
from casewindow.jobs.kinds import failure_message, kind_of
from casewindow.reviews.models import ReviewStage
from tests.pages import error_summary
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


def _url(name: str, world: ReviewWorld, *args: Any) -> str:
    return reverse(f"interchange:{name}", args=[world.review.reference, *args])


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_lead_makes_the_whole_review_archive_and_downloads_it(
    review_world: ReviewWorld, media: Path, django_capture_on_commit_callbacks: Any
) -> None:
    client = _client(review_world.lead)
    home = client.get(reverse("reviews:review_home", args=[review_world.review.reference]))
    assert _url("archive_list", review_world) in home.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url("archive_list", review_world), {"kind": "whole"})
    assert response.status_code == 302
    archive = ReviewArchive.objects.get()
    assert archive.status == FileStatus.DONE and archive.progress == 100
    assert archive.requested_by == review_world.lead and not archive.anonymised

    page = client.get(_url("archive_list", review_world)).content.decode()
    download_url = _url("archive_download", review_world, archive.uuid)
    assert download_url in page and "Ready" in page
    # The finished row, as the polling page fetches it, says so in the live region once.
    row = client.get(_url("archive_status", review_world, archive.uuid) + "?poll=1")
    assert "is ready to download" in row.content.decode()

    response = client.get(download_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment")
    data = b"".join(response.streaming_content)  # type: ignore[attr-defined]
    document = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("review.json"))
    assert document["review"]["reference"] == review_world.review.reference
    assert "interchange.ReviewArchive" not in document["tables"]

    actions = set(
        AuditEvent.objects.filter(
            review=review_world.review, actor=review_world.lead, object_id=str(archive.uuid)
        ).values_list("action", flat=True)
    )
    assert {AuditAction.EXPORT, AuditAction.DOWNLOAD} <= actions


def test_anonymised_archive_from_the_page(
    review_world: ReviewWorld, media: Path, django_capture_on_commit_callbacks: Any
) -> None:
    client = _client(review_world.lead)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_url("archive_list", review_world), {"kind": "anonymised"})
    archive = ReviewArchive.objects.get()
    assert archive.anonymised and archive.status == FileStatus.DONE
    data = b"".join(
        client.get(_url("archive_download", review_world, archive.uuid)).streaming_content  # type: ignore[attr-defined]
    )
    with zipfile.ZipFile(io.BytesIO(data)) as zipped:
        assert zipped.namelist() == ["review.json"]
        assert json.loads(zipped.read("review.json"))["kind"] == "anonymised"


def test_a_closed_review_can_still_be_archived(
    review_world: ReviewWorld, media: Path, django_capture_on_commit_callbacks: Any
) -> None:
    review_world.review.stage = ReviewStage.CLOSED
    review_world.review.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = _client(review_world.lead).post(
            _url("archive_list", review_world), {"kind": "whole"}
        )
    assert response.status_code == 302
    assert ReviewArchive.objects.get().status == FileStatus.DONE


def test_only_the_lead_may_archive(review_world: ReviewWorld, media: Path) -> None:
    response = _client(review_world.reviewer).post(
        _url("archive_list", review_world), {"kind": "whole"}
    )
    assert response.status_code == 403
    assert not ReviewArchive.objects.exists()


def test_no_choice_is_answered_with_an_error(review_world: ReviewWorld, media: Path) -> None:
    response = _client(review_world.lead).post(_url("archive_list", review_world), {})
    assert response.status_code == 200
    assert "Select what the archive holds" in " ".join(error_summary(response))
    assert not ReviewArchive.objects.exists()


def test_a_failed_archive_says_so_and_offers_no_download(
    review_world: ReviewWorld,
    media: Path,
    django_capture_on_commit_callbacks: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(**kwargs: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(services, "review_export", broken)
    client = _client(review_world.lead)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_url("archive_list", review_world), {"kind": "whole"})
    archive = ReviewArchive.objects.get()
    assert archive.status == FileStatus.FAILED
    page = client.get(_url("archive_list", review_world)).content.decode()
    assert "The archive could not be made (OSError: disk full)" in page
    assert _url("archive_download", review_world, archive.uuid) not in page
    assert client.get(_url("archive_download", review_world, archive.uuid)).status_code == 404


def test_jobs_recovery_knows_the_archive_job(review_world: ReviewWorld, media: Path) -> None:
    """A worker that died while making an archive: recovery runs it again (the row waits) or
    gives it up (the row says failed, and why, on the page)."""
    kind = kind_of("casewindow.interchange.tasks.review_archive_make")
    assert kind.rerun_safe and kind.what == "making this archive"
    archive = ReviewArchive.objects.create(
        review=review_world.review, status=FileStatus.RUNNING, progress=40
    )
    kind.requeued({"archive_id": archive.pk})
    archive.refresh_from_db()
    assert (archive.status, archive.progress) == (FileStatus.QUEUED, 0)
    kind.failed({"archive_id": archive.pk}, failure_message(kind))
    page = _client(review_world.lead).get(_url("archive_list", review_world)).content.decode()
    assert "The background worker stopped while making this archive. Try again." in page
