"""A business manager's partnership year in the browser: the partnership home shows two
reviews and one overdue action; a rapid review's date is counted across Christmas; a letter
is made (and opened in LibreOffice); a meeting is arranged and appears in the participant's
calendar feed."""

import datetime
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader

from casewindow.accounts.models import (
    Membership,
    Partnership,
    PartnershipMembership,
    PartnershipRole,
    ReviewRole,
    User,
)
from casewindow.analysis.models import ActionItem, Recommendation
from casewindow.reviews.models import Agency, Person, Review
from tests.browser.conftest import TIMEOUT_MS, VIEWPORT, check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "amber-lantern-harbour-47"


def _today() -> datetime.date:
    """Today where the app reckons it (the local date), read at the moment of use: a module
    constant goes stale when a run crosses midnight."""
    return timezone.localdate()


NEXT_WEEK = _today() + datetime.timedelta(days=7)


@pytest.fixture
def partnership_year() -> dict[str, User]:
    manager = User.objects.create_user(
        email="bea.manager@northshire.example", password=PASSWORD, full_name="Bea Manager"
    )
    practitioner = User.objects.create_user(
        email="priya.hv@northshire.example", password=PASSWORD, full_name="Priya Natarajan"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    PartnershipMembership.objects.create(
        partnership=partnership, user=manager, role=PartnershipRole.MANAGER
    )
    # A rapid review notified on Wednesday 16 December 2026: fifteen working days run past
    # Christmas Day, the Boxing Day substitute and New Year's Day to Monday 11 January 2027.
    rapid = Review.objects.create(
        partnership=partnership,
        reference="RR-2026-12",
        title="Infant B: rapid review",
        review_type="rapid",
        notification_date=datetime.date(2026, 12, 16),
    )
    Membership.objects.create(review=rapid, user=manager, role=ReviewRole.LEAD_REVIEWER)
    health = Agency.objects.create(
        review=rapid, name="Northshire 0-19 Service", kind="health_visiting"
    )
    Membership.objects.create(
        review=rapid, user=practitioner, role=ReviewRole.PARTICIPANT, agency=health
    )
    Person.objects.create(
        review=rapid, real_name="Bella Fenwick", category="child", publication_label="Infant B"
    )
    published = Review.objects.create(
        partnership=partnership,
        reference="LCSPR-2025-02",
        title="Sibling group S",
        review_type="lcspr_lt",
        stage="action_plan",
    )
    Membership.objects.create(review=published, user=manager, role=ReviewRole.LEAD_REVIEWER)
    police = Agency.objects.create(review=published, name="Northshire Police", kind="police")
    recommendation = Recommendation.objects.create(
        review=published, number=1, kind=1, text="Share call-out logs", owner_agency=police
    )
    ActionItem.objects.create(
        recommendation=recommendation,
        text="Send domestic abuse call-outs to the school the next morning",
        owner="Detective Inspector",
        due_date=_today() - datetime.timedelta(days=14),
    )
    ActionItem.objects.create(
        recommendation=recommendation,
        text="Review the notification protocol",
        owner="Detective Inspector",
        due_date=_today() + datetime.timedelta(days=60),
    )
    return {"manager": manager, "practitioner": practitioner}


def test_business_manager_runs_the_partnership_year(
    page: Page, browser: Browser, live_server, partnership_year, tmp_path: Path
) -> None:
    manager = partnership_year["manager"]
    sign_in(page, manager.email, PASSWORD)
    page.goto("/accounts/partnerships/")
    page.get_by_role("link", name="Northshire Safeguarding Children Partnership").click()
    page.get_by_role("link", name="Partnership home").click()

    # Two reviews and one overdue action.
    expect(page.get_by_role("heading", level=1)).to_have_text("Partnership home")
    reviews = page.get_by_test_id("reviews")
    expect(reviews.locator("tbody tr")).to_have_count(2)
    expect(page.get_by_test_id("overdue-by-agency")).to_contain_text("Northshire Police")
    expect(page.get_by_test_id("overdue-by-agency")).to_contain_text("1 overdue")
    expect(page.get_by_test_id("overdue")).to_contain_text("Send domestic abuse call-outs")
    check_page(page, "partnership-01-home")

    # The rapid review's date, counted in working days across Christmas and New Year.
    reviews.get_by_role("link", name="RR-2026-12").click()
    dates = page.get_by_test_id("statutory-dates")
    expect(dates.locator('tr[data-key="rapid_review"]')).to_contain_text("Mon 11 January 2027")
    check_page(page, "partnership-02-review-dates")

    # A letter for the participant, opened in LibreOffice.
    page.get_by_role("link", name="Letters to participants").click()
    page.get_by_label("Introductory letter").check()
    page.get_by_label("Who the letter is for").select_option(
        label="Priya Natarajan (Case group participant)"
    )
    check_page(page, "partnership-03-letters")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Make the letter").click()
    docx = tmp_path / "letter.docx"
    download_info.value.save_as(docx)
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office, "LibreOffice is needed to open the letter (apt-get install libreoffice-writer)"
    converted = subprocess.run(  # noqa: S603 (our own temporary file)
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
        capture_output=True,
        timeout=240,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    pdf = tmp_path / "letter.pdf"
    assert converted.returncode == 0 and pdf.exists(), converted.stderr.decode()[-2000:]
    text = " ".join((p.extract_text() or "") for p in PdfReader(pdf).pages)
    text = " ".join(text.split())
    assert "Dear Priya Natarajan" in text
    assert "Infant B" in text and "Fenwick" not in text
    page.reload()
    expect(page.get_by_test_id("letters")).to_contain_text("Priya Natarajan")

    # A case-group meeting with the participant invited.
    page.goto("/reviews/RR-2026-12/meetings/")
    page.get_by_role("button", name="Arrange a meeting").click()
    page.get_by_label("Case group meeting").check()
    page.get_by_label("Day").fill(str(NEXT_WEEK.day))
    page.get_by_label("Month").fill(str(NEXT_WEEK.month))
    page.get_by_label("Year").fill(str(NEXT_WEEK.year))
    page.get_by_label("Starts").fill("10:00")
    page.get_by_label("Ends").fill("12:00")
    page.get_by_label("Where").fill("Northshire House, room 4")
    page.get_by_label("Priya Natarajan (Case group participant)").check()
    check_page(page, "partnership-04-meeting-form")
    page.get_by_role("button", name="Arrange meeting").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Case group meeting")
    check_page(page, "partnership-05-meeting")

    # The participant makes their calendar feed; the meeting is in it.
    context = browser.new_context(base_url=live_server.url, viewport=VIEWPORT, locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    try:
        practitioner_page = context.new_page()
        sign_in(practitioner_page, partnership_year["practitioner"].email, PASSWORD)
        expect(practitioner_page.get_by_test_id("my-meetings")).to_contain_text("RR-2026-12")
        practitioner_page.get_by_role("link", name="Your calendar feed").click()
        practitioner_page.get_by_role("button", name="Make my feed").click()
        feed_url = practitioner_page.get_by_test_id("feed-url").inner_text().strip()
        assert re.match(rf"{re.escape(live_server.url)}/calendar/[\w-]+\.ics$", feed_url)
        response = context.request.get(feed_url)
        assert response.ok
        calendar = Calendar.from_ical(response.body())
        meetings = [e for e in calendar.walk("VEVENT") if "Case group meeting" in str(e["summary"])]
        assert len(meetings) == 1
        assert str(meetings[0]["location"]) == "Northshire House, room 4"
        assert meetings[0].decoded("dtstart").date() == NEXT_WEEK
    finally:
        context.close()
