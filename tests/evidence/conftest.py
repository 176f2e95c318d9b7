"""Fixtures for the evidence tests. Several areas add to this file: only ADD fixtures."""

import pytest
from django.conf import LazySettings


@pytest.fixture
def memory_storage(settings: LazySettings) -> None:
    """Uploaded files go to memory, not to var/media, for the test's duration."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
