"""The browser's chronology import, step by step: upload → preview → map columns → check →
import (the import itself is casewindow.evidence.services.chronology_import).

Between the steps the uploaded file waits in storage under a name tied to the review (never in
the session), with a small JSON note of what is known about it so far."""

import datetime as dt
import json
import logging
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import PurePath
from typing import Any, BinaryIO

from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from casewindow.accounts.actors import Actor
from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.evidence.importing import columns
from casewindow.evidence.importing.checking import (
    CheckReport,
    table_check,
)
from casewindow.evidence.importing.errors import ChronologyFileError
from casewindow.evidence.importing.readers import Row, table_open
from casewindow.evidence.importing.sniffing import FileFacts, file_sniff
from casewindow.evidence.services.chronology_import import (
    ImportOutcome,
    chronology_table_import,
    duplicate_refuse,
    max_upload_bytes,
)
from casewindow.evidence.services.chronology_mappings import (
    chronology_mapping_for,
    chronology_mapping_save,
)
from casewindow.reviews.models import Agency, Review

logger = logging.getLogger(__name__)

UPLOAD_FOLDER = "chronology-uploads"
UPLOAD_LIFETIME = dt.timedelta(days=1)
PREVIEW_ROWS = 10


@dataclass
class ChronologyUpload:
    """An uploaded chronology file waiting to be imported, and what is known about it."""

    uuid: str
    review_uuid: str
    agency_uuid: str
    uploaded_by_id: int | None
    uploaded_at: str
    original_filename: str
    file_type: str
    encoding: str
    size: int
    sha256: str
    facts_notices: list[str]
    headings: list[str]
    mapping: dict[str, str]
    mapping_confirmed: bool = False
    save_mapping: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return f"{UPLOAD_FOLDER}/{self.review_uuid}/{self.uuid}.upload"

    @property
    def state_name(self) -> str:
        return f"{UPLOAD_FOLDER}/{self.review_uuid}/{self.uuid}.json"

    @property
    def facts(self) -> FileFacts:
        return FileFacts(
            file_type=self.file_type,
            size=self.size,
            sha256=self.sha256,
            encoding=self.encoding,
            notices=list(self.facts_notices),
        )

    def agency_in(self, review: Review) -> Agency | None:
        return review.agencies.filter(uuid=self.agency_uuid).first()


def _state_write(upload: ChronologyUpload) -> None:
    from django.core.files.base import ContentFile

    if default_storage.exists(upload.state_name):
        default_storage.delete(upload.state_name)
    default_storage.save(upload.state_name, ContentFile(json.dumps(asdict(upload)).encode()))


@contextmanager
def _upload_file(upload: ChronologyUpload) -> Iterator[BinaryIO]:
    try:
        handle = default_storage.open(upload.file_name, "rb")
    except FileNotFoundError:
        raise ChronologyFileError(
            "The uploaded file is no longer here (uploads are kept for a day). Upload it again."
        ) from None
    with handle:
        # Storage gives a django File, which wraps the opened binary file (the stubs type it apart).
        yield handle  # type: ignore[misc]


def chronology_upload_get(
    *, review: Review, upload_uuid: uuid.UUID | str
) -> ChronologyUpload | None:
    """The upload waiting in this review, or None (also for another review's upload)."""
    name = f"{UPLOAD_FOLDER}/{review.uuid}/{uuid.UUID(str(upload_uuid))}.json"
    try:
        with default_storage.open(name, "rb") as handle:
            data = json.loads(handle.read())
    except (FileNotFoundError, ValueError):
        return None
    upload = ChronologyUpload(**data)
    if upload.review_uuid != str(review.uuid):
        return None
    return upload


def _uploads_tidy(review: Review) -> None:
    """Forget this review's uploads that were left unfinished for over a day."""
    folder = f"{UPLOAD_FOLDER}/{review.uuid}"
    try:
        _, names = default_storage.listdir(folder)
    except FileNotFoundError:
        return
    cutoff = timezone.now() - UPLOAD_LIFETIME
    for name in names:
        path = f"{folder}/{name}"
        try:
            if default_storage.get_modified_time(path) < cutoff:
                default_storage.delete(path)
        except (FileNotFoundError, NotImplementedError):
            continue


@dataclass
class UploadPreview:
    """The first rows of an uploaded file, as read, for the preview page."""

    location: str
    heading_row: int
    headings: list[str]
    rows: list[Row]
    notices: list[str]


def _preview(fileobj: BinaryIO, facts: FileFacts, filename: str) -> UploadPreview:
    with table_open(fileobj, facts, filename) as table:
        rows: list[Row] = []
        for row in table.rows:
            if not row.is_blank():
                rows.append(row)
            if len(rows) >= PREVIEW_ROWS:
                break
        if not rows:
            raise ChronologyFileError(
                f"“{filename}” has column headings ({', '.join(table.headings[:6])}) but no rows "
                "of entries below them."
            )
        return UploadPreview(
            location=table.location,
            heading_row=table.heading_row,
            headings=table.headings,
            rows=rows,
            notices=list(table.notices),
        )


def chronology_upload_create(
    *,
    actor: Actor,
    review: Review,
    agency: Agency,
    fileobj: BinaryIO,
    filename: str,
    allow_duplicate: bool = False,
) -> ChronologyUpload:
    """Check an uploaded file can be read as a chronology and keep it for the next steps.
    Raises ChronologyFileError, naming the problem, and keeps nothing, if it cannot — among
    others ChronologyAlreadyImported for a file imported before, unless `allow_duplicate`."""
    if agency.review_id != review.pk:
        raise ChronologyFileError("Choose an agency of this review.")
    filename = PurePath(filename or "chronology").name
    facts = file_sniff(fileobj, filename, max_bytes=max_upload_bytes())
    duplicate_refuse(review=review, sha256=facts.sha256, allow_duplicate=allow_duplicate)
    preview = _preview(fileobj, facts, filename)
    _uploads_tidy(review)
    upload = ChronologyUpload(
        uuid=str(uuid.uuid4()),
        review_uuid=str(review.uuid),
        agency_uuid=str(agency.uuid),
        uploaded_by_id=getattr(actor, "pk", None),
        uploaded_at=timezone.now().isoformat(),
        original_filename=filename[:300],
        file_type=facts.file_type,
        encoding=facts.encoding,
        size=facts.size,
        sha256=facts.sha256,
        facts_notices=facts.notices,
        headings=preview.headings,
        mapping=columns.mapping_suggest(preview.headings, chronology_mapping_for(agency=agency)),
        extra={"allow_duplicate": True} if allow_duplicate else {},
    )
    fileobj.seek(0)
    saved_as = default_storage.save(upload.file_name, File(fileobj))
    if saved_as != upload.file_name:  # storage never renames a fresh UUID, but be sure
        default_storage.delete(saved_as)
        raise ChronologyFileError("The file could not be kept for checking. Try again.")
    _state_write(upload)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Uploaded {filename} to import as {agency.name}'s chronology",
        review=review,
        changes={
            "file": [None, filename],
            "sha256": [None, facts.sha256],
            "agency": [None, agency.name],
        },
    )
    return upload


def chronology_upload_preview(*, upload: ChronologyUpload) -> UploadPreview:
    with _upload_file(upload) as handle:
        return _preview(handle, upload.facts, upload.original_filename)


def chronology_upload_set_mapping(
    *,
    actor: Actor,
    review: Review,
    upload: ChronologyUpload,
    mapping: Mapping[str, str],
    save_mapping: bool,
) -> ChronologyUpload:
    """Record the user's choice of which column holds what. Raises ChronologyFileError if the
    mapping leaves out the date or the description."""
    problems = columns.mapping_problems(mapping, upload.headings)
    if problems:
        raise ChronologyFileError(" ".join(problems))
    upload.mapping = {heading: mapping.get(heading, columns.IGNORE) for heading in upload.headings}
    upload.mapping_confirmed = True
    upload.save_mapping = save_mapping
    _state_write(upload)
    return upload


def chronology_upload_check(*, upload: ChronologyUpload) -> CheckReport:
    """Read every row of the uploaded file with the chosen mapping, saving nothing."""
    with (
        _upload_file(upload) as handle,
        table_open(handle, upload.facts, upload.original_filename) as table,
    ):
        return table_check(table, upload.mapping)


def chronology_upload_discard(*, actor: Actor, review: Review, upload: ChronologyUpload) -> None:
    for name in (upload.file_name, upload.state_name):
        if default_storage.exists(name):
            default_storage.delete(name)
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Cancelled the import of {upload.original_filename}",
        review=review,
    )


def chronology_upload_import(
    *, actor: User | None, review: Review, upload: ChronologyUpload
) -> ImportOutcome:
    """Import the uploaded file with the chosen mapping (all or nothing), save the mapping for
    the agency if asked, and let go of the upload."""
    agency = upload.agency_in(review)
    if agency is None:
        raise ChronologyFileError(
            "The agency chosen for this file is no longer in the review. Upload it again."
        )
    with transaction.atomic():
        with _upload_file(upload) as handle:
            outcome = chronology_table_import(
                actor=actor,
                actor_label="",
                review=review,
                agency=agency,
                fileobj=handle,
                filename=upload.original_filename,
                facts=upload.facts,
                mapping=upload.mapping,
                dry_run=False,
                allow_duplicate=bool(upload.extra.get("allow_duplicate")),
            )
        if upload.save_mapping:
            chronology_mapping_save(actor=actor, agency=agency, mapping=upload.mapping)
        transaction.on_commit(lambda: _forget(upload))
    return outcome


def _forget(upload: ChronologyUpload) -> None:
    for name in (upload.file_name, upload.state_name):
        try:
            default_storage.delete(name)
        except Exception:
            logger.exception("Could not delete chronology upload %s", name)
