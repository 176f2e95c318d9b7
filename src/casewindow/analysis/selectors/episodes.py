"""Reads of the analysis: each takes the review (already authorised by the access module) and
returns what a page shows, with its related rows fetched in a fixed number of queries."""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict

from django.db.models import Prefetch, Q, QuerySet

from casewindow.analysis.framework import FactorNode, factor_nodes
from casewindow.analysis.models import ContributoryFactor, Excerpt, KeyPracticeEpisode
from casewindow.evidence.models import ChronologyEntry, Event
from casewindow.evidence.selectors.chronology import PAGE_SIZE, chronology_lines
from casewindow.reviews.models import Agency, Review

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


# (tag colour class, short text) for each appraisal, as the table shows it.
@dataclass(frozen=True)
class FactorRow:
    factor: ContributoryFactor
    node: FactorNode | None

    @property
    def label(self) -> str:
        if self.node is None:
            return self.factor.node_key
        if self.node.key == self.node.layer_key:
            return self.node.layer_name
        return f"{self.node.layer_name}: {self.node.name}"


def shared_factors() -> QuerySet[ContributoryFactor]:
    """The shared coding: factors not removed and not part of one reviewer's own coding."""
    return ContributoryFactor.objects.alive().filter(coder__isnull=True).order_by("pk")


def factor_rows(factors: list[ContributoryFactor]) -> list[FactorRow]:
    return [
        FactorRow(factor=f, node=factor_nodes(f.framework_version).get(f.node_key)) for f in factors
    ]


def episode_when(episode: KeyPracticeEpisode) -> str:
    """The episode's date or period as text: as written, else from its dates."""
    if episode.date_text:
        return episode.date_text
    start, end = episode.date_start, episode.date_end
    if start and end and end != start:
        return f"{start:%-d %b %Y} to {end:%-d %b %Y}"
    return f"{start:%-d %b %Y}" if start else ""


def factor_filter_q(factor_key: str) -> Q:
    """Episodes coded with this node, or with any node of this layer."""
    return Q(factors__node_key=factor_key) | Q(factors__node_key__startswith=f"{factor_key}/")


# Long texts the table page does not show (the exports do).
_LONG_TEXTS = (
    "what_happened",
    "how_it_looked",
    "appraisal_good",
    "appraisal_problematic",
    "appraisal_explanation",
)


class EpisodePrefetched(TypedDict):
    """What `episode_table` fetches onto each episode besides its fields."""

    shared_factors: list[ContributoryFactor]


def episode_table(
    *, review: Review, factor_key: str = "", full_text: bool = False
) -> "list[WithAnnotations[KeyPracticeEpisode, EpisodePrefetched]]":
    """The review's live episodes in number order, each with `factor_rows` and its agencies —
    three queries however many episodes there are. `full_text` also loads the long texts."""
    episodes = KeyPracticeEpisode.objects.alive().filter(review=review)
    if not full_text:
        episodes = episodes.defer(*_LONG_TEXTS)
    if factor_key:
        matching = shared_factors().filter(
            Q(node_key=factor_key) | Q(node_key__startswith=f"{factor_key}/")
        )
        episodes = episodes.filter(pk__in=matching.values("episode_id"))
    result = list(
        episodes.order_by("number")
        .prefetch_related(Prefetch("factors", queryset=shared_factors(), to_attr="shared_factors"))
        .prefetch_related(
            Prefetch("agencies", queryset=Agency.objects.order_by("name").only("id", "name"))
        )
    )
    for episode in result:
        episode.factor_rows = factor_rows(episode.shared_factors)
        episode.when = episode_when(episode) or "Not dated"
        episode.agency_names = ", ".join(a.name for a in episode.agencies.all())
    return result


def _events_with_entries() -> QuerySet[Event]:
    # Only entries in the chronology are shown: not a removed one, nor one of a withdrawn import.
    return Event.objects.prefetch_related(
        Prefetch(
            "entries",
            queryset=ChronologyEntry.objects.present()
            .select_related("agency")
            .order_by("date_start", "pk"),
        )
    ).order_by("pk")


def events_offered(review: Review, episode: Any = None) -> QuerySet[Event]:
    """The events an episode may be linked to: those with an entry still in the chronology,
    and those the episode is already linked to (so saving it again never fails)."""
    offered = Q(pk__in=ChronologyEntry.objects.present().values("event"))
    if episode is not None and episode.pk:
        offered |= Q(episodes=episode)
    return _events_with_entries().filter(offered, review=review).distinct()


def event_label(event: Any) -> str:
    """An event's title, or its first entry's date and description (entries prefetched)."""
    entries = list(event.entries.all())
    first = entries[0] if entries else None
    when = f"{first.date_start:%-d %b %Y}: " if first and first.date_start else ""
    text = event.title or (first.description if first else "Event")
    return f"{when}{text}"[:160]


def episode_detail(*, episode: KeyPracticeEpisode) -> dict[str, Any]:
    """Everything the episode page shows besides the episode's own fields."""
    factors = list(shared_factors().filter(episode=episode))
    return {
        "factor_rows": factor_rows(factors),
        "conversations": list(
            episode.conversations.select_related("practitioner").order_by("held_on")
        ),
        "events": [
            (event, event_label(event)) for event in _events_with_entries().filter(episodes=episode)
        ],
        "entries": list(episode.entries.select_related("agency").order_by("date_start")),
        "excerpts": list(
            episode.excerpts.alive().select_related(
                "document", "conversation__practitioner", "entry"
            )
        ),
        "findings": list(episode.findings.alive().order_by("number")),
        "agencies": list(episode.agencies.all()),
        "people": list(episode.people.all()),
    }


def episodes_removed(*, review: Review) -> QuerySet[KeyPracticeEpisode]:
    return (
        KeyPracticeEpisode.objects.filter(review=review, deleted_at__isnull=False)
        .select_related("deleted_by")
        .order_by("-deleted_at")
    )


def factors_removed(*, review: Review) -> list[FactorRow]:
    """Removed factors of live episodes (a removed episode's factors come back with it)."""
    factors = (
        ContributoryFactor.objects.filter(
            episode__review=review,
            episode__deleted_at__isnull=True,
            deleted_at__isnull=False,
            coder__isnull=True,
        )
        .select_related("episode", "deleted_by")
        .order_by("-deleted_at")
    )
    return factor_rows(list(factors))


def factor_excerpt_choices(*, episode: KeyPracticeEpisode, linked: Q) -> QuerySet[Excerpt]:
    """The alive excerpts of the episode's review that a factor's form offers as its evidence:
    those `linked` (to the episode, or already to the factor)."""
    ids = Excerpt.objects.alive().filter(review_id=episode.review_id).filter(linked).values("pk")
    return (
        Excerpt.objects.filter(pk__in=ids)
        .select_related("document", "conversation__practitioner", "entry__agency")
        .order_by("created_at", "pk")
    )


def excerpt_source_label(excerpt: Excerpt) -> str:
    """A short name of the excerpt's source, for choosing it in a list."""
    if excerpt.document is not None:
        page = f", page {excerpt.page}" if excerpt.page else ""
        return f"{excerpt.document.title}{page}"
    if excerpt.conversation is not None:
        return f"conversation with {excerpt.conversation.practitioner.publication_label}"
    if excerpt.entry is not None:
        return f"chronology, {excerpt.entry.agency.name}, {excerpt.entry.date_text}"
    return "unknown source"


def chronology_page_of_entry(*, review: Review, entry: ChronologyEntry) -> int:
    """The page of the integrated chronology (unfiltered) that shows the entry: its line is
    the entry itself, or its event's, which sits where the event's earliest entry would. One
    query of keys, read in the page's order until the line is reached."""

    lines = chronology_lines(review=review).values_list("pk", "event_id")
    for index, (pk, event_id) in enumerate(lines.iterator(chunk_size=2000)):
        if pk == entry.pk or (entry.event_id is not None and event_id == entry.event_id):
            return index // PAGE_SIZE + 1
    return 1
