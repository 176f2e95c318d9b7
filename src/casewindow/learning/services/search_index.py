"""Keeping the search index's copy of each review's learning current. The index holds only the
publication-safe, labelled texts the repository shows (never evidence), under the learning
kinds of `evidence.search`, the one search module."""

import hashlib
import json
import uuid
from collections.abc import Iterable

from django.db import transaction

from casewindow.evidence.models import SearchChunk
from casewindow.evidence.search import LEARNING_KINDS, split_for_index
from casewindow.learning.models import LearningIndexState
from casewindow.learning.selectors.repository import ReviewLearning

Entry = tuple[str, str, str, str]  # kind, object uuid, title, text


def _entries(learning: ReviewLearning) -> list[Entry]:
    """(kind, uuid, title, text) of each searchable item of a review's learning."""
    entries = [
        ("finding", f.uuid, f"Finding {f.number}", f.text or f.statement) for f in learning.findings
    ]
    entries += [
        (
            "episode",
            e.uuid,
            f"Key practice episode {e.number}",
            "\n".join([e.title, e.summary, *(f"{x.name} ({x.effect})" for x in e.factors)]),
        )
        for e in learning.episodes
    ]
    entries += [
        ("recommendation", r.uuid, f"Recommendation {r.number}", r.text)
        for r in learning.recommendations
    ]
    return entries


def _fingerprint(entries: list[Entry]) -> str:
    return hashlib.sha256(json.dumps(entries, sort_keys=True).encode()).hexdigest()


def learning_index_sync(*, learning: Iterable[ReviewLearning]) -> int:
    """Re-index every given review whose learning changed since it was last indexed. Returns
    the number of reviews re-indexed."""
    learning = [r for r in learning if r.review_id]
    states = dict(
        LearningIndexState.objects.filter(
            review_id__in=[r.review_id for r in learning]
        ).values_list("review_id", "fingerprint")
    )
    changed = 0
    for review in learning:
        entries = _entries(review)
        fingerprint = _fingerprint(entries)
        if states.get(review.review_id) == fingerprint:
            continue
        _reindex(review.review_id, entries, fingerprint)
        changed += 1
    return changed


@transaction.atomic
def _reindex(review_id: int, entries: list[Entry], fingerprint: str) -> None:
    SearchChunk.objects.filter(review_id=review_id, kind__in=LEARNING_KINDS).delete()
    SearchChunk.objects.bulk_create(
        [
            SearchChunk(
                review_id=review_id,
                kind=kind,
                object_uuid=uuid.UUID(object_uuid),
                title=title[:300],
                text=piece,
            )
            for kind, object_uuid, title, text in entries
            for piece in split_for_index(text)
            if piece.strip()
        ],
        batch_size=500,
    )
    LearningIndexState.objects.update_or_create(
        review_id=review_id, defaults={"fingerprint": fingerprint}
    )
