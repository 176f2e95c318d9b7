"""Search across the learning of the reviews a user may see, through the one search module
(`evidence.search`: SQLite FTS5 or PostgreSQL full-text search), hits grouped by review."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from casewindow.evidence.search import SearchHit, search_reviews
from casewindow.learning.selectors.repository import ReviewLearning

MAX_HITS = 200


@dataclass
class ReviewHits:
    learning: ReviewLearning
    hits: list[SearchHit] = field(default_factory=list)


def learning_search(*, learning: Sequence[ReviewLearning], query: str) -> list[ReviewHits]:
    """The hits for the query in these reviews' learning (which must be indexed: see
    services.search_index), grouped by review, the review with the best hit first."""
    by_id = {r.review_id: r for r in learning if r.review_id}
    hits = search_reviews(review_ids=list(by_id), query=query, limit=MAX_HITS)
    groups: dict[int, ReviewHits] = {}
    for hit in hits:
        if hit.review_id in by_id:
            groups.setdefault(hit.review_id, ReviewHits(by_id[hit.review_id])).hits.append(hit)
    return list(groups.values())
