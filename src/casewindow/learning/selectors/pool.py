"""Reading pooled learning (`learning.models.PooledReview`, kept current by `services.pool`)
with the filtering, counting, pagination and aggregation done by the database, so a learning
page costs the same few queries whether the partnership has three reviews or a hundred. The
results are those of `selectors.repository` and `selectors.patterns` over `review_learning`
(tests compare them). Which reviews, and whether their unpublished analysis, is given by the
caller from `accounts/access.py`."""

import datetime
import uuid
from collections import OrderedDict, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

from django.db import connection
from django.db.models import Case, CharField, Count, Exists, OuterRef, Q, QuerySet, Value, When

from casewindow.analysis.framework import factor_nodes, pattern_areas
from casewindow.analysis.models import ActionStatus, RecommendationKind
from casewindow.analysis.selectors.findings import OVERDUE
from casewindow.learning.models import PooledFactor, PooledItem, PooledReview
from casewindow.learning.selectors.patterns import PatternCounts, factor_layer
from casewindow.learning.selectors.repository import (
    AGE_BANDS,
    CATEGORY_LABELS,
    NO_ACTIONS,
    REC_STATUS_LABELS,
    ActionSummary,
    EpisodeItem,
    FactorItem,
    FindingItem,
    LearningFilters,
    RecommendationItem,
    ReviewLearning,
)
from casewindow.learning.similar import Candidate, SimilarityIndex
from casewindow.reviews.models import AgencyKind, ReviewType


@dataclass(frozen=True)
class PoolScope:
    """The reviews whose learning a page shows: review id → whether the user sees its
    unpublished analysis (from `access.learning_reviews_for_user`)."""

    reviews: Mapping[int, bool]

    @property
    def ids(self) -> list[int]:
        return list(self.reviews)


def _status_expression(today: datetime.date) -> Case:
    """A recommendation's status on `today`, as `ActionSummary.status` works it out."""
    return Case(
        When(actions=0, then=Value(NO_ACTIONS)),
        When(open_due__lt=today, then=Value(OVERDUE)),
        When(all_done=True, then=Value(str(ActionStatus.DONE))),
        When(all_not_started=True, then=Value(str(ActionStatus.NOT_STARTED))),
        default=Value(str(ActionStatus.IN_PROGRESS)),
        output_field=CharField(),
    )


@dataclass(frozen=True)
class _Shown:
    """Which kinds of item a filtered page lists, and whether a review must keep one."""

    findings: bool
    episodes: bool
    recommendations: bool
    item_filter: bool


def _shown(filters: LearningFilters) -> _Shown:
    # As selectors.repository.learning_filtered: a filter on one kind hides the other kinds.
    finding_filter = bool(filters.pattern_area or filters.category)
    rec_filter = filters.recommendation_kind is not None or bool(filters.recommendation_status)
    factor_filter = bool(filters.factor)
    return _Shown(
        findings=not (factor_filter or rec_filter) or finding_filter,
        episodes=not (finding_filter or rec_filter) or factor_filter,
        recommendations=not (finding_filter or factor_filter) or rec_filter,
        item_filter=finding_filter or rec_filter or factor_filter,
    )


def _items(kind: str, filters: LearningFilters, today: datetime.date) -> QuerySet[PooledItem]:
    items = PooledItem.objects.filter(kind=kind)
    if kind == "finding":
        if filters.pattern_area:
            items = items.filter(pattern_area=filters.pattern_area)
        if filters.category:
            items = items.filter(category=filters.category)
    elif kind == "episode":
        if filters.factor:
            factor = PooledFactor.objects.filter(item=OuterRef("pk")).filter(
                Q(node_key=filters.factor) | Q(node_key__startswith=filters.factor + "/")
            )
            items = items.filter(Exists(factor))
    else:
        if filters.recommendation_kind is not None:
            items = items.filter(recommendation_kind=filters.recommendation_kind)
        if filters.recommendation_status:
            items = items.alias(status=_status_expression(today)).filter(
                status=filters.recommendation_status
            )
    return items


def _reviews(
    scope: PoolScope, filters: LearningFilters, today: datetime.date
) -> QuerySet[PooledReview]:
    """The pooled reviews in scope that the filters keep, in the repository's order."""
    reviews = PooledReview.objects.filter(review_id__in=scope.ids)
    if filters.review_type:
        reviews = reviews.filter(review_type=filters.review_type)
    if filters.year is not None:
        reviews = reviews.filter(year=filters.year)
    if filters.agency_kind:
        reviews = reviews.filter(agency_kinds__contains=f",{filters.agency_kind},")
    if filters.age_band:
        reviews = reviews.filter(age_band=filters.age_band)
    shown = _shown(filters)
    if shown.item_filter:
        keeps: Q = Q()
        for kind, on in (
            ("finding", shown.findings),
            ("episode", shown.episodes),
            ("recommendation", shown.recommendations),
        ):
            if on:
                keeps |= Q(Exists(_items(kind, filters, today).filter(review=OuterRef("pk"))))
        reviews = reviews.filter(keeps)
    return reviews.order_by("review__reference")


@dataclass
class RepositoryCounts:
    matched: int  # local reviews the filters keep
    counts: dict[str, int]  # findings, episodes, recommendations of every matched review


def _kinds(filters: LearningFilters) -> list[str]:
    shown = _shown(filters)
    return [
        kind
        for kind, on in (
            ("finding", shown.findings),
            ("episode", shown.episodes),
            ("recommendation", shown.recommendations),
        )
        if on
    ]


def _kept_items(filters: LearningFilters, today: datetime.date) -> Q:
    q = Q()
    for kind in _kinds(filters):
        q |= Q(pk__in=_items(kind, filters, today).values("pk"))
    return q


def pooled_repository_counts(
    scope: PoolScope, filters: LearningFilters, *, today: datetime.date | None = None
) -> RepositoryCounts:
    """How many local reviews the filters keep, and their items the filters keep, counted by
    kind. Two queries."""
    today = today or datetime.date.today()
    reviews = _reviews(scope, filters, today)
    matched = reviews.count()
    counts = {"findings": 0, "episodes": 0, "recommendations": 0}
    if matched:
        for row in (
            PooledItem.objects.filter(review__in=reviews.values("pk"))
            .filter(_kept_items(filters, today))
            .values("kind")
            .annotate(n=Count("pk"))
            .order_by()
        ):
            counts[row["kind"] + "s"] = row["n"]
    return RepositoryCounts(matched, counts)


def pooled_repository(
    scope: PoolScope,
    filters: LearningFilters,
    *,
    offset: int = 0,
    limit: int | None = None,
    today: datetime.date | None = None,
) -> list[ReviewLearning]:
    """A page of the filtered local reviews, in reference order, each with the items the
    filters keep (as `selectors.repository.learning_filtered`). Three queries."""
    today = today or datetime.date.today()
    end = None if limit is None else offset + limit
    rows = list(
        _reviews(scope, filters, today).values(
            "review_id",
            "reference",
            "review_type",
            "year",
            "age_band",
            "agency_kinds",
            "review__partnership__name",
        )[offset:end]
    )
    return _with_items(rows, scope, filters, today) if rows else []


def _learning(row: Mapping[str, object], scope: PoolScope) -> ReviewLearning:
    types = dict(ReviewType.choices)
    review_type = str(row["review_type"])
    # A .values() row, typed object here: the id and year are ints.
    review_id = int(row["review_id"])  # type: ignore[call-overload]
    return ReviewLearning(
        reference=str(row["reference"]),
        partnership=str(row["review__partnership__name"]),
        review_type=review_type,
        review_type_label=types.get(review_type, review_type),
        year=row["year"],  # type: ignore[arg-type]
        published=not scope.reviews[review_id],
        national=False,
        age_band=str(row["age_band"]),
        agency_kinds={k for k in str(row["agency_kinds"]).split(",") if k},
        review_id=review_id,
    )


def pooled_headers(scope: PoolScope, review_ids: Sequence[int]) -> dict[int, ReviewLearning]:
    """These reviews' learning without its items (for search hits), by review id."""
    rows = PooledReview.objects.filter(
        review_id__in=[i for i in review_ids if i in scope.reviews]
    ).values(
        "review_id",
        "reference",
        "review_type",
        "year",
        "age_band",
        "agency_kinds",
        "review__partnership__name",
    )
    return {row["review_id"]: _learning(row, scope) for row in rows}


def _with_items(
    rows: Sequence[Mapping[str, object]],
    scope: PoolScope,
    filters: LearningFilters,
    today: datetime.date,
) -> list[ReviewLearning]:
    learning = [_learning(row, scope) for row in rows]
    by_id = {r.review_id: r for r in learning}
    items = list(
        PooledItem.objects.filter(review_id__in=by_id)
        .filter(_kept_items(filters, today))
        .defer("terms")
        .order_by("position")
    )
    episode_ids = [i.pk for i in items if i.kind == "episode"]
    factors: dict[int, list[FactorItem]] = defaultdict(list)
    nodes = factor_nodes()
    if episode_ids:
        for item_id, key, effect in (
            PooledFactor.objects.filter(review_id__in=by_id, item_id__in=episode_ids)
            .order_by("position")
            .values_list("item_id", "node_key", "effect")
        ):
            node = nodes.get(key)
            factors[item_id].append(
                FactorItem(
                    key=key,
                    name=node.name if node else key,
                    layer=node.layer_name if node else "",
                    effect=effect,
                )
            )
    areas = pattern_areas()
    rec_kinds = dict(RecommendationKind.choices)
    for item in items:
        review = by_id[item.review_id]
        if item.kind == "finding":
            area = areas.get(item.pattern_area)
            review.findings.append(
                FindingItem(
                    uuid=str(item.uuid),
                    number=item.number,
                    statement=item.statement,
                    pattern_area=item.pattern_area,
                    pattern_area_name=area.name if area else "",
                    category=item.category,
                    text=item.text,
                )
            )
        elif item.kind == "episode":
            review.episodes.append(
                EpisodeItem(
                    str(item.uuid), item.number, item.statement, item.text, factors[item.pk]
                )
            )
        else:
            summary = ActionSummary(
                item.actions, item.open_due, item.all_done, item.all_not_started
            )
            status = summary.status(today)
            kind = item.recommendation_kind or 0
            review.recommendations.append(
                RecommendationItem(
                    uuid=str(item.uuid),
                    number=item.number,
                    kind=kind,
                    kind_label=rec_kinds.get(kind, str(kind)),
                    text=item.text,
                    status=status,
                    status_label=REC_STATUS_LABELS.get(status, status),
                    actions=summary,
                )
            )
    return learning


def pooled_filter_choices(
    scope: PoolScope, national: Sequence[ReviewLearning]
) -> dict[str, list[tuple[str, str]]]:
    """As `selectors.repository.filter_choices` over the scope's learning and the national
    reviews, in three queries."""
    reviews = PooledReview.objects.filter(review_id__in=scope.ids)
    years: set[int] = {y for y in reviews.values_list("year", flat=True).distinct() if y}
    years |= {r.year for r in national if r.year}
    kinds: set[str] = set()
    for value in reviews.values_list("agency_kinds", flat=True):
        kinds.update(k for k in value.split(",") if k)
    for review in national:
        kinds.update(review.agency_kinds)
    nodes = factor_nodes()
    factors: dict[str, str] = {}
    for key in (
        PooledFactor.objects.filter(review_id__in=scope.ids)
        .values_list("node_key", flat=True)
        .distinct()
    ):
        node = nodes.get(key)
        name = node.name if node else key
        layer = node.layer_name if node else ""
        factors[key] = f"{layer}: {name}" if layer else name
    for review in national:
        for episode in review.episodes:
            for factor in episode.factors:
                factors[factor.key] = (
                    f"{factor.layer}: {factor.name}" if factor.layer else factor.name
                )
    return {
        "review_type": list(ReviewType.choices),
        "year": [(str(y), str(y)) for y in sorted(years, reverse=True)],
        "pattern_area": [(a.key, a.name) for a in pattern_areas().values()],
        "category": list(CATEGORY_LABELS.items()),
        "factor": sorted(factors.items(), key=lambda kv: kv[1]),
        "agency_kind": [(k, v) for k, v in AgencyKind.choices if k in kinds],
        "age_band": [(key, label) for key, label, _low, _high in AGE_BANDS],
        "recommendation_kind": [(str(k), v) for k, v in RecommendationKind.choices],
        "recommendation_status": list(REC_STATUS_LABELS.items()),
    }


def pooled_counts(scope: PoolScope, *, today: datetime.date | None = None) -> PatternCounts:
    """What the pattern tables count, over the scope's pooled learning, counted by the
    database: five grouped queries."""
    today = today or datetime.date.today()
    reviews = PooledReview.objects.filter(review_id__in=scope.ids)
    counts = PatternCounts()
    agency_rows = list(reviews.values_list("year", "agency_kinds"))
    counts.years = {year for year, _kinds in agency_rows if year}
    for _year, kinds in agency_rows:
        counts.agencies.update(k for k in kinds.split(",") if k)
    items = PooledItem.objects.filter(review_id__in=scope.ids)
    for area, category, year, n in (
        items.filter(kind="finding")
        .values_list("pattern_area", "category", "review__year")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        if area:
            counts.areas[(area, year or 0)] += n
        counts.categories[(category, year or 0)] += n
    counts.heat_reviews = list(
        reviews.filter(Exists(items.filter(kind="episode", review=OuterRef("pk"))))
        .order_by("review__reference")
        .values_list("reference", flat=True)
    )
    layers: dict[str, str] = {}
    for reference, key, effect, n in (
        PooledFactor.objects.filter(review_id__in=scope.ids, effect__in=["helped", "hindered"])
        .values_list("review__reference", "node_key", "effect")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        layer = layers.setdefault(key, factor_layer(key))
        counts.heat[(layer, reference)] += n if effect == "helped" else -n
    for kind, status, n in (
        items.filter(kind="recommendation")
        .annotate(status=_status_expression(today))
        .values_list("recommendation_kind", "status")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        counts.recommendations[(kind or 0, status)] += n
    return counts


def pooled_candidates(scope: PoolScope) -> list[Candidate]:
    """Every finding and episode of the scope's reviews as "seen before" compares them, with
    their words already stemmed; their texts are left out (`candidate_texts` reads those of
    the few shown)."""
    factors: dict[int, set[str]] = defaultdict(set)
    for item_id, key in PooledFactor.objects.filter(review_id__in=scope.ids).values_list(
        "item_id", "node_key"
    ):
        factors[item_id].add(key)
    return [
        Candidate(
            reference,
            kind,
            number,
            "",
            factors=frozenset(factors.get(pk, ())),
            pattern_area=area,
            stems=tuple(stems.split()),
            key=pk,
        )
        for pk, reference, kind, number, area, stems in PooledItem.objects.filter(
            review_id__in=scope.ids, kind__in=["finding", "episode"]
        )
        .order_by("review__review__reference", "position")
        .values_list("pk", "review__reference", "kind", "number", "pattern_area", "terms")
    ]


def candidate_texts(candidates: Sequence[Candidate]) -> None:
    """Fill in the texts of these pooled candidates (one query)."""
    wanted = {c.key: c for c in candidates if c.key is not None}
    for pk, kind, statement, text in PooledItem.objects.filter(pk__in=wanted).values_list(
        "pk", "kind", "statement", "text"
    ):
        wanted[pk].text = (text or statement) if kind == "finding" else f"{statement}\n{text}"


_INDEXES: OrderedDict[Hashable, SimilarityIndex] = OrderedDict()
CACHED_INDEXES = 8  # per process


def pooled_similarity_index(scope: PoolScope, national: Sequence[Candidate]) -> SimilarityIndex:
    """ "Seen before"'s BM25 index over the scope's pooled findings and episodes and these
    national candidates. Kept in this process for the next query over the same learning (the
    key holds each review's build, so a rebuilt review makes a new one); one query when kept."""
    state = tuple(
        PooledReview.objects.filter(review_id__in=scope.ids)
        .order_by("review_id")
        .values_list("review_id", "built_version", "built_at")
    )
    key = (
        connection.settings_dict["NAME"],
        state,
        tuple(
            (c.review, c.kind, c.number, c.text, c.factors, c.pattern_area, c.national)
            for c in national
        ),
    )
    index = _INDEXES.get(key)
    if index is None:
        index = SimilarityIndex([*pooled_candidates(scope), *national], load_texts=candidate_texts)
        _INDEXES[key] = index
        while len(_INDEXES) > CACHED_INDEXES:
            _INDEXES.popitem(last=False)
    _INDEXES.move_to_end(key)
    return index


def pooled_item(review_id: int, item_uuid: uuid.UUID) -> tuple[Candidate, str]:
    """A finding or episode of a pooled review as "seen before" compares it, and its statement
    (an episode's title). Two queries."""
    item = PooledItem.objects.select_related("review").get(review_id=review_id, uuid=item_uuid)
    factors = frozenset(PooledFactor.objects.filter(item=item).values_list("node_key", flat=True))
    text = (
        (item.text or item.statement)
        if item.kind == "finding"
        else f"{item.statement}\n{item.text}"
    )
    candidate = Candidate(
        item.review.reference,
        item.kind,
        item.number,
        text,
        factors=factors if item.kind == "episode" else frozenset(),
        pattern_area=item.pattern_area,
    )
    return candidate, item.statement
