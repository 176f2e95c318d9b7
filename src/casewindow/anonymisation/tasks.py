"""Background work for the publication check, run by the tasks worker (`casewindow worker`; at
once, in process, under tests)."""

from django_tasks import task

from casewindow.anonymisation import scans


@task()
def publication_scan_run(scan_id: int) -> str:
    """Run the detector over a stored publication scan; the publication check page polls it."""
    return scans.scan_run(scan_id=scan_id)
