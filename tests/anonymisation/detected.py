"""What the personal-data detector finds, as the strings it covers: the one helper the detection
tests share."""

from collections.abc import Iterable, Sequence

from casewindow.anonymisation.detection.engine import find_personal_data
from casewindow.anonymisation.detection.identifiers import Span
from casewindow.anonymisation.detection.register import RegisterMatcher


def covered(text: str, spans: Iterable[Span], label: str | None = None) -> list[str]:
    """The strings of `text` the spans cover, in their order: those of `label`, or all if None."""
    return [text[s.start : s.end] for s in spans if label is None or s.label == label]


def detected_in_each(
    texts: Sequence[str], label: str | None = "PERSON", register: RegisterMatcher | None = None
) -> list[list[str]]:
    """The strings of `label` (of every label if None) found in each of a batch of texts, which
    the detector reads together (a name found in one is looked for in the others)."""
    found = find_personal_data(list(texts), register)
    return [covered(text, spans, label) for text, spans in zip(texts, found, strict=True)]


def detected(
    text: str, label: str | None = "PERSON", register: RegisterMatcher | None = None
) -> list[str]:
    """The strings of `label` (of every label if None) found in `text` alone."""
    (found,) = detected_in_each([text], label, register)
    return found


def detected_with_labels(
    text: str, register: RegisterMatcher | None = None
) -> list[tuple[str, str]]:
    """Every string found in `text` alone, with its label."""
    (spans,) = find_personal_data([text], register)
    return [(text[s.start : s.end], s.label) for s in spans]
