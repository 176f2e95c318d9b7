"""Reads of the multi-agency narrative: each takes the review (already authorised by the access
module) and returns what a page shows, in a fixed number of queries."""

import datetime
import difflib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict
from urllib.parse import urlencode

from django.db.models import Min, Prefetch, Q, QuerySet
from django.urls import reverse

from casewindow.analysis.models import AgencyPerspective, NarrativeRevision, NarrativeSection
from casewindow.analysis.services.narrative import period_label
from casewindow.evidence.models import ChronologyEntry, Event
from casewindow.reviews.models import Review

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


@dataclass
class ChronologyLink:
    """An event or a single entry of the chronology, as a narrative section shows it."""

    kind: str  # "event" or "entry"
    obj: Any
    date: datetime.date | None
    date_text: str
    agencies: str
    text: str
    url: str = ""

    @property
    def key(self) -> str:
        return f"{self.kind}-{self.obj.uuid}"


def _live_perspectives() -> QuerySet[AgencyPerspective]:
    return (
        AgencyPerspective.objects.alive()
        .select_related("agency", "updated_by")
        .order_by("agency__name", "pk")
    )


def _entries_prefetch() -> Prefetch[str, QuerySet[ChronologyEntry], str]:
    return Prefetch(
        "entries",
        queryset=ChronologyEntry.objects.select_related("agency").order_by("date_start", "pk"),
    )


def entry_chronology_url(review: Review, entry: ChronologyEntry) -> str:
    """The integrated chronology, narrowed to the entry's agency and day."""
    query: dict[str, str] = {"agency": str(entry.agency.uuid)}
    if entry.date_start:
        day = entry.date_start
        end = entry.date_end or day
        query |= {
            "date_from_day": str(day.day),
            "date_from_month": str(day.month),
            "date_from_year": str(day.year),
            "date_to_day": str(end.day),
            "date_to_month": str(end.month),
            "date_to_year": str(end.year),
        }
    return reverse("evidence:chronology", args=[review.reference]) + "?" + urlencode(query)


def event_link(review: Review, event: Event) -> ChronologyLink:
    entries = list(event.entries.all())  # prefetched, in date order
    first = entries[0] if entries else None
    agencies = sorted({e.agency.name for e in entries})
    return ChronologyLink(
        kind="event",
        obj=event,
        date=first.date_start if first else None,
        date_text=first.date_text if first else "",
        agencies=", ".join(agencies),
        text=event.title or (first.description if first else "Event"),
        url=reverse("evidence:event_detail", args=[review.reference, event.uuid]),
    )


def entry_link(review: Review, entry: ChronologyEntry) -> ChronologyLink:
    return ChronologyLink(
        kind="entry",
        obj=entry,
        date=entry.date_start,
        date_text=entry.date_text,
        agencies=entry.agency.name,
        text=entry.description,
        url=entry_chronology_url(review, entry),
    )


def _sorted_links(links: list[ChronologyLink]) -> list[ChronologyLink]:
    far = datetime.date.max
    return sorted(links, key=lambda link: (link.date or far, link.kind, link.obj.pk))


class SectionPrefetched(TypedDict):
    """What `sections_with_perspectives` fetches onto each section besides its fields."""

    live_perspectives: list[AgencyPerspective]


def sections_with_perspectives(
    *, review: Review
) -> "QuerySet[WithAnnotations[NarrativeSection, SectionPrefetched]]":
    """The review's live sections in order, each with `live_perspectives` (live, by agency)."""
    return (
        NarrativeSection.objects.alive()
        .filter(review=review)
        .order_by("position", "pk")
        .prefetch_related(
            Prefetch("perspectives", queryset=_live_perspectives(), to_attr="live_perspectives")
        )
    )


@dataclass(frozen=True)
class NarrativeSectionRow:
    """A section of the narrative page (with `live_perspectives`), its linked events and entries
    in date order and its period as shown."""

    section: "WithAnnotations[NarrativeSection, SectionPrefetched]"
    links: list[ChronologyLink]
    period: str


def narrative_sections(*, review: Review) -> list[NarrativeSectionRow]:
    """The review's live sections in order, each with `live_perspectives`, `links` (its linked
    events and entries in date order) and `period` — five queries however long the narrative."""
    sections = list(
        sections_with_perspectives(review=review).prefetch_related(
            Prefetch("events", queryset=Event.objects.prefetch_related(_entries_prefetch())),
            Prefetch("entries", queryset=ChronologyEntry.objects.select_related("agency")),
        )
    )
    rows = []
    for section in sections:
        links = [event_link(review, e) for e in section.events.all()]
        links += [entry_link(review, e) for e in section.entries.all()]
        period = period_label(section.period_start, section.period_end, section.period_text)
        rows.append(NarrativeSectionRow(section, _sorted_links(links), period))
    return rows


@dataclass
class ChronologyChoices:
    """The events and unmerged entries of the chronology a section can link, after a filter."""

    links: list[ChronologyLink] = field(default_factory=list)
    linked_keys: set[str] = field(default_factory=set)
    total: int = 0


def chronology_choices(
    *,
    review: Review,
    section: NarrativeSection,
    date_from: datetime.date | None,
    date_to: datetime.date | None,
    agency: Any = None,
    text: str = "",
    limit: int = 300,
) -> ChronologyChoices:
    """Events (merged entries) and entries not merged into an event, within the dates (an
    event counts if any of its entries does), of the agency, containing the words."""
    entry_q = Q(review=review)
    if date_from:
        entry_q &= Q(date_end__gte=date_from) | Q(date_end__isnull=True, date_start__gte=date_from)
    if date_to:
        entry_q &= Q(date_start__lte=date_to)
    if agency is not None:
        entry_q &= Q(agency=agency)
    if text:
        entry_q &= Q(description__icontains=text) | Q(action__icontains=text)
    # Removed entries and those of a withdrawn import are not offered for linking.
    matching = ChronologyEntry.objects.present().filter(entry_q)
    events = (
        Event.objects.filter(review=review, pk__in=matching.values("event_id"))
        .annotate(first_date=Min("entries__date_start"))
        .order_by("first_date", "pk")
        .prefetch_related(_entries_prefetch())
    )
    entries = matching.filter(event__isnull=True).select_related("agency")
    links = [event_link(review, e) for e in events[:limit]]
    links += [entry_link(review, e) for e in entries.order_by("date_start", "pk")[:limit]]
    linked = {f"event-{e.uuid}" for e in section.events.all()} | {
        f"entry-{e.uuid}" for e in section.entries.all()
    }
    links = _sorted_links(links)
    return ChronologyChoices(links=links[:limit], linked_keys=linked, total=len(links))


def removed_sections(*, review: Review) -> QuerySet[NarrativeSection]:
    return (
        NarrativeSection.objects.filter(review=review, deleted_at__isnull=False)
        .select_related("deleted_by")
        .order_by("-deleted_at")
    )


def removed_perspectives(*, review: Review) -> QuerySet[AgencyPerspective]:
    """Removed perspectives of live sections (a removed section's come back with it)."""
    return (
        AgencyPerspective.objects.filter(
            section__review=review, section__deleted_at__isnull=True, deleted_at__isnull=False
        )
        .select_related("section", "agency", "deleted_by")
        .order_by("-deleted_at")
    )


def revisions(*, section: NarrativeSection) -> QuerySet[NarrativeRevision]:
    return section.revisions.select_related("saved_by").order_by("-number")


# --- differences between versions ------------------------------------------------------------


@dataclass
class DiffLine:
    kind: str  # "same", "added", "removed"
    text: str


@dataclass
class DiffPart:
    label: str
    lines: list[DiffLine]

    @property
    def changed(self) -> bool:
        return any(line.kind != "same" for line in self.lines)


def _diff_lines(old: str, new: str) -> list[DiffLine]:
    result = []
    for line in difflib.ndiff((old or "").splitlines(), (new or "").splitlines()):
        code, text = line[:2], line[2:]
        if code == "? ":
            continue
        kind = {"+ ": "added", "- ": "removed"}.get(code, "same")
        result.append(DiffLine(kind=kind, text=text))
    return result


def version_text(version: Any) -> dict[str, str]:
    """A revision (or the section now, as a revision-like dict) as labelled texts."""
    if isinstance(version, dict):
        data = version
    else:
        data = {
            "title": version.title,
            "period": period_label(version.period_start, version.period_end, version.period_text),
            "body": version.body,
            "perspectives": version.perspectives,
        }
    texts = {"Title": data["title"], "Period": data["period"], "Text": data["body"]}
    for perspective in data["perspectives"]:
        texts[f"Perspective of {perspective['agency_name']}"] = perspective["body"]
    return texts


def section_as_version(section: NarrativeSection) -> dict[str, Any]:
    perspectives = _live_perspectives().filter(section=section)
    return {
        "title": section.title,
        "period": period_label(section.period_start, section.period_end, section.period_text),
        "body": section.body,
        "perspectives": [
            {"agency": str(p.agency.uuid), "agency_name": p.agency.name, "body": p.body}
            for p in perspectives
        ],
    }


def version_diff(old: Any, new: Any) -> list[DiffPart]:
    """Line-by-line differences between two versions, part by part (title, period, text, each
    agency's perspective), old on the left of each change."""
    before, after = version_text(old), version_text(new)
    labels = list(before) + [label for label in after if label not in before]
    return [
        DiffPart(label=label, lines=_diff_lines(before.get(label, ""), after.get(label, "")))
        for label in labels
    ]
