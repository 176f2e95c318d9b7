"""The partnership layer at a busy partnership's size: 200 reviews with 3,000 recommendations'
actions. Figures: the partnership home's median server time and SQL queries (with 20 reviews
too, to show the queries do not grow with the reviews), and the reminder run — the first, which
sends, and the second, which must send nothing new. Targets: home ≤ 300 ms, queries constant;
reminder run ≤ 10 s."""

import datetime
import time

from django.test import Client
from django.urls import reverse
from pages import page_timing

REVIEWS = 200
RECOMMENDATIONS_PER_REVIEW = 5
ACTIONS_PER_RECOMMENDATION = 3  # 200 × 5 × 3 = 3,000 actions
REPEATS = 9


def _build(name: str, reviews: int):
    from casewindow.accounts.models import (
        Membership,
        Partnership,
        PartnershipMembership,
        PartnershipRole,
        ReviewRole,
        User,
    )
    from casewindow.analysis.models import ActionItem, Recommendation
    from casewindow.reviews.models import Agency, Review

    today = datetime.date.today()
    manager = User.objects.create_user(email=f"bm-{name}@example.test", full_name="Bench Manager")
    partnership = Partnership.objects.create(name=f"Bench partnership {name}")
    PartnershipMembership.objects.create(
        partnership=partnership, user=manager, role=PartnershipRole.MANAGER
    )
    leads = [
        User.objects.create_user(email=f"lead-{name}-{i}@example.test", full_name=f"Lead {i}")
        for i in range(10)
    ]
    stages = ["set_up", "evidence", "analysis", "drafting", "publication", "action_plan"]
    made = Review.objects.bulk_create(
        Review(
            partnership=partnership,
            reference=f"B{name}-{i:04d}",
            title=f"Bench review {i}",
            review_type="rapid" if i % 4 == 0 else "lcspr_lt",
            stage=stages[i % len(stages)],
            incident_date=today - datetime.timedelta(days=30 + i),
            notification_date=today - datetime.timedelta(days=25 + i),
            commissioned_date=today - datetime.timedelta(days=5 + i) if i % 4 else None,
        )
        for i in range(reviews)
    )
    Membership.objects.bulk_create(
        Membership(review=review, user=leads[i % 10], role=ReviewRole.LEAD_REVIEWER)
        for i, review in enumerate(made)
    )
    agencies = Agency.objects.bulk_create(
        Agency(review=review, name=f"Agency {k}", kind="police")
        for review in made
        for k in range(3)
    )
    recommendations = Recommendation.objects.bulk_create(
        Recommendation(
            review=review,
            number=n + 1,
            kind=1,
            text=f"Recommendation {n + 1}",
            owner_agency=agencies[3 * i + n % 3],
        )
        for i, review in enumerate(made)
        for n in range(RECOMMENDATIONS_PER_REVIEW)
    )
    ActionItem.objects.bulk_create(
        ActionItem(
            recommendation=recommendation,
            text=f"Action {a + 1} of {recommendation.text}",
            owner="Head of service",
            due_date=today + datetime.timedelta(days=(j * 7 + a * 3) % 120 - 40),
            status=["not_started", "in_progress", "done"][(j + a) % 3],
        )
        for j, recommendation in enumerate(recommendations)
        for a in range(ACTIONS_PER_RECOMMENDATION)
    )
    return manager, partnership


def run() -> list[dict]:
    rows: list[dict] = []
    client = Client()
    for size in (20, REVIEWS):
        started = time.perf_counter()
        manager, partnership = _build(str(size), size)
        actions = size * RECOMMENDATIONS_PER_REVIEW * ACTIONS_PER_RECOMMENDATION
        rows.append(
            {
                "name": f"build {size} reviews, {actions:,} actions",
                "value": time.perf_counter() - started,
                "unit": "s",
            }
        )
        client.force_login(manager)
        url = reverse("process:partnership_home", args=[partnership.uuid])
        median_ms, queries = page_timing(client, url, REPEATS)
        target = "300" if size == REVIEWS else ""
        rows.append(
            {
                "name": f"partnership home, {size} reviews: median server time",
                "value": median_ms,
                "unit": "ms",
                "target": target,
            }
        )
        rows.append(
            {
                "name": f"partnership home, {size} reviews: SQL queries",
                "value": queries,
                "unit": "queries",
            }
        )
        csv_ms, _queries = page_timing(
            client, reverse("process:partnership_actions_csv", args=[partnership.uuid]), 3
        )
        rows.append({"name": f"actions CSV, {size} reviews", "value": csv_ms, "unit": "ms"})
    rows.extend(_reminders())
    return rows


def _reminders() -> list[dict]:
    try:
        from casewindow.process.services.reminders import reminders_send
    except ImportError:
        return []
    from django.core import mail
    from django.test.utils import override_settings

    rows = []
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        mail.outbox = []
        for run_number in (1, 2):
            started = time.perf_counter()
            sent = reminders_send()
            rows.append(
                {
                    "name": f"reminder run {run_number}: time",
                    "value": time.perf_counter() - started,
                    "unit": "s",
                    "target": "10",
                }
            )
            rows.append(
                {
                    "name": f"reminder run {run_number}: reminders sent",
                    "value": sent,
                    "unit": "e-mails",
                }
            )
    return rows
