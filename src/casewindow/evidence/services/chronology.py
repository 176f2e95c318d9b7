"""Importing agency chronologies: from the browser (upload → preview → map columns → check →
import) and from the `import_chronology` command. Both end in `_import_table`, which is
all-or-nothing: the original file is kept as a SourceDocument, every row becomes a
ChronologyEntry (its original cells kept verbatim), a search chunk is written for each, and one
audit event records the import — or, if anything goes wrong, none of it happens.

Between the browser steps the uploaded file waits in storage under a name tied to the review
(never in the session), with a small JSON note of what is known about it so far."""

import datetime as dt
import json
import logging
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import PurePath
from typing import Any, BinaryIO

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.utils import timezone

from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.evidence.importing import columns
from casewindow.evidence.importing.checking import (
    CheckReport,
    PreparedEntry,
    entries_prepare,
    report_start,
    table_check,
)
from casewindow.evidence.importing.errors import ChronologyFileError
from casewindow.evidence.importing.readers import Row, table_open
from casewindow.evidence.importing.sniffing import FileFacts, file_sniff
from casewindow.evidence.models import (
    ChronologyEntry,
    ChronologyImport,
    ChronologyMapping,
    DocumentKind,
    ExtractionStatus,
    SearchChunk,
    SourceDocument,
)
from casewindow.evidence.services.people_links import people_register_index, people_suggest
from casewindow.reviews.models import Agency, Review

logger = logging.getLogger(__name__)

BATCH_SIZE = 2000
UPLOAD_FOLDER = "chronology-uploads"
UPLOAD_LIFETIME = dt.timedelta(days=1)
PREVIEW_ROWS = 10
COMMAND_ACTOR_LABEL = "casewindow import_chronology (command line)"


class ChronologyCheckFailed(ChronologyFileError):
    """The file was read but cannot be imported as it is; `report` says why."""

    def __init__(self, report: CheckReport) -> None:
        super().__init__(" ".join(report.errors) or "The file has nothing to import.")
        self.report = report


def max_upload_bytes() -> int:
    return int(settings.CASEWINDOW_MAX_UPLOAD_BYTES)


# --- saved mappings -----------------------------------------------------------------------


def chronology_mapping_for(*, agency: Agency) -> dict[str, str]:
    saved = ChronologyMapping.objects.filter(agency=agency).first()
    return dict(saved.mapping) if saved else {}


@transaction.atomic
def chronology_mapping_save(
    *, actor: Any, agency: Agency, mapping: Mapping[str, str]
) -> ChronologyMapping:
    """Remember which column holds what in this agency's chronologies, for its next file."""
    saved, created = ChronologyMapping.objects.get_or_create(
        agency=agency, defaults={"mapping": dict(mapping)}
    )
    before = {} if created else dict(saved.mapping)
    if not created:
        saved.mapping = dict(mapping)
        saved.save(update_fields=["mapping", "updated_at"])
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if created else AuditAction.UPDATE,
        summary=f"Saved the chronology column mapping for {agency.name}",
        review=agency.review,
        obj=saved,
        changes={"mapping": [before or None, dict(mapping)]},
    )
    return saved


# --- the import itself ----------------------------------------------------------------------


@dataclass
class ImportOutcome:
    report: CheckReport
    chronology_import: ChronologyImport | None  # None for a dry run
    facts: FileFacts


def _document_store(
    *,
    actor: Any,
    review: Review,
    agency: Agency,
    fileobj: BinaryIO,
    filename: str,
    facts: FileFacts,
) -> SourceDocument:
    """Keep the original bytes, unchanged, as a chronology document of the review. The entries
    are the searchable text, so there is nothing left to extract from it."""
    document = SourceDocument(
        review=review,
        agency=agency,
        kind=DocumentKind.CHRONOLOGY,
        title=f"{agency.name} chronology ({filename})"[:300],
        original_filename=filename[:300],
        file_type=facts.file_type,
        size=facts.size,
        sha256=facts.sha256,
        uploaded_by=actor if getattr(actor, "is_authenticated", False) else None,
        extraction_status=ExtractionStatus.DONE,
        extraction_progress=100,
    )
    fileobj.seek(0)
    document.file.save(filename, File(fileobj), save=False)
    try:
        document.save()
    except Exception:
        default_storage.delete(document.file.name)
        raise
    return document


@contextmanager
def _tuned_for_bulk_writes() -> Iterator[None]:
    """Settings that make writing tens of thousands of rows cheaper, for this import only.

    PostgreSQL: let the search index's GIN pending list grow (merging it every 4 MB, the
    default, costs a quarter of the time). SQLite: a 64 MB page cache instead of 2 MB, so the
    indexes and the full-text table are not spilled and re-read while the rows go in."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL gin_pending_list_limit = '64MB'")
        yield
    elif connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size")
            before = int(cursor.fetchone()[0])
            cursor.execute("PRAGMA cache_size = -65536")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA cache_size = {before}")
    else:
        yield


class _EntryWriter:
    """Writes entries and their search chunks in batches, in the caller's transaction.

    At 60,000 rows the ORM's bulk_create spends most of its time building model instances and
    compiling SQL, so rows go straight to `executemany` with each value adapted by the
    database backend's own adapters. If either model gains a column this writer does not know,
    it falls back to bulk_create rather than guess that column's value."""

    ENTRY_COLUMNS = (
        "uuid", "review_id", "agency_id", "chronology_import_id", "row_number", "date_start",
        "date_end", "time", "date_precision", "date_text", "description", "action", "source",
        "people_text", "original_row", "event_id",
    )  # fmt: skip
    CHUNK_COLUMNS = ("review_id", "kind", "object_uuid", "page", "title", "text")

    def __init__(self, review: Review, agency: Agency, chronology_import: ChronologyImport) -> None:
        self.review, self.agency, self.chronology_import = review, agency, chronology_import
        self.rows: list[PreparedEntry] = []
        self.fast = self._columns(ChronologyEntry) == set(self.ENTRY_COLUMNS) and self._columns(
            SearchChunk
        ) == set(self.CHUNK_COLUMNS)

    @staticmethod
    def _columns(model: type) -> set[str]:
        return {f.column for f in model._meta.concrete_fields if not f.primary_key}  # type: ignore[attr-defined]

    def add(self, prepared: PreparedEntry) -> None:
        self.rows.append(prepared)
        if len(self.rows) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            (self._write_fast if self.fast else self._write_orm)(self.rows)
        self.rows = []

    def _title(self, prepared: PreparedEntry) -> str:
        return f"{self.agency.name} {prepared.date_text}"[:300]

    @staticmethod
    def _text(prepared: PreparedEntry) -> str:
        return "\n".join(part for part in (prepared.description, prepared.action) if part)

    def _write_fast(self, rows: list[PreparedEntry]) -> None:
        ops = connection.ops
        native_uuid = connection.features.has_native_uuid_field
        date, time, as_json = (
            ops.adapt_datefield_value,
            ops.adapt_timefield_value,
            ops.adapt_json_value,
        )
        review_id, agency_id, import_id = self.review.pk, self.agency.pk, self.chronology_import.pk
        entries, chunks = [], []
        for prepared in rows:
            key = uuid.uuid4()
            key_value = key if native_uuid else key.hex
            read = prepared.date
            entries.append((
                key_value, review_id, agency_id, import_id, prepared.row_number, date(read.start),
                date(read.end), time(prepared.time), read.precision, prepared.date_text,
                prepared.description, prepared.action, prepared.source, prepared.people_text,
                as_json(prepared.original_row, None), None,
            ))  # fmt: skip
            chunks.append(
                (
                    review_id,
                    "chronology",
                    key_value,
                    None,
                    self._title(prepared),
                    self._text(prepared),
                )
            )
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # COPY is several times faster than INSERT for many rows on PostgreSQL.
                self._copy(cursor, ChronologyEntry, self.ENTRY_COLUMNS, entries)
                self._copy(cursor, SearchChunk, self.CHUNK_COLUMNS, chunks)
            else:
                cursor.executemany(self._insert_sql(ChronologyEntry, self.ENTRY_COLUMNS), entries)
                cursor.executemany(self._insert_sql(SearchChunk, self.CHUNK_COLUMNS), chunks)

    @staticmethod
    def _copy(cursor: Any, model: type, columns: tuple[str, ...], rows: list[tuple]) -> None:
        quote = connection.ops.quote_name
        table = quote(model._meta.db_table)  # type: ignore[attr-defined]
        names = ", ".join(quote(c) for c in columns)
        with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    @staticmethod
    def _insert_sql(model: type, columns: tuple[str, ...]) -> str:
        quote = connection.ops.quote_name
        table = quote(model._meta.db_table)  # type: ignore[attr-defined]
        names = ", ".join(quote(c) for c in columns)
        return f"INSERT INTO {table} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"  # noqa: S608

    def _write_orm(self, rows: list[PreparedEntry]) -> None:
        entries = [
            ChronologyEntry(
                review=self.review,
                agency=self.agency,
                chronology_import=self.chronology_import,
                row_number=prepared.row_number,
                date_start=prepared.date.start,
                date_end=prepared.date.end,
                time=prepared.time,
                date_precision=prepared.date.precision,
                date_text=prepared.date_text,
                description=prepared.description,
                action=prepared.action,
                source=prepared.source,
                people_text=prepared.people_text,
                original_row=prepared.original_row,
            )
            for prepared in rows
        ]
        ChronologyEntry.objects.bulk_create(entries)
        SearchChunk.objects.bulk_create(
            SearchChunk(
                review=self.review,
                kind="chronology",
                object_uuid=entry.uuid,
                title=self._title(prepared),
                text=self._text(prepared),
            )
            for entry, prepared in zip(entries, rows, strict=True)
        )


def _problems_record(report: CheckReport) -> list[dict[str, Any]]:
    """What the import keeps of the check: each problem, each apparent duplicate, each note."""
    return [
        *({"kind": "problem", **p.as_dict()} for p in report.problems),
        *(
            {
                "kind": "duplicate",
                "row": row,
                "column": "",
                "message": f"Looks the same as row {first}",
            }
            for row, first in report.duplicates
        ),
        *(
            {"kind": "notice", "row": None, "column": "", "message": notice}
            for notice in report.notices
        ),
    ]


def _enqueue_people_tagging(import_id: int) -> None:
    from casewindow.evidence.tasks import chronology_entries_tag_people

    chronology_entries_tag_people.enqueue(import_id)


def chronology_entries_tag_people(*, import_id: int) -> int:
    """Link each entry of an import to the people of the register named in it (real names,
    aliases, labels), as suggestions the chronology's person filter and events then use.
    Runs in the background after an import; returns how many entries were tagged."""
    chronology_import = (
        ChronologyImport.objects.select_related("review").filter(pk=import_id).first()
    )
    if chronology_import is None:
        return 0
    review = chronology_import.review
    index = people_register_index(review=review)
    links = []
    Link = ChronologyEntry.people.through
    entries = ChronologyEntry.objects.filter(chronology_import=chronology_import).only(
        "pk", "description", "action", "people_text"
    )
    for entry in entries.iterator(chunk_size=2000):
        text = " ".join([entry.description, entry.action, entry.people_text])
        for match in people_suggest(review=review, text=text, index=index):
            links.append(Link(chronologyentry_id=entry.pk, person_id=match.person.pk))
    Link.objects.bulk_create(links, batch_size=2000, ignore_conflicts=True)
    return len({link.chronologyentry_id for link in links})


def _import_table(
    *,
    actor: Any,
    actor_label: str,
    review: Review,
    agency: Agency,
    fileobj: BinaryIO,
    filename: str,
    facts: FileFacts,
    mapping: Mapping[str, str] | None,
    dry_run: bool,
) -> ImportOutcome:
    """Read, check and (unless a dry run) import the file in one pass, all or nothing."""
    if agency.review_id != review.pk:
        raise ChronologyFileError("Choose an agency of this review.")
    stored: list[str] = []
    try:
        with transaction.atomic():
            document = None
            if not dry_run:
                document = _document_store(
                    actor=actor,
                    review=review,
                    agency=agency,
                    fileobj=fileobj,
                    filename=filename,
                    facts=facts,
                )
                stored.append(document.file.name)
            with table_open(fileobj, facts, filename) as table:
                if mapping is not None:
                    # Columns the mapping does not name are left out (kept in the original row).
                    chosen = {**dict.fromkeys(table.headings, columns.IGNORE), **mapping}
                else:
                    chosen = columns.mapping_suggest(
                        table.headings, chronology_mapping_for(agency=agency)
                    )
                report = report_start(table, chosen)
                if dry_run or report.errors:
                    for _ in entries_prepare(table, report):
                        pass
                    report.finish()
                    if report.errors and not dry_run:
                        raise ChronologyCheckFailed(report)
                    return ImportOutcome(report=report, chronology_import=None, facts=facts)
                chronology_import = ChronologyImport.objects.create(
                    review=review,
                    agency=agency,
                    document=document,
                    original_filename=filename[:300],
                    mapping=chosen,
                    imported_by=actor if getattr(actor, "is_authenticated", False) else None,
                )
                with _tuned_for_bulk_writes():
                    writer = _EntryWriter(review, agency, chronology_import)
                    for prepared in entries_prepare(table, report):
                        writer.add(prepared)
                    writer.flush()
                report.finish()
                if not report.can_import:
                    raise ChronologyCheckFailed(report)
            chronology_import.rows_read = report.rows_read
            chronology_import.entries_created = report.entries
            chronology_import.problems = _problems_record(report)
            chronology_import.save(update_fields=["rows_read", "entries_created", "problems"])
            audit_record(
                actor=actor,
                actor_label=actor_label,
                action=AuditAction.IMPORT,
                summary=f"Imported {report.entries} chronology entries for {agency.name} "
                f"from {filename}",
                review=review,
                obj=chronology_import,
                changes={
                    "file": [None, filename],
                    "sha256": [None, facts.sha256],
                    "entries": [None, report.entries],
                    "rows_with_problems": [None, report.rows_with_problems],
                    "mapping": [None, chosen],
                },
            )
            import_id = chronology_import.pk
            transaction.on_commit(lambda: _enqueue_people_tagging(import_id))
            return ImportOutcome(report=report, chronology_import=chronology_import, facts=facts)
    except Exception:
        for name in stored:  # the database rolled back: do not keep the file either
            try:
                default_storage.delete(name)
            except Exception:
                logger.exception("Could not delete stored file %s", name)
        raise


def chronology_import_file(
    *,
    actor: Any = None,
    actor_label: str = "",
    review: Review,
    agency: Agency,
    fileobj: BinaryIO,
    filename: str,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
) -> ImportOutcome:
    """Import one agency chronology file (as the command line does): identify it by content,
    read it, map its columns (the given mapping, else the agency's saved one, else recognised
    from the headings), check every row and import, all or nothing. Raises
    ChronologyFileError naming the problem; ChronologyCheckFailed carries the check report."""
    facts = file_sniff(fileobj, filename, max_bytes=max_upload_bytes())
    return _import_table(
        actor=actor,
        actor_label=actor_label,
        review=review,
        agency=agency,
        fileobj=fileobj,
        filename=PurePath(filename).name,
        facts=facts,
        mapping=mapping,
        dry_run=dry_run,
    )


# --- the browser's upload, kept between steps ------------------------------------------------


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
    *, actor: Any, review: Review, agency: Agency, fileobj: BinaryIO, filename: str
) -> ChronologyUpload:
    """Check an uploaded file can be read as a chronology and keep it for the next steps.
    Raises ChronologyFileError, naming the problem, and keeps nothing, if it cannot."""
    if agency.review_id != review.pk:
        raise ChronologyFileError("Choose an agency of this review.")
    filename = PurePath(filename or "chronology").name
    facts = file_sniff(fileobj, filename, max_bytes=max_upload_bytes())
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
    actor: Any,
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


def chronology_upload_discard(*, actor: Any, review: Review, upload: ChronologyUpload) -> None:
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
    *, actor: Any, review: Review, upload: ChronologyUpload
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
            outcome = _import_table(
                actor=actor,
                actor_label="",
                review=review,
                agency=agency,
                fileobj=handle,
                filename=upload.original_filename,
                facts=upload.facts,
                mapping=upload.mapping,
                dry_run=False,
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
