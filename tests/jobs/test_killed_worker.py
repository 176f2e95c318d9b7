"""Real `casewindow worker` processes: a worker killed with SIGKILL mid-job has its job taken up
again by another worker once the stale limit passes (never while the first was alive), a second
kill past the attempt limit leaves it failed (never "running"), and two workers sharing a queue
run each job exactly once.

On PostgreSQL the workers use the test database (so this test runs without a transaction
around it). On SQLite the test database lives in this process's memory, which the workers
cannot reach: they share a migrated database file instead, which the test reads with sqlite3
(one writer at a time: WAL and IMMEDIATE transactions, as settings.py configures SQLite)."""

import datetime
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django_tasks_db.models import DBTaskResult, get_date_max

from casewindow.jobs.models import WorkerHeartbeat
from casewindow.jobs.recovery import WORKER_LOST

pytestmark = pytest.mark.django_db(transaction=True)

REPOSITORY = Path(settings.BASE_DIR)
HEARTBEAT, STALE = 1, 5  # seconds: the workers' settings (STALE leaves room for a busy machine)
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


@dataclass
class Job:
    status: str
    worker_ids: list[str]
    exception_class_path: str
    traceback: str
    finished: bool


class Queue:
    """The job table the workers share, seen from the test: through the ORM (PostgreSQL: the
    test database), or through sqlite3 (SQLite: a database file of the test's own)."""

    def __init__(self, database_url: str, sqlite_file: Path | None) -> None:
        self.database_url, self.sqlite_file = database_url, sqlite_file

    def _sql(self, query: str, *params: object) -> list[tuple]:
        with sqlite3.connect(self.sqlite_file, timeout=30) as db:
            return db.execute(query, params).fetchall()

    def enqueue(self, task: str, **kwargs: object) -> str:
        path, arguments = f"tests.jobs.tasks.{task}", {"args": [], "kwargs": kwargs}
        if self.sqlite_file is None:
            return str(
                DBTaskResult.objects.create(
                    task_path=path,
                    args_kwargs=arguments,
                    backend_name="default",
                    run_after=get_date_max(),
                ).pk
            )
        key = uuid.uuid4()
        now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        self._sql(
            "INSERT INTO django_tasks_database_dbtaskresult (id, args_kwargs, priority, "
            "task_path, queue_name, backend_name, run_after, enqueued_at, return_value, "
            "exception_class_path, traceback, worker_ids, status) "
            "VALUES (?, ?, 0, ?, 'default', 'default', '9999-01-01 00:00:00', ?, 'null', '', '', "
            "'[]', 'READY')",
            key.hex, json.dumps(arguments), path, now,
        )  # fmt: skip
        return str(key)

    def job(self, key: str) -> Job:
        if self.sqlite_file is None:
            row = DBTaskResult.objects.get(pk=key)
            return Job(
                row.status,
                row.worker_ids,
                row.exception_class_path,
                row.traceback,
                row.finished_at is not None,
            )
        ((status, workers, exception, trace, finished),) = self._sql(
            "SELECT status, worker_ids, exception_class_path, traceback, finished_at "
            "FROM django_tasks_database_dbtaskresult WHERE id = ?",
            uuid.UUID(key).hex,
        )
        return Job(status, json.loads(workers), exception, trace, finished is not None)

    def count(self, status: str) -> int:
        if self.sqlite_file is None:
            return DBTaskResult.objects.filter(status=status).count()
        query = "SELECT COUNT(*) FROM django_tasks_database_dbtaskresult WHERE status = ?"
        return self._sql(query, status)[0][0]

    def beating(self, worker_id: str) -> bool:
        if self.sqlite_file is None:
            return WorkerHeartbeat.objects.filter(worker_id=worker_id).exists()
        query = "SELECT COUNT(*) FROM jobs_workerheartbeat WHERE worker_id = ?"
        return bool(self._sql(query, worker_id)[0][0])


def _environment(tmp_path: Path, database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "casewindow.settings",
        "PYTHONPATH": str(REPOSITORY),
        "DATABASE_URL": database_url,
        "SECRET_KEY": "killed-worker-tests-" + "x" * 40,
        "CASEWINDOW_VAR_DIR": str(tmp_path / "var"),
        "CASEWINDOW_JOB_HEARTBEAT_SECONDS": str(HEARTBEAT),
        "CASEWINDOW_JOB_STALE_SECONDS": str(STALE),
        "ANONYMISATION_PRELOAD": "false",
    }


@pytest.fixture(scope="module")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """A migrated SQLite database file, made once (about ten seconds) and copied per test."""
    if connection.vendor == "postgresql":
        return None
    folder = tmp_path_factory.mktemp("workers-db")
    database = folder / "template.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "casewindow.cli", "migrate", "--verbosity", "0"],
        cwd=REPOSITORY,
        env=_environment(folder, f"sqlite:///{database}"),
        check=True,
        timeout=300,
    )
    return database


@pytest.fixture
def queue(migrated_sqlite: Path | None, tmp_path: Path) -> Queue:
    if migrated_sqlite is None:
        db = connection.settings_dict
        password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
        host = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
        return Queue(f"postgres://{db['USER']}{password}@{host}/{db['NAME']}", None)
    database = tmp_path / "workers.sqlite3"
    shutil.copyfile(migrated_sqlite, database)
    return Queue(f"sqlite:///{database}", database)


@pytest.fixture
def start_worker(queue: Queue, tmp_path: Path) -> Iterator[Callable[..., subprocess.Popen]]:
    started: list[subprocess.Popen] = []

    def start(worker_id: str, *, attempts: int = 2, batch: bool = False) -> subprocess.Popen:
        env = {
            **_environment(tmp_path, queue.database_url),
            "CASEWINDOW_JOB_MAX_ATTEMPTS": str(attempts),
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
    queue: Queue, start_worker, tmp_path: Path
) -> None:
    starts, ends = tmp_path / "starts.log", tmp_path / "ends.log"
    first = queue.enqueue("block_until_released", folder=str(tmp_path), name="first")

    a = start_worker("worker-a")
    wait_for(lambda: len(lines(starts)) == 1, "worker A to start the job")
    b = start_worker("worker-b")
    wait_for(lambda: queue.beating("worker-b"), "worker B to start")
    time.sleep(STALE + HEARTBEAT)  # B beats and recovers meanwhile, but A is alive
    assert len(lines(starts)) == 1, "B took a job A was running"

    killed_a = kill_hard(a)
    wait_for(lambda: len(lines(starts)) == 2, "worker B to take the job up again")
    (_, pid_a, _), (_, pid_b, started_again) = lines(starts)
    assert (int(pid_a), int(pid_b)) == (a.pid, b.pid)
    assert float(started_again) >= killed_a + STALE - HEARTBEAT  # only once A was dead and stale
    print(f"taken up again {float(started_again) - killed_a:.1f} s after the kill")
    job = queue.job(first)
    assert job.status == "RUNNING" and job.worker_ids == ["worker-a", "worker-b"]

    (tmp_path / "release-first").touch()
    wait_for(lambda: queue.job(first).status == "SUCCESSFUL", "the job run again to finish")
    assert lines(ends) == [["first", str(b.pid)]]

    # A second job: B takes it and is killed; C allows one run only, so it fails the job.
    second = queue.enqueue("block_until_released", folder=str(tmp_path), name="second")
    wait_for(lambda: len(lines(starts)) == 3, "worker B to start the second job")
    kill_hard(b)
    c = start_worker("worker-c", attempts=1)
    wait_for(lambda: queue.job(second).status == "FAILED", "worker C to fail the dead one's job")
    job = queue.job(second)
    assert job.exception_class_path == WORKER_LOST and job.finished
    assert "Try again" in job.traceback
    assert len(lines(starts)) == 3  # not run again
    assert queue.count("RUNNING") == 0
    assert c.poll() is None  # C carries on working
    c.send_signal(signal.SIGTERM)
    assert c.wait(timeout=WAIT) == 0
    assert not queue.beating("worker-c")  # it left tidily


def test_two_workers_run_each_job_exactly_once(queue: Queue, start_worker, tmp_path: Path) -> None:
    for n in range(40):
        queue.enqueue("note_run", folder=str(tmp_path), number=n)
    one, two = start_worker("one", batch=True), start_worker("two", batch=True)
    assert one.wait(timeout=WAIT) == 0 and two.wait(timeout=WAIT) == 0
    runs = lines(tmp_path / "runs.log")
    assert sorted(int(number) for number, _ in runs) == list(range(40))  # each once
    assert {int(pid) for _, pid in runs} <= {one.pid, two.pid}
    assert queue.count("SUCCESSFUL") == 40
