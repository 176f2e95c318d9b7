"""After an import, each entry is linked (in the background) to the people of the register
named in it, so the integrated chronology can be filtered by person."""

import io

import pytest

from casewindow.evidence.models import ChronologyEntry
from casewindow.evidence.services.chronology_import import chronology_import_file
from tests.factories import AgencyFactory, PersonFactory, ReviewFactory

CSV = (
    b"Date,Event,Action\r\n"
    b"12/10/2024,Ryan arrested after an incident at Chloe Kowalski's flat,PPN submitted\r\n"
    b"14/10/2024,Notification received from the police,Strategy discussion\r\n"
)


@pytest.mark.django_db
def test_imported_entries_are_linked_to_the_people_named_in_them(
    django_capture_on_commit_callbacks,
) -> None:
    review = ReviewFactory()
    police = AgencyFactory(review=review, name="Police")
    mother = PersonFactory(review=review, real_name="Chloe Kowalski", publication_label="Mother")
    partner = PersonFactory(
        review=review, real_name="Ryan Doherty", aliases=["Ry"], publication_label="Adult M"
    )
    PersonFactory(review=review, real_name="Maria Kowalska", publication_label="Grandmother")

    with django_capture_on_commit_callbacks(execute=True):
        chronology_import_file(
            review=review, agency=police, fileobj=io.BytesIO(CSV), filename="police.csv"
        )

    incident = ChronologyEntry.objects.get(review=review, date_text="12/10/2024")
    notification = ChronologyEntry.objects.get(review=review, date_text="14/10/2024")
    assert set(incident.people.all()) == {mother, partner}
    assert not notification.people.exists()
