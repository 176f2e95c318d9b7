"""Suggesting groups of chronology entries, from several agencies, that record one event.

Agencies record one happening in their own words, on their own dates: a referral sent on Friday
is received on Monday, a strategy discussion's minutes reach the health visitor days later, the
GP files the hospital's discharge letter a fortnight after the attendance. One side writes
"s47", "NFA", "ED", the other spells it out. So each entry is read through a glossary of
safeguarding vocabulary (`glossary.yaml`): every way of writing a concept becomes one token, and
the concepts that name a kind of happening (strategy discussion, conference, home visit,
attendance, referral, incident...) give the entry its kinds. What the later entry says about
itself (a letter, minutes, a notification received) sets how far back its event may be; an
entry that says nothing of a delay is looked for on its own day (across midnight at night, and
the next day only when the descriptions are near-identical). A date the entry cites ("minutes of
15/5.") or a day it names ("on Saturday", "yesterday", "at the weekend") ties it to that day.

Pairs are scored out of 100 on four signals: the kind of happening, the words in common after
the glossary (and how alike the descriptions read), the people in common (the register, found in
the agencies' people column and the text) and how close the dates are for that kind of record.
Kinds must agree for much credit: an entry recording one kind of happening that mentions
another in passing (a strategy discussion "following the incident") gets none for it, and a
routine kind in common (a call, a home visit) with only the child in common is not evidence.
Pairs at or above the threshold are joined into groups, at most one entry per agency, and two
groups only join when every pair across them scores within GROUP_FLOOR_SLACK of the threshold
and their average reaches it, so an event does not chain into its neighbours while a terse note
that reads little like one member can still join the rest. Every group carries its reasons.

The entries are swept in date order with a window set by each entry's lag, so the work grows
with entries times their window, never with all pairs; cheap set tests (a kind or a distinctive
word or person in common) come before the text comparison."""

import datetime
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from casewindow.evidence.models import ChronologyEntry, MergeRejection
from casewindow.reviews.models import Agency, Person, Review

MIN_SCORE = 55
GLOSSARY_PATH = Path(__file__).with_name("glossary.yaml")
# Weights of the four signals in a score out of 100.
KIND_WEIGHT, WORDS_WEIGHT, PEOPLE_WEIGHT, DATE_WEIGHT = 30, 30, 20, 20
# A word or person in more than this share of a review's entries says little on its own.
COMMON_SHARE = 0.05
COMMON_MIN = 12
COMMON_PERSON_SHARE = 0.3
MIN_NAME_LENGTH = 3
# How far below the threshold the pairs joining two groups may score: on average at most
# GROUP_SLACK below, and none more than GROUP_FLOOR_SLACK below (average linkage with a floor).
# One good pair does not pull in an entry unlike the rest, yet a terse note that reads little
# like one member may join when it fits the others well.
GROUP_SLACK = 0
GROUP_FLOOR_SLACK = 25
_WORD = re.compile(r"[a-z0-9]+(?:['&/][a-z0-9]+)*")
_CONCEPT_TOKEN = re.compile(r"§\S+")
_NAME_SPLIT = re.compile(r"\s*(?:[,;/&+]|\band\b|\n)\s*", re.IGNORECASE)
# Words are compared by their first letters, so "suspended" meets "suspension" and "assessed"
# meets "assessment"; number words meet digits ("three days" and "3 days").
STEM_LENGTH = 6
NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()  # noqa: SIM905
    )
}
# Words of an agency's name that do not identify it.
AGENCY_GENERIC = frozenset(
    "service services team department unit trust council centre center nhs county city "  # noqa: SIM905
    "borough primary secondary school academy college practice surgery the and of for "
    "local authority health care children children's childrens".split()
)
# An entry with no lag of its own may still be dated the next day across midnight: an entry
# made from this time of day (minutes) onwards, or one dated the next day before EARLY_MORNING.
LATE_EVENING = 20 * 60
EARLY_MORNING = 6 * 60
NIGHT_REASON = "overnight: the evening before and the early hours"
# The date signal of an entry dated the next working day that says nothing of recording a past
# happening ("received", "yesterday", "minutes"...): on the labelled cases such pairs are
# nearly always two happenings, so only near-identical descriptions reach the threshold.
NEXT_DAY_DATE = 0.2
# The kind credit left when an entry records another strong kind of happening and mentions
# this one's kind in passing (a strategy discussion "following the incident"): on the tuning
# cases such pairs scoring at the threshold were one event 7 times in 25.
CROSS_KIND_FACTOR = 0.0
# Kinds whose record is about another happening (a referral tells of an incident).
REPORTING_KINDS = frozenset({"referral"})
# An entry citing a date ("following HV visit 01/06", "assessed 4/6") may be dated this many
# days after the date it cites.
CITED_LAG = 21
# A cited date or a named agency counts as this share of the words signal.
LINK_WEIGHT = 0.2
# An entry naming the other's agency, on the same day within this many minutes of it (or citing
# its date), is that agency's message arriving: it counts as this share of the words signal.
CONTACT_MINUTES = 120
CONTACT_WEIGHT = 0.5
# A full stop after a date ends the sentence ("attended core group 15/5."), it does not
# continue the date.
_CITED_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?(?![\w/]|\.\d)")
_FUTURE = re.compile(r"\b(?:will|next|arranged|planned|booked|due|until|by|for|to be)\b")
# Days named relative to the entry's own date: "on Saturday", "yesterday", "at the weekend".
WEEKDAYS = {
    d: n
    for n, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())  # noqa: SIM905
}
_CITED_DAY = re.compile(
    r"\b(?:(yesterday|last night)|(?:over|at|during) the weekend|(?:on |last )?"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| evening| morning)?)\b"
)
_CITED_WORDS = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
)
MONTHS = {
    m: n
    for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)  # noqa: SIM905
}
# An entry that names another agency may tell of that agency's happening days later (a
# decision phoned through, a notification passed on): it is looked for this many working days
# back even when it says nothing else about a delay.
TOLD_LAG = 4
TOLD_REASON = "one agency tells of the other's happening days later"
# Agencies whose "HV" is a home visit; for health agencies it is the health visitor.
HOME_VISIT_HV_KINDS = frozenset({"csc", "police"})
_HV = re.compile(r"(?<![\w&])hv(?![\w&])", re.IGNORECASE)
_HV_PERSON_BEFORE = re.compile(
    r"\b(?:from|the|with|to|by|and|named|allocated|told|informed|asked|contacted)\s+$"
)
_HV_PERSON_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\b(?<!Completed)|reports?|reported|said|says|advised|called|phoned|rang|"
    r"visited|shared|raised|informed|concerns?)",
)
STOP_WORDS = frozenset(
    "a an and are as at be by for from had has have he her his in is it of on or she that the "  # noqa: SIM905
    "their them they this to was were with not no re x2 am pm her him i we our us been will "
    "did does do per via into over after before about all both".split()
)


@dataclass(frozen=True)
class Glossary:
    pattern: re.Pattern[str]
    concept_of: dict[str, str]  # phrase -> concept
    kinds: dict[str, float]  # concepts naming a kind of happening -> strength (1 or 0.5)
    related: dict[str, frozenset[str]]  # kinds one happening may be recorded as, either way
    preparation: re.Pattern[str] | None
    lag_pattern: re.Pattern[str] | None
    lag_of: dict[str, tuple[int, str]]  # phrase -> (days, reason)
    default_lag: tuple[int, str]


def _alternation(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@cache
def glossary(path: Path = GLOSSARY_PATH) -> Glossary:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    concept_of: dict[str, str] = {}
    kinds: dict[str, float] = {}
    related: dict[str, set[str]] = defaultdict(set)
    for concept, spec in data["concepts"].items():
        if spec.get("kind"):
            kinds[concept] = 0.5 if spec["kind"] == "weak" else 1.0
        for other in spec.get("related", []):
            related[concept].add(other)
            related[other].add(concept)
        for phrase in [concept, *spec.get("phrases", [])]:
            concept_of.setdefault(str(phrase).lower(), concept)
    lag_of: dict[str, tuple[int, str]] = {}
    default_lag = (1, "")
    for lag in data["lags"]:
        if not lag["phrases"]:
            default_lag = (int(lag["days"]), lag["reason"])
        for phrase in lag["phrases"]:
            lag_of.setdefault(str(phrase).lower(), (int(lag["days"]), lag["reason"]))
    return Glossary(
        pattern=re.compile(rf"(?<![\w&]){'(?:' + _alternation(concept_of) + ')'}(?![\w&])"),
        concept_of=concept_of,
        kinds=kinds,
        related={k: frozenset(v) for k, v in related.items()},
        preparation=(
            re.compile(rf"(?<!\w)(?:{_alternation(data['preparation']['phrases'])})(?!\w)")
            if data.get("preparation", {}).get("phrases")
            else None
        ),
        lag_pattern=re.compile(rf"(?<![\w&])(?:{_alternation(lag_of)})(?![\w&])")
        if lag_of
        else None,
        lag_of=lag_of,
        default_lag=default_lag,
    )


@dataclass
class _Row:
    pk: int
    agency_id: int
    event_id: int | None
    start: int  # date ordinals
    end: int
    exact: bool  # dated to a day
    text: str  # normalised: concepts as single tokens
    words: frozenset[str]
    concepts: frozenset[str]
    kinds: frozenset[str]
    strong_kinds: frozenset[str]  # kinds that few unrelated contacts share
    primary: str | None  # the kind named first: usually what the entry records
    preparation: bool  # the entry is about preparing for an event (a report for it)
    lag: int
    lag_reason: str
    minute: int | None  # time of day in minutes, when the agency gave one
    people: frozenset[str]
    surface: dict[str, str] = field(default_factory=dict)  # word stem -> a word as written
    cited: frozenset[int] = frozenset()  # date ordinals the text refers to
    recalled: frozenset[int] = frozenset()  # days named relative to the entry's date
    mentions: frozenset[int] = frozenset()  # other agencies the text names


@dataclass
class _Pair:
    """A scored pair; its reasons are written only when a suggestion shows them."""

    score: int
    when: str
    shared_kinds: frozenset[str]
    shared_words: frozenset[str]
    shared_people: frozenset[str]
    labels: dict[int, str]
    links: tuple[str, ...] = ()  # a cited date, a named agency

    @property
    def reasons(self) -> list[str]:
        reasons = []
        if self.shared_kinds:
            reasons.append("Same kind of happening: " + " / ".join(sorted(self.shared_kinds)))
        reasons.append(self.when)
        reasons.extend(self.links)
        if self.shared_words:
            shown = sorted({w.lstrip("§").replace("_", " ") for w in self.shared_words})
            reasons.append("Words in common: " + ", ".join(shown[:8]))
        names = sorted(
            {
                self.labels.get(int(p[2:]), "") if p.startswith("p:") else p[2:].title()
                for p in self.shared_people
            }
            - {""}
        )
        if names:
            reasons.append("Both involve " + ", ".join(names))
        return reasons


@dataclass
class GroupSuggestion:
    """Entries of two or more agencies that may record one event, best pair's reasons first."""

    entry_ids: list[int]
    score: int
    reasons: list[str] = field(default_factory=list)
    entries: list[ChronologyEntry] = field(default_factory=list)

    @property
    def dates_differ(self) -> bool:
        """The agencies give different dates (or times) for what may be one event."""
        dates = {(e.date_start, e.date_end) for e in self.entries}
        times = {e.time for e in self.entries if e.time is not None}
        return len(dates) > 1 or len(times) > 1


def _normalise(text: str, g: Glossary) -> tuple[str, list[str]]:
    """The text with every glossary phrase replaced by its concept's token, and the concepts
    in the order they first appear."""
    lowered = (text or "").lower()
    concepts: dict[str, None] = {}

    def replace(match: re.Match[str]) -> str:
        concept = g.concept_of[match.group(0)]
        concepts.setdefault(concept)
        return " §" + concept.replace(" ", "_") + " "

    return g.pattern.sub(replace, lowered), list(concepts)


def _stem(word: str) -> str:
    word = NUMBER_WORDS.get(word, word)
    return word[:STEM_LENGTH] if len(word) > STEM_LENGTH else word


def _add_cited(out: set[int], day: int, month: int, year: int | None, on: datetime.date) -> None:
    for y in [year] if year else [on.year, on.year - 1]:
        try:
            cited = datetime.date(y, month, day)
        except ValueError:
            continue
        if 0 < (on - cited).days <= CITED_LAG:
            out.add(cited.toordinal())


def _cited_dates(text: str, on: datetime.date) -> frozenset[int]:
    """Earlier dates an entry refers to ("following HV visit 01/06", "assessed 4/6")."""
    out: set[int] = set()
    for day, month, year in _CITED_DATE.findall(text):
        full = (int(year) + 2000 if len(year) == 2 else int(year)) if year else None
        _add_cited(out, int(day), int(month), full, on)
    for day, month in _CITED_WORDS.findall(text):
        _add_cited(out, int(day), MONTHS[month[:3]], None, on)
    return frozenset(out)


def _recalled_days(text: str, on: datetime.date) -> frozenset[int]:
    """Earlier days an entry names relative to its own date ("on Saturday", "yesterday", "at
    the weekend"), looked for only in a past sense."""
    out: set[int] = set()
    for match in _CITED_DAY.finditer(text):
        if match.group(1):  # yesterday, last night
            out.add(on.toordinal() - 1)
            continue
        if _FUTURE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "will see her on Thursday", "visit arranged for Monday"
        # The named day (or Saturday and Sunday) most recently before the entry's date.
        named = [WEEKDAYS[match.group(2)]] if match.group(2) else [5, 6]
        for weekday in named:
            back = (on.weekday() - weekday) % 7 or 7
            out.add(on.toordinal() - back)
    return frozenset(out)


def _agency_names(review: Review, g: Glossary) -> dict[int, frozenset[str]]:
    """The words and glossary concepts by which an entry may name each agency."""
    kind_words = {
        "police": {"police", "pc", "dc", "ds", "di", "dci", "sgt", "officer", "officers"},
        "csc": {"§social_worker"},
        "education": {"school"},
    }
    out = {}
    for pk, name, kind in Agency.objects.filter(review=review).values_list("pk", "name", "kind"):
        text, concepts = _normalise(name, g)
        words = {w for w in _WORD.findall(_CONCEPT_TOKEN.sub(" ", text)) if len(w) > 2}
        tokens = (words - AGENCY_GENERIC - STOP_WORDS) | {
            "§" + c.replace(" ", "_") for c in concepts if c not in g.kinds
        }
        out[pk] = frozenset(tokens | kind_words.get(kind, set()))
    return out


def _register_names(review: Review):
    names: dict[str, int] = {}
    labels: dict[int, str] = {}
    for pk, real_name, aliases, label in Person.objects.filter(review=review).values_list(
        "pk", "real_name", "aliases", "publication_label"
    ):
        labels[pk] = label
        # A publication label names the person only when it holds a code ("Child K", "Adult
        # 2"); a role label ("Social worker", "Mother", "GP") is any such person's word.
        coded = any(len(t) == 1 or t.isdigit() for t in _WORD.findall(str(label).lower()))
        for name in [real_name, *([label] if coded else []), *(aliases or [])]:
            name = str(name).strip().lower()
            if len(name) >= MIN_NAME_LENGTH:
                names.setdefault(name, pk)
    if not names:
        return None, names, labels
    return re.compile(rf"(?<!\w)(?:{_alternation(names)})(?!\w)"), names, labels


def _rows(review: Review) -> tuple[list[_Row], dict[int, str]]:
    g = glossary()
    pattern, names, labels = _register_names(review)
    # The words of register names count as people in common, not also as words in common.
    # (Real names and aliases only: a label such as "Social worker" is made of ordinary words.)
    name_words = frozenset(
        word
        for real_name, aliases in Person.objects.filter(review=review).values_list(
            "real_name", "aliases"
        )
        for name in [real_name, *(aliases or [])]
        for word in _WORD.findall(str(name).lower())
        if len(word) >= MIN_NAME_LENGTH
    )
    linked: dict[int, set[str]] = defaultdict(set)
    through = ChronologyEntry.people.through
    for entry_id, person_id in through.objects.filter(chronologyentry__review=review).values_list(
        "chronologyentry_id", "person_id"
    ):
        linked[entry_id].add(f"p:{person_id}")
    agency_names = _agency_names(review, g)
    agency_kinds = dict(Agency.objects.filter(review=review).values_list("pk", "kind"))
    rows = []
    values = (
        ChronologyEntry.objects.counted()
        .filter(review=review, date_start__isnull=False)
        .order_by("date_start", "pk")
        .values_list(
            "pk",
            "agency_id",
            "event_id",
            "date_start",
            "date_end",
            "time",
            "description",
            "people_text",
        )
    )
    for pk, agency_id, event_id, start, end, time, description, people_text in values:
        if start is None:  # never: the query asks for dated entries only
            continue
        people = set(linked.get(pk, ()))
        if pattern is not None:
            for match in pattern.findall(f"{people_text}\n{description}".lower()):
                people.add(f"p:{names[match]}")
        for name in _NAME_SPLIT.split(people_text or ""):
            name = name.strip().lower()
            if len(name) >= MIN_NAME_LENGTH and name not in names:
                people.add(f"n:{name}")
        if agency_kinds.get(agency_id) in HOME_VISIT_HV_KINDS:
            description = _home_visit_hv(description or "")
        text, concepts = _normalise(description, g)
        lag, lag_reason = g.default_lag
        if g.lag_pattern is not None:
            for match in g.lag_pattern.findall((description or "").lower()):
                days, reason = g.lag_of[match]
                if days > lag:
                    lag, lag_reason = days, reason
        raw = frozenset(_WORD.findall(_CONCEPT_TOKEN.sub(" ", text))) - STOP_WORDS - name_words
        raw = frozenset(w for w in raw if len(w) > 1 or w.isdigit())
        surface: dict[str, str] = {}
        for word in sorted(raw):
            surface.setdefault(_stem(word), word)
        tokens = raw | frozenset("§" + c.replace(" ", "_") for c in concepts)
        # Another agency named in the text (its own agency's names do not count: "in school"
        # in one school's record does not name the other school).
        tokens -= agency_names.get(agency_id, frozenset())
        mentions = frozenset(
            other for other, named in agency_names.items() if other != agency_id and named & tokens
        )
        rows.append(
            _Row(
                pk=pk,
                agency_id=agency_id,
                event_id=event_id,
                start=start.toordinal(),
                end=max(end or start, start).toordinal(),
                exact=end is None or end == start,
                text=text,
                words=frozenset(surface) | frozenset("§" + c.replace(" ", "_") for c in concepts),
                concepts=frozenset(concepts),
                kinds=frozenset(c for c in concepts if c in g.kinds),
                strong_kinds=frozenset(c for c in concepts if g.kinds.get(c) == 1.0),
                primary=next((c for c in concepts if c in g.kinds), None),
                preparation=bool(g.preparation and g.preparation.search(text)),
                lag=lag,
                lag_reason=lag_reason,
                minute=None if time is None else time.hour * 60 + time.minute,
                people=frozenset(people),
                surface=surface,
                cited=_cited_dates((description or "").lower(), start),
                recalled=_recalled_days((description or "").lower(), start),
                mentions=mentions,
            )
        )
    return rows, labels


def _distinctive(rows: list[_Row]) -> frozenset[str]:
    """Drop each entry's common words; return the people found in most entries."""
    limit = max(COMMON_SHARE * len(rows), COMMON_MIN)
    frequency = Counter(word for row in rows for word in row.words)
    common = {w for w, n in frequency.items() if n > limit and not w.startswith("§")}
    for row in rows:
        row.words = row.words - common
    people = Counter(p for row in rows for p in row.people)
    return frozenset(p for p, n in people.items() if n > COMMON_PERSON_SHARE * len(rows))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class _Scorer:
    def __init__(
        self,
        rows: list[_Row],
        labels: dict[int, str],
        common_people: frozenset[str],
        floor: int = 0,
    ):
        # Pairs scoring below the floor count nowhere (not suggested, not kept in a group).
        self.floor = floor
        self.labels = labels
        self.common_people = common_people
        self.by_pk = {row.pk: row for row in rows}
        self.cache: dict[tuple[int, int], _Pair | None] = {}
        self.kind_strength = glossary().kinds
        self.related = glossary().related
        # The review's children: in most entries of a case between them, so sharing one says
        # little about which happening two entries record.
        self.children = frozenset(
            f"p:{pk}"
            for pk in Person.objects.filter(
                pk__in={int(p[2:]) for row in rows for p in row.people if p.startswith("p:")},
                category="child",
            ).values_list("pk", flat=True)
        )
        self.weak_kind_names = frozenset(k for k, v in self.kind_strength.items() if v < 1)
        self.weak_kinds = frozenset("§" + k.replace(" ", "_") for k in self.weak_kind_names)
        self.kind_tokens = frozenset("§" + k.replace(" ", "_") for k in self.kind_strength)

    def window(self, earlier: _Row, later: _Row) -> tuple[int, str]:
        """How many working days the later entry may lag the earlier one, and why. An entry
        that says nothing about recording a past happening is looked for on the same day only,
        except across midnight (a late-evening incident, the early-hours attendance)."""
        if later.lag == 0 and (
            (earlier.minute is not None and earlier.minute >= LATE_EVENING)
            or (later.minute is not None and later.minute < EARLY_MORNING)
        ):
            return 1, NIGHT_REASON
        if earlier.agency_id in later.mentions and later.lag < TOLD_LAG:
            return TOLD_LAG, TOLD_REASON
        return later.lag, later.lag_reason

    def pair(self, a: _Row, b: _Row) -> _Pair | None:
        """The score of two entries, or None when they cannot be one event."""
        key = (a.pk, b.pk) if a.pk < b.pk else (b.pk, a.pk)
        if key not in self.cache:
            self.cache[key] = self._pair(a, b)
        return self.cache[key]

    def _pair(self, a: _Row, b: _Row) -> _Pair | None:
        if a.agency_id == b.agency_id:
            return None
        earlier, later = (a, b) if (a.start, a.pk) <= (b.start, b.pk) else (b, a)
        lag, lag_reason = self.window(earlier, later)
        gap = _working_days(earlier.end, later.start)
        overlap = earlier.start <= later.end and later.start <= earlier.end
        cites = any(earlier.start <= day <= earlier.end for day in later.cited | later.recalled)
        unexplained = False  # a day later with nothing to say the record came later
        if gap > lag and not cites:
            if not (gap == 1 and lag == 0):
                return None
            unexplained, lag = True, 1
        links = _links(a, b)
        # One agency telling another: an entry naming the other's agency, written within
        # CONTACT_MINUTES of it the same day, or saying it records something received and citing
        # its date, records the same exchange (a call, a notification) however differently each
        # side words it. An entry of its own happening that only recalls an earlier date (a
        # visit "since 1/8") is not the exchange.
        contact = "One names the other's agency" in links and (
            _close_in_time(earlier, later)
            or (cites and earlier.exact and later.exact and later.lag > 0)
        )
        # Dates: the nearer for this kind of record, the better; a range overlap is weaker.
        exact = earlier.exact and later.exact
        if cites:
            date = 1.0
        elif unexplained:
            date = NEXT_DAY_DATE
        elif exact:
            date = 1 - gap / (lag + 1) * 0.6
        else:
            date = 0.75 if overlap else 0.4 * (1 - gap / (lag + 1))
        # Kind of happening. Measured on the labelled tuning cases, pairs whose kinds agree only
        # in passing (a kind each mentions but neither records) or that have no kind in common
        # are rarely one event, so they get little credit here.
        strength = self.kind_strength
        shared_kinds = a.kinds & b.kinds
        if a.primary is not None and a.primary == b.primary:
            kind = strength[a.primary]
        elif a.primary in b.kinds or b.primary in a.kinds:
            kind = 0.7 * max(strength[k] for k in shared_kinds)
            # The other entry records another kind of happening and mentions this one (a
            # strategy discussion about last night's incident is not the incident).
            holder, recorded = (b, a) if a.primary in b.kinds else (a, b)
            if (
                holder.primary is not None
                and recorded.primary is not None
                and strength[holder.primary] == 1.0
                and holder.primary not in REPORTING_KINDS
                and holder.primary not in self.related.get(recorded.primary, ())
            ):
                kind *= CROSS_KIND_FACTOR
        elif (
            a.primary is not None
            and b.primary is not None
            and b.primary in self.related.get(a.primary, ())
        ):
            kind = 0.7 * max(strength[a.primary], strength[b.primary])
        elif shared_kinds:
            kind = 0.2 * max(strength[k] for k in shared_kinds)
        elif a.kinds and b.kinds:
            kind = 0.0
        else:
            kind = 0.2
        if a.preparation != b.preparation:
            kind *= 0.3
        # People.
        shared_people = a.people & b.people
        if not a.people or not b.people:
            people = 0.4
        elif shared_people - self.common_people:
            people = 1.0
        elif shared_people:
            people = 0.6
        else:
            people = 0.0
        # A routine kind in common (a call, a letter, a home visit) already counts as the kind
        # of happening: it is not also a word in common. Nor is it evidence on its own: with no
        # distinctive word, person or link in common, two calls about the child the same day
        # are two calls.
        shared_words = (a.words & b.words) - self.weak_kinds
        if (
            kind
            and shared_kinds
            and shared_kinds <= self.weak_kind_names
            and not shared_words - self.kind_tokens
            and not shared_people - self.common_people - self.children
            and not links
        ):
            kind = 0.0
        # An exchange about another kind of happening than the one recorded (a strategy
        # discussion that names the police and the weekend's incident) is not that happening.
        contact = contact and (kind > 0 or a.primary is None or b.primary is None)
        partial = KIND_WEIGHT * kind + PEOPLE_WEIGHT * people + DATE_WEIGHT * date
        if round(partial + WORDS_WEIGHT) < self.floor:
            return None  # cannot reach the lowest score that counts, whatever the words
        # Words in common after the glossary, and how alike the descriptions read.
        smaller = min(len(a.words), len(b.words)) or 1
        overlap_share = min(
            1.0,
            len(shared_words) / min(smaller, 6)
            + LINK_WEIGHT * len(links)
            + (CONTACT_WEIGHT if contact else 0.0),
        )
        words = overlap_share
        if overlap_share < 0.7:  # the text comparison can only raise a weaker word overlap
            similarity = fuzz.token_set_ratio(a.text, b.text) / 100
            words = max(overlap_share, max(0.0, similarity - 0.4) / 0.6 * 0.7)
        score = round(partial + WORDS_WEIGHT * words)
        if score < self.floor:
            return None
        if exact:
            days = later.start - earlier.start
            when = "Same date" if days == 0 else f"{_plural(days, 'day')} apart"
            if lag_reason and (days > 1 or (days == 1 and lag_reason == NIGHT_REASON)):
                when += f" ({lag_reason})"
        else:
            when = "Dates overlap (one date is not exact)" if overlap else f"{gap} days apart"
        return _Pair(
            score=score,
            when=when,
            shared_kinds=shared_kinds,
            shared_words=frozenset(a.surface.get(w, w) for w in shared_words),
            shared_people=shared_people,
            labels=self.labels,
            links=links,
        )


def _close_in_time(a: _Row, b: _Row) -> bool:
    """Written the same day, within CONTACT_MINUTES of each other."""
    return (
        a.exact
        and b.exact
        and a.start == b.start
        and a.minute is not None
        and b.minute is not None
        and abs(a.minute - b.minute) <= CONTACT_MINUTES
    )


def _linked(a: _Row, b: _Row) -> bool:
    """Whether _links finds anything (cheaply, for the pre-filter)."""
    if b.agency_id in a.mentions or a.agency_id in b.mentions:
        return True
    if not (a.cited or a.recalled or b.cited or b.recalled):
        return False
    earlier, later = (a, b) if a.start <= b.start else (b, a)
    return any(earlier.start <= day <= earlier.end for day in later.cited | later.recalled)


def _links(a: _Row, b: _Row) -> tuple[str, ...]:
    """What ties two entries beyond their words: one cites the other's date, or names the
    other's agency."""
    links = []
    earlier, later = (a, b) if a.start <= b.start else (b, a)
    cited = sorted(
        day for day in later.cited | later.recalled if earlier.start <= day <= earlier.end
    )
    if cited:
        when = datetime.date.fromordinal(cited[0])
        links.append(f"One refers to the other's date ({when.day} {when:%B})")
    if b.agency_id in a.mentions or a.agency_id in b.mentions:
        links.append("One names the other's agency")
    return tuple(links)


def _working_days(earlier: int, later: int) -> int:
    """Days from one date ordinal to a later one, not counting Saturdays and Sundays between
    (a Friday referral read on Monday is one working day later)."""
    if later <= earlier:
        return 0
    return later - earlier - (_weekend_days(later - 1) - _weekend_days(earlier))


def _weekend_days(ordinal: int) -> int:
    """Saturdays and Sundays among date ordinals 1 … ordinal (ordinal 1 is a Monday)."""
    weeks, rest = divmod(ordinal, 7)
    return 2 * weeks + max(0, rest - 5)


def _reach(row: _Row) -> int:
    """How far back an entry's event may lie, in calendar days: its lag in working days, or
    the earliest date it cites."""
    lag = max(row.lag, TOLD_LAG) if row.mentions else row.lag
    days = lag
    while days < lag + 2 and _working_days(row.start - days - 1, row.start) <= lag:
        days += 1
    named = row.cited | row.recalled
    return max(days, row.start - min(named)) if named else days


def _home_visit_hv(text: str) -> str:
    """A social worker's or police officer's "HV" is a home visit ("HV completed", "joint HV")
    unless the sentence makes it a person ("call from HV", "HV reports", "the HV")."""

    def sense(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 12) : match.start()].lower()
        after = text[match.end() : match.end() + 14]
        if _HV_PERSON_BEFORE.search(before) or _HV_PERSON_AFTER.match(after):
            return match.group(0)
        return "home visit"

    return _HV.sub(sense, text)


def _candidates(rows: list[_Row], max_lag: int):
    """Pairs of entries of different agencies whose dates fit the later entry's lag."""
    starts = [row.start for row in rows]
    ranged = [row for row in rows if row.end > row.start]
    for i, b in enumerate(rows):
        lo = bisect_left(starts, b.start - max(_reach(b), 1))  # 1: across midnight
        for a in rows[lo:i]:
            if a.agency_id != b.agency_id:
                yield a, b
        # Entries dated the same day (later in the sort) are seen from the other side; ranged
        # entries are compared with every entry whose start lies in or near their range.
    for a in ranged:
        lo = bisect_left(starts, a.start)
        hi = bisect_right(starts, a.end + max_lag)
        for b in rows[lo:hi]:
            if b.agency_id != a.agency_id and b is not a and b.start > a.start + a.lag:
                yield a, b


def suggest_groups(
    *, review: Review, min_score: int = MIN_SCORE, exclude_rejected: bool = True
) -> list[GroupSuggestion]:
    """Likely events, best first: groups of entries of two or more agencies. Entries already in
    one event are not suggested together again; neither are rejected pairs."""
    rows, labels = _rows(review)
    if len(rows) < 2:
        return []
    common_people = _distinctive(rows)
    scorer = _Scorer(rows, labels, common_people, floor=min_score - GROUP_FLOOR_SLACK)
    rejected = set()
    if exclude_rejected:
        rejected = set(
            MergeRejection.objects.filter(review=review).values_list("first_id", "second_id")
        )
    max_lag = max(_reach(row) for row in rows)
    pairs: list[tuple[int, int, int]] = []
    for a, b in _candidates(rows, max_lag):
        if a.event_id is not None and a.event_id == b.event_id:
            continue
        # Cheap set tests first: a pair needs a strong kind, a distinctive word or a person
        # in common before its text is compared.
        if (
            a.strong_kinds.isdisjoint(b.strong_kinds)
            and len(a.words & b.words) < 2
            and not (a.people & b.people) - common_people
            and not _linked(a, b)
        ):
            continue
        key = (a.pk, b.pk) if a.pk < b.pk else (b.pk, a.pk)
        if key in rejected:
            continue
        found = scorer.pair(a, b)
        if found is not None and found.score >= min_score:
            pairs.append((found.score, *key))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return _group(pairs, scorer, rejected, min_score)


def _group(pairs, scorer: _Scorer, rejected, min_score: int) -> list[GroupSuggestion]:
    """Join the pairs, best first, into groups whose every cross-agency pair fits."""
    group_of: dict[int, int] = {}
    groups: dict[int, list[int]] = {}
    best: dict[int, tuple[int, list[str]]] = {}
    by_pk = scorer.by_pk

    def fits(members: list[int], joining: list[int]) -> bool:
        agencies = {by_pk[m].agency_id for m in members}
        if any(by_pk[j].agency_id in agencies for j in joining):
            return False
        total = 0
        for m in members:
            for j in joining:
                key = (m, j) if m < j else (j, m)
                if key in rejected:
                    return False
                found = scorer.pair(by_pk[m], by_pk[j])
                if found is None or found.score < min_score - GROUP_FLOOR_SLACK:
                    return False
                total += found.score
        return total >= (min_score - GROUP_SLACK) * len(members) * len(joining)

    for score, first, second in pairs:
        ga, gb = group_of.get(first), group_of.get(second)
        if ga is not None and ga == gb:
            continue
        a_members = groups[ga] if ga is not None else [first]
        b_members = groups[gb] if gb is not None else [second]
        if not fits(a_members, b_members):
            continue
        target = ga if ga is not None else (gb if gb is not None else first)
        merged = [*a_members, *b_members]
        for key in {k for k in (ga, gb) if k is not None and k != target}:
            groups.pop(key, None)
            absorbed = best.pop(key, None)
            if absorbed and target in best:
                best[target][1].extend(
                    r for r in absorbed[1] if r[0].isdigit() and r not in best[target][1]
                )
        groups[target] = merged
        for m in merged:
            group_of[m] = target
        found = scorer.pair(by_pk[first], by_pk[second])
        joined = found.reasons if found is not None else ()  # never None: fits() scored it
        if target not in best:
            best[target] = (score, list(joined))
        else:
            # Later joins add what they say about dates (a lag the first pair did not need).
            kept = best[target][1]
            kept.extend(r for r in joined if r[0].isdigit() and r not in kept)
    result = []
    for key, members in groups.items():
        score, reasons = best[key]
        size = len(members)
        if size > 2:
            reasons = [f"{size} entries from {size} agencies", *reasons]
        members.sort(key=lambda m: (by_pk[m].start, m))
        result.append(GroupSuggestion(entry_ids=members, score=score, reasons=reasons))
    result.sort(key=lambda g: (-g.score, g.entry_ids))
    return result


def suggest_groups_attach(*, review: Review, groups: list[GroupSuggestion]) -> None:
    """Load the entries of these groups (one query) and attach them in date order."""
    ids = {pk for group in groups for pk in group.entry_ids}
    entries = ChronologyEntry.objects.filter(review=review, pk__in=ids).select_related(
        "agency", "event"
    )
    by_pk = {entry.pk: entry for entry in entries}
    for group in groups:
        group.entries = [by_pk[pk] for pk in group.entry_ids if pk in by_pk]
