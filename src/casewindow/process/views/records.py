"""Records management pages: retention (business manager), deleting a review created by
mistake and turning a rapid review into a full review (lead reviewer)."""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.forms import posted
from casewindow.process.forms import (
    ConvertForm,
    DeletionForm,
    RetentionDateForm,
    RetentionYearsForm,
)
from casewindow.process.models import ReviewTombstone
from casewindow.process.services import records
from casewindow.process.views.partnership import partnership_page
from casewindow.reviews.models import Review, ReviewStage, ReviewType
from casewindow.reviews.pages import review_page


@require_http_methods(["GET", "POST"])
def retention(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    years = records.retention_years(partnership)
    form = RetentionYearsForm(posted(request), initial={"years": years})
    if request.method == "POST" and form.is_valid():
        records.retention_policy_set(
            actor=access.signed_in_user(request),
            partnership=partnership,
            years=form.cleaned_data["years"],
        )
        messages.success(request, "Retention rule saved")
        return redirect("process:retention", partnership.uuid)
    today = timezone.localdate()
    rows = [
        (review, records.review_retention_date(review, years))
        for review in Review.objects.filter(partnership=partnership)
        .select_related("retention")
        .order_by("reference")
    ]
    return partnership_page(
        request,
        "process/retention.html",
        partnership,
        form=form,
        rows=rows,
        past=[(r, d) for r, d in rows if d is not None and d < today],
        today=today,
        tombstones=ReviewTombstone.objects.filter(partnership=partnership),
    )


def _partnership_review(request: HttpRequest, partnership_id: UUID, review_id: UUID) -> Review:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    return access.object_of(
        partnership,
        Review.objects.select_related("partnership", "retention"),
        via="partnership",
        uuid=review_id,
    )


@require_http_methods(["GET", "POST"])
def review_retention_edit(
    request: HttpRequest, partnership_id: UUID, review_id: UUID
) -> HttpResponse:
    review = _partnership_review(request, partnership_id, review_id)
    own = getattr(review, "retention", None)
    form = RetentionDateForm(
        posted(request), initial={"retain_until": own.retain_until if own else None}
    )
    if request.method == "POST" and form.is_valid():
        records.review_retention_set(
            actor=access.signed_in_user(request),
            review=review,
            retain_until=form.cleaned_data["retain_until"],
        )
        messages.success(request, f"Retention date of {review.reference} saved")
        return redirect("process:retention", review.partnership.uuid)
    return partnership_page(
        request, "process/review_retention_form.html", review.partnership, form=form, review=review
    )


@require_http_methods(["GET", "POST"])
def review_destroy(request: HttpRequest, partnership_id: UUID, review_id: UUID) -> HttpResponse:
    review = _partnership_review(request, partnership_id, review_id)
    form = DeletionForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            tombstone = records.review_destroy(
                actor=access.signed_in_user(request),
                review=review,
                reason=form.cleaned_data["reason"],
            )
        except records.RecordsRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, f"Review {tombstone.reference} deleted; its record is kept")
            return redirect("process:retention", review.partnership.uuid)
    years = records.retention_years(review.partnership)
    return partnership_page(
        request,
        "process/review_destroy.html",
        review.partnership,
        form=form,
        review=review,
        retain_until=records.review_retention_date(review, years),
        is_open=review.stage != ReviewStage.CLOSED,
    )


@require_http_methods(["GET", "POST"])
def review_delete(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REVIEW_MANAGE)
    form = DeletionForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            records.review_delete_mistake(
                actor=access.signed_in_user(request),
                review=review,
                reason=form.cleaned_data["reason"],
            )
        except records.RecordsRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, f"Review {review.reference} deleted")
            return redirect("reviews:dashboard")
    return review_page(
        request,
        "process/review_delete.html",
        review,
        "overview",
        form=form,
        holds_evidence=records.review_holds_evidence(review),
    )


@require_http_methods(["GET", "POST"])
def review_convert(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REVIEW_MANAGE)
    form = ConvertForm(posted(request), initial={"review_type": ReviewType.LEARNING_TOGETHER})
    if request.method == "POST" and form.is_valid():
        try:
            records.review_convert_to_full(
                actor=access.signed_in_user(request), review=review, **form.cleaned_data
            )
        except records.RecordsRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, "The rapid review is now a full review; everything is kept")
            return redirect("reviews:review_home", review.reference)
    return review_page(
        request,
        "process/review_convert.html",
        review,
        "overview",
        form=form,
        is_rapid=review.review_type == ReviewType.RAPID_REVIEW,
    )
