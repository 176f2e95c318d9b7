"""The set-up pages on a phone-sized screen: nothing wider than the screen (WCAG 1.4.10,
reflow), the service navigation folds into a Menu button, and focus stays visible."""

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
from casewindow.reviews import services as review_services
from casewindow.reviews.models import AgencyKind, PersonCategory, ReviewType
from casewindow.reviews.services.memberships import membership_add
from tests.browser.conftest import check_page, screenshot, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-21"
REFERENCE = "LCSPR-2024-11"
PHONE = {"width": 375, "height": 800}


@pytest.fixture
def lead() -> User:
    """A lead reviewer of a review with long names and e-mail addresses in its tables."""
    lead = User.objects.create_user(
        email="alexandra.montgomery-fitzwilliam@northshire-safeguarding.example",
        password=PASSWORD,
        full_name="Alexandra Montgomery-Fitzwilliam",
        job_title="Independent lead reviewer",
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    PartnershipMembership.objects.create(
        partnership=partnership, user=lead, role=PartnershipRole.MANAGER
    )
    review = review_services.review_create(
        actor=lead,
        partnership=partnership,
        reference=REFERENCE,
        title="Child L: a sudden unexpected death in infancy",
        review_type=ReviewType.LEARNING_TOGETHER,
    )
    agency = review_services.agency_save(
        actor=lead,
        review=review,
        values={
            "name": "Northshire and Westvale Integrated Care Board (Designated Safeguarding Team)",
            "kind": AgencyKind.HEALTH_VISITING,
            "publication_label": "Health",
            "contact": "designated.nurse.safeguarding@northshire-westvale-icb.example",
        },
    )
    review_services.person_save(
        actor=lead,
        review=review,
        values={
            "real_name": "Leonardo Oluwaseun Kowalczyk-Fernández",
            "aliases": ["Leo", "Leonardo Fernandez", "L. Kowalczyk"],
            "category": PersonCategory.CHILD,
            "publication_label": "Child L",
            "agency": None,
            "job_title": "",
            "date_of_birth": None,
            "notes": "",
        },
    )
    participant = User.objects.create_user(
        email="practitioner.with.a.long.address@northshire-westvale-icb.example",
        full_name="Priya Practitioner",
    )
    membership_add(
        actor=lead,
        review=review,
        user=participant,
        role=ReviewRole.PARTICIPANT,
        agency=agency,
    )
    assert Membership.objects.filter(review=review).count() == 2
    return lead


def assert_fits_the_screen(page: Page) -> None:
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} is {overflow}px wider than a {PHONE['width']}px screen"


def test_set_up_pages_fit_a_phone_screen(page: Page, lead: User):
    page.set_viewport_size(PHONE)
    sign_in(page, lead.email, PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your reviews")

    # The service navigation folds into a Menu button (GOV.UK Frontend's JavaScript).
    menu = page.get_by_role("button", name="Menu")
    expect(menu).to_be_visible()
    expect(page.get_by_role("link", name="Partnerships")).to_be_hidden()
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("link", name="Partnerships")).to_be_visible()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    check_page(page, "phone-01-dashboard-menu-open")
    assert_fits_the_screen(page)

    pages = [
        ("phone-02-review-home", f"/reviews/{REFERENCE}/", "Child L: a sudden"),
        ("phone-03-agencies", f"/reviews/{REFERENCE}/agencies/", "Agencies"),
        ("phone-04-people-register", f"/reviews/{REFERENCE}/people/", "People register"),
        ("phone-05-members", f"/reviews/{REFERENCE}/members/", "Review team and case group"),
        ("phone-06-audit-log", f"/reviews/{REFERENCE}/audit/", "Audit log"),
        ("phone-07-start-review", "/reviews/new/", "Start a review"),
    ]
    for name, url, heading in pages:
        page.goto(url)
        expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
        check_page(page, name)
        assert_fits_the_screen(page)


def test_report_and_drafts_fit_a_phone_screen(page: Page, lead: User):
    """The working report, a draft and the comparison of two drafts: their tables (the
    methodology's and contributors' team tables, the key practice episodes appendix) scroll
    inside their own box rather than widening the page."""
    from casewindow.analysis.models import KeyPracticeEpisode
    from casewindow.drafts import services as draft_services
    from casewindow.reviews.models import Review

    review = Review.objects.get(reference=REFERENCE)
    agency = review.agencies.get()
    for number in (1, 2):
        episode = KeyPracticeEpisode.objects.create(
            review=review,
            number=number,
            title="Health visitor's new-birth visit to the family's temporary accommodation",
            date_text="between 14 and 28 February 2024",
        )
        episode.agencies.add(agency)
    first = draft_services.draft_create(actor=lead, review=review)
    review.summary = "Child L lived with their mother in temporary accommodation."
    review.save()
    draft_services.draft_create(actor=lead, review=review)

    page.set_viewport_size(PHONE)
    sign_in(page, lead.email, PASSWORD)
    pages = [
        ("phone-08-report", f"/reviews/{REFERENCE}/report/", "Child L: a sudden"),
        ("phone-09-draft", f"/reviews/{REFERENCE}/drafts/{first.uuid}/", "Draft 1"),
        ("phone-10-draft-list", f"/reviews/{REFERENCE}/drafts/", "Drafts"),
        ("phone-11-compare", f"/reviews/{REFERENCE}/drafts/compare/?a=1&b=2", "Differences"),
    ]
    for name, url, heading in pages:
        page.goto(url)
        expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
        check_page(page, name)
        assert_fits_the_screen(page)


def test_keyboard_focus_is_visible(page: Page, lead: User):
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/")

    # The first Tab stop is the skip link, which appears when focused.
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()

    # Every focusable control in the header and review navigation shows the GOV.UK focus
    # style: the yellow background (or outline) that Chromium reports as rgb(255, 221, 0).
    controls = [
        page.get_by_role("link", name="Casewindow"),
        page.get_by_role("link", name="Partnerships"),
        page.get_by_role("button", name="Sign out"),
        page.get_by_role("navigation", name="Review sections").get_by_role("link", name="Agencies"),
        page.get_by_role("link", name=re.compile("^Change")).first,
        page.get_by_role("button", name="Add a research question"),
    ]
    for index, control in enumerate(controls):
        control.focus()
        expect(control).to_be_focused()
        style = control.evaluate(
            "e => { const s = getComputedStyle(e);"
            " return [s.backgroundColor, s.outlineColor, s.boxShadow].join(' | '); }"
        )
        assert "rgb(255, 221, 0)" in style, f"no visible focus style on {control}: {style}"
        if index == 2:
            screenshot(page, "focus-01-sign-out-button")
