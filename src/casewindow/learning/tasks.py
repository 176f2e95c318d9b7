"""Background work of the learning pages, run by the tasks worker (`casewindow worker`; at once,
in process, under tests)."""

from django_tasks import task

from casewindow.learning.services.annual import annual_file_make


@task()
def annual_report_make(file_id: int) -> str:
    """Lay out an annual learning report; the annual report page shows the progress."""
    return annual_file_make(file_id=file_id)
