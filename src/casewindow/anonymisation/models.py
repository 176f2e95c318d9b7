"""Anonymisation decisions: the reviewer's answer, per review, for each string the detector
flagged — replace it (with which label) or keep it (and why). A decision holds for every
occurrence of that string in every document and draft of the review, so the mapping from real
names to labels stays the same everywhere. Decisions are never deleted: a new decision on the
same string supersedes the old one, and the log shows both.

People in the register need no decision: their publication label (reviews.Person) is their
replacement."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from casewindow.reviews.models import Review


class Category(models.TextChoices):
    PERSON = "PERSON", "Name"
    DATE_OF_BIRTH = "DATE_OF_BIRTH", "Date of birth"
    ADDRESS = "ADDRESS", "Address"
    POSTCODE = "POSTCODE", "Postcode"
    PHONE = "PHONE", "Phone number"
    EMAIL = "EMAIL", "Email address"
    NHS_NUMBER = "NHS_NUMBER", "NHS number"
    NI_NUMBER = "NI_NUMBER", "National Insurance number"
    ORGANISATION = "ORGANISATION", "School, nursery, GP practice or hospital"
    OTHER = "OTHER", "Other (place or organisation)"


class DecisionKind(models.TextChoices):
    REPLACE = "replace", "Replace"
    KEEP = "keep", "Keep"


class AnonymisationDecision(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(
        Review, on_delete=models.CASCADE, related_name="anonymisation_decisions"
    )
    text = models.CharField(max_length=300, help_text="The string as the reviewer saw it")
    text_key = models.CharField(max_length=300, help_text="The string normalised for matching")
    category = models.CharField(max_length=20, choices=Category.choices)
    decision = models.CharField(max_length=10, choices=DecisionKind.choices)
    replacement = models.CharField(max_length=100, blank=True)
    reason = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    decided_at = models.DateTimeField(default=timezone.now)
    superseded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-decided_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "text_key"],
                condition=Q(superseded_at__isnull=True),
                name="one_current_anonymisation_decision_per_string",
            ),
            models.CheckConstraint(
                condition=~Q(decision="keep", reason=""),
                name="anonymisation_keep_needs_reason",
            ),
            models.CheckConstraint(
                condition=~Q(decision="replace", replacement=""),
                name="anonymisation_replace_needs_label",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_decision_display()}: {self.text}"

    @property
    def current(self) -> bool:
        return self.superseded_at is None
