"""Marking a review's pooled learning (`learning.models.PooledReview`) as behind a change, so
the next learning page rebuilds it: any save or delete of what it is built from — the review,
its findings, episodes, factors, recommendations and their actions, its register of people,
its agencies and its anonymisation decisions. One UPDATE per change (none when the review has
no pooled learning yet: it is built when first read)."""

from typing import Any

from django.db.models import F, Model
from django.db.models.signals import post_delete, post_save

from casewindow.analysis.models import (
    ActionItem,
    ContributoryFactor,
    Finding,
    KeyPracticeEpisode,
    Recommendation,
)
from casewindow.anonymisation.models import AnonymisationDecision
from casewindow.learning.models import PooledReview
from casewindow.reviews.models import Agency, Person, Review

_BY_REVIEW: tuple[type[Model], ...] = (
    Finding,
    KeyPracticeEpisode,
    Recommendation,
    Person,
    Agency,
    AnonymisationDecision,
)


def _bump(**lookup: Any) -> None:
    PooledReview.objects.filter(**lookup).update(version=F("version") + 1)


def _review_changed(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    _bump(review_id=instance.review_id)


def _review_saved(sender: type[Model], instance: Review, **kwargs: Any) -> None:
    if not kwargs.get("created"):
        _bump(review_id=instance.pk)


def _factor_changed(sender: type[Model], instance: ContributoryFactor, **kwargs: Any) -> None:
    _bump(review__episodes=instance.episode_id)


def _action_changed(sender: type[Model], instance: ActionItem, **kwargs: Any) -> None:
    _bump(review__recommendations=instance.recommendation_id)


def connect() -> None:
    for model in _BY_REVIEW:
        post_save.connect(_review_changed, sender=model, dispatch_uid=f"learning-pool-{model}")
        post_delete.connect(
            _review_changed, sender=model, dispatch_uid=f"learning-pool-del-{model}"
        )
    post_save.connect(_review_saved, sender=Review, dispatch_uid="learning-pool-review")
    for model, receiver in ((ContributoryFactor, _factor_changed), (ActionItem, _action_changed)):
        post_save.connect(receiver, sender=model, dispatch_uid=f"learning-pool-{model}")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"learning-pool-del-{model}")
