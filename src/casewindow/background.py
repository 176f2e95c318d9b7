"""The one shape of a file made in the background for the browser: a report export, a review
archive, an annual learning report. Its row says how far the worker has got (`progress`, `step`)
while the page polls it, then where the file is, or why it could not be made. The rows of
different apps keep their own status choices (a report export can also be "blocked"), but they
move through queued → running → done or failed in the same way, written here once.

Every write goes through `QuerySet.update()` on the row's own key, never `save()`, so a worker's
progress never overwrites what a retry or the jobs app's recovery wrote meanwhile."""

import uuid
from typing import Any, ClassVar, Self

from django.db import models
from django.utils import timezone


class FileStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Being made"
    DONE = "done", "Ready"
    FAILED = "failed", "Failed"


TRY_AGAIN = "Try again; if it fails again, tell your administrator."


class MadeInBackground(models.Model):
    """Abstract: the subclass adds `file` and `size`, which differ in their upload paths and
    limits, and may give `status` more choices than the four (keeping those four)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(max_length=10, choices=FileStatus.choices, default=FileStatus.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    step = models.CharField(max_length=200, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    file: Any
    # The statuses after which the worker has nothing left to do.
    FINISHED: ClassVar[tuple[str, ...]] = (FileStatus.DONE, FileStatus.FAILED)

    class Meta:
        abstract = True
        ordering = ["-created_at", "-pk"]

    @property
    def finished(self) -> bool:
        return self.status in self.FINISHED

    def write(self, **fields: Any) -> None:
        """Store these fields on the row at once (see the module's note)."""
        type(self)._default_manager.filter(pk=self.pk).update(**fields)

    def start(self, step: str, *, progress: int = 5) -> None:
        self.write(status=FileStatus.RUNNING, progress=progress, step=step[:200], error="")

    def reach(self, percent: int, step: str) -> None:
        """Progress on the way; 100 is kept for the finished file."""
        self.write(progress=min(percent, 99), step=step[:200])

    def fail(self, what: str, error: BaseException) -> str:
        """Record a failure the page shows: what could not be made, and the error's kind and
        words (never a traceback)."""
        self.write(
            status=FileStatus.FAILED,
            step="Failed",
            error=f"{what} could not be made ({type(error).__name__}: {str(error)[:300]}). "
            + TRY_AGAIN,
            finished_at=timezone.now(),
        )
        return FileStatus.FAILED

    def done(self, *, size: int, **more: Any) -> str:
        """The file is saved (`self.file`, not yet written to the row): the row says so."""
        self.write(
            status=FileStatus.DONE,
            progress=100,
            step="Ready",
            file=self.file.name,
            size=size,
            finished_at=timezone.now(),
            **more,
        )
        return FileStatus.DONE

    @classmethod
    def _unfinished(cls, pk: int) -> "models.QuerySet[Self]":
        waiting_or_running = [FileStatus.QUEUED, FileStatus.RUNNING]
        return cls._default_manager.filter(pk=pk, status__in=waiting_or_running)

    @classmethod
    def requeued(cls, pk: int) -> None:
        """Its worker died and the job is run again (the jobs app's recovery)."""
        cls._unfinished(pk).update(
            status=FileStatus.QUEUED,
            progress=0,
            step="Waiting to start again (the worker making it stopped)",
        )

    @classmethod
    def given_up(cls, pk: int, message: str) -> None:
        """Its worker died and the job is given up: never left "running"."""
        cls._unfinished(pk).update(
            status=FileStatus.FAILED, step="Failed", error=message, finished_at=timezone.now()
        )
