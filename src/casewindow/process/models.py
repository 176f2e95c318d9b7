"""The partnership layer's tables: closure days for the statutory clock, the partnership's
agency directory, meetings, reminders, letters, process templates and records management."""

import uuid

from django.conf import settings
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


class MeetingKind(models.TextChoices):
    CASE_GROUP = "case_group", "Case group meeting"
    REVIEW_TEAM = "review_team", "Review team meeting"


class Meeting(models.Model):
    """A case-group or review-team meeting of a review. Seen by the review team and by the
    members invited to it."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="meetings")
    kind = models.CharField(max_length=20, choices=MeetingKind.choices)
    starts_at = models.DateTimeField("starts")
    ends_at = models.DateTimeField("ends")
    location = models.CharField("where", max_length=200, blank=True)
    agenda = models.TextField(blank=True)
    notes = models.TextField(blank=True)
    attendees = models.ManyToManyField("accounts.Membership", blank=True, related_name="meetings")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="meeting_ends_after_it_starts",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.starts_at:%d %B %Y}"


class MeetingAction(models.Model):
    """An action arising from a meeting, assigned to a member of the review."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="actions")
    text = models.TextField()
    assignee = models.ForeignKey(
        "accounts.Membership", on_delete=models.CASCADE, related_name="meeting_actions"
    )
    due_date = models.DateField()
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_date", "pk"]

    def __str__(self) -> str:
        return self.text[:80]


class CalendarFeed(models.Model):
    """A user's private iCalendar feed. The token is in the feed's address, so only its
    SHA-256 is kept; making a new one (or switching it off) stops the old address working."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Calendar feed of {self.user}"


class ReminderKind(models.TextChoices):
    ACTION_DUE = "action_due", "An action due within 5 working days, or overdue"
    COMMENT_WINDOW = "comment_window", "A comment window on a draft closing within 2 working days"
    STATUTORY_DATE = "statutory_date", "A statutory date approaching, or passed"


class Reminder(models.Model):
    """One reminder e-mail, recorded before it is sent. The unique key — kind, the object it is
    about, its due date and the recipient — is what makes each reminder go once, whichever of
    several workers gets to it first and however often they restart."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(max_length=20, choices=ReminderKind.choices)
    object_key = models.CharField(max_length=100, help_text="what it is about, e.g. action:<uuid>")
    due_date = models.DateField()
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    review = models.ForeignKey(
        "reviews.Review", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    subject = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_key", "due_date", "recipient"], name="reminder_sent_once"
            )
        ]

    def __str__(self) -> str:
        return self.subject


class ReminderOptOut(models.Model):
    """A kind of reminder a user has turned off for themselves."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_opt_outs"
    )
    kind = models.CharField(max_length=20, choices=ReminderKind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="one_opt_out_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.user} turned off {self.kind}"


class LetterTemplate(models.Model):
    """A partnership's own wording of a letter (letters.md); without one, the shipped wording
    is used. Each save makes the next version, which the letters made from it record."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partnership = models.ForeignKey(
        "accounts.Partnership", on_delete=models.CASCADE, related_name="letter_templates"
    )
    kind = models.CharField(max_length=20)
    body = models.TextField()
    version = models.PositiveIntegerField(default=1)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "kind"], name="one_letter_template_per_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} letter of {self.partnership} (version {self.version})"


class LetterRecord(models.Model):
    """A letter made for one person: what, for whom, from which template version, by whom and
    when; and when it was sent."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="letters")
    kind = models.CharField(max_length=20)
    recipient = models.ForeignKey(
        "accounts.Membership", on_delete=models.SET_NULL, null=True, related_name="letters"
    )
    recipient_name = models.CharField(max_length=200)
    template_version = models.PositiveIntegerField(help_text="0: the shipped wording")
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    made_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-made_at"]

    def __str__(self) -> str:
        return f"{self.kind} letter for {self.recipient_name}"


class ProcessTemplate(models.Model):
    """One version of the stages and steps of a type of review, as data: `stages` is
    [{"title", "steps": [{"title", "who", "tool"}]}]. Shipped versions have no partnership; a
    partnership's copy is its own. A version is never changed: editing saves the next one."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partnership = models.ForeignKey(
        "accounts.Partnership",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="process_templates",
    )
    review_type = models.CharField(max_length=20)
    name = models.CharField(max_length=200)
    version = models.PositiveIntegerField()
    stages = models.JSONField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["review_type", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "review_type", "version"],
                name="process_template_version_unique",
            ),
            models.UniqueConstraint(
                fields=["review_type", "version"],
                condition=models.Q(partnership__isnull=True),
                name="shipped_process_template_version_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name}, version {self.version}"


class StepStatus(models.TextChoices):
    TO_DO = "to_do", "To do"
    DONE = "done", "Done"
    NOT_APPLICABLE = "not_applicable", "Not applicable"


class ReviewStep(models.Model):
    """One step of a review's process, copied from the template version the review started on
    (so a later edit of the template never changes a running review)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="steps")
    template = models.ForeignKey(ProcessTemplate, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveIntegerField()
    stage_title = models.CharField(max_length=200)
    title = models.CharField(max_length=300)
    who = models.CharField(max_length=200, blank=True)
    tool = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=20, choices=StepStatus.choices, default=StepStatus.TO_DO)
    reason = models.TextField("why it does not apply", blank=True)
    assignee = models.ForeignKey(
        "accounts.Membership",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="steps",
    )
    due_date = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["review", "position"], name="review_step_position"),
            models.CheckConstraint(
                condition=~models.Q(status="not_applicable") | ~models.Q(reason=""),
                name="not_applicable_step_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class RetentionPolicy(models.Model):
    """How long the partnership keeps a review after publication (its records-management
    schedule)."""

    partnership = models.OneToOneField(
        "accounts.Partnership", on_delete=models.CASCADE, related_name="retention_policy"
    )
    years_after_publication = models.PositiveSmallIntegerField(default=10)

    def __str__(self) -> str:
        return f"{self.partnership}: {self.years_after_publication} years after publication"


class ReviewRetention(models.Model):
    """A review's own retention date, where it differs from the partnership's rule."""

    review = models.OneToOneField(
        "reviews.Review", on_delete=models.CASCADE, related_name="retention"
    )
    retain_until = models.DateField()
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    set_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.review}: keep until {self.retain_until}"


class ReviewTombstone(models.Model):
    """What is left of a deleted review: its reference, type and dates, who deleted it, when
    and why. Nothing that could identify the child or family."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partnership = models.ForeignKey(
        "accounts.Partnership", on_delete=models.CASCADE, related_name="review_tombstones"
    )
    reference = models.CharField(max_length=40)
    review_type = models.CharField(max_length=20)
    created_on = models.DateField()
    commissioned_date = models.DateField(null=True, blank=True)
    target_publication_date = models.DateField(null=True, blank=True)
    retain_until = models.DateField(null=True, blank=True)
    deleted_at = models.DateTimeField(auto_now_add=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    deleted_by_label = models.CharField(max_length=300)
    reason = models.TextField()
    files_removed = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-deleted_at"]

    def __str__(self) -> str:
        return f"{self.reference} (deleted {self.deleted_at:%d %B %Y})"
