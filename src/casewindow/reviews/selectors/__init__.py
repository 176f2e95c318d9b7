"""Reads for review set-up, always scoped to what the viewing user may see."""

from dataclasses import dataclass

from django.db.models import QuerySet

from casewindow.accounts.models import Membership, ReviewRole, User
from casewindow.reviews.models import Review, ReviewStage


def reviews_for_user(*, user: User) -> QuerySet[Membership]:
    """The user's memberships, with their reviews, newest review first."""
    return (
        Membership.objects.filter(user=user)
        .select_related("review", "review__partnership")
        .order_by("-review__created_at")
    )


@dataclass(frozen=True)
class ChecklistItem:
    label: str
    done: bool
    hint: str


def review_checklist(*, review: Review) -> list[ChecklistItem]:
    """What set-up has been done and what is next, for the review home page."""
    roles = set(review.memberships.values_list("role", flat=True))
    return [
        ChecklistItem(
            "Scope period set",
            bool(review.scope_start and review.scope_end),
            "The period the review looks at, from the first to the last event in scope",
        ),
        ChecklistItem(
            "Terms of reference written",
            bool(review.terms_of_reference.strip()),
            "What the review will and will not look at",
        ),
        ChecklistItem(
            "Research questions agreed",
            review.research_questions.exists(),
            "The questions the review sets out to answer",
        ),
        ChecklistItem(
            "Agencies added", review.agencies.exists(), "Every organisation involved in the case"
        ),
        ChecklistItem(
            "People register started",
            review.people.exists(),
            "Everyone in the case, with a publication label for each",
        ),
        ChecklistItem(
            "Review team in place",
            ReviewRole.REVIEWER in roles or review.memberships.count() > 1,
            "Reviewers who will share the analysis",
        ),
        ChecklistItem(
            "Case group invited",
            ReviewRole.PARTICIPANT in roles,
            "The practitioners involved, who take part in the analysis",
        ),
    ]


def review_next_stage(*, review: Review) -> ReviewStage | None:
    stages = list(ReviewStage.values)
    index = stages.index(review.stage)
    return ReviewStage(stages[index + 1]) if index + 1 < len(stages) else None
