"""The glossary of safeguarding vocabulary and how an entry's text is read through it."""

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

GLOSSARY_PATH = Path(__file__).with_name("glossary.yaml")
WORD = re.compile(r"[a-z0-9]+(?:['&/][a-z0-9]+)*")
CONCEPT_TOKEN = re.compile(r"§\S+")
# Words are compared by their first letters, so "suspended" meets "suspension" and "assessed"
# meets "assessment"; number words meet digits ("three days" and "3 days").
STEM_LENGTH = 6
NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()  # noqa: SIM905
    )
}
_HV = re.compile(r"(?<![\w&])hv(?![\w&])", re.IGNORECASE)
_HV_PERSON_BEFORE = re.compile(
    r"\b(?:from|the|with|to|by|and|named|allocated|told|informed|asked|contacted)\s+$"
)
_HV_PERSON_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\b(?<!Completed)|reports?|reported|said|says|advised|called|phoned|rang|"
    r"visited|shared|raised|informed|concerns?)",
)
# Clinicians write weeks as "n/52" ("review in 4/52"), where others write "four weeks". (Not
# "n/12" months or "n/7" days: "3/12" and "1/7" are also dates.)
_WEEKS = re.compile(r"(?<![\d/])(\d{1,2})/52(?![\d/])")
# A series of meetings numbered where they are named: "CG2 at nursery" is the second core
# group, "RCPC1" the first review conference.
_NUMBERED_MEETING = re.compile(r"(?<![\w&])(cg|cgm|cin|icpc|rcpc|cp conf)(\d{1,2})(?!\w)")
# A concept just after a denial or a passing cue, in the same clause, is not what the entry
# records: "no concerns about", "denies", "mentioned a previous", "history of".
PASSING_REACH = 40
_CLAUSE_END = re.compile(r"[.;!?\n]")
_PASSING = re.compile(
    r"\b(?:no concerns? (?:about|re|regarding|around|over|of)|no|not|nor|denies|denied|denying|"
    r"declined|declines|refused|refuses|without|mentioned|mentions|history of|hx of|previous|"
    r"previously|prior|past|recent|recently|any|future|because|"
    r"as (?:she|he|they) (?:is|was|are|were|has been|had been)|"
    # …and what is only planned or advised: "advised police to make a referral", "day team to
    # consider a strategy discussion".
    r"(?:to|will|would|should|could|may|might) (?:make|consider|convene|arrange|hold|complete|"
    r"offer|book|request|submit|send|undertake))"
    r"(?:[\s'\"‘“]+(?:a|an|the|any|her|his|their|of|about|previous|prior|recent|further|known|"
    r"other|another|mention|mentioned|report|reported|disclose|disclosed|raise|raised|evidence|"
    r"signs?))*[\s'\"‘“]+$"
)
# …and a concept followed by what is only asked for or to come: "return home interview
# requested from the exploitation team", "strategy discussion to be arranged".
_PASSING_AFTER = re.compile(
    r"\s*(?:(?:was|has\s+been|is|were|have\s+been)\s+)?(?:requested|to\s+be\s+(?:arranged|"
    r"requested|booked|completed|offered|held|convened|considered)|(?:will|would)\s+be\s+"
    r"(?:arranged|offered|held|convened|requested)|pending)\b"
)
# A court in an address is a block of flats, not a hearing: "14 Calder Court", "Flat 13
# Calder Court" (but "Leeds Youth Court", "Family Court").
_PLACE_COURT = re.compile(
    r"\b(?!(?:Youth|Crown|Magistrates|Family|County|High|Appeal|Juvenile|Coroners?|Civil|"
    r"Criminal|Supreme|Domestic|Care)\b)([A-Z][a-z]+)['’]?[ \t]+Court\b"
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
    channels: frozenset[str]  # kinds that are the way a message came (a call, a letter)
    related: dict[str, frozenset[str]]  # kinds one happening may be recorded as, either way
    preparation: re.Pattern[str] | None
    sending: re.Pattern[str] | None  # an entry sending something to another agency
    lag_pattern: re.Pattern[str] | None
    lag_of: dict[str, tuple[int, str]]  # phrase -> (days, reason)
    default_lag: tuple[int, str]


def alternation(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@cache
def glossary(path: Path = GLOSSARY_PATH) -> Glossary:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    concept_of: dict[str, str] = {}
    kinds: dict[str, float] = {}
    related: dict[str, set[str]] = defaultdict(set)
    channels = set()
    for concept, spec in data["concepts"].items():
        if spec.get("kind"):
            kinds[concept] = 0.5 if spec["kind"] == "weak" else 1.0
        if spec.get("channel"):
            channels.add(concept)
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
        pattern=re.compile(rf"(?<![\w&]){'(?:' + alternation(concept_of) + ')'}(?![\w&])"),
        concept_of=concept_of,
        kinds=kinds,
        channels=frozenset(channels),
        related={k: frozenset(v) for k, v in related.items()},
        preparation=(
            re.compile(rf"(?<!\w)(?:{alternation(data['preparation']['phrases'])})(?!\w)")
            if data.get("preparation", {}).get("phrases")
            else None
        ),
        sending=(
            re.compile(rf"(?<!\w)(?:{alternation(data['sending']['phrases'])})(?!\w)")
            if data.get("sending", {}).get("phrases")
            else None
        ),
        lag_pattern=re.compile(rf"(?<![\w&])(?:{alternation(lag_of)})(?![\w&])")
        if lag_of
        else None,
        lag_of=lag_of,
        default_lag=default_lag,
    )


def normalise(text: str, g: Glossary) -> tuple[str, list[str], frozenset[str]]:
    """The text with every glossary phrase replaced by its concept's token, the concepts in the
    order they first appear, and those only ever denied or mentioned in passing ("no concerns
    about self-harm", "mentioned a previous referral")."""
    lowered = _WEEKS.sub(r"\1 weeks", _PLACE_COURT.sub(r"\1 crt", text or "").lower())
    lowered = _NUMBERED_MEETING.sub(r"\1 \2", lowered)
    concepts: dict[str, None] = {}
    asserted: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        concept = g.concept_of[match.group(0)]
        concepts.setdefault(concept)
        before = lowered[max(0, match.start() - PASSING_REACH) : match.start()]
        if not _PASSING.search(_CLAUSE_END.split(before)[-1]) and not _PASSING_AFTER.match(
            lowered, match.end()
        ):
            asserted.add(concept)
        return " §" + concept.replace(" ", "_") + " "

    text = g.pattern.sub(replace, lowered)
    return text, list(concepts), frozenset(concepts) - asserted


def stem(word: str) -> str:
    word = NUMBER_WORDS.get(word, word)
    return word[:STEM_LENGTH] if len(word) > STEM_LENGTH else word


def home_visit_hv(text: str) -> str:
    """A social worker's or police officer's "HV" is a home visit ("HV completed", "joint HV")
    unless the sentence makes it a person ("call from HV", "HV reports", "the HV")."""

    def sense(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 12) : match.start()].lower()
        after = text[match.end() : match.end() + 14]
        if _HV_PERSON_BEFORE.search(before) or _HV_PERSON_AFTER.match(after):
            return match.group(0)
        return "home visit"

    return _HV.sub(sense, text)
