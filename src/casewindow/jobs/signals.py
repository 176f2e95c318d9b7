"""A job that ends failed without its service recording why (the worker was told to stop
mid-job, say: SystemExit is not an Exception the services catch) must not leave its progress row
"running": the row is marked failed with "Try again"."""

from typing import Any

from django.dispatch import receiver
from django_tasks.signals import task_finished

from casewindow.jobs.kinds import arguments_of, failure_message, kind_of


@receiver(task_finished)
def progress_row_follows_a_failed_job(sender: Any, task_result: Any, **kwargs: Any) -> None:
    if task_result.status != "FAILED":
        return
    path = task_result.task.module_path
    kind = kind_of(path)
    arguments = arguments_of({"args": task_result.args, "kwargs": task_result.kwargs}, path)
    kind.failed(arguments, failure_message(kind))
