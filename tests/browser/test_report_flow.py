"""A reviewer opens the working report, writes a free-text section, asks for the report as a
Word document, watches the progress turn into a download link, and downloads it. A file still
being made shows its progress and updates itself. Every page is checked with axe."""

import io
from pathlib import Path

import pytest
from docx import Document
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Membership, User
from casewindow.reports.assembly import build_report
from casewindow.reports.models import ExportStatus, ReportExport
from casewindow.reports.services import report_export_render
from casewindow.reviews.models import Agency, AgencyKind
from tests.analysis.factories import KeyPracticeEpisodeFactory
from tests.browser.conftest import PASSWORD, check_page, sign_in

pytestmark = pytest.mark.browser

REFERENCE = "LCSPR-2025-21"


@pytest.fixture
def reviewer(led_review) -> User:
    made = led_review(
        REFERENCE,
        finding="Health visitors are not invited.",
        email="rosa.reviewer@northshire.example",
        full_name="Rosa Reviewer",
    )
    review = made.review
    review.summary = "Child J was 14 months old when taken to hospital."
    review.save()
    agency = Agency.objects.create(
        review=review, name="Northshire Police", kind=AgencyKind.POLICE, publication_label="Police"
    )
    episode = KeyPracticeEpisodeFactory(review=review, title="Call-out to the home")
    episode.agencies.add(agency)
    made.finding.episodes.add(episode)
    return made.lead


def test_reviewer_writes_a_section_and_downloads_the_report_as_word(
    page: Page, reviewer: User, tmp_path: Path
):
    sign_in(page, reviewer.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/")
    page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Report"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Child J: a Learning Together review")
    expect(
        page.get_by_role("heading", name="7.1 Finding 1: Health visitors are not invited.")
    ).to_be_visible()
    check_page(page, "report-working-copy")

    page.get_by_role("link", name="Change glossary").click()
    check_page(page, "report-section-edit")
    page.get_by_label("Text").fill(
        "- MASH: the Multi-Agency Safeguarding Hub\n- EPDS: a questionnaire"
    )
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("“Glossary” saved")).to_be_visible()
    glossary = page.locator("section", has=page.locator("#section-glossary"))
    expect(glossary.get_by_role("listitem").first).to_have_text(
        "MASH: the Multi-Agency Safeguarding Hub"
    )

    page.get_by_role("link", name="Download the report as a Word document, PDF or web page").click()
    check_page(page, "report-exports-empty")
    page.get_by_label("Word document (DOCX)").check()
    page.get_by_role("button", name="Make the file").click()
    download_link = page.get_by_role("link", name="Download the Word document (DOCX)")
    expect(download_link).to_be_visible()
    check_page(page, "report-exports-ready")
    with page.expect_download() as download_info:
        download_link.click()
    download = download_info.value
    assert download.suggested_filename == f"{REFERENCE}-report-working-copy.docx"
    document = Document(io.BytesIO(Path(download.path()).read_bytes()))
    texts = [p.text for p in document.paragraphs]
    assert "MASH: the Multi-Agency Safeguarding Hub" in texts
    assert document.core_properties.author == ""
    assert "Rosa Reviewer" not in "\n".join(texts)


def test_a_file_being_made_shows_progress_and_turns_into_a_download(page: Page, reviewer: User):
    review = Membership.objects.get(user=reviewer).review
    export = ReportExport.objects.create(
        review=review,
        requested_by=reviewer,
        format="pdf",
        label="Working copy",
        content=build_report(review).to_json(),
        status=ExportStatus.RUNNING,
        progress=30,
        step="Laying out the pages",
    )
    sign_in(page, reviewer.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/report/exports/")
    expect(page.locator("main")).to_contain_text("Laying out the pages: 30%")
    live = page.get_by_role("status")
    expect(live).to_have_text("Making the PDF: laying out the pages.")
    check_page(page, "report-exports-running")
    live.evaluate(
        "el => { window.cwChanges = []; el.dataset.kept = 'yes';"
        " new MutationObserver(() => window.cwChanges.push(el.textContent))"
        ".observe(el, {childList: true, characterData: true, subtree: true}); }"
    )
    ReportExport.objects.filter(pk=export.pk).update(status=ExportStatus.QUEUED)
    report_export_render(export_id=export.pk)
    expect(page.get_by_role("link", name="Download the PDF")).to_be_visible(timeout=8000)
    # Completion is announced once, in the same live region: the page was not reloaded.
    expect(live).to_have_text("The PDF is ready to download.")
    page.wait_for_timeout(2500)
    changes = page.evaluate("window.cwChanges")
    assert changes[-1] == "The PDF is ready to download."
    assert changes.count("The PDF is ready to download.") == 1, changes
    expect(live).to_have_attribute("data-kept", "yes")
