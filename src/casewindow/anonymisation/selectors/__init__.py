"""What the publication check page shows: the report's text cut into plain and highlighted
pieces, and the candidates grouped by string (one decision per string)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from casewindow.anonymisation.services import Candidate
from casewindow.reports.content import ReportContent, Section


@dataclass
class Piece:
    text: str
    candidate: Candidate | None = None
    number: int = 0  # the candidate group's number, for a link to its form


@dataclass
class TextView:
    """One block of the report as the preview shows it, in the report's own shape: a
    paragraph or heading (`pieces`), a list (`items`, each its pieces) or a table (`rows` of
    cells, each its pieces; the first row is the header row)."""

    kind: str  # "meta", "heading", "paragraph", "list", "numbered", "table"
    pieces: list[Piece]
    level: int = 0  # a heading's level on the page
    block: object = None  # the report block it shows (items and cells are grouped by it)
    items: list[list[Piece]] = field(default_factory=list)
    rows: list[list[list[Piece]]] = field(default_factory=list)


@dataclass
class SectionView:
    number: str
    title: list[Piece]
    texts: list[TextView]
    depth: int
    title_page: bool = False  # the report's title and the lines under it

    @property
    def level(self) -> int:
        """The section heading's level in the preview (under its h2): 3 is h3, 3.1 is h4."""
        return min(3 + self.depth, 6)


@dataclass
class CandidateGroup:
    number: int
    key: str
    text: str
    category: str
    category_name: str
    state: str
    replacement: str
    suggestion: str
    sentence: list[Piece]
    occurrences: int = 1
    person_label: str = ""
    decision: object = None
    form: object = None
    strings: set[int] = field(default_factory=set)
    # Where it appears: the report's sections (or its title page), in report order, each once.
    places: list[SectionView] = field(default_factory=list)
    # What the page shows as the candidate's words (the view decides it through the access
    # module: the original or what replaces it).
    shown_text: str = ""
    value: str = ""  # "CATEGORY:text", as the bulk decision's checkbox posts it


def _pieces(text: str, candidates: list[Candidate], numbers: dict[str, int]) -> list[Piece]:
    out, last = [], 0
    for candidate in sorted(candidates, key=lambda c: c.start):
        if candidate.start > last:
            out.append(Piece(text[last : candidate.start]))
        out.append(Piece(candidate.text, candidate, numbers.get(candidate.key, 0)))
        last = candidate.end
    if last < len(text):
        out.append(Piece(text[last:]))
    return out


def _sentence(text: str, candidate: Candidate) -> list[Piece]:
    """The sentence around one occurrence, the candidate marked."""
    starts = [m.end() for m in re.finditer(r"[.!?]\s+", text[: candidate.start])]
    start = starts[-1] if starts else 0
    end_match = re.search(r"[.!?](?:\s|$)", text[candidate.end :])
    end = candidate.end + end_match.end() if end_match else len(text)
    start, end = max(start, candidate.start - 200), min(end, candidate.end + 200)
    return [
        Piece(("…" if start > 0 else "") + text[start : candidate.start]),
        Piece(candidate.text, candidate),
        Piece(text[candidate.end : end].rstrip() + ("…" if end < len(text) else "")),
    ]


def _strings_by_section(
    content: ReportContent,
) -> Iterator[tuple[Section | None, str, str, tuple[object, int]]]:
    """(section or None, kind, text, (block, row)) in the order of `content.strings()`."""
    yield None, "title", content.title, (None, 0)
    yield None, "meta", content.partnership, (None, 0)
    yield None, "meta", content.status, (None, 0)
    yield None, "meta", content.date_text, (None, 0)
    for section in content.walk():
        yield section, "heading", section.title, (None, 0)
        for block in section.blocks:
            if block.text:
                kind = "heading" if block.kind == "heading" else "paragraph"
                yield section, kind, block.text, (block, 0)
            for item in block.items:
                yield section, "item", item, (block, 0)
            for row_index, row in enumerate(block.rows):
                for cell in row:
                    yield section, "cell", cell, (block, row_index)


def _add_text(
    section: SectionView, kind: str, pieces: list[Piece], block: object, row: int
) -> None:
    """Add one string to the section's preview, keeping the report's shape: a list item joins
    its list, a cell its table row."""
    last = section.texts[-1] if section.texts else None
    if kind == "item":
        if last is None or last.block is not block:
            numbered = getattr(block, "kind", "") == "numbered"
            last = TextView("numbered" if numbered else "list", [], block=block)
            section.texts.append(last)
        last.items.append(pieces)
    elif kind == "cell":
        if last is None or last.block is not block:
            last = TextView("table", [], block=block)
            section.texts.append(last)
        while len(last.rows) <= row:
            last.rows.append([])
        last.rows[row].append(pieces)
    elif kind == "heading":
        section.texts.append(TextView(kind, pieces, level=min(section.level + 1, 6), block=block))
    else:
        section.texts.append(TextView(kind, pieces, block=block))


def publication_check_view(
    content: ReportContent, candidates: list[Candidate]
) -> tuple[list[SectionView], list[CandidateGroup]]:
    strings = list(_strings_by_section(content))
    groups: dict[str, CandidateGroup] = {}
    for candidate in sorted(candidates, key=lambda c: (c.string_index, c.start)):
        group = groups.get(candidate.key)
        if group is None:
            groups[candidate.key] = CandidateGroup(
                number=len(groups) + 1,
                key=candidate.key,
                text=candidate.text,
                category=candidate.category,
                category_name=candidate.category_name,
                state=candidate.state,
                replacement=candidate.replacement,
                suggestion=candidate.suggestion,
                sentence=_sentence(strings[candidate.string_index][2], candidate),
                person_label=candidate.person.publication_label if candidate.person else "",
                decision=candidate.decision,
                strings={candidate.string_index},
            )
        else:
            group.occurrences += 1
            group.strings.add(candidate.string_index)
            if candidate.state == "unresolved":
                group.state = "unresolved"
    numbers = {key: group.number for key, group in groups.items()}
    by_string: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        by_string.setdefault(candidate.string_index, []).append(candidate)

    sections: list[SectionView] = []
    current: SectionView | None = None
    section_of: dict[int, SectionView] = {}
    for index, (section, kind, text, (block, row)) in enumerate(strings):
        pieces = _pieces(text, by_string.get(index, []), numbers)
        if section is None:
            if kind == "title":
                current = SectionView("", pieces, [], 0, title_page=True)
                sections.append(current)
            if current is not None:
                section_of[index] = current
            continue
        if (
            kind == "heading"
            and text == section.title
            and (current is None or current.number != section.number)
        ):
            depth = section.number.count(".")
            current = SectionView(section.number, pieces, [], depth)
            sections.append(current)
            section_of[index] = current
            continue
        assert current is not None
        _add_text(current, kind, pieces, block, row)
        section_of[index] = current
    for group in groups.values():
        for index in sorted(group.strings):
            place = section_of.get(index)
            if place is not None and all(place is not known for known in group.places):
                group.places.append(place)
    return sections, list(groups.values())
