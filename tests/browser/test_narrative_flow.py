"""The multi-agency narrative in the browser: the lead reviewer writes a section with a
heading, a list and a link using the toolbar, sees the working copy autosaved, is warned when
leaving with unsaved changes, previews and saves, adds an agency's perspective, links a
chronology event, edits the section again and reads its history and the differences. Every
narrative page on the way is screenshotted and checked with axe."""

import datetime

import pytest
from playwright.sync_api import Dialog, Page, expect

from casewindow.accounts.models import Partnership, User
from casewindow.analysis.models import NarrativeSection, NarrativeWorkingCopy
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Agency, AgencyKind, ReviewType
from tests.browser.conftest import PageWatch, check_page, sign_in
from tests.evidence.factories import ChronologyEntryFactory

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-58"
REFERENCE = "LCSPR-2025-12"


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
        title="Child J: a baby's injuries",
        review_type=ReviewType.LEARNING_TOGETHER,
    )
    agency = Agency.objects.create(
        review=review, name="Northshire Health Visiting", kind=AgencyKind.HEALTH_VISITING
    )
    ChronologyEntryFactory(
        review=review,
        agency=agency,
        date_start=datetime.date(2024, 3, 5),
        date_end=datetime.date(2024, 3, 5),
        date_text="05/03/24",
        description="12-week visit: Mother tearful, EPDS 14",
    )
    return lead


def nav(page: Page, name: str):
    return page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name=name, exact=True
    )


def test_write_autosave_warn_save_edit_and_history(page: Page, page_watch: PageWatch, lead):
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/")
    nav(page, "Multi-agency narrative").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Multi-agency narrative")
    check_page(page, "narrative-01-empty")

    page.get_by_role("button", name="Add a section").click()
    page.get_by_label("Title").fill("Pregnancy to birth")
    page.get_by_label("Period, as you want it shown").fill("March to June 2024")
    start = page.get_by_role("group", name="Start of the period")
    start.get_by_label("Day").fill("1")
    start.get_by_label("Month").fill("3")
    start.get_by_label("Year").fill("2024")
    body = page.get_by_label("The narrative of this period")
    body.fill("Mother was low after the birth.\n\n")
    body.press("End")
    toolbar = page.get_by_role("group", name="Formatting")
    toolbar.get_by_role("button", name="Heading").click()
    page.keyboard.type("Booking")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    toolbar.get_by_role("button", name="Bulleted list").click()
    page.keyboard.type("Booked late")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    toolbar.get_by_role("button", name="Link").click()
    page.keyboard.type("https://www.nice.org.uk/")  # replaces the selected address
    expect(body).to_have_value(
        "Mother was low after the birth.\n\n## Booking\n\n- Booked late\n\n"
        "[link text](https://www.nice.org.uk/)"
    )
    status = page.locator("[data-autosave-status]")
    expect(status).to_have_text("You have unsaved changes.")
    check_page(page, "narrative-02-add")

    # Autosave: a working copy reaches the server within about 10 seconds.
    expect(status).to_contain_text("Working copy kept at", timeout=15_000)
    copy = NarrativeWorkingCopy.objects.get(user=lead)
    assert "## Booking" in copy.data["body"]
    assert not NarrativeSection.objects.exists()

    # Leaving with unsaved changes asks first; staying keeps the text.
    dialogs: list[str] = []

    def stay(dialog: Dialog) -> None:
        dialogs.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", stay)
    page.get_by_role("link", name="Cancel").click(no_wait_after=True)
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    assert page.url.endswith("/narrative/add/")
    page.remove_listener("dialog", stay)

    page.get_by_role("button", name="Preview").click()
    preview = page.locator("#preview")
    expect(preview.get_by_role("heading", name="Booking")).to_be_visible()
    check_page(page, "narrative-03-preview")
    page.get_by_role("button", name="Save section").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("added")
    section = page.locator("section.cw-narrative-section")
    expect(section.get_by_role("heading", name="Booking", level=3)).to_be_visible()
    expect(section.get_by_role("listitem").filter(has_text="Booked late")).to_be_visible()
    expect(section.get_by_role("link", name="link text")).to_have_attribute(
        "href", "https://www.nice.org.uk/"
    )
    assert not NarrativeWorkingCopy.objects.exists(), "saving clears the working copy"

    page.get_by_role("link", name="Add an agency’s perspective to “Pregnancy to birth”").click()
    check_page(page, "narrative-04-perspective")
    page.get_by_label("The agency's perspective").fill(
        "Health Visitor 1 saw an isolated mother who was **caring well**."
    )
    page.get_by_role("button", name="Save perspective").click()
    expect(page.get_by_role("heading", name="Northshire Health Visiting")).to_be_visible()

    page.get_by_role("link", name="Link chronology events to “Pregnancy to birth”").click()
    check_page(page, "narrative-05-link-events")
    page.get_by_label("12-week visit", exact=False).check()
    page.get_by_role("button", name="Save links").click()
    expect(page.locator("section.cw-narrative-section")).to_contain_text("5 March 2024")
    check_page(page, "narrative-06-written")

    page.get_by_role("link", name="Change the text of “Pregnancy to birth”").click()
    page.get_by_label("The narrative of this period").fill(
        "Mother was low and isolated after the birth.\n\n## Booking\n\n- Booked late"
    )
    page.get_by_role("button", name="Save section").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("saved")

    page.get_by_role("link", name="History of “Pregnancy to birth”").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("History of “")
    check_page(page, "narrative-07-history")
    page.get_by_role("link", name="Version 1", exact=True).click()
    page.get_by_role("tab", name="Differences from the current version").click()
    differences = page.locator("#differences")
    expect(differences.locator("del")).to_contain_text(["Mother was low after the birth."])
    expect(differences.locator("ins").first).to_contain_text("low and isolated")
    check_page(page, "narrative-08-version")

    # On a phone-sized screen the narrative reflows: nothing wider than the screen.
    page.set_viewport_size({"width": 375, "height": 800})
    for path in ("narrative/", f"narrative/{NarrativeSection.objects.get().uuid}/history/1/"):
        page.goto(f"/reviews/{REFERENCE}/{path}")
        page.wait_for_load_state("load")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"{path} is {width}px wide on a 375px screen"
    check_page(page, "narrative-09-phone")
