"""The span every recogniser of personal data yields: character offsets, a label, and which
recogniser found it."""

from __future__ import annotations

from dataclasses import dataclass

LABELS = (
    "PERSON",
    "DATE_OF_BIRTH",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "NHS_NUMBER",
    "NI_NUMBER",
    "ORGANISATION",
    "OTHER",
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    source: str  # which recogniser: "register", "identifier", "ner", "context", "propagated"
    score: float = 1.0
    person_key: str = ""  # the register person, for register matches

    @property
    def length(self) -> int:
        return self.end - self.start
