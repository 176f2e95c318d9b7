"""Learning across reviews. A review's learning reaches the partnership's learning pages beyond
its own members once it is published, or once its lead releases it early (a `LearningRelease`);
the rule itself lives in `accounts/access.py` (`learning_is_published`)."""

import uuid

from django.conf import settings
from django.db import models


class LearningRelease(models.Model):
    """The lead reviewer released the review's learning to the partnership before publication.
    At most one per review; withdrawing the release deletes it (the audit log keeps both)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.OneToOneField(
        "reviews.Review", on_delete=models.CASCADE, related_name="learning_release"
    )
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    released_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Learning of {self.review} released"


class LearningIndexState(models.Model):
    """What the search index holds of a review's learning: a fingerprint of the labelled texts
    last indexed, so a search re-indexes only the reviews whose learning changed since."""

    review = models.OneToOneField(
        "reviews.Review", on_delete=models.CASCADE, related_name="learning_index_state"
    )
    fingerprint = models.CharField(max_length=64)
    indexed_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Learning index of {self.review}"


class NationalReview(models.Model):
    """A published review from elsewhere (national, or a neighbouring partnership's), added by a
    partnership so that its learning sits beside the partnership's own on the learning pages.
    Only published, public content: never evidence."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partnership = models.ForeignKey(
        "accounts.Partnership", on_delete=models.CASCADE, related_name="national_reviews"
    )
    reference = models.CharField(max_length=60)
    source = models.CharField("partnership or body that published it", max_length=200)
    year = models.PositiveIntegerField()
    review_type = models.CharField(max_length=20)
    summary = models.TextField(blank=True)
    link = models.URLField(blank=True, max_length=500)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-year", "reference"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "reference"], name="national_review_reference_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.reference} ({self.source}, {self.year})"


class NationalFinding(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(NationalReview, on_delete=models.CASCADE, related_name="findings")
    number = models.PositiveIntegerField()
    pattern_area = models.CharField(max_length=40, blank=True, help_text="key in patterns.yaml")
    statement = models.TextField()

    class Meta:
        ordering = ["number"]

    def __str__(self) -> str:
        return f"Finding {self.number}"


class NationalRecommendation(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(
        NationalReview, on_delete=models.CASCADE, related_name="recommendations"
    )
    number = models.PositiveIntegerField()
    kind = models.PositiveSmallIntegerField(null=True, blank=True)
    text = models.TextField()

    class Meta:
        ordering = ["number"]

    def __str__(self) -> str:
        return f"Recommendation {self.number}"


class NationalEpisode(models.Model):
    """A key practice episode of a review from elsewhere, as its anonymised archive gives it: the
    labelled title and summary and its contributory factors (`factors`: [{key, effect}], node
    keys of the factor framework)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(NationalReview, on_delete=models.CASCADE, related_name="episodes")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    summary = models.TextField(blank=True)
    factors = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["number"]

    def __str__(self) -> str:
        return f"Episode {self.number}"
