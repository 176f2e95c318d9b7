"""The learning repository of a partnership, and the lead's release of a review's learning."""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.learning.selectors.repository import filter_choices, learning_filtered
from casewindow.learning.services.release import learning_release, learning_release_withdraw
from casewindow.learning.views.common import filters_from, learning_page, render_learning


def repository(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    page = learning_page(request, partnership_id, "learning repository")
    filters = filters_from(request)
    shown = learning_filtered(page.learning, filters)
    # The lead of a review not yet published may release its learning from here.
    releasable = [
        {"reference": v.review.reference, "released": access.learning_is_released(v.review)}
        for v in page.views
        if v.review.stage not in access.PUBLISHED_STAGES
        and "review.manage" in access.can(request, v.review)
    ]
    return render_learning(
        request,
        "learning/repository.html",
        page,
        reviews=shown,
        total=len(page.learning),
        filters=filters,
        releasable=releasable,
        choices=filter_choices(page.learning),
        counts={
            "findings": sum(len(r.findings) for r in shown),
            "episodes": sum(len(r.episodes) for r in shown),
            "recommendations": sum(len(r.recommendations) for r in shown),
        },
    )


def release(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REVIEW_MANAGE)
    if request.method != "POST":  # after the access check: outsiders learn nothing
        return HttpResponseNotAllowed(["POST"])
    if request.POST.get("withdraw"):
        if learning_release_withdraw(actor=request.user, review=review):
            messages.success(request, "The release of the review's learning was withdrawn")
    else:
        learning_release(actor=request.user, review=review)
        messages.success(request, "The review's learning was released to the partnership")
    return redirect("learning:repository", review.partnership.uuid)
