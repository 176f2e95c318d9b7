"""Recovering the jobs a dead worker left "running", in-process on either database: a stale job
is queued again (once) or failed with "Try again", its app's progress row follows, a job whose
worker still beats is left alone however long it runs, and the pages offer "Try again" (through
the access module) for a failed or stuck job."""

import datetime
import uuid
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

from casewindow.anonymisation.models import PublicationScan, ScanStatus
from casewindow.audit.models import AuditEvent
from casewindow.evidence.models import ExtractionStatus
from casewindow.jobs import recovery
from casewindow.jobs.models import WorkerHeartbeat
from casewindow.reports.models import ExportStatus, ReportExport
from tests.evidence.factories import SourceDocumentFactory
from tests.pages import main_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("memory_storage")]

EXTRACT = "casewindow.evidence.tasks.document_extract_text"
RENDER = "casewindow.reports.tasks.report_export_render"
SCAN = "casewindow.anonymisation.tasks.publication_scan_run"


@pytest.fixture
def memory_storage(settings) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }


@pytest.fixture(autouse=True)
def limits(settings) -> None:
    settings.CASEWINDOW_JOB_STALE_SECONDS = 600
    settings.CASEWINDOW_JOB_MAX_ATTEMPTS = 2


def ago(minutes: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(minutes=minutes)


def running_job(path: str, *, started: datetime.datetime, workers: list[str], **kwargs):
    return DBTaskResult.objects.create(
        task_path=path,
        args_kwargs={"args": [], "kwargs": kwargs},
        backend_name="default",
        run_after=get_date_max(),
        status=TaskResultStatus.RUNNING,
        started_at=started,
        worker_ids=workers,
    )


def running_document(world):
    return SourceDocumentFactory(
        review=world.review, extraction_status=ExtractionStatus.RUNNING, extraction_progress=0
    )


def beating(worker_id: str, seen: datetime.datetime) -> None:
    WorkerHeartbeat.objects.create(worker_id=worker_id, seen_at=seen)


def export_for(world, status=ExportStatus.RUNNING, progress=30) -> ReportExport:
    from casewindow.reports.assembly import build_report

    return ReportExport.objects.create(
        review=world.review,
        requested_by=world.lead,
        format="html",
        label="Working copy",
        content=build_report(world.review).to_json(),
        status=status,
        progress=progress,
        step="Writing the parts of the report",
    )


def test_a_job_of_a_dead_worker_is_queued_again_then_failed_with_try_again(review_world):
    document = SourceDocumentFactory(
        review=review_world.review,
        extraction_status=ExtractionStatus.RUNNING,
        extraction_progress=0,
    )
    beating("dead", ago(11))  # killed 11 minutes ago
    job = running_job(EXTRACT, started=ago(12), workers=["dead"], document_id=document.pk)

    assert recovery.jobs_recover() == [(str(job.pk), recovery.REQUEUED)]
    job.refresh_from_db()
    document.refresh_from_db()
    assert job.status == TaskResultStatus.READY and job.started_at is None
    assert document.extraction_status == ExtractionStatus.PENDING
    assert not WorkerHeartbeat.objects.filter(worker_id="dead").exists()  # declared dead

    # Taken again, and that worker dies too: two runs is the limit, so it fails.
    job.status, job.started_at = TaskResultStatus.RUNNING, ago(15)
    job.worker_ids = ["dead", "dead-too"]
    job.save()
    SourceDocumentFactory._meta.model.objects.filter(pk=document.pk).update(
        extraction_status=ExtractionStatus.RUNNING, extraction_progress=40
    )
    assert recovery.jobs_recover() == [(str(job.pk), recovery.FAILED)]
    job.refresh_from_db()
    document.refresh_from_db()
    assert job.status == TaskResultStatus.FAILED and job.finished_at
    assert job.exception_class_path == recovery.WORKER_LOST
    assert document.extraction_status == ExtractionStatus.FAILED
    assert document.extraction_error.endswith("Try again.")
    assert recovery.jobs_recover() == []  # nothing is left running


def test_a_long_job_whose_worker_still_beats_is_left_alone(review_world):
    export = export_for(review_world)
    beating("alive", ago(0.2))
    job = running_job(RENDER, started=ago(90), workers=["alive"], export_id=export.pk)
    assert recovery.jobs_recover() == []
    job.refresh_from_db()
    assert job.status == TaskResultStatus.RUNNING
    assert WorkerHeartbeat.objects.filter(worker_id="alive").exists()


def test_a_job_started_moments_ago_is_not_stale_even_without_a_heartbeat(review_world):
    export = export_for(review_world)
    running_job(RENDER, started=ago(1), workers=["unknown"], export_id=export.pk)
    assert recovery.jobs_recover() == []


def test_a_job_of_an_unknown_kind_is_failed_never_run_again(settings) -> None:
    job = running_job("somewhere.else.task", started=ago(20), workers=["gone"])
    assert recovery.jobs_recover() == [(str(job.pk), recovery.FAILED)]


def test_each_kind_of_job_brings_its_progress_row_along(review_world):
    """Both jobs have had their two runs: each is failed, and so is its row (never running)."""
    export = export_for(review_world)
    scan = PublicationScan.objects.create(
        review=review_world.review,
        content_hash="x",
        register_hash="y",
        content={},
        status=ScanStatus.RUNNING,
    )
    running_job(RENDER, started=ago(20), workers=["gone"] * 2, export_id=export.pk)
    running_job(SCAN, started=ago(20), workers=["gone"] * 2, scan_id=scan.pk)
    outcomes = recovery.jobs_recover()
    assert [outcome for _, outcome in outcomes] == [recovery.FAILED, recovery.FAILED]
    export.refresh_from_db()
    scan.refresh_from_db()
    assert export.status == ExportStatus.FAILED and "Try again" in export.error
    assert scan.status == ScanStatus.FAILED and scan.finished_at


def test_a_job_that_dies_of_a_non_exception_leaves_its_row_failed_not_running(review_world):
    """SystemExit (a worker told to stop mid-job) is no Exception the services catch: the
    worker records the job failed, and the export row follows."""
    from casewindow.jobs.worker import HeartbeatWorker

    export = export_for(review_world, status=ExportStatus.QUEUED, progress=0)
    job = DBTaskResult.objects.create(
        task_path=RENDER,
        args_kwargs={"args": [], "kwargs": {"export_id": export.pk}},
        backend_name="default",
        run_after=get_date_max(),
    )
    job.claim("worker")

    def dies(*, export_id: int) -> str:
        ReportExport.objects.filter(pk=export_id).update(status=ExportStatus.RUNNING, progress=30)
        raise SystemExit(1)

    worker = HeartbeatWorker(
        queue_names=["default"],
        interval=0.1,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="worker",
        excluded_queue_names=[],
    )
    with mock.patch("casewindow.reports.services.report_export_render", dies):
        worker.run_task(job)
    job.refresh_from_db()
    export.refresh_from_db()
    assert job.status == TaskResultStatus.FAILED
    assert export.status == ExportStatus.FAILED and "Try again" in export.error


# --- the pages ---------------------------------------------------------------------------------


def _exports_url(world) -> str:
    return reverse("reports:export_list", args=[world.review.reference])


def _retry_url(world, export) -> str:
    return reverse("reports:export_retry", args=[world.review.reference, export.uuid])


def test_a_stuck_export_offers_try_again_and_is_made_again(
    review_world, client_for, django_capture_on_commit_callbacks
):
    export = export_for(review_world)
    old = running_job(RENDER, started=ago(30), workers=["gone"], export_id=export.pk)
    client = client_for(review_world.lead)

    page = client.get(_exports_url(review_world)).content.decode()
    assert "The background worker stopped while making this file. Try again." in page
    assert _retry_url(review_world, export) in page
    assert "every 2s" not in page  # no polling of a job that will never move

    audit_before = AuditEvent.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_retry_url(review_world, export))
    assert response.status_code == 302
    old.refresh_from_db()
    export.refresh_from_db()
    assert old.status == TaskResultStatus.FAILED  # never re-queued beside the new run
    assert export.status == ExportStatus.DONE and export.file  # made again (at once, in tests)
    assert AuditEvent.objects.count() > audit_before


def test_a_failed_export_offers_try_again(
    review_world, client_for, django_capture_on_commit_callbacks
):
    export = export_for(review_world, status=ExportStatus.FAILED, progress=0)
    client = client_for(review_world.lead)
    assert (
        _retry_url(review_world, export) in client.get(_exports_url(review_world)).content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_retry_url(review_world, export))
    export.refresh_from_db()
    assert export.status == ExportStatus.DONE


def test_a_running_export_whose_worker_beats_cannot_be_retried(review_world, client_for):
    export = export_for(review_world)
    beating("alive", ago(0.1))
    running_job(RENDER, started=ago(30), workers=["alive"], export_id=export.pk)
    client = client_for(review_world.lead)
    assert (
        _retry_url(review_world, export)
        not in client.get(_exports_url(review_world)).content.decode()
    )
    response = client.post(_retry_url(review_world, export), follow=True)
    assert "This file is being made or has been made." in main_text(response)
    export.refresh_from_db()
    assert export.status == ExportStatus.RUNNING


@pytest.mark.parametrize("who", ["board_reader", "non_member", "anonymous"])
def test_only_report_editors_may_retry(review_world, client_for, who):
    export = export_for(review_world, status=ExportStatus.FAILED, progress=0)
    user = (
        None if who == "anonymous" else getattr(review_world, who, None) or review_world.users[who]
    )
    response = client_for(user).post(_retry_url(review_world, export))
    assert response.status_code in (302, 403, 404)
    if who == "anonymous":
        assert "/accounts/" in response["Location"] or "login" in response["Location"]
    export.refresh_from_db()
    assert export.status == ExportStatus.FAILED


def test_an_unknown_export_is_not_found(review_world, client_for):
    url = reverse("reports:export_retry", args=[review_world.review.reference, uuid.uuid4()])
    assert client_for(review_world.lead).post(url).status_code == 404


def test_a_stuck_document_offers_try_again_and_is_read_again(
    review_world, client_for, django_capture_on_commit_callbacks
):
    document = SourceDocumentFactory(
        review=review_world.review,
        extraction_status=ExtractionStatus.RUNNING,
        extraction_progress=0,
    )
    old = running_job(EXTRACT, started=ago(30), workers=["gone"], document_id=document.pk)
    client = client_for(review_world.lead)
    detail = reverse(
        "evidence:document_detail", args=[review_world.review.reference, document.uuid]
    )
    status = reverse(
        "evidence:document_status", args=[review_world.review.reference, document.uuid]
    )
    page = client.get(detail).content.decode()
    assert "The background worker stopped while reading the text" in page
    polled = client.get(status, headers={"HX-Request": "true"}).content.decode()
    assert "Try again" in polled and "every 2s" not in polled

    extract = reverse(
        "evidence:document_extract", args=[review_world.review.reference, document.uuid]
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(extract)
    old.refresh_from_db()
    document.refresh_from_db()
    assert old.status == TaskResultStatus.FAILED
    assert document.extraction_status == ExtractionStatus.DONE


def test_a_stuck_publication_scan_offers_try_again(review_world, client_for):
    scan = PublicationScan.objects.create(
        review=review_world.review,
        content_hash="x",
        register_hash="y",
        content={},
        status=ScanStatus.RUNNING,
    )
    running_job(SCAN, started=ago(30), workers=["gone"], scan_id=scan.pk)
    url = reverse("anonymisation:scan_status", args=[review_world.review.reference, scan.uuid])
    page = client_for(review_world.lead).get(url).content.decode()
    assert "Try again" in page and "every 2s" not in page


# --- a worker declared dead --------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("running_a_job", [True, False])
def test_a_worker_declared_dead_stops_if_it_is_running_a_job(settings, running_a_job) -> None:
    """Recovery removed its heartbeat (it was silent too long, perhaps only stalled): busy, it
    exits at once rather than finish a job another worker may now have; idle, it beats again."""
    import threading

    from casewindow.jobs.worker import DECLARED_DEAD, HeartbeatWorker

    settings.CASEWINDOW_JOB_HEARTBEAT_SECONDS = 0
    worker = HeartbeatWorker(
        queue_names=["default"],
        interval=0.1,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="stalled",
        excluded_queue_names=[],
    )
    worker._stopping = threading.Event()
    worker.running_task = running_a_job
    exits: list[int] = []

    def exit_instead(code: int) -> None:
        exits.append(code)
        worker._stopping.set()

    def stop_soon() -> None:
        if WorkerHeartbeat.objects.filter(worker_id="stalled").exists():
            worker._stopping.set()

    with (
        mock.patch("casewindow.jobs.worker.os._exit", exit_instead),
        mock.patch("casewindow.jobs.recovery.jobs_recover", side_effect=stop_soon),
    ):
        beat = threading.Thread(target=worker._beat)
        beat.start()
        beat.join(timeout=30)
    assert not beat.is_alive()
    if running_a_job:
        assert exits == [DECLARED_DEAD]
    else:
        assert exits == [] and WorkerHeartbeat.objects.filter(worker_id="stalled").exists()
