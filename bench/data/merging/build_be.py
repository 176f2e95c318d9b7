# ruff: noqa
"""Writing aid for case_be (fictional; written blind, see case_be_README.md).

    python3 bench/data/merging/build_be.py      # writes bench/data/merging/case_be.json

A 15-year-old girl (Tia) looked after by Hallowfield and placed out of area in a children's home
(Larchwood House) in Brackenshaw, 40 miles away. Self-harm, online contact with an older man
that becomes sexual exploitation, missing episodes and return home interviews, a paracetamol
overdose (ED, paediatric ward, CAMHS crisis assessment, Tier 4 bed search), a LADO referral
about a night worker at the home, looked-after reviews chaired by the IRO, a PEP meeting, a
strategy discussion with both police forces, an NRM referral, sexual health clinic visits and a
placement move. Ten agencies, Oct 2025 - Jun 2026. Every entry is written by hand (no random
filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("home", "%a %d/%m/%Y")  # Sat 10/01/2026
casegen.STYLES.setdefault("vs", "%d %b %Y")  # 11 Mar 2026
casegen.STYLES.setdefault("hpol", "%d-%m-%Y")  # 15-02-2026
casegen.STYLES.setdefault("bcs", "%d.%m.%Y")  # 05.02.2026

HCS = "Hallowfield Children's Services"
BCS = "Brackenshaw Children's Services"
HOME = "Larchwood House (children's home)"
BPOL = "Brackenshaw Police"
HPOL = "Hallowfield Police"
CAMHS = "Brackenshaw CAMHS"
HOSP = "Brackenshaw General Hospital"
GP = "Moorside Medical Practice"
VS = "Hallowfield Virtual School"
SH = "Brackenshaw Sexual Health Service"

AGENCIES = [
    (HCS, "social_care", "csc"),
    (BCS, "social_care", "bcs"),
    (HOME, "other", "home"),
    (BPOL, "police", "police"),
    (HPOL, "police", "hpol"),
    (CAMHS, "health", "iso"),
    (HOSP, "health", "health"),
    (GP, "health", "gp"),
    (VS, "education", "vs"),
    (SH, "health", "school"),
]

PEOPLE = [
    ("Tia Marsden", ["Tia", "YP", "MARSDEN Tia"], "Child T (15)", "child"),
    ("Lorraine Marsden", ["Lorraine", "Ms Marsden", "Mum"], "Mother", "parent"),
    ("Kacey Lister", ["Kacey", "LISTER Kacey"], "Another young person at Larchwood House", "child"),
    (
        "Connor Halls",
        ["Connor", "HALLS", "HALLS Connor", "Jay"],
        "Adult male, 22 ('Jay' online)",
        "other_adult",
    ),
    ("Reece Doyle", ["Reece", "DOYLE", "DOYLE Reece"], "Adult male, 19", "other_adult"),
    (
        "Darren Pike",
        ["Darren", "Mr Pike", "PIKE", "DP"],
        "Night residential support worker, Larchwood House",
        "professional",
    ),
    (
        "Angela Hurst",
        ["Angela", "RM Hurst", "RM"],
        "Registered manager, Larchwood House",
        "professional",
    ),
    ("Priya Sandhu", ["Priya", "PS"], "Keyworker, Larchwood House", "professional"),
    (
        "Ben Osei",
        ["Ben", "SW Osei", "Mr Osei"],
        "Social worker (placing authority)",
        "professional",
    ),
    ("Karen Whitlow", ["TM Whitlow", "Karen"], "Team manager (placing authority)", "professional"),
    (
        "Margaret Ellison",
        ["IRO Ellison", "Mrs Ellison", "Margaret"],
        "Independent reviewing officer",
        "professional",
    ),
    (
        "Jess Carney",
        ["Jess", "J Carney"],
        "Missing children's worker (return home interviews)",
        "professional",
    ),
    (
        "Shona McRae",
        ["Shona", "S McRae"],
        "Exploitation coordinator, host authority",
        "professional",
    ),
    ("Paul Fenn", ["LADO Fenn", "Mr Fenn"], "LADO, host authority", "professional"),
    (
        "Amy Lowther",
        ["DC Lowther"],
        "Detective constable, exploitation team (host force)",
        "professional",
    ),
    ("Mark Pryor", ["DS Pryor"], "Detective sergeant, MASH (home force)", "professional"),
    ("Leanne Moss", ["Leanne", "LM"], "CAMHS practitioner", "professional"),
    ("Ruth Adeyemi", ["Dr Adeyemi"], "CAMHS consultant psychiatrist", "professional"),
    ("Imran Hanif", ["Dr Hanif"], "Consultant paediatrician", "professional"),
    ("Claire Wong", ["Dr Wong"], "GP", "professional"),
    ("Helen Forbes", ["Mrs Forbes", "HF"], "Virtual school caseworker", "professional"),
    ("Owen Dale", ["Mr Dale"], "Designated teacher, Kelbrook Academy", "professional"),
    ("Gemma Rowe", ["Gemma", "SHN Rowe"], "Sexual health nurse", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background and the move to Larchwood (autumn 2025) ----------------
    (
        HCS,
        "Y:2022",
        "Tia became looked after under section 20 in March 2022 after long-standing neglect linked to her mother's alcohol use; a care order followed in 2023. Three foster placements ended between 2023 and 2025, the last after repeated missing episodes when Tia was found with older boys in Hallowfield town centre.",
        "Tia Marsden; Lorraine Marsden",
        None,
    ),
    (
        HPOL,
        "M:2025-09",
        "INTEL 25/INT/3318. MARSDEN Tia (15y, LAC) seen x3 at Hallowfield bus station late evening with older males, one called 'Jay' (not identified). CSE warning marker added to nominal.",
        "MARSDEN Tia; Jay",
        None,
    ),
    # E01 placement move in: placing SW's record and the home's admission log
    (
        HCS,
        "2025-10-06 15:00",
        "Moved Tia to Larchwood House, a four-bed children's home in Brackenshaw run by an independent provider, about 40 miles from Hallowfield. I drove her there and stayed for the first hour. She was quiet in the car, then chatty with the staff. Her mother has been told the area but not the address.",
        "Tia Marsden; Lorraine Marsden; SW Osei",
        "E01",
    ),
    (
        HOME,
        "2025-10-06 15:00",
        "ADMISSION. YP arrived 15:00 with her SW Ben. Shown round, chose the end bedroom. House rules + curfew explained (21:30 school nights, 22:00 Fri/Sat). Keyworker allocated: Priya. Risk assessment on file: self-harm (cutting), missing, CSE. Ate tea with the others, settled in room 21:00.",
        "YP; Ben; Priya",
        "E01",
    ),
    # E02 out-of-area placement notification sent and received six days later
    (
        HCS,
        "2025-10-07",
        "Out-of-area placement notification sent to Brackenshaw Children's Services (host authority) by secure email: Tia placed at Larchwood House from 6 October, care order, known risks of self-harm, going missing and sexual exploitation.",
        "Tia Marsden",
        "E02",
    ),
    (
        BCS,
        "2025-10-13",
        "Notification rec'd from Hallowfield CC - LAC placed in Brackenshaw at Larchwood House from 06.10.2025 (Tia MARSDEN, 15, care order). Risks: SH, missing, CSE. Logged on the placed-in register. Exploitation hub (Shona) copied in.",
        "Tia Marsden; Shona",
        "E02",
    ),
    (
        HOME,
        "2025-10-20 19:00",
        "Keywork (PS) - end of first fortnight. Tia says the food is 'better than foster' and she likes Kacey. Misses Mum. Curfew kept every night so far.",
        "Tia; Priya; Kacey; Mum",
        None,
    ),
    (
        GP,
        "2025-10-14",
        "New pt reg check, attended w/ keyworker. LAC (Hallowfield). Hx DSH - superficial cutting forearms since 2024, prev Hallowfield CAMHS. Nil meds, NKDA. BMI 20. Scars L forearm, healed. CAMHS transfer already in progress per carer.",
        "Tia Marsden; Priya",
        None,
    ),
    (
        HCS,
        "2025-11-03 14:00",
        "Looked after review (placement review, four weeks after the move), chaired by me as IRO, Margaret Ellison. Tia has settled quickly but has no school place yet - the virtual school is to secure one within two weeks. Next review in four months.",
        "Tia Marsden; IRO Ellison",
        None,
    ),
    (
        VS,
        "2025-11-10",
        "Tia started at Kelbrook Academy, Brackenshaw (Year 11) after five weeks without a school place following the move. Designated teacher: Mr Dale. Exam boards checked - GCSE English, maths, science, art, childcare to continue.",
        "Tia Marsden; Mr Dale",
        None,
    ),
    (
        CAMHS,
        "2025-11-12",
        "Transfer-in assessment (LM). 15F, LAC, placed from Hallowfield. Cutting L forearm 2-3x/week when 'overwhelmed', no suicidal intent, no previous OD. Low mood, poor sleep, trauma history (neglect). Plan: fortnightly sessions with LM, safety plan shared with Larchwood.",
        "Tia Marsden; LM",
        None,
    ),
    (
        VS,
        "2025-11-26",
        "PEP (Autumn) held at Kelbrook Academy with Mr Dale, Tia and her keyworker. Targets: attendance above 90%, catch-up plan in maths. Pupil premium plus: £300 for tutoring agreed. SW sent apologies.",
        "Tia Marsden; Mr Dale; Priya",
        None,
    ),
    # ---------------- December ----------------
    # E03 statutory visit recorded by SW and home; CAMHS that afternoon is separate
    (
        HCS,
        "2025-12-03 14:00",
        "Statutory visit to Larchwood House. Saw Tia alone in her room. She says staff are 'alright' and she likes Priya. She wants more time with her mum and asked if she can go back to Hallowfield for Christmas. Bedroom clean and personalised. Discussed the phone and internet agreement.",
        "Tia Marsden; Priya; Lorraine Marsden",
        "E03",
    ),
    (
        HOME,
        "2025-12-03 14:00",
        "SW Ben Osei visited 14:00-15:10, saw Tia alone in her room, then spoke to RM re Christmas contact. Tia in good mood after.",
        "Tia; SW Osei; RM",
        "E03",
    ),
    (
        CAMHS,
        "2025-12-03 16:30",
        "Session 3 (LM). Tia seen alone, staff waited in reception. Mood 5/10. Cut once last week, cleaned it herself. Worked on a distraction box. She mentioned a 'new friend' online she won't name.",
        "Tia; LM",
        None,
    ),
    (
        HCS,
        "2025-12-10",
        "Phone call with Ms Marsden about Christmas. She has been sober for three weeks and would like Tia home on Christmas Day. Explained that contact will be for three hours in a public place in Hallowfield, supervised by Larchwood staff.",
        "Lorraine Marsden; Tia Marsden",
        None,
    ),
    (
        HOME,
        "2025-12-10 19:00",
        "Keywork (PS). Worked on Tia's 'all about me' book. Talked about her mum and her nan who died in 2021. Asked whether she would be 'moved again'.",
        "Tia; Priya",
        None,
    ),
    # E04 CAMHS session recorded by CAMHS and by the home
    (
        CAMHS,
        "2025-12-17 16:00",
        "Session 4 (LM). Tia escorted by keyworker. Mood 3/10, 'dreading Christmas'. Cutting x3 this week, superficial, dressed by staff. Safety plan reviewed with keyworker in the room for last 10 min. Next 07/01.",
        "Tia; LM; Priya",
        "E04",
    ),
    (
        HOME,
        "2025-12-17 16:00",
        "Priya took Tia to CAMHS (Leanne) 16:00. Tia low in the car home, said Christmas 'always goes wrong'. Sharps check done at bedtime.",
        "Tia; Priya; Leanne",
        "E04",
    ),
    # GP appointment and the home's log that day about something else
    (
        GP,
        "2025-12-19 10:20",
        "Tia seen w/ carer, then alone. Requests contraception, has a boyfriend 'older, 17'. Fraser discussed - declined to say more. Advised SH clinic (can self-refer, confidential). Condoms given. Safeguarding: LAC, age of partner unclear - noted, will share with SW.",
        "Tia Marsden; Dr Wong",
        None,
    ),
    (
        HOME,
        "2025-12-19 20:30",
        "Tia went to the Christmas disco at the youth centre with Kacey, staff collected 21:30 as agreed. Both in good spirits.",
        "Tia; Kacey",
        None,
    ),
    (
        HOME,
        "2025-12-25 15:30",
        "Christmas contact with Mum, Hallowfield (Costa, 12:00-15:00), supervised by Priya. Mum arrived 40 min late and smelt of alcohol. Tia quiet on the way back, cut L forearm on return - minor, first aid given.",
        "Tia; Mum; Priya",
        None,
    ),
    # ---------------- January ----------------
    (
        HCS,
        "2026-01-05",
        "Care plan updated after Christmas: contact with Ms Marsden to stay supervised and monthly after she arrived at the Christmas contact having been drinking. Tia told by phone; she hung up.",
        "Tia Marsden; Lorraine Marsden",
        None,
    ),
    (
        HOME,
        "2026-01-07 08:15",
        "Tia refused school, stayed in bed. Said she was up all night on her phone. Phone handed in at 22:00 tonight as per agreement.",
        "Tia",
        None,
    ),
    (
        CAMHS,
        "2026-01-07 16:00",
        "Session 5 (LM). Christmas contact with mother difficult. Cutting after contact. Discussed sleep hygiene and phone use at night. Mood 4/10. No SI.",
        "Tia; LM; Mum",
        None,
    ),
    # E05 missing episode 1 (Saturday night) and its Monday notifications
    (
        HOME,
        "2026-01-10 22:05",
        "Tia not back for 22:00 curfew, phone switched off. Staff checked the park, the garage and Kacey's friend's - not found. Reported MISSING to police 22:05. EDT Hallowfield and RM informed.",
        "Tia; Kacey; RM",
        "E05",
    ),
    (
        BPOL,
        "2026-01-10 22:20",
        "MFH 26/0114. MARSDEN Tia 15y, LAC placed by Hallowfield CC at Larchwood House. Not returned by curfew. Risk MEDIUM (CSE marker, self-harm). Phone off. Patrols to check town centre and bus station.",
        "MARSDEN Tia",
        "E05",
    ),
    (
        HOME,
        "2026-01-11 02:40",
        "Tia returned 02:35 in a taxi - would not say who paid. Smelt of cannabis, no injuries seen. Police informed of return and attended for safe and well 03:00. Tia went to bed.",
        "Tia",
        "E05",
    ),
    (
        BPOL,
        "2026-01-11 03:10",
        "MFH 26/0114 - RETURNED 02:35 by taxi (unknown payer). Safe & well by PC 4471 at Larchwood - no disclosures, declined to say where. Report closed. RHI request to placing LA.",
        "MARSDEN Tia",
        "E05",
    ),
    (
        BCS,
        "2026-01-12",
        "Police missing notification (weekend): Tia Marsden, placed-in LAC at Larchwood House, missing 10.01 22:05 - returned 11.01 02:35 by taxi. 1st episode since placement. Placing LA responsible for RHI. Exploitation hub tracker updated (Shona).",
        "Tia Marsden; Shona",
        "E05",
    ),
    (
        HCS,
        "2026-01-12",
        "Larchwood House emailed over the weekend: Tia was reported missing on Saturday night and came back at 2.35am by taxi. She would not say where she had been. Return home interview requested from Jess Carney.",
        "Tia Marsden; Jess",
        "E05",
    ),
    # E06 first return home interview; the practice nurse the same morning is separate
    (
        GP,
        "2026-01-14 09:10",
        "PN: Tia, attended w/ carer. Wound check L forearm - 2 x superficial lacerations healing, no infection. Steri-strips removed. Advice re wound care.",
        "Tia Marsden",
        None,
    ),
    (
        HCS,
        "2026-01-14 15:30",
        "Return home interview (Jess Carney, missing children's worker) at Larchwood House, 10-11 January episode. Tia said she got the bus to a party on the other side of Brackenshaw with 'a friend from Snapchat' who is 19 or 20. She would not give his name. She said nobody hurt her. Push factors: boredom, no friends locally, misses home. Shared the outcome with police and the placing SW.",
        "Tia Marsden; Jess",
        "E06",
    ),
    (
        HOME,
        "2026-01-14 15:30",
        "RHI today - Jess from Hallowfield came 15:30, saw Tia in the quiet lounge for about 45 min. Tia said afterwards 'she's alright, she didn't lecture me'.",
        "Tia; Jess",
        "E06",
    ),
    # E07 CAMHS session recorded by both (look-alike of E04); TM oversight that day is separate
    (
        BPOL,
        "2026-01-22",
        "Return home interview report rec'd from Hallowfield CC (J Carney) for MFH 26/0114: party in Brackenshaw with 'Snapchat friend' aged 19-20, not named. Intel submitted - possible CSE. Linked to CSE marker.",
        "MARSDEN Tia; J Carney",
        "E06",
    ),
    (
        CAMHS,
        "2026-01-21 16:00",
        "Session 6 (LM). Tia escorted by keyworker. Talked about missing episode - 'just a party'. Cutting reduced (1x this week). Mood 5/10. Next 11/02 (half-term clash moved).",
        "Tia; LM; Priya",
        "E07",
    ),
    (
        HOME,
        "2026-01-21 16:00",
        "Priya took Tia to CAMHS with Leanne 4pm. Tia chatty on the way back, asked for pizza.",
        "Tia; Priya; Leanne",
        "E07",
    ),
    (
        HCS,
        "2026-01-21",
        "Management oversight (TM Whitlow): first missing episode from Larchwood and an unnamed older 'friend'. Ask Brackenshaw exploitation hub for local intelligence; review the safety plan with the home. Consider a strategy discussion if there is a second episode.",
        "Tia Marsden; TM Whitlow",
        None,
    ),
    (
        HOME,
        "2026-01-26 21:00",
        "Room search after Kacey said Tia had a blade. Pencil sharpener blade found in make-up bag, removed. Tia angry, slammed door, calmed by 22:00.",
        "Tia; Kacey",
        None,
    ),
    (
        HOME,
        "2026-01-31 14:00",
        "Saturday - Tia and Kacey to the cinema with two staff. Back 17:30, no issues. Tia asked to have her phone at the table 'for Mum' - declined.",
        "Tia; Kacey",
        None,
    ),
    (
        HCS,
        "2026-01-29 12:30",
        "Visited Tia at Kelbrook Academy at lunchtime. She was in uniform and had been in lessons all morning. She said school is 'fine' but she has no real friends there. She has a new phone that she says Kacey gave her.",
        "Tia Marsden; Kacey",
        None,
    ),
    (
        VS,
        "2026-01-29",
        "Termly attendance call with Mr Dale (DT). Autumn term 84% (since 10/11); spring so far 78%. Two internal exclusions (phone use). Tutoring started 19/01 - Tia attended 1 of 2.",
        "Tia Marsden; Mr Dale",
        None,
    ),
    # ---------------- February ----------------
    # E08 first sexual health clinic visit; E09 the clinic's referral to the host MASH (received 2 days later)
    (
        HOME,
        "2026-02-03 10:00",
        "Priya took Tia to the SH clinic (Brackenshaw walk-in) 10:00 at Tia's request. Priya waited outside for the consultation. Back at school for period 4.",
        "Tia; Priya",
        "E08",
    ),
    (
        SH,
        "2026-02-03 10:30",
        "Attendance, walk-in. 15F, LAC, came with keyworker (seen alone). UPSI 4 days ago with 'boyfriend' - says he is 19, met on Snapchat, he picks her up in a car. EHC (levonorgestrel) given. Full STI screen taken. Fraser competent for EHC but CSE indicators present (older partner, gifts, LAC). Spotting the Signs proforma: HIGH. Discussed with safeguarding lead.",
        "Tia Marsden; Gemma",
        "E08",
    ),
    (
        SH,
        "2026-02-03 13:15",
        "Safeguarding referral to Brackenshaw MASH (online form) re 15F seen this a.m.: sexual activity with male reported as 19, met online, car pick-ups, gifts. LAC placed from Hallowfield. Tia aware of referral.",
        "Tia Marsden; SHN Rowe",
        "E09",
    ),
    (
        BCS,
        "2026-02-05",
        "MASH contact: referral from Brackenshaw Sexual Health Service (Gemma Rowe, 03.02) - 15yo placed-in LAC reports sexual activity with a 19yo male met on Snapchat who collects her in a car. Screened with the exploitation hub: CSE risk indicators. Placing LA holds case responsibility - passed to Shona to contact the placing SW.",
        "Tia Marsden; Gemma; Shona",
        "E09",
    ),
    # E10 a phone call recorded by both ends, in different words
    (
        BCS,
        "2026-02-06 11:20",
        "Exploitation hub (Shona McRae): tel to placing SW Ben Osei. Shared the SH referral and the January missing episode. Brackenshaw intel: no trace yet for the car. SW to ask Hallowfield police re 'Jay'. Agreed he will convene a strat disc if any further indicators.",
        "Tia Marsden; Shona; SW Osei; Jay",
        "E10",
    ),
    (
        HCS,
        "2026-02-06 11:20",
        "Shona from the Brackenshaw exploitation hub rang me. She is worried that Tia is having sex with an older man who picks her up in a car; Tia told a nurse this on Tuesday. I told Shona about the intelligence from our police last year about a man called Jay. We will keep in touch.",
        "Tia Marsden; Shona; Jay",
        "E10",
    ),
    (
        HOME,
        "2026-02-06 21:00",
        "Tia on her phone a lot this evening, laughing, would not say who with. Handed phone in 22:05 after two prompts.",
        "Tia",
        None,
    ),
    # E11 a cancelled CAMHS session, recorded as a phone call by both
    (
        VS,
        "2026-02-10",
        "Tutoring log (in-school tutor): Tia attended 3 of 4 sessions since 19/01. Maths confidence 'growing'.",
        "Tia Marsden",
        None,
    ),
    (
        CAMHS,
        "2026-02-11 15:40",
        "Call from Larchwood (keyworker): Tia refusing to come to today's session, 'what's the point'. Not seen - recorded as could not attend. Rebooked 25/02. Keyworker to ring if risk increases.",
        "Tia; Priya",
        "E11",
    ),
    (
        HOME,
        "2026-02-11 15:40",
        "Tia refused to go to CAMHS - would not get out of bed after school. Priya rang Leanne to cancel, new appt given for 25/02.",
        "Tia; Priya; Leanne",
        "E11",
    ),
    # E12 missing episode 2 reported (Friday night)
    (
        HOME,
        "2026-02-13 19:30",
        "Tia did not come back from school (last seen at the gate 15:15 getting into a grey car per Kacey). Phone off. Reported MISSING 19:30, high concern. EDT and RM informed.",
        "Tia; Kacey; RM",
        "E12",
    ),
    (
        BPOL,
        "2026-02-13 20:05",
        "MFH 26/0391. MARSDEN Tia 15y LAC. 2nd MFH. Last seen 15:15 at Kelbrook Academy getting into grey hatchback (partial VRM). Risk HIGH - CSE, older male 'Jay' per SH referral. Cell-site request authorised. Circulated to Hallowfield force (home area).",
        "MARSDEN Tia; Jay",
        "E12",
    ),
    # E13 found by the home force two days later and returned
    (
        HPOL,
        "2026-02-15 06:40",
        "Op at Flat 3, 18 Tanner Row, Hallowfield (cell-site). Located MFH MARSDEN Tia (Brackenshaw MFH 26/0391) with HALLS Connor (22). HALLS claims she told him she was 18. Tia intoxicated (alcohol), no injuries, no disclosure. HALLS given words of advice, CAWN to be considered. Tia conveyed to Larchwood House by police vehicle.",
        "MARSDEN Tia; HALLS Connor",
        "E13",
    ),
    (
        HCS,
        "2026-02-15 07:10",
        "EDT: Hallowfield Police phoned. Tia has been found in a flat in Tanner Row, Hallowfield, with a 22-year-old man, Connor Halls. She had been drinking but is not hurt. Officers are driving her back to Larchwood House. Larchwood informed.",
        "Tia Marsden; Connor Halls",
        "E13",
    ),
    (
        HOME,
        "2026-02-15 09:15",
        "Tia returned 09:10 by Hallowfield police (found at a flat in Hallowfield). Tired, hungover, refused breakfast, slept till 14:00. Staff checked for injuries - none seen. Brackenshaw police informed of return.",
        "Tia",
        "E13",
    ),
    (
        BPOL,
        "2026-02-15 09:30",
        "MFH 26/0391 - FOUND 06:40 by Hallowfield officers at address of HALLS Connor, Tanner Row, Hallowfield. Returned to placement 09:10. Report closed. Exploitation team (DC Lowther) to review Monday.",
        "MARSDEN Tia; HALLS; DC Lowther",
        "E13",
    ),
    (
        BCS,
        "2026-02-16",
        "Police notification: Tia Marsden (placed-in LAC) located 15.02 by Hallowfield Police at the flat of a 22yo male in Hallowfield and returned to Larchwood. Exploitation hub informed - Shona to join the placing LA's strategy discussion tomorrow.",
        "Tia Marsden; Shona",
        "E13",
    ),
    (
        HCS,
        "2026-02-16 16:00",
        "Spoke to Tia on the phone. She said Connor is her boyfriend and 'the only one who actually cares'. She was angry that the police came. I told her I would be talking to the police and other people tomorrow to make sure she is safe.",
        "Tia Marsden; Connor Halls",
        None,
    ),
    # E14 strategy discussion with both police forces (and the home force's copy of the minutes 6 days later)
    (
        HCS,
        "2026-02-17 10:00",
        "Strategy discussion (Teams), chaired by TM Karen Whitlow. Present: SW Ben Osei; DS Mark Pryor (Hallowfield Police); DC Amy Lowther (Brackenshaw Police exploitation team); Shona McRae (Brackenshaw exploitation hub); Angela Hurst (registered manager, Larchwood); Leanne Moss (CAMHS). Tia, 15, missing twice and found at the flat of Connor Halls, 22, who appears to be the 'Jay' known to police. Agreed: section 47 enquiries (child sexual exploitation), joint with Hallowfield Police as the flat is in Hallowfield; Brackenshaw Police to lead on missing and disruption in the host area; Child Abduction Warning Notice to be served on Connor Halls; Hallowfield Children's Services to submit a National Referral Mechanism referral; safety plan at Larchwood updated; Tia's consent to be sought for a download of her phone.",
        "Tia Marsden; Connor Halls; TM Whitlow; SW Osei; DS Pryor; DC Lowther; Shona; Angela; Leanne",
        "E14",
    ),
    (
        BPOL,
        "2026-02-17 10:00",
        "Strat disc (Hallowfield CC chair) re MARSDEN Tia - DC Lowther attended. CSE. Outcome: s47 joint CSC/Hallowfield Police. Brackenshaw: MFH mgmt + disruption (vehicle, local males), consent for phone download.",
        "MARSDEN Tia; DC Lowther",
        "E14",
    ),
    (
        HPOL,
        "2026-02-17 10:00",
        "Strategy disc (Teams) - DS Pryor. MARSDEN Tia / HALLS Connor. Joint s47 with Hallowfield CSC. Action: CAWN on HALLS (DS Pryor), intel development.",
        "MARSDEN Tia; HALLS; DS Pryor",
        "E14",
    ),
    (
        HOME,
        "2026-02-17 10:00",
        "RM on strategy meeting (Teams) 10-11:15 with police from both areas, CAMHS and Hallowfield SW. New safety plan: no unsupervised time out for 2 weeks, staff to walk Tia to and from school, grey car reg to be reported to police if seen.",
        "Tia; RM",
        "E14",
    ),
    (
        BCS,
        "2026-02-17 10:00",
        "Exploitation hub: Shona attended the strategy discussion convened by Hallowfield. Tia to go on the Brackenshaw MACE list for March.",
        "Tia Marsden; Shona",
        "E14",
    ),
    (
        CAMHS,
        "2026-02-17 10:00",
        "Strategy meeting (Teams) - LM attended. CSE concerns; s47. CAMHS: share risk info, offer an earlier appointment.",
        "Tia; LM",
        "E14",
    ),
    (
        GP,
        "2026-02-17 11:40",
        "Tel consult w/ keyworker: Tia sleeping poorly, asks for 'something to help'. Not appropriate to prescribe hypnotics; sleep hygiene advice; CAMHS aware. Nil else.",
        "Tia Marsden; Priya",
        None,
    ),
    # E15 second return home interview (police get the debrief a week later)
    (
        CAMHS,
        "2026-02-18 11:00",
        "Tel check-in (LM) with Tia after weekend missing episode. Brief, monosyllabic. Denies self-harm since 11/02. Keeps 25/02 appt.",
        "Tia; LM",
        None,
    ),
    (
        HCS,
        "2026-02-18 16:00",
        "Return home interview (Jess Carney) at Larchwood House, 13-15 February episode. Tia said Connor picked her up from school and they drove to Hallowfield; she stayed at his flat both nights, there were other men there on Saturday. She would not say more about them. Pull factors: Connor, being near her mum. She said she feels 'trapped' at Larchwood. Shared with police in both areas and the SW.",
        "Tia Marsden; Jess; Connor Halls",
        "E15",
    ),
    (
        HOME,
        "2026-02-18 16:00",
        "Jess (Hallowfield missing worker) here 16:00 for Tia's RHI. Tia came out of it tearful, wanted Priya. Extra check at 23:00, asleep.",
        "Tia; Jess; Priya",
        "E15",
    ),
    # E16 the CAWN served (home force) and the SW told by email next day
    (
        HPOL,
        "2026-02-19 18:20",
        "CAWN served on HALLS Connor at home addr by DS Pryor + PC 2206 re MARSDEN Tia (15). HALLS signed, stated 'I didn't know she was in care'. Copy to Hallowfield CSC.",
        "HALLS Connor; MARSDEN Tia; DS Pryor",
        "E16",
    ),
    (
        HCS,
        "2026-02-20",
        "DS Pryor emailed: the Child Abduction Warning Notice was given to Connor Halls at his flat yesterday evening and he signed it. Told Tia by phone; she cried and said she hates me.",
        "Tia Marsden; Connor Halls; DS Pryor",
        "E16",
    ),
    (
        HOME,
        "2026-02-20 19:30",
        "Tia says Connor has blocked her on everything. Very low, cut R wrist (superficial x2), cleaned and dressed by staff, declined hospital. 15 min checks overnight.",
        "Tia; Connor",
        None,
    ),
    # E17 NRM referral (police told two days later)
    (
        HCS,
        "2026-02-24",
        "Submitted a National Referral Mechanism referral (child sexual exploitation) as first responder, following the strategy discussion. Tia was told about it and what it means. Consent is not needed for a child.",
        "Tia Marsden; SW Osei",
        "E17",
    ),
    (
        HOME,
        "2026-02-24 19:00",
        "Keywork (PS). Tia asked what 'the form Ben did' is and if it means she's 'been trafficked'. Explained as best we could. Talked about healthy relationships using the 'Jay' example - Tia got cross and left.",
        "Tia; Priya; Ben; Jay",
        None,
    ),
    (
        VS,
        "2026-02-24",
        "Spring attendance 61% to date. Letter to SW and DT: attendance now a priority; spring PEP to be brought forward to w/c 9 March.",
        "Tia Marsden; SW Osei; Mr Dale",
        None,
    ),
    (
        BPOL,
        "2026-02-25",
        "RHI (return interview) debrief rec'd from Hallowfield CC for MFH 26/0391: stayed at HALLS flat 13-15/02, other males present Sat (not named). Intel submitted. Linked to 26/0114.",
        "MARSDEN Tia; HALLS",
        "E15",
    ),
    (
        HPOL,
        "2026-02-23",
        "Minutes rec'd from Hallowfield CSC - strategy disc 17/02 re MARSDEN Tia. Police actions confirmed: CAWN HALLS (done 19/02), intel development. Filed to DS Pryor.",
        "MARSDEN Tia; HALLS; DS Pryor",
        "E14",
    ),
    (
        CAMHS,
        "2026-02-25 16:00",
        "Session 7 (LM). Tia escorted. Cutting after 'Connor blocked me'. Mood 2/10, passive thoughts 'everyone would be better off', no plan. Safety plan updated; increased to weekly. Discussed with Dr Adeyemi.",
        "Tia; LM; Connor; Dr Adeyemi",
        None,
    ),
    (
        BPOL,
        "2026-02-26",
        "Notified by placing LA (SW Osei) that a National Referral Mechanism referral has been submitted for MARSDEN Tia (CSE). OIC DC Lowther. Crime recorded (Modern Slavery Act) - for review.",
        "MARSDEN Tia; SW Osei; DC Lowther",
        "E17",
    ),
    (
        HOME,
        "2026-02-26 19:30",
        "Keywork (PS). Tia wrote a letter to Mum (not sent - her choice). Talked about school and the college taster. Settled evening.",
        "Tia; Priya; Mum",
        None,
    ),
    # ---------------- March ----------------
    (
        HPOL,
        "M:2026-03",
        "INTEL 26/INT/0922: HALLS Connor believed to be contacting MARSDEN Tia via new Snapchat account since CAWN. Grade C. For DS Pryor.",
        "HALLS Connor; MARSDEN Tia; DS Pryor",
        None,
    ),
    (
        CAMHS,
        "2026-03-02",
        "Report sent to IRO for LAC review on 04/03 - LM unable to attend (clinic). Summary: weekly sessions, self-harm ongoing, passive SI, no plan.",
        "Tia; LM; IRO Ellison",
        None,
    ),
    # E18 spring looked-after review; the clinic's results call that morning is separate
    (
        SH,
        "2026-03-04 11:20",
        "Tel results to Tia (ID checked): chlamydia POSITIVE, others negative. Treatment + contraception appt booked 10/03. Partner notification discussed - 'I don't know where he lives' (declined).",
        "Tia Marsden; Gemma",
        None,
    ),
    (
        HCS,
        "2026-03-04 14:00",
        "Looked after review held at Larchwood House, chaired by me as Independent Reviewing Officer (Margaret Ellison). Present: Tia (first half), SW Ben Osei, Angela Hurst and Priya Sandhu (Larchwood), Helen Forbes (virtual school). Written report from CAMHS. Tia wants to go back to Hallowfield; I explained why that is not safe at present. Care plan endorsed: remain at Larchwood; exploitation plan; PEP to be held next week; CAMHS weekly. Next review by 4 June.",
        "Tia Marsden; IRO Ellison; SW Osei; Angela; Priya; Mrs Forbes",
        "E18",
    ),
    (
        HOME,
        "2026-03-04 14:00",
        "LAC review 2pm in the lounge - IRO Margaret, SW Ben, RM, Priya, virtual school lady. Tia stayed 30 min then went to her room. She told the IRO she wants to go home to Mum.",
        "Tia; IRO Ellison; Ben; RM; Priya",
        "E18",
    ),
    (
        VS,
        "2026-03-04",
        "CLA review attended (HF) at the placement. Education update given: attendance 61%, predicted grades 3-4. Agreed PEP 11/03 at school.",
        "Tia Marsden; HF",
        "E18",
    ),
    # E19 second sexual health visit (GP files the clinic letter 9 days later)
    (
        SH,
        "2026-03-10 10:00",
        "Attendance with keyworker (seen alone). Chlamydia treated (doxycycline 7/7). Contraceptive implant (Nexplanon) fitted L arm after counselling - Fraser competent. Says no contact with the 19yo 'since the police thing'. Follow-up in 3 months. Letter to GP with consent.",
        "Tia Marsden; Gemma",
        "E19",
    ),
    (
        HOME,
        "2026-03-10 10:00",
        "Priya took Tia to sexual health 10am (treatment + implant). Arm sore, paracetamol given (kept in office). Went to school after lunch.",
        "Tia; Priya",
        "E19",
    ),
    # E20 spring PEP (the SW's note written up with a w/c date)
    (
        VS,
        "2026-03-11 13:00",
        "PEP (Spring) at Kelbrook Academy: Mr Dale (DT), HF (VS), SW Osei, keyworker, Tia. Attendance 61% - target 85%. Alternative timetable 2 afternoons (college taster, childcare). Tutor switched to in-school. PP+ £400 agreed. Exam access: extra time assessment requested.",
        "Tia Marsden; Mr Dale; HF; SW Osei; Priya",
        "E20",
    ),
    (
        HOME,
        "2026-03-11 13:00",
        "Priya at school 1pm for Tia's education plan meeting with the virtual school and Ben. Tia joined for the end - pleased about the college taster.",
        "Tia; Priya; Ben",
        "E20",
    ),
    (
        HCS,
        "A:2026-03-09:2026-03-13:w/c 9 March 2026",
        "Went to Tia's Personal Education Plan meeting at Kelbrook Academy with the designated teacher and the virtual school. Her attendance is low; a part-time college taster has been agreed, which she seemed pleased about.",
        "Tia Marsden; Mr Dale; Mrs Forbes",
        "E20",
    ),
    (
        BPOL,
        "2026-03-12",
        "Digital download (consent) of MARSDEN Tia's phone completed. Snapchat messages from 2 accounts linked to HALLS since 19/02 (breach of CAWN is not an offence - intel). Images: none indecent found.",
        "MARSDEN Tia; HALLS",
        None,
    ),
    (
        HOME,
        "2026-03-12 19:30",
        "Keywork (PS). Made a 'safe people' map. Tia put Priya, Leanne, her mum and 'Darren (nights)' on it.",
        "Tia; Priya; Leanne; Mum; Darren",
        None,
    ),
    # E21 CAMHS session recorded by both (look-alike of E04/E07); VS note that day is separate
    (
        CAMHS,
        "2026-03-16 15:00",
        "Medical review (Dr Adeyemi) with LM. Persistent low mood >3 months, functional impairment. Start fluoxetine 10mg od, titrate to 20mg in 4/52. Meds to be held by carers. Letter to GP.",
        "Tia; Dr Adeyemi; LM",
        None,
    ),
    (
        CAMHS,
        "2026-03-18 16:00",
        "Session 10 (LM). Tia escorted by keyworker. Mood 4/10, self-harm 1x/week. Started fluoxetine 10mg (Dr Adeyemi r/v 16/03). Talked about a night worker she 'really gets on with' - explored boundaries.",
        "Tia; LM; Priya; Dr Adeyemi",
        "E21",
    ),
    (
        HOME,
        "2026-03-18 16:00",
        "Priya took Tia to CAMHS (Leanne) 4pm. Tia quiet in the car. Fluoxetine now in the meds cabinet - 1 daily, signed.",
        "Tia; Priya; Leanne",
        "E21",
    ),
    (
        VS,
        "2026-03-18",
        "Mock results (from Mr Dale): English 4, maths 3, science 3-3, art 5, childcare merit. College taster starts 24/03.",
        "Tia Marsden; Mr Dale",
        None,
    ),
    (
        GP,
        "2026-03-19",
        "Letter SH service (clinic 10/03/26): chlamydia treated, Nexplanon fitted L arm. Nil GP action. Read-coded.",
        "Tia Marsden",
        "E19",
    ),
    # E22 LADO referral about a night worker (the home's call, the LADO's record, the SW's Monday note, the IRO's month note)
    (
        HOME,
        "2026-03-20 11:30",
        "Disclosure to Priya (Tia off school, in kitchen): night worker Darren has been messaging her on Snapchat from his own account for about 3 weeks, bought her vapes and said she is 'mature for her age' and 'don't tell the others'. Tia showed messages. Priya wrote it up word for word and told RM straight away.",
        "Tia; Darren; Priya; RM",
        None,
    ),
    (
        HOME,
        "2026-03-20 13:45",
        "RM rang the LADO (Paul Fenn) 13:45 re Tia's disclosure about Darren. Advised: do not speak to Darren about it yet; take him off shift; Reg 40 to Ofsted; tell placing SW. Darren phoned at 15:00 and told he is suspended pending investigation.",
        "RM; LADO Fenn; Darren; Tia",
        "E22",
    ),
    (
        BCS,
        "2026-03-20 13:45",
        "LADO - initial consultation: RM Larchwood House (Angela Hurst) re night support worker Darren Pike. Alleged: personal Snapchat contact with 15yo resident (placed-in LAC, Hallowfield), gifts (vapes), grooming-type language. Threshold met for harm test (behaved in a way that indicates may pose a risk). Advised suspension; police to be consulted; ASM to be arranged.",
        "Angela; Darren Pike; Tia Marsden; LADO Fenn",
        "E22",
    ),
    (
        HCS,
        "2026-03-23",
        "Email from Angela Hurst sent late on Friday: Tia told her keyworker that a night worker, Darren Pike, has been messaging her privately and buying her vapes. Larchwood has referred it to the Brackenshaw LADO and he has been suspended. I rang Tia; she said she is worried that she has got Darren into trouble.",
        "Angela; Darren Pike; Tia Marsden",
        "E22",
    ),
    (
        HCS,
        "M:2026-03",
        "IRO note for the file (Margaret Ellison): in March 2026 an allegation about a member of staff at Larchwood House was referred to the Designated Officer in Brackenshaw by the home. IRO to be kept informed of the outcome.",
        "IRO Ellison; Tia Marsden",
        "E22",
    ),
    (
        VS,
        "2026-03-23",
        "Attendance last week 3/5 days; college taster starts tomorrow. DT reports Tia 'distracted, on edge' Friday afternoon.",
        "Tia Marsden; Mr Dale",
        None,
    ),
    # E23 allegations strategy meeting (ASM) with LADO; SW gets the minutes 6 days later
    (
        BCS,
        "2026-03-25 10:00",
        "LADO ASM (allegations management meeting), chair Paul Fenn. Present: DC Lowther (police), Angela Hurst (RM, Larchwood), SW Ben Osei (placing LA). Ofsted informed by provider (Reg 40). Agreed: police to review the messages for a criminal threshold (sexual communication with a child); employer investigation paused meanwhile; Darren Pike stays suspended; Tia to be supported by keyworker. Review meeting 4 weeks.",
        "LADO Fenn; DC Lowther; Angela; SW Osei; Darren Pike; Tia Marsden",
        "E23",
    ),
    (
        BPOL,
        "2026-03-25 10:00",
        "LADO strategy meeting re PIKE Darren (residential worker, Larchwood House) - DC Lowther. Victim MARSDEN Tia. Police to review Snapchat messages (already downloaded 12/03) for s.15A. Voluntary interview to be arranged.",
        "PIKE; MARSDEN Tia; DC Lowther",
        "E23",
    ),
    (
        HOME,
        "2026-03-25 10:00",
        "RM at LADO meeting 10am (Brackenshaw Council offices). Darren remains suspended. Staff team told only that a colleague is 'not on shift at present'.",
        "RM; Darren",
        "E23",
    ),
    (
        VS,
        "2026-03-25",
        "College taster day 1 - Tia attended, 'really enjoyed it' per DT.",
        "Tia Marsden; Mr Dale",
        None,
    ),
    (
        HOME,
        "2026-03-27 21:40",
        "Tia upset after messages from an account she thinks is 'one of Connor's mates' saying she 'got a man sacked'. Screenshots sent to DC Lowther. Tia in her room, 15 min checks.",
        "Tia; Connor; DC Lowther",
        None,
    ),
    # E24 the overdose: home's 999 call, ED and admission to the paediatric ward, EDT call, MASH on Monday,
    #     discharge on 1 April and the GP's discharge summary on 10 April
    (
        HOME,
        "2026-03-28 22:40",
        "22:35 Tia came to the office and told night staff she took 24 paracetamol about 8pm (packet from Kacey's bag). 999 called 22:37. Staff went in ambulance with her to A&E at the General. RM + Hallowfield EDT informed.",
        "Tia; Kacey; RM",
        "E24",
    ),
    (
        HOSP,
        "2026-03-28 23:25",
        "ED (paeds): 15F, LAC, BIBA with carer. Intentional OD paracetamol 24 x 500mg (12g, ~222mg/kg) at approx 20:00, single ingestion, after online messages. GCS 15. 4h level 188 mg/L - above treatment line. SNAP NAC started 00:40. LFTs/INR baseline normal. Admit paeds under Dr Hanif. Safeguarding referral to MASH.",
        "Tia Marsden; Dr Hanif",
        "E24",
    ),
    (
        HCS,
        "2026-03-28 23:55",
        "EDT: Larchwood House rang. Tia has taken an overdose of paracetamol and is in A&E at Brackenshaw General with a member of staff. She will be kept in. Day team to follow up on Monday.",
        "Tia Marsden",
        "E24",
    ),
    (
        HOSP,
        "2026-03-29 04:10",
        "Admitted Ward 9 (paediatrics) from ED, on NAC. Carer from placement with her. Obs stable. 1:1 RMN requested (not available - HCA 1:1). Plan: complete NAC, repeat bloods, CAMHS r/v Monday.",
        "Tia Marsden",
        "E24",
    ),
    (
        HOME,
        "2026-03-29 14:00",
        "Priya visited Tia on Ward 9 with clothes, phone charger and her teddy. Tia said she 'just wanted everything to stop'. Asked if Darren had been sacked. Priya stayed 2 hrs.",
        "Tia; Priya; Darren",
        None,
    ),
    (
        BCS,
        "2026-03-30",
        "MASH: safeguarding referral from Brackenshaw General ED (28.03) - Tia Marsden, placed-in LAC, intentional paracetamol overdose, admitted Ward 9. Forwarded to placing LA (Hallowfield) - case held there. Exploitation hub and LADO made aware.",
        "Tia Marsden; Shona; LADO Fenn",
        "E24",
    ),
    # E25 CAMHS crisis assessment on the ward (Monday) - same day as the MASH note above
    (
        CAMHS,
        "2026-03-30 11:00",
        "CRISIS ASSESSMENT on Ward 9 (Dr Adeyemi + LM). Keyworker present for part; SW by phone. OD planned for 'a couple of days', left no note, told staff 2.5h later. Ongoing SI, says she 'will do it properly next time'. Triggers: Connor, LADO issue, feeling blamed. Risk HIGH. Plan: remain on ward, 1:1; consider Tier 4 admission.",
        "Tia; Dr Adeyemi; LM; Priya; SW Osei; Connor",
        "E25",
    ),
    (
        HOSP,
        "2026-03-30 11:00",
        "Ward 9: seen by CAMHS (Dr Adeyemi) - remains high risk, not for discharge; 1:1 continues. NAC completed 29/03, repeat LFTs normal. Medically fit.",
        "Tia Marsden; Dr Adeyemi",
        "E25",
    ),
    (
        HOME,
        "2026-03-30 11:00",
        "Priya at the hospital for Tia's mental health assessment with CAMHS (Leanne and the consultant). They may look for a mental health unit bed.",
        "Tia; Priya; Leanne",
        "E25",
    ),
    (
        HCS,
        "2026-03-30 11:00",
        "Joined Tia's CAMHS crisis assessment on the ward by phone. Dr Adeyemi thinks Tia is at high risk of trying again and is considering an inpatient admission. Tia spoke to me briefly and said sorry.",
        "Tia Marsden; Dr Adeyemi",
        "E25",
    ),
    # E26 Tier 4 referral / bed search begun (the consultant's call to the SW); the ward round is separate
    (
        HOSP,
        "2026-03-31 09:30",
        "Ward round (Dr Hanif): medically fit for discharge. Awaiting CAMHS plan. Eating and drinking. 1:1 HCA. Social: placement aware.",
        "Tia Marsden; Dr Hanif",
        None,
    ),
    (
        CAMHS,
        "2026-03-31 12:00",
        "Tier 4 referral (GAU) submitted to the provider collaborative - urgent. Bed search started; no local bed, nearest possible 120 miles. SW (Ben Osei) informed by phone 12:15. Interim: CAMHS IHT on discharge if no bed.",
        "Tia; Dr Adeyemi; SW Osei",
        "E26",
    ),
    (
        HCS,
        "2026-03-31 12:15",
        "Dr Adeyemi (CAMHS consultant) rang to say she has asked for a bed for Tia in an adolescent inpatient mental health unit. There are none nearby; it could be 120 miles away. Discussed consent and parental responsibility - the local authority shares PR under the care order. Will tell Ms Marsden.",
        "Tia Marsden; Dr Adeyemi; Lorraine Marsden",
        "E26",
    ),
    (
        HCS,
        "2026-03-31 16:30",
        "Minutes of the LADO allegations meeting of 25 March arrived today. Police are checking the messages; Darren Pike stays suspended; I am to make sure Tia is told the outcome when it is known.",
        "Darren Pike; Tia Marsden; LADO Fenn",
        "E23",
    ),
    (
        HOSP,
        "2026-04-01 14:30",
        "Discharged from Ward 9 to care of placement staff (keyworker). No Tier 4 bed; CAMHS IHT to visit daily from 02/04. Meds: fluoxetine - 7 days, held by carers. D/c summary to GP.",
        "Tia Marsden; Priya",
        "E24",
    ),
    (
        HOME,
        "2026-04-01 14:30",
        "Priya collected Tia from Ward 9 at 14:30 when she was discharged. Back home 15:10. 1:1 staff all waking hours, sharps and meds locked, room checked. Kacey moved to other corridor.",
        "Tia; Priya; Kacey",
        "E24",
    ),
    (
        CAMHS,
        "2026-04-01",
        "IHT referral accepted (crisis/home treatment team). Daily visits from 02/04 while Tier 4 search continues. LM to remain care coordinator.",
        "Tia; LM",
        None,
    ),
    (
        CAMHS,
        "2026-04-02 11:00",
        "IHT visit at placement. Tia in bed, engaged for 15 min. SI present, no plan today. 1:1 staffing in place. Bed search: no bed offered.",
        "Tia",
        None,
    ),
    (
        HOME,
        "2026-04-02 12:00",
        "Tia stayed in her room most of the day, 1:1 in the doorway. Did 20 min of the school work pack with Priya. Ate a little at tea.",
        "Tia; Priya",
        None,
    ),
    (
        HCS,
        "2026-04-02",
        "Management oversight (TM Whitlow): overdose and possible inpatient admission. Agreed additional funding for 1:1 staffing at Larchwood for four weeks. Placement stability to be reviewed at the next looked after review.",
        "Tia Marsden; TM Whitlow",
        None,
    ),
    # E27 statutory visit recorded by SW and home (look-alike of E03); IHT visit the same afternoon is separate
    (
        HCS,
        "2026-04-07 11:00",
        "Statutory visit to Larchwood House. Saw Tia alone. She is tired and flat but talked about the college course. She does not want to go to a hospital 'miles away'. Saw the 1:1 staffing plan and her room.",
        "Tia Marsden",
        "E27",
    ),
    (
        HOME,
        "2026-04-07 11:00",
        "SW Ben visited 11:00, saw Tia alone for an hour. She ate lunch with him and staff afterwards.",
        "Tia; Ben",
        "E27",
    ),
    (
        CAMHS,
        "2026-04-07 16:00",
        "IHT visit. Tia up and dressed, watched a film with staff. SI fleeting. No self-harm since discharge.",
        "Tia",
        None,
    ),
    # E28 Tier 4 stand-down professionals meeting (the home's weekly summary gives only the week);
    #     the GP files the discharge summary the same day (E24)
    (
        GP,
        "2026-04-10",
        "D/c summary Brackenshaw General (adm 28/03-01/04/26): intentional OD paracetamol 12g, NAC, LFTs normal. CAMHS crisis assessment - high risk, Tier 4 referral, IHT on discharge. Safeguarding code + LAC alert.",
        "Tia Marsden",
        "E24",
    ),
    (
        CAMHS,
        "2026-04-10 14:00",
        "Professionals meeting (Teams) - Dr Adeyemi, LM, IHT, SW, Larchwood RM. Tia declines admission; risk reduced (no SH since d/c, engaging with IHT). Tier 4 bed search STOOD DOWN. Plan: IHT to 24/04, then weekly LM + DBT skills group.",
        "Tia; Dr Adeyemi; LM; SW Osei; RM",
        "E28",
    ),
    (
        HCS,
        "2026-04-10 14:00",
        "Professionals meeting with CAMHS and Larchwood. The search for a mental health hospital bed has been stopped: Tia does not want to go, and the risk has come down with the daily home treatment visits. Tia stays at Larchwood with 1:1 staffing for now.",
        "Tia Marsden; Dr Adeyemi; Angela",
        "E28",
    ),
    (
        HOME,
        "A:2026-04-06:2026-04-10:w/c 06/04/26",
        "Weekly summary (RM): meeting on Friday with CAMHS and Ben - no hospital bed needed now ('Tier 4' stopped). 1:1 continues. Tia back at school part-time from 14/04.",
        "RM; Ben; Tia",
        "E28",
    ),
    (
        GP,
        "2026-04-14 16:20",
        "Tia seen w/ keyworker. Post-OD r/v: LFTs normal at d/c. On fluoxetine 10mg (CAMHS). Sleep improving. Implant site fine. Meds held by carers - 7-day scripts. R/v 4/52.",
        "Tia Marsden; Priya; Dr Wong",
        None,
    ),
    (
        VS,
        "2026-04-14",
        "Summer term: reintegration meeting at Kelbrook (Mr Dale, HF, keyworker). Part-time timetable 2 weeks, then full. Quiet room pass. Exam access: 25% extra time agreed.",
        "Tia Marsden; Mr Dale; HF; Priya",
        None,
    ),
    (
        BPOL,
        "2026-04-15",
        "PIKE Darren - VI conducted (DC Lowther). Admits Snapchat contact + vapes, 'just being kind'. Messages reviewed: no sexual content - s.15A not met. NFA criminal. LADO informed.",
        "PIKE; MARSDEN Tia; DC Lowther",
        None,
    ),
    (
        BCS,
        "2026-04-16",
        "LADO: police update by email - no criminal offence identified (Darren Pike), NFA. Employer investigation can now proceed. Outcome meeting set for 28.04.",
        "Darren Pike; LADO Fenn",
        None,
    ),
    # E29 missing episode 3 (Saturday, short) - reported, returned, Monday notification
    (
        HOME,
        "2026-04-18 16:10",
        "Tia and Kacey went to the shop 15:30 with staff, ran off at the bus stop. Not found in area. Tia reported MISSING 16:10 (Kacey reported separately). Tia on 1:1 - high concern post-OD.",
        "Tia; Kacey",
        "E29",
    ),
    (
        BPOL,
        "2026-04-18 16:25",
        "MFH 26/1102. MARSDEN Tia 15y LAC, 3rd MFH. Ran from staff at bus stop with LISTER Kacey (separate MFH 26/1101). Risk HIGH (recent OD, CSE). Patrols + drone unit on standby.",
        "MARSDEN Tia; LISTER Kacey",
        "E29",
    ),
    (
        HOME,
        "2026-04-18 19:45",
        "Tia walked back in 19:40 on her own (Kacey still out). Said they went to the park and 'didn't do anything'. No injuries, not intoxicated. Police informed.",
        "Tia; Kacey",
        "E29",
    ),
    (
        BPOL,
        "2026-04-18 20:10",
        "MFH 26/1102 - RETURNED 19:40 (self). S&W by PC 3018 - no concerns raised. Closed.",
        "MARSDEN Tia",
        "E29",
    ),
    (
        BCS,
        "2026-04-20",
        "Police missing notification (weekend): Tia Marsden missing 18.04 16:10-19:40 from Larchwood House with another resident. 3rd episode. Tracker updated; to MACE in May.",
        "Tia Marsden; Kacey",
        "E29",
    ),
    # E30 attempted return home interview, recorded by both
    (
        HCS,
        "2026-04-21 16:00",
        "Return home interview offered (Jess Carney) for the 18 April episode. Tia would not come out of her room; we spoke briefly through the door. She said she 'just went to the park' and didn't want to talk. Interview declined - to be offered again by phone.",
        "Tia Marsden; Jess",
        "E30",
    ),
    (
        HOME,
        "2026-04-21 16:00",
        "Jess came for RHI at 4pm, Tia stayed in her room and refused. Jess left a card.",
        "Tia; Jess",
        "E30",
    ),
    (
        VS,
        "2026-04-21",
        "Part-time timetable week 2: Tia attended 4 of 5 mornings. DT positive.",
        "Tia Marsden; Mr Dale",
        None,
    ),
    (
        CAMHS,
        "2026-04-22 16:00",
        "Session 11 (LM) - first clinic session after IHT. Mood 5/10. No SH for 3 weeks. DBT skills group starts 06/05.",
        "Tia; LM",
        None,
    ),
    (
        HOME,
        "2026-04-23 19:00",
        "Keywork (PS). Talked about what happened with Darren - Tia says she 'liked having someone on nights who got her'. Reassured her none of it was her fault.",
        "Tia; Priya; Darren",
        None,
    ),
    # E31 LADO outcome meeting; the clinic's booking call that day is separate
    (
        SH,
        "2026-04-28 09:05",
        "Tia phoned to book an appt 'for a check'. Booked 05/05 15:30.",
        "Tia Marsden",
        None,
    ),
    (
        BCS,
        "2026-04-28 10:00",
        "LADO outcome meeting, chair Paul Fenn. Present: Angela Hurst, DC Lowther, SW Osei (by phone). Outcome: SUBSTANTIATED - inappropriate relationship with a resident (private messaging, gifts, secrecy), not sexual. Employer disciplinary hearing 06.05; referral to DBS to be considered if dismissed. Case closed to LADO on confirmation of outcome.",
        "LADO Fenn; Angela; DC Lowther; SW Osei; Darren Pike; Tia Marsden",
        "E31",
    ),
    (
        HOME,
        "2026-04-28 10:00",
        "RM to LADO outcome meeting - allegation about Darren substantiated. Disciplinary 6 May. Priya to tell Tia in an age-appropriate way tonight.",
        "RM; Darren; Priya; Tia",
        "E31",
    ),
    (
        HCS,
        "2026-04-28 10:00",
        "Joined the LADO outcome meeting by phone. The allegation against Darren Pike has been found substantiated - he had a private, secret relationship with Tia through messages and gifts, though nothing sexual was found. Priya will tell Tia this evening; I will visit on Thursday.",
        "Darren Pike; Tia Marsden; Priya",
        "E31",
    ),
    (
        BPOL,
        "2026-04-28 10:00",
        "LADO outcome mtg (DC Lowther): PIKE - substantiated (boundaries), police NFA stands. Crime closed.",
        "PIKE; DC Lowther",
        "E31",
    ),
    # ---------------- May ----------------
    (
        SH,
        "2026-05-05 15:30",
        "Attendance, came alone. STI re-screen (test of cure) + pregnancy test neg. Implant OK. Says she has a 'new boyfriend, 19, Reece'. CSE concerns - SW informed by phone 16:10 (left message).",
        "Tia Marsden; Reece",
        None,
    ),
    (
        HOME,
        "2026-05-05 22:10",
        "Tia went out 20:00 'to the shop', not back for 21:30 curfew. Answering phone - says she is 'with friends in town', refused to say where. Reported late (not missing) as in contact. Staff driving round town.",
        "Tia",
        None,
    ),
    # E32 police stop of a car late that night and Tia brought back after midnight
    (
        BPOL,
        "2026-05-05 23:50",
        "Vehicle stop, Mill Lane industrial est. Grey Astra (VRM matches 13/02 partial). Driver DOYLE Reece (19), unknown male passenger (refused details). MARSDEN Tia (15, LAC) in rear, cannabis smell. Tia taken home by officers. DOYLE reported for drug driving test (neg) + intel. Referral to exploitation team.",
        "DOYLE; MARSDEN Tia",
        "E32",
    ),
    (
        HOME,
        "2026-05-06 00:35",
        "Tia brought back by police 00:30 - they stopped a car she was in at the industrial estate with two men. Smelt of cannabis. Went straight to bed. RM informed.",
        "Tia; RM",
        "E32",
    ),
    (
        HCS,
        "2026-05-06",
        "Larchwood emailed first thing: police brought Tia back after midnight after stopping a car she was in with two men, one of them Reece Doyle, 19. Asked TM for a strategy discussion.",
        "Tia Marsden; Reece Doyle; TM Whitlow",
        "E32",
    ),
    # E33 second strategy discussion - host police only (look-alike of E14); the home's log that day is separate
    (
        HCS,
        "2026-05-07 10:00",
        "Strategy discussion (Teams), chaired by TM Whitlow. SW Osei, DC Lowther (Brackenshaw Police), Shona McRae (exploitation hub). Hallowfield Police not invited - no Hallowfield link this time. New concern: Reece Doyle, 19, car matches the one from February. Agreed: continue section 47; CAWN on Reece Doyle (Brackenshaw Police); consider a placement further away from both towns at the looked after review next week.",
        "Tia Marsden; Reece Doyle; TM Whitlow; SW Osei; DC Lowther; Shona",
        "E33",
    ),
    (
        BPOL,
        "2026-05-07 10:00",
        "Strat disc (Hallowfield CC) - DC Lowther. MARSDEN Tia / DOYLE Reece. CAWN on DOYLE to be served (Brackenshaw). ANPR marker on vehicle.",
        "MARSDEN Tia; DOYLE; DC Lowther",
        "E33",
    ),
    (
        BCS,
        "2026-05-07 10:00",
        "Exploitation hub: strategy discussion (placing LA) - Shona attended. Reece Doyle known to hub (linked to two other girls). MACE 14.05.",
        "Tia Marsden; Reece Doyle; Shona",
        "E33",
    ),
    (
        CAMHS,
        "2026-05-06 16:00",
        "DBT skills group week 1 (adolescent group, 6 young people). Tia attended, sat near the door, joined in the mindfulness task. Escorted by staff.",
        "Tia",
        None,
    ),
    (
        HOME,
        "2026-05-07 16:30",
        "Tia back from school on time. Helped cook tea. Phone handed in 21:30. Good evening.",
        "Tia",
        None,
    ),
    (
        BPOL,
        "2026-05-09 14:30",
        "CAWN served on DOYLE Reece at home address by PC 3018 re MARSDEN Tia. Signed.",
        "DOYLE Reece; MARSDEN Tia",
        None,
    ),
    (
        HOME,
        "2026-05-09 11:00",
        "Saturday trip to the beach with Priya and one other staff. Tia relaxed, bought a shell necklace for Mum. Home 17:00.",
        "Tia; Priya; Mum",
        None,
    ),
    # E34 second looked-after review (placement move agreed); the GP's review that day is separate
    (
        HCS,
        "2026-05-13 14:00",
        "Looked after review at Larchwood House, chaired by the Independent Reviewing Officer (Margaret Ellison). Present: Tia, SW Osei, Angela Hurst, Priya Sandhu, Leanne Moss (CAMHS), Helen Forbes (virtual school). Ms Marsden joined by phone. Decision: plan a move to Fernbank, a single-child home with therapeutic support in Oakridge, away from both Brackenshaw and Hallowfield, from 1 June. Tia agreed 'if I can still see Priya'. Exams to be sat at Kelbrook with transport.",
        "Tia Marsden; IRO Ellison; SW Osei; Angela; Priya; Leanne; Mrs Forbes; Lorraine Marsden",
        "E34",
    ),
    (
        HOME,
        "2026-05-13 14:00",
        "LAC review 2pm - IRO, Ben, RM, Priya, CAMHS, virtual school, Mum on phone. Tia to move to a new home on 1 June. Tia cried, then said 'maybe it's best'.",
        "Tia; IRO Ellison; Ben; RM; Priya; Mum",
        "E34",
    ),
    (
        VS,
        "2026-05-13",
        "CLA review (HF). Placement move 01/06 agreed; Tia to finish GCSEs at Kelbrook with taxi from Oakridge (daily 50 min). Post-16 college place confirmed.",
        "Tia Marsden; HF",
        "E34",
    ),
    (
        CAMHS,
        "2026-05-13 14:00",
        "LAC review attended (LM). Moving placement 01/06 to Oakridge - transfer of care to Oakridge CAMHS to be arranged; LM to continue until handover.",
        "Tia; LM",
        "E34",
    ),
    (
        GP,
        "2026-05-13 09:00",
        "Tia - med r/v w/ keyworker. Fluoxetine 20mg (CAMHS increased). Mood better. No SH 5/52. 7-day scripts continue.",
        "Tia Marsden; Priya; Dr Wong",
        None,
    ),
    (
        VS,
        "2026-05-20",
        "GCSE English Language paper 1 sat - Tia present, extra time used. DT: 'calm'.",
        "Tia Marsden; Mr Dale",
        None,
    ),
    (
        HCS,
        "2026-05-26",
        "Visited Fernbank with Tia and Priya. Tia met the manager and chose her bedroom colours. She asked if Kacey could visit.",
        "Tia Marsden; Priya; Kacey",
        None,
    ),
    (
        HOME,
        "2026-05-29 18:00",
        "Leaving tea for Tia - pizza and cake. Kacey made a card. Priya gave her a photo book.",
        "Tia; Kacey; Priya",
        None,
    ),
    # ---------------- June ----------------
    # E35 placement move out (CAMHS records it approximately; the virtual school is told 2 days later)
    (
        HOME,
        "2026-06-01 10:00",
        "Tia left Larchwood 10:00 with SW Ben and Priya for her new placement (Fernbank). Belongings in 6 bags + 2 boxes. Meds handed to Ben (signed). Placement ended.",
        "Tia; Ben; Priya",
        "E35",
    ),
    (
        HCS,
        "2026-06-01 10:00",
        "Moved Tia from Larchwood House to Fernbank in Oakridge. Priya came with us and stayed for lunch. Tia was nervous but unpacked her room with staff before we left at 3pm. Notifications to follow.",
        "Tia Marsden; Priya",
        "E35",
    ),
    (
        CAMHS,
        "A:2026-06-01:2026-06-05:early June 2026 (approx.)",
        "Tia moved from Larchwood House to a new placement in Oakridge at the start of June (date to be confirmed with SW).",
        "Tia",
        "E35",
    ),
    (
        BCS,
        "2026-06-02",
        "Placed-in register: notification from Hallowfield CC - Tia Marsden left Larchwood House on 01.06.2026 (moved to Oakridge). Removed from the placed-in list; exploitation hub and MACE informed.",
        "Tia Marsden; Shona",
        "E35",
    ),
    (
        VS,
        "2026-06-03",
        "SW emailed: Tia moved placement to Fernbank, Oakridge on 1 June. School taxi arranged from 02/06. PEP update due.",
        "Tia Marsden; SW Osei",
        "E35",
    ),
    (
        CAMHS,
        "2026-06-10",
        "Transfer of care letter to Oakridge CAMHS sent (LM). Last session with LM 17/06 by video.",
        "Tia; LM",
        None,
    ),
    (
        GP,
        "2026-06-12",
        "Pt removed from list - registered elsewhere (Oakridge). Records transferred electronically.",
        "Tia Marsden",
        None,
    ),
    (
        HCS,
        "2026-06-15",
        "Statutory visit at Fernbank. Tia settled, sleeping better. Two more GCSE papers this week. No missing episodes since the move.",
        "Tia Marsden",
        None,
    ),
    (
        VS,
        "2026-06-15",
        "GCSE maths paper 2 sat (taxi from Oakridge on time). Attendance since move 100%.",
        "Tia Marsden",
        None,
    ),
]


def main():
    out = HERE / "case_be.json"
    casegen.build(
        "be",
        "15-year-old placed out of area in a children's home: self-harm, online sexual "
        "exploitation, missing episodes and return home interviews, overdose (ED, paediatric ward, "
        "CAMHS crisis assessment, Tier 4 bed search), LADO referral about a night worker, IRO "
        "reviews, PEP, strategy discussions with two police forces, NRM referral, sexual health "
        "clinic and a placement move; 10 agencies, Oct 2025 - Jun 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
