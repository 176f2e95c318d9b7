# ruff: noqa
"""Writing aid for held-out case_an (fictional; written blind, see README.md here).

    python3 bench/data/merging/heldout14/build_an.py   # writes heldout14/case_an.json

HELD OUT: never to be used for tuning.

Four children (Kayden 12, Poppy 8, Alfie 2, baby Ruby born April 2026) living with their
mother Leanne Mullins, who has a mild learning disability, and Gareth Pike (father of Alfie and
Ruby), who misuses alcohol. Chronic neglect; a dog bite to Alfie; Poppy's school attendance;
damp/mould disrepair complaint and a retaliatory section 21 notice; a pre-birth assessment; a
PLO meeting; Poppy's dental extractions under general anaesthetic; a Care Act assessment of
Leanne. Eight agencies, Sep 2025 - Jun 2026. Every entry is written by hand (no filler).
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("asc", "%d %b %Y")  # 05 Feb 2026
casegen.STYLES.setdefault("hsg", "%d-%m-%Y")  # 12-01-2026

CSC = "Children's Social Care"
POL = "Police"
GP = "Millbrook Surgery"
HV = "Health Visiting (0-19)"
SCH = "Ashgrove Primary School"
CDS = "Community Dental Service"
ASC = "Adult Social Care"
HSG = "Housing (Council)"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (HV, "health", "health"),
    (SCH, "education", "school"),
    (CDS, "health", "iso"),
    (ASC, "social_care", "asc"),
    (HSG, "other", "hsg"),
]

PEOPLE = [
    ("Kayden Mullins", ["Kayden", "KM"], "Child K (12)", "child"),
    ("Poppy Mullins", ["Poppy"], "Child P (8)", "child"),
    ("Alfie Mullins", ["Alfie"], "Child A (2)", "child"),
    ("Ruby Mullins", ["Ruby", "baby Ruby", "Baby Mullins"], "Child R (born April 2026)", "child"),
    ("Leanne Mullins", ["Leanne", "Ms Mullins", "Mum", "LM", "MULLINS"], "Mother", "parent"),
    ("Gareth Pike", ["Gareth", "Mr Pike", "Dad", "PIKE"], "Father of Alfie and Ruby", "parent"),
    ("Tracy Mullins", ["Tracy", "Aunt Tracy"], "Maternal aunt", "family"),
    ("Dean Royle", ["Dean", "Mr Royle", "ROYLE"], "Gareth's friend, owner of the dog", "other_adult"),
    ("Kamal Sandhu", ["Mr Sandhu"], "Private landlord", "other_adult"),
    ("Chloe Barker", ["SW Barker", "Chloe"], "Child's social worker", "professional"),
    ("Imran Shah", ["TM Shah"], "CSC team manager", "professional"),
    ("Ruth Kenyon", ["IRO Kenyon"], "Conference chair (IRO)", "professional"),
    ("Jess Ainsworth", ["HV Ainsworth", "Jess"], "Health visitor", "professional"),
    ("Paul Okafor", ["Dr Okafor"], "GP", "professional"),
    ("Gemma Hart", ["MW Hart"], "Community midwife (surgery-based)", "professional"),
    ("Sarah Lennox", ["Dr Lennox"], "Community dentist", "professional"),
    ("Mark Doyle", ["Mark", "M Doyle"], "Adult social care worker", "professional"),
    ("Joanne Pym", ["Ms Pym"], "Care Act advocate", "professional"),
    ("Karen Firth", ["Mrs Firth", "DSL Firth"], "School DSL", "professional"),
    ("Nina Cole", ["Mrs Cole"], "School attendance officer", "professional"),
    ("Neil Barrow", ["Mr Barrow", "EHO Barrow"], "Environmental health officer", "professional"),
    ("Hannah Wells", ["PC Wells"], "Police safeguarding officer", "professional"),
    ("Anita Ridley", ["Ms Ridley"], "Local authority solicitor", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (GP, "Y:2012", "LM: Mild learning disability (Read code). Reads simple words, cannot manage letters/forms - give info verbally, easy read. Attended special school.", "Leanne Mullins", None),
    (GP, "Y:2021", "Mr Pike - alcohol dependence. AUDIT 29. Declined Horizon referral. LFTs deranged (GGT 240).", "Gareth Pike", None),
    (CSC, "M:2025-09", "Case history summary (prepared on re-referral): the family was known from 2021 to 2022 under a child in need plan for neglect of Kayden and Poppy (poor home conditions, head lice, missed health appointments). The case closed in May 2022 after Leanne's sister Tracy moved nearby and began helping. Leanne has a mild learning disability; no adult services involvement was recorded at the time.", "Kayden; Poppy; Leanne; Tracy", None),
    (HSG, "A:2025-09-01:2025-09-30:Sept 2025 (approx.)", "Tenant (Ms Mullins, 14 Wren Close) phoned re boiler intermittent and damp in back bedroom. Advised to notify landlord in writing. No SR opened.", "Ms Mullins", None),
    (HV, "2025-09-10 10:00", "2-2.5 yr review (ASQ-3) Alfie at home. Communication & personal-social below cut-off. Home cluttered, strong smell of urine, dog hair on sofa. Mum says Gareth's friend's dog 'staying for a bit'. Advice re talking/reading. Refer SALT.", "Alfie; Mum; Jess", None),
    (SCH, "2025-09-17", "Poppy - no PE kit again, same uniform all week, head lice (letter home). Class teacher spoke to Mum at gate, Mum said washing machine broken.", "Poppy; Mum", None),
    (GP, "2025-09-23", "MW Hart booking at surgery: LM G4P3, LMP 07/07/25, EDD 13/04/26. Booking bloods. LD noted - easy read info given. HV antenatal referral. Smokes 10/day.", "Leanne Mullins; MW Hart", None),
    (SCH, "2025-09-30", "Attendance check (Mrs Cole): Poppy 86.2% this half-term, late x6. Letter 1 (attendance concern) sent home.", "Poppy; Mrs Cole", None),
    (POL, "2025-10-03 16:20", "Call from neighbour - large dog loose/barking in garden 14 Wren Close, owner believed ROYLE. Advised council dog warden. No attendance.", "ROYLE", None),
    (SCH, "2025-10-06", "Poppy crying in class with toothache, said she had no breakfast. Given toast at breakfast club. Mum not answering phone.", "Poppy; Mum", None),
    # ---------------- E01 school referral ----------------
    (SCH, "2025-10-08 10:15", "DSL Firth - online MASH referral submitted re Poppy: cumulative neglect - toothache 2+ wks untreated, hungry, lice, smells, uniform. Attendance 84%. Mum aware of referral (told at 9am).", "Poppy; Mum; DSL Firth", "E01"),
    (GP, "2025-10-08 11:30", "MW clinic: LM 13/40. BP 112/70, urine not brought. Scan booked. Missed dating scan appt, rebooked.", "Leanne Mullins; MW Hart", None),
    (CSC, "2025-10-08 14:20", "Contact received through the MASH from Karen Firth, Designated Safeguarding Lead at Ashgrove Primary, about Poppy (8). School describe a build-up of concerns since September: Poppy has had toothache for more than two weeks with no dental treatment, arrives hungry and unwashed, has recurrent head lice and her attendance is 84%. Previous child in need involvement 2021-22 noted. MASH decision: threshold met for a child and family assessment for all three children; allocated to Chloe Barker.", "Poppy; Kayden; Alfie; Leanne; Karen Firth; Chloe Barker", "E01"),
    (CSC, "2025-10-14", "Initial home visit (announced) by Chloe. Leanne, Gareth and Alfie at home. The living room was cluttered with bags of washing and there was dog faeces in the back garden. A large dog belonging to Gareth's friend Dean was shut in the kitchen. Leanne was friendly but found it hard to follow the explanation of the assessment; I used short sentences and wrote down the next visit date for her. Gareth smelt of alcohol at 11am.", "Leanne; Gareth; Alfie; Dean; Chloe", None),
    (HV, "2025-10-15", "Tel call from SW Barker re neglect referral; requests joint visit. Booked for 21/10 10:00.", "Alfie; SW Barker; Jess", None),
    # ---------------- E02 joint visit ----------------
    (CSC, "2025-10-21 10:00", "Joint home visit with Jess Ainsworth, health visitor. Alfie was in a soaked nappy and had a sore rash; the cot had no sheet. Jess weighed Alfie and talked to Leanne about nappy changing and mealtimes using pictures. The dog was in the living room and jumped up at Alfie twice; we both asked that it be kept out of the children's rooms. Leanne agreed to a shopping list and routine chart.", "Alfie; Leanne; Dean; Jess Ainsworth; Chloe Barker", "E02"),
    (HV, "2025-10-21 10:00", "JV with SW (C Barker). Alfie wt 11.6kg (25th). Severe nappy rash, cot no bedding. Dog loose, jumped at child x2 - advised dog kept separate, stair gate. Visual routine chart given to Mum.", "Alfie; Mum; SW Barker; HV Ainsworth", "E02"),
    (GP, "2025-10-21 15:40", "Alfie - ear pulling, T 38.1, R TM red bulging. R AOM. Amoxicillin 5/7. Mum attended.", "Alfie; Mum", None),
    (SCH, "2025-10-23", "Poppy told TA that Dad 'was shouting and smelt of beer' last night and she hid in Kayden's room. Logged on CPOMS, DSL informed, shared with SW.", "Poppy; Dad; Kayden", None),
    (POL, "2025-10-26 01:30", "Noise complaint Wren Close. PIKE and ROYLE drinking in rear garden with music. Words of advice, music off. No children seen.", "PIKE; ROYLE", None),
    (CSC, "2025-10-29", "Assessment visit after school. I saw Kayden alone in his bedroom. He said he makes tea for Poppy and Alfie 'most nights' because Mum gets tired and Gareth is 'in the garden with Dean'. He has missed days at Moorside High to look after Alfie. He said the big dog 'growls at Alfie'.", "Kayden; Poppy; Alfie; Leanne; Gareth; Dean; Chloe", None),
    (HV, "2025-11-04 14:00", "HV home visit - Alfie. Wt 11.7kg. Nappy rash improved. Dog (XL bully type) loose in living room, no gate on kitchen. Repeated dog safety advice, leaflet. Mum 17/40, tired.", "Alfie; Mum; Jess", None),
    (SCH, "2025-11-07", "Poppy late 09:25. Collected at 15:45 by Kayden (12) - Mum not answering. Reminded Kayden he cannot collect without Mum's consent form.", "Poppy; Kayden; Mum", None),
    (CSC, "2025-11-11", "Supervision with Imran Shah. Assessment to be completed by 19 December; concern about the dog and Gareth's drinking. Plan to request a check with police about the dog's owner.", "Chloe Barker; TM Shah; Gareth; Dean", None),
    # ---------------- E03 dog bite ----------------
    (POL, "2025-11-15 19:52", "Call from NWAS: 2yr old bitten by dog, 14 Wren Close. Officers on scene 20:05. Child already conveyed to RI ED with MULLINS. Dog (XL bully) owned by ROYLE, staying at address; ROYLE and PIKE both intox. Dog seized under warrant-less power, to kennels. ROYLE reported for DDA s3. Children Kayden & Poppy left with aunt. PPN x3 submitted.", "MULLINS; PIKE; ROYLE; Alfie; Kayden; Poppy; Tracy", "E03"),
    (CSC, "2025-11-15 22:10", "EDT: call from the nurse in charge, Royal Infirmary Emergency Department. Alfie Mullins (2) brought in by ambulance with dog bite wounds to left cheek and left forearm, sustained at home about 19:30. Mother with him; father arrived later smelling strongly of alcohol. Wounds cleaned and closed with steristrips, antibiotics. Police have seized the dog. ED will discharge to mother and maternal aunt Tracy tonight. Passed to day team for Monday.", "Alfie; Leanne; Gareth; Tracy", "E03"),
    (CSC, "2025-11-17 09:40", "PPN received from police about Saturday evening (15 November): Alfie bitten by a dog belonging to Dean Royle at the family home; adults in the house had been drinking. Chloe informed; TM Shah asked for a strategy discussion.", "Alfie; Dean Royle; Chloe; TM Shah", "E03"),
    (SCH, "2025-11-17 08:55", "Mum at office: Alfie bitten by 'Dean's dog' Sat, went to A&E, has plasters on face. Poppy tired and tearful in class, says 'the dog's gone now'. DSL informed.", "Mum; Alfie; Poppy; Dean", "E03"),
    (HV, "2025-11-18", "Paed liaison notification from RI ED: Alfie attended 15/11/25 19:58, dog bite L cheek (2cm lac) + L forearm punctures. Steristrips, co-amox. Safeguarding referral made by ED. HV to visit.", "Alfie; Jess", "E03"),
    # ---------------- E04 strategy discussion ----------------
    (CSC, "2025-11-19 11:00", "Strategy discussion (Teams) chaired by Imran Shah. Present: Chloe Barker, PC Hannah Wells (police), Jess Ainsworth (health visiting). School sent information by email. Discussed the dog bite on 15 November against a background of chronic neglect, Gareth's drinking and Kayden's caring role. Decision: section 47 enquiry (single agency, CSC) for Kayden, Poppy and Alfie; police to continue the Dangerous Dogs Act matter with Mr Royle; no criminal investigation of the parents.", "Kayden; Poppy; Alfie; Gareth; Dean Royle; Chloe Barker; TM Shah; PC Wells; Jess Ainsworth", "E04"),
    (POL, "2025-11-19 11:00", "Strat disc (CSC chair). Outcome: s47 single agency CSC. Pol: DDA investigation ROYLE ongoing, dog kennelled. No offences re parents. PC Wells.", "ROYLE; PC Wells", "E04"),
    (HV, "2025-11-19", "Attended strategy mtg by Teams. Shared: ASQ delays, nappy rash, dog safety advice x2 (Oct/Nov) not followed. Agreed s47. HV to visit wkly during enquiry.", "Alfie; Jess", "E04"),
    (GP, "2025-11-20 10:10", "Alfie - mum: L forearm bite wound red, swollen, warm. ?cellulitis. Cont co-amox, add review 48h. Cheek healing.", "Alfie; Mum", None),
    (CSC, "2025-11-20", "Management oversight (TM Shah): s47 plan agreed; children to be seen alone within 24 hours; consider ICPC.", "TM Shah", None),
    (CSC, "2025-11-21", "Section 47 visit. All three children seen, Kayden and Poppy alone. Home: no dog now; kitchen floor sticky, little food (bread, crisps). Leanne cried and said she 'can't do it on my own'. Gareth said he will stop Dean coming round.", "Kayden; Poppy; Alfie; Leanne; Gareth; Dean; Chloe", None),
    (POL, "2025-11-24 14:00", "ROYLE interviewed under caution re DDA s3(1). Admits dog his; states child 'grabbed its face'. File to CPS.", "ROYLE", None),
    (GP, "2025-11-25", "Minutes of strategy discussion 19/11 rec'd (CSC, email). s47 re Kayden/Poppy/Alfie. Read Dr Okafor. CP alert pending.", "Dr Okafor; Kayden; Poppy; Alfie", "E04"),
    (GP, "2025-11-26", "RI ED letter (att 15/11/25): 2y, dog bite L cheek 2cm lac + L forearm puncture wounds. Steristrips, co-amox 5/7. Safeguarding referral made. Filed, alert on notes.", "Alfie", "E03"),
    (CSC, "2025-11-28", "Section 47 outcome: concerns of neglect substantiated for all three children. Initial child protection conference requested for 10 December; unborn baby to be considered in a pre-birth assessment.", "Kayden; Poppy; Alfie; Chloe Barker; TM Shah", None),
    (HV, "2025-12-01", "HV visit Alfie (wkly during s47). Wounds healing. Wt 11.8kg. Fridge almost empty - food bank voucher given. Mum 21/40.", "Alfie; Mum; Jess", None),
    # ---------------- E05 dental referral ----------------
    (GP, "2025-12-03 09:20", "Poppy, with Mum: toothache LL 2/52, facial swelling L. Multiple carious teeth. Not registered with dentist. Metronidazole. Advice.", "Poppy; Mum", None),
    (GP, "2025-12-03 12:05", "Referral: Community Dental Service (urgent), Poppy - multiple caries, dental abscess, not registered. Mum LD - please send appts via SW copy.", "Poppy; Dr Okafor", "E05"),
    (SCH, "2025-12-03", "Poppy in school pm only (GP am - seen). Face swollen L side. Mum says she 'has antibiotics now'.", "Poppy; Mum", None),
    (CDS, "2025-12-15", "Referral rec'd from Millbrook Surgery (Dr Okafor), dated 03/12/2025. 8y, pain LL, abscess, multiple caries, not registered. Triage: urgent NP. Appt 07/01/2026 09:30 - letter to mum + copy SW (per referral).", "Poppy; Dr Okafor; SW Barker", "E05"),
    (GP, "2025-12-08", "CP conf report (ICPC 10/12) completed and sent to CSC. GP unable to attend - surgery.", "Dr Okafor", None),
    # ---------------- E06 ICPC ----------------
    (CSC, "2025-12-10 10:00", "Initial child protection conference, chaired by Ruth Kenyon (IRO). Present: Leanne and Gareth, Chloe Barker, Karen Firth (school), Jess Ainsworth (HV), PC Hannah Wells. GP report received. Outcome: Kayden, Poppy and Alfie made subject to child protection plans under the category of neglect. Core group within 10 working days; pre-birth assessment to be completed by end of February; Leanne to be referred for an adult social care assessment.", "Kayden; Poppy; Alfie; Leanne; Gareth; IRO Kenyon; Chloe Barker; Karen Firth; Jess Ainsworth; PC Wells", "E06"),
    (SCH, "2025-12-10", "DSL Firth attended ICPC (Civic Centre). Outcome CP plans - neglect - x3 children. School actions: daily breakfast club for Poppy, attendance monitored wkly, liaise with Moorside re Kayden.", "Poppy; Kayden; DSL Firth", "E06"),
    (HV, "2025-12-10", "ICPC attended. CPP (neglect) Alfie, Poppy, Kayden. HV: fortnightly home visits, antenatal contact, refer SALT again.", "Alfie; Poppy; Kayden; Jess", "E06"),
    (POL, "2025-12-10 10:00", "CP conf attended PC Wells. Info shared: 3 calls to address in 12 mths (dog, noise, dog bite). DDA file with CPS.", "PC Wells; PIKE; ROYLE", "E06"),
    (GP, "2025-12-10 15:10", "Alfie - wound check: cheek healed, small scar. Forearm healed. Mum says dog gone. Also asked re Poppy's tooth - awaiting dental.", "Alfie; Mum; Poppy", None),
    (CSC, "2025-12-12", "Letter to Leanne and Gareth (easy-read version for Leanne) confirming the conference outcome and the first core group date.", "Leanne; Gareth", None),
    (HV, "2025-12-16 13:30", "HV visit - Alfie + antenatal contact 23/40. Alfie wt 12.0kg. Mum low mood, sleeping poorly. Kitchen cleaner. Dad out.", "Alfie; Mum; Jess", None),
    (SCH, "2025-12-18", "Christmas hamper and coats given to Poppy (PTA). Poppy attendance 83.0% autumn term.", "Poppy", None),
    (CSC, "2025-12-19", "CP visit (unannounced). Leanne and Alfie at home, Kayden out with friends. Christmas food box delivered. Heating not working - Leanne says the landlord has not replied to her texts.", "Leanne; Alfie; Kayden; Chloe", None),
    (POL, "2025-12-27 22:40", "Male shouting in street, Wren Close. PIKE intox, escorted to home address. Children at aunt's (per LM). Words of advice.", "PIKE; LM", None),
    # ---------------- E07 core group 1 ----------------
    (CSC, "2026-01-06 13:30", "First core group meeting, held at Ashgrove Primary. Present: Leanne, Chloe Barker, Karen Firth, Jess Ainsworth. Gareth did not attend. Plan reviewed action by action: breakfast club is working; Poppy's dental appointment is 7 January; heating still broken; Leanne struggles with letters, so all appointments are to be texted and copied to the social worker.", "Leanne; Gareth; Poppy; Chloe Barker; Karen Firth; Jess Ainsworth", "E07"),
    (SCH, "2026-01-06 13:30", "CG mtg in school (SW, HV, DSL, Mum). Dad DNA. Breakfast club daily - Poppy attending. Attendance 83%. Next CG 17/02.", "Mum; Dad; Poppy; SW Barker; HV Ainsworth; DSL Firth", "E07"),
    (HV, "2026-01-06", "Core group - attended at school. HV actions reviewed (SALT referral re-sent). Mum 26/40.", "Mum; Alfie; Jess", "E07"),
    (CDS, "2026-01-07 09:30", "NP appt Poppy - WNB. Tel mum x2, no answer.", "Poppy", None),
    # ---------------- E08 WNB letter ----------------
    (CDS, "2026-01-08", "WNB letter (easy read) to parent, cc SW C Barker & GP. Rebooked NP 27/01/2026 09:30.", "Poppy; Mum; SW Barker", "E08"),
    (SCH, "2026-01-08", "Poppy - came in without coat, ate 2 breakfasts. Said heating 'still broken'.", "Poppy", None),
    # ---------------- E09 housing referral ----------------
    (CSC, "2026-01-09 15:45", "Emailed the council's Private Sector Housing team asking for an inspection of 14 Wren Close: black mould on the walls of the children's bedrooms, boiler not working since early December, electric heaters running on extension leads. Leanne has texted the landlord, Mr Sandhu, several times with no reply. Leanne consented to the referral.", "Leanne; Mr Sandhu; Chloe Barker", "E09"),
    (HSG, "2026-01-12", "SR/26/0142 disrepair - 14 Wren Close (private rented, landlord K Sandhu). Referrer: Children's Services (email Fri). Damp/mould, no heating/HW. Tenant LD - contact via SW. Informal letter to landlord. Inspection to book.", "Ms Mullins; Mr Sandhu", "E09"),
    (SCH, "2026-01-12", "Mum phoned 08:45 - Poppy off with cough. Authorised (illness). 3rd illness absence this half-term.", "Mum; Poppy", None),
    # ---------------- E10 attendance meeting ----------------
    (SCH, "2026-01-14 14:00", "Attendance support meeting (Mrs Cole, DSL Firth) with Mum + SW. Poppy 81.3% YTD. Agreed: alarm clock, Kayden not to walk Poppy, Aunt Tracy backup for school run. Review 6 wks. No penalty notice at this stage.", "Mum; Poppy; Kayden; Tracy; Mrs Cole; DSL Firth; SW Barker", "E10"),
    (CSC, "2026-01-14 14:00", "Went with Leanne to Poppy's attendance meeting at school. Mrs Cole explained the figures with a simple chart, which helped. Leanne said mornings are hard because Alfie wakes at 5 and she is exhausted with the pregnancy. Tracy has offered to do the school run on Tuesdays and Thursdays.", "Leanne; Poppy; Alfie; Tracy; Mrs Cole; Chloe", "E10"),
    (HV, "2026-01-14 10:00", "HV fortnightly visit - Alfie. Wt 12.2kg. SALT appt letter found unopened on side - read through with Mum. House cold, mould bedroom.", "Alfie; Mum; Jess", None),
    (CSC, "2026-01-16", "Letter received from the Community Dental Service dated 8 January: Poppy was not brought to her new patient appointment on 7 January; a new appointment is offered on 27 January. I will take Poppy myself if Leanne agrees.", "Poppy; Leanne; Chloe", "E08"),
    (GP, "2026-01-19", "CDS letter: Poppy WNB 07/01, rebooked 27/01. Filed; copy to safeguarding lead.", "Poppy", "E08"),
    # ---------------- E11 ASC referral ----------------
    (CSC, "2026-01-20", "Referral made to Adult Social Care (Front Door) asking for a Care Act assessment for Leanne, who has a mild learning disability and is 28 weeks pregnant, to look at her own support needs with managing the home, money, letters and appointments. Leanne agreed and asked for someone 'to help me understand'.", "Leanne; Chloe Barker", "E11"),
    (ASC, "2026-01-22", "Contact from Children's Services (Chloe Barker): request Care Act assessment for Leanne Mullins, 31, mild LD, 3 children on CP plans, pregnant. Screened - meets criteria for assessment. Advocacy to be considered (s67).", "Leanne Mullins; Chloe Barker", "E11"),
    (ASC, "2026-01-26", "Allocated to Mark Doyle. Phoned Leanne - agreed home visit. Referral to Care Act advocacy (Joanne Pym).", "Leanne; Mark; Joanne Pym", None),
    # ---------------- E12 dental assessment ----------------
    (CDS, "2026-01-27 09:30", "NP exam, Poppy 8y. Attended w/ SW (C Barker), mum not present. dmft 9; 74, 84 abscessed, 54/64/75/85 unrestorable. FV applied, OHI to SW. Plan: XLA x6 under GA - consent from PR (mother). GA list referral.", "Poppy; SW Barker; Dr Lennox", "E12"),
    (CSC, "2026-01-27 09:00", "Collected Poppy from school at 9am and took her to the dentist at Castle Street clinic, as agreed with Leanne. Dr Lennox found a lot of decay and two infected teeth; Poppy needs six baby teeth taken out under a general anaesthetic. Poppy was brave. I bought her a toothbrush and we practised brushing. Returned to school at 10:40.", "Poppy; Leanne; Dr Lennox; Chloe", "E12"),
    (SCH, "2026-01-27", "Poppy - new PE kit from school fund. Name-calling in playground re smell; spoken to children involved.", "Poppy", None),
    # ---------------- E13 HHSRS inspection ----------------
    (HSG, "2026-01-29 10:30", "HHSRS inspection, 14 Wren Close (N Barrow). Cat 1: damp & mould growth (bed 2, bed 3), excess cold (boiler inoperative). Cat 2: electrical (trailing leads). SW present. Landlord to be served.", "Ms Mullins; EHO Barrow; SW Barker", "E13"),
    (CSC, "2026-01-29 10:30", "Met Neil Barrow, environmental health officer, at the house for his inspection. He told Leanne that the mould and lack of heating are serious hazards and the landlord will be made to do the repairs. Leanne worried Mr Sandhu would 'kick us out'.", "Leanne; Mr Sandhu; Mr Barrow; Chloe", "E13"),
    (HV, "2026-01-30 11:00", "HV visit - Alfie. Chesty cough, advised GP. Mould behind bed. Mum 29/40, feeling better now aunt helping.", "Alfie; Mum; Tracy; Jess", None),
    (GP, "2026-02-02", "Alfie - cough 1/52, wheezy. Sats 97%. Viral wheeze. Salbutamol. Damp in house - letter for housing supplied on request.", "Alfie; Mum", None),
    # ---------------- E14 Care Act assessment ----------------
    (ASC, "A:2026-02-02:2026-02-06:w/c 02 Feb 2026", "Care Act assessment completed at home this week with advocate (J Pym); children's SW present for part. Eligible needs: managing finances, maintaining a habitable home, accessing appointments/correspondence, parenting support. Outcome and support plan to follow.", "Leanne; Joanne Pym; Mark", "E14"),
    (CSC, "2026-02-05 14:00", "Joint visit with Mark Doyle from Adult Social Care for Leanne's own assessment. Joanne Pym, her advocate, was there. Leanne was able to say what she finds hard: reading post, budgeting and remembering appointments. Mark thinks she will be eligible for a support worker. Alfie was napping.", "Leanne; Alfie; Mark Doyle; Joanne Pym; Chloe", "E14"),
    (SCH, "2026-02-05", "Mum came in to ask about free school meals form - office helped complete. Poppy late x3 this week.", "Mum; Poppy", None),
    (HSG, "2026-02-10", "Improvement Notice (s11 HA 2004) served on K Sandhu - damp/mould, heating. Works to start within 28 days. Copy to tenant.", "Mr Sandhu; Ms Mullins", None),
    (HV, "2026-02-11 10:30", "HV visit Alfie. Wheeze settled. Fridge stocked, Tracy present. SALT appt 03/03 in diary (picture calendar).", "Alfie; Mum; Tracy; Jess", None),
    (POL, "2026-02-14 13:10", "Report from MULLINS: child's bike stolen from front garden. Crime recorded, no lines of enquiry.", "MULLINS", None),
    (CSC, "2026-02-16", "CP visit. Boiler still off but landlord's plumber came on Friday. All children seen. Kayden attending Moorside more regularly (school says 90% this half-term).", "Kayden; Poppy; Alfie; Leanne; Chloe", None),
    # ---------------- E15 core group 2 ----------------
    (CSC, "2026-02-17 13:30", "Second core group at Ashgrove Primary. Present: Leanne, Gareth (first time), Chloe Barker, Karen Firth, Jess Ainsworth, Mark Doyle (adult services). Progress: heating repair under way after the Improvement Notice; Poppy's attendance up to 85%; Poppy on the dental GA list. Gareth said he has cut down to weekends only. Concern remains about supervision of Alfie.", "Leanne; Gareth; Poppy; Alfie; Chloe Barker; Karen Firth; Jess Ainsworth; Mark Doyle", "E15"),
    (SCH, "2026-02-17 13:30", "CG mtg #2 (school). Mum + Dad attended. Poppy attendance 85.1% (up). Dental GA awaited. Next CG after RCPC.", "Mum; Dad; Poppy; DSL Firth", "E15"),
    (HV, "2026-02-17", "CG attended. Mum 32/40. HV: birth plan, safe sleep, dog-free home confirmed.", "Mum; Alfie; Jess", "E15"),
    (ASC, "2026-02-17 13:30", "Attended children's core group (school) as Leanne's worker. Explained ASC role; support worker 6 hrs/wk from March.", "Leanne; Mark", "E15"),
    (CSC, "2026-02-18 16:05", "Leanne rang me in tears: a letter from Mr Sandhu says the family must leave by 20 April. I told her not to move out and that I would speak to housing and to Mark.", "Leanne; Mr Sandhu; Chloe", None),
    (HSG, "2026-02-19", "Call from Mr Sandhu - wants property back, has served notice. Advised s21 notice likely invalid while Improvement Notice in force (retaliatory eviction, Deregulation Act 2015 s33).", "Mr Sandhu", None),
    (GP, "2026-02-20", "MW Hart: LM 32/40. SFH 31cm. BP normal. Discussed birth plan with SW involvement. Smoking 5/day.", "Leanne Mullins; MW Hart", None),
    # ---------------- E16 pre-birth planning meeting ----------------
    (CSC, "2026-02-24 10:00", "Pre-birth planning meeting (Teams and in person at the family centre). Present: Leanne, Chloe Barker, Imran Shah, Jess Ainsworth (HV), Gemma Hart (community midwife), Mark Doyle (ASC). Pre-birth assessment conclusions shared: Leanne loves her children and is working with services, but without daily support she cannot keep a baby safe; Gareth's drinking is unresolved. Plan: baby to go home with Leanne under a CP plan with Tracy staying for the first two weeks; discharge planning meeting on the ward before discharge.", "Leanne; Gareth; Tracy; Chloe Barker; TM Shah; Jess Ainsworth; MW Hart; Mark Doyle", "E16"),
    (HV, "2026-02-24 10:00", "Pre-birth planning mtg (family centre) - HV + MW attended. PBA: home with Mum on CPP, Aunt Tracy to stay 2 wks. HV to do NBV day 10-14 + wkly visits.", "Mum; Tracy; Jess; MW Hart", "E16"),
    (GP, "2026-02-24", "MW Hart attended CSC pre-birth meeting. Birth plan agreed - alert to labour ward, DPM before discharge. Baby to be CPP at birth.", "Leanne Mullins; MW Hart", "E16"),
    (ASC, "2026-02-24 10:00", "Attended pre-birth planning meeting (family centre). ASC contribution: support worker to start 02/03, easy-read baby care pack, LD nurse to be asked re parenting course.", "Leanne; Mark", "E16"),
    # ---------------- E17 PBA report sent and received ----------------
    (CSC, "2026-02-27", "Pre-birth assessment signed off by Imran Shah. Copies sent by secure email and post to the GP and midwife, the health visitor and Adult Social Care; easy-read summary given to Leanne.", "Leanne; TM Shah; Chloe Barker", "E17"),
    (HSG, "2026-03-02", "Landlord's contractor replaced boiler. Mould treatment booked. Improvement Notice works partly complied.", "Mr Sandhu; Ms Mullins", None),
    (ASC, "2026-03-02", "Support worker (agency) first visit with Mark - shopping list and budget sheet made with Leanne. Calendar on wall.", "Leanne; Mark", None),
    (GP, "2026-03-03", "CP review conf report sent to CSC (template).", "Dr Okafor", None),
    # ---------------- E18 housing options (eviction) ----------------
    (ASC, "2026-03-04 11:00", "Accompanied Leanne to Housing Options, Civic Centre, re landlord's eviction notice. Housing say notice invalid; will write to landlord. Leanne reassured. Easy-read summary made.", "Leanne; Mark", "E18"),
    (HSG, "2026-03-04 11:00", "Homelessness prevention interview (Housing Options). Ms Mullins + adult services worker. S21 dated 16/02/26 - invalid (Improvement Notice served 10/02; s33 Deregulation Act). Prevention duty accepted; PHP agreed. Landlord letter sent.", "Ms Mullins; M Doyle; Mr Sandhu", "E18"),
    (HV, "2026-03-04 14:00", "HV visit (antenatal 34/40 + Alfie). Moses basket ready. Alfie SALT appt attended yesterday with Tracy.", "Mum; Alfie; Tracy; Jess", None),
    # ---------------- E19 RCPC ----------------
    (CSC, "2026-03-05 10:00", "Review child protection conference, chaired by Ruth Kenyon. Progress noted on housing, dental and attendance; concerns remain about Gareth's drinking and supervision. Plans continue for Kayden, Poppy and Alfie; the unborn baby will be made subject to a plan at birth. Legal gateway meeting to be considered if progress is not sustained.", "Kayden; Poppy; Alfie; Leanne; Gareth; IRO Kenyon; Chloe Barker", "E19"),
    (SCH, "2026-03-05", "RCPC attended (DSL). CPP continue x3 + unborn at birth. Attendance 85.4%.", "Poppy; DSL Firth", "E19"),
    (HV, "2026-03-05", "Review conf (RCPC) attended by HV. Plans continue. Unborn CPP at birth.", "Alfie; Jess", "E19"),
    (GP, "2026-03-09", "CSC pre-birth assessment report (dated 27/02/26) received by post. Baby to be on CP plan at birth; aunt to stay. Scanned, MW informed.", "Leanne Mullins; Tracy", "E17"),
    (SCH, "2026-03-10", "Poppy - hungry at lunch, had not brought packed lunch. FSM now in place from Monday.", "Poppy", None),
    # ---------------- E20 GA extraction ----------------
    (CDS, "2026-03-12 08:00", "GA day case (DSU, RI). Poppy. XLA 54 64 74 75 84 85. Uneventful. Discharged 13:40 to mother & aunt. Analgesia advice. Review 3/12.", "Poppy; Mum; Tracy; Dr Lennox", "E20"),
    (SCH, "2026-03-12", "Poppy absent - authorised (medical, dental operation). Mum phoned 08:40.", "Poppy; Mum", "E20"),
    (CSC, "2026-03-12 15:30", "Leanne texted to say Poppy's operation went well: six teeth out, Tracy went with them, home by 2pm. I rang later and spoke to Poppy, who was eating ice cream.", "Leanne; Poppy; Tracy; Chloe", "E20"),
    (HV, "2026-03-12 13:05", "HV visit Alfie - Kayden (12) answered door, not at school, minding Alfie; Dad asleep upstairs (Mum at hospital with Poppy). Discussed with SW by phone.", "Alfie; Kayden; Dad; Jess", None),
    (GP, "2026-03-16", "Mr Pike - requested sick note (back pain). Alcohol: 'weekends only', AUDIT-C 10. Declined Horizon again. Brief intervention.", "Gareth Pike", None),
    (CSC, "2026-03-17", "Spoke to Kayden at Moorside High about 12 March - he said Gareth told him to stay home. Discussed with Gareth: Kayden must not be kept off school to mind Alfie. Gareth agreed.", "Kayden; Gareth; Alfie; Chloe", None),
    (ASC, "2026-03-17", "Care & support plan letter (easy read) to Leanne, copy CSC. Support worker 6 hrs/wk confirmed, review 3 months.", "Leanne; Mark", None),
    # ---------------- E21 drunk incident (weekend) ----------------
    (POL, "2026-03-21 23:10", "Concern for welfare / DA verbal. Call LM: PIKE drunk, smashed TV, shouting. 3 children in house + LM 37/40 preg. PIKE left prior to arrival; located 23:55 Wren Close, intox, arrested BoP, custody. DASH standard. PPN x3 children + unborn.", "LM; PIKE; Kayden; Poppy; Alfie", "E21"),
    (SCH, "2026-03-23 08:20", "Op Encompass notification (police) re Poppy - incident at home Sat night, Dad drunk, police attended. Class teacher told. Poppy quiet, said 'Dad broke the telly'.", "Poppy; Dad", "E21"),
    (CSC, "2026-03-23 09:15", "Police Protection Notice received for the weekend: on Saturday night Gareth came home drunk, smashed the television and shouted at Leanne while the children were in the house; he was arrested to prevent a breach of the peace. Leanne is 37 weeks pregnant. TM Shah: visit today, consider legal gateway.", "Gareth; Leanne; Kayden; Poppy; Alfie; TM Shah", "E21"),
    (GP, "2026-03-23", "Mr Pike - telephone. Requests fit note extension. Smelled alcohol? (tel). Advised to attend in person. Leanne MW check same day: 37/40, fine.", "Gareth Pike; Leanne Mullins", None),
    (CSC, "2026-03-24", "Visit following the PPN. Leanne said Gareth has gone to his mother's and she does not want him back until he stops drinking. Children seen. Safety plan written with Leanne and Tracy.", "Leanne; Gareth; Tracy; Kayden; Poppy; Alfie; Chloe", None),
    (CSC, "2026-03-31", "Legal gateway meeting (internal, with Anita Ridley, LA solicitor): threshold met; agreed to issue a letter before proceedings and enter pre-proceedings under the Public Law Outline after the baby is born.", "TM Shah; Chloe Barker; Ms Ridley", None),
    (HV, "2026-04-02 10:00", "HV antenatal visit 39/40. Hospital bag packed. Tracy staying. Dad not at address (per Mum).", "Mum; Tracy; Dad; Jess", None),
    (SCH, "2026-04-02", "End of term. Poppy attendance spring term 88.9%. Certificate for improvement.", "Poppy", None),
    # ---------------- E22 birth (weekend) ----------------
    (CSC, "2026-04-11 09:20", "EDT: call from the midwife in charge, maternity ward, Royal Infirmary. Leanne delivered a baby girl (Ruby) at 06:12 by normal delivery. Baby well. Alert on the labour ward plan followed: baby not to be discharged until the discharge planning meeting with the day team. Gareth has not visited. Tracy is caring for the other children.", "Leanne; Ruby; Gareth; Tracy", "E22"),
    (HV, "2026-04-14", "Birth notification rec'd: Ruby Mullins b. 11/04/26 06:12, SVD 39+5, 3.02kg, breast/bottle. CPP at birth. NBV to book.", "Ruby; Mum; Jess", "E22"),
    # ---------------- E23 discharge planning meeting ----------------
    (CSC, "2026-04-13 14:00", "Discharge planning meeting on the postnatal ward. Present: Leanne, Tracy, Chloe Barker, Jess Ainsworth (HV), Mark Doyle (ASC), the ward midwife. Agreed Leanne and Ruby go home tomorrow with Tracy staying for two weeks; daily visits by health or social care in the first week; Gareth not to stay at the house.", "Leanne; Ruby; Tracy; Gareth; Chloe Barker; Jess Ainsworth; Mark Doyle", "E23"),
    (ASC, "2026-04-13 14:00", "Attended DPM (postnatal ward, RI). Support worker hours increased to 10/wk for 6 wks. Easy-read safe sleep card given.", "Leanne; Ruby; Mark", "E23"),
    (HV, "2026-04-13 14:00", "Hospital DPM attended (HV). Discharge tomorrow. HV daily contact days 1-5 shared with SW. Safe sleep discussed.", "Mum; Ruby; Jess", "E23"),
    (GP, "2026-04-13 16:20", "Alfie - cough/fever 2/7, seen with Aunt Tracy (mum in hospital). Chest clear. Viral URTI. Fluids.", "Alfie; Tracy", None),
    (GP, "M:2026-04", "New patient: Ruby Mullins, born 11/04/2026 RI, SVD, 3.02kg. Maternity discharge summary: mother LD, CP plan at birth, social care involved. Registered.", "Ruby Mullins; Leanne Mullins", "E22"),
    (HV, "2026-04-15 11:00", "HV day 1 post-discharge visit - Ruby wt 2.90kg. Feeding well. Tracy staying. Moses basket used.", "Ruby; Mum; Tracy; Jess", None),
    (CSC, "2026-04-16", "CP visit. Ruby seen asleep in the Moses basket on her back. Leanne tired but managing with Tracy. Kayden proud of his sister.", "Ruby; Leanne; Tracy; Kayden; Chloe", None),
    (HV, "2026-04-23 10:00", "New birth visit (day 12) - Ruby wt 3.10kg. Heel prick done. Mum EPDS 9. Safe sleep reinforced.", "Ruby; Mum; Jess", None),
    (SCH, "2026-04-21", "Poppy - good start to summer term, on time all week. Talks a lot about baby Ruby.", "Poppy; baby Ruby", None),
    (CSC, "2026-04-28", "Letter before proceedings hand-delivered to Leanne and Gareth (separately). I read the easy-read version through with Leanne; she will ring a solicitor from the list. PLO meeting booked for 12 May.", "Leanne; Gareth; Chloe", None),
    (POL, "2026-04-30", "Court result: ROYLE - DDA s3(1) guilty plea. Contingent destruction order, 8 wk susp.", "ROYLE", None),
    (GP, "2026-05-05", "Ruby (3.5 wks) - sticky eye R. Conjunctivitis, cleaning advice. Mum + support worker.", "Ruby; Mum", None),
    (HV, "2026-05-06 10:30", "HV visit - Ruby wt 3.6kg, Alfie present. Mum coping, support worker present. House tidier.", "Ruby; Alfie; Mum; Jess", None),
    # ---------------- E24 PLO meeting ----------------
    (CSC, "2026-05-12 10:00", "Pre-proceedings meeting under the Public Law Outline at the Civic Centre. Present: Leanne with her solicitor and advocate Joanne Pym, Gareth with his solicitor, Anita Ridley (LA solicitor), Imran Shah, Chloe Barker, Mark Doyle (ASC). The local authority's worries and the plan were explained: a parenting assessment adapted for Leanne's learning disability (PAMS), Gareth to engage with alcohol treatment and testing, children's attendance and health appointments to be kept. Review in 12 weeks.", "Leanne; Gareth; Joanne Pym; Ms Ridley; TM Shah; Chloe Barker; Mark Doyle", "E24"),
    (ASC, "2026-05-12 10:00", "Attended PLO meeting (Civic Centre) with Leanne; advocate present. ASC to support PAMS assessment adaptations and keep support hours.", "Leanne; Joanne Pym; Mark", "E24"),
    (HV, "2026-05-12 14:30", "HV visit - Ruby wt 3.8kg. Mum tearful after 'the meeting this morning'. Alfie language improving (SALT).", "Ruby; Alfie; Mum; Jess", None),
    (SCH, "2026-05-12", "Poppy - Aunt Tracy collected (Mum at meeting). Poppy attendance summer 96%.", "Poppy; Tracy", None),
    (ASC, "2026-05-19", "Minutes of PLO meeting 12/05 received from Children's Services. Care & support plan amended - support worker to attend PAMS sessions.", "Leanne; Mark", "E24"),
    (CDS, "2026-06-02 14:00", "Review Poppy post-GA. Healing well. OH improved, plaque score 20%. FV. Recall 3/12. Attended with aunt.", "Poppy; Tracy; Dr Lennox", None),
    (SCH, "2026-06-03", "Attendance review (Mrs Cole): Poppy 89.4% YTD, sustained improvement. Stage 2 closed.", "Poppy; Mrs Cole", None),
    (CSC, "2026-06-04", "CP visit. Gareth has started at the alcohol service and had one negative test. Home warm and dry; mould treatment done. All four children seen.", "Gareth; Kayden; Poppy; Alfie; Ruby; Chloe", None),
    (POL, "2026-06-06 21:30", "Youths in park, Wren Close area - KM (12) among group, returned home to MULLINS. No offences. Intel only.", "KM; MULLINS", None),
    (HV, "2026-06-10 10:00", "HV visit Ruby 8 wks. Wt 4.5kg. Imms due. Mum EPDS 7.", "Ruby; Mum; Jess", None),
    (GP, "2026-06-12", "Ruby 8 wk check + imms (Dr Okafor). Normal exam. Mum attended with support worker.", "Ruby; Mum; Dr Okafor", None),
    (HSG, "2026-06-15", "SR/26/0142 - revisit: works complete, Improvement Notice complied. Prevention case closed - tenancy sustained.", "Ms Mullins; Mr Sandhu", None),
]


def main():
    out = HERE / "case_an.json"
    casegen.build(
        "an",
        "Four children (baby to 12); mother with a learning disability, father's alcohol misuse; "
        "chronic neglect, a dog bite, school attendance, disrepair and eviction threat, pre-birth "
        "assessment, PLO, dental GA, adult social care assessment; 8 agencies, Sep 2025 - Jun 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
