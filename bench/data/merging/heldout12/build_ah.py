# ruff: noqa
"""Writing aid for held-out case_ah (fictional; written blind, see README.md here).

    python3 bench/data/merging/heldout12/build_ah.py   # writes heldout12/case_ah.json

HELD OUT: only ever scored, never tuned on.

A family of five in temporary accommodation. The father, Lee, has long-standing alcohol
dependence and is abusive to the mother, Danielle (fibromyalgia, depression). Tyler (10) is a
young carer and misses school; Poppy (6); Archie (3) swallows his father's detox medication.
Midway the family is moved from Carrick House (Hartfield) to a bed and breakfast in another
borough (Northgate), and back again at Easter. Seven agencies, September 2025 - May 2026.
Every entry is written by hand (no random filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# extra date style for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("hsg", "%d %b %Y")  # 03 Nov 2025

CSC = "Children's Social Care"
POL = "Police"
ACU = "Acute hospital"
GP = "Brookfield Medical Centre"
SCH = "St Aidan's CE Primary"
HSG = "Housing Options (homelessness team)"
SMS = "Pathways adult substance misuse service"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (ACU, "health", "health"),
    (GP, "health", "gp"),
    (SCH, "education", "school"),
    (HSG, "other", "hsg"),
    (SMS, "other", "iso"),
]

PEOPLE = [
    ("Tyler Rourke", ["Tyler", "TR"], "Child T (10)", "child"),
    ("Poppy Rourke", ["Poppy", "PR"], "Child P (6)", "child"),
    ("Archie Rourke", ["Archie", "AR"], "Child A (3)", "child"),
    ("Danielle Rourke", ["Danielle", "Dani", "Mum", "Mrs Rourke"], "Mother", "parent"),
    ("Lee Rourke", ["Lee", "Mr Rourke", "Dad", "LR", "ROURKE Lee"], "Father", "parent"),
    ("Nicola Baines", ["Nicola", "Auntie Nic"], "Maternal aunt", "family"),
    ("Pauline Rourke", ["Pauline", "PGM"], "Paternal grandmother", "family"),
    ("Harjit Sandhu", ["Mr Sandhu", "SANDHU"], "Manager, Alder Lodge B&B", "other_adult"),
    ("Leanne Ellison", ["Ms Ellison", "ELLISON"], "Mother of Tyler's school friend", "other_adult"),
    ("Priya Lakhani", ["SW Lakhani", "Priya", "P Lakhani"], "Social worker", "professional"),
    ("Gareth Moss", ["TM Moss"], "Team manager", "professional"),
    (
        "Ruth Okafor",
        ["IRO Okafor"],
        "Independent reviewing officer (conference chair)",
        "professional",
    ),
    ("Hannah Keel", ["DC Keel"], "Detective constable (Public Protection)", "professional"),
    ("Mark Lowther", ["DS Lowther"], "Detective sergeant (Public Protection)", "professional"),
    ("Matthew Ashworth", ["Dr Ashworth"], "GP", "professional"),
    (
        "Ian Pearce",
        ["Mr Pearce", "DSL Pearce"],
        "Deputy head, designated safeguarding lead",
        "professional",
    ),
    ("Kirsty Rowe", ["Miss Rowe"], "Year 6 class teacher", "professional"),
    ("Joanne Tate", ["Jo Tate", "JT"], "Housing Options officer", "professional"),
    ("Dean Farrell", ["Dean", "DF"], "Recovery worker, Pathways", "professional"),
    ("Sally Wong", ["NP Wong"], "Non-medical prescriber, Pathways", "professional"),
    ("Fiona Grant", ["Dr Grant"], "Consultant paediatrician", "professional"),
    ("Meg Carter", ["SN Carter"], "Hospital safeguarding nurse", "professional"),
    ("Lorna Hegarty", ["IDVA Hegarty"], "IDVA", "professional"),
]

KIDS = "Tyler Rourke; Poppy Rourke; Archie Rourke"

# (agency, date, text, people, event)
ENTRIES = [
    # ================= September 2025 =================
    (
        HSG,
        "2025-09-02",
        "TA review (JT). Household: Mr + Mrs Rourke, 3 children (10, 6, 3). Homeless - s21 eviction, main duty accepted 22 Jul 25; placed Flat 6 Carrick House (2 rooms, shared kitchen). Rent charge up to date. Mrs Rourke reports damp, all 5 sleeping in one room. Remains on TA transfer list.",
        "Lee Rourke; Danielle Rourke; Jo Tate",
        None,
    ),
    (
        SCH,
        "2025-09-03 09:15",
        "First day of term. Tyler (Y6) brought Poppy (Y2) in at 09:15, no adult. DSL rang Mum - 'bad day with my back', Tyler 'does the school run when I can't'. Late marks x2. Logged.",
        "Tyler; Poppy; Mum; Mr Pearce",
        None,
    ),
    # E01 GP referral to Pathways, received 8 days later
    (
        GP,
        "2025-09-09 10:40",
        "LR - Alcohol dependence syndrome (r/v). ~12-14 x 440ml 4.5% daily + spirits w/e. AUDIT 32. AM shakes, no hx fits/DTs. Wants help - 'family on at me'. Bloods: LFT, FBC, GGT req. Thiamine 100mg tds. Referral to Pathways sent today. R/v 2/52.",
        "Lee Rourke; Dr Ashworth",
        "E01",
    ),
    (
        SMS,
        "2025-09-17",
        "New referral received from Brookfield MC (Dr Ashworth, letter dated 09/09/25). 41M, alcohol dependent, daily drinking. Known to service 2019 - disengaged after 3 sessions. Lives in temporary accommodation with partner and 3 children. Triage call completed: LR accepts comprehensive assessment 30/09 10:00 with DF.",
        "Lee Rourke; Dr Ashworth; DF",
        "E01",
    ),
    # E02 domestic incident Sat 13/09 and the Monday notifications
    (
        POL,
        "2025-09-13 23:20",
        "Occ 25/0913/1187. 999 from female - partner drunk, 'won't let me out of the room'. Att 23:34 Flat 6 Carrick House (temp accomm). ROURKE, Lee heavily intox, verbally abusive to officers. ROURKE, Danielle states pushed onto bed - no visible injury, declined statement. 3 x children present - eldest (10) awake, had taken the 3yo into the bathroom. DASH medium. ROURKE left voluntarily to mother's addr for the night. PPN + Op Encompass submitted.",
        "Lee Rourke; Danielle Rourke; " + KIDS,
        "E02",
    ),
    (
        SCH,
        "2025-09-15 08:35",
        "Op Encompass email rec'd 08:05 - police called to Tyler & Poppy's home Sat night (domestic). DSL informed, class teachers told on need-to-know basis. Tyler arrived 09:20 (late), quiet, said he was 'just tired'. Poppy fine in class.",
        "Tyler; Poppy; Mr Pearce; Miss Rowe",
        "E02",
    ),
    (
        CSC,
        "2025-09-15 10:10",
        "MASH: Police Protection Notice received about a domestic incident late on Saturday 13 September at the family's temporary accommodation (Flat 6, Carrick House). Lee Rourke had been drinking and is said to have pushed Danielle onto the bed; she did not want police action. All three children were at home and Tyler, who is 10, had taken his little brother into the bathroom. Medium risk; one earlier notification in March 2024. Screening decision: share with school and GP; no further action by Children's Social Care at this point; advice letter to Mrs Rourke with domestic abuse service details.",
        "Lee Rourke; Danielle Rourke; " + KIDS,
        "E02",
    ),
    (
        GP,
        "2025-09-15 16:10",
        "PR - seen with Mum. Flexural eczema flare, itch disturbing sleep. Emollients reinforced, hydrocortisone 1% cream 7/7. Letter for school re emollient use printed.",
        "Poppy; Mum; Dr Ashworth",
        None,
    ),
    (
        GP,
        "2025-09-16 09:20",
        "Mrs Rourke - fibromyalgia r/v. Pain 7/10, poor sleep, low mood. Mentions 'rows at home' and that 'the police came out again' - has DA helpline numbers, declines referral today. PHQ-9 16. Start sertraline 50mg od. Pregabalin unchanged. Carer status: 10yo son helps at home - coded.",
        "Danielle Rourke; Tyler; Dr Ashworth",
        None,
    ),
    (
        HSG,
        "2025-09-16",
        "Carrick House concierge log forwarded: police attended Flat 6 late Sat 13/09 re domestic, male occupant left with officers. ASB/licence reminder letter to be sent. DA marker considered - Mrs Rourke not contactable by phone, letter sent with Housing Options DA offer.",
        "Lee Rourke; Danielle Rourke; Jo Tate",
        "E02",
    ),
    (
        SCH,
        "2025-09-22 09:40",
        "Tyler absent. Mum rang 09:40 - Tyler 'kept home to mind Archie' while she goes to a hospital appointment. Advised unauthorised + that Tyler must not be kept off to care. Poppy in school (brought by a neighbour).",
        "Tyler; Archie; Mum; Poppy",
        None,
    ),
    # E03 school referral, received by MASH next morning
    (
        SCH,
        "2025-09-24 14:10",
        "DSL referral to Children's Services (online portal, submitted 14:10) - Tyler: young carer concerns. Attendance 78% this term, 6 lates. Tyler says he does 'breakfasts and bedtimes' for Poppy and Archie, washes up, helps Mum in and out of the bath. Falling asleep in lessons. Op Encompass 15/09 noted. Mum consented by phone.",
        "Tyler; Poppy; Archie; Mum; Mr Pearce",
        "E03",
    ),
    (
        CSC,
        "2025-09-25 09:15",
        "MASH contact from St Aidan's Primary (Mr Pearce, designated safeguarding lead), received yesterday afternoon. Tyler appears to be caring for his mother, who has fibromyalgia and depression, and for his younger brother and sister; his attendance and punctuality are poor and he is tired in class. Read alongside the domestic incident on 13 September and his father's drinking. Mother consents. Decision: child and family assessment for all three children, allocated to Priya Lakhani.",
        "Tyler Rourke; Poppy Rourke; Archie Rourke; Danielle Rourke; Lee Rourke; Mr Pearce; SW Lakhani",
        "E03",
    ),
    (
        SMS,
        "2025-09-30 10:00",
        "Comprehensive assessment (DF). LR 41. Drinking since 14, dependent >15 yrs. Current 12-14 x 440ml 4.5% lager/day (~26 units), vodka at weekends. AUDIT 32, SADQ 28. Denies withdrawal seizures. Lives TA with partner + 3 children (10, 6, 3). DA: 'police came out, just a row'. Goals: cut down, then detox. Plan: weekly keywork, bloods via GP, community AWD when more stable. Hidden harm screen: children - check CSC involvement.",
        "Lee Rourke; DF",
        None,
    ),
    # ================= October 2025 =================
    (
        CSC,
        "2025-10-01 11:00",
        "Home visit to Flat 6, Carrick House for the child and family assessment. Two rooms and a shared kitchen on the landing; all five sleep in one room with a double bed and a bunk bed; black mould on the outside wall. Mrs Rourke was in pain and using a stick. Lee was present and smelt of alcohol at 11am but was polite. Archie was watching a tablet. Mrs Rourke called Tyler 'my right arm'. Consent given for agency checks.",
        "Danielle Rourke; Lee Rourke; Archie Rourke; Tyler Rourke; SW Lakhani",
        None,
    ),
    (
        SCH,
        "2025-10-03 09:25",
        "Tyler late 09:25 (7th late this half-term). Had walked Poppy in, Mum 'couldn't get up'. Breakfast club place (free) confirmed with Mum by phone - start when Mum can bring them.",
        "Tyler; Poppy; Mum",
        None,
    ),
    (
        HSG,
        "2025-10-06",
        "Repair request logged - damp/mould Flat 6 Carrick House, external wall (photos from Mrs Rourke). Passed to TA property team. Household advised Carrick House due to close for refurbishment in the new year - alternative TA will be needed.",
        "Danielle Rourke; Jo Tate",
        None,
    ),
    (
        GP,
        "2025-10-07 11:30",
        "AR 3y - cough 5/7, coryza, apyrexial, chest clear, ENT NAD. Viral URTI - advice, safety-net. Mum says they 'all sleep in one room, it's damp' - housing support letter done on request.",
        "Archie; Mum; Dr Ashworth",
        None,
    ),
    (
        CSC,
        "2025-10-08 12:30",
        "Saw Tyler alone at school in the library. He described a typical day: he gets Poppy and Archie up, makes toast, takes Poppy to school; in the evening he helps his mum with tea and puts Archie to bed. He said 'Dad's alright when he's not drinking, but he drinks every day'. He worries about his mum while he is at school. He would like to go to the young carers' club.",
        "Tyler Rourke; Danielle Rourke; Lee Rourke; SW Lakhani",
        None,
    ),
    (
        SCH,
        "2025-10-08 14:05",
        "Tyler fell asleep in maths after lunch - Miss Rowe let him rest 10 mins in the book corner. Said he was up late because Archie 'kept crying'. Logged, DSL aware.",
        "Tyler; Archie; Miss Rowe; Mr Pearce",
        None,
    ),
    (
        SMS,
        "2025-10-09 14:00",
        "Keywork 1:1 (DF). LR says down to 8 cans/day. BrAC 0.31 mg/L at 14:00. Bloods taken at GP. Motivation 6/10. Hidden harm discussed - LR says social worker involved 'because of the school'.",
        "Lee Rourke; DF",
        None,
    ),
    (
        GP,
        "2025-10-14",
        "LR - bloods: GGT 412, ALT 96, MCV 104, plt 138. Discussed - likely alcohol-related liver injury. USS liver requested. Engaging with Pathways. R/v 4/52.",
        "Lee Rourke; Dr Ashworth",
        None,
    ),
    (
        SMS,
        "2025-10-16 14:00",
        "Keywork 1:1 (DF). LR 10 cans yesterday ('bad day'). BrAC 0.42 at 14:05. Drink diary started. LR consents to DF attending CIN meeting at school 23/10.",
        "Lee Rourke; DF",
        None,
    ),
    (
        ACU,
        "2025-10-16 10:20",
        "Rheumatology OPD: 35F, fibromyalgia, widespread pain, fatigue. Poor sleep, low mood (on sertraline via GP). No inflammatory features, CRP normal. Plan: pain management programme referral, graded activity, continue pregabalin. Discharged to GP.",
        "Danielle Rourke",
        None,
    ),
    (
        CSC,
        "2025-10-20",
        "Child and family assessment completed and signed off by TM Gareth Moss. Needs: Tyler's caring role, his mother's health, his father's alcohol dependence, domestic abuse, and overcrowded damp temporary accommodation. Outcome: child in need plan (section 17) for Tyler, Poppy and Archie; first CIN meeting at school on 23 October; young carers assessment requested.",
        KIDS + "; TM Moss; SW Lakhani",
        None,
    ),
    # E04 phone call recorded at both ends
    (
        HSG,
        "2025-10-21 11:30",
        "T/c to SW P Lakhani (Hartfield CSC). Advised Carrick House closing early Jan 26, very limited in-borough TA for a 5-person household - likely interim B&B out of borough (Northgate). SW raised school travel + young carer issues. Agreed JT to inform SW before any move. CSC involvement added to HOMS notes.",
        "SW Lakhani; Jo Tate",
        "E04",
    ),
    (
        CSC,
        "2025-10-21 11:30",
        "Phone call with Jo Tate at Housing Options. The block the family live in is closing for refurbishment after Christmas and there are very few large units, so the family may have to go into bed and breakfast in another borough for a while. I explained that the children's school is here and about Tyler's role at home. Jo will tell me before anything happens and I will invite Housing to the CIN meeting.",
        "Jo Tate; SW Lakhani; Tyler Rourke",
        "E04",
    ),
    # E05 CIN meeting
    (
        CSC,
        "2025-10-23 13:30",
        "Child in need meeting at St Aidan's (first). Present: Mrs Rourke, Lee Rourke, SW Lakhani, Mr Pearce (DSL), Miss Rowe, Dean Farrell (Pathways). Housing sent apologies. Plan: free breakfast club for Tyler and Poppy; young carers referral; Lee to keep attending Pathways weekly and not to drink during the day when he is looking after Archie; a funded nursery place for Archie to be explored; SW to chase the damp repair. Next meeting in six weeks.",
        "Danielle Rourke; Lee Rourke; SW Lakhani; Mr Pearce; Miss Rowe; Dean; " + KIDS,
        "E05",
    ),
    (
        SCH,
        "2025-10-23 13:30",
        "CIN mtg held in school (DSL + Miss Rowe). School actions: breakfast club Tyler/Poppy from Mon 3/11; YC referral; attendance monitored weekly + shared with SW.",
        "Tyler; Poppy; Mr Pearce; Miss Rowe; SW Lakhani",
        "E05",
    ),
    (
        SMS,
        "2025-10-23",
        "Attended Child in Need meeting at St Aidan's school with LR (DF). LR's actions: weekly 1:1, no alcohol before 6pm on days he minds Archie. DF to send progress summary to SW monthly.",
        "Lee Rourke; DF; Archie; SW Lakhani",
        "E05",
    ),
    (
        SCH,
        "2025-10-24 12:40",
        "Tyler chatted to DSL at lunch - keen on young carers club. Says Dad 'is trying'. Worried about half-term: Mum 'on her own with all three'.",
        "Tyler; Dad; Mum; Mr Pearce",
        None,
    ),
    (
        HSG,
        "2025-10-28",
        "Letter to Mrs Rourke: TA charge arrears £312.60. Repayment arrangement offered £10/wk. HB claim to be reviewed.",
        "Danielle Rourke",
        None,
    ),
    # ================= November 2025 =================
    # E06 arrest for threats (Sat early hours) and the notifications
    (
        POL,
        "2025-11-01 01:35",
        "Occ 25/1101/0093. 999 from ROURKE, Danielle - husband drunk, threatening, smashing things. Att 01:48 Flat 6 Carrick House. ROURKE, Lee intox + aggressive; TV and bedroom door damaged. V states he held a kitchen knife and said he would 'end it for all of us' - knife recovered from draining board. 3 x children present, 10yo awake + distressed, 3yo crying. ROURKE arrested - threats to kill, crim damage. DASH HIGH - MARAC ref to follow. PPN submitted. Children remained with mother.",
        "Danielle Rourke; Lee Rourke; " + KIDS,
        "E06",
    ),
    (
        POL,
        "2025-11-01 16:20",
        "ROURKE, Lee interviewed - denies knife, admits damage. Released on pre-charge bail to 29/11: no contact with ROURKE, Danielle direct/indirect; not to attend Carrick House; reside 22 Fairview Road (mother's addr).",
        "Lee Rourke; Danielle Rourke; Pauline",
        None,
    ),
    (
        ACU,
        "2025-11-02 15:40",
        "ED (Minors): 35F, L wrist pain after fall at home late last night, FOOSH. Tender anatomical snuffbox, no deformity. XR L wrist - no fracture seen. Imp soft-tissue injury ?occult scaphoid: futura splint, fracture clinic 10/7 for repeat XR. Lives in TA with 3 children; asked about safety at home - 'he's not there now'. PMH fibromyalgia, on sertraline. GP letter.",
        "Danielle Rourke",
        "E07",
    ),
    (
        SCH,
        "2025-11-03 08:30",
        "Op Encompass (rec'd 08:02): police at home early Sat 01/11 - DA, 3 children present, father arrested. DSL informed. Tyler in breakfast club - very quiet, didn't eat. Poppy told her class TA 'Daddy broke the telly'. Logged.",
        "Tyler; Poppy; Dad; Mr Pearce",
        "E06",
    ),
    (
        CSC,
        "2025-11-03 09:20",
        "MASH: Police Protection Notice (high risk) for the early hours of Saturday 1 November. Lee Rourke, drunk, damaged property at the family's flat and is alleged to have held a knife and threatened to kill the family. All three children were there and Tyler was awake. Lee was arrested and bailed to his mother Pauline's address with conditions not to contact Danielle or go to Carrick House. Open CIN case - SW Lakhani informed. Threshold for a strategy discussion met; booked for 4 November.",
        "Lee Rourke; Danielle Rourke; " + KIDS + "; Pauline Rourke; SW Lakhani",
        "E06",
    ),
    (
        HSG,
        "2025-11-03",
        "Mrs Rourke called in to Housing Options. Husband arrested Sat after incident at Flat 6, on bail not to return. Concierge log confirms police attended 01:45 01/11. Requests lock change + LR removed from licence while bail in place. Sanctuary scheme referral made; DA marker added to HOMS.",
        "Danielle Rourke; Lee Rourke; Jo Tate",
        "E06",
    ),
    # E08 strategy discussion (Pathways files minutes 6 days later)
    (
        CSC,
        "2025-11-04 10:00",
        "Strategy discussion (Teams), chaired by TM Gareth Moss. Present: SW Lakhani, DS Lowther (Public Protection), Mr Pearce (DSL). GP and Pathways information received by email. Considered: alleged threat to kill with a knife in front of the children, Lee's escalating drinking, the September incident. Agreed: section 47 enquiries for Tyler, Poppy and Archie, joint with police; children to be seen and spoken with by 6 November; safety planning with Danielle while Lee is on bail; IDVA referral; consider an initial child protection conference.",
        KIDS + "; Lee Rourke; Danielle Rourke; TM Moss; SW Lakhani; DS Lowther; Mr Pearce",
        "E08",
    ),
    (
        POL,
        "2025-11-04 10:00",
        "Strat disc (Teams) - ROURKE children. DS Lowther. Police info: 2 x DA (13/09, 01/11), ROURKE on bail to 29/11, MARAC ref submitted. Outcome: s47 joint. DC Keel to lead police enquiries; ABE for 10yo considered - not required at present.",
        KIDS + "; Lee Rourke; DS Lowther; DC Keel",
        "E08",
    ),
    (
        SCH,
        "2025-11-04 10:00",
        "Strategy meeting (Teams) - DSL attended. Child protection enquiries agreed for Tyler, Poppy and Archie. School: share attendance daily, phone any disclosures straight to SW.",
        "Tyler; Poppy; Archie; Mr Pearce; SW Lakhani",
        "E08",
    ),
    (
        CSC,
        "2025-11-05",
        "Management oversight (TM Moss): section 47 decision endorsed. Ensure Tyler is seen alone; get Pathways' view of Lee's drinking; ask for the young carers assessment to be expedited.",
        "Tyler Rourke; Lee Rourke; TM Moss",
        None,
    ),
    (
        CSC,
        "2025-11-06 16:00",
        "Section 47 home visit to Carrick House. Saw all three children with their mother. Tyler seen on his own in the kitchen: he said Dad 'had the knife and was waving it about' and that he took Poppy and Archie under the bunk bed. Poppy said Daddy broke the telly. Archie was playing and chatty. Danielle says she wants Lee to get help and does not know if she wants him back.",
        KIDS + "; Danielle Rourke; Lee Rourke; SW Lakhani",
        None,
    ),
    (
        SMS,
        "2025-11-05 11:00",
        "T/c from LR (DNA 1:1 yesterday). Says arrested Sat morning 'after a row', knife alleged - denies. On bail at his mother's address, no contact with Danielle/children. Drinking 'less'. Rebooked 1:1 06/11. Risk assessment updated re DA/bail; DF to inform SW.",
        "Lee Rourke; DF; Pauline",
        "E06",
    ),
    (
        SMS,
        "2025-11-06 11:00",
        "1:1 at 22 Fairview Rd (mother's address) - DF. LR 6 cans/day. BrAC 0.18 at 11:30. 'I've lost everything.' Low mood, no SI/plans. Advised GP r/v.",
        "Lee Rourke; DF",
        None,
    ),
    (
        SCH,
        "2025-11-07",
        "Weekly check-in (DSL). Tyler: 'it's calmer without Dad but Mum cries a lot'. Breakfast club 4/5 days this week.",
        "Tyler; Dad; Mum; Mr Pearce",
        None,
    ),
    (
        GP,
        "2025-11-10",
        "A&E letter 02/11/25 (Hartfield General) - DR: L wrist soft tissue inj, ?scaphoid, futura splint, # clinic f/u. No GP action.",
        "Danielle Rourke",
        "E07",
    ),
    (
        SMS,
        "2025-11-10",
        "Minutes of strategy meeting 04/11/25 rec'd from CSC by secure email. Pathways not present (info given in writing). Outcome: s.47 enquiries x 3 children. Filed; DF to share LR's engagement fortnightly.",
        "Lee Rourke; DF",
        "E08",
    ),
    (
        ACU,
        "2025-11-12 09:50",
        "Fracture clinic: 35F, L wrist, 10/7 post injury. Repeat scaphoid views - no fracture. Pain settling. Discharged, splint to be weaned.",
        "Danielle Rourke",
        None,
    ),
    (
        POL,
        "2025-11-12",
        "DC Keel - ROURKE, Danielle seen at home: declines to provide statement re 01/11, wants Lee home 'when he's sorted'. Evidential review with CPS to follow.",
        "Danielle Rourke; Lee Rourke; DC Keel",
        None,
    ),
    (
        SCH,
        "2025-11-12",
        "Young Carers referral sent (Hartfield Carers Centre) - Tyler consented, Mum consented by phone.",
        "Tyler; Mum; Mr Pearce",
        None,
    ),
    (
        POL,
        "2025-11-18",
        "MARAC referral (DASH high 01/11) accepted - listed Hartfield MARAC 20/11/25. IDVA allocated (L Hegarty).",
        "Danielle Rourke; IDVA Hegarty",
        None,
    ),
    (
        ACU,
        "2025-11-18 14:30",
        "Radiology: USS liver (GP request) - LR. Diffusely echogenic liver c/w steatosis. No focal lesion, no ascites, spleen normal size.",
        "Lee Rourke",
        None,
    ),
    # E09 MARAC
    (
        POL,
        "2025-11-20 09:30",
        "MARAC (Hartfield) - case 11: ROURKE, Danielle (V) / ROURKE, Lee (P). DS Lowther present. Actions: address flag Carrick House; DVPN not required (bail in place); PNC warning markers added.",
        "Danielle Rourke; Lee Rourke; DS Lowther",
        "E09",
    ),
    (
        CSC,
        "2025-11-20",
        "Attended the Multi-Agency Risk Assessment Conference for Danielle Rourke. The IDVA, Lorna Hegarty, said Danielle is unsure about separating from Lee. Actions shared with Housing, GP and Pathways; Children's Social Care to share the outcome of the child protection conference.",
        "Danielle Rourke; Lee Rourke; IDVA Hegarty; SW Lakhani",
        "E09",
    ),
    (
        HSG,
        "2025-11-20",
        "MARAC - housing rep (JT). Action: DA marker + sanctuary lock Flat 6 (fitted 07/11). Any future TA offer to be risk assessed re perpetrator.",
        "Danielle Rourke; Lee Rourke; Jo Tate",
        "E09",
    ),
    (
        GP,
        "2025-11-21",
        "Report for ICPC 25/11 sent to conference team - TR, PR, AR: imms up to date; PR eczema; AR URTIs x2. Parents: DR fibromyalgia/depression on sertraline; LR alcohol dependence, deranged LFTs. Unable to attend (surgery).",
        "TR; PR; AR; Danielle Rourke; Lee Rourke; Dr Ashworth",
        None,
    ),
    (
        GP,
        "2025-11-24",
        "MARAC info received (meeting 20/11/25) - DR: victim of DA, high risk. Alert added to DR, LR and children's records. Routine enquiry at all contacts.",
        "Danielle Rourke; Lee Rourke; TR; PR; AR",
        "E09",
    ),
    # E10 initial child protection conference
    (
        CSC,
        "2025-11-25 10:00",
        "Initial child protection conference, chaired by Ruth Okafor (IRO). Present: Mrs Rourke with her sister Nicola Baines for support, SW Lakhani, TM Moss, DC Keel, Mr Pearce, Dean Farrell (Pathways), Jo Tate (Housing). GP report received. Lee attended the second half separately because of his bail conditions. Decision: Tyler, Poppy and Archie to be subject to child protection plans under the category of emotional abuse. Core group within 10 working days; review conference in three months.",
        KIDS
        + "; Danielle Rourke; Nicola Baines; Lee Rourke; IRO Okafor; SW Lakhani; TM Moss; DC Keel; Mr Pearce; Dean; Jo Tate",
        "E10",
    ),
    (
        POL,
        "2025-11-25",
        "ICPC attended (DC Keel). Outcome - CP plans x3 (emotional abuse). Police action: update SW on bail/CPS decision.",
        KIDS + "; DC Keel",
        "E10",
    ),
    (
        SCH,
        "2025-11-25",
        "CP conference (ICPC) - DSL attended, school report submitted. Tyler, Poppy (+ Archie) on CP plans. CP files opened, staff briefed.",
        "Tyler; Poppy; Archie; Mr Pearce",
        "E10",
    ),
    (
        SMS,
        "2025-11-25",
        "Attended initial CP conference for LR's children (DF); LR attended 2nd half. Plans made (emotional abuse). Pathways actions: weekly keywork, BrAC each session, share with core group; plan community AWD when accommodation settled.",
        "Lee Rourke; DF",
        "E10",
    ),
    (
        HSG,
        "2025-11-25",
        "ICPC attended - JT. Children subject to CP plans. Housing action: notify SW before any change of TA; consider suitability for 5 persons and school travel.",
        "Jo Tate; SW Lakhani",
        "E10",
    ),
    (
        SMS,
        "2025-11-27 11:00",
        "1:1 (DF). LR 4 cans/day, first AF day in 2 yrs (Tues). BrAC 0.00 at 11:00. Proud. Asking when he can go home.",
        "Lee Rourke; DF",
        None,
    ),
    (
        CSC,
        "2025-11-28",
        "Letter sent to Mr and Mrs Rourke confirming the conference decision and enclosing the outline child protection plan.",
        "Lee Rourke; Danielle Rourke",
        None,
    ),
    # ================= December 2025 =================
    (
        SMS,
        "2025-12-04 11:00",
        "1:1 (DF). LR 3-4 cans/day. BrAC 0.05. Bail extended? - LR unsure, 'waiting on CPS'. Discussed AWD options for Jan.",
        "Lee Rourke; DF",
        None,
    ),
    (
        GP,
        "2025-12-08 10:10",
        "Mrs Rourke - depression r/v. PHQ-9 13. Sertraline 50mg -> 100mg. Fibro pain ongoing. Routine DA enquiry - says she feels safer, H at his mother's. Sick note 4/52.",
        "Danielle Rourke; Dr Ashworth",
        None,
    ),
    # E11 core group 1
    (
        CSC,
        "2025-12-09 15:30",
        "First core group meeting at St Aidan's. Present: Mrs Rourke, SW Lakhani, Mr Pearce, Miss Rowe, Dean Farrell (Pathways); Lee joined by phone. Child protection plan set out in detail. Lee has asked to return home; this will not be agreed until the police decision is known and Pathways have given a view. Young carers group has started for Tyler. Next core group in January.",
        "Danielle Rourke; Lee Rourke; SW Lakhani; Mr Pearce; Miss Rowe; Dean; " + KIDS,
        "E11",
    ),
    (
        SCH,
        "2025-12-09 15:30",
        "Core group (1st) in school, Room 2, 3.30pm - DSL + Miss Rowe. Tyler's attendance up to 89% since breakfast club. Young Carers group (Tuesdays) started.",
        "Tyler; Mr Pearce; Miss Rowe",
        "E11",
    ),
    (
        SMS,
        "2025-12-09",
        "Core group - LR by phone with DF. LR reports 3-4 cans/day, 2 AF days a week. Wants to be home for Christmas.",
        "Lee Rourke; DF",
        "E11",
    ),
    # E12 phone call police -> CSC
    (
        POL,
        "2025-12-12 14:10",
        "CPS advice rec'd: NFA ROURKE, Lee (threats to kill / crim damage 01/11) - insufficient evidence, victim withdrawn. Bail cancelled, ROURKE informed. DC Keel updated SW P Lakhani by telephone 14:10.",
        "Lee Rourke; DC Keel; SW Lakhani",
        "E12",
    ),
    (
        CSC,
        "2025-12-12 14:10",
        "Call from DC Hannah Keel. The Crown Prosecution Service has decided not to charge Lee; his bail conditions end today and there is nothing to stop him going back to the flat. We talked about what this means for the children's safety. I will see Mrs Rourke on Monday to review the safety plan and the written agreement.",
        "DC Keel; Lee Rourke; Mrs Rourke; SW Lakhani",
        "E12",
    ),
    (
        CSC,
        "2025-12-15 10:30",
        "Visit to Carrick House. Lee moved back in on Saturday. Mrs Rourke says he is 'doing well' and only drinks in the evening. Written agreement signed by both: no drinking in the flat, Lee not to look after Archie alone if he has had a drink, keep working with Pathways. Housing letter about the move in January discussed - Mrs Rourke is upset about Northgate.",
        "Lee Rourke; Danielle Rourke; Archie Rourke; SW Lakhani",
        None,
    ),
    (
        SMS,
        "2025-12-16 11:00",
        "1:1 (DF). LR back home since Sat. BrAC 0.00 at 11:00; 3 cans/night 'after the kids are in bed'. Plan community AWD w/c 19/01 (NP Wong).",
        "Lee Rourke; DF; NP Wong",
        None,
    ),
    (
        HSG,
        "2025-12-11",
        "Letter to Mrs Rourke: Carrick House closing 05/01/26. Interim placement offered: Alder Lodge B&B, 14 Station Road, Northgate (out of borough), from 05/01/26. Right to request suitability review explained. Household composition to be confirmed (Mr Rourke on bail elsewhere).",
        "Danielle Rourke; Lee Rourke",
        None,
    ),
    (
        SCH,
        "2025-12-17 14:00",
        "Y2 nativity - Poppy an angel. Mum and Dad both attended; TA reported Dad 'smelled of drink'. Passed to DSL.",
        "Poppy; Mum; Dad; Mr Pearce",
        None,
    ),
    (
        SCH,
        "2025-12-19 12:30",
        "Last day of term. Tyler told DSL family moving to 'a hotel in Northgate' after Christmas, worried about getting to school. DSL to check with SW.",
        "Tyler; Mr Pearce",
        None,
    ),
    (
        POL,
        "2025-12-26 01:10",
        "Occ 25/1226/0061. Call from Carrick House concierge - loud music/noise Flat 6. Att 01:25. ROURKE, Lee + ROURKE, Danielle - party with relatives, no DA disclosed, children asleep in other room. Words of advice. NFA.",
        "Lee Rourke; Danielle Rourke",
        None,
    ),
    # ================= January 2026 =================
    # E13 the move to the Northgate B&B
    (
        HSG,
        "2026-01-05 10:00",
        "Household (2 adults, 3 children) moved from Carrick House to interim B&B: Alder Lodge, 14 Station Rd, Northgate - Rooms 8 + 9 (family room + adjoining single), shared kitchen/bathroom. Out of borough - Northgate notified (s208). Travel: 2 buses to St Aidan's, ~70 min. Children's travel passes requested. SW P Lakhani informed by email.",
        "Lee Rourke; Danielle Rourke; " + KIDS + "; Jo Tate; SW Lakhani",
        "E13",
    ),
    (
        CSC,
        "A:2026-01-05:2026-01-09:w/c 5 January 2026",
        "The family moved out of Carrick House into bed and breakfast accommodation arranged by Housing Options (Alder Lodge, Station Road, Northgate). Five of them in two small rooms with a shared kitchen; school is now more than an hour away by bus. Northgate Children's Services told that the children are living in their area (child protection plans stay with Hartfield).",
        KIDS + "; Danielle Rourke; Lee Rourke",
        "E13",
    ),
    (
        SCH,
        "2026-01-06 09:50",
        "Tyler & Poppy arrived 09:50 - Mum rang ahead: family moved yesterday to B&B in Northgate, 2 buses. Address updated on MIS. Tyler carrying Poppy's bag and his own, exhausted. DSL emailed SW re travel.",
        "Tyler; Poppy; Mum; Mr Pearce; SW Lakhani",
        "E13",
    ),
    (
        CSC,
        "2026-01-07 16:30",
        "Statutory visit to Alder Lodge. Rooms 8 and 9 are clean but cramped; the kettle and a microwave are the only cooking. Lee sober; Mrs Rourke tearful and in pain after the journey. Archie was climbing on the wardrobe. Tyler said the buses take 'forever' and Poppy falls asleep on them.",
        KIDS + "; Danielle Rourke; Lee Rourke; SW Lakhani",
        None,
    ),
    (
        HSG,
        "2026-01-08",
        "Travel passes (Tyler, Poppy) approved - posted to Alder Lodge. B&B manager (H Sandhu) reports family settled; reminded of no cooking in rooms rule.",
        "Tyler; Poppy; Mr Sandhu",
        None,
    ),
    # E14 core group 2
    (
        CSC,
        "2026-01-13 15:30",
        "Second core group at St Aidan's. Present: Mrs Rourke, Lee, SW Lakhani, Mr Pearce, Jo Tate (Housing). Pathways sent an update by email. Main issues: travelling from Northgate - late every day, Tyler has missed 3 of the first 6 days; five people in two rooms; Lee starting a community alcohol detox on 19 January. Actions: Housing to look at in-borough options; school to allow late arrival without sanction for now; all medication to be kept locked away during the detox.",
        "Danielle Rourke; Lee Rourke; SW Lakhani; Mr Pearce; Jo Tate; " + KIDS,
        "E14",
    ),
    (
        SCH,
        "2026-01-13 15:30",
        "Core group (2nd) in school - DSL. Attendance since move: Tyler 50%, Poppy 58%. Late passes agreed, no sanctions this half-term. Housing officer attended.",
        "Tyler; Poppy; Mr Pearce; Jo Tate",
        "E14",
    ),
    (
        HSG,
        "2026-01-13",
        "Core group at St Aidan's Primary (JT). Raised: B&B for families with children not to exceed 6 wks (from 05/01) - priority for self-contained TA in borough. Action: suitability review + transfer list.",
        "Jo Tate",
        "E14",
    ),
    (
        SMS,
        "2026-01-15 11:00",
        "Pre-AWD review (NP Wong + DF). LR 3-4 cans/day, BrAC 0.12. Community AWD from Mon 19/01: chlordiazepoxide reducing regime over 7 days. Daily pick-up not practical from Northgate - 7 days to be dispensed at once with lockable medicines box; partner to hold the key.",
        "Lee Rourke; NP Wong; DF; Danielle",
        None,
    ),
    (
        SMS,
        "2026-01-19 10:00",
        "AWD day 1 at Pathways (NP Wong). BrAC 0.00. CIWA-Ar 9. Chlordiazepoxide 20mg qds day 1-2, reducing to day 7. 7-day supply + lockable box issued. Thiamine. Daily phone check by DF.",
        "Lee Rourke; NP Wong; DF",
        None,
    ),
    (
        SCH,
        "2026-01-20 09:05",
        "Tyler absent - no call. Office rang Mum 09:30: 'Lee's not well, Tyler's helping with Archie'. Unauthorised. DSL emailed SW.",
        "Tyler; Mum; Lee; Archie; Mr Pearce",
        None,
    ),
    (
        SMS,
        "2026-01-22",
        "AWD day 4 - phone check (DF). LR 'shaky but OK', says no alcohol. Reports lid of medicines box 'doesn't shut properly' - advised keep it on a high shelf, replacement box to be sent.",
        "Lee Rourke; DF",
        None,
    ),
    # E15 Archie's ingestion (Sat), EDT, police, ward discharge, Monday calls, GP summary
    (
        ACU,
        "2026-01-24 17:05",
        "Paed ED: Archie 3y, BIBA with mother. Found ~16:15 in B&B room with father's chlordiazepoxide capsules - up to 6 x 10mg unaccounted for. Father asleep in the room at the time; mother reports he had been drinking. On arrival drowsy, GCS 13 (E3 V4 M6), RR 20, SpO2 97% air, HR 98. TOXBASE - supportive care + obs. Admitted Ward 12 for monitoring. Known CP plan - EDT informed 17:40; police informed (parent intoxicated).",
        "Archie Rourke; Danielle Rourke; Lee Rourke",
        "E15",
    ),
    (
        POL,
        "2026-01-24 18:10",
        "Occ 26/0124/0788. Call from Paed ED Hartfield General - 3yo ingested father's prescribed meds, father intox. Att Alder Lodge B&B, Northgate 18:40. ROURKE, Lee present, smelling of intox liquor but coherent; states capsules were 'in the box on the shelf'. Box seen - lid broken. 2 other children (10, 6) present + safe. BAINES, Nicola (maternal aunt) arrived 19:30 to care overnight; ROURKE to mother's addr. No offences disclosed at this time. Shared with CSC EDT.",
        "Lee Rourke; Archie Rourke; Tyler Rourke; Poppy Rourke; Nicola Baines",
        "E15",
    ),
    (
        CSC,
        "2026-01-24 19:55",
        "EDT: call from the children's emergency department at 5.40pm and then from police. Archie (3), who is on a child protection plan, swallowed some of his father's detox medication at the B&B in Northgate; he is drowsy and has been admitted to the children's ward overnight with his mother. Lee had been drinking. Tyler and Poppy are with their aunt Nicola Baines, who will stay with them at the B&B tonight; checks on Nicola clear. Lee agreed to go to his mother's. Day team to arrange a strategy discussion.",
        "Archie Rourke; Lee Rourke; Danielle Rourke; Tyler Rourke; Poppy Rourke; Nicola Baines; Pauline Rourke",
        "E15",
    ),
    (
        SCH,
        "2026-01-26 08:55",
        "Mum rang office: Archie in hospital since Saturday after swallowing 'some of Lee's tablets', she is still with him. Tyler & Poppy staying with Auntie Nic - will be late. DSL informed, emailed SW. T & P arrived 10:40 with aunt.",
        "Mum; Archie; Lee; Tyler; Poppy; Auntie Nic; Mr Pearce; SW Lakhani",
        "E15",
    ),
    (
        SMS,
        "2026-01-26 09:30",
        "Call from Meg Carter (safeguarding nurse, Hartfield General): LR's son Archie (3) admitted Sat 24/01 after taking LR's chlordiazepoxide from the AWD supply. LR reportedly drank during detox. AWD suspended; NP Wong informed, remaining capsules to be returned. DF to attend strategy discussion.",
        "Lee Rourke; Archie; SN Carter; NP Wong; DF",
        "E15",
    ),
    (
        ACU,
        "2026-01-26 11:30",
        "Paed ward (Ward 12) discharge summary - Archie 3y. Accidental ingestion chlordiazepoxide (up to 60mg). Drowsy ~12h, GCS 15 from 04:00 25/01, no respiratory compromise, no treatment required. Reviewed by Dr F Grant. Safeguarding: strategy discussion being arranged by Hartfield CSC - SN Carter liaising. D/c with mother once safe storage confirmed by SW. Copy to GP.",
        "Archie Rourke; Danielle Rourke; Dr Grant; SN Carter",
        "E15",
    ),
    (
        CSC,
        "2026-01-26 14:00",
        "Visited Archie on Ward 12 with his mother. He was bright and playing with the ward's toys. Mrs Rourke said she was in the shared bathroom when it happened and Lee 'was meant to be watching him'. Confirmed with the ward that Lee has no medication left at the B&B; Archie can go home today.",
        "Archie Rourke; Danielle Rourke; Lee Rourke; SW Lakhani",
        None,
    ),
    # E16 strategy discussion after the ingestion (GP files minutes 6 days later)
    (
        CSC,
        "2026-01-27 10:00",
        "Strategy discussion (Teams) chaired by TM Moss after Archie's admission. Present: SW Lakhani, DS Lowther (police), Dr Fiona Grant (consultant paediatrician), Meg Carter (hospital safeguarding nurse), Dean Farrell (Pathways), Mr Pearce (DSL). Archie is already on a child protection plan; the ingestion happened while Lee was drinking during his detox and the medicines box was broken. Agreed: section 47 enquiry for Archie (neglect) alongside the existing plan; no criminal investigation; Lee's medication only to be dispensed daily in future; Lee not to be the only carer for any of the children; joint visit with Pathways on 29 January to check safe storage.",
        "Archie Rourke; Lee Rourke; TM Moss; SW Lakhani; DS Lowther; Dr Grant; SN Carter; Dean; Mr Pearce",
        "E16",
    ),
    (
        POL,
        "2026-01-27 10:00",
        "Strat disc (Teams) re ROURKE, Archie - ingestion 24/01 (occ 26/0124/0788). DS Lowther. Outcome: single-agency s47 (CSC). Police NFA - accidental, no evidence of wilful neglect at this time.",
        "Archie Rourke; DS Lowther",
        "E16",
    ),
    (
        ACU,
        "2026-01-27 10:00",
        "Safeguarding team: strategy meeting via Teams re Archie Rourke (Dr Grant, SN Carter). Medical opinion: accidental ingestion, clinical course consistent with history given. Hospital actions complete; d/c summary sent to GP and SW.",
        "Archie Rourke; Dr Grant; SN Carter",
        "E16",
    ),
    (
        SMS,
        "2026-01-27",
        "Strategy discussion (CSC-led, Teams) - DF attended. Outcome: CP enquiry re Archie; LR not to be sole carer; any further AWD inpatient or with daily dispensing only. Joint visit with SW Thu.",
        "Archie; Lee Rourke; DF; SW Lakhani",
        "E16",
    ),
    (
        CSC,
        "2026-01-28",
        "Management oversight (TM Moss): strategy outcome agreed. Update the written agreement; ask Housing to treat the move back to Hartfield as urgent; consider a legal planning meeting if there is a further incident.",
        "TM Moss; Lee Rourke",
        None,
    ),
    # E17 joint visit CSC + Pathways; GP appointment the same afternoon is a different happening
    (
        CSC,
        "2026-01-29 11:00",
        "Joint home visit to Alder Lodge with Dean Farrell from Pathways. Mrs Rourke, Lee and Archie there (Archie home since Monday, well and playing). New lockable medicines box fitted inside the wardrobe; Lee has no medication at the B&B. Lee admitted drinking on day 5 of the detox 'to take the edge off'. Written agreement re-signed: Lee not to care for the children alone.",
        "Danielle Rourke; Lee Rourke; Archie Rourke; Dean; SW Lakhani",
        "E17",
    ),
    (
        SMS,
        "2026-01-29 11:00",
        "JV with SW P Lakhani at B&B, Northgate (DF). Safe storage: new lockable box fitted, no meds on site. LR BrAC 0.09 at 11:15. AWD abandoned - re-plan: cut down, then inpatient detox referral. Agreement signed.",
        "Lee Rourke; SW Lakhani; DF",
        "E17",
    ),
    (
        GP,
        "2026-01-29 16:20",
        "AR 3y - seen with Mum. Cough/coryza 4/7, tugging R ear. R TM dull, not bulging. Imp URTI/OME - no abx, review if worse. Mum says he is 'fine after the tablets thing' - hosp letter not yet rec'd.",
        "Archie; Mum; Dr Ashworth",
        None,
    ),
    (
        SCH,
        "M:2026-01",
        "Attendance summary January 2026 - Tyler 64%, Poppy 70% (since move to Northgate B&B). Stage 1 attendance letter to parents.",
        "Tyler; Poppy; Mum; Dad",
        None,
    ),
    # ================= February 2026 =================
    (
        GP,
        "2026-02-02",
        "Minutes strategy discussion 27/01/26 (AR) received by email - GP not invited. s47 (neglect); LR meds to be dispensed daily; GP to avoid benzodiazepine prescribing for LR outside Pathways plan. Noted.",
        "AR; LR",
        "E16",
    ),
    (
        SCH,
        "2026-02-03 09:30",
        "Tyler absent - Mum rang: her 'back's gone', Tyler needed to help with Archie. Unauthorised. DSL informed SW by email.",
        "Tyler; Mum; Archie; Mr Pearce; SW Lakhani",
        None,
    ),
    (
        GP,
        "2026-02-04",
        "Discharge summary Hartfield General, Ward 12, 24-26/01/26 - AR: accidental ingestion chlordiazepoxide (father's), obs only, no sequelae. Safeguarding: CSC aware. Coded accidental poisoning. No GP action; CP alert already present.",
        "AR; Lee Rourke",
        "E15",
    ),
    (
        SCH,
        "2026-02-05 15:30",
        "Attendance support meeting (attendance officer + DSL) with Mum. Tyler 61% since Jan. Barriers: 2 buses, Mum's health, Archie at home. Agreed: Tyler not to be kept off to care; late gate; breakfast club when possible.",
        "Tyler; Mum; Archie; Mr Pearce",
        None,
    ),
    (
        SMS,
        "2026-02-05 11:00",
        "1:1 (DF) at Pathways. LR 5 cans/day, BrAC 0.14. Guilt re Archie - 'could have killed him'. Inpatient detox (Ashby Unit) discussed - LR agrees to referral.",
        "Lee Rourke; Archie; DF",
        None,
    ),
    (
        GP,
        "2026-02-09 09:40",
        "Mrs Rourke - depression/fibro r/v. PHQ-9 17 - worse since move to B&B and son's admission. Sertraline 100mg continue. Talking therapies self-referral info. Routine DA enquiry - 'he's not been violent since November'.",
        "Danielle Rourke; Archie; Dr Ashworth",
        None,
    ),
    # E18 CSC letter supporting transfer, received by Housing 8 days later
    (
        CSC,
        "2026-02-10",
        "Letter sent to Housing Options (Jo Tate) supporting the family's request for self-contained temporary accommodation back in Hartfield: all three children are on child protection plans; the family has been in bed and breakfast for five weeks; Tyler and Poppy travel over an hour each way and their attendance has dropped; the lack of safe space contributed to Archie's accidental ingestion. Copy to Mr and Mrs Rourke.",
        "Jo Tate; " + KIDS + "; SW Lakhani; Mr Rourke; Mrs Rourke",
        "E18",
    ),
    (
        SMS,
        "2026-02-12 11:00",
        "1:1 (DF). LR 4 cans/day, 1 AF day. BrAC 0.08. Inpatient detox referral sent to Ashby Unit - waiting list ~8 wks.",
        "Lee Rourke; DF",
        None,
    ),
    (
        CSC,
        "2026-02-12 16:00",
        "Statutory visit to Alder Lodge. All three children seen; Archie's cough better. Tyler was making noodles in the shared kitchen for Poppy. Lee out at Pathways. Mrs Rourke asked whether Housing had received my letter.",
        KIDS + "; Danielle Rourke; Lee Rourke; SW Lakhani",
        None,
    ),
    (
        HSG,
        "2026-02-18",
        "Letter rec'd from Hartfield CSC (SW P Lakhani, dated 10/02/26) supporting move to self-contained TA in borough: CP plans x3, school travel, child's ingestion at B&B. On file for suitability review; priority band raised to A. Household now 6+ wks in B&B.",
        "SW Lakhani; Jo Tate",
        "E18",
    ),
    (
        POL,
        "2026-02-20",
        "Report submitted to conference team for RCPC 24/02 re ROURKE children: no further DA incidents since 01/11/25; ingestion 24/01 - NFA police. Unable to attend.",
        KIDS,
        None,
    ),
    # E19 review conference
    (
        CSC,
        "2026-02-24 10:00",
        "Review child protection conference (chair Ruth Okafor). Present: Mr and Mrs Rourke, SW Lakhani, Mr Pearce, Dr Ashworth (GP), Dean Farrell (Pathways), Jo Tate (Housing, by Teams). Police report received. Progress: Lee engaging but still drinking daily; detox stopped after Archie's ingestion; family still in bed and breakfast in Northgate; Tyler's attendance 61% and he still carries a heavy caring load. All three children remain subject to child protection plans; category changed to neglect and emotional abuse. Next review in six months.",
        KIDS
        + "; Lee Rourke; Danielle Rourke; IRO Okafor; SW Lakhani; Mr Pearce; Dr Ashworth; Dean; Jo Tate",
        "E19",
    ),
    (
        SCH,
        "2026-02-24",
        "RCPC - DSL attended. All 3 remain on CP plans. School report: Tyler 61%, Poppy 66% since move; YC group attended when in school.",
        "Tyler; Poppy; Archie; Mr Pearce",
        "E19",
    ),
    (
        GP,
        "2026-02-24",
        "Dr Ashworth attended RCPC (Hartfield Civic Centre). Remain CP plans x3 (neglect/emotional). GP actions: no benzos for LR outside Pathways plan; DR depression r/v monthly.",
        "TR; PR; AR; LR; Danielle Rourke; Dr Ashworth",
        "E19",
    ),
    (
        SMS,
        "2026-02-24",
        "RCPC attended (DF) with LR. CP plans continue. Pathways: inpatient detox referral (Ashby Unit) - awaiting bed date; weekly BrAC; report to core group.",
        "Lee Rourke; DF",
        "E19",
    ),
    (
        HSG,
        "2026-02-24",
        "Review CP conference - JT by Teams. Update given: priority band A, self-contained TA in Hartfield being sought; B&B at 7 wks.",
        "Jo Tate",
        "E19",
    ),
    # ================= March 2026 =================
    (
        SMS,
        "2026-03-05 11:00",
        "1:1 (DF). LR 4-5 cans/day, BrAC 0.11. Low mood, 'stuck in one room'. Ashby bed date still awaited.",
        "Lee Rourke; DF",
        None,
    ),
    # E20 Tyler missing and found (Fri), EDT, school notified on Monday
    (
        POL,
        "2026-03-06 19:45",
        "Occ 26/0306/1402. MISPER - ROURKE, Tyler, 10y, CP plan. Reported by mother 19:38: not returned to Alder Lodge B&B after school (school confirm left 15:20 on foot). Phone off. Risk HIGH (age/vulnerability). Enquiries: bus CCTV, Carrick House area, school friends.",
        "Tyler Rourke; Danielle Rourke",
        "E20",
    ),
    (
        POL,
        "2026-03-06 22:20",
        "MISPER ROURKE, Tyler FOUND 22:05 safe and well at 7 Linnet Close, Hartfield (friend's addr - ELLISON, Leanne). Went home with friend after school, 'didn't want to go back to the hotel'. Returned to mother by officers 22:50. Safe & well check - no injuries, no disclosures. RHI referral to CSC.",
        "Tyler Rourke; Leanne Ellison; Danielle Rourke",
        "E20",
    ),
    (
        CSC,
        "2026-03-06 23:10",
        "EDT: police told us that Tyler (10, child protection plan) was reported missing by his mother at 7.40pm when he did not come back from school, and was found at 10.05pm at a school friend's house in Hartfield. He said he did not want to go back to the B&B. Police took him back to his mother. Day team to arrange a return home interview.",
        "Tyler Rourke; Danielle Rourke",
        "E20",
    ),
    (
        SCH,
        "2026-03-09 08:40",
        "Police missing-person notification rec'd 08:15: Tyler reported missing Fri evening 06/03, found same night at a Y6 friend's house. DSL spoke to Tyler at breakfast club - 'I just wanted to be normal for one night'. SW informed.",
        "Tyler; Mr Pearce; SW Lakhani",
        "E20",
    ),
    (
        CSC,
        "2026-03-11 16:00",
        "Return home interview with Tyler at Alder Lodge (completed by SW as the return home worker was off sick). Tyler said he went to Kai's because it was 'like before, when we had a house'. He knew his mum would worry but 'everyone was shouting'. No exploitation indicators. Agreed he will text his mum if he wants to go to a friend's.",
        "Tyler Rourke; Danielle Rourke; SW Lakhani",
        None,
    ),
    (
        SMS,
        "2026-03-12 11:00",
        "1:1 (DF). LR disclosed heavy weekend drinking (12+ cans Sat) after Tyler 'ran off'. BrAC 0.27. Relapse prevention reviewed. Ashby bed offered for 20/04.",
        "Lee Rourke; Tyler; DF",
        None,
    ),
    # E21 domestic incident at the B&B (Sat) and Monday notifications
    (
        POL,
        "2026-03-21 22:35",
        "Occ 26/0321/1766. 999 from B&B manager (SANDHU) - disturbance Room 8 Alder Lodge, Station Rd, Northgate. Att 22:49. ROURKE, Lee intox, had kicked door panel in. ROURKE, Danielle states he grabbed her arm + threw her phone - red mark L forearm. 3 x children present, 10yo had taken siblings into adjoining room. ROURKE arrested - battery, crim damage. DASH HIGH (repeat). PPN submitted, repeat MARAC ref.",
        "Mr Sandhu; Lee Rourke; Danielle Rourke; " + KIDS,
        "E21",
    ),
    (
        POL,
        "2026-03-22 11:30",
        "ROURKE, Lee charged - battery + crim damage (occ 26/0321/1766). Bailed to Hartfield Magistrates 15/04/26. Conditions: no contact ROURKE, Danielle; not to attend Alder Lodge; reside 22 Fairview Road.",
        "Lee Rourke; Danielle Rourke",
        None,
    ),
    (
        SCH,
        "2026-03-23 08:30",
        "Op Encompass rec'd (via Hartfield hub - incident in Northgate area): DA at family's B&B Sat night, children present. DSL saw Tyler - 'I took them in the other room like before'. Poppy clingy with class TA. Logged.",
        "Tyler; Poppy; Mr Pearce",
        "E21",
    ),
    (
        CSC,
        "2026-03-23 09:30",
        "Police Protection Notice for Saturday night. At the bed and breakfast Lee, drunk, grabbed Danielle's arm, threw her phone and kicked a door in; the children were there and Tyler again took his brother and sister into the other room. Lee was charged with battery and criminal damage and bailed to appear at the magistrates' court on 15 April, not to contact Danielle or go to Alder Lodge. Discussed with TM Moss: legal planning meeting to be requested.",
        "Lee Rourke; Danielle Rourke; " + KIDS + "; TM Moss",
        "E21",
    ),
    (
        HSG,
        "2026-03-23",
        "Incident report from Alder Lodge manager (H Sandhu): police called Sat night 21/03 to Room 8 - Mr Rourke drunk, door damaged, arrested. Manager asks that Mr Rourke does not return. Agreed - LR excluded from placement; Mrs Rourke + 3 children remain. Damage recharge £85 to LR.",
        "Mr Sandhu; Lee Rourke; Danielle Rourke; Jo Tate",
        "E21",
    ),
    (
        CSC,
        "2026-03-26 14:00",
        "Legal planning meeting with Legal Services and TM Moss. The threshold for care proceedings is not met at present, but there is a pattern of incidents despite the plan. Agreed to start the Public Law Outline pre-proceedings process; letter before proceedings to go to both parents.",
        "TM Moss; SW Lakhani; Lee Rourke; Danielle Rourke",
        None,
    ),
    (
        SMS,
        "2026-03-26 11:00",
        "1:1 (DF) - LR at mother's address. Drinking 10+ cans/day since arrest. BrAC 0.38. Ashby bed 20/04 - LR 'will think about it'. Court 15/04.",
        "Lee Rourke; DF",
        None,
    ),
    (
        HSG,
        "2026-03-27",
        "Offer of self-contained TA: 3-bed house, 31 Wren Street, Hartfield, available 02/04/26. Mrs Rourke viewed + accepted. LR not on licence (bail / MARAC).",
        "Danielle Rourke; Lee Rourke; Jo Tate",
        None,
    ),
    # ================= April 2026 =================
    (
        CSC,
        "2026-04-01",
        "Letter before proceedings sent to Mr and Mrs Rourke (hand delivered to Mrs Rourke, posted to Lee at Fairview Road), inviting them to a pre-proceedings meeting on 22 April and advising them to get legal advice.",
        "Lee Rourke; Danielle Rourke",
        None,
    ),
    # E22 the move back to Hartfield
    (
        HSG,
        "2026-04-02 11:00",
        "Mrs Rourke + 3 children moved from Alder Lodge B&B (Northgate) to self-contained TA, 31 Wren Street, Hartfield. Keys + licence signed. Northgate notified placement ended. Sanctuary check booked. B&B placement 05/01-02/04 (12+ wks).",
        "Danielle Rourke; " + KIDS + "; Jo Tate",
        "E22",
    ),
    (
        CSC,
        "A:2026-03-30:2026-04-10:Easter holidays 2026",
        "Over the Easter holidays Mrs Rourke and the children moved back to Hartfield, into a three-bedroom house at 31 Wren Street arranged by Housing Options as temporary accommodation. Lee is not on the licence. First visit to the new address booked for 14 April.",
        "Danielle Rourke; " + KIDS + "; Lee Rourke",
        "E22",
    ),
    (
        GP,
        "2026-04-07 10:50",
        "TR 10y - headaches 3/52, frontal, after school, no red flags. Vision check advised. BP normal, fundi NAD. Sleep poor - 'worrying about Mum'. Young carer - noted. Simple analgesia, fluids, optician.",
        "Tyler; Mum; Dr Ashworth",
        None,
    ),
    (
        SCH,
        "2026-04-13 08:45",
        "First day back after Easter. Tyler & Poppy on time (08:40) - family moved back to Hartfield over the holidays (31 Wren St, 10 min walk). Address updated on MIS. Tyler: 'I've got my own room'.",
        "Tyler; Poppy",
        "E22",
    ),
    (
        CSC,
        "2026-04-14 16:00",
        "First visit to 31 Wren Street. Three bedrooms, garden, working kitchen. Tyler showed me his room. Mrs Rourke more relaxed; she says Lee has been texting about the children and she has not replied. Safety plan updated for the new address.",
        "Tyler Rourke; Danielle Rourke; Lee Rourke; SW Lakhani",
        None,
    ),
    # E23 the court hearing, recorded by police and (from probation's notice) Pathways
    (
        POL,
        "2026-04-15",
        "Hartfield Magistrates - ROURKE, Lee pleaded guilty battery + crim damage (occ 26/0321/1766). Sentence: 12m community order - alcohol treatment requirement 6m, 20 RAR days; restraining order 12m (no contact ROURKE, Danielle except via solicitor re child arrangements).",
        "Lee Rourke; Danielle Rourke",
        "E23",
    ),
    (
        SMS,
        "2026-04-15",
        "Notification from probation court team 16:30: LR sentenced today at magistrates' court - community order incl. ATR 6 months. ATR induction booked 21/04 with DF. LR declined Ashby bed 20/04 (prefers community).",
        "Lee Rourke; DF",
        "E23",
    ),
    (
        SMS,
        "2026-04-21 10:00",
        "ATR induction (DF). LR 8 cans/day, BrAC 0.22. ATR plan: weekly 1:1 + group, monthly review with probation. Goals: reduce, then community AWD with daily dispensing from Fairview Rd pharmacy.",
        "Lee Rourke; DF",
        None,
    ),
    (
        CSC,
        "2026-04-22 10:00",
        "Pre-proceedings meeting at the Civic Centre with Mrs Rourke and her solicitor; Lee attended separately with his solicitor. Expectations explained: Lee's alcohol treatment, no contact with Danielle outside the order, Tyler's caring role to be reduced with a carers' support package, school attendance. Review in 12 weeks.",
        "Danielle Rourke; Lee Rourke; Tyler Rourke; SW Lakhani; TM Moss",
        None,
    ),
    (
        SCH,
        "2026-04-27",
        "Weekly check-in (DSL). Tyler attendance 100% since Easter. Says Mum 'gets up more now', Auntie Nic helping. Young carers group ongoing.",
        "Tyler; Mum; Auntie Nic; Mr Pearce",
        None,
    ),
    # ================= May 2026 =================
    (
        HSG,
        "2026-05-06",
        "Tenancy sustainment visit 31 Wren St (JT). Mrs Rourke settled, children at school. Arrears arrangement maintained. No concerns re LR attending.",
        "Danielle Rourke; Jo Tate",
        None,
    ),
    (
        CSC,
        "2026-05-07 15:45",
        "Statutory visit to Wren Street. All three children seen. Archie has started at a nursery two mornings a week (funded place). Poppy showed me her reading book. Tyler said he still 'does Archie's bath' but gets to play football on Saturdays now.",
        KIDS + "; SW Lakhani",
        None,
    ),
    (
        POL,
        "2026-05-09 14:20",
        "Occ 26/0509/0925. Call from ROURKE, Danielle - believes ex-partner ROURKE, Lee walked past 31 Wren St. Att - area search neg, no contact made. Restraining order reminder to ROURKE by phone. NFA.",
        "Danielle Rourke; Lee Rourke",
        None,
    ),
    (
        SCH,
        "2026-05-11",
        "SATs week - Tyler in all papers, on time each day. Breakfast club provided. Said 'I did my best'.",
        "Tyler; Mr Pearce",
        None,
    ),
    (
        SMS,
        "2026-05-12 10:00",
        "ATR monthly review with probation (DF). LR 4 cans/day, 3 AF days/week, BrAC 0.00 at 10:00. Community AWD with daily dispensing to be planned for June.",
        "Lee Rourke; DF",
        None,
    ),
    (
        GP,
        "2026-05-14 09:30",
        "Mrs Rourke - depression/fibro r/v. PHQ-9 11, improving since move. Sertraline 100mg. Sleeping better. Routine DA enquiry - feels safe, restraining order in place.",
        "Danielle Rourke; Dr Ashworth",
        None,
    ),
    (
        CSC,
        "2026-05-21",
        "Young carers assessment completed with Tyler and his mother (with Hartfield Carers Centre). Tyler's caring tasks to reduce: adult social care assessment for Mrs Rourke requested; Archie's nursery hours to increase from June; Tyler to keep his Saturday football and young carers group.",
        "Tyler Rourke; Danielle Rourke; Archie Rourke; SW Lakhani",
        None,
    ),
    (
        HSG,
        "M:2026-05",
        "May 2026 - TA charge arrears cleared (HB backdated). Household remains in 31 Wren St pending permanent offer; band A.",
        "Danielle Rourke",
        None,
    ),
]


def main():
    out = HERE / "case_ah.json"
    casegen.build(
        "ah",
        "Family of five in temporary accommodation: father's alcohol dependence and domestic "
        "abuse, a 3-year-old's ingestion of his father's detox medication, a 10-year-old young "
        "carer missing school, an out-of-borough B&B placement midway; 7 agencies, "
        "Sep 2025 - May 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
