"""Patterns across the reviews a user may see: counts of pattern areas and finding categories by
year, a heat map of framework factor layers × reviews (helped vs hindered), agencies involved,
and recommendations by kind with their action status. Each is a plain table; `learning.charts`
draws it as SVG and the page shows the table beside it (the accessible alternative) with a
CSV download of the same rows."""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

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


@dataclass
class PatternCounts:
    """Everything the pattern tables count, whether counted here over plain learning
    (`counts_of`) or in the database over pooled learning (`selectors.pool.pooled_counts`)."""

    years: set[int] = field(default_factory=set)
    areas: Counter[tuple[str, int]] = field(default_factory=Counter)  # (area, year or 0)
    categories: Counter[tuple[str, int]] = field(default_factory=Counter)
    heat_reviews: list[str] = field(default_factory=list)  # references, reviews with episodes
    heat: Counter[tuple[str, str]] = field(default_factory=Counter)  # (layer, reference)
    agencies: Counter[str] = field(default_factory=Counter)  # reviews per agency kind
    recommendations: Counter[tuple[int, str]] = field(default_factory=Counter)  # (kind, status)

    def add(self, other: "PatternCounts") -> "PatternCounts":
        """These counts followed by another's (its reviews after these)."""
        return PatternCounts(
            self.years | other.years,
            self.areas + other.areas,
            self.categories + other.categories,
            self.heat_reviews + other.heat_reviews,
            _signed_sum(self.heat, other.heat),
            self.agencies + other.agencies,
            self.recommendations + other.recommendations,
        )


def _signed_sum(
    a: Counter[tuple[str, str]], b: Counter[tuple[str, str]]
) -> Counter[tuple[str, str]]:
    """Counter's + drops negative counts; the heat map's cells are signed."""
    out: Counter[tuple[str, str]] = Counter(a)
    for key, value in b.items():
        out[key] += value
    return out


def factor_layer(node_key: str) -> str:
    """The heat map's row of a factor: its framework layer (its key, if the framework has no
    such node)."""
    node = factor_nodes().get(node_key)
    return (node.layer_name or node.name) if node else node_key


def counts_of(learning: Sequence[ReviewLearning]) -> PatternCounts:
    counts = PatternCounts(years={r.year for r in learning if r.year})
    for review in learning:
        for finding in review.findings:
            if finding.pattern_area:
                counts.areas[(finding.pattern_area, review.year or 0)] += 1
            counts.categories[(finding.category, review.year or 0)] += 1
        if review.episodes:
            counts.heat_reviews.append(review.reference)
        for episode in review.episodes:
            for factor in episode.factors:
                layer = factor.layer or factor.name
                if factor.effect == "helped":
                    counts.heat[(layer, review.reference)] += 1
                elif factor.effect == "hindered":
                    counts.heat[(layer, review.reference)] -= 1
        counts.agencies.update(review.agency_kinds)
        for recommendation in review.recommendations:
            counts.recommendations[(recommendation.kind, recommendation.status)] += 1
    return counts


def _counts(counted: PatternCounts | Sequence[ReviewLearning]) -> PatternCounts:
    """The tables take counts, or learning to count (as the annual report gives them)."""
    return counted if isinstance(counted, PatternCounts) else counts_of(counted)


def _year_rows(
    counts: Counter[tuple[str, int]], keys: list[tuple[str, str]], years: list[int]
) -> list[tuple[str, list[int]]]:
    total: Counter[str] = Counter()
    for (key, _year), n in counts.items():
        total[key] += n
    return [(label, [counts[(key, y)] for y in years] + [total[key]]) for key, label in keys]


def pattern_areas_by_year(counted: PatternCounts | Sequence[ReviewLearning]) -> PatternTable:
    counts = _counts(counted)
    years = sorted(counts.years)
    rows = _year_rows(counts.areas, [(k, a.name) for k, a in pattern_areas().items()], years)
    return PatternTable(
        "pattern-areas",
        "Findings by pattern area and year",
        "How many findings each pattern area holds, year by year, across the reviews shown.",
        ["Pattern area", *map(str, years), "All years"],
        rows,
        "bars",
    )


def categories_by_year(counted: PatternCounts | Sequence[ReviewLearning]) -> PatternTable:
    counts = _counts(counted)
    years = sorted(counts.years)
    rows = _year_rows(counts.categories, list(CATEGORY_LABELS.items()), years)
    return PatternTable(
        "finding-categories",
        "Findings by category and year",
        "Systems findings (underlying patterns) and case-specific findings, year by year.",
        ["Finding category", *map(str, years), "All years"],
        rows,
        "bars",
    )


def factor_heat_map(counted: PatternCounts | Sequence[ReviewLearning]) -> PatternTable:
    """Rows: the framework's layers; columns: reviews; each cell the factors coded under that
    layer that helped good practice minus those that made problematic practice more likely."""
    counts = _counts(counted)
    layers: dict[str, str] = {}
    for node in factor_nodes().values():
        layers.setdefault(node.layer_name, node.layer_name)
    reviews = counts.heat_reviews
    rows = [(layer, [counts.heat[(layer, r)] for r in reviews]) for layer in layers]
    return PatternTable(
        "factor-heat-map",
        "Contributory factors by framework area and review",
        "For each area of the factor framework and each review: the factors that helped good "
        "practice minus those that made problematic practice more likely (positive: helped; "
        "negative: hindered).",
        ["Framework area", *reviews],
        rows,
        "heat",
    )


def agencies_involved(counted: PatternCounts | Sequence[ReviewLearning]) -> PatternTable:
    counts = _counts(counted)
    rows = [
        (label, [counts.agencies[key]]) for key, label in AgencyKind.choices if counts.agencies[key]
    ]
    return PatternTable(
        "agencies",
        "Agencies involved",
        "In how many of the reviews shown each kind of agency was involved.",
        ["Agency kind", "Reviews"],
        rows,
        "bars",
    )


def recommendations_by_kind(counted: PatternCounts | Sequence[ReviewLearning]) -> PatternTable:
    counts = _counts(counted)
    statuses = list(REC_STATUS_LABELS)
    rows = [
        (f"Kind {kind}", [counts.recommendations[(kind, s)] for s in statuses])
        for kind in RecommendationKind.values
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


def tables_of(counts: PatternCounts) -> list[PatternTable]:
    return [
        pattern_areas_by_year(counts),
        categories_by_year(counts),
        factor_heat_map(counts),
        agencies_involved(counts),
        recommendations_by_kind(counts),
    ]


def pattern_tables(learning: Sequence[ReviewLearning]) -> list[PatternTable]:
    return tables_of(counts_of(learning))
