"""A review shows its statutory dates in working days; a partnership keeps its closure days."""

import datetime
from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.process.models import ClosureDay
from casewindow.process.selectors.clock import review_due_dates
from tests.world import ReviewWorld

D = datetime.date


def test_review_home_shows_the_rapid_review_date_across_christmas(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    review.notification_date = D(2026, 12, 16)
    review.save()

    dates = {due.key: due for due in review_due_dates(review, on=D(2027, 1, 6))}
    assert dates["rapid_review"].due == D(2027, 1, 11)
    assert dates["rapid_review"].phrase == "Due in 3 working days"

    page = client_for(review_world.participant).get(
        reverse("reviews:review_home", args=[review.reference])
    )
    assert "Mon 11 January 2027" in page.content.decode()


def test_a_partnership_closure_day_moves_the_due_date(review_world: ReviewWorld) -> None:
    review = review_world.review
    review.notification_date = D(2026, 12, 16)
    review.save()
    ClosureDay.objects.create(partnership=review.partnership, date=D(2026, 12, 29), reason="Shut")

    dates = {due.key: due for due in review_due_dates(review, on=D(2026, 12, 1))}
    assert dates["rapid_review"].due == D(2027, 1, 12)


def test_business_manager_adds_a_closure_day_and_a_member_cannot(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    url = reverse("process:closure_days", args=[review_world.partnership.uuid])
    data = {"date_day": "29", "date_month": "12", "date_year": "2026", "reason": "Office closed"}

    assert client_for(review_world.lead).post(url, data).status_code == 302
    assert client_for(review_world.lead).post(url, data).status_code == 200  # same day twice
    assert client_for(review_world.board_reader).post(url, data).status_code == 403
    assert ClosureDay.objects.filter(partnership=review_world.partnership).count() == 1


def test_key_dates_in_the_wrong_order_are_refused(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    url = reverse("reviews:review_edit", args=[review.reference])
    data = {
        "title": review.title,
        "review_type": review.review_type,
        "incident_date_day": "10",
        "incident_date_month": "12",
        "incident_date_year": "2026",
        "notification_date_day": "5",
        "notification_date_month": "12",
        "notification_date_year": "2026",
    }
    response = client_for(review_world.lead).post(url, data)
    assert response.status_code == 200
    assert "must be the same as or after the incident" in response.content.decode()
    review.refresh_from_db()
    assert review.notification_date is None
