"""Evidence: uploaded documents and their text, agency chronologies and the integrated
multi-agency chronology (events), one-to-one conversations with practitioners, and the search
index over all of them."""

import uuid

from django.conf import settings
from django.db import models

from casewindow.evidence.importing.dates import date_standard


def document_upload_path(document: "SourceDocument", filename: str) -> str:
    # The original name is kept in the database only; the stored name reveals nothing.
    return f"reviews/{document.review.uuid}/documents/{document.uuid}"


class DocumentKind(models.TextChoices):
    CASE_RECORD = "case_record", "Case record"
    AGENCY_REPORT = "agency_report", "Agency report"
    POLICY = "policy", "Policy or procedure"
    CHRONOLOGY = "chronology", "Chronology"
    OTHER = "other", "Other"


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", "Waiting"
    RUNNING = "running", "Reading text"
    DONE = "done", "Text ready"
    FAILED = "failed", "Could not read"


class SourceDocument(models.Model):
    """An uploaded file. The original bytes are kept unchanged; the extracted text is stored
    page by page (DocumentPage) for reading, searching and coding."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="documents")
    agency = models.ForeignKey(
        "reviews.Agency", on_delete=models.SET_NULL, null=True, blank=True, related_name="documents"
    )
    kind = models.CharField(max_length=20, choices=DocumentKind.choices)
    title = models.CharField(max_length=300)
    original_filename = models.CharField(max_length=300)
    file = models.FileField(upload_to=document_upload_path, max_length=300)
    file_type = models.CharField(
        max_length=10, help_text="pdf, docx, xlsx, csv or txt, from the content"
    )
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64, db_index=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    extraction_status = models.CharField(
        max_length=10, choices=ExtractionStatus.choices, default=ExtractionStatus.PENDING
    )
    extraction_error = models.CharField(max_length=500, blank=True)
    extraction_progress = models.PositiveSmallIntegerField(default=0, help_text="0-100")
    page_count = models.PositiveIntegerField(default=0)
    people = models.ManyToManyField("reviews.Person", blank=True, related_name="documents")

    class Meta:
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.title


class DocumentPage(models.Model):
    """The text of one page (or, for files without pages, the whole text as page 1)."""

    document = models.ForeignKey(SourceDocument, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveIntegerField()
    text = models.TextField()

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["document", "number"], name="one_text_per_page")
        ]

    def __str__(self) -> str:
        return f"{self.document} p.{self.number}"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"
    APPROXIMATE = "approximate", "Approximate"
    UNKNOWN = "unknown", "Unreadable"


class ChronologyImport(models.Model):
    """One agency chronology file brought into a review (all-or-nothing)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="chronology_imports"
    )
    agency = models.ForeignKey(
        "reviews.Agency", on_delete=models.RESTRICT, related_name="chronology_imports"
    )
    document = models.ForeignKey(
        SourceDocument,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="chronology_imports",
    )
    original_filename = models.CharField(max_length=300)
    mapping = models.JSONField(default=dict, help_text="column header → field")
    rows_read = models.PositiveIntegerField(default=0)
    entries_created = models.PositiveIntegerField(default=0)
    problems = models.JSONField(default=list, help_text="[{row, message}] found at check time")
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    # Withdrawn (wrong file, wrong agency): its entries leave the chronology with it, and come
    # back if it is restored. Kept until its agency is removed.
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return f"{self.original_filename} ({self.agency})"

    @property
    def problem_rows(self) -> int:
        """How many rows of the file had a problem (not a warning) at check time."""
        recorded = self.problems or []
        return len({p.get("row") for p in recorded if p.get("kind", "problem") == "problem"})


class ChronologyMapping(models.Model):
    """A saved column mapping for an agency's chronology layout, reused on the next import."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    agency = models.OneToOneField(
        "reviews.Agency", on_delete=models.CASCADE, related_name="chronology_mapping"
    )
    mapping = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Column mapping for {self.agency}"


class Event(models.Model):
    """A happening described by entries from one or more agencies: a line of the integrated
    multi-agency chronology once entries have been merged."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="events")
    title = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.title or f"Event {self.uuid}"


class ChronologyEntryQuerySet(models.QuerySet["ChronologyEntry"]):
    def present(self) -> "ChronologyEntryQuerySet":
        """Entries in the chronology: not removed, not from a withdrawn import (out-of-scope
        entries are present, shown greyed)."""
        # An entry added by hand has no import: the outer join gives it a NULL withdrawn_at.
        return self.filter(removed_at__isnull=True, chronology_import__withdrawn_at__isnull=True)

    def counted(self) -> "ChronologyEntryQuerySet":
        """Entries that count: present and in scope (the timeline, merging, report counts)."""
        return self.present().filter(out_of_scope=False)


class ChronologyEntry(models.Model):
    """One dated line of one agency's chronology, with its original row kept verbatim.

    A reviewer may correct it (the values read at import are kept in `imported_values` the
    first time), mark it out of scope, or remove it (the lead restores); an entry added by hand
    has no import."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="chronology_entries"
    )
    agency = models.ForeignKey(
        "reviews.Agency", on_delete=models.RESTRICT, related_name="chronology_entries"
    )
    chronology_import = models.ForeignKey(
        ChronologyImport, on_delete=models.CASCADE, null=True, blank=True, related_name="entries"
    )
    row_number = models.PositiveIntegerField(
        null=True, blank=True, help_text="row in the source file"
    )
    # The earliest and latest day the date could mean: equal for a known day; a month, a year or
    # an approximate date spans a range. Entries sort by date_start, then time, then row.
    date_start = models.DateField(null=True, blank=True)
    date_end = models.DateField(null=True, blank=True)
    time = models.TimeField(null=True, blank=True)
    date_precision = models.CharField(max_length=12, choices=DatePrecision.choices)
    date_text = models.CharField(max_length=100, help_text="the date as the agency wrote it")
    description = models.TextField()
    action = models.TextField("action or outcome", blank=True)
    source = models.CharField("source or author", max_length=300, blank=True)
    people_text = models.CharField("people named", max_length=500, blank=True)
    original_row = models.JSONField(
        default=dict, help_text="the source row, cell by cell, verbatim"
    )
    event = models.ForeignKey(
        Event, on_delete=models.SET_NULL, null=True, blank=True, related_name="entries"
    )
    people = models.ManyToManyField("reviews.Person", blank=True, related_name="chronology_entries")
    imported_values = models.JSONField(
        default=dict, blank=True, help_text="the values read at import, kept at first correction"
    )
    out_of_scope = models.BooleanField(default=False)
    version = models.PositiveIntegerField(default=1, help_text="goes up with every change")
    updated_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = ChronologyEntryQuerySet.as_manager()

    class Meta:
        ordering = ["date_start", "time", "agency__name", "row_number"]
        verbose_name_plural = "chronology entries"
        indexes = [
            models.Index(fields=["review", "date_start", "time"], name="chronology_review_date")
        ]

    def __str__(self) -> str:
        return f"{self.agency}: {self.date_text}"

    # What the chronology list shows beside the date as the agency wrote it.

    @property
    def time_shown(self) -> str:
        """The time, unless the agency wrote it in the date already."""
        time = f"{self.time:%H:%M}" if self.time else ""
        return time if time not in self.date_text else ""

    @property
    def precision_shown(self) -> str:
        """How exact the date is, unless it is a day."""
        if self.date_precision == DatePrecision.DAY:
            return ""
        return self.get_date_precision_display()

    @property
    def date_standard(self) -> str:
        """The date in the standard form (empty when it could not be read)."""
        return date_standard(self.date_start, self.date_end, self.date_precision)


class MergeRejection(models.Model):
    """A suggested pair of entries that a reviewer said are *not* the same event, so the pair
    is not suggested again."""

    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="+")
    first = models.ForeignKey(ChronologyEntry, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(ChronologyEntry, on_delete=models.CASCADE, related_name="+")
    rejected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    rejected_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="one_rejection_per_pair")
        ]

    def __str__(self) -> str:
        return f"Not the same event: {self.first} / {self.second}"


class ConversationStatus(models.TextChoices):
    DRAFT = "draft", "Draft notes"
    SHARED = "shared", "Shared with the practitioner"
    AGREED = "agreed", "Agreed by the practitioner"


class Conversation(models.Model):
    """A structured one-to-one conversation with a practitioner. Notes follow the conversation
    structure (a version is kept with them). Once shared, the practitioner reads, comments and
    agrees; an edit after agreement withdraws the agreement and asks again."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="conversations"
    )
    practitioner = models.ForeignKey(
        "reviews.Person",
        on_delete=models.RESTRICT,
        related_name="conversations",
        help_text="the practitioner, from the people register",
    )
    shared_with = models.ForeignKey(
        "accounts.Membership",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="shared_conversations",
        help_text="the practitioner's case-group membership, once the notes are shared",
    )
    held_on = models.DateField()
    conducted_by = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="+", blank=True)
    structure_version = models.CharField(max_length=10, default="v1")
    notes = models.JSONField(default=dict, help_text="section key → text")
    account_at_time = models.TextField(
        "how things looked at the time",
        blank=True,
        help_text="the practitioner's own account of how the situation looked to them then",
    )
    status = models.CharField(
        max_length=10, choices=ConversationStatus.choices, default=ConversationStatus.DRAFT
    )
    version = models.PositiveIntegerField(
        default=1, help_text="goes up with every edit of the notes"
    )
    agreed_version = models.PositiveIntegerField(null=True, blank=True)
    agreed_at = models.DateTimeField(null=True, blank=True)
    people = models.ManyToManyField(
        "reviews.Person", blank=True, related_name="mentioned_in_conversations"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["held_on", "created_at"]

    def __str__(self) -> str:
        return f"Conversation with {self.practitioner} on {self.held_on}"


class ConversationComment(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="comments"
    )
    section = models.CharField(max_length=50, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Comment on {self.conversation}"


class PractitionerQuestion(models.Model):
    """A question the reviewers want to put to a practitioner, prepared from the records and
    other accounts, ticked off when asked in a conversation."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="practitioner_questions"
    )
    practitioner = models.ForeignKey(
        "reviews.Person", on_delete=models.CASCADE, related_name="questions_for"
    )
    text = models.TextField()
    prepared_from = models.CharField(
        max_length=300, blank=True, help_text="where the question came from"
    )
    conversation = models.ForeignKey(
        Conversation, on_delete=models.SET_NULL, null=True, blank=True, related_name="questions"
    )
    asked = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.text[:80]


class SearchChunk(models.Model):
    """A piece of searchable review text: a document page, a conversation or a chronology entry.
    Full-text indexing is per database (SQLite FTS5 / PostgreSQL GIN) — see evidence/search.py."""

    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20)  # document / conversation / chronology
    object_uuid = models.UUIDField()
    page = models.PositiveIntegerField(null=True, blank=True)
    title = models.CharField(max_length=300)
    text = models.TextField()

    class Meta:
        indexes = [models.Index(fields=["review", "kind"], name="search_review_kind")]

    def __str__(self) -> str:
        return f"{self.kind}: {self.title}"
