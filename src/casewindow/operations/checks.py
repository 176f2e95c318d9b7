"""Checks `casewindow check --deploy` adds for a production deployment (docs/deploy.md)."""

from collections.abc import Sequence
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def check_shared_cache(app_configs: Sequence[AppConfig] | None, **kwargs: Any) -> list[Any]:
    """Rate limits live in the cache: with a per-process cache, each web process counts on its
    own, and an attacker's guesses spread over the processes go further."""
    backend = str(settings.CACHES["default"]["BACKEND"])
    if backend.endswith(("LocMemCache", "DummyCache")):
        return [
            checks.Warning(
                "No shared cache: each web process keeps its own count of failed sign-ins from an "
                "address and of invitations sent.",
                hint="Set CACHE_URL to a Redis URL (docs/deploy.md).",
                id="operations.W001",
            )
        ]
    return []
