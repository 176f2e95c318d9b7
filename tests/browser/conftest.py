"""Fixtures for the Playwright browser tests.

The tests drive Debian's Chromium (Playwright cannot download its own browsers here) against
pytest-django's live server. Every page a test opens is watched: a request to any host other
than the live server, a console error or an uncaught page error fails the test, and
`check_page` runs axe-core on the page and keeps a screenshot in test-artifacts/."""

import os
import re
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Error,
    Page,
    Request,
    sync_playwright,
)

from casewindow.accounts.models import Membership, Partnership, ReviewRole, User
from casewindow.analysis.models import Finding
from casewindow.reviews import services as review_services
from casewindow.reviews.models import Person, PersonCategory, Review, ReviewType
from tests.analysis.factories import FindingFactory

# Playwright's sync API runs an event loop in this thread; without this Django refuses the
# ORM calls the tests make to set up their data.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
VIEWPORT = {"width": 1280, "height": 900}
TIMEOUT_MS = 10_000
# Schemes that never leave the browser.
LOCAL_SCHEMES = {"data", "blob", "about"}


@dataclass
class PageWatch:
    """What one browser context did that a test should not let pass silently."""

    origin: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    expected_console_errors: list[re.Pattern[str]] = field(default_factory=list)

    def on_request(self, request: Request) -> None:
        self.requests.append(request.url)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            location = message.location.get("url", "") if message.location else ""
            self.console_errors.append(f"{message.text} ({location})")

    def on_page_error(self, error: Error) -> None:
        self.page_errors.append(f"{error.name}: {error.message}")

    def expect_console_error(self, pattern: str) -> None:
        """Let a console error through, e.g. Chromium's note of an intended 403 response."""
        self.expected_console_errors.append(re.compile(pattern))

    def external_requests(self) -> list[str]:
        outside = []
        for url in self.requests:
            parts = urlsplit(url)
            if parts.scheme in LOCAL_SCHEMES:
                continue
            if f"{parts.scheme}://{parts.netloc}" != self.origin:
                outside.append(url)
        return outside

    def unexpected_console_errors(self) -> list[str]:
        return [
            text
            for text in self.console_errors
            if not any(p.search(text) for p in self.expected_console_errors)
        ]

    def assert_clean(self) -> None:
        problems = []
        if outside := self.external_requests():
            problems.append(
                f"requests to hosts other than the live server ({self.origin}):\n  "
                + "\n  ".join(outside)
            )
        if errors := self.unexpected_console_errors():
            problems.append("console errors:\n  " + "\n  ".join(errors))
        if self.page_errors:
            problems.append("page errors:\n  " + "\n  ".join(self.page_errors))
        assert not problems, "\n".join(problems)


_WATCHES: "weakref.WeakKeyDictionary[Page, PageWatch]" = weakref.WeakKeyDictionary()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(
            "BROWSER TESTS NOT RUN — Debian chromium not installed: apt-get install -y chromium"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser: Browser, live_server) -> Iterator[BrowserContext]:
    context = browser.new_context(base_url=live_server.url, viewport=VIEWPORT, locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext, live_server) -> Iterator[Page]:
    """A page whose requests, console errors and page errors are recorded and checked."""
    page = context.new_page()
    watch = PageWatch(origin=live_server.url.rstrip("/"))
    context.on("request", watch.on_request)
    page.on("console", watch.on_console)
    page.on("pageerror", watch.on_page_error)
    _WATCHES[page] = watch
    yield page
    watch.assert_clean()


@pytest.fixture
def page_watch(page: Page) -> PageWatch:
    return _WATCHES[page]


def assert_accessible(page: Page) -> None:
    """Run axe-core on the page as it is now; fail listing every violation."""
    results = Axe().run(page)
    violations = results.response["violations"]
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    at {' '.join(map(str, node['target']))}")
    assert not violations, f"axe found {len(violations)} problem(s) on {page.url}:\n" + "\n".join(
        lines
    )
    if watch := _WATCHES.get(page):
        watch.assert_clean()


def screenshot(page: Page, name: str) -> Path:
    """Save a full-page screenshot to test-artifacts/ (kept out of git)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def check_page(page: Page, name: str) -> None:
    """Screenshot the page as a user sees it, then check that no template syntax shows (a
    multi-line {# comment #} does) and check the page with axe and the page watch."""
    page.wait_for_load_state("load")
    screenshot(page, name)
    leaked = re.findall(r"\{[#%{].{0,40}", page.inner_text("body"))
    assert not leaked, f"template syntax shown on {page.url}: {leaked}"
    assert_accessible(page)


def sign_in(page: Page, email: str, password: str) -> None:
    """Sign in through the sign-in page, as a user would."""
    if "/accounts/sign-in/" not in page.url:
        page.goto("/accounts/sign-in/")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state("load")


# --- a review to work in ------------------------------------------------------------------

PASSWORD = "amber-harbour-kettle-27"


@dataclass
class LedReview:
    """A Learning Together review about Child J (Jayden Brown, in its people register) with
    one finding, and its lead reviewer, who signs in with PASSWORD."""

    lead: User
    review: Review
    finding: Finding


@pytest.fixture
def led_review(settings, tmp_path: Path) -> Callable[..., LedReview]:
    """Makes a `LedReview`; uploaded and generated files go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }

    def make(
        reference: str,
        *,
        finding: str,
        email: str = "lee.lead@northshire.example",
        full_name: str = "Lee Lead",
    ) -> LedReview:
        user = User.objects.create_user(email=email, password=PASSWORD, full_name=full_name)
        partnership = Partnership.objects.create(
            name="Northshire Safeguarding Children Partnership"
        )
        review = review_services.review_create(
            actor=user,
            partnership=partnership,
            reference=reference,
            title="Child J: a Learning Together review",
            review_type=ReviewType.LEARNING_TOGETHER,
        )
        Person.objects.create(
            review=review,
            real_name="Jayden Brown",
            category=PersonCategory.CHILD,
            publication_label="Child J",
        )
        made = FindingFactory(review=review, number=1, statement=finding)
        Membership.objects.filter(review=review, user=user).update(role=ReviewRole.LEAD_REVIEWER)
        return LedReview(lead=user, review=review, finding=made)

    return make
