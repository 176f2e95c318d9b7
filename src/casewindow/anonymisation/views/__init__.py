"""The publication check: the review's current report with every replacement and every
unresolved candidate marked, a decision form per candidate, and the decision log. Reading needs
report.view (the real names beside their labels also need person.view); deciding needs
report.edit. Decisions are written by anonymisation.services.decision_record."""

import re
from functools import partial
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, QueryDict
from django.shortcuts import redirect
from django.urls import reverse

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.anonymisation import scans
from casewindow.anonymisation.forms import BulkDecisionForm, DecisionForm
from casewindow.anonymisation.models import AnonymisationDecision, PublicationScan, ScanStatus
from casewindow.anonymisation.selectors import CandidateGroup, publication_check_view
from casewindow.anonymisation.services import decision_record, decisions_record_many
from casewindow.reports.forms import PublicationExportForm
from casewindow.reviews.models import Review
from casewindow.reviews.pages import review_page

_PREFIX = re.compile(r"c\d{1,5}")


_page = partial(review_page, review_section="publication_check")


def _source(review: Review, value: str | None) -> str:
    """The report the page works on; anything not a draft of this review is the working
    report."""
    value = (value or "")[:20]
    return value if value in dict(scans.source_choices(review)) else scans.WORKING_REPORT


def _check_url(review: Review, source: str) -> str:
    url = reverse("anonymisation:publication_check", args=[review.reference])
    return url if source == scans.WORKING_REPORT else f"{url}?source={source}"


def _is_htmx(request: HttpRequest) -> bool:
    return bool(getattr(request, "htmx", False))


def _check_page(
    request: HttpRequest,
    review: Review,
    source: str,
    bound: DecisionForm | None = None,
    status: int = 200,
    bulk: BulkDecisionForm | None = None,
    notice: str = "",
) -> HttpResponse:
    """The page shows the last finished scan of exactly the current content, with the current
    decisions applied to it (no model). Content never scanned is queued for a background scan
    and the page polls for it. Asked by htmx (a decision made in place), only the part below
    the source chooser is rendered, from the same template."""
    content = scans.content_for(review, source)
    scan, strings = scans.scan_state(review, source, content)
    if scan is None:
        scan = scans.scan_request(review=review, source=source, content=content)
    can = access.can(request, review)
    common: dict[str, Any] = {
        "source": source,
        "source_choices": scans.source_choices(review),
        "source_label": scans.source_label(source),
        "check_url": _check_url(review, source),
        "scan": scan,
        "show_real_names": access.shows_real_names(can),
        "can_decide": P.REPORT_EDIT in can,
        "notice": notice,
    }
    template = "anonymisation/publication_check.html"
    if _is_htmx(request):
        template += "#check_body"
    if scan.status != ScanStatus.DONE:
        return _page(request, template, review, **common)
    candidates = scans.scan_candidates(review, scan, strings)
    sections, groups = publication_check_view(content, candidates)
    for group in groups:
        group.shown_text = (
            group.text if access.shows_original_text(can, group.state) else group.replacement
        )
        group.value = f"{group.category}:{group.text}"
        prefix = f"c{group.number}"
        if bound is not None and bound.prefix == prefix:
            group.form = bound
        else:
            decision = group.decision
            group.form = DecisionForm(
                prefix=prefix,
                initial={
                    "text": group.text,
                    "category": group.category,
                    "decision": getattr(decision, "decision", ""),
                    "replacement": getattr(decision, "replacement", "") or group.suggestion,
                    "reason": getattr(decision, "reason", ""),
                },
            )
    unresolved = [g for g in groups if g.state == "unresolved"]
    if bulk is None:
        bulk = BulkDecisionForm(suggestions=_suggestions(groups))
    chosen = (
        set(bulk.data.getlist("candidates"))
        if bulk.is_bound and isinstance(bulk.data, QueryDict)
        else set()
    )
    response = _page(
        request,
        template,
        review,
        **common,
        sections=sections,
        # Unresolved first: they are what stands between the report and publication.
        groups=sorted(groups, key=lambda g: g.state != "unresolved"),
        unresolved=unresolved,
        replaced_count=sum(1 for g in groups if g.state in ("register", "automatic", "replaced")),
        kept_count=sum(1 for g in groups if g.state == "kept"),
        error_form=bound or (bulk if bulk.is_bound else None),
        form=bound or (bulk if bulk.is_bound else None),
        bulk_form=bulk,
        chosen=chosen,
        publication_form=PublicationExportForm(
            prefix="publication", review=review, initial={"source": source}
        ),
    )
    response.status_code = status
    return response


def _suggestions(groups: list[CandidateGroup]) -> dict[str, str]:
    """What the bulk decision offers: each unresolved candidate → its suggested label."""
    return {f"{g.category}:{g.text}": g.suggestion for g in groups if g.state == "unresolved"}


def _decided(
    request: HttpRequest, review: Review, source: str, notice: str, anchor: str
) -> HttpResponse:
    """After a decision: in place for htmx (the part of the page below the chooser, with the
    notice), otherwise back to the page (a plain form post works without JavaScript)."""
    if _is_htmx(request):
        return _check_page(request, review, source, notice=notice)
    messages.success(request, notice)
    return redirect(_check_url(review, source) + anchor)


def publication_check(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REPORT_VIEW)
    return _check_page(request, review, _source(review, request.GET.get("source")))


def scan_status(request: HttpRequest, reference: str, scan_id: UUID) -> HttpResponse:
    """A scan's progress, polled by the publication check every 2 seconds while it runs. Once it
    has finished, the block says so (announced once in the page's live region) with a link to
    the result: the page is never reloaded under the user's focus."""
    review = access.review_for_user(request, reference, P.REPORT_VIEW)
    scan = access.review_object_for_user(
        request,
        review,
        PublicationScan.objects.defer("content", "detections"),
        scan_id,
        P.REPORT_VIEW,
    )
    polled = bool(getattr(request, "htmx", False) and request.GET.get("poll"))
    if polled and not scan.finished:
        # Still running: nothing to swap (204), so nothing is announced again every 2 seconds.
        return HttpResponse(status=204)
    template = "anonymisation/scan_progress.html"
    if not getattr(request, "htmx", False):
        template = "anonymisation/scan_status.html"
    return _page(
        request,
        template,
        review,
        scan=scan,
        source=scan.source,
        source_label=scans.source_label(scan.source),
        check_url=_check_url(review, scan.source),
        finished_now=polled,
    )


def scan_request(request: HttpRequest, reference: str) -> HttpResponse:
    """Check the report again ("Try again" after a failed check; POST only)."""
    review = access.review_for_user(request, reference, P.REPORT_VIEW)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    source = _source(review, request.POST.get("source"))
    scans.scan_request(review=review, source=source, user=request.user)
    return redirect(_check_url(review, source))


def decide(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REPORT_EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    source = _source(review, request.POST.get("source"))
    url = _check_url(review, source)
    prefix = request.POST.get("form_prefix", "")
    if not _PREFIX.fullmatch(prefix):
        messages.error(request, "That decision could not be recorded: choose a candidate below.")
        return redirect(url)
    form = DecisionForm(request.POST, prefix=prefix)
    if not form.is_valid():
        if form.has_error("text") or form.has_error("category"):
            messages.error(request, "That candidate is no longer in the report.")
            return redirect(url)
        return _check_page(request, review, source, bound=form)
    data = form.cleaned_data
    decision_record(
        review=review,
        actor=request.user,
        text=data["text"],
        category=data["category"],
        decision=data["decision"],
        replacement=data["replacement"],
        reason=data["reason"],
    )
    verb = "will be replaced" if data["decision"] == "replace" else "will be kept"
    notice = f"Decision recorded: “{data['text']}” {verb} everywhere."
    return _decided(request, review, source, notice, f"#{prefix.replace('c', 'candidate-')}")


def decide_many(request: HttpRequest, reference: str) -> HttpResponse:
    """One decision for several unresolved candidates chosen in the table (POST only)."""
    review = access.review_for_user(request, reference, P.REPORT_EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    source = _source(review, request.POST.get("source"))
    content = scans.content_for(review, source)
    scan, strings = scans.scan_state(review, source, content)
    if scan is None or scan.status != ScanStatus.DONE:
        messages.error(request, "The check of the report has not finished: decide once it has.")
        return redirect(_check_url(review, source))
    _, groups = publication_check_view(content, scans.scan_candidates(review, scan, strings))
    form = BulkDecisionForm(request.POST, suggestions=_suggestions(groups))
    if not form.is_valid():
        return _check_page(request, review, source, bulk=form)
    chosen = form.decisions()
    decisions_record_many(
        review=review,
        actor=request.user,
        decisions=chosen,
        decision=form.cleaned_data["decision"],
        reason=form.cleaned_data["reason"],
    )
    verb = "will be replaced" if form.cleaned_data["decision"] == "replace" else "will be kept"
    notice = (
        f"{len(chosen)} decision{'s' if len(chosen) != 1 else ''} recorded: "
        + ", ".join(f"“{text}”" for text, _, _ in chosen)
        + f" {verb} everywhere."
    )
    return _decided(request, review, source, notice, "#candidates")


def decision_log(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REPORT_VIEW)
    decisions = AnonymisationDecision.objects.filter(review=review).select_related("decided_by")
    return _page(
        request,
        "anonymisation/decision_log.html",
        review,
        decisions=decisions,
        show_real_names=P.PERSON_VIEW in access.can(request, review),
    )
