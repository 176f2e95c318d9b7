"""The lead reviewer closes a review in the browser: the stage page shows what is missing
before they confirm; afterwards a reviewer's change is refused and the pages offer none; the
lead reopens it with a reason and the change goes through."""

import re

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import ReviewRole
from casewindow.reviews.models import ReviewStage, ReviewStageChange
from tests.browser.conftest import PageWatch, check_page, sign_in
from tests.factories import PASSWORD, MembershipFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.browser


def test_closing_blocks_an_edit_until_the_lead_reopens_the_review(
    page: Page, page_watch: PageWatch
) -> None:
    review = ReviewFactory(stage=ReviewStage.ACTION_PLAN, title="Child Q: a closing test")
    lead = UserFactory(full_name="Lena Lead")
    reviewer = UserFactory(full_name="Rob Reviewer")
    MembershipFactory(review=review, user=lead, role=ReviewRole.LEAD_REVIEWER)
    MembershipFactory(review=review, user=reviewer, role=ReviewRole.REVIEWER)

    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{review.reference}/")
    page.get_by_role("link", name="Change stage").click()
    page.get_by_label("Closed").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Close the review")
    # What a closed review should have, read from the review: it has no recommendations.
    expect(page.get_by_text("Every recommendation has actions")).to_be_visible()
    expect(page.get_by_text("No recommendations yet")).to_be_visible()
    expect(page.get_by_text(re.compile(r"not done yet"))).to_be_visible()
    check_page(page, "closing-01-confirm")
    page.get_by_role("button", name="Close the review").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Closed")
    expect(page.locator("#review-closed")).to_be_visible()
    check_page(page, "closing-02-closed-home")

    # A reviewer: the page offers no change, and a change made anyway is refused.
    page.get_by_role("button", name="Sign out").click()
    sign_in(page, reviewer.email, PASSWORD)
    page.goto(f"/reviews/{review.reference}/")
    expect(page.get_by_text("This review is closed")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Change.*review details"))).to_have_count(0)
    page_watch.expect_console_error(r"status of 403 .*/edit/")
    response = page.goto(f"/reviews/{review.reference}/edit/")
    assert response is not None and response.status == 403
    refusal = "This review is closed, so nothing in it can be changed"
    expect(page.get_by_text(refusal)).to_be_visible()
    check_page(page, "closing-03-refused")

    # The lead reopens it, giving the reason; the reviewer can change it again.
    page.goto("/")
    page.get_by_role("button", name="Sign out").click()
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{review.reference}/")
    page.locator("#review-closed").get_by_role("link", name="Reopen the review").click()
    page.get_by_label("Action plan and follow-up").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Reopen the review").click()
    expect(page.locator(".govuk-error-summary")).to_be_focused()
    page.get_by_label("Why the review is being reopened").fill("The board asked for an update")
    page.get_by_role("button", name="Reopen the review").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Action plan")
    review.refresh_from_db()
    assert review.stage == ReviewStage.ACTION_PLAN
    assert ReviewStageChange.objects.filter(review=review).first().reason == (
        "The board asked for an update"
    )
    page.get_by_role("button", name="Sign out").click()
    sign_in(page, reviewer.email, PASSWORD)
    assert page.goto(f"/reviews/{review.reference}/edit/").status == 200
