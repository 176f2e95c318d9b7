"""Full-text search speed: a review with 300 documents of 10 pages each (3,000 pages of
case-record-like text, about 2 million words), next to another review holding 1,000 more pages
that must never be searched. 20 different queries (common and rare words, several words,
phrases); each is timed 7 times and its median kept. Figures: the median and 95th percentile
of those 20 medians through `search_review`, and the search page's server time through
Django's test client (query, enrichment with agencies and links, rendering)."""

import random
import statistics
import time
import uuid

from django.test import Client
from django.urls import reverse

DOCUMENTS = 300
PAGES_PER_DOCUMENT = 10
OTHER_REVIEW_PAGES = 1_000
WORDS_PER_PAGE = (450, 900)
REPEATS = 7
TARGET_MS = 100

QUERIES = [
    "child",
    "mother",
    "home visit",
    '"home visit"',
    "bruising",
    "strategy discussion",
    '"strategy discussion"',
    "school attendance",
    "domestic abuse police",
    "health visitor",
    "neglect",
    "referral social care",
    "missed appointment",
    '"child protection plan"',
    "Oakfield",
    "cannabis",
    "housing arrears eviction",
    "dental",
    "safeguarding concerns were raised",
    "Zebra",  # no match
]

_NAMES = [
    "Child J",
    "Mother",
    "Father",
    "Mr Brown",
    "Ms Okafor",
    "the health visitor",
    "the GP",
    "the social worker",
    "the class teacher",
    "PC Evans",
    "the midwife",
    "Grandmother",
    "the school nurse",
    "the family support worker",
    "the paediatrician",
    "Aunt Lisa",
    "the duty manager",
    "the housing officer",
    "the designated safeguarding lead",
]
_PLACES = [
    "at home",
    "at Oakfield Primary School",
    "at the surgery",
    "at the hospital",
    "at the children's centre",
    "by telephone",
    "at the police station",
    "at nursery",
    "at the family hub",
    "at grandmother's flat",
    "in the emergency department",
    "by video call",
]
_EVENTS = [
    "a home visit took place",
    "a strategy discussion was held",
    "a referral was made to social care",
    "a missed appointment was recorded",
    "bruising was seen on the child's arm",
    "concerns about neglect were discussed",
    "school attendance was noted as poor",
    "police attended a report of domestic abuse",
    "the child protection plan was reviewed",
    "housing arrears and a risk of eviction were mentioned",
    "a dental check was overdue",
    "cannabis use in the home was reported",
    "the family did not answer the door",
    "safeguarding concerns were raised with the designated lead",
    "weight gain was slow",
    "the core group met and agreed actions",
    "an early help assessment was started",
    "immunisations were found to be incomplete",
    "the baby was weighed and measured",
    "a section 47 enquiry was opened",
    "the case was stepped down to early help",
    "a MARAC referral was completed",
    "the parents separated",
    "a new partner moved in",
    "the child was seen alone",
    "the child's voice was recorded",
    "the nursery place ended",
    "an injury was explained as a fall",
    "the paediatric assessment was arranged",
    "the family moved to temporary accommodation",
    "mother disclosed low mood",
    "father was arrested after an incident",
    "the transfer conference was delayed",
    "information was shared with the school",
    "consent was not obtained",
    "the health visitor could not gain access",
    "a letter was sent to the family",
    "an interpreter was booked",
    "the case was allocated to a new worker",
    "supervision discussed drift in the plan",
]
_FILLER = (  # noqa: SIM905 - reads as the prose it imitates
    "the and was were that with for this from they have had not but there their which when also "
    "after before then again about during following noted recorded agreed plan family record "
    "report information service meeting contact support review worker case team manager visit "
    "appointment letter email call outcome action risk needs parent carer sibling baby toddler "
    "weekend evening morning afternoon urgent routine follow-up previous current concern history "
    "assessment decision threshold multi-agency partnership consultation advice guidance "
    "escalation chronology summary discussion observation presentation engagement attendance "
    "feedback"
).split()


def _page_text(rng: random.Random) -> str:
    """About 450-900 words, each page about a few of the events (a case record's page is)."""
    events = rng.sample(_EVENTS, 6)
    words: list[str] = []
    target = rng.randint(*WORDS_PER_PAGE)
    while len(words) < target:
        sentence = (
            f"On {rng.randint(1, 28)}/{rng.randint(1, 12)}/20{rng.randint(19, 24)} "
            f"{rng.choice(_NAMES)} was seen {rng.choice(_PLACES)} and {rng.choice(events)}. "
            + " ".join(rng.choice(_FILLER) for _ in range(rng.randint(8, 24)))
            + "."
        )
        words.extend(sentence.split())
    return " ".join(words)


def _build():
    from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
    from casewindow.evidence.models import DocumentPage, SearchChunk, SourceDocument
    from casewindow.reviews.models import Agency, Review

    rng = random.Random(20240503)  # noqa: S311 - made-up text, not secrets
    lead = User.objects.create_user(email="bench-search@example.test", full_name="Bench Lead")
    partnership = Partnership.objects.create(name=f"Bench partnership ({__name__})")
    review = Review.objects.create(
        partnership=partnership,
        reference="BENCH-SEARCH",
        title="Bench review",
        review_type="lcspr_lt",
    )
    other = Review.objects.create(
        partnership=partnership,
        reference="BENCH-OTHER",
        title="Other review",
        review_type="lcspr_lt",
    )
    Membership.objects.create(review=review, user=lead, role=ReviewRole.LEAD_REVIEWER)
    agencies = [
        Agency.objects.create(review=review, name=name, kind="other")
        for name in (
            "Northshire Police",
            "Children's Social Care",
            "Community Health",
            "Oakfield School",
        )
    ]
    documents = SourceDocument.objects.bulk_create(
        SourceDocument(
            review=review,
            agency=agencies[i % len(agencies)],
            kind="case_record",
            title=f"Case record {i + 1}",
            original_filename=f"record-{i + 1}.pdf",
            file=f"bench/{i}",
            file_type="pdf",
            size=1,
            sha256=f"{i:064x}",
            extraction_status="done",
            page_count=PAGES_PER_DOCUMENT,
        )
        for i in range(DOCUMENTS)
    )
    pages, chunks = [], []
    for document in documents:
        for number in range(1, PAGES_PER_DOCUMENT + 1):
            text = _page_text(rng)
            pages.append(DocumentPage(document=document, number=number, text=text))
            chunks.append(
                SearchChunk(
                    review=review,
                    kind="document",
                    object_uuid=document.uuid,
                    page=number,
                    title=document.title,
                    text=text,
                )
            )
    for n in range(OTHER_REVIEW_PAGES):
        chunks.append(
            SearchChunk(
                review=other,
                kind="document",
                object_uuid=uuid.uuid4(),
                page=n % 10 + 1,
                title=f"Other record {n}",
                text=_page_text(rng),
            )
        )
    DocumentPage.objects.bulk_create(pages, batch_size=500)
    SearchChunk.objects.bulk_create(chunks, batch_size=500)
    words = sum(len(p.text.split()) for p in pages)
    return lead, review, words


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def run() -> list[dict]:
    from django.db import connection

    from casewindow.evidence.search import search_review

    started = time.perf_counter()
    lead, review, words = _build()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE evidence_searchchunk")
    build_seconds = time.perf_counter() - started

    medians: list[float] = []
    hits: dict[str, int] = {}
    for query in QUERIES:
        search_review(review=review, query=query)  # warm the caches once
        times = []
        for _ in range(REPEATS):
            t0 = time.perf_counter()
            found = search_review(review=review, query=query)
            times.append((time.perf_counter() - t0) * 1000)
        medians.append(statistics.median(times))
        hits[query] = len(found)
        assert all(hit.snippet for hit in found) or not found

    client = Client()
    client.force_login(lead)
    url = reverse("evidence:search", args=[review.reference])
    page_times = []
    for query in QUERIES:
        client.get(url, {"q": query})
        times = []
        for _ in range(REPEATS):
            t0 = time.perf_counter()
            response = client.get(url, {"q": query})
            times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200
        page_times.append(statistics.median(times))

    slowest = max(range(len(QUERIES)), key=lambda i: medians[i])
    return [
        {
            "name": f"build {DOCUMENTS} documents x {PAGES_PER_DOCUMENT} pages "
            f"(+{OTHER_REVIEW_PAGES} other)",
            "value": build_seconds,
            "unit": "s",
            "note": f"{words:,} words in the review's pages",
        },
        {
            "name": "search_review: median of 20 queries",
            "value": statistics.median(medians),
            "unit": "ms",
            "target": TARGET_MS,
        },
        {
            "name": "search_review: 95th percentile of 20 queries",
            "value": _percentile(medians, 0.95),
            "unit": "ms",
            "target": TARGET_MS,
        },
        {
            "name": "search_review: slowest query",
            "value": medians[slowest],
            "unit": "ms",
            "note": f"{QUERIES[slowest]!r} ({hits[QUERIES[slowest]]} hits shown)",
        },
        {
            "name": "search page: median server time",
            "value": statistics.median(page_times),
            "unit": "ms",
        },
        {
            "name": "search page: 95th percentile server time",
            "value": _percentile(page_times, 0.95),
            "unit": "ms",
        },
        {
            "name": "queries with hits (of 20)",
            "value": sum(1 for n in hits.values() if n),
            "unit": "queries",
        },
    ]
