"""A reviewer uploads documents in the browser, reads one with its page numbers, finds a
phrase in it through search, tags the people named in it and downloads the original. A bad
file is refused on the way; a document whose text is still being read shows its progress and
updates itself. Every page is screenshotted and checked with axe."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Membership, Partnership, User
from casewindow.evidence.models import SourceDocument
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Agency, AgencyKind, Person, PersonCategory, ReviewType
from tests.browser.conftest import check_page, sign_in
from tests.evidence import sample_files

pytestmark = pytest.mark.browser

PASSWORD = "silver-birch-lantern-83"
REFERENCE = "LCSPR-2025-12"
GP_LETTER = [
    "Northshire Medical Practice\nLetter to the health visiting team, 3 May 2024",
    "Mother brought Child J to the surgery with a bruise to the left cheek.\n"
    "Dr Patel recorded the explanation given: a fall from the sofa.",
    "No safeguarding referral was made at the time. Follow-up booked for two weeks.",
]


@pytest.fixture
def reviewer(settings, tmp_path: Path) -> User:
    # These tests look at the files on disk: use a real folder instead of the in-memory
    # storage the rest of the suite uses.
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    user = User.objects.create_user(
        email="rhys.reviewer@northshire.example", password=PASSWORD, full_name="Rhys Reviewer"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = review_services.review_create(
        actor=user,
        partnership=partnership,
        reference=REFERENCE,
        title="Child J: injuries to a young child",
        review_type=ReviewType.LEARNING_TOGETHER,
    )
    Agency.objects.create(review=review, name="Northshire Medical Practice", kind=AgencyKind.GP)
    Person.objects.create(
        review=review,
        real_name="Jayden Brown",
        aliases=["Child J"],
        category=PersonCategory.CHILD,
        publication_label="Child J",
    )
    Person.objects.create(
        review=review,
        real_name="Dr Patel",
        category=PersonCategory.PROFESSIONAL,
        publication_label="GP 1",
    )
    return user


def _files(tmp_path: Path, files: dict[str, bytes]) -> list[str]:
    paths = []
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(str(path))
    return paths


def test_reviewer_uploads_documents_and_finds_a_phrase_in_one(
    page: Page, reviewer: User, tmp_path: Path
):
    sign_in(page, reviewer.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/")
    page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Documents"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Documents")
    expect(page.get_by_text("No documents yet.")).to_be_visible()
    check_page(page, "documents-01-list-empty")

    # A file whose name says PDF but which is really an image is refused, with the reason,
    # and the good file chosen with it is not kept either.
    page.get_by_role("button", name="Upload documents").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Upload documents")
    check_page(page, "documents-02-upload")
    page.get_by_label("Files").set_input_files(
        _files(
            tmp_path, {"scan.pdf": b"\x89PNG\r\n\x1a\n" + bytes(64), "notes.txt": b"Typed notes."}
        )
    )
    page.get_by_label("Case record").check()
    page.get_by_role("button", name="Upload").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("scan.pdf is named as a PDF but its content is an image (PNG)")
    expect(page).to_have_title(re.compile("^Error: "))
    check_page(page, "documents-03-upload-refused")
    assert not SourceDocument.objects.exists()

    # Several files at once: a GP letter (PDF, three pages) and a strategy meeting note (DOCX).
    page.get_by_label("Files").set_input_files(
        _files(
            tmp_path,
            {
                "GP_letter_May_2024.pdf": sample_files.pdf_bytes(GP_LETTER),
                "Strategy meeting.docx": sample_files.docx_bytes(
                    ["Strategy meeting, 10 May 2024", "Police, health and social care attended."]
                ),
            },
        )
    )
    page.get_by_label("Agency report").check()
    page.get_by_label("Agency", exact=True).select_option(label="Northshire Medical Practice")
    page.get_by_role("button", name="Upload").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Documents")
    expect(page.locator(".govuk-notification-banner")).to_contain_text("2 documents uploaded")
    table = page.get_by_role("table")
    expect(table.get_by_role("row", name=re.compile("GP letter May 2024"))).to_contain_text(
        "3 pages"
    )
    expect(table.get_by_role("row", name=re.compile("Strategy meeting"))).to_contain_text("1 page")
    check_page(page, "documents-04-list")

    # Search finds the phrase, highlighted, on the page it is on.
    page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Search"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Search the evidence")
    check_page(page, "documents-05-search-empty")
    page.get_by_label("Search for").fill('"bruise to the left cheek"')
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name=re.compile("1 result for"))).to_be_visible()
    result = page.locator(".cw-search-result")
    expect(result).to_contain_text("Page 2 · Northshire Medical Practice")
    expect(result.locator("mark").first).to_have_text(re.compile("bruise", re.IGNORECASE))
    check_page(page, "documents-06-search-results")

    # The hit opens the reader at that page, with the words highlighted.
    result.get_by_role("link", name=re.compile("GP letter May 2024")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("GP letter May 2024")
    expect(page).to_have_url(re.compile(r"#page-2$"))
    page_two = page.locator("#page-2")
    expect(page_two.get_by_role("heading")).to_have_text("Page 2 of 3")
    expect(page_two.locator("mark").first).to_be_visible()
    expect(page.locator("#page-3")).to_contain_text("No safeguarding referral was made")
    check_page(page, "documents-07-reader")

    # The people named in the text are suggested; the reviewer confirms them.
    page.get_by_role("button", name="Change details and people").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Document details and people")
    expect(page.get_by_label("Jayden Brown (Child J), named 1 time in the text")).to_be_visible()
    check_page(page, "documents-08-edit")
    page.get_by_label("Jayden Brown (Child J), named 1 time in the text").check()
    page.get_by_label("Dr Patel (GP 1), named 1 time in the text").check()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-summary-list")).to_contain_text(
        "Jayden Brown (Child J), Dr Patel (GP 1)"
    )

    # The original downloads unchanged, under its own name.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the original file").click()
    download = download_info.value
    assert download.suggested_filename == "GP_letter_May_2024.pdf"
    assert Path(download.path()).read_bytes() == sample_files.pdf_bytes(GP_LETTER)


def test_a_document_being_read_shows_progress_and_updates_itself(page: Page, reviewer: User):
    review = Membership.objects.get(user=reviewer).review
    document = SourceDocument.objects.create(
        review=review,
        kind="other",
        title="Health visiting records",
        original_filename="hv.txt",
        file_type="txt",
        size=5,
        sha256="0" * 64,
        extraction_status="running",
        extraction_progress=35,
    )
    sign_in(page, reviewer.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/documents/{document.uuid}/")
    expect(page.locator("#extraction-status")).to_contain_text("35% done")
    live = page.get_by_role("status")
    expect(live).to_have_text("The text is being read.")
    check_page(page, "documents-09-reading")
    # Every change of the one live region is recorded; a reload would lose the marker.
    live.evaluate(
        "el => { window.cwChanges = []; el.dataset.kept = 'yes';"
        " new MutationObserver(() => window.cwChanges.push(el.textContent))"
        ".observe(el, {childList: true, characterData: true, subtree: true}); }"
    )
    page.get_by_role("link", name=re.compile("^Download")).first.focus()
    page.wait_for_timeout(4500)  # two polls while still reading: nothing new to announce
    assert page.evaluate("window.cwChanges") == []

    # The worker finishes: the page notices within a few seconds, says so once in the same
    # live region, and does not reload under the user's focus.
    document.pages.create(number=1, text="Visit completed; baby weighed.")
    SourceDocument.objects.filter(pk=document.pk).update(
        extraction_status="done", extraction_progress=100, page_count=1
    )
    expect(live).to_contain_text("has been read", timeout=8000)
    page.wait_for_timeout(2500)
    assert page.evaluate("window.cwChanges.length") == 1
    expect(live).to_have_attribute("data-kept", "yes")
    expect(page.get_by_role("link", name=re.compile("^Download")).first).to_be_focused()
    page.get_by_role("link", name="Show the result").click()
    expect(page.get_by_text("Visit completed; baby weighed.")).to_be_visible()
    expect(page.locator("#extraction-status")).to_be_empty()
