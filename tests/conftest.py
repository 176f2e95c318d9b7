"""Shared fixtures. The world they build is described in tests/world.py."""

from collections.abc import Callable, Iterator

import pytest
from django.test import Client, override_settings

from casewindow.accounts.models import User
from tests.world import ReviewWorld, build_review_world


@pytest.fixture(autouse=True, scope="session")
def _whitenoise_finds_files_on_demand() -> Iterator[None]:
    """Every test client loads the middleware afresh, and WhiteNoise would then scan the ~1,900
    GOV.UK Frontend files each time (over half a second a client). In autorefresh mode, as under
    DEBUG, it finds each file when asked for it instead; the files served are the same.
    tests/test_security.py checks the production mode (pre-scanned) once."""
    with override_settings(WHITENOISE_AUTOREFRESH=True):
        yield


@pytest.fixture
def review_world(db: None) -> ReviewWorld:
    return build_review_world()


@pytest.fixture
def client_for(db: None) -> Callable[[User | None], Client]:
    """A fresh test client signed in as `user` (or anonymous for None). force_login skips the
    sign-in form; django-axes refuses client.login() because it has no request."""

    def make(user: User | None) -> Client:
        client = Client()
        if user is not None:
            client.force_login(user)
        return client

    return make
