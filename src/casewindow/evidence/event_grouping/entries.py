"""Reading a review's dated entries into rows: words, concepts, kinds, lag, people, dates."""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from casewindow.evidence.models import ChronologyEntry
from casewindow.reviews.models import Agency, Person, Review

from .dates import cited_dates, recalled_days
from .vocabulary import (
    CONCEPT_TOKEN,
    STOP_WORDS,
    WORD,
    Glossary,
    alternation,
    glossary,
    home_visit_hv,
    normalise,
    stem,
)

# A word or person in more than this share of a review's entries says little on its own.
COMMON_SHARE = 0.05
COMMON_MIN = 12
COMMON_PERSON_SHARE = 0.3
MIN_NAME_LENGTH = 3
_NAME_SPLIT = re.compile(r"\s*(?:[,;/&+]|\band\b|\n)\s*", re.IGNORECASE)
# Words of an agency's name that do not identify it.
AGENCY_GENERIC = frozenset(
    "service services team department unit trust council centre center nhs county city "  # noqa: SIM905
    "borough primary secondary school academy college practice surgery the and of for "
    "local authority health care children children's childrens".split()
)
# A letter confirming a conference's outcome, filed days later ("Letter from CP conference team:
# ICPC 21/10/25 - subject to CP plans"): the agency's own record of being told, not the
# conference (its minutes, by contrast, are the meeting's own record).
_OUTCOME_LETTER = re.compile(
    r"\bletter\s+(?:from|received\s+from|rec'?d\s+from)\b[^.\n]{0,40}?"
    r"(?:conference|icpc|rcpc|cp\s+conf|csc|social\s+care|children's\s+services)"
    # …and the terse "Letter conference team: ICPC 18/06 - CP plans"
    r"|\bletter\s+(?:the\s+)?(?:cp\s+|child\s+protection\s+)?conference\s+(?:team|unit|service)\b"
    # …and "ICPC outcome letter rec'd", "outcome letter from the conference"
    r"|\b(?:icpc|rcpc|conference|cp\s+conf)\s+outcome\s+letter\b"
    r"|\boutcome\s+letter\b[^.\n]{0,40}?(?:conference|icpc|rcpc)"
)
# …and any letter confirming what a meeting decided ("Letter to Pat confirming the outcome of
# the exploitation panel"): the agency's own follow-up, not the meeting.
_CONFIRMING_LETTER = re.compile(
    r"\bletter\b[^.\n]{0,40}?\bconfirming\s+(?:the\s+)?(?:outcome|decisions?|actions?)\b"
)
_CONFERENCE = re.compile(r"\b(?:conference|icpc|rcpc|cp\s+conf)")
_MINUTES = re.compile(r"\bminutes\b")
# The agency's own apologies, written as the entry's first words ("Unable to join strategy
# discussion (baby clinic)"); a parent's ("Mother unable to attend") names its subject first.
_OWN_APOLOGIES = re.compile(
    r"\s*(?:(?:unable|not\s+able)\s+to\s+(?:attend|join|dial\s+in)|could\s+not\s+(?:attend|join)"
    r"|apologies\b|sent\s+apologies)"
)
# …or after the meeting's name, its report sent instead: "RCPC today - report sent, not
# attending (NCMP clinic)", "TAF review today - unable to attend".
_APOLOGIES_AFTER_MEETING = re.compile(
    r"[^.;\n]{0,45}?(?:[-–:,(]|\btoday\b)\s*(?:(?:report|update|information|info|written\s+update)"
    r"\s+(?:sent|shared|submitted)[^,;.()]{0,25}[,;(]?\s*)?(?:not\s+attending|unable\s+to\s+"
    r"(?:attend|join)|(?:sent\s+)?apologies|could\s+not\s+(?:attend|join))",
    re.IGNORECASE,
)
# A manager's oversight recorded as the entry's subject ("Management oversight (TM Whitlow):
# first missing episode…"): the agency's own follow-up of a happening, never the happening (none
# of the 34 such entries of the tuning cases was part of an event).
_OVERSIGHT = re.compile(
    r"\s*(?:(?:(?:team\s+)?manage(?:ment|r|r's|rial)|tm)\s+oversight\b"
    # …or a supervision ("Supervision with TM Bell", "Case supervision:"; none of the 33 in the
    # tuning cases is part of an event), not a supervision order.
    r"|(?:case\s+|management\s+|managerial\s+|clinical\s+|safeguarding\s+)?supervision\b"
    r"(?!\s+orders?\b))",
    re.IGNORECASE,
)
# "SW informed by email", "GP notified by letter": the agency telling another, which says
# nothing of its record being made after the happening.
_TELLING_WORDS = frozenset({"informed", "notified"})
_TOLD_BY_US = re.compile(r"\s+(?:by|via)\s+(?:e-?mail|phone|telephone|tel|letter|text|sms)\b")
# Agencies whose "HV" is a home visit; for health agencies it is the health visitor.
HOME_VISIT_HV_KINDS = frozenset({"csc", "police"})


@dataclass
class Row:
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
    outside: bool  # a letter telling the agency a conference's outcome: not the conference
    lag: int
    lag_reason: str
    minute: int | None  # time of day in minutes, when the agency gave one
    people: frozenset[str]
    surface: dict[str, str] = field(default_factory=dict)  # word stem -> a word as written
    cited: frozenset[int] = frozenset()  # date ordinals the text refers to
    recalled: frozenset[int] = frozenset()  # days named relative to the entry's date
    mentions: frozenset[int] = frozenset()  # other agencies the text names
    sent_to: frozenset[int] = frozenset()  # named agencies the entry sends something to
    references: frozenset[str] = frozenset()  # an occurrence's or a log's number it gives
    # The agencies a referral in the entry may be from or to: those it names, and children's
    # social care when it names the MASH (the council's front door).
    ends: frozenset[int] = frozenset()


def _primary(concepts: list[str], passing: frozenset[str], g: Glossary) -> str | None:
    """The kind the entry records: the first kind it names, not in passing, and not the way the
    message came (a call, a letter) when it names any other."""
    kinds = [c for c in concepts if c in g.kinds and c not in passing]
    return next((c for c in kinds if c not in g.channels), kinds[0] if kinds else None)


def _agency_names(review: Review, g: Glossary) -> dict[int, frozenset[str]]:
    """The words and glossary concepts by which an entry may name each agency."""
    kind_words = {
        "police": {"police", "pc", "dc", "ds", "di", "dci", "sgt", "officer", "officers"},
        "csc": {"§social_worker"},
        "education": {"school", "§designated_safeguarding_lead"},
    }
    out = {}
    for pk, name, kind in Agency.objects.filter(review=review).values_list("pk", "name", "kind"):
        text, concepts, _passing = normalise(name, g)
        words = {w for w in WORD.findall(CONCEPT_TOKEN.sub(" ", text)) if len(w) > 2}
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
        coded = any(len(t) == 1 or t.isdigit() for t in WORD.findall(str(label).lower()))
        for name in [real_name, *([label] if coded else []), *(aliases or [])]:
            name = str(name).strip().lower()
            if len(name) >= MIN_NAME_LENGTH:
                names.setdefault(name, pk)
    if not names:
        return None, names, labels
    return re.compile(rf"(?<!\w)(?:{alternation(names)})(?!\w)"), names, labels


def read_rows(review: Review) -> tuple[list[Row], dict[int, str]]:
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
        for word in WORD.findall(str(name).lower())
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
    social_care = frozenset(pk for pk, kind in agency_kinds.items() if kind == "csc")
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
            description = home_visit_hv(description or "")
        text, concepts, passing = normalise(description, g)
        lag, lag_reason = g.default_lag
        if g.lag_pattern is not None:
            lowered = (description or "").lower()
            for found in g.lag_pattern.finditer(lowered):
                match = found.group(0)
                if _TOLD_BY_US.match(lowered, found.end()) and match in _TELLING_WORDS:
                    continue  # "SW informed by email": the agency told someone, it was not told
                days, reason = g.lag_of[match]
                if days > lag:
                    lag, lag_reason = days, reason
        raw = frozenset(WORD.findall(CONCEPT_TOKEN.sub(" ", text))) - STOP_WORDS - name_words
        raw = frozenset(w for w in raw if len(w) > 1 or w.isdigit())
        surface: dict[str, str] = {}
        for word in sorted(raw):
            surface.setdefault(stem(word), word)
        tokens = raw | frozenset("§" + c.replace(" ", "_") for c in concepts)
        # Another agency named in the text (its own agency's names do not count: "in school"
        # in one school's record does not name the other school).
        tokens -= agency_names.get(agency_id, frozenset())
        mentions = frozenset(
            other for other, named in agency_names.items() if other != agency_id and named & tokens
        )
        ends = mentions
        if "§mash" in tokens:
            ends |= {other for other in social_care if other != agency_id}
        rows.append(
            Row(
                pk=pk,
                agency_id=agency_id,
                event_id=event_id,
                start=start.toordinal(),
                end=max(end or start, start).toordinal(),
                exact=end is None or end == start,
                text=text,
                words=frozenset(surface)
                | frozenset("§" + c.replace(" ", "_") for c in concepts if c not in passing),
                concepts=frozenset(concepts),
                kinds=frozenset(c for c in concepts if c in g.kinds and c not in passing),
                strong_kinds=frozenset(
                    c for c in concepts if g.kinds.get(c) == 1.0 and c not in passing
                ),
                primary=_primary(concepts, passing, g),
                preparation=bool(g.preparation and g.preparation.search(text)),
                outside=_outside((description or "").lower()),
                lag=lag,
                lag_reason=lag_reason,
                minute=None if time is None else time.hour * 60 + time.minute,
                people=frozenset(people),
                surface=surface,
                cited=cited_dates((description or "").lower(), start),
                recalled=recalled_days((description or "").lower(), start),
                mentions=mentions,
                sent_to=(
                    mentions
                    if g.sending is not None and g.sending.search((description or "").lower())
                    else frozenset()
                ),
                references=frozenset(_REFERENCE.findall(description or "")),
                ends=ends,
            )
        )
    return rows, labels


# An occurrence's, an incident log's or a case's number, with its separators: "WP/25/139552",
# "NP-2510-22871", "Occ 26/094418" (not a date: "12/09/25" has no part of five digits).
_REFERENCE = re.compile(
    r"\b(?:[A-Z]{1,4}[/-])?\d{2,4}[/-]\d{5,7}\b|\b[A-Z]{1,4}[/-]\d{2,4}[/-]\d{4,7}\b"
)


def _outside(description: str) -> bool:
    """The entry records the agency's own apologies for a meeting, a manager's oversight, or a
    conference's outcome told by letter: not the meeting. ("Unable to attend" inside an entry
    is as often a parent's, in the meeting's own record.)"""
    if (
        _OWN_APOLOGIES.match(description)
        or _APOLOGIES_AFTER_MEETING.match(description)
        or _OVERSIGHT.match(description)
        or _CONFIRMING_LETTER.search(description)
    ):
        return True
    return (
        _OUTCOME_LETTER.search(description) is not None
        and _CONFERENCE.search(description) is not None
        and _MINUTES.search(description) is None
    )


def distinctive(rows: list[Row]) -> frozenset[str]:
    """Drop each entry's common words; return the people found in most entries."""
    limit = max(COMMON_SHARE * len(rows), COMMON_MIN)
    frequency = Counter(word for row in rows for word in row.words)
    common = {w for w, n in frequency.items() if n > limit and not w.startswith("§")}
    for row in rows:
        row.words = row.words - common
    people = Counter(p for row in rows for p in row.people)
    return frozenset(p for p, n in people.items() if n > COMMON_PERSON_SHARE * len(rows))
