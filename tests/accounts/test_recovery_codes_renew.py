"""A user with two-factor sign-in on makes new recovery codes from their account: a current code
from their app is needed (not a recovery code), the new codes are shown once, the old ones stop
working and the new ones work; the change is in the audit log."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from casewindow.audit.models import AuditEvent
from tests.accounts.test_two_factor import (
    CODE,
    DASHBOARD,
    code_for,
    password_step,
    user_with_two_factor,
)
from tests.pages import error_summary

pytestmark = pytest.mark.django_db
RENEW = reverse("accounts:recovery_codes_renew")


def test_new_recovery_codes_replace_the_old_after_a_current_code() -> None:
    user, old_codes = user_with_two_factor()
    client = Client()
    password_step(client, user)
    # Signed in with the last recovery code; the app's next code is kept for the renewal.
    assert client.post(CODE, {"code": old_codes[9]})["Location"] == DASHBOARD
    device = TOTPDevice.objects.get(user=user, confirmed=True)

    assert "Make new recovery codes" in client.get(reverse("accounts:account")).content.decode()
    refused = client.post(RENEW, {"code": "000000"})
    assert error_summary(refused) == [
        "The code is not right: enter the 6-digit code your app shows now"
    ]
    made = client.post(RENEW, {"code": code_for(device, steps_ahead=1)})
    new_codes = re.findall(r"<code>([A-Z0-9]{5}-[A-Z0-9]{5})</code>", made.content.decode())

    assert len(new_codes) == 10 and not set(new_codes) & set(old_codes)
    assert "Your earlier codes no longer work" in made.content.decode()
    assert AuditEvent.objects.filter(actor=user, summary__startswith="Made new recovery codes")
    old = Client()
    password_step(old, user)
    assert old.post(CODE, {"code": old_codes[1]}).status_code == 200  # refused: page again
    assert old.post(CODE, {"code": new_codes[0]})["Location"] == DASHBOARD


def test_without_two_factor_sign_in_there_is_nothing_to_renew(client_for) -> None:
    from tests.factories import UserFactory

    response = client_for(UserFactory()).get(RENEW)
    assert response.status_code == 302 and response["Location"] == reverse("accounts:account")
