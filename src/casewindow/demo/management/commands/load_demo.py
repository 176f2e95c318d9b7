from django.core.management.base import BaseCommand

from casewindow.demo import setup
from casewindow.demo.loader import demo_load


class Command(BaseCommand):
    help = "Load the fictional demo review (idempotent) and print the demo sign-ins."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete and recreate the demo review"
        )

    def handle(self, *args, reset: bool = False, **options):
        review, created = demo_load(reset=reset)
        verb = "Loaded" if created else "Already loaded:"
        self.stdout.write(
            self.style.SUCCESS(f"{verb} demo review {review.reference} — {review.title}")
        )
        self.stdout.write("")
        self.stdout.write(f"Demo sign-ins (every password is {setup.DEMO_PASSWORD!r}):")
        for email, name, _job, _p, role, _a in setup.USERS:
            self.stdout.write(f"  {email:<34} {name} — {role.label}")
        self.stdout.write("")
