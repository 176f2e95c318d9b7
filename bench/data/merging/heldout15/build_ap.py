# ruff: noqa
"""Writing aid for HELD-OUT case ap (fictional; written blind, see README.md here).

    python3 bench/data/merging/heldout15/build_ap.py   # writes heldout15/case_ap.json

A 13-year-old boy (Kian) who is a young carer for his father Sean, who is alcohol dependent;
school non-attendance with a pattern of unverifiable excuses phoned in by the father, a knife
found in his school bag, self-harm, a house fire at the father's flat, private fostering with
his paternal uncle Declan, and an overdose. Seven agencies, Oct 2025 - Sep 2026. Every entry is
written by hand (no random filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("camhs", "%a %d %b %Y")  # Tue 03 Mar 2026
casegen.STYLES.setdefault("fire", "%d %b %y")  # 21 Mar 26

CSC = "Children's Social Care"
POL = "Police"
SCH = "Northbrook Academy"
GP = "Castlegate Medical Practice"
ACU = "Acute hospital"
CAM = "CAMHS"
FRS = "Fire and rescue service"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (SCH, "education", "school"),
    (GP, "health", "gp"),
    (ACU, "health", "health"),
    (CAM, "health", "camhs"),
    (FRS, "other", "fire"),
]

PEOPLE = [
    ("Kian Doherty", ["Kian", "KD"], "Child K", "child"),
    ("Sean Doherty", ["Sean", "Mr Doherty", "Dad", "SD"], "Father", "parent"),
    ("Joanne Pryor", ["Joanne", "Mum", "Ms Pryor"], "Mother (lives in Leeds)", "parent"),
    (
        "Declan Doherty",
        ["Declan", "Uncle Declan", "uncle", "DD"],
        "Paternal uncle (private foster carer)",
        "family",
    ),
    ("Nicola Hart", ["Nicola", "Ms Hart"], "Uncle's partner", "other_adult"),
    ("Reece Allen", ["Reece"], "Older pupil (Y11)", "child"),
    ("Priya Anand", ["SW Anand", "Priya"], "Social worker", "professional"),
    ("Gareth Lowe", ["TM Lowe"], "Team manager", "professional"),
    (
        "Alison Grant",
        ["IRO Grant"],
        "Independent reviewing officer / conference chair",
        "professional",
    ),
    ("Ian Fletcher", ["Mr Fletcher", "DSL Fletcher", "IF"], "School DSL", "professional"),
    (
        "Dawn Pickering",
        ["Mrs Pickering", "AO Pickering", "DP"],
        "School attendance officer",
        "professional",
    ),
    ("Sarah Kerr", ["Miss Kerr", "HoY Kerr"], "Head of Year 9", "professional"),
    ("Raj Mistry", ["Dr Mistry", "RM"], "GP", "professional"),
    ("Ellie Barnes", ["Ellie", "EB"], "CAMHS practitioner", "professional"),
    ("Tomasz Nowak", ["Dr Nowak"], "CAMHS consultant psychiatrist", "professional"),
    ("Sofia Greco", ["Dr Greco"], "Consultant paediatrician", "professional"),
    ("Marcus Obi", ["PC Obi"], "Police school liaison officer", "professional"),
    ("Rachel Coyle", ["DS Coyle"], "Detective sergeant", "professional"),
    ("Steve Hollis", ["WM Hollis"], "Fire watch manager", "professional"),
    ("Karen Webb", ["CSA Webb", "Ms Webb"], "Fire community safety adviser", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- October 2025 ----------------
    (
        SCH,
        "2025-10-03 09:15",
        "AO (DP): 4-week attendance check Y9. Kian 81% (6 sessions missed). All absences phoned in by Dad: 'dentist' 18.09, 'sickness bug' 25-26.09. No evidence provided. Attendance letter 1 sent home.",
        "Kian; Dad; AO Pickering",
        None,
    ),
    (
        GP,
        "2025-10-06 09:50",
        "SD - alcohol r/v. ~20u/day cider, drinks on waking, shakes if stops. AUDIT 31. Declines community detox 'not yet'. Bloods. Lives with son (13) - 'he helps out loads'. R/v 4/52.",
        "Sean Doherty; Kian; Dr Mistry",
        None,
    ),
    (
        SCH,
        "2025-10-09 08:40",
        "AO: Dad rang 08:40 - Kian at the dentist this morning, 'in by lunch'. Not in by end of day. Second dentist appointment this half term. Logged for attendance review.",
        "Kian; Dad; AO Pickering",
        None,
    ),
    (
        SCH,
        "2025-10-14 11:00",
        "AO home visit 11:00 after no answer to first-day calls. Kian opened the door in a hoodie - said Dad 'poorly' and he didn't want to leave him. Dad heard upstairs, not seen. Strong smell of stale alcohol in hallway. Kian came back to school with AO 11:45.",
        "Kian; Dad; AO Pickering",
        None,
    ),
    # E01 school referral sent / received by CSC six days later
    (
        SCH,
        "2025-10-16 15:10",
        "DSL (IF): MARF submitted online to MASH. Attendance 76%, Dad's reasons don't add up (dentist x2, bug), AO HV 14.10 (alcohol smell, Kian looking after Dad), Dad smelt of drink at Y9 parents' evening 02.10. Kian told HoY he does 'the shopping and the tea'. Possible young carer. Dad rang 15:30 - agreed 'if it gets me some help'.",
        "Kian; Dad; Mr Fletcher; Miss Kerr; AO Pickering",
        "E01",
    ),
    (
        GP,
        "2025-10-20 12:10",
        "SD - bloods back: GGT 412, ALT 88, MCV 104. Discussed. Thiamine started. Still declines Pathways referral. R/v 4/52.",
        "Sean Doherty; Dr Mistry",
        None,
    ),
    (
        CSC,
        "2025-10-22 10:30",
        "Referral received through the MASH from Northbrook Academy (form dated 16 October 2025, held in the portal queue during last week's system outage). The school is worried that Kian's attendance has dropped to about three quarters, that the reasons his father Sean Doherty gives for absences cannot be checked, and that Kian seems to be looking after his father, who is believed to be drinking heavily. Mr Doherty has consented. No previous referrals. Decision: child and family assessment; young carer needs to be considered.",
        "Kian Doherty; Sean Doherty",
        "E01",
    ),
    (
        SCH,
        "2025-10-23 08:35",
        "AO: Dad rang 08:35 - Kian off 'with his chest', probably tomorrow too. No doctor mentioned.",
        "Kian; Dad; AO Pickering",
        None,
    ),
    # ---------------- November 2025 ----------------
    (
        CSC,
        "2025-11-03",
        "Case allocated to me (Priya Anand). Phoned Mr Doherty to introduce myself and arrange a home visit; at 11am his speech was slurred and he asked me to ring back 'after dinner'. Spoke by phone to Kian's mother Joanne Pryor in Leeds: she left in 2021, has Kian in some school holidays, and says Sean's drinking 'has always been the problem'.",
        "Kian Doherty; Sean Doherty; Joanne Pryor; SW Anand",
        None,
    ),
    (
        CSC,
        "2025-11-05 16:00",
        "Home visit to 14 Ropewalk Court (first-floor flat). Mr Doherty was shaky but able to talk; he said he has 'a few cans' to stop the shakes. Kian showed me the kitchen - he cooks pasta or noodles most nights, does the washing and collects his dad's prescriptions. Little food in; a chip pan on the hob. Seen alone in his bedroom, Kian said he worries his dad 'will fall and nobody will be there'. Young carers support discussed.",
        "Kian Doherty; Sean Doherty; SW Anand",
        None,
    ),
    (
        SCH,
        "2025-11-07 09:05",
        "AO: Kian late 3 days this week (20-30 mins), says he was 'sorting Dad out'. Handwritten note from Dad: 'hospital appointment at the Royal 4/11'. No appointment letter seen.",
        "Kian; Dad; AO Pickering",
        None,
    ),
    # E02 father collapsed in the street (Fri night), ED, Monday notifications, GP letter 11 days later
    (
        POL,
        "2025-11-14 23:20",
        "Occ 25/188304. Call from MOP - male collapsed outside Spar, Dock Rd, juvenile with him 'trying to lift him'. Officers att 23:31. DOHERTY, Sean (48) heavily intox, head lac from fall, GCS 13. DOHERTY, Kian (13) present - went out looking for father when he didn't come back from the shop. Ambulance conveyed DOHERTY Sn to ED. Juvenile taken by officers to uncle DOHERTY, Declan, 22 Fennel Close, willing to care overnight. PPN (child) submitted.",
        "Sean Doherty; Kian Doherty; Declan Doherty",
        "E02",
    ),
    (
        ACU,
        "2025-11-15 00:20",
        "ED majors: 48M BIBA, found collapsed in street, intoxicated. 4cm occipital laceration. GCS 13 -> 15. CT head: no acute intracranial injury. Wound glued + steri-strips. States his 13yo son was with him - son taken to a relative by police. Self-discharged 04:10 against advice before alcohol liaison review. Safeguarding referral (child of dependent drinker) sent to MASH. D/c letter to GP.",
        "Sean Doherty; Kian",
        "E02",
    ),
    (
        SCH,
        "2025-11-17 08:25",
        "Op Encompass notification rec'd 08:05 - police dealt with an incident late Fri 14.11 involving Kian and Dad (Dad intoxicated in street; Kian present, stayed at uncle's). DSL informed. Kian in. HoY check-in at break: tired, said 'Dad's fine, he's just clumsy'.",
        "Kian; Dad; Mr Fletcher; Miss Kerr",
        "E02",
    ),
    (
        CSC,
        "2025-11-17 09:15",
        "Police Protection Notice from Friday night and a safeguarding referral from the Emergency Department received this morning. Mr Doherty collapsed drunk in the street at about 11pm on Friday; Kian had gone out looking for him and was found trying to lift him. Kian spent the night at his uncle Declan's. Already open for assessment - information added. Consulted TM Lowe: continue assessment, visit this week, check who is with Kian at weekends.",
        "Kian Doherty; Sean Doherty; Declan Doherty; TM Lowe",
        "E02",
    ),
    (
        GP,
        "2025-11-17 10:40",
        "SD - DNA alcohol r/v (2nd DNA). Letter + voicemail.",
        "Sean Doherty",
        None,
    ),
    (
        CSC,
        "2025-11-19 15:45",
        "Saw Kian alone at his uncle Declan's after school (he goes there for tea on Wednesdays). He said the night at the Spar was 'the worst one' and that he has found his dad on the floor before. Declan and his partner Nicola Hart offered to have Kian every weekend; they have a spare room.",
        "Kian Doherty; Declan Doherty; Nicola Hart; SW Anand",
        None,
    ),
    (
        SCH,
        "2025-11-24 09:00",
        "AO weekly review: Kian 73% YTD. Dad text Mon 07:52 'Kian at his nans funeral in Ireland back weds'. Kian was in school Tues. Funeral reason also given Feb 25 (Y8 record).",
        "Kian; Dad; AO Pickering",
        None,
    ),
    (
        GP,
        "2025-11-26",
        "Letter ED 15/11/25 - SD: alcohol intoxication, fall, occipital lac (glued), CT head NAD. Self-discharged before alcohol liaison r/v. Action: offer appt.",
        "Sean Doherty",
        "E02",
    ),
    (
        CSC,
        "2025-11-27",
        "Assessment discussed with TM Lowe. Kian is a young carer; Mr Doherty's alcohol dependence is untreated; home conditions and food are poor; attendance is falling. Recommendation: child in need plan. Referral made to the Young Carers' Hub.",
        "Kian Doherty; Sean Doherty; TM Lowe",
        None,
    ),
    # ---------------- December 2025 ----------------
    # E03 attendance officer's call to the surgery, recorded at both ends in different words
    (
        SCH,
        "2025-12-03 10:05",
        "AO (DP) phoned Castlegate Med Practice, spoke to practice manager, re Dad's explanations (dentist 18.09 + 09.10, 'the Royal' 04.11, 'GP for his chest' 23.10). Told Kian has had NO appointment with them since the summer; they can't check dentist/hospital. Logged on CPOMS, DSL updated.",
        "Kian; Dad; Mrs Pickering; Mr Fletcher",
        "E03",
    ),
    (
        GP,
        "2025-12-03 10:10",
        "Tel - Mrs Pickering (attendance, Northbrook). Query re KD attendance at appts on dates given. SW allocated - shared under safeguarding: nil appts booked/attended since 14/07/25. No clinical info given. Task to RM.",
        "KD; Mrs Pickering; Dr Mistry",
        "E03",
    ),
    (
        CSC,
        "2025-12-03 14:00",
        "Supervision with TM Lowe. Assessment at day 30; extended to 45 days to include Kian's mother and the young carers' assessment. To consider whether the absence explanations are being made up to keep Kian at home as his father's carer.",
        "Kian Doherty; Joanne Pryor; TM Lowe; SW Anand",
        None,
    ),
    (
        GP,
        "2025-12-08 11:20",
        "SD - r/v. 'Social services are on us about the lad.' Drinking ~18u/d. Agrees referral to Pathways (community alcohol service) - sent. Thiamine contd.",
        "Sean Doherty; Kian; Dr Mistry",
        None,
    ),
    (
        CSC,
        "2025-12-10",
        "Child and family assessment completed and authorised: Kian is a child in need (young carer; parental alcohol dependence). Plan: child in need meeting at school next week; Young Carers' Hub; Mr Doherty to take up the Pathways referral; weekend stays at Declan's.",
        "Kian Doherty; Sean Doherty; Declan Doherty",
        None,
    ),
    (
        GP,
        "2025-12-12",
        "Invitation CIN mtg 15/12 (KD) - unable to attend. Info sent to SW: KD nil appts since 07/25; SD AUD, referred Pathways 08/12.",
        "KD; SD; SW Anand",
        None,
    ),
    # E04 child in need meeting 1
    (
        CSC,
        "2025-12-15 13:30",
        "Child in need meeting at Northbrook Academy. Present: Kian (for the first part), Mr Doherty, Declan Doherty, me, Mr Fletcher (designated safeguarding lead), Mrs Pickering (attendance officer), Miss Kerr (head of year). GP sent apologies and a written update. Agreed: attendance target of 90%; Kian can text Mrs Pickering in the morning when he is worried about his dad; weekend stays at Declan's; Mr Doherty to go to Pathways. Review in three months.",
        "Kian Doherty; Sean Doherty; Declan Doherty; SW Anand; Mr Fletcher; Mrs Pickering; Miss Kerr",
        "E04",
    ),
    (
        SCH,
        "2025-12-15 13:30",
        "CIN mtg in school (conf room) 1.30pm - DSL, AO, HoY attended. Attendance 72% presented. Plan: 90% target, 'worry text' to AO, Friday check-in with HoY.",
        "Kian; Dad; Uncle Declan; Mr Fletcher; Mrs Pickering; Miss Kerr; SW Anand",
        "E04",
    ),
    (
        SCH,
        "2025-12-18 14:30",
        "AO: end of term - Kian 71.8%. 7 'worry texts' since CIN mtg; AO rang home each time, Dad answered twice, sounded drunk once.",
        "Kian; Dad; AO Pickering",
        None,
    ),
    # E05 father at the uncle's house on 23 Dec; PPN read after Christmas; Op Encompass read in January
    (
        POL,
        "2025-12-23 21:40",
        "Occ 25/207115. 999 - verbal dispute at 22 Fennel Close. DOHERTY, Sean (intox) attended brother's addr demanding son come home for Christmas. DOHERTY, Declan called police. Officers att 21:58 - SD had left. No offences disclosed. Juvenile (13) present with HART, Nicola. SD traced to home addr, words of advice. PPN (child).",
        "Sean Doherty; Declan Doherty; Kian Doherty; Nicola Hart",
        "E05",
    ),
    (
        CSC,
        "2025-12-29 10:20",
        "MASH: Police Protection Notice dated 23 December received after the Christmas closure. Mr Doherty went to his brother's house drunk and demanded that Kian come home; he left before the police arrived. Allocated social worker on leave until 5 January - noted by duty manager; no immediate action, Kian staying at Declan's over Christmas with his father's agreement.",
        "Kian Doherty; Sean Doherty; Declan Doherty",
        "E05",
    ),
    # ---------------- January 2026 ----------------
    (
        SCH,
        "2026-01-05 08:30",
        "Op E email (sent 24.12) read on return - police called to uncle's house 23.12, Dad in drink wanting Kian home. Kian in today, settled. DSL.",
        "Kian; Dad; Uncle Declan; Mr Fletcher",
        "E05",
    ),
    (
        SCH,
        "2026-01-07 11:15",
        "AO: Dad rang 08:20 - Kian 'at a hospital appointment for his asthma'. No asthma on school medical record. Kian arrived 11:10, said he'd 'slept in'. Excuse log now 9 entries.",
        "Kian; Dad; AO Pickering",
        None,
    ),
    (
        GP,
        "2026-01-09",
        "Pathways letter - SD assessed 06/01/26, offered group + key worker. Nil GP action.",
        "Sean Doherty",
        None,
    ),
    # E06 knife found in school bag: school, police attending, the DSL's call to CSC
    (
        SCH,
        "2026-01-14 11:20",
        "Y9 pupil told HoY Kian had 'a blade' in his bag. Bag search by DSL + HoY with Kian present 11.20am: kitchen knife (approx 20cm blade) wrapped in a tea towel. Kian calm - said older boys incl. Reece Allen (Y11) have been threatening him on the walk through Ropewalk park 'because of my dad'. Police called 11.25 (PC Obi, SSO) - knife handed over. 3-day suspension, letter to Dad. DSL rang Children's Services 12.10.",
        "Kian; Reece; Mr Fletcher; Miss Kerr; PC Obi",
        "E06",
    ),
    (
        POL,
        "2026-01-14 11:40",
        "Occ 26/006612. Possession of bladed article on school premises - Northbrook Academy. PC OBI (SSO) att 11:40. DOHERTY, Kian (13) - kitchen knife 20cm found in bag by staff, seized (exh MO/1). States carried for protection from older youths, names ALLEN, Reece (15). Not arrested - VA interview to be arranged with appropriate adult. Intel sub re ALLEN. Child referral to MASH.",
        "Kian Doherty; Reece Allen; PC Obi",
        "E06",
    ),
    (
        CSC,
        "2026-01-14 12:10",
        "Telephone call from Ian Fletcher (designated safeguarding lead). A kitchen knife was found in Kian's school bag this morning; Kian says he carries it because older boys have been threatening him. Police are at the school. Kian has been suspended for three days. Discussed with TM Lowe: strategy discussion on Friday; I will see Kian at home today.",
        "Kian Doherty; Mr Fletcher; TM Lowe",
        "E06",
    ),
    (
        GP,
        "2026-01-14 16:20",
        "SD - attended, tremor, smells of ETOH. Says school rang about son, 'something in his bag', 'I can't cope with him'. Withdrawal sx. Not for home detox without Pathways plan. R/v 1/52.",
        "Sean Doherty; Kian; Dr Mistry",
        None,
    ),
    (
        CSC,
        "2026-01-14 16:30",
        "Home visit. Kian in his room; he said the knife came from their kitchen and he has taken it 'a few times' since October, when Reece and his friends started calling his dad 'a tramp'. Mr Doherty had been drinking and said he had no idea. Kian to stay at Declan's until after Friday's strategy discussion - agreed by both.",
        "Kian Doherty; Sean Doherty; Reece Allen; Declan Doherty",
        None,
    ),
    # E07 strategy discussion (school reads the minutes five days later)
    (
        CSC,
        "2026-01-16 10:00",
        "Strategy discussion (Teams), chaired by TM Lowe. Present: me, DS Rachel Coyle and PC Obi (police), Mr Fletcher (school). GP information by email. Considered: the knife in school and threats from older youths (criminal exploitation indicators looked for - none found), Mr Doherty's untreated alcohol dependence, Kian's caring role, falling attendance, the night at the Spar in November. Agreed: threshold met for section 47 enquiries (neglect), single agency; police to deal with the knife out of court through the Youth Justice Service and to look into Reece Allen. Kian to stay at Declan's meanwhile.",
        "Kian Doherty; Sean Doherty; Reece Allen; Declan Doherty; TM Lowe; SW Anand; DS Coyle; PC Obi; Mr Fletcher",
        "E07",
    ),
    (
        POL,
        "2026-01-16 10:00",
        "Strat disc (MASH) - DOHERTY, Kian. DS COYLE + PC OBI. Police info: occ 25/188304 (father collapsed 14/11), 25/207115 (23/12), 26/006612 (knife 14/01). Outcome: s47 - CSC single agency. Police: OOCD referral to YJS; intel re ALLEN.",
        "Kian Doherty; DS Coyle; PC Obi; Reece Allen",
        "E07",
    ),
    (
        SCH,
        "2026-01-16 10:00",
        "DSL joined strategy mtg (Teams) 10am. Outcome: CP enquiries. Kian back Mon 19th, reintegration mtg 8.45.",
        "Kian; Mr Fletcher",
        "E07",
    ),
    (
        SCH,
        "2026-01-19 08:45",
        "Reintegration mtg after suspension - Kian + Uncle Declan (Dad did not come). Agreed: bag check on arrival for 4 wks (Kian agreed), Miss Kerr to meet him at gate, uncle to drop off (avoids park).",
        "Kian; Uncle Declan; Dad; Miss Kerr; Mr Fletcher",
        None,
    ),
    (
        SCH,
        "2026-01-21 09:30",
        "Strategy mtg minutes (16.01) rec'd from CSC by secure email - filed. School actions: attendance + bag check info to SW weekly.",
        "Kian; SW Anand",
        "E07",
    ),
    (
        POL,
        "2026-01-22 16:00",
        "VA interview DOHERTY, Kian @ Central. AA: DOHERTY, Declan (uncle). Admits possession, full account re threats. Referred to YJS joint decision panel - Outcome 22 recommended.",
        "Kian Doherty; Declan Doherty",
        None,
    ),
    (
        CSC,
        "2026-01-27",
        "Section 47 enquiries concluded, agreed by TM Lowe: neglect substantiated - Kian's needs for food, safety and supervision are not being met at home because of his father's drinking, and he has been carrying a knife because he is frightened. Initial child protection conference requested.",
        "Kian Doherty; Sean Doherty; TM Lowe",
        None,
    ),
    # E08 GP referral to CAMHS; received 11 days later
    (
        GP,
        "2026-01-29 11:30",
        "KD 13y - with uncle (Declan). Low mood ~2/12, poor sleep, appetite down. Superficial linear cuts L forearm x6 ~3/52, healing, compass. No SI plan - 'sometimes wish I didn't wake up'. Protective: uncle, football. Living with uncle currently. CAMHS referral sent today (urgent). Safety-netted, crisis line card.",
        "KD; Declan; Dr Mistry",
        "E08",
    ),
    # ---------------- February 2026 ----------------
    (
        SCH,
        "2026-02-02 09:10",
        "AO: Kian at uncle's since 14.01 - 100% for 3 wks. Bag checks all clear.",
        "Kian; Uncle Declan; AO Pickering",
        None,
    ),
    (
        GP,
        "2026-02-04",
        "CSC request - report for ICPC 10/02 (KD). Sent: low mood + SH, CAMHS ref 29/01; SD AUD, Pathways, poor engagement. Not attending (clinic).",
        "KD; SD; Dr Mistry",
        None,
    ),
    (
        CAM,
        "2026-02-09 09:30",
        "New referral received via SPA from Dr R Mistry, Castlegate MP (letter dated 29/01/26). 13yo male: low mood, self-harm by cutting (superficial), passive death wish; young carer for father with alcohol dependence; currently staying with uncle. Triage: urgent (4 wks). Triage call to uncle booked.",
        "Kian; Dr Mistry; Declan",
        "E08",
    ),
    # E09 initial child protection conference
    (
        CSC,
        "2026-02-10 10:00",
        "Initial child protection conference, chaired by Alison Grant (IRO). Present: Mr Doherty, Declan Doherty, Nicola Hart, me, Mr Fletcher and Mrs Pickering (school), DS Coyle (police). GP report received. Kian's views shared by me. Decision: Kian to be subject to a child protection plan, category neglect. Kian to stay with Declan and Nicola by agreement for now. First core group 24 February.",
        "Kian Doherty; Sean Doherty; Declan Doherty; Nicola Hart; IRO Grant; SW Anand; Mr Fletcher; Mrs Pickering; DS Coyle",
        "E09",
    ),
    (
        SCH,
        "2026-02-10 10:00",
        "ICPC (Civic Centre) - DSL + AO attended. Outcome: CP plan, neglect. School in core group. Attendance since 14.01 = 100%.",
        "Kian; Mr Fletcher; Mrs Pickering",
        "E09",
    ),
    (
        POL,
        "2026-02-10 10:00",
        "CP conf (initial) - DOHERTY, Kian. DS COYLE att. CP plan - neglect. Police action: share YJS outcome.",
        "Kian Doherty; DS Coyle",
        "E09",
    ),
    (
        CAM,
        "2026-02-12 14:10",
        "Triage phone call with uncle (Declan) - Kian at school. Cutting about weekly, hides it. No current plan. Choice appt offered Tue 03/03 - accepted. Crisis info given.",
        "Kian; Declan; EB",
        None,
    ),
    (
        CSC,
        "2026-02-13 16:00",
        "Statutory visit at Declan's. Kian says he goes to his dad's after school on Tuesdays and Thursdays to do the washing and check he has eaten. He is looking forward to the CAMHS appointment 'a bit'.",
        "Kian Doherty; Sean Doherty; Declan Doherty; SW Anand",
        None,
    ),
    (
        CSC,
        "A:2026-02-21:2026-02-28:late February 2026 (approx.)",
        "Kian told me that towards the end of February his dad had 'a fit' on the kitchen floor after trying to stop drinking on his own, and Kian put him in the recovery position. No ambulance was called and he did not tell anyone at the time.",
        "Kian Doherty; Sean Doherty",
        None,
    ),
    # E10 core group 1
    (
        CSC,
        "2026-02-24 15:30",
        "First core group meeting at Northbrook Academy. Present: Declan Doherty, Nicola Hart, Mr Doherty (arrived late), me, Mr Fletcher, Mrs Pickering. Plan reviewed: Kian living at Declan's during the week; visits to his dad's after school are to be no more than an hour and not overnight; Mr Doherty to attend Pathways weekly; CAMHS appointment booked for 3 March.",
        "Kian Doherty; Declan Doherty; Nicola Hart; Sean Doherty; SW Anand; Mr Fletcher; Mrs Pickering",
        "E10",
    ),
    (
        SCH,
        "2026-02-24 15:30",
        "Core group (CP) in school, conf room 3.30pm - DSL + AO. Attendance 98% since Jan. Bag checks stopped (4 wks clear).",
        "Kian; Mr Fletcher; Mrs Pickering",
        "E10",
    ),
    # E11 self-harm seen in PE; the DSL's call to the CAMHS duty line
    (
        SCH,
        "2026-02-26 13:40",
        "PE: Miss Kerr saw fresh cuts L forearm while Kian changing. First aid (steri-strips) by school nurse. Kian said he did it last night 'after seeing Dad'. DSL rang CAMHS duty line 1.40pm - advice: keep with staff today, hand over to uncle with safety advice. Uncle collecting 3pm.",
        "Kian; Miss Kerr; Mr Fletcher; Uncle Declan",
        "E11",
    ),
    (
        CAM,
        "2026-02-26 13:45",
        "Duty: call from Mr Fletcher, Northbrook DSL. Awaiting-assessment YP (Kian) has new superficial self-inflicted wounds L forearm, done last night; no intent to die reported. Advised first aid, not to be left alone today, handover to carer with safety advice, ED if escalates. Choice appt 03/03 stands.",
        "Kian; Mr Fletcher",
        "E11",
    ),
    (
        CSC,
        "2026-02-26 16:30",
        "Visit to Declan's after the school's email about new self-harm. Kian showed me his arm; he said seeing his dad 'in a state' on Wednesday made him feel it was his fault. Safety plan gone through with Declan and Nicola (blades and medicines locked away).",
        "Kian Doherty; Declan Doherty; Nicola Hart; Sean Doherty; SW Anand",
        None,
    ),
    # ---------------- March 2026 ----------------
    # E12 CAMHS choice appointment and the GP's receipt of the letter 13 days later
    (
        CAM,
        "2026-03-03 10:00",
        "Choice appt (EB) - Kian + uncle. Low mood, SH by cutting (weekly, forearms/thighs, superficial), passive SI, sleep onset delay, guilt re father ('if I stayed with him he wouldn't drink as much'). No psychotic features, no ED behaviours. MFQ 41. Formulation: young carer burden, parental AUD, threats from peers. Plan: weekly sessions with EB (CBT-informed); safety plan; letter to GP + SW (consent given).",
        "Kian; Declan; EB",
        "E12",
    ),
    (
        SCH,
        "2026-03-09 09:00",
        "AO weekly review: 96% since Jan. Dad rang reception asking for Kian's timetable 'so I know when he's free' - DSL informed.",
        "Kian; Dad; AO Pickering; Mr Fletcher",
        None,
    ),
    (
        CAM,
        "2026-03-10 16:00",
        "Session 1 (EB). Psychoeducation - mood and SH cycle. Safety plan reviewed. Mood 3/10. Cut once since 03/03.",
        "Kian; EB",
        None,
    ),
    (
        GP,
        "2026-03-16",
        "CAMHS letter (choice appt 03/03/26, EB): low mood + SH, weekly sessions, safety plan. Nil GP action.",
        "KD; EB",
        "E12",
    ),
    (
        CAM,
        "2026-03-17 16:00",
        "Session 2 (EB). Kian stays at Dad's some weekends 'to keep an eye on him'. Mood 4/10. No SH this week. Diary started.",
        "Kian; Dad; EB",
        None,
    ),
    # E13 house fire at the father's flat (early Saturday): fire, police, two ED attendances / admissions,
    # EDT, ward discharge, school told on Monday, GP discharge summaries
    (
        FRS,
        "2026-03-21 02:41",
        "Inc 2026/03318. Mob 02:41 - dwelling fire, 14 Ropewalk Court (1st flr flat). Attendance 02:47, 2 pumps, WM Hollis OIC. Smoke from kitchen window. Male juvenile at street door - self-evacuated after waking to smoke, stated father still inside. BA team (2) in - adult male located in lounge, conscious, confused - rescued to open air 02:55. Fire confined to kitchen, pan on hob. No working smoke alarm (detector head removed). Both casualties to ambulance crew. Police in attendance. Stop 03:22.",
        "Sean Doherty; Kian; WM Hollis",
        "E13",
    ),
    (
        POL,
        "2026-03-21 02:58",
        "Occ 26/041977. Req from FRS - dwelling fire 14 Ropewalk Ct. Officers att 02:58. DOHERTY, Sean (48) rescued by FRS, intox, smoke inhalation. DOHERTY, Kian (13) self-evacuated, soot on face, coughing. Both conveyed by ambulance. Juvenile staying with father for the weekend (usually resides with uncle). PPN (child). Uncle DOHERTY, Declan informed - attending hosp.",
        "Sean Doherty; Kian Doherty; Declan Doherty",
        "E13",
    ),
    (
        ACU,
        "2026-03-21 03:35",
        "Paeds ED: 13M smoke inhalation (house fire, self-evacuated). Cough, hoarse, soot in nares. SpO2 95% air, COHb 4.8%. CXR clear. High-flow O2. Admitted Ward 12 for overnight obs (Dr Greco). Father in adult ED. Uncle at bedside from 04:30. PAS alert - child on CP plan - EDT informed.",
        "Kian Doherty; Sean Doherty; Declan Doherty; Dr Greco",
        "E13",
    ),
    (
        ACU,
        "2026-03-21 03:50",
        "ED majors: 48M smoke inhalation + ETOH intoxication, rescued by FRS. COHb 11%. High-flow O2. Admitted AMU, CIWA monitoring. Son (13) on paeds ward.",
        "Sean Doherty; Kian",
        "E13",
    ),
    (
        CSC,
        "2026-03-21 04:15",
        "EDT: call from the children's ward. Kian was admitted in the early hours after a fire at his father's flat, where he was staying for the weekend. He is on a child protection plan. Mr Doherty is also in hospital. Agreed by phone with Declan Doherty that Kian will go to him when discharged. Day team to follow up.",
        "Kian Doherty; Sean Doherty; Declan Doherty",
        "E13",
    ),
    (
        FRS,
        "2026-03-21 10:30",
        "FIO attendance 14 Ropewalk Ct (inc 2026/03318). Cause: accidental - unattended cooking (chip pan), occupier under the influence. Smoke detector head found in a drawer. Referrals: Safe & Well visit; adult safeguarding referral to LA.",
        "Sean Doherty",
        None,
    ),
    (
        ACU,
        "2026-03-22 11:00",
        "Ward 12: settled overnight, SpO2 98% air, chest clear. Fit for d/c - home with uncle (Declan). D/c summary to GP. EDT aware; SW to be informed Monday.",
        "Kian Doherty; Declan Doherty",
        "E13",
    ),
    (
        SCH,
        "2026-03-23 08:20",
        "Uncle Declan rang 08:15: fire at Dad's flat early Sat, Kian kept in hospital overnight (smoke), home with uncle now - off today + tomorrow, 'still coughing'. DSL informed, SW emailed.",
        "Kian; Uncle Declan; Dad; Mr Fletcher",
        "E13",
    ),
    (
        CSC,
        "2026-03-23 09:30",
        "Management oversight (TM Lowe) of the weekend EDT record: strategy discussion tomorrow including the fire service; SW to visit Kian at Declan's today and Mr Doherty on the ward.",
        "Kian Doherty; Sean Doherty; TM Lowe",
        None,
    ),
    # E14 strategy discussion after the fire
    (
        CSC,
        "2026-03-24 10:00",
        "Strategy discussion (Teams), chaired by TM Lowe. Present: me, DS Coyle (police), Karen Webb (community safety adviser, fire and rescue), Mr Fletcher (school). Kian is already on a child protection plan, so no new section 47 enquiry. Agreed: Kian to live with Declan and Nicola; no overnight stays at his father's; Mr Doherty to be offered a supported detox on discharge; Safe and Well visits at Declan's and at Mr Doherty's next address. Because Kian will now live with his uncle long term by private arrangement, the school will send the private fostering notification.",
        "Kian Doherty; Declan Doherty; Nicola Hart; Sean Doherty; TM Lowe; SW Anand; DS Coyle; CSA Webb; Mr Fletcher",
        "E14",
    ),
    (
        POL,
        "2026-03-24 10:00",
        "Strat disc - DOHERTY, Kian (house fire 21/03, occ 26/041977). DS COYLE. Already CP plan - no new s47. Police: no offences, NFA re fire.",
        "Kian Doherty; DS Coyle",
        "E14",
    ),
    (
        FRS,
        "2026-03-24 10:00",
        "CSA (K Webb) joined LA strategy meeting (Teams) re inc 2026/03318. FRS: accidental, no working SA, cooking while intoxicated. Actions: S&W visit at uncle's (child's residence) + father's new address.",
        "Kian; Sean; CSA Webb",
        "E14",
    ),
    (
        SCH,
        "2026-03-24 10:00",
        "DSL on strategy mtg (Teams) 10am. Kian to live with uncle - school to do private fostering notification. Kian back tomorrow.",
        "Kian; Uncle Declan; Mr Fletcher",
        "E14",
    ),
    # E15 private fostering notification sent by school; logged by CSC five days later
    (
        SCH,
        "2026-03-26 14:00",
        "DSL completed PF notification form (LA template): Kian living with uncle Declan Doherty + Nicola Hart, 22 Fennel Close, from 21.03, intended long term. Emailed to CSC private fostering inbox 2pm.",
        "Kian; Uncle Declan; Nicola; Mr Fletcher",
        "E15",
    ),
    (
        CSC,
        "2026-03-31",
        "Private fostering: notification received (email from Northbrook Academy dated 26 March). Kian has lived with his paternal uncle Declan Doherty and Declan's partner Nicola Hart since 21 March and this is intended to be long term. Private fostering assessment started; DBS checks requested for Declan and Nicola.",
        "Kian Doherty; Declan Doherty; Nicola Hart",
        "E15",
    ),
    # ---------------- April 2026 ----------------
    (
        CSC,
        "2026-04-01 11:00",
        "Private fostering visit (first) to 22 Fennel Close. Kian has his own room, homework space, football kit everywhere. Declan and Nicola understand they must tell us of any change; Mr Doherty has agreed in writing. Kian seen alone - 'I like it here but I still worry about Dad'.",
        "Kian Doherty; Declan Doherty; Nicola Hart; Sean Doherty",
        None,
    ),
    (
        GP,
        "2026-04-02",
        "Paeds d/c summary Ward 12 (21-22/03/26): KD smoke inhalation, obs overnight, COHb 4.8%, CXR NAD. D/c to uncle. No GP f/u.",
        "KD; Declan",
        "E13",
    ),
    (
        GP,
        "2026-04-03",
        "AMU d/c summary SD (21-24/03/26): smoke inhalation, ETOH withdrawal - chlordiazepoxide reducing regime completed. D/c to temp accomm (Housing). F/u Pathways.",
        "Sean Doherty",
        "E13",
    ),
    # E16 Safe and Well visit jointly with the social worker (CSC writes it with a w/c date)
    (
        FRS,
        "2026-04-08 10:00",
        "S&W visit - 22 Fennel Close (CSA K Webb) with LA social worker (P Anand). Occupiers DOHERTY Declan, HART Nicola, DOHERTY Kian (13). 2 x optical SA fitted (hall/landing), 1 x heat alarm kitchen. Escape plan incl. YP. Advice: cooking, smoking, charging. Risk: low.",
        "Declan Doherty; Nicola Hart; Kian Doherty; CSA Webb; SW Anand",
        "E16",
    ),
    (
        CSC,
        "A:2026-04-06:2026-04-10:w/c 6 April 2026",
        "Joint visit to Declan and Nicola's with the fire service's community safety adviser. New smoke alarms put up; Kian helped work out the escape route from his bedroom. Kian said he doesn't want to sleep at his dad's again 'until he stops'.",
        "Kian Doherty; Declan Doherty; Nicola Hart; Ms Webb",
        "E16",
    ),
    (
        GP,
        "2026-04-08 15:40",
        "KD - with uncle. Cough since fire ~2.5/52, chest clear, SpO2 99%. Reassured. Mood: seeing CAMHS weekly, SH 'less'. R/v prn.",
        "KD; Declan; Dr Mistry",
        None,
    ),
    (
        CAM,
        "2026-04-14 16:00",
        "Session 3 (EB) - first since the fire. Nightmares x3/wk, startle at smoke alarms. Grounding techniques. Mood 3/10. No SH.",
        "Kian; EB",
        None,
    ),
    (
        SCH,
        "A:2026-04-13:2026-04-17:w/c 13/4/26",
        "AO: Kian 100% this week; YTD 79%. Uncle drops off daily. No reasons from Dad to log since January.",
        "Kian; Uncle Declan; Dad; AO Pickering",
        None,
    ),
    # E17 core group 2
    (
        CSC,
        "2026-04-21 15:30",
        "Second core group meeting at Northbrook Academy. Present: Declan Doherty, Nicola Hart, me, Mr Fletcher, Mrs Pickering, Ellie Barnes (CAMHS). Mr Doherty did not attend. Plan reviewed: Kian settled at Declan's (private fostering assessment under way); attendance 100% since the Easter holidays; CAMHS weekly; Mr Doherty in temporary housing and due to start a supported detox. Actions updated.",
        "Kian Doherty; Declan Doherty; Nicola Hart; Sean Doherty; SW Anand; Mr Fletcher; Mrs Pickering; Ellie",
        "E17",
    ),
    (
        SCH,
        "2026-04-21 15:30",
        "Core group (CP) in school, conf room 3.30pm - DSL + AO. Attendance 100% since Easter. Kian's worry texts stopped.",
        "Kian; Mr Fletcher; Mrs Pickering",
        "E17",
    ),
    (
        CAM,
        "2026-04-21 15:30",
        "Attended core group (school). CAMHS update given: weekly sessions, nightmares since fire, SH reduced.",
        "Kian; EB",
        "E17",
    ),
    (
        GP,
        "2026-04-22 10:20",
        "SD - r/v post-admission. Temp flat (Flat 3, Mill Lane). 'Cut right down', ~6u/d. Pathways key worker; supervised detox planned May. Wants to see son more.",
        "Sean Doherty; Kian; Dr Mistry",
        None,
    ),
    (
        CAM,
        "2026-04-28 16:00",
        "Session 4 (EB). Mood 4/10. Disclosed taking 'a few' of uncle's co-codamol about 2 wks ago (see separate note). Safety plan updated; uncle told with Kian's agreement; meds locked.",
        "Kian; Uncle Declan; EB",
        None,
    ),
    (
        CAM,
        "A:2026-04-11:2026-04-20:mid-April 2026 (approx., YP's account)",
        "Kian's account: took about 4 x co-codamol 30/500 from the bathroom cabinet one evening 'to sleep and not think'. No ill effects, told no one at the time. Not medically assessed (outside window).",
        "Kian",
        None,
    ),
    # ---------------- May 2026 ----------------
    (
        POL,
        "2026-05-05 09:00",
        "Report sent to conf team for RCPC 07/05 - DOHERTY, Kian. YJS Outcome 22 completed (knife). No further police involvement. Not attending.",
        "Kian Doherty",
        None,
    ),
    (
        CAM,
        "2026-05-05 16:00",
        "Session 5 (EB). Mood 5/10. Exam worry. Dad 'doing better' - starting detox. No SH 2 wks.",
        "Kian; Dad; EB",
        None,
    ),
    # E18 review child protection conference
    (
        CSC,
        "2026-05-07 10:00",
        "Review child protection conference, chaired by Alison Grant. Present: Declan Doherty, Nicola Hart, Mr Doherty, me, Mr Fletcher, Ellie Barnes (CAMHS). Police report received. Kian now lives with Declan and Nicola under a private fostering arrangement, his attendance is good and he is working with CAMHS; Mr Doherty is starting a detox. Decision: child protection plan ended; step down to a child in need plan with private fostering visits continuing.",
        "Kian Doherty; Declan Doherty; Nicola Hart; Sean Doherty; IRO Grant; SW Anand; Mr Fletcher; Ellie",
        "E18",
    ),
    (
        SCH,
        "2026-05-07 10:00",
        "RCPC - DSL attended. CP plan ended, now CIN. School: attendance 97% YTD since Jan, continue HoY check-ins.",
        "Kian; Mr Fletcher",
        "E18",
    ),
    (
        CAM,
        "2026-05-07 10:00",
        "RCPC attended (EB). Outcome: off CP plan, CIN. CAMHS to continue weekly.",
        "Kian; EB",
        "E18",
    ),
    (
        CAM,
        "2026-05-12 16:00",
        "Session 6 (EB). Mood 5/10. Talked about Dad's detox starting next week and whether he'll 'actually do it'.",
        "Kian; Dad; EB",
        None,
    ),
    (
        CSC,
        "2026-05-13 16:00",
        "Private fostering visit (second). Kian busy with football training three nights a week. Declan says Kian has been quieter since his dad told him the detox date. DBS checks back, clear.",
        "Kian Doherty; Declan Doherty; Sean Doherty",
        None,
    ),
    # E19 overdose (Sunday): paeds ED and admission, EDT, school told Monday, CAMHS ward referral/assessment,
    # discharge, GP discharge summary
    (
        ACU,
        "2026-05-17 20:10",
        "Paeds ED: 13M, intentional OD - approx 20 x paracetamol 500mg over ~1hr from 17:30, brought by uncle. Alert, GCS 15, nausea. 4h level above treatment line - NAC started 21:40. Admitted Ward 12. Known CAMHS + SW (PAS alert). EDT informed. CAMHS referral for ward assessment.",
        "Kian Doherty; Declan Doherty",
        "E19",
    ),
    (
        CSC,
        "2026-05-17 21:45",
        "EDT: call from the paediatric emergency department. Kian took an overdose of paracetamol at his uncle's this evening after a phone call with his father, and is being admitted for treatment. Declan is with him. Allocated social worker and day team to be told in the morning.",
        "Kian Doherty; Declan Doherty; Sean Doherty",
        "E19",
    ),
    (
        SCH,
        "2026-05-18 08:30",
        "Uncle Declan rang 08:25 - Kian in hospital since yesterday evening (took tablets), likely home Weds. DSL informed. HoY to send work.",
        "Kian; Uncle Declan; Mr Fletcher; Miss Kerr",
        "E19",
    ),
    (
        CAM,
        "2026-05-18 09:20",
        "Referral from Ward 12 re open YP: admitted 17/05 after paracetamol OD. Seen on ward 15:00 (EB + Dr Nowak): impulsive OD after Dad phoned drunk saying he'd 'given up' on the detox; wanted to 'switch off'; now regrets, no current plan. Safety plan with uncle. Fit for d/c from MH view once NAC complete; sessions x2/wk.",
        "Kian; Dad; Uncle Declan; EB; Dr Nowak",
        "E19",
    ),
    # E20 strategy discussion after the overdose (school not present; reads the minutes later)
    (
        SCH,
        "2026-05-19 09:00",
        "DSL emailed info to SW for strategy mtg: attendance 97%, no SH seen in school since Feb. Unable to attend (exam cover).",
        "Kian; Mr Fletcher; SW Anand",
        None,
    ),
    (
        CSC,
        "2026-05-19 11:00",
        "Strategy discussion (Teams) after Kian's overdose on 17 May. Chaired by TM Lowe; me, DS Coyle, Ellie Barnes (CAMHS). School information received by email. Agreed: not to reopen section 47 - Kian is safe at Declan's and the overdose followed a phone call from his father; contact with Mr Doherty to be face to face, supervised by Declan, until the detox is under way; CAMHS twice weekly; child in need meeting to be brought forward.",
        "Kian Doherty; Sean Doherty; Declan Doherty; TM Lowe; SW Anand; DS Coyle; Ellie",
        "E20",
    ),
    (
        POL,
        "2026-05-19 11:00",
        "Strat disc - DOHERTY, Kian (OD 17/05). DS COYLE. No offences. Police: NFA.",
        "Kian Doherty; DS Coyle",
        "E20",
    ),
    (
        CAM,
        "2026-05-19 11:00",
        "LA strategy call - EB joined. CAMHS: ward assessment findings; x2/wk sessions. Agreed: supervised contact with Dad only.",
        "Kian; Dad; EB",
        "E20",
    ),
    (
        ACU,
        "2026-05-19 15:30",
        "Ward 12: NAC complete, LFTs/INR normal. CAMHS assessment done 18/05 - safety plan. D/c home with uncle. D/c summary to GP.",
        "Kian Doherty; Declan Doherty",
        "E19",
    ),
    (
        GP,
        "2026-05-19 17:10",
        "SD - attended distressed. Son in hospital after tablets. Drank 'all weekend', missed detox start. Re-referred Pathways, CIWA. Support given.",
        "Sean Doherty; Kian; Dr Mistry",
        None,
    ),
    (
        SCH,
        "2026-05-22 10:00",
        "Minutes of strategy mtg 19.05 rec'd from CSC - filed. School action: CIN mtg in June, HoY daily check-in on return.",
        "Kian; Miss Kerr",
        "E20",
    ),
    (
        GP,
        "2026-05-29",
        "Paeds d/c summary Ward 12 (17-19/05/26): KD intentional paracetamol OD, NAC, LFTs normal, CAMHS r/v, d/c to uncle. Action: no repeat paracetamol/OTC - noted on record.",
        "KD; Declan",
        "E19",
    ),
    # ---------------- June 2026 ----------------
    (
        CAM,
        "2026-06-02 16:00",
        "Session (EB) - twice weekly. Mood 4/10. No SH since OD. Dad back at Pathways.",
        "Kian; Dad; EB",
        None,
    ),
    (
        CSC,
        "2026-06-03 16:30",
        "Child in need visit at Declan's. Kian back at school and at football. Supervised contact with his dad at Declan's on Sunday went well.",
        "Kian Doherty; Declan Doherty; Sean Doherty",
        None,
    ),
    (
        CAM,
        "2026-06-04 16:00",
        "Session (EB). Mood 5/10. Working on 'what's mine to carry'.",
        "Kian; EB",
        None,
    ),
    # E21 missing episode (Fri night), notified to CSC on Monday
    (
        POL,
        "2026-06-12 22:45",
        "Occ 26/080551. Missing person - DOHERTY, Kian (13), from 22 Fennel Close, reported by uncle 22:40 (not back from football 19:00, phone off). Graded medium (recent OD). Located 01:05 13/06 by officers at father's addr Flat 3 Mill Lane - father intox; Kian said he had been 'looking after him'. Returned to uncle 01:30. Minor injury R hand (says punched a door). PPN + missing notification to LA.",
        "Kian Doherty; Declan Doherty; Sean Doherty",
        "E21",
    ),
    # E22 self-presentation to ED next afternoon (a separate happening) and the GP letter
    (
        ACU,
        "2026-06-13 15:20",
        "Paeds ED: 13M, R hand pain, punched a door last night. XR: # neck 5th MC, minimal angulation. Neighbour strapping, fracture clinic 1/52. Safeguarding: known SW + CAMHS - CAMHS informed by email.",
        "Kian Doherty; Declan Doherty",
        "E22",
    ),
    (
        CSC,
        "2026-06-15 09:10",
        "Missing notification and Police Protection Notice from Friday night: Declan reported Kian missing at 10.40pm; police found him at about 1am at his father's flat - Mr Doherty was drunk and Kian said he was looking after him. Returned to Declan's. Return home interview to be offered within 72 hours.",
        "Kian Doherty; Declan Doherty; Sean Doherty",
        "E21",
    ),
    (
        SCH,
        "2026-06-15 08:40",
        "AO: Kian in, R hand strapped - says 'football'. Uncle rang 08:10, Kian may be tired, 'long weekend'.",
        "Kian; Uncle Declan; AO Pickering",
        None,
    ),
    (
        CAM,
        "2026-06-16 16:00",
        "Session (EB). Kian talked about Friday - went to Dad's because Dad texted he was 'on the floor'. Guilt, anger. Mood 3/10. Safety plan re-done; no SH.",
        "Kian; Dad; EB",
        None,
    ),
    (
        CSC,
        "2026-06-17 16:00",
        "Return home interview with Kian at Declan's (done by me, as he asked). He went to his dad's after Mr Doherty texted that he was 'on the floor'. Agreed he will ring Declan or 999 instead of going alone.",
        "Kian Doherty; Sean Doherty; Declan Doherty; SW Anand",
        None,
    ),
    (
        GP,
        "2026-06-18 10:30",
        "SD - r/v. Restarted Pathways, supervised community detox booked 29/06. Thiamine. ~10u/d.",
        "Sean Doherty; Dr Mistry",
        None,
    ),
    (
        GP,
        "2026-06-24",
        "ED letter 13/06/26 - KD: # R 5th metacarpal neck (punched door), strapping, fracture clinic. Nil GP action.",
        "KD",
        "E22",
    ),
    (
        CSC,
        "2026-06-24 16:00",
        "Private fostering visit (third). Kian's hand in a strap, clinic happy. Declan and Nicola coping well; Nicola says Kian now cooks with her 'for fun, not because he has to'.",
        "Kian Doherty; Declan Doherty; Nicola Hart",
        None,
    ),
    (
        CAM,
        "2026-06-30 16:00",
        "Session (EB). Mood 6/10. Dad started detox yesterday. Reduce to weekly from July.",
        "Kian; Dad; EB",
        None,
    ),
    # ---------------- July 2026 ----------------
    # E23 child in need meeting (look-alike of the December one)
    (
        CSC,
        "2026-07-07 13:30",
        "Child in need meeting at Northbrook Academy. Present: Kian (for part), Declan Doherty, Nicola Hart, Mr Doherty (nine days into a supervised detox), me, Mr Fletcher, Miss Kerr, Ellie Barnes (CAMHS). Plan: private fostering arrangement continues; contact with Mr Doherty unsupervised in the daytime once he completes the detox; CAMHS to write to the school about support for Year 10. Review September.",
        "Kian Doherty; Declan Doherty; Nicola Hart; Sean Doherty; SW Anand; Mr Fletcher; Miss Kerr; Ellie",
        "E23",
    ),
    (
        SCH,
        "2026-07-07 13:30",
        "CIN mtg in school (conf room) 1.30pm - DSL + HoY attended. Attendance 98% summer term. Plan: Y10 support plan in Sept.",
        "Kian; Dad; Uncle Declan; Mr Fletcher; Miss Kerr; SW Anand",
        "E23",
    ),
    (
        CAM,
        "2026-07-07 13:30",
        "CIN meeting at school attended (EB). CAMHS action: letter to school re Y10 support.",
        "Kian; EB",
        "E23",
    ),
    # E24 CAMHS letter to school, received the following week
    (
        CAM,
        "2026-07-09",
        "Letter to Northbrook Academy (HoY), with Kian's and uncle's consent: summary of CAMHS involvement; suggestions for September - exit pass, named adult, private changing for PE, advance notice of fire drills.",
        "Kian; Uncle Declan; Miss Kerr; EB",
        "E24",
    ),
    (
        SCH,
        "A:2026-07-13:2026-07-17:w/c 13/7/26",
        "Letter from CAMHS (dated 9.7) rec'd by HoY - ideas for Y10 support plan: exit card, key adult (Miss Kerr), PE changing privately, warning before fire drills. To set up in Sept.",
        "Kian; Miss Kerr; EB",
        "E24",
    ),
    (
        GP,
        "2026-07-15 11:00",
        "SD - detox completed 10/07. Acamprosate started. AF 5/7. Pathways weekly.",
        "Sean Doherty; Dr Mistry",
        None,
    ),
    (
        SCH,
        "2026-07-17 12:00",
        "AO: end of year - Kian 84.6% overall (98% since Easter). Award for most improved attendance Y9.",
        "Kian; AO Pickering",
        None,
    ),
    (
        CAM,
        "2026-07-21 16:00",
        "Session (EB). Mood 6/10. Going to Mum's in Leeds for 2 wks in August. Holiday plan + crisis numbers.",
        "Kian; Mum; EB",
        None,
    ),
    # ---------------- August 2026 ----------------
    (
        CSC,
        "M:2026-08",
        "During August Kian spent two weeks with his mother Joanne Pryor in Leeds, agreed by Declan and Mr Doherty. Joanne rang me to say it went well and she would like him every summer.",
        "Kian Doherty; Joanne Pryor; Declan Doherty; Sean Doherty",
        None,
    ),
    (
        CSC,
        "2026-08-05 11:00",
        "Private fostering visit (fourth) - before Kian goes to Leeds. Mr Doherty present for part; sober; now sees Kian on Saturdays for lunch.",
        "Kian Doherty; Declan Doherty; Sean Doherty",
        None,
    ),
    (
        POL,
        "2026-08-08 17:20",
        "Occ 26/112874. DOHERTY, Sean (48) - drunk and disorderly, Mill Lane shops. Arrested, custody. Conditional caution. No children present.",
        "Sean Doherty",
        None,
    ),
    (
        CAM,
        "2026-08-18 16:00",
        "Session (EB). Back from Leeds. Upset Dad 'had a drink' while he was away. Mood 5/10. No SH.",
        "Kian; Dad; EB",
        None,
    ),
    (
        FRS,
        "2026-08-19 14:00",
        "S&W visit - Flat 3 Mill Lane (DOHERTY Sean), LA referral. 1 x optical SA fitted, existing tested. Advice: cooking, smoking in bed, alcohol. Occupier sober at visit. Risk: medium.",
        "Sean Doherty; CSA Webb",
        None,
    ),
    (
        GP,
        "2026-08-24 09:40",
        "KD - with uncle. Hand healed, full ROM. Mood 'OK'. Sleep better. CAMHS ongoing.",
        "KD; Declan; Dr Mistry",
        None,
    ),
    # ---------------- September 2026 ----------------
    (
        SCH,
        "2026-09-03 08:45",
        "Y10 start. Support plan mtg - Kian, uncle, Miss Kerr, AO: exit card issued, key adult Miss Kerr, PE changing arrangements, fire drill notice. 100% target.",
        "Kian; Uncle Declan; Miss Kerr; AO Pickering",
        None,
    ),
    (
        CAM,
        "2026-09-08 16:00",
        "Session (EB). Mood 6/10. Settled in Y10. Plan: fortnightly from Oct, discharge review Dec.",
        "Kian; EB",
        None,
    ),
    (
        SCH,
        "A:2026-09-14:2026-09-18:w/c 14/9/26",
        "AO: Kian 100% first 2 wks Y10. No absence calls from Dad this term.",
        "Kian; Dad; AO Pickering",
        None,
    ),
    (
        CSC,
        "2026-09-16 16:00",
        "Private fostering visit (fifth). Kian has started Year 10 and likes his options. Declan and Nicola want the arrangement to continue; Mr Doherty agrees. Child in need review to be arranged for October.",
        "Kian Doherty; Declan Doherty; Nicola Hart; Sean Doherty",
        None,
    ),
    (
        GP,
        "2026-09-21 10:10",
        "SD - r/v. Lapse x2 in Aug, AF since 20/08. Acamprosate contd. LFTs improving (GGT 140).",
        "Sean Doherty; Dr Mistry",
        None,
    ),
    (
        CAM,
        "2026-09-22 16:00",
        "Session (EB). Mood 7/10. Dad 'off the drink a month'. Kian wants to 'just be normal'.",
        "Kian; Dad; EB",
        None,
    ),
]


def main():
    out = HERE / "case_ap.json"
    casegen.build(
        "ap",
        "13-year-old young carer for an alcohol-dependent father: non-attendance with made-up "
        "excuses, a knife in his school bag, self-harm, a house fire, private fostering with "
        "his uncle and an overdose; 7 agencies, Oct 2025 - Sep 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
