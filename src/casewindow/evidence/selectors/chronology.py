"""Reading the integrated multi-agency chronology: every agency's entries in one time-ordered
list, filtered, with the entries that were merged into an event grouped under it.

The list is paginated by *line* — an entry on its own, or an event with its entries — so an
event is never split across two pages. A page costs a fixed number of queries (the counts, the
page's lines, and its events' other entries), whatever the size of the review."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.utils.functional import cached_property

from casewindow.evidence.chronology_export import ExportEntry, ExportLine
from casewindow.evidence.importing.dates import date_standard
from casewindow.evidence.models import ChronologyEntry, Event
from casewindow.reviews.models import Agency, Person, Review

PAGE_SIZE = 100


@dataclass(frozen=True)
class ChronologyFilters:
    agency: Agency | None = None
    person: Person | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(
            self.agency or self.person or self.date_from or self.date_to or self.text.strip()
        )


def person_names(person: Person) -> list[str]:
    """The ways a person may be written in an agency's chronology (initials and other very
    short names are left out: they would match inside ordinary words)."""
    names = [person.real_name, person.publication_label, *(person.aliases or [])]
    return sorted({str(n).strip() for n in names if len(str(n).strip()) >= 3}, key=str.lower)


def chronology_entries(
    *, review: Review, filters: ChronologyFilters | None = None
) -> QuerySet[ChronologyEntry]:
    """The review's entries that match the filters, in chronology order: those removed or from
    a withdrawn import are left out; those out of scope are kept (the list shows them greyed).

    Dates: an entry matches a date range if any day it could mean falls inside it.
    Person: linked to the entry from the register, or named (real name, alias or publication
    label) in its people or description. Words: every word appears somewhere in the entry."""
    entries = ChronologyEntry.objects.present().filter(review=review)
    filters = filters or ChronologyFilters()
    if filters.agency is not None:
        entries = entries.filter(agency=filters.agency)
    if filters.date_from is not None:
        entries = entries.filter(
            Q(date_end__gte=filters.date_from)
            | Q(date_end__isnull=True, date_start__gte=filters.date_from)
        )
    if filters.date_to is not None:
        entries = entries.filter(date_start__lte=filters.date_to)
    if filters.person is not None:
        linked = ChronologyEntry.people.through.objects.filter(
            chronologyentry_id=OuterRef("pk"), person_id=filters.person.pk
        )
        named = Q()
        for name in person_names(filters.person):
            named |= Q(people_text__icontains=name) | Q(description__icontains=name)
        entries = entries.filter(Exists(linked) | named)
    for word in filters.text.split()[:10]:
        entries = entries.filter(
            Q(description__icontains=word)
            | Q(action__icontains=word)
            | Q(source__icontains=word)
            | Q(people_text__icontains=word)
            | Q(date_text__icontains=word)
        )
    return entries.order_by(
        F("date_start").asc(nulls_last=True),
        F("time").asc(nulls_first=True),
        "agency__name",
        "row_number",
        "pk",
    )


@dataclass
class ChronologyLine:
    """One line of the integrated chronology: an entry on its own, or an event with the
    entries (matching the filters) that were merged into it."""

    entries: list[ChronologyEntry]
    event: Event | None = None
    # For an event: every agency that recorded it, and how their dates disagree.
    event_agencies: list[str] = field(default_factory=list)
    event_entry_count: int = 0
    disagreements: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        if self.event is None:
            return ""
        return self.event.title or event_summary(self.entries)


def _chronology_order() -> list[Any]:
    return [
        F("date_start").asc(nulls_last=True),
        F("time").asc(nulls_first=True),
        "agency__name",
        "row_number",
        "pk",
    ]


def chronology_lines(
    *, review: Review, filters: ChronologyFilters | None = None
) -> QuerySet[ChronologyEntry]:
    """The lines of the chronology in order, each as its *lead* entry: an entry on its own,
    or the earliest entry of an event among those matching the filters (so the event sits
    where its earliest matching entry would).

    Selecting lead entries (rather than grouping every entry) keeps paging on the database's
    date index: a page is an ORDER BY … LIMIT over the review's entries."""
    matching = chronology_entries(review=review, filters=filters).order_by()
    same_event = matching.filter(event_id=OuterRef("event_id"))
    earlier_dated = same_event.filter(
        Q(date_start__lt=OuterRef("date_start"))
        | Q(date_start=OuterRef("date_start"), pk__lt=OuterRef("pk"))
    )
    earlier_for_undated = same_event.filter(Q(date_start__isnull=False) | Q(pk__lt=OuterRef("pk")))
    return matching.filter(
        Q(event__isnull=True)
        | (Q(date_start__isnull=False) & ~Exists(earlier_dated))
        | (Q(date_start__isnull=True) & ~Exists(earlier_for_undated))
    ).order_by(*_chronology_order())


def date_disagreements(entries: list[dict[str, Any]]) -> list[str]:
    """How an event's agencies disagree on when it happened, as sentences for the page; empty
    when they agree. `entries` are dicts with agency, date_text, date_start, date_end, time."""
    dates = {(e["date_start"], e["date_end"]) for e in entries if e["date_start"]}
    times = {e["time"] for e in entries if e["time"] is not None}
    found = []
    if len(dates) > 1:
        found.append(
            "Agencies give different dates: "
            + "; ".join(f"{e['agency']} {e['date_text']}" for e in entries)
        )
    if len(times) > 1:
        found.append(
            "Agencies give different times: "
            + "; ".join(
                f"{e['agency']} {e['time']:%H:%M}" for e in entries if e["time"] is not None
            )
        )
    return found


class _CountedPaginator(Paginator[ChronologyEntry]):
    """A paginator told its count, so it need not ask the database again."""

    def __init__(self, object_list: Any, per_page: int, *, count: int) -> None:
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self) -> int:
        return self._known_count


def chronology_page(
    *,
    review: Review,
    filters: ChronologyFilters | None = None,
    page_number: Any = 1,
    per_page: int = PAGE_SIZE,
) -> tuple[Page[ChronologyEntry], list[ChronologyLine], int]:
    """One page of the chronology: the paginator page (of lead entries), its lines with their
    entries, and the number of entries matching the filters. Four queries, whatever the size."""
    # Lines are the lone entries plus one per event: both counts in one query.
    counts = (
        chronology_entries(review=review, filters=filters)
        .order_by()
        .aggregate(
            entries=Count("pk"),
            lone=Count("pk", filter=Q(event__isnull=True)),
            events=Count("event_id", distinct=True),
        )
    )
    leads = (
        chronology_lines(review=review, filters=filters)
        .select_related("agency", "event")
        .prefetch_related("people")
    )
    page = _CountedPaginator(leads, per_page, count=counts["lone"] + counts["events"]).get_page(
        page_number
    )
    event_ids = [entry.event_id for entry in page.object_list if entry.event_id]

    # The page's events: their other entries matching the filters (to show under the event),
    # and every entry of theirs (to name all the agencies that recorded each event and show
    # where they disagree).
    members: dict[int, list[ChronologyEntry]] = defaultdict(list)
    everything: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if event_ids:
        lead_ids = {entry.pk for entry in page.object_list}
        for entry in (
            chronology_entries(review=review, filters=filters)
            .filter(event_id__in=event_ids)
            .exclude(pk__in=lead_ids)
            .select_related("agency")
            .prefetch_related("people")
        ):
            if entry.event_id is not None:
                members[entry.event_id].append(entry)
        rows = (
            ChronologyEntry.objects.present()
            .filter(review=review, event_id__in=event_ids)
            .order_by(*_chronology_order())
            .values("event_id", "agency__name", "date_text", "date_start", "date_end", "time")
        )
        for row in rows:
            everything[row["event_id"]].append({**row, "agency": row["agency__name"]})

    lines = []
    for lead in page.object_list:
        if lead.event_id is None:
            lines.append(ChronologyLine(entries=[lead]))
            continue
        recorded = everything.get(lead.event_id, [])
        lines.append(
            ChronologyLine(
                entries=[lead, *members.get(lead.event_id, [])],
                event=lead.event,
                event_agencies=sorted({e["agency"] for e in recorded}, key=str.lower),
                event_entry_count=len(recorded),
                disagreements=date_disagreements(recorded),
            )
        )
    return page, lines, counts["entries"]


def event_entries(*, event: Event) -> list[ChronologyEntry]:
    return list(
        event.entries.present()
        .select_related("agency")
        .order_by(
            F("date_start").asc(nulls_last=True),
            F("time").asc(nulls_first=True),
            "agency__name",
            "pk",
        )
    )


def event_summary(entries: list[ChronologyEntry]) -> str:
    """A short title for an event without one: the earliest entry's description, shortened."""
    if not entries:
        return "Empty event"
    text = entries[0].description.strip().splitlines()[0] if entries[0].description.strip() else ""
    return text if len(text) <= 90 else text[:87].rstrip() + "…"


def _entry_status(entry: ChronologyEntry) -> str:
    return "; ".join(
        label
        for label, applies in (
            ("Out of scope", entry.out_of_scope),
            ("Corrected", bool(entry.imported_values)),
            ("Added by hand", entry.chronology_import_id is None),
        )
        if applies
    )


def chronology_export_lines(
    *, review: Review, filters: ChronologyFilters | None = None
) -> list[ExportLine]:
    """Every line of the chronology matching the filters, in order, for a download: each event
    where its earliest matching entry falls, with all its matching entries together."""
    entries = chronology_entries(review=review, filters=filters).select_related("agency", "event")
    by_event: dict[int, list[ChronologyEntry]] = defaultdict(list)
    order: list[ChronologyEntry | int] = []
    for entry in entries.iterator(chunk_size=2000):
        if entry.event_id is None:
            order.append(entry)
            continue
        if entry.event_id not in by_event:
            order.append(entry.event_id)
        by_event[entry.event_id].append(entry)

    def exported(entry: ChronologyEntry) -> ExportEntry:
        return ExportEntry(
            date=date_standard(entry.date_start, entry.date_end, entry.date_precision),
            time=f"{entry.time:%H:%M}" if entry.time else "",
            date_as_written=entry.date_text,
            agency=entry.agency.name,
            description=entry.description,
            action=entry.action,
            source=entry.source,
            people=entry.people_text,
            status=_entry_status(entry),
        )

    lines = []
    for item in order:
        if isinstance(item, ChronologyEntry):
            lines.append(ExportLine(entries=[exported(item)]))
            continue
        group = by_event[item]
        agencies = sorted({e.agency.name for e in group}, key=str.lower)
        event = group[0].event
        assert event is not None
        lines.append(
            ExportLine(
                entries=[exported(e) for e in group],
                event_title=event.title or event_summary(group),
                event_agencies=", ".join(agencies),
            )
        )
    return lines
