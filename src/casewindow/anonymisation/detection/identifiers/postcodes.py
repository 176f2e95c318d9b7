"""UK postcodes, in any case and spacing a case record types them in, and a postcode's outward
half alone where the text says it is one ("the LS9 area")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewindow.anonymisation.detection.identifiers.spans import Span

# --- Postcode -----------------------------------------------------------------------------

_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRV-Y\d]?)"
    r" ?\d[ABD-HJLNP-UW-Z]{2})\b"
)


POSTCODE_ANY_CASE = re.compile(_POSTCODE.pattern, re.IGNORECASE)
# The postcode's shape without the letter rules (an invented or mistyped code, "RG4 8CK"), the
# halves apart by more than one space or a line break (a letter's address block).
POSTCODE_SHAPE = re.compile(
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
    for match in POSTCODE_SHAPE.finditer(text):
        value = match.group(0)
        compact = match.group("out") + " " + match.group("in")
        letters = re.sub(r"[^A-Za-z]", "", compact)
        strict = POSTCODE_ANY_CASE.fullmatch(compact) is not None
        if not (
            letters.isupper()
            or letters.islower()
            or letters[1:].islower()
            or (strict and _typed_area(match.group("out")))
        ):
            continue
        if not strict and _ORDINAL.fullmatch(match.group("in")):
            continue
        if not strict and not letters.isupper():
            continue
        if not strict and not value.isupper():
            continue
        yield Span(match.start(), match.end(), "POSTCODE", "identifier")


def _typed_area(outward: str) -> bool:
    """The outward half as a form's autocorrect leaves it, a real area with a capital only at
    the start ("Pe2 7DJ", "St1 3Nd", "Gu11 3EN")."""
    area = re.match(r"[A-Za-z]+", outward)
    return (
        area is not None
        and area.group(0)[:1].isupper()
        and area.group(0)[1:].islower()
        and area.group(0).upper() in _AREAS
    )


# The UK's postcode areas. An outward code alone ("LS9") narrows a home down to a few thousand
# households, so it is personal data where the text says it is a postcode.
_AREAS_TEXT = """AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH
DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L
LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG
SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE"""
_AREAS = frozenset(_AREAS_TEXT.split())
_OUTWARD = r"(?P<out>[A-Z]{1,2}\d[A-Z\d]?)(?![\w/-]|[ \t]*\d[A-Za-z]{2}\b)"
# "postcode LS9", "the LS9 area", "an LS9 postcode"; and after a place and a comma at the end
# of an address ("Lincoln Green, LS9"), where a one-letter area ("M6", "B12") is left out, being
# a road's or a vitamin's name as often.
_OUTWARD_SAID = re.compile(
    r"\b(?i:post[ \t]?codes?(?:[ \t]+(?:area|district))?|postal[ \t]+district)[ \t]*"
    r"(?:is[ \t]+|was[ \t]+|of[ \t]+|:[ \t]*)?"
    + _OUTWARD
    + r"|(?<![\w/-])"
    + _OUTWARD.replace("out>", "out2>")
    + r"(?=[ \t]+(?i:area|postcode|post[ \t]code|district)\b)"
)
_OUTWARD_AFTER_PLACE = re.compile(
    r"(?<=[a-z], )(?P<out>[A-Z]{2}\d[A-Z\d]?)(?=[\"”'’.;)]|[ \t]*$)", re.MULTILINE
)


# …and straight after a listed town, as a letter's address or a note gives it: "Bradford BD8",
# "Tonypandy CF40", "Rhondda, CF42" (two-letter areas only, as above).
_OUTWARD_AFTER_TOWN = re.compile(
    r"\b(?P<place>[A-Z][a-z]+(?:[ \t-][A-Z][a-z]+)?),?[ \t]+"
    r"(?P<out>[A-Z]{2}\d[A-Z\d]?)(?![\w/-]|[ \t]*\d[A-Za-z]{2}\b)"
)


def _area(outward: str) -> str:
    """The postcode area: the letters before the district's number ("LS" of "LS9")."""
    return re.sub(r"\d.*", "", outward)


def find_outward_codes(text: str) -> Iterator[Span]:
    """A postcode's outward half alone where the text says it is one: "in the LS9 area",
    "postcode BD3", "Lincoln Green, LS9", "Bradford BD8"."""
    for match in _OUTWARD_SAID.finditer(text):
        group = "out" if match.group("out") else "out2"
        if _area(match.group(group)) in _AREAS:
            yield Span(match.start(group), match.end(group), "POSTCODE", "identifier", 0.85)
    for match in _OUTWARD_AFTER_PLACE.finditer(text):
        if _area(match.group("out")) in _AREAS:
            yield Span(match.start("out"), match.end("out"), "POSTCODE", "identifier", 0.8)
    from casewindow.anonymisation.detection.decoys import uk_places

    for match in _OUTWARD_AFTER_TOWN.finditer(text):
        place = match["place"].casefold()
        if _area(match["out"]) in _AREAS and (
            place in uk_places() or re.split(r"[ \t-]", place)[-1] in uk_places()
        ):
            yield Span(match.start("out"), match.end("out"), "POSTCODE", "identifier", 0.8)
