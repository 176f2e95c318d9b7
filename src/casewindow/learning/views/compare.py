"""Two reviews side by side: factor profiles, pattern areas, recommendations."""

from collections import Counter
from uuid import UUID

from django.http import HttpRequest, HttpResponse

from casewindow.analysis.framework import pattern_areas
from casewindow.learning.selectors.repository import (
    LearningSource,
    ReviewLearning,
    review_learning,
)
from casewindow.learning.views.common import learning_scope, render_learning


def _profile(review: ReviewLearning) -> dict[str, Counter[str]]:
    profile: dict[str, Counter[str]] = {}
    for episode in review.episodes:
        for factor in episode.factors:
            profile.setdefault(factor.layer or factor.name, Counter())[factor.effect] += 1
    return profile


def compare(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    page = learning_scope(request, partnership_id, "comparison of two reviews")
    references = {v.review.reference: v for v in page.views}
    national = {r.reference: r for r in page.national}
    wanted = [request.GET.get(key, "") for key in ("a", "b")]
    # Only the two chosen reviews' learning is read.
    local = {
        r.reference: r
        for r in review_learning(
            [
                LearningSource(references[ref].review, references[ref].sees_unpublished)
                for ref in set(wanted)
                if ref in references
            ]
        )
    }
    by_reference = {**national, **local}
    chosen = [by_reference.get(ref) for ref in wanted]
    rows: dict[str, list[list[str | int]]] = {}
    if all(chosen):
        a, b = chosen
        assert a is not None and b is not None
        profiles = [_profile(a), _profile(b)]
        layers = sorted(set(profiles[0]) | set(profiles[1]))
        rows["factors"] = [
            [layer, *(p.get(layer, Counter())[e] for p in profiles for e in ("helped", "hindered"))]
            for layer in layers
        ]
        areas = [Counter(f.pattern_area for f in r.findings) for r in (a, b)]
        rows["areas"] = [
            [area.name, areas[0][key], areas[1][key]]
            for key, area in pattern_areas().items()
            if areas[0][key] or areas[1][key]
        ]
    return render_learning(
        request,
        "learning/compare.html",
        page,
        options=[(r, r) for r in sorted({*references, *national})],
        chosen=chosen,
        a=request.GET.get("a", ""),
        b=request.GET.get("b", ""),
        rows=rows,
    )
