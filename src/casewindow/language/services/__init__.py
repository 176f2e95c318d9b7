"""Writes for the language check: a partnership's own rules, switching shipped rules off and on,
and dismissing a flag. Each writes an audit event."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record, field_changes
from casewindow.language.engine import shipped_rule
from casewindow.language.models import Dismissal, PartnershipRule, ShippedRuleSwitchOff
from casewindow.reviews.models import Review

RULE_FIELDS = ("phrase", "category", "explanation", "prompt", "active")


def _values(rule: PartnershipRule) -> dict[str, Any]:
    return {name: getattr(rule, name) for name in RULE_FIELDS}


@transaction.atomic
def partnership_rule_save(
    *, actor: User, partnership: Any, rule: PartnershipRule | None, values: dict[str, Any]
) -> PartnershipRule:
    """Add a partnership's own rule (rule=None) or change one."""
    # Read what is saved (a model form may already have changed the instance in memory).
    before = _values(PartnershipRule.objects.get(pk=rule.pk)) if rule is not None else {}
    if rule is None:
        rule = PartnershipRule(partnership=partnership, created_by=actor)
    for name in RULE_FIELDS:
        if name in values:
            setattr(rule, name, values[name])
    rule.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE if before else AuditAction.CREATE,
        summary=f"{'Changed' if before else 'Added'} language rule “{rule.phrase}” "
        f"for {partnership}",
        obj=rule,
        changes=field_changes(before, _values(rule)),
    )
    return rule


@transaction.atomic
def shipped_rule_switch_off(
    *, actor: User, partnership: Any, rule_id: str, reason: str
) -> ShippedRuleSwitchOff:
    """Stop a shipped rule flagging text in the partnership's reviews, recording why."""
    if shipped_rule(rule_id) is None:
        raise ValueError(f"No shipped rule {rule_id}")
    switch_off, _ = ShippedRuleSwitchOff.objects.update_or_create(
        partnership=partnership,
        rule_id=rule_id,
        defaults={"reason": reason.strip(), "switched_off_by": actor},
    )
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Switched off language rule {rule_id} for {partnership}: {reason.strip()}",
        obj=partnership,
        changes={"language rule": [rule_id, "off"], "reason": ["", reason.strip()]},
    )
    return switch_off


@transaction.atomic
def shipped_rule_switch_on(*, actor: User, partnership: Any, rule_id: str) -> None:
    deleted, _ = ShippedRuleSwitchOff.objects.filter(
        partnership=partnership, rule_id=rule_id
    ).delete()
    if deleted:
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            summary=f"Switched language rule {rule_id} back on for {partnership}",
            obj=partnership,
            changes={"language rule": [rule_id, "on"]},
        )


@transaction.atomic
def flag_dismiss(
    *,
    actor: User,
    review: Review,
    context_key: str,
    rule_id: str,
    phrase: str,
    sentence: str,
    reason: str,
) -> Dismissal:
    """Record that a flag does not apply here, and why."""
    dismissal = Dismissal.objects.create(
        review=review,
        context_key=context_key,
        rule_id=rule_id,
        phrase=phrase,
        sentence=" ".join(sentence.split()),
        reason=reason.strip(),
        dismissed_by=actor,
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Dismissed language flag “{phrase}” ({rule_id}) in {context_key}: "
        f"{reason.strip()}",
        review=review,
        obj=dismissal,
    )
    return dismissal


@transaction.atomic
def dismissal_withdraw(*, actor: User, review: Review, dismissal: Dismissal) -> None:
    """Bring a dismissed flag back."""
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Brought back language flag “{dismissal.phrase}” ({dismissal.rule_id}) in "
        f"{dismissal.context_key}",
        review=review,
        obj=dismissal,
        changes={"reason": [dismissal.reason, ""]},
    )
    dismissal.delete()
