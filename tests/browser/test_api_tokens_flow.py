"""A lead reviewer makes an API access token in the browser, sees it once, a program uses it,
then they revoke it on the same pages and the program is refused."""

import json
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import ReviewRole
from tests.browser.conftest import check_page, sign_in
from tests.factories import PASSWORD, MembershipFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.browser


def _reviews(base: str, token: str) -> tuple[int, object]:
    request = urllib.request.Request(  # noqa: S310 (the live test server)
        f"{base}/api/v1/reviews", headers={"Authorization": f"Bearer {token}"}
    )
    try:
        with urllib.request.urlopen(request) as response:  # noqa: S310 (the live test server)
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_a_token_is_made_shown_once_used_and_revoked(page: Page, live_server: object) -> None:
    review = ReviewFactory(title="Child T: a token test")
    lead = UserFactory(full_name="Lena Lead")
    MembershipFactory(review=review, user=lead, role=ReviewRole.LEAD_REVIEWER)
    base = str(live_server)

    sign_in(page, lead.email, PASSWORD)
    page.goto("/accounts/account/")
    page.get_by_role("link", name="Manage your API access tokens").click()
    expect(page.get_by_text("You have no tokens.")).to_be_visible()
    page.get_by_role("button", name="Create a token").click()
    page.get_by_role("button", name="Create the token").click()  # nothing filled in
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter what the token is for")
    check_page(page, "api-tokens-01-errors")
    page.get_by_label("What is the token for?").fill("Case system export")
    page.get_by_label("Read only").check()
    page.get_by_label("Which reviews does it open?").select_option(review.reference)
    page.get_by_label("30 days").check()
    page.get_by_role("button", name="Create the token").click()

    expect(page.get_by_role("heading", name="Token created")).to_be_visible()
    secret = page.locator("#token-secret").inner_text().strip()
    assert secret.startswith("cw_")
    check_page(page, "api-tokens-02-shown-once")
    status, body = _reviews(base, secret)
    assert status == 200
    assert [r["reference"] for r in body["items"]] == [review.reference]  # type: ignore[index]

    page.get_by_role("button", name="I have copied the token").click()
    tokens = page.locator("#tokens")
    expect(tokens).to_contain_text("Case system export")
    expect(tokens).to_contain_text("Read only")
    expect(tokens).not_to_contain_text(secret)
    check_page(page, "api-tokens-03-list")
    page.get_by_role("link", name="Revoke Case system export").click()
    page.get_by_role("button", name="Yes, revoke it").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("revoked")
    expect(tokens).to_contain_text("Revoked")
    check_page(page, "api-tokens-04-revoked")
    status, body = _reviews(base, secret)
    assert status == 401
    assert body["error"]["code"] == "unauthorised"  # type: ignore[index]
