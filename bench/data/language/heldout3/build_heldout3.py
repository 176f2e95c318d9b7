# ruff: noqa: E501  (prose: the sentences as written)
"""Write heldout3.jsonl: the third held-out set of hindsight/blame wording, written blind
(the writer had not read the rules, word lists, tune set or earlier held-out sentences).

    python bench/data/language/heldout3/build_heldout3.py

Same fields as ../heldout2/heldout2.jsonl: id, text, judgemental, kind, source.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

J = True
N = False

ROWS = [
    # --- counterfactual conditionals without "should" (judgemental) ---
    (
        J,
        "counterfactual",
        "finding",
        "Had the health visitor weighed Jamie at the March visit, the faltering growth would not have gone unnoticed for a further four months.",
    ),
    (
        J,
        "counterfactual",
        "kpe",
        "If the school had passed on the bruise on the Monday, Amira would never have been sent home to the same flat that night.",
    ),
    (
        J,
        "counterfactual",
        "narrative",
        "Had anyone asked the grandmother directly, the truth about who was living in the house would have come out in January.",
    ),
    (
        J,
        "counterfactual",
        "finding",
        "If the police had checked the partner's record before closing the call, the children would have been safeguarded a year earlier.",
    ),
    (
        J,
        "counterfactual",
        "kpe",
        "Were the referral read properly on the day it arrived, the strategy discussion would have taken place within hours, not weeks.",
    ),
    (
        J,
        "counterfactual",
        "finding",
        "If the GP had looked beyond the mother's explanation, the pattern of injuries would have been obvious.",
    ),
    (
        J,
        "counterfactual",
        "narrative",
        "Had the social worker visited unannounced even once, she would have seen the conditions the children were living in.",
    ),
    (
        J,
        "counterfactual",
        "kpe",
        "If the duty manager had not closed the contact as 'information only', Leo would not have been left with his father that weekend.",
    ),
    (
        J,
        "counterfactual",
        "finding",
        "Had the midwife followed up the missed appointments, the concealed pregnancy would have been discovered long before the birth.",
    ),
    (
        J,
        "counterfactual",
        "narrative",
        "The harm to Kezia could have been prevented if the college had simply rung the mother when she stopped attending.",
    ),
    (
        J,
        "counterfactual",
        "finding",
        "Had the nursery recorded each mark as it was seen, the escalation would have been plain to any reader.",
    ),
    (
        J,
        "counterfactual",
        "kpe",
        "If the paediatrician had asked for a skeletal survey, the earlier fracture would have been found and the baby protected.",
    ),
    (
        J,
        "counterfactual",
        "finding",
        "Without the delay in allocating the case, the family would not have disappeared from view for six weeks.",
    ),
    # --- comparison with an imagined better professional (judgemental) ---
    (
        J,
        "imagined_better",
        "finding",
        "A more experienced practitioner would have recognised these injuries as non-accidental at once.",
    ),
    (
        J,
        "imagined_better",
        "kpe",
        "Any competent health visitor would have questioned why a non-mobile baby had a bruise on his ear.",
    ),
    (
        J,
        "imagined_better",
        "finding",
        "A reasonably curious social worker would not have accepted the father's account at face value.",
    ),
    (
        J,
        "imagined_better",
        "narrative",
        "An experienced officer attending that call would have asked to see the children rather than taking the mother's word that they were asleep.",
    ),
    (
        J,
        "imagined_better",
        "kpe",
        "A good designated safeguarding lead would have made the referral the same morning, not waited for the headteacher to return.",
    ),
    (
        J,
        "imagined_better",
        "finding",
        "Most practitioners in her position would have seen the warning signs long before she did.",
    ),
    (
        J,
        "imagined_better",
        "finding",
        "A more assertive chair would have challenged the decision to step the plan down.",
    ),
    (
        J,
        "imagined_better",
        "narrative",
        "Any thoughtful GP would have connected the mother's low mood with the partner's drinking.",
    ),
    (
        J,
        "imagined_better",
        "kpe",
        "A diligent team manager would have noticed that no visit had been recorded for seven weeks.",
    ),
    (
        J,
        "imagined_better",
        "finding",
        "A practitioner with the most basic training in exploitation would have recognised that Tyler was being groomed.",
    ),
    (
        J,
        "imagined_better",
        "finding",
        "Other school nurses, faced with the same disclosure, would have escalated it immediately.",
    ),
    (
        J,
        "imagined_better",
        "kpe",
        "A better informed midwife would not have recorded the partner's presence as 'supportive'.",
    ),
    (
        J,
        "imagined_better",
        "narrative",
        "No capable professional would have left a fourteen-year-old to interpret a police call about her own mother.",
    ),
    # --- moralising about excuses and duty (judgemental) ---
    (
        J,
        "moralising",
        "finding",
        "There is no excuse for a child on a protection plan going unseen for two months.",
    ),
    (
        J,
        "moralising",
        "finding",
        "Workload cannot excuse the failure to read the police notification.",
    ),
    (
        J,
        "moralising",
        "kpe",
        "Protecting children is every professional's duty, and here that duty was plainly neglected.",
    ),
    (
        J,
        "moralising",
        "finding",
        "It is simply unacceptable that the mother's disclosure was never acted on.",
    ),
    (
        J,
        "moralising",
        "narrative",
        "The practitioners involved let this little girl down at every turn.",
    ),
    (
        J,
        "moralising",
        "finding",
        "However busy the team was, that is no defence for leaving the referral unread.",
    ),
    (J, "moralising", "kpe", "The school had a clear responsibility to act and chose not to."),
    (
        J,
        "moralising",
        "finding",
        "Staff shortages are no justification for closing a case without seeing the child.",
    ),
    (
        J,
        "moralising",
        "finding",
        "It is inexcusable that nobody spoke to the child alone in nine months of involvement.",
    ),
    (
        J,
        "moralising",
        "narrative",
        "Professionals betrayed the trust Ikran placed in them when she finally spoke.",
    ),
    (
        J,
        "moralising",
        "kpe",
        "Whatever the pressures on the ward, the nurse owed the baby a proper assessment.",
    ),
    (
        J,
        "moralising",
        "finding",
        "The agencies shamefully ignored the family's repeated requests for help.",
    ),
    (
        J,
        "moralising",
        "finding",
        "Nothing can excuse a duty officer telling a frightened child to 'ring back on Monday'.",
    ),
    # --- adverb between modal and "have" (judgemental) ---
    (
        J,
        "modal_adverb",
        "finding",
        "The social worker could easily have visited the family that afternoon.",
    ),
    (
        J,
        "modal_adverb",
        "kpe",
        "The referral must surely have been seen by someone in the front door team.",
    ),
    (
        J,
        "modal_adverb",
        "finding",
        "The school would certainly have known that Denisa was caring for her brothers.",
    ),
    (
        J,
        "modal_adverb",
        "narrative",
        "The officers could quite reasonably have asked to see the children before leaving.",
    ),
    (
        J,
        "modal_adverb",
        "finding",
        "The GP might usefully have asked the mother whether she felt safe at home.",
    ),
    (
        J,
        "modal_adverb",
        "kpe",
        "The team manager ought clearly to have reviewed the decision to close the case.",
    ),
    (
        J,
        "modal_adverb",
        "finding",
        "The conference chair could readily have invited the father to the meeting.",
    ),
    (
        J,
        "modal_adverb",
        "finding",
        "The midwife would undoubtedly have known about the previous removals from the hospital record.",
    ),
    (
        J,
        "modal_adverb",
        "narrative",
        "The health visitor could so easily have booked an interpreter for the visit.",
    ),
    (
        J,
        "modal_adverb",
        "kpe",
        "The police must obviously have realised that the suspect was living at the children's address.",
    ),
    (
        J,
        "modal_adverb",
        "finding",
        "The nursery might reasonably have shared its concerns far sooner.",
    ),
    (
        J,
        "modal_adverb",
        "finding",
        "The duty worker could at least have telephoned the school before closing the contact.",
    ),
    (
        J,
        "modal_adverb",
        "kpe",
        "Someone in the hospital could just as easily have checked the child protection information system.",
    ),
    # --- inadequacy intensified with sufficiently / enough (judgemental) ---
    (
        J,
        "intensified_inadequacy",
        "finding",
        "The assessment was not sufficiently rigorous to identify the risk the partner posed.",
    ),
    (
        J,
        "intensified_inadequacy",
        "finding",
        "Professionals did not do enough to find out who was caring for the children.",
    ),
    (
        J,
        "intensified_inadequacy",
        "kpe",
        "The school was not curious enough about Jaden's sudden change in behaviour.",
    ),
    (
        J,
        "intensified_inadequacy",
        "finding",
        "The chair failed to challenge the plan sufficiently.",
    ),
    (
        J,
        "intensified_inadequacy",
        "narrative",
        "Not nearly enough weight was given to what the children had said.",
    ),
    (
        J,
        "intensified_inadequacy",
        "finding",
        "The health visitor's records were insufficiently detailed to show what she had seen.",
    ),
    (
        J,
        "intensified_inadequacy",
        "kpe",
        "The social worker did not push hard enough to see the baby alone.",
    ),
    (
        J,
        "intensified_inadequacy",
        "finding",
        "The police response was nowhere near robust enough given the history of violence.",
    ),
    (
        J,
        "intensified_inadequacy",
        "finding",
        "The GP did not explore the mother's low mood sufficiently before prescribing.",
    ),
    (
        J,
        "intensified_inadequacy",
        "narrative",
        "Agencies were not sufficiently alert to the signs of exploitation.",
    ),
    (
        J,
        "intensified_inadequacy",
        "kpe",
        "The core group never scrutinised the father's claims closely enough.",
    ),
    (
        J,
        "intensified_inadequacy",
        "finding",
        "Supervision did not probe the case deeply enough to test whether the plan was working.",
    ),
    (
        J,
        "intensified_inadequacy",
        "finding",
        "The escalation was not prompt enough to protect Lena from further harm.",
    ),
    # --- classic hindsight and blame (judgemental) ---
    (
        J,
        "classic",
        "finding",
        "It is clear that the warning signs were missed by everyone involved.",
    ),
    (
        J,
        "classic",
        "finding",
        "The social worker failed to recognise the seriousness of the disclosure.",
    ),
    (J, "classic", "kpe", "The health visitor should have made a referral after the second visit."),
    (J, "classic", "finding", "This death was entirely preventable."),
    (J, "classic", "narrative", "The police ought to have arrested the father that night."),
    (
        J,
        "classic",
        "finding",
        "The GP practice neglected its responsibility to follow up the missed immunisations.",
    ),
    (J, "classic", "kpe", "The school's handling of the disclosure was careless and inadequate."),
    (
        J,
        "classic",
        "finding",
        "Obviously the children were at risk from the moment the partner moved in.",
    ),
    (
        J,
        "classic",
        "finding",
        "The duty team made a serious error of judgement in closing the case.",
    ),
    (
        J,
        "classic",
        "narrative",
        "The nursery should never have allowed the grandfather to collect the children.",
    ),
    (J, "classic", "kpe", "The warning signs were there for all to see."),
    (J, "classic", "finding", "The hospital's decision to discharge the baby was a grave mistake."),
    (
        J,
        "classic",
        "finding",
        "The social worker was negligent in not checking who else lived at the address.",
    ),
    # --- systemic (neutral) ---
    (
        N,
        "systemic",
        "finding",
        "The local authority's duty system closed contacts without a manager's review whenever the referral form lacked a named child.",
    ),
    (
        N,
        "systemic",
        "finding",
        "Health visitors in the area carried caseloads of around 700 families, against a recommended maximum of 400.",
    ),
    (
        N,
        "systemic",
        "recommendation",
        "The partnership should make sure that interpreters are booked for every visit to a family whose first language is not English.",
    ),
    (
        N,
        "systemic",
        "finding",
        "The police notification form has no field for the names of the children present, so schools cannot tell which child it concerns.",
    ),
    (
        N,
        "systemic",
        "finding",
        "Traveller families who move between sites lose their health records, because the records follow the registered address.",
    ),
    (
        N,
        "systemic",
        "finding",
        "The two GP systems in the area do not share safeguarding flags, so a flag added at one practice is not seen at the other.",
    ),
    (
        N,
        "systemic",
        "recommendation",
        "Commissioners should extend the perinatal mental health service to fathers.",
    ),
    (
        N,
        "systemic",
        "finding",
        "Out-of-hours calls are answered by a regional team that cannot see the local child protection records.",
    ),
    (
        N,
        "systemic",
        "finding",
        "Schools receive Operation Encompass calls only for incidents that police record as domestic abuse, not for other call types at the same address.",
    ),
    (
        N,
        "systemic",
        "finding",
        "Leaving care services close a young person's case when they move out of area, and there is no agreed way to hand it over.",
    ),
    (
        N,
        "systemic",
        "finding",
        "The referral pathway for young carers depends on a school noticing, and most young carers in the area are not known to any service.",
    ),
    (
        N,
        "systemic",
        "recommendation",
        "The safeguarding partnership should review how the front door screens notifications about unborn babies.",
    ),
    (
        N,
        "systemic",
        "finding",
        "Rural families are harder to reach because the nearest children's centre is eighteen miles away and there is no evening bus.",
    ),
    # --- negated blame making a systemic point (neutral) ---
    (
        N,
        "negated_blame",
        "finding",
        "This is not a criticism of the health visitor, who was working within a system that gave her no time to visit.",
    ),
    (
        N,
        "negated_blame",
        "finding",
        "No individual practitioner could reasonably have been expected to link the two records, which were held on different systems.",
    ),
    (
        N,
        "negated_blame",
        "kpe",
        "The review does not find that the social worker was at fault; the case was one of forty allocated to her.",
    ),
    (
        N,
        "negated_blame",
        "finding",
        "It would be wrong to blame the school for the delay, since the referral form it used had been withdrawn without notice.",
    ),
    (
        N,
        "negated_blame",
        "finding",
        "The officers who attended did what their guidance asked of them; the gap lies in the guidance.",
    ),
    (
        N,
        "negated_blame",
        "narrative",
        "The family did not blame any one professional, and neither does this review.",
    ),
    (
        N,
        "negated_blame",
        "finding",
        "None of this reflects a lack of care by the nursery staff, who raised their worries promptly and repeatedly.",
    ),
    (
        N,
        "negated_blame",
        "finding",
        "The GP was not at fault for failing to see the bruise, which was under the child's clothing and not mentioned.",
    ),
    (
        N,
        "negated_blame",
        "kpe",
        "The panel is clear that the duty manager's decision was reasonable on the information available at the time.",
    ),
    (
        N,
        "negated_blame",
        "finding",
        "Responsibility for the missed hand-over lies with the absence of a protocol, not with the practitioners who followed the existing one.",
    ),
    (
        N,
        "negated_blame",
        "finding",
        "The midwife is not to be criticised for accepting the mother's account, which was consistent and plausible.",
    ),
    (
        N,
        "negated_blame",
        "finding",
        "It is not the role of this review to apportion blame, and it does not do so.",
    ),
    (
        N,
        "negated_blame",
        "narrative",
        "Staff were not careless; they were stretched across three sites with one safeguarding lead.",
    ),
    # --- methodology text naming hindsight to reject it (neutral) ---
    (
        N,
        "methodology",
        "methodology",
        "The review has tried to avoid hindsight bias by considering what each practitioner knew at the time.",
    ),
    (
        N,
        "methodology",
        "methodology",
        "With the benefit of hindsight it is easy to see a pattern that was not visible to those involved, and the review has guarded against this.",
    ),
    (
        N,
        "methodology",
        "methodology",
        "The reviewers were mindful of outcome bias: knowing that Lena was harmed makes earlier decisions look worse than they were.",
    ),
    (
        N,
        "methodology",
        "methodology",
        "The purpose of this review is to learn, not to find fault with individuals.",
    ),
    (
        N,
        "methodology",
        "methodology",
        "Practitioners were asked to describe their thinking at the time, without reference to what happened later.",
    ),
    (
        N,
        "methodology",
        "methodology",
        "The systems methodology used here asks why decisions made sense to those who made them.",
    ),
    (
        N,
        "methodology",
        "methodology",
        "Hindsight has been set aside as far as possible; the findings are based on the information each agency held on each date.",
    ),
    (
        N,
        "methodology",
        "methodology",
        "The review team recognises the risk of judging practice by its outcome and has looked instead at the conditions in which practice took place.",
    ),
    (
        N,
        "methodology",
        "methodology",
        "This report does not ask whether the death could have been prevented, a question hindsight cannot answer fairly.",
    ),
    (
        N,
        "methodology",
        "methodology",
        "Where the review comments on a decision, it does so by reference to the procedures in force at the time, not to later knowledge.",
    ),
    (
        N,
        "methodology",
        "methodology",
        "A learning event was held with practitioners from all six agencies in June 2026.",
    ),
    (
        N,
        "methodology",
        "methodology",
        "The terms of reference were agreed by the partnership's case review group in February.",
    ),
    (
        N,
        "methodology",
        "methodology",
        "Family members were invited to contribute and the mother and grandmother met the lead reviewer twice.",
    ),
    # --- factual exceptions: procedural or literal "should", "failed", "could have" (neutral) ---
    (
        N,
        "factual_exception",
        "narrative",
        "The local procedures say that a child under one with a bruise should be referred for a paediatric assessment.",
    ),
    (
        N,
        "factual_exception",
        "narrative",
        "Under the protocol, the strategy discussion should take place within one working day of the referral.",
    ),
    (
        N,
        "factual_exception",
        "narrative",
        "The mother told the health visitor that the baby should be fed every three hours.",
    ),
    (
        N,
        "factual_exception",
        "narrative",
        "The boiler failed in December and was not repaired until February.",
    ),
    (
        N,
        "factual_exception",
        "narrative",
        "Jaden failed his mock exams and asked his teacher whether he could resit them.",
    ),
    (
        N,
        "factual_exception",
        "narrative",
        "The family could have moved to a larger flat in March but chose to stay near the children's school.",
    ),
    (
        N,
        "factual_exception",
        "recommendation",
        "The partnership should publish a short guide for schools on young carers by March 2027.",
    ),
    (
        N,
        "factual_exception",
        "narrative",
        "The guidance in force at the time stated that children should be seen alone at every statutory visit.",
    ),
    (
        N,
        "factual_exception",
        "narrative",
        "The father said he would have come to the conference if it had been held in the evening.",
    ),
    (
        N,
        "factual_exception",
        "narrative",
        "Had the weather allowed, the family planned to travel to the horse fair in June.",
    ),
    (
        N,
        "factual_exception",
        "narrative",
        "The nurse advised that the wound should be kept dry for five days.",
    ),
    (
        N,
        "factual_exception",
        "narrative",
        "Minh said he could have run away from the nail bar but did not know where to go.",
    ),
    (
        N,
        "factual_exception",
        "recommendation",
        "Each agency should send the partnership a short account of its progress on the traveller-site actions by the end of the summer term.",
    ),
    # --- quotations of other people's blame (neutral) ---
    (
        N,
        "quotation",
        "conversation",
        'The mother told the review: "They should have listened to me when I said he was dangerous."',
    ),
    (
        N,
        "quotation",
        "conversation",
        'Ikran said, "Nobody asked me what it was like at home, not once."',
    ),
    (
        N,
        "quotation",
        "conversation",
        'The grandmother\'s view was that "the council failed those children".',
    ),
    (
        N,
        "quotation",
        "conversation",
        'The father described the social worker as "useless" and said she "never bothered to come".',
    ),
    (
        N,
        "quotation",
        "kpe",
        'The head of year recalled thinking, "If I\'d rung that afternoon, would it have changed anything?"',
    ),
    (
        N,
        "quotation",
        "conversation",
        "Jaden said, \"If they'd moved me when I asked, I wouldn't have got stabbed.\"",
    ),
    (
        N,
        "quotation",
        "narrative",
        'A neighbour told police that the children "were always left on their own" and that "someone should have done something".',
    ),
    (
        N,
        "quotation",
        "conversation",
        'The aunt said the professionals were "not curious enough" about who was in the house.',
    ),
    (
        N,
        "quotation",
        "kpe",
        'The health visitor told the learning event that she "could easily have missed it" on any busy day.',
    ),
    (
        N,
        "quotation",
        "conversation",
        'Hope said, "A better doctor would have seen I wasn\'t coping."',
    ),
    (
        N,
        "quotation",
        "narrative",
        'The press report described the agencies as having "blood on their hands"; the review does not share that view.',
    ),
    (
        N,
        "quotation",
        "conversation",
        'Sahra\'s words were: "There is no excuse for letting my daughter translate for the police."',
    ),
    (
        N,
        "quotation",
        "conversation",
        'The foster carer said the placement "was never given enough support".',
    ),
    # --- recommendations: forward-looking "should" (neutral) ---
    (
        N,
        "recommendation",
        "recommendation",
        "The safeguarding partnership should agree a protocol for sharing health records when a Traveller family moves between sites.",
    ),
    (
        N,
        "recommendation",
        "recommendation",
        "Children's social care should ensure that the front door records the names of all children present when a police notification is screened.",
    ),
    (
        N,
        "recommendation",
        "recommendation",
        "The police should never use a child of the household as an interpreter, and the force should issue guidance to officers on this within three months.",
    ),
    (
        N,
        "recommendation",
        "recommendation",
        "Schools in the partnership should be offered training on recognising young carers, starting in the autumn term.",
    ),
    (
        N,
        "recommendation",
        "recommendation",
        "The integrated care board should review whether fathers can be referred to perinatal mental health services.",
    ),
    (
        N,
        "recommendation",
        "recommendation",
        "Leaving care services should hand over, in person, to the receiving authority whenever a care leaver with a baby moves area.",
    ),
    (
        N,
        "recommendation",
        "recommendation",
        "Hospitals should send the discharge summary for any infant seen with a head injury to the health visitor within two working days.",
    ),
    (
        N,
        "recommendation",
        "recommendation",
        "The partnership should commission a Romani interpreting service and publish how to book it.",
    ),
    (
        N,
        "recommendation",
        "recommendation",
        "Agencies should check, at every strategy discussion, who else lives in or regularly visits the household.",
    ),
    (
        N,
        "recommendation",
        "recommendation",
        "The local authority should consider how its out-of-hours team can see child protection plans in real time.",
    ),
    (
        N,
        "recommendation",
        "recommendation",
        "Youth services and the exploitation hub should jointly map the places where children in the area are being recruited.",
    ),
    (
        N,
        "recommendation",
        "recommendation",
        "Practitioners should be given protected time to read a family's history before a first visit.",
    ),
    (
        N,
        "recommendation",
        "recommendation",
        "The partnership should report to the family, in writing, what has changed as a result of this review.",
    ),
    # --- plain neutral narrative (neutral) ---
    (
        N,
        "neutral",
        "narrative",
        "On 14 March the health visitor completed the two-year review at the family home.",
    ),
    (
        N,
        "neutral",
        "narrative",
        "The police attended the address at 23:40 and spoke to both adults.",
    ),
    (
        N,
        "neutral",
        "narrative",
        "The school made a referral to children's social care on the morning of 3 February.",
    ),
    (
        N,
        "neutral",
        "finding",
        "The family moved three times in eighteen months, twice between local authority areas.",
    ),
    (
        N,
        "neutral",
        "narrative",
        "A strategy discussion was held by telephone the next day with police, health and the school.",
    ),
    (
        N,
        "neutral",
        "narrative",
        "Rania attended English classes twice a week at the adult learning centre.",
    ),
    (
        N,
        "neutral",
        "narrative",
        "The child protection medical found a healing fracture of the left wrist.",
    ),
    (
        N,
        "neutral",
        "finding",
        "At the review conference in July, Riya's plan was ended and Dev's continued for another three months.",
    ),
    (
        N,
        "neutral",
        "narrative",
        "The grandmother looked after the children most afternoons while the mother worked.",
    ),
    (
        N,
        "neutral",
        "narrative",
        "Kelly moved to live with a family friend under a voluntary agreement in March.",
    ),
    (
        N,
        "neutral",
        "finding",
        "Attendance at the core group meetings was good, with all agencies represented at five of the six.",
    ),
    (
        N,
        "neutral",
        "narrative",
        "The twins were born at 34 weeks and spent twelve days in the neonatal unit.",
    ),
    (
        N,
        "neutral",
        "narrative",
        "The youth worker met Yousef weekly for football from April onwards.",
    ),
]


def main() -> int:
    out = HERE / "heldout3.jsonl"
    with open(out, "w", encoding="utf-8") as handle:
        for number, (judgemental, kind, source, text) in enumerate(ROWS, 1):
            row = {
                "id": f"m{number:03d}",
                "text": text,
                "judgemental": judgemental,
                "kind": kind,
                "source": source,
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    judged = sum(1 for row in ROWS if row[0])
    print(f"{len(ROWS)} sentences: {judged} judgemental, {len(ROWS) - judged} neutral")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
