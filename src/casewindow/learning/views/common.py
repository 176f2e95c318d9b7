"""What every learning page starts with: the partnership, and the reviews whose learning the
user may see (decided in accounts/access.py), read as publication-safe learning."""

from collections.abc import Container
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from casewindow.accounts import access
from casewindow.accounts.models import Partnership
from casewindow.learning.selectors.national import national_learning
from casewindow.learning.selectors.pool import PoolScope
from casewindow.learning.selectors.repository import (
    AGE_BANDS,
    CATEGORY_LABELS,
    REC_STATUS_LABELS,
    LearningFilters,
    LearningSource,
    ReviewLearning,
    review_learning,
)
from casewindow.learning.services.pool import learning_pool_refresh


@dataclass
class LearningPage:
    partnership: Partnership
    learning: list[ReviewLearning]
    views: list[access.LearningView]


def learning_page(request: HttpRequest, partnership_id: UUID, page: str) -> LearningPage:
    partnership = access.learning_page_for_user(request, partnership_id)
    views = access.learning_reviews_for_user(request.user, partnership)
    access.learning_views_noted(request, views, page)
    sources = [LearningSource(view.review, view.sees_unpublished) for view in views]
    learning = review_learning(sources) + national_learning(partnership=partnership)
    return LearningPage(partnership, learning, views)


@dataclass
class LearningScope:
    """A learning page's partnership, the reviews whose learning the user may see (their pooled
    learning brought up to date) and the partnership's national and neighbouring reviews."""

    partnership: Partnership
    scope: PoolScope
    national: list[ReviewLearning]
    views: list[access.LearningView]

    @property
    def review_count(self) -> int:
        return len(self.scope.reviews) + len(self.national)


def learning_scope(
    request: HttpRequest, partnership_id: UUID, page: str, *, noted: bool = True
) -> LearningScope:
    """As `learning_page`, without reading any review's learning: the pages read the pooled
    copy (`selectors.pool`), rebuilt here for the reviews changed since it was built.
    `noted=False`: the caller records in the audit log the reviews it shows itself."""
    partnership = access.learning_page_for_user(request, partnership_id)
    views = access.learning_reviews_for_user(request.user, partnership)
    if noted:
        access.learning_views_noted(request, views, page)
    learning_pool_refresh([view.review.pk for view in views])
    scope = PoolScope({view.review.pk: view.sees_unpublished for view in views})
    return LearningScope(partnership, scope, national_learning(partnership=partnership), views)


def render_learning(
    request: HttpRequest, template: str, page: LearningPage | LearningScope, /, **context: Any
) -> HttpResponse:
    return render(
        request,
        template,
        {
            "partnership": page.partnership,
            "nav_section": "partnerships",
            "is_manager": access.partnerships_managed_by(request.user)
            .filter(pk=page.partnership.pk)
            .exists(),
            "oversees": bool(access.partnership_oversight(request.user, page.partnership)),
            **context,
        },
    )


def _int(value: str) -> int | None:
    value = value.strip()
    return int(value) if value.isdigit() and len(value) <= 4 else None


def filters_from(request: HttpRequest) -> LearningFilters:
    """The filters asked for; a value no filter offers is ignored (never an error page)."""
    from casewindow.analysis.framework import factor_nodes, pattern_areas
    from casewindow.analysis.models import RecommendationKind
    from casewindow.reviews.models import AgencyKind, ReviewType

    def pick(name: str, allowed: Container[str]) -> str:
        value = request.GET.get(name, "")
        return value if value in allowed else ""

    kind = _int(request.GET.get("recommendation_kind", ""))
    return LearningFilters(
        review_type=pick("review_type", ReviewType.values),
        year=_int(request.GET.get("year", "")),
        pattern_area=pick("pattern_area", pattern_areas()),
        category=pick("category", CATEGORY_LABELS),
        factor=pick("factor", factor_nodes()),
        agency_kind=pick("agency_kind", AgencyKind.values),
        age_band=pick("age_band", {key for key, *_ in AGE_BANDS}),
        recommendation_kind=kind if kind in RecommendationKind.values else None,
        recommendation_status=pick("recommendation_status", REC_STATUS_LABELS),
    )
