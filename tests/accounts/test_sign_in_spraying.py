"""One password tried against many accounts from one address (spraying) is refused past the
per-address limit, which django-axes' per-account-and-address lock-out never reaches."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from casewindow.audit.models import AuditAction, AuditEvent
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

SIGN_IN = reverse("accounts:login")


def _try(client: Client, email: str, password: str, address: str) -> int:
    return client.post(
        SIGN_IN, {"username": email, "password": password}, REMOTE_ADDR=address
    ).status_code


def test_spraying_one_password_over_30_accounts_from_one_address_is_blocked() -> None:
    limit = settings.CASEWINDOW_SIGN_IN_IP_FAILURE_LIMIT
    assert limit < 30 and limit > settings.AXES_FAILURE_LIMIT
    victims = [UserFactory() for _ in range(30)]
    client = Client()

    answers = [_try(client, v.email, "Summer2026!", "203.0.113.9") for v in victims]

    # Each account is tried once, so axes never locks any of them; the address limit does.
    assert answers[:limit] == [200] * limit
    assert set(answers[limit:]) == {429}
    # Even the right password is refused from that address now…
    assert _try(client, victims[0].email, PASSWORD, "203.0.113.9") == 429
    # …but not from another address.
    assert _try(Client(), victims[0].email, PASSWORD, "198.51.100.4") == 302
    # Refusals are recorded once a minute per address, so they cannot flood the log.
    refusals = AuditEvent.objects.filter(
        action=AuditAction.SIGN_IN_FAILED, summary__startswith="Sign-in refused"
    )
    assert refusals.count() == 1
    assert refusals.get().ip_address == "203.0.113.9"


def test_a_successful_sign_in_does_not_reset_the_address_count() -> None:
    # Otherwise a sprayer with one account of their own could sign in now and then to reset it.
    limit = settings.CASEWINDOW_SIGN_IN_IP_FAILURE_LIMIT
    own = UserFactory()
    client = Client()
    for n in range(limit - 1):
        assert _try(client, f"nobody{n}@example.test", "x", "203.0.113.10") == 200
    assert _try(Client(), own.email, PASSWORD, "203.0.113.10") == 302

    assert _try(client, "nobody-last@example.test", "x", "203.0.113.10") == 200
    assert _try(client, "nobody-after@example.test", "x", "203.0.113.10") == 429
