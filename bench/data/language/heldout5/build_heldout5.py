"""Assemble heldout5.jsonl from the hand-written sentences below (stdlib only, deterministic).

    python3 build_heldout5.py   # writes heldout5.jsonl next to this file
Line prefix = source: K kpe, F finding, N narrative, C conversation, R recommendation, M methodology.
"""

# ruff: noqa: E501  (hand-written data: one item per line)
import json
from pathlib import Path

SRC = {
    "K": "kpe",
    "F": "finding",
    "N": "narrative",
    "C": "conversation",
    "R": "recommendation",
    "M": "methodology",
}
JUDGEMENTAL = [
    "classic",
    "counterfactual",
    "imagined_better",
    "moralising",
    "modal_adverb",
    "intensified_inadequacy",
]

S = {}
S["classic"] = """
F|The school failed to act on Child P's disclosure about her uncle for eleven days.
K|The duty social worker should have convened a strategy discussion the same afternoon.
F|This was a missed opportunity to ask who else was living at the flat.
F|It was obvious from the bruising pattern that the explanation given did not fit.
K|The health visitor neglected to record the father's presence at the new birth visit.
F|Leaving a four-month-old to sleep on the sofa with an intoxicated adult was entirely foreseeable as dangerous, and nobody said so.
K|The Prevent referral should never have been closed without speaking to Child R himself.
F|Poor practice by the out-of-hours GP meant the torn frenulum went unexamined.
F|Staff at the children's home ought to have reported Child S missing at 22:00, not at 06:00.
N|The link between the older boy's exclusion and his recruitment into county lines was plain to see.
K|The private fostering arrangement was never assessed, which was a basic error.
F|The drowning was predictable given how often the children were left alone near the canal.
K|The CAMHS practitioner missed the clear signs that Child T was planning to end her life.
F|Nobody bothered to check whether the asylum-seeking boy's stated age had been verified.
F|The police officer simply ignored the sister's account of the online grooming.
K|The ward should have contacted the local authority before discharging the baby to the parents.
F|Repeated failure to follow up the missed dental appointments was careless.
N|The early help worker got it wrong when she closed the case as 'needs met'.
F|It was inevitable that the young carer would reach crisis once the respite package was withdrawn.
K|Managers failed to notice that the same allegation had been made three times in a year.
F|The disabled child's weight loss went unchallenged for months, which is a serious lapse.
F|The school let the referral sit in a tray for a week when it needed to go that day.
"""
S["counterfactual"] = """
F|Had the midwife shared the mother's disclosure of cannabis use, the unsafe sleep risk would have been assessed before discharge.
K|If the second medical opinion had been sought, the fractures would have come to light a month earlier.
F|A home visit that week would have revealed that the children had no working heating.
F|Had the school's concerns reached the MASH on the Friday, the weekend assault would not have happened.
K|If anyone had asked Child U about his online contacts, the grooming would have been uncovered.
F|An earlier referral to the LADO would have stopped the coach from working with other children.
N|Had the translator been booked, the mother would have understood the safety plan and the drowning would have been avoided.
F|Had the interim care order been sought in spring, Child V would not have been exposed to a further six months of neglect.
K|If the GP had looked at the full record, the pattern of presentations would have been unmistakable.
F|A single phone call to the previous authority would have shown that the family was already known to child protection services.
F|Had the private fostering notification been followed up, the girl's exploitation would have been identified.
K|If the foster carer's concerns had been escalated, the placement breakdown would have been prevented.
F|With a proper chronology in place, the escalation in the father's violence would have been evident.
K|Had the age assessment been completed promptly, the boy would have been placed in foster care rather than with adults.
F|But for the delay in allocating a social worker, Child W would have received support before her overdose.
N|If the exclusion had been challenged, Child X would have remained in education and out of reach of the gang.
F|Seeing the baby undressed would, in all likelihood, have revealed the bruising to his back.
K|Had the substance misuse worker checked the methadone storage, the ingestion would not have occurred.
F|A joint visit with the police would have uncovered the weapons in the bedroom.
K|If the paediatric liaison nurse had read the discharge note, the safeguarding concern would not have been lost.
F|Proper use of the neglect tool would have led to a child protection plan long before the hospital admission.
F|Had the referral been made on the Tuesday rather than the Friday, Child Z would still be alive.
"""
S["imagined_better"] = """
F|A more experienced team manager would have seen that the plan was drifting.
K|Any competent clinician would have questioned a spiral fracture in a child who could not walk.
F|A reasonable designated safeguarding lead would have treated the disclosure as a child protection matter.
K|A more curious worker would have wondered why the mother always answered on the child's behalf.
F|In the hands of a seasoned practitioner, the radicalisation concerns would have been escalated at once.
K|A skilled interviewer would have established who the 'friend' in the messages actually was.
F|An alert health visitor would have recognised the smell of alcohol during the visit.
F|A confident social worker would have pressed the father for access to the upstairs rooms.
K|Another paediatrician, with proper training in fabricated illness, would have spotted the inconsistency within days.
F|The case needed a worker with real experience of disabled children, and did not get one.
K|A practitioner who was more attuned to trafficking indicators would not have accepted the uncle's explanation.
F|A diligent school nurse would have followed up the weight loss at the next drop-in.
F|A properly trained call handler would have dispatched officers immediately.
K|Someone with a better understanding of coercive control would have asked to see the mother alone.
F|A more assertive independent reviewing officer would have challenged the care plan at the review.
K|Any thoughtful practitioner would have checked whether the young carer was still attending school.
F|An experienced CAMHS clinician would have recognised the escalation in self-harm for what it was.
N|A more knowledgeable officer would have identified the older men as perpetrators rather than boyfriends.
F|A sharper duty manager would have linked the two referrals that arrived on consecutive days.
K|A social worker with more insight into neglect would not have been reassured by a tidy living room on one visit.
F|Given a more robust supervisor, the drift in the case would have been picked up within weeks.
K|A capable housing officer would have flagged that the children were sleeping in a car.
"""
S["moralising"] = """
F|There is no excuse for a child in a wheelchair going without a review of his care package for two years.
K|It was the social worker's duty to see the children, and she did not discharge it.
F|Pressure of work can never justify leaving an allegation of sexual abuse unassessed for a month.
F|Child Y was let down by every agency that came into contact with her.
K|Closing the case without seeing the baby is simply indefensible.
F|The school's silence about the exclusion cannot be excused.
F|Professionals owed it to the children to look beyond the mother's assurances.
K|It is unacceptable that nobody from health attended the initial conference.
F|The practitioners involved must take responsibility for the drift in this case.
F|High caseloads are not an excuse for failing to read the file.
K|The unaccompanied boy deserved far better than a hotel room and a phone number.
F|Somebody had a responsibility to tell the father's probation officer, and nobody did.
F|The decision to rely on the stepfather's word was inexcusable.
K|Staff had an obligation to listen to what Child Z was saying, and they chose not to.
F|The agencies have serious questions to answer about why the family's complaints went unheeded.
N|It is shameful that a child was allowed to sleep in a room with black mould for a winter.
F|The manager's approval of the closure was a dereliction of her responsibilities.
K|Nothing can justify the hospital discharging a baby with unexplained bruising on a Friday night.
F|There can be no defence for the failure to share the MAPPA information.
F|The young person was badly served by a system that kept moving him.
K|It was incumbent on the GP to act on the information he had.
F|Such complacency towards a teenager reporting exploitation is beyond explanation.
"""
S["modal_adverb"] = """
F|The duty manager should surely have noticed that this was the third referral in a month.
K|The health visitor could easily have arranged a follow-up visit within the week.
F|The school nurse must have known that Child Q was losing weight.
F|The ward staff would obviously have seen the father's behaviour on the ward.
K|The social worker could quite reasonably have asked to see the bedroom.
F|The police should certainly have checked the intelligence system before the visit.
F|The GP could readily have referred the family to the neglect pathway.
K|The youth offending worker must surely have recognised the signs of criminal exploitation.
F|The foster carer would plainly have been aware that the girl was going out at night.
K|The team should reasonably have escalated the case to legal planning by the summer.
F|The residential staff could simply have phoned the police when she failed to return.
F|Managers should clearly have asked why the plan had not progressed in six months.
K|The designated lead must certainly have realised that the pupil's absences were linked to the older boyfriend.
F|The clinician could, and should, have sought a safeguarding opinion.
K|The hospital must, in truth, have been aware that the mother was sleeping with the baby on the chair.
F|The agencies could so easily have shared the information about the father's release.
N|The practitioners would undoubtedly have been able to see the family's poverty on every visit.
F|The early help worker should really have asked the children how things were at home.
K|The social worker would certainly have known about the previous findings.
F|The independent reviewing officer could quite easily have challenged the placement move.
K|The GP receptionist must obviously have noticed how frequently the toddler was brought in.
F|The CAMHS team should undoubtedly have prioritised the referral given the content of the note.
"""
S["intensified_inadequacy"] = """
F|The assessment did not sufficiently explore the impact of the mother's drinking on the children.
K|The safety plan was not robust enough to protect the children from their father.
F|Too little weight was given to the child's own account of the abuse.
F|The police response to the online harm report was superficial.
K|The enquiry was insufficiently thorough and relied on the parents' account.
F|The school did not do enough to find out why Child N was so often late and hungry.
F|Supervision of the case was inadequate throughout the period under review.
K|The risk assessment failed to adequately consider the stepfather's history.
F|Attention paid to the young carer's own needs was minimal.
K|The health assessment of the asylum-seeking child was cursory.
F|The core group did not sufficiently challenge the lack of progress.
F|The response to the radicalisation concerns was half-hearted.
K|Scrutiny of the private fostering arrangement was weak.
F|Too little curiosity was shown about the men visiting the flat.
F|The disabled child's voice was not adequately captured in any assessment.
K|The response by CAMHS to the escalating self-harm was nowhere near sufficient.
F|Information sharing between the hospital and children's social care was poor.
K|The plan lacked any meaningful detail about who would monitor the baby's sleeping arrangements.
F|The management oversight of this case was patchy and ineffective.
F|Not nearly enough effort was made to engage the father.
K|The exclusion decision was taken with insufficient regard to the child's vulnerabilities.
F|The drug and alcohol service's assessment of the mother's use was thin.
"""
S["systemic"] = """
F|The duty system allocated each referral to whoever was free, so no single worker saw the pattern across the three contacts.
F|The electronic record displayed only the last five contacts, which hid the earlier referrals from view.
K|The hospital and community records were on different systems, and the discharge note could not be seen by the health visitor.
F|Thresholds for child protection enquiries were understood differently by police and social care at the time.
F|Interpreters had to be booked five days in advance, which made unplanned visits in the family's language impossible.
K|The CAMHS waiting list was eighteen weeks, and the triage form did not ask about current suicidal thoughts.
F|The guidance on unsafe sleep in use at the time did not mention sofas or the effect of alcohol.
F|The MASH had lost two experienced practitioners that quarter and was relying on agency staff.
K|Prevent referrals were routed through a separate panel that did not feed back to the school.
F|The age assessment process placed the boy in adult accommodation while it was under way.
F|The private fostering notification scheme depended on schools knowing about it, and few did.
K|The school had no way of knowing the child was open to children's social care in another authority.
F|Supervision was organised around case numbers rather than case complexity.
F|Young carers' assessments sat with a commissioned service whose records children's social care could not access.
K|The police missing persons system did not flag repeat episodes for children placed out of area.
F|The adult drug service's consent form made no reference to children in the household.
F|Because the plan transferred between three teams in six months, nobody held a full picture of its history.
K|The referral form asked for a yes/no answer about 'risk', which encouraged brief and uninformative responses.
F|The legal gateway meeting ran monthly, so a case missing one meeting waited another four weeks.
F|The disabled children's team worked to a different assessment framework from the child protection team.
K|Online harm reports went to a national unit and were returned to local police only weeks later.
F|Learning from this case points to the design of the handover process rather than to any one person.
"""
S["negated_blame"] = """
F|This review does not conclude that any individual should have predicted Child P's death.
F|It would be wrong to say the health visitor failed the family; she worked within a system that gave her no sight of the hospital record.
K|The delay was not a failure of the duty worker, who had twenty-three referrals to triage that morning.
F|The panel does not consider that the school missed an opportunity, as no information reached it before the exclusion.
F|None of the practitioners could have known about the online contact, which took place on an encrypted app.
K|This is not to say the police should have acted differently on the evidence they had.
F|No blame attaches to the foster carer for the girl's missing episodes.
F|It is not the view of the review that the GP was negligent.
K|The reviewers have not identified any individual failings in the handling of the Prevent referral.
F|It would be unfair to characterise the closure as poor practice, given the information held at the time.
F|The review is not seeking to establish who was at fault.
K|The social worker was not careless; the form she used gave her no prompt to ask about sleeping arrangements.
F|It cannot fairly be said that the ward staff ignored the mother's distress.
F|The panel does not believe that a different professional would have reached a different conclusion.
K|Nothing here suggests the practitioner lacked commitment to the family.
F|We do not find that the CAMHS clinician underestimated the risk; the information she needed was not in the referral.
F|This finding is not a criticism of the teachers who supported Child S.
K|It is not being suggested that the interpreter should have raised the concern herself.
F|The review does not share the family's view that the hospital let them down, although it understands why they hold it.
F|This is not a story of professionals who did not care.
K|It is important to be clear that no one failed to follow procedure in the handling of the referral.
F|The decision was not obviously wrong at the time it was made.
"""
S["methodology"] = """
M|The review used the SCIE Learning Together model to understand why practice made sense at the time.
M|Reviewers were alert to hindsight bias: knowing the outcome makes the signs look clearer than they were.
M|Outcome bias tempts a reviewer to judge a decision as poor simply because the result was tragic, and we have tried to resist that.
M|The review deliberately avoided asking who should have acted differently and asked instead what shaped the choices made.
M|Counterfactual statements of the form 'if only' were excluded from the findings because they cannot be tested.
M|Conversations were held with fourteen practitioners, individually and in two group sessions.
M|The family were invited to contribute; the mother met the lead reviewers twice.
M|The period under review runs from the child's birth in March 2022 to her death in October 2024.
M|Key practice episodes were identified from the combined chronology and agreed with the case group.
M|The review team was made up of two lead reviewers independent of the agencies involved.
M|Each agency provided a chronology and its records, and the review team read them in full.
M|The phrase 'missed opportunity' is avoided in this report because it assumes knowledge that practitioners did not have.
M|It is easy, knowing how events ended, to read the earlier concerns as warnings; the review has tried to read them as they arrived.
M|Findings are framed around systems patterns likely to recur, not around individual performance.
M|A draft of this report was shared with participants to check that their reasoning had been represented fairly.
M|The terms of reference asked the review to consider the response to online harm and to the child's disability.
M|Where practitioners said in hindsight that they would act differently, this is recorded as reflection rather than as a finding of fault.
M|Records from the asylum team were obtained later and were considered in a second round of analysis.
M|The review did not have access to the police investigation file while criminal proceedings were live.
M|The reviewers use 'the school' and 'the hospital' to refer to agencies and not to particular individuals.
M|Hindsight gives a clarity that was not available to anyone working with the family in real time.
M|The review examined the case through the eyes of the people involved, asking what they knew, what they were trying to do and what got in the way.
"""
S["quotation"] = """
C|The grandmother told the review: "They should have taken those children off her years ago."
C|One teacher said, "We failed him, it's as simple as that."
N|The local newspaper described the case as "a catalogue of missed opportunities by social services".
C|The mother said the hospital "should never have sent us home with her that night".
C|The health visitor reflected: "I should have asked to see where the baby slept, and I didn't."
N|The coroner stated that the death "could have been prevented had the referral been acted upon".
C|In the father's words, "Any decent social worker would have seen what she was doing to the kids."
C|A police officer told the reviewers, "If we'd had that intelligence, we'd have gone in that night."
C|Child T's sister said: "Nobody listened to her. It was their job to listen."
N|The judgment records that the local authority's assessment was "wholly inadequate".
C|The foster carer said, "There's no excuse for the way they moved her without telling us."
C|The aunt described the school as having "turned a blind eye for months".
C|The duty manager recalled thinking at the time, "We must surely have enough here for a section 47."
N|A member of the public posted online that the agencies "obviously should have known".
C|"It was a disgrace," the father told the lead reviewer, "a complete failure of everybody involved."
C|The young carer said, "If someone had just asked me, I would have told them everything."
C|The CAMHS clinician said: "Looking back, I could easily have offered an earlier appointment."
N|The complaint letter stated that the GP "neglected to examine my son properly".
C|The boy told his advocate that the hotel staff "didn't do enough to keep us safe".
C|The mother's partner said that a "proper" social worker would have helped them find a flat.
N|The Ofsted monitoring letter noted that "management oversight was not robust enough".
C|The school's headteacher said, "Frankly, the exclusion should have been the last resort, not the first."
"""
S["factual_exception"] = """
N|Child P missed four consecutive appointments at the paediatric clinic between May and August.
N|The family were living in inadequate housing, a one-bedroom flat with damp in both rooms.
K|The procedure states that staff should contact the designated lead on the same day as a disclosure.
N|The baby was diagnosed with failure to thrive at eight weeks.
N|The police found sufficient evidence to charge the stepfather with two offences.
N|Child Q would have been six years old at the time of the first referral.
K|The upload to the shared record failed because of a system fault, and the nurse resubmitted it the next morning.
N|The girl was reported as a missing person on four occasions in 2024.
N|The assessment clearly recorded the mother's wish to move nearer her sister.
K|Should the threshold for a section 47 enquiry be met, the guidance requires a strategy discussion.
N|Had she attended the May appointment, the mother would have been offered the baby massage group.
N|The father lacked capacity to consent to treatment while he was detained.
N|The boy was not brought to his appointments with the orthotics clinic on three occasions.
N|The child protection plan set out clearly who would visit and how often.
K|If the young person turns eighteen during the placement, the leaving care team takes over.
N|The drowning occurred in a private garden pond that had no fence.
N|The family could have been seen at the Saturday drop-in, which they attended twice.
K|Foster carers must notify the supervising social worker within 24 hours of any missing episode.
N|The school failed its Ofsted inspection in 2023 and was placed in special measures.
N|The medication should be taken twice daily, according to the pharmacy label in the flat.
N|The exam results showed that Child R had missed much of Year 10 while caring for his mother.
N|The ambulance would have taken nine minutes to reach the address under normal conditions.
"""
S["recommendation"] = """
R|The partnership should review the unsafe sleep guidance to include the risks of sofa-sharing after alcohol use.
R|Children's social care should ensure that every referral about a non-mobile baby leads to the baby being seen.
R|Health partners ought to agree a single route for sharing discharge information with health visitors.
R|The safeguarding partnership must seek assurance that private fostering arrangements are identified through school admissions.
R|Schools should be reminded that exclusion of a child open to social care requires a conversation with the allocated worker.
R|The police should consider how online harm reports returned from the national unit are flagged to local teams.
R|CAMHS should, by September 2027, have introduced a triage question on current suicidal thoughts.
R|The local authority should commission age assessment training for all duty staff.
R|The adult drug and alcohol service should record the ages of children living with every client.
R|Agencies must make sure interpreters can be booked at short notice for unplanned visits.
R|The partnership ought to test whether practitioners understand the thresholds document in the same way.
R|Supervision policy should require discussion of cases that have drifted for more than three months.
R|Young carers' assessments should be visible to children's social care on the shared record.
R|The Prevent panel should give written feedback to the referring school within ten working days.
R|Housing should alert children's services when a family with children is placed in emergency accommodation out of area.
R|The disabled children's service and the child protection team should use a shared assessment framework.
R|Managers should be supported to weigh complexity as well as numbers when allocating cases.
R|The partnership board should receive a report on progress against these recommendations in six months.
R|Hospitals should ensure that a baby with unexplained bruising is not discharged before a safeguarding discussion.
R|The learning from this review ought to be shared with GP practices through the named GP network.
R|Residential providers must report children missing in line with the joint protocol.
R|The partnership should ask the police and children's social care to audit a sample of strategy discussions jointly.
"""
S["neutral"] = """
N|Child P was born at 34 weeks and spent ten days on the neonatal unit.
N|The family arrived in the area in January 2023 after being moved by the Home Office.
K|The health visitor completed the new birth visit at ten days and gave safe sleep advice.
N|The school referred the concern to the MASH on the morning it was raised.
N|A strategy discussion was held two days later with police, health and children's social care.
K|The social worker saw Child Q alone at school and recorded his wishes in his own words.
N|The mother told her GP she was drinking every evening and was referred to the alcohol service.
N|On 14 June, Child R was reported missing by his foster carer and returned the following afternoon.
K|The designated safeguarding lead spoke to Child S the same day and made a referral.
N|The independent reviewing officer chaired the looked-after review in November.
N|Child T was admitted to the paediatric ward after taking an overdose of paracetamol.
K|The young carers' worker visited the family at home and agreed a plan with Child U and her mother.
N|The boy was placed in foster care after the local authority accepted he was under eighteen.
N|The police attended the address at 02:10 and arrested the father for assault.
K|The paediatrician examined the baby and requested a skeletal survey.
N|An initial child protection conference was held and the children became subject to plans under the category of neglect.
N|The uncle was assessed as a private foster carer and the arrangement was approved.
K|The CAMHS practitioner offered an appointment within a week and Child V attended with her father.
N|Child W moved to a pupil referral unit following her permanent exclusion in March.
N|Practitioners described the mother as warm towards the children and keen to keep them safe.
K|The community nurse and social worker made a joint visit and checked the child's equipment.
N|The family were rehoused to a three-bedroom house in the spring.
"""


def main():
    rows, n = [], 0
    for kind, block in S.items():
        for line in block.strip().splitlines():
            src, text = line.split("|", 1)
            n += 1
            row = {
                "id": f"v5_{n:03d}",
                "text": text.strip(),
                "judgemental": kind in JUDGEMENTAL,
                "kind": kind,
                "source": SRC[src],
            }
            if kind == "quotation":
                row["quotation"] = True
            rows.append(row)
    # interleave kinds so the file is not sorted by label (deterministic)
    order = sorted(rows, key=lambda r: (int(r["id"][3:]) * 7919) % 1009)
    out = Path(__file__).with_name("heldout5.jsonl")
    out.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in order), encoding="utf-8"
    )
    print(len(rows), "sentences")


if __name__ == "__main__":
    main()
