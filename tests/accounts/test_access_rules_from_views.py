"""Rules that lived in views and forms, now in accounts/access.py (issue 9): each pinned here
by what a user relies on; the pages that use them are covered by the matrix and page tests."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.test import RequestFactory

from casewindow.accounts import access
from casewindow.accounts.models import ReviewRole, User
from casewindow.accounts.roles import ROLE_PERMISSIONS
from casewindow.process.services.calendar import calendar_feed_make
from tests.factories import PartnershipFactory, UserFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


def _request(user: User | None) -> HttpRequest:
    request = RequestFactory().get("/accounts/partnerships/")
    request.user = user if user is not None else AnonymousUser()
    return request


def test_a_business_manager_resets_the_two_factor_of_anyone_in_the_partnership_or_its_reviews(
    review_world: ReviewWorld,
) -> None:
    lead = review_world.lead  # the partnership's business manager
    request = _request(lead)
    for person in (review_world.reviewer, review_world.board_reader, review_world.participant):
        assert (
            access.partnership_person_for_two_factor_reset(
                request, review_world.partnership, person.uuid
            )
            == person
        )


def test_two_factor_reset_gives_404_outside_the_partnership_and_403_for_oneself(
    review_world: ReviewWorld,
) -> None:
    request = _request(review_world.lead)
    with pytest.raises(Http404):
        access.partnership_person_for_two_factor_reset(
            request, review_world.partnership, review_world.outsider.uuid
        )
    # Someone of another partnership is not found through this one.
    with pytest.raises(Http404):
        access.partnership_person_for_two_factor_reset(
            request, PartnershipFactory(), review_world.reviewer.uuid
        )
    with pytest.raises(PermissionDenied, match="another business manager"):
        access.partnership_person_for_two_factor_reset(
            request, review_world.partnership, review_world.lead.uuid
        )


def test_a_calendar_feed_is_found_by_its_token_only_while_its_owner_is_active() -> None:
    user = UserFactory()
    token = calendar_feed_make(user=user)
    feed = access.calendar_feed_for_token(token)
    assert feed is not None and feed.user == user
    assert access.calendar_feed_for_token(token + "x") is None
    assert access.calendar_feed_for_token("x" * 101) is None
    calendar_feed_make(user=user)  # a new address: the old one stops working
    assert access.calendar_feed_for_token(token) is None
    token = calendar_feed_make(user=user)
    user.is_active = False
    user.save()
    assert access.calendar_feed_for_token(token) is None


def test_only_the_review_team_conducts_conversations_and_codes_agreement_checks(
    review_world: ReviewWorld,
) -> None:
    team = set(access.review_team_users(review_world.review))
    assert team == {
        review_world.users[ReviewRole.LEAD_REVIEWER],
        review_world.users[ReviewRole.REVIEWER],
    }


def test_real_names_are_shown_only_to_roles_that_see_the_people_register(
    review_world: ReviewWorld,
) -> None:
    shown = {
        role for role in ReviewRole if access.shows_real_names(access.Can(ROLE_PERMISSIONS[role]))
    }
    assert shown == {ReviewRole.LEAD_REVIEWER, ReviewRole.REVIEWER, ReviewRole.OBSERVER}


def test_a_chronology_upload_is_found_only_through_the_review_it_was_uploaded_into(
    review_world: ReviewWorld,
) -> None:
    import io
    import uuid

    from casewindow.evidence.services.chronology_upload import chronology_upload_create
    from tests.world import build_review_world

    upload = chronology_upload_create(
        actor=review_world.reviewer,
        review=review_world.review,
        agency=review_world.agency,
        fileobj=io.BytesIO(b"Date,Event\n01/02/2024,Home visit\n"),
        filename="chronology.csv",
    )
    assert access.chronology_upload_of(review_world.review, uuid.UUID(upload.uuid)) == upload
    with pytest.raises(Http404):
        access.chronology_upload_of(review_world.review, uuid.uuid4())
    with pytest.raises(Http404):
        access.chronology_upload_of(build_review_world().review, uuid.UUID(upload.uuid))
