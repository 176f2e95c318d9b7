"""`{{ object|job_stuck }}`: whether the background job behind a document's text, a report
export or a publication scan is stuck (its worker died), so the page offers "Try again"."""

from typing import Any

from django import template

from casewindow.jobs.recovery import job_stuck as _job_stuck

register = template.Library()


@register.filter
def job_stuck(obj: Any) -> bool:
    from casewindow.anonymisation.models import PublicationScan
    from casewindow.evidence.models import ExtractionStatus, SourceDocument
    from casewindow.reports.models import ExportStatus, ReportExport

    if isinstance(obj, SourceDocument):
        if obj.extraction_status not in (ExtractionStatus.PENDING, ExtractionStatus.RUNNING):
            return False
        return _job_stuck("casewindow.evidence.tasks.document_extract_text", document_id=obj.pk)
    if isinstance(obj, ReportExport):
        if obj.status not in (ExportStatus.QUEUED, ExportStatus.RUNNING):
            return False
        return _job_stuck("casewindow.reports.tasks.report_export_render", export_id=obj.pk)
    if isinstance(obj, PublicationScan):
        if obj.finished:
            return False
        return _job_stuck("casewindow.anonymisation.tasks.publication_scan_run", scan_id=obj.pk)
    return False
