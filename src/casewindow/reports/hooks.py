"""What later apps hand the reports app at start-up (casewindow/registry.py): reports comes
before drafts, language and anonymisation in the pipeline, so it never imports them, yet its
pages show the language check's flags and make the publication version.

- `wording_check` (language/apps.py): the language check of a review's report texts, for the
  report page and the drafts' pages.
- `publication_sources` and `publication_export` (anonymisation/apps.py): what a publication
  version may be made from (the working report or a draft) and the making of it."""

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from casewindow.registry import Slot
from casewindow.reports.models import ReportExport
from casewindow.reviews.models import Review


class WordingCheck(Protocol):
    """The language check of one review, as the report and draft pages ask it."""

    def block_texts(self, *, context_key: str, label: str, strings: Any) -> list[Any]:
        """Each piece of one section's text, with its open flags (`.open_flags`)."""
        ...

    def open_flag_count(self, *, content: Any, context_prefix: str) -> int:
        """How many flags are open in a whole report's content."""
        ...


class PublicationBlocked(Exception):
    """A publication version was asked for while candidates are unresolved."""

    def __init__(self, unresolved: Sequence[Any]) -> None:
        self.unresolved = list(unresolved)
        count = len({c.key for c in self.unresolved})
        super().__init__(
            f"{count} candidate{'s' if count != 1 else ''} unresolved: "
            "a publication version cannot be made until each is replaced or kept"
        )


wording_check: Slot[Callable[[Review], WordingCheck]] = Slot("the language check of a report")
publication_sources: Slot[Callable[[Review], list[tuple[str, str]]]] = Slot(
    "the sources a publication version may be made from"
)
# Called as publication_export(review=, user=, fmt=, source=); raises PublicationBlocked.
publication_export: Slot[Callable[..., ReportExport]] = Slot("the making of a publication version")
