"""Server time and SQL queries for the integrated chronology of a large review: 5,000 entries
from 8 agencies over two years, some of them the same happening recorded by two agencies.
Figures: median of repeated requests through Django's test client (server time, no network)."""

import datetime
import random
import statistics
import time

from django.db import connection
from django.test import Client
from django.urls import reverse
from pages import page_timing

ENTRIES = 5_000
AGENCIES = [
    "Northshire Police",
    "Children's social care",
    "Health visiting",
    "General practice",
    "Northshire Hospital Trust",
    "Oak Primary School",
    "Housing",
    "Adult mental health",
]
REPEATS = 15
FIRST_PAGE_TARGET_MS = 200

ACTIVITIES = [
    "Home visit by {role}; {who} seen {detail}",
    "Telephone call from {who} to {role} about {topic}",
    "{who} attended appointment with {role}; {topic} discussed {detail}",
    "Strategy meeting held, {role} present; section 47 enquiries agreed about {topic}",
    "Domestic abuse incident reported at {place}; {who} present, officers attended",
    "{who} did not attend appointment about {topic}; letter sent by {role}",
    "Referral received about {who} concerning {topic}; contact and referral form completed",
    "School attendance concern for {who}; {role} spoke with family {detail}",
    "Child protection conference about {topic}; {who} made subject to a plan",
    "{who} seen in emergency department at {place} with {injury}",
    "Text message from {who} to {role} cancelling visit about {topic}",
    "Case note: {role} reviewed records on {topic} {detail}",
]
ROLES = ["health visitor", "social worker", "GP", "police officer", "teacher", "housing officer"]
PEOPLE = ["Child J", "Mother", "Stepfather", "Sibling 1", "Maternal grandmother", "Father"]
TOPICS = [
    "rent arrears",
    "weight loss",
    "missed immunisations",
    "head lice",
    "bruising to the arm",
    "nursery place",
    "housing disrepair",
    "alcohol use",
    "benefits sanction",
    "speech delay",
    "eczema",
    "parenting support",
    "food bank voucher",
    "school transport",
    "unsafe sleeping",
    "dog in the home",
    "anonymous call",
    "neighbour complaint",
    "prescription not collected",
    "dental pain",
    "lost keys",
    "broken window",
    "court hearing",
    "child minder",
]
PLACES = [
    "the flat",
    "Elm Road",
    "grandmother's house",
    "the park",
    "the bus station",
    "Oak School",
    "the supermarket",
    "North Ward",
    "the GP surgery",
    "the community centre",
]
DETAILS = [
    "home conditions poor",
    "no concerns noted",
    "mother tearful",
    "flat cold and damp",
    "baby asleep upstairs",
    "stepfather refused entry",
    "smell of cannabis",
    "new partner present",
    "children well presented",
    "no food in the fridge",
    "door not answered",
    "",
]
INJURIES = [
    "a cut hand",
    "a burn",
    "a fractured wrist",
    "a head injury",
    "a fever",
    "breathing difficulty",
]


def _paraphrase(rng: random.Random, text: str) -> str:
    """The same happening in another agency's words: some words dropped, some added."""
    words = [w for w in text.replace(";", ",").split() if rng.random() > 0.25]
    return " ".join(
        [rng.choice(["Notified:", "Information shared -", "Agency check:", ""]), *words]
    ).strip()


def _build():
    from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
    from casewindow.evidence.models import ChronologyEntry, DatePrecision
    from casewindow.reviews.models import Agency, Person, Review

    rng = random.Random(42)  # noqa: S311 (made-up data)
    lead = User.objects.create_user(email="bench-chronology@example.test", full_name="Bench Lead")
    partnership = Partnership.objects.create(name=f"Bench partnership ({__name__})")
    review = Review.objects.create(
        partnership=partnership,
        reference="BENCH-PAGE",
        title="Bench chronology review",
        review_type="lcspr_lt",
        scope_start=datetime.date(2023, 1, 1),
        scope_end=datetime.date(2024, 12, 31),
    )
    Membership.objects.create(review=review, user=lead, role=ReviewRole.LEAD_REVIEWER)
    agencies = [Agency.objects.create(review=review, name=name, kind="other") for name in AGENCIES]
    for i, label in enumerate(PEOPLE):
        Person.objects.create(
            review=review,
            real_name=f"Real Name {i}",
            publication_label=label,
            category="other_family",
        )
    start = datetime.date(2023, 1, 1)
    entries = []
    row = 0
    while len(entries) < ENTRIES:
        agency = rng.choice(agencies)
        # Contacts cluster: a few busy periods, otherwise spread out.
        if rng.random() < 0.4:
            centre = rng.choice([120, 300, 520, 650])
            offset = max(0, min(730, int(rng.gauss(centre, 12))))
        else:
            offset = rng.randrange(0, 731)
        day = start + datetime.timedelta(days=offset)
        who = rng.choice(PEOPLE)
        text = rng.choice(ACTIVITIES).format(
            who=who,
            role=rng.choice(ROLES),
            topic=rng.choice(TOPICS),
            place=rng.choice(PLACES),
            detail=rng.choice(DETAILS),
            injury=rng.choice(INJURIES),
        )
        month = rng.random() < 0.05
        row += 1
        entries.append(
            ChronologyEntry(
                review=review,
                agency=agency,
                row_number=row,
                date_start=day.replace(day=1) if month else day,
                date_end=(day.replace(day=28) if month else day),
                date_precision=DatePrecision.MONTH if month else DatePrecision.DAY,
                date_text=day.strftime("%B %Y") if month else day.strftime("%d/%m/%Y"),
                description=text,
                people_text=", ".join(sorted({who, rng.choice(PEOPLE)})),
                original_row={"Date": day.isoformat(), "Event": text},
            )
        )
        if rng.random() < 0.05 and len(entries) < ENTRIES:
            # The same happening, recorded by another agency a day or two apart.
            other = rng.choice([a for a in agencies if a != agency])
            row += 1
            echo = day + datetime.timedelta(days=rng.choice([0, 0, 1, 2]))
            entries.append(
                ChronologyEntry(
                    review=review,
                    agency=other,
                    row_number=row,
                    date_start=echo,
                    date_end=echo,
                    date_precision=DatePrecision.DAY,
                    date_text=echo.strftime("%d %b %Y"),
                    description=_paraphrase(rng, text),
                    people_text=who,
                )
            )
    ChronologyEntry.objects.bulk_create(entries, batch_size=1000)
    # Table statistics, as a live database has them (PostgreSQL's autovacuum gathers them;
    # without them the planner guesses a handful of rows).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return lead, review


def run() -> list[dict]:
    from casewindow.evidence.merging import merge_suggestions
    from casewindow.evidence.models import ChronologyEntry
    from casewindow.evidence.services.events import entries_merge

    started = time.perf_counter()
    lead, review = _build()
    rows = [
        {
            "name": f"build {ENTRIES:,} entries from {len(AGENCIES)} agencies",
            "value": time.perf_counter() - started,
            "unit": "s",
        }
    ]
    # Merge the 50 likeliest suggestions and the 5 earliest, so the list (its first page too)
    # and the picture have events in them.
    suggestions = merge_suggestions(review=review)
    dates = dict(ChronologyEntry.objects.filter(review=review).values_list("pk", "date_start"))
    earliest = sorted(suggestions, key=lambda s: (dates[s.first_id], dates[s.second_id]))[:5]
    for suggestion in [*suggestions[:50], *earliest]:
        first = ChronologyEntry.objects.get(pk=suggestion.first_id)
        second = ChronologyEntry.objects.get(pk=suggestion.second_id)
        if not (first.event_id and first.event_id == second.event_id):
            entries_merge(actor=lead, review=review, first=first, second=second)

    timings = []
    for _ in range(5):
        started = time.perf_counter()
        found = merge_suggestions(review=review)
        timings.append((time.perf_counter() - started) * 1000)
    rows.append(
        {
            "name": "merge suggestions computed (no page)",
            "value": statistics.median(timings),
            "unit": "ms",
        }
    )
    rows.append({"name": "merge suggestions found", "value": len(found), "unit": "pairs"})
    from casewindow.evidence.event_grouping import suggest_groups

    timings = []
    for _ in range(5):
        started = time.perf_counter()
        groups = suggest_groups(review=review)
        timings.append((time.perf_counter() - started) * 1000)
    rows.append(
        {
            "name": "event groups computed (no page; the page's engine)",
            "value": statistics.median(timings),
            "unit": "ms",
        }
    )
    rows.append({"name": "event groups found", "value": len(groups), "unit": "groups"})

    client = Client()
    client.force_login(lead)
    chronology = reverse("evidence:chronology", args=[review.reference])
    police = review.agencies.get(name="Northshire Police")
    person = review.people.get(publication_label="Mother")
    pages = [
        ("chronology, first page of 100", chronology, FIRST_PAGE_TARGET_MS),
        ("chronology, page 30", chronology + "?page=30", None),
        (
            "chronology, filtered (agency + person + words)",
            f"{chronology}?agency={police.uuid}&person={person.uuid}&text=home+visit",
            None,
        ),
        (
            "timeline picture (all entries)",
            reverse("evidence:timeline", args=[review.reference]),
            None,
        ),
        (
            "suggested merges, first page",
            reverse("evidence:merge_suggestions", args=[review.reference]),
            None,
        ),
    ]
    for label, url, target in pages:
        median_ms, queries = page_timing(client, url, REPEATS)
        row = {"name": f"{label}: median server time", "value": median_ms, "unit": "ms"}
        if target:
            row["target"] = f"<= {target}"
        rows.append(row)
        rows.append({"name": f"{label}: SQL queries", "value": queries, "unit": "queries"})
    return rows
