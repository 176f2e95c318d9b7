"""What later apps add to the analysis pages, handed over at start-up (casewindow/registry.py)
so that analysis never imports them: panels on a finding's and a key practice episode's page
(the learning app's "seen before"), and the pattern-area suggestion shown as a hint on the
systems-finding form.

A panel provider is called with the request and the already-authorised review and object, and
returns a `Panel` (its own template and context) or None when it has nothing to show; the page
includes each panel's template. The suggestion is advice only: the form shows it beside the
pattern-area question and never picks an area for the reviewer."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

from casewindow.analysis.models import Finding, KeyPracticeEpisode
from casewindow.registry import Registry, Slot
from casewindow.reviews.models import Review


@dataclass(frozen=True)
class Panel:
    template: str
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PatternAreaHint:
    area: str  # a key of patterns.yaml
    name: str
    score: float  # 0 to 1
    words: tuple[str, ...]  # the words of the finding that drove the suggestion

    @property
    def percent(self) -> int:
        return round(self.score * 100)


finding_panels: Registry[Callable[[HttpRequest, Review, Finding], Panel | None]] = Registry(
    "the finding page's panels"
)
episode_panels: Registry[Callable[[HttpRequest, Review, KeyPracticeEpisode], Panel | None]] = (
    Registry("the key practice episode page's panels")
)
# Called with the finding's text; the likeliest areas first.
pattern_area_suggester: Slot[Callable[[str], list[PatternAreaHint]]] = Slot(
    "the pattern-area suggestion"
)


def panels_for(registry: Registry[Callable[..., Panel | None]], *args: Any) -> list[Panel]:
    return [panel for provider in registry if (panel := provider(*args)) is not None]


def pattern_area_suggestion_offered() -> bool:
    try:
        pattern_area_suggester.get()
    except ImproperlyConfigured:
        return False
    return True


def pattern_area_hints(text: str, *, limit: int = 2) -> list[PatternAreaHint]:
    """The likeliest pattern areas for the text, or none when nothing was written or no app
    provides a suggestion."""
    if not text.strip() or not pattern_area_suggestion_offered():
        return []
    return pattern_area_suggester.get()(text)[:limit]
