"""The demo partnership's year: three reviews at different stages, with dates relative to
today, meetings and an overdue action on the partnership home."""

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.demo.loader import demo_load
from casewindow.process.models import Meeting


@pytest.mark.django_db
def test_demo_partnership_home_shows_three_reviews_meetings_and_an_overdue_action() -> None:
    review, _ = demo_load()
    partnership = review.partnership
    stages = set(partnership.reviews.values_list("stage", flat=True))
    assert partnership.reviews.count() >= 3 and len(stages) >= 3
    assert Meeting.objects.filter(review__partnership=partnership).count() >= 2

    client = Client()
    client.force_login(User.objects.get(email="lead@demo.casewindow.test"))
    page = client.get(reverse("process:partnership_home", args=[partnership.uuid]))
    html = page.content.decode()
    assert "NSCP-RR-2026-07" in html and "NSCP-2024-11" in html
    assert "Add the neglect screening tool to the assessment template" in html
    assert 'data-testid="overdue-by-agency"' in html
