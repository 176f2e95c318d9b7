"""Drafts in the browser: the lead reviewer makes a draft and shares it with one practitioner;
the practitioner reads it and comments on a section; the lead replies and marks the comment
answered; the practitioner sees the reply. A colleague it was not shared with gets 404. Every
draft page on the way is screenshotted and checked with axe."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
from casewindow.drafts.models import CommentStatus, Draft
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Agency, AgencyKind, ReviewType
from tests.browser.conftest import PageWatch, check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-58"
REFERENCE = "LCSPR-2025-11"


@pytest.fixture
def people() -> dict[str, User]:
    lead = User.objects.create_user(
        email="lee.lead@northshire.example", password=PASSWORD, full_name="Lee Lead"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = review_services.review_create(
        actor=lead,
        partnership=partnership,
        reference=REFERENCE,
        title="Child D: a review of multi-agency practice",
        review_type=ReviewType.LEARNING_TOGETHER,
        summary="Child D was 10 months old when admitted to hospital with a fractured arm.",
        terms_of_reference="The review will look at how agencies shared what they knew.",
    )
    health = Agency.objects.create(
        review=review, name="Northshire Health Visiting", kind=AgencyKind.HEALTH_VISITING
    )
    practitioner = User.objects.create_user(
        email="asha.patel@northshire.example", password=PASSWORD, full_name="Asha Patel"
    )
    Membership.objects.create(
        review=review, user=practitioner, role=ReviewRole.PARTICIPANT, agency=health
    )
    colleague = User.objects.create_user(
        email="other.worker@northshire.example", password=PASSWORD, full_name="Other Worker"
    )
    Membership.objects.create(review=review, user=colleague, role=ReviewRole.PARTICIPANT)
    return {"lead": lead, "practitioner": practitioner, "colleague": colleague}


def nav(page: Page, name: str):
    return page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name=name, exact=True
    )


def switch_user(page: Page, user: User) -> None:
    page.context.clear_cookies()
    sign_in(page, user.email, PASSWORD)
    # The home page: "What is waiting for you" first when something is, then "Your reviews".
    expect(page.get_by_role("heading", name="Your reviews")).to_be_visible()


def test_a_draft_is_shared_commented_on_and_answered(
    page: Page, page_watch: PageWatch, people, mailoutbox
):
    sign_in(page, people["lead"].email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/")
    nav(page, "Drafts").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Drafts of the report")
    check_page(page, "drafts-01-list-empty")

    page.get_by_role("button", name="Make a new draft").click()
    check_page(page, "drafts-02-make")
    page.get_by_role("button", name="Make draft 1").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Draft 1")
    expect(page.get_by_text("Child D was 10 months old")).to_be_visible()
    check_page(page, "drafts-03-team-draft")

    # Sharing: first with nobody chosen, to see the errors.
    page.get_by_role("button", name="Share this draft").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Share draft 1 for comment")
    check_page(page, "drafts-04-share")
    page.get_by_role("button", name="Share draft 1").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Choose who to share the draft with")
    expect(summary).to_contain_text("Enter the last day for comments")
    check_page(page, "drafts-05-share-errors")
    page.get_by_label(re.compile(r"^Asha Patel \(case group participant")).check()
    closes = timezone.localdate() + datetime.timedelta(days=14)
    group = page.get_by_role("group", name="Last day for comments")
    group.get_by_label("Day").fill(str(closes.day))
    group.get_by_label("Month").fill(str(closes.month))
    group.get_by_label("Year").fill(str(closes.year))
    page.get_by_role("button", name="Share draft 1").click()
    expect(page.get_by_text("Draft 1 shared with Asha Patel")).to_be_visible()
    assert [m.to for m in mailoutbox] == [[people["practitioner"].email]]
    draft = Draft.objects.get()
    assert f"/drafts-shared-with-you/{draft.uuid}/" in mailoutbox[0].body

    # The practitioner reads it and comments on a section.
    switch_user(page, people["practitioner"])
    page.goto(f"/reviews/{REFERENCE}/")
    expect(nav(page, "Drafts")).to_have_count(0)
    nav(page, "Drafts shared with you").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Drafts shared with you")
    check_page(page, "drafts-06-shared-list")
    page.get_by_role("link", name="Draft 1", exact=True).click()
    expect(page.get_by_role("navigation", name="Contents")).to_be_visible()
    check_page(page, "drafts-07-shared-draft")
    page.get_by_role(
        "link", name=re.compile(r"^Comment on this section\W+3 Terms of reference")
    ).click()
    expect(page.get_by_label("Section", exact=True)).to_have_value("terms-of-reference")
    check_page(page, "drafts-08-comment")
    page.get_by_role("button", name="Add comment").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter your comment")
    check_page(page, "drafts-09-comment-errors")
    page.get_by_label("Your comment").fill("Please say the health visitor was not invited.")
    page.get_by_role("button", name="Add comment").click()
    expect(page.get_by_text("Please say the health visitor was not invited.")).to_be_visible()
    expect(page.locator(".cw-draft-comment .govuk-tag")).to_have_text("Open")
    shared_url = page.url.split("#")[0]

    # The lead replies and marks the comment answered.
    switch_user(page, people["lead"])
    page.goto(f"/reviews/{REFERENCE}/drafts/")
    check_page(page, "drafts-10-list")
    page.get_by_role("link", name="Draft 1", exact=True).click()
    expect(page.get_by_text("Please say the health visitor was not invited.")).to_be_visible()
    page.get_by_role("link", name=re.compile(r"^Reply or mark status")).click()
    check_page(page, "drafts-11-respond")
    page.get_by_role("radio", name="Not accepted").check()
    page.get_by_role("button", name="Save response").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the reason")
    check_page(page, "drafts-12-respond-errors")
    page.get_by_label("Reply to the comment (optional)").fill(
        "Thank you: the terms of reference now name the strategy discussion."
    )
    page.get_by_role("radio", name="Answered").check()
    page.get_by_role("button", name="Save response").click()
    expect(page.get_by_text("Response saved")).to_be_visible()
    check_page(page, "drafts-13-team-draft-answered")
    assert draft.comments.get().status == CommentStatus.ANSWERED

    # A second draft, and the differences between the two.
    page.goto(f"/reviews/{REFERENCE}/drafts/new/")
    page.get_by_role("button", name="Make draft 2").click()
    page.goto(f"/reviews/{REFERENCE}/drafts/compare/?a=1&b=2")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Differences between draft 1 and draft 2"
    )
    check_page(page, "drafts-14-compare")

    # The practitioner sees the reply.
    switch_user(page, people["practitioner"])
    page.goto(shared_url)
    expect(
        page.get_by_text("the terms of reference now name the strategy discussion")
    ).to_be_visible()
    expect(page.locator(".cw-draft-comment .govuk-tag")).to_have_text("Answered")
    check_page(page, "drafts-15-shared-draft-answered")

    # A colleague it was not shared with gets 404, and no sign of it in their list.
    switch_user(page, people["colleague"])
    page_watch.expect_console_error(r"status of 404 .*/drafts-shared-with-you/")
    response = page.goto(shared_url)
    assert response is not None and response.status == 404
    page.goto(f"/reviews/{REFERENCE}/drafts-shared-with-you/")
    expect(page.get_by_text("No drafts have been shared with you yet.")).to_be_visible()
