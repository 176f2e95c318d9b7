"""Reads about background jobs: which workers are alive, whether a job is stale (its worker died
while running it), and whether the job behind a page's progress row is stuck."""

import datetime
from typing import Any

from django.conf import settings
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from casewindow.jobs.models import WorkerHeartbeat

EXTRACTION_TASK = "casewindow.evidence.tasks.document_extract_text"
EXPORT_TASK = "casewindow.reports.tasks.report_export_render"
SCAN_TASK = "casewindow.anonymisation.tasks.publication_scan_run"


def stale_after() -> datetime.timedelta:
    return datetime.timedelta(seconds=settings.CASEWINDOW_JOB_STALE_SECONDS)


def live_workers(now: datetime.datetime | None = None) -> set[str]:
    now = now or timezone.now()
    return set(
        WorkerHeartbeat.objects.filter(seen_at__gte=now - stale_after()).values_list(
            "worker_id", flat=True
        )
    )


def job_is_stale(
    result: DBTaskResult[Any, Any],
    *,
    now: datetime.datetime | None = None,
    live: set[str] | None = None,
) -> bool:
    """A RUNNING job whose worker has been silent (or was never heard) for the stale limit."""
    if result.status != TaskResultStatus.RUNNING:
        return False
    now = now or timezone.now()
    live = live_workers(now) if live is None else live
    worker = result.worker_ids[-1] if result.worker_ids else None
    if worker in live:
        return False
    return result.started_at is None or result.started_at < now - stale_after()


def job_latest(task_path: str, **arguments: Any) -> DBTaskResult[Any, Any] | None:
    """The newest job of this task with these keyword arguments."""
    matching = DBTaskResult.objects.filter(task_path=task_path)
    for name, value in arguments.items():
        matching = matching.filter(**{f"args_kwargs__kwargs__{name}": value})
    return matching.order_by("-enqueued_at").first()


def job_stuck(task_path: str, **arguments: Any) -> bool:
    """Whether the app's progress row, which says running or waiting, is stuck: its job is
    stale, or finished without the row hearing of it."""
    result = job_latest(task_path, **arguments)
    if result is None:
        return False
    if result.status in (TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED):
        return True
    return job_is_stale(result)


def progress_row_stuck(obj: Any) -> bool:
    """Whether a document's text, a report export or a publication scan says it is waiting or
    running while the job behind it is stuck, so its page offers "Try again"."""
    from casewindow.anonymisation.models import PublicationScan
    from casewindow.evidence.models import ExtractionStatus, SourceDocument
    from casewindow.reports.models import ExportStatus, ReportExport

    if isinstance(obj, SourceDocument):
        if obj.extraction_status not in (ExtractionStatus.PENDING, ExtractionStatus.RUNNING):
            return False
        return job_stuck(EXTRACTION_TASK, document_id=obj.pk)
    if isinstance(obj, ReportExport):
        if obj.status not in (ExportStatus.QUEUED, ExportStatus.RUNNING):
            return False
        return job_stuck(EXPORT_TASK, export_id=obj.pk)
    if isinstance(obj, PublicationScan):
        return not obj.finished and job_stuck(SCAN_TASK, scan_id=obj.pk)
    return False
