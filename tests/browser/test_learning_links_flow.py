"""Learning where the reviewer writes and where the board reads, in the browser: a finding's page
leads to what was seen before in other reviews; the finding form suggests a pattern area with
the words that drove it while the reviewer keeps the choice; the demo board reader downloads
last year's annual learning report."""

import datetime
import io
from pathlib import Path

import pytest
from docx import Document
from playwright.sync_api import Page, expect

from casewindow.analysis.models import Finding
from casewindow.demo.annual import CONCLUDED_LAST_YEAR
from casewindow.demo.learning import NATIONAL
from casewindow.demo.loader import demo_load
from casewindow.demo.setup import DEMO_PASSWORD
from casewindow.reviews.models import Review
from tests.browser.conftest import check_page, sign_in

pytestmark = pytest.mark.browser

LEAD = "lead@demo.casewindow.test"
BOARD = "board@demo.casewindow.test"
STATEMENT = (
    "The electronic record system shows absences week by week, so the screen hides a pattern "
    "that builds up over a term."
)


@pytest.fixture
def demo(settings, tmp_path: Path) -> Review:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    review, _created = demo_load()
    return review


def test_lead_sees_what_was_seen_before_and_is_offered_a_pattern_area(
    page: Page, demo: Review
) -> None:
    page.set_default_timeout(30_000)
    sign_in(page, LEAD, DEMO_PASSWORD)
    first = Finding.objects.alive().filter(review=demo).order_by("number").first()
    assert first is not None
    page.goto(f"/reviews/{demo.reference}/findings/{first.uuid}/")
    panel = page.get_by_test_id("seen-before-panel")
    expect(panel).to_be_visible()
    panel.get_by_role("link", name=f"See what is similar to finding {first.number}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Seen before?")
    expect(page.get_by_test_id("seen-before")).to_contain_text(NATIONAL)
    check_page(page, "learning-links-01-seen-before")

    page.goto(f"/reviews/{demo.reference}/findings/add/")
    page.get_by_label("The finding, in one sentence").fill(STATEMENT)
    page.get_by_role("button", name="Suggest a pattern area from what I have written").click()
    hint = page.get_by_test_id("pattern-area-hint")
    expect(hint).to_contain_text("Suggested from what you have written: Human-tool operation")
    expect(hint).to_contain_text("electronic")
    # Swapped in place: what the reviewer wrote is still there, and no area was picked for them.
    expect(page.get_by_label("The finding, in one sentence")).to_have_value(STATEMENT)
    expect(page.locator("input[name=pattern_area]:checked")).to_have_count(0)
    check_page(page, "learning-links-02-pattern-suggestion")

    page.get_by_label("Human-management system operation").check()
    page.get_by_role("button", name="Add finding").click()
    expect(page.get_by_role("heading", level=1)).not_to_have_text("Add a finding")
    saved = Finding.objects.get(review=demo, statement=STATEMENT)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Finding {saved.number}")
    assert saved.pattern_area == "human-management"  # the reviewer's choice, not the hint's


def test_board_reader_downloads_last_years_annual_learning_report(page: Page, demo: Review) -> None:
    page.set_default_timeout(30_000)
    sign_in(page, BOARD, DEMO_PASSWORD)
    page.goto(f"/accounts/partnerships/{demo.partnership.uuid}/learning/")
    page.get_by_role("link", name="Annual learning report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Annual learning report")
    check_page(page, "learning-links-03-annual-report")
    last_year = datetime.date.today().year - 1
    page.get_by_label("Year").select_option(str(last_year))
    page.get_by_label("Word document (DOCX)").check()
    page.get_by_role("button", name="Make the report").click()
    # Made in the background (the test server runs the task at once); the row offers it.
    expect(
        page.get_by_text(f"The annual learning report {last_year} (DOCX) is being made")
    ).to_be_visible()
    row = page.get_by_test_id("annual-files").get_by_role("row").nth(1)
    expect(row).to_contain_text(f"{last_year} (DOCX)")
    expect(row).to_contain_text("Ready")
    check_page(page, "learning-links-04-annual-report-made")
    with page.expect_download() as download:
        page.get_by_role("link", name=f"Download the annual learning report {last_year}").click()
    assert download.value.suggested_filename.endswith(f"-{last_year}.docx")
    document = Document(io.BytesIO(Path(download.value.path()).read_bytes()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"Annual learning report {last_year}" in text
    assert CONCLUDED_LAST_YEAR in text and NATIONAL in text
