"""The review's archives: the lead asks for one (whole or anonymised), watches it being made,
downloads it. Lead only (review.manage, through `accounts/access.py`); a closed review still
allows it (an archive copies what is there and changes nothing)."""

from functools import partial
from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.background import FileStatus
from casewindow.downloads import stored_attachment
from casewindow.forms import posted
from casewindow.interchange import services
from casewindow.interchange.forms import ANONYMISED, ArchiveRequestForm
from casewindow.interchange.models import ReviewArchive
from casewindow.jobs.selectors import job_stuck
from casewindow.reviews.models import Review
from casewindow.reviews.pages import review_page

TASK = "casewindow.interchange.tasks.review_archive_make"
_page = partial(review_page, review_section="home")


def _stuck(archive: ReviewArchive) -> bool:
    if archive.finished:
        return False
    return job_stuck(TASK, archive_id=archive.pk)


def archive_list(request: HttpRequest, reference: str) -> HttpResponse:
    """The review's archives with their progress; the lead asks for a new one here."""
    review = access.review_for_user(request, reference, P.REVIEW_MANAGE, copies_only=True)
    form = ArchiveRequestForm(posted(request))
    if request.method == "POST" and form.is_valid():
        anonymised = form.cleaned_data["kind"] == ANONYMISED
        services.archive_request(actor=request.user, review=review, anonymised=anonymised)
        messages.success(
            request,
            f"The {'anonymised learning' if anonymised else 'whole review'} archive is being "
            "made. This page shows when it is ready.",
        )
        return redirect("interchange:archive_list", review.reference)
    archives = list(ReviewArchive.objects.filter(review=review).select_related("requested_by")[:20])
    rows = [(archive, _stuck(archive)) for archive in archives]
    return _page(
        request,
        "interchange/archive_list.html",
        review,
        form=form,
        rows=rows,
    )


def _archive(request: HttpRequest, review: Review, archive_id: UUID) -> ReviewArchive:
    return access.review_object_for_user(
        request,
        review,
        ReviewArchive.objects.select_related("review", "requested_by"),
        archive_id,
        P.REVIEW_MANAGE,
    )


def archive_status(request: HttpRequest, reference: str, archive_id: UUID) -> HttpResponse:
    """One archive's row, polled by the page while it is being made."""
    review = access.review_for_user(request, reference, P.REVIEW_MANAGE, copies_only=True)
    archive = _archive(request, review, archive_id)
    finished_now = archive.finished and bool(request.GET.get("poll"))
    return _page(
        request,
        "interchange/archive_list.html#archive_row",
        review,
        archive=archive,
        stuck=_stuck(archive),
        finished_now=finished_now,
    )


def archive_download(request: HttpRequest, reference: str, archive_id: UUID) -> HttpResponseBase:
    review = access.review_for_user(request, reference, P.REVIEW_MANAGE, copies_only=True)
    archive = _archive(request, review, archive_id)
    if archive.status != FileStatus.DONE or not archive.file:
        raise Http404("This archive is not ready")
    return stored_attachment(
        archive.file,
        filename=services.archive_filename(archive),
        content_type="application/zip",
        record=lambda: services.archive_record_download(actor=request.user, archive=archive),
    )
