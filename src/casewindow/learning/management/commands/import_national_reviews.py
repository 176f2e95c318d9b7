"""`casewindow import_national_reviews PARTNERSHIP FILE`: add reviews from elsewhere to a
partnership's learning repository from a CSV or JSON file (docs/learning.md) or another
Casewindow's anonymised archive (`export_review --anonymised`, docs/interchange.md)."""

import uuid
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from casewindow.accounts.models import Partnership
from casewindow.learning.services.national import (
    NationalImportError,
    national_reviews_add,
    parse_national_file,
)


class Command(BaseCommand):
    help = (
        "Add national or neighbouring reviews to a partnership's learning repository from a "
        ".csv or .json file, or from an anonymised archive (.zip) written by "
        "`casewindow export_review --anonymised`. All or nothing: any problem is listed and "
        "nothing is added."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("partnership", help="The partnership's name (as shown) or its UUID")
        parser.add_argument("file", help="The .csv, .json or anonymised .zip file")

    def handle(self, *args: object, **options: object) -> None:
        wanted = str(options["partnership"])
        partnership = Partnership.objects.filter(name=wanted).first()
        if partnership is None:
            try:
                partnership = Partnership.objects.filter(uuid=uuid.UUID(wanted)).first()
            except ValueError:  # not a UUID either
                partnership = None
        if partnership is None:
            raise CommandError(f"No partnership is called {wanted!r}.")
        path = Path(str(options["file"]))
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise CommandError(f"{path} cannot be read ({error.strerror}).") from None
        try:
            data = parse_national_file(path.name, raw)
            made = national_reviews_add(
                actor=None,
                partnership=partnership,
                reviews=data,
                actor_label="console (casewindow import_national_reviews)",
            )
        except NationalImportError as error:
            raise CommandError(
                "Nothing was added:\n" + "\n".join(f"- {p}" for p in error.problems)
            ) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Added to {partnership.name}: " + ", ".join(review.reference for review in made)
            )
        )
