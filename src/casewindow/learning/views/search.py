"""Search across the reviews whose learning the user may see."""

from uuid import UUID

from django.http import HttpRequest, HttpResponse

from casewindow.accounts import access
from casewindow.learning.selectors.pool import pooled_headers
from casewindow.learning.selectors.search import learning_search
from casewindow.learning.views.common import learning_scope, render_learning


def search(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    # The search index is brought up to date with the pooled learning (services.pool).
    page = learning_scope(request, partnership_id, "learning search", noted=False)
    query = request.GET.get("q", "")[:300].replace("\x00", "").strip()
    groups = []
    if query:
        groups = learning_search(
            review_ids=page.scope.ids,
            headers=lambda ids: pooled_headers(page.scope, ids),
            national=page.national,
            query=query,
        )
    # The audit log records the reviews whose learning the page showed: those with hits.
    with_hits = {g.learning.review_id for g in groups}
    access.learning_views_noted(
        request, [v for v in page.views if v.review.pk in with_hits], "learning search"
    )
    return render_learning(
        request,
        "learning/search.html",
        page,
        query=query,
        groups=groups,
        hit_count=sum(len(g.hits) for g in groups),
    )
