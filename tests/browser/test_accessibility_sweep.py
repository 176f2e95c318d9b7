"""Every main page of the demo review, and the pages outside it, at 1280, 640 (a 1280 px
screen at 200 % zoom) and 320 px (400 %): the page never scrolls sideways as a whole (WCAG
1.4.10; a wide table scrolls in its own box), every title is unique and begins with the page's
own heading (2.4.2), there is one header landmark and the footer's help and accessibility links
are on every page (3.2.6), and every link's and button's name begins with the words it shows
(2.5.3). One browser page visits them all, so the sweep stays quick.

The pages are found as a user finds them: the review's section navigation, then the first
detail page linked from the lists that have one."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from casewindow.demo.loader import demo_load
from casewindow.demo.setup import DEMO_PASSWORD
from tests.browser.conftest import assert_accessible, screenshot, sign_in

pytestmark = pytest.mark.browser

LEAD = "lead@demo.casewindow.test"
WIDTHS = (1280, 640, 320)
MAX_REGIONS = 12

# Pages reached from the sections' pages rather than the navigation: the first link whose
# path matches each pattern.
LINKED_PAGES = [
    r"/chronologies/imports/$",
    r"/chronologies/imports/[0-9a-f-]{36}/$",
    r"/chronology/timeline/$",
    r"/documents/[0-9a-f-]{36}/$",
    r"/documents/upload/$",
    r"/chronologies/import/$",
    r"/episodes/[0-9a-f-]{36}/$",
    r"/episodes/agreement/$",
    r"/episodes/agreement/[0-9a-f-]{36}/$",
    r"/conversations/[0-9a-f-]{36}/$",
    r"/narrative/[0-9a-f-]{36}/history/$",
    r"/narrative/[0-9a-f-]{36}/chronology/$",
]

LINK_PATHS = "links => links.map(a => a.pathname)"

# Links and buttons whose accessible name does not begin with the words a sighted user sees
# (WCAG 2.5.3 Label in Name: a speech-control user says what they see). Text hidden with
# govuk-visually-hidden counts towards the name but not towards what is seen.
NAME_NOT_VISIBLE_TEXT_JS = """() => {
  const words = t => (t || '').replace(/\\s+/g, ' ').trim().toLowerCase();
  const seen = el => {
    let text = '';
    const walk = node => {
      if (node.nodeType === Node.TEXT_NODE) { text += node.textContent; return; }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      // Visually hidden text is heard, not seen; a symbol hidden from screen readers is seen
      // but is no part of the words a user would say.
      if (node.classList.contains('govuk-visually-hidden')) { text += ' '; return; }
      if (node.getAttribute('aria-hidden') === 'true') return;
      if (getComputedStyle(node).display === 'none') return;
      for (const child of node.childNodes) walk(child);
    };
    walk(el);
    if (el.tagName === 'INPUT') text = el.value;
    return words(text);
  };
  const named = el => {
    if (el.getAttribute('aria-labelledby')) {
      return words(el.getAttribute('aria-labelledby').split(/\\s+/)
        .map(id => (document.getElementById(id) || {}).textContent).join(' '));
    }
    if (el.getAttribute('aria-label')) return words(el.getAttribute('aria-label'));
    if (el.tagName === 'INPUT') return words(el.value);
    let text = '';
    const walk = node => {
      if (node.nodeType === Node.TEXT_NODE) { text += node.textContent; return; }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      if (node.getAttribute('aria-hidden') === 'true') return;
      for (const child of node.childNodes) walk(child);
    };
    walk(el);
    return words(text);
  };
  const wrong = [];
  for (const el of document.querySelectorAll('a[href], button, input[type=submit]')) {
    if (!el.getClientRects().length) continue;
    const visible = seen(el);
    if (visible && !named(el).startsWith(visible)) {
      wrong.push(`"${visible}" is named "${named(el)}"`);
    }
  }
  return [...new Set(wrong)];
}"""

MISSING_IDREFS_JS = """() => {
  const missing = [];
  for (const el of document.querySelectorAll('[aria-describedby], [aria-labelledby], label[for]')) {
    const refs = [el.getAttribute('aria-describedby'), el.getAttribute('aria-labelledby'),
                  el.getAttribute('for')].filter(Boolean).join(' ').split(/\\s+/).filter(Boolean);
    for (const id of refs) if (!document.getElementById(id)) missing.push(id);
  }
  return missing;
}"""

OVERFLOW_JS = """() => {
  const root = document.documentElement;
  const over = root.scrollWidth - root.clientWidth;
  if (over <= 0) return null;
  // Name the widest element that is not inside a scroll box, to say what to fix.
  let worst = null, right = root.clientWidth;
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.cw-table-scroll') && !el.matches('.cw-table-scroll')) continue;
    const r = el.getBoundingClientRect();
    if (r.right > right + 1) { right = r.right; worst = el; }
  }
  const cls = worst && worst.className ? '.' + String(worst.className).split(' ').join('.') : '';
  const what = worst ? worst.tagName.toLowerCase() + cls : '?';
  return `${over}px too wide; widest: ${what}`;
}"""


@pytest.fixture
def demo(settings, tmp_path: Path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    review, _created = demo_load()
    return review


def main_pages(page: Page, reference: str) -> list[str]:
    """The review's sections from its navigation, the pages linked from them (LINKED_PAGES)
    and the pages outside the review."""
    page.goto(f"/reviews/{reference}/")
    nav = page.get_by_role("navigation", name="Review sections")
    paths = [p for p in nav.locator("a").evaluate_all(LINK_PATHS) if p]
    linked: list[str] = []
    for path in list(paths):
        page.goto(path)
        linked += page.locator("main a").evaluate_all(LINK_PATHS)
    for pattern in LINKED_PAGES:
        found = next((h for h in linked if re.search(pattern, h)), None)
        assert found, f"no link matching {pattern} on the review's section pages"
        paths.append(found)
        page.goto(found)
        linked += page.locator("main a").evaluate_all(LINK_PATHS)
    paths += ["/", "/accounts/partnerships/", "/accounts/account/"]
    paths += ["/accounts/help/", "/accounts/accessibility/"]
    return list(dict.fromkeys(paths))


def test_every_main_page_reflows_and_has_a_unique_title(page: Page, demo):
    page.set_default_timeout(30_000)  # the first visit to the report builds it
    sign_in(page, LEAD, DEMO_PASSWORD)
    paths = main_pages(page, demo.reference)
    assert len(paths) >= 25, paths

    titles: dict[str, str] = {}
    problems: list[str] = []
    for path in paths:
        page.set_viewport_size({"width": WIDTHS[0], "height": 900})
        page.goto(path)
        title = page.title()
        heading = " ".join(page.get_by_role("heading", level=1).first.inner_text().split())
        if heading[:60] not in title:
            problems.append(f"{path}: title {title!r} does not hold its h1 {heading!r}")
        if title in titles:
            problems.append(f"{path}: title {title!r} is also {titles[title]}'s")
        titles[title] = path
        expect(page.locator("header")).to_have_count(1)
        expect(page.get_by_role("contentinfo").get_by_role("link")).to_have_text(
            ["Help and contact", "Accessibility statement"]
        )
        # Every hint, error or label a control points to is on the page (an upload hint once
        # pointed at a missing id).
        if missing := page.evaluate(MISSING_IDREFS_JS):
            problems.append(f"{path}: references to missing ids: {missing}")
        if wrong_names := page.evaluate(NAME_NOT_VISIBLE_TEXT_JS):
            problems.append(f"{path}: names not starting with the visible text: {wrong_names}")
        # Landmarks are for finding the few main areas: not one per report section.
        if (regions := page.get_by_role("region").count()) > MAX_REGIONS:
            problems.append(f"{path}: {regions} region landmarks")
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            if too_wide := page.evaluate(OVERFLOW_JS):
                problems.append(f"{path} at {width}px: {too_wide}")
        name = "sweep-320-" + (path.strip("/").replace("/", "-") or "home")[-80:]
        screenshot(page, name)
    assert not problems, "\n".join(problems)

    # The timeline on a phone: the list is offered first, and the drawing keeps a readable size
    # (month labels of 12 units, not ~4 px) and scrolls in its own named box.
    page.goto(f"/reviews/{demo.reference}/chronology/timeline/")
    first_link = page.locator("main a").first
    expect(first_link).to_have_text("Read the entries as a list")
    expect(first_link).to_be_visible()
    assert first_link.bounding_box()["y"] < page.locator("svg.cw-timeline").bounding_box()["y"]
    box = page.get_by_role("region", name="Timeline")
    expect(box).to_have_attribute("tabindex", "0")
    label = page.locator("svg.cw-timeline text").first
    assert label.bounding_box()["height"] >= 8, "timeline labels shrink below readable size"
    page.set_viewport_size({"width": 1280, "height": 900})
    expect(first_link).to_be_hidden()


def test_help_and_accessibility_statement_need_no_sign_in(page: Page, live_server):
    page.goto("/accounts/sign-in/")
    page.get_by_role("contentinfo").get_by_role("link", name="Accessibility statement").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Accessibility statement for Casewindow"
    )
    for section in (
        "How accessible this website is",
        "Reporting accessibility problems with this website",
        "Compliance status",
        "Preparation of this accessibility statement",
    ):
        expect(page.get_by_role("heading", name=section)).to_be_visible()
    expect(page.get_by_text(re.compile(r"This website was last tested on \d"))).to_be_visible()
    assert_accessible(page)
    page.get_by_role("contentinfo").get_by_role("link", name="Help and contact").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Help and contact")
    assert_accessible(page)
