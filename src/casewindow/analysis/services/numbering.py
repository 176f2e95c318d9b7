"""One number for each finding and recommendation, the same in the app, the drafts and the
report: numbers run 1, 2, 3… in the order the report prints them — systems findings before
case-specific learning; recommendations by their kind (clear-cut, competing priorities,
research), then in the order they were written. Removed ones keep numbers after the live ones,
so a restore never collides. Every service that adds, changes, removes or restores one calls
these, so the stored `number` is always the one shown."""

from typing import Any

from django.db.models import QuerySet

from casewindow.analysis.models import Finding, Recommendation
from casewindow.reviews.models import Review


def _renumber(alive: list[Any], removed: QuerySet[Any]) -> None:
    for index, item in enumerate(alive, start=1):
        if item.number != index:
            item.number = index
            item.version += 1
            item.save(update_fields=["number", "version"])
    for offset, item in enumerate(removed.order_by("number"), start=len(alive) + 1):
        if item.number != offset:
            item.number = offset
            item.save(update_fields=["number"])


def findings_renumber(review: Review) -> None:
    """Systems findings first, then case-specific learning, each in its present order."""
    alive = list(
        Finding.objects.alive()
        .select_for_update()
        .filter(review=review)
        .order_by("-is_systems_finding", "number", "pk")
    )
    _renumber(alive, Finding.objects.filter(review=review, deleted_at__isnull=False))


def recommendations_renumber(review: Review) -> None:
    """By kind, in the report's order of the three kinds, then in their present order."""
    alive = list(
        Recommendation.objects.alive()
        .select_for_update()
        .filter(review=review)
        .order_by("kind", "number", "pk")
    )
    _renumber(alive, Recommendation.objects.filter(review=review, deleted_at__isnull=False))
