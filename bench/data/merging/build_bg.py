# ruff: noqa
"""Writing aid for case_bg (fictional; written blind, see case_bg_README.md).

    python3 bench/data/merging/build_bg.py      # writes bench/data/merging/case_bg.json

Kian (9) has epilepsy, a learning disability and is fed by gastrostomy; his sister Poppy is 3.
Their mother Leanne moves Kian between GP practices and hospitals; reported seizures and
vomiting are never seen by anyone else, and fabricated or induced illness (FII) is eventually
suspected. Father Tomasz lives in Poland. Ten agencies, Mar 2025 - Feb 2026. Repeated clinic
letters, ED attendances at two acute trusts, three look-alike core groups and routine school
nursing / community nursing / short-break entries. The children's disability (CWD) team is part
of Children's Social Care, so it writes under that agency.

Hand-written entries plus seeded routine filler (casegen.filler, seed 7201), so the output is
deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("riv", "%d.%m.%Y")  # 19.04.2025
casegen.STYLES.setdefault("ccn", "%a %d/%m/%y")  # Tue 04/03/25
casegen.STYLES.setdefault("sn", "%d %b %y")  # 02 Jun 25
casegen.STYLES.setdefault("res", "%a %d %b %Y")  # Fri 16 May 2025

CSC = "Children's Social Care"
POL = "Police"
GP = "GP practices (primary care)"
KGH = "Kingsmead General Hospital"
RIV = "Riverside Hospital"
TER = "St Cuthbert's Children's Hospital"
CCN = "Community children's nursing"
SN = "Special school nursing"
SCH = "Oakwood School"
RES = "Little Harbour short breaks (charity)"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (KGH, "health", "health"),
    (RIV, "health", "riv"),
    (TER, "health", "iso"),
    (CCN, "health", "ccn"),
    (SN, "health", "sn"),
    (SCH, "education", "school"),
    (RES, "other", "res"),
]

PEOPLE = [
    ("Kian Marsh", ["Kian", "KM"], "Child K", "child"),
    ("Poppy Marsh", ["Poppy"], "Child P (sibling)", "child"),
    ("Leanne Marsh", ["Leanne", "Mum", "Ms Marsh", "LM"], "Mother", "parent"),
    ("Tomasz Nowak", ["Tomasz", "Dad", "Mr Nowak", "NOWAK"], "Father (lives in Poland)", "parent"),
    ("Pauline Marsh", ["Pauline", "MGM", "Nan"], "Maternal grandmother", "family"),
    (
        "Gemma Price",
        ["SW Price", "Gemma"],
        "Social worker (Children with Disabilities team)",
        "professional",
    ),
    ("Neil Fraser", ["TM Fraser"], "Team manager (CWD team)", "professional"),
    ("Karen Doyle", ["TM Doyle"], "Team manager (MASH)", "professional"),
    ("Martin Hale", ["IRO Hale"], "Independent reviewing officer", "professional"),
    (
        "Lisa Morgan",
        ["DC Morgan"],
        "Detective constable (child abuse investigation)",
        "professional",
    ),
    ("Ruth Okafor", ["Dr Okafor"], "Consultant paediatrician, Kingsmead", "professional"),
    ("Fiona Reid", ["Fiona", "NN Reid"], "Named nurse safeguarding, Kingsmead", "professional"),
    ("Hamish Grant", ["Dr Grant"], "Consultant paediatrician, Riverside", "professional"),
    ("Priya Shah", ["Dr Shah"], "Consultant paediatric neurologist, St Cuthbert's", "professional"),
    (
        "Imogen Ward",
        ["Dr Ward"],
        "Consultant paediatric gastroenterologist, St Cuthbert's",
        "professional",
    ),
    ("Ellen Moss", ["Ellen"], "Paediatric dietitian, St Cuthbert's", "professional"),
    ("Colin Bates", ["Dr Bates"], "GP, Elm Road Surgery", "professional"),
    ("Sunita Rao", ["Dr Rao"], "GP, Castle Street Medical Centre", "professional"),
    ("Vikram Anand", ["Dr Anand"], "GP, Brookfield Health Centre", "professional"),
    ("Mel Hart", ["Mel", "MH"], "Community children's nurse", "professional"),
    ("Jo Kirby", ["Jo", "SN Kirby", "JK"], "Special school nurse", "professional"),
    ("Sandra Lowe", ["Mrs Lowe", "DSL Lowe"], "Deputy head and DSL, Oakwood", "professional"),
    ("Dev Patel", ["Mr Patel"], "Class teacher, Oakwood", "professional"),
    ("Rachel Osei", ["Rachel"], "Short-break service manager, Little Harbour", "professional"),
    ("Amy Chen", ["Amy"], "Support worker, Little Harbour", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        TER,
        "Y:2019",
        "Neurology: Kian (then 3y) - focal epilepsy with secondary generalisation. MRI brain normal, EEG L temporal sharp waves. Started levetiracetam. Global developmental delay, under community paediatrics (Northshire).",
        "Kian Marsh; Dr Shah",
        None,
    ),
    (
        TER,
        "M:2021-06",
        "Gastroenterology/Surgery: laparoscopic gastrostomy for unsafe swallow (VFSS - aspiration of thin fluids) and faltering growth. Fundoplication not performed. Home enteral feeding via community nursing on discharge.",
        "Kian Marsh; Dr Ward",
        None,
    ),
    (
        CSC,
        "Y:2023",
        "CWD Team: assessment from Northshire transferred when the family moved here. Kian is a child in need because of his disabilities (epilepsy, gastrostomy feeding, learning disability). Short breaks agreed at Little Harbour, two nights a month. His father lives in Poland and keeps in touch by video call.",
        "Kian Marsh; Tomasz Nowak",
        None,
    ),
    (
        GP,
        "M:2024-10",
        "Elm Road Surgery - new reg Kian + Poppy (moved from Northshire). Prev 2 practices since 2021. Repeats: levetiracetam, clobazam, buccal midazolam 10mg, Peptamen Junior, omeprazole.",
        "Kian Marsh; Poppy Marsh; Leanne Marsh",
        None,
    ),
    (
        RES,
        "M:2024-11",
        "Kian started overnight short breaks with us (2 nights a month). Care plan written with Mum; gastrostomy and seizure training for our staff given by the community nurse.",
        "Kian; Mum; Mel",
        None,
    ),
    # ---------------- March 2025 ----------------
    # E01 child in need review at home (CWD team)
    (
        CSC,
        "2025-03-04 10:00",
        "CWD Team: child in need review at the family home. Present: Ms Marsh, Gemma Price (social worker), Mel Hart (community children's nurse), Rachel Osei (Little Harbour) and Mr Patel (class teacher). Ms Marsh said Kian's seizures are 'worse than ever' and he is bringing up most of his feeds. School and Little Harbour both said they have seen no seizures this term. Plan continues: short breaks two nights a month, nurse to review the feeding regime, next review in three months.",
        "Kian Marsh; Leanne Marsh; SW Price; Mel; Rachel; Mr Patel",
        "E01",
    ),
    (
        CCN,
        "2025-03-04 10:00",
        "CIN r/v at home (SW Gemma). Mum reports vomiting ++ after boluses, sz nightly. Wt 23.1kg (9th). Site clean. Action MH: liaise St C's dietitian re regime.",
        "Kian; Mum; SW Price; MH",
        "E01",
    ),
    (
        RES,
        "2025-03-04",
        "Rachel went to Kian's Child in Need review at his home. We shared that Kian has had no seizures with us since Christmas and takes his feeds well. Mum wasn't happy - said our staff 'don't know what to look for'. Stays to carry on, 2 nights a month.",
        "Kian; Mum; Rachel",
        "E01",
    ),
    (
        SCH,
        "2025-03-04",
        "Mr Patel out to CIN meeting at home 10am (cover in Class 4). Reported Kian settled, no seizures seen in school this half term, enjoying yoghurt tasters at snack.",
        "Kian; Mr Patel; Mum",
        "E01",
    ),
    (
        GP,
        "2025-03-04 16:20",
        "Elm Road - Poppy 3y w/ Mum: 'rash + swollen lips after egg'. O/E no rash, lips normal, well child. Mum requests allergy ref + EpiPen - not indicated on hx, food diary advised. Dr Bates.",
        "Poppy Marsh; Leanne Marsh; Dr Bates",
        None,
    ),
    (
        GP,
        "2025-03-11 09:40",
        "Elm Road - Kian (Mum attended alone). Requests 4 extra buccal midazolam 10mg - 'used 6 this month'. Last issue 3/52 ago. Issued x2, advised neuro r/v. Dr Bates.",
        "Kian Marsh; Leanne Marsh; Dr Bates",
        None,
    ),
    (
        CCN,
        "2025-03-11 13:30",
        "Routine 3-monthly button change at school (MIC-KEY 14Fr 1.7cm). Balloon 4.5ml. Stoma healthy, no granulation. SN present.",
        "Kian; JK; MH",
        None,
    ),
    # E02 Kingsmead ED (Sat) - school told Monday - GP letter 11 days later
    (
        KGH,
        "2025-03-15 19:40",
        "Paed ED: 9y M, epilepsy + gastrostomy (St C's). Mum reports GTCS at home ~25 min, buccal midazolam x2 (17:50, 18:05). No ambulance - Mum drove. On arrival GCS 14 -> 15 by 20:30, obs NAD, no seizure activity witnessed. BM 5.4. AED levels sent. D/c 23:20, open access. Letter to GP.",
        "Kian Marsh; Leanne Marsh",
        "E02",
    ),
    (
        SCH,
        "2025-03-17 08:40",
        "Mum rang the office: Kian was at A&E at Kingsmead on Saturday after a 'long seizure', keeping him off today. Passed to SN + Class 4.",
        "Kian; Mum; Mr Patel",
        "E02",
    ),
    (
        SN,
        "2025-03-17",
        "Seizure diary review (JK): nil seizures in school since 06 Jan. School rescue midazolam not used this academic year. Kian absent today.",
        "Kian; JK",
        None,
    ),
    (
        GP,
        "2025-03-26",
        "Elm Road - ED letter Kingsmead 15/03: reported prolonged sz at home, 2x midaz by parent, nil witnessed in dept, d/c. Nil action. NB 2nd midaz request this month.",
        "Kian Marsh",
        "E02",
    ),
    # E03 tertiary neurology clinic and the GP's copy of the letter 10 days later
    (
        TER,
        "2025-03-25",
        "Neurology clinic (Dr Shah). Mother reports 8-10 seizures a week, mainly nocturnal, some >5 min needing buccal midazolam, and drop attacks at home. School seizure diary (from the school nurse) records none this term. No videos yet - asked mother to film episodes. Plan: levetiracetam up to 40mg/kg/day; 48h ambulatory EEG. Letter to GP; cc community nursing, school nurse.",
        "Kian Marsh; Leanne Marsh; Dr Shah",
        "E03",
    ),
    (
        GP,
        "2025-04-04",
        "Elm Road - Letter St Cuthbert's neuro OPD 25/03 (Dr Shah): Mum reports 8-10 sz/wk, none seen in school. LEV increased - repeat updated. Ambulatory EEG planned.",
        "Kian Marsh; Dr Shah",
        "E03",
    ),
    # ---------------- April ----------------
    # E04 one phone call recorded at both ends (different words)
    (
        CCN,
        "2025-04-09 11:15",
        "Tel to Ellen (dietitian, St C's). Mum says K vomits after every bolus - not seen at school/respite. Agreed trial overnight pump 20:00-06:00 + 2 daytime boluses; wt check 4/52. Will visit to set up pump.",
        "Kian; Ellen; MH",
        "E04",
    ),
    (
        TER,
        "2025-04-09",
        "Dietetics: telephone call from community nurse Mel Hart. Bolus intolerance reported at home only. Regime amended: Peptamen Junior 1.5 continuous 55ml/h x 10h overnight plus 2 x 200ml daytime. Letter to GP to follow.",
        "Kian Marsh; Mel; Ellen",
        "E04",
    ),
    (
        CCN,
        "2025-04-10 14:00",
        "HV to set up Infinity pump for new overnight regime. Mum says Kian 'can't cope' with daytime boluses either; asks about a 'J-tube'. Advised to raise with Dr Ward. Poppy present, well.",
        "Kian; Mum; Poppy; MH",
        None,
    ),
    # E05 admission at a second hospital; respite told the same evening; GP summary 9 days after d/c
    (
        RES,
        "2025-04-19 17:30",
        "Mum rang to cancel tonight's stay - Kian 'fitting and being sick all day', she is taking him to Riverside A&E because 'Kingsmead don't listen'. Rachel informed.",
        "Kian; Mum; Rachel",
        "E05",
    ),
    (
        RIV,
        "2025-04-19 21:15",
        "Emergency Department -> Children's Ward 4. Presenting complaint: vomiting all feeds for 2 days, 3 seizures today per mother. Gastrostomy-fed; epilepsy under St Cuthbert's. Examination: alert, mildly dry, abdomen soft. Admitted for IV fluids and observation.",
        "Kian Marsh; Leanne Marsh",
        "E05",
    ),
    (
        RIV,
        "2025-04-22",
        "Discharge summary, Ward 4 (Dr Grant). Admitted 19.04.2025 - 22.04.2025. Feeds re-established via gastrostomy - no vomiting observed by nursing staff. No seizures witnessed. Mother reports two nocturnal events on 20.04 - not seen by staff. Diagnosis: ?viral gastroenteritis. Follow-up: own GP; St Cuthbert's as planned.",
        "Kian Marsh; Leanne Marsh; Dr Grant",
        "E05",
    ),
    (
        TER,
        "2025-04-28",
        "Neurophysiology: 48h ambulatory EEG at home 28-30/04. No electrographic seizures. 3 push-button events marked by mother (29/04 02:10, 03:40, 05:15) - no EEG change, normal sleep architecture.",
        "Kian Marsh; Leanne Marsh",
        None,
    ),
    # ---------------- May ----------------
    (
        GP,
        "2025-05-01",
        "Elm Road - D/c summ Riverside 19-22/04: ?gastroenteritis, IVI, feeds tolerated on ward, no sz witnessed. (Different hospital - previously Kingsmead.) Nil action.",
        "Kian Marsh",
        "E05",
    ),
    (
        GP,
        "2025-05-06",
        "Castle Street MC - new pt reg Kian + Poppy (from Elm Road, same town). Reason given: 'GP wouldn't give enough midazolam'. Summariser: 3rd practice in 4 yrs.",
        "Kian Marsh; Poppy Marsh; Leanne Marsh",
        None,
    ),
    # E06 tertiary gastro clinic; letter filed by the new practice 14 days later
    (
        TER,
        "2025-05-13",
        "Gastroenterology clinic (Dr Ward). Mother reports retching and vomiting with both bolus and pump feeds; requests jejunal feeding and asks about TPN. Weight 23.4kg, stable on centile. Bloods normal. Plan: elective admission for pH-impedance and observed feeding, combined with video-telemetry (liaising with Dr Shah). Letter to GP - mother reports new practice (Castle Street).",
        "Kian Marsh; Leanne Marsh; Dr Ward; Dr Shah",
        "E06",
    ),
    (
        RES,
        "2025-05-16",
        "Friday overnight (16-17 May). Kian came from school happy. Full pump feed overnight, no vomits. No seizures. Ate half a yoghurt and some mashed banana with Amy - loved it! Mum collected Sat 11:00, said he'd 'pay for it later'.",
        "Kian; Mum; Amy",
        None,
    ),
    (
        GP,
        "2025-05-20 09:10",
        "Castle Street - Kian new pt r/v with Mum. Hx per Mum: 'seizures daily', vomiting, under 3 hospitals. Requests midaz x10 + omeprazole increase. Issued midaz x4. Awaiting notes. Dr Rao.",
        "Kian Marsh; Leanne Marsh; Dr Rao",
        None,
    ),
    (
        SN,
        "2025-05-20",
        "Feed chart for the week: all 12:30 boluses given in school - no vomits, no retching. Seizure log nil. (JK)",
        "Kian; JK",
        None,
    ),
    (
        GP,
        "2025-05-27",
        "Castle Street - Letter St C's gastro 13/05 (Dr Ward): Mum requesting J-tube/TPN; wt stable; planned adm for pH study + telemetry. Note Elm Road records not yet rec'd.",
        "Kian Marsh; Dr Ward",
        "E06",
    ),
    # ---------------- June ----------------
    # E07 school nurse email to the CWD social worker, read next day
    (
        SCH,
        "2025-06-02 08:50",
        "Mum at drop-off asked that Kian has no more oral tasters at snack - 'they make him sick at home'. Mr Patel passed to SN. Kian cross at snack time.",
        "Kian; Mum; Mr Patel",
        None,
    ),
    (
        SN,
        "2025-06-02 15:10",
        "Email to SW Gemma Price (CWD) cc DSL: discrepancy - Mum reports daily seizures + vomiting every feed; school log nil seizures since Jan, all boluses kept down, Kian taking oral tastes. Mum asked school this am to stop tasters. (JK)",
        "Kian; Mum; SW Price; Mrs Lowe; JK",
        "E07",
    ),
    (
        CSC,
        "2025-06-03",
        "CWD Team: read an email sent yesterday afternoon by Jo Kirby, the school nurse at Oakwood. She is worried about the gap between what Ms Marsh reports at home (daily seizures, vomiting every feed) and what school sees (no seizures since January, feeds kept down, Kian enjoying tastes of food). Discussed with TM Fraser - raise at the next child in need review and ask Kian's health professionals what they see.",
        "Kian Marsh; Leanne Marsh; Jo; TM Fraser",
        "E07",
    ),
    # E08 GP referral to general paediatrics and its receipt a week later
    (
        GP,
        "2025-06-10",
        "Castle Street - Elm Road notes rec'd. ED/adm at Kingsmead 03/25 + Riverside 04/25, 2 tertiary specialties, frequent midaz requests. Referral to Kingsmead gen paeds (Dr Okafor) for local co-ordination of care. Dr Rao.",
        "Kian Marsh; Dr Rao; Dr Okafor",
        "E08",
    ),
    (
        CCN,
        "2025-06-11 13:30",
        "Routine 3-monthly button change at school (MIC-KEY 14Fr 1.7cm). Balloon 4.5ml. Site healthy. Spare button kit for home checked with Mum by phone - in date.",
        "Kian; Mum; MH",
        None,
    ),
    (
        KGH,
        "2025-06-17",
        "Paediatric outpatients: referral received from Dr Rao (Castle Street MC, dated 10/06) asking for a lead local paediatrician to co-ordinate care across St Cuthbert's, Riverside and Kingsmead. Triaged routine-soon by Dr Okafor; appt 08/07.",
        "Kian Marsh; Dr Rao; Dr Okafor",
        "E08",
    ),
    # E09 Riverside ED (Sat), GP letter 10 days later; the community nurse's Monday visit is NOT it
    (
        RIV,
        "2025-06-21 14:05",
        "Emergency Department. Presenting complaint: gastrostomy button 'fell out' at 13:00; mother also reports 4 seizures this morning. Tract patent; new 14Fr 1.7cm button placed by ED registrar, position confirmed (aspirate pH 4). Child alert and interactive throughout 3-hour stay; no seizure activity. Discharged. Letter to GP.",
        "Kian Marsh; Leanne Marsh",
        "E09",
    ),
    (
        CCN,
        "2025-06-23",
        "HV. Mum says button 'fell out' Sat and was replaced at Riverside A&E. New button checked - balloon 5ml, site OK. Asked why spare kit not used (Mum trained) - 'faulty'. Kit found intact in cupboard.",
        "Kian; Mum; MH",
        None,
    ),
    # ---------------- July ----------------
    (
        GP,
        "2025-07-01",
        "Castle Street - ED letter Riverside 21/06: dislodged gastrostomy, button replaced, ?sz not witnessed. Nil.",
        "Kian Marsh",
        "E09",
    ),
    # E10 first Kingsmead general paediatric clinic; GP letter 10 days later
    (
        KGH,
        "2025-07-08 14:00",
        "General paediatric clinic (Dr Okafor). Seen with mother, who describes daily seizures and vomiting of most feeds and asks for referral to a 'feeding clinic in London'. O/E well-grown, happy, no abnormality. Care split across 3 hospitals and 2 GP practices this year; school and community nursing report no seizures or vomiting. Plan: request Riverside and St Cuthbert's records; Kingsmead to be single lead for acute care; r/v 6/52. Letter to GP, cc St Cuthbert's.",
        "Kian Marsh; Leanne Marsh; Dr Okafor",
        "E10",
    ),
    # E11 social worker's visit during a short break (respite records the weekend as a range)
    (
        CSC,
        "2025-07-11 17:00",
        "CWD Team: visited Kian at Little Harbour during his short break, as agreed with Ms Marsh. Kian was in the sensory room with his support worker Amy, smiling and vocalising. Staff said he has had no seizures with them this year and takes all his feeds. Kian signed 'more' for yoghurt.",
        "Kian Marsh; SW Price; Amy",
        "E11",
    ),
    (
        RES,
        "A:2025-07-11:2025-07-13:weekend stay 11-13 July 2025",
        "Weekend stay. Gemma (social worker) came to see Kian on Friday teatime - he showed her the sensory room. No seizures all weekend. Pump feeds overnight, no vomits. Mum collected Sunday and asked staff 'what did you tell the social worker?'",
        "Kian; SW Price; Amy; Mum",
        "E11",
    ),
    # E12 EHCP annual review at school
    (
        SCH,
        "2025-07-15 13:30",
        "EHCP annual review (Mrs Lowe chair). Mum, Mr Patel, SN Jo Kirby, SW Gemma Price, CCN Mel Hart. Good progress - Makaton, PECS, standing frame. Mum asked for 1:1 'seizure watch' all day and for the EHCP to say 'nil by mouth'. Medical advice to be sought. Outcome: amend sections B/F.",
        "Kian; Mum; Mrs Lowe; Mr Patel; JK; SW Price; Mel",
        "E12",
    ),
    (
        SN,
        "2025-07-15",
        "EHCP AR attended. Shared: no sz in school since Jan, feeds tolerated, enjoys oral tastes per SaLT plan. Mum disputes - wants NBM. Advised this needs SaLT/consultant advice, not a school decision.",
        "Kian; Mum; JK",
        "E12",
    ),
    (
        CSC,
        "2025-07-15",
        "CWD Team: attended the annual review of Kian's education, health and care plan at Oakwood School. Ms Marsh asked school to make Kian nil by mouth and to provide one-to-one seizure monitoring; school and the school nurse described a very different picture from the one she describes at home.",
        "Kian Marsh; Leanne Marsh; SW Price",
        "E12",
    ),
    (
        CCN,
        "2025-07-15",
        "Annual review at school (EHCP). Wt 23.6kg, stable on pump regime. Mum asked for CCN letter supporting NBM - declined pending SaLT.",
        "Kian; Mum; MH",
        "E12",
    ),
    (
        GP,
        "2025-07-18",
        "Castle Street - Letter Kingsmead paeds OPD 08/07 (Dr Okafor): will co-ordinate care; records requested from Riverside + St C's. Please direct acute attendances to Kingsmead.",
        "Kian Marsh; Dr Okafor",
        "E10",
    ),
    (
        GP,
        "2025-07-22",
        "Castle Street - Mum requests 'urgent' letter to school re NBM + 1:1. Declined - to come via SaLT/paeds. Mum 'unhappy with the practice'. Dr Rao.",
        "Kian Marsh; Leanne Marsh; Dr Rao",
        None,
    ),
    # E13 Kingsmead admission (Sat), community nurse told by text, GP summary at a new practice
    (
        KGH,
        "2025-07-26 22:10",
        "Paed ED -> Ward 12. Mum reports cluster of 4 seizures today, midazolam x2 at home, vomiting all feeds. O/E drowsy but rousable, obs stable, no seizure in dept. Admitted for observation. Safeguarding: 3rd hospital attendance in 4/12 across 2 trusts - inform Dr Okafor.",
        "Kian Marsh; Leanne Marsh; Dr Okafor",
        "E13",
    ),
    (
        CCN,
        "2025-07-28",
        "Text from Mum: Kian admitted to Kingsmead Sat night with seizures, 'still there'. Visit due 29/07 cancelled.",
        "Kian; Mum; MH",
        "E13",
    ),
    (
        KGH,
        "2025-07-31",
        "Ward 12 discharge (Dr Okafor). 26/07-31/07. No seizures witnessed by staff in 5 days; mother reported 3 nocturnal episodes, none seen by night staff on 1:1 obs. Mother disconnected pump twice reporting vomiting - no vomit found. All feeds given by nurses tolerated; wt +300g. Urine drug screen on admission benzodiazepine +ve (consistent with reported midazolam). Plan: health professionals' meeting re perplexing presentation. D/c to GP.",
        "Kian Marsh; Leanne Marsh; Dr Okafor",
        "E13",
    ),
    # ---------------- August ----------------
    (
        RES,
        "2025-08-01",
        "Friday overnight. Kian back with us after his hospital stay - bright and giggly. Full feeds, no vomits, no seizures. Mum told staff he is 'nil by mouth now' - we have nothing in writing; Rachel to check with the community nurse.",
        "Kian; Mum; Rachel",
        None,
    ),
    (
        GP,
        "2025-08-04",
        "Brookfield HC - new reg Kian + Poppy (from Castle Street MC). 4th practice since 2021, 3rd in 10 months. Summariser flagged to Dr Anand.",
        "Kian Marsh; Poppy Marsh; Leanne Marsh; Dr Anand",
        None,
    ),
    (
        GP,
        "2025-08-11",
        "Brookfield HC - D/c summ Kingsmead 26-31/07 (Dr Okafor), forwarded from Castle St: no sz witnessed on ward, feeds tolerated when given by staff. Perplexing presentation - HPM to be arranged. Dr Anand.",
        "Kian Marsh; Dr Okafor; Dr Anand",
        "E13",
    ),
    # E14 health professionals' meeting (perplexing presentation) - six agencies, one records a w/c
    (
        KGH,
        "2025-08-12 14:00",
        "Health professionals' meeting - perplexing presentation (PP), chair Dr Okafor. Present: Dr Shah (St C's neurology, Teams), Dr Grant (Riverside), Dr Anand (Brookfield HC), Mel Hart (CCN), Jo Kirby (school nurse), Fiona Reid (NN safeguarding). Reported seizures and vomiting never witnessed by a professional; EEG push-button events without EEG change; 3 hospitals, 4 GP practices; repeated midazolam requests; escalating requests (J-tube, TPN, NBM). Agreed: complete St C's telemetry/pH admission 18/08; single health chronology (F Reid); Dr Okafor to meet mother after telemetry; if unexplained, refer to CSC re possible FII.",
        "Kian Marsh; Dr Okafor; Dr Shah; Dr Grant; Dr Anand; Mel; Jo; Fiona",
        "E14",
    ),
    (
        TER,
        "2025-08-12",
        "Neurology: Dr Shah attended (Teams) Kingsmead health professionals' meeting re perplexing presentation. St Cuthbert's to share EEG/telemetry findings and full attendance list. Telemetry booked 18/08.",
        "Kian Marsh; Dr Shah; Dr Okafor",
        "E14",
    ),
    (
        RIV,
        "2025-08-12",
        "Paediatrics (Dr Grant): attended multi-professional meeting at Kingsmead by video link. Riverside summary provided: 2 attendances in 2025 (admission 19.04-22.04, ED 21.06). Alert placed on Riverside PAS: contact Dr Okafor (Kingsmead) if Kian attends.",
        "Kian Marsh; Dr Grant; Dr Okafor",
        "E14",
    ),
    (
        GP,
        "2025-08-12",
        "Brookfield HC - Dr Anand attended HPM at Kingsmead re PP. GP to issue midaz only per St C's care plan (max 4/month) and share prescribing hx.",
        "Kian Marsh; Dr Anand",
        "E14",
    ),
    (
        CCN,
        "2025-08-12",
        "HPM at Kingsmead (MH). Shared: feeds tolerated when given by anyone other than Mum; spare button kit episode 23/06; Mum requesting NBM.",
        "Kian; Mum; MH",
        "E14",
    ),
    (
        SN,
        "A:2025-08-11:2025-08-15:w/c 11 Aug 25",
        "Summer hols - JK joined Dr Okafor's health professionals mtg by phone. School seizure log + feed charts sent to Kingsmead.",
        "Kian; JK; Dr Okafor",
        "E14",
    ),
    # E15 tertiary telemetry / pH admission and its GP letter 11 days later
    (
        TER,
        "2025-08-22",
        "Discharge summary (Neurology/Gastroenterology). Elective admission 18/08-22/08 for video-telemetry and pH-impedance. 4 'typical events' reported by mother during recording - video shows Kian lying still/asleep, no EEG correlate; no electrographic seizures. pH-impedance normal (reflux index 2.1%). All feeds given by nursing staff tolerated, no vomiting. Mother requested gastrojejunal tube - not indicated. Recommend: no AED escalation; wean clobazam; buccal midazolam only per written plan. Findings shared with Dr Okafor as agreed.",
        "Kian Marsh; Leanne Marsh; Dr Shah; Dr Ward; Dr Okafor",
        "E15",
    ),
    (
        KGH,
        "2025-08-27 11:00",
        "Dr Okafor and Fiona Reid met Ms Marsh to explain the telemetry/pH findings and that no medical explanation can be found for the reported symptoms. Mother angry - said she will 'go private' and 'get a new GP'. Left early.",
        "Leanne Marsh; Dr Okafor; Fiona",
        None,
    ),
    # ---------------- September ----------------
    (
        GP,
        "2025-09-02",
        "Brookfield HC - St C's d/c summ 18-22/08: telemetry - events reported by Mum had no EEG correlate; pH study normal; GJ not indicated. Wean clobazam per plan; midaz max per care plan. Repeat templates amended.",
        "Kian Marsh",
        "E15",
    ),
    # E16 FII referral sent and received the same day
    (
        KGH,
        "2025-09-05 11:30",
        "Safeguarding referral to CSC (MASH) by Dr Okafor: FII concerns - fabrication of seizures and feed intolerance, doctor-shopping, requests for invasive interventions, ?induced drowsiness (benzodiazepine use beyond plan). Tel discussion with MASH SW 11:45. Sibling Poppy 3y - mother reports 'egg allergy', not substantiated.",
        "Kian Marsh; Poppy Marsh; Leanne Marsh; Dr Okafor",
        "E16",
    ),
    (
        CSC,
        "2025-09-05 14:00",
        "MASH: written referral received from Dr Okafor, consultant paediatrician at Kingsmead, raising concern of fabricated or induced illness for Kian, who is known to the Children with Disabilities team. We also spoke by phone this morning. Sibling Poppy to be considered. TM Doyle: strategy discussion to be convened; CWD social worker informed.",
        "Kian Marsh; Poppy Marsh; Leanne Marsh; Dr Okafor; TM Doyle; SW Price",
        "E16",
    ),
    (
        SCH,
        "2025-09-05",
        "Kian's first full week back - settled, standing frame 20 mins, used PECS to ask for music. No seizures.",
        "Kian; Mr Patel",
        None,
    ),
    (
        GP,
        "2025-09-08",
        "Brookfield HC - MASH info request (strat disc re Kian + Poppy). Sent: midaz issues (22 in 12 mo across 3 practices), registration hx. Unable to attend.",
        "Kian Marsh; Poppy Marsh; Leanne Marsh",
        None,
    ),
    (
        POL,
        "2025-09-08",
        "Pre-strat checks: MARSH, Leanne (DOB 1991) - PNC nil, PND 1 x intel 2022 (Northshire) concern for welfare re children, NFA. NOWAK, Tomasz - resides Poland, no trace UK.",
        "Leanne Marsh; Tomasz Nowak",
        None,
    ),
    # E17 strategy discussion; school nurse files the minutes 6 days later
    (
        CSC,
        "2025-09-09 10:00",
        "Strategy discussion (Teams) chaired by TM Karen Doyle. Present: SW Gemma Price (CWD), DC Lisa Morgan (police), Dr Okafor and Fiona Reid (Kingsmead), Dr Shah (St Cuthbert's), Mrs Lowe (Oakwood, DSL), Jo Kirby (school nurse). GP information received in writing. Threshold met for section 47 enquiries for Kian (suspected fabricated or induced illness) and for Poppy. Joint visit with police on 11 September; Poppy to have a paediatric assessment; Ms Marsh to be told of the concerns at the joint visit; single health chronology to be completed; father in Poland to be contacted.",
        "Kian Marsh; Poppy Marsh; Leanne Marsh; Tomasz Nowak; TM Doyle; SW Price; DC Morgan; Dr Okafor; Fiona; Dr Shah; Mrs Lowe; Jo",
        "E17",
    ),
    (
        POL,
        "2025-09-09 10:00",
        "Strat disc (MASH/Teams) re MARSH children. Health concern FII re Kian 9y. Outcome: s47 joint police/CSC - JV 11/09. Police to consider offences (s1 CYPA 1933) pending health chronology. DC MORGAN OIC.",
        "Kian Marsh; Poppy Marsh; DC Morgan",
        "E17",
    ),
    (
        KGH,
        "2025-09-09 10:00",
        "Strategy mtg (Dr Okafor, F Reid). FII concerns + health chronology in progress presented. Outcome: s47 both children. KGH actions: Poppy paed assessment 16/09; health chronology to SW by 22/09.",
        "Kian Marsh; Poppy Marsh; Dr Okafor; Fiona",
        "E17",
    ),
    (
        TER,
        "2025-09-09",
        "Dr Shah joined Children's Social Care strategy call re Kian (FII concerns). Telemetry/pH results shared. St Cuthbert's to send a summary of all contacts to CSC.",
        "Kian Marsh; Dr Shah",
        "E17",
    ),
    (
        SCH,
        "2025-09-09 10:00",
        "Strategy meeting (Teams) - Mrs Lowe (DSL). Child protection enquiries agreed. School: keep seizure/feed logs; nothing to be said to Mum about the meeting.",
        "Kian; Mrs Lowe",
        "E17",
    ),
    (
        POL,
        "2025-09-09 16:30",
        "Crime recorded: child cruelty (s1 CYPA 1933) - susp MARSH, Leanne; vict MARSH, Kian. Inv plan: obtain health chronology, medical opinion re induced symptoms (benzodiazepine). No arrest at this stage.",
        "Leanne Marsh; Kian Marsh",
        None,
    ),
    (
        CSC,
        "2025-09-10",
        "Management oversight (TM Fraser, CWD): section 47 decision endorsed. Case stays with Gemma Price in the CWD team with safeguarding advice from the MASH. Consider an initial conference within 15 working days.",
        "Kian Marsh; TM Fraser; SW Price",
        None,
    ),
    # E18 joint visit (police + social worker); the morning button change is NOT it
    (
        CCN,
        "2025-09-11 10:00",
        "Routine 3-monthly button change at school (MIC-KEY 14Fr 1.7cm). Balloon 4.5ml. Stoma healthy. Tolerated well.",
        "Kian; JK; MH",
        None,
    ),
    (
        POL,
        "2025-09-11 15:30",
        "JV with SW PRICE at home addr. MARSH, Leanne present. Kian (9y, non-verbal) + Poppy (3y) seen - both appeared well, home clean. Med cupboard: buccal midazolam x7 in stock (GP issued 4 in Aug). Concerns explained; MARSH denied, stated professionals 'don't believe mothers'. Consented to info sharing. Father NOWAK contact details obtained.",
        "Leanne Marsh; Kian Marsh; Poppy Marsh; SW Price; Tomasz Nowak",
        "E18",
    ),
    (
        CSC,
        "2025-09-11 15:30",
        "Joint visit with DC Lisa Morgan. Ms Marsh was told about the concerns raised by doctors, school and nurses. She was distressed and angry and said she has been 'fighting for Kian for years'. Kian was in his chair watching a tablet and smiled when greeted; Poppy was playing and chatty. We counted seven buccal midazolam syringes in the kitchen. Ms Marsh gave Mr Nowak's phone number in Poland and agreed Poppy can be seen by a paediatrician.",
        "Leanne Marsh; Kian Marsh; Poppy Marsh; DC Morgan; Tomasz Nowak",
        "E18",
    ),
    (
        SN,
        "2025-09-15",
        "Strategy mtg minutes (09/09) rec'd by secure email - filed. SN actions: weekly feed/seizure summary to SW. (JK)",
        "Kian; JK; SW Price",
        "E17",
    ),
    # E19 sibling's paediatric assessment; the mother's call to the school nurse that morning is NOT it
    (
        SN,
        "2025-09-16 08:30",
        "Mum rang SN - wants to see Kian's seizure log 'since you're all reporting on me'. Referred to DSL. (JK)",
        "Kian; Mum; JK; Mrs Lowe",
        None,
    ),
    (
        KGH,
        "2025-09-16 10:30",
        "Paediatric assessment - Poppy 3y (Dr Okafor), SW present. Mother reports egg + milk allergy and 'breathing attacks' - no objective evidence; growth 50th centile, development age-appropriate; diet restricted by mother (no dairy/egg). Plan: dietitian, skin prick tests, EpiPen not indicated. Letter to GP + SW.",
        "Poppy Marsh; Leanne Marsh; Dr Okafor; SW Price",
        "E19",
    ),
    (
        CSC,
        "2025-09-16 10:30",
        "Went with Ms Marsh and Poppy to Poppy's paediatric assessment with Dr Okafor at Kingsmead. Poppy is well and developing as expected; Ms Marsh has been keeping dairy and eggs out of her diet because of allergies the doctor could find no evidence of.",
        "Poppy Marsh; Leanne Marsh; Dr Okafor",
        "E19",
    ),
    # E20 St Cuthbert's summary letter, logged by CSC a week later; Kingsmead's own chronology is NOT it
    (
        TER,
        "2025-09-22",
        "Safeguarding team: letter to Children's Social Care (SW G Price) - summary of all St Cuthbert's contacts 2019-2025 (31 outpatient, 4 admissions, 11 ED/assessment unit) with telemetry and pH findings, as agreed at strategy discussion.",
        "Kian Marsh; SW Price",
        "E20",
    ),
    (
        KGH,
        "2025-09-22",
        "Health chronology (F Reid) completed and sent to SW: Kingsmead 14 contacts, Riverside 5, St C's 46, GP 4 practices. Midazolam issues 22 in 12/12.",
        "Kian Marsh; Fiona; SW Price",
        None,
    ),
    # E21 mother withdraws from short breaks; respite's email read next day
    (
        RES,
        "2025-09-24 15:00",
        "Mum rang Rachel - cancelling all Kian's stays 'until further notice', says we've 'been talking to social services behind her back'. Rachel emailed Gemma (SW) at 16:10 to let her know.",
        "Kian; Mum; Rachel; SW Price",
        "E21",
    ),
    (
        CSC,
        "2025-09-25",
        "Email from Rachel Osei at Little Harbour, sent yesterday afternoon: Ms Marsh has cancelled all of Kian's short breaks indefinitely. This removes the main place outside school where Kian is seen. To discuss with Ms Marsh and at conference.",
        "Kian Marsh; Leanne Marsh; Rachel",
        "E21",
    ),
    (
        GP,
        "2025-09-26",
        "Brookfield HC - report for ICPC 30/09 sent to conference team (prescribing + registration hx, attendances). Dr Anand unable to attend (surgery).",
        "Kian Marsh; Poppy Marsh; Dr Anand",
        None,
    ),
    (
        RES,
        "2025-09-26",
        "Report written for Kian's child protection conference on 30 Sept and emailed to the conference team. No seizures seen in 23 nights with us in 2025; feeds always tolerated. Rachel can't attend.",
        "Kian; Rachel",
        None,
    ),
    (
        CSC,
        "2025-09-29",
        "Letter received from St Cuthbert's safeguarding team (dated 22 September) summarising every contact Kian has had there since 2019, including the recent tests that found no explanation for the seizures or vomiting Ms Marsh describes. Added to the conference report.",
        "Kian Marsh; Leanne Marsh",
        "E20",
    ),
    # E22 initial child protection conference
    (
        CSC,
        "2025-09-30 10:00",
        "Initial child protection conference, chaired by Martin Hale. Present: Ms Marsh (left before the decision), SW Gemma Price, TM Fraser, DC Morgan, Dr Okafor, Mrs Lowe, Jo Kirby (school nurse), Mel Hart (community nurse). Written reports from the GP, St Cuthbert's and Little Harbour. Mr Nowak could not join from Poland. Kian and Poppy to be subject to child protection plans under the category of physical abuse (fabricated or induced illness). Dr Okafor to be the single lead paediatrician for all of Kian's acute care; every professional to record seizures and feeds they observe; Kian to stay registered at Brookfield Health Centre. First core group 14 October.",
        "Kian Marsh; Poppy Marsh; Leanne Marsh; Tomasz Nowak; IRO Hale; SW Price; TM Fraser; DC Morgan; Dr Okafor; Mrs Lowe; Jo; Mel",
        "E22",
    ),
    (
        POL,
        "2025-09-30 10:00",
        "ICPC attended (DC MORGAN). Both children CP plans - cat physical (FII). Crim inv ongoing - awaiting expert paed opinion.",
        "Kian Marsh; Poppy Marsh; DC Morgan",
        "E22",
    ),
    (
        KGH,
        "2025-09-30",
        "CP conf - Dr Okafor attended, health report presented. Outcome: CP plans both children. KGH: Dr Okafor named lead paediatrician; alert on Kingsmead PAS + CP-IS.",
        "Kian Marsh; Poppy Marsh; Dr Okafor",
        "E22",
    ),
    (
        SCH,
        "2025-09-30",
        "ICPC - Mrs Lowe and Jo Kirby (SN) attended. CP plan for Kian. Mum left during the meeting, upset.",
        "Kian; Mum; Mrs Lowe; Jo",
        "E22",
    ),
    (
        SN,
        "2025-09-30",
        "CP conf (JK attended with DSL). Kian + Poppy on plans. SN: daily seizure/feed record continues, weekly summary to SW + Dr Okafor.",
        "Kian; Poppy; JK; Dr Okafor",
        "E22",
    ),
    (
        CCN,
        "2025-09-30",
        "Attended initial case conference (MH). Both children on CP plan. CCN: monthly HV + weights to be shared.",
        "Kian; Poppy; MH",
        "E22",
    ),
    # ---------------- October ----------------
    (
        CSC,
        "2025-10-02",
        "Letter to Ms Marsh confirming the outcome of the initial conference and the date of the first core group.",
        "Leanne Marsh",
        None,
    ),
    # E23 Riverside ED despite the plan (Sat): EDT the same night, school Monday, Kingsmead email, GP letter
    (
        RIV,
        "2025-10-04 20:30",
        "Emergency Department. Mother reports Kian 'fitted for 15 minutes' in the car, buccal midazolam given. On arrival alert, obs normal, no post-ictal signs. CP-IS alert: child protection plan, lead paediatrician Kingsmead. ED consultant contacted EDT 21:40 and Kingsmead paediatric registrar. Observed until 23:30, discharged home with mother per EDT advice. Letter to GP and Dr Okafor.",
        "Kian Marsh; Leanne Marsh; Dr Okafor",
        "E23",
    ),
    (
        CSC,
        "2025-10-04 21:45",
        "EDT: call from the Emergency Department at Riverside. Kian is there with his mother, who says he had a long seizure. He is on a child protection plan and the plan says his acute care should be at Kingsmead. No seizure seen in hospital. Advised that Kian can go home with his mother tonight; Poppy is with her grandmother Pauline. Passed to the day team.",
        "Kian Marsh; Leanne Marsh; Pauline Marsh; Poppy Marsh",
        "E23",
    ),
    (
        SCH,
        "2025-10-06 08:45",
        "Mum rang the office - Kian was in hospital (Riverside) Saturday night after a seizure, off today. DSL informed, emailed SW.",
        "Kian; Mum; Mrs Lowe",
        "E23",
    ),
    (
        KGH,
        "2025-10-06",
        "Dr Okafor: email from Riverside ED re Kian's attendance 04/10 (reported seizure, not witnessed, CP-IS flagged). Attended Riverside contrary to plan.",
        "Kian Marsh; Dr Okafor",
        "E23",
    ),
    (
        CSC,
        "2025-10-06 14:00",
        "Day team follow-up of the EDT call: phoned Ms Marsh, who said she went to Riverside because it was nearer. Reminded her that Kian's emergency care is to be at Kingsmead. Strategy discussion to be reconvened.",
        "Leanne Marsh; Kian Marsh; SW Price",
        None,
    ),
    # E24 second strategy discussion
    (
        CSC,
        "2025-10-07 14:00",
        "Strategy discussion reconvened (Teams), chair TM Doyle, after Kian was taken to Riverside on 4 October against the plan. Present: SW Price, DC Morgan, Dr Okafor, Dr Grant (Riverside). Agreed: children remain on child protection plans and section 47 enquiries continue; request a legal planning meeting; give Ms Marsh a written expectation about where Kian gets emergency care; Riverside and St Cuthbert's to tell Dr Okafor of any contact the same day.",
        "Kian Marsh; Leanne Marsh; TM Doyle; SW Price; DC Morgan; Dr Okafor; Dr Grant",
        "E24",
    ),
    (
        POL,
        "2025-10-07 14:00",
        "Strat disc 2 re MARSH, Kian - Riverside ED 04/10. Police: crime inv continues, expert opinion/statement requested from Dr OKAFOR. No arrest.",
        "Kian Marsh; Leanne Marsh; DC Morgan; Dr Okafor",
        "E24",
    ),
    (
        KGH,
        "2025-10-07",
        "Strategy discussion 2 (Dr Okafor). Riverside attendance reviewed. KGH to provide witness statement to police; remains lead.",
        "Kian Marsh; Dr Okafor",
        "E24",
    ),
    (
        RIV,
        "2025-10-07",
        "Safeguarding (on behalf of Dr Grant): attended strategy discussion re Kian Marsh. Riverside alert updated: notify Dr Okafor the same day of any attendance; EDT if out of hours.",
        "Kian Marsh; Dr Grant; Dr Okafor",
        "E24",
    ),
    (
        POL,
        "2025-10-08",
        "Supervisory review (DS): no grounds for arrest at present, induced illness not evidenced. Await expert paed statement. Keep under review.",
        "Kian Marsh; Leanne Marsh",
        None,
    ),
    (
        CSC,
        "2025-10-09",
        "Legal planning meeting (internal, with legal services): pre-proceedings to be considered at the review conference; for now continue the child protection plan and send a letter of expectation.",
        "Kian Marsh; Poppy Marsh; Leanne Marsh",
        None,
    ),
    # E25 core group 1 (the GP filing the Riverside letter the same day is NOT it)
    (
        GP,
        "2025-10-14",
        "Brookfield HC - ED letter Riverside 04/10: reported sz in car, midaz given by Mum, nil witnessed, d/c. CP plan noted.",
        "Kian Marsh",
        "E23",
    ),
    (
        CSC,
        "2025-10-14 15:30",
        "First core group at Oakwood School. Present: Ms Marsh, SW Price, Mrs Lowe, Jo Kirby, Mel Hart. Child protection plan actions agreed: daily seizure and feed records at school; monthly home visits by the community nurse; Ms Marsh to use only Kingsmead in an emergency; short breaks to be discussed again. Ms Marsh declined to sign the letter of expectation.",
        "Kian Marsh; Leanne Marsh; SW Price; Mrs Lowe; Jo; Mel",
        "E25",
    ),
    (
        SCH,
        "2025-10-14 15:30",
        "Core group (1st) in school, 3.30 - DSL. School actions: daily logs, DSL check-in with Kian via PECS, weekly summary to SW.",
        "Kian; Mrs Lowe; Mum",
        "E25",
    ),
    (
        SN,
        "2025-10-14",
        "Core grp 1 attended. Seizure log since 02/09: 0. Feeds 100% tolerated. (JK)",
        "Kian; JK",
        "E25",
    ),
    (
        CCN,
        "2025-10-14",
        "Core group at school (MH). Monthly HVs agreed + wt.",
        "Kian; Mum; MH",
        "E25",
    ),
    (
        GP,
        "2025-10-21 11:10",
        "Brookfield HC - Kian + Mum. Clobazam wean per St C's plan (step 2). Mum asks for midaz 'extra for school' - school has own supply; declined. Wt 24.0kg. Dr Anand.",
        "Kian Marsh; Leanne Marsh; Dr Anand",
        None,
    ),
    (
        CSC,
        "2025-10-21 16:00",
        "Statutory home visit. Kian and Poppy seen. Ms Marsh calmer; said the GP 'refused midazolam again' this morning. Poppy now having yoghurt again after the dietitian's advice.",
        "Kian Marsh; Poppy Marsh; Leanne Marsh; SW Price",
        None,
    ),
    # ---------------- November ----------------
    # E26 father's email to school; DSL phones the social worker (both ends record the call)
    (
        SCH,
        "2025-11-03 11:20",
        "Email rec'd from Mr Nowak (Kian's dad, in Poland) asking for school reports and 'is Kian really having fits at school?'. Mrs Lowe rang SW 11.25 before replying.",
        "Kian; Dad; Mrs Lowe; SW Price",
        "E26",
    ),
    (
        CSC,
        "2025-11-03 11:25",
        "Telephone call from Mrs Lowe at Oakwood. Kian's father has emailed school from Poland wanting reports and asking about seizures in school. Advised that Mr Nowak has parental responsibility and school can share reports with him; I will call him this week.",
        "Kian Marsh; Tomasz Nowak; Mrs Lowe",
        "E26",
    ),
    (
        CSC,
        "A:2025-11-04:2025-11-07:early November 2025 (approx.)",
        "Video call with Mr Nowak in Poland (interpreter present). He has not seen Kian in person for two years. He said Ms Marsh has told him for years that Kian 'nearly dies every week'. He supports the plan and would like regular video calls with both children.",
        "Tomasz Nowak; Kian Marsh; Poppy Marsh; Leanne Marsh",
        None,
    ),
    # E27 tertiary neurology clinic attended with the social worker; GP letter 12 days later
    (
        TER,
        "2025-11-06",
        "Neurology clinic (Dr Shah). Kian attended with mother and social worker (Gemma Price). Mother reports 3-4 seizures a week; school log nil. Clobazam wean progressing. Written rescue-medication plan re-issued (buccal midazolam only for seizures >5 min, witnessed by a second adult where possible). Review 3/12. Copies Dr Okafor, GP, SW.",
        "Kian Marsh; Leanne Marsh; SW Price; Dr Shah; Dr Okafor",
        "E27",
    ),
    (
        CSC,
        "2025-11-06",
        "Went with Ms Marsh and Kian to his neurology appointment at St Cuthbert's. Dr Shah explained the new rescue medication plan. Ms Marsh does not accept that Kian's seizures are less frequent.",
        "Kian Marsh; Leanne Marsh; Dr Shah",
        "E27",
    ),
    # E28 core group 2 (look-alike of E25)
    (
        CSC,
        "2025-11-11 15:30",
        "Second core group at Oakwood School. Present: Ms Marsh, SW Price, Mrs Lowe, Jo Kirby, Mel Hart. Still no seizures at school; clobazam being reduced; no hospital attendances since Riverside on 4 October. Dr Okafor's planned admission for observed care booked for 24 November. Short breaks still cancelled by Ms Marsh.",
        "Kian Marsh; Leanne Marsh; SW Price; Mrs Lowe; Jo; Mel; Dr Okafor",
        "E28",
    ),
    (
        SCH,
        "2025-11-11 15:30",
        "Core group (2nd) in school, 3.30 - DSL. Kian happy, attendance 96%. Logs continue.",
        "Kian; Mrs Lowe",
        "E28",
    ),
    (
        SN,
        "2025-11-11",
        "Core grp 2. Seizure log 0, feeds tolerated, wt in school 24.2kg. (JK)",
        "Kian; JK",
        "E28",
    ),
    (
        CCN,
        "2025-11-11",
        "Core group (MH) at Oakwood. Monthly HV done x1; Mum declined Nov date, rebooked.",
        "Kian; Mum; MH",
        "E28",
    ),
    # E29 attempted registration at a fifth practice - phone call to SW, people-only pair
    (
        GP,
        "2025-11-17 11:50",
        "Meadowbank Surgery - new reg request for Kian (Mum). SCR flags CP plan; Mum says Brookfield 'refuse his meds'. Practice manager rang SW (G Price) 11:50 - reg held pending discussion, remains Brookfield pt.",
        "Kian Marsh; Leanne Marsh; SW Price",
        "E29",
    ),
    (
        CSC,
        "2025-11-17 11:55",
        "Telephone call from the practice manager at Meadowbank Surgery: Ms Marsh tried to register Kian there this morning, saying Brookfield won't give him his medicines. Agreed they will not register him while the plan names Brookfield; I will speak to Ms Marsh.",
        "Kian Marsh; Leanne Marsh",
        "E29",
    ),
    (
        GP,
        "2025-11-18",
        "Brookfield HC - Letter St C's neuro OPD 06/11 (Dr Shah): clobazam wean cont; revised rescue plan - midaz per written plan only. Repeat amended.",
        "Kian Marsh; Dr Shah",
        "E27",
    ),
    # E30 planned observation admission at Kingsmead; the SW's ward visit is NOT it
    (
        KGH,
        "2025-11-24 09:30",
        "Ward 12 - planned admission under Dr Okafor for observed care (seizure/feed observation) agreed via CP plan. Mother resident. Video monitoring with consent.",
        "Kian Marsh; Leanne Marsh; Dr Okafor",
        "E30",
    ),
    (
        SN,
        "2025-11-24",
        "Mum rang - Kian admitted to Kingsmead today for the planned observation week. Off school all week.",
        "Kian; Mum; JK",
        "E30",
    ),
    (
        CSC,
        "2025-11-26 15:00",
        "Visited Kian on Ward 12. He was sitting up in bed laughing with the play specialist. Nurses say he has had no seizures and has taken every feed. Ms Marsh had gone home for a few hours.",
        "Kian Marsh; Leanne Marsh; SW Price",
        None,
    ),
    (
        KGH,
        "2025-11-28",
        "Ward 12 discharge (Dr Okafor). 24/11-28/11: no seizures on video or seen by staff (mother reported 1 nocturnal event 26/11 - video shows Kian asleep, no movement). 100% of feeds tolerated incl. 3 oral tastes/day with SaLT. Wt +400g. Reported symptoms not substantiated; consistent with FII (fabrication). Plan: SaLT oral tasters, continue clobazam wean, written rescue plan. Copies GP, SW, St C's.",
        "Kian Marsh; Leanne Marsh; Dr Okafor",
        "E30",
    ),
    # ---------------- December ----------------
    (
        CCN,
        "2025-12-02 10:00",
        "HV (monthly, CP plan). Kian home with cold. Wt 24.6kg, site good. Mum quiet, 'no point saying anything'.",
        "Kian; Mum; MH",
        None,
    ),
    (
        GP,
        "2025-12-02 15:40",
        "Brookfield HC - Poppy. Skin prick tests (Kingsmead) neg egg/milk. Mum 'still avoiding'. Dietitian advice reinforced. Dr Anand.",
        "Poppy Marsh; Leanne Marsh; Dr Anand",
        None,
    ),
    (
        GP,
        "2025-12-08",
        "Brookfield HC - D/c summ Kingsmead 24-28/11 (planned obs adm): no sz, feeds tolerated, findings consistent w/ FII. Noted. Dr Anand.",
        "Kian Marsh; Dr Anand",
        "E30",
    ),
    # E31 core group 3 (look-alike); the community nurse's apology and update is NOT it
    (
        CSC,
        "2025-12-09 15:30",
        "Third core group at Oakwood School. Present: Ms Marsh, SW Price, Mrs Lowe, Jo Kirby; Mel Hart sent an update. Findings of the observation week shared - Ms Marsh disputes them but has agreed to oral tasters at school. Mr Nowak joined by video for the first time.",
        "Kian Marsh; Leanne Marsh; Tomasz Nowak; SW Price; Mrs Lowe; Jo; Mel",
        "E31",
    ),
    (
        SCH,
        "2025-12-09 15:30",
        "Core group (3rd) - DSL. Dad joined on Teams from Poland. Oral tasters restart tomorrow per SaLT.",
        "Kian; Dad; Mrs Lowe",
        "E31",
    ),
    (
        SN,
        "2025-12-09",
        "Core grp 3. Logs: 0 seizures this term. SaLT taster plan in place. (JK)",
        "Kian; JK",
        "E31",
    ),
    (
        CCN,
        "2025-12-09",
        "Unable to attend core group (clinic). Update emailed to SW: HV 02/12 - wt 24.6kg, site good.",
        "Kian; SW Price; MH",
        None,
    ),
    (
        CCN,
        "2025-12-11 13:30",
        "Routine 3-monthly button change at school (MIC-KEY 14Fr 1.7cm). Balloon 4.5ml. Stoma healthy.",
        "Kian; JK; MH",
        None,
    ),
    (
        POL,
        "2025-12-12",
        "Report to conference team for RCPC 18/12. Crime inv: expert statement rec'd (Dr OKAFOR) - file to CPS for early advice. DC MORGAN unable to attend.",
        "Kian Marsh; Leanne Marsh; DC Morgan",
        None,
    ),
    (
        GP,
        "2025-12-15",
        "Brookfield HC - RCPC report sent (not attending). Midaz issues since ICPC: 2, in line with plan.",
        "Kian Marsh; Poppy Marsh; Dr Anand",
        None,
    ),
    # E32 review child protection conference
    (
        CSC,
        "2025-12-18 10:00",
        "Review child protection conference (chair Martin Hale). Present: Ms Marsh, SW Price, TM Fraser, Dr Okafor, Mrs Lowe, Jo Kirby, Mel Hart; Mr Nowak by video. Reports from police, GP and St Cuthbert's. The observation admission found no seizures and no feeding intolerance. Both children remain subject to child protection plans (physical abuse - fabricated or induced illness). Ms Marsh has not taken Kian to any other hospital since October. Short breaks at Little Harbour to restart in January after a planning visit. Review in six months.",
        "Kian Marsh; Poppy Marsh; Leanne Marsh; Tomasz Nowak; IRO Hale; SW Price; TM Fraser; Dr Okafor; Mrs Lowe; Jo; Mel",
        "E32",
    ),
    (
        KGH,
        "2025-12-18",
        "RCPC - Dr Okafor attended. CP plans continue (both). KGH: 3-monthly lead paed r/v; obs admission report provided.",
        "Kian Marsh; Poppy Marsh; Dr Okafor",
        "E32",
    ),
    (
        SCH,
        "2025-12-18",
        "RCPC - Mrs Lowe attended. Plans continue. Kian's autumn term attendance 95%.",
        "Kian; Mrs Lowe",
        "E32",
    ),
    (
        SN,
        "2025-12-18",
        "Review conf (JK). CP plan continues - SN actions unchanged.",
        "Kian; JK",
        "E32",
    ),
    (
        CCN,
        "2025-12-18",
        "Review case conference attended (MH). Plans continue for both.",
        "Kian; Poppy; MH",
        "E32",
    ),
    (
        CSC,
        "2025-12-19",
        "Letter to Ms Marsh and Mr Nowak confirming the outcome of the review conference.",
        "Leanne Marsh; Tomasz Nowak",
        None,
    ),
    # ---------------- January / February 2026 ----------------
    # E33 planning visit at the short-break house
    (
        RES,
        "2026-01-14 16:00",
        "Planning visit - Gemma (SW) brought Mum and Kian to Little Harbour to plan restarting stays. Kian went straight to the sensory room. Mum agreed 1 night a month to start; staff to keep seizure + feed records and share them with Gemma. First stay 06/02.",
        "Kian; Mum; SW Price; Rachel",
        "E33",
    ),
    (
        CSC,
        "2026-01-14 16:00",
        "Took Ms Marsh and Kian to Little Harbour to plan his short breaks restarting. Ms Marsh agreed to one night a month to begin with, from 6 February. Rachel Osei will send me their seizure and feed records after each stay.",
        "Kian Marsh; Leanne Marsh; Rachel",
        "E33",
    ),
    # E34 community nurse trains short-break staff (nurse records it by month)
    (
        CCN,
        "M:2026-01",
        "Training for Little Harbour staff (6 attended): Kian's gastrostomy care, pump regime, written rescue medication plan and recording. Competencies signed off.",
        "Kian; MH",
        "E34",
    ),
    (
        RES,
        "2026-01-22",
        "Mel (community nurse) came in to train the team on Kian's tube feeding, pump and his new seizure plan - 6 staff signed off, including Amy and Rachel.",
        "Kian; Mel; Amy; Rachel",
        "E34",
    ),
    (
        GP,
        "2026-01-27 10:20",
        "Brookfield HC - Kian, cough 3/7 (Mum). Chest clear, T 37.2, sats 98%. Viral URTI. Safety-net advice. Dr Anand.",
        "Kian Marsh; Leanne Marsh; Dr Anand",
        None,
    ),
    (
        CSC,
        "2026-01-28 16:00",
        "Statutory visit. Kian has a cough and saw the GP yesterday. Ms Marsh says she has 'stopped fighting' the doctors. Poppy now eating eggs and yoghurt.",
        "Kian Marsh; Poppy Marsh; Leanne Marsh; SW Price",
        None,
    ),
    (
        KGH,
        "2026-02-03 14:00",
        "Lead paediatrician review (Dr Okafor). Well, wt 25.1kg, oral tasters going well with SaLT. No ED attendance anywhere since 04/10/25. Mother reports 'one or two' seizures/month.",
        "Kian Marsh; Leanne Marsh; Dr Okafor",
        None,
    ),
    (
        RES,
        "2026-02-06",
        "First stay back since September. Kian settled quickly with Amy, full pump feed overnight, no vomits, no seizures. Records emailed to Gemma on Saturday.",
        "Kian; Amy; SW Price",
        None,
    ),
    # E35 tertiary neurology clinic; GP letter 10 days later
    (
        TER,
        "2026-02-10",
        "Neurology clinic (Dr Shah). Seen with mother. Clobazam fully weaned. Mother reports 'fewer seizures'; school and short-break records: none. Levetiracetam unchanged; consider reducing at next review. Review 4/12. Copies Dr Okafor, GP, SW.",
        "Kian Marsh; Leanne Marsh; Dr Shah; Dr Okafor",
        "E35",
    ),
    (
        GP,
        "2026-02-20",
        "Brookfield HC - Letter St C's neuro 10/02 (Dr Shah): clobazam weaned; nil sz in school/respite; LEV unchanged, r/v 4/12.",
        "Kian Marsh; Dr Shah",
        "E35",
    ),
]

# ---------------- routine filler (null), hand-written pools ----------------
POOLS = {
    SCH: [
        (
            "Good day in Class 4 - music session, used PECS to ask for 'drum'. No seizures seen.",
            "Kian; Mr Patel",
        ),
        (
            "Hydrotherapy am. Kian relaxed, kicked with support 10 mins. Warm and settled after.",
            "Kian",
        ),
        (
            "Standing frame 20 min + sensory circuit. Tired pm, dozed 20 min in beanbag - usual for Kian.",
            "Kian; Mr Patel",
        ),
        (
            "Kian in late on transport - escort says Mum reported a 'bad night'. Settled by 10am, no seizures seen.",
            "Kian; Mum",
        ),
        (
            "Home-school book: Mum writes Kian 'had 3 seizures last night'. Bright in class all day, no seizures in school.",
            "Kian; Mum; Mr Patel",
        ),
        ("Attendance check: Kian missed {n} sessions this half term (appointments).", "Kian"),
        ("Sensory story - Kian anticipated the splash, big smiles.", "Kian"),
        ("Eye-gaze session with SaLT - Kian chose 'more' {n} times.", "Kian"),
        ("Mum rang to ask if Kian had 'any funny turns' today - told no. Logged.", "Kian; Mum"),
        ("Rebound therapy - Kian tolerated well, laughing throughout.", "Kian"),
        ("Music therapy 1:1 - vocalising in turn-taking game.", "Kian"),
    ],
    SN: [
        ("Lunchtime bolus 12:30 via button - tolerated, no vomiting/retching. (JK)", "Kian; JK"),
        ("Weekly log: seizures 0, all boluses tolerated, stoma site clean. (JK)", "Kian; JK"),
        (
            "Stoma check - mild redness at 6 o'clock, cleaned, barrier film. Note to Mum in home-school book. (JK)",
            "Kian; Mum; JK",
        ),
        ("Levetiracetam lunchtime dose via button 12:15. (JK)", "Kian; JK"),
        (
            "Kian coughing in class - chest clear, sats 98%, temp 36.8. Stayed in school. (JK)",
            "Kian; JK",
        ),
        (
            "Rescue med box checked: buccal midazolam x2 in date, seizure care plan current. (JK)",
            "Kian; JK",
        ),
        ("TA worried button 'blocked' - flushed easily with 20ml water. (JK)", "Kian; JK"),
        ("Seizure log check with class staff: no events this week. (JK)", "Kian; JK; Mr Patel"),
    ],
    CCN: [
        (
            "HV - wt and stoma check. Site clean, balloon water changed. Pump serviced.",
            "Kian; Mum; MH",
        ),
        (
            "Tel from Mum - needs more extension sets and syringes. Ordered via home delivery.",
            "Kian; Mum; MH",
        ),
        (
            "Home delivery problem (feed) sorted with supplier - {n} days' stock delivered.",
            "Kian; Mum",
        ),
        (
            "Tel from Mum: Kian 'retching all evening'. Advised venting and slower rate. Visit offered, declined.",
            "Kian; Mum; MH",
        ),
        (
            "HV - Poppy present, Mum tired. Kian's feed and supplies checked; spare button kit in date.",
            "Kian; Mum; Poppy; MH",
        ),
        ("Supplies audit - giving sets over-ordered ({n} boxes in home).", "Kian; Mum; MH"),
    ],
    RES: [
        (
            "Overnight stay. Kian arrived happy off school transport, full pump feed, no vomits, no seizures. Mum collected 11:00 next day.",
            "Kian; Mum",
        ),
        (
            "Overnight stay. Kian loved the bubble tube and music. Slept through. No seizures recorded. All feeds given.",
            "Kian; Amy",
        ),
        (
            "Overnight stay - a bit unsettled at bedtime, asleep by 22:30. No seizures. Pump feed ran in full.",
            "Kian",
        ),
        (
            "Short break - trip to the park, Kian loved the swings. Bolus kept down. Mum collected on time.",
            "Kian; Amy; Mum",
        ),
        ("Stay cancelled by Mum at 15:00 - Kian 'unwell'. Alternative date offered.", "Kian; Mum"),
        (
            "Overnight - meds handed over by Mum with MAR chart, counted in and out correctly.",
            "Kian; Mum",
        ),
    ],
}

HOLIDAYS = [
    ("2025-04-05", "2025-04-21"),
    ("2025-05-24", "2025-06-01"),
    ("2025-07-23", "2025-09-02"),
    ("2025-10-25", "2025-11-02"),
    ("2025-12-20", "2026-01-04"),
    ("2026-02-14", "2026-02-22"),
]
ADMISSIONS = [
    ("2025-04-19", "2025-04-22"),
    ("2025-07-26", "2025-07-31"),
    ("2025-08-18", "2025-08-22"),
    ("2025-11-24", "2025-11-28"),
]
ABSENT = [("2025-03-17", "2025-03-17"), ("2025-10-06", "2025-10-06")]

FILLER = casegen.filler(
    7201,
    POOLS,
    "2025-03-03",
    "2026-02-27",
    30,
    windows={RES: ("2025-03-03", "2025-09-23")},
    closed={
        SCH: HOLIDAYS + ADMISSIONS + ABSENT,
        SN: HOLIDAYS + ADMISSIONS + ABSENT,
        CCN: ADMISSIONS,
        RES: ADMISSIONS,
    },
)


def main():
    out = HERE / "case_bg.json"
    casegen.build(
        "bg",
        "9-year-old with epilepsy and gastrostomy feeding, 3-year-old sibling; mother moves between "
        "GP practices and hospitals, reported seizures and vomiting never witnessed, FII suspected; "
        "father in Poland; 10 agencies, Mar 2025 - Feb 2026 (repeated clinic letters, look-alike "
        "core groups and routine nursing/short-break contacts)",
        PEOPLE,
        AGENCIES,
        ENTRIES + FILLER,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
