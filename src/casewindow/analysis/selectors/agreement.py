"""Reading agreement checks: the rounds of a review, one coder's own coding, the comparison of
the two codings episode by episode, and the figures.

Blindness is decided here: `coding_visible_to` says whose coding a user may see in a round. In
an open round each coder sees only their own, and nobody sees either until both are complete."""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet

from casewindow.analysis.framework import FactorNode, factor_nodes
from casewindow.analysis.kappa import RoundFigures, round_figures
from casewindow.analysis.models import AgreementRound, ContributoryFactor, KeyPracticeEpisode
from casewindow.analysis.selectors.episodes import shared_factors
from casewindow.reviews.models import Review

A, B = "a", "b"

# The kinds of item a comparison (and the settling) is made of.
AGREED = "agreed"  # both coded the node, with the same effect
DIFFERENT_EFFECT = "different_effect"  # both coded it, one says helped and the other hindered
ONLY_A = "only_a"
ONLY_B = "only_b"
SHARED_ONLY = "shared_only"  # in the present shared coding, but neither coder chose it
KIND_LABELS = {
    AGREED: "Both coded it, with the same effect",
    DIFFERENT_EFFECT: "Both coded it, with a different effect",
    ONLY_A: "Only the first coder coded it",
    ONLY_B: "Only the second coder coded it",
    SHARED_ONLY: "In the present shared coding; neither coder chose it",
}


def rounds_for_review(*, review: Review) -> QuerySet[AgreementRound]:
    return (
        AgreementRound.objects.alive()
        .filter(review=review)
        .select_related("coder_a", "coder_b", "started_by", "closed_by")
        .order_by("-number")
    )


def slot_of(agreement_round: AgreementRound, user: Any) -> str | None:
    """ "a" or "b" if the user is one of the round's two coders, else None."""
    user_id = getattr(user, "pk", None)
    if user_id is None:
        return None
    if agreement_round.coder_a_id == user_id:
        return A
    if agreement_round.coder_b_id == user_id:
        return B
    return None


def slot_coder(agreement_round: AgreementRound, slot: str) -> Any:
    return agreement_round.coder_a if slot == A else agreement_round.coder_b


def slot_complete(agreement_round: AgreementRound, slot: str) -> bool:
    done = agreement_round.a_completed_at if slot == A else agreement_round.b_completed_at
    return done is not None


def coding_visible_to(agreement_round: AgreementRound, user: Any) -> set[str]:
    """The slots whose coding `user` may see: both once both coders are complete (or the round
    is closed); otherwise only their own slot, if they are a coder."""
    if agreement_round.is_closed or agreement_round.both_complete:
        return {A, B}
    own = slot_of(agreement_round, user)
    return {own} if own else set()


def round_episodes(agreement_round: AgreementRound) -> list[KeyPracticeEpisode]:
    """The round's episodes that have not been removed, in number order."""
    return list(agreement_round.episodes.alive().order_by("number"))


def round_codings(agreement_round: AgreementRound) -> QuerySet[ContributoryFactor]:
    """Both coders' independent codings in this round (not removed)."""
    return (
        ContributoryFactor.objects.alive()
        .filter(agreement_round=agreement_round, coder__isnull=False)
        .order_by("episode__number", "node_key", "pk")
    )


def coder_coding(
    agreement_round: AgreementRound, slot: str
) -> dict[int, dict[str, ContributoryFactor]]:
    """One coder's coding: episode id -> {node key: factor}."""
    coder_id = agreement_round.coder_a_id if slot == A else agreement_round.coder_b_id
    coding: dict[int, dict[str, ContributoryFactor]] = {}
    for factor in round_codings(agreement_round).filter(coder_id=coder_id):
        coding.setdefault(factor.episode_id, {})[factor.node_key] = factor
    return coding


def node_label(node: FactorNode | None, key: str) -> str:
    if node is None:
        return key
    if node.key == node.layer_key:
        return f"{node.layer_name} (the area as a whole)"
    return f"{node.layer_name}: {node.name}"


@dataclass
class Item:
    """One node of one episode that either coder (or the present shared coding) holds."""

    index: int
    episode: KeyPracticeEpisode
    node_key: str
    label: str
    layer_key: str
    kind: str
    a: ContributoryFactor | None
    b: ContributoryFactor | None
    shared: ContributoryFactor | None

    @property
    def key(self) -> str:
        """Stable identity of the item in a form: the episode and the node."""
        return f"{self.episode.uuid}/{self.node_key}"

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def is_disagreement(self) -> bool:
        return self.kind in (DIFFERENT_EFFECT, ONLY_A, ONLY_B)


@dataclass
class EpisodeComparison:
    episode: KeyPracticeEpisode
    items: list[Item] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Item]:
        return [item for item in self.items if item.kind == kind]

    @property
    def only_a(self) -> list[Item]:
        return self.of_kind(ONLY_A)

    @property
    def only_b(self) -> list[Item]:
        return self.of_kind(ONLY_B)

    @property
    def different_effect(self) -> list[Item]:
        return self.of_kind(DIFFERENT_EFFECT)

    @property
    def agreed(self) -> list[Item]:
        return self.of_kind(AGREED)

    @property
    def disagreements(self) -> int:
        return sum(1 for item in self.items if item.is_disagreement)


def round_comparison(
    agreement_round: AgreementRound, *, with_shared: bool = False
) -> list[EpisodeComparison]:
    """Episode by episode, every node either coder coded, as agreed / different effect / only
    A / only B. `with_shared` adds the nodes of the present shared coding neither chose (the
    settling decides about those too). Items are numbered in order (for the settling form)."""
    nodes = factor_nodes(agreement_round.framework_version)
    order = {key: i for i, key in enumerate(nodes)}
    coding_a = coder_coding(agreement_round, A)
    coding_b = coder_coding(agreement_round, B)
    episodes = round_episodes(agreement_round)
    shared: dict[int, dict[str, ContributoryFactor]] = {}
    if with_shared:
        for factor in shared_factors().filter(episode__in=episodes):
            shared.setdefault(factor.episode_id, {}).setdefault(factor.node_key, factor)
    result = []
    index = 0
    for episode in episodes:
        a, b = coding_a.get(episode.pk, {}), coding_b.get(episode.pk, {})
        s = shared.get(episode.pk, {})
        comparison = EpisodeComparison(episode=episode)
        for key in sorted(a.keys() | b.keys() | s.keys(), key=lambda k: (order.get(k, 10**6), k)):
            fa, fb = a.get(key), b.get(key)
            if fa and fb:
                kind = AGREED if fa.effect == fb.effect else DIFFERENT_EFFECT
            elif fa:
                kind = ONLY_A
            elif fb:
                kind = ONLY_B
            else:
                kind = SHARED_ONLY
            node = nodes.get(key)
            comparison.items.append(
                Item(
                    index=index,
                    episode=episode,
                    node_key=key,
                    label=node_label(node, key),
                    layer_key=node.layer_key if node else "",
                    kind=kind,
                    a=fa,
                    b=fb,
                    shared=s.get(key),
                )
            )
            index += 1
        result.append(comparison)
    return result


def figures_for(agreement_round: AgreementRound) -> RoundFigures:
    """The round's figures: those kept when it closed, else computed from the two codings."""
    if agreement_round.is_closed and agreement_round.figures:
        return RoundFigures.from_json(agreement_round.figures)
    episodes = [e.pk for e in round_episodes(agreement_round)]

    def effects(slot: str) -> dict[int, dict[str, str]]:
        return {
            episode: {key: f.effect for key, f in coded.items()}
            for episode, coded in coder_coding(agreement_round, slot).items()
        }

    return round_figures(
        episodes=episodes,
        a=effects(A),
        b=effects(B),
        version=agreement_round.framework_version,
    )


def hidden_episode_rounds(*, review: Review, user: Any) -> dict[int, int]:
    """Episodes whose shared coding `user` should not see now, each with the number of the
    agreement check they are coding it in: the episodes of an open round in which they are a
    coder who has not yet marked their coding complete (so that they code blind). One query."""
    if not getattr(user, "is_authenticated", False):
        return {}
    coding_now = AgreementRound.objects.alive().filter(
        Q(coder_a=user, a_completed_at__isnull=True) | Q(coder_b=user, b_completed_at__isnull=True),
        review=review,
        closed_at__isnull=True,
    )
    hidden: dict[int, int] = {}
    for episode_id, number in (
        AgreementRound.episodes.through.objects.filter(agreementround__in=coding_now)
        .order_by("agreementround__number")
        .values_list("keypracticeepisode_id", "agreementround__number")
    ):
        hidden.setdefault(episode_id, number)
    return hidden


def episodes_hidden_from(*, review: Review, user: Any) -> set[int]:
    """The ids of the episodes of `hidden_episode_rounds`."""
    return set(hidden_episode_rounds(review=review, user=user))


def hidden_note(number: int) -> str:
    """What a page shows in place of an episode's shared coding that the viewer codes blind."""
    return f"Hidden while you code this episode in agreement check {number}"
