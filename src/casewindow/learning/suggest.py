"""Pattern-area suggestion for a systems finding: a multinomial naive Bayes over word stems,
trained on the examples of patterns.yaml and a labelled set of findings written for the purpose
(`pattern_training.jsonl`; the held-out third is in bench/data/patterns/). No model download.
It suggests, with the words that drove it; the reviewer chooses."""

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from casewindow.analysis.framework import pattern_areas
from casewindow.learning.similar import terms

TRAINING = Path(__file__).with_name("pattern_training.jsonl")
ALPHA = 0.5


@dataclass(frozen=True)
class AreaScore:
    area: str
    score: float  # probability, the areas' scores sum to 1
    words: tuple[str, ...]  # the words that counted most for this area


class PatternSuggester:
    def __init__(self, examples: list[tuple[str, str]]) -> None:
        self.areas = list(pattern_areas())
        self.counts: dict[str, Counter[str]] = {a: Counter() for a in self.areas}
        self.docs: Counter[str] = Counter()
        for area, text in examples:
            if area in self.counts:
                self.counts[area].update(terms(text))
                self.docs[area] += 1
        self.vocabulary = set().union(*self.counts.values())
        self.totals = {a: sum(c.values()) for a, c in self.counts.items()}
        total_docs = sum(self.docs.values()) or 1
        self.priors = {
            a: math.log((self.docs[a] + 1) / (total_docs + len(self.areas))) for a in self.areas
        }

    def _log_p(self, area: str, term: str) -> float:
        return math.log(
            (self.counts[area][term] + ALPHA) / (self.totals[area] + ALPHA * len(self.vocabulary))
        )

    def suggest(self, text: str) -> list[AreaScore]:
        words = [t for t in terms(text) if t in self.vocabulary]
        logs = {a: self.priors[a] + sum(self._log_p(a, t) for t in words) for a in self.areas}
        top = max(logs.values())
        exp = {a: math.exp(v - top) for a, v in logs.items()}
        norm = sum(exp.values())
        out = []
        for area in sorted(self.areas, key=lambda a: -logs[a]):
            # A word drives an area when it is likelier there than on average across areas.
            lift = {
                t: self._log_p(area, t)
                - sum(self._log_p(a, t) for a in self.areas) / len(self.areas)
                for t in set(words)
            }
            drivers = tuple(t for t in sorted(lift, key=lambda t: -lift[t]) if lift[t] > 0.3)[:5]
            out.append(AreaScore(area, round(exp[area] / norm, 4), drivers))
        return out


def training_examples(path: Path = TRAINING) -> list[tuple[str, str]]:
    examples = [
        (key, example) for key, area in pattern_areas().items() for example in area.examples
    ]
    examples += [(key, area.name) for key, area in pattern_areas().items()]
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                item = json.loads(line)
                examples.append((item["area"], item["text"]))
    return examples


@cache
def suggester() -> PatternSuggester:
    return PatternSuggester(training_examples())


def pattern_suggest(text: str) -> list[AreaScore]:
    """The six areas for this finding's text, likeliest first."""
    return suggester().suggest(text)
