"""Letters to participants (letters.md): the introductory letter and the explanation of the
one-to-one conversation, as templates with placeholders in braces, merged per person into a
DOCX. Pure: no database, no request.

A template may use only the placeholders below; one it does not know is refused with its name,
so a typo never reaches a participant as "{partnrship}"."""

import io
import string
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from docx import Document
from docx.shared import Pt


class LetterKind(StrEnum):
    INTRODUCTION = "introduction"
    CONVERSATION = "conversation"


LETTER_TITLES = {
    LetterKind.INTRODUCTION: "Introductory letter",
    LetterKind.CONVERSATION: "About your one-to-one conversation",
}

PLACEHOLDERS: dict[str, str] = {
    "partnership": "the partnership's name",
    "child_label": "how the review refers to the child (a label such as Child A, never a name)",
    "review_type": "the type of review",
    "review_reference": "the review's reference",
    "recipient_name": "the name of the person the letter is for",
    "recipient_role": "their role in the review",
    "recipient_agency": "their agency",
    "lead_reviewers": "the lead reviewers' names",
    "lead_reviewer_contacts": "the lead reviewers' names and e-mail addresses",
    "meeting_dates": "the dates of the case-group meetings arranged so far",
    "conversation_when": "date and time of the conversation (typed when the letter is made)",
    "conversation_where": "where the conversation will be",
    "conversation_attendees": "who will attend the conversation",
    "today": "today's date",
}


class TemplateRefused(ValueError):
    """A template that cannot be merged: the message names the problem."""


def template_placeholders(body: str) -> list[str]:
    """The placeholders a template uses, in order; TemplateRefused for an unknown one or for
    braces that do not make a placeholder."""
    try:
        parsed = [
            (name, spec, conversion)
            for _, name, spec, conversion in string.Formatter().parse(body)
            if name is not None
        ]
    except ValueError as error:
        raise TemplateRefused(
            f"The template has a brace that does not open or close a placeholder ({error}). "
            "Write placeholders as {partnership}; to show a brace itself, type it twice."
        ) from None
    fields = [name for name, _, _ in parsed]
    for name, spec, conversion in parsed:
        if spec or conversion:
            raise TemplateRefused(f"Placeholder {{{name}}} must be a plain name in braces.")
    unknown = sorted({name for name in fields if name not in PLACEHOLDERS})
    if "" in fields:
        raise TemplateRefused("The template has empty braces {}: put a placeholder name in them.")
    if unknown:
        names = ", ".join("{" + name + "}" for name in unknown)
        raise TemplateRefused(
            f"Unknown placeholder{'s' if len(unknown) > 1 else ''} {names}. "
            f"Known placeholders: {', '.join('{' + p + '}' for p in PLACEHOLDERS)}."
        )
    return fields


def letter_merge(body: str, values: dict[str, str]) -> str:
    template_placeholders(body)
    return body.format_map({name: values.get(name, "") for name in PLACEHOLDERS})


@dataclass(frozen=True)
class MergedLetter:
    title: str
    text: str


def letter_docx(letter: MergedLetter) -> bytes:
    """The merged letter as a Word document: a title, then one paragraph per blank-line-separated
    block (single line breaks kept)."""
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(12)
    document.add_heading(letter.title, level=1)
    for block in letter.text.replace("\r\n", "\n").split("\n\n"):
        if not block.strip():
            continue
        paragraph = document.add_paragraph()
        lines = block.strip("\n").split("\n")
        for index, line in enumerate(lines):
            run = paragraph.add_run(line)
            if index < len(lines) - 1:
                run.add_break()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# The shipped wording of each letter (plain text files beside the app's templates).
_SHIPPED = Path(__file__).resolve().parent / "templates" / "process" / "letters"
DEFAULT_TEMPLATES: dict[LetterKind, str] = {
    kind: (_SHIPPED / f"{kind}.txt").read_text(encoding="utf-8").strip() for kind in LetterKind
}
