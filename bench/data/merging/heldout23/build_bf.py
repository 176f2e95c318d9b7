# ruff: noqa
"""Writing aid for held-out case_bf (fictional; written blind, see README.md in this folder).

    python3 bench/data/merging/heldout23/build_bf.py   # writes heldout23/case_bf.json

HELD OUT: only ever scored, never opened while merge rules are changed.

Ivy Pennock is born on 9 March 2026. Her mother Megan Ashworth (family history of bipolar
disorder and puerperal psychosis) develops postpartum psychosis on day 4-6, is found by the river
with the baby in the early hours of 15 March and is admitted with Ivy to a mother and baby unit.
Ivy's father Craig Pennock misuses alcohol (a domestic incident on 31 January while Megan was 34
weeks pregnant). Kayden (7) is Megan's son by Jason Whitfield; maternal grandmother Pauline lives
in Wyrebank. Child protection plans in Northbrook; in June the family moves to Wyrebank (another
local authority and another NHS community trust area) and the plans transfer in. A police
welfare check in May, a febrile convulsion in August while Craig is drunk.

Ten agencies, Dec 2025 - Oct 2026. Hand-written entries plus seeded routine single-agency filler
(casegen.filler, hand-written pools), so the JSON is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("bf_amb", "%d-%m-%Y")  # 15-03-2026
casegen.STYLES.setdefault("bf_whv", "%d %b %y")  # 17 Jun 26
casegen.STYLES.setdefault("bf_wcs", "%a %d %b %Y")  # Thu 02 Jul 2026
casegen.STYLES.setdefault("bf_cc", "%d.%m.%Y")  # 28.07.2026

POL = "Police"
AMB = "Ambulance service"
CVT = "Calder Valley NHS Trust (maternity, ED, Northbrook health visiting)"
WHV = "Wyrebank 0-19 health visiting"
PMH = "Pennine perinatal mental health (community team, CRHTT, Ashdale MBU)"
GP = "GP (Moorside MC, then Wyre Lane Surgery)"
NCS = "Northbrook Children's Social Care"
WCS = "Wyrebank Children's Services"
SCH = "St Aidan's CE Primary"
CC = "Brook Street Children's Centre"

AGENCIES = [
    (POL, "police", "police"),
    (AMB, "health", "bf_amb"),
    (CVT, "health", "health"),
    (WHV, "health", "bf_whv"),
    (PMH, "health", "iso"),
    (GP, "health", "gp"),
    (NCS, "social_care", "csc"),
    (WCS, "social_care", "bf_wcs"),
    (SCH, "education", "school"),
    (CC, "other", "bf_cc"),
]

PEOPLE = [
    ("Ivy Pennock", ["Ivy", "baby Ivy", "Baby Pennock"], "Child I (born 9 March 2026)", "child"),
    ("Kayden Ashworth", ["Kayden"], "Child K (half-sibling, 7)", "child"),
    ("Megan Ashworth", ["Megan", "Ms Ashworth", "Mum", "MA"], "Mother", "parent"),
    (
        "Craig Pennock",
        ["Craig", "Mr Pennock", "PENNOCK", "Dad"],
        "Mother's partner (Ivy's father)",
        "parent",
    ),
    ("Jason Whitfield", ["Jason", "Mr Whitfield"], "Kayden's father (non-resident)", "parent"),
    (
        "Pauline Ashworth",
        ["Pauline", "MGM", "Nana", "Mrs Ashworth"],
        "Maternal grandmother (Wyrebank)",
        "family",
    ),
    ("Hannah Okafor", ["SW Okafor", "Hannah"], "Social worker (Northbrook)", "professional"),
    ("Graham Tate", ["TM Tate"], "Team manager (Northbrook)", "professional"),
    ("Martin Shaw", ["IRO Shaw"], "Conference chair (Northbrook)", "professional"),
    ("Priya Maddox", ["SW Maddox", "Priya"], "Social worker (Wyrebank)", "professional"),
    ("Denise Farrow", ["IRO Farrow"], "Conference chair (Wyrebank)", "professional"),
    ("Lucy Brennan", ["HV Brennan", "Lucy", "LB"], "Health visitor (Northbrook)", "professional"),
    ("Zainab Hussain", ["HV Hussain", "Zainab", "ZH"], "Health visitor (Wyrebank)", "professional"),
    ("Rachel Kaur", ["MW Kaur", "Rachel", "RK"], "Community midwife", "professional"),
    ("Owen Delaney", ["CPN Delaney", "Owen"], "Perinatal CPN (Northbrook)", "professional"),
    ("Sam Ireland", ["CPN Ireland", "Sam"], "Perinatal CPN (Wyrebank hub)", "professional"),
    ("Anjali Rao", ["Dr Rao"], "Perinatal consultant psychiatrist", "professional"),
    ("Peter Nwosu", ["Dr Nwosu"], "GP (Moorside MC)", "professional"),
    ("Claire Hollis", ["Dr Hollis"], "GP (Wyre Lane Surgery)", "professional"),
    ("Jane Whitworth", ["Mrs Whitworth", "DSL Whitworth", "JW"], "School DSL", "professional"),
    ("Ravi Sandhu", ["DC Sandhu"], "Detective constable", "professional"),
    ("Kerry Holt", ["PC Holt"], "Police constable", "professional"),
    (
        "Tasha Greenwood",
        ["Tasha", "FSW Greenwood"],
        "Children's centre family support worker",
        "professional",
    ),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        GP,
        "Y:2019",
        "Moorside MC: MA - postnatal depression after birth of son (Kayden, 11/18). Sertraline 9/12, resolved. FHx: mother bipolar I, puerperal psychosis 1996.",
        "Megan Ashworth; Kayden",
        None,
    ),
    (
        POL,
        "M:2024-10",
        "Occ 24/176520 - PENNOCK, Craig arrested drunk and disorderly, Northbrook town centre. Conditional caution. No DA markers at that time.",
        "PENNOCK",
        None,
    ),
    (
        CVT,
        "A:2025-08-18:2025-08-29:late Aug-2025 (approx.)",
        "Maternity booking (MW Kaur) ~10/40, G2P1. FHx bipolar/puerperal psychosis (mother); own PND 2019. Partner Craig (FOB) 'drinks at weekends'. Son Kayden 6 from previous relationship. Perinatal MH risk flagged - discuss PNMHT referral after anomaly scan.",
        "Megan; Craig; Kayden; MW Kaur",
        None,
    ),
    (
        SCH,
        "A:2025-09-03:2025-12-19:Autumn term 2025",
        "Kayden (Y2) - attendance 96%, no concerns. Lives with Mum and her partner Craig; sees his dad (Mr Whitfield) alternate weekends. Mum expecting a baby in March.",
        "Kayden; Mum; Craig; Mr Whitfield",
        None,
    ),
    # ---------------- December / January ----------------
    # E01 midwife's referral to the perinatal team, received 9 days later
    (
        CVT,
        "2025-12-03 14:00",
        "Maternity (MW Kaur): 25/40 antenatal check. BP 112/70, SFH 25cm, FM+. Megan low, sleeping poorly, worried about 'going like my mum'. FHx bipolar/puerperal psychosis. E-referral to PNMHT sent today - high risk of postpartum psychosis. GP copied.",
        "Megan; MW Kaur",
        "E01",
    ),
    (
        PMH,
        "2025-12-12",
        "New referral received from Calder Royal maternity (community midwife Rachel Kaur, dated 03/12/2025). 29-year-old, G2P1, EDD 10/03/2026. First-degree family history of bipolar I disorder with puerperal psychosis; own postnatal depression 2019. Triaged: high risk of postpartum psychosis - antenatal consultant assessment booked for 14/01/2026.",
        "Megan Ashworth; Rachel",
        "E01",
    ),
    (
        GP,
        "2025-12-12",
        "Moorside MC: Kayden - 3/7 cough + wheeze, seen w/ Mum. Chest: scattered wheeze, sats 97%. Imp viral-induced wheeze. Salbutamol via spacer. Safety-net.",
        "Kayden; Mum; Dr Nwosu",
        None,
    ),
    (
        SCH,
        "2026-01-09",
        "Kayden late x3 this week. Spoke to Mum at the gate - 'very tired, not sleeping, baby kicking all night'. DSL aware.",
        "Kayden; Mum; Mrs Whitworth",
        None,
    ),
    # E02 antenatal perinatal assessment and the letters received 12-13 days later
    (
        PMH,
        "2026-01-14 10:00",
        "Antenatal assessment, perinatal outpatient clinic (Dr Rao, consultant). 31/40. Euthymic; anxious about recurrence; sleep disrupted. Risk of postpartum psychosis high (first-degree relative). Declines prophylactic medication (wishes to breastfeed). Plan: perinatal care plan to maternity; CPN Owen Delaney allocated - fortnightly antenatal, weekly for 6/52 postnatal; low threshold for MBU. Letter to GP and midwife.",
        "Megan Ashworth; Dr Rao; Owen",
        "E02",
    ),
    (
        CVT,
        "2026-01-14 15:30",
        "Maternity (MW Kaur): 31/40 antenatal. BP 118/74, SFH 31cm, FM+, urine NAD. Saw the perinatal psychiatrist this morning - 'went OK'. Craig attended with her, smelt of alcohol (15:30) - not raised in front of him; to ask Megan alone next time.",
        "Megan; Craig; MW Kaur",
        None,
    ),
    (
        SCH,
        "2026-01-26 09:15",
        "Kayden upset at register - said Craig and Mum 'were shouting all weekend' and Craig 'threw his tea'. Reassured. Logged (DSL Whitworth) - monitor, no disclosure of harm.",
        "Kayden; Craig; Mum; Mrs Whitworth",
        None,
    ),
    (
        GP,
        "2026-01-26",
        "Moorside MC: letter Dr Rao (perinatal psychiatry) 14/01/26 - high risk postpartum psychosis, declines prophylaxis, perinatal care plan, low threshold MBU admission. Alert added to record.",
        "Megan Ashworth; Dr Rao",
        "E02",
    ),
    (
        CVT,
        "2026-01-27",
        "Maternity: perinatal care plan (Dr Rao, letter dated 14-Jan-2026) filed in handheld notes + birth plan. Early warning signs: sleep loss >2 nights, elation, unusual beliefs about baby. Labour ward to ring PNMHT on delivery.",
        "Megan; Dr Rao",
        "E02",
    ),
    # E03 domestic incident (Sat night), ambulance, maternity triage, Monday notifications, GP letter
    (
        POL,
        "2026-01-31 23:35",
        "Occ 26/018843. 999 from neighbour - female screaming, 14 Calder Terrace, Northbrook. Officers att 23:48 (PC Holt). ASHWORTH, Megan (34/40 pregnant) states PENNOCK, Craig pushed her into the banister during an argument - he was in drink. PENNOCK arrested common assault. Child (7) in addr, woke, seen - MGM ASHWORTH, Pauline attended to care. Ambulance requested for victim (abdominal pain). DASH medium. PPN submitted, Op Encompass.",
        "Megan Ashworth; PENNOCK; Kayden Ashworth; Pauline Ashworth; PC Holt",
        "E03",
    ),
    (
        AMB,
        "2026-01-31 23:58",
        "Inc 0131-2241 Cat 2. Pt F 29, 34/40 pregnant, alleged push into banister by partner - police on scene, partner in custody. Mild lower abdo discomfort, no PV loss, FM felt. Obs within normal range. Conveyed Calder Royal maternity triage.",
        "Megan Ashworth",
        "E03",
    ),
    (
        CVT,
        "2026-02-01 00:40",
        "Maternity triage (Calder Royal): brought by ambulance following assault by partner (pushed into banister). 34+2. CTG reactive, abdomen soft non-tender, no bleeding. Routine enquiry - DA disclosed, IDVA leaflet given. Safeguarding referral to Northbrook MASH. D/c 04:15 to mother's (MGM) address.",
        "Megan Ashworth; MGM",
        "E03",
    ),
    (
        POL,
        "2026-02-01 10:30",
        "PENNOCK interviewed - admits argument, denies pushing, 'she tripped on the stairs'. Bailed - conditions not to contact ASHWORTH or attend 14 Calder Terrace. File to CPS.",
        "PENNOCK; Megan Ashworth",
        None,
    ),
    (
        SCH,
        "2026-02-02 08:25",
        "Op Encompass notification rec'd 08:05 - police attended Kayden's home Saturday night (DA, Mum and Craig). DSL (JW) informed class teacher. Kayden quiet, said he 'slept at Nana's after'. Check-in planned.",
        "Kayden; Mum; Craig; Nana; Mrs Whitworth",
        "E03",
    ),
    (
        NCS,
        "2026-02-02 09:50",
        "MASH: a Police Protection Notice and a safeguarding referral from Calder Royal maternity triage were received about an incident on the night of 31 January. Megan Ashworth, 34 weeks pregnant, says her partner Craig Pennock pushed her into the banister while drunk; Kayden (7) was in the house. Mr Pennock is on bail not to return. Known perinatal mental health risk. Outcome: child and family assessment (Kayden and the unborn baby); allocated to Hannah Okafor.",
        "Megan Ashworth; Craig Pennock; Kayden Ashworth; Hannah",
        "E03",
    ),
    (
        GP,
        "2026-02-02 16:40",
        "Moorside MC: Kayden - asthma r/v w/ Mum. Wheeze settled, PEFR 210 (pred 220). Continue salbutamol PRN, spacer technique checked.",
        "Kayden; Mum; Dr Nwosu",
        None,
    ),
    (
        CVT,
        "2026-02-03",
        "HV (LB): info rec'd from MASH - PPN DA 31/01, partner bailed not to return. Antenatal contact brought forward - JV with SW requested.",
        "Megan; Craig; Lucy",
        "E03",
    ),
    (
        GP,
        "2026-02-09",
        "Moorside MC: maternity triage letter 01/02/26 - 34+2, pushed by partner, CTG reactive, d/c. Safeguarding ref made by hospital. Coded DA.",
        "Megan Ashworth",
        "E03",
    ),
    # E04 joint visit SW + HV; CPN clinic the same afternoon is not it
    (
        NCS,
        "2026-02-10 10:00",
        "Joint home visit with the health visitor, Lucy Brennan, for the assessment. Megan says Craig has been drinking more since she became pregnant and that the push was 'the first time he's touched me'; she wants him home when his bail ends 'if he stops drinking'. Kayden's bedroom seen. Megan spoke about her fear of becoming unwell after the birth, as her mother did.",
        "Megan Ashworth; Craig Pennock; Kayden Ashworth; Lucy; Hannah",
        "E04",
    ),
    (
        CVT,
        "2026-02-10 10:00",
        "HV (LB) antenatal contact - JV with SW Okafor. 35/40. Mood 'OK', sleep poor. Partner on bail, not at addr. Plans to BF. Cot, pram, safe sleep discussed. EPDS 9.",
        "Megan; Craig; SW Okafor; Lucy",
        "E04",
    ),
    (
        PMH,
        "2026-02-10 15:00",
        "CPN antenatal contact (Owen), clinic. Megan anxious after the DA incident 31/01; sleeping 4-5h. No psychotic features. Relapse signature reviewed; copy for Pauline.",
        "Megan; Owen; Pauline",
        None,
    ),
    (
        POL,
        "2026-02-13",
        "CPS: NFA re PENNOCK common assault - victim statement withdrawn 11/02. Bail cancelled. DA markers on address retained.",
        "PENNOCK; Megan Ashworth",
        None,
    ),
    (
        NCS,
        "2026-02-16",
        "Management oversight (TM Tate): Craig's bail has ended and he is back at home. Assessment to conclude with a pre-birth child in need meeting; invite perinatal nurse and midwife.",
        "Craig Pennock; TM Tate",
        None,
    ),
    (
        SCH,
        "2026-02-23",
        "Update emailed to SW for CIN meeting (unable to attend): Kayden attendance 93%, late x6 this half term, tired on Mondays, no disclosures since 26/01.",
        "Kayden; SW Okafor",
        None,
    ),
    # E05 pre-birth child in need meeting; a GP appointment the same morning is not it
    (
        GP,
        "2026-02-24 09:10",
        "Moorside MC: MA 37/40 - asking for something to help sleep. Discussed perinatal plan, no hypnotics. Sleep hygiene. Mood 'OK'.",
        "Megan Ashworth; Dr Nwosu",
        None,
    ),
    (
        NCS,
        "2026-02-24 13:30",
        "Pre-birth child in need meeting at Northbrook Family Centre. Present: Megan, Craig, Pauline, Hannah Okafor (SW), Lucy Brennan (health visitor), Rachel Kaur (midwife), Owen Delaney (perinatal nurse); school sent an update. Assessment concluded: Kayden and the unborn baby are children in need. Plan: Craig to see his GP about his drinking and accept a referral to the alcohol service; perinatal birth plan shared; Pauline to stay for the first fortnight after the birth; review in six weeks.",
        "Megan Ashworth; Craig Pennock; Pauline Ashworth; Hannah; Lucy; Rachel; Owen; Kayden Ashworth",
        "E05",
    ),
    (
        CVT,
        "2026-02-24 13:30",
        "Pre-birth CIN mtg - MW (RK) and HV (LB) attended. Birth plan incl. PNMHT alert shared. Postnatal: daily MW visits first week; HV new birth visit day 10-14.",
        "Megan; Craig; RK; Lucy",
        "E05",
    ),
    (
        PMH,
        "2026-02-24",
        "Multi-agency pre-birth meeting (CSC, child in need) - CPN attended. Shared perinatal care plan and relapse signature. Partner's alcohol use noted; Megan consents to sharing plan with Craig and Pauline.",
        "Megan; Craig; Pauline; Owen",
        "E05",
    ),
    (
        GP,
        "2026-02-26",
        "Moorside MC: Craig Pennock - alcohol. AUDIT 22, ~50 u/wk. Agreed referral Northbrook Recovery. LFTs requested.",
        "Craig Pennock; Dr Nwosu",
        None,
    ),
    # ---------------- March: birth, postpartum psychosis, MBU ----------------
    # E06 the birth, the call to the perinatal team, CSC's birth notification, the GP's discharge summary
    (
        CVT,
        "2026-03-09 04:52",
        "Maternity (Calder Royal): SVD 39+6, live female 3.06kg, Apgars 9/9. Craig present. BF established. PNMHT informed of delivery per perinatal plan (tel 09:15). Slept poorly on ward. D/c 11-Mar-2026 to community MW.",
        "Ivy; Megan; Craig",
        "E06",
    ),
    (
        PMH,
        "2026-03-09 09:15",
        "Tel from Calder Royal labour ward per perinatal plan: Megan delivered 04:52, baby girl, both well. CPN to see her on the ward tomorrow.",
        "Megan Ashworth; Ivy",
        "E06",
    ),
    (
        NCS,
        "2026-03-10 09:30",
        "Notification from the community midwife: Megan gave birth to a baby girl, Ivy, on 9 March. Mother and baby well and due home tomorrow. Child in need plan continues.",
        "Megan Ashworth; Ivy Pennock; Rachel",
        "E06",
    ),
    (
        PMH,
        "2026-03-10 11:00",
        "CPN visit on postnatal ward (Owen). Megan 'tired but happy', slept 3h. Reminded of early warning signs; daily phone contact first week, weekly visits.",
        "Megan; Ivy; Owen",
        None,
    ),
    (
        SCH,
        "2026-03-10",
        "Kayden very excited - 'I've got a baby sister called Ivy'. Nana collecting him this week.",
        "Kayden; Ivy; Nana",
        None,
    ),
    (
        CVT,
        "2026-03-12",
        "Community MW (RK) day 3: Ivy wt 2.90kg (-5%), BF 2-3 hrly, cord clean. Megan slept ~2h, 'too excited to sleep', chatty. MGM staying. Craig at work.",
        "Ivy; Megan; MGM; RK",
        None,
    ),
    # E07 the midwife's call from the house to the perinatal duty line
    (
        CVT,
        "2026-03-13 11:30",
        "Community MW day 4 visit: Megan has not slept for two nights, pressured speech, says Ivy 'has a special purpose'. Pauline worried. Rang PNMHT duty from the house 11:30 - same-day review arranged. Ivy feeding OK, mild jaundice.",
        "Megan; Ivy; Pauline; Rachel",
        "E07",
    ),
    (
        PMH,
        "2026-03-13 11:35",
        "Duty: call from Rachel Kaur (community midwife). Day 4 postpartum - two nights without sleep, over-talkative, unusual ideas about the baby. Grandmother present. CPN to visit at 15:00.",
        "Megan Ashworth; Rachel",
        "E07",
    ),
    (
        SCH,
        "2026-03-13 13:30",
        "Nana (Mrs Ashworth) collected Kayden early, 1.30pm - 'family emergency, Mum not well'. DSL informed.",
        "Kayden; Mrs Ashworth; Mum; Mrs Whitworth",
        None,
    ),
    (
        PMH,
        "2026-03-13 15:00",
        "CPN home visit (Owen), Dr Rao by phone. Megan elated, flight of ideas, believes Ivy is 'chosen'. No stated intent to harm. Partial insight. Plan: olanzapine 5mg nocte; CRHTT twice daily over weekend; MBU bed enquiry - none until Monday. Pauline staying; Craig asked to stay sober.",
        "Megan; Ivy; Pauline; Craig; Owen; Dr Rao",
        None,
    ),
    (
        PMH,
        "2026-03-14 10:00",
        "CRHTT home visit. Slept 3h with olanzapine. Still elated and distractible. Craig present, sober. Ivy cared for mainly by Pauline.",
        "Megan; Craig; Ivy; Pauline",
        None,
    ),
    # E08 the river in the early hours: police, ambulance, ED, crisis assessment, EDT, Monday notes
    (
        POL,
        "2026-03-15 01:55",
        "Occ 26/043310. Call from PENNOCK, Craig 01:40 - partner ASHWORTH, Megan left home ~01:15 with 6/7 old baby in pram, in nightclothes, saying she had to 'take her to the river to be blessed'. Officers (PC Holt) located both 02:10 on Weir Road footpath. Baby cold but responsive. ASHWORTH detained s136 MHA. Ambulance requested - conveyed with officers to Calder Royal ED (HBPoS unavailable). PPN (adult + child).",
        "PENNOCK; Megan Ashworth; Ivy Pennock; PC Holt",
        "E08",
    ),
    (
        AMB,
        "2026-03-15 02:20",
        "Inc 0315-0067 Cat 2. Police on scene, s136. Pt F 29, postnatal day 6, agitated, disorganised speech. Infant 6/7 axilla temp 35.4, pink, crying - rewarmed in vehicle. Both conveyed Calder Royal ED with police. Safeguarding referral (adult + child) submitted.",
        "Megan Ashworth; Ivy Pennock",
        "E08",
    ),
    (
        CVT,
        "2026-03-15 02:45",
        "ED (Calder Royal): 29F day 6 postpartum, brought by police (s136) and ambulance with baby. Paeds: neonate 35.9 on arrival, rewarmed, BM 3.4, fed. Adult: acutely psychotic - liaison/CRHTT called. Baby to postnatal ward with MGM pending MBU bed.",
        "Megan Ashworth; Ivy Pennock; MGM",
        "E08",
    ),
    (
        PMH,
        "2026-03-15 04:10",
        "CRHTT/liaison assessment in ED (s136). Postpartum psychosis: elated, grandiose religious ideas involving the baby, no sleep for four nights. MHA assessment 09:30 - agrees to informal admission to Ashdale MBU, bed Monday. Until then adult ward with 1:1; Ivy on postnatal ward with Pauline.",
        "Megan Ashworth; Ivy; Pauline",
        "E08",
    ),
    (
        NCS,
        "2026-03-15 06:30",
        "Emergency Duty Team: call from police. Megan Ashworth was found near the river in the early hours with her six-day-old baby, detained under the Mental Health Act and taken to A&E. Ivy is on the postnatal ward with her grandmother. Kayden is at home with Craig Pennock; Pauline will take Kayden to her house in Wyrebank later today. Day team to follow up on Monday.",
        "Megan Ashworth; Ivy Pennock; Pauline Ashworth; Kayden Ashworth; Craig Pennock",
        "E08",
    ),
    (
        SCH,
        "2026-03-16 08:40",
        "Mrs Ashworth (Nana) rang the office - Kayden staying with her in Wyrebank for now and may be late; Mum 'in hospital since the weekend', baby OK. DSL informed.",
        "Kayden; Mrs Ashworth; Mum; Mrs Whitworth",
        "E08",
    ),
    (
        NCS,
        "2026-03-16 09:20",
        "MASH: Police Protection Notice and the ambulance service's safeguarding referral received about the early hours of Sunday (Megan found near the river with Ivy). Case open to Hannah Okafor (child in need) - passed to her; TM Tate: strategy discussion tomorrow.",
        "Megan Ashworth; Ivy Pennock; Hannah; TM Tate",
        "E08",
    ),
    # E09 MBU admission and its notifications
    (
        PMH,
        "2026-03-16 14:00",
        "Admitted to Ashdale Mother and Baby Unit (informal) with Ivy, 7/7. Dx postpartum psychosis. Olanzapine increased to 10mg. Mother on 1:1 obs; baby care supervised by nursery nurses. Kayden staying with MGM.",
        "Megan Ashworth; Ivy; Kayden; MGM",
        "E09",
    ),
    (
        CVT,
        "2026-03-16 16:00",
        "Community MW: informed mother + baby transferred from Calder Royal to Ashdale MBU today. Postnatal care handed over to MBU midwife. HV (LB) informed - new birth visit on discharge.",
        "Megan; Ivy; Rachel; Lucy",
        "E09",
    ),
    # E10 strategy discussion; the GP sees Craig the same day
    (
        NCS,
        "2026-03-17 11:00",
        "Strategy discussion (Teams), chaired by TM Graham Tate. Present: Hannah Okafor (SW), DC Ravi Sandhu (Police), Lucy Brennan (health visitor), Owen Delaney (perinatal CPN), Mrs Whitworth (school DSL). Considered: Megan's postpartum psychosis with religious beliefs about the baby and the events of 15 March; Craig's drinking and the January assault. Agreed: section 47 enquiries for Ivy and Kayden, jointly with police; Ivy to remain with her mother at the MBU under supervision; Kayden to stay with Pauline; initial child protection conference to be convened.",
        "Ivy Pennock; Kayden Ashworth; Megan Ashworth; Craig Pennock; TM Tate; Hannah; DC Sandhu; Lucy; Owen; Mrs Whitworth",
        "E10",
    ),
    (
        POL,
        "2026-03-17 11:00",
        "Strat disc re ASHWORTH/PENNOCK children (DC Sandhu). Police info: DA 31/01 (NFA - retraction), s136 15/03. Outcome: s47, joint. JV with SW to PENNOCK 19/03.",
        "Ivy Pennock; Kayden Ashworth; PENNOCK; DC Sandhu",
        "E10",
    ),
    (
        PMH,
        "2026-03-17 11:00",
        "Strategy call with CSC - CPN joined from MBU. Shared admission, mental state, supervised baby care plan. CP enquiries agreed.",
        "Megan Ashworth; Ivy; Owen",
        "E10",
    ),
    (
        CVT,
        "2026-03-17",
        "HV (LB) joined strategy mtg (Teams). s47 agreed, both children. HV to liaise with MBU re Ivy's growth.",
        "Ivy; Kayden; Lucy",
        "E10",
    ),
    (
        GP,
        "2026-03-17 16:20",
        "Moorside MC: Craig Pennock - alcohol r/v (DNA 10/03). Drinking 'more since Megan went in'. Thiamine. Recovery svc referral chased.",
        "Craig Pennock; Dr Nwosu",
        None,
    ),
    (
        NCS,
        "2026-03-18",
        "Management oversight (TM Tate): section 47 decision endorsed. Ensure Kayden is seen alone and that Jason Whitfield (Kayden's father) is informed and invited to the conference.",
        "Kayden Ashworth; Jason Whitfield; TM Tate",
        None,
    ),
    (
        GP,
        "2026-03-18",
        "Moorside MC: notification Ashdale MBU - MA + baby admitted 16/03/26, postpartum psychosis, informal.",
        "Megan Ashworth; Ivy",
        "E09",
    ),
    # E11 joint visit police + SW to Craig; MBU ward round the same day is not it
    (
        PMH,
        "2026-03-19 10:00",
        "MBU ward round (Dr Rao): less elated, sleeping 5h. Ivy gaining weight. Craig visited last evening - staff noted smell of alcohol, asked to leave after 10 mins.",
        "Megan; Ivy; Craig; Dr Rao",
        None,
    ),
    (
        NCS,
        "2026-03-19 14:00",
        "Joint visit with DC Sandhu to Craig Pennock at 14 Calder Terrace (section 47). Craig accepted he has been drinking daily since Ivy's birth; cans in the kitchen. He denied pushing Megan in January. He agreed to engage with the alcohol service and to visit the MBU only when sober.",
        "Craig Pennock; DC Sandhu; Hannah; Ivy Pennock",
        "E11",
    ),
    (
        POL,
        "2026-03-19 14:00",
        "JV w/ SW OKAFOR to PENNOCK addr (s47). PENNOCK cooperative, admits daily alcohol. No offences disclosed. Info shared with SW.",
        "PENNOCK; SW Okafor; DC Sandhu",
        "E11",
    ),
    (
        SCH,
        "2026-03-23",
        "Strategy meeting minutes (17/03) rec'd from Northbrook CSC - filed in CP file. DSL actions: daily check-in for Kayden, attendance monitored.",
        "Kayden; Mrs Whitworth",
        "E10",
    ),
    (
        GP,
        "2026-03-20",
        "Moorside MC: maternity d/c summary - SVD 09/03/26, female 3.06kg, d/c 11/03. Perinatal alert, PNMHT aware.",
        "Megan Ashworth; Ivy",
        "E06",
    ),
    (
        GP,
        "2026-03-27",
        "Moorside MC: conference report request - completed and returned (MA postpartum psychosis; Craig alcohol, AUDIT 22; Kayden asthma). Unable to attend.",
        "Megan Ashworth; Craig Pennock; Kayden",
        None,
    ),
    (
        POL,
        "2026-03-30",
        "Report submitted to conference team for ICPC 01/04 (DA 31/01, s136 15/03). Unable to attend.",
        "Ivy Pennock; Kayden Ashworth; DC Sandhu",
        None,
    ),
    # ---------------- April ----------------
    # E12 ICPC; the GP phone consultation the same afternoon is not it
    (
        NCS,
        "2026-04-01 10:00",
        "Initial child protection conference, Northbrook Civic Centre (chair Martin Shaw). Present: Megan (by video from the MBU, with a nurse), Craig, Pauline, Hannah Okafor, Lucy Brennan (health visitor), Owen Delaney (perinatal CPN), Mrs Whitworth (school). Written reports from police and GP. Jason Whitfield informed, did not attend. Outcome: Ivy - child protection plan, category neglect; Kayden - child protection plan, category emotional abuse. Core group within ten working days.",
        "Ivy Pennock; Kayden Ashworth; Megan Ashworth; Craig Pennock; Pauline Ashworth; Jason Whitfield; IRO Shaw; Hannah; Lucy; Owen; Mrs Whitworth",
        "E12",
    ),
    (
        CVT,
        "2026-04-01",
        "ICPC - HV (LB) attended. Both children CP plans (Ivy: neglect; Kayden: emotional). HV: weekly contact after MBU discharge, liaise with MBU nursery nurse meanwhile.",
        "Ivy; Kayden; Lucy",
        "E12",
    ),
    (
        PMH,
        "2026-04-01 10:00",
        "Initial CP conference - CPN (Owen) attended; Megan joined by video from MBU with nurse escort. Outcome: CP plans for both children. Megan distressed afterwards - PRN lorazepam 0.5mg given.",
        "Megan Ashworth; Ivy; Kayden; Owen",
        "E12",
    ),
    (
        SCH,
        "2026-04-01",
        "ICPC attended by DSL (JW). Kayden - CP plan (emotional abuse). School report presented: attendance 92%.",
        "Kayden; Mrs Whitworth",
        "E12",
    ),
    (
        GP,
        "2026-04-01 16:30",
        "Moorside MC: Kayden - tel consult w/ MGM. Inhaler lost, ran out. Salbutamol reissued, to collect.",
        "Kayden; MGM",
        None,
    ),
    (
        GP,
        "2026-04-10",
        "Moorside MC: letter from Northbrook conference service - CP conf 01/04/26: Ivy and Kayden subject to CP plans. Coded.",
        "Ivy; Kayden",
        None,
    ),
    # E13 first core group (at the MBU, school holiday)
    (
        NCS,
        "2026-04-15 14:00",
        "First core group meeting at Ashdale MBU. Present: Megan, Craig, Pauline, Hannah Okafor, Lucy Brennan (health visitor), Owen Delaney (CPN) and the MBU nursery nurse. School closed for Easter - update by email. Actions: Craig's alcohol service appointment 28 April; unit to plan discharge with home leave first.",
        "Megan Ashworth; Craig Pennock; Pauline Ashworth; Hannah; Lucy; Owen; Ivy Pennock; Kayden Ashworth",
        "E13",
    ),
    (
        PMH,
        "2026-04-15 14:00",
        "Core group held on the unit (CSC-led). Megan settled, home leave weekends from 25/04. Craig sober today.",
        "Megan; Craig; Owen; Ivy",
        "E13",
    ),
    (
        CVT,
        "2026-04-15",
        "CG1 (at MBU) - HV attended. Ivy wt 3.70kg. CP plan actions reviewed.",
        "Ivy; Lucy",
        "E13",
    ),
    # E14 HV's phone call to the MBU (both ends)
    (
        CVT,
        "2026-04-22 10:15",
        "HV (LB) tel to Ashdale nursery nurse: Ivy wt 3.85kg, combination feeding, settled. D/c likely early May.",
        "Ivy; Lucy",
        "E14",
    ),
    (
        PMH,
        "2026-04-22 10:15",
        "Phone - Northbrook health visitor asking about Ivy's progress. Growth chart shared; discharge planning meeting date given (28/04).",
        "Ivy; Lucy",
        "E14",
    ),
    # E15 DSL's call to the SW
    (
        SCH,
        "2026-04-23 09:30",
        "Kayden in tears at register - said Craig came to Nana's last night 'shouting and drunk'; Kayden hid upstairs. DSL rang SW Okafor 9.50.",
        "Kayden; Craig; Nana; Mrs Whitworth; SW Okafor",
        "E15",
    ),
    (
        NCS,
        "2026-04-23 09:50",
        "Telephone call from Mrs Whitworth (DSL, St Aidan's). Kayden told staff that Craig turned up drunk at his grandmother's house last night and shouted on the doorstep. No injury. I will speak to Pauline today and see Kayden at school tomorrow.",
        "Kayden Ashworth; Craig Pennock; Pauline Ashworth; Mrs Whitworth",
        "E15",
    ),
    (
        PMH,
        "2026-04-23 15:30",
        "MBU: Craig visited 15:30-16:10, sober, calm, held Ivy. Megan pleased.",
        "Craig; Megan; Ivy",
        None,
    ),
    (
        NCS,
        "2026-04-23 16:00",
        "Phoned Pauline: Craig came round about 9pm, had been drinking, wanted to see Kayden; left when she said she would ring the police.",
        "Pauline Ashworth; Craig Pennock; Kayden Ashworth",
        None,
    ),
    # E16 MBU discharge planning meeting
    (
        PMH,
        "2026-04-28 14:00",
        "Discharge planning meeting, Ashdale MBU (Dr Rao). Present: Megan, Craig, Pauline, SW Okafor, HV Brennan, CPN Delaney. Agreed discharge 05/05; CPN weekly, Pauline staying 2 weeks, Craig to continue alcohol service.",
        "Megan; Craig; Pauline; SW Okafor; HV Brennan; Owen; Dr Rao",
        "E16",
    ),
    (
        NCS,
        "2026-04-28 14:00",
        "Attended the discharge planning meeting at the mother and baby unit. Discharge home on 5 May agreed. Craig went to his first alcohol service appointment this morning.",
        "Megan Ashworth; Craig Pennock; Hannah",
        "E16",
    ),
    (
        CVT,
        "2026-04-28",
        "MBU discharge planning mtg - HV attended. HV home visit within 48h of d/c, then weekly.",
        "Megan; Ivy; Lucy",
        "E16",
    ),
    # ---------------- May ----------------
    # E17 MBU discharge, HV told by phone, GP's discharge summary 10 days later
    (
        PMH,
        "2026-05-05 11:00",
        "Discharged from Ashdale MBU with Ivy to 14 Calder Terrace. Euthymic, good insight. Olanzapine 10mg nocte. CPN weekly, Dr Rao OPA 4/52. Discharge summary to GP.",
        "Megan Ashworth; Ivy; Owen; Dr Rao",
        "E17",
    ),
    (
        NCS,
        "2026-05-05",
        "Megan and Ivy went home from the mother and baby unit today as planned. Kayden to return home from Pauline's at the weekend.",
        "Megan Ashworth; Ivy Pennock; Kayden Ashworth; Pauline Ashworth",
        "E17",
    ),
    (
        SCH,
        "2026-05-05",
        "Kayden: 'Mummy and Ivy come home today!' DSL check-in - happy, excited.",
        "Kayden; Mum; Ivy; Mrs Whitworth",
        None,
    ),
    (
        CVT,
        "2026-05-06",
        "HV (LB): MBU rang - discharged yesterday. Home visit booked 07/05.",
        "Megan; Ivy; Lucy",
        "E17",
    ),
    (
        CVT,
        "2026-05-07 10:00",
        "HV (LB) home visit post MBU. Ivy 8/52, wt 4.10kg (9th-25th). Formula. Megan calm, sleeping with Pauline doing night feeds. Craig at work. EPDS 8.",
        "Ivy; Megan; Pauline; Craig; Lucy",
        None,
    ),
    (
        GP,
        "2026-05-15",
        "Moorside MC: Ashdale MBU d/c summary - adm 16/03-05/05/26, postpartum psychosis, olanzapine 10mg nocte. CPN weekly. Repeat set up.",
        "Megan Ashworth",
        "E17",
    ),
    # E18 second core group (look-alike of E13)
    (
        NCS,
        "2026-05-19 15:30",
        "Second core group meeting, at St Aidan's. Present: Megan, Craig, Hannah Okafor, Lucy Brennan (health visitor), Owen Delaney (CPN), Mrs Whitworth (school). Megan well since discharge; Craig attending the alcohol service fortnightly but admits drinking at weekends. Pauline returns to Wyrebank this week. Actions updated.",
        "Megan Ashworth; Craig Pennock; Pauline Ashworth; Hannah; Lucy; Owen; Mrs Whitworth; Ivy Pennock; Kayden Ashworth",
        "E18",
    ),
    (
        SCH,
        "2026-05-19 15:30",
        "CG2 in school (library) 3.30pm - DSL. Kayden attendance 94%, late x2 since Easter.",
        "Kayden; Mrs Whitworth",
        "E18",
    ),
    (CVT, "2026-05-19", "Core group attended (LB). Ivy wt 4.55kg, on centile.", "Ivy; Lucy", "E18"),
    (
        PMH,
        "2026-05-19 15:30",
        "Core group, St Aidan's - CPN attended. Mental state stable; Pauline leaving - plan for night feeds to be shared with Craig.",
        "Megan; Craig; Pauline; Owen",
        "E18",
    ),
    # E19 police welfare check (Fri night), crisis team, EDT, Monday notifications
    (
        CVT,
        "2026-05-29 10:00",
        "HV (LB) home visit. Ivy wt 4.90kg, smiling, good head control. Megan tired - Craig 'out a lot', Pauline gone home. EPDS 12 (up from 8). Discussed with CPN by phone.",
        "Ivy; Megan; Craig; Lucy",
        None,
    ),
    (
        POL,
        "2026-05-29 22:40",
        "Occ 26/098121. Concern for welfare - call from ASHWORTH, Pauline: daughter Megan texted 'Ivy would be better off without me', not answering. Officers (PC Holt) att 23:00 14 Calder Terrace. Megan tearful, not slept 2 nights, no self-harm. Baby (11/52) asleep in cot - seen, well. Boy (7) asleep - seen. PENNOCK returned 23:20 in drink. CRHTT contacted - attending. PPN (adult + children).",
        "Pauline Ashworth; Megan Ashworth; Ivy Pennock; Kayden Ashworth; PENNOCK; PC Holt",
        "E19",
    ),
    (
        PMH,
        "2026-05-30 00:40",
        "CRHTT urgent home assessment (after police welfare check). Megan low, hopeless, passive thoughts ('Ivy better off'), no plan; no psychotic features. Not sleeping; argument with Craig about his drinking. Plan: home treatment daily, Pauline returning to stay, CPN informed. MBU readmission considered - not needed at present.",
        "Megan Ashworth; Ivy; Pauline; Craig",
        "E19",
    ),
    (
        NCS,
        "2026-05-30 01:10",
        "Emergency Duty Team: police report a welfare check at 14 Calder Terrace after Megan's text to her mother. The crisis team is with her; both children seen asleep; Pauline is on her way to stay. No action tonight; day team to be told.",
        "Megan Ashworth; Ivy Pennock; Kayden Ashworth; Pauline Ashworth",
        "E19",
    ),
    (
        PMH,
        "2026-05-30 14:00",
        "CRHTT home visit. Slept 5h. Brighter. Pauline present. Craig out.",
        "Megan; Pauline; Craig",
        None,
    ),
    (
        NCS,
        "2026-06-01 09:15",
        "MASH: Police Protection Notice received for the welfare check on the night of 29 May. Passed to the allocated social worker (child protection plans); TM Tate: strategy discussion tomorrow.",
        "Megan Ashworth; Ivy Pennock; Kayden Ashworth; TM Tate",
        "E19",
    ),
    (
        SCH,
        "2026-06-01",
        "Kayden back after half-term, tired. Told TA 'the police came to our house and Mummy was crying'. DSL (JW) check-in - no other concerns.",
        "Kayden; Mum; Mrs Whitworth",
        None,
    ),
    (
        CVT,
        "2026-06-01",
        "HV (LB): info from MASH - police welfare check Fri night, CRHTT involved. HV visit brought forward to tomorrow.",
        "Megan; Ivy; Lucy",
        "E19",
    ),
    # E20 second strategy discussion; the HV visit that morning is not it
    (
        CVT,
        "2026-06-02 09:30",
        "HV (LB) home visit (brought forward). Ivy well, wt 5.00kg. Megan EPDS 14. Pauline staying. Mentions family may move to Wyrebank. Update emailed to SW for strat mtg.",
        "Ivy; Megan; Pauline; Lucy",
        None,
    ),
    (
        NCS,
        "2026-06-02 11:00",
        "Strategy discussion (Teams), chair TM Tate. Present: Hannah Okafor, DC Sandhu, Owen Delaney (CPN). Health visitor's update received by email. Ivy and Kayden are already subject to child protection plans - no new section 47. The family has been offered a housing association tenancy in Wyrebank near Pauline from 12 June; Pauline to stay until then; on moving, the plans are to be transferred to Wyrebank.",
        "Ivy Pennock; Kayden Ashworth; Megan Ashworth; Pauline Ashworth; TM Tate; Hannah; DC Sandhu; Owen",
        "E20",
    ),
    (
        POL,
        "2026-06-02 11:00",
        "Strat disc - ASHWORTH/PENNOCK children following welfare check 29/05. Already CP plans. Police - NFA, PPN shared.",
        "Ivy Pennock; Kayden Ashworth; Megan Ashworth; DC Sandhu",
        "E20",
    ),
    (
        PMH,
        "2026-06-02 11:00",
        "Strategy call (CSC) - CPN joined. CRHTT daily visits continue. Care coordination to Wyrebank perinatal hub when family moves.",
        "Megan Ashworth; Owen",
        "E20",
    ),
    (
        SCH,
        "2026-06-08",
        "Strategy minutes (02/06) rec'd from Northbrook CSC. Family moving to Wyrebank 12/06 - Mum wants Kayden to stay at St Aidan's. Filed.",
        "Kayden; Mum; Mrs Whitworth",
        "E20",
    ),
    # ---------------- June: the move ----------------
    (
        NCS,
        "2026-06-12",
        "The family moved today to 3 Linnet Close, Wyrebank. Transfer-in request to be sent to Wyrebank Children's Services.",
        "Megan Ashworth; Craig Pennock; Ivy Pennock; Kayden Ashworth",
        None,
    ),
    (
        PMH,
        "M:2026-06",
        "Care coordination transferred from Northbrook perinatal community team to Wyrebank perinatal hub (same trust). CPN Sam Ireland allocated; Dr Rao continues as consultant.",
        "Megan Ashworth; CPN Ireland; Dr Rao",
        None,
    ),
    # E21 transfer-in request sent and received (w/c date)
    (
        NCS,
        "2026-06-15",
        "Transfer-in request sent to Wyrebank Children's Services with the child protection plans, conference minutes and the assessment.",
        "Ivy Pennock; Kayden Ashworth; Hannah",
        "E21",
    ),
    (
        WCS,
        "A:2026-06-22:2026-06-26:w/c 22 Jun 2026",
        "Transfer in request received from Northbrook (dated 15 June) - two children on CP plans, Ivy (3 months) and Kayden (7), now living at Linnet Close. Allocated to me (Priya Maddox). TI conference to be booked within 15 working days.",
        "Ivy; Kayden; Priya",
        "E21",
    ),
    # E22 HV handover phone call
    (
        CVT,
        "2026-06-17 11:00",
        "HV (LB) tel handover to Wyrebank 0-19 (ZH). CP plan Ivy - neglect. PP Mar-May, MBU. Dad alcohol. Records to follow via transfer.",
        "Ivy; Zainab; Lucy",
        "E22",
    ),
    (
        WHV,
        "2026-06-17 11:00",
        "Call from Northbrook HV - new family moved into area 12/06. Baby girl on CP plan, mum postpartum psychosis (MBU spring), dad drinks. TI visit to book.",
        "Ivy; Mum; Dad; Lucy; ZH",
        "E22",
    ),
    (
        GP,
        "2026-06-22",
        "Wyre Lane Surgery - New patient registration x4 (Megan, Craig, Kayden, Ivy). Previous records Moorside MC requested.",
        "Megan Ashworth; Craig Pennock; Kayden; Ivy",
        None,
    ),
    (
        GP,
        "2026-06-25",
        "Wyre Lane Surgery - Consultation: Megan, new pt review (Dr Hollis). PP Mar-May 26, olanzapine 10mg. Perinatal hub Wyrebank. Repeat set up.",
        "Megan Ashworth; Dr Hollis",
        None,
    ),
    (
        WHV,
        "2026-06-29",
        "TI records rec'd from Calder Valley 0-19 (paper + SystmOne share).",
        "Ivy",
        None,
    ),
    # ---------------- July ----------------
    # E23 joint handover visit by the two social workers
    (
        WCS,
        "2026-07-02 10:30",
        "Joint handover visit with Hannah Okafor (Northbrook). Met Megan, Craig and Ivy at Linnet Close; Kayden at school. Megan said the move 'feels like a fresh start'. Craig said he has 'cut right down'. I explained the transfer-in conference.",
        "Megan; Craig; Ivy; Kayden; Hannah; Priya",
        "E23",
    ),
    (
        NCS,
        "A:2026-07-01:2026-07-07:early July 2026 (approx.)",
        "Handover visit with the Wyrebank social worker at the family's new home. Family settling; Megan well. Case to be closed to Northbrook after the transfer-in conference.",
        "Megan Ashworth; Craig Pennock; Ivy Pennock; SW Maddox; Hannah",
        "E23",
    ),
    (
        WHV,
        "2026-07-02 14:00",
        "TI visit (ZH). Ivy 16/52, wt 5.80kg (25th). Formula. Mum calm, EPDS 9. Dad present. Home clean. UPP - CP plan.",
        "Ivy; Mum; Dad; ZH",
        None,
    ),
    (
        SCH,
        "2026-07-06",
        "Report sent to Wyrebank for TICPC 14/07. Kayden now driven in from Wyrebank - late x4 since move.",
        "Kayden",
        None,
    ),
    (
        GP,
        "2026-07-08",
        "Wyre Lane Surgery - Conference report (TI CP conf 14/07) completed: Megan PP, Craig alcohol (Moorside records), Kayden asthma. Dr Hollis to attend if able - unable.",
        "Megan Ashworth; Craig Pennock; Kayden; Dr Hollis",
        None,
    ),
    # E24 transfer-in conference; the baby's immunisations that afternoon are not it
    (
        WCS,
        "2026-07-14 10:00",
        "Transfer-in child protection conference, Wyrebank Town Hall (chair Denise Farrow). Present: Megan, Craig, Pauline, me, Hannah Okafor (Northbrook), Zainab Hussain (HV), Sam Ireland (perinatal CPN), Mrs Whitworth (school). GP report received. Decision: Ivy and Kayden remain subject to child protection plans (neglect; emotional abuse) under Wyrebank. Core group in 10 working days; referral to Brook Street Children's Centre.",
        "Megan; Craig; Pauline; Ivy; Kayden; IRO Farrow; Priya; Hannah; Zainab; CPN Ireland; Mrs Whitworth",
        "E24",
    ),
    (
        NCS,
        "2026-07-14 10:00",
        "Attended the transfer-in conference at Wyrebank. Plans transferred to Wyrebank Children's Services.",
        "Ivy Pennock; Kayden Ashworth; Hannah",
        "E24",
    ),
    (
        WHV,
        "2026-07-14",
        "TI-CPC attended (ZH). CP plans continue x2 in Wyrebank. HV: fortnightly CP visits, ref to children's centre.",
        "Ivy; Kayden; ZH",
        "E24",
    ),
    (
        PMH,
        "2026-07-14 10:00",
        "Transfer in conf (CSC Wyrebank) - CPN Ireland attended. Mental state stable; Dr Rao OPA booked September.",
        "Megan Ashworth; CPN Ireland",
        "E24",
    ),
    (
        SCH,
        "2026-07-14",
        "TICPC attended by DSL (JW) at Wyrebank. Kayden stays on CP plan. Attendance + lateness shared.",
        "Kayden; Mrs Whitworth",
        "E24",
    ),
    (
        GP,
        "2026-07-14 15:30",
        "Wyre Lane Surgery - Ivy 16wk imms (PN). Mum present. No concerns.",
        "Ivy; Mum",
        None,
    ),
    (
        NCS,
        "2026-07-16",
        "Case closed to Northbrook following the transfer-in conference on 14 July. Closure summary sent.",
        "Ivy Pennock; Kayden Ashworth; TM Tate",
        None,
    ),
    # E25 HV's referral to the children's centre, logged the week after
    (
        WHV,
        "2026-07-16",
        "Referral to Brook Street Children's Centre sent (FSW 1:1 + baby group). Mum consents.",
        "Ivy; Mum; ZH",
        "E25",
    ),
    (
        CC,
        "A:2026-07-20:2026-07-24:w/c 20.07.2026",
        "New referral from the health visitor (Zainab) - Megan and baby Ivy, recently moved. Tasha to do a welcome visit and offer Baby Sensory + Stay & Play.",
        "Megan; baby Ivy; Zainab; Tasha",
        "E25",
    ),
    (
        CC,
        "2026-07-23",
        "Welcome visit (Tasha) at Linnet Close. Megan friendly, a bit anxious about groups. Nana there. Will try Stay & Play next week.",
        "Megan; Ivy; Nana; Tasha",
        None,
    ),
    # E26 first Wyrebank core group (at the children's centre)
    (
        WCS,
        "2026-07-28 13:30",
        "Core group 1 at Brook Street Children's Centre. Megan, Craig, me, Zainab (HV), Tasha (children's centre), Sam Ireland (CPN). School on summer holiday. Craig says alcohol 'weekends only'; referral to Wyrebank Recovery agreed.",
        "Megan; Craig; Priya; Zainab; Tasha; CPN Ireland; Ivy; Kayden",
        "E26",
    ),
    (
        WHV,
        "2026-07-28 13:30",
        "CG (Brook St) - HV attended. Ivy wt 6.30kg. Plan reviewed.",
        "Ivy; ZH",
        "E26",
    ),
    (
        CC,
        "2026-07-28",
        "Core group held in our Room 2 - Tasha attended. Agreed FSW weekly 1:1 for 8 weeks.",
        "Megan; Tasha",
        "E26",
    ),
    (
        PMH,
        "2026-07-28 13:30",
        "Core group (Brook St CC) - CPN Ireland. No concerns re mental state.",
        "Megan Ashworth; CPN Ireland",
        "E26",
    ),
    (
        GP,
        "2026-07-28 16:10",
        "Wyre Lane Surgery - Consultation: Kayden, asthma r/v, w/ Mum. Well controlled. Continue.",
        "Kayden; Mum; Dr Hollis",
        None,
    ),
    # ---------------- August ----------------
    # E27 febrile convulsion (Sat night): ambulance, ED, Monday referral, HV liaison, GP letter
    (
        AMB,
        "2026-08-15 21:30",
        "Inc 0815-1893 Cat 2. Pt 5/12 F, witnessed generalised seizure ~2 min, post-ictal on arrival, temp 39.2. Mother present, calm; father smelt strongly of alcohol, unsteady. Sibling (7) present. Conveyed with mother to Calder Royal paeds ED. Safeguarding referral (child) - intoxicated carer.",
        "Ivy Pennock; Megan Ashworth; Craig Pennock; Kayden Ashworth",
        "E27",
    ),
    (
        CVT,
        "2026-08-15 22:10",
        "Paeds ED (Calder Royal): 5/12 F, first simple febrile convulsion, source R AOM. Obs 4h, well, amoxicillin. D/c home 02:30 with mother. CP plan (Wyrebank) on record - ED liaison to HV.",
        "Ivy Pennock; Megan Ashworth",
        "E27",
    ),
    (
        WCS,
        "2026-08-17 09:40",
        "Safeguarding referral from the ambulance service: on Saturday night Ivy had a seizure and was taken to hospital; the crew say Craig was drunk. Ivy is on a CP plan - I will visit today.",
        "Ivy; Craig; Priya",
        "E27",
    ),
    (
        CC,
        "2026-08-17",
        "Megan texted - can't come to Baby Sensory today, Ivy poorly at weekend.",
        "Megan; Ivy; Tasha",
        None,
    ),
    (
        WCS,
        "2026-08-17 14:00",
        "Home visit. Ivy well, on antibiotics. Craig admitted drinking 'a few cans' on Saturday; Megan was sober and looked after Ivy. Written agreement: Craig not to be sole carer; no alcohol at home.",
        "Ivy; Craig; Megan; Priya",
        None,
    ),
    (
        WHV,
        "2026-08-18",
        "ED liaison notification - Ivy attended Calder Royal ED 15/08: febrile convulsion, d/c. Ambulance crew: dad intoxicated. HV visit 20/08.",
        "Ivy; Dad; ZH",
        "E27",
    ),
    (
        WHV,
        "2026-08-20 10:00",
        "HV (ZH) visit post ED. Ivy well, afebrile, feeding. Febrile convulsion advice + leaflet. Dad present, sober.",
        "Ivy; Mum; Dad; ZH",
        None,
    ),
    # E28 second Wyrebank core group (look-alike of E26)
    (
        WCS,
        "2026-08-25 13:30",
        "Core group 2 at Brook Street. Megan, Craig, me, Zainab (HV), Tasha, Sam Ireland. Reviewed 15 August; Craig started at Wyrebank Recovery on 21 August. Written agreement reviewed.",
        "Megan; Craig; Priya; Zainab; Tasha; CPN Ireland; Ivy",
        "E28",
    ),
    (WHV, "2026-08-25 13:30", "CG2 (Brook St) - HV attended. Ivy wt 6.90kg.", "Ivy; ZH", "E28"),
    (
        CC,
        "2026-08-25",
        "Core group in Room 2 again - Tasha. Megan coming to Stay & Play most weeks.",
        "Megan; Tasha",
        "E28",
    ),
    (
        PMH,
        "2026-08-25 13:30",
        "Core group - CPN Ireland attended. Mental state stable.",
        "Megan Ashworth; CPN Ireland",
        "E28",
    ),
    # ---------------- September / October ----------------
    # E29 DSL's email read by the SW the next day
    (
        SCH,
        "2026-09-09 10:05",
        "Kayden late 4 of 5 days since start of term - says 'Craig sleeps in and Mum is busy with Ivy'. Nana no longer doing the run. DSL emailed SW Maddox 10.05am.",
        "Kayden; Craig; Mum; Nana; Mrs Whitworth; SW Maddox",
        "E29",
    ),
    (
        WCS,
        "2026-09-10",
        "Read an email from Mrs Whitworth sent yesterday morning: Kayden has been late most days this term; he says Craig sleeps in. I will raise it at my visit on Friday.",
        "Kayden; Craig; Mrs Whitworth; Priya",
        "E29",
    ),
    (
        WCS,
        "2026-09-11",
        "Statutory visit. Craig said he has been doing the school run and 'the traffic is terrible'. Agreed Megan does the run on Craig's late days. Kayden seen alone - fine.",
        "Craig; Megan; Kayden; Priya",
        None,
    ),
    # E30 joint home visit HV + family support worker; CPN visit the same afternoon is not it
    (
        WHV,
        "2026-09-15 10:00",
        "JV with FSW (Tasha, Brook St). Ivy 6/12: sitting with support, weaning 2 meals/day, wt 7.20kg. Mum EPDS 7. Routines good.",
        "Ivy; Mum; Tasha; ZH",
        "E30",
    ),
    (
        CC,
        "2026-09-15 10:00",
        "Home visit with the health visitor. Megan showed Ivy's new routine chart. Talked about nursery funding.",
        "Megan; Ivy; Zainab; Tasha",
        "E30",
    ),
    (
        PMH,
        "2026-09-15 14:00",
        "CPN home visit (Ireland). Euthymic, sleeping 7h. Olanzapine 10mg - asks about reducing; for OPA.",
        "Megan; CPN Ireland",
        None,
    ),
    (
        AMB,
        "2026-09-19 23:10",
        "Inc 0919-2207 Cat 3. Pt M 35, fall in street outside pub, Wyrebank. Intoxicated, small scalp lac, GCS 15. Wound cleaned, steri-strips. Refused conveyance, capacity assessed. Walked home with friend.",
        "Craig Pennock",
        None,
    ),
    # E31 perinatal outpatient review and the GP's letter 10 days later
    (
        PMH,
        "2026-09-22",
        "Outpatient review (Dr Rao), Wyrebank hub. Euthymic for four months. Olanzapine reduced to 5mg. Plan: discharge from perinatal service at 12 months postpartum; pre-conception advice for any future pregnancy. Letter to GP.",
        "Megan Ashworth; Dr Rao",
        "E31",
    ),
    (
        GP,
        "2026-10-02",
        "Wyre Lane Surgery - Letter: Dr Rao (perinatal) OPA 22/09 - euthymic, olanzapine reduced 5mg. Repeat amended.",
        "Megan Ashworth; Dr Rao",
        "E31",
    ),
    (
        CC,
        "2026-10-09",
        "Report sent for review conference 13/10 (Tasha unable to attend - group). Megan attended 9 of 11 sessions; FSW 1:1 x8 completed.",
        "Megan; Tasha",
        None,
    ),
    # E32 review conference
    (
        WCS,
        "2026-10-13 10:00",
        "Review child protection conference (chair Denise Farrow). Present: Megan, Craig, me, Zainab (HV), Sam Ireland (CPN), Mrs Whitworth (school), Dr Hollis (GP). Children's centre report received. Megan well for five months; Craig engaging with Wyrebank Recovery, no incidents since August. Decision: child protection plans ended; Ivy and Kayden to be supported under child in need plans.",
        "Megan; Craig; Ivy; Kayden; IRO Farrow; Priya; Zainab; CPN Ireland; Mrs Whitworth; Dr Hollis",
        "E32",
    ),
    (
        WHV,
        "2026-10-13",
        "RCPC attended (ZH). CP plans ended - CIN. HV: monthly CIN contact.",
        "Ivy; Kayden; ZH",
        "E32",
    ),
    (
        PMH,
        "2026-10-13 10:00",
        "Review CP conf - CPN Ireland attended. Step down to CIN.",
        "Megan Ashworth; CPN Ireland",
        "E32",
    ),
    (
        SCH,
        "2026-10-13",
        "RCPC - DSL (JW) attended. Kayden off CP plan - now CIN. Lateness improved (late x1 since 11/09).",
        "Kayden; Mrs Whitworth",
        "E32",
    ),
    (
        GP,
        "2026-10-13",
        "Wyre Lane Surgery - Dr Hollis attended RCPC (Town Hall). Outcome: CP plans ended, CIN. Codes updated.",
        "Ivy; Kayden; Dr Hollis",
        "E32",
    ),
    (
        GP,
        "2026-10-20",
        "Wyre Lane Surgery - Letter from Wyrebank conference unit: RCPC 13/10/26 outcome - CP plans discontinued. Filed.",
        "Ivy; Kayden",
        None,
    ),
    # E33 first child in need meeting (half-term)
    (
        WCS,
        "2026-10-27 10:00",
        "Child in need meeting at Brook Street. Megan, Craig, me, Zainab (HV), Tasha. School half-term - update by email. Plan: CIN review in three months; Ivy's nursery place from January.",
        "Megan; Craig; Priya; Zainab; Tasha; Ivy; Kayden",
        "E33",
    ),
    (
        WHV,
        "2026-10-27 10:00",
        "CIN mtg (Brook St) - HV attended. Ivy 7/12 wt 7.80kg.",
        "Ivy; ZH",
        "E33",
    ),
    (
        CC,
        "2026-10-27",
        "CIN meeting here - Tasha. Megan to join 'Little Movers' group.",
        "Megan; Tasha",
        "E33",
    ),
]

# ---------------- routine single-agency filler (hand-written pools, seeded) ----------------
ANTENATAL = {
    CVT: [
        (
            "Maternity (MW Kaur): antenatal check. BP, urine NAD, SFH on chart, FM+. Mood 'up and down'. Next appt {n}/52.",
            "Megan; MW Kaur",
        ),
        (
            "Community MW: antenatal at home. Megan tired, sleeping ~{n}h. Perinatal plan reminder given.",
            "Megan; Rachel",
        ),
        ("!Maternity: growth scan - EFW 50th centile, liquor normal.", "Megan Ashworth"),
    ],
    GP: [
        ("Moorside MC: MA - pelvic girdle pain. Physio ref. Mood OK.", "Megan Ashworth"),
        ("Moorside MC: MA - heartburn, Gaviscon.", "Megan Ashworth"),
        ("Moorside MC: Kayden - URTI {n}/7, ears NAD. Simple analgesia.", "Kayden; Mum"),
    ],
    SCH: [
        ("Kayden - moved up a reading level, good week. Mum at gate.", "Kayden; Mum"),
        ("Kayden late (9.10am). Mum 'overslept'.", "Kayden; Mum"),
        ("Kayden forgot PE kit again - reminder text to Mum.", "Kayden; Mum"),
        ("Mr Whitfield (Kayden's dad) collected Kayden - contact weekend.", "Kayden; Mr Whitfield"),
    ],
    PMH: [
        (
            "CPN antenatal contact (Owen), clinic. Mood stable, sleep {n}h. Relapse signature reviewed.",
            "Megan; Owen",
        ),
        ("CPN tel contact. 'Anxious but OK'. No early warning signs.", "Megan; Owen"),
    ],
}
MBU = {
    PMH: [
        (
            "Ashdale MBU nursing: settled night, slept {n}h. Ivy feeds 3-4 hrly, care by Megan supervised.",
            "Megan; Ivy",
        ),
        (
            "MBU ward round (Dr Rao): less preoccupied, sleeping better. Continue olanzapine.",
            "Megan Ashworth; Dr Rao",
        ),
        (
            "MBU nursery nurse: Ivy weighed, tracking 25th centile. Bath and massage with Megan.",
            "Ivy; Megan",
        ),
        (
            "MBU: Craig visited p.m., sober. Pauline brought Kayden - warm with Ivy.",
            "Craig; Pauline; Kayden; Ivy",
        ),
        ("MBU OT: baby massage group - Megan engaged.", "Megan; Ivy"),
    ],
    SCH: [
        ("Kayden dropped off late by Nana (9.05) - traffic from Wyrebank.", "Kayden; Nana"),
        (
            "DSL check-in (JW): Kayden 'misses Mummy', showed a photo of Ivy.",
            "Kayden; Mrs Whitworth; Ivy",
        ),
        ("Kayden - merit for maths. Settled.", "Kayden"),
    ],
    GP: [
        (
            "Moorside MC: Craig Pennock - alcohol r/v. Says cut down to weekends. Thiamine continued.",
            "Craig Pennock; Dr Nwosu",
        ),
        ("Moorside MC: Kayden - eczema flare, emollients. Seen w/ MGM.", "Kayden; MGM"),
    ],
}
NORTHBROOK = {
    CVT: [
        (
            "HV (LB) home visit. Ivy tracking 25th centile, formula. Megan EPDS {n}. Craig at work.",
            "Ivy; Megan; Craig; Lucy",
        ),
        (
            "HV (LB) visit - Ivy alert, good head control. Safe sleep re-checked. Pauline present.",
            "Ivy; Megan; Pauline; Lucy",
        ),
        ("HV clinic (Northbrook Family Centre): Ivy weighed, plotted.", "Ivy; Megan"),
    ],
    PMH: [
        ("CPN home visit (Owen). Euthymic, sleeping {n}h; night feeds shared.", "Megan; Owen"),
        ("CPN tel - no early warning signs. Olanzapine adherent.", "Megan; Owen"),
    ],
    NCS: [
        (
            "Statutory child protection visit. Ivy seen awake and handled; Kayden seen after school. Home tidy; two empty cans in the recycling.",
            "Ivy Pennock; Kayden Ashworth; Megan Ashworth; Hannah",
        ),
        (
            "Statutory visit - Kayden seen alone in his bedroom: 'home is better now Mum's back'.",
            "Kayden Ashworth; Hannah",
        ),
    ],
    SCH: [
        ("DSL check-in: Kayden settled, happy Mum is home.", "Kayden; Mum; Mrs Whitworth"),
        ("Kayden absent - Mum rang, 'temperature'.", "Kayden; Mum"),
    ],
    GP: [
        (
            "!Moorside MC: Ivy 8wk check (delayed, post MBU) + imms. Hips, eyes, heart NAD.",
            "Ivy; Mum",
        ),
        (
            "Moorside MC: MA - med review, olanzapine 10mg, wt gain 3kg - diet advice.",
            "Megan Ashworth; Dr Nwosu",
        ),
    ],
}
WYREBANK = {
    WHV: [
        ("HV (ZH) CP visit. Ivy on 25th centile, weaning discussed. Mum EPDS {n}.", "Ivy; Mum; ZH"),
        ("Child health clinic at Brook St: Ivy weighed - plotted, on centile.", "Ivy; Mum"),
        (
            "HV (ZH) CP visit - Ivy seen awake, interacting; Dad present, no smell of alcohol.",
            "Ivy; Dad; ZH",
        ),
        ("HV tel - Mum asking about teething; advice given.", "Mum; ZH"),
    ],
    CC: [
        ("Stay & Play - Megan and Ivy came, Megan chatting with other mums.", "Megan; Ivy; Tasha"),
        ("Baby Sensory - Ivy came with Nana.", "Ivy; Nana"),
        ("FSW (Tasha) 1:1 at centre - budgeting and routines.", "Megan; Tasha"),
        ("Stay & Play - did not attend.", "Megan; Ivy"),
    ],
    PMH: [
        (
            "CPN (Ireland) home visit - euthymic, sleeping well. Olanzapine adherent.",
            "Megan; CPN Ireland",
        ),
        ("CPN tel - no early warning signs.", "Megan; CPN Ireland"),
    ],
    SCH: [
        ("Kayden late (9.15) - 'traffic from Wyrebank'.", "Kayden"),
        (
            "DSL check-in - Kayden likes the new house, 'my room has stars'.",
            "Kayden; Mrs Whitworth",
        ),
        ("Kayden - good week, star of the week.", "Kayden"),
    ],
    GP: [
        (
            "Wyre Lane Surgery - Consultation: Ivy, coryza. Well baby. Advice.",
            "Ivy; Mum; Dr Hollis",
        ),
        (
            "Wyre Lane Surgery - Consultation: Megan, repeat olanzapine, BP/wt checked.",
            "Megan Ashworth; Dr Hollis",
        ),
    ],
    WCS: [
        (
            "CP visit (statutory). Ivy seen and held; Kayden seen after school. Craig present, sober.",
            "Ivy; Kayden; Craig; Priya",
        ),
        ("Statutory visit. Megan well, routines good. Kayden seen alone.", "Megan; Kayden; Priya"),
    ],
}

EASTER = ("2026-04-03", "2026-04-17")
HALF_TERM_MAY = ("2026-05-25", "2026-05-29")
SUMMER = ("2026-07-22", "2026-09-02")
HALF_TERM_OCT = ("2026-10-26", "2026-10-30")


def routine():
    out = []
    out += casegen.filler(
        2301,
        ANTENATAL,
        "2025-12-01",
        "2026-03-06",
        5,
        closed={
            SCH: [("2025-12-19", "2026-01-05"), ("2026-02-16", "2026-02-20")],
            GP: [("2025-12-25", "2025-12-26"), ("2026-01-01", "2026-01-01")],
        },
    )
    out += casegen.filler(2302, MBU, "2026-03-20", "2026-05-01", 4, closed={SCH: [EASTER]})
    out += casegen.filler(
        2303, NORTHBROOK, "2026-05-08", "2026-06-11", 5, closed={SCH: [HALF_TERM_MAY]}
    )
    out += casegen.filler(
        2304,
        WYREBANK,
        "2026-06-23",
        "2026-10-30",
        12,
        # CP visits (HV, CSC) stop when the plans end at the review conference on 13 October
        windows={
            WHV: ("2026-07-03", "2026-10-12"),
            CC: ("2026-07-29", "2026-10-30"),
            WCS: ("2026-07-15", "2026-10-12"),
            PMH: ("2026-06-23", "2026-10-30"),
        },
        closed={SCH: [SUMMER, HALF_TERM_OCT], CC: [("2026-08-15", "2026-08-17")]},
    )
    # a routine entry never lands on a day on which the same agency already has a hand-written entry
    taken = {(a, d.split()[0]) for a, d, *_ in ENTRIES}
    return [r for r in out if (r[0], r[1]) not in taken]


def main():
    out = HERE / "case_bf.json"
    casegen.build(
        "bf",
        "Baby born in the period (mother's postpartum psychosis, MBU admission; father's alcohol misuse; "
        "a domestic incident and a welfare check) and a 7-year-old half-sibling; child protection plans "
        "transferred from Northbrook to Wyrebank after a move; 10 agencies, Dec 2025 - Oct 2026 (held out)",
        PEOPLE,
        AGENCIES,
        ENTRIES + routine(),
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
