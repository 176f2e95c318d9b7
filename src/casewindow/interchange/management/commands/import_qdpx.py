"""`casewindow import_qdpx REF project.qdpx`: a REFI-QDA project into a review."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from casewindow.interchange.qdpx_import import QdpxImportError, qdpx_import
from casewindow.reviews.models import Review


class Command(BaseCommand):
    help = (
        "Import a REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder or "
        "Casewindow) into a review: each text source becomes a document, each coded selection "
        "an excerpt; codes named as contributory factors are mapped to them, others kept as "
        "tags in the excerpt's memo. The project is checked whole first (zip, size, the "
        "standard's schema, every source's text) and imported in one transaction."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("reference", help="The review to import into, e.g. CSPR-2024-01")
        parser.add_argument("project", help="The .qdpx file")

    def handle(self, *args: object, **options: object) -> None:
        reference = str(options["reference"])
        review = Review.objects.filter(reference=reference.upper()).first()
        if review is None:
            raise CommandError(f"No review has the reference {reference!r}.")
        path = Path(str(options["project"]))
        try:
            with path.open("rb") as handle:
                summary = qdpx_import(actor=None, review=review, fileobj=handle, label=path.name)
        except FileNotFoundError:
            raise CommandError(f"{path} does not exist.") from None
        except QdpxImportError as error:
            raise CommandError(f"Import failed, nothing was written: {error}") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {path.name} into {review.reference}: {len(summary.documents)} "
                f"documents, {summary.excerpts} coded excerpts ({summary.mapped} codes mapped "
                f"to the review's framework and analysis, {summary.tags} kept as memo tags)"
            )
        )
        if summary.skipped_sources:
            self.stdout.write(
                f"{summary.skipped_sources} source(s) that are not text (pictures, PDFs, audio, "
                "video) were left out."
            )
