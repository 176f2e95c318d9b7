"""Small readings of a parsed sentence shared by the rules and the scope."""

from __future__ import annotations

from typing import Any


def _subject(verb: Any) -> Any:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl"):
            return child
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _span(tokens: list[Any]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _depth(token: Any) -> int:
    depth = 0
    while token.head.i != token.i and depth < 100:
        token, depth = token.head, depth + 1
    return depth
