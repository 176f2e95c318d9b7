"""Patterns across the reviews a user may see: counts of pattern areas and finding categories by
year, a heat map of framework factor layers × reviews (helped vs hindered), agencies involved,
and recommendations by kind with their action status. Each is a plain table; `learning.charts`
draws it as SVG and the page shows the table beside it (the accessible alternative) with a
CSV download of the same rows."""

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from casewindow.analysis.framework import factor_nodes, pattern_areas
from casewindow.analysis.models import RecommendationKind
from casewindow.learning.selectors.repository import (
    CATEGORY_LABELS,
    REC_STATUS_LABELS,
    ReviewLearning,
)
from casewindow.reviews.models import AgencyKind


@dataclass
class PatternTable:
    key: str  # the chart's slug, for its CSV download
    title: str
    description: str
    columns: list[str]  # the first names the rows; the rest are numbers
    rows: list[tuple[str, list[int]]]
    kind: str  # "bars" (one series per column, stacked) or "heat" (helped − hindered)

    @property
    def csv_rows(self) -> list[list[str]]:
        return [self.columns, *([label, *map(str, values)] for label, values in self.rows)]


def _years(learning: Sequence[ReviewLearning]) -> list[int]:
    return sorted({r.year for r in learning if r.year})


def pattern_areas_by_year(learning: Sequence[ReviewLearning]) -> PatternTable:
    years = _years(learning)
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    for review in learning:
        for finding in review.findings:
            if finding.pattern_area:
                counts[finding.pattern_area][review.year or 0] += 1
    rows = [
        (area.name, [counts[key][y] for y in years] + [sum(counts[key].values())])
        for key, area in pattern_areas().items()
    ]
    return PatternTable(
        "pattern-areas",
        "Findings by pattern area and year",
        "How many findings each pattern area holds, year by year, across the reviews shown.",
        ["Pattern area", *map(str, years), "All years"],
        rows,
        "bars",
    )


def categories_by_year(learning: Sequence[ReviewLearning]) -> PatternTable:
    years = _years(learning)
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    for review in learning:
        for finding in review.findings:
            counts[finding.category][review.year or 0] += 1
    rows = [
        (label, [counts[key][y] for y in years] + [sum(counts[key].values())])
        for key, label in CATEGORY_LABELS.items()
    ]
    return PatternTable(
        "finding-categories",
        "Findings by category and year",
        "Systems findings (underlying patterns) and case-specific findings, year by year.",
        ["Finding category", *map(str, years), "All years"],
        rows,
        "bars",
    )


def factor_heat_map(learning: Sequence[ReviewLearning]) -> PatternTable:
    """Rows: the framework's layers; columns: reviews; each cell the factors coded under that
    layer that helped good practice minus those that made problematic practice more likely."""
    layers: dict[str, str] = {}
    for node in factor_nodes().values():
        layers.setdefault(node.layer_name, node.layer_name)
    reviews = [r for r in learning if r.episodes]
    cells: dict[tuple[str, str], int] = Counter()
    for review in reviews:
        for episode in review.episodes:
            for factor in episode.factors:
                layer = factor.layer or factor.name
                if factor.effect == "helped":
                    cells[(layer, review.reference)] += 1
                elif factor.effect == "hindered":
                    cells[(layer, review.reference)] -= 1
    rows = [(layer, [cells[(layer, r.reference)] for r in reviews]) for layer in layers]
    return PatternTable(
        "factor-heat-map",
        "Contributory factors by framework area and review",
        "For each area of the factor framework and each review: the factors that helped good "
        "practice minus those that made problematic practice more likely (positive: helped; "
        "negative: hindered).",
        ["Framework area", *(r.reference for r in reviews)],
        rows,
        "heat",
    )


def agencies_involved(learning: Sequence[ReviewLearning]) -> PatternTable:
    counts: Counter[str] = Counter()
    for review in learning:
        counts.update(review.agency_kinds)
    rows = [(label, [counts[key]]) for key, label in AgencyKind.choices if counts[key]]
    return PatternTable(
        "agencies",
        "Agencies involved",
        "In how many of the reviews shown each kind of agency was involved.",
        ["Agency kind", "Reviews"],
        rows,
        "bars",
    )


def recommendations_by_kind(learning: Sequence[ReviewLearning]) -> PatternTable:
    statuses = list(REC_STATUS_LABELS)
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for review in learning:
        for recommendation in review.recommendations:
            counts[recommendation.kind][recommendation.status] += 1
    rows = [
        (f"Kind {kind}", [counts[kind][s] for s in statuses]) for kind in RecommendationKind.values
    ]
    return PatternTable(
        "recommendations",
        "Recommendations by kind and action status",
        "Kind 1: clear-cut, local; kind 2: competing priorities; kind 3: needs research or "
        "national action. The status is read from each recommendation's actions.",
        ["Recommendation kind", *REC_STATUS_LABELS.values()],
        rows,
        "bars",
    )


def pattern_tables(learning: Sequence[ReviewLearning]) -> list[PatternTable]:
    return [
        pattern_areas_by_year(learning),
        categories_by_year(learning),
        factor_heat_map(learning),
        agencies_involved(learning),
        recommendations_by_kind(learning),
    ]
