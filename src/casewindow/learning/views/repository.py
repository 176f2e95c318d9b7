"""The learning repository of a partnership, and the lead's release of a review's learning."""

from urllib.parse import urlencode
from uuid import UUID

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.learning.selectors.pool import (
    pooled_filter_choices,
    pooled_repository,
    pooled_repository_counts,
)
from casewindow.learning.selectors.repository import learning_filtered
from casewindow.learning.services.release import learning_release, learning_release_withdraw
from casewindow.learning.views.common import filters_from, learning_scope, render_learning

PER_PAGE = 10  # reviews a page (each with all its findings, episodes and recommendations)


def repository(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    page = learning_scope(request, partnership_id, "learning repository", noted=False)
    filters = filters_from(request)
    # Local reviews first (in reference order), then national and neighbouring ones; the
    # database filters, counts and pages the local ones.
    national = learning_filtered(page.national, filters)
    counted = pooled_repository_counts(page.scope, filters)
    paginator = Paginator(range(counted.matched + len(national)), PER_PAGE)
    shown_page = paginator.get_page(request.GET.get("page"))
    offset = (shown_page.number - 1) * PER_PAGE
    local = pooled_repository(page.scope, filters, offset=offset, limit=PER_PAGE)
    start = max(0, offset - counted.matched)
    shown = local + national[start : start + PER_PAGE - len(local)]
    # The audit log records the reviews whose learning this page showed.
    access.learning_views_noted(
        request,
        [v for v in page.views if v.review.pk in {r.review_id for r in local}],
        "learning repository",
    )
    # The lead of a review not yet published may release its learning from here (a lead
    # sees the review's unpublished analysis: only those views are asked about).
    releasable = [
        {"reference": v.review.reference, "released": access.learning_is_released(v.review)}
        for v in page.views
        if v.sees_unpublished
        and v.review.stage not in access.PUBLISHED_STAGES
        and "review.manage" in access.can(request, v.review)
    ]
    counts = dict(counted.counts)
    for review in national:
        counts["findings"] += len(review.findings)
        counts["episodes"] += len(review.episodes)
        counts["recommendations"] += len(review.recommendations)
    query = urlencode(
        [
            (k, v)
            for k, v in request.GET.items()
            if k != "page" and v and k in filters.__dataclass_fields__
        ]
    )
    return render_learning(
        request,
        "learning/repository.html",
        page,
        reviews=shown,
        matched=counted.matched + len(national),
        total=page.review_count,
        filters=filters,
        releasable=releasable,
        choices=pooled_filter_choices(page.scope, page.national),
        counts=counts,
        page=shown_page,
        query=query,
    )


def release(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REVIEW_MANAGE)
    if request.method != "POST":  # after the access check: outsiders learn nothing
        return HttpResponseNotAllowed(["POST"])
    if request.POST.get("withdraw"):
        if learning_release_withdraw(actor=request.user, review=review):
            messages.success(request, "The release of the review's learning was withdrawn")
    else:
        learning_release(actor=access.signed_in_user(request), review=review)
        messages.success(request, "The review's learning was released to the partnership")
    return redirect("learning:repository", review.partnership.uuid)
