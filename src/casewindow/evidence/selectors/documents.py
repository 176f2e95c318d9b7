"""Reads for evidence, always scoped to one review that the caller has already loaded (and so
authorised) through casewindow.accounts.access."""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import QuerySet

from casewindow.evidence.models import (
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
            named = owner.get(" ".join(match.group(0).split()).lower())
            if named is not None:
                counts[named.pk] = counts.get(named.pk, 0) + 1
    by_pk = {p.pk: p for p in people}
    return sorted(
        (PersonSuggestion(by_pk[pk], n) for pk, n in counts.items()),
        key=lambda s: (-s.mentions, s.person.publication_label),
    )
