"""Propagation: every later occurrence of a string once found to be personal data is found too,
in the same text and across one review's texts, and a person found by full name is found again
by their initials."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from casewindow.anonymisation.detection import decoys
from casewindow.anonymisation.detection.context import (
    NOT_NAMES,
    REFERENCE_CODE,
)
from casewindow.anonymisation.detection.identifiers import (
    Span,
)
from casewindow.anonymisation.detection.identifiers.organisations import CLASSIC_PUB_NAME
from casewindow.anonymisation.detection.lexicon import (
    acronyms,
    is_first_name,
    is_known_name,
    is_surname,
    is_word_name,
    zipf,
)
from casewindow.anonymisation.detection.name_forms import NOT_INITIALS, ROLE_WORDS
from casewindow.anonymisation.detection.names import (
    after_a_term_word,
    at_line_start,
    casual,
    name_follows,
    note_style,
    person_verb_follows,
    speaking_before,
    texting,
    town_position,
    word_as_thing,
    word_name_in_note,
)
from casewindow.anonymisation.detection.ordinary_words import followed_by_place_word
from casewindow.anonymisation.detection.register import (
    COMMON_WORDS,
    TITLES,
)
from casewindow.anonymisation.detection.vocabulary import (
    AGENCY_AFTER,
    CALENDAR_WORDS,
    ETHNICITY,
    FIELD_WORDS,
    NEVER_NAMES,
    PLACE_END,
)

if TYPE_CHECKING:
    pass

_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*[^\W\d_]")


# The kind word at the end of a named place: what is left before it names the place alone
# later ("St Bride's Catholic Primary School" … "St Bride's", "Furze Platt Senior School" …
# "Furze Platt").
_ORG_KIND_END = re.compile(
    r"\s+(?:(?:Infant|Junior|Nursery|Primary|First)\s+(?:and|&)\s+)?"
    r"(?:(?:C\.?\s?of\s?E\.?|CE|RC|CofE|Church of England|Catholic)\s+)?"
    r"(?:(?:Primary|Infant|Junior|Secondary|Senior|High|Grammar|Community|Special|Day|"
    r"Village|Medical|Health|Children['’]s|Family|Housing)\s+)*"
    r"(?:School|Academy|College|Nursery|Pre-?[Ss]chool|Surgery|Practice|Centre|Hospital|Clinic|"
    r"Association|Co-operative|Trust|Primary)$"
)


def _org_stem(value: str) -> str | None:
    kind = _ORG_KIND_END.search(value)
    if kind is None:
        return None
    stem = value[: kind.start()]
    words = stem.split()
    if len(words) < 2 or words[0] in ("The", "the") or PLACE_END.search(stem):
        return None
    if not (words[0] in ("St", "St.", "Saint") or len(words) >= 2):
        return None
    return stem


def _org_initials(value: str) -> str | None:
    """The letters a place of three or more capitalised words is known by ("Birmingham
    Children's Hospital" → "BCH", "Bristol Royal Hospital for Children" → "BRHC"), unless they
    are an agency's or a service's own ("CSC")."""
    words = [w for w in re.findall(r"[A-Z][\w'’-]*", value) if w not in ("The", "St", "St.")]
    letters = "".join(w[0] for w in words)
    if not 3 <= len(letters) <= 5 or letters in acronyms():
        return None
    return letters


# A flat's, room's or pitch's number without its building: a part of an address, not a name to
# look for everywhere (a meeting in "Room 7").
_UNIT_ALONE = re.compile(
    r"(?i:flat|room|unit|block|pitch|plot|apartment|caravan|static|bay|chalet|ward)\s+\w{1,4}"
)


# Words only an institution's name has (not "Hill" or "Wood", which are surnames too).
_INSTITUTION_KINDS_TEXT = """hospital school academy college nursery surgery clinic centre trust
council police constabulary university infirmary hospice mosque gurdwara synagogue"""
_INSTITUTION_KINDS = frozenset(_INSTITUTION_KINDS_TEXT.split())


def _an_area_of_the_batch(word: str, texts: Sequence[str]) -> bool:
    """Whether the batch names `word` as an area where people live: "lives in Drumchapel",
    "the move to Drumchapel", or the town of an address before its postcode ("7 Craigmont
    Gardens, Drumchapel, G15 6TW"), so the school named after it does not make it a school
    everywhere."""
    area = re.compile(
        rf"(?:\b(?:in|move[ \t]+to|moved[ \t]+to|moving[ \t]+to|rehoused[ \t]+to|near)[ \t]+"
        rf"{re.escape(word)}(?![\w'’-])(?![ \t]+[A-Z])"
        rf"|,[ \t]*{re.escape(word)},[ \t]*(?i:[a-z]{{1,2}}[0-9][a-z0-9]?[ \t]*[0-9][a-z]{{2}}))"
    )
    return any(area.search(text) for text in texts)


def propagation_strings(texts: Sequence[str], found: Sequence[Sequence[Span]]) -> dict[str, str]:
    """The strings found as personal data (casefolded → label): each whole span, each word
    of a found name (so a surname found once is found alone later) and the name of a found
    school or practice without its kind word (so "Furze Platt" is found after "Furze Platt
    Senior School")."""
    strings: dict[str, str] = {}
    registered: set[str] = set()
    for text, spans in zip(texts, found, strict=True):
        for span in spans:
            if span.source == "propagated" or span.label == "OTHER":
                continue
            value = " ".join(text[span.start : span.end].split())
            if span.label == "ADDRESS" and _UNIT_ALONE.fullmatch(value):
                continue  # "Room 7" of an address is not every room 7 of the report
            if span.label == "ORGANISATION" and CLASSIC_PUB_NAME.fullmatch(value):
                continue  # "The Crown": found again only where a pub is (see organisations)
            if len(value) >= 2:
                strings.setdefault(value.casefold(), span.label)
                # A home the address rules found ("address Pantglas, Talgarreg, SA44 4RT") is
                # that home where the model or a weak cue took it for a name elsewhere.
                if (
                    span.label == "ADDRESS"
                    and span.source == "identifier"
                    and strings[value.casefold()] == "PERSON"
                    and value.casefold() not in registered
                    and not is_known_name(value)
                ):
                    strings[value.casefold()] = "ADDRESS"
            if span.source == "register":
                registered.add(value.casefold())
            if span.label == "ORGANISATION" and (stem := _org_stem(value)) is not None:
                strings.setdefault(stem.casefold(), "ORGANISATION")
            if span.label == "ORGANISATION" and (letters := _org_initials(value)) is not None:
                strings.setdefault(letters.casefold(), "ORGANISATION")
            for part in decoys.place_strings(value, span.label):
                if part.casefold() in decoys.uk_places():
                    continue  # "Staithes" of "Staithes Surgery" is the village elsewhere
                if span.label == "ORGANISATION" and _an_area_of_the_batch(part, texts):
                    continue  # "Drumchapel" of "Drumchapel Academy" where she "lives in Drumchapel"
                # A place the rules found names it better than the model's guess of a name.
                if strings.get(part.casefold(), "PERSON") == "PERSON":
                    strings[part.casefold()] = span.label
            if span.label == "PERSON":
                words = _TOKEN.findall(re.sub(rf"^{TITLES}\s+", "", value))
                # The model's "person" that is an institution names no one: not "Birmingham" of
                # "Queen Elizabeth Hospital Birmingham".
                if any(word.casefold() in _INSTITUTION_KINDS for word in words):
                    continue
                for short in _short_forms(value):
                    strings.setdefault(short.casefold(), "PERSON")
                for word in words:
                    folded = word.casefold()
                    if (
                        len(word) >= 3
                        and word[0].isupper()
                        and folded not in NOT_NAMES
                        # "He's" of the model's "He's Sagal"
                        and re.split(r"['’]", folded)[0] not in NOT_NAMES
                        # "Romany" of the model's "He's Romany"; not "White" or "Ahmadi"
                        and not (folded in ETHNICITY and not is_known_name(folded))
                    ):
                        strings.setdefault(folded, "PERSON")
    return strings


@functools.lru_cache(maxsize=1 << 14)
def _short_forms(value: str) -> tuple[str, ...]:
    """The short forms a family or a school uses for a given name found in full: its first
    letters, without the last one to three ("Malika" → "Mali", "Freya" → "Frey", "Esperança" →
    "Espe" is too short a part). Only forms that are no word, no place and no other name's
    whole: the shortening of one person's name."""
    words = re.sub(rf"^{TITLES}\s+", "", value).split()
    if not words or (len(words) == 1 and not is_first_name(words[0])):
        return ()
    given = words[0]
    if not given.isalpha() or not given[0].isupper() or given[1:] != given[1:].lower():
        return ()
    if len(given) < 5 or given.casefold() in decoys.uk_places():
        return ()
    shorts = []
    for length in range(4, len(given)):
        short = given[:length]
        folded = short.casefold()
        if (
            (zipf(folded) >= 3.5 and not is_first_name(folded))
            or folded in NOT_NAMES
            or folded in NEVER_NAMES
            or folded in ETHNICITY
            or folded in decoys.uk_places()
            or folded in COMMON_WORDS
        ):
            continue
        shorts.append(short)
    # …and the pet forms many languages make of the first syllable: "Temuulen" → "Temka",
    # "Toby" → "Tobes", "Bartosz" → "Bartek", "Alejandro" → "Alito".
    stems = {given[:3], given[:4]} if len(given) >= 6 else {given[:3]}
    for stem in stems:
        for ending in _PET_ENDINGS:
            pet = stem + ending
            folded = pet.casefold()
            if (
                len(pet) < 4
                or pet == given
                or zipf(folded) >= 2.5
                or is_known_name(pet)
                or folded in NOT_NAMES
                or folded in NEVER_NAMES
                or folded in decoys.uk_places()
                or folded in COMMON_WORDS
            ):
                continue
            shorts.append(pet)
    return tuple(shorts)


_PET_ENDINGS = ("ka", "ko", "ke", "ek", "ik", "ie", "ee", "es", "ito", "ita", "cha", "sha", "ushka")


# Where a word is used as a name: after a title or a rank, or after a first name.
_TITLE_BEFORE = re.compile(rf"\b(?:{TITLES}|DC|DS|DI|PC|PS|Sgt|Cllr|Insp)\s+$")
_PLACE_BEFORE = re.compile(
    r"\b(?i:in|near|outside|around|towards)\s+$"
    # a journey's ends: "the bus from Dalton", "moved back to Walney"
    r"|\b(?i:bus|buses|train|trains|drive|drove|walk|walked|moved|move|moving|travelled|"
    r"travel|lift|taxi|trip|journey|back)\s+(?:\w+\s+)?(?i:from|to)\s+$"
    # after a church's or a club's name and a comma: "St Mary's Church, Dalton"
    r"|\b(?:Church|Chapel|Mosque|Club|Inn|Hall|Library|Station)\s*,\s*$"
)
_FIRST_NAME_BEFORE = re.compile(r"\b([A-Z][a-z'’-]+)\s+$")
_REFERENCE_SLOT_BEFORE = re.compile(r"\b[A-Z]{1,4}/$")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_SURNAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z'’-]+)\b")


def _surname(word: str) -> bool:
    """A surname that is no common word and no place: "Barker", not "Park" or "Community"."""
    return is_surname(word) and zipf(word) < 4.0 and word not in decoys.uk_places()


# A family's word explained in the notes, the way a review explains the words a family uses:
# '"Yaay" is mum', '"Pog" is paternal grandmother', '"Doña" is a title of respect, like Mrs',
# '"Minnie" in Thora's words means grandmother', 'the children use "Baay" for father'. Such a
# word is what someone is called by a relation, not their name (not '"Ammu" is what the family
# call Angel': a name for one person).
_KIN_MEANING = (
    r"(?:(?:maternal|paternal|older|younger|elder|big|little|great|step|a|an|the|their|her|his|"
    r"your|my|[a-z]+['’]s)[ \t]+){0,3}"
    r"(?:mum|mother|mam|mom|mummy|dad|father|daddy|aunt|auntie|aunty|uncle|grandmother|"
    r"grandfather|grandparent|grandparents|grandma|grandad|granny|gran|nan|sister|brother|"
    r"cousin|godmother|godfather|baby|son|daughter|wife|husband|elder|parent|parents|"
    r"title|term|word|respect)\b"
)
_FAMILY_WORD_EXPLAINED = re.compile(
    r"[\"“‘'](?P<word>[A-Za-zÀ-ÿāēīōū]+(?:[ \t][a-zà-ÿ]+)?)[\"”’'][ \t]+"
    r"(?:(?:is|was|means|meant)(?:[ \t]+(?:the|a|an|what|their|her|his))?(?:[ \t]+[A-Z][a-z]+)?"
    r"(?:[ \t]+(?:word|term|name))?(?:[ \t]+for)?|in[ \t]+[A-Z][\w'’]*[ \t]+words[ \t]+means|"
    r"for)[ \t]+" + _KIN_MEANING
)


# …and without quotes, where "means" or "the word for" leaves no doubt: "Tate means father
# and Mame mother", "Tante is the Low German word for aunt".
_FAMILY_WORD_GLOSSED = re.compile(
    r"(?<![\w'’])(?P<word>[A-Z][a-zà-ÿ]+)[ \t]+(?:means|is[ \t]+(?:the|a|an)(?:[ \t]+[\w-]+){0,4}"
    r"[ \t]+(?:word|term)[ \t]+for)[ \t]+" + _KIN_MEANING + r"(?:[ \t]+and[ \t]+"
    r"(?P<also>[A-Z][a-zà-ÿ]+)[ \t]+" + _KIN_MEANING + ")?"
)
# …and where the notes say what the children call a relation: "The children call her Emee",
# 'their grandfather is "Gramps" to them', "Buela is short for abuela", "Parrain, godfather,
# is Maxo Délva" (not "we call her Chichí": a name for one person).
_KIN_WORD = (
    r"(?:mum|mother|dad|father|aunt|auntie|uncle|grandmother|grandfather|grandma|grandad|"
    r"granny|gran|nan|godmother|godfather|sister|brother|cousin)"
)
_RELATION_CALLED = re.compile(
    r"\b(?:children|kids|grandchildren)[ \t]+(?:call|calls|called|say)[ \t]+"
    r"(?:her|him|them)[ \t]+[\"“]?(?P<called>[A-Z][a-zà-ÿ]+)"
    r"|" + _KIN_MEANING + r"[ \t]+(?:is|was)[ \t]+[\"“]?(?P<to_them>[A-Z][a-zà-ÿ]+)[\"”]?[ \t]+to"
    r"[ \t]+(?:them|the[ \t]+children|him|her|us)\b"
    r"|(?<![\w'’])(?P<short>[A-Z][a-zà-ÿ]+)[ \t]+is[ \t]+short[ \t]+for[ \t]+[a-z]"
    r"|(?<![\w'’])(?P<apposed>[A-Z][a-zà-ÿ]+),[ \t]+" + _KIN_WORD + r","
)
# A word said after "his", "my", "their" or "your" alone is what someone is to the family, not a
# name: "told his Tate", "my Aav", "their Mame". Not a first name ("I want my Valentina
# back"), and not after a verb that names or addresses ("call her Chichí", "told her Divine").
_AFTER_POSSESSIVE = re.compile(
    r"(?:(?P<before>[A-Za-z]+)[ \t]+)?(?<![\w'’])(?P<owner>my|his|her|their|your)[ \t]+"
    r"(?P<word>[A-Z][a-zà-ÿ]+)(?![\w'’-])(?![ \t]+[A-Z][a-z])"
)
# A language or a god the notes name: "a Plautdietsch interpreter", "(interpreting,
# Plautdietsch)", '"pickney" is Kriol for children', "Bondye is God". No one's name in the batch.
_LANGUAGE_OR_GOD = re.compile(
    r"(?<![\w'’])(?P<word>[A-Z][a-zà-ÿ]+)[ \t]+(?:interpreters?|translator)\b"
    r"|\binterpret(?:ing|ed|er)(?P<between>[ \t]*[,:(]?[ \t]*(?:in[ \t]+|from[ \t]+)?)"
    r"(?P<spoken>[A-Z][a-zà-ÿ]+)(?![\w'’-])(?![ \t]+[A-Z][a-z])"
    r"|[\"”’'][ \t]+is[ \t]+(?P<gloss>[A-Z][a-zà-ÿ]+)[ \t]+for\b"
    r"|(?<![\w'’])(?P<god>[A-Z][a-zà-ÿ]+)[ \t]+(?:is|means)[ \t]+God\b"
)
_ADDRESSING_TEXT = """call calls called calling name names named tell tells told ask asks asked
give gives gave let lets make makes made help helps helped hear heard see sees saw want wants
wanted take takes took bring brings brought show shows showed meet meets met remind reminded
promise promised teach taught text texted message messaged send sends sent warn warned advise
advised inform informed phone phoned ring rang leave left thank thanked"""
_ADDRESSING = frozenset(_ADDRESSING_TEXT.split())


def _declared_nickname(texts: Sequence[str], word: str) -> bool:
    """The batch gives the word in quotes in brackets after someone's name, as their nickname:
    'Patrick Lukusa ("Pato", DOB 12/03/1990)' makes "The children call him Pato" a name."""
    regex = re.compile(rf"[A-Za-z][ \t]+\([ \t]*[\"“'‘]{re.escape(word)}[\"”'’]")
    return any(regex.search(text) for text in texts)


def family_words(texts: Sequence[str]) -> frozenset[str]:
    """The words a batch explains as what a family calls a relation, or says only after a
    possessive (casefolded)."""
    words = {
        word.casefold()
        for text in texts
        for regex in (_FAMILY_WORD_EXPLAINED, _FAMILY_WORD_GLOSSED)
        for match in regex.finditer(text)
        for word in (match.group("word"), match.groupdict().get("also"))
        if word
    }
    for text in texts:
        for match in _RELATION_CALLED.finditer(text):
            word = next(w for w in match.group("called", "to_them", "short", "apposed") if w)
            if not is_first_name(word) and not _declared_nickname(texts, word):
                words.add(word.casefold())
        for match in _LANGUAGE_OR_GOD.finditer(text):
            word = next(w for w in match.group("word", "spoken", "gloss", "god") if w)
            # After "interpreter" or "interpreted" with nothing between, a word is the person
            # ("and interpreter Sumaiya, aged 11") or the next sentence ("interpreted Before
            # the referral…") unless it is a language the lists know.
            if (
                match.group("spoken")
                and not match.group("between").strip()
                and word.casefold() not in ETHNICITY
            ):
                continue
            if not is_first_name(word):
                words.add(word.casefold())
        for match in _AFTER_POSSESSIVE.finditer(text):
            word = match.group("word")
            before = (match.group("before") or "").casefold()
            if is_first_name(word) or (match.group("owner") == "her" and before in _ADDRESSING):
                continue
            words.add(word.casefold())
    return frozenset(words)


def places_by_use(texts: Sequence[str], found: Sequence[Sequence[Span]]) -> frozenset[str]:
    """Single words a batch takes for part of a name but uses as a place and never as a name:
    "Wisbech" of a model's "Polski Sklep Wisbech" that the notes also write "In Wisbech" and "17
    Norfolk Street, Wisbech". Such a word is not looked for elsewhere, and not a name alone.
    A word that follows a title or a first name anywhere in the batch ("Mrs Dalton", "Rebecca
    Dalton"), or that is no listed place and comes before a surname ("Dallas Barker"), stays a
    name; so does a register person's, and a first name ("Mason", "Dylan"), which a list's comma
    can put where a town goes, unless twice where only a place goes."""
    words: set[str] = set()
    for text, spans in zip(texts, found, strict=True):
        for span in spans:
            if span.label != "PERSON" or span.source in ("register", "propagated"):
                continue
            for word in _TOKEN.findall(text[span.start : span.end]):
                if len(word) >= 4 and word[0].isupper() and word[1:].islower():
                    words.add(word)
    if not words:
        return frozenset()
    registered = {
        word.casefold()
        for text, spans in zip(texts, found, strict=True)
        for span in spans
        if span.source == "register"
        for word in _TOKEN.findall(text[span.start : span.end])
    }
    place_uses: dict[str, int] = {}
    travelled: dict[str, int] = {}
    named: set[str] = set()
    alternatives = "|".join(map(re.escape, sorted(words)))
    regex = re.compile(rf"(?<![\w-])(?<!\w['’])(?:{alternatives})(?![\w'’-])")
    for text in texts:
        for match in regex.finditer(text):
            word, start, end = match.group(0), match.start(), match.end()
            before = text[max(0, start - 30) : start]
            first = _FIRST_NAME_BEFORE.search(before)
            surname = _SURNAME_AFTER.match(text, end)
            if (
                _TITLE_BEFORE.search(before)
                # "in Kacper's room", "Kacper said": a person's
                or _POSSESSIVE_AFTER.match(text, end)
                # a case worker's name in a reference: "Your ref: CP/Haworth"
                or _REFERENCE_SLOT_BEFORE.search(before)
                # what the family calls someone, quoted in brackets: 'Darius ("Dariukas")'
                or (_QUOTED_OPEN_BEFORE.search(before) and _QUOTED_CLOSE_AFTER.match(text, end))
                or person_verb_follows(text, end)
                or (first is not None and is_first_name(first.group(1).casefold()))
                or (
                    surname is not None
                    and _surname(surname.group(1).casefold())
                    and word.casefold() not in decoys.uk_places()
                )
            ):
                named.add(word)
            elif _PLACE_BEFORE.search(before):
                place_uses[word] = place_uses.get(word, 0) + 1
                travelled[word] = travelled.get(word, 0) + 1
            elif town_position(text, start, end):
                place_uses[word] = place_uses.get(word, 0) + 1
    places = decoys.uk_places()
    for word in words:
        if word.casefold() in places:
            place_uses.setdefault(word, 0)
    return frozenset(
        word.casefold()
        for word in place_uses
        if word not in named
        and word.casefold() not in registered
        # a first name only where a place goes twice, not after a list's comma: "the bus from
        # Dalton", "St Mary's Church, Dalton" (not "Ffion, Dylan")
        and (not is_first_name(word.casefold()) or travelled.get(word, 0) >= 2)
    )


_QUOTED_OPEN_BEFORE = re.compile(r"[A-Za-z]\s*\(\s*[\"“]$")
_QUOTED_CLOSE_AFTER = re.compile(r"[\"”]\s*\)")
_SERVICE_ON = re.compile(
    r"\b(?i:practice|surgery|clinic|centre|shops?|takeaways?|caf[eé]s?|pharmacy|school|"
    r"academy|office|registered|GP(?:\s+record)?|seen)\s+(?:on|at|in)\s+(?:the\s+)?$"
)


def propagate(text: str, strings: dict[str, str], spans: list[Span]) -> list[Span]:
    """Adds a span for every occurrence in `text` of a string already found as personal data."""
    if not strings:
        return spans
    regex = _propagation_regex(tuple(sorted(strings, key=len, reverse=True)))
    # Initials that spell an abbreviation ("ED") found as a person in this text itself (a
    # meeting's attendance list): found again in it.
    own_capitals = {
        text[span.start : span.end]
        for span in spans
        if span.label == "PERSON" and text[span.start : span.end].isupper()
    }
    added = []
    for match in regex.finditer(text):
        value = match.group(0)
        folded = " ".join(value.split()).casefold()
        label = strings.get(folded)
        if label is None and folded.endswith("s"):
            # A family found by one member's surname: "the O'Sullivans".
            label = strings.get(folded[:-1])
            if label != "PERSON":
                continue
        if label is None:
            continue
        # Initials that spell a record's word ("RE", "ED") are the person only in capitals:
        # not "Re:" nor "Ed" of a letter.
        if (
            label == "PERSON"
            and len(folded) <= 3
            and not value.isupper()
            and (
                folded in FIELD_WORDS
                or folded in NOT_INITIALS
                or (len(folded) == 2 and zipf(folded) >= 4.5)
            )
        ):
            continue
        # An abbreviation of a service in capitals ("Referral to SALT", found once as Mr
        # Salt), a language after speaking it ("speak Gurung", found as Dil Bahadur Gurung).
        if (
            label == "PERSON"
            and " " not in folded
            and value.isupper()
            and value in acronyms()
            and value not in own_capitals
        ):
            continue
        if label == "PERSON" and " " not in folded and speaking_before(text, match.start()):
            continue
        # A word-name found as a person elsewhere, where a person stands in a quick note:
        # "memory rang from…", "hope (fsw) went round", "long says".
        in_note = (
            label == "PERSON"
            and " " not in folded
            and value.islower()
            and folded in strings
            and len(folded) >= 3
            and (is_word_name(folded) or zipf(folded) >= 3.0)
            and (casual(text, match.start(), match.end()) or note_style(text))
            and word_name_in_note(text, match.start(), folded)
        )
        # A single word that is also an ordinary word counts only when capitalised.
        if " " not in folded and folded in COMMON_WORDS and not value[0].isupper() and not in_note:
            continue
        if (
            " " not in folded
            and value.islower()
            and not in_note
            and not (
                label == "PERSON"
                and folded in strings  # the name itself, not a family's plural
                and len(folded) >= 3
                and folded not in COMMON_WORDS
                and (
                    (
                        (zipf(folded) < 3.0 or (is_first_name(folded) and not is_word_name(folded)))
                        and (casual(text, match.start(), match.end()) or note_style(text))
                    )
                    # inside a message written in texting words: "tita trish can me n bliss"
                    or (
                        # (a first name that is no word, however common: "danny say he go")
                        (zipf(folded) < 4.0 or (is_first_name(folded) and not is_word_name(folded)))
                        and texting(text, match.start(), match.end())
                    )
                )
            )
        ):
            continue  # in small letters only in a text message or a quick note
        # A family's street where a practice, a shop or a clinic is: "Dalmuir Medical Practice
        # on Dumbarton Road", "the takeaways on Hannah Street", "registered at Greasbrough Road".
        if label == "ADDRESS" and _SERVICE_ON.search(
            text, max(0, match.start() - 40), match.start()
        ):
            continue
        # A school's or a farm's one-word name where a town's goes ("grew up in Ossett").
        if (
            label in ("ORGANISATION", "ADDRESS")
            and " " not in folded
            and (
                decoys.town_here(text, match.start(), match.end())
                or town_position(text, match.start(), match.end())
            )
        ):
            continue
        # …and a school's name of several words without its kind where a town goes: "Pencoed
        # Lane, Lydbury North, SY7 8QT", "living on Walney" (nobody lives on a school).
        if (
            label == "ORGANISATION"
            and not _ORG_KIND_END.search(value)
            and (
                town_position(text, match.start(), match.end())
                or _ON_BEFORE.search(text, max(0, match.start() - 12), match.start())
            )
        ):
            continue
        # A named place's name without its kind word where a district goes: "Craven Arms" of
        # "Craven Arms Children's Centre" in "a tenancy in Craven Arms".
        if (
            label == "ORGANISATION"
            and " " in folded
            and not _ORG_KIND_END.search(value)
            and (
                _DISTRICT_BEFORE.search(text, max(0, match.start() - 12), match.start())
                # …and where a listed place's name is not where a pupil or a member goes:
                # "4 Boswedden Road, St Just", "Pendeen or St Just" (not "back at Furze Platt")
                or (
                    folded in decoys.uk_places()
                    and not _GOES_TO_BEFORE.search(text, max(0, match.start() - 12), match.start())
                )
            )
        ):
            continue
        if label == "PERSON" and (
            followed_by_place_word(text, match.end())
            or town_position(text, match.start(), match.end())
            or decoys.place_here(text, match.start(), folded)
        ):
            continue
        if label == "PERSON" and AGENCY_AFTER.match(text, match.end()):
            continue  # "Kent Police", "an Osman warning"
        # A month that is a name ("April Bell") is the month in a date: "in April 2025",
        # "28 April", "since April".
        if (
            label == "PERSON"
            and folded in CALENDAR_WORDS
            and (
                _YEAR_AFTER.match(text, match.end())
                or _DATE_BEFORE.search(text, max(0, match.start() - 12), match.start())
            )
        ):
            continue
        # An ordinary word found once as a name ("Summers", "Will") is that name again only
        # inside a sentence, not where any word is capitalised ("Michael", a first name and
        # no word, is a name anywhere).
        if (
            label == "PERSON"
            and " " not in folded
            and zipf(folded) >= 3.5
            and (is_word_name(folded) or not is_first_name(folded))
            and (at_line_start(text, match.start()) or value.isupper())
            and not name_follows(text, match.end())
        ):
            continue
        # …nor after a determiner or before a noun that makes it the word: "the Field behind
        # the house", "Grace period".
        if (
            label == "PERSON"
            and " " not in folded
            and word_as_thing(text, match.start(), match.end())
        ):
            continue
        # …nor after capitalised ordinary words, where it ends a term: "the Council Tax Bill"
        # (not "Children Summer and Johnny").
        if (
            label == "PERSON"
            and " " not in folded
            and is_word_name(folded)
            and after_a_term_word(text, match.start())
            and _TERM_BEFORE.search(text, max(0, match.start() - 40), match.start())
        ):
            continue
        # …nor before a pronoun, where it is the word: "Hope you are well", "Will you bring".
        if (
            label == "PERSON"
            and " " not in folded
            and zipf(folded) >= 3.5
            and _PRONOUN_AFTER.match(text, match.end())
        ):
            continue
        added.append(Span(match.start(), match.end(), label, "propagated", 0.6))
    return spans + added


_TERM_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+[A-Z][a-z]+[ \t]+$")
_YEAR_AFTER = re.compile(r",?\s+(?:\d{4}|\d{1,2}(?:st|nd|rd|th)?\b)")
_DATE_BEFORE = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?|\b(?i:in|since|until|till|during|early|late|mid|last|next|"
    r"this))[\s-]+$"
)
_GOES_TO_BEFORE = re.compile(r"\b(?:at|to|from|attends|attended|joined|left)\s+$")
_ON_BEFORE = re.compile(r"\b(?:on|living\s+in|lives\s+in)\s+$")
_DISTRICT_BEFORE = re.compile(r"\b(?:in|near|outside|around|across|towards)\s+$")
_PRONOUN_AFTER = re.compile(r"\s+(?:you|we|I|they|it|this|that)\b")


@functools.lru_cache(maxsize=64)
def _propagation_regex(strings: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `strings` (longest first), words apart by any white space. The strings are put in
    a tree of their shared beginnings, so the pattern tries each letter once where they share
    it, instead of trying every string in turn: the same matches, quicker to build and to run
    over a long review."""
    tree: _Tree = {}
    for string in strings:
        node = tree
        for unit in re.findall(r"\s+|.", " ".join(string.split()), re.DOTALL):
            node = node.setdefault(" " if unit.isspace() else unit, {})
        node[""] = {}
    return re.compile(r"(?<![\w@.])" + _tree_pattern(tree) + r"s?(?![\w@])", re.IGNORECASE)


# A tree of strings' letters: each letter (" " for white space) to the tree of what follows it,
# and "" where a string ends.
_Tree = dict[str, "_Tree"]


def _tree_pattern(node: _Tree) -> str:
    """The pattern of a tree of strings' letters: each branch, longer strings before the one
    that ends here (so the longest string matches, as in a longest-first alternation)."""
    branches = [
        (r"\s+" if unit == " " else re.escape(unit)) + _tree_pattern(child)
        for unit, child in node.items()
        if unit
    ]
    if not branches:
        return ""
    if "" in node:
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# Initials a transcript or minutes declare for a person, in brackets after the name: "SW Oisín
# Mac Giolla Bhríde (OMGB)", "child Lukas (LP)" (not a role: "Fiona Hart (SW)").
# (Capitals with accents too: "Žaneta Horváthová (ŽH)".)
_CAPITAL = "A-ZÀ-ÖØ-ÞĀĒĪŌŪŁŃŚŹŻŠŽČĆĐŘŤĎŇĽĹŐŰ"
# (A first name's two letters keep their small one: "Edina Balogh (EdB)" beside "Attila Balogh
# (AB)".)
# (…or the surname's first two: "Sunita Chauhan (SCh)" beside "Sanjay Chohan (SC)".)
_SURNAME_TWO = rf"[{_CAPITAL}]{{1,2}}[{_CAPITAL}][a-z]"
_LETTERS = rf"[{_CAPITAL}]{{2,4}}|[{_CAPITAL}][a-z][{_CAPITAL}]{{1,2}}|{_SURNAME_TWO}"
_INITIALS = re.compile(rf"(?<![\w@.&'-])(?:{_LETTERS})(?![\w@'-])")
_DECLARED = re.compile(rf"[ \t]*\((?P<letters>{_LETTERS})(?:\)|[ \t]*[,–—][ \t]*[^()\n]{{1,40}}\))")
# …or last in the brackets, after the person's role and agency: "Peter Galloway (DSL, PG)",
# "Sunita Chauhan (DSL, Adderley Park Primary School, SCh)".
_DECLARED_LAST = re.compile(rf"[ \t]*\((?:[^(),\n]{{1,50}},[ \t]*){{1,3}}(?P<letters>{_LETTERS})\)")
# …or after a dash in a list of who is who: "Dr Mehreen Anwar (GP) – MA; Dean Frost – DF".
_DECLARED_AFTER_DASH = re.compile(
    rf"[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?[–—][ \t]*(?P<letters>[{_CAPITAL}]{{2,4}}|"
    rf"[{_CAPITAL}]{{2,3}}[a-z])"
    r"(?=[ \t]*(?:[;,.)\n]|$))"
)
_ROLES_IN_BRACKETS_TEXT = """sw hv gp dsl ddsl senco sendco iro pc dc ds di ta sn fsw eh ehw camhs
yot yjs lado idva isva cpn mw ot salt ep cp cin police chair mum dad"""
_ROLES_IN_BRACKETS = frozenset(_ROLES_IN_BRACKETS_TEXT.split())


def _own_letters(declared: re.Match[str], name: str) -> bool:
    """Initials that are a full name's own first and last letters: "Ian Thorne (IT, Wiltshire
    Police)", "Tom Ashworth (TA, SW)" (though "IT" and "TA" also spell words); not a role alone
    in the brackets: "Sandra Whitworth (SW)"."""
    letters = declared["letters"]
    if declared.group(0).endswith(letters + ")") and letters.casefold() in _ROLES_IN_BRACKETS:
        return False
    return _letters_of(letters, name)


def _letters_of(letters: str, name: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    if re.fullmatch(_SURNAME_TWO, letters):
        return (
            len(words) >= 2
            and len(letters) <= len(words) + 1
            and letters[0] == words[0][0]
            and words[-1][:2].casefold() == letters[-2:].casefold()
        )
    return (
        len(words) >= 2
        and len(letters) <= len(words) + 1
        and letters[0] == words[0][0]
        and letters[-1] == words[-1][0]
    )


def _names_found(
    texts: Sequence[str], found: Sequence[Sequence[Span]]
) -> Iterator[tuple[str, re.Match[str] | None]]:
    """Each name the rules or the model found (not propagated), without its title, with the
    initials declared in brackets after it, if any."""
    for text, spans in zip(texts, found, strict=True):
        for span in spans:
            if span.label != "PERSON" or span.source == "propagated":
                continue
            value = re.sub(rf"^{TITLES}\s+", "", " ".join(text[span.start : span.end].split()))
            declared = _DECLARED.match(text, span.end)
            if declared is None or not _own_letters(declared, value):
                last = _DECLARED_LAST.match(text, span.end)
                # (only the name's own letters: not "(HV, Hollins Grove, NHS)")
                if last is not None and _own_letters(last, value):
                    declared = last
            yield value, declared


def declared_initials(texts: Sequence[str], found: Sequence[Sequence[Span]]) -> frozenset[str]:
    """Initials a note declares for a full name in brackets after it, which are the name's own
    letters: used for that person in the batch even where they spell a word ("IT", "TA").
    Letters that are also a role ("Desislava Stoyanova (DS)") count where the same note
    declares two other people's own letters and no one's role alone: a list of initials, not
    of roles."""
    out = set()
    for text, spans in zip(texts, found, strict=True):
        own, roles, others = set(), set(), 0
        for value, declared in _names_found([text], [spans]):
            if declared is None:
                continue
            letters = declared["letters"]
            if _own_letters(declared, value):
                own.add(letters)
            elif _letters_of(letters, value) and declared.group(0).endswith(letters + ")"):
                roles.add(letters)  # "Salote Naivalu (SN)": her letters, and a role's
            elif letters.casefold() in _ROLES_IN_BRACKETS:
                others += 1  # "Jo Bloggs (HV)": roles in brackets here
        out |= own
        if roles and len(own) >= 2 and not others:
            out |= roles
    return frozenset(out)


def person_initials(texts: Sequence[str], found: Sequence[Sequence[Span]]) -> frozenset[str]:
    """The initials of the full names found ("Oksana Bondarenko" → "OB", "Abdul Zia Karimi" →
    "AZK"): a note often refers to a person by them ("OB not brought", "Our ref: MC/EX/1124")."""
    out = set()
    for value, declared in _names_found(texts, found):
        if declared and _own_letters(declared, value):
            out.add(declared["letters"])
            continue
        if (
            declared
            and declared["letters"].casefold() not in _ROLES_IN_BRACKETS
            and declared["letters"] not in acronyms()  # "Sgt Paul Ndlovu (SNT)": his team
            # the person's own letters, not an agency's ("Li Mei Zhang (ICTG)")
            and declared["letters"][0] == value[:1].upper()
            and len(declared["letters"]) <= len(value.split()) + 1
        ):
            out.add(declared["letters"])
            continue
        words = [w for w in re.split(r"[\s-]+", value) if w]
        # (a rank before the name is not one of its letters: "Supt Glenn Harby" → "GH", "Det
        # Supt Andrew Tallis" → "AT")
        while len(words) > 2 and words[0].rstrip(".").casefold() in _RANKS:
            words = words[1:]
        # A name or an initial with its point before the surname: "D. Rourke" → "DR".
        if not 2 <= len(words) <= 3 or not all(
            w[0].isupper() and (w[1:2].islower() or (len(w) == 2 and w[1] == ".")) for w in words
        ):
            continue
        if not words[-1][1:2].islower():
            continue  # "J. K.": no surname
        out.add("".join(w[0] for w in words))
    return frozenset(out)


_RANKS = frozenset(
    "det supt sgt insp ds dc di dci dsi pc ps cllr fr rev revd sr dr mr mrs ms miss mx prof "  # noqa: SIM905
    "nurse sister pastor imam canon".split()
)
# Where a meeting's notes put the person an item is about or from: at the head of a line or an
# item, before a dash or a colon ("MH — Andreas referred", "2. KP: Aisha settled", "TB – ").
_ITEM_HEAD = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\d\.\s)|(?<=\n))(?P<letters>[A-Z]{2,3})\s*[—–:-]\s")
_ROLE_LETTERS = frozenset("sw hv gp dsl pc dc ds ta iro sn ot cp eh cin re fw fwd nb ps".split())  # noqa: SIM905
_IN_BEFORE = re.compile(r"\bin[ \t]+$")
_ROLE_BEFORE = re.compile(r"\b(?i:the|a|an|class|her|his|their|our|your|1:1|named)[ \t]+$")
_REPORTS_AFTER = re.compile(
    r"\s+(?:reports?|reported|said|says|advised|confirmed|decided|agreed|noted|explained)\b"
)
# …or owns an action in the notes: "PA to request Clare's Law disclosure", "NA to chase".
_ACTION_AFTER = re.compile(r"[ \t]+to[ \t]+[a-z]{3,}\b")


def propagate_initials(
    text: str, initials: frozenset[str], spans: list[Span], declared: frozenset[str] = frozenset()
) -> list[Span]:
    """A span for every use in `text` of the initials of a name found (upper case, alone)."""
    if not initials:
        return spans
    # A letter's reference code holds its writer's and typist's initials, even where they spell
    # an abbreviation or a role ("Our ref: BC/NA/CP/61204", "Ref: PS/jt"): a found person's there
    # is that person.
    codes = [m.span("code") for m in REFERENCE_CODE.finditer(text)]
    added = [
        Span(match.start(), match.end(), "PERSON", "propagated", 0.55)
        for match in _INITIALS.finditer(text)
        if match.group(0) in initials
        and (
            any(start <= match.start() < end for start, end in codes)
            or (
                match.group(0).casefold() not in _ROLE_LETTERS
                and _ACTION_AFTER.match(text, match.end()) is not None
            )
            or
            # Initials declared for a person are that person, but not as a role: "the TA",
            # nor a rank before a surname: "DS Whitfield" where "DS" is the mother.
            (
                match.group(0) in declared
                and not _ROLE_BEFORE.search(text, 0, match.start())
                and not (
                    match.group(0).casefold() in _ROLES_IN_BRACKETS
                    and _SURNAME_AFTER.match(text, match.end())
                )
            )
            or (
                # Initials that also spell an abbreviation ("MH", "TB", "DR") only where notes
                # put a person: heading an item, or before what they report.
                (
                    match.group(0).casefold() not in NOT_INITIALS
                    or _ITEM_HEAD.match(text, match.start()) is not None
                    or _REPORTS_AFTER.match(text, match.end()) is not None
                )
                and match.group(0).casefold() not in _ROLE_LETTERS
                # (letters after "in" are a place's: "like in KL")
                and not _IN_BEFORE.search(text, max(0, match.start() - 4), match.start())
            )
        )
    ]
    return spans + added


# A transcript's speakers by one letter, undeclared: "Present: Nurse Grace Oduya, Blessing.
# B: I'm not going back … N: Where are you staying? B: With Uncle Obi." A letter opening two
# turns or more, where another speaker does too, is the person whose name found in the text
# starts with it ("B", Blessing); not a role's ("N", the nurse), nor "I", nor a question's "Q"
# and its answer's "A". A turn may say how it was spoken ("N (via I):"); the other speakers
# may be a worker's letters in mixed case ("SWa:").
_TURN = re.compile(
    r"(?:(?<=[.!?…\"”)]\s)|(?<=\n)|^)(?P<who>[A-Z][A-Za-z]{0,2})"
    r"(?=[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:[ \t])"
)
# …and declared: "J = Jamal; A = Ammar", "B = Bev, G = Glody", "I = Jean-Pierre Ilunga". The
# letters are that person where declared and at every turn, "I" and "A" too.
_DECLARED_SPEAKER = re.compile(
    r"(?<![\w'’=-])(?P<who>[A-Z][A-Za-z]{0,2})[ \t]*=[ \t]*"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ROLE_BEFORE_NAME = re.compile(
    r"\b(Nurse|Sister|Matron|Officer|Inspector|Sergeant|Judge|Worker)[ \t]+(?=[A-Z][a-z])"
)


def one_letter_speakers(text: str, spans: list[Span]) -> list[Span]:
    """A span for each turn of a transcript's speaker named by the first letter of a name, and
    for each speaker's letters declared with the name."""
    turns: dict[str, list[tuple[int, int]]] = {}
    for match in _TURN.finditer(text):
        turns.setdefault(match.group("who"), []).append(match.span("who"))
    added: list[Span] = []
    declared: set[str] = set()
    for match in _DECLARED_SPEAKER.finditer(text):
        who, words = match.group("who"), match.group("name").split()
        if (
            who[0] not in {word[0] for word in words}
            or words[0].casefold() in NOT_NAMES
            or not (is_first_name(words[0]) or any(s.start == match.start("name") for s in spans))
        ):
            continue
        declared.add(who)
        added.append(Span(*match.span("who"), "PERSON", "context", 0.6))
        added += [Span(start, end, "PERSON", "context", 0.6) for start, end in turns.get(who, ())]
    speakers = {who for who, where in turns.items() if len(where) >= 2}
    if len(speakers) < 2:
        return spans + added
    letters = {
        word[0]
        for span in spans
        if span.label == "PERSON"
        for word in _NAME_WORD.findall(text[span.start : span.end])
        if word[0].isupper()
        and word.casefold() not in ROLE_WORDS
        and re.fullmatch(TITLES, word, re.IGNORECASE) is None
    }
    skipped = {"I", "Q", "A"} if "Q" in speakers else {"I"}
    skipped |= {match.group(1)[0] for match in _ROLE_BEFORE_NAME.finditer(text)}
    return (
        spans
        + added
        + [
            Span(start, end, "PERSON", "context", 0.55)
            for who in sorted(speakers - declared)
            if len(who) == 1 and who in letters and who not in skipped
            for start, end in turns[who]
        ]
    )


def initials_after_a_dash(
    text: str, spans: list[Span], marked: frozenset[str] = frozenset()
) -> list[Span]:
    """The initials given after a found name in a list of who is who ("Dr Mehreen Anwar (GP) –
    MA", "DS Crowther – AC"): that person's there, even where they spell a word or a role. Such
    letters in mixed case (`marked`, "KBa") are that person wherever they stand alone."""
    added = []
    for span in spans:
        if span.label != "PERSON":
            continue
        match = _DECLARED_AFTER_DASH.match(text, span.end)
        if match is not None and match.group("letters").casefold() not in _ROLES_IN_BRACKETS:
            added.append(Span(*match.span("letters"), "PERSON", "context", 0.6))
    for letters in marked:
        added += [
            Span(m.start(), m.end(), "PERSON", "propagated", 0.55)
            for m in re.finditer(rf"(?<![\w@.&'’-]){re.escape(letters)}(?![\w@'’-])", text)
        ]
    return spans + added


def marked_initials(texts: Sequence[str], found: Sequence[Sequence[Span]]) -> frozenset[str]:
    """Mixed-case initials declared after a found name and a dash ("Kayleigh Barraclough (SW)
    – KBa"): no word is written so, so they are that person throughout the batch."""
    after_dash = {
        match.group("letters")
        for text, spans in zip(texts, found, strict=True)
        for span in spans
        if span.label == "PERSON"
        and (match := _DECLARED_AFTER_DASH.match(text, span.end)) is not None
        and not match.group("letters").isupper()
    }
    # …and in brackets, a name's own: "Sunita Chauhan (DSL, SCh)", "Marta Szymańska (MSz)".
    in_brackets = {
        declared["letters"]
        for value, declared in _names_found(texts, found)
        if declared
        and not declared["letters"].isupper()
        and re.fullmatch(_SURNAME_TWO, declared["letters"])
        and _own_letters(declared, value)
    }
    return frozenset(after_dash | in_brackets)
