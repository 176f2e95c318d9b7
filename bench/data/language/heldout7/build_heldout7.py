# ruff: noqa
"""Build heldout7.jsonl: a blind, hand-written held-out test set of sentences
from fictional child safeguarding practice reviews (England and Wales style),
labelled for hindsight bias / blame in the reviewer's own voice.

Run from the repository root:
    python3 bench/data/language/heldout7/build_heldout7.py

Standard library only. Every sentence below is one hand-written literal.
Rows are shuffled with a fixed seed so that ids do not reveal the kind.
"""

import json
import random
from collections import Counter
from pathlib import Path

JUDGEMENTAL_KINDS = {
    "classic",
    "counterfactual",
    "imagined_better",
    "moralising",
    "modal_adverb",
    "intensified_inadequacy",
}
NON_JUDGEMENTAL_KINDS = {
    "systemic",
    "negated_blame",
    "methodology",
    "quotation",
    "factual_exception",
    "recommendation",
    "neutral",
}
SOURCES = {"kpe", "finding", "narrative", "conversation", "recommendation", "methodology"}

# Each entry: (text, source)

CLASSIC = [
    (
        "The health visitor should have weighed Child R at the ten-day contact and escalated the bruising to the GP the same day.",
        "finding",
    ),
    (
        "Children's social care failed to convene a strategy discussion despite two referrals within a week describing unexplained bruising to a non-mobile baby.",
        "finding",
    ),
    (
        "The attendance at the emergency department in March was a missed opportunity to ask how a six-week-old infant had come to have a torn frenulum.",
        "kpe",
    ),
    (
        "It was obvious from the school's own attendance records that Child T was being drawn into county lines activity long before the police made the link.",
        "finding",
    ),
    (
        "Staff at the respite unit neglected to record the marks on Child M's upper arms, so no pattern could ever emerge.",
        "narrative",
    ),
    (
        "The decision to close the case after a single home visit to the home-educated child was inexcusable.",
        "finding",
    ),
    (
        "This was poor practice by the allocated social worker, who accepted Mother's account of the injury without speaking to the child.",
        "finding",
    ),
    (
        "There was a striking lack of professional curiosity on the part of the GP, who never asked why Mr J attended every one of Ms K's appointments with her.",
        "finding",
    ),
    (
        "Given the escalating pattern of coercive control already known to the police, the serious assault in October was entirely predictable.",
        "kpe",
    ),
    (
        "The death of Baby L was foreseeable once professionals knew that the family had no cot and that Father drank heavily in the evenings.",
        "finding",
    ),
    (
        "The IRO ought to have challenged the placement plan at the second review rather than noting the concerns and moving on.",
        "finding",
    ),
    (
        "With no one drawing together what each agency knew, it was inevitable that Child T would eventually be seriously harmed.",
        "finding",
    ),
    (
        "The private fostering arrangement went unassessed for eight months because the school failed to notify the local authority, as it was plainly required to do.",
        "finding",
    ),
    (
        "The midwife did not pick up on Mother's deteriorating mental state, which ought to have been apparent from the booking history alone.",
        "finding",
    ),
    (
        "Professionals were far too ready to take Father's explanation at face value, and this want of curiosity lies at the heart of what went wrong for Child R.",
        "finding",
    ),
    (
        "On 3 March the health visitor called at the flat, weighed the baby and, inexplicably, left without asking about the mark on his cheek.",
        "narrative",
    ),
]

COUNTERFACTUAL = [
    (
        "Had the GP shared the record of the earlier bruise with the health visitor, the injury in May would not have occurred.",
        "finding",
    ),
    (
        "If the school nurse had followed up the missed dental appointments, the neglect of Child E would have come to light a year earlier.",
        "finding",
    ),
    (
        "A referral to children's social care at the point of the first disclosure would have prevented the later abuse of Child A.",
        "finding",
    ),
    (
        "A single check of police records would have revealed Mr J's previous convictions for violence against a former partner.",
        "finding",
    ),
    (
        "Had anyone spoken to Child T on his own after his friend was stabbed, he would have told them that he was being made to carry drugs.",
        "narrative",
    ),
    (
        "Were the respite staff to have photographed the marks in January, the fracture that followed would almost certainly have been avoided.",
        "finding",
    ),
    (
        "An unannounced visit in the spring would have shown the conditions in which Child E was being educated at home, and she would have been safeguarded months sooner.",
        "finding",
    ),
    (
        "Had the midwife asked about sleeping arrangements at the final postnatal visit, Baby L would be alive today.",
        "kpe",
    ),
    (
        "If Mother's psychiatrist had been told that she was the sole carer of a toddler, admission would have been arranged before the crisis rather than after it.",
        "finding",
    ),
    (
        "With a timely strategy discussion, the skull fracture suffered by Child R would never have happened.",
        "finding",
    ),
    (
        "Had the health visitor's concerns reached the social worker in time, Child R would not have been returned to his parents' care.",
        "finding",
    ),
    (
        "The abuse would have stopped the moment the police had acted on the neighbour's first anonymous call.",
        "finding",
    ),
    (
        "But for the decision to downgrade the referral, the coercive control of Ms K would have been identified and she and the children moved to safety.",
        "finding",
    ),
    (
        "An interpreter at the age assessment would have uncovered that Child S was being moved between addresses by the men who brought him to the UK.",
        "finding",
    ),
    (
        "Had the private foster carer been assessed as the regulations require, her partner's conviction would have surfaced and Child P would never have lived in that house.",
        "finding",
    ),
    (
        "If even one agency had put the pieces together, Child A's contact with the adult would have been uncovered long before any images were shared.",
        "finding",
    ),
]

IMAGINED_BETTER = [
    (
        "A more experienced health visitor would have recognised the bruise as a sentinel injury and acted on it the same day.",
        "finding",
    ),
    ("Any competent social worker would have insisted on seeing Child E's bedroom.", "finding"),
    (
        "A reasonable GP, presented with a four-month-old with a torn frenulum, would have referred the baby for a child protection medical.",
        "finding",
    ),
    (
        "A practitioner alert to the signs of exploitation would have seen at once that Child T's new trainers and second phone were not presents from a friend.",
        "finding",
    ),
    (
        "Most designated safeguarding leads would have contacted the local authority within a day of learning that Child P was living with a family friend.",
        "finding",
    ),
    (
        "An experienced respite manager would not have allowed the same member of staff to provide intimate care to Child M after two complaints.",
        "finding",
    ),
    (
        "A competent midwife would have asked where the baby was going to sleep and would not have accepted the sofa as an answer.",
        "finding",
    ),
    (
        "Any IRO worthy of the title would have escalated the drift in Child D's care plan to the head of service.",
        "finding",
    ),
    (
        "A more inquisitive officer would have asked who else was living at the address and would have found that Mr J had moved back in.",
        "finding",
    ),
    (
        "A conscientious psychiatrist would have asked who was looking after the child while Mother was acutely unwell.",
        "finding",
    ),
    (
        "A well-trained call handler would have picked up that Ms K was speaking under duress and sent officers immediately.",
        "finding",
    ),
    (
        "The paediatrician's explanation for the bruising would not have satisfied a clinician with even basic safeguarding training.",
        "finding",
    ),
    (
        "In the hands of a more skilled practitioner, Child A's hint in the classroom would have led to a referral that afternoon.",
        "finding",
    ),
    (
        "An assessor who understood trafficking would have treated Child S's fear of the man at the hostel as an indicator rather than as evasiveness.",
        "finding",
    ),
    (
        "Better-trained staff would have noticed that Child M went rigid whenever certain carers came on shift.",
        "narrative",
    ),
]

MORALISING = [
    (
        "There is no excuse for a six-week delay in responding to a referral about bruising on a non-mobile baby.",
        "finding",
    ),
    ("It was the health visitor's duty to see the baby, and she did not fulfil it.", "finding"),
    ("The decision not to hold a strategy discussion cannot be justified.", "finding"),
    (
        "High caseloads are no excuse for leaving a child subject to a child protection plan unvisited for two months.",
        "finding",
    ),
    ("Child T was let down by every agency that came into contact with him.", "kpe"),
    ("The school's silence about the private fostering arrangement is indefensible.", "finding"),
    (
        "Whatever the pressures on the service, professionals owed Child M a basic duty to listen to him, and that duty was not discharged.",
        "finding",
    ),
    (
        "It is unacceptable that a disabled child's distress was written off as challenging behaviour.",
        "finding",
    ),
    (
        "Nothing can justify leaving a 15-year-old asylum seeker in a hostel with unrelated adults for seven weeks.",
        "finding",
    ),
    (
        "Professionals had a moral obligation to act on what they knew about Mr J, and they chose not to.",
        "finding",
    ),
    (
        "Workload pressure, however real, does not excuse the decision to prefer Mother's word over the findings of the skeletal survey.",
        "finding",
    ),
    (
        "It was incumbent on the GP practice to share that information, and its failure to do so amounts to a serious dereliction.",
        "finding",
    ),
    ("Child A was failed by the very professionals whose job it was to protect her.", "kpe"),
    (
        "To have left Baby L's mother without any safe sleep advice, knowing what was known about her circumstances, was simply wrong.",
        "finding",
    ),
    (
        "On the night of the assault officers left Ms K at the address with a leaflet, a response that no victim of coercive control should ever receive.",
        "narrative",
    ),
]

MODAL_ADVERB = [
    (
        "The social worker should clearly have spoken to Child R's father before the case was closed.",
        "finding",
    ),
    (
        "The bruising could easily have been photographed and shared with the paediatrician at the time.",
        "finding",
    ),
    ("The school must surely have known that Child T had not attended for three weeks.", "finding"),
    (
        "A body map would obviously have shown the pattern of injury to anyone who looked at it.",
        "finding",
    ),
    (
        "Ward staff must have known that Mother was planning to take the baby home to a flat with no heating and no cot.",
        "finding",
    ),
    (
        "The respite manager should certainly have suspended the carer pending investigation.",
        "finding",
    ),
    ("The GP could quite reasonably have been expected to ask Mr J about his drinking.", "finding"),
    (
        "The practitioners must have realised, given what Child A's friend had told them, that she was in contact with an adult.",
        "finding",
    ),
    (
        "The duty team could readily have checked whether the family was known to the neighbouring authority.",
        "finding",
    ),
    (
        "Officers should plainly have searched the flat in June, when they found Child T there with two adults from outside the area.",
        "finding",
    ),
    (
        "Somebody should really have asked why Child E's name had been taken off the school roll.",
        "finding",
    ),
    (
        "The health visitor must certainly have noticed that there was nowhere safe for the baby to sleep.",
        "finding",
    ),
    (
        "The age assessment should properly have been deferred until Child S had an interpreter and legal advice.",
        "finding",
    ),
    (
        "Children's social care could surely have found a placement closer to Child D's school.",
        "finding",
    ),
    (
        "The crisis team would obviously have seen the risk to the toddler had they read the referral form in full.",
        "finding",
    ),
    (
        "The officers who attended must have known that Ms K could not speak freely with Mr J standing in the room.",
        "finding",
    ),
]

INTENSIFIED_INADEQUACY = [
    (
        "The safety plan agreed with Mother did not sufficiently address the risk posed by Father's return to the household.",
        "finding",
    ),
    ("The multi-agency response to Child T's exploitation was not robust enough.", "finding"),
    (
        "The risk assessment for Child M's overnight stays was insufficiently detailed and was never revisited.",
        "finding",
    ),
    ("The police failed to adequately investigate the first report of online grooming.", "finding"),
    ("Agencies did not do enough to understand what Child E's days were actually like.", "finding"),
    (
        "Too little weight was given to the neighbour's reports of shouting and of a baby crying for hours.",
        "finding",
    ),
    (
        "The assessment of Mother's ability to care for a toddler during a psychotic episode was inadequate.",
        "finding",
    ),
    (
        "The enquiries made of the private foster carer were superficial and relied entirely on what she chose to tell the school.",
        "finding",
    ),
    (
        "The supervision given to the newly qualified social worker fell well below what a case of this complexity demanded.",
        "finding",
    ),
    ("The response to Ms K's disclosures was half-hearted and piecemeal.", "finding"),
    (
        "Safe sleep advice was given only in a cursory way, as a leaflet handed over at discharge.",
        "finding",
    ),
    (
        "The age assessment paid scant attention to the indicators of trafficking in Child S's account.",
        "finding",
    ),
    (
        "Child R's voice is barely present in the assessment, which is a significant weakness.",
        "finding",
    ),
    (
        "Challenge between agencies was weak, and concerns raised at the core group were never pressed home.",
        "finding",
    ),
    (
        "The GP saw Ms K on 12 April and, in a consultation that barely touched on her low mood or her bruised wrist, renewed her prescription.",
        "narrative",
    ),
]

SYSTEMIC = [
    (
        "The electronic record used by the health visiting service did not display safeguarding alerts from the GP system, so the health visitor could not have seen the earlier bruise unless someone told her about it.",
        "finding",
    ),
    (
        "At the time, the emergency department had no routine process for flagging injuries in non-mobile babies to the safeguarding team, and decisions depended on the experience of whoever was on shift.",
        "finding",
    ),
    (
        "The duty team was carrying a forty per cent vacancy rate, and agency workers were routinely allocated cases on the day they started.",
        "finding",
    ),
    (
        "Criminal exploitation was understood locally as a policing matter, which meant that schools and health services did not see referral as their business.",
        "finding",
    ),
    (
        "Respite staff were rotated between three units, so no single carer saw Child M often enough to notice a change in him.",
        "finding",
    ),
    (
        "The legal framework for elective home education gives the local authority no right of entry, and officers in this area had been told to rely on written reports from parents.",
        "finding",
    ),
    (
        "Safe sleep messages were delivered by several services, but none of them was tasked with checking whether the advice could be followed in a home without a cot.",
        "finding",
    ),
    (
        "Adult mental health services recorded information about the patient rather than the household, so the presence of a toddler was not visible to the crisis team.",
        "finding",
    ),
    (
        "Private fostering arrangements come to light only if carers or professionals notify them, and awareness of the duty among school staff was low across the partnership.",
        "finding",
    ),
    (
        "The referral pathway for online abuse sent concerns to a regional police unit that had no way of feeding back to schools, so staff reasonably assumed the matter was in hand.",
        "finding",
    ),
    (
        "The age assessment guidance then in use steered social workers towards a single long interview, which made it hard to build the trust needed for a child to speak about trafficking.",
        "finding",
    ),
    (
        "Multi-agency risk assessment conferences allowed about ten minutes per case, which left little room to discuss coercive control where there had been no recent physical violence.",
        "finding",
    ),
    (
        "Practice was shaped by a performance framework that measured the timeliness of assessments rather than their quality, and practitioners described feeling that closing cases was what counted.",
        "finding",
    ),
    (
        "Because the GP practice, the health visitor and the school nurse each held part of the picture on different systems, no one professional was in a position to see the pattern of missed appointments.",
        "finding",
    ),
    (
        "Where the IRO service had manageable caseloads, as in the neighbouring team, challenge to care plans was routine; the conditions in this team made it the exception.",
        "finding",
    ),
]

NEGATED_BLAME = [
    (
        "This is not a failure of the individual health visitor, who followed the guidance she had been given.",
        "finding",
    ),
    (
        "It would be wrong to conclude that the social worker should have known about the previous injury, since that information sat in a system she could not access.",
        "finding",
    ),
    (
        "The review does not seek to blame the respite staff, but to understand why their concerns did not reach the manager.",
        "finding",
    ),
    (
        "It is not the view of the review that the GP missed an obvious sign; the presentation was unremarkable at the time.",
        "finding",
    ),
    (
        "None of this is to say that the school failed Child T; rather, it was working without information that other agencies held.",
        "finding",
    ),
    (
        "The panel did not find that any single professional could reasonably have prevented Baby L's death.",
        "finding",
    ),
    (
        "It would be unfair to describe the acceptance of the home education report as negligent when it reflected the local authority's written procedure.",
        "finding",
    ),
    (
        "The reviewers were careful not to treat the crisis team's decision as a mistake in retrospect; on what was known that night, it was a reasonable judgement.",
        "finding",
    ),
    (
        "This is not a story of professionals who did not care; many of those involved with Child M worked hard for him and his family.",
        "finding",
    ),
    (
        "Nor should the officers be criticised for leaving Ms K at the address, since she told them she felt safe and they had no power to remove her.",
        "finding",
    ),
    (
        "It is not suggested that the designated safeguarding lead ought to have recognised the arrangement as private fostering; the training she had received did not cover it.",
        "finding",
    ),
    ("The review has found no negligence or lack of care on the part of the midwife.", "finding"),
    (
        "Rather than asking who failed Child A, the review asks why the system made it so hard to connect the school's concern with what the police knew.",
        "finding",
    ),
    (
        "To say that the age assessors should have identified trafficking would be to ignore both the guidance they worked to and the time they were given.",
        "finding",
    ),
    (
        "The absence of a strategy discussion was not the result of any individual's carelessness but of a threshold document that was widely misunderstood.",
        "finding",
    ),
]

METHODOLOGY = [
    (
        "The review uses the SCIE Learning Together model, which seeks to understand why practice made sense to those involved at the time.",
        "methodology",
    ),
    (
        "Reviewers have tried to guard against hindsight bias: knowing that Child R was later seriously injured makes the earlier signs look far clearer than they were.",
        "methodology",
    ),
    (
        "Outcome bias, the tendency to judge a decision by its result rather than by the information available when it was made, was discussed explicitly with the review team.",
        "methodology",
    ),
    (
        "The review avoids counterfactual statements of the kind 'if X had happened, the harm would have been prevented', because such claims cannot be tested.",
        "methodology",
    ),
    (
        "Key practice episodes were identified by the review team and explored with practitioners at two learning events.",
        "methodology",
    ),
    (
        "Practitioners were asked what they knew, what they were trying to achieve and what got in the way, rather than what they should have done.",
        "methodology",
    ),
    (
        "The findings are framed as questions for the safeguarding partnership, not as judgements about individuals.",
        "methodology",
    ),
    (
        "The review team comprised an independent lead reviewer, a senior manager from each statutory partner and a family liaison worker.",
        "methodology",
    ),
    (
        "Family members were invited to contribute; Mother met the lead reviewer twice, and Child T's grandmother provided a written account.",
        "methodology",
    ),
    (
        "The terms of reference asked the review to consider the period from Child E's withdrawal from school to her admission to hospital.",
        "methodology",
    ),
    (
        "Where the phrase 'missed opportunity' appears in agency chronologies, it reflects the author of that chronology and not a conclusion of this review.",
        "methodology",
    ),
    (
        "It is easy, looking back, to say what should have been done; the harder and more useful question is why it was not.",
        "methodology",
    ),
    (
        "The analysis distinguishes the quality of a decision from the quality of its outcome, since sound decisions can still be followed by tragic outcomes.",
        "methodology",
    ),
    (
        "Because criminal proceedings were ongoing, some practitioners could not be interviewed and their perspective has been drawn from the records.",
        "methodology",
    ),
    (
        "Statements about what practitioners 'ought to' have seen have been avoided, because the review cannot recreate the uncertainty in which they worked.",
        "methodology",
    ),
]

QUOTATION = [
    (
        "Mother told the review: 'The health visitor should have seen what he was doing to us; she was in the house every week.'",
        "conversation",
    ),
    (
        "A neighbour told the local newspaper that social services had 'failed that baby from start to finish'.",
        "narrative",
    ),
    (
        "In his sentencing remarks the judge said that Mr J's violence 'should have been obvious to anyone who spent five minutes with the family'.",
        "narrative",
    ),
    (
        "Child T's grandmother said, 'They all knew he was being used, and nobody lifted a finger.'",
        "conversation",
    ),
    (
        "The respite carer recalled thinking, 'I should have written it down, but I assumed the night staff would.'",
        "conversation",
    ),
    (
        "One social worker described the period as one in which 'we were all failing, and we knew it, but there was nobody to tell'.",
        "conversation",
    ),
    ("The headline in the local paper read 'Council missed chances to save Baby L'.", "narrative"),
    (
        "Child A told her teacher that the man had written 'no one will believe you and it's your fault anyway'.",
        "narrative",
    ),
    (
        "The IRO's escalation note recorded: 'This placement plan is inadequate and the local authority has neglected its duty to Child D.'",
        "narrative",
    ),
    (
        "Ms K said that the police 'could easily have arrested him that night, and if they had, none of the rest would have happened'.",
        "conversation",
    ),
    (
        "The coroner's report stated that the GP practice 'ought to have shared' the information about Mother's admission with the health visitor.",
        "narrative",
    ),
    (
        "An inspection report, quoted in the unit's chronology, described its recording as 'not robust enough to keep children safe'.",
        "narrative",
    ),
    (
        "Child S's solicitor wrote to the local authority that the age assessment was 'unlawful, superficial and conducted without any regard to his trauma'.",
        "narrative",
    ),
    (
        "Father said at the family meeting that 'any decent social worker would have taken the kids off her years ago'.",
        "conversation",
    ),
    (
        "In a letter to the review, the home education adviser wrote: 'Had I been allowed to see Child E, I would have known something was wrong.'",
        "conversation",
    ),
]

FACTUAL_EXCEPTION = [
    (
        "Child R was not brought to three consecutive health visitor appointments between March and June.",
        "narrative",
    ),
    (
        "The paediatrician diagnosed faltering growth, at that time recorded as failure to thrive, and arranged a dietetic review.",
        "narrative",
    ),
    (
        "A missing person report was made by the children's home on each of the eleven occasions Child T did not return overnight.",
        "narrative",
    ),
    (
        "The psychiatrist assessed Mother as lacking capacity to make decisions about her treatment, and she was detained under section 2 of the Mental Health Act.",
        "narrative",
    ),
    (
        "The local procedures state that staff should photograph any injury to a non-mobile baby and seek a paediatric opinion the same day.",
        "narrative",
    ),
    (
        "Should the threshold for a strategy discussion be met, the duty manager convenes it within one working day.",
        "narrative",
    ),
    ("Had he lived, Baby L would have been three years old this month.", "narrative"),
    (
        "Under the arrangements then in place, Child R could have been seen at the Thursday drop-in without an appointment, and the records show he was taken there twice.",
        "narrative",
    ),
    (
        "The bruise was clearly recorded on a body map by the emergency department nurse, with measurements and a photograph.",
        "narrative",
    ),
    (
        "The forensic examination of the phone failed to recover the deleted messages because the device had been reset to factory settings.",
        "narrative",
    ),
    (
        "Child M's care plan said that staff must not leave him alone in the bath, and the shift records show that this was observed.",
        "narrative",
    ),
    (
        "The police would have needed Ms K's consent to share the information with the GP, and she gave it on 4 May.",
        "narrative",
    ),
    (
        "Child S told the assessors that he had missed a year of schooling while travelling through several countries.",
        "narrative",
    ),
    (
        "The ward's discharge checklist says that parents ought to be shown how to place the baby on its back to sleep.",
        "narrative",
    ),
    (
        "Child E would have been due to start secondary school that September had she been on a school roll.",
        "narrative",
    ),
]

RECOMMENDATION = [
    (
        "The safeguarding partnership should seek assurance that injuries in non-mobile babies are referred to a paediatrician in line with the bruising protocol.",
        "recommendation",
    ),
    (
        "Health and social care records ought to be linked so that a safeguarding alert raised by one service is visible to the others.",
        "recommendation",
    ),
    (
        "Schools must be reminded of their duty to notify the local authority of private fostering arrangements.",
        "recommendation",
    ),
    (
        "The partnership should commission training on criminal exploitation for school staff, with a focus on recognising children as victims rather than offenders.",
        "recommendation",
    ),
    (
        "Adult mental health services should record the caring responsibilities of every patient admitted in crisis and share them with children's services where a child under five is involved.",
        "recommendation",
    ),
    (
        "The local authority should review its elective home education procedure so that every child is seen at least once a year.",
        "recommendation",
    ),
    (
        "Respite providers must ensure that marks and injuries on disabled children are recorded on a body map and reported to the manager the same day.",
        "recommendation",
    ),
    (
        "Commissioners ought to consider whether safe sleep advice can be backed by practical help, such as the provision of a cot.",
        "recommendation",
    ),
    (
        "The partnership should ask the police to confirm that online abuse referrals from schools receive written feedback within ten working days.",
        "recommendation",
    ),
    (
        "Age assessments should not be completed until the young person has had access to an interpreter, an appropriate adult and legal advice.",
        "recommendation",
    ),
    (
        "Risk assessment conference arrangements should allow enough time to consider coercive control where there has been no recent physical assault.",
        "recommendation",
    ),
    (
        "The IRO service should be resourced so that caseloads fall within the range recommended in national guidance.",
        "recommendation",
    ),
    (
        "Should the partnership accept these recommendations, it will need to test their effect through a follow-up audit in twelve months.",
        "recommendation",
    ),
    (
        "Practitioners should be supported through supervision to ask about everyone who lives in or visits the household, including partners not named on referrals.",
        "recommendation",
    ),
    (
        "The partnership must satisfy itself that the learning from this review reaches frontline staff and is not confined to senior managers.",
        "recommendation",
    ),
]

NEUTRAL = [
    ("Child R was born at 38 weeks and went home with Mother on day two.", "narrative"),
    (
        "The health visitor completed the new birth visit at twelve days and noted that the baby was feeding well.",
        "narrative",
    ),
    (
        "In September Child T moved to a pupil referral unit, where staff quickly built a good relationship with him.",
        "narrative",
    ),
    (
        "The school nurse arranged a meeting with Mother and the designated safeguarding lead within a week of the disclosure, which was good practice.",
        "kpe",
    ),
    (
        "Child M, who has cerebral palsy and communicates using signs and a tablet, stayed at the respite unit two weekends a month.",
        "narrative",
    ),
    (
        "Child E was withdrawn from primary school in Year 4, and Mother wrote to the local authority to say that she would educate her at home.",
        "narrative",
    ),
    (
        "Baby L was found unresponsive on the sofa in the early hours, and the ambulance arrived within eight minutes.",
        "narrative",
    ),
    (
        "The crisis team visited Mother the same evening, and her sister agreed to stay with the family overnight.",
        "narrative",
    ),
    (
        "Child P, then aged 13, came to live with a family friend when her mother went abroad to care for a relative.",
        "narrative",
    ),
    (
        "When Child A told her form tutor about the messages, the tutor listened, reassured her and passed the information to the designated safeguarding lead that morning.",
        "kpe",
    ),
    (
        "Child S arrived at a port in Kent in the back of a lorry and told officers that he was 15.",
        "narrative",
    ),
    (
        "Ms K first told her GP that Mr J checked her phone and controlled her money during a consultation about headaches.",
        "narrative",
    ),
    (
        "The social worker visited fortnightly and saw the children alone on each occasion.",
        "narrative",
    ),
    (
        "Police and children's social care held a joint strategy discussion and agreed that a child protection medical was needed.",
        "kpe",
    ),
    (
        "The specialist exploitation worker met Child T weekly at a cafe of his choosing, and over time he came to trust her.",
        "narrative",
    ),
]

GROUPS = [
    ("classic", CLASSIC),
    ("counterfactual", COUNTERFACTUAL),
    ("imagined_better", IMAGINED_BETTER),
    ("moralising", MORALISING),
    ("modal_adverb", MODAL_ADVERB),
    ("intensified_inadequacy", INTENSIFIED_INADEQUACY),
    ("systemic", SYSTEMIC),
    ("negated_blame", NEGATED_BLAME),
    ("methodology", METHODOLOGY),
    ("quotation", QUOTATION),
    ("factual_exception", FACTUAL_EXCEPTION),
    ("recommendation", RECOMMENDATION),
    ("neutral", NEUTRAL),
]


def build_rows():
    items = []
    for kind, entries in GROUPS:
        for text, source in entries:
            items.append((kind, text, source))
    random.Random(20261205).shuffle(items)
    rows = []
    for i, (kind, text, source) in enumerate(items, start=1):
        row = {
            "id": "h7_%03d" % i,
            "text": text,
            "judgemental": kind in JUDGEMENTAL_KINDS,
            "kind": kind,
            "source": source,
        }
        if kind == "quotation":
            row["quotation"] = True
        rows.append(row)
    return rows


def check(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [r["text"] for r in rows]
    dup = [t for t, n in Counter(texts).items() if n > 1]
    assert not dup, "duplicate texts: %r" % dup
    norm = [" ".join(t.lower().split()) for t in texts]
    assert len(norm) == len(set(norm)), "near-duplicate texts (case/space)"
    for r in rows:
        kind = r["kind"]
        assert kind in JUDGEMENTAL_KINDS | NON_JUDGEMENTAL_KINDS, kind
        assert r["judgemental"] == (kind in JUDGEMENTAL_KINDS), r["id"]
        assert r["source"] in SOURCES, (r["id"], r["source"])
        assert r["text"] == r["text"].strip() and r["text"], r["id"]
        if kind == "quotation":
            assert r.get("quotation") is True, r["id"]
        else:
            assert "quotation" not in r, r["id"]


def main():
    rows = build_rows()
    check(rows)
    out = Path(__file__).resolve().parent / "heldout7.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check what was written
    reread = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert reread == rows, "written file does not match"
    check(reread)
    counts = Counter(r["kind"] for r in reread)
    print("wrote %d rows to %s" % (len(reread), out))
    for kind, _ in GROUPS:
        label = "true " if kind in JUDGEMENTAL_KINDS else "false"
        print("  %-24s %s %3d" % (kind, label, counts[kind]))
    n_true = sum(r["judgemental"] for r in reread)
    print(
        "judgemental true: %d, false: %d, share true: %.1f%%"
        % (n_true, len(reread) - n_true, 100.0 * n_true / len(reread))
    )
    print("sources:", dict(sorted(Counter(r["source"] for r in reread).items())))


if __name__ == "__main__":
    main()
