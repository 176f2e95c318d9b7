"""The dashboard: the reviews a signed-in user belongs to, and nobody else's."""

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import ReviewRole, User
from tests.factories import MembershipFactory, ReviewFactory
from tests.pages import main_text
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]


@pytest.mark.django_db
def test_the_dashboard_lists_only_the_users_own_reviews(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    hidden = ReviewFactory(title="Child Z: somebody else's review")
    MembershipFactory(review=hidden, role=ReviewRole.LEAD_REVIEWER)

    text = main_text(client_for(review_world.participant).get(reverse("reviews:dashboard")))

    assert review_world.review.title in text
    assert hidden.title not in text
    assert hidden.reference not in text


@pytest.mark.django_db
def test_the_dashboard_offers_to_start_a_review_only_to_partnership_managers(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    create = reverse("reviews:review_create")

    assert (
        create in client_for(review_world.lead).get(reverse("reviews:dashboard")).content.decode()
    )
    assert (
        create
        not in client_for(review_world.board_reader)
        .get(reverse("reviews:dashboard"))
        .content.decode()
    )
