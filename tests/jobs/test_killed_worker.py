"""Real `casewindow worker` processes against the test database: a worker killed with SIGKILL
mid-job has its job taken up again by another worker once the stale limit passes (never while
the first was alive), a second kill past the attempt limit leaves it failed (never "running"),
and two workers sharing a queue run each job exactly once.

PostgreSQL only: the workers are separate processes and need a database they can reach (the
SQLite test database lives in this process's memory); the recovery logic itself is tested on
both databases in test_recovery.py."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

from casewindow.jobs.models import WorkerHeartbeat
from casewindow.jobs.recovery import WORKER_LOST

pytestmark = pytest.mark.django_db(transaction=True)

REPOSITORY = Path(settings.BASE_DIR)
HEARTBEAT, STALE = 1, 3  # seconds: the workers' settings in these tests
WAIT = 60  # seconds: the longest any step may take on a loaded machine before the test fails

# The worker as `casewindow worker` runs it, with the test tasks registered as safe to re-run.
_WORKER = """
import sys
import django
django.setup()
from casewindow.jobs import kinds
from tests.jobs import tasks
kinds.KINDS.update(tasks.KINDS)
from django.core.management import call_command
call_command(
    "worker", "--no-reload", "--no-startup-delay", "--interval", "0.1", "--worker-id", sys.argv[1],
    *sys.argv[2:],
)
"""


@pytest.fixture
def postgresql() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("worker processes need a database outside this process (PostgreSQL)")


@pytest.fixture
def start_worker(postgresql, tmp_path: Path) -> Iterator[Callable[..., subprocess.Popen]]:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    url = f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    started: list[subprocess.Popen] = []

    def start(worker_id: str, *, attempts: int = 2, batch: bool = False) -> subprocess.Popen:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "casewindow.settings",
            "PYTHONPATH": str(REPOSITORY),
            "DATABASE_URL": f"{url}/{db['NAME']}",
            "SECRET_KEY": "killed-worker-tests-" + "x" * 40,
            "CASEWINDOW_VAR_DIR": str(tmp_path / "var"),
            "CASEWINDOW_JOB_HEARTBEAT_SECONDS": str(HEARTBEAT),
            "CASEWINDOW_JOB_STALE_SECONDS": str(STALE),
            "CASEWINDOW_JOB_MAX_ATTEMPTS": str(attempts),
            "ANONYMISATION_PRELOAD": "false",
        }
        log = (tmp_path / f"worker-{worker_id}.log").open("w")
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and worker
            [sys.executable, "-c", _WORKER, worker_id, *(["--batch"] if batch else [])],
            cwd=REPOSITORY,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait()


def enqueue(task: str, **kwargs: object) -> DBTaskResult:
    return DBTaskResult.objects.create(
        task_path=f"tests.jobs.tasks.{task}",
        args_kwargs={"args": [], "kwargs": kwargs},
        backend_name="default",
        run_after=get_date_max(),
    )


def lines(path: Path) -> list[list[str]]:
    return [line.split() for line in path.read_text().splitlines()] if path.exists() else []


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"Waited {WAIT}s for {what}")
        time.sleep(0.1)


def kill_hard(process: subprocess.Popen) -> float:
    """SIGKILL: the worker gets no chance to tidy up. Returns when it is gone."""
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return time.time()


def test_a_job_whose_worker_is_killed_is_run_again_then_failed_never_stuck(
    start_worker, tmp_path: Path
) -> None:
    starts, ends = tmp_path / "starts.log", tmp_path / "ends.log"
    first = enqueue("block_until_released", folder=str(tmp_path), name="first")

    a = start_worker("worker-a")
    wait_for(lambda: len(lines(starts)) == 1, "worker A to start the job")
    b = start_worker("worker-b")
    wait_for(lambda: WorkerHeartbeat.objects.filter(worker_id="worker-b").exists(), "worker B")
    time.sleep(STALE + HEARTBEAT)  # B beats and recovers meanwhile, but A is alive
    assert len(lines(starts)) == 1, "B took a job A was running"

    killed_a = kill_hard(a)
    wait_for(lambda: len(lines(starts)) == 2, "worker B to take the job up again")
    (_, pid_a, _), (_, pid_b, started_again) = lines(starts)
    assert (int(pid_a), int(pid_b)) == (a.pid, b.pid)
    assert float(started_again) >= killed_a + STALE - HEARTBEAT  # only once A was dead and stale
    first.refresh_from_db()
    assert first.status == TaskResultStatus.RUNNING and first.worker_ids == ["worker-a", "worker-b"]

    (tmp_path / "release-first").touch()
    wait_for(
        lambda: DBTaskResult.objects.get(pk=first.pk).status == TaskResultStatus.SUCCESSFUL,
        "the job run again to finish",
    )
    assert lines(ends) == [["first", str(b.pid)]]

    # A second job: B takes it and is killed; C allows one run only, so it fails the job.
    second = enqueue("block_until_released", folder=str(tmp_path), name="second")
    wait_for(lambda: len(lines(starts)) == 3, "worker B to start the second job")
    kill_hard(b)
    c = start_worker("worker-c", attempts=1)
    wait_for(
        lambda: DBTaskResult.objects.get(pk=second.pk).status == TaskResultStatus.FAILED,
        "worker C to fail the job of the dead worker",
    )
    second.refresh_from_db()
    assert second.exception_class_path == WORKER_LOST and second.finished_at
    assert "Try again" in second.traceback
    assert len(lines(starts)) == 3  # not run again
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).exists()
    assert c.poll() is None  # C carries on working
    c.send_signal(signal.SIGTERM)
    assert c.wait(timeout=WAIT) == 0
    assert not WorkerHeartbeat.objects.filter(worker_id="worker-c").exists()  # left tidily


def test_two_workers_run_each_job_exactly_once(start_worker, tmp_path: Path) -> None:
    jobs = [enqueue("note_run", folder=str(tmp_path), number=n) for n in range(40)]
    one, two = start_worker("one", batch=True), start_worker("two", batch=True)
    assert one.wait(timeout=WAIT) == 0 and two.wait(timeout=WAIT) == 0
    runs = lines(tmp_path / "runs.log")
    assert sorted(int(number) for number, _ in runs) == list(range(40))  # each once
    assert {int(pid) for _, pid in runs} <= {one.pid, two.pid}
    assert (
        DBTaskResult.objects.filter(pk__in=[j.pk for j in jobs], status="SUCCESSFUL").count() == 40
    )
