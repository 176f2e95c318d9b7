"""Evidence: chronology entries (listed, corrected, and created in bulk through the importer's
own checks), the integrated chronology, and documents (listed and uploaded with the upload's
own checks)."""

import csv
import datetime
import io
from typing import Any
from uuid import UUID

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Schema, Status
from pydantic import Field

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.api.views.base import (
    ERRORS,
    REMOVE_ANSWERS,
    WRITE_ERRORS,
    ApiError,
    IsoDate,
    PageMeta,
    Removal,
    bound_form,
    conflict,
    expected_number,
    invalid,
    load,
    load_object,
    page_of,
    patch_values,
    refuse_if_stale,
    version_of,
)
from casewindow.api.views.paging import Paging
from casewindow.evidence.forms.documents import DocumentUploadForm, UploadSizeLimitHandler
from casewindow.evidence.forms.entries import EntryForm
from casewindow.evidence.importing import columns
from casewindow.evidence.importing.dates import date_standard
from casewindow.evidence.importing.errors import ChronologyFileError
from casewindow.evidence.models import ChronologyEntry, SourceDocument
from casewindow.evidence.selectors.chronology import (
    PAGE_SIZE,
    ChronologyFilters,
    chronology_entries,
    chronology_page,
)
from casewindow.evidence.selectors.documents import documents_for_review
from casewindow.evidence.services import chronology_entries as entry_services
from casewindow.evidence.services import documents as document_services
from casewindow.evidence.services.chronology_import import (
    ChronologyAlreadyImported,
    ChronologyCheckFailed,
    chronology_import_file,
)
from casewindow.reviews.models import Agency, Review

router = Router(tags=["evidence"])

# --- chronology entries -------------------------------------------------------------------


class EntryOut(Schema):
    id: UUID
    agency: UUID
    agency_name: str
    date_text: str
    date_start: datetime.date | None
    date_end: datetime.date | None
    date_precision: str
    date_standard: str
    time: datetime.time | None
    description: str
    action: str
    source: str
    people_text: str
    people: list[UUID]
    event: UUID | None
    out_of_scope: bool
    imported: bool
    original_row: dict[str, Any]
    version: str


class EntryPage(PageMeta):
    items: list[EntryOut]


def _entry_out(entry: ChronologyEntry) -> dict[str, Any]:
    return {
        "id": entry.uuid,
        "agency": entry.agency.uuid,
        "agency_name": entry.agency.name,
        "date_text": entry.date_text,
        "date_start": entry.date_start,
        "date_end": entry.date_end,
        "date_precision": entry.date_precision,
        "date_standard": date_standard(entry.date_start, entry.date_end, entry.date_precision),
        "time": entry.time,
        "description": entry.description,
        "action": entry.action,
        "source": entry.source,
        "people_text": entry.people_text,
        "people": [person.uuid for person in entry.people.all()],
        "event": entry.event.uuid if entry.event else None,
        "out_of_scope": entry.out_of_scope,
        "imported": entry.chronology_import_id is not None,
        "original_row": entry.original_row or {},
        "version": str(entry.version),
    }


class EntryFilters(Schema):
    agency: UUID | None = None
    date_from: IsoDate | None = None
    date_to: IsoDate | None = None
    text: str = Field("", max_length=200)


def _filters(request: HttpRequest, review: Review, given: EntryFilters) -> ChronologyFilters:
    agency = None
    if given.agency is not None:
        agency = access.object_of(review, Agency.objects.all(), via="review", uuid=given.agency)
    return ChronologyFilters(
        agency=agency, date_from=given.date_from, date_to=given.date_to, text=given.text
    )


_ENTRY_RELATED = ("agency", "event")


def _entries() -> QuerySet[ChronologyEntry]:
    """The entries one can be read or corrected from (not those taken out)."""
    return ChronologyEntry.objects.present().select_related(*_ENTRY_RELATED)


@router.get(
    "/reviews/{reference}/chronology/entries",
    response={200: EntryPage, **ERRORS},
    summary="The review's chronology entries, in chronology order",
)
def entry_list(
    request: HttpRequest, reference: str, paging: Query[Paging], filters: Query[EntryFilters]
) -> dict[str, Any]:
    review = load(request, reference, P.EVIDENCE_VIEW).review
    entries = (
        chronology_entries(review=review, filters=_filters(request, review, filters))
        .select_related(*_ENTRY_RELATED)
        .prefetch_related("people")
    )
    return page_of(entries, paging.limit, paging.offset, _entry_out)


@router.get(
    "/reviews/{reference}/chronology/entries/{entry_id}", response={200: EntryOut, **ERRORS}
)
def entry_detail(request: HttpRequest, reference: str, entry_id: UUID) -> dict[str, Any]:
    _, entry = load_object(request, reference, P.EVIDENCE_VIEW, _entries(), entry_id)
    return _entry_out(entry)


class EntryIn(Schema):
    date: str = Field(..., max_length=100, description="as the agency wrote it, day first")
    description: str = Field(..., max_length=100_000)
    time: str = Field("", max_length=20)
    action: str = Field("", max_length=100_000)
    source: str = Field("", max_length=300)
    people: str = Field("", max_length=500)


class EntriesIn(Schema):
    agency: UUID
    entries: list[EntryIn] = Field(..., min_length=1, max_length=5_000)
    dry_run: bool = False
    allow_duplicate: bool = Field(
        False, description="import entries identical to an earlier import of this review"
    )


class ImportProblem(Schema):
    entry: int | None  # index in `entries`, from 0
    column: str
    message: str


class ImportOut(Schema):
    import_id: UUID | None
    dry_run: bool
    entries_created: int
    entries_checked: int
    problems: list[ImportProblem]
    notices: list[str]


_COLUMNS = {
    "Date": columns.DATE,
    "Time": columns.TIME,
    "Description": columns.DESCRIPTION,
    "Action": columns.ACTION,
    "Source": columns.SOURCE,
    "People": columns.PEOPLE,
}
_HEADING_ROW = 1  # the CSV's headings; entry i is row i + 2


def _as_csv(entries: list[EntryIn]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(_COLUMNS)
    for entry in entries:
        writer.writerow(
            [entry.date, entry.time, entry.description, entry.action, entry.source, entry.people]
        )
    return out.getvalue().encode("utf-8")


def _problems(report: Any) -> list[dict[str, Any]]:
    return [
        {
            "entry": None if problem.row is None else problem.row - _HEADING_ROW - 1,
            "column": problem.column,
            "message": problem.message,
        }
        for problem in report.problems
    ]


@router.post(
    "/reviews/{reference}/chronology/entries",
    response={201: ImportOut, 200: ImportOut, **WRITE_ERRORS},
    summary="Add an agency's chronology entries, all or none, through the importer's checks",
)
def entry_bulk_create(
    request: HttpRequest, reference: str, payload: EntriesIn
) -> Status[dict[str, Any]]:
    """The entries are imported exactly as a chronology file of the agency would be (as one
    import, which can be withdrawn and restored like any other): every date is read and
    checked, each entry keeps its values as sent as its original row, and nothing is imported
    if anything stops the import. `dry_run` checks without importing."""
    review = load(request, reference, P.EVIDENCE_EDIT).review
    agency = Agency.objects.filter(review=review, uuid=payload.agency).first()
    if agency is None:
        raise invalid(
            "Choose an agency of this review.", {"agency": ["Not an agency of this review"]}
        )
    stamp = timezone.localtime().strftime("%Y-%m-%d %H%M%S")
    data = _as_csv(payload.entries)
    if len(data) > settings.CASEWINDOW_MAX_UPLOAD_BYTES:
        raise invalid("Too many entries at once: send them in smaller batches.")
    try:
        outcome = chronology_import_file(
            actor=access.signed_in_user(request),
            review=review,
            agency=agency,
            fileobj=io.BytesIO(data),
            filename=f"API entries {stamp}.csv",
            mapping=_COLUMNS,
            dry_run=payload.dry_run,
            allow_duplicate=payload.allow_duplicate,
        )
    except ChronologyCheckFailed as failed:
        fields: dict[str, list[str]] = {}
        for problem in _problems(failed.report):
            key = "entries" if problem["entry"] is None else f"entries.{problem['entry']}"
            fields.setdefault(key, []).append(problem["message"])
        raise invalid(str(failed), fields) from None
    except ChronologyAlreadyImported as duplicate:
        raise conflict(str(duplicate)) from None
    except ChronologyFileError as error:
        raise invalid(str(error)) from None
    made = outcome.chronology_import
    report = outcome.report
    return Status(
        200 if made is None else 201,
        {
            "import_id": made.uuid if made else None,
            "dry_run": made is None,
            "entries_created": report.entries if made else 0,
            "entries_checked": report.entries,
            "problems": _problems(report),
            "notices": list(report.notices),
        },
    )


class EntryPatch(Schema):
    version: str
    date_text: str | None = None
    approximate: bool | None = None
    time: str | None = None
    description: str | None = None
    action: str | None = None
    source: str | None = None
    people_text: str | None = None


@router.patch(
    "/reviews/{reference}/chronology/entries/{entry_id}",
    response={200: EntryOut, **WRITE_ERRORS},
    summary="Correct an entry (the values first imported are kept beside the correction)",
)
def entry_correct(
    request: HttpRequest, reference: str, entry_id: UUID, payload: EntryPatch
) -> dict[str, Any]:
    review, entry = load_object(request, reference, P.EVIDENCE_EDIT, _entries(), entry_id)
    values, version = patch_values(payload)
    form = bound_form(EntryForm, values, partial=True, review=review, entry=entry)
    try:
        saved = entry_services.entry_correct(
            actor=access.signed_in_user(request),
            entry=entry,
            expected_version=version,
            values=form.values(),
        )
    except entry_services.EntryConflict as error:
        raise conflict(str(error)) from None
    except entry_services.EntryError as error:
        raise invalid(str(error), {"date_text": [str(error)]}) from None
    return _entry_out(saved)


@router.delete(
    "/reviews/{reference}/chronology/entries/{entry_id}",
    response=REMOVE_ANSWERS,
    summary="Remove an entry from the chronology (the lead reviewer can restore it)",
)
def entry_remove(
    request: HttpRequest,
    reference: str,
    entry_id: UUID,
    removal: Query[Removal],
) -> Status[None]:
    _, entry = load_object(request, reference, P.EVIDENCE_EDIT, _entries(), entry_id)
    try:
        entry_services.entry_remove(
            actor=access.signed_in_user(request),
            entry=entry,
            expected_version=expected_number(removal.version),
        )
    except entry_services.EntryConflict as error:
        raise conflict(str(error)) from None
    return Status(204, None)


# --- the integrated chronology ------------------------------------------------------------


class LineOut(Schema):
    event: UUID | None
    title: str
    agencies: list[str]
    disagreements: list[str]
    entries: list[EntryOut]


class IntegratedOut(Schema):
    page: int
    pages: int
    lines_count: int
    entries_count: int
    lines: list[LineOut]


class PageNumber(Schema):
    page: int = Field(1, ge=1, le=1_000_000)
    per_page: int = Field(PAGE_SIZE, ge=1, le=500)


@router.get(
    "/reviews/{reference}/chronology/integrated",
    response={200: IntegratedOut, **ERRORS},
    summary="The integrated multi-agency chronology: entries merged into events, in order",
)
def integrated_chronology(
    request: HttpRequest, reference: str, paging: Query[PageNumber], filters: Query[EntryFilters]
) -> dict[str, Any]:
    review = load(request, reference, P.EVIDENCE_VIEW).review
    page, lines, entries = chronology_page(
        review=review,
        filters=_filters(request, review, filters),
        page_number=paging.page,
        per_page=paging.per_page,
    )
    return {
        "page": page.number,
        "pages": page.paginator.num_pages,
        "lines_count": page.paginator.count,
        "entries_count": entries,
        "lines": [
            {
                "event": line.event.uuid if line.event else None,
                "title": line.title,
                "agencies": line.event_agencies or [line.entries[0].agency.name],
                "disagreements": line.disagreements,
                "entries": [_entry_out(entry) for entry in line.entries],
            }
            for line in lines
        ],
    }


# --- documents ----------------------------------------------------------------------------


class DocumentOut(Schema):
    id: UUID
    title: str
    kind: str
    agency: UUID | None
    original_filename: str
    file_type: str
    size: int
    sha256: str
    uploaded_at: datetime.datetime
    extraction_status: str
    page_count: int
    version: str = Field(description="give it back to remove the document (`DELETE …?version=`)")


class DocumentPage(PageMeta):
    items: list[DocumentOut]


# What a document's version covers: what its page lets the review team change.
DOCUMENT_FIELDS = ("title", "kind", "agency")


def _document_out(document: SourceDocument) -> dict[str, Any]:
    return {
        "id": document.uuid,
        "title": document.title,
        "kind": document.kind,
        "agency": document.agency.uuid if document.agency else None,
        "original_filename": document.original_filename,
        "file_type": document.file_type,
        "size": document.size,
        "sha256": document.sha256,
        "uploaded_at": document.uploaded_at,
        "extraction_status": document.extraction_status,
        "page_count": document.page_count,
        "version": version_of(document, DOCUMENT_FIELDS),
    }


@router.get("/reviews/{reference}/documents", response={200: DocumentPage, **ERRORS})
def document_list(request: HttpRequest, reference: str, paging: Query[Paging]) -> dict[str, Any]:
    review = load(request, reference, P.EVIDENCE_VIEW).review
    documents = (
        documents_for_review(review=review).select_related("agency").order_by("uploaded_at", "pk")
    )
    return page_of(documents, paging.limit, paging.offset, _document_out)


@router.get("/reviews/{reference}/documents/{document_id}", response={200: DocumentOut, **ERRORS})
def document_detail(request: HttpRequest, reference: str, document_id: UUID) -> dict[str, Any]:
    _, document = load_object(
        request,
        reference,
        P.EVIDENCE_VIEW,
        SourceDocument.objects.select_related("agency"),
        document_id,
    )
    return _document_out(document)


_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files", "kind"],
                    "properties": {
                        "files": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                        },
                        "kind": {"type": "string", "description": "what kind of documents"},
                        "agency": {
                            "type": "string",
                            "format": "uuid",
                            "description": "the agency they come from",
                        },
                    },
                }
            }
        },
    }
}


class DocumentsOut(Schema):
    documents: list[DocumentOut]


@router.post(
    "/reviews/{reference}/documents",
    response={201: DocumentsOut, **WRITE_ERRORS},
    openapi_extra=_UPLOAD_BODY,
    summary="Upload documents, checked as the upload page checks them",
)
def document_upload(request: HttpRequest, reference: str) -> Status[dict[str, Any]]:
    """multipart/form-data: `files` (one or more), `kind`, and optionally `agency`. Each
    file's content must be what its name says, of a supported type, readable, under the size
    limit, and not already in the review; their text is read in the background."""
    # Authorised before the body is read; the size limit then drops an oversized file as it
    # arrives, as on the upload page.
    review = load(request, reference, P.EVIDENCE_EDIT).review
    limit = UploadSizeLimitHandler(request, settings.CASEWINDOW_MAX_UPLOAD_BYTES)
    request.upload_handlers.insert(0, limit)
    data = request.POST.copy()
    agency_uuid = data.get("agency")
    if agency_uuid:
        agency = Agency.objects.filter(review=review, uuid__in=_uuids(agency_uuid)).first()
        data["agency"] = str(agency.pk) if agency else "unknown"
    form = DocumentUploadForm(data, request.FILES, review=review, over_limit=limit.over_limit)
    if not form.is_valid():
        fields = {name: [str(m) for m in errors] for name, errors in form.errors.items()}
        every = [message for messages in fields.values() for message in messages]
        raise invalid("The upload was refused: " + " ".join(every), fields)
    try:
        uploaded = document_services.documents_upload(
            actor=access.signed_in_user(request),
            review=review,
            uploads=form.cleaned_data["files"],
            kind=form.cleaned_data["kind"],
            agency=form.cleaned_data["agency"],
        )
    except document_services.DocumentError as error:
        raise ApiError(422, "invalid", str(error), {"files": error.messages}) from None
    return Status(201, {"documents": [_document_out(document) for document in uploaded]})


@router.delete(
    "/reviews/{reference}/documents/{document_id}",
    response=REMOVE_ANSWERS,
    summary="Remove a document: its original file, its text and its search entries",
)
def document_delete(
    request: HttpRequest, reference: str, document_id: UUID, removal: Query[Removal]
) -> Status[None]:
    """As the page's removal: gone for good (the audit log keeps a record that it was here),
    refused (409) if its title, kind or agency changed since `version` was read."""
    _, document = load_object(
        request,
        reference,
        P.EVIDENCE_EDIT,
        SourceDocument.objects.select_related("agency"),
        document_id,
    )
    with transaction.atomic():
        refuse_if_stale(document, DOCUMENT_FIELDS, removal.version)
        document_services.document_delete(actor=access.signed_in_user(request), document=document)
    return Status(204, None)


def _uuids(text: str) -> list[str]:
    try:
        return [str(UUID(text))]
    except ValueError:
        return []
