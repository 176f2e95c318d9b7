"""casewindow refresh_learning_pool [--partnership NAME] [--rebuild]

Brings the pooled learning of every review (or one partnership's) up to date, so that the first
learning page after a bulk import or a restore does not rebuild it while a reader waits. Only
reviews with no pooled copy or one behind a change are rebuilt, unless --rebuild is given."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from casewindow.accounts.models import Partnership
from casewindow.learning.services.pool import learning_pool_refresh, learning_pool_stale
from casewindow.reviews.models import Review


class Command(BaseCommand):
    help = "Bring the pooled learning of every review (or one partnership's) up to date."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--partnership", help="only this partnership's reviews (its name)")
        parser.add_argument(
            "--rebuild", action="store_true", help="rebuild every one, even those up to date"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        reviews = Review.objects.order_by("pk")
        if options["partnership"]:
            partnership = Partnership.objects.filter(name=options["partnership"]).first()
            if partnership is None:
                raise CommandError(f"No partnership is called {options['partnership']!r}.")
            reviews = reviews.filter(partnership=partnership)
        ids = list(reviews.values_list("pk", flat=True))
        if options["rebuild"]:
            learning_pool_stale(ids)
        rebuilt = learning_pool_refresh(ids)
        self.stdout.write(f"{rebuilt} of {len(ids)} reviews rebuilt; the rest were up to date.")
