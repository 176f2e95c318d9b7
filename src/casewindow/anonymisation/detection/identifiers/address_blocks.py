"""A letter's address block: the lines above a postcode that ends its line, up to the addressee."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewindow.anonymisation.detection.identifiers.postcodes import find_postcodes
from casewindow.anonymisation.detection.identifiers.spans import Span
from casewindow.anonymisation.detection.identifiers.street_words import STREET_SUFFIXES

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


def address_block(text: str) -> Iterator[Span]:
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
