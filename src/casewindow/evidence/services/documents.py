"""Writes for source documents: upload (checked by content, all-or-nothing), text extraction
(run by a background task), details and people tags, extracting again, removal, and the audit
record of a download. Each change is atomic and recorded in the audit log."""

import hashlib
import logging
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record, field_changes
from casewindow.evidence import extraction, hooks, search
from casewindow.evidence.models import (
    DocumentKind,
    DocumentPage,
    ExtractionStatus,
    SearchChunk,
    SourceDocument,
)
from casewindow.reviews.models import Agency, Person, Review

logger = logging.getLogger(__name__)

TASK_ACTOR_LABEL = "Casewindow (background text extraction)"
# Rewriting the progress on every page of a long PDF would be a write per page.
_PROGRESS_STEP = 5


class DocumentError(ValueError):
    """A request the rules refuse. `messages` are shown to the user as they are."""

    def __init__(self, messages: str | Sequence[str]) -> None:
        self.messages = [messages] if isinstance(messages, str) else list(messages)
        super().__init__("; ".join(self.messages))


@dataclass(frozen=True)
class CheckedUpload:
    """An uploaded file whose content has been checked: only `document_check_uploads` makes
    these, so `documents_upload` never stores a file that has not been checked."""

    file: UploadedFile[Any]
    filename: str
    file_type: str
    size: int
    sha256: str


def _sha256(file: UploadedFile[Any]) -> str:
    digest = hashlib.sha256()
    for chunk in file.chunks():
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


def document_check_upload(
    *, file: UploadedFile[Any], max_bytes: int | None = None
) -> CheckedUpload:
    """Check one uploaded file: its size (before reading it), that its content is what its
    name says and a supported type, and that it can be opened. Raises UnreadableFile."""
    limit = max_bytes if max_bytes is not None else settings.CASEWINDOW_MAX_UPLOAD_BYTES
    name = PurePath(file.name or "file").name
    size = file.size or 0
    file_type = extraction.identify(file, name, size, limit)
    extraction.check_readable(file, file_type, name)
    return CheckedUpload(
        file=file, filename=name, file_type=file_type, size=size, sha256=_sha256(file)
    )


def document_check_uploads(
    *, review: Review, files: Iterable[UploadedFile[Any]]
) -> list[CheckedUpload]:
    """Check every file of one upload; raise DocumentError listing every problem found, so the
    reviewer can fix them all at once. A file already in the review is refused."""
    checked: list[CheckedUpload] = []
    problems: list[str] = []
    for file in files:
        try:
            checked.append(document_check_upload(file=file))
        except extraction.UnreadableFile as problem:
            problems.append(str(problem))
    known = dict(
        SourceDocument.objects.filter(
            review=review, sha256__in=[c.sha256 for c in checked]
        ).values_list("sha256", "title")
    )
    seen: dict[str, str] = {}
    for upload in checked:
        if upload.sha256 in known:
            problems.append(
                f"{upload.filename} is already in this review, as “{known[upload.sha256]}”."
            )
        elif upload.sha256 in seen:
            problems.append(f"{upload.filename} is the same file as {seen[upload.sha256]}.")
        seen.setdefault(upload.sha256, upload.filename)
    if problems:
        raise DocumentError(problems)
    return checked


def _title_from(filename: str) -> str:
    stem = PurePath(filename).stem.replace("_", " ").strip()
    return (stem or filename)[:300]


def documents_upload(
    *,
    actor: User,
    review: Review,
    uploads: Sequence[CheckedUpload],
    kind: str,
    agency: Agency | None = None,
) -> list[SourceDocument]:
    """Store checked files as documents of the review, all or none, and queue their text
    extraction once the documents are committed."""
    if not uploads:
        raise DocumentError("Select one or more files to upload.")
    if kind not in DocumentKind.values:
        raise DocumentError("Select what kind of document this is.")
    if agency is not None and agency.review_id != review.pk:
        raise DocumentError("Select an agency of this review.")
    stored: list[str] = []
    documents: list[SourceDocument] = []
    try:
        with transaction.atomic():
            for upload in uploads:
                document = SourceDocument(
                    review=review,
                    agency=agency,
                    kind=kind,
                    title=_title_from(upload.filename),
                    original_filename=upload.filename[:300],
                    file_type=upload.file_type,
                    size=upload.size,
                    sha256=upload.sha256,
                    uploaded_by=actor if getattr(actor, "is_authenticated", False) else None,
                )
                document.file.save(upload.filename, upload.file, save=False)
                if document.file.name:
                    stored.append(document.file.name)
                document.save()
                documents.append(document)
                audit_record(
                    actor=actor,
                    action=AuditAction.CREATE,
                    summary=f"Uploaded document {upload.filename}",
                    review=review,
                    obj=document,
                    changes={
                        "file_type": [None, upload.file_type],
                        "kind": [None, kind],
                        "agency": [None, agency.name if agency else None],
                        "size": [None, upload.size],
                        "sha256": [None, upload.sha256],
                    },
                )
            transaction.on_commit(lambda: documents_extraction_enqueue([d.pk for d in documents]))
    except Exception:
        # The database rolled back; remove any file the storage already kept.
        for name in stored:
            _delete_stored_file(name)
        raise
    return documents


def documents_extraction_enqueue(document_ids: Iterable[int]) -> None:
    from casewindow.evidence.tasks import document_extract_text

    for document_id in document_ids:
        document_extract_text.enqueue(document_id=document_id)


def _delete_stored_file(name: str) -> None:
    from django.core.files.storage import default_storage

    try:
        default_storage.delete(name)
    except Exception:  # the file is unreachable either way; say so in the log
        logger.exception("Could not delete stored file %s", name)


def _set_progress(document_id: int, **values: Any) -> None:
    # Outside any transaction, so the page polling for progress sees it at once.
    SourceDocument.objects.filter(pk=document_id).update(**values)


def document_extract_text(*, document_id: int) -> str:
    """Read the stored file's text page by page, then replace the document's pages and search
    index in one transaction. Run by the background task; updates the status and progress
    the document page shows. Returns the final status."""
    document = SourceDocument.objects.select_related("review").filter(pk=document_id).first()
    if document is None:
        return "missing"
    _set_progress(
        document_id,
        extraction_status=ExtractionStatus.RUNNING,
        extraction_progress=0,
        extraction_error="",
    )
    last = [0]

    def progress(done: int, total: int) -> None:
        percent = min(99, int(done * 100 / max(total, 1)))
        if percent - last[0] >= _PROGRESS_STEP:
            last[0] = percent
            _set_progress(document_id, extraction_progress=percent)

    try:
        with (
            document.file.open("rb") as stored,
            tempfile.SpooledTemporaryFile(8 * 1024 * 1024) as copy,
        ):
            # A local, seekable copy: storages such as S3 give streams that cannot seek.
            shutil.copyfileobj(stored, copy)
            copy.seek(0)
            pages = extraction.extract_pages(
                copy, document.file_type, document.original_filename, progress
            )
    except extraction.UnreadableFile as problem:
        return _extraction_failed(document, str(problem))
    except Exception:
        logger.exception("Text extraction failed for document %s", document.uuid)
        return _extraction_failed(
            document,
            f"The text of {document.original_filename} could not be read. "
            "Try extracting it again; if that fails, save the file again and upload the new copy.",
        )
    with transaction.atomic():
        DocumentPage.objects.filter(document=document).delete()
        DocumentPage.objects.bulk_create(
            [
                DocumentPage(document=document, number=n, text=text)
                for n, text in enumerate(pages, 1)
            ],
            batch_size=500,
        )
        search.search_index_replace(
            review=document.review,
            kind="document",
            object_uuid=document.uuid,
            title=document.title,
            pages=list(enumerate(pages, 1)),
        )
        SourceDocument.objects.filter(pk=document.pk).update(
            extraction_status=ExtractionStatus.DONE,
            extraction_progress=100,
            extraction_error="",
            page_count=len(pages),
        )
        words = sum(len(text.split()) for text in pages)
        audit_record(
            actor=None,
            actor_label=TASK_ACTOR_LABEL,
            action=AuditAction.UPDATE,
            summary=f"Read the text of {document.title}: {len(pages)} page(s), {words:,} words",
            review=document.review,
            obj=document,
        )
    return ExtractionStatus.DONE


def _extraction_failed(document: SourceDocument, message: str) -> str:
    with transaction.atomic():
        _set_progress(
            document.pk,
            extraction_status=ExtractionStatus.FAILED,
            extraction_progress=0,
            extraction_error=message[:500],
        )
        audit_record(
            actor=None,
            actor_label=TASK_ACTOR_LABEL,
            action=AuditAction.UPDATE,
            summary=f"Could not read the text of {document.title}",
            review=document.review,
            obj=document,
            changes={"extraction_error": [None, message[:500]]},
        )
    return ExtractionStatus.FAILED


@transaction.atomic
def document_extract_again(*, actor: User, document: SourceDocument) -> SourceDocument:
    """Queue the document's text to be read again (after a failure, or a better reader)."""
    for step in hooks.before_extract_again:
        step(document)
    _set_progress(
        document.pk,
        extraction_status=ExtractionStatus.PENDING,
        extraction_progress=0,
        extraction_error="",
    )
    document.refresh_from_db()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Asked for the text of {document.title} to be read again",
        review=document.review,
        obj=document,
    )
    transaction.on_commit(lambda: documents_extraction_enqueue([document.pk]))
    return document


def _document_snapshot(document: SourceDocument) -> dict[str, Any]:
    return {
        "title": document.title,
        "kind": document.kind,
        "agency": document.agency.name if document.agency else None,
        "people": sorted(p.publication_label for p in document.people.all()),
    }


@transaction.atomic
def document_update(
    *,
    actor: User,
    document: SourceDocument,
    title: str,
    kind: str,
    agency: Agency | None,
    people: Iterable[Person],
) -> SourceDocument:
    """Change a document's title, kind and agency, and confirm the people it is about."""
    review = document.review
    people = list(people)
    if kind not in DocumentKind.values:
        raise DocumentError("Select what kind of document this is.")
    if agency is not None and agency.review_id != review.pk:
        raise DocumentError("Select an agency of this review.")
    if any(person.review_id != review.pk for person in people):
        raise DocumentError("Select people from this review's people register.")
    title = title.strip()[:300]
    if not title:
        raise DocumentError("Enter a title.")
    before = _document_snapshot(document)
    title_changed = title != document.title
    document.title, document.kind, document.agency = title, kind, agency
    document.save(update_fields=["title", "kind", "agency"])
    document.people.set(people)
    if title_changed:
        SearchChunk.objects.filter(
            review=review, kind="document", object_uuid=document.uuid
        ).update(title=title)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Changed document {document.title}",
        review=review,
        obj=document,
        changes=field_changes(before, _document_snapshot(document)),
    )
    return document


@transaction.atomic
def document_delete(*, actor: User, document: SourceDocument) -> None:
    """Remove a document: its pages, its search index entries and its stored file."""
    review = document.review
    name = document.file.name
    search.search_index_remove(review=review, kind="document", object_uuid=document.uuid)
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Removed document {document.title} ({document.original_filename})",
        review=review,
        obj=document,
        changes={"sha256": [document.sha256, None]},
    )
    document.delete()
    if name:
        transaction.on_commit(lambda: _delete_stored_file(name))


def document_record_download(*, actor: User, document: SourceDocument) -> None:
    """Note in the audit log that the original file was downloaded."""
    audit_record(
        actor=actor,
        action=AuditAction.DOWNLOAD,
        summary=f"Downloaded the original of {document.title} ({document.original_filename})",
        review=document.review,
        obj=document,
    )
