# ruff: noqa
"""Writing aid for case_aa (fictional; written blind, see case_aa_README.md).

    python3 bench/data/merging/build_aa.py > bench/data/merging/case_aa.json

A disabled child (Kai, 6: cerebral palsy, epilepsy, gastrostomy) with repeated hospital
admissions and medical neglect concerns; his sister Amber (9) makes an allegation against the
mother's partner. Seven agencies, Sep 2025 - Mar 2026. Deterministic (seeded filler).
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import casegen  # noqa: E402

CSC = "Children's Social Care"
POL = "Police"
AMB = "Ambulance service"
ACU = "Acute hospital"
GP = "GP practice"
CCN = "Community Children's Nursing"
SCH = "Brookfield School"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (AMB, "other", "iso"),
    (ACU, "health", "health"),
    (GP, "health", "gp"),
    (CCN, "health", "iso"),
    (SCH, "education", "school"),
]

PEOPLE = [
    ("Kai Price", ["Kai", "KP"], "Child K", "child"),
    ("Amber Price", ["Amber"], "Child A", "child"),
    ("Leanne Price", ["Leanne", "Mum", "Ms Price"], "Mother", "parent"),
    ("Craig Price", ["Craig", "Dad", "Mr Price"], "Father", "parent"),
    ("Pauline Hart", ["Pauline", "MGM"], "Maternal grandmother", "family"),
    ("Dean Cole", ["Dean", "COLE"], "Mother's partner", "other_adult"),
    ("Sarah Okafor", ["SW Okafor", "S Okafor"], "Social worker", "professional"),
    ("Jenny Walsh", ["JW", "Jenny"], "Children's community nurse", "professional"),
    ("Amir Shah", ["Dr Shah"], "GP", "professional"),
    ("Helen Moss", ["Dr Moss"], "Consultant paediatrician", "professional"),
    ("Claire Dunn", ["Mrs Dunn"], "School DSL", "professional"),
    ("Mark Ellis", ["DC Ellis"], "Detective constable", "professional"),
    ("Gemma Lowe", ["Gemma"], "Named nurse safeguarding", "professional"),
    ("Priya Nair", ["IRO Nair"], "Independent reviewing officer", "professional"),
]

K, A, M, D, G, DC = "Kai", "Amber", "Leanne", "Craig", "Pauline", "Dean"

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background ----------------
    (
        GP,
        "Y:2019",
        "Dx: focal epilepsy (secondary to CP, GMFCS IV). Under Dr Moss. Buccal midazolam on repeat.",
        "Kai Price",
        None,
    ),
    (
        ACU,
        "M:2025-03",
        "Admission Ward 7 - status epilepticus. Mum reported 'ran out' of levetiracetam. D/c after 3 days.",
        "Kai; Mum",
        None,
    ),
    (
        ACU,
        "M:2025-06",
        "Admission Ward 7 - LRTI, ?aspiration. NG top-ups. Feeding plan reinforced with Mum.",
        "Kai; Mum",
        None,
    ),
    (
        CSC,
        "A:2025-04-01:2025-04-30:April 2025 (approx.)",
        "Previous contact from school nurse re missed appointments for Kai. Screened at MASH - NFA to CSC, EHA offered; Ms Price declined.",
        "Kai Price; Leanne Price",
        None,
    ),
    # ---------------- E01 seizure, 999, admission 8/9 ----------------
    (
        AMB,
        "2025-09-08 07:10",
        "Inc 25-114702. Cat 2. 999 from mother: 6yo M, known epilepsy, fitting approx 10 min. No buccal midazolam in house ('none left'). No IV access attempted; buccal midaz (crew stock) given 07:24, seizure terminated 07:27. Conveyed to ED with mother.",
        "Kai Price; Ms Price",
        "E01",
    ),
    (
        ACU,
        "2025-09-08 07:52",
        "ED: PC prolonged GTC seizure, terminated by ambulance crew. Post-ictal on arrival. Mum states rescue med ran out last wk, not reordered. Levetiracetam levels low - ?adherence. Admitted Ward 7 under Dr Moss.",
        "Kai; Mum; Dr Moss",
        "E01",
    ),
    (
        SCH,
        "2025-09-08 08:45",
        "Mum phoned office: Kai taken to hospital by ambulance this morning after a long fit, will not be in. Marked absent (M - medical). Mrs Dunn informed.",
        "Kai; Mum; Mrs Dunn",
        "E01",
    ),
    (
        ACU,
        "2025-09-10",
        "Ward 7 discharge. 48h no further seizures. Levetiracetam dose optimised; new midazolam supply dispensed from pharmacy and Mum shown administration. Concerns re adherence discussed w/ Gemma (safeguarding).",
        "Kai; Mum; Gemma",
        "E01",
    ),
    (
        GP,
        "2025-09-19",
        "Discharge summary received (Ward 7, adm 08/09/25 - 10/09/25): prolonged seizure, subtherapeutic levels. Actions for GP: ensure midazolam on repeat. Done - rx issued.",
        "Kai Price",
        "E01",
    ),
    # ---------------- E02 ED gastrostomy 12/9 ----------------
    (
        CCN,
        "2025-09-11",
        "Home visit (JW). Post-discharge review. Midazolam stored in kitchen, in date. Feed regime 4 x 250ml bolus - Mum says Kai 'not tolerating' 4th feed so often skipped. Weight 14.9kg.",
        "Kai; Mum; JW",
        None,
    ),
    (
        ACU,
        "2025-09-12 18:20",
        "ED: gastrostomy button (MIC-KEY 14Fr) dislodged approx 4 hrs prior. Stoma partially closed - dilated and new button placed by surgical reg. Mum reports balloon water not checked 'for a while'. D/c home.",
        "Kai; Mum",
        "E02",
    ),
    (
        CCN,
        "2025-09-15",
        "ED notification (A&E attendance 12/09): Kai's button came out, replaced in ED. JW to check balloon volume at next visit + remind Mum of weekly water change. Spare button kit - Mum could not find it.",
        "Kai; Mum; JW",
        "E02",
    ),
    (
        GP,
        "2025-09-24",
        "A&E letter rec'd - attended 12/09/25 dislodged gastrostomy, replaced. No GP action.",
        "Kai Price",
        "E02",
    ),
    # ---------------- E03 hospital referral to CSC ----------------
    (
        ACU,
        "2025-09-15 11:30",
        "Safeguarding (Gemma Lowe, named nurse): MARF submitted to MASH - 3rd admission this yr with seizure/medication issues, now ED for button, repeated non-adherence to feed plan. Medical neglect concern. Dr Moss aware.",
        "Kai; Gemma; Dr Moss",
        "E03",
    ),
    (
        CSC,
        "2025-09-17",
        "Contact received in MASH from the acute hospital safeguarding team (referral form dated 15 September). Concerns about Kai's medication being allowed to run out, missed feeds and repeated admissions. MASH checks requested from GP, police and school. Threshold met for strategy discussion.",
        "Kai Price; Leanne Price; Gemma Lowe",
        "E03",
    ),
    # ---------------- E04 strategy discussion re Kai 23/9 ----------------
    (
        GP,
        "2025-09-22",
        "Request from MASH for info for strategy discussion. Summary sent: 3 adm 2025, 2 DNA neuro clinic, mum on sertraline (low mood). GP unable to attend tomorrow.",
        "Kai; Mum; Dr Shah",
        None,
    ),
    (
        CCN,
        "2025-09-22",
        "Home visit (JW). Balloon water changed (5ml, was 2ml). Weight 15.0kg. Spare kit located. Mum tearful - says she is 'doing it all on her own' since Craig left.",
        "Kai; Mum; JW; Craig",
        None,
    ),
    (
        CSC,
        "2025-09-23 10:00",
        "Strategy discussion (Teams) - Kai. Present: TM, S Okafor (SW), DS Hughes (Police), Dr Moss (consultant paediatrician), Gemma Lowe (hospital). GP info shared in writing. Agreed threshold for section 47 enquiry met (neglect - medical). Single agency CSC enquiry; police to share any further information. Mum to be seen within 5 working days.",
        "Kai Price; SW Okafor; Dr Moss; Gemma Lowe",
        "E04",
    ),
    (
        POL,
        "2025-09-23 10:00",
        "Strat disc re Kai PRICE (6). Medical neglect concerns from hospital. No crime identified at this time - CSC to lead s47, police NFA unless further info. PNC/PND checks on household shared.",
        "Kai Price",
        "E04",
    ),
    (
        ACU,
        "2025-09-23",
        "Dr Moss attended strategy meeting (virtual) re Kai. Medical opinion given: seizure control dependent on adherence; pattern of missed meds and clinics.",
        "Kai; Dr Moss",
        "E04",
    ),
    (
        CSC,
        "2025-09-24",
        "Management oversight (TM): s47 decision endorsed. Timescale for ICPC set. Consider sibling Amber within the enquiry.",
        "Kai Price; Amber Price",
        None,
    ),
    (
        ACU,
        "2025-09-29",
        "Minutes of strategy meeting 23/09/25 received from MASH and filed in notes. Actions: hospital to provide chronology of admissions.",
        "Kai; Gemma",
        "E04",
    ),
    # ---------------- E05 strategy discussion re Amber 30/9 ----------------
    (
        CSC,
        "2025-09-29 15:40",
        "Contact from St Anne's Primary DSL: Amber (9) told her teacher that 'Dean hit me with his belt' on Saturday because she would not sit with Kai. Small mark to back of left thigh seen by DSL. Amber was worried about going home. Passed to duty SW.",
        "Amber Price; Dean Cole; Kai",
        None,
    ),
    (
        POL,
        "2025-09-30 09:15",
        "Intel checks re Dean COLE (DOB 1991) for strat: previous for ABH (2017, ex-partner), no current bail. Nil on Leanne PRICE.",
        "Dean Cole; Leanne Price",
        None,
    ),
    (
        CSC,
        "2025-09-30 11:00",
        "Strategy discussion - Amber. Present: TM, SW Okafor, DC Ellis, St Anne's DSL. Agreed joint section 47 investigation (physical abuse). Amber to go to MGM Pauline Hart's tonight by agreement; JV to be arranged. Kai's enquiry already open - to be considered together.",
        "Amber Price; DC Ellis; SW Okafor; Pauline Hart",
        "E05",
    ),
    (
        POL,
        "2025-09-30 11:00",
        "Strategy meeting - victim Amber PRICE (9), suspect Dean COLE. Offence: assault of a child (belt). Joint investigation agreed. ABE to be considered after JV. OIC DC Ellis.",
        "Amber Price; Dean Cole; DC Ellis",
        "E05",
    ),
    (
        CCN,
        "2025-09-30",
        "Telephone call to Mum to rebook clinic for weight check. Mum said 'it's all kicking off with social services'. Declined to say more.",
        "Mum; JW",
        None,
    ),
    (
        CSC,
        "2025-10-01",
        "Management oversight of strategy discussion for Amber: decision for joint enquiry endorsed; safety plan (Amber at MGM's) to be reviewed after JV.",
        "Amber Price",
        None,
    ),
    # ---------------- E06 JV 2/10 ----------------
    (
        CSC,
        "2025-10-02 16:00",
        "JV with DC Ellis to the home. Ms Price and Mr Cole present. Amber seen alone in her bedroom, did not want to talk about Saturday. Dean denied using a belt, said he 'tapped her leg'. Kai seen in his chair - clean, comfortable. Safety plan: Dean to stay at his own flat pending the investigation.",
        "Amber; Kai; Leanne Price; Dean Cole; DC Ellis",
        "E06",
    ),
    (
        POL,
        "2025-10-02 16:00",
        "Joint visit with SW Okafor to home addr. COLE present - account given, denies assault. Voluntary interview to be arranged. Victim not spoken to re detail - ABE to follow. Safety plan agreed w/ CSC.",
        "Dean Cole; Amber Price; SW Okafor",
        "E06",
    ),
    (
        GP,
        "2025-10-02 11:10",
        "Leanne seen. Low mood, poor sleep, 'everything on top of me'. PHQ-9 17. No SI. Sertraline increased to 100mg. Talking Therapies self-referral info given. Review 4/52.",
        "Leanne Price; Dr Shah",
        None,
    ),
    (
        SCH,
        "2025-10-02",
        "Kai arrived without feed bolus packs or syringes; school used emergency stock. Mrs Dunn phoned Mum - she will bring them tomorrow.",
        "Kai; Mum; Mrs Dunn",
        None,
    ),
    # ---------------- E07 ABE 9/10 ----------------
    (
        POL,
        "2025-10-09 10:30",
        "ABE interview of Amber PRICE at Rosewood suite (DC Ellis). Amber said Dean 'shouted' but did not repeat allegation of belt. Evidence reviewed w/ SW - insufficient for charge at this stage. COLE VI to follow.",
        "Amber Price; DC Ellis; SW Okafor; Dean Cole",
        "E07",
    ),
    (
        CSC,
        "2025-10-09",
        "Amber's achieving best evidence interview at the Rosewood suite today, SW Okafor observed. Amber became upset and said she did not want Dean 'to get in trouble'. Her account was not repeated on camera.",
        "Amber; SW Okafor; Dean Cole",
        "E07",
    ),
    (
        SCH,
        "2025-10-09",
        "Kai had a short focal seizure in class at 13:20 (approx 90 sec), settled without rescue med. Logged on seizure chart; Mum informed at pick-up.",
        "Kai; Mum",
        None,
    ),
    (
        GP,
        "2025-10-10",
        "Report for ICPC (Kai and Amber) sent to CSC conference team. GP will not attend - surgery commitments.",
        "Kai; Amber; Dr Shah",
        None,
    ),
    (
        ACU,
        "2025-10-13",
        "Gemma Lowe submitted hospital report and admission chronology for CP conf 14/10. Named nurse unable to attend; Dr Moss on leave.",
        "Kai; Gemma",
        None,
    ),
    # ---------------- E08 ICPC 14/10 ----------------
    (
        CSC,
        "2025-10-14 13:30",
        "Initial child protection conference (chair: Priya Nair). Kai and Amber made subject to child protection plans - category neglect for both. Concerns: medication/feeding not maintained, missed health appointments, Amber given caring role and physical chastisement allegation (police investigation ongoing). Core group to meet within 10 working days.",
        "Kai Price; Amber Price; Leanne Price; Craig Price; IRO Nair; SW Okafor",
        "E08",
    ),
    (
        SCH,
        "2025-10-14",
        "Mrs Dunn attended ICPC for Kai (and sibling). Outcome: CP plan, neglect. School to monitor feed supplies and attendance, report seizures to CCN.",
        "Kai; Amber; Mrs Dunn",
        "E08",
    ),
    (
        CCN,
        "2025-10-14",
        "JW attended CP conference. Both children on CP plans (neglect). CCN actions: weekly home visits, monthly weights, medication check at each visit.",
        "Kai; Amber; JW",
        "E08",
    ),
    (
        POL,
        "2025-10-14",
        "CP conf - DC Ellis attended re Amber PRICE. Update given: investigation ongoing, COLE VI booked 20/10.",
        "Amber Price; DC Ellis; Dean Cole",
        "E08",
    ),
    (
        POL,
        "2025-10-20 14:00",
        "VI of Dean COLE at Central (DC Ellis). Admits 'smacking' Amber over clothes, denies belt. Reviewed by DS - NFA, evidential test not met. CSC to be updated.",
        "Dean Cole; Amber Price; DC Ellis",
        "E20",
    ),
    (
        GP,
        "2025-10-21",
        "Letter from CSC: ICPC 14/10/25 - Kai & Amber subject to CP plans, cat neglect. CP alerts added to both records.",
        "Kai; Amber",
        None,
    ),
    (
        CSC,
        "2025-10-23",
        "Case note: DC Ellis informed SW by phone that Dean was interviewed on 20 October and the police will take no further action. Ms Price told. Dean's return to the home to be discussed at core group.",
        "Dean Cole; DC Ellis; Leanne Price",
        "E20",
    ),
    # ---------------- E09 core group 1, 4/11 ----------------
    (
        CSC,
        "2025-11-04 09:30",
        "First core group at Brookfield School. Present: Ms Price, Mr Price, SW, Mrs Dunn, JW (CCN). Written agreement on medication: Mum to order repeats on the 1st of each month; Pauline to help with evening feeds twice a week. Dean not to be left caring for the children alone.",
        "Leanne Price; Craig Price; Mrs Dunn; JW; Pauline Hart; Dean Cole",
        "E09",
    ),
    (
        SCH,
        "2025-11-04",
        "Core group held here 9:30. CP plan reviewed - school actions unchanged. Dad attended, first time seen at school this year.",
        "Kai; Dad; Mrs Dunn",
        "E09",
    ),
    (
        CCN,
        "2025-11-04",
        "Home visit (JW) 14:00. Meds in date, chart not filled in since Sat. Weight 15.1kg. Mum says Pauline now helping Tues/Thurs.",
        "Kai; Mum; Pauline; JW",
        None,
    ),
    (
        CCN,
        "2025-11-11",
        "Core group minutes (04/11) received by email and filed. CCN actions confirmed.",
        "Kai; JW",
        "E09",
    ),
    # ---------------- ambulance no-convey + GP next day ----------------
    (
        AMB,
        "2025-11-02 02:14",
        "Inc 25-139880. 999 from Ms Price - son 'breathing noisy'. Clinical validation: no resp distress, sats reported normal on home monitor, no seizure. Advised GP in morning / call back if worse. No dispatch.",
        "Ms Price; Kai",
        None,
    ),
    (
        GP,
        "2025-11-03 09:40",
        "Kai seen with Mum. Overnight noisy breathing, Mum rang 999 - told to see GP. O/E chest clear, upper airway secretions. Imp: URTI. Plan: saline, safety-net.",
        "Kai; Mum; Dr Shah",
        None,
    ),
    # ---------------- E10 JV CSC + CCN 13/11 ----------------
    (
        CSC,
        "2025-11-13 10:00",
        "Joint home visit with Jenny Walsh (community children's nurse). Medication chart complete for the week; midazolam in date. Kai's feed not yet given at 10am - Mum said he 'wasn't hungry'. JW weighed Kai (15.0kg). Amber at school.",
        "Kai; Leanne Price; JW",
        "E10",
    ),
    (
        CCN,
        "2025-11-13 10:00",
        "JV with SW Okafor. Wt 15.0kg (static). Breakfast bolus not given - given during visit, tolerated. Advised re timings. Stoma healthy.",
        "Kai; Mum; SW Okafor",
        "E10",
    ),
    (
        CCN,
        "2025-11-20 14:30",
        "Home visit (JW). Mr Cole present in lounge; Mum said he 'pops in'. Meds checked - correct. Weight 15.2kg.",
        "Kai; Mum; Dean Cole; JW",
        None,
    ),
    (
        CSC,
        "2025-11-20 10:15",
        "Statutory visit (CP). Ms Price alone. Amber's bedroom seen. Ms Price said she feels judged by the hospital. Discussed carer's assessment referral.",
        "Leanne Price; Amber",
        None,
    ),
    (
        SCH,
        "2025-11-18 10:50",
        "Kai vomiting in class x2, temp 38.1. Mum called and collected 11:40. Sent home per policy.",
        "Kai; Mum",
        None,
    ),
    (
        GP,
        "2025-11-18 16:20",
        "Kai seen, Mum says sent home from school with vomiting. Tolerating fluids via button. Imp viral gastroenteritis. Advice re pedialyte via tube; safety net.",
        "Kai; Mum; Dr Shah",
        None,
    ),
    # ---------------- E11 core group 2, 2/12 ----------------
    (
        CSC,
        "2025-12-02 10:00",
        "Second core group (at the family home). Ms Price, SW, JW, Mrs Dunn. Progress on medication ordering; concern about weight plateau and that Mr Cole appears to be staying most nights. Plan: referral to dietitian to be chased by CCN.",
        "Leanne Price; JW; Mrs Dunn; Dean Cole",
        "E11",
    ),
    (
        CCN,
        "2025-12-02",
        "CG attended at home. Wt static since Sept. Will chase dietetic referral (sent 10/10).",
        "Kai; Mum; JW",
        "E11",
    ),
    (
        SCH,
        "2025-12-02",
        "Mrs Dunn attended core group at family home 10:00. Reported attendance 89%, 2 seizures in school since last CG.",
        "Kai; Mrs Dunn",
        "E11",
    ),
    (
        GP,
        "2025-12-02 16:10",
        "Kai - cough 5/7, Mum worried re chest. O/E few crackles R base, sats 95%. Imp LRTI. Amoxicillin via tube. Low threshold for hospital if worse.",
        "Kai; Mum; Dr Shah",
        None,
    ),
    # ---------------- E12 admission aspiration pneumonia 6/12 ----------------
    (
        AMB,
        "2025-12-06 21:40",
        "Inc 25-151207. Cat 2 resp. 6yo M, CP/epilepsy, GTx. RR 44, SpO2 88% RA, febrile. O2 via mask. Conveyed with mother. Pre-alert to ED.",
        "Kai Price; Ms Price",
        "E12",
    ),
    (
        ACU,
        "2025-12-06 22:15",
        "ED resus: RLL pneumonia ?aspiration. O2 requirement. IV abx. Mum says antibiotics from GP 'not all given' - some doses vomited. Admitted HDU then Ward 7. Child on CP plan - EDT informed by nurse in charge.",
        "Kai; Mum",
        "E12",
    ),
    (
        CSC,
        "2025-12-06 23:30",
        "EDT: call from Ward 7 nurse in charge. Kai (CP plan) admitted this evening with pneumonia, mother with him. Sister Amber at home with Dean Cole per Ms Price. Information passed to day team; no further EDT action tonight.",
        "Kai; Amber; Leanne Price; Dean Cole",
        "E12",
    ),
    (
        SCH,
        "2025-12-08",
        "Email from Mum 07:55: Kai admitted to hospital on Saturday night with pneumonia, in all week probably. Mrs Dunn informed; SW emailed.",
        "Kai; Mum; Mrs Dunn",
        "E12",
    ),
    (
        SCH,
        "A:2025-12-08:2025-12-12:w/c 8/12/25",
        "Kai absent all week - in hospital (pneumonia). Class sent a card via Mum.",
        "Kai",
        "E12",
    ),
    # ---------------- E13 Amber home alone 7/12 ----------------
    (
        POL,
        "2025-12-07 19:35",
        "CAD 0712-0447. Neighbour reports girl approx 9 alone at 14 Ashfield Cl for several hours. Officers att 20:05: Amber PRICE alone, well. Mother at hosp with sibling. COLE arrived 20:30, said he had 'nipped to the shop' (approx 3hrs). Amber left in care of COLE. PPN submitted. EDT informed.",
        "Amber Price; Dean Cole; Leanne Price",
        "E13",
    ),
    (
        CSC,
        "2025-12-07 20:50",
        "EDT: police call - Amber found home alone by officers tonight, Dean returned later, Ms Price at the hospital with Kai. Amber left with Dean for tonight; MGM Pauline not answering. Day team to follow up.",
        "Amber; Dean Cole; Leanne Price; Pauline",
        "E13",
    ),
    (
        CSC,
        "2025-12-08 09:20",
        "MASH: PPN received from police re Amber left home alone on 7 December. Forwarded to SW Okafor (open CP case).",
        "Amber Price; SW Okafor",
        "E13",
    ),
    (
        ACU,
        "2025-12-07",
        "Ward 7 nursing: Mum stayed overnight. Kai on 2L O2, tolerating feeds via pump. Mum left ward 18:00-21:00.",
        "Kai; Mum",
        None,
    ),
    (
        CSC,
        "2025-12-09",
        "SW visited Ms Price on Ward 7. Discussed the police attendance on Sunday. Safety plan revised: Pauline to have Amber while Kai is in hospital.",
        "Leanne Price; Amber; Pauline Hart; Kai",
        None,
    ),
    # ---------------- E14 discharge planning meeting 12/12 ----------------
    (
        ACU,
        "2025-12-12 14:00",
        "Discharge planning meeting Ward 7. Present Dr Moss, ward sister, SW, JW (CCN), Mum. Agreed: feed plan simplified to 3 bolus + overnight pump, CCN visit within 48h of d/c, GP to issue 28 days meds.",
        "Kai; Mum; Dr Moss; SW Okafor; JW",
        "E14",
    ),
    (
        CSC,
        "2025-12-12 14:00",
        "Attended discharge planning meeting on the ward with Ms Price, Dr Moss and Jenny Walsh. Kai likely home Monday. New feeding plan agreed; Ms Price said it was 'more realistic'.",
        "Leanne Price; Dr Moss; JW; Kai",
        "E14",
    ),
    (
        CCN,
        "2025-12-12",
        "DPM Ward 7 attended. New regime: 3x bolus 300ml + overnight pump 500ml. Pump training for Mum booked 15/12 am prior to d/c.",
        "Kai; Mum; JW",
        "E14",
    ),
    (
        ACU,
        "2025-12-15",
        "Discharged home from Ward 7 (adm 06/12). Pump training completed with Mum and MGM. TTO: amoxicillin course completed; levetiracetam, midazolam.",
        "Kai; Mum; MGM",
        "E12",
    ),
    (
        CCN,
        "2025-12-17",
        "Post-discharge home visit (JW). Pump set up correctly. Wt 14.6kg (loss during adm). Mum coping, Pauline staying this week.",
        "Kai; Mum; Pauline; JW",
        None,
    ),
    (
        GP,
        "2025-12-29",
        "Discharge summary rec'd Ward 7: adm 06/12/25 - 15/12/25, RLL aspiration pneumonia, HDU 2 days. GP actions: 28/7 meds issued; review weight 4/52.",
        "Kai Price",
        "E12",
    ),
    # ---------------- E15 RCPC 13/1 ----------------
    (
        POL,
        "2026-01-12",
        "RCPC 13/01 - police report submitted to conference team. DC Ellis sends apologies. No further incidents since 07/12.",
        "Amber Price; DC Ellis",
        None,
    ),
    (
        CSC,
        "2026-01-13 10:00",
        "Review child protection conference (chair Priya Nair). Both children remain on CP plans (neglect). Some progress with medication; concerns re weight loss after admission, Amber home alone incident, and Dean's role in the household. Dr Shah attended.",
        "Kai; Amber; Leanne Price; Dean Cole; Dr Shah; IRO Nair",
        "E15",
    ),
    (
        GP,
        "2026-01-13",
        "Dr Shah attended RCPC at Civic Centre. Outcome: remain on CP plans (neglect). GP actions: monthly weight check if CCN unable, monitor Mum's mental health.",
        "Kai; Amber; Mum; Dr Shah",
        "E15",
    ),
    (
        SCH,
        "2026-01-13",
        "RCPC attended (Mrs Dunn). CP plans continue. School report: Kai's attendance improved since return, feed supplies now sent daily.",
        "Kai; Mrs Dunn",
        "E15",
    ),
    (
        CCN,
        "2026-01-13",
        "RCPC - JW attended, report given (wt 14.9kg, regaining).",
        "Kai; JW",
        "E15",
    ),
    (
        GP,
        "2026-01-14",
        "Leanne - MH review. Mood improved on sertraline 100mg. Attending Talking Therapies. Discussed RCPC yesterday, feels 'less attacked'.",
        "Leanne Price; Dr Shah",
        None,
    ),
    # ---------------- E16 neuro OPD WNB 3/2 ; E17 dietetic clinic 10/2 ----------------
    (
        ACU,
        "2026-02-03",
        "Paediatric neurology OPD (Dr Moss) - Kai was not brought. 3rd WNB in 12 months. Safeguarding team informed; new appt 6/52.",
        "Kai; Dr Moss; Gemma",
        "E16",
    ),
    (
        CCN,
        "2026-02-03",
        "Home visit (JW) 15:00. Mum said she 'forgot' the neuro appt this morning - taxi not booked. Reminded re transport booking line. Wt 15.0kg.",
        "Kai; Mum; JW",
        None,
    ),
    (
        CSC,
        "2026-02-05",
        "Statutory visit. Hospital safeguarding nurse had emailed that Kai was not brought to his neurology appointment; discussed with Ms Price who said she had a migraine. Agreed SW will text reminders the day before appointments.",
        "Kai; Leanne Price; Gemma",
        None,
    ),
    (
        ACU,
        "2026-02-10",
        "Dietetics clinic - Kai attended with Mum and JW (CCN). Wt 15.1kg, 2nd centile. Increase overnight pump to 600ml. Letter to GP.",
        "Kai; Mum; JW",
        "E17",
    ),
    (
        CCN,
        "2026-02-10",
        "Accompanied Mum and Kai to dietetic clinic at hospital. New regime agreed - will update feed plan at home visit.",
        "Kai; Mum; JW",
        "E17",
    ),
    (
        GP,
        "2026-02-12",
        "Clinic letter - paediatric neurology 03/02/26: Kai was not brought. Rebooked. Copy to safeguarding team.",
        "Kai Price",
        "E16",
    ),
    (
        GP,
        "2026-02-19",
        "Clinic letter - dietetics 10/02/26: seen, overnight feed increased to 600ml. Please add 1.5kcal feed to repeats - done.",
        "Kai Price",
        "E17",
    ),
    # ---------------- E18 core group 3, 24/2 ----------------
    (
        CSC,
        "2026-02-24 09:30",
        "Core group (third) at Brookfield. Mr Price now has Amber alternate weekends. Dean has moved back into the home - Ms Price said this is 'temporary'. Actions updated.",
        "Leanne Price; Craig Price; Amber; Dean Cole",
        "E18",
    ),
    (
        SCH,
        "2026-02-24",
        "Core group meeting in school 9:30 (Mrs Dunn). No school concerns this half term; 1 seizure, rescue med not needed.",
        "Kai; Mrs Dunn",
        "E18",
    ),
    (
        CCN,
        "2026-02-26",
        "Home visit (JW). Mr Cole present - says he has moved back in. Pump settings correct (600ml). Wt 15.3kg.",
        "Kai; Dean Cole; JW",
        None,
    ),
    # ---------------- E19 seizure at school 17/3 ; decoy ED 21/3 ----------------
    (
        SCH,
        "2026-03-17 11:05",
        "Kai seizure in class 11:02, GTC. Buccal midazolam given 11:07 per care plan (TA + Mrs Dunn). Still fitting at 11:12 - 999 called. Mum phoned, met ambulance at hospital.",
        "Kai; Mrs Dunn; Mum",
        "E19",
    ),
    (
        AMB,
        "2026-03-17 11:12",
        "Inc 26-033104. Call from Brookfield School. 6yo M GTC >10min despite buccal midaz (school). 2nd dose per JRCALC, seizure stopped 11:26. Conveyed to ED; mother met crew there.",
        "Kai Price; Ms Price",
        "E19",
    ),
    (
        ACU,
        "2026-03-17 11:52",
        "ED: post-ictal, recovering. Seizure at school, 2 doses midazolam. Intercurrent viral illness likely trigger. Obs normal by 15:30. D/c home with Mum 16:30. Levels sent.",
        "Kai; Mum",
        "E19",
    ),
    (
        ACU,
        "2026-03-21 19:40",
        "ED (self-presented, Mum): vomiting x4 since lunch, no seizures. Button site ok. Oral rehydration via button tolerated. D/c 22:10.",
        "Kai; Mum",
        None,
    ),
    (
        CCN,
        "2026-03-23",
        "Home visit (JW). Mum says Kai was seen in A&E Saturday with sickness - now settled. Feeds back to full regime. Wt 15.2kg.",
        "Kai; Mum; JW",
        None,
    ),
    (
        GP,
        "2026-03-27",
        "ED discharge summary 17/03/26 - prolonged seizure in school, 2 doses midazolam, d/c same day. Levetiracetam level therapeutic. No GP action.",
        "Kai Price",
        "E19",
    ),
    (
        CSC,
        "2026-03-18",
        "Ms Price phoned SW to say Kai had a long seizure at school yesterday and went to hospital; he is home and well. SW noted the school and ambulance acted in line with the care plan and that levels were in range.",
        "Kai; Leanne Price",
        "E19",
    ),
    (
        CSC,
        "2026-03-31",
        "Management oversight: CP plan progressing. Medication adherence now consistent (levels therapeutic 17/03). Outstanding: Dean's role, Amber's caring responsibilities. RCPC booked 14 April 2026.",
        "Kai; Amber; Dean Cole",
        None,
    ),
]

# Routine single-agency filler (null).
POOLS = {
    CSC: [
        (
            "Statutory visit (CP) - both children seen. Home conditions adequate. Kai's medication chart seen, complete.",
            "Kai; Amber; Leanne Price",
        ),
        (
            "Amber seen alone at St Anne's Primary. Said things are 'OK at home', likes going to Nan's.",
            "Amber; Pauline",
        ),
        ("Telephone call to Ms Price to confirm next visit. No answer; text sent.", "Leanne Price"),
        (
            "Supervision: case discussed with TM. Plan on track; chase CAMHS waiting list for Amber (young carer support).",
            "Amber",
        ),
        ("Carer's assessment referral sent to adult social care for Ms Price.", "Leanne Price"),
        ("Young carers service referral made for Amber.", "Amber"),
        (
            "Statutory visit - Ms Price and Pauline present. Kai asleep in his chair. Amber doing homework.",
            "Leanne Price; Pauline Hart; Kai; Amber",
        ),
    ],
    GP: [
        ("Repeat rx issued: levetiracetam, buccal midazolam 10mg x4, 1.5kcal feed.", "Kai Price"),
        ("Leanne - telephone review, sleep poor, continue sertraline.", "Leanne Price"),
        ("Amber - seen with MGM, eczema flare. Emollients.", "Amber; MGM"),
        ("Pharmacy query re quantity of midazolam - clarified.", "Kai Price"),
        (
            "Kai - weight check at practice (CCN unable). Plotted on centile chart, tracking 2nd.",
            "Kai; Mum",
        ),
    ],
    CCN: [
        (
            "Home visit (JW). Meds checked, chart complete. Wt stable on clinic scales. Stoma clean.",
            "Kai; Mum; JW",
        ),
        (
            "Home visit (JW). Balloon water changed. Mum managing pump. Weight deferred - Kai asleep.",
            "Kai; Mum; JW",
        ),
        (
            "Telephone call to Mum - supplies order ({n} boxes extension sets) confirmed with home delivery co.",
            "Mum; JW",
        ),
        (
            "School visit: epilepsy care plan training refresher for {n} Brookfield staff.",
            "Kai; JW",
        ),
        ("Home visit (JW) - no answer, card left. Mum texted later: at Nan's.", "Kai; Mum; JW"),
        (
            "Home visit (JW). Pauline present, gave bolus under supervision - competent.",
            "Kai; Pauline; JW",
        ),
    ],
    SCH: [
        (
            "Attendance check: Kai {n} sessions absent this half term, all authorised (medical).",
            "Kai",
        ),
        ("Feed supplies sent in today - complete. Logged.", "Kai"),
        ("Seizure chart: brief absence-type seizure in hydro session, no rescue med.", "Kai"),
        ("Mum attended EHCP annual review meeting prep with class teacher.", "Kai; Mum"),
        ("Transport escort reports Kai ready on time, Mum at door.", "Kai; Mum"),
    ],
    ACU: [
        ("Orthotics OPD - Kai attended with Mum, new AFOs cast.", "Kai; Mum"),
        ("Physio OPD (hips) - attended with MGM. Stable.", "Kai; MGM"),
        (
            "Safeguarding supervision (named nurse): case reviewed, plan to monitor attendances.",
            "Kai; Gemma",
        ),
    ],
}

CLOSED = {
    SCH: [
        ("2025-10-27", "2025-10-31"),
        ("2025-12-22", "2026-01-02"),
        ("2026-02-16", "2026-02-20"),
    ]
}


def main():
    entries = list(ENTRIES)
    entries += casegen.filler(20260101, POOLS, "2025-09-05", "2026-03-30", 20, closed=CLOSED)
    doc = casegen.build(
        "aa",
        "Disabled child (CP, epilepsy, gastrostomy) with repeated admissions and medical neglect; "
        "sister's allegation against mother's partner; 7 agencies, Sep 2025 - Mar 2026",
        PEOPLE,
        AGENCIES,
        entries,
        os.devnull,
    )
    json.dump(doc, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
