"""The whole analysis chain in one reviewer's browser session, as the issue's "done means":
code a passage of a document, write a key practice episode with two explained contributory
factors evidenced by that excerpt, a finding resting on the episode, a kind-2 recommendation for
the finding with an action, then open the traceability map and see the chain finding → episode
→ both factors → the excerpt → the document, with the finding not listed as a gap. Every page
is screenshotted and checked with axe."""

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
from casewindow.analysis.framework import factor_nodes
from casewindow.analysis.models import ActionItem, ContributoryFactor, Excerpt, Recommendation
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Agency, AgencyKind, ReviewType
from tests.browser.conftest import ARTIFACTS, PageWatch, check_page, sign_in
from tests.evidence.factories import DocumentPageFactory, SourceDocumentFactory

pytestmark = pytest.mark.browser

PASSWORD = "copper-kettle-lantern-72"
REFERENCE = "LCSPR-2025-14"
TEXT = (
    "Home visit, 21 October 2024.\n"
    "Jayden babbling, crawling, small fading bruise on left cheek.\n"
    "Mother said he fell against the cot; explanation accepted."
)
PASSAGE = "small fading bruise on left cheek"
DOCUMENT = "Health visiting record"
EPISODE = "Home visit: cheek bruise explained as a fall"
FINDING = "Bruises on babies who are not yet mobile are explained away rather than escalated."
FACTORS = [
    ("work-conditions", "Made problematic practice more likely", "A caseload of 600 families."),
    ("family", "Helped good practice", "Mother welcomed the visit and let her in."),
]


@pytest.fixture
def reviewer(db) -> User:
    lead = User.objects.create_user(
        email="lena.lead@northshire.example", password=PASSWORD, full_name="Lena Lead"
    )
    reviewer = User.objects.create_user(
        email="ravi.reviewer@northshire.example", password=PASSWORD, full_name="Ravi Reviewer"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = review_services.review_create(
        actor=lead,
        partnership=partnership,
        reference=REFERENCE,
        title="Child J: injuries to a baby",
        review_type=ReviewType.LEARNING_TOGETHER,
    )
    Membership.objects.create(review=review, user=reviewer, role=ReviewRole.REVIEWER)
    agency = Agency.objects.create(
        review=review, name="Northshire Health Visiting", kind=AgencyKind.HEALTH_VISITING
    )
    document = SourceDocumentFactory(review=review, agency=agency, title=DOCUMENT)
    DocumentPageFactory(document=document, number=1, text=TEXT)
    return reviewer


def nav(page: Page, name: str):
    return page.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name=name, exact=True
    )


def test_reviewer_builds_the_chain_and_traces_it(
    page: Page, page_watch: PageWatch, reviewer: User
) -> None:
    sign_in(page, reviewer.email, PASSWORD)
    nodes = factor_nodes()

    # 1. Code a passage of the document by selecting it.
    page.goto(f"/reviews/{REFERENCE}/")
    nav(page, "Documents").click()
    page.get_by_role("link", name=DOCUMENT).click()
    page.get_by_role("link", name="Code a passage").click()
    expect(page.get_by_role("heading", name="Code a passage")).to_be_visible()
    check_page(page, "chain-01-code")  # waits until the page (and its script) has loaded
    start = TEXT.index(PASSAGE)
    page.evaluate(
        """([start, end]) => {
          const node = document.querySelector('#coding-text').firstChild;
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, end);
          window.getSelection().removeAllRanges();
          window.getSelection().addRange(range);
        }""",
        [start, start + len(PASSAGE)],
    )
    page.locator("#coding-text").dispatch_event("mouseup")
    expect(page.get_by_label("Passage")).to_have_value(PASSAGE)
    page.get_by_label("Memo").fill("The bruise was seen and explained away.")
    page.get_by_role("button", name="Save excerpt").click()
    expect(page.locator("mark#excerpt")).to_have_text(PASSAGE)
    check_page(page, "chain-02-excerpt")
    excerpt_url = page.url

    # 2. A key practice episode.
    nav(page, "Key practice episodes").click()
    page.get_by_role("button", name="Add an episode").click()
    page.get_by_label("Title").fill(EPISODE)
    page.get_by_label("Northshire Health Visiting").check()
    page.get_by_label("Problematic practice").check()
    check_page(page, "chain-03-episode-add")
    page.get_by_role("button", name="Add episode").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(EPISODE)
    episode_url = page.url

    # 3. The excerpt is linked to the episode from the excerpt's page ...
    page.goto(excerpt_url)
    page.get_by_role("button", name="Change memo and codes").click()
    page.get_by_label(f"KPE 1: {EPISODE}").check()
    check_page(page, "chain-04-excerpt-codes")
    page.get_by_role("button", name="Save").click()

    # 4. ... and evidences both contributory factors, each explained.
    page.goto(episode_url)
    for key, effect, explanation in FACTORS:
        page.get_by_role("button", name="Add a contributory factor").click()
        page.get_by_label("Contributory factor").select_option(value=key)
        page.get_by_label(effect).check()
        page.get_by_label("Explanation").fill(explanation)
        page.get_by_label(re.compile(f"“{PASSAGE}” – {DOCUMENT}, page 1")).check()
        check_page(page, f"chain-05-factor-{key}")
        page.get_by_role("button", name="Add factor").click()
        expect(page.get_by_text(explanation)).to_be_visible()
    check_page(page, "chain-06-episode")
    excerpt = Excerpt.objects.get()
    assert {f.node_key for f in ContributoryFactor.objects.filter(excerpts=excerpt)} == {
        key for key, _e, _x in FACTORS
    }

    # 5. A finding resting on the episode.
    nav(page, "Findings").click()
    page.get_by_role("button", name="Add a finding").click()
    page.get_by_label(re.compile(r"^Multi-agency working in response to incidents")).check()
    page.get_by_label("The finding, in one sentence").fill(FINDING)
    page.get_by_label(f"KPE 1: {EPISODE}").check()
    check_page(page, "chain-07-finding-add")
    page.get_by_role("button", name="Add finding").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Finding 1")
    expect(page.locator(".govuk-warning-text")).to_have_count(0)  # supported
    check_page(page, "chain-08-finding")

    # 6. A kind-2 recommendation for the finding, with an action.
    page.get_by_role("link", name="Add a recommendation for this finding").click()
    page.get_by_label("Kind 2 — competing priorities: a decision for senior management").check()
    page.get_by_label("Recommendation", exact=True).fill(
        "The executive group should decide how bruising in non-mobile babies is escalated."
    )
    page.get_by_label("Owner agency").select_option(label="Northshire Health Visiting")
    check_page(page, "chain-09-recommendation-add")
    page.get_by_role("button", name="Add recommendation").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Recommendation 1")
    page.get_by_role("button", name="Add an action").click()
    page.get_by_label("Action", exact=True).fill("Agree a bruising protocol across agencies.")
    page.get_by_label("Owner", exact=True).fill("Designated Nurse")
    due = datetime.date.today() + datetime.timedelta(days=90)
    page.get_by_label("Day").fill(str(due.day))
    page.get_by_label("Month").fill(str(due.month))
    page.get_by_label("Year").fill(str(due.year))
    page.get_by_label("Not started").check()
    check_page(page, "chain-10-action-add")
    page.get_by_role("button", name="Add action").click()
    expect(
        page.get_by_role("cell", name="Agree a bruising protocol across agencies.", exact=True)
    ).to_be_visible()
    check_page(page, "chain-11-recommendation")
    recommendation = Recommendation.objects.get()
    assert recommendation.kind == 2 and recommendation.findings.get().statement == FINDING
    action = ActionItem.objects.get()
    assert (action.owner, action.due_date) == ("Designated Nurse", due)

    # 7. The traceability map shows the whole chain, and the finding is no gap.
    nav(page, "Traceability").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Traceability map")
    section = page.get_by_role("region", name=f"Finding 1: {FINDING}")
    expect(section.get_by_role("link", name=f"KPE 1: {EPISODE}")).to_be_visible()
    for key, _effect, _explanation in FACTORS:
        factor_item = section.get_by_role("listitem").filter(
            has_text=re.compile("^Factor: " + re.escape(nodes[key].name))
        )
        expect(factor_item).to_have_count(1)
        expect(factor_item.get_by_role("link", name=f"“{PASSAGE}”")).to_be_visible()
        expect(factor_item).to_contain_text(f"{DOCUMENT}, page 1")
    expect(page.locator("#gaps")).to_have_count(0)
    expect(page.get_by_text("No gaps: every finding has episodes and evidence")).to_be_visible()
    check_page(page, "chain-12-traceability")

    page.get_by_role("link", name="See the map as a picture").click()
    picture = page.get_by_role("group", name=f"Traceability map of {REFERENCE}")
    expect(picture.get_by_role("link", name=DOCUMENT)).to_be_visible()
    for key, _effect, _explanation in FACTORS:
        expect(picture.get_by_role("link", name=f"KPE 1: {nodes[key].name}")).to_be_visible()
    check_page(page, "chain-13-traceability-picture")
    # Each box is a link reached with the keyboard: tab to the finding and follow it.
    finding_link = picture.get_by_role("link", name=f"Finding 1: {FINDING}")
    for _ in range(60):
        page.keyboard.press("Tab")
        if finding_link.evaluate("el => el === document.activeElement"):
            break
    else:
        raise AssertionError("the finding in the picture cannot be reached with Tab")
    page.screenshot(path=str(ARTIFACTS / "chain-13b-picture-focus.png"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Finding 1")
    page.go_back()

    # The excerpt leads back to the document it came from.
    page.go_back()
    section.get_by_role("link", name=f"“{PASSAGE}”").first.click()
    expect(page.locator("mark#excerpt")).to_have_text(PASSAGE)
    page.get_by_role("link", name=re.compile("^Open the source")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(DOCUMENT)


def test_a_chronology_excerpt_opens_its_row_marked(
    page: Page, page_watch: PageWatch, reviewer: User
) -> None:
    from casewindow.analysis.models import Excerpt
    from casewindow.reviews.models import Review
    from tests.evidence.factories import ChronologyEntryFactory

    review = Review.objects.get(reference=REFERENCE)
    agency = review.agencies.get()
    entries = ChronologyEntryFactory.create_batch(120, review=review, agency=agency)
    entry = entries[110]
    excerpt = Excerpt.objects.create(
        review=review,
        source="chronology",
        entry=entry,
        start=0,
        end=10,
        quote=entry.description[:10],
    )
    sign_in(page, reviewer.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/excerpts/{excerpt.uuid}/")
    page.get_by_role("link", name=re.compile("^Open the source")).click()
    expect(page).to_have_url(re.compile(rf"\?page=2#entry-{entry.uuid}$"))
    row = page.locator("tr", has=page.locator(f"#entry-{entry.uuid}"))
    expect(row).to_contain_text(entry.description)
    expect(row).to_be_in_viewport()
    marked = row.evaluate("el => getComputedStyle(el).backgroundColor")
    other = page.locator("tr", has=page.locator(f"#entry-{entries[111].uuid}")).evaluate(
        "el => getComputedStyle(el).backgroundColor"
    )
    assert marked != other, "the row opened by its address is marked"
    page.screenshot(path=str(ARTIFACTS / "chain-14-chronology-row-in-view.png"))
    check_page(page, "chain-14-chronology-row")
