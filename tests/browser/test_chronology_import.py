"""A lead reviewer imports three agencies' chronologies, each shaped its own way (a police CSV
in Windows-1252, a health workbook with title rows, merged cells and a formula, a school's Word
table), into one review: upload → preview → choose columns → check → import. A damaged file is
refused on the way. Every page is screenshotted and checked with axe."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Partnership, User
from casewindow.evidence.models import ChronologyEntry, ChronologyImport, ChronologyMapping
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Agency, AgencyKind, ReviewType
from tests.browser.conftest import check_page, sign_in
from tests.evidence.data import chronologies as files

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-58"
REFERENCE = "LCSPR-2025-09"


@pytest.fixture
def lead(settings, tmp_path: Path) -> User:
    # These tests look at the files on disk: use a real folder instead of the in-memory
    # storage the rest of the suite uses.
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
    for name, kind in [
        ("Northshire Police", AgencyKind.POLICE),
        ("Northshire Community Health", AgencyKind.HEALTH_VISITING),
        ("Oakfield Primary School", AgencyKind.EDUCATION),
    ]:
        Agency.objects.create(review=review, name=name, kind=kind)
    return user


def _upload(page: Page, tmp_path: Path, agency: str, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    page.goto(f"/reviews/{REFERENCE}/chronologies/imports/")
    page.get_by_role("button", name="Import a chronology").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import an agency chronology")
    page.get_by_label("Which agency's chronology is this?").select_option(label=agency)
    page.get_by_label("Chronology file").set_input_files(str(path))
    page.get_by_role("button", name="Upload and preview").click()


def test_lead_imports_three_differently_shaped_chronologies(page: Page, lead: User, tmp_path: Path):
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/chronologies/imports/")
    expect(page.get_by_text("No chronology has been imported yet")).to_be_visible()
    check_page(page, "chronology-import-01-list-empty")

    # A damaged workbook is refused on the upload page, with the reason.
    _upload(
        page,
        tmp_path,
        "Northshire Community Health",
        "health.xlsx",
        files.truncated(files.health_xlsx()),
    )
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("“health.xlsx” is damaged or incomplete")
    expect(page).to_have_title(re.compile("^Error: "))
    check_page(page, "chronology-import-02-damaged-file")

    # 1. The police CSV, saved by Excel on Windows.
    _upload(page, tmp_path, "Northshire Police", "police.csv", files.police_csv())
    expect(page.get_by_role("heading", level=1)).to_have_text("Preview: police.csv")
    expect(page.get_by_text("text encoded as Windows-1252")).to_be_visible()
    expect(
        page.get_by_role("cell", name=re.compile("Child J\u2019s teacher saw a bruise"))
    ).to_have_count(2)
    check_page(page, "chronology-import-03-police-preview")

    page.get_by_role("button", name="Continue to choose columns").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Which column holds what?")
    expect(page.get_by_label("Column “Date/Time”")).to_have_value("date")
    expect(page.get_by_label("Column “Incident type”")).to_have_value("description")
    page.get_by_label("Column “Incident type”").select_option("ignore")
    page.get_by_label("Save these choices for Northshire Police").check()
    check_page(page, "chronology-import-04-police-columns")
    page.get_by_role("button", name="Continue to check").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Check before importing")
    problems = page.get_by_role("table", name="Rows with problems")
    expect(problems.get_by_role("row")).to_have_count(2)
    expect(problems).to_contain_text("The date “31/02/2025” is not a real date")
    duplicates = page.get_by_role("table", name="Rows that look the same as an earlier row")
    expect(duplicates).to_contain_text("Row 4")
    check_page(page, "chronology-import-05-police-check")
    page.get_by_role("button", name="Import 6 entries").click()

    expect(
        page.get_by_text("Imported 6 entries from police.csv for Northshire Police")
    ).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("police.csv")
    expect(page.get_by_text("Unreadable")).to_be_visible()
    check_page(page, "chronology-import-06-police-imported")
    assert (
        ChronologyMapping.objects.get(agency__name="Northshire Police").mapping["Incident type"]
        == "ignore"
    )

    # 2. The health workbook: title rows, merged cells, a formula, a month-only date.
    _upload(page, tmp_path, "Northshire Community Health", "health.xlsx", files.health_xlsx())
    expect(page.get_by_text("Row 3 of sheet “Chronology”")).to_be_visible()
    check_page(page, "chronology-import-07-health-preview")
    page.get_by_role("button", name="Continue to choose columns").click()
    page.get_by_role("button", name="Continue to check").click()
    expect(page.get_by_text(re.compile(r"merged cells \(A5:A6\)"))).to_be_visible()
    expect(page.get_by_text(re.compile("hold formulas"))).to_be_visible()
    check_page(page, "chronology-import-08-health-check")
    page.get_by_role("button", name="Import 5 entries").click()
    expect(page.get_by_text("Imported 5 entries from health.xlsx")).to_be_visible()
    check_page(page, "chronology-import-09-health-imported")

    # 3. The school's Word report, with the chronology in a table.
    _upload(page, tmp_path, "Oakfield Primary School", "school.docx", files.school_docx())
    expect(page.get_by_text("A Word document")).to_be_visible()
    page.get_by_role("button", name="Continue to choose columns").click()
    expect(page.get_by_label("Column “People involved”")).to_have_value("people")
    check_page(page, "chronology-import-10-school-columns")
    page.get_by_role("button", name="Continue to check").click()
    check_page(page, "chronology-import-11-school-check")
    page.get_by_role("button", name="Import 4 entries").click()
    expect(page.get_by_text("Imported 4 entries from school.docx")).to_be_visible()

    page.get_by_role("link", name="Chronology imports").click()
    rows = page.get_by_role("table", name="Imported chronologies").get_by_role("row")
    expect(rows).to_have_count(4)
    check_page(page, "chronology-import-12-list")

    assert ChronologyImport.objects.count() == 3
    assert ChronologyEntry.objects.filter(review__reference=REFERENCE).count() == 15
    week = ChronologyEntry.objects.get(
        agency__name="Oakfield Primary School", date_text="w/c 10/3/25"
    )
    assert (week.date_precision, str(week.date_start), str(week.date_end)) == (
        "approximate",
        "2025-03-10",
        "2025-03-16",
    )
