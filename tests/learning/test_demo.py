"""The demo partnership's learning: three reviews (the demo review released by its lead, a
published review, a neighbouring partnership's review) on every learning page."""

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import ReviewRole, User
from casewindow.demo.learning import NATIONAL
from casewindow.demo.loader import demo_load
from casewindow.demo.partnership_year import PUBLISHED


@pytest.mark.django_db
def test_demo_board_reader_sees_three_reviews_learning_and_no_names() -> None:
    review, _ = demo_load()
    partnership = review.partnership
    board = User.objects.get(memberships__review=review, memberships__role=ReviewRole.BOARD_READER)
    client = Client()
    client.force_login(board)
    html = client.get(reverse("learning:repository", args=[partnership.uuid])).content.decode()
    for reference in (review.reference, PUBLISHED, NATIONAL):
        assert f'data-testid="review-{reference}"' in html
    for person in review.people.all():
        assert person.real_name not in html
    patterns = client.get(reverse("learning:patterns", args=[partnership.uuid])).content.decode()
    assert "Drawn from the learning of the 3 reviews" in patterns
    search = client.get(
        reverse("learning:search", args=[partnership.uuid]), {"q": "strategy"}
    ).content.decode()
    assert f'data-testid="hits-{NATIONAL}"' in search
    assert f'data-testid="hits-{review.reference}"' in search
