"""The review navigation is one list in reviews/pages.py, filtered by the role: each link is
shown exactly to the roles that may open the page it leads to (docs/access.md)."""

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.access import Can, P
from casewindow.accounts.models import ReviewRole, User
from casewindow.reviews.pages import REVIEW_NAVIGATION, review_navigation
from tests.accounts.test_access_matrix import DOC_URLS
from tests.world import ReviewWorld


def test_each_link_needs_the_permission_of_the_page_it_opens() -> None:
    for item in REVIEW_NAVIGATION:
        documented = DOC_URLS[item.url_name][0]
        assert str(item.permission or P.REVIEW_VIEW) == documented, item


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(ReviewRole))
def test_a_role_sees_exactly_the_links_it_may_open(review_world: ReviewWorld, role: str) -> None:
    can = Can.for_role(role)
    groups = review_navigation(review_world.review, can, "overview")
    shown = {link.href for group in groups for link in group.links}
    allowed = {
        reverse(item.url_name, args=[review_world.review.reference])
        for item in REVIEW_NAVIGATION
        if item.permission is None or item.permission in can
    }
    assert shown == allowed
    assert [g.key for g in groups] == [
        k
        for k in ("setup", "evidence", "analysis", "report")
        if any(
            item.group == k and (item.permission is None or item.permission in can)
            for item in REVIEW_NAVIGATION
        )
    ]


@pytest.mark.django_db
def test_a_role_that_may_open_only_the_overview_gets_no_navigation(
    review_world: ReviewWorld,
) -> None:
    assert review_navigation(review_world.review, Can({P.REVIEW_VIEW}), "overview") == []


@pytest.mark.django_db
def test_the_page_marks_its_own_section_current(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    page = client_for(review_world.participant).get(
        reverse("evidence:my_conversation_list", args=[review_world.review.reference])
    )
    html = page.content.decode()
    mine = reverse("evidence:my_conversation_list", args=[review_world.review.reference])
    assert f'href="{mine}" aria-current="page">My conversations</a>' in html
    assert reverse("evidence:chronology", args=[review_world.review.reference]) not in html
    assert "Drafts shared with you" in html
