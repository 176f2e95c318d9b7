from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from casewindow.accounts.models import Partnership, PartnershipMembership, PartnershipRole, User
from casewindow.reviews import services
from casewindow.reviews.models import ReviewType, reference_validator


class Command(BaseCommand):
    help = "Create a review. Its lead reviewer is --lead (an existing user's e-mail address)."

    def add_arguments(self, parser):
        parser.add_argument("reference")
        parser.add_argument("--title", required=True)
        parser.add_argument(
            "--type",
            required=True,
            dest="review_type",
            help="One of: " + ", ".join(ReviewType.values),
        )
        parser.add_argument("--partnership", help="Partnership name (created if it does not exist)")
        parser.add_argument(
            "--lead",
            help="E-mail address of an existing user who becomes lead reviewer (recommended)",
        )

    @transaction.atomic  # a refused review leaves no partnership or membership behind
    def handle(self, *args, reference, title, review_type, partnership=None, lead=None, **options):
        if review_type not in ReviewType.values:
            raise CommandError(
                f"Unknown review type {review_type!r}; use one of {', '.join(ReviewType.values)}"
            )
        try:
            reference_validator(reference)
        except ValidationError as error:
            raise CommandError(error.messages[0]) from None
        user = User.objects.filter(email__iexact=lead).first() if lead else None
        if lead and user is None:
            raise CommandError(f"No user with e-mail address {lead}")
        name = partnership or "Default partnership"
        found = Partnership.objects.filter(name__iexact=name).first()
        if found is None:
            from casewindow.accounts.services import partnership_create

            found = partnership_create(actor=user, name=name)
        if user is not None:
            PartnershipMembership.objects.get_or_create(
                partnership=found, user=user, defaults={"role": PartnershipRole.MANAGER}
            )
        try:
            review = services.review_create(
                actor=user,
                partnership=found,
                reference=reference,
                title=title,
                review_type=review_type,
            )
        except services.ReviewError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Created review {review.reference} in {found.name}"))
        if user is None:
            self.stdout.write(
                "It has no members yet: run again with --lead, or add a lead reviewer."
            )
