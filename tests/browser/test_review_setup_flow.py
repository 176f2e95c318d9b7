"""A business manager sets up a review in the browser, as a real user would: sign in, start
the review, add an agency, a person and a member, read the audit log and sign out. Every page
on the way is screenshotted and checked with axe."""

import re

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import (
    Membership,
    Partnership,
    PartnershipMembership,
    PartnershipRole,
    ReviewRole,
    User,
)
from casewindow.reviews.models import Person, Review
from tests.browser.conftest import check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "amber-lantern-harbour-47"
REFERENCE = "LCSPR-2025-04"


@pytest.fixture
def business_manager() -> User:
    user = User.objects.create_user(
        email="bea.manager@northshire.example",
        password=PASSWORD,
        full_name="Bea Manager",
        job_title="Partnership business manager",
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    PartnershipMembership.objects.create(
        partnership=partnership, user=user, role=PartnershipRole.MANAGER
    )
    return user


def test_business_manager_sets_up_a_review(page: Page, business_manager: User, mailoutbox):
    # Signing in: anyone arriving without a session is sent to the sign-in page.
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/accounts/sign-in/"))
    check_page(page, "setup-01-sign-in")
    # A mistyped password first: the error links to the e-mail box.
    sign_in(page, business_manager.email, "not-the-password")
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_focused()
    summary.get_by_role("link", name=re.compile("Enter a correct e-mail address")).click()
    expect(page.get_by_label("E-mail address")).to_be_focused()
    check_page(page, "setup-01b-sign-in-error")
    sign_in(page, business_manager.email, PASSWORD)

    expect(page.get_by_role("heading", level=1)).to_have_text("Your reviews")
    expect(page.get_by_text("You are not a member of any review yet")).to_be_visible()
    check_page(page, "setup-02-dashboard")

    # Starting a review: an empty form first, to see the errors.
    page.get_by_role("button", name="Start a review").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Start a review")
    check_page(page, "setup-03-start-review")

    page.get_by_role("button", name="Create review").click()
    expect(summary).to_be_visible()
    expect(summary.get_by_role("heading")).to_have_text("There is a problem")
    expect(page).to_have_title(re.compile(r"^Error: "))
    # GOV.UK Frontend moves focus to the summary so screen readers announce it.
    expect(summary).to_be_focused()
    links = summary.get_by_role("link")
    expect(links).to_have_text(
        [
            "Enter a reference for the review, for example LCSPR-2025-04",
            "Enter the review's title",
        ]
    )
    for index in range(links.count()):
        target = links.nth(index).get_attribute("href")
        assert target and target.startswith("#") and len(target) > 1, target
        expect(page.locator(target)).to_be_visible()
    links.first.click()
    expect(page.get_by_label("Reference", exact=True)).to_be_focused()
    expect(page.locator("#id_reference-error")).to_contain_text("Enter a reference for the review")
    check_page(page, "setup-04-start-review-errors")

    # A date that does not exist is refused with a message linked to the day box.
    scope_start = page.get_by_role("group", name="Scope period start")
    scope_start.get_by_label("Day").fill("31")
    scope_start.get_by_label("Month").fill("2")
    scope_start.get_by_label("Year").fill("2024")
    page.get_by_role("button", name="Create review").click()
    date_link = summary.get_by_role("link", name=re.compile("Scope period start must be a real"))
    expect(date_link).to_be_visible()
    date_link.click()
    expect(scope_start.get_by_label("Day")).to_be_focused()
    check_page(page, "setup-05-start-review-date-error")

    page.get_by_label("Reference", exact=True).fill(REFERENCE.lower())
    page.get_by_label("Title").fill("Child J: injuries to a baby at home")
    page.get_by_role("radio", name="Practice learning review").check()
    scope_start.get_by_label("Day").fill("1")
    scope_start.get_by_label("Month").fill("3")
    scope_start.get_by_label("Year").fill("2024")
    scope_end = page.get_by_role("group", name="Scope period end")
    scope_end.get_by_label("Day").fill("30")
    scope_end.get_by_label("Month").fill("9")
    scope_end.get_by_label("Year").fill("2024")
    page.get_by_label("Terms of reference", exact=True).fill(
        "The review will look at how agencies worked together from the pregnancy booking "
        "until the child's admission to hospital."
    )
    page.get_by_role("button", name="Create review").click()

    # The review's home page.
    expect(page).to_have_url(re.compile(rf"/reviews/{REFERENCE}/$"))
    expect(page.get_by_role("alert")).to_contain_text(
        f"Review {REFERENCE} created. You are its lead reviewer."
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Child J: injuries to a baby at home")
    expect(page.get_by_text("Practice learning review ·")).to_be_visible()
    expect(page.get_by_text(re.compile(r"1 Mar(ch)? 2024 to 30 Sep(tember)? 2024"))).to_be_visible()
    check_page(page, "setup-06-review-home")
    review = Review.objects.get(reference=REFERENCE)
    assert review.review_type == "plr"

    # Adding an agency.
    review_nav = page.get_by_role("navigation", name="Review sections")
    review_nav.get_by_role("link", name="Agencies").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Agencies")
    expect(page.get_by_text("No agencies yet.")).to_be_visible()
    check_page(page, "setup-07-agencies-empty")
    page.get_by_role("button", name="Add an agency").click()
    check_page(page, "setup-08-agency-form")
    page.get_by_label("Name", exact=True).fill("Northshire Police")
    page.get_by_label("Kind of agency").select_option(label="Police")
    page.get_by_label("Name in the published report").fill("The police")
    page.get_by_role("button", name="Save agency").click()
    expect(page.get_by_role("alert")).to_contain_text("Agency Northshire Police saved")
    agency_row = page.get_by_role("row", name=re.compile("Northshire Police"))
    expect(agency_row).to_contain_text("The police")
    check_page(page, "setup-09-agencies")

    # Adding a person to the people register, with aliases and a publication label.
    review_nav.get_by_role("link", name="People register").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("People register")
    page.get_by_role("button", name="Add a person").click()
    check_page(page, "setup-10-person-form")
    page.get_by_label("Real name").fill("Jayden Smith")
    page.get_by_label("Other names (aliases)").fill("Jay\nJJ Smith-Brown")
    page.get_by_role("radio", name="Child", exact=True).check()
    page.get_by_label("Publication label").fill("Child J")
    date_of_birth = page.get_by_role("group", name="Date of birth")
    date_of_birth.get_by_label("Day").fill("14")
    date_of_birth.get_by_label("Month").fill("11")
    date_of_birth.get_by_label("Year").fill("2023")
    page.get_by_role("button", name="Save person").click()
    expect(page.get_by_role("alert")).to_contain_text("Child J saved in the people register")
    person_row = page.get_by_role("row", name=re.compile("Child J"))
    expect(person_row).to_contain_text("Jayden Smith")
    expect(person_row).to_contain_text("Jay, JJ Smith-Brown")
    check_page(page, "setup-11-people-register")
    person = Person.objects.get(review=review)
    assert person.aliases == ["Jay", "JJ Smith-Brown"]
    person_row.get_by_role("link", name="Child J").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Child J")
    check_page(page, "setup-12-person-detail")

    # Adding a member who has no account yet: they are invited by e-mail.
    review_nav.get_by_role("link", name="Review team and case group").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Review team and case group")
    check_page(page, "setup-13-members")
    page.get_by_role("button", name="Add a member").click()
    page.get_by_text("What each role can do").click()
    check_page(page, "setup-14-member-form")
    page.get_by_label("E-mail address").fill("sam.taylor@police.example")
    page.get_by_label("Full name").fill("Sam Taylor")
    page.get_by_label("Job title").fill("Detective Sergeant")
    page.get_by_role("radio", name="Case group participant").check()
    page.get_by_label("Agency").select_option(label="Northshire Police")
    page.get_by_role("button", name="Add member").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "Sam Taylor (sam.taylor@police.example) added to the review as case group participant. "
        "They have been e-mailed about it."
    )
    expect(page.get_by_role("row", name=re.compile("Sam Taylor"))).to_contain_text(
        "Northshire Police"
    )
    check_page(page, "setup-15-members-with-invitee")
    invitee = User.objects.get(email="sam.taylor@police.example")
    assert not invitee.has_usable_password()
    assert Membership.objects.get(review=review, user=invitee).role == ReviewRole.PARTICIPANT
    assert [m.to for m in mailoutbox] == [["sam.taylor@police.example"]]

    # The audit log shows what was done.
    review_nav.get_by_role("link", name="Audit log").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Audit log")
    log = page.get_by_role("table")
    for summary_text in (
        f"Created review {REFERENCE}",
        "Added agency Northshire Police",
        "Added Child J in the people register",
        "Added Sam Taylor as Case group participant",
    ):
        expect(log.get_by_text(summary_text)).to_be_visible()
    check_page(page, "setup-16-audit-log")

    # Filtering the log by person keeps the form compact and the results right.
    page.get_by_label("Person").select_option(label="Sam Taylor (sam.taylor@police.example)")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_role("table")).to_contain_text("No events match these filters.")
    check_page(page, "setup-17-audit-log-filtered")

    # Signing out ends the session.
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/accounts/signed-out/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("You have signed out")
    check_page(page, "setup-18-signed-out")
    page.goto(f"/reviews/{REFERENCE}/")
    expect(page).to_have_url(re.compile(r"/accounts/sign-in/\?next="))
