"""The scope of a flag: under a negation or a rejection of the blame, in another
person's view, or in the review's own text about hindsight."""

from __future__ import annotations

from typing import Any

from casewindow.language.structure.grammar import _depth, _negated, _subject
from casewindow.language.structure.professionals import _professional
from casewindow.language.structure.words import (
    ASKING,
    AVOIDING,
    BE,
    BLAME_VERBS,
    BLAMELESS_MANNER,
    CALENDAR,
    CAUSING,
    COMPLEMENTS,
    EASY,
    EVENTS,
    FAMILY,
    HINDSIGHT_SEEMING,
    JUDGING_MODALS,
    LOOKING,
    METHOD_SUBJECTS,
    MISSABLE,
    MODALS,
    NAMING,
    NEGATIVE_SUBJECTS,
    NO_NOUNS,
    NOTICING,
    OUTCOME_PARTICIPLES,
    OVERLOOKING,
    OWN_VIEW,
    READING_AS,
    REJECTING,
    REPORTING,
    SEEMING,
    SPECULATING,
    SPEECH,
    STATE_VERBS,
    SWEEPING,
    TELLING,
    TEMPTATIONS,
    THINGS,
    TIME_NOUNS,
    VIEW_NOUNS,
    WONDERING,
)


def _about_bias(subject: Any) -> bool:
    words = {t.lower_ for t in subject.subtree}
    return bool(words & {"bias", "counterfactual", "knowing"}) or subject.lower_ == "thinking"


def _method_sentence(doc: Any) -> bool:
    """The review's own text about hindsight or bias: its subject is the bias itself, or it
    guards against it."""
    if any(t.lower_ in AVOIDING for t in doc) and any(
        t.lower_ in ("counterfactual", "hindsight", "bias") for t in doc
    ):
        return True  # "The methodology guards against counterfactual reasoning of the kind …"
    for verb in doc:
        if (
            verb.lower_ in SEEMING | {"seem", "appear", "look"}
            and any(
                c.dep_ == "aux" and c.lower_ in ("can", "may", "might", "could")
                for c in verb.children
            )
            and any(
                (c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in HINDSIGHT_SEEMING)
                # "the injuries can seem to form an obvious pattern"
                or (c.dep_ == "xcomp" and any(t.lower_ in HINDSIGHT_SEEMING for t in c.subtree))
                for c in verb.children
            )
        ):
            return True  # "Looking back, the signs can appear obvious, but …": naming the effect
    if any(t.lower_ in ("hindsight", "knowing", "retrospect") for t in doc) and any(
        t.dep_ == "acomp"
        and t.lower_ in EASY
        and (subject := _subject(t.head)) is not None
        and subject.lower_ == "it"
        for t in doc
    ):
        return True  # "We recognise that it is easy, knowing the outcome, to see … as …"
    for root in (t for t in doc if t.dep_ == "ROOT"):
        subject = _subject(root)
        if subject is None:
            continue
        words = {t.lower_ for t in subject.subtree}
        if words & {"bias", "counterfactual", "knowing"} or subject.lower_ == "thinking":
            return True
        if (any(t.lower_ == "hindsight" for t in doc) or root.tag_ in ("VBZ", "VBP")) and any(
            c.dep_ == "acomp" and c.lower_ in EASY for c in root.children
        ):
            # "With hindsight it is easy to see …", "It is tempting, knowing how the story
            # ends, to see the signs as obvious": the review naming the temptation.
            return True
        if subject.lower_ == "hindsight" and any(
            c.dep_ == "aux" and c.lower_ in ("can", "may", "might", "could", "will", "tends")
            for c in root.children
        ):
            return True
        if subject.lower_ == "hindsight" and any(c.lower_ in SEEMING for c in root.children):
            return True  # "Hindsight makes the path to harm look far clearer than it was"
    return False


def _another_document(subject: Any) -> bool:
    """A review or report other than this one: "The 2015 serious case review", "the
    inspection report", "an earlier review" (but not "this review", "the panel's report")."""
    return any(
        (c.dep_ in ("nummod", "compound") and (c.like_num or c.lower_ not in METHOD_SUBJECTS))
        or (c.dep_ == "amod" and c.lower_ in ("previous", "earlier", "former", "last", "other"))
        or (c.dep_ == "det" and c.lower_ in ("another", "an"))
        for c in subject.children
    )


def _someone_elses_view(doc: Any) -> bool:
    """The sentence gives another person's view, not the review's: "According to the
    grandmother, …", "In the mother's view, …" (but not "In our view, …")."""
    for token in doc:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            return True
        if token.lower_ in VIEW_NOUNS and (
            (token.head.lower_ == "in" and token.head.i < token.i)
            or (token.dep_ == "nsubj" and token.head.lower_ in BE)  # "The aunt's view was that …"
        ):
            owners = [c for c in token.children if c.dep_ == "poss"]
            if owners and not any(
                o.lower_ in OWN_VIEW or any(t.lower_ in OWN_VIEW for t in o.subtree) for o in owners
            ):
                return True
    return False


def _sweeping_point(inside_tokens: list[Any]) -> bool:
    """A "no one" phrase that makes a point about the system, not a sweeping accusation:
    "Nobody was told", "None of the agencies had a way of …", "Nobody acted carelessly",
    "No one asked, because the form had no field for it"."""
    subject = next(
        (
            t
            for t in inside_tokens
            if t.lower_ in SWEEPING
            and t.dep_ in ("nsubj", "nsubjpass")
            # "no one", not the generic "One would expect an experienced nurse to …"
            and (t.lower_ != "one" or (t.i > 0 and t.doc[t.i - 1].lower_ == "no"))
        ),
        None,
    )
    if subject is None:
        return False
    verb = subject.head
    kids = list(verb.children)
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not _professional(verb.head):
        return True  # "a shared inbox that no one was monitoring": a gap in the system
    if subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in kids):
        return True
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids) and verb.lower_ in (
        OUTCOME_PARTICIPLES | STATE_VERBS
    ):
        return True  # "None of the practitioners could have known …"
    near = kids + [g for c in kids for g in c.children]
    if verb.lower_ in STATE_VERBS or any(c.lower_ in BLAMELESS_MANNER for c in near):
        return True
    if any(c.dep_ == "dobj" and c.lower_ == "anything" for c in kids):
        return True  # "None of the practitioners had done anything other than …"
    if (
        verb.lower_ in REPORTING
        and subject.i < verb.i
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in kids)
    ):
        return True  # "No one is suggesting that the midwife should have done more"
    if any(c.dep_ == "advmod" and c.lower_ in ("so", "therefore", "consequently") for c in kids):
        return True  # "The form did not ask, so nobody thought to ask": a consequence
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("because", "since", "as") for m in c.children)
        for c in kids
    )


def _negative_subject(verb: Any, inside: set[int]) -> bool:
    subject = _subject(verb)
    if subject is None or subject.i in inside:
        return False
    if subject.lower_ in NEGATIVE_SUBJECTS:
        return True
    return any(
        (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ == "preconj" and c.lower_ == "neither")
        for c in subject.children
        if c.i not in inside
    )  # "No agency failed …", "Neither the GP nor the health visitor can be said to have …"


def _too_easy(node: Any) -> bool:
    return any(c.dep_ in ("acomp", "attr", "conj") and c.lower_ in EASY for c in node.children)


def _rejecting(node: Any) -> bool:
    for child in node.children:
        if child.dep_ == "conj" and child.lower_ in REJECTING:
            return True
        if child.dep_ in ("acomp", "attr") and (
            child.lower_ in REJECTING or any(c.lower_ in REJECTING for c in child.children)
        ):
            return True
    return False


def _rescheduled(inside_tokens: list[Any]) -> bool:
    """A date that an event was due on, beside what happened instead: "The appointment should
    have been on 3 May but was moved", "The conference, which should have taken place in June,
    was held in July". A fact about a timetable, not a verdict on anyone's practice."""
    modal = next((t for t in inside_tokens if t.lower_ in JUDGING_MODALS), None)
    if modal is None:
        return False
    verb = modal.head
    subject = verb.head if verb.dep_ == "relcl" else _subject(verb)
    if subject is None or subject.lower_ not in EVENTS:
        return False
    while subject.dep_ == "pobj" and subject.head.head.pos_ == "NOUN":
        subject = subject.head.head  # "The review of the plan, which should have …, was held"
    if not any(
        (t.lower_ in CALENDAR or t.lower_ in TIME_NOUNS or t.like_num) and t.i > verb.i
        for c in verb.children
        if c.dep_ in ("prep", "agent", "npadvmod", "attr")
        for t in c.subtree
    ):
        return False
    if verb.dep_ == "relcl":
        instead = subject.head
        return instead.pos_ in ("VERB", "AUX") and not _negated(instead)
    return any(
        c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and not _negated(c)
        and any(t.lower_ == "but" for t in c.doc[verb.i : c.i])
        for c in verb.children
    )


def _review_looking_back(doc: Any, inside_tokens: list[Any]) -> bool:
    """ "Looking back, the review could see a pattern that was not visible to anyone at the
    time": the review setting what it sees now against what could be seen then."""
    if not any(t.lower_ in ("hindsight", "back", "retrospect") for t in inside_tokens):
        return False
    roots = [t for t in doc if t.dep_ == "ROOT"]
    subjects = [s for root in roots if (s := _subject(root)) is not None]
    return any(s.lower_ in METHOD_SUBJECTS for s in subjects) and any(
        t.lower_ == "time" and t.head.lower_ == "at" for t in doc
    )


def _object_noun(verb: Any) -> Any:
    """The noun a verb acts on, through a count: "missed [four of the] appointments"."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is not None and (thing.pos_ == "NUM" or thing.lower_ in ("some", "all", "most")):
        of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        return inner if inner is not None else thing
    return thing


def _family_member(subject: Any) -> bool:
    """ "Mother", "the family", "Child K" (a child's label)."""
    if subject.lower_ in FAMILY:
        return True
    return subject.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ == "child" for c in subject.children
    )


def _not_about_practice(verb: Any) -> bool:
    """A blame verb used of a thing or of a family's timetable, not of anyone's practice: "The
    police system failed to link the addresses", "Child K missed four of the six dental
    appointments", "after the family missed the second review"."""
    if verb.lower_ not in BLAME_VERBS:
        return False
    subject = _subject(verb)
    if subject is not None and subject.lower_ in THINGS and subject.pos_ == "NOUN":
        return True
    if verb.lower_ not in ("miss", "misses", "missed", "missing"):
        return False
    thing = _object_noun(verb)
    if thing is None or thing.lower_ in NOTICING:
        return False
    return thing.lower_ in MISSABLE or (subject is not None and _family_member(subject))


def _rhetorical(doc: Any) -> bool:
    """ "How could no one have noticed …?": a question that accuses rather than asks."""
    words = [t for t in doc if not t.is_space]
    return bool(words) and words[0].lower_ in ("how", "why") and words[-1].text == "?"


def _out_of_scope(doc: Any, start: int, end: int) -> bool:
    """Whether the phrase at [start, end) of the sentence stands under a negation or a
    rejection of the blame, or in text about hindsight itself."""
    inside_tokens = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not inside_tokens:
        return False
    if (
        _method_sentence(doc)
        or (_sweeping_point(inside_tokens) and not _rhetorical(doc))
        or _someone_elses_view(doc)
        or _rescheduled(inside_tokens)
        or _review_looking_back(doc, inside_tokens)
    ):
        return True
    inside = {t.i for t in inside_tokens}
    first = min(inside)
    before = first - 1
    while before > 0 and doc[before].pos_ in ("DET", "PRON") and doc[before].lower_ != "not":
        before -= 1
    if before > 0 and doc[before].lower_ == "not" and doc[before - 1].text in (",", ";", "—", "–"):
        return True  # "… reflects the design of the pathway, not the carelessness of the staff"
    for than in (
        t
        for t in doc[1:first]
        if (t.lower_ == "than" and doc[t.i - 1].lower_ == "rather")
        or (t.lower_ == "of" and doc[t.i - 1].lower_ == "instead")
    ):
        if not any(t.is_punct for t in doc[than.i + 1 : first]):
            # "… looks for conditions rather than for individuals at fault", "Instead of a
            # hunt for the person who should have acted, …"
            return True
    child = min(inside_tokens, key=_depth)  # the phrase's own head word
    if _not_about_practice(child):
        return True
    if child.dep_ == "aux" and any(
        c.dep_ == "neg"
        and c.i + 1 < child.i
        and doc[c.i + 1].lower_ in ("what", "who", "how", "whether", "which")
        and doc[c.i + 1].head.i == child.head.i
        for c in child.head.children
    ):
        return True  # "… the information they had at the time, not what they should have known"
    if child.lower_ in ("miss", "misses", "missed") and (
        any(c.dep_ == "dobj" and c.lower_ in ("point", "fact") for c in child.children)
        or any(c.dep_ in ("csubj", "csubjpass") for c in child.children)
    ):
        return True  # "Blaming the receptionist would miss the fact that …": an argument
    if child.lower_ in ("simply", "merely"):
        holder = _subject(child.head)
        if (
            holder is not None
            and holder.pos_ == "NOUN"
            and not _professional(holder)
            and (child.head.lower_ in STATE_VERBS or holder.lower_ in THINGS)
        ):
            # "the referral form simply had no place to record it", "the recall list simply did
            # not include children in temporary housing": the system
            return True
    if child.dep_ in ("advmod", "acomp") and _negative_subject(child.head, inside):
        return True  # "Nobody acted carelessly"
    if (
        child.lower_ in BLAME_VERBS
        and _negative_subject(child, inside)
        # "nobody would have missed the bruising" is a counterfactual, not a denial
        and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in child.children)
    ) or (
        child.lower_ in SWEEPING
        and child.dep_ == "nsubj"
        and child.head.lower_ in BLAME_VERBS
        and not _negated(child.head)
    ):
        return True  # "Nobody ignored the concerns": the blame itself is denied
    if (
        child.dep_ == "aux"
        and any(t.lower_ in MODALS for t in inside_tokens)
        and _negative_subject(child.head, inside)
    ):
        return True  # "Nobody could reasonably have predicted the assault"
    if any(
        (c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")) and c.i not in inside
        for c in child.children
    ):
        return True  # "The health visitor did not fail to act", "There was no failure by"
    while child.head.i != child.i:
        relation, head = child.dep_, child.head
        if head.i in inside or relation == "conj":
            child = head
            continue
        if _blocks(doc, child, relation, head, inside):
            return True
        child = head
    return False


def _negated_here(head: Any, inside: set[int]) -> bool:
    """A negation on this word: "not", "never", or a clause opened by "Nor"."""
    return any(
        (c.dep_ == "neg" or c.lower_ in ("never", "nor")) and c.i not in inside
        for c in head.children
    )


def _blocks(doc: Any, child: Any, relation: str, head: Any, inside: set[int]) -> bool:
    """Whether `head` takes the blame in its dependant `child` back: a negated report or
    copula, "no evidence that", "rather than", "wrong to conclude", "we avoid", "the review
    considered whether"."""
    low = head.lower_
    negated = _negated_here(head, inside) or (
        head.dep_ == "xcomp" and _negated_here(head.head, inside)
    )
    if (
        (
            negated
            or (
                _negative_subject(head, inside)
                # "Nobody said X", but "Nobody can be said to have ignored …" denies it
                and (low not in SPEECH or any(c.dep_ == "auxpass" for c in head.children))
            )
        )
        and (low in REPORTING or low in BE or head.pos_ == "AUX")
        and relation in COMPLEMENTS
    ):
        return True
    if (
        (negated or _negative_subject(head, inside))
        and low in BE
        and relation == "prep"
        and child.lower_ in ("about", "at")
    ):
        return True  # "This is not about individual failings", "No individual was at fault"
    if relation == "aux" and any(
        c.dep_ == "neg" and c.i == min(t.i for t in head.subtree) for c in head.children
    ):
        return True  # "… what they knew at the time, not what they should have known"
    if negated and low in REPORTING | TELLING and relation == "prep" and child.lower_ == "with":
        return True  # "It is important not to judge practitioners with the benefit of hindsight"
    if (
        (
            (relation == "prep" and child.lower_ == "as")
            or (
                relation == "dobj"
                and any(c.dep_ == "prep" and c.lower_ == "as" for c in child.children)
            )
        )
        and low in SPEECH | READING_AS
        and head.dep_ in ("csubj", "csubjpass")
        and (head.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children))
    ):
        # "To describe the assessment as complacent would be unfair", "Describing the plan as
        # inadequate would overlook …": an argument about the word, not a verdict
        return True
    if (
        low in NAMING
        and relation in ("dobj", "oprd", "xcomp", "acomp")
        and head.dep_ in ("csubj", "advcl")
        and min(t.i for t in head.subtree) == 0
        and (head.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children))
        and any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.head.children)
        and (head.head.lower_ in OVERLOOKING or _rejecting(head.head))
    ):
        # "To call the GP's response inadequate would ignore …": the word argued about
        return True
    if (
        negated
        and relation == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("if", "though") for c in child.children)
        and doc[min(t.i for t in child.subtree)].lower_ == "as"
    ):
        return True  # "We have tried not to write as if the outcome was obvious"
    if negated and low in READING_AS and relation == "prep" and child.lower_ == "as":
        return True  # "This should not be taken as a failing of individual practitioners"
    if relation in ("csubj", "csubjpass", "ccomp", "advcl", "pcomp", "acl") and any(
        c.dep_ == "mark" and c.lower_ == "whether" for c in child.children
    ):
        # "Whether a more experienced worker would have … cannot be known", "the question of
        # whether any individual was at fault": a question, not an assertion
        return True
    if low in NEGATIVE_SUBJECTS and relation == "amod":
        return True  # "There was nothing careless about the decision"
    if negated and head.pos_ == "ADP" and relation in ("pobj", "pcomp"):
        return True  # "… why practice made sense, not at who was to blame"
    if (
        head.pos_ == "ADP"
        and relation in ("pobj", "pcomp")
        and head.i > 0
        and doc[head.i - 1].lower_ == "not"
    ):
        return True  # "… what made sense to them at the time, not about what they should have …"
    if negated and low in CAUSING and relation in ("agent", "prep", "pobj"):
        return True  # "The delay was not caused by any lack of commitment"
    if low == "from" and head.head.lower_ == "far":
        return True  # "Far from failing to act, the midwife made two referrals"
    if low == "miss" and any(c.dep_ == "dobj" and c.lower_ == "point" for c in head.children):
        return True  # "To say that the school failed Child N would miss the point"
    if negated and low in SPECULATING and relation in ("prep", "ccomp", "pcomp"):
        return True  # "The review does not speculate about what might have happened if …"
    if (
        low in ASKING
        and relation == "ccomp"
        and (asker := _subject(head)) is not None
        and asker.lower_ in METHOD_SUBJECTS
        # an open question, not "why the school had failed to refer", which presumes the answer
        and min(child.subtree, key=lambda t: t.i).lower_ in ("what", "whether", "if", "how")
        # what they could have known, not what they should have done
        and not any(t.lower_ in JUDGING_MODALS for t in child.subtree)
    ):
        return True  # "The panel asked what a practitioner could reasonably have known"
    if (
        negated
        and relation == "ccomp"
        and (teller := _subject(head)) is not None
        and teller.lower_ in METHOD_SUBJECTS
    ):
        return True  # "This report does not set out what practitioners should have done"
    if negated and low in WONDERING and relation == "ccomp":
        return True  # "The review has tried not to ask who was to blame"
    if low in NEGATIVE_SUBJECTS and relation in ("acl", "relcl", "xcomp", "ccomp"):
        return True  # "We found nothing to suggest that …"
    if low in NO_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return True
    if low == "than" and head.i > 0 and doc[head.i - 1].lower_ == "rather":
        return True
    if any(
        c.dep_ == "mark" and c.lower_ == "than" and c.i > 0 and doc[c.i - 1].lower_ == "rather"
        for c in child.children
    ):
        return True  # "Rather than ask why the social worker failed to visit, …"
    if negated and low in LOOKING and relation == "prep":
        return True  # "The method does not look for who was to blame"
    if relation in ("xcomp", "ccomp", "csubj") and (_rejecting(head) or low in REJECTING):
        return True
    if (
        relation in ("xcomp", "ccomp")
        and child.lower_ in REPORTING | TELLING
        and (_too_easy(head) or low in EASY)
    ):
        return True  # "It is tempting / too simple to say that …"
    if low in TEMPTATIONS and relation in ("acl", "ccomp", "xcomp", "prep", "relcl"):
        return True
    if (
        low in BE
        and relation in ("xcomp", "ccomp", "attr")
        and (trap := _subject(head)) is not None
        and trap.lower_ in TEMPTATIONS
    ):
        return True  # "A common trap in reviews is to list every point at which someone could …"
    if (
        low in ASKING
        and relation == "ccomp"
        and head.tag_ == "VBG"
        and (head.i == 0 or head.dep_ in ("pcomp", "csubj", "csubjpass"))
        and min(child.subtree, key=lambda t: t.i).lower_ in ("why", "how", "who", "whether", "what")
    ):
        return True  # "Asking why a professional missed something closes the inquiry": the question
    subject = _subject(head)
    if subject is not None and subject.lower_ in ("which", "that") and head.dep_ == "relcl":
        subject = head.head  # "outcome bias, which can make a decision look negligent"
    if subject is not None and _about_bias(subject):
        return True
    if (
        subject is not None
        and subject.lower_ == "hindsight"
        and any(c.lower_ in SEEMING for c in head.children)
    ):
        return True  # "Hindsight makes the events look like a clear path"
    if low in AVOIDING or (low == "set" and any(c.lower_ == "aside" for c in head.children)):
        subject = subject or _subject(head.head)
        passive = any(c.dep_ == "auxpass" for c in head.children)
        if passive or (subject is not None and subject.lower_ in METHOD_SUBJECTS):
            return True
    if (
        relation == "ccomp"
        and low in ("ask", "asks", "asked")
        and doc[min(t.i for t in child.subtree)].lower_ in ("why", "how")
        and subject is not None
        and subject.i < head.i  # not an inverted condition: "Had the sergeant asked …"
        and not any(c.dep_ == "mark" for c in head.children)
        and subject.lower_ not in METHOD_SUBJECTS | NEGATIVE_SUBJECTS | {"it", "this", "that"}
        and not _another_document(subject)
    ):
        return True  # a reported question: "The mother asked why the police had ignored her"
    if (
        relation == "ccomp"
        and low in SPEECH
        and subject is not None
        and (
            subject.lower_ not in METHOD_SUBJECTS | NEGATIVE_SUBJECTS | {"it", "this", "that"}
            or any(c.dep_ == "poss" and c.lower_ not in OWN_VIEW for c in subject.children)
            or _another_document(subject)
        )
        and not _negative_subject(head, inside)
    ):
        return True  # reported speech: "The health visitor told us that she should have …"
    if (
        (
            (relation == "prep" and child.lower_ == "as")
            # "described the practice as inadequate", with "as" hung on the object
            or (
                relation == "dobj"
                and any(c.dep_ == "prep" and c.lower_ == "as" for c in child.children)
            )
        )
        and low in SPEECH
        and subject is not None
        and subject.dep_ == "nsubj"  # the speaker, not the one described ("was described as")
        and (
            subject.lower_ not in METHOD_SUBJECTS | NEGATIVE_SUBJECTS | {"it", "this", "that"}
            or _another_document(subject)
        )
    ):
        return True  # "Press coverage described the case as a catalogue of failures"
    return (
        relation in ("ccomp", "advcl", "xcomp")
        and subject is not None
        and subject.lower_ in METHOD_SUBJECTS
        and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in child.children)
    )
