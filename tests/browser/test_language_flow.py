"""The language check in the browser: the lead reviewer opens the review's language check, sees
a flag with its reframing prompt, dismisses it with a reason (after first forgetting the
reason), sees it gone and then listed under "show dismissed"; then, as the partnership's
business manager, adds a phrase of the partnership's own, which then flags the review's text.
Every page is checked with axe."""

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Partnership, PartnershipMembership, PartnershipRole, User
from casewindow.reviews import services as review_services
from casewindow.reviews.models import ReviewType
from tests.analysis.factories import FindingFactory
from tests.browser.conftest import PageWatch, check_page, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-meadow-58"
REFERENCE = "LCSPR-2025-14"


@pytest.fixture
def lead() -> User:
    lead = User.objects.create_user(
        email="lee.lead@northshire.example", password=PASSWORD, full_name="Lee Lead"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    PartnershipMembership.objects.create(
        partnership=partnership, user=lead, role=PartnershipRole.MANAGER
    )
    review = review_services.review_create(
        actor=lead,
        partnership=partnership,
        reference=REFERENCE,
        title="Child J: a baby's injuries",
        review_type=ReviewType.LEARNING_TOGETHER,
    )
    FindingFactory(
        review=review,
        number=1,
        statement="Health visitors are not routinely invited to strategy discussions.",
        how_featured="The strategy discussion was arranged by telephone within two hours. "
        "The social worker failed to invite the health visitor.\n"
        "Mother was non-compliant with the health visiting service.",
    )
    return lead


def _marks(page: Page):
    return page.locator("mark.cw-flag")


def test_dismiss_a_flag_and_add_a_partnership_phrase(
    page: Page, page_watch: PageWatch, lead: User
) -> None:
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/")
    page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Language check", exact=True
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Language check")
    expect(_marks(page)).to_have_text(["flagged: failed to"])
    expect(
        page.get_by_text("Ask instead: What made not doing this seem reasonable")
    ).to_be_visible()
    check_page(page, "language-01-check")

    page.get_by_text("Dismiss this flag on “failed to”").click()
    page.get_by_role("button", name="Dismiss flag on “failed to”").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Enter why the flag does not apply"
    )
    check_page(page, "language-02-dismiss-error")
    page.get_by_label("Why does this flag not apply?").fill(
        "Quoted from the agency's own management review."
    )
    page.get_by_role("button", name="Dismiss flag").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Language check")
    expect(page.locator(".govuk-notification-banner")).to_contain_text("dismissed")
    expect(_marks(page)).to_have_count(0)
    expect(page.get_by_text("No flags to consider.")).to_be_visible()
    page.get_by_role("link", name="Show dismissed flags (1)").click()
    expect(_marks(page)).to_have_text(["flagged and dismissed: failed to"])
    expect(page.get_by_text("“Quoted from the agency's own management review.”")).to_be_visible()
    check_page(page, "language-03-show-dismissed")

    page.goto("/accounts/partnerships/")
    page.get_by_role("link", name="Northshire Safeguarding Children Partnership").click()
    page.get_by_role("link", name="Language rules").click()
    check_page(page, "language-04-partnership-rules")
    page.get_by_role("button", name="Add a phrase").click()
    page.get_by_label("Phrase to flag").fill("non-complian*")
    page.get_by_label("Judgement").check()
    page.get_by_label("Explanation").fill("Puts the difficulty on the family.")
    page.get_by_label("Reframing prompt").fill("What got in the way of engagement?")
    check_page(page, "language-05-add-phrase")
    page.get_by_role("button", name="Add phrase").click()
    expect(page.get_by_role("cell", name="“non-complian*”", exact=True)).to_be_visible()

    page.goto(f"/reviews/{REFERENCE}/language-check/")
    expect(_marks(page)).to_have_text(["flagged: non-compliant"])
    expect(page.get_by_text("Ask instead: What got in the way of engagement?")).to_be_visible()
    check_page(page, "language-06-partnership-phrase-flagged")


@pytest.fixture
def draft_lead() -> User:
    """A review whose report's own sections carry the demo's wording (a quotation with
    “should have”, not flagged, and a reviewer's “With hindsight”), and one draft of it."""
    from casewindow.demo.reports import SECTIONS
    from casewindow.drafts import services as draft_services
    from casewindow.reports.services import report_section_save

    lead = User.objects.create_user(
        email="lee.lead@northshire.example", password=PASSWORD, full_name="Lee Lead"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = review_services.review_create(
        actor=lead,
        partnership=partnership,
        reference=REFERENCE,
        title="Child J: a baby's injuries",
        review_type=ReviewType.LEARNING_TOGETHER,
    )
    for key in ("methodology-family", "methodology-limitations"):
        report_section_save(
            actor=lead, review=review, key=key, body=SECTIONS[key], expected_version=None
        )
    draft_services.draft_create(actor=lead, review=review, note="For the case group")
    return lead


def test_check_a_drafts_wording_and_dismiss_a_flag_for_the_draft_only(
    page: Page, page_watch: PageWatch, draft_lead: User
) -> None:
    sign_in(page, draft_lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/drafts/")
    page.get_by_role("link", name="Draft 1", exact=True).click()
    page.get_by_role("link", name="Check the wording of this draft (1 flag)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Draft 1: language check")
    # Maternal grandmother's quoted “should have listened” is her words: not flagged.
    expect(_marks(page)).to_have_text(["flagged: With hindsight"])
    expect(page.locator(".cw-flag-counts caption")).to_have_text("1 flag to consider")
    check_page(page, "language-07-draft-check")

    page.get_by_text("Dismiss this flag on “With hindsight”").click()
    page.get_by_label("Why does this flag not apply?").first.fill(
        "The limitation names hindsight on purpose, for the case group's discussion."
    )
    page.get_by_role("button", name="Dismiss flag on “With hindsight”").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Draft 1: language check")
    expect(page.locator(".govuk-notification-banner")).to_contain_text("dismissed")
    expect(_marks(page)).to_have_count(0)
    page.get_by_role("link", name="Show dismissed flags (1)").click()
    expect(page.get_by_text("“The limitation names hindsight on purpose")).to_be_visible()
    check_page(page, "language-08-draft-check-dismissed")

    # The working report still flags it where the team writes it: the dismissal was for
    # draft 1 only.
    page.goto(f"/reviews/{REFERENCE}/report/")
    page.get_by_text("Wording to check: 1 flag in limitations of the review").click()
    expect(page.locator("#section-methodology-limitations ~ details mark.cw-flag")).to_have_text(
        ["flagged: With hindsight"]
    )
    check_page(page, "language-09-report-inline-flags")
    page.get_by_role("link", name="Check the wording of the whole report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Report: language check")
    check_page(page, "language-10-report-check")
