"""A reviewer adds a key practice episode, codes two contributory factors with explanations,
reads it in the table, filters by factor, and the lead removes and restores it. Every page on
the way is screenshotted and checked with axe."""

import datetime
import re

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
from casewindow.analysis.models import ContributoryFactor, KeyPracticeEpisode
from casewindow.analysis.services.episodes import episode_create, episode_update
from casewindow.evidence.models import Conversation
from casewindow.reviews.models import Agency, Person, Review
from tests.browser.conftest import check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-83"
REFERENCE = "LCSPR-2025-09"


@pytest.fixture
def lead() -> User:
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
    Agency.objects.create(review=review, name="Northshire Police", kind="police")
    health = Agency.objects.create(review=review, name="Health visiting", kind="health_visiting")
    visitor = Person.objects.create(
        review=review,
        real_name="Hannah Price",
        publication_label="Health visitor 1",
        category="professional",
        agency=health,
    )
    Conversation.objects.create(
        review=review,
        practitioner=visitor,
        held_on=datetime.date(2025, 3, 3),
        account_at_time="I believed the fall against the cot: mother was calm and open.",
    )
    return user


def test_reviewer_adds_an_episode_with_two_factors(page: Page, lead: User) -> None:
    sign_in(page, lead.email, PASSWORD)
    page.goto(reverse("reviews:review_home", args=[REFERENCE]))
    page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Key practice episodes"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Key practice episodes")
    check_page(page, "episodes-01-empty")

    page.get_by_role("button", name="Add an episode").click()
    page.get_by_role("button", name="Add episode").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Enter a short title for the episode"
    )
    check_page(page, "episodes-02-add-errors")
    page.get_by_label("Title").fill("Home visit: cheek bruise explained as a fall")
    page.get_by_role("group", name="Start date").get_by_label("Day").fill("21")
    page.get_by_role("group", name="Start date").get_by_label("Month").fill("10")
    page.get_by_role("group", name="Start date").get_by_label("Year").fill("2024")
    page.get_by_label("Health visiting").check()
    page.get_by_label("What happened").fill("The health visitor saw a bruise on the cheek.")
    page.get_by_label("Hannah Price, 3 March 2025").check()
    page.get_by_label("Problematic practice").check()
    page.get_by_label("The reviewers' explanation").fill(
        "A bruise on a non-mobile baby needed a child protection medical."
    )
    check_page(page, "episodes-03-add-filled")
    page.get_by_role("button", name="Add episode").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Home visit: cheek bruise explained as a fall"
    )
    expect(page.get_by_text("I believed the fall against the cot")).to_be_visible()
    check_page(page, "episodes-04-detail")

    for key, effect, explanation in [
        ("work-conditions", "Made problematic practice more likely", "Caseload of 600 families."),
        ("family", "Helped good practice", "Mother welcomed the visit and let her in."),
    ]:
        page.get_by_role("button", name="Add a contributory factor").click()
        page.get_by_label("Contributory factor").select_option(value=key)
        page.get_by_label(effect).check()
        page.get_by_label("Explanation").fill(explanation)
        check_page(page, f"episodes-05-factor-{key}")
        page.get_by_role("button", name="Add factor").click()
        expect(page.get_by_text(explanation)).to_be_visible()
    check_page(page, "episodes-06-detail-with-factors")
    assert ContributoryFactor.objects.filter(coder__isnull=True).count() == 2

    # Another reviewer saves while this one has the form open: nothing is lost.
    page.get_by_role("button", name="Change the episode").click()
    check_page(page, "episodes-06b-edit")
    page.get_by_label("Title").fill("Home visit: cheek bruise explained as a fall against the cot")
    other = User.objects.create_user(
        email="rob.reviewer@northshire.example", password=PASSWORD, full_name="Rob Reviewer"
    )
    episode_update(
        actor=other,
        episode=KeyPracticeEpisode.objects.get(),
        expected_version=1,
        what_happened="Rob's account of the visit.",
    )
    page.get_by_role("button", name="Save episode").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Rob Reviewer changed this")
    expect(page.get_by_role("table")).to_contain_text("Rob's account of the visit.")
    check_page(page, "episodes-06c-edit-conflict")
    page.get_by_label("What happened").fill("Merged: Rob's account of the visit.")
    page.get_by_role("button", name="Save episode").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Home visit: cheek bruise explained as a fall against the cot"
    )

    review = Review.objects.get(reference=REFERENCE)
    episode_create(
        actor=lead,
        review=review,
        title="Strategy discussion held without the health visitor",
        date_start=datetime.date(2024, 10, 15),
    )
    page.get_by_role("link", name="Key practice episodes").first.click()
    table = page.get_by_role("table")
    expect(table.get_by_role("row")).to_have_count(3)
    expect(table).to_contain_text("Hindered")
    expect(table).to_contain_text("Helped")
    check_page(page, "episodes-07a-table")
    page.get_by_role("button", name=re.compile("move episode 1 down")).click()
    expect(page.get_by_role("table").get_by_role("row").nth(1)).to_contain_text("Strategy")
    page.get_by_role("button", name="Renumber by date").click()
    expect(page.get_by_role("table").get_by_role("row").nth(1)).to_contain_text("Strategy")
    check_page(page, "episodes-07b-table-renumbered")
    page.get_by_label("Show episodes with the factor").select_option(value="family")
    page.get_by_role("button", name="Show episodes").click()
    expect(page.get_by_role("table").get_by_role("row")).to_have_count(2)
    check_page(page, "episodes-07-table-filtered")

    episode = KeyPracticeEpisode.objects.get(title__startswith="Home visit")
    page.goto(reverse("analysis:episode_delete", args=[REFERENCE, episode.uuid]))
    expect(page.get_by_text("This episode has links")).to_be_visible()
    check_page(page, "episodes-08-remove")
    page.get_by_role("button", name="Yes, remove").click()
    page.get_by_role("link", name="Removed episodes").click()
    check_page(page, "episodes-09-removed")
    page.get_by_role("button", name=re.compile("Restore")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Home visit: cheek bruise explained as a fall against the cot"
    )
