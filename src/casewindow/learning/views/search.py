"""Search across the reviews whose learning the user may see."""

from uuid import UUID

from django.http import HttpRequest, HttpResponse

from casewindow.learning.selectors.search import learning_search
from casewindow.learning.services.search_index import learning_index_sync
from casewindow.learning.views.common import learning_page, render_learning


def search(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    page = learning_page(request, partnership_id, "learning search")
    query = request.GET.get("q", "")[:300].replace("\x00", "").strip()
    groups = []
    if query:
        learning_index_sync(learning=page.learning)
        groups = learning_search(learning=page.learning, query=query)
    return render_learning(
        request,
        "learning/search.html",
        page,
        query=query,
        groups=groups,
        hit_count=sum(len(g.hits) for g in groups),
    )
