"""Learning across the demo partnership's reviews in the browser: the repository shows the
three reviews (the demo review released by its lead, a published review, a neighbouring
partnership's review); search finds a finding of each; the patterns page draws them; a board
reader sees released learning and no evidence or names; a member of one review sees nothing
unreleased of another."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from casewindow.accounts.models import Membership, ReviewRole, User
from casewindow.demo.learning import NATIONAL
from casewindow.demo.loader import demo_load
from casewindow.demo.partnership_year import PUBLISHED, RAPID
from casewindow.demo.setup import DEMO_PASSWORD
from casewindow.reviews.models import Review
from tests.analysis.factories import FindingFactory
from tests.browser.conftest import check_page, sign_in

pytestmark = pytest.mark.browser

BOARD = "board@demo.casewindow.test"
OUTSIDE_REVIEWER = "sam.reviewer@northbridge.example"
UNRELEASED = "Out-of-hours calls were not passed to the day team the next morning."


@pytest.fixture
def demo(settings, tmp_path: Path) -> Review:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    review, _created = demo_load()
    FindingFactory(review=Review.objects.get(reference=RAPID), statement=UNRELEASED)
    # A reviewer of the demo review only.
    reviewer = User.objects.create_user(
        email=OUTSIDE_REVIEWER, password=DEMO_PASSWORD, full_name="Sam Okafor"
    )
    Membership.objects.create(review=review, user=reviewer, role=ReviewRole.REVIEWER)
    return review


def _search(page: Page, words: str) -> None:
    page.get_by_label("Words to find").fill(words)
    page.get_by_role("button", name="Search").click()
    page.wait_for_load_state("load")


def test_board_reader_sees_three_reviews_searches_them_and_sees_patterns(
    page: Page, demo: Review
) -> None:
    page.set_default_timeout(30_000)
    sign_in(page, BOARD, DEMO_PASSWORD)
    page.goto(f"/accounts/partnerships/{demo.partnership.uuid}/learning/")
    for reference in (demo.reference, PUBLISHED, NATIONAL):
        expect(page.get_by_test_id(f"review-{reference}")).to_be_visible()
    expect(page.get_by_test_id(f"review-{NATIONAL}")).to_contain_text("National or neighbouring")
    body = page.inner_text("body")
    for person in demo.people.all():
        assert person.real_name not in body
    assert UNRELEASED not in body
    check_page(page, "learning-repository")

    page.get_by_label("Pattern area").select_option("human-tool")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_test_id(f"review-{PUBLISHED}")).to_contain_text("Attendance records")
    expect(page.get_by_test_id(f"review-{NATIONAL}")).to_have_count(0)

    page.get_by_role("link", name="Search").click()
    _search(page, "strategy discussions")
    expect(page.get_by_test_id(f"hits-{demo.reference}")).to_be_visible()
    expect(page.get_by_test_id(f"hits-{NATIONAL}")).to_be_visible()
    expect(page.locator("mark").first).to_be_visible()
    _search(page, "sibling group")
    expect(page.get_by_test_id(f"hits-{PUBLISHED}")).to_be_visible()
    body = page.inner_text("body")
    for person in demo.people.all():
        assert person.real_name not in body
    check_page(page, "learning-search")

    page.get_by_role("link", name="Patterns").click()
    chart = page.get_by_test_id("chart-pattern-areas")
    expect(chart.locator("svg")).to_be_visible()
    expect(chart.locator("table")).to_contain_text("Human-tool operation")
    expect(page.get_by_test_id("chart-factor-heat-map").locator("table")).to_contain_text(PUBLISHED)
    check_page(page, "learning-patterns")
    with page.expect_download() as download:
        chart.get_by_role("link", name="Download").click()
    assert "Pattern area" in Path(download.value.path()).read_text(encoding="utf-8-sig")


def test_member_of_one_review_sees_nothing_unreleased_of_another(page: Page, demo: Review) -> None:
    page.set_default_timeout(30_000)
    sign_in(page, OUTSIDE_REVIEWER, DEMO_PASSWORD)
    page.goto(f"/accounts/partnerships/{demo.partnership.uuid}/learning/")
    expect(page.get_by_test_id(f"review-{demo.reference}")).to_be_visible()
    expect(page.get_by_test_id(f"review-{RAPID}")).to_have_count(0)
    expect(page.get_by_test_id(f"review-{PUBLISHED}")).to_have_count(0)
    assert UNRELEASED not in page.inner_text("body")
    page.get_by_role("link", name="Search").click()
    _search(page, "out-of-hours calls")
    expect(page.get_by_test_id("hit-count")).to_be_visible()
    expect(page.get_by_test_id(f"hits-{RAPID}")).to_have_count(0)
    assert "passed to the day team" not in page.inner_text("body")
