"""Documents: the list, upload, the reader (with extraction progress), download of the
original, details and people, extracting again and removal. Each view loads (and so
authorises) what it shows through the access module; writes go through the services."""

import mimetypes
from typing import Any
from uuid import UUID

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.http import (
    FileResponse,
    HttpRequest,
    HttpResponse,
    HttpResponseNotAllowed,
)
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.concurrency import StaleEdit, refuse_if_changed, start_editing
from casewindow.downloads import stored_attachment
from casewindow.evidence import search
from casewindow.evidence.forms.documents import (
    DocumentEditForm,
    DocumentUploadForm,
    UploadSizeLimitHandler,
)
from casewindow.evidence.models import ExtractionStatus, SourceDocument
from casewindow.evidence.selectors import documents as selectors
from casewindow.evidence.services import documents as services
from casewindow.forms import posted
from casewindow.reviews.models import Review
from casewindow.reviews.pages import confirm_removal
from casewindow.reviews.pages import review_page as _page

SECTION = "documents"
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
    "txt": "text/plain",
}


def _document(
    request: HttpRequest, review: Review, document_id: UUID, permission: P
) -> SourceDocument:
    return access.review_object_for_user(
        request,
        review,
        SourceDocument.objects.select_related("review", "agency", "uploaded_by"),
        document_id,
        permission,
    )


def document_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    documents = selectors.documents_for_review(review=review)
    return _page(request, "evidence/document_list.html", review, SECTION, documents=documents)


@csrf_exempt  # CSRF is checked by _document_upload, once the upload handlers are in place
@require_http_methods(["GET", "POST"])
def document_upload(request: HttpRequest, reference: str) -> HttpResponse:
    # Authorised before anything reads the request body; then the size limit goes first among
    # the upload handlers, so an oversized file is dropped as it arrives.
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    limit = UploadSizeLimitHandler(request, settings.CASEWINDOW_MAX_UPLOAD_BYTES)
    request.upload_handlers.insert(0, limit)
    return _document_upload(request, review, limit)


@csrf_protect
def _document_upload(
    request: HttpRequest, review: Review, limit: UploadSizeLimitHandler
) -> HttpResponse:
    posted = request.method == "POST"
    form = DocumentUploadForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        review=review,
        over_limit=limit.over_limit,
    )
    if request.method == "POST" and form.is_valid():
        try:
            uploaded = services.documents_upload(
                actor=access.signed_in_user(request),
                review=review,
                uploads=form.cleaned_data["files"],
                kind=form.cleaned_data["kind"],
                agency=form.cleaned_data["agency"],
            )
        except services.DocumentError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            count = len(uploaded)
            messages.success(
                request,
                f"{uploaded[0].title} uploaded" if count == 1 else f"{count} documents uploaded",
            )
            if count == 1:
                return redirect("evidence:document_detail", review.reference, uploaded[0].uuid)
            return redirect("evidence:document_list", review.reference)
    return _page(request, "evidence/document_upload.html", review, SECTION, form=form)


def _reader_context(request: HttpRequest, document: SourceDocument) -> dict[str, Any]:
    query = request.GET.get("q", "").strip()[: search.MAX_QUERY_CHARS]
    paginator = Paginator(
        selectors.document_pages(document=document), selectors.READER_PAGES_PER_SCREEN
    )
    screen = paginator.get_page(request.GET.get("screen"))
    pages = [
        {
            "number": page.number,
            "html": search.highlight(page.text, query) if query else None,
            "text": page.text,
        }
        for page in screen
    ]
    unit = "sheets" if document.file_type == "xlsx" else "pages"
    size = selectors.READER_PAGES_PER_SCREEN

    def label(number: int) -> str:
        first = (number - 1) * size + 1
        return f"{unit.capitalize()} {first} to {min(first + size - 1, paginator.count)}"

    return {
        "screen": screen,
        "pages": pages,
        "query": query,
        "unit": unit,
        "reader_prev_label": label(screen.previous_page_number()) if screen.has_previous() else "",
        "reader_next_label": label(screen.next_page_number()) if screen.has_next() else "",
    }


def document_detail(request: HttpRequest, reference: str, document_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    document = _document(request, review, document_id, P.EVIDENCE_VIEW)
    can = access.can(request, review)
    return _page(
        request,
        "evidence/document_detail.html",
        review,
        SECTION,
        document=document,
        people=document.people.all(),
        show_real_names=access.shows_real_names(can),
        **_reader_context(request, document),
    )


def document_status(request: HttpRequest, reference: str, document_id: UUID) -> HttpResponse:
    """The extraction progress panel, polled by the document page while the text is read."""
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    document = _document(request, review, document_id, P.EVIDENCE_VIEW)
    finished = document.extraction_status in (ExtractionStatus.DONE, ExtractionStatus.FAILED)
    # When the text is read, polling stops with a note and a link to the result: the page is
    # not reloaded under the user's focus, and the page's live region says so once.
    return render(
        request,
        "evidence/document_detail.html#extraction_status",
        {
            "review": review,
            "document": document,
            "can": access.can(request, review),
            "finished_now": finished and bool(getattr(request, "htmx", False)),
        },
    )


def document_download(request: HttpRequest, reference: str, document_id: UUID) -> FileResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    document = _document(request, review, document_id, P.EVIDENCE_VIEW)
    content_type = CONTENT_TYPES.get(document.file_type) or (
        mimetypes.guess_type(document.original_filename)[0] or "application/octet-stream"
    )
    return stored_attachment(
        document.file,
        filename=document.original_filename,
        content_type=content_type,
        record=lambda: services.document_record_download(
            actor=access.signed_in_user(request), document=document
        ),
        missing="The stored file is missing",
    )


DOCUMENT_FIELDS = ["title", "kind", "agency", "people"]


@require_http_methods(["GET", "POST"])
def document_edit(request: HttpRequest, reference: str, document_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    document = _document(request, review, document_id, P.EVIDENCE_EDIT)
    suggestions = selectors.document_people_suggestions(document=document)
    form = DocumentEditForm(posted(request), document=document, suggestions=suggestions)
    start_editing(form, document, DOCUMENT_FIELDS)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                refuse_if_changed(document, DOCUMENT_FIELDS, data["opened_as"])
                services.document_update(
                    actor=access.signed_in_user(request),
                    document=document,
                    title=data["title"],
                    kind=data["kind"],
                    agency=data["agency"],
                    people=data["people"],
                )
        except StaleEdit as stale:
            stale.keep_editing(form)
        except services.DocumentError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, f"{document.title} saved")
            return redirect("evidence:document_detail", review.reference, document.uuid)
    return _page(
        request,
        "evidence/document_edit.html",
        review,
        SECTION,
        form=form,
        document=document,
        suggestions=suggestions,
    )


def document_extract(request: HttpRequest, reference: str, document_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    document = _document(request, review, document_id, P.EVIDENCE_EDIT)
    if request.method != "POST":  # after the access check: outsiders learn nothing
        return HttpResponseNotAllowed(["POST"])
    services.document_extract_again(actor=access.signed_in_user(request), document=document)
    messages.success(request, f"The text of {document.title} will be read again")
    return redirect("evidence:document_detail", review.reference, document.uuid)


@require_http_methods(["GET", "POST"])
def document_delete(request: HttpRequest, reference: str, document_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    document = _document(request, review, document_id, P.EVIDENCE_EDIT)
    return confirm_removal(
        request,
        review,
        SECTION,
        thing=f"the document {document.title}",
        detail=(
            "Its original file, its text and its search entries will be removed. "
            "The audit log keeps a record that it was here."
        ),
        remove=lambda: services.document_delete(
            actor=access.signed_in_user(request), document=document
        ),
        removed=f"{document.title} removed",
        done_url=reverse("evidence:document_list", args=[review.reference]),
        cancel_url=reverse("evidence:document_detail", args=[review.reference, document.uuid]),
    )
