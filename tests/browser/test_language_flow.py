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
    page.get_by_role("link", name="Add a phrase").click()
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
