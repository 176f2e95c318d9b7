"""Server time and SQL queries for the traceability map of a large review: 200 episodes with
2-4 contributory factors each, 2,000 coded excerpts and 30 findings linked to 3-10 episodes
each. Target: 300 ms server time for the page; the query count must not grow with the data
(tests/analysis/test_traceability.py checks that)."""

import statistics
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

EPISODES = 200
EXCERPTS = 2000
FINDINGS = 30
REPEATS = 11
TARGET_MS = 300


def _build():
    from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
    from casewindow.analysis.framework import factor_nodes
    from casewindow.analysis.models import (
        ContributoryFactor,
        Excerpt,
        Finding,
        KeyPracticeEpisode,
    )
    from casewindow.evidence.models import SourceDocument
    from casewindow.reviews.models import Review

    lead = User.objects.create_user(email="bench-trace@example.test", full_name="Bench Lead")
    partnership = Partnership.objects.create(name=f"Bench partnership ({__name__})")
    review = Review.objects.create(
        partnership=partnership,
        reference="BENCH-TRACE",
        title="Bench review",
        review_type="lcspr_lt",
    )
    Membership.objects.create(review=review, user=lead, role=ReviewRole.LEAD_REVIEWER)
    documents = [
        SourceDocument.objects.create(
            review=review,
            kind="case_record",
            title=f"Case record {i + 1}",
            original_filename=f"record-{i + 1}.txt",
            file=f"bench/record-{i + 1}.txt",
            file_type="txt",
            size=1,
            sha256=f"{i:064x}",
            extraction_status="done",
        )
        for i in range(20)
    ]
    episodes = KeyPracticeEpisode.objects.bulk_create(
        KeyPracticeEpisode(
            review=review,
            number=i + 1,
            title=f"Episode {i + 1}: a decision about the referral",
            appraisal=["good", "problematic", "mixed"][i % 3],
        )
        for i in range(EPISODES)
    )
    keys = list(factor_nodes())
    factors = ContributoryFactor.objects.bulk_create(
        ContributoryFactor(
            episode=e,
            node_key=keys[(i * 7 + k * 3) % len(keys)],
            effect=["helped", "hindered", "both"][k % 3],
            explanation="" if (i + k) % 17 == 0 else "Caseloads left little time. " * 2,
        )
        for i, e in enumerate(episodes)
        for k in range(2 + i % 3)
    )
    excerpts = Excerpt.objects.bulk_create(
        Excerpt(
            review=review,
            source="document",
            document=documents[i % len(documents)],
            page=1 + i % 9,
            start=0,
            end=40,
            quote=f"The health visitor saw the child at home ({i}).",
        )
        for i in range(EXCERPTS)
    )
    factor_through = Excerpt.factors.through
    factor_through.objects.bulk_create(
        factor_through(excerpt_id=x.pk, contributoryfactor_id=factors[i % len(factors)].pk)
        for i, x in enumerate(excerpts)
    )
    episode_through = Excerpt.episodes.through
    episode_through.objects.bulk_create(
        episode_through(excerpt_id=x.pk, keypracticeepisode_id=episodes[i % EPISODES].pk)
        for i, x in enumerate(excerpts)
        if i % 4 == 0
    )
    findings = Finding.objects.bulk_create(
        Finding(
            review=review,
            number=i + 1,
            pattern_area="incidents-crises",
            statement=f"Finding {i + 1}: health visitors are not invited to strategy meetings.",
        )
        for i in range(FINDINGS)
    )
    finding_through = Finding.episodes.through
    finding_through.objects.bulk_create(
        finding_through(finding_id=f.pk, keypracticeepisode_id=episodes[(i * 7 + k) % EPISODES].pk)
        for i, f in enumerate(findings)
        for k in range(3 + i % 8)
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
            "name": f"build {EPISODES} episodes, {EXCERPTS} excerpts, {FINDINGS} findings",
            "value": time.perf_counter() - started,
            "unit": "s",
        }
    ]
    from casewindow.analysis.selectors.traceability import traceability_map

    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        traceability_map(review=review)
        times.append((time.perf_counter() - started) * 1000)
    rows.append(
        {
            "name": "traceability_map selector: median",
            "value": statistics.median(times),
            "unit": "ms",
        }
    )
    client = Client()
    client.force_login(lead)
    for label, name in [
        ("Traceability page", "traceability"),
        ("Traceability picture", "traceability_picture"),
    ]:
        median_ms, queries = _measure(client, reverse(f"analysis:{name}", args=[review.reference]))
        rows.append(
            {
                "name": f"{label}: median server time",
                "value": median_ms,
                "unit": "ms",
                "target": TARGET_MS,
            }
        )
        rows.append({"name": f"{label}: SQL queries", "value": queries, "unit": "queries"})
    return rows
