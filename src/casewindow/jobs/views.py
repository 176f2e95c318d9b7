"""The "Try again" of a report export (the downloads page lists drafts' and publication
versions' exports too). The review and export are loaded through the access module."""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.jobs import retry


def export_retry(request: HttpRequest, reference: str, export_id: UUID) -> HttpResponse:
    from casewindow.reports.models import ReportExport

    review = access.review_for_user(request, reference, P.REPORT_EDIT)
    export = access.review_object_for_user(
        request, review, ReportExport.objects.select_related("review"), export_id, P.REPORT_EDIT
    )
    if request.method != "POST":  # after the access check: outsiders learn nothing
        return HttpResponseNotAllowed(["POST"])
    try:
        retry.export_retry(actor=request.user, export=export)
    except retry.NotRetryable as refused:
        messages.error(request, str(refused))
    else:
        messages.success(
            request,
            f"The {export.get_format_display()} is being made again. "
            "This page shows when it is ready.",
        )
    return redirect(reverse("reports:export_list", args=[review.reference]) + "#files")
