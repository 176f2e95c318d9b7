"""The agreement check end to end: the lead reviewer starts a round, each coder codes on their
own (signed in as themselves), the figures and the disagreements appear once both are
complete, and the lead settles the shared coding. Every page is screenshotted and checked with
axe."""

import datetime

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
from casewindow.analysis.models import AgreementRound, ContributoryFactor, KeyPracticeEpisode
from casewindow.reviews.models import Review
from tests.browser.conftest import check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-83"
REFERENCE = "LCSPR-2025-11"
CONTACT = "How often they had contact with the family"
WORKLOAD = "Workload"
SHARING = "Sharing information (what, when, how, with whom)"


@pytest.fixture
def team() -> tuple[User, User]:
    lead = User.objects.create_user(
        email="lena.lead@northshire.example", password=PASSWORD, full_name="Lena Lead"
    )
    reviewer = User.objects.create_user(
        email="rory.reviewer@northshire.example", password=PASSWORD, full_name="Rory Reviewer"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = Review.objects.create(
        partnership=partnership,
        reference=REFERENCE,
        title="Child K: neglect in a large family",
        review_type="lcspr_lt",
        scope_start=datetime.date(2024, 1, 1),
        scope_end=datetime.date(2025, 1, 31),
    )
    Membership.objects.create(review=review, user=lead, role=ReviewRole.LEAD_REVIEWER)
    Membership.objects.create(review=review, user=reviewer, role=ReviewRole.REVIEWER)
    for number, title in enumerate(
        ["School nurse's referral after missed appointments", "Core group without the school"],
        start=1,
    ):
        KeyPracticeEpisode.objects.create(
            review=review,
            number=number,
            title=title,
            what_happened="Practice at this point shaped what happened next.",
            appraisal="problematic",
        )
    return lead, reviewer


def _switch_to(page: Page, user: User) -> None:
    page.context.clear_cookies()
    sign_in(page, user.email, PASSWORD)


def _add(page: Page, factor: str, effect: str, explanation: str) -> None:
    page.get_by_label("Contributory factor").select_option(label=factor)
    page.get_by_label(effect).check()
    page.get_by_label("Short explanation").fill(explanation)
    page.get_by_role("button", name="Add to my coding").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Factor added")


def test_two_coders_code_blind_see_their_agreement_and_the_lead_settles(
    page: Page, team: tuple[User, User]
) -> None:
    lead, reviewer = team
    sign_in(page, lead.email, PASSWORD)
    page.goto(reverse("analysis:episode_list", args=[REFERENCE]))
    page.get_by_role("link", name="Agreement check", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Agreement checks")
    check_page(page, "agreement-01-list")

    page.get_by_role("button", name="Start an agreement check").click()
    page.get_by_role("button", name="Start the agreement check").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Select the first coder")
    check_page(page, "agreement-02-start-errors")
    page.get_by_label("First coder").select_option(label="Lena Lead")
    page.get_by_label("Second coder").select_option(label="Rory Reviewer")
    page.get_by_role("button", name="Start the agreement check").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Agreement check 1")
    check_page(page, "agreement-03-round-open")
    round_url = page.url

    # The lead codes: a factor on each episode, and one more on the first.
    page.get_by_role("button", name="Your coding").click()
    check_page(page, "agreement-04-my-coding")
    page.locator("table a.govuk-link").first.click()
    _add(page, CONTACT, "Helped good practice", "LEAD: the school nurse knew the children well")
    _add(page, WORKLOAD, "Made problematic practice more likely", "LEAD: caseload of 30")
    check_page(page, "agreement-05-code-episode")
    page.get_by_role("link", name="Next episode").click()
    _add(page, SHARING, "Made problematic practice more likely", "LEAD: school not told")
    page.get_by_role("link", name="Back to your coding").click()
    page.get_by_role("button", name="Mark my coding complete").click()
    check_page(page, "agreement-06-complete-confirm")
    page.get_by_role("button", name="Mark my coding complete").click()
    expect(page.locator("main")).to_contain_text("The two codings, the figures and the")
    expect(page.locator("main")).not_to_contain_text("Kappa")

    # The reviewer codes on their own and never sees the lead's coding while doing so.
    _switch_to(page, reviewer)
    page.goto(round_url)
    page.get_by_role("button", name="Your coding").click()
    page.locator("table a.govuk-link").first.click()
    expect(page.locator("main")).not_to_contain_text("LEAD:")
    _add(page, CONTACT, "Helped good practice", "ROR: regular contact at school")
    page.get_by_role("link", name="Next episode").click()
    _add(page, SHARING, "Both", "ROR: shared late, but shared")
    page.get_by_role("link", name="Back to your coding").click()
    page.get_by_role("button", name="Mark my coding complete").click()
    page.get_by_role("button", name="Mark my coding complete").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Both coders are now")

    # Both complete: the figures and the disagreements.
    table = page.locator("table")
    expect(table).to_contain_text("Aspects of the role")
    expect(table).to_contain_text("Almost perfect")
    expect(table).to_contain_text("Not defined")
    expect(table).to_contain_text("All areas")
    check_page(page, "agreement-07-results")
    page.get_by_role("button", name="See the codings side by side").click()
    main = page.locator("main")
    expect(main).to_contain_text("2 disagreements across 2 episodes")
    expect(main).to_contain_text("LEAD: caseload of 30")
    expect(main).to_contain_text("ROR: shared late, but shared")
    check_page(page, "agreement-08-side-by-side")

    # The lead settles: keep the agreed factor and the information sharing (hindered), leave
    # out the workload.
    _switch_to(page, lead)
    page.goto(round_url)
    page.get_by_role("button", name="Settle the shared coding").click()
    check_page(page, "agreement-09-settle")
    page.get_by_role("button", name="Settle and close the agreement check").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Choose whether to keep")
    check_page(page, "agreement-10-settle-errors")
    workload = page.get_by_role("group", name="Episode 1: Conditions of work: Workload")
    workload.get_by_label("Leave out").check()
    sharing = page.get_by_role("group", name="Episode 2: Inter-agency", exact=False)
    sharing.get_by_label("Keep in the shared coding").check()
    sharing.get_by_label("Made problematic practice more likely").check()
    sharing.get_by_label("Explanation for the shared coding").fill(
        "The school was not told about the core group."
    )
    page.get_by_role("button", name="Settle and close the agreement check").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("settled")
    expect(page.locator("main")).to_contain_text("What was settled")
    check_page(page, "agreement-11-settled")

    agreement_round = AgreementRound.objects.get()
    assert agreement_round.is_closed
    shared = ContributoryFactor.objects.filter(coder__isnull=True, deleted_at__isnull=True)
    assert sorted((f.episode.number, f.node_key.split("/")[0], f.effect) for f in shared) == [
        (1, "role", "helped"),
        (2, "inter-agency", "hindered"),
    ]
