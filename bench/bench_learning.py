"""Learning across reviews (issue 12) at a country's size: 2,000 reviews across 20 partnerships,
each with about 10 findings, 40 key practice episodes (2–3 framework factors each) and 8
recommendations (1–2 actions each). Seeded with bulk_create; the seeding time is printed.

Measured through Django's test client, for the first partnership (100 reviews) as its business
manager and as a board reader (a review's board reader oversees the partnership's published
learning), and "seen before" as a lead reviewer (it needs analysis.view on the review):

- cross-review search page: median and p90 over 50 varied queries, beside the bare full-text
  query (`evidence.search.search_reviews` over the same reviews) as its floor; target ≤ 100 ms;
- patterns page (target ≤ 500 ms), the learning repository (unfiltered and filtered, and a later
  page), "seen before" on a finding and on an episode (target ≤ 200 ms);
- SQL queries of each page's last request.

A page slower than a second is timed fewer times (each measure stops after `BUDGET_S`); the
count of requests timed is in each row's note."""

import datetime
import os
import random
import statistics
import time

from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

PARTNERSHIPS = 20
REVIEWS_PER_PARTNERSHIP = int(os.environ.get("BENCH_LEARNING_REVIEWS", "100"))
FINDINGS = 10
EPISODES = 40
RECOMMENDATIONS = 8
BUDGET_S = float(os.environ.get("BENCH_LEARNING_BUDGET", "40"))

QUERIES = [
    "referral",
    "referrals",
    "home visit",
    '"home visit"',
    "strategy discussion",
    '"strategy discussion"',
    "domestic abuse",
    "domestic abuse police",
    "health visitor",
    "neglect",
    "chronic neglect",
    "information sharing",
    '"information sharing"',
    "school attendance",
    "missed appointments",
    "escalation",
    "professional curiosity",
    "supervision",
    "caseload",
    "workload pressure",
    "threshold",
    "thresholds early help",
    "father",
    "invisible men",
    "hidden men",
    "mental health",
    "parental mental health",
    "substance misuse",
    "housing",
    "eviction",
    "bruising",
    "non-mobile baby",
    "multi-agency",
    "child protection plan",
    '"child protection plan"',
    "assessment",
    "assessments not updated",
    "disguised compliance",
    "optimism",
    "start again syndrome",
    "records",
    "electronic records",
    "GP",
    "midwife",
    "language interpreter",
    "culture",
    "recommendation training",
    "audit",
    "Zebra",  # no match
    "dental neglect toothache",
]

_OPENINGS = [
    "Professionals did not share information about",
    "The multi-agency response to",
    "Practitioners relied on the mother's account of",
    "There was limited professional curiosity about",
    "The health visitor raised concerns about",
    "Supervision did not challenge the plan for",
    "Thresholds for early help were unclear for",
    "The referral to children's social care about",
    "The strategy discussion considered",
    "Police and the GP each held part of the picture of",
    "Workload pressure and high caseloads limited attention to",
    "Assessments were not updated after",
    "The school noticed",
    "The midwife recorded",
    "Hidden men in the household were not asked about",
]
_TOPICS = [
    "domestic abuse in the home",
    "chronic neglect and poor home conditions",
    "parental mental health and substance misuse",
    "bruising on a non-mobile baby",
    "missed appointments and school attendance",
    "the father's role and history",
    "housing problems and a threatened eviction",
    "disguised compliance with the child protection plan",
    "the child's own voice and daily life",
    "language, culture and the need for an interpreter",
    "electronic records that did not talk to each other",
    "escalation when agencies disagreed",
]
_ENDINGS = [
    "so the risk was not seen as a whole.",
    "and optimism about the family's progress persisted.",
    "which is a pattern seen across the partnership.",
    "because the procedure did not ask for it.",
    "and the start again syndrome followed each new referral.",
    "while managers were unaware of the drift.",
    "until a serious incident happened.",
    "and the learning was not shared with other agencies.",
]
_AGENCY_KINDS = [
    "csc",
    "early_help",
    "police",
    "health_visiting",
    "gp",
    "hospital",
    "midwifery",
    "mental_health",
    "education",
    "housing",
]


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(_OPENINGS)} {rng.choice(_TOPICS)} {rng.choice(_ENDINGS)}"


def _seed() -> dict:
    """Bulk-create the 2,000 reviews. Returns the users and objects the measures need."""
    from casewindow.accounts.models import (
        Membership,
        Partnership,
        PartnershipMembership,
        PartnershipRole,
        ReviewRole,
        User,
    )
    from casewindow.analysis.framework import factor_nodes, pattern_areas
    from casewindow.analysis.models import (
        ActionItem,
        ContributoryFactor,
        Finding,
        KeyPracticeEpisode,
        Recommendation,
    )
    from casewindow.reviews.models import Agency, Person, Review

    rng = random.Random(12)  # noqa: S311 (made-up data)
    today = datetime.date.today()
    areas = list(pattern_areas())
    nodes = list(factor_nodes())
    partnerships = Partnership.objects.bulk_create(
        Partnership(name=f"Bench learning partnership {p + 1}") for p in range(PARTNERSHIPS)
    )
    stages = ["action_plan", "closed", "action_plan", "analysis", "drafting", "publication"]
    types = ["lcspr_lt", "rapid", "plr", "good_practice"]
    reviews = Review.objects.bulk_create(
        Review(
            partnership=partnership,
            reference=f"L{p + 1:02d}-{i + 1:03d}",
            title=f"Bench learning review {p + 1}-{i + 1}",
            review_type=types[i % len(types)],
            stage=stages[i % len(stages)],
            incident_date=today - datetime.timedelta(days=60 + 13 * i + p),
            commissioned_date=today - datetime.timedelta(days=30 + 13 * i + p),
        )
        for p, partnership in enumerate(partnerships)
        for i in range(REVIEWS_PER_PARTNERSHIP)
    )
    Person.objects.bulk_create(
        person
        for i, review in enumerate(reviews)
        for person in (
            Person(
                review=review,
                real_name=f"Childname{i} Surname{i}",
                category="child",
                publication_label="Child A",
                date_of_birth=(review.incident_date or today)
                - datetime.timedelta(days=200 + 365 * (i % 17)),
            ),
            Person(
                review=review,
                real_name=f"Mothername{i} Surname{i}",
                category="parent_carer",
                publication_label="Mother",
            ),
        )
    )
    Agency.objects.bulk_create(
        Agency(review=review, name=f"Agency {k}", kind=_AGENCY_KINDS[(i + 3 * k) % 10])
        for i, review in enumerate(reviews)
        for k in range(4)
    )
    findings = Finding.objects.bulk_create(
        (
            Finding(
                review=review,
                number=n + 1,
                is_systems_finding=n % 5 != 4,
                pattern_area=areas[(i + n) % len(areas)] if n % 5 != 4 else "",
                statement=_sentence(rng)[:500],
                how_featured=f"{_sentence(rng)} {_sentence(rng)} Mothername{i} was not asked.",
                why_it_matters=_sentence(rng),
            )
            for i, review in enumerate(reviews)
            for n in range(FINDINGS)
        ),
        batch_size=2000,
    )
    episodes = KeyPracticeEpisode.objects.bulk_create(
        (
            KeyPracticeEpisode(
                review=review,
                number=n + 1,
                title=_sentence(rng)[:200],
                appraisal_explanation=f"{_sentence(rng)} {_sentence(rng)}",
            )
            for review in reviews
            for n in range(EPISODES)
        ),
        batch_size=2000,
    )
    ContributoryFactor.objects.bulk_create(
        (
            ContributoryFactor(
                episode=episode,
                node_key=key,
                effect=rng.choice(["helped", "hindered", "hindered", "both"]),
            )
            for episode in episodes
            for key in rng.sample(nodes, 2 + (episode.number % 2))
        ),
        batch_size=5000,
    )
    recommendations = Recommendation.objects.bulk_create(
        (
            Recommendation(
                review=review,
                number=n + 1,
                kind=1 + (n % 3),
                text=f"Recommendation: {_sentence(rng)}",
            )
            for review in reviews
            for n in range(RECOMMENDATIONS)
        ),
        batch_size=2000,
    )
    ActionItem.objects.bulk_create(
        (
            ActionItem(
                recommendation=recommendation,
                text="Audit and training",
                owner="Head of service",
                due_date=today + datetime.timedelta(days=(j * 7 + a * 3) % 120 - 40),
                status=["not_started", "in_progress", "done"][(j + a) % 3],
            )
            for j, recommendation in enumerate(recommendations)
            for a in range(1 + j % 2)
        ),
        batch_size=5000,
    )
    first = partnerships[0]
    first_reviews = [r for r in reviews if r.partnership_id == first.pk]
    manager = User.objects.create_user(email="bm-learning@example.test", full_name="Bench Manager")
    PartnershipMembership.objects.create(
        partnership=first, user=manager, role=PartnershipRole.MANAGER
    )
    board = User.objects.create_user(email="board-learning@example.test", full_name="Bench Board")
    Membership.objects.create(review=first_reviews[0], user=board, role=ReviewRole.BOARD_READER)
    lead = User.objects.create_user(email="lead-learning@example.test", full_name="Bench Lead")
    unpublished = next(r for r in first_reviews if r.stage == "analysis")
    Membership.objects.create(review=unpublished, user=lead, role=ReviewRole.LEAD_REVIEWER)
    lead_finding = next(f for f in findings if f.review_id == unpublished.pk and f.pattern_area)
    lead_episode = next(e for e in episodes if e.review_id == unpublished.pk)
    return {
        "partnership": first,
        "reviews": first_reviews,
        "manager": manager,
        "board": board,
        "lead": lead,
        "lead_review": unpublished,
        "finding": lead_finding,
        "episode": lead_episode,
        "counts": {
            "reviews": len(reviews),
            "findings": len(findings),
            "episodes": len(episodes),
            "recommendations": len(recommendations),
        },
    }


CPU: list[float] = []  # this process's CPU milliseconds of each request timed by _timed


def _timed(client: Client, urls: list[str]) -> tuple[list[float], int]:
    """Milliseconds of GET for each url in turn (cycling) until every url was fetched once and
    either 15 requests were made or the time budget ran out; the SQL queries of the last.
    The CPU time of each request (this process: Django, and SQLite's work; not PostgreSQL's
    server) goes to CPU, a figure the shared machine's load changes less."""
    times: list[float] = []
    CPU.clear()
    queries = 0
    started = time.perf_counter()
    index = 0
    while index < max(len(urls), 15):
        url = urls[index % len(urls)]
        with CaptureQueriesContext(connection) as ctx:
            t0, c0 = time.perf_counter(), time.process_time()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
            CPU.append((time.process_time() - c0) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(ctx.captured_queries)
        index += 1
        if index >= 3 and time.perf_counter() - started > BUDGET_S:
            break
    reset_queries()
    return times, queries


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def _rows(name: str, times: list[float], queries: int | None, target: str = "") -> list[dict]:
    rows = [
        {
            "name": f"{name}: median",
            "value": statistics.median(times),
            "unit": "ms",
            "target": target,
            "note": f"{len(times)} requests",
        },
        {"name": f"{name}: p90", "value": _p90(times), "unit": "ms"},
    ]
    if CPU:
        rows.append(
            {
                "name": f"{name}: median CPU (this process)",
                "value": statistics.median(CPU),
                "unit": "ms",
            }
        )
        CPU.clear()
    if queries is not None:
        rows.append({"name": f"{name}: SQL queries", "value": queries, "unit": "queries"})
    return rows


def run() -> list[dict]:
    from casewindow.evidence.search import search_reviews

    rows: list[dict] = []
    started = time.perf_counter()
    seeded = _seed()
    counts = seeded["counts"]
    from os import getloadavg

    rows.append(
        {
            "name": "load average of the machine before measuring (1 min)",
            "value": getloadavg()[0],
            "unit": "",
        }
    )
    rows.append(
        {
            "name": "seed the reviews (bulk_create)",
            "value": time.perf_counter() - started,
            "unit": "s",
            "note": ", ".join(f"{v:,} {k}" for k, v in counts.items()),
        }
    )
    partnership = seeded["partnership"]
    args = [partnership.uuid]
    client = Client()
    for who in ("manager", "board"):
        client.force_login(seeded[who])
        search_url = reverse("learning:search", args=args)
        # The first search brings the index up to date with every review's learning.
        t0 = time.perf_counter()
        assert client.get(search_url, {"q": "referral"}).status_code == 200
        rows.append(
            {
                "name": f"[{who}] first search (indexes the learning)",
                "value": (time.perf_counter() - t0) * 1000,
                "unit": "ms",
            }
        )
        from urllib.parse import urlencode

        times, queries = _timed(client, [f"{search_url}?{urlencode({'q': q})}" for q in QUERIES])
        rows += _rows(f"[{who}] search page, 50 queries", times, queries, "100")
        repository = reverse("learning:repository", args=args)
        times, queries = _timed(client, [repository])
        rows += _rows(f"[{who}] repository page", times, queries)
        times, queries = _timed(client, [f"{repository}?pattern_area=human-reasoning&year="])
        rows += _rows(f"[{who}] repository, one pattern area", times, queries)
        times, queries = _timed(client, [f"{repository}?page=3"])
        rows += _rows(f"[{who}] repository, page 3", times, queries)
        times, queries = _timed(client, [reverse("learning:patterns", args=args)])
        rows += _rows(f"[{who}] patterns page", times, queries, "500")
    # The floor: the bare full-text query over the reviews the manager sees.
    from casewindow.accounts import access

    views = access.learning_reviews_for_user(seeded["manager"], partnership)
    ids = [v.review.pk for v in views]
    floor = []
    for query in QUERIES:
        t0, c0 = time.perf_counter(), time.process_time()
        search_reviews(review_ids=ids, query=query, limit=200)
        floor.append((time.perf_counter() - t0) * 1000)
        CPU.append((time.process_time() - c0) * 1000)
    rows += _rows(f"bare full-text query, {len(ids)} reviews (floor)", floor, None)
    client.force_login(seeded["lead"])
    reference = seeded["lead_review"].reference
    urls = {
        "finding": reverse(
            "learning:finding_seen_before", args=[reference, seeded["finding"].uuid]
        ),
        "episode": reverse(
            "learning:episode_seen_before", args=[reference, seeded["episode"].uuid]
        ),
    }
    for kind, url in urls.items():
        times, queries = _timed(client, [url])
        rows += _rows(f"[lead] seen before, a {kind}", times, queries, "200")
    return rows
