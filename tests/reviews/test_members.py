"""The review team and case group: adding people (and inviting new ones), changing roles and
removing members."""

import re
from collections.abc import Callable

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import Membership, ReviewRole, User
from casewindow.audit.models import AuditAction, AuditEvent
from tests.factories import AgencyFactory, MembershipFactory, ReviewFactory, UserFactory
from tests.pages import error_summary, main_text, notification_banners
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]
NEW_PASSWORD = "a-brand-new-password-77"


def url(name: str, world: ReviewWorld, *args: object) -> str:
    return reverse(f"reviews:{name}", args=[world.review.reference, *args])


def add(world: ReviewWorld, client: Client, **data: object) -> object:
    post = {
        "email": "",
        "full_name": "A Colleague",
        "job_title": "",
        "role": ReviewRole.REVIEWER,
        "agency": "",
        **data,
    }
    return client.post(url("member_add", world), post)


def test_adding_an_existing_user_by_email_makes_them_a_member(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    colleague = UserFactory(email="colleague@example.test")

    response = add(review_world, client_for(review_world.lead), email="Colleague@Example.TEST")

    assert response.status_code == 302
    assert (
        Membership.objects.get(review=review_world.review, user=colleague).role
        == ReviewRole.REVIEWER
    )
    [told] = mail.outbox  # they already have a password: told, not invited
    assert told.to == ["colleague@example.test"]
    event = AuditEvent.objects.get(action=AuditAction.CREATE, object_type="accounts.Membership")
    assert event.changes == {"role": [None, "reviewer"], "user": [None, "colleague@example.test"]}


def test_the_added_member_can_open_the_review(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    colleague = UserFactory()
    add(review_world, client_for(review_world.lead), email=colleague.email)

    assert client_for(colleague).get(url("review_home", review_world)).status_code == 200


def test_adding_someone_new_creates_an_account_and_emails_a_link_to_set_a_password(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    response = add(
        review_world,
        client_for(review_world.lead),
        email="new.person@example.test",
        full_name="New Person",
        role=ReviewRole.PARTICIPANT,
        agency=review_world.agency.pk,
    )

    assert response.status_code == 302
    user = User.objects.get(email="new.person@example.test")
    assert user.full_name == "New Person"
    assert not user.has_usable_password()
    membership = Membership.objects.get(review=review_world.review, user=user)
    assert (membership.role, membership.agency) == (ReviewRole.PARTICIPANT, review_world.agency)
    [message] = mail.outbox
    assert message.to == ["new.person@example.test"]
    assert message.subject == (
        f"You have been added to review {review_world.review.reference} in Casewindow"
    )


def test_the_invitation_link_lets_the_new_member_set_a_password_and_sign_in(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    add(
        review_world,
        client_for(review_world.lead),
        email="new.person@example.test",
        full_name="New Person",
    )
    [message] = mail.outbox
    link = re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)

    browser = client_for(None)
    form_page = browser.get(link, follow=True)
    assert "Choose your password" in main_text(form_page)
    saved = browser.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert saved.status_code == 302
    # Signed in straight away, and taken to their home page.
    assert saved["Location"] == reverse("reviews:dashboard")
    assert browser.get(url("review_home", review_world)).status_code == 200

    browser.post(reverse("accounts:logout"))
    signed_in = browser.post(
        reverse("accounts:login"), {"username": "new.person@example.test", "password": NEW_PASSWORD}
    )
    assert signed_in.status_code == 302
    # The link works once.
    assert "This link has expired" in main_text(client_for(None).get(link, follow=True))


def test_adding_someone_new_without_a_name_asks_for_their_name(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    response = add(
        review_world, client_for(review_world.lead), email="new.person@example.test", full_name=""
    )

    assert response.status_code == 200
    assert error_summary(response) == ["Enter the person's full name"]
    assert not User.objects.filter(email="new.person@example.test").exists()
    assert mail.outbox == []


def test_adding_someone_who_is_already_a_member_is_refused(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    observer = review_world.observer

    response = add(review_world, client_for(review_world.lead), email=observer.email)

    assert error_summary(response) == [f"{observer} is already a member of this review"]
    assert (
        Membership.objects.get(review=review_world.review, user=observer).role
        == ReviewRole.OBSERVER
    )


def test_a_member_cannot_be_tied_to_an_agency_of_another_review(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    foreign = AgencyFactory(review=ReviewFactory())

    response = add(
        review_world,
        client_for(review_world.lead),
        email=UserFactory().email,
        role=ReviewRole.PARTICIPANT,
        agency=foreign.pk,
    )

    assert response.status_code == 200
    assert len(error_summary(response)) == 1
    assert review_world.review.memberships.count() == len(ReviewRole)


def test_the_last_lead_reviewer_cannot_be_demoted(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    lead_membership = review_world.memberships[ReviewRole.LEAD_REVIEWER]

    response = client_for(review_world.lead).post(
        url("member_edit", review_world, lead_membership.uuid),
        {"role": ReviewRole.REVIEWER, "agency": ""},
    )

    assert response.status_code == 200
    assert error_summary(response) == ["A review must keep at least one lead reviewer"]
    lead_membership.refresh_from_db()
    assert lead_membership.role == ReviewRole.LEAD_REVIEWER


def test_the_last_lead_reviewer_cannot_be_removed(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    lead_membership = review_world.memberships[ReviewRole.LEAD_REVIEWER]

    response = client_for(review_world.lead).post(
        url("member_remove", review_world, lead_membership.uuid)
    )

    assert response.status_code == 200
    assert error_summary(response) == ["A review must keep at least one lead reviewer"]
    assert Membership.objects.filter(pk=lead_membership.pk).exists()


def test_a_lead_reviewer_can_step_down_once_there_is_another(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    MembershipFactory(review=review_world.review, role=ReviewRole.LEAD_REVIEWER)
    lead_membership = review_world.memberships[ReviewRole.LEAD_REVIEWER]

    response = client_for(review_world.lead).post(
        url("member_edit", review_world, lead_membership.uuid),
        {"role": ReviewRole.REVIEWER, "agency": ""},
    )

    assert response.status_code == 302
    lead_membership.refresh_from_db()
    assert lead_membership.role == ReviewRole.REVIEWER
    event = AuditEvent.objects.get(action=AuditAction.UPDATE, object_id=str(lead_membership.uuid))
    assert event.changes == {"role": ["lead_reviewer", "reviewer"]}


def test_changing_a_role_changes_what_the_member_may_do(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    observer = review_world.memberships[ReviewRole.OBSERVER]
    client = client_for(review_world.observer)
    assert client.get(url("agency_add", review_world)).status_code == 403

    client_for(review_world.lead).post(
        url("member_edit", review_world, observer.uuid), {"role": ReviewRole.REVIEWER, "agency": ""}
    )

    assert client.get(url("agency_add", review_world)).status_code == 200


def test_a_removed_member_gets_404_for_the_review(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    reviewer = review_world.memberships[ReviewRole.REVIEWER]
    their_client = client_for(review_world.reviewer)
    assert their_client.get(url("review_home", review_world)).status_code == 200

    response = client_for(review_world.lead).post(url("member_remove", review_world, reviewer.uuid))

    assert response.status_code == 302
    assert not Membership.objects.filter(pk=reviewer.pk).exists()
    for name in ["review_home", "agency_list", "person_list", "member_list"]:
        assert their_client.get(url(name, review_world)).status_code == 404, name
    event = AuditEvent.objects.get(action=AuditAction.DELETE, object_id=str(reviewer.uuid))
    assert event.changes == {
        "role": ["reviewer", None],
        "user": [review_world.reviewer.email, None],
    }


def test_removing_a_member_asks_for_confirmation_first(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    observer = review_world.memberships[ReviewRole.OBSERVER]

    response = client_for(review_world.lead).get(url("member_remove", review_world, observer.uuid))

    assert f"Are you sure you want to remove {review_world.observer} (Observer)" in main_text(
        response
    )
    assert Membership.objects.filter(pk=observer.pk).exists()


@pytest.mark.parametrize("role", ["reviewer", "observer", "board_reader"])
def test_the_team_list_shows_every_member(
    review_world: ReviewWorld, client_for: ClientFor, role: str
) -> None:
    text = main_text(client_for(getattr(review_world, role)).get(url("member_list", review_world)))

    for role_key in ReviewRole:
        assert review_world.users[role_key].full_name in text


def test_an_email_address_too_long_for_an_account_is_refused(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    too_long = "a" * 64 + "@" + ("b" * 63 + ".") * 3 + "test"  # well-formed, 261 characters

    response = add(
        review_world, client_for(review_world.lead), email=too_long, full_name="Long Name"
    )

    assert response.status_code == 200
    [message] = error_summary(response)
    assert "at most 254 characters" in message
    assert not User.objects.filter(full_name="Long Name").exists()


def test_the_answer_is_the_same_whether_or_not_the_address_has_an_account(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    """The lead learns nothing of an account they did not know about: the form asks the name
    either way and the answer repeats what they typed, never the stored name."""
    UserFactory(email="known@example.test", full_name="Stored Name Elsewhere")
    client = client_for(review_world.lead)

    banners = []
    for email, name in (("known@example.test", "Pat Known"), ("new@example.test", "Pat New")):
        add(review_world, client, email=email, full_name=name)
        banners += notification_banners(client.get(url("member_list", review_world)))

    assert banners == [
        "Pat Known (known@example.test) added to the review as reviewer. "
        "They have been e-mailed about it.",
        "Pat New (new@example.test) added to the review as reviewer. "
        "They have been e-mailed about it.",
    ]
    assert "Stored Name Elsewhere" not in "".join(banners)
    refused = add(review_world, client, email="other@example.test", full_name="")
    assert refused.status_code == 200
