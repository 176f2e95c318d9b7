from django.core.management.base import BaseCommand

from casewindow.demo import setup
from casewindow.demo.loader import demo_load
from casewindow.learning.services.pool import learning_pool_refresh
from casewindow.reviews.models import Review


class Command(BaseCommand):
    help = "Load the fictional demo review (idempotent) and print the demo sign-ins."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete and recreate the demo review"
        )

    def handle(self, *args, reset: bool = False, **options):
        review, created = demo_load(reset=reset)
        # The partnership's learning pages open at once, not after pooling every demo review.
        learning_pool_refresh(
            list(Review.objects.filter(partnership=review.partnership).values_list("pk", flat=True))
        )
        verb = "Loaded" if created else "Already loaded:"
        self.stdout.write(
            self.style.SUCCESS(f"{verb} demo review {review.reference} — {review.title}")
        )
        self.stdout.write("")
        self.stdout.write(f"Demo sign-ins (every password is {setup.DEMO_PASSWORD!r}):")
        for email, name, _job, _p, role, _a in setup.USERS:
            self.stdout.write(f"  {email:<34} {name} — {role.label}")
        self.stdout.write("")
