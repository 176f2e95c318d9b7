"""The structural rules: every structure a parsed sentence holds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from casewindow.language.structure.counterfactual import (
    _condition,
    _hypothetical_action,
    _is_outcome,
    _perfect_modal,
    _practice_condition,
    _the_same,
)
from casewindow.language.structure.grammar import _negated, _span, _subject
from casewindow.language.structure.judging import _excuse_duty, _modal_gap, _too_little
from casewindow.language.structure.professionals import (
    _better,
    _comparative,
    _imagined_subject,
    _professional,
    _qualified,
)
from casewindow.language.structure.words import (
    BE,
    EVALUATIVE,
    MODALS,
    NEEDING,
    OUTCOME_PARTICIPLES,
    OUTCOME_UNCONDITIONAL,
    PROFESSIONALS,
    SOONER,
    STATE_VERBS,
)

STRUCTURES = (
    "counterfactual",
    "imagined-professional",
    "modal-adverb",
    "excuse-duty",
    "too-little",
)


# "But for X", "Were it not for X", "Had it not been for X": the construction makes X the cause.
_BUT_FOR = re.compile(
    r"(?:^\W*|,\s*)(?:but for|were it not for|had it not been for|if it (?:were|was|had) not "
    r"(?:been )?for)\b"
)


def _structural(doc: Any, sentence: str, names: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    for verb in doc:
        if "excuse-duty" in names and (found := _excuse_duty(verb)) is not None:
            yield (*_span(found), "excuse-duty")
        if "too-little" in names and (found := _too_little(verb)) is not None:
            yield (*_span(found), "too-little")
        if "imagined-professional" in names and verb.lower_ in NEEDING | BE:
            if verb.lower_ in ("called", "calls"):  # "The situation called for a worker who …"
                wanted = next(
                    (
                        o
                        for c in verb.children
                        if c.dep_ == "prep" and c.lower_ == "for"
                        for o in c.children
                        if o.dep_ == "pobj"
                    ),
                    None,
                )
            else:
                wanted = next(
                    (c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i),
                    None,
                )
            before = doc[max(verb.i - 6, 0) : verb.i]
            cleft = (
                verb.lower_ in BE
                and any(t.lower_ == "what" for t in before)
                and any(t.lower_ in NEEDING for t in before)
            )  # "What was needed was a worker willing to …", "What the case required was …"
            if (
                wanted is not None
                and (verb.lower_ in NEEDING or cleft)
                and _professional(wanted)
                and (
                    _imagined_subject(wanted, qualified=False)
                    or (cleft and _qualified(wanted))
                    or any(  # "needed a practitioner who would persist"
                        c.dep_ == "relcl"
                        and any(g.dep_ == "aux" and g.lower_ == "would" for g in c.children)
                        for c in wanted.children
                    )
                )
                and not _negated(verb)
            ):
                yield (*_span([verb, *wanted.subtree]), "imagined-professional")
                continue  # "The case needed a more experienced social worker"
        if "imagined-professional" in names and verb.lower_ == "unlike" and _negated(verb.head):
            # "Unlike her more experienced colleague, the student midwife did not ask …"
            better = next(
                (
                    o
                    for o in verb.children
                    if o.dep_ == "pobj" and _professional(o) and (_better(o) or _comparative(o))
                ),
                None,
            )
            if better is not None:
                yield (*_span([verb, *better.subtree]), "imagined-professional")
                continue
        if "modal-adverb" in names and (gap := _modal_gap(verb)) is not None:
            yield (*_span(gap), "modal-adverb")
        modal = _perfect_modal(verb)
        subject = _subject(verb)
        if modal is not None:
            if (
                "imagined-professional" in names
                and modal.lower_ in ("would", "could", "might")
                and _imagined_subject(subject)
                and not _the_same(verb)
            ):
                yield (*_span([*subject.subtree, verb]), "imagined-professional")
                continue
            if "imagined-professional" in names and modal.lower_ in ("would", "could"):
                # "In the hands of a more experienced worker, the case would have been …"
                imagined = next(
                    (
                        t
                        for t in doc
                        if t.lower_ in PROFESSIONALS
                        and t.lower_ not in ("anyone", "anybody", "someone", "somebody")
                        and t.i != (subject.i if subject is not None else -1)
                        and (
                            (t.dep_ == "pobj" and t.head.lower_ in ("by", "of"))
                            or (  # "Under a more assertive manager, the plan would have …",
                                # but not "With a better manager the team would have had …"
                                t.dep_ == "pobj"
                                and t.head.lower_ in ("under", "with", "in")
                                and verb.lower_ not in STATE_VERBS
                                and _better(t)
                            )
                            or t.dep_ in ("conj", "appos")
                        )
                        and _imagined_subject(t)
                    ),
                    None,
                )
                if imagined is None:
                    imagined = next(
                        (
                            t
                            for t in doc
                            if t.lower_ == "hands"
                            and t.dep_ == "pobj"
                            and any(
                                c.tag_ in ("JJR", "RBR")
                                or c.lower_ in EVALUATIVE
                                or any(g.lower_ == "more" for g in c.children)
                                for c in t.children
                                if c.dep_ == "amod"
                            )
                        ),
                        None,
                    )  # "In more capable hands, the assessment would have been …"
                if imagined is not None and not _the_same(verb):
                    words = [t for t in imagined.subtree if not t.is_punct]
                    yield (*_span(words), "imagined-professional")
                    continue
            conditional = _condition(verb, sentence) and (
                _is_outcome(verb, OUTCOME_PARTICIPLES)
                or _negated(verb)
                or any(c.dep_ == "advmod" and c.lower_ in SOONER for c in verb.children)
                or _practice_condition(verb)
                # "But for the decision to close the case, Child J would have stayed …",
                # "Were it not for the delay, …": the construction makes the decision the cause
                or bool(_BUT_FOR.search(sentence.lower()))
            )
            imagined_action = _hypothetical_action(subject) and _is_outcome(
                verb, OUTCOME_UNCONDITIONAL
            )
            if (
                "counterfactual" in names
                and (conditional or imagined_action)
                and not _the_same(verb)
            ):
                yield (*_span([modal, verb]), "counterfactual")
        elif (
            "imagined-professional" in names
            and verb.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
            and not any(c.dep_ == "auxpass" for c in verb.children)
            and _imagined_subject(subject, none_of_them=not _negated(verb))
            and not _the_same(verb)
        ):
            # "A more experienced practitioner would ask who else lives in the house."
            yield (*_span([*subject.subtree, verb]), "imagined-professional")
        elif "counterfactual" in names and verb.lower_ == "be":
            # "Had a strategy discussion been held, Child L would still be alive."
            kids = list(verb.children)
            if (
                any(c.lower_ in MODALS for c in kids)
                and any(
                    (c.dep_ == "acomp" and c.lower_ in ("alive", "safe", "here"))
                    # "Child S would still be with us had …"
                    or (c.lower_ == "with" and any(o.lower_ == "us" for o in c.children))
                    for c in kids
                )
                and _condition(verb, sentence)
            ):
                yield (
                    *_span([next(c for c in kids if c.lower_ in MODALS), verb]),
                    "counterfactual",
                )
        elif (
            "imagined-professional" in names
            and (
                verb.tag_ in ("VBP", "VBZ")
                or any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children)
            )
            and subject is not None
            and (
                (subject.tag_ == "NNS" and not any(c.dep_ == "det" for c in subject.children))
                or (
                    subject.tag_ == "NN"
                    and {c.lower_ for c in subject.children if c.dep_ == "det"} & {"any", "every"}
                )
            )
            and {t.lower_ for t in subject.children if t.dep_ == "amod"} & EVALUATIVE
        ):
            # "Good social workers do not accept a parent's word", "Any good midwife asks …".
            yield (*_span([*subject.subtree, verb]), "imagined-professional")
