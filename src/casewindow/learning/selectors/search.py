"""Search across the learning of the reviews a user may see, through the one search module
(`evidence.search`: SQLite FTS5 or PostgreSQL full-text search), hits grouped by review."""

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from casewindow.evidence.search import (
    STOP_WORDS,
    SearchHit,
    highlight,
    query_terms,
    search_reviews,
)
from casewindow.learning.selectors.repository import ReviewLearning

MAX_HITS = 200


@dataclass
class ReviewHits:
    learning: ReviewLearning
    hits: list[SearchHit] = field(default_factory=list)


def learning_search(
    *,
    query: str,
    learning: Sequence[ReviewLearning] | None = None,
    review_ids: Sequence[int] = (),
    headers: Callable[[list[int]], dict[int, ReviewLearning]] | None = None,
    national: Sequence[ReviewLearning] = (),
) -> list[ReviewHits]:
    """The hits for the query in these reviews' learning (which must be indexed: see
    services.pool), grouped by review, the review with the best hit first, then the national
    reviews' hits. The reviews are given either as their `learning`, or as `review_ids` with
    `headers` giving the learning (items not needed) of those with hits, and `national`."""
    if learning is not None:
        known = {r.review_id: r for r in learning if r.review_id}
        review_ids = list(known)
        national = [r for r in learning if r.national]

        def headers(ids: list[int]) -> dict[int, ReviewLearning]:
            return {i: known[i] for i in ids if i in known}

    assert headers is not None or not review_ids
    hits = search_reviews(review_ids=list(review_ids), query=query, limit=MAX_HITS)
    with_hits = [hit.review_id for hit in hits if hit.review_id is not None]
    by_id = headers(list(dict.fromkeys(with_hits))) if with_hits and headers else {}
    groups: dict[int, ReviewHits] = {}
    for hit in hits:
        if hit.review_id in by_id:
            groups.setdefault(hit.review_id, ReviewHits(by_id[hit.review_id])).hits.append(hit)
    found = list(groups.values())
    found += [g for g in (_national_hits(r, query) for r in national) if g.hits]
    return found


def _national_hits(learning: ReviewLearning, query: str) -> ReviewHits:
    """National reviews are not in the database's index (they are not reviews of this
    service): their few texts are matched here with the same rule, every term required, a
    word matching the words it begins."""
    terms = [
        kept
        for kept in (
            [w for w in words if w.casefold() not in STOP_WORDS] for words in query_terms(query)
        )
        if kept
    ]
    group = ReviewHits(learning)
    if not terms:
        return group
    patterns = [
        re.compile(r"\b" + r"\W+".join(re.escape(w) for w in words), re.IGNORECASE)
        for words in terms
    ]
    items = [("finding", f.uuid, f"Finding {f.number}", f.text) for f in learning.findings]
    items += [
        ("recommendation", r.uuid, f"Recommendation {r.number}", r.text)
        for r in learning.recommendations
    ]
    for kind, object_uuid, title, text in items:
        if all(p.search(text) for p in patterns):
            group.hits.append(
                SearchHit(
                    kind=kind,
                    object_uuid=uuid.UUID(object_uuid),
                    page=None,
                    title=title,
                    snippet=highlight(text, query),
                    rank=0.0,
                )
            )
    return group
