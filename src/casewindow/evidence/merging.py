"""Suggesting pairs of chronology entries that may describe the same happening.

Two agencies often record one meeting, visit or call. Candidates are pairs of entries from
*different* agencies whose dates are close (start dates at most `window_days` apart) or whose
date ranges overlap (a month-precision entry and a day within that month). Each candidate is
scored on three signals: how alike the descriptions read (rapidfuzz token-set ratio), whether
both entries involve the same people (the people register, linked or named in the text, and the
agencies' own "people" column) and how close the dates are. The reviewer then decides.

The entries are sorted by date once and swept with a moving window, so the work grows with the
number of entries times the number of entries in a window, never with all pairs. Within the
window a pair is only scored if the two descriptions share a *distinctive* word (one that is not
in most of the review's entries, like "visit" or the child's name) or are a day apart with a
distinctive person in common: cheap set tests that spare the text comparison for the many
unrelated contacts on a busy day."""

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from casewindow.evidence.models import ChronologyEntry, MergeRejection
from casewindow.reviews.models import Person, Review

WINDOW_DAYS = 3
MIN_SCORE = 65
# Weights of the three signals in a score out of 100.
TEXT_WEIGHT, DATE_WEIGHT, PEOPLE_WEIGHT = 60, 20, 20
# A person named in more than this share of entries (usually the child) says little about
# whether two entries are the same happening.
COMMON_PERSON_SHARE = 0.3
# Names shorter than this are not looked for in free text (initials match everywhere).
MIN_NAME_LENGTH = 3
_NAME_SPLIT = re.compile(r"\s*(?:[,;/&+]|\band\b|\n)\s*", re.IGNORECASE)
# A word in more than this share of entries (and more than COMMON_WORD_MIN of them) is not
# distinctive enough on its own to make two entries worth comparing.
COMMON_WORD_SHARE = 0.05
COMMON_WORD_MIN = 25
STOP_WORDS = frozenset(
    "a an and are as at be by for from had has have he her his in is it of on or she that the "  # noqa: SIM905
    "their them they this to was were with".split()
)


@dataclass
class _Row:
    pk: int
    agency_id: int
    event_id: int | None
    start: int  # date ordinals: arithmetic on ints is quicker than on dates
    end: int
    text: str
    words: frozenset[str]  # distinctive words of the description (set after reading all)
    people: frozenset[str]  # "p:<id>" for register people, "n:<name>" for other names


@dataclass
class MergeSuggestion:
    """A pair of entries that may describe the same happening (first is the earlier id)."""

    first_id: int
    second_id: int
    score: int
    text_similarity: int
    days_apart: int
    ranges_overlap: bool
    exact_dates: bool = True  # both entries dated to a day
    shared_people: list[str] = field(default_factory=list)
    first: ChronologyEntry | None = None
    second: ChronologyEntry | None = None

    @property
    def reasons(self) -> list[str]:
        if self.days_apart == 0 and self.exact_dates:
            when = "Same date"
        elif self.ranges_overlap and (self.days_apart > WINDOW_DAYS or not self.exact_dates):
            when = "Dates overlap (one date is not exact)"
        else:
            when = f"{self.days_apart} day{'s' if self.days_apart != 1 else ''} apart"
        reasons = [when, f"Descriptions {self.text_similarity}% alike"]
        if self.shared_people:
            reasons.append("Both involve " + ", ".join(self.shared_people))
        return reasons

    @property
    def dates_differ(self) -> bool:
        if self.first is None or self.second is None:
            return False
        a, b = self.first, self.second
        return (a.date_start, a.date_end) != (b.date_start, b.date_end) or (
            a.time is not None and b.time is not None and a.time != b.time
        )


def _register_names(
    review: Review,
) -> tuple[re.Pattern[str] | None, dict[str, int], dict[int, str]]:
    """One regular expression finding any register name, alias or label in free text."""
    names: dict[str, int] = {}
    labels: dict[int, str] = {}
    for pk, real_name, aliases, label in Person.objects.filter(review=review).values_list(
        "pk", "real_name", "aliases", "publication_label"
    ):
        labels[pk] = label
        for name in [real_name, label, *(aliases or [])]:
            name = str(name).strip().lower()
            if len(name) >= MIN_NAME_LENGTH:
                names.setdefault(name, pk)
    if not names:
        return None, names, labels
    # Longest first, so "Child J's mother" is not read as "Child J". Matched against lower-case
    # text (quicker than a case-insensitive pattern).
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), names, labels


def _rows(review: Review) -> tuple[list[_Row], dict[int, str]]:
    pattern, names, labels = _register_names(review)
    linked: dict[int, set[str]] = defaultdict(set)
    through = ChronologyEntry.people.through
    for entry_id, person_id in through.objects.filter(chronologyentry__review=review).values_list(
        "chronologyentry_id", "person_id"
    ):
        linked[entry_id].add(f"p:{person_id}")
    rows = []
    values = (
        ChronologyEntry.objects.counted()
        .filter(review=review, date_start__isnull=False)
        .order_by("date_start", "pk")
        .values_list(
            "pk", "agency_id", "event_id", "date_start", "date_end", "description", "people_text"
        )
    )
    for pk, agency_id, event_id, start, end, description, people_text in values:
        if start is None:  # excluded by the query; tells the type checker
            continue
        people = set(linked.get(pk, ()))
        if pattern is not None:
            for match in pattern.findall(f"{people_text}\n{description}".lower()):
                people.add(f"p:{names[match]}")
        for name in _NAME_SPLIT.split(people_text or ""):
            name = name.strip().lower()
            if len(name) >= MIN_NAME_LENGTH and name not in names:
                people.add(f"n:{name}")
        text = default_process(description or "")
        rows.append(
            _Row(
                pk=pk,
                agency_id=agency_id,
                event_id=event_id,
                start=start.toordinal(),
                end=max(end or start, start).toordinal(),
                text=text,
                words=frozenset(text.split()) - STOP_WORDS,
                people=frozenset(people),
            )
        )
    return rows, labels


def _people_signal(a: _Row, b: _Row, common: frozenset[str]) -> tuple[float, frozenset[str]]:
    """1 for a shared person who is not in most entries; 0.5 when it cannot be told (no
    people recorded on one side); 0.6 when only someone in most entries (usually the child) is
    shared; 0.25 when both name people and none is shared."""
    if not a.people or not b.people:
        return 0.5, frozenset()
    shared = a.people & b.people
    if shared - common:
        return 1.0, shared
    if shared:
        return 0.6, shared
    return 0.25, shared


def _date_signal(a: _Row, b: _Row, window_days: int) -> tuple[float, int, bool]:
    days_apart = abs(b.start - a.start)
    overlap = a.start <= b.end and b.start <= a.end
    exact = a.start == a.end and b.start == b.end
    if days_apart <= window_days:
        closeness = 1 - days_apart / (window_days + 1)
        if not exact:
            closeness *= 0.75  # a month or an approximate date is weaker evidence
        return closeness, days_apart, overlap
    return (0.4 if overlap else 0.0), days_apart, overlap


def _candidate_pairs(rows: list[_Row], window_days: int) -> Iterator[tuple[_Row, list[_Row]]]:
    """For each entry, the later entries of other agencies with close or overlapping dates.
    `rows` are sorted by start date, so only the entries up to the end of the entry's window
    (or of its own range, if longer) need looking at: found by bisection, not by comparing
    every pair."""
    starts = [row.start for row in rows]
    for i, a in enumerate(rows):
        reach = max(a.start + window_days, a.end)
        end = bisect_right(starts, reach, lo=i + 1)
        others = [
            b
            for b in rows[i + 1 : end]
            if b.agency_id != a.agency_id and (a.event_id is None or b.event_id != a.event_id)
        ]
        if others:
            yield a, others


def _distinctive(rows: list[_Row]) -> frozenset[str]:
    """Keep only each entry's distinctive words; return the people found in most entries."""
    limit = max(COMMON_WORD_SHARE * len(rows), COMMON_WORD_MIN)
    frequency = Counter(word for row in rows for word in row.words)
    common_words = {word for word, n in frequency.items() if n > limit}
    for row in rows:
        row.words = row.words - common_words
    people = Counter(person for row in rows for person in row.people)
    return frozenset(p for p, n in people.items() if n > COMMON_PERSON_SHARE * len(rows))


def merge_suggestions(
    *, review: Review, window_days: int = WINDOW_DAYS, min_score: int = MIN_SCORE
) -> list[MergeSuggestion]:
    """Likely pairs, best first, without rejected pairs or pairs already in one event. Entries
    are not loaded: call `merge_suggestions_attach` for the ones to show."""
    rows, labels = _rows(review)
    if len(rows) < 2:
        return []
    rejected = set(
        MergeRejection.objects.filter(review=review).values_list("first_id", "second_id")
    )
    common_people = _distinctive(rows)
    suggestions = []
    for a, others in _candidate_pairs(rows, window_days):
        for b in others:
            if a.words.isdisjoint(b.words) and (
                abs(b.start - a.start) > 1 or not (a.people & b.people) - common_people
            ):
                continue
            first, second = (a, b) if a.pk < b.pk else (b, a)
            if (first.pk, second.pk) in rejected:
                continue
            closeness, days_apart, overlap = _date_signal(a, b, window_days)
            people, shared = _people_signal(a, b, common_people)
            # The text similarity this pair needs to reach min_score.
            needed = (
                (min_score - DATE_WEIGHT * closeness - PEOPLE_WEIGHT * people) * 100 / TEXT_WEIGHT
            )
            if needed > 100:
                continue
            text = fuzz.token_set_ratio(a.text, b.text, processor=None, score_cutoff=max(needed, 0))
            score = round(
                TEXT_WEIGHT * text / 100 + DATE_WEIGHT * closeness + PEOPLE_WEIGHT * people
            )
            if score < min_score:
                continue
            suggestions.append(
                MergeSuggestion(
                    first_id=first.pk,
                    second_id=second.pk,
                    score=score,
                    text_similarity=round(text),
                    days_apart=days_apart,
                    ranges_overlap=overlap,
                    exact_dates=a.start == a.end and b.start == b.end,
                    shared_people=sorted(
                        labels[int(p[2:])] if p.startswith("p:") else p[2:].title() for p in shared
                    ),
                )
            )
    suggestions.sort(key=lambda s: (-s.score, s.first_id, s.second_id))
    return suggestions


def merge_suggestions_attach(*, review: Review, suggestions: list[MergeSuggestion]) -> None:
    """Load the entries of these suggestions (one query) and attach them."""
    ids = {s.first_id for s in suggestions} | {s.second_id for s in suggestions}
    entries = ChronologyEntry.objects.filter(review=review, pk__in=ids).select_related(
        "agency", "event"
    )
    by_pk = {entry.pk: entry for entry in entries}
    for suggestion in suggestions:
        suggestion.first = by_pk.get(suggestion.first_id)
        suggestion.second = by_pk.get(suggestion.second_id)
