"""Background work for archives, run by the tasks worker (`casewindow worker`; at once, in
process, under tests)."""

from django_tasks import task

from casewindow.interchange import services


@task()
def review_archive_make(archive_id: int) -> str:
    """Make a review archive (whole or anonymised); the archive page shows the progress."""
    return services.archive_make(archive_id=archive_id)
