"""Background work for evidence, run by the tasks worker (`casewindow worker`; at once, in
process, under tests). Each task is a thin wrapper around a service."""

from django_tasks import task

from casewindow.evidence.services import chronology_import, documents


@task()
def document_extract_text(document_id: int) -> str:
    """Read an uploaded document's text page by page; the document page shows the progress."""
    return documents.document_extract_text(document_id=document_id)


@task()
def chronology_entries_tag_people(import_id: int) -> int:
    """Link an imported chronology's entries to the people named in them."""
    return chronology_import.chronology_entries_tag_people(import_id=import_id)
