"""The traceability map of a review: finding → key practice episodes → contributory factors →
excerpts → sources, with the gaps (findings without evidence or episodes, episodes without
factors, factors without an explanation). Built in a fixed number of queries, whatever the size
of the review."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db.models.functions import Length, Substr

from casewindow.analysis.framework import FactorNode, factor_nodes
from casewindow.analysis.models import (
    ContributoryFactor,
    Excerpt,
    FactorEffect,
    Finding,
    KeyPracticeEpisode,
)
from casewindow.reviews.models import Review

QUOTE_CHARS = 80
# Only the start of a quote is read: enough for QUOTE_CHARS after whitespace is collapsed.
QUOTE_READ = QUOTE_CHARS * 4


@dataclass
class SourceRef:
    key: tuple[str, int]  # ("document" | "conversation" | "chronology", id)
    label: str
    uuid: str = ""  # of the document or conversation, or the chronology's agency
    url: str = ""  # its page, set by the page


@dataclass
class ExcerptNode:
    uuid: str
    quote: str
    source: SourceRef
    detail: str  # page / section / date, for the excerpt's own label
    url: str = ""
    html: str = ""  # the rendered list item, set by the page


@dataclass
class FactorTrace:
    uuid: str
    name: str
    layer_name: str
    effect: str
    explanation: str
    url: str = ""
    excerpts: list[ExcerptNode] = field(default_factory=list)

    @property
    def no_explanation(self) -> bool:
        return not self.explanation.strip()


@dataclass
class EpisodeTrace:
    uuid: str
    number: int
    title: str
    url: str = ""
    html: str = ""  # the rendered branch, set by the page
    factors: list[FactorTrace] = field(default_factory=list)
    # The agreement check in which the viewer codes this episode blind (its factors are then
    # left out), or None.
    hidden_round: int | None = None
    excerpts: list[ExcerptNode] = field(default_factory=list)  # linked to the episode itself

    @property
    def no_factors(self) -> bool:
        return not self.factors and self.hidden_round is None

    def sources(self) -> list[SourceRef]:
        found: dict[tuple[str, int], SourceRef] = {}
        for excerpt in self.all_excerpts():
            found.setdefault(excerpt.source.key, excerpt.source)
        return list(found.values())

    def all_excerpts(self) -> list[ExcerptNode]:
        seen: dict[str, ExcerptNode] = {e.uuid: e for e in self.excerpts}
        for factor in self.factors:
            for excerpt in factor.excerpts:
                seen.setdefault(excerpt.uuid, excerpt)
        return list(seen.values())


@dataclass
class FindingTrace:
    uuid: str
    number: int
    statement: str
    is_systems_finding: bool
    no_evidence: bool
    url: str = ""
    episodes: list[EpisodeTrace] = field(default_factory=list)
    excerpts: list[ExcerptNode] = field(default_factory=list)  # linked to the finding itself
    excerpts_html: str = ""  # the rendered list of those, set by the page

    @property
    def no_episodes(self) -> bool:
        return not self.episodes


@dataclass
class Gaps:
    findings_without_evidence: list[FindingTrace] = field(default_factory=list)
    findings_without_episodes: list[FindingTrace] = field(default_factory=list)
    episodes_without_factors: list[EpisodeTrace] = field(default_factory=list)
    factors_without_explanation: list[tuple[EpisodeTrace, FactorTrace]] = field(
        default_factory=list
    )

    @property
    def count(self) -> int:
        return (
            len(self.findings_without_evidence)
            + len(self.findings_without_episodes)
            + len(self.episodes_without_factors)
            + len(self.factors_without_explanation)
        )


@dataclass
class TraceabilityMap:
    findings: list[FindingTrace]
    unlinked_episodes: list[EpisodeTrace]  # not yet behind any finding
    episodes: list[EpisodeTrace]  # every alive episode, in number order
    sources: list[SourceRef]  # every source reached, in first-reached order
    gaps: Gaps


def _source(row: Mapping[str, Any]) -> tuple[SourceRef, str]:
    if row["document_id"]:
        source = SourceRef(
            ("document", row["document_id"]), row["document__title"], str(row["document__uuid"])
        )
        return source, f"page {row['page']}" if row["page"] else ""
    if row["conversation_id"]:
        label = row["conversation__practitioner__publication_label"]
        source = SourceRef(
            ("conversation", row["conversation_id"]),
            f"Conversation: {label}",
            str(row["conversation__uuid"]),
        )
        return source, row["section"].replace("-", " ").replace("_", " ")
    if row["entry_id"]:
        agency = row["entry__agency__name"]
        source = SourceRef(
            ("chronology", row["entry__agency_id"]),
            f"Chronology: {agency}",
            str(row["entry__agency__uuid"]),
        )
        return source, row["entry__date_text"]
    return SourceRef(("none", 0), "Unknown source"), ""  # pragma: no cover


def _quote(head: str, length: int) -> str:
    quote = " ".join(head.split())
    if len(quote) <= QUOTE_CHARS and length <= len(head):
        return quote
    return quote[: QUOTE_CHARS - 1] + "…"


def traceability_map(*, review: Review, hidden: Mapping[int, int] | None = None) -> TraceabilityMap:
    """Eight queries, whatever the size of the review. Rows are read as values, not model
    instances, and only the start of each quote is read, to keep a large review fast. The
    factors of the episodes in `hidden` (episode id -> agreement check number, from
    selectors_agreement.hidden_episode_rounds) are left out: the viewer codes them blind."""
    nodes = factor_nodes()
    sources: dict[tuple[str, int], SourceRef] = {}
    excerpts = _excerpt_nodes(review, sources)
    episodes = _episode_traces(review, hidden or {})
    factors, with_factor = _shared_factors(review, episodes, nodes)
    _link_excerpts_to_factors_and_episodes(review, excerpts, factors, episodes)
    gaps = Gaps()
    _episode_gaps(episodes, gaps)
    findings = _finding_traces(review)
    linked, trace_episode_pks = _link_findings(review, findings, episodes, excerpts)
    _finding_gaps(findings, episodes, with_factor, trace_episode_pks, gaps)
    reached = {x.source.key for x in excerpts.values()}
    return TraceabilityMap(
        findings=list(findings.values()),
        unlinked_episodes=[t for pk, t in episodes.items() if pk not in linked],
        episodes=list(episodes.values()),
        sources=[s for s in sources.values() if s.key in reached],
        gaps=gaps,
    )


def _excerpt_nodes(
    review: Review, sources: dict[tuple[str, int], SourceRef]
) -> dict[int, ExcerptNode]:
    """Every alive excerpt (query 1), by id, each with its source; `sources` collects the
    sources in first-reached order, one object a source."""
    excerpts: dict[int, ExcerptNode] = {}
    for row in (
        Excerpt.objects.alive()
        .filter(review=review)
        .order_by("created_at", "pk")
        .annotate(quote_head=Substr("quote", 1, QUOTE_READ), quote_length=Length("quote"))
        .values(
            "pk",
            "uuid",
            "quote_head",
            "quote_length",
            "page",
            "section",
            "document_id",
            "document__title",
            "document__uuid",
            "conversation_id",
            "conversation__uuid",
            "conversation__practitioner__publication_label",
            "entry_id",
            "entry__date_text",
            "entry__agency_id",
            "entry__agency__uuid",
            "entry__agency__name",
        )
    ):
        source, detail = _source(row)
        source = sources.setdefault(source.key, source)
        excerpts[row["pk"]] = ExcerptNode(
            uuid=str(row["uuid"]),
            quote=_quote(row["quote_head"], row["quote_length"]),
            source=source,
            detail=detail,
        )
    return excerpts


def _episode_traces(review: Review, hidden: Mapping[int, int]) -> dict[int, EpisodeTrace]:
    """Every alive episode (query 2), by id, in number order."""
    return {
        row["pk"]: EpisodeTrace(
            uuid=str(row["uuid"]),
            number=row["number"],
            title=row["title"],
            hidden_round=hidden.get(row["pk"]),
        )
        for row in KeyPracticeEpisode.objects.alive()
        .filter(review=review)
        .order_by("number")
        .values("pk", "uuid", "number", "title")
    }


def _shared_factors(
    review: Review, episodes: dict[int, EpisodeTrace], nodes: Mapping[str, FactorNode]
) -> tuple[dict[int, FactorTrace], set[int]]:
    """The factors of the shared coding (query 3), added to their episodes (not to an episode
    coded blind by the viewer); with the ids of the episodes that have any, hidden or not."""
    factors: dict[int, FactorTrace] = {}
    with_factor: set[int] = set()
    effects = dict(FactorEffect.choices)
    for row in (
        ContributoryFactor.objects.alive()
        .filter(episode__review=review, coder__isnull=True)  # not an independent coding
        .order_by("node_key", "pk")
        .values("pk", "uuid", "episode_id", "node_key", "effect", "explanation")
    ):
        episode = episodes.get(row["episode_id"])
        if episode is None:  # the episode was removed
            continue
        with_factor.add(row["episode_id"])
        if episode.hidden_round is not None:
            continue
        node = nodes.get(row["node_key"])
        factor = FactorTrace(
            uuid=str(row["uuid"]),
            name=node.name if node else row["node_key"],
            layer_name=node.layer_name if node else "",
            effect=effects.get(row["effect"], row["effect"]),
            explanation=row["explanation"],
        )
        factors[row["pk"]] = factor
        episode.factors.append(factor)
    return factors, with_factor


def _link_excerpts_to_factors_and_episodes(
    review: Review,
    excerpts: dict[int, ExcerptNode],
    factors: dict[int, FactorTrace],
    episodes: dict[int, EpisodeTrace],
) -> None:
    """The excerpts each factor (query 4) and each episode (query 5) is evidenced by."""
    for excerpt_id, factor_id in (
        Excerpt.factors.through.objects.filter(excerpt__review=review)
        .order_by("pk")
        .values_list("excerpt_id", "contributoryfactor_id")
    ):
        if excerpt_id in excerpts and factor_id in factors:
            factors[factor_id].excerpts.append(excerpts[excerpt_id])
    for excerpt_id, episode_id in (
        Excerpt.episodes.through.objects.filter(excerpt__review=review)
        .order_by("pk")
        .values_list("excerpt_id", "keypracticeepisode_id")
    ):
        if excerpt_id in excerpts and episode_id in episodes:
            episodes[episode_id].excerpts.append(excerpts[excerpt_id])


def _episode_gaps(episodes: dict[int, EpisodeTrace], gaps: Gaps) -> None:
    for episode in episodes.values():
        if episode.no_factors:
            gaps.episodes_without_factors.append(episode)
        for factor in episode.factors:
            if factor.no_explanation:
                gaps.factors_without_explanation.append((episode, factor))


def _finding_traces(review: Review) -> dict[int, FindingTrace]:
    """Every alive finding (query 6), by id, in number order."""
    return {
        row["pk"]: FindingTrace(
            uuid=str(row["uuid"]),
            number=row["number"],
            statement=row["statement"],
            is_systems_finding=row["is_systems_finding"],
            no_evidence=True,
        )
        for row in Finding.objects.alive()
        .filter(review=review)
        .order_by("number")
        .values("pk", "uuid", "number", "statement", "is_systems_finding")
    }


def _link_findings(
    review: Review,
    findings: dict[int, FindingTrace],
    episodes: dict[int, EpisodeTrace],
    excerpts: dict[int, ExcerptNode],
) -> tuple[set[int], dict[str, list[int]]]:
    """Each finding's episodes (query 7) and excerpts (query 8); the ids of the episodes behind
    any finding, and each finding's episode ids (by the finding's uuid)."""
    linked: set[int] = set()
    trace_episode_pks: dict[str, list[int]] = {t.uuid: [] for t in findings.values()}
    for finding_id, episode_id in (
        Finding.episodes.through.objects.filter(finding__review=review)
        .order_by("keypracticeepisode__number", "pk")
        .values_list("finding_id", "keypracticeepisode_id")
    ):
        if finding_id in findings and episode_id in episodes:
            findings[finding_id].episodes.append(episodes[episode_id])
            trace_episode_pks[findings[finding_id].uuid].append(episode_id)
            linked.add(episode_id)
    for excerpt_id, finding_id in (
        Excerpt.findings.through.objects.filter(finding__review=review)
        .order_by("pk")
        .values_list("excerpt_id", "finding_id")
    ):
        if excerpt_id in excerpts and finding_id in findings:
            findings[finding_id].excerpts.append(excerpts[excerpt_id])
    return linked, trace_episode_pks


def _finding_gaps(
    findings: dict[int, FindingTrace],
    episodes: dict[int, EpisodeTrace],
    with_factor: set[int],
    trace_episode_pks: dict[str, list[int]],
    gaps: Gaps,
) -> None:
    # The same rule as selectors.findings.findings_annotated, worked out from what is loaded.
    evidenced = {pk for pk, e in episodes.items() if e.excerpts} | with_factor
    for trace in findings.values():
        trace.no_evidence = not trace.excerpts and not any(
            episodes_pk in evidenced for episodes_pk in trace_episode_pks[trace.uuid]
        )
        if trace.no_evidence:
            gaps.findings_without_evidence.append(trace)
        if trace.no_episodes:
            gaps.findings_without_episodes.append(trace)
