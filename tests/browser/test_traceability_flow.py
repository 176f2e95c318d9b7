"""The traceability map in the browser: the lead reviewer opens it from the review navigation,
sees the gaps at the top and the chain finding → episode → factor → excerpt, follows a link to
an episode, and opens the picture (and its link back to the list). Every page is checked with
axe."""

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Partnership, User
from casewindow.reviews import services as review_services
from casewindow.reviews.models import ReviewType
from tests.analysis.factories import (
    ContributoryFactorFactory,
    ExcerptFactory,
    FindingFactory,
    KeyPracticeEpisodeFactory,
)
from tests.browser.conftest import PageWatch, check_page, sign_in

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
    finding = FindingFactory(
        review=review,
        number=1,
        statement="Health visitors are not routinely invited to strategy discussions.",
    )
    episode = KeyPracticeEpisodeFactory(
        review=review, title="Strategy discussion without the health visitor"
    )
    finding.episodes.add(episode)
    factor = ContributoryFactorFactory(episode=episode)
    ExcerptFactory(review=review).factors.add(factor)
    FindingFactory(review=review, number=2, statement="Fathers are rarely seen.")
    KeyPracticeEpisodeFactory(review=review, title="Discharge from hospital")
    return lead


def test_lead_sees_the_map_and_the_picture(page: Page, page_watch: PageWatch, lead: User):
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/")
    page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Traceability", exact=True
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Traceability map")
    gaps = page.locator("#gaps")
    expect(gaps).to_contain_text("No evidence")
    expect(gaps).to_contain_text("Fathers are rarely seen.")
    expect(gaps).to_contain_text("No factors")
    expect(page.get_by_text("the health visitor saw the child").first).to_be_visible()
    check_page(page, "traceability-list")

    page.get_by_role("link", name="See the map as a picture").click()
    picture = page.get_by_role("group", name=f"Traceability map of {REFERENCE}")
    expect(picture).to_be_visible()
    check_page(page, "traceability-picture")

    page.get_by_role("link", name="The list view of the traceability map").click()
    page.get_by_role(
        "link", name="KPE 1: Strategy discussion without the health visitor"
    ).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Strategy discussion")
