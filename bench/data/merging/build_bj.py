# ruff: noqa
"""Writing aid for case_bj (fictional; written blind, see case_bj_README.md).

    python3 bench/data/merging/build_bj.py      # writes bench/data/merging/case_bj.json

A non-mobile baby (Ellis Pike, born 9 October 2025) with unexplained bruising at seven weeks
and a skull fracture at thirteen weeks. Mother Chloe Askew (19) is a care leaver; father Jordan
Pike (22) has a conviction for violence. A pre-birth assessment was closed in August 2025.
Ten agencies, April 2025 - February 2026. Hand-written entries plus seeded routine filler from
hand-written pools (casegen.filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("bj_mw", "%d.%m.%Y")  # 08.04.2025
casegen.STYLES.setdefault("hv", "%d %b %y")  # 02 Sep 25
casegen.STYLES.setdefault("bj_amb", "%d-%m-%Y")  # 09-01-2026
casegen.STYLES.setdefault("bj_lc", "%a %d %b %Y")  # Tue 08 Apr 2025
casegen.STYLES.setdefault("bj_hou", "%d %b %Y")  # 08 Apr 2025

CSC = "Children's Social Care"
POL = "Police"
MW = "Northgate Maternity (midwifery)"
HV = "Health visiting"
GP = "Riverside Medical Practice"
AMB = "Ambulance service"
ACU = "Acute hospital"
LC = "Leaving care service"
HOU = "Housing"
PMH = "Perinatal mental health team"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (MW, "health", "bj_mw"),
    (HV, "health", "hv"),
    (GP, "health", "gp"),
    (AMB, "health", "bj_amb"),
    (ACU, "health", "health"),
    (LC, "other", "bj_lc"),
    (HOU, "other", "bj_hou"),
    (PMH, "health", "iso"),
]

PEOPLE = [
    ("Ellis Pike", ["Ellis", "baby Ellis", "EP", "Baby"], "Child E", "child"),
    (
        "Chloe Askew",
        ["Chloe", "Ms Askew", "Mum", "CA", "ASKEW"],
        "Mother (19, care leaver)",
        "parent",
    ),
    ("Jordan Pike", ["Jordan", "Mr Pike", "Dad", "PIKE", "JP", "FOB"], "Father (22)", "parent"),
    ("Tracey Pike", ["Tracey", "PGM", "Mrs Pike"], "Paternal grandmother", "family"),
    ("Linda Marsh", ["Linda", "Mrs Marsh"], "Chloe's former foster carer", "other_adult"),
    ("Kayleigh Dunn", ["Kayleigh"], "Chloe's friend", "other_adult"),
    ("Marcus Reid", ["SW Reid", "Marcus"], "Social worker (locality team)", "professional"),
    ("Hannah Cole", ["MASH SW Cole"], "MASH social worker", "professional"),
    ("Fiona Walsh", ["TM Walsh"], "Team manager", "professional"),
    ("Dean Okafor", ["Dean", "PA Okafor"], "Personal adviser (leaving care)", "professional"),
    ("Sarah Lyle", ["MW Lyle", "Sarah"], "Community midwife", "professional"),
    ("Jo Fenn", ["SMW Fenn"], "Safeguarding midwife", "professional"),
    ("Bethan Hughes", ["Bethan", "HV Hughes"], "Health visitor", "professional"),
    ("Anil Mehta", ["Dr Mehta"], "GP", "professional"),
    ("Laura Grant", ["DC Grant"], "Detective constable (CAIT)", "professional"),
    ("Paul Hurst", ["DS Hurst"], "Detective sergeant (CAIT)", "professional"),
    ("Clare Whitfield", ["Dr Whitfield"], "Consultant paediatrician", "professional"),
    ("Ruth Adeyemi", ["Ruth", "CPN Adeyemi"], "Perinatal CPN", "professional"),
    ("Gary Tandy", ["Mr Tandy"], "Housing officer", "professional"),
    ("Janet Moss", ["Chair Moss", "IRO Moss"], "Conference chair / IRO", "professional"),
    ("Carol Whyte", ["Carol", "FC Whyte"], "Foster carer", "other_adult"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        POL,
        "M:2022-06",
        "PNC: PIKE, Jordan (DOB 2003) convicted ABH (s47 OAPA) - assault on a male outside licensed premises, headbutt causing fractured nose. 12m community order, 120 hrs unpaid work. Nil DA markers. Intel 2024: 'volatile, temper'.",
        "Jordan Pike",
        None,
    ),
    (
        LC,
        "Y:2024",
        "Chloe moved on from her long-term foster placement with Linda Marsh at 18 into supported lodgings (Elm House). Pathway plan in place. Dean Okafor allocated as PA. Chloe keeps in touch with Linda, who she calls 'my mum really'.",
        "Chloe Askew; Linda Marsh; Dean Okafor",
        None,
    ),
    (
        HOU,
        "M:2025-02",
        "Housing register: ASKEW Chloe joined register Band B (care leaver priority). Currently supported lodgings, Elm House. Nomination agreement with Leaving Care applies.",
        "Chloe Askew",
        None,
    ),
    (
        GP,
        "Y:2023",
        "CA - anxiety and low mood since teens, CAMHS 2019-21. Self-harm (cutting) age 15-16, none since. Sertraline stopped 2023 by pt. Looked after child until 18.",
        "Chloe Askew",
        None,
    ),
    # ---------------- pregnancy ----------------
    # E01 midwifery booking referral into MASH (sent / received 2 days later); GP same day is NOT it
    (
        MW,
        "2025-04-08 10:15",
        "Booking appt (MW Lyle). G1P0, 11+4 by dates, EDD 23.10.2025. 19yo, care leaver, lives Elm House supported lodgings. FOB Jordan Pike, 22 - Chloe disclosed 'he's been in trouble for fighting, he did community service'. Hx anxiety/self-harm. Routine enquiry DA: no. Safeguarding concerns form completed and sent to MASH today; SMW Fenn informed. Perinatal MH: advise GP referral.",
        "Chloe Askew; Jordan Pike; MW Lyle; SMW Fenn",
        "E01",
    ),
    (
        GP,
        "2025-04-08 16:40",
        "CA - N&V ++ 11/40, struggling to keep fluids down. Ketones 1+. Not dehydrated clinically. Cyclizine 50mg tds. Advised re hyperemesis red flags. Has seen MW today.",
        "Chloe Askew; Dr Mehta",
        None,
    ),
    (
        CSC,
        "2025-04-10",
        "MASH contact from Northgate community midwifery (Sarah Lyle) regarding an unborn baby due late October. Mother Chloe Askew is 19 and a care leaver; the father, Jordan Pike, has a conviction for assault. Checks completed by MASH SW Cole: police information requested; Chloe was known to us as a looked after child. Decision: progress to locality team for a pre-birth assessment, with Chloe's agreement.",
        "Chloe Askew; Jordan Pike; Sarah Lyle; MASH SW Cole",
        "E01",
    ),
    (
        LC,
        "2025-04-10",
        "Catch-up at Costa with Chloe. She's pregnant (about 12 weeks) and 'buzzing'. Jordan is the dad, together 8 months. She's worried social services will 'take the baby like they took me' - talked through what a pre-birth assessment is. Will go with her to anything she wants.",
        "Chloe Askew; Jordan Pike; Dean",
        None,
    ),
    # E02 pre-birth assessment joint visit SW + PA
    (
        CSC,
        "2025-05-14",
        "Pre-birth assessment session 1 at Elm House (Marcus Reid), Chloe's PA Dean Okafor present at her request. Genogram and chronology of Chloe's own care history. Chloe open and articulate; says Jordan 'has changed' since the 2022 offence. Jordan did not attend - working. Next session with both parents.",
        "Chloe Askew; Jordan Pike; Marcus Reid; Dean Okafor",
        "E02",
    ),
    (
        LC,
        "2025-05-14",
        "With Chloe for her first PBA meeting with the new SW (Marcus). Went OK - she cried talking about being taken into care at 7 but said after it felt good to be listened to. Jordan a no-show, said he couldn't get off shift.",
        "Chloe; Jordan; Marcus; Dean",
        "E02",
    ),
    (
        HOU,
        "2025-05-14",
        "Phone call from applicant ASKEW to update housing application - now pregnant, EDD October. Requested 2-bed. Advised pregnancy letter (MAT B1) needed; bedroom need assessed as 1-bed until birth.",
        "Chloe Askew",
        None,
    ),
    # E03 GP referral to perinatal MH (sent / received 9 days later)
    (
        GP,
        "2025-05-20 09:10",
        "CA 17/40. Anxious ++, not sleeping, panic attacks, past self-harm, MW suggested referral. No current SH or SI. GAD-7 15, PHQ-9 13. Referred PMHT (routine-soon). Sertraline discussed - prefers to wait for assessment.",
        "Chloe Askew; Dr Mehta",
        "E03",
    ),
    (
        LC,
        "2025-05-20",
        "Chloe rang - GP today, 'they're sending me to the mental health baby people'. Reassured. Leaving care setting-up-home grant application started.",
        "Chloe; Dean",
        None,
    ),
    (
        PMH,
        "2025-05-29",
        "Referral received from Dr Mehta, Riverside MP (dated 20/05/2025): 19F, primip ~18/40, anxiety with panic, hx self-harm in adolescence, care experienced. Triage: soon. Initial assessment booked 12/06 at clinic - Chloe asked that her PA can come.",
        "Chloe Askew; Dr Mehta",
        "E03",
    ),
    # E04 PMH initial assessment, letter filed by GP 12 days later; MW antenatal same day is NOT it
    (
        PMH,
        "2025-06-12 14:00",
        "Initial assessment (Ruth Adeyemi, CPN) at Oakwood Clinic. Chloe accompanied by Dean (PA). Dx: generalised anxiety, trauma-related symptoms (early neglect, care history). Low risk to self currently. Relationship with Jordan described as 'good mostly, he gets wound up'. Plan: CPN fortnightly to 6/52 postnatal; psychology screen; letter to GP and MW.",
        "Chloe Askew; Jordan Pike; Ruth; Dean",
        "E04",
    ),
    (
        MW,
        "2025-06-12 09:30",
        "Antenatal 20/40 (MW Lyle), Riverside clinic. BP 112/70, urine NAD, FH 148. Anomaly scan normal. Chloe says she has her 'mental health appointment this afternoon'. Jordan not present.",
        "Chloe Askew; MW Lyle",
        None,
    ),
    (
        GP,
        "2025-06-24",
        "Letter from PMHT (R Adeyemi CPN, clinic 12/06/25): GAD + trauma sx, low risk, CPN fortnightly until 6/52 PN. No med change advised. Noted.",
        "Chloe Askew; CPN Adeyemi",
        "E04",
    ),
    # E05 tenancy sign-up with PA present; MW antenatal same day is NOT it
    (
        HOU,
        "2025-07-01 11:00",
        "Tenancy sign-up: Flat 4, 19 Corran Court - 1-bed ground floor, introductory tenancy, sole tenant Chloe Askew. PA Dean Okafor present. Keys issued. Tenant advised partner cannot be added during introductory period.",
        "Chloe Askew; PA Okafor; Mr Tandy",
        "E05",
    ),
    (
        LC,
        "2025-07-01",
        "Keys! Went with Chloe to sign for the flat at Corran Court with Mr Tandy from Housing. Ground floor, needs carpets. Setting up home allowance released for cooker and cot. She says Jordan will 'stay over a lot' - reminded her of the tenancy terms.",
        "Chloe; Jordan; Dean; Mr Tandy",
        "E05",
    ),
    (
        MW,
        "2025-07-01 15:45",
        "AN 23/40 home visit, Elm House (MW Lyle). Well, FM+. Says she got keys to own flat today. Safe sleep/SUDI discussed early because of planned move. Jordan present, quiet, on phone throughout.",
        "Chloe Askew; Jordan Pike; MW Lyle",
        None,
    ),
    # E06 police information for the pre-birth assessment (request answered / received next day)
    (
        POL,
        "2025-07-07",
        "Info request from CSC (PBA - unborn of ASKEW, Chloe). Checks: PIKE, Jordan - 1 conviction ABH 2022 (non-DA). 2 x intel logs 2024 re fights in town centre, NFA. ASKEW - no trace other than as misper x3 (2021, LAC). Disclosure sent to SW Reid by secure email.",
        "Jordan Pike; Chloe Askew; SW Reid",
        "E06",
    ),
    (
        CSC,
        "2025-07-07",
        "Pre-birth assessment session 3 at Corran Court, both parents. Jordan engaged better than expected. He described the 2022 assault as 'a stupid night out, I was 19'. Discussed triggers and how he manages anger; he says he goes to the gym. Chloe nodding along. Talked about crying babies and what they would do.",
        "Chloe Askew; Jordan Pike; Marcus Reid",
        None,
    ),
    (
        CSC,
        "2025-07-08",
        "Police disclosure received for the pre-birth assessment: Jordan's 2022 ABH conviction (not domestic), two intelligence reports about fights in 2024 with no further action, and Chloe's missing episodes as a looked after child. Consistent with what Jordan told me yesterday.",
        "Jordan Pike; Chloe Askew; Marcus Reid",
        "E06",
    ),
    # E07 PBA concluded and closed; MW and PA told of the closure later
    (
        CSC,
        "2025-08-20",
        "Pre-birth assessment concluded and signed off by TM Walsh. Strengths: Chloe's engagement, support from her PA and former foster carer Linda Marsh; Jordan's offence historic and outside a relationship. Risks: young parents, Chloe's anxiety, Jordan's temper. Outcome: case closed to Children's Social Care, universal services with HV antenatal contact and PMHT involvement. Closing summary sent to midwifery, HV, GP and PA.",
        "Chloe Askew; Jordan Pike; Linda Marsh; TM Walsh; Marcus Reid",
        "E07",
    ),
    (
        HV,
        "2025-08-20 10:00",
        "Antenatal contact (Bethan) at Corran Court. 34/40. Flat clean, cot up. Chloe anxious about labour. Jordan present and chatty. Discussed feeding (plans formula), safe sleep, coping with crying (ICON). Chloe mentioned SW finishing assessment 'today or tomorrow'.",
        "Chloe; Jordan; Bethan",
        None,
    ),
    (
        LC,
        "2025-08-22",
        "Email from Marcus (SW) with the closing summary from the pre-birth assessment - they're closing. Chloe really relieved when I told her. Will keep an eye.",
        "Chloe Askew; Marcus; Dean",
        "E07",
    ),
    (
        MW,
        "2025-08-27",
        "Safeguarding team: CSC closure summary received (PBA complete, NFA by CSC, universal services). Alert on maternity system downgraded to 'information'. Copy to MW Lyle. SMW Fenn.",
        "Chloe Askew; MW Lyle; SMW Fenn",
        "E07",
    ),
    # ---------------- birth ----------------
    # E08 birth, HV birth notification next day, GP discharge summary 8 days later
    (
        MW,
        "2025-10-09 04:32",
        "Delivery suite: SVD at 38+2. Live male, 3.05kg, Apgars 9/9. Father Jordan present throughout. Skin to skin, formula feeding. Mother well. Transfer to postnatal ward 07:00, D/C home 10.10 pm with community MW follow-up.",
        "Chloe Askew; Jordan Pike; Baby",
        "E08",
    ),
    (
        LC,
        "2025-10-09",
        "Chloe sent a photo at 8am - baby boy, Ellis, born in the night. Jordan 'cried more than the baby'. Congratulations card and baby box from the service to drop off next week.",
        "Chloe; Ellis; Jordan; Dean",
        None,
    ),
    (
        HV,
        "2025-10-10",
        "Birth notification received: Ellis Pike, born 09/10/25 Northgate, SVD 38+2, 3.05kg. Mother Chloe Askew (19). Previous CSC pre-birth assessment - closed. Allocated Bethan. NBV to be booked.",
        "Ellis Pike; Chloe Askew; Bethan",
        "E08",
    ),
    (
        MW,
        "2025-10-10 18:20",
        "Postnatal ward: D/C home. Feeding formula 60ml 3hrly. Safe sleep and ICON leaflets given. Community MW day 3 visit booked.",
        "Chloe Askew; Ellis",
        None,
    ),
    (
        MW,
        "2025-10-12 11:00",
        "PN day 3 home visit (MW Lyle). Baby 2.88kg (-5.6%). Jaundice mild, feeding ok. Mum tired, tearful at times - 'baby blues' discussed. Moses basket in bedroom. Jordan staying most nights.",
        "Chloe Askew; Ellis; Jordan Pike; MW Lyle",
        None,
    ),
    (
        MW,
        "2025-10-17 10:30",
        "PN day 8 home visit. Weight 3.01kg. Cord separated. Mum says Ellis 'screams in the evenings' - colic advice. Jordan asleep on sofa. Flat warm, bottles clean.",
        "Chloe Askew; Ellis; Jordan Pike",
        None,
    ),
    (
        GP,
        "2025-10-17",
        "Maternity D/S received: EP born 09/10/25, SVD 38+2, 3.05kg. Mum CA - uncomplicated. D/C 10/10. Baby registered with practice. 6-8/52 check to book.",
        "Ellis Pike; Chloe Askew",
        "E08",
    ),
    # E09 MW discharge to HV (handover sent Sunday, HV logs it Monday)
    (
        MW,
        "2025-10-19 12:00",
        "PN day 10 - discharged from midwifery care. Weight 3.12kg (above BW). Mother well physically. Handover to HV completed (EPDS 11, PMHT open, FOB's history noted). SUDI risk reminder: Jordan smokes outside only per Mum.",
        "Chloe Askew; Ellis; Jordan Pike; MW Lyle",
        "E09",
    ),
    (
        HV,
        "2025-10-20",
        "Handover from community MW (Sarah Lyle) - discharged day 10. Wt 3.12kg. EPDS 11. PMHT CPN involved. Dad's conviction noted in handover. NBV booked Wed 22/10.",
        "Ellis; Chloe; Sarah",
        "E09",
    ),
    (
        HOU,
        "2025-10-20",
        "Repairs: Ms Askew reported black mould in bedroom of Flat 4, new baby in the home. Job raised (priority 2, 10 working days).",
        "Chloe Askew; Ellis Pike",
        None,
    ),
    (
        HV,
        "2025-10-22 10:00",
        "New birth visit (Bethan). Ellis 13/7, wt 3.28kg (25th), formula 90ml. No marks, skin intact, fontanelle normal. Mum EPDS 12, tired. Dad present, holding baby confidently. Safe sleep - Moses basket, but admits 'sometimes we fall asleep with him on the sofa' - SUDI advice given, leaflet. Plan: UPP - weekly visits for 4/52.",
        "Ellis; Chloe; Jordan; Bethan",
        None,
    ),
    (
        PMH,
        "2025-10-22",
        "Telephone contact (RA). Chloe two weeks postnatal - 'up and down', sleeping 3-4 hrs. Anxiety 6/10. No thoughts of harm to self or baby. Jordan 'helping a lot'. Home visit 05/11.",
        "Chloe Askew; Ruth",
        None,
    ),
    # E10 999 call (Sunday), crew's notification filed by GP the Wednesday
    (
        AMB,
        "2025-11-02 03:48",
        "Cat 2. 24-day-old male, caller (mother) reports baby 'choked and went floppy' after bottle. On arrival: infant alert, pink, crying, obs WNL. Mother distressed, father present, both smelt of cannabis. Baby found asleep on father's chest on sofa - SUDI risk factors discussed, safe sleep advice given. Non-conveyance agreed with CSD. GP notified via electronic form.",
        "Ellis Pike; Chloe Askew; Jordan Pike",
        "E10",
    ),
    (
        GP,
        "2025-11-05",
        "Notification from ambulance service (02/11, 03:48): EP ?choking episode post feed, well on arrival, not conveyed. Crew note co-sleeping on sofa, cannabis smell. For HV info - task sent to Bethan.",
        "Ellis Pike; Bethan",
        "E10",
    ),
    (
        PMH,
        "2025-11-05 13:00",
        "Home visit (RA). Chloe low, tearful. Said they 'had to ring an ambulance' at the weekend when Ellis choked - very frightened. EPDS 15. Discussed sleep, asked Jordan to take a night feed. Psychology referral sent.",
        "Chloe Askew; Ellis; Jordan; Ruth",
        None,
    ),
    # E11 police call-out Saturday, PPN into MASH Monday, HV told Tuesday
    (
        POL,
        "2025-11-15 22:35",
        "Occ 25/188410. 999 from neighbour at Corran Court - male shouting, baby crying. Att 22:50. ASKEW and PIKE present, verbal argument re PIKE going out. No injuries, no assault alleged. Baby (5 wks) seen asleep in Moses basket - no concerns. DASH standard. PPN (child) submitted. Words of advice to PIKE.",
        "Chloe Askew; Jordan Pike; Ellis Pike",
        "E11",
    ),
    (
        CSC,
        "2025-11-17",
        "MASH: PPN received (police attended 15/11, 22:50) - verbal argument at Corran Court between Chloe and Jordan, five-week-old Ellis present and asleep. Standard risk. Noted closed pre-birth assessment. Screened by MASH SW Cole: below threshold for statutory intervention. Information shared with HV; single agency support. Letter to Chloe.",
        "Chloe Askew; Jordan Pike; Ellis Pike; MASH SW Cole",
        "E11",
    ),
    (
        LC,
        "2025-11-17",
        "Visit to Chloe. Flat messy, Ellis fed and content. She told me police came on Saturday because neighbours heard them rowing - 'it was nothing'. Jordan wanting to go out with his mates all the time. Gave her the Young Parents group leaflet.",
        "Chloe; Ellis; Jordan; Dean",
        None,
    ),
    (
        HV,
        "2025-11-18",
        "Email from MASH - police attended home 15/11 (verbal argument between parents, baby present). For info, no CSC action. Will raise at next visit. Flag on record.",
        "Ellis; Chloe; Jordan",
        "E11",
    ),
    (
        HOU,
        "2025-11-18",
        "ASB: complaint from Flat 3 re shouting and door slamming at Flat 4 'most weekends', police called Saturday. Letter to tenant (Ms Askew) reminding her of tenancy conditions. Mr Tandy.",
        "Chloe Askew; Mr Tandy",
        None,
    ),
    (
        GP,
        "2025-11-20 11:20",
        "EP 6/52 baby check. Wt 4.10kg. Hips stable, testes descended, red reflex +, heart sounds normal. Skin: no marks. Mum CA PN check - mood 'ok', contraception: Depo given. Imms booked 8/52.",
        "Ellis Pike; Chloe Askew; Dr Mehta",
        None,
    ),
    (
        PMH,
        "2025-11-20",
        "Telephone (RA). Chloe cancelled today's planned visit - 'baby's at the doctors'. Rebooked 28/11.",
        "Chloe Askew; Ruth",
        None,
    ),
    # ---------------- bruising (27 Nov) ----------------
    # E12 HV finds bruises and phones MASH
    (
        HV,
        "2025-11-27 10:15",
        "Home visit (Bethan). Ellis 7/52. Noted bruising: L cheek ~1cm bluish, L ear pinna purple, 2 x small round bruises R chest ~0.5cm (fingertip pattern?). Non-mobile baby. Mum says 'must be the car seat buckle' and Dad (not present) 'holds him tight when he's wriggling'. Body map completed. Phoned MASH from car 10:55 - spoke to Hannah Cole. Advised to await call back re strategy.",
        "Ellis; Chloe; Jordan; Bethan; MASH SW Cole",
        "E12",
    ),
    (
        CSC,
        "2025-11-27 11:00",
        "MASH: telephone referral from health visitor Bethan Hughes. Seven-week-old Ellis has bruising to his left cheek, left ear and two small marks on his right chest. Mother's explanation is a car seat buckle. Bruising in a non-mobile baby - immediate escalation to TM Walsh; strategy discussion convened for 14:00 today; Marcus Reid (who completed the PBA) re-allocated.",
        "Ellis Pike; Chloe Askew; Bethan Hughes; TM Walsh; Marcus Reid",
        "E12",
    ),
    (
        GP,
        "2025-11-27 09:00",
        "CA - Depo review, no problems. Asks about going back to college in Jan. PHQ-9 11. Ellis not brought.",
        "Chloe Askew; Dr Mehta",
        None,
    ),
    (
        LC,
        "2025-11-27",
        "Chloe texted at lunchtime: 'HV has gone mad about a bruise, is social services going to come'. Rang her - she was crying. Said I'd come tomorrow.",
        "Chloe; Dean",
        None,
    ),
    # E13 strategy discussion (minutes to GP five days later)
    (
        CSC,
        "2025-11-27 14:00",
        "Strategy discussion chaired by TM Walsh. Present: Marcus Reid (SW), DC Grant (CAIT), Bethan Hughes (HV), Dr Whitfield (consultant paediatrician, by phone). GP unable to attend. Unexplained bruising to face, ear and chest of a seven-week-old. Decision: section 47 enquiry, jointly with police; child protection medical tomorrow morning at the Children's Assessment Unit with skeletal survey and CT head; Ellis to stay tonight with paternal grandmother Tracey Pike, parents' contact supervised by her. Minutes to follow.",
        "Ellis Pike; Chloe Askew; Jordan Pike; Tracey Pike; TM Walsh; Marcus Reid; DC Grant; Bethan Hughes; Dr Whitfield",
        "E13",
    ),
    (
        POL,
        "2025-11-27 14:00",
        "Strat (CAIT - DC Grant). 7/52 infant, bruising L cheek/ear + 2 x fingertip-type R chest. NAI not excluded. Joint s47. CPM 28/11 am. Parents PIKE (PNC ABH 2022) and ASKEW. Overnight safety plan with PGM. Crime: not yet recorded - await CPM.",
        "Ellis Pike; Jordan Pike; Chloe Askew; DC Grant",
        "E13",
    ),
    (
        HV,
        "2025-11-27 14:00",
        "Strategy meeting (phone) - attended. s47 agreed. CP medical tomorrow. Ellis to PGM's overnight. HV to complete HV chronology and send to SW by Friday.",
        "Ellis; Tracey; Bethan",
        "E13",
    ),
    (
        ACU,
        "2025-11-27 14:00",
        "Paediatric safeguarding: telephone strategy discussion (Dr Whitfield). 7/52 non-mobile infant, bruises face/ear/chest. Advised CPM with SS, CT head, bloods (FBC, clotting, bone profile), ophthalmology. Booked CAU 09:30 28/11.",
        "Ellis Pike; Dr Whitfield",
        "E13",
    ),
    (
        GP,
        "2025-12-02",
        "Strategy meeting minutes received (CSC, meeting 27/11/25): EP - unexplained bruising, s47 initiated, CPM 28/11. Safeguarding alert added to EP, CA and JP records. Dr Mehta.",
        "Ellis Pike; Chloe Askew; Jordan Pike; Dr Mehta",
        "E13",
    ),
    # E14 child protection medical 28/11 (police report 5 days later, GP letter 10 days later, Chloe's call to PA)
    (
        ACU,
        "2025-11-28 09:40",
        "CAU - Child protection medical (Dr Whitfield). Ellis 7/52, with mother and SW. Findings: 1.2cm bruise L cheek, bruising L pinna (front and back), 2 x 5mm bruises R anterior chest. No other marks. Frenulum intact. Mother's explanation (car seat buckle) does not account for the ear or chest. Skeletal survey: no fractures. CT head: normal. Bloods normal. Ophthalmology: no retinal haemorrhages. Opinion: bruising in a non-mobile infant without adequate explanation - highly suspicious of inflicted injury. Discharged 17:30 to PGM per safety plan. Repeat SS in 11-14 days.",
        "Ellis Pike; Chloe Askew; Marcus Reid; Dr Whitfield",
        "E14",
    ),
    (
        CSC,
        "2025-11-28",
        "Attended the child protection medical with Chloe and Ellis at the Children's Assessment Unit. Dr Whitfield's verbal opinion: the bruises are not explained and are likely to have been inflicted; X-rays and scan clear. Chloe very upset. Ellis returned to Tracey Pike's home; safety plan signed by both parents - no unsupervised care by either parent pending the s47.",
        "Ellis Pike; Chloe Askew; Jordan Pike; Tracey Pike; Marcus Reid; Dr Whitfield",
        "E14",
    ),
    (
        LC,
        "2025-11-28",
        "Chloe rang at 10am from the hospital - 'they're X-raying his whole body'. Hysterical. SW is there with her. Went up at 3pm; Ellis going back to Jordan's mum's tonight.",
        "Chloe; Ellis; Tracey; Dean",
        "E14",
    ),
    (
        PMH,
        "2025-11-28",
        "Planned home visit - no answer. Text from Chloe 'at hospital with Ellis, can't talk'. Will call Monday. Informed that there is a CP investigation by PA (Dean) by phone later.",
        "Chloe Askew; Ellis; Dean; Ruth",
        None,
    ),
    (
        POL,
        "2025-12-03",
        "CPM report received from Dr Whitfield (exam 28/11): bruising face, ear and chest in non-mobile infant, no adequate explanation, highly suspicious of inflicted injury. SS/CT clear. Crime recorded: ABH (child). Suspects PIKE and ASKEW. Interviews to be planned.",
        "Ellis Pike; Jordan Pike; Chloe Askew; Dr Whitfield",
        "E14",
    ),
    (
        GP,
        "2025-12-08",
        "Letter from Dr Whitfield (CAU 28/11): CPM - unexplained bruising, ?NAI. SS/CT/bloods normal. Repeat SS arranged. Read, coded, alert confirmed.",
        "Ellis Pike; Dr Whitfield",
        "E14",
    ),
    # E15 joint visit police + SW (Saturday)
    (
        POL,
        "2025-11-29 11:00",
        "JV with SW Reid to PGM address (Tracey PIKE). Both parents present. Accounts: ASKEW - car seat buckle; PIKE - 'might have been me holding him tight when he wouldn't settle', denies hitting. Accounts noted, not under caution. Ellis seen - settled.",
        "Jordan Pike; Chloe Askew; Tracey Pike; Ellis Pike; SW Reid",
        "E15",
    ),
    (
        CSC,
        "2025-11-29",
        "Joint visit with DC Grant at Tracey Pike's home. Chloe and Jordan gave their accounts separately. Jordan became defensive when asked about handling - raised his voice then apologised. Tracey supervising well; she is firm that Ellis 'never leaves my sight'.",
        "Chloe Askew; Jordan Pike; Tracey Pike; Ellis Pike; DC Grant; Marcus Reid",
        "E15",
    ),
    # E16 SW phone call to PA (call recorded by both ends)
    (
        CSC,
        "2025-12-01",
        "Telephone call with Dean Okafor, Chloe's personal adviser: shared the outcome of the medical and that the enquiry is continuing. Dean will support Chloe to attend meetings and is worried about her mood. He will ask Ruth Adeyemi to bring her visit forward.",
        "Dean Okafor; Chloe Askew; Marcus Reid; Ruth Adeyemi",
        "E16",
    ),
    (
        LC,
        "2025-12-01",
        "Marcus (SW) rang me - s47 carrying on, the doctor thinks the marks were done to him. He asked me to keep being around for Chloe. I'll let her CPN know.",
        "Marcus; Chloe; Dean",
        "E16",
    ),
    (
        HV,
        "2025-12-01 14:00",
        "Visit at PGM's (Bethan). Ellis wt 4.52kg (25th-50th). No new marks, checked all over with PGM's consent. Mum present, tearful, supervised by PGM. Feeding well.",
        "Ellis; Chloe; Tracey; Bethan",
        None,
    ),
    # E17 HV + SW joint visit (police receive CPM report the same day - E14, decoy)
    (
        HV,
        "2025-12-03 10:00",
        "JV with SW Marcus Reid. Parents both present at PGM's. Discussed safety plan, Dad's 'tight holding' - role-played settling a crying baby (ICON). Dad engaged. No new marks on Ellis.",
        "Ellis; Chloe; Jordan; Tracey; Marcus Reid; Bethan",
        "E17",
    ),
    (
        CSC,
        "2025-12-03",
        "Home visit with the health visitor at the paternal grandmother's. Jordan calmer than Saturday. Bethan went through coping with crying with both parents. Safety plan working; Tracey asking how long it will last.",
        "Ellis Pike; Chloe Askew; Jordan Pike; Tracey Pike; Bethan Hughes; Marcus Reid",
        "E17",
    ),
    (
        POL,
        "2025-12-04",
        "VI (voluntary interview) PIKE, Jordan - duty solicitor. Prepared statement: accepts holding baby 'firmly' to stop him wriggling during nappy change, denies deliberately injuring. No comment to further questions. RUI.",
        "Jordan Pike; DC Grant",
        None,
    ),
    (
        POL,
        "2025-12-05",
        "VI ASKEW, Chloe - denies harm, account as before (car seat). States she was at Kayleigh DUNN's on 25/11 evening, Ellis with PIKE alone ~3 hrs. RUI.",
        "Chloe Askew; Kayleigh Dunn; Jordan Pike; DC Grant",
        None,
    ),
    # E18 HV / GP safeguarding liaison meeting
    (
        HV,
        "2025-12-10 13:00",
        "Monthly GP/HV safeguarding liaison at Riverside (Dr Mehta). Ellis Pike discussed: s47, ICPC 16/12. Agreed GP report by 11/12; HV to attend ICPC. Repeat SS 09/12 - no fractures (per CAU).",
        "Ellis Pike; Dr Mehta; Bethan",
        "E18",
    ),
    (
        GP,
        "2025-12-10",
        "Safeguarding liaison meeting with HV (Bethan Hughes). EP on s47, ICPC 16/12 - GP report to be sent. CA's depression - offered review.",
        "Ellis Pike; Chloe Askew; Bethan Hughes; Dr Mehta",
        "E18",
    ),
    (
        GP,
        "2025-12-11",
        "Report to ICPC sent (EP, CA, JP). Unable to attend - surgery. Dr Mehta.",
        "Ellis Pike; Chloe Askew; Jordan Pike; Dr Mehta",
        None,
    ),
    (
        HOU,
        "2025-12-15",
        "Request from CSC for housing information for a child protection conference. Replied by email: tenancy sole name, arrears £212, ASB complaint 18/11. Not attending.",
        "Chloe Askew",
        None,
    ),
    # E19 ICPC
    (
        CSC,
        "2025-12-16",
        "Initial child protection conference, chaired by Janet Moss. Attended: Chloe (with Dean Okafor), Jordan, Tracey Pike, Marcus Reid, Bethan Hughes (HV), DC Grant, Ruth Adeyemi (perinatal). Reports from GP and Housing. Ellis made subject of a child protection plan under the category of physical abuse. Ellis to return home to Chloe at Corran Court; Jordan to live at his mother's and have only supervised contact; Jordan referred to a parenting programme. First core group 23 December.",
        "Ellis Pike; Chloe Askew; Jordan Pike; Tracey Pike; Dean Okafor; Marcus Reid; Bethan Hughes; DC Grant; Ruth Adeyemi; Janet Moss",
        "E19",
    ),
    (
        HV,
        "2025-12-16",
        "ICPC attended. CP plan - physical abuse. Baby home to Mum; Dad supervised contact only (PGM). HV: weekly visits, weight, body check each visit.",
        "Ellis; Chloe; Jordan; Bethan",
        "E19",
    ),
    (
        POL,
        "2025-12-16",
        "ICPC - DC Grant attended. CP plan (physical). Police update given: both parents RUI. PIKE - no unsupervised contact per plan.",
        "Ellis Pike; Jordan Pike; Chloe Askew; DC Grant",
        "E19",
    ),
    (
        LC,
        "2025-12-16",
        "Went to the CP conference with Chloe. Ellis on a plan. She gets him back home tomorrow but Jordan has to stay at his mum's. She said afterwards 'at least I'm not losing him'. Agreed I'll see her weekly over Christmas.",
        "Chloe; Ellis; Jordan; Dean",
        "E19",
    ),
    (
        PMH,
        "2025-12-16",
        "Attended CP conference (RA). Ellis subject to CP plan, category physical abuse. Chloe to be main carer. Increase CPN to weekly; Chloe agreed to start sertraline - GP letter sent.",
        "Chloe Askew; Ellis Pike; Ruth",
        "E19",
    ),
    (
        GP,
        "2025-12-17",
        "CP conference outcome letter: EP on CP plan (physical abuse). Next review conference 10/03/26.",
        "Ellis Pike",
        None,
    ),
    # E20 first core group
    (
        CSC,
        "2025-12-23",
        "Core group 1 at Corran Court. Chloe, Jordan (left before end), Tracey, Bethan Hughes, Dean Okafor, Ruth Adeyemi. Plan agreed: Jordan's contact at Tracey's home only; parenting programme starts 13 January; Chloe to attend Young Parents group. Chloe coping, flat tidy.",
        "Chloe Askew; Jordan Pike; Tracey Pike; Bethan Hughes; Dean Okafor; Ruth Adeyemi; Marcus Reid",
        "E20",
    ),
    (
        HV,
        "2025-12-23",
        "Core grp - Mum's flat. Ellis wt 4.98kg (50th). Plan reviewed. Dad left early, agitated about 'being treated like a criminal'.",
        "Ellis; Mum; Dad; Bethan",
        "E20",
    ),
    (
        LC,
        "2025-12-23",
        "CG meeting at Chloe's. Jordan stormed out after 20 mins. Chloe a bit embarrassed but stayed calm. Food bank voucher given for Christmas.",
        "Chloe; Jordan; Dean",
        "E20",
    ),
    (
        PMH,
        "2025-12-23",
        "Core group attended. Chloe 1 week on sertraline 50mg. Sleeping better. Plan: CPN weekly.",
        "Chloe Askew; Ruth",
        "E20",
    ),
    # E21 housing officer phones SW (voicemail heard next day)
    (
        HOU,
        "2025-12-29 15:20",
        "Gas safety visit Flat 4 with contractor. Male present, introduced as 'Jordan, the baby's dad' - men's work boots and PlayStation in lounge, appears to be living there. Tenant said he'd 'just popped round'. Aware of CP involvement - rang allocated SW (Marcus Reid) and left voicemail 15:40.",
        "Chloe Askew; Jordan Pike; Marcus Reid; Mr Tandy",
        "E21",
    ),
    (
        LC,
        "2025-12-29",
        "Text check-in with Chloe - all fine, 'quiet Christmas, just me and Ellis'.",
        "Chloe; Ellis; Dean",
        None,
    ),
    (
        CSC,
        "2025-12-30",
        "Picked up a voicemail from Gary Tandy (housing officer) left yesterday afternoon: at the gas safety check at Corran Court Jordan was there, seemed to be living in the flat. Discussed with TM Walsh - unannounced visit today.",
        "Jordan Pike; Chloe Askew; Mr Tandy; TM Walsh; Marcus Reid",
        "E21",
    ),
    (
        CSC,
        "2025-12-30",
        "Unannounced visit, Corran Court, 16:00. Chloe alone with Ellis. She admitted Jordan came for Christmas dinner and 'a couple of nights' - says Tracey was there 'mostly'. Reminded her of the plan; written warning. Ellis well, no visible marks.",
        "Chloe Askew; Ellis Pike; Jordan Pike; Tracey Pike; Marcus Reid",
        None,
    ),
    (
        HV,
        "2026-01-06",
        "Home visit. Ellis wt 5.30kg (50th). Full body check - no marks. Mum mentions SW 'told her off'. Jordan not present; Mum says he's at his mum's.",
        "Ellis; Mum; Jordan; Bethan",
        None,
    ),
    # ---------------- skull fracture (9 Jan) ----------------
    # E22 999 call, ED, police at hospital, EDT, admission and GP discharge letter
    (
        AMB,
        "2026-01-09 02:14",
        "Cat 1 upgraded from Cat 2. 13-week-old, reported fall from adult bed (~60cm) onto laminate floor per father. Mother asleep at time. On arrival pt crying, irritable, boggy swelling R parietal, GCS appropriate. No other injuries seen. Father JP states baby 'rolled off while I was getting a bottle'. Conveyed to Northgate ED with mother. Safeguarding concern raised - non-mobile infant, mechanism vs injury. Father stayed at address.",
        "Ellis Pike; Jordan Pike; Chloe Askew",
        "E22",
    ),
    (
        ACU,
        "2026-01-09 02:52",
        "ED (Paed): BIBA. 13/52 M, ?fall from bed. Large boggy swelling R parietal 6x5cm. Irritable, feeding poorly. CT head: linear R parietal skull fracture, small overlying scalp haematoma, no ICH. Known - CP plan (physical abuse). Mechanism (roll off bed at 13/52) not consistent with developmental stage. Police and EDT informed 03:30. Admitted Ward 12 under Dr Whitfield. Neurosurgical advice (regional): conservative.",
        "Ellis Pike; Chloe Askew; Dr Whitfield",
        "E22",
    ),
    (
        CSC,
        "2026-01-09 03:35",
        "Emergency Duty Team: call from Northgate A&E nurse in charge. Ellis Pike (on a child protection plan) brought in by ambulance with a skull fracture, explanation a fall from the parents' bed. Mother at hospital; father had been in the flat overnight in breach of the plan. Police informed by hospital. Advised no parent to be left alone with Ellis on the ward; handover to day team at 09:00.",
        "Ellis Pike; Chloe Askew; Jordan Pike",
        "E22",
    ),
    (
        POL,
        "2026-01-09 04:10",
        "Occ 26/004112. Call from Northgate ED re 13wk infant with skull fracture, on CP plan. Officers att hospital 04:25. ASKEW spoken to - states PIKE 'was doing the 2am feed', she woke to crying. Scene at Corran Court secured 05:10, PIKE present, not arrested at this time pending strat. CAIT informed.",
        "Ellis Pike; Chloe Askew; Jordan Pike",
        "E22",
    ),
    # E23 strategy discussion the same morning (GP minutes 5 days later)
    (
        CSC,
        "2026-01-09 10:30",
        "Strategy meeting (Ward 12 family room) chaired by TM Walsh. Present: Marcus Reid, DS Hurst and DC Grant, Dr Whitfield, Bethan Hughes, ward sister. Skull fracture in a 13-week-old already on a CP plan for unexplained bruising; Jordan present overnight contrary to the plan. Decisions: s47 continues; police to arrest Jordan; CP medical today with repeat skeletal survey; Ellis not to be discharged to either parent; legal planning meeting to be requested (PLO / care proceedings).",
        "Ellis Pike; Jordan Pike; Chloe Askew; TM Walsh; Marcus Reid; DS Hurst; DC Grant; Dr Whitfield; Bethan Hughes",
        "E23",
    ),
    (
        POL,
        "2026-01-09 10:30",
        "Strat mtg at hospital - DS Hurst / DC Grant. Decision: arrest PIKE on suspicion GBH (child). ASKEW - witness for now, not suspect. CPM today. Forensic: bedding, bottle, scene photos.",
        "Jordan Pike; Chloe Askew; DS Hurst; DC Grant",
        "E23",
    ),
    (
        ACU,
        "2026-01-09 10:30",
        "Safeguarding strategy meeting on ward (Dr Whitfield). Agreed CPM today; SS + repeat at 11-14d; ophthalmology; parents supervised on ward by staff.",
        "Ellis Pike; Dr Whitfield",
        "E23",
    ),
    (
        HV,
        "2026-01-09 10:30",
        "SD at Northgate Ward 12 - attended. Ellis skull #. Police to arrest Dad. Baby not to go home. HV info shared: last seen 06/01 - no marks.",
        "Ellis; Dad; Bethan",
        "E23",
    ),
    # E24 CP medical that afternoon (police get the report a week later)
    (
        ACU,
        "2026-01-09 15:00",
        "CPM (Dr Whitfield). Ellis 13/52 on CP plan. R parietal linear skull fracture with scalp swelling. New finding: 3mm bruise L upper arm (inner). SS: no further fractures. Ophthalmology: no RH. Opinion: skull fracture in a non-mobile infant with an explanation (roll off bed) inconsistent with development; with previous unexplained bruising, likely inflicted. SW present.",
        "Ellis Pike; Marcus Reid; Dr Whitfield",
        "E24",
    ),
    (
        CSC,
        "2026-01-09",
        "Attended Ellis's child protection medical on Ward 12 with Chloe. Dr Whitfield found a small new bruise on his inner left arm as well as the fracture. Her view: likely inflicted; the account of a roll off the bed does not fit a 13-week-old.",
        "Ellis Pike; Chloe Askew; Marcus Reid; Dr Whitfield",
        "E24",
    ),
    # E25 Jordan's arrest and the call telling the SW
    (
        POL,
        "2026-01-09 14:05",
        "PIKE, Jordan arrested at Corran Court on suspicion of GBH (s18) - child. Conveyed to custody. Phone update to SW Reid 15:30.",
        "Jordan Pike; SW Reid",
        "E25",
    ),
    (
        CSC,
        "2026-01-09 15:30",
        "DC Grant rang: Jordan was arrested at the flat at about 2pm, in custody, to be interviewed tomorrow. Updated TM Walsh.",
        "Jordan Pike; DC Grant; TM Walsh; Marcus Reid",
        "E25",
    ),
    (
        LC,
        "2026-01-10",
        "Went to the hospital to see Chloe after Marcus rang last night. Ellis has a fractured skull. Jordan arrested. Chloe says she was asleep and 'doesn't know what happened'. She asked me if they'll take Ellis. Stayed 2 hours.",
        "Chloe; Ellis; Jordan; Marcus; Dean",
        None,
    ),
    # E27 bail conditions: police email, CSC reads it Monday, Housing copied
    (
        POL,
        "2026-01-10 18:40",
        "PIKE interviewed (solicitor present) - denies causing injury, 'he rolled off while I was getting his bottle'. Released on pre-charge bail to 07/02. Conditions: not to have unsupervised contact with any child under 16; not to attend 19 Corran Court; reside at mother's address. Email to CSC and Housing (ASB team) re conditions.",
        "Jordan Pike; Tracey Pike",
        "E27",
    ),
    (
        ACU,
        "2026-01-12",
        "Ward 12 round: Ellis settled, feeding 150ml 4 hourly, swelling reducing. Neuro obs stopped. Mother visiting daily, supervised. Medically fit for discharge when placement confirmed.",
        "Ellis Pike; Chloe Askew",
        None,
    ),
    (
        CSC,
        "2026-01-12",
        "Email from CAIT (sent Saturday evening): Jordan bailed until 7 February - no unsupervised contact with children under 16, not to go to Corran Court, to live at his mother's. Tracey therefore cannot supervise contact at her home while Jordan lives there.",
        "Jordan Pike; Tracey Pike; Marcus Reid",
        "E27",
    ),
    (
        CSC,
        "2026-01-12",
        "Legal gateway / PLO meeting (internal) with legal services and TM Walsh: threshold met; Chloe to be asked to agree section 20 accommodation pending an application for an interim care order; letter before proceedings.",
        "Ellis Pike; Chloe Askew; TM Walsh; Marcus Reid",
        None,
    ),
    (
        HOU,
        "2026-01-13",
        "Police bail conditions received by email (from 10/01): PIKE, Jordan not to attend 19 Corran Court. Property flagged. Tenancy file updated.",
        "Jordan Pike",
        "E27",
    ),
    # E26 discharge from ward to foster care
    (
        ACU,
        "2026-01-13 16:00",
        "Discharged from Ward 12 to foster carer (Mrs Whyte) with SW Reid, s20 agreed by mother. D/C summary to GP/HV. Repeat SS 22/01. OPA Dr Whitfield 6/52.",
        "Ellis Pike; Chloe Askew; Carol Whyte; Marcus Reid; Dr Whitfield",
        "E26",
    ),
    (
        CSC,
        "2026-01-13",
        "Collected Ellis from Ward 12 with his foster carer Carol Whyte. Chloe signed the section 20 agreement this morning with Dean present. Tearful goodbye on the ward. Contact at the family centre three times a week starting Thursday.",
        "Ellis Pike; Chloe Askew; Carol Whyte; Dean Okafor; Marcus Reid",
        "E26",
    ),
    # E28 GP rings the perinatal team about Chloe (both ends)
    (
        GP,
        "2026-01-14 10:10",
        "CA seen, accompanied by PA. Son in foster care since yesterday after head injury. Low ++, not eating, passive SI ('no point'), no plan. Protective: PA, former FC. Phoned PMHT duty - spoke to CPN Adeyemi - seen today. Sertraline increased 100mg.",
        "Chloe Askew; Dean; Linda Marsh; CPN Adeyemi; Dr Mehta",
        "E28",
    ),
    (
        PMH,
        "2026-01-14 10:20",
        "Duty call from Dr Mehta re Chloe - baby removed (s20) after skull fracture, passive suicidal ideation. Same-day visit arranged 15:00 (RA): Chloe at Linda Marsh's. Risk moderate. Safety plan, crisis numbers. Daily phone contact this week.",
        "Chloe Askew; Dr Mehta; Linda Marsh; Ruth",
        "E28",
    ),
    (
        GP,
        "2026-01-14",
        "Strategy minutes (09/01/26) received: EP - skull fracture, s47 continued, father arrested. Filed.",
        "Ellis Pike; Jordan Pike",
        "E23",
    ),
    # E29 maternity records request (police) and midwifery's reply
    (
        POL,
        "2026-01-15",
        "Records request (DPA Sch 2) sent to Northgate Maternity - ASKEW antenatal/postnatal records, any disclosures re PIKE. Also request to Ambulance Service for 02/11/25 call.",
        "Chloe Askew; Jordan Pike; DC Grant",
        "E29",
    ),
    (
        POL,
        "2026-01-16",
        "CPM report received - Dr Whitfield (09/01): skull fracture + bruise L arm, explanation inconsistent, likely inflicted. Filed for CPS advice file.",
        "Ellis Pike; Dr Whitfield",
        "E24",
    ),
    (
        MW,
        "2026-01-20",
        "Safeguarding MW (SMW Fenn): request from police CAIT (DC Grant) dated 15/01 for Chloe's maternity records. Copies of booking, AN, delivery and PN notes disclosed via secure email. No DA disclosures documented; FOB's conviction noted at booking.",
        "Chloe Askew; Jordan Pike; DC Grant; SMW Fenn",
        "E29",
    ),
    (
        GP,
        "2026-01-23",
        "Discharge summary Ward 12 (09/01-13/01/26): EP - R parietal skull fracture, conservative mx, CPM - ?NAI. D/C to foster care (s20). Registered with FC's GP? - temp reg query sent. Repeat SS 22/01.",
        "Ellis Pike",
        "E22",
    ),
    # E30 PLO meeting with PA present
    (
        CSC,
        "2026-01-28",
        "Pre-proceedings (PLO) meeting at the civic centre. Chloe attended with her solicitor and Dean Okafor; Jordan attended separately with his solicitor. Letter before proceedings explained: parenting assessment for Chloe, psychological assessment, Jordan's risk assessment; family group conference to look at Linda Marsh and Tracey Pike as carers.",
        "Chloe Askew; Jordan Pike; Dean Okafor; Linda Marsh; Tracey Pike; Marcus Reid",
        "E30",
    ),
    (
        LC,
        "2026-01-28",
        "PLO meeting with Chloe - she kept it together. Solicitor good. She wants Linda considered for Ellis. Lunch after; talked about her own removal at 7, she said 'it's happening again'.",
        "Chloe; Linda; Ellis; Dean",
        "E30",
    ),
    (
        PMH,
        "2026-01-28",
        "Telephone (RA). Chloe has 'big meeting with lawyers today', anxious but no SI. Taking sertraline 100mg. Visit 04/02 with PA.",
        "Chloe Askew; Ruth",
        None,
    ),
    # E31 CPN + PA joint visit
    (
        PMH,
        "2026-02-04 11:00",
        "Joint home visit with PA Dean Okafor (RA). Chloe more settled, contact with Ellis going well 3x/wk. Passive SI resolved. Psychology assessment 17/02. Discussed referral to specialist service for care-experienced parents.",
        "Chloe Askew; Ellis Pike; Dean Okafor; Ruth",
        "E31",
    ),
    (
        LC,
        "2026-02-04",
        "Visit with Ruth (perinatal CPN) at the flat. Chloe cleaner flat, had been shopping. Showed us pics from contact. Big improvement from two weeks ago.",
        "Chloe; Ruth; Dean",
        "E31",
    ),
    # E33 LAC initial health assessment and report received
    (
        ACU,
        "2026-02-05 10:00",
        "Community paediatrics: Initial Health Assessment (LAC) - Ellis, 17/52, with foster carer Mrs Whyte. Wt 6.02kg (50th). Skull fracture healing clinically, no new marks. Development appropriate. Imms up to date (given late 12/01 on ward). Report to SW and HV.",
        "Ellis Pike; Carol Whyte; Dr Whitfield",
        "E33",
    ),
    (
        HV,
        "2026-02-05",
        "Telephone to FC (Carol). Ellis settled, feeding well, sleeps 10pm-5am. Transfer of HV caseload to FC's area agreed from 01/03.",
        "Ellis; Carol; Bethan",
        None,
    ),
    # E32 arrears meeting, housing and PA
    (
        HOU,
        "A:2026-02-09:2026-02-13:w/c 09 Feb 2026",
        "Income team: arrears interview with tenant and leaving care PA (Mr Okafor). Arrears £486 - UC housing element stopped when baby left household. Repayment £5/wk agreed; DHP application started. NOSP not served.",
        "Chloe Askew; PA Okafor",
        "E32",
    ),
    (
        LC,
        "2026-02-10",
        "With Chloe at the housing office for her rent arrears. UC docked her because Ellis isn't living with her. Sorted a payment plan and started a DHP form. She's scared of losing the flat 'then I'll never get him back'.",
        "Chloe; Ellis; Dean",
        "E32",
    ),
    (
        GP,
        "2026-02-10",
        "CA r/v mood - improving, sleeping 6h, SI none. Continue sertraline 100mg. Counselling via PMHT psychology.",
        "Chloe Askew; Dr Mehta",
        None,
    ),
    (
        CSC,
        "2026-02-16",
        "Initial health assessment report received from community paediatrics (seen 5 February): Ellis thriving in placement, fracture healing, no new injuries, development on track.",
        "Ellis Pike; Carol Whyte; Marcus Reid",
        "E33",
    ),
    # E35 looked after review
    (
        CSC,
        "2026-02-17",
        "First looked after child review, chaired by IRO Janet Moss, at the foster home. Chloe with Dean; Jordan did not attend (bail). Carol Whyte, Bethan Hughes. Care plan: interim care order application issued; contact three times a week for Chloe, none for Jordan pending the police investigation; parenting assessment and FGC.",
        "Ellis Pike; Chloe Askew; Jordan Pike; Dean Okafor; Carol Whyte; Bethan Hughes; Janet Moss; Marcus Reid",
        "E35",
    ),
    (
        HV,
        "2026-02-17",
        "LAC review attended at FC's. Ellis 6.2kg. Health plan agreed - HV transfer to FC's locality 01/03.",
        "Ellis; Carol; Bethan",
        "E35",
    ),
    (
        LC,
        "2026-02-17",
        "Ellis's LAC review - Chloe spoke up for herself well about contact. IRO kind. Pathway plan review for Chloe booked next month.",
        "Chloe; Ellis; Dean",
        "E35",
    ),
    (
        PMH,
        "2026-02-17",
        "Psychology assessment (Dr Farrow, clinical psychologist) - Chloe did not attend, 'at the review for Ellis'. Rebooked 03/03.",
        "Chloe Askew; Ellis Pike",
        None,
    ),
    # E34 charge and notifications
    (
        POL,
        "2026-02-19",
        "CPS charging decision: PIKE, Jordan charged GBH (s20 OAPA) re Ellis PIKE. Remanded on conditional bail to Magistrates 05/03. Conditions as before. ASKEW - NFA as suspect. SW Reid informed by phone.",
        "Jordan Pike; Ellis Pike; Chloe Askew; SW Reid",
        "E34",
    ),
    (
        CSC,
        "2026-02-20",
        "Police update from DC Grant (message left 19 February): Jordan charged with grievous bodily harm to Ellis, first appearance 5 March, bail conditions continue. Chloe is no longer a suspect. Told Chloe by phone; told Dean.",
        "Jordan Pike; Ellis Pike; Chloe Askew; DC Grant; Dean Okafor; Marcus Reid",
        "E34",
    ),
    (
        LC,
        "2026-02-20",
        "Marcus texted that Jordan has been charged. Chloe rang me after - relieved she's 'not in trouble' but says she still loves him. Talked about what that means for Ellis coming home.",
        "Chloe; Jordan; Ellis; Marcus; Dean",
        None,
    ),
    (
        HOU,
        "M:2026-02",
        "Tenancy: introductory tenancy review due 01/07/26 - arrears and ASB to be considered. Marker: CP/LAC (baby not resident). Mr Tandy.",
        "Chloe Askew; Mr Tandy",
        None,
    ),
    (
        LC,
        "A:2026-01-02:2026-01-09:early January 2026 (approx.)",
        "Chloe's 20th birthday - Linda took her out for a meal. Chloe told Dean later that Jordan 'turned up with flowers'.",
        "Chloe; Linda; Jordan; Dean",
        None,
    ),
]

# routine single-agency filler (hand-written pools; seeded)
POOLS = {
    MW: [
        (
            "Antenatal appt (MW Lyle). BP 110/6{n}, urine NAD, FH heard, fundal height on chart. Well.",
            "Chloe Askew; MW Lyle",
        ),
        ("AN appt - did not attend. Rebooked by text.", "Chloe Askew"),
        (
            "Antenatal appt. Iron level low (Hb 10{n}), ferrous fumarate started. Reports baby moving well.",
            "Chloe Askew",
        ),
        (
            "AN appt at Riverside. Chloe attended with Jordan. Birth plan started - wants epidural. No concerns.",
            "Chloe Askew; Jordan Pike",
        ),
        (
            "Telephone - Chloe asked about antenatal classes; booked onto young parents' class (4 weeks).",
            "Chloe Askew",
        ),
        (
            "Antenatal appt. Glucose tolerance test normal. Whooping cough vaccine given.",
            "Chloe Askew",
        ),
    ],
    HV: [
        (
            "Telephone contact. Mum reports feeding well ({n}oz), sleeping in Moses basket. No concerns raised.",
            "Ellis; Mum; Bethan",
        ),
        (
            "Baby clinic - Ellis weighed, plotted on centile chart. Mum attended alone, chatty.",
            "Ellis; Mum",
        ),
        ("Text reminder re next visit. Mum replied 'ok'.", "Mum"),
        (
            "Home visit. Ellis alert, tracking. Bottles prepared correctly. Discussed tummy time.",
            "Ellis; Mum; Bethan",
        ),
    ],
    GP: [
        ("CA - repeat prescription request (salbutamol inhaler). Issued.", "Chloe Askew"),
        (
            "CA - sore throat 3/7, tonsils mildly inflamed, no exudate. Self-care advice.",
            "Chloe Askew",
        ),
        (
            "JP - lower back pain after lifting at work. Naproxen, physio self-referral.",
            "Jordan Pike",
        ),
        (
            "CA - telephone: asks for fit note for college. Declined - not unwell; advised to speak to college.",
            "Chloe Askew",
        ),
        ("JP - DNA asthma review.", "Jordan Pike"),
        ("CA - UTI sx, dipstick +ve nitrites. Nitrofurantoin 3/7.", "Chloe Askew"),
    ],
    LC: [
        ("Text check-in with Chloe. All ok, asked about her bus pass renewal.", "Chloe; Dean"),
        (
            "Pathway plan review at the office. Education: wants to return to college for childcare level 2. Money: UC, budgeting ok.",
            "Chloe; Dean",
        ),
        ("Chloe missed our catch-up; rang later apologising, rearranged.", "Chloe; Dean"),
        ("Took Chloe to the furniture project for a chest of drawers.", "Chloe; Dean"),
        (
            "Phone call - Chloe asked for help with a council tax letter. Emailed council tax on her behalf.",
            "Chloe; Dean",
        ),
        (
            "Monthly visit at home. Flat ok. She's bored and lonely some days; talked about the young parents' group.",
            "Chloe; Dean",
        ),
    ],
    HOU: [
        ("Rent account: payment received via UC. Balance £{n}0 in arrears.", "Chloe Askew"),
        ("Repairs: kitchen tap washer replaced, Flat 4. Tenant satisfied.", "Chloe Askew"),
        ("Annual tenancy check-in letter sent to tenant.", "Chloe Askew"),
    ],
    PMH: [
        (
            "Telephone (RA). Anxiety {n}/10. Using breathing techniques. No risk issues identified.",
            "Chloe Askew; Ruth",
        ),
        (
            "Home visit (RA). Mood fair, sleeping poorly. Grounding skills practised.",
            "Chloe Askew; Ruth",
        ),
        ("Text reminder sent re appointment; confirmed.", "Chloe Askew"),
        ("MDT review - Chloe Askew discussed. Continue CPN input, no change.", "Chloe Askew"),
    ],
    CSC: [
        (
            "Supervised contact at the family centre (2 hours). Chloe fed and changed Ellis confidently; warm and attentive. Contact worker's notes on file.",
            "Chloe Askew; Ellis Pike",
        ),
        (
            "Statutory visit to Ellis at the foster home. Settled, feeding well. Carol reports no concerns.",
            "Ellis Pike; Carol Whyte; Marcus Reid",
        ),
        (
            "Supervised contact, family centre. Chloe 15 minutes late (bus). Good interaction once there.",
            "Chloe Askew; Ellis Pike",
        ),
        (
            "Case supervision with TM Walsh: parenting assessment to be commissioned; FGC referral made.",
            "Ellis Pike; TM Walsh; Marcus Reid",
        ),
    ],
}

WINDOWS = {
    MW: ("2025-04-20", "2025-09-30"),
    HV: ("2025-10-23", "2025-11-26"),
    GP: ("2025-04-15", "2026-02-25"),
    LC: ("2025-04-15", "2026-02-25"),
    HOU: ("2025-07-02", "2026-02-25"),
    PMH: ("2025-06-15", "2026-02-25"),
    CSC: ("2026-01-15", "2026-02-25"),
}

# routine contacts that would be implausible on the days of the hospital episodes or bank
# holidays; and no filler on a day the agency already has a hand-written entry
CLOSED = {
    a: [
        ("2025-11-27", "2025-11-29"),
        ("2026-01-09", "2026-01-14"),
        ("2025-12-24", "2025-12-28"),
        ("2026-01-01", "2026-01-01"),
    ]
    for a in (GP, LC, HOU, PMH, CSC, HV, MW)
}
for _agency, _spec, _text, _who, _event in ENTRIES:
    if _spec[:1].isdigit():
        _day = _spec.split()[0]
        CLOSED.setdefault(_agency, []).append((_day, _day))


def main():
    extra = casegen.filler(
        4911, POOLS, "2025-04-15", "2026-02-25", 54, windows=WINDOWS, closed=CLOSED
    )
    out = HERE / "case_bj.json"
    casegen.build(
        "bj",
        "Baby with unexplained bruising at 7 weeks and a skull fracture at 13 weeks; young "
        "parents (mother a care leaver, father with a violence conviction), closed pre-birth "
        "assessment; 10 agencies, Apr 2025 - Feb 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES + extra,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
