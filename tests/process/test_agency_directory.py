"""A partnership keeps its agencies once and adds them to a review from the list."""

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.process.models import DirectoryAgency
from tests.factories import PartnershipFactory
from tests.world import ReviewWorld


def test_manager_keeps_an_agency_and_the_lead_adds_it_to_a_review(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    manager = client_for(review_world.lead)
    directory_url = reverse("process:agency_directory", args=[review_world.partnership.uuid])
    values = {
        "name": "Northshire Ambulance Service",
        "kind": "ambulance",
        "safeguarding_lead": "Sam Okafor",
        "safeguarding_lead_email": "sam.okafor@example.test",
    }
    assert manager.post(directory_url, values).status_code == 302
    again = manager.post(directory_url, {**values, "name": "northshire ambulance service"})
    assert "already has an agency called" in again.content.decode()
    entry = DirectoryAgency.objects.get(partnership=review_world.partnership)

    add_url = reverse("process:agencies_from_directory", args=[review_world.review.reference])
    assert "Northshire Ambulance Service" in manager.get(add_url).content.decode()
    assert manager.post(add_url, {"agencies": [entry.pk]}).status_code == 302

    agency = review_world.review.agencies.get(name="Northshire Ambulance Service")
    assert agency.kind == "ambulance"
    assert agency.contact == "Sam Okafor <sam.okafor@example.test>"
    # Already in the review: no longer offered.
    manager.get(reverse("reviews:agency_list", args=[review_world.review.reference]))  # message
    assert "Northshire Ambulance Service" not in manager.get(add_url).content.decode()


def test_another_partnerships_agency_cannot_be_added(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    elsewhere = DirectoryAgency.objects.create(
        partnership=PartnershipFactory(), name="Elsewhere Police", kind="police"
    )
    add_url = reverse("process:agencies_from_directory", args=[review_world.review.reference])
    response = client_for(review_world.lead).post(add_url, {"agencies": [elsewhere.pk]})
    assert response.status_code == 200
    assert not review_world.review.agencies.filter(name="Elsewhere Police").exists()


def test_board_reader_cannot_add_agencies(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    add_url = reverse("process:agencies_from_directory", args=[review_world.review.reference])
    assert client_for(review_world.board_reader).get(add_url).status_code == 403
