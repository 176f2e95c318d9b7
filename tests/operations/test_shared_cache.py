"""With CACHE_URL set, web processes share one cache (Redis): two separate gunicorn servers on
one database count failed sign-ins from an address together, so the per-address lock-out set
by failures on one server holds on the other. With the per-process memory cache each would
count only its own, and an attacker could spread guesses over the processes.

Redis at 127.0.0.1:6379, database 7, keys under a prefix of this test's own (skipped, saying
why, when Redis is not there)."""

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings

from casewindow.settings import shared_cache

REPOSITORY = Path(settings.BASE_DIR)
REDIS = "redis://127.0.0.1:6379/7"
LIMIT = 4  # failed sign-ins from one address before it is refused


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def redis_prefix() -> Iterator[str]:
    import redis

    client = redis.Redis.from_url(REDIS, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        pytest.skip(f"no Redis at {REDIS}: {error}")
    prefix = f"casewindow-test-{uuid.uuid4().hex[:10]}"
    yield prefix
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def _env(var: Path, prefix: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "CASEWINDOW_TESTING", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        CASEWINDOW_VAR_DIR=str(var),
        SECRET_KEY="shared-cache-test-" + "s" * 40,
        DEBUG="1",  # static files from the finders: no collectstatic needed for this test
        ALLOWED_HOSTS="127.0.0.1",
        CACHE_URL=REDIS,
        CACHE_KEY_PREFIX=prefix,
        SIGN_IN_IP_FAILURE_LIMIT=str(LIMIT),
        ANONYMISATION_PRELOAD="0",
    )
    return env


@pytest.fixture(scope="module")
def two_servers(redis_prefix: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    var = tmp_path_factory.mktemp("shared-cache")
    env = _env(var, redis_prefix)
    subprocess.run(
        [sys.executable, "-m", "casewindow.cli", "migrate", "--noinput", "-v0"],
        env=env,
        cwd=REPOSITORY,
        check=True,
        timeout=300,
    )
    servers, urls = [], []
    for number in range(2):
        port = _free_port()
        log = (var / f"gunicorn-{number}.log").open("wb")
        servers.append(
            subprocess.Popen(  # noqa: S603
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "casewindow.wsgi:application",
                    f"--bind=127.0.0.1:{port}",
                    "--workers=1",
                ],
                env=env,
                cwd=REPOSITORY,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for url in urls:
            _wait_for(url)
        yield urls
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)


def _wait_for(url: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/accounts/sign-in/", timeout=30)  # noqa: S310
            return
        # Refused while gunicorn starts; a first answer slower than the timeout on a busy
        # machine (loading the application) is waited for again, not a failure.
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise AssertionError(f"{url} did not start")


class Browser:
    """A browser with its own cookies: fetches the sign-in form and posts it."""

    def __init__(self) -> None:
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def sign_in(self, server: str, email: str, password: str) -> tuple[int, str]:
        form = self.opener.open(f"{server}/accounts/sign-in/", timeout=30).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
        assert token, "no CSRF token on the sign-in page"
        data = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token[1], "username": email, "password": password}
        ).encode()
        request = urllib.request.Request(  # noqa: S310
            f"{server}/accounts/sign-in/", data=data, headers={"Referer": f"{server}/"}
        )
        try:
            response = self.opener.open(request, timeout=30)
            return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


def test_cache_url_selects_redis_and_anything_else_is_refused(monkeypatch: pytest.MonkeyPatch):
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.setenv("CACHE_URL", REDIS)
    assert shared_cache()["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    monkeypatch.delenv("CACHE_URL")
    monkeypatch.setenv("REDIS_URL", REDIS)
    assert shared_cache()["default"]["LOCATION"] == REDIS
    monkeypatch.delenv("REDIS_URL")
    assert "LocMemCache" in str(shared_cache()["default"]["BACKEND"])
    monkeypatch.setenv("CACHE_URL", "memcached://127.0.0.1:11211")
    with pytest.raises(ImproperlyConfigured):
        shared_cache()


def test_two_servers_share_one_lock_out_through_redis(two_servers: list[str], redis_prefix: str):
    first, second = two_servers
    browser = Browser()
    # Failures spread over both servers, each on a different account (so that no per-account
    # lock-out plays a part): half the limit on each.
    for attempt in range(LIMIT):
        server = first if attempt % 2 == 0 else second
        status, page = browser.sign_in(server, f"nobody{attempt}@example.org", "wrong password")
        assert status == 200 and "locked" not in page.lower(), f"refused too early ({attempt})"

    # Now both refuse this address, though neither saw more than half the failures.
    for server in (first, second):
        status, page = browser.sign_in(server, "someone-else@example.org", "any password")
        assert status == 429, f"{server} did not refuse the address"

    import redis

    assert list(redis.Redis.from_url(REDIS).scan_iter(f"{redis_prefix}:*casewindow:limit:*"))
