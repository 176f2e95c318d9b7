"""A reviewer codes a passage of a document in the browser by selecting it, sees it marked in
its context and in the list of coded excerpts, changes its memo, removes it and restores it.
Every page is screenshotted and checked with axe."""

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Partnership, User
from casewindow.analysis.models import Excerpt
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Agency, AgencyKind, ReviewType
from tests.browser.conftest import check_page, sign_in
from tests.evidence.factories import DocumentPageFactory, SourceDocumentFactory

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-harbour-41"
REFERENCE = "LCSPR-2025-31"
TEXT = (
    "Home visit, 21 October 2024.\n"
    "Jayden babbling, crawling, small fading bruise on left cheek.\n"
    "Mother said he fell against the cot; explanation accepted."
)
PASSAGE = "small fading bruise on left cheek"


@pytest.fixture
def document(db):
    user = User.objects.create_user(
        email="lena.lead@northshire.example", password=PASSWORD, full_name="Lena Lead"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = review_services.review_create(
        actor=user,
        partnership=partnership,
        reference=REFERENCE,
        title="Child J: injuries to a young child",
        review_type=ReviewType.LEARNING_TOGETHER,
    )
    agency = Agency.objects.create(
        review=review, name="Northshire Children's Social Care", kind=AgencyKind.GP
    )
    document = SourceDocumentFactory(review=review, agency=agency, title="SW case notes")
    DocumentPageFactory(document=document, number=1, text=TEXT)
    return document


def test_code_a_passage_by_selecting_it(page: Page, document) -> None:
    sign_in(page, "lena.lead@northshire.example", PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/documents/{document.uuid}/")
    page.get_by_role("link", name="Code a passage").click()
    expect(page.get_by_role("heading", name="Code a passage")).to_be_visible()
    check_page(page, "excerpts-01-code")

    # Select the passage in the text, as a mouse would.
    start = TEXT.index(PASSAGE)
    page.evaluate(
        """([start, end]) => {
          const node = document.querySelector('#coding-text').firstChild;
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, end);
          const selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        }""",
        [start, start + len(PASSAGE)],
    )
    page.locator("#coding-text").dispatch_event("mouseup")
    expect(page.get_by_label("Passage")).to_have_value(PASSAGE)
    page.get_by_label("Memo").fill("The bruise was seen and explained away.")
    # Factors are ticked under their layer (no Ctrl-click multi-select).
    page.get_by_role("group", name="Personal (staff) aspects").get_by_label(
        "Mindset and reasoning at the time"
    ).check()
    page.get_by_role("button", name="Save excerpt").click()

    expect(page.locator("mark#excerpt")).to_have_text(PASSAGE)
    check_page(page, "excerpts-02-detail")
    excerpt = Excerpt.objects.get()
    assert (excerpt.start, excerpt.end) == (start, start + len(PASSAGE))
    assert excerpt.factor_keys == ["personal/mindset-and-reasoning-at-the-time"]

    page.get_by_role("link", name="Coded excerpts").first.click()
    expect(page.get_by_text("The bruise was seen and explained away.")).to_be_visible()
    check_page(page, "excerpts-03-list")
    page.get_by_label("Contributory factor or layer").select_option("inter-agency")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_text("No excerpts match these filters.")).to_be_visible()
    check_page(page, "excerpts-04-list-filtered")

    page.goto(f"/reviews/{REFERENCE}/excerpts/{excerpt.uuid}/")
    page.get_by_role("button", name="Change memo and codes").click()
    check_page(page, "excerpts-05-edit")
    page.get_by_label("Memo").fill("Seen, explained, accepted.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Seen, explained, accepted.")).to_be_visible()

    page.get_by_role("link", name="Remove this excerpt").click()
    check_page(page, "excerpts-06-remove")
    page.get_by_role("button", name="Remove excerpt").click()
    expect(page.get_by_text("No passages have been coded yet.")).to_be_visible()
    page.get_by_role("link", name="Removed excerpts").click()
    check_page(page, "excerpts-07-removed")
    page.get_by_role("button", name="Restore").click()
    expect(page.get_by_text("Excerpt restored")).to_be_visible()
    excerpt.refresh_from_db()
    assert excerpt.deleted_at is None and excerpt.memo == "Seen, explained, accepted."
