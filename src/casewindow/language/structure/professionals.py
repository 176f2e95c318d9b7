"""Imagined better professionals: "A more experienced social worker would have …",
"Any competent GP would have …", "a social worker who knew the guidance"."""

from __future__ import annotations

from typing import Any

from casewindow.language.structure.words import (
    ACTION_NOUNS,
    ACTIONS,
    BE,
    EVALUATIVE,
    FAMILY,
    NOT_JUDGING_COMPARATIVES,
    NOT_PROFESSIONALS,
    OUTCOME_PARTICIPLES,
    PROFESSIONALS,
    QUALITIES,
    STATE_VERBS,
    THINGS,
)


def _professional(token: Any) -> bool:
    """A professional or agency: listed, or a common noun of a job's form ("dentist",
    "radiographer", "optician", "counsellor")."""
    low = token.lower_
    if low in PROFESSIONALS:
        return True
    return (
        token.pos_ == "NOUN"
        and low not in NOT_PROFESSIONALS
        and low not in FAMILY
        and low not in THINGS  # "list", "checklist", "monitor"
        and low.endswith(("ist", "ists", "ician", "icians", "ographer", "ographers", "or", "ors"))
    )


def _imagined_subject(subject: Any, *, none_of_them: bool = False, qualified: bool = True) -> bool:
    if subject is None:
        return False
    low = subject.lower_
    words = {t.lower_ for t in subject.subtree}
    if low in ("anyone", "anybody", "someone", "somebody"):
        return True
    dets = {c.lower_ for c in subject.children if c.dep_ == "det"}
    if dets == {"the"} and {c.lower_ for c in subject.children} & {"average", "typical"}:
        return low not in ACTION_NOUNS  # "The average foster carer would have …"
    if (
        dets == {"the"}
        and _professional(subject)
        and (
            {c.lower_ for c in subject.children} & {"best", "ideal"}
            or any(
                c.dep_ == "amod"
                and c.lower_ in EVALUATIVE
                and any(g.lower_ == "most" for g in c.children)
                for c in subject.children
            )
        )
    ):
        return True  # "The best practitioners would have …", "The most experienced nurse …"
    first = min(subject.subtree, key=lambda t: t.i)
    if first.lower_ in ("most", "any", "every"):
        dets.add(first.lower_)
    if first.lower_ in ("other", "another"):
        # "Other nurseries would have reported the bruising", but not "Another agency would
        # have been better placed" (a position, not a practice) nor "would have had"
        verb = subject.head
        if (
            _professional(subject)
            and subject.dep_ == "nsubj"
            and verb.lower_ in ACTIONS | OUTCOME_PARTICIPLES
            and not any(c.dep_ == "auxpass" for c in verb.children)
            # "Another hospital would have taken the baby if the unit had been full": a
            # circumstance, not a comparison of practice
            and not any(
                c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
                for c in verb.children
            )
        ):
            return True
    if (
        none_of_them
        and dets == {"no"}
        and (
            {c.lower_ for c in subject.children if c.dep_ == "amod"} & EVALUATIVE
            or _comparative(subject)
        )
    ):
        return low not in ACTION_NOUNS  # "No good practitioner would leave a baby unseen"
    if dets & {"no", "the", "this", "that", "these", "those", "her", "his", "their"}:
        return False
    modifiers = {
        t.lower_
        for t in subject.subtree
        if (t.i < subject.i and t.dep_ in ("amod", "advmod", "compound"))
        or (t.i > subject.i and t.lower_ in ("properly", "proper", "competently", "diligently"))
    }
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            modifiers |= {c.lower_ for c in obj.children if c.dep_ == "amod"}
            modifiers |= {"more" for c in obj.children if c.tag_ in ("JJR", "RBR")}
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        # "Colleagues in a better-run team would have …": a better setting, a better worker
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if (
                _professional(subject)
                and subject.head.lower_ not in STATE_VERBS | BE
                and _better(obj)
            ):
                modifiers.add("more")
    for clause in (c for c in subject.children if c.dep_ == "relcl"):
        # "A practitioner who was more alert …", "A social worker who knew the family better"
        kids = list(clause.children)
        if any(c.tag_ in ("RBR", "JJR") and c.lower_ not in ("earlier", "later") for c in kids):
            modifiers.add("more")
        for adjective in (c for c in kids if c.dep_ == "acomp"):
            if adjective.lower_ in EVALUATIVE or any(
                g.lower_ == "more" or g.tag_ == "RBR" for g in adjective.children
            ):
                modifiers.add("more")
    evaluative = (
        bool(modifiers & EVALUATIVE)
        or bool(modifiers & {"more", "better"})
        or _comparative(subject)
        or any("-" in m and m.split("-")[0] in ("better", "well", "properly") for m in modifiers)
    )
    if dets & {"any", "most", "every"}:
        return low not in ACTION_NOUNS
    if dets & {"a", "an"} or not dets:
        if qualified and dets and _professional(subject) and _qualified(subject):
            return True  # "A social worker who knew the guidance", "a GP with any knowledge of"
        return evaluative and low not in ACTION_NOUNS and "worth" not in words - {"worth"}
    return False


def _better(noun: Any) -> bool:
    """Described as better, not merely as busier or bigger: "a better-run team", "a more
    assertive manager", "a properly run service"."""
    return any(
        t.lower_ in EVALUATIVE
        or t.lower_ == "better"
        or (t.lower_ == "more" and t.head.lower_ in EVALUATIVE)
        for t in noun.subtree
        if t.i < noun.i
    )


def _qualified(person: Any) -> bool:
    """An imagined professional described by what they knew or were like, after the noun:
    "a social worker who knew the guidance", "a housing officer with any knowledge of
    safeguarding", "a practitioner alert to the risks", "a worker willing to ask"."""
    for child in person.children:
        if child.i < person.i:
            continue
        if child.dep_ == "amod" or (child.dep_ == "acl" and child.tag_ in ("JJ", "VBN")):
            return True  # "a practitioner alert to …", "a worker confident enough to …"
        if child.dep_ == "prep" and child.lower_ == "with":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if any(o.lower_ in QUALITIES for o in objects):
                return True
        if child.dep_ == "relcl":
            kids = list(child.children)
            if child.lower_ in ("knew", "understood", "had") or any(
                c.dep_ == "aux" and c.lower_ == "would" for c in kids
            ):
                return True  # "who knew the guidance", "who would persist"
            if any(c.dep_ == "acomp" for c in kids) and any(c.lower_ in BE for c in [child, *kids]):
                return True  # "who was alert to …"
    return False


def _comparative(subject: Any) -> bool:
    """A comparative before the professional: "a stronger team manager", "a wiser GP"."""
    return any(
        t.tag_ == "JJR" and t.dep_ == "amod" and t.lower_ not in NOT_JUDGING_COMPARATIVES
        for t in subject.children
        if t.i < subject.i
    )
