# ruff: noqa: E501  (hand-written sentences: one per line)
"""Tuning set `tune_w3.jsonl`: written by helper i14-wording3 on 4 December 2026 AFTER reading
the wording check's rules and code (so it is NOT blind), before changing any rule in that round.
It stresses the kinds issue 14 part 2 names as missed, and the false alarms it names, in new
situations and wordings. No held-out file was opened to write it."""

import json
from pathlib import Path

S: list[tuple[str, str, str]] = []


def add(kind: str, source: str, *texts: str) -> None:
    for text in texts:
        S.append((kind, source, text))


add(
    "counterfactual",
    "finding",
    "If the duty worker had rung the school back that afternoon, Child D would not have gone home to an empty flat.",
    "Had the ward sister read the previous admission notes, the pattern of injuries would have been plain.",
    "If the housing officer had passed on the neighbour's complaint, the police would have attended before the weekend.",
    "Had the probation officer checked the address against the children's records, the risk to the baby would have been identified in August.",
    "If a single agency had put the three attendances together, the neglect would have been recognised months earlier.",
    "Had the strategy meeting taken place within the week, Child F would not have spent a further month in the household.",
    "If the interpreter had been booked, the mother's account of the assault would have been heard in full.",
    "Had the dentist reported the untreated decay, the family's circumstances would have come under scrutiny much sooner.",
    "If the nurse had weighed the twins at each visit, their faltering growth would have been picked up by the spring.",
    "Had the youth offending worker asked about the knife, the exploitation would in all likelihood have been uncovered.",
    "If children's social care had taken the anonymous call seriously, the boys would not have been left with the uncle.",
)
add(
    "counterfactual",
    "kpe",
    "A check of the police national computer would have disclosed the partner's two previous convictions for violence.",
    "Had the clinic chased the missed scan, the fracture would have been found while it was still healing.",
    "If the GP practice had coded the domestic abuse disclosure, every later clinician would have seen it.",
    "Had the foster carer's concerns been escalated, Child H would not have returned to his father's care that summer.",
    "If the teacher had looked inside the lunch box, the hunger would not have gone unnoticed for a whole term.",
    "One conversation with the older sister would have brought the abuse to light.",
    "Had someone from the team visited unannounced, they would not have been shown only the tidy front room.",
    "If only the emergency department had shared the attendance, the health visitor would have known about the burn.",
    "Had the manager read the case notes, she would have realised that nobody had seen the baby for seven weeks.",
)
add(
    "imagined_better",
    "finding",
    "An alert practice nurse would have queried why the immunisations were never given.",
    "Any social worker worth their salt would have asked to see where the children slept.",
    "A more inquisitive officer would not have accepted the father's explanation of the noise.",
    "In the hands of a seasoned child protection chair, the conference would have reached a different decision.",
    "A paediatrician with safeguarding expertise would have recognised the bruising pattern immediately.",
    "Most experienced teachers would have spotted the signs of grooming in the messages.",
    "What the case required was a worker confident enough to challenge the grandfather.",
    "A better-trained call handler would have graded the call as an emergency.",
    "Someone with real experience of neglect cases would have seen the state of the kitchen for what it was.",
    "A competent manager would never have allowed the case to stay unallocated for six weeks.",
    "The family needed a practitioner who would persist, and they did not get one.",
    "A curious health visitor would have wondered why the father always answered for the mother.",
    "Had the case been held by a more experienced practitioner, the drift would have been avoided.",
    "Any reasonable professional in her position would have made a referral that day.",
)
add(
    "moralising",
    "finding",
    "Pressure of work does not excuse the failure to read the referral.",
    "The nurse had a clear responsibility to share the disclosure and chose not to.",
    "It is simply unacceptable that a baby was left unseen for two months.",
    "The officers owed Child L a proper investigation.",
    "No amount of staffing pressure can justify closing the case without a visit.",
    "There can be no excuse for ignoring a teacher's written concern.",
    "The agency must answer for its decision to close the referral.",
    "It was the manager's job to notice the drift, and she did not.",
    "The school cannot shelter behind its attendance policy.",
    "Such a delay is inexcusable in a case involving a newborn.",
    "The duty to protect Child V rested squarely with the local authority, which neglected it.",
    "The practice fell well below the standard that Child E was entitled to expect.",
    "Being busy is never a reason to leave a child unseen.",
    "The children were badly let down by every agency involved.",
)
add(
    "modal_adverb",
    "kpe",
    "The midwife should, without question, have referred the mother to the perinatal team.",
    "The registrar must certainly have seen the old fractures on the X-ray.",
    "The officer could quite easily have spoken to the children in another room.",
    "The team manager should undoubtedly have convened a strategy discussion.",
    "The GP ought, at the very least, to have asked about the father.",
    "The nurse would surely have noticed that the baby was cold.",
    "Staff should obviously have checked the records before the visit.",
    "The school should also have informed social care the same day.",
    "The social worker could so easily have asked to see the bedroom.",
    "The worker must, by then, have known about the partner.",
    "Police should really have treated the call as domestic abuse.",
    "The hospital should plainly have kept the baby in overnight.",
    "The health visitor could readily have checked with the GP.",
    "The practitioners must have realised that the story kept changing.",
)
add(
    "intensified_inadequacy",
    "finding",
    "The assessment did not look sufficiently at the father's history.",
    "The plan was never specific enough to be measured.",
    "Supervision did not challenge the worker's optimism strongly enough.",
    "The enquiries made by the police were insufficiently thorough.",
    "The health visitor gave too little attention to the mother's low mood.",
    "The core group did not meet often enough to keep track of the children.",
    "The school's response was not nearly robust enough.",
    "Information was not shared quickly enough between the hospital and the GP.",
    "Risk was not analysed in sufficient depth.",
    "The decision to step down was made without adequate scrutiny.",
    "Not enough was done to find out who the visitor was.",
    "The agencies' engagement with the father was minimal and inadequate.",
    "The visits were too infrequent to give any real picture of the home.",
    "The chronology was sketchy and the analysis shallow.",
)
add(
    "classic",
    "finding",
    "The social worker missed a clear opportunity to speak to the child alone.",
    "It should have been obvious that the mother could not cope.",
    "The police neglected to check the partner's history.",
    "Child S's death was entirely foreseeable.",
    "This was poor practice by the duty team.",
    "The warning signs were ignored.",
)
add(
    "negated_blame",
    "finding",
    "It is not the view of this review that the health visitor should have foreseen the injury.",
    "None of this is a criticism of the individual nurse, who acted as her training required.",
    "The delay was not the fault of the duty worker but of a rota with no cover.",
    "We do not suggest that the school failed Child D; its system gave it no way to know.",
    "There is no indication that any practitioner neglected their duties.",
    "The review does not find that the police response was inadequate.",
    "It would be unfair to say that the GP missed the signs, given what she was shown.",
    "The panel is clear that no individual is to blame for the gap in the records.",
    "This finding is not about poor practice by one team.",
    "Nobody ignored the concerns; they went to an inbox that nobody was assigned to.",
    "It would be a mistake to read this as a failure of the midwife.",
    "The officers could not reasonably have known about the earlier incident.",
    "Far from neglecting the family, the worker visited eleven times in six weeks.",
    "Rather than asking why the nurse did not refer, the review asks what made a referral seem unnecessary.",
)
add(
    "methodology",
    "methodology",
    "The review has tried to resist hindsight bias by asking what was known at each point.",
    "Knowing the outcome makes earlier decisions look worse than they were, and the panel has guarded against this.",
    "Counterfactual reasoning about what might have prevented the death is avoided in this report.",
    "We set aside the question of whether the injury could have been foreseen.",
    "The methodology does not look for individual failings but for patterns in the system.",
    "Practitioners were interviewed about what made sense to them at the time, not about what they should have done.",
    "Hindsight can make a series of events look like an obvious path to harm.",
    "The learning events were designed to avoid apportioning blame.",
    "Outcome bias leads reviewers to judge a decision by its result rather than by its quality.",
    "Throughout, the reviewers have tried not to judge practice against an imagined ideal practitioner.",
    "The terms of reference asked the review to look at systems, not to decide who failed.",
    "It is easy with hindsight to see the missed appointments as a warning.",
)
add(
    "quotation",
    "conversation",
    'The father told the panel, "The social worker should have listened to me."',
    "“Nobody did their job,” the grandmother said at the family meeting.",
    "The newspaper headline read “Council failed little Child R”.",
    "In her statement, the teacher wrote that she “should have pushed harder” for a referral.",
    "The mother said the police had let her down.",
    "The coroner's report stated that the delay was inexcusable.",
    "According to the aunt, the health visitor never once asked to see the baby.",
    "One practitioner reflected that she could easily have asked more questions.",
    "The family's solicitor argued that any competent social worker would have removed the children.",
    "“If anyone had listened, he'd still be here,” his sister told us.",
    "Child W described the school as “useless” and said nobody cared.",
    "The judge held that the local authority had failed to follow its own procedures.",
)
add(
    "factual_exception",
    "narrative",
    "Child B missed three dental appointments in the spring.",
    "The upload of the referral failed because of a server fault.",
    "If the family had stayed in the area, Child N would have started at the village school in September.",
    "By the time of the review, Child G would have been six years old.",
    "The procedure states that staff should record every contact within 24 hours.",
    "Should the court grant the order, the children will move to their grandparents.",
    "The mother could have collected the prescription at any local pharmacy.",
    "The father failed his driving test twice that year.",
    "The baby was diagnosed with failure to thrive in March.",
    "The house was poorly heated and damp.",
    "Child J was reported as a missing person four times.",
    "The social worker clearly recorded the mother's wish for help.",
    "The family had not had enough money for food since the benefit was stopped.",
    "Had she stayed in the refuge, the mother would have been entitled to legal aid.",
)
add(
    "systemic",
    "finding",
    "The two record systems could not exchange alerts, so each agency saw only its own contacts.",
    "Locum doctors had no access to the safeguarding notes in the practice system.",
    "Caseloads in the team averaged thirty children, twice the recommended level.",
    "The referral form had no field for other adults living in the household.",
    "Health visitors were told to prioritise new births, leaving little time for older children.",
    "The out-of-hours service did not receive the daytime team's case notes.",
)
add(
    "recommendation",
    "recommendation",
    "The partnership should ensure that every referral is acknowledged within one working day.",
    "Agencies must agree a shared threshold for escalating unseen babies.",
    "Health and social care should consider joint training on bruising in non-mobile babies.",
    "The local authority ought to review how unallocated cases are monitored.",
    "Managers should have access to a weekly list of children not seen for a month.",
    "The panel recommends that schools be told of every domestic abuse notification.",
)
add(
    "neutral",
    "narrative",
    "The health visitor saw the baby at home on 4 May and recorded her weight.",
    "Child K moved to a new school in January.",
    "The police attended the address and spoke to both parents.",
    "A strategy discussion was held on 12 June with health, police and social care.",
    "The nurse made a referral to children's social care the same day.",
    "The mother attended all her antenatal appointments.",
)

JUDGEMENTAL = {
    "classic",
    "counterfactual",
    "imagined_better",
    "moralising",
    "modal_adverb",
    "intensified_inadequacy",
}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "tune_w3.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for number, (kind, source, text) in enumerate(S, 1):
            row = {
                "id": f"w3_{number:03d}",
                "text": text,
                "judgemental": kind in JUDGEMENTAL,
                "kind": kind,
                "source": source,
            }
            if kind == "quotation":
                row["quotation"] = True
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(S), "sentences,", sum(k in JUDGEMENTAL for k, _s, _t in S), "judgemental")
