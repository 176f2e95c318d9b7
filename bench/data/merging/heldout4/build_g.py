"""Write case_g.json, the fourth held-out same-event merging case (issue 14 §1), written blind.

    python3 bench/data/merging/heldout4/build_g.py > bench/data/merging/heldout4/case_g.json

Written on 4 December 2026 by helper i14-blind4, who had not read the merging code, its tests,
its scores, the tuning cases or the earlier held-out entries (only the README's format and
`check_cases.py`). Never tune on it. Event entries are written by hand below; routine entries
of each agency come from hand-written pools, placed on seeded random days that avoid every
event day (same-day decoys are written by hand instead). Deterministic; standard library only.
"""

import datetime as dt
import json
import random
import sys

CSC = "Children's Social Care"
POL = "Police"
GP = "Riverside Medical Centre"
HV = "0-19 Public Health Nursing"
SCH = "St Bede's Catholic High School"
NUR = "Little Acorns Day Nursery"
HOS = "Eastbrook University Hospital"

AGENCIES = [
    (CSC, "social_care"),
    (POL, "police"),
    (GP, "health"),
    (HV, "health"),
    (SCH, "education"),
    (NUR, "education"),
    (HOS, "health"),
]

PEOPLE = [
    ("Maja Zielinska", ["Maja", "MZ"], "Child M", "child"),
    ("Kofi Asante", ["Kofi", "KA"], "Child K", "child"),
    ("Ama Asante", ["Ama", "Baby Ama", "Baby Asante"], "Child A", "child"),
    ("Ewa Zielinska", ["Ewa", "Ms Zielinska", "EZ"], "Mother", "parent"),
    ("Kwame Asante", ["Kwame", "Mr Asante"], "Father of K and A", "parent"),
    ("Halina Zielinska", ["Halina", "Babcia"], "Maternal grandmother", "family"),
    ("Ryan Doherty", ["Ryan", "RD"], "Adult male known to Maja", "other_adult"),
    ("Shirin Farahani", ["Mrs Farahani"], "Neighbour", "other_adult"),
    ("Priya Raman", ["Priya", "SW Raman"], "Social worker", "professional"),
    ("Declan Byrne", ["TM Byrne"], "Team manager", "professional"),
    ("Grace Oduya", ["Grace", "HV Oduya"], "Health visitor", "professional"),
    ("Dr Li Wen", ["Dr Li"], "GP", "professional"),
    ("Ahmet Yilmaz", ["Mr Yilmaz"], "Designated safeguarding lead, secondary", "professional"),
    ("Siobhan Kelly", ["Siobhan"], "Nursery manager", "professional"),
    ("PC Jordan Clarke", ["PC Clarke"], "Police officer", "professional"),
    ("DS Ioana Popescu", ["DS Popescu"], "Detective sergeant", "professional"),
    ("Dr Kojo Mensah", ["Dr Mensah"], "Consultant paediatrician", "professional"),
    ("Chidinma Eze", ["Midwife Eze"], "Midwife", "professional"),
    ("Fatima Haddad", ["IDVA Haddad"], "Independent domestic violence adviser", "professional"),
]


def date_text(agency, d, time=None):
    """Each agency writes dates its own way."""
    if agency == CSC:
        return d.strftime("%d/%m/%Y")
    if agency == POL:
        return d.strftime("%d-%b-%Y").upper()
    if agency == GP:
        return f"{d.day} {d.strftime('%b %Y')}"
    if agency == HV:
        return d.strftime("%d.%m.%y")
    if agency == SCH:
        return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"
    if agency == NUR:
        return f"{d.day}/{d.month}/{d.strftime('%y')}"
    return d.isoformat() + (f" {time}" if time else "")


# Hand-written entries: (agency, ISO date, time, text, people, event or None).
# Events E01..E19; null entries here are deliberate same-day or near-day decoys.
HAND = [
    # E01 referral by the health visitor, received two days later
    (
        HV,
        "2025-01-14",
        None,
        "Unborn/Kofi: HV contact at home. Flat cold, nappies and food waste on floor, Ewa tearful, "
        "says she is 24/40 and 'cannot cope'. Discussed with safeguarding supervisor; referral to "
        "MASH completed on portal same day.",
        "Ewa; Kofi; Grace",
        "E01",
    ),
    (
        CSC,
        "2025-01-16",
        None,
        "Contact received from the health visiting service (Grace Oduya) regarding the home "
        "conditions and mother's low mood in pregnancy. Kofi aged 3. Progressed to assessment; "
        "allocated to Priya Raman.",
        "Ewa Zielinska; Kofi Asante; Grace Oduya; Priya Raman",
        "E01",
    ),
    (
        GP,
        "2025-01-16",
        None,
        "Telephone consultation with EZ: antenatal depression, PHQ-9 17. "
        "Sertraline 50mg restarted. Review 2/52.",
        "EZ; Dr Li",
        None,
    ),
    # E02 scald at the weekend: ED, liaison to HV, discharge letter to GP 11 days later
    (
        HOS,
        "2025-02-08",
        "19:42",
        "Paediatric ED. 3yo boy, scald to dorsum of R hand and wrist, approx 2% TBSA, "
        "from a kettle per mother. Delay of approx 5 hrs before attending. Dressed, "
        "referred to burns clinic. Safeguarding proforma completed, paediatric liaison informed.",
        "Kofi; Ewa",
        "E02",
    ),
    (
        HV,
        "2025-02-12",
        None,
        "Paediatric liaison notification received: Kofi attended A&E Sat 08/02 with scald to hand. "
        "Delay in presentation noted by ED. Discussed with Grace; to be raised with SW.",
        "Kofi; Grace",
        "E02",
    ),
    (
        GP,
        "2025-02-19",
        None,
        "Letter from Eastbrook Emergency Dept re attendance 08/02/25: scald R hand, burns clinic "
        "f/u arranged. Coded and filed; flagged to safeguarding lead.",
        "Kofi Asante",
        "E02",
    ),
    # E03 strategy discussion, minutes reach the GP five days later
    (
        CSC,
        "2025-02-13",
        "10:00",
        "Strategy discussion held (chair TM Byrne) with DS Popescu, Dr Mensah and Grace Oduya "
        "re Kofi's scald and delay in seeking treatment. Threshold met for single-agency "
        "section 47 enquiries by CSC with police support; CP medical to be arranged.",
        "Declan Byrne; DS Popescu; Dr Mensah; Grace; Kofi; Ewa",
        "E03",
    ),
    (
        POL,
        "2025-02-13",
        "10:00",
        "Strat disc attended by DS 2231 Popescu. Outcome: s47 single agency, police to assist with "
        "JV tomorrow. No crime recorded at this stage pending medical.",
        "DS Ioana Popescu; Kofi Asante",
        "E03",
    ),
    (
        HOS,
        "2025-02-13",
        "10:00",
        "Dr Mensah took part by phone in multi-agency strategy meeting re 3yo with scald seen in "
        "ED 08/02. Agreed to see for child protection medical.",
        "Dr Kojo Mensah; Kofi",
        "E03",
    ),
    (
        GP,
        "2025-02-18",
        None,
        "Minutes received from CSC: strategy meeting 13/02 - s47 to proceed. Scanned to Kofi's "
        "record and to mother's record.",
        "Kofi; Ewa",
        "E03",
    ),
    # E04 joint visit the next day, plus same-day unrelated contacts
    (
        CSC,
        "2025-02-14",
        "14:30",
        "JV with PC Clarke. Kofi seen and spoken to; bandaged hand. Ewa gave account of pulling "
        "the kettle flex. Kwame not present. Home cold, little food.",
        "Priya; PC Clarke; Kofi; Ewa",
        "E04",
    ),
    (
        POL,
        "2025-02-14",
        "14:25",
        "PC 4471 Clarke attended address with allocated social worker. Child viewed, no further "
        "marks seen. Mother cooperative. Partner Kwame ASANTE not at home.",
        "PC Jordan Clarke; Priya Raman; Kofi; Ewa; Kwame",
        "E04",
    ),
    (
        NUR,
        "2025-02-14",
        None,
        "Kofi collected early at 12:00 by Ewa, who said a social worker was coming. Hand still "
        "dressed, he was happy in the sand tray this morning.",
        "Kofi; Ewa",
        None,
    ),
    (
        GP,
        "2025-02-14",
        None,
        "Antenatal mood review with EZ. Some improvement. Says partner helping more.",
        "Ewa; Dr Li",
        None,
    ),
    # E05 child protection medical, recorded by the hospital and by CSC
    (
        HOS,
        "2025-02-17",
        "11:15",
        "Child protection medical (Dr Mensah). Healing partial-thickness scald R hand; pattern "
        "consistent with a pour/spill rather than immersion. Growth on 9th centile. Dental caries "
        "noted. Opinion: account plausible; neglect of supervision and delay in care.",
        "Dr Mensah; Kofi; Ewa",
        "E05",
    ),
    (
        CSC,
        "2025-02-17",
        None,
        "Attended paediatric assessment with Kofi and mother at Eastbrook. Verbal feedback from "
        "paediatrician: injury fits the account given, concerns about delay and general neglect.",
        "Priya; Kofi; Ewa; Dr Mensah",
        "E05",
    ),
    # E06 ICPC, minutes reach the GP a week later; police report for it is not a member
    (
        POL,
        "2025-03-03",
        None,
        "Report for initial CP conference completed and emailed to conference admin. Police unable "
        "to attend.",
        "Kofi Asante; Kwame Asante",
        None,
    ),
    (
        CSC,
        "2025-03-06",
        "13:30",
        "Initial child protection conference. Kofi and unborn baby made subject to "
        "child protection plans under the category of neglect. Maja not made subject to "
        "a plan; to be supported as a child in need. Core group to meet within 10 working days.",
        "Kofi; Maja; Ewa; Kwame; Priya",
        "E06",
    ),
    (
        NUR,
        "2025-03-06",
        None,
        "Siobhan attended ICPC at the civic centre. CPP (neglect) for Kofi. Nursery to share "
        "attendance weekly.",
        "Siobhan; Kofi",
        "E06",
    ),
    (
        HV,
        "2025-03-06",
        None,
        "ICPC attended. Outcome CPP neglect Kofi and unborn. HV to complete antenatal contact "
        "and weekly visits until birth.",
        "Grace; Kofi; Ewa",
        "E06",
    ),
    (
        SCH,
        "2025-03-06",
        None,
        "Mr Yilmaz attended the conference for Maja's younger brother. Maja is CIN. School to "
        "offer mentor sessions.",
        "Mr Yilmaz; Maja; Kofi",
        "E06",
    ),
    (
        GP,
        "2025-03-13",
        None,
        "ICPC minutes (06/03/25) received: Kofi + unborn CP plans - neglect. CP code added.",
        "Kofi; Ewa",
        "E06",
    ),
    # E07 birth; CSC told two days later, GP notified five days later
    (
        HOS,
        "2025-03-22",
        "04:51",
        "Maternity: SVD at 37+2, live female infant 2.71kg. Known CP plan (unborn). Midwife Eze "
        "informed EDT overnight. Baby to stay on postnatal ward pending discharge planning.",
        "Midwife Eze; Ewa; Baby Asante",
        "E07",
    ),
    (
        CSC,
        "2025-03-24",
        None,
        "Notification from midwifery: Ewa gave birth to a girl, Ama, on Saturday. Discharge "
        "planning meeting to be arranged before she goes home.",
        "Ewa; Ama; Chidinma Eze",
        "E07",
    ),
    (
        GP,
        "2025-03-27",
        None,
        "Birth notification received: female infant Ama Asante born 22/03/25 Eastbrook. Registered "
        "with practice.",
        "Ama Asante",
        "E07",
    ),
    # same week, different happening: discharge planning meeting, CSC and hospital
    (
        HOS,
        "2025-03-25",
        "14:00",
        "Discharge planning meeting on postnatal ward with SW Raman and HV Oduya. Baby for "
        "discharge home tomorrow with daily HV/SW contact this week.",
        "SW Raman; HV Oduya; Ama; Ewa",
        "E08",
    ),
    (
        CSC,
        "2025-03-25",
        None,
        "Pre-discharge meeting on the ward. Agreed safety plan: Babcia Halina to stay for "
        "the first fortnight; no co-sleeping; visits daily this week.",
        "Priya; Halina; Ama; Ewa",
        "E08",
    ),
    (
        HV,
        "2025-03-26",
        None,
        "Birth visit at home, day 4. Ama feeding 3-hourly, weight 2.62kg. Safe sleep "
        "discussed with Ewa and MGM. Moses basket in place.",
        "Ama; Ewa; Halina",
        None,
    ),
    # E09 domestic abuse at the weekend; PPN and Operation Encompass on Monday, HV on Wednesday
    (
        POL,
        "2025-04-12",
        "23:18",
        "Domestic incident: call from neighbour Mrs Farahani reporting screaming. Officers "
        "attended; Ewa with red mark to neck, alleges strangulation by partner Kwame ASANTE. "
        "Suspect arrested. DASH high. Three children in address, baby 3 weeks. PPN submitted.",
        "Ewa; Kwame; Mrs Farahani; Maja; Kofi; Ama",
        "E09",
    ),
    (
        CSC,
        "2025-04-14",
        None,
        "PPN received from police re incident on Saturday night: Kwame arrested for non-fatal "
        "strangulation of Ewa. Children present. To strategy discussion today.",
        "Kwame; Ewa; Maja; Kofi; Ama",
        "E09",
    ),
    (
        SCH,
        "2025-04-14",
        None,
        "Operation Encompass notification: police attended Maja's home on Saturday 12 April, "
        "domestic abuse. Maja in school, quiet; Mr Yilmaz checked in with her at break.",
        "Maja; Mr Yilmaz",
        "E09",
    ),
    (
        NUR,
        "2025-04-14",
        None,
        "Op Encompass email received 08:40 re Kofi's household at the weekend. Key person aware. "
        "Kofi not in today.",
        "Kofi; Siobhan",
        "E09",
    ),
    (
        HV,
        "2025-04-16",
        None,
        "Informed of DA incident 12/04 (PPN shared via MASH health). Strangulation of mother by "
        "partner, arrested. DA enquiry to be made at next contact when safe.",
        "Ewa; Kwame; Grace",
        "E09",
    ),
    (
        HV,
        "2025-04-14",
        None,
        "Clinic weigh, Ama 3.05kg. Ewa did not mention any difficulties. Next visit 1/52.",
        "Ama; Ewa",
        None,
    ),
    # E10 strategy discussion after the incident (same day as the PPN is read)
    (
        CSC,
        "2025-04-14",
        "15:00",
        "Strategy discussion: DS Popescu, Grace Oduya, Siobhan Kelly. Kwame bailed with condition "
        "not to attend address. Section 47 updated; safety plan with Ewa.",
        "DS Popescu; Grace; Siobhan; Kwame; Ewa",
        "E10",
    ),
    (
        POL,
        "2025-04-14",
        "15:00",
        "Multi-agency strat meeting. Bail conditions shared. Referral to MARAC to be made by OIC.",
        "DS Popescu; Kwame",
        "E10",
    ),
    (
        NUR,
        "2025-04-14",
        "15:00",
        "Siobhan joined the strategy call. Nursery to ring the police if Kwame comes to "
        "collection.",
        "Siobhan; Kwame; Kofi",
        "E10",
    ),
    # E11 MARAC; GP flags the record a week later
    (
        POL,
        "2025-05-08",
        None,
        "MARAC. Victim Ewa ZIELINSKA, perpetrator Kwame ASANTE. Actions: IDVA to maintain contact, "
        "marker on address, housing to review locks.",
        "Ewa; Kwame; IDVA Haddad",
        "E11",
    ),
    (
        CSC,
        "2025-05-08",
        None,
        "Multi-Agency Risk Assessment Conference heard Ewa's case this morning. SW gave update; "
        "Fatima Haddad (IDVA) continuing support.",
        "Ewa; Fatima Haddad; Priya",
        "E11",
    ),
    (
        HV,
        "2025-05-08",
        None,
        "Represented at MARAC by HV team safeguarding nurse. Action: HV to share with GP.",
        "Ewa; Kwame",
        "E11",
    ),
    (
        GP,
        "2025-05-15",
        None,
        "Information from MARAC 08/05 received via health IDVA. MARAC flag added to mother's and "
        "children's records.",
        "Ewa; Kofi; Ama",
        "E11",
    ),
    # E12 Maja missing overnight; EDT the same night; mother tells school on Tuesday
    (
        POL,
        "2025-05-23",
        "22:05",
        "MISPER: Maja ZIELINSKA, 14, reported missing by mother at 22:05, not home from school. "
        "Found 03:10 at flat of Ryan DOHERTY (24). Returned home. Medium risk.",
        "Maja; Ewa; Ryan",
        "E12",
    ),
    (
        CSC,
        "2025-05-23",
        "23:40",
        "EDT: call from police control, Maja reported missing this evening, enquiries ongoing. "
        "Mother has other children at home; no action needed from EDT tonight.",
        "Maja; Ewa",
        "E12",
    ),
    (
        SCH,
        "2025-05-27",
        None,
        "Ms Zielinska rang the office: Maja was missing on Friday night and police found her with "
        "an older man. Passed to Mr Yilmaz, who has logged concern about possible exploitation.",
        "Ms Zielinska; Maja; Mr Yilmaz",
        "E12",
    ),
    (
        CSC,
        "2025-05-28",
        None,
        "Return home interview completed with Maja at school by Priya. Maja says Ryan is 'a friend "
        "of a friend'. Refused to say more.",
        "Maja; Ryan; Priya",
        None,
    ),
    (SCH, "2025-05-28", None, "Maja late (period 2). Detention for missed homework.", "Maja", None),
    # E13 review conference; the police report for it is not a member
    (
        POL,
        "2025-06-02",
        None,
        "RCPC report prepared: 1 x DA incident, 1 x MISPER since ICPC. Sent to chair.",
        "Kwame; Maja",
        None,
    ),
    (
        CSC,
        "2025-06-05",
        "10:00",
        "Review child protection conference. Kofi and Ama remain subject to plans (neglect). "
        "Maja's risk of exploitation to be assessed; referral to the exploitation hub.",
        "Kofi; Ama; Maja; Ewa; Priya",
        "E13",
    ),
    (
        NUR,
        "2025-06-05",
        None,
        "RCPC attended. Plans continue. Nursery to keep daily attendance log.",
        "Siobhan; Kofi",
        "E13",
    ),
    (
        HV,
        "2025-06-05",
        None,
        "RCPC: CPP continues for both younger children. Visits fortnightly.",
        "Grace; Kofi; Ama",
        "E13",
    ),
    # E14 and E15: two core groups a month apart (look-alikes; each its own event)
    (
        CSC,
        "2025-06-26",
        None,
        "Core group at nursery. Ewa attended. Attendance 88%, home conditions mixed. Babcia back "
        "in Poland until August.",
        "Ewa; Siobhan; Grace; Halina; Priya",
        "E14",
    ),
    (
        NUR,
        "2025-06-26",
        None,
        "Hosted CG in the family room. Kofi's speech referral agreed.",
        "Siobhan; Kofi; Ewa",
        "E14",
    ),
    (
        HV,
        "2025-06-26",
        None,
        "CG attended (nursery). Ama 4.9kg, tracking 25th centile.",
        "Grace; Ama",
        "E14",
    ),
    (
        CSC,
        "2025-07-24",
        None,
        "Core group. Ewa did not attend. School and HV present; nursery apologies. Concern about "
        "Maja's missed sessions with mentor.",
        "Maja; Mr Yilmaz; Grace; Priya",
        "E15",
    ),
    (
        SCH,
        "2025-07-24",
        None,
        "Mr Yilmaz attended core group (online) on last day of term.",
        "Mr Yilmaz; Maja",
        "E15",
    ),
    (
        HV,
        "2025-07-24",
        None,
        "Core group via Teams. Mother DNA. Plan to visit unannounced next week.",
        "Grace; Ewa",
        "E15",
    ),
    # E16 joint home visit
    (
        CSC,
        "2025-07-08",
        None,
        "Joint home visit with Grace (health visitor). Home much improved, fridge stocked, Ama in "
        "cot. Kofi showed me his new bed.",
        "Grace; Ama; Kofi; Ewa; Priya",
        "E16",
    ),
    (
        HV,
        "2025-07-08",
        None,
        "JHV with SW Raman. Home conditions good. Ama weighed 5.2kg. Safe sleep reiterated.",
        "SW Raman; Ama; Ewa",
        "E16",
    ),
    (
        GP,
        "2025-07-08",
        None,
        "Kofi: 3-day cough, chest clear, viral. Safety-netting advice to mum.",
        "Kofi; Ewa",
        None,
    ),
    # E17 bruised ear: ED referral and CSC contact; strategy discussion on Monday (E18)
    (
        HOS,
        "2025-08-09",
        "16:20",
        "ED: 4-month-old brought by mother, bruising to L pinna noticed at bath time. Non-mobile. "
        "Bruising protocol followed, paediatric review, referral to children's services by phone "
        "and form.",
        "Baby Asante; Ewa; Dr Mensah",
        "E17",
    ),
    (
        CSC,
        "2025-08-09",
        "17:05",
        "EDT: referral from Eastbrook emergency department - bruise to Ama's left ear, no "
        "explanation. Ama admitted overnight for skeletal survey. Day team to hold strategy "
        "discussion Monday.",
        "Ama; Ewa",
        "E17",
    ),
    (
        POL,
        "2025-08-11",
        "11:00",
        "Strategy meeting re 4 month old with bruised ear. s47 joint. CT head and skeletal survey "
        "clear. Mother states Kwame has visited despite bail. Enquiries re breach.",
        "Ama; Kwame; Ewa; DS Popescu",
        "E18",
    ),
    (
        CSC,
        "2025-08-11",
        "11:00",
        "Strategy discussion (TM Byrne): joint s47, police to investigate possible breach of bail "
        "by Kwame. Ama discharged to mother and Halina with written agreement.",
        "Declan Byrne; Ama; Kwame; Halina",
        "E18",
    ),
    (
        HOS,
        "2025-08-11",
        "11:00",
        "Dr Mensah attended strategy meeting by Teams. Imaging normal; bruise unexplained.",
        "Dr Mensah; Ama",
        "E18",
    ),
    (
        GP,
        "2025-08-18",
        None,
        "Strategy meeting minutes (11/08) from CSC received. Also ED letter 09/08 - bruise L ear, "
        "admitted. Filed to Ama's record; safeguarding lead informed.",
        "Ama",
        "E18",
    ),
    (
        HV,
        "2025-08-11",
        None,
        "Home visit after being told of the weekend hospital attendance. Ama settled. Ear bruise "
        "fading, yellow.",
        "Ama; Ewa",
        None,
    ),
    # E19 GP letter to CSC, received nine days later
    (
        GP,
        "2025-09-02",
        None,
        "Letter to Children's Social Care (Priya Raman) from Dr Li: requesting update on plan "
        "following Ama's admission; mother's mood deteriorated, sertraline increased.",
        "Dr Li; Priya; Ama; Ewa",
        "E19",
    ),
    (
        CSC,
        "2025-09-11",
        None,
        "Post: letter from the practice GP asking for an update since August and telling us "
        "Ewa's antidepressant dose has gone up. Replied by email.",
        "Ewa; Dr Li Wen",
        "E19",
    ),
    # E20 phone call recorded at both ends in different words
    (
        SCH,
        "2025-09-16",
        "12:40",
        "Rang Priya (SW). Maja showed a friend messages from an adult male offering her a lift "
        "and vapes. Screenshots saved.",
        "Maja; Priya",
        "E20",
    ),
    (
        CSC,
        "2025-09-16",
        "12:45",
        "Telephone call from Ahmet Yilmaz, St Bede's DSL: concerns about contact Maja is having "
        "with Ryan Doherty via Snapchat.",
        "Ahmet Yilmaz; Maja; Ryan Doherty",
        "E20",
    ),
    (SCH, "2025-09-16", None, "Maja in isolation room period 4 for phone use.", "Maja", None),
]

# Entries dated only by week or month:
# (agency, start, end, precision, date_text, text, people, event)
ROUGH = [
    (
        POL,
        "2025-10-06",
        "2025-10-12",
        "approximate",
        "w/c 06/10/25",
        "CAWN served on Ryan DOHERTY in respect of Maja ZIELINSKA (14).",
        "Ryan; Maja",
        "E21",
    ),
    (
        CSC,
        "2025-10-09",
        None,
        "day",
        None,
        "Police confirmed that a Child Abduction Warning Notice was given to Ryan Doherty this "
        "week regarding Maja.",
        "Ryan Doherty; Maja",
        "E21",
    ),
    (
        NUR,
        "2025-09-01",
        "2025-09-30",
        "month",
        "September 2025",
        "Monthly summary: Kofi's attendance 71%, often collected late by Babcia.",
        "Kofi; Halina",
        None,
    ),
    (
        SCH,
        "2025-01-01",
        "2025-01-31",
        "month",
        "January 2025",
        "Attendance report: Maja 84% spring term to date.",
        "Maja",
        None,
    ),
]

# Routine entries per agency (no event); placed on seeded days that avoid all event days.
POOLS = {
    CSC: [
        ("Supervision with TM Byrne: assessment on track.", "Priya; TM Byrne"),
        ("Home visit. Ewa and Kofi seen. Kitchen cleaner, bins emptied.", "Ewa; Kofi; Priya"),
        ("Child and family assessment completed; recommendation CP enquiries continue.", "Priya"),
        ("Direct work with Kofi using the three houses tool at nursery.", "Kofi; Priya"),
        ("Unannounced visit, no answer. Card left.", "Priya"),
        (
            "Visit. Maja seen alone in her room; talked about wanting to live with Babcia.",
            "Maja; Halina; Priya",
        ),
        ("Case note: food bank voucher issued.", "Ewa"),
        ("Management oversight: plan reviewed, visits to stay at 10-day frequency.", "TM Byrne"),
        ("Home visit with interpreter (Polish) for Halina.", "Halina; Ewa; Priya"),
        ("Email to housing re damp in children's bedroom.", "Priya"),
        ("Maja seen at school; spoke about exams and her friendship group.", "Maja; Priya"),
        ("Statutory visit: children seen, Ama asleep in cot.", "Ama; Kofi; Priya"),
        ("Letter to Kwame explaining the plan and his contact arrangements.", "Kwame"),
        ("Supervision: exploitation screening tool to be completed for Maja.", "Maja; TM Byrne"),
        ("Visit cancelled by Ewa (hospital appointment). Rebooked.", "Ewa"),
        ("Statutory visit. Kofi's hand healed. Ewa engaging.", "Kofi; Ewa; Priya"),
        ("Duty note: Ewa called to ask about nursery funding.", "Ewa"),
        ("Contact session notes received from family time service.", "Kwame; Kofi"),
        ("Visit: Maja not home; Ewa says she is at a friend's.", "Ewa; Maja"),
        ("Exploitation screening tool completed; score medium.", "Maja; Priya"),
    ],
    POL: [
        ("Intelligence log: vehicle linked to Ryan DOHERTY seen near school gates.", "Ryan"),
        ("Bail check address: Kwame ASANTE present at his brother's, compliant.", "Kwame"),
        ("Crime file update: CPS advice sought on NFS charge.", "Kwame"),
        ("Call from Ewa ZIELINSKA asking about return of phone. Advised.", "Ewa"),
        (
            "Neighbour dispute, Mrs FARAHANI complains of noise from flat 4. Words of advice.",
            "Mrs Farahani",
        ),
        ("PNC check on Ryan DOHERTY: previous for possession with intent.", "Ryan"),
        ("Welfare check request from IDVA; Ewa safe and well, seen at door.", "Ewa; IDVA Haddad"),
        (
            "Kwame ASANTE charged with non-fatal strangulation, bailed to magistrates' court.",
            "Kwame",
        ),
        ("DVPN considered, not issued as bail conditions in place.", "Kwame; Ewa"),
        ("Safeguarding hub review of MISPER episode, no further action.", "Maja"),
        ("Voicemail left for Ewa re victim personal statement.", "Ewa"),
        ("Court result: Kwame ASANTE, trial listed January.", "Kwame"),
        ("Schools officer visit to St Bede's: talk on online safety, Year 9.", ""),
        ("ASB report from housing re flat 4 door damaged.", ""),
    ],
    GP: [
        ("Kofi: 3-year check of immunisations, MMR2 given.", "Kofi"),
        ("EZ: mood review, sleeping poorly, continue sertraline.", "EZ; Dr Li"),
        ("Kofi DNA dental referral follow-up letter.", "Kofi"),
        ("Ama: 8-week baby check, normal. Imms given.", "Ama"),
        ("Ewa: 6-week postnatal check. Contraception discussed.", "Ewa"),
        ("Repeat prescription issued (sertraline).", "Ewa"),
        ("Maja: asthma review, inhaler technique good.", "Maja"),
        ("Ama: nappy rash, advice and cream.", "Ama"),
        ("Practice safeguarding meeting: family discussed, no new concerns.", "Kofi; Ama"),
        ("Ewa: telephone triage, back pain, advice.", "Ewa"),
        ("Ama: 16-week imms given by practice nurse.", "Ama"),
        (
            "Maja: presented with friend, requesting contraception advice; seen alone.",
            "Maja; Dr Li",
        ),
        ("Kofi: ear infection, amoxicillin.", "Kofi"),
        ("Ewa DNA mood review.", "Ewa"),
        ("Halina: temporary resident registration for 3 months.", "Halina"),
    ],
    HV: [
        ("Antenatal contact by phone; Ewa 30/40, low mood improving.", "Ewa; Grace"),
        ("Weekly visit. Ewa tired but coping. Kofi playing well.", "Ewa; Kofi"),
        ("Home visit, Ama weight 3.6kg (25th). Feeding well.", "Ama"),
        ("EPDS completed, score 14. Discussed with GP.", "Ewa"),
        ("No access visit. Note left.", "Grace"),
        ("Ama weighed at clinic 4.3kg.", "Ama"),
        ("Phone call with Ewa re sleep routine for Kofi.", "Ewa; Kofi"),
        ("2-year-and-a-bit review (late) for Kofi: ASQ speech below cut-off.", "Kofi"),
        ("Home visit. Babcia present, helping with night feeds.", "Halina; Ama"),
        ("Ama 6-8 week review completed at home.", "Ama; Ewa"),
        ("Supervision with safeguarding nurse: plan reviewed.", "Grace"),
        ("Visit. Ama rolling, 5.8kg. Weaning discussed.", "Ama"),
        ("Telephone contact: Ewa cancelled visit, rebooked.", "Ewa"),
        ("Home visit. Home tidy, Ewa reports Kwame not visiting.", "Ewa; Kwame"),
    ],
    SCH: [
        ("Maja: mentor session, talked about GCSE options.", "Maja"),
        ("Maja absent, mother reported illness.", "Maja; Ms Zielinska"),
        ("Maja: behaviour point for lateness.", "Maja"),
        ("Year 9 parents' evening: Ewa did not attend.", "Ewa; Maja"),
        ("Maja sent home with headache.", "Maja"),
        ("Pastoral: Maja upset after argument with friends; resolved.", "Maja"),
        ("Maja absent (unexplained). First-day call, no answer.", "Maja"),
        ("Mentor session cancelled, Maja did not attend.", "Maja"),
        ("Maja: merit for art project.", "Maja"),
        ("DSL file review: Maja's chronology updated.", "Mr Yilmaz; Maja"),
        ("Maja: attended school counsellor, first session.", "Maja"),
        ("Letter home re attendance below 90%.", "Ewa; Maja"),
        ("Maja seen by school nurse drop-in (no concerns shared).", "Maja"),
        ("Maja in detention for phone use.", "Maja"),
    ],
    NUR: [
        ("Kofi settled well, ate lunch, brought by mum.", "Kofi; Ewa"),
        ("Kofi absent, no call. Rang mum 10:30, he is poorly.", "Kofi; Ewa"),
        ("Kofi arrived in same clothes as yesterday, hungry.", "Kofi"),
        ("Key person observation: Kofi using 2-word phrases.", "Kofi"),
        ("Kofi collected by Babcia.", "Kofi; Halina"),
        ("Kofi: small bump to forehead in garden, accident form signed by mum.", "Kofi; Ewa"),
        ("Weekly attendance email to SW.", "Siobhan; Priya"),
        ("Kofi late (10:15).", "Kofi"),
        ("Speech and language screening completed.", "Kofi"),
        ("Kofi tired, slept 2 hours.", "Kofi"),
        ("Kofi absent.", "Kofi"),
        ("Parent chat with Ewa about toilet training.", "Ewa; Kofi"),
        ("3-4-year-old funded hours form completed with Ewa.", "Kofi; Ewa"),
        ("Kofi had a good day, painted with Siobhan.", "Kofi; Siobhan"),
    ],
    HOS: [
        ("Burns clinic: R hand healing well, dressing changed.", "Kofi"),
        ("Antenatal clinic 28/40: growth scan normal.", "Ewa; Midwife Eze"),
        ("Burns clinic: healed. Discharged.", "Kofi"),
        ("Antenatal day unit: reduced movements, CTG normal.", "Ewa"),
        ("Audiology (Kofi): hearing normal.", "Kofi"),
        ("Dental GA waiting list letter: Kofi, 4 extractions.", "Kofi"),
        ("Paediatric outpatients (Dr Mensah): Ama growth review, fine.", "Ama; Dr Mensah"),
    ],
}

# Date windows (month-day, 2025) for routine entries that only make sense at some time.
WINDOWS = {
    "Supervision with TM Byrne: assessment on track.": ("01-17", "02-28"),
    "Home visit. Ewa and Kofi seen. Kitchen cleaner, bins emptied.": ("01-20", "03-20"),
    "Child and family assessment completed; recommendation CP enquiries continue.": (
        "02-20",
        "03-03",
    ),
    "Direct work with Kofi using the three houses tool at nursery.": ("02-18", "07-18"),
    "Visit. Maja seen alone in her room; talked about wanting to live with Babcia.": (
        "01-20",
        "07-18",
    ),
    "Home visit with interpreter (Polish) for Halina.": ("08-15", "10-31"),
    "Management oversight: plan reviewed, visits to stay at 10-day frequency.": ("03-07", "10-31"),
    "Statutory visit: children seen, Ama asleep in cot.": ("03-27", "10-31"),
    "Letter to Kwame explaining the plan and his contact arrangements.": ("03-07", "04-10"),
    "Supervision: exploitation screening tool to be completed for Maja.": ("06-06", "06-30"),
    "Statutory visit. Kofi's hand healed. Ewa engaging.": ("03-10", "05-30"),
    "Contact session notes received from family time service.": ("05-01", "10-31"),
    "Visit: Maja not home; Ewa says she is at a friend's.": ("06-01", "10-31"),
    "Exploitation screening tool completed; score medium.": ("07-01", "08-30"),
    "Intelligence log: vehicle linked to Ryan DOHERTY seen near school gates.": ("05-26", "10-05"),
    "Bail check address: Kwame ASANTE present at his brother's, compliant.": ("04-15", "07-31"),
    "Crime file update: CPS advice sought on NFS charge.": ("04-20", "06-15"),
    "Call from Ewa ZIELINSKA asking about return of phone. Advised.": ("04-15", "05-20"),
    "PNC check on Ryan DOHERTY: previous for possession with intent.": ("05-24", "06-30"),
    "Welfare check request from IDVA; Ewa safe and well, seen at door.": ("05-09", "10-31"),
    "DVPN considered, not issued as bail conditions in place.": ("04-13", "04-13"),
    "Safeguarding hub review of MISPER episode, no further action.": ("05-26", "06-10"),
    "Voicemail left for Ewa re victim personal statement.": ("04-15", "05-30"),
    "Court result: Kwame ASANTE, trial listed January.": ("08-12", "10-31"),
    "Ama: 8-week baby check, normal. Imms given.": ("05-12", "05-25"),
    "Ewa: 6-week postnatal check. Contraception discussed.": ("04-28", "05-10"),
    "Ama: nappy rash, advice and cream.": ("04-01", "07-31"),
    "Practice safeguarding meeting: family discussed, no new concerns.": ("03-27", "10-31"),
    "Ama: 16-week imms given by practice nurse.": ("07-10", "07-20"),
    "Halina: temporary resident registration for 3 months.": ("03-24", "04-05"),
    "Kofi DNA dental referral follow-up letter.": ("02-20", "10-31"),
    "Antenatal contact by phone; Ewa 30/40, low mood improving.": ("02-20", "03-03"),
    "Home visit, Ama weight 3.6kg (25th). Feeding well.": ("04-17", "04-30"),
    "EPDS completed, score 14. Discussed with GP.": ("04-01", "10-31"),
    "Ama weighed at clinic 4.3kg.": ("05-15", "06-15"),
    "Home visit. Babcia present, helping with night feeds.": ("03-27", "04-10"),
    "Ama 6-8 week review completed at home.": ("05-05", "05-20"),
    "Visit. Ama rolling, 5.8kg. Weaning discussed.": ("08-15", "09-30"),
    "Home visit. Home tidy, Ewa reports Kwame not visiting.": ("04-20", "07-31"),
    "Kofi collected by Babcia.": ("09-01", "10-31"),
    "Weekly attendance email to SW.": ("03-07", "10-31"),
    "Burns clinic: R hand healing well, dressing changed.": ("02-10", "02-28"),
    "Antenatal clinic 28/40: growth scan normal.": ("02-03", "02-20"),
    "Burns clinic: healed. Discharged.": ("03-01", "03-20"),
    "Antenatal day unit: reduced movements, CTG normal.": ("01-20", "03-15"),
    "Dental GA waiting list letter: Kofi, 4 extractions.": ("02-20", "10-31"),
    "Paediatric outpatients (Dr Mensah): Ama growth review, fine.": ("06-01", "10-31"),
    "Kwame ASANTE charged with non-fatal strangulation, bailed to magistrates' court.": (
        "06-16",
        "07-31",
    ),
}

START, END = dt.date(2025, 1, 6), dt.date(2025, 10, 31)


def entry(agency, date, time, text, people, event, precision="day", date_end=None, dtext=None):
    d = dt.date.fromisoformat(date)
    e = {
        "agency": agency,
        "date": date,
        "date_text": dtext or date_text(agency, d, time),
        "precision": precision,
        "time": time,
        "text": text,
        "people": people,
        "event": event,
    }
    if date_end:
        e["date_end"] = date_end
    return e


def build():
    rng = random.Random(20251204)  # noqa: S311 (reproducible data, not security)
    entries = [entry(*h) for h in HAND]
    for agency, start, end, precision, dtext, text, people, event in ROUGH:
        entries.append(entry(agency, start, None, text, people, event, precision, end, dtext))
    busy = {e["date"] for e in entries if e["event"]}
    days = [START + dt.timedelta(n) for n in range((END - START).days + 1)]
    for agency, pool in POOLS.items():
        open_days = [d for d in days if d.isoformat() not in busy]
        if agency in (SCH, NUR):  # schools and nurseries: weekdays in term-ish time
            open_days = [d for d in open_days if d.weekday() < 5 and d.month != 8]
        elif agency == CSC:
            open_days = [d for d in open_days if d.weekday() < 5]
        used = set()
        for text, people in pool:
            lo, hi = WINDOWS.get(text, ("01-06", "10-31"))
            lo, hi = dt.date.fromisoformat("2025-" + lo), dt.date.fromisoformat("2025-" + hi)
            window = [d for d in open_days if lo <= d <= hi and d not in used]
            d = rng.choice(window)
            used.add(d)
            time = f"{rng.randint(8, 20):02d}:{rng.choice(['00', '15', '30', '45'])}"
            time = time if agency in (POL, HOS) else None
            entries.append(entry(agency, d.isoformat(), time, text, people, None))
    entries.sort(key=lambda e: (e["date"], e["time"] or "", e["agency"]))
    out = []
    for n, e in enumerate(entries, 1):
        out.append({"id": f"g{n:03d}"} | e)
    return {
        "case": "g",
        "description": (
            "Neglect and domestic abuse, a 3-year-old's scald and a non-mobile baby's bruised "
            "ear, a 14-year-old half-sister going missing to an older man; 7 agencies, Jan-Oct "
            "2025. Written blind (held out)."
        ),
        "people": [
            {"name": n, "aliases": a, "label": label, "category": c} for n, a, label, c in PEOPLE
        ],
        "agencies": [{"name": n, "kind": k} for n, k in AGENCIES],
        "entries": out,
    }


if __name__ == "__main__":
    json.dump(build(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
