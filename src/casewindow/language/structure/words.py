"""Word lists of the sentence-structure rules and of the scope of a flag."""

from __future__ import annotations


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
    harmed injured hurt killed died survived happened occurred suffered continued ended
    known learned learnt found discovered identified recognised recognized
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
    recognised recognized picked led resulted ensured told"""
)


OUTCOME_ADJECTIVES = _words(
    "obvious plain clear apparent evident visible alive safe different known aware"
)


MODALS = frozenset({"would", "could", "might"})


WHOLE_OUTCOMES = _words("everything outcome outcomes course picture situation story things life")


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
    "assume",
    "presume",
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
    incorrect unreasonable mistake hindsight unlikely doubtful improbable"""
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
    "accept",
    "concede",
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
    practice surgery trust board unit department
    leader leaders colleague colleagues practices"""
)


ACTIONS = _words(
    """applied linked shared checked held made referred escalated followed reported recognised
    recognized seen asked visited done completed convened allocated passed read acted
    investigated explored considered spoken told informed identified picked recorded weighed
    examined assessed raised challenged arranged sent called contacted notified flagged
    questioned probed listened heard looked included invited consulted involved requested
    sought obtained used taken treated responded intervened pursued insisted noticed
    undressed"""
)


SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "anyone", "someone"})


NOT_PROFESSIONALS = _words(
    """weather letter number order register computer river winter summer partner father mother
    brother sister daughter grandmother grandfather stepfather carer carers neighbour"""
)


TIME_NOUNS = _words("day days week weeks morning afternoon evening night month year time hour")


# Things on a timetable, whose due date is a fact: "The review should have been in May".
EVENTS = _words(
    """appointment appointments conference conferences meeting meetings visit visits review
    reviews discussion hearing hearings plan session sessions clinic check checks transfer
    discharge move assessment"""
)


CALENDAR = _words(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter
    christmas easter holidays holiday term half-term weekend"""
)


QUALITIES = _words(
    """knowledge experience understanding eye grasp training expertise awareness skill skills
    insight confidence curiosity background grounding"""
)


FAMILY = _words(
    """baby babies child children infant toddler boy girl mother father parent parents family
    sibling siblings brother sister partner stepfather stepmother grandmother grandfather
    uncle aunt it"""
)


_GAP_SKIP = frozenset({"not", "n't", "n’t", "never", "to"})


NOT_JUDGING_COMPARATIVES = _words(
    "older younger elder bigger smaller larger later earlier fewer lesser"
)


NEEDING = _words("needed required demanded warranted deserved merited called calls")


JUSTIFYING = _forms("justify", "excuse", "condone", "defend", "mitigate", "absolve") | {
    "justifies",
    "justified",
}


EXCUSES = _words("excuse excuses reason reasons justification defence defense mitigation")


HIDING = _forms("hide", "shelter", "shield", "cower") | {"hid", "hidden", "hides"}


# Nouns of moral condemnation said of an act ("That a teenager slept in a cell is a disgrace").
CONDEMNING = _words("disgrace scandal travesty outrage")
# Verbs of taking the blame on ("Each agency must accept its share of the blame").
TAKING_ON = _forms("accept", "bear", "shoulder", "take") | {"bore", "borne", "took", "taken"}
# Verbs of looking into something, with which the review asks its own questions.
ASKING = _forms("ask", "wonder", "consider", "explore", "examine", "question")
# Verbs of finding out whose particle makes them an outcome ("would have turned up").
TURNING_UP = _words("turned brought dug flagged shown showed opened")
# What a reason can be a reason to do without any judgement: to think or believe something.
THINKING = _forms("think", "believe", "suppose", "doubt", "suspect", "expect", "conclude", "assume")
PERSONAL_PRONOUNS = _words("he she they him her them i we you")
MODAL_DUTY = frozenset({"must", "should", "will", "shall", "has", "have", "had", "needs", "need"})


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


VIEW_NOUNS = _words("view views opinion words eyes account recollection experience mind")


OWN_VIEW = frozenset({"our", "my", "we"}) | METHOD_SUBJECTS


HINDSIGHT_SEEMING = _words("obvious clear plain inevitable predictable foreseeable simple")


SPECULATING = _forms("speculate", "comment", "dwell", "guess") | {"speculation"}


CAUSING = _words("caused due owing attributable result resulted down")


BLAME_VERBS = _forms("ignore", "fail", "neglect", "miss", "overlook", "disregard", "dismiss")


# Things, not people: a tool, record or device that "failed to" do something is a fact about
# the tool ("The portal failed to upload the form"), and the process words carry a systemic
# point ("The pathway failed to capture the concern"), not a verdict on a practitioner.
THINGS = _words(
    """system systems portal portals database databases software record records line lines
    phone phones telephone email emails e-mail alert alerts flag flags boiler heating fridge
    upload uploads server servers link links fax printer machine device devices car van
    application applications appeal appeals bid bids test tests template templates tool
    tools toolkit process processes procedure procedures pathway pathways protocol protocols
    policy policies interface screen screens app apps connection network transfer list lists
    form forms rota rotas checklist checklists monitor monitors door doors"""
)


# What a child or family misses on a timetable: "Child K missed four dental appointments".
MISSABLE = EVENTS | _words(
    """appointment appointments visit visits session sessions school nursery lessons lesson
    class classes day days week weeks term terms bus buses train trains lift dose doses
    immunisation immunisations vaccination vaccinations medication feeds deadline
    deadlines interview interviews collection collections"""
)


# What is missed or overlooked when the word does carry a verdict: "missed the signs".
NOTICING = _words(
    """sign signs significance opportunity opportunities cue cues indicator indicators risk
    risks concern concerns pattern patterns point"""
)


# Words that name what a thing is being called: "To call the response inadequate would …".
NAMING = _words("call calling label labelling describe describing term deem brand branding")


# What calling something by a word would do, in an argument against the word.
OVERLOOKING = _forms(
    "ignore", "overlook", "obscure", "miss", "misrepresent", "hide", "oversimplify"
)


READING_AS = _words(
    "taken read seen regarded interpreted construed understood viewed treat treated treating"
)
