"""The review set-up services' own rules, for callers other than the pages (commands, imports,
the API) that do not have a form in front of them."""

import pytest

from casewindow.accounts import services as account_services
from casewindow.accounts.models import ReviewRole
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.reviews import services
from casewindow.reviews.models import AgencyKind, PersonCategory, Review, ReviewType
from casewindow.reviews.services import memberships as membership_services
from tests.factories import (
    AgencyFactory,
    MembershipFactory,
    PartnershipFactory,
    PersonFactory,
    ResearchQuestionFactory,
    ReviewFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def test_review_create_stores_the_reference_in_capitals_and_refuses_duplicates() -> None:
    partnership = PartnershipFactory()
    review = services.review_create(
        actor=None,
        partnership=partnership,
        reference=" lcspr-7 ",
        title="Child S",
        review_type=ReviewType.PRACTICE_LEARNING,
    )
    assert review.reference == "LCSPR-7"

    with pytest.raises(services.ReviewError, match="Reference LCSPR-7 cannot be used"):
        services.review_create(
            actor=None,
            partnership=partnership,
            reference="Lcspr-7",
            title="Child T",
            review_type=ReviewType.PRACTICE_LEARNING,
        )
    assert Review.objects.count() == 1


def test_review_update_refuses_fields_that_are_not_details() -> None:
    review = ReviewFactory()

    with pytest.raises(services.ReviewError, match="Cannot change reference, stage"):
        services.review_update(
            actor=UserFactory(), review=review, reference="NEW-1", stage="closed"
        )


def test_review_set_stage_refuses_an_unknown_stage() -> None:
    with pytest.raises(services.ReviewError, match="Unknown stage 'finished'"):
        services.review_set_stage(actor=UserFactory(), review=ReviewFactory(), stage="finished")


def test_moving_to_the_stage_a_review_is_already_at_records_nothing() -> None:
    review = ReviewFactory()

    services.review_set_stage(actor=UserFactory(), review=review, stage=review.stage)

    assert not AuditEvent.objects.filter(action=AuditAction.UPDATE).exists()


def test_person_save_refuses_an_agency_of_another_review() -> None:
    review = ReviewFactory()
    values = {
        "real_name": "Jane Smith",
        "aliases": [],
        "category": PersonCategory.PROFESSIONAL,
        "publication_label": "Social Worker 1",
        "agency": AgencyFactory(),
    }

    with pytest.raises(services.ReviewError, match="That agency is not part of this review"):
        services.person_save(actor=UserFactory(), review=review, values=values)
    assert not review.people.exists()


def test_person_save_tidies_names_and_aliases() -> None:
    review = ReviewFactory()
    values = {
        "real_name": "  Jane Smith ",
        "aliases": [" Janey ", "", "  "],
        "category": PersonCategory.CHILD,
        "publication_label": "  Child J ",
    }

    person = services.person_save(actor=UserFactory(), review=review, values=values)

    assert (person.real_name, person.aliases, person.publication_label) == (
        "Jane Smith",
        ["Janey"],
        "Child J",
    )


def test_a_person_keeps_their_own_label_when_other_details_change() -> None:
    person = PersonFactory(publication_label="Child J")

    services.person_save(
        actor=UserFactory(),
        review=person.review,
        person=person,
        values={"publication_label": "child j", "real_name": "New Name", "aliases": []},
    )

    person.refresh_from_db()
    assert (person.publication_label, person.real_name) == ("child j", "New Name")


def test_agency_save_refuses_a_name_already_used_in_the_review() -> None:
    agency = AgencyFactory(name="Eastshire Police")

    with pytest.raises(services.ReviewError, match="already has an agency called eastshire police"):
        services.agency_save(
            actor=UserFactory(),
            review=agency.review,
            values={"name": "eastshire police", "kind": AgencyKind.POLICE},
        )


def test_removing_a_research_question_renumbers_the_later_ones() -> None:
    review = ReviewFactory()
    first, second, third = (ResearchQuestionFactory(review=review) for _ in range(3))

    services.research_question_delete(actor=UserFactory(), question=second)

    assert list(review.research_questions.values_list("text", "number")) == [
        (first.text, 1),
        (third.text, 2),
    ]


def test_membership_add_refuses_an_agency_of_another_review() -> None:
    review = ReviewFactory()

    with pytest.raises(
        account_services.MembershipError, match="That agency is not part of this review"
    ):
        membership_services.membership_add(
            actor=UserFactory(),
            review=review,
            user=UserFactory(),
            role=ReviewRole.PARTICIPANT,
            agency=AgencyFactory(),
        )
    assert not review.memberships.exists()


def test_membership_change_to_the_same_role_records_nothing() -> None:
    membership = MembershipFactory(role=ReviewRole.REVIEWER)

    membership_services.membership_change(
        actor=UserFactory(), membership=membership, role=ReviewRole.REVIEWER
    )

    assert not AuditEvent.objects.filter(action=AuditAction.UPDATE).exists()


def test_finding_a_user_by_email_ignores_case() -> None:
    user = UserFactory(email="jo@example.test")

    found, created = account_services.user_find_or_invite(email=" JO@Example.test ", full_name="")

    assert (found, created) == (user, False)
