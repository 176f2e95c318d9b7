"""Tasks for the killed-worker tests, run by real `casewindow worker` processes. They report to
files in a folder the test names, so the test can see who ran what, and when."""

import os
import time
from pathlib import Path

from django_tasks import task

from casewindow.jobs.kinds import JobKind

_POLL = 0.05


def _note(folder: Path, log: str, line: str) -> None:
    with (folder / log).open("a") as handle:  # one short write per line: whole lines
        handle.write(line + "\n")


@task()
def block_until_released(folder: str, name: str) -> str:
    """Note the start (pid, time), wait for the file `release-<name>`, note the end."""
    place = Path(folder)
    _note(place, "starts.log", f"{name} {os.getpid()} {time.time()}")
    while not (place / f"release-{name}").exists():
        time.sleep(_POLL)
    _note(place, "ends.log", f"{name} {os.getpid()}")
    return name


@task()
def note_run(folder: str, number: int) -> int:
    _note(Path(folder), "runs.log", f"{number} {os.getpid()}")
    time.sleep(0.01)
    return number


def _nothing(arguments: dict, message: str = "") -> None:
    pass


# Registered by the worker processes the tests start: both are safe to run again.
KINDS = {
    "tests.jobs.tasks.block_until_released": JobKind("waiting", _nothing, _nothing),
    "tests.jobs.tasks.note_run": JobKind("noting", _nothing, _nothing),
}
