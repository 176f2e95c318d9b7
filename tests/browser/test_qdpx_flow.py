"""The lead takes the review to qualitative analysis software and back, from the browser: opens
the REFI-QDA page from the review's home, downloads the .qdpx, imports a project made in
QualCoder, and is told plainly when a file is not a project."""

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from playwright.sync_api import Page, expect

from casewindow.accounts.models import User
from casewindow.interchange.qdpx import project_schema
from tests.browser.conftest import PASSWORD, check_page, sign_in
from tests.interchange.qdpx_files import qdpx_bytes

pytestmark = pytest.mark.browser

REFERENCE = "LCSPR-2025-32"


@pytest.fixture
def lead(led_review) -> User:
    return led_review(REFERENCE, finding="The health visitor was not told.").lead


def test_lead_exports_and_imports_a_refi_qda_project(
    page: Page, lead: User, tmp_path: Path
) -> None:
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/")
    page.get_by_role("link", name="Qualitative analysis software (REFI-QDA)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Qualitative analysis software (REFI-QDA)"
    )
    check_page(page, "qdpx-page")

    with page.expect_download() as download:
        page.get_by_role("button", name=f"Download {REFERENCE}.qdpx").click()
    saved = tmp_path / "export.qdpx"
    download.value.save_as(saved)
    assert download.value.suggested_filename == f"{REFERENCE}.qdpx"
    root = etree.fromstring(zipfile.ZipFile(saved).read("project.qde"))
    assert project_schema().validate(root)

    bad = tmp_path / "notes.qdpx"
    bad.write_bytes(b"these are not a project")
    page.get_by_label("REFI-QDA project (.qdpx)").set_input_files(str(bad))
    page.get_by_role("button", name="Import").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("not a readable zip file")
    expect(summary).to_be_focused()
    check_page(page, "qdpx-bad-file")

    project = tmp_path / "Child J interviews.qdpx"
    project.write_bytes(qdpx_bytes())
    page.get_by_label("REFI-QDA project (.qdpx)").set_input_files(str(project))
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Documents")
    expect(page.locator("main")).to_contain_text(
        "2 documents and 6 coded excerpts imported from Child J interviews.qdpx"
    )
    expect(page.get_by_role("link", name="Interview HV1.txt")).to_be_visible()
