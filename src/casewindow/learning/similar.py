""" "Seen before": the findings and key practice episodes of other reviews most like one finding
or episode, with why they match. No model and no download: BM25 over the pooled, labelled texts
plus the overlap of framework factors (episodes) or the same pattern area (findings). Pure
functions over plain data; the caller passes only learning the user may see."""

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from casewindow.evidence.search import STOP_WORDS

_WORD = re.compile(r"[a-z][a-z'-]+")
K1 = 1.2
B = 0.75
FACTOR_WEIGHT = 2.0  # the score added for each shared framework factor
AREA_WEIGHT = 3.0  # the score added when two findings are filed under the same pattern area


def _stem(word: str) -> str:
    """A light English stemmer: enough that "referral" and "referrals", "assessed" and
    "assessing" meet."""
    word = word.strip("'-")
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def terms(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.casefold()) if w not in STOP_WORDS and len(w) > 2]


@dataclass
class Candidate:
    """A finding or episode of some review, as "seen before" compares it."""

    review: str  # the review's reference
    kind: str  # "finding" / "episode"
    number: int
    text: str
    factors: frozenset[str] = frozenset()
    pattern_area: str = ""
    national: bool = False
    stems: tuple[str, ...] | None = None  # terms(text), when stored already
    key: int | None = None  # where the caller keeps it (pooled learning's item id)


@dataclass
class Match:
    candidate: Candidate
    score: float
    shared_words: list[str] = field(default_factory=list)
    shared_factors: list[str] = field(default_factory=list)
    same_area: bool = False


class SimilarityIndex:
    """BM25 statistics and postings (words, factors, pattern areas) over a pool of candidates,
    so a query reads only the candidates that share something with it."""

    def __init__(
        self,
        pool: Sequence[Candidate],
        *,
        load_texts: Callable[[Sequence[Candidate]], None] | None = None,
    ) -> None:
        """`load_texts`: fills in the texts of the candidates matched, when the pool was
        built from stored stems without them."""
        self.pool = list(pool)
        self.load_texts = load_texts
        counted: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.factor_postings: dict[str, list[int]] = defaultdict(list)
        self.area_postings: dict[str, list[int]] = defaultdict(list)
        lengths = []
        for index, candidate in enumerate(self.pool):
            doc = Counter(candidate.stems if candidate.stems is not None else terms(candidate.text))
            lengths.append(sum(doc.values()))
            for term, tf in doc.items():
                counted[term].append((index, tf))
            for factor in candidate.factors:
                self.factor_postings[factor].append(index)
            if candidate.pattern_area:
                self.area_postings[candidate.pattern_area].append(index)
        self.lengths = lengths
        self.average = (sum(lengths) / len(lengths)) if lengths else 1.0
        n = len(self.pool)
        self.idf = {
            t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in counted.items()
        }
        # Each posting with its BM25 term weight worked out once (a query only adds them up).
        average = self.average or 1
        self.postings: dict[str, list[tuple[int, float]]] = {
            term: [
                (index, tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[index] / average)))
                for index, tf in postings
            ]
            for term, postings in counted.items()
        }

    def similar(
        self, query: Candidate, *, limit: int = 5, factor_names: dict[str, str] | None = None
    ) -> list[Match]:
        """The best matches for `query` from other reviews, best first, each with the words
        that scored most and the factors (or pattern area) it shares."""
        names = factor_names or {}
        words: dict[int, dict[str, float]] = defaultdict(dict)
        for term in set(terms(query.text)):
            idf = self.idf.get(term, 0.0)
            for index, norm in self.postings.get(term, ()):
                words[index][term] = idf * norm
        factors: dict[int, list[str]] = defaultdict(list)
        for factor in query.factors:
            for index in self.factor_postings.get(factor, ()):
                factors[index].append(factor)
        same_area = (
            set(self.area_postings.get(query.pattern_area, ())) if query.pattern_area else set()
        )
        scored = []
        for index in set(words) | set(factors):
            candidate = self.pool[index]
            if candidate.review == query.review:
                continue
            score = (
                (sum(words[index].values()) if index in words else 0.0)
                + FACTOR_WEIGHT * len(factors.get(index, ()))
                + (AREA_WEIGHT if index in same_area else 0.0)
            )
            scored.append((score, index))
        scored.sort(key=lambda si: (-si[0], self.pool[si[1]].review, self.pool[si[1]].number))
        matches = []
        if self.load_texts is not None:
            self.load_texts([self.pool[index] for _score, index in scored[:limit]])
        for score, index in scored[:limit]:
            candidate = self.pool[index]
            contributions = words.get(index, {})
            top = sorted(contributions, key=lambda t: -contributions[t])[:6]
            matches.append(
                Match(
                    candidate=candidate,
                    score=round(score, 3),
                    shared_words=[_shown_word(w, candidate.text) for w in top],
                    shared_factors=[names.get(k, k) for k in sorted(factors.get(index, ()))],
                    same_area=index in same_area,
                )
            )
        return matches


def _shown_word(stem: str, text: str) -> str:
    """The word as it appears in the matched text, for the explanation."""
    for word in _WORD.findall(text.casefold()):
        if _stem(word) == stem:
            return word
    return stem
