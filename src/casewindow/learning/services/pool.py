"""Keeping the pooled copy of each review's learning (`learning.models.PooledReview`) current.
A review's pooled learning is rebuilt, with `selectors.repository.review_learning` (the one
place that reads and labels a review's analysis), when a learning page needs it and it is
missing or behind a change (`learning.signals` bumps its version); its search index entries
are brought up to date at the same time. Nothing here decides who sees what."""

from collections.abc import Iterable, Sequence

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from casewindow.learning.models import PooledFactor, PooledItem, PooledReview
from casewindow.learning.selectors.repository import (
    LearningSource,
    ReviewLearning,
    review_learning,
)
from casewindow.learning.services.search_index import learning_index_sync
from casewindow.learning.similar import terms
from casewindow.reviews.models import Review

BATCH = 100  # reviews rebuilt together (one read of their analysis)


def learning_pool_stale(review_ids: Iterable[int]) -> None:
    """Mark these reviews' pooled learning as behind a change: the next page rebuilds it."""
    PooledReview.objects.filter(review_id__in=list(review_ids)).update(version=F("version") + 1)


def learning_pool_refresh(review_ids: Sequence[int]) -> int:
    """Rebuild the pooled learning of every given review that has none yet or is behind a
    change. One query when all are current. Returns the number of reviews rebuilt."""
    ids = list(dict.fromkeys(review_ids))
    if not ids:
        return 0
    versions = {
        pk: (version, built)
        for pk, version, built in PooledReview.objects.filter(review_id__in=ids).values_list(
            "review_id", "version", "built_version"
        )
    }
    todo = [pk for pk in ids if pk not in versions or versions[pk][0] != versions[pk][1]]
    if not todo:
        return 0
    # A row for each new review first (behind by one), so that it can be locked like the rest.
    PooledReview.objects.bulk_create(
        [PooledReview(review_id=pk, version=1) for pk in todo if pk not in versions],
        ignore_conflicts=True,
    )
    return sum(_rebuild(todo[start : start + BATCH]) for start in range(0, len(todo), BATCH))


def _candidate_text(kind: str, statement: str, text: str) -> str:
    """The text "seen before" compares (see views.seen_before): a finding's full text (or its
    statement), an episode's title and summary."""
    if kind == "finding":
        return text or statement
    return f"{statement}\n{text}"


@transaction.atomic
def _rebuild(review_ids: list[int]) -> int:
    # Locked, so that two requests never rebuild the same review at once (the second finds it
    # current); a change meanwhile bumps the version after this commits, so it stays behind.
    behind = {
        pk: version
        for pk, version, built in PooledReview.objects.select_for_update()
        .filter(review_id__in=review_ids)
        .values_list("review_id", "version", "built_version")
        if version != built
    }
    if not behind:
        return 0
    reviews = Review.objects.filter(pk__in=behind)
    learning = review_learning([LearningSource(review, True) for review in reviews])
    PooledItem.objects.filter(review_id__in=behind).delete()  # their factors with them
    for review in learning:
        PooledReview.objects.filter(review_id=review.review_id).update(
            built_version=behind[review.review_id],
            built_at=timezone.now(),
            reference=review.reference,
            review_type=review.review_type,
            year=review.year,
            age_band=review.age_band,
            agency_kinds="," + ",".join(sorted(review.agency_kinds)) + ",",
        )
    items: list[PooledItem] = []
    factors: list[tuple[PooledItem, list[tuple[str, str]]]] = []
    for review in learning:
        items.extend(_item_rows(review, factors))
    PooledItem.objects.bulk_create(items, batch_size=1000)
    PooledFactor.objects.bulk_create(
        (
            PooledFactor(
                item=item, review_id=item.review_id, position=n, node_key=key, effect=effect
            )
            for item, keys in factors
            for n, (key, effect) in enumerate(keys)
        ),
        batch_size=2000,
    )
    learning_index_sync(learning=learning)
    return len(learning)


def _item_rows(
    review: ReviewLearning, factors: list[tuple[PooledItem, list[tuple[str, str]]]]
) -> list[PooledItem]:
    rows = []
    position = 0
    for finding in review.findings:
        position += 1
        rows.append(
            PooledItem(
                review_id=review.review_id,
                kind="finding",
                position=position,
                uuid=finding.uuid,
                number=finding.number,
                statement=finding.statement,
                text=finding.text,
                pattern_area=finding.pattern_area,
                category=finding.category,
                terms=" ".join(terms(_candidate_text("finding", finding.statement, finding.text))),
            )
        )
    for episode in review.episodes:
        position += 1
        item = PooledItem(
            review_id=review.review_id,
            kind="episode",
            position=position,
            uuid=episode.uuid,
            number=episode.number,
            statement=episode.title,
            text=episode.summary,
            terms=" ".join(terms(_candidate_text("episode", episode.title, episode.summary))),
        )
        rows.append(item)
        factors.append((item, [(f.key, f.effect) for f in episode.factors]))
    for recommendation in review.recommendations:
        position += 1
        actions = recommendation.actions
        rows.append(
            PooledItem(
                review_id=review.review_id,
                kind="recommendation",
                position=position,
                uuid=recommendation.uuid,
                number=recommendation.number,
                text=recommendation.text,
                recommendation_kind=recommendation.kind,
                actions=actions.count,
                open_due=actions.open_due,
                all_done=actions.all_done,
                all_not_started=actions.all_not_started,
            )
        )
    return rows
