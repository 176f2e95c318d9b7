# ruff: noqa
"""Writing aid for case_ab (fictional; written blind, see case_ab_README.md).

    python3 bench/data/merging/build_ab.py      # writes bench/data/merging/case_ab.json

A precision-stress case. A baby (Theo, born August 2025) and a six-year-old (Skye); their
mother Kerry-Ann has postnatal depression on a background of EUPD traits, her partner Liam
(Theo's father) misuses alcohol; maternal grandmother Brenda is the protective relative.
Eight agencies, Aug 2025 - Mar 2026. Many look-alike and same-day entries that are NOT one
event. Every entry is written by hand (no random filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# two extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("hv", "%d %b %y")  # 02 Sep 25
casegen.STYLES.setdefault("alc", "%a %d/%m/%y")  # Thu 09/10/25

CSC = "Children's Social Care"
POL = "Police"
GP = "Oakfield Surgery"
HV = "Health visiting (0-19 service)"
SCH = "Hollins Park Primary"
ACU = "Acute hospital"
PMH = "Perinatal mental health team"
ALC = "Horizon alcohol service"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (HV, "health", "hv"),
    (SCH, "education", "school"),
    (ACU, "health", "health"),
    (PMH, "health", "iso"),
    (ALC, "other", "alc"),
]

PEOPLE = [
    ("Skye Tolley", ["Skye"], "Child S", "child"),
    ("Theo Fenwick", ["Theo", "baby Theo"], "Child T", "child"),
    ("Kerry-Ann Tolley", ["Kerry-Ann", "Ms Tolley", "Mum", "KAT"], "Mother", "parent"),
    (
        "Liam Fenwick",
        ["Liam", "Mr Fenwick", "FENWICK", "LF"],
        "Mother's partner (Theo's father)",
        "parent",
    ),
    ("Brenda Tolley", ["Brenda", "MGM", "Nan", "Mrs Tolley"], "Maternal grandmother", "family"),
    ("Amina Begum", ["SW Begum", "A Begum"], "Social worker", "professional"),
    ("Rob Harker", ["TM Harker"], "Team manager", "professional"),
    ("Sian Pryce", ["DC Pryce"], "Detective constable (CAIT)", "professional"),
    ("Helen Lang", ["Dr Lang"], "GP", "professional"),
    ("Gail Ormerod", ["Gail", "HV Ormerod"], "Health visitor", "professional"),
    ("Nadia Quinn", ["Mrs Quinn", "DSL Quinn"], "School DSL", "professional"),
    ("Tom Beckett", ["TB", "CPN Beckett"], "Perinatal community psychiatric nurse", "professional"),
    ("Jodie Marr", ["Jodie", "JM"], "Alcohol service recovery worker", "professional"),
    ("Farah Idris", ["Dr Idris"], "Consultant paediatrician", "professional"),
    ("Carol Benn", ["IRO Benn"], "Independent reviewing officer", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        GP,
        "Y:2018",
        "KAT - Dx recurrent depressive disorder; EUPD traits (CMHT 2016). OD paracetamol 03/18, adm 24h. Sertraline on/off since.",
        "Kerry-Ann Tolley",
        None,
    ),
    (
        POL,
        "M:2023-11",
        "Occ 23/88104 - FENWICK, Liam arrested drink driving (1.9x limit). Convicted, 18m ban. No DA markers at that time.",
        "Liam Fenwick",
        None,
    ),
    (
        ACU,
        "2025-08-10 06:12",
        "Maternity: SVD at 39+2, live male 3.21kg, Apgars 9/10. Mother known depression - perinatal MH alert on booking. Partner present. D/c day 2, BF + top-ups. Transfer of care to HV.",
        "Theo; Kerry-Ann Tolley; Liam Fenwick",
        None,
    ),
    (
        HV,
        "2025-08-22",
        "New birth visit (Gail). Theo 12/7, wt 3.30kg (50th). BF + formula top-ups. Mum 'up and down', tired; Liam at work, Skye at Nan's. UPP offered - fortnightly contacts agreed. Next 02/09.",
        "Theo; Mum; Liam; Skye; Nan; Gail",
        None,
    ),
    # ---------------- September ----------------
    # E01 GP referral to perinatal MH (sent / received 6 days later); HV visit same day is NOT it
    (
        GP,
        "2025-09-02 10:20",
        "KAT seen with baby. Low mood since delivery, poor sleep, intrusive thoughts 'something bad will happen to him' - no intent to harm, no SI. EPDS 19. Hx recurrent dep/EUPD. Restart sertraline 50mg od. Urgent referral to PNMHT sent. R/v 2/52.",
        "Kerry-Ann Tolley; Theo; Dr Lang",
        "E01",
    ),
    (
        HV,
        "2025-09-02 14:00",
        "UPP visit (Gail). Theo wt 3.92kg (50th), feeding well, alert. Mum EPDS 17 - said she saw the GP this morning and has been started on tablets. Safety plan discussed, Nan calling in daily. Skye at school.",
        "Theo; Mum; Nan; Gail",
        None,
    ),
    (
        PMH,
        "2025-09-08",
        "New referral received from Oakfield Surgery (Dr Lang, letter dated 02/09). 31F, 4/52 postpartum: low mood, intrusive harm-related thoughts, past self-harm. Triaged urgent - initial assessment at home offered for 18/09 and accepted by phone.",
        "Kerry-Ann Tolley; Dr Lang",
        "E01",
    ),
    # E02 PMH initial assessment and the GP's receipt of the letter 13 days later
    (
        PMH,
        "2025-09-18",
        "Initial assessment at home (Tom Beckett CPN, Dr Osei ST5). Kerry-Ann presents with moderate-severe postnatal depression on a background of EUPD traits. Intrusive thoughts ego-dystonic; no plans to harm self or Theo. Protective: her mother Brenda, the children. Partner Liam drinks 'most nights'. Plan: CPN weekly; advise GP increase sertraline to 100mg; psychiatry r/v 6/52. Letter to GP.",
        "Kerry-Ann Tolley; Theo; Brenda; Liam; TB",
        "E02",
    ),
    # E03 police call-out 1 (Sat) and its Monday notifications
    (
        POL,
        "2025-09-20 23:10",
        "Occ 25/141772. 999 from neighbour - shouting at 7 Larkhill Way. Officers att 23:25. TOLLEY, Kerry-Ann and FENWICK, Liam (in drink) - verbal argument only, no assault disclosed by either party. 2 children in addr, asleep, seen. DASH standard. PPN submitted. FENWICK remained at addr.",
        "Kerry-Ann Tolley; Liam Fenwick; Skye Tolley; Theo Fenwick",
        "E03",
    ),
    (
        SCH,
        "2025-09-22 08:30",
        "Operation Encompass email rec'd 08:10 - police attended Skye's home Saturday night (verbal argument, Mum and partner). Mrs Quinn informed. Skye seen at class door - smiling, nothing said. Agreed weekly check-ins with DSL (Mondays).",
        "Skye; Mum; Mrs Quinn",
        "E03",
    ),
    (
        CSC,
        "2025-09-22 09:40",
        "MASH: Police Protection Notice received for a domestic incident late on 20 September - a verbal argument between Ms Tolley and her partner Liam Fenwick, who had been drinking. Both children were in the house and asleep. Standard risk. No previous involvement with this family. Screened by MASH social worker: information shared with the health visitor and school; no further action by Children's Social Care at this stage, letter to Ms Tolley.",
        "Kerry-Ann Tolley; Liam Fenwick; Skye Tolley; Theo Fenwick",
        "E03",
    ),
    # E04 police call-out 2 two days later, the ED attendance that night, notifications, GP letter
    (
        POL,
        "2025-09-22 22:50",
        "Occ 25/142390. 999 from TOLLEY - partner 'smashing the place up'. Officers att 23:04. FENWICK (in drink) left prior to arrival. Glass panel kitchen door broken; TOLLEY laceration R hand - taken to ED by officers. Children present (baby in pram, 6yo awake and crying) - MGM Brenda TOLLEY attended to care. FENWICK located 00:40 at brother's addr, arrested crim damage. DASH medium. PPN submitted.",
        "Kerry-Ann Tolley; Liam Fenwick; Skye Tolley; Theo Fenwick; Brenda Tolley",
        "E04",
    ),
    (
        ACU,
        "2025-09-23 00:05",
        "ED (adults): 31F, 3cm laceration R palm from broken glass at home, brought by police. States partner broke the door, denies being struck. Wound irrigated, 4 x sutures. Routine enquiry DA - positive; IDVA info given. 6yo and 6/52 baby at home with grandmother. Safeguarding referral (adult + children) completed and sent to MASH. STO 10/7 at GP.",
        "Kerry-Ann Tolley",
        "E04",
    ),
    (
        SCH,
        "2025-09-23 08:20",
        "2nd Operation Encompass in 2 days - police at home again last night, Skye present and awake. Skye tired, quiet in class; told TA 'the glass broke and Mummy had blood'. Logged by Mrs Quinn.",
        "Skye; Mum; Mrs Quinn",
        "E04",
    ),
    (
        CSC,
        "2025-09-23 09:30",
        "MASH: second notification in under 72 hours. Police Protection Notice for last night (Liam Fenwick damaged the kitchen door while drunk; Ms Tolley's hand cut by glass; both children present, Skye awake) and a safeguarding referral from the Emergency Department. Re-referral - threshold for a strategy discussion met; booked for 25 September.",
        "Kerry-Ann Tolley; Liam Fenwick; Skye Tolley; Theo Fenwick",
        "E04",
    ),
    (
        HV,
        "2025-09-23 11:15",
        "Info from MASH (email): PPN re DA incident 20/09 - verbal, standard risk, children asleep. Noted, to discuss at next contact. Alert added to records.",
        "Theo; Mum; Liam",
        "E03",
    ),
    (
        POL,
        "2025-09-23 15:00",
        "FENWICK interviewed under caution re crim damage 22/09 - admits, says he 'lost it' after being told to leave. Released under investigation.",
        "Liam Fenwick",
        None,
    ),
    (
        GP,
        "2025-09-24",
        "MASH info request for strat disc (Skye, Theo). Sent: KAT PND on sertraline, ref PNMHT 02/09, EPDS 19. Skye - nil of note. LF not registered here. Unable to attend.",
        "Kerry-Ann Tolley; Skye; Theo",
        None,
    ),
    # E05 strategy discussion 25/9 (and HV's receipt of the minutes 30/9)
    (
        CSC,
        "2025-09-25 11:00",
        "Strategy discussion (Teams), chaired by TM Rob Harker. Present: SW Amina Begum, DS Kane (Police), Gail Ormerod (health visitor), Mrs Quinn (DSL). GP information received in writing. Two domestic incidents in three days with escalating damage; Liam's drinking; mother's postnatal depression. Agreed threshold met for section 47 enquiries for Skye and Theo, single agency led by Children's Social Care. Liam to be asked to stay at his brother's while enquiries take place. Both children to be seen within 2 working days.",
        "Skye Tolley; Theo Fenwick; Liam Fenwick; Kerry-Ann Tolley; TM Harker; SW Begum; Gail; Mrs Quinn",
        "E05",
    ),
    (
        POL,
        "2025-09-25 11:00",
        "Strat disc (MASH) re TOLLEY/FENWICK children. Police info: 2 x DA 20/09 + 22/09, FENWICK RUI crim damage. Outcome: s47 - CSC single agency. Police to share DA history + outcome of RUI.",
        "Skye Tolley; Theo Fenwick; FENWICK",
        "E05",
    ),
    (
        HV,
        "2025-09-25",
        "Strategy meeting via Teams 11:00 - HV attended. CP enquiries agreed (CSC lead). HV: continue fortnightly UPP, share EPDS and weights with SW.",
        "Theo; Skye; Gail",
        "E05",
    ),
    (
        CSC,
        "2025-09-26",
        "Management oversight (TM Harker): section 47 decision endorsed. Consider an initial conference when enquiries conclude. Ensure Skye is seen alone and Liam's drinking is assessed.",
        "Skye Tolley; Liam Fenwick",
        None,
    ),
    (
        SCH,
        "2025-09-29",
        "Weekly check-in (Mrs Quinn). Skye drew her family, included Nan and 'baby Theo'. Said home was 'quiet now'. No concerns.",
        "Skye; Nan; Theo; Mrs Quinn",
        None,
    ),
    (
        PMH,
        "2025-09-29",
        "CPN home visit (TB). KAT low, tearful; still on 50mg - GP letter sent. Liam staying at his brother's since 'the police thing'. Brenda present. No current risk to self or baby identified.",
        "Kerry-Ann; Brenda; Liam; TB",
        None,
    ),
    (
        HV,
        "2025-09-30 10:00",
        "6-8 week review at home (Gail). Theo wt 4.85kg (50th), social smile, hips/eyes NAD. Mum EPDS 15. Liam not present - 'at his brother's'. Safe sleep + ICON crying advice given.",
        "Theo; Mum; Gail",
        None,
    ),
    (
        HV,
        "2025-09-30 16:20",
        "Minutes of strategy meeting 25/09 rec'd from MASH by secure email; filed. HV actions confirmed (EPDS/weights to SW).",
        "Theo; Skye",
        "E05",
    ),
    # ---------------- October ----------------
    (
        GP,
        "2025-10-01",
        "Letter PNMHT - assessed 18/09: PND mod-severe, EUPD traits. Advise sertraline 100mg - rx amended. CPN Tom Beckett.",
        "Kerry-Ann Tolley; TB",
        "E02",
    ),
    # E06 DSL's phone call to CSC; E07 the SW's visit to school that afternoon (a separate happening)
    (
        SCH,
        "2025-10-01 10:15",
        "Skye to TA at morning break: 'Liam pushed me and I banged my arm on the door' - on Sunday when he came for his things. Bruise ~2cm L upper arm, body map done. Mrs Quinn rang Children's Services 10:40, spoke to SW Begum - keep Skye in school, SW coming this pm.",
        "Skye; Liam; Mrs Quinn; SW Begum",
        "E06",
    ),
    (
        CSC,
        "2025-10-01 10:40",
        "Telephone call from the designated safeguarding lead at Hollins Park Primary. Skye told a teaching assistant that Liam pushed her into a door when he came to collect his belongings on Sunday; she has a small bruise on her upper arm. Discussed with TM: strategy discussion to be reconvened with police tomorrow; SW to see Skye at school today.",
        "Skye Tolley; Liam Fenwick; Mrs Quinn; TM Harker",
        "E06",
    ),
    (
        CSC,
        "2025-10-01 14:30",
        "Saw Skye at school in the quiet room with Mrs Quinn present. Skye repeated that Liam 'pushed me hard' into the kitchen door when she was in his way. Bruising seen. Skye said she is not scared of him 'when he's not had beer'. Brenda to collect Skye after school by agreement; she will stay at her grandmother's tonight.",
        "Skye Tolley; Mrs Quinn; Liam Fenwick; Brenda Tolley",
        "E07",
    ),
    (
        SCH,
        "2025-10-01 14:30",
        "SW (A Begum) in school 2.30pm - spoke with Skye in the quiet room, DSL sat in. Skye to go to Nan's tonight; Nan collecting 3.15.",
        "Skye; SW Begum; Mrs Quinn; Nan",
        "E07",
    ),
    (
        GP,
        "2025-10-01 17:20",
        "Skye - seen w/ MGM. 2/7 R earache, T 37.9, R TM red/bulging. Imp AOM. Amoxicillin 5/7. MGM mentions 'social services involved' - noted.",
        "Skye; MGM",
        None,
    ),
    # E08 strategy meeting a week after E05; E09 CP medical the same afternoon (separate)
    (
        CSC,
        "2025-10-02 09:30",
        "Strategy meeting (reconvened), Civic Centre. Chair TM Harker. SW Begum, DC Sian Pryce (CAIT), Mrs Quinn (school), Gail Ormerod (HV); Dr Idris (paediatrician) joined by phone. Skye's account of being pushed by Liam considered alongside the two recent incidents. Agreed: joint section 47 investigation (physical abuse and domestic abuse); child protection medical this afternoon; joint home visit tomorrow; Liam not to return to the house - written agreement with Ms Tolley to be sought.",
        "Skye Tolley; Liam Fenwick; Kerry-Ann Tolley; TM Harker; SW Begum; DC Pryce; Mrs Quinn; Gail; Dr Idris",
        "E08",
    ),
    (
        POL,
        "2025-10-02 09:30",
        "Strategy meeting - TOLLEY, Skye (6). Allegation: assault (push) by FENWICK 28/09. Joint investigation with CSC, OIC DC Pryce. CP medical today. ABE - consider after medical. FENWICK to be interviewed re assault (plus RUI crim damage).",
        "Skye Tolley; FENWICK; DC Pryce",
        "E08",
    ),
    (
        SCH,
        "2025-10-02",
        "Mrs Quinn at strategy meeting (Civic Centre, 9.30). Joint police/social care enquiry. School to keep the body map and note of disclosure for police.",
        "Skye; Mrs Quinn",
        "E08",
    ),
    (
        HV,
        "2025-10-02",
        "Strategy mtg attended (GO). Joint s47 - physical abuse/DA. HV action: see Theo undressed by 03/10 and report any marks.",
        "Theo; Skye; Gail",
        "E08",
    ),
    (
        ACU,
        "2025-10-02 14:00",
        "Child protection medical (Dr F Idris), Children's OPD. Skye 6y, accompanied by SW and grandmother. Hx from Skye: 'Liam pushed me on the door'. O/E 2 x 1.5cm faint bruises lateral L upper arm, yellow-green, consistent with account. No other injuries; growth normal. Opinion: likely inflicted. Report to CSC and police.",
        "Skye Tolley; SW Begum; Brenda; Dr Idris",
        "E09",
    ),
    (
        CSC,
        "2025-10-02 14:00",
        "Took Skye and Brenda to the children's outpatients to see Dr Idris. The doctor said the marks fit with what Skye has told us. Skye coped well and chose a sticker. Skye staying with Brenda again tonight.",
        "Skye Tolley; Brenda Tolley; Dr Idris",
        "E09",
    ),
    # E10 joint home visit; HV's own visit the same morning is NOT it
    (
        HV,
        "2025-10-03 10:00",
        "Additional visit (strategy action). Theo seen fully undressed - no marks or bruises, skin intact, fontanelle normal. Wt 5.02kg. Mum tearful, says Liam 'would never touch the baby'. Findings emailed to SW.",
        "Theo; Mum; Liam; Gail",
        None,
    ),
    (
        CSC,
        "2025-10-03 15:30",
        "Joint home visit with DC Pryce. Ms Tolley at home with Theo; Liam not present. She accepts Skye's account 'might be true'. Written agreement signed: Liam will not stay at the house or have unsupervised contact with either child while enquiries continue; contact only at Brenda's and supervised by her. The health visitor saw Theo this morning - no marks.",
        "Kerry-Ann Tolley; Theo Fenwick; Liam Fenwick; DC Pryce; Brenda Tolley",
        "E10",
    ),
    (
        POL,
        "2025-10-03 15:30",
        "JV with SW Begum, 7 Larkhill Way. TOLLEY spoken to - supportive of enquiry. FENWICK residing at brother's addr (14 Dunmore St); safety plan agreed in writing with CSC. VI FENWICK booked 09/10.",
        "Kerry-Ann Tolley; FENWICK; SW Begum",
        "E10",
    ),
    (
        GP,
        "2025-10-06",
        "ED letter 23/09/25 (KAT): 3cm laceration R palm, 4 sutures. Disclosed DA. Safeguarding/DA code added. STO booked with PN.",
        "Kerry-Ann Tolley",
        "E04",
    ),
    # E11 CSC referral of Liam to the alcohol service (received 3 days later)
    (
        CSC,
        "2025-10-06",
        "Referral sent to Horizon (adult alcohol service) for Liam Fenwick, with his consent, as part of the safety plan. Liam says he drinks 'a few cans most nights' and more at weekends.",
        "Liam Fenwick",
        "E11",
    ),
    (
        SCH,
        "2025-10-06",
        "Weekly check-in (Mrs Quinn). Skye staying at Nan's 'for a bit' - happy with this. Ear better. No concerns.",
        "Skye; Nan; Mrs Quinn",
        None,
    ),
    (
        POL,
        "2025-10-08",
        "CP medical report rec'd from Dr Idris (exam 02/10): bruising L upper arm consistent with Skye's account. Attached to crime. VI tomorrow.",
        "Skye Tolley; Dr Idris",
        "E09",
    ),
    (
        ALC,
        "2025-10-09 10:00",
        "REF IN - Children's Services (SW A Begum) re LF, 34. Reports 8-10 units/night + weekend binge; 2 x DA police call-outs Sept. Consented. Triage by phone: agrees assessment Thu 16/10.",
        "LF; SW Begum",
        "E11",
    ),
    (
        POL,
        "2025-10-09 11:00",
        "VI FENWICK (DC Pryce) re assault TOLLEY, Skye 28/09. Denies push - says he 'moved her out the way' when collecting belongings. Admits crim damage 22/09. File for decision.",
        "Liam Fenwick; Skye Tolley; DC Pryce",
        None,
    ),
    (
        PMH,
        "2025-10-09",
        "CPN home visit. Kerry-Ann on sertraline 100mg 1/52, sleeping 4-5 hrs. Theo settled in bouncer; warm interaction. Discussed the written agreement - KAT 'relieved' Liam is at his brother's for now.",
        "Kerry-Ann; Theo; Liam; TB",
        None,
    ),
    (
        CSC,
        "2025-10-13",
        "Management oversight (TM Harker): joint enquiry concluded - physical abuse substantiated (Skye) and both children at risk of emotional harm from domestic abuse. Initial child protection conference requested.",
        "Skye Tolley; Theo Fenwick",
        None,
    ),
    (
        SCH,
        "2025-10-13",
        "Weekly check-in (DSL). Skye home with Mum again since Friday. Said 'Liam lives at his brother's now'. Settled in class.",
        "Skye; Mum; Liam; Mrs Quinn",
        None,
    ),
    (
        ALC,
        "2025-10-16 14:00",
        "Comprehensive assessment (Jodie Marr). AUDIT 27, SADQ 18 - moderate dependence. LF goal: cut down then stop. Motivated 'for my son'. Weekly 1:1 Thursdays. No medically assisted withdrawal needed at present.",
        "LF; Jodie; Theo",
        None,
    ),
    (
        GP,
        "2025-10-16",
        "Report for ICPC 21/10 (Skye, Theo; mother KAT) sent to conference team. Dr Lang unable to attend - surgery.",
        "Skye; Theo; Kerry-Ann Tolley; Dr Lang",
        None,
    ),
    (
        POL,
        "2025-10-17",
        "Police report for ICPC 21/10 submitted (DA history, crime status). DC Pryce on leave - apologies sent.",
        "Skye Tolley; Theo Fenwick; DC Pryce",
        None,
    ),
    # E12 ICPC
    (
        CSC,
        "2025-10-21 13:00",
        "Initial child protection conference, chaired by Carol Benn (IRO). Present: Ms Tolley with Brenda; Liam Fenwick for the first part; SW Begum; Gail Ormerod (health visitor); Mrs Quinn (school); Tom Beckett (perinatal CPN); Jodie Marr (Horizon). Police and GP reports considered. Skye and Theo made subject to child protection plans under the category of emotional abuse. First core group within 10 working days.",
        "Skye Tolley; Theo Fenwick; Kerry-Ann Tolley; Brenda Tolley; Liam Fenwick; IRO Benn; SW Begum; Gail; Mrs Quinn; TB; Jodie",
        "E12",
    ),
    (
        HV,
        "2025-10-21",
        "ICPC attended (GO). Outcome: CP plans Skye + Theo, cat. emotional abuse. HV: fortnightly contacts, EPDS monthly, weight monitoring, share with core group.",
        "Theo; Skye; Gail",
        "E12",
    ),
    (
        SCH,
        "2025-10-21",
        "Initial conference - Mrs Quinn went. Skye now on a child protection plan (emotional). School actions: Monday check-ins, attendance to SW monthly.",
        "Skye; Mrs Quinn",
        "E12",
    ),
    (
        PMH,
        "2025-10-21",
        "Attended initial child protection case conference for Kerry-Ann's children (TB). Both children subject to CP plans. PNMHT to share its risk formulation with the core group.",
        "Kerry-Ann; TB",
        "E12",
    ),
    (
        CSC,
        "2025-10-22",
        "Management oversight: ICPC outcome recorded and plan distributed. Core group booked for 4 November at school.",
        "Skye Tolley; Theo Fenwick",
        None,
    ),
    # E13 police outcome left as a voicemail, heard by SW after the weekend
    (
        POL,
        "2025-10-24 16:40",
        "Decision: assault TOLLEY, Skye - NFA (evidential test not met). Crim damage 22/09 - FENWICK conditional caution (condition: attend alcohol service). Tel SW Begum - not available, VM left with outcome.",
        "Skye Tolley; FENWICK; SW Begum",
        "E13",
    ),
    (
        CSC,
        "2025-10-27",
        "Case note: listened to a voicemail DC Pryce left on Friday afternoon. Police will take no further action on what happened to Skye. Liam has been given a conditional caution for the door, with a condition that he keeps going to the alcohol service.",
        "Skye Tolley; Liam Fenwick; DC Pryce",
        "E13",
    ),
    (
        HV,
        "2025-10-28 10:30",
        "UPP visit (Gail). Theo wt 5.78kg (50th). Mum EPDS 13. Skye off school (half term), playing. Liam not present.",
        "Theo; Mum; Skye; Gail",
        None,
    ),
    (
        GP,
        "2025-10-28",
        "Letter from CP conference team: ICPC 21/10/25 - Skye & Theo subject to CP plans, emotional abuse. CP alerts added to both records + KAT.",
        "Skye; Theo; Kerry-Ann Tolley",
        None,
    ),
    # ---------------- November ----------------
    # E14 core group 1
    (
        CSC,
        "2025-11-04 15:30",
        "Core group meeting at Hollins Park Primary (first). Present: Ms Tolley, SW Begum, Gail Ormerod (HV), Mrs Quinn (school), Tom Beckett (perinatal CPN). Plan reviewed: Liam remains at his brother's; his contact with the children is at Brenda's and supervised by her; Ms Tolley engaging with the perinatal team; Liam has started at Horizon. Actions updated, next core group 2 December.",
        "Kerry-Ann Tolley; Liam Fenwick; Brenda Tolley; SW Begum; Gail; Mrs Quinn; TB; Skye Tolley; Theo Fenwick",
        "E14",
    ),
    (
        SCH,
        "2025-11-04 15:30",
        "Core group meeting in school (Room 4), 3.30pm - DSL. Skye's attendance 96%, settled, making progress with reading. Weekly check-ins continue.",
        "Skye; Mrs Quinn",
        "E14",
    ),
    (
        HV,
        "A:2025-11-03:2025-11-07:w/c 3/11/25",
        "Core group attended at school. Plan reviewed - HV actions unchanged (fortnightly UPP, EPDS, weights).",
        "Theo; Skye; Gail",
        "E14",
    ),
    (
        PMH,
        "2025-11-04",
        "Core group (TB attended). Shared: KAT engaging weekly, mood improving, EPDS 13. Sertraline 100mg.",
        "Kerry-Ann; TB",
        "E14",
    ),
    (ALC, "2025-11-06 14:00", "DNA 1:1. Text sent re-booking Thu 13/11.", "LF; Jodie", None),
    (
        HV,
        "2025-11-11 10:30",
        "UPP visit (Gail). Theo wt 5.95kg - dropped 50th to 25th. Vomits after most feeds, arching. Mum EPDS 12. Plan: discuss with GP.",
        "Theo; Mum; Gail",
        None,
    ),
    # E15 HV <-> GP phone call, described differently at each end
    (
        HV,
        "2025-11-12 09:05",
        "Tel to Oakfield Surgery, spoke to Dr Lang re Theo - weight crossing down a centile line, ?reflux. GP will see this week.",
        "Theo; Dr Lang; Gail",
        "E15",
    ),
    (
        GP,
        "2025-11-12",
        "Telephone - HV (Gail): baby ?faltering growth, vomiting post feeds. Appt booked Fri.",
        "Theo; Gail",
        "E15",
    ),
    (
        ALC,
        "2025-11-13 14:00",
        "DNA (2nd). Opt-in letter sent - 7 days to make contact or case closed.",
        "LF; Jodie",
        None,
    ),
    (
        PMH,
        "A:2025-11-08:2025-11-14:approx. week ending 14/11 (per KAT)",
        "KAT reports she stopped sertraline around this week - 'Liam said it turns me into a zombie'. Recorded retrospectively 17/11.",
        "Kerry-Ann; Liam",
        None,
    ),
    (
        GP,
        "2025-11-14 11:40",
        "Theo seen w/ Mum. Wt 6.02kg. Posseting/vomiting after feeds, back-arching, otherwise thriving. Imp GORD. Gaviscon Infant. R/v 2/52, wt via HV.",
        "Theo; Mum; Dr Lang",
        None,
    ),
    (
        PMH,
        "2025-11-17",
        "CPN home visit. KAT flat, poor sleep, admits stopping sertraline ~1/52 ago. Two mugs and beer cans in the kitchen; KAT eventually said Liam 'pops round' in the evenings to see Theo. Theo clean, content. Safety plan reviewed; will inform SW.",
        "Kerry-Ann; Liam; Theo; TB",
        None,
    ),
    (
        SCH,
        "2025-11-17",
        "Weekly check-in (Mrs Quinn). Skye said 'Liam came for tea'. Open question - said he 'was nice'. Recorded; to raise at core group.",
        "Skye; Liam; Mrs Quinn",
        None,
    ),
    # E16 CPN <-> SW phone call
    (
        CSC,
        "2025-11-18 11:20",
        "Call from Kerry-Ann's community psychiatric nurse. He is worried that she has stopped taking her antidepressants and that Liam may have been coming round to the house in the evenings, which would break the written agreement. SW will make an unannounced visit.",
        "Kerry-Ann Tolley; Liam Fenwick; TB",
        "E16",
    ),
    (
        PMH,
        "2025-11-18 11:20",
        "Tel to SW (A Begum): concerns from visit 17/11 - KAT non-adherent to sertraline, LF likely visiting evenings. Agreed CPN to increase to 2x/week for 2/52.",
        "Kerry-Ann; LF; SW Begum; TB",
        "E16",
    ),
    (
        CSC,
        "2025-11-19 18:30",
        "Unannounced visit. Liam not there. Ms Tolley admitted he has been round twice 'to see Theo' and she didn't think it counted. Reminded her of the written agreement and what happens if it is broken. Children well.",
        "Kerry-Ann Tolley; Liam Fenwick; Theo Fenwick; Skye Tolley",
        None,
    ),
    # E17 alcohol service closure letter and its receipt 7 days later
    (
        ALC,
        "2025-11-20",
        "Case closed - non-engagement (3 x DNA, no response to opt-in). Closure letter to LF and to referrer (Children's Services). Can re-refer at any time.",
        "LF; Jodie",
        "E17",
    ),
    (
        HV,
        "2025-11-25 10:30",
        "UPP visit (Gail). Theo wt 6.30kg (25th) on Gaviscon, vomiting less. Mum EPDS 16 - off meds, says she'll restart. Liam not present.",
        "Theo; Mum; Liam; Gail",
        None,
    ),
    (
        CSC,
        "2025-11-27",
        "Letter received from Horizon: Liam's case was closed on 20 November after three missed appointments. To be raised with Liam - attending is a condition of his caution.",
        "Liam Fenwick",
        "E17",
    ),
    # ---------------- December ----------------
    # E18 re-referral (month-precision receipt)
    (
        CSC,
        "2025-12-01",
        "Re-referral to Horizon completed for Liam after he agreed on the phone that he would 'give it another go'.",
        "Liam Fenwick",
        "E18",
    ),
    (
        ALC,
        "M:2025-12",
        "Re-referral rec'd from Children's Services (LF previously closed 20/11, DNA). Accepted - triage offered.",
        "LF",
        "E18",
    ),
    # E19 core group 2, a month after the first, near-identical wording
    (
        CSC,
        "2025-12-02 15:30",
        "Core group meeting at Hollins Park Primary (second). Present: Ms Tolley, SW Begum, Gail Ormerod (HV), Mrs Quinn (school), Tom Beckett (perinatal CPN). Plan reviewed: Liam remains at his brother's; his contact with the children is at Brenda's and supervised by her; Ms Tolley re-engaging with the perinatal team after stopping her medication; Liam re-referred to Horizon. Actions updated, next core group after the review conference.",
        "Kerry-Ann Tolley; Liam Fenwick; Brenda Tolley; SW Begum; Gail; Mrs Quinn; TB; Skye Tolley; Theo Fenwick",
        "E19",
    ),
    (
        SCH,
        "2025-12-02 15:30",
        "Core group meeting in school (Room 4), 3.30pm - DSL. Skye's attendance 95%, settled, Christmas play rehearsals. Weekly check-ins continue.",
        "Skye; Mrs Quinn",
        "E19",
    ),
    (
        HV,
        "A:2025-12-01:2025-12-05:w/c 1/12/25",
        "Core group attended at school. Plan reviewed - HV actions unchanged (fortnightly UPP, EPDS, weights).",
        "Theo; Skye; Gail",
        "E19",
    ),
    (
        PMH,
        "2025-12-02",
        "Core group (TB attended). Shared: KAT stopped then restarted sertraline (27/11), EPDS 16, CPN 2x weekly.",
        "Kerry-Ann; TB",
        "E19",
    ),
    # E20 police call-out 3 (Sat night), EDT, Monday notifications
    (
        POL,
        "2025-12-06 23:45",
        "Occ 25/187301. Call from TOLLEY, Brenda (MGM) - FENWICK (in drink) banging on door of 7 Larkhill Way demanding to see his son. Officers att 23:58 - FENWICK in street, abusive to officers, arrested s.5 POA. Children inside with mother + MGM, unharmed. DASH medium. PPN submitted; Op Encompass.",
        "Brenda Tolley; Liam Fenwick; Kerry-Ann Tolley; Skye Tolley; Theo Fenwick",
        "E20",
    ),
    (
        CSC,
        "2025-12-07 00:20",
        "EDT: police called to say Liam turned up drunk at the family home tonight and was arrested in the street. Children safe inside with their mother and grandmother. No EDT visit needed. Email to day team.",
        "Liam Fenwick; Skye Tolley; Theo Fenwick; Kerry-Ann Tolley; Brenda Tolley",
        "E20",
    ),
    (
        POL,
        "2025-12-07 10:15",
        "FENWICK interviewed in custody, sober. Admits. FPN issued s.5 POA, released. OIC (DC Pryce) notified re conditional caution compliance.",
        "Liam Fenwick; DC Pryce",
        None,
    ),
    (
        SCH,
        "A:2025-12-08:2025-12-12:w/c 08.12.25",
        "Op Encompass notification (received Monday) - police at Skye's home Saturday night, Mum's partner arrested outside. Skye chatty, mentioned 'police lights'. Monitoring.",
        "Skye; Mum; Liam",
        "E20",
    ),
    (
        CSC,
        "2025-12-08 09:15",
        "MASH: Police Protection Notice for 6 December received and passed to SW Begum (open child protection case).",
        "Skye Tolley; Theo Fenwick; Liam Fenwick; SW Begum",
        "E20",
    ),
    (
        GP,
        "2025-12-08 10:10",
        "KAT r/v mood. Back on sertraline 1/52. Says 'rough weekend'. PHQ-9 16, no SI. Continue, r/v 4/52.",
        "Kerry-Ann Tolley; Dr Lang",
        None,
    ),
    (
        HV,
        "2025-12-09 10:30",
        "UPP visit (Gail). Theo wt 6.62kg (25th), rolling both ways now - advised never to leave him on sofa/bed. Mum EPDS 14. Mentioned 'trouble with Liam' at the weekend.",
        "Theo; Mum; Liam; Gail",
        None,
    ),
    # E21 Theo's ED attendance (head bump) and its notifications + GP letter 12 days later
    (
        ACU,
        "2025-12-10 18:40",
        "Paed ED: Theo 4/12, brought by mother. Rolled off sofa approx 40cm onto carpet ~17:30 while Mum in kitchen. Cried immediately, no LOC/vomiting. Small soft swelling R parietal. Neuro normal, feeding. Known CP plan - d/w paed reg: history consistent with development (rolling). No imaging indicated. HI advice. Paed liaison notified.",
        "Theo Fenwick; Kerry-Ann Tolley",
        "E21",
    ),
    (
        HV,
        "2025-12-11 09:00",
        "Paed liaison notification: ED attendance 10/12/25 - minor head injury, fall from sofa, discharged. HV to visit within 1/52.",
        "Theo",
        "E21",
    ),
    (
        CSC,
        "2025-12-11",
        "Email from the hospital's paediatric liaison nurse: Theo was taken to the Emergency Department by his mother yesterday evening after falling off the settee. Small bump to his head, no treatment needed, sent home. The doctors were satisfied with the explanation.",
        "Theo Fenwick; Kerry-Ann Tolley",
        "E21",
    ),
    (
        ALC,
        "2025-12-11 14:00",
        "Triage call (re-ref). LF says he was arrested 'on Saturday' after 'a few drinks' - ashamed. Wants help now. Assessment Thu 18/12.",
        "LF; Jodie",
        None,
    ),
    (
        PMH,
        "2025-12-11",
        "CPN visit. Kerry-Ann anxious - 'I only turned my back for a second'. Theo has a small bruise R side of head, playing happily. Sertraline taken. Discussed reducing CPN visits in January.",
        "Kerry-Ann; Theo; TB",
        None,
    ),
    (
        HV,
        "2025-12-15 11:00",
        "Visit following ED notification. Theo - bruise R parietal fading, otherwise well, handling normal. Safety advice re rolling repeated, playpen discussed. Mum EPDS 13.",
        "Theo; Mum; Gail",
        None,
    ),
    (
        SCH,
        "2025-12-15",
        "Weekly check-in (Mrs Quinn). Skye excited about the Christmas play; said Theo 'bumped his head' last week. No concerns raised.",
        "Skye; Theo; Mrs Quinn",
        None,
    ),
    (
        GP,
        "2025-12-22",
        "A&E letter 10/12/25 - Theo: minor head injury (fall from sofa). D/c, no imaging. Nil GP action. CP plan noted.",
        "Theo",
        "E21",
    ),
    # ---------------- January ----------------
    (
        HV,
        "2026-01-06 10:30",
        "UPP visit (Gail). Theo snuffly, cough 2/7, feeding slightly less, no resp distress at visit. Mum has GP appt this afternoon. Wt 7.05kg. EPDS 11.",
        "Theo; Mum; Gail",
        None,
    ),
    (
        GP,
        "2026-01-06 15:20",
        "Theo 5/12 - coryza, cough 2/7. Apyrexial. RR 44, no recession, chest clear, feeding ~75%. Imp viral URTI. Safety-net re bronchiolitis given verbally + leaflet.",
        "Theo; Mum; Dr Lang",
        None,
    ),
    # E22 ED attendance the next evening (NOT the GP appointment) and the GP's letter 9 days later
    (
        ACU,
        "2026-01-07 19:30",
        "Paed ED: Theo 5/12, brought by mother and grandmother. Cough/coryza 3/7, feeding <50% today. RR 58, mild subcostal recession, SpO2 95% air, fine crackles. Imp bronchiolitis. Obs 4h - feeds tolerated. D/c home with safety-net. Letter to GP.",
        "Theo Fenwick; Kerry-Ann Tolley; Brenda Tolley",
        "E22",
    ),
    (
        PMH,
        "2026-01-08",
        "CPN visit. Theo was in ED last night with a chest infection - KAT coping, Brenda helping. Mood stable, EPDS 10. Plan: reduce to fortnightly CPN from Feb.",
        "Kerry-Ann; Theo; Brenda; TB",
        None,
    ),
    (
        POL,
        "2026-01-08",
        "RCPC 13/01 - police report submitted to conference team (1 x further incident 06/12, FENWICK FPN). DC Pryce unable to attend.",
        "Skye Tolley; Theo Fenwick; FENWICK; DC Pryce",
        None,
    ),
    (
        ALC,
        "2026-01-09",
        "Report sent to conference team for RCPC 13/01: LF attending weekly since 18/12, BAC 0.00 at last 3 sessions. JM unable to attend (group clinic).",
        "LF; Jodie",
        None,
    ),
    # E23 RCPC
    (
        CSC,
        "2026-01-13 10:00",
        "Review child protection conference (chair Carol Benn). Present: Ms Tolley, Brenda, Liam, SW Begum, Gail Ormerod, Mrs Quinn, Dr Lang (GP), Tom Beckett (CPN). Written reports from police and Horizon. Skye and Theo remain subject to child protection plans (emotional abuse). Progress: Ms Tolley's mental health more settled; Liam engaging with Horizon since December. Concerns: Liam's arrest on 6 December; the agreement was broken in November. Next review in six months.",
        "Skye Tolley; Theo Fenwick; Kerry-Ann Tolley; Brenda Tolley; Liam Fenwick; IRO Benn; SW Begum; Gail; Mrs Quinn; Dr Lang; TB",
        "E23",
    ),
    (
        GP,
        "2026-01-13",
        "Dr Lang attended RCPC (Civic Centre). Outcome - remain on CP plans (emotional abuse). GP action: monthly med review KAT.",
        "Skye; Theo; Kerry-Ann Tolley; Dr Lang",
        "E23",
    ),
    (
        SCH,
        "2026-01-13",
        "Review conference - Mrs Quinn attended. CP plan continues for Skye. Attendance 94% - reported.",
        "Skye; Mrs Quinn",
        "E23",
    ),
    (
        HV,
        "2026-01-13",
        "RCPC attended (GO). CP plans continue x2. HV: ASQ-3 at 6/12, continue UPP.",
        "Theo; Skye; Gail",
        "E23",
    ),
    (
        GP,
        "2026-01-16",
        "ED letter 07/01/26 - Theo: bronchiolitis, obs 4h, d/c. No action.",
        "Theo",
        "E22",
    ),
    (
        ACU,
        "2026-01-21",
        "Safeguarding team: letter from conference service - RCPC 13/01/26, Theo and Skye remain on CP plans. PAS alert retained.",
        "Theo Fenwick; Skye Tolley",
        None,
    ),
    # E24 mother's overdose (Sat night): police, ED, EDT, Monday notifications, GP letter
    (
        POL,
        "2026-01-24 21:10",
        "Occ 26/012266. Concern for welfare - call from TOLLEY, Brenda: daughter texted 'I can't do this anymore'. Officers att 21:25. TOLLEY, Kerry-Ann tearful, states took approx 16 x sertraline 100mg around 20:00 after phone argument with FENWICK. Ambulance ETA 2hrs - conveyed to ED by police. Children (6y, 5m) to MGM's. PPN (adult + children).",
        "Brenda Tolley; Kerry-Ann Tolley; Liam Fenwick; Skye Tolley; Theo Fenwick",
        "E24",
    ),
    (
        ACU,
        "2026-01-24 21:50",
        "ED: 31F, intentional OD sertraline ~1.6g approx 20:00, single ingestion, brought by police. GCS 15, HR 104, ECG QTc 440. Obs 6h, no serotonin toxicity. Liaison psychiatry r/v 25/01 08:30: impulsive OD after argument with partner, regrets, no ongoing SI; known to PNMHT. D/c 25/01 to mother's address; HTT follow-up. Children with grandmother.",
        "Kerry-Ann Tolley; Brenda Tolley",
        "E24",
    ),
    (
        CSC,
        "2026-01-24 22:30",
        "EDT: police report that Ms Tolley has taken an overdose and is in A&E. Skye and Theo are with their grandmother Brenda, who is willing to keep them; checks on Brenda clear. Day team to follow up on Monday.",
        "Kerry-Ann Tolley; Skye Tolley; Theo Fenwick; Brenda Tolley",
        "E24",
    ),
    (
        SCH,
        "2026-01-26 08:45",
        "Skye brought in by Nan, who told the office Mum was 'in hospital over the weekend' and Skye is staying with her this week. DSL informed. Skye quiet, wanted to sit with TA.",
        "Skye; Nan; Mum; Mrs Quinn",
        "E24",
    ),
    (
        PMH,
        "2026-01-26 09:00",
        "Liaison psychiatry notification: KAT attended ED 24/01 following OD of sertraline, reviewed 25/01, discharged to mother's with HTT. CPN to visit today.",
        "Kerry-Ann; TB",
        "E24",
    ),
    (
        PMH,
        "2026-01-26 15:00",
        "CPN visit at Brenda's. KAT remorseful, says the argument with Liam was about him wanting to move back in. Safety plan updated; meds to be dispensed weekly via GP. Children present and well.",
        "Kerry-Ann; Brenda; Liam; Skye; Theo; TB",
        None,
    ),
    (
        HV,
        "2026-01-26",
        "Tel to Brenda (MGM) - Theo staying with her for now. Feeding OK, formula supplies fine. Next scheduled visit 03/02.",
        "Theo; Brenda; Gail",
        None,
    ),
    # E25 second strategy discussion (no new s47)
    (
        CSC,
        "2026-01-27 14:00",
        "Strategy discussion (Teams) following Ms Tolley's overdose on 24 January. TM Harker, SW Begum, DS Kane (police), Tom Beckett (perinatal CPN). Health visitor unable to join - update sent by email. Agreed: children already subject to child protection plans, so no new section 47; safety plan - children stay with Brenda until Ms Tolley's crisis plan is agreed; CPN to visit twice weekly; core group brought forward to 3 February.",
        "Kerry-Ann Tolley; Skye Tolley; Theo Fenwick; Brenda Tolley; TM Harker; SW Begum; TB",
        "E25",
    ),
    (
        POL,
        "2026-01-27 14:00",
        "Strat disc - TOLLEY children, following mother's OD 24/01. Already subject to CP plans. Police - no role, NFA. PPN shared.",
        "Skye Tolley; Theo Fenwick; Kerry-Ann Tolley",
        "E25",
    ),
    (
        PMH,
        "2026-01-27 14:00",
        "Multi-agency strategy call (CSC-led) - TB joined. Outcome: children remain at grandmother's until KAT stable; CPN 2x/week; core group brought forward.",
        "Kerry-Ann; Brenda; TB",
        "E25",
    ),
    (
        HV,
        "2026-01-27",
        "Unable to join strategy discussion (baby clinic). Update emailed to SW: Theo's weights on track, last EPDS 10.",
        "Theo; Gail; SW Begum",
        None,
    ),
    (
        CSC,
        "2026-01-28",
        "Management oversight (TM Harker): strategy decision agreed. Review the written agreement with Liam; consider whether his contact should stay at Brenda's.",
        "Liam Fenwick; Brenda Tolley",
        None,
    ),
    # ---------------- February ----------------
    (
        SCH,
        "2026-02-02",
        "Weekly check-in (Mrs Quinn). Skye back home with Mum since Saturday - 'Nan's sleeping on the sofa'. No concerns.",
        "Skye; Mum; Nan; Mrs Quinn",
        None,
    ),
    (
        HV,
        "2026-02-03 10:30",
        "UPP visit (Gail) at home. Theo wt 7.45kg (25th). Mum EPDS 12 - back home since Sat, Brenda staying. Sleep poor.",
        "Theo; Mum; Brenda; Gail",
        None,
    ),
    # E26 core group 3 (brought forward)
    (
        CSC,
        "2026-02-03 15:30",
        "Core group meeting at Hollins Park Primary (third, brought forward). Present: Ms Tolley, Brenda, SW Begum, Mrs Quinn (school), Tom Beckett (perinatal CPN); health visitor sent apologies. Plan reviewed: Liam remains at his brother's; his contact with the children is at Brenda's and supervised by her; Ms Tolley home with the children since 31 January with Brenda staying; medication dispensed weekly. Actions updated.",
        "Kerry-Ann Tolley; Brenda Tolley; Liam Fenwick; SW Begum; Mrs Quinn; TB; Skye Tolley; Theo Fenwick",
        "E26",
    ),
    (
        SCH,
        "2026-02-03 15:30",
        "Core group meeting in school (Room 4), 3.30pm - DSL. Skye's attendance 94%, settled. Weekly check-ins continue.",
        "Skye; Mrs Quinn",
        "E26",
    ),
    (
        PMH,
        "2026-02-03",
        "Core group (TB attended). Shared: post-OD crisis plan, weekly dispensing, CPN 2x/week until end Feb.",
        "Kerry-Ann; TB",
        "E26",
    ),
    (
        GP,
        "2026-02-04",
        "Liaison psych / ED letter 24-25/01/26: intentional OD sertraline ~1.6g, medically fit, d/c to mother's, HTT f/u. Advice: 7-day scripts - set up with pharmacy.",
        "Kerry-Ann Tolley",
        "E24",
    ),
    (
        ALC,
        "2026-02-05 14:00",
        "1:1 (JM). LF 3 weeks alcohol-free, BAC 0.00. Upset about KAT's OD, 'it was my fault'. Relapse prevention plan started.",
        "LF; Kerry-Ann; Jodie",
        None,
    ),
    # E27 three-way meeting at the alcohol service (CSC records it with a w/c date)
    (
        ALC,
        "2026-02-12 14:00",
        "3-way with SW (A Begum) at Horizon. LF abstinent 28 days, BAC 0.00 x4. Discussed phased return of contact at home. RP plan shared with SW.",
        "LF; SW Begum; Jodie",
        "E27",
    ),
    (
        CSC,
        "A:2026-02-09:2026-02-13:w/c 9 February 2026",
        "Met Liam with his recovery worker at the alcohol service. He says he has not had a drink for four weeks and the tests they do at each appointment have been clear. We talked about what supervised time with Theo at the house might look like.",
        "Liam Fenwick; Jodie; Theo Fenwick",
        "E27",
    ),
    # E28 HV + perinatal CPN joint visit; GP medication review the same day is NOT it
    (
        HV,
        "2026-02-17 10:30",
        "JV with perinatal CPN (Tom B). Theo 6/12 review: ASQ-3 all domains above cut-off, wt 7.60kg (25th), weaning started. Mum EPDS 9. Sleep routine + crisis plan discussed.",
        "Theo; Mum; TB; Gail",
        "E28",
    ),
    (
        PMH,
        "2026-02-17 10:30",
        "Joint home visit with Gail Ormerod (health visitor). Kerry-Ann brighter, sleeping better. Mother-infant interaction observed: warm, responsive, good eye contact. Plan: CPN fortnightly from March.",
        "Kerry-Ann; Theo; Gail; TB",
        "E28",
    ),
    (
        GP,
        "2026-02-17 16:10",
        "KAT - med r/v. Sertraline 100mg, 7-day scripts continue for now. Mood 'much better'. PHQ-9 9. R/v 4/52.",
        "Kerry-Ann Tolley; Dr Lang",
        None,
    ),
    (
        SCH,
        "2026-02-23",
        "Weekly check-in (Mrs Quinn). Skye said Liam 'comes on Sundays now and Nan stays'. No concerns.",
        "Skye; Liam; Nan; Mrs Quinn",
        None,
    ),
    # ---------------- March ----------------
    (
        HV,
        "2026-03-03 10:30",
        "UPP visit (Gail). Theo wt 7.85kg (25th), sitting with support, 3 meals of puree. Mum EPDS 9.",
        "Theo; Mum; Gail",
        None,
    ),
    # E29 core group 4
    (
        CSC,
        "2026-03-03 15:30",
        "Core group meeting at Hollins Park Primary (fourth). Present: Ms Tolley, Brenda, Liam, SW Begum, Gail Ormerod (HV), Mrs Quinn (school). Plan reviewed: Liam remains at his brother's; his contact now includes supervised Sunday visits at the house with Brenda present; Ms Tolley's mental health stable; Liam alcohol-free for seven weeks. Actions updated.",
        "Kerry-Ann Tolley; Brenda Tolley; Liam Fenwick; SW Begum; Gail; Mrs Quinn; Skye Tolley; Theo Fenwick",
        "E29",
    ),
    (
        SCH,
        "2026-03-03 15:30",
        "Core group meeting in school (Room 4), 3.30pm - DSL. Skye's attendance 95%, settled. Weekly check-ins continue.",
        "Skye; Mrs Quinn",
        "E29",
    ),
    (
        HV,
        "2026-03-03 15:30",
        "Core group attended at school (pm). Plan reviewed - HV actions unchanged.",
        "Theo; Skye; Gail",
        "E29",
    ),
    (
        ALC,
        "2026-03-05 14:00",
        "1:1 (JM). LF went to the core group on Tuesday (first time) - 'felt listened to'. 7 wks AF.",
        "LF; Jodie",
        None,
    ),
    # E30 DSL email and SW reading it next day
    (
        SCH,
        "2026-03-10 09:20",
        "Skye at news time: 'Liam made pancakes at our house on Sunday and stayed for films'. Not clear if Nan was there. DSL emailed SW 9.20am.",
        "Skye; Liam; Nan; Mrs Quinn; SW Begum",
        "E30",
    ),
    (
        CSC,
        "2026-03-11",
        "Read an email from Mrs Quinn sent yesterday morning: Skye told her class that Liam cooked pancakes at home on Sunday and stayed to watch films. Need to check Brenda was there as agreed - will ask at Thursday's visit.",
        "Skye Tolley; Liam Fenwick; Mrs Quinn; Brenda Tolley",
        "E30",
    ),
    (
        CSC,
        "2026-03-12",
        "Statutory visit. Ms Tolley and Brenda both said Brenda was there all Sunday afternoon; Liam left at 7pm. Skye said Nan 'made the popcorn'. No breach.",
        "Kerry-Ann Tolley; Brenda Tolley; Liam Fenwick; Skye Tolley",
        None,
    ),
    (
        HV,
        "2026-03-17 10:30",
        "UPP visit (Gail). Theo wt 8.00kg (25th), babbling, sitting briefly unsupported. Mum EPDS 8. Liam present (Brenda supervising) - sober, engaged with Theo.",
        "Theo; Mum; Liam; Brenda; Gail",
        None,
    ),
]


def main():
    out = HERE / "case_ab.json"
    casegen.build(
        "ab",
        "Baby and 6-year-old; mother's postnatal depression, partner's alcohol misuse and three "
        "police call-outs, mother's overdose; 8 agencies, Aug 2025 - Mar 2026 (precision stress: "
        "many same-day and look-alike entries that are not one event)",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
