"""The publication version of the demo review, end to end in the browser: the demo lead opens
the publication check (two candidates left unresolved by the demo), decides them, makes the
publication version as Word, waits for the download link and downloads it. The file is opened
by LibreOffice (converted to PDF) and its text must name no one in the register, while the
publication labels ("Child J") are there. Every page is checked with axe."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from casewindow.anonymisation.models import PublicationScan
from casewindow.demo.loader import demo_load
from casewindow.demo.setup import DEMO_PASSWORD
from casewindow.reports.models import ExportStatus, ReportExport
from tests.browser.conftest import check_page, sign_in

pytestmark = pytest.mark.browser

LEAD = "lead@demo.casewindow.test"


@pytest.fixture
def demo(settings, tmp_path: Path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    review, _created = demo_load()
    return review


def candidate(page: Page, text: str):
    return page.locator(".cw-anon-candidate").filter(
        has=page.get_by_role("heading", name=f"“{text}”")
    )


def soffice() -> str:
    found = shutil.which("libreoffice") or shutil.which("soffice")
    if found is None:
        pytest.skip(
            "LIBREOFFICE NOT INSTALLED — the publication DOCX cannot be opened and checked: "
            "apt-get install libreoffice-writer"
        )
    return found


def test_demo_lead_resolves_the_candidates_and_exports_a_clean_publication_docx(
    page: Page, demo, tmp_path: Path
):
    office = soffice()
    page.set_default_timeout(30_000)  # the first visit scans the whole demo report
    sign_in(page, LEAD, DEMO_PASSWORD)
    page.goto(f"/reviews/{demo.reference}/")
    page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Publication check"
    ).click()
    # The scan of the demo report runs in the background (at once under tests); the page
    # shows it once it has finished.
    expect(page.locator("#publication-scan")).to_have_count(0)
    expect(page.locator("#publication-status")).to_contain_text(
        "2 candidates unresolved — publication export blocked"
    )
    assert PublicationScan.objects.get(review=demo).status == "done"
    expect(page.get_by_role("button", name="Make the publication version")).to_have_count(0)
    check_page(page, "publication-export-check-blocked")

    hospital = candidate(page, "Northbridge General Hospital")
    hospital.get_by_label("Replace it with a label").check()
    expect(hospital.get_by_label("Replace with")).to_have_value("[hospital]")
    hospital.get_by_role("button", name="Record decision").click()
    expect(page.locator("#publication-status")).to_contain_text("1 candidate unresolved")

    area = candidate(page, "Northbridge")
    area.get_by_label("Keep it as written").check()
    area.get_by_label("Reason for keeping it").fill(
        "The partnership area: the review is published under its name and it names no one."
    )
    area.get_by_role("button", name="Record decision").click()
    expect(page.locator("#publication-status")).to_contain_text("All resolved")
    check_page(page, "publication-export-check-resolved")

    page.get_by_label("Publication version as Word (DOCX)").check()
    page.get_by_role("button", name="Make the publication version").click()
    expect(page.get_by_role("heading", name="Report downloads", level=1)).to_be_visible()
    download_link = page.get_by_role("link", name=re.compile(r"^Download the Word document"))
    expect(download_link).to_be_visible()
    export = ReportExport.objects.get(review=demo, publication=True)
    assert export.status == ExportStatus.DONE and export.checked_at is not None
    row = page.locator(f"#export-{export.uuid}")
    expect(row).to_contain_text("Publication")
    expect(row).to_contain_text("the file was checked for personal data")
    check_page(page, "publication-export-ready")

    with page.expect_download() as download_info:
        download_link.click()
    download = download_info.value
    assert download.suggested_filename == f"{demo.reference}-report-publication-version.docx"
    docx = tmp_path / "publication.docx"
    download.save_as(docx)

    # Opened by LibreOffice, as a partnership's staff would open it, and printed to PDF.
    converted = subprocess.run(  # noqa: S603 (our own temporary file)
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
        capture_output=True,
        timeout=240,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    pdf = tmp_path / "publication.pdf"
    assert converted.returncode == 0 and pdf.exists(), converted.stderr.decode()[-2000:]
    reader = PdfReader(pdf)
    assert len(reader.pages) > 5
    text = "\n".join(p.extract_text() or "" for p in reader.pages)
    flat = " ".join(text.split())

    for person in demo.people.all():
        for name in (person.real_name, *(person.aliases or ())):
            assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", flat), (
                f"{name!r} is in the publication version"
            )
    assert "Northbridge General Hospital" not in flat and "[hospital]" in flat
    assert "Child J" in flat and "Publication version" in flat
