"""Reading findings, recommendations and action plans. A finding is "unsupported" when it has
no linked (alive) key practice episode or no evidence: no excerpt linked to it, and none of its
episodes has an excerpt or a contributory factor. An action is "overdue" when its due date has
passed and it is not done — computed here, never stored."""

import datetime
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypedDict

from django.db.models import Exists, FilteredRelation, OuterRef, Prefetch, QuerySet

from casewindow.analysis.framework import PatternArea, pattern_areas
from casewindow.analysis.models import (
    ActionItem,
    ActionStatus,
    ContributoryFactor,
    Excerpt,
    Finding,
    KeyPracticeEpisode,
    Recommendation,
)
from casewindow.reviews.models import Review

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

OVERDUE = "overdue"


def _alive_episodes() -> QuerySet[KeyPracticeEpisode]:
    return KeyPracticeEpisode.objects.alive().order_by("number")


class FindingAnnotated(TypedDict):
    """What `findings_annotated` adds to each finding besides its fields."""

    has_episode: bool
    has_evidence: bool
    alive_episodes: list[KeyPracticeEpisode]


def findings_annotated(*, review: Review) -> "QuerySet[WithAnnotations[Finding, FindingAnnotated]]":
    """The review's findings (alive), each with `has_episode` and `has_evidence`, and its alive
    episodes prefetched as `alive_episodes`."""
    linked_episode = KeyPracticeEpisode.objects.alive().filter(findings=OuterRef("pk"))
    own_excerpt = Excerpt.objects.alive().filter(findings=OuterRef("pk"))
    episode_excerpt = Excerpt.objects.alive().filter(
        episodes__findings=OuterRef("pk"), episodes__deleted_at__isnull=True
    )
    episode_factor = ContributoryFactor.objects.alive().filter(
        episode__findings=OuterRef("pk"), episode__deleted_at__isnull=True, coder__isnull=True
    )
    return (
        Finding.objects.alive()
        .filter(review=review)
        .annotate(
            has_episode=Exists(linked_episode),
            has_evidence=Exists(own_excerpt) | Exists(episode_excerpt) | Exists(episode_factor),
        )
        .prefetch_related(
            Prefetch("episodes", queryset=_alive_episodes(), to_attr="alive_episodes")
        )
        .order_by("number")
    )


def finding_is_supported(finding: Finding) -> bool:
    return bool(getattr(finding, "has_episode", False) and getattr(finding, "has_evidence", False))


def finding_support_problems(finding: Finding) -> list[str]:
    problems = []
    if not getattr(finding, "has_episode", False):
        problems.append("It is not linked to any key practice episode.")
    if not getattr(finding, "has_evidence", False):
        problems.append(
            "No evidence supports it: no excerpt is linked to it, and its key practice "
            "episodes have no excerpts or contributory factors."
        )
    return problems


@dataclass
class PatternGroup:
    area: PatternArea | None  # None: a systems finding with no (known) pattern area
    findings: list[Finding] = field(default_factory=list)


@dataclass
class FindingsOverview:
    systems: list[PatternGroup]
    case_specific: list[Finding]
    systems_count: int
    unsupported_count: int


def findings_overview(*, review: Review) -> FindingsOverview:
    """Systems findings grouped by pattern area (in the order of patterns.yaml), and the
    case-specific learning apart from them. A constant number of queries."""
    findings = list(findings_annotated(review=review))
    areas = pattern_areas()
    groups: dict[str | None, PatternGroup] = {}
    case_specific: list[Finding] = []
    for finding in findings:
        finding.supported = finding_is_supported(finding)
        if not finding.is_systems_finding:
            case_specific.append(finding)
            continue
        area = areas.get(finding.pattern_area)
        key = area.key if area else None
        groups.setdefault(key, PatternGroup(area=area)).findings.append(finding)
    order = list(areas)
    systems = sorted(
        groups.values(), key=lambda g: order.index(g.area.key) if g.area else len(order)
    )
    return FindingsOverview(
        systems=systems,
        case_specific=case_specific,
        systems_count=sum(len(g.findings) for g in systems),
        unsupported_count=sum(1 for f in findings if not f.supported),
    )


def finding_episode_choices(*, review: Review) -> QuerySet[KeyPracticeEpisode]:
    return _alive_episodes().filter(review=review)


def finding_choices(*, review: Review) -> QuerySet[Finding]:
    return Finding.objects.alive().filter(review=review).order_by("number")


def removed_findings(*, review: Review) -> QuerySet[Finding]:
    return (
        Finding.objects.filter(review=review, deleted_at__isnull=False)
        .select_related("deleted_by")
        .order_by("-deleted_at")
    )


def removed_recommendations(*, review: Review) -> QuerySet[Recommendation]:
    return (
        Recommendation.objects.filter(review=review, deleted_at__isnull=False)
        .select_related("deleted_by")
        .order_by("-deleted_at")
    )


def removed_actions(*, review: Review) -> QuerySet[ActionItem]:
    """Removed actions of recommendations still in place (a removed recommendation's actions
    come back with it)."""
    return (
        ActionItem.objects.filter(
            recommendation__review=review,
            recommendation__deleted_at__isnull=True,
            deleted_at__isnull=False,
        )
        .select_related("deleted_by", "recommendation")
        .order_by("-deleted_at")
    )


# --- recommendations and actions -----------------------------------------------------------


def action_status(action: ActionItem, *, today: datetime.date | None = None) -> str:
    """The action's status as shown: its stored status, or "overdue" if the due date has
    passed and it is not done."""
    today = today or datetime.date.today()
    if action.status != ActionStatus.DONE and action.due_date < today:
        return OVERDUE
    return action.status


STATUS_LABELS = {OVERDUE: "Overdue", **dict(ActionStatus.choices)}
STATUS_TAGS = {
    OVERDUE: "govuk-tag--red",
    ActionStatus.NOT_STARTED: "govuk-tag--grey",
    ActionStatus.IN_PROGRESS: "govuk-tag--blue",
    ActionStatus.DONE: "govuk-tag--green",
}


def _decorate(action: ActionItem, today: datetime.date) -> ActionItem:
    action.shown_status = action_status(action, today=today)
    action.status_label = STATUS_LABELS[action.shown_status]
    action.status_tag = STATUS_TAGS[action.shown_status]
    return action


def _alive_actions(review: Review) -> QuerySet[ActionItem]:
    return ActionItem.objects.alive().filter(
        recommendation__review=review, recommendation__deleted_at__isnull=True
    )


def overdue_actions(*, review: Review, today: datetime.date | None = None) -> QuerySet[ActionItem]:
    today = today or datetime.date.today()
    return _alive_actions(review).filter(due_date__lt=today).exclude(status=ActionStatus.DONE)


def overdue_actions_count(*, review: Review, today: datetime.date | None = None) -> int:
    return overdue_actions(review=review, today=today).count()


class RecommendationPrefetched(TypedDict):
    """What `recommendations_overview` fetches onto each recommendation besides its fields."""

    alive_findings: list[Finding]
    alive_actions: list[ActionItem]


def recommendations_overview(
    *, review: Review, today: datetime.date | None = None
) -> "list[WithAnnotations[Recommendation, RecommendationPrefetched]]":
    """The review's recommendations (alive) with their findings and actions (alive, each with
    its shown status). A constant number of queries."""
    today = today or datetime.date.today()
    recommendations = list(
        Recommendation.objects.alive()
        .filter(review=review)
        .select_related("owner_agency")
        .prefetch_related(
            Prefetch(
                "findings",
                queryset=Finding.objects.alive().order_by("number"),
                to_attr="alive_findings",
            )
        )
        .prefetch_related(
            Prefetch("actions", queryset=ActionItem.objects.alive(), to_attr="alive_actions")
        )
        .order_by("number")
    )
    for recommendation in recommendations:
        for action in recommendation.alive_actions:
            _decorate(action, today)
        recommendation.overdue_count = sum(
            1 for a in recommendation.alive_actions if a.shown_status == OVERDUE
        )
    return recommendations


_STATUS_ORDER = {OVERDUE: 0, ActionStatus.IN_PROGRESS: 1, ActionStatus.NOT_STARTED: 2}


@dataclass
class ActionPlan:
    actions: list[ActionItem]
    counts: list[tuple[str, int, str]]  # (label, number, tag class), only the non-zero ones
    overdue: int


def action_plan(*, review: Review, today: datetime.date | None = None) -> ActionPlan:
    """Every action of the review, overdue first, then in progress, not started, done; each by
    due date."""
    today = today or datetime.date.today()
    actions = [
        _decorate(a, today)
        for a in _alive_actions(review).select_related(
            "recommendation", "recommendation__owner_agency"
        )
    ]
    actions.sort(key=lambda a: (_STATUS_ORDER.get(a.shown_status, 3), a.due_date, a.pk))
    counter = Counter(a.shown_status for a in actions)
    counts = [
        (STATUS_LABELS[key].lower(), counter[key], STATUS_TAGS[key])
        for key in (OVERDUE, ActionStatus.IN_PROGRESS, ActionStatus.NOT_STARTED, ActionStatus.DONE)
        if counter[key]
    ]
    return ActionPlan(actions=actions, counts=counts, overdue=counter[OVERDUE])


def recommendation_actions(
    *, recommendation: Recommendation, today: datetime.date | None = None
) -> list[ActionItem]:
    today = today or datetime.date.today()
    return [_decorate(a, today) for a in recommendation.actions.alive()]


def recommendations_for_finding(*, finding: Finding) -> QuerySet[Recommendation]:
    return finding.recommendations.alive().order_by("number")


def actions_of_live_recommendations(*, alive: bool = True) -> QuerySet[ActionItem]:
    """Actions (alive ones unless told) of recommendations not removed, filterable by `review`
    (for the access module), as the action pages and the API load one."""
    actions = ActionItem.objects.alive() if alive else ActionItem.objects.all()
    return (
        actions.alias(review=FilteredRelation("recommendation__review"))
        .filter(recommendation__deleted_at__isnull=True)
        .select_related("recommendation", "updated_by")
    )
