"""The personal-data detector: Microsoft Presidio's AnalyzerEngine with a spaCy model for names
(and organisations and places as candidates), plus Casewindow's own recognisers — the review's
people register, UK identifiers with their check rules, dates of birth, addresses, named
schools and health services, names in the contexts case records put them in — and then
propagation: every later occurrence of a string once found to be personal data is found too
(`propagation.py`). The model and recognisers are built in `analysers.py`, once per process,
lazily (loading the spaCy model takes about a second); if the model is missing the detector
refuses to run rather than silently going without name recognition."""

from __future__ import annotations

import functools
import logging
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from casewindow.anonymisation.detection import decoys
from casewindow.anonymisation.detection.analysers import analyzer, register_recogniser
from casewindow.anonymisation.detection.context import (
    NOT_NAME_WORDS,
    NOT_NAMES,
)
from casewindow.anonymisation.detection.identifiers import (
    Span,
)
from casewindow.anonymisation.detection.lexicon import (
    acronyms,
    is_first_name,
    is_known_name,
    is_surname,
    is_word_name,
    zipf,
)
from casewindow.anonymisation.detection.names import (
    ETHNICITY,
    FIELD_WORDS,
    PLACES_THAT_ARE_FIRST_NAMES,
    a_pet,
    locative_before,
    person_verb_follows,
    plausible_weak_name,
)
from casewindow.anonymisation.detection.propagation import (
    declared_initials,
    family_words,
    initials_after_a_dash,
    marked_initials,
    one_letter_speakers,
    person_initials,
    places_by_use,
    propagate,
    propagate_initials,
    propagation_strings,
)
from casewindow.anonymisation.detection.register import (
    TITLES,
    RegisterMatcher,
    RegisterPerson,
)
from casewindow.anonymisation.detection.vocabulary import AGENCY_AFTER, PLACE_END

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult
    from spacy.tokens import Doc

# Priority when two spans have the same length: the register knows best, then checked
# identifiers, then rules, then the statistical model, then propagation.
_PRIORITY = {"register": 5, "identifier": 4, "context": 3, "ner": 2, "propagated": 1}


# --- detection ------------------------------------------------------------------------------


def _ner_label(entity: str, text: str) -> str | None:
    # The model's organisations are places to ask about; a named school, GP practice or
    # hospital inside one is found by the rules, with its exact extent (the model's span often
    # takes in a person before it: "Dr Ferreira (Woodley Centre Surgery").
    if entity == "PERSON":
        return "PERSON"
    if entity in ("ORGANIZATION", "LOCATION"):
        return "OTHER"
    return None


def _plausible_name(text: str) -> bool:
    words = re.sub(rf"^{TITLES}\s+", "", text).split()
    if not words or any(ch.isdigit() for ch in text) or "@" in text:
        return False
    if not any(w[:1].isupper() for w in words):
        return False
    if any(re.fullmatch(r"[A-Z][a-z][A-Z]{2,}", w) for w in words):
        return False  # a medical code: "HbSS"
    if PLACE_END.search(text) or _AGENCY_END.search(text) or _SERVICE_END.search(text):
        return False
    if _NAMED_THING.search(text):
        return False  # "Clare's Law", "Down's Syndrome": named after a person, not one
    if all(w.casefold().strip("'’.,") in ETHNICITY for w in words):
        return False  # "Somali", "White British": an ethnicity or a language
    # "He's Romany": a pronoun and an ethnicity that is no one's name, no one.
    folded = [re.sub(r"['’]s$", "", w.casefold()).strip("'’.,") for w in words]
    return not all(f in NOT_NAMES or (f in ETHNICITY and not is_known_name(f)) for f in folded)


_AGENCY_END = re.compile(r"\s(?:Police|Constabulary|Council|Front Door)$")
# A team's name before "Team" ("Yours sincerely, Private Fostering Team"), not the manager.
_TEAM_AFTER = re.compile(r"\s+Team\b(?!\s+(?:Manager|Leader|Lead|Members?|Around)\b)")
# A unit or a service after a place's name: "Llanidloes MIU", "Kingsmill ED".
_SERVICE_END = re.compile(r"[ \t](?:MIU|UTC|WIC|ED|A&E|SCBU|NICU|PICU|MASH|CAMHS|EDT|PRU)$")
_NAMED_THING_WORDS = (
    r"['’]s?\s+(?:Law|Act|Principle|Syndrome|Disease|Palsy|Scheme|Rule|Test|Review|Inquiry|Day|Eve|"
    r"Report|Trust|Fund|Appeal|House|Hospice|Hospital)"
)
_NAMED_THING = re.compile(
    _NAMED_THING_WORDS + "$|\\s(?:Inquiry|Review|Report|Act|Award|Foundation|Fund|Scheme|"
    r"Programme|Partnership|Protocol|Toolkit|Questionnaire|Chart|Scale|Score)$"
)
# A person's name that names a thing: "Clare's Law", "the Victoria Climbié Inquiry".
_NAMED_THING_AFTER = re.compile(
    r"['’]s\s+(?:Day|Eve)\b"  # "Valentine's Day", "St David's Day": a feast
    r"|(?:['’]s?|(?:\s+(?:&|and|[A-Z][\w’'-]*)){0,3})\s+(?:Law|Act|Principle|Syndrome|Disease|Palsy|Disorder|"
    r"Scheme|Rule|Test|Review|Inquiry|Report|Trust|Fund|Appeal|Hospice|Award|Foundation|disease|"
    r"syndrome|palsy|sign|"
    r"Programme|Protocol|Toolkit|competence|competency|competent|guidelines|criteria|chart|"
    r"score|scale|Questionnaire|questionnaire)\b"
    # a team named by its area: "East Lindsey Traveller Education Team"
    r"|(?:\s+[A-Z][\w’'-]*){1,3}\s+Team\b(?!\s+(?:Manager|Leader|Lead|Members?|Around)\b)"
    # A place's police or council ("Kent Police"), a warning named after a case ("an Osman
    # warning").
    rf"|{AGENCY_AFTER.pattern}"
)


def _plausible_place(text: str) -> bool:
    """A place or organisation worth asking about: proper words, not an acronym ("DOB", "GP",
    "CAMHS") nor an agency or role."""
    words = text.split()
    if not any(ch.islower() for ch in text) or any(ch.isdigit() for ch in text):
        return False
    return not all(w.casefold().strip("'’s.,") in NOT_NAMES for w in words)


# Lower-case words inside names: "Rhian ap Gwilym", "Ludwig van Beethoven", "Aisha bint Ali".
_PARTICLES_TEXT = """ap van von de da di del della bin binti bint ibn el al la le du ter ten der
den dos das"""
_PARTICLES = frozenset(_PARTICLES_TEXT.split())


def _trim_person(text: str, start: int, end: int) -> tuple[int, int]:
    """spaCy often takes in a possessive, a trailing punctuation mark, a word before the name
    ("Dear Mrs Stoica", "HV Grace Adeyinka", "Police' DS Pham") or part of the next word
    ("Woodley RG" of "Woodley RG54JT"): keep the name only."""
    while end < len(text) and text[end].isalnum() and " " in text[start:end]:
        end = text.rindex(" ", start, end)
    span = text[start:end]
    trimmed = re.sub(r"(?:['’]s?|\s+)$", "", span)
    trimmed = trimmed.rstrip(".,;:)")
    # A nationality or a field word after the name ("Thiago Brazilian", "Angie PS Drita").
    parts = list(re.finditer(r"\S+", trimmed))
    for part in parts[1:]:
        bare_part = part.group(0).strip("'’.,:;").casefold()
        if bare_part in ETHNICITY or (bare_part in FIELD_WORDS and part.group(0).isupper()):
            trimmed = trimmed[: part.start()].rstrip(" ,;:")
            break
    while " " in trimmed:
        last = trimmed.rsplit(None, 1)[1]
        bare_last = last.strip("'’.,:;").casefold()
        # A name ends in a capital's word or an initial: "Jo-Jo rang" is Jo-Jo.
        lower = last[:1].islower() and last.strip("'’.,:;") not in _PARTICLES
        # (a bracket opening after the name: "Abosede Ogunbiyi (Maternal Grandmother)")
        if last[:1] == "(" or bare_last in ETHNICITY or bare_last in FIELD_WORDS:
            lower = True
        if lower or bare_last in NOT_NAMES:
            trimmed = trimmed[: len(trimmed) - len(last)].rstrip(" ,;:")
            continue
        break
    trimmed = text[start : _before_role(text, start, start + len(trimmed))]
    # A job or a team after a comma: "Nkechi Eze, Family Support Worker".
    comma = trimmed.find(", ")
    if comma > 0 and all(
        zipf(w) >= 3.0 and not is_known_name(w) for w in trimmed[comma + 2 :].split()
    ):
        trimmed = trimmed[:comma]
    end = start + len(trimmed)
    while True:
        first = re.match(r"(\S+)\s+(?=\S)", text[start:end])
        if first is None:
            break
        word = first.group(1)
        bare = word.strip("'’.,:;").casefold()
        if re.fullmatch(TITLES, word.strip(",:;")):
            break
        acronym = word.isupper() and len(word) > 1 and not is_known_name(word)
        if (
            bare in NOT_NAMES
            or bare in NOT_NAME_WORDS
            or acronym
            or word.endswith(("'", "’"))
            or bare in FIELD_WORDS
        ):
            start += first.end()
            continue
        break
    return start, end


# The first word of a job after a full name: "Gareth Robson Senior (Practitioner)", "Robin
# Sykes Deputy (Headteacher)".
_ROLE_HEADS_TEXT = """senior deputy assistant principal acting interim trainee student lead
specialist community family youth outreach support safeguarding gweinidog"""
_ROLE_HEADS = frozenset(_ROLE_HEADS_TEXT.split())


def _before_role(text: str, start: int, end: int) -> int:
    """The end of a full name that a job's first word follows: "Gareth Robson" of "Gareth
    Robson Senior" in "Gareth Robson Senior Practitioner", "Gabriela Horvathova" of "Gabriela
    Horvathova Community Development" (Worker)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    # A first name alone before a job: "Dwayne" of "Dwayne Youth" in "Dwayne Youth Worker".
    if (
        len(words) >= 2
        and words[1].group(0).casefold() in _ROLE_HEADS
        and is_first_name(words[0].group(0))
        and _JOB_NOUN.match(text, start + words[1].end())
    ):
        return start + words[0].end()
    for word in words[2:]:
        if word.group(0).casefold() in _ROLE_HEADS or (
            # a job of any words after the name: "Deborah Wragg Elective Home Education Officer"
            not is_known_name(word.group(0))
            and _JOB_RUN.match(text, start + word.start()) is not None
        ):
            return start + len(text[start : start + word.start()].rstrip())
    return end


_JOB_RUN = re.compile(
    r"(?:[A-Z][a-z]+[ \t]+){1,3}(?:Worker|Officer|Practitioner|Manager|Co-?ordinator|Advis[eo]r|"
    r"Nurse|Mentor|Navigator|Assistant|Teacher|Coach)\b"
)


_JOB_NOUN = re.compile(
    r"(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Worker|Officer|Practitioner|Manager|Lead|Leader|"
    r"Co-?ordinator|Advis[eo]r|Nurse|Mentor|Navigator|Assistant|Teacher|Coach)\b"
)


# (whole words: not "SA" of the postcode "SA44 4RT")
_LEFT_WORD = re.compile(r"(?<!\w)([A-Z][a-zA-Z'’-]+)[ \t]+$")
_RIGHT_WORD = re.compile(r"[ \t]+([A-Z][a-zA-Z'’-]+)(?!\w)")


def _name_word(word: str) -> bool:
    folded = word.casefold().strip("'’")
    return (
        folded not in NOT_NAMES
        and folded not in NOT_NAME_WORDS
        and folded not in FIELD_WORDS
        and folded not in ETHNICITY
        and not (word.isupper() and len(word) > 1 and not is_known_name(word))
    )


def _extend_name(text: str, start: int, end: int) -> tuple[int, int]:
    """The statistical model sometimes takes one word of a full name ("Nowak" of "Tomasz
    Nowak"): take in the capitalised name words right beside it."""
    for _ in range(2):
        left = _LEFT_WORD.search(text, max(0, start - 40), start)
        if left is None or left.end() != start or not _name_word(left.group(1)):
            break
        start = left.start(1)
    for _ in range(2):
        right = _RIGHT_WORD.match(text, end)
        if right is None or not _name_word(right.group(1)) or PLACE_END.search(right.group(1)):
            break
        end = right.end(1)
    return start, end


def detect_one(
    text: str, register: RegisterMatcher | None = None, *, candidates: bool = False
) -> list[Span]:
    """Every span of personal data in one text (before propagation), overlapping spans
    allowed."""
    return detect_many([text], register, candidates=candidates)[0]


def detect_many(
    texts: Sequence[str], register: RegisterMatcher | None = None, *, candidates: bool = False
) -> list[list[Span]]:
    """`detect_one` for many texts, the spaCy model run over them as one batch (faster). Results
    are kept per process for texts seen before with the same register, so a report checked
    again after a decision is not analysed again."""
    engine = analyzer()
    ad_hoc = [register_recogniser(register)] if register is not None else None
    fingerprint = (register.people if register is not None else None, candidates)
    out: list[list[Span]] = [[] for _ in texts]
    wanted: list[int] = []
    for index, text in enumerate(texts):
        if not text.strip():
            continue
        cached = _CACHE.get((fingerprint, text))
        if cached is None:
            wanted.append(index)
        else:
            _CACHE.move_to_end((fingerprint, text))
            out[index] = list(cached)
    # Presidio's default batch size is 1, which runs the model text by text (about half the
    # speed of batches); a review's passages go through in batches.
    artifacts = engine.nlp_engine.process_batch(
        [texts[i] for i in wanted], language="en", batch_size=_BATCH_SIZE
    )
    for index, (_, nlp_artifacts) in zip(wanted, artifacts, strict=True):
        results = engine.analyze(
            text=texts[index],
            language="en",
            nlp_artifacts=nlp_artifacts,
            ad_hoc_recognizers=ad_hoc,
        )
        doc = nlp_artifacts.tokens
        out[index] = _spans(texts[index], results, candidates, doc)
        _CACHE[(fingerprint, texts[index])] = tuple(out[index])
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return out


# A text, with what it was detected with: the register's people and `candidates`.
_CacheKey = tuple[tuple[tuple[RegisterPerson, ...] | None, bool], str]
_CACHE: OrderedDict[_CacheKey, tuple[Span, ...]] = OrderedDict()
_CACHE_SIZE = 20_000
_BATCH_SIZE = 64


# What ends a person's name standing alone: a comma or a full stop, not a noun it qualifies.
_PERSON_ENDS = re.compile(r"[ \t]*(?:[,;.)]|$)")


_BY_OR_WITH_BEFORE = re.compile(r"\b(?:by|with)[ \t]+$")


def _place_by_model(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """Every word of a span of several words is in a place or nationality the model found
    ("Kingston Bagpuize", "Farnham Royal"), and it is not a first name and a surname that no
    list has as a place, standing where a person does: "a Year 8 pupil, Jayden Okafor, told",
    which the small model sometimes calls a place; not "from Hong Kong", "Hong Kong families"."""
    if doc is None:
        return False
    words = text[start:end].split()
    if (
        len(words) == 2
        and is_first_name(words[0])
        and not is_word_name(words[0])
        and (is_surname(words[1]) or zipf(words[1]) < 3.0)
        and text[start:end].casefold() not in decoys.uk_places()
        and words[0].casefold() not in decoys.uk_places()
        and not locative_before(text, start)
        and (
            _PERSON_ENDS.match(text, end)
            or person_verb_follows(text, end)
            # "led by Hyacinth Morrison", "agreed with Aled Prosser"
            or _BY_OR_WITH_BEFORE.search(text, max(0, start - 8), start)
        )
    ):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tokens = [t for t in span if start <= t.idx < end and not t.is_space and t.is_alpha]
    return len(tokens) > 1 and all(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") for t in tokens)


def _spans(
    text: str, results: Iterable[RecognizerResult], candidates: bool, doc: Doc | None = None
) -> list[Span]:
    spans: list[Span] = []
    for result in results:
        meta = result.recognition_metadata or {}
        if "cw_label" in meta:
            end = result.end
            if meta["cw_label"] == "PERSON":
                end = _before_role(text, result.start, end)
            spans.append(
                Span(
                    result.start,
                    end,
                    meta["cw_label"],
                    meta["cw_source"],
                    result.score,
                    meta.get("cw_person", ""),
                )
            )
            if meta["cw_label"] == "PERSON" and (
                _SERVICE_END.search(text, result.start, end) or _TEAM_AFTER.match(text, end)
            ):
                spans.pop()  # "Llanidloes MIU", "Private Fostering Team": a unit, no one
                continue
            # A capitalised run with no other cue: only if it may be a name.
            weak = meta["cw_source"] == "context" and result.score <= 0.5
            if weak and (
                not plausible_weak_name(text, result.start, result.end)
                or _place_by_model(text, doc, result.start, result.end)
                or _NAMED_THING_AFTER.match(text, result.end)
            ):
                spans.pop()
            elif weak and meta["cw_label"] == "PERSON":
                kept = decoys.person_span(text, result.start, end)
                spans.pop()
                if kept is not None:
                    spans.append(Span(*kept, "PERSON", "context", result.score))
            continue
        label = _ner_label(result.entity_type, text[result.start : result.end])
        if label is None or (label == "OTHER" and not candidates):
            continue
        if label == "OTHER" and not _plausible_place(text[result.start : result.end]):
            continue
        start, end = result.start, result.end
        if label == "PERSON":
            start, end = _extend_name(text, *_trim_person(text, start, end))
            end = _before_role(text, start, end)
            if not _plausible_name(text[start:end]) or not plausible_weak_name(text, start, end):
                continue
            if _NAMED_THING_AFTER.match(text, end):
                continue
            kept = decoys.person_span(text, start, end)
            # ("rang CSC": with the agency taken off, no name is left)
            if kept is None or not _plausible_name(text[kept[0] : kept[1]]):
                continue
            start, end = kept
            if _a_thing_or_a_county(text, start, end):
                continue
        spans.append(Span(start, end, label, "ner", result.score))
    return spans


def _priority(span: Span) -> float:
    # A school or a home found by the rules and named again ("Martenscroft") is that place,
    # whatever the model or a lone capitalised word made of it.
    if span.source == "propagated" and span.label in ("ORGANISATION", "ADDRESS"):
        return 3.5
    return _PRIORITY.get(span.source, 0)


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans, the longest winning (then the more trusted source). A winning name
    that overlaps a register match takes the register person."""
    spans = list(spans)
    register_names = [(s.start, s.end) for s in spans if s.source == "register" and s.person_key]

    def overrides_register(span: Span) -> bool:
        # The model tagging "Ryan Doherty's" as an organisation or place must not hide a
        # register person inside it (the name would then wait for a decision, or be kept).
        # Only the model's guesses give way: an e-mail address, a street address or a named
        # school found by the rules stays whole, the longer span winning as usual.
        return (
            span.source in ("ner", "propagated")
            and span.label not in ("PERSON", "DATE_OF_BIRTH")
            and any(span.start < end and start < span.end for start, end in register_names)
        )

    ordered = sorted(
        spans,
        key=lambda s: (overrides_register(s), -s.length, -_priority(s), s.start),
    )
    chosen: list[Span] = []
    taken: list[tuple[int, int]] = []
    for span in ordered:
        if span.length <= 0:
            continue
        if any(span.start < end and start < span.end for start, end in taken):
            continue
        chosen.append(span)
        taken.append((span.start, span.end))
    register_people = [s for s in spans if s.source == "register" and s.person_key]
    result = []
    for span in sorted(chosen, key=lambda s: s.start):
        if span.label == "PERSON" and not span.person_key:
            keys = {
                r.person_key
                for r in register_people
                if r.label == "PERSON" and r.start < span.end and span.start < r.end
            }
            if len(keys) == 1:
                span = Span(span.start, span.end, "PERSON", "register", 1.0, keys.pop())
        result.append(span)
    return result


def find_personal_data(
    texts: Sequence[str],
    register: RegisterMatcher | None = None,
    *,
    candidates: bool = False,
    extra_strings: dict[str, str] | None = None,
    separate: bool = False,
) -> list[list[Span]]:
    """Personal data in a batch of texts: detection, then propagation across the whole batch
    (a name found in one text is found in every other: the texts are one review's report), then
    one non-overlapping list per text. `extra_strings` are strings known from elsewhere (a
    review's earlier decisions). With `separate`, each text is its own document: a string found
    in one is propagated inside that text only (unrelated texts share no names); the model still
    runs over them as one batch."""
    first = detect_many(texts, register, candidates=candidates)
    if separate:
        return [
            finish_detection([text], [spans], extra_strings)[0]
            for text, spans in zip(texts, first, strict=True)
        ]
    return finish_detection(texts, first, extra_strings)


def finish_detection(
    texts: Sequence[str],
    first: Sequence[Sequence[Span]],
    extra_strings: dict[str, str] | None = None,
) -> list[list[Span]]:
    """The cheap second half of `find_personal_data`, from the model's and the recognisers'
    spans per text (`detect_many`, or a stored scan of the same texts): propagation across the
    batch, then one non-overlapping list per text. Regular expressions only, no model."""
    # Names cut where a place begins before they are looked for elsewhere, so that "Mrs
    # McDonagh Pitch" is not found again as a name.
    first = [
        _without_record_words(t, people_before_places(t, _split_joined_people(t, list(s))))
        for t, s in zip(texts, first, strict=True)
    ]
    # A word the notes explain as what the family calls a relation ('"Yaay" is mum') is no
    # one's name anywhere in the batch, alone or before the name it is said with ("Yaay Awa").
    explained = family_words(texts)
    if explained:
        first = [
            _without_family_words(t, list(s), explained) for t, s in zip(texts, first, strict=True)
        ]
    # A word the batch uses as a place is no name alone and is not looked for elsewhere.
    places = places_by_use(texts, first)
    if places:
        first = [
            [
                span
                for span in spans
                if not (
                    span.label == "PERSON"
                    and span.source != "register"
                    and text[span.start : span.end].casefold() in places
                )
            ]
            for text, spans in zip(texts, first, strict=True)
        ]
    found = propagation_strings(texts, first)
    for place in places:
        if found.get(place) == "PERSON":
            del found[place]
    strings = dict(extra_strings or {})
    strings.update(found)
    initials = person_initials(texts, first)
    declared = declared_initials(texts, first)
    marked = marked_initials(texts, first)
    out = []
    for text, spans in zip(texts, first, strict=True):
        resolved = resolve_overlaps(
            people_before_places(
                text,
                initials_after_a_dash(
                    text,
                    one_letter_speakers(
                        text,
                        propagate_initials(
                            text, initials, propagate(text, strings, list(spans)), declared
                        ),
                    ),
                    marked,
                ),
            )
        )
        out.append(
            [
                span
                for span in resolved
                if not (span.label == "ORGANISATION" and _an_agency_not_a_place(text, span))
                and not (
                    span.label == "PERSON"
                    and span.source != "register"
                    and (
                        a_pet(text, span.start, span.end)
                        or _place_of(text, span, resolved)
                        or decoys.in_a_town_abroad_or_festival(text, span.start, span.end)
                        or decoys.a_place_or_its_service(text, span.start, span.end)
                        or _route_of_places(text, span)
                        or _names_a_job_or_a_board(text, span)
                        or _a_group_of_people(text, span)
                        or _MOSES_BASKET.match(text, span.end) is not None
                        or _a_named_storm(text, span)
                        or _a_rag_rating(text, span)
                    )
                )
            ]
        )
    return out


# Where one found "name" is two people side by side: across a line, around a greeting ("Klaudia
# Hi Marcel"), a joining word or sign ("Lan and Long", "Farah/Warsame", "Bao + Mai"), a verb
# ("Star rang Bill"), a colon or a quote; a sign-off's first name before the signature's full
# name or initials ("Kerry Kerry Haddington", "Sunny S. Okoye", "Owen O.P", "Becky BL"), or a
# short form before the full name ("Temi Temitope Adeyemi").
_GREETING_INSIDE = re.compile(r"[ \t]+(?:Hi|Hello|Dear|Morning|Thanks)[ \t,]+")
_JOINT_INSIDE = re.compile(
    r"[ \t]*(?:[/+&:\"“”]|\n)[ \t\n]*|[ \t]+(?:and|và|or|[–—])[ \t]+|[ \t]{2,}"
)
_PARTICLES_TEXT = """de da di do dos das del della der den van von ter ten le la du al el bin bint
binti ibn abu ap mac ben y e zu af av big lil little young"""
_PARTICLES = frozenset(_PARTICLES_TEXT.split())


# A council's own housing service or its landlord company ("Southwark Housing", "Tower Hamlets
# Homes"), its offices ("Enfield Civic Centre"), its early help team ("Rushmoor Early Help
# Hub"), and an association with no place in its name ("the Yemeni Community Association"):
# an agency or a body, which identifies no one's place (settled 5 December 2026).
_COUNCIL_SERVICE = re.compile(
    r"(?P<area>.+?)[ \t]+(?:(?:Area[ \t]+)?Housing(?:[ \t]+(?:Solutions|Services|Options))?|Homes)$"
)
_AGENCY_PLACE_END = re.compile(r"(?:Civic[ \t]+Centre|Early[ \t]+Help[ \t]+Hub|EH[ \t]+Hub)$")


def _an_agency_not_a_place(text: str, span: Span) -> bool:
    name = text[span.start : span.end]
    if _AGENCY_PLACE_END.search(name):
        return True
    council = _COUNCIL_SERVICE.fullmatch(name)
    if council is not None and council.group("area").casefold() not in _REGIONS:
        area = council.group("area")
        area = re.sub(r"[ \t]+(?:Area|Council|City|Borough)$", "", area)
        return area.casefold() in decoys.uk_places()
    if name.endswith("Association") and not name.endswith("Housing Association"):
        if re.match(r"[ \t]+of[ \t]+[A-Z]", text[span.end :]):
            return False  # "the Telugu Association of Milton Keynes"
        places = _all_places()
        words = re.findall(r"[A-Z][\w'’-]+", name)
        return not any(
            " ".join(words[i:j]).casefold() in places
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
        )
    return False


# Regions a housing association is named after ("Yorkshire Housing"): no council's.
_REGIONS_TEXT = """yorkshire wessex anglia midland midlands northumbria mercia cumbria cornwall
devon"""
_REGIONS = frozenset(_REGIONS_TEXT.split())


# A baby's bed: "asleep in a Moses basket".
_MOSES_BASKET = re.compile(r"[ \t]+baskets?\b", re.IGNORECASE)


# A storm the Met Office named, after a date or a word of time: "09/12/2024 Storm Darragh", "in
# Storm Éowyn" (a first name after "Storm"; "Storm Reid", a surname after it, and "interview by
# Storm Eddy", a person).
_STORM = re.compile(
    r"(?:\b(?i:in|during|after|before|since|through|when)|\d)[ \t]+"
    r"Storm[ \t]+(?P<name>[A-Z][^\W\d_]+)"
)


def _a_named_storm(text: str, span: Span) -> bool:
    for match in _STORM.finditer(text, max(0, span.start - 20), min(len(text), span.end + 20)):
        if (
            span.start <= match.end("name")
            and match.start() <= span.end
            and is_first_name(match.group("name"))
            and not is_surname(match.group("name"))
        ):
            return True
    return False


# A colour of a red-amber-green rating: "RAG rating Amber", "rated Amber for three months",
# "act on Amber ratings", "Amber/Red" (a child called Amber stays: "Amber said", "Amber (9)").
_RAG_BEFORE = re.compile(
    r"(?i:\b(?:rag(?:[ \t]+rat(?:ed|ing))?|rated|rating|graded|scored)[ \t:]+)$"
)
_RAG_AFTER = re.compile(
    r"[ \t]*(?:/[ \t]*(?:Red|Green|Amber)\b|(?i:[ \t]+(?:ratings?|rag|risk|rated|category|"
    r"threshold|flag)\b))"
)


def _a_rag_rating(text: str, span: Span) -> bool:
    if text[span.start : span.end] not in ("Amber", "Red", "Green"):
        return False
    return (
        _RAG_BEFORE.search(text, max(0, span.start - 20), span.start) is not None
        or _RAG_AFTER.match(text, span.end) is not None
    )


# An article that makes the next capitalised word a thing: "a Waltzer", "an Astra".
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an)[ \t]+$")


def _a_thing_or_a_county(text: str, start: int, end: int) -> bool:
    """The model's person of one word after "a" or "an" ("the main rides: a Waltzer, a set of
    Dodgems"; "a Mr Khan" has a title and stays), or a county or a town that is a first name
    too with no person's verb after it ("Essex notify Kent", "not shared with Kent"; not "Kent
    said")."""
    value = text[start:end]
    if " " not in value and _INDEFINITE_BEFORE.search(text, max(0, start - 4), start):
        return True
    return value in PLACES_THAT_ARE_FIRST_NAMES and not person_verb_follows(text, end)


# A surname that is also a people's name, found alone elsewhere in the batch, used for the
# people: "a Gurung wife", "married into a Gurung family", "a Gurung interpreter", "the Gurung
# families", "the Gurung Samaj". ("The Smith family" is one family, and stays a name.)
_GROUP_AFTER = re.compile(
    r"[ \t]+(?:interpreters?|wi(?:fe|ves)|husbands?|families|households|communit(?:y|ies)|"
    r"culture|language|speakers?|villages?|people|elders|traditions?|customs?|women|men|"
    r"Samaj|Society|Association|Sangh|Community)\b"
)
_AND_BEFORE = re.compile(r"\b(?:and|&)[ \t]+$")
_A_BEFORE = re.compile(r"\b(?:[Aa]n?)[ \t]+$")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]{3,}\b")


def _a_group_of_people(text: str, span: Span) -> bool:
    if span.source != "propagated" or not re.fullmatch(r"[A-Z][a-z]+", text[span.start : span.end]):
        return False
    group = _GROUP_AFTER.match(text, span.end)
    # "The Stanton and Ayres families" are two families, each named.
    if group and not (
        group.group(0).endswith("ies")
        and _AND_BEFORE.search(text, max(0, span.start - 6), span.start)
    ):
        return True
    return bool(
        _A_BEFORE.search(text, max(0, span.start - 4), span.start)
        and _LOWER_WORD_AFTER.match(text, span.end)
    )


def _split_joined_people(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for span in spans:
        if span.label != "PERSON" or span.source == "register":
            out.append(span)
            continue
        value = text[span.start : span.end]
        cuts: list[tuple[int, int]] = [m.span() for m in _JOINT_INSIDE.finditer(value)]
        cuts += [m.span() for m in _GREETING_INSIDE.finditer(value)]
        words = list(re.finditer(r"[^\s/+&:\"“”]+", value))
        if any(w.group(0)[:1].isupper() for w in words):
            cuts += [
                (w.start(), w.end())
                for w in words
                if w.group(0).isalpha() and w.group(0).islower() and w.group(0) not in _PARTICLES
            ]
        if len(words) >= 2:
            first, second = words[0].group(0), words[1].group(0)
            if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", first) and (
                (len(words) >= 3 and second == first)
                or (len(words) >= 3 and second.startswith(first) and second != first)
                or (
                    second[0] == first[0]
                    and re.fullmatch(r"[A-Z]{2,3}|[A-Z]\.(?:[A-Z]\.?){0,2}", second) is not None
                )
                or (len(words) >= 3 and second == first[0])  # "Gareth G Pryce"
            ):
                cuts.append((words[0].end(), words[1].start()))
        # Two first names in a list: "Dwayne, Kofi" (not a surname first: "Smith, John").
        comma = re.fullmatch(r"([A-Z][a-z]+),[ \t]+[A-Z][a-z]+", value)
        if comma and is_first_name(comma.group(1)) and not is_surname(comma.group(1)):
            cuts.append((len(comma.group(1)), len(comma.group(1)) + 1))
        if not cuts:
            out.append(span)
            continue
        position = 0
        for cut_start, cut_end in sorted(cuts):
            piece = value[position:cut_start]
            if cut_start > position and re.search(r"[A-Za-zÀ-ÿ]", piece):
                lead = len(piece) - len(piece.lstrip())
                out.append(
                    Span(
                        span.start + position + lead,
                        span.start + position + len(piece.rstrip()),
                        "PERSON",
                        span.source,
                        span.score,
                    )
                )
            position = max(position, cut_end)
        rest = value[position:]
        if re.search(r"[A-Za-zÀ-ÿ]", rest):
            lead = len(rest) - len(rest.lstrip())
            out.append(
                Span(span.start + position + lead, span.end, "PERSON", span.source, span.score)
            )
    return out


@functools.cache
def _all_places() -> frozenset[str]:
    return decoys.uk_places() | decoys.world_places()


def _route_of_places(text: str, span: Span) -> bool:
    """Places joined by dashes, a journey's route: "Amsterdam-Addis Ababa-Hargeisa" (three or
    more, one a listed place and the others single words and no first names; two, both listed),
    "flew Luton–Palanga" (a place abroad beside a place)."""
    places = _all_places()
    before = re.search(
        r"((?:[A-Z][\w'’]*[ \t]+)*[A-Z][\w'’]*)[ \t]*[-–—][ \t]*$",
        text[max(0, span.start - 30) : span.start],
    )
    after = re.match(r"[ \t]*[-–—][ \t]*([A-Z][\w'’]*)", text[span.end : span.end + 30])
    joined = [m.group(1).strip().casefold() for m in (before, after) if m is not None]
    value = text[span.start : span.end]
    parts = [" ".join(p.split()).casefold() for p in re.split(r"[ \t]*[-–—][ \t]*", value)]
    if len(parts) == 1:
        return parts[0] in places and any(j in places for j in joined)
    others = [p for p in parts if p not in places]
    if len(parts) == 2:
        return not others  # (not "Marvel Chikwanha-Moyo": Moyo is a town too)
    return len(others) < len(parts) and all(" " not in p and not is_first_name(p) for p in others)


def _without_family_words(text: str, spans: list[Span], words: frozenset[str]) -> list[Span]:
    out = []
    for span in spans:
        value = text[span.start : span.end]
        folded = re.sub(r"['’]s$", "", value).casefold()
        if span.label != "PERSON" or span.source == "register" or not folded:
            out.append(span)
            continue
        if folded in words:
            continue
        head = next((w for w in words if folded.startswith(w + " ")), None)
        if head is not None:
            start = span.start + len(head) + 1
            start += len(text[start : span.end]) - len(text[start : span.end].lstrip())
            out.append(Span(start, span.end, span.label, span.source, span.score, span.person_key))
            continue
        out.append(span)
    return out


def _record_word(word: str) -> bool:
    """An abbreviation of a record or a service in capitals ("RCPC", "DOB", "HR"): no word of
    a name."""
    bare = word.strip("'’.,:;")
    if bare.upper() in _RANKS or re.fullmatch(TITLES, bare):
        return False  # a rank is part of the name: "PC 418MS Singh", "DS Pham"
    return (
        len(bare) >= 2 and bare.isupper() and (bare in acronyms() or bare.casefold() in FIELD_WORDS)
    )


_RANKS = frozenset({"PC", "DC", "DS", "DI", "PS", "DCI", "DSI", "DSU", "PCSO", "SGT", "CI"})


def _without_record_words(text: str, spans: list[Span]) -> list[Span]:
    """A name found with a record's abbreviation before or after it loses the abbreviation:
    "RCPC Doyle" → "Doyle", "Mr Lum DOB" → "Mr Lum", "Graham Pell HR Business" → "Graham
    Pell"."""
    out = []
    for span in spans:
        if span.label != "PERSON" or span.source == "register":
            out.append(span)
            continue
        words = list(re.finditer(r"\S+", text[span.start : span.end]))
        if len(words) < 2:
            out.append(span)
            continue
        first = 0
        while first < len(words) - 1 and _record_word(words[first].group(0)):
            first += 1
        last = next(
            (i for i in range(max(first, 1), len(words)) if _record_word(words[i].group(0))),
            len(words),
        )
        if first == 0 and last == len(words):
            out.append(span)
            continue
        if last <= first:
            continue
        start = span.start + words[first].start()
        end = span.start + words[last - 1].end()
        out.append(Span(start, end, span.label, span.source, span.score, span.person_key))
    return out


# A job or a service after a word: "Recovery Worker", "Youth Offending Service".
_JOB_OR_SERVICE_AFTER = re.compile(
    r"[ \t]+(?:Worker|Officer|Offending|Justice|Service|Services|Manager|Co-?ordinator|"
    r"Practitioner|Navigator|Mentor|Advocate)\b"
)


def _names_a_job_or_a_board(text: str, span: Span) -> bool:
    """One word that is no listed first name before a job or a service ("Recovery Worker",
    "Youth Offending Service"), or a health board's letters ("NHSGGC")."""
    value = text[span.start : span.end]
    if value.isupper() and value.startswith("NHS"):
        return True
    return (
        " " not in value
        and _JOB_OR_SERVICE_AFTER.match(text, span.end) is not None
        and not is_known_name(value)
    )


def _place_of(text: str, span: Span, spans: list[Span]) -> bool:
    """Capitalised words right after a named place, with no title and no first name to start
    them, are its district, not a person: "New Testament Church of God Whitmore Reans"."""
    value = text[span.start : span.end]
    first_word = value.split()[0]
    if re.match(TITLES, value) or is_first_name(first_word) or _BIRTH_AFTER.match(text, span.end):
        return False  # "Royal Cornwall Hospital, Brook Tregunna, DOB 9 December 2020"
    if re.fullmatch(r"[A-Z]{2,4}|[A-Z]{1,2}[A-Z][a-z]", value):
        return False  # initials: "Joanne Metcalfe (DSL, Swale Valley Academy, JM)"
    return any(
        other.label == "ORGANISATION"
        and other.end < span.start
        and _DISTRICT_GAP.fullmatch(text, other.end, span.start) is not None
        for other in spans
    )


# A date of birth or an NHS number after a name: only a person has one.
_BIRTH_AFTER = re.compile(r"[ \t]*[,(][ \t]*(?:DOB|D\.O\.B|[Dd]ate of birth|NHS)\b")
# Between a named place and its district's next word: a space or a comma, or a word of the
# district already passed ("Church of God Whitmore Reans").
_DISTRICT_GAP = re.compile(r",?[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?")


def _end_before_title(text: str, span: Span) -> Span:
    inner_title = re.search(rf"\s+{TITLES}\s+[A-Z]", text[span.start : span.end])
    if inner_title is None or inner_title.start() == 0:
        return span
    return Span(span.start, span.start + inner_title.start(), span.label, span.source, span.score)


def people_before_places(text: str, spans: list[Span]) -> list[Span]:
    """A name starts at a title inside it, and a name guessed from its shape that runs into a
    named place found by the rules ends where the place begins: "Mrs Pemberton Elmhurst Primary
    School" is Mrs Pemberton at Elmhurst Primary School, "Mrs Hussain Greenfield" + "Greenfield
    Academy" is Mrs Hussain and Greenfield Academy (the longer span would otherwise hide the
    other)."""
    # …and a named place ends before a title inside it ("Ysgol Gymraeg Mrs Eleri Rhys").
    spans = [_end_before_title(text, s) if s.label == "ORGANISATION" else s for s in spans]
    places = [s for s in spans if s.label in ("ORGANISATION", "ADDRESS") and s.source != "ner"]
    out = []
    for span in spans:
        if (
            span.label == "PERSON"
            and span.source != "register"
            and decoys.part_of_longer_name(text, span.start, span.end)
        ):
            continue  # "Lynn" of "King's Lynn", "Nando" of "Nando's"
        if (
            span.label == "PERSON"
            and span.source != "register"
            and " " not in text[span.start : span.end]
            and not is_known_name(text[span.start : span.end])
            and any(
                p.label == "ADDRESS" and text[p.end : span.start] in (", ", ",") for p in places
            )
        ):
            continue  # the village after a home's name: "Tŷ Gwyn, Cwmparc"
        if span.label == "PERSON" and span.source != "register":
            # A title inside the span starts the name: "St Joseph's Mrs Adeyemi", "Ysgol
            # Gymraeg Mrs Eleri Rhys".
            inner_title = re.search(rf"\s(?={TITLES}\s+[A-Z])", text[span.start : span.end])
            if inner_title is not None:
                start = span.start + inner_title.end()
                span = Span(start, span.end, "PERSON", span.source, span.score)
            for place in places:
                if span.start < place.start < span.end <= place.end:
                    end = span.start + len(text[span.start : place.start].rstrip(" \t,;:-("))
                    name = text[span.start : end]
                    if re.search(r"[A-Za-z]", name) and not re.fullmatch(rf"{TITLES}\.?", name):
                        span = Span(span.start, end, "PERSON", span.source, span.score)
                    break
        out.append(span)
    return out


def warm_up() -> bool:
    """Build the analyzer (the spaCy model loaded) ahead of the first scan: `casewindow worker`
    calls it at start-up unless ANONYMISATION_PRELOAD is False. A missing model is logged, not
    raised: the worker's other tasks still run, and a scan then fails with the message."""
    if not getattr(settings, "ANONYMISATION_PRELOAD", True):
        return False
    try:
        analyzer().analyze(text="Warm-up.", language="en")
    except ImproperlyConfigured as error:
        logging.getLogger(__name__).warning("Publication check model not loaded: %s", error)
        return False
    return True
