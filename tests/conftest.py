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


@pytest.fixture(autouse=True)
def _empty_cache() -> Iterator[None]:
    """Rate limits live in the cache (audit/throttle.py); database rows are rolled back
    after each test and their ids reused, so counts left in the cache would carry over."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _audit_log_can_be_flushed(request: pytest.FixtureRequest) -> Iterator[None]:
    """A transactional test (a live server, a real transaction) ends with Django emptying every
    table, which the audit log's append-only triggers refuse. Lift them for that flush only and
    put them back for the next test: every other test runs with them in force."""
    marker = request.node.get_closest_marker("django_db")
    transactional = (
        "transactional_db" in request.fixturenames
        or "live_server" in request.fixturenames
        or bool(marker and marker.kwargs.get("transaction"))
    )
    if not transactional:
        yield
        return
    from casewindow.audit.integrity import append_only_enforce, append_only_lift

    request.getfixturevalue("transactional_db")
    append_only_enforce()
    yield
    append_only_lift()


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
