"""The review's stage: pick the next stage, see what it should have and what is missing,
confirm; reopen a closed review with a reason. Every move is kept in the stage history."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.forms import posted
from casewindow.process.forms import StageChangeForm
from casewindow.process.selectors.stages import stage_checks, stage_history
from casewindow.reviews.models import Review, ReviewStage
from casewindow.reviews.pages import review_page
from casewindow.reviews.services import ReviewError, review_set_stage


@require_http_methods(["GET", "POST"])
def review_stage(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REVIEW_MANAGE)
    form = StageChangeForm(posted(request), initial={"stage": review.stage}, current=review.stage)
    if request.method == "POST" and form.is_valid():
        stage = form.cleaned_data["stage"]
        if stage == review.stage:
            messages.info(request, f"The review is already at stage: {review.get_stage_display()}")
            return redirect("reviews:review_home", review.reference)
        if form.cleaned_data["confirm"]:
            try:
                review_set_stage(
                    actor=access.signed_in_user(request),
                    review=review,
                    stage=stage,
                    reason=form.cleaned_data["reason"],
                )
            except ReviewError as error:
                form.add_error("reason", str(error))
            else:
                messages.success(
                    request, f"The review is now at stage: {review.get_stage_display()}"
                )
                return redirect("reviews:review_home", review.reference)
        return _confirm_page(request, review, form, stage)
    if request.method == "POST" and form.data.get("confirm") and "stage" not in form.errors:
        return _confirm_page(request, review, form, form.data.get("stage", ""))
    return review_page(
        request,
        "process/review_stage.html",
        review,
        "overview",
        form=form,
        history=stage_history(review),
        closed=review.stage == ReviewStage.CLOSED,
    )


def _confirm_page(
    request: HttpRequest, review: Review, form: StageChangeForm, stage: str
) -> HttpResponse:
    checks = stage_checks(review, stage)
    stages = list(ReviewStage.values)
    return review_page(
        request,
        "process/review_stage_confirm.html",
        review,
        "overview",
        form=form,
        target=ReviewStage(stage),
        checks=checks,
        missing=[check for check in checks if not check.done],
        backwards=stages.index(stage) < stages.index(review.stage),
        reopening=review.stage == ReviewStage.CLOSED,
        closing=stage == ReviewStage.CLOSED,
    )
