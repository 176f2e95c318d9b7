"""Findings, recommendations and the action plan in the browser: the lead reviewer writes a
systems finding linked to a key practice episode, a kind-2 recommendation for it with an action
that is already overdue, sees it at the top of the action plan, and a board reader records its
progress. Every page on the way is screenshotted and checked with axe."""

import datetime

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
from casewindow.analysis.models import ActionItem, Finding, Recommendation
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Agency, AgencyKind, ReviewType
from tests.analysis.factories import ContributoryFactorFactory, KeyPracticeEpisodeFactory
from tests.browser.conftest import PageWatch, check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-58"
REFERENCE = "LCSPR-2025-11"


@pytest.fixture
def people() -> dict[str, User]:
    lead = User.objects.create_user(
        email="lee.lead@northshire.example", password=PASSWORD, full_name="Lee Lead"
    )
    board = User.objects.create_user(
        email="bo.board@northshire.example", password=PASSWORD, full_name="Bo Board"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = review_services.review_create(
        actor=lead,
        partnership=partnership,
        reference=REFERENCE,
        title="Child J: a baby's injuries",
        review_type=ReviewType.LEARNING_TOGETHER,
    )
    Membership.objects.create(review=review, user=board, role=ReviewRole.BOARD_READER)
    Agency.objects.create(
        review=review, name="Northshire Children's Services", kind=AgencyKind.CHILDRENS_SOCIAL_CARE
    )
    episode = KeyPracticeEpisodeFactory(
        review=review, title="Strategy discussion without the health visitor"
    )
    ContributoryFactorFactory(episode=episode)
    return {"lead": lead, "board": board}


def nav(page: Page, name: str):
    return page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name=name, exact=True
    )


def test_finding_recommendation_and_action_plan(page: Page, page_watch: PageWatch, people):
    sign_in(page, people["lead"].email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/")
    nav(page, "Findings").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Findings")
    check_page(page, "findings-01-list-empty")

    page.get_by_role("button", name="Add a finding").click()
    check_page(page, "findings-02-add")
    page.get_by_role("button", name="Add finding").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the finding")
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Select the pattern area of a systems finding"
    )
    check_page(page, "findings-03-add-errors")
    page.get_by_label("Multi-agency working in response to incidents and crises").check()
    page.get_by_label("The finding, in one sentence").fill(
        "Health visitors are not routinely invited to strategy discussions about babies."
    )
    page.get_by_label("KPE 1: Strategy discussion without the health visitor").check()
    page.get_by_label("Why does it matter?").fill("The health visitor knows the baby best.")
    page.get_by_role("button", name="Add finding").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Finding 1")
    expect(
        page.get_by_text("KPE 1: Strategy discussion without the health visitor")
    ).to_be_visible()
    expect(page.locator(".govuk-warning-text")).to_have_count(0)  # supported
    check_page(page, "findings-04-detail")
    finding = Finding.objects.get()
    assert finding.pattern_area == "incidents-crises" and finding.episodes.count() == 1

    page.get_by_role("link", name="Add a recommendation for this finding").click()
    check_page(page, "findings-05-recommendation-add")
    page.get_by_label("Kind 2 — competing priorities: a decision for senior management").check()
    page.get_by_label("Recommendation", exact=True).fill(
        "The executive group should decide how health visitors can join strategy discussions."
    )
    page.get_by_label("Owner agency").select_option(label="Northshire Children's Services")
    page.get_by_role("button", name="Add recommendation").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Recommendation 1")
    check_page(page, "findings-06-recommendation-detail")
    recommendation = Recommendation.objects.get()
    assert recommendation.kind == 2 and list(recommendation.findings.all()) == [finding]

    page.get_by_role("button", name="Add an action").click()
    check_page(page, "findings-07-action-add")
    page.get_by_label("Action", exact=True).fill("Set out the options and their cost.")
    page.get_by_label("Owner", exact=True).fill("Head of Service")
    last_month = datetime.date.today() - datetime.timedelta(days=30)
    page.get_by_label("Day").fill(str(last_month.day))
    page.get_by_label("Month").fill(str(last_month.month))
    page.get_by_label("Year").fill(str(last_month.year))
    page.get_by_label("In progress").check()
    page.get_by_role("button", name="Add action").click()
    expect(page.get_by_role("cell", name="Overdue")).to_be_visible()
    check_page(page, "findings-08-recommendation-with-action")

    nav(page, "Recommendations and actions").click()
    expect(page.get_by_role("link", name="1 overdue action")).to_be_visible()
    check_page(page, "findings-09-recommendations")
    page.get_by_role("link", name="1 overdue action").click()
    expect(page.locator("#action-counts")).to_have_text("1 overdue")
    check_page(page, "findings-10-action-plan")

    # A board reader records progress; they cannot see the findings.
    page.context.clear_cookies()
    sign_in(page, people["board"].email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/action-plan/")
    expect(nav(page, "Findings")).to_have_count(0)
    page.get_by_role("link", name="Record progress").click()
    check_page(page, "findings-11-progress")
    page.get_by_label("Done").check()
    page.get_by_role("button", name="Record progress").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Describe the evidence")
    check_page(page, "findings-12-progress-errors")
    page.get_by_label("Evidence of completion").fill("Options paper agreed in March.")
    page.get_by_role("button", name="Record progress").click()
    expect(page.locator("#action-counts")).to_have_text("1 done")
    check_page(page, "findings-13-action-plan-done")
    assert ActionItem.objects.get().status == "done"

    # The lead removes the action (asked first), then restores it from the removed list.
    page.context.clear_cookies()
    sign_in(page, people["lead"].email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/recommendations/{recommendation.uuid}/")
    page.get_by_role("link", name="Remove “Set out the options and their cost.”").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Are you sure you want to remove this action?"
    )
    check_page(page, "findings-14-action-remove")
    page.get_by_role("button", name="Yes, remove").click()
    expect(page.get_by_text("No actions yet.")).to_be_visible()
    nav(page, "Recommendations and actions").click()
    page.get_by_role("link", name="Removed recommendations and actions (1)").click()
    check_page(page, "findings-15-removed-action")
    page.get_by_role(
        "button", name="Restore the action “Set out the options and their cost.”"
    ).click()
    expect(
        page.get_by_role("cell", name="Set out the options and their cost.", exact=True)
    ).to_be_visible()
    assert ActionItem.objects.get().deleted_at is None
