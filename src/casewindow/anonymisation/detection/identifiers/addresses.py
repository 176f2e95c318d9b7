"""Where a person lives: street addresses, a street alone, flats in a block, pitches and plots on a
site, hostel rooms, named houses and farms, and the lines of a letter's address block."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from casewindow.anonymisation.detection.identifiers.address_blocks import address_block
from casewindow.anonymisation.detection.identifiers.address_parts import address_parts
from casewindow.anonymisation.detection.identifiers.postcodes import (
    POSTCODE_ANY_CASE,
    POSTCODE_SHAPE,
)
from casewindow.anonymisation.detection.identifiers.spans import Span
from casewindow.anonymisation.detection.identifiers.street_words import (
    DISTRICT_END,
    STREET_SUFFIXES,
    TOWNS_THAT_ARE_WORDS,
    WORD,
)

# --- Addresses ------------------------------------------------------------------------------

# The street word typed in lower case after a capitalised name ("4 Kennet walk", "118 London
# road", "37 Brunel house").
_LOWER_STREET_WORDS = (
    "street|road|avenue|lane|close|drive|court|crescent|place|way|gardens|grove|terrace|walk|"
    "mews|square|parade|rise|green|house|lodge"
)
_FLAT = r"\b(?i:flat|apartment|apt\.?|unit|room)\s+(?:\d+[A-Za-z]?(?:/\d+)?|[A-H]\b)"
_ADDRESS = re.compile(
    r"(?:" + _FLAT + r",?\s+(?:" + WORD + r"\s+){0,3}"
    r"(?:House|Court|Tower|Lodge|Building|Mansions|Point)?,?\s*)?"
    r"(?<![/.\d-])\b\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?\s+(?:"
    + WORD
    + r"\s+){1,3}(?:"
    + STREET_SUFFIXES
    + r"|"
    + _LOWER_STREET_WORDS
    + r")\b\.?"
    r"|" + _FLAT + r",?\s+(?:" + WORD + r"\s+){1,3}"
    r"(?:House|Court|Tower|Lodge|Building|Mansions|Point)\b"
    # "Apartment 7, The Maltings", "Flat 3 Kennet Point"
    r"|" + _FLAT + r",?\s+(?:The\s+)?(?:" + WORD + r"\s+){0,2}" + WORD + r"(?=[,.;]|\s+[a-z(]|$)"
    # "5 The Paddocks", "12 The Green"
    r"|(?<![/.\d-])\b\d{1,4}[A-Za-z]?,?\s+The\s+(?:" + WORD + r"\s+){0,2}"
    r"(?:" + STREET_SUFFIXES + r"|[A-Z][a-z]+s)\b"
)


# A Welsh street names its kind first: "Heol y Felin", "Ffordd Las", "Stryd Fawr", and so do
# its closes, courts, terraces and estates: "Maes yr Haf", "Clos y Cwm", "Llys Tywi".
_WELSH_STREET = (
    r"(?:Heol|Ffordd|Stryd|L[oô]n|Rhodfa|Maes|Clos|Cwrt|Llys|Teras|Rhes|Stad)"
    r"\s+(?:(?:y|yr|[A-Z][\w'’-]*)\s+){0,2}[A-Z][\w'’-]*"
)
_STREET = r"(?:(?:" + WORD + r"\s+){1,3}(?:" + STREET_SUFFIXES + r")\b|" + _WELSH_STREET + r"\b)"
# A pitch on a site, a unit on an estate, a room in a hostel: "Pitch 4, Greenacres Traveller
# Site, Mere Lane", "Unit 3, Kennet Side Industrial Estate".
_SITE_WORDS = (
    r"(?:Site|Park|Estate|Camp|Marina|Hostel|Hotel|Farm|Yard|Centre|Refuge|Hospital|Unit|"
    r"Travelodge|Inn|Guest House|B&B)"
)
_SITE_ADDRESS = re.compile(
    r"\b(?i:pitch|plot|unit|bay|caravan|chalet|berth|mooring|room|flat|static|ward)\s+\d+[A-Za-z]?,?\s+"
    r"(?:(?:at|on|of|in)\s+)?(?:the\s+)?(?:(?:" + WORD + r"\s+){1,4}"
    r"(?:" + _SITE_WORDS + r"|(?i:site|park|estate|camp|hostel|refuge))|Travelodge|Premier Inn)\b"
    r"(?:,\s+" + _STREET + r")?"
)
_WARD_VISITED = re.compile(r"\b(?i:on|to|at|from|onto|into|off)\s+$")
# A pitch or plot and the site's name, whatever it ends with: "bay 14 at Cottingley Springs".
_PITCH = re.compile(
    r"\b(?i:pitch|plot|bay|caravan|chalet|berth|mooring)\s+\d+[A-Za-z]?,?\s+"
    r"(?:(?:at|on|of|in)\s+)?(?:the\s+)?(?:" + WORD + r"\s+){0,3}" + WORD
)
# A named house on a street: "Rowan Cottage, Ashmore Green".
_NAMED_HOUSE = re.compile(
    r"\b(?:" + WORD + r"\s+){1,2}(?:Cottage|Farm|Farmhouse|Lodge|Barn|Manor|Bungalow|Villa|"
    r"Grange|Mill|Rectory|Vicarage|Cottages|House|Court|Towers?|Point|Mansions|Buildings|Flats)"
    r"\b,?\s+" + _STREET
)
# A street where someone lives, without a number: "moved to her sister's flat on Cranbury
# Road", "lives with them at Shenstone Road". (A street named as where something happened, "a
# shop on Oxford Road", stays.)
_HOME_STREET = re.compile(
    r"(?<![Cc]are\s)(?<![Nn]ursing\s)\b(?i:lives?|living|lived|moved|moving|move|stay|staying|stays|stayed|resides|resided|address|"
    r"flat|house|home|bedsit|room|placed|placement|caravan|trailer|site|pitch|tenancy|rented|"
    r"housed|rehoused|accommodation|hostel|sofa-surfing|slept|sleeping|nan['’]s|mum['’]s|"
    r"dad['’]s|aunt['’]s|friend['’]s|grandmother['’]s|sister['’]s|brother['’]s|cousin['’]s|"
    r"uncle['’]s|auntie['’]s|partner['’]s|boyfriend['’]s|girlfriend['’]s|father['’]s|"
    r"mother['’]s|grandparents['’]|returned|returning|went\s+back|property|household|"
    r"grew\s+up|sleeps|hosted|sofa|[A-Za-z]+['’]s\s+place|at\s+(?:hers|his|theirs|mine|ours)|"
    r"remain|remains|remained)"
    r"(?![\w'’-])(?P<gap>[^.;:\n]{0,50}?)\b(?:on|at|in|to|from|as)\s+[\"“]?(?:the\s+)?"
    r"(?P<street>" + _STREET + r"|(?:" + WORD + r"\s+){1,3}"
    r"(?:Site|Park|Estate|Camp|Marina|Hostel|Hotel|Farm|Yard|Refuge|Hall|Manor|Forge|Mill|"
    r"Granary|Stables|Barn|Cottage|Farmhouse|Bungalow|Villa|"
    r"site|hotel|hostel|refuge|camp|farm)\b)"
)


# Where someone went missing or was evicted from: "missing from Oakfield Road" (where a missing
# child was found, "found at Victoria Park", is a place, not an address).
_LEFT_STREET = re.compile(
    r"\b(?i:missing|absconded|ran\s+away|evicted|left)\b(?P<gap>[^.;:\n]{0,40}?)\b(?:from|to)\s+"
    r"(?:the\s+)?(?P<street>" + _STREET + r")"
    # …where a child was collected from or taken to, a street visited, a relative "of" a street:
    # "collected Faith from Eastgate Terrace", "I visited Westminster Street this morning",
    # "Maternal aunt Tsitsi Chikwanha, of Grove Lane".
    r"|\b(?i:collected|picked\s+up|dropped\s+off|dropped|took|taken|drove)"
    r"(?P<gap2>(?:[ \t]+(?:[A-Z][\w'’-]*|him|her|them|and|the[ \t]+(?:children|child|baby|boys|"
    r"girls))){1,3})[ \t]+(?:from|to)\s+(?P<street2>" + _STREET + r")"
    r"|\b(?i:visited)[ \t]+(?P<street3>" + _STREET + r")"
    r"|,[ \t]+of[ \t]+(?P<street4>" + _STREET + r")"
)
# A Welsh house by its name where someone goes or lives: "at Tŷ Gwyn, Cwmparc", "moved to Y
# Bwthyn", "Tad-cu's cottage, Tŷ Gwyn" (the name's first word says it is a house).
_WELSH_HOME = re.compile(
    r"(?:\b(?i:at|to|from|visited|cottage,|house,|home,|farm,)[ \t]+)"
    r"(?P<house>(?:Tŷ|Ty|Y[ \t]+Bwthyn|Bwthyn|Hafod|Llys|Plas|Hendre|Hen[ \t]+Dŷ)"
    r"(?:[ \t]+(?:[A-Z][\w'’-]+|y|yr|'r)){0,2})(?![\w'’-])"
)
# A street in apposition to the home: "held at the carers' home, Hadley Road, Barnet".
_HOME_COMMA_STREET = re.compile(
    r"\b(?i:home|house|flat|address|placement|caravan|bungalow)['’]?,[ \t]+"
    r"(?P<street>" + _STREET + r")"
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
back front side other next same their his her my our your its this that these those every each
any no one"""
_NOT_STREET_WORDS = frozenset(_NOT_STREET_WORDS_TEXT.split())


# A named home on its own: "at Rose Cottage", "The Old Forge, Church Lane", a named children's
# home or hostel where someone lives ("missing from Willow Lodge children's home").
_HOME_NAME = re.compile(
    r"\b(?:" + WORD + r"[ \t]+(?:of[ \t]+)?){1,2}(?:Cottages?|Farmhouse|Bungalow|Barn|Rectory|"
    r"Vicarage|Grange|Farm|Bothy|Coach House|Gatehouse|Granary|Smithy|Oast House|Almshouses)\b"
    r"(?![ \t]+(?:[A-Z]|shop|park|school))"
)
# …and the same with the town and the postcode after it, in a letter's address run together on
# one line: "Cherry Tree Farm Hermitage RG18 9TB", "Lower House Farm Purslow Craven Arms
# Shropshire SY7 0HP" (the town is not part of the home's name).
_HOME_NAME_BEFORE_POSTCODE = re.compile(
    r"\b(?:" + WORD + r"[ \t]+(?:of[ \t]+)?){1,2}(?:Cottages?|Farmhouse|Bungalow|Barn|Rectory|"
    r"Vicarage|Grange|Farm|Bothy|Coach House|Gatehouse|Granary|Smithy|Oast House|Almshouses|"
    r"House|Lodge|Hall|Manor|Mill)\b"
    r"(?![ \t]+(?:Shop|Park|School|Nursery|Surgery|Centre|Stores?|Caf[eé]|Kitchen|Industrial|"
    r"Business|Estate|Trading|Lane|Road))"
    r"(?=(?:[ \t]*,?[ \t]+[A-Z][\w'’-]*){1,4}[ \t]*,?[ \t]+"
    # (the postcode's pattern, in capitals: "rg18 9tb" is no letter's address)
     + POSTCODE_ANY_CASE.pattern + r")"
)
# A home of any name given as someone's address before the village or town and the postcode:
# "address Pantglas, Talgarreg, SA44 4RT", "lives at Ty Newydd, Llanarth, SA47 0NP" (the
# places after the first part are not part of the span).
_NAMED_HOME_AFTER_CUE = re.compile(
    r"\b(?i:address(?:ed)?|addr\.?|lives[ \t]+at|living[ \t]+at|resides[ \t]+at|"
    r"residing[ \t]+at|moved[ \t]+to|home[ \t]+is)[ \t]*:?[ \t]+"
    r"(?P<home>(?:" + WORD + r"[ \t]+){0,2}" + WORD + r")"
    r"(?=(?:[ \t]*,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}){1,3}[ \t]*,?[ \t]+"
    r"(?i:" + POSTCODE_SHAPE.pattern + r"))"
)
# A street without a number in a quick note written in small letters, where someone lives or
# is: "lives cedar road, sm2 5dz", "fuad's on gilpin street", "going to willow drove".
_LOWER_STREET = re.compile(
    r"(?<![\w'’-])(?:lives|living|stays|staying|moved|moving|going|is|s|on|at)[ \t]+"
    r"(?:to[ \t]+)?(?P<street>(?!(?:the|a|an|this|that|main|high|back|side|ring|dual|same|busy|"
    r"quiet|long|slip|one|other|new|old|bus|his|her|their|our|my|your|no|any|every)[ \t])"
    r"[a-z][a-z'’-]{2,}[ \t]+(?:road|street|lane|close|drive|avenue|drove|grove|crescent|"
    r"terrace|gardens|court|rise|way|walk|row|place|mews|square))(?![\w'’-])"
)


def _person_called_grange(found: str) -> bool:
    """A person whose surname is Grange, not a home: "HV Olivia Grange", "Olivia Grange (HV)"
    (a first name that is no ordinary word before it; "Rose Grange", "Oak Grange" are homes)."""
    from casewindow.anonymisation.detection.lexicon import is_first_name, is_word_name

    words = found.split()
    return (
        words[-1] == "Grange"
        and len(words) >= 2
        and is_first_name(words[-2])
        and not is_word_name(words[-2])
    )


def _in_small_letters(text: str, start: int, end: int) -> bool:
    """The words around text[start:end] are written all in small letters (a quick note)."""
    window = text[max(0, start - 50) : end + 50]
    return sum(ch.isupper() for ch in re.sub(r"\b[A-Z][A-Z0-9&]+\b", "", window)) <= 1


# A house number and a street of any name with its town and postcode after it, on one line: the
# postcode says the words before the town are the street, whatever they end with: "27 Crab
# Marsh, Wisbech PE13 3JQ", "26 Causewayhead, Penzance, TR18 2SP", "Room 4 17 Norfolk St
# Wisbech PE13 2LD" (the town and the postcode are not part of the span).
_MONTHS_AND_DAYS = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|"
    r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|Year|Years|Week|Weeks|Day|Days)\b"
)
_NUMBERED_BEFORE_POSTCODE = re.compile(
    r"(?:" + _FLAT + r",?[ \t]+)?(?<![/.\d:-])\b(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?,?[ \t]+"
    r"(?!" + _MONTHS_AND_DAYS + r")(?:" + WORD + r"[ \t]+){0,2}" + WORD + r"\.?"
    # (not cut before the street's own word: "7 Ashley House Hartshill Road Stoke ST4 7PS")
    r"(?![ \t]+(?:" + STREET_SUFFIXES + r"|House|Court|Lodge|Mansions)\b)"
    r"(?=(?:[ \t]*,?[ \t]+[A-Z][\w'’-]*){1,3}[ \t]*,?[ \t]+" + POSTCODE_ANY_CASE.pattern + r")"
)
# …and a street without a number before a postcode: "at Bibi Jaswinder's on Grove Lane, B66 2SE".
_STREET_BEFORE_POSTCODE = re.compile(
    r"(?<![\w'’-])(?:" + WORD + r"[ \t]+){1,2}(?:" + STREET_SUFFIXES + r")\b"
    r"(?=[ \t]*,?[ \t]+(?:[A-Z][\w'’-]*[ \t]*,?[ \t]+){0,2}" + POSTCODE_ANY_CASE.pattern + r")"
)
# A boat someone lives on, by its name, and its mooring: 'Boat "Kingfisher"', 'narrowboat
# "Bella", Kennet and Avon Canal moorings', "moored at Aldermaston Wharf".
_BOAT = re.compile(
    r"\b(?i:narrow[ \t-]?boat|boat|barge|houseboat)[ \t]+[\"“'‘](?:[A-Z][\w'’-]*[ \t]?){1,3}[\"”'’]"
    # …or after a comma or "called": "on a narrowboat, Morning Star, moored at…".
    r"|(?:(?<=[Nn]arrowboat)|(?<=[Hh]ouseboat)),?[ \t]+(?:(?:called|named)[ \t]+)?"
    r"(?P<boat>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?=,|[ \t]+(?i:moored|which|where))"
)
_MOORING = re.compile(
    r"(?:\b(?i:moored|mooring|moorings|lives\s+aboard)[ \t]+(?:at|on|in)[ \t]+(?:the[ \t]+)?)?"
    r"(?<![\w'’])(?P<place>(?:[A-Z][\w'’-]+[ \t]+(?:and[ \t]+)?){1,4}(?:Canal|Marina|Wharf|Basin"
    r"|Lock)(?:[ \t]+(?i:moorings?))?)\b"
    r"|\b(?i:moored|a[ \t]+mooring)[ \t]+(?:at|on|in)[ \t]+(?:the[ \t]+)?"
    r"(?P<mooring>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)
# A Welsh street (_WELSH_STREET) with the house's name or number before it when there is one:
# "Pen-y-Bryn, Heol y Graig", "4 Maes yr Haf".
_WELSH_STREET_ADDRESS = re.compile(
    r"(?:\b(?:\d{1,4}[A-Za-z]?,?|[A-Z][\w'’]*(?:-(?:y|yr|[A-Z][\w'’]*))+,?)[ \t]+)?\b"
    + _WELSH_STREET
)
# A lay-by named by its road, where a family has pulled in to stay: "at Bath Road lay-by".
_LAY_BY = re.compile(_STREET + r"[ \t]+(?i:lay-?by)\b")
# A block of flats by its letter and its building: "Block B, Cobden House", "Block C, Flat 41,
# Winchester House".
_BLOCK = re.compile(
    r"\bBlock[ \t]+[A-Z\d]{1,2},?[ \t]+(?:(?i:flat)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+)?"
    r"(?:" + WORD + r"[ \t]+){1,3}(?:House|Court|Tower|Towers|Mansions|Point|Buildings|Flats)\b"
)
# A pitch or plot by its number alone ("lives on Pitch 11", "Police attended pitch 6").
_LONE_PITCH = re.compile(r"\b(?:Pitch|Plot|Static|Chalet|pitch|plot)[ \t]+\d{1,3}[A-Za-z]?\b")
# A boat a family lives aboard, by its name: "nb Patience", "lives aboard Saltwater", "the
# narrowboat Kingfisher", "a berth at Cowroast Marina, Berth C14".
_BOAT_BY_NAME = re.compile(
    r"(?P<nb>\b(?:nb|NB|n\.b\.)[ \t]+[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)?)"
    r"|\b(?:aboard|narrow-?boat|widebeam|wide-beam)(?:[ \t]+the)?,?"
    r"[ \t]+[\"“]?(?P<name>[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)?)"
    r"|(?P<berth>\b(?:Berth|Mooring)[ \t]+[A-Z]?\d{1,3}[A-Za-z]?)\b"
)
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
    r"(?<![/.\d:-])\b\d{1,4}[A-Za-z]?,?[ \t]+(?P<words>(?:" + WORD + r"[ \t]+){0,2}" + WORD + r")"
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
# "The Old Forge, Church Lane" where someone lives (a home word shortly before it); "a meeting
# at The Oracle, Bridge Street" is a place, not an address.
_THE_HOUSE = re.compile(
    r"\b(?i:lives?|living|lived|moved|staying|stayed|placement|placed|address|home|resides)"
    r"\b[^.;:\n]{0,30}?\b(?P<house>The\s+(?:" + WORD + r"\s+){0,2}" + WORD + r",\s+" + _STREET + ")"
)
# "living at Rosedene, Bath Road", "stays with his dad at Hillcrest, Long Lane": a house's name
# and its street after a home word.
_NAMED_HOME = re.compile(
    r"(?:\b(?i:c/o|care\s+of|visited)\s+(?=[A-Z])|\b(?i:lives?|living|lived|moved|moving|staying|stays|stayed|placement|placed|address|"
    r"home|resides|returned|discharged|ran\s+away|hosted|sofa-surfing|visited|visit|visits|"
    r"called)"
    r"\b[^.;:\n]{0,40}?\b(?:at|to)\s+)(?P<house>(?:"
    + WORD
    + r"\s+(?:(?:na|nan|an|y|yr)\s+)?){0,2}"
    + WORD
    + r",\s+"
    + _STREET
    + ")"
)
# A house's name in quotes before its number and street, after a home word: 'lived alone at
# "Shanti Niwas", 5 Elmgrove Road' (the name alone; the street is found as any street is).
_QUOTED_HOME = re.compile(
    r"\b(?i:lives?|living|lived|moved|moving|staying|stays|stayed|address|home|resides)"
    r"\b[^.;:\n]{0,40}?\b(?:at|to)[ \t]+[\"“'‘](?P<house>(?:" + WORD + r"[ \t]+){0,2}" + WORD + r")"
    r"[\"”'’],[ \t]+(?:\d{1,4}[A-Za-z]?,?[ \t]+)?" + _STREET
)
# A housing estate where someone lives or stays: "sleeping at a friend's on the Bentilee
# estate", "a tied farm on the Walcot Estate" (a home word before it in the sentence).
_ESTATE = re.compile(
    r"\b(?i:lives?|living|lived|moved|moving|stay|stays|staying|stayed|sleeping|slept|home|flat|"
    r"house|farm|cottage|friend['’]s|resides|address|sofa-surfing|tenancy)\b[^.;:\n]{0,50}?"
    r"\b(?:on|at|in|to|from)\s+the\s+(?P<estate>(?:[A-Z][\w'’-]+\s+){1,3}(?:[Ee]state))\b"
)
_NUMBER_LATER = re.compile(r"[^.;\n]{0,60}?\b(?:at|number|no\.?)\s+\d")
# A numbered address typed in capitals (a letter's address block): "14 OAK ROAD".
_CAPITALS_ADDRESS = re.compile(
    r"(?<![/.\d-])\b\d{1,4}[A-Z]?,?\s+(?:[A-Z][A-Z'’-]+\s+){1,3}(?:ROAD|STREET|AVENUE|LANE|"
    r"CLOSE|DRIVE|COURT|CRESCENT|PLACE|WAY|GARDENS|GROVE|TERRACE|WALK|MEWS|SQUARE|PARADE|RISE|"
    r"GREEN|HILL|VIEW|PARK|HOUSE|LODGE|ROW)\b"
)
# A record's address field: "Address: 23 Fairview, Theale", "Home address: Rosedene".
_ADDRESS_FIELD = re.compile(
    r"\b(?i:address|addr|home\s+address|current\s+address)\s*[:–-]\s*"
    r"(?P<address>(?:\d{1,4}[A-Za-z]?,?\s+)?(?:" + WORD + r"\s+){0,3}" + WORD + r")\b(?!\d)"
)
_CARE_HOME = re.compile(
    r"\b(?:" + WORD + r"\s+){1,3}(?i:children['’]s\s+home|care\s+home|residential\s+home|"
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


_INSTITUTION_END = re.compile(
    r"\b(?:Centre|Center|Surgery|School|Academy|College|Nursery|Hospital|Clinic|Library|Station|"
    r"Office|Offices|Church|Chapel|Mosque|Hall|Hub|Practice|Pharmacy|Shop|Store|Café|Cafe|"
    r"Pub|Inn|Club|Gym|Unit|Ward)$"
)
# An institution's name just before a street in its address line: "… Hospital, Main Street".
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:Centre|Center|Surgery|School|Academy|College|Nursery|Hospital|Clinic|Library|Station|"
    r"Office|Offices|Church|Practice|Pharmacy|Council|Police|Trust|Services)[ \t]*,[ \t]*$"
)
_DETERMINER = re.compile(
    r"(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My|Your|Same|Each|Every)\s+"
    r"(?i:children['’]s\s+home|care\s+home|residential\s+home|hostel|refuge|supported\s+"
    r"lodgings|foyer)\b"
)
_STREET_WORD_END = re.compile(r"\b(?:" + STREET_SUFFIXES + r")\b")


_PLACE_KIND_LEAD = re.compile(
    r"(?:Academy|School|College|Primary|Surgery|Practice|Hospital|Nursery|Centre|Clinic)"
    r"[ \t]+(?=[A-Z][\w'’-]*[ \t]+[A-Z])"
)


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
    # A school's or a surgery's letterhead on one line: "Archway Academy Orwin Road, Liverpool"
    # (the place's kind word is no word of the street after it).
    kind = _PLACE_KIND_LEAD.match(text, start, end)
    if kind is not None:
        start = kind.end()
    lead = re.match(r"(?:Her|His|Their|Our|My|Your|At|On|In)\s+(?=[A-Z\d])", text[start:end])
    the = re.fullmatch(r"The\s+(?=\S+\s+\S)" + _STREET, text[start:end])
    if lead is not None or the is not None:
        start += lead.end() if lead is not None else 4
    # A postcode that starts inside the span, even one running past its end ("Address: 14 Oak
    # Road RG1 2AB", where the words of the address took in "RG").
    postcode = POSTCODE_ANY_CASE.search(text, start, min(len(text), end + 8))
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
                and (_TOWN_SHAPE.search(last.group(1)) or last.group(1) in TOWNS_THAT_ARE_WORDS)
            ):
                end = start + last.start()
    end = start + len(text[start:end].rstrip(" ,"))
    # The town between an address and its postcode is not part of it ("Bramley Common Site
    # Tadley RG26 5QX", a letter's address block on one line): cut after the last street, site
    # or building word when one or two capitalised words stand between it and the postcode.
    # (…and where the town of one or two words follows it: "22 Penhale Close Fishermead Milton
    # Keynes MK6 2QT", the district Fishermead between.)
    gap = re.match(r"[ \t,]*", text[end:])
    town_gap = word is None and _TOWN_BEFORE_POSTCODE.match(text, end) is not None
    if (gap is not None and POSTCODE_SHAPE.match(text, end + gap.end())) or town_gap:
        kinds = list(_KIND_WORD.finditer(text, start, end))
        if town_gap and not (gap is not None and POSTCODE_SHAPE.match(text, end + gap.end())):
            # A street's word only, ending its name: not "Green" of "402 Green Lanes".
            kinds = [
                k
                for k in kinds
                if not k.group(0)[0].isdigit()
                and not re.search(r"\d[A-Za-z]?,?[ \t]+$", text[start : k.start()])
                and not _STREET_WORD_AFTER.match(text, k.end())
            ]
        if kinds and re.fullmatch(r"(?:,?\s+[A-Z][\w'’-]+){1,2}", text[kinds[-1].end() : end]):
            end = kinds[-1].end()
    if end <= start or not re.search(r"[A-Za-z]", text[start:end]):
        return None
    return Span(start, end, span.label, span.source, span.score)


_STREET_WORD_AFTER = re.compile(r"[ \t]+(?:" + STREET_SUFFIXES + r")s?\b")
_TOWN_BEFORE_POSTCODE = re.compile(
    r"(?:[ \t]*,?[ \t]+[A-Z][a-z][\w'’-]*){1,2}[ \t]*,?[ \t]+(?=(?i:"
    + POSTCODE_SHAPE.pattern
    + "))"
)


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
    """Every address found by the rules below, a span inside a longer one left out, each in its
    parts: the flat or pitch, the building or site, the street ("Room 14, Kennet Lodge Hostel,
    Castle Street" is three spans side by side). The same words are found, and a record that
    names the street again alone, or a reviewer who keeps the street and hides the house, has
    the parts to work with."""
    from casewindow.anonymisation.detection.decoys import chain_phrases

    parts = {(p.start, p.end): p for s in _whole_addresses(text) for p in address_parts(text, s)}
    last_end = 0
    for (start, end), part in sorted(parts.items()):
        if " ".join(text[start:end].split()).casefold() in chain_phrases():
            continue  # a chain's shop, "Chicken Cottage", is nobody's home
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in parts):
            continue
        # Two rules' parts overlapping ("Plot 12" and "12, Meadow View Park"): the later one
        # starts after the earlier.
        if start < last_end:
            start = last_end + len(text[last_end:end]) - len(text[last_end:end].lstrip(" \t,"))
            if not re.search(r"[A-Za-z]", text[start:end]):
                continue
            part = Span(start, end, part.label, part.source, part.score)
        last_end = end
        yield part


_YEAR_OF_A_DATE = re.compile(r"(?:19|20)\d\d\b")
_MONTH_BEFORE = re.compile(
    r"\b(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+$"
)


def _whole_addresses(text: str) -> Iterator[Span]:
    best: dict[tuple[int, int], Span] = {}
    for found in _address_spans(text):
        if _YEAR_OF_A_DATE.match(text, found.start) and _MONTH_BEFORE.search(
            text, max(0, found.start - 12), found.start
        ):
            continue  # "Strategy meeting, 10 February 2025, Loxley House": a date and a venue
        span = _trimmed_address(text, found)
        if span is not None:
            best.setdefault((span.start, span.end), span)
    offices: list[tuple[int, int]] = []
    for (start, end), span in sorted(best.items()):
        if _district_after_street(text, start, end, best):
            continue
        # An office's address after its name, at a letter's head: "Birmingham City Council –
        # Children's Services, Perceval House, Uxbridge Road", and the parts after it. Nobody
        # lives there.
        if _OFFICE_BEFORE.search(text, max(0, start - 40), start) or any(
            re.fullmatch(r"[ \t]*,[ \t]*", text[e:start]) for _, e in offices
        ):
            offices.append((start, end))
            continue
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in best):
            yield span
            # A letter's address block on one line: "Flat 3 Tennyson Court Lincoln Green
            # Road": the flat's line before the building's is part of the address too.
            # (Where a longer span takes in both, it wins when overlaps are resolved.)
            unit = _UNIT_BEFORE.search(text, max(0, start - 20), start)
            if unit is not None:
                yield Span(unit.start(), unit.start() + len(unit.group(1)), "ADDRESS", "identifier")


_OFFICE_BEFORE = re.compile(
    r"\b(?:Council|Services|Service|Department|Trust|Police|Constabulary|Families|[Ll]ocality|"
    r"Team|Hub|Service[ \t]+Centre|Civic[ \t]+Centre|Town[ \t]+Hall|City[ \t]+Hall)"
    r"[ \t]*[,.][ \t]*$"
)


# A road's own words, which no district's name ends with.
_ROAD_END = re.compile(
    r"\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Crescent|Way|Terrace|Grove|Place|"
    r"Gardens|Walk|Row|Mews|Square|Parade)$"
)


def _district_after_street(
    text: str, start: int, end: int, found: Iterable[tuple[int, int]]
) -> bool:
    """A district after the road of an address, before the town: "18 Hockliffe Close, Lewsey
    Farm, Luton", "Seymour Road, Lawrence Hill, Bristol". Where the family lives is the road;
    the district names many homes (and after a building, "Rowan House, Chalk Hill", it is the
    road)."""
    value = text[start:end]
    if any(ch.isdigit() for ch in value) or not DISTRICT_END.search(value):
        return False
    return any(
        e <= start
        and re.fullmatch(r"[ \t]*,[ \t]*", text[e:start]) is not None
        and _ROAD_END.search(text[s:e]) is not None
        for s, e in found
    )


# A street abroad, its number after its name, as Europe writes it: "Calle de Peña Prieta 14",
# "Schiedamseweg 112-B", "ul. Długa 5", "Rua das Flores 23", "Kalvarijų g. 98".
_STREET_ABROAD = re.compile(
    r"\b(?:(?:Calle|Avenida|Av\.|Rua|Rue|Via|Viale|Strada|Carrer|Avinguda|ul\.|ulica|Aleja|"
    r"al\.|Bulevardul|Str\.)[ \t]+(?:(?:de|del|la|das|dos|da|do|des|du|di)[ \t]+)*"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+(?:(?:de|del|la|das|dos|da|do|des|du|di)[ \t]+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3}"
    r"|[A-ZÀ-ÖØ-Þ][\w'’-]*(?:straat|weg|laan|gracht|plein|kade|singel|straße|strasse|gasse|"
    r"platz|allee|gatan|vägen|veien|gata|gade|vej|katu|tie|utca|iela|ielа|gatvė)"
    r"|[A-ZÀ-ÖØ-Þ][\w'’-]*[ \t]+g\.)"
    r"[ \t]+\d{1,3}(?:[-/]?[A-Za-z]\b|-\d{1,3})?(?![\d/:]|\.\d)"
)


_UNIT_BEFORE = re.compile(
    r"\b((?:Flat|Room|Apartment|Unit|Pitch|Plot|Caravan|Static)[ \t]+\d{1,4}[A-Za-z]?)[ \t]+$"
)


def _address_spans(text: str) -> Iterator[Span]:
    """A house or flat number followed by a named street ("14 Larch Close", "Flat 3, Rowan
    House"), a pitch or unit on a named site, a named house on a street, and a street named as
    where someone lives ("moved to a flat on Cranbury Road"). A street named without a number
    or a home ("a shop on Hope Street") is a place, not an address."""
    for match in _SITE_ADDRESS.finditer(text):
        # A patient's ward is an address in a letter's heading ("Ms Campbell, Ward 6, Prospect
        # Park Hospital"), the hospital's ward where something happened ("a CP medical on Ward
        # 29, Ninewells Hospital").
        if match.group(0)[:4].casefold() == "ward" and _WARD_VISITED.search(
            text, max(0, match.start() - 8), match.start()
        ):
            continue
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.9)
    for match in _PITCH.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.85)
    for match in _LOWER_ADDRESS.finditer(text):
        if not any(w in _NOT_STREET_WORDS for w in match.group("words").split()):
            yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.85)
    for match in _NAMED_HOUSE.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.9)
    for match in _BLOCK.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.85)
    for match in _LAY_BY.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.8)
    for match in _WELSH_STREET_ADDRESS.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.8)
    for match in _STREET_ABROAD.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.8)
    for match in _BOAT.finditer(text):
        start = match.start("boat") if match["boat"] else match.start()
        yield Span(start, match.end(), "ADDRESS", "identifier", 0.85)
    for match in _MOORING.finditer(text):
        # A canal or marina is where someone lives when a boat or a mooring is in the sentence.
        moored = re.search(r"(?i)\b(?:moor\w*|boat|narrowboat|barge|aboard)\b", match[0])
        if moored or re.search(
            r"(?i)\b(?:moor\w*|narrow[ -]?boat|houseboat|barge|aboard)\b",
            _sentence(text, match.start(), match.end()),
        ):
            group = "place" if match["place"] else "mooring"
            yield Span(match.start(group), match.end(group), "ADDRESS", "identifier", 0.8)
    for match in _HOME_NAME.finditer(text):
        if _person_called_grange(match.group(0)):
            continue
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.85)
    for match in _HOME_NAME_BEFORE_POSTCODE.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.85)
    for match in _LOWER_STREET.finditer(text):
        if _in_small_letters(text, match.start("street"), match.end("street")):
            yield Span(match.start("street"), match.end("street"), "ADDRESS", "identifier", 0.7)
    for match in _NAMED_HOME_AFTER_CUE.finditer(text):
        yield Span(match.start("home"), match.end("home"), "ADDRESS", "identifier", 0.85)
    for pattern in (_NUMBERED_BEFORE_POSTCODE, _STREET_BEFORE_POSTCODE):
        for match in pattern.finditer(text):
            if _INSTITUTION_END.search(match.group(0)) or match.group(0).endswith(
                ("Council", "Police", "Trust", "Service", "Services")
            ):
                continue  # "3 Wisbech Town Council, Wisbech PE13 2LD" is a workplace
            if (
                pattern is _STREET_BEFORE_POSTCODE and re.search(r"\bSt\.?$", match.group(0))
            ) or _INSTITUTION_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                # "Tydd St Giles, PE13 5LF" is a village; "Vale of Leven Hospital, Main Street,
                # Alexandria G83 0UA" and "Penlee Surgery, 4 Causewayhead, Penzance" a workplace
                continue
            yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.85)
    for match in _NAMED_HOME.finditer(text):
        # "visited Brook Family Centre, Mill Road": a workplace, not a home.
        if _INSTITUTION_END.search(match.group("house").split(",")[0]):
            continue
        yield Span(match.start("house"), match.end("house"), "ADDRESS", "identifier", 0.85)
    for match in _QUOTED_HOME.finditer(text):
        yield Span(match.start("house"), match.end("house"), "ADDRESS", "identifier", 0.85)
    for match in _CAPITALS_ADDRESS.finditer(text):
        yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.85)
    for match in _ADDRESS_FIELD.finditer(text):
        words = match.group("address").split()
        gap = re.match(r"[ \t,]+", text[match.end() :])
        before_postcode = (
            gap is not None and POSTCODE_ANY_CASE.match(text, match.end() + gap.end()) is not None
        )
        if re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?", words[0]):
            continue  # "a call to the address: Mr Bankole and Ms Adewale arguing": who was there
        if words[0][0].isdigit() or len(words) > 1 or before_postcode:
            yield Span(match.start("address"), match.end("address"), "ADDRESS", "identifier", 0.8)
    for match in _THE_HOUSE.finditer(text):
        yield Span(match.start("house"), match.end("house"), "ADDRESS", "identifier", 0.85)
    for match in _ESTATE.finditer(text):
        if _NUMBER_LATER.match(text, match.end()):
            continue  # "on the Southcote estate in a house at 2 …": the address follows
        yield Span(match.start("estate"), match.end("estate"), "ADDRESS", "identifier", 0.8)
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
        named = match.groupdict()
        group = next(g for g in ("street", "street2", "street3", "street4") if named.get(g))
        street, between = named[group], named.get("gap") or named.get("gap2") or ""
        if re.search(r"\b(?:Dr|St)$", street) or _EVENT_GAP.search(between):
            continue
        # "close to Prospect Park": beside a place, not at it.
        if re.search(
            r"\b(?:close|next|near|opposite|nearer|closer)\s+to\s+(?:the\s+)?$",
            text[max(0, match.start(group) - 20) : match.start(group)],
        ):
            continue
        # "on the Whitley Wood estate": a district, not an address; "of Bridge Street station",
        # "visited Bond Street shops": a place on the street.
        if re.match(
            r"\s+(?:estate|area|district|ward|station|shops?|stores?|branch|office|surgery|clinic|"
            r"school|park|market|bus|car|stop|junction|roundabout|pub|caf[eé]|mosque|church)\b",
            text[match.end(group) :],
        ):
            continue
        # "lived in Moss Side", "grew up in Wood Green": a district (one lives on a road).
        if DISTRICT_END.search(street) and re.search(
            r"\bin\s+(?:the\s+)?[\"“]?$",
            text[max(0, match.start(group) - 12) : match.start(group)],
        ):
            continue
        yield Span(match.start(group), match.end(group), "ADDRESS", "identifier", 0.85)
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
    for match in _BOAT_BY_NAME.finditer(text):
        group = next(g for g in ("nb", "name", "berth") if match.group(g))
        if group == "name" and _common(match.group(group).split()[0]):
            continue  # "aboard The" or "aboard Saturday"
        yield Span(match.start(group), match.end(group), "ADDRESS", "identifier", 0.75)
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
            and POSTCODE_SHAPE.match(text, match.end() + after.end()) is not None
        )
        home = _HOME_BEFORE_NUMBER.search(text, max(0, match.start() - 40), match.start())
        if before_postcode or home:
            yield Span(match.start(), match.end(), "ADDRESS", "identifier", 0.75)
    yield from address_block(text)
    for match in _WELSH_HOME.finditer(text):
        yield Span(match.start("house"), match.end("house"), "ADDRESS", "identifier", 0.8)
    for match in _HOME_COMMA_STREET.finditer(text):
        if not re.search(r"\b(?:Dr|St)$", match.group("street")):
            yield Span(match.start("street"), match.end("street"), "ADDRESS", "identifier", 0.8)
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
