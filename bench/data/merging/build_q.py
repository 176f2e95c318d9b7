# ruff: noqa: E501
"""Tuning case q (issue 14, part 1), written by hand on 4 December 2026 by the i14-merging6 tuner
BEFORE any rule was changed in that session. A shape the other tuning cases lack: a teenager
(exploitation, overdose, self-harm, missing) rather than young children, with CAMHS and a youth
service beside social care, police, GP, a secondary school and a hospital. Kinds of difficulty:

- long lags counted in working days across weekends: strategy discussion and conference minutes
  filed 12 working days (16 calendar days) later, a discharge summary and an A&E letter 9-10
  working days later, a letter from social care a week after a home visit;
- a message sent to another agency ("PPN submitted to CSC", "letter sent to GP") read there a
  week later in words that do not say "received";
- the channel differing from the kind ("tel call to MASH: referral made" / "referral from
  school"), an NFA decision phoned through days later;
- denied and passing mentions on the same day as the event they name ("mentioned a previous
  referral", "no concerns about self-harm raised", a session cancelled "as Aimee is excluded");
- abbreviations on one side only (OD, BIBA, MFH, MARF, CG, FTE, CP conf, s47, YP, DSL, SW, NFA).

Labels follow README.md "What is labelled an event". A tuning case: rules may be tuned on it.

    python bench/data/merging/build_q.py    # writes case_q.json beside it"""

from pathlib import Path

from casegen import build, filler

HERE = Path(__file__).parent

CSC = "Children's Social Care"
POL = "Police"
GP = "Larchfield Surgery"
CAMHS = "CAMHS"
SCH = "Hillcrest High School"
HOS = "Royal County Hospital"
YS = "Youth Service"
AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (CAMHS, "health", "health"),
    (SCH, "education", "school"),
    (HOS, "health", "iso"),
    (YS, "other", "csc"),
]
PEOPLE = [
    ("Aimee Clarke", ["Aimee"], "Child A", "child"),
    ("Jade Clarke", ["Jade", "Ms Clarke"], "Mother", "parent"),
    ("Sonny Clarke", ["Sonny"], "Child S", "child"),
    ("Priya Patel", ["SW Patel"], "Social worker", "professional"),
    ("Owen Hughes", ["DC Hughes"], "Detective constable", "professional"),
    ("Karen Grant", ["Mrs Grant"], "DSL", "professional"),
    ("Leon Ford", ["Leon"], "Youth worker", "professional"),
    ("Beth Moran", [], "CAMHS practitioner", "professional"),
    ("Dr Iqbal", [], "GP", "professional"),
]
EVENTS = [
    # Q01: overdose on a Saturday night; CSC and CAMHS told on Monday; discharge summary to GP.
    (
        HOS,
        "2025-09-13 23:40",
        "15yo F BIBA following OD of approx 20 paracetamol at home. Bloods taken, NAC started, admitted to paediatric ward. Mother present.",
        "Aimee; Jade",
        "Q01",
    ),
    (
        CSC,
        "2025-09-15 09:30",
        "Notification from Royal County of Aimee's admission on Saturday night after taking an overdose of paracetamol. Allocated to SW Patel for assessment.",
        "Aimee; Priya Patel",
        "Q01",
    ),
    (
        CAMHS,
        "2025-09-15 11:00",
        "Referral from paediatric ward: YP admitted at the weekend following paracetamol ingestion. Liaison assessment on ward today.",
        "Aimee",
        "Q01",
    ),
    (
        GP,
        "2025-09-26",
        "Discharge summary from RCH: paracetamol overdose, NAC completed, medically fit, CAMHS follow up.",
        "Aimee",
        "Q01",
    ),
    # Q02: strategy discussion; the school files the minutes 12 working days later.
    (
        CSC,
        "2025-09-16 14:00",
        "Strategy discussion held (CSC, police, school, CAMHS): concerns Aimee is being exploited by older males. Threshold met for s47, single agency.",
        "Aimee; Priya Patel",
        "Q02",
    ),
    (
        POL,
        "2025-09-16 14:00",
        "Strat disc with CSC re CLARKE Aimee - CSE concerns. Police to run intel checks on males named by school.",
        "Aimee; DC Hughes",
        "Q02",
    ),
    (
        CAMHS,
        "2025-09-16 14:05",
        "Joined strategy call re YP; shared ward risk assessment and safety plan.",
        "Aimee; Beth Moran",
        "Q02",
    ),
    (
        SCH,
        "2025-10-02",
        "Minutes of strategy meeting received from CSC and filed in the safeguarding record.",
        "Aimee; Mrs Grant",
        "Q02",
    ),
    # Q03: school referral sent on Friday, read at the front door on Monday.
    (
        SCH,
        "2025-09-19 15:30",
        "DSL completed MARF to MASH: Aimee disclosed she has been staying overnight with a 22 year old man she met online.",
        "Aimee; Mrs Grant",
        "Q03",
    ),
    (
        CSC,
        "2025-09-22 10:15",
        "MASH: contact from Hillcrest High re Aimee staying overnights with an adult male met online. Passed to allocated SW.",
        "Aimee; Priya Patel",
        "Q03",
    ),
    # Q04: social worker's home visit; her letter to the GP a week later.
    (
        CSC,
        "2025-09-24 16:00",
        "HV to Aimee and mother. Aimee seen alone in her bedroom, would not talk about the man. Mum says she has lost control of her.",
        "Aimee; Jade; Priya Patel",
        "Q04",
    ),
    (
        GP,
        "2025-10-01",
        "Letter from SW Patel: visited Aimee at home last week, s47 enquiries ongoing, asks for any health information.",
        "Aimee; Priya Patel",
        "Q04",
    ),
    # Q05: CAMHS letter sent to the GP, read eight days later.
    (
        CAMHS,
        "2025-10-06",
        "Letter sent to GP after assessment: moderate low mood, recommend sertraline 50mg, CAMHS to review in 6 weeks.",
        "Aimee; Beth Moran",
        "Q05",
    ),
    (
        GP,
        "2025-10-14",
        "CAMHS assessment: low mood, sertraline suggested. Started sertraline 50mg od.",
        "Aimee; Dr Iqbal",
        "Q05",
    ),
    # Q06: PPN submitted on Friday, read by CSC five working days later.
    (
        POL,
        "2025-10-10 22:50",
        "Vehicle stop Northfield Rd: CLARKE Aimee (15) in car with 24yo male. Male words of advice, Aimee taken home. PPN submitted to CSC.",
        "Aimee",
        "Q06",
    ),
    (
        CSC,
        "2025-10-17 11:30",
        "Police Protection Notice: Aimee found in a car with a 24 year old man late at night and taken home by officers. SW to discuss with Aimee.",
        "Aimee; Priya Patel",
        "Q06",
    ),
    # Q07: missing overnight; police, the school told by mum, CSC notification.
    (
        POL,
        "2025-10-18 02:10",
        "MFH: Aimee CLARKE not returned home, reported by mother. Located 05:30 at address in Northfield with adult males, returned home.",
        "Aimee; Jade",
        "Q07",
    ),
    (
        SCH,
        "2025-10-20 08:40",
        "Mum phoned: Aimee absent today, she was missing over the weekend and police brought her home.",
        "Aimee; Jade",
        "Q07",
    ),
    (
        CSC,
        "2025-10-20 12:00",
        "Police notification: Aimee missing from home Friday night, found in the early hours at a Northfield address.",
        "Aimee",
        "Q07",
    ),
    # Q08: police decision on the investigation phoned through to CSC.
    (
        POL,
        "2025-10-30 16:00",
        "Investigation re adult male (CSE) concluded. Aimee declined ABE, insufficient evidence. NFA. CSC to be updated.",
        "Aimee; DC Hughes",
        "Q08",
    ),
    (
        CSC,
        "2025-11-03 10:00",
        "DC Hughes phoned: no further action against the man, Aimee would not give an interview.",
        "Aimee; Priya Patel; DC Hughes",
        "Q08",
    ),
    # Q09: domestic incident Friday night; Operation Encompass on Monday, CSC reads the PPN Tuesday.
    (
        POL,
        "2025-11-14 22:30",
        "Domestic at home addr: verbal argument Aimee and mother, no assault. DASH standard. PPN submitted. Op Encompass to school.",
        "Aimee; Jade",
        "Q09",
    ),
    (
        SCH,
        "2025-11-17 08:30",
        "Operation Encompass: police attended Aimee's home on Friday night after an argument between Aimee and mum.",
        "Aimee; Mrs Grant",
        "Q09",
    ),
    (
        CSC,
        "2025-11-18 09:45",
        "PPN: verbal argument between Aimee and her mother, police attended, no injuries.",
        "Aimee; Jade",
        "Q09",
    ),
    # Q10: initial conference; GP files the minutes 12 working days later.
    (
        CSC,
        "2025-11-11 10:00",
        "Initial child protection conference: Aimee made subject to a CP plan under sexual abuse (exploitation).",
        "Aimee; Jade; Priya Patel",
        "Q10",
    ),
    (
        POL,
        "2025-11-11 10:00",
        "Attended CP conf for Aimee CLARKE. Police info shared, plan agreed.",
        "Aimee; DC Hughes",
        "Q10",
    ),
    (
        SCH,
        "2025-11-11 10:00",
        "DSL attended ICPC: Aimee now on a child protection plan, school to monitor attendance daily.",
        "Aimee; Mrs Grant",
        "Q10",
    ),
    (
        GP,
        "2025-11-27",
        "ICPC minutes received: Aimee on child protection plan, category sexual abuse. Alert added.",
        "Aimee",
        "Q10",
    ),
    # Q11: a suspension from school; social care told by email next day.
    (
        SCH,
        "2025-11-19 13:00",
        "FTE 2 days: Aimee pushed a Year 9 pupil into a wall during lunch. Mum collected her.",
        "Aimee; Jade",
        "Q11",
    ),
    (
        CSC,
        "2025-11-20 09:10",
        "Email from school: Aimee suspended for two days after pushing a younger pupil.",
        "Aimee; Priya Patel",
        "Q11",
    ),
    # Q12: one call recorded at both ends in different words.
    (
        CAMHS,
        "2025-11-24 10:20",
        "Tel call to SW Patel: YP disclosed cutting her arms at session today. Safety plan agreed with mum.",
        "Aimee; Priya Patel; Beth Moran",
        "Q12",
    ),
    (
        CSC,
        "2025-11-24 10:40",
        "Call from Beth Moran (CAMHS): Aimee has told her she is self-harming again, a safety plan is in place.",
        "Aimee; Beth Moran",
        "Q12",
    ),
    # Q13: first core group.
    (
        CSC,
        "2025-12-02 15:30",
        "Core group meeting: attendance improving, Aimee engaging with youth worker, no missing episodes.",
        "Aimee; Jade; Priya Patel",
        "Q13",
    ),
    (
        SCH,
        "2025-12-02 15:30",
        "Attended core group. Attendance 89% this half term.",
        "Aimee; Mrs Grant",
        "Q13",
    ),
    (
        YS,
        "2025-12-02 15:30",
        "CG - Leon gave update on weekly sessions, Aimee engaging well.",
        "Aimee; Leon",
        "Q13",
    ),
    # Q14: self-harm at ED on Saturday night; CAMHS on Monday, the A&E letter to GP 9 working days later.
    (
        HOS,
        "2025-12-06 21:05",
        "Self-presented to ED with superficial lacerations L forearm, self-inflicted. Wounds steristripped. Discharged home with mother, CAMHS informed.",
        "Aimee; Jade",
        "Q14",
    ),
    (
        CAMHS,
        "2025-12-08 09:30",
        "ED notification: YP attended on Saturday with self-harm injuries to her forearm. Urgent appointment offered.",
        "Aimee",
        "Q14",
    ),
    (
        GP,
        "2025-12-18",
        "A&E letter re attendance: self-inflicted forearm lacerations, steristrips, CAMHS aware.",
        "Aimee",
        "Q14",
    ),
    # Q15: second core group (a look-alike of Q13).
    (
        CSC,
        "2025-12-16 15:30",
        "Core group: Aimee's self-harm discussed, CAMHS to attend next time.",
        "Aimee; Priya Patel",
        "Q15",
    ),
    (
        YS,
        "2025-12-16 15:30",
        "Core group meeting attended by youth worker; sessions to continue weekly.",
        "Aimee; Leon",
        "Q15",
    ),
]
DECOYS = [
    # Passing and denied mentions the same day as the event they name.
    (
        GP,
        "2025-09-19 11:20",
        "Mum attended for own appointment, mentioned a previous referral to social care last year. No concerns about the children raised.",
        "Jade",
        None,
    ),
    (
        SCH,
        "2025-10-10 14:00",
        "Aimee in lessons all day, no concerns about her presentation.",
        "Aimee",
        None,
    ),
    (
        CAMHS,
        "2025-10-20 09:15",
        "Mum phoned to cancel Aimee's appointment, says she is unwell today.",
        "Aimee; Jade",
        None,
    ),
    (
        YS,
        "2025-11-19 16:00",
        "Session with Aimee cancelled as she is excluded from school; Leon to rebook.",
        "Aimee; Leon",
        None,
    ),
    (
        GP,
        "2025-12-08 10:10",
        "Mum seen for her own review. Asked about Aimee: no concerns about self-harm raised by mum.",
        "Jade",
        None,
    ),
    # The agency's own preparation and follow-up, and other happenings the same day.
    (CAMHS, "2025-11-10", "Report for ICPC sent to chair; unable to attend.", "Aimee", None),
    (
        POL,
        "2025-11-11 16:20",
        "Intel report submitted: grey vehicle seen outside Hillcrest High at 15:15, registered keeper a male of interest.",
        "",
        None,
    ),
    (
        GP,
        "2025-11-11 16:00",
        "Aimee seen for sertraline review: mood slightly better, sleeping poorly. Continue.",
        "Aimee; Dr Iqbal",
        None,
    ),
    (
        CSC,
        "2025-09-25 12:00",
        "Management oversight: strategy decisions reviewed, s47 to conclude by 10/10.",
        "Aimee",
        None,
    ),
    (
        YS,
        "2025-10-22 17:00",
        "Return home interview with Aimee: would not say where she had been, agreed to weekly sessions.",
        "Aimee; Leon",
        None,
    ),
]
POOLS = {
    CSC: [
        (
            "Case note: SW Patel visited Aimee at school, she was guarded but polite.",
            "Aimee; Priya Patel",
        ),
        ("Supervision: case discussed, plan reviewed.", "Priya Patel"),
        ("Text to mum to confirm next visit.", "Jade"),
    ],
    SCH: [
        ("Attendance check: Aimee late {n} times this fortnight.", "Aimee"),
        ("Sonny's class teacher: settled, no concerns.", "Sonny"),
        ("Aimee spoke with the school counsellor at lunch.", "Aimee"),
    ],
    GP: [
        ("Sonny seen with ear infection, amoxicillin prescribed.", "Sonny"),
        ("Repeat prescription issued for mum.", "Jade"),
    ],
    CAMHS: [
        ("Session {n} with YP: mood diary reviewed.", "Aimee; Beth Moran"),
        ("Clinical supervision re YP's risk.", "Beth Moran"),
    ],
    YS: [
        ("Weekly session with Aimee: music studio, engaged well.", "Aimee; Leon"),
        ("Aimee did not attend her session, text sent.", "Aimee"),
    ],
    POL: [
        ("Intel log update: male of interest seen in Northfield.", ""),
    ],
}


def main():
    entries = EVENTS + DECOYS + filler("q", POOLS, "2025-09-08", "2025-12-19", 20)
    return build(
        "q",
        "Teenager at risk of exploitation: overdose, missing, self-harm; seven agencies incl. CAMHS and a youth service; Sep-Dec 2025.",
        PEOPLE,
        AGENCIES,
        entries,
        HERE / "case_q.json",
    )


if __name__ == "__main__":
    main()
