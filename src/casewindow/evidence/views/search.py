"""Search across a review's documents, conversations and chronology entries."""

from django.http import HttpRequest, HttpResponse

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.evidence import search
from casewindow.evidence.forms.documents import SearchForm
from casewindow.evidence.selectors import search as selectors
from casewindow.reviews.pages import review_page as _page

RESULTS_LIMIT = 50


def search_page(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    data = request.GET.copy() if request.GET else None
    if data is not None and not data.getlist("kinds"):
        data.setlist("kinds", list(search.KINDS))  # nothing ticked: search everything
    form = SearchForm(data)
    results: list[selectors.SearchResult] | None = None
    query = ""
    if not form.is_bound:
        form = SearchForm(initial={"kinds": list(search.KINDS)})
    elif form.is_valid():
        query = form.cleaned_data["q"].strip()
        if query:
            results = selectors.search_results(
                review=review, query=query, kinds=form.chosen_kinds(), limit=RESULTS_LIMIT
            )
    return _page(
        request,
        "evidence/search.html",
        review,
        "search",
        form=form,
        query=query,
        searchable=bool(search.query_terms(query)),
        results=results,
        limit=RESULTS_LIMIT,
    )
