# ruff: noqa
"""Writing aid for case_aq (fictional; written blind, see case_aq_README.md).

    python3 bench/data/merging/build_aq.py      # writes bench/data/merging/case_aq.json

TUNING case. Leah Corrigan (15) is criminally and sexually exploited on a county line run
from her home city (Eastmoor) to a coastal town (Skelton): five missing episodes with return
home interviews, two strategy discussions and s47 enquiries, an NRM referral (reasonable and
conclusive grounds decisions), a knife at school (permanent exclusion, Bridge Centre
alternative provision, a youth conditional caution through the Youth Justice Service), an
arrest for Class A supply later dropped (s45 Modern Slavery Act), self-harm and a CAMHS
assessment, a child protection plan. Her mother Donna is on methadone after heroin use and
lapses in January; her brother Alfie is 8; her maternal grandmother Pat shelters the family.
Seven agencies, Sep 2025 - Jul 2026, each with its own date style and voice. Every entry is
written by hand (no random filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# two extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("yjs", "%d.%m.%Y")  # 10.12.2025
casegen.STYLES.setdefault("charity", "%A %d %B %Y")  # Wednesday 24 September 2025

CSC = "Children's Social Care"
POL = "Police"
YJS = "Youth Justice Service"
CAMHS = "CAMHS"
SCH = "Brookfield Academy / Bridge Centre AP"
GP = "Elm Street Medical Practice"
CHA = "Safe Routes"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (YJS, "other", "yjs"),
    (CAMHS, "health", "health"),
    (SCH, "education", "school"),
    (GP, "health", "gp"),
    (CHA, "other", "charity"),
]

PEOPLE = [
    ("Leah Corrigan", ["Leah", "LC"], "Child L (15)", "child"),
    ("Alfie Corrigan", ["Alfie"], "Child A (8), Leah's brother", "child"),
    ("Donna Corrigan", ["Donna", "Mum", "Ms Corrigan"], "Mother", "parent"),
    ("Pat Hennessy", ["Pat", "Nan", "MGM", "HENNESSY"], "Maternal grandmother", "family"),
    (
        "Kieran Doyle",
        ["Kieran", "Kez", "DOYLE"],
        "Adult male (19), suspected exploiter",
        "other_adult",
    ),
    ("Chloe Nash", ["Chloe", "NASH"], "Leah's friend (16), also goes missing", "child"),
    ("Priya Lal", ["SW Lal", "Priya", "PL", "LAL"], "Social worker", "professional"),
    ("Gareth Foley", ["TM Foley"], "Team manager, Children's Social Care", "professional"),
    (
        "Amy Rusk",
        ["DC Rusk", "RUSK"],
        "Detective constable, Child Exploitation Team",
        "professional",
    ),
    (
        "Dean Hollis",
        ["PC Hollis", "MPC Hollis"],
        "Police missing persons coordinator",
        "professional",
    ),
    (
        "Claire Whitby",
        ["DI Whitby", "WHITBY"],
        "Detective inspector, chair of MACE panel",
        "professional",
    ),
    ("Marcus Obi", ["Marcus", "MO"], "Youth Justice Service case manager", "professional"),
    ("Ruth Keane", ["Ruth", "RK"], "CAMHS practitioner", "professional"),
    ("Imran Malik", ["Dr Malik"], "CAMHS consultant psychiatrist", "professional"),
    (
        "Paul Deane",
        ["Mr Deane", "PD"],
        "Designated safeguarding lead, Brookfield Academy",
        "professional",
    ),
    (
        "Tanya Briggs",
        ["Ms Briggs", "TB", "BRIGGS"],
        "Key worker / centre manager, Bridge Centre AP",
        "professional",
    ),
    ("Chidi Okafor", ["Dr Okafor"], "GP", "professional"),
    ("Jess Harlow", ["Jess", "JH"], "Safe Routes missing & exploitation worker", "professional"),
    (
        "Helen Marsh",
        ["IRO Marsh"],
        "Independent reviewing officer (conference chair)",
        "professional",
    ),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- September 2025: background (null) ----------------
    (
        GP,
        "2025-09-03 09:40",
        "Donna C - OST r/v. Methadone 1mg/ml 45ml od, supervised consumption (Boots, Market St). UDS -ve opiates/cocaine x3. Abstinent heroin 2y+. Mood OK. Lives w/ Leah 15, Alfie 8. Discuss take-homes next r/v.",
        "Donna Corrigan; Dr Okafor",
        None,
    ),
    (
        SCH,
        "2025-09-16 12:50",
        "LC walked out of maths P3. Seen at front gate at lunch getting into silver car (Corsa?), male driver ~20. Returned P5. Reported to DSL (PD). CPOMS. Mum informed by phone.",
        "LC; PD; Mum",
        None,
    ),
    # E01 missing episode 1 (Fri-Sun, found in Skelton) with EDT, Monday MASH and school
    (
        POL,
        "2025-09-19 23:20",
        "Occ 25/176402. MISPER - CORRIGAN, Leah 15y. Rep by mother Donna CORRIGAN 23:05. LS 16:30 leaving home addr 'going to Chloe's'. Phone off. Out of character overnight. Risk MEDIUM (CCE indicators: new phone, cash, older males in car). NASH, Chloe spoken to - NTR. PNC circulated.",
        "Leah CORRIGAN; Donna CORRIGAN; Chloe",
        "E01",
    ),
    (
        CSC,
        "2025-09-20 10:15",
        "Emergency Duty Team. Police told us that Leah Corrigan, 15, was reported missing by her mother last night and has not been seen since yesterday afternoon. Not known to Children's Social Care and no previous missing reports. I rang Ms Corrigan: she is very worried and thinks Leah may be with an older young man she only knows as 'K'. Alfie (8) is at home with her. Passed to the MASH for Monday.",
        "Leah Corrigan; Donna Corrigan; Alfie Corrigan",
        "E01",
    ),
    (
        POL,
        "2025-09-21 14:05",
        "Occ 25/176402 upd. MISPER LOCATED 13:40 by Skelton officers, Flat 4 Harbour Court, Skelton (addr known - Class A supply) on welfare check. CORRIGAN with DOYLE, Kieran (19) + 2 x unk males. £320 cash + 2 x handsets on her - says cash 'mine'. Nil offences disclosed. Returned home by officers 17:30. S&W - 'got the train with mates', no further. CCE marker added. PVP submitted.",
        "Leah CORRIGAN; DOYLE",
        "E01",
    ),
    (
        SCH,
        "2025-09-22 08:50",
        "LC absent. Mum rang office 8.40 - LC reported missing Fri night, police found her Sun 'in Skelton'. Keeping her off today. PD (DSL) informed. CPOMS.",
        "LC; Mum; PD",
        "E01",
    ),
    (
        CSC,
        "2025-09-22 09:30",
        "MASH. Police notification (PVP) received: Leah was missing from Friday afternoon until Sunday, when police found her in a flat in Skelton, about 40 miles away, with three adult men including Kieran Doyle (19). She had over £300 and two phones. These are indicators of child criminal exploitation. Checks: Ms Corrigan is known to adult drug services for past heroin use and has a methadone prescription through her GP; no previous involvement with the children. Threshold met for a strategy discussion - to be arranged this week.",
        "Leah Corrigan; Kieran Doyle; Donna Corrigan",
        "E01",
    ),
    (
        GP,
        "2025-09-22 11:10",
        "Donna C - tel r/v (OST). 'Daughter went missing over the weekend', v anxious, no use. Take-homes not increased this month - stay daily supervised. Continue 45ml.",
        "Donna Corrigan; Dr Okafor",
        None,
    ),
    # E02 return home interview requested (CSC) and received (Safe Routes)
    (
        CSC,
        "2025-09-22 11:40",
        "Return home interview requested from Safe Routes on the commissioned referral form for Leah's missing episode of 19 to 21 September. Ms Corrigan gave consent by phone.",
        "Leah Corrigan; Donna Corrigan",
        "E02",
    ),
    (
        CHA,
        "2025-09-23",
        "New referral came in from the MASH this morning: Leah, 15, missing Friday to Sunday, found in Skelton. I rang her mum Donna and arranged to see Leah after school tomorrow.",
        "Leah; Donna; Jess",
        "E02",
    ),
    # E03 RHI 1 and its report received by CSC and by the police missing coordinator
    (
        CHA,
        "2025-09-24 15:45",
        "I met Leah at the Costa by the bus station for her return home chat - she didn't want to do it at home. Quiet to begin with. She said she 'just went to see friends at the seaside' and got the train. Wouldn't name anyone and laughed when I asked who 'K' is. New trainers, nails done. Says she doesn't feel unsafe. I gave her my number and the Fearless card. My worries: older males, cash, being a long way from home with no money to get back. Report sent to the MASH and the police missing coordinator.",
        "Leah; Jess",
        "E03",
    ),
    (
        CSC,
        "2025-09-26",
        "Return home interview report from Safe Routes received (interview held on 24 September). Leah gave little away - she went to Skelton by train 'to see friends'. The worker notes new clothes, cash and an older male known as 'K'. Added to the information for the strategy discussion.",
        "Leah Corrigan; Jess",
        "E03",
    ),
    (
        POL,
        "2025-09-29 09:10",
        "RHI rec'd (Safe Routes, JH) re MISPER 19-21/09 occ 25/176402. 'K' believed = DOYLE. Nil further. Intel log submitted. MPC HOLLIS.",
        "Leah CORRIGAN; DOYLE; PC Hollis",
        "E03",
    ),
    (
        GP,
        "2025-10-01",
        "MASH info request for strat disc (Leah C). Sent: LC - mild asthma, nil MH hx, last seen 03/24. Donna - OST 45ml, stable, engaging. Alfie - nil concerns. Unable to attend.",
        "Leah Corrigan; Donna Corrigan; Alfie",
        None,
    ),
    # E04 strategy discussion 1 (safe routes' copy of minutes arrives six days later);
    # GP OST review the same day is NOT it
    (
        CSC,
        "2025-10-02 10:00",
        "Strategy discussion (Teams), chaired by Gareth Foley, team manager. Present: Priya Lal (social worker), DC Amy Rusk (Child Exploitation Team), Paul Deane (designated safeguarding lead, Brookfield Academy), Jess Harlow (Safe Routes). GP information received in writing. Concerns: missing overnight and found with adult men at an address in Skelton linked to drug supply; cash and phones; falling attendance; a car collecting Leah from the school gate. Agreed: threshold met for section 47 enquiries, led by Children's Social Care with police support; child exploitation risk assessment; a National Referral Mechanism referral to be considered; Alfie to be seen.",
        "Leah Corrigan; Alfie Corrigan; TM Foley; SW Lal; DC Rusk; Mr Deane; Jess",
        "E04",
    ),
    (
        POL,
        "2025-10-02 10:00",
        "Strat disc (MASH) - CORRIGAN, Leah 15y. Pol: MISPER occ 25/176402, loc'd Harbour Ct Skelton (known 'DK' line addr) w/ DOYLE (19, prev PWITS 2024). Outcome: s47 - CSC lead, pol support. Pol actions: JV (DC RUSK), CE screening tool, NRM - consider.",
        "Leah CORRIGAN; DOYLE; DC Rusk",
        "E04",
    ),
    (
        SCH,
        "2025-10-02",
        "Strategy mtg (MS Teams 10am) - PD attended. CP enquiries starting, CSC lead. School: daily attendance to SW, log any cars/older males at gate, search bag on arrival if concerns.",
        "LC; PD; SW Lal",
        "E04",
    ),
    (
        GP,
        "2025-10-02 11:30",
        "Donna C - OST r/v f2f. 45ml. UDS -ve. Tearful - 'meeting about Leah today'. Sleep poor. Remain daily supervised. R/v 4/52.",
        "Donna Corrigan; Dr Okafor",
        None,
    ),
    (
        CHA,
        "2025-10-08",
        "The minutes from last Thursday's strategy meeting finally landed in my inbox. My actions: keep offering a return chat after every missing episode, try to build a relationship with Leah, and pass anything about 'K' to DC Rusk.",
        "Leah; DC Rusk; Jess",
        "E04",
    ),
    # E05 s47 joint home visit; school entry the same day is NOT it
    (
        SCH,
        "2025-10-06",
        "LC in on time, all lessons attended. Quiet. Report card (green) day 1.",
        "LC",
        None,
    ),
    (
        CSC,
        "2025-10-06 16:30",
        "Joint home visit with DC Rusk as part of the section 47 enquiries. Ms Corrigan, Leah and Alfie seen. Leah seen alone in her bedroom: she denied that anyone is making her do anything and said Kieran is 'just a mate' who 'looks after' her. There were two phones in her room. Alfie seen alone - chatty; said Leah 'is always out' and Mum 'cries sometimes'. Ms Corrigan was open about her past heroin use and her methadone; the home was clean with food in. Safety plan agreed: 9pm curfew, phone contact, report Leah missing after one hour.",
        "Leah Corrigan; Donna Corrigan; Alfie Corrigan; Kieran Doyle; DC Rusk; SW Lal",
        "E05",
    ),
    (
        POL,
        "2025-10-06 16:30",
        "JV w/ SW LAL (s47). LC seen alone - denies exploitation, calls DOYLE a 'mate'. 2 x handsets in bedroom (not seized - no power). Mother engaging. CE screening: CCE HIGH, CSE MEDIUM. Partnership intel submitted.",
        "Leah CORRIGAN; DOYLE; SW Lal; DC Rusk",
        "E05",
    ),
    (
        CHA,
        "A:2025-10-06:2025-10-17:first half of October 2025 (approx.)",
        "Tried to catch up with Leah a few times by text - one reply ('im fine x'). Her mum says she's going to school.",
        "Leah; Mum; Jess",
        None,
    ),
    # E06 NRM referral sent (CSC) and recorded by police four days later
    (
        CSC,
        "2025-10-10",
        "National Referral Mechanism referral submitted online to the Single Competent Authority, Children's Social Care as first responder (child - suspected criminal exploitation, county lines). A child's consent is not needed. Copy sent to DC Rusk.",
        "Leah Corrigan; DC Rusk; SW Lal",
        "E06",
    ),
    (
        POL,
        "2025-10-14 11:00",
        "NRM ref by LA first responder (SW LAL) - copy rec'd 10/10, actioned today. MSHT crime recorded occ 25/190117 (V: CORRIGAN, Leah; S: DOYLE). OIC DC RUSK.",
        "Leah CORRIGAN; DOYLE; SW Lal; DC Rusk",
        "E06",
    ),
    # E07 search and suspension at school, emailed to the SW
    (
        SCH,
        "2025-10-15 09:05",
        "LC searched on arrival (per SW safety plan) - 2 x phones + £410 cash in blazer. Refused to hand over, swore at PD + HoY, pushed HoY. Suspension 3 days (15-17/10) - physical assault on staff. Mum collected 10.15. Emailed SW. Reintegration mtg Mon 20/10.",
        "LC; PD; Mum; SW Lal",
        "E07",
    ),
    (
        CSC,
        "2025-10-15 11:20",
        "Email from Mr Deane: Leah was searched when she arrived this morning and had two phones and £410; she pushed a member of staff and is suspended until Friday. Her mother collected her. I rang Ms Corrigan - Leah is at home 'in a mood'. I will visit tomorrow.",
        "Leah Corrigan; Mr Deane; Donna Corrigan",
        "E07",
    ),
    (
        CSC,
        "2025-10-23",
        "Section 47 enquiries concluded, endorsed by TM Foley. Concerns substantiated: Leah is at risk of significant harm from outside the family (child criminal exploitation); Ms Corrigan is protective but struggling. Leah to be supported as a child in need with an exploitation plan and referred to the Multi-Agency Child Exploitation panel. Alfie: support within the family's child in need plan.",
        "Leah Corrigan; Donna Corrigan; Alfie Corrigan; TM Foley",
        None,
    ),
    # E08 missing episode 2 (half-term Saturday night, home by taxi 3am)
    (
        POL,
        "2025-10-25 22:15",
        "Occ 25/196655. MISPER - CORRIGAN, Leah 15y (2nd). Not home by 21:00 curfew, phone off. Rep by mother. Risk HIGH (CCE, prev loc'd Skelton). Skelton asked to check Harbour Ct - NTR.",
        "Leah CORRIGAN; Donna CORRIGAN",
        "E08",
    ),
    (
        POL,
        "2025-10-26 03:20",
        "Occ 25/196655 - MISPER returned home 03:05 own accord, taxi (paid by unk). Seen by officers 03:40 - intox (alcohol), no injuries, would not say where. S&W to follow.",
        "Leah CORRIGAN",
        "E08",
    ),
    (
        CSC,
        "2025-10-27 09:15",
        "Police notification: Leah went missing again on Saturday night and came home by taxi at about 3am on Sunday, drunk, and would not say where she had been. Return home interview requested from Safe Routes. Discussed with TM Foley.",
        "Leah Corrigan; TM Foley",
        "E08",
    ),
    (
        GP,
        "2025-10-27 16:20",
        "Alfie C 8y - asthma r/v w/ mum. PF 230 (pred 240). Technique good. Cont salbutamol prn + Clenil 100 bd. Mum looks tired.",
        "Alfie; Donna Corrigan; Dr Okafor",
        None,
    ),
    # E09 RHI 2 by phone; CSC reads the report five days later
    (
        CHA,
        "2025-10-29 17:30",
        "Second return chat with Leah - by phone this time, she wouldn't meet. She said Saturday was 'a party' and she 'had a bit much'. Wouldn't say who paid for the taxi home and asked me not to tell her mum about the party. I explained what I have to share. I think someone is ordering taxis for her.",
        "Leah; Mum; Jess",
        "E09",
    ),
    (
        CSC,
        "2025-11-03",
        "Return home interview report from Safe Routes (done by telephone on 29 October): Leah described a party and drinking and would not say who paid for the taxi. Concern that an adult is arranging her transport.",
        "Leah Corrigan; Jess",
        "E09",
    ),
    # E10 initial child in need meeting at school
    (
        CSC,
        "2025-11-04 15:30",
        "Initial child in need meeting at Brookfield Academy. Present: Ms Corrigan, Leah (first 20 minutes), SW Lal, Mr Deane, Jess Harlow (Safe Routes). Plan: weekly social work visits; weekly one-to-one sessions with Safe Routes; a mentor in school; curfew and the missing protocol; Ms Corrigan to keep going to her recovery appointments. Leah said she wants 'everyone to stop watching me'.",
        "Donna Corrigan; Leah Corrigan; SW Lal; Mr Deane; Jess",
        "E10",
    ),
    (
        SCH,
        "2025-11-04 15:30",
        "CIN mtg in school (conf room) - PD. School actions: mentor (Mr Akhtar) 2x/wk, daily attendance to SW, phones handed in at reception on arrival.",
        "LC; PD",
        "E10",
    ),
    # E11 knife found at school, arrest, school's call to the SW; the SW's custody visit is NOT it
    (
        SCH,
        "2025-11-06 11:15",
        "SERIOUS INCIDENT. LC's bag searched after tip-off from another student - kitchen knife (blade approx 15cm) wrapped in a sock. LC said it is 'for protection', she's been 'threatened'. 999 at 11.20. LC kept in PD's office. Police on site 11.45, LC arrested. Mum + SW informed by phone.",
        "LC; PD; Mum; SW Lal",
        "E11",
    ),
    (
        POL,
        "2025-11-06 11:45",
        "Occ 25/203981. Bladed article on school premises (s139A CJA 1988), Brookfield Academy. CORRIGAN, Leah 15y arrested 11:52, conveyed Eastmoor custody. Int w/ AA (mother) 16:30 - admits, carries knife as 'someone is after me', no comment re who. RUI. PVP submitted.",
        "Leah CORRIGAN; Donna CORRIGAN",
        "E11",
    ),
    (
        CSC,
        "2025-11-06 12:05",
        "Mr Deane rang: a kitchen knife was found in Leah's bag this morning after another pupil told staff, and police have arrested her. Ms Corrigan is going to the police station to be her appropriate adult.",
        "Leah Corrigan; Mr Deane; Donna Corrigan",
        "E11",
    ),
    (
        CSC,
        "2025-11-06 17:30",
        "Went to Eastmoor custody suite. Spoke to Leah for ten minutes after her interview, with her mother. Leah said 'they said they'd hurt me and my mum' but would not say who. She went home with Ms Corrigan at 18:40.",
        "Leah Corrigan; Donna Corrigan",
        None,
    ),
    # E12 permanent exclusion letter and its copy received by CSC
    (
        SCH,
        "2025-11-07",
        "HT decision: PX (possession of offensive weapon on school site). Letter hand-delivered to mum + emailed LA exclusions team + SW. GB panel within 15 school days. LA to arrange provision from day 6 (Bridge AP).",
        "LC; Mum; SW Lal",
        "E12",
    ),
    (
        CSC,
        "2025-11-10 10:00",
        "Copy of the headteacher's letter received: Leah has been permanently excluded from Brookfield Academy for bringing a knife into school. The local authority must provide full-time education from the sixth day; the Bridge Centre has been suggested. Ms Corrigan does not intend to challenge the exclusion.",
        "Leah Corrigan; Donna Corrigan",
        "E12",
    ),
    # E13 MACE panel; GP's EHC consultation the same morning is a different event (E14)
    (
        GP,
        "2025-11-11 10:20",
        "Leah C 15y - attended alone. Req EHC - UPSI Sat. Says partner '16, from school'. Fraser competent. Levonorgestrel 1.5mg given. Chlam/GC kit. Consent/age discussed. Aware CE concerns - ?older partner. D/w practice safeguarding lead - email to SW today.",
        "Leah Corrigan; Dr Okafor",
        "E14",
    ),
    (
        POL,
        "2025-11-11 14:00",
        "MACE (chair DI WHITBY). CORRIGAN, Leah - new nominal. Linked DOYLE, Kieran (19) + 'DK' line (Eastmoor - Skelton). Actions: disruption - CAWN to be considered; ANPR marker silver Corsa; location alert Harbour Ct.",
        "Leah CORRIGAN; DOYLE; DI Whitby",
        "E13",
    ),
    (
        CSC,
        "2025-11-11 14:00",
        "Multi-Agency Child Exploitation panel. Leah presented by SW Lal. The panel agreed she is at high risk of criminal exploitation with an emerging risk of sexual exploitation. Police to pursue disruption of Kieran Doyle, possibly a Child Abduction Warning Notice; the Youth Justice Service to consider the knife offence in the light of the National Referral Mechanism referral; Safe Routes to continue weekly. Review in two months.",
        "Leah Corrigan; Kieran Doyle; SW Lal; DI Whitby",
        "E13",
    ),
    (
        YJS,
        "2025-11-11 14:00",
        "MACE - attended (MO). LC (15) not open to YJS. s139A 06/11 RUI - likely OOCD referral. NRM submitted by LA 10/10 - note for JDMP.",
        "LC; Marcus",
        "E13",
    ),
    # E14 the GP's email read by the SW the next day
    (
        CSC,
        "2025-11-12 09:10",
        "Email from Dr Okafor (GP): Leah came alone yesterday asking for emergency contraception and said her partner is 16 and at school. The GP is worried the partner may be older, given the exploitation concerns. Discussed with DC Rusk; I will raise it with Leah on Thursday's visit.",
        "Leah Corrigan; Dr Okafor; DC Rusk",
        "E14",
    ),
    (
        CSC,
        "2025-11-13 16:00",
        "Home visit. Asked Leah about her visit to the GP on Tuesday. She said her boyfriend is 'the same age as me' and would not give his name; she knows Kieran is 19 'but he's not my boyfriend'. Talked about consent and the age of consent. Ms Corrigan was not aware of the GP appointment.",
        "Leah Corrigan; Kieran Doyle; Donna Corrigan",
        None,
    ),
    # E15 NRM reasonable grounds decision received and passed on
    (
        CSC,
        "2025-11-17",
        "Reasonable grounds decision (dated 14 November) received from the Single Competent Authority: positive - there are reasonable grounds to believe Leah is a victim of modern slavery (criminal exploitation). Shared with DC Rusk and with Marcus Obi at the Youth Justice Service.",
        "Leah Corrigan; DC Rusk; Marcus",
        "E15",
    ),
    (
        POL,
        "2025-11-18 10:30",
        "NRM - RG +ve (SCA 14/11) notified by LA. MSHT occ 25/190117 updated. DC RUSK.",
        "Leah CORRIGAN; DC Rusk",
        "E15",
    ),
    # E16 GP referral to CAMHS (sent / received a week later)
    (
        GP,
        "2025-11-20 09:10",
        "Leah C - seen w/ mum. Low mood 2-3/12, poor sleep, 'can't switch off'. Healed superficial linear scratches L forearm - 'ages ago', denies current SH/SI. PHQ-9 16. Stressors: exclusion, 'people'. Ref CAMHS via SPA form. Sleep hygiene. Safety-net. R/v 2/52.",
        "Leah Corrigan; Donna Corrigan; Dr Okafor",
        "E16",
    ),
    (
        CAMHS,
        "2025-11-27",
        "Referral received via SPA from GP (Dr Okafor, dated 20/11). 15F: low mood, sleep disturbance, historical superficial SH L forearm, PHQ-9 16. Context: CCE concerns, open to CSC (CIN), PX from school. For triage MDT 04/12.",
        "Leah Corrigan; Dr Okafor",
        "E16",
    ),
    (
        CHA,
        "2025-11-27 16:00",
        "Thursday session at McDonald's. Leah was hungry and quiet. She talked about being kicked out of school - says she's 'not bothered'. Asked me whether the police can read her phone. She has a different phone again.",
        "Leah; Jess",
        None,
    ),
    (
        SCH,
        "M:2025-11",
        "Attendance Nov (Brookfield): LC 41% up to PX 07/11. Off roll 28/11 after GB panel upheld PX. File transferred to Bridge AP.",
        "LC",
        None,
    ),
    # E17 admission meeting at the alternative provision
    (
        SCH,
        "2025-12-01 09:30",
        "Bridge AP - admission mtg. LC + mum + SW (PL). Induction, timetable Mon-Fri 9.30-2.30, small group (max 6). Key worker TB. Rules: phone in locker, no leaving site. LC 'ok'.",
        "LC; Mum; PL; TB",
        "E17",
    ),
    (
        CSC,
        "2025-12-01 09:30",
        "Went with Leah and her mum to her first morning at the Bridge Centre (alternative provision). Small groups; her key worker is Tanya Briggs. Leah was polite but said it is 'a school for naughty kids'. The local authority has arranged a taxi each day.",
        "Leah Corrigan; Donna Corrigan; Ms Briggs; SW Lal",
        "E17",
    ),
    # E18 CAMHS triage outcome and the GP filing the letter; GP review the same day is NOT it
    (
        CAMHS,
        "2025-12-04",
        "Triage MDT. GP referral 20/11 discussed. Outcome: not accepted for CAMHS core at present - no current SH/SI, distress contextual (CCE). Signposted: Kooth, AP counsellor, Safe Routes. Letter to GP + family. Re-refer if SH escalates.",
        "Leah Corrigan; Dr Okafor",
        "E18",
    ),
    (
        GP,
        "2025-12-04 15:40",
        "Leah C - r/v low mood. PHQ-9 14. Sleep a little better. Started 'new school' Mon. Awaiting CAMHS. R/v 4/52.",
        "Leah Corrigan; Dr Okafor",
        None,
    ),
    (
        GP,
        "2025-12-12",
        "Letter CAMHS (triage 04/12) - Leah not accepted, signposted Kooth/counsellor. Re-refer if SH. Filed; discuss at r/v.",
        "Leah Corrigan",
        "E18",
    ),
    # E19 joint decision-making panel; E20 the caution given five days later (look-alikes)
    (
        YJS,
        "2025-12-10 10:00",
        "JDMP (YJS/police). LC - s139A. Considered: admission, age 15, first offence, NRM RG +ve (victim status). Decision: YCC, 16 wks. Conditions: YJS intervention (CCE/weapons), reparation 6 hrs. Admin Mon 15/12.",
        "LC; Marcus",
        "E19",
    ),
    (
        POL,
        "2025-12-10 10:00",
        "JDMP - occ 25/203981 CORRIGAN. Outcome agreed: Youth Conditional Caution. To be administered Mon 15/12 Eastmoor PS w/ YJS present.",
        "Leah CORRIGAN",
        "E19",
    ),
    (
        POL,
        "2025-12-15 16:00",
        "YCC administered - CORRIGAN, Leah (occ 25/203981), Eastmoor PS, w/ mother + YJS officer. Conditions explained, signed. Outcome recorded.",
        "Leah CORRIGAN; Donna CORRIGAN; Marcus",
        "E20",
    ),
    (
        YJS,
        "2025-12-15 16:00",
        "YCC - with LC + mum at Eastmoor police stn for administration. Signed. Intervention starts Thu 18/12 (weekly, Thu 4pm). LC flat - 'whatever'.",
        "LC; Mum; Marcus",
        "E20",
    ),
    # E21 child in need review; GP OST review the same afternoon is NOT it
    (
        CSC,
        "2025-12-16 14:00",
        "Child in need review at the Bridge Centre. Present: Ms Corrigan, Leah, SW Lal, Tanya Briggs (Bridge), Jess Harlow (Safe Routes), Marcus Obi (Youth Justice Service). Leah is attending the Bridge most days (82%); no missing episodes since October; she received a youth conditional caution yesterday. Ms Corrigan stable on methadone. Plan continues; MACE review in January.",
        "Donna Corrigan; Leah Corrigan; SW Lal; Ms Briggs; Jess; Marcus",
        "E21",
    ),
    (
        SCH,
        "2025-12-16 14:00",
        "CIN review at Bridge (2pm) - TB. Attendance since start 82%. Good in English, avoids maths. Phones handed in daily - usually 2.",
        "LC; TB",
        "E21",
    ),
    (
        GP,
        "2025-12-16 15:10",
        "Donna C - OST r/v. 45ml, UDS -ve. Wants to reduce - agreed to defer until after Xmas (higher-risk period). R/v 4/52.",
        "Donna Corrigan; Dr Okafor",
        None,
    ),
    (
        YJS,
        "2025-12-18 16:00",
        "YCC session 1 (MO) - 'what is exploitation'. LC engaged approx 20 min, then on phone.",
        "LC; Marcus",
        None,
    ),
    (
        CHA,
        "2025-12-18 17:15",
        "Met Leah in town after her youth justice appointment (she said it was 'boring'). Hot chocolate. She says K has 'gone quiet' and she's been home more. Alfie's Christmas play is next week and she's going.",
        "Leah; Alfie; Jess",
        None,
    ),
    # ---------------- January 2026 ----------------
    # E22 MACE review (look-alike of E13)
    (
        POL,
        "2026-01-13 14:00",
        "MACE review (DI WHITBY). CORRIGAN, Leah - risk reduced to MEDIUM (nil MISPER since 25/10, attending AP). DOYLE - CAWN not served (NFA addr). ANPR marker remains.",
        "Leah CORRIGAN; DOYLE; DI Whitby",
        "E22",
    ),
    (
        CSC,
        "2026-01-13 14:00",
        "Multi-Agency Child Exploitation panel review. Leah's risk lowered to medium: no missing episodes since October and she is going to the Bridge. Police have not yet been able to find Kieran Doyle's address to serve a warning notice. Remain on the panel; review in three months.",
        "Leah Corrigan; Kieran Doyle",
        "E22",
    ),
    # E23 missing episode 3 (Fri-Mon), found in a cuckooed flat in Skelton and arrested
    (
        POL,
        "2026-01-16 21:40",
        "Occ 26/009874. MISPER - CORRIGAN, Leah 15y (3rd; prev 19/09, 25/10). Left home 18:00 'to the shop'. Risk HIGH (CCE, NRM RG+). Skelton notified, Harbour Ct checked - NTR. Cell-site request.",
        "Leah CORRIGAN; Donna CORRIGAN",
        "E23",
    ),
    (
        CSC,
        "2026-01-17 11:00",
        "Emergency Duty Team. Police have told us that Leah has been missing since 6pm yesterday and is assessed as high risk. I rang Ms Corrigan: she has heard nothing. She sounded very low and said she 'can't cope with this again'. Alfie is with his nan, Pat. Note left for the allocated social worker.",
        "Leah Corrigan; Donna Corrigan; Alfie Corrigan; Pat",
        "E23",
    ),
    (
        POL,
        "2026-01-19 06:40",
        "Occ 26/009874 - MISPER LOCATED 06:25 during drugs warrant at 12 Gull Walk, Skelton (cuckooed addr, vuln adult). CORRIGAN found in bedroom w/ 2 x adult males (not DOYLE). 14 x wraps (susp crack/heroin) + £580 on person. Arrested PWITS Class A, conveyed Skelton custody. Mother unavailable - AA from AA service. Int: no comment. RUI. CCE victim - NRM further info. Home by police 19:10. PVP.",
        "Leah CORRIGAN",
        "E23",
    ),
    (
        SCH,
        "2026-01-19 09:50",
        "Bridge AP - LC absent. Mum rang 9.45: LC missing all weekend, police found her this morning 'in Skelton', now in custody there. TB informed SW.",
        "LC; Mum; TB",
        "E23",
    ),
    (
        CSC,
        "2026-01-19 10:10",
        "MASH. Police notification: Leah was found at 6.25 this morning when police executed a drugs warrant at a flat in Skelton; she had 14 wraps of what is thought to be crack cocaine or heroin and £580. She has been arrested and is in custody in Skelton; her mother could not act as appropriate adult. Strategy discussion to be convened tomorrow.",
        "Leah Corrigan; Donna Corrigan",
        "E23",
    ),
    (
        GP,
        "2026-01-19 12:00",
        "Donna C - tel. Requests script collection early - 'family crisis'. Declined, pharmacy informed. Offered appt - booked 28/01.",
        "Donna Corrigan; Dr Okafor",
        None,
    ),
    (
        YJS,
        "2026-01-20 08:45",
        "Police notification (custody list): LC arr 19/01 Skelton - PWITS Class A, RUI. YCC - new offence to be considered separately. SW + YJS manager informed.",
        "LC; Marcus",
        "E23",
    ),
    # E24 strategy discussion 2 (look-alike of E04)
    (
        CSC,
        "2026-01-20 14:00",
        "Strategy discussion (Teams), chaired by Gareth Foley. Present: SW Lal, DC Rusk, Marcus Obi (Youth Justice Service), Tanya Briggs (Bridge Centre), Jess Harlow (Safe Routes). Leah was found in a drugs house in Skelton after three days missing, carrying Class A drugs. Ms Corrigan is struggling and could not act as appropriate adult; Alfie is at his grandmother's at weekends. Agreed: joint section 47 enquiries with the police for Leah (criminal and possible sexual exploitation); Alfie included in the assessment; an initial child protection conference to be considered; further information to the Single Competent Authority.",
        "Leah Corrigan; Donna Corrigan; Alfie Corrigan; TM Foley; SW Lal; DC Rusk; Marcus; Ms Briggs; Jess",
        "E24",
    ),
    (
        POL,
        "2026-01-20 14:00",
        "Strat disc - CORRIGAN, Leah. Pol: MISPER 16-19/01, loc'd Gull Walk Skelton (cuckooed), PWITS RUI. Outcome: joint s47. DOYLE not at Gull Walk but handset attributed. Pol: ABE to be offered if disclosure.",
        "Leah CORRIGAN; DOYLE; DC Rusk",
        "E24",
    ),
    (
        YJS,
        "2026-01-20 14:00",
        "Strategy mtg (Teams) - MO. s47 agreed. YJS: hold YCC sessions this wk, JV w/ SW, flag s45 MSA defence to police/CPS re PWITS.",
        "LC; Marcus",
        "E24",
    ),
    (
        CHA,
        "2026-01-20",
        "Strategy meeting on Teams. I said I'd texted Leah on Sunday and got no reply. Agreed I'll do her return chat this week, at the Bridge if she'll see me there.",
        "Leah; Jess",
        "E24",
    ),
    # E25 RHI 3 (disclosure) and its report read by CSC and police; E26 Jess's phone call
    # to the SW straight after (a separate happening the same day)
    (
        CHA,
        "2026-01-22 12:30",
        "Return chat at the Bridge in the quiet room. Leah was exhausted and it took a long time. She said she'd been 'working' in Skelton since Friday to pay back £900 she owes for 'a bag that got taken'. She said she had to carry the stuff 'inside' and had to 'be nice' to two older men at the flat because they said it would knock money off. She cried. I told her none of it is her fault and that I have to share it. Report to follow to the MASH and missing coordinator.",
        "Leah; Jess",
        "E25",
    ),
    (
        CHA,
        "2026-01-22 13:40",
        "Rang Priya straight after to tell her what Leah said about the men at the flat and the debt. Priya is telling DC Rusk today.",
        "Leah; Priya; DC Rusk; Jess",
        "E26",
    ),
    (
        CSC,
        "2026-01-22 13:45",
        "Telephone call from Jess Harlow (Safe Routes) straight after Leah's return home interview. Leah said she was told to 'be nice' to two older men at the Skelton flat to reduce a £900 debt, and that she carried drugs internally. This is a disclosure of sexual exploitation. Informed TM Foley and DC Rusk; a video-recorded interview to be offered.",
        "Leah Corrigan; Jess; TM Foley; DC Rusk",
        "E26",
    ),
    # E27 second s47 joint visit (look-alike of E05)
    (
        POL,
        "2026-01-23 16:00",
        "JV w/ SW LAL. LC declined ABE ('I'm not a grass'). Account to JH recorded as first account. Sexual offence crime recorded occ 26/011420 (V: CORRIGAN; S: 2 x unk). Mother present - drowsy, pinned pupils ?. Raised w/ SW.",
        "Leah CORRIGAN; Donna CORRIGAN; SW Lal; DC Rusk",
        "E27",
    ),
    (
        CSC,
        "2026-01-23 16:00",
        "Joint visit with DC Rusk (section 47). Leah did not want a video-recorded interview and said she 'won't grass'. She agreed to see the sexual health nurse. Ms Corrigan was drowsy with small pupils; she denied using anything on top of her methadone. Alfie was at school and then going to his nan's. I will speak to the GP.",
        "Leah Corrigan; Donna Corrigan; Alfie Corrigan; DC Rusk; SW Lal",
        "E27",
    ),
    (
        CSC,
        "2026-01-26 09:30",
        "Written return home interview report received from Safe Routes for the episode of 16 to 19 January (interview on 22 January at the Bridge Centre). Consistent with what Jess told me by phone on the day. Filed with the section 47 enquiry.",
        "Leah Corrigan; Jess",
        "E25",
    ),
    # E28 SW's phone call to the GP about the mother (shares people only)
    (
        CSC,
        "2026-01-26 11:30",
        "Spoke to Dr Okafor about Ms Corrigan being drowsy on Friday. He will see her on Wednesday and do a test. Ms Corrigan has given consent for us to share information.",
        "Dr Okafor; Donna Corrigan",
        "E28",
    ),
    (
        GP,
        "2026-01-26 11:30",
        "Tel from SW (P Lal) - concerned re Donna ?on-top use, drowsy at visit 23/01. Consent on file. Pt already booked 28/01 - UDS + r/v.",
        "SW Lal; Donna Corrigan; Dr Okafor",
        "E28",
    ),
    (
        POL,
        "2026-01-27 09:30",
        "RHI (Safe Routes, JH) for MISPER 16-19/01 rec'd by MPC. Disclosure: debt bondage £900, internal concealment, sexual activity w/ 2 x unk adult males at Gull Walk. To DC RUSK (CSE). Intel submitted.",
        "Leah CORRIGAN; PC Hollis; DC Rusk; Jess",
        "E25",
    ),
    (
        GP,
        "2026-01-28 10:00",
        "Donna C - OST r/v. UDS +ve morphine (?heroin) + methadone. Admits heroin x2 last wk (smoked, not IV) 'after Leah was taken'. Naloxone supplied. Take-homes stopped - daily supervised. Methadone 45 -> 50ml. Info to SW (consent).",
        "Donna Corrigan; Leah; Dr Okafor",
        None,
    ),
    # ---------------- February 2026 ----------------
    # E29 brick through the family's window (Sunday 2am) and the follow-up
    (
        POL,
        "2026-02-01 02:10",
        "Occ 26/014233. Crim damage - front window CORRIGAN addr, brick thrown 02:05. Caller Donna CORRIGAN. Occupants: Donna, Leah (15), Alfie (8) - no injuries. Note through door 'U OWE'. 2 x males on moped, no ID. Not assessed TTL - safeguarding advice, target hardening. PVP x2 children.",
        "Donna CORRIGAN; Leah CORRIGAN; Alfie CORRIGAN",
        "E29",
    ),
    (
        CHA,
        "2026-02-01 09:15",
        "Leah messaged me at 9 this morning (not my shift but I saw it): 'they put our window in last nite'. I checked everyone was safe and told her to keep talking to the police. Will tell Priya on Monday.",
        "Leah; Jess",
        "E29",
    ),
    (
        CSC,
        "2026-02-02 09:20",
        "Police notification: the front window of the family home was smashed with a brick at 2am on Sunday and a note saying 'U OWE' was left. Ms Corrigan, Leah and Alfie were not hurt. Linked to Leah's debt. Discussed with TM Foley: emergency housing transfer request and safety plan; the family will stay with Pat for now.",
        "Donna Corrigan; Leah Corrigan; Alfie Corrigan; Pat; TM Foley",
        "E29",
    ),
    (
        GP,
        "2026-02-05",
        "ICPC report requested (Leah + Alfie). Sent: Leah - low mood (PHQ-9 14), EHC 11/25, CAMHS not accepted 12/25. Alfie - asthma well controlled, imms UTD. Donna - OST, heroin lapse Jan (UDS +ve 28/01), daily supervised. Unable to attend.",
        "Leah Corrigan; Alfie; Donna Corrigan",
        None,
    ),
    # E30 initial child protection conference; Alfie's GP appointment the same day is NOT it
    (
        CSC,
        "2026-02-10 10:00",
        "Initial child protection conference, chaired by Helen Marsh (independent reviewing officer). Present: Ms Corrigan, Pat Hennessy (maternal grandmother), SW Lal, DC Rusk, Marcus Obi (Youth Justice Service), Tanya Briggs (Bridge Centre), Jess Harlow (Safe Routes). Written report from the GP. Leah did not attend; Jess shared her views. Leah made subject to a child protection plan, category sexual abuse (harm outside the family). Alfie to have a child in need plan, given his mother's lapse into heroin use and the attack on the home. First core group at the Bridge Centre on 24 February.",
        "Donna Corrigan; Pat; Leah Corrigan; Alfie Corrigan; IRO Marsh; SW Lal; DC Rusk; Marcus; Ms Briggs; Jess",
        "E30",
    ),
    (
        POL,
        "2026-02-10 10:00",
        "ICPC - CORRIGAN, Leah + Alfie. DC RUSK att. Pol info: 3 x MISPER, s139A (YCC), PWITS RUI (CPS advice sought - s45 MSA), sexual offence occ 26/011420 (victim declines ABE), crim dam 01/02. Outcome: Leah CP, Alfie CIN.",
        "Leah CORRIGAN; Alfie CORRIGAN; DC Rusk",
        "E30",
    ),
    (
        SCH,
        "2026-02-10",
        "Bridge AP - ICPC (Civic Centre 10am) - TB attended. LC on CP plan. AP on core group. Jan attendance 61%.",
        "LC; TB",
        "E30",
    ),
    (
        CHA,
        "2026-02-10",
        "Initial child protection conference. I read out what Leah asked me to say: 'I don't want to be on a plan, I want my mum to be ok.' Leah is now on a child protection plan and Alfie is child in need. I'm on the core group.",
        "Leah; Mum; Alfie; Jess",
        "E30",
    ),
    (
        GP,
        "2026-02-10 16:30",
        "Alfie C - wheeze 2/7, seen w/ MGM (Pat). Sats 96%, mild exp wheeze. Pred 3/7. Asthma plan reviewed.",
        "Alfie; MGM; Dr Okafor",
        None,
    ),
    # E31 self-harm on Saturday night at grandmother's: 999, EDT, notifications, ED letters
    (
        POL,
        "2026-02-14 23:40",
        "Occ 26/022871. Concern for welfare - 999 from Pat HENNESSY (MGM): granddaughter CORRIGAN, Leah 15y cut her arm in bathroom. Officers att 23:52. LC multiple lacerations L forearm, bleeding controlled. Amb on scene 00:10 - LC conveyed Eastmoor General ED w/ mother. Nil third party. PVP.",
        "Pat HENNESSY; Leah CORRIGAN; Donna CORRIGAN",
        "E31",
    ),
    (
        CSC,
        "2026-02-15 00:45",
        "Emergency Duty Team. Police report that Leah cut her arm at her grandmother's tonight and has gone by ambulance to A&E with her mother. Alfie is asleep at his nan's. Rang the nurse in charge at A&E: Leah's wounds are being closed; the hospital will refer her to CAMHS for an urgent assessment. Day team to follow up.",
        "Leah Corrigan; Donna Corrigan; Alfie Corrigan; Pat",
        "E31",
    ),
    (
        CAMHS,
        "2026-02-16 09:10",
        "Urgent referral rec'd from Eastmoor General ED (paeds liaison): 15F, DSH - lacerations L forearm 14/02 at MGM's. Known - triaged 12/25, not accepted. Urgent assessment offered Thu 19/02 10:00 - mum accepted by phone.",
        "Leah Corrigan; Mum",
        "E31",
    ),
    (
        YJS,
        "2026-02-16 09:30",
        "Tel from mum: LC self-harmed Sat night at nan's, ED, wounds closed, home now. CAMHS seeing her this wk. Thu session - welfare call instead.",
        "LC; Mum; Marcus",
        "E31",
    ),
    # E32 CAMHS urgent assessment (GP files the letter 14 days later); YJS welfare call same day NOT it
    (
        CAMHS,
        "2026-02-19 10:00",
        "Urgent assessment (RK; Dr Malik joined for risk). LC + mum. 6 x healing lacerations L forearm. SH since 13 (scratching), escalating. Precipitants: debt threats, window smashed, 'everyone's on at me'. Low mood, poor sleep, intrusive images 'from the flat'. No current plan/intent; impulsive risk. Protective: Alfie, nan, Safe Routes worker. Formulation: trauma (CCE/CSE), ?PTSD sx. Plan: accepted CAMHS core - weekly RK; safety plan; CRIES-8; letter GP; liaise SW.",
        "Leah Corrigan; Mum; Alfie; Nan; RK; Dr Malik",
        "E32",
    ),
    (
        YJS,
        "2026-02-19 15:00",
        "Welfare call (MO) in place of session. LC 'at CAMHS this morning', sounded flat. Next session 26/02 at Bridge.",
        "LC; Marcus",
        None,
    ),
    # E33 CAMHS practitioner's call to the SW (different words on each side)
    (
        CAMHS,
        "2026-02-20 14:10",
        "Tel to SW (Priya Lal). Shared outcome of assmt 19/02 + safety plan. SW: LC on CP plan (cat SA); CG 24/02 - RK invited.",
        "Leah Corrigan; SW Lal; RK",
        "E33",
    ),
    (
        CSC,
        "2026-02-20 14:10",
        "Ruth Keane from the child and adolescent mental health service rang me. Leah has been taken on for weekly sessions; she has a safety plan and they are worried about trauma after Skelton. I invited Ruth to Tuesday's meeting at the Bridge.",
        "Leah Corrigan; Ruth; SW Lal",
        "E33",
    ),
    # E34 core group 1; GP filing the ED letter the same day belongs to E31
    (
        GP,
        "2026-02-24",
        "ED d/c letter (Eastmoor General) 14-15/02/26 - Leah C: self-inflicted lacerations L forearm x6, steri-strips + glue, no tendon inv. Urgent CAMHS ref made by ED. Book PN wound check.",
        "Leah Corrigan",
        "E31",
    ),
    (
        CSC,
        "2026-02-24 14:00",
        "First core group at the Bridge Centre. Present: Ms Corrigan, Pat, SW Lal, Tanya Briggs, Marcus Obi, Jess Harlow, Ruth Keane (CAMHS). Leah joined at the end. Child protection plan agreed in detail: self-harm safety plan held by mum and nan; family to stay at Pat's until the housing transfer; Safe Routes twice a week for now; CAMHS weekly; youth justice sessions moved to the Bridge.",
        "Donna Corrigan; Pat; SW Lal; Ms Briggs; Marcus; Jess; Ruth; Leah Corrigan",
        "E34",
    ),
    (
        SCH,
        "2026-02-24 14:00",
        "Core group (2pm, AP mtg room) - TB. AP actions: SH safety plan on file, staff briefed; YJS sessions in AP Thu 1pm.",
        "LC; TB",
        "E34",
    ),
    (
        CAMHS,
        "2026-02-24",
        "CG attended (RK) at AP. Shared CAMHS plan + safety plan. LC joined last 10 min.",
        "Leah Corrigan; RK",
        "E34",
    ),
    (
        CHA,
        "2026-02-24",
        "Core group at the Bridge. Leah came in at the end and sat next to me. I'll see her Tuesdays and Fridays for now.",
        "Leah; Jess",
        "E34",
    ),
    # ---------------- March 2026 ----------------
    (
        GP,
        "2026-03-05",
        "CAMHS letter (urgent assmt 19/02, R Keane) - Leah C: SH, low mood, trauma sx. Accepted CAMHS core, weekly. No meds at present. Safety plan attached. Wound check done 03/03.",
        "Leah Corrigan; Ruth",
        "E32",
    ),
    # E35 missing episode 4 (leaves AP at lunch, found at the bus station near midnight)
    (
        SCH,
        "2026-03-05 12:20",
        "Bridge AP - LC left site 12.10 via side gate, got into grey car (Astra?, partial VRM ..KX). Not permitted. Mum + SW rang 12.25. Reported to police 12.40 (TB) per missing protocol.",
        "LC; Mum; SW Lal; TB",
        "E35",
    ),
    (
        POL,
        "2026-03-05 12:40",
        "Occ 26/031118. MISPER - CORRIGAN, Leah 15y (4th). Rep by Bridge AP (BRIGGS): left site 12:10 into grey Astra, partial VRM. Risk HIGH (CP plan, CCE/CSE). ANPR marker. Skelton + BTP notified.",
        "Leah CORRIGAN; BRIGGS",
        "E35",
    ),
    (
        YJS,
        "2026-03-05 13:00",
        "Session at Bridge 1pm - LC not there (staff: 'left at lunch'). DNA recorded. Welfare text sent.",
        "LC; Marcus",
        None,
    ),
    (
        POL,
        "2026-03-05 23:55",
        "Occ 26/031118 - LOCATED 23:40 Eastmoor bus stn w/ NASH, Chloe (16, also MISPER). Both home by officers. LC intox, refused S&W. Grey Astra ANPR Skelton 15:02.",
        "Leah CORRIGAN; NASH",
        "E35",
    ),
    (
        CSC,
        "2026-03-06 09:10",
        "Police notification: Leah was missing yesterday from 12.10pm, when she left the Bridge Centre in a car, until police found her at the bus station just before midnight with Chloe Nash. Both had been drinking. Return home interview requested from Safe Routes. No new strategy discussion as she is already on a child protection plan (agreed with TM Foley); core group members updated by email.",
        "Leah Corrigan; Chloe; TM Foley",
        "E35",
    ),
    # E36 RHI 4 and its report
    (
        CHA,
        "2026-03-09 15:00",
        "Return chat at Pat's (Leah's nan's) about Thursday. Leah said she and Chloe went 'for a drive to the seaside' with 'Chloe's cousin' and got the bus back; says nothing happened. She was more open about her mum: 'she's using again, I know she is.' I'll pass this on to Priya.",
        "Leah; Pat; Chloe; Mum; Priya; Jess",
        "E36",
    ),
    (
        GP,
        "2026-03-10 10:00",
        "Donna C - OST r/v. UDS -ve opiates (methadone only) x2 since Feb. 50ml daily supervised. Staying at her mum's. Mood low-ish. R/v 4/52.",
        "Donna Corrigan; Dr Okafor",
        None,
    ),
    (
        CSC,
        "2026-03-11",
        "Safe Routes' report of the return home interview on 9 March received. Leah says she went to the seaside with Chloe and 'Chloe's cousin'. She believes her mother is using heroin again. Raised with Ms Corrigan, who denies it; will ask the GP for her latest test result (consent in place).",
        "Leah Corrigan; Chloe; Donna Corrigan; Jess",
        "E36",
    ),
    (
        CSC,
        "2026-03-09 17:00",
        "Statutory visit at Pat's. Leah had just seen Jess and did not want to talk about Thursday again. Ms Corrigan asleep upstairs when I arrived - Pat says she is 'just tired'. Alfie did his reading to me. Housing transfer still awaited.",
        "Leah Corrigan; Jess; Donna Corrigan; Pat; Alfie Corrigan",
        None,
    ),
    # E37 CPS advice: no further action on the January PWITS arrest (s45)
    (
        POL,
        "2026-03-18 15:00",
        "Occ 26/009874 PWITS - CPS charging advice rec'd: NFA. s45 MSA 2015 defence likely (NRM RG+, CCE evidence); not in public interest. LC + mother to be informed. DC RUSK.",
        "Leah CORRIGAN; DC Rusk",
        "E37",
    ),
    (
        YJS,
        "2026-03-19 13:00",
        "Email from DC Rusk: Jan arrest (PWITS, Skelton) - NFA, CPS advice 18/03 (s45 MSA). Told LC at session today - 'so I'm not in trouble?'. YCC 7/8.",
        "LC; DC Rusk; Marcus",
        "E37",
    ),
    # E38 YJS/CSC joint home visit (CSC records it with a w/c date)
    (
        YJS,
        "2026-03-25 16:00",
        "JHV w/ SW (PL) at MGM's. LC, mum, nan. YCC review: 7/8 sessions, reparation (litter pick) done 21/03. End of YCC + voluntary follow-on discussed. LC wants to do a mechanics taster.",
        "LC; Mum; Nan; PL; Marcus",
        "E38",
    ),
    (
        CSC,
        "A:2026-03-23:2026-03-27:w/c 23 March 2026",
        "Home visit with Marcus Obi from the Youth Justice Service at Pat's house. Leah, Ms Corrigan and Pat were there. Leah's caution is nearly finished and she would like to try a motor mechanics course. The housing transfer has been offered - a flat on the other side of the city.",
        "Leah Corrigan; Donna Corrigan; Pat; Marcus",
        "E38",
    ),
    # E39 core group 2 (look-alike of E34); YJS sends an update instead of attending (NOT it)
    (
        CSC,
        "2026-03-26 14:00",
        "Second core group at the Bridge Centre. Present: Ms Corrigan, Pat, SW Lal, Tanya Briggs, Ruth Keane (CAMHS), Jess Harlow. Youth Justice Service sent an update. One missing episode since the conference (5 March). No further self-harm reported. Housing transfer accepted - move early April. Plan updated.",
        "Donna Corrigan; Pat; SW Lal; Ms Briggs; Ruth; Jess",
        "E39",
    ),
    (
        SCH,
        "2026-03-26 14:00",
        "Core group 2 (AP mtg room 2pm) - TB. March attendance 74%. LC doing well in English; FS maths entry booked.",
        "LC; TB",
        "E39",
    ),
    (
        CAMHS,
        "2026-03-26",
        "CG attended (RK). CRIES-8 31 (above cut-off). Plan: trauma-focused work after Easter; psych r/v 31/03.",
        "Leah Corrigan; RK",
        "E39",
    ),
    (
        YJS,
        "2026-03-26 09:00",
        "Apologies for CG2 (court duty). Update emailed to SW: YCC 7/8, final session 02/04.",
        "LC; Marcus; SW Lal",
        None,
    ),
    # E40 CAMHS psychiatry review starting sertraline; GP receives the letter nine days later
    (
        CAMHS,
        "2026-03-31 11:00",
        "Psychiatry r/v (Dr Malik) + RK. LC + mum. Persistent low mood, poor sleep, SH x1 (scratching) since Feb. PTSD sx moderate. Start sertraline 50mg od - first 4/52 from CAMHS, then GP to continue (shared care). SSRI risks <18 explained; safety plan. Letter to GP.",
        "Leah Corrigan; Mum; Dr Malik; RK",
        "E40",
    ),
    (
        GP,
        "2026-04-09",
        "CAMHS psych letter (Dr Malik, r/v 31/03): sertraline 50mg od started - GP to continue from 28/04. Added to repeats (28 days). Note: mother on OST in household - meds held by MGM.",
        "Leah Corrigan; Dr Malik",
        "E40",
    ),
    # ---------------- April 2026 ----------------
    # E41 missing episode 5 (Easter holidays), found at Kieran Doyle's flat
    (
        POL,
        "2026-04-10 21:30",
        "Occ 26/049902. MISPER - CORRIGAN, Leah 15y (5th). Not returned to new addr (moved 07/04). Phone off. Risk HIGH. Rep by mother.",
        "Leah CORRIGAN; Donna CORRIGAN",
        "E41",
    ),
    (
        CSC,
        "2026-04-11 08:30",
        "Emergency Duty Team. Leah was reported missing last night from the family's new flat. Ms Corrigan thinks she has gone to Kieran Doyle's. Police aware; the child exploitation team have his new address.",
        "Leah Corrigan; Donna Corrigan; Kieran Doyle",
        "E41",
    ),
    (
        POL,
        "2026-04-11 15:10",
        "Occ 26/049902 - LOCATED 14:50 Flat 9 Mercer House, Eastmoor (DOYLE's addr) by CE team (DC RUSK). LC says she 'wanted to see him'. DOYLE spoken to - CAWN to be prepared. LC home by police. S&W done.",
        "Leah CORRIGAN; DOYLE; DC Rusk",
        "E41",
    ),
    (
        SCH,
        "2026-04-13 10:30",
        "Bridge AP - LC in, tired. Told TB she was 'missing at the weekend but it's sorted'. TB let SW know.",
        "LC; TB",
        None,
    ),
    (
        POL,
        "2026-04-14 17:00",
        "CAWN served on DOYLE, Kieran (19) at Mercer House by DC RUSK - re CORRIGAN, Leah (15). Mother's statement attached. Explained + signed. Breach = arrest.",
        "DOYLE; Leah CORRIGAN; DC Rusk",
        None,
    ),
    # E42 RHI 5 and its report
    (
        CHA,
        "2026-04-15 16:30",
        "Return chat in my car (she likes driving round). Leah was angry - 'they've given Kez a letter'. She says she loves him and he's 'not like the others', that he never made her carry anything. When I asked about the Skelton men she went quiet. She's taking her tablets 'sometimes'.",
        "Leah; Kez; Jess",
        "E42",
    ),
    (
        CSC,
        "2026-04-20 11:00",
        "Return home interview report from Safe Routes (15 April) received: Leah describes Kieran as her boyfriend and is angry about the warning notice. Concern about grooming. She says she takes her antidepressant 'sometimes'.",
        "Leah Corrigan; Kieran Doyle; Jess",
        "E42",
    ),
    (
        CSC,
        "2026-04-20 15:00",
        "Emailed Ruth Keane at CAMHS: Leah told Safe Routes she is only taking her sertraline some of the time.",
        "Ruth; Leah Corrigan",
        None,
    ),
    (
        GP,
        "2026-04-30",
        "RCPC report sent (Leah + Alfie). Leah - sertraline 50mg (CAMHS shared care), SH wound healed. Donna - UDS -ve x4 since Feb, 50ml. Alfie - well. Unable to attend.",
        "Leah Corrigan; Alfie; Donna Corrigan",
        None,
    ),
    # ---------------- May 2026 ----------------
    # E43 review child protection conference; GP OST review the same day is NOT it
    (
        CSC,
        "2026-05-05 10:00",
        "Review child protection conference (chair Helen Marsh). Present: Ms Corrigan, Pat, SW Lal, DC Rusk, Tanya Briggs, Ruth Keane (CAMHS), Jess Harlow, Marcus Obi. GP report received. Leah came for 15 minutes. Progress: one missing episode since March (to Kieran Doyle's - he now has a warning notice); no Skelton links since January; Bridge attendance 78%; CAMHS trauma work started; Ms Corrigan's tests negative since February. Leah remains subject to a child protection plan (sexual abuse); review in six months. Alfie's child in need plan to close.",
        "Donna Corrigan; Pat; SW Lal; DC Rusk; Ms Briggs; Ruth; Jess; Marcus; Leah Corrigan; Alfie Corrigan; IRO Marsh",
        "E43",
    ),
    (
        POL,
        "2026-05-05 10:00",
        "RCPC - CORRIGAN, Leah. DC RUSK att. Pol: CAWN DOYLE 14/04 (no breach), PWITS NFA (s45), occ 26/011420 filed - victim declined. Outcome: CP continues.",
        "Leah CORRIGAN; DOYLE; DC Rusk",
        "E43",
    ),
    (
        CAMHS,
        "2026-05-05",
        "RCPC attended (RK). Report: weekly sessions, TF-CBT started, sertraline adherence improved (supervised by nan).",
        "Leah Corrigan; RK",
        "E43",
    ),
    (
        CHA,
        "2026-05-05",
        "Review conference. Leah came for 15 minutes and said she wants to go to college in September. Still on a plan. I'm staying involved.",
        "Leah; Jess",
        "E43",
    ),
    (
        GP,
        "2026-05-05 15:30",
        "Donna C - OST r/v. UDS -ve. 50ml -> 45ml agreed. New flat, 'feels like a fresh start'. Take-homes x1/wk trial.",
        "Donna Corrigan; Dr Okafor",
        None,
    ),
    # E44 NRM conclusive grounds decision (look-alike of E15)
    (
        CSC,
        "2026-05-14",
        "Conclusive grounds decision (dated 12 May) received from the Single Competent Authority: positive - Leah is recognised as a victim of modern slavery (criminal exploitation). Explained to Leah and her mum by phone; copy to DC Rusk.",
        "Leah Corrigan; Donna Corrigan; DC Rusk",
        "E44",
    ),
    (
        POL,
        "2026-05-18 11:00",
        "NRM CG +ve (SCA 12/05) notified by LA (SW LAL). MSHT occ 25/190117 updated - victim status confirmed.",
        "Leah CORRIGAN; SW Lal",
        "E44",
    ),
    (
        CHA,
        "M:2026-05",
        "May summary: 4 sessions offered, Leah came to 3. No missing episodes. She's talking about college and about Alfie's birthday. Still messages Kez, she says 'just as friends'.",
        "Leah; Alfie; Kez; Jess",
        None,
    ),
    (
        YJS,
        "2026-05-29",
        "Case closed (MO). YCC completed 02/04, voluntary support ended. Closure letter to LC + mum; SW informed.",
        "LC; Mum; Marcus",
        None,
    ),
    # ---------------- June - July 2026 ----------------
    (
        CSC,
        "2026-05-21 15:30",
        "Statutory visit at the new flat. Leah in her room, polite, showed me her college application. Ms Corrigan well, the flat is tidy. Alfie's child in need plan closed as agreed at conference; he is settled at his new school.",
        "Leah Corrigan; Donna Corrigan; Alfie Corrigan",
        None,
    ),
    # E45 core group 3 (look-alike of E34 and E39); CAMHS session the same morning is NOT it
    (
        CAMHS,
        "2026-06-02 11:00",
        "Session 11 (RK). TF-CBT - trauma narrative started. No SH since Feb. Sertraline 50mg, good adherence.",
        "Leah Corrigan; RK",
        None,
    ),
    (
        CSC,
        "2026-06-02 14:00",
        "Third core group at the Bridge Centre. Present: Ms Corrigan, SW Lal, Tanya Briggs, Jess Harlow; CAMHS sent an update. No missing episodes since April. Leah has a place for an interview at Eastmoor College (motor vehicle, entry level) for September. Plan continues.",
        "Donna Corrigan; SW Lal; Ms Briggs; Jess; Leah Corrigan",
        "E45",
    ),
    (
        SCH,
        "2026-06-02 14:00",
        "Core group 3 (2pm) - TB. May attendance 86%. College interview 16/06 - AP to support transition.",
        "LC; TB",
        "E45",
    ),
    (
        POL,
        "2026-06-24 09:00",
        "Intel: DOYLE, Kieran arrested Skelton 22/06 PWITS (unconnected to CORRIGAN). Remanded. MACE informed.",
        "DOYLE",
        None,
    ),
    (
        CAMHS,
        "2026-07-02 11:00",
        "Session 15 (RK). Discussed news of Kieran's arrest (LC heard on social media) - tearful but 'relieved'. No SH. Safety plan updated for summer holidays.",
        "Leah Corrigan; Kieran; RK",
        None,
    ),
    (
        SCH,
        "2026-07-09",
        "Bridge AP - LC passed FS maths L1 and English L1. Leavers' assembly. College place confirmed. Summer holiday plan shared with SW + Safe Routes.",
        "LC",
        None,
    ),
    (
        CSC,
        "2026-07-14",
        "Supervision with TM Foley. Leah stable since April; college place confirmed; summer holidays are the main risk - Safe Routes to offer weekly activities. Next review conference in November.",
        "Leah Corrigan; TM Foley",
        None,
    ),
]


def main():
    out = HERE / "case_aq.json"
    casegen.build(
        "aq",
        "15-year-old girl criminally and sexually exploited on a county line: five missing "
        "episodes and return home interviews, two strategy discussions and s47, NRM, knife at "
        "school (permanent exclusion, alternative provision, youth conditional caution), "
        "self-harm and CAMHS, mother on methadone who lapses, brother aged 8; 7 agencies, "
        "Sep 2025 - Jul 2026 (TUNING case)",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
