# ruff: noqa
"""Writing aid for case_ai (fictional; written blind, see case_ai_README.md).

    python3 bench/data/merging/build_ai.py      # writes bench/data/merging/case_ai.json

Neglect of a disabled child. Reece (9) has spastic quadriplegic cerebral palsy and is fed by
gastrostomy; missed hospital and therapy appointments, weight loss and pressure sores. Both
parents (Donna and Shaun) have learning disabilities and Shaun drinks; Poppy (3) goes to
nursery. Seven agencies, Feb - Oct 2025. Every entry is written by hand (no random filler), so
the output is deterministic. Everything (family, professionals, addresses, events) is invented.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# two extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("sb", "%a %d %b %y")  # Fri 11 Apr 25
casegen.STYLES.setdefault("asc", "%d.%m.%Y")  # 11.04.2025

CSC = "Children's Social Care (CWD team)"
PAE = "Community paediatrics & dietetics"
SCH = "Oakridge School"
GP = "Marsh Lane Medical Centre"
SB = "Willow Lodge short breaks"
ASC = "Adult Social Care (LD team)"
POL = "Police"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (PAE, "health", "health"),
    (SCH, "education", "school"),
    (GP, "health", "gp"),
    (SB, "other", "sb"),
    (ASC, "social_care", "asc"),
    (POL, "police", "police"),
]

PEOPLE = [
    ("Reece Halloran", ["Reece", "RH"], "Child R", "child"),
    ("Poppy Halloran", ["Poppy"], "Child P", "child"),
    ("Donna Halloran", ["Donna", "Mum", "Mrs Halloran", "DH"], "Mother", "parent"),
    ("Shaun Halloran", ["Shaun", "Dad", "Mr Halloran", "SH"], "Father", "parent"),
    ("Maureen Halloran", ["Maureen", "PGM", "Nan"], "Paternal grandmother", "family"),
    ("Iris Bell", ["Mrs Bell"], "Neighbour", "other_adult"),
    ("Priya Chandra", ["SW Chandra", "Priya"], "Social worker (CWD team)", "professional"),
    ("Gareth Lowe", ["TM Lowe"], "Team manager (CWD team)", "professional"),
    ("Helen Okafor", ["Chair Okafor"], "Child protection conference chair", "professional"),
    ("Ruth Adeyemi", ["Dr Adeyemi", "RA"], "Consultant community paediatrician", "professional"),
    ("Claire Whitmore", ["Claire", "CW"], "Paediatric dietitian", "professional"),
    ("Neil Baptiste", ["Mr Baptiste", "NB"], "School DSL", "professional"),
    ("Jo Farrant", ["Jo", "SN Farrant"], "Special school nurse", "professional"),
    ("Sunil Mehta", ["Dr Mehta"], "GP", "professional"),
    ("Kath Dobson", ["Kath", "KD"], "Short breaks unit manager", "professional"),
    ("Sam Ince", ["Sam"], "Short breaks key worker", "professional"),
    (
        "Martin Creed",
        ["Martin", "MC", "Mr Creed"],
        "Adult social care worker (LD team)",
        "professional",
    ),
    ("Lorraine Pike", ["Lorraine", "Advocate Pike"], "Care Act advocate", "professional"),
    ("Amy Tulloch", ["DC Tulloch"], "Detective constable (CAIT)", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        GP,
        "Y:2016",
        "RH - Dx spastic quadriplegic CP (GMFCS V), epilepsy. PEG 2019 (Children's Hosp), now low-profile button. Under CDC + dietetics. Repeats: levetiracetam, baclofen, Movicol, Nutrini Energy MF.",
        "Reece",
        None,
    ),
    (
        ASC,
        "Y:2018",
        "Donna Halloran known to LD team 2012-2018 (transition, tenancy support). Closed 2018 - married, living with husband at Fernlea Close, family support from his mother. Shaun Halloran not known to the team.",
        "Donna Halloran; Shaun Halloran; Maureen",
        None,
    ),
    (
        CSC,
        "Y:2019",
        "Reece has been known to the Children with Disabilities team since 2019 for a short breaks package (one overnight stay a month at Willow Lodge and a Saturday club place). Held as a child in need review case. Last review in October 2024 noted that both parents have learning disabilities and that Maureen Halloran helps with lifting and bathing.",
        "Reece Halloran; Maureen Halloran",
        None,
    ),
    (
        POL,
        "Y:2023",
        "Occ 23/201177 - HALLORAN, Shaun, drunk and disorderly, Market Sq. FPN issued. No DA markers at that time.",
        "Shaun Halloran",
        None,
    ),
    (
        PAE,
        "M:2025-01",
        "Dietetic telephone review (CW): Mum reports feeds 'going fine', regimen 1000ml/day Nutrini Energy MF via pump. Unable to weigh at home (no sling scales). Clinic wt to be done at CDC 11/02.",
        "Mum; CW",
        None,
    ),
    # ---------------- February ----------------
    (
        SCH,
        "2025-02-04",
        "SN Farrant weekly weight (sling scales) - 19.6kg. Button site clean. Only 1 bottle of feed sent in (should be 2) - topped up from school stock. Note to home in diary.",
        "Reece; Jo",
        None,
    ),
    (
        GP,
        "2025-02-06",
        "Repeat issued - Nutrini Energy MF 500ml x56, levetiracetam, baclofen, Movicol. Collected by father.",
        "Reece; Dad",
        None,
    ),
    (
        SB,
        "2025-02-07",
        "Overnight stay Fri-Sat (Sam key worker). Reece settled, slept well. Small red mark base of spine - blanching. 2-hrly turns overnight. Pointed out to Dad at pick-up Sat 11am, advised to keep him off his back.",
        "Reece; Sam; Dad",
        None,
    ),
    # E01 clinic 'was not brought' and the GP's receipt of the letter 13 days later
    (
        PAE,
        "2025-02-11 10:30",
        "CDC clinic (Dr RA) - Reece WNB. 2nd WNB in a row (last 12/11/24). No contact from family. Clinic wt not obtained - dietitian informed. Letter to parents (easy read) and GP. New appt 6/52; school nurse asked to weigh weekly.",
        "Reece; RA; CW",
        "E01",
    ),
    (
        SCH,
        "2025-02-11 11:05",
        "Class log: Reece sleepy after arriving on bus. Seizure 11:05 approx 30 sec, recovered, rescue meds not needed. Mum informed by phone - 'he had one at home too'.",
        "Reece; Mum",
        None,
    ),
    (
        CSC,
        "2025-02-13",
        "Telephone call to Mrs Halloran to arrange the six-monthly short breaks review. She asked for it to be after half term as Poppy has been off nursery with a cold.",
        "Donna Halloran; Poppy Halloran",
        None,
    ),
    (
        GP,
        "2025-02-18 09:20",
        "DH - low mood, stress with RH's care, 'Shaun drinking more'. PHQ-9 12. No SI. Declined meds. Easy-read Talking Therapies leaflet. R/v 4/52.",
        "Donna Halloran; Reece; Shaun; Dr Mehta",
        None,
    ),
    (
        PAE,
        "2025-02-19",
        "Dietetic home visit (CW) - no answer at 22 Fernlea Close, x2 calls to Mum's mobile unanswered. Card left. Will liaise with school nurse for weights.",
        "Mum; CW",
        None,
    ),
    (
        GP,
        "2025-02-24",
        "Letter CDC (Dr Adeyemi): RH not brought to paeds clinic 11/02, 2nd time. Re-appt sent. Please encourage attendance. Read, noted.",
        "Reece; Dr Adeyemi",
        "E01",
    ),
    (
        SCH,
        "2025-02-25",
        "Escort note: Reece wet through on arrival, pad looked like it hadn't been changed overnight. Clothes changed, TA noticed red area at base of spine. SN to look Thursday.",
        "Reece",
        None,
    ),
    # E02 school referral to CSC (sent Thu, received Mon)
    (
        SCH,
        "2025-02-27 14:10",
        "SN Farrant checked skin: broken area base of spine approx 3cm, R heel red. Wt 19.2kg (20.8kg in Nov). Feed from home again not a full day's supply. NB informed - MARF submitted to Children's Services front door 15:05. Dressing applied, parents told by phone.",
        "Reece; Jo; NB",
        "E02",
    ),
    (
        SB,
        "2025-02-28",
        "Planned overnight Fri 28 Feb cancelled by Dad by phone at 2pm - 'Reece is poorly'. Offered to rebook for March.",
        "Reece; Dad",
        None,
    ),
    # ---------------- March ----------------
    (
        CSC,
        "2025-03-03 09:45",
        "Multi-agency referral form received from Oakridge School, dated 27 February. The school nurse found a broken sore at the base of Reece's spine and a red heel; his weight has dropped by 1.6kg since November and he is often sent in without enough feed. Known to the Children with Disabilities team. Passed to the team for a child and family assessment; allocated to Priya Chandra.",
        "Reece Halloran; Jo Farrant; SW Chandra",
        "E02",
    ),
    (
        CSC,
        "2025-03-04",
        "Management oversight (TM Lowe): child and family assessment to be completed within 35 working days given the weight loss and skin damage. Check with community paediatrics about missed appointments. Consider a strategy discussion if medical opinion suggests neglect.",
        "Reece Halloran; TM Lowe",
        None,
    ),
    (
        PAE,
        "2025-03-05",
        "Tel from SW (CWD team) P Chandra - info shared: WNB CDC x2 (Nov, Feb), dietetic HV no access 19/02, last known wt 19.2kg (school). Agreed JV at home 13/03.",
        "Reece; SW Chandra; CW",
        None,
    ),
    (
        CSC,
        "2025-03-06 10:00",
        "Home visit, announced. Mr and Mrs Halloran at home with Poppy; Reece at school. The house was cluttered but warm. Mrs Halloran said the feed pump 'keeps beeping' so she turns it off; Mr Halloran said he does the night feed 'when he's up'. Both parents said they have learning difficulties and find letters hard - they asked for appointments by text. Poppy goes to Little Acorns nursery three mornings a week. Explained the assessment.",
        "Donna Halloran; Shaun Halloran; Poppy Halloran; Reece Halloran",
        None,
    ),
    (
        SCH,
        "2025-03-06 13:30",
        "SN weekly weight 19.0kg. Sacral area dressed (Mepilex Border), R heel red not broken. Two bottles of feed sent in today.",
        "Reece; Jo",
        None,
    ),
    (
        GP,
        "2025-03-07",
        "Info request - SW CWD team (C&F assessment). Sent: RH WNB CDC x2; DH low mood 18/02; SH AUDIT-C 10 (2024). Family all registered here.",
        "Reece; Donna Halloran; Shaun Halloran; SW Chandra",
        None,
    ),
    # E03 CSC referral to adult social care (sent, received 9 days later)
    (
        CSC,
        "2025-03-10",
        "Referral sent to Adult Social Care (learning disability team) asking for Care Act assessments for Mr and Mrs Halloran and whether they need an advocate for Children's Services meetings. Both have told me they cannot read letters well; Mrs Halloran was previously known to the team.",
        "Donna Halloran; Shaun Halloran; SW Chandra",
        "E03",
    ),
    # E04 joint visit SW + dietitian; GP appointment for Poppy that afternoon is NOT it
    (
        CSC,
        "2025-03-13 10:00",
        "Joint home visit with Claire Whitmore, the paediatric dietitian. Reece was at home (school INSET day). He was weighed on the dietitian's portable chair scales: 18.9kg. Claire went through the pump settings with Mrs Halloran; she did not know how to restart the pump after it alarms, and a full day's feed is often not given. Mr Halloran was asleep upstairs at 10am. Claire made an easy-read picture chart for the feeds. Reece's room had no pressure-relieving mattress on the bed - the hospital one is in the hall, still boxed.",
        "Reece Halloran; Donna Halloran; Shaun Halloran; Claire",
        "E04",
    ),
    (
        PAE,
        "2025-03-13 10:00",
        "JV with SW (P Chandra) at home. Wt 18.9kg (<0.4th centile for age, was 9th in 2023). Regimen 1000ml/day via pump - from Mum's account ~600ml/day actually given; pump turned off when alarming. Pump retraining done, picture feed chart given. Plan: wt fortnightly at school, tel r/v 1/52, feed diary.",
        "Reece; Mum; SW Chandra; CW",
        "E04",
    ),
    (
        GP,
        "2025-03-13 15:40",
        "Poppy 3y - seen w/ mother (DH). Cough 5/7, eating OK, T 37.4. Chest clear, ENT NAD. Viral URTI. Safety-net advice.",
        "Poppy; Donna Halloran; Dr Mehta",
        None,
    ),
    (
        SB,
        "2025-03-14",
        "Overnight stay Fri 14 - Sat 15 Mar (Sam). Sacral dressing in place from school - changed per care plan, wound approx 3x2cm. Full regimen 1000ml given by pump. Weighed on hoist scales 19.0kg. Mum collected Sat, Nan drove.",
        "Reece; Sam; Mum; Nan",
        None,
    ),
    (
        SCH,
        "2025-03-18",
        "DSL (NB) emailed weekly weight and skin update to SW Chandra as agreed. SN: wt 18.9kg, sacral wound unchanged.",
        "Reece; NB; SW Chandra; Jo",
        None,
    ),
    (
        ASC,
        "2025-03-19",
        "Referral rec'd from CWD team (SW Chandra, dated 10/03): Care Act assessments requested for Donna and Shaun Halloran - both LD, son Reece (9, CP, tube fed) subject of C&F assessment for neglect concerns. Donna previously known (closed 2018). Allocated MC. Letter to parents (easy read) + text.",
        "Donna Halloran; Shaun Halloran; Reece; SW Chandra; MC",
        "E03",
    ),
    (
        PAE,
        "2025-03-20",
        "Tel review with Mum (CW). Feed diary not filled in. Mum says pump 'back to 1000ml' and she now restarts it after alarms using the chart. Advised to bring feed diary to CDC appt 25/03.",
        "Mum; CW",
        None,
    ),
    # E05 Saturday night domestic incident and its Monday/Tuesday notifications
    (
        POL,
        "2025-03-22 22:40",
        "Occ 25/045512. 999 from HALLORAN, Donna - husband drunk and pushed her into the hall radiator. Officers att 22:58 (PC 2231, PC 1870). HALLORAN, Shaun in drink, verbally abusive, arrested common assault (DA). V has red mark L upper arm, declined medical attn. 2 children at addr: 9yo disabled boy in bed (feed pump running, alarming), 3yo awake and crying. V presents as vulnerable - states she has LD. PGM HALLORAN, Maureen attended to support. DASH 15 - HIGH. PPN (child + adult). MARAC ref.",
        "Donna Halloran; Shaun Halloran; Reece Halloran; Poppy Halloran; Maureen Halloran",
        "E05",
    ),
    (
        POL,
        "2025-03-23 14:00",
        "SH interviewed (AA present - LD). Admits pushing V, 'had a few cans'. Charged common assault (DA). Bailed to Brackenbury MC 14/05/25, conds: reside at 9 Hollins Walk (mother's), not to attend 22 Fernlea Close.",
        "Shaun Halloran",
        None,
    ),
    (
        SCH,
        "2025-03-24 08:40",
        "Operation Encompass email rec'd 08:15 - police attended Reece's home Saturday night, domestic, Dad arrested. NB informed. Reece arrived on bus, settled; escort said Mum seemed 'upset' at the door. Class staff aware.",
        "Reece; Dad; Mum; NB",
        "E05",
    ),
    (
        CSC,
        "2025-03-24 09:30",
        "MASH notification: Police Protection Notice for a domestic incident at the family home on Saturday night. Mr Halloran had been drinking and pushed Mrs Halloran into a radiator; he was arrested. Both children were in the house - Reece in bed and Poppy awake and crying. High risk; police have referred to MARAC. Passed to SW Chandra as the case is open.",
        "Shaun Halloran; Donna Halloran; Reece Halloran; Poppy Halloran; SW Chandra",
        "E05",
    ),
    (
        ASC,
        "2025-03-25",
        "Adult PPN via MASH re Donna: DA 22/03, husband arrested, DASH high, MARAC referral by police. Case already open (referral 19/03) - MC to contact Donna today, safeguarding adults enquiry not needed at this point (police/MARAC leading), note for Care Act assessment.",
        "Donna Halloran; Shaun Halloran; MC",
        "E05",
    ),
    (
        CSC,
        "2025-03-25 14:00",
        "Visit after the domestic incident. Mrs Halloran had a bruise on her left upper arm. Maureen was there helping with Reece's lifting. Mrs Halloran said Shaun is staying at his mother's because of his bail and she does not want him back 'until he stops the drink'. Safety plan talked through with her using pictures. Poppy was at nursery.",
        "Donna Halloran; Maureen Halloran; Reece Halloran; Shaun Halloran; Poppy Halloran",
        None,
    ),
    (
        PAE,
        "2025-03-25 14:30",
        "CDC clinic - Reece WNB (3rd). Mum rang at 15:00 - 'forgot, there was police'. Rebooked. Not sent to GP (letter 11/02 stands).",
        "Reece; Mum",
        None,
    ),
    (
        SB,
        "2025-03-29",
        "Sat club 10-3. Reece attended, brought and collected by Nan. Hydro session, enjoyed. Tube feed given at 12 as per plan.",
        "Reece; Nan",
        None,
    ),
    (
        GP,
        "2025-03-31 11:00",
        "DH - bruise L upper arm, 'pushed by husband' 22/03. Healing, documented. DA support info (easy read). Police involved + MARAC ref. PHQ-9 14.",
        "Donna Halloran; Dr Mehta",
        None,
    ),
    # ---------------- April ----------------
    (
        ASC,
        "2025-04-02",
        "Care Act assessment home visit (MC) - Donna. Needs: reading letters, managing money, remembering appointments, managing caring role for Reece and Poppy. Eligible. Carer's assessment offered - accepted. Wants to 'do it right for Reece'.",
        "Donna Halloran; Reece; Poppy; MC",
        None,
    ),
    (
        SCH,
        "2025-04-03",
        "SN weight 18.7kg. Sacral wound now approx 4cm, edge sloughy - photographed, CCN referral suggested to SW. Last day before Easter Fri 04/04.",
        "Reece; Jo; SW Chandra",
        None,
    ),
    (
        CSC,
        "2025-04-04",
        "Supervision with TM Lowe. Weight still falling despite dietetic input, sore getting bigger, two more missed clinics. If no improvement by the assessment review, hold a strategy discussion. Community children's nursing referral to be made today.",
        "Reece Halloran; TM Lowe",
        None,
    ),
    # E06 MARAC (police, ASC, CSC) and the GP's notification 4 days later
    (
        POL,
        "2025-04-10 09:30",
        "MARAC - case 14 heard. V: HALLORAN, Donna. Perp: HALLORAN, Shaun (on bail, not at addr). Police actions: marker on addr, bail compliance checks, IDVA allocated. Next court 14/05.",
        "Donna Halloran; Shaun Halloran",
        "E06",
    ),
    (
        ASC,
        "2025-04-10",
        "MC attended the Multi-Agency Risk Assessment Conference (Civic Centre). Donna heard as a high-risk victim. Actions for ASC: easy-read safety plan with IDVA, advocate referral, Care Act support plan to include help with appointments.",
        "Donna Halloran; MC",
        "E06",
    ),
    (
        CSC,
        "2025-04-10",
        "MARAC held today - TM Lowe attended for the CWD team (SW Chandra sent information). Children's actions: share bail conditions with school and Willow Lodge; check Mr Halloran is not at the house.",
        "Donna Halloran; Shaun Halloran; TM Lowe; SW Chandra",
        "E06",
    ),
    (
        GP,
        "2025-04-14",
        "MARAC notification rec'd - DH heard 10/04 as high-risk DA victim (perp husband SH). Alert + coded DA on DH record. Children's records flagged.",
        "Donna Halloran; Shaun Halloran",
        "E06",
    ),
    # E07 short breaks staff find the pressure sores and ring CSC (both ends)
    (
        SB,
        "2025-04-11 17:40",
        "Overnight stay - Reece dropped off 16:30 by Dad (smelt of alcohol). On changing: open wound sacrum approx 4x3cm, sloughy, no school dressing; R heel blister broken; L hip red, not blanching. Stoma site red, crusted, leaking. Very thin - ribs and hips prominent. Hoist scales 18.3kg. Body map done. KD rang CWD duty 17:40, spoke to SW Chandra.",
        "Reece; Dad; KD; SW Chandra",
        "E07",
    ),
    (
        CSC,
        "2025-04-11 17:45",
        "Telephone call from Kath Dobson, manager at Willow Lodge. Staff found an open sore at the base of Reece's spine, a broken blister on his heel and a red hip, and his tube site is leaking; he has lost more weight. Mr Halloran dropped him off and staff thought he smelt of drink - he should not be at the house under his bail. Agreed Reece stays at Willow Lodge over the weekend as planned; staff nurse to dress the wounds. I will ring Mrs Halloran tonight. Strategy discussion to be arranged for Monday.",
        "Kath Dobson; Reece Halloran; Shaun Halloran; Donna Halloran",
        "E07",
    ),
    (
        SB,
        "2025-04-12",
        "Sat - day log (Sam). 2-hrly turns, sacral + heel dressings changed by staff nurse. Full regimen given. Dad rang 10am asking when to collect - told SW will be in touch, Reece staying as planned till Sunday.",
        "Reece; Sam; Dad",
        None,
    ),
    (
        SB,
        "2025-04-13",
        "Sun - SW rang KD: parents have agreed Reece stays on at Willow Lodge until Weds. Mum rang, tearful, 'we are not bad parents'. Reassured. Reece comfortable.",
        "Reece; KD; Mum; SW Chandra",
        None,
    ),
    # E08 strategy discussion (CSC, police, paeds, short breaks) and ASC's receipt of the minutes 8 days later
    (
        CSC,
        "2025-04-14 10:00",
        "Strategy discussion (Teams), chaired by TM Lowe. Present: SW Chandra, DC Amy Tulloch (police), Dr Ruth Adeyemi (community paediatrician), Kath Dobson (Willow Lodge). School closed for Easter - information from the school nurse's records shared by SW. Concerns: pressure sores, weight loss, missed appointments, feed not given, father drinking and breaching bail. Agreed: section 47 enquiries for Reece and Poppy, joint with police (possible wilful neglect); child protection medical tomorrow at the Child Development Centre; joint visit to parents on Wednesday; Reece to stay at Willow Lodge until then with parents' agreement.",
        "Reece Halloran; Poppy Halloran; TM Lowe; SW Chandra; DC Tulloch; Dr Adeyemi; Kath Dobson; Shaun Halloran",
        "E08",
    ),
    (
        POL,
        "2025-04-14 10:00",
        "Strat disc (CWD) re HALLORAN children. Police info: DA 22/03, SH on bail not to attend addr - reported at addr 11/04. Outcome: joint s47 - CAIT DC Tulloch OIC. Consider wilful neglect s1 CYPA. JV 16/04.",
        "Reece Halloran; Poppy Halloran; Shaun Halloran; DC Tulloch",
        "E08",
    ),
    (
        PAE,
        "2025-04-14",
        "Strat meeting (Teams) - RA attended. CP medical booked CDC 15/04 09:30. Dietitian to attend. Info shared: 3 x WNB, wt trajectory 20.8 -> 18.3kg.",
        "Reece; RA; CW",
        "E08",
    ),
    (
        SB,
        "2025-04-14",
        "KD joined strategy meeting (Teams) 10am. Reece to stay until Weds; staff to take him to CDC Tues 9.30 for medical. Keep body maps + turning charts.",
        "Reece; KD",
        "E08",
    ),
    # E09 CP medical, the SW's note, and the GP's receipt of the report 9 days later
    (
        PAE,
        "2025-04-15 09:30",
        "CP medical (Dr RA) at CDC, SW present, Willow Lodge staff escort. Parents present for history. Wt 18.4kg (<0.4th), ht 124cm. Grade 3 pressure ulcer sacrum 4x3cm; grade 2 R heel; grade 1 L greater trochanter. Gastrostomy site: overgranulation, candida. Contractures both hips worse than 2024 - no physio or orthotics appts attended since Sept. No fractures or bruising suggesting inflicted injury. Opinion: faltering growth and pressure damage consistent with prolonged inadequate feeding and repositioning - neglect. Report to SW/police/GP.",
        "Reece; RA; SW Chandra; Mum; Dad",
        "E09",
    ),
    (
        CSC,
        "2025-04-15 09:30",
        "Child protection medical at the Child Development Centre with Dr Adeyemi. Both parents came. Dr Adeyemi's opinion is that the weight loss and the pressure sores are the result of Reece not getting enough feed and not being turned often enough over a long period - neglect. Nothing to suggest he has been hurt on purpose. Mrs Halloran cried and said she did not know the sores were that bad.",
        "Reece Halloran; Dr Adeyemi; Donna Halloran; Shaun Halloran",
        "E09",
    ),
    (
        SB,
        "2025-04-15 15:00",
        "Tissue viability nurse visited Willow Lodge pm - new dressing plan sacrum/heel, airflow mattress delivered for Reece's room. Reece comfortable, smiled for Sam. Full feed given.",
        "Reece; Sam",
        None,
    ),
    # E10 joint visit SW + police to the parents
    (
        CSC,
        "2025-04-16 10:30",
        "Joint visit with DC Tulloch to Mr and Mrs Halloran at Fernlea Close; their advocate had not yet been allocated so Maureen sat in for Mrs Halloran. Mr Halloran was there and said he had come to help with Poppy - reminded of his bail. Both parents said the pump was too hard and they were frightened to move Reece in case they hurt him. Neither knew the sores had got worse. Poppy seen: clean, happy, chatty.",
        "DC Tulloch; Donna Halloran; Shaun Halloran; Maureen Halloran; Poppy Halloran",
        "E10",
    ),
    (
        POL,
        "2025-04-16 10:30",
        "JV with SW to 22 Fernlea Close. SH present at addr - breach of bail conds, words of advice, left for mother's addr. Both parents spoken to (not under caution). 3yo seen, NFA concerns. Formal interview to follow with AA.",
        "Shaun Halloran; Donna Halloran; Poppy; DC Tulloch",
        "E10",
    ),
    (
        CSC,
        "2025-04-17",
        "Reece went home from Willow Lodge this afternoon. Written safety plan agreed with Mrs Halloran and Maureen: community children's nurses to visit daily for dressings, a turning chart, the feed pump set each morning by the nurse, the airflow mattress set up in his room, weights at school. Mr Halloran to stay at his mother's.",
        "Reece Halloran; Donna Halloran; Maureen Halloran; Shaun Halloran",
        None,
    ),
    (
        POL,
        "2025-04-22",
        "CAIT - DC Tulloch. CP medical report rec'd from Dr Adeyemi (exam 15/04): PU sacrum gr3, heel gr2, faltering growth - opinion neglect, no inflicted injury. Wilful neglect invest ongoing. Parents both LD - AA + intermediary before interview.",
        "DC Tulloch; Dr Adeyemi; Reece",
        "E09",
    ),
    (
        SCH,
        "2025-04-22",
        "Back after Easter. Reece in with dressings from CCN. SN weight 18.6kg. DSL (NB) read SW's email over the holiday - CP enquiries under way, safety plan attached. Staff briefed on turning schedule in school (2-hrly, standing frame am).",
        "Reece; Jo; NB",
        None,
    ),
    (
        ASC,
        "2025-04-22",
        "Minutes of strategy discussion 14/04 received from CWD team (secure email) - s47 for Reece and Poppy, joint with police. ASC not invited; noted for Care Act support plan and advocate referral. MC to ask to be included in future meetings.",
        "Reece; Poppy; MC",
        "E08",
    ),
    (
        GP,
        "2025-04-24",
        "CDC report - CP medical 15/04 (Dr Adeyemi): faltering growth, wt 18.4kg; PU sacrum gr3, R heel gr2; opinion neglect. Read. CP alert added to RH + sibling.",
        "Reece; Poppy; Dr Adeyemi",
        "E09",
    ),
    (
        ASC,
        "2025-04-29",
        "Care Act assessment (MC) - Shaun, at his mother's, 9 Hollins Walk. Mild LD (attended special school), reads a little. Alcohol: says 6-8 cans a day, more at weekends. Wants to go home. Eligible - support with appointments and alcohol referral; he declined alcohol service for now.",
        "Shaun Halloran; Maureen; MC",
        None,
    ),
    (
        PAE,
        "2025-04-30",
        "Dietetic HV (CW), CCN present. Wt (portable) 18.6kg. Feed given in full since home per CCN chart. Regimen unchanged 1000ml/day + 200ml water flushes. Mum more confident restarting pump.",
        "Reece; Mum; CW",
        None,
    ),
    # ---------------- May ----------------
    (
        GP,
        "2025-05-06",
        "Report sent to CP conference team for ICPC 08/05 (RH, Poppy). Unable to attend - surgery commitments.",
        "Reece; Poppy; Dr Mehta",
        None,
    ),
    (
        POL,
        "2025-05-06",
        "Report submitted to conf team for ICPC 08/05 - DA 22/03 (SH charged), bail breach 16/04, wilful neglect invest ongoing. DC Tulloch unable to attend.",
        "Shaun Halloran; DC Tulloch",
        None,
    ),
    # E11 initial child protection conference
    (
        CSC,
        "2025-05-08 10:00",
        "Initial child protection conference, chaired by Helen Okafor. Present: Mrs Halloran, Mr Halloran, Maureen Halloran, SW Chandra, Mr Baptiste and Jo Farrant (Oakridge School), Dr Adeyemi and Claire Whitmore (community paediatrics), Kath Dobson (Willow Lodge), Martin Creed (adult social care). Written reports from the GP and police. Reece and Poppy to be subject to child protection plans under the category of neglect. Outline plan: community nurses daily, school weights weekly, extra short-break nights, Care Act support for both parents, advocate for meetings, Mr Halloran's drinking to be addressed. First core group 5 June.",
        "Reece Halloran; Poppy Halloran; Donna Halloran; Shaun Halloran; Maureen Halloran; Chair Okafor; SW Chandra; Mr Baptiste; Jo Farrant; Dr Adeyemi; Claire; Kath Dobson; Martin Creed",
        "E11",
    ),
    (
        SCH,
        "2025-05-08",
        "ICPC - NB and SN attended. Outcome: CP plan, neglect (Reece + sister). School actions: weekly weights, skin check, feed check, attendance report to core group.",
        "Reece; NB; Jo",
        "E11",
    ),
    (
        PAE,
        "2025-05-08",
        "ICPC attended (RA, CW). Both children made subject to CP plans - neglect. Health actions: CDC r/v 4/52, dietetic HV fortnightly, physio/orthotics re-referral.",
        "Reece; Poppy; RA; CW",
        "E11",
    ),
    (
        ASC,
        "2025-05-08",
        "Initial CP conference re Reece + Poppy - MC attended to support parents (advocate not yet in place). Outcome CP plans, neglect. ASC actions: advocate, PA support for Donna, alcohol referral offer to Shaun.",
        "Reece; Poppy; Donna; Shaun; MC",
        "E11",
    ),
    (
        SB,
        "2025-05-08",
        "KD attended initial conference. CP plan agreed - SB to increase to 2 nights/month + Sat club, body map on every arrival.",
        "Reece; KD",
        "E11",
    ),
    (
        GP,
        "2025-05-08 16:20",
        "SH - alcohol review. 6-8 cans/day. AUDIT 24. LFTs requested. Declined alcohol service ref today - 'will think'. Brief intervention given (easy read).",
        "Shaun Halloran; Dr Mehta",
        None,
    ),
    (
        SCH,
        "2025-05-13",
        "SN weight 19.1kg. Sacral wound smaller (CCN). R heel healed. Full feed sent in.",
        "Reece; Jo",
        None,
    ),
    (
        POL,
        "2025-05-14",
        "Court result - HALLORAN, Shaun, Brackenbury MC: G plea common assault (DA) 22/03. Fine £120 + costs, victim surcharge. Bail conds lapse. No RO sought (V did not support).",
        "Shaun Halloran",
        None,
    ),
    (
        CSC,
        "2025-05-15",
        "Mr Halloran has come home after court yesterday. Home visit: written agreement, in pictures, that he will not drink when he is looking after the children on his own and that Maureen will do the night turns twice a week. Mrs Halloran says she wants him home. Poppy was at nursery.",
        "Shaun Halloran; Maureen Halloran; Donna Halloran; Poppy Halloran",
        None,
    ),
    (
        SB,
        "2025-05-16",
        "Overnight stay Fri 16 - Sat 17 May (Sam). Body map on arrival - sacral dressing intact, clean, heel healed. Hoist scales 19.1kg. Full feed. Collected by Nan.",
        "Reece; Sam; Nan",
        None,
    ),
    (
        ASC,
        "2025-05-20",
        "Care Act advocate allocated for Donna and Shaun - Lorraine Pike (Brackenbury Advocacy). Intro visit booked.",
        "Donna Halloran; Shaun Halloran; Lorraine",
        None,
    ),
    (
        PAE,
        "2025-05-22 14:00",
        "CDC clinic (RA) - attended with Dad and PGM. Wt 19.0kg. Sacral PU healing. Seizures 2-3/wk brief. Hips: physio/orthotics re-referred. Button site better (nystatin). Next 4/52.",
        "Reece; Dad; PGM; RA",
        None,
    ),
    (
        ASC,
        "M:2025-05",
        "Carer's assessment (Donna) completed - PA support 6 hrs/wk to help with Poppy's nursery runs, Reece's appointments and letters. To panel June.",
        "Donna Halloran; Poppy; Reece",
        None,
    ),
    # ---------------- June ----------------
    # E12 first core group; GP appointment for Donna that morning is NOT it
    (
        GP,
        "2025-06-05 09:10",
        "DH - mood r/v. PHQ-9 10, sleeping better. Husband home, 'drinking a bit less'. Continue. R/v 6/52.",
        "Donna Halloran; Shaun; Dr Mehta",
        None,
    ),
    (
        CSC,
        "2025-06-05 13:30",
        "First core group meeting at Oakridge School. Present: Mrs Halloran, Maureen, SW Chandra, Mr Baptiste and Jo Farrant (school), Sam Ince (Willow Lodge). Mr Halloran did not come. Reece's weight is slowly going up (19.1kg) and the sacral sore is healing; the nurses still find the turning chart only half filled at weekends. Poppy doing well at nursery. Actions updated.",
        "Donna Halloran; Maureen Halloran; SW Chandra; Mr Baptiste; Jo Farrant; Sam; Shaun Halloran; Reece Halloran; Poppy Halloran",
        "E12",
    ),
    (
        SCH,
        "2025-06-05 13:30",
        "Core group meeting in school (conference room), 1.30pm - NB + SN. Wt trend shared (18.6 -> 19.1kg). Attendance 91%.",
        "Reece; NB; Jo",
        "E12",
    ),
    (
        SB,
        "2025-06-05",
        "Sam attended core group at Oakridge. SB update: body maps clear last 2 stays, wt 19.1kg. Next overnight 13/06.",
        "Reece; Sam",
        "E12",
    ),
    # E13 hospital admission (Sat): EDT call from the ward, Mum's call to school, paeds note, GP discharge summary
    (
        CSC,
        "2025-06-07 21:15",
        "EDT: call from the nurse in charge, Children's Ward, Brackenbury General. Reece admitted this evening - his gastrostomy button came out on Thursday evening and the parents did not know what to do, so he has had no feed or medicines for two days. Dehydrated; seizures today. Ward aware he is on a child protection plan. Mrs Halloran staying with him. Poppy with Maureen. Day team to be told on Monday.",
        "Reece Halloran; Donna Halloran; Poppy Halloran; Maureen Halloran",
        "E13",
    ),
    (
        SCH,
        "2025-06-09 08:50",
        "Mum rang office 08:50: Reece in hospital since Saturday, 'his tube came out'. Transport cancelled for this week. NB informed.",
        "Reece; Mum; NB",
        "E13",
    ),
    (
        PAE,
        "2025-06-09",
        "Dr RA informed by children's ward: Reece admitted 07/06 via ED - gastrostomy dislodged ~05/06, not re-inserted, stoma partly closed, no feed/AEDs ~48h, dehydration + breakthrough seizures. Button re-sited under GA 08/06. CW to r/v on ward before d/c.",
        "Reece; RA; CW",
        "E13",
    ),
    (
        CSC,
        "2025-06-10 15:00",
        "Visited Reece on the children's ward with Mrs Halloran. He was sleepy but settled; new button in. Mrs Halloran was shown how to put a button back in using a spare kit and a picture card. Discharge expected Thursday.",
        "Reece Halloran; Donna Halloran",
        None,
    ),
    (
        PAE,
        "2025-06-12 10:00",
        "Dietetic r/v on ward (CW) before d/c. Wt 18.6kg. Regimen back to 1000ml/day, bolus midday at school. Emergency button replacement kit + picture card given to Mum.",
        "Reece; Mum; CW",
        None,
    ),
    (
        CSC,
        "2025-06-12 16:00",
        "Reece discharged home from the children's ward today. Spoke to Mrs Halloran by phone - the nurses will visit tomorrow morning. Willow Lodge stay on Friday cancelled by the family; rebooked for July.",
        "Reece Halloran; Donna Halloran",
        "E13",
    ),
    (
        SCH,
        "2025-06-17",
        "Reece back in school after hospital. New button, site clean. SN weight 18.6kg. Spare button kit kept in medical room.",
        "Reece; Jo",
        None,
    ),
    (
        GP,
        "2025-06-20",
        "D/c summary Brackenbury Gen (Paeds) adm 07/06-12/06: dislodged gastrostomy x48h, dehydration, breakthrough seizures. Button re-sited under GA 08/06. Safeguarding - known CP plan. No GP action.",
        "Reece",
        "E13",
    ),
    (
        ASC,
        "2025-06-24",
        "Panel agreed PA support 6 hrs/wk for Donna from July (direct payment via support agency). Donna told by phone + easy-read letter.",
        "Donna Halloran",
        None,
    ),
    (
        SB,
        "M:2025-06",
        "June Sat club: Reece attended 3 of 4 Saturdays (1 missed - in hospital). Brought by Nan each time.",
        "Reece; Nan",
        None,
    ),
    # E14 Poppy missing and found (police, EDT)
    (
        POL,
        "2025-06-28 07:02",
        "Occ 25/118830. MISPER - 3yo HALLORAN, Poppy. 999 from mother: child not in house, front door found open. Officers att 07:12, search of area. 07:41 child found by member of public (BELL, Iris) on Brackenbury Rd approx 400m from addr, in nappy and T-shirt, barefoot, unhurt - returned. HALLORAN, Shaun asleep on sofa, in drink, had been 'watching her'. Mother had been up with disabled son. PPN child. EDT informed 07:55.",
        "Poppy Halloran; Donna Halloran; Shaun Halloran; Iris Bell; Reece",
        "E14",
    ),
    (
        CSC,
        "2025-06-28 07:55",
        "EDT: police report that Poppy (3) got out of the house early this morning while her father was asleep drunk on the sofa; a neighbour, Mrs Bell, found her on Brackenbury Road about 20 minutes later, unhurt. Mrs Halloran had been seeing to Reece upstairs. Both children are subject to child protection plans. Maureen Halloran came to the house and will stay the weekend. Day team to hold a strategy discussion on Monday.",
        "Poppy Halloran; Shaun Halloran; Iris Bell; Donna Halloran; Reece Halloran; Maureen Halloran",
        "E14",
    ),
    # E15 second strategy discussion (CSC, police, ASC)
    (
        CSC,
        "2025-06-30 11:00",
        "Strategy discussion (Teams), chaired by TM Lowe. SW Chandra, DC Tulloch (police), Martin Creed (adult social care). Poppy got out of the house on Saturday while Mr Halloran was drunk in charge of her. Both children are already on child protection plans, so no new section 47; the plan is to be strengthened: Mr Halloran not to care for the children alone, Maureen to stay at weekends, door chain fitted. Legal planning meeting to be requested.",
        "TM Lowe; SW Chandra; DC Tulloch; Martin Creed; Poppy Halloran; Shaun Halloran; Maureen Halloran; Reece Halloran",
        "E15",
    ),
    (
        POL,
        "2025-06-30 11:00",
        "Strat disc - HALLORAN children following MISPER 28/06. Already CP plans (neglect). Police - no offence disclosed re SH, NFA. Info shared.",
        "Poppy Halloran; Shaun Halloran; DC Tulloch",
        "E15",
    ),
    (
        ASC,
        "2025-06-30",
        "MC joined strategy call re Poppy (found wandering 28/06, Shaun asleep in drink). ASC: re-offer alcohol referral to Shaun, PA to include Sat mornings.",
        "Poppy; Shaun; MC",
        "E15",
    ),
    (
        CSC,
        "2025-07-01",
        "Visit to Little Acorns nursery to see Poppy. Key person says she is well cared for, always clean, attendance good. Nursery told about Saturday.",
        "Poppy Halloran",
        None,
    ),
    # ---------------- July ----------------
    # E16 second core group; the dietitian's phone review with Mum the same morning is NOT it
    (
        PAE,
        "2025-07-03 09:40",
        "Tel r/v with Mum (CW). Feeds given in full per chart, PA helping. Bolus at school fine. Plan: change to Nutrini Energy MF 1.5kcal - letter to GP.",
        "Mum; CW",
        None,
    ),
    (
        CSC,
        "2025-07-03 13:30",
        "Second core group meeting at Oakridge School. Present: Mrs Halloran, Mr Halloran, Maureen, Lorraine Pike (advocate), SW Chandra, Jo Farrant (school nurse), Kath Dobson (Willow Lodge). Poppy's wandering on 28 June discussed; door chain fitted. Reece's weight 19.3kg, sacral sore nearly healed. Mr Halloran agreed to see the alcohol service. Actions updated.",
        "Donna Halloran; Shaun Halloran; Maureen Halloran; Lorraine Pike; SW Chandra; Jo Farrant; Kath Dobson; Poppy Halloran; Reece Halloran",
        "E16",
    ),
    (
        SCH,
        "2025-07-03 13:30",
        "CG mtg in school 1.30pm - SN attended (NB on course). Wt 19.3kg, skin intact apart from small sacral scab.",
        "Reece; Jo",
        "E16",
    ),
    (
        SB,
        "A:2025-06-30:2025-07-04:w/c 30 Jun 25",
        "Core group (at Reece's school) - KD went. Plan: SB to keep 2 nights/month, summer scheme 3 days a week in August.",
        "Reece; KD",
        "E16",
    ),
    # E17 dietitian's letter to the GP and its receipt 9 days later
    (
        PAE,
        "2025-07-08",
        "Letter to GP (CW): please change RH feed to Nutrini Energy Multi Fibre 1.5kcal 500ml, 2 x daily (replacing Nutrini Energy MF), + flushes 300ml/day. Rationale: weight restoration on lower volume.",
        "Reece; CW",
        "E17",
    ),
    (
        CSC,
        "2025-07-10",
        "Legal planning meeting with Legal Services (TM Lowe, SW Chandra, solicitor). Threshold for care proceedings is met on the neglect of Reece's health needs, but the parents are engaging and his weight is improving. Agreed: pre-proceedings (Public Law Outline); letter before proceedings to go out next week, written in easy read with the advocate.",
        "TM Lowe; SW Chandra; Reece Halloran",
        None,
    ),
    # E18 letter before proceedings and ASC's copy received a week later
    (
        CSC,
        "2025-07-14",
        "Letter before proceedings sent to Mr and Mrs Halloran (easy-read version and standard letter), copied to Lorraine Pike and to Martin Creed at adult social care. It invites them to a pre-proceedings meeting on 29 July and explains how to get a solicitor.",
        "Donna Halloran; Shaun Halloran; Lorraine Pike; Martin Creed",
        "E18",
    ),
    (
        SCH,
        "2025-07-15",
        "SN weight 19.3kg. Sacral area healed. Feed sent in full every day this half term.",
        "Reece; Jo",
        None,
    ),
    (
        POL,
        "2025-07-16",
        "CAIT - DC Tulloch. Wilful neglect invest: CPS advice - NFA, not in public interest (parents' LD, CP plan + support in place). Parents informed via advocate. File retained.",
        "DC Tulloch; Lorraine",
        None,
    ),
    (
        GP,
        "2025-07-17",
        "Letter dietitian (C Whitmore) 08/07: change feed to Nutrini Energy MF 1.5kcal 500ml bd. Rx amended, old feed removed from repeats.",
        "Reece; Claire",
        "E17",
    ),
    (
        SB,
        "2025-07-18",
        "Overnight stay Fri 18 - Sat 19 Jul (Sam). Body map - skin intact. Hoist scales 19.4kg. New feed (1.5kcal) brought in. Collected by Mum + PA.",
        "Reece; Sam; Mum",
        None,
    ),
    (
        ASC,
        "A:2025-07-21:2025-07-25:w/c 21.07.2025",
        "Copy of CWD team's letter before proceedings (PLO) re Reece and Poppy received in post. PLO meeting 29/07 - MC to attend with advocate to support Donna and Shaun.",
        "Reece; Poppy; Donna; Shaun; MC",
        "E18",
    ),
    (
        SCH,
        "2025-07-22",
        "End of term (DSL NB). Attendance 89% (hospital adm in June). Summer: Willow Lodge summer scheme 3 days/wk. DSL holiday contact sent to SW.",
        "Reece; NB",
        None,
    ),
    # E19 pre-proceedings (PLO) meeting
    (
        CSC,
        "2025-07-29 10:00",
        "Pre-proceedings meeting at Brackenbury Civic Centre. Present: Mr and Mrs Halloran with their solicitor, Lorraine Pike (advocate), Martin Creed (adult social care), SW Chandra, TM Lowe and the local authority solicitor. The parents heard what has to change: Reece fed in full every day, turned at night, taken to every health appointment; no caring for the children while drinking. Agreed a 12-week pre-proceedings plan with easy-read copy; review meeting 9 October.",
        "Donna Halloran; Shaun Halloran; Lorraine Pike; Martin Creed; SW Chandra; TM Lowe; Reece Halloran",
        "E19",
    ),
    (
        ASC,
        "2025-07-29",
        "PLO meeting (Civic Centre) - MC attended with advocate LP. Donna and Shaun understood with support, asked questions. ASC actions in PLO plan: PA hours to 9/wk incl Sat am; alcohol referral for Shaun (he agreed today).",
        "Donna; Shaun; MC; Lorraine",
        "E19",
    ),
    (
        GP,
        "2025-07-30",
        "Poppy - 3y. Fall at home, small graze forehead, no LOC, playing normally. Seen w/ mother + PA. Consistent history. NAD.",
        "Poppy; Donna Halloran; Dr Mehta",
        None,
    ),
    # ---------------- August ----------------
    (
        SB,
        "A:2025-08-04:2025-08-08:w/c 4 Aug 25",
        "Summer scheme Mon/Wed/Fri. Reece happy, hydro session Wed. Full feed and flushes given. Skin intact.",
        "Reece",
        None,
    ),
    (
        GP,
        "2025-08-05",
        "Report to CP conf team - RCPC 07/08. Summary: RH feed changed 17/07; Poppy seen 30/07 minor fall, NAD. Not attending.",
        "Reece; Poppy",
        None,
    ),
    # E20 review child protection conference (school closed for summer)
    (
        CSC,
        "2025-08-07 10:00",
        "Review child protection conference, chaired by Helen Okafor. Present: Mr and Mrs Halloran, Maureen, Lorraine Pike, SW Chandra, Dr Adeyemi (community paediatrics), Kath Dobson (Willow Lodge), Martin Creed (adult social care). Written reports from school and GP. Reece's weight up to 19.5kg, sores healed, appointments kept since May; Poppy's wandering in June noted. Both children remain on child protection plans (neglect) while the pre-proceedings plan runs. Next review in six months.",
        "Donna Halloran; Shaun Halloran; Maureen Halloran; Lorraine Pike; Chair Okafor; SW Chandra; Dr Adeyemi; Kath Dobson; Martin Creed; Reece Halloran; Poppy Halloran",
        "E20",
    ),
    (
        PAE,
        "2025-08-07",
        "RCPC - RA attended. CP plans continue x2. Health: wt 19.5kg, PU healed, CDC appts attended May-Jul. Orthotics fitting 09/25.",
        "Reece; Poppy; RA",
        "E20",
    ),
    (
        ASC,
        "2025-08-07",
        "Review CP conference - MC attended with Donna, Shaun and advocate. Plans continue. Shaun started at Brackenbury Recovery Service 04/08.",
        "Donna; Shaun; Lorraine; MC",
        "E20",
    ),
    (
        SB,
        "2025-08-07",
        "Review conference (CP) - KD attended. Plans continue. SB: body maps clear since April, 2 nights/month to continue.",
        "Reece; KD",
        "E20",
    ),
    (
        PAE,
        "2025-08-19",
        "Dietetic HV (CW). Wt 19.6kg. New feed tolerated, no vomits, bowels regular. Mum and PA keep feed chart - all ticked.",
        "Reece; Mum; CW",
        None,
    ),
    (
        CSC,
        "2025-08-21",
        "Statutory visit. Reece at home in his chair watching television, clean and comfortable; feed running. Poppy playing in the garden with Maureen. Mr Halloran said he has had 'only two cans a day' since starting at the recovery service.",
        "Reece Halloran; Poppy Halloran; Maureen Halloran; Shaun Halloran",
        None,
    ),
    (
        ASC,
        "2025-08-27",
        "Review of PA support (MC, tel). 9 hrs/wk in place incl Sat am. Donna says 'it's a big help, she reads my letters'.",
        "Donna; MC",
        None,
    ),
    # ---------------- September ----------------
    (
        SCH,
        "2025-09-03",
        "First day of term. Reece in, happy. SN weight 19.8kg. Small red area R heel under new AFO - SN to review tomorrow.",
        "Reece; Jo",
        None,
    ),
    # E21 school nurse's phone call to the GP (both ends)
    (
        SCH,
        "2025-09-04 11:20",
        "SN rang Marsh Lane surgery - spoke to Dr Mehta. R heel skin has broken down again (1.5cm) under the new splint. Asked for dressings on prescription and a GP look. Parents told; AFO off until orthotics check.",
        "Reece; Jo; Dr Mehta",
        "E21",
    ),
    (
        GP,
        "2025-09-04 11:25",
        "Tel - school nurse Oakridge. RH R heel wound ?pressure from AFO. Rx Allevyn Gentle Border 7.5cm x10. Appt offered 09/09 with parent.",
        "Reece; Dr Mehta",
        "E21",
    ),
    (
        GP,
        "2025-09-09 15:00",
        "RH - seen w/ Mum + PA. R heel wound 1.5cm, clean, no infection. Continue dressings. AFO off till orthotics r/v. CCN ref. Wt (chair scales) 19.9kg.",
        "Reece; Mum; Dr Mehta",
        None,
    ),
    # E22 father drunk in charge of Poppy (Sat) and the notifications
    (
        POL,
        "2025-09-13 15:30",
        "Occ 25/171204. Concern for welfare, Market Sq - male slumped on bench, 3yo in buggy. Officers att 15:38. HALLORAN, Shaun heavily in drink, unable to care for child. Arrested drunk in charge of child under 7 (Licensing Act 1902 s2). Child HALLORAN, Poppy unharmed, taken home to mother. PPN child + adult. Custody - released 22:00, RUI.",
        "Shaun Halloran; Poppy Halloran; Donna Halloran",
        "E22",
    ),
    (
        CSC,
        "2025-09-15 09:20",
        "MASH notification: Police Protection Notice from Saturday afternoon. Mr Halloran was found very drunk on a bench in the Market Square with Poppy in her buggy; he was arrested and Poppy was taken home to her mother unharmed. This breaks the written agreement and the pre-proceedings plan. TM Lowe informed; legal planning meeting to be brought forward.",
        "Shaun Halloran; Poppy Halloran; Donna Halloran; TM Lowe",
        "E22",
    ),
    (
        ASC,
        "2025-09-16",
        "Adult PPN via MASH re Shaun - arrested Sat 13/09 drunk in charge of Poppy in town centre. MC to contact recovery service (with consent) and see Shaun this week.",
        "Shaun; Poppy; MC",
        "E22",
    ),
    # E23 third core group; ASC's visit to Shaun that afternoon is NOT it
    (
        CSC,
        "2025-09-18 13:30",
        "Third core group meeting at Oakridge School. Present: Mrs Halloran, Maureen, Lorraine Pike, SW Chandra, Mr Baptiste and Jo Farrant (school), Claire Whitmore (dietitian), Sam Ince (Willow Lodge). Mr Halloran did not attend. Saturday's incident discussed; Mr Halloran has been asked to stay at his mother's for now. Reece's weight 19.9kg; heel sore from the new splint being dressed. Actions updated.",
        "Donna Halloran; Maureen Halloran; Lorraine Pike; SW Chandra; Mr Baptiste; Jo Farrant; Claire; Sam; Shaun Halloran; Reece Halloran",
        "E23",
    ),
    (
        SCH,
        "2025-09-18 13:30",
        "Core group mtg in school 1.30pm - NB + SN. Attendance 100% this term. Wt 19.9kg. Heel wound healing.",
        "Reece; NB; Jo",
        "E23",
    ),
    (
        PAE,
        "2025-09-18",
        "CG (CW attended, at school). Wt 19.9kg on 1.5kcal feed - target 21kg by Dec. Continue regimen.",
        "Reece; CW",
        "E23",
    ),
    (
        SB,
        "2025-09-18",
        "Sam attended core group at Oakridge - update: stays going well, skin intact apart from heel (dressed).",
        "Reece; Sam",
        "E23",
    ),
    (
        ASC,
        "2025-09-18 15:30",
        "Home visit to Shaun at 9 Hollins Walk (MC). Ashamed about Saturday. Recovery service 2x/wk, says he will go to group. Support plan reviewed.",
        "Shaun; Maureen; MC",
        None,
    ),
    (
        SB,
        "2025-09-19",
        "Overnight stay Fri 19 - Sat 20 Sep (Sam). Body map: heel dressing intact, otherwise skin intact. Hoist scales 20.0kg. Collected by Mum + PA.",
        "Reece; Sam; Mum",
        None,
    ),
    (
        CSC,
        "2025-09-25",
        "Legal planning meeting (brought forward) with Legal Services. Reece's health needs are now being met but Mr Halloran's drinking is a continuing risk to Poppy. Agreed: do not issue proceedings yet; pre-proceedings review on 9 October to decide. Mr Halloran to stay at his mother's meanwhile.",
        "Reece Halloran; Shaun Halloran; Poppy Halloran",
        None,
    ),
    (
        PAE,
        "2025-09-30 14:00",
        "CDC clinic (RA) - attended with Mum + PA. Wt 20.1kg. Seizures 1-2/wk. Heel healing. Orthotics re-cast AFO 10/25. Next 3/12.",
        "Reece; Mum; RA",
        None,
    ),
    # ---------------- October ----------------
    (
        GP,
        "2025-10-02",
        "SH - requests help with alcohol. Attending recovery service since Aug. AUDIT 19. LFTs - GGT raised. Thiamine started. R/v 4/52.",
        "Shaun Halloran; Dr Mehta",
        None,
    ),
    # E24 pre-proceedings review meeting
    (
        CSC,
        "2025-10-09 10:00",
        "Pre-proceedings review meeting at the Civic Centre. Present: Mr and Mrs Halloran, their solicitor, Lorraine Pike (advocate), Martin Creed (adult social care), SW Chandra, TM Lowe, local authority solicitor. Reece's weight is 20.1kg and every health appointment has been kept since May. Mr Halloran has stayed at his mother's since September and is going to the recovery service. Decision: not to issue care proceedings now; pre-proceedings extended by 8 weeks with a review on 4 December.",
        "Donna Halloran; Shaun Halloran; Lorraine Pike; Martin Creed; SW Chandra; TM Lowe; Reece Halloran",
        "E24",
    ),
    (
        ASC,
        "2025-10-09",
        "PLO review mtg - MC attended with advocate. Outcome: no proceedings, PLO extended 8 wks (review 04/12). ASC: continue PA 9 hrs, Shaun's support plan (recovery service).",
        "Donna; Shaun; MC; Lorraine",
        "E24",
    ),
    (
        SCH,
        "2025-10-14",
        "SN weight 20.4kg. Heel healed, new AFO fitted. Full feed sent daily.",
        "Reece; Jo",
        None,
    ),
    (
        SB,
        "2025-10-17",
        "Overnight stay Fri 17 - Sat 18 Oct (Sam). Body map - skin intact. Hoist scales 20.4kg. Collected by Mum + Nan.",
        "Reece; Sam; Mum; Nan",
        None,
    ),
    (
        CSC,
        "2025-10-20",
        "Statutory visit. Reece at home after school, clean, comfortable, feed running; turning chart filled in every night for the last fortnight. Poppy playing with Maureen. Mrs Halloran proud of Reece's weight.",
        "Reece Halloran; Poppy Halloran; Maureen Halloran; Donna Halloran",
        None,
    ),
    (
        ASC,
        "2025-10-22",
        "Care Act review (Donna, MC). PA 9 hrs/wk working well. Donna managing appointments with text reminders + PA. Next review 3/12.",
        "Donna; MC",
        None,
    ),
    (
        PAE,
        "2025-10-23",
        "Dietetic HV (CW). Wt 20.5kg. Feed chart complete. Discussed reducing flushes in cooler weather. Next 4/52.",
        "Reece; Mum; CW",
        None,
    ),
]


def main():
    out = HERE / "case_ai.json"
    casegen.build(
        "ai",
        "Neglect of a 9-year-old with cerebral palsy fed by gastrostomy (missed appointments, "
        "weight loss, pressure sores); parents both with learning disabilities, father drinks; "
        "3-year-old sibling at nursery; 7 agencies, Feb - Oct 2025",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
