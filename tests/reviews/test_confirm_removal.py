"""One "Are you sure you want to remove …?" page and view helper (reviews/pages.py
`confirm_removal`, govuk/components/confirm_removal.html) serve every removal."""

from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.reviews.models import ResearchQuestion
from tests.pages import main_text, notification_banners
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]
SOURCE = Path(__file__).resolve().parents[2] / "src" / "casewindow"
pytestmark = pytest.mark.django_db


def _url(name: str, world: ReviewWorld, *args: object) -> str:
    return reverse(f"reviews:{name}", args=[world.review.reference, *args])


def test_no_template_writes_the_removal_buttons_by_hand() -> None:
    by_hand = [
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.html")
        if "Yes, remove</button>" in path.read_text()
    ]
    assert by_hand == ["templates/govuk/components/confirm_removal.html"]


def test_the_page_asks_then_the_post_removes_and_says_so(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    client = client_for(review_world.reviewer)
    page = _url("question_delete", review_world, review_world.question.uuid)
    shown = client.get(page)
    text = main_text(shown)
    assert "Are you sure you want to remove research question 1?" in text
    assert review_world.question.text in text
    html = shown.content.decode()
    assert f'href="{_url("review_home", review_world)}">No, go back</a>' in html
    response = client.post(page, follow=True)
    assert "Research question 1 removed" in notification_banners(response)
    assert not ResearchQuestion.objects.filter(pk=review_world.question.pk).exists()
