"""Setting a review up: its details, stage, research questions, agencies and people register."""

import datetime
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.reviews.models import (
    Agency,
    AgencyKind,
    Person,
    PersonCategory,
    ReviewType,
)
from tests.factories import AgencyFactory, PersonFactory, ReviewFactory
from tests.helpers import date_parts, date_post
from tests.pages import error_summary, main_text, notification_banners
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]


def url(name: str, world: ReviewWorld, *args: object) -> str:
    return reverse(f"reviews:{name}", args=[world.review.reference, *args])


# Review details and stage -----------------------------------------------------------------


def details(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "title": "Child B: a review",
        "review_type": ReviewType.RAPID_REVIEW,
        "terms_of_reference": "The review will look at how agencies shared information.",
        **date_post("scope_start", datetime.date(2024, 1, 1)),
        **date_post("scope_end", datetime.date(2024, 12, 31)),
        **date_post("incident_date", datetime.date(2024, 12, 31)),
    }
    data.update(overrides)
    return data


def test_a_reviewer_can_change_the_review_details(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    response = client_for(review_world.reviewer).post(url("review_edit", review_world), details())

    assert response.status_code == 302
    review_world.review.refresh_from_db()
    assert review_world.review.title == "Child B: a review"
    assert review_world.review.review_type == ReviewType.RAPID_REVIEW
    assert review_world.review.scope_end == datetime.date(2024, 12, 31)
    assert review_world.review.incident_date == datetime.date(2024, 12, 31)


def test_editing_scope_end_before_start_is_refused(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    data = details(**date_post("scope_end", datetime.date(2023, 12, 31)))

    response = client_for(review_world.reviewer).post(url("review_edit", review_world), data)

    assert error_summary(response) == ["Scope period end must be the same as or after the start"]
    review_world.review.refresh_from_db()
    assert review_world.review.scope_end is None


def test_editing_with_an_impossible_date_says_it_must_be_a_real_date(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    data = details(**date_parts("incident_date", 31, 2, 2024))

    response = client_for(review_world.reviewer).post(url("review_edit", review_world), data)

    assert error_summary(response) == ["Date of serious incident must be a real date"]


# Research questions -----------------------------------------------------------------------


def test_research_questions_are_numbered_in_order_and_renumbered_after_removal(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    client = client_for(review_world.reviewer)
    for text in ["Second question?", "Third question?"]:
        assert client.post(url("question_add", review_world), {"text": text}).status_code == 302
    first = review_world.question

    client.post(url("question_delete", review_world, first.uuid))

    numbered = list(review_world.review.research_questions.values_list("number", "text"))
    assert numbered == [(1, "Second question?"), (2, "Third question?")]


def test_changing_a_research_question_records_old_and_new_wording(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    question = review_world.question
    old = question.text

    client_for(review_world.reviewer).post(
        url("question_edit", review_world, question.uuid),
        {"text": "How was the child's voice heard?"},
    )

    event = AuditEvent.objects.get(action=AuditAction.UPDATE, object_id=str(question.uuid))
    assert event.changes == {"text": [old, "How was the child's voice heard?"]}


def test_confirming_removal_is_asked_before_a_question_is_removed(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    response = client_for(review_world.reviewer).get(
        url("question_delete", review_world, review_world.question.uuid)
    )

    assert "Are you sure you want to remove research question 1?" in main_text(response)
    assert review_world.review.research_questions.count() == 1


# Agencies ---------------------------------------------------------------------------------


def agency_data(**overrides: object) -> dict[str, object]:
    return {
        "name": "Eastshire Police",
        "kind": AgencyKind.POLICE,
        "publication_label": "",
        "contact": "",
        **overrides,
    }


def test_a_reviewer_adds_an_agency(review_world: ReviewWorld, client_for: ClientFor) -> None:
    response = client_for(review_world.reviewer).post(
        url("agency_add", review_world), agency_data(), follow=True
    )

    assert review_world.review.agencies.filter(
        name="Eastshire Police", kind=AgencyKind.POLICE
    ).exists()
    assert notification_banners(response) == ["Agency Eastshire Police saved"]


@pytest.mark.parametrize("name", ["Eastshire Police", "EASTSHIRE POLICE", "  eastshire police "])
def test_an_agency_name_can_be_used_only_once_in_a_review(
    review_world: ReviewWorld, client_for: ClientFor, name: str
) -> None:
    AgencyFactory(review=review_world.review, name="Eastshire Police")

    response = client_for(review_world.reviewer).post(
        url("agency_add", review_world), agency_data(name=name)
    )

    assert response.status_code == 200
    assert error_summary(response) == ["This review already has an agency called " + name.strip()]
    assert review_world.review.agencies.filter(name__iexact="eastshire police").count() == 1


def test_the_same_agency_name_is_fine_in_another_review(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    AgencyFactory(review=ReviewFactory(), name="Eastshire Police")

    response = client_for(review_world.reviewer).post(
        url("agency_add", review_world), agency_data()
    )

    assert response.status_code == 302
    assert Agency.objects.filter(name="Eastshire Police").count() == 2


def test_renaming_an_agency_to_its_own_name_in_other_capitals_is_allowed(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    agency = AgencyFactory(review=review_world.review, name="Eastshire police")

    response = client_for(review_world.reviewer).post(
        url("agency_edit", review_world, agency.uuid), agency_data()
    )

    assert response.status_code == 302
    agency.refresh_from_db()
    assert agency.name == "Eastshire Police"


def test_removing_an_agency_keeps_its_people_without_an_agency(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    person = review_world.person
    assert person.agency == review_world.agency

    response = client_for(review_world.reviewer).post(
        url("agency_delete", review_world, review_world.agency.uuid)
    )

    assert response.status_code == 302
    assert not Agency.objects.filter(pk=review_world.agency.pk).exists()
    person.refresh_from_db()
    assert person.agency is None


# People register --------------------------------------------------------------------------


def person_data(**overrides: object) -> dict[str, object]:
    return {
        "real_name": "Jane Smith",
        "aliases_text": "Janey\n\n  J Smith  \n",
        "category": PersonCategory.PARENT_CARER,
        "publication_label": "Mother",
        "agency": "",
        "job_title": "",
        **date_parts("date_of_birth"),
        "notes": "",
        **overrides,
    }


def test_a_reviewer_adds_someone_to_the_people_register(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    response = client_for(review_world.reviewer).post(
        url("person_add", review_world), person_data()
    )

    assert response.status_code == 302
    person = review_world.review.people.get(publication_label="Mother")
    assert person.real_name == "Jane Smith"
    assert person.aliases == ["Janey", "J Smith"]


@pytest.mark.parametrize("label", ["Mother", "mother", " MOTHER "])
def test_a_publication_label_can_be_used_only_once_in_a_review(
    review_world: ReviewWorld, client_for: ClientFor, label: str
) -> None:
    PersonFactory(review=review_world.review, publication_label="Mother")

    response = client_for(review_world.reviewer).post(
        url("person_add", review_world), person_data(publication_label=label)
    )

    assert response.status_code == 200
    assert error_summary(response) == [
        f"The publication label “{label.strip()}” is already used in this review"
    ]
    assert review_world.review.people.filter(publication_label__iexact="mother").count() == 1


def test_the_same_publication_label_is_fine_in_another_review(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    PersonFactory(review=ReviewFactory(), publication_label="Mother")

    response = client_for(review_world.reviewer).post(
        url("person_add", review_world), person_data()
    )

    assert response.status_code == 302
    assert Person.objects.filter(publication_label="Mother").count() == 2


def test_a_person_cannot_be_linked_to_an_agency_of_another_review(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    foreign = AgencyFactory(review=ReviewFactory())

    response = client_for(review_world.reviewer).post(
        url("person_add", review_world), person_data(agency=foreign.pk)
    )

    assert response.status_code == 200
    assert len(error_summary(response)) == 1
    assert not review_world.review.people.filter(publication_label="Mother").exists()


def test_participants_cannot_open_the_people_register(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    client = client_for(review_world.participant)

    assert client.get(url("person_list", review_world)).status_code == 403
    assert (
        client.get(url("person_detail", review_world, review_world.person.uuid)).status_code == 403
    )


@pytest.mark.parametrize("role", ["participant", "board_reader"])
def test_real_names_never_appear_on_pages_a_participant_or_board_reader_can_open(
    review_world: ReviewWorld, client_for: ClientFor, role: str
) -> None:
    client = client_for(getattr(review_world, role))
    real_name = review_world.person.real_name

    for name in ["review_home", "agency_list", "member_list"]:
        response = client.get(url(name, review_world))
        if response.status_code == 200:
            assert real_name not in response.content.decode(), name


def test_the_people_register_shows_real_names_to_the_review_team(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    response = client_for(review_world.observer).get(url("person_list", review_world))

    assert review_world.person.real_name in main_text(response)
    assert review_world.person.publication_label in main_text(response)


def test_editing_a_person_records_what_changed(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    person = review_world.person
    data = person_data(
        real_name=person.real_name,
        category=person.category,
        publication_label="Child Z",
        aliases_text="",
        agency=person.agency.pk,
    )

    client_for(review_world.reviewer).post(url("person_edit", review_world, person.uuid), data)

    event = AuditEvent.objects.get(action=AuditAction.UPDATE, object_id=str(person.uuid))
    assert event.changes == {"publication_label": [person.publication_label, "Child Z"]}
    assert event.actor == review_world.reviewer


def test_an_agency_whose_chronology_is_in_the_review_cannot_be_removed(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    from tests.evidence.factories import ChronologyEntryFactory

    ChronologyEntryFactory(review=review_world.review, agency=review_world.agency)
    client = client_for(review_world.lead)
    page = url("agency_delete", review_world, review_world.agency.uuid)

    # The page says so up front, with no button to press.
    shown = client.get(page).content.decode()
    assert "You cannot remove the agency" in shown and "Yes, remove" not in shown
    assert (
        f"{review_world.agency.name} cannot be removed: 1 entry of the integrated chronology "
        "came from its chronology. Withdraw its chronology imports"
    ) in shown

    response = client.post(page)
    assert response.status_code == 200
    assert review_world.review.agencies.filter(pk=review_world.agency.pk).exists()


def test_a_practitioner_with_recorded_conversations_cannot_be_removed(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    from tests.evidence.factories import ConversationFactory

    practitioner = ConversationFactory(review=review_world.review).practitioner

    response = client_for(review_world.lead).post(
        url("person_delete", review_world, practitioner.uuid)
    )

    assert response.status_code == 200
    assert error_summary(response) == [
        f"{practitioner.publication_label} cannot be removed: 1 conversation with them is "
        "recorded in this review"
    ]
    assert review_world.review.people.filter(pk=practitioner.pk).exists()
