# ruff: noqa
"""Writing aid for held-out case_az (fictional; written blind, see README.md here).

    python3 bench/data/merging/heldout20/build_az.py   # writes case_az.json next to this file

HELD-OUT: only ever scored, never opened while merge rules are changed.

Maisie Carrow (9) is a young carer for her father Daniel (secondary progressive MS) and her
baby sister Ruby; her mother Leanne has bipolar affective disorder and stops her medication.
Falling attendance, Ruby's faltering growth, a chip-pan fire at the damp first-floor flat with
no working smoke alarm, Maisie privately fostered by a family friend, a child protection
conference, a manic relapse and section 2 admission, core groups, a review conference and a
step-down to early help. Seven agencies, Sep 2025 - May 2026. Hand-written entries plus seeded
routine filler (casegen.filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("az_mh", "%a %d %b %Y")  # Tue 18 Nov 2025
casegen.STYLES.setdefault("az_fire", "%d.%m.%Y")  # 15.11.2025

CSC = "Children's Social Care"
POL = "Police"
GP = "Brookside Medical Centre"
SCH = "St Aidan's CE Primary"
HOS = "Northgate Hospitals NHS Trust"
MH = "Adult Mental Health Services"
FRS = "Fire and Rescue Service"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (SCH, "education", "school"),
    (HOS, "health", "health"),
    (MH, "health", "az_mh"),
    (FRS, "other", "az_fire"),
]

PEOPLE = [
    ("Maisie Carrow", ["Maisie"], "Child M", "child"),
    ("Ruby Carrow", ["Ruby", "baby Ruby"], "Child R", "child"),
    ("Leanne Carrow", ["Leanne", "Mum", "Mrs Carrow", "LC"], "Mother", "parent"),
    ("Daniel Carrow", ["Daniel", "Dad", "Mr Carrow", "DC"], "Father", "parent"),
    ("Sharon Carrow", ["Sharon", "Aunt Sharon"], "Paternal aunt", "family"),
    (
        "Bernadette Walsh",
        ["Bernie", "Mrs Walsh", "BW"],
        "Family friend (private foster carer)",
        "other_adult",
    ),
    ("Priya Nair", ["SW Nair", "P Nair"], "Social worker", "professional"),
    ("Graham Fell", ["TM Fell"], "Team manager", "professional"),
    ("Janet Osei", ["IRO Osei"], "Child protection conference chair", "professional"),
    ("Aled Pritchard", ["Dr Pritchard"], "GP", "professional"),
    ("Karen Doyle", ["Mrs Doyle", "KD"], "School DSL", "professional"),
    ("Sam Ferris", ["Mr Ferris"], "Class teacher", "professional"),
    ("Ines Moreau", ["Dr Moreau"], "Community paediatrician", "professional"),
    ("Ruth Adeyemi", ["RA"], "Named nurse, safeguarding children", "professional"),
    ("Marcus Lee", ["ML", "CPN Lee"], "CMHT care coordinator (CPN)", "professional"),
    ("Helen Burke", ["AMHP Burke"], "Approved mental health professional", "professional"),
    ("Tariq Farouk", ["Dr Farouk"], "Consultant psychiatrist", "professional"),
    ("Paul Marsh", ["DS Marsh"], "Detective sergeant", "professional"),
    ("Claire Bell", ["CSA Bell"], "Fire service community safety advocate", "professional"),
    ("Steve Rudd", ["WM Rudd"], "Fire service watch manager", "professional"),
    ("Jess Tan", ["Jess"], "Young carers worker", "professional"),
    ("Linda Cho", ["L Cho"], "Adult social care social worker", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        GP,
        "Y:2017",
        "DC - Dx relapsing-remitting MS (neuro Northgate, MRI + LP). Converted to SPMS 2022. Frame indoors, wheelchair outdoors. Long-term catheter since 2024. Baclofen, oxybutynin.",
        "Daniel Carrow",
        None,
    ),
    (
        MH,
        "Y:2019",
        "Diagnosis bipolar affective disorder (manic episode with psychotic features); admitted Oakwood Unit under s2 MHA for 4 weeks. Lithium thereafter - stopped by LC herself in pregnancy 2024. CPA; care coordinator Marcus Lee since 2023.",
        "Leanne Carrow; ML",
        None,
    ),
    (
        HOS,
        "2025-03-11 04:30",
        "Maternity: SVD at 38+5, live female 2.96kg. Mother known bipolar disorder, off lithium - perinatal MH plan in place; partner has MS. Bottle feeding. D/c day 2, transfer to HV.",
        "Ruby Carrow; Leanne Carrow",
        None,
    ),
    (
        SCH,
        "M:2025-07",
        "End of Y4 report: attendance 91.2%. Maisie kind, quiet, 'often tired'. No safeguarding concerns logged in Y4.",
        "Maisie",
        None,
    ),
    # ---------------- September 2025 ----------------
    (
        SCH,
        "2025-09-12",
        "Mr Ferris to DSL: Maisie late 5x in first 2 wks of Y5. Says she 'does Dad's tablets and gets Ruby's bottle'. Logged.",
        "Maisie; Dad; Ruby; Mr Ferris; Mrs Doyle",
        None,
    ),
    (
        GP,
        "2025-09-16 10:40",
        "DC - MS annual review. 2 falls since July (transfers), no injury. Fatigue ++. Wife main carer but 'she's not been great'. Daughter (9) helps with meds. ASC referral offered - declined for now. Baclofen up to 15mg tds.",
        "Daniel Carrow; Leanne; Maisie; Dr Pritchard",
        None,
    ),
    # E01 school referral to MASH (sent Thursday, picked up Monday)
    (
        SCH,
        "2025-09-18 14:10",
        "Referral to MASH sent via online portal (KD). Maisie Y5: attendance 84.6%, 7 lates, tired. Tells staff she does Dad's tablets, makes Ruby's bottles, Mum 'stays in bed'. ? YC, ? Mum's MH. Mum consented by phone 13:50.",
        "Maisie; Mum; Dad; Ruby; Mrs Doyle",
        "E01",
    ),
    (
        CSC,
        "2025-09-22 09:30",
        "MASH: a referral from St Aidan's CE Primary School, submitted through the online portal on the afternoon of Thursday 18 September, was picked up this morning. The school are worried that Maisie (9) is looking after her father, who has multiple sclerosis, and her baby sister, that her mother may be unwell, and that Maisie's attendance has fallen below 85% with frequent lateness. Her mother consented to the referral. Checks requested from the GP and adult mental health services.",
        "Maisie Carrow; Daniel Carrow; Ruby Carrow; Leanne Carrow; Mrs Doyle",
        "E01",
    ),
    (
        MH,
        "2025-09-22",
        "CPN visit (ML). Leanne low-ish, sleeping 10-12h, 'can't get going'. Says Maisie's school 'have reported us to social services' - angry, but accepts they need help with Daniel. Off lithium since 2024; declines restart for now. Mood 4/10. No risk to self/others identified.",
        "Leanne; Maisie; Daniel; ML",
        None,
    ),
    (
        CSC,
        "2025-09-24",
        "MASH decision (TM Fell): a child and family assessment is needed. Spoke with Leanne by phone - she agreed and asked for help with Daniel's care. Allocated to Priya Nair, Family Support Team 2.",
        "Leanne Carrow; Daniel Carrow; TM Fell; SW Nair",
        None,
    ),
    (
        GP,
        "2025-09-25",
        "MASH info request (Maisie, Ruby). Shared: DC SPMS; LC bipolar, under CMHT, off lithium; Ruby imms UTD, last wt 8/52 - 50th. Maisie - nil of note.",
        "Maisie; Ruby; DC; LC",
        None,
    ),
    # E02 GP referral to community paediatrics, received 9 days later
    (
        GP,
        "2025-09-29 11:20",
        "Ruby 6/12 seen with mum. Wt 6.21kg - 50th at 8/52, now just <9th. Bottle 4oz x4-5, not weaned. Mum flat, says 'she just won't take it'. Exam NAD, no V/D. Referral to community paeds (CDC) - faltering growth. HV informed.",
        "Ruby; Mum; Dr Pritchard",
        "E02",
    ),
    (
        SCH,
        "2025-09-29",
        "Maisie absent - Mum rang 08:50, 'tummy ache'. 3rd absence this half term. Attendance now 82%.",
        "Maisie; Mum",
        None,
    ),
    (
        HOS,
        "2025-10-08",
        "Community paediatrics (CDC): referral received from Brookside MC (Dr Pritchard, letter dated 29/09/25). 6 mo F, faltering growth - wt crossed from 50th to <9th, not weaned, maternal MH hx. Triaged soon - CDC clinic 21/10, Dr Moreau.",
        "Ruby Carrow; Dr Pritchard; Dr Moreau",
        "E02",
    ),
    # ---------------- October ----------------
    # E03 joint home visit CSC + CMHT; GP phone consult with Daniel the same day is NOT it
    (
        CSC,
        "2025-10-07 10:30",
        "Joint home visit to Flat 4, Calder Court with Marcus Lee, Leanne's care coordinator from the community mental health team. Leanne and Daniel seen; Ruby in her bouncer; Maisie at school. The flat is cramped and damp, with black mould in the children's bedroom and the hallway smoke alarm hanging off the ceiling by its wires - Leanne says it kept going off when she cooked and the landlord has not been out since July. Daniel spends most of the day in bed. Leanne said she is 'running on empty' and that Maisie 'is my right hand'. Leanne agreed to Marcus reviewing her medication with the psychiatrist; Daniel agreed to a referral to adult social care.",
        "Leanne Carrow; Daniel Carrow; Ruby Carrow; Maisie Carrow; ML; SW Nair",
        "E03",
    ),
    (
        MH,
        "2025-10-07 10:30",
        "JV with CSC SW (P Nair) at home. LC kempt, flat affect; now sleeping poorly (3-4h), 'mind racing at night'. ? early warning signs - discussed with Dr Farouk: restart lithium, baseline bloods via GP. Relapse signature reviewed with LC. DC present, supportive.",
        "LC; DC; SW Nair; ML; Dr Farouk",
        "E03",
    ),
    (
        GP,
        "2025-10-07 15:10",
        "Tel - DC: cloudy catheter urine 2/7, afebrile. CSU via DN. Nitrofurantoin 7/7.",
        "DC",
        None,
    ),
    (
        SCH,
        "2025-10-08",
        "Maisie to TA at break: 'I do Dad's tablets in the morning and help him to the loo when Mum's asleep'. DSL informed, added to log.",
        "Maisie; Dad; Mum; Mrs Doyle",
        None,
    ),
    # E04 SW sees Maisie at school
    (
        CSC,
        "2025-10-09 13:45",
        "Saw Maisie at school in the library with Mrs Doyle present. Maisie talked through her day: she gets up at 6.30, gives Daddy his tablets from the dosette box, makes Ruby's bottle and wakes Mummy. She likes looking after Ruby but gets 'really tired', and worries at school in case Daddy falls. She would like to go to a club 'with other kids like me'. We talked about the young carers service and she would like me to refer her.",
        "Maisie Carrow; Mrs Doyle; Daniel Carrow; Ruby Carrow; Leanne Carrow",
        "E04",
    ),
    (
        SCH,
        "2025-10-09 13:45",
        "SW (P Nair) in school 1.45pm to see Maisie - library, KD present. Maisie open, chatty. YC referral to be made by SW.",
        "Maisie; SW Nair; Mrs Doyle",
        "E04",
    ),
    (
        GP,
        "2025-10-10",
        "LC - bloods (PN): U&E, eGFR, TFT, Ca NAD. Lithium 400mg nocte started, level at 5/7.",
        "LC",
        None,
    ),
    # E05 CDC clinic and the GP's clinic letter 13 days later; E06 the paediatrician's call to the SW that afternoon
    (
        HOS,
        "2025-10-21 10:00",
        "CDC clinic (Dr Moreau). Ruby 7 mo, with mother. Wt 6.30kg (<2nd), length 66cm (25th), OFC 43cm (50th). Alert, social, development appropriate. Bottle 4-5oz x4, sometimes propped; weaning not started. Mother's mood low; says big sister does many of the feeds. Bloods (FBC, ferritin, coeliac, TFT, U&E) + urine sent. Plan: dietitian + community nursery nurse feeding support, weekly weights, r/v 4/52. Letter to GP cc SW.",
        "Ruby Carrow; Leanne Carrow; Dr Moreau",
        "E05",
    ),
    (
        SCH,
        "2025-10-21",
        "Maisie late 9.25 - said she'd been up 'loads' in the night with Ruby. Fell asleep in guided reading.",
        "Maisie; Ruby",
        None,
    ),
    (
        HOS,
        "2025-10-21 15:40",
        "Tel Dr Moreau to SW P Nair (CSC): concerns re Ruby's growth with maternal low mood + parental disability - ? neglect vs feeding difficulty. Not for CP medical at this stage, feeding support first. Agreed to share weights weekly.",
        "Ruby Carrow; Dr Moreau; SW Nair",
        "E06",
    ),
    (
        CSC,
        "2025-10-21",
        "Telephone call this afternoon from Dr Moreau, community paediatrician, who saw Ruby in clinic earlier. Ruby's weight has dropped below the 2nd centile although her length and head growth are normal. Dr Moreau thinks this is most likely a feeding problem linked to Leanne's low mood and the pressure on the household rather than an illness, but she is worried. She will send weekly weights and I will include this in the assessment.",
        "Ruby Carrow; Leanne Carrow; Dr Moreau",
        "E06",
    ),
    (
        CSC,
        "2025-10-23",
        "Home visit (announced). Leanne showed me how she makes up Ruby's feeds - correct scoops, but Ruby is given her bottle propped on a pillow while Leanne sees to Daniel. Maisie at school. Leanne tearful; says the lithium makes her 'foggy'.",
        "Leanne Carrow; Ruby Carrow; Daniel Carrow; Maisie Carrow",
        None,
    ),
    (
        GP,
        "2025-11-03",
        "Clinic letter CDC (Dr Moreau) 21/10/25 - Ruby 7/12: faltering growth, wt <2nd, length/OFC normal. Bloods sent. Dietitian + nursery nurse. Wkly wts. R/v 4/52.",
        "Ruby; Dr Moreau",
        "E05",
    ),
    # ---------------- November ----------------
    # E07 child in need meeting; GP review of Daniel the same day is NOT it
    (
        GP,
        "2025-11-04 11:00",
        "DC - r/v: 3rd fall, carpet burn L elbow - dressed. Spasticity worse. ASC assessment pending (SW referred). Letter to neuro.",
        "DC; Dr Pritchard",
        None,
    ),
    (
        CSC,
        "2025-11-04 15:30",
        "Child in need meeting at St Aidan's. Present: Leanne, Daniel (by phone), SW Priya Nair, Mrs Doyle (DSL), Marcus Lee (CMHT care coordinator) and Jess Tan from the young carers service. The child and family assessment concluded that Maisie and Ruby are children in need: Maisie is a young carer whose caring role is affecting her attendance and wellbeing, and Ruby's growth is faltering. Plan: young carers service to start 1:1 work and the Tuesday lunch club; adult social care assessment for Daniel (referral made 8 October); SW to chase the landlord about the damp and the broken smoke alarm and to ask the fire service for a safe and well visit; Leanne to continue lithium with CMHT support; weekly weights. Review in six weeks.",
        "Leanne Carrow; Daniel Carrow; SW Nair; Mrs Doyle; ML; Jess; Maisie Carrow; Ruby Carrow",
        "E07",
    ),
    (
        SCH,
        "2025-11-04 15:30",
        "CIN mtg in school (Rm 2) - KD. Mum, SW, CPN, YC worker (Jess); Dad by phone. School actions: attendance support plan, free breakfast club place, YC lunch club Tues. Attendance 81.9%.",
        "Mum; Dad; Maisie; SW Nair; ML; Jess; Mrs Doyle",
        "E07",
    ),
    (
        MH,
        "2025-11-04",
        "CIN meeting at school (ML attended). LC engaged. Shared: Li level 0.5 (low therapeutic), plan to titrate; relapse signature to be shared with SW. CMHT action: fortnightly CPN.",
        "LC; DC; SW Nair; ML",
        "E07",
    ),
    # E08 CSC referral to the fire service for a safe and well visit (received 5 days later)
    (
        CSC,
        "2025-11-05",
        "Referral sent by email to the fire service community safety team for a home fire safety visit: a disabled adult who cannot get out of bed unaided, a baby and a nine-year-old in a first-floor flat; the smoke alarm is hanging off the ceiling; a parent who cooks late at night.",
        "Daniel Carrow; Ruby Carrow; Maisie Carrow; Leanne Carrow; SW Nair",
        "E08",
    ),
    (
        CSC,
        "2025-11-07",
        "Emailed Calder Homes (landlord) about the damp, the mould in the children's room and the smoke alarm. Reply: a surveyor will visit on 26 November.",
        "Leanne Carrow",
        None,
    ),
    (
        FRS,
        "2025-11-10",
        "S&W referral rec'd from CSC (SW P Nair, sent 05.11). Flat 4 Calder Court, 1st flr. Occupant w/ MS - unable to self-evacuate at night; 2 children. Detector reported defective. Priority HIGH. S&W visit booked 24.11 (CSA Bell).",
        "SW Nair; Daniel Carrow; CSA Bell",
        "E08",
    ),
    (
        MH,
        "2025-11-11",
        "CPN visit (ML). LC more talkative, 'loads of energy', painted Ruby's room at 2am. Sleep 4h. Stopped lithium 'a week ago' - 'made me foggy'. ? early hypomania. Dr Farouk aware - OP r/v brought forward to 20/11; CRHT number given.",
        "LC; Ruby; ML; Dr Farouk",
        None,
    ),
    (
        SCH,
        "2025-11-13",
        "Maisie tearful at lunch - Mum 'is being weird and won't go to bed' and was 'shouting at Dad'. KD emailed SW.",
        "Maisie; Mum; Dad; Mrs Doyle",
        None,
    ),
    # E09 the fire (Sat 01:49): fire, police, both ED attendances, EDT, Monday notifications, GP letters
    (
        FRS,
        "2025-11-15 01:52",
        "INC 25-08817. Dwelling fire, Flat 4 Calder Court (1st flr). 999 call 01:49 from female child. 2 pumps. On arrival kitchen well alight (chip pan on hob), hall smoke-logged. Mother, baby + child (9) self-evacuated. Adult male w/ MS in rear bedroom unable to self-evacuate - rescued by BA crew 01:58, handed to ambulance. Fire out 02:10. No working smoke detection (detector head removed). Property uninhabitable. Police requested re children. WM Rudd.",
        "Daniel Carrow; Leanne Carrow; Ruby Carrow; Maisie Carrow; WM Rudd",
        "E09",
    ),
    (
        POL,
        "2025-11-15 02:05",
        "CAD 0115-0087. Assist FRS - dwelling fire Flat 4 Calder Court. Att 02:05. CARROW, Leanne (34) + CARROW, Daniel (41, MS - rescued by FRS), 2 children (9y, 8m). Mother agitated, rapid speech, states was 'making chips for everyone' at 01:30 then lay down. 9yo raised alarm + rang 999. Father + baby conveyed Northgate by amb. Neither parent in drink. EDT informed re accommodation/children. CCN to MASH.",
        "Leanne Carrow; Daniel Carrow; Maisie Carrow; Ruby Carrow",
        "E09",
    ),
    (
        HOS,
        "2025-11-15 02:40",
        "Paed ED: Ruby 8 mo, by ambulance from house fire with mother. No soot at nares. SpO2 99% air, COHb 1.2%, chest clear. Obs 4h - well. Wt 6.45kg (<2nd), known CDC. D/c 06:45 with mother to emergency accommodation (EDT). Letter to GP; safeguarding form to MASH.",
        "Ruby Carrow; Leanne Carrow",
        "E09",
    ),
    (
        HOS,
        "2025-11-15 02:45",
        "ED (adults) to AMU: 41M, SPMS, rescued from house fire by FRS. COHb 4.8%, SpO2 93% air, coarse creps R base; CXR R lower zone consolidation. Imp smoke inhalation + aspiration pneumonia. Admitted Ward 7, IV co-amoxiclav. Cannot return to property - OT/ASC for discharge.",
        "Daniel Carrow",
        "E09",
    ),
    (
        CSC,
        "2025-11-15 03:30",
        "Emergency Duty Team: police rang from Calder Court after a kitchen fire at the family's flat at about 1.30am. Leanne says she was cooking chips and lay down; Maisie woke to the smoke, woke her mother and rang 999. Daniel was carried out by firefighters and has gone to Northgate with Ruby. The flat cannot be lived in. Leanne asked that Maisie stay with a family friend, Bernadette Walsh, who came to the scene; police checks on Mrs Walsh are clear and she is willing. Leanne and Ruby to emergency accommodation (Premier Stay, Ring Road) when Ruby is discharged. Police describe Leanne as agitated with rapid speech. For the day team and MASH on Monday.",
        "Leanne Carrow; Maisie Carrow; Daniel Carrow; Ruby Carrow; Bernie",
        "E09",
    ),
    (
        SCH,
        "2025-11-17 08:35",
        "Mrs Walsh (family friend) brought Maisie in - told office there was a fire at the flat on Saturday night, Dad in hospital, Maisie staying with her for now. Needs new uniform. KD informed. Maisie quiet, said 'I rang 999'.",
        "Maisie; Bernie; Dad; Mrs Doyle",
        "E09",
    ),
    (
        CSC,
        "2025-11-17 09:15",
        "MASH: child concern notification from police and the EDT record for the fire at Flat 4, Calder Court in the early hours of Saturday 15 November. Maisie raised the alarm and rang 999; Daniel was rescued by firefighters and remains in hospital; Ruby was checked in the children's emergency department and discharged. The flat had no working smoke alarm. Open case - passed to SW Nair; TM Fell asked for a strategy discussion tomorrow given the fire, Ruby's faltering growth and concerns that Leanne is becoming unwell.",
        "Maisie Carrow; Daniel Carrow; Ruby Carrow; Leanne Carrow; SW Nair; TM Fell",
        "E09",
    ),
    # E10 fire service safeguarding referral, received by MASH next morning
    (
        FRS,
        "2025-11-17",
        "Post-fire: FI report INC 25-08817 - accidental, unattended chip pan. Detector head removed (occupier: 'landlord never fixed it'). Safeguarding referral (children + adult at risk) submitted to MASH via portal. Landlord referred to housing enforcement re detection. S&W 24.11 cancelled - family in temp accommodation.",
        "Leanne Carrow; Daniel Carrow; Maisie Carrow; Ruby Carrow",
        "E10",
    ),
    (
        MH,
        "2025-11-17 14:00",
        "Tel from SW this am re fire Sat. CPN visit to LC at Premier Stay, Ruby with her. LC elated, pressured speech, flight of ideas - 'the fire was a sign'. Sleep 2-3h. Off lithium. Ruby in travel cot, bottle made up. Risk: manic relapse, self-neglect, neglect of baby. Referred to CRHT - assessment tomorrow.",
        "LC; Ruby; ML",
        None,
    ),
    (
        CSC,
        "2025-11-18 09:00",
        "MASH: safeguarding referral from the fire and rescue service (dated 17 November) about the fire on 15 November - an accidental chip pan fire, the smoke detector had been removed, and Daniel could not get out unaided. Added to this afternoon's strategy discussion.",
        "Daniel Carrow; Maisie Carrow; Ruby Carrow; Leanne Carrow",
        "E10",
    ),
    (
        MH,
        "2025-11-18 11:00",
        "CRHT assessment at Premier Stay (2 practitioners). LC hypomanic, partial insight, agrees to home treatment. Olanzapine 5mg nocte (Dr Farouk). Daily visits.",
        "LC; Ruby; Dr Farouk",
        None,
    ),
    # E11 strategy discussion (and the school's receipt of the minutes 6 days later)
    (
        CSC,
        "2025-11-18 14:00",
        "Strategy discussion (Teams) chaired by TM Graham Fell. Present: SW Priya Nair, DS Paul Marsh (police), Mrs Doyle (school DSL), Ruth Adeyemi (named nurse, Northgate) and Marcus Lee (CMHT). Information shared: the fire; Ruby's weight below the 2nd centile; Leanne off lithium with signs of relapse and now open to the crisis team; Daniel in hospital and unable to return to the flat; Maisie staying with Mrs Walsh. Agreed threshold met for section 47 enquiries (neglect) for both children, led by Children's Social Care. Ruby to have a child protection medical. Maisie to remain with Mrs Walsh by agreement with Leanne; Ruby to stay with Leanne at the emergency accommodation with daily crisis team visits and social work visits on alternate days.",
        "TM Fell; SW Nair; DS Marsh; Mrs Doyle; RA; ML; Maisie Carrow; Ruby Carrow; Leanne Carrow; Daniel Carrow; Bernie",
        "E11",
    ),
    (
        POL,
        "2025-11-18 14:00",
        "Strat disc re CARROW children (MASH). Police info: fire 15/11, CCN. No offences identified - accidental. Outcome: s47 single agency CSC. Police NFA.",
        "Maisie Carrow; Ruby Carrow; DS Marsh",
        "E11",
    ),
    (
        SCH,
        "2025-11-18 14:00",
        "Strategy mtg (Teams) 2pm - KD attended. CP enquiries agreed for Maisie + Ruby. School: daily check-in, attendance monitored, Mrs Walsh = contact.",
        "Maisie; Ruby; Bernie; Mrs Doyle",
        "E11",
    ),
    (
        HOS,
        "2025-11-18 14:00",
        "Safeguarding team: strategy discussion (CSC) - RA attended. Shared ED attendances 15/11 (Ruby; father) + CDC involvement. Action: CP medical Ruby - Dr Moreau 25/11.",
        "Ruby Carrow; Daniel Carrow; RA; Dr Moreau",
        "E11",
    ),
    (
        MH,
        "2025-11-18 14:00",
        "Strategy discussion (MS Teams) - ML attended. Shared relapse signs, lithium stopped, CRHT now involved. Outcome s47. CMHT: CRHT daily, concerns to SW.",
        "LC; Ruby; ML",
        "E11",
    ),
    (
        GP,
        "2025-11-18 16:30",
        "Ruby - wt at surgery (PN): 6.44kg. Mum 'buzzing', talking fast. Flagged to GP - CMHT already involved.",
        "Ruby; Mum",
        None,
    ),
    (
        CSC,
        "2025-11-19",
        "Management oversight (TM Fell): section 47 decision endorsed. Private fostering rules will apply if Maisie stays with Mrs Walsh beyond 28 days - note the date (13 December). An initial conference is likely.",
        "TM Fell; Maisie Carrow; Bernie",
        None,
    ),
    # E12 discharge planning meeting for Daniel (ASC / adult social care)
    (
        HOS,
        "2025-11-20 14:00",
        "Ward 7 discharge planning MDT - DC. Present: ward sister, OT, ASC SW (L Cho), CSC SW (P Nair), wife. Chest improving, MFFD 21/11. Home fire-damaged - ASC to fund 4/52 respite at Ashdown Lodge. OT to assess new property once housing identified.",
        "Daniel Carrow; L Cho; SW Nair; Leanne Carrow",
        "E12",
    ),
    (
        CSC,
        "2025-11-20 14:00",
        "Attended a discharge planning meeting on Ward 7 at Northgate Hospital for Daniel, with the ward sister, an occupational therapist, Linda Cho from adult social care, and Leanne. Daniel is well enough to leave tomorrow but has nowhere suitable to go: adult social care will fund a respite bed at Ashdown Lodge for four weeks while housing look for an adapted ground-floor flat. Leanne was very talkative and jumped between subjects; she asked twice about having Maisie back.",
        "Daniel Carrow; L Cho; Leanne Carrow; Maisie Carrow",
        "E12",
    ),
    (
        SCH,
        "2025-11-20",
        "Daily check-in. Maisie visited Dad in hospital last night with Mrs Walsh - 'he's got a chest infection from the smoke'. Settled in class.",
        "Maisie; Dad; Bernie; Mrs Doyle",
        None,
    ),
    (
        SCH,
        "2025-11-24",
        "Minutes of strategy mtg 18.11 rec'd from MASH (secure email). Filed; school actions confirmed.",
        "Maisie; Mrs Doyle",
        "E11",
    ),
    # E13 child protection medical (SW present) and the report reaching the GP 13 days later
    (
        HOS,
        "2025-11-25 10:00",
        "CP medical (Dr Moreau), CDC - requested by CSC (s47, neglect). Ruby 8 mo, with mother and SW P Nair. Wt 6.40kg (<2nd), length 67.5cm (25th). Full skin exam - no bruising or injury. Sits unsupported, babbles. Bloods 21/10 normal. Opinion: faltering growth consistent with inadequate intake in context of maternal mental illness and household strain; no organic cause. Recommend supervised feeding plan, dietitian, weekly weights; admit if wt falls further. Report to CSC + GP.",
        "Ruby Carrow; Leanne Carrow; SW Nair; Dr Moreau",
        "E13",
    ),
    (
        CSC,
        "2025-11-25 10:00",
        "Went with Leanne and Ruby to Ruby's child protection medical with Dr Moreau at the Child Development Centre. No injuries. Dr Moreau's view is that Ruby is not getting enough milk and food and there is no medical cause. Leanne was chatty and distractible during the examination, talking about redecorating a flat she does not yet have. A daily feeding chart will be kept and the crisis team will check feeds at each visit.",
        "Leanne Carrow; Ruby Carrow; Dr Moreau",
        "E13",
    ),
    (
        SCH,
        "2025-11-25",
        "YC lunch club (Jess). Maisie made Christmas cards for Dad and Ruby. Chatty.",
        "Maisie; Jess; Dad; Ruby",
        None,
    ),
    (
        GP,
        "2025-11-26",
        "ED letter 15/11/25 (Paed ED) - Ruby: smoke exposure, COHb 1.2%, obs 4h, d/c. Wt 6.45kg <2nd noted, known CDC. No GP action.",
        "Ruby",
        "E09",
    ),
    # E14 a phone call SW - GP; the SW records it later with a w/c date
    (
        GP,
        "2025-11-27 12:10",
        "Tel from SW (P Nair) - asked re Ruby's wts here + LC's meds. Told: 6.44kg on 18/11; LC olanzapine via CRHT, lithium stopped by pt. Agreed PN weekly wts, emailed to SW.",
        "SW Nair; Ruby; LC",
        "E14",
    ),
    (
        CSC,
        "A:2025-11-24:2025-11-28:w/c 24 November 2025",
        "Spoke with Dr Pritchard at Brookside Medical Centre about what the practice holds for Ruby and Leanne. The practice nurse will weigh Ruby each week and email me the weights; Dr Pritchard will continue Leanne's prescriptions as the crisis team advise.",
        "Dr Pritchard; Ruby Carrow; Leanne Carrow",
        "E14",
    ),
    (
        GP,
        "2025-11-28",
        "Disch summary Ward 7 (adm 15/11 - d/c 21/11/25) DC: smoke inhalation + aspiration pneumonia after house fire, IV then oral abx. D/c to Ashdown Lodge respite (ASC). Baclofen unchanged.",
        "DC",
        "E09",
    ),
    # ---------------- December ----------------
    (
        SCH,
        "A:2025-12-01:2025-12-05:early Dec 25 (approx.)",
        "Mrs Walsh asked for ParentMail + letters to go to her as well as Mum - agreed, Mum consented by phone.",
        "Bernie; Mum; Maisie",
        None,
    ),
    (
        MH,
        "M:2025-12",
        "CRHT summary, December: daily visits continued to 22/12, then stepped down to CMHT. Olanzapine adherent (observed). Sleep 6h by mid-month. Lithium restart declined.",
        "LC",
        None,
    ),
    (
        GP,
        "2025-12-04",
        "Report for ICPC 09/12 (Maisie, Ruby) sent to conference team: DC MS, LC bipolar - relapse, CRHT; Ruby wts. Dr Pritchard unable to attend (surgery).",
        "Maisie; Ruby; DC; LC; Dr Pritchard",
        None,
    ),
    (
        HOS,
        "2025-12-05",
        "CDC: report for ICPC 09/12 sent (Dr Moreau) - CP medical findings, wt 6.21 to 6.40kg.",
        "Ruby Carrow; Dr Moreau",
        None,
    ),
    (
        GP,
        "2025-12-08",
        "CP medical report rec'd - CDC (Dr Moreau) 25/11/25, Ruby: faltering growth, no organic cause, inadequate intake; no injuries. CP code added.",
        "Ruby; Dr Moreau",
        "E13",
    ),
    # E15 initial child protection conference
    (
        CSC,
        "2025-12-09 10:00",
        "Initial child protection conference at the Civic Centre, chaired by Janet Osei. Present: Leanne, Mrs Walsh (for Maisie), SW Priya Nair, TM Fell, Mrs Doyle (school), Dr Moreau (community paediatrician), Marcus Lee (CMHT) and DS Marsh (police). Daniel joined by phone from Ashdown Lodge. Apologies with a report from the GP. Maisie's views were shared through a drawing and a letter she wrote with Jess Tan. Both children to be subject to child protection plans under the category of neglect. Maisie to remain with Mrs Walsh for now and a private fostering assessment to be completed. First core group 18 December.",
        "Leanne Carrow; Bernie; SW Nair; TM Fell; Mrs Doyle; Dr Moreau; ML; DS Marsh; Daniel Carrow; IRO Osei; Jess; Maisie Carrow; Ruby Carrow",
        "E15",
    ),
    (
        SCH,
        "2025-12-09",
        "ICPC - KD attended. Outcome: CP plan (neglect) - Maisie + Ruby. School in core group.",
        "Maisie; Ruby; Mrs Doyle",
        "E15",
    ),
    (
        HOS,
        "2025-12-09 10:00",
        "CDC: Dr Moreau attended initial CP conference. Ruby + sister - CP plans, neglect. CDC r/v + weekly wts continue.",
        "Ruby Carrow; Maisie Carrow; Dr Moreau",
        "E15",
    ),
    (
        MH,
        "2025-12-09",
        "ICPC (ML attended). LC present, still elevated but engaged. Both children CP plans (neglect). CMHT/CRHT in core group.",
        "LC; ML",
        "E15",
    ),
    (
        POL,
        "2025-12-09 10:00",
        "ICPC - DS Marsh attended. CP plans x2 (neglect). Police - info sharing only.",
        "Maisie Carrow; Ruby Carrow; DS Marsh",
        "E15",
    ),
    (
        GP,
        "2025-12-09 16:20",
        "LC - r/v. Olanzapine 10mg, sleeping 5h. Wt +3kg. Lipids/HbA1c requested.",
        "LC; Dr Pritchard",
        None,
    ),
    # E16 private fostering notification by the school, logged by CSC two days later
    (
        SCH,
        "2025-12-15 11:00",
        "PF notification form completed + emailed to CSC PF team (KD): Maisie living with Mrs Walsh (not a relative) since 15.11 - now >28 days. Mum aware.",
        "Maisie; Bernie; Mum; Mrs Doyle",
        "E16",
    ),
    (
        SCH,
        "2025-12-15 15:00",
        "ICPC minutes (09.12) rec'd via secure email. Filed in CP file.",
        "Maisie; Mrs Doyle",
        "E15",
    ),
    (
        CSC,
        "2025-12-15",
        "Statutory visit to Leanne and Ruby at Premier Stay. Ruby's feeding chart shows 5-6 bottles a day and some puree; weighed at the surgery last week, 6.52kg. Leanne calmer on olanzapine and sleeping better.",
        "Leanne Carrow; Ruby Carrow",
        None,
    ),
    (
        CSC,
        "2025-12-17",
        "Private fostering notification received from St Aidan's (dated 15 December): Maisie has lived with Mrs Bernadette Walsh, a family friend, since 15 November. Logged with the private fostering team; an assessment visit to Mrs Walsh's home within seven days; DBS and references requested.",
        "Maisie Carrow; Bernie; SW Nair",
        "E16",
    ),
    # E17 core group 1
    (
        CSC,
        "2025-12-18 15:30",
        "First core group at St Aidan's. Present: Leanne, Mrs Walsh, SW Nair, Mrs Doyle and Marcus Lee (CMHT); the community nursery nurse sent apologies. Plan turned into actions: the family move into an adapted ground-floor flat at 12 Orchard Walk on 22 December; Daniel home from Ashdown Lodge the next day with four care calls a day from adult social care; Maisie to stay with Mrs Walsh over Christmas and visit daily; fire service safe and well visit at the new flat; feeding chart and weekly weights for Ruby.",
        "Leanne Carrow; Bernie; SW Nair; Mrs Doyle; ML; Daniel Carrow; Maisie Carrow; Ruby Carrow",
        "E17",
    ),
    (
        SCH,
        "2025-12-18 15:30",
        "Core group 1 in school (Rm 2), 3.30pm - KD. Attendance since the fire 97% (from Mrs Walsh's). YC sessions continuing.",
        "Maisie; Bernie; Mrs Doyle",
        "E17",
    ),
    (
        MH,
        "2025-12-18",
        "Core group (ML). LC stable on olanzapine; CRHT discharging to CMHT 22/12. Lithium restart discussed - LC declined.",
        "LC; ML",
        "E17",
    ),
    (
        CSC,
        "2025-12-19",
        "Private fostering visit to Mrs Walsh's home, 3 Mill Lane. Maisie has her own room; Mrs Walsh is a retired teaching assistant who has known the family for ten years through church. Maisie says she feels safe and likes it there but misses Ruby and her dad. Arrangement assessed as suitable; to be reviewed six-weekly.",
        "Bernie; Maisie Carrow; Ruby Carrow; Daniel Carrow",
        None,
    ),
    (
        CSC,
        "2025-12-22",
        "Leanne and Ruby moved into 12 Orchard Walk (ground floor, adapted, housing association). Keys collected with me. Daniel comes home from Ashdown Lodge tomorrow.",
        "Leanne Carrow; Ruby Carrow; Daniel Carrow",
        None,
    ),
    (
        GP,
        "2025-12-23",
        "DC - new address 12 Orchard Walk. Home from respite; package of care 4 calls/day (ASC). DN referral - catheter care.",
        "DC",
        None,
    ),
    # ---------------- January 2026 ----------------
    (
        HOS,
        "M:2026-01",
        "Wheelchair services: DC - powered chair issued, seating assessed (January 2026).",
        "Daniel Carrow",
        None,
    ),
    # E18 fire service safe and well visit (joint with SW, who records it with a w/c date)
    (
        FRS,
        "2026-01-08 10:00",
        "S&W visit - 12 Orchard Walk (CSA Bell). Jt with CSC SW. 4 x linked detectors + heat alarm (kitchen) fitted. Bed-bound occupant - smoke alarm linked to Lifeline pendant (ASC). Escape plan agreed. Cooking safety: no deep-fat frying, hob advice.",
        "CSA Bell; Daniel Carrow; Leanne Carrow; Ruby Carrow; SW Nair",
        "E18",
    ),
    (
        CSC,
        "A:2026-01-05:2026-01-09:w/c 5 January 2026",
        "Safe and well visit at Orchard Walk by Claire Bell from the fire and rescue service, which I attended. New linked smoke alarms and a heat alarm were fitted, Daniel's alarm will be linked to his Lifeline pendant, and an escape plan was written with Leanne. Leanne agreed not to deep-fry and not to cook after 10pm.",
        "CSA Bell; Daniel Carrow; Leanne Carrow",
        "E18",
    ),
    (GP, "2026-01-08", "DN visit DC: catheter changed, sacral skin intact.", "DC", None),
    (
        MH,
        "2026-01-12",
        "CPN (ML). LC irritable, sleeping 3h, spending - £400 of baby clothes on credit. Stopped olanzapine ('makes me fat'). Early relapse. CRHT re-referral; Dr Farouk aware. Ruby seen - fine, fed during visit.",
        "LC; Ruby; ML; Dr Farouk",
        None,
    ),
    (
        SCH,
        "2026-01-13",
        "Maisie said Mum 'talks really fast again' and didn't come for tea on Sunday. KD rang SW.",
        "Maisie; Mum; Mrs Doyle",
        None,
    ),
    (
        MH,
        "2026-01-14",
        "CRHT home visit. LC hypomanic, limited insight, refusing meds. DC worried. Daily CRHT visits; consider MHA assessment if treatment refused.",
        "LC; DC",
        None,
    ),
    # E19 Friday-night police call-out, EDT, CRHT told next morning, MASH on Monday
    (
        POL,
        "2026-01-16 23:20",
        "CAD 1601-1342. Concern for welfare - female pushing pram on Ring Road, shouting at traffic, baby not dressed for cold (-2C). Att 23:28. CARROW, Leanne - elated, pressured speech, 'on a mission'. Baby (10m) cold to touch, alert. Conveyed home to 12 Orchard Walk - husband (MS, bed-bound) at addr. Not detained - returned home voluntarily. EDT contacted re baby. CCN to MASH.",
        "Leanne Carrow; Ruby Carrow; Daniel Carrow",
        "E19",
    ),
    (
        CSC,
        "2026-01-16 23:55",
        "Emergency Duty Team: call from police, who found Leanne pushing Ruby in her pram along the Ring Road late at night, shouting at cars, with Ruby not dressed for the cold. Leanne has been taken home; Daniel is there but cannot look after Ruby on his own overnight. Daniel's sister Sharon Carrow agreed to come and take Ruby to her home in Thornley for the weekend; police waited until she arrived. Crisis team to be told in the morning.",
        "Leanne Carrow; Ruby Carrow; Daniel Carrow; Sharon",
        "E19",
    ),
    (
        MH,
        "2026-01-17 08:30",
        "CRHT: handover from police/EDT - LC found on Ring Road 23:20 last night with baby in pram, thought-disordered; baby now with paternal aunt. Visit today.",
        "LC; Ruby; Sharon",
        "E19",
    ),
    (
        MH,
        "2026-01-17 14:00",
        "CRHT visit. LC grandiose, no insight, not slept. Refused olanzapine. With Dr Farouk - request MHA assessment; AMHP service referral made.",
        "LC; Dr Farouk",
        None,
    ),
    (
        CSC,
        "2026-01-19 09:20",
        "MASH: police child concern notification for Friday night, 16 January: Leanne was found on the Ring Road after 11pm with Ruby in her pram in freezing weather. Ruby is with her aunt Sharon. Passed to SW Nair (open, child protection plan).",
        "Leanne Carrow; Ruby Carrow; Sharon; SW Nair",
        "E19",
    ),
    (
        SCH,
        "2026-01-19",
        "Daily check-in - Maisie worried about Mum and Ruby ('Ruby's at Aunty Sharon's'). Mrs Walsh aware.",
        "Maisie; Mum; Ruby; Sharon; Bernie; Mrs Doyle",
        None,
    ),
    # E20 Mental Health Act assessment at home, s2 admission, and the discharge summary 11 days after discharge
    (
        MH,
        "2026-01-20 11:00",
        "MHA assessment at 12 Orchard Walk. AMHP H Burke; Dr Farouk (s12); Dr Pritchard (GP, previous acquaintance). Police present (access/risk). LC manic with psychotic features, no insight, refusing treatment; risk to health, neglect of baby. Detained s2 MHA. Conveyed to Oakwood Unit (Ash ward) 13:10 by ambulance. NR (husband) informed and consulted. Baby with paternal aunt; elder child privately fostered - CSC SW present.",
        "LC; AMHP Burke; Dr Farouk; Dr Pritchard; DC; SW Nair",
        "E20",
    ),
    (
        POL,
        "2026-01-20 11:00",
        "Att 12 Orchard Walk to assist AMHP - Mental Health Act assessment, CARROW, Leanne. No force used. Detained s2, conveyed by ambulance, officers escorted. Log closed 13:30.",
        "Leanne Carrow",
        "E20",
    ),
    (
        GP,
        "2026-01-20 11:00",
        "HV - MHA assessment with AMHP + Dr Farouk. LC - manic relapse, no insight. Med rec (s2) completed. Detained - Oakwood Unit.",
        "LC; Dr Pritchard; Dr Farouk; AMHP Burke",
        "E20",
    ),
    (
        CSC,
        "2026-01-20 11:00",
        "Present at Orchard Walk for Leanne's assessment under the Mental Health Act by the approved mental health professional, Helen Burke, with Dr Farouk and Dr Pritchard. Leanne was detained under section 2 and taken to the Oakwood Unit. Daniel was upset but agreed it was needed. Ruby will stay with Sharon; Maisie stays with Mrs Walsh, and I will tell Maisie after school with Mrs Walsh.",
        "Leanne Carrow; AMHP Burke; Dr Farouk; Dr Pritchard; Daniel Carrow; Ruby Carrow; Sharon; Maisie Carrow; Bernie",
        "E20",
    ),
    (
        SCH,
        "2026-01-20 12:30",
        "Mrs Walsh rang: Mum taken into hospital this morning (mental health). SW telling Maisie after school - Maisie not to be told in school. KD to keep an eye.",
        "Bernie; Mum; Maisie; Mrs Doyle",
        "E20",
    ),
    (
        CSC,
        "2026-01-20 16:00",
        "Visited Sharon Carrow at her home in Thornley to see Ruby. Ruby settled and feeding well - 7oz bottles and puree. Sharon will care for Ruby while Leanne is in hospital (family arrangement); checks on Sharon and her partner completed. Then saw Maisie at Mrs Walsh's and explained, with Mrs Walsh, that her mum is in hospital to get better.",
        "Sharon; Ruby Carrow; Leanne Carrow; Maisie Carrow; Bernie",
        None,
    ),
    # E21 core group 2
    (
        CSC,
        "2026-01-29 15:30",
        "Second core group at St Aidan's. Present: Daniel (video), Sharon, Mrs Walsh, SW Nair, Mrs Doyle, and Marcus Lee (CMHT) for the ward. Leanne is on Ash ward under section 2 and not well enough to attend; Marcus shared her views. Ruby weighed 7.02kg on 27 January - gaining. Maisie visits her mum on the ward with Mrs Walsh on Sundays. Plan updated.",
        "Daniel Carrow; Sharon; Bernie; SW Nair; Mrs Doyle; ML; Leanne Carrow; Ruby Carrow; Maisie Carrow",
        "E21",
    ),
    (
        SCH,
        "2026-01-29 15:30",
        "Core group 2 (school, 3.30) - KD. Maisie attendance 98% this half-term. Worried about Mum - ELSA sessions offered.",
        "Maisie; Mum; Mrs Doyle",
        "E21",
    ),
    (
        MH,
        "2026-01-29",
        "Core group - ML attended for Ash ward. LC on s2, lithium restarted on ward, improving. Tribunal application withdrawn.",
        "LC; ML",
        "E21",
    ),
    (
        HOS,
        "2026-01-29",
        "Dietitian (CDC): Ruby with paternal aunt. 3-day diary: ~700ml formula + 2 meals/day. Wt 7.08kg - gaining ~120g/wk. Continue.",
        "Ruby Carrow; Sharon",
        None,
    ),
    # ---------------- February ----------------
    (
        GP,
        "2026-02-02",
        "Ruby - seen with aunt: coryza + cough 3/7, chest clear, T 37.6. Viral URTI. Safety-netted.",
        "Ruby; Sharon",
        None,
    ),
    # E22 CDC review and the GP's letter 13 days later
    (
        HOS,
        "2026-02-03 10:00",
        "CDC r/v (Dr Moreau): Ruby 10 mo, with paternal aunt (mother inpatient). Wt 7.18kg (2nd-9th, crossing up), length 70cm. Mild URTI - GP saw yesterday. Catch-up growth on regular feeds confirms nutritional cause. Continue plan; r/v 8/52. Letter to GP cc SW.",
        "Ruby Carrow; Sharon; Dr Moreau",
        "E22",
    ),
    (
        CSC,
        "2026-02-03",
        "Statutory visit to Ruby at Sharon's home. Sharon said the clinic this morning were pleased with Ruby's weight. Ruby crawling and babbling 'dada'.",
        "Ruby Carrow; Sharon",
        None,
    ),
    (
        MH,
        "2026-02-05",
        "Ash ward: s17 leave (escorted, 2h) to family home - went well, husband present.",
        "LC; DC",
        None,
    ),
    # E23 pre-discharge (CPA) meeting on the ward
    (
        MH,
        "2026-02-11 14:00",
        "CPA pre-discharge meeting, Ash ward. LC, husband (video), Dr Farouk, primary nurse, ML (CC), CSC SW (P Nair). MSE much improved, Li level 0.7. Plan: discharge Fri 13/02 (s2 ends), CRHT 7-day f/u, then CMHT fortnightly. Relapse plan shared with CSC. Children home in phases.",
        "LC; DC; Dr Farouk; ML; SW Nair",
        "E23",
    ),
    (
        CSC,
        "2026-02-11 14:00",
        "Discharge planning meeting on Ash ward at the Oakwood Unit for Leanne, with Dr Farouk, her named nurse and Marcus Lee, and Daniel by video. Leanne is much better: she is taking lithium and says she now understands that stopping it led to the fire and to this admission. She goes home on Friday with the home treatment team visiting daily for a week. Agreed Maisie comes home on 21 February and Ruby the following weekend, if all goes well.",
        "Leanne Carrow; Dr Farouk; ML; Daniel Carrow; Maisie Carrow; Ruby Carrow",
        "E23",
    ),
    (
        SCH,
        "2026-02-11",
        "Check-in. Maisie excited - 'Mum's coming home Friday'. Made her a card in ELSA.",
        "Maisie; Mum; Mrs Doyle",
        None,
    ),
    (
        GP,
        "2026-02-16",
        "CDC letter (Dr Moreau) 03/02/26 - Ruby: catch-up growth, wt 7.18kg, nutritional FG confirmed. R/v 8/52.",
        "Ruby; Dr Moreau",
        "E22",
    ),
    (
        CSC,
        "2026-02-23",
        "Maisie moved home from Mrs Walsh's on Saturday 21 February; the private fostering arrangement has ended and the private fostering team have been told. Mrs Walsh will keep doing the school run on Mondays and Wednesdays.",
        "Maisie Carrow; Bernie",
        None,
    ),
    (
        GP,
        "2026-02-24",
        "Oakwood Unit discharge summary: LC adm 20/01/26 (s2 MHA), d/c 13/02/26. Bipolar affective disorder, current episode manic with psychotic symptoms. Lithium 800mg nocte (level 0.7). GP: Li level + U&E/TFT 3-monthly. CC M Lee.",
        "LC; ML",
        "E20",
    ),
    # E24 core group 3; the GP's review of Leanne that morning is NOT it
    (
        GP,
        "2026-02-26 09:10",
        "LC - post-discharge r/v. Mood stable. Li 0.72, U&E normal. Repeat 3/12.",
        "LC; Dr Pritchard",
        None,
    ),
    (
        CSC,
        "2026-02-26 15:30",
        "Third core group at St Aidan's. Present: Leanne, Daniel (video), Sharon, SW Nair, Mrs Doyle and Marcus Lee. Leanne has been home and well since 13 February; Maisie home since 21 February; Ruby comes back from Sharon's this weekend. Adult social care have added a 7am care call so Maisie no longer does Daniel's tablets. Plan updated; review conference 10 March.",
        "Leanne Carrow; Daniel Carrow; Sharon; SW Nair; Mrs Doyle; ML; Maisie Carrow; Ruby Carrow",
        "E24",
    ),
    (
        SCH,
        "2026-02-26 15:30",
        "Core group 3 (3.30pm) - KD. Maisie back with parents - on time every day this week. YC club continues.",
        "Maisie; Mrs Doyle",
        "E24",
    ),
    (
        MH,
        "2026-02-26",
        "Core group (ML). LC euthymic, lithium adherent; CRHT discharged 20/02. CMHT fortnightly.",
        "LC; ML",
        "E24",
    ),
    # ---------------- March ----------------
    (
        POL,
        "2026-03-05",
        "Report for RCPC 10/03 sent to conference team: 1 x concern for welfare 16/01, nil further. DS Marsh unable to attend.",
        "Maisie Carrow; Ruby Carrow; Leanne Carrow; DS Marsh",
        None,
    ),
    (
        HOS,
        "2026-03-06",
        "CDC: report for RCPC 10/03 (Dr Moreau) - Ruby wt 7.65kg (9th), catch-up sustained. Unable to attend - clinic.",
        "Ruby Carrow; Dr Moreau",
        None,
    ),
    # E25 Sunday fall: ED, school and CSC told on Monday, GP letter 11 days later
    (
        HOS,
        "2026-03-08 18:40",
        "ED: 41M SPMS, fall from wheelchair on transfer at home ~17:30; 999 called by daughter (9), mother at shop. FOOSH L - XR undisplaced distal radius #. Backslab, fracture clinic 10/03. D/c home by PTS with wife 22:15. ASC informed re care needs while one-handed.",
        "Daniel Carrow; Maisie Carrow; Leanne Carrow",
        "E25",
    ),
    (
        SCH,
        "2026-03-09 08:50",
        "Maisie to Mr Ferris: 'I called the ambulance for Dad yesterday, he fell out of his chair and broke his arm.' Mum was at the shop. Proud but tired. KD to let SW know.",
        "Maisie; Dad; Mum; Mr Ferris; Mrs Doyle",
        "E25",
    ),
    (
        CSC,
        "2026-03-09 10:15",
        "Leanne rang to tell me Daniel fell from his wheelchair on Sunday evening while she had popped to the shop, and Maisie called an ambulance. He has a broken wrist and was home from A&E by 10pm. Leanne was calm and had handled it well. I will ask Linda Cho in adult social care about extra calls while his wrist is in plaster.",
        "Leanne Carrow; Daniel Carrow; Maisie Carrow; L Cho",
        "E25",
    ),
    (
        MH,
        "2026-03-09 14:00",
        "CPN visit (ML). LC well, mood 6/10, sleep 7h. Mentions DC fell yesterday, Maisie 'was brilliant'. Coping. Li adherent.",
        "LC; DC; Maisie; ML",
        None,
    ),
    # E26 review child protection conference
    (
        CSC,
        "2026-03-10 10:00",
        "Review child protection conference chaired by Janet Osei. Present: Leanne, Daniel, Mrs Walsh, SW Nair, Mrs Doyle and Marcus Lee; written reports from police, the GP and Dr Moreau. Ruby's weight is on the 9th centile and climbing; Leanne has been well and taking lithium since discharge; both children are home; Daniel's care package now covers mornings. Conference agreed the children no longer need child protection plans; they will be supported as children in need, with a review in April.",
        "IRO Osei; Leanne Carrow; Daniel Carrow; Bernie; SW Nair; Mrs Doyle; ML; Maisie Carrow; Ruby Carrow; Dr Moreau",
        "E26",
    ),
    (
        SCH,
        "2026-03-10",
        "RCPC - KD attended. CP plans ended - CIN. Attendance 96.8% this term.",
        "Maisie; Mrs Doyle",
        "E26",
    ),
    (
        MH,
        "2026-03-10",
        "Review CP conference (ML). Plans discontinued, step down to CIN. CMHT remain, fortnightly.",
        "LC; ML",
        "E26",
    ),
    (GP, "2026-03-10 14:30", "LC - Li level 0.68, TFT NAD. Continue 800mg.", "LC", None),
    (
        HOS,
        "2026-03-10 11:20",
        "Fracture clinic: DC - L distal radius, position maintained. Cast 4/52.",
        "Daniel Carrow",
        None,
    ),
    (
        GP,
        "2026-03-16",
        "Ruby 1-yr imms (MMR, Hib/MenC, PCV, MenB) given - with Mum. Wt 7.74kg.",
        "Ruby; Mum",
        None,
    ),
    (
        GP,
        "2026-03-19",
        "ED letter 08/03/26 - DC: fall, undisplaced L distal radius #, backslab, # clinic. Nil GP action.",
        "DC",
        "E25",
    ),
    (
        GP,
        "2026-03-20",
        "Letter from conference service: RCPC 10/03/26 - Maisie + Ruby no longer subject to CP plans; CIN.",
        "Maisie; Ruby",
        None,
    ),
    # ---------------- April - May ----------------
    (
        HOS,
        "2026-04-16 10:00",
        "CDC r/v (Dr Moreau): Ruby 13 mo, with mother. Wt 8.10kg (9th-25th). Cruising. Discharged from CDC - HV/GP weights.",
        "Ruby Carrow; Leanne Carrow; Dr Moreau",
        None,
    ),
    # E27 child in need review
    (
        CSC,
        "2026-04-16 15:30",
        "Child in need review at St Aidan's. Present: Leanne, Daniel, SW Nair, Mrs Doyle, Marcus Lee, and Jess Tan from the young carers service. Things are going well: Maisie is on time and her attendance this term is 97%; she goes to young carers club and went on their Easter trip; Ruby's weight is between the 9th and 25th centiles; Leanne is well. Agreed to step down to early help at the next review in May, with the school as lead professional.",
        "Leanne Carrow; Daniel Carrow; SW Nair; Mrs Doyle; ML; Jess; Maisie Carrow; Ruby Carrow",
        "E27",
    ),
    (
        SCH,
        "2026-04-16 15:30",
        "CIN review mtg in school - KD. Attendance 97.1% (sp term). Plan: step-down to EH in May, school LP.",
        "Maisie; Mrs Doyle",
        "E27",
    ),
    (MH, "2026-04-16", "CIN meeting (ML) - LC stable. CMHT monthly from May.", "LC; ML", "E27"),
    # E28 step-down to early help
    (
        CSC,
        "2026-05-14 15:30",
        "Step-down meeting at St Aidan's: the case moves from Children's Social Care to early help. Present: Leanne, Daniel, SW Nair, Mrs Doyle and Jess Tan. An early help assessment was agreed, with Mrs Doyle as lead professional and a Team Around the Family meeting every six weeks. Children's Social Care will close the case.",
        "Leanne Carrow; Daniel Carrow; SW Nair; Mrs Doyle; Jess; Maisie Carrow; Ruby Carrow",
        "E28",
    ),
    (
        SCH,
        "2026-05-14 15:30",
        "EHA signed + TAF 1 (school LP - KD). Mum, Dad, SW (final), YC worker. Next TAF 25.06.",
        "Mum; Dad; Maisie; SW Nair; Jess; Mrs Doyle",
        "E28",
    ),
    (
        MH,
        "2026-05-14",
        "CPN visit (ML). LC well. Says 'social services are closing today - school will be the lead now'. Li adherent.",
        "LC; ML",
        None,
    ),
    (
        CSC,
        "2026-05-18",
        "Case closed to Children's Social Care (TM Fell): step-down to early help completed.",
        "TM Fell; Maisie Carrow; Ruby Carrow",
        None,
    ),
]

# ---------------- routine single-agency filler (null) ----------------
GP_POOL = [
    ("Repeat rx DC - baclofen 15mg tds, oxybutynin 5mg bd. Issued.", "DC"),
    ("DN visit DC: catheter bag change, skin intact, fluids encouraged.", "DC"),
    ("Repeat rx LC - issued (7/7 supply).", "LC"),
    ("DC - tel: fatigue, no new symptoms. Advised rest/pacing. Nil change.", "DC"),
    ("PIP supporting letter for DC completed.", "DC; Dr Pritchard"),
    ("LC - DNA practice nurse smear recall ({n}rd letter).", "LC"),
    ("Ruby - PN weight clinic: weighed + plotted.", "Ruby"),
    ("DC - DN: pressure areas checked, grade 1 sacrum - cream, repositioning advice.", "DC"),
    ("Medication review (pharmacist) DC - {n} items, no interactions.", "DC"),
]
SCH_PRE = [
    ("Maisie late {n} mins - 'had to help Dad'.", "Maisie; Dad"),
    ("Maisie no PE kit or reading record again. Reminder text home.", "Maisie"),
    ("Attendance letter (stage 1) posted home - below 90%.", "Maisie; Mum"),
    (
        "Maisie tired in class, head on desk after lunch. Mr Ferris informed DSL.",
        "Maisie; Mr Ferris; Mrs Doyle",
    ),
    ("Maisie did not have lunch money - school lunch provided, Mum texted.", "Maisie; Mum"),
]
SCH_POST = [
    ("YC lunch club - Maisie attended, made a worry jar.", "Maisie; Jess"),
    ("Weekly check-in (KD) - Maisie chatty, no concerns raised.", "Maisie; Mrs Doyle"),
    ("Maisie star of the week for her writing.", "Maisie"),
    ("Maisie forgot her homework book, upset - reassured by Mr Ferris.", "Maisie; Mr Ferris"),
    ("ELSA session (wk {n}) - feelings thermometer, Maisie engaged.", "Maisie"),
    ("Maisie attended breakfast club.", "Maisie"),
    (
        "!Parents' evening - Mum attended; Maisie's reading age above chronological age.",
        "Maisie; Mum",
    ),
]
MH_POOL = [
    ("Tel contact LC (ML) - mood 'OK', sleep {n}h. Next visit booked.", "LC; ML"),
    ("CPN visit (ML). LC mood {n}/10. Med adherence discussed. No risk indicators.", "LC; ML"),
    ("Care coordinator MDT review - LC discussed, plan unchanged.", "LC; ML"),
    ("Letter to LC re OP clinic appointment with Dr Farouk.", "LC; Dr Farouk"),
]
HOS_POOL = [
    ("MS nurse clinic (DC): spasticity + fatigue, baclofen titration advice.", "Daniel Carrow"),
    ("Neuro-physio OP (DC): seating + transfers; home exercise sheet.", "Daniel Carrow"),
    ("Urology OP (DC): long-term catheter review, continue.", "Daniel Carrow"),
    (
        "Dietitian (CDC) tel: Ruby - feeding plan reviewed, fortified feeds discussed.",
        "Ruby Carrow",
    ),
    (
        "Community nursery nurse (CDC) - feeding session, positioning + paced bottle feeding.",
        "Ruby Carrow",
    ),
]
CSC_POOL = [
    (
        "Supervision (TM Fell): case discussed, plan actions reviewed, no change.",
        "TM Fell; SW Nair",
    ),
    ("Case recording updated; chronology brought up to date.", "SW Nair"),
    ("Emailed update on plan actions to the professional network.", "SW Nair"),
]

CLOSED_SCH = (
    ("2025-10-27", "2025-10-31"),
    ("2025-12-20", "2026-01-05"),
    ("2026-02-16", "2026-02-20"),
    ("2026-03-30", "2026-04-10"),
)


def routine():
    out = []
    out += casegen.filler(2041, {GP: GP_POOL}, "2025-09-08", "2026-05-22", 5)
    out += casegen.filler(
        2042, {SCH: SCH_PRE}, "2025-09-08", "2025-11-14", 3, closed={SCH: CLOSED_SCH}
    )
    out += casegen.filler(
        2043, {SCH: SCH_POST}, "2025-11-24", "2026-05-22", 4, closed={SCH: CLOSED_SCH}
    )
    out += casegen.filler(2044, {MH: MH_POOL}, "2025-09-08", "2025-11-10", 2)
    out += casegen.filler(2045, {MH: MH_POOL}, "2026-02-23", "2026-05-22", 2)
    out += casegen.filler(2046, {HOS: HOS_POOL[:3]}, "2025-09-08", "2026-05-22", 2)
    out += casegen.filler(2047, {HOS: HOS_POOL[3:]}, "2025-10-27", "2026-01-15", 1)
    out += casegen.filler(2048, {CSC: CSC_POOL}, "2025-11-05", "2026-05-08", 2)
    return out


def main():
    out = HERE / "case_az.json"
    casegen.build(
        "az",
        "Young carer (9) for a father with MS and a mother with bipolar disorder; baby sister's "
        "faltering growth, a chip-pan fire, private fostering with a family friend, a s2 MHA "
        "admission, CP plans and step-down to early help; 7 agencies, Sep 2025 - May 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES + routine(),
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
