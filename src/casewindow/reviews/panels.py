"""The panels of the signed-in user's home (dashboard) and of a review's home page that later
apps fill: drafts waiting for comments, notes to agree, meetings, the statutory clock. Each
later app registers a provider here in its `AppConfig.ready` (casewindow/registry.py), so the
reviews app shows their panels without importing them. A provider returns the template
context its panel reads (reviews/dashboard.html, reviews/review_home.html)."""

from collections.abc import Callable
from typing import Any

from casewindow.accounts.models import User
from casewindow.registry import Registry
from casewindow.reviews.models import Review

# Called with the signed-in user; only what accounts.access lets them see may be gathered.
dashboard_panels: Registry[Callable[[User], dict[str, Any]]] = Registry("the dashboard's panels")
# Called with a review the user has already been let into.
review_home_panels: Registry[Callable[[Review], dict[str, Any]]] = Registry(
    "the review home's panels"
)


def panels_context(
    registry: Registry[Callable[[Any], dict[str, Any]]], subject: Any
) -> dict[str, Any]:
    context: dict[str, Any] = {}
    for provider in registry:
        context.update(provider(subject))
    return context
