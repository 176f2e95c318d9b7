"""The partnership home: every review the viewer may list with its next statutory date, what is
due this week or overdue, and every recommendation's actions across those reviews. Built in a
fixed number of queries whatever the number of reviews and actions."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, QuerySet

from casewindow.accounts.models import Membership, Partnership, ReviewRole
from casewindow.analysis.models import ActionItem, ActionStatus
from casewindow.drafts.models import Draft
from casewindow.process.clock import DueDate, WorkingCalendar
from casewindow.process.selectors.clock import (
    next_open_date,
    partnership_calendar,
    review_due_dates,
)
from casewindow.reviews.models import Review

OVERDUE = "overdue"  # the status filter's extra value: not done and past its due date
NO_AGENCY = "(no agency)"


@dataclass(frozen=True)
class ReviewRow:
    review: Review
    leads: list[str]
    dates: list[DueDate]
    next_date: DueDate | None

    @property
    def on_time(self) -> bool:
        return not any(due.state == "overdue" for due in self.dates)


@dataclass(frozen=True)
class DueItem:
    review: Review
    what: str
    due: datetime.date
    phrase: str
    overdue: bool


@dataclass(frozen=True)
class ActionFilter:
    agency: str = ""
    status: str = ""


@dataclass
class PartnershipHome:
    rows: list[ReviewRow]
    due_this_week: list[DueItem]
    overdue: list[DueItem]
    overdue_count: int
    overdue_by_agency: list[tuple[str, int]]
    agencies: list[str]
    actions: "QuerySet[ActionItem]"
    action_count: int
    working: WorkingCalendar
    today: datetime.date
    week_end: datetime.date = field(init=False)

    def __post_init__(self) -> None:
        self.week_end = self.today + datetime.timedelta(days=6 - self.today.weekday())


def action_agency_name(action: ActionItem) -> str:
    recommendation = action.recommendation
    if recommendation.owner_agency is not None:
        return recommendation.owner_agency.name
    return recommendation.owner_text or NO_AGENCY


def partnership_actions(
    reviews: "QuerySet[Review]", *, today: datetime.date, filters: ActionFilter = ActionFilter()
) -> "QuerySet[ActionItem]":
    """Every live action of a live recommendation of these reviews, filtered by the owning
    agency's name and the status ("overdue": not done, due before today)."""
    actions = (
        ActionItem.objects.alive()
        .filter(recommendation__review__in=reviews, recommendation__deleted_at__isnull=True)
        .select_related("recommendation__review", "recommendation__owner_agency")
        .order_by("due_date", "recommendation__review__reference", "recommendation__number", "pk")
    )
    if filters.agency == NO_AGENCY:
        actions = actions.filter(
            recommendation__owner_agency__isnull=True, recommendation__owner_text=""
        )
    elif filters.agency:
        actions = actions.filter(
            Q(recommendation__owner_agency__name=filters.agency)
            | Q(
                recommendation__owner_agency__isnull=True, recommendation__owner_text=filters.agency
            )
        )
    if filters.status == OVERDUE:
        actions = actions.exclude(status=ActionStatus.DONE).filter(due_date__lt=today)
    elif filters.status in ActionStatus.values:
        actions = actions.filter(status=filters.status)
    return actions


def partnership_home(
    *,
    partnership: Partnership,
    reviews: "QuerySet[Review]",
    today: datetime.date,
    filters: ActionFilter = ActionFilter(),
) -> PartnershipHome:
    working = partnership_calendar(partnership)
    review_list = list(
        reviews.order_by("reference").prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.filter(role=ReviewRole.LEAD_REVIEWER).select_related(
                    "user"
                ),
                to_attr="lead_memberships",
            )
        )
    )
    windows: dict[int, list[tuple[int, datetime.date]]] = defaultdict(list)
    for review_id, number, closes in Draft.objects.filter(
        review__in=reviews, comments_close_on__isnull=False, comments_close_on__gte=today
    ).values_list("review_id", "number", "comments_close_on"):
        if closes is not None:
            windows[review_id].append((number, closes))

    rows = []
    week_end = today + datetime.timedelta(days=6 - today.weekday())
    due_this_week: list[DueItem] = []
    overdue: list[DueItem] = []
    for review in review_list:
        dates = review_due_dates(
            review, working=working, on=today, comment_windows=windows.get(review.pk, [])
        )
        leads = [m.user.full_name for m in review.lead_memberships]
        rows.append(ReviewRow(review, leads, dates, next_open_date(dates)))
        for due in dates:
            if due.state == "overdue":
                overdue.append(DueItem(review, due.label, due.due, due.phrase, True))
            elif due.open and due.due <= week_end:
                due_this_week.append(DueItem(review, due.label, due.due, due.phrase, False))

    all_actions = partnership_actions(reviews, today=today)
    # Actions due this week or overdue join the statutory dates in those two lists.
    for action in all_actions.exclude(status=ActionStatus.DONE).filter(due_date__lte=week_end):
        action_review = action.recommendation.review
        what = f"Action of recommendation {action.recommendation.number}: {action.text[:80]}"
        if action.due_date < today:
            days = working.working_days_between(action.due_date, today)
            phrase = (
                f"Overdue by {days} working day{'' if days == 1 else 's'}" if days else "Overdue"
            )
            overdue.append(DueItem(action_review, what, action.due_date, phrase, True))
        else:
            days = working.working_days_between(today, action.due_date)
            phrase = f"Due in {days} working day{'' if days == 1 else 's'}" if days else "Due today"
            due_this_week.append(DueItem(action_review, what, action.due_date, phrase, False))

    by_agency: dict[str, int] = defaultdict(int)
    agencies: set[str] = set()
    late = ~Q(status=ActionStatus.DONE) & Q(due_date__lt=today)
    for agency, text, count in (
        all_actions.order_by()
        .values_list("recommendation__owner_agency__name", "recommendation__owner_text")
        .annotate(n=Count("pk", filter=late))
    ):
        name = agency or text or NO_AGENCY
        agencies.add(name)
        if count:
            by_agency[name] += count

    filtered = partnership_actions(reviews, today=today, filters=filters)
    return PartnershipHome(
        rows=rows,
        due_this_week=sorted(due_this_week, key=lambda item: item.due),
        overdue=sorted(overdue, key=lambda item: item.due),
        overdue_count=len(overdue),
        overdue_by_agency=sorted(by_agency.items(), key=lambda pair: (-pair[1], pair[0])),
        agencies=sorted(agencies),
        actions=filtered,
        action_count=filtered.count(),
        working=working,
        today=today,
    )
