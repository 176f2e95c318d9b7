# ruff: noqa: E501  (each sentence stays on one line so it reads as written)
"""Build heldout6.jsonl: a blind held-out set for the hindsight and blame wording check.

Every sentence below was written by hand, one by one, without reading the check, its rules,
its tests or any earlier tuning or held-out set. Run from the repository root:
    python bench/data/language/heldout6/build_heldout6.py
"""

import json
from pathlib import Path

# (kind, source, text) for sentences that carry hindsight or blame about practitioners.
JUDGEMENTAL = [
    (
        "classic",
        "finding",
        "The health visitor should have made a referral to children's social care after the second unexplained bruise was seen.",
    ),
    (
        "classic",
        "finding",
        "The GP failed to ask who else lived in the household when Mother attended with her injured wrist.",
    ),
    (
        "classic",
        "kpe",
        "Police officers attending the incident on 12 March missed the opportunity to speak to Child T on her own.",
    ),
    (
        "classic",
        "finding",
        "The school should have recognised that Child B's repeated absences on Mondays were a sign of neglect.",
    ),
    (
        "classic",
        "narrative",
        "The social worker failed to visit within the timescale set out in the child protection plan.",
    ),
    (
        "classic",
        "finding",
        "The midwife missed clear signs that Mother was being controlled by her partner.",
    ),
    (
        "classic",
        "finding",
        "Probation failed to share the risk assessment on Mr K with children's social care.",
    ),
    (
        "classic",
        "kpe",
        "The emergency department should have carried out a skeletal survey on Baby L before she was discharged.",
    ),
    (
        "classic",
        "finding",
        "CAMHS failed to follow up when Young Person R did not attend her first appointment.",
    ),
    (
        "classic",
        "narrative",
        "The housing officer should have passed on the neighbour's concerns about a baby crying through the night.",
    ),
    (
        "classic",
        "finding",
        "Nursery staff missed the significance of Child D arriving hungry on most mornings.",
    ),
    ("classic", "kpe", "The team manager failed to challenge the decision to close the case."),
    ("classic", "finding", "Warning signs were ignored by every agency involved with the family."),
    (
        "classic",
        "narrative",
        "The health visitor missed the chance to weigh Child S, and her weight loss went unnoticed for a further four months.",
    ),
    (
        "classic",
        "finding",
        "Concerns raised by the school were repeatedly dismissed by the duty team.",
    ),
    ("classic", "finding", "Why did no one ask where Child T was sleeping?"),
    (
        "counterfactual",
        "finding",
        "Had the GP referred Mother to the perinatal mental health team in May, the events of August would not have happened.",
    ),
    (
        "counterfactual",
        "finding",
        "If the officers had checked the intelligence system that night, Mr K would have been removed from the house and the children would have been safe.",
    ),
    (
        "counterfactual",
        "kpe",
        "Had the social worker seen Child T alone, the truth about her home life would have come out.",
    ),
    (
        "counterfactual",
        "finding",
        "If the health visitor had visited as planned in June, Baby L's injuries would have been discovered weeks earlier.",
    ),
    (
        "counterfactual",
        "narrative",
        "Child B would still be alive if the hospital had kept him in overnight.",
    ),
    (
        "counterfactual",
        "finding",
        "Had the school made a referral in September, Child D would have been spared months of neglect.",
    ),
    (
        "counterfactual",
        "kpe",
        "If the midwife had asked about domestic abuse at booking, Mother would have disclosed it and the risk would have been managed.",
    ),
    (
        "counterfactual",
        "finding",
        "With a proper strategy discussion in March, the abuse would have been stopped.",
    ),
    (
        "counterfactual",
        "finding",
        "Had probation shared the risk assessment, children's social care would never have allowed Mr K to move into the home.",
    ),
    (
        "counterfactual",
        "finding",
        "If CAMHS had followed up the first non-attendance, Young Person R's self-harm would have been picked up before it escalated.",
    ),
    (
        "counterfactual",
        "narrative",
        "Had anyone in the core group spoken to the grandmother, the real picture of the household would have emerged.",
    ),
    (
        "counterfactual",
        "finding",
        "If the housing officer had passed on the neighbour's concerns, Child S would not have been harmed.",
    ),
    (
        "counterfactual",
        "kpe",
        "Had the emergency department consultant questioned the explanation, the fracture would have been identified as non-accidental.",
    ),
    (
        "counterfactual",
        "finding",
        "Had the team manager read the case file, the case would not have been closed.",
    ),
    (
        "imagined_better",
        "finding",
        "A more experienced social worker would have recognised the pattern of disguised compliance straight away.",
    ),
    (
        "imagined_better",
        "finding",
        "Any competent health visitor would have weighed the baby at that visit.",
    ),
    (
        "imagined_better",
        "kpe",
        "A more curious GP would have asked why Mother kept cancelling her son's appointments.",
    ),
    (
        "imagined_better",
        "finding",
        "A better-run duty team would not have let the referral sit unread for eleven days.",
    ),
    (
        "imagined_better",
        "finding",
        "An experienced paediatrician would never have accepted that a four-month-old had rolled off the sofa.",
    ),
    (
        "imagined_better",
        "narrative",
        "A reasonably diligent officer would have run a check on Mr K before leaving the address.",
    ),
    (
        "imagined_better",
        "finding",
        "A more confident designated safeguarding lead would have challenged the decision to close the case.",
    ),
    (
        "imagined_better",
        "finding",
        "Most practitioners with her training would have spotted the signs of neglect that were missed here.",
    ),
    (
        "imagined_better",
        "finding",
        "A well-managed team would have noticed that no one had seen Child T for six weeks.",
    ),
    (
        "imagined_better",
        "kpe",
        "A more skilled midwife would have found a way to speak to Mother without her partner present.",
    ),
    (
        "imagined_better",
        "finding",
        "Any nursery worker worth their salt would have reported the bruising on the first day it was seen.",
    ),
    (
        "imagined_better",
        "finding",
        "A stronger manager would have insisted on a strategy discussion.",
    ),
    (
        "imagined_better",
        "finding",
        "In a properly run CAMHS service, Young Person R would have been seen within a week.",
    ),
    (
        "imagined_better",
        "narrative",
        "A good social worker would have looked beyond the tidy front room.",
    ),
    (
        "moralising",
        "finding",
        "It is unacceptable that no agency spoke to Child T about her wishes and feelings in eighteen months.",
    ),
    (
        "moralising",
        "finding",
        "There is no excuse for the social worker not reading the previous case file.",
    ),
    (
        "moralising",
        "finding",
        "The professionals involved betrayed the trust that Child B placed in them when he told his teacher what was happening.",
    ),
    ("moralising", "kpe", "The GP had a clear duty to act on the information and did not."),
    (
        "moralising",
        "finding",
        "It is inexcusable that the referral from the school was not opened for eleven days.",
    ),
    (
        "moralising",
        "finding",
        "Pressure of work cannot excuse the health visitor's decision to cancel the visit.",
    ),
    (
        "moralising",
        "finding",
        "The police response on the night amounted to a dereliction of duty.",
    ),
    ("moralising", "narrative", "The agencies let Child D down badly."),
    (
        "moralising",
        "finding",
        "Workload is no excuse for the hospital ignoring its own safeguarding procedure.",
    ),
    ("moralising", "finding", "The midwife's complacency was shocking."),
    (
        "moralising",
        "finding",
        "It is a disgrace that so many professionals saw Baby L and none of them acted.",
    ),
    (
        "moralising",
        "finding",
        "The housing officer's conduct fell far below what the family was entitled to expect.",
    ),
    (
        "moralising",
        "finding",
        "The failure of the core group to meet for four months was simply unacceptable.",
    ),
    (
        "moralising",
        "finding",
        "Practitioners abdicated their responsibility to Child S by leaving every decision to the social worker.",
    ),
    (
        "moralising",
        "finding",
        "How could four agencies see this child and not one of them ask about the bruise?",
    ),
    (
        "modal_adverb",
        "finding",
        "The health visitor should clearly have escalated her concerns to the named nurse.",
    ),
    (
        "modal_adverb",
        "kpe",
        "The GP could surely have asked Mother about the bruising on Child T's face.",
    ),
    (
        "modal_adverb",
        "finding",
        "Officers should obviously have separated the parents before taking their accounts.",
    ),
    (
        "modal_adverb",
        "finding",
        "The school should certainly have made a referral after Child B's disclosure.",
    ),
    (
        "modal_adverb",
        "finding",
        "The social worker should surely have realised that Mr K was living at the house.",
    ),
    (
        "modal_adverb",
        "narrative",
        "The emergency department should really have contacted the health visitor before discharge.",
    ),
    (
        "modal_adverb",
        "finding",
        "The midwife could easily have arranged an interpreter for the booking appointment.",
    ),
    (
        "modal_adverb",
        "finding",
        "The team manager should definitely have asked for a second opinion.",
    ),
    (
        "modal_adverb",
        "kpe",
        "CAMHS should undoubtedly have offered Young Person R another appointment.",
    ),
    (
        "modal_adverb",
        "finding",
        "The nursery ought really to have told the family's social worker about Child D's weight loss.",
    ),
    (
        "modal_adverb",
        "finding",
        "Probation should plainly have told children's social care that Mr K was a risk to children.",
    ),
    (
        "modal_adverb",
        "finding",
        "The paediatrician should surely have questioned how a non-mobile baby came to have a fractured femur.",
    ),
    (
        "modal_adverb",
        "narrative",
        "The duty social worker could quite easily have checked the previous referrals.",
    ),
    (
        "modal_adverb",
        "finding",
        "The housing officer should at least have passed on the neighbour's complaint.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        "The health visitor's assessment of the home conditions was wholly inadequate.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        "The police did not sufficiently consider the risk to the children in the house.",
    ),
    (
        "intensified_inadequacy",
        "kpe",
        "Nowhere near enough attention was paid to Child T's own account.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        "The school's response to Child B's disclosure was entirely insufficient.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        "The social worker's visits were far too infrequent to keep Child D safe.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        "The GP gave nowhere near enough weight to the father's history of violence.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        "The midwife's enquiry into domestic abuse was woefully inadequate.",
    ),
    (
        "intensified_inadequacy",
        "kpe",
        "The emergency department did not adequately consider the possibility of non-accidental injury.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        "Supervision of the social worker was grossly deficient.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        "CAMHS did far too little to engage Young Person R after she withdrew.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        "The child protection plan was utterly inadequate to the level of risk.",
    ),
    (
        "intensified_inadequacy",
        "narrative",
        "The nursery's record-keeping was seriously deficient and did not reflect the concerns staff had.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        "Probation's assessment of Mr K was nowhere near thorough enough.",
    ),
    (
        "intensified_inadequacy",
        "kpe",
        "The home visit on 4 June was cursory and the health visitor did not go beyond the front room.",
    ),
    (
        "intensified_inadequacy",
        "finding",
        "Agencies showed a grossly inadequate level of professional curiosity about the adults in the home.",
    ),
]

# (kind, source, text) for hard negatives: no hindsight or blame about practitioners.
NOT_JUDGEMENTAL = [
    (
        "negated_blame",
        "finding",
        "This is not a case of the health visitor failing to do her job; the visit schedule left her no time to see the family.",
    ),
    (
        "negated_blame",
        "finding",
        "The review does not find that any individual practitioner was at fault.",
    ),
    (
        "negated_blame",
        "finding",
        "It would be wrong to say that the GP missed the signs; the information that would have made them meaningful was held by another agency.",
    ),
    (
        "negated_blame",
        "finding",
        "The review team is clear that the social worker did not fail Child T; she worked within a system that gave her forty cases and no time to reflect.",
    ),
    (
        "negated_blame",
        "narrative",
        "No blame attaches to the school, which followed its procedure and made a referral on the same day.",
    ),
    (
        "negated_blame",
        "finding",
        "The police officers were not negligent: the force's systems did not show them the earlier incident.",
    ),
    (
        "negated_blame",
        "finding",
        "This is not about a midwife who should have asked more questions, but about a booking appointment that gives ten minutes to cover forty topics.",
    ),
    (
        "negated_blame",
        "finding",
        "The review found no carelessness on the part of the emergency department staff; the triage form had nowhere to record a second injury.",
    ),
    (
        "negated_blame",
        "finding",
        "The decision to close the case was not a failure of judgement by the team manager but the predictable result of a threshold document that did not mention cumulative neglect.",
    ),
    (
        "negated_blame",
        "narrative",
        "Nothing in the review suggests that the nursery staff were indifferent to Child D; they raised their concerns more than once.",
    ),
    (
        "negated_blame",
        "finding",
        "The review does not conclude that CAMHS was at fault for discharging Young Person R; the discharge followed the service's non-attendance policy, which is the subject of Finding 3.",
    ),
    (
        "negated_blame",
        "kpe",
        "The housing officer cannot be criticised for not passing on the complaint, as there was no route for doing so.",
    ),
    (
        "negated_blame",
        "finding",
        "None of the practitioners who spoke to the review lacked commitment to the family.",
    ),
    (
        "negated_blame",
        "finding",
        "The difficulty was not that individuals failed to share information but that each agency understood consent differently.",
    ),
    (
        "methodology",
        "methodology",
        "The review has tried to avoid hindsight bias by asking what practitioners knew and could reasonably have known at the time.",
    ),
    (
        "methodology",
        "methodology",
        "In line with the Learning Together model, the review looks at why actions made sense to practitioners rather than judging them with the benefit of hindsight.",
    ),
    (
        "methodology",
        "methodology",
        "The purpose of this review is not to apportion blame but to understand the systems in which practitioners worked.",
    ),
    (
        "methodology",
        "methodology",
        "Hindsight makes events appear more predictable than they were at the time, and the review team has tried to guard against this.",
    ),
    (
        "methodology",
        "methodology",
        "Practitioners were invited to conversations in which they could speak openly, without fear that the review would look for someone to blame.",
    ),
    (
        "methodology",
        "methodology",
        "The review distinguishes between outcome bias, where a bad outcome colours judgement of a decision, and a genuine weakness in the system.",
    ),
    (
        "methodology",
        "methodology",
        "A systems approach moves away from asking who should have done what differently and asks what made the practice likely.",
    ),
    (
        "methodology",
        "methodology",
        "The case group met three times to test the emerging findings against their own experience of the work.",
    ),
    (
        "methodology",
        "methodology",
        "Where the report describes what happened, it does so from the point of view of the practitioners at the time, not from what is known now.",
    ),
    (
        "methodology",
        "methodology",
        "The review does not set out to decide whether the death of Child B was preventable.",
    ),
    (
        "methodology",
        "methodology",
        "Key practice episodes were chosen because they were points where things could have gone differently, not because anyone is thought to have acted wrongly.",
    ),
    (
        "methodology",
        "methodology",
        "The lead reviewers read agency records, met practitioners individually and in groups, and spoke with Child T's mother and grandmother.",
    ),
    (
        "methodology",
        "methodology",
        "The review team recognises that a blame culture makes practitioners less likely to share their uncertainty, and this review has sought to avoid one.",
    ),
    (
        "methodology",
        "methodology",
        "This report uses the phrase missed opportunity sparingly, because it carries a judgement that only hindsight can supply.",
    ),
    (
        "quotation",
        "conversation",
        "Mother told the review: 'The health visitor should have seen how bad things were, but she never came inside.'",
    ),
    (
        "quotation",
        "conversation",
        "Child T's grandmother said that the social worker had 'failed us at every turn'.",
    ),
    (
        "quotation",
        "conversation",
        "The father said that the police 'should have locked him up the first time'.",
    ),
    (
        "quotation",
        "conversation",
        "One practitioner said: 'Looking back, I wish I had asked to see the baby's bedroom.'",
    ),
    (
        "quotation",
        "conversation",
        "The GP told the review that she 'didn't have a reason to think anything was wrong' at the time.",
    ),
    (
        "quotation",
        "conversation",
        "Young Person R's aunt told the reviewers that CAMHS had 'given up on her'.",
    ),
    (
        "quotation",
        "conversation",
        "The health visitor described the visit as 'a normal visit to a tired mum with a new baby'.",
    ),
    (
        "quotation",
        "conversation",
        "A teacher said, 'We were told the threshold wasn't met, so we kept monitoring, which is what we'd been asked to do.'",
    ),
    (
        "quotation",
        "conversation",
        "Mother said she felt that everyone had 'missed what was right in front of them'.",
    ),
    (
        "quotation",
        "conversation",
        "The social worker said that she had 'forty-two cases and no time to think'.",
    ),
    (
        "quotation",
        "conversation",
        "Child D's father asked the review why 'nobody listened to the nursery'.",
    ),
    (
        "quotation",
        "conversation",
        "The midwife said: 'I did ask about domestic abuse, but he was sitting right there.'",
    ),
    (
        "quotation",
        "conversation",
        "A police sergeant told the practitioner event that 'on a Saturday night you get twenty minutes per job'.",
    ),
    (
        "quotation",
        "conversation",
        "Child S's mother said the hospital 'should never have sent him home'.",
    ),
    (
        "factual_exception",
        "narrative",
        "The initial health visit should have taken place on 3 May but was rearranged at Mother's request to 10 May.",
    ),
    (
        "factual_exception",
        "narrative",
        "Child T missed two appointments at the audiology clinic in the spring.",
    ),
    (
        "factual_exception",
        "narrative",
        "Mr K failed his driving test in 2019 and did not retake it.",
    ),
    (
        "factual_exception",
        "narrative",
        "The case conference should have been chaired by the independent reviewing officer, who was on leave, so her deputy chaired it instead.",
    ),
    (
        "factual_exception",
        "narrative",
        "Mother missed the bus to the clinic and phoned to rearrange.",
    ),
    (
        "factual_exception",
        "narrative",
        "The boiler failed in January and the family were without heating for nine days before the landlord repaired it.",
    ),
    (
        "factual_exception",
        "narrative",
        "Child B failed his Year 6 maths test and was offered extra support.",
    ),
    (
        "factual_exception",
        "narrative",
        "Mother missed her 28-week antenatal appointment and attended the following week.",
    ),
    (
        "factual_exception",
        "narrative",
        "The car seat failed its safety check and the hospital lent the family a replacement.",
    ),
    (
        "factual_exception",
        "narrative",
        "Young Person R missed a term of school in Year 9 while she was in hospital.",
    ),
    (
        "factual_exception",
        "narrative",
        "The first attempt to contact the father failed because the number on file had been disconnected.",
    ),
    (
        "factual_exception",
        "narrative",
        "By age, Child D should have started Reception in September 2021, but the family only moved to the area in November.",
    ),
    (
        "factual_exception",
        "narrative",
        "The grandmother missed the core group meeting because her train was cancelled.",
    ),
    (
        "factual_exception",
        "narrative",
        "The tenancy should have ended in March under the original agreement, but the landlord extended it for six months.",
    ),
    (
        "recommendation",
        "recommendation",
        "The safeguarding partnership should ensure that health visitors have access to children's social care records for the children on their caseload.",
    ),
    (
        "recommendation",
        "recommendation",
        "The partnership should ask the police to review how officers attending domestic incidents are told about children in the household.",
    ),
    (
        "recommendation",
        "recommendation",
        "Children's social care should set a maximum caseload for social workers in the assessment team and report against it quarterly.",
    ),
    (
        "recommendation",
        "recommendation",
        "The ICB should work with GP practices to agree how information about a parent's mental health is shared with the health visiting service.",
    ),
    (
        "recommendation",
        "recommendation",
        "The hospital trust should review its discharge checklist so that it prompts staff to contact the health visitor when a baby under one attends with an injury.",
    ),
    (
        "recommendation",
        "recommendation",
        "Schools in the area should be given clear guidance on when a pattern of absence should lead to a referral.",
    ),
    (
        "recommendation",
        "recommendation",
        "The partnership board should consider how the learning from this review is shared with housing providers.",
    ),
    (
        "recommendation",
        "recommendation",
        "The maternity service should provide a way for midwives to see every woman alone at least once during pregnancy.",
    ),
    (
        "recommendation",
        "recommendation",
        "CAMHS should review its policy of discharging young people after two missed appointments.",
    ),
    (
        "recommendation",
        "recommendation",
        "The partnership is asked to commission multi-agency training on cumulative neglect.",
    ),
    (
        "recommendation",
        "recommendation",
        "Probation and children's social care should agree a shared process for notifying each other when a person who poses a risk to children moves address.",
    ),
    (
        "recommendation",
        "recommendation",
        "Early years settings should be included in the distribution list for child protection conference minutes.",
    ),
    (
        "recommendation",
        "recommendation",
        "The local authority should consider whether its threshold document gives enough weight to neglect that builds up over time.",
    ),
    (
        "recommendation",
        "recommendation",
        "The partnership should seek assurance that supervision in the front door service includes time for reflective discussion of complex cases.",
    ),
    (
        "systemic",
        "finding",
        "The electronic record system used by health visitors did not show alerts held by the GP practice, so each service held part of the picture.",
    ),
    (
        "systemic",
        "finding",
        "Referrals to the front door service were screened against a threshold that focused on single incidents, which made cumulative neglect hard to recognise.",
    ),
    (
        "systemic",
        "finding",
        "Social workers in the assessment team were carrying an average of thirty-four cases during the period under review.",
    ),
    (
        "systemic",
        "finding",
        "Police officers attending domestic incidents at night had no direct access to children's social care records.",
    ),
    (
        "systemic",
        "finding",
        "The booking appointment covers a large number of topics in a short time, and partners commonly attend, which makes routine enquiry about domestic abuse difficult in practice.",
    ),
    (
        "systemic",
        "finding",
        "CAMHS operated a policy of discharging young people who did not attend two appointments, which passed responsibility back to the referrer without telling them.",
    ),
    (
        "systemic",
        "finding",
        "There was no shared understanding among agencies about who was responsible for following up when a baby was not brought to an appointment.",
    ),
    (
        "systemic",
        "finding",
        "Nursery staff reported concerns to their manager, who had no clear route to the social worker because the nursery was not invited to core group meetings.",
    ),
    (
        "systemic",
        "finding",
        "The health visiting service had lost a third of its staff in two years, and visits to families on the universal pathway were routinely placed below those on targeted caseloads.",
    ),
    (
        "systemic",
        "finding",
        "Housing officers receive training on tenancy matters but not on recognising signs that children may be at risk.",
    ),
    (
        "systemic",
        "finding",
        "Probation risk assessments were stored on a national system that children's social care could not access.",
    ),
    (
        "systemic",
        "kpe",
        "The strategy discussion was held by phone, which is common practice in the area, and the school was not invited because it was the summer holiday.",
    ),
    (
        "systemic",
        "finding",
        "Because the emergency department's safeguarding form was only triggered at triage, injuries noticed later during treatment were not routinely recorded on it.",
    ),
    (
        "systemic",
        "finding",
        "Supervision in the team tended to focus on case throughput and deadlines, leaving little space for reflection on complex families.",
    ),
    (
        "neutral",
        "narrative",
        "Child T was born at 38 weeks at the local hospital and went home with Mother two days later.",
    ),
    (
        "neutral",
        "narrative",
        "On 12 March police were called to the family home following a report of shouting.",
    ),
    ("neutral", "narrative", "The health visitor completed the new birth visit on 20 April."),
    ("neutral", "narrative", "Child B started at the primary school in September 2020."),
    (
        "neutral",
        "narrative",
        "In June the family moved to a two-bedroom flat provided by a housing association.",
    ),
    (
        "neutral",
        "narrative",
        "Mother registered with the GP practice in 2018 and was treated for postnatal depression in 2019.",
    ),
    (
        "neutral",
        "narrative",
        "A child and family assessment was completed in August and the case was closed with a referral to early help.",
    ),
    (
        "neutral",
        "narrative",
        "Young Person R was referred to CAMHS by her school nurse in October.",
    ),
    (
        "neutral",
        "narrative",
        "Mr K was released from prison in January and was supervised by the probation service.",
    ),
    (
        "neutral",
        "narrative",
        "Baby L was brought to the emergency department by ambulance on 2 December.",
    ),
    (
        "neutral",
        "narrative",
        "Child D attended the nursery for three mornings a week from the age of two.",
    ),
    (
        "neutral",
        "kpe",
        "An initial child protection conference was held on 5 July and Child S was made subject to a plan under the category of neglect.",
    ),
    (
        "neutral",
        "kpe",
        "The midwife saw Mother for her booking appointment at 11 weeks; her partner was present.",
    ),
    (
        "neutral",
        "methodology",
        "The review was commissioned by the safeguarding partnership in February 2023.",
    ),
]


def main():
    rows = [(True, *item) for item in JUDGEMENTAL] + [(False, *item) for item in NOT_JUDGEMENTAL]
    out = Path(__file__).with_name("heldout6.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for number, (judgemental, kind, source, text) in enumerate(rows, start=1):
            record = {
                "id": f"h6_{number:03d}",
                "text": text,
                "judgemental": judgemental,
                "kind": kind,
                "source": source,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
