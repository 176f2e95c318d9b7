# ruff: noqa: E501  (hand-written sentences: one per line)
import json

S = []


def add(kind, source, *texts):
    for t in texts:
        S.append((kind, source, t))


# ---- counterfactual (no "should")
add(
    "counterfactual",
    "finding",
    "Had the health visitor weighed Child P at the October contact, the weight loss would have been evident weeks before the admission.",
    "If the GP had asked who else lived in the flat, the mother's new partner would have come to light in the spring.",
    "Had anyone spoken to the young carer alone, the extent of his mother's drinking would have been known to the school.",
    "If the referral had been made on the Friday, the baby would not have been sleeping on the sofa that weekend.",
    "A phone call to the previous authority would have revealed the earlier sexual abuse allegation against the stepfather.",
    "Had the private fostering arrangement been notified, an assessment would have found that the aunt had no bed for the child.",
    "If the school had checked the unexplained absences against police intelligence, the county lines involvement would have emerged by March.",
    "Were the age assessment completed promptly, the young person would not have been placed in adult hotel accommodation.",
    "Had CAMHS accepted the second referral, Young Person R would not have been left without support during the worst months.",
    "If the paediatrician had examined the whole body, the older bruises on the back would have been found.",
)
add(
    "counterfactual",
    "kpe",
    "A home visit in the first week would have shown the state of the bedroom and the absence of food.",
    "If the social worker had looked at the phone messages, the grooming by the older man would have been apparent.",
    "Had the hospital discharge meeting included the disabled child's school, the change in his feeding regime would not have gone unnoticed.",
    "Had the midwife explored the father's cannabis use, the risk of co-sleeping after smoking would have been discussed before the birth.",
    "If the exclusion had been discussed with social care first, Child M would not have been at home with the dealers all day.",
    "With one more question about the bruise, the truth would have come out at that appointment.",
    "Had the police officer recorded the children's presence, a notification to school would have followed and the teacher would have known why Child K was distressed.",
)
add(
    "counterfactual",
    "conversation",
    "The reviewer put it to the manager that, had the case been allocated in June, the neglect would not have reached that level.",
    "If the duty manager had read the nursery's three emails together, the Kelly children would have been on a plan by the summer.",
    "Had the online safety concerns been shared with the MASH, the image sharing would have stopped months earlier.",
)

# ---- imagined better
add(
    "imagined_better",
    "finding",
    "A more experienced social worker would have recognised the pattern of disguised compliance.",
    "Any competent health visitor would have asked about the sleeping arrangements for a baby of that age.",
    "A reasonable designated safeguarding lead would have made a referral on the day of the disclosure.",
    "A more curious practitioner would have wondered why the young carer was always so tired.",
    "An experienced paediatric registrar would not have accepted the explanation of a fall from a bouncer.",
    "A more confident team manager would have challenged the decision to close the case.",
    "Most practitioners with basic training in exploitation would have seen the new trainers and phone as warning signs.",
    "A social worker who knew the guidance on private fostering would have started an assessment straight away.",
    "Any diligent GP would have followed up the missed hospital appointments for the disabled child.",
    "A housing officer with any knowledge of safeguarding would have treated seven people in a one-bedroom flat as a concern for the twins.",
    "A skilled interviewer would have obtained a fuller account from Child S at the ABE interview.",
)
add(
    "imagined_better",
    "kpe",
    "In more capable hands, the assessment of the asylum-seeking young person would have been finished in weeks, not months.",
    "A practitioner alert to the risks of parental drug use would have asked where the methadone was stored.",
    "An independent reviewing officer doing the job properly would have escalated the drift in the care plan.",
    "Someone with proper CAMHS experience would have recognised the self-harm as escalating.",
    "What was needed was a worker willing to ask difficult questions, and Child T did not have one.",
)
add(
    "imagined_better",
    "conversation",
    "The panel felt that a seasoned detective would have linked the two missing episodes to the same address.",
    "A good school nurse would have noticed that the girl's weight had fallen by a stone.",
)

# ---- moralising
add(
    "moralising",
    "finding",
    "There can be no excuse for leaving a non-verbal child without a visit for four months.",
    "Every professional around that table in February had a duty to voice the unease they later described, and each stayed silent.",
    "High caseloads cannot excuse the failure to see the baby.",
    "The decision to close the case is impossible to justify.",
    "Child D, a girl of thirteen sleeping on a mattress in the kitchen, was let down by the council, the academy and the surgery alike.",
    "It was her responsibility as the lead professional to make sure the plan happened.",
    "The lack of any response to the young carer's letter is indefensible.",
    "Sickness in the team is no justification for leaving the referral unread for eleven days.",
    "This is a shameful episode in the authority's dealings with unaccompanied children.",
    "Staff had a clear obligation to act and chose not to.",
    "Whatever the pressures on the service, it is unacceptable that nobody visited.",
    "The GP practice must accept responsibility for the loss of the letter.",
)
add(
    "moralising",
    "kpe",
    "The school cannot hide behind its exclusion policy; it had a duty to Child J.",
    "Nothing excuses the failure to tell the foster carers about the online contact.",
    "The family deserved far better than the service they received.",
)
add(
    "moralising",
    "conversation",
    "The chair said that the professionals involved had questions to answer about the neglect of Child W.",
    "The police owed the child a proper investigation and did not give him one.",
)

# ---- modal adverb
add(
    "modal_adverb",
    "finding",
    "The social worker should clearly have seen Child A alone.",
    "The triage nurse in the walk-in centre could easily have looked at the national flag on the spine record before sending the toddler home.",
    "The mother's partner must surely have been known to the police by that stage.",
    "The school would obviously have known about the online abuse if anyone had asked the child.",
    "Practitioners should certainly have recognised the risk of a shared bed.",
    "The on-call consultant could readily have arranged X-rays of the seven-week-old's ribs and limbs before agreeing to discharge.",
    "The manager ought really to have questioned the closure.",
    "The GP should undoubtedly have made a referral after the second overdose.",
    "The team should at least have sent a letter to the aunt.",
    "The worker could quite simply have rung the previous school.",
    "The health visitor must have known that the father used heroin.",
    "CAMHS could surely have offered an appointment sooner.",
)
add(
    "modal_adverb",
    "kpe",
    "The duty officer should, clearly, have opened a strategy discussion that night.",
    "The carers' centre should probably have told social care what the boy had said.",
    "The housing officer could so easily have passed on the concern about the smell of cannabis.",
    "Police would undoubtedly have found the drugs had they searched the bedroom.",
    "The designated lead should plainly have asked for the child's previous records.",
    "The assessment team should also have spoken to the private foster carer's husband.",
)

# ---- intensified inadequacy
add(
    "intensified_inadequacy",
    "finding",
    "The assessment did not sufficiently consider the impact of the mother's drinking on Child E.",
    "The plan was not robust enough to keep the children safe from the older cousin.",
    "Too little weight was given to the teacher's account of the girl's sexualised behaviour.",
    "The agencies did not do enough to understand the young carer's daily life.",
    "The risk of exploitation was insufficiently explored at the strategy discussion.",
    "Supervision of the case was too infrequent and too shallow to pick up the drift.",
    "The response to the online harm was wholly inadequate.",
    "The assessment of the private foster carers was superficial.",
    "The age assessment was carried out with insufficient care and too little regard to the young person's trauma.",
    "The team did not challenge the parents enough about the unsafe sleep advice.",
    "The enquiry into the injury was not thorough enough.",
    "The CAMHS triage gave insufficient attention to the disabled child's communication needs.",
)
add(
    "intensified_inadequacy",
    "kpe",
    "Not enough was done by anyone to learn which flats in Ashcombe the fourteen-year-old was staying in overnight.",
    "The health visitor failed to adequately explore the father's drug use.",
    "The safety plan was too vague to be of any use to the family.",
    "Professionals were far too ready to accept the mother's account of the bruising.",
    "Questioning of the father was cursory at best.",
)

# ---- classic
add(
    "classic",
    "finding",
    "The Polish-speaking social worker failed to arrange an interpreter for the grandmother at any of the four home visits in Slough.",
    "This was a missed opportunity to refer the family for an assessment.",
    "It should have been obvious that the boy was being used to carry drugs.",
    "The GP neglected to share the information with the health visitor.",
    "The hospital should never have discharged the baby home to the flat.",
    "Poor practice by the intake team meant the nursery's referral about the baby sat unread in a shared mailbox for twenty days.",
    "Given the three earlier bruises logged by the childminder, the fractured femur was entirely foreseeable.",
    "Staff showed a lack of professional curiosity about the new adult in the household.",
    "The school ought to have reported the disclosure that day.",
    "The death of Child G was predictable.",
    "There were repeated missed opportunities to protect the unaccompanied young person.",
)

# ---- systemic
add(
    "systemic",
    "finding",
    "The health visiting record and the GP record did not talk to each other, so neither professional saw the full picture of the baby's weight.",
    "The front door had three different routes for referrals, and the school's email went to an inbox that was checked weekly.",
    "Thresholds for CAMHS were set to manage waiting lists, which meant that self-harm below a certain level was routed back to the GP.",
    "The private fostering notification form was only available on the council's website in English.",
    "The out-of-hours service had no access to the children's case records, so decisions at night were taken with partial information.",
    "Workers in the asylum team carried caseloads of over thirty, and age assessments were queued behind court work.",
    "The exclusion process in the academy trust had no step at which the child's social worker was told.",
    "Young carers' assessments sat with adult services, and no one in children's services knew they had been done.",
    "The case management system closed cases automatically after forty-five days without a visit recorded, which hid the drift from managers.",
    "Training on unsafe sleep had been cut from the induction of agency health visitors.",
    "Police intelligence about the address was held in a system that partner agencies could not see.",
    "Supervision in the team focused on timescales rather than on what the child's life was like.",
    "The electronic referral form had no field for an online concern, so staff described it in free text that nobody searched.",
    "Interpreters were booked through a contract that needed five days' notice.",
    "The drug service's consent form did not ask about children in the home, so the question was rarely put.",
)

# ---- negated blame
add(
    "negated_blame",
    "finding",
    "This is not a failure of the individual social worker but of a system that gave her forty cases.",
    "It would be wrong to read this as saying the HV ought to have spotted the partner's conviction: the probation record never left probation.",
    "The review does not seek to blame the school for the exclusion.",
    "None of this means that the GP was careless; the practice had no way of seeing the hospital letter.",
    "The review has not found that any practitioner failed in their duty.",
    "Nothing in this report suggests that the response officer needed to detain the father at the scene; his powers that night were limited.",
    "The delay was not caused by any lack of commitment on the part of the team.",
    "This finding is not about who should have acted differently but about why the information did not travel.",
    "The panel did not find evidence that the foster carers were negligent.",
    "On the evidence in front of them in March, the teachers and the youth worker had no grounds to foresee the stabbing.",
    "There is no suggestion that the paediatrician missed anything that was visible at the time.",
    "The review is clear that the young person was not let down by any single practitioner.",
    "It would be unfair to say that CAMHS ignored the referral; it was triaged under the rules then in force.",
    "Rather than a missed opportunity by the school, this episode shows how little the referral route allowed.",
    "The mother was not to blame for the baby's sleeping position, and nor were the professionals who gave the advice.",
    "The review does not conclude that the police should have searched the flat.",
    "No individual is criticised in this report.",
    "The intake workers are not the story here; they worked the queue in the order the screening tool gave them.",
)

# ---- methodology
add(
    "methodology",
    "methodology",
    "Using the Learning Together approach, the lead reviewers reconstructed the local rationality of each decision from practitioners' accounts.",
    "Hindsight bias makes events look more predictable than they were, and the panel has tried to guard against it.",
    "We have avoided counterfactual statements of the form 'if only X had happened'.",
    "Outcome bias leads reviewers to judge decisions by their results; this review judges them by what was known then.",
    "Practitioners were invited to conversations in which they were asked what influenced their thinking, not what they did wrong.",
    "Seven episodes were selected with the case group for close study; selection carries no implication of error.",
    "It is easy, with hindsight, to see the signs of exploitation; the review has tried to see them as they appeared at the time.",
    "The review team read the chronology without first reading the outcome, to reduce the pull of hindsight.",
    "Where the report says that something could have happened differently, it describes the system, not a person.",
    "Terms such as 'missed opportunity' have been avoided because they assume knowledge that was not available.",
    "The analysis asks what made it hard for professionals to act, rather than asking who failed.",
    "The review covers the period from the birth of Child B in May 2024 to her admission to hospital in January 2026.",
    "The lead reviewers met the family twice, once with an interpreter who spoke Tigrinya.",
    "A systems approach does not ask whether practitioners should have done something else.",
    "Each finding ends with questions that the safeguarding board is asked to answer by the spring.",
    "The panel was aware of the risk of judging practice by the tragic outcome and discussed it at each meeting.",
    "Documents considered included the agencies' chronologies, case records and the notes of the practitioners' workshop.",
    "Reviewers deliberately set aside the knowledge of how the story ended when describing each episode.",
)

# ---- quotation
add(
    "quotation",
    "conversation",
    'The grandmother said: "They should have taken her off my son years ago."',
    'One teacher told the review, "I keep thinking I should have rung that day."',
    'The father\'s view was that "social services failed my kids from start to finish."',
    'In the words of one health visitor, "any decent nurse would have spotted it."',
    'The young person said that the council "had no excuse" for putting him in a hotel with adults.',
    'A newspaper headline at the time read "Missed chances before baby\'s death".',
    'The mother said, "If the school had listened to me, he would never have got involved with those boys."',
    'The social worker described feeling that "I should obviously have seen it."',
    'The aunt said the agencies "did not do nearly enough" for her nephew.',
    'Child H told the reviewer that the police "must have known what was going on" at the flat.',
)
add(
    "quotation",
    "finding",
    'The coroner\'s report stated that "the failure to refer was a missed opportunity".',
    'In the care proceedings, Her Honour Judge Mensah called the twelve-month drift before the PLO letter "inexcusable".',
    'Ofsted\'s letter said that management oversight was "not robust enough".',
    'The complaint from the family alleged that the GP "ought to have referred her to CAMHS".',
    'The grandfather\'s statement reads: "A competent social worker would have asked who was living there."',
    'The young carer wrote that "nobody did their duty by me or my mum".',
    'The IOPC report concluded that "officers should have recorded the child\'s presence".',
)

# ---- factual exceptions
add(
    "factual_exception",
    "narrative",
    "Should the threshold for section 47 enquiries be met out of hours, EDT informs the day team by 9 a.m.",
    "Child C would have turned 4 in the August after her death.",
    "The maternity unit's software failed to upload the birth notification to the HV team's inbox after a patch in October.",
    "The family missed appointments at the dental clinic in March and April.",
    "If the family moves to another area, the plan says that the receiving authority will be told within five days.",
    "The family lived in inadequate housing with damp in every room.",
    "Child N was not brought to the audiology appointment in June.",
    "The baby was admitted with failure to thrive at 11 weeks.",
    "Child V was reported as a missing person by her residential home after she failed to return from college on the 4th, 11th and 19th.",
    "The mother lacked capacity to consent to the assessment during her admission.",
    "Procedures say that staff should record the name of every adult in the household.",
    "The nursery failed its Ofsted inspection in 2024 and was re-inspected the following spring.",
    "The plan was clear and was shared with the family in writing.",
    "The reason for the visit was clearly recorded in the notes.",
    "The young person could have been seen at the drop-in clinic on any weekday afternoon.",
    "The father had failed his driving test twice and relied on buses to reach contact.",
    "The boy should have started Year 7 in September but arrived in the country in October.",
    "Had she accepted the place, the mother would have been offered a nursery session three mornings a week.",
    "The guidance says that a private fostering arrangement must be notified at least six weeks in advance.",
    "The girl missed the last bus home and stayed at a friend's house.",
    "The foster carers had inadequate heating until the boiler was replaced in November.",
    "The older brother was excluded for five days after a fight in the canteen.",
)

# ---- recommendation
add(
    "recommendation",
    "recommendation",
    "The partnership should ask the front door to report monthly on referrals from schools that are not acknowledged.",
    "Health visiting services should make sure that safe sleep advice is repeated at every contact up to six months.",
    "The council ought to publish the private fostering notification form in the five most common community languages.",
    "Agencies must agree a single way of recording the presence of children at domestic incidents.",
    "The trust should give designated safeguarding leads a direct line to the social worker before any exclusion.",
    "CAMHS and children's services should hold a joint triage for referrals about self-harm in children with learning disabilities.",
    "The drug and alcohol service should ask every adult client whether children live with them or visit.",
    "The partnership should test whether young carers' assessments reach children's services.",
    "The asylum team ought to be given capacity to complete age assessments within four weeks.",
    "Police should share intelligence about addresses linked to county lines with the designated lead of the local school.",
    "Training for agency staff should include unsafe sleep and the risks of alcohol and co-sleeping.",
    "The board should receive an audit of online harm referrals within six months.",
    "Managers must have a report of cases with no visit in the last thirty days.",
    "The GP practice should code the young carer status of children on its list.",
)

# ---- neutral
add(
    "neutral",
    "narrative",
    "Child Q was born at 36 weeks and went home with her mother after four days.",
    "The health visitor saw the family at home and gave safe sleep advice, which the mother said she understood.",
    "The school referred the concern to the MASH the same morning.",
    "The young person arrived at the police station in Dover in the back of a lorry.",
    "A strategy discussion took place on 3 March with police, health and education.",
    "The aunt explained that the boy had come to live with her while his mother was in Ghana.",
    "The social worker visited weekly and saw the children alone on each occasion.",
    "CAMHS offered an assessment within two weeks of the referral.",
    "The designated safeguarding lead spoke to the girl about the messages and then rang the police.",
    "Child U uses a wheelchair and communicates with Makaton signs and an eye-gaze device.",
    "The father told the drug worker that he kept his methadone in a locked box.",
    "The police officer took the time to explain to the children what would happen next.",
    "The young carer's support worker took him to a residential trip in the summer holidays.",
    "The core group met five times between April and September.",
    "The foster carer drove the boy to see his sister every Saturday.",
    "The ambulance crew arrived within eight minutes.",
    "Staff at the nursery noticed that Child O was hungry on Monday mornings and offered breakfast.",
)

with open(
    __import__("pathlib").Path(__file__).with_name("tune4.jsonl"), "w", encoding="utf-8"
) as f:
    for i, (k, src, t) in enumerate(S, 1):
        row = {
            "id": f"t4_{i:03d}",
            "text": t,
            "judgemental": k
            in {
                "classic",
                "counterfactual",
                "imagined_better",
                "moralising",
                "modal_adverb",
                "intensified_inadequacy",
            },
            "kind": k,
            "source": src,
        }
        if k == "quotation":
            row["quotation"] = True
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(S))
