"""Capitalised words that look like a person's name and are not, by their shape and the word
lists: a term whose head is an ordinary English word ("Tenancy Support", "Conclusive Grounds",
"Southwark Judgement"), a county ("Carmarthenshire"), a medicine or a condition ("Sertraline",
"Chlamydia"), Welsh words of services, homes and greetings ("Hafan", "Ysgol", "Ty Gwyn",
"Diolch"), an agency's name before a person's ("Probation Joanne Pickering").

`person_span` is asked about a person span found without a strong cue (the statistical model,
a run of capitalised words); it returns the span to keep (perhaps shorter) or None. Propagation
helpers say which parts of a found address or organisation name it again later."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from casewindow.anonymisation.detection.identifiers.street_words import STREET_SUFFIXES
from casewindow.anonymisation.detection.lexicon import DATA, is_first_name, is_known_name, zipf
from casewindow.anonymisation.detection.names import ETHNICITY, at_line_start
from casewindow.anonymisation.detection.register import TITLES
from casewindow.anonymisation.detection.vocabulary import COUNTRY_PHRASES, FESTIVALS

# Words of Welsh that name services, homes, places and greetings, not people (a Welsh first
# name that is also a word, "Bryn", "Haf", "Gwyn", is left out).
WELSH_WORDS_TEXT = """hafan ysgol diolch cymru cymraeg bore da croeso meddygfa canolfan ysbyty
teulu cartref gofal plant cymorth llys maes heol ffordd stryd tŷ ty cwm nant afon pont llan
coed bro cwrt clos teras rhes cylch meithrin meithrinfa gwasanaeth gwasanaethau iechyd cyngor
sir dinas tref pentre pentref fferm bwthyn capel eglwys neuadd gorsaf siop yr y yn ar
hwyl helo shwmae sut cariad fach fawr mawr newydd uchaf isaf ucha isa tyddyn bwlch dyffryn
llwyn waun gwaun rhiw ffynnon ffrwd ysgubor"""
WELSH_WORDS = frozenset(WELSH_WORDS_TEXT.split())
# Colours and other adjectives that follow a Welsh head word ("Ty Gwyn", "Fferm Goch").
_WELSH_AFTER_HEAD_TEXT = """gwyn wen du ddu coch goch glas las gwyrdd werdd melyn felen mawr fawr
bach fach hen newydd isaf uchaf deg teg hir"""
_WELSH_AFTER_HEAD = frozenset(_WELSH_AFTER_HEAD_TEXT.split())
# Welsh words that start the name of a home, a street or a service: "Ty Gwyn", "Hafan Cymru".
_WELSH_HEADS_TEXT = """hafan ysgol meddygfa canolfan ysbyty cartref tŷ ty maes heol ffordd llys
cwrt clos teras tyddyn fferm bwthyn capel eglwys neuadd"""
_WELSH_HEADS = frozenset(_WELSH_HEADS_TEXT.split())
# Agencies and services named before a person or alone in brackets ("(Probation)").
AGENCY_WORDS_TEXT = """probation police constabulary housing education health prison prisons
courts court council youth justice children's childrens social services service nhs camhs
cafcass ofsted barnardo's barnardos nspcc samaritans refuge"""
AGENCY_WORDS = frozenset(AGENCY_WORDS_TEXT.split())
_AGENCY_LAST = frozenset(
    {"constabulary", "police", "council", "probation", "services", "service", "authority"}
)
# The endings of medicines and conditions: "Sertraline", "Fluoxetine", "Chlamydia",
# "Bronchiolitis", "Diazepam", "Omeprazole".
_MEDICAL_END = re.compile(
    r"(?:aline|oxetine|opram|azepam|azolam|azole|cillin|mycin|prazole|olol|dipine|pril|sartan|"
    r"statin|tidine|triptyline|amine|idone|apine|iazine|profen|codeine|morphine|amol|iclone|"
    r"olpidem|abalin|apentin|amadol|"
    r"itis|osis|aemia|emia|algia|ydia|oma|pathy|plegia|philia|phobia)$"
)
# Medicines by the names families and GP records use, that no ending gives away: "Calpol",
# "Gaviscon", "Dermol", "Oramorph", infant formulas ("Aptamil").
_MEDICINES_TEXT = """emollient emollients calpol nurofen ventolin piriton diprobase doublebase
epaderm
cetraben oilatum aveeno betnovate eumovate fucidin daktarin canesten gaviscon infacol colief
movicol laxido dioralyte circadin ritalin concerta medikinet equasym elvanse strattera subutex
espranor epilim keppra epipen abidec dalivit aptamil nutramigen neocate sudocrem bonjela anbesol
clenil seretide fostair symbicort qvar flixotide dermol oramorph melatonin lactulose senna
calprofen sertraline naloxone methadone buprenorphine valproate insulin metformin sytron
feroglobin pregaday rivotril clonazepam prazosin mirtazapine zopiclone diazepam
quetiapine olanzapine risperidone aripiprazole fluoxetine citalopram propranolol"""
_MEDICINES = frozenset(_MEDICINES_TEXT.split())
# A shop, a salon or a takeaway named by its trade: "Lotus Nails", "Golden Dragon Takeaway",
# "Siddiqui Motors", "Crystal Beauty" (a business, not a person nor a place a child is known at).
_BUSINESS_TEXT = """nails nail beauty salon salons barbers barber barbershop hair hairdressers
takeaway kebab kebabs pizza pizzeria chicken fried grill diner cafe café caffe restaurant
bakery butchers motors garage tyres autos cars carwash valeting vapes vape off-licence
offlicence convenience stores store supermarket mart minimart express foods food wines
launderette laundrette lettings estates removals builders plumbing roofing scaffolding cleaning
logistics couriers taxis cabs tanning tattoo tattoos lashes brows spa massage fashion boutique
textiles fresh produce"""
_BUSINESS = frozenset(_BUSINESS_TEXT.split())
# Words that join ethnicity terms: "White and Black Caribbean", "Any Other White Background".
_ETHNICITY_JOINS = frozenset({"and", "or", "any", "other", "background", "of", "heritage", "&"})
# Record-field abbreviations a capitalised run takes in at its ends: "Zara Siddiqui DOB",
# "NHS Aisha Khan".
_FIELD_ACRONYMS_TEXT = """DOB NHS NI HV GP SW CP CIN CSC EH DSL FSW SN TAF YOT LAC CLA PCSO
SENCO IRO ISVA IDVA MASH LADO CAMHS ED AE NFA NOK UPN ULN ID REF"""
_FIELD_ACRONYMS = frozenset(_FIELD_ACRONYMS_TEXT.split())
_AGENCY_AFTER = re.compile(
    r"(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]*)*[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?"
    r"(?:Police|Constabulary|Council|County\s+Council|Fire\s+and\s+Rescue)\b"
)
_PLACE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:police\s+station|station|school|primary|academy|college|nursery|surgery|"
    r"hospital|library|leisure\s+centre|town\s+centre|high\s+street|village|estate|"
    r"council|county|area)\b"
)
_AFTER_ADDRESS = re.compile(
    r"\b(?:Cottages?|Farm|Buildings|Villas|Park|Estate|Site|Close|Terrace|Flats|Mews|Lane|Road|"
    r"Street|Avenue|Drive|Crescent|Gardens|Grove|Way|Court|House|Lodge|Place|Row|Walk|Green)"
    r"[ \t]*,[ \t]*$"
)
_TITLE = re.compile(rf"\b(?:{TITLES}|Cllr\.?)\s+$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _fold(word: str) -> str:
    return re.sub(r"['’]s$", "", word).casefold().strip("'’")


def person_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The part of text[start:end] that may still be a person's name, or None."""
    words = [(m.start() + start, m.group(0)) for m in _WORD.finditer(text[start:end])]
    words_found = len(words)
    while len(words) > 1 and words[-1][1] in _FIELD_ACRONYMS:
        words.pop()
    while len(words) > 1 and words[0][1] in _FIELD_ACRONYMS:
        words.pop(0)
    # A verb or an ordinary word starting the sentence before a medicine or a place:
    # "Prescribed Sertraline" (checked below as "Sertraline").
    while (
        len(words) > 1
        and zipf(words[0][1]) >= 3.5
        and not is_known_name(words[0][1])
        and at_line_start(text, words[0][0])
    ):
        words.pop(0)
    # An agency before the name: "Probation Joanne Pickering", "Police Sgt Ward".
    while len(words) > 1 and _fold(words[0][1]) in AGENCY_WORDS and words[0][1][:1].isupper():
        words.pop(0)
    if not words:
        return None
    start = words[0][0]
    end = words[-1][0] + len(words[-1][1])
    folded = [_fold(w) for _, w in words]
    plain = [w for _, w in words]
    if all(f in AGENCY_WORDS for f in folded) and not (
        len(words) == words_found == 1
        and is_first_name(plain[0])
        and not at_line_start(text, start)
    ):
        return None  # "Probation", "Youth Justice" (not "collect Justice on Mondays")
    # An agency named by its area: "Hampshire Constabulary", "Wiltshire Council".
    if len(folded) >= 2 and folded[-1] in _AGENCY_LAST:
        return None
    # A piece of a hyphenated place: "Upton" of "Upton-by-Chester".
    if re.match(r"-[a-z]", text[end : end + 2]):
        return None
    titled = _TITLE.search(text, max(0, start - 8), start) is not None
    if titled:
        return start, end
    # A compound adjective: "Twi-speaking", "Monday-born", "Leeds-based".
    if _COMPOUND_ADJECTIVE.search(text[start:end]):
        return None
    if (
        _not_a_name(plain, folded)
        or _business(text, end, folded)
        or _not_a_place_name(text, start, end, plain, folded)
    ):
        return None
    # One area of an agency's ("Devon and Cornwall Police"), a place before the kind of place
    # ("Newton Aycliffe police station", "Riccall school") or the town after an address ("Mill
    # Farm Cottages, Riccall").
    if _AGENCY_AFTER.match(text, end) or _AFTER_ADDRESS.search(text, max(0, start - 20), start):
        return None
    if _PLACE_NOUN_AFTER.match(text, end) and not any(is_first_name(w) for w in plain):
        return None
    if _FAITH_AFTER.match(text, end):
        return None  # "Roman Catholic", "Greek Orthodox": a faith, not a person
    return start, end


_COMPOUND_ADJECTIVE = re.compile(
    r"-(?:speaking|speaker|born|based|led|run|owned|registered|style|related|heritage|"
    r"language|medium|trained|educated)$"
)
_FAITH_AFTER = re.compile(r"[ \t]+(?:Catholic|Catholics|Orthodox)\b")


def _business(text: str, end: int, folded: list[str]) -> bool:
    """The span is a business named by its trade ("Lotus Nails") or stands before its trade
    ("Golden Dragon takeaway")."""
    if len(folded) >= 2 and folded[-1] in _BUSINESS:
        return True
    # A business and its branch's place: "Lotus Nails Banbury", "Chicken Cottage Narborough".
    if (
        len(folded) >= 3
        and any(f in _BUSINESS for f in folded[1:-1])
        and not any(is_first_name(f) for f in folded[:1])
    ):
        return True
    after = re.match(r"[ \t]+([A-Za-z][\w'’-]*)", text[end : end + 30])
    return (
        after is not None
        and after.group(1).casefold() in _BUSINESS
        and not any(is_first_name(f) for f in folded)
    )


@functools.cache
def uk_places() -> frozenset[str]:
    """UK counties, unitary authorities, London boroughs, cities and large towns
    (data/uk_places.txt), and the smaller towns and villages of GeoNames that are no name and
    no ordinary word (data/gb_places.txt), casefolded."""
    lines = [
        line
        for name in ("uk_places.txt", "gb_places.txt")
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
    ]
    return frozenset(line.strip().casefold() for line in lines if line and line[0] != "#")


@functools.cache
def world_places() -> frozenset[str]:
    """Towns and cities outside the UK of 5,000 people or more (data/world_places.txt), and
    the states, provinces and counties of other countries (data/world_regions.txt), that are no
    name and no word, and the towns families come from in their English spelling
    (data/world_places_extra.txt), casefolded: where a family came from is no one's name."""
    lines = [
        line
        for name in ("world_places.txt", "world_regions.txt", "world_places_extra.txt")
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
    ]
    return frozenset(line.strip().casefold() for line in lines if line and line[0] != "#")


_PLACE_WORD = re.compile(r"\b(?:[A-Z][\w'’-]*|(?:de|la|las|los|del|do|da|dos|das|el|al)\b)")


def in_a_town_abroad_or_festival(text: str, start: int, end: int) -> bool:
    """text[start:end] is a town abroad or a festival, or part of its name with the rest beside
    it: "Jacmel", "San Pedro" of "San Pedro de Macorís", "Domingo" of "Santo Domingo", "Tsagaan
    Sar", "Settlement" of "Garifuna Settlement Day"."""
    # The words joined to the span by single spaces, nearest first on each side.
    before = list(_PLACE_WORD.finditer(text, max(0, start - 30), start))
    left = _joined_words(reversed(before), start)
    right = _joined_words(_PLACE_WORD.finditer(text, end, end + 30), end)
    core = text[start:end]
    for i in range(len(left) + 1):
        for j in range(len(right) + 1):
            phrase = " ".join([*reversed(left[:i]), core, *right[:j]]).casefold()
            if phrase in FESTIVALS or (" " in phrase and phrase in COUNTRY_PHRASES):
                return True
            # A town of one word is a place only where a place goes ("born in Jacmel"): many
            # towns abroad share a name no list of names holds.
            if phrase in world_places() and (
                " " in phrase
                or _ABROAD_BEFORE.search(text, max(0, start - 24), start)
                or _after_a_town_abroad(text, start)
            ):
                return True
    return False


# A council's or a force's service named by its area: "Brent housing", "Tower Hamlets CSC",
# "Harrow MASH", "Avon and Somerset Police", "Croydon children's services".
_WORD_AND_COMMA_BEFORE = re.compile(
    r"(?P<cue>\b(?:in|from|near)[ \t]+)?(?P<town>[A-Z][\w'’-]+),[ \t]+$"
)


def _after_a_town_abroad(text: str, start: int) -> bool:
    """A region after its town: "Mullingar, Westmeath", "in Mullingar, Westmeath"."""
    before = _WORD_AND_COMMA_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and (
        before.group("cue") is not None or before.group("town").casefold() in world_places()
    )


_LOCAL_SERVICE_AFTER = re.compile(
    r"[ \t]+(?:housing|council|social[ \t]+care|children['’]s[ \t]+services|police|"
    r"CSC|MASH|SEND|EH|YOT|YJS|CAIT|LADO|EDT|IRO|Housing|Council|Social[ \t]+Care|"
    r"Children['’]s[ \t]+(?:Services|Social[ \t]+Care)|Police|Constabulary|Early[ \t]+Help|"
    r"Youth[ \t]+(?:Justice|Offending)|Homes|Hub|Team|Safeguarding)\b"
)


def a_place_or_its_service(text: str, start: int, end: int) -> bool:
    """text[start:end] is a place in the UK of several words ("Tower Hamlets", "Avon and
    Somerset"), or one before its council's or police's service ("Brent housing"): no one."""
    folded = " ".join(text[start:end].split()).casefold()
    if folded not in uk_places():
        return False
    return " " in folded or _LOCAL_SERVICE_AFTER.match(text, end) is not None


def _joined_words(matches: Iterable[re.Match[str]], edge: int) -> list[str]:
    """The matched words, nearest the edge first, while each is one space from the last."""
    words = []
    for match in matches:
        before = match.end() <= edge
        gap = match.string[match.end() : edge] if before else match.string[edge : match.start()]
        if gap != " ":
            break
        words.append(match.group(0))
        edge = match.start() if before else match.end()
    return words


@functools.cache
def chain_names() -> frozenset[str]:
    """The shops and chains of data/chains.txt that are one word, casefolded ("greggs",
    "morrisons"): named alone they are the shop, not a person."""
    lines = (DATA / "chains.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(
        _fold(line.strip())
        for line in lines
        if line.strip() and line[0] != "#" and " " not in line.strip()
    )


@functools.cache
def chain_phrases() -> frozenset[str]:
    """Every shop and chain of data/chains.txt, casefolded."""
    lines = (DATA / "chains.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip() and line[0] != "#")


@functools.cache
def _words_of_long_places() -> frozenset[str]:
    """Every word of a listed place or shop of several words ("taf" of "Rhondda Cynon Taf",
    "king" of "Burger King")."""
    return frozenset(
        w.replace("’", "'")
        for place in uk_places() | chain_phrases() | titles()
        if " " in place
        for w in place.split()
    )


_PLACE_TOKEN = re.compile(r"[A-Z][\w'’-]*|of|and|upon|on|the|y|yr|an")


@functools.cache
def titles() -> frozenset[str]:
    """The programmes, films, games and teams of data/titles.txt, casefolded ("tom and jerry")."""
    lines = (DATA / "titles.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().replace("’", "'").casefold()
        for line in lines
        if line.strip() and line[0] != "#"
    )


@functools.cache
def _places_and_shops() -> frozenset[str]:
    return uk_places() | chain_phrases() | titles()


def part_of_longer_name(text: str, start: int, end: int) -> bool:
    """text[start:end] is part of (or the whole of) a listed place's or shop's name of several
    words: "Lynn" of "King's Lynn", "Taf" of "Rhondda Cynon Taf", "Nando" of "Nando's", "King"
    of "Burger King", "Wisbech St Mary"."""
    value = text[start:end].replace("’", "'")
    if text[end : end + 2].replace("’", "'") == "'s" and not value.endswith("'s"):
        value, end = f"{value}'s", end + 2  # the possessive goes with the word: "Nando's"
    names = _places_and_shops()
    if value.casefold() in names and (" " in value.strip() or "'" in value):
        return True
    if not any(w.casefold() in _words_of_long_places() for w in value.split()):
        return False
    # The words around the span, up to three each side, joined by spaces only.
    before = list(re.finditer(r"(\S+)\s+", text[max(0, start - 60) : start]))[-3:]
    after = list(re.finditer(r"\s+(\S+)", text[end : end + 60]))[:3]
    left = [m.group(1).replace("’", "'") for m in before]
    right = [re.sub(r"[,.;:)]+$", "", m.group(1)).replace("’", "'") for m in after]
    for i in range(len(left) + 1):
        for j in range(len(right) + 1):
            words = [*left[len(left) - i :], *value.split(), *right[:j]]
            if (
                (i or j)
                and all(_PLACE_TOKEN.fullmatch(w) for w in words)
                and " ".join(words).casefold() in names
            ):
                return True
    return False


# Where a place goes: "moved from Preston", "a flat in Kent".
_IN_PLACE = re.compile(r"\b(?:in|from|near|around|outside|across|via|towards|into)\s+$")
# Where a town abroad goes: a place cue, or going, returning or a visit there ("returned to
# Aden", "visited Karbala"); the word is in no list of names, so a looser cue is safe.
_ABROAD_BEFORE = re.compile(
    r"\b(?:in|from|near|around|outside|across|via|towards|into|visited|visiting|visit|visits|and|"
    r"(?:go|goes|going|gone|went|back|return|returns|returned|returning|moved|moving|travelled|"
    r"travelling|flew|fly|flying|trip|holiday|journey|deported|removed)\s+to)\s+$"
)


# …or where someone goes to live or is placed: "came to Bournemouth in 2017", "moving to Barry
# or Penarth", "placed with Kent" (its council); and before a town's institution in small
# letters: "Lincoln college", "Coventry hospital".
_MOVED_TO = re.compile(
    r"\b(?:(?:move|moves|moved|moving|came|come|comes|coming|relocate|relocated|relocating|"
    r"transfer|transferred|rehoused|returned|returning)[ \t]+(?:back[ \t]+)?to|placed[ \t]+"
    r"(?:with|by))[ \t]+$"
)
_TOWN_INSTITUTION_AFTER = re.compile(
    r"[ \t]+(?:college|hospital|council|university|uni|prison|crown\s+court|magistrates|"
    r"station|services|area)\b"
)


# …or joined to another place ("Coventry and Warwickshire Partnership Trust"), or last after a
# building's or a street's name or a lower-case word ("Harbourside Hotel, Poole.", "Multi-agency
# operation, Wisbech."; not a list of surnames: "Present: Hall, Poole.").
_AND_PLACE_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+(?P<place>[A-Z][a-z]+)")
_TOWN_LAST_BEFORE = re.compile(
    r"(?:\b[a-z]{3,}|\b(?:Hotel|Road|Street|Lane|Avenue|Centre|Estate|Park|House|Court|Close|"
    r"Drive|Way|Hospital|School|Station|Academy|Surgery))[ \t]*,[ \t]*$"
)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;]|$)")


def place_here(text: str, start: int, folded: str) -> bool:
    """The word `folded` at `start` is a UK place standing where a place goes."""
    if folded not in uk_places():
        return False
    end = start + len(folded)
    after = _AND_PLACE_AFTER.match(text, end)
    return (
        _IN_PLACE.search(text, max(0, start - 12), start) is not None
        or (after is not None and after.group("place").casefold() in uk_places())
        or (
            _TOWN_LAST_BEFORE.search(text, max(0, start - 20), start) is not None
            and _CLAUSE_END.match(text, end) is not None
        )
        or (
            _MOVED_TO.search(text, max(0, start - 30), start) is not None
            and text[end : end + 2] not in ("'s", "’s")
        )
        or _TOWN_INSTITUTION_AFTER.match(text, end) is not None
    )


def _not_a_place_name(text: str, start: int, end: int, words: list[str], folded: list[str]) -> bool:
    """Towns and counties: "Slough", "Devon and Cornwall", "in Preston" (a town that is also a
    first name only where a place goes)."""
    places = uk_places()
    if (
        len(folded) > 1
        and (
            " ".join(folded) in places
            # A place and words no list of names knows: "Rhondda Fawr", "Staithes Beck".
            or (
                folded[0] in places
                and not is_first_name(words[0])
                and not any(is_known_name(w) for w in words[1:])
            )
        )
    ):
        return True
    if not any(f in places for f in folded) or not all(
        f in places or f in ("and", "&") for f in folded
    ):
        return False
    if any(is_first_name(w) for w in words) and len(folded) == 1:
        # "Devon and Cornwall", "Kent and Medway": two places joined.
        after = re.match(r"\s+(?:and|&)\s+([A-Z][a-z]+)", text[end : end + 30])
        before = re.search(r"([A-Z][a-z]+)\s+(?:and|&)\s+$", text[max(0, start - 30) : start])
        return (
            place_here(text, start, folded[0])
            or (after is not None and after.group(1).casefold() in places)
            or (before is not None and before.group(1).casefold() in places)
        )
    return True


def _not_a_name(words: list[str], folded: list[str]) -> bool:
    # Ethnicity terms joined: "White and Black Caribbean", "Any Other White Background".
    if any(f in ETHNICITY for f in folded) and all(
        f in ETHNICITY or f in _ETHNICITY_JOINS for f in folded
    ):
        return True
    # Welsh words: "Hafan", "Diolch", "Hafan Cymru", "Ty Gwyn", "Ysgol" (not "Ty Smith").
    if len(words) == 1 and folded[0] in WELSH_WORDS and not is_first_name(words[0]):
        return True
    if len(words) > 1 and (
        all(f in WELSH_WORDS for f in folded)
        or (
            folded[0] in _WELSH_HEADS
            and all(
                f in WELSH_WORDS or f in _WELSH_AFTER_HEAD or not is_known_name(w)
                for f, w in zip(folded[1:], words[1:], strict=True)
            )
        )
    ):
        return True
    # A shop named alone: "the Spar", "Greggs".
    if len(words) == 1 and folded[0] in chain_names() and not is_first_name(words[0]):
        return True
    # A county: "Carmarthenshire", "Berkshire".
    if len(words) == 1 and folded[0].endswith("shire") and len(folded[0]) > 7:
        return True
    # A medicine or a condition that no list of names knows.
    if (
        len(words) == 1
        and _MEDICAL_END.search(folded[0])
        and not is_known_name(words[0])
        and len(folded[0]) > 5
    ) or (len(words) == 1 and folded[0] in _MEDICINES):
        return True
    # A term whose last word is an ordinary English word and no word a first name ("Tenancy
    # Support", "Elective Home Education", "Conclusive Grounds", "Southwark Judgement"); a
    # surname that is a word ("Grace Field", "Tom Price") has a first name or is listed.
    last = words[-1]
    return (
        len(words) >= 2
        and zipf(folded[-1]) >= 3.5
        and not is_known_name(last)
        and not any(is_first_name(w) for w in words)
    )


# --- propagation: the parts of a found place that name it again later ------------------------

# A Welsh institution names its kind first: "Ysgol Bro Dinefwr" … "Bro Dinefwr".
_WELSH_KIND_FIRST = re.compile(r"^(?:Ysgol|Meddygfa|Canolfan|Ysbyty)\s+(?P<name>.+)$")
# The kind words at the end of a named school, nursery, practice or project.
_KIND_END = re.compile(
    r"\s+(?:(?:Infant|Junior|Nursery|Primary|First|Secondary|Senior|High|Grammar|Community|"
    r"Special|Day|Village|Medical|Health|Children['’]s|Family|Youth|C\.?\s?of\s?E\.?|CE|RC|"
    r"Catholic|and|&)\s+)*"
    r"(?:School|Academy|Nursery|Pre-?[Ss]chool|Surgery|Practice|Clinic|Project|Club|"
    r"Playgroup|Infants|Juniors)$"
)
# A named home at the head of an address: "Ty Gwyn, Heol y Bryn", "Flat 3, Unity House",
# "The Old Dairy, Mill Lane".
_HOME_PART = re.compile(
    r"^(?:The\s+\S.*|(?:Ty|Tŷ|Plas|Bryn|Hafan)\s+\S.*|.*\s(?:House|Court|Lodge|Tower|Mansions|"
    r"Cottage|Farm|Farmhouse|Barn|Bungalow|Grange|Manor|Dairy|Mill|Forge|Hall|Buildings|Flats))$"
)
_FARM_OR_COTTAGE = re.compile(r"^(?P<name>\S+)\s+(?:Farm|Farmhouse|Cottage|Bungalow|Grange)$")


def _rare_proper_word(word: str) -> bool:
    """A word no English or name list knows ("Martenscroft", "Penlan"): named once as a
    school or a farm, it names the same place alone later."""
    return (
        len(word) >= 4
        and word[:1].isupper()
        and word[1:].islower()
        and zipf(word) == 0
        and not is_known_name(word)
        and not word.casefold().endswith("shire")
    )


_STREET_WORD_END = re.compile(r"\b(?:" + STREET_SUFFIXES + r")\.?$")
_NUMBERED_STREET = re.compile(
    r"(?:(?i:flat|room|apartment)\s+\w+,?\s+)?\d{1,4}[A-Za-z]?,?\s+"
    r"(?P<street>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\.?"
)


_EVERY_TOWNS_NAMES = (
    "high main church station london park victoria manor new mill school green queen's queens "
    "king's kings albert north south east west bridge market chapel castle"
)
_EVERY_TOWNS_STREETS = frozenset(
    f"{name} {kind}"
    for name in _EVERY_TOWNS_NAMES.split()
    for kind in ("street", "road", "lane", "avenue", "way", "close", "terrace", "hill")
)


def place_strings(value: str, label: str) -> list[str]:
    """Shorter strings that name the same organisation or home as `value` later in a review:
    a school's name without its kind words when it is one rare word ("Martenscroft Nursery
    School" … "Martenscroft") or a Welsh one ("Ysgol Bro Dinefwr" … "Bro Dinefwr"); a named home
    at the head of an address ("Flat 3, Unity House, Bradford Road" … "Unity House"), or its
    name alone when it is a rare word ("Penlan Farm" … "Penlan")."""
    out = []
    if label == "ORGANISATION":
        welsh = _WELSH_KIND_FIRST.match(value)
        if welsh is not None:
            out.append(welsh.group("name"))
        kind = _KIND_END.search(value)
        if kind is not None:
            stem = value[: kind.start()].strip()
            if " " not in stem and _rare_proper_word(stem):
                out.append(stem)
    elif label == "ADDRESS":
        parts = [p.strip() for p in value.split(",")]
        for part in parts[:2] if len(parts) > 1 else []:
            if not any(ch.isdigit() for ch in part) and " " in part and _HOME_PART.match(part):
                out.append(part)
        # The street of a numbered home, when its name has no street word (a street with one
        # is found by the rules where a home is: "lives on Larch Close"): "27 Crab Marsh" …
        # "took her home to Crab Marsh".
        # The street of a numbered home: "27 Crab Marsh" … "took her home to Crab Marsh", and
        # with a street word, "14 Stonard Crescent" … "must not enter Stonard Crescent" (not a
        # name every town has, "High Street", which a report uses for other places too).
        street = _NUMBERED_STREET.fullmatch(parts[0])
        if street is not None and street.group("street").casefold() not in _EVERY_TOWNS_STREETS:
            out.append(street.group("street"))
        for part in parts:
            farm = _FARM_OR_COTTAGE.match(part)
            if farm is not None and _rare_proper_word(farm.group("name")):
                out.append(farm.group("name"))
    return out


# Where a town or a district goes: "grew up in Ossett", "near Langley".
_TOWN_BEFORE = re.compile(r"\b(?:in|near|outside|around|across|towards|of)\s+$")
# A district's name as a word before a noun: "the Southcote estate", "the Harborne training".
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?:estate|area|district|ward|training|community|neighbourhood|town|village|branch|"
    r"office|road|side|end)\b"
)
# The next word of a longer name ("Riccall Road"), not a role after a school's name
# ("Kingsmead SENCO").
_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def town_here(text: str, start: int, end: int) -> bool:
    """A one-word place name at text[start:end] stands where a town's or a district's name goes
    ("grew up in Ossett", "the Southcote estate") or is part of a longer name ("Riccall
    Road")."""
    before = text[max(0, start - 12) : start]
    return (
        _TOWN_BEFORE.search(before) is not None
        or (_THE_BEFORE.search(before) is not None and _NOUN_AFTER.match(text, end) is not None)
        or _NAME_WORD_AFTER.match(text, end) is not None
        or _AFTER_ADDRESS.search(text, max(0, start - 20), start) is not None
    )
