"""A review's progress through its process template."""

from dataclasses import dataclass
from itertools import groupby

from casewindow.process.models import ProcessTemplate, ReviewStep, StepStatus
from casewindow.reviews.models import Review


@dataclass(frozen=True)
class Progress:
    template: ProcessTemplate
    finished: int  # done or not applicable
    total: int
    stages: list[tuple[str, list[ReviewStep]]]

    @property
    def percent(self) -> int:
        return round(100 * self.finished / self.total) if self.total else 0


def review_progress(review: Review) -> Progress | None:
    """None until the review starts its process."""
    steps = list(
        ReviewStep.objects.filter(review=review).select_related("template", "assignee__user")
    )
    if not steps:
        return None
    finished = sum(step.status != StepStatus.TO_DO for step in steps)
    stages = [(title, list(group)) for title, group in groupby(steps, key=lambda s: s.stage_title)]
    return Progress(steps[0].template, finished, len(steps), stages)
