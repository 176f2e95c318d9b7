"""The annual learning report: a business manager, lead reviewer or board reader of the
partnership picks a year and a kind of file (DOCX or PDF); the report is made in the background
(a busy year takes a while to lay out) and waits on the page for them to download. Only
published or released learning goes in (`access.learning_report_reviews_for_user`), making it is
recorded in the audit log of every review it read, and each file is its maker's alone
(`access.annual_report_file_for_user`)."""

from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render

from casewindow.accounts import access
from casewindow.accounts.models import Partnership
from casewindow.background import FileStatus
from casewindow.downloads import stored_attachment
from casewindow.forms import posted
from casewindow.jobs.selectors import job_stuck
from casewindow.learning.forms import AnnualReportForm
from casewindow.learning.models import AnnualReportFile
from casewindow.learning.selectors.annual import annual_report_years
from casewindow.learning.services import annual as services
from casewindow.learning.services.annual_jobs import TASK

SHOWN = 10  # the maker's latest reports listed on the page


def _stuck(made: AnnualReportFile) -> bool:
    return not made.finished and job_stuck(TASK, file_id=made.pk)


def annual_report(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.learning_report_page_for_user(request, partnership_id)
    views = access.learning_report_reviews_for_user(request.user, partnership)
    reviews = [view.review for view in views]
    years = annual_report_years(partnership=partnership, reviews=reviews)
    choices = [y.year for y in years]
    # A board usually looks back on the year just ended.
    initial = {"year": choices[1] if len(choices) > 1 else choices[0], "file_format": "docx"}
    form = AnnualReportForm(posted(request), years=choices, initial=initial)
    if request.method == "POST" and form.is_valid():
        year, kind = form.cleaned_data["year"], form.cleaned_data["file_format"]
        services.annual_file_request(
            actor=access.signed_in_user(request),
            partnership=partnership,
            reviews=reviews,
            year=year,
            file_format=kind,
        )
        messages.success(
            request,
            f"The annual learning report {year} ({kind.upper()}) is being made. "
            "This page shows when it is ready to download.",
        )
        return redirect(f"{request.path}#made")
    made = AnnualReportFile.objects.filter(
        partnership=partnership, requested_by=access.signed_in_user(request)
    )[:SHOWN]
    return render(
        request,
        "learning/annual_report.html",
        {
            **_context(request, partnership),
            "form": form,
            "review_count": len(reviews),
            "years": years,
            "rows": [(item, _stuck(item)) for item in made],
        },
    )


def _context(request: HttpRequest, partnership: Partnership) -> dict[str, object]:
    return {
        "partnership": partnership,
        "nav_section": "partnerships",
        "is_manager": access.partnerships_managed_by(request.user)
        .filter(pk=partnership.pk)
        .exists(),
        "oversees": True,
    }


def annual_report_status(request: HttpRequest, partnership_id: UUID, file_id: UUID) -> HttpResponse:
    """One report's row, polled by the page while it is being made."""
    partnership = access.learning_report_page_for_user(request, partnership_id)
    made = access.annual_report_file_for_user(request, partnership, file_id)
    return render(
        request,
        "learning/annual_report.html#annual_row",
        {
            **_context(request, partnership),
            "made": made,
            "stuck": _stuck(made),
            "finished_now": made.finished and bool(request.GET.get("poll")),
        },
    )


def annual_report_download(
    request: HttpRequest, partnership_id: UUID, file_id: UUID
) -> HttpResponseBase:
    partnership = access.learning_report_page_for_user(request, partnership_id)
    made = access.annual_report_file_for_user(request, partnership, file_id)
    if made.status != FileStatus.DONE or not made.file:
        raise Http404("This report is not ready")
    return stored_attachment(
        made.file,
        filename=services.annual_file_name(made),
        content_type=services.CONTENT_TYPES[made.file_format],
        record=lambda: services.annual_file_record_download(
            actor=access.signed_in_user(request), made=made
        ),
    )
