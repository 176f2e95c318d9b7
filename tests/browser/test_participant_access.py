"""What a case-group participant sees: the review's overview, never the people register."""

import re

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Agency, AgencyKind, Person, PersonCategory, ReviewType
from tests.browser.conftest import PageWatch, check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "quiet-orchard-lamp-93"
REFERENCE = "LCSPR-2025-07"


@pytest.fixture
def participant() -> User:
    lead = User.objects.create_user(
        email="lee.lead@northshire.example", password=PASSWORD, full_name="Lee Lead"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = review_services.review_create(
        actor=lead,
        partnership=partnership,
        reference=REFERENCE,
        title="Child K: neglect over several years",
        review_type=ReviewType.LEARNING_TOGETHER,
        terms_of_reference="How agencies understood the family's circumstances.",
    )
    police = Agency.objects.create(review=review, name="Northshire Police", kind=AgencyKind.POLICE)
    Person.objects.create(
        review=review,
        real_name="Kai Jones",
        aliases=["KJ"],
        category=PersonCategory.CHILD,
        publication_label="Child K",
    )
    user = User.objects.create_user(
        email="sam.taylor@police.example", password=PASSWORD, full_name="Sam Taylor"
    )
    Membership.objects.create(review=review, user=user, role=ReviewRole.PARTICIPANT, agency=police)
    return user


def test_participant_sees_the_overview_but_not_the_people_register(
    page: Page, page_watch: PageWatch, participant: User
):
    sign_in(page, participant.email, PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your reviews")
    review_row = page.get_by_role("row", name=re.compile(REFERENCE))
    expect(review_row).to_contain_text("Case group participant")
    check_page(page, "participant-01-dashboard")

    review_row.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Child K: neglect over several years")
    expect(page.get_by_text("you are case group participant")).to_be_visible()
    expect(page.get_by_role("link", name="People register")).to_have_count(0)
    expect(page.get_by_role("link", name=re.compile("in the register"))).to_have_count(0)
    expect(page.get_by_role("link", name="Audit log")).to_have_count(0)
    expect(page.get_by_text("Kai Jones")).to_have_count(0)
    # A participant cannot change anything, so no set-up task list and no change links.
    expect(page.get_by_role("link", name=re.compile("^Change"))).to_have_count(0)
    check_page(page, "participant-02-review-overview")

    # Typing the address of the people register gets the "You cannot do this" page.
    # Chromium notes any 4xx response in the console; this one is intended.
    page_watch.expect_console_error(r"status of 403")
    response = page.goto(f"/reviews/{REFERENCE}/people/")
    assert response is not None and response.status == 403
    expect(page).to_have_title(re.compile("^You cannot do this"))
    expect(page.get_by_role("heading", level=1)).to_have_text("You cannot do this")
    expect(page.get_by_text("Kai Jones")).to_have_count(0)
    expect(page.get_by_text("Child K", exact=True)).to_have_count(0)
    check_page(page, "participant-03-people-register-refused")

    page.get_by_role("link", name="Go to your reviews").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your reviews")
