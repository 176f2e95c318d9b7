"""The report pages: the working copy (assembled now from the analysis, with the reviewers'
free-text sections), editing a free-text section, and exports (asking for one, its progress,
downloading it). Every view loads the review through the access module."""

from functools import partial
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseNotAllowed,
)
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.analysis.selectors import agreement as selectors_agreement
from casewindow.analysis.services.editing import EditConflict
from casewindow.downloads import stored_attachment
from casewindow.forms import posted
from casewindow.reports import hooks, services
from casewindow.reports.assembly import build_report
from casewindow.reports.forms import ExportRequestForm, PublicationExportForm, ReportSectionForm
from casewindow.reports.models import ExportFormat, ExportStatus, ReportExport
from casewindow.reports.rendering.html import section_id
from casewindow.reports.sections import FREE_TEXT
from casewindow.reviews.models import Review
from casewindow.reviews.pages import review_page

WORKING_COPY = "Working copy"


_page = partial(review_page, review_section="report")


def report(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REPORT_VIEW)
    # A reviewer coding episodes blind in an agreement check does not see their factors.
    hidden = selectors_agreement.hidden_episode_rounds(review=review, user=request.user)
    content = build_report(review, status=WORKING_COPY, hidden=hidden)
    parts = list(_page_parts(content.sections, 2))
    # The wording of the sections the team writes is checked where they write it; the same
    # keys as the whole report's language check, so a dismissal holds on both pages.
    check = hooks.wording_check.get()(review)  # the language app's (reports/hooks.py)
    for part in parts:
        if part["free_text"]:
            section = part["section"]
            texts = check.block_texts(
                context_key=f"report:{section.key}",
                label=section.title,
                strings=[text for block in section.blocks for text in block.strings()],
            )
            part["flagged"] = [text for text in texts if text.open_flags]
            part["open_flags"] = sum(len(text.open_flags) for text in texts)
    return _page(
        request,
        "reports/report.html",
        review,
        content=content,
        parts=parts,
        can_dismiss=P.REPORT_EDIT in access.can(request, review),
        next_url=request.get_full_path(),
    )


# Where each drawn part of the report comes from, said plainly on the page.
SOURCES = {
    "introduction-family": "Drawn from the people register (publication labels only).",
    "terms-of-reference": "Drawn from the review's terms of reference and research questions.",
    "methodology-model": "Standard text about the systems model.",
    "methodology-team": "Drawn from the review team and case group (roles, never names).",
    "methodology-evidence": "Drawn from the chronologies, documents and conversations.",
    "case-in-brief": "Drawn from the review's case summary and the multi-agency narrative.",
    "appraisal": "Drawn from the key practice episodes and their contributory factors.",
    "findings": "Drawn from the findings.",
    "recommendations": "Drawn from the recommendations.",
    "kpe-table": "Drawn from the key practice episodes.",
    "contributors": "Drawn from the agencies, review team and case group (roles only).",
}


def _page_parts(sections: Any, level: int) -> Any:
    """The report's sections in order, flat, each with its heading level on the page."""
    for section in sections:
        yield {
            "section": section,
            "anchor": section_id(section),
            "heading": f"h{min(level, 6)}",
            "block_heading": f"h{min(level + 1, 6)}",
            "source": SOURCES.get(section.key, ""),
            "free_text": FREE_TEXT.get(section.key),
        }
        yield from _page_parts(section.subsections, level + 1)


@require_http_methods(["GET", "POST"])
def section_edit(request: HttpRequest, reference: str, report_section: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REPORT_EDIT)
    if report_section not in FREE_TEXT:
        raise Http404("No such report section")
    free_text = FREE_TEXT[report_section]
    section = services.report_section_for(review=review, key=report_section)
    conflict = None
    if request.method == "POST":
        form = ReportSectionForm(posted(request), hint=free_text.hint)
        if form.is_valid():
            try:
                services.report_section_save(
                    actor=access.signed_in_user(request),
                    review=review,
                    key=report_section,
                    body=form.cleaned_data["body"],
                    expected_version=form.cleaned_data["version"],
                )
            except EditConflict as error:
                conflict = error
                section = error.current
                form = ReportSectionForm(
                    {"body": form.cleaned_data["body"], "version": section.version},
                    hint=free_text.hint,
                )
                form.is_valid()
            else:
                messages.success(request, f"“{free_text.title}” saved")
                return redirect(f"{_report_url(review)}#{_anchor(report_section)}")
    else:
        form = ReportSectionForm(
            initial={"body": section.body, "version": section.version}, hint=free_text.hint
        )
    return _page(
        request,
        "reports/section_edit.html",
        review,
        form=form,
        free_text=free_text,
        section=section,
        conflict=conflict,
        back=f"{_report_url(review)}#{_anchor(report_section)}",
    )


def _anchor(key: str) -> str:
    return f"section-{key}"  # as rendering.html.section_id


def _report_url(review: Review) -> str:
    from django.urls import reverse

    return reverse("reports:report", args=[review.reference])


@require_http_methods(["GET", "POST"])
def export_list(request: HttpRequest, reference: str) -> HttpResponse:
    """The report's exports with their progress; reviewers ask for a new one here."""
    permission = P.REPORT_EDIT if request.method == "POST" else P.REPORT_VIEW
    # Making an export copies the report: a closed review still allows it.
    review = access.review_for_user(request, reference, permission, copies_only=True)
    form = ExportRequestForm(posted(request))
    if request.method == "POST" and form.is_valid():
        content = build_report(review, status=WORKING_COPY)
        export = services.request_export(
            review=review,
            user=request.user,
            content=content,
            fmt=form.cleaned_data["format"],
            label=WORKING_COPY,
        )
        messages.success(
            request,
            f"The {export.get_format_display()} is being made. This page shows when it is ready.",
        )
        return redirect("reports:export_list", review.reference)
    return _export_list_page(request, review, form=form)


def _export_list_page(
    request: HttpRequest,
    review: Review,
    *,
    form: ExportRequestForm | None = None,
    publication_form: PublicationExportForm | None = None,
    blocked: int = 0,
    blocked_source: str = "report",
    status: int = 200,
) -> HttpResponse:
    exports = list(ReportExport.objects.filter(review=review).select_related("requested_by")[:50])
    response = _page(
        request,
        "reports/export_list.html",
        review,
        form=form or ExportRequestForm(),
        publication_form=publication_form
        or PublicationExportForm(prefix="publication", review=review),
        publication_blocked=blocked,
        publication_blocked_query="" if blocked_source == "report" else f"?source={blocked_source}",
        exports=exports,
        busy=any(not e.finished for e in exports),
    )
    response.status_code = status
    return response


def publication_export(request: HttpRequest, reference: str) -> HttpResponse:
    """Make the publication version (POST only): the report anonymised, then rendered and
    checked. Refused, with nothing queued, while any candidate is unresolved."""
    review = access.review_for_user(request, reference, P.REPORT_EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = PublicationExportForm(request.POST, prefix="publication", review=review)
    if not form.is_valid():
        if form.has_error("source"):
            messages.error(request, "Choose the working report or one of the drafts.")
        else:
            messages.error(request, "Choose the format of the publication version.")
        return redirect("reports:export_list", review.reference)
    source = form.cleaned_data["source"] or "report"
    try:
        export = hooks.publication_export.get()(
            review=review, user=request.user, fmt=form.cleaned_data["format"], source=source
        )
    except hooks.PublicationBlocked as blocked:
        count = len({candidate.key for candidate in blocked.unresolved})
        return _export_list_page(
            request,
            review,
            publication_form=form,
            blocked=count,
            blocked_source=source,
            status=409,
        )
    messages.success(
        request,
        f"The {export.label[0].lower()}{export.label[1:]} is being made as a "
        f"{export.get_format_display()}. It is "
        "checked for personal data once more before it can be downloaded.",
    )
    return redirect(reverse("reports:export_list", args=[review.reference]) + "#files")


def _export(request: HttpRequest, review: Review, export_id: UUID) -> ReportExport:
    return access.review_object_for_user(
        request,
        review,
        ReportExport.objects.select_related("review", "requested_by"),
        export_id,
        P.REPORT_VIEW,
    )


def export_status(request: HttpRequest, reference: str, export_id: UUID) -> HttpResponse:
    """One export's row of the exports table, polled by the page while it is being made."""
    review = access.review_for_user(request, reference, P.REPORT_VIEW)
    export = _export(request, review, export_id)
    # Finished: the row (with its download link) replaces itself and the page's live region
    # says so once; the page is not reloaded under the user's focus.
    finished_now = export.finished and bool(getattr(request, "htmx", False))
    return _page(
        request,
        "reports/export_list.html#export_row",
        review,
        export=export,
        finished_now=finished_now and bool(request.GET.get("poll")),
    )


def export_download(request: HttpRequest, reference: str, export_id: UUID) -> HttpResponseBase:
    review = access.review_for_user(request, reference, P.REPORT_VIEW)
    export = _export(request, review, export_id)
    if export.publication and not export.downloadable:
        # A publication version is handed out only once its rendered file was checked clean.
        # The stored file is never rewritten (and the content it was made from is frozen in
        # the export), so the check made after rendering holds: no second check on download.
        response = _page(request, "reports/export_refused.html", review, export=export)
        response.status_code = 409
        return response
    if export.status != ExportStatus.DONE or not export.file:
        raise Http404("This export is not ready")
    return stored_attachment(
        export.file,
        filename=services.export_filename(export),
        content_type=services.CONTENT_TYPES[ExportFormat(export.format)],
        record=lambda: services.export_record_download(
            actor=access.signed_in_user(request), export=export
        ),
    )
