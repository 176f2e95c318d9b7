"""Finding and recovering the jobs a dead worker left "running".

django-tasks-db marks a job RUNNING when a worker claims it and never looks at it again, so a
worker killed mid-job (kill -9, out of memory, the machine restarted) leaves it running for
good. Here each worker writes a heartbeat (`WorkerHeartbeat`); a RUNNING job whose worker has
been silent for longer than `CASEWINDOW_JOB_STALE_SECONDS` is *stale*, and `jobs_recover` —
run by every worker at start and at each heartbeat — either queues it again (its kind is safe
to re-run and it has had fewer than `CASEWINDOW_JOB_MAX_ATTEMPTS` runs) or marks it failed,
and brings the app's progress row along (see `kinds`).

Two workers never run one job at once: claiming is django-tasks-db's (SELECT … FOR UPDATE SKIP
LOCKED on PostgreSQL; an exclusive transaction on SQLite), recovery takes each job under the
same lock and re-checks it, and a worker declared dead has its heartbeat row removed: if it was
only stalled, it finds the row gone at its next beat and stops at once rather than finish a job
that may have been given to another worker."""

import datetime
import logging
import os
import socket
from typing import Any

from django.conf import settings
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

from casewindow.jobs.kinds import JobKind, arguments_of, failure_message, kind_of
from casewindow.jobs.models import WorkerHeartbeat
from casewindow.jobs.selectors import job_is_stale, live_workers, stale_after

logger = logging.getLogger(__name__)

WORKER_LOST = "casewindow.jobs.recovery.WorkerLost"
REQUEUED, FAILED = "requeued", "failed"


class WorkerLost(Exception):
    """Recorded on a job given up because its worker died while running it."""


# --- heartbeats --------------------------------------------------------------------------------


def heartbeat_start(worker_id: str) -> None:
    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id,
        defaults={"seen_at": timezone.now(), "pid": os.getpid(), "hostname": socket.gethostname()},
    )


def heartbeat_beat(worker_id: str) -> bool:
    """Note the worker is alive. False if its row is gone: it was declared dead."""
    return bool(WorkerHeartbeat.objects.filter(worker_id=worker_id).update(seen_at=timezone.now()))


def heartbeat_stop(worker_id: str) -> None:
    WorkerHeartbeat.objects.filter(worker_id=worker_id).delete()


# --- stale jobs --------------------------------------------------------------------------------


def _give_up(result: DBTaskResult, kind: JobKind, now: datetime.datetime) -> None:
    message = failure_message(kind)
    result.status = TaskResultStatus.FAILED
    result.finished_at = now
    result.exception_class_path = WORKER_LOST
    result.traceback = message
    result.return_value = None
    result.save(
        update_fields=["status", "finished_at", "exception_class_path", "traceback", "return_value"]
    )
    kind.failed(arguments_of(result.args_kwargs, result.task_path), message)


def jobs_recover(*, now: datetime.datetime | None = None) -> list[tuple[str, str]]:
    """Queue again or fail every stale job; returns (job id, "requeued" or "failed") for each."""
    now = now or timezone.now()
    live = live_workers(now)
    candidates = list(
        DBTaskResult.objects.running()
        .filter(started_at__lt=now - stale_after())
        .values_list("pk", flat=True)
    )
    outcomes: list[tuple[str, str]] = []
    for pk in candidates:
        with exclusive_transaction(DBTaskResult.objects.db):
            result = DBTaskResult.objects.filter(pk=pk).select_for_update(skip_locked=True).first()
            if result is None or not job_is_stale(result, now=now, live=live):
                continue
            kind = kind_of(result.task_path)
            if kind.rerun_safe and len(result.worker_ids) < settings.CASEWINDOW_JOB_MAX_ATTEMPTS:
                result.status = TaskResultStatus.READY
                result.started_at = None
                result.save(update_fields=["status", "started_at"])
                kind.requeued(arguments_of(result.args_kwargs, result.task_path))
                outcomes.append((str(pk), REQUEUED))
            else:
                _give_up(result, kind, now)
                outcomes.append((str(pk), FAILED))
        logger.warning(
            "Background job %s (%s) was left running by a worker that stopped: %s",
            pk,
            result.task_path,
            outcomes[-1][1],
        )
    # A worker found dead stays dead: if it was only stalled, its next beat finds its row gone.
    WorkerHeartbeat.objects.filter(seen_at__lt=now - stale_after()).delete()
    return outcomes


# --- one job, for the pages' "Try again" ------------------------------------------------------


def job_abandon(task_path: str, **arguments: Any) -> None:
    """Before a job is asked for again: give up its stale runs, so recovery never re-queues
    them beside the new one."""
    now = timezone.now()
    live = live_workers(now)
    matching = DBTaskResult.objects.running().filter(task_path=task_path)
    for name, value in arguments.items():
        matching = matching.filter(**{f"args_kwargs__kwargs__{name}": value})
    for pk in matching.values_list("pk", flat=True):
        with exclusive_transaction(DBTaskResult.objects.db):
            result = DBTaskResult.objects.filter(pk=pk).select_for_update(skip_locked=True).first()
            if result is not None and job_is_stale(result, now=now, live=live):
                _give_up(result, kind_of(task_path), now)
