"""The REST API's lists over a large review: 5,000 chronology entries from 8 agencies (a tenth
of them linked to people from the register, some merged into events), read through
/api/v1/…/chronology/entries and …/chronology/integrated with a personal access token.
Figures: median server time of repeated requests through Django's test client (no network) and
the SQL queries of each request, which must not grow with the page's size or position.
Target (issue 13): a page ≤ 150 ms, constant queries."""

import datetime
import random
import statistics
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

ENTRIES = 5_000
AGENCIES = 8
REPEATS = 15
PAGE_TARGET_MS = 150
WORDS = [
    *[
        "home",
        "visit",
        "strategy",
        "meeting",
        "referral",
        "school",
        "attendance",
        "health",
        "visitor",
        "police",
        "officer",
    ],
    *[
        "mother",
        "child",
        "seen",
        "bruising",
        "nursery",
        "housing",
        "appointment",
        "missed",
        "concern",
        "section",
        "47",
    ],
]


def _build() -> tuple[str, str]:
    from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
    from casewindow.api.models import TokenAccess
    from casewindow.api.services.tokens import token_create
    from casewindow.evidence.models import ChronologyEntry, DatePrecision, Event
    from casewindow.reviews.models import Agency, Person, Review

    rng = random.Random(13)  # noqa: S311 (made-up data)
    lead = User.objects.create_user(email="bench-api@example.test", full_name="Bench API")
    partnership = Partnership.objects.create(name="Bench partnership (API)")
    review = Review.objects.create(
        partnership=partnership,
        reference="BENCH-API",
        title="Bench API review",
        review_type="lcspr_lt",
    )
    Membership.objects.create(review=review, user=lead, role=ReviewRole.LEAD_REVIEWER)
    agencies = [
        Agency.objects.create(review=review, name=f"Agency {i}", kind="other")
        for i in range(AGENCIES)
    ]
    people = [
        Person.objects.create(
            review=review,
            real_name=f"Person {i}",
            publication_label=f"P{i}",
            category="other_adult",
        )
        for i in range(6)
    ]
    start = datetime.date(2023, 1, 1)
    entries = []
    for row in range(1, ENTRIES + 1):
        day = start + datetime.timedelta(days=rng.randrange(0, 731))
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(8, 30)))
        entries.append(
            ChronologyEntry(
                review=review,
                agency=rng.choice(agencies),
                row_number=row,
                date_start=day,
                date_end=day,
                date_precision=DatePrecision.DAY,
                date_text=day.strftime("%d/%m/%Y"),
                description=text,
                original_row={"Date": day.strftime("%d/%m/%Y"), "Event": text},
            )
        )
    ChronologyEntry.objects.bulk_create(entries, batch_size=1000)
    saved = list(ChronologyEntry.objects.filter(review=review).order_by("pk"))
    Link = ChronologyEntry.people.through
    Link.objects.bulk_create(
        [
            Link(chronologyentry_id=entry.pk, person_id=rng.choice(people).pk)
            for entry in saved[::10]
        ]
    )
    for first, second in zip(saved[:200:2], saved[1:200:2], strict=True):
        event = Event.objects.create(review=review)
        ChronologyEntry.objects.filter(pk__in=[first.pk, second.pk]).update(event=event)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    _, secret = token_create(
        actor=lead, name="bench", access=TokenAccess.READ, review=review, lifetime_days=7
    )
    return review.reference, secret


def _measure(client: Client, url: str, headers: dict[str, str]) -> tuple[float, int, int]:
    """Median ms and the queries of one request (as bench/pages.py measures a page), and the
    answer's item count."""
    response = client.get(url, headers=headers)
    assert response.status_code == 200, response.content[:300]
    body = response.json()
    count = len(body.get("items", body.get("lines", [])))
    timings, queries = [], 0
    for _ in range(REPEATS):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            client.get(url, headers=headers)
            timings.append((time.perf_counter() - started) * 1000)
        queries = len(captured.captured_queries)
    return statistics.median(timings), queries, count


def run() -> list[dict]:
    started = time.perf_counter()
    reference, secret = _build()
    rows: list[dict] = [
        {
            "name": f"build {ENTRIES:,} entries from {AGENCIES} agencies",
            "value": time.perf_counter() - started,
            "unit": "s",
        }
    ]
    client = Client()
    headers = {"Authorization": f"Bearer {secret}"}
    base = f"/api/v1/reviews/{reference}/chronology"
    pages = [
        ("entries, first page (limit 50)", f"{base}/entries?limit=50"),
        ("entries, middle page (offset 2,500)", f"{base}/entries?limit=50&offset=2500"),
        ("entries, last page (offset 4,950)", f"{base}/entries?limit=50&offset=4950"),
        ("entries, limit 500", f"{base}/entries?limit=500"),
        ("entries, filtered by agency and words", None),
        ("integrated chronology, page 1 (100 lines)", f"{base}/integrated"),
        ("integrated chronology, page 25", f"{base}/integrated?page=25"),
    ]
    from casewindow.reviews.models import Agency

    agency = Agency.objects.filter(review__reference=reference).order_by("name").first()
    assert agency is not None
    queries_seen: dict[str, int] = {}
    for name, url in pages:
        url = url or f"{base}/entries?limit=50&agency={agency.uuid}&text=visit"
        ms, queries, items = _measure(client, url, headers)
        queries_seen[name] = queries
        rows.append(
            {
                "name": f"{name}: ms a page",
                "value": ms,
                "unit": "ms",
                "target": f"≤ {PAGE_TARGET_MS}",
                "note": f"{items} items",
            }
        )
        rows.append({"name": f"{name}: queries", "value": queries, "unit": "queries"})
    # The plain lists, wherever the page and however long (a filter by agency loads the agency:
    # one query more, also whatever the page).
    entry_lists = [
        q for n, q in queries_seen.items() if n.startswith("entries") and "filtered" not in n
    ]
    rows.append(
        {
            "name": "entry lists: same queries whatever the page",
            "value": int(len(set(entry_lists)) == 1),
            "unit": "1 = yes",
            "note": f"queries of each entry list: {entry_lists}",
        }
    )
    return rows
