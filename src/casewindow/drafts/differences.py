"""What changed between two drafts of the report, section by section.

Sections are matched on their `key` (stable across drafts), in report order: a section is
added, removed, changed or the same. Within a changed section the blocks are compared as lines
of text (a paragraph, a heading, one list item, one table row each); a line changed in place is
shown word by word, so a reader sees exactly which words were inserted and deleted."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Literal

from casewindow.reports.content import Block, ReportContent, Section

SectionChange = Literal["added", "removed", "changed", "same"]
LineChange = Literal["same", "added", "removed", "changed"]
WordOp = Literal["same", "inserted", "deleted"]


@dataclass(frozen=True)
class WordPiece:
    op: WordOp
    text: str


@dataclass(frozen=True)
class LineDifference:
    change: LineChange
    kind: str  # the block kind the line came from ("paragraph", "heading", "list item"...)
    text: str = ""  # for same, added, removed
    words: tuple[WordPiece, ...] = ()  # for changed


@dataclass(frozen=True)
class SectionDifference:
    key: str
    change: SectionChange
    number: str  # in draft B (in A for a removed section)
    title: str
    old_number: str = ""
    old_title: str = ""
    depth: int = 0
    lines: tuple[LineDifference, ...] = field(default_factory=tuple)

    @property
    def title_changed(self) -> bool:
        return self.change == "changed" and (
            self.old_title != self.title or self.old_number != self.number
        )


def _depths(report: ReportContent) -> dict[str, int]:
    depths: dict[str, int] = {}

    def visit(section: Section, depth: int) -> None:
        depths.setdefault(section.key, depth)
        for sub in section.subsections:
            visit(sub, depth + 1)

    for section in report.sections:
        visit(section, 0)
    return depths


def block_lines(block: Block) -> list[tuple[str, str]]:
    """A block as (kind, text) lines: the unit the comparison works on."""
    if block.kind == "list":
        return [("list item", item) for item in block.items]
    if block.kind == "numbered":
        return [("numbered item", item) for item in block.items]
    if block.kind == "table":
        return [("table row", " | ".join(row)) for row in block.rows]
    return [(block.kind, block.text)]


def section_lines(section: Section) -> list[tuple[str, str]]:
    return [line for block in section.blocks for line in block_lines(block)]


_TOKENS = re.compile(r"\s+|[^\s]+")


def word_difference(old: str, new: str) -> tuple[WordPiece, ...]:
    """The words of `new` against `old`: unchanged runs, and the runs deleted and inserted.
    Whitespace travels with the words, so joining the pieces of one side gives that side back."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    pieces: list[WordPiece] = []

    def add(op: WordOp, tokens: list[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if pieces and pieces[-1].op == op:
            pieces[-1] = WordPiece(op, pieces[-1].text + text)
        else:
            pieces.append(WordPiece(op, text))

    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("same", a[i1:i2])
        else:
            add("deleted", a[i1:i2])
            add("inserted", b[j1:j2])
    return tuple(pieces)


def line_differences(
    old: list[tuple[str, str]], new: list[tuple[str, str]]
) -> tuple[LineDifference, ...]:
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    lines: list[LineDifference] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            lines += [LineDifference("same", kind, text) for kind, text in old[i1:i2]]
            continue
        removed, added = old[i1:i2], new[j1:j2]
        if tag == "replace":
            # Lines replaced in place, pair by pair, are shown word by word; the rest whole.
            paired = min(len(removed), len(added))
            for (_, before), (kind, after) in zip(removed[:paired], added[:paired], strict=True):
                lines.append(LineDifference("changed", kind, words=word_difference(before, after)))
            removed, added = removed[paired:], added[paired:]
        lines += [LineDifference("removed", kind, text) for kind, text in removed]
        lines += [LineDifference("added", kind, text) for kind, text in added]
    return tuple(lines)


def draft_differences(a: ReportContent, b: ReportContent) -> list[SectionDifference]:
    """Every section of either report, in report order, with what changed from A to B."""
    old = {s.key: s for s in a.walk()}
    new = {s.key: s for s in b.walk()}
    old_depth, new_depth = _depths(a), _depths(b)
    old_keys, new_keys = list(old), list(new)
    result: list[SectionDifference] = []

    def removed(key: str) -> SectionDifference:
        s = old[key]
        return SectionDifference(
            key, "removed", s.number, s.title, s.number, s.title, old_depth[key],
            tuple(LineDifference("removed", kind, text) for kind, text in section_lines(s)),
        )  # fmt: skip

    def added(key: str) -> SectionDifference:
        s = new[key]
        return SectionDifference(
            key, "added", s.number, s.title, "", "", new_depth[key],
            tuple(LineDifference("added", kind, text) for kind, text in section_lines(s)),
        )  # fmt: skip

    def compared(key: str) -> SectionDifference:
        before, after = old[key], new[key]
        lines = line_differences(section_lines(before), section_lines(after))
        same = (
            all(line.change == "same" for line in lines)
            and before.title == after.title
            and before.number == after.number
        )
        return SectionDifference(
            key, "same" if same else "changed", after.number, after.title,
            before.number, before.title, new_depth[key], lines,
        )  # fmt: skip

    matcher = difflib.SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        # A key that moved is still the same section: it is compared where it now stands.
        result += [removed(key) for key in old_keys[i1:i2] if key not in new]
        result += [compared(key) if key in old else added(key) for key in new_keys[j1:j2]]
    return result
