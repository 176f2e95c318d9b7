""" "Try again" for a job that failed or is stuck (its worker died): the stale run is given up
first, so recovery can never queue it beside the new one, then the job is asked for again.
Each request is audit-logged with who asked."""

from typing import Any

from django.db import transaction

from casewindow.accounts.actors import Actor
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.jobs.recovery import job_abandon
from casewindow.jobs.selectors import EXPORT_TASK, EXTRACTION_TASK, job_stuck


class NotRetryable(ValueError):
    """The job is neither failed nor stuck: it is still running or has finished."""


def export_retryable(export: Any) -> bool:
    from casewindow.reports.models import ExportStatus

    if export.status == ExportStatus.FAILED:
        return True
    if export.status in (ExportStatus.QUEUED, ExportStatus.RUNNING):
        return job_stuck(EXPORT_TASK, export_id=export.pk)
    return False


@transaction.atomic
def export_retry(*, actor: Actor, export: Any) -> Any:
    """Make a failed or stuck export again, from the same content it was asked for with."""
    from casewindow.reports.models import ExportStatus, ReportExport
    from casewindow.reports.services import _enqueue

    export = ReportExport.objects.select_for_update().get(pk=export.pk)
    if not export_retryable(export):
        raise NotRetryable("This file is being made or has been made.")
    job_abandon(EXPORT_TASK, export_id=export.pk)
    ReportExport.objects.filter(pk=export.pk).update(
        status=ExportStatus.QUEUED,
        progress=0,
        step="Waiting to start",
        error="",
        finished_at=None,
    )
    audit_record(
        actor=actor,
        action=AuditAction.EXPORT,
        summary=f"Asked for the report ({export.label}) as {export.format.upper()} again",
        review=export.review,
        obj=export,
        changes={"format": export.format, "label": export.label, "retry": True},
    )
    transaction.on_commit(lambda: _enqueue(export.pk))
    export.refresh_from_db()
    return export


def extraction_abandon(document: Any) -> None:
    """Before a document's text is read again: give up a stale run of the last reading."""
    job_abandon(EXTRACTION_TASK, document_id=document.pk)
