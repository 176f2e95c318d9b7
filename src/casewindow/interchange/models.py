"""A whole-review (or anonymised) archive made in the background for the browser: its progress
while it is made, then the zip to download. Not part of any archive itself (review_tables leaves
this app out), so an archive never holds earlier archives."""

from django.conf import settings
from django.db import models

from casewindow.background import MadeInBackground


def archive_upload_to(instance: "ReviewArchive", filename: str) -> str:
    return f"archives/{instance.uuid}.zip"


class ReviewArchive(MadeInBackground):
    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="+")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    anonymised = models.BooleanField(default=False)
    file = models.FileField(upload_to=archive_upload_to, blank=True, max_length=300)
    size = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        kind = "anonymised learning" if self.anonymised else "whole review"
        return f"Archive ({kind}) of {self.review}"

    @property
    def kind_label(self) -> str:
        return "Anonymised learning" if self.anonymised else "Whole review"
