"""Telling a name from the capitalised words around it, with word lists (lexicon.py) and the
spaCy tags of the text.

- `plausible_weak_name`: whether a span the statistical model or a run of capitalised words
  calls a person is worth asking about. Not: a record field's label ("Addr:", "Eth:"), a
  salutation ("Dear Sir or Madam"), ethnicity and nationality terms ("White British"),
  acronyms and terms written in capitals ("MARAC", "HIGH RISK"), services, programmes,
  benefits and ratings that are ordinary English words ("Universal Credit", "Requires
  Improvement"), ordinary words starting a line, a piece of a place's name ("Little Harwood"
  after "lived in", "St Mary Magdalene Primary").
- `find_lone_first_names`: a first name alone with no cue around it ("Amira", "Bogdan"), from
  a list of first names of many origins, where the tagger calls the word a proper noun.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

from casewindow.anonymisation.detection.identifiers import Span
from casewindow.anonymisation.detection.lexicon import (
    acronyms,
    capitalised_word_before,
    is_first_name,
    is_known_name,
    is_surname,
    is_word_name,
    zipf,
)
from casewindow.anonymisation.detection.vocabulary import (
    APP_NAMES,
    CALENDAR_WORDS,
    DIALECT_WORDS,
    ETHNICITY,
    FIELD_WORDS,
    KIN_WORDS,
    NEVER_NAMES,
    PLACE_WORDS,
)

_PLACE_FOLLOWS = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?:" + "|".join(w.title() for w in sorted(PLACE_WORDS)) + r")\b"
)
_LOCATIVE = re.compile(
    r"\b(?i:in|at|near|from|to|into|towards|around|outside|inside|via|out\s+of|"
    r"(?:left|leave|leaves|leaving|set\s+off|headed|bound)\s+for)\s+"
    r"(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:or|and|,)\s+)?$"
)
_SPOKE_TO = re.compile(
    r"\b(?:spoke|speaking|talked|talking|said|says|wrote|explained|listened|sent|gave|given|"
    r"introduced|referred|reported|disclosed|went back|returned|close|closer|married|engaged|"
    r"related|belonged|next|visit|visits|visited)\s+(?:to|with|at|from)\s+$"
    # What comes from a person: "texts from Kwadwo and Demarco", "a call from Oye".
    r"|\b(?i:texts?|messages?|calls?|phone\s+calls?|letters?|e-?mails?|voicemails?|threats?|"
    r"gifts?|presents?|money|cards?)\s+from\s+(?:[A-Z][\w'’-]*\s+(?:and|or|&)\s+)?$"
)
# What is done only to a person, before a name: "The HV saw Shannon", "weighed Tyler", "HV
# visited Vicky at home" (a home is visited at its address, not by a first name).
_DONE_TO_A_PERSON = re.compile(
    r"\b(?:saw|met|told|asked|phoned|rang|texted|hugged|cuddled|fed|bathed|changed|weighed|"
    r"measured|examined|reassured|comforted|collected|supervised|interviewed|visited)[ \t]+"
    # …and the second of two: "visited Summer and Vicky".
    r"(?:[A-Z][\w'’-]*[ \t]+(?:and|&)[ \t]+)?$"
)
_LINE_START = re.compile(r"(?:^|[\n\r]|[.!?;:][\"”’']?\s|[•*·–—-]\s)\s*[\"“‘'(]?$")
# A chronology entry starts with its date: "06/01/2022 Storm damage to the back fence".
_AFTER_ENTRY_DATE = re.compile(r"(?:^|[\n\r])\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[ \t:–-]+$")
# After a letter's salutation ("Dear Mr and Mrs Ward, Summer holiday club…").
_AFTER_SALUTATION = re.compile(r"\b(?:Dear|Hello|Hi)\b[^,\n.]{1,40},\s*$")
# A town after an address, a school or a street, or before a postcode: "…Primary School,
# Whitley", "7 Ashbourne Way, Farnham Royal, SL2 3PZ".
_AFTER_PLACE = re.compile(
    # (a number after "be", "aged"… is an age: "believed to be 16, Hoa, was found")
    # (…nor a school year or a class: "told a friend in Year 7, Mia Carver")
    r"(?:(?<!\bbe )(?<!\bis )(?<!\bwas )(?<!\baged )(?<!\bage )(?<![/.:-])"
    r"(?<!\b[Yy]ear )(?<!\b[Yy]r )(?<!\b[Cc]lass )(?<!\bKS)(?<!\bY)\b\d{1,4}[A-Za-z]?|"
    r"\b(?:School|Academy|College|Nursery|Surgery|Hospital|Centre|Street|St|Road|"
    r"Rd|Avenue|Lane|Close|Drive|Court|Crescent|Place|Way|Gardens|Grove|Terrace|Row|Walk|Mews|"
    r"Square|Parade|Rise|View|Green|Park|House|Cottage|Site|Estate|Hill|Farm|Farmhouse|Lodge|"
    r"Bungalow|Hospital)|"
    # "Bure Meadows caravan site, Caister"
    r"\b(?i:caravan|traveller|travellers['’]?|showmen['’]?s['’]?|mobile[ \t]+home)[ \t]+"
    r"(?i:site|park|yard))\s*,\s*$"
)
_BEFORE_POSTCODE = re.compile(
    r",?\s*(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2})\b"
)
_SALUTATION = re.compile(
    r"\b(?:Dear|Hello|Hi|Attn|Attention|FAO|To)\s+(?:\w+\s+(?:or|and|/)\s+)?$", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_PLACE_NAME_SHAPE = re.compile(
    r"..(?:ham|ley|leigh|ton|field|bury|borough|ford|worth|wick|combe|stead|hurst|shaw|thorpe|"
    r"mouth|minster|chester|cester|well|wood|burn|bourne|sham|cott|stoke|hythe|mere|moor|dale|"
    r"thorne|grove|bridge|holme|wich|ington|ney|sey|ridge|don)$"
)
_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|PC|DC|DS|DI|Sgt|Nurse|Prof|Rev|Cllr)\.?\s+(?:[A-Z]\.?\s+)?$"
)
_PLACE_NOUN_FOLLOWS = re.compile(
    r"\s+(?:shopping\s+(?:centre|center|precinct|arcade)|retail\s+park|industrial\s+estate|"
    r"estate|leisure\s+centre|bus\s+station|train\s+station|area|district|ward|hospital|"
    r"roundabout|flats|tower|block)\b"
)


def at_line_start(text: str, start: int) -> bool:
    """The word at `start` starts the text, a line, a sentence, a list item, a quotation or
    the first sentence after a letter's salutation."""
    before = text[max(0, start - 60) : start]
    return (
        _LINE_START.search(before[-7:]) is not None
        or _AFTER_ENTRY_DATE.search(before[-16:]) is not None
        or before.endswith(('"', "“", "‘"))
        or bool(_AFTER_SALUTATION.search(before))
    )


_POST_WORDS_TEXT = """registrar consultant nurse manager officer worker lead coordinator
co-ordinator director
practitioner advisor adviser visitor therapist psychologist psychiatrist paediatrician
midwife surgeon physician clinician specialist administrator assistant secretary chair
supervisor inspector head headteacher principal teacher senco lecturer tutor mentor
caseworker navigator champion partner"""
_POST_WORDS = frozenset(_POST_WORDS_TEXT.split())


def _words(value: str) -> list[str]:
    return [w.strip(".'’-") for w in _WORD.findall(value) if w.strip(".'’-")]


def _ordinary(word: str) -> bool:
    """An ordinary English word that is not a first name."""
    return zipf(word) >= 3.5 and not is_first_name(word)


def _first_name_no_place(words: list[str]) -> bool:
    """One listed first name that is no English word and no place in the UK ("Sandra", not
    "Shirley" or "Beverley")."""
    from casewindow.anonymisation.detection.decoys import uk_places

    return (
        len(words) == 1
        and is_first_name(words[0])
        and not is_word_name(words[0])
        and words[0].casefold() not in uk_places()
        and words[0].casefold() not in _TOWNS_THAT_ARE_FIRST_NAMES
    )


_GIVEN_TO = re.compile(
    r"\b(?:handed|passed|transferred|allocated|reallocated|referred|sent|given|spoke|talked|"
    r"wrote|written|introduced|explained|said|reported|messaged|texted|e-?mailed|rang|phoned|"
    r"disclosed|described|complained|apologised|listened|belongs|belonged|married|engaged)\b"
    r"[^.;:\n]{0,30}\bto\s+$"
)


def _full_name_no_place(words: list[str]) -> bool:
    """A listed first name and a surname (listed, or no English word) that together are no
    place in the UK, the surname no place's kind word ("Kerry Nunn", not "Sutton Coldfield" or
    "Ashley Green")."""
    from casewindow.anonymisation.detection.decoys import uk_places

    return (
        len(words) == 2
        and is_first_name(words[0])
        and words[1][:1].isupper()
        and (is_surname(words[1]) or zipf(words[1]) < 3.0)
        and words[1].casefold() not in PLACE_WORDS
        and " ".join(words).casefold() not in uk_places()
        and words[1].casefold() not in uk_places()
    )


# Towns and suburbs that the lists of places leave out, being first names: "moved to Shirley".
_TOWNS_THAT_ARE_FIRST_NAMES_TEXT = """beverley shirley stanley ashley bradley barry carlton
clayton morley whitley hadley keighley kendal marlow neston darwin preston lincoln chester ripley
crawley bentley tyldesley ellesmere"""
_TOWNS_THAT_ARE_FIRST_NAMES = frozenset(_TOWNS_THAT_ARE_FIRST_NAMES_TEXT.split())


def _nickname_subject(text: str, start: int, end: int) -> bool:
    """A short name or a nickname that no list has as a first name and that is not a common
    word, alone before what only a person does: "Tate took me upstairs", "Lu says the bus
    takes too long" (not "Probation said", "Nursery reported": agencies say and report too)."""
    word = text[start:end]
    folded = word.casefold()
    return (
        re.fullmatch(r"[A-Z][a-z]+", word) is not None
        and zipf(word) < 4.5
        and folded not in _AGENCIES
        and folded not in FIELD_WORDS | KIN_WORDS | NEVER_NAMES | CALENDAR_WORDS | PLACE_WORDS
        and _PERSON_VERB.match(text, end) is not None
    )


def town_position(text: str, start: int, end: int) -> bool:
    """Where a town goes: after an address or a school and a comma, or before a postcode
    ("Larkfield Primary School, Whitley", "7 Ashbourne Way, Farnham Royal, SL2 3PZ")."""
    before = text[max(0, start - 30) : start]
    if _DATE_OR_NUMBER_BEFORE.search(before):
        return False
    return bool(_AFTER_PLACE.search(before) or _BEFORE_POSTCODE.match(text, end))


# A date's year or a neighbour's house number before a comma is no address: "on 6 March 2025,
# Jasmine…", "the neighbour at number 15, Brenda Tunstall".
_DATE_OR_NUMBER_BEFORE = re.compile(
    r"(?:\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}"
    r"|\b(?i:to|until|till|since|in|from|and|-|–)\s+(?:19|20)\d{2}"  # "From 2019 to 2025, Rojin"
    r"|\b(?i:number|no\.?)\s+\d{1,4}"
    # a review's label for a professional or a family member: "Health Visitor 2, Priya Nair"
    r"|\b(?:Visitor|Worker|Officer|Manager|Teacher|Nurse|Practitioner|Child|Sibling|Parent|"
    r"Carer|Adult|GP|Doctor|Midwife|Lead|Professional|Paediatrician|Clinician|Therapist|"
    r"Member|Reviewer|Interpreter|Advocate|Head|Leader|Coordinator|Co-ordinator|DSL|SW|HV)"
    r"\s+\d{1,2})\s*,\s*$"
)


# A determiner before a word, or a noun of time, place or service after it, makes a first name
# that is also a word the word: "the Field behind the house", "Grace period", "Summer term",
# "Rose garden", "the Jordan river trip", "the school Talent show" (not "Joy said", "Will's
# school").
_DETERMINER_BEFORE = re.compile(
    r"\b(?i:the|a|an|this|these|those|every|each|any|some|our|your|their|its|such)\s+$"
    # a rating: "Risk rating: High (previously Amber)", "rated Green"
    r"|\b(?i:previously|rated|rating:?|graded|RAG)\s+$"
)
_THING_AFTER = re.compile(
    r"\s+(?:period|periods|term|terms|holidays?|time|times|camp|club|clubs|fair|fete|garden|"
    r"gardens|day|days|party|service|services|programme|scheme|project|group|groups|session|"
    r"sessions|river|valley|tree|trees|bush|bed|pathway|pathways|plan|plans|card|cards|"
    r"leaflet|leaflets|box|boxes|food|market|festival|break|school|league|team|show|shows|"
    r"contest|competition)\b"
)

_FAMILY_AFTER = re.compile(r"\s+(?:family|families|household|children|brothers|sisters|twins)\b")


_TERM_KIND_AFTER = re.compile(
    r"\s+(?:pathway|plan|programme|scheme|service|team|referral|assessment|meeting|panel|"
    r"leaflet|toolkit|policy|procedure|process|form|tool|training|course|group|clinic|support)\b"
)


def word_as_thing(text: str, start: int, end: int) -> bool:
    """A first name that is also an ordinary word stands here as the word (see above)."""
    word = text[start:end]
    if not (is_word_name(word) or (zipf(word) >= 3.5 and not is_first_name(word))):
        return False
    if _FAMILY_AFTER.match(text, end):
        return False  # "the Holt family"
    before = text[max(0, start - 12) : start]
    return (
        _DETERMINER_BEFORE.search(before) is not None or _THING_AFTER.match(text, end) is not None
    )


_SPEAKING_BEFORE = re.compile(r"\b(?i:speaks?|spoke|speaking|fluent\s+in)[ \t]+$")


def speaking_before(text: str, start: int) -> bool:
    """A verb of speaking a language just before `start`: "the family speak Gurung"."""
    return _SPEAKING_BEFORE.search(text, max(0, start - 20), start) is not None


def plausible_weak_name(text: str, start: int, end: int) -> bool:
    """Whether a person span found without a strong cue (the model, a capitalised run) may be a
    name, by the words in it and around it."""
    value = text[start:end]
    words = _words(value)
    if not words:
        return False
    folded = [w.casefold() for w in words]
    following = text[end : end + 3]
    before = text[max(0, start - 30) : start]
    # A record field's label or a word of address: "Addr:", "Tel:", "Dear Sir or Madam".
    if len(words) == 1 and folded[0] in FIELD_WORDS:
        return False
    if len(words) == 1 and word_as_thing(text, start, end):
        return False
    # An abbreviation of a service ("Referral to SALT"), a language after speaking it ("speak
    # Gurung and Nepali at home").
    if len(words) == 1 and words[0].isupper() and words[0] in acronyms():
        return False
    if len(words) == 1 and speaking_before(text, start):
        return False
    # A saint's name is a church's or a school's: "St Joseph's", "Saint Anne".
    if re.search(r"\b(?:St|St\.|Saint|Ss)[ \t]+$", before):
        return False
    # The kind word of a named place after its name: "Bluebell Ward", "Orchard Court" (not a
    # surname after a first name or a title: "Jack Ward", "Mrs Ward").
    previous = re.search(r"([A-Z][\w'’-]*)[ \t]+$", before)
    if (
        len(words) == 1
        and folded[0] in PLACE_WORDS
        and previous is not None
        and not is_first_name(previous.group(1))
        and not _TITLE_BEFORE.search(before)
    ):
        return False
    if len(words) == 1 and following.lstrip(" ").startswith(":") and not is_first_name(words[0]):
        return False
    if _SALUTATION.search(before) and all(w in FIELD_WORDS for w in folded):
        return False
    # A piece of a hyphenated place ("Upton-by-Chester High School") or of a street after its
    # house number ("112 Whalley Range", "c/o 4 Maes Hir"); or after the Welsh article ("Heol y
    # Felin").
    if text[end : end + 1] == "-" or re.search(
        r"(?:(?<![\d/:.,-])\b\d{1,3}[A-Za-z]?|\by)[ \t]+$", before
    ):
        return False
    # A job's title ("Paediatric Registrar", "Designated Nurse") or an operation's name ("Op
    # Sentinel"): the last word a post, or the first an operation's, and no first name before.
    if (
        len(words) >= 2
        and not is_first_name(words[0])
        and (folded[-1] in _POST_WORDS or folded[0] in ("op", "operation"))
    ):
        return False
    # Ethnicity and nationality: "White British", "Black Caribbean", "Pakistani Muslim".
    if all(w in ETHNICITY or w in FIELD_WORDS for w in folded):
        return False
    if (
        any(w in ETHNICITY for w in folded)
        and all(w in ETHNICITY or _ordinary(w) for w in folded)
        # (not a first name that is also a language's before a surname: "Shona Pike")
        and not (
            len(words) >= 2
            and is_first_name(words[0])
            and zipf(words[0]) < 3.0
            and is_surname(words[-1])
        )
    ):
        return False
    # Acronyms and terms in capitals: "MARAC", "HIGH RISK", "TAF" (a name in a capitalised
    # form, "JAYDEN", stays).
    if all(w.isupper() and len(w) > 1 for w in words) and not any(is_known_name(w) for w in words):
        return False
    # An ordinary word after an article is the word ("the Summer Term", "the Ivy Leaf café",
    # "The Rose and Crown"); so is one before "of the" ("Angel of the North").
    # (A first name and a surname before "of the" are a person: "Leon Grant of the Missing
    # team".)
    if zipf(words[0]) >= 3.0 and (
        re.search(r"\b(?i:the|a|an)\s+$", before)
        or (
            re.match(r"\s+of\s+the\s+[A-Z]", text[end:])
            and not (len(words) == 2 and _full_name_no_place(words))
        )
    ):
        return False
    # A word no list knows, after "the" and before a noun, names a place or a thing: "the
    # Harborne training", "the Hafan team" (not "the Okafor family": a known surname).
    if (
        len(words) == 1
        and not is_known_name(words[0])
        and re.search(r"\b(?i:the)\s+$", before)
        and re.match(r"\s+[a-z]", text[end:])
    ):
        return False
    # A single word shaped like an English place name and no first name, with no title and no
    # person's verb: "Winnersh", "Crowthorne", "Aldermaston", "Streatley" (a surname found
    # with a title or a first name elsewhere is still found again by propagation).
    if (
        len(words) == 1
        and _PLACE_NAME_SHAPE.search(folded[0])
        and not is_first_name(words[0])
        and not _TITLE_BEFORE.search(before)
        and not person_verb_follows(text, end)
    ):
        return False
    # A place's name before the kind of place in lower case: "the Queensmere shopping centre".
    if _PLACE_NOUN_FOLLOWS.match(text, end):
        return False
    # A piece of a place's or an institution's name.
    if (
        any(w in PLACE_WORDS for w in folded[1:]) and not is_first_name(words[0])
    ) or _PLACE_FOLLOWS.match(text, end):
        return False
    # A place after "in", "at", "to"…: "lived in Little Harwood", "to St Albans and Kingston
    # Bagpuize" (a rare first name stays: "at Amira's"; so does "spoke to Grace").
    if (
        _LOCATIVE.search(before)
        and not _SPOKE_TO.search(before)
        and not any(is_first_name(w) and zipf(w) < 3.0 for w in words)
        and not _first_name_no_place(words)  # "From Sandra at reception"
        # "handed the case to Kerry Nunn" (not "at Abraham Moss", a school named after one)
        and not (_full_name_no_place(words) and _GIVEN_TO.search(before))
    ):
        return False
    if town_position(text, start, end):
        return False
    # Services, programmes, benefits, ratings: every word an ordinary English word.
    if all(_ordinary(w) for w in words) and not _nickname_subject(text, start, end):
        return False
    # A term of several common words before the kind of thing it is: "Self Harm pathway",
    # "Young Carers assessment" (a first name among them may be a word there: "Harm", "Young").
    if (
        len(words) >= 2
        and all(zipf(w) >= 3.0 for w in words)
        and not any(is_first_name(w) and not is_word_name(w) for w in words)
        and _TERM_KIND_AFTER.match(text, end)
    ):
        return False
    # An ordinary word starting a line or a sentence ("Neglect was noted").
    if len(words) == 1 and at_line_start(text, start) and zipf(words[0]) >= 3.0:
        # A first name alone at the end of a message is its signature ("…since June? Mark");
        # one before a verb is the subject ("Grace said…").
        signature = re.match(r"[ \t]*(?:\n|$)", text[end:]) is not None
        if not is_first_name(words[0]):
            return _nickname_subject(text, start, end)
        return (
            not is_word_name(words[0])
            or zipf(words[0]) < 4.5
            or signature
            or person_verb_follows(text, end)
        )
    return True


# What follows a name that starts a sentence ("Summer is booked", "Faith said", "Bill, Faith
# here") and not an ordinary word that does ("Summer holiday club").
_NAME_FOLLOWS = re.compile(
    r"(?:,|['’]s\b|\s*[(:]|\s*$|\s+(?:and|&)\s+[A-Z]|\s+from\s+(?:the\s+)?[A-Z]|"
    r"\s+(?:wrote|rang|spoke|saw|felt|thought|knew|left|took|gave|made|met|ran|sat|slept|got|"
    r"became|began|brought|kept|heard|found|sent|seemed|seems|looks|needs|likes|loves|feels|"
    r"thinks|knows|sees|gets|takes|told|says|explained|reported|agreed|disclosed|starts|arrives|"
    r"born|missing|meets|moves|returns|begins|shows|showed|runs|leaves|joins|stays|cries|"
    r"refuses|talks|plays|bought|buys|owes|texted|messaged|hopes|wishes|offers|prefers|confirms|"
    r"declines|accepts|raises|shares|notes|applies|calls|sang|sings|visits|phones|rings|helps|"
    r"sleeps|speaks|walks|drinks|cares|collects|picks|works|cooks|minds|hits|shouts|screams|"
    r"swears|sits|writes|reads|draws|wears|eats|drove|drives|swims|cycles|prays)\b|"
    # …or owns an action: "Memory to call Patience or the pastor".
    r"\s+to\s+(?:call|ring|phone|visit|see|contact|speak|attend|share|apply|arrange|book|send|"
    r"check|ask|tell|bring|collect|take|meet)\b|\s+(?:is|was|were|will|would|has|had|have|said|says|told|tells|asked|asks|did|does|"
    r"didn't|doesn't|can|could|should|may|might|must|wants|wanted|went|goes|came|comes|stayed|"
    r"lives|lived|attended|attends|missed|shared|here|[a-z]+ed)\b"
    # …or a chronology's shorthand of what a person did: "Joy DNA CAMHS", "Joy denies", "Joy
    # back part-time", "Joy no longer gives medication" (not "Hope remains that…").
    r"|\s+(?:DNA|DNAs|WNB|denies|declines|no\s+longer|back\s+(?:at|in|home|to|"
    r"part-time|full-time)|off\s+(?:school|sick|after|ill))\b)"
)


# Verbs only a person does: a common word before one is a name even where nothing else says so
# ("Grace said…"), unlike "Hope is not a plan".
_PERSON_VERB = re.compile(
    r"\s+(?:said|says|told|tells|asked|asks|wrote|rang|phoned|spoke|explained|disclosed|agreed|"
    r"felt|thought|knew|wanted|wants|denied|admitted|reported|described|cried|shouted|laughed|"
    r"smiled|refused|declined|attended|missed|visited|threw|hit|hits|pushed|kicked|locks|"
    r"locked|screamed|calls|ran\s+away|went\s+(?:back|home|to\s+(?:school|class|bed|nursery))|"
    r"came\s+(?:home|back)|seen\s+(?:by|at|in|with)|(?:was|is)\s+described\s+as|lives|lived|stays|stayed|sleeps|"
    r"slept|works|worked|arrived|loves|loved|hates|hated|misses|drives|drove|fell|took|weighed|"
    r"gives|hides|hid|sends|(?:is|was|has\s+been)\s+(?:staying|texting|messaging|hiding|sleeping)|"
    r"(?:does|did|do)n['’]?t\s+(?:know|want|like|care)|just\s+came|seen\s+alone|"
    r"(?:was\s+)?not\s+brought|(?:went|was|is|reported)\s+missing|missing\s+(?:from|overnight)|"
    r"(?:was\s+)?taken\s+(?:to|into)|then\s+(?:spent|went|moved|stayed|lived|told|said|ran|left|"
    r"returned|came))\b"
    # An action of the minutes: "Action: Hope to apply for DHP", "Will to share attendance".
    r"|\s+to\s+(?:share|apply|see|visit|ask|refer|check|contact|arrange|complete|book|send|"
    r"chase|liaise|invite|update|meet|speak|ring|phone|write|provide|confirm|discuss|follow\s+up|"
    r"review|seek|obtain|request|attend|identify|explore|consider|gather|tell)\b"
    # A date of birth or an age: only a person has one ("Sky DOB 3 April 2015", "River, aged 5").
    r"|\s*[,(]?\s*(?:DOB|D\.O\.B\.?|d\.o\.b\.?|born\s+\d|aged\s+\d)"
    # Who the person is, in apposition: "May, her neighbour, had rung", "Wojtek, a family
    # friend".
    r"|,\s+(?:(?:her|his|their|my|our|your|a|an|the)\s+)?(?:[a-z-]+\s+){0,2}(?:"
    r"neighbour|friend|cousin|uncle|aunt|auntie|brother|sister|mother|father|son|daughter|"
    r"partner|ex-partner|boyfriend|girlfriend|husband|wife|grandmother|grandfather|nephew|niece|"
    r"classmate|lodger|sibling|half-brother|half-sister|stepfather|stepmother|stepdad|stepmum|"
    r"colleague|associate|landlord|landlady|relative|childminder|carer)s?\b"
    # With their kin: "Mason and her brother were at home".
    r"|\s+and\s+(?:her|his|their)\s+(?:(?:older|younger|elder|big|little|baby|twin|half-|step)"
    r"\s*)?(?:brother|sister|mum|mother|dad|father|siblings?|nan|gran|grandmother|grandfather|"
    r"cousin|partner|boyfriend|girlfriend|friend)s?\b"
    # What is said only of a person: "Mason was present", "Lee was asleep upstairs".
    r"|\s+(?:was|is)\s+(?:present|asleep|awake|upset|tearful|crying|hungry|unwell|poorly|absent|"
    r"withdrawn|distressed|frightened|scared|settled|unsettled|clean|dressed|unkempt|in\s+bed|"
    r"at\s+home|at\s+school|at\s+nursery)\b"
    # …and in minutes' shorthand: "Frank present.", "Holly present, quiet".
    r"|\s+(?:present|absent|asleep|not\s+present|tearful|upset|distressed|withdrawn|unsettled|"
    r"chatty|smiley|smiling|crying|quiet\s+and\s+\w+)(?=\s*[.,;]|\s*$)"
)
# A word that is a modal verb, then a verb's past or third-person form, is a name: "Will had
# nappy rash", "She said Will cries" (the modal "will" takes the bare verb: "will cry").
_MODAL_NAMES = frozenset({"will", "may"})


def modal_name(token: Any) -> bool:
    doc = token.doc
    return (
        token.lower_ in _MODAL_NAMES
        and token.i + 1 < len(doc)
        and doc[token.i + 1].tag_ in ("VBD", "VBZ")
    )


# What a person does to someone or something, after a word the model took for a place or an
# organisation (not "Tesco said", "Hestia or Kalayaan": agencies also say and tell).
_PERSON_DEED = re.compile(
    r"\s+(?:gave|took|bought|sold|hid|brought|owes|drove|hit|punched|grabbed|kicked|pushed|"
    r"threatened|slapped|cried|laughed|screamed|shouted|slept|ran\s+away|lives\s+with|"
    r"stayed\s+(?:with|at|over)|was\s+(?:born|arrested|crying|hungry|upset|scared)|"
    r"(?:was\s+)?bailed|(?:had|has)\s+(?:not\s+)?been\s+(?:seen|arrested|drinking|charged))\b"
    r"|,\s+(?:(?:her|his|their|my|our|a|an)\s+)(?:[a-z-]+\s+){0,2}(?:neighbour|friend|cousin|"
    r"uncle|aunt|brother|sister|partner|boyfriend|girlfriend|husband|wife)\b"
)


def locative_before(text: str, start: int) -> bool:
    """A place's preposition just before `start`: "in", "at", "from", "left for"…"""
    return _LOCATIVE.search(text[max(0, start - 60) : start]) is not None


def person_verb_follows(text: str, end: int) -> bool:
    """What follows text[:end] is said only of a person (a closing quote between: '"Will", a
    friend of Mr Bell')."""
    if text[end : end + 1] in ('"', "”"):
        end += 1
    return _PERSON_VERB.match(text, end) is not None


def name_follows(text: str, end: int) -> bool:
    """What comes after a word that starts a sentence says it is a name: a verb ("Summer is
    booked", "Faith said") or a comma ("Bill, Faith here"); not a noun ("Summer holiday club",
    "Grace period")."""
    return _NAME_FOLLOWS.match(text, end) is not None


_CAPITALISED = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?(?![\w'’-])")
_NOT_WORDS = frozenset({"VERB", "AUX", "ADJ", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM"})


def _capitalised_adjective(text: str, match: re.Match, token: Any) -> bool:
    """A first name the tagger reads as an adjective, capitalised inside a sentence where no
    adjective is, alone: "Her best friend is Precious, and…" (not "the Sunny Days nursery",
    "a Precious moment")."""
    if token.pos_ != "ADJ" or token.is_sent_start or at_line_start(text, match.start()):
        return False
    if token.lower_ in ETHNICITY or not is_first_name(token.text):
        return False
    doc = token.doc
    i = token.i
    if i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or doc[i + 1].pos_ in ("NOUN", "PROPN")):
        return False
    return not (
        doc[i - 1].text[:1].isupper()
        or doc[i - 1].pos_ in ("DET", "ADV", "ADJ", "PRON")
        or doc[i - 1].lower_ in ("so", "very", "too", "more", "most")
    )


def _unknown_lone_word(text: str, match: re.Match, token: Any, common: float) -> bool:
    """A capitalised word that is no English word at all ("Dawit", "Zaru"), tagged a proper
    noun, standing alone (no capitalised word right before or after it, other than in a list)
    and not named by the model as a place, an organisation or a nationality: most often a name
    of an origin the first-name list lacks."""
    if common > 0 or len(match.group(0)) < 3 or token.pos_ != "PROPN":
        return False
    # The small model often calls a name it does not know a place, an organisation, a
    # nationality or a product; where the word stands says otherwise: a verb only a person
    # does after it ("Tinez gave him a phone"), a name beside it in a pair ("Tonderai and
    # Farai"), or, unless the model says organisation (agencies also say and tell, and attend
    # meetings), a person's verb after it or before it ("Kabongo had left", "described Garba
    # as calm") or an item of a meeting's attendance list.
    if token.ent_type_ in ("EVENT", "LAW") or (
        token.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT")
        and (
            _in_longer_entity(token)
            or not (
                _PERSON_DEED.match(text, match.end())
                or _beside_a_first_name(token)
                or _in_a_list_of_names(token, unknown=True)
                or _only_a_person(text, match.start(), match.end())
                or _OWNED_BY_A_PERSON.match(
                    text, match.start() + len(re.sub(r"['’]s?$", "", match.group(0)))
                )
                or (
                    _CARRIED_BEFORE.search(text, max(0, match.start() - 20), match.start())
                    and _CARRIED_AFTER.match(text, match.end())
                )
                or (
                    token.ent_type_ != "ORG"
                    and (
                        _person_role(text, match.start(), match.end())
                        or attendance_item(text, match.start(), match.end())
                    )
                )
                or (
                    attendance_item(text, match.start(), match.end())
                    and _ROLE_IN_BRACKETS.match(text, match.end()) is not None
                )
            )
        )
    ):
        return False
    after = re.match(r"\s+([^\s])", text[match.end() : match.end() + 3])
    if after and after.group(1).isupper():
        return False
    before = re.search(r"(\S+)\s+$", text[max(0, match.start() - 30) : match.start()])
    return not (
        before
        and before.group(1)[:1].isupper()
        and before.group(1)[-1] not in ",;"
        and not at_line_start(text, match.start())
    )


_KIN_NOUNS_TEXT = """mother father grandmother grandfather grandma grandad granny nan nana
brother sister uncle aunt auntie aunty cousin nephew niece son daughter stepfather stepmother
stepdad stepmum baby child"""
_KIN_NOUNS = frozenset(_KIN_NOUNS_TEXT.split())
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z'’-]{2,})[ \t]+$")


def _given_name_before(text: str, start: int, bare: str, token: Any, common: float) -> int | None:
    """Where a full name starts whose surname, text[start:] (no English word, no listed name,
    no place), follows a capitalised word that can be a given name and comes before a verb
    only a person does: "Patience Mutasa attended", "Then Memory Mutasa said" (a given name
    that is also a word, which no list need hold). None where it is not such a pair."""
    from casewindow.anonymisation.detection.context import NOT_NAMES
    from casewindow.anonymisation.detection.decoys import uk_places, world_places
    from casewindow.anonymisation.detection.register import TITLES

    folded = bare.casefold()
    if (
        common > 0
        or len(bare) < 3
        or token.pos_ != "PROPN"
        or is_first_name(bare)
        or folded in uk_places()
        or folded in world_places()
        or not person_verb_follows(text, start + len(bare))
    ):
        return None
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        return None
    given = before.group(1)
    given_folded = given.casefold()
    if (
        given_folded in FIELD_WORDS
        or given_folded in _FUNCTION_WORDS
        or given_folded in NEVER_NAMES
        or given_folded in NOT_NAMES
        or given_folded in _NAME_BEFORE_WORDS
        or given_folded in ETHNICITY
        or given_folded in _POST_WORDS
        or given_folded in PLACE_WORDS
        or given_folded in uk_places()
        or given_folded in world_places()
        or given_folded in _KIN_NOUNS
        or (zipf(given) >= 5.0 and not is_first_name(given))
        or re.fullmatch(TITLES, given)
        or bare.casefold().endswith("-ji")  # "Dada-ji", "Nani-ji": a kinship word, honoured
        or locative_before(text, before.start(1))  # "took Thora to Upper Setter"
    ):
        return None
    return before.start(1)


# A line listing who came to a meeting, and an item of it: "Present: Tonderai, Jenna Whitfield
# (SW), Farai".
_ATTENDANCE_LINE = re.compile(
    r"(?im)^[ \t]*(?:present|attendees|attending|attended|in\s+attendance|also\s+present|"
    r"apologies|invited|participants)\b[^\n]*$"
)
# Who an attendee is, in brackets after the name: "Mphatso (nursery)", "Tonde (uncle)", "Wazhma
# (interpreter)", "Tiwonge (HV)".
_ROLE_IN_BRACKETS = re.compile(
    r"\s*\((?:[a-z][a-z -]*|HV|SW|DSL|GP|FSW|SENCO|SENDCo|IDVA|ISVA|TA|PC|DC|PCSO|EHW)\)"
)
_ITEM_BEFORE = re.compile(r"(?:[:,;]|\band)\s*$")
_ITEM_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*)?\s*(?:[,;(.]|\band\b|$)")


def attendance_item(text: str, start: int, end: int) -> bool:
    """The word starts an item of a meeting's attendance list (or apologies), not in the
    possessive ("Barnardo's")."""
    if text[start:end].endswith(("'s", "’s")):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line = _ATTENDANCE_LINE.match(text, line_start)
    if line is None or end > line.end():
        return False
    return bool(
        _ITEM_BEFORE.search(text, line_start, start) and _ITEM_AFTER.match(text, end, line.end())
    )


# A verb whose object is a person, before a name: "described Garba as calm", "told Ilunga".
_PERSON_OBJECT_BEFORE = re.compile(
    r"\b(?:described|told|asked|met|saw|visited|phoned|rang|called|collected|picked\s+up|"
    r"thanked|interviewed|reassured|warned|hugged|hit|punched|kicked|pushed|slapped|"
    r"(?:spoke|spoken|talked|talking|speaking|went|stayed|lives|lived|living|seen|stays|"
    r"staying)\s+(?:to|with)|(?:concerns?|worries|worried)\s+(?:about|for)|referral\s+for|"
    r"(?:mother|father|sister|brother|son|daughter|friend|partner|cousin|carer)\s+of)"
    r"\s+$"
)
# The same, of those that say a person even where the model says organisation (one phones,
# visits and meets an agency, but no agency is someone's sister or 15 years old).
_ONLY_A_PERSON_BEFORE = re.compile(
    r"\b(?:(?:seen|lives|lived|living|stays|staying)\s+with|(?:concerns?|worries|worried)\s+"
    r"(?:about|for)|referral\s+for|(?:mother|father|sister|brother|son|daughter|friend|partner|"
    r"cousin)\s+of)\s+$",
    re.IGNORECASE,
)
_AGE_BETWEEN_COMMAS = re.compile(r",\s+(?:aged\s+)?\d{1,2},")
# After a name, a person's auxiliary and verb: "Kabongo had left".
_PERSON_SUBJECT = re.compile(
    r"\s+(?:had|has|was|is|would|could|did)\s+(?:not\s+)?(?:left|gone|said|told|been\s+"
    r"(?:drinking|shouting|arrested|crying|seen)|returned|moved|refused|agreed|shouted|hit|"
    r"threatened|denied|admitted|wanted)\b"
)


def _person_role(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30) : start]
    return bool(
        person_verb_follows(text, end)
        or _PERSON_SUBJECT.match(text, end)
        or _PERSON_OBJECT_BEFORE.search(before)
        or _only_a_person(text, start, end)
    )


def _only_a_person(text: str, start: int, end: int) -> bool:
    """An age between commas after the word ("Tanatswa, 15, was arrested") or a relation or a
    concern before it ("sister of Dagim", "concerns about Tanatswa")."""
    return bool(
        _AGE_BETWEEN_COMMAS.match(text, end)
        or _ONLY_A_PERSON_BEFORE.search(text, max(0, start - 30), start)
    )


# What someone does to a child or with drugs and money, after a street name ("Blade gave him a
# phone", "Tiny punched him").
_STREET_DEED = re.compile(
    r"\s+(?:gave|took|bought|sold|hid|brought|owes|owed|drove|hit|punched|grabbed|kicked|pushed|"
    r"threatened|slapped|stabbed|robbed|supplied|groomed|recruited|paid|collected\s+(?:him|her))\b"
)


_AGENCIES_TEXT = "probation nursery school college youth housing social security staff prison court"
_AGENCIES = frozenset(_AGENCIES_TEXT.split())


def street_name(text: str, match: re.Match, token: Any, common: float) -> bool:
    """A nickname that is an ordinary word, as the model reads it a proper noun inside a
    sentence, alone, before what someone does to a child or with drugs and money: "He said
    Blade gave him a phone" (not "Police took him home", "Tesco sold…")."""
    return (
        0 < common < 4.5
        and match.group(0).casefold() not in _AGENCIES
        and match.group(0).casefold() not in PLACE_WORDS
        and not is_first_name(match.group(0))
        and token.pos_ == "PROPN"
        and token.ent_type_ in ("", "PERSON", "PRODUCT")
        and not at_line_start(text, match.start())
        and _STREET_DEED.match(text, match.end()) is not None
        and not re.search(r"[A-Z][\w'’-]*[ \t]+$", text[max(0, match.start() - 30) : match.start()])
    )


def _lone_surname(text: str, match: re.Match, token: Any, common: float) -> bool:
    """A listed surname that is no common English word, alone, as a person's verb's subject or
    object ("Mukendi had left", "described Kowalczyk as calm"), where the model names no
    place or organisation."""
    return (
        common < 3.0
        and is_surname(match.group(0))
        and token.pos_ == "PROPN"
        and token.ent_type_ not in ("ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT")
        and not _in_longer_entity(token)
        and _person_role(text, match.start(), match.end())
    )


def _lone_nickname(text: str, match: re.Match, token: Any) -> bool:
    """A word no list has as a first name, tagged a proper noun and named by the model as no
    place or organisation, alone inside a sentence before what only a person does ("Cally has
    been texting her", "Dilly hides under the bed")."""
    return (
        (token.pos_ == "PROPN" or zipf(match.group(0)) == 0)  # the tagger guesses at "Cally"
        # (the model calls a name it does not know a product: "and Ru sends the money home")
        and token.ent_type_ not in ("ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW")
        and not _in_longer_entity(token)
        and not at_line_start(text, match.start())
        and capitalised_word_before(text, match.start(), space=r"[ \t]") is None
        and _nickname_subject(text, match.start(), match.end())
    )


def _beside_a_first_name(token: Any) -> bool:
    """A listed first name on the other side of "and" or "&" ("Tonderai and Farai")."""
    doc = token.doc
    i = token.i
    if i + 2 < len(doc) and doc[i + 1].lower_ in ("and", "&") and _listed_name(doc[i + 2]):
        return True
    return i >= 2 and doc[i - 1].lower_ in ("and", "&") and _listed_name(doc[i - 2])


# Words of grammar some name list also has ("As", "So", "An"): "As agreed, …" is no person.
_FUNCTION_WORDS = (
    frozenset(
        [
            "as",
            "so",
            "if",
            "in",
            "on",
            "at",
            "to",
            "an",
            "or",
            "of",
            "by",
            "we",
            "us",
            "it",
            "is",
            "be",
            "do",
            "no",
            "nor",
            "but",
            "yet",
            "the",
            "and",
            "for",
        ]
    )
    | DIALECT_WORDS
)


_INITIALS_SPEAKER = re.compile(r"(?:^|(?<=[\s\"“‘']))([A-Z]{2,3}):[ \t]")
_SPEAKER = re.compile(
    r"(?:^|(?<=[\s\"“‘']))(?!(?:said|says|asked|asks|replied|replies|added|adds|wrote|writes|"
    r"stated|states|explained|reported|answered|shouted|commented|noted|recorded|disclosed|"
    r"agreed|told|texted|messaged|read|reads|continued)\b)([A-Za-z][a-z'’-]{1,15}):[ \t]"
)
# Quotation marks, double or single ('jay: u coming out 2nite'); a single one opens before a
# word and closes after one, unlike an apostrophe inside a word ("shannon's").
_OPENING_QUOTE = re.compile(r"[\"“‘]|(?<![\w'’])'(?=\w)")
_CLOSING_QUOTE = re.compile(r"[\"”]|(?<=[^\s'‘])['’](?![\w'’])")


def _quote_before(text: str, line_start: int, start: int) -> int:
    """Where the last quotation mark opening on the line before `start` is, or -1."""
    found = [m.start() for m in _OPENING_QUOTE.finditer(text, line_start, start)]
    return found[-1] if found else -1


def _quote_after(text: str, end: int, line_end: int) -> int:
    """Where the first quotation mark closing on the line after `end` is, or -1."""
    match = _CLOSING_QUOTE.search(text, end, line_end)
    return match.start() if match else -1


# A word in small letters, not part of an e-mail address or a web address.
# (after a single quotation mark that opens a message: "'shili dont let karo near the kids'")
_LOWER_WORD = re.compile(
    r"(?<![\w@./’-])(?<![\w'’]')[a-z][a-z'’-]{2,}(?![\w'’-]*[@.][a-z])(?![\w-])"
)


_PETS = (
    r"(?:dog|dogs|puppy|cat|cats|kitten|pet|rabbit|hamster|guinea\s+pig|horse|pony|parrot|"
    r"snake|lizard|tortoise|jack\s+russell|terrier|staffie|staffy|spaniel|labrador|husky|"
    r"bulldog|collie|poodle|alsatian|german\s+shepherd|xl\s+bully|lurcher|whippet|chihuahua|"
    r"cob|mare|stallion|gelding|foal|donkey|goat|budgie|ferret|bird|goldfish|fish)"
)
# …and a farm's, before the name only: "his tup lamb, which he has named Trevor", "the pet
# lambs: Dolly and Bramble" (not after it: "showed Bethan his tup lamb").
_ANIMALS = (
    r"(?:dogs?|puppy|cats?|kitten|pet|rabbit|hamster|horse|pony|ponies|goat|budgie|ferret|bird|"
    r"lambs?|tups?|ewes?|sheep|sheepdogs?|pups?|pigs?|piglets?|hens?|chickens?|calf|calves|"
    r"heifers?|rams?)"
)
# ... and a thing's: a car, a boat or a van the family call by a name ('the old Corolla, the
# boys call it "Al-Dabbaba"').
_PET_BEFORE = re.compile(
    rf"(?:\b{_ANIMALS}\b[^.!?\n]{{0,30}}\b(?:called|named)[ \t]+|"
    rf"\b{_PETS}[ \t]+(?:(?:called|named|is\s+called)[ \t]+)?|"
    r"\bcall(?:s|ed)?[ \t]+it[ \t]+)[\"“]?$",
    re.IGNORECASE,
)
_PET_AFTER = re.compile(
    rf"[\"”]?,?[ \t]+(?:(?:(?:he|she|it)['’]s[ \t]+)?(?:the|their|her|his|our|my|a)[ \t]+"
    rf"(?:\w+[ \t]+)?{_PETS}|"
    rf"is[ \t]+(?:a|the|their|her|his)[ \t]+(?:\w+[ \t]+)?{_PETS})\b"
    # …or in the next sentence, which says only whose pet it is: "Sheru! Our dog.", "Zer.
    # She's our bird." (not "Sam. His dog was barking").
    rf"|[.!][ \t]+(?:(?:he|she|it)['’]s[ \t]+)?(?:our|my|their)[ \t]+(?:\w+[ \t]+)?{_PETS}"
    r"[ \t]*[.!,]",
    re.IGNORECASE,
)


# "a neighbour's dog, Rex, on Tunnard Street" (not "the dog, Shona's chips").
_PET_BETWEEN_COMMAS = re.compile(
    rf"\b(?:{_PETS}|{_ANIMALS})(?::|,)[ \t]+(?:[A-Z][a-z]+,?[ \t]+and[ \t]+)?$", re.IGNORECASE
)


_AND_ANOTHER = re.compile(r"[ \t]+and[ \t]+[A-Z][a-z]+[ \t]*[,.]")


def a_pet(text: str, start: int, end: int) -> bool:
    """The name is an animal's: "a dog called Star", "Star, the dog, is a spaniel", "a
    much-loved dog, Sheru.", "Sheru! Our dog."
    """
    return bool(
        _PET_BEFORE.search(text, max(0, start - 30), start)
        or _PET_AFTER.match(text, end)
        or (
            (text[end : end + 1] in (",", ".", "") or _AND_ANOTHER.match(text, end))
            and _PET_BETWEEN_COMMAS.search(text, max(0, start - 30), start) is not None
        )
    )


def casual(text: str, start: int, end: int) -> bool:
    """The words around text[start:end] are written all in small letters: a text message
    quoted, a chat, a quick note ("big t says bring yoni sat")."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    line_end = min(
        (i for i in (text.find("\n", end), text.find("\r", end)) if i != -1), default=len(text)
    )
    opening = _quote_before(text, line_start, start)
    if opening != -1:
        closing = _quote_after(text, end, line_end)
        quoted = text[opening:closing] if closing != -1 else ""
        if len(quoted.split()) >= 3 and not any(ch.isupper() for ch in quoted):
            return True
    window = text[max(line_start, start - 50) : min(line_end, end + 50)]
    # (A quick note keeps its abbreviations in capitals: "checked EUSS: milan pre-settled",
    # "ICTG sophie says"; they do not make it prose.)
    return sum(ch.isupper() for ch in _ABBREVIATION.sub("", window)) <= 1


_ABBREVIATION = re.compile(r"(?<![\w'’-])[A-Z][A-Z0-9&]+s?(?![\w'’-])")


# Where a quick note's entry starts: the text's start, a line, a full stop, a dash after a date
# ("12/03 – sophie says…").
_NOTE_ENTRY_START = re.compile(r"(?:\A|\n|[.!?;][ \t]+|[–—-][ \t]+)(?=[A-Za-z])")


@functools.lru_cache(maxsize=512)
def note_style(text: str) -> bool:
    """The text is a quick note written in small letters: most of its entries and sentences
    start with a small letter ("quick notes cg. 20/02 – long says hung's brother came…")."""
    starts = [text[m.end()] for m in _NOTE_ENTRY_START.finditer(text)]
    return len(starts) >= 4 and sum(ch.islower() for ch in starts) >= 0.6 * len(starts)


# Words only a text message writes ("u", "dont", "lol").
_TEXTING = re.compile(
    r"\b(?:u|ur|urs|r|im|ive|ill|dont|cant|wont|aint|didnt|doesnt|isnt|lol|omg|tho|wat|wot|"
    r"gonna|wanna|ya|ye|yh|pls|plz|thx|cos|coz|bruv|innit|wiv|nuffin|nothin|sumfin|2nite|2day|"
    r"gunna|deffo|rn|ngl|tbh|idk|sis|babe|hun|m8|ok|k|x+)\b"
)


def texting(text: str, start: int, end: int) -> bool:
    """text[start:end] is inside a message written in small letters: quoted ("tell bless to
    stop"), or amid texting words ("sunny will literally kill him lol"; a few capitalised
    words may stand near, a speaker's name or a shop's), not merely a stretch of a record's
    sentence that has no capital."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    before = text[max(line_start, start - 60) : start]
    after = text[end : end + 60].split("\n", 1)[0]
    if _TEXTING.search(before + " " + after):
        capitalised = [w for w in re.findall(r"\b[A-Z]\w*", before + " " + after) if w != "I"]
        if len(capitalised) <= 3:
            return True
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    quoted = (
        _quote_before(text, line_start, start) != -1 and _quote_after(text, end, line_end) != -1
    )
    return quoted and casual(text, start, end)


# Where a first name that is also a word ("sunny", "faith", "summer") is the person in a
# message: after a verb that takes a person or a kinship word ("tell hope", "ask faith", "nana
# pat"), or as the subject of a person's verb after the start of a clause ("sunny will
# literally kill him", "rosie told summer tho"); "at faiths" is her house.
_PERSON_SLOT_BEFORE = re.compile(
    r"\b(?:tell|tells|told|ask|asks|asked|with|messagin|messaging|seeing|owe|owes|text|txt|"
    r"texted|ring|rang|call|called|nana|nan|auntie|aunty|uncle|cousin|bro|sis)[ \t]+$"
)
_CLAUSE_START = re.compile(
    r"(?:^|[.!?,:;\"“(]|\b(?:and|but|if|cos|coz|so|then|only|when|tho|n|coz|bc|says|said))[ \t]*$"
)
_SUBJECT_VERB_AFTER = re.compile(
    r"[ \t]+(?:says|said|tells|told|will|is|was|has|had|got|gets|comes|came|dont|doesnt|didnt|"
    r"wants|misses|missed|thinks|knows|aint|saw|sees|likes|hates|loves|cant|wont|rang|text(?:ed|s)|"
    r"messaged|picked|took|takes|stays|stayed|lives|cries|cried|sent|sends|asleep|awake|present|"
    r"absent|crying|upset|at[ \t]+school|at[ \t]+nursery|in[ \t]+bed)\b"
)
_AT_HOUSE_BEFORE = re.compile(r"\b(?:at|to|round|from)[ \t]+$")
# Who the person is, in brackets after the name: "summer (aunt) present", "brooklyn (nev's
# friend)", "dallas (16)".
_WHO_IN_BRACKETS = re.compile(
    r"[ \t]*\((?:[\w'’]+['’]s[ \t]+)?(?:aunt|auntie|aunty|uncle|mum|mam|dad|nan|nana|gran|"
    r"granny|grandad|grandma|grandmother|grandfather|sister|brother|cousin|friend|mate|partner|"
    r"boyfriend|girlfriend|neighbour|stepdad|stepmum|niece|nephew|\d{1,2})\b"
)
# A person taken somewhere: "they took blessing to hospital", "can u get hope from school".
_TAKEN_BEFORE = re.compile(
    r"\b(?:took|take|takes|taking|brought|bring|get|got|fetch|collect|collected|pick|picked|"
    r"drop|dropped|walk|walked)[ \t]+$"
)
_TAKEN_AFTER = re.compile(r"[ \t]+(?:to|from|home|round)\b")


def _word_name_in_message(text: str, start: int, word: str) -> int | None:
    """The length of the name that the word at text[start:] (in small letters, in a message)
    writes, where it is a first name that is also an ordinary word standing where a person
    does; or None."""
    before = text[max(0, start - 30) : start]
    stem = word[:-1]
    if (
        word.endswith("s")
        and len(stem) >= 3
        and is_first_name(stem)
        and is_word_name(stem)
        and _AT_HOUSE_BEFORE.search(before)
    ):
        return len(word) - 1
    if not is_first_name(word) or not is_word_name(word) or zipf(word) >= 5.8:
        return None
    if _PERSON_SLOT_BEFORE.search(before) or _WHO_IN_BRACKETS.match(text, start + len(word)):
        return len(word)
    if _TAKEN_BEFORE.search(before) and _TAKEN_AFTER.match(text, start + len(word)):
        return len(word)
    if _CLAUSE_START.search(before) and _SUBJECT_VERB_AFTER.match(text, start + len(word)):
        return len(word)
    return None


# Who a name in a quick note is, in brackets after it: a worker's role ("hope (fsw) went
# round"), the name it stands for ("bee (austeja)", "lucky (jaspal)"), an age or kinship word.
_ROLE_OR_NAME_IN_BRACKETS = re.compile(
    r"[ \t]*\((?:fsw|sw|hv|sn|tm|pm|idva|isva|ysw|yot|fw|ew|ehw|pcso|dc|ds|pc|mat\.?[ \t]+\w+|"
    r"pat\.?[ \t]+\w+|aunt|auntie|aunty|uncle|cousin|gran|nan|nana|grandma|grandad|sister|"
    r"brother|neighbour|friend|partner|\d{1,2}|(?P<name>[a-z][a-z'’-]{2,14}))(?=[),;. \t])"
)
# Whom a visitor saw or spoke to in a quick note: "spoke to penny first", "saw joy at school".
_SEEN_BEFORE = re.compile(r"\b(?:spoke[ \t]+to|talked[ \t]+to|saw|seen|met|visited)[ \t]+$")
# Where a quick note's entry starts, before its subject: "12/03 – ", "03/11: ".
_NOTE_CLAUSE_START = re.compile(r"(?:\d[ \t]*[–—:-]|[–—])[ \t]*$")


def word_name_in_note(text: str, start: int, word: str) -> bool:
    """A first name that is also a word ("memory", "hope", "long"), in small letters in a quick
    note or a message, stands where a person does: the subject of a person's verb ("memory rang
    from…", "long says"), after a verb that takes a person ("with sunny"), or with who it is in
    brackets ("hope (fsw) went round", "bee (austeja)"). For a name the batch has found as a
    person elsewhere."""
    if word in NEVER_NAMES or word in KIN_WORDS or word in FIELD_WORDS or zipf(word) >= 6.3:
        return False
    before = text[max(0, start - 30) : start]
    if (
        _PERSON_SLOT_BEFORE.search(before)
        or _SEEN_BEFORE.search(before)
        or (
            (_CLAUSE_START.search(before) or _NOTE_CLAUSE_START.search(before))
            and _SUBJECT_VERB_AFTER.match(text, start + len(word))
        )
    ):
        return True
    bracket = _ROLE_OR_NAME_IN_BRACKETS.match(text, start + len(word))
    if bracket is None:
        return False
    name = bracket.group("name")
    return name is None or (is_first_name(name) and not is_word_name(name))


# Nicknames of a letter ("big t", "lil j"), a letter alone where a person stands ("k says",
# "him and t are cousins") and a title with a surname ("miss macleod", "mrs bailey", "miss m"),
# in a message.
_LETTER_NICKNAME = re.compile(r"(?<![\w'’])(?i:big|lil|little)[ \t]+[b-hj-tv-zB-HJ-TV-Z](?![\w'’])")
# …and anywhere in capitals ("a mentor, Big T (Tariq Hussain)", "Big M – that's what the coach
# calls him"), and a kinship word with a letter ("a lady she called Auntie C", "Uncle B").
_CAPITAL_NICKNAME = re.compile(
    r"(?<![\w'’])(?:Big|Lil|Auntie|Aunty|Uncle|Nana|Nanny|Cousin)[ \t]+[A-HJ-Z](?![\w'’]|\.\w)"
)
_QUOTED_NICKNAME = re.compile(r"(?<=[\"“])(?i:big|lil)[ \t]+[a-z]{1,6}(?=[\"”])")
_LETTER_PERSON = re.compile(
    r"(?:(?<=\band )|(?<=\bwith )|(?<=\btell )|(?<=\bask )|(?<=\btold )|(?<=\bfrom )|(?<=^)"
    r"|(?<=[\"“])|(?<=[\"“.!?] ))[dfghjklmpqstvwz]"
    r"(?=[ \t]+(?:says|said|aint|is|was|are|got|has|wants|knows|thinks|dont|cant|wont|will|told|"
    r"tells|rang)\b)",
    re.MULTILINE,
)
_TITLE_LOWER = re.compile(
    r"(?<![\w'’])(?:mr|mrs|ms|miss|dr)[ \t]+([a-z][a-z'’-]+|[a-z])(?![\w'’-])"
)


# Whom a message speaks to, after a greeting or a word of love: "u ok kriti?", "miss u jaz.",
# "dobry den hannah.", "course u can sky.".
_VOCATIVE = re.compile(
    r"\b(?:hi|hey|hiya|hello|namaste|salaam|den|ok|miss\s+u|love\s+u|luv\s+u|thanks|thank\s+u|"
    r"thx|sorry|bye|night|morning|can|babe)[ \t]+(?P<name>[a-z][a-z'’-]{1,11})"
    r"(?=[ \t]*(?:[.,?!\"”]|$))"
)


def _people_in_messages(text: str) -> list[Span]:
    spans = []
    for pattern in (_LETTER_NICKNAME, _LETTER_PERSON):
        for match in pattern.finditer(text):
            quoted = (  # 'messages from "big J"'
                pattern is _LETTER_NICKNAME
                and text[match.start() - 1 : match.start()] in ('"', "“")
                and text[match.end() : match.end() + 1] in ('"', "”")
            )
            if quoted or texting(text, match.start(), match.end()):
                spans.append(Span(match.start(), match.end(), "PERSON", "context", 0.52))
    for pattern in (_CAPITAL_NICKNAME, _QUOTED_NICKNAME):
        for match in pattern.finditer(text):
            # "lil dee", not "big up" or "big love"
            if pattern is _QUOTED_NICKNAME and zipf(match.group(0).split()[-1]) >= 4.0:
                continue
            spans.append(Span(match.start(), match.end(), "PERSON", "context", 0.55))
    for match in _VOCATIVE.finditer(text):
        word = match.group("name")
        if (
            (is_first_name(word) or zipf(word) < 3.0)
            and _speaker_name(word, False)
            and texting(text, match.start("name"), match.end("name"))
        ):
            spans.append(Span(match.start("name"), match.end("name"), "PERSON", "context", 0.52))
    for match in _TITLE_LOWER.finditer(text):
        word = match.group(1)
        if len(word) > 1 and _TEXTING.fullmatch(word):
            continue  # "miss pls dont let baba take me": the teacher addressed, no surname
        a_surname = len(word) > 1 and (zipf(word) < 4.0 or is_surname(word)) and zipf(word) < 5.0
        an_initial = len(word) == 1 and word not in "iuarnxy"
        if (a_surname or an_initial) and (
            texting(text, match.start(), match.end()) or casual(text, match.start(), match.end())
        ):
            spans.append(Span(match.start(), match.end(), "PERSON", "context", 0.52))
    return spans


def _lower_name(word: str, chat: bool) -> str | None:
    """The first name `word` (in small letters) writes, or None: a listed first name that is no
    English word at all (Zipf 0), or in a chat any listed first name that no dictionary has as
    a word and that is not common as one ("megan", "tyrone"; not "will", "dean"); a chat's
    possessive without its apostrophe ("at selams", "at chantelles") too."""
    if word in FIELD_WORDS or word in APP_NAMES or word in NEVER_NAMES:
        return None
    if len(word) >= 4 and zipf(word) == 0 and is_first_name(word):
        return word
    if chat and len(word) >= 3 and is_first_name(word) and not is_word_name(word):
        return word if zipf(word) < 4.0 else None
    if word.endswith("s") and not is_first_name(word) and zipf(word) == 0:
        return _lower_name(word[:-1], chat)
    return None


def find_lower_case_names(text: str) -> list[Span]:
    """First names written in small letters, as text messages and quick notes write them
    ("went to the mosque with bilal", "tell her ur at selams"): a listed first name that is no
    English word at all and no kinship or field word, and in a chat a little more (see
    `_lower_name`). Names that are also words ("hope", "will", "summer") are left alone in
    small letters."""
    spans = []
    # A chat: two or more people each speaking more than once ("yoni: u comin 2nite", "hodan:
    # cant"); its speakers in small letters are names.
    speakers = Counter(
        m.group(1) for m in _SPEAKER.finditer(text) if m.group(1).casefold() not in FIELD_WORDS
    )
    talking = {word for word, count in speakers.items() if count >= 2}
    speakers_by_initials = Counter(m.group(1) for m in _INITIALS_SPEAKER.finditer(text))
    quoted_speakers = {m.group("name").casefold() for m in _QUOTED_SPEAKER.finditer(text)}
    # …or each message quoted with its sender inside: "'raju: aama says come home' 'suni: i am
    # at the centre'".
    opening_speakers = {
        m.group(1).casefold()
        for m in _SPEAKER.finditer(text)
        if _OPENING_QUOTE.match(text, max(0, m.start() - 1)) and m.start() > 0
    }
    chat = len(talking) >= 2 or len(quoted_speakers) >= 2 or len(opening_speakers) >= 2
    if chat:
        for m in _SPEAKER.finditer(text):
            opens = m.group(1).casefold() in opening_speakers and _speaker_name(m.group(1), True)
            if (m.group(1) in talking or opens) and m.group(1).islower():
                spans.append(Span(m.start(1), m.end(1), "PERSON", "context", 0.52))
    # An interview's speakers by their initials ("DSB: Who lives in your house?", "MRC: Mum"),
    # not by their role ("SW:", "HV:", "DSL:").
    for m in _INITIALS_SPEAKER.finditer(text):
        letters = m.group(1)
        if (
            speakers_by_initials[letters] >= 2
            and letters not in acronyms()
            and letters.casefold() not in FIELD_WORDS
        ):
            spans.append(Span(m.start(1), m.end(1), "PERSON", "context", 0.55))
    for match in _LOWER_WORD.finditer(text):
        word = re.sub(r"['’]s?$", "", match.group(0).rstrip("'’"))
        if _TEXTING.fullmatch(word):
            continue  # "urs" is "yours" in a message, not the Swiss name
        if _LOWER_DETERMINER_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "he had given his besa, his word of honour": a word, not Besa
        name = _lower_name(word, chat)
        length = len(name) if name is not None else None
        if (
            length is None
            and is_first_name(word)
            and word not in NEVER_NAMES
            and _WHO_IN_BRACKETS.match(text, match.start() + len(word))
            and casual(text, match.start(), match.end())
        ):
            length = len(word)  # "summer (aunt) present", "brooklyn (nev's friend)"
        if (
            length is None
            and not chat
            and _lower_name(word, True) is not None
            and (
                texting(text, match.start(), match.end())
                # a quick note all in small letters: "nev at school. rocco in nappy only"
                or (zipf(word) < 3.5 and casual(text, match.start(), match.end()))
            )
        ):
            length = len(word)
        if (
            length is None
            and (is_word_name(word) or is_word_name(word[:-1]))
            and word not in NEVER_NAMES
            and (chat or texting(text, match.start(), match.end()))
        ):
            length = _word_name_in_message(text, match.start(), word)
        if (
            length is None
            and _lower_name_in_its_slot(text, match.start(), word)
            and (
                chat
                or texting(text, match.start(), match.end())
                # a quick note: "nev at school. daz asleep on sofa" (a listed name only: a
                # stretch of a record's prose may have no capital either)
                or (
                    is_first_name(word)
                    and not is_word_name(word)
                    and (casual(text, match.start(), match.end()) or note_style(text))
                )
            )
        ):
            length = len(word)
        if length is not None:
            spans.append(Span(match.start(), match.start() + length, "PERSON", "context", 0.52))
    return spans + _people_in_messages(text) + _message_speakers(text) + _turn_takers(text)


# A conversation's speaker, at its turn: "Dash: Loud.", "Temka: Just a guy from the cage."
_TURN = re.compile(r"(?:\A|(?<=[.!?\"”)][ \t])|(?<=\n))(?P<name>[A-Z][a-zà-ÿ'’-]{1,15}):[ \t]")
# …not a heading or a role: "Action:", "Mother:", "Reviewer:".
_NOT_TURN_TAKERS_TEXT = """action actions agreed outcome outcomes present apologies attendees chair
decision decisions learning noted note notes minutes author subject plan next contact summary
discussion information analysis recommendation update concern concerns risk background progress
mother father mum dad mam child children sibling siblings reviewer interviewer interpreter
practitioner worker victim perpetrator teacher nurse doctor officer manager grandmother
grandfather carer parent parents professional professionals family home housing health education
category ethnicity religion language languages medical intelligence phone explanation checks
associates also attendance address from to re cc date time venue purpose question answer
response comment comments reply q a"""
_NOT_TURN_TAKERS = frozenset(_NOT_TURN_TAKERS_TEXT.split())


def _turn_takers(text: str) -> list[Span]:
    """The names before a transcript's turns: a word that takes two turns or more, or one turn
    where two others do, and that no heading or role is."""
    # (a word of the language is a heading however often it speaks: "Police: NFA. … Police: no
    # further action"; only a listed first name or a word no dictionary has takes turns)
    turns = [
        m
        for m in _TURN.finditer(text)
        if not _not_a_speaker(m.group("name"))
        and (is_first_name(m.group("name")) or zipf(m.group("name").casefold()) < 3.0)
    ]
    taken = Counter(m.group("name") for m in turns)
    talkers = {name for name, count in taken.items() if count >= 2}
    spans = []
    for match in turns:
        name = match.group("name")
        if name in talkers or len(talkers - {name}) >= 2:
            spans.append(Span(match.start("name"), match.end("name"), "PERSON", "context", 0.6))
    return spans


def _not_a_speaker(word: str) -> bool:
    folded = word.casefold()
    return (
        folded.endswith(("'s", "’s"))  # "Reviewer's note:"
        or folded in _NOT_TURN_TAKERS
        or folded in FIELD_WORDS
        or folded in KIN_WORDS
        or folded in CALENDAR_WORDS
        or folded in NEVER_NAMES
        or folded in ETHNICITY
    )


_LOWER_DETERMINER_BEFORE = re.compile(r"\b(?:his|their|its|the|a|an|this|these|those)[ \t]+$")


def _lower_name_in_its_slot(text: str, start: int, word: str) -> bool:
    """A word in small letters in a message that is a listed first name no dictionary has as a
    word ("lewis says", "tell hannah"), or no English word at all ("gulo says she has a
    temperature", "bazo stays wiv me"), standing where a person does: after a verb that takes
    one, or as the subject of a person's verb at the start of a clause."""
    if (
        word in FIELD_WORDS
        or word in APP_NAMES
        or word in NEVER_NAMES
        or word in KIN_WORDS
        or word in DIALECT_WORDS
        or word in CALENDAR_WORDS
        or _TEXTING.fullmatch(word)
    ):
        return False
    if "-" in word and all(zipf(part) >= 3.0 for part in word.split("-") if part):
        return False  # "non-accidental", "self-harm": words joined, no name
    if not (
        (is_first_name(word) and not is_word_name(word) and zipf(word) < 5.0) or zipf(word) < 2.5
    ):
        return False
    before = text[max(0, start - 30) : start]
    # The person a message speaks to, its first word: "'shili dont let karo near the kids'",
    # "'kay my dad's back'" (a listed first name only: "'soz'", "'omw'" open messages too).
    opens_message = (
        start > 0
        and _OPENING_QUOTE.match(text, start - 1) is not None
        and not text.startswith(":", start + len(word))
        and is_first_name(word)
        and not is_word_name(word)
    )
    return bool(
        opens_message
        or _PERSON_SLOT_BEFORE.search(before)
        or (_CLAUSE_START.search(before) and _SUBJECT_VERB_AFTER.match(text, start + len(word)))
    )


# A message's sender before its quoted words: 'sooty: "sorry babe"', 'dil uncle: "where r u"',
# 'Delroy: "yes son"'; and who wrote to whom: "WhatsApp from harleen to jazz", "amber to her
# mum:", "Maricel to Rosa:".
_QUOTED_SPEAKER = re.compile(
    r"(?:^|(?<=[\s\"“‘'.;]))(?P<name>[A-Za-z][a-z'’-]{1,15})(?:[ \t]+(?P<kin>[a-z]+))?:[ \t]*"
    r"(?:[\"“‘]|'(?=\w))"
)
_SENDER_TO = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\n)|(?i:(?:whatsapp|texts?|messages?|snapchat|dms?)[ \t]*,?[ \t]+"
    r"(?:from[ \t]+)?))(?P<name>[A-Za-z][a-z'’-]{2,15})[ \t]+to[ \t]+"
    r"(?:(?P<other>[a-z][a-z'’-]{2,15})\b|(?:the|her|his|their|my)\b|(?:Mrs|Mr|Ms|Miss|Dr)\b|"
    r"(?P<capital>[A-Z][a-z'’-]+)\b)(?=[^\n\"“]{0,60}[:,][ \t]*[\"“])"
)
_NOT_SPEAKERS_TEXT = """reply replies answer another message messages text texts later response
caption note notes bio status post comment subject heading title quote translation original
sender name me him her them us she he they it i you we mum dad mam mom mother father text then
also and but or said says wrote writes asked read reads stating states typed saying voicemail
note one other first second last next earlier final neighbour friend teacher nurse officer
worker caller victim witness child boy girl son daughter sister brother aunt uncle grandmother
grandfather partner boyfriend girlfriend carer interpreter manager pupil student"""
_NOT_SPEAKERS = frozenset(_NOT_SPEAKERS_TEXT.split())


def _speaker_name(word: str, repeated: bool) -> bool:
    folded = word.casefold()
    if (
        folded in _NOT_SPEAKERS
        or folded in FIELD_WORDS
        or folded in APP_NAMES
        or folded in NEVER_NAMES
        or folded in CALENDAR_WORDS
        or folded in ETHNICITY
        or _TEXTING.fullmatch(folded)
    ):
        return False
    return is_first_name(word) or zipf(folded) < 4.0 or (repeated and zipf(folded) < 5.0)


def _message_speakers(text: str) -> list[Span]:
    spans = []
    said = Counter(m.group("name").casefold() for m in _QUOTED_SPEAKER.finditer(text))
    for match in _QUOTED_SPEAKER.finditer(text):
        kin = match.group("kin")
        if kin is not None and kin not in KIN_WORDS:
            continue
        name = match.group("name")
        if _speaker_name(name, said[name.casefold()] >= 2):
            spans.append(Span(match.start("name"), match.end("name"), "PERSON", "context", 0.55))
    for match in _SENDER_TO.finditer(text):
        for group in ("name", "other", "capital"):
            word = match.group(group)
            if word is None or not _speaker_name(word, False):
                continue
            if group != "other" and not (is_first_name(word) or zipf(word.casefold()) < 4.0):
                continue
            spans.append(Span(match.start(group), match.end(group), "PERSON", "context", 0.55))
    return spans


# A person known by a letter, in quotes: a contact saved as "R 🖤", 'went with "J"', '"D" is
# Dion', a rent book initialled "G.D."; not a grade, a plan or a form ('an "A"', 'Plan "B"').
_QUOTED_LETTER = re.compile(
    r"(?:[\"“‘]|(?<![\w'’])')(?P<letters>[A-Z](?:\.(?:[A-Z]\.)+)?|[b-hj-tv-z])"
    r"(?:[ \t]*[^\w\s\"”'’]{1,3})?(?:[\"”’]|'(?!\w))"
)
# Two or three capitals in quotes after what a contact is saved as: "contacts saved as 'Kof',
# 'KB' and 'Zee'".
_QUOTED_CONTACT = re.compile(
    r"\b(?i:saved|stored|listed)[ \t]+as[ \t]+(?:(?:[\"“‘'][^\"”’'\n]{1,20}[\"”’'][ \t]*,?[ \t]*"
    r"(?:and|or)?[ \t]*)*)[\"“‘'](?P<letters>[A-Z]{2,3})[\"”’']"
)
_LETTER_CUE_BEFORE = re.compile(
    r"\b(?i:saved\s+as|stored\s+as|called|named|known\s+as|signed|initialled|from|with|"
    r"another\s+as|and|calls?\s+(?:him|her|them)|signed\s+off|dad|mum|uncle|auntie|aunt|"
    r"brother|sister|cousin|friend|boyfriend|girlfriend|partner)[ \t]+$"
    r"|[\"“][A-Z][a-z]+[\"”][ \t]+or[ \t]+$"  # 'calls him "Yoni" or "Y"'
)
_LETTER_CUE_AFTER = re.compile(r"[ \t]+(?:is|was|=)[ \t]+[A-Z][a-z]")
# …and a letter without quotes where only a person stands: "they call him S, was there", "a
# voice note from D. at 02:14".
_UNQUOTED_LETTER = re.compile(
    r"\b(?:call|calls|called)[ \t]+(?:him|her|them)[ \t]+(?P<a>[A-Z])(?=[,;]|[ \t]+[a-z])"
    r"|\b(?i:voice\s+note|voicemail|message|text|call|calls|messages|texts)[ \t]+from[ \t]+"
    r"(?P<b>[A-Z])\.?(?=[ \t]+(?:at|on|in|saying)\b)"
)


# Initials with full stops and what the person is in the case after them: "Case 6: T.R.
# (victim), L.T. (perpetrator)", "J.M. (aged 14)".
_INITIALS_WITH_ROLE = re.compile(
    r"(?<![\w.])(?:[A-Z]\.){2,3}(?=[ \t]*\((?i:victim|perpetrator|alleged|suspect|child|mother|"
    r"father|aged|age|dob|\d))"
)


def find_people_by_letters(text: str) -> list[Span]:
    """A person a message or a witness names only by a letter, in quotes (see `_QUOTED_LETTER`),
    and a person named by initials with their part in the case after them."""
    spans = [
        Span(m.start(), m.end(), "PERSON", "context", 0.6)
        for m in _INITIALS_WITH_ROLE.finditer(text)
    ]
    for match in _UNQUOTED_LETTER.finditer(text):
        group = "a" if match.group("a") else "b"
        spans.append(Span(match.start(group), match.end(group), "PERSON", "context", 0.55))
    for match in _QUOTED_CONTACT.finditer(text):
        if match.group("letters") not in acronyms():
            spans.append(Span(*match.span("letters"), "PERSON", "context", 0.55))
    for match in _QUOTED_LETTER.finditer(text):
        before = text[max(0, match.start() - 20) : match.start()]
        if _LETTER_CUE_BEFORE.search(before) or _LETTER_CUE_AFTER.match(text, match.end()):
            letters = match.start("letters")
            spans.append(Span(letters, match.end("letters"), "PERSON", "context", 0.55))
    return spans


# A word of a people or a faith that is also a first name ("Shona", "Christian") is the person
# where a person's verb, a possessive or "and the children" follows, and not after a word that
# makes it the language or the faith ("speaks Shona", "a Christian").
_PEOPLE_WORD = re.compile(r"(?<![\w'’-])(?P<word>(?i:shona|christian))(?:['’]s?)?(?![\w'’-])")
_PERSON_AFTER = re.compile(
    r"(?:['’]s[ \t]+[a-z]|[ \t]+and[ \t]+(?:the|her|his)[ \t]+(?:children|kids|baby|boys|girls)\b"
    r"|[ \t]+(?:has|had|does|did|turned|was|is)\b)"
)
_LANGUAGE_BEFORE = re.compile(
    r"\b(?i:speaks?|spoke|speaking|in|fluent|translated|interpreter|language|a|an|the|devout|"
    r"practising)[ \t]+$"
)


def find_people_words_as_names(text: str) -> list[Span]:
    """ "Shona and the children moved", "Shona's new mobile", "Shona turned it down"."""
    spans = []
    for match in _PEOPLE_WORD.finditer(text):
        word = match.group("word")
        if not word[:1].isupper():
            continue
        end = match.end("word")
        if _LANGUAGE_BEFORE.search(text, max(0, match.start() - 15), match.start()):
            continue
        if person_verb_follows(text, end) or _PERSON_AFTER.match(text, end):
            spans.append(Span(match.start(), end, "PERSON", "context", 0.55))
    return spans


# The endings of the words of medicine and its professions, which no name has.
_MEDICAL_ENDING = re.compile(
    r"(?:ician|ologist|ology|iatrist|iatry|globin|aemia|emia|itis|osis|ectomy|otomy|ography|"
    r"therapy|therapist|scopy|algia|pathy)s?$",
    re.IGNORECASE,
)


_ARTICLES = frozenset({"a", "an", "the"})
_COLOURS = frozenset({"white", "black", "silver", "grey", "gray", "red", "blue", "green"})
_BEFORE_A_MONTH = frozenset(
    {"that", "this", "last", "next", "every", "each", "early", "late", "mid"}
)


def _after_an_article(token: Any) -> bool:
    """The word comes after "a", "an" or "the", or after one of them and a small-letter
    adjective: "a white Mercedes", "the Morvoren" (not "the baby, Amira"); or after a colour."""
    doc, i = token.doc, token.i
    if i == 0:
        return False
    before = doc[i - 1]
    if before.lower_ in _ARTICLES or before.text in _COLOURS:  # "in white Mercedes": a car
        return True
    return (
        i >= 2 and before.pos_ == "ADJ" and before.text.islower() and doc[i - 2].lower_ in _ARTICLES
    )


def _month_before(token: Any) -> bool:
    """A month's word comes after "that", "last", "early" and the like: "that November"."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in _BEFORE_A_MONTH


def find_lone_first_names(text: str, doc: Any) -> list[Span]:
    """First names alone with no cue: a capitalised word from the list of first names, tagged a
    proper noun (or a noun the model did not know), not starting a sentence unless it is a rare
    English word, not part of a place's name."""
    if doc is None:
        return []
    # Where each token starts, read from the model's arrays (a Token object is made only for
    # the capitalised words looked at).
    token_at = {start: i for i, start in enumerate(doc.to_array("IDX").tolist())}
    spans = []
    for match in _CAPITALISED.finditer(text):
        word = match.group(0)
        if not word[:1].isupper():
            continue
        # "Amira", "Lily-Mae", "Jean-paul"; not "McDonald's"-like inner capitals nor "JJ".
        if not all(p[:1].isupper() or i for i, p in enumerate(word.split("-"))) or not all(
            p[1:].islower() for p in word.split("-")
        ):
            continue
        bare = re.sub(r"['’]s?$", "", word)
        if bare.casefold() in FIELD_WORDS | _FUNCTION_WORDS | APP_NAMES | NEVER_NAMES or any(
            ch.isdigit() for ch in bare
        ):
            continue
        if _MEDICAL_ENDING.search(bare) and not is_first_name(bare):
            continue  # "Carboxyhaemoglobin 18%", "(Consultant Paediatrician)"
        position = token_at.get(match.start())
        if position is None:
            continue
        token = doc[position]
        # A feast's day after its name is no one: "Christmas Eve", "Easter Sunday".
        festival = re.search(
            r"\b([A-Z][a-z]+)[ \t]+$", text[max(0, match.start() - 20) : match.start()]
        )
        if festival is not None and festival.group(1).casefold() in NEVER_NAMES:
            continue
        # A word after an article, or after an article and an adjective, names a thing: "a
        # white Mercedes", "the Morvoren"; a month after "that" or "last" is the month ("they
        # separated that November and Zsófia met…").
        if _after_an_article(token) or (bare.casefold() in CALENDAR_WORDS and _month_before(token)):
            continue
        # A month that is also a first name is a name only before a person's verb ("April to
        # share the plan", "June said") or beside another name ("June and Rain were ill").
        if (
            bare.casefold() in CALENDAR_WORDS
            and not person_verb_follows(text, match.end())
            and not _pair_of_names(token)
        ):
            continue
        # A first name that is a word, after a capitalised ordinary word, is a word of a
        # term or a title: "Youth Justice", "Child Poverty Action" (not "Dear Hope").
        if is_word_name(bare) and after_a_term_word(text, match.start()):
            continue
        if modal_name(token):
            spans.append(Span(match.start(), match.end(), "PERSON", "context", 0.55))
            continue
        # The tagger guesses at a word it has never seen ("after Parminder called": an adverb)
        # and at a name that starts a sentence ("Naomi from the hostel rang": an adjective); a
        # listed first name that no dictionary has as a word is a name whatever the tag.
        unknown_name = (
            is_first_name(bare)
            and (zipf(bare) == 0 or not is_word_name(bare))
            and zipf(bare) < 5.0  # "As agreed": a function word some list has as a name
            and not (token.pos_ == "NUM" and token.like_num)  # "Farai" is no number
        )
        if (
            token.pos_ in _NOT_WORDS
            and not unknown_name
            and not person_verb_follows(text, match.end())
            and not _in_a_list_of_names(token)
            and not _capitalised_adjective(text, match, token)
        ):
            continue
        # The model calling a first name a place ("Paddy said…", "been Yonas?") is overruled
        # by the list; a place's position ("to Kingston") is checked below.
        # A place of several words the model found is a place ("from Hải Phòng").
        # (A word no list knows that the model calls a place: `_unknown_lone_word` decides.)
        place = token.ent_type_ in ("GPE", "LOC", "FAC") or bare in PLACES_THAT_ARE_FIRST_NAMES
        if (
            place
            and is_first_name(bare)
            and (
                not (
                    zipf(bare) < 3.0
                    or name_follows(text, match.end())
                    or person_verb_follows(text, match.end())
                    # "spoke to Tyler and the baby", "saw Shannon at the clinic": no one
                    # speaks to or weighs a place
                    or _SPOKE_TO.search(text, max(0, match.start() - 40), match.start())
                    or _beside_a_first_name(token)  # "with Sonam and Liam"
                    or _DONE_TO_A_PERSON.search(text, max(0, match.start() - 40), match.start())
                )
                or _in_longer_entity(token)
            )
        ):
            continue
        common = zipf(bare)
        if street_name(text, match, token, common):
            spans.append(Span(match.start(), match.start() + len(bare), "PERSON", "context", 0.55))
            continue
        pair_start = _given_name_before(text, match.start(), bare, token, common)
        if pair_start is not None:
            end = match.start() + len(bare)
            spans.append(Span(pair_start, end, "PERSON", "context", 0.55))
            continue
        if (
            not is_first_name(bare)
            and not _unknown_lone_word(text, match, token, common)
            and not _lone_surname(text, match, token, common)
            and not _lone_nickname(text, match, token)
        ):
            continue
        signature = re.match(r"[ \t]*(?:\n|$)", text[match.end() :]) is not None
        starts = at_line_start(text, match.start())
        action = is_first_name(bare) and (
            (starts and _action_follows(token))
            or _pair_of_names(token)
            or _in_a_list_of_names(token)
        )
        # A common first name that is no ordinary word ("Michael", "Tyler") is a name wherever
        # it stands; one that is a word ("Hope", "Will") starts a sentence as the word.
        if (
            starts
            and common >= 4.0
            and is_word_name(bare)
            and not signature
            and not person_verb_follows(text, match.end())
            and not action
            and not attendance_item(text, match.start(), match.start() + len(bare))
        ):
            continue
        if (
            common >= 5.0
            and token.pos_ != "PROPN"
            and (is_word_name(bare) or common >= 5.5)  # "As agreed": no dictionary's name
            and not person_verb_follows(text, match.end())
            and not action
        ):
            continue
        end = match.start() + len(bare)
        if not action and not plausible_weak_name(text, match.start(), end):
            continue
        spans.append(Span(match.start(), end, "PERSON", "context", 0.55 if action else 0.45))
    return spans


# Counties and towns that are first names too, a place unless a person's cue says otherwise
# ("Essex notify Kent", "not shared with Kent"; not "Kent said").
PLACES_THAT_ARE_FIRST_NAMES = frozenset(
    {"Kent", "Devon", "Chester", "Lincoln", "Preston", "Bradford", "Carlisle", "Durham", "Derby"}
)


_NAME_BEFORE_WORDS_TEXT = """dear hi hello thanks thank cheers love from to cc and or uncle auntie
aunt nan nanny grandma grandad sister brother cousin baby
later then today yesterday tomorrow tonight when after before once meanwhile also however
eventually afterwards sometimes only even both while whilst since until because although though
if unless so but yet initially subsequently previously recently again"""
# (and the words that start a sentence before its subject: "Later Florin was seen")
_NAME_BEFORE_WORDS = frozenset(_NAME_BEFORE_WORDS_TEXT.split())


def after_a_term_word(text: str, start: int) -> bool:
    word = capitalised_word_before(text, start, space=r"[ \t]")
    return (
        word is not None
        and word.casefold() not in _NAME_BEFORE_WORDS
        and word.casefold() not in CALENDAR_WORDS
    )


# What only a person has, after a possessive: "Roksi's ears", "Aramo's birthday".
_OWNED_BY_A_PERSON = re.compile(
    r"['’]s[ \t]+(?:(?:left|right|little|older|younger|new|baby)[ \t]+)?(?:ears?|eyes?|teeth|"
    r"tooth|arms?|legs?|head|face|hair|skin|hands?|feet|foot|nappy|nappies|bottle|cot|bed|"
    r"birthday|mum|mother|dad|father|nan|grandmother|brother|sister|friends?|boyfriend|"
    r"girlfriend|phone|bike|toys?|clothes|shoes|speech|weight|growth|behaviour|hearing|"
    r"eczema|asthma|jabs|immunisations|dentist|dental)\b"
)
# A child taken somewhere: "take Aramo to football", "dropped Bence home".
_CARRIED_BEFORE = re.compile(
    r"\b(?:take|takes|took|taking|bring|brings|brought|bringing|drop|drops|dropped|walk|walks|"
    r"walked|collect|collects|collected)[ \t]+$"
)
_CARRIED_AFTER = re.compile(r"[ \t]+(?:to|home|back|from)\b(?![ \t]+(?:court|tribunal)\b)")


def _in_a_list_of_names(token: Any, unknown: bool = False) -> bool:
    """A capitalised first name inside a sentence, joined by "and" or a comma to another: "She
    plays with Faith and Will after school" (the modal is never capitalised there)."""
    doc = token.doc
    i = token.i
    if token.is_sent_start or not (unknown or _listed_name(token)):
        return False
    # (not a word of a longer name: "Canal & River Trust"; not a faith: "Christian and Muslim")
    if i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or doc[i + 1].pos_ == "NOUN"):
        return False  # (nor a word before its noun: "Summer and Autumn terms")
    if token.lower_ in ETHNICITY:
        return False
    before = (
        i >= 2
        and doc[i - 1].lower_ in ("and", ",")
        and _listed_name(doc[i - 2])
        and doc[i - 2].lower_ not in ETHNICITY
    )
    after = (
        i + 2 < len(doc)
        and doc[i + 1].lower_ in ("and", ",")
        and _listed_name(doc[i + 2])
        and doc[i + 2].lower_ not in ETHNICITY
    )
    # (a comma alone joins a list only with a name on each side: "Tyler, Reece and Hope", not
    # "Dear Mr Ward, Summer holiday club")
    return (
        (before and doc[i - 1].lower_ == "and")
        or (after and doc[i + 1].lower_ == "and")
        or (before and after)
        # (the first of three: "Ibby, Zak and a lad called Kieran")
        or (after and i + 3 < len(doc) and doc[i + 3].lower_ in ("and", ","))
    )


def _listed_name(token: Any) -> bool:
    word = token.text
    return (
        word[:1].isupper()
        and word[1:].islower()
        and is_first_name(word)
        and word.casefold() not in CALENDAR_WORDS
    )


def _pair_of_names(token: Any) -> bool:
    """Two first names joined by "and" before a verb are two people, even where each is also
    a word ("Sky and River attend", "June and Rain were ill")."""
    doc = token.doc
    i = token.i
    if i + 3 < len(doc) and doc[i + 1].lower_ in ("and", "&"):
        other, verb = doc[i + 2], doc[i + 3]
        if _listed_name(other) and verb.pos_ in ("VERB", "AUX"):
            return True
    if i >= 2 and i + 1 < len(doc) and doc[i - 1].lower_ in ("and", "&"):
        other, verb = doc[i - 2], doc[i + 1]
        if _listed_name(other) and verb.pos_ in ("VERB", "AUX"):
            return True
    return False


def _in_longer_entity(token: Any) -> bool:
    """The token is one word of an entity of several words."""
    doc = token.doc
    before = token.i > 0 and token.ent_iob_ == "I"
    after = token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"
    return bool(before or after)


def _action_follows(token: Any) -> bool:
    """An action of the minutes follows: "to" and a verb in its base form ("Grace to order a
    bed", "River to go to the club"), which a person is given, not a word starting a line."""
    doc = token.doc
    if token.i + 2 >= len(doc):
        return False
    to, verb = doc[token.i + 1], doc[token.i + 2]
    return to.lower_ == "to" and verb.tag_ == "VB"
