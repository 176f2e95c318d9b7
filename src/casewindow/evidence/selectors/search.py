"""Searching a review's evidence: the hits of casewindow.evidence.search with the page each
one opens, scoped to one review the caller has already loaded through casewindow.accounts.access."""

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode
from uuid import UUID

from django.urls import NoReverseMatch, reverse

from casewindow.evidence import search
from casewindow.evidence.models import ChronologyEntry, Conversation, SourceDocument
from casewindow.evidence.selectors.documents import reader_screen_for_page
from casewindow.reviews.models import Review


@dataclass(frozen=True)
class SearchResult:
    hit: search.SearchHit
    agency: str
    url: str | None  # None where the page it belongs to does not exist (yet)


def _reverse(name: str, *args: object) -> str | None:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def search_results(
    *, review: Review, query: str, kinds: Iterable[str] | None = None, limit: int = 50
) -> list[SearchResult]:
    """Search hits in the review, each with the agency it came from and a link to read it in
    place. Hits whose object has since gone are left out."""
    hits = search.search_review(review=review, query=query, kinds=kinds, limit=limit)
    wanted: dict[str, set[UUID]] = {}
    for hit in hits:
        wanted.setdefault(hit.kind, set()).add(hit.object_uuid)
    agencies: dict[tuple[str, UUID], str] = {}
    if wanted.get("document"):
        for uuid, agency in SourceDocument.objects.filter(
            review=review, uuid__in=wanted["document"]
        ).values_list("uuid", "agency__name"):
            agencies[("document", uuid)] = agency or ""
    if wanted.get("chronology"):
        for uuid, agency in ChronologyEntry.objects.filter(
            review=review, uuid__in=wanted["chronology"]
        ).values_list("uuid", "agency__name"):
            agencies[("chronology", uuid)] = agency or ""
    if wanted.get("conversation"):
        for uuid, agency in Conversation.objects.filter(
            review=review, uuid__in=wanted["conversation"]
        ).values_list("uuid", "practitioner__agency__name"):
            agencies[("conversation", uuid)] = agency or ""
    # Each URL pattern is reversed once, for a placeholder UUID that is then swapped for each
    # hit's: reversing fifty times costs more than the search itself.
    document_url = _reverse("evidence:document_detail", review.reference, _PLACEHOLDER)
    conversation_url = _reverse("evidence:conversation_detail", review.reference, _PLACEHOLDER)
    chronology_url = _reverse("evidence:chronology", review.reference)
    q = urlencode({"q": query})
    results = []
    for hit in hits:
        key = (hit.kind, hit.object_uuid)
        if key not in agencies:
            continue
        url: str | None = None
        if hit.kind == "document" and document_url:
            screen = reader_screen_for_page(hit.page)
            url = _for(document_url, hit) + f"?screen={screen}&{q}#page-{hit.page or 1}"
        elif hit.kind == "chronology" and chronology_url:
            url = f"{chronology_url}?{q}"
        elif hit.kind == "conversation" and conversation_url:
            url = _for(conversation_url, hit)
        results.append(SearchResult(hit=hit, agency=agencies[key], url=url))
    return results


_PLACEHOLDER = UUID(int=0)


def _for(url: str, hit: search.SearchHit) -> str:
    return url.replace(str(_PLACEHOLDER), str(hit.object_uuid))
