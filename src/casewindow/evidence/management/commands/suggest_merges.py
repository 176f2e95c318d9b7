"""casewindow suggest_merges REVIEW_REF [--min-score N]: print the suggested same-event groups
of a review as JSON, best first, at the threshold the suggestions page uses unless told."""

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from casewindow.evidence.event_grouping import MIN_SCORE, suggest_groups
from casewindow.evidence.models import ChronologyEntry
from casewindow.reviews.models import Review


def _score(value: str) -> int:
    try:
        score = int(value)
    except ValueError:
        raise CommandError(
            f"--min-score must be a whole number from 0 to 100, not “{value}”"
        ) from None
    if not 0 <= score <= 100:
        raise CommandError(f"--min-score must be a whole number from 0 to 100, not {score}")
    return score


class Command(BaseCommand):
    help = (
        "Print the groups of chronology entries (two or more agencies) that may record one "
        'event, best first, as JSON: {"groups": [{"entries": [uuid, ...], "score": 0-100, '
        '"reasons": [...]}]}. Rejected pairs and entries already in one event are left out.'
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("reference", metavar="REVIEW_REF")
        parser.add_argument(
            "--min-score",
            default=str(MIN_SCORE),
            metavar="N",
            help=f"the lowest score shown, 0-100 (default {MIN_SCORE}, as the page)",
        )

    def handle(self, *args: Any, reference: str, min_score: str, **options: Any) -> None:
        threshold = _score(min_score)
        review = Review.objects.filter(reference=reference.strip().upper()).first()
        if review is None:
            raise CommandError(f"No review with reference {reference}")
        groups = suggest_groups(review=review, min_score=threshold)
        uuids = dict(
            ChronologyEntry.objects.filter(
                review=review, pk__in={pk for g in groups for pk in g.entry_ids}
            ).values_list("pk", "uuid")
        )
        document = {
            "groups": [
                {
                    "entries": [str(uuids[pk]) for pk in group.entry_ids],
                    "score": group.score,
                    "reasons": group.reasons,
                }
                for group in groups
            ]
        }
        self.stdout.write(json.dumps(document, indent=2, ensure_ascii=False))
