"""What the reports app stores: the sections of the report the reviewers write themselves
(everything else is drawn from the analysis each time the report is assembled, so it cannot
drift), and the rendered files (DOCX, PDF, HTML) made in the background."""

import uuid

from django.conf import settings
from django.db import models

from casewindow.background import MadeInBackground


class ReportSection(models.Model):
    """A free-text part of the report, written by the reviewers. `key` is the report section's
    stable key (see reports.sections.FREE_TEXT). The body is plain text: paragraphs separated by
    a blank line, lines starting "- " as bullet points. `version` is for optimistic locking."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="report_sections"
    )
    key = models.CharField(max_length=60)
    body = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["key"]
        constraints = [
            models.UniqueConstraint(fields=["review", "key"], name="report_section_key_unique")
        ]

    def __str__(self) -> str:
        return f"{self.review_id}: {self.key}"


class ExportFormat(models.TextChoices):
    DOCX = "docx", "Word document (DOCX)"
    PDF = "pdf", "PDF"
    HTML = "html", "Web page (HTML)"


class ExportStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Being made"
    DONE = "done", "Ready"
    FAILED = "failed", "Failed"
    # A publication version whose rendered file still held personal data: never downloadable.
    BLOCKED = "blocked", "Blocked: personal data found"


def export_upload_to(export: "ReportExport", filename: str) -> str:
    return f"reports/{export.review.uuid}/{export.uuid}.{export.format}"


class ReportExport(MadeInBackground):
    """One rendering of the report into a file. It keeps the report content it was asked for
    (as JSON), so a working copy, a draft or a publication version renders the same way."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="report_exports"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    format = models.CharField(max_length=10, choices=ExportFormat.choices)
    label = models.CharField(max_length=100, help_text="for example Working copy, Draft 2")
    content = models.JSONField(help_text="the ReportContent rendered, as to_json() gives it")
    status = models.CharField(
        max_length=10, choices=ExportStatus.choices, default=ExportStatus.QUEUED
    )
    file = models.FileField(upload_to=export_upload_to, blank=True, max_length=300)
    size = models.PositiveIntegerField(default=0)
    # A publication (anonymised) version: its rendered file is checked once more for personal
    # data before it may be downloaded (`checked_at`); a hit blocks it (`blocked_hits` says
    # where and of which category, never the text found).
    publication = models.BooleanField(default=False)
    checked_at = models.DateTimeField(null=True, blank=True)
    blocked_hits = models.JSONField(default=list, blank=True)

    FINISHED = (ExportStatus.DONE, ExportStatus.FAILED, ExportStatus.BLOCKED)

    def __str__(self) -> str:
        return f"{self.label} ({self.format})"

    @property
    def downloadable(self) -> bool:
        """Ready, and for a publication version checked clean after rendering."""
        if self.status != ExportStatus.DONE or not self.file:
            return False
        return not self.publication or self.checked_at is not None

    @property
    def blocked_categories(self) -> list[str]:
        return sorted({hit.get("category", "") for hit in self.blocked_hits or ()} - {""})
