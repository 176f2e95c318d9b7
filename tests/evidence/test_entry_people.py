"""A reviewer links a chronology entry to the people of the register it is about; people named
in the entry are suggested; the chronology shows the links and can be filtered by them."""

import pytest
from django.urls import reverse

from casewindow.audit.models import AuditAction, AuditEvent
from tests.evidence.factories import ChronologyEntryFactory
from tests.factories import PersonFactory
from tests.pages import error_summary, main_text


@pytest.fixture
def entry(review_world):
    return ChronologyEntryFactory(
        review=review_world.review,
        agency=review_world.agency,
        description="Ryan arrested after an incident at the flat",
    )


def people_url(world, entry) -> str:
    return reverse("evidence:entry_people", args=[world.review.reference, entry.uuid])


def test_people_named_in_the_entry_are_suggested(review_world, client_for, entry) -> None:
    PersonFactory(review=review_world.review, real_name="Ryan Doherty", publication_label="Adult M")

    page = main_text(client_for(review_world.reviewer).get(people_url(review_world, entry)))

    assert "Adult M (Ryan Doherty) — named in this entry" in page


def test_a_reviewer_links_people_and_the_change_is_audited(review_world, client_for, entry) -> None:
    partner = PersonFactory(
        review=review_world.review, real_name="Ryan Doherty", publication_label="Adult M"
    )
    client = client_for(review_world.reviewer)

    response = client.post(people_url(review_world, entry), {"people": [partner.pk]})

    assert response.status_code == 302
    assert list(entry.people.all()) == [partner]
    event = AuditEvent.objects.get(action=AuditAction.UPDATE, object_id=str(entry.uuid))
    assert event.changes == {"people": [[], ["Adult M"]]}
    chronology = client.get(reverse("evidence:chronology", args=[review_world.review.reference]))
    assert "In the register: Adult M" in main_text(chronology)


def test_someone_from_another_review_cannot_be_linked(review_world, client_for, entry) -> None:
    stranger = PersonFactory()  # in another review's register

    response = client_for(review_world.reviewer).post(
        people_url(review_world, entry), {"people": [stranger.pk]}
    )

    assert response.status_code == 200
    assert error_summary(response)
    assert not entry.people.exists()
