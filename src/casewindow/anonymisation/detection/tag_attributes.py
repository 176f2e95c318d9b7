"""A faster stand-in for the English model's `attribute_ruler`, which sets each token's part of
speech, morphology and some lemmas from its fine-grained tag (and a few words) with spaCy's
Matcher: about a fifth of the model's time on case-review passages. The same patterns are
applied here by a look-up on the tag and the lower-case word, in the same order (a later
pattern wins), so the annotations are the same; patterns on the dependency label never match
here because the parser is switched off."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import Any

FACTORY = "casewindow_tag_attributes"


@functools.cache
def _regex(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _value_ok(spec: Any, value: Any) -> bool:
    if isinstance(spec, dict):
        if "IN" in spec and value not in spec["IN"]:
            return False
        if "NOT_IN" in spec and value in spec["NOT_IN"]:
            return False
        return "REGEX" not in spec or _regex(spec["REGEX"]).search(str(value)) is not None
    return spec == value


def _token_ok(pattern: dict, token: Any) -> bool:
    for key, spec in pattern.items():
        if key == "TAG":
            value: Any = token.tag_
        elif key == "LOWER":
            value = token.lower_
        elif key == "IS_SPACE":
            value = token.is_space
        elif key == "DEP":
            value = token.dep_
        else:
            return False
        if not _value_ok(spec, value):
            return False
    return True


class TagAttributes:
    """Applies the attribute ruler's patterns (`patterns` as `AttributeRuler.patterns` gives
    them)."""

    def __init__(self, patterns: list[dict]) -> None:
        self.rules: list[tuple[list[dict], dict, int]] = []
        self.by_tag: dict[str, list[int]] = defaultdict(list)
        self.by_lower: dict[str, list[int]] = defaultdict(list)
        self.anywhere: list[int] = []
        self._cache: dict[tuple[str, str, bool, str], list[int]] = {}
        for entry in patterns:
            for pattern in entry["patterns"]:
                number = len(self.rules)
                self.rules.append((pattern, entry["attrs"], entry.get("index", 0)))
                first = pattern[0]
                if isinstance(first.get("LOWER"), str):
                    self.by_lower[first["LOWER"]].append(number)
                elif isinstance(first.get("TAG"), str):
                    self.by_tag[first["TAG"]].append(number)
                elif isinstance(first.get("TAG"), dict) and "IN" in first["TAG"]:
                    for tag in first["TAG"]["IN"]:
                        self.by_tag[tag].append(number)
                else:
                    self.anywhere.append(number)

    def _candidates(self, token: Any) -> list[int]:
        """The patterns that may start at this token, in order: each of one token is kept only
        if it matches (that depends on the token's tag, word, space and label alone, so it is
        decided once per kind of token)."""
        key = (token.tag_, token.lower_, token.is_space, token.dep_)
        found = self._cache.get(key)
        if found is None:
            numbers = sorted(
                {*self.by_tag.get(key[0], ()), *self.by_lower.get(key[1], ()), *self.anywhere}
            )
            found = [
                n
                for n in numbers
                if len(self.rules[n][0]) > 1 or _token_ok(self.rules[n][0][0], token)
            ]
            if len(self._cache) < 50_000:
                self._cache[key] = found
        return found

    def __call__(self, doc: Any) -> Any:
        length = len(doc)
        for i, token in enumerate(doc):
            for number in self._candidates(token):
                pattern, attrs, index = self.rules[number]
                if len(pattern) > 1 and (
                    i + len(pattern) > length
                    or not all(_token_ok(p, doc[i + k]) for k, p in enumerate(pattern))
                ):
                    continue
                _apply(doc[i + (index if index >= 0 else len(pattern) + index)], attrs)
        return doc


def _apply(token: Any, attrs: dict) -> None:
    for key, value in attrs.items():
        if key == "POS":
            token.pos_ = value
        elif key == "TAG":
            token.tag_ = value
        elif key == "MORPH":
            token.set_morph(None if value == "_" else value)
        elif key == "LEMMA":
            token.lemma_ = value
        elif key == "DEP":
            token.dep_ = value


def install(nlp: Any) -> bool:
    """Puts the stand-in in place of the model's enabled attribute ruler; False if the model
    has none."""
    from spacy.language import Language

    if "attribute_ruler" not in nlp.pipe_names:
        return False
    if FACTORY not in Language.factories:

        @Language.factory(FACTORY, default_config={})
        def _make(nlp: Any, name: str) -> TagAttributes:
            return TagAttributes([])

    ruler = nlp.get_pipe("attribute_ruler")
    component = nlp.add_pipe(FACTORY, after="attribute_ruler")
    component.__init__(list(ruler.patterns))
    nlp.disable_pipe("attribute_ruler")
    return True
