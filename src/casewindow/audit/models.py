"""The append-only audit log: who did what to which object, when, and from where."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class AuditAction(models.TextChoices):
    VIEW = "view", "Viewed"
    CREATE = "create", "Created"
    UPDATE = "update", "Changed"
    DELETE = "delete", "Deleted"
    DOWNLOAD = "download", "Downloaded"
    EXPORT = "export", "Exported"
    IMPORT = "import", "Imported"
    ACCESS_DENIED = "access_denied", "Access refused"
    SIGN_IN = "sign_in", "Signed in"
    SIGN_IN_FAILED = "sign_in_failed", "Failed sign-in"
    SIGN_OUT = "sign_out", "Signed out"
    PASSWORD_RESET = "password_reset", "Password reset"
    SECURITY = "security", "Security event"


class AppendOnlyQuerySet(models.QuerySet):
    """The log is evidence: rows are never changed or removed through the ORM."""

    def update(self, **kwargs: object) -> int:
        raise PermissionError("The audit log is append-only")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionError("The audit log is append-only")


class AuditEvent(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Set when the event is made (not auto_now_add, which would change it after it is hashed).
    at = models.DateTimeField(default=timezone.now, db_index=True)
    # PROTECT: an account that acted can be switched off but never deleted, so the log keeps
    # who did what (and the append-only trigger would refuse nulling the column anyway).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
    )
    # Kept as text too, so the log still reads correctly if the account is later removed.
    actor_label = models.CharField(max_length=300, blank=True)
    action = models.CharField(max_length=20, choices=AuditAction.choices)
    review = models.ForeignKey(
        "reviews.Review",
        on_delete=models.DO_NOTHING,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
    )
    object_type = models.CharField(max_length=100, blank=True)
    object_id = models.CharField(max_length=100, blank=True)
    summary = models.CharField(max_length=500)
    changes = models.JSONField(default=dict, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    path = models.CharField(max_length=500, blank=True)
    # The hash chain (audit/integrity.py): this row's SHA-256 over its content and the previous
    # row's hash, so a row changed or removed behind the database's back shows as a break.
    prev_hash = models.CharField(max_length=64, blank=True)
    row_hash = models.CharField(max_length=64, blank=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["review", "-at"], name="audit_review_at")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.summary}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise PermissionError("The audit log is append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        raise PermissionError("The audit log is append-only")


class AuditChainHead(models.Model):
    """The one row holding the hash of the newest audit event. Writers lock it (SELECT … FOR
    UPDATE) while they add an event, so two writers can never both chain onto the same
    predecessor; the check compares it with the last row, so removing the newest rows shows."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    last_event_id = models.BigIntegerField(null=True)
    last_hash = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return f"Audit chain head at event {self.last_event_id}"
