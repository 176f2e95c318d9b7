"""The WCAG 2.2 AA findings that axe cannot see (issue 17), each checked in the browser on the
demo review: where confirmations appear, the skip link, target spacing, landmarks, link-buttons
and accessible names. One test per finding group, each on the demo review."""

import itertools
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from casewindow.demo.loader import demo_load
from casewindow.demo.setup import DEMO_PASSWORD
from tests.browser.conftest import screenshot, sign_in

pytestmark = pytest.mark.browser

LEAD = "lead@demo.casewindow.test"
PHONE = {"width": 320, "height": 640}


@pytest.fixture
def demo(settings, tmp_path: Path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    review, _created = demo_load()
    return review


def assert_focused_and_on_screen(page: Page, text: str) -> None:
    banner = page.locator(".govuk-notification-banner").filter(has_text=text)
    expect(banner).to_be_focused()
    page.wait_for_load_state("load")
    page.wait_for_timeout(100)
    box = banner.bounding_box()
    height = page.viewport_size["height"]
    assert box and 0 <= box["y"] < height, f"message at y={box and box['y']}, screen {height}"


def test_confirmation_after_a_move_is_shown_and_focused_where_the_user_is(page: Page, demo):
    sign_in(page, LEAD, DEMO_PASSWORD)
    for size in ({"width": 1280, "height": 700}, PHONE):
        page.set_viewport_size(size)
        page.goto(f"/reviews/{demo.reference}/episodes/")
        last_down = page.get_by_role("button", name=re.compile(r"^Down\W+move episode")).last
        last_down.scroll_into_view_if_needed()
        last_down.click()
        page.wait_for_load_state("load")
        assert_focused_and_on_screen(page, "moved down")
        # The message sits just above the episodes' table, not at the top of the page.
        banner = page.locator(".govuk-notification-banner").first
        table = page.locator("main table").first
        assert banner.bounding_box()["y"] < table.bounding_box()["y"]
        screenshot(page, f"message-after-move-{size['width']}")


def test_skip_link_passes_the_review_navigation(page: Page, demo):
    sign_in(page, LEAD, DEMO_PASSWORD)
    page.goto(f"/reviews/{demo.reference}/documents/")
    main = page.get_by_role("main")
    expect(main.get_by_role("navigation", name="Review sections")).to_have_count(0)
    expect(page.get_by_role("navigation", name="Review sections")).to_have_count(1)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    # The next Tab after the skip link lands inside main, not on a section link.
    page.keyboard.press("Tab")
    focused_in_main = page.evaluate(
        "() => !!document.activeElement.closest('main') && !document.activeElement.closest('nav')"
    )
    assert focused_in_main


def test_landmarks_link_buttons_and_target_spacing(page: Page, demo):
    sign_in(page, LEAD, DEMO_PASSWORD)
    page.goto(f"/reviews/{demo.reference}/")
    expect(page.get_by_role("banner")).to_have_count(1)

    # Links styled as buttons are buttons to assistive technology, and Space activates them.
    page.goto(f"/reviews/{demo.reference}/documents/")
    link_buttons = page.locator("a.govuk-button")
    assert link_buttons.count() > 0
    for index in range(link_buttons.count()):
        expect(link_buttons.nth(index)).to_have_attribute("role", "button")
    first = link_buttons.first
    href = first.get_attribute("href")
    first.focus()
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(re.escape(href)))

    # Wrapped Change/Remove links in a table's action cell keep 24 px targets apart (2.5.8).
    page.set_viewport_size(PHONE)
    page.goto(f"/reviews/{demo.reference}/agencies/")
    cell = page.locator("td .cw-actions").first
    boxes = [link.bounding_box() for link in cell.locator("a").all()]
    assert len(boxes) >= 2
    for a, b in itertools.pairwise(boxes):
        centre_a = (a["x"] + a["width"] / 2, a["y"] + a["height"] / 2)
        centre_b = (b["x"] + b["width"] / 2, b["y"] + b["height"] / 2)
        distance = ((centre_a[0] - centre_b[0]) ** 2 + (centre_a[1] - centre_b[1]) ** 2) ** 0.5
        assert distance >= 24, f"targets {a} and {b} are {distance:.1f}px apart"
        if a["y"] != b["y"]:  # stacked: a visible gap between them
            assert b["y"] - (a["y"] + a["height"]) >= 4
    screenshot(page, "targets-agencies-320")


def test_publication_check_preview_keeps_the_reports_structure(page: Page, demo):
    """Headings keep their levels (3 is h3, 3.1 is h4), lists stay lists and tables stay
    tables with header cells, with the replacement marks inside them (WCAG 1.3.1)."""
    page.set_default_timeout(30_000)  # the first visit scans the whole demo report
    sign_in(page, LEAD, DEMO_PASSWORD)
    page.goto(f"/reviews/{demo.reference}/publication-check/")
    page.get_by_text("Show the report with every replacement and candidate marked").click()
    preview = page.locator("#report-preview .cw-anon-report")
    numbered = preview.locator("h3, h4, h5").evaluate_all(
        "hs => hs.map(h => [h.tagName, h.textContent.trim().split(' ')[0]])"
    )
    levels = {number: tag for tag, number in numbered if number[:1].isdigit()}
    assert levels, numbered
    for number, tag in levels.items():
        assert tag == f"H{min(3 + number.count('.'), 6)}", f"section {number} is a {tag}"
    assert "H4" in levels.values(), "no sub-section kept its own level"
    expect(preview.locator("ul li, ol li").first).to_be_visible()
    expect(preview.locator("table thead th").first).to_be_visible()
    expect(preview.locator("table td .cw-anon, li .cw-anon").first).to_be_attached()
    assert preview.locator("p.cw-anon-item").count() == 0
    screenshot(page, "publication-check-preview")


def test_the_error_link_for_a_wrong_month_puts_the_cursor_in_the_month_box(page: Page, demo):
    """Item 8: an error in one part of a date links to that part, and only that box is marked."""
    sign_in(page, LEAD, DEMO_PASSWORD)
    page.goto(f"/reviews/{demo.reference}/edit/")
    dates = page.get_by_role("group", name="Date of serious incident")
    dates.get_by_label("Day").fill("14")
    dates.get_by_label("Month").fill("13")
    dates.get_by_label("Year").fill("2025")
    page.get_by_role("button", name=re.compile("^Save")).click()

    summary = page.locator(".govuk-error-summary")
    summary.get_by_role("link", name="Date of serious incident must be a real date").click()

    expect(dates.get_by_label("Month")).to_be_focused()
    expect(dates.locator(".govuk-input--error")).to_have_count(1)
    expect(dates.get_by_label("Day")).to_have_value("14")
