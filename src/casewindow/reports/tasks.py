"""Background work for reports, run by the tasks worker (`casewindow worker`; at once, in
process, under tests)."""

from django_tasks import task

from casewindow.reports import services


@task()
def report_export_render(export_id: int) -> str:
    """Render a report export (DOCX, PDF or HTML); the exports page shows the progress."""
    return services.report_export_render(export_id=export_id)
