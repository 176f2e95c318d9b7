"""Text with the register's real names replaced by publication labels, for pages that pool a
review's learning with others (the learning app). Fast and model-free: the people register and
the review's "replace" decisions only, never the language model, so it can run on every page
view. It is the floor, not the publication gate: the gate still runs before publication."""

import re
from collections.abc import Sequence

from casewindow.anonymisation.models import DecisionKind
from casewindow.anonymisation.services import (
    category_label,
    current_decisions,
    register_for,
)
from casewindow.reviews.models import Review


def publication_labelled(*, review: Review, texts: Sequence[str]) -> list[str]:
    """Each text with every register match (real names, aliases, dates of birth) replaced by
    the person's publication label and every string decided "replace" by its replacement."""
    matcher, people = register_for(review)
    replacements = {
        decision.text: decision.replacement
        for decision in current_decisions(review).values()
        if decision.decision == DecisionKind.REPLACE and decision.replacement
    }
    decided = (
        re.compile(
            "|".join(re.escape(t) for t in sorted(replacements, key=len, reverse=True)),
            re.IGNORECASE,
        )
        if replacements
        else None
    )
    folded = {key.casefold(): value for key, value in replacements.items()}
    out: list[str] = []
    for text in texts:
        if not text:
            out.append(text)
            continue
        pieces, last = [], 0
        for span in sorted(matcher.find(text), key=lambda s: s.start):
            if span.start < last:
                continue
            person = people.get(span.person_key)
            label = person.publication_label if person else category_label(span.label, "")
            pieces.extend([text[last : span.start], label])
            last = span.end
        pieces.append(text[last:])
        labelled = "".join(pieces)
        if decided is not None:
            labelled = decided.sub(
                lambda m: folded.get(m.group(0).casefold(), "[redacted]"), labelled
            )
        out.append(labelled)
    return out
