"""Two-factor sign-in in the browser, as real people would use it, with the codes an
authenticator app would show computed in the test from the secret the set-up page gives.

A business manager requires two-factor sign-in for the partnership and turns it on for
herself; a member of one of its reviews is made to set it up at his next sign-in, signs in
with a code, then with a recovery code; the manager resets his lost phone. Every page on the
way is screenshotted and checked with axe."""

import base64
import re
import time

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from casewindow.accounts.models import (
    Membership,
    Partnership,
    PartnershipMembership,
    PartnershipRole,
    ReviewRole,
    User,
)
from casewindow.audit.models import AuditEvent
from casewindow.reviews.models import Review
from tests.browser.conftest import check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "amber-lantern-harbour-47"


def code_from_secret(secret: str, step: int | None = None) -> str:
    """What an authenticator app shows for this (base32, as typed in) secret: now, or in the
    given 30-second step."""
    text = secret.replace(" ", "")
    key = base64.b32decode(text + "=" * (-len(text) % 8))
    generator = TOTP(key, step=30, t0=0, digits=6)
    generator.time = time.time() if step is None else step * 30
    return f"{generator.token():06d}"


def next_code(secret: str, user: User) -> str:
    """What the app shows when the user next signs in: a code the server has not used yet.

    The server follows the phone's clock (django-otp keeps a drift of a step either way) and
    refuses a code as old as the last one used, so the test reads both from the user's device
    rather than guessing which 30-second step the server is in."""
    device = TOTPDevice.objects.get(user=user, confirmed=True)
    server_step = int(time.time()) // 30 + device.drift
    return code_from_secret(secret, step=max(server_step, device.last_t + 1))


def set_up_two_factor(page: Page, screenshot_prefix: str) -> tuple[str, list[str]]:
    """On the set-up page: read the key, type back the code; the secret and recovery codes."""
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-factor sign-in")
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    check_page(page, f"{screenshot_prefix}-setup")
    secret = page.locator("#two-factor-secret").inner_text()
    page.get_by_label("Code from your app").fill(
        "000000" if code_from_secret(secret) != "000000" else "111111"
    )
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("The code is not right")
    check_page(page, f"{screenshot_prefix}-setup-error")
    # django-otp makes the next try wait a second after a wrong code.
    time.sleep(1.1)
    page.get_by_label("Code from your app").fill(code_from_secret(secret))
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Two-factor sign-in is on")
    codes = page.locator("#recovery-codes li").all_inner_texts()
    assert len(codes) == 10
    check_page(page, f"{screenshot_prefix}-recovery-codes")
    return secret, codes


def sign_out(page: Page) -> None:
    page.get_by_role("button", name="Sign out").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("signed out")


def test_a_partnership_requires_two_factor_sign_in_and_resets_a_lost_phone(page: Page) -> None:
    manager = User.objects.create_user(
        email="bea.manager@northshire.example", password=PASSWORD, full_name="Bea Manager"
    )
    member = User.objects.create_user(
        email="mo.reviewer@northshire.example", password=PASSWORD, full_name="Mo Reviewer"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    PartnershipMembership.objects.create(
        partnership=partnership, user=manager, role=PartnershipRole.MANAGER
    )
    review = Review.objects.create(
        partnership=partnership,
        reference="NSCP-2025-01",
        title="Child N",
        review_type="learning_together",
    )
    Membership.objects.create(review=review, user=member, role=ReviewRole.REVIEWER)

    # The business manager requires two-factor sign-in for the partnership.
    sign_in(page, manager.email, PASSWORD)
    page.get_by_role("link", name="Partnerships").click()
    page.get_by_role("link", name=partnership.name).click()
    page.get_by_label("Require two-factor sign-in").check()
    page.get_by_role("button", name="Save two-factor setting").click()
    expect(page.get_by_role("alert")).to_contain_text("Two-factor sign-in is now required")
    # She is in the partnership too, so she is sent to set it up straight away, and every
    # other page sends her back there.
    expect(page).to_have_url(re.compile(r"/accounts/account/two-factor/$"))
    page.get_by_role("link", name="Your reviews").click()
    expect(page).to_have_url(re.compile(r"/accounts/account/two-factor/$"))
    manager_secret, _codes = set_up_two_factor(page, "two-factor-02-manager")
    page.get_by_role("button", name="I have kept my recovery codes").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your reviews")
    page.get_by_role("link", name="Your account").click()
    expect(page.locator("#two-factor-status")).to_contain_text("On")
    check_page(page, "two-factor-03-account")
    page.get_by_role("link", name="Partnerships").click()
    page.get_by_role("link", name=partnership.name).click()
    expect(page.get_by_label("Require two-factor sign-in")).to_be_checked()
    check_page(page, "two-factor-03b-partnership")
    sign_out(page)

    # The reviewer signs in with his password and can reach nothing but the set-up page.
    sign_in(page, member.email, PASSWORD)
    expect(page).to_have_url(re.compile(r"/accounts/account/two-factor/$"))
    page.goto(f"/reviews/{review.reference}/")
    expect(page).to_have_url(re.compile(r"/accounts/account/two-factor/$"))
    expect(
        page.get_by_text("A partnership you work with requires two-factor sign-in")
    ).to_be_visible()
    secret, codes = set_up_two_factor(page, "two-factor-04-member")
    page.goto(f"/reviews/{review.reference}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Child N")
    sign_out(page)

    # Next time, the code after the password (a fresh one: the one typed at set-up has been
    # used).
    sign_in(page, member.email, PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Enter the code from your authenticator app"
    )
    check_page(page, "two-factor-05-code")
    page.get_by_label("Code").fill(next_code(secret, member))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your reviews")
    sign_out(page)

    # Phone left at home: a recovery code works, once.
    sign_in(page, member.email, PASSWORD)
    page.get_by_label("Code").fill(codes[0])
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your reviews")
    sign_out(page)
    sign_in(page, member.email, PASSWORD)
    page.get_by_label("Code").fill(codes[0])
    page.get_by_role("button", name="Continue").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("The code is not right")
    check_page(page, "two-factor-06-code-error")

    # Phone and codes lost: the business manager resets it, from her own browser.
    other = page.context.browser.new_context(base_url=page.url.split("/accounts")[0])
    manager_page = other.new_page()
    sign_in(manager_page, manager.email, PASSWORD)
    manager_page.get_by_label("Code").fill(next_code(manager_secret, manager))
    manager_page.get_by_role("button", name="Continue").click()
    manager_page.get_by_role("link", name="Partnerships").click()
    manager_page.get_by_role("link", name=partnership.name).click()
    manager_page.get_by_role("link", name=f"Reset two-factor sign-in for {member.email}").click()
    expect(manager_page.get_by_role("heading", level=1)).to_have_text(
        "Reset two-factor sign-in for Mo Reviewer"
    )
    check_page(manager_page, "two-factor-07-reset")
    manager_page.get_by_role("button", name="Reset two-factor sign-in").click()
    expect(manager_page.get_by_role("alert")).to_contain_text(
        f"Two-factor sign-in reset for {member.email}"
    )
    other.close()
    event = AuditEvent.objects.get(summary__startswith="Reset two-factor sign-in")
    assert event.actor == manager and member.email in event.summary

    # He signs in with his password and sets up his new phone.
    page.goto("/accounts/sign-in/")
    sign_in(page, member.email, PASSWORD)
    expect(page).to_have_url(re.compile(r"/accounts/account/two-factor/$"))
