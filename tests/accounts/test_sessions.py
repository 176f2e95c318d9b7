"""A session ends after SESSION_IDLE_MINUTES without activity; htmx polling does not keep it
alive; "sign out everywhere" ends every session of the user, on any session store."""

import time
from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client, override_settings
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.accounts.sessions import LAST_ACTIVITY
from casewindow.audit.models import AuditAction, AuditEvent
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

ClientFor = Callable[[User | None], Client]
DASHBOARD = reverse("reviews:dashboard")
SIGN_IN = reverse("accounts:login")


def _idle_for(client: Client, minutes: float) -> None:
    session = client.session
    session[LAST_ACTIVITY] = int(time.time() - minutes * 60)
    session.save()


def test_default_idle_limit_is_thirty_minutes() -> None:
    assert settings.CASEWINDOW_SESSION_IDLE_MINUTES == 30


def test_a_session_idle_past_the_limit_is_signed_out_and_sent_to_sign_in(
    client_for: ClientFor,
) -> None:
    client = client_for(UserFactory())
    assert client.get(DASHBOARD).status_code == 200

    _idle_for(client, 31)
    response = client.get(DASHBOARD)

    assert response.status_code == 302
    assert response["Location"] == f"{SIGN_IN}?next={DASHBOARD}"
    page = client.get(response["Location"]).content.decode()
    assert "signed out after 30 minutes without activity" in page
    assert client.get(DASHBOARD).status_code == 302


def test_activity_within_the_limit_keeps_the_session_and_restarts_the_clock(
    client_for: ClientFor,
) -> None:
    client = client_for(UserFactory())
    _idle_for(client, 29)

    assert client.get(DASHBOARD).status_code == 200
    assert time.time() - client.session[LAST_ACTIVITY] < 5
    _idle_for(client, 29)
    assert client.get(DASHBOARD).status_code == 200


@override_settings(CASEWINDOW_SESSION_IDLE_MINUTES=5)
def test_the_idle_limit_is_configurable(client_for: ClientFor) -> None:
    client = client_for(UserFactory())
    _idle_for(client, 6)

    assert client.get(DASHBOARD).status_code == 302


def test_htmx_polling_does_not_keep_an_unattended_session_alive(client_for: ClientFor) -> None:
    client = client_for(UserFactory())
    _idle_for(client, 20)
    before = client.session[LAST_ACTIVITY]

    # A page polling a background job: an htmx GET every 2 seconds.
    assert client.get(DASHBOARD, headers={"HX-Request": "true"}).status_code == 200
    assert client.session[LAST_ACTIVITY] == before
    _idle_for(client, 31)
    response = client.get(DASHBOARD, headers={"HX-Request": "true"})

    # htmx is told to load the sign-in page as a whole page, not swap it into a fragment.
    assert response.status_code == 204
    assert response["HX-Redirect"] == SIGN_IN


def _signed_in_elsewhere(user: User) -> Client:
    client = Client()
    response = client.post(SIGN_IN, {"username": user.email, "password": PASSWORD})
    assert response.status_code == 302
    return client


@pytest.mark.parametrize(
    "engine",
    ["django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cache"],
)
def test_sign_out_everywhere_ends_every_session_of_the_user_only(engine: str) -> None:
    with override_settings(SESSION_ENGINE=engine):
        user, other = UserFactory(), UserFactory()
        laptop, phone = _signed_in_elsewhere(user), _signed_in_elsewhere(user)
        colleague = _signed_in_elsewhere(other)

        response = laptop.post(reverse("accounts:sign_out_everywhere"))

        assert response.status_code == 302
        assert laptop.get(DASHBOARD).status_code == 302
        assert phone.get(DASHBOARD).status_code == 302
        assert colleague.get(DASHBOARD).status_code == 200
        assert _signed_in_elsewhere(user).get(DASHBOARD).status_code == 200
        assert AuditEvent.objects.filter(
            actor=user, action=AuditAction.SIGN_OUT, summary="Signed out everywhere"
        ).exists()


def test_sign_out_everywhere_needs_a_post(client_for: ClientFor) -> None:
    client = client_for(UserFactory())

    assert client.get(reverse("accounts:sign_out_everywhere")).status_code == 405
    assert client.get(DASHBOARD).status_code == 200
