"""Agreement checks: starting a round, each coder's independent coding, marking it complete,
and settling the shared coding. Every function writes in one transaction and records one
audit event.

The audit summaries of a coder's own coding never name the factor: the audit log is open to
the lead reviewer, who may be the other coder, and the coding must stay blind."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from casewindow.accounts.actors import user_to_record
from casewindow.accounts.models import Membership, ReviewRole, User
from casewindow.analysis.framework import factor_nodes
from casewindow.analysis.models import (
    AgreementRound,
    ContributoryFactor,
    FactorEffect,
    KeyPracticeEpisode,
)
from casewindow.analysis.selectors.agreement import (
    A,
    figures_for,
    round_comparison,
    slot_complete,
    slot_of,
)
from casewindow.analysis.selectors.episodes import shared_factors
from casewindow.analysis.services.editing import lock_for_edit, mark_edited
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.reference import CURRENT_VERSION
from casewindow.reviews.models import Review

EXPLANATION_MAX = 5_000


class AgreementError(Exception):
    """A change to an agreement check that cannot be made, in words for the reviewer."""


def _actor(actor: User) -> User | None:
    return user_to_record(actor)


@transaction.atomic
def agreement_round_start(
    *,
    actor: User,
    review: Review,
    coder_a: Any,
    coder_b: Any,
    episodes: Iterable[KeyPracticeEpisode],
) -> AgreementRound:
    """A new round in which `coder_a` and `coder_b` code `episodes` independently. The coders
    must be two different members of the review team (lead reviewer or reviewers)."""

    episodes = list(episodes)
    if not episodes:
        raise AgreementError("Choose at least one key practice episode")
    if any(e.review_id != review.pk or e.deleted_at is not None for e in episodes):
        raise AgreementError("Choose key practice episodes of this review")
    if coder_a is None or coder_b is None or coder_a.pk == coder_b.pk:
        raise AgreementError("Choose two different coders")
    team = set(
        Membership.objects.filter(
            review=review, role__in=[ReviewRole.LEAD_REVIEWER, ReviewRole.REVIEWER]
        ).values_list("user_id", flat=True)
    )
    if coder_a.pk not in team or coder_b.pk not in team:
        raise AgreementError("Both coders must be the lead reviewer or reviewers of this review")
    # Lock the review's rounds so two rounds started at once do not take the same number.
    type(review).objects.select_for_update().filter(pk=review.pk).first()
    highest = AgreementRound.objects.filter(review=review).aggregate(n=Max("number"))["n"]
    agreement_round = AgreementRound.objects.create(
        review=review,
        number=(highest or 0) + 1,
        framework_version=CURRENT_VERSION,
        coder_a=coder_a,
        coder_b=coder_b,
        started_by=_actor(actor),
        updated_by=_actor(actor),
    )
    agreement_round.episodes.set(episodes)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Started agreement check {agreement_round.number}: {coder_a.full_name} and "
        f"{coder_b.full_name} code {len(episodes)} key practice episode"
        f"{'s' if len(episodes) != 1 else ''} independently",
        review=review,
        obj=agreement_round,
    )
    return agreement_round


def _coding_slot(agreement_round: AgreementRound, actor: User) -> str:
    """The actor's slot in a round they may still code in; AgreementError otherwise. (Views
    answer 403 before this to anyone who is not one of the coders.)"""
    slot = slot_of(agreement_round, actor)
    if slot is None:
        raise AgreementError("Only the round's two coders can code in it")
    if agreement_round.is_closed:
        raise AgreementError("This agreement check is closed")
    if slot_complete(agreement_round, slot):
        raise AgreementError("You have marked your coding complete, so it can no longer change")
    return slot


@transaction.atomic
def agreement_code_add(
    *,
    actor: User,
    agreement_round: AgreementRound,
    episode: KeyPracticeEpisode,
    node_key: str,
    effect: str,
    explanation: str,
) -> ContributoryFactor:
    """Add a factor to the actor's own coding of an episode in the round."""
    agreement_round = AgreementRound.objects.select_for_update().get(pk=agreement_round.pk)
    _coding_slot(agreement_round, actor)
    if not agreement_round.episodes.filter(pk=episode.pk).exists():
        raise AgreementError("This key practice episode is not part of the agreement check")
    if node_key not in factor_nodes(agreement_round.framework_version):
        raise AgreementError("Choose a contributory factor from the framework")
    if effect not in FactorEffect.values:
        raise AgreementError("Choose whether the factor helped or hindered")
    duplicate = ContributoryFactor.objects.alive().filter(
        agreement_round=agreement_round, coder=actor, episode=episode, node_key=node_key
    )
    if duplicate.exists():
        raise AgreementError("You have already coded this factor for this episode")
    factor = ContributoryFactor.objects.create(
        episode=episode,
        node_key=node_key,
        effect=effect,
        explanation=explanation[:EXPLANATION_MAX],
        coder=actor,
        agreement_round=agreement_round,
        framework_version=agreement_round.framework_version,
        updated_by=_actor(actor),
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Added a factor to their own coding of key practice episode {episode.number} "
        f"in agreement check {agreement_round.number}",
        review=agreement_round.review,
        obj=factor,
    )
    return factor


@transaction.atomic
def agreement_code_remove(
    *, actor: User, agreement_round: AgreementRound, factor: ContributoryFactor
) -> None:
    """Take a factor out of the actor's own coding (only their own, only while coding)."""
    agreement_round = AgreementRound.objects.select_for_update().get(pk=agreement_round.pk)
    _coding_slot(agreement_round, actor)
    if factor.agreement_round_id != agreement_round.pk or factor.coder_id != actor.pk:
        raise AgreementError("You can only change your own coding")
    factor.deleted_at = timezone.now()
    factor.deleted_by = _actor(actor)
    factor.save(update_fields=["deleted_at", "deleted_by"])
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        summary=f"Removed a factor from their own coding of key practice episode "
        f"{factor.episode.number} in agreement check {agreement_round.number}",
        review=agreement_round.review,
        obj=factor,
    )


@transaction.atomic
def agreement_complete(*, actor: User, agreement_round: AgreementRound) -> AgreementRound:
    """Mark the actor's coding complete. It can no longer change; once both coders have done
    this, the two codings, the figures and the disagreements can be seen."""
    agreement_round = AgreementRound.objects.select_for_update().get(pk=agreement_round.pk)
    slot = _coding_slot(agreement_round, actor)
    now = timezone.now()
    if slot == A:
        agreement_round.a_completed_at = now
    else:
        agreement_round.b_completed_at = now
    agreement_round.version += 1
    agreement_round.save(update_fields=[f"{slot}_completed_at", "version", "updated_at"])
    coded = ContributoryFactor.objects.alive().filter(agreement_round=agreement_round, coder=actor)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Marked their coding complete in agreement check {agreement_round.number} "
        f"({coded.count()} factors)",
        review=agreement_round.review,
        obj=agreement_round,
    )
    return agreement_round


@dataclass(frozen=True)
class Decision:
    """What the settling does with one item (an episode's node): keep it in the shared coding,
    with this effect and explanation, or leave it out."""

    key: str  # Item.key: "<episode uuid>/<node key>"
    keep: bool
    effect: str = ""
    explanation: str = ""


@transaction.atomic
def agreement_settle(
    *,
    actor: User,
    agreement_round: AgreementRound,
    expected_version: int | None,
    decisions: list[Decision],
) -> AgreementRound:
    """Settle the shared coding of the round's episodes from the decisions, one per item of the
    comparison (with the present shared coding), and close the round.

    For each kept item the episode's shared factor for that node is updated (or created, with
    no coder); a shared factor left out is removed (soft delete: the lead reviewer can restore
    it). The figures and the decisions are kept on the round as a record. EditConflict if
    someone settled or changed the round since `expected_version`; AgreementError if the round
    cannot be settled or the decisions do not match the items (the shared coding changed)."""
    current = lock_for_edit(agreement_round, expected_version=expected_version)
    if current.is_closed:
        raise AgreementError("This agreement check has already been settled")
    if not current.both_complete:
        raise AgreementError("Both coders must mark their coding complete before settling")
    items = [item for c in round_comparison(current, with_shared=True) for item in c.items]
    by_key = {d.key: d for d in decisions}
    if [item.key for item in items] != [d.key for d in decisions] or len(by_key) != len(items):
        raise AgreementError(
            "The codings or the shared coding changed while you were settling: check the "
            "decisions again"
        )
    record = []
    kept = removed = 0
    for item in items:
        decision = by_key[item.key]
        if decision.keep and decision.effect not in FactorEffect.values:
            raise AgreementError(f"Choose the effect of “{item.label}”")
        existing = item.shared
        if decision.keep:
            explanation = decision.explanation[:EXPLANATION_MAX]
            if existing is None:
                ContributoryFactor.objects.create(
                    episode=item.episode,
                    node_key=item.node_key,
                    effect=decision.effect,
                    explanation=explanation,
                    framework_version=current.framework_version,
                    updated_by=_actor(actor),
                )
            elif (existing.effect, existing.explanation) != (decision.effect, explanation):
                existing.effect, existing.explanation = decision.effect, explanation
                mark_edited(existing, actor=actor)
                existing.save()
            kept += 1
        elif existing is not None:
            for factor in shared_factors().filter(episode=item.episode, node_key=item.node_key):
                factor.deleted_at = timezone.now()
                factor.deleted_by = _actor(actor)
                factor.save(update_fields=["deleted_at", "deleted_by"])
            removed += 1
        record.append(
            {
                "episode": item.episode.number,
                "episode_title": item.episode.title,
                "node_key": item.node_key,
                "label": item.label,
                "kind": item.kind,
                "keep": decision.keep,
                "effect": decision.effect if decision.keep else "",
                "effect_label": dict(FactorEffect.choices).get(decision.effect, "")
                if decision.keep
                else "",
                "explanation": decision.explanation[:EXPLANATION_MAX] if decision.keep else "",
            }
        )
    current.figures = figures_for(current).to_json()
    current.decisions = record
    current.closed_at = timezone.now()
    current.closed_by = _actor(actor)
    mark_edited(current, actor=actor)
    current.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Settled agreement check {current.number}: {kept} factor"
        f"{'s' if kept != 1 else ''} kept in the shared coding, {len(items) - kept} left out"
        + (f" ({removed} removed from the shared coding)" if removed else ""),
        review=current.review,
        obj=current,
    )
    return current
