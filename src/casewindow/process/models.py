"""The partnership layer's tables: closure days for the statutory clock, the partnership's
agency directory, meetings, reminders, letters, process templates and records management."""

import uuid

from django.db import models
from django.db.models.functions import Lower

from casewindow.reviews.models import AgencyKind


class ClosureDay(models.Model):
    """A day the partnership counts as not working beyond weekends and bank holidays (an office
    closure between Christmas and New Year, a local holiday)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partnership = models.ForeignKey(
        "accounts.Partnership", on_delete=models.CASCADE, related_name="closure_days"
    )
    date = models.DateField()
    reason = models.CharField(max_length=200)

    class Meta:
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "date"], name="one_closure_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.date}: {self.reason}"


class DirectoryAgency(models.Model):
    """An agency the partnership works with, kept once and added to reviews from the list."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partnership = models.ForeignKey(
        "accounts.Partnership", on_delete=models.CASCADE, related_name="directory_agencies"
    )
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=30, choices=AgencyKind.choices)
    safeguarding_lead = models.CharField("named safeguarding lead", max_length=200, blank=True)
    safeguarding_lead_email = models.EmailField("safeguarding lead's e-mail address", blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "directory agencies"
        constraints = [
            models.UniqueConstraint(
                "partnership", Lower("name"), name="directory_agency_name_unique"
            )
        ]

    def __str__(self) -> str:
        return self.name
