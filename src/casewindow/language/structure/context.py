"""Where each phrase of one text stands: its sentence, quotation marks, parse; and the
searches that pick the sentences worth parsing."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from casewindow.language.structure.parsing import (
    _in_scope,
    _parse_all,
    _structures,
    parser_available,
)
from casewindow.language.structure.words import EVALUATIVE

# Sentences worth parsing.
_PERFECT_MODAL = re.compile(
    r"\b(?:would|could|might)(?:n['’]t| not| never)?(?: \w+){0,3}? have\b"
    r"|\b(?:would|might|could) (?:still |now |today )?be (?:\w+ )?(?:alive|safe|here|with us)\b"
    r"|\bneed(?:n['’]t| not) have\b"
)


# Words between a judging modal and "have", commas included: "should, at the very least, have".
_MODAL_GAP = re.compile(
    r"\b(?:should|must|ought)(?:n['’]t| not)?[ ,]+(?!have\b)[^.;!?\n]{1,50}?\bhave\b"
    r"|\b(?:could|might|would),[^.;!?\n]{1,50}?\bhave\b"
)


_NEEDING = re.compile(
    r"\b(?:needed|required|demanded|warranted|deserved|merited|call(?:ed|s) for)\b"
)


_EXCUSE_DUTY = re.compile(
    r"\b(?:justif|excus|condon|defend|mitigat|reason|owe[ds]?\b|answer|hid|shelter|shield|"
    r"absolv|disgrace\b|scandal\b|travesty|outrage\b|blame\b|expect\b)"
    r"|\b(?:must|should|supposed|meant|opportunity|chance)\b[^.;]*\b(?:and|but)\b[^.;]*\b(?:did|was|were|had)"
    r"(?: not|n['’]t)\b|\b(?:own|accept|acknowledge|admit|bear|take) (?:its|their|her|his) "
    r"(?:part|share)\b"
)


_TOO_LITTLE = re.compile(
    r"\b(?:sufficiently|adequately|properly|thoroughly|fully|enough|robustly|rigorously)[.,;]"
    r"|\btoo \w+(?: and too \w+)? to\b"
    r"|\b(?:in|with|without) (?:\w+ )?(?:sufficient|adequate|proper|"
    r"due|enough|appropriate|necessary|requisite)\b"
)


_GENERIC = re.compile(r"\b(?:" + "|".join(sorted(EVALUATIVE)) + r")\b")


_SCOPE_CUES = re.compile(
    r"\b(?:not|n['’]t|no|nothing|none|nor|never|neither|rather|wrong|unfair|mistaken|"
    r"misleading|unhelpful|tempting|avoid\w*|resist\w*|reject\w*|guard\w*|whether|"
    r"hindsight|bias|according|view|opinion|eyes|found|concluded|ruled|believ\w*|think\w*|"
    r"thought|maintain\w*|argu\w*|insist\w*|held|caused|due|appear|seem|speculat\w*|"
    r"counterfactual|knowing|review|we|said|says|told|tells|recall\w*|reflect\w*|felt|"
    r"admit\w*|explain\w*|wrote|describ\w*|stated|complain\w*|claim\w*|acknowledg\w*|"
    r"easy|simple|simplistic|natural|temptation|danger|trap|mistake|nobody|aside|far|point|"
    r"ask(?:ed|s|ing)?|wonder\w*|fact|blam\w*|account|accept\w*|conced\w*|"
    r"unlikely|doubtful|feel|feels|instead|but|which|ignore|overlook|obscure)\b|n['’]t\b"
)


# A blame verb, whose subject and object tell whether it judges anyone's practice.
_BLAME_VERB = re.compile(r"(?:fail|miss|neglect|ignor|overlook)")


# A phrase named, not used: "words such as failed to", "the language of blame".
_MENTION = re.compile(
    r"(?:such as|(?:words?|phrases?|terms?|language|expressions?) (?:like|such as|of)|"
    r"the (?:words?|phrases?|terms?))\s*[\"“‘']?$"
)


# Sentence ends; a semicolon too, since the clauses it joins stand on their own.
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")


_QUOTATION = re.compile(
    r"“[^”\n]{1,400}”|\"[^\"\n]{1,400}\"|(?<!\w)‘[^’\n]{1,400}’(?!\w)|(?<!\w)'[^'\n]{1,400}'(?!\w)"
)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


class Context:
    """Where each phrase of one text stands: its sentence, quotation marks, parse."""

    def __init__(self, text: str, lowered: str) -> None:
        self.text = text
        self.lowered = lowered
        self.spans = _sentences(text)
        self.starts = [span[0] for span in self.spans]
        self.quotes = [m.span() for m in _QUOTATION.finditer(text)]
        self.quote_starts = [q[0] for q in self.quotes]

    def _sentence_of(self, offset: int) -> tuple[int, int]:
        return self.spans[max(bisect.bisect_right(self.starts, offset) - 1, 0)]

    def quoted(self, start: int) -> bool:
        index = bisect.bisect_right(self.quote_starts, start) - 1
        return index >= 0 and self.quotes[index][0] <= start < self.quotes[index][1]

    def _sentence(self, span: tuple[int, int]) -> tuple[str, int]:
        raw = self.text[span[0] : span[1]]
        stripped = raw.lstrip()
        return stripped.rstrip(), span[0] + len(raw) - len(stripped)

    def _needs_scope(self, start: int) -> tuple[int, int] | None:
        """The sentence of a phrase, if it must be parsed to know the phrase's scope."""
        if self.quoted(start) or _MENTION.search(self.lowered, max(0, start - 40), start):
            return None
        span = self._sentence_of(start)
        if not _SCOPE_CUES.search(self.lowered, span[0], span[1]) and not _BLAME_VERB.match(
            self.lowered, start
        ):
            return None
        return span

    def prepare(self, starts: list[int]) -> None:
        """Parse, in one batch, the sentences that the phrases starting at `starts` need."""
        if not parser_available():
            return
        spans = {span for start in starts if (span := self._needs_scope(start)) is not None}
        _parse_all({self._sentence(span)[0] for span in spans})

    def keeps(self, start: int, end: int) -> bool:
        """False for a phrase inside a quotation, under a negation or rejection of the blame,
        or in the review's own text about hindsight."""
        if self.quoted(start) or _MENTION.search(self.lowered, max(0, start - 40), start):
            return False
        span = self._needs_scope(start)
        if span is None or not parser_available():
            return True
        sentence, offset = self._sentence(span)
        return _in_scope(sentence, start - offset, end - offset)

    def structural(self, names: frozenset[str]) -> Iterator[tuple[int, int, str]]:
        """(start, end, structure name) of each phrase the structural rules find."""
        if not names or not parser_available():
            return
        # One search over the whole text, then the sentences the matches fall in.
        hits = {self._sentence_of(m.start()) for m in _PERFECT_MODAL.finditer(self.lowered)}
        if "modal-adverb" in names:
            hits |= {self._sentence_of(m.start()) for m in _MODAL_GAP.finditer(self.lowered)}
        if "imagined-professional" in names:
            hits |= {self._sentence_of(m.start()) for m in _NEEDING.finditer(self.lowered)}
            hits |= {
                self._sentence_of(m.start())
                for m in _GENERIC.finditer(self.lowered)
                if not self.quoted(m.start())
            }
        if "excuse-duty" in names:
            hits |= {self._sentence_of(m.start()) for m in _EXCUSE_DUTY.finditer(self.lowered)}
        if "too-little" in names:
            hits |= {self._sentence_of(m.start()) for m in _TOO_LITTLE.finditer(self.lowered)}
        wanted = [self._sentence(span) for span in sorted(hits)]
        _parse_all({sentence for sentence, _offset in wanted})
        for sentence, offset in wanted:
            for start, end, name in _structures(sentence, names):
                yield start + offset, end + offset, name
