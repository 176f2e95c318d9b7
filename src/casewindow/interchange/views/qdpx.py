"""REFI-QDA in the browser, for the lead reviewer (review.manage): download the review as a
.qdpx project, and import a project made in NVivo, ATLAS.ti, MAXQDA or QualCoder. The review is
loaded (and so authorised and the visit noted) through the access module; the export and the
import are recorded in the review's audit log by the services."""

import io

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.downloads import attachment
from casewindow.evidence.forms.documents import UploadSizeLimitHandler
from casewindow.interchange.forms import QdpxImportForm
from casewindow.interchange.qdpx import QdpxError, qdpx_export
from casewindow.interchange.qdpx_import import QdpxImportError, qdpx_import
from casewindow.reviews.models import Review, ReviewStage
from casewindow.reviews.pages import review_page

SECTION = "qdpx"


@csrf_exempt  # CSRF is checked by _qdpx_page, once the upload handlers are in place
@require_http_methods(["GET", "POST"])
def qdpx_page(request: HttpRequest, reference: str) -> HttpResponse:
    # Authorised before anything reads the request body; the size limit goes first among the
    # upload handlers, so an oversized file is dropped as it arrives.
    review = access.review_for_user(request, reference, P.REVIEW_MANAGE)
    limit = UploadSizeLimitHandler(request, settings.CASEWINDOW_MAX_UPLOAD_BYTES)
    request.upload_handlers.insert(0, limit)
    return _qdpx_page(request, review, limit)


@csrf_protect
def _qdpx_page(request: HttpRequest, review: Review, limit: UploadSizeLimitHandler) -> HttpResponse:
    posted = request.method == "POST"
    form = QdpxImportForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        over_limit=limit.over_limit,
    )
    if posted and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            summary = qdpx_import(
                actor=request.user,
                review=review,
                fileobj=upload,
                label=upload.name or "The file",
                via="browser",
            )
        except QdpxImportError as error:
            form.add_error("file", f"{error} Nothing was imported.")
        else:
            count = len(summary.documents)
            text = (
                f"{count} document{'s' if count != 1 else ''} and {summary.excerpts} coded "
                f"excerpt{'s' if summary.excerpts != 1 else ''} imported from {upload.name}"
            )
            if summary.skipped_sources:
                text += f" ({summary.skipped_sources} sources that are not text left out)"
            messages.success(request, text)
            return redirect("evidence:document_list", review.reference)
    return review_page(
        request,
        "interchange/qdpx.html",
        review,
        SECTION,
        form=form,
        closed=review.stage == ReviewStage.CLOSED,
    )


def qdpx_download(request: HttpRequest, reference: str) -> HttpResponseBase:
    # Authorised first, so a review the visitor may not see is 404 whatever the method.
    review = access.review_for_user(request, reference, P.REVIEW_MANAGE, copies_only=True)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET"])
    buffer = io.BytesIO()
    try:
        qdpx_export(actor=request.user, review=review, target=buffer, via="browser")
    except QdpxError as error:
        messages.error(request, str(error))
        return redirect("interchange:qdpx", review.reference)
    buffer.seek(0)
    return attachment(buffer, filename=f"{review.reference}.qdpx", content_type="application/zip")
