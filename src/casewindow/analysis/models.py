"""Analysis: coded excerpts, key practice episodes (KPEs) and their contributory factors,
findings (underlying patterns), recommendations and their action plans.

Editable analysis objects carry `version` (optimistic locking: an edit states the version it
started from, and a newer one is never overwritten silently) and `deleted_at` (soft delete, so
the lead reviewer can restore anything removed)."""

import uuid
from typing import TYPE_CHECKING, Self, TypeVar

from django.conf import settings
from django.db import models

if TYPE_CHECKING:
    from casewindow.analysis.selectors.episodes import FactorRow

_M = TypeVar("_M", bound=models.Model)


class SoftDeleteQuerySet(models.QuerySet[_M]):
    def alive(self) -> Self:
        return self.filter(deleted_at__isnull=True)


class Editable(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    deleted_at = models.DateTimeField(null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = SoftDeleteQuerySet.as_manager()

    class Meta:
        abstract = True


class Appraisal(models.TextChoices):
    GOOD = "good", "Good practice"
    PROBLEMATIC = "problematic", "Problematic practice"
    MIXED = "mixed", "Mixed"
    NOT_APPRAISED = "not_appraised", "Not yet appraised"


class KeyPracticeEpisode(Editable):
    """A point or period in the case that significantly shaped how it developed (good practice
    episodes are KPEs too). Numbered in time order."""

    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="episodes")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    date_start = models.DateField(null=True, blank=True)
    date_end = models.DateField(null=True, blank=True)
    date_text = models.CharField("date or period as written", max_length=100, blank=True)
    what_happened = models.TextField(blank=True)
    how_it_looked = models.TextField(
        "how it looked at the time",
        blank=True,
        help_text="Each practitioner's view then: what they thought was going on, what they "
        "were weighing up, what they hoped to achieve",
    )
    appraisal = models.CharField(
        max_length=20, choices=Appraisal.choices, default=Appraisal.NOT_APPRAISED
    )
    appraisal_good = models.TextField("what was good", blank=True)
    appraisal_problematic = models.TextField("what was problematic", blank=True)
    appraisal_explanation = models.TextField("the reviewers' explanation", blank=True)
    agencies = models.ManyToManyField("reviews.Agency", blank=True, related_name="episodes")
    people = models.ManyToManyField("reviews.Person", blank=True, related_name="episodes")
    events = models.ManyToManyField("evidence.Event", blank=True, related_name="episodes")
    entries = models.ManyToManyField(
        "evidence.ChronologyEntry", blank=True, related_name="episodes"
    )
    conversations = models.ManyToManyField(
        "evidence.Conversation", blank=True, related_name="episodes"
    )

    # Not fields: set on the episodes analysis.selectors.episodes returns for the table.
    factor_rows: list["FactorRow"]
    when: str
    agency_names: str

    class Meta:
        ordering = ["number"]

    def __str__(self) -> str:
        return f"KPE {self.number}: {self.title}"


class FactorEffect(models.TextChoices):
    HELPED = "helped", "Helped good practice"
    HINDERED = "hindered", "Made problematic practice more likely"
    BOTH = "both", "Both"


class ContributoryFactor(Editable):
    """A KPE's link to a node of the contributory-factor framework, with the explanation and
    whether it helped or hindered. `coder` is set for an independent coding (agreement check);
    the shared coding has none."""

    episode = models.ForeignKey(
        KeyPracticeEpisode, on_delete=models.CASCADE, related_name="factors"
    )
    framework_version = models.CharField(max_length=10, default="v1")
    node_key = models.CharField(max_length=120)
    effect = models.CharField(max_length=10, choices=FactorEffect.choices)
    explanation = models.TextField(blank=True)
    coder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="set only for a reviewer's independent coding in an agreement check",
    )
    agreement_round = models.ForeignKey(
        "AgreementRound",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="codings",
        help_text="the agreement round an independent coding belongs to",
    )

    class Meta:
        ordering = ["episode__number", "node_key"]

    def __str__(self) -> str:
        return f"{self.episode}: {self.node_key}"


class Finding(Editable):
    """An underlying pattern in the local system shown by this case (a systems finding), or a
    point of learning that concerns only this case (case-specific learning)."""

    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="findings")
    number = models.PositiveIntegerField()
    is_systems_finding = models.BooleanField(
        default=True,
        help_text="Systems findings feed cross-case learning; case-specific learning does not",
    )
    framework_version = models.CharField(max_length=10, default="v1")
    pattern_area = models.CharField(max_length=40, blank=True, help_text="key in patterns.yaml")
    statement = models.CharField("the finding, in one sentence", max_length=500)
    introduction = models.TextField(blank=True)
    how_featured = models.TextField("how did the issue feature in this case?", blank=True)
    why_not_unique = models.TextField(
        "how do we know it is an underlying issue and not unique to this case?", blank=True
    )
    how_widespread = models.TextField(
        "what is known about how widespread the pattern is?", blank=True
    )
    why_it_matters = models.TextField("why does it matter?", blank=True)
    summary = models.TextField(blank=True)
    questions = models.TextField("questions for the partnership to consider", blank=True)
    episodes = models.ManyToManyField(KeyPracticeEpisode, blank=True, related_name="findings")

    # Not fields: set by analysis.selectors.findings (evidenced by an episode and an excerpt).
    supported: bool

    class Meta:
        ordering = ["-is_systems_finding", "number"]

    def __str__(self) -> str:
        return f"Finding {self.number}: {self.statement}"


class ExcerptSource(models.TextChoices):
    DOCUMENT = "document", "Document"
    CONVERSATION = "conversation", "Conversation"
    CHRONOLOGY = "chronology", "Chronology entry"


class Excerpt(Editable):
    """A coded passage of evidence. The quoted text is stored with its position (page or
    section, character offsets) and some context either side, so the excerpt survives
    re-extraction of the text: it is found again by its quote and context."""

    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="excerpts")
    source = models.CharField(max_length=20, choices=ExcerptSource.choices)
    document = models.ForeignKey(
        "evidence.SourceDocument",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="excerpts",
    )
    page = models.PositiveIntegerField(null=True, blank=True)
    conversation = models.ForeignKey(
        "evidence.Conversation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="excerpts",
    )
    section = models.CharField(max_length=50, blank=True, help_text="conversation section key")
    entry = models.ForeignKey(
        "evidence.ChronologyEntry",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="excerpts",
    )
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.TextField()
    prefix = models.CharField(max_length=100, blank=True)
    suffix = models.CharField(max_length=100, blank=True)
    memo = models.TextField(blank=True)
    framework_version = models.CharField(max_length=10, default="v1")
    factor_keys = models.JSONField(default=list, blank=True, help_text="framework node keys")
    episodes = models.ManyToManyField(KeyPracticeEpisode, blank=True, related_name="excerpts")
    findings = models.ManyToManyField(Finding, blank=True, related_name="excerpts")
    factors = models.ManyToManyField(ContributoryFactor, blank=True, related_name="excerpts")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="excerpt_not_empty"
            )
        ]

    def __str__(self) -> str:
        return f"“{self.quote[:60]}”"


class RecommendationKind(models.IntegerChoices):
    CLEAR_CUT = 1, "1 — clear-cut, local action for the agencies concerned"
    COMPETING_PRIORITIES = 2, "2 — competing priorities: a decision for senior management"
    RESEARCH = 3, "3 — needs research and development, possibly national"


class Recommendation(Editable):
    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="recommendations"
    )
    number = models.PositiveIntegerField()
    kind = models.PositiveSmallIntegerField(choices=RecommendationKind.choices)
    text = models.TextField()
    owner_agency = models.ForeignKey(
        "reviews.Agency",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="recommendations",
    )
    owner_text = models.CharField(
        "owner (if not an agency of the review)",
        max_length=200,
        blank=True,
        help_text="for example the partnership's executive group, or a national body",
    )
    findings = models.ManyToManyField(Finding, blank=True, related_name="recommendations")

    # Not fields: set on the recommendations analysis.selectors.findings returns.
    overdue_count: int

    class Meta:
        ordering = ["number"]

    def __str__(self) -> str:
        return f"Recommendation {self.number}"


class ActionStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    DONE = "done", "Done"


class ActionItem(Editable):
    """One action of a recommendation's action plan. "Overdue" is not stored: it is computed
    from the due date and the status."""

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="actions"
    )
    text = models.TextField()
    owner = models.CharField(max_length=200)
    due_date = models.DateField()
    status = models.CharField(
        max_length=20, choices=ActionStatus.choices, default=ActionStatus.NOT_STARTED
    )
    evidence_of_completion = models.TextField(blank=True)
    completed_on = models.DateField(null=True, blank=True)

    # Not fields: set on the actions analysis.selectors.findings returns (the status as shown,
    # with "overdue" for a past due date, and its label and tag class).
    shown_status: str
    status_label: str
    status_tag: str

    class Meta:
        ordering = ["due_date", "pk"]

    def __str__(self) -> str:
        return self.text[:80]


class AgreementRound(Editable):
    """An agreement check: two reviewers code the contributory factors of the same episodes
    independently (ContributoryFactor rows with `coder` and this round set), see their
    agreement once both have finished, and settle a shared coding. A closed round keeps its
    figures and decisions as a record and is read-only."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="agreement_rounds"
    )
    number = models.PositiveIntegerField()
    framework_version = models.CharField(max_length=10, default="v1")
    episodes = models.ManyToManyField(KeyPracticeEpisode, related_name="agreement_rounds")
    coder_a = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    coder_b = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    a_completed_at = models.DateTimeField(null=True, blank=True)
    b_completed_at = models.DateTimeField(null=True, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    started_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    figures = models.JSONField(
        default=dict, blank=True, help_text="the agreement figures, kept when the round closes"
    )
    decisions = models.JSONField(
        default=list, blank=True, help_text="what was kept in the shared coding, and why"
    )

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "number"], name="agreement_round_number_unique"
            ),
            models.CheckConstraint(
                condition=~models.Q(coder_a=models.F("coder_b")),
                name="agreement_round_two_coders",
            ),
        ]

    def __str__(self) -> str:
        return f"Agreement check {self.number}"

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None

    @property
    def both_complete(self) -> bool:
        return self.a_completed_at is not None and self.b_completed_at is not None


class NarrativeSection(Editable):
    """A part of the multi-agency narrative: one period of the case told from the records, with
    each involved agency's perspective on it (`perspectives`) and links to the chronology.

    `body` is the reviewers' Markdown source; `body_html` is what it renders to, already
    sanitised (and sanitised again when shown)."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="narrative_sections"
    )
    position = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    period_text = models.CharField("period as written", max_length=150, blank=True)
    body = models.TextField(blank=True)
    body_html = models.TextField(blank=True)
    events = models.ManyToManyField("evidence.Event", blank=True, related_name="narrative_sections")
    entries = models.ManyToManyField(
        "evidence.ChronologyEntry", blank=True, related_name="narrative_sections"
    )

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.title


class AgencyPerspective(Editable):
    """How one agency saw and acted in the period of a narrative section, as the reviewers
    understand it (from its records and its practitioners' conversations)."""

    section = models.ForeignKey(
        NarrativeSection, on_delete=models.CASCADE, related_name="perspectives"
    )
    # Removing an agency removes its perspectives; their text stays in the section's history.
    agency = models.ForeignKey(
        "reviews.Agency", on_delete=models.CASCADE, related_name="narrative_perspectives"
    )
    body = models.TextField(blank=True)
    body_html = models.TextField(blank=True)

    class Meta:
        ordering = ["agency__name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["section", "agency"],
                condition=models.Q(deleted_at__isnull=True),
                name="one_live_perspective_per_agency",
            )
        ]

    def __str__(self) -> str:
        return f"{self.agency}: {self.section}"


class NarrativeRevision(models.Model):
    """One saved version of a narrative section: its title, period, text and every agency's
    perspective as they stood after a save. Never changed; restoring makes a new one."""

    section = models.ForeignKey(
        NarrativeSection, on_delete=models.CASCADE, related_name="revisions"
    )
    number = models.PositiveIntegerField()
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    saved_at = models.DateTimeField()
    note = models.CharField(max_length=200, blank=True, help_text="what the save was")
    title = models.CharField(max_length=200)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    period_text = models.CharField(max_length=150, blank=True)
    body = models.TextField(blank=True)
    perspectives = models.JSONField(
        default=list, help_text="[{agency (uuid), agency_name, body}] in agency-name order"
    )

    class Meta:
        ordering = ["section", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["section", "number"], name="narrative_revision_number")
        ]

    def __str__(self) -> str:
        return f"{self.section}: version {self.number}"


class NarrativeWorkingCopy(models.Model):
    """What one user had typed into a narrative form but not yet saved, kept every few seconds
    so that a closed tab or a lost connection loses nothing. `key` names the form ("section:new",
    "section:<uuid>", "perspective:<section uuid>:<agency uuid or new>"); `base_version` is the
    version the user opened, so that restoring the copy still detects a later save by someone
    else."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=120)
    data = models.JSONField(default=dict)
    base_version = models.PositiveIntegerField(null=True, blank=True)
    saved_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "review", "key"], name="one_working_copy_per_form"
            )
        ]

    def __str__(self) -> str:
        return f"Working copy {self.key}"
