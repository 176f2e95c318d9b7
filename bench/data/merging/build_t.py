# ruff: noqa: E501
"""Tuning case t (issue 14, part 1), written by hand on 4 December 2026 by the i14-merging7 tuner
BEFORE any rule was changed in that session. Aimed at precision: a neglected baby and a
seven-year-old in a household with domestic abuse, six agencies, and many hard negatives:

- same-day and next-day entries of different agencies about the same family that are different
  happenings (a GP appointment on the day of a strategy discussion, a health visit the day after
  a joint visit, a police concern-for-welfare call the night the baby is at A&E);
- passing mentions in an agency's own contact ("Kerry said Dean came round yesterday");
- several meetings and letters within the long look-back windows (two core groups two weeks
  apart, a GP receiving a medical report, conference minutes and an unrelated clinic letter
  within a month, a school meeting with mum on a core group day);
- repeated routine contacts (fortnightly health visits, GP appointments, school calls to mum).

Labels follow README.md "What is labelled an event". A tuning case: rules may be tuned on it.

    python bench/data/merging/build_t.py    # writes case_t.json beside it"""

from pathlib import Path

from casegen import build, filler

HERE = Path(__file__).parent

CSC = "Children's Social Care"
POL = "Police"
GP = "Ashgrove Medical Centre"
HV = "0-19 Health Visiting"
SCH = "Oakfield Primary School"
HOS = "City General Hospital"
AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (HV, "health", "health"),
    (SCH, "education", "school"),
    (HOS, "health", "iso"),
]
PEOPLE = [
    ("Mason Reid", ["Mason"], "Child M", "child"),
    ("Ellie Reid", ["Ellie"], "Child E", "child"),
    ("Kerry Reid", ["Kerry", "Ms Reid"], "Mother", "parent"),
    ("Dean Walsh", ["Dean"], "Mother's partner", "other_adult"),
    ("Hannah Lowe", ["SW Lowe"], "Social worker", "professional"),
    ("Sarah Bell", ["HV Bell"], "Health visitor", "professional"),
    ("Daniel Okafor", ["Mr Okafor"], "DSL", "professional"),
    ("Dr Shah", [], "GP", "professional"),
    ("Tom Evans", ["PC Evans"], "Police officer", "professional"),
]
EVENTS = [
    # T01: Saturday-night domestic incident; PPN read at MASH and Op Encompass at school Monday.
    (
        POL,
        "2026-01-31 22:50",
        "Domestic incident at REID address. Kerry REID reports partner Dean WALSH pushed her into a door. WALSH arrested for assault. Children Mason (7) and Ellie (9m) present. DASH medium. PPN submitted.",
        "Kerry; Dean; Mason; Ellie; PC Evans",
        "T01",
    ),
    (
        CSC,
        "2026-02-02 09:20",
        "MASH: PPN received re domestic assault at the family home on Saturday night, partner arrested, both children present. Passed for strategy discussion.",
        "Kerry; Dean; Mason; Ellie",
        "T01",
    ),
    (
        SCH,
        "2026-02-02 08:45",
        "Op Encompass notification: police attended Mason's home over the weekend. DSL informed, class teacher to keep watch.",
        "Mason; Mr Okafor",
        "T01",
    ),
    # T02: strategy discussion; the school files the minutes 8 working days later.
    (
        CSC,
        "2026-02-04 11:00",
        "Strategy discussion (CSC, police, health visiting). Threshold met for s47 enquiries for both children. Joint visit tomorrow.",
        "Mason; Ellie; SW Lowe",
        "T02",
    ),
    (
        POL,
        "2026-02-04 11:00",
        "Strat disc with CSC re REID children following DA on 31/01. Joint visit agreed.",
        "Mason; Ellie; PC Evans",
        "T02",
    ),
    (
        HV,
        "2026-02-04 11:10",
        "Took part in strategy call: shared HV history, Ellie's weight on the 2nd centile.",
        "Ellie; HV Bell",
        "T02",
    ),
    (
        SCH,
        "2026-02-16",
        "Strategy meeting minutes received from social care and placed on Mason's CP file.",
        "Mason; Mr Okafor",
        "T02",
    ),
    # T03: joint visit.
    (
        CSC,
        "2026-02-05 14:00",
        "JV with PC Evans. Kerry says Dean has moved to his mother's. Both children seen; home cluttered, little food.",
        "Kerry; Mason; Ellie; SW Lowe; PC Evans",
        "T03",
    ),
    (
        POL,
        "2026-02-05 14:00",
        "Joint home visit with social worker. Victim supportive of bail conditions, suspect not at address.",
        "Kerry; PC Evans; SW Lowe",
        "T03",
    ),
    # T04: bruise seen at school, referral sent and received.
    (
        SCH,
        "2026-02-09 09:10",
        "Mason showed teacher a bruise on his upper arm, said 'Dean grabbed me'. DSL made referral to MASH by phone and MARF.",
        "Mason; Mr Okafor",
        "T04",
    ),
    (
        CSC,
        "2026-02-09 10:05",
        "Contact from Oakfield Primary: bruise to Mason's arm, says mum's partner grabbed him. SW Lowe informed.",
        "Mason; SW Lowe",
        "T04",
    ),
    # T05: child protection medical; report to the GP 8 working days later.
    (
        HOS,
        "2026-02-10 15:00",
        "Child protection medical: 7yo M, 3cm fingertip-pattern bruising left upper arm consistent with grip. Report to CSC.",
        "Mason",
        "T05",
    ),
    (
        CSC,
        "2026-02-10 17:00",
        "Accompanied Mason and mum to CP medical at City General: bruising consistent with being gripped.",
        "Mason; Kerry; SW Lowe",
        "T05",
    ),
    (
        GP,
        "2026-02-20",
        "Report of child protection medical 10/02 from paediatrician: grip-pattern bruising to arm.",
        "Mason; Dr Shah",
        "T05",
    ),
    # T06: ICPC; the GP files the minutes 10 working days later.
    (
        CSC,
        "2026-03-02 10:00",
        "ICPC: both children made subject to CP plans under neglect and emotional abuse. Core group to meet within 10 days.",
        "Mason; Ellie; Kerry; SW Lowe",
        "T06",
    ),
    (
        POL,
        "2026-03-02 10:00",
        "Attended initial child protection conference for REID children. Plans agreed; police to share any calls to the address.",
        "Mason; Ellie; PC Evans",
        "T06",
    ),
    (
        HV,
        "2026-03-02 10:00",
        "Initial CP conference attended by HV Bell. CP plan: Ellie to be weighed fortnightly.",
        "Ellie; HV Bell",
        "T06",
    ),
    (
        SCH,
        "2026-03-02 10:00",
        "DSL attended CP conf: Mason on a CP plan, school to monitor attendance and presentation.",
        "Mason; Mr Okafor",
        "T06",
    ),
    (
        GP,
        "2026-03-16",
        "Minutes of initial case conference received: children on CP plans.",
        "Mason; Ellie; Dr Shah",
        "T06",
    ),
    # T07 and T08: two core groups, two weeks apart.
    (
        CSC,
        "2026-03-12 15:30",
        "First core group held at school. Mum attended. Actions: nursery place for Ellie to be explored.",
        "Kerry; SW Lowe",
        "T07",
    ),
    (
        HV,
        "2026-03-12 15:30",
        "Core group meeting at Oakfield: HV to complete a growth review.",
        "Ellie; HV Bell",
        "T07",
    ),
    (
        SCH,
        "2026-03-12 15:30",
        "Hosted core group 1 in the family room; Mason's attendance 91%.",
        "Mason; Mr Okafor",
        "T07",
    ),
    (
        CSC,
        "2026-03-26 15:30",
        "Core group 2: mum did not attend. Growth review shows Ellie still below expected weight.",
        "Ellie; SW Lowe",
        "T08",
    ),
    (
        HV,
        "2026-03-26 15:30",
        "CG meeting: reported Ellie's weight gain poor, dietitian referral made.",
        "Ellie; HV Bell",
        "T08",
    ),
    # T09: a phone call recorded at both ends.
    (
        HV,
        "2026-03-18 11:20",
        "Tel call to Dr Shah re Ellie's weight faltering; asked for a review of feeding and bloods.",
        "Ellie; HV Bell; Dr Shah",
        "T09",
    ),
    (
        GP,
        "2026-03-18 11:25",
        "Telephone call from health visitor: concerns about Ellie's growth. Appointment offered to mum.",
        "Ellie; Dr Shah",
        "T09",
    ),
    # T10: Saturday-evening A&E attendance; HV told Tuesday, discharge letter to GP.
    (
        HOS,
        "2026-04-04 19:30",
        "ED: 10mo F brought by mother with fever and a 2 minute febrile convulsion. Observed, discharged 23:00.",
        "Ellie; Kerry",
        "T10",
    ),
    (
        HV,
        "2026-04-07",
        "Notification from hospital liaison: Ellie attended the emergency department on Saturday with a febrile convulsion.",
        "Ellie; HV Bell",
        "T10",
    ),
    (
        GP,
        "2026-04-15",
        "ED discharge letter: febrile convulsion, viral illness, safety-netting advice given.",
        "Ellie; Dr Shah",
        "T10",
    ),
    # T11: the same Saturday night, a separate concern-for-welfare call; CSC reads it Monday.
    (
        POL,
        "2026-04-04 23:10",
        "Concern for welfare: neighbour reports shouting at the REID address. Officers attended, Kerry alone with the children, no offences disclosed.",
        "Kerry; Mason; Ellie",
        "T11",
    ),
    (
        CSC,
        "2026-04-06 10:30",
        "Police notification: concern for welfare call to the family home late on Saturday, shouting reported by a neighbour, no offences.",
        "Kerry",
        "T11",
    ),
    # T12: MARAC; the GP files the minutes a week later.
    (
        POL,
        "2026-04-23 10:00",
        "MARAC: case heard following repeat DA. Actions: flag address, IDVA to contact Kerry.",
        "Kerry; Dean",
        "T12",
    ),
    (
        CSC,
        "2026-04-23 10:00",
        "Attended MARAC for Kerry Reid. Safety plan updated.",
        "Kerry; SW Lowe",
        "T12",
    ),
    (
        GP,
        "2026-04-30",
        "Multi-agency risk assessment conference minutes received; records flagged.",
        "Kerry; Dr Shah",
        "T12",
    ),
    # T13: a letter from the social worker and its receipt a week later.
    (
        CSC,
        "2026-05-05",
        "Letter sent to GP asking for Ellie's growth chart and any missed appointments.",
        "Ellie; SW Lowe",
        "T13",
    ),
    (
        GP,
        "2026-05-12",
        "Letter from SW Lowe requesting health information for Ellie; growth chart sent.",
        "Ellie; Dr Shah",
        "T13",
    ),
    # T14: joint home visit of the social worker and the health visitor.
    (
        CSC,
        "2026-05-14 10:00",
        "Joint visit with HV Bell. Ellie weighed: small gain. Kerry engaging better.",
        "Ellie; Kerry; SW Lowe; HV Bell",
        "T14",
    ),
    (
        HV,
        "2026-05-14 10:00",
        "Joint home visit with SW Lowe; weight 7.9 kg.",
        "Ellie; Kerry; HV Bell; SW Lowe",
        "T14",
    ),
    # T15: the police NFA decision on the January assault, emailed to social care.
    (
        POL,
        "2026-05-19 16:00",
        "CPS advice: NFA re WALSH for assault on 31/01, victim withdrew support. CSC informed by email.",
        "Dean; Kerry",
        "T15",
    ),
    (
        CSC,
        "2026-05-20 09:00",
        "Email from police: no further action against Dean Walsh for the January assault.",
        "Dean; SW Lowe",
        "T15",
    ),
]
DECOYS = [
    # Same day or next day, same family, another happening.
    (
        GP,
        "2026-02-02 10:40",
        "Kerry seen: low mood, poor sleep. Mentioned an argument with her partner at the weekend. Sertraline started.",
        "Kerry; Dr Shah",
        None,
    ),
    (
        HV,
        "2026-02-02 14:00",
        "Routine contact: Ellie weighed at clinic, 2nd centile. Mum quiet.",
        "Ellie; Kerry; HV Bell",
        None,
    ),
    (
        GP,
        "2026-02-04 09:30",
        "Ellie seen with nappy rash, cream prescribed. Mum attended with both children.",
        "Ellie; Mason; Kerry; Dr Shah",
        None,
    ),
    (
        CSC,
        "2026-02-04 15:00",
        "Phoned Kerry to explain the s47 enquiries and the visit tomorrow.",
        "Kerry; SW Lowe",
        None,
    ),
    (
        HV,
        "2026-02-06 10:00",
        "Home visit: Ellie weighed, feeding advice given. Kerry said Dean has left.",
        "Ellie; Kerry; HV Bell",
        None,
    ),
    (
        POL,
        "2026-02-10 07:30",
        "Dean WALSH arrested on warrant for failing to appear (theft matter). Remanded to court.",
        "Dean",
        None,
    ),
    (
        SCH,
        "2026-02-11 08:50",
        "Mason back in school, settled in class. No new marks seen.",
        "Mason; Mr Okafor",
        None,
    ),
    (
        POL,
        "2026-02-16 18:20",
        "Call from Kerry REID: WALSH outside the house. Officers attended, WALSH had left. Words of advice.",
        "Kerry; Dean",
        None,
    ),
    (
        HV,
        "2026-02-17 11:00",
        "Home visit: Kerry said Dean came round yesterday and the police were called. Ellie weighed.",
        "Ellie; Kerry; HV Bell",
        None,
    ),
    (
        GP,
        "2026-02-27",
        "Report for ICPC sent to the conference chair; unable to attend.",
        "Mason; Ellie; Dr Shah",
        None,
    ),
    (
        HV,
        "2026-03-02 14:30",
        "Home visit after conference: Ellie weighed 7.1 kg, mum upset about the plan.",
        "Ellie; Kerry; HV Bell",
        None,
    ),
    (
        SCH,
        "2026-03-03",
        "Letter to mum confirming what school will do under the CP plan.",
        "Kerry; Mr Okafor",
        None,
    ),
    (
        GP,
        "2026-03-06",
        "Letter from dermatology clinic re Kerry's eczema: appointment 20/03.",
        "Kerry; Dr Shah",
        None,
    ),
    (
        SCH,
        "2026-03-12 09:00",
        "Meeting with Kerry about Mason's lateness; attendance contract signed.",
        "Kerry; Mason; Mr Okafor",
        None,
    ),
    (
        CSC,
        "2026-03-13 11:00",
        "Statutory visit: both children seen, home tidier. Kerry talked about the core group yesterday.",
        "Mason; Ellie; Kerry; SW Lowe",
        None,
    ),
    (
        SCH,
        "2026-03-18 09:30",
        "Phone call to mum: Mason late again, mum says Ellie is unwell.",
        "Kerry; Mason; Mr Okafor",
        None,
    ),
    (
        CSC,
        "2026-03-18 16:00",
        "Call from Kerry asking about nursery funding for Ellie.",
        "Kerry; Ellie; SW Lowe",
        None,
    ),
    (
        GP,
        "2026-03-20 10:20",
        "Ellie seen with mum for weight review: 7.2 kg, bloods requested, dietitian advice.",
        "Ellie; Kerry; Dr Shah",
        None,
    ),
    (
        HV,
        "2026-03-25 10:00",
        "Report for core group prepared: weights since conference.",
        "Ellie; HV Bell",
        None,
    ),
    (
        SCH,
        "2026-03-26 10:00",
        "Mason's class teacher: tired and hungry this morning, breakfast club offered.",
        "Mason",
        None,
    ),
    (
        CSC,
        "2026-04-07 14:00",
        "Home visit: Kerry says Ellie had a fit at the weekend and went to hospital. Children seen.",
        "Kerry; Ellie; Mason; SW Lowe",
        None,
    ),
    (
        SCH,
        "2026-04-20 09:00",
        "Mason returned after Easter; mum says there was shouting at home over the holidays.",
        "Mason; Kerry; Mr Okafor",
        None,
    ),
    (HV, "2026-04-21", "Report for MARAC sent to the coordinator.", "Kerry; HV Bell", None),
    (
        HV,
        "2026-04-23 14:00",
        "Clinic contact: Ellie weighed 7.6 kg. Mum mentioned a meeting about her this morning.",
        "Ellie; Kerry; HV Bell",
        None,
    ),
    (
        SCH,
        "2026-05-07",
        "Letter to mum about Mason's attendance falling below 90%.",
        "Kerry; Mason; Mr Okafor",
        None,
    ),
    (
        GP,
        "2026-05-14 11:30",
        "Ellie's 12-month immunisations given. Mum well.",
        "Ellie; Kerry",
        None,
    ),
    (
        POL,
        "2026-05-13 10:00",
        "WALSH interviewed under caution re the assault of 31/01; released under investigation.",
        "Dean",
        None,
    ),
    (
        CSC,
        "2026-05-19 11:00",
        "Phoned police to ask whether bail conditions still apply; no answer, message left.",
        "SW Lowe",
        None,
    ),
    # T16 (kept with the decoys it sits among): a clinic appointment and the GP's clinic letter.
    (
        HOS,
        "2026-05-21 13:00",
        "Paediatric outpatients: Ellie's growth reviewed, dietitian follow-up in 6 weeks.",
        "Ellie; Kerry",
        "T16",
    ),
    (
        GP,
        "2026-05-22",
        "Letter from paediatric clinic: growth improving, follow-up in 6 weeks.",
        "Ellie; Dr Shah",
        "T16",
    ),
]
POOLS = {
    CSC: [
        ("Supervision: case discussed, plan reviewed.", "SW Lowe"),
        ("Text to Kerry confirming next visit.", "Kerry"),
        ("Statutory visit: children seen, home conditions unchanged.", "Mason; Ellie; SW Lowe"),
    ],
    HV: [
        ("Clinic contact: Ellie weighed, {w} kg.", "Ellie; HV Bell"),
        ("Tel call to mum to rebook weigh-in.", "Kerry"),
    ],
    GP: [
        ("Repeat prescription issued for Kerry.", "Kerry"),
        ("Mason seen with cough, viral, no treatment.", "Mason"),
        ("Kerry did not attend her medication review.", "Kerry"),
    ],
    SCH: [
        ("Attendance check: Mason late {n} times this half term.", "Mason"),
        ("Mason settled in class, ate his lunch.", "Mason"),
        ("Phone call to mum re Mason's PE kit.", "Kerry"),
    ],
    POL: [
        ("Address flagged: repeat location, children at address.", ""),
        ("Intel log: WALSH seen in the town centre.", "Dean"),
    ],
    HOS: [
        ("Audiology: Mason's hearing test normal.", "Mason"),
    ],
}


def main():
    entries = EVENTS + DECOYS + filler("t", POOLS, "2026-02-02", "2026-05-29", 30)
    return build(
        "t",
        "Neglect of a baby and domestic abuse; six agencies; many same-day and near-day hard negatives; Feb-May 2026.",
        PEOPLE,
        AGENCIES,
        entries,
        HERE / "case_t.json",
    )


if __name__ == "__main__":
    main()
