"""What a report says, as plain data: the one shape that assembly produces, drafts freeze,
anonymisation rewrites, the language check reads and the renderers (DOCX, PDF, HTML) print.

All text is plain text (no markup), so that every consumer sees the same words: a rich-text
source (the narrative) is turned into heading, paragraph and list blocks when the report is
assembled. A report is immutable; `map_text` returns a new one with every string rewritten,
which is how a publication (anonymised) version is made.

`to_json`/`from_json` round-trip exactly; a draft stores the JSON, so a draft never changes when
the analysis does."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal

BlockKind = Literal["paragraph", "heading", "list", "numbered", "table"]


@dataclass(frozen=True)
class Block:
    """One piece of a section. `text` for paragraph and heading; `items` for list and numbered;
    `rows` for table (the first row is the header row)."""

    kind: BlockKind
    text: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()

    def strings(self) -> Iterator[str]:
        if self.text:
            yield self.text
        yield from self.items
        for row in self.rows:
            yield from row

    def map_text(self, rewrite: Callable[[str], str]) -> Block:
        return replace(
            self,
            text=rewrite(self.text) if self.text else "",
            items=tuple(rewrite(item) for item in self.items),
            rows=tuple(tuple(rewrite(cell) for cell in row) for row in self.rows),
        )

    def to_json(self) -> dict:
        data: dict = {"kind": self.kind}
        if self.text:
            data["text"] = self.text
        if self.items:
            data["items"] = list(self.items)
        if self.rows:
            data["rows"] = [list(row) for row in self.rows]
        return data

    @classmethod
    def from_json(cls, data: dict) -> Block:
        return cls(
            kind=data["kind"],
            text=data.get("text", ""),
            items=tuple(data.get("items", ())),
            rows=tuple(tuple(row) for row in data.get("rows", ())),
        )


@dataclass(frozen=True)
class Section:
    """A numbered part of the report. `key` is stable across drafts (comments and differences
    are matched on it): e.g. "introduction", "findings", "finding-<uuid>". `editable` marks a
    free-text section written by the reviewers (the rest is drawn from the analysis)."""

    key: str
    number: str
    title: str
    blocks: tuple[Block, ...] = ()
    subsections: tuple[Section, ...] = ()
    editable: bool = False

    def walk(self) -> Iterator[Section]:
        yield self
        for sub in self.subsections:
            yield from sub.walk()

    def strings(self) -> Iterator[str]:
        yield self.title
        for block in self.blocks:
            yield from block.strings()

    def map_text(self, rewrite: Callable[[str], str]) -> Section:
        return replace(
            self,
            title=rewrite(self.title),
            blocks=tuple(block.map_text(rewrite) for block in self.blocks),
            subsections=tuple(sub.map_text(rewrite) for sub in self.subsections),
        )

    def to_json(self) -> dict:
        return {
            "key": self.key,
            "number": self.number,
            "title": self.title,
            "editable": self.editable,
            "blocks": [block.to_json() for block in self.blocks],
            "subsections": [sub.to_json() for sub in self.subsections],
        }

    @classmethod
    def from_json(cls, data: dict) -> Section:
        return cls(
            key=data["key"],
            number=data["number"],
            title=data["title"],
            editable=data.get("editable", False),
            blocks=tuple(Block.from_json(b) for b in data.get("blocks", ())),
            subsections=tuple(Section.from_json(s) for s in data.get("subsections", ())),
        )


@dataclass(frozen=True)
class ReportContent:
    """The whole report. `status` is what the title page says ("Draft 2", "Publication version")."""

    title: str
    review_reference: str
    partnership: str
    status: str
    date_text: str
    sections: tuple[Section, ...] = field(default_factory=tuple)
    # The partnership's logo for the title page, as a data:image/png;base64 URI ("" for none).
    logo: str = ""

    def walk(self) -> Iterator[Section]:
        for section in self.sections:
            yield from section.walk()

    def section(self, key: str) -> Section | None:
        return next((s for s in self.walk() if s.key == key), None)

    def strings(self) -> Iterator[str]:
        """Every piece of text in the report, title page included (what a scan must see)."""
        yield from (self.title, self.partnership, self.status, self.date_text)
        for section in self.walk():
            yield from section.strings()

    def map_text(self, rewrite: Callable[[str], str]) -> ReportContent:
        return replace(
            self,
            title=rewrite(self.title),
            partnership=rewrite(self.partnership),
            sections=tuple(section.map_text(rewrite) for section in self.sections),
        )

    def to_json(self) -> dict:
        return {
            "title": self.title,
            "review_reference": self.review_reference,
            "partnership": self.partnership,
            "status": self.status,
            "date_text": self.date_text,
            "sections": [section.to_json() for section in self.sections],
            **({"logo": self.logo} if self.logo else {}),
        }

    @classmethod
    def from_json(cls, data: dict) -> ReportContent:
        return cls(
            title=data["title"],
            review_reference=data["review_reference"],
            partnership=data["partnership"],
            status=data["status"],
            date_text=data["date_text"],
            sections=tuple(Section.from_json(s) for s in data.get("sections", ())),
            logo=data.get("logo", ""),
        )


LOGO_PREFIX = "data:image/png;base64,"


def logo_png(content: ReportContent) -> bytes:
    """The title page's logo as PNG bytes, or b"" (none, or not a PNG data URI we made)."""
    if not content.logo.startswith(LOGO_PREFIX):
        return b""
    try:
        data = base64.b64decode(content.logo[len(LOGO_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        return b""
    return data if data.startswith(b"\x89PNG\r\n\x1a\n") else b""
