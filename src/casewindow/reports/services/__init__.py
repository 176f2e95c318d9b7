"""Changes to the report: the reviewers' free-text sections (optimistic locking, audit) and
exports (rendered in the background; every request and download audit-logged with who and which
export)."""

from collections.abc import Callable
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from casewindow.accounts.models import User
from casewindow.analysis.services.editing import EditConflict
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record, field_changes
from casewindow.reports.content import ReportContent
from casewindow.reports.models import ExportFormat, ExportStatus, ReportExport, ReportSection
from casewindow.reports.sections import FREE_TEXT
from casewindow.reviews.models import Review

CONTENT_TYPES = {
    ExportFormat.DOCX: ("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ExportFormat.PDF: "application/pdf",
    ExportFormat.HTML: "text/html; charset=utf-8",
}


def report_section_for(*, review: Review, key: str) -> ReportSection:
    """The free-text section (unsaved and empty if nobody has written it yet)."""
    if key not in FREE_TEXT:
        raise KeyError(key)
    return ReportSection.objects.filter(review=review, key=key).first() or ReportSection(
        review=review, key=key, version=0
    )


@transaction.atomic
def report_section_save(
    *, actor: User, review: Review, key: str, body: str, expected_version: int | None
) -> ReportSection:
    """Save a free-text section. `expected_version` is the version the editor opened (0 for a
    section not yet written); EditConflict if someone saved in between."""
    if key not in FREE_TEXT:
        raise KeyError(key)
    section, _created = ReportSection.objects.select_for_update().get_or_create(
        review=review, key=key, defaults={"version": 0}
    )
    if expected_version is not None and section.version != expected_version:
        raise EditConflict(section, version=section.version, saved_at=section.updated_at)
    before = {"body": section.body}
    section.body = body
    section.version += 1
    section.updated_by = actor if getattr(actor, "is_authenticated", False) else None
    section.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE if section.version > 1 else AuditAction.CREATE,
        summary=f"Changed the report section “{FREE_TEXT[key].title}”",
        review=review,
        obj=section,
        changes=field_changes(before, {"body": body}),
    )
    return section


def request_export(
    *,
    review: Review,
    user: Any,
    content: ReportContent,
    fmt: str,
    label: str,
    publication: bool = False,
) -> ReportExport:
    """Ask for the report (`content`: a working copy, draft or publication version) as a file;
    it is rendered in the background, and the exports page shows its progress. A `publication`
    export must be given anonymised content (see anonymisation.services.publication_export):
    its rendered file is checked once more before anyone may download it."""
    if fmt not in ExportFormat.values:
        raise ValueError(f"Unknown format {fmt}")
    export = ReportExport.objects.create(
        review=review,
        requested_by=user if getattr(user, "is_authenticated", False) else None,
        format=fmt,
        label=label[:100],
        content=content.to_json(),
        step="Waiting to start",
        publication=publication,
    )
    audit_record(
        actor=user,
        action=AuditAction.EXPORT,
        summary=f"Asked for the report ({label}) as {fmt.upper()}",
        review=review,
        obj=export,
        changes={"format": fmt, "label": label, "publication": publication},
    )
    transaction.on_commit(lambda: _enqueue(export.pk))
    return export


def _enqueue(export_id: int) -> None:
    from casewindow.reports.tasks import report_export_render

    report_export_render.enqueue(export_id=export_id)


def report_export_render(*, export_id: int) -> str:
    """Render one export to its file. A failure is recorded on the export with a clear message
    (the page shows it); it never leaves the export "running"."""
    from casewindow.reports.rendering import render_docx, render_html, render_pdf

    export = ReportExport.objects.select_related("review").get(pk=export_id)
    if export.status in (ExportStatus.DONE, ExportStatus.BLOCKED):
        return export.status
    export.start("Reading the report")
    progress = export.reach
    try:
        content = ReportContent.from_json(export.content)
        if export.format == ExportFormat.DOCX:
            data = render_docx(content, progress=progress)
        elif export.format == ExportFormat.PDF:
            data = render_pdf(content, progress=progress)
        else:
            progress(50, "Writing the web page")
            data = render_html(content)
        if export.publication:
            progress(90, "Checking the file for personal data")
            if not _publication_file_clean(export, data):
                return ExportStatus.BLOCKED
        progress(95, "Saving the file")
        export.file.save(f"{export.uuid}.{export.format}", ContentFile(data), save=False)
    except Exception as error:  # any failure must reach the page, not vanish
        return export.fail(f"The {export.get_format_display()}", error)
    return export.done(size=len(data), checked_at=timezone.now() if export.publication else None)


# The read-back check of a rendered publication file: given the review, the file and its
# format, the personal data still in it as {"where", "category"} (empty when clean). The
# publication check (casewindow.anonymisation, later in the pipeline) hands it over when its app
# is ready, so reports never imports anonymisation.
PublicationFileCheck = Callable[[Any, bytes, str], list[dict[str, str]]]
_publication_file_check: list[PublicationFileCheck] = []


def publication_file_check_install(check: PublicationFileCheck) -> None:
    """Install the check every publication export's file goes through before it is kept."""
    _publication_file_check[:] = [check]


def _publication_file_clean(export: ReportExport, data: bytes) -> bool:
    """The last check of a publication version: the text read back out of the rendered file
    (with its metadata, comments and tracked changes). A hit blocks the export: the file is not
    kept, so it can never be downloaded; the export records where the hits were and their
    categories (never the text found), and the audit log says who asked for which version.
    Without an installed check the render fails: a publication file is never kept unchecked."""
    if not _publication_file_check:
        raise RuntimeError("no publication file check is installed")
    hits = _publication_file_check[0](export.review, data, export.format)
    if hits:
        categories = sorted({hit["category"] for hit in hits})
        ReportExport.objects.filter(pk=export.pk).update(
            status=ExportStatus.BLOCKED,
            progress=100,
            step="Blocked",
            blocked_hits=hits,
            error=f"The finished file still held {len(hits)} piece{'s' if len(hits) != 1 else ''}"
            f" of personal data ({', '.join(categories)}), so it was not kept and cannot be "
            "downloaded. Check the publication check's decisions, then make it again.",
            finished_at=timezone.now(),
        )
        audit_record(
            actor=export.requested_by,
            action=AuditAction.EXPORT,
            summary=f"Publication version blocked after rendering ({export.format.upper()}): "
            f"{len(hits)} personal-data hit(s)",
            review=export.review,
            obj=export,
            changes={"export": str(export.uuid), "categories": categories, "hits": len(hits)},
        )
        return False
    return True


def export_filename(export: ReportExport) -> str:
    label = slugify(export.label) or "report"
    return f"{export.review.reference}-report-{label}.{export.format}"


def export_record_download(*, actor: User, export: ReportExport) -> None:
    audit_record(
        actor=actor,
        action=AuditAction.DOWNLOAD,
        summary=f"Downloaded the report ({export.label}) as {export.format.upper()}",
        review=export.review,
        obj=export,
        changes={"export": str(export.uuid), "label": export.label, "format": export.format},
    )
