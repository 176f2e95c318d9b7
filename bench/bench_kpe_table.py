"""Server time and SQL queries for the key practice episodes table of a large review: 200
episodes with 2-4 contributory factors each and two agencies each. Target: 300 ms server time;
the query count must not grow with the data (tests/analysis/test_episodes.py checks that)."""

import statistics
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

EPISODES = 200
REPEATS = 15
TARGET_MS = 300


def _build():
    from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
    from casewindow.analysis.framework import factor_nodes
    from casewindow.analysis.models import ContributoryFactor, KeyPracticeEpisode
    from casewindow.reviews.models import Agency, Review

    lead = User.objects.create_user(email="bench-kpe@example.test", full_name="Bench Lead")
    partnership = Partnership.objects.create(name=f"Bench partnership ({__name__})")
    review = Review.objects.create(
        partnership=partnership, reference="BENCH-KPE", title="Bench review", review_type="lcspr_lt"
    )
    Membership.objects.create(review=review, user=lead, role=ReviewRole.LEAD_REVIEWER)
    agencies = [
        Agency.objects.create(review=review, name=f"Agency {i}", kind="other") for i in range(6)
    ]
    episodes = KeyPracticeEpisode.objects.bulk_create(
        KeyPracticeEpisode(
            review=review,
            number=i + 1,
            title=f"Episode {i + 1}: a decision about the referral",
            what_happened="The health visitor saw the child at home. " * 10,
            appraisal=["good", "problematic", "mixed"][i % 3],
        )
        for i in range(EPISODES)
    )
    through = KeyPracticeEpisode.agencies.through
    through.objects.bulk_create(
        through(keypracticeepisode_id=e.pk, agency_id=agencies[(i + k) % 6].pk)
        for i, e in enumerate(episodes)
        for k in range(2)
    )
    keys = list(factor_nodes())
    ContributoryFactor.objects.bulk_create(
        ContributoryFactor(
            episode=e,
            node_key=keys[(i * 7 + k * 3) % len(keys)],
            effect=["helped", "hindered", "both"][k % 3],
            explanation="Caseloads left little time to follow up. " * 3,
        )
        for i, e in enumerate(episodes)
        for k in range(2 + i % 3)
    )
    return lead, review


def _measure(client: Client, url: str) -> tuple[float, int]:
    times = []
    queries = 0
    for _ in range(REPEATS):
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(ctx.captured_queries)
    return statistics.median(times), queries


def run() -> list[dict]:
    started = time.perf_counter()
    lead, review = _build()
    rows = [
        {
            "name": f"build {EPISODES} episodes with 2-4 factors",
            "value": time.perf_counter() - started,
            "unit": "s",
        }
    ]
    client = Client()
    client.force_login(lead)
    url = reverse("analysis:episode_list", args=[review.reference])
    for label, suffix in [("KPE table", ""), ("KPE table filtered by a layer", "?factor=family")]:
        median_ms, queries = _measure(client, url + suffix)
        rows.append(
            {
                "name": f"{label} ({EPISODES} episodes): median server time",
                "value": median_ms,
                "unit": "ms",
                "target": TARGET_MS,
            }
        )
        rows.append({"name": f"{label}: SQL queries", "value": queries, "unit": "queries"})
    for label, name in [
        ("CSV export", "episode_export_csv"),
        ("DOCX export", "episode_export_docx"),
    ]:
        median_ms, queries = _measure(client, reverse(f"analysis:{name}", args=[review.reference]))
        rows.append({"name": f"{label}: median server time", "value": median_ms, "unit": "ms"})
    return rows
