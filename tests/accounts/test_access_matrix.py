"""The access matrix: every URL of the project, for every kind of visitor, answers exactly what
docs/access.md says it should.

The expectations are derived from the two tables in docs/access.md ("Review roles and
permissions" and "Every URL"); the URL list comes from the project's URL resolver, so a new
URL without a row in the docs fails here until someone decides who may see it."""

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import ReviewRole, User
from casewindow.audit.models import AuditAction, AuditEvent
from tests.factories import (
    MembershipFactory,
)
from tests.url_catalogue import KWARG_VALUES, ROUTES, unknown_kwargs, url_for
from tests.world import ReviewWorld, build_review_world

ACCESS_DOC = Path(__file__).resolve().parents[2] / "docs" / "access.md"

# --- docs/access.md -----------------------------------------------------------------------


def _markdown_table(text: str, heading: str) -> list[dict[str, str]]:
    """The first table after `## heading`, as one dict per row keyed by the header cells."""
    match = re.search(rf"^## {re.escape(heading)}\s*$", text, flags=re.MULTILINE)
    assert match, f"docs/access.md has no '## {heading}' section"
    lines = text[match.end() :].splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("|")), None)
    assert start is not None, f"docs/access.md: no table under '## {heading}'"
    table: list[list[str]] = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        table.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    header, separator, *rows = table
    assert all(set(cell) <= set("-: ") for cell in separator), f"malformed table under {heading}"
    return [dict(zip(header, row, strict=True)) for row in rows]


_DOC_TEXT = ACCESS_DOC.read_text(encoding="utf-8")
ROLES_TABLE = _markdown_table(_DOC_TEXT, "Review roles and permissions")
URL_TABLE = _markdown_table(_DOC_TEXT, "Every URL")
PAGES_TABLE = _markdown_table(_DOC_TEXT, "Pages outside a review")

REVIEW_ROLES = [str(role) for role in ReviewRole]
# Permission name -> the review roles that have it, as the docs table says.
REVIEW_PERMISSIONS: dict[str, frozenset[str]] = {
    row["permission"]: frozenset(role for role in REVIEW_ROLES if row[role] == "✓")
    for row in ROLES_TABLE
}
PAGE_KINDS = {
    "public",
    "signed-in",
    "partnership.view",
    "partnership.manage",
    "partnership.oversee",
    "partnership.learning",
    "review.create",
}
# url name -> (permission, method)
DOC_URLS: dict[str, tuple[str, str]] = {
    row["url name"]: (row["permission"], row["method"]) for row in URL_TABLE
}

# --- who visits ---------------------------------------------------------------------------

ANONYMOUS = "anonymous"
NON_MEMBER = "non_member"
VISITORS = [ANONYMOUS, NON_MEMBER, *REVIEW_ROLES]
# In the fixture the lead reviewer manages the partnership and the board reader is a plain
# member of it; the other roles and the outsider are not in the partnership.
PARTNERSHIP_MANAGERS = {ReviewRole.LEAD_REVIEWER}
PARTNERSHIP_MEMBERS = {ReviewRole.LEAD_REVIEWER, ReviewRole.BOARD_READER}
# Who oversees the partnership (docs/access.md, "Partnership level"): its business manager and
# the lead reviewer and board reader of its review; its other review members get 403.
PARTNERSHIP_OVERSEERS = {ReviewRole.LEAD_REVIEWER, ReviewRole.BOARD_READER}

# Where the real answer differs from the plain rule for a reason the docs do not spell out.
# (url name, visitor or "*") -> status.
EXCEPTIONS: dict[tuple[str, str], int] = {
    # A signed-in user who opens the sign-in page is sent on to their dashboard
    # (LoginView.redirect_authenticated_user = True).
    **{("accounts:login", visitor): 302 for visitor in VISITORS if visitor != ANONYMOUS},
    # A valid password-reset link moves its token into the session and redirects to
    # .../set-password/ (Django does this so the token never leaks in a Referer header).
    ("accounts:password_reset_confirm", "*"): 302,
    # New recovery codes come with two-factor sign-in: without it, the page sends the user back
    # to their account page (the world's users have not turned it on).
    **{
        ("accounts:recovery_codes_renew", visitor): 302
        for visitor in VISITORS
        if visitor != ANONYMOUS
    },
    # The code step of signing in follows the password step; reached without it, it sends
    # the visitor back to the sign-in page.
    ("accounts:sign_in_code", "*"): 302,
    # The world's draft comment is the participant's: the board reader has the draft too, but
    # never sees (or replies to) another recipient's comment.
    ("drafts:shared_comment_reply", ReviewRole.BOARD_READER): 404,
    # The world's meeting action is the participant's: only they and the review team may mark
    # it done; another invited member never reaches it.
    ("process:meeting_action_done", ReviewRole.BOARD_READER): 404,
    ("process:meeting_action_done", ReviewRole.OBSERVER): 404,
    # The world's API token is the lead reviewer's: anyone else's request to revoke it finds no
    # such token of theirs.
    **{
        ("api:token_revoke", visitor): 404
        for visitor in VISITORS
        if visitor not in (ANONYMOUS, ReviewRole.LEAD_REVIEWER)
    },
    # The world's annual learning report was made by the lead reviewer: the board reader, who
    # also oversees the partnership, finds no such report of theirs.
    ("learning:annual_report_status", ReviewRole.BOARD_READER): 404,
    ("learning:annual_report_download", ReviewRole.BOARD_READER): 404,
}


def _ok(method: str) -> int:
    # A page shows itself (200); a POST-only action does its work and redirects (302).
    return 302 if method == "POST" else 200


def expected_status(url_name: str, visitor: str) -> int:
    permission, method = DOC_URLS[url_name]
    for key in ((url_name, visitor), (url_name, "*")):
        if key in EXCEPTIONS:
            return EXCEPTIONS[key]
    if permission == "public":
        return _ok(method)
    if visitor == ANONYMOUS:
        return 302  # to the sign-in page
    if permission == "signed-in":
        return _ok(method)
    if permission == "review.create":
        return _ok(method) if visitor in PARTNERSHIP_MANAGERS else 403
    if permission == "partnership.view":
        return _ok(method) if visitor in PARTNERSHIP_MEMBERS else 404
    if permission == "partnership.learning":
        # Every review role is tied to the partnership through the world's review.
        return _ok(method) if visitor in REVIEW_ROLES else 404
    if permission == "partnership.oversee":
        if visitor in PARTNERSHIP_OVERSEERS:
            return _ok(method)
        return 403 if visitor in REVIEW_ROLES else 404
    if permission == "partnership.manage":
        if visitor in PARTNERSHIP_MANAGERS:
            return _ok(method)
        return 403 if visitor in PARTNERSHIP_MEMBERS else 404
    if permission in REVIEW_PERMISSIONS:
        if visitor == NON_MEMBER:
            return 404
        return _ok(method) if visitor in REVIEW_PERMISSIONS[permission] else 403
    return UNKNOWN_PERMISSION  # reported by test_docs_tables_name_...


UNKNOWN_PERMISSION = 0


def visitor_user(world: ReviewWorld, visitor: str) -> User | None:
    return None if visitor == ANONYMOUS else world.users[visitor]


# --- the tests ----------------------------------------------------------------------------


def test_docs_tables_name_every_review_role_and_known_permissions() -> None:
    header = set(ROLES_TABLE[0]) - {"permission", "what it covers"}
    assert header == set(REVIEW_ROLES), "the roles table's columns must be exactly the review roles"
    assert {row["kind of page"] for row in PAGES_TABLE} == PAGE_KINDS, (
        "this test knows how to check these kinds of page outside a review: "
        f"{sorted(PAGE_KINDS)}; teach expected_status() any new kind"
    )
    for name, (permission, method) in DOC_URLS.items():
        assert permission in PAGE_KINDS | set(REVIEW_PERMISSIONS), (
            f"{name}: unknown permission {permission}"
        )
        assert method in {"GET", "POST"}, f"{name}: unknown method {method}"


def test_role_permissions_in_code_match_the_docs_table() -> None:
    from casewindow.accounts.access import ROLE_PERMISSIONS

    in_code = {
        permission: frozenset(role for role in REVIEW_ROLES if permission in ROLE_PERMISSIONS[role])
        for permission in REVIEW_PERMISSIONS
    }
    assert in_code == REVIEW_PERMISSIONS
    every_code_permission = {str(p) for perms in ROLE_PERMISSIONS.values() for p in perms}
    assert every_code_permission <= set(REVIEW_PERMISSIONS), (
        "a permission in code is not in the docs"
    )


def test_every_url_has_a_row_in_docs_access_md() -> None:
    missing = sorted(set(ROUTES) - set(DOC_URLS))
    assert not missing, (
        f"These URLs have no row in the 'Every URL' table of docs/access.md: {missing}. "
        "Add a row saying which permission guards each (unnamed URLs need a name first)."
    )


def test_every_url_row_in_docs_access_md_exists() -> None:
    stale = sorted(set(DOC_URLS) - set(ROUTES))
    assert not stale, f"docs/access.md names URLs the project does not have: {stale}"


def test_every_url_parameter_can_be_filled() -> None:
    unknown = {
        route.name: unknown_kwargs(route) for route in ROUTES.values() if unknown_kwargs(route)
    }
    assert not unknown, f"add these URL parameters to KWARG_VALUES: {unknown}"


CASES = [
    pytest.param(
        name,
        visitor,
        expected_status(name, visitor),
        id=f"{name}-{visitor}-{expected_status(name, visitor)}",
    )
    for name in sorted(set(ROUTES) & set(DOC_URLS))
    for visitor in VISITORS
]


@pytest.mark.parametrize(("url_name", "visitor", "expected"), CASES)
def test_access_matrix(
    review_world: ReviewWorld,
    client_for: Callable[[User | None], Client],
    url_name: str,
    visitor: str,
    expected: int,
) -> None:
    url = url_for(review_world, ROUTES[url_name])
    permission, method = DOC_URLS[url_name]
    user = visitor_user(review_world, visitor)
    client = client_for(user)

    response = client.post(url) if method == "POST" else client.get(url)

    assert response.status_code == expected, (
        f"{method} {url} as {visitor}: expected {expected} ({permission}), "
        f"got {response.status_code}"
    )
    if visitor == ANONYMOUS and expected == 302 and permission != "public":
        assert response["Location"].startswith(resolve_url(settings.LOGIN_URL) + "?next="), (
            "anonymous visitors must be sent to the sign-in page"
        )
    if permission in REVIEW_PERMISSIONS and user is not None:
        events = AuditEvent.objects.filter(actor=user, review=review_world.review)
        if expected == 403:
            assert events.filter(action=AuditAction.ACCESS_DENIED).exists(), "refusal not logged"
        elif expected == 200:
            assert events.filter(action=AuditAction.VIEW, path=url).exists(), "read not logged"
        elif expected == 404:
            assert not events.exists(), "an outsider's request must leave no trace in the review"


# --- objects of another review -------------------------------------------------------------

# URL parameters that name a fixed part of every review, not an object of one review (the
# report's free-text section keys are the same in every review).
NOT_OBJECT_KWARGS = {"report_section"}

# Every URL that names an object inside a review, with the first role that may open it.
OBJECT_ROUTES = sorted(
    name
    for name, route in ROUTES.items()
    if "reference" in route.kwargs
    and set(route.kwargs) - {"reference"} - NOT_OBJECT_KWARGS
    and DOC_URLS.get(name, ("", ""))[0] in REVIEW_PERMISSIONS
)


@pytest.mark.parametrize("url_name", OBJECT_ROUTES)
def test_object_of_another_review_gives_404_under_this_reviews_reference(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client], url_name: str
) -> None:
    route = ROUTES[url_name]
    assert not unknown_kwargs(route), f"add {unknown_kwargs(route)} to tests/url_catalogue.py"
    permission, method = DOC_URLS[url_name]
    role = next(role for role in REVIEW_ROLES if role in REVIEW_PERMISSIONS[permission])
    # Review B, whose objects this user may open under B's reference; they are in review A
    # too, with the same role — but B's objects must never open under A's reference.
    other_world = build_review_world()
    user = other_world.users[role]
    MembershipFactory(review=review_world.review, user=user, role=role)
    kwargs = {name: KWARG_VALUES[name](other_world) for name in route.kwargs if name != "reference"}
    in_own_review = reverse(url_name, kwargs={"reference": other_world.review.reference, **kwargs})
    under_wrong_review = reverse(
        url_name, kwargs={"reference": review_world.review.reference, **kwargs}
    )
    client = client_for(user)

    def request(url: str) -> int:
        return (client.post(url) if method == "POST" else client.get(url)).status_code

    assert request(in_own_review) == _ok(method)
    assert request(under_wrong_review) == 404
    assert client.post(under_wrong_review).status_code == 404


# --- conversations: a practitioner sees only what was shared with them ---------------------

PRACTITIONER_ROUTES = sorted(
    name for name, (permission, _) in DOC_URLS.items() if permission == "conversation.respond"
)
TEAM_CONVERSATION_ROUTES = sorted(
    name
    for name, (permission, _) in DOC_URLS.items()
    if name.startswith(("evidence:conversation", "evidence:practitioner_question"))
    and permission.startswith("evidence.")
)


@pytest.mark.parametrize(
    "url_name", [n for n in PRACTITIONER_ROUTES if "conversation_id" in ROUTES[n].kwargs]
)
def test_another_participant_gets_404_on_a_conversation_not_shared_with_them(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client], url_name: str
) -> None:
    # The fixture's conversation is shared with the fixture's participant, not with this one.
    colleague = MembershipFactory(review=review_world.review, role=ReviewRole.PARTICIPANT).user
    url = url_for(review_world, ROUTES[url_name])
    client = client_for(colleague)

    response = client.post(url) if DOC_URLS[url_name][1] == "POST" else client.get(url)

    assert response.status_code == 404
    listing = client.get(url_for(review_world, ROUTES["evidence:my_conversation_list"]))
    assert listing.status_code == 200
    assert url.split("/my-conversations/")[1].split("/")[0] not in listing.content.decode()


@pytest.mark.parametrize("url_name", TEAM_CONVERSATION_ROUTES)
def test_a_participant_gets_403_on_the_team_conversation_pages(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client], url_name: str
) -> None:
    # Even the participant the conversation is shared with reads it only through their own pages.
    url = url_for(review_world, ROUTES[url_name])
    client = client_for(review_world.participant)

    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403


# --- drafts: a recipient sees only the drafts shared with them -----------------------------

RECIPIENT_DRAFT_ROUTES = sorted(
    name
    for name, (permission, _) in DOC_URLS.items()
    if permission == "draft.comment" and "draft_id" in ROUTES[name].kwargs
)


@pytest.mark.parametrize("url_name", RECIPIENT_DRAFT_ROUTES)
def test_a_participant_gets_404_on_a_draft_not_shared_with_them(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client], url_name: str
) -> None:
    from tests.world import world_drafts

    shared, unshared = world_drafts(review_world)
    url = url_for(review_world, ROUTES[url_name]).replace(str(shared.uuid), str(unshared.uuid))
    client = client_for(review_world.participant)

    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    listing = client.get(url_for(review_world, ROUTES["drafts:shared_draft_list"]))
    assert str(shared.uuid) in listing.content.decode()
    assert str(unshared.uuid) not in listing.content.decode()
