"""`casewindow worker`: runs background tasks (text extraction, imports, rendering) from the
database queue. The same as django-tasks-db's `db_worker`, under the project's own name."""

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand


class Command(DatabaseWorkerCommand):
    help = "Run Casewindow's background task worker (text extraction, imports, report rendering)."
