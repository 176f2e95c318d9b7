"""Counterfactuals: a perfect modal with a condition about the past, or an imagined
action, whose verb is an outcome (see the package's description)."""

from __future__ import annotations

import re
from typing import Any

from casewindow.language.structure.grammar import _negated
from casewindow.language.structure.professionals import _professional
from casewindow.language.structure.words import (
    ACTIONS,
    COMING_TO_NOTICE,
    EVALUATIVE,
    FAMILY,
    HAVE,
    MODALS,
    OUTCOME_ADJECTIVES,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    TURNING_UP,
    WHOLE_OUTCOMES,
)

_CONDITION = re.compile(r"^\W*(?:had|were)\b|\bif\b[^.;]*\bhad\b|^\W*with(?:out)?\b|^\W*but for\b")


def _perfect_modal(verb: Any) -> Any:
    """The modal (would/could/might) of a verb in the perfect ('would have shown'), if any."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    modal = next(
        (c for c in auxes if c.lower_ in MODALS or (c.lower_ == "need" and _negated(verb))),
        None,
    )  # "Child U need not have died" counts as "would not have died"
    if modal is None and verb.dep_ == "conj":  # "could have been anticipated and … protected"
        return None
    if modal is not None and any(c.lower_ in HAVE and c.i > modal.i for c in auxes):
        return modal
    return None


def _is_outcome(verb: Any, words: frozenset[str]) -> bool:
    low = verb.lower_
    if low in words:
        return True
    kids = list(verb.children)
    if low == "been":
        return any(c.dep_ in ("acomp", "attr") and c.lower_ in OUTCOME_ADJECTIVES for c in kids)
    if low == "come":
        return any(c.lower_ in ("out", "to", "light") for c in kids)
    if low in TURNING_UP and any(c.dep_ == "prt" and c.lower_ in ("up", "out") for c in kids):
        return True  # "A check would have turned up his conviction", "brought the abuse out"
    if any(
        c.dep_ == "prep"
        and any(o.dep_ == "pobj" and o.lower_ in COMING_TO_NOTICE for o in c.children)
        for c in kids
    ):
        return True  # "brought the abuse to light", "come under scrutiny", "to the attention of"
    if low == "made":
        return any(c.lower_ == "difference" for c in kids)
    if low in ("changed", "altered", "transformed"):
        # "would have changed the outcome", "things would have changed"; not "changed school"
        return any(c.dep_ in ("dobj", "nsubj") and c.lower_ in WHOLE_OUTCOMES for c in kids)
    return False


def _condition(verb: Any, sentence: str) -> bool:
    for child in verb.children:
        if child.dep_ == "advcl":
            marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
            auxes = [c for c in child.children if c.dep_ in ("aux", "auxpass")]
            if marks & {"if", "unless"} and any(a.lower_ == "had" for a in auxes):
                return True
            if not marks and auxes and auxes[0].lower_ in ("had", "were") and auxes[0].i < child.i:
                first = min(t.i for t in child.subtree)
                if auxes[0].i == first:
                    return True
        if child.dep_ == "prep" and child.lower_ in ("with", "without") and child.i < verb.i:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and any(c.dep_ in ("amod", "det") for c in objects[0].children):
                return True
    return bool(_CONDITION.search(sentence.lower())) or _inverted(verb.doc) is not None


_NOT_A_SUBJECT_BEFORE = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET"})


_NOUN_PHRASE_START = frozenset({"DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM"})


def _conditions(doc: Any) -> list[tuple[list[Any], Any, bool]]:
    """The conditions about the past in a sentence, read from the words in order (the parser
    often hangs an inverted clause on the wrong word): "If X had (not) (been) V…",
    "Had X (been) V…", "… had X (been) V…", "Were X to have V…". Each is (the words of its
    subject, its verb, passive or not); for "had X been more curious" the verb is "been"."""
    found: list[tuple[list[Any], Any, bool]] = []
    n = len(doc)
    for i, token in enumerate(doc):
        low = token.lower_
        if low in ("if", "unless"):
            had = next((j for j in range(i + 2, min(i + 9, n)) if doc[j].lower_ == "had"), None)
            if had is None or any(t.is_punct for t in doc[i + 1 : had]):
                continue
            subject, k = list(doc[i + 1 : had]), had + 1
        elif (
            low in ("had", "were")
            and (
                i == 0
                or doc[i - 1].is_punct
                or doc[i - 1].pos_ not in _NOT_A_SUBJECT_BEFORE
                or (i + 1 < n and doc[i + 1].lower_ in SUBJECT_PRONOUNS)
                or doc[i - 1].lower_
                in ("us", "them", "him", "me")  # "… be with us had the school …"
                # "… spotted at the check had the baby been undressed": "had" + noun + "been"
                # cannot be "the check had the baby"
                or (
                    low == "had"
                    and i + 1 < n
                    and doc[i + 1].pos_ == "DET"
                    and any(
                        doc[j].lower_ == "been" and not any(t.is_punct for t in doc[i + 1 : j])
                        for j in range(i + 3, min(i + 6, n))
                    )
                )
            )
        ):
            if i + 1 >= n or doc[i + 1].pos_ not in _NOUN_PHRASE_START:
                continue
            k = next(
                (
                    j
                    for j in range(i + 2, min(i + 8, n))
                    if doc[j].lower_ in ("been", "to", "not", "never")
                    or doc[j].tag_ in ("VBN", "VBD")
                ),
                -1,
            )
            if k < 0 or any(t.is_punct for t in doc[i + 1 : k]):
                continue
            subject = list(doc[i + 1 : k])
            if low == "were":
                if doc[k].lower_ != "to" or k + 2 >= n or doc[k + 1].lower_ not in HAVE:
                    continue
                k += 2
        else:
            continue
        while k < n and doc[k].lower_ in ("not", "never", "n't", "only", "just", "also"):
            k += 1
        if k >= n:
            continue
        passive = doc[k].lower_ == "been"
        if passive and k + 1 < n and doc[k + 1].tag_ == "VBN":
            found.append((subject, doc[k + 1], True))
        elif passive or doc[k].tag_ in ("VBN", "VBD"):
            found.append((subject, doc[k], False))
    return found


def _inverted(doc: Any) -> Any:
    """Whether the sentence has a condition about the past (see `_conditions`)."""
    return next((verb for _subject_words, verb, _passive in _conditions(doc)), None)


def _better_state(verb: Any) -> bool:
    """ "Had the GP been more curious", "had she been more alert": a better professional."""
    doc = verb.doc
    after = doc[verb.i + 1 : verb.i + 3]
    return any(t.lower_ == "more" or t.tag_ == "JJR" for t in after) or any(
        t.lower_ in EVALUATIVE and t.pos_ == "ADJ" for t in after
    )


def _practice_condition(verb: Any) -> bool:
    """A condition about what a professional or agency did not do: "If the nursery had reported
    the bruises …", "Had anyone checked …", "Had the threshold been applied properly …",
    "Had the GP been more curious …"."""
    for subject_words, clause, passive in _conditions(verb.doc):
        if clause.i == verb.i:
            continue
        if passive:
            if clause.lower_ in ACTIONS:
                return True
            continue
        professional = any(_professional(t) for t in subject_words)
        person = professional or any(t.lower_ in SUBJECT_PRONOUNS for t in subject_words)
        if clause.lower_ == "been":
            if (_better_state(clause) and person) or [t.lower_ for t in subject_words] == ["there"]:
                return True  # "Had the GP been more curious", "Had there been a strategy …"
            continue
        if professional:
            return True
        if (
            clause.lower_ in ACTIONS
            and subject_words
            and subject_words[-1].pos_ == "NOUN"
            and not any(t.lower_ in FAMILY for t in subject_words)
        ):
            return True  # "Had the locum read the alert …": an act of practice
    return False


def _the_same(verb: Any) -> bool:
    """'Most practitioners would have done the same' normalises practice; it does not judge."""
    return any(
        c.dep_ in ("dobj", "attr", "advmod", "npadvmod")
        and c.lower_ not in TIME_NOUNS  # "a medical would have followed the same day"
        and (c.lower_ == "same" or any(g.lower_ == "same" for g in c.children))
        for c in verb.children
    )


def _hypothetical_action(subject: Any) -> bool:
    if subject is None:
        return False
    if subject.tag_ == "VBG" or subject.dep_ in ("csubj", "csubjpass"):
        return True
    dets = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod")}
    # "A moment's thought would have told the officer …"
    dets |= {g.lower_ for c in subject.children if c.dep_ == "poss" for g in c.children}
    return bool(dets & {"a", "an", "one", "any", "some"})
