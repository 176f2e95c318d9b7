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
    # Link lines stand out at 3:1 or more against white (WCAG 1.4.11); gaps are named "Gap:"
    # and dashed, not told apart by colour and thickness alone (1.4.1), and the legend says so.
    stroke = page.locator("svg.cw-traceability-svg g[stroke]").first.get_attribute("stroke")
    assert _contrast_with_white(stroke) >= 3, stroke
    gap_boxes = page.locator('svg.cw-traceability-svg rect[data-gap="true"]')
    assert gap_boxes.count() > 0
    for index in range(gap_boxes.count()):
        expect(gap_boxes.nth(index)).to_have_attribute("stroke-dasharray", "6 3")
    expect(
        page.locator("svg.cw-traceability-svg text").filter(has_text="Gap:").first
    ).to_be_attached()
    expect(page.get_by_text("red outline")).to_have_count(0)

    page.get_by_role("link", name="The list view of the traceability map").click()
    page.get_by_role(
        "link", name="KPE 1: Strategy discussion without the health visitor"
    ).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Strategy discussion")


def _contrast_with_white(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return 1.05 / (luminance + 0.05)
