"""Modal adverbs ("should clearly have"), moralising about excuses and duty, and
inadequacy intensified ("too vague to", "not … sufficiently")."""

from __future__ import annotations

from typing import Any

from casewindow.language.structure.grammar import _negated, _subject
from casewindow.language.structure.professionals import _professional
from casewindow.language.structure.words import (
    _GAP_SKIP,
    BE,
    CONDEMNING,
    EASE_CERTAINTY,
    ENOUGH_WORDS,
    EXCUSES,
    FAMILY,
    HAVE,
    HIDING,
    JUDGING_MODALS,
    JUSTIFYING,
    MODAL_DUTY,
    MODALS,
    NEGATIVE_SUBJECTS,
    PERSONAL_PRONOUNS,
    PHYSICAL,
    SUFFICIENTLY,
    TAKING_ON,
    THINKING,
)


def _modal_gap(have: Any) -> list[Any] | None:
    """Modal … have with words between them: "should clearly have", "should, at the very
    least, have", "ought, in our view, to have", "might easily have". For could/might/would
    the words must add ease or certainty; "should/must/ought" judge with anything between."""
    if have.lower_ not in HAVE or have.dep_ != "aux":
        return None
    verb = have.head
    if verb.tag_ != "VBN" or verb.i < have.i:
        return None
    doc = have.doc
    for i in range(have.i - 1, max(have.i - 10, -1), -1):
        modal = doc[i]
        if modal.lower_ in JUDGING_MODALS or modal.lower_ in MODALS:
            break
        if modal.is_sent_start and i != have.i - 1 and modal.lower_ not in JUDGING_MODALS:
            return None
    else:
        return None
    if modal.lower_ not in JUDGING_MODALS and modal.lower_ not in MODALS:
        return None
    if modal.head.i != verb.i and verb.head.i != modal.i:
        return None
    after = [t for t in doc[have.i + 1 : verb.i] if not t.is_punct]
    if (
        modal.lower_ in ("could", "would", "might")
        and modal.i == have.i - 1
        and any(t.lower_ in EASE_CERTAINTY and t.pos_ == "ADV" for t in after)
        and verb.lower_ != "been"
        and not any(t.lower_ == "been" for t in after)
        and (_subject(verb) is None or _subject(verb).lower_ not in FAMILY)
    ):
        return [modal, have, *after]  # "could have easily checked"
    gap = [t for t in doc[modal.i + 1 : have.i] if t.lower_ not in _GAP_SKIP and not t.is_punct]
    if not gap:
        # "could, and should, have acted": the first of two joined modals
        before = [t for t in doc[max(modal.i - 4, 0) : modal.i] if not t.is_punct]
        if (
            len(before) >= 2
            and before[-1].lower_ in ("and", "or")
            and (before[-2].lower_ in MODALS | JUDGING_MODALS)
        ):
            return [before[-2], have]
        return None
    if modal.lower_ in JUDGING_MODALS:
        if gap[0].lower_ == "within" or (
            gap[0].lower_ == "by" and any(t.like_num or t.lower_ == "end" for t in gap)
        ):
            return None  # a deadline: "must, within five days, have", "by March 2027"
        return [modal, have]
    if any(t.lower_ in ("not", "n't", "n’t", "never") for t in doc[modal.i + 1 : have.i]):
        return None  # "could not reasonably have known": it takes blame back
    if not any(t.lower_ in EASE_CERTAINTY for t in gap) or verb.lower_ == "been":
        return None  # "the same locum could easily have been on call": a possibility
    subject = _subject(verb)
    if subject is not None and subject.lower_ in FAMILY:
        return None  # "the baby might easily have rolled off the sofa"
    return [modal, have]


def _negative_determiner(token: Any) -> bool:
    """ "nothing", "no amount of pressure", "none", "no X" as the subject."""
    if token.lower_ in NEGATIVE_SUBJECTS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _excuse_duty(verb: Any) -> list[Any] | None:
    """Moralising about excuses and duty, read from the sentence: nothing (or no amount of
    pressure) can justify or excuse it; something is never / not a reason or an excuse for it;
    someone owed a child something; an agency must answer for a decision; hiding or sheltering
    behind a policy."""
    low = verb.lower_
    kids = list(verb.children)
    subject = _subject(verb)
    if low in JUSTIFYING and verb.pos_ in ("VERB", "AUX"):
        negated = _negated(verb) or any(
            c.dep_ == "aux" and c.lower_ in ("cannot", "can't", "can’t") for c in kids
        )
        if negated or (subject is not None and _negative_determiner(subject)):
            # the negation is part of the phrase ("can never justify"), not a denial of it
            return [verb, *(c for c in kids if c.dep_ in ("neg", "aux") and c.i < verb.i)]
    if low in BE:
        attr = next((c for c in kids if c.dep_ == "attr" and c.lower_ in EXCUSES), None)
        if (
            attr is not None
            and subject is not None
            and subject.lower_ not in ("there", "it")
            # "there is no reason to think", but "that is no reason to leave a disclosure"
            and not any(c.lower_ in THINKING for c in attr.children)
            and (
                any(c.dep_ == "neg" or c.lower_ == "never" for c in kids)
                or any(c.dep_ == "det" and c.lower_ == "no" for c in attr.children)
            )
            and any(c.dep_ in ("acl", "relcl", "prep") for c in attr.children)
        ):
            return [verb, attr]  # "Being busy is never a reason to leave a child unseen"
    if low in ("owed", "owes", "owe") and any(c.dep_ in ("dative", "iobj") for c in kids):
        return [verb]  # "The officers owed Child L a proper investigation"
    if (
        low == "answer"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in kids)
        and (
            any(c.dep_ == "aux" and c.lower_ in MODAL_DUTY for c in kids)
            # "The local authority has to answer for the drift"
            or (verb.dep_ == "xcomp" and verb.head.lower_ in MODAL_DUTY | {"has", "needs"})
        )
    ):
        return [verb]  # "The agency must answer for its decision"
    if low in HIDING and any(c.dep_ == "prep" and c.lower_ == "behind" for c in kids):
        return [verb, next(c for c in kids if c.lower_ == "behind")]
    if low in BE and not _negated(verb):
        attr = next((c for c in kids if c.dep_ == "attr" and c.lower_ in CONDEMNING), None)
        if attr is not None:
            return [verb, attr]  # "That a teenager was left in a cell is a disgrace"
    if (
        low in TAKING_ON
        and any(c.dep_ == "aux" and c.lower_ in MODAL_DUTY for c in kids)
        and any(t.lower_ == "blame" and t.pos_ == "NOUN" for t in verb.subtree)
    ) or (
        low in ("own", "acknowledge", "admit", *TAKING_ON)
        and any(c.dep_ == "aux" and c.lower_ in MODAL_DUTY for c in kids)
        and any(c.dep_ == "dobj" and c.lower_ in ("part", "share") for c in kids)
        and any(t.lower_ in ("happened", "harm", "death", "delay", "failure") for t in verb.subtree)
    ):
        modal = [c for c in kids if c.dep_ == "aux" and c.lower_ in MODAL_DUTY]
        return [*modal, verb]  # "Each agency must accept its share of the blame"
    if (
        low in ("did", "was", "were", "had")
        and verb.dep_ == "conj"
        and _negated(verb)
        and not any(c.dep_ in ("dobj", "acomp", "attr", "xcomp", "ccomp") for c in kids)
    ):
        norm = verb.head
        holder = _subject(norm)
        if holder is not None and (
            holder.lower_ in FAMILY | PERSONAL_PRONOUNS
            or holder.pos_ == "PROPN"
            or any(c.lower_ == "child" for c in holder.children)
        ):
            return None  # "The father was meant to attend the course, but did not": a fact
        duty = [c for c in norm.children if c.dep_ == "aux" and c.lower_ in ("must", "should")]
        if (
            norm.lower_ in ("had", "has")
            and _professional(holder)
            and any(
                c.dep_ == "dobj" and c.lower_ in ("reason", "opportunity", "chance", "duty")
                for c in norm.children
            )
        ):
            duty = [norm]  # "The midwife had every reason to ask, and did not"
        if norm.lower_ in ("supposed", "meant"):
            duty = [norm]  # "The child's welfare was supposed to be paramount, and it was not"
        if duty:  # "The safety of a child must come first, and here it did not"
            return [duty[0], *(c for c in kids if c.dep_ == "neg")]
    if low == "expect" and verb.head.lower_ in ("right", "entitled"):
        holder = verb.head.head
        if holder.lower_ in ("had", "was", "were") or verb.head.lower_ == "entitled":
            return [verb.head, verb]  # "Child R had a right to expect that …": a duty unmet
    return None


def _too_little(token: Any) -> list[Any] | None:
    """Inadequacy intensified: practice "too vague / infrequent / shallow to …" (an adjective
    with "too" and a to-clause, said of a thing, not of a child or family), and "not … in
    sufficient depth", "without adequate scrutiny"."""
    if token.lower_ == "too" and token.dep_ == "advmod":
        adjective = token.head
        if adjective.pos_ != "ADJ" or adjective.lower_ in PHYSICAL:
            return None
        owner = adjective
        while owner.dep_ == "conj" and owner.head.i != owner.i:
            owner = owner.head
        verb = owner.head if owner.dep_ in ("acomp", "amod", "oprd") else None
        holder = _subject(verb) if verb is not None and owner.dep_ != "amod" else owner.head
        to_clause = (
            any(c.dep_ == "xcomp" for c in adjective.children)
            or any(c.dep_ == "xcomp" for c in owner.children)
            # "The visits were too infrequent to give …": the parser hangs it on "were"
            or (
                verb is not None
                and verb.lower_ in BE
                and any(c.dep_ == "xcomp" for c in verb.children)
            )
        )
        if (
            to_clause
            and holder is not None
            and holder.pos_ == "NOUN"
            and holder.lower_ not in FAMILY
            and not _professional(holder)
        ):
            return [token, adjective]
        return None
    if (
        token.dep_ == "advmod"
        and token.lower_ in SUFFICIENTLY
        and token.head.pos_ == "VERB"
        and token.i > token.head.i
    ):
        negation = [c for c in token.head.children if c.dep_ == "neg"]
        if negation:
            return [negation[0], token]  # "did not engage the father sufficiently"
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "with", "without"):
        enough = [c for c in token.children if c.dep_ == "amod" and c.lower_ in ENOUGH_WORDS]
        if not enough:
            return None
        prep = token.head
        if prep.lower_ == "without" or _negated(prep.head):
            return [prep, token]
    return None
