"""Security headers, no third-party content, and the GOV.UK Frontend assets being served."""

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client, override_settings
from django.urls import reverse

from casewindow.accounts.models import User
from tests.factories import PASSWORD, UserFactory
from tests.pages import html
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

ClientFor = Callable[[User | None], Client]


def csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def pages(world: ReviewWorld, client_for: ClientFor) -> list[tuple[str, object]]:
    lead = client_for(world.lead)
    return [
        ("sign-in page", client_for(None).get(reverse("accounts:login"))),
        ("dashboard", lead.get(reverse("reviews:dashboard"))),
        ("review page", lead.get(reverse("reviews:review_home", args=[world.review.reference]))),
        ("form page", lead.get(reverse("reviews:review_edit", args=[world.review.reference]))),
        ("not-found page", lead.get("/reviews/NO-SUCH-REVIEW/")),
        (
            "forbidden page",
            client_for(world.participant).get(
                reverse("reviews:person_list", args=[world.review.reference])
            ),
        ),
    ]


def test_pages_carry_a_content_security_policy_without_inline_script(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    for name, response in pages(review_world, client_for):
        policy = csp_directives(response["Content-Security-Policy"])
        script_src = policy.get("script-src", policy["default-src"])
        assert "'unsafe-inline'" not in script_src, name
        assert "'unsafe-eval'" not in script_src, name
        assert policy["default-src"] == ["'self'"], name
        assert policy["frame-ancestors"] == ["'none'"], name
        assert policy["object-src"] == ["'none'"], name


def test_pages_cannot_be_framed_or_sniffed(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    for name, response in pages(review_world, client_for):
        assert response["X-Frame-Options"] == "DENY", name
        assert response["X-Content-Type-Options"] == "nosniff", name
        assert response["Referrer-Policy"] == "same-origin", name


def test_pages_load_nothing_from_other_hosts(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    for name, response in pages(review_world, client_for):
        tree = html(response)
        sources = tree.xpath(
            "//script/@src | //link/@href | //img/@src | //iframe/@src | //source/@src"
        )
        for source in sources:
            assert not re.match(r"^(https?:)?//", source), f"{name} loads {source}"
        assert tree.xpath("//script[@src]"), f"{name} should load its scripts from this site"


def test_pages_have_no_inline_script(review_world: ReviewWorld, client_for: ClientFor) -> None:
    # The CSP would block it; the page should not depend on it.
    for name, response in pages(review_world, client_for):
        inline = [s for s in html(response).xpath("//script[not(@src)]") if (s.text or "").strip()]
        assert not inline, name


def test_session_and_csrf_cookies_are_not_readable_by_scripts(client_for: ClientFor) -> None:
    user = UserFactory()
    client = client_for(None)
    client.get(reverse("accounts:login"))
    response = client.post(
        reverse("accounts:login"), {"username": user.email, "password": PASSWORD}
    )

    assert response.cookies["sessionid"]["httponly"]
    assert client.cookies["csrftoken"]["httponly"]


def fetch(client: Client, url: str) -> tuple[int, bytes]:
    """Status and body of a static file, closing the file WhiteNoise opened."""
    response = client.get(url)
    if not response.streaming:  # not found
        return response.status_code, response.content
    try:
        return response.status_code, b"".join(response.streaming_content)
    finally:
        response.close()


FRONTEND_DIST = settings.BASE_DIR / "node_modules" / "govuk-frontend" / "dist" / "govuk"


@pytest.mark.parametrize("autorefresh", [True, False], ids=["development", "production"])
def test_govuk_frontend_is_served_without_the_gds_transport_font(
    client_for: ClientFor, autorefresh: bool, tmp_path: Path
) -> None:
    # GDS Transport is licensed only for services on GOV.UK: the stylesheets the pages link must
    # neither name it nor load any font file, and its files must not be served at any address
    # Frontend's own stylesheet would have used.
    font_files = sorted(path.name for path in (FRONTEND_DIST / "assets" / "fonts").iterdir())
    assert any(name.endswith(".woff2") for name in font_files)  # the names to look for
    # STATIC_ROOT as after collectstatic (empty here: the files come through the finders).
    with override_settings(WHITENOISE_AUTOREFRESH=autorefresh, STATIC_ROOT=tmp_path):
        client = client_for(None)
        page = html(client.get(reverse("accounts:login")))
        stylesheets = page.xpath("//link[@rel='stylesheet']/@href")
        assert any("govuk-frontend" in href for href in stylesheets)
        for url in page.xpath("//script/@src") + stylesheets:
            assert fetch(client, url)[0] == 200, url
        for url in stylesheets:
            css = fetch(client, url)[1].decode()
            assert "GDS Transport" not in css, url
            assert "@font-face" not in css, url
            assert not re.search(r"\.woff2?\b", css), url
        # Arial on screen (Frontend's own fallback after Transport), sans-serif in print.
        families = set(re.findall(r"font-family:\s*([^;}]+)", css_of(client)))
        assert families == {"arial,sans-serif", "sans-serif"}
        for name in font_files:
            for url in (f"/assets/fonts/{name}", f"/static/govuk/assets/fonts/{name}"):
                assert fetch(client, url)[0] == 404, url
    assert not [
        path
        for finder in finders.get_finders()
        for path, _storage in finder.list([])
        if path.endswith((".woff", ".woff2", ".ttf", ".otf"))
    ]


def css_of(client: Client) -> str:
    page = html(client.get(reverse("accounts:login")))
    href = next(h for h in page.xpath("//link[@rel='stylesheet']/@href") if "govuk-frontend" in h)
    return fetch(client, href)[1].decode()
