"""`casewindow backup -o FILE`: the database and every uploaded file in one archive."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from casewindow.operations.archive import BackupError
from casewindow.operations.services import backup_create


class Command(BaseCommand):
    help = (
        "Back up the database and every uploaded file into one archive with a manifest of "
        "SHA-256 checksums. Safe while Casewindow runs. Keep the archive as safe as the data: "
        "it holds everything."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("-o", "--output", required=True, help="The archive to write (new)")

    def handle(self, *args: object, **options: object) -> None:
        try:
            summary = backup_create(output=Path(str(options["output"])), log=self.stdout.write)
        except BackupError as error:
            raise CommandError(f"Backup failed: {error}") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {summary.table_rows} rows and {summary.files} files "
                f"({summary.file_bytes / 1e6:.1f} MB) to {summary.path}: "
                f"{summary.archive_bytes / 1e6:.1f} MB in {summary.seconds:.1f} s"
            )
        )
