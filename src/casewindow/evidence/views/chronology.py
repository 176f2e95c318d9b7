"""Importing agency chronologies in the browser: upload → preview → choose columns → check →
import, and the record of past imports. Each view loads (and so authorises) the review through
the access module; the work is done by evidence.services.chronology_upload."""

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.evidence.forms.chronology import ChronologyMappingForm, ChronologyUploadForm
from casewindow.evidence.importing.checking import PROBLEMS_SHOWN, CheckReport
from casewindow.evidence.importing.columns import FIELD_CHOICES
from casewindow.evidence.importing.errors import ChronologyFileError
from casewindow.evidence.models import ChronologyImport, DatePrecision
from casewindow.evidence.services import chronology_upload as services
from casewindow.evidence.services.chronology_import import ChronologyCheckFailed
from casewindow.forms import posted, uploaded
from casewindow.reviews.models import Review
from casewindow.reviews.pages import review_page as _page

SECTION = "chronology"
FIELD_LABELS = dict(FIELD_CHOICES)
ENTRIES_PER_PAGE = 50


# The read-only pages answer any method as GET does, after the access check: a method check
# first would tell an outsider (405) that the address exists.


def _upload_context(review: Review, upload: services.ChronologyUpload) -> dict[str, Any]:
    return {"upload": upload, "agency": upload.agency_in(review), "facts": upload.facts}


# --- past imports ---------------------------------------------------------------------------


def import_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    imports = list(
        ChronologyImport.objects.filter(review=review).select_related("agency", "imported_by")
    )
    return _page(request, "evidence/chronology_import_list.html", review, SECTION, imports=imports)


def import_detail(request: HttpRequest, reference: str, import_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    chronology_import = access.review_object_for_user(
        request,
        review,
        ChronologyImport.objects.select_related("agency", "imported_by", "document"),
        import_id,
        P.EVIDENCE_VIEW,
    )
    recorded = chronology_import.problems or []
    problems = [p for p in recorded if p.get("kind", "problem") == "problem"]
    entries = Paginator(
        chronology_import.entries.order_by("row_number"), ENTRIES_PER_PAGE
    ).get_page(request.GET.get("page"))
    return _page(
        request,
        "evidence/chronology_import_detail.html",
        review,
        SECTION,
        chronology_import=chronology_import,
        problems=problems[:PROBLEMS_SHOWN],
        problems_more=max(0, len(problems) - PROBLEMS_SHOWN),
        problem_rows=len({p.get("row") for p in problems}),
        duplicates=[p for p in recorded if p.get("kind") == "duplicate"][:PROBLEMS_SHOWN],
        notices=[p["message"] for p in recorded if p.get("kind") == "notice"],
        mapping=[
            (heading, FIELD_LABELS.get(field, field))
            for heading, field in chronology_import.mapping.items()
        ],
        entries=entries,
        unknown=DatePrecision.UNKNOWN,
    )


# --- the import, step by step ---------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def import_start(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    form = ChronologyUploadForm(posted(request), uploaded(request), review=review)
    if request.method == "POST" and form.is_valid():
        upload_file = form.cleaned_data["file"]
        try:
            upload = services.chronology_upload_create(
                actor=request.user,
                review=review,
                agency=form.cleaned_data["agency"],
                fileobj=upload_file,
                filename=upload_file.name,
                allow_duplicate=form.cleaned_data["allow_duplicate"],
            )
        except ChronologyFileError as error:
            form.add_error("file", str(error))
        else:
            return redirect("evidence:chronology_import_preview", review.reference, upload.uuid)
    return _page(
        request,
        "evidence/chronology_import_start.html",
        review,
        SECTION,
        form=form,
        has_agencies=review.agencies.exists(),
    )


def import_preview(request: HttpRequest, reference: str, upload_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    upload = access.chronology_upload_of(review, upload_id)
    preview, error = None, ""
    try:
        preview = services.chronology_upload_preview(upload=upload)
    except ChronologyFileError as problem:
        error = str(problem)
    columns = [
        (heading, FIELD_LABELS.get(upload.mapping.get(heading, ""), ""))
        for heading in upload.headings
    ]
    return _page(
        request,
        "evidence/chronology_import_preview.html",
        review,
        SECTION,
        preview=preview,
        error=error,
        columns=columns,
        **_upload_context(review, upload),
    )


def _examples(upload: services.ChronologyUpload) -> dict[str, str]:
    """The first value under each heading, to help the user recognise the column."""
    try:
        preview = services.chronology_upload_preview(upload=upload)
    except ChronologyFileError:
        return {}
    examples: dict[str, str] = {}
    for row in preview.rows:
        for heading, cell in zip(preview.headings, row.cells, strict=False):
            text = " ".join(cell.split())
            if text and heading not in examples:
                examples[heading] = text if len(text) <= 80 else text[:79] + "…"
    return examples


@require_http_methods(["GET", "POST"])
def import_columns(request: HttpRequest, reference: str, upload_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    upload = access.chronology_upload_of(review, upload_id)
    agency = upload.agency_in(review)
    form = ChronologyMappingForm(
        posted(request),
        headings=upload.headings,
        mapping=upload.mapping,
        examples=_examples(upload),
        agency_name=agency.name if agency else "this agency",
        initial={"save_mapping": upload.save_mapping},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.chronology_upload_set_mapping(
                actor=request.user,
                review=review,
                upload=upload,
                mapping=form.mapping(),
                save_mapping=form.cleaned_data["save_mapping"],
            )
        except ChronologyFileError as error:
            form.add_error(None, str(error))
        else:
            return redirect("evidence:chronology_import_check", review.reference, upload.uuid)
    return _page(
        request,
        "evidence/chronology_import_columns.html",
        review,
        SECTION,
        form=form,
        **_upload_context(review, upload),
    )


@require_http_methods(["GET", "POST"])
def import_check(request: HttpRequest, reference: str, upload_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    upload = access.chronology_upload_of(review, upload_id)
    report: CheckReport | None = None
    error = ""
    if request.method == "POST":
        try:
            outcome = services.chronology_upload_import(
                actor=access.signed_in_user(request), review=review, upload=upload
            )
        except ChronologyCheckFailed as failure:
            report, error = failure.report, str(failure)
        except ChronologyFileError as problem:
            error = str(problem)
        else:
            imported = outcome.chronology_import
            assert imported is not None
            messages.success(
                request,
                f"Imported {imported.entries_created:,} entries from {imported.original_filename} "
                f"for {imported.agency.name}",
            )
            return redirect("evidence:chronology_import_detail", review.reference, imported.uuid)
    if report is None and not error:
        try:
            report = services.chronology_upload_check(upload=upload)
        except ChronologyFileError as problem:
            error = str(problem)
    precisions = []
    if report is not None:
        labels = dict(DatePrecision.choices)
        precisions = [
            (labels[p], report.precisions[p])
            for p in DatePrecision.values
            if report.precisions.get(p)
        ]
    return _page(
        request,
        "evidence/chronology_import_check.html",
        review,
        SECTION,
        report=report,
        error=error,
        precisions=precisions,
        problems_more=max(0, len(report.problems) - PROBLEMS_SHOWN) if report else 0,
        duplicates=report.duplicates[:PROBLEMS_SHOWN] if report else [],
        mapping=[
            (heading, FIELD_LABELS.get(field, field)) for heading, field in upload.mapping.items()
        ],
        **_upload_context(review, upload),
    )


@require_http_methods(["GET", "POST"])
def import_cancel(request: HttpRequest, reference: str, upload_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    upload = access.chronology_upload_of(review, upload_id)
    if request.method == "POST":
        services.chronology_upload_discard(actor=request.user, review=review, upload=upload)
        messages.success(
            request, f"The import of {upload.original_filename} was cancelled: nothing was imported"
        )
        return redirect("evidence:chronology_import_list", review.reference)
    return _page(
        request,
        "evidence/chronology_import_cancel.html",
        review,
        SECTION,
        **_upload_context(review, upload),
    )
