"""Rule-based recognisers for the personal data a case review holds that a general-purpose
detector misses or over-reports: UK identifiers with their check rules (NHS number modulus 11,
National Insurance number prefix rules, postcode format), UK phone numbers, e-mail addresses,
dates of birth told apart from the ordinary dates of events, street addresses and named
schools, GP practices and hospitals.

Each function takes the text and yields `Span`s with character offsets into it. The functions
are plain Python (fast, testable alone); `engine.py` wraps them as a Presidio recogniser."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

LABELS = (
    "PERSON",
    "DATE_OF_BIRTH",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "NHS_NUMBER",
    "NI_NUMBER",
    "ORGANISATION",
    "OTHER",
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    source: str  # which recogniser: "register", "identifier", "ner", "context", "propagated"
    score: float = 1.0
    person_key: str = ""  # the register person, for register matches

    @property
    def length(self) -> int:
        return self.end - self.start


# --- NHS number --------------------------------------------------------------------------

_NHS = re.compile(r"(?<![\w/.-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\w/]|\.\d|-\d)")
_NHS_CONTEXT = re.compile(r"\bNHS\b|\bnhs\s*(?:no|number)", re.IGNORECASE)


def nhs_number_valid(digits: str) -> bool:
    """Modulus 11: weights 10..2 on the first nine digits; 11 − (sum mod 11) is the check digit
    (11 counts as 0; 10 means the number cannot be valid)."""
    digits = re.sub(r"\D", "", digits)
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def find_nhs_numbers(text: str) -> Iterator[Span]:
    for match in _NHS.finditer(text):
        if not nhs_number_valid(match.group(0)):
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        # A valid number that starts with 0 and has no NHS context is more likely a phone number.
        if match.group(0).startswith("0") and not _NHS_CONTEXT.search(before):
            continue
        score = 1.0 if _NHS_CONTEXT.search(before) else 0.85
        yield Span(match.start(), match.end(), "NHS_NUMBER", "identifier", score)


# --- National Insurance number ------------------------------------------------------------

_NINO = re.compile(
    r"\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\s?(\d{2})\s?(\d{2})\s?(\d{2})\s?([A-D])\b",
    re.IGNORECASE,
)
_NINO_BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_number_valid(value: str) -> bool:
    """HMRC's format rules: two prefix letters (first not D F I Q U V; second not D F I O Q U V;
    BG GB KN NK NT TN ZZ never allocated), six digits, suffix A–D."""
    compact = re.sub(r"\s", "", value).upper()
    match = _NINO.fullmatch(compact)
    return match is not None and match.group(1) not in _NINO_BAD_PREFIXES


_NI_CONTEXT = re.compile(r"\bNI\b|national\s+insurance|\bnino\b", re.IGNORECASE)


def find_ni_numbers(text: str) -> Iterator[Span]:
    """NI numbers in capitals; written in lower case only after "NI" or "National Insurance"."""
    for match in _NINO.finditer(text):
        value = match.group(0)
        if not ni_number_valid(value):
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        if value[:2].isupper() or (value.islower() and _NI_CONTEXT.search(before)):
            yield Span(match.start(), match.end(), "NI_NUMBER", "identifier")


# --- Postcode -----------------------------------------------------------------------------

_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRV-Y\d]?)"
    r" ?\d[ABD-HJLNP-UW-Z]{2})\b"
)


_POSTCODE_ANY_CASE = re.compile(_POSTCODE.pattern, re.IGNORECASE)
# The postcode's shape without the letter rules (an invented or mistyped code, "RG4 8CK"), the
# halves apart by more than one space or a line break (a letter's address block).
_POSTCODE_SHAPE = re.compile(
    r"(?<![\w/.-])(?P<out>[A-Z]{1,2}\d[A-Z\d]?)(?:[ \t]{0,3}|[ \t]*\n[ \t]*)"
    r"(?P<in>\d[A-Z]{2})(?![\w/-])",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)", re.IGNORECASE)


def find_postcodes(text: str) -> Iterator[Span]:
    """UK postcodes in capitals, in lower case ("rg1 7sb", "rg189ey") or with a capital only at
    the start ("Rg2 0hb"), with one space, none, or odd spacing between the halves ("RG26  5QX",
    the halves on two lines). A code that breaks the letter rules ("RG4 8CK") counts in capitals
    only; "3rd" never ends one."""
    for match in _POSTCODE_SHAPE.finditer(text):
        value = match.group(0)
        compact = match.group("out") + " " + match.group("in")
        letters = re.sub(r"[^A-Za-z]", "", compact)
        if not (letters.isupper() or letters.islower() or letters[1:].islower()):
            continue
        strict = _POSTCODE_ANY_CASE.fullmatch(compact) is not None
        if not strict and _ORDINAL.fullmatch(match.group("in")):
            continue
        if not strict and not letters.isupper():
            continue
        if not strict and not value.isupper():
            continue
        yield Span(match.start(), match.end(), "POSTCODE", "identifier")


# --- Phone --------------------------------------------------------------------------------

_PHONE_SHAPE = re.compile(
    r"(?<![\w+])(?:(?:\+44|0044)\s?(?:\(0\)\s?)?|\(?0)[1-37-9][\d() -]{7,14}\d(?!\w)"
)


def _phone_digits_ok(raw: str) -> bool:
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("0044"):
        digits = "0" + digits[4:]
    elif digits.startswith("440"):
        digits = "0" + digits[3:]
    elif digits.startswith("44"):
        digits = "0" + digits[2:]
    if not digits.startswith("0") or len(digits) not in (10, 11):
        return False
    if digits.startswith("07"):
        return len(digits) == 11
    return digits[1] in "1238"


def find_phone_numbers(text: str) -> Iterator[Span]:
    for match in _PHONE_SHAPE.finditer(text):
        raw = match.group(0)
        if raw.count("(") != raw.count(")"):
            raw_stripped = raw.lstrip("(")
            start = match.start() + (len(raw) - len(raw_stripped))
        else:
            raw_stripped, start = raw, match.start()
        raw_stripped = raw_stripped.rstrip(" -")
        if _phone_digits_ok(raw_stripped) and not nhs_like_in_context(text, start):
            yield Span(start, start + len(raw_stripped), "PHONE", "identifier", 0.95)


def nhs_like_in_context(text: str, start: int) -> bool:
    return bool(_NHS_CONTEXT.search(text[max(0, start - 25) : start]))


# --- E-mail -------------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
)


def find_emails(text: str) -> Iterator[Span]:
    for match in _EMAIL.finditer(text):
        yield Span(match.start(), match.end(), "EMAIL", "identifier")


# --- Dates of birth -------------------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{4}})"
)
_DOB = re.compile(
    r"(?:\bD\.?\s?O\.?\s?B\b\.?|\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bb\.(?=\s*\d)"
    r"|\b(?:her|his|their|\w+['’]s)\s+birth\b(?:[^.;\n]{0,40}?\b(?:on|in|was)\b)?"
    r"|\bborn\b(?:[^.,;\n]{0,60}?\b(?:on|in)\b)?)"
    r"(?:\s*\((?i:claimed|estimated|est\.?|approx\.?|given|disputed|assessed)\))?"
    rf"\s*(?:[:=–—-]|is|was|of)?\s*\(?\s*(?P<date>{DATE})",
    re.IGNORECASE,
)


_FULL_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}})"
)
# "gave birth to a boy, Luca, on 26/02/2023"
_GAVE_BIRTH = re.compile(
    rf"\bgave\s+birth\b[^.;\n]{{0,50}}?\b(?:on|in)\s+(?P<date>{DATE})", re.IGNORECASE
)
# "Victim: Senait (03/03/1988)", "Re: Denisa (30.08.2016) and Ionuț (12.05.2019)": a full date
# in brackets right after a name.
_NAME_THEN_DATE = re.compile(
    rf"(?P<word>[^\W\d_][\w'’-]*)\s*\(\s*(?:b\.\s*|born\s+)?(?P<date>{_FULL_DATE})\s*\)"
)
# A letter's reference line: "Re: Johnny Ward, 09/03/2014", "RE: AMINA (DOB 1/2/2015)".
_REFERENCE_DATE = re.compile(
    rf"(?m)\b(?:Re|RE|Subject|SUBJECT)\s*:\s*[^\n:]{{0,60}}?[A-Za-z][,\s]\s*"
    rf"(?P<date>{_FULL_DATE})(?![\w/])"
)


def find_dates_of_birth(text: str) -> Iterator[Span]:
    """A date in the context of a birth ("DOB 12/03/2015", "born on 4 June 2019", "date of birth:
    …", "(d.o.b. …)", "gave birth to a boy, Luca, on …"), a full date in brackets right after a
    name ("Senait (03/03/1988)") and a date on a letter's reference line beside a name ("Re:
    Johnny Ward, 09/03/2014"). Dates of events ("seen on 4 June 2019") are not personal data and
    stay."""
    from casewindow.anonymisation.detection.lexicon import is_known_name, zipf

    for match in _DOB.finditer(text):
        yield Span(match.start("date"), match.end("date"), "DATE_OF_BIRTH", "identifier")
    for match in _GAVE_BIRTH.finditer(text):
        yield Span(match.start("date"), match.end("date"), "DATE_OF_BIRTH", "identifier")
    for match in _NAME_THEN_DATE.finditer(text):
        word = re.sub(r"['’]s?$", "", match.group("word"))
        if not word[:1].isupper() or word.isupper():
            continue  # "the meeting (12/03/2021)", "MARAC (…)"
        if is_known_name(word) or zipf(word) < 3.5:
            yield Span(match.start("date"), match.end("date"), "DATE_OF_BIRTH", "identifier")
    for match in _REFERENCE_DATE.finditer(text):
        yield Span(match.start("date"), match.end("date"), "DATE_OF_BIRTH", "identifier")


# --- Addresses ------------------------------------------------------------------------------

STREET_SUFFIXES = (
    "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Court|Ct|Crescent|Cres|Place|Pl|Way|"
    "Gardens|Gdns|Grove|Terrace|Hill|Row|Walk|Mews|Square|Sq|Parade|Rise|View|Green|Park|"
    "Vale|Wharf|Yard|Boulevard|Chase|Croft|Fold|Gate|Meadows?|Heights|Hollow|End|Approach|"
    "Broadway|Copse|Dell|Glade|Leys|Paddocks?|Orchard|Nook|Side|Bank|Brow|Crest|Fields|Garth|"
    "Mount|Quay|Reach|Ride|Spinney|Wood|Circus|Embankment|Passage|Circle|Mead|Leas?|"
    "Downs|Holme|Knoll|Villas|Buildings|Cottages|Precinct|Promenade|Esplanade|Wynd|Brae|"
    "Range|Hey|Pend|Vennel|Moor|Pastures|Bottom|"
    # A block of flats: "6 Cedar House", "moved to Winchester House".
    "House|Lodge|Tower|Mansions"
)
_WORD = r"[A-Z][A-Za-z'’]*(?:-[A-Z][A-Za-z'’]*)?"
# The street word typed in lower case after a capitalised name ("4 Kennet walk", "118 London
# road", "37 Brunel house").
_LOWER_STREET_WORDS = (
    "street|road|avenue|lane|close|drive|court|crescent|place|way|gardens|grove|terrace|walk|"
    "mews|square|parade|rise|green|house|lodge"
)
_FLAT = r"\b(?i:flat|apartment|apt\.?|unit|room)\s+(?:\d+[A-Za-z]?(?:/\d+)?|[A-H]\b)"
_ADDRESS = re.compile(
    r"(?:" + _FLAT + r",?\s+(?:" + _WORD + r"\s+){0,3}"
    r"(?:House|Court|Tower|Lodge|Building|Mansions|Point)?,?\s*)?"
    r"(?<![/.\d-])\b\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?\s+(?:"
    + _WORD
    + r"\s+){1,3}(?:"
    + STREET_SUFFIXES
    + r"|"
    + _LOWER_STREET_WORDS
    + r")\b\.?"
    r"|" + _FLAT + r",?\s+(?:" + _WORD + r"\s+){1,3}"
    r"(?:House|Court|Tower|Lodge|Building|Mansions|Point)\b"
    # "Apartment 7, The Maltings", "Flat 3 Kennet Point"
    r"|" + _FLAT + r",?\s+(?:The\s+)?(?:" + _WORD + r"\s+){0,2}" + _WORD + r"(?=[,.;]|\s+[a-z(]|$)"
    # "5 The Paddocks", "12 The Green"
    r"|(?<![/.\d-])\b\d{1,4}[A-Za-z]?,?\s+The\s+(?:" + _WORD + r"\s+){0,2}"
    r"(?:" + STREET_SUFFIXES + r"|[A-Z][a-z]+s)\b"
)


# A Welsh street names its kind first: "Heol y Felin", "Ffordd Las", "Stryd Fawr", and so do
# its closes, courts, terraces and estates: "Maes yr Haf", "Clos y Cwm", "Llys Tywi".
_WELSH_STREET = (
    r"(?:Heol|Ffordd|Stryd|L[oô]n|Rhodfa|Maes|Clos|Cwrt|Llys|Teras|Rhes|Stad)"
    r"\s+(?:(?:y|yr|[A-Z][\w'’-]*)\s+){0,2}[A-Z][\w'’-]*"
)
_STREET = r"(?:(?:" + _WORD + r"\s+){1,3}(?:" + STREET_SUFFIXES + r")\b|" + _WELSH_STREET + r"\b)"
# A pitch on a site, a unit on an estate, a room in a hostel: "Pitch 4, Greenacres Traveller
# Site, Mere Lane", "Unit 3, Kennet Side Industrial Estate".
_SITE_WORDS = (
    r"(?:Site|Park|Estate|Camp|Marina|Hostel|Hotel|Farm|Yard|Centre|Refuge|Hospital|Unit|"
    r"Travelodge|Inn|Guest House|B&B)"
)
_SITE_ADDRESS = re.compile(
    r"\b(?i:pitch|plot|unit|bay|caravan|chalet|berth|mooring|room|flat|static|ward)\s+\d+[A-Za-z]?,?\s+"
    r"(?:(?:at|on|of|in)\s+)?(?:the\s+)?(?:(?:" + _WORD + r"\s+){1,4}"
    r"(?:" + _SITE_WORDS + r"|(?i:site|park|estate|camp|hostel|refuge))|Travelodge|Premier Inn)\b"
    r"(?:,\s+" + _STREET + r")?"
)
# A pitch or plot and the site's name, whatever it ends with: "bay 14 at Cottingley Springs".
_PITCH = re.compile(
    r"\b(?i:pitch|plot|bay|caravan|chalet|berth|mooring)\s+\d+[A-Za-z]?,?\s+"
    r"(?:(?:at|on|of|in)\s+)?(?:the\s+)?(?:" + _WORD + r"\s+){0,3}" + _WORD
)
# A named house on a street: "Rowan Cottage, Ashmore Green".
_NAMED_HOUSE = re.compile(
    r"\b(?:" + _WORD + r"\s+){1,2}(?:Cottage|Farm|Farmhouse|Lodge|Barn|Manor|Bungalow|Villa|"
    r"Grange|Mill|Rectory|Vicarage|Cottages|House|Court|Towers?|Point|Mansions|Buildings|Flats)"
    r"\b,?\s+" + _STREET
)
# A street where someone lives, without a number: "moved to her sister's flat on Cranbury
# Road", "lives with them at Shenstone Road". (A street named as where something happened, "a
# shop on Oxford Road", stays.)
_HOME_STREET = re.compile(
    r"(?<![Cc]are\s)(?<![Nn]ursing\s)\b(?i:lives?|living|lived|moved|moving|move|staying|stays|stayed|resides|resided|address|"
    r"flat|house|home|bedsit|room|placed|placement|caravan|trailer|site|pitch|tenancy|rented|"
    r"housed|rehoused|accommodation|hostel|sofa-surfing|slept|sleeping|nan['’]s|mum['’]s|"
    r"dad['’]s|aunt['’]s|friend['’]s|grandmother['’]s|sister['’]s|brother['’]s|cousin['’]s|"
    r"uncle['’]s|auntie['’]s|partner['’]s|boyfriend['’]s|girlfriend['’]s|father['’]s|"
    r"mother['’]s|grandparents['’]|returned|returning|went\s+back|property|household|"
    r"grew\s+up|sleeps|hosted|sofa|[A-Za-z]+['’]s\s+place|at\s+(?:hers|his|theirs))"
    r"(?![\w'’-])(?P<gap>[^.;:\n]{0,50}?)\b(?:on|at|in|to|from|as)\s+[\"“]?(?:the\s+)?"
    r"(?P<street>" + _STREET + r"|(?:" + _WORD + r"\s+){1,3}"
    r"(?:Site|Park|Estate|Camp|Marina|Hostel|Hotel|Farm|Yard|Refuge|Hall|Manor|Forge|Mill|"
    r"Granary|Stables|Barn|Cottage|Farmhouse|Bungalow|Villa|"
    r"site|hotel|hostel|refuge|camp|farm)\b)"
)


# Where someone went missing or was evicted from: "missing from Oakfield Road" (where a missing
# child was found, "found at Victoria Park", is a place, not an address).
_LEFT_STREET = re.compile(
    r"\b(?i:missing|absconded|ran\s+away|evicted|left)\b(?P<gap>[^.;:\n]{0,40}?)\b(?:from|to)\s+"
    r"(?:the\s+)?(?P<street>" + _STREET + r")"
)
# A street named as the home's: "at the Wensley Road flat", "her Cranbury Road address".
_STREET_HOME = re.compile(
    r"(?P<street>" + _STREET + r")(?=\s+(?i:flat|house|home|address|property|bedsit|tenancy|"
    r"maisonette|bungalow|caravan|hostel|refuge)\b)"
)
# A street typed in lower case where someone lives: "lives on cranbury road".
_LOWER_HOME_STREET = re.compile(
    r"\b(?i:lives?|living|lived|moved|staying|stays|stayed|resides|address)\b[^.;:\n]{0,30}?"
    r"\b(?:on|at|in|to)\s+(?P<street>(?P<words>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?)\s+"
    r"(?:road|street|lane|close|avenue|drive|way|crescent|gardens|grove|terrace))\b"
)
# What happened at a street, between the home word and it: "living … was seen on", "works at".
_EVENT_GAP = re.compile(
    r"\b(?i:found|seen|spotted|stopped|arrested|searched|works?|worked|working|shop|shops|store|"
    r"caf[eé]|pub)\b"
)


# An address typed in lower case ("14 larch close", "flat 2, 9 mill road").
_LOWER_SUFFIXES = (
    "street|road|avenue|lane|close|drive|court|crescent|place|way|gardens|grove|terrace|row|"
    "walk|mews|square|parade|rise|view|green|park|vale|chase|croft|gate|meadows?|heights|house|"
    "lodge"
)
_LOWER_ADDRESS = re.compile(
    r"(?:\bflat\s+\d+[a-z]?,?\s+)?(?<![/.\d-])\b\d{1,4}[a-z]?,?\s+"
    r"(?P<words>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?)\s+(?:" + _LOWER_SUFFIXES + r")\b"
)
_NOT_STREET_WORDS_TEXT = """the a an of down up along across to in on at by from over under doors
houses streets roads miles minutes hours mins yards metres times days weeks years old new main
back front side other next same"""
_NOT_STREET_WORDS = frozenset(_NOT_STREET_WORDS_TEXT.split())


# A named home on its own: "at Rose Cottage", "The Old Forge, Church Lane", a named children's
# home or hostel where someone lives ("missing from Willow Lodge children's home").
_HOME_NAME = re.compile(
    r"\b(?:" + _WORD + r"[ \t]+(?:of[ \t]+)?){1,2}(?:Cottage|Farmhouse|Bungalow|Barn|Rectory|"
    r"Vicarage|Grange|Farm)\b(?![ \t]+(?:[A-Z]|shop|park|school))"
)
# A pitch or plot by its number alone ("lives on Pitch 11", "Police attended pitch 6").
_LONE_PITCH = re.compile(r"\b(?:Pitch|Plot|Static|Chalet|pitch|plot)[ \t]+\d{1,3}[A-Za-z]?\b")
# A flat or room by its number alone: a flat is a home; a room is one where someone stays
# (a hostel, a hotel), not a meeting room.
_LONE_ROOM = re.compile(r"\b(?i:flat|room|bedsit)[ \t]+(?:no\.?[ \t]*)?\d{1,4}[A-Za-z]?\b")
_STAY_WORDS = re.compile(
    r"\b(?i:hostel|hotel|b&b|bed\s+and\s+breakfast|refuge|lives?|living|stay(?:s|ed|ing)?|"
    r"placed|moved|bedsit|accommodation|sleeps?|slept|lodgings?|temporary|family\s+in)\b"
)
# A number and a street's name without its kind word, where an address stands: before a town
# and a postcode ("112 Whalley Range, Blackburn BB1 6EE"), or after a home or visit word
# ("Family home: 112 Whalley Range", "visited 7 Wyndham Crescent").
_NUMBERED_NAME = re.compile(
    r"(?<![/.\d:-])\b\d{1,4}[A-Za-z]?,?[ \t]+(?P<words>(?:" + _WORD + r"[ \t]+){0,2}" + _WORD + r")"
)
_HOME_BEFORE_NUMBER = re.compile(
    r"(?:\b(?i:lives?|living|lived|staying|stays|stayed|moved|moving|visited|visit|address|home|"
    r"c/o|care\s+of|resides?|returned|attended|called\s+(?:at|to)|knocked\s+at)"
    r"(?:[ \t]+(?i:at|to|in|is|was))?[ \t]*[:–-]?[ \t]*)$"
)
_NOT_STREET_NAME = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|"
    r"week|day|month|hour|minute|time|page|para|section|item|point|child|adult|people|men|women|"
    r"boys|girls|am|pm|o['’]clock)"
)
# A letter's address block: the lines above a postcode (and its town) up to the addressee.
_BLOCK_STOP = re.compile(
    r"^\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\b|Dear\b|(?i:re|our\s+ref|your\s+ref|ref|date|to|"
    r"from|subject)\b\s*:?)"
)
_ADDRESS_CUE = re.compile(
    r"\d|\b(?:" + STREET_SUFFIXES + r"|Cottage|Farm|Farmhouse|Bungalow|Barn|Site|Estate|Hostel|"
    r"Hotel|Pitch|Plot|Unit|Flat|Room|Apartment|Caravan|Static|Heol|Ffordd|Stryd)\b",
    re.IGNORECASE,
)
# "The Old Forge, Church Lane" where someone lives (a home word shortly before it); "a meeting
# at The Oracle, Bridge Street" is a place, not an address.
_THE_HOUSE = re.compile(
    r"\b(?i:lives?|living|lived|moved|staying|stayed|placement|placed|address|home|resides)"
    r"\b[^.;:\n]{0,30}?\b(?P<house>The\s+(?:"
    + _WORD
    + r"\s+){0,2}"
    + _WORD
    + r",\s+"
    + _STREET
    + ")"
)
# "living at Rosedene, Bath Road", "stays with his dad at Hillcrest, Long Lane": a house's name
# and its street after a home word.
_NAMED_HOME = re.compile(
    r"(?:\b(?i:c/o|care\s+of|visited)\s+(?=[A-Z])|\b(?i:lives?|living|lived|moved|moving|staying|stays|stayed|placement|placed|address|"
    r"home|resides|returned|discharged|ran\s+away|hosted|sofa-surfing|visited|visit|visits|"
    r"called)"
    r"\b[^.;:\n]{0,40}?\b(?:at|to)\s+)(?P<house>(?:"
    + _WORD
    + r"\s+(?:(?:na|nan|an|y|yr)\s+)?){0,2}"
    + _WORD
    + r",\s+"
    + _STREET
    + ")"
)
# A numbered address typed in capitals (a letter's address block): "14 OAK ROAD".
_CAPITALS_ADDRESS = re.compile(
    r"(?<![/.\d-])\b\d{1,4}[A-Z]?,?\s+(?:[A-Z][A-Z'’-]+\s+){1,3}(?:ROAD|STREET|AVENUE|LANE|"
    r"CLOSE|DRIVE|COURT|CRESCENT|PLACE|WAY|GARDENS|GROVE|TERRACE|WALK|MEWS|SQUARE|PARADE|RISE|"
    r"GREEN|HILL|VIEW|PARK|HOUSE|LODGE|ROW)\b"
)
# A record's address field: "Address: 23 Fairview, Theale", "Home address: Rosedene".
_ADDRESS_FIELD = re.compile(
    r"\b(?i:address|addr|home\s+address|current\s+address)\s*[:–-]\s*"
    r"(?P<address>(?:\d{1,4}[A-Za-z]?,?\s+)?(?:" + _WORD + r"\s+){0,3}" + _WORD + r")\b(?!\d)"
)
_CARE_HOME = re.compile(
    r"\b(?:" + _WORD + r"\s+){1,3}(?i:children['’]s\s+home|care\s+home|residential\s+home|"
    r"hostel|refuge|supported\s+lodgings|foyer)\b(?:,\s+(?P<street>" + _STREET + "))?"
)


# A home by its name alone after "lives at" (one lives in a town, at a house): "lives at
# Rosedene with her nan", "staying at The Willows". Not a friend's home ("at Kelly's").
_HOME_AT = re.compile(
    r"\b(?i:lives?|living|lived|staying|stays|stayed|resides|resided|sleeps|sleeping|placed|"
    r"housed|pitch|plot|caravan|trailer|chalet|static)\b"
    r"(?:[ \t]+with[ \t]+[^.;:\n]{1,30}?)?[ \t]+at[ \t]+"
    r"(?P<house>(?:The[ \t]+)?[A-Z][a-z][\w-]*(?:[ \t]+[A-Z][a-z][\w-]*)?)(?![\w'’-])"
)


# A street of one word where someone lives: "a flat on Kingsway", "lives on Eastgate".
_ONE_WORD_STREET = re.compile(
    r"\b(?i:lives?|living|lived|staying|stays|stayed|flat|house|home|bedsit|maisonette|moved)\b"
    r"(?P<gap>[^.;:\n]{0,30}?)\bon[ \t]+(?P<street>[A-Z][a-z]+(?:way|gate))\b(?![ \t]+[A-Z])"
)


# The street words that end the names of districts and villages too ("Moss Side", "Wood
# Green", "Chalk Farm", "Tower Hill").
_DISTRICT_END = re.compile(
    r"\b(?:Side|Green|Park|Hill|End|Wood|Bank|Moor|Vale|Heath|Common|Bottom|Fields|Cross|Gate|"
    r"Brow|Downs|Heights|Mount|Hey|Holme|Leys?|Farm|Estate|Quay|Wharf|Bridge)$"
)
_INSTITUTION_END = re.compile(
    r"\b(?:Centre|Center|Surgery|School|Academy|College|Nursery|Hospital|Clinic|Library|Station|"
    r"Office|Offices|Church|Chapel|Mosque|Hall|Hub|Practice|Pharmacy|Shop|Store|Café|Cafe|"
    r"Pub|Inn|Club|Gym|Unit|Ward)$"
)
_DETERMINER = re.compile(
    r"(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My|Your|Same|Each|Every)\s+"
    r"(?i:children['’]s\s+home|care\s+home|residential\s+home|hostel|refuge|supported\s+"
    r"lodgings|foyer)\b"
)
_STREET_WORD_END = re.compile(r"\b(?:" + STREET_SUFFIXES + r")\b")


def _trimmed_address(text: str, span: Span) -> Span | None:
    """An address stops before a postcode inside it ("Plot 11, Smithy Lane Theale RG7 5AZ"
    written on one line) and, for a pitch or plot, after the site's street word (the town after
    it is not part of it)."""
    start, end = span.start, span.end
    # One line of a letter's address block at a time: the next line is another part of the
    # address, or the town.
    inside = text[start:end].strip()
    if "\n" in inside:
        begin = text.index(inside, start)
        start, end = begin, begin + inside.index("\n")
    # A named house right after a person's title and name is not part of the name: "Ms C
    # MacLeod Keeper's Cottage" (a letter's address block on one line).
    if _TITLE_BEFORE.search(text, max(0, start - 16), start):
        first = re.match(r"\S+\s+", text[start:end])
        if first is not None:
            start += first.end()
    # A determiner or possessive at the start is not part of a street's name ("Her Cranbury
    # Road address", "The Wensley Road flat").
    lead = re.match(r"(?:Her|His|Their|Our|My|Your|At|On|In)\s+(?=[A-Z\d])", text[start:end])
    the = re.fullmatch(r"The\s+(?=\S+\s+\S)" + _STREET, text[start:end])
    if lead is not None or the is not None:
        start += lead.end() if lead is not None else 4
    # A postcode that starts inside the span, even one running past its end ("Address: 14 Oak
    # Road RG1 2AB", where the words of the address took in "RG").
    postcode = _POSTCODE_ANY_CASE.search(text, start, min(len(text), end + 8))
    if postcode is not None and start < postcode.start() < end:
        end = postcode.start()
    word = re.match(r"(?i:pitch|plot|bay|caravan|chalet|berth|mooring)\b", text[span.start :])
    if word is not None:
        street = _STREET_WORD_END.search(text, span.start + word.end(), end)
        if street is not None:
            end = street.end()
        else:
            # "Pitch 4 Meadowside Reading": a last word shaped like a town's name is the town.
            last = re.search(r"\s+([A-Z][\w'’-]+)$", text[start:end])
            name_words = re.findall(r"\b[A-Z][\w'’-]+", text[start + word.end() : end])
            if (
                last is not None
                and len(name_words) >= 2
                and (_TOWN_SHAPE.search(last.group(1)) or last.group(1) in _TOWNS_THAT_ARE_WORDS)
            ):
                end = start + last.start()
    end = start + len(text[start:end].rstrip(" ,"))
    # The town between an address and its postcode is not part of it ("Bramley Common Site
    # Tadley RG26 5QX", a letter's address block on one line): cut after the last street, site
    # or building word when one or two capitalised words stand between it and the postcode.
    gap = re.match(r"[ \t,]*", text[end:])
    if gap is not None and _POSTCODE_SHAPE.match(text, end + gap.end()):
        kinds = list(_KIND_WORD.finditer(text, start, end))
        if kinds and re.fullmatch(r"(?:,?\s+[A-Z][\w'’-]+){1,2}", text[kinds[-1].end() : end]):
            end = kinds[-1].end()
    if end <= start or not re.search(r"[A-Za-z]", text[start:end]):
        return None
    return Span(start, end, span.label, span.source, span.score)


# The endings of English towns' names ("Woodley", "Thatcham", "Newbury", "Burghfield").
_TOWN_SHAPE = re.compile(
    r"..(?:ham|ley|leigh|ton|field|bury|borough|ford|worth|wick|combe|stead|hurst|shaw|thorpe|"
    r"mouth|minster|chester|cester|well|burn|bourne|sham|cott|stoke|hythe|mere|dale|thorne|"
    r"bridge|holme|wich|ington|ney|sey|ridge|don|by|ing)$"
)
_KIND_WORD = re.compile(
    r"\b(?:" + STREET_SUFFIXES + r"|Cottage|Farm|Farmhouse|Bungalow|Barn|Site|Estate|Hostel|"
    r"Hotel|Caravan Park|Park|Camp|Marina|Refuge|site|estate|hostel|park)\b|\b\d+[A-Za-z]?\b"
)
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:[A-Z]\.?\s+){0,2}$")


def find_addresses(text: str) -> Iterator[Span]:
    """Every address found by the rules below, a span inside a longer one left out."""
    best: dict[tuple[int, int], Span] = {}
    for found in _address_spans(text):
        span = _trimmed_address(text, found)
        if span is not None:
            best.setdefault((span.start, span.end), span)
    for (start, end), span in sorted(best.items()):
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in best):
            yield span


def _address_spans(text: str) -> Iterator[Span]:
    """A house or flat number followed by a named street ("14 Larch Close", "Flat 3, Rowan
    House"), a pitch or unit on a named site, a named house on a street, and a street named as
    where someone lives ("moved to a flat on Cranbury Road"). A street named without a number
    or a home ("a shop on Hope Street") is a place, not an address."""
    for match in _SITE_ADDRESS.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.9)
    for match in _PITCH.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.85)
    for match in _LOWER_ADDRESS.finditer(text):
        if not any(w in _NOT_STREET_WORDS for w in match.group("words").split()):
            yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.85)
    for match in _NAMED_HOUSE.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.9)
    for match in _HOME_NAME.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.85)
    for match in _NAMED_HOME.finditer(text):
        # "visited Brook Family Centre, Mill Road": a workplace, not a home.
        if _INSTITUTION_END.search(match.group("house").split(",")[0]):
            continue
        yield Span(match.start("house"), match.end("house"), "ADDRESS", "identifier", 0.85)
    for match in _CAPITALS_ADDRESS.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.85)
    for match in _ADDRESS_FIELD.finditer(text):
        words = match.group("address").split()
        gap = re.match(r"[ \t,]+", text[match.end() :])
        before_postcode = (
            gap is not None and _POSTCODE_ANY_CASE.match(text, match.end() + gap.end()) is not None
        )
        if words[0][0].isdigit() or len(words) > 1 or before_postcode:
            yield Span(match.start("address"), match.end("address"), "ADDRESS", "identifier", 0.8)
    for match in _THE_HOUSE.finditer(text):
        yield Span(match.start("house"), match.end("house"), "ADDRESS", "identifier", 0.85)
    for match in _CARE_HOME.finditer(text):
        if re.search(r"\bAid\b", match.group(0)):
            continue  # "a Women's Aid refuge": the charity, not where
        if _DETERMINER.match(match.group(0)):
            continue  # "The hostel is run by…": not named
        # A care home is where someone lives only when the sentence says so; otherwise it is a
        # named place (a workplace), found as an organisation.
        if re.search(
            r"(?i:(?:care|nursing|residential)\s+home)", match.group(0)
        ) and not _STAY_WORDS.search(_sentence(text, match.start(), match.end())):
            continue

        home_end = match.start("street") if match.group("street") else match.end()
        yield Span(
            match.start(),
            text.rindex(",", 0, home_end) if match.group("street") else home_end,
            "ADDRESS",
            "identifier",
            0.85,
        )
        if match.group("street"):
            yield Span(match.start("street"), match.end("street"), "ADDRESS", "identifier", 0.85)
    for match in [*_HOME_STREET.finditer(text), *_LEFT_STREET.finditer(text)]:
        street = match.group("street")
        if re.search(r"\b(?:Dr|St)$", street) or _EVENT_GAP.search(match.group("gap")):
            continue
        # "close to Prospect Park": beside a place, not at it.
        if re.search(
            r"\b(?:close|next|near|opposite|nearer|closer)\s+to\s+(?:the\s+)?$",
            text[max(0, match.start("street") - 20) : match.start("street")],
        ):
            continue
        # "on the Whitley Wood estate": a district, not an address.
        if re.match(r"\s+(?:estate|area|district|ward)\b", text[match.end() :]):
            continue
        # "lived in Moss Side", "grew up in Wood Green": a district (one lives on a road).
        if _DISTRICT_END.search(street) and re.search(
            r"\bin\s+(?:the\s+)?[\"“]?$",
            text[max(0, match.start("street") - 12) : match.start("street")],
        ):
            continue
        yield Span(match.start("street"), match.end("street"), "ADDRESS", "identifier", 0.85)
    for match in _ONE_WORD_STREET.finditer(text):
        if not _EVENT_GAP.search(match.group("gap")):
            yield Span(match.start("street"), match.end("street"), "ADDRESS", "identifier", 0.7)
    for match in _HOME_AT.finditer(text):
        words = match.group("house").split()
        if words[0] != "The" and (
            len(words) == 1 and (_common(words[0]) or _known_person_word(words[0]))
        ):
            continue
        if re.match(r"\s*['’]s\b", text[match.end() :]):
            continue
        yield Span(match.start("house"), match.end("house"), "ADDRESS", "identifier", 0.7)
    for match in _LONE_PITCH.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.8)
    for match in _LONE_ROOM.finditer(text):
        if match.group(0)[:1] in "Ff" or _STAY_WORDS.search(
            _sentence(text, match.start(), match.end())
        ):
            yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.75)
    for match in _NUMBERED_NAME.finditer(text):
        if _NOT_STREET_NAME.match(match.group("words")):
            continue
        # "visited 3 Schools": ordinary words, not a street's name.
        if not _STREET_WORD_END.search(match.group("words")) and all(
            _common(w) for w in match.group("words").split()
        ):
            continue
        after = re.match(r",?[ \t]+(?:[A-Z][\w'’-]+[ \t]+){0,2}?,?[ \t]*", text[match.end() :])
        before_postcode = (
            after is not None
            and bool(after.group(0).strip())
            and _POSTCODE_SHAPE.match(text, match.end() + after.end()) is not None
        )
        home = _HOME_BEFORE_NUMBER.search(text, max(0, match.start() - 40), match.start())
        if before_postcode or home:
            yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.75)
    yield from _address_block(text)
    for match in _STREET_HOME.finditer(text):
        if not re.search(r"\b(?:Dr|St)$", match.group("street")):
            yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.8)
    for match in _LOWER_HOME_STREET.finditer(text):
        if not any(w in _NOT_STREET_WORDS for w in match.group("words").split()):
            yield Span(match.start("street"), match.end("street"), "ADDRESS", "identifier", 0.75)
    for match in _ADDRESS.finditer(text):
        end = match.end()
        # "Dr" and "St" before a capitalised word are a title or a saint, not a street.
        if re.search(r"\b(?:Dr|St)\.?$", match.group(0)) and re.match(r"\s+[A-Z]", text[end:]):
            continue
        if text[end - 1] == ".":
            end -= 1
        yield Span(match.start(), end, "ADDRESS", "identifier", 0.9)


def _known_person_word(word: str) -> bool:
    from casewindow.anonymisation.detection.context import NOT_NAMES
    from casewindow.anonymisation.detection.lexicon import is_known_name

    return is_known_name(word) or word.casefold() in NOT_NAMES


def _common(word: str) -> bool:
    from casewindow.anonymisation.detection.lexicon import zipf

    return zipf(word.casefold().strip("'’")) >= 3.5


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around text[start:end]."""
    begin = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[begin : min(stops, default=len(text))]


def _address_block(text: str) -> Iterator[Span]:
    """The lines of a letter's address block: above a postcode that ends its line (and the town
    before it, on its line or the line above) up to the addressee or a blank line."""
    for postcode in find_postcodes(text):
        line_start = text.rfind("\n", 0, postcode.start) + 1
        rest = text[postcode.end : text.find("\n", postcode.end) % (len(text) + 1)]
        if rest.strip(" \t.,") or line_start == 0:
            continue
        town = text[line_start : postcode.start].strip(" \t,")
        if "," in town or any(ch.isdigit() for ch in town):
            continue  # an address written on one line: the other rules find it
        lines: list[tuple[int, str]] = []
        position = line_start - 1
        while position > 0 and len(lines) < 6:
            begin = text.rfind("\n", 0, position) + 1
            lines.append((begin, text[begin:position]))
            position = begin - 1
        if not town and lines and not _ADDRESS_CUE.search(lines[0][1]):
            lines.pop(0)  # the town on the line above the postcode
        block: list[tuple[int, str]] = []
        stopped = False
        for begin, line in lines:
            if not line.strip() or len(line) > 60 or ":" in line or _BLOCK_STOP.match(line):
                stopped = bool(line.strip())
                break
            block.append((begin, line))
        for index, (begin, line) in enumerate(block):
            topmost = index == len(block) - 1
            if topmost and not stopped and not _ADDRESS_CUE.search(line):
                continue  # maybe the addressee's name
            value = line.strip(" \t,")
            offset = begin + line.index(value) if value else begin
            if value and re.search(r"[A-Za-z]", value):
                yield Span(offset, offset + len(value), "ADDRESS", "identifier", 0.75)


# --- Named schools, GP practices, hospitals, nurseries -------------------------------------

ORG_KINDS = {
    "school": r"(?:Primary|Infant|Junior|Secondary|High|Grammar|Community|Special)?\s*School"
    r"|Academy|College|Sixth Form|University|Pupil Referral Unit|Learning Centre|Primary"
    r"|Infants|Juniors|Madrasa|Madrasah|Madrassa",
    "nursery": r"Nursery|Pre-?[Ss]chool|Playgroup|Children['’]s Centre|Day Nursery|Family Hub"
    r"|Family Centre|Youth Centre|Youth Club|Youth Hub|Community Hub",
    "GP practice": r"Surgery|Medical Centre|Medical Practice|Health Centre|Group Practice"
    r"|GP Practice|Medical Group|Family Practice|Health Practice|Clinic|Dental Practice",
    "hospital": r"Hospital|Infirmary",
    "pharmacy": r"Pharmacy|Chemists?",
    "care home": r"Care Home|Nursing Home|Residential Home|Hospice",
    "community place": r"Library|Leisure Centre|Community Centre|Sports Centre",
    "place of worship": r"Mosque|Masjid|Gurdwara|Mandir|Synagogue",
    # Kinds that ordinary phrases end with too ("Good Practice", "Children in Care Team",
    # "Supported Housing"): named only when a word before them is a proper name (see
    # _LOCAL_KINDS).
    "local body": r"Housing Association|Housing Co-operative|Housing Co-op|Housing Trust"
    r"|Housing|Association|Support Group|Law Centre|Advice Centre|Development Centre"
    r"|Boxing Club|Football Club|Club|Adventure Playground|Playground|Pantry|Food ?[Bb]ank"
    r"|Lettings|Team|Practice|Baby Bank|Project|Young Carers|Ltd|Limited|CIC|LLP",
}
_LOCAL_KINDS = frozenset({"local body"})
# National bodies are not a place that identifies anyone ("British Red Cross Association").
_NATIONAL_WORDS = frozenset(
    {"British", "National", "UK", "England", "English", "Government", "Royal", "Local"}
)
_GENERIC = {
    "The", "A", "An", "His", "Her", "Their", "Our", "Local", "Primary", "Secondary", "Infant",
    "Junior", "High", "New", "Same", "This", "That", "Mainstream", "Special", "Independent",
    "Community", "General", "District", "Children's", "Children’s", "Maternity", "Private",
    "Nursery", "Previous", "Current", "Other", "Family", "GP", "Each", "Every", "Some", "Which",
    "Day", "NHS", "Village", "Virtual", "Youth", "Hospital", "Later", "Then", "When", "After",
    "Before", "At", "In", "From", "To", "On", "By", "With", "Both", "All", "Since", "During",
    "While", "Today", "Attended", "Visited", "Following", "Also", "And", "But", "So",
    "Previously", "Currently", "Recently", "Nearby",
}  # fmt: skip
# A role before a place's name is not part of it: "SENCO Little Stars Pre-school", "DSL
# Kingsmead School".
_ROLE_ACRONYMS_TEXT = """SENCO SENDCO DSL DDSL SW HV GP FSW EH TAF CP CIN SALT OT EP LAC YOT PCSO
PC DC DS IRO ISVA IDVA CAMHS MASH DV SN EHA CSC LADO"""
_ROLE_ACRONYMS = frozenset(_ROLE_ACRONYMS_TEXT.split())
_ORG = re.compile(
    r"\b((?:(?:St\.?|Saint)\s+)?(?:" + _WORD + r"(?:['’]s)?\s+){1,4}"
    r"(?:(?:Infant|Junior|Nursery|Primary|First)\s+(?:and|&)\s+)?"
    r"(?:(?:C\.?\s?of\s?E\.?|CE|RC|CofE|Church of England|Catholic)\s+)?)"
    r"(" + "|".join(f"(?:{p})" for p in ORG_KINDS.values()) + r")\b"
)
# A local body's name may join words with "and": "West Berkshire Gypsy and Traveller Liaison
# Team" (a school's may not: "Pupil Premium and Free School Meals").
_LOCAL_ORG = re.compile(
    r"\b((?:" + _WORD + r"(?:['’]s)?\s+)(?:(?:" + _WORD + r"(?:['’]s)?|and|&)\s+){1,6})"
    r"(" + ORG_KINDS["local body"] + r")\b"
)


def org_kind(text: str) -> str:
    for kind, pattern in ORG_KINDS.items():
        if re.search(rf"(?:{pattern})\s*$", text):
            return kind
    return "organisation"


_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd)\.?")


def find_organisations(text: str) -> Iterator[Span]:
    """Named schools, nurseries, GP practices and hospitals: "Oakfield Primary School", "St
    Anne's Hospital", "Riverside Medical Centre". "The primary school" or "the GP surgery" are
    not named, and stay."""
    matches = list(_ORG.finditer(text))
    matches += [m for m in _LOCAL_ORG.finditer(text) if re.search(r"\s(?:and|&)\s", m.group(1))]
    for match in matches:
        tokens = list(re.finditer(r"\S+", match.group(1)))
        words = [t.group(0) for t in tokens]
        # Drop leading generic words ("The", "Her"); what is left must name the place.
        while words and (words[0] in _GENERIC or words[0].strip("(,:") in _ROLE_ACRONYMS):
            words.pop(0)
        # A title and a name before it are the person, not part of the place ("Dr Patel's
        # Surgery"): the place starts after them.
        if len(words) >= 2 and _TITLE.fullmatch(words[0]):
            del words[:2]
        while words and words[0] in ("and", "&"):
            words.pop(0)
        local = org_kind(match.group(2)) in _LOCAL_KINDS
        if not words or all(w in _GENERIC for w in words) or len(words) > 7:
            continue
        # "the Royal College", "National Health Service": a national body, not a place.
        if all(w in _GENERIC or w.strip("'’s") in _NATIONAL_WORDS for w in words):
            continue
        # "Fracture Clinic", "Paediatric Surgery", "Sexual Health Clinic": a hospital's
        # department or a kind of care, not a named place.
        if all(w.casefold().strip("'’") in _SPECIALTY or w in _GENERIC for w in words):
            continue
        proper = _proper_body(words)
        if local and (not proper or _NOT_BODY_AFTER.match(text, match.end())):
            continue
        # "Free School Meals", "Healthy Schools": a term, unless a proper name says a place.
        if not proper and _TERM_AFTER.match(text, match.end()):
            continue
        start = match.start(1) + tokens[len(tokens) - len(words)].start()
        yield Span(start, match.end(), "ORGANISATION", "identifier", 0.85)
    for match in _YSGOL.finditer(text):
        yield Span(match.start(), match.end(), "ORGANISATION", "identifier", 0.85)
    for match in _SCHOOL_BY_NAME.finditer(text):
        words = match.group("org").split()
        if _ORG_KIND_AFTER.match(text, match.end()) or not _proper_body(words):
            continue
        if any(w.isupper() for w in words):
            continue  # an acronym: a service ("MARAC"), not a school
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.75)
    for match in _ROYAL_HOSPITAL.finditer(text):
        if not _ROYAL_NOT_HOSPITAL.match(match.group("org").split()[1]):
            yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.8)
    for match in _SAINTS.finditer(text):
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.7)


# "Child Safeguarding Practice Review", "Discretionary Housing Payment": a term, not a body.
_NOT_BODY_AFTER = re.compile(
    r"\s+(?:Review|Reviews|Episode|Panel|Payment|Standards?|Guidance|Framework|Week|Forum|Board|"
    r"Meeting|Plan|Officer|Worker|Manager|Lead|Policy|Procedures?|Register|Benefit|Fund)\b"
)
_TERM_AFTER = re.compile(
    r"\s+(?:Meals|Run|Uniform|Places?|Admissions?|Attendance|Exclusions?|Reports?|Readiness|"
    r"Transport|Holidays?|Trips?|Nursing|Liaison|Improvement|Policy|Age|Term|Days?|Funding|"
    r"Entitlement|Offer|Grant|Vouchers?|Places?)\b"
)
# An agency's team is the agency, not a place ("Thames Valley Police Missing Persons Team").
_AGENCY_WORDS_TEXT = """police council county borough nhs trust foundation services service social
probation justice safeguarding children's childrens health government department ministry
authority hmrc dwp fostering adoption referral referrals access integrated duty intake assessment
exploitation disabled disability benefits offending welfare emergency admissions attendance
inclusion multi-agency mash leaving edge"""
_AGENCY_WORDS = frozenset(_AGENCY_WORDS_TEXT.split())
# A school named without its kind word where a pupil is: "on roll at Kingsmead", "excluded from
# Furze Platt", "Year 9 at St Bartholomew's".
_SCHOOL_BY_NAME = re.compile(
    r"\b(?:pupils?\s+at|on\s+(?:the\s+)?roll\s+(?:at|of)|enrolled\s+at|excluded\s+from|"
    r"(?:Year|year)\s+\d{1,2}\s+at|[Rr]eception\s+(?:class\s+)?at|started\s+school\s+at|"
    r"(?:moved|transferred)\s+schools?\s+to)\s+(?P<org>(?:St\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b"
)
_ORG_KIND_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]+\s+){0,3}?(?:" + "|".join(f"(?:{p})" for p in ORG_KINDS.values()) + r")\b"
)
# A hospital named without its kind word where a patient goes: "admitted to Royal Blackburn",
# "seen at the Royal Berks".
_ROYAL_HOSPITAL = re.compile(
    r"\b(?i:admitted|admission|transferred|taken|seen|attended|attendance|born|discharged|"
    r"ward|inpatient|conveyed|presented)\b[^.;\n]{0,25}?\b(?:to|at|in|from)\s+(?:the\s+)?"
    r"(?P<org>Royal(?:\s+[A-Z][\w'’-]+){1,2})\b"
)
_ROYAL_NOT_HOSPITAL = re.compile(
    r"(?:Mail|Navy|Air|Marines?|Society|College|Courts?|Borough|Mint|Family|Household|Albert|"
    r"Institution|Academy|Opera|Ballet|Air|Military|British|Legion|Engineers?|Logistic)$"
)
# A school or a hospital by its saint alone, where a child goes: "attends St Joseph's", "admitted
# to St Thomas'" (a town has no possessive: "St Albans"; "St Mary's church" is a church).
_SAINTS = re.compile(
    r"\b(?i:at|to|from|attends|attended|attending|joined|left)[ \t]+(?:the[ \t]+)?"
    r"(?P<org>St\.?[ \t]+[A-Z][a-z]+(?:['’]s|s['’]))(?![\w'’-])"
    r"(?![ \t]+(?:[A-Z]|church|chapel|cathedral|parish|road|street|hall))"
)
# A Welsh school, surgery, centre, hospital or nursery names its kind first: "Ysgol Gymraeg
# Aberystwyth", "Ysgol y Graig", "Meddygfa Teilo", "Canolfan Iechyd Llandeilo", "Ysbyty Glangwili".
_YSGOL = re.compile(
    r"\b(?:Ysgol|Meddygfa|Canolfan|Ysbyty|Cylch[ \t]+Meithrin|Meithrinfa)"
    r"(?:[ \t]+(?:y|yr|[A-Z][\w'’-]+)){1,3}\b"
)


def _proper_body(words: list[str]) -> bool:
    """A local body's name has a proper name in it ("Kennet Valley Housing Association",
    "Earley Family Support Team", "Furze Platt"): a word that is not an ordinary English word,
    and no word of a national body."""
    from casewindow.anonymisation.detection.lexicon import zipf
    from casewindow.anonymisation.detection.names import ETHNICITY

    if any(w.strip("'’s") in _NATIONAL_WORDS or w.casefold() in _AGENCY_WORDS for w in words):
        return False
    return any(
        w[:1].isupper()
        and (
            zipf(re.sub(r"['’]s$", "", w).casefold()) < 3.6
            or w in _TOWNS_THAT_ARE_WORDS
            or (_TOWN_NAME_END.search(w) is not None and zipf(w.casefold()) < 4.5)
            or (w.casefold() in ETHNICITY and w not in _NATIONAL_WORDS | _COLOURS)
        )
        for w in words
    )


_SPECIALTY_TEXT = """paediatric paediatrics pediatric fracture antenatal postnatal sexual
genitourinary gum
oral plastic cardiac orthopaedic eye ent audiology dermatology allergy asthma diabetes
epilepsy neurology outpatient outpatients urgent emergency maternity neonatal memory pain
gender identity weight management development developmental feeding sleep speech language
physiotherapy cleft burns trauma minor injuries injury walk-in drop-in baby child children
adolescent adult adults mental health treatment assessment therapy psychology psychiatric
substance misuse drug alcohol addiction contraception vaccination immunisation well
wellbeing family planning sexual-health termination early years"""
_SPECIALTY = frozenset(_SPECIALTY_TEXT.split())
# A well-known town whose name is common enough in print to pass for a word ("Canterbury",
# "Preston"): the endings English towns' names have and ordinary words rarely do.
_TOWN_NAME_END = re.compile(
    r"^[A-Z][a-z]{3,}(?:bury|borough|ham|ford|worth|wick|combe|stead|hurst|chester|cester|mouth|"
    r"minster|ton|field|shire)$"
)
_COLOURS = frozenset({"Black", "White", "Mixed", "Asian", "Other", "Any"})
# Towns whose names are ordinary English words ("Reading Refugee Support Group").
_TOWNS_THAT_ARE_WORDS = frozenset(
    {"Reading", "Bath", "Wells", "March", "Sale", "Deal", "Battle", "Ware", "Street", "Hove"}
)


RECOGNISERS = (
    find_nhs_numbers,
    find_ni_numbers,
    find_postcodes,
    find_phone_numbers,
    find_emails,
    find_dates_of_birth,
    find_addresses,
    find_organisations,
)


def find_identifiers(text: str) -> list[Span]:
    spans: list[Span] = []
    for recogniser in RECOGNISERS:
        spans.extend(recogniser(text))
    return spans
