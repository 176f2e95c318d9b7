"""An address in its parts: the flat or pitch, the building or site, the street. Reported side by
side, they hide the same words as the whole, and a record that names the street again alone, or
a reviewer who keeps the street and hides the house, has the parts to work with."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewindow.anonymisation.detection.identifiers.spans import Span
from casewindow.anonymisation.detection.identifiers.street_words import (
    DISTRICT_END,
    STREET_SUFFIXES,
)

# Where an address's parts meet: a comma, the space after a flat's or a pitch's number, or
# between a building and its street ("Pitch 7 Bramley Common Site", "Ashley House Hartshill
# Road": a letter's address block run onto one line).
_PART_BREAK = re.compile(
    r",[ \t]*|\b(?:Flat|Room|Pitch|Plot|Unit|Caravan|Static)[ \t]+\d{1,4}[A-Za-z]?"
    r"(?P<gap>[ \t]+)(?=[A-Z])"
    r"|\b(?:House|Court|Tower|Lodge|Mansions|Cottages?|Farm|Farmhouse|Bungalow|Hostel)"
    r"(?P<gap2>[ \t]+)(?=(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:" + STREET_SUFFIXES + r")\b)"
)


def address_parts(text: str, span: Span) -> Iterator[Span]:
    """The parts of the address `span`, split at commas, after a flat's or a pitch's number and
    between a building and its street."""
    cuts = [
        cut.span("gap")
        if cut.group("gap")
        else cut.span("gap2")
        if cut.group("gap2")
        else cut.span()
        for cut in _PART_BREAK.finditer(text, span.start, span.end)
    ]
    # A district last stays with the part before it ("Harrington Court, Moss Side"): alone it
    # would be looked for all through the report, where it names the district, not a home.
    # (After a flat's or a pitch's number the rest is the building or the site, kept apart.)
    last = cuts[-1] if cuts else None
    if last and "," in text[last[0] : last[1]] and DISTRICT_END.search(text[last[1] : span.end]):
        cuts.pop()
    start = span.start
    for cut_start, cut_end in cuts:
        if re.search(r"[A-Za-z]", text[start:cut_start]):
            yield Span(start, cut_start, span.label, span.source, span.score)
            start = cut_end
    yield Span(start, span.end, span.label, span.source, span.score)
