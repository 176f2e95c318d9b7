"""Text written by the team and shown through |linebreaks reads like the rest of the page: the
"how it looked at the time" paragraph of an episode is in the GOV.UK typeface (not the
browser's serif), and a summary list's values line up with their labels."""

import datetime

import pytest
from django.urls import reverse
from playwright.sync_api import Page

from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
from casewindow.analysis.models import KeyPracticeEpisode
from casewindow.reviews.models import Review
from tests.browser.conftest import check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-84"
REFERENCE = "LCSPR-2025-41"


@pytest.fixture
def episode() -> KeyPracticeEpisode:
    user = User.objects.create_user(
        email="lena.lead@northshire.example", password=PASSWORD, full_name="Lena Lead"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = Review.objects.create(
        partnership=partnership,
        reference=REFERENCE,
        title="Child J: injuries in infancy",
        review_type="lcspr_lt",
        scope_start=datetime.date(2024, 1, 1),
        scope_end=datetime.date(2025, 1, 31),
    )
    Membership.objects.create(review=review, user=user, role=ReviewRole.LEAD_REVIEWER)
    return KeyPracticeEpisode.objects.create(
        review=review,
        number=1,
        title="Home visit: cheek bruise explained as a fall",
        what_happened="The health visitor saw a bruise on the cheek.",
        how_it_looked="Mother was calm and open; the fall against the cot seemed likely.",
        appraisal="problematic",
    )


def test_episode_text_uses_the_page_typeface_and_values_line_up(page: Page, episode) -> None:
    sign_in(page, "lena.lead@northshire.example", PASSWORD)
    page.goto(reverse("analysis:episode_detail", args=[REFERENCE, episode.uuid]))

    looked = page.get_by_text("Mother was calm and open")
    font = looked.evaluate("e => getComputedStyle(e).fontFamily")
    assert "sans-serif" in font, font

    row = page.locator(".govuk-summary-list__row").filter(has_text="What happened")
    # Where the first line of text starts, in each cell (the box's top and its padding).
    label_top = row.locator("dt").evaluate(
        "e => e.getBoundingClientRect().top + parseFloat(getComputedStyle(e).paddingTop)"
    )
    value_top = row.locator("dd p").evaluate("e => e.getBoundingClientRect().top")
    assert abs(value_top - label_top) <= 2, (label_top, value_top)
    check_page(page, "text-layout-episode")
