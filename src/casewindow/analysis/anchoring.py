"""Finding a coded passage again in text that may have changed since it was coded.

An excerpt stores its quote, the character offsets where it was found and some context either
side. When the text is read again (a document re-extracted, conversation notes edited), the
offsets may no longer point at the quote. `anchor` finds it again, trying in turn:

1. the quote exactly where it was;
2. the quote exactly elsewhere: the occurrence whose context best matches the stored prefix and
   suffix, and then the one nearest its old place;
3. the quote with its white space changed (line breaks, double spaces);
4. a close (fuzzy) match, for a word or two changed;

and gives None when the passage is no longer there."""

import re

from rapidfuzz import fuzz

CONTEXT_CHARS = 40
FUZZY_THRESHOLD = 85.0
# A short quote matches too much by chance to be found fuzzily.
FUZZY_MIN_LENGTH = 12


def context_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The prefix and suffix stored with a passage: up to CONTEXT_CHARS either side."""
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def _best(
    text: str, spans: list[tuple[int, int]], prefix: str, suffix: str, hint_start: int | None
) -> tuple[int, int] | None:
    """The span whose surroundings best match the stored context; ties go to the one nearest
    the old position."""
    if not spans:
        return None

    def score(span: tuple[int, int]) -> tuple[int, int]:
        start, end = span
        context = _common_suffix(prefix, text[:start]) + _common_prefix(suffix, text[end:])
        distance = abs(start - hint_start) if hint_start is not None else start
        return (-context, distance)

    return min(spans, key=score)


def _exact_spans(text: str, quote: str) -> list[tuple[int, int]]:
    spans = []
    position = text.find(quote)
    while position != -1:
        spans.append((position, position + len(quote)))
        position = text.find(quote, position + 1)
    return spans


def whitespace_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Where the quote occurs if any run of white space may stand for any other."""
    words = quote.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _fuzzy_span(text: str, quote: str) -> tuple[int, int] | None:
    if len(quote.strip()) < FUZZY_MIN_LENGTH or not text:
        return None
    alignment = fuzz.partial_ratio_alignment(quote, text, score_cutoff=FUZZY_THRESHOLD)
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return None
    start, end = alignment.dest_start, alignment.dest_end
    # Trim white space the alignment took in at either end.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def anchor(
    text: str, quote: str, prefix: str = "", suffix: str = "", hint_start: int | None = None
) -> tuple[int, int] | None:
    """Where `quote` is in `text` now, as (start, end) character offsets, or None if it is no
    longer there. `prefix`/`suffix` are the text stored either side of it when it was coded and
    `hint_start` the offset it had then."""
    if not quote or not text:
        return None
    if hint_start is not None and text[hint_start : hint_start + len(quote)] == quote:
        return hint_start, hint_start + len(quote)
    found = _best(text, _exact_spans(text, quote), prefix, suffix, hint_start)
    if found is None:
        found = _best(text, whitespace_spans(text, quote), prefix, suffix, hint_start)
    if found is None:
        found = _fuzzy_span(text, quote)
    return found
