"""Writes case_a.json, case_b.json and case_c.json (fictional; written blind, before any tuning)."""

# ruff: noqa: E501  (entries are data: one chronology entry per line, text as the agency wrote it)

from pathlib import Path

from casegen import build, filler

HERE = Path(__file__).parent

# ---------------------------------------------------------------- case A
A_PEOPLE = [
    ("Joanne Kowalczyk", ["Jo", "Jo Kowalczyk", "Ms Kowalczyk", "Mum"], "Mother", "parent"),
    ("Darren Hughes", ["Darren", "Mr Hughes", "D Hughes"], "Mother's partner", "other_adult"),
    ("Lily Kowalczyk", ["Lily", "L Kowalczyk"], "Child L", "child"),
    ("Mason Hughes", ["Mason", "M Hughes"], "Child M", "child"),
    ("Irena Kowalczyk", ["Irena", "maternal grandmother", "MGM"], "Maternal grandmother", "family"),
    ("Priya Natarajan", ["Priya", "SW Natarajan", "PN"], "Social worker", "professional"),
    ("Bethan Morgan", ["Bethan", "HV Morgan", "BM"], "Health visitor", "professional"),
    ("Dr Samuel Okafor", ["Dr Okafor", "SO"], "GP", "professional"),
    ("DC Tom Reilly", ["DC Reilly", "Tom Reilly"], "Police officer", "professional"),
    ("Hannah Lee", ["Mrs Lee", "DSL"], "Designated safeguarding lead", "professional"),
    ("Dr Farah Siddiqui", ["Dr Siddiqui"], "Paediatrician", "professional"),
    ("Marcus Bell", ["Marcus", "TM Bell"], "Team manager", "professional"),
]
A_AG = [
    ("Children's Social Care", "social_care", "csc"),
    ("Police", "police", "police"),
    ("GP practice", "health", "gp"),
    ("0-19 Health Visiting", "health", "health"),
    ("Acute hospital", "health", "health"),
    ("Oakfield Primary School", "education", "school"),
]
CSC, POL, GP, HV, HOS, SCH = (a[0] for a in A_AG)

A_EVENTS = [
    # E01 weekend DA incident, notified Monday
    (
        POL,
        "2024-02-10 23:40",
        "Call from female reporting partner shouting and throwing items at address. Officers attended. Female has red mark to left cheek. Male arrested for common assault, taken to custody. 2 children present (7 yrs, 22 mths) asleep upstairs. DASH completed - medium. PPN submitted.",
        "Joanne Kowalczyk; Darren Hughes; Lily Kowalczyk; Mason Hughes",
        "E01",
    ),
    (
        CSC,
        "2024-02-12",
        "Police Protection Notice received into MASH regarding incident at the family home on Saturday night. Mr Hughes arrested after allegedly assaulting Ms Kowalczyk; both children were in the house. Case RAG-rated amber and passed to the MASH manager for a decision.",
        "Joanne Kowalczyk; Darren Hughes; Lily; Mason",
        "E01",
    ),
    (
        SCH,
        "2024-02-12",
        "Operation Encompass notification received 08:15 - police attended home over weekend, DA incident, Lily present in house. DSL informed class teacher. Lily quiet in class but settled. Will monitor.",
        "Lily",
        "E01",
    ),
    # E02 strategy discussion, minuted later
    (
        CSC,
        "2024-02-14 10:00",
        "Strategy discussion held (MASH) with police DS Carter, health (Bethan Morgan HV) and school DSL by phone. Agreed threshold met for section 47 enquiries for both children. Joint visit to be undertaken tomorrow.",
        "Priya Natarajan; Bethan Morgan; Hannah Lee; Lily Kowalczyk; Mason Hughes",
        "E02",
    ),
    (
        POL,
        "2024-02-14",
        "Strat disc attended by DS Carter. s47 agreed x2 children. DC Reilly to JV with CSC. Bail conditions - not to attend home address.",
        "Darren Hughes; DC Tom Reilly",
        "E02",
    ),
    (
        HV,
        "2024-02-19",
        "Minutes received from MASH of strategy meeting. HV contribution recorded: Mason seen at 1 yr review, development within normal limits, no previous concerns. Action for HV: joint visit to be offered after s47 concludes.",
        "Mason; Bethan Morgan",
        "E02",
    ),
    (
        SCH,
        "2024-02-14",
        "DSL joined strategy discussion by telephone. Shared attendance 94%, no concerns previously recorded for Lily, mum engages well at pick up.",
        "Hannah Lee; Lily",
        "E02",
    ),
    # E03 s47 joint visit
    (
        CSC,
        "2024-02-15 16:00",
        "Child protection enquiry home visit completed jointly with DC Reilly. Both children seen; Lily spoken to alone in her bedroom. Lily said Darren 'shouts a lot' and once pushed mummy into the door. Jo tearful, says she wants Darren to stay away. Safety plan agreed with Jo and MGM Irena.",
        "Priya Natarajan; DC Tom Reilly; Jo; Lily; Mason; Irena Kowalczyk",
        "E03",
    ),
    (
        POL,
        "2024-02-15",
        "Joint visit w/ SW Natarajan. Children seen. IP provided account consistent with initial report. IP declined to support prosecution at this time. Words of advice re bail conditions.",
        "DC Reilly; Priya Natarajan; Joanne Kowalczyk",
        "E03",
    ),
    # E04 ED attendance, letter to GP and HV later
    (
        HOS,
        "2024-03-02 21:50",
        "ED attendance. 23/12 boy brought in by mother, fell from sofa onto wooden floor approx 19:00, hit R side of head. Alert, GCS 15. 3cm haematoma R parietal. Mechanism plausible? Mother says partner not present. Seen by paeds registrar. Discharged with head injury advice. Paediatric liaison notified per under-2 head injury protocol.",
        "Mason Hughes; Joanne Kowalczyk",
        "E04",
    ),
    (
        GP,
        "2024-03-11",
        "Discharge letter rec'd from A&E re attendance 02/03 - head injury after fall from sofa, no imaging required, d/c with advice. Filed. Task to HV for info.",
        "Mason Hughes; Dr Samuel Okafor",
        "E04",
    ),
    (
        HV,
        "2024-03-12",
        "Notification of Emergency Department attendance received via paediatric liaison. Mason - bump to head, fall from settee. Mum phoned: Mason well, eating, no vomiting. Reminded re safe sleep and stairgate use.",
        "Mason; Jo; Bethan",
        "E04",
    ),
    # E05 hospital referral to CSC (sent / received next working day)
    (
        HOS,
        "2024-03-04",
        "Paediatric liaison: MARF (multi-agency referral form) sent to MASH re ED attendance 2/3 - head injury in non-mobile-ish 23 month old with known DA in household and open s47. Copy to safeguarding team.",
        "Mason Hughes",
        "E05",
    ),
    (
        CSC,
        "2024-03-05",
        "Referral received from the hospital's paediatric liaison nurse following Mason's attendance at A&E with a head injury. Discussed with TM Bell; given the open child protection enquiry, information added to the assessment and Priya to speak to Jo.",
        "Mason; Jo; Marcus Bell; Priya",
        "E05",
    ),
    # E06 ICPC
    (
        CSC,
        "2024-03-20 13:30",
        "Initial child protection conference. Chair: Angela Ross. Both children made subject to child protection plans under the category of emotional abuse. Core group to meet within 10 working days. Jo attended with her mother; Darren did not attend.",
        "Lily; Mason; Jo; Irena",
        "E06",
    ),
    (
        HV,
        "2024-03-20",
        "Attended ICPC. Report shared. Outcome: CP plans for both children (emotional abuse). HV to be part of core group and increase contacts to fortnightly.",
        "Bethan Morgan; Mason; Lily",
        "E06",
    ),
    (
        SCH,
        "2024-03-20",
        "DSL attended CP conf. Lily now subject to a plan. Class teacher informed, Lily added to vulnerable list, key adult = Miss Shah (TA).",
        "Hannah Lee; Lily",
        "E06",
    ),
    (
        POL,
        "2024-03-21",
        "ICPC attended yesterday by PC Lowe (CAIU). Police info shared incl 2 previous DA calls to address 2022. Both children on CP plans.",
        "Lily Kowalczyk; Mason Hughes",
        "E06",
    ),
    # E07 first core group
    (
        CSC,
        "2024-04-03",
        "First core group meeting held at Oakfield Primary. Plan reviewed line by line. Jo reports Darren has not been to the house. Outline plan agreed to include Freedom Programme referral.",
        "Jo; Priya; Bethan; Hannah Lee",
        "E07",
    ),
    (
        SCH,
        "2024-04-03",
        "Core group held in school library 3.30pm. Lily's attendance 96%. Key adult sessions started. Next core group 15/5.",
        "Hannah Lee; Lily",
        "E07",
    ),
    (
        HV,
        "2024-04-04",
        "Core group yesterday - HV attended. Actions for HV: fortnightly home visits, weigh Mason, ASQ at next visit.",
        "Bethan Morgan; Mason",
        "E07",
    ),
    # E08 HV + SW joint visit
    (
        CSC,
        "2024-04-10",
        "Joint home visit with Bethan (HV). Home warm and tidy. Mason playing with blocks, babbling. Jo said she is sleeping badly. Bethan suggested she sees GP about her mood.",
        "Priya; Bethan; Jo; Mason",
        "E08",
    ),
    (
        HV,
        "2024-04-10",
        "JV with SW. Mason weighed 12.1kg (50th). Development appears age appropriate. Mum reports low mood, poor sleep - advised to book GP appt. PHQ-9 not completed as SW present.",
        "Bethan; Priya Natarajan; Mason; Jo",
        "E08",
    ),
    # E09 phone call school -> CSC; shares people, no distinctive word
    (
        SCH,
        "2024-04-25 11:20",
        "Lily told Miss Shah that 'Darren came round and mummy was crying'. DSL phoned Priya straight away and passed on the above. Priya to visit home later today.",
        "Lily; Hannah Lee; Priya",
        "E09",
    ),
    (
        CSC,
        "2024-04-25",
        "Telephone call from Hannah Lee at Oakfield. Lily told her key adult Darren came to the house and Jo was upset. I will do an unannounced visit this afternoon.",
        "Hannah Lee; Lily; Darren; Jo",
        "E09",
    ),
    # E10 second core group
    (
        CSC,
        "2024-05-15",
        "Core group meeting 2. Jo admitted Darren visited once in April 'to see Mason'. Plan updated: contact only supervised by Irena. Freedom Programme starts June.",
        "Jo; Darren; Irena; Priya",
        "E10",
    ),
    (
        SCH,
        "A:2024-05-13:2024-05-17:w/c 13/5/24",
        "Core group 2 - DSL attended at the family centre. Lily's attendance dipped to 91% (3 late marks). Agreed breakfast club place.",
        "Hannah Lee; Lily",
        "E10",
    ),
    (
        HV,
        "2024-05-16",
        "Attended core group 15/5. Mason's ASQ-3 all areas above cut-off. To continue fortnightly contacts.",
        "Mason; Bethan",
        "E10",
    ),
    # E11 MARAC
    (
        POL,
        "2024-05-09",
        "MARAC - case heard (referral by police following repeat incident threshold). Actions: flag address, IDVA to contact victim, DA marker on PNC.",
        "Joanne Kowalczyk; Darren Hughes",
        "E11",
    ),
    (
        CSC,
        "2024-05-09",
        "Multi-Agency Risk Assessment Conference: Jo's case discussed. Social care shared that the children are on child protection plans. The IDVA will make contact.",
        "Jo; Lily; Mason",
        "E11",
    ),
    (
        HV,
        "2024-05-10",
        "MARAC information received - HV record flagged. Routine enquiry re DA to be made each contact when mum alone.",
        "Jo; Mason",
        "E11",
    ),
    (
        GP,
        "2024-05-13",
        "MARAC notification received, high-risk DA. Alert added to mother's and both children's records.",
        "Joanne Kowalczyk; Lily Kowalczyk; Mason Hughes",
        "E11",
    ),
    # E12 paediatric clinic, letter to GP two weeks later
    (
        HOS,
        "2024-06-05",
        "Paediatric outpatient clinic (Dr Siddiqui). Review following ED head injury and CP plan. Growth satisfactory, skin check no bruising, development normal. Discharged from clinic. Letter to GP.",
        "Mason Hughes; Dr Farah Siddiqui",
        "E12",
    ),
    (
        GP,
        "A:2024-06-17:2024-06-21:w/c 17/6/24 (scanned)",
        "Clinic letter from Dr Siddiqui, community paeds - seen with mum, no concerns on examination, growth and development normal, discharged.",
        "Mason Hughes; Dr Siddiqui",
        "E12",
    ),
    # E13 second weekend DA incident
    (
        POL,
        "2024-06-22 02:15",
        "999 from neighbour - shouting, banging. Attended. Male (subject of bail conds - now expired) present at address, intoxicated. Female states verbal argument only. Children in bed. Male removed, taken to brother's address. DASH - high. PPN. NFA re male - no offences disclosed.",
        "Darren Hughes; Joanne Kowalczyk",
        "E13",
    ),
    (
        CSC,
        "2024-06-24",
        "Notification from police of a further incident in the early hours of Saturday; Darren was at the house. Police have taken no further action because Jo told them it was a verbal argument only. Both children on plans - Priya informed and visit planned for today. TM Bell aware.",
        "Darren; Jo; Priya; Marcus Bell",
        "E13",
    ),
    (
        SCH,
        "2024-06-24",
        "Op Encompass - incident Sat night, police attended. Lily arrived tired, told teacher 'the police came'. Key adult time offered.",
        "Lily",
        "E13",
    ),
    # E14 review conference
    (
        CSC,
        "2024-07-17",
        "Review child protection conference. Plans continue for both children under emotional abuse given the June incident and Jo allowing Darren into the home. PLO consideration to be taken to legal gateway meeting.",
        "Lily; Mason; Jo; Darren",
        "E14",
    ),
    (
        GP,
        "2024-07-17",
        "Attended review case conf (Dr Okafor). Shared mum's depression dx and sertraline started April. Children continue on CP plans.",
        "Dr Okafor; Jo; Lily; Mason",
        "E14",
    ),
    (
        SCH,
        "M:2024-07",
        "RCPC - Lily remains on CP plan. Summer holiday plan: holiday club 2 days/wk.",
        "Lily",
        "E14",
    ),
    (
        HV,
        "2024-07-17",
        "Review CP conference attended - plans continue. HV contacts to remain fortnightly.",
        "Bethan; Mason",
        "E14",
    ),
]

A_DECOYS = [
    # same-day entries about different happenings involving the same child
    (
        HV,
        "2024-02-15",
        "Telephone contact with mum to arrange Mason's 2 year review. Booked for 27/02 at clinic.",
        "Jo; Mason",
        None,
    ),
    (
        GP,
        "2024-02-15",
        "Mason - coryzal 3 days, temp 38.1 at home. Chest clear, ears NAD. Viral URTI. Safety netting advice. Calpol.",
        "Mason Hughes",
        None,
    ),
    (
        HV,
        "2024-02-27",
        "2 year review in clinic. Mason weighed 11.8kg. Speech: 10-15 words. Referred to Chatterbox group. Mum alone, routine DA enquiry - mum disclosed recent incident, aware of s47.",
        "Mason; Jo",
        None,
    ),
    (
        HOS,
        "2024-03-20",
        "Fracture clinic - Irena Kowalczyk, wrist, cast removed. Accompanied by granddaughter.",
        "Irena; Lily",
        None,
    ),
    (
        SCH,
        "2024-03-02",
        "Saturday football club (school-run) - Lily attended, collected by grandmother.",
        "Lily; Irena",
        None,
    ),
    (
        GP,
        "2024-03-18",
        "Report for child protection conference completed and sent to conference admin. Unable to attend on 20/3 due to surgery commitments.",
        "Dr Okafor; Lily; Mason",
        None,
    ),
    (
        CSC,
        "2024-03-19",
        "Case supervision with TM Bell ahead of tomorrow's conference. Recommendation: CP plans for both children.",
        "Marcus Bell; Priya",
        None,
    ),
    (
        CSC,
        "2024-02-16",
        "Management oversight of the strategy discussion outcome recorded by TM Bell; enquiries to continue, assessment due in 15 working days.",
        "Marcus Bell",
        None,
    ),
    (
        POL,
        "2024-02-11",
        "Suspect interviewed. Denies assault, states IP fell. NFA - evidential difficulties, IP declined statement. Bail to return cancelled.",
        "Darren Hughes",
        None,
    ),
    (
        CSC,
        "2024-04-25 16:30",
        "Unannounced home visit following the school's call. Jo said Darren came 'for ten minutes' to drop off money for Mason. Lily and Mason seen. Jo reminded of the safety plan.",
        "Jo; Lily; Mason; Darren",
        None,
    ),
    (
        HV,
        "2024-04-24",
        "Home visit (fortnightly). Mason weighed 12.2kg. Mum said she has booked GP. No concerns re home conditions.",
        "Mason; Jo",
        None,
    ),
    (
        HV,
        "2024-05-08",
        "Home visit (fortnightly). Mason unwell with cold. Mum tired. Discussed Freedom Programme start date.",
        "Mason; Jo",
        None,
    ),
    (
        HV,
        "2024-05-22",
        "Home visit (fortnightly). Mason well. Jo says Darren has not been round. Home tidy.",
        "Mason; Jo; Darren",
        None,
    ),
    (
        GP,
        "2024-04-16",
        "Jo - low mood 2/12, poor sleep, tearful. PHQ-9 17. Discussed DA - aware of CSC involvement. Commence sertraline 50mg. Review 4/52.",
        "Joanne Kowalczyk",
        None,
    ),
    (
        GP,
        "2024-05-14",
        "Jo - review sertraline. Mood slightly improved PHQ-9 13. Continue. Review 6/52.",
        "Joanne Kowalczyk",
        None,
    ),
    (
        GP,
        "2024-06-25",
        "Jo - review. Mentions 'another incident' at weekend; police involved. Sleep worse. PHQ-9 15. Increase sertraline 100mg.",
        "Joanne Kowalczyk",
        None,
    ),
    (
        POL,
        "2024-06-29 19:05",
        "Concern for welfare call - male reported drunk in street outside Co-op, known to police (Hughes). Words of advice, no offences.",
        "Darren Hughes",
        None,
    ),
    (
        CSC,
        "2024-06-26",
        "Statutory home visit. Jo upset, says Darren turned up drunk on Saturday. Lily asked about 'the police van'. Risk discussed; Jo agreed to call 999 if he attends again.",
        "Jo; Darren; Lily",
        None,
    ),
    (SCH, "2024-05-09", "Lily in school. Art week. No concerns.", "Lily", None),
    (HOS, "2024-06-05", "Radiology: no imaging requested.", "", None),
    (
        CSC,
        "A:2024-07-08:2024-07-12:early July 2024 (approx.)",
        "Legal gateway paperwork started - chronology updated for PLO consideration.",
        "Priya",
        None,
    ),
    (
        CSC,
        "2024-07-18",
        "Letter to Jo confirming the outcome of the review conference sent.",
        "Jo",
        None,
    ),
]

A_POOLS = {
    CSC: [
        (
            "Statutory CP home visit. Both children seen. Home conditions adequate. Jo says things are 'calm'.",
            "Lily; Mason; Jo",
        ),
        (
            "Lily seen alone at school for direct work (three houses tool). Worries house: 'when Darren shouts'.",
            "Lily; Priya",
        ),
        ("Supervision with TM Bell. Plan progressing; consider FGC.", "Marcus Bell; Priya"),
        (
            "Case note: phone call to Irena, who confirms she is supervising contact on Sundays.",
            "Irena; Priya",
        ),
        ("Attempted home visit - no answer. Card left. Text sent to Jo.", "Jo"),
        (
            "Direct work with Lily: 'my safe people' - she named Nanna Irena and Miss Shah.",
            "Lily; Irena",
        ),
        (
            "Statutory visit. Mason asleep, seen in cot. Lily at school. Jo discussed housing move.",
            "Mason; Jo",
        ),
        ("!Freedom Programme provider contacted to check Jo's start date.", "Jo"),
        ("Chronology updated and case recording brought up to date.", ""),
        ("Email to core group members sharing updated plan.", ""),
        (
            "Text from Jo cancelling visit as Mason is poorly. Rearranged for next week.",
            "Jo; Mason",
        ),
        (
            "!Family time assessment discussion with TM: no assessment needed at this stage.",
            "Marcus Bell",
        ),
    ],
    POL: [
        ("PNC check requested by MASH - completed and returned.", "Darren Hughes"),
        (
            "Intel log: male (Hughes) seen in company of known drug user at retail park.",
            "Darren Hughes",
        ),
        ("DA marker reviewed on address - no change.", ""),
        (
            "!Breach of the peace attempt - property retrieval at address supervised by officers, male's belongings collected by his brother.",
            "Joanne Kowalczyk; Darren Hughes",
        ),
        ("Neighbour dispute call at adjacent address - not related to subjects.", ""),
        ("Vulnerability assessment review by CAIU - risk remains medium.", "DC Reilly"),
        ("Victim update call to IP by OIC - NFA outcome explained.", "Joanne Kowalczyk"),
        (
            "!Male stopped in vehicle - no insurance, vehicle seized. Not at home address.",
            "Darren Hughes",
        ),
        ("Information sharing request from 0-19 service - DA history disclosed.", ""),
    ],
    GP: [
        ("Lily - eczema flare, emollients reissued.", "Lily Kowalczyk"),
        ("Mason - MMR/Hib-MenC imms by practice nurse. Given.", "Mason Hughes"),
        ("Lily - sore throat 2/7, no fever, Centor 1. Reassure.", "Lily Kowalczyk"),
        ("Jo - repeat prescription request sertraline. Issued.", "Joanne Kowalczyk"),
        ("Mason - DNA practice nurse appt. Letter sent.", "Mason Hughes"),
        (
            "Safeguarding practice meeting - children on CP plans reviewed, no new info.",
            "Dr Okafor",
        ),
        ("Jo - fit note requested, issued 4/52 'depression'.", "Joanne Kowalczyk"),
        ("Mason - nappy rash. Advice, barrier cream.", "Mason Hughes"),
    ],
    HV: [
        (
            "Home visit (fortnightly). Mason weighed {w}kg. Interacting well with mum. No concerns.",
            "Mason; Jo",
        ),
        ("Telephone contact - mum cancelled visit, rebooked.", "Jo"),
        ("Chatterbox group - Mason attended with grandmother.", "Mason; Irena"),
        ("Safeguarding supervision - case discussed. Continue plan.", "Bethan"),
        (
            "Home visit. Mason {n} new words since last visit. Mum reports sleeping better.",
            "Mason; Jo",
        ),
        ("Record keeping - contacts entered, care plan updated on SystmOne.", ""),
    ],
    HOS: [
        (
            "!ED: 7F fell off scooter, ?# L wrist. X-ray NAD - soft tissue injury. Paeds liaison check: on CP plan, mechanism consistent, no action.",
            "Lily Kowalczyk",
        ),
        ("Physiotherapy outpatient - Irena Kowalczyk knee - not relevant to children.", "Irena"),
        (
            "!ED: 2yo M, grape-sized object? swallowed - X-ray no foreign body seen. Discharged with mother.",
            "Mason Hughes; Joanne Kowalczyk",
        ),
        (
            "Paediatric liaison review of ED attendances for children on CP plans - no attendance this month.",
            "",
        ),
    ],
    SCH: [
        ("Lily late (9.12am), brought by grandmother.", "Lily; Irena"),
        ("Key adult session with Miss Shah - feelings faces, Lily chose 'happy'.", "Lily"),
        ("Lily absent - mum rang, sickness.", "Lily; Jo"),
        (
            "!Parents' evening - mum attended. Lily's reading age above chronological age.",
            "Jo; Lily",
        ),
        ("Lily upset at lunch after falling out with friend. Resolved.", "Lily"),
        ("Breakfast club - Lily attended.", "Lily"),
        (
            "DSL weekly vulnerable list review - Lily discussed, no new concerns.",
            "Hannah Lee; Lily",
        ),
        ("Lily came into school in same uniform as yesterday, slightly grubby. Noted.", "Lily"),
    ],
}


def case_a():
    entries = (
        A_EVENTS
        + A_DECOYS
        + filler(
            "a",
            A_POOLS,
            "2024-01-08",
            "2024-08-30",
            88,
            windows={
                CSC: ("2024-03-21", "2024-08-30"),
                POL: ("2024-02-11", "2024-08-30"),
                HV: ("2024-03-21", "2024-08-30"),
                GP: ("2024-04-17", "2024-08-30"),
                SCH: ("2024-02-12", "2024-08-30"),
            },
            closed={SCH: [("2024-07-24", "2024-09-03"), ("2024-05-27", "2024-05-31")]},
        )
    )
    return build(
        "a",
        "Domestic abuse, two children on CP plans, six agencies, Jan-Aug 2024",
        A_PEOPLE,
        A_AG,
        entries,
        HERE / "case_a.json",
    )


# ---------------------------------------------------------------- case B
B_PEOPLE = [
    ("Nadia Haddad", ["Nadia", "Ms Haddad", "mum"], "Mother", "parent"),
    ("Florin Popescu", ["Florin", "Mr Popescu", "dad"], "Father", "parent"),
    ("Yasmin Popescu", ["Yasmin", "Yas", "Y Popescu"], "Child Y", "child"),
    ("Adam Popescu", ["Adam", "A Popescu"], "Child A", "child"),
    ("Gareth Jones", ["Gareth", "SW Jones", "GJ"], "Social worker", "professional"),
    ("Comfort Mensah", ["Comfort", "HV Mensah", "CM"], "Health visitor", "professional"),
    ("Dr Helen Zhou", ["Dr Zhou", "HZ"], "GP", "professional"),
    ("Leanne Shaw", ["Leanne", "Mrs Shaw"], "Nursery manager", "professional"),
]
B_AG = [
    ("Children's Social Care", "social_care", "csc"),
    ("GP surgery", "health", "gp"),
    ("Health Visiting", "health", "health"),
    ("Little Acorns Nursery", "education", "school"),
]
BC, BG, BH, BN = (a[0] for a in B_AG)

B_EVENTS = [
    (
        BH,
        "2022-06-06",
        "Referral to MASH completed following HV visit 01/06: home conditions very poor, dog faeces on floor, no food in fridge, Adam (4/12) in soiled babygro, Yasmin (2y) had no shoes. Mum low, says dad works nights.",
        "Adam; Yasmin; Nadia; Comfort Mensah",
        "B1",
    ),
    (
        BC,
        "M:2022-06",
        "Contact from health visitor raising concerns about home conditions and the care of both children. Outcome: step down to Early Help with advice to the HV to hold a team around the family.",
        "Yasmin; Adam; Nadia",
        "B1",
    ),
    (
        BN,
        "M:2022-09",
        "EHA started - TAF meeting held at nursery with HV and mum. Plan: Yasmin to attend 15 funded hours, help with uniform and food bank voucher.",
        "Yasmin; Nadia; Leanne",
        "B2",
    ),
    (
        BH,
        "2022-09-21",
        "Attended Early Help Assessment team-around-the-family meeting at Little Acorns. Mum engaged. HV actions: fortnightly visits, weigh Adam, refer to Home-Start.",
        "Comfort Mensah; Nadia; Adam; Yasmin",
        "B2",
    ),
    (
        BC,
        "A:2023-01-09:2023-01-13:w/c 9/1/23",
        "Joint visit with the health visitor as part of the child and family assessment. The home was cluttered, with a strong smell of urine and dog mess in the kitchen. Adam was in a bouncer and had a red, sore nappy area. Nadia said she 'can't keep on top of it'. Florin was asleep upstairs and was not spoken to.",
        "Gareth Jones; Comfort Mensah; Nadia; Adam; Florin",
        "B3",
    ),
    (
        BH,
        "2023-01-11",
        "JV with Gareth (SW). Adam weight dropped from 75th to 25th centile. Severe nappy rash - advised GP. Home conditions as before.",
        "Gareth; Adam; Nadia",
        "B3",
    ),
    (
        BN,
        "2023-03-14 10:05",
        "Rang HV Comfort re Adam - arrived again in the same clothes, nappy heavily soiled, eating very quickly at snack. Comfort will visit this week.",
        "Adam; Comfort; Leanne",
        "B4",
    ),
    (
        BH,
        "2023-03-14",
        "Telephone call from nursery manager. Adam arriving hungry and unkempt. HV to bring forward next contact.",
        "Leanne; Adam",
        "B4",
    ),
    (
        BC,
        "2023-05-10",
        "Child in need meeting. Present: Nadia, Florin, HV, nursery. Some improvement to the home. Dog rehomed. Florin agreed to do the nursery drop-offs. Plan continues.",
        "Nadia; Florin; Comfort; Leanne",
        "B5",
    ),
    (
        BN,
        "2023-05-10",
        "CIN mtg - Leanne attended. Yasmin's attendance 78%. Adam now attending 2 days. Agreed breakfast at nursery.",
        "Leanne; Yasmin; Adam",
        "B5",
    ),
    (
        BH,
        "M:2023-05",
        "CIN review meeting attended. HV report: Adam's weight recovered to 50th centile.",
        "Adam; Comfort",
        "B5",
    ),
    (
        BG,
        "2023-07-03",
        "Letter to children's social care: both children have missed 3 invitations for preschool boosters/MMR2 and Yasmin missed 2 ENT appts for recurrent otitis media. Concern re medical neglect.",
        "Yasmin Popescu; Adam Popescu; Dr Zhou",
        "B6",
    ),
    (
        BC,
        "2023-07-12",
        "Letter received from Dr Zhou at the surgery about missed immunisations and hospital appointments. Gareth to discuss with parents at the next visit.",
        "Dr Helen Zhou; Yasmin; Adam; Gareth",
        "B6",
    ),
    (
        BC,
        "2023-11-02",
        "Strategy discussion: further deterioration - Adam found by nursery with an untreated burn to his hand. Agreed threshold met for s47 enquiries (neglect). Police not required to attend the visit.",
        "Adam; Gareth",
        "B7",
    ),
    (
        BG,
        "2023-11-02",
        "Telephone strategy discussion with CSC (Dr Zhou). Shared: Adam not brought to GP re burn, no contact since July. Children's section 47 enquiry agreed.",
        "Dr Zhou; Adam",
        "B7",
    ),
    (
        BH,
        "2023-11-07",
        "Minutes of strategy meeting received and filed. HV action: health assessment of Adam and Yasmin within 5 days.",
        "Adam; Yasmin",
        "B7",
    ),
    (
        BN,
        "2023-11-01",
        "Adam arrived with a blister/burn to back of R hand approx 2cm. Mum says he touched the oven door 'a couple of days ago'. Not treated. DSL phoned MASH. Body map completed.",
        "Adam; Nadia; Leanne",
        None,
    ),
    (
        BC,
        "2023-11-23",
        "Initial child protection conference - both children subject to plans under neglect. Florin attended by phone from work.",
        "Yasmin; Adam; Florin; Nadia",
        "B8",
    ),
    (
        BH,
        "2023-11-23",
        "ICPC - HV attended and presented report (growth, missed health appts, home conditions). Outcome CP plans, neglect.",
        "Comfort; Yasmin; Adam",
        "B8",
    ),
    (
        BN,
        "A:2023-11-20:2023-11-30:late Nov 2023 (approx.)",
        "Nursery manager attended the child protection conference. Both children on plans. Nursery to record daily: arrival state, food, clothing.",
        "Leanne; Yasmin; Adam",
        "B8",
    ),
]

B_DECOYS = [
    (
        BG,
        "M:2023-11",
        "Report for case conference sent to CSC. Unable to attend - clinic.",
        "Dr Zhou",
        None,
    ),
    (BN, "2023-11-02", "Adam's hand checked - dressing applied by mum, looks clean.", "Adam", None),
    (
        BC,
        "2023-11-03",
        "Section 47 home visit. Adam's burn seen, Nadia says it happened on Sunday. Advised to take Adam to the GP today.",
        "Adam; Nadia; Gareth",
        None,
    ),
    (
        BG,
        "2023-11-03",
        "Adam - burn R hand, approx 5/7 old, partial thickness 2cm, healing, no infection. Dressing. Mum says touched oven. Informed CSC as open s47.",
        "Adam Popescu; Nadia Haddad",
        None,
    ),
    (
        BH,
        "2023-11-08",
        "Health assessment Adam and Yasmin at home. Adam 25th centile. Yasmin teeth decayed - referred to community dental.",
        "Adam; Yasmin",
        None,
    ),
    (
        BH,
        "2022-06-01",
        "Home visit (new birth follow-up, late). Home conditions very poor - see referral. Adam weighed 6.1kg.",
        "Adam; Nadia",
        None,
    ),
    (BC, "M:2022-10", "Early Help worker allocated (via TAF). Not social care case.", "", None),
    (
        BH,
        "A:2022-12-01:2022-12-20:December 2022 (approx.)",
        "Re-referral to MASH - no improvement after EHA, home conditions worse.",
        "Adam; Yasmin",
        "B9",
    ),
    (
        BC,
        "2023-01-03",
        "Re-referral accepted; child and family assessment allocated to Gareth Jones.",
        "Gareth",
        "B9",
    ),
    (
        BG,
        "2023-01-12",
        "Adam - nappy rash, candidal. Clotrimazole. Mum attended with both children.",
        "Adam Popescu; Nadia Haddad; Yasmin Popescu",
        None,
    ),
    (
        BN,
        "M:2023-07",
        "Summer term attendance: Yasmin 71%, Adam 64%. Letter sent to parents.",
        "Yasmin; Adam",
        None,
    ),
    (
        BC,
        "Y:2024",
        "Case remains open on CP plans; PLO pre-proceedings letter issued (exact date in legal file).",
        "Nadia; Florin",
        None,
    ),
    (
        BH,
        "2023-05-09",
        "Home visit. Adam weighed 10.1kg. Home cleaner, dog gone.",
        "Adam; Nadia",
        None,
    ),
    (
        BN,
        "2023-05-11",
        "Florin dropped off Adam and Yasmin. Both clean and had breakfast.",
        "Florin; Adam; Yasmin",
        None,
    ),
]

B_POOLS = {
    BC: [
        (
            "Statutory visit. Home cluttered but kitchen clean. Children seen.",
            "Yasmin; Adam; Nadia",
        ),
        ("Visit - no answer, curtains closed at 11am.", ""),
        ("Supervision: drift noted, consider escalation.", "Gareth"),
        (
            "Phone call with Florin about his work shifts and who cares for the children at night.",
            "Florin",
        ),
        ("Food bank voucher issued.", "Nadia"),
    ],
    BG: [
        ("Yasmin - earache, otitis media. Amoxicillin.", "Yasmin Popescu"),
        ("Adam - DNA imms appointment. Recall letter.", "Adam Popescu"),
        ("Nadia - contraception review.", "Nadia Haddad"),
        ("Yasmin - DNA ENT referral follow-up letter received from hospital.", "Yasmin Popescu"),
        ("Adam - cough, viral. Advice.", "Adam Popescu"),
    ],
    BH: [
        (
            "Home visit. Adam weighed and plotted - tracking just below 25th centile. Home conditions variable.",
            "Adam; Nadia",
        ),
        ("Unsuccessful home visit - no reply.", ""),
        ("Telephone contact with mum - advice re bedtime routine and dental care.", "Nadia"),
        (
            "Safeguarding supervision - case discussed, neglect toolkit (GCP2) to be completed.",
            "Comfort",
        ),
    ],
    BN: [
        ("Yasmin arrived without coat, cold day. Spare coat given.", "Yasmin"),
        ("Adam absent - no call from parents.", "Adam"),
        ("Yasmin hungry at arrival - 2 bowls of cereal.", "Yasmin"),
        ("Both children collected late (6.20pm) by dad.", "Florin; Yasmin; Adam"),
        ("Head lice letter sent home - Yasmin.", "Yasmin"),
    ],
}


def case_b():
    entries = (
        B_EVENTS
        + B_DECOYS
        + filler(
            "b",
            B_POOLS,
            "2022-05-03",
            "2024-04-26",
            36,
            windows={BC: ("2023-01-03", "2024-04-26"), BN: ("2023-01-09", "2024-04-26")},
            closed={BN: [("2022-12-21", "2023-01-03"), ("2023-08-01", "2023-08-31")]},
        )
    )
    return build(
        "b",
        "Neglect of two young children over two years, four agencies, month and approximate dates",
        B_PEOPLE,
        B_AG,
        entries,
        HERE / "case_b.json",
    )


# ---------------------------------------------------------------- case C
C_PEOPLE = [
    ("Kerry-Ann Campbell", ["Kerry-Ann", "Kerry", "Ms Campbell", "KAC"], "Mother", "parent"),
    ("Tariq Mahmood", ["Tariq", "Mr Mahmood", "T Mahmood"], "Father of Zain and Aaliyah", "parent"),
    ("Zain Mahmood", ["Zain", "Z Mahmood", "ZM"], "Child Z (14)", "child"),
    ("Aaliyah Mahmood", ["Aaliyah", "Ali", "A Mahmood"], "Child A (10)", "child"),
    ("Kai Campbell", ["Kai", "K Campbell"], "Child K (6)", "child"),
    ("Rosie Campbell", ["Rosie", "R Campbell"], "Child R (3)", "child"),
    ("Wayne Doherty", ["Wayne", "Mr Doherty"], "Father of Kai and Rosie", "parent"),
    ("Olumide Adeyemi", ["Olu", "SW Adeyemi", "OA"], "Social worker", "professional"),
    ("Sarah Whitfield", ["Mrs Whitfield", "DSL Whitfield"], "Primary DSL", "professional"),
    ("Jamal Ibrahim", ["Mr Ibrahim", "JI"], "Secondary DSL", "professional"),
    (
        "Gurpreet Kaur",
        ["Gurpreet", "Ms Kaur", "housing officer"],
        "Housing officer",
        "professional",
    ),
    (
        "Nicola Grant",
        ["Nicola", "recovery worker", "NG"],
        "Drug & alcohol recovery worker",
        "professional",
    ),
    ("DS Ewan Fraser", ["DS Fraser", "Fraser"], "Police officer", "professional"),
    ("Dr Ana Costa", ["Dr Costa"], "GP", "professional"),
    ("Dr Rhys Pritchard", ["Dr Pritchard"], "Paediatrician", "professional"),
]
C_AG = [
    ("Children's Social Care", "social_care", "csc"),
    ("Police", "police", "police"),
    ("GP practice", "health", "gp"),
    ("Acute hospital", "health", "health"),
    ("Brookside Academy", "education", "school"),
    ("St Mary's Primary", "education", "school"),
    ("Housing", "other", "iso"),
    ("Drug & alcohol service", "health", "health"),
]
CC, CP, CG, CH, CB, CM, CHO, CD = (a[0] for a in C_AG)

C_EVENTS = [
    (
        CP,
        "2024-05-18 06:05",
        "Drugs warrant executed at home address (s23 MDA). Male T MAHMOOD arrested PWITS class A. Approx 14g suspected heroin recovered from kitchen cupboard. 4 children at address with mother. Door forced. Referral to CSC via PPN.",
        "Tariq Mahmood; Kerry-Ann Campbell",
        "C01",
    ),
    (
        CC,
        "2024-05-20",
        "Police notification received: a warrant was executed at the family home on Saturday morning and Tariq was arrested for supplying Class A drugs. All four children were present. Passed to the MASH for a strategy discussion.",
        "Tariq; Kerry-Ann; Zain; Aaliyah; Kai; Rosie",
        "C01",
    ),
    (
        CHO,
        "2024-05-20",
        "Repair job raised: front door forced by police (warrant) on Sat 18/5. Boarded by out-of-hours contractor. Tenancy file noted - possible breach (drugs).",
        "Kerry-Ann Campbell",
        "C01",
    ),
    (
        CC,
        "2024-05-21 11:00",
        "Strategy discussion held in the MASH. Police (DS Fraser), both schools and health attended. Threshold for s47 enquiries met for all four children (neglect / risk from drug supply).",
        "DS Fraser; Zain; Aaliyah; Kai; Rosie",
        "C02",
    ),
    (
        CP,
        "2024-05-21",
        "Strat meeting - DS Fraser. Agreed single-agency CSC s47; police to share outcome of interview. Tariq RUI.",
        "DS Fraser; Tariq",
        "C02",
    ),
    (
        CB,
        "2024-05-21",
        "DSL (Mr Ibrahim) contributed to strategy discussion by Teams. Zain: attendance 82%, 2 internal exclusions this year, recent change of friendship group.",
        "Jamal Ibrahim; Zain",
        "C02",
    ),
    (
        CM,
        "2024-05-24",
        "Minutes of strategy discussion (21.5.24) received by DSL. Aaliyah and Kai - CP enquiries. School to provide written info by Fri.",
        "Sarah Whitfield; Aaliyah; Kai",
        "C02",
    ),
    (
        CD,
        "2024-06-04",
        "Comprehensive assessment completed. Tariq reports daily heroin use (smoked) for 2 yrs, occasional crack. Wants to start OST. Lives with partner and 4 children. Safeguarding: children open to CSC. Recovery worker NG.",
        "Tariq Mahmood; Nicola Grant",
        "C03",
    ),
    (
        CG,
        "2024-06-13",
        "Letter from Pathways drug service: T Mahmood assessed 4/6, to commence methadone 30ml daily supervised. Please add to record, do not prescribe opiates.",
        "Tariq Mahmood",
        "C03",
    ),
    (
        CH,
        "2024-06-15 22:40",
        "ED: 14M brought by ambulance. Took approx 16 x paracetamol 500mg around 17:00 after argument at home. Paracetamol level 4hrs above line - NAC started. Admitted to paediatric ward. Mental health liaison to see once medically fit.",
        "Zain Mahmood",
        "C04",
    ),
    (
        CM,
        "2024-06-17",
        "Kerry-Ann phoned the office: Zain in hospital since Sat, Kai and Rosie with their nan. Kai absent today.",
        "Kerry-Ann; Zain; Kai",
        "C04",
    ),
    (
        CB,
        "2024-06-17",
        "Mum called attendance line - Zain admitted to hospital at the weekend after an overdose. DSL informed. Pastoral to prepare return plan.",
        "Zain; Kerry-Ann; Jamal Ibrahim",
        "C04",
    ),
    (
        CG,
        "2024-06-24",
        "Discharge summary: paediatric ward 15-18/06. Intentional paracetamol OD, treated with NAC, LFTs normal. Seen by CAMHS liaison - low risk, follow-up CAMHS 2/52.",
        "Zain Mahmood",
        "C04",
    ),
    (
        CH,
        "2024-06-16",
        "Paediatric safeguarding nurse: referral to children's social care completed (open s47, OD following argument at home, father recently arrested).",
        "Zain Mahmood",
        "C05",
    ),
    (
        CC,
        "2024-06-17",
        "Referral from the hospital safeguarding team received: Zain admitted after taking an overdose at the weekend. Olu to visit him on the ward today.",
        "Zain; Olumide Adeyemi",
        "C05",
    ),
    (
        CHO,
        "2024-07-02",
        "Joint visit with Olumide (children's SW) re overcrowding: 2 bed flat, 6 occupants. Damp in back bedroom. Household to be assessed for band B transfer.",
        "Gurpreet Kaur; Olumide Adeyemi; Kerry-Ann Campbell",
        "C06",
    ),
    (
        CC,
        "2024-07-02",
        "Visit to the flat with Gurpreet from the council to look at sleeping arrangements. Zain sleeps on the sofa. Mould in the children's room. Housing transfer to be considered.",
        "Gurpreet; Zain; Kerry-Ann",
        "C06",
    ),
    (
        CM,
        "2024-07-08 09:20",
        "Kai came in with bruise to L cheek ~3cm and fingertip-like marks on upper arm. Said 'Wayne grabbed me'. Body map. Referral made to MASH 10:15 by DSL.",
        "Kai; Wayne; Sarah Whitfield",
        "C07",
    ),
    (
        CC,
        "2024-07-08",
        "Contact from Mrs Whitfield at St Mary's: Kai has a bruise to his face and marks on his arm and says his dad grabbed him. Accepted for strategy discussion.",
        "Sarah Whitfield; Kai; Wayne",
        "C07",
    ),
    (
        CC,
        "2024-07-09",
        "Strategy meeting regarding Kai. Police, school and GP. Decision: joint section 47 investigation and a child protection medical today.",
        "Kai; DS Fraser",
        "C08",
    ),
    (
        CP,
        "2024-07-09",
        "Strat - Kai CAMPBELL (6). Joint s47. Suspect Wayne DOHERTY (not resident). CP medical to be arranged.",
        "Kai Campbell; Wayne Doherty",
        "C08",
    ),
    (CM, "2024-07-09", "DSL part of strategy call re Kai at 1pm.", "Sarah Whitfield; Kai", "C08"),
    (
        CG,
        "2024-07-15",
        "Minutes received - strat mtg 9/7 re Kai. GP input was by phone. Coded 'child protection enquiry'.",
        "Kai Campbell",
        "C08",
    ),
    (
        CH,
        "2024-07-09",
        "Child protection medical (Dr Pritchard). Bruise L cheek 3x2cm yellow-purple, 4 oval bruises L upper arm in keeping with gripping. Explanation from child consistent. Findings consistent with non-accidental injury.",
        "Kai Campbell; Dr Rhys Pritchard",
        "C09",
    ),
    (
        CC,
        "2024-07-09",
        "Accompanied Kai and Kerry-Ann to the hospital for the medical. The paediatrician's view is that the marks are likely to be inflicted.",
        "Kai; Kerry-Ann; Olu",
        "C09",
    ),
    (
        CG,
        "2024-07-22",
        "Letter from Dr Pritchard re CP medical 9/7/24 - injuries consistent with NAI. For info.",
        "Kai Campbell; Dr Pritchard",
        "C09",
    ),
    (
        CC,
        "2024-07-30",
        "Initial CP conference: all four children made subject to plans (Kai: physical abuse; all: neglect).",
        "Zain; Aaliyah; Kai; Rosie",
        "C10",
    ),
    (
        CM,
        "2024-07-30",
        "ICPC - DSL attended. Aaliyah and Kai on CP plans.",
        "Sarah Whitfield; Aaliyah; Kai",
        "C10",
    ),
    (
        CB,
        "2024-07-30",
        "Mr Ibrahim attended initial conference by video. Zain on a plan (neglect).",
        "Jamal Ibrahim; Zain",
        "C10",
    ),
    (
        CD,
        "2024-08-01",
        "Received outcome of child protection conference held 30/07 - recovery worker did not attend, report sent. All 4 children on CP plans.",
        "Nicola Grant",
        "C10",
    ),
    (
        CHO,
        "2024-08-05",
        "Notice of seeking possession served (ground 14 - drugs at property). Copy to tenant by hand and post.",
        "Kerry-Ann Campbell",
        "C11",
    ),
    (
        CC,
        "A:2024-08-12:2024-08-16:mid-August 2024 (approx.)",
        "Copy of NOSP from Housing received by post. Kerry-Ann very anxious about losing the flat. Discussed with Gurpreet.",
        "Kerry-Ann; Gurpreet",
        "C11",
    ),
    (
        CD,
        "2024-08-20 14:10",
        "Tariq has not collected methadone for 3 days, not answering phone. Known to be staying at partner's with children. NG rang 101 and requested welfare check.",
        "Tariq; Nicola Grant",
        "C12",
    ),
    (
        CP,
        "2024-08-20 16:45",
        "Concern for welfare - request from drug service. Officers attended. Male found at address, appeared well, said phone broken. Children present, home untidy. Adult & child referrals submitted.",
        "Tariq Mahmood",
        "C12",
    ),
    (
        CC,
        "2024-09-11",
        "Core group meeting. Tariq did not attend. Housing transfer application in progress. Zain's school place at risk. Plan updated.",
        "Tariq; Zain",
        "C13",
    ),
    (
        CM,
        "A:2024-09-09:2024-09-13:w/c 9/9/24",
        "Core group - DSL attended. Aaliyah's Y6 start positive. Kai's behaviour in class unsettled.",
        "Sarah Whitfield; Aaliyah; Kai",
        "C13",
    ),
    (
        CB,
        "2024-09-11",
        "Core grp - Mr Ibrahim. Raised Zain's suspension.",
        "Jamal Ibrahim; Zain",
        "C13",
    ),
    (
        CD,
        "2024-09-11",
        "Core group attended. Tariq on 60ml methadone, 2 positive tests for cocaine.",
        "Nicola Grant; Tariq",
        "C13",
    ),
    (
        CB,
        "2024-09-10",
        "Suspension 3 days (Zain) - threatening language to member of staff and bringing a lighter to school. Parents informed by phone, letter posted.",
        "Zain; Kerry-Ann",
        "C14",
    ),
    (
        CC,
        "2024-09-10",
        "Email from Mr Ibrahim: Zain has been suspended for three days. Olu to visit to check who will supervise him at home.",
        "Jamal Ibrahim; Zain; Olu",
        "C14",
    ),
    (
        CM,
        "2024-09-12 12:40",
        "Aaliyah told lunchtime supervisor her dad 'gave Zain tablets to sell'. DSL rang Olu (SW) and left message; emailed.",
        "Aaliyah; Tariq; Zain; Sarah Whitfield",
        "C15",
    ),
    (
        CC,
        "2024-09-13",
        "Message from St Mary's yesterday picked up: Aaliyah said her father gave Zain tablets to sell. Raised with the team manager - possible criminal exploitation; NRM to be considered.",
        "Aaliyah; Tariq; Zain",
        "C15",
    ),
    (
        CP,
        "2024-09-14 21:30",
        "Male MAHMOOD arrested breach of bail conditions (curfew) found outside address with 2 youths. Custody, remanded to court Mon.",
        "Tariq Mahmood",
        "C16",
    ),
    (
        CD,
        "2024-09-16",
        "Informed by custody liaison that Tariq was arrested Sat and is at court today. Methadone continuity arranged.",
        "Tariq",
        "C16",
    ),
    (
        CC,
        "2024-09-16",
        "Police update: Tariq was arrested on Saturday evening outside the flat and is in court today. Zain may have been one of the youths with him.",
        "Tariq; Zain",
        "C16",
    ),
    (
        CH,
        "2024-10-05 15:20",
        "ED resus: 3F drowsy, pinpoint pupils, RR 14. Suspected opiate ingestion - mother found her with a bottle (father's methadone). Naloxone given with good response. Admitted for observation. Police and CSC EDT informed.",
        "Rosie Campbell; Kerry-Ann Campbell",
        "C17",
    ),
    (
        CP,
        "2024-10-05 16:10",
        "Attended ED - 3 yr old female suspected methadone ingestion at home. Bottle seized. Mother states father left it in bathroom. Male not present. Child neglect crime recorded.",
        "Rosie Campbell; Tariq Mahmood",
        "C17",
    ),
    (
        CC,
        "2024-10-05",
        "Emergency Duty Team: call from the hospital. Rosie admitted after swallowing methadone at home. Safety plan - Kai and Aaliyah to stay with maternal grandmother tonight. Handover to the locality team on Monday.",
        "Rosie; Kai; Aaliyah",
        "C17",
    ),
    (
        CD,
        "2024-10-07",
        "Police informed us Saturday that a child at client's partner's address may have taken his methadone. Take-home doses suspended; daily supervised consumption.",
        "Tariq",
        "C17",
    ),
    (
        CC,
        "2024-10-07 10:00",
        "Strategy discussion following Rosie's admission. Police, hospital, drug service. Section 47 continues, legal planning meeting to be requested; Tariq not to stay overnight.",
        "Rosie; Tariq",
        "C18",
    ),
    (
        CP,
        "2024-10-07",
        "Strategy disc - DS Fraser. Joint enquiries continue. Forensic tox on bottle requested.",
        "DS Fraser",
        "C18",
    ),
    (
        CH,
        "2024-10-07",
        "Safeguarding nurse participated in strategy discussion. Rosie medically fit for discharge - to grandmother's address pending CSC decision.",
        "Rosie Campbell",
        "C18",
    ),
    (
        CD,
        "2024-10-10",
        "Minutes of strat meeting (7/10) received - NG to confirm take-home arrangements in writing to CSC.",
        "Nicola Grant",
        "C18",
    ),
    (
        CHO,
        "2024-10-21",
        "Homelessness application taken: applicant fleeing DA (Wayne Doherty) plus NOSP. Placed in temporary accommodation, Elm House, 2 rooms. Duty accepted.",
        "Kerry-Ann Campbell; Wayne Doherty",
        "C19",
    ),
    (
        CC,
        "2024-10-22",
        "Kerry-Ann and the four children moved yesterday into emergency accommodation (Elm House) arranged by the council's housing options team.",
        "Kerry-Ann; Zain; Aaliyah; Kai; Rosie",
        "C19",
    ),
    (
        CC,
        "2024-11-13",
        "Review CP conference: plans continue for all four children. Legal planning meeting outcome: PLO.",
        "Zain; Aaliyah; Kai; Rosie",
        "C20",
    ),
    (CM, "2024-11-13", "RCPC - DSL attended. Plans remain.", "Sarah Whitfield", "C20"),
    (
        CB,
        "2024-11-13",
        "Review conf - Mr Ibrahim. Zain on reduced timetable, attending 1:1 mentoring.",
        "Jamal Ibrahim; Zain",
        "C20",
    ),
    (
        CG,
        "M:2024-11",
        "Review child protection conference - GP report provided. Plans continue.",
        "Dr Costa",
        "C20",
    ),
]

C_DECOYS = [
    (
        CP,
        "2024-05-20",
        "Tariq MAHMOOD interviewed - no comment. Released under investigation.",
        "Tariq Mahmood",
        None,
    ),
    (
        CC,
        "2024-05-22",
        "Team manager's oversight of the strategy decision recorded; s47 to complete by 11 June.",
        "",
        None,
    ),
    (
        CM,
        "2024-05-20",
        "Kai and Aaliyah in school, both tired. Aaliyah said 'police broke our door'. Logged.",
        "Kai; Aaliyah",
        None,
    ),
    (CB, "2024-05-20", "Zain late, no homework, detention.", "Zain", None),
    (
        CH,
        "2024-06-18",
        "Mental health liaison: Zain seen on ward. Denies ongoing intent. Referral to CAMHS.",
        "Zain Mahmood",
        None,
    ),
    (
        CC,
        "2024-06-18",
        "Visited Zain on the ward. He said he took the tablets after his mum and Tariq argued about money.",
        "Zain; Kerry-Ann; Tariq",
        None,
    ),
    (
        CG,
        "2024-07-09",
        "Rosie - 3 yr, cough, wheeze. Salbutamol trial. Mum attended.",
        "Rosie Campbell; Kerry-Ann Campbell",
        None,
    ),
    (
        CP,
        "2024-07-10",
        "Wayne DOHERTY voluntary interview re assault on Kai. Denies. File to CPS for advice.",
        "Wayne Doherty",
        None,
    ),
    (CC, "2024-07-29", "Conference report shared with Kerry-Ann at home.", "Kerry-Ann", None),
    (
        CD,
        "2024-07-29",
        "Report for CP conference written and emailed to conference admin.",
        "Nicola Grant",
        None,
    ),
    (CHO, "M:2024-08", "Rent arrears letter (stage 2). £412.", "Kerry-Ann Campbell", None),
    (
        CG,
        "2024-08-20",
        "Kerry-Ann - anxiety, poor sleep. Discussed support. Propranolol PRN.",
        "Kerry-Ann Campbell",
        None,
    ),
    (CM, "2024-09-10", "Aaliyah late 9.20. Kai in school, no concerns.", "Aaliyah; Kai", None),
    (
        CG,
        "2024-09-10",
        "Kai - asthma review by nurse. Inhaler technique good.",
        "Kai Campbell",
        None,
    ),
    (
        CC,
        "2024-09-10",
        "Statutory visit (Kai and Rosie). Home cramped. Rosie has a cold. Wayne not present.",
        "Kai; Rosie",
        None,
    ),
    (CB, "2024-09-12", "Zain suspension day 3. Work set on Teams - not completed.", "Zain", None),
    (
        CC,
        "2024-09-12",
        "Visit to Zain at home during suspension; Kerry-Ann at work, Zain alone with Rosie.",
        "Zain; Rosie; Kerry-Ann",
        None,
    ),
    (
        CP,
        "2024-09-13",
        "Intel: youths incl Z MAHMOOD (14) seen at Brookside shops with known county-line nominal.",
        "Zain Mahmood",
        None,
    ),
    (
        CM,
        "2024-09-13",
        "Follow up with Aaliyah by DSL - she did not want to say more. Logged.",
        "Aaliyah; Sarah Whitfield",
        None,
    ),
    (
        CD,
        "2024-09-12",
        "Key work session. Tariq reports stable on 60ml. Test positive cocaine.",
        "Tariq",
        None,
    ),
    (
        CH,
        "2024-10-06",
        "Paediatric ward: Rosie observed overnight, no further naloxone required.",
        "Rosie Campbell",
        None,
    ),
    (
        CC,
        "2024-10-08",
        "Visit to the grandmother's home; Rosie discharged there yesterday. Kerry-Ann staying too.",
        "Rosie; Kerry-Ann",
        None,
    ),
    (
        CG,
        "2024-10-15",
        "Discharge summary: Rosie - opiate toxicity, observed 24h, naloxone x1. Safeguarding referral made by ward.",
        "Rosie Campbell",
        "C17",
    ),
    (
        CHO,
        "2024-10-22",
        "TA check-in visit at Elm House: family settled, sharing kitchen.",
        "Kerry-Ann Campbell",
        None,
    ),
    (
        CP,
        "2024-10-19 23:10",
        "DA call - Wayne DOHERTY attended Kerry-Ann CAMPBELL's flat demanding to see children. Left prior to arrival. DASH high. MARAC referral.",
        "Wayne Doherty; Kerry-Ann Campbell",
        None,
    ),
    (CM, "2024-11-13", "Kai - reward assembly certificate.", "Kai", None),
    (CB, "2024-11-12", "Report for RCPC completed by DSL.", "Jamal Ibrahim; Zain", None),
]

C_POOLS = {
    CC: [
        ("Statutory CP visit. All children seen except Zain (out).", "Aaliyah; Kai; Rosie"),
        (
            "Zain seen alone at the youth centre for direct work. Talked about football and his friends.",
            "Zain",
        ),
        ("Supervision with TM. Actions reviewed.", "Olu"),
        ("Phone call with Kerry-Ann about appointments this week.", "Kerry-Ann"),
        ("Case recording updated.", ""),
        ("Direct work with Kai - 'my three houses'. Worried house: 'Wayne'.", "Kai; Wayne"),
        (
            "Unannounced visit - Kerry-Ann home with Rosie. Rooms cold, heating not on.",
            "Kerry-Ann; Rosie",
        ),
        ("Email to core group with updated contact list.", ""),
        (
            "Aaliyah seen alone at her nan's; she talked about netball and her best friend.",
            "Aaliyah",
        ),
        (
            "Text from Kerry-Ann: Rosie has a GP appointment so the visit is moved to Thursday.",
            "Kerry-Ann; Rosie",
        ),
        (
            "!Transfer panel paperwork completed with Kerry-Ann; supporting letter sent.",
            "Kerry-Ann",
        ),
        (
            "Call to Wayne to discuss his contact with Kai and Rosie - no answer, message left.",
            "Wayne; Kai; Rosie",
        ),
        ("Kai seen at home after school; he showed me his reading book. No marks seen.", "Kai"),
    ],
    CP: [
        ("PNC/intel check for MASH returned.", ""),
        ("ASB complaint - youths at Brookside shops. Area search negative.", ""),
        ("Drugs investigation update - lab results received, 13.8g diamorphine.", "Tariq Mahmood"),
        ("Missing from home report - not subject family (same street).", ""),
        ("!Shoplifting report Brookside Co-op - offender not identified.", ""),
        ("Intel: vehicle linked to T MAHMOOD seen outside address late evening.", "Tariq Mahmood"),
        ("Bail conditions check by response officers - compliant.", "Tariq Mahmood"),
        (
            "Child abuse investigation update - CPS advice awaited (Kai).",
            "Kai Campbell; Wayne Doherty",
        ),
        (
            "Neighbour reports cannabis smell from flat. Words of advice to occupant.",
            "Kerry-Ann Campbell",
        ),
        ("Neighbourhood team visit to address - no answer.", ""),
        ("Vulnerable person log reviewed.", "Kerry-Ann Campbell"),
    ],
    CG: [
        ("Aaliyah - headache, eye test advised.", "Aaliyah Mahmood"),
        ("Rosie - viral rash, reassure.", "Rosie Campbell"),
        ("Kai - asthma, inhaler reissued.", "Kai Campbell"),
        ("Kerry-Ann - repeat propranolol.", "Kerry-Ann Campbell"),
        ("Tariq - DNA appointment.", "Tariq Mahmood"),
        ("Practice safeguarding meeting - family discussed.", "Dr Costa"),
        ("Zain - acne review.", "Zain Mahmood"),
        ("!Kerry-Ann - smear test by nurse.", "Kerry-Ann Campbell"),
        ("Rosie - ear infection. Amoxicillin.", "Rosie Campbell"),
        ("Aaliyah - repeat eczema cream.", "Aaliyah Mahmood"),
    ],
    CH: [
        ("Paediatric liaison weekly review - no attendances for family.", ""),
        ("Outpatient ENT - Aaliyah DNA. Second DNA - letter to GP and parent.", "Aaliyah Mahmood"),
        (
            "!ED: 6M fell in park, 2cm laceration L eyebrow. Glued. Mother present. Liaison check: on CP plan, mechanism consistent.",
            "Kai Campbell; Kerry-Ann Campbell",
        ),
        ("!Paediatric asthma clinic - Kai. Step-up to preventer inhaler.", "Kai Campbell"),
        (
            "!ED: 10F sprained ankle at netball. Discharged. Attended with grandmother.",
            "Aaliyah Mahmood",
        ),
        ("!Orthoptics - Aaliyah, mild myopia, glasses prescribed.", "Aaliyah Mahmood"),
    ],
    CB: [
        ("Zain late to school ({n} mins).", "Zain"),
        ("Zain internal exclusion room - refusal to follow instructions.", "Zain"),
        ("Mentor session with Zain - goals set.", "Zain"),
        ("Zain absent - unauthorised.", "Zain"),
        ("Pastoral check-in with Zain, reports he is 'fine'.", "Zain"),
        ("Attendance officer phoned mum re Zain's absence.", "Kerry-Ann; Zain"),
    ],
    CM: [
        ("Kai upset at drop-off, settled with TA.", "Kai"),
        ("Aaliyah in school, no concerns.", "Aaliyah"),
        ("Kai - behaviour incident, pushed another child. Parent informed.", "Kai; Kerry-Ann"),
        ("Aaliyah attended breakfast club.", "Aaliyah"),
        ("Kai absent - mum rang, sick.", "Kai"),
        ("Aaliyah - nurture group session.", "Aaliyah"),
        ("Kai collected late by grandmother.", "Kai"),
    ],
    CHO: [
        ("Damp and mould inspection at property - treatment booked.", "Kerry-Ann Campbell"),
        ("Transfer application - awaiting documents from tenant.", "Kerry-Ann Campbell"),
        ("Rent account reviewed - arrears increasing.", "Kerry-Ann Campbell"),
        ("Neighbour complaint - noise at night.", ""),
        ("!Tenancy audit visit - 6 occupants confirmed.", "Kerry-Ann Campbell"),
        ("Repair: boiler pressure - engineer attended, fixed.", ""),
        ("!Arrears: payment plan agreed £5/wk from UC.", "Kerry-Ann Campbell"),
        ("!Estate walkabout - drug paraphernalia found in stairwell of block.", ""),
    ],
    CD: [
        ("Key work session. Tariq reports {n} days on top without using.", "Tariq"),
        ("Urine drug screen - positive opiates/methadone only.", "Tariq"),
        ("Missed appointment - text sent.", "Tariq"),
        ("Prescription review with doctor - dose unchanged.", "Tariq"),
        ("Telephone contact with Tariq - says he is coping.", "Tariq"),
        ("Group session (relapse prevention) - Tariq attended, engaged.", "Tariq"),
        ("Pharmacy reports Tariq collected late twice this week.", "Tariq"),
        ("!Naloxone kit issued and training given.", "Tariq"),
    ],
}


C_WIN = {
    CC: ("2024-05-22", "2024-12-06"),
    CD: ("2024-06-05", "2024-12-06"),
    CHO: ("2024-05-21", "2024-10-20"),
}
C_CLOSED = {
    CB: [("2024-07-24", "2024-09-03"), ("2024-10-28", "2024-11-01")],
    CM: [("2024-07-24", "2024-09-03"), ("2024-10-28", "2024-11-01")],
}


def case_c():
    entries = (
        C_EVENTS
        + C_DECOYS
        + filler("c1", C_POOLS, "2024-05-07", "2024-12-06", 82, windows=C_WIN, closed=C_CLOSED)
        + filler("c2", C_POOLS, "2024-09-09", "2024-09-14", 22, windows=C_WIN, closed=C_CLOSED)
        + filler("c3", C_POOLS, "2024-10-05", "2024-10-12", 18, windows=C_WIN, closed=C_CLOSED)
        + filler("c4", C_POOLS, "2024-07-08", "2024-07-13", 12, windows=C_WIN, closed=C_CLOSED)
    )
    return build(
        "c",
        "Four children (two fathers), drugs, physical abuse, overdose; eight agencies, busy weeks, May-Dec 2024",
        C_PEOPLE,
        C_AG,
        entries,
        HERE / "case_c.json",
    )


if __name__ == "__main__":
    for make in (case_a, case_b, case_c):
        d = make()
        print(d["case"], len(d["entries"]))
