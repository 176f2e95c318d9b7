"""`casewindow import_review review.zip [--reference NEW]`: restore an exported review."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from casewindow.interchange.importing import ReviewImportError, review_import


class Command(BaseCommand):
    help = (
        "Import a review archive written by `casewindow export_review` as a new review. The "
        "archive is checked whole (schema version, schema, every file's checksum) before "
        "anything is written, and the import is one transaction. Accounts are matched by "
        "e-mail or created without a password; no invitation is sent."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", help="The archive (.zip) to import")
        parser.add_argument(
            "--reference", help="Give the imported review this reference instead of its own"
        )

    def handle(self, *args: object, **options: object) -> None:
        reference = options.get("reference")
        try:
            summary = review_import(
                actor=None,
                path=Path(str(options["archive"])),
                reference=str(reference) if reference else None,
            )
        except ReviewImportError as error:
            raise CommandError(f"Import failed, nothing was written: {error}") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {summary.review.reference}: {summary.rows} rows and {summary.files} "
                f"files; {summary.users_created} accounts created (no invitations sent)"
            )
        )
