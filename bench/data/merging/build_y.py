# ruff: noqa
"""Writing aid for case y (blind; stdlib only; deterministic).

    python3 bench/data/merging/build_y.py > bench/data/merging/case_y.json

A 14-16-year-old at risk of child criminal exploitation and going missing, with a younger
sister; six agencies, September 2023 - February 2025. Every person, place and event is invented.
Event entries and decoys are hand-written below; routine filler comes from hand-written pools.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casegen  # noqa: E402

CSC = "Children's Social Care"
POL = "Police"
SCH = "Brookfield Academy"
YJS = "Youth Justice Service"
CAM = "CAMHS"
HOS = "Northgate General Hospital"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (SCH, "education", "school"),
    (YJS, "other", "iso"),
    (CAM, "health", "gp"),
    (HOS, "health", "health"),
]

PEOPLE = [
    ("Kian Doherty", ["Kian", "KD"], "Child K", "child"),
    ("Maisie Doherty", ["Maisie"], "Child M", "child"),
    ("Leanne Doherty", ["Leanne", "Mum", "Mother", "Ms Doherty"], "Mother", "parent"),
    ("Pauline Doherty", ["Nan", "Pauline"], "Maternal grandmother", "family"),
    ("Tyrese Walsh", ["Tyrese", "T"], "Adult T", "other_adult"),
    ("Hannah Okafor", ["Hannah", "SW Okafor"], "Social worker", "professional"),
    ("Tom Ashby", ["Tom"], "EDT social worker", "professional"),
    ("Sarah Lyle", ["DC Lyle"], "Exploitation team detective", "professional"),
    ("Daniel Reeves", ["PC Reeves"], "Missing person coordinator", "professional"),
    ("Anita Shah", ["Mrs Shah"], "Designated safeguarding lead", "professional"),
    ("Gareth Price", ["Mr Price"], "Head of Year 10", "professional"),
    ("Marcus Bell", ["Marcus"], "YJS case manager", "professional"),
    ("Fiona Grant", ["Dr Grant", "Fiona"], "CAMHS clinical psychologist", "professional"),
]

K = "Kian Doherty"
KM = "Kian Doherty; Leanne Doherty"

# (agency, datespec, text, people, event)
EVENTS = [
    # E02 first missing episode: reported Thu night, back Fri evening; school absence Fri am; RHI Tue
    (
        POL,
        "2023-09-21 22:48",
        "MISPER report rec'd from mother Leanne DOHERTY. Kian DOHERTY (14) not returned home after school, phone off. "
        "No previous missing episodes. Risk graded MEDIUM. Log 1433/21/09.",
        KM,
        "E02",
    ),
    (
        SCH,
        "2023-09-22 08:52",
        "Kian absent period 1. Mum rang office: he didn't come home last night and police are looking for him. "
        "Marked code N pending. Mrs Shah informed.",
        "Kian; Mum; Mrs Shah",
        "E02",
    ),
    (
        POL,
        "2023-09-22 19:35",
        "Kian DOHERTY returned home of own accord 1905hrs. Safe and well check by PC 4471: states he stayed at a "
        "friend's, would not name them. Closed - found.",
        K,
        "E02",
    ),
    (
        CSC,
        "2023-09-22",
        "Police missing notification received via MASH: Kian reported missing overnight 21/09, now returned. "
        "Return home interview to be offered by the adolescent team.",
        K,
        "E02",
    ),
    (
        CSC,
        "2023-09-26",
        "Return home interview completed at home with Kian (Mum present at start then left room). Kian said he "
        "'was just out with mates in town', slept 'at someone's'. Would not say who. Push factors: arguments at home "
        "about his phone. Shared with PC Reeves.",
        "Kian; Leanne; PC Reeves",
        "E02",
    ),
    # E03 second missing episode: Sat night, found Sunday in Hastings with cash and two phones
    (
        POL,
        "2023-10-14 23:31",
        "MFH: Kian DOHERTY reported by mother, last seen 1800 getting into a grey Audi near Marlowe Park. "
        "2nd episode. Risk HIGH (age, vehicle, unknown adults). Circulated.",
        KM,
        "E03",
    ),
    (
        POL,
        "2023-10-15 16:20",
        "MISPER located by Sussex officers in a flat in Hastings on warrant at address linked to drug supply. "
        "Found with £340 cash and 2 mobile phones. Not arrested - treated as potential victim of CCE. Conveyed home "
        "by our officers 2140.",
        K,
        "E03",
    ),
    (
        CSC,
        "2023-10-15 22:05",
        "EDT: call from police control - Kian, open to the area, found in Hastings today in a 'trap house' "
        "with money and phones, being brought home tonight. Mum aware. Advised police to make referral to MASH "
        "in the morning; day team to consider strategy discussion. (Tom Ashby, EDT)",
        "Kian; Mum; Tom",
        "E03",
    ),
    (
        CSC,
        "2023-10-19",
        "RHI with Kian after the Hastings episode, at school in the library. He said he went 'to do a favour for someone' "
        "and was going to get paid. Denied being scared. Says the phones were 'not his'.",
        "Kian",
        "E03",
    ),
    # E04 third episode, three days after E03: out overnight Tue, back early hours, late into school Wed
    (
        POL,
        "2023-10-17 21:42",
        "Further missing report re Kian DOHERTY (3rd). Mother states he walked out at 2030 after row about his "
        "phone being confiscated. Risk HIGH given episode 14/10.",
        KM,
        "E04",
    ),
    (
        POL,
        "2023-10-18 02:20",
        "Kian DOHERTY home 0215 - mother phoned in. Prevention interview to follow. Closed found.",
        K,
        "E04",
    ),
    (
        SCH,
        "2023-10-18 11:25",
        "Kian signed in late 11:20. Tired, head down. Mum had emailed at 7am to say he was missing again last "
        "night and came back in the early hours. Pastoral check-in with Mr Price.",
        "Kian; Mum; Mr Price",
        "E04",
    ),
    # E05 s47 strategy discussion; school logs it the day the minutes arrive
    (
        CSC,
        "2023-10-20 10:00",
        "Strategy meeting held (Teams) - chaired by team manager. Attended: SW Okafor, DC Lyle (exploitation team), "
        "Mrs Shah (school). Concerns: three missing episodes in four weeks, found in Hastings with cash. Outcome: "
        "threshold met for section 47 enquiries (single agency, CSC lead); NRM to be considered by police.",
        "Kian; SW Okafor; DC Lyle; Mrs Shah",
        "E05",
    ),
    (
        POL,
        "2023-10-20",
        "SD attended by DC LYLE re Kian DOHERTY. s47 agreed. Police actions: intel submission on grey Audi, "
        "consider NRM referral as first responder, flag address.",
        "Kian; DC Lyle",
        "E05",
    ),
    (
        SCH,
        "2023-10-26",
        "Minutes of the child protection strategy discussion (held 20/10) received from social care by email. "
        "School actions: attendance monitoring daily, named adult Mr Price. Filed on CPOMS.",
        "Kian; Mr Price",
        "E05",
    ),
    # E06 NRM referral sent by police, CSC told four days later
    (
        POL,
        "2023-11-02",
        "NRM referral submitted (first responder DC LYLE) for Kian DOHERTY - criminal exploitation, county lines "
        "Hastings. Ref NRM-23-88120.",
        "Kian; DC Lyle",
        "E06",
    ),
    (
        CSC,
        "2023-11-06",
        "Email from DC Lyle: National Referral Mechanism referral has been made for Kian (sent last Thursday). "
        "Copy saved to file. Mum to be told by SW.",
        "Kian; DC Lyle; Mum",
        "E06",
    ),
    # E07 initial child protection conference - outcome CIN rather than a plan
    (
        CSC,
        "2023-11-14 13:30",
        "Initial Child Protection Conference. Present: Mum, Kian (part), SW, Mrs Shah, DC Lyle. Decision: Kian does "
        "not require a child protection plan; risks are extra-familial and Mum is protective. To be supported under "
        "a Child in Need plan; contextual safeguarding approach.",
        "Kian; Mum; SW Okafor; Mrs Shah; DC Lyle",
        "E07",
    ),
    (
        SCH,
        "2023-11-14",
        "Mrs Shah attended ICPC for Kian. Outcome CIN not CP. School report submitted in advance.",
        "Kian; Mrs Shah",
        "E07",
    ),
    (
        POL,
        "2023-11-14",
        "CP conf - DC LYLE attended. Not made subject to plan, CIN. Police remain engaged via MACE.",
        "Kian; DC Lyle",
        "E07",
    ),
    # E08 NRM reasonable grounds decision, recorded by each on a different day
    (
        CSC,
        "2023-11-28",
        "Letter from the Single Competent Authority: positive reasonable grounds decision - Kian is recognised as a "
        "possible victim of modern slavery (criminal exploitation). Shared with Mum.",
        "Kian; Mum",
        "E08",
    ),
    (
        POL,
        "2023-11-30",
        "NRM update - RG decision POSITIVE rec'd 28/11. Marker added to PNC/niche for s45 consideration.",
        "Kian",
        "E08",
    ),
    # E09 MACE panel: minuted by police on the day, social care and school describe it differently
    (
        POL,
        "2023-12-07 14:00",
        "MACE. Subject: DOHERTY, Kian. Risk level HIGH. Linked nominal WALSH, Tyrese (19) - believed to be "
        "running the 'Dino' line to Hastings. Actions: disruption plan, CAWN to be considered, school to share "
        "intel on peer group.",
        "Kian; Tyrese",
        "E09",
    ),
    (
        CSC,
        "A:2023-12-04:2023-12-08:w/c 4 December 2023",
        "Kian was discussed at the Multi-Agency Child Exploitation meeting this week. Agreed high risk. Police "
        "leading disruption against the adult 'T'. SW to update CIN plan.",
        "Kian; T",
        "E09",
    ),
    (
        SCH,
        "2023-12-12",
        "Feedback from Mrs Shah re the exploitation panel last Thursday: Kian graded high risk. Staff asked to "
        "pass on anything heard about older males waiting at the gate.",
        "Kian; Mrs Shah",
        "E09",
    ),
    # E10 arrest Friday evening; EDT appropriate adult that night; school Monday; YJS Tuesday
    (
        POL,
        "2024-01-19 18:40",
        "Stop/search s23 MDA on Kian DOHERTY, passenger in VW Golf, Hollins Road. 14 wraps crack cocaine "
        "found in sock. Arrested PWITS class A. Custody - AA required, mother unable to attend.",
        "Kian",
        "E10",
    ),
    (
        CSC,
        "2024-01-19 21:30",
        "EDT: request from custody for an appropriate adult for Kian (15), arrested this evening, Mum has no "
        "childcare for Maisie. Tom Ashby attended as AA 22:15-01:40. Interviewed, no comment on solicitor's advice. "
        "Released under investigation to Mum.",
        "Kian; Mum; Maisie; Tom",
        "E10",
    ),
    (
        SCH,
        "2024-01-22",
        "SW Okafor called: Kian was arrested Friday night for drugs and is RUI. Mrs Shah logged. Kian in school "
        "today, quiet.",
        "Kian; SW Okafor; Mrs Shah",
        "E10",
    ),
    (
        YJS,
        "2024-01-23",
        "Notification from police custody (arrest 19/01/24, PWITS class A, RUI). Kian not previously known to "
        "YOT. Allocated to Marcus for Turnaround / prevention assessment; check NRM status before any OOCD.",
        "Kian; Marcus",
        "E10",
    ),
    # E11 a suspension phoned through to the social worker, each end writes it up
    (
        SCH,
        "2024-03-05 12:10",
        "Kian suspended for 5 days (to 11.03) - threatening a member of staff when his bag was searched. "
        "Mrs Shah rang the social worker to tell her before Mum collected him.",
        "Kian; Mrs Shah; Hannah",
        "E11",
    ),
    (
        CSC,
        "2024-03-05 12:30",
        "Phone call from Anita at Brookfield: Kian has been sent home for the rest of the week after an incident "
        "with a teacher. Concern he will be out on the streets during the day. SW to visit tomorrow.",
        "Kian; Mrs Shah",
        "E11",
    ),
    # E12 stab wound: ED overnight Sat, police at hospital, EDT call, school Monday, CAMHS letter 11 days on
    (
        HOS,
        "2024-04-13 01:22",
        "ED. 15M brought in by ambulance, single stab wound L posterior thigh, ~3cm, no neurovascular deficit. "
        "Pt declined to say how it happened. Wound explored and sutured. Police in dept. Safeguarding referral "
        "made. Admitted to CDU overnight for obs. Mother present.",
        "Kian; Mother",
        "E12",
    ),
    (
        POL,
        "2024-04-13 01:50",
        "Section 18 wounding. Victim Kian DOHERTY (15) at Northgate ED with stab wound to leg after being found "
        "on Canal Street by public. Victim uncooperative, would not give account. Scene preserved. Crime ref "
        "24/7781.",
        "Kian",
        "E12",
    ),
    (
        CSC,
        "2024-04-13 03:10",
        "EDT: call from ED safeguarding nurse - Kian attended A&E after being stabbed in the leg tonight; Mum "
        "with him; staying in overnight. Police involved. Passed to day team for strategy discussion Monday.",
        "Kian; Mum",
        "E12",
    ),
    (
        SCH,
        "2024-04-15 08:40",
        "Mum phoned: Kian in hospital over the weekend - 'hurt his leg', discharged yesterday, off this week. "
        "Mrs Shah informed; SW aware.",
        "Kian; Mum; Mrs Shah",
        "E12",
    ),
    (
        CAM,
        "2024-04-24",
        "Discharge summary received from Northgate ED (attendance 13/04/24): penetrating injury L thigh, sutured, "
        "discharged 14/04. Copied to CAMHS as open referral. Noted for triage.",
        "Kian",
        "E12",
    ),
    # E13 strategy discussion after the stabbing - four names for one meeting, minutes at school later
    (
        CSC,
        "2024-04-16 11:00",
        "Child protection strategy discussion following the stabbing on 13/04. Present: SW Okafor, DC Lyle, "
        "hospital named nurse, Marcus Bell (YJS). Agreed: further s47, urgent MACE referral, safety plan incl. "
        "relocation options.",
        "Kian; SW Okafor; DC Lyle; Marcus",
        "E13",
    ),
    (
        POL,
        "2024-04-16",
        "SD - Kian DOHERTY victim s18. DC LYLE. s47 continues. Consider Osman warning if intel supports.",
        "Kian; DC Lyle",
        "E13",
    ),
    (
        HOS,
        "2024-04-16",
        "Safeguarding team: named nurse attended strategy meeting (telephone) re 15M stab wound attendance "
        "13-Apr. Hospital actions completed.",
        "Kian",
        "E13",
    ),
    (
        YJS,
        "2024-04-16",
        "Strategy mtg re Kian - stabbed at weekend. Marcus attended. Turnaround sessions to move to office not "
        "home visits for now.",
        "Kian; Marcus",
        "E13",
    ),
    (
        SCH,
        "2024-04-22",
        "Strategy discussion notes (16/04) arrived from CSC today. Action for school: safe route home plan, "
        "staggered finish at 14:50.",
        "Kian",
        "E13",
    ),
    # E14 a phone call recorded by both ends in different words
    (
        CAM,
        "2024-05-09 15:05",
        "Telephone call from Youth Justice worker. Concerns re Kian's sleep (up till 4am), low mood since the "
        "assault. Agreed Dr Grant will offer initial session at their office, which Kian attends.",
        "Kian; Dr Grant",
        "E14",
    ),
    (
        YJS,
        "2024-05-09",
        "Spoke to Fiona at CAMHS. She'll see Kian here after his Thursday session rather than at clinic - he won't "
        "go to the hospital site.",
        "Kian; Fiona; Marcus",
        "E14",
    ),
    # E15 move to an out-of-area placement, recorded by each agency on a different day
    (
        CSC,
        "2024-06-21",
        "Kian moved today to Oakridge House, a residential children's home in Telford (out of area), under s20 "
        "with Mum's agreement. Taken by SW and Mum. Maisie stays at home with Mum.",
        "Kian; Mum; SW Okafor; Maisie",
        "E15",
    ),
    (
        SCH,
        "2024-06-24",
        "SW informed school that Kian has moved to a placement out of area since Friday. Remains on roll until "
        "placement school found. Work packs to be sent.",
        "Kian; SW Okafor",
        "E15",
    ),
    (
        YJS,
        "2024-06-25",
        "Kian now placed in Telford (children's home). Discuss courtesy supervision with Telford YOT.",
        "Kian; Marcus",
        "E15",
    ),
    (
        POL,
        "2024-06-27",
        "Niche updated - DOHERTY, Kian now resides Oakridge House, Telford (West Mercia area). MISPER plan and "
        "markers transferred.",
        "Kian",
        "E15",
    ),
    (
        CAM,
        "M:2024-06",
        "Informed Kian has moved to a children's home in Shropshire. Open episode to be transferred; closing "
        "summary to follow.",
        "Kian",
        "E15",
    ),
    # E16 missing from placement, found back in home area; YJS told Monday; RHI Thursday
    (
        POL,
        "2024-07-12 23:55",
        "Missing from care - West Mercia circulation: Kian DOHERTY absent from Oakridge House since 1900. Likely "
        "to travel to home area. Mother's address and Marlowe Park to be checked.",
        "Kian",
        "E16",
    ),
    (
        POL,
        "2024-07-14 13:10",
        "Kian DOHERTY located at grandmother's address, Fenwick Street, by PC REEVES. Appeared well. Returned "
        "to placement by staff 1800.",
        "Kian; Nan; PC Reeves",
        "E16",
    ),
    (
        CSC,
        "2024-07-15",
        "Notified by Oakridge that Kian went missing from the home on Friday evening and was found Sunday at his "
        "Nan's. Back at the home now.",
        "Kian; Nan",
        "E16",
    ),
    (
        YJS,
        "2024-07-15",
        "Email from SW - Kian was MFH from placement over the weekend, found at Nan's Sunday.",
        "Kian; Nan",
        "E16",
    ),
    (
        CSC,
        "2024-07-18",
        "Return home interview (by phone, Kian in Telford): went home because he 'missed Maisie and Nan'. "
        "Denied seeing Tyrese.",
        "Kian; Maisie; Nan; Tyrese",
        "E16",
    ),
    # E17 second MACE - a look-alike of E09, a different event
    (
        POL,
        "2024-09-05 14:00",
        "MACE review. DOHERTY, Kian - risk reduced to MEDIUM while placed out of area. WALSH, Tyrese charged "
        "(conspiracy to supply) and remanded. Keep open.",
        "Kian; Tyrese",
        "E17",
    ),
    (
        YJS,
        "2024-09-05",
        "Exploitation panel this afternoon - Kian's risk now medium. Adult linked to him is on remand.",
        "Kian; Tyrese",
        "E17",
    ),
    # E18 NRM conclusive grounds decision
    (
        CSC,
        "A:2024-09-09:2024-09-20:mid-September 2024 (approx.)",
        "Conclusive grounds decision (positive) received for Kian - confirmed victim of criminal exploitation. "
        "Shared with YJS and police.",
        "Kian",
        "E18",
    ),
    (
        POL,
        "2024-09-16",
        "NRM CG POSITIVE. File to CPS re 19/01 arrest with s45 Modern Slavery Act defence.",
        "Kian",
        "E18",
    ),
    (
        YJS,
        "2024-09-18",
        "NRM - conclusive grounds positive (letter dated 13/09). Informed by SW. Likely NFA on the January matter.",
        "Kian; SW Okafor",
        "E18",
    ),
    # E19 CPS no further action on the January arrest, told to YJS and CSC days later
    (
        POL,
        "2024-10-03",
        "CPS advice: NFA - public interest / s45 defence. Kian DOHERTY RUI concluded. Mother informed by letter.",
        "Kian; Mum",
        "E19",
    ),
    (
        YJS,
        "2024-10-08",
        "Police confirm no further action on the class A arrest from January. Turnaround work to close at end "
        "of October.",
        "Kian",
        "E19",
    ),
    (
        CSC,
        "2024-10-09",
        "Mum showed me the police letter - no charge for the January drugs arrest. She cried with relief.",
        "Kian; Mum",
        "E19",
    ),
]

# E01 MASH referral by school (Mon) and CSC case opening on it (Tue) - placed here with the nulls
# Hand-written decoys and one-agency happenings (event null)
NULLS = [
    (
        CSC,
        "2023-09-05",
        "Case opened following MASH referral from school (Kian's attendance 71%, seen with "
        "older males at the gate). Child and family assessment started.",
        "Kian; Mum",
        "E01",
    ),
    (
        SCH,
        "2023-09-04",
        "MASH referral made by Mrs Shah: attendance dropping, new trainers and phone, older "
        "males in a car at the gate.",
        "Kian; Mrs Shah",
        "E01",
    ),
    # same-day, same-child different happenings
    (
        SCH,
        "2023-10-20",
        "Kian in isolation period 4-5 for refusing to hand in phone.",
        "Kian",
        None,
    ),
    (
        CSC,
        "2023-10-18",
        "Home visit to see Maisie (Kian's sister) as part of the assessment; she says Kian "
        "'goes out at night and Mum cries'.",
        "Maisie; Mum",
        None,
    ),
    (
        POL,
        "2023-10-18",
        "Prevention interview (PC REEVES) with Kian at home - declined to engage.",
        "Kian; PC Reeves",
        None,
    ),
    # school suspensions - look-alikes, school only
    (
        SCH,
        "2023-11-21",
        "Suspended 3 days for fighting in the canteen (Year 10 boy). Return meeting 24.11.",
        "Kian",
        None,
    ),
    (
        SCH,
        "2024-01-29",
        "One-day suspension: Kian refused a bag search at the gate and left site.",
        "Kian",
        None,
    ),
    (
        SCH,
        "2024-05-20",
        "Suspension 2 days - vaping and verbal abuse to cover teacher. Mum collected.",
        "Kian; Mum",
        None,
    ),
    # more missing episodes, police only
    (
        POL,
        "2023-11-24 22:10",
        "MFH (4th) Kian DOHERTY - reported by mother 2200, returned 2345 same night "
        "before deployment. Closed.",
        "Kian; Mum",
        None,
    ),
    (
        POL,
        "2024-02-16 23:30",
        "Missing report Kian DOHERTY (5th). Located 0150 17/02 at Marlowe Park by "
        "patrol, conveyed home.",
        "Kian; Mum",
        None,
    ),
    (
        POL,
        "2024-02-22 16:05",
        "Stop/search s1 PACE - Kian DOHERTY and 2 others, Marlowe Park, grounds: "
        "suspected knife. Nothing found. NFA. Words of advice.",
        "Kian",
        None,
    ),
    (SCH, "2024-02-22", "Kian had a good day - full attendance, merit in PE.", "Kian", None),
    # arrest day - school entry about a different happening
    (
        SCH,
        "2024-01-19",
        "Kian left site at 13:05 without permission. Mum texted; no response.",
        "Kian; Mum",
        None,
    ),
    (
        CSC,
        "2024-01-23",
        "Management oversight: arrest and RUI noted; CIN plan to be reviewed, consider "
        "second strategy discussion if further incidents.",
        "Kian",
        None,
    ),
    # hospital: a later self-presentation with a wound check - a separate happening
    (
        HOS,
        "2024-04-19 16:40",
        "ED: self-presented with mother, redness around sutures L thigh. Wound "
        "infection, oral antibiotics, GP follow-up.",
        "Kian; Mother",
        None,
    ),
    # CAMHS DNA on the day of the second strategy discussion
    (
        CAM,
        "2024-04-16",
        "Initial assessment appointment - DNA. Second appointment to be offered.",
        "Kian",
        None,
    ),
    (
        CAM,
        "2024-02-12",
        "Referral accepted (from SW): low mood, poor sleep, exploitation concerns. Wait "
        "approx. 8 weeks.",
        "Kian",
        None,
    ),
    # placement day - a separate police action
    (
        POL,
        "2024-06-21",
        "CAWN served on WALSH, Tyrese re DOHERTY, Kian and 2 other named children.",
        "Tyrese; Kian",
        None,
    ),
    (
        CSC,
        "2024-06-19",
        "Placement search: Oakridge House, Telford accepted referral. Planning meeting with Mum.",
        "Kian; Mum",
        None,
    ),
    # after the move
    (
        CSC,
        "2024-08-14",
        "Visit to Kian at Oakridge (statutory). Attending the on-site school 3 days a week. "
        "Says he is bored but 'nobody rings him here'.",
        "Kian",
        None,
    ),
    (
        CSC,
        "2024-11-20",
        "CIN review at Oakridge: plan for Kian to return home in January with an "
        "education place at Brookfield.",
        "Kian; Mum",
        None,
    ),
    (
        CSC,
        "2025-01-10",
        "Kian returned home to live with Mum and Maisie. Support plan in place.",
        "Kian; Mum; Maisie",
        None,
    ),
    (
        SCH,
        "2025-01-13",
        "Kian back on roll, reintegration timetable mornings only. Named adult Mr Price.",
        "Kian; Mr Price",
        None,
    ),
    (
        CSC,
        "2024-12-12",
        "Statutory visit to Kian at Oakridge. Home for Christmas Day and Boxing Day agreed "
        "with Mum; safety plan for the visit.",
        "Kian; Mum",
        None,
    ),
    (
        YJS,
        "2024-10-31",
        "Turnaround intervention closed. Outcome: no further offending.",
        "Kian; Marcus",
        None,
    ),
    (
        CSC,
        "M:2025-02",
        "Step-down to early help considered; Kian has not been missing since July 2024.",
        "Kian; Mum",
        None,
    ),
    (
        POL,
        "M:2024-12",
        "Intel review: no sightings of Kian DOHERTY with linked nominals this quarter.",
        "Kian",
        None,
    ),
]

POOLS = {
    CSC: [
        (
            "Statutory visit: Kian seen alone in his room, reluctant to talk; Mum says he is out most evenings.",
            KM,
        ),
        ("Supervision with team manager; CIN plan actions reviewed, chronology updated.", "Kian"),
        ("Home visit, Maisie seen - says she misses Kian. Home warm, food in.", "Maisie; Mum"),
        ("Text to Kian to arrange a meeting - no reply.", "Kian"),
        ("Call to Leanne: update on plan; she feels tired and judged by neighbours.", "Leanne"),
        (
            "Direct work with Kian at a cafe in town - talked about money and 'olders'; he paid for his own food.",
            "Kian",
        ),
        ("Letter to Mum re food bank voucher and help with school uniform costs.", "Mum"),
        ("Visit to Nan - she can have Kian at weekends if needed.", "Nan"),
    ],
    POL: [
        ("Intel log: Kian DOHERTY seen with known associates at Marlowe Park approx 1700.", "Kian"),
        (
            "Missing person risk assessment for Kian DOHERTY reviewed by MPC - remains HIGH.",
            "Kian; PC Reeves",
        ),
        ("ANPR hit - vehicle linked to WALSH, Tyrese in area of Hollins Road. No stop.", "Tyrese"),
        (
            "Neighbourhood officer visit to home address - words of advice to Kian about associates.",
            "Kian",
        ),
        ("Vulnerability markers on Niche reviewed, no change.", "Kian"),
        ("Intel submission (school-sourced): older males in a dark car at the academy gate.", ""),
    ],
    SCH: [
        ("Attendance this half term {n}1%. Letter home.", "Kian; Mum"),
        ("Detention for lateness - not attended.", "Kian"),
        ("Maths: Kian asleep in lesson, sent to Mr Price.", "Kian; Mr Price"),
        (
            "Mentor session with Mr Price - talked about football and Year 11 options.",
            "Kian; Mr Price",
        ),
        ("Found in the toilets during period 4, returned to class.", "Kian"),
        ("Mum rang re uniform and a missing PE kit.", "Mum"),
        ("Parents' evening - Mum attended alone; teachers say Kian capable but disengaged.", "Mum"),
        ("Kian in isolation for phone use in lesson.", "Kian"),
    ],
    YJS: [
        (
            "Session at YJS office - attended, 45 mins. Worked on 'debt bondage' materials.",
            "Kian; Marcus",
        ),
        ("Did not attend appointment; text sent.", "Kian"),
        ("AssetPlus updated.", "Kian; Marcus"),
        ("Home visit - Kian not in; spoke to Mum.", "Mum; Marcus"),
        ("Case discussed in YJS management oversight.", "Kian"),
    ],
    CAM: [
        (
            "Session with Kian at the YJS office: sleep and mood diary reviewed, CBT-informed work.",
            "Kian; Dr Grant",
        ),
        ("DNA - letter sent offering further appointment.", "Kian"),
        ("Telephone check-in with Mum.", "Mum"),
        ("Team formulation meeting - Kian discussed.", "Kian"),
    ],
    HOS: [],
}
del POOLS[HOS]


def main():
    filler = casegen.filler(
        1915,
        POOLS,
        "2023-09-06",
        "2025-02-20",
        24,
        windows={
            SCH: ("2023-09-06", "2024-06-20"),
            YJS: ("2024-01-24", "2024-06-20"),
            CAM: ("2024-05-10", "2024-06-20"),
            POL: ("2023-09-06", "2024-06-20"),
            CSC: ("2023-09-06", "2024-06-18"),
        },
        closed={
            SCH: [
                ("2023-10-23", "2023-10-27"),
                ("2023-12-21", "2024-01-03"),
                ("2024-02-12", "2024-02-16"),
                ("2024-03-28", "2024-04-12"),
                ("2024-05-27", "2024-05-31"),
                ("2023-11-21", "2023-11-23"),
                ("2024-01-29", "2024-01-29"),
                ("2024-03-05", "2024-03-11"),
                ("2024-05-20", "2024-05-21"),
            ],
        },
    )
    path = os.devnull
    doc = casegen.build(
        "y",
        "CCE and repeated missing episodes, 14-16-year-old boy with a younger sister; 6 agencies "
        "(CSC incl. EDT, Police, secondary school, YJS, CAMHS, acute hospital), Sep 2023 - Feb 2025",
        PEOPLE,
        AGENCIES,
        EVENTS + NULLS + filler,
        path,
    )
    json.dump(doc, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
