"""A business manager invites two people to the partnership by e-mail address in the browser:
one who already has an account and one who has none. Her pages never show which is which nor
the existing account's stored name; each invitee accepts from the link in their e-mail, and
only then do they appear as members. Every page is screenshotted and checked with axe."""

import re

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Partnership, PartnershipMembership, PartnershipRole, User
from tests.browser.conftest import check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "amber-lantern-harbour-47"


def link_in(body: str) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", body).group(1)


def invite(page: Page, email: str) -> None:
    page.get_by_role("button", name="Invite a member").click()
    page.get_by_label("E-mail address").fill(email)
    page.get_by_role("radio", name="Member").check()
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_role("alert")).to_contain_text(
        f"Invitation sent to {email}. They will appear as a member once they accept it."
    )


def test_invitations_disclose_nothing_until_accepted(page: Page, mailoutbox) -> None:
    manager = User.objects.create_user(
        email="bea.manager@northshire.example", password=PASSWORD, full_name="Bea Manager"
    )
    User.objects.create_user(
        email="kim.known@agency.example", password=PASSWORD, full_name="Kimberley Known"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    PartnershipMembership.objects.create(
        partnership=partnership, user=manager, role=PartnershipRole.MANAGER
    )

    sign_in(page, manager.email, PASSWORD)
    page.get_by_role("link", name="Partnerships").click()
    page.get_by_role("link", name=partnership.name).click()
    page.get_by_role("button", name="Invite a member").click()
    check_page(page, "invite-01-form")
    page.get_by_role("link", name="Back").click()
    invite(page, "kim.known@agency.example")
    invite(page, "nia.new@agency.example")
    waiting = page.locator("#invitations")
    expect(waiting).to_contain_text("kim.known@agency.example")
    expect(waiting).to_contain_text("nia.new@agency.example")
    expect(page.get_by_text("Kimberley Known")).to_have_count(0)
    check_page(page, "invite-02-partnership-waiting")
    known_mail, new_mail = mailoutbox
    page.get_by_role("button", name="Sign out").click()

    # The new person creates an account from the link.
    page.goto(link_in(new_mail.body))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Join {partnership.name}")
    check_page(page, "invite-03-new-account")
    page.get_by_label("Your full name").fill("Nia New")
    page.get_by_label("Choose a password").fill("short")
    page.get_by_label("Type the password again").fill("short")
    page.get_by_role("button", name="Create account and join").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    check_page(page, "invite-04-new-account-error")
    page.get_by_label("Choose a password").fill("violet-harbour-lantern-12")
    page.get_by_label("Type the password again").fill("violet-harbour-lantern-12")
    page.get_by_role("button", name="Create account and join").click()
    expect(page.get_by_role("alert")).to_contain_text(f"You have joined {partnership.name}")
    page.get_by_role("button", name="Sign out").click()

    # The existing account signs in, then accepts.
    page.goto(link_in(known_mail.body))
    expect(page).to_have_url(re.compile(r"/accounts/sign-in/\?next="))
    sign_in(page, "kim.known@agency.example", PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Join {partnership.name}")
    check_page(page, "invite-05-accept")
    page.get_by_role("button", name="Accept the invitation").click()
    expect(page.get_by_role("alert")).to_contain_text(f"You have joined {partnership.name}")
    page.get_by_role("button", name="Sign out").click()

    # Now the manager sees both by name; nothing is waiting.
    sign_in(page, manager.email, PASSWORD)
    page.goto(f"/accounts/partnerships/{partnership.uuid}/")
    members = page.get_by_role("table", name=re.compile("Members of"))
    expect(members).to_contain_text("Kimberley Known")
    expect(members).to_contain_text("Nia New")
    expect(page.locator("#invitations")).to_have_count(0)
    check_page(page, "invite-06-partnership-joined")
