"""Reads for evidence, always scoped to one review that the caller has already loaded (and so
authorised) through casewindow.accounts.access."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode
from uuid import UUID

from django.db.models import QuerySet
from django.urls import NoReverseMatch, reverse

from casewindow.evidence import search
from casewindow.evidence.models import (
    ChronologyEntry,
    Conversation,
    DocumentPage,
    SourceDocument,
)
from casewindow.reviews.models import Person, Review

READER_PAGES_PER_SCREEN = 20


# --- documents -------------------------------------------------------------------------------


def documents_for_review(*, review: Review) -> QuerySet[SourceDocument]:
    return SourceDocument.objects.filter(review=review).select_related("agency", "uploaded_by")


def document_pages(*, document: SourceDocument) -> QuerySet[DocumentPage]:
    return DocumentPage.objects.filter(document=document).order_by("number")


def reader_screen_for_page(page_number: int | None) -> int:
    """Which screen of the document reader shows this page."""
    return ((page_number or 1) - 1) // READER_PAGES_PER_SCREEN + 1


@dataclass(frozen=True)
class PersonSuggestion:
    person: Person
    mentions: int  # how many times a name or alias appears in the text


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    names = sorted({n.strip() for n in names if n and len(n.strip()) >= 2}, key=len, reverse=True)
    if not names:
        return None
    # Whole words only, and any run of spaces between the words of a name.
    alternatives = ["\\s+".join(re.escape(word) for word in name.split()) for name in names]
    return re.compile(r"(?<!\w)(" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def document_people_suggestions(*, document: SourceDocument) -> list[PersonSuggestion]:
    """People in the review's register whose real name or an alias appears in the document's
    text (whole words, any case), most mentioned first."""
    people = list(Person.objects.filter(review_id=document.review_id))
    owner: dict[str, Person] = {}
    for person in people:
        for name in [person.real_name, *(person.aliases or [])]:
            if isinstance(name, str) and name.strip():
                owner.setdefault(" ".join(name.split()).lower(), person)
    pattern = _name_pattern(owner)
    if pattern is None:
        return []
    counts: dict[int, int] = {}
    for text in document_pages(document=document).values_list("text", flat=True).iterator():
        for match in pattern.finditer(text):
            person = owner.get(" ".join(match.group(0).split()).lower())
            if person is not None:
                counts[person.pk] = counts.get(person.pk, 0) + 1
    by_pk = {p.pk: p for p in people}
    return sorted(
        (PersonSuggestion(by_pk[pk], n) for pk, n in counts.items()),
        key=lambda s: (-s.mentions, s.person.publication_label),
    )


# --- search ----------------------------------------------------------------------------------


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
