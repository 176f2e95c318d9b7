"""Nothing Casewindow shows is kept by a browser's or proxy's cache: every page and download
inside a review (people register, audit CSV, episodes CSV, timeline, documents, exports…)
answers `Cache-Control: private, no-store`. The URLs are the access matrix's: every URL of the
project, opened by a member whose role may open it."""

from collections.abc import Callable

import pytest
from django.test import Client
from django.utils.cache import get_max_age

from casewindow.accounts.models import User
from tests.accounts.test_access_matrix import DOC_URLS, REVIEW_PERMISSIONS, REVIEW_ROLES
from tests.url_catalogue import ROUTES, url_for
from tests.world import ReviewWorld

REVIEW_ROUTES = sorted(
    name
    for name, (permission, method) in DOC_URLS.items()
    if permission in REVIEW_PERMISSIONS and method == "GET" and name in ROUTES
)


def _directives(response) -> set[str]:
    return {part.strip().lower() for part in response.get("Cache-Control", "").split(",")}


@pytest.mark.parametrize("url_name", REVIEW_ROUTES)
def test_every_review_page_and_download_is_private_and_never_stored(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client], url_name: str
) -> None:
    permission, _method = DOC_URLS[url_name]
    role = next(role for role in REVIEW_ROLES if role in REVIEW_PERMISSIONS[permission])
    client = client_for(review_world.users[role])

    response = client.get(url_for(review_world, ROUTES[url_name]))

    assert response.status_code == 200
    assert {"private", "no-store"} <= _directives(response), response.get("Cache-Control")
    assert not get_max_age(response)


@pytest.mark.parametrize("visitor", ["non_member", "anonymous"])
def test_refusals_and_the_sign_in_page_are_not_stored_either(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client], visitor: str
) -> None:
    user = None if visitor == "anonymous" else review_world.users[visitor]
    response = client_for(user).get(f"/reviews/{review_world.review.reference}/people/")

    assert response.status_code in (302, 404)
    assert {"private", "no-store"} <= _directives(response)


def test_static_files_stay_cacheable(client_for: Callable[[User | None], Client]) -> None:
    response = client_for(None).get("/static/casewindow/casewindow.css")

    assert response.status_code == 200
    assert "no-store" not in _directives(response)
