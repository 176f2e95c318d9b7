"""What each background task is, for recovery: whether it is safe to run again after its worker
died part-way (each of Casewindow's tasks is: it replaces what it writes, in one transaction, or
its progress row says where it stands), and how its app's progress row follows when the job is
queued again or given up (never left "running")."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

Arguments = dict[str, Any]


@dataclass(frozen=True)
class JobKind:
    what: str  # "reading the text of a document": completes "the worker stopped while …"
    requeued: Callable[[Arguments], None]
    failed: Callable[[Arguments, str], None]
    rerun_safe: bool = True


def _document_requeued(arguments: Arguments) -> None:
    from casewindow.evidence.models import ExtractionStatus, SourceDocument

    SourceDocument.objects.filter(
        pk=arguments["document_id"],
        extraction_status__in=[ExtractionStatus.RUNNING, ExtractionStatus.PENDING],
    ).update(extraction_status=ExtractionStatus.PENDING, extraction_progress=0, extraction_error="")


def _document_failed(arguments: Arguments, message: str) -> None:
    from casewindow.evidence.models import ExtractionStatus, SourceDocument

    SourceDocument.objects.filter(
        pk=arguments["document_id"],
        extraction_status__in=[ExtractionStatus.RUNNING, ExtractionStatus.PENDING],
    ).update(
        extraction_status=ExtractionStatus.FAILED, extraction_progress=0, extraction_error=message
    )


def _export_requeued(arguments: Arguments) -> None:
    from casewindow.reports.models import ReportExport

    ReportExport.requeued(arguments["export_id"])


def _export_failed(arguments: Arguments, message: str) -> None:
    from casewindow.reports.models import ReportExport

    ReportExport.given_up(arguments["export_id"], message)


def _scan_requeued(arguments: Arguments) -> None:
    from casewindow.anonymisation.models import PublicationScan, ScanStatus

    PublicationScan.objects.filter(
        pk=arguments["scan_id"], status__in=[ScanStatus.RUNNING, ScanStatus.QUEUED]
    ).update(status=ScanStatus.QUEUED, started_at=None)


def _scan_failed(arguments: Arguments, message: str) -> None:
    from casewindow.anonymisation.models import PublicationScan, ScanStatus

    PublicationScan.objects.filter(
        pk=arguments["scan_id"], status__in=[ScanStatus.RUNNING, ScanStatus.QUEUED]
    ).update(status=ScanStatus.FAILED, finished_at=timezone.now(), error=message)


def _nothing(arguments: Arguments, message: str = "") -> None:
    """Tagging people has no progress row: its links are added with ignore_conflicts, so a
    second run adds only what the first did not."""


KINDS: dict[str, JobKind] = {
    "casewindow.evidence.tasks.document_extract_text": JobKind(
        "reading the text of this document", _document_requeued, _document_failed
    ),
    "casewindow.reports.tasks.report_export_render": JobKind(
        "making this file", _export_requeued, _export_failed
    ),
    "casewindow.anonymisation.tasks.publication_scan_run": JobKind(
        "checking the report for personal data", _scan_requeued, _scan_failed
    ),
    "casewindow.evidence.tasks.chronology_entries_tag_people": JobKind(
        "linking chronology entries to people", _nothing, _nothing
    ),
}
# Any other task (one added later, before it is listed here) is not run again automatically:
# it is marked failed, which is always safe.
UNKNOWN = JobKind("running a background task", _nothing, _nothing, rerun_safe=False)


def kind_of(task_path: str) -> JobKind:
    return KINDS.get(task_path, UNKNOWN)


def arguments_of(args_kwargs: dict[str, Any], task_path: str) -> Arguments:
    """The task's arguments by name (positional ones named from the task's signature)."""
    arguments = dict(args_kwargs.get("kwargs") or {})
    positional = args_kwargs.get("args") or []
    if positional:
        import inspect

        from django.utils.module_loading import import_string

        try:
            names = list(inspect.signature(import_string(task_path).func).parameters)
        except (ImportError, AttributeError, ValueError):
            names = []
        arguments.update(zip(names, positional, strict=False))
    return arguments


def failure_message(kind: JobKind) -> str:
    return f"The background worker stopped while {kind.what}. Try again."
