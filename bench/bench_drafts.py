"""Drafts of a long report: 150 sections (30 findings as subsections) with 1,500 paragraphs of
about 60 words, and 300 comments with a reply each. Measures the difference between two drafts
(5% of paragraphs reworded, 3 sections added, 3 removed) as a function and as a page, and the
reading pages for the team (every comment) and for one recipient (their own). Target: 500 ms
server time for each page."""

import datetime
import statistics
import time

from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pages import page_timing

SECTIONS = 120
FINDINGS = 30
PARAGRAPHS = 10
COMMENTS = 300
TARGET_MS = 500
SENTENCE = (
    "the health visitor saw the baby at home and noted that the family had a new adult staying "
    "who was not known to the service and the referral was passed to the duty team the next day"
)
WORDS = SENTENCE.split(" ")


def _paragraph(i: int, j: int, reworded: bool) -> str:
    words = [WORDS[(i * 7 + j * 3 + k) % len(WORDS)] for k in range(60)]
    if reworded:
        words[10:13] = ["was", "not", "routinely", "invited"]
    return " ".join(words).capitalize() + "."


def _content(*, second: bool) -> dict:
    from casewindow.reports.content import Block, ReportContent, Section

    def blocks(i: int) -> tuple:
        return tuple(
            Block("paragraph", text=_paragraph(i, j, second and (i * PARAGRAPHS + j) % 20 == 0))
            for j in range(PARAGRAPHS)
        )

    keys = [k for k in range(SECTIONS) if not (second and k in (5, 50, 95))]
    keys += [SECTIONS + k for k in range(3)] if second else []
    sections = [
        Section(f"section-{k}", str(n + 1), f"Section {k}", blocks(k)) for n, k in enumerate(keys)
    ]
    findings = tuple(
        Section(
            f"finding-{f}", f"{len(sections) + 1}.{f + 1}", f"Finding {f + 1}", blocks(1000 + f)
        )
        for f in range(FINDINGS)
    )
    sections.append(Section("findings", str(len(sections) + 1), "Findings", subsections=findings))
    return ReportContent(
        "Bench review", "BENCH-DRAFTS", "Bench partnership", "Draft", "1 May 2026", tuple(sections)
    ).to_json()


def _build():
    from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
    from casewindow.drafts.models import Draft, DraftComment, DraftCommentReply, DraftShare
    from casewindow.reviews.models import Review

    lead = User.objects.create_user(email="bench-drafts@example.test", full_name="Bench Lead")
    partnership = Partnership.objects.create(name=f"Bench partnership ({__name__})")
    review = Review.objects.create(
        partnership=partnership, reference="BENCH-DRAFTS", title="Bench", review_type="lcspr_lt"
    )
    Membership.objects.create(review=review, user=lead, role=ReviewRole.LEAD_REVIEWER)
    recipients = []
    for i in range(10):
        user = User.objects.create_user(email=f"bench-p{i}@example.test", full_name=f"P {i}")
        Membership.objects.create(review=review, user=user, role=ReviewRole.PARTICIPANT)
        recipients.append(user)
    closes = timezone.localdate() + datetime.timedelta(days=10)
    first = Draft.objects.create(
        review=review, number=1, content=_content(second=False), comments_close_on=closes
    )
    second = Draft.objects.create(review=review, number=2, content=_content(second=True))
    DraftShare.objects.bulk_create(DraftShare(draft=first, user=u) for u in recipients)
    comments = DraftComment.objects.bulk_create(
        DraftComment(
            draft=first,
            section_key=f"section-{i % SECTIONS}",
            section_number=str(i % SECTIONS + 1),
            section_title=f"Section {i % SECTIONS}",
            author=recipients[i % len(recipients)],
            text="Please check the date of this visit against our records. " * 3,
        )
        for i in range(COMMENTS)
    )
    DraftCommentReply.objects.bulk_create(
        DraftCommentReply(comment=c, author=lead, text="Thank you, checked and corrected.")
        for c in comments
    )
    return lead, recipients[0], review, first, second


def run() -> list[dict]:
    from casewindow.drafts.differences import draft_differences

    lead, recipient, review, first, second = _build()
    a, b = first.report, second.report
    times = []
    for _ in range(5):
        started = time.perf_counter()
        differences = draft_differences(a, b)
        times.append((time.perf_counter() - started) * 1000)
    changed = sum(1 for d in differences if d.change == "changed")

    team, reader = Client(), Client()
    team.force_login(lead)
    reader.force_login(recipient)
    ref = review.reference
    compare_ms, compare_q = page_timing(
        team, reverse("drafts:draft_compare", args=[ref]) + "?a=1&b=2", repeats=7
    )
    team_ms, team_q = page_timing(
        team, reverse("drafts:draft_detail", args=[ref, first.uuid]), repeats=7
    )
    mine_ms, mine_q = page_timing(
        reader, reverse("drafts:shared_draft_detail", args=[ref, first.uuid]), repeats=7
    )
    paragraphs = (SECTIONS + FINDINGS) * PARAGRAPHS
    return [
        {
            "name": f"difference of two drafts ({paragraphs:,} paragraphs), median",
            "value": statistics.median(times),
            "unit": "ms",
            "note": f"{changed} sections changed",
        },
        {"name": "compare page, median", "value": compare_ms, "unit": "ms", "target": TARGET_MS},
        {"name": "compare page, SQL queries", "value": compare_q, "unit": "queries"},
        {
            "name": f"team draft page ({COMMENTS} comments), median",
            "value": team_ms,
            "unit": "ms",
            "target": TARGET_MS,
        },
        {"name": "team draft page, SQL queries", "value": team_q, "unit": "queries"},
        {
            "name": "recipient draft page, median",
            "value": mine_ms,
            "unit": "ms",
            "target": TARGET_MS,
        },
        {"name": "recipient draft page, SQL queries", "value": mine_q, "unit": "queries"},
    ]
