"""Personal access tokens: how a program signs in to the REST API as one of Casewindow's users.

The secret is shown once, when the token is made; only its SHA-256 is kept, with its first
characters (`prefix`) so the owner can tell their tokens apart. A token reads, or reads and
writes, either every review its owner may see or one review; it stops working when it expires
or is revoked, and never opens more than its owner's role allows."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class TokenAccess(models.TextChoices):
    READ = "read", "Read only"
    READ_WRITE = "read_write", "Read and write"


class PersonalAccessToken(models.Model):
    # A key to the review, not part of it: a whole-review export (interchange) leaves it out,
    # so no token (not even its hash) travels with the review.
    not_review_content = True

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, help_text="what the token is for")
    prefix = models.CharField(max_length=16, help_text="the secret's first characters")
    token_hash = models.CharField(max_length=64, unique=True)
    access = models.CharField(max_length=12, choices=TokenAccess.choices)
    review = models.ForeignKey(
        "reviews.Review",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text="the one review it opens; empty: every review its owner may see",
    )
    expires_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def writes(self) -> bool:
        return self.access == TokenAccess.READ_WRITE

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()

    @property
    def state(self) -> str:
        if self.revoked_at is not None:
            return "Revoked"
        return "Active" if self.expires_at > timezone.now() else "Expired"
