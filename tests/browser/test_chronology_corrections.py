"""A lead reviewer imports the police chronology, corrects the entry whose date could not be
read (the imported original stays beside the correction), is stopped when the same file is
imported again, withdraws the import (the page says what it takes) and restores it. Every page
is screenshotted and checked with axe."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Partnership, User
from casewindow.evidence.models import ChronologyEntry, ChronologyImport
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Agency, AgencyKind, ReviewType
from tests.browser.conftest import check_page, sign_in
from tests.evidence.data import chronologies as files

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-61"
REFERENCE = "LCSPR-2025-10"


@pytest.fixture
def lead(settings, tmp_path: Path) -> User:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    user = User.objects.create_user(
        email="lena.lead@northshire.example", password=PASSWORD, full_name="Lena Lead"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = review_services.review_create(
        actor=user,
        partnership=partnership,
        reference=REFERENCE,
        title="Child J: injuries to a young child",
        review_type=ReviewType.LEARNING_TOGETHER,
    )
    Agency.objects.create(review=review, name="Northshire Police", kind=AgencyKind.POLICE)
    return user


def _upload(page: Page, path: Path, *, again: bool = False) -> None:
    page.goto(f"/reviews/{REFERENCE}/chronologies/import/")
    page.get_by_label("Which agency's chronology is this?").select_option(label="Northshire Police")
    page.get_by_label("Chronology file").set_input_files(str(path))
    if again:
        page.get_by_label("Import it even if this file was imported before").check()
    page.get_by_role("button", name="Upload and preview").click()


def test_correct_an_entry_refuse_a_reimport_withdraw_and_restore(
    page: Page, lead: User, tmp_path: Path
) -> None:
    path = tmp_path / "police.csv"
    path.write_bytes(files.police_csv())
    sign_in(page, lead.email, PASSWORD)
    _upload(page, path)
    page.get_by_role("button", name="Continue to choose columns").click()
    page.get_by_role("button", name="Continue to check").click()
    page.get_by_role("button", name=re.compile(r"^Import \d+ entries")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("police.csv")

    # The entry whose date could not be read: open it from the import and correct it.
    unreadable = ChronologyEntry.objects.get(date_text="31/02/2025")
    page.goto(f"/reviews/{REFERENCE}/chronology/entries/{unreadable.uuid}/")
    expect(page.get_by_text("The date could not be read at import")).to_be_visible()
    check_page(page, "chronology-corrections-01-unreadable-entry")
    page.get_by_role("button", name="Correct this entry").click()
    page.get_by_label("Date", exact=True).fill("28/02/2025")
    page.get_by_label("Time (optional)").fill("09:15")
    check_page(page, "chronology-corrections-02-correct-form")
    page.get_by_role("button", name="Save the correction").click()
    expect(page.get_by_text("Entry corrected")).to_be_visible()
    comparison = page.get_by_role("table")
    expect(comparison).to_contain_text("31/02/2025")
    expect(comparison).to_contain_text("28/02/2025")
    check_page(page, "chronology-corrections-03-corrected")

    page.goto(f"/reviews/{REFERENCE}/chronology/")
    expect(page.get_by_role("link", name=re.compile("28 Feb 2025"))).to_be_visible()
    expect(page.get_by_text("Corrected", exact=True)).to_be_visible()

    # The same file again is stopped, naming the earlier import.
    _upload(page, path)
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("This file was already imported on")
    expect(summary).to_contain_text("for Northshire Police")
    check_page(page, "chronology-corrections-04-reimport-refused")
    assert ChronologyImport.objects.count() == 1

    # Withdraw the import: the page says what it takes with it.
    imported = ChronologyImport.objects.get()
    page.goto(f"/reviews/{REFERENCE}/chronologies/imports/{imported.uuid}/")
    page.get_by_role("link", name="Withdraw this import").click()
    expect(
        page.get_by_text(re.compile(r"\d+ entries of the integrated chronology"))
    ).to_be_visible()
    check_page(page, "chronology-corrections-05-withdraw-confirm")
    page.get_by_role("button", name="Yes, withdraw the import").click()
    expect(page.get_by_text("This import was withdrawn")).to_be_visible()
    page.goto(f"/reviews/{REFERENCE}/chronology/")
    expect(page.get_by_text("No chronology entries yet")).to_be_visible()

    # The lead restores it: the corrected entry comes back as corrected.
    page.goto(f"/reviews/{REFERENCE}/chronologies/imports/{imported.uuid}/")
    page.get_by_role("button", name="Restore this import").click()
    expect(page.get_by_text(re.compile(r"Import restored: \d+ entries"))).to_be_visible()
    page.goto(f"/reviews/{REFERENCE}/chronology/")
    expect(page.get_by_role("link", name=re.compile("28 Feb 2025"))).to_be_visible()
    check_page(page, "chronology-corrections-06-restored")
