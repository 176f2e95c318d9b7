# ruff: noqa
"""Writing aid for case z (stdlib + casegen, seeded, deterministic).

    python3 bench/data/merging/build_z.py > bench/data/merging/case_z.json

Neglect and domestic abuse, a toddler and a baby (born during the review period), rural /
market-town area; 7 agencies, Sep 2024 - Feb 2026. Every person, place and event is invented.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import casegen  # noqa: E402

# agency-specific date styles beyond the shared ones
casegen.STYLES.setdefault("hv", "%d %b %Y")  # 03 Mar 2025

CASE = "z"
DESCRIPTION = (
    "Neglect and domestic abuse: a toddler and a baby born during the review, pre-birth "
    "assessment to RCPC, three DA call-outs, MARAC, emergency housing moves, a baby's bruise "
    "with skeletal survey, PLO and an FGC; 7 agencies, Sep 2024 - Feb 2026"
)

PEOPLE = [
    ("Chelsea Pryor", ["Chelsea", "Ms Pryor", "C Pryor", "C PRYOR"], "Mother", "parent"),
    (
        "Ryan Maddox",
        ["Ryan", "Mr Maddox", "R Maddox", "R MADDOX"],
        "Father of Isla; mother's partner",
        "parent",
    ),
    ("Mason Pryor", ["Mason", "M Pryor"], "Child M", "child"),
    ("Isla Maddox", ["Isla", "Baby Pryor", "Unborn Pryor", "Baby Isla"], "Child I", "child"),
    ("Denise Pryor", ["Denise", "MGM"], "Maternal grandmother", "family"),
    ("Hannah Okafor", ["SW Okafor", "Hannah"], "Social worker", "professional"),
    ("Ruth Kendall", ["HV Kendall", "Ruth"], "Health visitor", "professional"),
    ("Gemma Lacey", ["Gemma", "MW Lacey"], "Safeguarding midwife", "professional"),
    ("Anil Mehta", ["Dr Mehta"], "GP", "professional"),
    ("Kerry Walsh", ["Kerry"], "IDVA", "professional"),
    ("Tom Brierley", ["Tom"], "Housing options officer", "professional"),
    ("Lisa Tranter", ["Lisa"], "Nursery manager", "professional"),
    ("Dan Holt", ["PC Holt"], "Police officer", "professional"),
    ("Fiona Baird", ["Dr Baird"], "Consultant paediatrician", "professional"),
    ("Sam Whitlock", ["Sam"], "FGC coordinator", "professional"),
]

CSC = "Children's Social Care"
POL = "Police"
GP = "GP"
HOSP = "Acute hospital"
HV = "Health Visiting"
HSG = "Housing"
NUR = "Nursery"

AGENCIES = [
    (CSC, "social_care", "csc"),  # 4 March 2025
    (POL, "police", "police"),  # 04/03/2025, with times
    (GP, "health", "gp"),  # 04/03/25
    (HOSP, "health", "health"),  # 04-Mar-2025, with times in ED
    (HV, "health", "hv"),  # 04 Mar 2025
    (HSG, "other", "iso"),  # 2025-03-04
    (NUR, "education", "school"),  # 04.03.25
]

# (agency, datespec, text, people, event)
EVENTS = [
    # E01 pre-birth referral from maternity booking, received next day
    (
        HOSP,
        "2024-09-12 11:20",
        "Antenatal booking (late booker, approx 21/40). Disclosed previous relationship violence and "
        "current arguments with partner. Safeguarding referral to MASH completed by MW; unborn "
        "requires pre-birth assessment. Safeguarding midwife G Lacey informed.",
        "Chelsea Pryor; Unborn Pryor; Gemma",
        "E01",
    ),
    (
        CSC,
        "2024-09-13",
        "Contact received from maternity (Hatherby General) re unborn baby of Chelsea Pryor, due "
        "late January. Mother disclosed DV history at booking; partner Ryan Maddox. Mason (2) in "
        "household. MASH decision: single assessment incl. pre-birth assessment, allocate to "
        "Rural Team South.",
        "Chelsea; Ryan Maddox; Mason; Unborn Pryor",
        "E01",
    ),
    # E02 DA call-out 1, Saturday night; PPN processed Monday; HV told later in the week
    (
        POL,
        "2024-10-19 23:10",
        "DOMESTIC – verbal. 999 call from neighbour at Lower Fenwick, shouting and banging heard. "
        "Officers attended 23:10. IP C PRYOR (pregnant) states verbal argument only, no injuries. "
        "Suspect R MADDOX left prior to arrival. Child (2yrs) asleep upstairs. DASH: MEDIUM (9). "
        "PPN submitted.",
        "C PRYOR; R MADDOX; Mason; PC Holt",
        "E02",
    ),
    (
        CSC,
        "2024-10-21",
        "PPN received from Police re domestic incident at the home on Saturday night. Neighbour "
        "called police; verbal argument between Chelsea and Ryan, Chelsea is 26 weeks pregnant and "
        "Mason was in the house. Risk assessed as medium. Shared with allocated SW; to be considered "
        "within pre-birth assessment.",
        "Chelsea; Ryan; Mason; Hannah",
        "E02",
    ),
    (
        HV,
        "2024-10-24",
        "DA notification received via MASH: police called to address 19/10 following argument "
        "between Chelsea and partner; medium risk. Antenatal contact to be brought forward. "
        "Safeguarding supervision booked.",
        "Chelsea; Ryan; Mason",
        "E02",
    ),
    # E03 strategy discussion; maternity files it when minutes arrive
    (
        CSC,
        "2024-11-06",
        "Strategy discussion held (Teams): SW, TM, Police (PVP), safeguarding midwife, HV. Concerns "
        "re DV, mother's low mood and home conditions (dog faeces, little food). Threshold met for "
        "s47 enquiry re Mason and unborn. Outcome: ICPC to be convened.",
        "Hannah; Mason; Unborn Pryor; Gemma; Ruth",
        "E03",
    ),
    (
        POL,
        "2024-11-06",
        "Strat disc attended by PVP. Hist: 1 DA incident (19/10). No crimes recorded. Agreed single "
        "agency s.47 (CSC led). Police to share DA history of R MADDOX with previous partner.",
        "R MADDOX; C PRYOR; Mason",
        "E03",
    ),
    (
        HOSP,
        "2024-11-11",
        "Safeguarding midwifery note: minutes of strategy meeting received from CSC. Child "
        "protection enquiry under way for unborn; initial conference to be arranged. Alert placed "
        "on maternity record; birth plan to include safeguarding.",
        "Gemma; Unborn Pryor; Chelsea",
        "E03",
    ),
    # E04 ICPC; GP files the minutes over two weeks later
    (
        CSC,
        "2024-12-04",
        "Initial Child Protection Conference. Mason and unborn baby made subject to Child "
        "Protection Plans, category NEGLECT. Ryan attended for the first half only. Core group to "
        "meet within 10 working days. Chair: independent conference chair.",
        "Mason; Unborn Pryor; Chelsea; Ryan; Hannah",
        "E04",
    ),
    (
        HV,
        "2024-12-04",
        "Attended ICPC. Children placed on CP plans (neglect). HV actions: fortnightly contacts, "
        "home conditions, support mother with antenatal preparation; Mason's 2yr review outstanding.",
        "Ruth; Mason; Unborn Pryor; Chelsea",
        "E04",
    ),
    (
        HOSP,
        "2024-12-04",
        "Safeguarding MW attended initial child protection conference. Unborn - CP plan. Pre-birth "
        "plan: SW to be informed on admission in labour; no discharge without discharge planning "
        "meeting.",
        "Gemma; Unborn Pryor",
        "E04",
    ),
    (
        POL,
        "2024-12-04",
        "CP conf attended (PVP). Police info shared: 1 x DA incident, MEDIUM risk. Both children "
        "subject to CP plans.",
        "C PRYOR; R MADDOX; Mason",
        "E04",
    ),
    (
        GP,
        "2024-12-19",
        "Letter/minutes rec'd - Initial CP Conference held 04/12/24. Mason and unborn now subject "
        "to CP plan (neglect). Read code 'Child is subject of child protection plan' added to "
        "Mason and mother's records.",
        "Mason; Chelsea; Unborn Pryor",
        "E04",
    ),
    # E05 first core group
    (
        CSC,
        "2024-12-18",
        "First core group meeting at Hatherby family hub. Plan reviewed: Chelsea to register with "
        "Freedom Programme, Ryan to be referred to perpetrator programme (declined), home "
        "conditions improved in kitchen. Next core group 5 Feb.",
        "Hannah; Chelsea; Ryan; Ruth; Gemma",
        "E05",
    ),
    (
        HV,
        "2024-12-18",
        "Core group attended. Home conditions improving. HV to complete Mason's 2-2.5yr review in "
        "January. Noted Chelsea not yet attending Freedom Programme.",
        "Ruth; Chelsea; Mason",
        "E05",
    ),
    (
        HOSP,
        "2024-12-18",
        "MW attended CG at family hub. Antenatal attendance poor (2 DNAs). Agreed SW to accompany "
        "to next ANC.",
        "Gemma; Chelsea",
        "E05",
    ),
    # E06 birth of Isla; HV notification and GP discharge summary later
    (
        HOSP,
        "2025-01-14 06:42",
        "Labour ward: SVD 06:42, live female infant (Baby Pryor) 3.21 kg, Apgars 9/10. Mother "
        "known to CSC, CP plan for unborn. EDT informed overnight, day team SW informed 09:00.",
        "Baby Pryor; Chelsea",
        "E06",
    ),
    (
        CSC,
        "2025-01-14",
        "Informed by midwife that Chelsea gave birth this morning to a baby girl (Isla). Baby "
        "well. Discharge planning meeting to be arranged before discharge as per pre-birth plan.",
        "Chelsea; Isla; Hannah",
        "E06",
    ),
    (
        HV,
        "2025-01-17",
        "Birth notification received: Isla, born 14/01/25 at Hatherby General, NVD 3.21kg. Baby "
        "subject to CP plan. New birth visit to be booked day 10-14.",
        "Isla; Chelsea",
        "E06",
    ),
    (
        GP,
        "2025-01-27",
        "Maternity discharge summary rec'd: NVD 14/01/25, female infant, well. Mother: PPH 450ml. "
        "Safeguarding - CP plan. 6/8 wk checks to be booked. Baby registered with practice.",
        "Chelsea; Isla",
        "E06",
    ),
    # E07 DA call-out 2, early Saturday; PPN and Op Encompass Monday; HV Wednesday
    (
        POL,
        "2025-02-22 02:15",
        "DOMESTIC – ASSAULT. 999 from IP C PRYOR. R MADDOX pushed her against wall whilst she "
        "was holding 5-wk-old baby, grabbed her by the throat. Redness to neck observed, BWV. "
        "Suspect arrested at scene (ABH/non-fatal strangulation). 2 x children present.",
        "C PRYOR; R MADDOX; Isla; Mason",
        "E07",
    ),
    (
        POL,
        "2025-02-22 04:30",
        "DASH completed with IP - HIGH RISK (16 ticks incl. strangulation, pregnancy/new baby, "
        "escalation). MARAC referral submitted. IDVA referral made. PPN to MASH.",
        "C PRYOR; R MADDOX; Kerry",
        "E07",
    ),
    (
        CSC,
        "2025-02-24",
        "PPN received (high risk DA) - incident in early hours of Saturday. Ryan arrested for "
        "assault on Chelsea while she was holding Isla; Mason present. Referred to MARAC by police. "
        "SW to visit today; safety plan - Ryan not to return to the address.",
        "Chelsea; Ryan; Isla; Mason; Hannah",
        "E07",
    ),
    (
        NUR,
        "2025-02-24",
        "Operation Encompass notification received before session: police attended Mason's home "
        "over the weekend (domestic). DSL aware, key person to monitor Mason. Mason in today, "
        "tired but settled.",
        "Mason; Lisa",
        "E07",
    ),
    (
        HV,
        "2025-02-26",
        "Notified of high risk DV incident 22/02 - partner arrested, baby in mother's arms during "
        "assault. MARAC referral made by police. HV to attend MARAC and increase contacts to weekly.",
        "Ruth; Chelsea; Ryan; Isla",
        "E07",
    ),
    # E08 self-presentation at ED the next afternoon (not the same event as E07); GP letter later
    (
        HOSP,
        "2025-02-23 15:40",
        "ED: 22F self-presented with pain R hand/4th-5th MC, states caught it in a door yesterday. "
        "X-ray: no fracture. Soft tissue injury, analgesia, DC. Safeguarding question asked - "
        "declined to discuss.",
        "Chelsea",
        "E08",
    ),
    (
        GP,
        "2025-03-05",
        "A&E letter rec'd: attended Hatherby General ED 23/02/25 with R hand injury, ?trapped in "
        "door, no #. For GP review if not settling. Noted recent DA - flag checked.",
        "Chelsea",
        "E08",
    ),
    # E09 first RCPC
    (
        CSC,
        "2025-03-05",
        "Review Child Protection Conference. Isla and Mason remain subject to CP plans; category "
        "changed to NEGLECT and EMOTIONAL ABUSE following DA incident 22/02. Ryan on bail not to "
        "contact Chelsea. Chelsea to engage with IDVA.",
        "Isla; Mason; Chelsea; Ryan; Hannah",
        "E09",
    ),
    (
        HV,
        "2025-03-05",
        "RCPC attended. Plans continue, now neglect + emotional harm. Isla weight gain satisfactory "
        "(50th centile). HV report shared.",
        "Ruth; Isla; Mason",
        "E09",
    ),
    (
        NUR,
        "2025-03-05",
        "Lisa attended review conference for Mason. Shared attendance (68%) and concerns about "
        "hunger on Mondays, often same clothes. Plan continues.",
        "Lisa; Mason",
        "E09",
    ),
    (
        POL,
        "2025-03-05",
        "RCPC - police report submitted and PVP attended. R MADDOX on police bail, cond. not to "
        "contact IP or attend Lower Fenwick address.",
        "R MADDOX; C PRYOR",
        "E09",
    ),
    # E10 MARAC; GP flags it a week later
    (
        POL,
        "2025-03-13",
        "MARAC heard (Hatherby & District). Case: C PRYOR / R MADDOX. Actions: police to add "
        "warning marker; IDVA to continue support; Housing to consider sanctuary scheme / "
        "alternative accommodation.",
        "C PRYOR; R MADDOX; Kerry",
        "E10",
    ),
    (
        CSC,
        "2025-03-13",
        "Multi-Agency Risk Assessment Conference attended by TM. Chelsea's case discussed; IDVA "
        "Kerry Walsh engaged. Housing to assess for move as Ryan knows the address.",
        "Chelsea; Ryan; Kerry",
        "E10",
    ),
    (
        HV,
        "2025-03-13",
        "MARAC attended. Actions for HV: share safety plan at contacts, flag on SystmOne family "
        "record. Chelsea considering leaving the area.",
        "Ruth; Chelsea",
        "E10",
    ),
    (
        HSG,
        "2025-03-13",
        "MARAC meeting - Housing rep. Action: TB to contact Ms Pryor re homeless prevention / "
        "sanctuary measures at current private rented property.",
        "Ms Pryor; Tom",
        "E10",
    ),
    (
        GP,
        "2025-03-21",
        "MARAC information received (meeting 13/03/25). DV high risk flag added to patient "
        "record, not to be visible online. Nil further action.",
        "Chelsea",
        "E10",
    ),
    # E11 emergency move over several days: B&B then temporary flat
    (
        HSG,
        "2025-04-02",
        "Homeless approach (fleeing DA) – Ms Pryor + 2 ch. Ryan seen outside property last night. "
        "s188 interim duty accepted. Emergency accommodation: B&B, The Bell Inn, Hatherby (1 room) "
        "from tonight, 2 nights.",
        "Ms Pryor; Mason; Isla; Tom",
        "E11",
    ),
    (
        POL,
        "2025-04-03 10:00",
        "Attended Lower Fenwick address to prevent breach of the peace while IP collected "
        "belongings to move to emergency housing. No sign of suspect. Warning marker updated.",
        "C PRYOR; PC Holt",
        "E11",
    ),
    (
        HSG,
        "2025-04-04",
        "Moved from B&B to temporary accommodation - Greyfriars House, Flat 3, Hatherby. Licence "
        "signed. Furniture pack requested.",
        "Ms Pryor; Tom",
        "E11",
    ),
    (
        CSC,
        "A:2025-04-01:2025-04-10:early April 2025 (approx.)",
        "Chelsea and the children moved out of the Lower Fenwick property, first to a B&B for two "
        "nights then to a temporary flat in Hatherby arranged by Housing. Address not to be "
        "shared with Ryan or his family.",
        "Chelsea; Mason; Isla; Ryan",
        "E11",
    ),
    (
        NUR,
        "2025-04-07",
        "Mum told key person at drop-off the family have moved to a temporary flat in Hatherby "
        "after the weekend; Mason coming by bus now, may be late.",
        "Chelsea; Mason",
        "E11",
    ),
    (
        HV,
        "A:2025-04-07:2025-04-11:w/c 07/04/25",
        "Informed by SW family now in TA (Greyfriars Hse, Flat 3) having been in a B&B. Change "
        "of address on record, caseload transferred to Hatherby team.",
        "Chelsea; Isla; Mason",
        "E11",
    ),
    (
        GP,
        "2025-04-22",
        "Change of address notified by Housing: now TA Greyfriars House Flat 3. Remain within "
        "practice boundary. Confidential address - do not disclose.",
        "Chelsea; Isla; Mason",
        "E11",
    ),
    # E12 baby's bruise at ED; EDT the same evening; HV told Monday; GP letter later
    (
        HOSP,
        "2025-05-16 19:30",
        "A&E: 4/12 infant brought by mother with 1cm bruise L cheek, ?caused by brother's toy. "
        "Non-mobile infant - bruising protocol. Referred to paeds on call, admitted for "
        "observation. CSC EDT contacted 20:50.",
        "Isla; Chelsea",
        "E12",
    ),
    (
        CSC,
        "2025-05-16 21:05",
        "EDT: call from Hatherby General paediatric registrar - Isla (4 months, CP plan) in the "
        "Emergency Department with a bruise to her cheek, explanation that Mason hit her with a "
        "toy. Baby admitted overnight. Mason with MGM Denise. Day team to be informed.",
        "Isla; Mason; Denise",
        "E12",
    ),
    (
        HV,
        "2025-05-19",
        "Informed by SW Okafor that Isla attended A&E Friday evening with facial bruise; admitted, "
        "skeletal survey planned. HV to liaise with paeds liaison.",
        "SW Okafor; Isla",
        "E12",
    ),
    (
        GP,
        "2025-05-29",
        "Discharge summary (paeds) rec'd: Isla admitted 16/05/25 via ED, bruise L cheek in "
        "non-mobile infant. CP medical completed. Skeletal survey NAD. DC to mother with SW plan.",
        "Isla; Chelsea",
        "E12",
    ),
    # E13 strategy discussion the next day
    (
        CSC,
        "2025-05-17",
        "Strategy meeting (EDT, Saturday) with police and Dr Baird. s47 enquiry re Isla and Mason. "
        "CP medical to be completed; skeletal survey Tuesday. Isla to remain on ward until then; "
        "Mason to stay with Denise.",
        "Isla; Mason; Dr Baird; Denise",
        "E13",
    ),
    (
        POL,
        "2025-05-17",
        "Strategy discussion - Sat - EDT/CAIT/Paeds. Joint s47. CAIT to await medical opinion. "
        "R MADDOX whereabouts - believed with family in Northwold.",
        "R MADDOX; Isla",
        "E13",
    ),
    (
        HOSP,
        "2025-05-17",
        "Paediatric ward: CP medical by Dr Baird. Single bruise L cheek, no other injuries seen. "
        "Strategy discussion with EDT and police this am; plan skeletal survey 20/05, bloods.",
        "Dr Baird; Baby Pryor",
        "E13",
    ),
    # E14 skeletal survey; police file the result over a week later
    (
        HOSP,
        "2025-05-20",
        "Radiology: skeletal survey (infant protocol) - no acute or healing fractures identified. "
        "Repeat views in 11-14 days as per protocol. Medically fit for discharge.",
        "Baby Pryor",
        "E14",
    ),
    (
        CSC,
        "2025-05-21",
        "Dr Baird phoned - Isla's skeletal survey yesterday was clear. Isla discharged to Chelsea "
        "with written agreement (Denise to stay for 2 weeks).",
        "Dr Baird; Isla; Chelsea; Denise",
        "E14",
    ),
    (
        POL,
        "2025-05-28",
        "CAIT update: skeletal survey results rec'd - no fractures. Medical opinion bruise "
        "consistent with explanation given. NFA police, CSC continuing.",
        "Isla",
        "E14",
    ),
    # E15 PLO pre-proceedings meeting; HV learns of it ~2 weeks later
    (
        CSC,
        "2025-06-25",
        "PLO pre-proceedings meeting with Chelsea and her solicitor, Ryan did not attend. Letter "
        "before proceedings explained; expectations: attend Freedom Programme, keep home safe and "
        "clean, nursery attendance 90%, no contact with Ryan.",
        "Chelsea; Ryan; Hannah",
        "E15",
    ),
    (
        HV,
        "A:2025-07-07:2025-07-11:w/c 07/07/25",
        "SW advised LA is in pre-proceedings (PLO), meeting held 25/6 with mum + solicitor. HV "
        "asked to contribute to parenting assessment.",
        "Chelsea; SW Okafor",
        "E15",
    ),
    # E16 Family Group Conference; nursery gets the family plan later
    (
        CSC,
        "2025-07-16",
        "Family Group Conference held at Hatherby Community Centre (coordinator Sam Whitlock). "
        "Family plan: Denise to have children two nights a week and do nursery run, aunt to "
        "help with cleaning. Plan accepted by SW.",
        "Sam; Denise; Chelsea; Mason; Isla",
        "E16",
    ),
    (
        HV,
        "2025-07-16",
        "FGC - attended information-giving part only (am). Shared health info re Isla's "
        "development, Mason's speech referral.",
        "Ruth; Isla; Mason",
        "E16",
    ),
    (
        NUR,
        "2025-07-28",
        "Copy of family plan from the family meeting (FGC) received from coordinator - Nan "
        "(Denise) to drop off Tues/Thurs. Updated collection list.",
        "Denise; Mason",
        "E16",
    ),
    # E17 DA call-out 3 at the temporary flat, Saturday; Housing and CSC Monday
    (
        POL,
        "2025-08-09 21:50",
        "DOMESTIC – breach of non-mol. R MADDOX attended TA address (Greyfriars House), kicked "
        "door, threats to IP. Left prior to police arrival. Circulated wanted. DASH HIGH. Repeat "
        "victim. PPN.",
        "R MADDOX; C PRYOR",
        "E17",
    ),
    (
        HSG,
        "2025-08-11",
        "Incident at Greyfriars House Sat night reported by site staff - police attended, "
        "ex-partner at door of Flat 3. Door damaged, repair raised. Priority move to be "
        "considered.",
        "Ms Pryor; Tom",
        "E17",
    ),
    (
        CSC,
        "2025-08-11",
        "PPN (weekend): Ryan went to the temporary flat on Saturday evening, kicked the door and "
        "threatened Chelsea. Children were in bed. He has not been arrested yet. SW visited; "
        "Chelsea acted protectively and called 999.",
        "Ryan; Chelsea; Mason; Isla",
        "E17",
    ),
    (
        NUR,
        "2025-08-11",
        "Op Encompass: incident at Mason's home Sat 9th. DSL informed, Mason's key person aware.",
        "Mason",
        "E17",
    ),
    # E18 second RCPC; GP files the minutes three weeks later
    (
        CSC,
        "2025-09-03",
        "RCPC. Children remain subject to CP plans (neglect/emotional). Progress noted: nursery "
        "attendance up, home conditions good, Chelsea protective at 09/08 incident. PLO continues.",
        "Mason; Isla; Chelsea; Hannah",
        "E18",
    ),
    (
        HV,
        "2025-09-03",
        "Review conference attended. Plans continue. Isla 7/12, development on track.",
        "Ruth; Isla",
        "E18",
    ),
    (
        NUR,
        "2025-09-03",
        "Review CP conference - Lisa attended. Mason attendance 91% this term.",
        "Lisa; Mason",
        "E18",
    ),
    (
        POL,
        "2025-09-03",
        "RCPC - PVP attended. R MADDOX charged (breach of non-mol) 20/08, remanded.",
        "R MADDOX",
        "E18",
    ),
    (
        GP,
        "2025-09-24",
        "RCPC minutes rec'd (conference 03/09/25): CP plans continue for Mason and Isla.",
        "Mason; Isla",
        "E18",
    ),
]

# single-agency entries written by hand, many placed as decoys beside the events above
SINGLES = [
    # beside E02 (Mon 21/10): HV antenatal contact where mother mentions "an argument"
    (
        HV,
        "2024-10-21",
        "Antenatal contact at home. Chelsea 26/40, says she and Ryan had an argument at the weekend "
        "but 'it's sorted'. Home cluttered. Mason's 2yr review booked.",
        "Chelsea; Ryan; Mason",
        None,
    ),
    # beside E03: routine ANC the same day as the strategy discussion
    (
        HOSP,
        "2024-11-06 14:00",
        "Antenatal clinic 28/40: BP normal, SFH on centile. GTT booked. Mood low, EPDS 14 - "
        "referred to perinatal MH.",
        "Chelsea",
        None,
    ),
    (
        CSC,
        "2024-11-14",
        "Joint visit with HV. Home conditions poor - dog faeces in garden, no cot for baby. Mason "
        "in nappy, red rash. Chelsea tearful.",
        "Chelsea; Mason; Ruth",
        None,
    ),
    # beside E04: GP appointment the morning of the ICPC
    (
        GP,
        "2024-12-04",
        "F2F: low mood, poor sleep, 33/40 pregnant. PHQ9 16. Declines meds in pregnancy, "
        "self-referral to talking therapies. Safety netted.",
        "Chelsea",
        None,
    ),
    (
        CSC,
        "2024-12-09",
        "Conference outcome letter and CP plan sent to parents and agencies.",
        "Chelsea; Ryan",
        None,
    ),
    # beside E06: SW visits the ward the next day; HV new birth visit later
    (
        CSC,
        "2025-01-15",
        "SW visited postnatal ward. Chelsea caring for Isla appropriately. Ryan present, "
        "reminded of the written agreement.",
        "Chelsea; Isla; Ryan",
        None,
    ),
    (
        HOSP,
        "2025-01-16",
        "Postnatal ward: discharge planning meeting with SW and community MW. Discharged home "
        "with baby 15:00, community MW visits days 3 and 5.",
        "Chelsea; Baby Pryor",
        None,
    ),
    (
        HV,
        "2025-01-27",
        "New birth visit. Isla feeding well (formula), weight 3.30kg. Safe sleep discussed, "
        "Moses basket now in place. Mason present, speech limited.",
        "Isla; Mason; Chelsea",
        None,
    ),
    # core group 2: CSC records it; HV's entry the same day is a home visit
    (
        CSC,
        "2025-02-05",
        "Core group 2. Progress slow: home conditions deteriorated since birth; Chelsea "
        "exhausted. Referral to family support worker.",
        "Chelsea; Isla; Mason",
        None,
    ),
    (
        HV,
        "2025-02-05",
        "Home visit (weekly): Isla weighed 3.9kg. Chelsea tired, Ryan asleep upstairs at 2pm. "
        "Safe sleep reinforced.",
        "Isla; Chelsea; Ryan",
        None,
    ),
    # after E07: police follow-up the day CSC gets the PPN
    (
        POL,
        "2025-02-24",
        "R MADDOX interviewed - denies. Released on police bail, conditions: not to contact IP, "
        "not to attend Lower Fenwick. Investigation ongoing (file to CPS).",
        "R MADDOX",
        None,
    ),
    (
        GP,
        "2025-02-27",
        "Baby check 6 wks: Isla - hips NAD, red reflex present, weight 4.2kg. Mum's PN check: "
        "bruise to neck noted, mum says 'it's been dealt with'.",
        "Isla; Chelsea",
        None,
    ),
    # MARAC research forms in the days before the MARAC
    (
        HSG,
        "2025-03-10",
        "MARAC research form returned to coordinator - tenancy history, no prior approaches.",
        "Ms Pryor",
        None,
    ),
    (
        CSC,
        "2025-03-11",
        "MARAC research information sent to MARAC coordinator.",
        "Chelsea; Ryan",
        None,
    ),
    # another housing move a month later (different event)
    (
        HSG,
        "2025-05-02",
        "Transferred within TA: Greyfriars House Flat 3 to Flat 7 (ground floor) due to damp and "
        "pram access. Keys handed over.",
        "Ms Pryor",
        None,
    ),
    # beside E12: immunisations the morning of the ED attendance
    (
        GP,
        "2025-05-16",
        "Practice nurse: 16 wk imms given (DTaP/IPV/Hib/HepB, MenB, PCV) L & R thigh. No "
        "concerns. Mum informed re fever.",
        "Isla; Chelsea",
        None,
    ),
    # HV's own visit on the day she is told of the ED attendance
    (
        HV,
        "2025-05-19",
        "Planned visit to Mason at MGM's home: Mason well, speech still delayed. Denise "
        "managing well.",
        "Mason; Denise",
        None,
    ),
    (
        POL,
        "2025-05-22",
        "CAIT: ABE interview not required (non-verbal child). Awaiting skeletal survey report.",
        "Isla",
        None,
    ),
    # repeat skeletal survey (protocol), a look-alike of E14
    (
        HOSP,
        "2025-06-02",
        "Radiology: follow-up skeletal survey views - no fractures, no periosteal reaction. "
        "Concludes infant skeletal survey.",
        "Baby Pryor",
        None,
    ),
    (
        CSC,
        "2025-06-04",
        "Legal planning meeting with LA solicitor: threshold met, agreed to enter PLO "
        "pre-proceedings.",
        "Isla; Mason",
        None,
    ),
    (
        CSC,
        "2025-06-11",
        "Letter before proceedings sent to Chelsea and Ryan (Ryan's copy via his mother's address).",
        "Chelsea; Ryan",
        None,
    ),
    (
        CSC,
        "2025-07-02",
        "FGC coordinator Sam Whitlock met Denise and Chelsea to prepare for the family meeting.",
        "Sam; Denise; Chelsea",
        None,
    ),
    # beside E16: nursery accident the same day as the FGC
    (
        NUR,
        "2025-07-16",
        "Accident form: Mason bumped forehead on climbing frame 10:40, small red mark, cold "
        "compress. Nan signed form at collection.",
        "Mason; Denise",
        None,
    ),
    # a week after E17: a call that led nowhere
    (
        POL,
        "2025-08-16 22:30",
        "Call from C PRYOR - believes R MADDOX outside Greyfriars Hse. Area search, NTR. Advised.",
        "C PRYOR; R MADDOX",
        None,
    ),
    (
        POL,
        "2025-08-11",
        "Repeat MARAC referral submitted (repeat victim within 12 months).",
        "C PRYOR",
        None,
    ),
    # later core groups and the permanent move
    (
        CSC,
        "2025-04-23",
        "Core group 3 at the TA flat. Home clean, food in cupboards. Isla's weight on track.",
        "Chelsea; Isla; Mason",
        None,
    ),
    (
        CSC,
        "2025-10-15",
        "Core group meeting (virtual). Plan on track; housing offer of permanent tenancy awaited.",
        "Chelsea; Mason; Isla",
        None,
    ),
    (
        HSG,
        "2025-10-27",
        "Offer accepted: 2-bed house, 14 Orchard Close, Hatherby. Sign-up completed, TA licence "
        "ended. Discharge of duty.",
        "Ms Pryor; Tom",
        None,
    ),
    (
        HV,
        "M:2025-11",
        "Isla's 9-12 month review completed; development within normal range.",
        "Isla",
        None,
    ),
    (
        GP,
        "2024-08-28",
        "Consultation: pregnancy confirmed, LMP uncertain, ?19/40. Self-referral to maternity "
        "advised. Folic acid. Smoker 10/day.",
        "Chelsea",
        None,
    ),
    (
        CSC,
        "2026-03-04",
        "Child in Need review meeting: Chelsea and children settled at Orchard Close, Mason due to "
        "start preschool in April. Ryan in custody. Plan to close in 3 months.",
        "Chelsea; Mason; Isla; Ryan",
        None,
    ),
    (
        CSC,
        "2026-01-21",
        "Review Child Protection Conference: plans ended, stepped down to Child in Need. PLO "
        "ended.",
        "Mason; Isla; Chelsea",
        None,
    ),
    (GP, "M:2025-12", "Repeat prescription sertraline 50mg issued.", "Chelsea", None),
]

# routine filler: per-agency pools, before and after Isla's birth
POOLS_PRE = {
    CSC: [
        (
            "Pre-birth assessment session at home with Chelsea (genogram, support network).",
            "Chelsea",
        ),
        ("Unannounced visit - no answer. Card left.", "Chelsea"),
        (
            "Home visit, Mason seen and spoken to (limited speech). Home conditions: kitchen cleaner.",
            "Mason; Chelsea",
        ),
        ("Supervision with TM: pre-birth assessment to conclude by 30 weeks.", ""),
        ("Telephone call to Chelsea re Freedom Programme referral.", "Chelsea"),
    ],
    GP: [
        ("Consultation: Mason - cough 5/7, chest clear, viral, advice.", "Mason; Chelsea"),
        ("Telephone consult: Chelsea - heartburn in pregnancy, Gaviscon.", "Chelsea"),
        ("DNA - Mason 2nd MMR", "Mason"),
    ],
    HOSP: [
        (
            "Antenatal clinic (consultant): growth scan normal (EFW 50th centile), review in 1/52.",
            "Chelsea",
        ),
        ("!Maternity assessment unit: reduced fetal movements, CTG normal, home.", "Chelsea"),
        ("DNA antenatal clinic. Letter sent, community MW informed.", "Chelsea"),
    ],
    HV: [
        ("Telephone contact with Chelsea, antenatal contact rebooked.", "Chelsea"),
        ("SALT referral letter sent for Mason (limited words noted at contacts).", "Mason"),
        (
            "Home visit: home conditions fair, Mason in nappy at 2y3m, advice on toilet training.",
            "Mason; Chelsea",
        ),
    ],
    NUR: [
        ("Mason absent, no call. Rang mum - unwell.", "Mason"),
        ("Mason arrived hungry, had extra breakfast.", "Mason"),
        ("Key person observation: Mason playing alongside others, few words.", "Mason"),
    ],
}
POOLS_POST = {
    CSC: [
        (
            "Statutory CP visit: Isla and Mason seen, Isla seen in cot. Home acceptable.",
            "Isla; Mason; Chelsea",
        ),
        ("Statutory visit: Isla seen undressed (no marks). Mason at nursery.", "Isla; Chelsea"),
        ("Direct work with Mason (feelings faces).", "Mason"),
        ("Visit - no answer. Returned next day.", "Chelsea"),
        ("Family support worker session: routines and meal planning.", "Chelsea"),
        ("Management oversight: plan progressing, visits within timescales.", ""),
    ],
    GP: [
        ("Consultation: Isla - nappy rash, clotrimazole.", "Isla; Chelsea"),
        ("Consultation: Chelsea - low mood review, commenced sertraline 50mg.", "Chelsea"),
        ("Practice nurse: Isla imms given, no concerns.", "Isla"),
        ("Consultation: Mason - ear pain, otitis media, amoxicillin.", "Mason"),
    ],
    HV: [
        (
            "Home visit (CP): Isla weighed and plotted, following centile. Home conditions satisfactory.",
            "Isla; Chelsea",
        ),
        (
            "Home visit: Chelsea coping, Isla's feeding and sleep routine discussed.",
            "Isla; Chelsea",
        ),
        ("Clinic attendance: Isla weighed, 25th-50th centile.", "Isla"),
        ("Telephone call to Chelsea - visit rearranged.", "Chelsea"),
    ],
    HSG: [
        ("TA licence check: property in good order.", "Ms Pryor"),
        ("Housing register application updated - band A (DA).", "Ms Pryor"),
    ],
    NUR: [
        ("Mason absent - mum rang, unwell.", "Mason"),
        ("Mason late (bus).", "Mason"),
        ("Mason settled well, used 3-word sentences at snack time.", "Mason"),
        ("Lunch not sent in, nursery provided.", "Mason"),
        ("Learning journal update shared with mum.", "Mason; Chelsea"),
    ],
    POL: [
        ("Warning marker review - address flag maintained.", "C PRYOR"),
    ],
}


def entries():
    pre = casegen.filler(
        2611,
        POOLS_PRE,
        "2024-09-16",
        "2025-01-10",
        10,
        windows={HOSP: ("2024-09-20", "2025-01-10")},
    )
    post = casegen.filler(
        2612,
        POOLS_POST,
        "2025-01-20",
        "2026-02-27",
        17,
        windows={HSG: ("2025-04-10", "2025-10-20")},
    )
    return EVENTS + SINGLES + pre + post


def main():
    doc = casegen.build(CASE, DESCRIPTION, PEOPLE, AGENCIES, entries(), os.devnull)
    sys.stdout.write(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
