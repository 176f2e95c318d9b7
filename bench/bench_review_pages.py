"""Server time and SQL queries for review pages when a review is large: many people in the
register and a long audit log. Figures: median of repeated requests through Django's test client."""

import time

from django.test import Client
from django.urls import reverse
from pages import page_timing

PEOPLE = 500
AUDIT_EVENTS = 100_000
REPEATS = 15


def _build():
    from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
    from casewindow.audit.models import AuditEvent
    from casewindow.reviews.models import Person, Review

    lead = User.objects.create_user(email="bench-lead@example.test", full_name="Bench Lead")
    partnership = Partnership.objects.create(name=f"Bench partnership ({__name__})")
    review = Review.objects.create(
        partnership=partnership, reference="BENCH-1", title="Bench review", review_type="lcspr_lt"
    )
    Membership.objects.create(review=review, user=lead, role=ReviewRole.LEAD_REVIEWER)
    Person.objects.bulk_create(
        Person(
            review=review,
            real_name=f"Person {i}",
            aliases=[f"P{i}"],
            category="professional" if i % 3 else "other_adult",
            publication_label=f"Professional {i}",
        )
        for i in range(PEOPLE)
    )
    batch = [
        AuditEvent(
            actor=lead,
            actor_label="Bench Lead <bench-lead@example.test>",
            action="view",
            review=review,
            summary=f"Viewed page {i}",
            path=f"/reviews/BENCH-1/people/{i}/",
        )
        for i in range(AUDIT_EVENTS)
    ]
    AuditEvent.objects.bulk_create(batch, batch_size=5000)
    return lead, review


def run() -> list[dict]:
    started = time.perf_counter()
    lead, review = _build()
    build_seconds = time.perf_counter() - started
    client = Client()
    client.force_login(lead)
    rows = [
        {
            "name": f"build {PEOPLE} people + {AUDIT_EVENTS:,} audit events",
            "value": build_seconds,
            "unit": "s",
        }
    ]
    for label, name in [
        ("review home", "reviews:review_home"),
        ("people register (500 people)", "reviews:person_list"),
        ("audit log, first page of 100k events", "audit:review_log"),
    ]:
        median_ms, queries = page_timing(client, reverse(name, args=[review.reference]), REPEATS)
        rows.append({"name": f"{label}: median server time", "value": median_ms, "unit": "ms"})
        rows.append({"name": f"{label}: SQL queries", "value": queries, "unit": "queries"})
    return rows
