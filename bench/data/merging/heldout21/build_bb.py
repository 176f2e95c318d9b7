# ruff: noqa
"""Writing aid for held-out case_bb (fictional; written blind, see README.md here).

    python3 bench/data/merging/heldout21/build_bb.py   # writes heldout21/case_bb.json

HELD-OUT: never open, read or inspect this file while same-event merge rules are being changed
or tuned; it may only ever be scored.

Criminal exploitation (county lines) of a 14-year-old, Reece, who goes missing repeatedly and
is stabbed in a park; his 8-year-old half-sister Mia; their mother Donna misuses alcohol and
Mia's father Craig assaults her in breach of a restraining order. Nine agencies, Sep 2025 -
Apr 2026. Every cross-agency entry is written by hand; a seeded casegen filler adds routine
single-agency contacts from hand-written pools, so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("bb_pru", "%d %b %Y")  # 24 Feb 2026
casegen.STYLES.setdefault("bb_camhs", "%d.%m.%Y")  # 14.01.2026
casegen.STYLES.setdefault("bb_yjs", "%a %d/%m/%y")  # Mon 08/12/25

CSC = "Children's Social Care"
POL = "Police"
SCH = "Kingsmead Academy"
PRU = "Eastgate PRU"
GP = "Brookside Medical Centre"
ACU = "Acute hospital"
AMB = "Ambulance service"
CAM = "CAMHS"
YJS = "Youth Justice Service"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (SCH, "education", "school"),
    (PRU, "education", "bb_pru"),
    (GP, "health", "gp"),
    (ACU, "health", "health"),
    (AMB, "health", "iso"),
    (CAM, "health", "bb_camhs"),
    (YJS, "other", "bb_yjs"),
]

PEOPLE = [
    ("Reece Calloway", ["Reece", "CALLOWAY, Reece", "RC"], "Child R", "child"),
    ("Mia Stannard", ["Mia", "STANNARD, Mia", "MS"], "Child M", "child"),
    ("Donna Calloway", ["Donna", "Ms Calloway", "Mum", "CALLOWAY, Donna"], "Mother", "parent"),
    (
        "Craig Stannard",
        ["Craig", "Mr Stannard", "STANNARD, Craig", "STANNARD"],
        "Mother's ex-partner (Mia's father)",
        "parent",
    ),
    (
        "Lorraine Hext",
        ["Lorraine", "Ms Hext", "HEXT, Lorraine", "aunt Lorraine"],
        "Maternal aunt",
        "family",
    ),
    (
        "Marcus Teale",
        ["Marcus", "TEALE, Marcus", "TEALE", "Tealz"],
        "Adult suspected of exploiting Reece",
        "other_adult",
    ),
    ("Priya Raman", ["SW Raman", "Priya", "P Raman"], "Social worker", "professional"),
    ("Gareth Lowe", ["TM Lowe"], "Team manager", "professional"),
    ("Jade Whitlock", ["Jade", "JW"], "Missing and exploitation worker (CSC)", "professional"),
    (
        "Nicola Farrow",
        ["DC Farrow", "Nicola"],
        "Detective constable (exploitation team)",
        "professional",
    ),
    (
        "Daniel Osei",
        ["Mr Osei", "DSL Osei"],
        "Designated safeguarding lead, Kingsmead Academy",
        "professional",
    ),
    ("Sarah Kemp", ["Dr Kemp"], "GP", "professional"),
    ("Lewis Baird", ["Lewis", "LB"], "Youth justice case manager", "professional"),
    ("Ruth Adeyemi", ["Ruth", "RA"], "CAMHS practitioner", "professional"),
    ("Joanne Carmody", ["Mrs Carmody", "JC"], "PRU keyworker", "professional"),
    ("Alan Petrie", ["IRO Petrie"], "Independent reviewing officer", "professional"),
    ("Kate Ingham", ["SN Ingham", "K Ingham"], "Hospital safeguarding nurse", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        GP,
        "Y:2019",
        "RC (8y) - school concerns re attention/behaviour. Ref CAMHS neurodevelopmental pathway - WNB x2, discharged back to GP 2020. Nil since.",
        "Reece Calloway",
        None,
    ),
    (
        POL,
        "M:2024-06",
        "Occ 24/55031 - STANNARD, Craig convicted ABH (victim CALLOWAY, Donna), 10 months custody. Restraining order 2 yrs. DA markers on 14 Furnace Row.",
        "STANNARD, Craig; CALLOWAY, Donna",
        None,
    ),
    (
        CSC,
        "A:2024-09-01:2025-02-28:autumn 2024 to February 2025",
        "Child in need plan for Reece and Mia after Craig Stannard's conviction for assaulting Ms Calloway. Closed in February 2025: Craig in prison, Ms Calloway engaging with the alcohol service, the children's needs being met.",
        "Reece Calloway; Mia Stannard; Craig Stannard; Donna Calloway",
        None,
    ),
    (
        SCH,
        "M:2025-07",
        "End of Y9 summary: attendance 81.4%, 2 x FTS (defiance, vaping), 14 behaviour points. New friendship group outside school - older boys. Passed to Y10 HoY.",
        "Reece",
        None,
    ),
    (
        POL,
        "2025-08-19",
        "STANNARD, Craig released on licence. Restraining order (CALLOWAY, Donna) remains in force to 06/2026. Marker on 14 Furnace Row refreshed.",
        "STANNARD, Craig; CALLOWAY, Donna",
        None,
    ),
    # ---------------- September 2025 ----------------
    # E01 first missing episode (Fri-Sun) and the Monday notifications
    (
        POL,
        "2025-09-12 22:15",
        "Occ 25/170443. MFH - CALLOWAY, Reece (14). Reported by mother 22:05; last seen 16:00 leaving school with 2 older males, phone not answered since. No previous MFH. Risk MEDIUM (age, unknown associates). Hospitals NTR. Phone last pinged Westbridge 21:40.",
        "CALLOWAY, Reece; CALLOWAY, Donna",
        "E01",
    ),
    (
        POL,
        "2025-09-14 15:40",
        "Occ 25/170443 update - CALLOWAY found 15:20 by patrol at Westbridge bus station, alone. Unharmed; new clothing, £120 cash, 2 x mobile phones. Would not say where he had been. Returned to mother 17:10. Prevention interview declined. RHI request to CSC via missing log. Marker added: CCE concern.",
        "CALLOWAY, Reece; CALLOWAY, Donna",
        "E01",
    ),
    (
        SCH,
        "2025-09-15 08:25",
        "Mum rang attendance line: Reece was 'missing all weekend, police found him Sunday' - keeping him off today, exhausted. Code C agreed as a one-off. DSL (Mr Osei) informed.",
        "Reece; Mum; Mr Osei",
        "E01",
    ),
    (
        CSC,
        "2025-09-15 09:10",
        "Missing notification received from police at the front door: Reece was reported missing by his mother on Friday evening and was found on Sunday afternoon at Westbridge bus station with cash and two phones. First time missing. Passed to the missing and exploitation team for a return home interview within 72 hours. Previous child in need involvement noted.",
        "Reece Calloway; Donna Calloway",
        "E01",
    ),
    # E02 RHI 1 and the police receiving the form six days later; school isolation same day is not it
    (
        SCH,
        "2025-09-17",
        "Reece - 2 x removal to isolation (P2 phone out in lesson, P4 refused to take hood down). 3 behaviour points. Looked tired.",
        "Reece",
        None,
    ),
    (
        CSC,
        "2025-09-17 16:00",
        "Return home interview completed by Jade Whitlock (missing and exploitation worker). Reece would only talk in the car. Said he 'went to see a mate in Westbridge' and slept at 'someone's flat'; would not name anyone. Denied being asked to carry anything; the new trainers and the phones were 'from my cousin'. His mother is worried about who he is with. Indicators of child criminal exploitation - exploitation screening tool started.",
        "Reece Calloway; Donna Calloway; Jade",
        "E02",
    ),
    (
        POL,
        "2025-09-23",
        "RHI form rec'd from CSC missing team re MFH 12-14/09 (CALLOWAY). Nil disclosure - 'stayed at a mate's' in Westbridge. Intel log created: possible CCE / county lines link to Westbridge. Flagged to Exploitation Team (DC Farrow).",
        "CALLOWAY, Reece; DC Farrow",
        "E02",
    ),
    # E03 DSL phone call to CSC about CCE concerns; GP appointment the same afternoon is not it
    (
        SCH,
        "2025-09-24 11:40",
        "DSL concerns re possible CCE: Reece seen by staff with a 2nd phone + roll of cash in toilets; new designer coat; older lad (18-19?) waiting in car at gate 15:10 x3 this week. Mr Osei rang CSC front door 11:40 - spoke to SW Raman, info shared. Advised written referral - sent 13:00.",
        "Reece; Mr Osei; SW Raman",
        "E03",
    ),
    (
        CSC,
        "2025-09-24 11:40",
        "Telephone call from Daniel Osei, designated safeguarding lead at Kingsmead Academy. Staff have seen Reece with a second phone and a large amount of cash; he has new expensive clothes, and an older young man has been waiting for him in a car at the school gate. With the missing episode this raises concern that he is being criminally exploited. Written referral to follow. For allocation and assessment.",
        "Reece Calloway; Mr Osei; Priya",
        "E03",
    ),
    (
        GP,
        "2025-09-24 16:30",
        "RC 14y with mum. Poor sleep, appetite down, wt loss ~3kg over 2 months. Irritable at home. Admits cannabis 'most days'. No SH/SI. Bloods (FBC, TFT, ferritin). Advice re cannabis, young people's substance service details given. R/v 4/52.",
        "Reece Calloway; Mum; Dr Kemp",
        None,
    ),
    # ---------------- October 2025 ----------------
    # E04 second missing episode, found in the early hours at a flat in Westbridge; EDT told
    (
        POL,
        "2025-10-03 19:30",
        "Occ 25/183201. MFH #2 CALLOWAY, Reece. Not home after school, phone off. 2nd MFH in 3 weeks; CCE intel. Risk HIGH. Exploitation Team notified; Westbridge patrols briefed.",
        "CALLOWAY, Reece; CALLOWAY, Donna",
        "E04",
    ),
    (
        POL,
        "2025-10-04 02:10",
        "Occ 25/183201 - CALLOWAY located 01:55 at Flat 3, 22 Quarry Rise, Westbridge on welfare check (addr linked to TEALE, Marcus - OCG nominal; suspected cuckooed addr of vulnerable adult). £340 cash + 2 phones, no drugs on person. Not arrested. Conveyed home; EDT informed. Intel submitted.",
        "CALLOWAY, Reece; TEALE",
        "E04",
    ),
    (
        CSC,
        "2025-10-04 02:40",
        "EDT: call from police. Reece, reported missing yesterday evening, was found in the early hours at a flat in Westbridge connected with an older man involved in drug supply. He had cash and two phones. Police taking him home. Spoke to Ms Calloway by phone at 03:20 when he arrived. Passed to the day team and the missing team.",
        "Reece Calloway; Donna Calloway; Marcus Teale",
        "E04",
    ),
    (
        CSC,
        "2025-10-07 16:30",
        "Return home interview attempted by Jade Whitlock. Reece refused to come downstairs - 'I've got nothing to say'. Spoke with Ms Calloway instead: she thinks he is 'running for someone' and owes money. Recorded as declined; a second offer made.",
        "Reece Calloway; Donna Calloway; Jade",
        None,
    ),
    (
        SCH,
        "2025-10-07 09:00",
        "Attendance meeting (HoY + Mum). Reece 74% this half-term. Attendance contract agreed, daily report card. Mum tearful - 'I can't control him'.",
        "Reece; Mum",
        None,
    ),
    # E05 strategy discussion 1 (and the GP receiving the minutes 6 days later)
    (
        CSC,
        "2025-10-09 10:00",
        "Strategy discussion (Teams) chaired by TM Gareth Lowe. Present: SW Priya Raman, Jade Whitlock (missing and exploitation team), DC Nicola Farrow (police exploitation team), Daniel Osei (Kingsmead Academy). GP information provided in writing. Two missing episodes in three weeks, the second ending at an address linked to drug supply; cash, phones, older associates, daily cannabis. Agreed: threshold met for section 47 enquiries - risk of significant harm outside the home through criminal exploitation. A National Referral Mechanism referral to be made. Ms Calloway to be told today.",
        "Reece Calloway; Donna Calloway; TM Lowe; Priya; Jade; DC Farrow; Mr Osei",
        "E05",
    ),
    (
        POL,
        "2025-10-09 10:00",
        "Strat disc (CSC chair) re CALLOWAY, Reece. Police info: 2 x MFH, found at cuckooed addr linked TEALE. Outcome: s47 (CCE) - CSC single agency. Police: develop intel, consider CAWN v TEALE. NRM to be submitted by CSC as first responder.",
        "CALLOWAY, Reece; TEALE; DC Farrow",
        "E05",
    ),
    (
        SCH,
        "2025-10-09 10:00",
        "Strat disc (Teams) - DSL attended. Outcome: CP enquiries (s47). School to send attendance daily + log any sightings of the car at the gate.",
        "Reece; Mr Osei",
        "E05",
    ),
    (
        GP,
        "2025-10-09 11:20",
        "Ms Calloway - alcohol. ~1L wine/day since summer, 'stress with my son'. AUDIT 24. Declined detox referral; will self-refer Horizon. LFTs. R/v 2/52.",
        "Donna Calloway; Dr Kemp",
        None,
    ),
    (
        CSC,
        "2025-10-10",
        "Management oversight (TM Lowe): section 47 decision endorsed. Exploitation screening to be completed; the National Referral Mechanism referral to be submitted this week.",
        "Reece Calloway; TM Lowe",
        None,
    ),
    # E06 NRM referral submitted by CSC, received by police two days later
    (
        CSC,
        "2025-10-14",
        "National Referral Mechanism referral submitted online to the Single Competent Authority (first responder: Priya Raman) for Reece - suspected criminal exploitation through county lines drug supply. Ms Calloway informed. Copy sent to the police exploitation team.",
        "Reece Calloway; Priya; Donna Calloway",
        "E06",
    ),
    (
        SCH,
        "2025-10-14 15:15",
        "Gate duty: Reece got into a black Audi (partial VRM logged) at 15:10, driver older male. Logged on CPOMS by DSL.",
        "Reece; Mr Osei",
        None,
    ),
    (
        GP,
        "2025-10-15",
        "Minutes rec'd - strat meeting 09/10/25 re RC: s47 re CCE. GP actions: flag record, share info on request. Flag added.",
        "Reece Calloway",
        "E05",
    ),
    (
        POL,
        "2025-10-16",
        "NRM (CCE) submitted by CSC 14/10 for CALLOWAY, Reece rec'd by Exploitation Team. MSHTA crime recorded (county lines) per NCRS, OIC DC Farrow. Linked to TEALE investigation.",
        "CALLOWAY, Reece; TEALE; DC Farrow",
        "E06",
    ),
    # E07 GP referral to CAMHS, received 9 days later; SW visit the same day is not it
    (
        GP,
        "2025-10-20 09:40",
        "RC r/v with mum. Sleep still poor, low mood, cannabis daily, 'people are after me' - vague. Bloods NAD. Referral to CAMHS (low mood, ?trauma) - letter sent. Aware s47 open.",
        "Reece Calloway; Mum; Dr Kemp",
        "E07",
    ),
    (
        CSC,
        "2025-10-20 17:00",
        "Home visit (section 47 enquiries). Reece seen alone in his room: says he 'does bits for people' but would not explain; denies being hurt or threatened. Mia seen, cheerful, talked about her class. Ms Calloway smelled of alcohol at 5pm and said she has been drinking more since the summer.",
        "Reece Calloway; Mia Stannard; Donna Calloway; Priya",
        None,
    ),
    # E08 third missing episode (half-term) - police report, CSC daily list, found by BTP
    (
        POL,
        "2025-10-28 21:00",
        "Occ 25/199870. MFH #3 CALLOWAY, Reece. Left home 14:00 (half-term), not returned, phone off. HIGH risk - linked to TEALE / Westbridge line. Mobile patrols Quarry Rise NTR.",
        "CALLOWAY, Reece; CALLOWAY, Donna; TEALE",
        "E08",
    ),
    (
        CSC,
        "2025-10-29 09:00",
        "Daily missing list from police: Reece reported missing again yesterday evening - his third time. Missing and exploitation team and allocated social worker notified. Rang Ms Calloway: no news.",
        "Reece Calloway; Donna Calloway; Priya; Jade",
        "E08",
    ),
    (
        CAM,
        "2025-10-29",
        "Referral received from Brookside Medical Centre (Dr Kemp, letter dated 20.10.2025): 14-year-old boy, low mood, poor sleep, daily cannabis, possible exploitation, social care involved. Triaged at weekly referrals meeting - accepted; Choice appointment to be offered.",
        "Reece Calloway; Dr Kemp",
        "E07",
    ),
    (
        POL,
        "2025-10-30 18:20",
        "Occ 25/199870 - CALLOWAY found 17:50 by BTP at Westbridge rail stn in company of a 17yo male. Searched - £60, 1 phone, no drugs. Fresh bruise L cheek, says 'fell'. Returned home 20:15. RHI request to CSC.",
        "CALLOWAY, Reece",
        "E08",
    ),
    # ---------------- November 2025 ----------------
    # E09 RHI 3 (late - refused earlier) and the police receiving it
    (
        SCH,
        "2025-11-03 08:50",
        "Back after half-term. Reece 35 mins late, healing bruise on cheek - said 'football'. DSL spoke with him, he shut down. Logged.",
        "Reece; Mr Osei",
        None,
    ),
    (
        CSC,
        "2025-11-03 16:30",
        "Return home interview by Jade Whitlock in a café of Reece's choosing, five days after he came home (he had refused earlier offers). Reece said he 'owes' an older man £400 because 'his stuff' was taken from him, and that he was hit over it. Would not name him. Said he had been 'working' at the flat. Form emailed to the police exploitation team.",
        "Reece Calloway; Jade",
        "E09",
    ),
    (
        POL,
        "2025-11-05",
        "RHI (MFH 28-30/10) rec'd from CSC. Disclosure: debt bondage (£400 'owed' after drugs taken off him), assaulted over debt. Intel submitted - links TEALE. MSHTA crime updated. DC Farrow.",
        "CALLOWAY, Reece; TEALE; DC Farrow",
        "E09",
    ),
    (
        CSC,
        "2025-11-06",
        "Letter from the Single Competent Authority: positive reasonable grounds decision for Reece under the National Referral Mechanism. Ms Calloway told by phone; Reece to be told at the next visit.",
        "Reece Calloway; Donna Calloway",
        None,
    ),
    # E10 MACE panel 1
    (
        POL,
        "2025-11-13 14:00",
        "MACE panel (chair DI Hollis). CALLOWAY, Reece - CCE risk HIGH. Actions: CAWN v TEALE, Marcus; disruption at Quarry Rise (closure order consideration); sightings to be shared by school/CSC.",
        "CALLOWAY, Reece; TEALE; DC Farrow",
        "E10",
    ),
    (
        CSC,
        "2025-11-13 14:00",
        "Multi-Agency Child Exploitation meeting. Reece's risk of criminal exploitation assessed as high; no indicators of sexual exploitation found. Agreed: police to serve a Child Abduction Warning Notice on Marcus Teale; safety plan with Ms Calloway to include phone checks and a curfew; section 47 enquiries to conclude with an initial child protection conference.",
        "Reece Calloway; Marcus Teale; Donna Calloway; Priya; TM Lowe",
        "E10",
    ),
    (
        SCH,
        "2025-11-13 14:00",
        "Exploitation panel (MACE) - DSL attended. Reece rated high risk (CCE; CSE screen neg). School: gate supervision, share sightings of Audi, daily attendance to SW.",
        "Reece; Mr Osei",
        "E10",
    ),
    # E11 phone call, police to CSC, after the CAWN was served (shares only people); suspension same day
    (
        SCH,
        "2025-11-19 12:30",
        "Reece - FTS 3 days (fight in canteen, punched Y11 pupil). Mum informed by phone, letter sent. Reintegration mtg 24.11.",
        "Reece; Mum",
        None,
    ),
    (
        POL,
        "2025-11-19 16:45",
        "CAWN served on TEALE, Marcus at home addr 14:10 re CALLOWAY, Reece - read over + copy handed; TEALE: 'never heard of him'. T/C SW (P Raman) 16:45 to update; advise mother 999 if seen together.",
        "TEALE; CALLOWAY, Reece; DC Farrow; SW Raman",
        "E11",
    ),
    (
        CSC,
        "2025-11-19 16:45",
        "Nicola from the police exploitation team rang. Marcus has now been formally told in writing to keep away from Reece and not to let him stay anywhere he controls. If Ms Calloway sees them together she should phone the police straight away. Will tell Ms Calloway tomorrow.",
        "DC Farrow; Marcus; Reece Calloway; Donna Calloway; Priya",
        "E11",
    ),
    (
        CSC,
        "2025-11-20",
        "Telephone call to Ms Calloway about Marcus and what to do if he comes near Reece. She said Reece has been home every night this week.",
        "Donna Calloway; Marcus Teale; Reece Calloway",
        None,
    ),
    # E12 assault on mother by Craig (Sat night): police, ambulance, EDT, Monday MASH + Op Encompass, GP letter
    (
        POL,
        "2025-11-22 23:40",
        "Occ 25/214456. 999 from CALLOWAY, Reece (14) - mother being assaulted by ex-partner STANNARD, Craig (RO in force). Att 23:48. STANNARD (in drink) forced back door, punched CALLOWAY, Donna to face x2. Reece struck STANNARD with a frying pan to stop it. Mia (8) hiding upstairs. STANNARD arrested ABH + breach RO. Ambulance for victim. DASH HIGH - MARAC ref. PPN (adult + 2 children). Op Encompass.",
        "CALLOWAY, Reece; CALLOWAY, Donna; STANNARD, Craig; STANNARD, Mia",
        "E12",
    ),
    (
        AMB,
        "2025-11-22 23:58",
        "Cat 3. Assault - F 41, punched to face by ex-partner, police on scene. GCS 15, no LOC, obs stable. Swelling + 2cm lac L zygoma - steri-strips. Pt smelt of alcohol. Declined conveyance (capacity assessed) - see & treat, advised GP/MIU review. Children 14 + 8 in property, police aware. Adult safeguarding referral made.",
        "Donna Calloway",
        "E12",
    ),
    (
        CSC,
        "2025-11-23 00:50",
        "EDT: police call - Ms Calloway assaulted at home by her ex-partner Craig Stannard in breach of a restraining order. Reece hit him to stop it and phoned the police; Mia was upstairs. Craig arrested. Children staying at home with their mother; her sister Lorraine Hext on her way. Day team to follow up.",
        "Donna Calloway; Craig Stannard; Reece Calloway; Mia Stannard; Lorraine Hext",
        "E12",
    ),
    (
        SCH,
        "2025-11-24 08:15",
        "Operation Encompass notification rec'd - police at Reece's home Sat night (DA, Mum assaulted by ex-partner). Reece back today after FTS - reintegration mtg moved to pm, DSL to check in first.",
        "Reece; Mum; Mr Osei",
        "E12",
    ),
    (
        CSC,
        "2025-11-24 09:30",
        "MASH: Police Protection Notice received for Saturday night's domestic incident - high risk, referred to MARAC. Reece and Mia already known; section 47 enquiries open for Reece. Passed to the allocated social worker; a strategy discussion to be convened for both children.",
        "Reece Calloway; Mia Stannard; Donna Calloway; Craig Stannard",
        "E12",
    ),
    (
        GP,
        "2025-11-24 10:10",
        "MS 8y asthma review with aunt (mum 'not well'). Well controlled, technique good. Quiet in consultation.",
        "Mia; Lorraine",
        None,
    ),
    (
        POL,
        "2025-11-24 15:00",
        "STANNARD, Craig charged ABH + breach RO. Remanded in custody to magistrates 25/11. Probation informed (licence recall).",
        "STANNARD, Craig",
        None,
    ),
    (
        SCH,
        "2025-11-24 14:00",
        "Reintegration meeting after FTS (Mum, HoY, Reece). Mum has bruising and steri-strips on face. Reece quiet. Behaviour plan agreed.",
        "Reece; Mum",
        None,
    ),
    # E13 strategy discussion 2 (weeks after the first)
    (
        CSC,
        "2025-11-26 10:00",
        "Strategy discussion (Teams) for Reece and Mia after Saturday's assault on Ms Calloway. Chair TM Lowe; SW Raman; DS Amir Khan (police domestic abuse unit); Daniel Osei (Kingsmead Academy); Mia's primary school by phone. Agreed: section 47 enquiries extended to Mia (domestic abuse); Reece's enquiries continue; initial child protection conference for both children; Craig Stannard remanded; safety planning with Ms Calloway to include her drinking.",
        "Reece Calloway; Mia Stannard; Donna Calloway; Craig Stannard; TM Lowe; Priya; Mr Osei",
        "E13",
    ),
    (
        POL,
        "2025-11-26 10:00",
        "Strat disc #2 re CALLOWAY / STANNARD children following DA 22/11 (STANNARD remanded). Outcome: s47 both children -> ICPC. Police: DA history + CCE intel for conference.",
        "CALLOWAY, Reece; STANNARD, Mia; STANNARD, Craig",
        "E13",
    ),
    (
        SCH,
        "2025-11-26 10:00",
        "2nd strategy meeting (Teams) - Mr Osei. CP enquiries now for Reece + younger sister. ICPC likely before Xmas. School: DSL weekly check-ins.",
        "Reece; Mia; Mr Osei",
        "E13",
    ),
    (
        CSC,
        "2025-11-27",
        "Management oversight (TM Lowe): agree section 47 for Mia. Initial child protection conference to be booked within 15 working days.",
        "Mia Stannard; TM Lowe",
        None,
    ),
    # ---------------- December 2025 ----------------
    # E14 fourth missing episode ending in an arrest; EDT appropriate adult; YJS custody notification
    (
        POL,
        "2025-12-05 20:10",
        "Occ 25/222910. MFH #4 CALLOWAY, Reece - not home from school, reported by mother. HIGH risk (CCE, NRM RG+). Last cell-site Westbridge.",
        "CALLOWAY, Reece; CALLOWAY, Donna",
        "E14",
    ),
    (
        POL,
        "2025-12-07 01:30",
        "Occ 25/222910 / 25/223340. Vehicle stop Westbridge ring road 00:55 (black Audi): driver TEALE, Marcus; passenger CALLOWAY, Reece (MFH). Search - 14 wraps crack cocaine + 9 heroin in CALLOWAY's sock, £210; TEALE £1,400 cash. Both arrested PWITS class A. CALLOWAY booked in 01:30 - EDT asked for AA (mother intoxicated). MFH closed.",
        "TEALE; CALLOWAY, Reece",
        "E14",
    ),
    (
        CSC,
        "2025-12-07 09:00",
        "EDT: attended Westbridge custody as appropriate adult for Reece (police said his mother was intoxicated when contacted). Reece was arrested overnight with an older man in a car and drugs were found on him. Interviewed with a solicitor at 10:15 - no comment. Released under investigation at 13:00 and driven home by the EDT worker. His National Referral Mechanism status raised with the custody sergeant. Missing episode over.",
        "Reece Calloway; Donna Calloway; Marcus Teale",
        "E14",
    ),
    (
        YJS,
        "2025-12-08",
        "Custody notification (Westbridge): RC 14y arrested 07/12 PWITS class A, RUI. NRM RG+ (CCE). Not known to YJS/YOT. Allocated LB for prevention/voluntary work; contact SW.",
        "RC; Lewis",
        "E14",
    ),
    (
        SCH,
        "2025-12-08 09:30",
        "Reece absent, no call. Attendance officer rang Mum x2 - no answer, text sent. Code O.",
        "Reece; Mum",
        None,
    ),
    (
        CSC,
        "2025-12-10 16:00",
        "Return home interview by Jade Whitlock after the missing episode of 5-7 December. Reece more open: he was told he had to 'work off' what he owed and that Marcus 'looks after him'. Scared about what happens after the arrest. Safety plan updated; he agreed to keep his phone on.",
        "Reece Calloway; Jade; Marcus Teale",
        None,
    ),
    (
        SCH,
        "2025-12-10",
        "Learning mentor session - Reece talked about 'exam stress', football. Autumn attendance to date 68%.",
        "Reece",
        None,
    ),
    # E15 initial child protection conference; Mia's GP appointment that afternoon is not it
    (
        CSC,
        "2025-12-11 10:00",
        "Initial child protection conference (chair Alan Petrie, IRO). Present: Ms Calloway, Lorraine Hext (supporting), SW Raman, Daniel Osei (Kingsmead Academy), Mia's primary school DSL, Dr Kemp (GP), DC Farrow (police). Reece and Mia made subject to child protection plans under the category of emotional abuse - for Reece the harm he is suffering through criminal exploitation, for Mia the domestic abuse she has lived with. First core group 8 January.",
        "Reece Calloway; Mia Stannard; Donna Calloway; Lorraine Hext; IRO Petrie; Priya; Mr Osei; Dr Kemp; DC Farrow",
        "E15",
    ),
    (
        GP,
        "2025-12-11",
        "ICPC attended (Dr Kemp) - RC + MS now CP plans (emotional abuse). GP actions: alcohol support for mum, chase CAMHS for RC.",
        "Reece Calloway; Mia; Mum; Dr Kemp",
        "E15",
    ),
    (
        SCH,
        "2025-12-11",
        "ICPC - Mr Osei attended. Reece: CP plan (emotional abuse). School: daily attendance to SW, gate supervision, mentor 2x/wk.",
        "Reece; Mr Osei",
        "E15",
    ),
    (
        POL,
        "2025-12-11 10:00",
        "ICPC - DC Farrow attended. CALLOWAY, Reece + STANNARD, Mia subject CP plans. Police: CCE investigation (PWITS RUI) continues; DA - STANNARD on remand.",
        "CALLOWAY, Reece; STANNARD, Mia; STANNARD, Craig; DC Farrow",
        "E15",
    ),
    (
        GP,
        "2025-12-11 16:40",
        "Mia 8y - cough 5/7, apyrexial, chest clear. Viral URTI, supportive. Mum attended, sober, flat.",
        "Mia; Mum; Dr Kemp",
        None,
    ),
    (
        CSC,
        "2025-12-15",
        "Letter to Ms Calloway confirming the conference outcome, the child protection plans and the date of the first core group.",
        "Donna Calloway",
        None,
    ),
    # E16 mother collapses drunk on New Year's Eve: ambulance, ED, EDT, GP letter 11 days later
    (
        AMB,
        "2025-12-31 23:52",
        "Cat 2. 999 from son (14) - mother collapsed in kitchen, vomited, 'drunk'. F 41, GCS 11 on arrival, ETOH ++, 3cm occipital scalp lac (fall v cupboard). Airway managed, recovery position. Conveyed ED 00:20. Children 14 + 8 at home - aunt (Lorraine) arrived 00:15 before departure. Safeguarding referral (children) submitted.",
        "Donna Calloway; Reece; Mia; Lorraine",
        "E16",
    ),
    (
        ACU,
        "2026-01-01 00:35",
        "ED (adult majors): 41F BIBA, acute alcohol intoxication + fall, GCS 12 -> 15 by 04:00. Occipital lac glued. CT head not indicated - obs. Alcohol liaison referral. 2 children at home with sister. D/c 09:30 with sister. GP letter.",
        "Donna Calloway; Lorraine Hext",
        "E16",
    ),
    (
        CSC,
        "2026-01-01 01:30",
        "EDT: ambulance service safeguarding referral - Ms Calloway collapsed drunk at home and was taken to the Emergency Department. Reece phoned 999 and looked after Mia until their aunt Lorraine arrived. Children stayed at home overnight with Lorraine. Children on child protection plans - day team informed.",
        "Donna Calloway; Reece Calloway; Mia Stannard; Lorraine Hext",
        "E16",
    ),
    (
        ACU,
        "2026-01-01 15:40",
        "Paed ED: Mia 8y brought by aunt - fell off trampoline in aunt's garden 14:30, R wrist pain. XR: buckle fracture distal radius. Backslab, fracture clinic 7/7. Mechanism consistent. CP plan noted on PAS.",
        "Mia Stannard; Lorraine Hext",
        None,
    ),
    # ---------------- January 2026 ----------------
    # E17 core group 1
    (
        CSC,
        "2026-01-08 15:30",
        "First core group meeting at Kingsmead Academy. Present: Ms Calloway, Lorraine Hext, SW Raman, Daniel Osei, Lewis Baird (Youth Justice Service), Mia's class teacher. Plan reviewed: Reece's safety plan and curfew; Ms Calloway to re-engage with the alcohol service after New Year's Eve; CAMHS appointment awaited; Mia's wrist fracture at her aunt's accepted as accidental. Actions updated.",
        "Donna Calloway; Lorraine Hext; Priya; Mr Osei; Lewis; Reece Calloway; Mia Stannard",
        "E17",
    ),
    (
        SCH,
        "2026-01-08 15:30",
        "Core group in school (3.30pm) - DSL. Reece autumn attendance 64%. Mentoring continues. AP raised as an option if exclusions continue.",
        "Reece; Mr Osei",
        "E17",
    ),
    (
        YJS,
        "2026-01-08",
        "Core group (CP plan) at Kingsmead - LB attended. YJS: voluntary sessions weekly; awaiting CPS decision on PWITS (RUI).",
        "RC; Lewis",
        "E17",
    ),
    (
        GP,
        "2026-01-12",
        "ED letter 01/01/26 - Ms Calloway: alcohol intoxication + fall, scalp lac glued, d/c. Alcohol liaison ref made. Review booked 14/01.",
        "Donna Calloway",
        "E16",
    ),
    # E18 CAMHS Choice appointment (SW went too) and the letter to GP 13 days later; mother's GP review same day not it
    (
        CAM,
        "2026-01-14 10:00",
        "Choice appointment (Ruth Adeyemi). Reece attended with his social worker; mum did not attend. Low mood, poor sleep, nightmares and hypervigilance since being assaulted (Oct) and the incident at home (Nov); daily cannabis. No current SI. Formulation: trauma responses in the context of exploitation. Plan: partnership appointments x6, then trauma-focused work; substance misuse liaison. Letter to GP and SW.",
        "Reece Calloway; Priya; Ruth; Mum",
        "E18",
    ),
    (
        CSC,
        "2026-01-14 10:00",
        "Took Reece to his first CAMHS appointment. He talked for most of the hour and agreed to go back. He told the practitioner about nightmares since he was hit over the money he owed.",
        "Reece Calloway; Priya; Ruth",
        "E18",
    ),
    (
        GP,
        "2026-01-14 14:20",
        "Ms Calloway r/v post ED. Reports abstinent since 01/01. AUDIT-C 10. Referral to Horizon community alcohol team sent. Thiamine. R/v 4/52.",
        "Donna Calloway; Dr Kemp",
        None,
    ),
    # E19 Reece stabbed at Hallam Park (Sat night): police, ambulance, ED/admission, EDT, Monday school + YJS, GP summary
    (
        POL,
        "2026-01-17 20:48",
        "Occ 26/009811. Youth stabbed, Hallam Park (skate ramp). Officers att 20:52. Victim CALLOWAY, Reece (14) - single stab wound L thigh, heavy bleeding, tourniquet applied by PC. Ambulance on scene 20:55. 3 x masked suspects made off on bikes. Scene preserved. Victim conveyed ED with officer escort. Believed linked to drug debt / rival line. EDT informed.",
        "CALLOWAY, Reece",
        "E19",
    ),
    (
        AMB,
        "2026-01-17 20:55",
        "Cat 1. M 14, stab wound L anterior thigh, police tourniquet in situ. HR 128, BP 98/60, GCS 15. TXA, IV access, analgesia. Trauma pre-alert, conveyed to ED 21:10.",
        "Reece",
        "E19",
    ),
    (
        ACU,
        "2026-01-17 21:15",
        "ED resus (trauma call): 14M single stab wound L thigh. CT angio - femoral vessels intact, muscle laceration. Theatre 23:30 - exploration + washout. Admitted paediatric surgical ward. Police present. Mother attended 22:40 (smelt of alcohol), aunt later. CP plan on PAS - hospital safeguarding team referral.",
        "Reece Calloway; Donna Calloway; Lorraine Hext",
        "E19",
    ),
    (
        CSC,
        "2026-01-17 22:30",
        "EDT: police report that Reece has been stabbed in the leg at Hallam Park and is in the Emergency Department, going to surgery tonight. Mia is with her aunt Lorraine; Ms Calloway is at the hospital. Child protection plan in place - allocated social worker and manager emailed for Monday.",
        "Reece Calloway; Mia Stannard; Lorraine Hext; Donna Calloway",
        "E19",
    ),
    (
        SCH,
        "2026-01-19 08:40",
        "SW Raman rang: Reece stabbed at the weekend (Hallam Park), in hospital, home later this week. Staff briefed need-to-know. Work to be sent home.",
        "Reece; SW Raman; Mr Osei",
        "E19",
    ),
    (
        ACU,
        "2026-01-19 11:00",
        "Hospital youth violence worker met Reece on ward 9 - agreed to keep in touch after discharge; consent to liaise with YJS.",
        "Reece Calloway",
        None,
    ),
    (
        YJS,
        "2026-01-19",
        "SW informed: RC victim of stabbing Sat 17/01, on surgical ward. This week's session cancelled. LB to visit on ward with SW if RC agrees.",
        "RC; Lewis; SW Raman",
        "E19",
    ),
    (
        CSC,
        "2026-01-19 14:00",
        "Visited Reece on the children's surgical ward. In pain and frightened; says he did not see who did it and 'it's because of the car' (the December arrest). Ms Calloway there, sober. Discussed safety planning for discharge and whether he can go home.",
        "Reece Calloway; Donna Calloway; Priya",
        None,
    ),
    # E20 strategy discussion 3 on the ward (and CAMHS receiving the minutes 6 days later)
    (
        CSC,
        "2026-01-20 11:00",
        "Strategy discussion at the hospital after Reece was stabbed, chaired by TM Lowe. SW Raman, DC Farrow, Kate Ingham (hospital safeguarding nurse), Daniel Osei (Kingsmead Academy). Agreed: section 47 enquiries - significant harm from serious youth violence linked to his exploitation; Reece at high risk of further harm on discharge; consider a move out of the area (aunt or placement) and whether the criteria for secure accommodation are met; urgent exploitation panel review.",
        "Reece Calloway; TM Lowe; Priya; DC Farrow; K Ingham; Mr Osei",
        "E20",
    ),
    (
        POL,
        "2026-01-20 11:00",
        "Strat disc #3 CALLOWAY (victim, wounding 17/01). Police: investigation ongoing, no arrests. Threat-to-life assessment - Osman threshold not met at present. Outcome s47; relocation / secure options to be considered.",
        "CALLOWAY, Reece; DC Farrow",
        "E20",
    ),
    (
        ACU,
        "2026-01-20 11:00",
        "Safeguarding nurse (K Ingham) attended strategy meeting on ward re 14M stab wound (CP plan). Outcome s47. Ward to tell SW before discharge; visitors restricted to mother/aunt.",
        "Reece Calloway; K Ingham",
        "E20",
    ),
    (
        SCH,
        "2026-01-20 11:00",
        "3rd strategy meeting - DSL went to hospital. Reece s47. School: safe route plan + reduced timetable on return.",
        "Reece; Mr Osei",
        "E20",
    ),
    (
        ACU,
        "2026-01-21 12:00",
        "Paeds surgical discharge: 14M day 4 post exploration + washout L thigh SW. Mobilising with crutches. Analgesia, wound check practice nurse day 7. Discharged home with mother; police safety advice given. D/c summary to GP.",
        "Reece Calloway; Donna Calloway",
        "E19",
    ),
    (
        POL,
        "2026-01-21 16:00",
        "Wounding 17/01 (CALLOWAY): 1 x male (17) arrested s18 GBH, interviewed - no comment, RUI.",
        "CALLOWAY, Reece",
        None,
    ),
    (
        CSC,
        "2026-01-21",
        "Management oversight (TM Lowe): Reece to go home with his mother for now with a safety plan; Lorraine's offer to have him in Harwell to be assessed; refer to the secure accommodation panel.",
        "Reece Calloway; TM Lowe; Lorraine Hext",
        None,
    ),
    (
        CAM,
        "2026-01-26",
        "Minutes received - strategy discussion 20.01.2026 (CSC) following Reece's stabbing: s47, relocation/secure being considered. Next partnership appointment brought forward.",
        "Reece Calloway",
        "E20",
    ),
    (
        GP,
        "2026-01-27",
        "CAMHS letter (seen 14/01/26): RC - low mood, trauma sx, cannabis. Partnership work x6. No GP action.",
        "Reece Calloway; Ruth",
        "E18",
    ),
    (
        GP,
        "2026-01-28",
        "Practice nurse: wound check L thigh - healing well, sutures removed.",
        "Reece Calloway",
        None,
    ),
    (
        GP,
        "2026-01-30",
        "D/c summary rec'd: RC adm 17-21/01/26, stab wound L thigh - exploration + washout. Wound check done 28/01.",
        "Reece Calloway",
        "E19",
    ),
    # ---------------- February 2026 ----------------
    # E21 knife found at school, arrest by the school police officer, DSL call to CSC
    (
        SCH,
        "2026-02-03 10:20",
        "Reece searched (reasonable grounds - info from pupil): lock knife (~7cm blade) in coat pocket. Isolated; police called 10:25 (SSO). Mum informed. Reece: 'I need it, they stabbed me'. DSL rang SW 10:50.",
        "Reece; Mum; Mr Osei; SW Raman",
        "E21",
    ),
    (
        POL,
        "2026-02-03 10:45",
        "Occ 26/017702. Call from Kingsmead Academy - pupil CALLOWAY, Reece (14) found with lock knife. SSO att 10:45, arrested possession bladed article on school premises (s139A CJA 1988). To custody; mother to attend as AA.",
        "CALLOWAY, Reece; CALLOWAY, Donna",
        "E21",
    ),
    (
        CSC,
        "2026-02-03 10:50",
        "Telephone call from Daniel Osei: Reece was found with a lock knife in his coat at school this morning and has been arrested by the school's police officer. He told staff he has carried it since he was stabbed. Ms Calloway going to the police station as his appropriate adult. TM Lowe informed; Youth Justice Service told.",
        "Mr Osei; Reece Calloway; Donna Calloway; TM Lowe",
        "E21",
    ),
    (
        CAM,
        "2026-02-03 14:00",
        "Partnership appt 3/6 - was not brought. Rang mum: 'he's been arrested at school'. Rebooked 10.02.",
        "Reece Calloway; Mum; Ruth",
        None,
    ),
    (
        SCH,
        "2026-02-04",
        "Headteacher decision: permanent exclusion (bladed article on site). Letter to parent; LA exclusions team informed. Governors' review to be arranged.",
        "Reece; Mum",
        None,
    ),
    (
        POL,
        "2026-02-04",
        "CPS charge decision: CALLOWAY, Reece charged s139A + PWITS class A (07/12/25). Bailed to Westbridge Youth Court 04/03/26 - conditions: curfew 19:00-07:00, not to enter Westbridge.",
        "CALLOWAY, Reece",
        None,
    ),
    # E22 alternative provision referral sent by school, logged by the PRU (month only)
    (
        SCH,
        "2026-02-05",
        "AP referral sent to Eastgate PRU via Fair Access (PEx 04.02.26) - attendance, behaviour, risk info + CP plan. Provision needed from day 6.",
        "Reece; Mr Osei",
        "E22",
    ),
    (
        PRU,
        "M:2026-02",
        "Intake log: referral received from Kingsmead Academy following permanent exclusion - Reece Calloway, Y10. Risk assessment requested from SW and YOT before start.",
        "Reece Calloway",
        "E22",
    ),
    (
        GP,
        "2026-02-11 09:30",
        "Ms Calloway - r/v. Attending Horizon fortnightly. Says drinking 'weekends only'. GGT 88 (down). Son excluded from school - very stressed. R/v 4/52.",
        "Donna Calloway; Dr Kemp",
        None,
    ),
    # E23 secure accommodation consideration (panel)
    (
        CSC,
        "2026-02-12 14:00",
        "Placement and secure accommodation panel, chaired by the Head of Service: is an application for a secure accommodation order under section 25 of the Children Act 1989 needed for Reece? Present: SW Raman, TM Lowe, Lewis Baird (Youth Justice Service), DC Farrow (police), Ruth Adeyemi (CAMHS). Decision: criteria not met at present - Reece has not gone missing since December and is engaging, and depriving him of his liberty is not in his interests. Instead: intensive support, a move to his aunt Lorraine's in Harwell, review in four weeks or sooner if he goes missing.",
        "Reece Calloway; Priya; TM Lowe; Lewis; DC Farrow; Ruth; Lorraine Hext",
        "E23",
    ),
    (
        YJS,
        "2026-02-12",
        "Secure panel (CSC) - LB attended. S25 application not pursued. YJS: 3x weekly contacts (voluntary, ISS-style) pending court 04/03.",
        "RC; Lewis",
        "E23",
    ),
    (
        POL,
        "2026-02-12 14:00",
        "Secure accommodation (s25 CA89) consideration - DC Farrow. Police view: risk of significant harm remains (threat from rival group). Decision: no application. Police to brief Harwell NPT.",
        "CALLOWAY, Reece; DC Farrow",
        "E23",
    ),
    (
        CAM,
        "2026-02-12",
        "Attended CSC panel considering secure accommodation for Reece. CAMHS view: secure likely to increase trauma symptoms; he is engaging. Decision - no application; community plan.",
        "Reece Calloway; Ruth",
        "E23",
    ),
    (
        CSC,
        "2026-02-13",
        "Management oversight (TM Lowe): panel decision noted. Reece to move to Lorraine's tomorrow; viability assessment of Lorraine to start.",
        "Reece Calloway; Lorraine Hext; TM Lowe",
        None,
    ),
    # E24 joint home visit SW + youth justice worker (YJS records it with a w/c date)
    (
        CSC,
        "2026-02-17 11:00",
        "Joint visit with Lewis Baird (Youth Justice Service) at Lorraine's flat in Harwell, where Reece has been living since Saturday. Reece relaxed, walking without crutches. Talked about court on 4 March, his curfew and the pupil referral unit place. Lorraine happy for him to stay.",
        "Reece Calloway; Lewis; Lorraine Hext; Priya",
        "E24",
    ),
    (
        YJS,
        "A:2026-02-16:2026-02-20:w/c 16/02/26",
        "JHV with SW (P Raman) at aunt's, Harwell. RC settled, curfew kept. Court prep for 04/03 - solicitor to raise s45 MSA (NRM). AssetPlus started.",
        "RC; SW Raman; Lorraine; Lewis",
        "E24",
    ),
    # E25 MACE 2
    (
        POL,
        "2026-02-19 14:00",
        "MACE (monthly) - CALLOWAY reviewed: risk HIGH but reducing (relocated to aunt, Harwell). TEALE remanded (PWITS). Wounding 17/01 - 1 suspect RUI. Action: Harwell NPT briefed.",
        "CALLOWAY, Reece; TEALE; DC Farrow",
        "E25",
    ),
    (
        CSC,
        "2026-02-19 14:00",
        "Multi-Agency Child Exploitation meeting reviewed Reece: still high risk but lower since he moved to his aunt's; Marcus Teale is remanded in custody. Actions: alternative provision to start next week; Harwell police briefed; missing protocol agreed with Lorraine.",
        "Reece Calloway; Marcus Teale; Lorraine Hext; Priya",
        "E25",
    ),
    (
        YJS,
        "2026-02-19",
        "MACE - LB attended for YJS. RC risk: high (reducing). YJS to share AssetPlus when complete.",
        "RC; Lewis",
        "E25",
    ),
    # E26 PRU admission meeting
    (
        PRU,
        "2026-02-24 10:00",
        "Admission meeting: Reece, Mum, aunt, SW, YOT worker. Timetable 09:30-14:00 x5, taxi from Harwell. Keyworker Mrs Carmody. Risk assessment: no rival-group pupils on roll; bag search on arrival.",
        "Reece; Mum; Lorraine; SW Raman; Lewis; Mrs Carmody",
        "E26",
    ),
    (
        CSC,
        "2026-02-24 10:00",
        "Start meeting at Eastgate Pupil Referral Unit with Reece, Ms Calloway, Lorraine, Lewis Baird and his key worker Joanne Carmody. Transport from Harwell agreed. Reece says he wants to sit GCSE English and maths.",
        "Reece Calloway; Donna Calloway; Lorraine Hext; Lewis; Mrs Carmody; Priya",
        "E26",
    ),
    (
        YJS,
        "2026-02-24",
        "AP admission mtg @ PRU - LB. ETE: full-time AP from 25/02. YJS contacts to fit round timetable.",
        "RC; Lewis",
        "E26",
    ),
    # ---------------- March 2026 ----------------
    # E27 youth court, first appearance; CAMHS session that afternoon is not it
    (
        YJS,
        "2026-03-04",
        "Westbridge Youth Court - 1st appearance (RC with mum, SW, LB). Pleas: NG PWITS (s45 MSA 2015 defence - NRM RG+, CG pending); G s139A. Adj 08/04 for PSR + CPS review of PWITS. Bail continued (curfew).",
        "RC; Lewis; SW Raman; Mum",
        "E27",
    ),
    (
        CSC,
        "2026-03-04 10:00",
        "Went to the youth court with Reece and his mother. He pleaded guilty to having the knife at school and not guilty to the drugs charge - his solicitor relies on the modern slavery defence because of the National Referral Mechanism decision. Adjourned to 8 April for a pre-sentence report.",
        "Reece Calloway; Donna Calloway; Priya",
        "E27",
    ),
    (
        POL,
        "2026-03-04",
        "CALLOWAY - Westbridge YC 04/03: G s139A, NG PWITS. Adj 08/04. OIC to liaise CPS re s45 MSA / NRM.",
        "CALLOWAY, Reece",
        "E27",
    ),
    (
        CAM,
        "2026-03-04 15:30",
        "Partnership appt 5/6. Reece talked about court this morning - 'it's on my record now'. Sleep better at aunt's; cannabis weekends only.",
        "Reece Calloway; Ruth",
        None,
    ),
    (
        GP,
        "2026-03-05",
        "Report sent for RCPC 10/03: RC - CAMHS open, wound healed; Ms Calloway - alcohol, engaging Horizon (partial); MS - wrist # healed. Unable to attend.",
        "Reece Calloway; Donna Calloway; Mia",
        None,
    ),
    (
        POL,
        "2026-03-06",
        "Conference report submitted for RCPC 10/03 (CALLOWAY / STANNARD children). DC Farrow unable to attend.",
        "CALLOWAY, Reece; STANNARD, Mia; DC Farrow",
        None,
    ),
    # E28 fifth missing episode (Sat-Sun), Monday notifications
    (
        POL,
        "2026-03-07 22:30",
        "Occ 26/041178. MFH #5 CALLOWAY, Reece (15) - reported by aunt HEXT, Lorraine (Harwell). Left 15:00 to meet 'a friend' in Westbridge (bail condition: not to enter Westbridge), phone off. HIGH risk.",
        "CALLOWAY, Reece; HEXT, Lorraine",
        "E28",
    ),
    (
        POL,
        "2026-03-08 11:05",
        "Occ 26/041178 - CALLOWAY returned himself to mother's addr (Furnace Row) 10:40. Seen by officers, no injuries, says stayed at girlfriend's. Bail breach (Westbridge) - OIC informed. RHI req.",
        "CALLOWAY, Reece; CALLOWAY, Donna",
        "E28",
    ),
    (
        CSC,
        "2026-03-09 09:15",
        "Missing notification: Reece went missing from his aunt's on Saturday and returned to his mother's on Sunday morning - first time missing since December. Return home interview arranged for tomorrow. TM told (panel asked to review the secure decision if he went missing).",
        "Reece Calloway; Lorraine Hext; Donna Calloway; TM Lowe",
        "E28",
    ),
    (
        PRU,
        "2026-03-09 09:40",
        "Reece not in - aunt rang: he was 'missing Saturday night, back Sunday', at his mum's, tired. Authorised today. Keyworker informed.",
        "Reece; Lorraine; Mrs Carmody",
        "E28",
    ),
    (
        YJS,
        "2026-03-09",
        "Scheduled session - RC did not attend (at mum's, 'too tired'). Rebooked 11/03. Bail breach (Westbridge) - police aware.",
        "RC; Lewis",
        None,
    ),
    # E29 RCPC and E30 RHI 5 the same afternoon (two happenings, same child, same day)
    (
        CSC,
        "2026-03-10 10:00",
        "Review child protection conference (IRO Alan Petrie). Present: Ms Calloway, Lorraine, SW Raman, Joanne Carmody (Eastgate PRU), Lewis Baird (Youth Justice Service), Ruth Adeyemi (CAMHS), Mia's school. Reports from GP and police. Reece and Mia remain subject to child protection plans. Progress: Reece attending the PRU and engaging with CAMHS and youth justice. Concerns: missing at the weekend and in breach of bail; Ms Calloway's drinking. Next review in six months.",
        "Reece Calloway; Mia Stannard; Donna Calloway; Lorraine Hext; IRO Petrie; Priya; Mrs Carmody; Lewis; Ruth",
        "E29",
    ),
    (
        PRU,
        "2026-03-10",
        "RCPC - JC attended. Reece attendance 88% since start. CP plan continues.",
        "Reece; Mrs Carmody",
        "E29",
    ),
    (
        YJS,
        "2026-03-10",
        "RCPC - LB. CP plans continue (RC + sibling). Weekend MFH raised.",
        "RC; Mia; Lewis",
        "E29",
    ),
    (
        CAM,
        "2026-03-10",
        "Review CP conference attended (RA). Plans continue. CAMHS: extend partnership work; trauma-focused CBT from April.",
        "Reece Calloway; Ruth",
        "E29",
    ),
    (
        CSC,
        "2026-03-10 15:30",
        "Return home interview by Jade Whitlock at Lorraine's after the weekend missing episode. Reece said he went to Westbridge to see a girl he met online and stayed at her house; denies seeing Marcus's associates. Evasive about how he paid for the train. Form sent to police.",
        "Reece Calloway; Jade; Lorraine Hext",
        "E30",
    ),
    (
        POL,
        "2026-03-13",
        "RHI rec'd (MFH 07-08/03, CALLOWAY). States stayed with 'girlfriend' in Westbridge (not named, met online). Possible CSE indicator - age of contact unknown. Intel submitted; Exploitation Team review (DC Farrow).",
        "CALLOWAY, Reece; DC Farrow",
        "E30",
    ),
    (
        YJS,
        "2026-03-25",
        "PSR interview with RC + mum at PRU. RC accepts knife offence; says carried it 'for protection' after stabbing. Proposal: referral order.",
        "RC; Mum; Lewis",
        None,
    ),
    (
        CSC,
        "2026-03-26 15:30",
        "Second core group meeting (Teams). Ms Calloway, Lorraine, SW Raman. Plan reviewed: Reece to stay at Lorraine's during the week and visit his mother at weekends by agreement; Ms Calloway's alcohol work continues; Mia doing well. Others sent updates in writing.",
        "Donna Calloway; Lorraine Hext; Priya; Reece Calloway; Mia Stannard",
        None,
    ),
    # E31 NRM conclusive grounds decision (CSC letter, police, YJS - approx date)
    (
        CSC,
        "2026-03-30",
        "Letter from the Single Competent Authority: conclusive grounds decision - Reece is confirmed as a victim of modern slavery (criminal exploitation). Told Reece and Ms Calloway; copies to his solicitor, the police and the Youth Justice Service.",
        "Reece Calloway; Donna Calloway",
        "E31",
    ),
    (
        POL,
        "2026-04-01",
        "NRM CG +ve rec'd for CALLOWAY, Reece (SCA letter 30/03). OIC to CPS re PWITS (s45 MSA).",
        "CALLOWAY, Reece",
        "E31",
    ),
    (
        YJS,
        "A:2026-04-01:2026-04-07:early April 2026 (approx.)",
        "SW advised NRM CG positive (letter dated 30/03). Added to PSR; CPS reviewing PWITS.",
        "RC; SW Raman; Lewis",
        "E31",
    ),
    (
        POL,
        "2026-04-06",
        "CPS: PWITS v CALLOWAY discontinued (s45 MSA / public interest). TEALE prosecution continues.",
        "CALLOWAY, Reece; TEALE",
        None,
    ),
    # E32 youth court, sentence (look-alike of E27, a different hearing)
    (
        YJS,
        "2026-04-08",
        "Westbridge YC - sentence s139A: referral order 6 months. PWITS discontinued by CPS 06/04. First panel within 15 working days. RC, mum, SW present.",
        "RC; Mum; SW Raman; Lewis",
        "E32",
    ),
    (
        CSC,
        "2026-04-08 10:00",
        "Youth court with Reece and Ms Calloway: six-month referral order for the knife offence; the drugs charge was dropped by the Crown Prosecution Service after the conclusive grounds decision. Reece relieved.",
        "Reece Calloway; Donna Calloway; Priya",
        "E32",
    ),
    (
        YJS,
        "2026-04-22",
        "Referral order panel #1 (community volunteers + LB). Contract agreed: reparation 10 hrs, knife-crime programme, ETE at PRU. RC + mum signed.",
        "RC; Mum; Lewis",
        None,
    ),
]

# routine single-agency contacts (filler); none of these is part of an event
POOLS = {
    CSC: [
        (
            "Home visit. Reece in his room - monosyllabic, says things are 'fine'. Mia showed her reading book. Ms Calloway sober; food in the fridge.",
            "Reece Calloway; Mia Stannard; Donna Calloway; Priya",
        ),
        (
            "Telephone call to Ms Calloway to check Reece's curfew - she says he was in by 9pm on {n} nights this week.",
            "Donna Calloway; Reece Calloway",
        ),
        (
            "Supervision with TM Lowe. Case discussed; plan remains appropriate; chronology updated.",
            "TM Lowe; Priya",
        ),
        (
            "Direct work with Reece in the car - safety mapping ('where I feel safe / not safe').",
            "Reece Calloway; Priya",
        ),
        (
            "Visited Mia at her primary school - she drew her family and said she likes it when Auntie Lorraine stays.",
            "Mia Stannard; Lorraine Hext; Priya",
        ),
        (
            "Email from Mia's school: attendance good, settled in class, no concerns.",
            "Mia Stannard",
        ),
        (
            "Text messages with Reece to arrange a visit - he replied after {n} hours with a thumbs up.",
            "Reece Calloway; Priya",
        ),
        ("Case recording: chronology and genogram updated.", ""),
    ],
    POL: [
        (
            "Intel log: CALLOWAY, Reece seen with older youths near Westbridge precinct approx {n}pm. No offences disclosed.",
            "CALLOWAY, Reece",
        ),
        (
            "Stop/search s23 MDA - CALLOWAY, Reece, Westbridge High St. Grounds: smell of cannabis. NFD, receipt given.",
            "CALLOWAY, Reece",
        ),
        (
            "Address check 14 Furnace Row (RO marker) - all quiet, CALLOWAY, Donna spoken to.",
            "CALLOWAY, Donna",
        ),
        ("Intel: black Audi linked to TEALE seen parked on Furnace Row. Logged.", "TEALE"),
        (
            "Exploitation Team weekly review - CALLOWAY nominal, risk unchanged.",
            "CALLOWAY, Reece; DC Farrow",
        ),
    ],
    SCH: [
        ("Reece removed from lesson (P{n}) - refused to work. Isolation rest of day.", "Reece"),
        (
            "DSL check-in with Reece at break. 'Alright.' Tired, hungry - breakfast club offered.",
            "Reece; Mr Osei",
        ),
        ("Reece late after registration closed - code U. {n} lates this half-term.", "Reece"),
        ("Learning mentor session - goal setting; football club offered.", "Reece"),
        ("Mum rang re Reece's missing PE kit - spare provided.", "Reece; Mum"),
        ("Reece - positive points in science and PE. Sat with mentor at lunch.", "Reece"),
    ],
    PRU: [
        (
            "Keyworker check-in: Reece arrived by taxi on time, bag search clear, settled.",
            "Reece; Mrs Carmody",
        ),
        (
            "Reece left site 13:20 without permission, back 13:45 - 'went to the shop'. Aunt informed.",
            "Reece; Lorraine",
        ),
        (
            "!Baseline assessments: English working at grade 3, maths grade 2-3. Interested in construction.",
            "Reece",
        ),
        ("Weekly attendance and behaviour summary emailed to SW and YOT.", "Reece"),
    ],
    GP: [
        ("Ms Calloway - LFTs: GGT raised. Text sent to book review.", "Donna Calloway"),
        ("Mia - asthma: repeat inhalers issued.", "Mia"),
        ("Ms Calloway - tel consult, fit note 2/52 (stress).", "Donna Calloway"),
        ("RC - DNA practice nurse (bloods). Letter to parent.", "Reece Calloway"),
        ("!Mia - flu vaccine (nasal) given by practice nurse.", "Mia"),
    ],
    CAM: [
        (
            "Partnership appt (RA). Reece attended with aunt. Sleep hygiene + grounding. Mood {n}/10.",
            "Reece Calloway; Ruth; Lorraine Hext",
        ),
        (
            "Tel call with mum - update on sessions; asked about ADHD assessment, pathway explained.",
            "Mum; Ruth",
        ),
        (
            "MDT: Reece discussed - continue partnership work; substance misuse liaison.",
            "Reece Calloway; Ruth",
        ),
    ],
    YJS: [
        (
            "Session with RC (LB) - consequential thinking, knife crime awareness. Engaged {n}0 mins.",
            "RC; Lewis",
        ),
        ("Tel to mum re appointment times - confirmed.", "Mum; Lewis"),
        ("Positive activity taster (boxing gym) - RC attended with LB.", "RC; Lewis"),
        ("Case supervision (LB + manager): RoSH medium; safety & wellbeing high.", "RC; Lewis"),
    ],
}

WINDOWS = {
    CSC: ("2025-09-25", "2026-04-24"),
    SCH: ("2025-09-01", "2026-02-03"),
    PRU: ("2026-02-25", "2026-04-24"),
    CAM: ("2026-01-15", "2026-04-24"),
    YJS: ("2025-12-09", "2026-04-24"),
}
# closed: school holidays, and days when a routine entry would contradict the story (Reece
# missing, in hospital or recovering; bailed not to enter Westbridge from 4 February)
CLOSED = {
    SCH: [("2025-10-25", "2025-11-02"), ("2025-12-20", "2026-01-04"), ("2026-01-17", "2026-01-27")],
    PRU: [("2026-03-28", "2026-04-12")],
    CSC: [("2025-10-28", "2025-10-30"), ("2025-12-05", "2025-12-07"), ("2026-01-17", "2026-01-21")],
    POL: [("2026-02-04", "2026-04-24")],
}


def main():
    filler = casegen.filler(
        2121, POOLS, "2025-09-01", "2026-04-24", 34, windows=WINDOWS, closed=CLOSED
    )
    out = HERE / "case_bb.json"
    casegen.build(
        "bb",
        "Criminal exploitation (county lines) of a 14-year-old who goes missing five times and is "
        "stabbed; younger half-sister; mother's alcohol misuse and an assault by her ex-partner; "
        "9 agencies, Sep 2025 - Apr 2026 (many look-alike missing episodes, RHIs, strategy "
        "discussions, panels and court hearings)",
        PEOPLE,
        AGENCIES,
        ENTRIES + filler,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
