"""The parts of the report the reviewers write themselves, and how their plain text becomes
report blocks. Everything else in the report is drawn from the review's own data."""

from dataclasses import dataclass

from casewindow.reports.content import Block


@dataclass(frozen=True)
class FreeText:
    key: str
    title: str
    hint: str


FREE_TEXT: dict[str, FreeText] = {
    section.key: section
    for section in (
        FreeText(
            "executive-summary",
            "Executive summary",
            "For the board and the public, in a page: what happened (by label), the review's "
            "main findings and what the partnership will do about them.",
        ),
        FreeText(
            "introduction-why",
            "Why the review was held",
            "What happened, when the partnership decided to hold a review and which criteria "
            "were met. Use publication labels (Child J, Mother), never names.",
        ),
        FreeText(
            "methodology-family",
            "Family involvement",
            "How the family were invited to take part, who did, and how their views shaped the "
            "review.",
        ),
        FreeText(
            "methodology-limitations",
            "Limitations of the review",
            "What the review could not do: people who did not take part, records that were not "
            "available, parallel proceedings.",
        ),
        FreeText(
            "glossary",
            "Glossary",
            "One term a line, as a bullet: “- Term: what it means”.",
        ),
        FreeText(
            "independence",
            "Statement of the lead reviewers' independence",
            "The lead reviewers' experience and their independence from the agencies involved.",
        ),
    )
}


def _chunk_blocks(lines: list[str]) -> list[Block]:
    """One blank-line-separated chunk: runs of bullet lines become a list, other runs a
    paragraph. A line that follows a bullet without a bullet of its own continues it."""
    blocks: list[Block] = []
    prose: list[str] = []
    items: list[str] = []
    for line in lines:
        if line[:2] in ("- ", "* ") and line[2:].strip():
            if prose:
                blocks.append(Block("paragraph", text=" ".join(prose)))
                prose = []
            items.append(line[2:].strip())
        elif items:
            items[-1] = f"{items[-1]} {line}"
        else:
            prose.append(line)
    if prose:
        blocks.append(Block("paragraph", text=" ".join(prose)))
    if items:
        blocks.append(Block("list", items=tuple(items)))
    return blocks


def text_blocks(text: str) -> tuple[Block, ...]:
    """Plain text as report blocks: paragraphs are separated by a blank line; a run of lines
    starting "- " (or "* ") is a bulleted list. A paragraph's line breaks are joined by spaces."""
    blocks: list[Block] = []
    for chunk in text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n"):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        blocks += _chunk_blocks(lines)
    return tuple(blocks)
