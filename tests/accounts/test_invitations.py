"""Adding someone to a partnership by e-mail address discloses nothing about the address: the
business manager gets the same answer and the same page whether or not it has an account, and
the person's stored name shows only once they accept. Invitations are limited per hour."""

import re
from collections.abc import Callable

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import (
    PartnershipInvitation,
    PartnershipMembership,
    PartnershipRole,
    User,
)
from casewindow.audit.models import AuditEvent
from tests.factories import PASSWORD, PartnershipMembershipFactory, UserFactory
from tests.pages import error_summary, main_text, notification_banners

pytestmark = pytest.mark.django_db

ClientFor = Callable[[User | None], Client]
NEW_PASSWORD = "a-brand-new-password-77"


@pytest.fixture
def manager() -> PartnershipMembership:
    return PartnershipMembershipFactory(role=PartnershipRole.MANAGER)


def invite(client: Client, manager: PartnershipMembership, email: str):
    url = reverse("accounts:partnership_member_add", args=[manager.partnership.uuid])
    return client.post(url, {"email": email, "role": PartnershipRole.MEMBER}, follow=True)


def link_in(message: mail.EmailMessage) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def _without_csrf(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_the_answer_is_the_same_whether_or_not_the_address_has_an_account(
    client_for: ClientFor, manager: PartnershipMembership
) -> None:
    UserFactory(email="known@example.test", full_name="Secret Stored Name")
    client = client_for(manager.user)

    known = invite(client, manager, "known@example.test")
    unknown = invite(client, manager, "unknown@example.test")

    assert notification_banners(known) == [
        "Invitation sent to known@example.test. They will appear as a member once they accept it."
    ]
    assert notification_banners(unknown) == [
        notification_banners(known)[0].replace("known@", "unknown@")
    ]
    assert "Secret Stored Name" not in known.content.decode()
    # The partnership page lists both the same way, as addresses waiting to accept.
    detail = client.get(reverse("accounts:partnership_detail", args=[manager.partnership.uuid]))
    assert "Secret Stored Name" not in detail.content.decode()
    waiting = _without_csrf(detail.content.decode()).split('id="invitations"')[1]
    assert "known@example.test" in waiting and "unknown@example.test" in waiting
    # Both e-mails are the same apart from the link.
    known_mail, unknown_mail = mail.outbox
    assert known_mail.subject == unknown_mail.subject
    assert re.sub(r"\S+/invitations/\S+", "", known_mail.body) == re.sub(
        r"\S+/invitations/\S+", "", unknown_mail.body
    )
    assert "Secret Stored Name" not in known_mail.body
    # Nothing is a member yet, and no account was made.
    assert not PartnershipMembership.objects.filter(user__email="known@example.test").exists()
    assert not User.objects.filter(email="unknown@example.test").exists()


def test_an_existing_account_joins_after_signing_in_and_accepting(
    client_for: ClientFor, manager: PartnershipMembership
) -> None:
    invitee = UserFactory(email="known@example.test", full_name="Kim Known")
    invite(client_for(manager.user), manager, invitee.email)
    link = link_in(mail.outbox[0])
    browser = Client()

    # Not signed in: sent to sign in first, then back to the link.
    response = browser.get(link)
    assert response["Location"].startswith(reverse("accounts:login"))
    browser.post(
        response["Location"], {"username": invitee.email, "password": PASSWORD, "next": link}
    )
    assert "Join" in main_text(browser.get(link))
    assert not PartnershipMembership.objects.filter(user=invitee).exists()
    response = browser.post(link)

    assert response["Location"] == reverse(
        "accounts:partnership_detail", args=[manager.partnership.uuid]
    )
    membership = PartnershipMembership.objects.get(user=invitee)
    assert membership.role == PartnershipRole.MEMBER
    assert AuditEvent.objects.filter(actor=invitee, summary__startswith="Accepted").exists()
    # Now the manager sees their name; the link does not work twice.
    detail = client_for(manager.user).get(
        reverse("accounts:partnership_detail", args=[manager.partnership.uuid])
    )
    assert "Kim Known" in detail.content.decode()
    assert browser.get(link).status_code == 404


def test_someone_without_an_account_creates_one_from_the_link(
    manager: PartnershipMembership, client_for: ClientFor
) -> None:
    invite(client_for(manager.user), manager, "new@example.test")
    link = link_in(mail.outbox[0])
    browser = Client()

    mismatched = browser.post(
        link,
        {"full_name": "Nia New", "new_password1": NEW_PASSWORD, "new_password2": "other-one-99"},
    )
    assert error_summary(mismatched) == ["The two passwords are not the same"]
    response = browser.post(
        link,
        {"full_name": "Nia New", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    user = User.objects.get(email="new@example.test")
    assert user.full_name == "Nia New"
    assert PartnershipMembership.objects.filter(user=user, partnership=manager.partnership)
    assert browser.get(reverse("reviews:dashboard")).status_code == 200


def test_someone_signed_in_as_another_address_cannot_accept(
    manager: PartnershipMembership, client_for: ClientFor
) -> None:
    invitee = UserFactory(email="known@example.test")
    invite(client_for(manager.user), manager, invitee.email)
    link = link_in(mail.outbox[0])
    other = client_for(UserFactory())

    assert "for another e-mail address" in main_text(other.get(link))
    other.post(link)
    assert (
        not PartnershipMembership.objects.filter(partnership=manager.partnership)
        .exclude(pk=manager.pk)
        .exists()
    )


def test_a_wrong_or_expired_link_is_404(manager: PartnershipMembership, client_for) -> None:
    invite(client_for(manager.user), manager, "new@example.test")
    link = link_in(mail.outbox[0])

    assert Client().get(link[:-3] + "xyz/").status_code == 404
    PartnershipInvitation.objects.update(created_at="2000-01-01T00:00:00Z")
    assert Client().get(link).status_code == 404


def test_only_a_hash_of_the_links_secret_is_stored(
    manager: PartnershipMembership, client_for
) -> None:
    invite(client_for(manager.user), manager, "new@example.test")
    token = link_in(mail.outbox[0]).rstrip("/").rsplit("/", 1)[1]

    invitation = PartnershipInvitation.objects.get()
    assert token not in invitation.token_hash and len(invitation.token_hash) == 64


def test_invitations_are_limited_per_user_per_hour(
    client_for: ClientFor, manager: PartnershipMembership
) -> None:
    client = client_for(manager.user)
    limit = settings.CASEWINDOW_INVITATIONS_PER_HOUR

    for n in range(limit):
        invite(client, manager, f"person{n}@example.test")
    refused = invite(client, manager, "one-too-many@example.test")

    assert error_summary(refused) == [
        f"You have sent {limit} invitations in the last hour, the most allowed. Try again later."
    ]
    assert len(mail.outbox) == limit
    assert not PartnershipInvitation.objects.filter(email="one-too-many@example.test").exists()
