"""Server time and SQL queries for the multi-agency narrative of a long review: 40 sections,
each with three agencies' perspectives (about 2,000 characters of Markdown each) and six linked
chronology entries; the time to turn it into report content; and the time to render and
sanitise one long text (done on every save). Target: 500 ms for the page; the query count
must not grow with the data (tests/analysis/test_narrative.py checks that)."""

import datetime
import time

from django.test import Client
from django.urls import reverse
from pages import page_timing

SECTIONS = 40
TARGET_MS = 500
PARAGRAPH = (
    "The health visitor saw Mother at home and talked through the referral with her. "
    "She wanted support in place before things got harder, and made the referral with "
    "[consent](https://example.org/guidance).\n\n"
)
TEXT = PARAGRAPH * 4 + "## What was known\n\n" + "".join(f"- point {i}\n" for i in range(8)) + "\n"


def _build():
    from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
    from casewindow.analysis.models import AgencyPerspective, NarrativeSection
    from casewindow.analysis.richtext import markdown_to_html
    from casewindow.evidence.models import ChronologyEntry
    from casewindow.reviews.models import Agency, Review

    lead = User.objects.create_user(email="bench-narrative@example.test", full_name="Bench Lead")
    partnership = Partnership.objects.create(name=f"Bench partnership ({__name__})")
    review = Review.objects.create(
        partnership=partnership,
        reference="BENCH-NARRATIVE",
        title="Bench review",
        review_type="lcspr_lt",
    )
    Membership.objects.create(review=review, user=lead, role=ReviewRole.LEAD_REVIEWER)
    agencies = [
        Agency.objects.create(review=review, name=f"Agency {i}", kind="other") for i in range(6)
    ]
    html = markdown_to_html(TEXT)
    sections = NarrativeSection.objects.bulk_create(
        NarrativeSection(
            review=review, position=i + 1, title=f"Period {i + 1}", body=TEXT, body_html=html
        )
        for i in range(SECTIONS)
    )
    AgencyPerspective.objects.bulk_create(
        AgencyPerspective(section=s, agency=agencies[(i + k) % 6], body=TEXT, body_html=html)
        for i, s in enumerate(sections)
        for k in range(3)
    )
    day = datetime.date(2024, 1, 1)
    entries = ChronologyEntry.objects.bulk_create(
        ChronologyEntry(
            review=review,
            agency=agencies[i % 6],
            date_start=day + datetime.timedelta(days=i),
            date_end=day + datetime.timedelta(days=i),
            date_precision="day",
            date_text=str(day + datetime.timedelta(days=i)),
            description="Home visit: Mother and baby seen; feeding well.",
        )
        for i in range(SECTIONS * 6)
    )
    through = NarrativeSection.entries.through
    through.objects.bulk_create(
        through(narrativesection_id=s.pk, chronologyentry_id=entries[i * 6 + k].pk)
        for i, s in enumerate(sections)
        for k in range(6)
    )
    return lead, review


def run() -> list[dict]:
    from casewindow.analysis.richtext import markdown_to_html
    from casewindow.reports.narrative import narrative_for_report

    lead, review = _build()
    client = Client()
    client.force_login(lead)
    url = reverse("analysis:narrative", args=[review.reference])
    median, queries = page_timing(client, url)
    started = time.perf_counter()
    for _ in range(5):
        report = narrative_for_report(review)
    report_ms = (time.perf_counter() - started) * 1000 / 5
    long_text = TEXT * 10
    started = time.perf_counter()
    for _ in range(20):
        markdown_to_html(long_text)
    render_ms = (time.perf_counter() - started) * 1000 / 20
    return [
        {
            "name": f"narrative page, {SECTIONS} sections x 3 perspectives (median)",
            "value": round(median, 1),
            "unit": "ms",
            "target": TARGET_MS,
        },
        {"name": "narrative page SQL queries", "value": queries, "unit": "queries"},
        {
            "name": f"narrative_for_report, {len(report)} sections",
            "value": round(report_ms, 1),
            "unit": "ms",
        },
        {
            "name": f"render + sanitise {len(long_text):,} characters of Markdown",
            "value": round(render_ms, 1),
            "unit": "ms",
        },
    ]
