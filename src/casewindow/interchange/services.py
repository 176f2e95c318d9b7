"""The browser's archives: the lead asks for one, a background job makes it (progress on the
archive row, as report exports do), then it is downloaded. Every step is audit-logged; who may
do it is decided by the views through `accounts/access.py` (review.manage)."""

import tempfile
from pathlib import Path
from typing import Any

from django.core.files import File
from django.db import transaction

from casewindow.accounts.actors import Actor, user_to_record
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.background import FileStatus
from casewindow.interchange.anonymised import review_export_anonymised
from casewindow.interchange.exporting import review_export
from casewindow.interchange.models import ReviewArchive
from casewindow.reviews.models import Review


def archive_request(*, actor: Actor, review: Review, anonymised: bool) -> ReviewArchive:
    """Ask for the review as an archive; it is made in the background."""
    archive = ReviewArchive.objects.create(
        review=review,
        requested_by=user_to_record(actor),
        anonymised=anonymised,
        step="Waiting to start",
    )
    audit_record(
        actor=actor,
        action=AuditAction.EXPORT,
        summary=f"Asked for {'the anonymised learning' if anonymised else 'the whole review'} "
        "as an archive",
        review=review,
        obj=archive,
        changes={"anonymised": anonymised},
    )
    transaction.on_commit(lambda: _enqueue(archive.pk))
    return archive


def _enqueue(archive_id: int) -> None:
    from casewindow.interchange.tasks import review_archive_make

    review_archive_make.enqueue(archive_id=archive_id)


def archive_make(*, archive_id: int) -> str:
    """Make one archive. A failure is recorded on it with a clear message (the page shows it);
    it is never left "running"."""
    archive = ReviewArchive.objects.select_related("review", "requested_by").get(pk=archive_id)
    if archive.status == FileStatus.DONE:
        return archive.status
    archive.start("Starting", progress=2)
    last = [-1]

    def progress(percent: int, step: str) -> None:
        if percent != last[0]:  # the export reports often; the row is written once a percent
            last[0] = percent
            archive.reach(percent, step)

    export = review_export_anonymised if archive.anonymised else review_export
    try:
        with tempfile.TemporaryDirectory(prefix="casewindow-archive-") as folder:
            output = Path(folder) / "review.zip"
            export(
                actor=archive.requested_by, review=archive.review, output=output, progress=progress
            )
            progress(97, "Saving the archive")
            with output.open("rb") as handle:
                archive.file.save(f"{archive.uuid}.zip", File(handle), save=False)
            size = output.stat().st_size
    except Exception as error:  # any failure must reach the page, not vanish
        return archive.fail("The archive", error)
    return archive.done(size=size)


def archive_filename(archive: ReviewArchive) -> str:
    kind = "anonymised-learning" if archive.anonymised else "whole-review"
    return f"{archive.review.reference}-{kind}-{archive.created_at:%Y%m%d-%H%M}.zip"


def archive_record_download(*, actor: Actor, archive: ReviewArchive) -> None:
    audit_record(
        actor=actor,
        action=AuditAction.DOWNLOAD,
        summary=f"Downloaded the {archive.kind_label.lower()} archive",
        review=archive.review,
        obj=archive,
        changes={"archive": str(archive.uuid), "anonymised": archive.anonymised},
    )


def archive_requeued(arguments: dict[str, Any]) -> None:
    """Its worker died: the job is run again, and the archive row says it waits (jobs recovery)."""
    ReviewArchive.requeued(arguments["archive_id"])


def archive_failed(arguments: dict[str, Any], message: str) -> None:
    """Its worker died and the job is given up: the archive row says so (jobs recovery)."""
    ReviewArchive.given_up(arguments["archive_id"], message)
