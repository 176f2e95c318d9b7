"""`casewindow export_review REF -o review.zip`: the whole review in one archive."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from casewindow.interchange.anonymised import review_export_anonymised
from casewindow.interchange.exporting import ExportError, review_export
from casewindow.reviews.models import Review


class Command(BaseCommand):
    help = (
        "Export a whole review (every table, the audit log and every uploaded file) into one "
        "zip: review.json following the versioned schema of docs/interchange.md, and the files "
        "beside it by SHA-256. Keep the archive as safe as the review: it holds everything."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("reference", help="The review's reference, e.g. CSPR-2024-01")
        parser.add_argument("-o", "--output", required=True, help="The archive to write (new)")
        parser.add_argument(
            "--anonymised",
            action="store_true",
            help="Write only what may be pooled (labelled findings, episode summaries, factors, "
            "recommendations) for another partnership's learning repository: no evidence, "
            "no names, no members, no audit log",
        )

    def handle(self, *args: object, **options: object) -> None:
        reference = str(options["reference"])
        review = Review.objects.filter(reference=reference).first()
        if review is None:
            raise CommandError(f"No review has the reference {reference!r}.")
        try:
            export = review_export_anonymised if options.get("anonymised") else review_export
            summary = export(actor=None, review=review, output=Path(str(options["output"])))
        except ExportError as error:
            raise CommandError(f"Export failed: {error}") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Exported {review.reference}: {summary.rows} rows in {summary.tables} tables "
                f"and {summary.files} files to {summary.path}"
            )
        )
