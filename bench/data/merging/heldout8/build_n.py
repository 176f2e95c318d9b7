# ruff: noqa
"""Held-out merging case n (writing aid; stdlib + casegen, seeded, deterministic).

    python3 bench/data/merging/heldout8/build_n.py > bench/data/merging/heldout8/case_n.json

HELD OUT: never read or use this file (or case_n.json) while changing merge rules.
Every person, place and event is invented.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import casegen  # noqa: E402

# agency-specific date styles not in casegen's defaults
casegen.STYLES["camhs"] = "%d %b %y"  # 04 Mar 25

CSC = "Children's Social Care"
POL = "Police"
SCH = "Brookfield Academy"
CAM = "CAMHS"
GP = "GP"
HOS = "Acute hospital"
SR = "Safe Routes project"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (SCH, "education", "school"),
    (CAM, "health", "camhs"),
    (GP, "health", "gp"),
    (HOS, "health", "health"),
    (SR, "other", "iso"),
]

PEOPLE = [
    ("Keira Halloran", ["Keira", "K", "KH", "K Halloran"], "Child K", "child"),
    ("Tyler Halloran", ["Tyler", "T"], "Sibling T", "child"),
    ("Donna Halloran", ["Donna", "Mum", "Ms Halloran", "mother"], "Mother", "parent"),
    ("Craig Halloran", ["Craig", "Dad", "Mr Halloran", "father"], "Father", "parent"),
    ("Pauline Ward", ["Nan", "MGM", "Mrs Ward"], "Maternal grandmother", "family"),
    ("Reece Mottram", ["Mottram", "Jay", "R Mottram"], "Suspect RM", "other_adult"),
    ("Amira Begum", ["SW Begum", "Amira"], "Social worker", "professional"),
    ("Mark Ellison", ["TM Ellison"], "CSC team manager", "professional"),
    ("Lewis Hart", ["DC Hart", "DC 4471 Hart"], "Police OIC", "professional"),
    ("Jo Okafor", ["Mrs Okafor", "DSL Okafor"], "School DSL", "professional"),
    ("Anil Patel", ["Dr Patel"], "GP", "professional"),
    ("Josh Wren", ["Josh", "J Wren"], "CAMHS practitioner", "professional"),
    ("Sarah Lindqvist", ["Dr Lindqvist"], "CAMHS consultant", "professional"),
    ("Gemma Doyle", ["Gemma", "G Doyle"], "Safe Routes worker", "professional"),
]

K = "Keira Halloran"

E = [
    # ---- E01 GP referral to CAMHS, received 13 days later
    (
        GP,
        "2024-09-17",
        "Seen with mum. Low mood since start of Yr 10, superficial cuts L forearm (healing, no "
        "signs infection). Denies suicidal intent. Safety-netted. Referral to CAMHS sent via e-RS.",
        "KH; Mum; Dr Patel",
        "E01",
    ),
    (
        CAM,
        "2024-09-30",
        "Referral rec'd from Dr Patel (GP): 14yo, low mood + DSH (cutting). Triaged routine - "
        "choice appt to be offered. Parents sep., lives with mother + younger brother.",
        "Keira Halloran; Dr Patel",
        "E01",
    ),
    (
        GP,
        "2024-09-26",
        "Mum rang re Tyler - cough 5/7, advised pharmacy. Mum asked if CAMHS had been in touch re K - "
        "not yet.",
        "Tyler; Mum",
        None,
    ),
    # ---- E02 school referral to MASH (online contact concern)
    (
        SCH,
        "2024-10-03",
        "CPOMS: friend reported K talking to older male 'Jay' on Snapchat, sent him pics? "
        "DSL spoke to K - minimised. Mum informed. Referral to MASH submitted via portal 15:10.",
        "K; Mum; DSL Okafor",
        "E02",
    ),
    (
        CSC,
        "2024-10-04",
        "MASH contact received from Brookfield Academy (DSL Jo Okafor) - concern Keira may be in "
        "contact online with an unknown adult male. Checks requested from partner agencies.",
        "Keira Halloran; Jo Okafor",
        "E02",
    ),
    (
        CSC,
        "2024-10-09",
        "MASH outcome: threshold met for single assessment; transferred to Assessment Team. "
        "Consent from mother. Safe Routes referral to be considered.",
        "Keira Halloran; Donna",
        None,
    ),
    (
        CSC,
        "2024-10-15",
        "Referral sent to Safe Routes (online harm / exploitation service).",
        "Keira Halloran",
        None,
    ),
    (
        SR,
        "2024-10-22",
        "Referral accepted (from CSC). Initial visit arranged with YP at school.",
        "Keira",
        None,
    ),
    (
        SR,
        "2024-10-24",
        "1st session at school. YP guarded, likes art + her dog. Talked about online friendships. "
        "Agreed weekly.",
        "Keira",
        None,
    ),
    (SCH, "2024-10-24", "K met Safe Routes worker in pastoral room P3.", "K; Gemma", None),
    # ---- E03 first overdose, admission (Sat night), EDT, school told Monday, GP letter 13 days later
    (
        HOS,
        "2024-11-16 23:35",
        "ED: 14yo F brought by ambulance. Stated took 16 x 500mg paracetamol at ~21:00 after "
        "argument w mum. Alert, obs stable. 4hr level - NAC commenced. Admit Ward 9 (paeds). Safeguarding form done.",
        "Keira Halloran; Donna Halloran",
        "E03",
    ),
    (
        HOS,
        "2024-11-17 10:20",
        "Ward 9: NAC infusion continues. Mum at bedside. Dad visited pm - parents separated, "
        "tension between them on ward.",
        "Keira Halloran; Mum; Dad",
        None,
    ),
    (
        CSC,
        "2024-11-18",
        "EDT record: Ward 9 (Royal Infirmary) called EDT Sunday 17th - Keira admitted Saturday night "
        "after taking an overdose of paracetamol. Mother with her. No immediate action out of hours; passed to team.",
        "Keira Halloran; Donna Halloran",
        "E03",
    ),
    (
        SCH,
        "2024-11-18",
        "Mum phoned 08:40 - K in hospital since Sat, 'took tablets'. Absent authorised. DSL aware.",
        "K; Mum",
        "E03",
    ),
    (
        GP,
        "2024-11-29",
        "Discharge summary rec'd (Royal Inf, paeds): adm 16/11/24-18/11/24, deliberate OD paracetamol "
        "8g, NAC given, LFTs normal. CAMHS liaison seen. Filed, coded.",
        "KH",
        "E03",
    ),
    # ---- E04 CAMHS liaison assessment on ward, same day as discharge
    (
        CAM,
        "2024-11-18",
        "Liaison assessment on Ward 9 (J Wren). YP: OD impulsive after row re phone. Ongoing DSH. "
        "Some hopelessness, no current plan. Safety plan agreed with YP + mum. Expedite to core CAMHS - appt w/in 7 days.",
        "Keira Halloran; Mum; J Wren",
        "E04",
    ),
    (
        HOS,
        "2024-11-18 14:00",
        "Reviewed by CAMHS liaison on ward - fit for d/c from MH perspective, f/u CAMHS. "
        "Medically fit. Discharged home with mother 16:30.",
        "Keira Halloran; Mum; Josh",
        "E04",
    ),
    # ---- E05 strategy discussion 1 (minutes to CAMHS 6 days later)
    (
        CSC,
        "2024-11-20 10:00",
        "Strategy discussion (Teams): SW, TM Ellison, Police (DC Hart), Brookfield DSL, CAMHS. "
        "Overdose + earlier concern re online contact with an adult. Decision: section 47 enquiries, joint with Police.",
        "Keira Halloran; Amira Begum; Mark Ellison; Lewis Hart; Jo Okafor",
        "E05",
    ),
    (
        POL,
        "2024-11-20 10:00",
        "STRAT MTG w CSC re KH 14yrs. S47 JOINT. OIC DC 4471 HART. Enquiries re online contact "
        "'JAY'.",
        "Keira Halloran; DC Hart",
        "E05",
    ),
    (
        SCH,
        "2024-11-20",
        "DSL attended strat meeting (virtual). S47 to follow.",
        "K; DSL Okafor",
        "E05",
    ),
    (
        CAM,
        "2024-11-26",
        "Minutes rec'd of strategy meeting 20/11 - s47 agreed. Filed. JW to share risk assessment.",
        "Keira Halloran; J Wren",
        "E05",
    ),
    (
        CSC,
        "2024-11-21",
        "Management oversight: TM agrees s47, joint visit to be arranged for Friday.",
        "Keira; TM Ellison",
        None,
    ),
    # ---- E06 joint visit (s47)
    (
        CSC,
        "2024-11-22 16:00",
        "Joint home visit with DC Hart. Keira seen alone: said 'Jay' is 19 and 'just a mate', "
        "would not show phone. Mum tearful, says Keira up all night on phone. Tyler seen, happy, playing.",
        "Keira Halloran; Donna; Tyler; DC Hart; SW Begum",
        "E06",
    ),
    (
        POL,
        "2024-11-22 16:00",
        "JV with SW BEGUM to home address. VPA? KH declined ACCOUNT at this time. No disclosure. "
        "Phone not provided.",
        "Keira Halloran; Amira Begum",
        "E06",
    ),
    (
        GP,
        "2024-11-22",
        "Post-OD review with mum. Mood low, sleeping poorly. Sertraline not started - awaiting CAMHS. "
        "Limited supply of paracetamol at home advised.",
        "KH; Mum",
        None,
    ),
    (
        CSC,
        "2024-11-22",
        "Phone call with father Craig Halloran - he blames mother's 'lack of rules'; wants Keira to stay "
        "weekends with him.",
        "Craig Halloran; Keira",
        None,
    ),
    # ---- E07 second overdose a week later (decoy to E03)
    (
        SCH,
        "2024-11-25",
        "K back in school. Seen by pastoral AM, presented flat. Left school at lunch w/o permission.",
        "K",
        None,
    ),
    (
        HOS,
        "2024-11-25 19:50",
        "ED: self-presented w mother. Took ~10 ibuprofen 200mg this afternoon. Obs normal, "
        "no treatment required. Not admitted. CAMHS informed by email. Safeguarding referral.",
        "Keira Halloran; Donna Halloran",
        "E07",
    ),
    (
        CSC,
        "2024-11-26",
        "Hospital safeguarding referral: Keira attended A&E yesterday evening after taking ibuprofen "
        "tablets; not admitted. Second incident in ten days. Consider in s47.",
        "Keira Halloran",
        "E07",
    ),
    (
        GP,
        "2024-12-06",
        "A&E letter: attended 25/11/24 ibuprofen OD (2g), no Rx needed, d/c home. Letter filed.",
        "KH",
        "E07",
    ),
    # ---- E08 disclosure to Safe Routes passed to CSC and Police
    (
        SR,
        "2024-12-03",
        "1:1 at school. YP disclosed she sent intimate pics to 'Jay' in the summer, he now "
        "threatens to post them unless she sends more / meets him. Very distressed. Rang CSC duty + Police 101 "
        "same afternoon. Safety plan.",
        "Keira; Jay; Gemma",
        "E08",
    ),
    (
        CSC,
        "2024-12-03 15:40",
        "Call from Gemma Doyle (Safe Routes): Keira has disclosed that an adult she knows "
        "online has indecent images of her and is threatening her. Police also informed by Safe Routes. Strategy "
        "discussion to be reconvened.",
        "Keira Halloran; Gemma Doyle",
        "E08",
    ),
    (
        POL,
        "2024-12-04 09:12",
        "Crime report raised following info from SAFE ROUTES PROJECT worker (101 call 03/12). "
        "Sextortion - female 14yrs. Offences: possess/distribute IIOC, blackmail. Linked to existing S47.",
        "Keira Halloran; Gemma Doyle",
        "E08",
    ),
    (
        SCH,
        "2024-12-03",
        "DSL informed by Safe Routes worker of disclosure made in session today. K went home early "
        "with Nan.",
        "K; DSL Okafor; Nan",
        "E08",
    ),
    # ---- E09 strategy discussion 2 (decoy to E05)
    (
        CSC,
        "2024-12-05 14:00",
        "Second strategy discussion: Police, Safe Routes, school, SW, TM. Online sexual "
        "exploitation. Decision: continue s47, Police to seek Keira's phone and identify 'Jay'. ICPC to be convened.",
        "Keira Halloran; Lewis Hart; Gemma Doyle; Jo Okafor; Mark Ellison",
        "E09",
    ),
    (
        POL,
        "2024-12-05 14:00",
        "STRAT 2 (CSC). Agreed: obtain victim device, CEOP referral, subscriber checks "
        "on Snapchat acc. ICPC.",
        "Keira Halloran; DC Hart",
        "E09",
    ),
    (
        SR,
        "2024-12-05",
        "Attended strategy mtg (Teams). Worker to continue weekly 1:1s.",
        "Keira; Gemma",
        "E09",
    ),
    (SCH, "2024-12-09", "Strat minutes (05.12) received from CSC. Filed CPOMS.", "K", "E09"),
    (
        POL,
        "2024-12-09 11:30",
        "CEOP referral submitted. Snapchat preservation request sent.",
        "Keira Halloran",
        None,
    ),
    # ---- E10 police collect Keira's phone (CSC told next day)
    (
        POL,
        "2024-12-10 17:45",
        "Attended home address. Victim device (iPhone) handed over by mother with consent. "
        "Exhibit LH/1. To DFU for examination.",
        "Keira Halloran; Donna Halloran",
        "E10",
    ),
    (
        CSC,
        "2024-12-11",
        "Informed by DC Hart that police collected Keira's phone from home yesterday evening. Mother "
        "reports Keira 'kicked off' afterwards and smashed a mirror.",
        "Keira Halloran; Donna; DC Hart",
        "E10",
    ),
    (
        GP,
        "2024-12-16",
        "Report for ICPC completed + sent to CP conference unit. Unable to attend (surgery).",
        "KH; Dr Patel",
        None,
    ),
    # ---- E11 ICPC
    (
        CSC,
        "2024-12-19 13:30",
        "Initial child protection conference. Keira made subject of a child protection plan "
        "under the category of sexual abuse. Tyler not subject (CIN). First core group within 10 working days.",
        "Keira Halloran; Tyler Halloran; Donna Halloran; Craig Halloran; Amira Begum",
        "E11",
    ),
    (
        SCH,
        "2024-12-19",
        "DSL attended ICPC. K on CP plan (sexual abuse). School actions: daily check-in, phone "
        "handed in at gate.",
        "K; DSL Okafor",
        "E11",
    ),
    (
        CAM,
        "2024-12-19",
        "Attended initial CP conf (JW). YP now on CP plan. CAMHS: weekly sessions, med review w "
        "Dr Lindqvist.",
        "Keira Halloran; J Wren",
        "E11",
    ),
    (SR, "2024-12-19", "ICPC - CP plan. Worker named on core group.", "Keira; Gemma", "E11"),
    (
        POL,
        "2024-12-19 13:30",
        "ICPC attended by DC HART. Plan: CP. Investigation ongoing.",
        "Keira Halloran; DC Hart",
        "E11",
    ),
    (
        CAM,
        "2024-12-20",
        "Med review (Dr Lindqvist): start sertraline 50mg. Mum to hold meds.",
        "Keira Halloran; Mum; Dr Lindqvist",
        None,
    ),
    (
        CSC,
        "2025-01-07",
        "First core group meeting. Attendance patchy over holidays; Keira refused to attend.",
        "Keira Halloran; Amira Begum; Gemma Doyle",
        None,
    ),
    # ---- E12 suspect arrested, devices seized (CSC told next day, Safe Routes approx)
    (
        POL,
        "2025-01-15 06:30",
        "Warrant executed (s.8 PACE) at address of REECE MOTTRAM 22yrs. ARRESTED on susp. "
        "IIOC offences + blackmail. 2x phones, laptop, hard drive SEIZED. Interviewed - no comment. RUI.",
        "Reece Mottram; DC Hart",
        "E12",
    ),
    (
        CSC,
        "2025-01-16",
        "DC Hart advised that the man known to Keira as 'Jay' was arrested yesterday and his devices "
        "taken. Released under investigation. Bail conditions not possible; Keira advised to block.",
        "Keira Halloran; Reece Mottram; DC Hart",
        "E12",
    ),
    (
        SR,
        "A:2025-01-13:2025-01-17:w/c 13/1/25",
        "Heard from SW that the man has been arrested. YP told - mixed "
        "feelings, 'he'll know it was me'.",
        "Keira; Jay; Amira",
        "E12",
    ),
    # ---- E13 fixed-term suspension, CSC told by email
    (
        SCH,
        "2025-01-22",
        "FTS 5 days (22.01-28.01) - assault on peer (Yr 10) in corridor + abuse to staff. Mum in. "
        "Reintegration mtg 29.01.",
        "K; Mum",
        "E13",
    ),
    (
        CSC,
        "2025-01-23",
        "Email from Brookfield DSL: Keira has been suspended for five days for an assault on "
        "another pupil. SW to visit during suspension.",
        "Keira Halloran; Jo Okafor",
        "E13",
    ),
    (
        CSC,
        "2025-01-24",
        "Home visit during suspension. Keira in bed, refused to come down. Nan present.",
        "Keira; Pauline Ward",
        None,
    ),
    (
        SCH,
        "2025-01-29",
        "Reintegration meeting - K, mum, HoY. Part-time timetable agreed (mornings) for 2 wks.",
        "K; Mum",
        None,
    ),
    # ---- E14 missing episode (two police calls that day: E14 and a separate earlier one)
    (
        POL,
        "2025-02-08 16:20",
        "CALL: DONNA HALLORAN reports abusive messages to her Facebook from unknown acc "
        "re her daughter. Advice given, screenshots requested. Linked to crime ref. Not an emergency.",
        "Donna Halloran",
        None,
    ),
    (
        POL,
        "2025-02-08 22:10",
        "MFH: KH 14yrs reported missing by mother, last seen 18:00 leaving home. HIGH RISK "
        "(CSE/OD hx). Located 03:05 09/02 in car park Tesco Westgate in vehicle w 2 older males. Returned home. "
        "Males details taken.",
        "Keira Halloran; Donna Halloran",
        "E14",
    ),
    (
        CSC,
        "2025-02-10",
        "EDT log (weekend): Police notified EDT on Saturday night that Keira was missing; found "
        "early Sunday morning in a car with two adult males and taken home. Return home interview to be requested.",
        "Keira Halloran",
        "E14",
    ),
    (
        SR,
        "2025-02-10",
        "Missing notification rec'd from Police MFH team (Sat 8/2). RHI to be offered.",
        "Keira",
        "E14",
    ),
    # ---- E15 return home interview, report reaches CSC a week later
    (
        SR,
        "2025-02-12",
        "Return home interview at Nan's. YP said she went 'for a drive with mates', would not name "
        "males. Denies contact with Jay. Push/pull factors discussed.",
        "Keira; Nan; Gemma",
        "E15",
    ),
    (
        CSC,
        "2025-02-19",
        "RHI report received from Safe Routes (interview 12/2). Keira not naming the males; "
        "information shared with police.",
        "Keira Halloran; Gemma Doyle",
        "E15",
    ),
    (
        SR,
        "2025-02-19",
        "Weekly 1:1. YP more open, talked about school + the missing night. Planned art project.",
        "Keira; Gemma",
        None,
    ),
    # ---- E16 missing from education, EWO referral
    (
        SCH,
        "2025-03-03",
        "Attendance 41% this term. Not in since 14.02 (11 school days). Referral to EWS / CME "
        "officer. Home visit - no answer.",
        "K",
        "E16",
    ),
    (
        CSC,
        "2025-03-04",
        "School advised that Keira has not attended for over two weeks; referred to Education "
        "Welfare. Mother says Keira 'won't get out of bed'.",
        "Keira Halloran; Donna",
        "E16",
    ),
    # ---- E17 review conference 1 (decoy to ICPC)
    (
        CSC,
        "2025-03-13 10:00",
        "Review child protection conference. Keira to remain on a child protection plan "
        "(sexual abuse). Concerns re missing episode and non-attendance at school.",
        "Keira Halloran; Donna Halloran; Amira Begum",
        "E17",
    ),
    (
        SCH,
        "2025-03-13",
        "RCPC attended (DSL). Plan continues. School to explore alternative provision.",
        "K; DSL Okafor",
        "E17",
    ),
    (CAM, "2025-03-13", "RCPC - JW attended. CP plan continues.", "Keira Halloran; J Wren", "E17"),
    (SR, "2025-03-13", "Review conf. Plan stays.", "Keira; Gemma", "E17"),
    (
        POL,
        "2025-03-21",
        "RCPC minutes (13/03) received. Noted. Investigation ongoing - DFU results awaited.",
        "Keira Halloran",
        "E17",
    ),
    # ---- E18 third overdose, paeds admission (Easter holidays)
    (
        GP,
        "2025-04-03",
        "Med review. On sertraline 100mg 6/52 - mum says no change. Pt quiet. Plan continue, "
        "CAMHS to review.",
        "KH; Mum",
        None,
    ),
    (
        POL,
        "2025-04-05 21:05",
        "CONCERN FOR WELFARE: friend's parent reports KH 14yrs texted she has 'taken "
        "everything'. Officers attended home, ambulance requested, KH conveyed to Royal Inf.",
        "Keira Halloran; Donna Halloran",
        "E18",
    ),
    (
        HOS,
        "2025-04-05 21:50",
        "ED: OD sertraline (~20 x 100mg) + paracetamol (unknown no.), taken ~19:30. "
        "Drowsy, GCS 14. ECG QTc borderline. NAC started. Admitted Ward 9. Known to CAMHS, on CP plan.",
        "Keira Halloran; Mum",
        "E18",
    ),
    (
        CSC,
        "2025-04-07",
        "EDT: police informed out of hours that Keira was taken to hospital on Saturday evening "
        "after a serious overdose; admitted to children's ward.",
        "Keira Halloran",
        "E18",
    ),
    (
        GP,
        "2025-04-25",
        "Discharge summary (paeds): adm 05/04/25, d/c 14/04/25. Mixed OD sertraline + paracetamol, "
        "NAC. Tier 4 considered, not admitted - CAMHS HTT. Sertraline stopped; no repeat Rx until CAMHS review.",
        "KH",
        "E18",
    ),
    (
        SCH,
        "2025-04-22",
        "First day after Easter. Mum emailed - K was admitted to hospital over the holiday "
        "(overdose), home now, will not be in this week.",
        "K; Mum",
        "E18",
    ),
    # ---- E19 Tier 4 discussion / professionals meeting
    (
        CAM,
        "2025-04-09",
        "Tier 4 gatekeeping discussion w provider collaborative (Dr Lindqvist, JW, ward, SW). "
        "Criteria for adolescent inpatient bed considered; agreed NOT to admit - step to Intensive Home Treatment on "
        "d/c.",
        "Keira Halloran; Dr Lindqvist; J Wren; Amira",
        "E19",
    ),
    (
        HOS,
        "2025-04-09 11:00",
        "MDT on ward with CAMHS + social worker re ?Tier 4 bed. Outcome: remain on Ward 9 "
        "until safe d/c plan; no inpatient MH bed.",
        "Keira Halloran; Dr Lindqvist; SW Begum",
        "E19",
    ),
    (
        CSC,
        "2025-04-09",
        "Attended professionals meeting at the hospital about a possible admission to an adolescent "
        "psychiatric unit. Not being admitted; intensive support at home planned. Father wants Keira to live with him.",
        "Keira Halloran; Craig Halloran; Sarah Lindqvist",
        "E19",
    ),
    (
        HOS,
        "2025-04-14 15:00",
        "Discharged home with mother. CAMHS HTT to visit tomorrow. Meds locked away advised.",
        "Keira Halloran; Mum",
        None,
    ),
    (
        CAM,
        "2025-04-15",
        "HTT home visit day 1. YP low but engaging. Daily visits this week.",
        "Keira Halloran; Mum",
        None,
    ),
    # ---- E20 managed move meeting (transfer to Kingsmead)
    (
        SCH,
        "2025-05-20",
        "Managed move meeting - Brookfield, Kingsmead School (DSL), mum, K, SW. Move agreed, trial "
        "6 wks from 02.06.25.",
        "K; Mum; SW Begum; DSL Okafor",
        "E20",
    ),
    (
        CSC,
        "2025-05-20",
        "Attended meeting at school re Keira moving to Kingsmead School (managed move). Keira keen for "
        "a 'fresh start'.",
        "Keira Halloran; Donna Halloran; Jo Okafor",
        "E20",
    ),
    (
        SCH,
        "2025-05-30",
        "Last day at Brookfield. File + CP records transferred to Kingsmead (secure).",
        "K",
        None,
    ),
    (
        CSC,
        "2025-06-04",
        "Kingsmead DSL confirmed Keira started on 2 June; attended 3 days.",
        "Keira",
        None,
    ),
    # ---- E21 suspect charged
    (
        POL,
        "2025-07-03 15:40",
        "CPS AUTHORISED CHARGE - MOTTRAM: cause/incite child to engage in sexual activity, "
        "make/distribute IIOC, blackmail. Remanded. Victim + mother updated by OIC.",
        "Reece Mottram; Keira Halloran; Donna Halloran",
        "E21",
    ),
    (
        CSC,
        "2025-07-07",
        "DC Hart advised that 'Jay' (Reece Mottram) has been charged and remanded. Keira told by "
        "police; she is worried about going to court.",
        "Keira Halloran; Reece Mottram; DC Hart",
        "E21",
    ),
    (
        SR,
        "2025-07-08",
        "YP told us the man has been charged. Talked about court, special measures, ISVA.",
        "Keira; Gemma",
        None,
    ),
    # ---- E22 review conference 2: step down
    (
        CSC,
        "2025-09-11 10:00",
        "Review child protection conference: child protection plan ended; Keira to be "
        "supported under a child in need plan. Settled at Kingsmead, no missing episodes since February.",
        "Keira Halloran; Donna Halloran; Amira Begum",
        "E22",
    ),
    (
        CAM,
        "2025-09-11",
        "RCPC (JW) - CP plan ended, CIN. CAMHS continue fortnightly.",
        "Keira Halloran; J Wren",
        "E22",
    ),
    (
        SR,
        "2025-09-11",
        "2nd review conf - stepped down to CIN. Safe Routes to close in Oct.",
        "Keira; Gemma",
        "E22",
    ),
    (
        POL,
        "2025-09-19",
        "RCPC minutes 11/09 received - CP plan ceased. Trial listed Jan 26.",
        "Keira Halloran",
        "E22",
    ),
    (
        CSC,
        "2025-09-16",
        "Letter to family confirming conference outcome and CIN plan.",
        "Donna Halloran",
        None,
    ),
    (
        SR,
        "2025-10-23",
        "Closing session. YP made a card. Case closed to Safe Routes.",
        "Keira; Gemma",
        None,
    ),
    (
        CSC,
        "M:2025-10",
        "Case summary: CIN visits monthly; review CIN meeting planned for December.",
        "Keira",
        None,
    ),
]

POOLS = {
    CSC: [
        (
            "Statutory CP visit. Keira seen alone in her room; talked about her phone rules.",
            "Keira Halloran",
        ),
        (
            "Home visit. Tyler seen, school going well for him. Mother tired, managing.",
            "Tyler; Donna Halloran",
        ),
        ("Core group meeting - plan reviewed, actions updated.", "Keira Halloran"),
        ("Supervision with TM: case discussed, plan on track.", "Mark Ellison"),
        ("Phone call with mother - Keira out until 9pm last night, came home.", "Donna Halloran"),
        ("Visit to father's flat to assess weekend contact.", "Craig Halloran"),
        ("Text from Keira cancelling visit; rearranged.", "Keira"),
        ("Case note: chronology updated.", ""),
    ],
    POL: [
        ("PNC/PND checks completed re household.", "Donna Halloran"),
        ("OIC update to victim's mother - DFU backlog.", "Donna Halloran"),
        ("Intel log: vehicle seen near Westgate with youths.", ""),
        ("Case file review by DS - actions set.", ""),
    ],
    SCH: [
        ("CPOMS: K late to reg {n} times this wk.", "K"),
        ("Daily check-in with pastoral - OK today.", "K"),
        ("Detention - phone use in lesson.", "K"),
        ("Parents' evening - mum attended, dad did not.", "Mum"),
        ("Attendance letter sent home.", "Mum"),
        ("K seen by school nurse drop-in - headache, sent back to class.", "K"),
    ],
    CAM: [
        ("Session w JW. Mood {n}/10. Discussed DSH triggers.", "Keira Halloran; J Wren"),
        ("DNA. Text sent, appt rebooked.", "Keira Halloran"),
        ("Phone call w mum - update, no new concerns.", "Mum"),
        ("Session w JW. CBT-informed work on sleep.", "Keira Halloran; J Wren"),
        ("MDT case discussion.", "Keira Halloran"),
    ],
    GP: [
        ("Repeat Rx request - declined, needs review.", "KH"),
        ("Tyler: ear pain, otitis media, amoxicillin.", "Tyler"),
        ("Mum - own appt, stress, sick note.", "Mum"),
        ("Letter from CAMHS clinic filed.", "KH"),
    ],
    HOS: [
        (
            "!Tyler seen in ED: minor head injury, fall from scooter. d/c, advice.",
            "Tyler Halloran; Mum",
        ),
    ],
    SR: [
        ("Weekly 1:1 - healthy relationships, consent.", "Keira"),
        ("YP not in school for session, text sent.", "Keira"),
        ("Group session (girls' group) - YP attended.", "Keira"),
        ("Update call with SW.", "Amira"),
    ],
}

WINDOWS = {
    SR: ("2024-10-25", "2025-10-20"),
    SCH: ("2024-09-04", "2025-05-29"),
    CAM: ("2024-10-01", "2025-10-31"),
    CSC: ("2024-10-10", "2025-10-31"),
    POL: ("2024-12-06", "2025-09-30"),
}
CLOSED = {
    SCH: [
        ("2024-10-28", "2024-11-01"),
        ("2024-12-21", "2025-01-05"),
        ("2025-02-17", "2025-02-21"),
        ("2025-04-05", "2025-04-21"),
    ],
}

if __name__ == "__main__":
    fill = casegen.filler(
        8808, POOLS, "2024-09-02", "2025-10-31", 22, windows=WINDOWS, closed=CLOSED
    )
    casegen.build(
        "n",
        "teenager: self-harm and overdoses, online sexual exploitation (sextortion), exclusion and a school "
        "move; 7 agencies, Sep 2024 - Oct 2025",
        PEOPLE,
        AGENCIES,
        E + fill,
        "/dev/stdout",
    )
