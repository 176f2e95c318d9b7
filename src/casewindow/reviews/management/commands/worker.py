"""`casewindow worker`: runs background tasks (text extraction, imports, rendering) from the
database queue. django-tasks-db's `db_worker`, under the project's own name, with a heartbeat:
jobs a dead worker left running are run again or marked failed (casewindow/jobs/recovery.py)."""

from django_tasks_db.management.commands import db_worker
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand


class Command(DatabaseWorkerCommand):
    help = "Run Casewindow's background task worker (text extraction, imports, report rendering)."

    def handle(self, *args, **options) -> None:
        # Load the publication check's language model before the first scan, so the first
        # "Checking the report…" does not wait for it (web requests never load it).
        from casewindow.anonymisation.detection.engine import warm_up
        from casewindow.jobs.worker import HeartbeatWorker

        warm_up()
        # db_worker's handle builds its Worker from the module's name for it: this command
        # runs the same loop with the heartbeat and stale-job recovery added.
        db_worker.Worker = HeartbeatWorker  # type: ignore[misc]
        super().handle(*args, **options)
