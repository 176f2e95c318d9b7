"""The worker `casewindow worker` runs: django-tasks-db's, with a heartbeat thread that also
recovers stale jobs (see `recovery`) at start and at every beat."""

import logging
import os
import threading
import time

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, connection
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from casewindow.jobs import recovery
from casewindow.jobs.kinds import arguments_of, failure_message, kind_of

logger = logging.getLogger(__name__)
# The exit status of a worker that found it had been declared dead while running a job.
DECLARED_DEAD = 75


class HeartbeatWorker(Worker):
    def run(self) -> None:
        recovery.heartbeat_start(self.worker_id)
        recovery.jobs_recover()
        self._stopping = threading.Event()
        beat = threading.Thread(target=self._beat, name="heartbeat", daemon=True)
        beat.start()
        try:
            super().run()
        finally:
            self._stopping.set()
            beat.join(timeout=5)
            recovery.heartbeat_stop(self.worker_id)

    def run_task(self, db_task_result: DBTaskResult) -> None:
        """Run the job; if it ends failed without its service recording why (SystemExit when
        the worker is told to stop mid-job is no Exception the services catch), its progress
        row is failed with "Try again" rather than left running."""
        super().run_task(db_task_result)
        if db_task_result.status == TaskResultStatus.FAILED:
            kind = kind_of(db_task_result.task_path)
            arguments = arguments_of(db_task_result.args_kwargs, db_task_result.task_path)
            kind.failed(arguments, failure_message(kind))

    def _periodic(self) -> None:
        """Each app's scheduled work (the process app's reminders: ProcessConfig.
        worker_periodic), every CASEWINDOW_REMINDER_SECONDS. Several workers may run it at once:
        each app's work must be safe for that (reminders are, by their unique key)."""
        for config in apps.get_app_configs():
            periodic = getattr(config, "worker_periodic", None)
            if periodic is not None:
                try:
                    periodic()
                except Exception:
                    logger.exception("Scheduled work of %s failed", config.label)

    def _beat(self) -> None:
        interval = settings.CASEWINDOW_JOB_HEARTBEAT_SECONDS
        every = settings.CASEWINDOW_REMINDER_SECONDS
        last_periodic = time.monotonic() - every  # due at start
        try:
            while not self._stopping.wait(interval):
                try:
                    if not recovery.heartbeat_beat(self.worker_id):
                        if self.running_task:
                            logger.error(
                                "Worker %s was declared dead while running a job; stopping so "
                                "the job is never run twice at once.",
                                self.worker_id,
                            )
                            os._exit(DECLARED_DEAD)
                        recovery.heartbeat_start(self.worker_id)
                    recovery.jobs_recover()
                except DatabaseError:
                    logger.warning("Worker heartbeat could not reach the database", exc_info=True)
                if every and time.monotonic() - last_periodic >= every:
                    last_periodic = time.monotonic()
                    self._periodic()
        finally:
            connection.close()
