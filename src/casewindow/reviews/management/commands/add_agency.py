"""casewindow add_agency REVIEW_REF NAME [--kind KIND]: add an agency to a review, so a review
can be set up and filled from scripts."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from casewindow.reviews.models import AgencyKind, Review
from casewindow.reviews.services import ReviewError, agency_save


def kind_check(kind: str) -> str:
    """The agency kind's code, from its code or its label; CommandError listing them if none."""
    wanted = kind.strip().lower()
    for value, label in AgencyKind.choices:
        if wanted in (value, str(label).lower()):
            return str(value)
    raise CommandError(f"Unknown agency kind {kind!r}; use one of {', '.join(AgencyKind.values)}")


class Command(BaseCommand):
    help = "Add an agency to a review."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("reference", metavar="REVIEW_REF")
        parser.add_argument("name", metavar="NAME")
        parser.add_argument(
            "--kind",
            default=AgencyKind.OTHER.value,
            metavar="KIND",
            help=f"one of {', '.join(AgencyKind.values)} (default: other)",
        )

    def handle(self, *args: Any, reference: str, name: str, kind: str, **options: Any) -> None:
        review = Review.objects.filter(reference=reference.upper()).first()
        if review is None:
            raise CommandError(f"No review with reference {reference}")
        if not name.strip():
            raise CommandError("Give the agency's name")
        try:
            agency = agency_save(
                actor=None,
                review=review,
                values={"name": name, "kind": kind_check(kind)},
            )
        except ReviewError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Added {agency.name} to {review.reference}"))
