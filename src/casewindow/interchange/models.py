"""A whole-review (or anonymised) archive made in the background for the browser: its progress
while it is made, then the zip to download. Not part of any archive itself (review_tables leaves
this app out), so an archive never holds earlier archives."""

import uuid

from django.conf import settings
from django.db import models


class ArchiveStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Being made"
    DONE = "done", "Ready"
    FAILED = "failed", "Failed"


def archive_upload_to(instance: "ReviewArchive", filename: str) -> str:
    return f"archives/{instance.uuid}.zip"


class ReviewArchive(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="+")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    anonymised = models.BooleanField(default=False)
    status = models.CharField(
        max_length=10, choices=ArchiveStatus.choices, default=ArchiveStatus.QUEUED
    )
    progress = models.PositiveSmallIntegerField(default=0)
    step = models.CharField(max_length=200, blank=True)
    file = models.FileField(upload_to=archive_upload_to, blank=True, max_length=300)
    size = models.PositiveBigIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        kind = "anonymised learning" if self.anonymised else "whole review"
        return f"Archive ({kind}) of {self.review}"

    @property
    def finished(self) -> bool:
        return self.status in (ArchiveStatus.DONE, ArchiveStatus.FAILED)

    @property
    def kind_label(self) -> str:
        return "Anonymised learning" if self.anonymised else "Whole review"
