"""The access matrix of the REST API: every operation of its OpenAPI schema, for every kind of
caller and every kind of token, answers what docs/access.md ("API routes") says.

A caller the rules let through gets the route's own answer: 200 for a read, 201 for a create
(with a valid body), 409 for a change or a removal sent with a stale version (the route reached
the record and its lock). Refused: 401 without a working token, 404 for a review the caller is
not in (or the token does not open), 403 for a role without the permission or a read-only
token."""

import re
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from casewindow.accounts.models import ReviewRole
from casewindow.analysis.framework import factor_nodes, pattern_areas
from casewindow.api.models import PersonalAccessToken
from casewindow.api.views.v1 import api
from casewindow.audit.models import AuditAction, AuditEvent
from tests.accounts.test_access_matrix import _DOC_TEXT, REVIEW_PERMISSIONS, _markdown_table
from tests.api.helpers import ApiClient, token_for
from tests.factories import MembershipFactory
from tests.url_catalogue import KWARG_VALUES
from tests.world import ReviewWorld, build_review_world

pytestmark = pytest.mark.django_db

PREFIX = "/api/v1"
DOC_ROUTES: dict[str, str] = {
    row["route"]: row["permission"] for row in _markdown_table(_DOC_TEXT, "API routes")
}


def _operations() -> list[tuple[str, str]]:
    schema = api.get_openapi_schema()
    return sorted(
        (method.upper(), path.removeprefix(PREFIX))
        for path, operations in schema["paths"].items()
        for method in operations
    )


OPERATIONS = _operations()
ROLES = [str(role) for role in ReviewRole]
NON_MEMBER = "non_member"
NO_TOKEN = "no_token"


def _bodies(world: ReviewWorld) -> dict[tuple[str, str], Any]:
    """A valid body for each create, and a stale version for each change."""
    agency = str(world.agency.uuid)
    stale = {"version": "0"}
    return {
        ("POST", "/reviews/{reference}/agencies"): {"name": "New agency", "kind": "police"},
        ("POST", "/reviews/{reference}/people"): {
            "real_name": "Sam Doe",
            "category": "other_adult",
            "publication_label": "Adult S",
        },
        ("POST", "/reviews/{reference}/chronology/entries"): {
            "agency": agency,
            "entries": [{"date": "1/2/2024", "description": "Visit"}],
        },
        ("POST", "/reviews/{reference}/documents"): "multipart",
        ("POST", "/reviews/{reference}/episodes"): {"title": "An episode", "appraisal": "good"},
        ("POST", "/reviews/{reference}/episodes/{episode_id}/factors"): {
            "node_key": next(iter(factor_nodes())),
            "effect": "helped",
            "explanation": "Why",
        },
        ("POST", "/reviews/{reference}/findings"): {
            "kind": "systems",
            "pattern_area": next(iter(pattern_areas())),
            "statement": "A finding",
        },
        ("POST", "/reviews/{reference}/recommendations"): {
            "kind": 1,
            "text": "Do this",
            "owner_agency": agency,
        },
        ("POST", "/reviews/{reference}/recommendations/{recommendation_id}/actions"): {
            "text": "An action",
            "owner": "Someone",
            "due_date": "2030-01-01",
        },
        **{(method, path): stale for method, path in OPERATIONS if method == "PATCH"},
    }


def _call(client: ApiClient, world: ReviewWorld, method: str, route: str) -> Any:
    names = re.findall(r"{(\w+)}", route)
    path = route.format(**{name: KWARG_VALUES[name](world) for name in names})
    if method == "GET":
        return client.get(path)
    if method == "DELETE":
        return client.delete(path, version="0")  # stale: reaches the lock, removes nothing
    body = _bodies(world)[(method, route)]
    if body == "multipart":
        upload = SimpleUploadedFile("notes.txt", b"Notes of a meeting.", "text/plain")
        return client.post(path, data={"kind": "other", "files": [upload]})
    return client.patch(path, body) if method == "PATCH" else client.post(path, body)


def _allowed(method: str, route: str) -> set[int]:
    if method == "GET":
        return {200}
    if method in {"PATCH", "DELETE"}:
        return {409}
    return {201}


def expected(method: str, route: str, caller: str) -> set[int]:
    permission = DOC_ROUTES[f"{method} {route}"]
    if caller == NO_TOKEN:
        return {401}
    if permission == "signed-in":
        return _allowed(method, route)
    if caller == NON_MEMBER:
        return {404}
    return _allowed(method, route) if caller in REVIEW_PERMISSIONS[permission] else {403}


def test_every_operation_has_a_row_in_docs_access_md_and_every_row_an_operation() -> None:
    in_schema = {f"{method} {route}" for method, route in OPERATIONS}
    assert in_schema - set(DOC_ROUTES) == set(), "add these to 'API routes' in docs/access.md"
    assert set(DOC_ROUTES) - in_schema == set(), "docs/access.md names API routes that are gone"
    assert set(DOC_ROUTES.values()) <= {"signed-in", *REVIEW_PERMISSIONS}


@pytest.mark.parametrize(
    ("method", "route", "caller"),
    [
        (method, route, caller)
        for method, route in OPERATIONS
        for caller in [NO_TOKEN, NON_MEMBER, *ROLES]
    ],
)
def test_api_access_matrix(review_world: ReviewWorld, method: str, route: str, caller: str) -> None:
    user = None if caller == NO_TOKEN else review_world.users[caller]
    client = ApiClient(token_for(user) if user else None)

    response = _call(client, review_world, method, route)

    assert response.status_code in expected(method, route, caller), (
        f"{method} {route} as {caller}: {response.status_code} {response.content[:300]!r}"
    )
    assert set(response.json()) <= {"error"} or response.status_code < 400
    if user is not None and "{reference}" in route:
        events = AuditEvent.objects.filter(actor=user, review=review_world.review)
        if response.status_code == 403:
            assert events.filter(action=AuditAction.ACCESS_DENIED).exists(), "refusal not logged"
        if response.status_code == 404:
            assert not events.exists(), "an outsider's request must leave no trace in the review"


REVIEW_ROUTES = [(m, r) for m, r in OPERATIONS if "{reference}" in r]


@pytest.mark.parametrize(("method", "route"), REVIEW_ROUTES)
def test_a_token_for_another_review_gets_404(
    review_world: ReviewWorld, method: str, route: str
) -> None:
    # The lead reviewer leads another review too; their token is for that one only.
    other = build_review_world()
    MembershipFactory(review=other.review, user=review_world.lead, role=ReviewRole.LEAD_REVIEWER)
    client = ApiClient(token_for(review_world.lead, review=other.review))

    response = _call(client, review_world, method, route)

    assert response.status_code == 404
    assert not AuditEvent.objects.filter(
        review=review_world.review, action__in=[AuditAction.VIEW, AuditAction.ACCESS_DENIED]
    ).exists()


@pytest.mark.parametrize(("method", "route"), REVIEW_ROUTES)
def test_a_read_only_token_reads_and_is_refused_every_write(
    review_world: ReviewWorld, method: str, route: str
) -> None:
    client = ApiClient(token_for(review_world.lead, writes=False))

    response = _call(client, review_world, method, route)

    assert response.status_code == (200 if method == "GET" else 403)


@pytest.mark.parametrize("state", ["revoked", "expired"])
@pytest.mark.parametrize(("method", "route"), OPERATIONS)
def test_a_revoked_or_expired_token_gets_401(
    review_world: ReviewWorld, method: str, route: str, state: str
) -> None:
    client = ApiClient(token_for(review_world.lead))
    if state == "revoked":
        PersonalAccessToken.objects.update(revoked_at=timezone.now())
    else:
        PersonalAccessToken.objects.update(expires_at=timezone.now())

    response = _call(client, review_world, method, route)

    assert response.status_code == 401
