"""A review and its set-up: scope, terms of reference, research questions, key dates, the
agencies involved and the people register that drives anonymisation."""

import uuid

from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower


class ReviewType(models.TextChoices):
    LEARNING_TOGETHER = "lcspr_lt", "Learning Together systems review (LCSPR)"
    RAPID_REVIEW = "rapid", "Rapid review"
    PRACTICE_LEARNING = "plr", "Practice learning review"
    GOOD_PRACTICE = "good_practice", "Good-practice review"


class ReviewStage(models.TextChoices):
    """The Learning Together process, in order."""

    SET_UP = "set_up", "Set-up"
    EVIDENCE = "evidence", "Evidence gathering"
    ANALYSIS = "analysis", "Analysis"
    DRAFTING = "drafting", "Drafting and case group comments"
    PUBLICATION = "publication", "Publication"
    ACTION_PLAN = "action_plan", "Action plan and follow-up"
    CLOSED = "closed", "Closed"


reference_validator = RegexValidator(
    r"^[A-Za-z0-9][A-Za-z0-9-]{1,38}[A-Za-z0-9]$",
    "Reference must be 3 to 40 letters, numbers and hyphens, "
    "starting and ending with a letter or number",
)


class Review(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partnership = models.ForeignKey(
        "accounts.Partnership", on_delete=models.PROTECT, related_name="reviews"
    )
    reference = models.CharField(
        max_length=40,
        unique=True,
        validators=[reference_validator],
        help_text=(
            "A short code used in links and file names, for example LCSPR-2025-04. "
            "Stored in capitals."
        ),
    )
    title = models.CharField(max_length=200)
    review_type = models.CharField(max_length=20, choices=ReviewType.choices)
    stage = models.CharField(max_length=20, choices=ReviewStage.choices, default=ReviewStage.SET_UP)
    scope_start = models.DateField("scope period start", null=True, blank=True)
    scope_end = models.DateField("scope period end", null=True, blank=True)
    summary = models.TextField(
        "case in brief",
        blank=True,
        help_text="A few sentences for the review team. Use publication labels, not names.",
    )
    terms_of_reference = models.TextField(blank=True)
    # Key (statutory) dates. In England a serious incident is notified to the national panel
    # within 5 working days and a rapid review completed within 15 working days.
    incident_date = models.DateField("date of serious incident", null=True, blank=True)
    notification_date = models.DateField(
        "date notified to the national panel", null=True, blank=True
    )
    rapid_review_date = models.DateField("date of rapid review", null=True, blank=True)
    commissioned_date = models.DateField("date review commissioned", null=True, blank=True)
    target_publication_date = models.DateField("target publication date", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(scope_start__isnull=True)
                | models.Q(scope_end__isnull=True)
                | models.Q(scope_start__lte=models.F("scope_end")),
                name="review_scope_start_before_end",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference}: {self.title}"


class ResearchQuestion(models.Model):
    """A question the review sets out to answer (part of the terms of reference)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="research_questions")
    number = models.PositiveIntegerField()
    text = models.TextField()

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "number"], name="research_question_number_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.text}"


class AgencyKind(models.TextChoices):
    CHILDRENS_SOCIAL_CARE = "csc", "Children's social care"
    EARLY_HELP = "early_help", "Early help"
    POLICE = "police", "Police"
    HEALTH_VISITING = "health_visiting", "Health visiting / 0-19 service"
    GP = "gp", "General practice"
    HOSPITAL = "hospital", "Hospital trust"
    MIDWIFERY = "midwifery", "Midwifery"
    MENTAL_HEALTH = "mental_health", "Mental health service"
    AMBULANCE = "ambulance", "Ambulance service"
    EDUCATION = "education", "School or early years setting"
    HOUSING = "housing", "Housing"
    PROBATION = "probation", "Probation"
    SUBSTANCE_MISUSE = "substance_misuse", "Substance misuse service"
    VOLUNTARY = "voluntary", "Voluntary sector"
    OTHER = "other", "Other"


class Agency(models.Model):
    """An organisation involved in the case."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="agencies")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=30, choices=AgencyKind.choices)
    publication_label = models.CharField(
        max_length=200,
        blank=True,
        help_text="How the published report names this agency, if not by its name",
    )
    contact = models.CharField("review contact", max_length=200, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "agencies"
        constraints = [
            models.UniqueConstraint("review", Lower("name"), name="agency_name_unique_in_review")
        ]

    def __str__(self) -> str:
        return self.name


class PersonCategory(models.TextChoices):
    CHILD = "child", "Child"
    PARENT_CARER = "parent_carer", "Parent or carer"
    OTHER_FAMILY = "other_family", "Other family member"
    OTHER_ADULT = "other_adult", "Other adult"
    PROFESSIONAL = "professional", "Professional"


class Person(models.Model):
    """Someone in the case. The real name and aliases never leave the review team; the
    publication label is what every published text uses instead."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="people")
    real_name = models.CharField(max_length=200)
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other names, nicknames and spellings this person is known by",
    )
    category = models.CharField(max_length=20, choices=PersonCategory.choices)
    publication_label = models.CharField(max_length=100)
    agency = models.ForeignKey(
        Agency, on_delete=models.SET_NULL, null=True, blank=True, related_name="professionals"
    )
    job_title = models.CharField(max_length=200, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["category", "publication_label"]
        verbose_name_plural = "people"
        constraints = [
            models.UniqueConstraint(
                "review", Lower("publication_label"), name="publication_label_unique_in_review"
            )
        ]

    def __str__(self) -> str:
        return self.publication_label


class ReviewStageChange(models.Model):
    """One move of a review from a stage to another: who, when and why. Reopening a closed
    review needs a reason; the history is shown on the review's stage page."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(max_length=20, choices=ReviewStage.choices)
    to_stage = models.CharField(max_length=20, choices=ReviewStage.choices)
    changed_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Kept as text too, so the history still names who did it after their account is deleted.
    changed_by_name = models.CharField(max_length=200, blank=True)
    changed_at = models.DateTimeField(auto_now_add=True)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-changed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.review.reference}: {self.from_stage} → {self.to_stage}"
