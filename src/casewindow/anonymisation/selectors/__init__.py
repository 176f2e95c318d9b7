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
    kind: str  # "title", "heading", "paragraph", "item", "cell"
    pieces: list[Piece]


@dataclass
class SectionView:
    number: str
    title: list[Piece]
    texts: list[TextView]
    depth: int
    title_page: bool = False  # the report's title and the lines under it


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


def _strings_by_section(content: ReportContent) -> Iterator[tuple[Section | None, str, str]]:
    """(section or None, kind, text) in the order of `content.strings()`."""
    yield None, "title", content.title
    yield None, "meta", content.partnership
    yield None, "meta", content.status
    yield None, "meta", content.date_text
    for section in content.walk():
        yield section, "heading", section.title
        for block in section.blocks:
            if block.text:
                yield section, "heading" if block.kind == "heading" else "paragraph", block.text
            for item in block.items:
                yield section, "item", item
            for row in block.rows:
                for cell in row:
                    yield section, "cell", cell


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
    for index, (section, kind, text) in enumerate(strings):
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
        current.texts.append(TextView(kind, pieces))
        section_of[index] = current
    for group in groups.values():
        for index in sorted(group.strings):
            place = section_of.get(index)
            if place is not None and all(place is not known for known in group.places):
                group.places.append(place)
    return sections, list(groups.values())
