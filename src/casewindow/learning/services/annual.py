"""The annual learning report made in the background: asked for on the page (with the reviews
its maker may read, decided by `accounts/access.py`), laid out by the worker, downloaded by its
maker. Making it is recorded in the audit log of every review it read; downloading it in the
log of none (it holds no more than that)."""

from collections.abc import Sequence

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify

from casewindow.accounts.models import Partnership, User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record, audit_record_many
from casewindow.background import FileStatus
from casewindow.learning.annual_rendering import render_annual_docx, render_annual_pdf
from casewindow.learning.models import AnnualReportFile
from casewindow.learning.selectors.annual import annual_learning_report
from casewindow.reviews.models import Review

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def annual_file_request(
    *,
    actor: User,
    partnership: Partnership,
    reviews: Sequence[Review],
    year: int,
    file_format: str,
) -> AnnualReportFile:
    """Ask for the report of `year` from the learning of `reviews` (those `actor` may read:
    the caller asked `accounts/access.py`); it is made in the background."""
    if file_format not in CONTENT_TYPES:
        raise ValueError(f"No such kind of file: {file_format!r}")
    made = AnnualReportFile.objects.create(
        partnership=partnership,
        requested_by=actor,
        year=year,
        file_format=file_format,
        review_ids=sorted(review.pk for review in reviews),
        step="Waiting to start",
    )
    transaction.on_commit(lambda: _enqueue(made.pk))
    return made


def _enqueue(file_id: int) -> None:
    from casewindow.learning.tasks import annual_report_make

    annual_report_make.enqueue(file_id=file_id)


def annual_file_make(*, file_id: int) -> str:
    """Lay out one annual report. A failure is kept on it with a message the page shows; it is
    never left "being made", and no half-written file is kept."""
    made = AnnualReportFile.objects.select_related("partnership", "requested_by").get(pk=file_id)
    if made.status == FileStatus.DONE:
        return made.status
    made.start("Reading the reviews")
    try:
        reviews = list(Review.objects.filter(pk__in=made.review_ids, partnership=made.partnership))
        report = annual_learning_report(
            partnership=made.partnership, reviews=reviews, year=made.year
        )
        made.reach(40, f"Laying out the {made.file_format.upper()}")
        render = render_annual_docx if made.file_format == "docx" else render_annual_pdf
        data = render(report)
        made.reach(95, "Saving the file")
        made.file.save(annual_file_name(made), ContentFile(data), save=False)
    except Exception as error:  # any failure must reach the page, not vanish
        return made.fail("The report", error)
    read = {review.reference for review in report.local}
    with transaction.atomic():
        made.done(size=len(data), reviews_read=len(read))
        audit_record_many(
            actor=made.requested_by,
            action=AuditAction.VIEW,
            summaries=[
                (
                    review,
                    "Saw the review's published learning on the partnership's "
                    f"annual learning report {made.year}",
                )
                for review in reviews
                if review.reference in read
            ],
        )
        audit_record(
            actor=made.requested_by,
            action=AuditAction.EXPORT,
            summary=f"Made the annual learning report {made.year} of {made.partnership.name} "
            f"({made.file_format.upper()}, {len(report.local)} reviews, {len(report.national)} "
            "national or neighbouring)",
        )
    return FileStatus.DONE


def annual_file_name(made: AnnualReportFile) -> str:
    return f"{slugify(made.partnership.name)}-annual-learning-report-{made.year}.{made.file_format}"


def annual_file_record_download(*, actor: User, made: AnnualReportFile) -> None:
    audit_record(
        actor=actor,
        action=AuditAction.DOWNLOAD,
        summary=f"Downloaded the annual learning report {made.year} of {made.partnership.name} "
        f"({made.file_format.upper()})",
        obj=made,
    )
