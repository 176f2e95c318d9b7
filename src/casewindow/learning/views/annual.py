"""The annual learning report: a business manager, lead reviewer or board reader of the
partnership picks a year and downloads the report for the board as a DOCX or a PDF. Only
published or released learning goes in (`access.learning_report_reviews_for_user`), and making
it is recorded in the audit log of every review it read."""

from uuid import UUID

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.text import slugify

from casewindow.accounts import access
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.learning.annual_rendering import render_annual_docx, render_annual_pdf
from casewindow.learning.forms import AnnualReportForm
from casewindow.learning.selectors.annual import annual_learning_report, annual_report_years

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def annual_report(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.learning_report_page_for_user(request, partnership_id)
    views = access.learning_report_reviews_for_user(request.user, partnership)
    reviews = [view.review for view in views]
    years = annual_report_years(partnership=partnership, reviews=reviews)
    choices = [y.year for y in years]
    # A board usually looks back on the year just ended.
    initial = {"year": choices[1] if len(choices) > 1 else choices[0], "file_format": "docx"}
    form = AnnualReportForm(request.GET or None, years=choices, initial=initial)
    if form.is_bound and form.is_valid():
        year, kind = form.cleaned_data["year"], form.cleaned_data["file_format"]
        report = annual_learning_report(partnership=partnership, reviews=reviews, year=year)
        data = render_annual_docx(report) if kind == "docx" else render_annual_pdf(report)
        shown = [v for v in views if v.review.reference in {r.reference for r in report.local}]
        access.learning_views_noted(request, shown, f"annual learning report {year}")
        audit_record(
            actor=request.user,
            action=AuditAction.EXPORT,
            summary=f"Made the annual learning report {year} of {partnership.name} "
            f"({kind.upper()}, {len(report.local)} reviews, {len(report.national)} national "
            "or neighbouring)",
        )
        response = HttpResponse(data, content_type=CONTENT_TYPES[kind])
        name = f"{slugify(partnership.name)}-annual-learning-report-{year}.{kind}"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    return render(
        request,
        "learning/annual_report.html",
        {
            "partnership": partnership,
            "nav_section": "partnerships",
            "is_manager": access.partnerships_managed_by(request.user)
            .filter(pk=partnership.pk)
            .exists(),
            "oversees": True,
            "form": form,
            "review_count": len(reviews),
            "years": years,
        },
    )
