"""Users, partnerships and review memberships: who someone is and what they belong to."""

import base64
import uuid
from typing import ClassVar

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.crypto import salted_hmac


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
    # Changed by "sign out everywhere" (and a two-factor reset): every session signed in
    # before carries a hash made with the old value, so Django ends it at its next request.
    session_token = models.CharField(max_length=64, blank=True, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]
    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]  # e-mail, no username

    class Meta:
        ordering = ["full_name", "email"]

    def __str__(self) -> str:
        return self.full_name or self.email

    def _get_session_auth_hash(self, secret: str | None = None) -> str:
        # Empty until first rotated, so that sessions from before the field existed stay valid.
        if not self.session_token:
            # A private method of AbstractBaseUser the stubs leave out.
            inherited: str = super()._get_session_auth_hash(secret=secret)  # type: ignore[misc]
            return inherited
        return salted_hmac(
            "casewindow.accounts.User.session_auth_hash",
            self.password + self.session_token,
            secret=secret,
            algorithm="sha256",
        ).hexdigest()

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email


class Partnership(models.Model):
    """A safeguarding partnership (or board) that commissions reviews."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    require_two_factor = models.BooleanField(
        "two-factor sign-in required",
        default=False,
        help_text="Every member of the partnership and of its reviews must sign in with a code.",
    )
    # The logo on its reports' title page: a PNG re-encoded from the upload (metadata gone),
    # at most 800 × 400 pixels (casewindow.process.services.logo).
    logo_png = models.BinaryField(blank=True, default=b"", editable=False)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def logo_data_uri(self) -> str:
        """The logo as a data: URI (for a report, which loads nothing), or "" without one."""
        data = bytes(self.logo_png or b"")
        return f"data:image/png;base64,{base64.b64encode(data).decode()}" if data else ""


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


class RecoveryCode(models.Model):
    """One of the ten single-use codes that stand in for the authenticator app when it is lost.
    Only a salted SHA-256 of the code is kept: the code itself is shown once, when made. (The
    codes are 50 random bits each, so a fast hash is enough: unlike a password there is no
    dictionary to try.)"""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="recovery_codes")
    salt = models.CharField(max_length=32)
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Recovery code of {self.user} ({'used' if self.used_at else 'unused'})"


class PartnershipInvitation(models.Model):
    """An e-mailed invitation to join a partnership. The business manager types only an e-mail
    address; nothing tells them whether it has a Casewindow account, and the person's name shows
    in the partnership only once they have accepted. The link's secret is kept as a SHA-256."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField("e-mail address")
    role = models.CharField(max_length=20, choices=PartnershipRole.choices)
    invited_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name="+")
    token_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Invitation of {self.email} to {self.partnership}"
