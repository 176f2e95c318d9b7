"""Passwords are stored with Argon2id at OWASP's parameters, and older hashes are replaced at
their owner's next sign-in. (The test settings put a fast hasher first; these tests use the
production list.)"""

import pytest
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.test import Client, override_settings
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

PRODUCTION_HASHERS = [h for h in settings.PASSWORD_HASHERS if not h.endswith("MD5PasswordHasher")]


def test_new_passwords_are_stored_with_argon2id_at_owasp_minimum_parameters() -> None:
    with override_settings(PASSWORD_HASHERS=PRODUCTION_HASHERS):
        encoded = make_password(PASSWORD)

    assert encoded.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")


def test_a_pbkdf2_password_is_rehashed_with_argon2id_at_the_next_sign_in() -> None:
    user = UserFactory()
    user.password = make_password(PASSWORD, hasher="pbkdf2_sha256")
    user.save(update_fields=["password"])

    with override_settings(PASSWORD_HASHERS=PRODUCTION_HASHERS):
        response = Client().post(
            reverse("accounts:login"), {"username": user.email, "password": PASSWORD}
        )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.password.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
