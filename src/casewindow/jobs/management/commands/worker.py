"""`casewindow worker`: runs background tasks (text extraction, imports, rendering) from the
database queue. django-tasks-db's `db_worker`, under the project's own name, with a heartbeat:
jobs a dead worker left running are run again or marked failed (casewindow/jobs/recovery.py)."""

from django.apps import apps
from django_tasks_db.management.commands import db_worker
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand


class Command(DatabaseWorkerCommand):
    help = "Run Casewindow's background task worker (text extraction, imports, report rendering)."

    def handle(self, *args, **options) -> None:
        # Each app may load what its tasks need before the first one runs (the publication
        # check's language model: see AnonymisationConfig.worker_warm_up), so the first task
        # does not wait for it; web requests never load it.
        for config in apps.get_app_configs():
            warm_up = getattr(config, "worker_warm_up", None)
            if warm_up is not None:
                warm_up()
        from casewindow.jobs.worker import HeartbeatWorker

        # db_worker's handle builds its Worker from the module's name for it: this command
        # runs the same loop with the heartbeat and stale-job recovery added.
        # (Replacing a class imported into another module: mypy refuses any class assignment.)
        db_worker.Worker = HeartbeatWorker  # type: ignore[misc]
        super().handle(*args, **options)
