"""Telling a registered name from the same string used as an ordinary word: "Will" the verb,
"Grace period", "the Summer term", "Hope Street", "the Schools Bill", "Pat down search"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from casewindow.anonymisation.detection.lexicon import capitalised_word_before, is_known_name, zipf
from casewindow.anonymisation.detection.name_forms import ROLE_WORDS
from casewindow.anonymisation.detection.names import at_line_start, name_follows

if TYPE_CHECKING:
    from spacy.tokens import Doc


def written_as_a_name(found: str) -> bool:
    """A short form the register does not list counts in capitals or in lower case only when
    it is no English word ("LIZZIE", "sade"; not "WILL", "bill")."""
    if found[:1].isupper() and not (found.isupper() and len(found) > 1):
        return True
    return zipf(found) < 3.0


def ordinary_word_starting_sentence(
    text: str, match: re.Match[str], kind: str, doc: Doc | None, offsets: list[int]
) -> bool:
    """A first name that is an ordinary English word, starting a sentence and followed by a
    noun or a determiner, as the tagger reads it: "Grace period for re-booking", "Will the
    learning apply", "Summer holiday club" (not "Grace said", "Summer's mother", "Hope and
    Filip")."""
    found = match.group(0)
    if (
        doc is None
        or kind not in ("first", "short")
        or " " in found
        or zipf(found) < 3.5
        or not at_line_start(text, match.start())
    ):
        return False
    end = offsets[match.end() - 1] + 1
    following = next((t for t in doc if t.idx >= end and not t.is_space), None)
    if kind == "short":
        # A form the register does not list, more strictly: a name only before a verb, an
        # adverb, a conjunction, punctuation or a possessive ("Pat said", "Bill later rang";
        # not "Pat down search", "Dot to dot", "Will to act").
        return following is not None and not (
            following.pos_ in ("VERB", "AUX", "ADV", "CCONJ", "PUNCT", "PROPN")
            or following.text in ("'s", "’s")
        )
    # Also a pronoun ("Will you please bring…"), an adjective ("Sky blue lunchbox") or "of"
    # ("Dawn of the next day").
    return following is not None and (
        following.pos_ in ("NOUN", "DET", "PRON", "ADJ") or following.lower_ == "of"
    )


_DETERMINER_BEFORE = re.compile(
    r"\b(?i:the|a|an|this|(that)|these|those|every|each|last|next|early|late|mid)\s+$"
)
# After "that", a name is a person when a possessive or a verb follows: "reported that
# Summer's weight…", "concluded that Ahmad was 17" (not "that Summer term").
_PERSON_AFTER_THAT = re.compile(
    r"['’]s\b|\s+(?:is|was|has|had|have|did|does|said|says|told|would|could|should|will|can|"
    r"may|might|must|and|had|needed|needs|went|goes|came|comes|felt|feels|seemed|seems)\b"
)
_TIME_BEFORE = re.compile(r"\b(?i:in|on|during|since|until|till|by|from|of|before|after)\s+$")
_TIME_NAMES = frozenset({"april", "may", "june", "july", "august", "summer", "autumn", "dawn"})


def ordinary_word_in_a_phrase(text: str, match: re.Match[str], kind: str) -> bool:
    """A first name that is an ordinary English word, used as the word inside a phrase: after a
    determiner ("the Summer Term", "the April review"), a month after "in" ("in April"),
    before another ordinary capitalised word ("Mark Scheme", "Sonny Boy", "Angel of the
    North") or as an acronym being spelt out ("HOPE (Healthy Options…)")."""
    found = match.group(0)
    folded = found.casefold()
    if (
        kind not in ("first", "short")
        or " " in found
        or (zipf(folded) < 3.5 and folded not in _TIME_NAMES)
    ):
        return False
    before = text[max(0, match.start() - 12) : match.start()]
    if determiner := _DETERMINER_BEFORE.search(before):
        return not (determiner.group(1) and _PERSON_AFTER_THAT.match(text, match.end()))
    if folded in _TIME_NAMES and _TIME_BEFORE.search(before):
        return True
    after = text[match.end() : match.end() + 40]
    if found.isupper() and len(found) > 1 and re.match(r"\s*\(\s*[A-Z]", after):
        return True
    if re.match(r"\s+of\s+the\s+[A-Z]", after):
        return True
    if kind == "short" and _after_a_capitalised_word(text, match.start()):
        return True
    following = re.match(r"\s+([A-Z][a-z]+)\b", after)
    return (
        following is not None
        and zipf(following.group(1).casefold()) >= 3.0
        and not is_known_name(following.group(1))
    )


# Capitalised words a name often follows: salutations, kinship, days and months.
_BEFORE_A_NAME_TEXT = """dear hi hello thanks thank cheers love from to cc dad mum mam mother father
brother sister son daughter stepfather stepmother partner husband wife boyfriend girlfriend friend
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december"""
_BEFORE_A_NAME = frozenset(_BEFORE_A_NAME_TEXT.split()) | ROLE_WORDS


def _after_a_capitalised_word(text: str, start: int) -> bool:
    """A short form inside a run of capitalised ordinary words, as in a title ("the Children's
    Wellbeing and Schools Bill"), not after a salutation, a kinship word or a day ("Dear Will",
    "Uncle Bill", "On Monday Pat rang") nor after a sentence's first word ("Yesterday Mo…")."""
    word = capitalised_word_before(text, start)
    if word is None or word.casefold() in _BEFORE_A_NAME:
        return False
    gap = re.search(r"\s+$", text[:start])
    return not at_line_start(text, start - len(word) - (len(gap.group(0)) if gap else 0))


_WORD_CLASSES = frozenset({"VERB", "AUX", "ADJ", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ"})


def used_as_word(doc: Doc, offset: int) -> bool:
    token = next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)
    return token is not None and token.pos_ in _WORD_CLASSES


_PLACE_WORDS = re.compile(
    r"\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Court|Crescent|Place|Way|Gardens|"
    r"Grove|Terrace|Row|Walk|Mews|Square|Parade|Park|School|Academy|College|Nursery|Surgery|"
    r"Hospital|Medical|Health|Primary|House|Estate|Centre|Church|Station|Library)\b"
)


def followed_by_place_word(text: str, end: int) -> bool:
    """ "Hope Street", "Grace Academy": a name that is part of a place's name is the place."""
    return _PLACE_WORDS.match(text, end) is not None


_FAMILY_AFTER = re.compile(r"(?:s['’]|['’]s)?\s+(?:family|families|household|children|twins)\b")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def word_surname_as_name(text: str, match: re.Match[str]) -> bool:
    """A registered surname that is an ordinary word ("Baker", "Wood", "Price"), written alone
    and capitalised, is the person where a word would not be: before "family" ("the Wood
    family"), or inside a sentence and not after a determiner nor before another capitalised
    word ("said that Baker had left", not "the Park" or "Wood Street"); starting a sentence,
    only before a verb or a comma ("Baker said", not "Brown bruising")."""
    found = match.group(0)
    if not found[:1].isupper() or found.isupper():
        return False
    if _FAMILY_AFTER.match(text, match.end()):
        return True
    if _CAPITAL_AFTER.match(text, match.end()):
        return False
    before = text[max(0, match.start() - 12) : match.start()]
    if re.search(r"\b[A-Z]\.?[ \t]+$", before):
        return False  # "M. Ward": the person's initial and surname, found as such
    if at_line_start(text, match.start()):
        return name_follows(text, match.end())
    if determiner := _DETERMINER_BEFORE.search(before):
        return bool(determiner.group(1) and _PERSON_AFTER_THAT.match(text, match.end()))
    return zipf(found) < 5.0
