"""Signing in and out, and the lock-out after repeated wrong passwords (django-axes)."""

from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from tests.factories import PASSWORD, UserFactory
from tests.pages import error_summary, main_text

pytestmark = pytest.mark.django_db

ClientFor = Callable[[User | None], Client]
SIGN_IN = reverse("accounts:login")
SIGN_OUT = reverse("accounts:logout")
DASHBOARD = reverse("reviews:dashboard")


def sign_in(client: Client, email: str, password: str) -> object:
    return client.post(SIGN_IN, {"username": email, "password": password})


def test_signing_in_takes_you_to_your_reviews(client_for: ClientFor) -> None:
    user = UserFactory()
    client = client_for(None)

    response = sign_in(client, user.email, PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == DASHBOARD
    assert client.get(DASHBOARD).status_code == 200


def test_the_email_address_is_not_case_sensitive_when_signing_in(client_for: ClientFor) -> None:
    user = UserFactory(email="Jo.Bloggs@Example.test")
    assert user.email == "jo.bloggs@example.test"

    response = sign_in(client_for(None), "jo.bloggs@example.test", PASSWORD)

    assert response.status_code == 302


def test_signing_in_returns_you_to_the_page_you_asked_for(client_for: ClientFor) -> None:
    user = UserFactory()
    client = client_for(None)
    wanted = reverse("accounts:partnership_list")

    first = client.get(wanted)
    assert first["Location"] == f"{SIGN_IN}?next={wanted}"
    response = client.post(
        first["Location"], {"username": user.email, "password": PASSWORD, "next": wanted}
    )

    assert response["Location"] == wanted


def test_signing_in_never_redirects_to_another_site(client_for: ClientFor) -> None:
    user = UserFactory()

    response = client_for(None).post(
        SIGN_IN, {"username": user.email, "password": PASSWORD, "next": "https://evil.example/"}
    )

    assert response["Location"] == DASHBOARD


def test_a_wrong_password_shows_an_error_and_does_not_sign_in(client_for: ClientFor) -> None:
    user = UserFactory()
    client = client_for(None)

    response = sign_in(client, user.email, "not-the-password")

    assert response.status_code == 200
    assert error_summary(response) == [
        "Enter a correct e-mail address and password. Both are case-sensitive."
    ]
    assert client.get(DASHBOARD).status_code == 302


def test_empty_sign_in_form_asks_for_both_fields(client_for: ClientFor) -> None:
    response = sign_in(client_for(None), "", "")

    assert error_summary(response) == ["Enter your e-mail address", "Enter your password"]


def test_an_over_long_email_address_is_refused_with_a_message(client_for: ClientFor) -> None:
    response = sign_in(client_for(None), "x" * 300 + "@example.test", PASSWORD)

    assert response.status_code == 200
    assert error_summary(response) == ["E-mail address must be 254 characters or fewer"]


def test_a_switched_off_account_cannot_sign_in(client_for: ClientFor) -> None:
    user = UserFactory(is_active=False)

    response = sign_in(client_for(None), user.email, PASSWORD)

    assert response.status_code == 200
    assert len(error_summary(response)) == 1


def test_signing_out_ends_the_session(client_for: ClientFor) -> None:
    user = UserFactory()
    client = client_for(None)
    sign_in(client, user.email, PASSWORD)

    response = client.post(SIGN_OUT)

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:signed_out")
    assert "You have signed out" in client.get(response["Location"]).content.decode()
    assert client.get(DASHBOARD)["Location"].startswith(SIGN_IN)


def test_signing_out_needs_a_post(client_for: ClientFor) -> None:
    # A link or image on another page must not be able to sign someone out.
    client = client_for(UserFactory())

    assert client.get(SIGN_OUT).status_code == 405
    assert client.get(DASHBOARD).status_code == 200


def test_repeated_wrong_passwords_lock_the_account_even_against_the_right_password(
    client_for: ClientFor,
) -> None:
    user = UserFactory()
    client = client_for(None)
    assert settings.AXES_FAILURE_LIMIT == 5

    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, user.email, "not-the-password")
    response = sign_in(client, user.email, PASSWORD)

    assert response.status_code == 429
    assert "Too many attempts to sign in" in main_text(response)
    assert client.get(DASHBOARD).status_code == 302


def test_fewer_wrong_passwords_than_the_limit_do_not_lock_the_account(
    client_for: ClientFor,
) -> None:
    user = UserFactory()
    client = client_for(None)

    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, user.email, "not-the-password")
    response = sign_in(client, user.email, PASSWORD)

    assert response.status_code == 302


def test_one_locked_account_does_not_lock_others_from_the_same_address(
    client_for: ClientFor,
) -> None:
    locked, other = UserFactory(), UserFactory()
    client = client_for(None)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, locked.email, "not-the-password")

    response = sign_in(client, other.email, PASSWORD)

    assert response.status_code == 302
