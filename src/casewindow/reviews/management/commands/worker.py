"""`casewindow worker`: runs background tasks (text extraction, imports, rendering) from the
database queue. The same as django-tasks-db's `db_worker`, under the project's own name."""

from django.apps import apps
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
        super().handle(*args, **options)
