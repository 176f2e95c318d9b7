"""Starting a review from the "Start a review" page."""

import datetime
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import PartnershipRole, ReviewRole, User
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.reviews.models import Review, ReviewType
from tests.factories import PartnershipMembershipFactory, ReviewFactory, UserFactory
from tests.helpers import date_parts, date_post
from tests.pages import error_summary

pytestmark = pytest.mark.django_db

CREATE = reverse("reviews:review_create")


@pytest.fixture
def manager() -> User:
    return PartnershipMembershipFactory(role=PartnershipRole.MANAGER).user


def form_data(manager: User, **overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "partnership": manager.partnership_memberships.get(
            role=PartnershipRole.MANAGER
        ).partnership_id,
        "reference": "lcspr-2025-04",
        "title": "Child A: a Learning Together review",
        "review_type": ReviewType.LEARNING_TOGETHER,
        **date_post("scope_start", datetime.date(2024, 3, 1)),
        **date_post("scope_end", datetime.date(2025, 2, 14)),
    }
    data.update(overrides)
    return data


def test_creating_a_review_makes_the_creator_its_lead_reviewer(
    manager: User, client_for: Callable[[User | None], Client]
) -> None:
    response = client_for(manager).post(CREATE, form_data(manager))

    review = Review.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("reviews:review_home", args=[review.reference])
    assert review.reference == "LCSPR-2025-04"
    assert review.scope_start == datetime.date(2024, 3, 1)
    assert review.scope_end == datetime.date(2025, 2, 14)
    membership = review.memberships.get()
    assert (membership.user, membership.role) == (manager, ReviewRole.LEAD_REVIEWER)


def test_creating_a_review_is_recorded_in_its_audit_log(
    manager: User, client_for: Callable[[User | None], Client]
) -> None:
    client_for(manager).post(CREATE, form_data(manager))

    review = Review.objects.get()
    event = AuditEvent.objects.get(action=AuditAction.CREATE, review=review)
    assert event.actor == manager
    assert event.changes["reference"] == [None, "LCSPR-2025-04"]
    assert event.changes["title"] == [None, "Child A: a Learning Together review"]
    assert event.path == CREATE
    assert event.ip_address == "127.0.0.1"


def test_the_new_review_opens_for_its_creator(
    manager: User, client_for: Callable[[User | None], Client]
) -> None:
    client = client_for(manager)
    response = client.post(CREATE, form_data(manager), follow=True)

    assert response.status_code == 200
    assert "Review LCSPR-2025-04 created. You are its lead reviewer." in response.content.decode()


@pytest.mark.parametrize("existing", ["LCSPR-1", "lcspr-1"])
@pytest.mark.parametrize("entered", ["LCSPR-1", "lcspr-1", " Lcspr-1 "])
def test_a_reference_already_in_use_is_refused_whatever_its_case(
    manager: User, client_for: Callable[[User | None], Client], existing: str, entered: str
) -> None:
    ReviewFactory(reference=existing)

    response = client_for(manager).post(CREATE, form_data(manager, reference=entered))

    assert response.status_code == 200
    assert error_summary(response) == [REFERENCE_UNAVAILABLE]
    assert Review.objects.count() == 1


REFERENCE_UNAVAILABLE = (
    "Reference LCSPR-1 cannot be used. Choose another, for example with your partnership's "
    "initials in it"
)


def test_a_reference_in_another_partnership_gets_the_same_answer_as_one_in_your_own(
    manager: User, client_for: Callable[[User | None], Client]
) -> None:
    from casewindow.audit.models import AuditAction, AuditEvent

    own_partnership = manager.partnership_memberships.get().partnership
    ReviewFactory(reference="LCSPR-1", partnership=own_partnership)
    ReviewFactory(reference="OTHER-1")  # another partnership's review
    client = client_for(manager)

    own = client.post(CREATE, form_data(manager, reference="LCSPR-1"))
    other = client.post(CREATE, form_data(manager, reference="OTHER-1"))

    assert error_summary(own) == [REFERENCE_UNAVAILABLE]
    assert error_summary(other) == [REFERENCE_UNAVAILABLE.replace("LCSPR-1", "OTHER-1")]
    assert "exists" not in other.content.decode()
    # Trying another partnership's reference is noted as a security event, not shown.
    [event] = AuditEvent.objects.filter(actor=manager, action=AuditAction.SECURITY)
    assert "OTHER-1" in event.summary and event.review is None


@pytest.mark.parametrize("reference", ["AB", "LCSPR 1", "LCSPR/1", "-LCSPR-1", "LCSPR-1-", "RÉV-1"])
def test_a_reference_that_cannot_go_in_a_link_is_refused(
    manager: User, client_for: Callable[[User | None], Client], reference: str
) -> None:
    response = client_for(manager).post(CREATE, form_data(manager, reference=reference))

    assert response.status_code == 200
    assert error_summary(response) == [
        "Reference must be 3 to 40 letters, numbers and hyphens, "
        "starting and ending with a letter or number"
    ]
    assert not Review.objects.exists()


def test_an_over_long_reference_is_refused(
    manager: User, client_for: Callable[[User | None], Client]
) -> None:
    response = client_for(manager).post(CREATE, form_data(manager, reference="X" * 41))

    assert response.status_code == 200
    assert any("at most 40 characters" in message for message in error_summary(response))
    assert not Review.objects.exists()


def test_a_missing_reference_and_title_are_asked_for(
    manager: User, client_for: Callable[[User | None], Client]
) -> None:
    response = client_for(manager).post(CREATE, form_data(manager, reference="", title="  "))

    assert error_summary(response) == [
        "Enter a reference for the review, for example LCSPR-2025-04",
        "Enter the review's title",
    ]
    assert not Review.objects.exists()


def test_scope_end_before_its_start_is_refused(
    manager: User, client_for: Callable[[User | None], Client]
) -> None:
    data = form_data(
        manager,
        **date_post("scope_start", datetime.date(2025, 3, 1)),
        **date_post("scope_end", datetime.date(2025, 2, 28)),
    )

    response = client_for(manager).post(CREATE, data)

    assert error_summary(response) == ["Scope period end must be the same as or after the start"]
    assert not Review.objects.exists()


# What the error summary says for each: the missing or impossible part, in GOV.UK's words.
EXPECTED_DATE_ERRORS = {
    ("31", "2", "2024"): "Scope period start must be a real date",
    ("29", "2", "2023"): "Scope period start must be a real date",
    ("1", "13", "2024"): "Scope period start must be a real date",
    ("a", "3", "2024"): "Scope period start must be a real date",
    ("1", "3", "24"): "Year must include 4 numbers",
    ("", "3", "2024"): "Scope period start must include a day",
}


@pytest.mark.parametrize(
    ("day", "month", "year"),
    [
        ("31", "2", "2024"),
        ("29", "2", "2023"),
        ("1", "13", "2024"),
        ("a", "3", "2024"),
        ("1", "3", "24"),
        ("", "3", "2024"),
    ],
)
def test_a_date_that_is_not_a_real_date_is_refused(
    manager: User, client_for: Callable[[User | None], Client], day: str, month: str, year: str
) -> None:
    data = form_data(manager, **date_parts("scope_start", day, month, year))

    response = client_for(manager).post(CREATE, data)

    assert response.status_code == 200
    assert error_summary(response) == [EXPECTED_DATE_ERRORS[(day, month, year)]]
    assert not Review.objects.exists()


def test_a_review_can_only_be_started_in_a_partnership_the_user_manages(
    manager: User, client_for: Callable[[User | None], Client]
) -> None:
    elsewhere = PartnershipMembershipFactory(user=manager, role=PartnershipRole.MEMBER).partnership

    response = client_for(manager).post(CREATE, form_data(manager, partnership=elsewhere.pk))

    assert response.status_code == 200
    assert len(error_summary(response)) == 1
    assert not Review.objects.exists()


def test_someone_who_manages_no_partnership_cannot_start_a_review(
    client_for: Callable[[User | None], Client],
) -> None:
    membership = PartnershipMembershipFactory(role=PartnershipRole.MEMBER)
    manager = PartnershipMembershipFactory(
        partnership=membership.partnership, role=PartnershipRole.MANAGER
    ).user

    response = client_for(membership.user).post(CREATE, form_data(manager))

    assert response.status_code == 403
    assert not Review.objects.exists()


def test_the_review_reference_in_a_link_is_not_case_sensitive(
    manager: User, client_for: Callable[[User | None], Client]
) -> None:
    client = client_for(manager)
    client.post(CREATE, form_data(manager))

    assert client.get("/reviews/lcspr-2025-04/").status_code == 200


def test_the_create_page_offers_only_the_partnerships_the_user_manages(
    manager: User, client_for: Callable[[User | None], Client]
) -> None:
    managed = manager.partnership_memberships.get().partnership
    other = PartnershipMembershipFactory(user=manager, role=PartnershipRole.MEMBER).partnership
    UserFactory()

    page = client_for(manager).get(CREATE).content.decode()

    assert managed.name in page
    assert other.name not in page


def test_a_form_shown_again_keeps_the_date_that_was_typed(client_for, review_world) -> None:
    # The scope end is before the start: the form comes back with both dates still in the boxes.
    response = client_for(review_world.lead).post(
        reverse("reviews:review_edit", args=[review_world.review.reference]),
        {
            "title": "Child B",
            "review_type": "rapid",
            "scope_start_day": "1",
            "scope_start_month": "3",
            "scope_start_year": "2024",
            "scope_end_day": "31",
            "scope_end_month": "2",
            "scope_end_year": "2024",
        },
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="scope_start_day" value="1"' in html
    assert 'name="scope_end_day" value="31"' in html
    assert 'name="scope_end_month" value="2"' in html
