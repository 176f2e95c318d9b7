"""Named places that identify a person's whereabouts: schools, nurseries, GP practices,
hospitals, pharmacies, places of worship and local bodies, told apart from agencies, national
bodies and the terms of a service."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from casewindow.anonymisation.detection.identifiers.spans import Span
from casewindow.anonymisation.detection.identifiers.street_words import (
    STREET_SUFFIXES,
    TOWNS_THAT_ARE_WORDS,
)

# --- Named schools, GP practices, hospitals, nurseries -------------------------------------

ORG_KINDS = {
    "school": r"(?:Primary|Infant|Junior|Secondary|High|Grammar|Community|Special)?\s*School"
    r"|Academy|College|Sixth Form|University|Pupil Referral Unit|Learning Centre|Primary"
    r"|Infants|Juniors|Madrasa|Madrasah|Madrassa|Secondary",
    # (a children's centre in a note's shorthand too: "Millfields CC")
    "nursery": r"Nursery|Pre-?[Ss]chool|Playgroup|Children['’]s Centre|Day Nursery|Family Hub|CC"
    r"|Family Centre|Youth Centre|Youth Club|Youth Hub|Community Hub|Youth Zone",
    "GP practice": r"Surgery|Medical Centre|Medical Practice|Health Centre|Group Practice"
    r"|GP Practice|Medical Group|Family Practice|Health Practice|Clinic|Dental Practice",
    "hospital": r"Hospital|Infirmary|Maternity Unit|Birth Centre|Psychiatric Unit"
    r"|Mental Health Unit|Adolescent Unit|Mother and Baby Unit|Inpatient Unit"
    r"|Child Development Centre",
    "pharmacy": r"Pharmacy|Chemists?",
    "care home": r"Care Home|Nursing Home|Residential Home|Hospice",
    "community place": r"Library|Leisure Centre|Community Centre|Sports Centre"
    r"|Neighbourhood Centre|Resource Centre|Day Centre|Youth Drop-in|Drop-in Centre",
    # (a church named by its denomination's full name first: "New Testament Church of God",
    # "Celestial Church of Christ")
    "place of worship": r"Church of God(?: of Prophecy)?|Church of Christ|Church of Pentecost"
    r"|Church of the Nazarene|Mosque|Masjid|Gurdwara|Mandir|Synagogue|Temple|Church|Chapel"
    r"|Cathedral|Mission|Kingdom Hall|Ministries|Fellowship|Tabernacle|Gumba|Gompa|Vihara"
    r"|Pentecostal Assembly|Assembly of God|Assemblies of God",
    # An employer named by its trade ("Harehills Tyres and Exhausts", "Mwale Barbers"): where a
    # parent works or a young person is exploited. Named only with a proper name in it, so
    # "Gold Star Motors" or "the Hand Car Wash" stay.
    "business": r"Barbers|Barber Shop|Barbershop|Hairdressers|Salon|Nails|Car Wash|Tyres"
    r"|Exhausts|Garage|Motors|Autos|Scaffolding|Roofing|Builders|Plumbing|Plumbers|Electrical"
    r"|Driveways|Tarmac|Landscaping|Tree Surgeons|Cash and Carry|Takeaway|Restaurant|Bakery"
    r"|Butchers|Off Licence|Supermarket|Stores|Carpets|Removals|Haulage|Joinery|Construction"
    r"|Fish Bar|Kebabs|Taxis|Farms|Cafe|Café|Coffee Shop|Solicitors|Boatyard|Boatyard Services"
    r"|Nails|Nail Bar|Travel|Travel Agents|Cash Converters|Vapes|Car Sales|Car Parts"
    # Pubs, shops and firms where someone drinks or works: "the Radjel Inn", "Vale Bookmakers",
    # "Fenmarsh Produce". (Not hotels, caravan parks or marinas: families live in them, and
    # there they are an address.)
    r"|Inn|Tavern|Arms|Shopping Centre|Bookmakers|Skip Hire|Produce|Cash (?:and|&) Carry"
    # …and where young people are drawn in or a parent works: "Porth Plaza", "Geevor Tin Mine".
    r"|Plaza|Mall|Retail Park|Arcade|Tin Mine|Mine|Quarry|Colliery|Factory|Warehouse|Depot"
    r"|Mini Market|Minimarket|Grocers|Grocery|Food Store|Superstore|Chip Shop|Pizzeria"
    r"|Kebab House|Nail Studio|Launderette|Mobiles|Phone Shop|Snooker Club|Grill|Mini Mart|Bar"
    r"|Gym|Fitness|Foods|Wholesale|Store"
    # …and a local firm a parent drives or packs for: "Steel City Cabs", "Nene Valley Packers",
    # "Yaad Kitchen"; stables where a child rides ("Bluebell Hill Stables").
    r"|Cabs|Packers|Packing|Kitchen|Stables|Chippy",
    # Kinds that ordinary phrases end with too ("Good Practice", "Children in Care Team",
    # "Supported Housing"): named only when a word before them is a proper name (see
    # _LOCAL_KINDS).
    "local body": r"Housing Association|Housing Co-operative|Housing Co-op|Housing Trust"
    r"|Housing|Association|Support Group|Law Centre|Advice Centre|Development Centre"
    r"|Boxing Club|Football Club|Club|ABC|FC|AFC|RFC|JFC|ARLFC|RLFC|ARFC|Adventure Playground"
    r"|Athletic|Rovers|Wanderers|Women['’]s Group|Mums['’] Group|Parents['’] Group"
    r"|Playground"
    r"|Pantry|Food ?[Bb]ank|Centre|Social Club|Community Trust|Dockyard"
    r"|Lettings|Team|Practice|Baby Bank|Project|Young Carers|Ltd|Limited|CIC|LLP|Hub"
    # Local charities and housing providers: "Sikh Women's Aid", "Hart Homes", and a refuge
    # by its name, which says where a woman and her children stay.
    r"|Women['’]s Aid|Aid|Homes|Refuge|Carers"
    # …and a local charity or community group: "Positive Youth Foundation", "Fatima Women's
    # Network", "Salford African Families Forum", "Navjivan Ladies Group".
    r"|Foundation|Network|Forum|Collective|Ladies['’]? Group|Families Group",
}
_LOCAL_KINDS = frozenset({"local body", "business"})
# A church, chapel or temple is named only with a proper name or a saint in it: "Clun Methodist
# Church", "St Joseph's Church", not "the Catholic Church" or "a Pentecostal church".
_WORSHIP_NEEDS_NAME = re.compile(r"(?:Temple|Church|Chapel|Cathedral|Mission|Kingdom Hall)$")
_DENOMINATIONS_TEXT = """baptist methodist pentecostal pentecost evangelical catholic anglican
orthodox presbyterian apostolic adventist congregational reformed elim united free unitarian quaker
christian hindu sikh buddhist jain islamic muslim jewish spiritualist gospel community parish"""
_DENOMINATIONS = frozenset(_DENOMINATIONS_TEXT.split())
# What a church is dedicated to names it as a saint does: "Sacred Heart Church", "Holy Trinity
# Church", "Our Lady of Lourdes Church", "Christ Church", "All Saints Church".
_DEDICATION = re.compile(
    r"(?:Sacred Heart|Holy (?:Trinity|Family|Cross|Spirit|Ghost|Name|Rood|Redeemer|Innocents)|"
    r"Our Lady|Christ|All Saints|All Souls|Good Shepherd|Precious Blood|Blessed Sacrament|"
    r"Most Holy|Emmanuel|Immanuel|Bethel|Zion|Calvary|Ebenezer|Bethesda|Salem|Jubilee|"
    r"Resurrection|Ascension|Annunciation|Transfiguration|Corpus Christi)\b"
)
# A mosque, gurdwara or mandir that names its kind first: "Masjid Al-Furqan", "Jamia Masjid
# Ghausia", "Gurdwara Guru Nanak Darbar".
_KIND_FIRST_WORSHIP = re.compile(
    r"\b(?:Jamia[ \t]+Masjid|Masjid|Gurdwara|Gurudwara|Mandir|Markazi[ \t]+Masjid|Darul"
    r"|Dar[ \t]+al|Capel|Eglwys|Iglesia|Igreja|[ÉE]glise|Ayia|Agia|Agios|Ayios|Panagia"
    # …and in the languages of Central and Eastern Europe and Italy: "Církev Betel", "Kościół
    # Świętej Rodziny", "Biserica Penticostală Betel", "Crkva Svetog Save", "Chiesa di San Marco"
    r"|C[ií]rkev|Ko[sś]ci[oó][lł]|Biserica|Crkva|D[zž]amija|Chiesa|Kirche|Kerk"
    # …and a Jewish school or congregation: "Talmud Torah Beis Yosef", "Bnos Tiferes", "Ohel
    # Moshe"; a church by its dedication: "Our Lady of Remedies".
    r"|Talmud[ \t]+Torah|Yeshiva[st]?|B[ae]is[ \t]+Ya(?:a)?kov|Beth[ \t]+Jacob|Bnos|Cheder"
    r"|Kollel|Ohel|Adass|Kehal|Our[ \t]+Lady[ \t]+of)"
    r"(?:[ \t]+(?:(?:al|Al|an|An|ar|Ar|as|As|ad|Ad|el|El|ul|Ul|e|Sri|Shri|de|du|des|di|da|do|"
    r"dos|das|del|della|la|le)[- \t])?[A-ZÀ-ÖØ-ÞŚŻŹĆŁ][\w'’-]+){1,3}"
)
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
_ROLE_NOUNS = frozenset(
    {"Worker", "Officer", "Manager", "Lead", "Practitioner", "Visitor", "Nurse", "Teacher",
     "Adviser", "Advisor", "Coordinator", "Co-ordinator", "Assistant", "Mentor", "Head"}
)  # fmt: skip
# A capitalised word of a name, hyphened parts in any case: "Co-op Academy", "Stoke-on-Trent
# College", "Upton-by-Chester High School".
_NAME_WORD = r"[A-Z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*){0,3}"
_ORG = re.compile(
    r"\b((?:(?:St\.?|Saint)\s+)?(?:" + _NAME_WORD + r"(?:['’]s)?\s+){1,4}"
    r"(?:(?:Infant|Junior|Nursery|Primary|First)\s+(?:and|&)\s+)?"
    r"(?:(?:C\.?\s?of\s?E\.?|CE|RC|CofE|Church of England|Catholic)\s+)?)"
    r"(" + "|".join(f"(?:{p})" for p in ORG_KINDS.values()) + r")\b"
)
# A name may join words with "and": "West Berkshire Gypsy and Traveller Liaison Team",
# "Skegness and District Hospital" (kept only with a proper name in it, so "Pupil Premium and
# Free School Meals" stays).
_JOINED_ORG = re.compile(
    r"\b((?:" + _NAME_WORD + r"(?:['’]s)?\s+)(?:(?:" + _NAME_WORD + r"(?:['’]s)?|and|&)\s+){1,6})"
    r"(" + "|".join(f"(?:{p})" for p in ORG_KINDS.values()) + r")\b"
)


def org_kind(text: str) -> str:
    for kind, pattern in ORG_KINDS.items():
        if re.search(rf"(?:{pattern})\s*$", text):
            return kind
    return "organisation"


_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd)\.?")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd)\.?[ \t]+$")


def _name_word(word: str, after: str) -> bool:
    """A known first name or surname, not a UK place nor the first word of a street ("Rose"
    in "Rose Hill School")."""
    from casewindow.anonymisation.detection.decoys import uk_places
    from casewindow.anonymisation.detection.lexicon import is_known_name

    return (
        is_known_name(word)
        and word.casefold() not in uk_places()
        and not re.fullmatch(STREET_SUFFIXES, after)
    )


_JOB_AFTER = re.compile(r"[ \t]+(?:Manager|Nurse|Worker|Practitioner|Officer|Assistant|Leader)\b")


def _languages_and_peoples() -> frozenset[str]:
    from casewindow.anonymisation.detection.vocabulary import ETHNICITY

    return ETHNICITY | {"gaelic", "welsh", "greek", "hungarian", "chinese", "arabic", "polish"}


def find_organisations(text: str) -> Iterator[Span]:
    """Named schools, nurseries, GP practices and hospitals: "Oakfield Primary School", "St
    Anne's Hospital", "Riverside Medical Centre". "The primary school" or "the GP surgery" are
    not named, and stay."""
    from casewindow.anonymisation.detection.decoys import uk_places
    from casewindow.anonymisation.detection.lexicon import is_first_name, zipf
    from casewindow.anonymisation.detection.vocabulary import NEVER_NAMES

    matches = list(_ORG.finditer(text))
    joined = [m for m in _JOINED_ORG.finditer(text) if re.search(r"\s(?:and|&)\s", m.group(1))]
    matches += joined
    for match in matches:
        tokens = list(re.finditer(r"\S+", match.group(1)))
        words = [t.group(0) for t in tokens]
        # Drop leading generic words ("The", "Her"); what is left must name the place.
        while words and (words[0] in _GENERIC or words[0].strip("(,:") in _ROLE_ACRONYMS):
            words.pop(0)
        # A title and a name before it are the person, not part of the place ("Dr Patel's
        # Surgery"): the place starts after them.
        # A surname after a first name goes with them ("Dr Harpreet Gill Soho Road Health
        # Centre"), and so does the name after a title just before the match.
        titled = _TITLE_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
        # …but a school or a centre named after a knight or a dame bears the whole name: "Sir
        # Walter Cresswell Academy", "Dame Agnes Wyatt Primary" (not "Sir John's Surgery").
        if (
            len(words) >= 3
            and words[0] in ("Sir", "Dame")
            and not any(w.endswith(("'s", "’s")) for w in words)
        ):
            pass
        elif len(words) >= 2 and _TITLE.fullmatch(words[0]):
            del words[:2]
            titled = True
        elif titled and len(words) >= 2:
            del words[:1]
        if titled and len(words) >= 2 and _name_word(words[0], words[1]):
            del words[:1]
        # A role before the place is not part of it: "Family Support Worker Skegness Family Hub".
        roles = [i for i, w in enumerate(words) if w in _ROLE_NOUNS]
        if roles:
            del words[: roles[-1] + 1]
        while words and words[0] in ("and", "&"):
            words.pop(0)
        # The kind is read from the whole name: "Bishop's Castle Medical Practice" is a GP
        # practice, though its last word alone would make it a local body.
        if match.group(0).endswith("Virtual School"):
            continue  # the council's virtual school for children in care: a service
        kind = org_kind(match.group(0))
        # Two first names joined name a nursery or a school as any proper name does: "Jack and
        # Jill Nursery" (not "Pupil Premium and Free School Meals").
        local = kind in _LOCAL_KINDS or (match in joined and not _names_joined(words))
        # A council's or an agency's team is the agency, whatever place names it ("Sunderland
        # Assessment Team", "Hexham Locality Team"): no place where a family is found.
        if kind == "local body" and match.group(0).endswith("Team"):
            continue
        if not words or all(w in _GENERIC for w in words) or len(words) > 7:
            continue
        # A first name before a job: "Donna Nursery Manager", a signature, not a nursery.
        if len(words) == 1 and _JOB_AFTER.match(text, match.end()) and is_first_name(words[0]):
            continue
        if any(
            f"{' '.join(words[i:])} {match.group(2)}".casefold() in uk_places()
            for i in range(len(words))
        ):
            continue  # "Craven Arms", "Purslow Craven Arms": a town, whatever its last word
        # "the Royal College", "National Health Service": a national body, not a place.
        if all(w in _GENERIC or w.strip("'’s") in _NATIONAL_WORDS for w in words):
            continue
        # "Fracture Clinic", "Paediatric Surgery", "Sexual Health Clinic": a hospital's
        # department or a kind of care, not a named place.
        # (A pharmacy's name is its own: "Well Pharmacy".)
        specialty = all(w.casefold().strip("'’") in _SPECIALTY or w in _GENERIC for w in words)
        if specialty and kind != "pharmacy":
            continue
        if _WORSHIP_NEEDS_NAME.search(match.group(0)):
            named = [w for w in words if w.casefold().strip("'’") not in _DENOMINATIONS]
            dedicated = _DEDICATION.match(" ".join(named))
            if not named or not (
                named[0] in ("St", "St.", "Saint") or dedicated or _proper_body(named)
            ):
                continue
        proper = _proper_body(words)
        if kind == "business" and not proper:
            # A firm of ordinary words is named by its branch: "Lotus Nails Cowley Road".
            where = _BRANCH_AFTER.match(text, match.end())
            if where is not None and _chain_branch_place(where["place"]):
                start = match.start(1) + tokens[len(tokens) - len(words)].start()
                yield Span(start, where.end(), "ORGANISATION", "identifier", 0.75)
            continue
        if local and (not proper or _NOT_BODY_AFTER.match(text, match.end())):
            continue
        # "Free School Meals", "Healthy Schools": a term, unless a proper name says a place.
        if not proper and _TERM_AFTER.match(text, match.end()):
            continue
        # An area's school nursing or admissions service: "Tower Hamlets School Health".
        if (
            kind == "school"
            and " ".join(words).casefold() in uk_places()
            and _AREA_SCHOOL_SERVICE.match(text, match.end())
        ):
            continue
        start = match.start(1) + tokens[len(tokens) - len(words)].start()
        end = match.end()
        # A town straight after the kind word is part of the name: "Co-op Academy Leeds".
        town = _TOWN_AFTER.match(text, end)
        if town is not None and town.group(1).casefold() in uk_places():
            end = town.end()
        yield Span(start, end, "ORGANISATION", "identifier", 0.85)
    for match in _LOWER_KIND.finditer(text):
        tokens = list(re.finditer(r"\S+", match.group("name")))
        while tokens and tokens[0].group(0) in _GENERIC:
            tokens.pop(0)
        words = [t.group(0) for t in tokens]
        if not words or _TITLE_BEFORE.search(text, 0, match.start()) or _TITLE.fullmatch(words[0]):
            continue  # "Mr Patel surgery": the person's, not a named place
        if words[0] not in ("St", "St.") and any(re.search(r"['’]s$", w) for w in words):
            continue  # "Kemi's school": the child's school, not its name
        if all(w.casefold() in _languages_and_peoples() for w in words):
            continue  # "Greek school", "a Gaelic playgroup": a kind of school
        if any(re.search(r"-(?:based|led|run|owned|registered|funded)$", w) for w in words):
            continue  # "a Leeds-based charity": a kind of place, not its name
        if _WORSHIP_NEEDS_NAME.search(match.group(0).title()):
            words = [w for w in words if w.casefold().strip("'’") not in _DENOMINATIONS]
        # A town before the kind word is where the place is, not its name: "Thatcham school".
        towns = [w for w in words if w.casefold() in uk_places() or _TOWN_NAME_END.search(w)]
        if words and _proper_body(words) and len(towns) < len(words):
            start = match.start("name") + tokens[0].start()
            yield Span(start, match.end(), "ORGANISATION", "identifier", 0.75)
    for match in _YSGOL.finditer(text):
        yield Span(match.start(), match.end(), "ORGANISATION", "identifier", 0.85)
    for match in _KIND_FIRST_WORSHIP.finditer(text):
        yield Span(match.start(), match.end(), "ORGANISATION", "identifier", 0.85)
    for match in _SCHOOL_BY_NAME.finditer(text):
        words = match.group("org").split()
        if _ORG_KIND_AFTER.match(text, match.end()) or not _proper_body(words):
            continue
        if any(w.isupper() for w in words):
            continue  # an acronym: a service ("MARAC"), not a school
        if re.match(r"(?i)attend|start|registered|a\s", match.group(0)) and (
            match.group("org").casefold() in uk_places()
            or any(w.casefold() in NEVER_NAMES or w in _NOT_ATTENDED for w in words)
            or all(w.casefold() in _languages_and_peoples() for w in words)
            or _ATTENDED_KIND_AFTER.match(text, match.end())
        ):
            continue  # "attends Corby police station", "attends Luton Airport", "attends Jummah",
            # "attends Vietnamese club"
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.75)
    yield from _known_hospitals(text)
    yield from _places_after_people(text)
    yield from _workplaces_of_people(text)
    yield from _hospitals_by_their_ed(text)
    yield from _places_said_to_be(text)
    for match in _LITTLE_ONES.finditer(text):
        if match.group("org").casefold() in uk_places() or match.group("org") in _LITTLE_PLACES:
            continue  # "Little Chalfont", "Little Venice": a place
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.7)
    for match in _STAFF_AT.finditer(text):
        words = match.group("org").split()
        if (
            words[0] in _GENERIC
            or match.group("org").casefold() in uk_places()
            or any(w.casefold() in _AGENCY_WORDS or w in _NATIONAL_WORDS for w in words)
            or any(w.isupper() for w in words)
        ):
            continue
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.7)
    for match in _ROYAL_HOSPITAL.finditer(text):
        if not _ROYAL_NOT_HOSPITAL.match(match.group("org").split()[1]):
            yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.8)
    for match in _SAINTS.finditer(text):
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.7)
    for match in _KIND_THEN_NAME.finditer(text):
        words = match.group("org").split()
        if _TITLE.fullmatch(words[0]) or all(w in _GENERIC for w in words):
            continue  # "the surgery (Dr Shah)": a person
        if any(w.casefold() in _AGENCY_WORDS or w in _NATIONAL_WORDS for w in words):
            continue
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.8)
    for match in _EMPLOYER.finditer(text):
        words = match.group("org").split()
        named = [w for w in words if w not in _GENERIC and w != "&"]
        if (
            not named
            or any(w.casefold() in _BODY_WORDS for w in named)
            or all(
                w.casefold() in _AGENCY_WORDS or w in _NATIONAL_WORDS or w.casefold() in uk_places()
                for w in named
            )
        ):
            continue  # "works for Leeds City Council", "works at Leeds"
        if _TITLE.fullmatch(words[0]) or (len(named) == 1 and _name_word(named[0], "")):
            continue  # "works for Mr Khan", "works for Darren": a person
        # Named with its branch: a town or a street after the name. A chain alone ("works at
        # Tesco") or a firm's name alone is no place to find someone.
        last = named[-1]
        branch = len(named) >= 2 and (
            last.casefold() in uk_places()
            or _TOWN_NAME_END.search(last) is not None
            or re.fullmatch(STREET_SUFFIXES, last) is not None
        )
        if not branch:
            continue
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.75)
    yield from _local_firms_worked_for(text)
    for match in _HOSPITAL_BY_NAME.finditer(text):
        name = match.group("org")
        words = name.split()
        if name.casefold() in uk_places() or any(w.casefold() in uk_places() for w in words):
            continue
        if any(zipf(w) >= 3.5 or w.casefold() in _SPECIALTY for w in words) or _name_word(
            words[0], ""
        ):
            continue  # "taken to Court", "seen at Paeds ED"; "seen at Karen's": a person
        if re.match(r"(?i)born[ \t]+in\b", match.group(0)):
            continue  # "born in Mogadishu": a town or a country
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.75)
    for match in _SCHOOL_AFTER_ROLE.finditer(text):
        words = match.group("org").split()
        if all(w in _GENERIC for w in words) or any(
            w.casefold() in _AGENCY_WORDS or w in _NATIONAL_WORDS for w in words
        ):
            continue
        if _initials_of_name_before(text, match.start(), match.group("org")):
            continue  # "Beverley Haddon (DSL, BH)": her initials, not her school's
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.75)
    for match in _HOSPITAL_FOR.finditer(text):
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.8)
    for match in _DOCTORS_PRACTICE.finditer(text):
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.8)
    for match in _CAFE_FIRST.finditer(text):
        if match.group("org").split()[1] not in _GENERIC:
            yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.7)
    for match in _PLAYS_FOR.finditer(text):
        words = match.group("org").split()
        if words[0] in _GENERIC or len(words) == 1:
            continue  # "plays for England", "I want to play for Arsenal": no local club
        if words[0] in ("Year", "Wales", "Scotland", "Ireland", "Team", "Mum", "Dad", "Me"):
            continue
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.7)
    for match in _CLASSIC_PUB.finditer(text):
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.7)
    for match in _PUB.finditer(text):
        group = "org" if match["org"] else "called"
        if match[group].casefold() in uk_places():
            continue  # "the Stoke pub": a pub in Stoke
        yield Span(match.start(group), match.end(group), "ORGANISATION", "identifier", 0.75)
    for match in _NAMED_WARD.finditer(text):
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.75)
    for match in _WARD.finditer(text):
        yield Span(match.start(), match.end(), "ORGANISATION", "identifier", 0.8)
    for match in _SAID_TO_BE_A_BODY.finditer(text):
        words = match.group("org").split()
        while words and words[0] in _GENERIC:
            words.pop(0)
        if not words or any(w in _NATIONAL_WORDS for w in words):
            continue
        start = match.end("org") - len(" ".join(words))
        yield Span(start, match.end("org"), "ORGANISATION", "identifier", 0.8)
    yield from find_local_bodies(text)


# A local branch of a federated charity, named by its place: "Washington Mind", "Mind in
# Croydon", "YMCA North Staffordshire", "Home-Start Wycombe", "Citizens Advice Sandwell", "Age UK
# Norfolk" (the national body alone, "Mind" or "Citizens Advice", is no place).
_PLACE_WORDS = (
    r"(?:(?:North|South|East|West|Central|Greater|Mid)[ \t]+)?[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?"
)
_BRANCH = re.compile(
    r"\b(?P<org>(?:YMCA|YWCA|Home-Start|Homestart|Citizens[ \t]+Advice|Age[ \t]+UK|Mind[ \t]+in"
    r"|Catch22|Catch[ \t]22|Barnardo['’]s|Action[ \t]+for[ \t]+Children|Family[ \t]+Action"
    r"|IDAS|Cranstoun|Turning[ \t]+Point|CGL|Change[ \t]+Grow[ \t]+Live|Humankind"
    r"|Women['’]s[ \t]+Refuge|Women['’]s[ \t]+Aid|Salvation[ \t]+Army|Rape[ \t]+Crisis"
    r"|Samaritans)"
    rf"[ \t]+(?P<after>{_PLACE_WORDS})"
    rf"|(?P<before>{_PLACE_WORDS})[ \t]+(?:Mind|Home-Start|Citizens[ \t]+Advice|Women['’]s[ \t]+Aid"
    r"|Rape[ \t]+Crisis|Samaritans|Carers[ \t]+Centre|Salvation[ \t]+Army|YMCA|Foodbank"
    r"|Food[ \t]+Bank))\b"
)
# A family's landlord or a hostel's provider named where it lets or runs the home, however
# ordinary its words: "run by Brighter Futures Housing", "rented privately from Hart Homes
# Lettings", "a tenancy with Foundation Housing" (not "rented from the council", "Social
# Housing").
_LANDLORD = re.compile(
    r"\b(?:(?:run|managed|owned|provided|let|housed|accommodated)[ \t]+by|tenancy[ \t]+with|"
    r"(?:rent|rents|rented|renting)[ \t]+(?:privately[ \t]+)?from|landlord[ \t]+(?:is|was)|"
    r"landlord,)[ \t]+(?:the[ \t]+)?"
    r"(?P<org>(?:[A-Z][\w'’&-]*[ \t]+){1,3}(?:Housing(?:[ \t]+(?:Association|Trust|Group))?|"
    r"Homes(?:[ \t]+Lettings)?|Lettings|Living|Properties|Estates|Residential))\b"
)
_LANDLORD_NOT = frozenset(
    {"council", "social", "private", "temporary", "emergency", "supported", "local", "city",
     "borough", "county", "district", "affordable", "sheltered", "public", "the", "a", "their"}
)  # fmt: skip
# A local charity or project named by its work and then its place, where someone goes or is
# sent: "counsellor at Time to Talk West Berkshire", "to attend Changing Futures Sunderland".
# (A council's own team names its place first: "Sunderland Early Help" is the agency.)
_SERVICE_THEN_PLACE = re.compile(
    r"\b(?:at|attend|attends|attended|attending|to|with|from)[ \t]+"
    r"(?P<org>(?P<work>[A-Z][\w'’-]*(?:[ \t]+(?:to|for|and|&|of|[A-Z][\w'’-]*)){0,3})[ \t]+"
    r"(?P<place>(?:(?:North|South|East|West|Mid|Central)[ \t]+)?[A-Z][a-z]+(?:[ \t-][A-Z][a-z]+)?))"
    r"(?![\w'’&-]|[ \t]+[A-Z])"
)
# A housing provider named by its brand, often of ordinary words: "Red Kite Community Housing",
# "Bromford Housing Group", "Ocean Housing Partnership" (a council's own service is "Cornwall
# Housing": a town and the word alone).
_HOUSING_PROVIDER = re.compile(
    r"\b(?P<org>(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:Community[ \t]+Housing|Housing[ \t]+Group|"
    r"Homes[ \t]+Group|Housing[ \t]+Partnership|Housing[ \t]+Society|Living[ \t]+Group))\b"
)


def _branch_place(words: str) -> bool:
    """The words name a place: a listed UK place in them, a word shaped like a town's name or
    no ordinary word ("Wycombe"), or a compass point before a name."""
    from casewindow.anonymisation.detection.decoys import uk_places
    from casewindow.anonymisation.detection.lexicon import zipf

    places = uk_places()
    parts = words.replace("-", " ").split()
    if words.casefold() in places or any(
        p.casefold() in places or _TOWN_NAME_END.search(p) or zipf(p) < 3.0 for p in parts
    ):
        return True
    return len(parts) > 1 and parts[0] in ("North", "South", "East", "West", "Central", "Mid")


# A chain's format or product after its name is not the branch's place: "Tesco Express",
# "a Tesco Clubcard", "Boots Advantage card", "Costa Coffee".
_CHAIN_WORDS_TEXT = """express extra local metro superstore superstores petrol garage pharmacy
opticians optician hearing clubcard nectar advantage card cards voucher vouchers meal deal
online delivery direct
app bag bags carrier car park carpark store stores shop shops branch cafe café coffee drive thru
drive-thru sports outlet warehouse retail delivered driver drivers staff security manager
uniform academy academies school college trust funeralcare bank insurance legal food foods"""
_CHAIN_WORDS = frozenset(_CHAIN_WORDS_TEXT.split())
# A chain's branch named by its place, and a store or depot code after it: "Sainsbury's Selly
# Oak", "Tesco Express Cliftonville", "Amazon Croydon DHA9".
_CHAIN_FORMAT = r"(?:[ \t]+(?:Express|Extra|Local|Metro|Superstore|Pharmacy|Opticians))?"
_CHAIN_PLACE = (
    r"(?P<place>[A-Z][a-z]+(?:['’]s)?(?:[ \t-][A-Z][a-z]+){0,2})(?:[ \t]+[A-Z]{2,4}\d{1,2})?"
)


@cache
def _chains() -> re.Pattern[str]:
    path = Path(__file__).resolve().parent.parent / "data" / "chains.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    names = sorted((n.strip() for n in lines if n.strip() and n[0] != "#"), key=len, reverse=True)
    chain = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in names)
    return re.compile(
        rf"(?<![\w&-])(?P<org>(?:{chain}){_CHAIN_FORMAT}[ \t]+{_CHAIN_PLACE})(?![\w&'’-])"
    )


_BRANCH_AFTER = re.compile(rf"[ \t]+{_CHAIN_PLACE}(?![\w&'’-])")


def _chain_branch_place(place: str) -> bool:
    """The words after a chain's name name its branch's place: none is the chain's format or
    product, and one is a listed place, shaped like a town's name, or no ordinary word, or they
    end in a street's suffix."""
    parts = place.replace("-", " ").split()
    if any(
        p.casefold().strip("'’s") in _CHAIN_WORDS or p.casefold() in _CHAIN_WORDS for p in parts
    ):
        return False
    return _branch_place(place) or re.fullmatch(STREET_SUFFIXES, parts[-1]) is not None


def _names_joined(words: list[str]) -> bool:
    from casewindow.anonymisation.detection.lexicon import is_first_name

    names = [w for w in words if w not in ("and", "&")]
    return len(names) == 2 and len(words) == 3 and all(is_first_name(w) for w in names)


def _service_then_place(work: str, place: str) -> bool:
    """The words before a listed place name a project's work, not a person ("Sarah Preston"),
    an agency ("Early Help Sunderland") or a place ("Newton Aycliffe")."""
    from casewindow.anonymisation.detection.decoys import uk_places
    from casewindow.anonymisation.detection.lexicon import is_first_name

    places = uk_places()
    words = work.split()
    capitalised = [w for w in words if w[:1].isupper()]
    return (
        place.casefold() in places
        and len(capitalised) >= 2
        and work.casefold() not in places
        and not is_first_name(words[0])
        and not _TITLE.fullmatch(words[0])
        and words[0] not in _ROLE_ACRONYMS  # "Allocated to SW Callum Whitworth": a person
        # a school or a practice and then its town: "Co-op Academy Fenwick" is the academy's
        and org_kind(work) == "organisation"
        and not any(
            w in _GENERIC
            or w.strip("'’s") in _NATIONAL_WORDS
            or w.casefold() in _AGENCY_WORDS
            or w.casefold() in places
            or w.casefold() in ("early", "help", "team", "hub", "mash", "front", "door", "unit")
            for w in capitalised
        )
    )


@cache
def _housing_providers() -> re.Pattern[str]:
    path = Path(__file__).resolve().parent.parent / "data" / "housing_providers.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    names = sorted((n.strip() for n in lines if n.strip() and n[0] != "#"), key=len, reverse=True)
    return re.compile(r"(?<![\w&-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w&-])")


def find_local_bodies(text: str) -> Iterator[Span]:
    """A federated charity's local branch and a housing association known by name alone."""
    from casewindow.anonymisation.detection.decoys import uk_places

    for match in _BRANCH.finditer(text):
        place = match.group("after") or match.group("before")
        # A local women's aid, rape crisis or carers' centre is a body of its own whatever
        # its first word: "Boston Women's Aid", "Sikh Women's Aid".
        own_body = match["before"] and re.search(r"(?:Aid|Crisis|Samaritans|Centre)$", match["org"])
        if not own_body and not _branch_place(place):
            continue
        start = match.start("org")
        if match["before"]:
            first = match["before"].split()[0]
            if first.casefold() in _NOT_PROVIDER_START | {"local", "our", "their", "national"}:
                if first == match["before"]:
                    continue  # "the Women's Aid": the national body
                start += len(first) + 1
        yield Span(start, match.end("org"), "ORGANISATION", "identifier", 0.8)
    for match in _chains().finditer(text):
        if _chain_branch_place(match["place"]):
            yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.75)
    for match in _SERVICE_THEN_PLACE.finditer(text):
        if _service_then_place(match["work"], match["place"]):
            yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.7)
    for match in _LANDLORD.finditer(text):
        words = match["org"].split()[:-1]
        if not any(w.casefold() in _LANDLORD_NOT or w.casefold() in uk_places() for w in words):
            yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.75)
    for match in _HOUSING_PROVIDER.finditer(text):
        words = match.group("org").split()
        while words and words[0].casefold() in _NOT_PROVIDER_START:
            words = words[1:]
        if len(words) < 3 or any(w.casefold() in _BODY_WORDS for w in words):
            continue
        start = match.end("org") - len(" ".join(words))
        yield Span(start, match.end("org"), "ORGANISATION", "identifier", 0.8)
    for match in _housing_providers().finditer(text):
        yield Span(match.start(), match.end(), "ORGANISATION", "identifier", 0.8)


# Words a sentence or a heading puts before a provider's name: "Housing: …", "The …".
_NOT_PROVIDER_START = frozenset(
    ["the", "a", "an", "housing", "tenancy", "with", "via", "landlord", "provider"]
)


# A local charity or housing provider named with no kind word, said to be one beside it:
# "Catch Leeds, a youth charity", "Marches Farm Support (charity)", "Gentoo, the housing
# association" (not a national charity).
_SAID_TO_BE_A_BODY = re.compile(
    r"(?P<org>(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*)\s*(?:,|\(|-|–)\s*(?:a|an|the|our|their)?\s*"
    r"(?:(?:local|youth|small|registered|women['’]s|domestic abuse|community|family|housing)\s+)*"
    r"(?:charity|housing association|housing provider|social landlord|community group|"
    r"support group|food bank|voluntary group|voluntary organisation|housing trust|"
    r"community interest company)\b"
)


# "Child Safeguarding Practice Review", "Discretionary Housing Payment": a term, not a body.
_NOT_BODY_AFTER = re.compile(
    r"\s+(?:Review|Reviews|Episode|Panel|Payment|Standards?|Guidance|Framework|Week|Forum|Board|"
    r"Meeting|Plan|Officer|Worker|Manager|Lead|Policy|Procedures?|Register|Benefit|Fund|Options)\b"
)
_AREA_SCHOOL_SERVICE = re.compile(
    r"[ \t]+(?:Health|Nursing|Nurses|Admissions|Transport|Improvement|Attendance|Team|Services?)\b"
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
# A team named for its place is a place ("Northfield Assessment Team", "Stoke Youth Justice
# Team"): only the words of a body, not those of the team's work, make it the agency's.
_BODY_WORDS_TEXT = """police council county borough nhs trust foundation services service social
probation government department ministry authority hmrc dwp"""  # a subset of _AGENCY_WORDS
_BODY_WORDS = frozenset(_BODY_WORDS_TEXT.split())
# A school named without its kind word where a pupil is: "on roll at Kingsmead", "excluded from
# Furze Platt", "Year 9 at St Bartholomew's".
_SCHOOL_BY_NAME = re.compile(
    r"\b(?:pupils?\s+at|on\s+(?:the\s+)?roll\s+(?:at|of)|enrolled\s+at|excluded\s+from|"
    r"(?:Year|year)\s+\d{1,2}\s+at|[Rr]eception\s+(?:class\s+)?at|started\s+school\s+at|"
    r"(?:moved|transferred)\s+schools?\s+to|"
    # "Thora attends Anderson", "JJ started at Kingsbridge", "offered a place at Peerie Foxes"
    r"attends|attending|(?:started|starts|a\s+place|dual-registered|registered)\s+at)"
    r"\s+(?P<org>(?:St\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b"
)
_NOT_ATTENDED = frozenset({"Airport", "Station", "Court", "Mass", "Jummah", "Jumma", "Friday"})
_ATTENDED_KIND_AFTER = re.compile(
    r"[ \t]+(?:police|magistrates|crown|county|family|youth|custody|the)\b|[ \t]+[a-z]+[ \t]+"
    r"(?:station|court|office|offices|centre)\b"
)
_ORG_KIND_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]+\s+){0,3}?(?:" + "|".join(f"(?:{p})" for p in ORG_KINDS.values()) + r")\b"
)
# A hospital named without its kind word where a patient goes: "admitted to Royal Blackburn",
# "seen at the Royal Berks".
_ROYAL_HOSPITAL = re.compile(
    r"\b(?i:admitted|admission|transferred|taken|brought|seen|attended|attendance|born|"
    r"discharged|ward|inpatient|conveyed|presented)\b[^.;\n]{0,25}?\b(?:to|at|in|from)\s+(?:the\s+)?"
    r"(?P<org>Royal(?:\s+[A-Z][\w'’-]+){1,2})\b"
)
# A hospital known by a short name (data/hospitals.txt): "taken to Alder Hey", "seen at the
# Whittington". A name that is also a place, a person's or a word only where a patient goes.
_TO_HOSPITAL = re.compile(
    r"(?:\b(?i:at|from|into|the)|\b(?i:taken|brought|admitted|transferred|conveyed|went|go|"
    r"goes|sent|referred|rushed|driven|blue-lighted|back|returned)[ \t]+(?i:to))[ \t]+$"
)
_PATIENT_WENT = re.compile(
    r"\b(?i:admitted|discharged|transferred|taken|brought|born|seen|attended|conveyed|"
    r"blue-lighted|rushed|referred)\b[^.;\n]{0,20}$"
)
_HOSPITAL_DEPARTMENT = re.compile(
    r"[ \t]+(?:A&E|ED|(?i:ward|clinic|maternity|children['’]s|paediatric|paediatrics|"
    r"emergency|neonatal|NICU|SCBU|PICU|outpatients?|walk-in))\b"
)
_NOT_HOSPITAL_AFTER = re.compile(
    # (nor the name inside a longer one the kind-word rules find: "Chase Farm Hospital")
    r"['’]s\b|[ \t]+(?:Social|Services?|Care|Trust|Team|Hospitals?|Infirmary|NHS|University|"
    + STREET_SUFFIXES
    + r")\b"
)


@cache
def _hospital_names() -> tuple[re.Pattern[str], re.Pattern[str]]:
    path = Path(__file__).resolve().parent.parent / "data" / "hospitals.txt"
    plain: list[str] = []
    cued: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            (cued if line.startswith("@") else plain).append(line.lstrip("@").strip())

    def pattern(names: list[str]) -> re.Pattern[str]:
        names = sorted(names, key=len, reverse=True)
        alternation = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in names)
        return re.compile(rf"(?<![\w&'’-])(?:{alternation})(?![\w&-])")

    return pattern(plain), pattern(cued)


# A hospital named "<place> Royal", where a patient goes: "attended A&E at Lampton Royal",
# "taken to Salford Royal" ("the Theatre Royal" is a theatre; "Royal Mail" is no place).
_PLACE_ROYAL = re.compile(
    r"(?<![\w&'’-])(?P<org>(?:[A-Z][a-z]+[ \t]+){1,2}Royal)(?![\w&'’-])(?![ \t]+[A-Z][a-z])"
)
_NOT_PLACE_ROYAL = frozenset({"Theatre", "Princess", "Prince", "Port", "Tunbridge", "The"})


# A GP practice known by its street: "registered at Bell Road", "Dr Mensah at London Road",
# "GP at Townsend Lane" (a house number before the street makes it a home).
_GP_AT_STREET = re.compile(
    r"\b(?:registered(?:[ \t]+with[ \t]+(?:a|the)[ \t]+GP)?|GP|GPs|(?:GP[ \t]+)?registrations?,?|"
    r"Dr\.?[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+at[ \t]+"
    r"(?P<org>(?:[A-Z][a-z]+[ \t]+){1,2}(?:Road|Lane|Street|Drive|Avenue|Way|Close|Crescent|"
    r"Grove|Terrace|Hill|Green|Parade|Place|Rise|Row|Square))\b"
)


# Where someone in a meeting's list comes from, in brackets after their name: "Tessa Goode
# (Loughton Manor)", "Ms Yvette Moreau (Phoenix)", "Aisha Rahim (Iqra)" — a school, a nursery
# or a local group, unless it is a role, an agency, a language or a relative.
_PLACE_AFTER_PERSON = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Revd?|Fr|Imam|Rabbi|Pastor)\.?[ \t]+)?"
    r"(?P<first>[A-Z][a-z'’-]+)(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]*\("
    r"(?P<org>[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|&|of|and|for|the)){0,4})\)"
)


# A nursery or a breakfast club named the way they are, where a child goes: "starts at Little
# Acorns on Monday", "Malika at Little Gems", "Mali at Tiny Tots Stoney Lane".
_LITTLE_PLACES = frozenset({"Little Venice", "Little India", "Little Italy", "Little Germany"})
_LITTLE_ONES = re.compile(
    r"\b(?i:at|to|from|attends|attending|attended|joined|started|starts|place\s+at)[ \t]+"
    r"(?:the[ \t]+)?(?P<org>(?:Little|Tiny|Busy|Happy|Rainbow|Sunshine|Twinkle|Kiddies|Kiddy|"
    r"Teeny|Wee)[ \t]+[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Lane|Road|Street|Park|"
    r"Green|Hill|Way))?)(?![\w'’-])(?![ \t]+[A-Z])"
)
# A school or nursery named by someone who works there: "his class teacher at Loughton Manor",
# "told her teacher at Anderton Park", "the DSL at Brook Vale".
_STAFF_AT = re.compile(
    r"\b(?i:teacher|DSL|SENCO|SENDCo|headteacher|head[ \t]+teacher|deputy[ \t]+head|"
    r"teaching[ \t]+assistant|learning[ \t]+mentor|pastoral[ \t]+lead|key[ \t]+worker|"
    r"nursery[ \t]+manager|school[ \t]+nurse|attendance[ \t]+officer)[ \t]+at[ \t]+"
    r"(?P<org>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?![ \t]*[\w'’-])"
)


# Where someone in a meeting's list works, last in the brackets after their initials and role:
# "Owen Pryce (OP, Rookery)", "Mrs Karen Hollis (KH, DSL, Parkwood)", "Dr Nkem Eze (NE, King's)";
# and in a signature after the role: "Owen O.P. | DSL | Rookery | 0121…", "Depute Head · Anderson".
_WORKPLACE_IN_BRACKETS = re.compile(
    r"\((?:[A-Z]{2,4}|[A-Z]\.(?:[A-Z]\.){1,2}),[ \t]*(?:[^,()\n]{1,30},[ \t]*)?"
    r"(?P<org>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|the|and|&)){0,3})[ \t]*\)"
)
_WORKPLACE_IN_SIGNATURE = re.compile(
    r"\b(?:DSL|DDSL|SENCO|SENDCo|Headteacher|Head[ \t]+[Tt]eacher|Head|Depute[ \t]+Head|"
    r"Deputy[ \t]+Head|[Cc]lass[ \t]+[Tt]eacher|Teacher|Nursery[ \t]+Manager|Practice[ \t]+Manager|"
    r"Pastoral[ \t]+Lead|Attendance[ \t]+Officer|School[ \t]+Nurse|GP|Receptionist)"
    r"[ \t]*[|·•][ \t]*(?P<org>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]*(?=[|·•]|\n|$)"
)


# A hospital named by its emergency department, where a patient is seen: "seen at QMC ED",
# "glued at City ED", "King's ED: Luz (2)" (the department is the hospital's; not a town's
# "Kingsmill ED" nor "the Paediatric ED").
_NAMED_BY_ITS_ED = re.compile(
    r"(?<![\w'’-])(?P<org>(?:[A-Z][\w'’-]+[ \t]+)?[A-Z][\w'’-]+)[ \t]+(?:ED|A&E)\b"
)


def _hospitals_by_their_ed(text: str) -> Iterator[Span]:
    from casewindow.anonymisation.detection.decoys import uk_places
    from casewindow.anonymisation.detection.lexicon import is_first_name
    from casewindow.anonymisation.detection.vocabulary import ETHNICITY, FIELD_WORDS

    for match in _NAMED_BY_ITS_ED.finditer(text):
        org = match.group("org")
        words = org.split()
        folded = [w.casefold().strip("'’") for w in words]
        if (
            any(w in _GENERIC for w in words)
            or org.casefold() in uk_places()
            or any(w in _AGENCY_WORDS or w in _ROLE_WORDS_IN_BRACKETS for w in folded)
            or any(w in ETHNICITY or w in FIELD_WORDS or w in _SPECIALTY for w in folded)
            or any(w.casefold() in _NOT_A_PLACE_IN_BRACKETS for w in words)
            or (len(words) == 1 and is_first_name(words[0]) and not words[0].isupper())
            or words[0] in ("Paeds", "Paediatric", "Adult", "Main", "Attended", "Seen")
        ):
            continue
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.7)


def _workplaces_of_people(text: str) -> Iterator[Span]:
    from casewindow.anonymisation.detection.context import DOMAIN_ACRONYMS
    from casewindow.anonymisation.detection.decoys import uk_places
    from casewindow.anonymisation.detection.vocabulary import ETHNICITY, FIELD_WORDS

    for pattern in (_WORKPLACE_IN_BRACKETS, _WORKPLACE_IN_SIGNATURE):
        for match in pattern.finditer(text):
            org = match.group("org")
            words = [w for w in org.split() if w[:1].isupper()]
            folded = [w.casefold().strip("'’") for w in words]
            if (
                any(w in _AGENCY_WORDS or w in _ROLE_WORDS_IN_BRACKETS for w in folded)
                or any(w in ETHNICITY or w in FIELD_WORDS for w in folded)
                or any(p in ETHNICITY for w in folded for p in w.split("-"))  # Polish-speaking
                or any(w.isupper() for w in words)  # "(PN, CAIT)", "(MD, HV)"
                or any(w.casefold() in DOMAIN_ACRONYMS for w in words)
                or any(w in _NATIONAL_WORDS for w in words)
                or org.casefold() in uk_places()
                or any(w.casefold() in _NOT_A_PLACE_IN_BRACKETS for w in words)
                or _ANY_KIND.search(org)  # the kind-word rules find "Hamstead Road Surgery"
                # the initials of the name before the brackets: "Sunita Chauhan (DSL, SCh)"
                or _initials_of_name_before(text, text.rfind("(", 0, match.start("org")), org)
            ):
                continue
            yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.7)


# A place named with no kind word where a letter's head stands, before its street, its town or
# its reference: "The Gledhow Gledhow Valley Road, Leeds", "Platt Brook Ref: IS/lb".
_LETTERHEAD = re.compile(
    r"\A\s*(?P<org>(?:The[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}?)"
    rf"(?=[ \t]+(?:[A-Z][a-z'’-]+[ \t]+){{0,2}}(?:{STREET_SUFFIXES})[ \t]*[,\n]"
    r"|,[ \t]*[A-Z][a-z]+[ \t]+(?:Our[ \t]+)?[Rr]ef\b|[ \t]+(?:Our[ \t]+)?[Rr]ef\b)"
)
# …and one said to be a nursery, a school or a GP beside its name: "Sunbeams, the nursery on
# the corner", "The Arboretum (GP)", "our alternative provision, The Nest", "The family GP is
# The Arboretum".
_KINDLESS_KIND = (
    r"(?:nursery|pre-?school|playgroup|school|surgery|GP|GP practice|practice|alternative "
    r"provision|children['’]s centre|youth club|refuge|family hub|setting|sister setting)"
)
# (In brackets only after "The": "Ffion (school)" in a list of those present is a person.)
_SAID_TO_BE_A_PLACE = re.compile(
    r"(?<![\w'’-])(?P<org>(?:The[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)"
    rf",[ \t]+(?:the|a|our|their|her|his)[ \t]+(?:local[ \t]+)?{_KINDLESS_KIND}\b"
    r"|(?<![\w'’-])(?P<the>The[ \t]+[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)"
    rf"[ \t]+\({_KINDLESS_KIND}\)"
    rf"|\b(?:our|their|her|his|(?i:the)[ \t]+family(?:['’]s)?)[ \t]+{_KINDLESS_KIND}"
    r"(?:,|[ \t]+is)[ \t]+"
    r"(?P<named>(?:The[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)"
)
_SERVICE_WORDS_TEXT = "constabulary ambulance fire rescue prison court tribunal office solicitors"
_SERVICE_WORDS = frozenset(_SERVICE_WORDS_TEXT.split())
_NOT_A_PLACE_START_TEXT = """Dear Our Your Re To From Subject Date Mr Mrs Ms Miss Mx Dr Sir Madam
Private Confidential Strictly Urgent Note Notes Minutes Present Summary Key Agreed"""
_NOT_A_PLACE_START = frozenset(_NOT_A_PLACE_START_TEXT.split())


def _places_said_to_be(text: str) -> Iterator[Span]:
    from casewindow.anonymisation.detection.decoys import uk_places
    from casewindow.anonymisation.detection.lexicon import is_first_name
    from casewindow.anonymisation.detection.vocabulary import ETHNICITY, FIELD_WORDS

    found = [(m.start("org"), m.end("org"), m.group("org")) for m in _LETTERHEAD.finditer(text)]
    for match in _SAID_TO_BE_A_PLACE.finditer(text):
        group = next(g for g in ("org", "the", "named") if match.group(g))
        found.append((match.start(group), match.end(group), match.group(group)))
    for start, end, org in found:
        words = org.split()
        named = [w for w in words if w != "The"]
        folded = [w.casefold().strip("'’") for w in named]
        if (
            not named
            or words[0] in _NOT_A_PLACE_START
            or any(w in _AGENCY_WORDS or w in _SERVICE_WORDS for w in folded)
            or any(w in ETHNICITY or w in FIELD_WORDS for w in folded)
            or any(w in _NATIONAL_WORDS or w in _GENERIC for w in named)
            or org.casefold() in uk_places()
            or " ".join(named).casefold() in uk_places()
            or (words[0] != "The" and is_first_name(words[0]))  # a person's name
            or _ANY_KIND.search(org)  # the kind-word rules find "Hamstead Road Surgery"
        ):
            continue
        yield Span(start, end, "ORGANISATION", "identifier", 0.7)


def _places_after_people(text: str) -> Iterator[Span]:
    from casewindow.anonymisation.detection.context import DOMAIN_ACRONYMS
    from casewindow.anonymisation.detection.decoys import uk_places
    from casewindow.anonymisation.detection.lexicon import (
        is_first_name,
        is_known_name,
        is_surname,
        zipf,
    )
    from casewindow.anonymisation.detection.vocabulary import ETHNICITY, FIELD_WORDS, KIN_WORDS

    for match in _PLACE_AFTER_PERSON.finditer(text):
        if match.group("first").casefold() in KIN_WORDS:
            continue  # "Dadi (Jobeda Khatun)": what the family calls her, then her name
        titled = match.group(0)[:1] != match.group("first")[:1] or not is_first_name(
            match.group("first")
        )
        if titled and not re.match(
            r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Revd?|Fr|Imam|Rabbi|Pastor)\b", match.group(0)
        ):
            continue  # the words before the bracket are no person's name
        org = match.group("org")
        words = [w for w in org.split() if w[:1].isupper()]
        folded = [w.casefold().strip("'’") for w in words]
        if (
            any(w in _AGENCY_WORDS or w in _ROLE_WORDS_IN_BRACKETS for w in folded)
            or any(w in ETHNICITY or w in FIELD_WORDS for w in folded)
            or any(w.isupper() and w.casefold() in DOMAIN_ACRONYMS for w in words)
            or any(w in _NATIONAL_WORDS for w in words)
            or org.casefold() in uk_places()
            or len(words) < 2  # "(Konkani)", "(Phoenix)": a language, a word or a place alone
            or any(w.isupper() or any(c.isdigit() for c in w) for w in words)  # "(GMP PPIU)"
            or is_first_name(words[0])  # "Nana Pat (Patricia Clarke)": her full name
            or _TITLE.fullmatch(words[0])  # "Nana (Mrs Sarpong)": her name
            or all(is_known_name(w) for w in words)
            or (len(words) == 2 and is_surname(words[1]) and zipf(words[0]) < 3.0)  # "Surjit Kaur"
            or any(w.casefold() in _NOT_A_PLACE_IN_BRACKETS for w in words)
            or zipf(words[-1]) >= 5.0
            or _ANY_KIND.search(org)  # "(Co-op Academy Leeds)": the kind-word rules find it
        ):
            continue
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.7)


_ANY_KIND = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in ORG_KINDS.values()) + r")\b")
_NOT_A_PLACE_IN_BRACKETS = frozenset(
    "constabulary unit housing homes civic supervisor early help ward met".split()  # noqa: SIM905
)
_ROLE_WORDS_IN_BRACKETS = frozenset(
    """chair chairing minutes interpreter interpreting translator mother father mum dad parent
    carer grandmother grandfather aunt uncle sister brother cousin partner stepfather stepmother
    child pupil student teacher head headteacher deputy nurse doctor paediatrician consultant
    registrar midwife visitor worker officer manager lead advocate coordinator co-ordinator
    practitioner therapist psychologist psychiatrist counsellor mentor volunteer solicitor
    barrister guardian reviewer author chaplain pastor imam rabbi priest tutor senco sendco dsl
    designated named assistant support senior team constable sergeant inspector detective
    apologies absent present notes remote phone telephone video teams zoom online virtually
    person friend neighbour landlord employer foster kinship special special-guardian""".split()  # noqa: SIM905
)


def _known_hospitals(text: str) -> Iterator[Span]:
    from casewindow.anonymisation.detection.decoys import uk_places
    from casewindow.anonymisation.detection.lexicon import is_first_name

    for match in _PLACE_ROYAL.finditer(text):
        words = match.group("org").split()
        before = text[max(0, match.start() - 30) : match.start()]
        if words[0] in _NOT_PLACE_ROYAL or words[0] in _GENERIC:
            continue
        if match.group("org").casefold() in uk_places() or re.match(
            r",?[ \t]*[A-Z]{1,2}\d", text[match.end() :]
        ):
            continue  # "7 Ashbourne Way, Farnham Royal, SL2 3PZ": a village
        # Where a patient goes, or beside a clinician: "Dr Pearce (Moorgate Royal)",
        # "Consultant Paediatrician, Moorgate Royal", "flown to Aberdeen Royal".
        if (
            _TO_HOSPITAL.search(before)
            or _HOSPITAL_DEPARTMENT.match(text, match.end())
            or re.search(r"(?:\(|,[ \t]*|\b(?i:flown|moved|went)[ \t]+to[ \t]+)$", before)
        ):
            yield Span(match.start(), match.end(), "ORGANISATION", "identifier", 0.75)
    for match in _GP_AT_STREET.finditer(text):
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.75)
    plain, cued = _hospital_names()
    for match in plain.finditer(text):
        if not _NOT_HOSPITAL_AFTER.match(text, match.end()):
            # (above a named farm's or house's address: "discharged from Chase Farm")
            yield Span(match.start(), match.end(), "ORGANISATION", "identifier", 0.9)
    for match in cued.finditer(text):
        if _NOT_HOSPITAL_AFTER.match(text, match.end()):
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        department = _HOSPITAL_DEPARTMENT.match(text, match.end()) is not None or (
            # beside a clinician, in brackets: "Dr Catriona Hale (Heartlands)"
            before.endswith("(") and text.startswith(")", match.end())
        )
        where = _TO_HOSPITAL.search(before)
        # "a text from Alexandra", "spoke to James Cook": a person, unless "the" or a patient's
        # coming and going says a place ("discharged home from Chase Farm").
        if where and is_first_name(match.group(0).split()[0]):
            where = re.search(r"\b(?i:the)[ \t]+$", before) or _PATIENT_WENT.search(before)
        if department or where:
            yield Span(match.start(), match.end(), "ORGANISATION", "identifier", 0.9)


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
_TOWN_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)(?![\w'’-]|[ \t]+[A-Z0-9])")
# A named place with its kind in lower case: "Meadowbank GP surgery", "the Oakwood clinic",
# "Shenley Brook mosque" (kept only with a proper name, so "the local GP surgery" stays).
_LOWER_KIND = re.compile(
    r"\b(?P<name>(?:St\.?[ \t]+)?(?:" + _NAME_WORD + r"(?:['’]s)?[ \t]+){1,3})(?:GP[ \t]+)?"
    r"(?:surgery|medical[ \t]+(?:centre|practice)|health[ \t]+centre|practice|clinic|hospital|"
    r"(?:primary[ \t]+|secondary[ \t]+|high[ \t]+)?school|academy|nursery|pharmacy|mosque|"
    r"church|gurdwara|temple|mandir|children['’]s[ \t]+centre|family[ \t]+hub|youth[ \t]+club|"
    r"youth[ \t]+centre|playgroup|pre-school|community[ \t]+centre|charity)\b"
)
# A place named after the kind of place it is, in apposition: "the nursery, Little Acorns,",
# "her school (Kingsmead)", "the charity, Brighter Futures," (one to four capitalised words).
_KIND_THEN_NAME = re.compile(
    r"\b(?i:the|her|his|their|a|an)[ \t]+(?:(?:local|same|family|new|old|usual)[ \t]+)?"
    r"(?:nursery|pre-school|playgroup|school|takeaway|restaurant|shop|café|cafe|salon|chapel|"
    r"academy|college|surgery|GP[ \t]+practice|practice|hospital|charity|youth[ \t]+club|"
    r"children['’]s[ \t]+centre|family[ \t]+hub|church|mosque|gurdwara|temple|hostel|refuge|"
    r"housing[ \t]+association|childminder|food[ \t]+bank|project|football[ \t]+club|"
    r"boxing[ \t]+club|club|gym)[ \t]*[,(][ \t]*"
    r"(?P<org>(?:[A-Z][\w'’&-]*[ \t]+){0,3}[A-Z][\w'’&-]*)[ \t]*[,)]"
)
# Where a parent or a young person works, by its name and its branch: "works nights at
# Lidl Basingstoke Road", "drove a taxi for Castle Cars Smethwick", "a job at Costa Coffee Broad
# Street" (it says where to find them).
_EMPLOYER = re.compile(
    r"\b(?i:works?|worked|working|employed|job|shifts?|nights|days|drove\s+a\s+taxi|"
    r"drives\s+a\s+taxi|volunteers?|volunteered)[ \t]+(?i:at|for)[ \t]+"
    r"(?P<org>[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|&)){0,5})"
)
# A local firm named where someone works, whatever words come between: "works nights at Nene
# Valley Packers", "drives for Steel City Cabs", "works as a cook at Yaad Kitchen", "now works at
# Snips of Sandling". Two words at least, and no chain ("works at Greggs" says nothing of where).
_WORKS_FOR = re.compile(
    r"(?<![\w-])(?i:works?|worked|working|employed|drives?|drove|driving|volunteers?|volunteered)"
    r"(?:[ \t]+(?:[a-z][\w-]*|\d+)){0,5}?[ \t]+(?i:at|for|by)[ \t]+"
    r"(?:the[ \t]+)?(?P<org>[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|&|of|and)){1,4})"
    r"(?<![ \t]of)(?<![ \t]and)"
)
_NOT_A_FIRM_END_TEXT = """Street St Road Rd Avenue Ave Lane Close Drive Crescent Terrace Tce Terr
Gardens Gdns Grove Mews Way Place Credit Benefit Benefits Allowance Payment Support"""
_NOT_A_FIRM_END = frozenset(_NOT_A_FIRM_END_TEXT.split())
# A hospital by its name alone, where a patient goes: "born at Southmead", "admitted to
# Pinderfields", "taken to Wythenshawe" (a town is a place: "taken to Leeds").
# A hospital named for whom it cares for: "Royal Hospital for Children", "the Hospital for
# Sick Children".
_HOSPITAL_FOR = re.compile(
    r"\b(?P<org>(?:(?:Royal|[A-Z][a-z]+)[ \t]+)?Hospital[ \t]+for[ \t]+(?:Sick[ \t]+)?"
    r"(?:Children|Women(?:[ \t]+and[ \t]+Children)?|Neurology|Tropical[ \t]+Diseases))\b"
)
# A school named after a school's role in brackets: "B. Quayle (DSL, Edge Lane)", "Ms Rao
# (SENCO, Archway)".
_SCHOOL_AFTER_ROLE = re.compile(
    r"\((?:DSL|DDSL|SENCO|SENDCo|SENDCO|Headteacher|Head[ \t]+teacher|Head|HT|DHT|Deputy[ \t]+head|"
    r"[Cc]lass[ \t]+teacher|[Tt]eacher|[Nn]ursery[ \t]+manager|[Kk]ey[ \t]+worker|"
    r"[Pp]astoral[ \t]+lead|[Aa]ttendance[ \t]+officer)[ \t]*,[ \t]*"
    r"(?P<org>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]*\)"
)
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+){1,3}[A-Z][\w'’-]*)[ \t]*$")


def _initials_of_name_before(text: str, start: int, letters: str) -> bool:
    """`letters` ("BH", "SCh") are the initials of the name just before `start`: its first
    word's and its surname's first letter (or two)."""
    if not re.fullmatch(r"[A-Z]{2,4}|[A-Z]{1,2}[A-Z][a-z]", letters):
        return False
    name = _NAME_BEFORE.search(text, max(0, start - 60), start)
    if name is None:
        return False
    words = name.group(1).split()
    return any(
        letters[0] == words[-count][0]
        and (
            letters[-1] == words[-1][0]
            if letters.isupper()
            else letters[-2:].casefold() == words[-1][:2].casefold()
        )
        and len(letters) <= count + 1
        for count in range(2, len(words) + 1)
    )


# A café named after its kind: "Café Marrakech", "Cafe Nour".
# A GP practice named after its doctors: "Dr Okonjo & Partners", "Dr Siddiqui Practice" (but
# "registered at Dr Mensah's Surgery" names the doctor).
_DOCTORS_PRACTICE = re.compile(
    r"(?<![\w'’-])(?P<org>Drs?\.?[ \t]+[A-Z][\w'’-]+(?:[ \t]+(?:&|and)[ \t]+[Pp]artners"
    r"|[ \t]+Practice))\b"
)
_CAFE_FIRST = re.compile(r"\b(?P<org>Caf[eé][ \t]+[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)?)\b")
# A club a child plays for: "playing for Illogan Reds under-9s", "plays football for Corby
# Steel Colts".
_PLAYS_FOR = re.compile(
    r"\b[Pp]lay(?:s|ing|ed)?[ \t]+(?:football[ \t]+|rugby[ \t]+|cricket[ \t]+|netball[ \t]+)?"
    r"for[ \t]+(?:the[ \t]+)?(?P<org>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
)
_HOSPITAL_BY_NAME = re.compile(
    r"\b(?i:admitted|born|taken|conveyed|transferred|discharged|blue-lighted|seen)[ \t]+"
    r"(?i:to|at|from|in)[ \t]+(?:the[ \t]+)?(?P<org>[A-Z][a-z]{3,}(?:[ \t]+[A-Z][a-z]+)?)"
    r"(?=[ \t]+(?:A&E|ED|Emergency|Hospital|Maternity|Ward)\b|[ \t]*[.,;)]|[ \t]+(?:on|at|by|with|"
    r"and|after|for|where|when)\b)"
)
# A pub named with the word "pub": "the Rising Sun pub", "a pub called the Plough" (a name of
# ordinary words, where someone drinks, works or lives above).
_PUB = re.compile(
    r"\b(?:the|The)[ \t]+(?P<org>(?:[A-Z][\w'’-]+[ \t]+){0,2}[A-Z][\w'’-]+)"
    r"(?=[ \t]+pub\b(?![ \t]+(?:quiz|crawl)))"
    r"|\bpub[ \t]+(?:called|named)[ \t]+(?:the[ \t]+|The[ \t]+)?"
    r"(?P<called>(?:[A-Z][\w'’-]+[ \t]+){0,2}[A-Z][\w'’-]+)"
)
# A pub by one of the old names pubs have, where someone drinks or is seen: "drinks at The
# Crown, Askam", "seen at The Black Horse", "eating at the Six Bells", "the Fox and Hounds".
_PUB_NOUNS = (
    r"Crown|Anchor|Plough|Bells?|Swan|Lion|Horse|Bull|Ship|Sun|Oak|Navigation|Railway|Ploughman|"
    r"Anglers|Hounds|Feathers|Greyhound|Fleece|Wheatsheaf|Harrow|Chequers|Cricketers|Falcon|"
    r"Eagle|Pheasant|Stag|Hart|Boar|Angel|Mitre|Lobster|Gun|Partridge|Horseshoe|Woolpack|"
    r"Dolphin|Mermaid|Sportsman|Volunteer"
)
_PUB_ADJECTIVES = (
    r"Black|White|Red|Golden|Royal|Old|Six|Three|Two|Seven|Green|Blue|Rising|Jolly|"
    r"(?:Fox|Rose|Cod|Dog|Hare|Crown|Coach|Horse)[ \t]+(?:and|&)"
)
# The name alone: looked for again only where the rule finds it ("the Crown" elsewhere may be
# the Crown Court's or the Crown Prosecution Service's).
CLASSIC_PUB_NAME = re.compile(
    rf"(?:The[ \t]+)?(?:(?:{_PUB_ADJECTIVES})[ \t]+)?(?:{_PUB_NOUNS})"
    r"(?:[ \t]+(?:Inn|Tavern|Hotel))?"
)
_CLASSIC_PUB = re.compile(
    r"\b(?i:at|to|from|outside|near|by|behind|opposite)[ \t]+(?:the[ \t]+(?=[A-Z])|(?=The[ \t]))"
    rf"(?P<org>(?:The[ \t]+)?(?:(?:{_PUB_ADJECTIVES})[ \t]+)?(?:{_PUB_NOUNS})"
    r"(?:[ \t]+(?:Inn|Tavern|Hotel))?)"
    r"(?![\w'’-]|[ \t]+(?:Court|Office|Estate|Street|Road|Lane|Close|Avenue|Way|Park|Prosecution|"
    r"Inn|Tavern|Hotel|[A-Z]))"
)
# A hospital ward by its number, where a patient is: "admitted to Ward 23", "on ward E58" (a
# named ward, "Rainbow Ward", is found by its name's proper word elsewhere, if at all).
_WARD = re.compile(
    r"\b(?:Ward|ward)[ \t]+(?:[A-Z]{1,2}[ \t]?)?\d{1,3}[A-Z]?\b"
    r"(?![/.]\d|[ \t]+(?i:councillors?|by-election))"  # an electoral ward is not a place
)
# A hospital ward by its name, where a patient is taken or stays: "admitted to Harrison Ward",
# "seen on Mary Seacole Ward", "then to Rainbow Ward" (not "spoke to Patrick Ward", nor an
# electoral ward's councillor).
_NAMED_WARD = re.compile(
    r"\b(?:(?:admitted|transferred|moved|taken|then|returned|back|went|go|goes|discharged)[ \t]+"
    r"(?:to|from)|on|onto)[ \t]+(?:the[ \t]+)?"
    r"(?P<org>(?:[A-Z][\w'’-]+[ \t]+){1,2}Ward)\b(?![ \t]+(?i:councillors?|by-election|members?))"
)
# A Welsh school, surgery, centre, hospital or nursery names its kind first: "Ysgol Gymraeg
# Aberystwyth", "Ysgol y Graig", "Meddygfa Teilo", "Canolfan Iechyd Llandeilo", "Ysbyty Glangwili".
_YSGOL = re.compile(
    r"\b(?:Ysgol|Meddygfa|Canolfan|Ysbyty|Cylch[ \t]+Meithrin|Meithrinfa"
    # …and Gaelic ones: "Sgoil Ghàidhlig Achadh Mòr", "Croileagan Inbhir Nis".
    r"|Sgoil(?:[ \t]+Gh[àa]idhlig)?|Bun-?[Ss]goil|[ÀA]rd-?[Ss]goil|Croileagan"
    # …and a community's Saturday school: "Polska Szkoła Sobotnia w Bostonie".
    r"|(?:Polska[ \t]+)?Szkoła(?:[ \t]+Sobotnia)?(?=[ \t]+(?:w|we|im\.|[A-Z])))"
    r"(?:[ \t]+(?:y|yr|w|we|im\.|[A-Z][\w'’-]+)){1,3}\b"
)


def _proper_body(words: list[str]) -> bool:
    """A local body's name has a proper name in it ("Kennet Valley Housing Association",
    "Furze Platt"): a word that is not an ordinary English word, or a UK town beside a word of
    its own (a town alone names the council's service: "Cornwall Housing", "Reading Housing"),
    and no word of a national body or an agency."""
    from casewindow.anonymisation.detection.decoys import uk_places

    places = uk_places()
    if any(w.strip("'’s") in _NATIONAL_WORDS or w.casefold() in _BODY_WORDS for w in words):
        return False
    if any(w.casefold() in _AGENCY_WORDS for w in words):
        return False
    if all(w.casefold() in places for w in words):
        # A village's name alone names its church ("Hartwell Methodist Church"); a town's that
        # is also a word names the council's service ("Reading Housing").
        return any(
            w not in TOWNS_THAT_ARE_WORDS and _proper_word(w, places=frozenset()) for w in words
        )
    # (a saint's name is no owner: "St Mary's church" is as general as "the church")
    owned = not any(w in ("St", "St.", "Saint") for w in words)
    return any(_proper_word(w, places=places, owned=owned) for w in words)


def _proper_word(word: str, *, places: frozenset[str], owned: bool = False) -> bool:
    from casewindow.anonymisation.detection.lexicon import is_known_name, zipf
    from casewindow.anonymisation.detection.names import ETHNICITY

    bare = re.sub(r"['’]s$", "", word)
    return word[:1].isupper() and (
        zipf(bare.casefold()) < 3.6
        # a person's name owning it: "Ruby's Nail Bar", "Murphy's Chippy"
        or (owned and bare != word and is_known_name(bare))
        or word in TOWNS_THAT_ARE_WORDS
        or word.casefold() in places
        or (_TOWN_NAME_END.search(word) is not None and zipf(word.casefold()) < 4.5)
        or (word.casefold() in ETHNICITY and word not in _NATIONAL_WORDS | _COLOURS)
    )


_SPECIALTY_TEXT = """paediatric paediatrics paeds peds pediatric fracture antenatal postnatal sexual
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


def _local_firms_worked_for(text: str) -> Iterator[Span]:
    from casewindow.anonymisation.detection.decoys import chain_phrases, uk_places, world_places
    from casewindow.anonymisation.detection.lexicon import is_known_name, zipf

    for match in _WORKS_FOR.finditer(text):
        words = match.group("org").split()
        named = [w for w in words if w not in _GENERIC and w not in ("&", "of", "and")]
        if len(named) < 2 or _TITLE.fullmatch(words[0]):
            continue  # "works for Mr Khan"
        if any(
            w.casefold() in _BODY_WORDS or w.casefold() in _AGENCY_WORDS or w in _NATIONAL_WORDS
            for w in named
        ):
            continue  # "works for Leeds City Council", "works at Social Care"
        if all(w.casefold() in uk_places() for w in named) or any(w.isupper() for w in named):
            continue  # "works in Milton Keynes"; "works at HMRC Leeds"
        if _name_word(named[0], named[1]) and is_known_name(named[1]):
            continue  # "works for Darren Hale": a person
        if any(re.search(r"['’]s$", w) for w in named) or named[-1] in _NOT_A_FIRM_END:
            continue  # "worked for Gentian Dushku's family"; "at Marden Tce"; "Universal Credit"
        plain = words == named and len(named) == 2
        if plain and all(zipf(w.casefold()) < 3.0 and w not in world_places() for w in named):
            continue  # "works for Ganbold Dorj": two words of no language, a person
        if org_kind(match.group("org")) == "business" and not _proper_body(named):
            continue  # "worked at Lotus Nails": a firm of ordinary words, by its branch only
        if {named[0].casefold(), " ".join(named[:2]).casefold()} & chain_phrases():
            continue  # "works at Greggs Express", "works for Just Eat"
        yield Span(match.start("org"), match.end("org"), "ORGANISATION", "identifier", 0.7)
