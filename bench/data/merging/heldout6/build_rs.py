"""Held-out cases R and S for the same-event merging bench (written blind; see README.md here).

    python3 bench/data/merging/heldout6/build_rs.py      # rewrites case_r.json and case_s.json

R: a ten-week-old baby's head injury and rib fractures; seven agencies, Sep-Dec 2025.
S: a fifteen-year-old drawn into drug supply, missing episodes, a stabbing; six agencies,
Jan-Sep 2025.
Event entries and the hard negatives beside them are written by hand; routine single-agency
contacts come from the per-agency pools below through casegen.filler (seeded, so the JSON is
the same on every run).
"""

# ruff: noqa: E501  (entries are data, text as the agency wrote it)

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # casegen.py lives one folder up, beside the tuning cases

from casegen import build, filler  # noqa: E402

# ---------------------------------------------------------------------------------------------
# Case R: infant, non-accidental injury
# ---------------------------------------------------------------------------------------------

R_PEOPLE = [
    ("Idris Mahmoud", ["Idris", "baby Idris", "IM"], "Child I", "child"),
    ("Tayla Dawson", ["Tayla"], "Child T", "child"),
    ("Keeley Dawson", ["Keeley", "Ms Dawson", "mum"], "Mother", "parent"),
    ("Yusuf Mahmoud", ["Yusuf", "Mr Mahmoud"], "Father of Child I", "parent"),
    ("Jordan Whitlock", ["Jordan", "Mr Whitlock", "JW"], "Mother's partner", "other_adult"),
    ("Bernadette Dawson", ["Bernadette", "MGM"], "Maternal grandmother", "family"),
    ("Lorraine Achterberg", ["Mrs Achterberg", "FC Achterberg"], "Foster carer", "other_adult"),
    ("Niamh Corcoran", ["SW Corcoran", "Niamh"], "Social worker", "professional"),
    ("Gareth Pryce", ["TM Pryce"], "Team manager", "professional"),
    ("Priya Venkatesan", ["DC Venkatesan", "DC 4471"], "Police officer", "professional"),
    ("Olufunke Adebayo", ["HV Adebayo", "Funke"], "Health visitor", "professional"),
    ("Dr Tomasz Wisniewski", ["Dr Wisniewski", "Dr W"], "GP", "professional"),
    ("Hannah Lindqvist", ["CMW Lindqvist", "Hannah"], "Community midwife", "professional"),
    ("Dr Rafael Ortega", ["Dr Ortega"], "Consultant paediatrician", "professional"),
    ("Siobhan Keane", ["Siobhan", "Named Nurse Keane"], "Named nurse safeguarding", "professional"),
]

AMB, HOSP, POL, CSC, GP, HV, MAT = (
    "Ambulance service",
    "Riverside General Hospital",
    "Police",
    "Children's Social Care",
    "Orchard Lane Surgery",
    "Health Visiting",
    "Maternity services",
)
R_AGENCIES = [
    (AMB, "health", "iso"),
    (HOSP, "health", "health"),
    (POL, "police", "police"),
    (CSC, "social_care", "csc"),
    (GP, "health", "gp"),
    (HV, "health", "school"),
    (MAT, "health", "health"),
]

R_EVENTS = [
    # R01 birth: delivery recorded by maternity, notification read by HV and GP days later
    (
        MAT,
        "2025-09-03 04:52",
        "SVD at 39+2. Live male infant, 3.21kg, Apgars 9/9. Mother Keeley Dawson, 21, P2. Partner Jordan present at delivery (not baby's father). Skin to skin, breastfeeding initiated.",
        "Idris; Keeley; Jordan",
        "R01",
    ),
    (
        HV,
        "2025-09-05",
        "Birth notification received via child health: male born 03.09.25 at Riverside, mother Keeley Dawson. Sibling Tayla (3y) already on caseload. NBV to be booked day 10-14.",
        "Idris; Keeley; Tayla",
        "R01",
    ),
    (
        GP,
        "2025-09-12",
        "Notification of birth received. New baby registered with practice - temporary NHS no. linked to mother's record. 8/52 check to book.",
        "Idris; Keeley",
        "R01",
    ),
    # R02 maternity safeguarding referral into MASH, received and closed NFA three days later
    (
        MAT,
        "2025-09-04 15:30",
        "Safeguarding: mother's new partner Jordan Whitlock disclosed on ward he has 'a record' for assault on an ex-partner. Discussed with safeguarding midwife. Referral to Children's Social Care front door completed online.",
        "Keeley; Jordan; Idris",
        "R02",
    ),
    (
        CSC,
        "2025-09-08",
        "MASH contact received from maternity (dated 4 September) re new baby and partner's reported history of DV. PNC via police: caution 2021 common assault. Mother engaging with midwife, no current incidents. NFA - signposted to Early Help, letter to mother.",
        "Idris; Keeley; Jordan",
        "R02",
    ),
    # R03 midwife hands over to health visitor by phone on discharge from midwifery care
    (
        MAT,
        "2025-09-18 11:10",
        "Day 15 visit. Weight 3.34kg. Discharged from community midwifery care. Verbal handover to HV team by phone (Funke) incl. partner's history and MASH referral.",
        "Idris; Keeley; Hannah; Funke",
        "R03",
    ),
    (
        HV,
        "2025-09-18 11:20",
        "Tel call from CMW Lindqvist - handover on discharge from midwife. Informed of MASH contact re partner (DV caution). Flag added, NBV booked 24.09.",
        "Idris; CMW Lindqvist",
        "R03",
    ),
    # R04 health visitor phones the GP about a mark on the baby's cheek
    (
        HV,
        "2025-10-08 14:40",
        "Telephoned surgery and spoke with GP re 5-week-old with small bluish mark approx 1cm on left cheek seen at today's weight check. Mum's explanation: Tayla's toy dropped on him. GP to see tomorrow.",
        "Idris; Dr Wisniewski",
        "R04",
    ),
    (
        GP,
        "2025-10-08 14:45",
        "Phone call from health visitor Olufunke Adebayo: concerned re facial bruise non-mobile infant, toy explanation from mother. Appt offered 09/10.",
        "Idris; HV Adebayo",
        "R04",
    ),
    # R05 weekend domestic incident; PPN read by MASH on Tuesday, by HV on Thursday
    (
        POL,
        "2025-10-18 01:35",
        "Call from neighbour reporting shouting and banging at 14 Calder Walk. Officers attended. Keeley Dawson and Jordan Whitlock verbal argument, both intoxicated. Two children in property, asleep upstairs, seen and safe. No offences disclosed. DASH: standard. PPN submitted.",
        "Keeley; Jordan; Idris; Tayla",
        "R05",
    ),
    (
        CSC,
        "2025-10-21",
        "Police Protection Notice received re domestic incident at home address early hours of Saturday 18 October, verbal only, children present asleep. Previous MASH contact noted (Sept). RAG amber. Outcome: letter to mother, information to health visitor and nursery. NFA by MASH.",
        "Keeley; Jordan; Idris; Tayla",
        "R05",
    ),
    (
        HV,
        "2025-10-23",
        "MASH notification: police attended DA incident at home address 18.10, verbal argument between mum and partner, both children in house. Plan: discuss at next contact, DA routine enquiry.",
        "Keeley; Jordan; Idris",
        "R05",
    ),
    # R06 999 call for the baby, not conveyed; the patient report form reaches the GP a week later
    (
        AMB,
        "2025-10-27 03:15",
        "999 call Cat 3. Infant 7/52 'breathing funny' per mother. On arrival pt alert, RR 44, SpO2 98%, no resp distress, nil rash. Mother and male partner present. Advice given, not conveyed. Worsening care advice. PRF copy to GP.",
        "Idris; Keeley",
        "R06",
    ),
    (
        GP,
        "2025-11-03",
        "Ambulance PRF received re 999 call 27/10/25 - infant with noisy breathing, seen at home, not conveyed. For info.",
        "Idris",
        "R06",
    ),
    # R07 the collapse: 999, ED, CT, admission, EDT and police told the same day, discharge summary to GP
    (
        AMB,
        "2025-11-08 06:12",
        "999 Cat 2: 9/52 infant floppy, not feeding, vomited x3. On arrival pt pale, drowsy, fontanelle full. Mother states baby 'went limp' in cot. Partner present. Blue light to Riverside ED, pre-alert given.",
        "Idris; Keeley; Jordan",
        "R07",
    ),
    (
        HOSP,
        "2025-11-08 06:41",
        "ED: BIBA. 9 week old male, reduced consciousness, vomiting, bulging AF. GCS 11. No history of trauma offered. CT head: bilateral subdural haematomas of differing density. Paediatric and safeguarding teams informed. Admitted to PICU for observation.",
        "Idris; Keeley",
        "R07",
    ),
    (
        HOSP,
        "2025-11-08 10:30",
        "Paediatric consultant review (Dr Ortega): unexplained SDH in non-mobile infant, possible retinal haemorrhages - ophthalmology requested. Safeguarding concern: police and children's social care (out of hours) informed by phone. Parents not to be left alone with baby.",
        "Idris; Dr Ortega; Keeley; Jordan",
        "R07",
    ),
    (
        CSC,
        "2025-11-08 11:05",
        "EDT: call from Dr Ortega, Riverside, re 9-week-old admitted via A&E this morning with bleeding on the brain, no explanation. Mother and partner at hospital. Sibling Tayla to stay with MGM Bernadette Dawson overnight under safety plan agreed with mother. Passed to day team for strategy discussion Monday.",
        "Idris; Tayla; Keeley; Bernadette",
        "R07",
    ),
    (
        POL,
        "2025-11-08 11:20",
        "Report from Riverside General: 9 wk old in PICU with SDH, suspected NAI. Referred to CAIU. Scene at 14 Calder Walk secured pending review, photographs taken. Mother and partner spoken to at hospital, first accounts recorded.",
        "Idris; Keeley; Jordan",
        "R07",
    ),
    (
        GP,
        "2025-12-02",
        "Discharge summary from Riverside paediatrics: admitted 08/11/25 via ED, SDH bilateral, retinal haemorrhages R eye, healing posterior rib fractures L 5-7 on skeletal survey. Discharged 21/11 to foster care. Under safeguarding, CP plan. Read coded.",
        "Idris",
        "R07",
    ),
    # R08 strategy discussion on Monday; HV and GP file the minutes days later
    (
        CSC,
        "2025-11-10 10:00",
        "Strategy discussion. Present: SW Corcoran, TM Pryce, DC Venkatesan, Dr Ortega, Named Nurse Keane, HV Adebayo. GP information by email. Threshold for section 47 enquiries met for Idris and Tayla. Joint investigation. Skeletal survey and ophthalmology today. Tayla to remain with MGM.",
        "Idris; Tayla; Niamh; Gareth Pryce; DC Venkatesan; Dr Ortega; Siobhan; HV Adebayo",
        "R08",
    ),
    (
        POL,
        "2025-11-10 10:00",
        "Strat disc attended. S47 joint, CAIU lead DC 4471. Suspects: Keeley Dawson, Jordan Whitlock. Actions: scene review, interview plan, phones to be seized.",
        "Keeley; Jordan; DC 4471",
        "R08",
    ),
    (
        HOSP,
        "2025-11-10 10:00",
        "Safeguarding: Named Nurse attended multi-agency strategy meeting with Dr Ortega by Teams. CP medical and skeletal survey today, ophthalmology exam booked.",
        "Idris; Siobhan; Dr Ortega",
        "R08",
    ),
    (
        HV,
        "2025-11-14",
        "Minutes of strat meeting 10.11.25 received from CSC and scanned to both children's records. S47 ongoing.",
        "Idris; Tayla",
        "R08",
    ),
    (
        GP,
        "2025-11-17",
        "Strategy meeting minutes (10/11/25) rec'd from children's services. Child protection enquiry under way. Alerts added to Idris and Tayla.",
        "Idris; Tayla",
        "R08",
    ),
    # R09 consultant rings police and social worker with the skeletal survey result
    (
        HOSP,
        "2025-11-11 16:20",
        "Skeletal survey reported: healing fractures of left posterior ribs 5, 6 and 7, estimated 2-4 weeks old. Dr Ortega informed DC Venkatesan and SW Corcoran by telephone.",
        "Idris; Dr Ortega; DC Venkatesan; Niamh",
        "R09",
    ),
    (
        POL,
        "2025-11-11 16:35",
        "Call from consultant paediatrician: x-rays show old rib fractures, healing, 2-4 wks. Injury timeline now predates 08/11. Arrest strategy brought forward.",
        "Idris; Dr Ortega",
        "R09",
    ),
    (
        CSC,
        "2025-11-11 16:50",
        "Telephone call from Dr Ortega: skeletal survey shows three older rib fractures. Informed TM. Mother's contact to remain supervised on ward.",
        "Idris; Dr Ortega; TM Pryce",
        "R09",
    ),
    # R10 joint home visit to the sibling at grandmother's
    (
        CSC,
        "2025-11-11 13:30",
        "JV with police to MGM's address to see Tayla. Tayla playing, chatty, no marks seen. MGM aware of safety plan and agrees Keeley and Jordan not to stay overnight.",
        "Tayla; Bernadette; Niamh; DC Venkatesan",
        "R10",
    ),
    (
        POL,
        "2025-11-11 13:30",
        "Joint home visit with SW Corcoran to sibling (3 yrs) at grandmother's. Child seen, no visible injuries. Too young for ABE.",
        "Tayla; Bernadette; SW Corcoran",
        "R10",
    ),
    # R11 sibling's child protection medical
    (
        HOSP,
        "2025-11-12 14:00",
        "CP medical - sibling, 3y F. Brought by MGM and SW. Full exam: no bruising or injury. Growth 50th centile. Skeletal survey not indicated (age). Report to follow.",
        "Tayla; Bernadette; Niamh",
        "R11",
    ),
    (
        CSC,
        "2025-11-12 16:00",
        "Tayla seen at Riverside for child protection medical. No injuries found. Paediatrician's report to follow.",
        "Tayla; Niamh",
        "R11",
    ),
    # R12 arrests; CSC told next morning
    (
        POL,
        "2025-11-12 07:05",
        "Keeley Dawson and Jordan Whitlock arrested at home address on suspicion of GBH with intent / child cruelty. Interviewed under caution: both deny, both say the other was caring for baby overnight. Released on pre-charge bail, conditions: no unsupervised contact with any child under 16.",
        "Keeley; Jordan; DC Venkatesan",
        "R12",
    ),
    (
        CSC,
        "2025-11-13 09:15",
        "Update from DC Venkatesan: mother and partner arrested yesterday, both bailed with condition of no unsupervised contact with children. Plan for Idris on discharge to be foster care - legal planning meeting requested.",
        "Keeley; Jordan; DC Venkatesan",
        "R12",
    ),
    # R13 discharge from hospital to foster care; HV told three days later
    (
        HOSP,
        "2025-11-21 11:40",
        "Discharged from ward 22 into care of foster carer with SW present. Follow-up: ophthalmology OPD 2 wks, neurosurgical review 6 wks, HV and GP informed by discharge summary.",
        "Idris; Mrs Achterberg; Niamh",
        "R13",
    ),
    (
        CSC,
        "2025-11-21 12:00",
        "Idris collected from the ward with foster carer Lorraine Achterberg under section 20 agreement signed by mother. Placement visit completed, settling well.",
        "Idris; Lorraine Achterberg; Keeley; Niamh",
        "R13",
    ),
    (
        HV,
        "2025-11-24",
        "Tel from SW Corcoran: baby discharged from hosp Fri 21.11 to foster placement in area (Mrs Achterberg). Transfer to foster carer's address, visit booked.",
        "Idris; SW Corcoran; Mrs Achterberg",
        "R13",
    ),
    # R14 initial child protection conference; GP files the minutes eleven days later
    (
        CSC,
        "2025-11-28 10:00",
        "Initial child protection conference. Chair: independent reviewing officer. Idris and Tayla made subject to child protection plans, category physical abuse. Core group date set 10 December. Mother and Jordan attended with solicitor.",
        "Idris; Tayla; Keeley; Jordan; Niamh",
        "R14",
    ),
    (
        POL,
        "2025-11-28 10:00",
        "Attended ICPC. Police report submitted. Investigation ongoing, both parties on bail. Both children now subject to CP plans.",
        "Idris; Tayla; DC Venkatesan",
        "R14",
    ),
    (
        HV,
        "2025-11-28 10:00",
        "Attended CP conf for Idris and Tayla. Both made subject to CP plans (physical abuse). HV actions: weekly contact with foster carer, developmental review.",
        "Idris; Tayla; HV Adebayo",
        "R14",
    ),
    (
        GP,
        "2025-12-09",
        "ICPC minutes received: Idris and Tayla on CP plans, category physical. Coded, added to family record.",
        "Idris; Tayla",
        "R14",
    ),
    # R15 ophthalmology clinic; the letter reaches CSC and the GP later
    (
        HOSP,
        "2025-12-01 09:30",
        "Paediatric ophthalmology OPD: R retinal haemorrhages resolving, L clear. Brought by foster carer. Review 3 months. Letter to GP and SW.",
        "Idris; Mrs Achterberg",
        "R15",
    ),
    (
        CSC,
        "2025-12-10",
        "Letter received from Riverside eye clinic (appointment 1 December): bleeding at the back of the right eye is clearing. Further review in three months.",
        "Idris",
        "R15",
    ),
    (
        GP,
        "2025-12-12",
        "Clinic letter - paed ophthalmology 01/12/25: resolving retinal haemorrhages R eye, r/v 3/12.",
        "Idris",
        "R15",
    ),
    # R16 mother's overdose: ambulance, ED, GP letter nine days later
    (
        AMB,
        "2025-12-06 22:48",
        "Cat 2: F 21 reported taken approx 20 x sertraline 50mg and alcohol, called by her mother. Pt alert, tearful, states 'they took my baby'. Conveyed to Riverside ED.",
        "Keeley; Bernadette",
        "R16",
    ),
    (
        HOSP,
        "2025-12-06 23:20",
        "ED: intentional overdose sertraline with alcohol. Obs stable. ECG NAD. Seen by mental health liaison next morning; no ongoing intent, discharged to MGM's with crisis team follow-up. Children already on CP plans - SW to be informed.",
        "Keeley; Bernadette",
        "R16",
    ),
    (
        GP,
        "2025-12-15",
        "A&E letter: Keeley attended 06/12 with deliberate OD sertraline + alcohol. D/c with crisis team f/u. For GP review and medication review.",
        "Keeley",
        "R16",
    ),
    (
        CSC,
        "2025-12-08",
        "Email from Riverside safeguarding team: mother attended the Emergency Department late on Saturday after taking an overdose, discharged to grandmother's address. Mother has had no unsupervised contact. Tayla remains with MGM - safety plan reviewed.",
        "Keeley; Bernadette; Tayla",
        "R16",
    ),
    # R18 police request for medical records, answered by the surgery five days later
    (
        POL,
        "2025-12-12 11:00",
        "Request for medical records (infant and mother, Oct-Nov 2025) sent to Orchard Lane Surgery with signed consent from mother, for expert on timing of injuries.",
        "Idris; Keeley; DC Venkatesan",
        "R18",
    ),
    (
        GP,
        "2025-12-17",
        "Request from police (DC 4471) for medical records of Idris and Keeley, consent form attached. Checked by Dr W - disclosed by secure email.",
        "Idris; Keeley; DC 4471; Dr W",
        "R18",
    ),
    # R17 first core group
    (
        CSC,
        "2025-12-10 14:00",
        "First core group meeting. Present: SW, HV, foster carer, MGM, mother. Plan reviewed: supervised contact three times weekly, parenting assessment referral, mother's GP to review mental health.",
        "Idris; Tayla; Keeley; Bernadette; Mrs Achterberg",
        "R17",
    ),
    (
        HV,
        "2025-12-10 14:00",
        "Core group. Attended. Idris' weight 5.02kg (25th). HV to continue weekly visits to foster carer, ASQ at 4 months.",
        "Idris; Mrs Achterberg; Funke",
        "R17",
    ),
]

R_NEGATIVES = [
    # same-day or next-day happenings about the same people that are not the events above
    (
        MAT,
        "2025-09-04 09:00",
        "Postnatal ward round. Baby feeding well, mother mobilising. Newborn examination (NIPE) normal.",
        "Idris; Keeley",
        None,
    ),
    (
        MAT,
        "2025-09-05 13:00",
        "Discharged home from postnatal ward. Community midwife visit tomorrow.",
        "Idris; Keeley",
        None,
    ),
    (
        MAT,
        "2025-09-06 10:30",
        "Day 3 home visit. Weight 3.05kg (5% loss). Feeding support given. Partner Jordan present and supportive.",
        "Idris; Keeley; Jordan; Hannah",
        None,
    ),
    (
        HV,
        "2025-09-08",
        "Tayla 3y: letter sent re 3-year review clinic 18.09 (sibling recently born).",
        "Tayla; Keeley",
        None,
    ),
    (
        MAT,
        "2025-09-10 11:00",
        "Day 7 visit. Newborn blood spot taken. Weight 3.18kg. Mum low but not tearful, EPDS 8.",
        "Idris; Keeley; CMW Lindqvist",
        None,
    ),
    (
        HV,
        "2025-09-24 10:00",
        "New birth visit. Home clean, cot in parents' room. Mum breastfeeding. Partner Jordan present throughout, answered questions for mum. DA routine enquiry not possible. Weight 3.52kg.",
        "Idris; Keeley; Jordan",
        None,
    ),
    (
        HV,
        "2025-10-08 10:15",
        "Clinic weight check: 4.08kg. Feeding well. Small mark L cheek noted - see separate entry.",
        "Idris; Keeley",
        None,
    ),
    (
        GP,
        "2025-10-09 09:20",
        "Seen with mum: faint yellowish mark L cheek <1cm. Mum says sister dropped a toy on him. Baby well, alert, no other marks. Advised. Safety-net.",
        "Idris; Keeley",
        None,
    ),
    (
        HV,
        "2025-10-09",
        "Tel to mum re feeding pattern: 4 hourly, settled. Mum says baby seen at GP today and 'all fine'.",
        "Idris; Keeley",
        None,
    ),
    (
        POL,
        "2025-10-21 14:00",
        "Intelligence log: Jordan Whitlock seen driving vehicle VW Golf, no insurance marker. Stop not made.",
        "Jordan",
        None,
    ),
    (
        GP,
        "2025-10-28 16:10",
        "Seen with mother after ambulance call yesterday: noisy breathing resolved, chest clear, feeding ok. Likely URTI. Safety-netted.",
        "Idris; Keeley",
        None,
    ),
    (
        GP,
        "2025-10-30 10:00",
        "8/52 baby check and 1st imms (6-in-1, MenB, rotavirus). Weight 4.61kg. NAD. Mother's 6/52 PN check same appt - mood 'fine'.",
        "Idris; Keeley",
        None,
    ),
    (
        HOSP,
        "2025-11-09 09:00",
        "PICU ward round: GCS 15, feeding via NG, no seizures. Neurosurgical opinion: conservative management. Mother and partner visiting, supervised by nursing staff.",
        "Idris; Keeley; Jordan",
        None,
    ),
    (
        HOSP,
        "2025-11-10 15:00",
        "Ward 22 (stepped down from PICU). Feeding orally. Ophthalmology: retinal haemorrhages right eye. Father Yusuf Mahmoud visited for first time, supervised.",
        "Idris; Yusuf",
        None,
    ),
    (
        CSC,
        "2025-11-10 15:30",
        "Management oversight by TM: strategy decision reviewed and agreed. Assessment timescales set. Legal advice to be sought.",
        "Idris; TM Pryce",
        None,
    ),
    (
        GP,
        "2025-11-10 09:40",
        "Email from children's services requesting information for strategy discussion. Summary of Idris's and Tayla's records sent same day.",
        "Idris; Tayla",
        None,
    ),
    (
        HOSP,
        "2025-11-12 11:00",
        "Ward: mother's visit cancelled by SW due to arrest this morning. Baby settled.",
        "Idris",
        None,
    ),
    (
        CSC,
        "2025-11-12 10:00",
        "Phone call from Yusuf Mahmoud, Idris's father, asking to be assessed as a carer. Explained process, viability assessment to be booked.",
        "Yusuf; Idris",
        None,
    ),
    (
        HOSP,
        "2025-11-13 13:00",
        "Internal safeguarding MDT (paediatrics, named nurse, ward manager) - review of visiting arrangements and documentation of injuries. No change.",
        "Idris; Siobhan; Dr Ortega",
        None,
    ),
    (
        POL,
        "2025-11-17 10:00",
        "CAIU review of investigation. Phones of both suspects submitted for download. Expert opinion on timing of injuries requested.",
        "Keeley; Jordan",
        None,
    ),
    (
        GP,
        "2025-11-24 11:00",
        "Report for initial child protection conference completed and emailed to CSC conference team. GP unable to attend.",
        "Idris; Tayla; Keeley",
        None,
    ),
    (
        HV,
        "2025-11-28 15:30",
        "Home visit to foster carer. Idris 4.72kg. Feeding well, smiling. FC reports good sleep.",
        "Idris; Mrs Achterberg",
        None,
    ),
    (
        GP,
        "2025-11-28 11:30",
        "Keeley Dawson seen: low mood, poor sleep since baby removed. PHQ-9 17. Sertraline 50mg started. Crisis numbers given. R/v 2/52.",
        "Keeley",
        None,
    ),
    (
        CSC,
        "2025-12-02 10:00",
        "Letter sent to mother confirming the outcome of the initial child protection conference and the date of the first core group.",
        "Keeley; Idris; Tayla",
        None,
    ),
    (
        POL,
        "2025-12-06 19:00",
        "Bail check: Jordan Whitlock at bail address, compliant.",
        "Jordan",
        None,
    ),
    (
        HV,
        "2025-12-08",
        "Tayla 3y review at MGM's: speech delayed, referral to SALT. MGM tired but coping.",
        "Tayla; Bernadette",
        None,
    ),
    (
        GP,
        "2025-12-10 09:10",
        "Idris seen with foster carer: cough and coryza 2/7. Chest clear. Fluids advice.",
        "Idris; Mrs Achterberg",
        None,
    ),
    (
        AMB,
        "2025-12-20 21:30",
        "Cat 3: F 21 panic attack, hyperventilating. Pt calmed, obs normal. Not conveyed, referred to GP. Mother (pt's) present.",
        "Keeley; Bernadette",
        None,
    ),
    (
        POL,
        "2025-12-20 16:00",
        "Report from Keeley Dawson that Jordan Whitlock has sent her messages blaming her for the baby's injuries. Screenshots obtained, passed to OIC.",
        "Keeley; Jordan",
        None,
    ),
    (
        CSC,
        "2025-12-22 14:00",
        "Second core group - HV unable to attend, update by email. Contact sessions going well. Parenting assessment started.",
        "Idris; Keeley; Mrs Achterberg",
        None,
    ),
    (
        HV,
        "2025-12-22 10:00",
        "Weekly home visit to foster carer. Weight 5.31kg. Neuro review at 6 wks confirmed for 02.01.",
        "Idris; Mrs Achterberg",
        None,
    ),
    (
        CSC,
        "A:2025-11-15:2025-11-30:mid to late November 2025 (approx.)",
        "Viability assessment of father Yusuf Mahmoud started (dates of sessions not recorded).",
        "Yusuf; Idris",
        None,
    ),
    (
        POL,
        "M:2025-12",
        "Case file review by DI: investigation into injuries to infant ongoing, expert report awaited.",
        "Idris; Keeley; Jordan",
        None,
    ),
]

R_POOLS = {
    CSC: [
        (
            "Supervised contact at family centre: mother attended, warm and attentive with Idris.",
            "Idris; Keeley",
        ),
        (
            "Supervised contact: mother arrived {n} minutes late, contact otherwise positive.",
            "Idris; Keeley",
        ),
        (
            "Statutory visit to foster placement. Idris seen, settled. Foster carer has no concerns.",
            "Idris; Mrs Achterberg",
        ),
        (
            "Supervision with TM: case discussed, care planning and court timescales.",
            "Niamh; TM Pryce",
        ),
        (
            "Visit to Tayla at MGM's. Tayla seen alone, playing. MGM asked about financial support.",
            "Tayla; Bernadette",
        ),
        (
            "Telephone call with MGM re nursery place for Tayla. Agreed to apply for funding.",
            "Bernadette; Tayla",
        ),
        ("Session with mother for parenting assessment: routines and safe sleep.", "Keeley"),
        ("!Case note: chronology updated and genogram completed.", "Idris; Tayla"),
        (
            "!Telephone call from mother asking for extra contact at Christmas. Discussed with TM.",
            "Keeley; Idris",
        ),
        (
            "Foster carer's supervising social worker: placement stable, respite not needed.",
            "Mrs Achterberg",
        ),
        (
            "!Legal gateway meeting: PLO pre-proceedings agreed; letter before proceedings to mother.",
            "Keeley; Idris",
        ),
        (
            "Email from foster carer: Idris rolling onto his side and more vocal; contact notes attached.",
            "Mrs Achterberg; Idris",
        ),
    ],
    POL: [
        (
            "!PNC and intelligence checks completed on household members for CAIU file.",
            "Keeley; Jordan",
        ),
        (
            "OIC update to victim's representative (SW) by email: investigation ongoing.",
            "SW Corcoran",
        ),
        ("!Witness statement taken from neighbour at 12 Calder Walk.", ""),
        ("Bail conditions check: Keeley Dawson at home address, compliant.", "Keeley"),
        ("!Digital forensic request chased for both suspects' phones.", "Keeley; Jordan"),
        ("!House-to-house enquiries completed Calder Walk, no further witnesses.", ""),
        ("Bail conditions check: Jordan Whitlock at bail address, compliant.", "Jordan"),
        (
            "!Statement taken from MGM Bernadette Dawson regarding care arrangements in October.",
            "Bernadette",
        ),
    ],
    GP: [
        ("Repeat prescription issued: sertraline 50mg, 7 days only (weekly supply).", "Keeley"),
        (
            "Keeley Dawson tel consultation: mood slightly better, sleeping {n} hrs. Continue.",
            "Keeley",
        ),
        (
            "Tayla seen: ear pain 2/7, L TM red. Amoxicillin. Brought by grandmother.",
            "Tayla; Bernadette",
        ),
        (
            "Bernadette Dawson seen: back pain, stress from caring for granddaughter. Naproxen.",
            "Bernadette",
        ),
        (
            "Jordan Whitlock seen: insomnia, requests sleeping tablets. Declined, sleep hygiene advice.",
            "Jordan",
        ),
    ],
    HV: [
        (
            "Home visit to foster carer. Weight plotted in red book, gaining along centile. Idris alert, tracking, smiling.",
            "Idris; Mrs Achterberg",
        ),
        ("Tel from FC re reflux: advice on positioning and feeds given.", "Mrs Achterberg; Idris"),
        (
            "Supervision with safeguarding nurse re Idris and Tayla. Actions reviewed.",
            "Idris; Tayla",
        ),
        ("Tel contact with MGM re Tayla's sleep and toileting. Advice given.", "Bernadette; Tayla"),
        ("Clinic attendance (Tayla) - height and weight, 40th centile.", "Tayla; Bernadette"),
        ("Safe sleep and sibling supervision advice given to MGM by phone.", "Bernadette"),
        (
            "Tel to FC: Idris fed {n} times overnight, settled. Weekly visit confirmed.",
            "Mrs Achterberg; Idris",
        ),
    ],
    HOSP: [
        ("Ward round: Idris feeding {n}oz 3-hourly, observations stable.", "Idris"),
        ("Ward: supervised visit by mother, nursing staff present throughout.", "Idris; Keeley"),
        (
            "Neurosurgical review on ward: no intervention needed, repeat imaging in 2 weeks.",
            "Idris",
        ),
        ("Ward: MGM visited, held baby, appropriate.", "Idris; Bernadette"),
    ],
}

# ---------------------------------------------------------------------------------------------
# Case S: fifteen-year-old, criminal exploitation and missing episodes
# ---------------------------------------------------------------------------------------------

S_PEOPLE = [
    ("Dariusz Kaminski", ["Darek", "Dariusz", "DK"], "Child D", "child"),
    ("Maja Kaminska", ["Maja"], "Child M", "child"),
    ("Agnieszka Kaminska", ["Agnieszka", "Ms Kaminska", "mum"], "Mother", "parent"),
    ("Leon Fitzgerald", ["Leon", "Fitz"], "Older associate (19)", "other_adult"),
    ("Tyrese Bamford", ["Tyrese"], "Peer (15)", "child"),
    ("Chidi Okafor", ["SW Okafor", "Chidi"], "Social worker", "professional"),
    ("Rhiannon Pugh", ["Rhiannon", "YOT worker Pugh"], "Youth justice worker", "professional"),
    (
        "Imran Qureshi",
        ["Mr Qureshi", "DSL Qureshi"],
        "Designated safeguarding lead",
        "professional",
    ),
    (
        "Eilidh MacLeod",
        ["Eilidh", "CAMHS practitioner MacLeod"],
        "CAMHS practitioner",
        "professional",
    ),
    ("Sunita Bains", ["Ms Bains"], "Housing officer", "professional"),
    ("Marguerite Fontaine", ["DS Fontaine"], "Police exploitation lead", "professional"),
    ("Aaron Lindgren", ["PC Lindgren", "SSO Lindgren"], "Safer schools officer", "professional"),
]

S_POL, S_CSC, S_SCH, S_YOT, S_CAMHS, S_HOUS = (
    "Police",
    "Children's Social Care",
    "Hollins Park Academy",
    "Youth Justice Service",
    "CAMHS",
    "Housing Options",
)
S_AGENCIES = [
    (S_POL, "police", "police"),
    (S_CSC, "social_care", "csc"),
    (S_SCH, "education", "school"),
    (S_YOT, "other", "health"),
    (S_CAMHS, "health", "gp"),
    (S_HOUS, "other", "iso"),
]

S_EVENTS = [
    # S01 first missing episode (Friday night to Sunday), told to CSC and school on Monday
    (
        S_POL,
        "2025-01-17 22:10",
        "MISPER: Dariusz Kaminski 15M reported missing by mother, not returned from school. Medium risk. Phone off. Known to associate with older males.",
        "Darek; Agnieszka",
        "S01",
    ),
    (
        S_POL,
        "2025-01-19 15:40",
        "MISPER found: DK located by BTP at Westmere station with 19yo male (Leon Fitzgerald). Returned home by officers. £180 cash and 2 phones in possession. Safe and well check done.",
        "Darek; Leon",
        "S01",
    ),
    (
        S_CSC,
        "2025-01-20",
        "Missing notification from police: Dariusz missing from Friday evening to Sunday afternoon, found in Westmere with an older male, carrying cash and two phones. Return home interview to be offered.",
        "Darek",
        "S01",
    ),
    (
        S_SCH,
        "2025-01-20",
        "Mum phoned attendance line: Darek not in today, was missing all weekend and police found him yesterday. Passed to DSL.",
        "Darek; Agnieszka",
        "S01",
    ),
    # S02 school referral to MASH, logged by the front door two days later
    (
        S_SCH,
        "2025-01-21 12:30",
        "DSL referral to MASH via portal: CE concerns - new clothes and phones, cash, seen getting into cars after school, missing episode at weekend, decline in attendance (82%).",
        "Darek; DSL Qureshi",
        "S02",
    ),
    (
        S_CSC,
        "2025-01-23",
        "Contact received from Hollins Park Academy designated safeguarding lead: concerns Dariusz is being criminally exploited. Read with police missing notification. Progress to strategy discussion.",
        "Darek; Mr Qureshi",
        "S02",
    ),
    # S03 strategy discussion; the school files the minutes four days later
    (
        S_CSC,
        "2025-01-27 14:00",
        "Strategy discussion: CSC, police (DS Fontaine), school DSL. Risk of child criminal exploitation. Section 47 threshold not met; child and family assessment under s17 (child in need). Police to consider NRM. Disruption: Leon Fitzgerald.",
        "Darek; Leon; DS Fontaine; Mr Qureshi; Chidi",
        "S03",
    ),
    (
        S_POL,
        "2025-01-27 14:00",
        "Strategy meeting re DK (CCE). Police actions: intel submission re Fitzgerald, disruption, MISPER flag. NRM to be considered after next contact.",
        "Darek; Leon; DS Fontaine",
        "S03",
    ),
    (
        S_SCH,
        "2025-01-31",
        "Minutes from strat meeting 27.01 received from SW Okafor, saved on CPOMS. Actions for school: daily check-in, report lates to SW.",
        "Darek; SW Okafor",
        "S03",
    ),
    # S04 arrest in possession; EDT worker acts as appropriate adult
    (
        S_POL,
        "2025-02-14 17:45",
        "DK 15M stopped Greyfriars estate (S&S, s23 MDA). 8 wraps suspected crack cocaine, £340 cash. Arrested PWITS. Mother not contactable; AA requested via EDT. Interviewed, no comment. RUI.",
        "Darek",
        "S04",
    ),
    (
        S_CSC,
        "2025-02-14 20:30",
        "EDT: request from custody for an appropriate adult for Dariusz Kaminski (15), arrested for possession with intent. Mother not answering. EDT worker attended custody as AA for interview. Released under investigation to mother at 23:40.",
        "Darek; Agnieszka",
        "S04",
    ),
    # S05 NRM referral sent by police, acknowledged by CSC days later
    (
        S_POL,
        "2025-02-17",
        "NRM referral submitted (first responder DS Fontaine) for DK - child criminal exploitation, county lines.",
        "Darek; DS Fontaine",
        "S05",
    ),
    (
        S_CSC,
        "2025-02-20",
        "National Referral Mechanism referral made by police on 17 February acknowledged; copy on file. Reasonable grounds decision awaited.",
        "Darek",
        "S05",
    ),
    # S06 child in need meeting
    (
        S_CSC,
        "2025-02-26 15:30",
        "Child in need meeting at school. Darek, mother, DSL, SW. CIN plan agreed: mentoring referral, school transport, CAMHS referral to be considered.",
        "Darek; Agnieszka; Mr Qureshi; Chidi",
        "S06",
    ),
    (
        S_SCH,
        "2025-02-26 15:30",
        "CIN mtg held in school (SW Okafor, mum, DK). School to provide mentor and lunchtime club.",
        "Darek; Agnieszka; SW Okafor",
        "S06",
    ),
    # S07 knife found in school; suspension; police told the same day, CSC the next
    (
        S_SCH,
        "2025-03-05 10:15",
        "Lock knife found in DK's blazer after search (head of year, DSL). Police SSO called. Suspension 5 days. Mum collected him.",
        "Darek; Agnieszka; SSO Lindgren",
        "S07",
    ),
    (
        S_POL,
        "2025-03-05 10:50",
        "Report from Hollins Park Academy: bladed article (lock knife 3 inch) found on pupil 15M. Item seized by PC Lindgren. Voluntary interview to be arranged.",
        "Darek; PC Lindgren",
        "S07",
    ),
    (
        S_CSC,
        "2025-03-06",
        "Email from DSL: Dariusz suspended for five days after a knife was found in his pocket yesterday; police attended.",
        "Darek; Mr Qureshi",
        "S07",
    ),
    # S08 reasonable grounds letter received by police and by CSC
    (
        S_POL,
        "2025-03-10",
        "NRM: positive reasonable grounds decision received from SCA for DK.",
        "Darek",
        "S08",
    ),
    (
        S_CSC,
        "2025-03-12",
        "Letter from the Single Competent Authority: positive reasonable grounds decision for Dariusz (victim of modern slavery - criminal exploitation).",
        "Darek",
        "S08",
    ),
    # S09 second missing episode (weekend), picked up Monday
    (
        S_POL,
        "2025-03-22 01:30",
        "MISPER DK - high risk (CCE, RG decision). Last seen 19:00 with Tyrese Bamford. Cell site enquiries.",
        "Darek; Tyrese",
        "S09",
    ),
    (
        S_POL,
        "2025-03-23 21:15",
        "MISPER returned: DK walked into Westmere police station. Tired, hungry, would not say where he had been. Debrief declined.",
        "Darek",
        "S09",
    ),
    (
        S_CSC,
        "2025-03-24",
        "Police notification: Darek missing again over the weekend (Saturday 1am to Sunday evening), high risk. Returned himself to a police station in Westmere.",
        "Darek",
        "S09",
    ),
    (
        S_YOT,
        "2025-03-24",
        "Police notification re DK missing 22-23/03 (shared as RUI case open to YJS for prevention). RHI by CSC.",
        "Darek",
        "S09",
    ),
    # S10 school referral to CAMHS, triaged a week later
    (
        S_SCH,
        "2025-04-02",
        "Referral to CAMHS single point of access completed by DSL with mum's consent - low mood, poor sleep, cannabis use, says 'nothing matters'.",
        "Darek; Agnieszka; DSL Qureshi",
        "S10",
    ),
    (
        S_CAMHS,
        "2025-04-09",
        "SPA: referral rec'd from school DSL (Mr Qureshi) - low mood, sleep, cannabis. Triaged: routine, choice appt to be offered. Consent confirmed with mother.",
        "Darek; Mr Qureshi; Ms Kaminska",
        "S10",
    ),
    # S11 charge; YJS notified next day
    (
        S_POL,
        "2025-04-16",
        "DK charged PWITS class A (offence 14/02/25). Bailed to appear Westmere Youth Court 07/05/25.",
        "Darek",
        "S11",
    ),
    (
        S_YOT,
        "2025-04-17",
        "Notification of charge from police: PWITS (Feb offence), first appearance youth court 07-May. Allocated to Rhiannon. Pre-sentence work to start.",
        "Darek; Rhiannon",
        "S11",
    ),
    # S12 youth court: guilty plea, referral order
    (
        S_YOT,
        "2025-05-07",
        "Court duty: DK appeared Westmere Youth Court with mum. Pleaded guilty. Referral order 9 months. Panel to be arranged within 20 working days.",
        "Darek; Agnieszka; Rhiannon",
        "S12",
    ),
    (
        S_CSC,
        "2025-05-08",
        "Email from YOT worker Rhiannon Pugh: referral order of 9 months made yesterday at youth court. NRM decision was raised by defence.",
        "Darek; Rhiannon",
        "S12",
    ),
    (
        S_POL,
        "2025-05-09",
        "Court result entered: DK 07/05/25 Westmere YC - PWITS - referral order 9 months. Drugs and cash forfeited.",
        "Darek",
        "S12",
    ),
    # S13 CAMHS choice appointment; letter filed by school
    (
        S_CAMHS,
        "2025-05-15 16:00",
        "Choice appt with DK and mum. Low mood, sleep onset 3-4am, cannabis daily. No SH. Offer: 6 sessions with Eilidh. Letter to referrer and GP.",
        "Darek; Agnieszka; Eilidh",
        "S13",
    ),
    (
        S_SCH,
        "2025-05-22",
        "Letter received from CAMHS following Darek's appointment on 15.05: offered 6 sessions. Shared with pastoral team.",
        "Darek",
        "S13",
    ),
    # S14 referral order panel
    (
        S_YOT,
        "2025-05-29 17:00",
        "Referral order initial panel. Contract agreed: 2 sessions/week, reparation, ETE with school, victim awareness, CCE work. SW attended.",
        "Darek; Agnieszka; Rhiannon; SW Okafor",
        "S14",
    ),
    (
        S_CSC,
        "2025-05-29 17:00",
        "Attended Darek's youth offending panel with mother. Contract signed. Agreed YOT and CSC visits to be coordinated.",
        "Darek; Agnieszka; Chidi",
        "S14",
    ),
    # S15 YJS and CAMHS practitioners share information by phone
    (
        S_YOT,
        "2025-06-03 12:00",
        "T/C with Eilidh: D attending sessions, sleep diary started, cannabis down. Agreed to share session dates to avoid clashes.",
        "Darek; Eilidh",
        "S15",
    ),
    (
        S_CAMHS,
        "2025-06-03 12:00",
        "Tel call from Rhiannon (youth justice) re joint working. DK engaging. Consent for info sharing in place.",
        "Darek; Rhiannon",
        "S15",
    ),
    # S16 multi-agency child exploitation panel
    (
        S_POL,
        "2025-06-12 10:00",
        "MACE meeting - DK and TB discussed. Greyfriars House identified as location of concern. Police to apply for CBO re Fitzgerald, housing liaison.",
        "Darek; Tyrese; Leon; DS Fontaine",
        "S16",
    ),
    (
        S_CSC,
        "2025-06-12 10:00",
        "Multi-Agency Child Exploitation panel. Dariusz remains at high risk. Family's flat at Greyfriars House visited by older males at night. Housing to consider management move.",
        "Darek; Agnieszka; Leon; Chidi",
        "S16",
    ),
    (
        S_HOUS,
        "2025-06-12 10:00",
        "Attended child exploitation panel (MACE) re Ms Kaminska's son. Asked to consider management transfer on safeguarding grounds. Application pack to be sent.",
        "Agnieszka; Darek; Ms Bains",
        "S16",
    ),
    (
        S_YOT,
        "2025-06-12 10:00",
        "MACE - DK. Risk high. YOT: continue CCE sessions, share intel.",
        "Darek; Rhiannon",
        "S16",
    ),
    # S17 supporting letter for a management move, received ten days later
    (
        S_CSC,
        "2025-06-20",
        "Letter of support sent to Housing Options for management transfer: family at risk at current address due to exploitation of Dariusz.",
        "Darek; Agnieszka; Ms Bains",
        "S17",
    ),
    (
        S_HOUS,
        "2025-06-30",
        "Supporting letter from children's social care rec'd (dated 20/06). Management transfer application for Kaminska household now complete; to panel.",
        "Agnieszka; Chidi",
        "S17",
    ),
    # S18 stabbing on a Saturday night; EDT, school and YJS told, strategy meeting Monday separate
    (
        S_POL,
        "2025-07-12 23:05",
        "Report of stabbing Greyfriars estate. Victim DK 15M, stab wound L thigh. Conveyed to Westmere General by ambulance. Crime scene. Victim not cooperating with account.",
        "Darek",
        "S18",
    ),
    (
        S_CSC,
        "2025-07-13 00:30",
        "EDT: call from police - Dariusz stabbed in the leg tonight, at Westmere General, mother with him. Not life threatening. Day team informed for strategy discussion.",
        "Darek; Agnieszka",
        "S18",
    ),
    (
        S_SCH,
        "2025-07-14",
        "Mum emailed: Darek in hospital after being stabbed at the weekend, will be off this week. DSL informed.",
        "Darek; Agnieszka",
        "S18",
    ),
    (
        S_YOT,
        "2025-07-14",
        "Informed by police: DK victim of stabbing on Saturday night (12/07), in hospital. Sessions this week cancelled.",
        "Darek",
        "S18",
    ),
    # S19 strategy discussion after the stabbing; CAMHS files the minutes a week later
    (
        S_CSC,
        "2025-07-14 14:00",
        "Strategy discussion following the stabbing: CSC, police, YOT, CAMHS by email. Section 47 enquiries to start. Safety plan: Darek to stay with maternal aunt out of area on discharge. Housing move to be expedited.",
        "Darek; Chidi; Rhiannon; DS Fontaine",
        "S19",
    ),
    (
        S_POL,
        "2025-07-14 14:00",
        "Strat disc re DK (victim of wounding). s47 agreed. Police: investigation, Osman consideration, intel re Fitzgerald.",
        "Darek; Leon; DS Fontaine",
        "S19",
    ),
    (
        S_YOT,
        "2025-07-14 14:00",
        "Strategy meeting attended (RP). s47. YOT to review risk and vulnerability plan.",
        "Darek; Rhiannon",
        "S19",
    ),
    (
        S_CAMHS,
        "2025-07-21",
        "Strat meeting minutes (14/07) received from CSC. DK stabbed 12/07, s47 under way. Session 5 to be rebooked.",
        "Darek",
        "S19",
    ),
    # S20 house move
    (
        S_HOUS,
        "2025-08-18",
        "Tenancy sign-up: Ms A Kaminska, 2 bed flat, 7 Linnet Close (management transfer). Keys issued. Old tenancy end 25/08.",
        "Agnieszka; Ms Bains",
        "S20",
    ),
    (
        S_CSC,
        "2025-08-18",
        "Family moved today to new address in Linnet Close after the management transfer. Darek and Maja settled in; Darek returned from aunt's.",
        "Darek; Maja; Agnieszka",
        "S20",
    ),
]

S_NEGATIVES = [
    (
        S_SCH,
        "2025-01-17",
        "DK left site at lunchtime without permission. Mum informed by text.",
        "Darek; Agnieszka",
        None,
    ),
    (
        S_CSC,
        "2025-01-22 16:00",
        "Return home interview with Dariusz at home. Would not say where he went. Said he 'was with mates'. Mother worried about money he has.",
        "Darek; Agnieszka",
        None,
    ),
    (
        S_SCH,
        "2025-01-22",
        "DK in isolation after refusing to hand in phone. Argument with Tyrese in corridor.",
        "Darek; Tyrese",
        None,
    ),
    (
        S_SCH,
        "2025-01-24",
        "Internal safeguarding meeting (DSL, head of year, SSO Lindgren) re DK: agreed to refer to MASH if not already done, daily check-in with mentor.",
        "Darek; Mr Qureshi; SSO Lindgren",
        None,
    ),
    (
        S_POL,
        "2025-01-27 18:30",
        "Intel log: DK and Tyrese Bamford seen getting into grey Audi at Greyfriars, driver believed Leon Fitzgerald.",
        "Darek; Tyrese; Leon",
        None,
    ),
    (
        S_SCH,
        "2025-02-14",
        "DK absent after registration (truancy), mum informed, not located by school.",
        "Darek",
        None,
    ),
    (
        S_CSC,
        "2025-02-17 11:00",
        "Management oversight: arrest discussed. Child and family assessment to include exploitation screening tool.",
        "Darek; Chidi",
        None,
    ),
    (
        S_CSC,
        "2025-03-05 16:30",
        "Home visit to Darek and Maja. Mother reports Darek sleeping all day and out at night. Maja quiet, says brother 'has money'.",
        "Darek; Maja; Agnieszka",
        None,
    ),
    (
        S_SCH,
        "2025-03-12",
        "Reintegration meeting after suspension, with mum. Report card for 4 weeks.",
        "Darek; Agnieszka",
        None,
    ),
    (
        S_CSC,
        "2025-03-26 15:00",
        "Return home interview (second) - Darek declined to speak. Mother spoken to.",
        "Darek; Agnieszka",
        None,
    ),
    (S_SCH, "2025-03-24", "DK absent - unauthorised. Tyrese also absent.", "Darek; Tyrese", None),
    (
        S_CSC,
        "2025-04-29 15:30",
        "Second child in need review meeting. School and YOT gave updates. CIN plan continues, CAMHS referral made by school.",
        "Darek; Agnieszka; Chidi",
        None,
    ),
    (
        S_SCH,
        "2025-04-29",
        "DK detention for lateness. Attendance this half term 71%.",
        "Darek",
        None,
    ),
    (
        S_YOT,
        "2025-05-07 14:00",
        "Pre-court: Tyrese Bamford (separate case) appeared same list; adjourned.",
        "Tyrese",
        None,
    ),
    (
        S_HOUS,
        "2025-05-20",
        "Complaint from neighbour at Greyfriars House: visitors to flat 14 late at night over the last two weeks, smell of cannabis. ASB warning letter to tenant.",
        "Agnieszka",
        None,
    ),
    (
        S_POL,
        "2025-05-20 21:40",
        "Youths congregating in stairwell Greyfriars House, dispersed. DK among group, words of advice.",
        "Darek",
        None,
    ),
    (
        S_YOT,
        "2025-06-05",
        "Session 2: CCE work (grooming, debt bondage). DK engaged, said he 'owes' someone.",
        "Darek; Rhiannon",
        None,
    ),
    (
        S_POL,
        "2025-06-05 19:10",
        "S&S DK and one other at Greyfriars - nothing found.",
        "Darek",
        None,
    ),
    (
        S_YOT,
        "2025-06-11",
        "YOT risk and vulnerability panel (internal): DK rated high for safety and wellbeing, medium for risk to others.",
        "Darek; Rhiannon",
        None,
    ),
    (
        S_CAMHS,
        "2025-06-12 16:00",
        "Session 3 with DK. Discussed sleep and fear of going out. Did not want to talk about 'the meeting people keep having about me'.",
        "Darek; Eilidh",
        None,
    ),
    (
        S_POL,
        "2025-06-21 23:10",
        "MISPER DK reported by mum, returned home of own accord 01:00, no further action required.",
        "Darek; Agnieszka",
        None,
    ),
    (
        S_SCH,
        "2025-07-11",
        "DK attended full day. Positive conversation with mentor about college.",
        "Darek",
        None,
    ),
    (
        S_CAMHS,
        "2025-07-14 16:00",
        "DNA session 5 - mum phoned, DK in hospital. Rebook.",
        "Darek; Agnieszka",
        None,
    ),
    (
        S_CSC,
        "2025-07-15 13:00",
        "Hospital visit to Darek on ward. Stab wound healing. He says he does not know who did it. Discharge plan to aunt's address agreed with mother.",
        "Darek; Agnieszka",
        None,
    ),
    (
        S_HOUS,
        "2025-07-15",
        "Management transfer approved at housing panel (urgent, safeguarding). Offer to follow.",
        "Agnieszka",
        None,
    ),
    (
        S_YOT,
        "2025-08-18",
        "Home visit at aunt's address: DK quiet, leg healing, knows family moving today.",
        "Darek; Rhiannon",
        None,
    ),
    (
        S_POL,
        "2025-08-20",
        "Address and warning markers updated for DK to 7 Linnet Close.",
        "Darek",
        None,
    ),
    (
        S_SCH,
        "A:2025-09-01:2025-09-05:w/c 1/9/25",
        "Start of Year 11. DK attended 4 of 5 days, mentor reallocated. Moved address over summer - records updated.",
        "Darek",
        None,
    ),
    (
        S_YOT,
        "M:2025-08",
        "Reparation hours completed in August at community garden (dates on timesheet).",
        "Darek",
        None,
    ),
    (
        S_CAMHS,
        "A:2025-08-01:2025-08-31:summer holidays (approx.)",
        "No sessions over summer - family away/ moving house. Plan to resume September.",
        "Darek",
        None,
    ),
]

S_POOLS = {
    S_CSC: [
        (
            "Home visit: Darek seen in his room, monosyllabic. Mother says he was out until {n}am.",
            "Darek; Agnieszka",
        ),
        ("Telephone call with mother: Darek at home, more settled this week.", "Agnieszka; Darek"),
        ("Visit to Darek at school, seen alone in mentor's room.", "Darek"),
        (
            "Supervision: case discussed with team manager; exploitation screening tool reviewed.",
            "Chidi",
        ),
        ("Telephone call with Maja's school re her attendance - no concerns.", "Maja"),
        ("Case note: chronology updated.", "Darek"),
    ],
    S_POL: [
        ("Intel submission: DK seen with known county lines nominals in town centre.", "Darek"),
        ("Intel: Leon Fitzgerald stopped driving grey Audi, {n} phones in vehicle.", "Leon"),
        (
            "Safer schools officer drop-in at Hollins Park. Spoke with DK briefly, no concerns raised.",
            "Darek; PC Lindgren",
        ),
        ("PNC checks on Tyrese Bamford and associates for exploitation mapping.", "Tyrese"),
    ],
    S_SCH: [
        ("DK late to school ({n} mins). Mentor check-in completed.", "Darek"),
        ("Behaviour point: DK defiant in maths, removed to reflection room.", "Darek"),
        ("Mentor session with DK: discussed football and college courses.", "Darek"),
        ("Attendance letter sent to mum (below 85%).", "Agnieszka; Darek"),
        (
            "DK and Tyrese Bamford seen together at gate with older male in car, logged CPOMS.",
            "Darek; Tyrese",
        ),
    ],
    S_YOT: [
        ("Session: victim awareness module. DK engaged for {n}0 minutes.", "Darek; Rhiannon"),
        ("Session cancelled - DK not at home. Mum apologetic.", "Darek; Agnieszka"),
        ("Reparation session attended (litter pick).", "Darek"),
        ("Session: knife crime awareness. DK said he carries 'for protection'.", "Darek; Rhiannon"),
    ],
    S_CAMHS: [
        ("Session with DK: sleep diary reviewed, bedtime moved earlier.", "Darek; Eilidh"),
        ("Session: anxiety and low mood, CBT formulation. DK engaged.", "Darek; Eilidh"),
    ],
    S_HOUS: [
        ("Rent account review: arrears £{n}40, payment plan agreed with Ms Kaminska.", "Agnieszka"),
        ("Repair reported by tenant: bathroom extractor fan, job raised.", "Agnieszka"),
    ],
}


SCHOOL_CLOSED = [
    ("2025-02-15", "2025-02-23"),
    ("2025-04-05", "2025-04-21"),
    ("2025-05-24", "2025-06-01"),
    ("2025-07-19", "2025-08-31"),
]


def main() -> None:
    r_filler = filler(
        1411,
        R_POOLS,
        "2025-09-08",
        "2025-12-23",
        37,
        windows={
            CSC: ("2025-11-22", "2025-12-31"),
            GP: ("2025-11-29", "2025-12-31"),
            HV: ("2025-11-24", "2025-12-31"),
            POL: ("2025-11-13", "2025-12-31"),
            HOSP: ("2025-11-10", "2025-11-21"),
        },
    )
    build(
        "r",
        "Ten-week-old baby with subdural haemorrhages and older rib fractures; mother, her partner, "
        "a three-year-old sibling; ambulance, hospital, police, social care, GP, health visiting, "
        "maternity; Sep-Dec 2025.",
        R_PEOPLE,
        R_AGENCIES,
        R_EVENTS + R_NEGATIVES + r_filler,
        HERE / "case_r.json",
    )
    s_filler = filler(
        2207,
        S_POOLS,
        "2025-01-06",
        "2025-09-30",
        10,
        windows={
            S_YOT: ("2025-04-17", "2025-09-30"),
            S_CAMHS: ("2025-05-16", "2025-07-18"),
            S_HOUS: ("2025-05-01", "2025-09-30"),
        },
        closed={S_SCH: SCHOOL_CLOSED},
    )
    build(
        "s",
        "Fifteen-year-old drawn into drug supply: missing episodes, arrest and referral order, "
        "a stabbing, a housing move; police, social care, school, youth justice, CAMHS, housing; "
        "Jan-Sep 2025.",
        S_PEOPLE,
        S_AGENCIES,
        S_EVENTS + S_NEGATIVES + s_filler,
        HERE / "case_s.json",
    )


if __name__ == "__main__":
    main()
