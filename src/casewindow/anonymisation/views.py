"""The publication check: the review's current report with every replacement and every
unresolved candidate marked, a decision form per candidate, and the decision log. Reading needs
report.view (the real names beside their labels also need person.view); deciding needs
report.edit. Decisions are written by anonymisation.services.decision_record."""

import re
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.anonymisation.forms import DecisionForm
from casewindow.anonymisation.models import AnonymisationDecision
from casewindow.anonymisation.selectors import publication_check_view
from casewindow.anonymisation.services import decision_record, scan
from casewindow.reports.assembly import build_report
from casewindow.reports.forms import PublicationExportForm
from casewindow.reviews.models import Review

_PREFIX = re.compile(r"c\d{1,5}")


def _page(request: HttpRequest, template: str, review: Review, **context: Any) -> HttpResponse:
    return render(
        request,
        template,
        {
            "review": review,
            "membership": request.review_membership,  # type: ignore[attr-defined]
            "can": access.permissions_for(request),
            "review_section": "publication_check",
            "nav_section": "reviews",
            **context,
        },
    )


def _check_page(
    request: HttpRequest, review: Review, bound: DecisionForm | None = None, status: int = 200
) -> HttpResponse:
    content = build_report(review)
    candidates = scan(review, content)
    sections, groups = publication_check_view(content, candidates)
    can = access.permissions_for(request)
    for group in groups:
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
    response = _page(
        request,
        "anonymisation/publication_check.html",
        review,
        sections=sections,
        # Unresolved first: they are what stands between the report and publication.
        groups=sorted(groups, key=lambda g: g.state != "unresolved"),
        unresolved=unresolved,
        replaced_count=sum(1 for g in groups if g.state in ("register", "automatic", "replaced")),
        kept_count=sum(1 for g in groups if g.state == "kept"),
        show_real_names=P.PERSON_VIEW in can,
        can_decide=P.REPORT_EDIT in can,
        error_form=bound,
        form=bound,
        publication_form=PublicationExportForm(prefix="publication"),
    )
    response.status_code = status
    return response


def publication_check(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REPORT_VIEW)
    return _check_page(request, review)


def decide(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REPORT_EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    url = reverse("anonymisation:publication_check", args=[review.reference])
    prefix = request.POST.get("form_prefix", "")
    if not _PREFIX.fullmatch(prefix):
        messages.error(request, "That decision could not be recorded: choose a candidate below.")
        return redirect(url)
    form = DecisionForm(request.POST, prefix=prefix)
    if not form.is_valid():
        if form.has_error("text") or form.has_error("category"):
            messages.error(request, "That candidate is no longer in the report.")
            return redirect(url)
        return _check_page(request, review, bound=form)
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
    messages.success(request, f"Decision recorded: “{data['text']}” {verb} everywhere.")
    return redirect(url + f"#{prefix.replace('c', 'candidate-')}")


def decision_log(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REPORT_VIEW)
    decisions = AnonymisationDecision.objects.filter(review=review).select_related("decided_by")
    return _page(
        request,
        "anonymisation/decision_log.html",
        review,
        decisions=decisions,
        show_real_names=P.PERSON_VIEW in access.permissions_for(request),
    )
