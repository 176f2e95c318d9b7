"""The one shape of a file made in the background (casewindow/background.py): what its row
tells the page at each step, for every kind of file that uses it."""

from typing import Any

import pytest

from casewindow.background import FileStatus, MadeInBackground
from casewindow.interchange.models import ReviewArchive
from casewindow.learning.models import AnnualReportFile
from casewindow.reports.models import ExportFormat, ExportStatus, ReportExport
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


def _rows(world: ReviewWorld) -> list[MadeInBackground]:
    review = world.review
    return [
        ReviewArchive.objects.create(review=review),
        ReportExport.objects.create(
            review=review, format=ExportFormat.DOCX, label="Working copy", content={}
        ),
        AnnualReportFile.objects.create(
            partnership=review.partnership, requested_by=world.lead, year=2025, file_format="pdf"
        ),
    ]


def _fresh(row: Any) -> Any:
    return type(row).objects.get(pk=row.pk)


def test_a_failure_reaches_the_page_with_what_failed_and_never_stays_running(
    review_world: ReviewWorld,
) -> None:
    for row in _rows(review_world):
        row.start("Reading")
        assert _fresh(row).status == FileStatus.RUNNING and not _fresh(row).finished
        row.reach(100, "Almost")  # 100 is kept for the finished file
        assert _fresh(row).progress == 99
        assert row.fail("The archive", ValueError("disk full")) == FileStatus.FAILED
        failed = _fresh(row)
        assert failed.finished and failed.finished_at is not None
        assert failed.error.startswith("The archive could not be made (ValueError: disk full).")
        assert "tell your administrator" in failed.error
        row.start("Again")  # a retry clears the old failure
        assert _fresh(row).error == ""


def test_recovery_moves_only_rows_still_waiting_or_running(review_world: ReviewWorld) -> None:
    for row in _rows(review_world):
        row.write(status=FileStatus.DONE, progress=100)
        type(row).requeued(row.pk)
        type(row).given_up(row.pk, "The worker stopped")
        assert (_fresh(row).status, _fresh(row).error) == (FileStatus.DONE, "")
        row.write(status=FileStatus.RUNNING, progress=60)
        type(row).requeued(row.pk)
        assert (_fresh(row).status, _fresh(row).progress) == (FileStatus.QUEUED, 0)
        type(row).given_up(row.pk, "The worker stopped")
        assert (_fresh(row).status, _fresh(row).error) == (FileStatus.FAILED, "The worker stopped")


def test_a_blocked_publication_export_is_finished(review_world: ReviewWorld) -> None:
    export = _rows(review_world)[1]
    export.write(status=ExportStatus.BLOCKED)
    assert _fresh(export).finished
