"""How an annual report's row follows its background job when a dead worker's job is run again
or given up (the jobs app's recovery). Kept apart from `annual.py` so that registering it at
start-up loads no renderer (WeasyPrint, python-docx) into every process."""

from django.utils import timezone

from casewindow.jobs.kinds import Arguments
from casewindow.learning.models import AnnualFileStatus, AnnualReportFile

TASK = "casewindow.learning.tasks.annual_report_make"


def annual_file_requeued(arguments: Arguments) -> None:
    AnnualReportFile.objects.filter(
        pk=arguments["file_id"],
        status__in=[AnnualFileStatus.RUNNING, AnnualFileStatus.QUEUED],
    ).update(status=AnnualFileStatus.QUEUED, progress=0, step="Waiting to start again")


def annual_file_failed(arguments: Arguments, message: str) -> None:
    AnnualReportFile.objects.filter(
        pk=arguments["file_id"],
        status__in=[AnnualFileStatus.RUNNING, AnnualFileStatus.QUEUED],
    ).update(
        status=AnnualFileStatus.FAILED, step="Failed", error=message, finished_at=timezone.now()
    )
