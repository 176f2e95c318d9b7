"""Findings (underlying patterns and case-specific learning): the list, adding, changing with
optimistic locking, the finding's page, removing (soft delete) and restoring. Each view loads
(and so authorises) what it shows through the access module; writes go through
analysis.services.findings."""

from typing import TYPE_CHECKING, Any
from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.analysis.forms.findings import FindingForm
from casewindow.analysis.framework import pattern_areas
from casewindow.analysis.models import Finding
from casewindow.analysis.panels import (
    finding_panels,
    panels_for,
    pattern_area_hints,
    pattern_area_suggestion_offered,
)
from casewindow.analysis.selectors.findings import (
    FindingAnnotated,
    finding_support_problems,
    findings_annotated,
    findings_overview,
    recommendations_for_finding,
    removed_findings,
)
from casewindow.analysis.services import findings as finding_services
from casewindow.analysis.services.conflicts import ConflictView, conflict_form
from casewindow.analysis.services.editing import EditConflict
from casewindow.forms import posted
from casewindow.reviews.models import Review
from casewindow.reviews.pages import confirm_removal, review_page

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

page = review_page


def episode_url(review: Review, episode: Any) -> str:
    """The episode's page, if the episodes area provides one."""
    try:
        return reverse("analysis:episode_detail", args=[review.reference, episode.uuid])
    except NoReverseMatch:
        return ""


# --- views -----------------------------------------------------------------------------------


def finding_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    return page(
        request,
        "analysis/finding_list.html",
        review,
        "findings",
        overview=findings_overview(review=review),
        removed_count=removed_findings(review=review).count(),
    )


# The parts of a finding a pattern-area suggestion reads.
SUGGESTION_TEXT = ("statement", "introduction", "how_featured", "why_not_unique", "summary")


def _finding_form_page(
    request: HttpRequest,
    review: Review,
    form: FindingForm,
    finding: Finding | None,
    conflict: ConflictView | None = None,
    *,
    suggestion_from: str = "",
    suggestion_asked: bool = False,
    template: str = "analysis/finding_form.html",
) -> HttpResponse:
    hints = pattern_area_hints(suggestion_from)
    return page(
        request,
        template,
        review,
        "findings",
        form=form,
        finding=finding,
        conflict=conflict,
        pattern_hints=hints,
        suggestion_asked=suggestion_asked,
        suggestion_offered=pattern_area_suggestion_offered(),
    )


def _suggestion_page(
    request: HttpRequest, review: Review, finding: Finding | None
) -> HttpResponse | None:
    """ "Suggest a pattern area" was pressed: the form again as written, with the suggestion
    beside the pattern-area question; nothing is saved and no area is chosen for the reviewer
    (an htmx request gets the suggestion alone)."""
    if request.method != "POST" or "suggest" not in request.POST:
        return None
    data = request.POST
    initial: dict[str, Any] = {name: data.get(name, "") for name in FindingForm.base_fields}
    initial["episodes"] = data.getlist("episodes")
    form = FindingForm(review=review, initial=initial)
    return _finding_form_page(
        request,
        review,
        form,
        finding,
        suggestion_from="\n".join(data.get(name, "") for name in SUGGESTION_TEXT),
        suggestion_asked=True,
        template="analysis/finding_form.html#pattern_hint"
        if getattr(request, "htmx", False)
        else "analysis/finding_form.html",
    )


def finding_add(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    if suggested := _suggestion_page(request, review, None):
        return suggested
    form = FindingForm(posted(request), review=review, initial={"kind": "systems"})
    if form.is_valid():
        finding = finding_services.finding_save(
            actor=access.signed_in_user(request),
            review=review,
            finding=None,
            values=form.values(),
            episodes=form.cleaned_data["episodes"],
            expected_version=None,
        )
        messages.success(request, f"Finding {finding.number} added")
        return redirect("analysis:finding_detail", review.reference, finding.uuid)
    return _finding_form_page(request, review, form, None)


def finding_edit(request: HttpRequest, reference: str, finding_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    finding = access.review_object_for_user(
        request, review, Finding.objects.alive(), finding_id, P.ANALYSIS_EDIT
    )
    if suggested := _suggestion_page(request, review, finding):
        return suggested
    if request.method != "POST":
        form = FindingForm(review=review, initial=FindingForm.initial_for(finding))
        return _finding_form_page(
            request,
            review,
            form,
            finding,
            suggestion_from="\n".join(getattr(finding, name) for name in SUGGESTION_TEXT)
            if finding.is_systems_finding
            else "",
        )
    form = FindingForm(request.POST, review=review)
    if form.is_valid():
        try:
            finding_services.finding_save(
                actor=access.signed_in_user(request),
                review=review,
                finding=finding,
                values=form.values(),
                episodes=form.cleaned_data["episodes"],
                expected_version=form.cleaned_data["version"],
            )
        except EditConflict as conflict:
            form, view = conflict_form(
                FindingForm, request, conflict, submitted=form, review=review
            )
            return _finding_form_page(request, review, form, conflict.current, view)
        messages.success(request, f"Finding {finding.number} saved")
        return redirect("analysis:finding_detail", review.reference, finding.uuid)
    return _finding_form_page(request, review, form, finding)


def finding_detail(request: HttpRequest, reference: str, finding_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    finding: WithAnnotations[Finding, FindingAnnotated] = access.review_object_for_user(
        request, review, findings_annotated(review=review), finding_id, P.ANALYSIS_VIEW
    )
    return page(
        request,
        "analysis/finding_detail.html",
        review,
        "findings",
        finding=finding,
        area=pattern_areas().get(finding.pattern_area),
        problems=finding_support_problems(finding),
        episodes=[(e, episode_url(review, e)) for e in finding.alive_episodes],
        recommendations=recommendations_for_finding(finding=finding),
        excerpts=finding.excerpts.alive(),
        panels=panels_for(finding_panels, request, review, finding),
    )


def finding_delete(request: HttpRequest, reference: str, finding_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    finding = access.review_object_for_user(
        request, review, Finding.objects.alive(), finding_id, P.ANALYSIS_EDIT
    )
    return confirm_removal(
        request,
        review,
        "findings",
        remove=lambda: finding_services.finding_remove(
            actor=access.signed_in_user(request), review=review, finding=finding
        ),
        removed=f"Finding {finding.number} removed. The lead reviewer can restore it from the "
        "removed findings.",
        done_url=reverse("analysis:finding_list", args=[review.reference]),
        template="analysis/finding_delete.html",
        context=lambda: {
            "finding": finding,
            "episode_count": finding.episodes.alive().count(),
            "recommendations": recommendations_for_finding(finding=finding),
            "excerpt_count": finding.excerpts.alive().count(),
        },
    )


def finding_removed_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_RESTORE)
    return page(
        request,
        "analysis/finding_removed.html",
        review,
        "findings",
        findings=removed_findings(review=review),
    )


def finding_restore(request: HttpRequest, reference: str, finding_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_RESTORE)
    finding = access.review_object_for_user(
        request, review, Finding.objects.all(), finding_id, P.ANALYSIS_RESTORE
    )
    if request.method != "POST":
        # Checked after the access loaders, so an outsider gets 404 whatever the method.
        return HttpResponseNotAllowed(["POST"])
    if finding.deleted_at is not None:
        finding_services.finding_restore(
            actor=access.signed_in_user(request), review=review, finding=finding
        )
        messages.success(request, f"Finding {finding.number} restored")
    return redirect("analysis:finding_detail", review.reference, finding.uuid)
