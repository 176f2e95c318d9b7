"""The page watch itself: a browser test is only as strict as the checks it runs."""

import pytest

from tests.browser.conftest import PageWatch

ORIGIN = "http://localhost:41234"


def test_requests_to_other_hosts_are_reported():
    watch = PageWatch(origin=ORIGIN)
    watch.requests = [
        f"{ORIGIN}/reviews/",
        f"{ORIGIN}/static/govuk/govuk-frontend.min.css",
        "data:image/png;base64,AAAA",
        "https://cdn.example.net/htmx.min.js",
        "http://localhost:9999/other-port.js",
        "http://127.0.0.1:41234/same-port-other-name.js",
    ]
    assert watch.external_requests() == [
        "https://cdn.example.net/htmx.min.js",
        "http://localhost:9999/other-port.js",
        "http://127.0.0.1:41234/same-port-other-name.js",
    ]
    with pytest.raises(AssertionError, match=r"cdn\.example\.net"):
        watch.assert_clean()


def test_only_expected_console_errors_are_let_through():
    watch = PageWatch(origin=ORIGIN)
    watch.console_errors = [
        "Failed to load resource: the server responded with a status of 403 (Forbidden)",
        "Refused to apply inline style because it violates the Content Security Policy",
    ]
    watch.expect_console_error(r"status of 403")
    assert watch.unexpected_console_errors() == [
        "Refused to apply inline style because it violates the Content Security Policy"
    ]
    with pytest.raises(AssertionError, match="Content Security Policy"):
        watch.assert_clean()


def test_page_errors_fail_the_page():
    watch = PageWatch(origin=ORIGIN)
    watch.page_errors = ["TypeError: x is undefined"]
    with pytest.raises(AssertionError, match="x is undefined"):
        watch.assert_clean()


def test_a_quiet_page_passes():
    PageWatch(origin=ORIGIN, requests=[f"{ORIGIN}/"]).assert_clean()
