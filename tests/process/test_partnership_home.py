"""The partnership home: every review with its next statutory date, what is due and overdue,
and every recommendation's actions across reviews, filterable, with a CSV download."""

import datetime
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casewindow.accounts.models import ReviewRole, User
from casewindow.process.selectors.partnership_home import ActionFilter, partnership_home
from tests.analysis.factories import ActionItemFactory, RecommendationFactory
from tests.factories import AgencyFactory, MembershipFactory, ReviewFactory
from tests.world import ReviewWorld


def _today() -> datetime.date:
    """Today where the app reckons it (the local date), read at the moment of use: a module
    constant goes stale when a run crosses midnight."""
    return timezone.localdate()


@pytest.fixture
def two_reviews(review_world: ReviewWorld) -> ReviewWorld:
    """The world's review with an overdue action of its agency, and a second review of the
    partnership (whose lead is someone else) with an action not yet due."""
    overdue = RecommendationFactory(review=review_world.review, owner_agency=review_world.agency)
    ActionItemFactory(
        recommendation=overdue,
        text="Audit strategy discussions",
        due_date=_today() - datetime.timedelta(days=10),
    )
    other = ReviewFactory(
        partnership=review_world.partnership,
        reference="RR-OTHER",
        review_type="rapid",
        notification_date=_today() - datetime.timedelta(days=3),
    )
    MembershipFactory(review=other, role=ReviewRole.LEAD_REVIEWER)
    agency = AgencyFactory(review=other, name="Northshire Police")
    later = RecommendationFactory(review=other, owner_agency=agency)
    ActionItemFactory(
        recommendation=later,
        text="Train call handlers",
        due_date=_today() + datetime.timedelta(days=60),
    )
    return review_world


def _home(client: Client, world: ReviewWorld, query: str = "") -> str:
    url = reverse("process:partnership_home", args=[world.partnership.uuid]) + query
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_business_manager_sees_every_review_and_the_overdue_action(
    two_reviews: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    page = _home(client_for(two_reviews.lead), two_reviews)

    assert two_reviews.review.reference in page
    assert "RR-OTHER" in page
    assert "Rapid review completed and sent to the panel" in page  # RR-OTHER's next date
    assert "Audit strategy discussions" in page
    assert "Train call handlers" in page
    assert 'data-testid="overdue-count">1<' in page


def test_board_reader_of_one_review_oversees_the_partnership(
    two_reviews: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    assert "RR-OTHER" in _home(client_for(two_reviews.board_reader), two_reviews)


@pytest.mark.parametrize("role", [ReviewRole.REVIEWER, ReviewRole.PARTICIPANT, ReviewRole.OBSERVER])
def test_a_member_of_one_review_sees_nothing_of_another_through_the_home(
    two_reviews: ReviewWorld, client_for: Callable[[User | None], Client], role: str
) -> None:
    client = client_for(two_reviews.users[role])
    for name in ("process:partnership_home", "process:partnership_actions_csv"):
        response = client.get(reverse(name, args=[two_reviews.partnership.uuid]))
        assert response.status_code == 403
        assert b"RR-OTHER" not in response.content
        assert b"Train call handlers" not in response.content


def test_actions_filter_by_agency_and_status(
    two_reviews: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    client = client_for(two_reviews.lead)
    police = _home(client, two_reviews, "?agency=Northshire+Police").split('data-testid="actions"')[
        1
    ]
    assert "Train call handlers" in police and "Audit strategy discussions" not in police
    late = _home(client, two_reviews, "?status=overdue").split('data-testid="actions"')[1]
    assert "Audit strategy discussions" in late and "Train call handlers" not in late

    home = partnership_home(
        partnership=two_reviews.partnership,
        reviews=two_reviews.partnership.reviews.all(),
        today=_today(),
        filters=ActionFilter(),
    )
    assert home.overdue_by_agency == [(two_reviews.agency.name, 1)]


def test_csv_lists_the_filtered_actions_with_their_owner_and_due_date(
    two_reviews: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    url = reverse("process:partnership_actions_csv", args=[two_reviews.partnership.uuid])
    response = client_for(two_reviews.board_reader).get(url + "?status=overdue")

    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].startswith("Review,Recommendation,Agency,Action,Owner,Due date")
    assert len(lines) == 2
    assert "Audit strategy discussions" in lines[1] and ",yes" in lines[1]


def test_an_outsider_gets_404(
    two_reviews: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    url = reverse("process:partnership_home", args=[two_reviews.partnership.uuid])
    assert client_for(two_reviews.outsider).get(url).status_code == 404


def test_a_lead_reviewer_outside_the_partnership_finds_its_home_from_their_dashboard(
    two_reviews: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    from casewindow.reviews.models import Review

    lead = Review.objects.get(reference="RR-OTHER").memberships.get().user
    dashboard = client_for(lead).get(reverse("reviews:dashboard")).content.decode()
    home = reverse("process:partnership_home", args=[two_reviews.partnership.uuid])
    assert home in dashboard
    assert (
        home
        not in client_for(two_reviews.reviewer).get(reverse("reviews:dashboard")).content.decode()
    )
