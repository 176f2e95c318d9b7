"""The lead archives the review from the browser: asks for it from the review's home, watches
its progress in the page's live region, downloads the zip."""

import json
import zipfile

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Membership, User
from casewindow.background import FileStatus
from casewindow.interchange.models import ReviewArchive
from casewindow.interchange.services import archive_make
from tests.browser.conftest import PASSWORD, check_page, sign_in

pytestmark = pytest.mark.browser

REFERENCE = "LCSPR-2025-31"


@pytest.fixture
def lead(led_review) -> User:
    return led_review(REFERENCE, finding="Jayden Brown's health visitor was not told.").lead


def test_lead_makes_and_downloads_the_anonymised_archive(page: Page, lead: User) -> None:
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/")
    page.get_by_role("link", name="Archives of the review").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Archives of the review")
    check_page(page, "archives-empty")
    page.get_by_role("button", name="Make the archive").click()
    expect(page.get_by_role("link", name="Select what the archive holds")).to_be_visible()
    page.get_by_label("The anonymised learning only").check()
    page.get_by_role("button", name="Make the archive").click()
    link = page.get_by_role("link", name="Download the anonymised learning archive")
    expect(link).to_be_visible()
    check_page(page, "archives-ready")
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.startswith(f"{REFERENCE}-anonymised-learning-")
    with zipfile.ZipFile(download.path()) as archive:
        document = json.loads(archive.read("review.json"))
    assert document["findings"][0]["statement"] == "Child J's health visitor was not told."
    assert "Jayden" not in json.dumps(document)


def test_an_archive_being_made_shows_progress_and_turns_into_a_download(
    page: Page, lead: User
) -> None:
    review = Membership.objects.get(user=lead).review
    archive = ReviewArchive.objects.create(
        review=review,
        requested_by=lead,
        status=FileStatus.RUNNING,
        progress=40,
        step="Reading chronology entries",
    )
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/archives/")
    expect(page.locator("main")).to_contain_text("Reading chronology entries: 40%")
    live = page.get_by_role("status")
    expect(live).to_have_text("Making the whole review archive: reading chronology entries.")
    check_page(page, "archives-running")
    live.evaluate("el => { el.dataset.kept = 'yes'; }")
    ReviewArchive.objects.filter(pk=archive.pk).update(status=FileStatus.QUEUED)
    archive_make(archive_id=archive.pk)
    expect(page.get_by_role("link", name="Download the whole review archive")).to_be_visible(
        timeout=8000
    )
    # Announced in the same live region: the page was not reloaded under the lead's focus.
    expect(live).to_have_text("The whole review archive is ready to download.")
    expect(live).to_have_attribute("data-kept", "yes")
