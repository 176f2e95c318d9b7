"""The learning repository: the publication-safe learning of the reviews a user may see, as
plain data. Which reviews, and how much of each, is decided by `accounts/access.py`
(`learning_reviews_for_user`); this module only reads what it is given. Only findings, key
practice episode summaries, their contributory factors and recommendations are read, each text
with the register's real names replaced by publication labels — never evidence."""

import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db.models import Prefetch

from casewindow.analysis.framework import factor_nodes, pattern_areas
from casewindow.analysis.models import (
    ActionItem,
    ActionStatus,
    ContributoryFactor,
    Finding,
    KeyPracticeEpisode,
    Recommendation,
    RecommendationKind,
)
from casewindow.analysis.selectors.findings import OVERDUE, action_status
from casewindow.anonymisation.selectors.labels import publication_labelled
from casewindow.reviews.models import AgencyKind, PersonCategory, Review, ReviewType

AGE_BANDS = (
    ("under-1", "Under 1", 0, 0),
    ("1-4", "1 to 4", 1, 4),
    ("5-10", "5 to 10", 5, 10),
    ("11-15", "11 to 15", 11, 15),
    ("16-17", "16 to 17", 16, 17),
)
NO_ACTIONS = "no_actions"
REC_STATUS_LABELS = {
    NO_ACTIONS: "No actions yet",
    ActionStatus.NOT_STARTED: "Not started",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
    OVERDUE: "Overdue",
}
SYSTEMS, CASE_SPECIFIC = "systems", "case"
CATEGORY_LABELS = {SYSTEMS: "Systems finding", CASE_SPECIFIC: "Case-specific finding"}


@dataclass(frozen=True)
class LearningSource:
    """A review whose learning may be shown, and how much: `sees_unpublished` for its own
    members with analysis.view (the caller gets this from the access module)."""

    review: Review
    sees_unpublished: bool


@dataclass
class FactorItem:
    key: str
    name: str
    layer: str
    effect: str  # "helped" / "hindered" / …


@dataclass
class EpisodeItem:
    uuid: str
    number: int
    title: str
    summary: str
    factors: list[FactorItem]


@dataclass
class FindingItem:
    uuid: str
    number: int
    statement: str
    pattern_area: str
    pattern_area_name: str
    category: str
    text: str  # the finding's publication-safe text, for search and "seen before"


@dataclass(frozen=True)
class ActionSummary:
    """What a recommendation's status is worked out from on a given day."""

    count: int = 0
    open_due: datetime.date | None = None  # the earliest due date of an action not done
    all_done: bool = False
    all_not_started: bool = False

    @classmethod
    def of(cls, actions: Sequence[ActionItem]) -> "ActionSummary":
        open_dues = [a.due_date for a in actions if a.status != ActionStatus.DONE]
        return cls(
            count=len(actions),
            open_due=min(open_dues) if open_dues else None,
            all_done=bool(actions) and all(a.status == ActionStatus.DONE for a in actions),
            all_not_started=bool(actions)
            and all(a.status == ActionStatus.NOT_STARTED for a in actions),
        )

    def status(self, today: datetime.date) -> str:
        """No actions; overdue if any action not done is past its due date; done if all are;
        not started if none is; else in progress."""
        if not self.count:
            return NO_ACTIONS
        if self.open_due is not None and self.open_due < today:
            return OVERDUE
        if self.all_done:
            return ActionStatus.DONE
        if self.all_not_started:
            return ActionStatus.NOT_STARTED
        return ActionStatus.IN_PROGRESS


@dataclass
class RecommendationItem:
    uuid: str
    number: int
    kind: int
    kind_label: str
    text: str
    status: str
    status_label: str
    actions: ActionSummary = ActionSummary()


@dataclass
class ReviewLearning:
    reference: str
    partnership: str
    review_type: str
    review_type_label: str
    year: int | None
    published: bool  # its learning is published or released; False: members' analysis only
    national: bool
    age_band: str
    agency_kinds: set[str]
    findings: list[FindingItem] = field(default_factory=list)
    episodes: list[EpisodeItem] = field(default_factory=list)
    recommendations: list[RecommendationItem] = field(default_factory=list)
    link: str = ""
    review_id: int = 0  # the local review's id (0 for a national review)


@dataclass(frozen=True)
class LearningFilters:
    review_type: str = ""
    year: int | None = None
    pattern_area: str = ""
    category: str = ""
    factor: str = ""
    agency_kind: str = ""
    age_band: str = ""
    recommendation_kind: int | None = None
    recommendation_status: str = ""

    @property
    def active(self) -> bool:
        return any(getattr(self, name) not in ("", None) for name in self.__dataclass_fields__)


def review_year(review: Review) -> int | None:
    """The year a review is filed under: its serious incident, else when it was commissioned,
    else when it was created."""
    for day in (review.incident_date, review.commissioned_date):
        if day:
            return day.year
    return review.created_at.year if review.created_at else None


def _age_band(review: Review) -> str:
    """The child's age band at the serious incident (the youngest child of the register)."""
    when = review.incident_date or review.commissioned_date
    births = [
        p.date_of_birth
        for p in review.people.all()
        if p.category == PersonCategory.CHILD and p.date_of_birth
    ]
    if not when or not births:
        return ""
    born = max(births)
    age = when.year - born.year - ((when.month, when.day) < (born.month, born.day))
    for key, _label, low, high in AGE_BANDS:
        if low <= age <= high:
            return key
    return ""


def _recommendation_status(actions: Sequence[ActionItem], today: datetime.date) -> str:
    if not actions:
        return NO_ACTIONS
    statuses = {action_status(a, today=today) for a in actions}
    if OVERDUE in statuses:
        return OVERDUE
    if statuses == {ActionStatus.DONE}:
        return ActionStatus.DONE
    if statuses == {ActionStatus.NOT_STARTED}:
        return ActionStatus.NOT_STARTED
    return ActionStatus.IN_PROGRESS


def _finding_text(finding: Finding) -> str:
    return "\n".join(
        t
        for t in (
            finding.statement,
            finding.summary,
            finding.how_featured,
            finding.why_not_unique,
            finding.why_it_matters,
        )
        if t
    )


def review_learning(
    sources: Iterable[LearningSource], *, today: datetime.date | None = None
) -> list[ReviewLearning]:
    """Each review's learning, labelled (never real names). A constant number of queries plus
    one register read per review."""
    today = today or datetime.date.today()
    sources = list(sources)
    by_pk = {s.review.pk: s for s in sources}
    reviews = (
        Review.objects.filter(pk__in=by_pk)
        .select_related("partnership")
        # The stubs cannot type a Prefetch of the soft-delete manager's (generic) queryset.
        .prefetch_related(  # type: ignore[type-var]
            "people",
            "agencies",
            Prefetch("findings", queryset=Finding.objects.alive().order_by("number")),
            Prefetch(
                "episodes",
                queryset=KeyPracticeEpisode.objects.alive()
                .order_by("number")
                .prefetch_related(
                    Prefetch(
                        "factors",
                        # Within an episode, as the model orders them. The shared coding
                        # (coder None) is kept below: filtering on it here leads SQLite to
                        # read every shared factor through the coder index.
                        queryset=ContributoryFactor.objects.alive().order_by("node_key"),
                    )
                ),
            ),
            Prefetch(
                "recommendations",
                queryset=Recommendation.objects.alive()
                .order_by("number")
                .prefetch_related(Prefetch("actions", queryset=ActionItem.objects.alive())),
            ),
        )
        .order_by("reference")
    )
    areas = pattern_areas()
    nodes = factor_nodes()
    types = dict(ReviewType.choices)
    kinds = dict(RecommendationKind.choices)
    out = []
    for review in reviews:
        findings = list(review.findings.all())
        episodes = list(review.episodes.all())
        recommendations = list(review.recommendations.all())
        texts = (
            [_finding_text(f) for f in findings]
            + [f.statement for f in findings]
            + [e.title for e in episodes]
            + [e.appraisal_explanation for e in episodes]
            + [r.text for r in recommendations]
        )
        labelled = iter(publication_labelled(review=review, texts=texts))
        finding_texts = [next(labelled) for _ in findings]
        statements = [next(labelled) for _ in findings]
        titles = [next(labelled) for _ in episodes]
        summaries = [next(labelled) for _ in episodes]
        rec_texts = [next(labelled) for _ in recommendations]
        learning = ReviewLearning(
            reference=review.reference,
            partnership=review.partnership.name,
            review_type=review.review_type,
            review_type_label=types.get(review.review_type, review.review_type),
            year=review_year(review),
            published=not by_pk[review.pk].sees_unpublished,
            national=False,
            age_band=_age_band(review),
            agency_kinds={a.kind for a in review.agencies.all()},
            review_id=review.pk,
        )
        for finding, text, statement in zip(findings, finding_texts, statements, strict=True):
            area = areas.get(finding.pattern_area)
            learning.findings.append(
                FindingItem(
                    uuid=str(finding.uuid),
                    number=finding.number,
                    statement=statement,
                    pattern_area=finding.pattern_area,
                    pattern_area_name=area.name if area else "",
                    category=SYSTEMS if finding.is_systems_finding else CASE_SPECIFIC,
                    text=text,
                )
            )
        for episode, title, summary in zip(episodes, titles, summaries, strict=True):
            factors = []
            for factor in episode.factors.all():
                if factor.coder_id is not None:
                    continue  # an independent coding of an agreement check
                node = nodes.get(factor.node_key)
                factors.append(
                    FactorItem(
                        key=factor.node_key,
                        name=node.name if node else factor.node_key,
                        layer=node.layer_name if node else "",
                        effect=factor.effect,
                    )
                )
            learning.episodes.append(
                EpisodeItem(str(episode.uuid), episode.number, title, summary, factors)
            )
        for recommendation, text in zip(recommendations, rec_texts, strict=True):
            actions = list(recommendation.actions.all())
            status = _recommendation_status(actions, today)
            learning.recommendations.append(
                RecommendationItem(
                    uuid=str(recommendation.uuid),
                    number=recommendation.number,
                    kind=recommendation.kind,
                    kind_label=kinds.get(recommendation.kind, str(recommendation.kind)),
                    text=text,
                    status=status,
                    status_label=REC_STATUS_LABELS.get(status, status),
                    actions=ActionSummary.of(actions),
                )
            )
        out.append(learning)
    return out


def _keep_review(learning: ReviewLearning, filters: LearningFilters) -> bool:
    if filters.review_type and learning.review_type != filters.review_type:
        return False
    if filters.year is not None and learning.year != filters.year:
        return False
    if filters.agency_kind and filters.agency_kind not in learning.agency_kinds:
        return False
    return not (filters.age_band and learning.age_band != filters.age_band)


def learning_filtered(
    learning: Iterable[ReviewLearning], filters: LearningFilters
) -> list[ReviewLearning]:
    """The reviews that match the review-level filters, each keeping only the findings,
    episodes and recommendations that match the item-level ones; a review left with nothing
    while an item filter is set is dropped."""
    out = []
    item_filter = any(
        (
            filters.pattern_area,
            filters.category,
            filters.factor,
            filters.recommendation_kind is not None,
            filters.recommendation_status,
        )
    )
    for review in learning:
        if not _keep_review(review, filters):
            continue
        findings = [
            f
            for f in review.findings
            if (not filters.pattern_area or f.pattern_area == filters.pattern_area)
            and (not filters.category or f.category == filters.category)
        ]
        episodes = [
            e
            for e in review.episodes
            if not filters.factor
            or any(
                f.key == filters.factor or f.key.startswith(filters.factor + "/") for f in e.factors
            )
        ]
        recommendations = [
            r
            for r in review.recommendations
            if (filters.recommendation_kind is None or r.kind == filters.recommendation_kind)
            and (not filters.recommendation_status or r.status == filters.recommendation_status)
        ]
        finding_filter = filters.pattern_area or filters.category
        rec_filter = filters.recommendation_kind is not None or filters.recommendation_status
        kept = ReviewLearning(
            **{
                **review.__dict__,
                "findings": findings
                if not (filters.factor or rec_filter) or finding_filter
                else [],
                "episodes": episodes
                if not (finding_filter or rec_filter) or filters.factor
                else [],
                "recommendations": recommendations
                if not (finding_filter or filters.factor) or rec_filter
                else [],
            }
        )
        if item_filter and not (kept.findings or kept.episodes or kept.recommendations):
            continue
        out.append(kept)
    return out


def filter_choices(learning: Sequence[ReviewLearning]) -> dict[str, list[tuple[str, str]]]:
    """The values each filter offers, from the learning the user may see."""
    years = sorted({r.year for r in learning if r.year}, reverse=True)
    factors: dict[str, str] = {}
    for review in learning:
        for episode in review.episodes:
            for factor in episode.factors:
                factors[factor.key] = (
                    f"{factor.layer}: {factor.name}" if factor.layer else factor.name
                )
    counts: dict[str, int] = defaultdict(int)
    for review in learning:
        for kind in review.agency_kinds:
            counts[kind] += 1
    return {
        "review_type": list(ReviewType.choices),
        "year": [(str(y), str(y)) for y in years],
        "pattern_area": [(a.key, a.name) for a in pattern_areas().values()],
        "category": list(CATEGORY_LABELS.items()),
        "factor": sorted(factors.items(), key=lambda kv: kv[1]),
        "agency_kind": [(k, v) for k, v in AgencyKind.choices if k in counts],
        "age_band": [(key, label) for key, label, _low, _high in AGE_BANDS],
        "recommendation_kind": [(str(k), v) for k, v in RecommendationKind.choices],
        "recommendation_status": list(REC_STATUS_LABELS.items()),
    }
