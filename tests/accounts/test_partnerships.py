"""Partnerships: creating one, seeing its reviews and adding people to it."""

from collections.abc import Callable

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import (
    Partnership,
    PartnershipMembership,
    PartnershipRole,
    ReviewRole,
    User,
)
from tests.factories import (
    MembershipFactory,
    PartnershipMembershipFactory,
    ReviewFactory,
    UserFactory,
)
from tests.pages import error_summary, main_text

pytestmark = pytest.mark.django_db

ClientFor = Callable[[User | None], Client]


def test_whoever_creates_a_partnership_becomes_its_business_manager(client_for: ClientFor) -> None:
    user = UserFactory()

    response = client_for(user).post(
        reverse("accounts:partnership_create"), {"name": "Westshire Partnership"}
    )

    partnership = Partnership.objects.get(name="Westshire Partnership")
    assert response["Location"] == reverse("accounts:partnership_detail", args=[partnership.uuid])
    assert (
        PartnershipMembership.objects.get(partnership=partnership).role == PartnershipRole.MANAGER
    )
    assert client_for(user).get(reverse("reviews:review_create")).status_code == 200


def test_a_partnership_name_can_be_used_only_once(client_for: ClientFor) -> None:
    PartnershipMembershipFactory(partnership__name="Westshire Partnership")

    response = client_for(UserFactory()).post(
        reverse("accounts:partnership_create"), {"name": "WESTSHIRE PARTNERSHIP"}
    )

    assert error_summary(response) == ["A partnership called WESTSHIRE PARTNERSHIP already exists"]
    assert Partnership.objects.count() == 1


def test_a_partnership_page_lists_only_the_reviews_the_member_belongs_to(
    client_for: ClientFor,
) -> None:
    membership = PartnershipMembershipFactory(role=PartnershipRole.MEMBER)
    mine = ReviewFactory(partnership=membership.partnership, title="A review I am in")
    ReviewFactory(partnership=membership.partnership, title="A review I am not in")
    MembershipFactory(review=mine, user=membership.user, role=ReviewRole.OBSERVER)

    text = main_text(
        client_for(membership.user).get(
            reverse("accounts:partnership_detail", args=[membership.partnership.uuid])
        )
    )

    assert "A review I am in" in text
    assert "A review I am not in" not in text


def test_a_business_manager_invites_a_new_person_by_email(client_for: ClientFor) -> None:
    # They join once they accept (tests/accounts/test_invitations.py); until then there is
    # neither an account nor a membership.
    manager = PartnershipMembershipFactory(role=PartnershipRole.MANAGER)
    url = reverse("accounts:partnership_member_add", args=[manager.partnership.uuid])

    response = client_for(manager.user).post(
        url, {"email": "newcomer@example.test", "role": PartnershipRole.MEMBER}
    )

    assert response.status_code == 302
    assert not User.objects.filter(email="newcomer@example.test").exists()
    assert not PartnershipMembership.objects.filter(user__email="newcomer@example.test").exists()
    [message] = mail.outbox
    assert message.to == ["newcomer@example.test"]


def test_adding_someone_already_in_the_partnership_is_refused(client_for: ClientFor) -> None:
    manager = PartnershipMembershipFactory(role=PartnershipRole.MANAGER)
    member = PartnershipMembershipFactory(
        partnership=manager.partnership, role=PartnershipRole.MEMBER
    )
    url = reverse("accounts:partnership_member_add", args=[manager.partnership.uuid])

    response = client_for(manager.user).post(
        url, {"email": member.user.email, "role": PartnershipRole.MANAGER}
    )

    assert error_summary(response) == [
        f"{member.user.email} is already a member of {manager.partnership}"
    ]
    member.refresh_from_db()
    assert member.role == PartnershipRole.MEMBER


def test_an_email_address_too_long_for_an_account_is_refused(client_for: ClientFor) -> None:
    manager = PartnershipMembershipFactory(role=PartnershipRole.MANAGER)
    url = reverse("accounts:partnership_member_add", args=[manager.partnership.uuid])
    too_long = "a" * 64 + "@" + ("b" * 63 + ".") * 3 + "test"  # well-formed, 261 characters

    response = client_for(manager.user).post(
        url, {"email": too_long, "role": PartnershipRole.MEMBER}
    )

    assert response.status_code == 200
    assert len(error_summary(response)) == 1
    assert not mail.outbox
