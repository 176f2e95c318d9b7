"""Importing an agency chronology, all or nothing, from the browser's upload
(casewindow.evidence.services.chronology_upload) or from the `import_chronology` command. Both end
in `chronology_table_import`: the original file is kept as a SourceDocument, every row becomes a
ChronologyEntry (its original cells kept verbatim), a search chunk is written for each, and one
audit event records the import — or, if anything goes wrong, none of it happens."""

import logging
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, BinaryIO

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.db.models import Model
from django.utils import timezone

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.evidence.importing import columns
from casewindow.evidence.importing.checking import (
    CheckReport,
    PreparedEntry,
    entries_prepare,
    report_start,
)
from casewindow.evidence.importing.errors import ChronologyFileError
from casewindow.evidence.importing.readers import table_open
from casewindow.evidence.importing.sniffing import FileFacts, file_sniff
from casewindow.evidence.models import (
    ChronologyEntry,
    ChronologyImport,
    DocumentKind,
    ExtractionStatus,
    SearchChunk,
    SourceDocument,
)
from casewindow.evidence.services.chronology_mappings import chronology_mapping_for
from casewindow.evidence.services.documents import documents_extraction_enqueue
from casewindow.evidence.services.people_links import people_register_index, people_suggest
from casewindow.reviews.models import Agency, Review

logger = logging.getLogger(__name__)

BATCH_SIZE = 2000
COMMAND_ACTOR_LABEL = "casewindow import_chronology (command line)"


class ChronologyCheckFailed(ChronologyFileError):
    """The file was read but cannot be imported as it is; `report` says why."""

    def __init__(self, report: CheckReport) -> None:
        super().__init__(" ".join(report.errors) or "The file has nothing to import.")
        self.report = report


class ChronologyAlreadyImported(ChronologyFileError):
    """The same file (same checksum) was imported into the review before; importing it again
    needs an explicit choice."""

    def __init__(self, earlier: ChronologyImport) -> None:
        when = timezone.localtime(earlier.imported_at).strftime("%-d %B %Y")
        super().__init__(
            f"This file was already imported on {when} for {earlier.agency.name} "
            f"({earlier.original_filename}). Choose to import it again only if that is meant."
        )
        self.earlier = earlier


def chronology_import_earlier(*, review: Review, sha256: str) -> ChronologyImport | None:
    """The review's import (not withdrawn) of a file with this checksum, if any."""
    return (
        ChronologyImport.objects.filter(
            review=review, document__sha256=sha256, withdrawn_at__isnull=True
        )
        .select_related("agency")
        .order_by("imported_at")
        .first()
    )


def duplicate_refuse(*, review: Review, sha256: str, allow_duplicate: bool) -> None:
    """ChronologyAlreadyImported unless the file is new to the review or the choice was made."""
    if allow_duplicate:
        return
    earlier = chronology_import_earlier(review=review, sha256=sha256)
    if earlier is not None:
        raise ChronologyAlreadyImported(earlier)


def max_upload_bytes() -> int:
    return int(settings.CASEWINDOW_MAX_UPLOAD_BYTES)


@dataclass
class ImportOutcome:
    report: CheckReport
    chronology_import: ChronologyImport | None  # None for a dry run
    facts: FileFacts


def _document_store(
    *,
    actor: User | None,
    review: Review,
    agency: Agency,
    fileobj: BinaryIO,
    filename: str,
    facts: FileFacts,
) -> SourceDocument:
    """Keep the original bytes, unchanged, as a chronology document of the review. Its text is
    read in the background like any document's (once the import is committed), so the file
    itself is searchable and shows its pages."""
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
        extraction_status=ExtractionStatus.PENDING,
        extraction_progress=0,
    )
    fileobj.seek(0)
    document.file.save(filename, File(fileobj), save=False)
    try:
        document.save()
    except Exception:
        if document.file.name:
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
        "people_text", "original_row", "event_id", "imported_values", "out_of_scope", "version",
        "updated_at", "updated_by_id", "removed_at", "removed_by_id",
    )  # fmt: skip
    CHUNK_COLUMNS = ("review_id", "kind", "object_uuid", "page", "title", "text")

    def __init__(self, review: Review, agency: Agency, chronology_import: ChronologyImport) -> None:
        self.review, self.agency, self.chronology_import = review, agency, chronology_import
        self.rows: list[PreparedEntry] = []
        self.fast = self._columns(ChronologyEntry) == set(self.ENTRY_COLUMNS) and self._columns(
            SearchChunk
        ) == set(self.CHUNK_COLUMNS)

    @staticmethod
    def _columns(model: type[Model]) -> set[str]:
        return {f.column for f in model._meta.concrete_fields if f.column and not f.primary_key}

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
                as_json(prepared.original_row, None), None, as_json({}, None), False, 1,
                None, None, None, None,
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
    def _copy(
        cursor: Any, model: type[Model], columns: tuple[str, ...], rows: list[tuple[Any, ...]]
    ) -> None:
        quote = connection.ops.quote_name
        table = quote(model._meta.db_table)
        names = ", ".join(quote(c) for c in columns)
        with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    @staticmethod
    def _insert_sql(model: type[Model], columns: tuple[str, ...]) -> str:
        quote = connection.ops.quote_name
        table = quote(model._meta.db_table)
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


def chronology_table_import(
    *,
    actor: User | None,
    actor_label: str,
    review: Review,
    agency: Agency,
    fileobj: BinaryIO,
    filename: str,
    facts: FileFacts,
    mapping: Mapping[str, str] | None,
    dry_run: bool,
    allow_duplicate: bool = False,
) -> ImportOutcome:
    """Read, check and (unless a dry run) import the file in one pass, all or nothing. A file
    imported into the review before is refused (ChronologyAlreadyImported) unless
    `allow_duplicate` (or a dry run, which imports nothing)."""
    if agency.review_id != review.pk:
        raise ChronologyFileError("Choose an agency of this review.")
    # A dry run imports nothing, so it checks the file whatever happened to it before.
    duplicate_refuse(review=review, sha256=facts.sha256, allow_duplicate=allow_duplicate or dry_run)
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
                if document.file.name:
                    stored.append(document.file.name)
            with table_open(fileobj, facts, filename) as table:
                chosen = _mapping_chosen(table, mapping, agency)
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
                _entries_write(review, agency, chronology_import, table, report)
            _import_record(
                actor=actor,
                actor_label=actor_label,
                chronology_import=chronology_import,
                report=report,
                filename=filename,
                facts=facts,
            )
            if document is not None:
                document_id = document.pk
                transaction.on_commit(lambda: documents_extraction_enqueue([document_id]))
            return ImportOutcome(report=report, chronology_import=chronology_import, facts=facts)
    except Exception:
        _stored_files_delete(stored)  # the database rolled back: do not keep the files either
        raise


def _mapping_chosen(
    table: Any, mapping: Mapping[str, str] | None, agency: Agency
) -> dict[str, str]:
    """The given mapping (columns it does not name are left out, kept in the original row), or
    the one suggested from the headings and the agency's earlier imports."""
    if mapping is not None:
        return {**dict.fromkeys(table.headings, columns.IGNORE), **mapping}
    return columns.mapping_suggest(table.headings, chronology_mapping_for(agency=agency))


def _entries_write(
    review: Review, agency: Agency, chronology_import: ChronologyImport, table: Any, report: Any
) -> None:
    """Write every prepared entry in bulk; refuse (ChronologyCheckFailed) if the finished
    report says the file cannot be imported."""
    with _tuned_for_bulk_writes():
        writer = _EntryWriter(review, agency, chronology_import)
        for prepared in entries_prepare(table, report):
            writer.add(prepared)
        writer.flush()
    report.finish()
    if not report.can_import:
        raise ChronologyCheckFailed(report)


def _import_record(
    *,
    actor: User | None,
    actor_label: str,
    chronology_import: ChronologyImport,
    report: Any,
    filename: str,
    facts: FileFacts,
) -> None:
    """Keep the import's figures and problems, log it, and tag people in its entries once the
    import is committed."""
    chronology_import.rows_read = report.rows_read
    chronology_import.entries_created = report.entries
    chronology_import.problems = _problems_record(report)
    chronology_import.save(update_fields=["rows_read", "entries_created", "problems"])
    audit_record(
        actor=actor,
        actor_label=actor_label,
        action=AuditAction.IMPORT,
        summary=f"Imported {report.entries} chronology entries for "
        f"{chronology_import.agency.name} from {filename}",
        review=chronology_import.review,
        obj=chronology_import,
        changes={
            "file": [None, filename],
            "sha256": [None, facts.sha256],
            "entries": [None, report.entries],
            "rows_with_problems": [None, report.rows_with_problems],
            "mapping": [None, chronology_import.mapping],
        },
    )
    import_id = chronology_import.pk
    transaction.on_commit(lambda: _enqueue_people_tagging(import_id))


def _stored_files_delete(names: list[str]) -> None:
    for name in names:
        try:
            default_storage.delete(name)
        except Exception:
            logger.exception("Could not delete stored file %s", name)


def chronology_import_file(
    *,
    actor: User | None = None,
    actor_label: str = "",
    review: Review,
    agency: Agency,
    fileobj: BinaryIO,
    filename: str,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    allow_duplicate: bool = False,
) -> ImportOutcome:
    """Import one agency chronology file (as the command line does): identify it by content,
    read it, map its columns (the given mapping, else the agency's saved one, else recognised
    from the headings), check every row and import, all or nothing. Raises
    ChronologyFileError naming the problem; ChronologyCheckFailed carries the check report."""
    facts = file_sniff(fileobj, filename, max_bytes=max_upload_bytes())
    return chronology_table_import(
        actor=actor,
        actor_label=actor_label,
        review=review,
        agency=agency,
        fileobj=fileobj,
        filename=PurePath(filename).name,
        facts=facts,
        mapping=mapping,
        dry_run=dry_run,
        allow_duplicate=allow_duplicate,
    )
