"""`casewindow restore FILE`: a backup into an empty database and file storage."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from casewindow.operations.archive import BackupDamaged, BackupError
from casewindow.operations.services import backup_restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `casewindow backup` into the database DATABASE_URL names and "
        "the configured file storage. Checks every checksum first and changes nothing unless "
        "all of it is sound; refuses a database or storage that is not empty unless --force. "
        "Stop the web processes and workers first."
    )
    requires_system_checks: list[str] = []  # an empty database must be restorable
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", help="The backup archive")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the database and the files of the same names even if not empty",
        )

    def handle(self, *args: object, **options: object) -> None:
        try:
            summary = backup_restore(
                archive=Path(str(options["archive"])),
                force=bool(options["force"]),
                log=self.stdout.write,
            )
        except BackupDamaged as error:
            raise CommandError(
                f"Restore refused: the backup is damaged: {error}. Nothing was changed."
            ) from None
        except BackupError as error:
            raise CommandError(f"Restore refused: {error}") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {summary.table_rows} rows and {summary.files} files in "
                f"{summary.seconds:.1f} s. Next: `casewindow migrate` (if this version is newer "
                "than the backup's) and `casewindow audit_verify`."
            )
        )
