"""Recommendations and action plans: the list, adding and changing recommendations (with
optimistic locking), their pages, removing and restoring them; adding and changing actions,
recording progress, and the action plan with overdue actions first. Board readers may read all
of this and record progress; only the review team writes recommendations and actions."""

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.analysis.forms.findings import (
    KIND_EXPLANATIONS,
    ActionForm,
    ActionProgressForm,
    RecommendationForm,
)
from casewindow.analysis.models import ActionItem, ActionStatus, Recommendation
from casewindow.analysis.selectors.findings import (
    action_plan,
    actions_of_live_recommendations,
    recommendation_actions,
    recommendations_overview,
    removed_actions,
    removed_recommendations,
)
from casewindow.analysis.services import recommendations as services
from casewindow.analysis.services.conflicts import ConflictView, conflict_form
from casewindow.analysis.services.editing import EditConflict
from casewindow.analysis.views.findings import page
from casewindow.forms import posted
from casewindow.reviews.models import Review
from casewindow.reviews.pages import confirm_removal

SECTION = "recommendations"


def recommendation_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ACTIONS_VIEW)
    return page(
        request,
        "analysis/recommendation_list.html",
        review,
        SECTION,
        recommendations=recommendations_overview(review=review),
        explanations=KIND_EXPLANATIONS,
        removed_count=removed_recommendations(review=review).count()
        + removed_actions(review=review).count(),
    )


def _recommendation_form_page(
    request: HttpRequest,
    review: Review,
    form: RecommendationForm,
    recommendation: Recommendation | None,
    conflict: ConflictView | None = None,
) -> HttpResponse:
    return page(
        request,
        "analysis/recommendation_form.html",
        review,
        SECTION,
        form=form,
        recommendation=recommendation,
        conflict=conflict,
    )


def recommendation_add(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    initial = {}
    try:
        finding_id = UUID(request.GET.get("finding", ""))
    except ValueError:
        finding_id = None
    if finding_id:
        initial["findings"] = list(review.findings.alive().filter(uuid=finding_id))
    form = RecommendationForm(posted(request), review=review, initial=initial)
    if form.is_valid():
        recommendation = services.recommendation_save(
            actor=request.user,
            review=review,
            recommendation=None,
            values=form.values(),
            findings=form.cleaned_data["findings"],
            expected_version=None,
        )
        messages.success(request, f"Recommendation {recommendation.number} added")
        return redirect("analysis:recommendation_detail", review.reference, recommendation.uuid)
    return _recommendation_form_page(request, review, form, None)


def recommendation_edit(
    request: HttpRequest, reference: str, recommendation_id: UUID
) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    recommendation = access.review_object_for_user(
        request, review, Recommendation.objects.alive(), recommendation_id, P.ANALYSIS_EDIT
    )
    if request.method != "POST":
        form = RecommendationForm(
            review=review, initial=RecommendationForm.initial_for(recommendation)
        )
        return _recommendation_form_page(request, review, form, recommendation)
    form = RecommendationForm(request.POST, review=review)
    if form.is_valid():
        try:
            services.recommendation_save(
                actor=request.user,
                review=review,
                recommendation=recommendation,
                values=form.values(),
                findings=form.cleaned_data["findings"],
                expected_version=form.cleaned_data["version"],
            )
        except EditConflict as conflict:
            form, view = conflict_form(
                RecommendationForm, request, conflict, submitted=form, review=review
            )
            return _recommendation_form_page(request, review, form, conflict.current, view)
        messages.success(request, f"Recommendation {recommendation.number} saved")
        return redirect("analysis:recommendation_detail", review.reference, recommendation.uuid)
    return _recommendation_form_page(request, review, form, recommendation)


def recommendation_detail(
    request: HttpRequest, reference: str, recommendation_id: UUID
) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ACTIONS_VIEW)
    recommendation = access.review_object_for_user(
        request,
        review,
        Recommendation.objects.alive().select_related("owner_agency"),
        recommendation_id,
        P.ACTIONS_VIEW,
    )
    return page(
        request,
        "analysis/recommendation_detail.html",
        review,
        SECTION,
        recommendation=recommendation,
        explanation=KIND_EXPLANATIONS[recommendation.kind],
        findings=recommendation.findings.alive().order_by("number"),
        actions=recommendation_actions(recommendation=recommendation),
    )


def recommendation_delete(
    request: HttpRequest, reference: str, recommendation_id: UUID
) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    recommendation = access.review_object_for_user(
        request, review, Recommendation.objects.alive(), recommendation_id, P.ANALYSIS_EDIT
    )
    return confirm_removal(
        request,
        review,
        SECTION,
        remove=lambda: services.recommendation_remove(
            actor=request.user, review=review, recommendation=recommendation
        ),
        removed=f"Recommendation {recommendation.number} removed, with its action plan. The "
        "lead reviewer can restore it from the removed recommendations.",
        done_url=reverse("analysis:recommendation_list", args=[review.reference]),
        template="analysis/recommendation_delete.html",
        context=lambda: {
            "recommendation": recommendation,
            "finding_count": recommendation.findings.alive().count(),
            "action_count": recommendation.actions.alive().count(),
        },
    )


def recommendation_removed_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_RESTORE)
    return page(
        request,
        "analysis/recommendation_removed.html",
        review,
        SECTION,
        recommendations=removed_recommendations(review=review),
        actions=removed_actions(review=review),
    )


def recommendation_restore(
    request: HttpRequest, reference: str, recommendation_id: UUID
) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_RESTORE)
    recommendation = access.review_object_for_user(
        request, review, Recommendation.objects.all(), recommendation_id, P.ANALYSIS_RESTORE
    )
    if request.method != "POST":
        # Checked after the access loaders, so an outsider gets 404 whatever the method.
        return HttpResponseNotAllowed(["POST"])
    if recommendation.deleted_at is not None:
        services.recommendation_restore(
            actor=request.user, review=review, recommendation=recommendation
        )
        messages.success(request, f"Recommendation {recommendation.number} restored")
    return redirect("analysis:recommendation_detail", review.reference, recommendation.uuid)


# --- actions ---------------------------------------------------------------------------------


def _action_form_page(
    request: HttpRequest,
    review: Review,
    form: Any,
    recommendation: Recommendation,
    action: ActionItem | None,
    template: str = "analysis/action_form.html",
    conflict: ConflictView | None = None,
) -> HttpResponse:
    return page(
        request,
        template,
        review,
        SECTION,
        form=form,
        recommendation=recommendation,
        action=action,
        conflict=conflict,
    )


def action_add(request: HttpRequest, reference: str, recommendation_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    recommendation = access.review_object_for_user(
        request, review, Recommendation.objects.alive(), recommendation_id, P.ANALYSIS_EDIT
    )
    form = ActionForm(posted(request), initial={"status": ActionStatus.NOT_STARTED})
    if form.is_valid():
        services.action_save(
            actor=request.user,
            recommendation=recommendation,
            action=None,
            values=form.values(),
            expected_version=None,
        )
        messages.success(request, f"Action added to recommendation {recommendation.number}")
        return redirect("analysis:recommendation_detail", review.reference, recommendation.uuid)
    return _action_form_page(request, review, form, recommendation, None)


def action_edit(request: HttpRequest, reference: str, action_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    action = access.review_object_for_user(
        request, review, actions_of_live_recommendations(), action_id, P.ANALYSIS_EDIT
    )
    recommendation = action.recommendation
    if request.method != "POST":
        form = ActionForm(initial=ActionForm.initial_for(action))
        return _action_form_page(request, review, form, recommendation, action)
    form = ActionForm(request.POST)
    if form.is_valid():
        try:
            services.action_save(
                actor=request.user,
                recommendation=recommendation,
                action=action,
                values=form.values(),
                expected_version=form.cleaned_data["version"],
            )
        except EditConflict as conflict:
            form, view = conflict_form(ActionForm, request, conflict, submitted=form)
            return _action_form_page(
                request, review, form, recommendation, conflict.current, conflict=view
            )
        messages.success(request, "Action saved")
        return redirect("analysis:recommendation_detail", review.reference, recommendation.uuid)
    return _action_form_page(request, review, form, recommendation, action)


def action_progress(request: HttpRequest, reference: str, action_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ACTIONS_UPDATE)
    action = access.review_object_for_user(
        request, review, actions_of_live_recommendations(), action_id, P.ACTIONS_UPDATE
    )
    recommendation = action.recommendation
    template = "analysis/action_progress.html"
    if request.method != "POST":
        form = ActionProgressForm(initial=ActionProgressForm.initial_for(action))
        return _action_form_page(request, review, form, recommendation, action, template)
    form = ActionProgressForm(request.POST)
    if form.is_valid():
        try:
            services.action_progress_record(
                actor=request.user,
                action=action,
                values=form.values(),
                expected_version=form.cleaned_data["version"],
            )
        except EditConflict as conflict:
            form, view = conflict_form(ActionProgressForm, request, conflict, submitted=form)
            return _action_form_page(
                request, review, form, recommendation, conflict.current, template, view
            )
        messages.success(request, "Progress recorded")
        return redirect("analysis:action_plan", review.reference)
    return _action_form_page(request, review, form, recommendation, action, template)


def action_delete(request: HttpRequest, reference: str, action_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    action = access.review_object_for_user(
        request, review, actions_of_live_recommendations(), action_id, P.ANALYSIS_EDIT
    )
    recommendation = action.recommendation
    return confirm_removal(
        request,
        review,
        SECTION,
        remove=lambda: services.action_remove(actor=request.user, action=action),
        removed="Action removed from the action plan. The lead reviewer can restore it from the "
        "removed recommendations and actions.",
        done_url=reverse(
            "analysis:recommendation_detail", args=[review.reference, recommendation.uuid]
        ),
        template="analysis/action_delete.html",
        context=lambda: {"action": action, "recommendation": recommendation},
    )


def action_restore(request: HttpRequest, reference: str, action_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_RESTORE)
    action = access.review_object_for_user(
        request, review, actions_of_live_recommendations(alive=False), action_id, P.ANALYSIS_RESTORE
    )
    if request.method != "POST":
        # Checked after the access loaders, so an outsider gets 404 whatever the method.
        return HttpResponseNotAllowed(["POST"])
    if action.deleted_at is not None:
        services.action_restore(actor=request.user, action=action)
        messages.success(
            request, f"Action of recommendation {action.recommendation.number} restored"
        )
    return redirect("analysis:recommendation_detail", review.reference, action.recommendation.uuid)


def action_plan_view(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ACTIONS_VIEW)
    return page(
        request, "analysis/action_plan.html", review, SECTION, plan=action_plan(review=review)
    )
