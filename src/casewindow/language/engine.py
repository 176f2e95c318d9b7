"""The hindsight and blame language check: rules as data (rules.yaml) and the matcher.

Most rules are phrases (regular expressions); a few are sentence structures found with the
dependency parser (`structural:` in rules.yaml, see casewindow.language.structure). A phrase
inside quotation marks, under a negation of the blame ("We do not consider that X should have
…") or in the review's own text about hindsight is not flagged (`structure.Context.keeps`).

`check_language(text, rules)` returns the flagged phrases of a text, as character offsets into
the text exactly as given (so a page can mark them and a command can print line:col). Matching
is case-insensitive and at word boundaries; where two rules' phrases overlap, the one that
starts first wins, then the longer one, then the rule listed first, so no two flags overlap."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

# The regular-expression parser of the standard library, for the literal anchors of a pattern.
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

import yaml

from casewindow.language.structure import STRUCTURES, Context

_LITERAL = _constants.LITERAL
_SUBPATTERN = _constants.SUBPATTERN
_BRANCH = _constants.BRANCH
_MAX_REPEAT = _constants.MAX_REPEAT
_MIN_REPEAT = _constants.MIN_REPEAT

RULES_FILE = Path(__file__).resolve().parent / "rules.yaml"
CATEGORIES: dict[str, str] = {
    "hindsight": "Hindsight",
    "counterfactual": "Counterfactual",
    "blame": "Blame",
    "judgement": "Judgement",
    "certainty": "Certainty",
}
DEFAULT_PROMPT = "What made this seem reasonable at the time?"


class RulesError(ValueError):
    """The rules file (or a partnership's phrase) cannot be used; the message says why."""


def _bounded(pattern: str) -> str:
    # Word boundaries that also hold when a pattern starts or ends with a non-word character.
    return rf"(?<!\w)(?:{pattern})(?!\w)"


def _check_lower_case(patterns: tuple[str, ...], what: str) -> None:
    # Text is lower-cased before matching (see check_language), so a capital never matches.
    for pattern in patterns:
        if any(ch.isupper() for ch in re.sub(r"\\.", "", pattern)):
            raise RulesError(f"{what}: write patterns in lower case ({pattern!r})")


def _compile(patterns: tuple[str, ...], what: str, *, lead: bool) -> re.Pattern[str] | None:
    """One regular expression for a rule's patterns. Without `lead` the word boundary before a
    match is left to the caller: a pattern that starts with plain letters then lets the regex
    engine jump to candidate positions, which makes the check many times faster."""
    if not patterns:
        return None
    _check_lower_case(patterns, what)
    alternatives = "|".join(f"(?:{p})" for p in patterns)
    source = rf"(?<!\w)(?:{alternatives})(?!\w)" if lead else rf"(?:{alternatives})(?!\w)"
    try:
        return re.compile(source)
    except re.error as error:
        raise RulesError(f"{what}: {error}") from None


def _anchors(items: Any) -> frozenset[str] | None:
    """Literal strings one of which every match of a parsed pattern contains, or None when no
    such set is known: checking them with `in` (a fast substring search) before the regex lets
    a rule whose words do not occur in a text skip the scan of every position."""
    best: frozenset[str] | None = None
    run = ""

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, value in [*list(items), (None, None)]:
        if op is _LITERAL:
            run += chr(value)
            continue
        better(frozenset({run}) if run else None)
        run = ""
        if op is _SUBPATTERN:
            better(_anchors(value[-1]))
        elif op is _BRANCH:
            branches = [_anchors(branch) for branch in value[1]]
            if all(branches):
                better(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (_MAX_REPEAT, _MIN_REPEAT) and value[0] >= 1:
            better(_anchors(value[2]))
    return best


def _pattern_anchors(pattern: str) -> frozenset[str] | None:
    try:
        found = _anchors(_parser.parse(pattern))
    except Exception:  # an unusual pattern: scan it every time
        return None
    return found if found and min(map(len, found)) >= 3 else None


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    title: str
    patterns: tuple[str, ...]
    explanation: str
    prompt: str
    exceptions: tuple[str, ...] = ()
    examples_flag: tuple[str, ...] = ()
    examples_pass: tuple[str, ...] = ()
    source: str = "shipped"  # or "partnership"
    structural: str = ""  # a sentence structure of casewindow.language.structure, not phrases
    regex: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    # One expression per pattern as well: searched one by one they are faster than the
    # alternation, because each keeps its own literal prefix for the regex engine to skip to.
    searches: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    # Per pattern, literal strings one of which every match contains (None: not known).
    anchors: tuple[frozenset[str] | None, ...] = field(default=(), compare=False, repr=False)
    exception_regex: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    @property
    def category_label(self) -> str:
        return CATEGORIES.get(self.category, self.category.capitalize())

    @classmethod
    def build(cls, **values: Any) -> Rule:
        rule = cls(**values)
        if rule.structural and rule.structural not in STRUCTURES:
            raise RulesError(f"rule {rule.id}: unknown structure {rule.structural!r}")
        if not rule.patterns and not rule.structural:
            raise RulesError(f"rule {rule.id}: no patterns")
        regex = _compile(rule.patterns, f"rule {rule.id}", lead=False)
        if regex is not None and regex.search(""):
            raise RulesError(f"rule {rule.id}: a pattern matches empty text")
        searches = tuple(
            _compile((pattern,), f"rule {rule.id}", lead=False) for pattern in rule.patterns
        )
        return replace(
            rule,
            regex=regex,
            searches=searches,  # type: ignore[arg-type]
            anchors=tuple(_pattern_anchors(pattern) for pattern in rule.patterns),
            exception_regex=_compile(rule.exceptions, f"rule {rule.id} (exceptions)", lead=True),
        )


@dataclass(frozen=True)
class Flag:
    """One flagged phrase. `start`/`end` are offsets into the checked text; `dismissed` and
    `dismissal` are filled by `casewindow.language.selectors.flags_for`."""

    start: int
    end: int
    phrase: str
    rule_id: str
    category: str
    explanation: str
    prompt: str
    title: str = ""
    sentence: str = ""
    dismissed: bool = False
    dismissal: Any = None

    @property
    def category_label(self) -> str:
        return CATEGORIES.get(self.category, self.category.capitalize())

    @property
    def dismissal_reason(self) -> str:
        return self.dismissal.reason if self.dismissal is not None else ""

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "phrase": self.phrase,
            "rule": self.rule_id,
            "category": self.category,
            "explanation": self.explanation,
            "prompt": self.prompt,
        }


def _parse_rules(data: Any) -> tuple[int, tuple[Rule, ...]]:
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RulesError("the rules file must have a 'rules' list")
    rules: list[Rule] = []
    seen: set[str] = set()
    for entry in data["rules"]:
        rule_id = str(entry.get("id", ""))
        if not rule_id or rule_id in seen:
            raise RulesError(f"rule id {rule_id!r} is missing or repeated")
        seen.add(rule_id)
        if entry.get("category") not in CATEGORIES:
            raise RulesError(f"rule {rule_id}: unknown category {entry.get('category')!r}")
        examples = entry.get("examples") or {}
        rules.append(
            Rule.build(
                id=rule_id,
                category=entry["category"],
                title=str(entry.get("title") or rule_id),
                patterns=tuple(entry.get("patterns") or ()),
                exceptions=tuple(entry.get("exceptions") or ()),
                explanation=str(entry.get("explanation", "")).strip(),
                prompt=str(entry.get("prompt") or DEFAULT_PROMPT).strip(),
                examples_flag=tuple(examples.get("flag") or ()),
                examples_pass=tuple(examples.get("pass") or ()),
                structural=str(entry.get("structural") or ""),
            )
        )
    return int(data.get("version", 1)), tuple(rules)


@cache
def shipped_rules_file() -> tuple[int, tuple[Rule, ...]]:
    """(version, rules) of the rules shipped with Casewindow."""
    return _parse_rules(yaml.safe_load(RULES_FILE.read_text(encoding="utf-8")))


def shipped_rules() -> tuple[Rule, ...]:
    return shipped_rules_file()[1]


def shipped_rule(rule_id: str) -> Rule | None:
    return next((rule for rule in shipped_rules() if rule.id == rule_id), None)


_WILDCARD = "\x00"


def phrase_pattern(phrase: str) -> str:
    """A partnership's phrase as a pattern: words as written (any case), any run of spaces
    between words, either apostrophe, and `*` for any letters ("non-complian*")."""
    words = phrase.strip().lower().replace("*", _WILDCARD).split()
    if not words:
        raise RulesError("Enter a phrase")
    parts = []
    for word in words:
        parts.append(
            "".join(
                r"\w*" if ch == _WILDCARD else "['’]" if ch in "'’" else re.escape(ch)
                for ch in word
            )
        )
    return r"\s+".join(parts)


_WORD_CHAR = re.compile(r"\w")


def _is_word_char(ch: str) -> bool:
    return _WORD_CHAR.match(ch) is not None


def _lower_in_place(text: str) -> str:
    """The text in lower case, character for character (so offsets stay the same): the few
    characters whose lower case is longer (such as “İ”) are left as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end (a full stop, ! or ? before a space, or a line
    break), for finding a flag's sentence by bisection."""
    return [match.end() for match in _SENTENCE_END.finditer(text)]


def _sentence(text: str, ends: list[int], start: int, end: int) -> str:
    left_index = bisect.bisect_right(ends, start) - 1
    left = ends[left_index] if left_index >= 0 else 0
    right_index = bisect.bisect_left(ends, end)
    right = ends[right_index] if right_index < len(ends) else len(text)
    return " ".join(text[left:right].split())


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) that holds text[start:end], with its spaces tidied."""
    return _sentence(text, _sentence_ends(text), start, end)


def check_language(text: str, rules: tuple[Rule, ...] | list[Rule] | None = None) -> list[Flag]:
    """The flagged phrases of `text`, in order, none overlapping. Matching runs on a lower-cased
    copy of the text of the same length, so offsets are offsets into `text` as given."""
    if rules is None:
        rules = shipped_rules()
    if not text:
        return []
    lowered = _lower_in_place(text)
    candidates: list[tuple[int, int, int, Rule]] = []
    present: dict[str, bool] = {}  # anchor -> whether the text holds it
    for order, rule in enumerate(rules):
        if rule.regex is None:
            continue
        exceptions: list[tuple[int, int]] | None = None
        exception_starts: list[int] = []
        seen: set[tuple[int, int]] = set()
        for regex, anchors in zip(
            rule.searches, rule.anchors or (None,) * len(rule.searches), strict=True
        ):
            if anchors is not None and not any(
                present[anchor]
                if anchor in present
                else present.setdefault(anchor, anchor in lowered)
                for anchor in anchors
            ):
                continue  # none of the words every match needs is in the text
            search = regex.search
            position = 0
            while (match := search(lowered, position)) is not None:
                start, end = match.span()
                if start > 0 and _is_word_char(lowered[start - 1]):
                    position = start + 1  # inside a word: look again from the next character
                    continue
                position = end if end > start else start + 1
                if start == end or (start, end) in seen:
                    continue
                seen.add((start, end))
                if rule.exception_regex is not None:
                    if exceptions is None:
                        exceptions = [m.span() for m in rule.exception_regex.finditer(lowered)]
                        exception_starts = [s for s, _e in exceptions]
                    # The matches of an exception do not overlap: only the last one that starts
                    # at or before this phrase can hold it.
                    index = bisect.bisect_right(exception_starts, start) - 1
                    if index >= 0 and end <= exceptions[index][1]:
                        continue
                candidates.append((start, -(end - start), order, rule))
    structural = {
        rule.structural: (order, rule) for order, rule in enumerate(rules) if rule.structural
    }
    if candidates or structural:
        context = Context(text, lowered)
        for start, end, name in context.structural(frozenset(structural)):
            order, rule = structural[name]
            candidates.append((start, -(end - start), order, rule))
        context.prepare([c[0] for c in candidates])
        candidates = [c for c in candidates if context.keeps(c[0], c[0] - c[1])]
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    flags: list[Flag] = []
    ends = _sentence_ends(text) if candidates else []
    taken_until = -1
    for start, negative_length, _order, rule in candidates:
        if start < taken_until:
            continue
        end = start - negative_length
        taken_until = end
        flags.append(
            Flag(
                start=start,
                end=end,
                phrase=text[start:end],
                rule_id=rule.id,
                category=rule.category,
                explanation=rule.explanation,
                prompt=rule.prompt,
                title=rule.title,
                sentence=_sentence(text, ends, start, end),
            )
        )
    return flags


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset (for the command's output)."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column
