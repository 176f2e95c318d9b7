"""Key practice episodes (KPEs) and their contributory factors: every change to them.

Each function writes in one transaction and records one audit event. Edits state the version
the editor started from (optimistic locking through services.editing), so an edit is never lost
silently; removal is a soft delete the lead reviewer can undo."""

import datetime
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.db.models import Max

from casewindow.accounts.models import User
from casewindow.analysis.framework import factor_nodes
from casewindow.analysis.models import ContributoryFactor, KeyPracticeEpisode
from casewindow.analysis.services.editing import (
    lock_for_edit,
    mark_edited,
    restore,
    soft_delete,
)
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.reference import CURRENT_VERSION
from casewindow.reviews.models import Review

# The plain fields of an episode that its form edits.
EPISODE_FIELDS = (
    "title",
    "date_start",
    "date_end",
    "date_text",
    "what_happened",
    "how_it_looked",
    "appraisal",
    "appraisal_good",
    "appraisal_problematic",
    "appraisal_explanation",
)
# Its links, set as a whole from the form's checkboxes.
EPISODE_LINKS = ("agencies", "people", "conversations", "events", "entries")


class EpisodeError(Exception):
    """A change that cannot be made, in words for the reviewer."""


def episode_next_number(*, review: Review) -> int:
    """The number after the highest in use, counting removed episodes (so a restore never
    collides)."""
    highest = KeyPracticeEpisode.objects.filter(review=review).aggregate(n=Max("number"))["n"]
    return (highest or 0) + 1


def _set_links(episode: KeyPracticeEpisode, links: dict[str, Iterable[Any]]) -> None:
    for name in EPISODE_LINKS:
        if name in links:
            getattr(episode, name).set(list(links[name]))


def _own_excerpts(excerpts: Iterable[Any], episode: KeyPracticeEpisode) -> list[Any]:
    """Only excerpts of the episode's own review may evidence its factors."""
    return [x for x in excerpts if x.review_id == episode.review_id]


def _changes(
    before: dict[str, Any], after: KeyPracticeEpisode | ContributoryFactor
) -> dict[str, list[str]]:
    return {
        name: [str(old), str(getattr(after, name))]
        for name, old in before.items()
        if old != getattr(after, name)
    }


@transaction.atomic
def episode_create(*, actor: User, review: Review, **data: Any) -> KeyPracticeEpisode:
    """A new episode, numbered after the last one; `data` holds EPISODE_FIELDS and links."""
    links = {name: data.pop(name) for name in EPISODE_LINKS if name in data}
    unknown = set(data) - set(EPISODE_FIELDS)
    if unknown:
        raise TypeError(f"unknown episode fields: {sorted(unknown)}")
    episode = KeyPracticeEpisode.objects.create(
        review=review,
        number=episode_next_number(review=review),
        updated_by=actor if getattr(actor, "is_authenticated", False) else None,
        **data,
    )
    _set_links(episode, links)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Added key practice episode {episode.number}: {episode.title}",
        review=review,
        obj=episode,
    )
    return episode


@transaction.atomic
def episode_update(
    *, actor: User, episode: KeyPracticeEpisode, expected_version: int | None, **data: Any
) -> KeyPracticeEpisode:
    """Save an edit; EditConflict if someone saved the episode after the editor opened it."""
    current = lock_for_edit(episode, expected_version=expected_version)
    links = {name: data.pop(name) for name in EPISODE_LINKS if name in data}
    before = {name: getattr(current, name) for name in data}
    for name, value in data.items():
        if name not in EPISODE_FIELDS:
            raise TypeError(f"unknown episode field: {name}")
        setattr(current, name, value)
    mark_edited(current, actor=actor)
    current.save()
    _set_links(current, links)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Changed key practice episode {current.number}: {current.title}",
        review=current.review,
        obj=current,
        changes=_changes(before, current),
    )
    return current


def episode_has_links(*, episode: KeyPracticeEpisode) -> bool:
    """Whether removing the episode would take links with it (so the reviewer is asked)."""
    return (
        episode.factors.alive().filter(coder__isnull=True).exists()
        or episode.findings.alive().exists()
        or episode.excerpts.alive().exists()
        or episode.events.exists()
        or episode.conversations.exists()
    )


def episode_delete(*, actor: User, episode: KeyPracticeEpisode) -> None:
    """Remove an episode (soft delete); the lead reviewer can restore it with its links."""
    soft_delete(
        actor=actor,
        obj=episode,
        review=episode.review,
        summary=f"Removed key practice episode {episode.number}: {episode.title}",
    )


@transaction.atomic
def episode_restore(*, actor: User, episode: KeyPracticeEpisode) -> None:
    """Bring a removed episode back; it keeps its number unless another episode took it."""
    if episode.deleted_at is None:
        return
    taken = (
        KeyPracticeEpisode.objects.alive()
        .filter(review=episode.review, number=episode.number)
        .exclude(pk=episode.pk)
        .exists()
    )
    if taken:
        episode.number = episode_next_number(review=episode.review)
        episode.save(update_fields=["number"])
    restore(
        actor=actor,
        obj=episode,
        review=episode.review,
        summary=f"Restored key practice episode {episode.number}: {episode.title}",
    )


@transaction.atomic
def episode_move(*, actor: User, episode: KeyPracticeEpisode, direction: str) -> bool:
    """Swap the episode with its neighbour above ("up") or below ("down"). False if it is
    already first or last."""
    if direction not in ("up", "down"):
        raise EpisodeError("Choose whether to move the episode up or down")
    alive = KeyPracticeEpisode.objects.alive().select_for_update().filter(review=episode.review)
    episode = alive.get(pk=episode.pk)
    neighbour = (
        alive.filter(number__lt=episode.number).order_by("-number").first()
        if direction == "up"
        else alive.filter(number__gt=episode.number).order_by("number").first()
    )
    if neighbour is None:
        return False
    episode.number, neighbour.number = neighbour.number, episode.number
    for moved in (episode, neighbour):
        moved.version += 1
        moved.save(update_fields=["number", "version"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Moved key practice episode “{episode.title}” {direction} to number "
        f"{episode.number}",
        review=episode.review,
        obj=episode,
    )
    return True


@transaction.atomic
def episodes_renumber(*, actor: User, review: Review, by_date: bool = True) -> int:
    """Number the review's episodes 1, 2, 3… — in date order (undated ones last, in their
    present order) or, with by_date=False, closing the gaps in the present order. Returns how
    many numbers changed."""
    episodes = list(KeyPracticeEpisode.objects.alive().select_for_update().filter(review=review))
    far = datetime.date.max
    if by_date:
        episodes.sort(key=lambda e: (e.date_start or e.date_end or far, e.number))
    else:
        episodes.sort(key=lambda e: e.number)
    # Removed episodes keep numbers above the live ones, so a restore never collides.
    removed = KeyPracticeEpisode.objects.filter(review=review, deleted_at__isnull=False)
    changed = 0
    for index, episode in enumerate(episodes, start=1):
        if episode.number != index:
            episode.number = index
            episode.version += 1
            episode.save(update_fields=["number", "version"])
            changed += 1
    for offset, episode in enumerate(removed.order_by("number"), start=len(episodes) + 1):
        if episode.number != offset:
            episode.number = offset
            episode.save(update_fields=["number"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Renumbered the key practice episodes {'by date' if by_date else 'in order'} "
        f"({changed} changed)",
        review=review,
    )
    return changed


def _check_node(node_key: str, version: str) -> None:
    if node_key not in factor_nodes(version):
        raise EpisodeError("Choose a contributory factor from the framework")


@transaction.atomic
def factor_add(
    *,
    actor: User,
    episode: KeyPracticeEpisode,
    node_key: str,
    effect: str,
    explanation: str = "",
    coder: Any = None,
    framework_version: str = CURRENT_VERSION,
    excerpts: Iterable[Any] | None = None,
) -> ContributoryFactor:
    """Code a contributory factor on an episode, with the excerpts that evidence it. The shared
    coding has no coder; `coder` is set only for a reviewer's independent coding."""
    _check_node(node_key, framework_version)
    factor = ContributoryFactor.objects.create(
        episode=episode,
        node_key=node_key,
        effect=effect,
        explanation=explanation,
        coder=coder,
        framework_version=framework_version,
        updated_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    if excerpts is not None:
        factor.excerpts.set(_own_excerpts(excerpts, episode))
    node = factor_nodes(framework_version)[node_key]
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        summary=f"Added the factor “{node.name}” to key practice episode {episode.number}",
        review=episode.review,
        obj=factor,
    )
    return factor


@transaction.atomic
def factor_update(
    *,
    actor: User,
    factor: ContributoryFactor,
    expected_version: int | None,
    node_key: str,
    effect: str,
    explanation: str,
    excerpts: Iterable[Any] | None = None,
) -> ContributoryFactor:
    """Save an edit of a factor (and, if given, the excerpts that evidence it); EditConflict if
    someone saved it after the editor opened it."""
    current = lock_for_edit(factor, expected_version=expected_version)
    _check_node(node_key, current.framework_version)
    before = {
        "node_key": current.node_key,
        "effect": current.effect,
        "explanation": current.explanation,
    }
    current.node_key, current.effect, current.explanation = node_key, effect, explanation
    mark_edited(current, actor=actor)
    current.save()
    episode = current.episode
    changes = _changes(before, current)
    if excerpts is not None:
        old = sorted(str(x) for x in current.excerpts.alive())
        current.excerpts.set(_own_excerpts(excerpts, episode))
        new = sorted(str(x) for x in current.excerpts.alive())
        if old != new:
            changes["excerpts"] = ["; ".join(old), "; ".join(new)]
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        summary=f"Changed a factor of key practice episode {episode.number}",
        review=episode.review,
        obj=current,
        changes=changes,
    )
    return current


def factor_delete(*, actor: User, factor: ContributoryFactor) -> None:
    episode = factor.episode
    soft_delete(
        actor=actor,
        obj=factor,
        review=episode.review,
        summary=f"Removed a factor ({factor.node_key}) of key practice episode {episode.number}",
    )


def factor_restore(*, actor: User, factor: ContributoryFactor) -> None:
    episode = factor.episode
    restore(
        actor=actor,
        obj=factor,
        review=episode.review,
        summary=f"Restored a factor ({factor.node_key}) of key practice episode {episode.number}",
    )
