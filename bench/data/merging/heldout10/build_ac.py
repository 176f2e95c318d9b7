# ruff: noqa
"""Writing aid for held-out case ac (fictional; written blind, see README.md here).

    python3 bench/data/merging/heldout10/build_ac.py      # writes heldout10/case_ac.json

HELD OUT: never open this file or case_ac.json while merge rules are being tuned.

A 13-year-old girl in a private fostering arrangement with her great-aunt, groomed online by an
adult, with missing episodes, self-harm and an overdose; her 4-year-old brother (Down syndrome,
hearing impairment) at home with a father who works nights. Seven agencies, Aug 2025 - May 2026.
Deterministic (hand-written entries + seeded filler from casegen).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# An extra date style for this case only (set at run time; casegen.py is not changed).
casegen.STYLES.setdefault("camhs", "%d %b %Y")

CSC = "Children's Social Care"
POL = "Police"
GP = "Riverside Medical Practice"
CAM = "CAMHS"
SCH = "Northgate Academy"
HOS = "Acute hospital"
MIS = "Missing Children service"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (CAM, "health", "camhs"),
    (SCH, "education", "school"),
    (HOS, "health", "health"),
    (MIS, "other", "iso"),
]

PEOPLE = [
    ("Leila Haddad", ["Leila", "LH"], "Child L", "child"),
    ("Yusuf Haddad", ["Yusuf", "YH"], "Child Y", "child"),
    ("Sami Haddad", ["Sami", "Dad", "Mr Haddad"], "Father", "parent"),
    ("Hana Saleh", ["Hana", "Mum", "Ms Saleh"], "Mother", "parent"),
    (
        "Mariam Khoury",
        ["Mariam", "Auntie Mariam", "Mrs Khoury"],
        "Great-aunt (private foster carer)",
        "family",
    ),
    ("Kieran Doyle", ["Kieran", "DOYLE", "Jay"], "Adult male (suspect)", "other_adult"),
    ("Doreen Platt", ["Doreen"], "Neighbour (overnight sitter)", "other_adult"),
    ("Grace Mensah", ["SW Mensah", "Grace"], "Social worker", "professional"),
    ("Owen Bell", ["Owen"], "Private fostering social worker", "professional"),
    ("Sandra Kaye", ["Chair Kaye"], "Conference chair", "professional"),
    ("Hollie Shaw", ["DC Shaw"], "Detective constable, Child Exploitation Team", "professional"),
    ("Rob Tanner", ["PC Tanner"], "Police constable", "professional"),
    ("Imran Qureshi", ["Dr Qureshi"], "GP", "professional"),
    ("Beth Carver", ["Beth", "BC"], "CAMHS mental health practitioner", "professional"),
    ("Daniel Okoro", ["Mr Okoro"], "School DSL", "professional"),
    ("Fiona Reid", ["PLN Reid"], "Paediatric liaison nurse", "professional"),
    ("Anita Rao", ["Dr Rao"], "Community paediatrician", "professional"),
    ("Jade Allen", ["Jade"], "Missing Children service worker", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background ----------------
    (
        CSC,
        "A:2025-08-01:2025-08-31:August 2025 (approx.)",
        "Information held on file: Mr Haddad contacted the Front Door over the summer asking about childcare support for Yusuf (Down syndrome, hearing impairment) because he works nights. Signposted to the Children with Disabilities team for a short breaks assessment. Mother (Hana Saleh) lives in Leeds and has little contact. No safeguarding concerns recorded at that time.",
        "Sami Haddad; Yusuf Haddad; Hana Saleh",
        None,
    ),
    (
        GP,
        "M:2025-08",
        "YH annual DS review (Dr Qureshi). TFTs nl. Bilat hearing aids - Dad says 'keeps pulling them out'. Audiology f/u requested. AVSD repair (infancy) - cardiology stable.",
        "YH; Dad; Dr Qureshi",
        None,
    ),
    (
        SCH,
        "2025-09-03",
        "Y9 start. Leila brought in by a lady introduced as 'Auntie Mariam' who gave a new address in Eastfield; says Leila has lived with her since August as Dad works nights. Office updated contacts. Passed to DSL.",
        "Leila; Auntie Mariam",
        None,
    ),
    # ---------------- E01 private fostering notification: school -> CSC (lag 7) ----------------
    (
        SCH,
        "2025-09-09 11:40",
        "CPOMS - Safeguarding > Family circumstances. DSL (Mr Okoro) met Leila and Mrs Khoury. Mrs Khoury is dad's aunt (great-aunt), not a parent; arrangement intended 'until Yusuf is older'. Meets PF definition (>28 days, not a close relative). Written notification emailed to LA Front Door today. Dad aware.",
        "Leila; Mrs Khoury; Mr Okoro; Dad",
        "E01",
    ),
    (
        CSC,
        "2025-09-16",
        "Private fostering notification received from Northgate Academy (DSL email dated 9 September 2025). Leila Haddad (13) has been living with her great-aunt Mariam Khoury since early August because her father works nights and cannot supervise her and her brother overnight. Allocated to Owen Bell (private fostering) for a visit within 7 working days.",
        "Leila Haddad; Mariam Khoury; Sami Haddad; Owen Bell",
        "E01",
    ),
    (
        CSC,
        "2025-09-23",
        "Private fostering initial visit (Owen Bell) to Mrs Khoury's flat. Leila seen alone in her bedroom - says she prefers living with Auntie because 'Dad sleeps all day'. Room appropriate. Mr Haddad joined by phone and consents to the arrangement. Health, police and education checks to be requested.",
        "Leila Haddad; Mariam Khoury; Sami Haddad; Owen Bell",
        None,
    ),
    (
        POL,
        "2025-09-30",
        "PF check req from LA re 14 Orchard Ct, Eastfield - occupant KHOURY Mariam (67). Nil trace PNC/PND. Reply sent.",
        "Mariam Khoury",
        None,
    ),
    # ---------------- E02 letter to GP for PF health info and its receipt ----------------
    (
        CSC,
        "2025-10-01",
        "Letter sent to Riverside Medical Practice requesting health information on Mariam Khoury as a private foster carer (her consent signed 23 September).",
        "Mariam Khoury; Owen Bell",
        "E02",
    ),
    (
        GP,
        "A:2025-10-06:2025-10-17:mid Oct 2025 (approx)",
        "Letter from LA (fostering) re Mrs Khoury - med info requested, consent on file. Reply: T2DM diet controlled, OA knees, no MH hx. Sent.",
        "Mrs Khoury",
        "E02",
    ),
    # ---------------- E03 school referral to MASH (online concern) ----------------
    (
        SCH,
        "2025-10-03 13:50",
        "CPOMS - Online safety. Friend (Y9) told form tutor Leila has been sending 'pics' to an older boy called 'Jay' on Snapchat who picks her up in a car after school. DSL saw Leila: says Jay is 17 and 'just a mate', would not show phone. Ref to Front Door by phone 14:20 (duty SW). Mrs Khoury informed.",
        "Leila; Jay; Mr Okoro; Mrs Khoury",
        "E03",
    ),
    (
        CSC,
        "2025-10-03 14:20",
        "Contact from Daniel Okoro, DSL at Northgate Academy: concern that Leila is sending images to an older male known as 'Jay' through social media and is being collected from school by him in a car. Possible child sexual exploitation. Leila is privately fostered (assessment open). Progressed to MASH; strategy discussion to be convened.",
        "Leila Haddad; Daniel Okoro; Jay",
        "E03",
    ),
    # ---------------- E04 strategy discussion 7/10 (minutes to school 6 days later) ----------------
    (
        GP,
        "2025-10-06",
        "Req from MASH for info for strategy mtg re LH. Summary sent: nil consultations since 2023 (asthma review). No SH hx. Not attending.",
        "LH; Dr Qureshi",
        None,
    ),
    (
        CSC,
        "2025-10-07 10:30",
        "Strategy discussion (MS Teams) re Leila. Present: Team Manager, Grace Mensah (allocated SW), DC Hollie Shaw (Child Exploitation Team), Daniel Okoro (DSL), Owen Bell (private fostering). GP information provided in writing. Agreed the threshold is met for a section 47 child protection enquiry (risk of child sexual exploitation) to be carried out jointly with police. Joint visit to Leila at Mrs Khoury's home on 9 October. Mr Haddad to be seen.",
        "Leila Haddad; Grace Mensah; Hollie Shaw; Daniel Okoro; Owen Bell; Sami Haddad",
        "E04",
    ),
    (
        POL,
        "2025-10-07 10:30",
        "Strat mtg - vict Leila HADDAD (13). Online CSE concern, male 'JAY' age unk, vehicle unk. s47 joint. Actions: OIC DC SHAW - JV 09/10, seek voluntary hand-over of handset, Snapchat disclosure req. Intel sub re 'JAY'.",
        "Leila Haddad; DC Shaw; Jay",
        "E04",
    ),
    (
        SCH,
        "2025-10-07",
        "DSL attended strat meeting (Teams) 10:30 re Leila. School to monitor who collects her; gate staff briefed.",
        "Leila; Mr Okoro",
        "E04",
    ),
    (
        GP,
        "2025-10-07",
        "LH 13y seen w/ great-aunt. 3/7 dysuria, freq. Urine dip nit +, leuc +. Rx nitrofurantoin 3/7. Declined to discuss sexual activity. Auntie mentions 'a meeting with social services today'. Safeguarding flag added.",
        "LH; Auntie Mariam; Dr Qureshi",
        None,
    ),
    (
        CSC,
        "2025-10-08",
        "Management oversight: strategy decision and section 47 enquiry endorsed by Team Manager. Consider a MACE referral if 'Jay' is identified as an adult. Private fostering assessment to continue in parallel.",
        "Leila Haddad",
        None,
    ),
    (
        SCH,
        "2025-10-13",
        "Minutes of strategy meeting (07.10.25) received from MASH and saved to Leila's file. School actions: gate monitoring, log any sightings of the car.",
        "Leila; Mr Okoro",
        "E04",
    ),
    # ---------------- E05 joint visit 9/10 ----------------
    (
        CSC,
        "2025-10-09 16:00",
        "Joint visit with DC Shaw to Mrs Khoury's home. Leila seen alone in the kitchen. She said Jay is 'about 20', that they met on Snapchat in the summer and that he buys her vapes and food. She denied any sexual contact. Mrs Khoury handed Leila's phone to the police. Safety plan agreed: home by 8pm, phone to stay downstairs overnight.",
        "Leila Haddad; Hollie Shaw; Mariam Khoury; Jay",
        "E05",
    ),
    (
        POL,
        "2025-10-09 16:00",
        "JV w/ SW MENSAH @ carer addr (KHOURY). Vict states 'JAY' approx 20yrs, met via Snapchat. Denies sexual contact. Declined ABE at this time. Handset (iPhone) seized w/ consent of carer - sub for download. Exhibit HS/1.",
        "Leila Haddad; SW Mensah; Mariam Khoury; Jay",
        "E05",
    ),
    # ---------------- E06 missing episode 1, Sat night 18-19/10 ----------------
    (
        POL,
        "2025-10-18 23:10",
        "MFH rpt. Leila HADDAD 13y F. Reported by great-aunt KHOURY (carer) - not returned from town, phone off, last seen 17:30. Risk HIGH (CSE concern, open s47). Patrols + ANPR on veh linked to 'JAY'.",
        "Leila Haddad; Mariam Khoury; Jay",
        "E06",
    ),
    (
        POL,
        "2025-10-19 02:40",
        "MFH located - LH found by PC TANNER at Kingsway multi-storey, level 4, with 2 older females. Smelt of cannabis. Male left in silver Golf before officers arrived - part VRM. Returned to carer 03:20. Prevention interview declined.",
        "Leila Haddad; PC Tanner",
        "E06",
    ),
    (
        CSC,
        "2025-10-19",
        "Emergency Duty Team: notification from police that Leila was reported missing by her great-aunt last night and was found by officers at 02:40 in a town-centre car park. Returned to Mrs Khoury. Passed to the allocated SW and the Missing Children service.",
        "Leila Haddad; Mariam Khoury",
        "E06",
    ),
    (
        SCH,
        "2025-10-20 08:35",
        "Mrs Khoury phoned office: Leila was missing Saturday night, police brought her back in the early hours, she is 'exhausted' and will be in late. Arrived 11:10 (L code). DSL informed.",
        "Leila; Mrs Khoury; Mr Okoro",
        "E06",
    ),
    (
        MIS,
        "2025-10-20",
        "MFH notification received (police; episode 18/10-19/10, found Kingsway car park). Episode 1 on our records. RHI to be offered within 72 hrs - will try to see Leila in school.",
        "Leila; Jade",
        "E06",
    ),
    # ---------------- E07 return home interview in school ----------------
    (
        MIS,
        "2025-10-22 12:30",
        "RHI completed in school (Jade). Leila engaged for 20 mins. Push: rows with Auntie over phone rules, 'boring' at Auntie's. Pull: Jay and 'his friends' with a car; free vapes, lifts. Went to a 'flat party' before the car park. Nothing further disclosed. Consent to share with SW/police.",
        "Leila; Jade; Jay",
        "E07",
    ),
    (
        SCH,
        "2025-10-22",
        "Leila out of period 4 to meet Jade Allen (return home interview worker) in the pastoral room. Booked by DSL.",
        "Leila; Jade Allen; Mr Okoro",
        "E07",
    ),
    # ---------------- E08 RHI report sent / received ----------------
    (
        MIS,
        "2025-10-23",
        "RHI report written up and emailed to SW Mensah + police missing coordinator. Risk indicators: older male, 'flat party', cannabis. Recommend MACE referral.",
        "Leila; SW Mensah",
        "E08",
    ),
    (
        CSC,
        "A:2025-10-24:2025-10-31:late October 2025",
        "Return home interview summary from the Missing Children service received and uploaded to Leila's file. It describes a 'flat party' before she was found and recommends a referral to the Multi-Agency Child Exploitation panel.",
        "Leila Haddad; Jade Allen",
        "E08",
    ),
    # ---------------- E09 Yusuf admitted with pneumonia Sun 2/11 ----------------
    (
        HOS,
        "2025-11-02 07:35",
        "ED: Yusuf Haddad 4y, Down syndrome. 2/7 cough, fever. O/E RR 48, sats 89% RA, R basal creps. CXR RLL consolidation. Dad brought him in straight from night shift. Admitted Ward 12 (paeds) for O2 + IV abx.",
        "Yusuf Haddad; Mr Haddad",
        "E09",
    ),
    (
        SCH,
        "2025-11-03 08:50",
        "Dad rang: Yusuf in hospital since Sunday with pneumonia; Leila is staying at the ward with him today to help. Absence authorised by HT for today only.",
        "Leila; Dad; Yusuf",
        "E09",
    ),
    (
        GP,
        "2025-11-03",
        "Sami Haddad. Tel consult. Poor sleep on nights, son in hospital. Sleep hygiene advice; fit note declined. Review PRN.",
        "Sami Haddad; Dr Qureshi",
        None,
    ),
    (
        HOS,
        "2025-11-05",
        "Ward 12 d/c summary: Yusuf, adm 02-Nov to 05-Nov. RLL pneumonia. Off O2 day 2. Oral amoxicillin to complete 5 days. GP chest review in 2/52. Dad and Mrs Khoury shown how to check his breathing.",
        "Yusuf Haddad; Mr Haddad; Mrs Khoury",
        "E09",
    ),
    (
        GP,
        "2025-11-14",
        "D/c summary rec'd (Ward 12): YH adm 02/11/25-05/11/25, RLL pneumonia. Action: chest review 2/52 - appt booked.",
        "YH",
        "E09",
    ),
    # ---------------- E10 ICPC 13/11 ----------------
    (
        GP,
        "2025-11-11",
        "Report for ICPC (LH) completed and sent to conference unit. Not attending - surgery commitments.",
        "LH; Dr Qureshi",
        None,
    ),
    (
        CSC,
        "2025-11-13 13:30",
        "Initial child protection conference, chaired by Sandra Kaye. Attended: Mr Haddad, Mrs Khoury, Grace Mensah, DC Shaw, Daniel Okoro, Jade Allen. GP report received. Ms Saleh (mother) was invited but did not attend. Leila did not attend; her views were shared by the SW. Outcome: Leila to be the subject of a child protection plan under the category of sexual abuse (risk of exploitation). First core group 26 November.",
        "Leila Haddad; Sami Haddad; Mariam Khoury; Grace Mensah; Hollie Shaw; Daniel Okoro; Jade Allen; Sandra Kaye; Hana Saleh",
        "E10",
    ),
    (
        POL,
        "2025-11-13",
        "CP conf attended (DC SHAW) re Leila HADDAD. Plan - cat sexual abuse / CSE. Police update: handset download pending; 'JAY' not yet identified.",
        "Leila Haddad; DC Shaw; Jay",
        "E10",
    ),
    (
        SCH,
        "2025-11-13",
        "DSL attended ICPC at Civic Centre 1.30pm. Leila now on CP plan (sexual abuse). School report submitted beforehand.",
        "Leila; Mr Okoro",
        "E10",
    ),
    (
        MIS,
        "2025-11-13",
        "Attended initial CP conference (Jade). Leila on plan. Missing service to continue weekly 1:1 sessions and attend core groups.",
        "Leila; Jade",
        "E10",
    ),
    # ---------------- E11 GP referral to CAMHS and its receipt ----------------
    (
        GP,
        "2025-11-20",
        "LH seen alone (Auntie in waiting room). Low mood 2/12, poor sleep, healed superficial linear cuts L forearm x6, denies current SI. 'Stuff online'. PHQ-A 17. Urgent referral to CAMHS via SPA. Safety netting + crisis line. SW emailed.",
        "LH; Auntie Mariam; Dr Qureshi",
        "E11",
    ),
    (
        GP,
        "2025-11-24",
        "Letter from conference unit: LH ICPC 13/11 - CP plan, cat sexual abuse. Coded. Alert added.",
        "LH",
        None,
    ),
    (
        CAM,
        "A:2025-11-24:2025-11-30:w/c 24 Nov 2025",
        "Referral rec'd from GP (Dr Qureshi, 20/11): 13F, low mood, historic SH (cutting), PHQ-A 17, on CP plan (CSE). Triaged amber - urgent choice appt. Allocated BC.",
        "LH; Dr Qureshi; BC",
        "E11",
    ),
    # ---------------- E12 core group 1 ----------------
    (
        CSC,
        "2025-11-26 15:30",
        "Core group meeting 1 at Northgate Academy. Present: Grace Mensah, Daniel Okoro, Jade Allen, Mrs Khoury; Mr Haddad by phone. Leila joined for the last ten minutes. Plan reviewed: 8pm curfew holding. Leila has a new phone she says a friend gave her - Mrs Khoury to check. GP has referred to CAMHS.",
        "Leila Haddad; Grace Mensah; Daniel Okoro; Jade Allen; Mariam Khoury; Sami Haddad",
        "E12",
    ),
    (
        SCH,
        "2025-11-26",
        "Hosted core group 3.30pm (DSL). School update: attendance 88%, 3 lates, car sightings at gate (none since 10.11). Leila asked if she can drop PE.",
        "Leila; Mr Okoro",
        "E12",
    ),
    (
        MIS,
        "2025-11-26",
        "Core group #1 attended. Weekly sessions continuing (Thurs). Leila mentioned 'new phone from a friend' - flagged.",
        "Leila; Jade",
        "E12",
    ),
    # ---------------- E13 self-harm, ED + ward overnight Sat 6/12 ----------------
    (
        POL,
        "2025-12-05",
        "Download HS/1 returned. Snapchat user 'jay.k.x' linked via subscriber data to DOYLE Kieran (24y). Indecent images requested from vict x4. Arrest plan auth DS.",
        "Leila Haddad; DOYLE",
        None,
    ),
    (
        HOS,
        "2025-12-06 01:55",
        "ED: 13F, self-inflicted laceration L forearm (4cm, superficial) with blade from pencil sharpener after argument w/ great-aunt about phone. Brought by great-aunt (taxi). Steri-strips. Admitted paeds ward for CAMHS assessment in AM. PLN informed.",
        "Leila Haddad; Mrs Khoury",
        "E13",
    ),
    (
        CAM,
        "2025-12-06 11:00",
        "CAMHS liaison (on call) - psychosocial assessment on Ward 12. LH cut arm after argument re phone. Impulsive, low intent, no plan. Future-oriented. Safe for d/c to great-aunt with safety plan; remove sharps. Expedite choice appt.",
        "LH; Mrs Khoury",
        "E13",
    ),
    (
        CSC,
        "2025-12-08",
        "Mrs Khoury telephoned the SW: Leila cut her arm in the early hours of Saturday after an argument about her phone and was kept in hospital until Saturday afternoon, where the hospital mental health team saw her before she went home. SW to visit.",
        "Leila Haddad; Mariam Khoury; Grace Mensah",
        "E13",
    ),
    (
        SCH,
        "2025-12-08",
        "Behaviour: Leila sent to reflection room P3 for using phone in lesson and refusing to hand it over. Mrs Khoury informed by text.",
        "Leila; Mrs Khoury",
        None,
    ),
    (
        CSC,
        "2025-12-09",
        "Home visit to Mrs Khoury's following her call about Saturday. Leila seen; arm healing. Sharps and medicines now locked away. Safety plan updated with Leila.",
        "Leila Haddad; Mariam Khoury; Grace Mensah",
        None,
    ),
    (
        GP,
        "2025-12-16",
        "ED/ward letter: LH attended 06/12/25, self-harm (laceration L FA), steri-strips, CAMHS liaison assessed, d/c same day. No GP wound check needed. Coded SH.",
        "LH",
        "E13",
    ),
    # ---------------- E14 arrest of Doyle 10/12 ----------------
    (
        POL,
        "2025-12-10 06:10",
        "DOYLE Kieran arrested @ home addr Flat 3 Mill St on susp cause/incite child to engage in sexual activity, poss IIOC. 2 handsets + laptop seized. Interviewed - no comment. Bailed to 10/03/2026, conds: no contact w/ LH, not to enter Eastfield.",
        "Kieran Doyle; Leila Haddad",
        "E14",
    ),
    (
        CSC,
        "2025-12-10 15:45",
        "DC Shaw telephoned: the man known to Leila as 'Jay' has been identified as Kieran Doyle, 24, and was arrested this morning. He is on bail with conditions not to contact Leila. Police to update Mrs Khoury; Leila not to be told details until police have spoken to her.",
        "Kieran Doyle; Hollie Shaw; Leila Haddad; Mariam Khoury",
        "E14",
    ),
    (
        SCH,
        "2025-12-11",
        "DC Shaw rang DSL: adult male linked to Leila ('Jay') arrested yesterday; bail conditions include no contact. Gate staff to ring 999 if seen. Not to be discussed with Leila.",
        "DC Shaw; Mr Okoro; Jay; Leila",
        "E14",
    ),
    # ---------------- E15 missing episode 2 27-28/12 and ED that follows ----------------
    (
        POL,
        "2025-12-27 19:05",
        "MFH rpt - Leila HADDAD 13y. Carer KHOURY reports LH left addr 16:00 to 'see friends', not returned, phone off. HIGH risk. DOYLE checked at bail addr - present, states no contact.",
        "Leila Haddad; Mariam Khoury; DOYLE",
        "E15",
    ),
    (
        POL,
        "2025-12-28 11:15",
        "MFH found - LH located at addr Carlton Rd, Hexley, after friend shared Snapchat location. 2 males 18-19y present, arrested (poss. w/i supply). LH intoxicated - conveyed to ED by police for welfare check. SARC offered, declined.",
        "Leila Haddad",
        "E15",
    ),
    (
        HOS,
        "2025-12-28 12:05",
        "ED: brought in by police after missing overnight. Alcohol ++, vomited x2. No injuries seen. Declined top-to-toe / SARC; says no sexual contact. Obs nl by 16:00, d/c to great-aunt. PLN to notify SW.",
        "Leila Haddad; Mrs Khoury",
        "E15",
    ),
    (
        CSC,
        "2025-12-28",
        "Emergency Duty Team: police advised that Leila was missing from 4pm yesterday and was found this morning in Hexley at an address with older males; taken to hospital by police for a check and discharged to Mrs Khoury this afternoon. Allocated SW to follow up.",
        "Leila Haddad; Mariam Khoury",
        "E15",
    ),
    (
        MIS,
        "2025-12-29",
        "MFH notification - episode 2 (27/12-28/12, found Hexley, ED after). RHI to be offered - Jade on leave, duty worker to cover.",
        "Leila",
        "E15",
    ),
    (
        CSC,
        "2025-12-29",
        "Visit to Mrs Khoury's home following the weekend missing episode. Leila in bed and would not come down. Mrs Khoury exhausted; asked whether Leila could go back to her father. Mr Haddad contacted - he cannot have her while he is on nights.",
        "Leila Haddad; Mariam Khoury; Sami Haddad",
        None,
    ),
    (
        GP,
        "2025-12-29",
        "YH chest review post pneumonia - clear. Dad. Hearing aids not in. Encouraged.",
        "YH; Dad",
        None,
    ),
    (
        MIS,
        "2026-01-05",
        "RHI attempted at home (duty worker). Leila declined to speak. Mrs Khoury says she came back 'with a new coat and trainers'. Passed to SW and police intel.",
        "Leila; Mrs Khoury",
        None,
    ),
    # ---------------- E16 CAMHS choice appointment 8/1 ----------------
    (
        CAM,
        "2026-01-08 14:00",
        "Choice appt (BC). LH attended with great-aunt. Low mood, SH (cutting, last 06/12), anger, poor sleep; online exploitation - CP plan. RCADS elevated dep/anx. Plan: 6 x individual sessions (CBT-informed), safety plan, liaise with school. Letter to GP.",
        "LH; Mrs Khoury; BC",
        "E16",
    ),
    (
        SCH,
        "2026-01-08",
        "Leila signed out 13:20 by Auntie Mariam for a hospital appointment (CAMHS). Did not return for P5.",
        "Leila; Auntie Mariam",
        "E16",
    ),
    # ---------------- E17 audiology DNA (Yusuf) ----------------
    (
        HOS,
        "2026-01-14",
        "Paediatric audiology: Yusuf Haddad - DNA. 2nd DNA (1st 17-Sep-2025). Letter to parent & GP; one further appt offered.",
        "Yusuf Haddad",
        "E17",
    ),
    (
        GP,
        "2026-01-20",
        "CAMHS letter (B Carver, MH practitioner): LH seen 08/01/26 - low mood, SH, CBT-informed sessions x6. No meds. Nil GP action.",
        "LH; Beth Carver",
        "E16",
    ),
    # ---------------- E18 core group 2 (and a CAMHS session the same day) ----------------
    (
        CAM,
        "2026-01-21 10:00",
        "Session 2 (BC) in clinic. LH brought by Dad. Feelings diary; no SH since 06/12. Talked about Jay - 'he was the only one who listened'.",
        "LH; Dad; BC; Jay",
        None,
    ),
    (
        CSC,
        "2026-01-21 15:30",
        "Core group meeting 2 at school. Present: Grace Mensah, Daniel Okoro, Beth Carver (CAMHS), Mrs Khoury, Mr Haddad. Jade Allen sent apologies and a written update. The second missing episode and hospital check were discussed. Mrs Khoury is struggling; the private fostering review will consider whether the arrangement remains suitable. Leila declined to attend.",
        "Leila Haddad; Grace Mensah; Daniel Okoro; Beth Carver; Mariam Khoury; Sami Haddad; Jade Allen",
        "E18",
    ),
    (
        CAM,
        "2026-01-21 15:30",
        "Attended core group at school (BC). Shared: engaging, SH urges reducing. Agreed to liaise w/ DSL re time-out plan.",
        "LH; BC",
        "E18",
    ),
    (
        SCH,
        "2026-01-21",
        "Core group (2) in school 3.30. School: attendance 84%, 2 internal truancies. DSL + CAMHS to speak next week re in-school plan.",
        "Leila; Mr Okoro",
        "E18",
    ),
    (
        GP,
        "2026-01-26",
        "Audiology DNA letter: YH not brought 14/01/26. Tel Dad - slept through after nights. Dad to rebook. WNB coded.",
        "YH; Dad",
        "E17",
    ),
    # ---------------- E19 phone call CAMHS <-> school (different words) ----------------
    (
        CAM,
        "2026-01-28 12:15",
        "T/C with Mr Okoro (DSL). Agreed in-school plan: LH may leave class with time-out card to pastoral base; pastoral check-ins Mon/Thu; school to tell CAMHS of any SH disclosure same day.",
        "LH; Mr Okoro; BC",
        "E19",
    ),
    (
        SCH,
        "2026-01-28",
        "Call from Beth (CAMHS). Leila can use the library quiet room when overwhelmed - staff to be told. Mrs P (pastoral) will see her twice a week. Any cuts or talk of hurting herself -> ring Beth that day.",
        "Leila; Beth",
        "E19",
    ),
    # ---------------- E20 paracetamol overdose Sat 7/2 ----------------
    (
        MIS,
        "2026-02-07 11:00",
        "Saturday girls' group (youth centre). Leila attended, quiet, on phone most of session. Left 12:30 with a friend.",
        "Leila; Jade",
        None,
    ),
    (
        HOS,
        "2026-02-07 17:20",
        "ED: BIBA. 13F, single ingestion approx 16 x paracetamol 500mg ~15:30 after messages threatening to share 'pics' unless she paid. Great-aunt called 999. 4hr level above treatment line - NAC started. Admitted Ward 12. PLN + CAMHS liaison referral. Police informed re threats.",
        "Leila Haddad; Mrs Khoury",
        "E20",
    ),
    (
        POL,
        "2026-02-07 21:30",
        "Call from hospital (Ward 12) re Leila HADDAD 13y - OD following threats via Snapchat to share indecent images unless paid GBP200 (sextortion). PC TANNER attended ward, screenshots obtained from carer. Crime: blackmail / threat to disclose images. Poss link DOYLE assocs - DC SHAW updated.",
        "Leila Haddad; PC Tanner; Mariam Khoury; DOYLE; DC Shaw",
        "E20",
    ),
    (
        CSC,
        "2026-02-07 22:10",
        "Emergency Duty Team: call from the hospital - Leila admitted after taking an overdose of paracetamol this afternoon following online threats to share images of her. She is on a treatment drip and will stay on the ward. Mrs Khoury with her; Mr Haddad to go to the hospital after his shift. Passed to allocated SW for Monday.",
        "Leila Haddad; Mariam Khoury; Sami Haddad",
        "E20",
    ),
    (
        CAM,
        "2026-02-09",
        "Notification from PLN (Fiona Reid): LH admitted Sat 07/02 - paracetamol OD, NAC. CAMHS liaison to assess on ward today when medically fit. BC informed.",
        "LH; Fiona Reid; BC",
        "E20",
    ),
    (
        SCH,
        "2026-02-09 08:20",
        "Mr Haddad phoned: Leila in hospital since Saturday after taking tablets - 'she is OK'. Absence authorised (illness). DSL informed; rang Beth (CAMHS) per plan - already aware.",
        "Leila; Mr Haddad; Mr Okoro; Beth",
        "E20",
    ),
    (
        HOS,
        "2026-02-10",
        "Ward 12 d/c: Leila Haddad adm 07-Feb to 10-Feb. Paracetamol OD, NAC completed, LFTs nl. CAMHS liaison assessment 09-Feb: d/c with safety plan, CAMHS f/u within 7 days. Meds to be locked away at home.",
        "Leila Haddad; Mrs Khoury",
        "E20",
    ),
    # ---------------- E21 strategy discussion 10/2 ----------------
    (
        CSC,
        "2026-02-10 09:30",
        "Strategy discussion following Leila's overdose and the online threats. Present: Team Manager, Grace Mensah, DC Shaw, Fiona Reid (paediatric liaison nurse), Beth Carver (CAMHS), Daniel Okoro (DSL). Agreed to continue child protection enquiries under the existing plan; police investigating the threats (possible link to Kieran Doyle's associates). Leila to go home to Mrs Khoury today with a safety plan. Review conference on 12 February to go ahead.",
        "Leila Haddad; Grace Mensah; Hollie Shaw; Fiona Reid; Beth Carver; Daniel Okoro; Mariam Khoury; Kieran Doyle",
        "E21",
    ),
    (
        POL,
        "2026-02-10 09:30",
        "Strat disc (Teams) - HADDAD LH. OD after sextortion threats. Crime ref 26/11482 (blackmail); Snapchat preservation req sent. Enq re DOYLE assocs. Continue joint s47.",
        "Leila Haddad; DOYLE",
        "E21",
    ),
    (
        CAM,
        "2026-02-10 09:30",
        "Strategy mtg (Teams) - BC attended. CAMHS: liaison assessment 09/02 moderate risk; f/u 13/02 booked; sessions to go weekly.",
        "LH; BC",
        "E21",
    ),
    (
        HOS,
        "2026-02-10",
        "PLN (Fiona Reid) attended strategy meeting by Teams re Leila. Admission details shared; medically fit for d/c today.",
        "Leila Haddad; Fiona Reid",
        "E21",
    ),
    (
        SCH,
        "2026-02-10",
        "DSL in strategy meeting 9.30 re Leila. School to plan phased return; safe-space pass continues.",
        "Leila; Mr Okoro",
        "E21",
    ),
    (
        GP,
        "2026-02-10",
        "Mrs Khoury - T2DM/BP review. BP 152/94. Very stressed (great-niece in hospital). Amlodipine started. Carer support info given.",
        "Mrs Khoury; Dr Qureshi",
        None,
    ),
    (
        GP,
        "2026-02-11",
        "Report for RCPC (LH) sent. Includes OD 07/02 (from ED notification).",
        "LH",
        None,
    ),
    # ---------------- E22 review CP conference 12/2 ----------------
    (
        CSC,
        "2026-02-12 10:00",
        "Review child protection conference (chair Sandra Kaye). Present: Mr Haddad, Mrs Khoury, Grace Mensah, DC Shaw, Daniel Okoro, Beth Carver, Jade Allen. Leila attended the first part with Jade. The recent overdose and two missing episodes were noted. Plan continues (sexual abuse). Mrs Khoury says she can continue to care for Leila with more support; private fostering arrangement to be reviewed. Mr Haddad to ask his employer about day shifts.",
        "Leila Haddad; Sami Haddad; Mariam Khoury; Grace Mensah; Hollie Shaw; Daniel Okoro; Beth Carver; Jade Allen; Sandra Kaye",
        "E22",
    ),
    (
        POL,
        "2026-02-12",
        "RCPC attended DC SHAW. Plan continues. DOYLE bail to 10/03. Sextortion enq ongoing - acct linked to overseas IP.",
        "Leila Haddad; DC Shaw; DOYLE",
        "E22",
    ),
    (
        CAM,
        "2026-02-12 10:00",
        "RCPC - BC attended. Report: 3 sessions; OD 07/02; now weekly.",
        "LH; BC",
        "E22",
    ),
    (
        SCH,
        "2026-02-12",
        "DSL at review CP conference (10am, Civic Centre). Leila remains on plan. School report: attendance 81%.",
        "Leila; Mr Okoro",
        "E22",
    ),
    (
        MIS,
        "2026-02-12",
        "Review conf attended with Leila (Jade helped her give her views: 'I want people to stop going on about Jay').",
        "Leila; Jade; Jay",
        "E22",
    ),
    (
        CAM,
        "2026-02-13",
        "Post-discharge f/u (BC). LH with Mrs Khoury. Safety plan reviewed; meds in locked box. Low mood, no current SI. Weekly from now.",
        "LH; Mrs Khoury; BC",
        None,
    ),
    # ---------------- E23 ED re-attendance Sun 15/2 (a second, separate ED visit) ----------------
    (
        HOS,
        "2026-02-15 15:40",
        "ED (self-presented w/ great-aunt): 13F, L chest pain + palpitations 2hrs, anxious. ECG NSR, obs nl. Recent adm for paracetamol OD - LFTs repeated, nl. Likely panic attack. D/c; CAMHS aware via PLN.",
        "Leila Haddad; Mrs Khoury",
        "E23",
    ),
    (
        CSC,
        "2026-02-16",
        "Mrs Khoury phoned: Leila had a 'panic attack' yesterday with chest pain and she took her back to A&E, where her heart and bloods were checked and she was sent home. Mrs Khoury asked for respite. SW to discuss with manager.",
        "Leila Haddad; Mariam Khoury; Grace Mensah",
        "E23",
    ),
    (
        CAM,
        "2026-02-16",
        "Strategy meeting minutes (10/02/26) rec'd from MASH - scanned to record.",
        "LH",
        "E21",
    ),
    (
        GP,
        "2026-02-20",
        "D/c summary rec'd (Ward 12): LH adm 07/02/26-10/02/26, paracetamol OD, NAC completed, LFTs nl. CAMHS f/u arranged. Action: small quantities only on any Rx to household.",
        "LH",
        "E20",
    ),
    # ---------------- E24 SW <-> GP phone call about medicines ----------------
    (
        CSC,
        "2026-02-24 11:20",
        "SW spoke with Dr Qureshi at the practice about keeping medicines in Mrs Khoury's home to a minimum after the overdose. The GP will prescribe only small quantities for everyone in the household and has put a note on the records.",
        "Grace Mensah; Dr Qureshi; Mariam Khoury; Leila Haddad",
        "E24",
    ),
    (
        GP,
        "2026-02-24",
        "Tel from SW (G Mensah) - OD risk. Agreed: max 7/7 supply for all Rx to household (Mrs Khoury, LH); alert on both records. Mrs K's amlodipine to weekly dispensing.",
        "SW Mensah; Mrs Khoury; LH",
        "E24",
    ),
    # ---------------- E25 Doyle charged 3/3 ----------------
    (
        POL,
        "2026-03-03 16:30",
        "DOYLE Kieran - CPS auth charge: cause/incite child 13-15 to engage in sexual activity x2, make IIOC x4. Remanded in custody, Mags 04/03. OIC to update SW.",
        "Kieran Doyle",
        "E25",
    ),
    (
        CSC,
        "2026-03-03",
        "DC Shaw phoned to say 'Jay' has been charged and remanded in custody. Police to tell Mrs Khoury and Mr Haddad this evening; SW to see Leila tomorrow after school.",
        "Jay; Hollie Shaw; Mariam Khoury; Sami Haddad; Leila Haddad",
        "E25",
    ),
    (
        SCH,
        "A:2026-03-02:2026-03-08:w/c 02.03.26",
        "DC Shaw informed DSL by phone that the man who groomed Leila has been charged and is in custody. Gate alert can be lifted.",
        "DC Shaw; Mr Okoro; Leila",
        "E25",
    ),
    # ---------------- E26 Yusuf at the Child Development Centre; GP files letter ----------------
    (
        HOS,
        "2026-03-05",
        "Child Development Centre clinic (Dr Rao): Yusuf Haddad 4y, DS. Attended w/ father + great-aunt. ~20 signs, few words. Hearing aids not worn; audiology DNA x2. Plan: SALT, re-refer audiology w/ transport; recommend short breaks assessment (CWD team). Letter to GP.",
        "Yusuf Haddad; Mr Haddad; Mrs Khoury; Dr Rao",
        "E26",
    ),
    (
        GP,
        "M:2026-03",
        "CDC clinic letter (Dr Rao) re YH: DS, speech delay, hearing aids not worn; SALT + audiology re-ref; CWD short breaks suggested. Filed.",
        "YH; Dr Rao",
        "E26",
    ),
    (
        CSC,
        "2026-03-10",
        "Children with Disabilities team: short breaks assessment for Yusuf started (worker visit). Mr Haddad explained he relies on a neighbour, Doreen Platt, to sit overnight while he works. Overnight short breaks to go to panel.",
        "Yusuf Haddad; Sami Haddad; Doreen Platt",
        None,
    ),
    # ---------------- E27 missing from school 12/3 ----------------
    (
        SCH,
        "2026-03-12 14:05",
        "Leila not at P5 registration after lunch. Site searched. Auntie & Dad not answering. Reported missing to police 14:05 (CP plan). DSL informed SW.",
        "Leila; Mr Okoro",
        "E27",
    ),
    (
        POL,
        "2026-03-12 14:05",
        "MFH - Leila HADDAD 13y from Northgate Academy, not seen since 12:45. HIGH. Located 18:20 by PC TANNER at Hexley bus stn, alone, sober. Says went to 'clear her head' after hearing JAY charged. Returned to carer 19:00.",
        "Leila Haddad; PC Tanner; Jay",
        "E27",
    ),
    (
        CAM,
        "2026-03-12 16:00",
        "DNA - LH weekly session 16:00. Tel Mrs Khoury: Leila 'went missing from school', police looking. Rebooked next wk.",
        "LH; Mrs Khoury; BC",
        None,
    ),
    (
        MIS,
        "2026-03-13",
        "MFH notification - episode 3 (12/03, from school, found Hexley bus stn same day). RHI booked Mon in school.",
        "Leila; Jade",
        "E27",
    ),
    # ---------------- E28 RHI in school 16/3 ----------------
    (
        MIS,
        "2026-03-16 11:15",
        "RHI in school (Jade). Leila said she felt 'guilty' Jay was locked up and got on the first bus. No adult contact. Calm. Worried Jay's friends will 'come for her'. Passed to DC Shaw.",
        "Leila; Jade; Jay; DC Shaw",
        "E28",
    ),
    (
        SCH,
        "2026-03-16",
        "Jade Allen (missing service) saw Leila in pastoral room P3 for a return interview.",
        "Leila; Jade Allen",
        "E28",
    ),
    # ---------------- E29 core group 3 ----------------
    (
        CSC,
        "2026-03-25 15:30",
        "Core group meeting 3 at Northgate Academy. Present: Grace Mensah, Daniel Okoro, Beth Carver, Jade Allen, Mrs Khoury, Mr Haddad; Leila attended. Doyle charged and remanded; one short missing episode from school since the last meeting. No self-harm since February. Mr Haddad has been offered day shifts from May. A return home to be considered at the next review.",
        "Leila Haddad; Grace Mensah; Daniel Okoro; Beth Carver; Jade Allen; Mariam Khoury; Sami Haddad; Kieran Doyle",
        "E29",
    ),
    (
        CAM,
        "2026-03-25",
        "Core grp (BC). Update: 8 sessions, mood improving, no SH since 07/02. Step down to fortnightly.",
        "LH; BC",
        "E29",
    ),
    (
        SCH,
        "2026-03-25",
        "Core group 3 hosted. Attendance 86% and improving. Leila spoke in the meeting - wants to stay at Northgate if she moves back to Dad's.",
        "Leila; Mr Okoro; Dad",
        "E29",
    ),
    (
        MIS,
        "2026-03-25",
        "Core group #3 - attended. Ep 3 RHI shared.",
        "Leila; Jade",
        "E29",
    ),
    # ---------------- E30 Yusuf fall downstairs Sat 11/4; E31 hospital referral Mon 13/4 ----------------
    (
        HOS,
        "2026-04-11 07:40",
        "ED: Yusuf Haddad 4y, DS. Fall down ~12 stairs approx 06:30; father home from night shift found him at foot of stairs crying; neighbour (overnight sitter) asleep on sofa. Boggy haematoma L parietal, GCS 15. CT head: no fracture/bleed. Obs 4hrly, d/c 15:00 with head injury advice. Supervision concern - PLN to refer to MASH.",
        "Yusuf Haddad; Mr Haddad; Doreen Platt",
        "E30",
    ),
    (
        HOS,
        "2026-04-13 09:15",
        "PLN (Fiona Reid): MARF sent to MASH re Yusuf - ED 11-Apr fall downstairs while overnight carer asleep; audiology DNA x2. Sibling on CP plan. Father cooperative and distressed.",
        "Yusuf Haddad; Fiona Reid; Mr Haddad",
        "E31",
    ),
    (
        CSC,
        "2026-04-13",
        "Contact received in MASH from the hospital paediatric liaison nurse about Yusuf: head injury on Saturday after a fall downstairs while the overnight sitter was asleep. His sister Leila is on a child protection plan. Passed to the Children with Disabilities team, who have an open short breaks assessment; social worker to visit Mr Haddad today.",
        "Yusuf Haddad; Fiona Reid; Sami Haddad; Leila Haddad",
        "E31",
    ),
    (
        GP,
        "2026-04-13",
        "Sami Haddad. Requests letter to employer supporting move to day shifts (caring responsibilities). Letter done.",
        "Sami Haddad",
        None,
    ),
    (
        CSC,
        "2026-04-13 17:00",
        "Children with Disabilities social worker home visit: Mr Haddad and Yusuf seen; stair gates to be fitted this week. Mr Haddad will not use the neighbour overnight again; Mrs Khoury will sleep at his flat on his work nights until his day shifts start. Emergency overnight short breaks requested.",
        "Yusuf Haddad; Sami Haddad; Mariam Khoury",
        None,
    ),
    (
        GP,
        "2026-04-21",
        "A&E d/c letter: YH 11/04/26 fall downstairs, head injury, CT NAD, d/c. Safeguarding: supervision (sitter asleep) - PLN referred to CSC. Noted.",
        "YH",
        "E30",
    ),
    # ---------------- E32 second review conference 7/5: plan ends ----------------
    (
        CSC,
        "2026-05-07 10:00",
        "Review child protection conference (second review), chair Sandra Kaye. Leila has had no missing episodes since 12 March and no self-harm since February. Doyle remanded awaiting trial. Mr Haddad started day shifts on 5 May. Decision: Leila no longer needs a child protection plan; step down to a child in need plan. Leila to return to her father's care at half term, when the private fostering arrangement will end.",
        "Leila Haddad; Sandra Kaye; Sami Haddad; Mariam Khoury; Kieran Doyle",
        "E32",
    ),
    (
        POL,
        "2026-05-07",
        "RCPC - DC SHAW. CP plan ended -> CIN. DOYLE trial listed Crown Ct Sept 2026. Sextortion enq: NFA (suspect overseas, not identified).",
        "Leila Haddad; DC Shaw; DOYLE",
        "E32",
    ),
    (
        CAM,
        "2026-05-07 10:00",
        "RCPC (BC). CP plan discontinued; CIN. CAMHS fortnightly to end of June, then review for d/c.",
        "LH; BC",
        "E32",
    ),
    (
        SCH,
        "2026-05-07",
        "DSL attended RCPC - plan ended, now CIN. School to attend CIN meetings.",
        "Leila; Mr Okoro",
        "E32",
    ),
    (
        MIS,
        "2026-05-07",
        "Review conference - CP plan ended. 1:1s to go fortnightly, close end of term.",
        "Leila; Jade",
        "E32",
    ),
    (
        GP,
        "2026-05-18",
        "Conference outcome letter: LH RCPC 07/05/26 - CP plan ended, CIN. Alert amended.",
        "LH",
        None,
    ),
    # ---------------- E33 first CIN meeting 20/5 ----------------
    (
        CSC,
        "2026-05-20 15:30",
        "Child in need meeting (first) at school. Present: Grace Mensah, Daniel Okoro, Beth Carver, Mr Haddad, Mrs Khoury and Leila. Move back to Mr Haddad's flat confirmed for 30 May; the private fostering arrangement ends that day and Owen Bell will close the private fostering record.",
        "Leila Haddad; Grace Mensah; Daniel Okoro; Beth Carver; Sami Haddad; Mariam Khoury; Owen Bell",
        "E33",
    ),
    (
        CAM,
        "2026-05-20",
        "Child in Need review (BC at school). LH moving home to Dad 30/05. Plan d/c from CAMHS end June if stable.",
        "LH; BC; Dad",
        "E33",
    ),
    (
        SCH,
        "2026-05-20",
        "CIN mtg in school 3.30 - Leila moving back to Dad's over half term. Change of address form given to Dad. Bus pass needed.",
        "Leila; Dad; Mr Okoro",
        "E33",
    ),
    (
        CSC,
        "2026-05-29",
        "Private fostering record closed (Owen Bell): Leila returns to her father's care tomorrow. Mrs Khoury thanked for her care.",
        "Leila Haddad; Mariam Khoury; Owen Bell",
        None,
    ),
]

# Routine single-agency filler (all null): repeated look-alike contacts.
POOLS = {
    CSC: [
        (
            "Child protection statutory visit: Leila seen alone in her room at Mrs Khoury's. Talked about school and friends; no new concerns reported.",
            "Leila Haddad; Mariam Khoury; Grace Mensah",
        ),
        (
            "Private fostering visit (Owen Bell): Leila seen; arrangement stable; Mrs Khoury reports the curfew is mostly kept.",
            "Leila Haddad; Mariam Khoury; Owen Bell",
        ),
        (
            "Supervision with Team Manager: Leila's plan reviewed; chase MACE panel date.",
            "Leila Haddad",
        ),
        ("Text messages with Mr Haddad to arrange a visit around his shifts.", "Sami Haddad"),
        ("Telephone call to Mrs Khoury - no answer; voicemail left.", "Mariam Khoury"),
        (
            "Direct work with Leila at school ('healthy relationships' worksheet).",
            "Leila Haddad; Grace Mensah",
        ),
        (
            "Visit to Mr Haddad's flat: Yusuf seen playing; Mr Haddad had slept after his night shift and Doreen was there.",
            "Yusuf Haddad; Sami Haddad; Doreen Platt",
        ),
    ],
    POL: [
        (
            "Intel logged: LH seen in Eastfield precinct w/ group of older youths approx 21:00. No offences.",
            "Leila Haddad",
        ),
        (
            "Missing persons coordinator review: LH flagged repeat MFH, problem profile updated.",
            "Leila Haddad",
        ),
        ("Snapchat disclosure request chased (HS/1 case).", ""),
        ("Neighbourhood patrol plan: Kingsway car park added to CSE hotspot patrols.", ""),
    ],
    GP: [
        ("YH - R ear discharge. Rx ciprofloxacin ear drops. Attended w/ Dad.", "YH; Dad"),
        ("YH repeat: Movicol, salbutamol.", "YH"),
        ("Mrs Khoury - HbA1c 5{n} mmol/mol, diet. Review 6/12.", "Mrs Khoury"),
        ("LH - asthma review (practice nurse). Technique ok.", "LH"),
        ("YH flu vaccine (nasal) given - Dad.", "YH; Dad"),
        ("Sami Haddad - back pain, lifting at work. Naproxen.", "Sami Haddad"),
    ],
    CAM: [
        (
            "Session (BC): LH attended with Mrs Khoury. Safety plan reviewed; no SH. Mood {n}/10.",
            "LH; Mrs Khoury; BC",
        ),
        ("Session (BC): LH attended alone (bus). Sleep routine work. Mood {n}/10.", "LH; BC"),
        ("Session (BC): DNA. Text sent; rebooked.", "LH; BC"),
        ("Clinical supervision: LH discussed, risk formulation updated.", "LH; BC"),
        (
            "Session (BC): LH with Dad. Talked about moving back home - mixed feelings.",
            "LH; Dad; BC",
        ),
    ],
    SCH: [
        ("Pastoral check-in (Mrs P): Leila OK, says Auntie 'nagging less'.", "Leila"),
        ("Attendance: Leila {n} lates this fortnight (bus). Letter home.", "Leila; Mrs Khoury"),
        ("Pastoral check-in: Leila quiet, asked for time in the library.", "Leila"),
        ("PSHE online safety session (Y9) - Leila attended, engaged.", "Leila"),
        ("Behaviour: detention for phone in class - attended.", "Leila"),
    ],
    MIS: [
        (
            "1:1 session with Leila (Jade) at school: healthy relationships / consent.",
            "Leila; Jade",
        ),
        ("1:1 session (Jade): 'spot the signs' grooming work. Leila engaged.", "Leila; Jade"),
        ("1:1 session - Leila declined to come out of lesson.", "Leila; Jade"),
        ("MACE panel prep: Leila's risk profile updated (Kingsway car park, Hexley).", "Leila"),
        ("Text check-in with Leila (Jade) - replied, OK.", "Leila; Jade"),
    ],
    HOS: [
        (
            "!Paediatric cardiology OPD: Yusuf Haddad, AVSD repair f/u. Echo stable. Review 2 yrs. Attended w/ father.",
            "Yusuf Haddad; Mr Haddad",
        ),
        (
            "!Paediatric dietetics: Yusuf, wt 16.2kg (50th centile, DS chart). Constipation advice.",
            "Yusuf Haddad; Mr Haddad",
        ),
        (
            "!Orthoptics: Yusuf, glasses prescribed (hypermetropia). Attended w/ great-aunt.",
            "Yusuf Haddad; Mrs Khoury",
        ),
        (
            "Safeguarding supervision (named nurse): Haddad family attendances reviewed.",
            "Leila Haddad; Yusuf Haddad",
        ),
    ],
}

WINDOWS = {
    CSC: ("2025-10-10", "2026-05-22"),
    POL: ("2025-10-20", "2026-05-15"),
    CAM: ("2026-01-09", "2026-05-22"),
    SCH: ("2025-09-15", "2026-05-22"),
    MIS: ("2025-10-24", "2026-05-22"),
}

_HOLS = [
    ("2025-10-27", "2025-10-31"),
    ("2025-12-20", "2026-01-04"),
    ("2026-02-16", "2026-02-20"),
    ("2026-03-28", "2026-04-12"),
]
_ADMITTED = [("2026-02-07", "2026-02-11")]  # Leila on the ward: no routine sessions with her
CLOSED = {
    SCH: _HOLS,
    MIS: _ADMITTED + [("2025-12-20", "2026-01-04")],
    CAM: _ADMITTED,
    CSC: _ADMITTED + [("2025-12-24", "2026-01-02")],
    GP: [("2025-12-24", "2026-01-02")],
}


def main():
    entries = list(ENTRIES)
    entries += casegen.filler(
        20261205, POOLS, "2025-09-15", "2026-05-22", 14, windows=WINDOWS, closed=CLOSED
    )
    casegen.build(
        "ac",
        "13-year-old privately fostered by her great-aunt, groomed online by an adult, missing "
        "episodes, self-harm and an overdose; 4-year-old brother with Down syndrome at home with "
        "a father working nights; 7 agencies, Aug 2025 - May 2026",
        PEOPLE,
        AGENCIES,
        entries,
        HERE / "case_ac.json",
    )


if __name__ == "__main__":
    main()
