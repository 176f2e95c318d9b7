"""How a later app hands an earlier one what it needs, so imports still run one way along the
pipeline (docs/architecture.md).

An earlier app declares what it needs in its `hooks.py` (or `panels.py`): a `Slot` for one
provider (the language check the report pages show, the publication export) or a `Registry`
for many (the panels of the review home and the dashboard). The later app fills it in its
`AppConfig.ready`, which Django runs for every installed app before the first request. The
earlier app calls what it was given without importing the app that gave it."""

from collections.abc import Iterator
from typing import Generic, TypeVar

from django.core.exceptions import ImproperlyConfigured

T = TypeVar("T")


class Slot(Generic[T]):
    """One provider, given once by one later app."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._provider: T | None = None

    def provide(self, provider: T) -> T:
        if self._provider is not None and self._provider is not provider:
            raise ImproperlyConfigured(f"{self.name} is already provided by {self._provider!r}")
        self._provider = provider
        return provider

    def get(self) -> T:
        if self._provider is None:
            raise ImproperlyConfigured(
                f"Nothing provides {self.name}: is the app that provides it installed?"
            )
        return self._provider


class Registry(Generic[T]):
    """Many providers, kept in the order they were registered (the order of INSTALLED_APPS).
    Registering the same one twice keeps it once."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._items: list[T] = []

    def register(self, item: T) -> T:
        if item not in self._items:
            self._items.append(item)
        return item

    def __iter__(self) -> Iterator[T]:
        return iter(tuple(self._items))

    def __contains__(self, item: object) -> bool:
        return item in self._items
