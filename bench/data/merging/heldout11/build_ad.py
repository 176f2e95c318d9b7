# ruff: noqa
"""Writing aid for held-out case ad (fictional; written blind, see README.md here).

    python3 bench/data/merging/heldout11/build_ad.py

Writes heldout11/case_ad.json. Chronic neglect of four children: mother with a mild learning
disability, father in prison; Jade (13) becomes a young carer and is permanently excluded;
Poppy (toddler) has faltering growth; Connor (15) moves from a youth conditional caution to a
referral order and a knife arrest; a private-landlord eviction moves the family from Harrowdene
to Silverbrook (second children's social care, second school). Eight agencies, Aug 2025 - Aug
2026. Deterministic (seeded filler). HELD OUT: never open while tuning merge rules.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# two agency styles of our own (local to this process)
casegen.STYLES.setdefault("sil", "%d %b %Y")
casegen.STYLES.setdefault("yjs", "%d.%m.%Y")

HAR = "Harrowdene Children's Social Care"
SIL = "Silverbrook Children's Services"
POL = "Police"
GP = "Greenway Medical Practice"
HV = "0-19 Health Service"
HAL = "Haldane Academy"
SAN = "Sandpiper Academy"
YJS = "Youth Justice Service"

AGENCIES = [
    (HAR, "social_care", "csc"),
    (SIL, "social_care", "sil"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (HV, "health", "health"),
    (HAL, "education", "school"),
    (SAN, "education", "iso"),
    (YJS, "other", "yjs"),
]

PEOPLE = [
    ("Connor Rourke", ["Connor", "ROURKE Connor", "CR"], "Child C", "child"),
    ("Jade Rourke", ["Jade", "ROURKE Jade", "JR"], "Child J", "child"),
    ("Tyler Rourke", ["Tyler", "ROURKE Tyler"], "Child T", "child"),
    ("Poppy Rourke", ["Poppy", "ROURKE Poppy", "PR"], "Child P", "child"),
    ("Tanya Rourke", ["Tanya", "Mum", "Ms Rourke", "ROURKE Tanya"], "Mother", "parent"),
    ("Shane Rourke", ["Shane", "Dad", "Mr Rourke", "ROURKE Shane"], "Father", "parent"),
    ("Kerry Vance", ["Kerry", "Ms Vance", "maternal aunt"], "Maternal aunt", "family"),
    ("Gerald Pike", ["Mr Pike", "PIKE Gerald", "landlord"], "Private landlord", "other_adult"),
    ("Reece Malley", ["Reece", "MALLEY Reece", "MALLEY"], "Associate of Connor", "other_adult"),
    (
        "Bethany Clarke",
        ["SW Clarke", "Beth Clarke", "BC"],
        "Social worker (Harrowdene)",
        "professional",
    ),
    ("Daniel Osei", ["SW Osei", "Dan Osei", "DO"], "Social worker (Silverbrook)", "professional"),
    ("Marie Quinn", ["HV Quinn", "MQ"], "Health visitor (Harrowdene)", "professional"),
    ("Sasha Lord", ["HV Lord", "SL"], "Health visitor (Silverbrook)", "professional"),
    ("Farah Iqbal", ["Dr Iqbal", "FI"], "GP", "professional"),
    ("Stephen Royle", ["Mr Royle", "SR"], "DSL, Haldane Academy", "professional"),
    ("Angela Finch", ["Mrs Finch", "AF"], "DSL, Sandpiper Academy", "professional"),
    ("Lewis Grant", ["LG"], "YJS case manager", "professional"),
    ("Amy Rowe", ["PC Rowe", "PC 2274"], "Police constable", "professional"),
    ("Gareth Naylor", ["DS Naylor"], "Detective sergeant", "professional"),
    ("Ruth Adeyemi", ["Chair Adeyemi"], "CP conference chair (Harrowdene)", "professional"),
    ("Olu Bankole", ["IRO Bankole"], "CP conference chair (Silverbrook)", "professional"),
    ("Chidi Okonjo", ["Dr Okonjo"], "Community paediatrician", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background, Aug 2025 ----------------
    (
        GP,
        "2025-08-05",
        "Tanya - MH r/v. Low mood since partner sentenced (HMP Ashgrove, 4 yrs). On LD register (mild LD) - reads little, prefers verbal advice. Sertraline 50mg cont. Sister Kerry helps w/ letters. R/v 6/52.",
        "Tanya Rourke; Kerry; Dr Iqbal",
        None,
    ),
    (
        HV,
        "2025-08-19",
        "Delayed 1 year review (2 previous appts not brought). Poppy 19/12. Wt 8.30kg - crossed from 25th centile at birth to just below 0.4th. Diet mainly cows' milk 3-4 bottles/day, crisps, yoghurt. Home cluttered, dog in home, 4 children share 2 bedrooms. Mum has LD - pictorial feeding advice given. Plan: weigh 2/52, food diary.",
        "Poppy Rourke; Mum; HV Quinn",
        None,
    ),
    (
        POL,
        "2025-08-23 23:15",
        "ASB - Cobden Rec. Grp of 6 youths on play equipment, drinking. Dispersed. Names taken incl ROURKE Connor (15) and MALLEY Reece (17). Words of advice. No offences.",
        "ROURKE Connor; MALLEY Reece",
        None,
    ),
    (
        HV,
        "2025-09-02",
        "Wt check at Cobden Family Hub clinic: Poppy 8.25kg. Mum forgot food diary. Brought by Mum and Jade.",
        "Poppy; Mum; Jade",
        None,
    ),
    (
        HAL,
        "2025-09-08",
        "CPOMS | Attendance | Jade R (Y9) late 4 of 5 days first week back (latest 09:55). Says she walks her brother to Millbrook Primary first. Form tutor to monitor. - PK",
        "Jade",
        None,
    ),
    (
        HAL,
        "M:2025-10",
        "CPOMS | Attendance summary Oct 2025 | Jade R 79% (PA), Connor R 84%. Letters to parent. EWO referral considered - CIN in place instead.",
        "Jade; Connor; Mum",
        None,
    ),
    # ---------------- E01 HV letter to GP re faltering growth ----------------
    (
        HV,
        "2025-09-10",
        "Letter sent to Dr Iqbal requesting GP review of Poppy re faltering growth: wt 8.25kg (<0.4th), was 25th at birth; milk-heavy diet; ?iron deficiency; ?onward referral to community paediatrics. Copy to parent (read to Mum by phone).",
        "Poppy Rourke; Dr Iqbal; HV Quinn; Mum",
        "E01",
    ),
    (
        GP,
        "2025-09-19",
        "Letter rec'd from HV (MQ, dated 10/09) re Poppy - wt faltering, now <0.4th. Appt booked 24/09 with FI.",
        "Poppy Rourke; MQ",
        "E01",
    ),
    # ---------------- E02 Connor arrest 1 (Sat 20/9) ----------------
    (
        POL,
        "2025-09-20 22:40",
        "Occ 25/0920/1187. Theft from shop + crim damage, Spar Harrowdene Rd. 2 males detained by staff after taking alcohol, display stand kicked over. ROURKE Connor (15) + MALLEY Reece (17) arr 22:55, conveyed Harrowdene custody. Mother unable to attend as AA (3 children at home, states she 'doesn't understand police stuff'). EDT req'd for AA.",
        "ROURKE Connor; MALLEY Reece; ROURKE Tanya",
        "E02",
    ),
    (
        HAR,
        "2025-09-20 23:40",
        "EDT: call from the custody sergeant at Harrowdene police station. Connor Rourke (15) has been arrested with an older youth for stealing alcohol from a shop and damaging a display. His mother has a learning disability and is at home with his three younger siblings, so she cannot act as his appropriate adult. EDT worker attended custody at 00:45 and sat in on interview; Connor admitted the theft. Released under investigation to his mother's address at 02:30 and taken home by police.",
        "Connor Rourke; Tanya Rourke",
        "E02",
    ),
    (
        YJS,
        "2025-09-22",
        "Custody notification rec'd (arrest Sat 20.09.25): Connor R, 15, theft from shop / crim damage, co-accused R Malley (adult). RUI. No previous. First-time entrant - for JDP.",
        "Connor Rourke; Reece Malley",
        "E02",
    ),
    (
        HAL,
        "2025-09-22",
        "CPOMS | Behaviour | Connor R (Y11) - phone out in science x2, confiscated, after-school detention set. Refused to hand it over initially. - DM",
        "Connor",
        None,
    ),
    (
        GP,
        "2025-09-24",
        "Poppy - seen w/ Mum. Wt 8.2kg, ht 79cm. Pale, active, no organomegaly. Diet hx: ++milk. Bloods: FBC, ferritin, TTG, U&E, TFT. Advice: limit milk to 400ml/day. Refer comm paeds - faltering growth. Mum needs info verbally - explained twice, wrote appt on card.",
        "Poppy; Mum; Dr Iqbal",
        None,
    ),
    # ---------------- E03 Haldane referral to MASH re Jade ----------------
    (
        GP,
        "2025-10-02 10:05",
        "Poppy - wt recheck + bloods results. Brought by sister Jade (13) - Mum 'poorly in bed'. ?why not in school. Wt 8.2kg. Hb 98, ferritin 6 - iron def anaemia. Sytron rx. Tried Mum x2 by phone - no answer. Info to HV.",
        "Poppy Rourke; Jade Rourke; Dr Iqbal",
        None,
    ),
    (
        HAL,
        "2025-10-02 12:15",
        "CPOMS | Safeguarding - Young carer / Neglect | Jade arrived 10:20 (5th late in 2 wks), upset in form. Told SR she 'does everything' at home - gets Tyler up and to school, feeds baby, Mum 'can't cope' and stays in bed. Gas ran out Sat, house cold. Jade tired, hungry - given breakfast. Action: SR submitted MARF to Harrowdene MASH 12:15. Jade informed. - SR",
        "Jade Rourke; Tyler; Poppy; Mum; SR",
        "E03",
    ),
    (
        HAR,
        "2025-10-03",
        "Contact received in the MASH from Haldane Academy (Stephen Royle, DSL), referral form dated 2 October 2025. Jade (13) told school she is caring for her younger siblings because her mother cannot cope; gas has run out and the home is cold. Known history: health visitor concern about Poppy's growth; father Shane Rourke in custody. MASH checks requested from health and police. Outcome: threshold met for a Child and Family Assessment under section 17; allocated to Bethany Clarke.",
        "Jade Rourke; Tanya Rourke; Poppy Rourke; Shane Rourke; Stephen Royle; Bethany Clarke",
        "E03",
    ),
    (
        HV,
        "2025-10-07",
        "MASH info request (Rourke children) - info shared by phone with MASH health: Poppy faltering growth, IDA, 1 yr review delayed, Mum LD. Agreed HV will JV with allocated SW.",
        "Poppy; Mum; MQ",
        None,
    ),
    (
        HAR,
        "2025-10-09",
        "Initial visit. Ms Rourke was at home with Poppy; the house was untidy with a strong smell of dog urine and very little food in the fridge. Gas has been topped up with help from Ms Vance. Ms Rourke said that since Shane went to prison she 'can't keep on top of it all' and relies on Jade. She agreed to the assessment and to a joint visit with the health visitor.",
        "Tanya Rourke; Poppy Rourke; Kerry Vance; Shane Rourke; Jade",
        None,
    ),
    # ---------------- E04 JV SW + HV ----------------
    (
        HAR,
        "2025-10-14 14:00",
        "Joint home visit with Marie Quinn, health visitor, as part of the assessment. Poppy was weighed on the HV's scales and was sitting in a wet nappy in a bouncer chair; she was offered a yoghurt and ate it hungrily. We agreed a simple routine with Ms Rourke using a picture plan on the fridge: three meals, two snacks, milk only at bedtime. Ms Rourke showed us the section 21 notice her landlord, Mr Pike, had given her last month; she had not understood what it meant.",
        "Tanya Rourke; Poppy Rourke; Marie Quinn; Gerald Pike",
        "E04",
    ),
    (
        HV,
        "2025-10-14",
        "JV w/ SW (B Clarke) for C&F assessment. Poppy wt 8.3kg. Nappy sore ++, barrier cream given. Picture-based meal plan agreed w/ Mum. Mum showed eviction notice (s21) - SW to link w/ Housing Options.",
        "Poppy; Mum; SW Clarke; HV Quinn",
        "E04",
    ),
    # ---------------- E05 JDP, E06 YCC administered ----------------
    (
        POL,
        "2025-10-16",
        "OOCD Joint Decision Panel - ROURKE Connor, Occ 25/0920/1187. Outcome: Youth Conditional Caution. Conditions: 12 wks YJS engagement, letter of apology to Spar. MALLEY (adult) - charged separately.",
        "ROURKE Connor; MALLEY",
        "E05",
    ),
    (
        YJS,
        "2025-10-16",
        "JDP (police/YJS), Connor: YCC agreed - 12 wk intervention. Screening: low-moderate. Lewis Grant allocated. Note family open to CSC (assessment).",
        "Connor Rourke; LG",
        "E05",
    ),
    (
        YJS,
        "2025-10-23 16:00",
        "YCC administered at Harrowdene PS. Connor + Mum attended, LG present to explain conditions in plain terms (Mum LD). Connor signed, appeared to understand. 1st session booked 30.10.",
        "Connor; Mum; LG",
        "E06",
    ),
    (
        POL,
        "2025-10-23 16:00",
        "YCC administered to ROURKE Connor at HPS by Sgt 1190. Mother present, YJS worker present. Conditions read and signed.",
        "ROURKE Connor; ROURKE Tanya; LG",
        "E06",
    ),
    # ---------------- E07 Jade missing 1 (Sat 25/10) ----------------
    (
        POL,
        "2025-10-25 21:30",
        "MFH. ROURKE Jade (13) reported missing by mother 21:10 - left home approx 16:00, phone off. Risk MEDIUM. Located 01:50 at 9 Tannery Ct, address of MALLEY Reece (17), with 2 other females. No disclosure. Returned home by officers. CSE screening completed. Notifications: CSC, school.",
        "ROURKE Jade; ROURKE Tanya; MALLEY Reece",
        "E07",
    ),
    (
        HAR,
        "2025-10-26 02:20",
        "EDT: police informed us that Jade was reported missing yesterday evening and was found in the early hours at the flat of Reece Malley, a 17-year-old who was arrested with her brother last month. She has been returned to her mother. No immediate safeguarding action overnight; day team to arrange a return home interview.",
        "Jade Rourke; Reece Malley; Tanya Rourke",
        "E07",
    ),
    (
        HAR,
        "2025-10-29",
        "Return home interview with Jade at home. She said she went to Reece's because 'it's quiet there and nobody wants anything off me'. She denied anything happened with older males. She said she is tired of looking after Poppy. Information shared with the allocated worker and a CSE risk assessment will be completed.",
        "Jade Rourke; Reece Malley; Poppy",
        None,
    ),
    (
        HAL,
        "2025-11-03",
        "CPOMS | Safeguarding - Missing | Police notification received (emailed 27/10 during half term): Jade reported missing Sat 25/10, found 01:50 at address of 17yo male (brother's associate). Read by SR today. Jade seen - 'fine'. Monitor; SW aware per police. - SR",
        "Jade; SR",
        "E07",
    ),
    (
        HAR,
        "2025-11-04",
        "Child and Family Assessment authorised by team manager. The children's needs are not being met consistently: Poppy's faltering growth, Jade's caring role and missing episode, Connor's offending, poor home conditions and the threat of eviction. Ms Rourke loves the children but her learning disability means she needs practical help. Outcome: child in need plan; CIN meeting to be held at Haldane Academy.",
        "Poppy; Jade; Connor; Tanya Rourke",
        None,
    ),
    # ---------------- E08 initial CIN meeting ----------------
    (
        HAR,
        "2025-11-11 15:30",
        "Initial child in need meeting at Haldane Academy. Present: Ms Rourke, Ms Vance (supporting her sister), Stephen Royle (DSL), Marie Quinn (HV), Lewis Grant (YJS), Bethany Clarke. Plan: referral to the adult learning disability team for Ms Rourke, young carers referral for Jade, foodbank vouchers, Housing Options appointment about the notice to quit, HV to weigh Poppy fortnightly, school breakfast club for Jade.",
        "Tanya Rourke; Kerry Vance; Stephen Royle; Marie Quinn; Lewis Grant; Bethany Clarke; Jade; Poppy",
        "E08",
    ),
    (
        HAL,
        "2025-11-11 15:30",
        "CPOMS | Meeting | CIN mtg in school, 3.30pm, SR attended. Actions for school: breakfast club place for Jade from Mon, YC referral to be completed by SR, attendance tracked weekly. - SR",
        "Jade; SR",
        "E08",
    ),
    (
        HV,
        "2025-11-11",
        "Attended CIN meeting at Haldane Academy (MQ). HV actions: fortnightly weights, chase comm paeds appt, Healthy Start vitamins.",
        "Poppy; MQ",
        "E08",
    ),
    (
        YJS,
        "2025-11-11",
        "CIN meeting at Haldane Acad - LG attended. Update: Connor 3/3 YCC sessions attended, apology letter drafted. Concern re contact w/ R Malley.",
        "Connor; LG; Reece Malley",
        "E08",
    ),
    # ---------------- E09 community paeds clinic ----------------
    (
        HV,
        "2025-11-18",
        "Accompanied Mum + Poppy to community paediatric clinic (Dr Okonjo) - Mum asked for support to understand. Wt 8.35kg. No organic cause suspected; environmental/feeding. Dietitian referral. R/v 3/12. HV to continue fortnightly wts.",
        "Poppy; Mum; Dr Okonjo; MQ",
        "E09",
    ),
    (
        GP,
        "2025-12-02",
        "Clinic letter - comm paeds (Dr Okonjo) re appt 18/11/25: faltering growth, IDA. No organic cause found - likely nutritional/psychosocial. Cont iron. Referred dietetics. R/v 3/12. HV present.",
        "Poppy Rourke; Dr Okonjo",
        "E09",
    ),
    # ---------------- E10 Jade suspension + call ----------------
    (
        HAL,
        "2025-11-24 11:30",
        "CPOMS | Behaviour - Serious | Jade - verbal abuse to Mrs Dale in maths, threw chair (no injury). Suspension 5 days (FTS) 25/11-01/12. Letter to Mum. SR rang SW (Bethany Clarke) 11:50 to inform; work to be sent home. - SR",
        "Jade; Mum; SR; Bethany Clarke",
        "E10",
    ),
    (
        HAR,
        "2025-11-24 11:50",
        "Telephone call from Stephen Royle. Jade has been sent home for five days after an outburst in a maths lesson. He is worried that she will spend the week looking after Poppy while her mother sleeps. I said I would visit on Wednesday.",
        "Stephen Royle; Jade; Poppy; Tanya Rourke",
        "E10",
    ),
    (
        GP,
        "2025-11-24 16:10",
        "Jade - seen w/ Mum. Headaches x3/52, worse pm, poor sleep (up with baby). No red flags. Optician + sleep hygiene advised. Mum says J 'off school' this week.",
        "Jade Rourke; Mum; Dr Iqbal",
        None,
    ),
    (
        HAR,
        "2025-11-26",
        "Visit during Jade's suspension. Jade answered the door holding Poppy; Ms Rourke was asleep upstairs at 11am. Jade had not been given the school work. Discussed with Ms Rourke, who said she had been up in the night. Concerns escalated to team manager - to be discussed in supervision.",
        "Jade; Poppy; Tanya Rourke",
        None,
    ),
    # ---------------- E11 police welfare incident Mon 8/12 ----------------
    (
        POL,
        "2025-12-08 19:40",
        "Occ 25/1208/0963. Call from neighbour - young children crying, no lights, 22 Cobden St. Officers att 20:05 (PC 2274 ROWE). ROURKE Jade (13) in charge of ROURKE Tyler (7) + ROURKE Poppy (1). Mother out since approx 15:00. No electric (prepayment £0), house approx 12C, dog faeces in kitchen, little food. Poppy soiled nappy, sores to groin. Mother returned 20:50, not intoxicated, 'lost track of time'. Emergency credit arranged. PPN (child) submitted. EDT informed.",
        "ROURKE Jade; ROURKE Tyler; ROURKE Poppy; ROURKE Tanya; PC Rowe",
        "E11",
    ),
    (
        HAR,
        "2025-12-08 21:15",
        "EDT: call from PC Rowe at 22 Cobden Street. Officers found Jade (13) alone caring for Tyler and Poppy with no electricity; Ms Rourke returned during the visit. The electricity has been restored with emergency credit and the children are warm and fed. Ms Rourke agreed that Ms Vance will come round tomorrow. No removal required tonight; passed to the allocated social worker.",
        "PC Rowe; Jade; Tyler; Poppy; Tanya Rourke; Kerry Vance",
        "E11",
    ),
    (
        HAR,
        "2025-12-09 09:10",
        "MASH: Police Protection Notice received relating to the incident on the evening of 8 December at the family home (children left with Jade, no electricity, poor home conditions). Open CIN case - sent to Bethany Clarke and the team manager. Strategy discussion to be convened.",
        "Jade; Tyler; Poppy; Bethany Clarke",
        "E11",
    ),
    (
        GP,
        "2025-12-09 11:20",
        "Poppy - seen w/ Mum + aunt. Nappy dermatitis w/ satellite lesions - ?candida. Clotrimazole + barrier. Wt 8.3kg. Mum says 'police came last night'.",
        "Poppy Rourke; Mum; Kerry; Dr Iqbal",
        None,
    ),
    (
        GP,
        "2025-12-09 14:30",
        "Req from Harrowdene MASH for info for strat discussion re Rourke children. Summary faxed/emailed: IDA, faltering growth, nappy dermatitis today, Mum LD + depression. FI unable to join tomorrow (clinic).",
        "Poppy; Mum; Dr Iqbal",
        None,
    ),
    # ---------------- E12 strategy discussion ----------------
    (
        HAR,
        "2025-12-10 11:00",
        "Strategy discussion (Teams). Chair: team manager. Present: Bethany Clarke, DS Naylor (police), Marie Quinn (HV); GP and school information provided in writing. The threshold for section 47 enquiries is met for all four children (neglect). Single-agency social care enquiry with police support for a joint visit. Child protection medical for Poppy to be arranged. Initial child protection conference to be convened.",
        "Bethany Clarke; DS Naylor; Marie Quinn; Poppy; Jade; Tyler; Connor",
        "E12",
    ),
    (
        POL,
        "2025-12-10 11:00",
        "Strat disc re ROURKE children x4 (Occ 25/1208/0963). Neglect. No offence identified at present (s1 CYPA considered, not met). CSC to lead s47; police to support JV 11/12. DS Naylor.",
        "ROURKE Jade; ROURKE Tyler; ROURKE Poppy; ROURKE Connor; DS Naylor",
        "E12",
    ),
    (
        HV,
        "2025-12-10",
        "Strategy discussion (Teams) - MQ attended. s47 agreed x4 children. CP medical for Poppy to be booked by SW. HV to share growth chart.",
        "Poppy; MQ",
        "E12",
    ),
    (
        HAR,
        "2025-12-11 09:00",
        "Management oversight: strategy decision endorsed. Section 47 enquiry to conclude by 7 January; ICPC booked for 8 January. Consider the legal gateway if the home conditions do not improve quickly.",
        "Poppy; Jade; Tyler; Connor",
        None,
    ),
    # ---------------- E13 JV SW + police ----------------
    (
        HAR,
        "2025-12-11 15:30",
        "Joint visit with PC Rowe under section 47. All four children seen; Jade and Connor spoken to alone. The electricity is on and Ms Vance had cleaned the kitchen, but the upstairs rooms are very dirty, mattresses are stained and there is no bed for Poppy. Connor said Jade 'does more than Mum'. Ms Rourke agreed to a written safety plan: Ms Vance to visit daily, no leaving Jade in charge after dark.",
        "PC Rowe; Poppy; Jade; Tyler; Connor; Kerry Vance; Tanya Rourke",
        "E13",
    ),
    (
        POL,
        "2025-12-11 15:30",
        "JV w/ SW CLARKE to 22 Cobden St (s47). All 4 children seen. Home improved downstairs, upstairs poor. Safety plan by CSC. No police action. - PC 2274 ROWE",
        "SW Clarke; PC Rowe; ROURKE Tanya",
        "E13",
    ),
    (
        GP,
        "2025-12-11 09:40",
        "Tanya - r/v. Mood low, tearful, 'social services everywhere', worried kids taken. No SI. Sertraline incr 100mg. Signposted Mencap advocacy. R/v 4/52.",
        "Tanya Rourke; Dr Iqbal",
        None,
    ),
    # ---------------- E14 CP medical ----------------
    (
        HAR,
        "2025-12-12",
        "Poppy attended a child protection medical with Dr Okonjo at the Child Development Centre, accompanied by her mother, Marie Quinn and me. Dr Okonjo found faltering growth (weight below the 0.4th centile), severe nappy dermatitis, untreated dental decay from bottles and no injuries. She considers the presentation consistent with neglect.",
        "Poppy Rourke; Tanya Rourke; Dr Okonjo; Marie Quinn",
        "E14",
    ),
    (
        HV,
        "2025-12-12",
        "Attended CP medical (Dr Okonjo) w/ SW + Mum. Wt 8.3kg. Findings consistent w/ neglect per paediatrician. Dental ref to be made by HV.",
        "Poppy; Mum; Dr Okonjo; SW Clarke",
        "E14",
    ),
    (
        GP,
        "2025-12-22",
        "CP medical report rec'd (Dr Okonjo, exam 12/12/25): faltering growth <0.4th, severe nappy dermatitis, dental caries x4, no injuries. Opinion: neglect. Read-coded CP concern.",
        "Poppy Rourke; Dr Okonjo",
        "E14",
    ),
    (
        HAL,
        "2025-12-12",
        "CPOMS | Attendance | Connor - mocks: absent for 2 of 5 papers this week (Maths P1, Geog). Mum says 'ill'. HOY to call. - KW",
        "Connor",
        None,
    ),
    (
        HAL,
        "2025-12-15",
        "CPOMS | Safeguarding | Strategy meeting minutes (10/12) rec'd from Harrowdene MASH by email. School gave info in writing only. s47 for all 4 children. Actions for school: report for ICPC 08/01, daily check-in for Jade. - SR",
        "Jade; Connor; SR",
        "E12",
    ),
    # ---------------- E15 Connor arrest 2 (Sat 27/12) ----------------
    (
        POL,
        "2025-12-27 16:20",
        "Occ 25/1227/0544. Robbery (personal) - Harrowdene bus stn. V (14, M) had iPhone taken by 2 males, threats made, no weapon seen. ROURKE Connor (15) + MALLEY Reece (17) identified CCTV, arr 17:05. Interviewed w/ AA (EDT). Both charged robbery. Connor bailed to Youth Court 21/01/26 - conds: curfew 19:00-07:00 home addr, no contact MALLEY.",
        "ROURKE Connor; MALLEY Reece",
        "E15",
    ),
    (
        HAR,
        "2025-12-27 19:30",
        "EDT: request from custody for an appropriate adult for Connor Rourke, arrested this afternoon with Reece Malley for a robbery at the bus station. Ms Rourke said she could not come out with the little ones. EDT worker attended 20:15. Connor answered 'no comment' and was charged; bailed home with a curfew. Allocated worker to be informed on Monday.",
        "Connor Rourke; Reece Malley; Tanya Rourke",
        "E15",
    ),
    (
        YJS,
        "2025-12-29",
        "Custody notification (arr 27.12.25): Connor charged robbery, co-def R Malley. Bailed to Youth Court 21.01.26, curfew + non-contact. YCC ongoing - consider breach / report to JDP. PSR likely.",
        "Connor Rourke; Reece Malley",
        "E15",
    ),
    # ---------------- ICPC reports (null) ----------------
    (
        GP,
        "2026-01-05",
        "Report for ICPC (all 4 children) sent to Harrowdene conference team. FI not attending - surgery.",
        "Poppy; Jade; Tyler; Connor; Dr Iqbal",
        None,
    ),
    (
        POL,
        "2026-01-06",
        "ICPC 08/01 - ROURKE children. Police report submitted to conference admin (incidents 20/09, 25/10, 08/12, 27/12). No police attendance - apologies sent.",
        "ROURKE Connor; ROURKE Jade",
        None,
    ),
    # ---------------- E16 ICPC ----------------
    (
        HAR,
        "2026-01-08 10:00",
        "Initial child protection conference, chaired by Ruth Adeyemi. Present: Ms Rourke with an advocate, Ms Vance, Bethany Clarke, Marie Quinn, Stephen Royle, Lewis Grant. Reports from the GP and police. All four children were made subject to child protection plans under the category of neglect. The plan includes an adult learning disability assessment for Ms Rourke, support into a tenancy if the family are evicted, Jade's caring role to end, and a parenting programme adapted for learning disability. First core group within ten working days.",
        "Ruth Adeyemi; Tanya Rourke; Kerry Vance; Bethany Clarke; Marie Quinn; Stephen Royle; Lewis Grant; Poppy; Jade; Tyler; Connor",
        "E16",
    ),
    (
        HV,
        "2026-01-08",
        "ICPC attended (MQ). All 4 children CP plans - cat neglect. HV actions: fortnightly HV + wt, dental ref, dietetic f/u, core group member.",
        "Poppy; MQ",
        "E16",
    ),
    (
        HAL,
        "2026-01-08",
        "CPOMS | Meeting | ICPC attended by SR for Jade + Connor. Outcome: CP plans (neglect). School: daily check-in Jade, YC group, Connor exam support + attendance. - SR",
        "Jade; Connor; SR",
        "E16",
    ),
    (
        YJS,
        "2026-01-08",
        "Initial CP conf - LG attended. Connor + sibs on CP plans (neglect). Gave update on YCC + new robbery charge. Core group member.",
        "Connor; LG",
        "E16",
    ),
    (
        GP,
        "2026-01-15",
        "Letter from Harrowdene conference team: ICPC 08/01/26 - Connor, Jade, Tyler, Poppy subject to CP plans (neglect). CP alerts added all 4 + Mum.",
        "Connor; Jade; Tyler; Poppy; Mum",
        None,
    ),
    # ---------------- E18 core group 1 ----------------
    (
        HV,
        "2026-01-20 09:30",
        "HV home visit (MQ). Poppy wt 8.45kg - first gain over 2 wks. Cot now in place (charity). Nappy area healing. Mum using picture plan.",
        "Poppy; Mum; MQ",
        None,
    ),
    (
        HAR,
        "2026-01-20 14:00",
        "First core group at the Cobden Family Hub. Present: Ms Rourke, Ms Vance, Marie Quinn, Stephen Royle, Bethany Clarke. Lewis Grant sent an update. Poppy has gained weight for the first time. Jade's attendance is better since breakfast club. The possession hearing is listed for 3 March. Ms Rourke has been offered a place on the adapted Parenting Together course.",
        "Tanya Rourke; Kerry Vance; Marie Quinn; Stephen Royle; Bethany Clarke; Poppy; Jade",
        "E18",
    ),
    (
        HV,
        "2026-01-20 14:00",
        "Core group 1 (MQ): shared wt gain. Dental appt 04/02. Next CG 04/03.",
        "Poppy; MQ",
        "E18",
    ),
    (
        HAL,
        "2026-01-20 14:00",
        "CPOMS | Meeting | Core group 1 at family hub - SR. Jade attendance 91% since Xmas. Connor 78%. - SR",
        "Jade; Connor; SR",
        "E18",
    ),
    # ---------------- E17 youth court ----------------
    (
        YJS,
        "2026-01-21",
        "Harrowdene Youth Court - Connor, robbery 27.12.25. Pleaded guilty. PSR (LG) proposed referral order. Sentence: 9 month RO. Co-def (adult) sent to Crown. YCC superseded.",
        "Connor Rourke; LG",
        "E17",
    ),
    (
        HAR,
        "2026-01-21",
        "I went with Ms Rourke to the youth court because she was anxious about the letters and the courtroom. Connor pleaded guilty and was given a nine-month referral order. Ms Rourke was upset that 'Reece gets off easier'. The youth justice worker explained what happens next.",
        "Tanya Rourke; Connor Rourke; Reece Malley; Lewis Grant",
        "E17",
    ),
    # ---------------- E19 Jade missing 2 (Sat 31/1) ----------------
    (
        POL,
        "2026-01-31 23:50",
        "MFH. ROURKE Jade (13), on CP plan. Reported by mother 23:30. Risk HIGH (prev MFH, CSE indicators). Located 03:10 Silverbrook retail park car park in Vauxhall Corsa with 2 males (18, 19) - details obtained, intel submitted. Jade intoxicated, conveyed home. CSC EDT + MASH notified.",
        "ROURKE Jade; ROURKE Tanya",
        "E19",
    ),
    (
        HAL,
        "2026-02-02 08:40",
        "CPOMS | Safeguarding | Mum phoned: Jade 'not coming in, she's wrecked' - police brought her home early hours Sunday after she went missing Sat night. SR informed; SW emailed. - office/JT",
        "Jade; Mum; SR",
        "E19",
    ),
    (
        HAR,
        "2026-02-02",
        "Police notification received: Jade was reported missing late on Saturday 31 January and found at 3am in a car in Silverbrook with two young men aged 18 and 19. She had been drinking. This is her second missing episode. Return home interview to be offered; referral to the complex safeguarding (exploitation) team.",
        "Jade Rourke",
        "E19",
    ),
    (
        HAR,
        "2026-02-04",
        "Return home interview. Jade would not name the young men; she said one is 'a mate of Reece's' and that they give her vapes and lifts. CSE risk assessment updated to medium-high. Referral made to the complex safeguarding team.",
        "Jade Rourke; Reece Malley",
        None,
    ),
    # ---------------- E20 referral order panel ----------------
    (
        YJS,
        "2026-02-10 17:00",
        "Initial RO panel (community volunteers x2 + LG). Contract agreed: 20 hrs reparation, victim awareness, knife/robbery consequences work, ETE. Mr Royle attended for school. Mum present.",
        "Connor; Mum; Mr Royle; LG",
        "E20",
    ),
    (
        HAL,
        "2026-02-10 17:00",
        "CPOMS | Meeting | SR attended Connor's YOT panel after school at request of YJS - agreed school will support ETE target (attendance >85%, revision sessions). - SR",
        "Connor; SR; Lewis Grant",
        "E20",
    ),
    # ---------------- E21 landlord incident (Sat 14/2) ----------------
    (
        POL,
        "2026-02-14 11:20",
        "Occ 26/0214/0312. Call from ROURKE Tanya - landlord at door demanding keys, attempting to change locks. Officers att 11:40. PIKE Gerald (landlord) spoken to - advised re Protection from Eviction Act, must use court process (hearing 03/03). Locksmith left. Children present (4), home cold. PPN submitted. Civil matter otherwise.",
        "ROURKE Tanya; PIKE Gerald",
        "E21",
    ),
    (
        HAR,
        "2026-02-16",
        "PPN received from police about an incident on Saturday 14 February: the landlord, Mr Pike, came to the house with a locksmith and tried to change the locks while the family were inside. Officers advised him he must wait for the court. Bethany Clarke to contact Harrowdene Housing Options today about prevention duty.",
        "Gerald Pike; Tanya Rourke; Bethany Clarke",
        "E21",
    ),
    # ---------------- E22 PEX ----------------
    (
        HAL,
        "2026-02-26 14:10",
        "CPOMS | Behaviour - Serious / Exclusion | Jade - assaulted Y8 pupil at lunch (punched, pulled hair), pushed Mr Hale when he intervened. Headteacher decision: PEX. Mum phoned 14:40 - collected Jade. Letter issued. LA exclusions team + SW notified by email 15:30. - SR",
        "Jade; Mum; SR",
        "E22",
    ),
    (
        HAR,
        "2026-02-27",
        "Email from Stephen Royle (sent yesterday at 15:30): Jade has been permanently excluded from Haldane Academy after assaulting a younger pupil and pushing a teacher. Ms Rourke has not yet understood that she can ask the governors to review the decision; I will explain at my visit on Monday. Jade will be at home without education, caring for Poppy.",
        "Stephen Royle; Jade; Tanya Rourke; Poppy",
        "E22",
    ),
    (
        HAR,
        "2026-03-02",
        "Management oversight: Jade's permanent exclusion and the second missing episode increase risk. Education to be raised at the core group; ask Harrowdene inclusion service about interim provision, noting the family may move out of borough.",
        "Jade",
        None,
    ),
    (
        HAR,
        "2026-03-03",
        "Ms Rourke phoned after the possession hearing at the county court: a possession order was made and bailiffs are booked for 18 March. Harrowdene Housing Options have offered bed and breakfast only; Ms Vance has offered the family her home in Silverbrook.",
        "Tanya Rourke; Kerry Vance",
        None,
    ),
    # ---------------- E23 core group 2 ----------------
    (
        HAR,
        "2026-03-04 10:00",
        "Second core group at the family hub. Present: Ms Rourke, Ms Vance, Marie Quinn, Lewis Grant, Bethany Clarke; Stephen Royle by phone for Connor. The family will go to Ms Vance's house in Silverbrook after the eviction; a transfer-in conference will be requested. Jade's exclusion review is not being pursued. Poppy is 8.6kg.",
        "Tanya Rourke; Kerry Vance; Marie Quinn; Lewis Grant; Bethany Clarke; Stephen Royle; Jade; Poppy",
        "E23",
    ),
    (
        HV,
        "2026-03-04 10:00",
        "Core group 2 (MQ). Family likely to move to Silverbrook - HV transfer to Silverbrook 0-19 team once address confirmed. Poppy 8.6kg.",
        "Poppy; MQ",
        "E23",
    ),
    (
        YJS,
        "2026-03-04",
        "Core grp (CSC) - LG attended. RO compliance good (6/6). Curfew address may change to aunt's, Silverbrook - court to be notified; YJS case to transfer to Silverbrook team.",
        "Connor; LG; Kerry",
        "E23",
    ),
    # ---------------- E24 eviction ----------------
    (
        POL,
        "2026-03-18 10:00",
        "Attend 22 Cobden St - county court bailiff eviction, to prevent BOP. Occupants ROURKE Tanya + 3 children + dog. Left peacefully 10:45 with belongings in aunt's van. New addr: c/o VANCE, 6 Heron Way, Silverbrook. Landlord PIKE present.",
        "ROURKE Tanya; Kerry Vance; PIKE Gerald",
        "E24",
    ),
    (
        HAR,
        "2026-03-18 10:00",
        "I attended the eviction with Ms Vance. Two police officers were present. Ms Rourke was very distressed and Poppy cried throughout; Jade packed most of the family's belongings. The family have gone to Ms Vance's three-bedroom house at 6 Heron Way, Silverbrook (eight people in total). Tyler will stay at Millbrook Primary for now.",
        "Kerry Vance; Tanya Rourke; Poppy; Jade; Tyler",
        "E24",
    ),
    (
        YJS,
        "A:2026-03-16:2026-03-20:w/c 16.03.2026",
        "Family evicted by bailiffs this week - Connor now at aunt's, 6 Heron Way Silverbrook. Curfew/RO address change notified to court. Transfer to Silverbrook YJS initiated (LG remains until handover).",
        "Connor; Kerry; LG",
        "E24",
    ),
    # ---------------- E25 transfer request ----------------
    (
        HAR,
        "2026-03-24",
        "Transfer-in request sent to Silverbrook Children's Services with the child protection plans, the ICPC minutes, both core group records and the chronology. The children remain subject to child protection plans in Harrowdene until the transfer-in conference.",
        "Poppy; Jade; Tyler; Connor",
        "E25",
    ),
    (
        SIL,
        "2026-03-31",
        "Case note (Front Door): transfer-in request received from Harrowdene Children's Social Care (dated 24 March 2026) for the four Rourke children, all subject to CP plans (neglect), now living with their maternal aunt at 6 Heron Way. Allocated to Daniel Osei. Transfer-in conference to be booked within 15 working days.",
        "Connor; Jade; Tyler; Poppy; Kerry Vance; Daniel Osei",
        "E25",
    ),
    (
        HV,
        "2026-03-26",
        "Transfer summary sent to Silverbrook 0-19 team (Heron Way). Handover call booked with new HV.",
        "Poppy; MQ; SL",
        None,
    ),
    (
        SIL,
        "2026-04-02",
        "The allocated social worker made an introductory visit to 6 Heron Way. Ms Vance, her two teenage sons and the Rourke family are sharing three bedrooms; Ms Rourke and Poppy sleep in the living room. The children were all seen. Jade has no school place. Ms Rourke has registered with Silverbrook housing as homeless.",
        "Kerry Vance; Tanya Rourke; Poppy; Jade; Connor; Tyler",
        None,
    ),
    (
        HV,
        "2026-04-14",
        "New birth/transfer-in visit (SL), Heron Way. Poppy wt 8.55kg (slight loss - move). Overcrowded. Mum appears overwhelmed. Plan: fortnightly wts cont.",
        "Poppy; Mum; SL",
        None,
    ),
    (
        HV,
        "A:2026-03-09:2026-03-13:wk of 9 Mar 2026 (approx., per Mum)",
        "Poppy - dental extractions x4 under GA at dental hospital (per Mum; date not confirmed, letter not rec'd). Eating better since.",
        "Poppy; Mum",
        None,
    ),
    # ---------------- E26 transfer-in conference ----------------
    (
        SIL,
        "2026-04-23 13:00",
        "Transfer-in child protection conference. Chair: Olu Bankole. Attended: Ms Rourke (with Mencap advocate), Ms Vance, Daniel Osei, Bethany Clarke (Harrowdene), Sasha Lord (HV), Lewis Grant (YJS). GP report received. All four children to remain subject to child protection plans (neglect); the plan now adds priority housing, a school place for Jade through in-year fair access, and the complex safeguarding team's work with Jade and Connor.",
        "Olu Bankole; Tanya Rourke; Kerry Vance; Daniel Osei; Bethany Clarke; Sasha Lord; Lewis Grant; Poppy; Jade; Tyler; Connor",
        "E26",
    ),
    (
        HAR,
        "2026-04-23",
        "Bethany Clarke attended the transfer-in conference in Silverbrook. The children remain on plans and case responsibility passed to Silverbrook today. Case to be closed to Harrowdene after the final handover call.",
        "Bethany Clarke; Poppy; Jade; Tyler; Connor",
        "E26",
    ),
    (
        HV,
        "2026-04-23",
        "TICPC (Silverbrook) - SL attended. CP plans continue x4. HV to weigh fortnightly + refer to Silverbrook nursery 2-yr funded place.",
        "Poppy; SL",
        "E26",
    ),
    (
        YJS,
        "2026-04-23",
        "Transfer-in CP conf, Silverbrook - LG attended w/ new YJS worker. RO 3 of 9 months complete. Connor still attending Haldane for GCSEs (bus pass arranged).",
        "Connor; LG",
        "E26",
    ),
    (
        HAR,
        "2026-04-27",
        "Closure summary: case transferred to Silverbrook Children's Services on 23 April 2026 following the transfer-in conference. Final handover call with Daniel Osei completed.",
        "Daniel Osei",
        None,
    ),
    # ---------------- E27 Jade starts Sandpiper ----------------
    (
        SIL,
        "2026-05-05 10:00",
        "Daniel Osei attended Jade's integration meeting at Sandpiper Academy with Mrs Finch (DSL) and Ms Rourke. Jade was quiet but agreed to a reduced timetable for two weeks and a mentor. Mrs Finch will refer Jade to Silverbrook Young Carers.",
        "Daniel Osei; Angela Finch; Jade Rourke; Tanya Rourke",
        "E27",
    ),
    (
        SAN,
        "A:2026-05-04:2026-05-08:w/c 4/5/26",
        "[Admissions/Safeguarding] Jade R (Y9) admitted via IYFAP following PEX from Haldane. Integration meeting w/ Mum + SW D Osei. Reduced timetable 09:00-12:30 for 2 wks, learning mentor allocated. CP plan noted - DSL AF.",
        "Jade; Mum; DO; AF",
        "E27",
    ),
    # ---------------- E28 Poppy admission ----------------
    (
        HV,
        "2026-05-13",
        "Tel call from Mum 09:15: Poppy admitted to Silverbrook General children's ward last night via A&E - D&V, dehydrated. SL informed ward safeguarding nurse of CP plan + growth history.",
        "Poppy; Mum; SL",
        "E28",
    ),
    (
        SIL,
        "2026-05-13 11:40",
        "Call from the ward safeguarding nurse at Silverbrook General: Poppy was admitted through the emergency department last night with diarrhoea and vomiting and dehydration; weight 8.2kg. Ms Rourke is staying on the ward. Jade and Tyler are with Ms Vance. The ward will complete a feeding observation before discharge.",
        "Poppy Rourke; Tanya Rourke; Jade; Tyler; Kerry Vance",
        "E28",
    ),
    (
        SAN,
        "2026-05-13",
        "[Pastoral] Jade R - mentor session 1 (LM). Jade talked about Reece + 'the older lads' - no disclosure. Goals set: attendance, 1 friend. AF informed.",
        "Jade; Reece; AF",
        None,
    ),
    (
        GP,
        "M:2026-05",
        "D/c summary rec'd - Silverbrook Gen paeds ward, adm 12/05/26 - 15/05/26: gastroenteritis + dehydration on background faltering growth. Fed well on ward - gained 350g in 3 days. Ward safeguarding informed SW. GP: wt r/v 2/52, cont iron.",
        "Poppy Rourke",
        "E28",
    ),
    (
        HV,
        "2026-05-18",
        "HV post-discharge visit (SL). Poppy wt 8.5kg. Well, eating. Mum says ward 'showed her' portion sizes. Overcrowding ongoing.",
        "Poppy; Mum; SL",
        None,
    ),
    # ---------------- E29 Sandpiper call to SW ----------------
    (
        SAN,
        "2026-05-20 13:40",
        "[Safeguarding] Jade disclosed to learning mentor she was left 'in charge' of Tyler + cousins 2 nights last wk while Mum at hospital - aunt working nights. Tired, missed registration. AF phoned SW (D Osei) 13:40. YC referral submitted.",
        "Jade; Tyler; Mum; AF; DO",
        "E29",
    ),
    (
        SIL,
        "2026-05-20 13:40",
        "Angela Finch rang. During the week Poppy was in hospital, Jade looked after Tyler and her cousins overnight on two nights as Ms Vance was working night shifts. She is exhausted. I will discuss it with Ms Vance and Ms Rourke tonight and add overnight cover to the safety plan.",
        "Angela Finch; Jade; Tyler; Kerry Vance; Tanya Rourke; Poppy",
        "E29",
    ),
    # ---------------- E30 core group Silverbrook ----------------
    (
        SIL,
        "2026-06-02 15:45",
        "Core group (Silverbrook), held at Sandpiper Academy. Present: Ms Rourke, Ms Vance, Daniel Osei, Sasha Lord, Angela Finch, YJS (Chloe Hart for Lewis Grant). Poppy 8.7kg and gaining since discharge. Housing have offered a three-bedroom flat at 41 Marlow Road from 15 June. Jade full-time from next week.",
        "Tanya Rourke; Kerry Vance; Daniel Osei; Sasha Lord; Angela Finch; Poppy; Jade",
        "E30",
    ),
    (
        SAN,
        "2026-06-02 15:45",
        "[Meeting] Core group hosted in school - AF. Jade moving to full timetable from 08/06. Attendance 88% (part-time). YC group Weds.",
        "Jade; AF",
        "E30",
    ),
    (
        HV,
        "2026-06-02",
        "CG (SL). Wt 8.7kg. Nursery place from Sept (2-yr funding) agreed. New flat 41 Marlow Rd mid-June.",
        "Poppy; SL",
        "E30",
    ),
    (
        YJS,
        "2026-06-02",
        "Core group - C Hart (YJS Silverbrook) attended for LG. RO on track, reparation 14/20 hrs.",
        "Connor",
        "E30",
    ),
    # ---------------- E31 Connor knife arrest (Sat 13/6) ----------------
    (
        POL,
        "2026-06-13 21:15",
        "Occ 26/0613/1120. S/S (s1 PACE) Silverbrook Park - grp of 4 males, smell of cannabis. ROURKE Connor (15) - lock knife (3.5in) in waistband. Arr poss bladed article. Silverbrook custody, AA = aunt VANCE Kerry. Admitted - 'for protection'. RUI pending CPS/YJS. PPN submitted.",
        "ROURKE Connor; Kerry Vance",
        "E31",
    ),
    (
        YJS,
        "2026-06-15",
        "Police notification: Connor arr Sat 13.06.26 - poss bladed article, Silverbrook Park. RUI. On RO - panel to be informed; knife crime work to be prioritised. Risk review (RoSH) to medium.",
        "Connor",
        "E31",
    ),
    (
        SIL,
        "2026-06-15",
        "Police notification received: Connor was arrested on Saturday night in Silverbrook Park carrying a lock knife; his aunt acted as appropriate adult. He told officers it was for protection. A strategy discussion about possible criminal exploitation will be held on Wednesday.",
        "Connor Rourke; Kerry Vance",
        "E31",
    ),
    (
        HAL,
        "2026-06-15",
        "CPOMS | Exams | Connor sat GCSE Eng Lit P2 - on time, completed. - exams office",
        "Connor",
        None,
    ),
    # ---------------- E32 strategy discussion re Connor ----------------
    (
        SIL,
        "2026-06-17 10:00",
        "Strategy discussion (Connor - possible criminal exploitation). Present: team manager, Daniel Osei, DS Naylor, Chloe Hart (YJS). Agreed section 47 not required as Connor is already subject to a CP plan; a contextual safeguarding assessment and an NRM referral will be considered. Police to share intelligence on the group in Silverbrook Park.",
        "Connor Rourke; Daniel Osei; DS Naylor",
        "E32",
    ),
    (
        POL,
        "2026-06-17 10:00",
        "Strat disc (CCE) - ROURKE Connor. Agreed: intel sharing re Silverbrook Park grp, NRM to be considered by CSC. Knife matter - await YJS view for OOCD vs charge. DS Naylor.",
        "ROURKE Connor; DS Naylor",
        "E32",
    ),
    (
        YJS,
        "2026-06-17",
        "Strat meeting (CSC Silverbrook) - YJS attended (C Hart). YJS view: OOCD not appropriate while on RO; return to court likely. Contextual safeguarding referral supported.",
        "Connor",
        "E32",
    ),
    (
        SIL,
        "2026-06-18",
        "Management oversight: strategy outcome agreed. NRM referral to be made this week; review Connor's plan at RCPC on 7 July.",
        "Connor",
        None,
    ),
    (
        GP,
        "2026-06-30",
        "Report for RCPC 07/07 sent. FI will join by phone.",
        "Poppy; Jade; Tyler; Connor; Dr Iqbal",
        None,
    ),
    # ---------------- E33 RCPC ----------------
    (
        SIL,
        "2026-07-07 10:00",
        "Review child protection conference (chair Olu Bankole). Present: Ms Rourke with advocate, Ms Vance, Daniel Osei, Sasha Lord, Angela Finch, YJS (Chloe Hart); Dr Iqbal by telephone. The family moved into 41 Marlow Road on 15 June. Poppy's weight is on the 2nd centile and rising. Poppy, Tyler and Jade remain subject to child protection plans (neglect). Connor's plan ends; he will be supported under a child in need plan alongside the YJS and the contextual safeguarding team.",
        "Olu Bankole; Tanya Rourke; Kerry Vance; Daniel Osei; Sasha Lord; Angela Finch; Dr Iqbal; Poppy; Tyler; Jade; Connor",
        "E33",
    ),
    (
        GP,
        "2026-07-07",
        "RCPC - FI joined by phone 10:00-10:40. P/T/J remain CP (neglect), Connor -> CIN. GP: Poppy wt 4-wkly, Mum MH r/v.",
        "Poppy; Tyler; Jade; Connor; Dr Iqbal",
        "E33",
    ),
    (HV, "2026-07-07", "RCPC attended (SL). Wt 9.0kg. Plans continue P/T/J.", "Poppy; SL", "E33"),
    (
        SAN,
        "2026-07-07",
        "[Meeting] RCPC - AF attended. Jade remains CP. Jade attendance 93% since full-time. - AF",
        "Jade; AF",
        "E33",
    ),
    (
        YJS,
        "2026-07-07",
        "RCPC - C Hart attended. Connor off CP plan -> CIN. Knife matter listed Youth Court 22.07.26.",
        "Connor",
        "E33",
    ),
    (
        SAN,
        "2026-07-14",
        "[Admin] Letter from Silverbrook conference service rec'd: RCPC 07/07 outcome - Jade remains subject to CP plan. Filed.",
        "Jade",
        None,
    ),
    # ---------------- E34 HV-SW phone call ----------------
    (
        HV,
        "2026-07-21 11:10",
        "Tel to DO (SW) 11:10: P 9.1kg today (2nd centile, rising since May). Eating family meals. Mum engaging w/ HV fortnightly. Nursery from 07/09. Suggest HV visits monthly from Sept.",
        "Poppy; DO; SL",
        "E34",
    ),
    (
        SIL,
        "2026-07-21 11:10",
        "Sasha Lord telephoned with good news: Poppy is now growing steadily. She proposes reducing her visits to monthly once nursery starts. Agreed to review at the next core group.",
        "Sasha Lord; Poppy",
        "E34",
    ),
    (
        SIL,
        "2026-07-23",
        "Contact from the offender management unit at HMP Ashgrove: Shane Rourke is eligible for release on licence in late September 2026 and has asked to live at 41 Marlow Road. Information requested from Children's Services for the release plan; Ms Rourke to be consulted.",
        "Shane Rourke; Tanya Rourke",
        None,
    ),
    (
        HV,
        "2026-08-04",
        "HV home visit (SL), Marlow Rd. Poppy wt 9.15kg. Home tidy, cot in Mum's room. Mum asked about Shane coming home - advised to talk to SW.",
        "Poppy; Mum; Shane; SL",
        None,
    ),
    (
        SIL,
        "2026-08-06",
        "Statutory visit to 41 Marlow Road. All children seen except Connor (out with friends). Home clean, food in cupboards. Jade said she now 'gets to be 13'. Ms Rourke is unsure about Shane moving back in.",
        "Poppy; Tyler; Jade; Tanya Rourke; Shane Rourke",
        None,
    ),
]

# Routine single-agency filler (null): look-alike contacts.
POOLS = {
    HAR: [
        (
            "Home visit. Ms Rourke and Poppy seen. Kitchen cleaner than last time; fridge has basic food. Dog still not walked.",
            "Tanya Rourke; Poppy",
        ),
        (
            "Telephone call to Ms Rourke to remind her of tomorrow's appointment. She asked me to text as well.",
            "Tanya Rourke",
        ),
        (
            "Supervision with team manager. Plan reviewed; chase adult learning disability team about Ms Rourke's assessment.",
            "Tanya Rourke",
        ),
        (
            "Foodbank voucher issued and collected by Ms Vance on the family's behalf.",
            "Kerry Vance",
        ),
        (
            "Letter written to Mr Rourke at HMP Ashgrove explaining the plan and asking for his views on the children.",
            "Shane Rourke",
        ),
        (
            "Home visit. Tyler seen after school; he said he likes Millbrook and his teacher. Jade out.",
            "Tyler; Tanya Rourke",
        ),
    ],
    SIL: [
        (
            "Statutory visit (CP). Children seen; home clean, food in. Ms Rourke engaging.",
            "Tanya Rourke; Poppy; Tyler",
        ),
        ("Supervision: plan on track. Chase housing band review.", "Tanya Rourke"),
        (
            "Family support worker session with Ms Rourke - routines and budgeting (pictorial).",
            "Tanya Rourke",
        ),
        ("Text reminder sent to Ms Rourke about Poppy's weigh-in.", "Tanya Rourke; Poppy"),
    ],
    POL: [
        (
            "Intel log: ROURKE Connor seen in company of MALLEY Reece, Cobden Rec, 22:00. No offences.",
            "ROURKE Connor; MALLEY Reece",
        ),
        (
            "!Curfew check 22:30 - ROURKE Connor present at home address. Compliant.",
            "ROURKE Connor",
        ),
        (
            "!Curfew check 21:15 - ROURKE Connor present. Mother answered door.",
            "ROURKE Connor; ROURKE Tanya",
        ),
    ],
    GP: [
        ("Repeat rx: Sytron, emollient, Healthy Start vits - Poppy.", "Poppy Rourke"),
        ("Tanya - tel r/v, mood 'up and down'. Cont sertraline, same dose.", "Tanya Rourke"),
        ("Tyler - wheeze, URTI. Salbutamol inhaler. Brought by Mum.", "Tyler; Mum"),
        ("Poppy - nurse wt check 8.{n}kg. Plotted. HV informed.", "Poppy Rourke"),
        ("Pharmacy query re Poppy's iron dose - clarified.", "Poppy Rourke"),
    ],
    HV: [
        (
            "HV home visit. Wt 8.4{n}kg. Picture plan on fridge, Mum says followed 'most days'.",
            "Poppy; Mum",
        ),
        (
            "Wt check at clinic. Poppy weighed, plotted. Brought by Mum and aunt.",
            "Poppy; Mum; Kerry",
        ),
        ("Tel call to Mum - reminded re dental appt + clinic. No concerns voiced.", "Mum"),
        ("HV home visit - no answer. Card left. Text sent.", "Poppy; Mum"),
    ],
    HAL: [
        (
            "CPOMS | Attendance | Connor R - late {n} times this half term. Parent text sent.",
            "Connor",
        ),
        ("CPOMS | Pastoral | Connor - revision mentoring session with HOY. Engaged.", "Connor"),
        (
            "CPOMS | Behaviour | Connor - removed from English for rudeness, reflection sheet completed.",
            "Connor",
        ),
        (
            "CPOMS | Attendance | Weekly attendance check - Rourke siblings. Letter to parent re absence.",
            "Connor; Mum",
        ),
    ],
    SAN: [
        ("[Pastoral] Jade - learning mentor check-in. Settled, positive about art.", "Jade"),
        ("[Attendance] Jade late (09:{n}0) - said she dropped Tyler at school.", "Jade; Tyler"),
        ("[Pastoral] Young carers group (lunchtime) - Jade attended.", "Jade"),
    ],
    YJS: [
        (
            "Appt at YJS office - Connor attended. Session: consequential thinking / peer influence.",
            "Connor",
        ),
        ("Home visit - Connor seen w/ Mum. Reviewed curfew, plans for college.", "Connor; Mum"),
        ("Connor did not attend appt. Tel contact - overslept. Rebooked, warning given.", "Connor"),
        ("Reparation session (community garden) - Connor {n} hrs completed.", "Connor"),
        ("Victim awareness session - Connor attended, engaged better than last week.", "Connor"),
    ],
}

WINDOWS = {
    HAR: ("2025-10-06", "2026-04-20"),
    SIL: ("2026-04-06", "2026-08-05"),
    POL: ("2025-12-29", "2026-01-20"),
    HAL: ("2025-09-03", "2026-06-19"),
    SAN: ("2026-05-11", "2026-07-17"),
    YJS: ("2025-10-27", "2026-08-05"),
}

CLOSED = {
    HAL: [
        ("2025-10-27", "2025-10-31"),
        ("2025-12-19", "2026-01-05"),
        ("2026-02-16", "2026-02-20"),
        ("2026-03-30", "2026-04-10"),
        ("2026-05-25", "2026-05-29"),
    ],
    SAN: [("2026-05-25", "2026-05-29")],
}


def main():
    entries = list(ENTRIES)
    entries += casegen.filler(
        20261205, POOLS, "2025-09-01", "2026-08-05", 14, windows=WINDOWS, closed=CLOSED
    )
    casegen.build(
        "ad",
        "Chronic neglect of four children (mother with learning disability, father in prison): "
        "young carer excluded from school, toddler with faltering growth, son's youth-justice "
        "involvement, private-landlord eviction and move to a second authority; 8 agencies, "
        "Aug 2025 - Aug 2026",
        PEOPLE,
        AGENCIES,
        entries,
        HERE / "case_ad.json",
    )


if __name__ == "__main__":
    main()
