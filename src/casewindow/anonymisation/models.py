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


class ScanStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class PublicationScan(models.Model):
    """One run of the detector over one version of the report (the working report, or a
    draft's frozen content), made in the background so the publication check page never waits
    for the language model. `detections` holds the model's and the recognisers' spans per
    string (before propagation and decisions), so the page re-applies the register and the
    current decisions to them in milliseconds; `candidates` is what the scan found, as it stood
    when it finished. A scan is reused only for exactly the content it was made from
    (`content_hash`: the strings, the people register and the detector's version; `register_hash`:
    the register and the detector's version alone)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="publication_scans")
    # "report" (the working report) or "draft-<n>".
    source = models.CharField(max_length=20, default="report")
    content_hash = models.CharField(max_length=64)
    # The people register and the detector's version: spans stored under another register
    # are never reused.
    register_hash = models.CharField(max_length=64)
    content = models.JSONField(help_text="ReportContent.to_json() of the content scanned")
    detections = models.JSONField(default=list, blank=True)
    candidates = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=ScanStatus.choices, default=ScanStatus.QUEUED)
    error = models.TextField(blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["review", "source", "content_hash"], name="anon_scan_lookup"),
        ]

    def __str__(self) -> str:
        return f"Publication scan of {self.source} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (ScanStatus.DONE, ScanStatus.FAILED)
