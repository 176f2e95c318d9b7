"""Users, partnerships and review memberships: who someone is and what they belong to."""

import uuid
from typing import ClassVar

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra: object) -> "User":
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: object) -> "User":
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: object) -> "User":
        extra.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    """Someone who signs in. Identified by e-mail address; no separate username."""

    username = None  # type: ignore[assignment]  # signing in is by e-mail address
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField("e-mail address", unique=True)
    full_name = models.CharField(max_length=200)
    job_title = models.CharField(max_length=200, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]
    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]  # e-mail, no username

    class Meta:
        ordering = ["full_name", "email"]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email


class Partnership(models.Model):
    """A safeguarding partnership (or board) that commissions reviews."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class PartnershipRole(models.TextChoices):
    MANAGER = "manager", "Business manager"
    MEMBER = "member", "Member"


class PartnershipMembership(models.Model):
    """A user's place in a partnership. Managers commission reviews and add people."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="partnership_memberships")
    role = models.CharField(max_length=20, choices=PartnershipRole.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "user"], name="one_membership_per_partnership"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.partnership} ({self.get_role_display()})"


class ReviewRole(models.TextChoices):
    LEAD_REVIEWER = "lead_reviewer", "Lead reviewer"
    REVIEWER = "reviewer", "Reviewer"
    PARTICIPANT = "participant", "Case group participant"
    BOARD_READER = "board_reader", "Board reader"
    OBSERVER = "observer", "Observer"


ROLE_DESCRIPTIONS = {
    ReviewRole.LEAD_REVIEWER: (
        "Runs the review: everything reviewers can do, plus members, stage and audit log."
    ),
    ReviewRole.REVIEWER: (
        "Part of the review team: sees and edits the review's evidence and analysis."
    ),
    ReviewRole.PARTICIPANT: "A practitioner in the case group: sees only what is shared with them.",
    ReviewRole.BOARD_READER: (
        "A partnership or board member: sees the review's set-up, agencies and team."
    ),
    ReviewRole.OBSERVER: "Reads the review team's work without changing it.",
}


class Membership(models.Model):
    """A user's role in one review."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=ReviewRole.choices)
    agency = models.ForeignKey(
        "reviews.Agency",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="memberships",
        help_text="For case group participants: the agency they work for.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["role", "user__full_name"]
        constraints = [
            models.UniqueConstraint(fields=["review", "user"], name="one_role_per_review")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()}"
