"""Learning across reviews. A review's learning reaches the partnership's learning pages beyond
its own members once it is published, or once its lead releases it early (a `LearningRelease`);
the rule itself lives in `accounts/access.py` (`learning_is_published`)."""

import uuid

from django.conf import settings
from django.db import models

from casewindow.background import MadeInBackground


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


class PooledReview(models.Model):
    """A review's publication-safe learning as the learning pages read it: built from its
    analysis and register (labels in place of real names) by `services.pool`, so that the pages
    filter, count, paginate and aggregate in the database instead of reading every review's
    analysis on each view. Any change to what it is built from bumps `version` (learning.signals);
    a page rebuilds the reviews whose `built_version` is behind before reading. Who may see it is
    never stored here: `accounts/access.py` decides on each view."""

    review = models.OneToOneField(
        "reviews.Review", on_delete=models.CASCADE, primary_key=True, related_name="learning_pool"
    )
    version = models.PositiveIntegerField(default=0)
    built_version = models.PositiveIntegerField(default=0)
    reference = models.CharField(max_length=40)
    review_type = models.CharField(max_length=20)
    year = models.PositiveIntegerField(null=True)
    age_band = models.CharField(max_length=10, blank=True)
    # ",csc,police," so that one kind is found with a LIKE on either database
    agency_kinds = models.CharField(max_length=400, blank=True)
    built_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Pooled learning of {self.reference}"


class PooledItem(models.Model):
    """One finding, key practice episode or recommendation of a pooled review, its texts
    labelled. Findings: `statement` and `text` (the finding's full text); episodes: `statement`
    is the title, `text` the summary; recommendations: `text`. A recommendation keeps what its
    status is worked out from on the day it is read (overdue depends on the date)."""

    review = models.ForeignKey(PooledReview, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField(max_length=16)  # finding / episode / recommendation
    position = models.PositiveIntegerField()
    uuid = models.UUIDField()
    number = models.PositiveIntegerField()
    statement = models.TextField(blank=True)
    text = models.TextField(blank=True)
    pattern_area = models.CharField(max_length=40, blank=True)
    category = models.CharField(max_length=10, blank=True)
    recommendation_kind = models.PositiveSmallIntegerField(null=True)
    actions = models.PositiveIntegerField(default=0)
    open_due = models.DateField(null=True)  # the earliest due date of an action not done
    all_done = models.BooleanField(default=False)
    all_not_started = models.BooleanField(default=False)
    # "Seen before": the stemmed words of the text it compares (learning.similar.terms)
    terms = models.TextField(blank=True)

    class Meta:
        ordering = ["position"]
        indexes = [models.Index(fields=["review", "kind", "position"], name="pooled_item_order")]

    def __str__(self) -> str:
        return f"{self.kind} {self.number} of {self.review_id}"


class PooledFactor(models.Model):
    """A contributory factor of a pooled key practice episode (the shared coding only)."""

    item = models.ForeignKey(PooledItem, on_delete=models.CASCADE, related_name="factors")
    review = models.ForeignKey(PooledReview, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveIntegerField()
    node_key = models.CharField(max_length=120)
    effect = models.CharField(max_length=10)

    class Meta:
        ordering = ["position"]
        indexes = [models.Index(fields=["review", "node_key"], name="pooled_factor_node")]

    def __str__(self) -> str:
        return f"{self.node_key} ({self.effect})"


def annual_file_upload_to(instance: "AnnualReportFile", filename: str) -> str:
    return f"annual-reports/{instance.uuid}.{instance.file_format}"


class AnnualReportFile(MadeInBackground):
    """An annual learning report asked for in the browser and made in the background (a year
    of forty reviews takes a quarter of a minute to lay out). It holds the learning its maker
    could read when they asked (`review_ids`), so it is theirs alone to download."""

    partnership = models.ForeignKey(
        "accounts.Partnership", on_delete=models.CASCADE, related_name="+"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    year = models.PositiveSmallIntegerField()
    file_format = models.CharField(max_length=4, choices=[("docx", "DOCX"), ("pdf", "PDF")])
    # The reviews whose published (or released) learning its maker could read when they asked.
    review_ids = models.JSONField(default=list)
    file = models.FileField(upload_to=annual_file_upload_to, blank=True, max_length=300)
    size = models.PositiveBigIntegerField(default=0)
    reviews_read = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"Annual learning report {self.year} ({self.file_format.upper()})"
