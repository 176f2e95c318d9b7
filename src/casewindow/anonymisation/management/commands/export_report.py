"""casewindow export_report REF --format docx|pdf|html [--draft N] [--publication] -o FILE

Writes a review's report — the working copy, or draft N's frozen content — as a file, through
the same export as the exports page: it is recorded (and audit-logged, as done from the command
line) among the review's exports and rendered the same way. --publication writes the
publication version: only when the publication check has every candidate decided, and only if
the finished file passes the final read-back check; otherwise a clear error, exit status 1 and
no file. (The command lives in the anonymisation app because the publication version is made
here; the working copy and drafts come from reports and drafts.)"""

import os
import tempfile
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from casewindow.anonymisation.scans import WORKING_REPORT, UnknownSource, content_for
from casewindow.anonymisation.services import publication_export
from casewindow.reports.hooks import PublicationBlocked
from casewindow.reports.models import ExportFormat, ExportStatus, ReportExport
from casewindow.reports.services import report_export_render, request_export
from casewindow.reviews.models import Review


class Command(BaseCommand):
    help = "Write a review's report (working copy, a draft or the publication version) as a file."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("reference", help="the review's reference, e.g. NSCP-2025-03")
        parser.add_argument("--format", required=True, choices=ExportFormat.values)
        parser.add_argument("--draft", type=int, help="a draft's number (default: working copy)")
        parser.add_argument(
            "--publication", action="store_true", help="the anonymised publication version"
        )
        parser.add_argument("-o", "--output", required=True, help="the file to write")

    def handle(self, *args: Any, **options: Any) -> None:
        review = Review.objects.filter(reference=options["reference"].upper()).first()
        if review is None:
            raise CommandError(f"No review with reference {options['reference']!r}")
        output = Path(options["output"])
        if not output.parent.is_dir():
            raise CommandError(f"The folder {output.parent} does not exist")
        source = f"draft-{options['draft']}" if options["draft"] else WORKING_REPORT
        fmt = options["format"]
        try:
            export = self._request(review, source, fmt, publication=options["publication"])
        except UnknownSource:
            raise CommandError(f"{review.reference} has no draft {options['draft']}") from None
        except PublicationBlocked as blocked:
            raise CommandError(
                f"No publication version: {blocked}. Decide them on the publication check page."
            ) from None
        report_export_render(export_id=export.pk)
        export.refresh_from_db()
        if export.status != ExportStatus.DONE:
            raise CommandError(export.error or f"The export ended {export.get_status_display()}")
        self._write(output, export)
        self.stdout.write(f"Wrote {export.label} of {review.reference} to {output}")

    def _request(self, review: Review, source: str, fmt: str, *, publication: bool) -> Any:
        if publication:
            return publication_export(review=review, user=None, fmt=fmt, source=source)
        content = content_for(review, source)
        label = "Working copy" if source == WORKING_REPORT else f"Draft {source.split('-')[1]}"
        return request_export(review=review, user=None, content=content, fmt=fmt, label=label)

    def _write(self, output: Path, export: ReportExport) -> None:
        """Whole or not at all: written beside the target, then moved over it."""
        handle, temporary = tempfile.mkstemp(dir=output.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out, export.file.open("rb") as source:
                out.write(source.read())
            os.replace(temporary, output)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
