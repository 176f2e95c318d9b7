"""The publication check in the browser: the lead reviewer opens it, sees the export blocked by
two unresolved candidates, replaces one with a label, keeps the other with a reason, and sees
the export unblocked; the decision log shows both. Each page is checked with axe."""

from types import SimpleNamespace

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Partnership, User
from casewindow.anonymisation import scans, tasks
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Person, ReviewType
from tests.browser.conftest import PageWatch, check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-58"
REFERENCE = "LCSPR-2025-21"


@pytest.fixture
def lead() -> User:
    lead = User.objects.create_user(
        email="lee.lead@northshire.example", password=PASSWORD, full_name="Lee Lead"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = review_services.review_create(
        actor=lead,
        partnership=partnership,
        reference=REFERENCE,
        title="Child K: a review of practice",
        review_type=ReviewType.LEARNING_TOGETHER,
    )
    review.summary = (
        "Kemi Adebayo (DOB 01/02/2016) lived at 4 Elm Road with her mother. Her uncle, "
        "Babatunde Ogun, collected her from Oakfield Primary School most days."
    )
    review.save()
    Person.objects.create(
        review=review, real_name="Kemi Adebayo", category="child", publication_label="Child K"
    )
    return lead


def candidate(page: Page, text: str):
    return page.locator(".cw-anon-candidate").filter(
        has=page.get_by_role("heading", name=f"“{text}”")
    )


@pytest.fixture
def held_worker(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Scans are queued but not run until the test says so (as when the worker is busy): the
    ids of the queued scans."""
    queued: list[int] = []
    held = SimpleNamespace(enqueue=lambda scan_id: queued.append(scan_id))
    monkeypatch.setattr(tasks, "publication_scan_run", held)
    return queued


def test_resolve_candidates_and_unblock_publication(
    page: Page, page_watch: PageWatch, lead, held_worker: list[int]
):
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/")
    page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Publication check"
    ).click()
    expect(page.get_by_role("heading", name="Publication check", level=1)).to_be_visible()
    # The scan runs in the background: the page says so and polls until it has finished.
    expect(page.locator("#publication-scan")).to_contain_text(
        "Checking the report for personal data…"
    )
    check_page(page, "publication-check-checking")
    assert len(held_worker) == 1
    scans.scan_run(scan_id=held_worker[0])  # the worker
    # The page says the check has finished (announced once in the live region) and waits for
    # the user: it is not reloaded under their focus.
    expect(page.locator("#publication-scan")).to_contain_text("has finished")
    expect(page.locator("#cw-announcer")).to_have_text(
        "The check for personal data has finished. Choose Show the result to see it."
    )
    page.locator("#publication-scan").get_by_role("link", name="Show the result").click()
    expect(page.locator("#publication-status")).to_contain_text(
        "2 candidates unresolved — publication export blocked"
    )
    check_page(page, "publication-check-blocked")

    # The report preview is collapsed below the candidates: open it, follow the unresolved
    # mark in the text to its form, and replace it with a label.
    page.get_by_text("Show the report with every replacement and candidate marked").click()
    page.get_by_role("link", name="unresolved candidate").filter(has_text="Babatunde Ogun").click()
    uncle = candidate(page, "Babatunde Ogun")
    uncle.get_by_label("Replace it with a label").check()
    uncle.get_by_label("Replace with").fill("Uncle")
    uncle.get_by_role("button", name="Record decision").click()
    expect(page.locator("#publication-status")).to_contain_text("1 candidate unresolved")
    expect(page.locator(".cw-anon--replaced").filter(has_text="Uncle").first).to_be_visible()

    # Keeping without a reason is refused with a clear error, then accepted with one.
    school = candidate(page, "Oakfield Primary School")
    school.get_by_label("Keep it as written").check()
    school.get_by_role("button", name="Record decision").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter why this text can stay")
    check_page(page, "publication-check-error")
    school = candidate(page, "Oakfield Primary School")
    school.get_by_label("Reason for keeping it").fill("The school closed in 2019; names no one")
    school.get_by_role("button", name="Record decision").click()

    expect(page.locator("#publication-status")).to_contain_text(
        "All resolved — a publication version can be exported"
    )
    check_page(page, "publication-check-resolved")

    page.get_by_role("link", name="Decision log").click()
    expect(page.get_by_role("heading", name="Anonymisation decision log")).to_be_visible()
    expect(page.locator("table")).to_contain_text("The school closed in 2019; names no one")
    expect(page.locator("table")).to_contain_text("Replace with “Uncle”")
    check_page(page, "publication-decision-log")


def test_failed_check_then_a_draft_chosen(page: Page, page_watch: PageWatch, lead, monkeypatch):
    from casewindow.drafts import services as draft_services
    from casewindow.reviews.models import Review

    review = Review.objects.get(reference=REFERENCE)
    draft_services.draft_create(actor=lead, review=review)

    def broken(*args, **kwargs):
        raise OSError("model files unreadable")

    monkeypatch.setattr(scans, "detect_many", broken)
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/publication-check/")
    expect(page.get_by_role("alert")).to_contain_text(
        "The check of the working report for personal data failed"
    )
    check_page(page, "publication-check-failed")

    monkeypatch.undo()
    page.get_by_role("button", name="Try again").click()
    expect(page.locator("#publication-status")).to_contain_text("2 candidates unresolved")

    page.get_by_label("Report to check").select_option("draft-1")
    page.get_by_role("button", name="Check this version").click()
    expect(page.get_by_text("You are checking draft 1")).to_be_visible()
    expect(page.locator("#publication-status")).to_contain_text("2 candidates unresolved")
    check_page(page, "publication-check-draft")
