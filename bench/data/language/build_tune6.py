"""Tuning set `tune6.jsonl`: written by helper i14-wording6 on 4 December 2026 after reading the
rules for tuners, the README of these sets and the benchmark, before reading the check's rules
or changing any of them in that round. It stresses the kinds issue 14 part 2 names as missed
and the hard negatives, in varied sentence structures and in situations the earlier sets use
little (housing officers, sports coaches, emergency triage, speech and language therapy,
probation address checks, nurseries, transfers between areas). No held-out file was opened to
write it. Nine first-draft sentences that reached a content-word overlap of 0.40 or more
with a held-out-4 or held-out-5 sentence (`check_set.py`, only this set's ids shown), and seven
that did so with a held-out 1-3 sentence (same measure, only this set's ids and scores shown),
were replaced by new sentences on other situations."""
# ruff: noqa: E501

from sets import write_set

S: list[tuple[str, str, str]] = []


def add(kind: str, source: str, *texts: str) -> None:
    for text in texts:
        S.append((kind, source, text))


add(
    "counterfactual",
    "finding",
    "If the housing officer had passed on the neighbour's complaint, the children would not have spent another winter in that flat.",
    "Had the triage nurse looked beyond the sprained wrist, the earlier fractures would have come to light.",
    "Had the nursery manager rung the duty desk that morning, Child D would not have gone home to his father.",
    "If only the drug and alcohol worker had mentioned the baby, the pre-birth assessment would have started in time.",
    "Had the probation officer checked the address, the risk the lodger posed would have been plain months before the assault.",
    "If the youth worker had followed up the missing episodes, the grooming would have been uncovered much sooner.",
    "A single phone call to the school would have exposed the mother's account as untrue.",
    "Had the sports coach's concern reached the designated officer, the abuse would have stopped that summer.",
    "The harm to Child F would have been avoided if the speech and language therapist had shared what the boy said.",
    "Without the delay in allocating the case, Child T would not have suffered a further eight months of neglect.",
    "If the ambulance crew had made a safeguarding referral, Child N would be alive today.",
    "Had the transfer-in conference taken place on time, the new area would have known about the risk from the uncle.",
    "If the health visitor had weighed the baby at the second visit, the faltering growth would have been caught before admission.",
    "Any check of the police database would have turned up his previous conviction for assault.",
    "Had the children's centre acted on the missed sessions, the family would not have disappeared from view.",
)
add(
    "imagined_better",
    "finding",
    "A more tenacious housing officer would have insisted on seeing inside the children's bedroom.",
    "Any paediatrician worth the name would have questioned a fracture in a non-mobile baby.",
    "A seasoned child protection chair would not have let the conference end without a plan for the unborn baby.",
    "A keener eye on the part of the dental nurse would have picked up the untreated decay as neglect.",
    "Practitioners with proper training in coercive control would have read the situation very differently.",
    "Under a more assertive team leader, the plan to step the family down to early help would have been questioned.",
    "An alert receptionist would have spotted that the same child had been booked and cancelled five times.",
    "Colleagues in a better-run team would have picked up the referral within the day.",
    "A probation officer doing the job properly would have asked whether children lived at the address.",
    "The situation called for a social worker with far more courage than the one allocated.",
    "Other nurseries would have reported the bruising at once.",
)
add(
    "moralising",
    "finding",
    "Being short-staffed cannot excuse a three-week delay in seeing a child at risk.",
    "The out-of-area placement team had an obligation to the boy that it plainly ignored.",
    "Nothing can justify the decision to return Child B to his father's care.",
    "The agencies involved owed Child S far more than they gave him.",
    "Pointing to the new computer system does not absolve the service of its responsibility for the lost referral.",
    "The children were let down by every service that was meant to protect them.",
    "It is indefensible that the school did nothing after the second disclosure.",
    "Professionals have a duty to see the child, and that duty was simply not met here.",
    "The health board must answer for its decision to withdraw the service.",
    "That a teenager was left to sleep in a police station is a disgrace.",
    "The manager cannot shelter behind the absence of a written policy.",
)
add(
    "modal_adverb",
    "kpe",
    "The triage nurse should certainly have asked how the burn happened.",
    "The speech and language therapist could quite easily have told the class teacher what the boy had said.",
    "The teacher must undoubtedly have noticed how thin Child V had become.",
    "The duty manager ought, at the very least, to have rung the family the next day.",
    "The housing officer would surely have seen the state of the kitchen.",
    "The GP might reasonably have been expected to examine the baby fully.",
    "The consultant should, without question, have ordered a skeletal survey.",
    "The school could so readily have made a referral when the boy first disclosed.",
    "The youth offending worker should obviously have wondered how a fifteen-year-old paid for two new phones.",
    "The midwife must have known that the father had a history of violence.",
    "Staff should really have escalated the concern once the third injury appeared.",
)
add(
    "intensified_inadequacy",
    "finding",
    "The pre-sentence report did not sufficiently weigh the stepfather's access to the younger children.",
    "The school's response was not nearly robust enough.",
    "The plan was insufficiently focused on the baby's needs.",
    "The risks posed by the lodger were not explored thoroughly enough.",
    "Too little attention was paid to what Child E said at school.",
    "The nursery did not do nearly enough to find out why the child was absent.",
    "The core group's scrutiny of the mother's drinking was woefully inadequate.",
    "The visits were too brief to give any real sense of the child's daily life.",
    "The home safety check by the family support worker was nowhere near thorough enough.",
    "The hospital failed to adequately assess the sibling's safety.",
    "The chronology was compiled in a cursory and superficial way.",
)
add(
    "classic",
    "finding",
    "This was a missed opportunity to protect Child L.",
    "The signs of neglect were obvious and should never have been ignored.",
    "The probation service failed to share the risk assessment.",
    "It was entirely predictable that the baby would be harmed again.",
)
add(
    "negated_blame",
    "finding",
    "The review does not find that the housing officer should have acted differently; the complaints system gave her no route to children's services.",
    "This is not a story of individual failure but of a referral form that did not ask about children in the household.",
    "It would be unfair to say the triage nurse missed the earlier fractures, since the emergency department could not see the other hospital's X-rays.",
    "None of this is intended to criticise the nursery staff, who followed the absence procedure they had been given.",
    "The panel did not conclude that any practitioner was to blame; the delay arose from how cases were allocated across two teams.",
    "Nobody at the sports club can fairly be said to have ignored the warning signs, since the club had no designated officer at all.",
    "Rather than asking who failed to act, the review asks why the information sat in a queue for six weeks.",
    "It is not the case that the GP ignored the disclosure; the practice had no way of flagging it to the school.",
    "The finding is about the design of the transfer process, not about the conduct of either social worker.",
    "It would be wrong to say the youth worker should have known about the grooming, as the exploitation screening tool was not in use in that service.",
    "The midwife was not negligent: the booking system did not show that the father was known to police.",
    "There is no suggestion that the probation officer neglected her duties; the address check relied on a database the service could not access.",
)
add(
    "methodology",
    "methodology",
    "The review deliberately avoids judging decisions by what happened afterwards.",
    "Hindsight bias makes the outcome seem foreseeable, so the panel looked at what practitioners knew on each day.",
    "We tried to understand why each action made sense to the people involved at the time.",
    "The methodology guards against counterfactual reasoning of the kind that asks what would have happened if someone had acted differently.",
    "The panel worked from the records as they stood at each point, not from the final outcome.",
    "Practitioners were interviewed in conversations that aimed to learn, not to apportion blame.",
    "The systems approach looks for the conditions that made good practice difficult rather than for individuals at fault.",
    "Knowing how the story ended, it is tempting to see every missed appointment as a warning; the panel resisted that temptation.",
    "Where this report says a risk was not identified, it describes what the records show, not a judgement on anyone.",
    "The panel asked what a practitioner could reasonably have known with the information available then.",
    "Findings are framed as questions for the partnership rather than as criticisms of staff.",
    "The review recognises that it is easy to say afterwards that the risk should have been spotted.",
)
add(
    "quotation",
    "conversation",
    'Writing to the panel, the foster carer said the agency had "abandoned" her and the boy.',
    'According to the father, the school "failed them at every turn".',
    'One newspaper headline read: "Council blunders left boy to die".',
    'The mother said the health visitor "should have noticed he wasn\'t feeding".',
    'In her statement the aunt described the GP\'s response as "a complete disgrace".',
    'The judge remarked that the local authority "ought to have acted far sooner".',
    'The youth worker recalled thinking, "I could have done more for him."',
    'Child H\'s brother said the police "never listened to anything we said".',
    'The inquest heard the neighbour say that "anyone could see those children were starving".',
    'A teacher told the panel she felt "the system let him down, not any one person".',
    'The father\'s solicitor wrote that the conference decision was "wholly unjustified".',
)
add(
    "factual_exception",
    "narrative",
    "Child W missed three appointments with the orthodontist in the spring.",
    "Had the family stayed in the area, Child C would have started at the local primary school in September.",
    "The procedure says that staff should complete the body map the same day.",
    "Child Q was admitted with failure to thrive at eleven weeks.",
    "The mother failed her driving theory test twice that year.",
    "If a child is not brought to two appointments, the clinic writes to the GP.",
    "Child Y would have been fourteen months old at the time of the second visit.",
    "The locksmith could have fitted the new door the following day, but the landlord refused.",
    "The school's system failed to send the attendance letter because of a software fault.",
    "Should a strategy discussion be needed out of hours, the duty manager convenes it.",
    "The social worker clearly recorded the child's wishes in the assessment.",
    "The uncle lacked the capacity to make decisions about his own care.",
)
add(
    "recommendation",
    "recommendation",
    "The partnership should ensure that housing officers can make referrals directly to the front door.",
    "Emergency departments ought to be able to see X-rays taken at other hospitals.",
    "The safeguarding board must review how cases transfer between areas by June 2027.",
    "Training for sports coaches should include how to pass on concerns to the designated officer.",
    "Probation and children's services should agree a shared address check.",
    "Commissioners should publish a single escalation route for dentists by the spring.",
    "Nurseries should be reminded of the absence procedure for children on a child protection plan.",
)
add(
    "neutral",
    "narrative",
    "The health visitor weighed the baby and plotted the result on the growth chart.",
    "The social worker visited the home on 12 March and spoke to Child G alone.",
    "The nursery key worker completed a body map and gave a copy to the manager at lunchtime.",
    "The youth worker arranged for Child Z to attend a boxing club twice a week.",
    "The housing officer arranged for the boiler to be replaced before the winter.",
    "Child D told his teacher that he liked his new bedroom.",
)
add(
    "systemic",
    "finding",
    "The two hospitals used different record systems that could not share images.",
    "Vacancies in the team meant that cases waited an average of five weeks for allocation.",
)

# Rows t6_126-t6_185, written after the first round of rule changes (tune 6 at 100.0 / 0.0) and
# before the second, to probe structures the first 125 lack; no held-out figure was read
# between the rounds. Two that reached 0.40 with a held-out sentence were replaced.
add(
    "counterfactual",
    "finding",
    "Child K would not have spent a night alone in the flat if anyone had checked where her mother was.",
    "A referral to the MARAC at that point would almost certainly have protected the family.",
    "Had the receptionist flagged the third cancelled appointment, the neglect would have surfaced by the spring.",
    "If the paramedics had told the GP about the burns, the pattern would have been obvious to everyone.",
    "Had the two teams spoken to each other, Child U need not have died.",
    "With one more visit before Christmas, the risk from the uncle would have been plain.",
    "If the CAMHS worker had phoned the school, the self-harm would have been picked up weeks sooner.",
    "The boy's injuries could have been prevented had the fostering team acted on the carer's warning.",
)
add(
    "imagined_better",
    "finding",
    "A GP worth their salt would have examined the baby undressed.",
    "Someone more senior would have seen the pattern straight away.",
    "An experienced duty manager would never have closed the case on the strength of one phone call.",
    "A better-trained call handler would have sent an ambulance rather than advising the mother to wait.",
    "Practitioners elsewhere routinely ask these questions, yet nobody here did.",
    "In a properly run service, the referral would have been allocated the same day.",
)
add(
    "moralising",
    "finding",
    "It beggars belief that the baby was discharged to a home with no heating.",
    "The agencies had every opportunity and every obligation to act, yet did nothing.",
    "Busy though the team was, that is no reason to leave a disclosure unanswered for a month.",
    "There is simply no defence for the decision to return the girl to her stepfather.",
    "The probation service must own its part in what happened to Child E.",
    "Child O's welfare was supposed to be paramount, and it was not.",
)
add(
    "modal_adverb",
    "kpe",
    "The housing officer should, on any view, have told children's services.",
    "The registrar could very easily have asked for a second opinion.",
    "The school must by then have realised that something was badly wrong.",
    "The social worker ought surely to have questioned the grandmother's account.",
    "The ward staff would certainly have heard the argument that night.",
)
add(
    "intensified_inadequacy",
    "finding",
    "The safety plan lacked sufficient detail to be of any use to the family.",
    "The risk assessment was nowhere near rigorous enough for a baby with a fracture.",
    "Nowhere near enough effort went into finding the baby's birth father.",
    "The enquiries made by the school were too limited to establish where the girl was living.",
    "Supervision gave the case insufficient scrutiny over eighteen months.",
)
add(
    "negated_blame",
    "finding",
    "None of the practitioners could have known that the uncle had moved back in.",
    "The panel is clear that the delay was not the fault of the duty team, which had no one to allocate the case to.",
    "It is not our view that the GP should have examined the baby; the appointment was for the mother.",
    "This should not be read as criticism of the paramedics, who followed the triage protocol.",
    "Nobody ignored the school's email; it went to a shared inbox that no one was monitoring.",
    "The review found no evidence that the health visitor failed to follow procedure.",
    "Far from being careless, the registrar sought a second opinion twice.",
    "Blaming the receptionist would miss the fact that the booking system hid cancelled appointments.",
)
add(
    "methodology",
    "methodology",
    "The review has tried not to judge practitioners by information they did not have.",
    "Reviewers are prone to hindsight bias, which can make a missed sign look inexcusable.",
    "Counterfactual questions, such as whether a referral would have changed the outcome, cannot be answered with confidence.",
    "The panel set aside the question of who should have acted and asked what got in the way.",
    "We deliberately did not ask practitioners what they would have done differently.",
    "Looking back, the injuries can seem to form an obvious pattern, but they were seen by different people months apart.",
    "The learning is about the system, so the report does not name individual workers.",
)
add(
    "quotation",
    "conversation",
    'The foster carer said she "should never have been left to cope alone".',
    "In the grandfather's words, the agencies 'did nothing for years'.",
    'A local paper called the case "a catalogue of failures".',
    'In his interview the lodger claimed the youth worker "could easily have put a stop to it".',
    "The mother believes that the school should have noticed her son was being bullied.",
    'The coroner recorded that the hospital had "missed an opportunity to admit".',
)
add(
    "factual_exception",
    "narrative",
    "Had Child B been born at term, he would have been discharged within a few days.",
    "If the mother had moved to the refuge, the children would have changed school.",
    "The protocol states that a child who is not brought to three appointments must be discussed with the safeguarding lead.",
    "The car failed its MOT, so the family could not attend the clinic in town.",
    "The father could have been at work that afternoon; the rota was not kept.",
)
add(
    "recommendation",
    "recommendation",
    "The board should consider whether call handlers need safeguarding training.",
    "Agencies ought to agree how shared inboxes are monitored by the end of the year.",
)
add(
    "neutral",
    "narrative",
    "The paramedics took Child F to hospital and handed over to the triage nurse.",
    "The registrar discussed the X-ray with the consultant on the telephone.",
)

# Rows t6_186 onwards, written after the second round of rule changes (tune 6 at 100.0 / 0.0)
# and before the third, in more varied structures; no held-out figure was read in between.
# One that reached 0.40 or more with a held-out sentence was replaced.
add(
    "counterfactual",
    "finding",
    "But for the decision to close the case, Child J would have stayed on the health visitor's caseload.",
    "Child S would still be with us had the school shared its concerns.",
    "Were the referral to have been acted on, the abuse might never have begun.",
    "An earlier strategy meeting would have spared Child N months of harm.",
    "Had the locum read the discharge letter, she would have known the baby had a previous fracture.",
    "If the nurse had weighed him, she would have seen that he was losing weight.",
    "A simple check with the police would have shown that the boyfriend was a registered sex offender.",
    "The assault would never have happened if probation had shared the address.",
)
add(
    "imagined_better",
    "finding",
    "A social worker who knew the family better would have seen through the mother's story.",
    "More experienced staff would have escalated the concern to a manager.",
    "Any reasonable professional would have questioned why the baby was never brought to clinic.",
    "Had a more senior doctor been on duty, the fracture would have been investigated.",
    "Most health visitors would have recognised the signs of post-natal depression.",
    "A team with a stronger grip on its caseload would have noticed the drift.",
)
add(
    "moralising",
    "finding",
    "The children deserved far more from the professionals around them.",
    "There can be no excuse for going six months without a visit.",
    "It is unacceptable that a disclosure of abuse went unrecorded.",
    "The local authority has to answer for the drift in this case.",
    "It was the school's job to refer, and it did not do so.",
    "The absence of a manager is no justification for the delay.",
)
add(
    "modal_adverb",
    "kpe",
    "The GP should at the very least have asked who the baby's father was.",
    "The nurse could quite reasonably have been expected to check the records.",
    "Staff must clearly have been aware of the danger.",
    "The worker should undoubtedly have visited sooner.",
    "The police could, and should, have acted on the first call.",
)
add(
    "intensified_inadequacy",
    "finding",
    "The speech therapist's worries about the boy's bruised ears were given scant weight at the core group.",
    "The assessment was not thorough enough to identify the risk.",
    "The visits were neither frequent enough nor long enough to see the child properly.",
    "The plan did not adequately address the mother's drinking.",
    "Information was not shared quickly enough between the agencies.",
)
add(
    "negated_blame",
    "finding",
    "It would be too easy to say that the nurse should have weighed him; the scales were broken.",
    "There is no suggestion that any agency acted carelessly.",
    "No single practitioner could have seen the whole picture.",
    "The school did not fail to refer; the referral was lost in transit.",
    "The review does not consider that the delay was the fault of the health visitor.",
    "Nobody was at fault for the lost letter, which was sent to an old address.",
)
add(
    "methodology",
    "methodology",
    "Knowing the outcome, it is easy to list what might have been done differently, but this review tries to understand what was known at the time.",
    "The panel considered whether earlier action could have changed the outcome, and concluded it could not be known.",
    "Counterfactual thinking, such as 'if only the GP had referred', is avoided throughout this report.",
    "We have not sought to identify who was to blame.",
    "This report does not set out what practitioners should have done.",
    "Hindsight can make the risk seem obvious.",
)
add(
    "quotation",
    "conversation",
    "The mother told the panel that the school 'should have done something'.",
    'Her sister wrote: "They all failed her."',
    "According to the father, the police ignored his calls.",
    "The headteacher felt the social worker had not listened.",
    "The grandmother said that, had anyone listened to her, Child S would still be alive.",
)
add(
    "factual_exception",
    "narrative",
    "If the referral is accepted, an assessment must begin within ten working days.",
    "The baby would have been six weeks old at the time of the visit.",
    "Staff should record all injuries on a body map.",
    "The mother missed the bus and arrived late for the conference.",
    "Had the weather been better, the family would have gone to the park.",
    "The social worker could have been reached on her mobile that afternoon.",
)
add(
    "recommendation",
    "recommendation",
    "The partnership should ensure that locums can read discharge letters.",
    "Managers must review drift in cases open longer than a year.",
)
add(
    "systemic",
    "finding",
    "The discharge letter went to the GP practice by post and took nine days to arrive.",
    "The team carried three vacancies throughout the period under review.",
)

# Rows t6_243 onwards, written after the third round of rule changes (tune 6 at 100.0 / 0.0)
# and before the fourth, weighted to hard negatives; no held-out figure was read in between.
# One that reached 0.40 or more with a held-out sentence was replaced.
add(
    "counterfactual",
    "finding",
    "Had somebody simply picked up the phone, the family's move would have been known the same week.",
    "If the registrar had looked at the old X-rays, the abuse would have been obvious.",
    "A thorough search of the records would have revealed the earlier injury.",
    "Child V might be alive today if the ambulance had been sent.",
    "The fracture would not have been missed had the baby been undressed.",
)
add(
    "imagined_better",
    "finding",
    "A competent assessment would have picked up the risk from the older brother.",
    "A more sceptical officer would not have accepted the boyfriend's account.",
    "Any social worker in that position would have demanded to see the child.",
    "What the case needed was someone prepared to knock on the door.",
    "In more experienced hands, the referral would have gone straight to a strategy discussion.",
)
add(
    "moralising",
    "finding",
    "There was a clear duty to act, and it was ignored.",
    "This is a case where professionals simply did not do their jobs.",
    "No amount of workload pressure excuses leaving a baby unseen.",
    "It was unforgivable to leave the children in that house.",
)
add(
    "modal_adverb",
    "kpe",
    "The nurse should, without doubt, have rung the GP.",
    "The team could surely have found an interpreter.",
    "The health visitor must surely have seen the marks.",
)
add(
    "intensified_inadequacy",
    "finding",
    "The enquiries were far too narrow to uncover the abuse.",
    "The hospital's response lacked the urgency the situation demanded.",
    "The youth worker's reports of the boy going missing at night were not followed up with anything like enough urgency.",
)
add(
    "negated_blame",
    "finding",
    "It is not the case that the nurse should have known; the records were held elsewhere.",
    "Nothing in the records suggests that anyone ignored the concern.",
    "There was no failure to act by the school: the referral was made the same morning.",
    "The panel does not believe the registrar could have known about the earlier injury.",
    "None of the agencies had a way to see the others' records.",
    "No criticism is made of the ambulance crew, who followed the protocol.",
    "It would be unfair to say the housing officer failed the children.",
)
add(
    "methodology",
    "methodology",
    "The review asks what made sense to practitioners at the time, not what they should have done.",
    "Outcome bias can make an ordinary decision look reckless.",
    "We have tried to avoid the language of failure.",
    "It is tempting to ask who should have acted, but that question teaches little.",
    "Phrases such as 'failed to' and 'should have' are avoided in this report.",
    "The review considered whether the school could have known sooner.",
)
add(
    "quotation",
    "conversation",
    "The aunt's view was that the social worker had let the family down.",
    "Child T told his teacher that nobody cared about him.",
    "In the mother's account, the health visitor ignored her.",
    "The consultant accepted that she should have asked for a skeletal survey.",
    'The press release said the trust had "failed in its duty".',
    "The father argued that the police had been negligent.",
)
add(
    "factual_exception",
    "narrative",
    "The baby failed the newborn hearing test and was referred to audiology.",
    "If a parent does not attend, the clinic sends a second letter.",
    "The child protection plan should have ended in May, but the conference extended it.",
    "Had the mother agreed, the child would have been placed with her aunt.",
    "The social worker was clearly upset when she described the visit.",
    "The boy was not brought to his dental appointment.",
)
add(
    "recommendation",
    "recommendation",
    "The partnership should make sure that X-rays can be shared between the two hospitals.",
    "Agencies must agree a single way of recording who lives in the household.",
)
add(
    "systemic",
    "finding",
    "The ambulance arrived eleven minutes after the call.",
    "The records system showed only the last three contacts.",
    "Cases transferred between areas often arrived without a chronology.",
)

# Rows t6_293 onwards, written after the fourth round of rule changes (tune 6 at 100.0 / 0.7)
# and before the fifth, mostly hard negatives; no held-out figure was read in between.
add(
    "classic",
    "finding",
    "It is hard to see how the nurse could have missed such an obvious injury.",
    "The decision not to visit was a serious error.",
    "There was simply no good reason for the delay.",
    "The panel finds that the hospital let Child M down.",
)
add(
    "counterfactual",
    "finding",
    "A moment's thought would have told the officer that the child was at risk.",
    "A basic check would have shown the father was in prison.",
)
add("modal_adverb", "kpe", "Plainly, the GP ought to have referred.")
add("moralising", "finding", "The midwife had every reason to ask, and did not.")
add(
    "imagined_better",
    "finding",
    "This family needed a worker who would not take no for an answer.",
)
add("intensified_inadequacy", "finding", "The assessment barely scratched the surface.")
add(
    "negated_blame",
    "finding",
    "It cannot be said that the GP ignored the mother's concern; the letter never reached her.",
    "This is not to say that the midwife should have done more.",
    "Few would argue that the nurse was at fault.",
    "There is nothing to indicate that the officer ignored the call.",
    "That is not a criticism of the school nurse, whose caseload had doubled.",
    "This was not negligence but a gap in the pathway between the two hospitals.",
    "It is unlikely that any practitioner could have predicted the assault.",
    "The GP cannot be blamed for a letter that was filed under the wrong name.",
    "No blame attaches to the nursery, which followed its absence procedure.",
    "Responsibility for the gap did not lie with any one person.",
)
add(
    "methodology",
    "methodology",
    "A central principle of the systems model is to resist hindsight bias.",
    "The question is not who failed, but why the system made failure likely.",
    "Practitioners were asked what they would have needed to act differently.",
    "The report uses the phrase 'missed opportunity' only where practitioners themselves used it.",
    "This section examines whether the outcome was predictable from what was known at the time.",
    "Counterfactuals of the 'if only' kind are tempting but unreliable.",
)
add(
    "quotation",
    "conversation",
    "'I should have pushed harder,' the health visitor told us.",
    "The boy's father shouted that the school had failed his son.",
    "The 2015 serious case review concluded that agencies had failed to share information.",
    "The inspection report described the front door's practice as inadequate.",
    "The mother wrote in her statement that nobody had listened.",
    "He said he felt let down by everyone.",
)
add(
    "factual_exception",
    "narrative",
    "Child L missed the first week of term because of chickenpox.",
    "The mother said that, had the clinic been open on Saturday, she would have attended.",
    "Under the old arrangements, a referral like this would have gone to the duty team.",
    "The baby must have been born at around 34 weeks.",
    "The registrar could have been any of three doctors on the rota.",
    "The file was clearly marked as confidential.",
    "The inadequate housing was damp and overcrowded.",
    "The school failed an inspection in 2019 and had a new head by the spring.",
    "The fridge was empty and the heating had failed.",
)
add(
    "recommendation",
    "recommendation",
    "Practitioners should be supported to challenge each other.",
    "The ICB must ensure that GPs can see the child protection plan.",
    "Managers should have access to a list of unallocated cases by April.",
)
add(
    "neutral",
    "narrative",
    "The nurse weighed the baby and found he had gained 200 grams.",
)


def main() -> None:
    write_set("tune6", "t6", S)


if __name__ == "__main__":
    main()
