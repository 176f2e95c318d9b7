"""UK postcodes, in any case and spacing a case record types them in."""

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
        if not (letters.isupper() or letters.islower() or letters[1:].islower()):
            continue
        strict = POSTCODE_ANY_CASE.fullmatch(compact) is not None
        if not strict and _ORDINAL.fullmatch(match.group("in")):
            continue
        if not strict and not letters.isupper():
            continue
        if not strict and not value.isupper():
            continue
        yield Span(match.start(), match.end(), "POSTCODE", "identifier")
