"""`casewindow worker`: runs background tasks (text extraction, imports, rendering) from the
database queue. The same as django-tasks-db's `db_worker`, under the project's own name."""

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand


class Command(DatabaseWorkerCommand):
    help = "Run Casewindow's background task worker (text extraction, imports, report rendering)."

    def handle(self, *args, **options) -> None:
        # Load the publication check's language model before the first scan, so the first
        # "Checking the report…" does not wait for it (web requests never load it).
        from casewindow.anonymisation.detection.engine import warm_up

        warm_up()
        super().handle(*args, **options)
