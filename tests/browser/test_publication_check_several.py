"""The publication check worked through by a team: the lead reviewer sees the unresolved
candidates first in a table (how many times, where), selects three, keeps them with one reason,
and the check is redrawn in place — no page reload, no new scan to wait for — showing every
candidate resolved. Each state is screenshotted and checked with axe."""

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Partnership, User
from casewindow.anonymisation.models import AnonymisationDecision, PublicationScan
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Person, ReviewType
from tests.browser.conftest import PageWatch, check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-58"
REFERENCE = "LCSPR-2025-22"


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
        "Kemi Adebayo lived with her mother. Her uncle, Babatunde Ogun, collected her from "
        "Oakfield Primary School most days. Babatunde Ogun also took her to Elmwood Surgery."
    )
    review.save()
    Person.objects.create(
        review=review, real_name="Kemi Adebayo", category="child", publication_label="Child K"
    )
    return lead


def test_three_candidates_decided_at_once_in_place(page: Page, page_watch: PageWatch, lead):
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/publication-check/")
    expect(page.locator("#publication-status")).to_contain_text(
        "3 candidates unresolved — publication export blocked"
    )
    table = page.locator("table.cw-anon-unresolved")
    uncle = table.get_by_role("row").filter(has_text="Babatunde Ogun")
    expect(uncle.get_by_role("cell").nth(3)).to_have_text("2")
    expect(uncle).to_contain_text("The case in brief")
    expect(page.locator("#report-preview")).not_to_have_attribute("open", "")
    check_page(page, "publication-several-01-unresolved")
    scans = PublicationScan.objects.count()

    # A marker on the window survives only if the page is not reloaded.
    page.evaluate("window.cwNotReloaded = true")
    for text in ("Babatunde Ogun", "Oakfield Primary School", "Elmwood Surgery"):
        page.get_by_label(f"Select “{text}”").check()
    decide = page.locator("#decide-several")
    decide.get_by_label("Keep them as written").check()
    decide.get_by_label("Reason for keeping them").fill(
        "Named in the published rapid review; the family agreed"
    )
    check_page(page, "publication-several-02-selected")
    decide.get_by_role("button", name="Record this decision for the selected candidates").click()

    expect(page.get_by_role("alert")).to_contain_text("3 decisions recorded")
    expect(page.locator("#publication-status")).to_contain_text(
        "All resolved — a publication version can be exported"
    )
    assert page.evaluate("window.cwNotReloaded") is True
    expect(page.locator(".govuk-notification-banner")).to_be_focused()
    assert AnonymisationDecision.objects.filter(decision="keep").count() == 3
    assert PublicationScan.objects.count() == scans
    check_page(page, "publication-several-03-resolved")


def test_without_a_choice_the_error_is_shown_in_place(page: Page, page_watch: PageWatch, lead):
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/publication-check/")
    page.evaluate("window.cwNotReloaded = true")
    page.get_by_label("Select “Elmwood Surgery”").check()
    page.locator("#decide-several").get_by_role(
        "button", name="Record this decision for the selected candidates"
    ).click()

    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Select whether to replace or keep the selected candidates")
    assert page.evaluate("window.cwNotReloaded") is True
    expect(page.get_by_label("Select “Elmwood Surgery”")).to_be_checked()
    check_page(page, "publication-several-04-error")
