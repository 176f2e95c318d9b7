"""What later apps hand the evidence app at start-up (casewindow/registry.py)."""

from collections.abc import Callable

from casewindow.evidence.models import SourceDocument
from casewindow.registry import Registry

# Run before a document's text is queued to be read again: the jobs app gives up a stale run of
# the last reading there (jobs/apps.py), so the new one is never queued beside it.
before_extract_again: Registry[Callable[[SourceDocument], None]] = Registry(
    "steps before a document's text is read again"
)
