# ruff: noqa
"""Writing aid for case_ay (fictional; written blind, see case_ay_README.md).

    python3 bench/data/merging/build_ay.py      # writes bench/data/merging/case_ay.json

A large blended family: Ruby (13), her brothers Jayden (15) and Alfie (9, autistic, EHCP), and
her half-siblings Lola (6) and Teddy (2). Their stepfather Gavin Pryor, a volunteer girls'
football coach, is arrested by the Police Online Investigation Team (POLIT) for indecent images
of children (IIOC); the mother Claire, a children's nurse, does not believe it and lets him into
the house in breach of bail, so the children move to the maternal grandparents under a safety
plan. Ruby self-harms, is referred to CAMHS, then discloses that Gavin filmed her in the bathroom
and touched her: joint section 47 investigation, ABE interview, a non-acute CSA medical at the
Harbour SARC, LADO meetings, charge, a school suspension, a crisis weekend, review conference and
step-down. Seven agencies, Sep 2025 - Apr 2026.

Hand-written entries (all gold events and the hard negatives) plus seeded routine filler from
per-agency pools via casegen.filler, so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("ay_pri", "%a %d %b %Y")  # Tue 14 Oct 2025

CSC = "Children's Social Care"
POL = "Police"
GP = "Brookside Medical Practice"
SEC = "Ashgrove Academy"
PRI = "Fernlea Primary School"
CAMHS = "CAMHS"
CH = "Harbour paediatric service & SARC"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (SEC, "education", "school"),
    (PRI, "education", "ay_pri"),
    (CAMHS, "health", "iso"),
    (CH, "health", "health"),
]

PEOPLE = [
    ("Ruby Carrick", ["Ruby", "RC", "CARRICK, Ruby"], "Child R", "child"),
    ("Jayden Carrick", ["Jayden"], "Child J (brother)", "child"),
    ("Alfie Carrick", ["Alfie"], "Child A (brother)", "child"),
    ("Lola Pryor", ["Lola"], "Child L (half-sister)", "child"),
    ("Teddy Pryor", ["Teddy"], "Child T (half-brother)", "child"),
    ("Claire Pryor", ["Claire", "Mum", "Mrs Pryor"], "Mother", "parent"),
    (
        "Gavin Pryor",
        ["Gavin", "Mr Pryor", "PRYOR", "stepdad"],
        "Stepfather (father of Lola and Teddy)",
        "parent",
    ),
    ("Pat Carrick", ["Pat", "Nan", "Mrs Carrick", "MGM"], "Maternal grandmother", "family"),
    ("Derek Carrick", ["Derek", "Grandad", "Mr Carrick", "MGF"], "Maternal grandfather", "family"),
    ("Hannah Okoro", ["SW Okoro", "Hannah"], "Social worker", "professional"),
    ("Mark Ellison", ["TM Ellison"], "Team manager", "professional"),
    (
        "Denise Varley",
        ["LADO Varley", "D Varley"],
        "Local authority designated officer",
        "professional",
    ),
    ("Sam Whitlock", ["DC Whitlock"], "Detective constable (POLIT)", "professional"),
    ("Priya Lal", ["DC Lal"], "Detective constable (CAIT)", "professional"),
    ("Neil Barton", ["DS Barton"], "Detective sergeant (POLIT)", "professional"),
    ("Fiona Keane", ["Dr Keane"], "GP", "professional"),
    (
        "Tom Aldous",
        ["Mr Aldous", "DSL Aldous"],
        "Designated safeguarding lead, Ashgrove Academy",
        "professional",
    ),
    ("Jess Rowe", ["Ms Rowe"], "Head of Year 8, Ashgrove Academy", "professional"),
    ("Lorraine Hebden", ["Mrs Hebden"], "DSL and SENCo, Fernlea Primary", "professional"),
    ("Anita Basu", ["Dr Basu"], "Consultant paediatrician, Harbour SARC", "professional"),
    ("Owen Price", ["Dr Price"], "Community paediatrician", "professional"),
    ("Kelly Marsh", ["Kelly", "KM"], "CAMHS practitioner", "professional"),
    ("Chris Doyle", ["Mr Doyle"], "Club welfare officer, Millbrook Juniors FC", "professional"),
    (
        "Beth Sandu",
        ["ChISVA Sandu"],
        "Children's independent sexual violence adviser",
        "professional",
    ),
    (
        "Rachel Mensah",
        ["IRO Mensah"],
        "Independent reviewing officer (conference chair)",
        "professional",
    ),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        GP,
        "Y:2019",
        "Alfie - ASD dx (community paeds, Dr Price). EHCP from 2021. Melatonin 2mg nocte, repeat.",
        "Alfie; Dr Price",
        None,
    ),
    (
        CH,
        "2025-06-17",
        "Neurodevelopmental review clinic (Dr Price): Alfie, 9y, autism spectrum disorder, attends Fernlea with EHCP (1:1 TA mornings). Sleep onset improved on melatonin 2 mg. Attended with mother and stepfather, who coaches his sister's football team. Review 6 months. Letter to GP.",
        "Alfie; Claire; Gavin; Dr Price",
        None,
    ),
    (
        POL,
        "A:2025-09-01:2025-09-30:September 2025 (approx.)",
        "Intel package rec'd POLIT from NCA/CEOP: cloud account linked to upload of IIOC (14 files), subscriber PRYOR, Gavin @ 22 Alder Rise. Open source: PRYOR volunteer coach Millbrook Juniors FC (U12 girls). 5 children on household (ages 2-15). Warrant application.",
        "PRYOR",
        None,
    ),
    (
        PRI,
        "2025-09-23",
        "EHCP annual review (Mrs Hebden, SENCo). Mum and stepdad attended. Alfie making progress with Widgit timetable; 1:1 TA mornings continues, afternoons shared. Transport to continue. Lola (Y2) settled.",
        "Alfie; Lola; Mum; stepdad; Mrs Hebden",
        None,
    ),
    # ---------------- October: warrant, first strategy discussion ----------------
    # E01 POLIT warrant at the family home, the MASH call and the mother's call to the primary school
    (
        POL,
        "2025-10-14 06:05",
        "Warrant (s.4 PoCA 1978) executed 06:05 at 22 Alder Rise by POLIT (DC Whitlock, DS Barton). PRYOR, Gavin arrested susp. making/possessing IIOC. Seized: 2 x mobile, laptop, tablet, 3 x USB, games console. Wife Claire PRYOR + 5 children in addr (15y, 13y, 9y, 6y, 2y). Mrs PRYOR v. distressed, 'there's been a mistake'. MASH informed by tel 06:50.",
        "PRYOR; Claire Pryor; Jayden; Ruby; Alfie; Lola; Teddy; DC Whitlock; DS Barton",
        "E01",
    ),
    (
        CSC,
        "2025-10-14 07:10",
        "MASH: telephone call at 06:50 from DC Whitlock of the Police Online Investigation Team. A search warrant was executed at the family home this morning and Gavin Pryor was arrested on suspicion of possessing indecent images of children. Five children live there: Jayden, Ruby and Alfie Carrick and Lola and Teddy Pryor. Their mother Claire, a nurse, was present and is said to be shocked and angry with police. Strategy discussion to be convened for tomorrow; checks requested from both schools and the GP.",
        "Gavin Pryor; Claire Pryor; Jayden Carrick; Ruby Carrick; Alfie Carrick; Lola Pryor; Teddy Pryor; DC Whitlock",
        "E01",
    ),
    (
        PRI,
        "2025-10-14 08:50",
        "Mum rang the office at 8.50 - Alfie and Lola will be late, 'the police have been at the house since six, I can't talk about it'. Both brought in at 10.20 by Nan. Alfie very dysregulated (routine broken), calm room with TA. Mrs Hebden informed.",
        "Alfie; Lola; Mum; Nan; Mrs Hebden",
        "E01",
    ),
    (
        SEC,
        "2025-10-14 09:40",
        "Ruby arrived 9.40, no note. Tearful in tutor time, would not say what was wrong. Ms Rowe spoke to her at break - 'family stuff, I'm fine'. Jayden absent, no call - unauthorised for now.",
        "Ruby; Jayden; Ms Rowe",
        None,
    ),
    (
        GP,
        "2025-10-14",
        "MASH info request - Pryor/Carrick household (5 children + parents). Sent: Alfie ASD/EHCP, melatonin; Teddy imms UTD; Claire nil of note; Gavin nil of note; Jayden/Ruby/Lola nil. Unable to attend strat disc.",
        "Alfie; Teddy; Claire; Gavin; Jayden; Ruby; Lola",
        None,
    ),
    (
        POL,
        "2025-10-14 15:30",
        "PRYOR interviewed (solicitor present) - no comment. Released on pre-charge bail, conds: not to reside at 22 Alder Rise; no unsupervised contact with any child u18; not to attend Millbrook Juniors FC. Bail addr brother's, Hollin Lane.",
        "PRYOR; DC Whitlock",
        None,
    ),
    # E02 first strategy discussion (four agencies record it)
    (
        CSC,
        "2025-10-15 10:00",
        "Strategy discussion (Teams), chaired by TM Mark Ellison. Present: SW Hannah Okoro, DC Whitlock (POLIT), Mr Aldous (DSL, Ashgrove Academy), Mrs Hebden (DSL and SENCo, Fernlea Primary). GP information received in writing. Mr Pryor arrested yesterday for indecent images; now bailed away from the home with no unsupervised contact with children. Agreed: section 47 enquiries for all five children, jointly with police; joint home visit tomorrow; Ruby and Lola to be seen alone; Alfie's communication needs to be planned for. Police to make a LADO referral because Mr Pryor coaches a girls' football team.",
        "Gavin Pryor; Claire Pryor; Jayden Carrick; Ruby Carrick; Alfie Carrick; Lola Pryor; Teddy Pryor; TM Ellison; SW Okoro; DC Whitlock; Mr Aldous; Mrs Hebden",
        "E02",
    ),
    (
        POL,
        "2025-10-15 10:00",
        "Strat disc (MASH, Teams) re PRYOR household. Outcome: s47 JI - all 5 children. Police shared bail conds. LADO ref to be submitted (PRYOR coach U12 girls, Millbrook Juniors FC). JV 16/10 DC Lal (CAIT) + SW.",
        "PRYOR; DC Whitlock; DC Lal",
        "E02",
    ),
    (
        SEC,
        "2025-10-15 10:00",
        "Strategy meeting on Teams 10am - Mr Aldous attended. Police executed a warrant at Ruby and Jayden's home yesterday (stepdad arrested). Child protection enquiries. School to monitor both and share attendance; Ms Rowe to be Ruby's key adult.",
        "Ruby; Jayden; stepdad; Mr Aldous; Ms Rowe",
        "E02",
    ),
    (
        PRI,
        "2025-10-15",
        "Strategy call (10am) - Mrs Hebden. s47 for Alfie, Lola and siblings. School to send EHCP and attendance to SW; flag that Alfie needs visual supports and processing time if spoken to.",
        "Alfie; Lola; Mrs Hebden",
        "E02",
    ),
    # E03 joint home visit SW + CAIT; the GP sees Teddy the same morning (not it)
    (
        GP,
        "2025-10-16 09:20",
        "Teddy 2y - fever 2/7, coryza, eating OK. T 38.1, ENT - mild pharyngeal erythema, chest clear. Viral URTI. Calpol/fluids, safety-net. Mum (Claire) tearful, says 'family crisis', declined to say more.",
        "Teddy; Claire; Dr Keane",
        None,
    ),
    (
        POL,
        "2025-10-16 11:20",
        "LADO referral form submitted (DC Whitlock) - PRYOR, Gavin, volunteer coach Millbrook Juniors FC (U12 girls), enhanced DBS via club. Arrested 14/10 IIOC, bailed.",
        "PRYOR; DC Whitlock",
        "E04",
    ),
    (
        CSC,
        "2025-10-16 16:00",
        "Joint visit with DC Priya Lal (CAIT) to 22 Alder Rise. Claire said Gavin 'would never' and that someone must have used their wifi; she was angry that police came at six in the morning in front of the children. All five children seen. Ruby seen alone in her room - quiet, said Gavin is 'fine' and she misses football. Lola seen alone, chatty, asked when Daddy is coming home. Alfie seen with his mother using his Widgit cards. Jayden said little. Teddy asleep. Written agreement: Gavin stays at his brother's; his contact with Lola and Teddy only supervised by Pat or Derek Carrick, not by Claire.",
        "Claire Pryor; Gavin Pryor; Ruby Carrick; Lola Pryor; Alfie Carrick; Jayden Carrick; Teddy Pryor; DC Lal; Pat Carrick; Derek Carrick",
        "E03",
    ),
    (
        POL,
        "2025-10-16 16:00",
        "JV 22 Alder Rise, DC Lal + SW Okoro. Mrs PRYOR hostile to police, states 'he'd never'. 5 x children seen, no disclosures. Bail conds explained to Mrs PRYOR, who 'doesn't agree with them'.",
        "Claire Pryor; DC Lal; SW Okoro",
        "E03",
    ),
    (
        CSC,
        "2025-10-17",
        "Management oversight (TM Ellison): section 47 decision and written agreement endorsed. Ensure the children's views are gathered separately; assess whether Claire can act protectively given her stated disbelief.",
        "Claire Pryor; TM Ellison",
        None,
    ),
    (
        CSC,
        "2025-10-20 10:30",
        "LADO: referral received from the Police Online Investigation Team (form dated 16 October) concerning Gavin Pryor, a volunteer coach of an under-12 girls' team at Millbrook Juniors FC. Harm threshold met (behaviour indicating he may pose a risk of harm to children). Spoke with the club welfare officer Chris Doyle: Mr Pryor has been stood down from all club activity. Allegations management meeting set for 22 October.",
        "Gavin Pryor; Mr Doyle; LADO Varley",
        "E04",
    ),
    (
        GP,
        "2025-10-20",
        "Claire - insomnia + low mood 1/52 since 'husband arrested over something he hasn't done'. On nights (paeds ward). No SI. Declined antidepressant. Zopiclone 3.75mg x7. Fit note 2/52 'stress at home'.",
        "Claire; Gavin; Dr Keane",
        None,
    ),
    # E05 first LADO allegations management meeting
    (
        CSC,
        "2025-10-22 14:00",
        "LADO allegations management meeting (Teams), chaired by Denise Varley. Present: DC Whitlock, Chris Doyle (club welfare officer), county FA designated safeguarding officer, SW Okoro. Mr Pryor remains suspended from Millbrook Juniors FC; the FA to consider an interim suspension; the club to list the girls he has coached since 2023 for police. Outcome to await the criminal investigation; review in eight weeks.",
        "Gavin Pryor; LADO Varley; DC Whitlock; Mr Doyle; SW Okoro",
        "E05",
    ),
    (
        POL,
        "2025-10-22 14:00",
        "LADO mtg (D Varley) - DC Whitlock. Club has suspended PRYOR. Club welfare officer to supply squad list (U12 girls, 16 players) for research. FA informed.",
        "PRYOR; D Varley; DC Whitlock; Mr Doyle",
        "E05",
    ),
    (
        SEC,
        "2025-10-22",
        "Check-in with Ms Rowe. Ruby says she has stopped football and is 'not going back to Millbrook'. Asked whether Gavin would still be coaching there and whether 'people will find out'. Reassured; passed to DSL.",
        "Ruby; Gavin; Ms Rowe; Mr Aldous",
        None,
    ),
    # ---------------- November: bail breach weekend, move to grandparents, ICPC ----------------
    # E06 bail breach on Saturday night, EDT, grandmother's call to school on Monday
    (
        POL,
        "2025-11-01 21:40",
        "Occ 25/177305. 999 from CARRICK, Derek (MGF): granddaughter (13) texted him 'Gavin is here again'. Officers att 21:55 22 Alder Rise - PRYOR in kitchen. Mrs PRYOR states she invited him for Teddy's birthday, 'he's my husband'. PRYOR arrested s.46A PACE (breach of pre-charge bail), re-bailed same conds. 5 children present. EDT informed; children to MGPs (9 Kestrel Close) with mother's agreement.",
        "Derek Carrick; Ruby; PRYOR; Claire Pryor; Teddy",
        "E06",
    ),
    (
        CSC,
        "2025-11-01 22:35",
        "EDT: call from police. Gavin Pryor was found at the family home this evening in breach of his bail conditions; Mrs Pryor had invited him for Teddy's birthday. Ruby had texted her grandfather. All five children have gone with their maternal grandparents, Pat and Derek Carrick, for tonight with Mrs Pryor's agreement; checks on the grandparents clear. Day team to follow up Monday.",
        "Gavin Pryor; Claire Pryor; Ruby Carrick; Teddy Pryor; Pat Carrick; Derek Carrick",
        "E06",
    ),
    (
        SEC,
        "2025-11-03 08:40",
        "Nan (Mrs Carrick) phoned - Ruby and Jayden are staying with her and Grandad 'for now' after the police were called to the house on Saturday night. She will drop them off and collect. Mr Aldous informed. Ruby in, quiet and tired.",
        "Nan; Grandad; Ruby; Jayden; Mr Aldous",
        "E06",
    ),
    (
        PRI,
        "2025-11-03",
        "Nan brought Alfie and Lola - new address 9 Kestrel Close. Alfie's EHCP transport to be changed; office to contact county transport. Alfie very unsettled by the different car and route - ear defenders, calm room x2.",
        "Nan; Alfie; Lola",
        None,
    ),
    (
        CSC,
        "2025-11-03 15:30",
        "Visit to 9 Kestrel Close following the EDT call. All five children seen; Ruby seen alone and said she texted Grandad because 'Mum promised he wouldn't come'. Pat and Derek willing to care for all five for as long as needed. Claire, at Alder Rise, said on the phone that she only wanted Gavin there for Teddy's birthday.",
        "Ruby Carrick; Pat Carrick; Derek Carrick; Claire Pryor; Gavin Pryor; Teddy Pryor",
        None,
    ),
    # E07 second strategy discussion (Fernlea sends apologies, gets the minutes a week later)
    (
        PRI,
        "2025-11-04 09:00",
        "Unable to attend strategy meeting (Mrs Hebden on DSL refresher). Emailed SW: Alfie attendance 92%, dysregulated since the move; Lola asking for Daddy.",
        "Alfie; Lola; Mrs Hebden; SW Okoro",
        None,
    ),
    (
        CSC,
        "2025-11-04 11:00",
        "Strategy discussion (Teams), TM Ellison chairing, following Saturday's bail breach. SW Okoro, DC Whitlock, Mr Aldous (Ashgrove). Fernlea sent an update. Agreed: section 47 enquiries continue; the children stay with Pat and Derek under a safety plan - Claire may visit and stay there but Gavin must not be present anywhere the children are; initial child protection conference to be convened. Police have asked the digital forensics unit to expedite the examination of Mr Pryor's devices.",
        "Gavin Pryor; Claire Pryor; Pat Carrick; Derek Carrick; TM Ellison; SW Okoro; DC Whitlock; Mr Aldous",
        "E07",
    ),
    (
        POL,
        "2025-11-04 11:00",
        "Strat disc #2 - PRYOR household following breach 01/11. s47 continues; children at MGPs under safety plan. ICPC to be booked. DFU backlog 8 wks - expedite requested (DS Barton).",
        "PRYOR; DC Whitlock; DS Barton",
        "E07",
    ),
    (
        SEC,
        "2025-11-04 11:00",
        "2nd strategy meeting (Teams, 11am) - Mr Aldous. Children to stay with grandparents under a safety plan. Conference to follow. Only Nan, Grandad or Mum to collect Ruby/Jayden; Gavin Pryor not permitted on site.",
        "Ruby; Jayden; Nan; Grandad; Mum; Gavin; Mr Aldous",
        "E07",
    ),
    (
        CSC,
        "2025-11-05",
        "LADO consultation (D Varley) with SW: Claire Pryor is a staff nurse on a children's ward and allowed Mr Pryor into the home in breach of bail. Transferable risk considered: harm threshold not met for her employment; no referral to her employer; to be kept under review.",
        "Claire Pryor; Gavin Pryor; D Varley; SW Okoro",
        None,
    ),
    # E09 self-harm noticed in PE, the DSL's call to the SW; the GP appointment that evening is separate
    (
        SEC,
        "2025-11-10 11:20",
        "PE (Miss Hart) noticed cuts to Ruby's left forearm - approx 8 linear, superficial, healing. Ruby said she did them 'last week at Nan's'. No suicidal thoughts. Mr Aldous phoned SW Okoro 11.45: SW to tell Nan; Nan to book GP; school nurse referral.",
        "Ruby; Nan; Mr Aldous; SW Okoro",
        "E09",
    ),
    (
        CSC,
        "2025-11-10 11:45",
        "Call from Tom Aldous (DSL, Ashgrove). Ruby has healing self-inflicted cuts to her forearm, seen in PE. She says they were done last week. Spoke to Pat, who had not known; she will take Ruby to the GP today and keep sharp items locked away.",
        "Ruby Carrick; Mr Aldous; Pat Carrick",
        "E09",
    ),
    (
        GP,
        "2025-11-10 17:10",
        "Ruby 13y, with MGM (kinship carer). SH L forearm ~8 superficial cuts, healing, no infection. Low mood 6/52 'family stuff'. Sleep poor. Denies SI/plans. Safety plan, Childline/Kooth. Refer CAMHS.",
        "Ruby; MGM; Dr Keane",
        None,
    ),
    # E10 GP referral to CAMHS sent / received a week later
    (
        GP,
        "2025-11-11",
        "CAMHS referral sent - Ruby: SH (cutting), low mood, safeguarding context (stepfather under police investigation, CP enquiries, living with MGPs).",
        "Ruby; Dr Keane",
        "E10",
    ),
    (
        CH,
        "2025-11-11",
        "Report to initial child protection conference (Dr Price; unable to attend clinic): Alfie - autism, sleep disturbance, melatonin; mother and stepfather previously attended appointments together; no concerns about care seen in clinic.",
        "Alfie; Dr Price",
        None,
    ),
    (
        PRI,
        "2025-11-11",
        "Minutes of strategy meeting 04/11 received from MASH by secure email - filed in CP file. Actions for school noted (attendance, Alfie's transport).",
        "Alfie; Lola; Mrs Hebden",
        "E07",
    ),
    # E08 ICPC
    (
        CSC,
        "2025-11-13 10:00",
        "Initial child protection conference, chaired by IRO Rachel Mensah. Present: Claire, Pat and Derek Carrick, SW Okoro, DC Whitlock, Mr Aldous, Mrs Hebden, Dr Keane (GP). Reports from community paediatrics. Mr Pryor not invited; his written view that the allegations are false was read out. All five children to be subject to child protection plans under the category of sexual abuse. Claire says she 'can't believe it of him' but will keep to the safety plan. Core group on 25 November.",
        "Claire Pryor; Pat Carrick; Derek Carrick; Gavin Pryor; IRO Mensah; SW Okoro; DC Whitlock; Mr Aldous; Mrs Hebden; Dr Keane; Jayden Carrick; Ruby Carrick; Alfie Carrick; Lola Pryor; Teddy Pryor",
        "E08",
    ),
    (
        POL,
        "2025-11-13",
        "ICPC attended (DC Whitlock). PRYOR remains on pre-charge bail, DFU pending. All 5 children CP plans (sexual abuse).",
        "PRYOR; DC Whitlock",
        "E08",
    ),
    (
        GP,
        "2025-11-13",
        "Dr Keane attended ICPC (Civic Centre). All 5 children - CP plans, cat. sexual abuse. CP codes added x5 + parents.",
        "Jayden; Ruby; Alfie; Lola; Teddy; Claire; Dr Keane",
        "E08",
    ),
    (
        SEC,
        "2025-11-13",
        "ICPC - Mr Aldous attended. Ruby and Jayden on CP plans (sexual abuse). Ruby's self-harm reported. School to continue key adult and weekly check-ins.",
        "Ruby; Jayden; Mr Aldous",
        "E08",
    ),
    (
        PRI,
        "2025-11-13",
        "Initial CP conference - Mrs Hebden. Alfie & Lola CP plans. School reports read; core group 25th.",
        "Alfie; Lola; Mrs Hebden",
        "E08",
    ),
    (
        CSC,
        "2025-11-18",
        "Letter to Claire Pryor confirming the outcome of the initial conference (child protection plans for all five children) and the date of the first core group.",
        "Claire Pryor",
        None,
    ),
    (
        CAMHS,
        "2025-11-18",
        "Referral received from Brookside Medical Practice (Dr Keane, dated 11/11/25). Ruby, 13: self-harm by cutting, low mood, complex safeguarding context. Triage: priority. Choice appointment offered 27/11/25 - accepted by grandmother by phone.",
        "Ruby; Dr Keane; Nan",
        "E10",
    ),
    # E11 interim EHCP review - school gives a w/c date
    (
        PRI,
        "A:2025-11-17:2025-11-21:w/c 17/11/25",
        "Interim EHCP review held this week (SENCo, Mum, Nan, EP, SW) - change of circumstances: living with grandparents, transport amended, extra calm-space time pm. Paperwork to county SEN.",
        "Alfie; Mum; Nan; Mrs Hebden; SW Okoro",
        "E11",
    ),
    (
        CSC,
        "2025-11-20 13:30",
        "Attended an interim review of Alfie's education, health and care plan at Fernlea with Claire and Pat. The school will send the amended plan to the county SEN team. Alfie is struggling with the move and the change of transport; more time in the calm space in the afternoons agreed.",
        "Alfie Carrick; Claire Pryor; Pat Carrick; Mrs Hebden",
        "E11",
    ),
    (
        SEC,
        "2025-11-20",
        "ICPC minutes received (secure email) - filed. Actions for school unchanged.",
        "Ruby; Jayden; Mr Aldous",
        "E08",
    ),
    # E13 core group 1; Jayden's GP appointment the same day is not it
    (
        CSC,
        "2025-11-25 15:30",
        "First core group meeting at Fernlea Primary. Present: Claire, Pat, SW Okoro, Mr Aldous, Mrs Hebden. The plan was turned into actions: Claire to visit daily at Kestrel Close; no contact between Gavin and any of the children; Ruby's CAMHS appointment on 27 November; Alfie's transport settled.",
        "Claire Pryor; Pat Carrick; Gavin Pryor; SW Okoro; Mr Aldous; Mrs Hebden; Ruby Carrick; Alfie Carrick",
        "E13",
    ),
    (
        SEC,
        "2025-11-25 15:30",
        "Core group (at Fernlea) - Mr Aldous. Ruby attendance 91%, key adult sessions weekly; Jayden attendance 84%, late most days.",
        "Ruby; Jayden; Mr Aldous",
        "E13",
    ),
    (
        PRI,
        "2025-11-25 15:30",
        "Core group meeting in the library after school. Alfie transport now settled; Lola wetting at school x3 - Nan to see GP.",
        "Alfie; Lola; Nan; Mrs Hebden",
        "E13",
    ),
    (
        GP,
        "2025-11-25 16:40",
        "Jayden 15y - inversion inj R ankle at football (school). Weight bearing, Ottawa -ve. Sprain. RICE, ibuprofen. Seen with MGF.",
        "Jayden; MGF",
        None,
    ),
    # E12 community paediatric review and the GP's letter 12 days later
    (
        CH,
        "2025-11-26 10:00",
        "Neurodevelopmental review (Dr Price): Alfie, seen with grandmother. Living with maternal grandparents since early November (child protection plan). Sleep onset now 2-3 hours, waking at night. Melatonin increased 2 mg to 3 mg. Sensory diet advice to school. Review 3 months. Letter to GP.",
        "Alfie; Nan; Dr Price",
        "E12",
    ),
    # E14 CAMHS Choice appointment and the GP's letter 13 days later; the school's entry that day is not it
    (
        SEC,
        "2025-11-27",
        "Ruby - 3 missed homeworks this week. Detention waived by Ms Rowe after discussion; homework club offered.",
        "Ruby; Ms Rowe",
        None,
    ),
    (
        CAMHS,
        "2025-11-27 14:30",
        "Choice appointment (Kelly Marsh) with Ruby and her grandmother. RCADS: depression and anxiety in the clinical range. Cutting 2-3 times a week since October, no suicidal intent or plans. Ruby guarded about home, says she 'doesn't want Mum to be sad'. Plan: Partnership - 6 CBT-informed sessions with KM; safety plan agreed; letter to GP.",
        "Ruby; Nan; Kelly",
        "E14",
    ),
    # ---------------- December: disclosure, joint investigation, ABE, SARC ----------------
    # E15 Ruby's disclosure at school and the DSL's call to the MASH
    (
        SEC,
        "2025-12-03 12:50",
        "Ruby came to Ms Rowe at lunch, asked if 'things you say stay secret'. Said Gavin used to come into the bathroom when she was in the shower 'holding his phone up', and 'in the summer' touched her under her top when Mum was on nights. Ms Rowe wrote it down verbatim, did not question. Mr Aldous rang MASH 13.15 - Ruby to stay in school until Nan collects.",
        "Ruby; Gavin; Mum; Ms Rowe; Mr Aldous; Nan",
        "E15",
    ),
    (
        CSC,
        "2025-12-03 13:15",
        "MASH duty: call from Tom Aldous (DSL, Ashgrove Academy). Ruby has told her head of year that her stepfather came into the bathroom while she showered and held up his phone, and that last summer he touched her under her top while her mother was working nights. Allocated SW informed. Strategy discussion tomorrow 10:00; Pat to collect Ruby from school.",
        "Ruby Carrick; Gavin Pryor; Claire Pryor; Mr Aldous; Ms Rowe; SW Okoro; Pat Carrick",
        "E15",
    ),
    (
        CAMHS,
        "2025-12-03 16:30",
        "Partnership session 1 (KM). Ruby said she 'told someone at school something about Gavin today' and did not want to talk about it; not explored (police/social care aware). Formulation started: low mood, shame, self-harm as relief. Cut twice this week.",
        "Ruby; Gavin; Kelly",
        None,
    ),
    # E16 third strategy discussion (joint investigation); CAMHS receives the minutes 6 days later
    (
        GP,
        "2025-12-04",
        "MASH info request re Ruby (strat disc today). Sent: SH 10/11, CAMHS ref 11/11. Not attended.",
        "Ruby; Dr Keane",
        None,
    ),
    (
        CSC,
        "2025-12-04 10:00",
        "Strategy discussion (Teams) chaired by TM Ellison. SW Okoro, DC Lal (CAIT), DC Whitlock (POLIT), Mr Aldous, and Dr Basu (Harbour SARC) by phone. Ruby's account to her head of year considered. Agreed: joint investigation (section 47) of sexual abuse of Ruby, CAIT leading for police; achieving best evidence interview tomorrow; non-acute child sexual abuse medical at the SARC on 9 December; referral to the ChISVA; digital forensics asked to search Mr Pryor's devices for images of Ruby; school not to question Ruby further.",
        "Ruby Carrick; Gavin Pryor; TM Ellison; SW Okoro; DC Lal; DC Whitlock; Mr Aldous; Dr Basu",
        "E16",
    ),
    (
        POL,
        "2025-12-04 10:00",
        "Strat disc - CARRICK, Ruby (13). Disclosure to HoY 03/12: voyeurism (bathroom, phone) + sexual touching summer 2025 by PRYOR. S47/JI - CAIT lead, OIC DC Lal. ABE 05/12 14:00 Rowan Suite. CSA medical Harbour SARC 09/12 (non-acute). POLIT to ask DFU to prioritise images of RC.",
        "CARRICK, Ruby; PRYOR; DC Lal; DC Whitlock",
        "E16",
    ),
    (
        SEC,
        "2025-12-04 10:00",
        "Strategy meeting 10am (Mr Aldous). Joint police and social care investigation following Ruby's disclosure yesterday. Ms Rowe not to ask Ruby anything more about it; record anything she says, verbatim.",
        "Ruby; Mr Aldous; Ms Rowe",
        "E16",
    ),
    (
        CH,
        "2025-12-04",
        "Strategy discussion (Dr Basu by telephone). Non-acute CSA medical offered at Harbour SARC 09-Dec-2025 14:00 (last alleged contact > 3 months). ChISVA referral to be made by SARC.",
        "Ruby; Dr Basu",
        "E16",
    ),
    # E17 ABE interview
    (
        POL,
        "2025-12-05 14:00",
        "ABE interview RC (13y), Rowan Suite 14:00-15:40. Interviewer DC Lal, monitor SW Okoro. RC account: PRYOR filmed her in bathroom 'loads of times' 2024-25; sexual touching x2 summer 2025 (breasts, under clothing) when mother on nights. DVD exhibited PL/3.",
        "RC; PRYOR; DC Lal; SW Okoro",
        "E17",
    ),
    (
        CSC,
        "2025-12-05 14:00",
        "Ruby's achieving best evidence interview at the Rowan Suite; DC Lal interviewed and I monitored. Pat brought her and waited. Ruby gave a clear account and was exhausted afterwards; we talked about who she can talk to this weekend. Claire informed by phone that an interview has taken place, not of its content.",
        "Ruby Carrick; DC Lal; Pat Carrick; Claire Pryor",
        "E17",
    ),
    (
        SEC,
        "2025-12-05",
        "Ruby in for the morning only (authorised pm). Form tutor: Ruby asked to move seats away from girls who 'keep asking about my stepdad'. Seating plan changed.",
        "Ruby; stepdad",
        None,
    ),
    # E18 digital examination finding and the phone call to the LADO
    (
        POL,
        "2025-12-08 11:30",
        "Interim DFU report rec'd - PRYOR devices. Laptop: 31 IIOC (Cat A x3, B x9, C x19). Mobile: hidden vault app, 212 images/videos of a female child believed RC, bathroom, 2024-25. Re-arrest planned 09/12.",
        "PRYOR; RC; DC Whitlock",
        None,
    ),
    (
        POL,
        "2025-12-08 12:10",
        "Tel LADO (D Varley) - updated re DFU findings (images believed RC on PRYOR mobile). LADO to reconvene.",
        "D Varley; DC Whitlock; PRYOR",
        "E18",
    ),
    (
        CSC,
        "2025-12-08 12:10",
        "LADO: call from DC Whitlock. The digital media examination of Mr Pryor's phone has found covertly taken images of a girl believed to be his stepdaughter. Allegations management meeting to be reconvened; FA and club to be updated.",
        "Gavin Pryor; DC Whitlock; LADO Varley",
        "E18",
    ),
    # E19 CSA medical at the SARC, the SW's note, the GP's letter 13 days later; re-arrest the same morning is not it
    (
        POL,
        "2025-12-09 07:05",
        "PRYOR re-arrested at Hollin Lane: s.9 SOA 2003 (sexual activity with a child) x2, voyeurism s.67. Interview: prepared statement, denies. Bailed - conds: no contact RC or any child u18, not to enter Alder Rise or Kestrel Close.",
        "PRYOR; RC; DC Lal",
        None,
    ),
    (
        CH,
        "2025-12-09 14:00",
        "Non-acute CSA medical, Harbour SARC (Dr Basu, consultant paediatrician). Ruby, 13, with grandmother; SW present. History from strategy discussion. Alleged touching to breasts over and under clothing, summer 2025; no anogenital contact disclosed, so no anogenital examination. General examination: healing linear scars left forearm consistent with self-harm. No sexual health tests indicated. ChISVA referral made (Beth Sandu). Report to police and social care; letter to GP.",
        "Ruby; Nan; SW Okoro; Dr Basu; ChISVA Sandu",
        "E19",
    ),
    (
        CSC,
        "2025-12-09 14:00",
        "Went with Ruby and Pat to the Harbour SARC for the child sexual abuse medical with Dr Basu. Ruby chose to have Pat with her. No injuries other than the old self-harm scars. A children's ISVA will contact Pat this week.",
        "Ruby Carrick; Pat Carrick; Dr Basu",
        "E19",
    ),
    (
        CAMHS,
        "2025-12-10",
        "Minutes of strategy discussion 04/12/25 received from MASH. CAMHS to continue Partnership work; not to explore the allegations (ABE evidence).",
        "Ruby; Kelly",
        "E16",
    ),
    (
        GP,
        "2025-12-08",
        "Letter community paeds (Dr Price) clinic 26/11: Alfie - sleep disturbance since move to MGPs, melatonin 2->3mg. Rx updated.",
        "Alfie; Dr Price",
        "E12",
    ),
    (
        GP,
        "2025-12-10",
        "CAMHS letter (Choice appt 27/11, K Marsh): Ruby - low mood/anxiety, SH. Partnership x6, safety plan. Noted.",
        "Ruby; Kelly",
        "E14",
    ),
    # E20 second LADO meeting (police summary log gives the month only)
    (
        CSC,
        "2025-12-17 14:00",
        "LADO allegations management meeting (reconvened), chaired by Denise Varley. DC Whitlock, Chris Doyle, county FA safeguarding officer. Images of his stepdaughter found on Mr Pryor's phone; he has been re-arrested. The FA has imposed an interim suspension. The club wrote to the parents of the squad; no concerns have been raised about any club player. LADO outcome to await the criminal process.",
        "Gavin Pryor; LADO Varley; DC Whitlock; Mr Doyle",
        "E20",
    ),
    (
        POL,
        "M:2025-12",
        "Investigation log (Dec 2025) - DC Whitlock attended LADO mtg #2; FA interim suspension of PRYOR confirmed; no disclosures from club squad (welfare officer enquiries).",
        "DC Whitlock; PRYOR; Mr Doyle",
        "E20",
    ),
    (
        POL,
        "2025-12-18 16:00",
        "DC Lal + DC Whitlock - update visit to Mrs PRYOR at Alder Rise (disclosure of DFU findings agreed with CPS). Mrs PRYOR distressed, states she will not have PRYOR back. VRR explained.",
        "Claire Pryor; PRYOR; DC Lal; DC Whitlock",
        None,
    ),
    (
        CSC,
        "2025-12-19",
        "Statutory visit at Kestrel Close. Claire was there. She said the police came to see her yesterday and told her what was found on Gavin's phone, and that she 'should have listened to Ruby'. Ruby and Claire sat together for the first time in weeks. Christmas plan agreed: all five children at Kestrel Close, Claire staying.",
        "Claire Pryor; Gavin Pryor; Ruby Carrick; Pat Carrick",
        None,
    ),
    (
        GP,
        "2025-12-22",
        "Letter Harbour SARC (CSA medical 09/12/25, Dr Basu): Ruby - no acute findings; healed SH scars L forearm; ChISVA referral; emotional f/u via CAMHS.",
        "Ruby; Dr Basu",
        "E19",
    ),
    # ---------------- January: core group 2, charge, suspension, crisis ----------------
    (
        SEC,
        "2026-01-06 09:00",
        "Mr Aldous unable to attend core group (Y11 mock results meeting) - update emailed: Ruby attendance 93%, Jayden 86%.",
        "Ruby; Jayden; Mr Aldous",
        None,
    ),
    (
        CSC,
        "2026-01-06 14:00",
        "Second core group meeting, Civic Centre. Present: Claire, Pat, SW Okoro, Mrs Hebden, Kelly Marsh (CAMHS). Ashgrove sent an update. Claire now accepts what Ruby said and has started divorce proceedings. She asked for the children to come home; agreed to work towards a return in February with Pat staying at first. Ruby still cutting but less often.",
        "Claire Pryor; Pat Carrick; SW Okoro; Mrs Hebden; Kelly; Ruby Carrick",
        "E21",
    ),
    (
        PRI,
        "2026-01-06 14:00",
        "Core group (Civic Centre, 2pm) - Mrs Hebden. Alfie's sleep better on the higher melatonin; Lola's wetting improving. Plan for the children to go home in Feb noted.",
        "Alfie; Lola; Mrs Hebden",
        "E21",
    ),
    (
        CAMHS,
        "2026-01-06",
        "Attended core group (KM). Shared: Ruby engaging in Partnership, 3 sessions attended, self-harm frequency reduced to about weekly.",
        "Ruby; Kelly",
        "E21",
    ),
    (
        GP,
        "2026-01-07",
        "Claire - low mood, guilt 'I didn't believe my daughter'. PHQ-9 16, no SI. Sertraline 50mg. Talking Therapies self-referral. Fit note 4/52 (staff nurse).",
        "Claire; Ruby; Dr Keane",
        None,
    ),
    (
        SEC,
        "2026-01-12",
        "Core group minutes (06/01) rec'd from SW - filed. School actions unchanged.",
        "Ruby; Jayden; Mr Aldous",
        "E21",
    ),
    # E22 charge and the LADO's note of the email next day
    (
        POL,
        "2026-01-13 17:30",
        "PRYOR charged (CPS authority): s.9 SOA 2003 x2, voyeurism s.67 x1, making IIOC x3. Bailed to Magistrates 15/01 - conds continue. LADO + SW informed by email.",
        "PRYOR; DC Lal; DC Whitlock",
        "E22",
    ),
    (
        CSC,
        "2026-01-14 09:10",
        "LADO: email from DC Whitlock (sent yesterday evening) - Mr Pryor has been charged with sexual offences against his stepdaughter, voyeurism and making indecent images. FA and club informed. LADO outcome to follow the trial.",
        "Gavin Pryor; DC Whitlock; LADO Varley",
        "E22",
    ),
    (
        POL,
        "2026-01-15",
        "PRYOR first appearance Magistrates - sent to Crown Court. Bail conds continued. Victim (via MGM) updated.",
        "PRYOR; MGM; DC Lal",
        None,
    ),
    # E23 Ruby's suspension and the email to the SW
    (
        SEC,
        "2026-01-16 13:10",
        "Ruby - fixed-term suspension 3 days (19-21 Jan) for assault on a Y8 pupil (slapped, pulled hair) in the canteen after the pupil showed her a news article about her stepdad's court case. Nan collected 1.40pm. Mr Aldous emailed SW.",
        "Ruby; stepdad; Nan; Mr Aldous; SW Okoro",
        "E23",
    ),
    (
        CSC,
        "2026-01-16 15:20",
        "Email from Mr Aldous: Ruby has been suspended for three days from Monday for hitting a girl who showed her a newspaper report about Gavin's first court appearance. Rang Pat - Ruby is in her room, upset, 'everyone knows now'. I will see her at home during the suspension.",
        "Ruby Carrick; Mr Aldous; Gavin Pryor; Pat Carrick",
        "E23",
    ),
    (
        CAMHS,
        "2026-01-21 16:00",
        "Partnership session 5 (KM). Ruby suspended this week for hitting a girl who showed her an article about Gavin. Worked on anger and shame; cutting once since. Safety plan reviewed.",
        "Ruby; Gavin; Kelly",
        None,
    ),
    (
        SEC,
        "2026-01-22 08:45",
        "Reintegration meeting after suspension - Ruby, Nan, Ms Rowe, Mr Aldous. Ruby apologised in writing to the other pupil. Lunch pass to the Hub for 2 weeks. CAMHS not able to attend.",
        "Ruby; Nan; Ms Rowe; Mr Aldous",
        None,
    ),
    (
        CSC,
        "2026-01-22 16:00",
        "Statutory visit at Kestrel Close. Saw Ruby alone after her first day back: she said the reintegration meeting 'was fine' and she has a lunch pass. Lola and Alfie seen. Teddy has a cold.",
        "Ruby Carrick; Lola Pryor; Alfie Carrick; Teddy Pryor",
        None,
    ),
    # E24 weekend self-harm: CAMHS crisis line, EDT, grandmother's call to school on Monday
    (
        CAMHS,
        "2026-01-31 23:20",
        "Crisis line (out of hours): call from grandmother. Ruby (open to KM) has cut her left forearm after seeing messages from a 'friend of Gavin' online. Two cuts, bleeding controlled, steri-strips applied; grandmother advised re signs needing ED. Ruby spoke to crisis worker: no intent to die. Safety plan followed; sharps removed. Team to contact Monday.",
        "Nan; Ruby; Gavin; Kelly",
        "E24",
    ),
    (
        CSC,
        "2026-01-31 23:50",
        "EDT: Pat Carrick rang. Ruby has self-harmed tonight after upsetting messages online; the CAMHS crisis line has advised and the cuts are dressed. Ruby is safe in the house with Pat and Derek. Day team informed.",
        "Pat Carrick; Ruby Carrick; Derek Carrick",
        "E24",
    ),
    (
        SEC,
        "2026-02-02 08:30",
        "Nan rang - Ruby not in today, she hurt herself at the weekend and CAMHS are seeing her this afternoon. Authorised. Mr Aldous and Ms Rowe informed.",
        "Nan; Ruby; Mr Aldous; Ms Rowe",
        "E24",
    ),
    (
        CAMHS,
        "2026-02-02 15:00",
        "Urgent review (KM + Dr Akande, ST6). Ruby, with grandmother. Cuts healing, no infection. Trigger: messages from an adult account blaming her for Gavin's arrest - screenshots passed to police via SW. No suicidal intent. Weekly sessions extended by 4; crisis plan updated.",
        "Ruby; Nan; Gavin; Kelly",
        None,
    ),
    # ---------------- February: home again, core group 3, RCPC ----------------
    (
        CSC,
        "A:2026-02-02:2026-02-06:w/c 2 February 2026",
        "The children moved back to 22 Alder Rise with Claire this week, in stages; Pat is staying weeknights for the first month. Gavin's bail conditions prevent him from going to the road.",
        "Claire Pryor; Pat Carrick; Gavin Pryor",
        None,
    ),
    (
        PRI,
        "2026-02-03",
        "Mrs Hebden unable to attend core group (Y6 SATs meeting). Sent update: Alfie coped with the return home better than expected; Lola wetting resolved.",
        "Alfie; Lola; Mrs Hebden",
        None,
    ),
    (
        CSC,
        "2026-02-03 15:30",
        "Third core group at Ashgrove Academy. Present: Claire, Pat, SW Okoro, Mr Aldous, Kelly Marsh. Fernlea sent an update. Children home since the weekend; safety plan rewritten for Alder Rise. Ruby's online messages reported to police. Ruby to have a say in who comes to the house.",
        "Claire Pryor; Pat Carrick; SW Okoro; Mr Aldous; Kelly; Ruby Carrick",
        None,
    ),
    (
        POL,
        "2026-02-09",
        "RCPC 12/02 - police report submitted (PRYOR charged, trial listed Crown Court Jul 2026, bail conds). Online messages to RC - Malicious Comms crime recorded, enquiries ongoing. Not attending.",
        "PRYOR; RC; DC Lal",
        None,
    ),
    (
        GP,
        "2026-02-10",
        "Report for RCPC sent: Claire on sertraline, engaging; Ruby SH, CAMHS; Alfie melatonin; Lola/Teddy/Jayden nil new. Not attending (surgery).",
        "Claire; Ruby; Alfie; Lola; Teddy; Jayden; Dr Keane",
        None,
    ),
    # E25 review child protection conference
    (
        CSC,
        "2026-02-12 10:00",
        "Review child protection conference, chaired by IRO Rachel Mensah. Present: Claire, Pat, SW Okoro, Mr Aldous, Mrs Hebden, Kelly Marsh (CAMHS). Written reports from police and the GP. Mr Pryor charged and on bail with conditions; Claire protective and believing Ruby; children home since the start of February with Pat's support. Child protection plans ended for all five children; child in need plans to follow.",
        "Claire Pryor; Pat Carrick; Gavin Pryor; IRO Mensah; SW Okoro; Mr Aldous; Mrs Hebden; Kelly; Ruby Carrick; Jayden Carrick; Alfie Carrick; Lola Pryor; Teddy Pryor",
        "E25",
    ),
    (
        SEC,
        "2026-02-12",
        "RCPC - Mr Aldous. CP plans ended; Ruby and Jayden now CIN. School continues key adult and Hub pass.",
        "Ruby; Jayden; Mr Aldous",
        "E25",
    ),
    (
        PRI,
        "2026-02-12 10:00",
        "Review conference - Mrs Hebden. CP plans ended for all the children, stepped down to CIN. EHCP provision unchanged.",
        "Alfie; Lola; Mrs Hebden",
        "E25",
    ),
    (
        CAMHS,
        "2026-02-12",
        "RCPC attended (KM): outcome CIN. CAMHS to continue to the end of Partnership then review.",
        "Ruby; Kelly",
        "E25",
    ),
    (
        CSC,
        "2026-02-17",
        "Letter to Claire confirming the outcome of the review conference (plans ended, child in need) and the first CIN meeting in March.",
        "Claire Pryor",
        None,
    ),
    (
        CH,
        "2026-01-20 09:30",
        "Continence clinic (paediatric nurse specialist): Lola, 6, with grandmother. Daytime wetting since November, no UTI on dip. Bladder diary and timed toileting. Review 8 weeks.",
        "Lola; Nan",
        None,
    ),
    (
        CH,
        "2026-02-25 10:00",
        "Neurodevelopmental review (Dr Price): Alfie with mother, back at home. Sleeping 8-9 hours on melatonin 3 mg. No change. Review 6 months.",
        "Alfie; Mum; Dr Price",
        None,
    ),
    # ---------------- March - April: CIN, CAMHS discharge, step-down ----------------
    # E26 first CIN meeting; Ruby's last CAMHS session the same afternoon is separate
    (
        CSC,
        "2026-03-12 15:30",
        "Child in need meeting at Alder Rise. Claire, Pat, SW Okoro, Mr Aldous, Mrs Hebden. Children settled at home. Pat now staying two nights a week. Ruby has not cut since early February. Jayden's GCSE support in place. Plan reviewed.",
        "Claire Pryor; Pat Carrick; SW Okoro; Mr Aldous; Mrs Hebden; Ruby Carrick; Jayden Carrick",
        "E26",
    ),
    (
        SEC,
        "2026-03-12 15:30",
        "CIN meeting at home address - Mr Aldous. Ruby attendance 95% this half term, no incidents. Jayden mentoring continues.",
        "Ruby; Jayden; Mr Aldous",
        "E26",
    ),
    (
        PRI,
        "2026-03-12",
        "CIN meeting (Mrs Hebden) - Alfie and Lola both doing well. Nothing new from school.",
        "Alfie; Lola; Mrs Hebden",
        "E26",
    ),
    (
        CAMHS,
        "2026-03-12 16:30",
        "Partnership session 10 (final) with KM. Ruby: no self-harm for 5 weeks. RCADS improved, now sub-clinical. Relapse plan written with Ruby and Mum. Plan: discharge to GP.",
        "Ruby; Mum; Kelly",
        None,
    ),
    # E27 CAMHS discharge letter and its receipt by the GP
    (
        CAMHS,
        "2026-03-26",
        "Discharge letter to GP (Dr Keane), cc Claire Pryor: Ruby completed 10 Partnership sessions; RCADS sub-clinical; no self-harm since 31/01/26; relapse plan; re-refer if needed.",
        "Ruby; Dr Keane; Claire",
        "E27",
    ),
    (
        GP,
        "2026-04-08",
        "CAMHS discharge letter (26/03): Ruby - completed Partnership, no SH since end Jan, sub-clinical scores. Re-refer if needed.",
        "Ruby; Kelly",
        "E27",
    ),
    # E28 CIN review and step-down to Early Help (secondary school gives w/c)
    (
        CSC,
        "2026-04-22 15:30",
        "Child in need review at Alder Rise: Claire, SW Okoro, Mr Aldous, Mrs Hebden. Agreed to close to Children's Social Care and step down to Early Help with a team around the family; Mr Aldous lead professional for Ruby and Jayden, Mrs Hebden for Alfie and Lola. Trial listed for July - ChISVA Beth Sandu continues to support Ruby.",
        "Claire Pryor; SW Okoro; Mr Aldous; Mrs Hebden; Ruby Carrick; Jayden Carrick; Alfie Carrick; Lola Pryor; ChISVA Sandu",
        "E28",
    ),
    (
        SEC,
        "A:2026-04-20:2026-04-24:w/c 20.04.26",
        "Final CIN meeting this week - case stepping down from social care to Early Help (TAF). Mr Aldous to be lead professional for Ruby and Jayden. First TAF in May.",
        "Ruby; Jayden; Mr Aldous",
        "E28",
    ),
    (
        PRI,
        "2026-04-22",
        "CIN review (Mrs Hebden) - step-down to Early Help agreed. Mrs Hebden lead professional for Alfie & Lola; TAF at Fernlea in May.",
        "Alfie; Lola; Mrs Hebden",
        "E28",
    ),
    (
        CSC,
        "2026-04-24",
        "Case closed to Children's Social Care. Step-down letter sent to Claire, copied to both schools and the GP.",
        "Claire Pryor",
        None,
    ),
]

# routine single-agency filler (never part of an event), per agency
POOLS = {
    CSC: [
        (
            "Statutory visit. All the children seen; Ruby seen alone and said things were 'OK'. Alfie showed me his bus timetable. No new concerns.",
            "Ruby Carrick; Alfie Carrick; SW Okoro",
        ),
        (
            "Supervision with TM Ellison: plan progressing; actions from the plan on track.",
            "SW Okoro; TM Ellison",
        ),
        (
            "Telephone call with Pat Carrick to arrange the next visit. Pat says Lola has been wetting the bed again.",
            "Pat Carrick; Lola Pryor",
        ),
        (
            "Direct work with Lola (feelings faces). Lola drew her family with Daddy 'far away'.",
            "Lola Pryor; Gavin Pryor; SW Okoro",
        ),
        (
            "Saw Jayden alone. He is angry with Gavin and says he 'knew something wasn't right'. He wants to get through his GCSEs.",
            "Jayden Carrick; Gavin Pryor; SW Okoro",
        ),
        (
            "Teddy seen, playing with his garage; talking in short sentences, meeting milestones per Claire.",
            "Teddy Pryor; Claire Pryor",
        ),
        (
            "Direct work with Ruby ('three houses'): worries - Mum being sad, court; good things - Nan, her art.",
            "Ruby Carrick; Claire Pryor; Pat Carrick",
        ),
    ],
    POL: [
        (
            "Investigation review (DS Barton): actions reviewed, bail conditions remain appropriate.",
            "PRYOR; DS Barton",
        ),
        ("PNC/PND checks updated - PRYOR, no new intel.", "PRYOR"),
        ("Bail compliance check at Hollin Lane (evening) - PRYOR present.", "PRYOR"),
    ],
    GP: [
        (
            "Teddy - coryza and cough 3/7, apyrexial, chest clear. Viral. Safety-net given to MGM.",
            "Teddy; MGM",
        ),
        (
            "Lola - constipation 2/52. Abdo soft. Movicol paed, diet advice. Seen with Nan.",
            "Lola; Nan",
        ),
        ("Jayden - acne review, lymecycline 408mg continued.", "Jayden"),
        ("Alfie - melatonin repeat rx issued.", "Alfie"),
        ("Derek - T2DM review, HbA1c 5{n}. Metformin continues.", "Derek"),
        ("Pat - knee OA, repeat co-codamol declined, physio referral.", "Pat"),
        ("!Teddy - flu nasal vaccine given (practice nurse).", "Teddy"),
    ],
    SEC: [
        (
            "Ruby - weekly check-in (Ms Rowe). Ruby rated her mood {n}/10. Nothing new shared.",
            "Ruby; Ms Rowe",
        ),
        ("Jayden - late x{n} this half term; letter home.", "Jayden"),
        ("Ruby - behaviour point (phone out in lesson).", "Ruby"),
        ("Jayden - mentor session re Y11 revision timetable.", "Jayden"),
        (
            "Ruby - left Maths upset, 20 min in the Hub with Ms Rowe, then back to lesson.",
            "Ruby; Ms Rowe",
        ),
        ("Ruby - praise postcard home for Art project.", "Ruby"),
    ],
    PRI: [
        (
            "Alfie - meltdown at lunch (noise in the hall), calm room with 1:1 TA, settled after 25 mins.",
            "Alfie",
        ),
        ("Lola - wet in class, spare clothes. Nan told at pick-up.", "Lola; Nan"),
        ("Alfie - SALT visit in school (EHCP provision), social stories updated.", "Alfie"),
        ("Lola - reading record not signed for {n} days; reminder sent home.", "Lola"),
        ("Alfie - star of the week for his space project.", "Alfie"),
        ("Lola - upset at drop-off, asked for Daddy. Settled with class teacher.", "Lola"),
    ],
    CAMHS: [
        (
            "Partnership session (KM): mood diary and thought records. Ruby reports {n} days since last cut.",
            "Ruby; Kelly",
        ),
        (
            "Partnership session (KM): distress tolerance skills (TIPP), practised in session.",
            "Ruby; Kelly",
        ),
        (
            "Telephone check-in with grandmother between sessions (KM). No new concerns.",
            "Ruby; Nan; Kelly",
        ),
    ],
}

SCHOOL_HOLS = [
    ("2025-10-25", "2025-11-02"),
    ("2025-12-20", "2026-01-04"),
    ("2026-02-14", "2026-02-22"),
    ("2026-03-28", "2026-04-12"),
]


def main():
    filler = casegen.filler(
        20251014,
        POOLS,
        "2025-10-15",
        "2026-04-30",
        46,
        windows={
            CSC: ("2025-11-14", "2026-04-21"),
            POL: ("2025-10-17", "2026-04-30"),
            CAMHS: ("2025-12-11", "2026-03-11"),
        },
        closed={
            SEC: SCHOOL_HOLS,
            PRI: SCHOOL_HOLS,
            GP: [("2025-12-25", "2025-12-26"), ("2026-01-01", "2026-01-01")],
            CSC: [("2025-12-24", "2026-01-01")],
        },
    )
    out = HERE / "case_ay.json"
    casegen.build(
        "ay",
        "Five children in a blended family; stepfather (a girls' football coach) arrested for "
        "indecent images, mother initially disbelieving, children moved to grandparents; the "
        "13-year-old's self-harm, disclosure, ABE interview and SARC medical, LADO process, charge, "
        "school suspension and step-down; 7 agencies, Sep 2025 - Apr 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES + filler,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
