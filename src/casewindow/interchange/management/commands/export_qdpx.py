"""`casewindow export_qdpx REF -o review.qdpx`: the review as a REFI-QDA project."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from casewindow.interchange.qdpx import QdpxError, qdpx_export_file
from casewindow.reviews.models import Review


class Command(BaseCommand):
    help = (
        "Export a review as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA or "
        "QualCoder: documents and conversation notes as text sources, the contributory-factor "
        "framework, key practice episodes and findings as codes, coded excerpts as coded "
        "selections with their memos, the people register as cases (docs/interchange.md). "
        "It holds evidence and real names: keep it as safe as the review."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("reference", help="The review's reference, e.g. CSPR-2024-01")
        parser.add_argument("-o", "--output", required=True, help="The .qdpx file to write (new)")

    def handle(self, *args: object, **options: object) -> None:
        reference = str(options["reference"])
        review = Review.objects.filter(reference=reference.upper()).first()
        if review is None:
            raise CommandError(f"No review has the reference {reference!r}.")
        output = Path(str(options["output"]))
        try:
            summary = qdpx_export_file(actor=None, review=review, output=output)
        except (QdpxError, OSError) as error:
            raise CommandError(f"Export failed: {error}") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Exported {review.reference} to {output}: {summary.sources} text sources, "
                f"{summary.selections} coded selections, {summary.codes} codes, "
                f"{summary.cases} cases"
            )
        )
        if summary.unplaced:
            self.stdout.write(
                f"{summary.unplaced} excerpt(s) were left out: their passage is no longer in "
                "the text of their source."
            )
