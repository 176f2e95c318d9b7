"""A partnership's own language rules, its switched-off shipped rules, and the flags reviewers
have dismissed (with their reasons)."""

import uuid

from django.conf import settings
from django.db import models

CATEGORY_CHOICES = [
    ("hindsight", "Hindsight"),
    ("counterfactual", "Counterfactual"),
    ("blame", "Blame"),
    ("judgement", "Judgement"),
    ("certainty", "Certainty"),
]


class PartnershipRule(models.Model):
    """A phrase a partnership wants flagged in its reviews, on top of the shipped rules."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partnership = models.ForeignKey(
        "accounts.Partnership", on_delete=models.CASCADE, related_name="language_rules"
    )
    phrase = models.CharField(
        max_length=200,
        help_text="Words to flag, in any case. Use * for any ending, e.g. non-complian*",
    )
    category = models.CharField(max_length=20, choices=CATEGORY_CHOICES, default="judgement")
    explanation = models.TextField(help_text="Why the wording is a problem")
    prompt = models.CharField(
        "reframing prompt", max_length=300, help_text="The question to ask instead"
    )
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["phrase"]

    def __str__(self) -> str:
        return self.phrase

    @property
    def rule_id(self) -> str:
        """The id a flag of this rule carries (and a dismissal stores)."""
        return f"local-{self.uuid.hex[:12]}"


class ShippedRuleSwitchOff(models.Model):
    """A shipped rule a partnership does not want in its reviews, and why. Switching the rule
    back on removes the row (both are in the audit log)."""

    partnership = models.ForeignKey(
        "accounts.Partnership", on_delete=models.CASCADE, related_name="language_switch_offs"
    )
    rule_id = models.CharField(max_length=80)
    reason = models.TextField()
    switched_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    switched_off_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "rule_id"], name="one_switch_off_per_rule"
            )
        ]

    def __str__(self) -> str:
        return f"{self.rule_id} off in {self.partnership}"


class Dismissal(models.Model):
    """A reviewer's decision that one flag does not apply, with the reason. It is matched by
    where it is (`context_key`, e.g. "finding:<uuid>:how_featured" or
    "draft:<uuid>:<section key>"), the rule, the phrase and its sentence, so it survives edits
    elsewhere in the text; rewriting the sentence brings the flag back."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="language_dismissals"
    )
    context_key = models.CharField(max_length=200)
    rule_id = models.CharField(max_length=80)
    phrase = models.CharField(max_length=200)
    sentence = models.TextField()
    reason = models.TextField()
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    dismissed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["dismissed_at"]
        indexes = [models.Index(fields=["review", "context_key"], name="dismissal_where")]

    def __str__(self) -> str:
        return f"“{self.phrase}” dismissed ({self.rule_id})"
