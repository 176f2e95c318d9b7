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
