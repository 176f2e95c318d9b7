"""No input a user (or an attacker) can send makes the service fail with a 500: bad posts are
answered with the form's errors, bad links with 404.

The URL list comes from the resolver (tests/url_catalogue.py), and each page's own form tells
the test which fields to fill with rubbish, so new pages are covered as they are added."""

import uuid
from collections.abc import Callable

import pytest
from django.test import Client

from casewindow.accounts.models import ReviewRole, User
from tests.pages import html
from tests.url_catalogue import KWARG_VALUES, ROUTES, url_for
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]

PUBLIC = {
    "accounts:login",
    "accounts:password_reset",
    "accounts:password_reset_done",
    "accounts:password_reset_confirm",
    "accounts:password_reset_complete",
}


def form_fields(client: Client, url: str) -> set[str]:
    """The names of the inputs in the page's forms (none if the page is not a form)."""
    response = client.get(url)
    if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
        return set()
    names = html(response).xpath("//form//*[self::input or self::select or self::textarea]/@name")
    return {name for name in names if name != "csrfmiddlewaretoken"}


# A known set of field names too, so that a page whose GET fails still gets a garbage post.
COMMON_FIELDS = {
    "reference",
    "partnership",
    "title",
    "review_type",
    "stage",
    "text",
    "name",
    "kind",
    "category",
    "publication_label",
    "agency",
    "email",
    "full_name",
    "role",
    "username",
    "password",
    "new_password1",
    "new_password2",
    "actor",
    "page",
}

# A well-formed address longer than the 254 characters an account's e-mail address can hold.
LONG_EMAIL = "a" * 64 + "@" + ("b" * 63 + ".") * 3 + "test"

GARBAGE: dict[str, Callable[[str], object]] = {
    "empty": lambda name: "",
    "wrong-type": lambda name: "not-a-" + name if not name.endswith(("_day", "_month")) else "xx",
    "over-long": lambda name: (
        "9" * 100_000 if name.endswith(("_day", "_month", "_year")) else "x" * 100_000
    ),
    "nul-byte": lambda name: "a\x00b",
    "long-email": lambda name: LONG_EMAIL,
    "non-ascii": lambda name: "ℵ\U0001f600\u202e\ufeff",
    "many-values": lambda name: ["1", "2", str(uuid.uuid4())],
}


def allowed_client(world: ReviewWorld, client_for: ClientFor, url_name: str, url: str) -> Client:
    """A client for someone the page does not refuse, so that the input reaches the form: signed
    out for the public pages (signed-in users are redirected from the sign-in page), otherwise
    the first member of the fixture's review, lead reviewer first, who is not refused."""
    if url_name in PUBLIC:
        return client_for(None)
    for role in ReviewRole:
        client = client_for(world.users[role])
        if client.get(url).status_code != 403:
            break
    return client


@pytest.mark.parametrize("kind", sorted(GARBAGE))
@pytest.mark.parametrize("url_name", sorted(ROUTES))
def test_a_garbage_post_never_causes_a_server_error(
    review_world: ReviewWorld, client_for: ClientFor, url_name: str, kind: str
) -> None:
    url = url_for(review_world, ROUTES[url_name])
    client = allowed_client(review_world, client_for, url_name, url)
    fields = form_fields(client, url) | COMMON_FIELDS
    make = GARBAGE[kind]

    response = client.post(url, {name: make(name) for name in fields})

    assert response.status_code < 500


@pytest.mark.parametrize("kind", ["empty", "wrong-type", "over-long", "nul-byte"])
@pytest.mark.parametrize("url_name", sorted(ROUTES))
def test_garbage_in_the_query_string_never_causes_a_server_error(
    review_world: ReviewWorld, client_for: ClientFor, url_name: str, kind: str
) -> None:
    url = url_for(review_world, ROUTES[url_name])
    client = allowed_client(review_world, client_for, url_name, url)
    make = GARBAGE[kind]
    fields = COMMON_FIELDS | {"date_from_day", "date_from_month", "date_from_year", "next"}

    response = client.get(url, {name: make(name) for name in fields})

    assert response.status_code < 500


REVIEW_ROUTES = sorted(name for name, route in ROUTES.items() if "reference" in route.kwargs)


@pytest.mark.parametrize(
    "reference", ["NO-SUCH-REVIEW", "x" * 5000, "a\x00b", "%00", "..", "' OR 1=1 --", "ℵ"]
)
@pytest.mark.parametrize("url_name", REVIEW_ROUTES)
def test_a_review_that_does_not_exist_gives_404(
    review_world: ReviewWorld, client_for: ClientFor, url_name: str, reference: str
) -> None:
    url = url_for(review_world, ROUTES[url_name]).replace(
        f"/reviews/{review_world.review.reference}/", "/reviews/{}/", 1
    )
    client = client_for(review_world.lead)

    assert client.get(url.format(reference)).status_code == 404
    assert client.post(url.format(reference)).status_code == 404


UUID_ROUTES = sorted(
    name for name, route in ROUTES.items() if any(k.endswith("_id") for k in route.kwargs)
)


@pytest.mark.parametrize("bad_id", ["not-a-uuid", "123", "0" * 33, "%00"])
@pytest.mark.parametrize("url_name", UUID_ROUTES)
def test_a_malformed_id_in_a_link_gives_404(
    review_world: ReviewWorld, client_for: ClientFor, url_name: str, bad_id: str
) -> None:
    route = ROUTES[url_name]
    url = url_for(review_world, route)
    client = client_for(review_world.lead)
    for name in route.kwargs:
        if name.endswith("_id"):
            good = str(KWARG_VALUES[name](review_world))
            url = url.replace(good, bad_id)

    assert client.get(url).status_code == 404


@pytest.mark.parametrize("url_name", UUID_ROUTES)
def test_an_id_of_nothing_gives_404(
    review_world: ReviewWorld, client_for: ClientFor, url_name: str
) -> None:
    route = ROUTES[url_name]
    url = url_for(review_world, route)
    client = allowed_client(review_world, client_for, url_name, url)
    for name in route.kwargs:
        if name.endswith("_id"):
            good = str(KWARG_VALUES[name](review_world))
            url = url.replace(good, str(uuid.uuid4()))

    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
