# ruff: noqa
"""Writing aid for held-out case_aw (fictional; written blind, see README.md here).

    python3 bench/data/merging/heldout18/build_aw.py   # writes heldout18/case_aw.json

HELD-OUT: never open this file or case_aw.json while changing merge rules; only score it.

A seven-year-old (Poppy) with neglect and poor school attendance; her mother Tasha has bipolar
affective disorder and relapses (a section 136 detention, the crisis team, the home treatment
team); her brother Jordan (15) is arrested carrying a knife and is at risk of criminal
exploitation; the mother's ex-partner Dean Corrigan assaults her and later breaches a
restraining order. Strategy discussion, section 47 enquiry, ICPC, core groups, CP plans.
Six agencies, Sep 2025 - Jun 2026. Every entry is written by hand (no random filler), so the
output is deterministic. Events are tagged by name below and numbered E01... by first date.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# two extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("mht", "%d %b %Y")  # 18 Oct 2025
casegen.STYLES.setdefault("amb", "%d%b%y")  # 18Oct25

CSC = "Children's Social Care"
POL = "Police"
SCH = "Brambleford Primary School"
GP = "Ashgrove Medical Practice"
MH = "Northvale Mental Health Trust"
AMB = "Ambulance service"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (SCH, "education", "school"),
    (GP, "health", "gp"),
    (MH, "health", "mht"),
    (AMB, "health", "amb"),
]

PEOPLE = [
    ("Poppy Halloran", ["Poppy", "Pops", "HALLORAN, Poppy", "PH"], "Child P (7)", "child"),
    ("Jordan Halloran", ["Jordan", "HALLORAN, Jordan", "JH"], "Child J (15, sibling)", "child"),
    (
        "Tasha Halloran",
        ["Tasha", "Ms Halloran", "Mum", "TH", "HALLORAN, Tasha"],
        "Mother",
        "parent",
    ),
    (
        "Dean Corrigan",
        ["Dean", "Mr Corrigan", "CORRIGAN, Dean", "CORRIGAN"],
        "Mother's ex-partner",
        "other_adult",
    ),
    (
        "Leanne Pryor",
        ["Leanne", "Aunt Leanne", "Auntie Leanne", "PRYOR, Leanne"],
        "Maternal aunt",
        "family",
    ),
    ("Priya Nandra", ["SW Nandra", "Priya (CSC)", "PN"], "Social worker", "professional"),
    ("Graham Oduya", ["TM Oduya"], "Team manager", "professional"),
    (
        "Elaine Fairclough",
        ["Mrs Fairclough", "EF", "DSL Fairclough"],
        "Designated safeguarding lead",
        "professional",
    ),
    ("Ben Whitlow", ["Mr Whitlow"], "Class teacher (Y3)", "professional"),
    ("Carol Denby", ["Mrs Denby"], "School attendance officer", "professional"),
    ("Anjali Mehra", ["Dr Mehra"], "GP", "professional"),
    (
        "Rosa Kettering",
        ["Rosa", "RK", "CPN Kettering"],
        "CMHT care coordinator (CPN)",
        "professional",
    ),
    ("Kit Lawson", ["KL"], "Crisis team practitioner", "professional"),
    ("Omar Begg", ["OB", "Omar (HTT)"], "Home treatment team nurse", "professional"),
    ("Simon Ayodele", ["AMHP Ayodele"], "Approved mental health professional", "professional"),
    ("Ffion Harte", ["DC Harte"], "Detective constable (CAIT)", "professional"),
    ("Margaret Ilesanmi", ["Chair Ilesanmi"], "Child protection conference chair", "professional"),
]

# (agency, date, text, people, event tag or None)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        GP,
        "Y:2016",
        "TH - BPAD dx (Northvale) after manic episode, informal adm 6/52. 2nd adm 2019 (s2). Lithium 800mg; concordance poor when well. Children Jordan (b.2010), Poppy (b.2018) on list.",
        "Tasha Halloran; Jordan; Poppy",
        None,
    ),
    (
        CSC,
        "M:2023-03",
        "Previous involvement: a child in need plan for Poppy and Jordan from October 2022 after Ms Halloran's admission to hospital, when the children stayed with their aunt Leanne Pryor. The plan was closed in March 2023 as Ms Halloran was well and engaging with her care coordinator and the children's attendance had improved.",
        "Poppy Halloran; Jordan Halloran; Tasha Halloran; Leanne Pryor",
        None,
    ),
    (
        POL,
        "M:2024-06",
        "Intel/PNC - CORRIGAN, Dean (39). 2 x common assault v prev partner (2019, 2021), 1 x crim damage. Now in relationship w/ HALLORAN, Tasha, 14 Fennel Row, Kesterton - addr flagged.",
        "CORRIGAN, Dean; HALLORAN, Tasha",
        None,
    ),
    (
        MH,
        "2025-07-02",
        "CMHT: discharged to primary care after 2 years' stability on lithium. Relapse signature shared with Tasha and GP: reduced sleep, spending, irritability, paranoid ideas about 'people watching the house'. Self-referral route explained.",
        "Tasha Halloran",
        None,
    ),
    (
        SCH,
        "M:2025-07",
        "End of Y2 summary for DSL file: Poppy attendance 81% (persistent absence), 14 lates. FSM. Mum hard to reach - most contact via Jordan. Passed to Y3 teacher.",
        "Poppy; Mum; Jordan; Mrs Fairclough",
        None,
    ),
    # ---------------- September 2025 ----------------
    (
        SCH,
        "2025-09-03 09:25",
        "First day of Y3 (Mr Whitlow). Poppy arrived 9.25, summer dress too small, no book bag, hair matted. Said she 'got herself ready'. Logged for DSL.",
        "Poppy; Mr Whitlow; Mrs Fairclough",
        None,
    ),
    (
        SCH,
        "2025-09-15",
        "Attendance: Poppy 70% first two weeks. Mrs Denby sent first attendance letter home and left voicemail for Mum - no reply.",
        "Poppy; Mum; Mrs Denby",
        None,
    ),
    (
        GP,
        "2025-09-16 11:10",
        "Poppy - brought by brother (15) with note from mum. Itchy scalp 3/52, rash L cheek. O/E live lice, honey-crusted lesion. Imp head lice + impetigo. Fusidic acid cream 5/7. Advised parent to attend next time. Jordan says mum 'in bed a lot'. Discussed with practice safeguarding lead - monitor.",
        "Poppy; Jordan; Dr Mehra",
        None,
    ),
    # E gpref: GP re-referral to CMHT, received 5 days later
    (
        GP,
        "2025-09-17 16:40",
        "TH - att alone, 20 min late. Not sleeping 2/52 (3-4h), pressured speech, racing thoughts, spending. Stopped lithium ~6/52 ('made me flat'). No SI/psychotic sx. Children at school. Imp ?hypomanic relapse BPAD. Declines restart lithium. Urgent re-ref CMHT sent today. R/v 1/52.",
        "Tasha Halloran; Dr Mehra",
        "gpref",
    ),
    (
        SCH,
        "2025-09-19",
        "DSL log: Poppy had two breakfasts at breakfast club, said 'we didn't have tea'. Collected 3.40 by Jordan (late).",
        "Poppy; Jordan; Mrs Fairclough",
        None,
    ),
    (
        MH,
        "2025-09-22",
        "CMHT single point of access: re-referral received from Ashgrove Medical Practice (Dr Mehra, dated 17/09). Relapse indicators as per relapse signature; off lithium. Triaged urgent (7 days). Assessment offered 01 Oct by letter and phone.",
        "Tasha Halloran; Dr Mehra",
        "gpref",
    ),
    (
        GP,
        "2025-09-24 09:40",
        "TH r/v. Sleeping 4h. 'Fine, just busy.' Declines mood stabiliser again. CMHT appt 01/10 - encouraged. Pops seen with mum at end of appt - impetigo resolved.",
        "Tasha Halloran; Pops; Dr Mehra",
        None,
    ),
    # E schref: school referral sent Friday afternoon, MASH logs it Monday
    (
        SCH,
        "2025-09-26 15:40",
        "Referral to Children's Services (MASH online form) sent 3.40pm by EF. Concerns: attendance 72% this term, 9 lates; Poppy hungry most mornings, same clothes all week, head lice; brother (15) does drop-off/pick-up; Mum not answering calls or letters. Unable to inform parent before sending.",
        "Poppy; Jordan; Mum; Mrs Fairclough",
        "schref",
    ),
    (
        SCH,
        "2025-09-26 15:20",
        "Poppy collected 3.20 by Mum (first time this term). Mum very chatty, talking fast, said she is 'starting a business'. Mr Whitlow mentioned attendance - Mum said 'she's fine'.",
        "Poppy; Mum; Mr Whitlow",
        None,
    ),
    (
        CSC,
        "2025-09-29 09:15",
        "MASH: a referral about Poppy was received this morning from Brambleford Primary School; it was submitted through the online portal late on Friday afternoon by the designated safeguarding lead, Mrs Fairclough. The school describe poor attendance, Poppy arriving hungry and unwashed, untreated head lice and her 15-year-old brother taking responsibility for getting her to school. Checks: a previous child in need plan closed March 2023; mother known to adult mental health services; police hold domestic abuse information about her former partner Dean Corrigan. Decision: child and family assessment, allocated to Priya Nandra.",
        "Poppy Halloran; Jordan Halloran; Tasha Halloran; Dean Corrigan; Mrs Fairclough; SW Nandra",
        "schref",
    ),
    (
        SCH,
        "2025-09-29 09:50",
        "Poppy late 9.50, brought by Jordan - 'Mum's asleep'. Jordan said he would be late for his own school. Poppy given toast.",
        "Poppy; Jordan; Mum",
        None,
    ),
    # ---------------- October 2025 ----------------
    (
        MH,
        "2025-10-01 14:00",
        "CMHT assessment (Rosa Kettering, CPN). Elevated mood, sleeping 3h, irritable, overspending (catalogue debts). Some ideas that neighbours are 'reporting' her. Lives with Jordan 15 and Poppy 7. Ex-partner Dean - relationship ended in summer, 'he still turns up'. Plan: care coordination (RK), urgent psychiatry OP, discuss restarting lithium, relapse plan refreshed.",
        "Tasha Halloran; Jordan; Poppy; Dean; Rosa",
        None,
    ),
    (
        SCH,
        "2025-10-01",
        "Poppy absent, no call. Mrs Denby rang Mum x2 - no answer. Text sent.",
        "Poppy; Mum; Mrs Denby",
        None,
    ),
    (
        CSC,
        "2025-10-06 16:00",
        "Home visit for the child and family assessment. Ms Halloran let me in after several minutes; she talked quickly and moved between topics and said she had not slept well 'for a while'. The kitchen had little food (bread, cereal, no milk); the fridge was not working. Poppy's bedroom had a bare mattress and a pile of clothes on the floor. Jordan came home at 16:40 and said he does most of the shopping and gets Poppy to school. Ms Halloran agreed to me speaking to her GP and the school.",
        "Tasha Halloran; Poppy Halloran; Jordan Halloran; SW Nandra",
        None,
    ),
    # E gpcall: phone call recorded at both ends in different words
    (
        CSC,
        "2025-10-08 11:20",
        "I spoke to Dr Mehra at the surgery about the family. She told me that Poppy never had her pre-school booster, that in September it was her brother who brought her to an appointment rather than her mother, and that Ms Halloran had recently been sent back to the mental health team because she had stopped her medication. Dr Mehra is worried that Ms Halloran will not keep in contact with services.",
        "Dr Mehra; Poppy Halloran; Jordan Halloran; Tasha Halloran; SW Nandra",
        "gpcall",
    ),
    (
        GP,
        "2025-10-08 11:20",
        "T/C Priya (CSC) - C&F assessment, consent seen. Shared: PSB outstanding, Pops brought by sib 16/09, mum re-ref CMHT 17/09 (off lithium). Summary to follow by email.",
        "Priya (CSC); Pops; Mum",
        "gpcall",
    ),
    (
        SCH,
        "2025-10-08",
        "Poppy absent. Mum rang 8.40 - 'poorly tummy'. Code I.",
        "Poppy; Mum",
        None,
    ),
    (
        MH,
        "2025-10-15",
        "Psychiatry OP (Dr Farrow) with RK. Hypomanic relapse. Tasha agreed to restart lithium 400mg nocte, titrate to level; olanzapine 5mg prn for sleep. Bloods today. Weekly CPN contact.",
        "Tasha Halloran; Rosa",
        None,
    ),
    # E s136: Saturday-night s136, ambulance, EDT, Place of Safety/AMHP, Monday PPN + school, GP letter 13 days on
    (
        POL,
        "2025-10-18 23:40",
        "Occ 25/188412. Call from MOP 23:05 - female on wrong side of railings, Weir Bridge, Kesterton. Officers att 23:12. HALLORAN, Tasha (38) agitated, stating 'they are coming for my kids'. Persuaded back over railings. Detained s136 MHA 23:40. Amb requested. 2 children at home addr alone (15y, 7y) - EDT informed.",
        "HALLORAN, Tasha; Jordan; Poppy",
        "s136",
    ),
    (
        AMB,
        "2025-10-19 00:05",
        "Inc 4471902 Cat 2. Police req - s136 in place. F 38 on scene w/ police. Alert, agitated, pressured speech. No injuries. Obs WNL, BM 5.6, no ETOH. Conveyed HBPoS Northvale Place w/ police escort. Handover 00:48.",
        "Tasha Halloran",
        "s136",
    ),
    (
        CSC,
        "2025-10-19 00:20",
        "Emergency duty team: police rang to say Ms Halloran has been detained under section 136 of the Mental Health Act after she was found on Weir Bridge. Jordan (15) and Poppy (7) are at home on their own. I spoke to Jordan by phone; he was calm and agreed to ring his aunt Leanne Pryor, who arrived at 01:10 and will stay overnight. Passed to the day team / MASH for Monday.",
        "Tasha Halloran; Jordan Halloran; Poppy Halloran; Leanne Pryor",
        "s136",
    ),
    (
        MH,
        "2025-10-19 03:10",
        "HBPoS Northvale Place. Received 00:48 from police/ambulance under s136. MHA assessment 02:30 - AMHP Simon Ayodele, Dr Iqbal (s12). Elevated mood, pressured, paranoid ideas re 'social services taking the kids'; denies intent to jump - 'needed air'. Accepts help. Not detained. Discharged home 03:10 (sister Leanne with children). Referred CRHT - visit today. Care co-ord RK informed by email.",
        "Tasha Halloran; AMHP Ayodele; Leanne; Rosa",
        "s136",
    ),
    (
        MH,
        "2025-10-19 15:00",
        "CRHT home visit (Kit Lawson). Tasha slept 2h after returning. Calmer, some insight - 'I frightened myself'. Took lithium + olanzapine observed. Leanne present; children in lounge, Jordan quiet. Plan daily CRHT visits, meds supervised.",
        "Tasha Halloran; Leanne; Poppy; Jordan; KL",
        None,
    ),
    (
        SCH,
        "2025-10-20 08:45",
        "Poppy brought in by her aunt (Leanne Pryor), who told the office that Mum 'had to go to hospital on Saturday night - she's home now but not well'. DSL informed. Poppy tired, said 'Auntie Leanne slept on our settee'.",
        "Poppy; Leanne; Mum; Mrs Fairclough",
        "s136",
    ),
    (
        CSC,
        "2025-10-20 09:10",
        "MASH: Police Protection Notice (adult at risk, children at home) for late on Saturday 18 October: Ms Halloran was detained by police under section 136 on Weir Bridge and assessed at the place of safety; she was not detained under the Mental Health Act and returned home in the early hours of Sunday with the crisis team following up. Linked to the open child and family assessment; SW Nandra informed.",
        "Tasha Halloran; Poppy Halloran; Jordan Halloran; SW Nandra",
        "s136",
    ),
    (
        MH,
        "2025-10-20 11:30",
        "CRHT visit 2 (KL). Slept 5h. Mood still elevated but less pressured. Worried about 'social worker coming'. Children at school/college.",
        "Tasha Halloran; KL",
        None,
    ),
    # E crisis call: CRHT practitioner rings CSC duty; described differently at each end
    (
        MH,
        "2025-10-21 10:30",
        "KL - t/c to CSC duty to update re CRHT involvement and ask about support for children while mum unwell. Spoke to allocated SW (Priya N). Agreed SW and CRHT visit Thursday to avoid duplicating.",
        "KL; Priya (CSC); Tasha Halloran",
        "crisiscall",
    ),
    (
        CSC,
        "2025-10-21 10:30",
        "Call from the crisis resolution and home treatment team at Northvale: Kit Lawson explained that they are seeing Ms Halloran every day since the weekend and asked what help the children have. We agreed I would visit on Thursday at a time the crisis worker is not there.",
        "Kit Lawson; Tasha Halloran; Poppy Halloran; Jordan Halloran; SW Nandra",
        "crisiscall",
    ),
    (
        SCH,
        "2025-10-21",
        "Poppy came in without a coat (raining), hungry - 3 slices at breakfast club. Told Mr Whitlow 'Mum talks really fast and nurses come every day'.",
        "Poppy; Mum; Mr Whitlow",
        None,
    ),
    (
        CSC,
        "2025-10-23 14:00",
        "Home visit. Ms Halloran calmer, taking her medication in front of the crisis team. Food in the house (Leanne shopped). Saw Poppy in her room - she showed me a new duvet from her aunt. Jordan not home.",
        "Tasha Halloran; Poppy Halloran; Leanne Pryor; SW Nandra",
        None,
    ),
    (
        MH,
        "2025-10-24",
        "CRHT discharge to CMHT care coordinator (RK): mood settling, sleeping 6h, concordant with lithium. Weekly CPN visits.",
        "Tasha Halloran; KL; Rosa",
        None,
    ),
    # ---------------- November 2025 ----------------
    (
        GP,
        "2025-11-04",
        "TH - lithium level 0.38 (sub-therapeutic). ?missing doses. Discussed with CMHT (RK) - increase to 600mg, repeat level 1/52.",
        "Tasha Halloran; Rosa",
        None,
    ),
    (
        SCH,
        "2025-11-05",
        "Attendance review (Mrs Denby): Poppy 76% this half term. Second attendance letter sent. Invite to attendance support meeting - no reply.",
        "Poppy; Mrs Denby",
        None,
    ),
    # E knife: Friday arrest, EDT call re appropriate adult, Monday notification to MASH
    (
        SCH,
        "2025-11-07 15:45",
        "Poppy collected 3.45 by Jordan - rushed, hood up over his secondary uniform, said he 'had to be somewhere'. Poppy left with him.",
        "Poppy; Jordan",
        None,
    ),
    (
        POL,
        "2025-11-07 18:20",
        "Occ 25/201337. S1 PACE search, Kesterton bus stn (CCTV op). HALLORAN, Jordan (15) - kitchen knife, 20cm blade, in waistband. Arrested poss bladed article in public place. Custody 18:55. Mother unfit to act as AA - aunt PRYOR, Leanne att 21:30. Interview: carries for protection, threatened by older youths over a 'debt'. RUI. Ref YOS + CCE screening. Child notification to MASH.",
        "HALLORAN, Jordan; HALLORAN, Tasha; PRYOR, Leanne",
        "knife",
    ),
    (
        CSC,
        "2025-11-07 19:30",
        "Emergency duty team: Kesterton custody rang. Jordan has been arrested for carrying a knife at the bus station. His mother sounded confused on the phone and the custody sergeant did not think she could act as his appropriate adult. I rang Leanne Pryor, who agreed to go. Checked where Poppy was: at home with a neighbour until Leanne gets back.",
        "Jordan Halloran; Tasha Halloran; Leanne Pryor; Poppy Halloran",
        "knife",
    ),
    (
        POL,
        "2025-11-09",
        "Intel log: JH seen with known older males (Pendle estate line) Sat evening. CCE indicators noted.",
        "JH",
        None,
    ),
    (
        CSC,
        "2025-11-10 09:05",
        "MASH: police child notification received for Jordan's arrest on Friday evening (possession of a knife in a public place, released under investigation, youth offending and exploitation screening requested). Jordan told police he carries it because older boys say he owes them money. Added to the family's open assessment; TM Oduya asked to consider a strategy discussion for both children.",
        "Jordan Halloran; TM Oduya; Poppy Halloran",
        "knife",
    ),
    (
        SCH,
        "2025-11-10",
        "Circle time - Poppy said 'Jordan got arrested and Mum cried all weekend'. EF spoke to her after - Poppy said Auntie Leanne stayed. Logged.",
        "Poppy; Jordan; Mum; Leanne; Mrs Fairclough",
        None,
    ),
    # E strat: strategy discussion; GP receives the minutes 6 days later
    (
        CSC,
        "2025-11-12 11:00",
        "Strategy discussion (Teams), chaired by TM Graham Oduya. Present: SW Priya Nandra, DC Ffion Harte (police), Mrs Fairclough (designated safeguarding lead, Brambleford Primary), Rosa Kettering (care coordinator, community mental health team). GP unable to attend; minutes to be shared. Information: Poppy's attendance 74% with hunger and poor hygiene; Ms Halloran's relapse and detention on 18 October; Jordan's arrest with a knife on 7 November and signs that older males are exploiting him; Dean Corrigan's history of violence to a previous partner. Decision: threshold met for section 47 enquiries for both children (neglect; for Jordan, also criminal exploitation), single agency by Children's Social Care with police leading on the knife offence. Poppy to be seen alone at school tomorrow.",
        "Poppy Halloran; Jordan Halloran; Tasha Halloran; Dean Corrigan; TM Oduya; SW Nandra; DC Harte; Mrs Fairclough; Rosa",
        "strat",
    ),
    (
        POL,
        "2025-11-12 11:00",
        "Strat disc (Teams) re HALLORAN children. DC Harte. Police info: s136 18/10, JH arrest 07/11 RUI, CCE intel 09/11, CORRIGAN DA hx x2 prev partner. Outcome: s47 x2 - CSC single agency. Police: progress knife offence, CCE disruption.",
        "HALLORAN, Poppy; HALLORAN, Jordan; CORRIGAN; DC Harte",
        "strat",
    ),
    (
        SCH,
        "2025-11-12 11:00",
        "Strategy meeting (online) - EF attended 11-11.45. Outcome: child protection enquiries (s.47) for Poppy and Jordan. School to send attendance printout + DSL log to SW by Friday. SW to see Poppy in school tomorrow pm.",
        "Poppy; Jordan; Mrs Fairclough; SW Nandra",
        "strat",
    ),
    (
        MH,
        "2025-11-12 11:00",
        "Multi-agency strategy discussion re Tasha's children - RK attended for CMHT. Shared: BPAD relapse since Aug, CRHT episode 19-24/10, lithium restarted, level low. Outcome: CSC to carry out child protection enquiries for both children. RK to discuss with Tasha at next visit.",
        "Tasha Halloran; Poppy; Jordan; Rosa",
        "strat",
    ),
    (
        GP,
        "2025-11-12 15:50",
        "Poppy - with aunt (Leanne). Cough 3/52, worse at night, wheeze on running. Chest: scattered exp wheeze, sats 97%. Imp ?asthma. Salbutamol 100mcg + spacer, technique shown. Peak flow diary. R/v 2/52.",
        "Poppy; Leanne; Dr Mehra",
        None,
    ),
    # E s47visit: SW sees Poppy at school
    (
        CSC,
        "2025-11-13 13:30",
        "Saw Poppy on her own at school in the nurture room (section 47 enquiry). She drew her house and put her mum 'in bed' and Jordan 'in the kitchen making noodles'. She said she is hungry 'sometimes in the mornings' and that Jordan looks after her. She was worried about Jordan 'being in trouble'. She likes her teacher and wants to stay at her school.",
        "Poppy Halloran; Jordan Halloran; Tasha Halloran; SW Nandra",
        "s47visit",
    ),
    (
        SCH,
        "2025-11-13 13:30",
        "SW visit - Priya N saw Poppy in the nurture room 1.30-2.00pm (CP enquiry). EF waited outside at SW's request. Poppy returned to class happy.",
        "Poppy; Priya (CSC); Mrs Fairclough",
        "s47visit",
    ),
    (
        MH,
        "2025-11-13 10:00",
        "CPN visit (RK). Tasha angry that there is a 'child protection investigation' - 'I'm not a bad mum'. Discussed strategy outcome. Mood more settled, lithium 600mg taken. Poppy's asthma inhaler on the side - 'Leanne took her'.",
        "Tasha Halloran; Poppy; Leanne; Rosa",
        None,
    ),
    (
        POL,
        "2025-11-13",
        "JH - RUI update: knife sent for forensics. Voluntary interview re CCE intel declined via solicitor.",
        "JH",
        None,
    ),
    (
        CSC,
        "2025-11-14 16:30",
        "Saw Jordan alone at home. He was guarded. He said he started carrying the knife after he was 'jumped' at the rec and that he owes an older boy £200 for 'stuff'. He denied selling drugs. He said he does everything for Poppy because 'Mum can't'.",
        "Jordan Halloran; Poppy Halloran; Tasha Halloran; SW Nandra",
        None,
    ),
    (
        GP,
        "2025-11-18",
        "Strat disc minutes 12/11/25 rec'd via secure email. Outcome s47 Poppy + Jordan (CSC lead). GP report req if ICPC. Coded + alerts added both children.",
        "Poppy; Jordan",
        "strat",
    ),
    (
        GP,
        "2025-11-26 11:30",
        "Poppy asthma r/v with mum. Using salbutamol 3-4x/day. PEF variable 180-230. Start clenil 100mcg 2 puffs bd. Asthma plan given. Mum distracted, left 10 min in.",
        "Poppy; Mum; Dr Mehra",
        None,
    ),
    (
        GP,
        "2025-11-28",
        "Report for ICPC 03/12 sent (Poppy, Jordan): missed PSB, attendance by sibling, new asthma dx, mother's BPAD relapse. Unable to attend (surgery).",
        "Poppy; Jordan; Tasha Halloran; Dr Mehra",
        None,
    ),
    (
        AMB,
        "2025-11-29 22:40",
        "Inc 4502217 Cat 3. M 15, assaulted (punched x3) Pendle rec by unknown youths. Lac upper lip 1cm, no LOC, GCS 15. Cleaned, steristrips. Police not requested - pt declined. See & treat, left with aunt.",
        "Jordan; Leanne",
        None,
    ),
    (
        POL,
        "2025-12-01",
        "Police report for ICPC 03/12 submitted to conference team (s136, JH arrest, CCE intel, CORRIGAN DA hx).",
        "HALLORAN, Poppy; HALLORAN, Jordan; DC Harte",
        None,
    ),
    # ---------------- December 2025 ----------------
    # E icpc: initial child protection conference
    (
        CSC,
        "2025-12-03 10:00",
        "Initial child protection conference, chaired by Margaret Ilesanmi. Present: Ms Halloran (supported by her sister Leanne Pryor), Jordan for the first part, SW Nandra, TM Oduya, DC Harte, Mrs Fairclough, Rosa Kettering (care coordinator). Written report from the GP. The conference heard about Poppy's attendance, hunger and hygiene, Jordan's caring role and his arrest, and Ms Halloran's relapse. Decision: Poppy and Jordan to be subject to child protection plans under the category of neglect. Core group to meet within ten working days; first core group 17 December at school.",
        "Poppy Halloran; Jordan Halloran; Tasha Halloran; Leanne Pryor; Chair Ilesanmi; SW Nandra; TM Oduya; DC Harte; Mrs Fairclough; Rosa",
        "icpc",
    ),
    (
        SCH,
        "2025-12-03 10:00",
        "ICPC - EF attended, school report shared (attendance 74%, 12 lates, hunger, hygiene). Outcome: CP plans x2 (neglect). School actions: daily meet & greet, breakfast club place, attendance plan.",
        "Poppy; Jordan; Mrs Fairclough",
        "icpc",
    ),
    (
        POL,
        "2025-12-03 10:00",
        "ICPC att DC Harte. HALLORAN, Poppy + Jordan - CP plans, neglect. Police actions: CCE disruption plan JH, share DA info re CORRIGAN.",
        "HALLORAN, Poppy; HALLORAN, Jordan; CORRIGAN; DC Harte",
        "icpc",
    ),
    (
        MH,
        "2025-12-03 10:00",
        "Attended initial child protection conference (RK). Both children on plans for neglect. CMHT: care coordination, relapse plan to be shared with SW, inform SW of any crisis.",
        "Tasha Halloran; Poppy; Jordan; Rosa",
        "icpc",
    ),
    (
        SCH,
        "2025-12-03 09:00",
        "Poppy absent am - Mum rang: kept her home 'because of the meeting'. Arrived 1.15pm with Leanne.",
        "Poppy; Mum; Leanne",
        None,
    ),
    (
        GP,
        "2025-12-10",
        "Letter from conference service: ICPC 03/12/25 - Poppy + Jordan CP plans (neglect). Coded, alerts updated.",
        "Poppy; Jordan",
        None,
    ),
    # E da1: Saturday-night assault; police + ambulance; Op Encompass + PPN on Monday
    (
        POL,
        "2025-12-13 22:15",
        "Occ 25/223914. 999 from HALLORAN, Tasha - ex-partner at addr. CORRIGAN, Dean kicked front door in, pushed TH into banister. Officers att 22:24. CORRIGAN in drink, detained at scene. Arrested ABH + crim damage. TH pain R ribs + head - amb req. Children present: JH (15) intervened, PH (7) in bedroom awake, crying. DASH high (15). PPN. Op Encompass. MARAC ref.",
        "HALLORAN, Tasha; CORRIGAN, Dean; JH; PH",
        "da1",
    ),
    (
        AMB,
        "2025-12-13 22:41",
        "Inc 4519880 Cat 3. F 38, assaulted by ex-partner, police on scene. Pain R lower ribs, bump occiput, no LOC, GCS 15. HR 98, SpO2 98%. Advised ED for x-ray - declined, capacity OK. Worsening advice. Not conveyed.",
        "Tasha Halloran",
        "da1",
    ),
    (
        POL,
        "2025-12-14 11:00",
        "CORRIGAN interviewed - admits damage, denies assault. Charged ABH + crim damage. Bailed to Kesterton Mags 05/01/26. Conditions: no contact TH, not to enter Fennel Row.",
        "CORRIGAN; HALLORAN, Tasha",
        None,
    ),
    (
        SCH,
        "2025-12-15 08:15",
        "Operation Encompass notification rec'd 8.05am: police at Poppy's home Sat night, DA (ex-partner), Poppy present. EF informed. Poppy seen in nurture room 9am - quiet, said 'Dean broke the door and Jordan hit him'. Logged, class teacher aware.",
        "Poppy; Dean; Jordan; Mrs Fairclough; Mr Whitlow",
        "da1",
    ),
    (
        CSC,
        "2025-12-15 09:00",
        "Police Protection Notice received for a domestic incident at the family home on the night of Saturday 13 December: Dean Corrigan forced the front door and pushed Ms Halloran into the banister; Jordan tried to stop him; Poppy was upstairs and awake. Assessed as high risk and referred to MARAC by police. Mr Corrigan charged. I will visit today.",
        "Dean Corrigan; Tasha Halloran; Jordan Halloran; Poppy Halloran; SW Nandra",
        "da1",
    ),
    (
        CSC,
        "2025-12-15 14:00",
        "Home visit following the police notification. Front door boarded. Ms Halloran tearful, sore ribs, has not been to hospital. Jordan at home (not at school) - said he 'had to' hit Dean. Safety planning: Ms Halloran to ring 999 if Dean comes back; locks to be changed via the housing officer.",
        "Tasha Halloran; Jordan Halloran; Dean Corrigan; SW Nandra",
        None,
    ),
    (
        GP,
        "2025-12-16 10:10",
        "TH - R chest wall pain 3/7. Initially 'fell', then said ex-partner pushed her at the weekend, police involved. Tender R 9-10th ribs, no crepitus, chest clear. Imp rib contusion. Analgesia. Routine enquiry DA - IDVA details given. Lithium level 0.7.",
        "Tasha Halloran; Dr Mehra",
        None,
    ),
    # E bail: police email to SW, read the next day
    (
        POL,
        "2025-12-16 10:20",
        "Email to CSC (SW Nandra) from DC Harte: CORRIGAN charged, bail conditions - no contact TH, not to enter Fennel Row, until court 05/01/26. Report any breach 999.",
        "CORRIGAN; HALLORAN, Tasha; SW Nandra; DC Harte",
        "bail",
    ),
    (
        CSC,
        "2025-12-17 08:45",
        "Read DC Harte's email sent yesterday: Dean Corrigan has been charged and bailed to appear at court on 5 January, with conditions that he does not contact Ms Halloran or go to Fennel Row. Shared with Ms Halloran by phone and with the school.",
        "DC Harte; Dean Corrigan; Tasha Halloran; SW Nandra",
        "bail",
    ),
    # E cg1: first core group
    (
        CSC,
        "2025-12-17 15:30",
        "First core group meeting at Brambleford Primary. Present: Ms Halloran, Leanne Pryor, SW Nandra, Mrs Fairclough, Rosa Kettering (care coordinator). Jordan declined. Plan agreed: breakfast club daily; Leanne to do Tuesday and Thursday school runs; Ms Halloran to take medication and keep CMHT appointments; Jordan to meet the youth worker; locks changed. Next core group in January.",
        "Tasha Halloran; Leanne Pryor; SW Nandra; Mrs Fairclough; Rosa; Poppy Halloran; Jordan Halloran",
        "cg1",
    ),
    (
        SCH,
        "2025-12-17 15:30",
        "Core group 1 in school (meeting room), 3.30-4.30 - DSL. Attendance since ICPC 88%. Breakfast club place confirmed.",
        "Poppy; Mrs Fairclough",
        "cg1",
    ),
    (
        MH,
        "2025-12-17 15:30",
        "Core group at Poppy's school - RK attended with Tasha. CMHT actions: weekly CPN, lithium levels monthly, share relapse plan with SW (done).",
        "Tasha Halloran; Poppy; Rosa",
        "cg1",
    ),
    (
        SCH,
        "2025-12-19",
        "Last day of term - Christmas hamper from PTA given to Poppy's family (via Leanne). Poppy attendance autumn term 79%.",
        "Poppy; Leanne",
        None,
    ),
    # ---------------- January 2026 ----------------
    (
        POL,
        "2026-01-05",
        "CORRIGAN - Kesterton Mags. Pleaded guilty crim damage, NG ABH - trial 02/03/26. Bail conditions continue.",
        "CORRIGAN",
        None,
    ),
    # E marac
    (
        POL,
        "2026-01-08 10:00",
        "MARAC - HALLORAN, Tasha (high risk DA, CORRIGAN). Police actions: TAL marker addr, bail checks, IDVA consent obtained.",
        "HALLORAN, Tasha; CORRIGAN; DC Harte",
        "marac",
    ),
    (
        CSC,
        "2026-01-08 10:00",
        "Multi-Agency Risk Assessment Conference about Ms Halloran. Information shared about the children's child protection plans and Jordan's involvement in the incident. Actions: police marker on the address; IDVA to support Ms Halloran; the community mental health team to be told of the outcome.",
        "Tasha Halloran; Jordan Halloran; Poppy Halloran; Dean Corrigan; SW Nandra",
        "marac",
    ),
    (
        GP,
        "2026-01-08",
        "MARAC 08/01 - practice safeguarding lead (Dr Mehra) dialled in. Shared: rib injury 16/12, BPAD. MARAC flag on TH, both children.",
        "Tasha Halloran; Poppy; Jordan; Dr Mehra",
        "marac",
    ),
    (
        SCH,
        "2026-01-08",
        "Poppy 'on time every day this week' (Leanne + breakfast club). Sticker chart started.",
        "Poppy; Leanne",
        None,
    ),
    (
        AMB,
        "2026-01-10 19:55",
        "Inc 4538004 Cat 3. F 38, palpitations, 'can't switch off', not slept 3 nights. HR 112, ECG sinus tach. Calmed, breathing advice. Not conveyed - GP/CMHT advice. Son (15) present.",
        "Tasha Halloran; Jordan",
        None,
    ),
    # E jan: manic relapse, 999 from Jordan, police assist, ED, crisis team; Monday school + PPN; GP letter 12 days on
    (
        AMB,
        "2026-01-11 01:40",
        "Inc 4538211 Cat 2. Caller son. F 38, BPAD, not slept 4 nights, paranoid, barricaded in bathroom. Police req for entry - on scene 02:05. Pt agreed to travel. Conveyed Kesterton General ED 02:40. Children left w/ police.",
        "Tasha Halloran; Jordan",
        "jan",
    ),
    (
        POL,
        "2026-01-11 02:05",
        "Occ 26/004118. Assist NWAS - female in MH crisis, 14 Fennel Row. Entry w/ consent. HALLORAN, Tasha conveyed A&E by amb voluntarily, no s136. Children (15, 7) left w/ PRYOR, Leanne 02:50. PPN.",
        "HALLORAN, Tasha; JH; PH; PRYOR, Leanne",
        "jan",
    ),
    (
        CSC,
        "2026-01-11 03:00",
        "Emergency duty team: police told me Ms Halloran has been taken to the Emergency Department by ambulance after becoming very unwell overnight; it was Jordan who called for help. Jordan and Poppy are with their aunt Leanne Pryor. Day team and SW Nandra to be told on Monday.",
        "Tasha Halloran; Jordan Halloran; Poppy Halloran; Leanne Pryor",
        "jan",
    ),
    (
        MH,
        "2026-01-11 06:30",
        "Crisis team assessment in KGH ED (KL). Manic relapse with psychotic features; lithium stopped again ~3/52. Admission discussed - Tasha prefers home with HTT, sister Leanne agrees she can stay with her. Plan: HTT daily, olanzapine 10mg nocte, restart lithium. Care co-ord (RK) emailed.",
        "Tasha Halloran; Leanne; KL; Rosa",
        "jan",
    ),
    (
        SCH,
        "2026-01-12 08:40",
        "Aunt (Leanne) rang office 8.40: Mum was in A&E on Sunday night 'with her nerves' and is now staying at Leanne's with the children for a while. Poppy in school today; Leanne will collect. DSL informed.",
        "Leanne; Mum; Poppy; Mrs Fairclough",
        "jan",
    ),
    (
        CSC,
        "2026-01-12 09:00",
        "Police Protection Notice received for the early hours of Sunday 11 January (Ms Halloran taken to A&E in a mental health crisis, police assisting ambulance; children to their aunt). SW Nandra spoke to Leanne Pryor: the family are staying with her.",
        "Tasha Halloran; Leanne Pryor; SW Nandra; Poppy Halloran; Jordan Halloran",
        "jan",
    ),
    (
        MH,
        "2026-01-12 14:00",
        "HTT first visit at sister's address (Omar Begg). Tasha slept 4h, still guarded, believes neighbours 'reported her'. Took olanzapine observed. Children at school. Daily visits.",
        "Tasha Halloran; Leanne; OB",
        None,
    ),
    # E cg2: second core group (MH side dated w/c)
    (
        CSC,
        "2026-01-14 15:30",
        "Second core group meeting at Brambleford Primary. Present: Ms Halloran, Leanne Pryor, SW Nandra, Mrs Fairclough, Omar Begg (home treatment team) in place of the care coordinator. Ms Halloran and the children staying at Leanne's for now. Poppy's attendance good this term. Jordan has not met the youth worker. Plan updated.",
        "Tasha Halloran; Leanne Pryor; SW Nandra; Mrs Fairclough; OB; Poppy Halloran; Jordan Halloran",
        "cg2",
    ),
    (
        SCH,
        "2026-01-14 15:30",
        "Core group 2 in school, 3.30pm - DSL. Poppy 100% since return. Leanne doing school runs.",
        "Poppy; Leanne; Mrs Fairclough",
        "cg2",
    ),
    (
        MH,
        "A:2026-01-12:2026-01-16:w/c 12 Jan 2026",
        "HTT (OB) attended children's core group at school with Tasha this week in place of care co-ord. Reported HTT plan. (Entered retrospectively.)",
        "Tasha Halloran; OB",
        "cg2",
    ),
    (
        GP,
        "2026-01-14 09:20",
        "Poppy - asthma r/v (nurse). Clenil bd - aunt says given most days. PEF 240. Inhaler technique good. Flu vacc given.",
        "Poppy; Leanne",
        None,
    ),
    (
        GP,
        "2026-01-23",
        "A&E discharge letter KGH 11/01/26: acute manic relapse BPAD with psychotic features, assessed by crisis team, d/c to HTT. Olanzapine 10mg nocte, lithium restart. Rx updated.",
        "Tasha Halloran",
        "jan",
    ),
    # E attend: attendance support meeting at school
    (
        SCH,
        "2026-01-27 09:00",
        "Attendance support meeting (Mrs Denby, EF) with Mum and SW Priya N. Poppy 81% YTD, 100% this term. Agreed attendance plan; no fixed penalty while improving. Review after half term.",
        "Poppy; Mum; Mrs Denby; Mrs Fairclough; Priya (CSC)",
        "attend",
    ),
    (
        CSC,
        "2026-01-27 09:00",
        "Went with Ms Halloran to a meeting at Poppy's school about her attendance with Mrs Denby and Mrs Fairclough. Poppy has not missed a day since Christmas. Ms Halloran was quiet but engaged and agreed the plan.",
        "Tasha Halloran; Poppy Halloran; Mrs Denby; Mrs Fairclough; SW Nandra",
        "attend",
    ),
    (
        GP,
        "2026-01-27 14:30",
        "TH - HTT med r/v request. Sleeping 7h on olanzapine, weight up 3kg. Lithium level 0.6. Cont. Poppy in with her - well.",
        "Tasha Halloran; Poppy; Dr Mehra",
        None,
    ),
    (
        MH,
        "2026-01-27",
        "HTT visit (OB). Mood euthymic-ish, sleeping. Moving back to Fennel Row with children at weekend. Plan discharge to CMHT next week.",
        "Tasha Halloran; OB",
        None,
    ),
    # ---------------- February 2026 ----------------
    # E httletter: HTT discharge summary and its receipt at the GP 10 days later
    (
        MH,
        "2026-02-06",
        "HTT discharge (OB). Episode 11/01-06/02/26. Relapse resolved, back home with children 31/01. Care returned to CMHT care co-ord RK. Discharge summary to GP today: olanzapine 10mg nocte, lithium 800mg, level monthly.",
        "Tasha Halloran; OB; Rosa",
        "httletter",
    ),
    (
        SCH,
        "2026-02-06",
        "Weekly DSL check-in: Poppy back home with Mum, 'Mum's better, she made pancakes'. No concerns.",
        "Poppy; Mum; Mrs Fairclough",
        None,
    ),
    # E jv: joint visit police + CSC to Jordan
    (
        POL,
        "2026-02-10 16:00",
        "JV w/ SW Nandra - JH at home addr. Disclosed being made to carry packages for older males to settle 'debt'. Refused names. NRM referral agreed (police as FR). Safety plan. TH present.",
        "JH; HALLORAN, Tasha; SW Nandra; DC Harte",
        "jv",
    ),
    (
        CSC,
        "2026-02-10 16:00",
        "Visited Jordan at home together with DC Harte because of the new information about exploitation. Jordan eventually said he has been carrying parcels for older boys to 'pay off' what they say he owes. He would not say who. We agreed a National Referral Mechanism referral and a safety plan; Ms Halloran was present and upset.",
        "Jordan Halloran; Tasha Halloran; DC Harte; SW Nandra; Poppy Halloran",
        "jv",
    ),
    (
        SCH,
        "2026-02-10",
        "Attendance this half term 93% - Poppy praised in assembly. Mum came to watch.",
        "Poppy; Mum",
        None,
    ),
    (POL, "2026-02-11", "NRM referral submitted re JH (CCE). Intel shared w/ YOS.", "JH", None),
    (
        GP,
        "2026-02-16",
        "HTT d/c summary rec'd (dated 06/02/26): episode resolved, back to CMHT. Meds as per. Lithium levels monthly - recall set.",
        "Tasha Halloran",
        "httletter",
    ),
    (
        MH,
        "2026-02-18",
        "CPN visit (RK). Tasha well, home since 31/01. Worried about Dean's trial in March. Lithium 800mg, level 0.6.",
        "Tasha Halloran; Dean; Rosa",
        None,
    ),
    # E rcpc1
    (
        CSC,
        "2026-02-25 10:00",
        "Review child protection conference (chair Margaret Ilesanmi). Present: Ms Halloran, Leanne Pryor, SW Nandra, DC Harte, Mrs Fairclough, Rosa Kettering; Dr Mehra (GP) joined by phone. Progress: Poppy's attendance much better and she is eating breakfast at school; Ms Halloran recovered from January's relapse. Concerns remain: two relapses in four months, Jordan's criminal exploitation, Mr Corrigan's trial. Both children remain subject to child protection plans (neglect). Next review in three months.",
        "Tasha Halloran; Leanne Pryor; SW Nandra; DC Harte; Mrs Fairclough; Rosa; Dr Mehra; Chair Ilesanmi; Poppy Halloran; Jordan Halloran; Dean Corrigan",
        "rcpc1",
    ),
    (
        SCH,
        "2026-02-25 10:00",
        "RCPC - EF attended. Poppy attendance 93% this term. Outcome: CP plans continue. School actions unchanged.",
        "Poppy; Mrs Fairclough",
        "rcpc1",
    ),
    (
        POL,
        "2026-02-25 10:00",
        "RCPC att DC Harte. CP plans cont x2. Police update: NRM submitted JH, CORRIGAN trial 02/03.",
        "HALLORAN, Poppy; HALLORAN, Jordan; CORRIGAN; DC Harte",
        "rcpc1",
    ),
    (
        MH,
        "2026-02-25 10:00",
        "Attended review child protection conference (RK). Plans continue. CMHT role unchanged.",
        "Tasha Halloran; Rosa",
        "rcpc1",
    ),
    (
        GP,
        "2026-02-25 10:00",
        "RCPC - Dr Mehra by phone. CP plans continue (Poppy, Jordan). GP: lithium monitoring, asthma reviews.",
        "Poppy; Jordan; Dr Mehra",
        "rcpc1",
    ),
    (
        MH,
        "2026-02-25 15:30",
        "CPN visit after conference (RK). Tasha upset plans continue - 'what more do they want'. Reassured. No relapse signs.",
        "Tasha Halloran; Rosa",
        None,
    ),
    # ---------------- March 2026 ----------------
    (
        POL,
        "2026-03-02",
        "CORRIGAN - trial Kesterton Mags. Convicted ABH. 12m community order + RO (no contact TH, exclusion Fennel Row) 2 yrs.",
        "CORRIGAN; HALLORAN, Tasha",
        None,
    ),
    # E cg3
    (
        CSC,
        "2026-03-11 15:30",
        "Third core group meeting at school. Present: Ms Halloran, SW Nandra, Mrs Fairclough, Rosa Kettering. Mr Corrigan convicted and made subject to a restraining order. Jordan has met the youth worker twice. Poppy's inhaler kept at school. Plan reviewed.",
        "Tasha Halloran; Dean Corrigan; Jordan Halloran; Poppy Halloran; SW Nandra; Mrs Fairclough; Rosa",
        "cg3",
    ),
    (
        SCH,
        "2026-03-11 15:30",
        "Core group 3 in school - DSL. Attendance 94%. Spare inhaler + spacer now in class.",
        "Poppy; Mrs Fairclough",
        "cg3",
    ),
    (
        MH,
        "2026-03-11 15:30",
        "Core group (RK) with Tasha at school. CMHT actions unchanged.",
        "Tasha Halloran; Rosa",
        "cg3",
    ),
    (
        GP,
        "2026-03-11 09:00",
        "TH - lithium level 0.7, TFT/U&E normal. Mood stable. Wt gain - diet advice.",
        "Tasha Halloran",
        None,
    ),
    # E asthma: Saturday asthma attack, ambulance, EDT call from the ward; Monday call to school; GP discharge letter 11 days on
    (
        AMB,
        "2026-03-21 07:50",
        "Inc 4571190 Cat 2. F 7, acute SOB, audible wheeze, SpO2 89%, talking in words. Caller brother (15). Mother asleep, roused with difficulty by crew. Inhalers at home empty. Neb salbutamol x2 + ipratropium, O2. Conveyed KGH paeds ED w/ brother; mother to follow.",
        "Poppy; Jordan; Tasha Halloran",
        "asthma",
    ),
    (
        CSC,
        "2026-03-21 14:00",
        "Emergency duty team: a nurse on the children's ward at Kesterton General rang. Poppy was brought in by ambulance this morning with a severe asthma attack and will stay overnight. The ambulance crew had trouble waking Ms Halloran and her inhalers had run out. Ms Halloran is now on the ward with Poppy. For the allocated social worker on Monday.",
        "Poppy Halloran; Tasha Halloran; Jordan Halloran",
        "asthma",
    ),
    (
        SCH,
        "2026-03-23 08:30",
        "Jordan rang office 8.30: Poppy 'in hospital since Saturday with her asthma', home today or tomorrow. DSL informed.",
        "Jordan; Poppy; Mrs Fairclough",
        "asthma",
    ),
    (
        CSC,
        "2026-03-23 15:00",
        "Visited Poppy on the children's ward. She was chatty and wanted to go home. Ms Halloran said her new tablets make her 'sleep like the dead' and she did not hear Poppy. Discussed the inhaler prescription and who collects it.",
        "Poppy Halloran; Tasha Halloran; SW Nandra",
        None,
    ),
    (
        GP,
        "2026-03-23 12:10",
        "TH - tel consult. Oversedated in mornings on olanzapine 10mg. Reduce to 5mg, discuss with CMHT. Also reports Poppy in hosp with asthma - repeat inhalers issued.",
        "Tasha Halloran; Poppy; Dr Mehra",
        None,
    ),
    (
        GP,
        "2026-04-01",
        "Paeds discharge summary KGH 21-22/03/26 (Poppy): acute severe asthma, admitted overnight, IV not req. Inhalers had run out at home. Clenil increased 200mcg bd. Hosp safeguarding note: mother difficult to rouse - SW aware.",
        "Poppy; Mum",
        "asthma",
    ),
    # ---------------- April 2026 ----------------
    # E da2: Friday-night breach of restraining order; Op Encompass + PPN Monday
    (
        POL,
        "2026-04-17 21:35",
        "Occ 26/071902. 999 HALLORAN, Tasha. CORRIGAN at addr in breach of RO - shouting, banging windows. Made off prior to arrival. Located 23:10 Pendle Rd, arrested breach RO. TH + both children in addr, PH awake. DASH high. PPN. Op Encompass.",
        "HALLORAN, Tasha; CORRIGAN; JH; PH",
        "da2",
    ),
    (
        POL,
        "2026-04-18 10:30",
        "CORRIGAN interviewed - admits attending. Charged breach RO, remanded to court Mon 20/04.",
        "CORRIGAN",
        None,
    ),
    (
        SCH,
        "2026-04-20 08:20",
        "Op Encompass rec'd 8.05am - police called to Poppy's home Fri night, DA (ex-partner), Poppy awake. EF saw Poppy 9am - said 'Dean was banging on the windows, I hid under my duvet'. Class teacher aware.",
        "Poppy; Dean; Mrs Fairclough; Mr Whitlow",
        "da2",
    ),
    (
        CSC,
        "2026-04-20 09:30",
        "Police Protection Notice: on the evening of Friday 17 April Dean Corrigan came to the house in breach of his restraining order, shouting and banging on the windows; he had left before police arrived and was arrested later that night. All three at home; Poppy awake. Assessed high risk. SW to visit.",
        "Dean Corrigan; Tasha Halloran; Poppy Halloran; Jordan Halloran; SW Nandra",
        "da2",
    ),
    (
        POL,
        "2026-04-20",
        "CORRIGAN - Kesterton Mags, guilty plea breach RO. Remanded for PSR, sentence 11/05.",
        "CORRIGAN",
        None,
    ),
    (
        MH,
        "2026-04-21",
        "CPN visit (RK). Tasha shaken - mentions 'another incident with Dean at the weekend, police got him'. Sleeping OK, mood stable. Relapse signs reviewed - none.",
        "Tasha Halloran; Dean; Rosa",
        None,
    ),
    (
        CSC,
        "2026-04-22 16:00",
        "Statutory visit. Ms Halloran said she feels safer now Mr Corrigan is on remand. Poppy showed me her asthma chart. Jordan out.",
        "Tasha Halloran; Poppy Halloran; Dean Corrigan; SW Nandra",
        None,
    ),
    # E cg4
    (
        CSC,
        "2026-04-29 15:30",
        "Fourth core group meeting at school. Present: Ms Halloran, Leanne Pryor, SW Nandra, Mrs Fairclough, Rosa Kettering. Mr Corrigan remanded. Poppy's attendance 95%. Jordan attending his college course three days a week. Plan reviewed.",
        "Tasha Halloran; Leanne Pryor; SW Nandra; Mrs Fairclough; Rosa; Dean Corrigan; Poppy Halloran; Jordan Halloran",
        "cg4",
    ),
    (
        SCH,
        "2026-04-29 15:30",
        "Core group 4 in school - DSL. Attendance 95%. No concerns this half term.",
        "Poppy; Mrs Fairclough",
        "cg4",
    ),
    (
        MH,
        "2026-04-29 15:30",
        "Core group at school (RK). CMHT update given.",
        "Tasha Halloran; Rosa",
        "cg4",
    ),
    (
        GP,
        "2026-04-29 10:40",
        "Poppy - asthma r/v post admission (nurse). Clenil 200 bd. PEF 250. Mum attended, inhalers collected regularly.",
        "Poppy; Mum",
        None,
    ),
    # ---------------- May 2026 ----------------
    # E cpa: CPA review with SW present (CSC dates it approximately)
    (
        MH,
        "2026-05-06 14:00",
        "CPA review (Dr Farrow, RK) - SW Priya Nandra attended with Tasha's consent. Stable since Feb. Plan: lithium + olanzapine 5mg; CPN fortnightly; crisis plan updated to include SW/children; early warning signs shared with family.",
        "Tasha Halloran; Rosa; Priya (CSC)",
        "cpa",
    ),
    (
        CSC,
        "A:2026-05-04:2026-05-08:early May 2026 (approx.)",
        "At the beginning of May I attended Ms Halloran's Care Programme Approach review with her psychiatrist and care coordinator. Her mental health has been stable since February. The crisis plan now says who will look after the children if she becomes unwell, and her early warning signs have been shared with Leanne.",
        "Tasha Halloran; Rosa; Leanne Pryor; SW Nandra",
        "cpa",
    ),
    (
        SCH,
        "2026-05-06",
        "Poppy on class trip to Kesterton Museum - Mum volunteered as helper. Good day.",
        "Poppy; Mum; Mr Whitlow",
        None,
    ),
    (
        POL,
        "2026-05-11",
        "CORRIGAN sentenced - 16 wks custody (breach RO). RO extended to 2029. Victim informed by OIC.",
        "CORRIGAN; HALLORAN, Tasha",
        None,
    ),
    (
        GP,
        "2026-05-15",
        "Report for RCPC 20/05 sent: Poppy asthma controlled post admission, TH stable, lithium levels therapeutic. Unable to attend.",
        "Poppy; Tasha Halloran; Dr Mehra",
        None,
    ),
    # E rcpc2
    (
        CSC,
        "2026-05-20 10:00",
        "Second review child protection conference (chair Margaret Ilesanmi). Present: Ms Halloran, Leanne Pryor, Jordan (first part), SW Nandra, DC Harte, Mrs Fairclough, Rosa Kettering. Written report from the GP. Poppy's attendance 95%, her asthma controlled, Ms Halloran stable, Mr Corrigan in custody. Jordan remains at risk of exploitation (NRM positive reasonable grounds). Decision: Poppy and Jordan to remain subject to child protection plans for a further three months, with a view to stepping down to child in need.",
        "Tasha Halloran; Leanne Pryor; Jordan Halloran; Poppy Halloran; SW Nandra; DC Harte; Mrs Fairclough; Rosa; Chair Ilesanmi; Dean Corrigan",
        "rcpc2",
    ),
    (
        SCH,
        "2026-05-20 10:00",
        "RCPC - EF attended. Poppy 95%. CP plan continues 3 months, likely step down to CIN at next review.",
        "Poppy; Mrs Fairclough",
        "rcpc2",
    ),
    (
        POL,
        "2026-05-20 10:00",
        "RCPC att DC Harte. CP plans cont. NRM RG decision positive (JH). CORRIGAN in custody, release date 06/26 - victim contact scheme.",
        "JH; CORRIGAN; DC Harte",
        "rcpc2",
    ),
    (
        MH,
        "2026-05-20 10:00",
        "RCPC - RK attended. Plans continue. CMHT: fortnightly CPN, crisis plan shared with conference.",
        "Tasha Halloran; Rosa",
        "rcpc2",
    ),
    (
        MH,
        "2026-05-20 16:00",
        "Tel call Tasha (RK) after conference - 'pleased, nearly there'. Next visit 03/06.",
        "Tasha Halloran; Rosa",
        None,
    ),
    (
        AMB,
        "2026-05-30 14:10",
        "Inc 4609955 Cat 4. F 7, fell from scooter, graze L knee + palm, no head injury. Mother present. Cleaned + dressed. See & treat.",
        "Poppy; Mum",
        None,
    ),
    # ---------------- June 2026 ----------------
    (
        MH,
        "2026-06-03",
        "CPN visit (RK). Tasha anxious - Dean due for release this month. Sleeping 7h. No relapse signs. Reminded of crisis line.",
        "Tasha Halloran; Dean; Rosa",
        None,
    ),
    # E dslcall: DSL phone call to SW
    (
        SCH,
        "2026-06-09 10:15",
        "Poppy no packed lunch Mon or today, said 'there's no food, Mum's too tired'. Fed in school. EF rang SW 10.15 - spoke to Priya, SW to visit today.",
        "Poppy; Mum; Mrs Fairclough; Priya (CSC)",
        "dslcall",
    ),
    (
        CSC,
        "2026-06-09 10:15",
        "Mrs Fairclough phoned from Brambleford: Poppy has come to school without lunch two days running and says there is no food at home because her mum is tired. I will visit this afternoon.",
        "Mrs Fairclough; Poppy Halloran; Tasha Halloran; SW Nandra",
        "dslcall",
    ),
    (
        CSC,
        "2026-06-09 15:30",
        "Home visit. Little food in the house; Ms Halloran had been sleeping in the day and said she was worried about Mr Corrigan's release. Food bank voucher given; Leanne to shop. Advised Ms Halloran to contact her care coordinator.",
        "Tasha Halloran; Dean Corrigan; Leanne Pryor; SW Nandra",
        None,
    ),
    (
        MH,
        "2026-06-10 11:00",
        "Tel from Tasha (RK) - SW visited yesterday re food. Sleeping in the day 'because I can't sleep at night'. ?early warning sign - joint visit with psychiatrist arranged 12/06.",
        "Tasha Halloran; Rosa",
        None,
    ),
    (
        SCH,
        "2026-06-12",
        "Weekly DSL check-in: Poppy had packed lunch all week. Attendance 95%.",
        "Poppy; Mrs Fairclough",
        None,
    ),
    (
        GP,
        "2026-06-15 09:30",
        "Poppy - hay fever + asthma r/v with mum. Cetirizine. Clenil cont. PEF 260.",
        "Poppy; Mum",
        None,
    ),
]


def main():
    # number events E01, E02, ... in order of their first entry's date
    first = {}
    for agency, spec, text, who, tag in ENTRIES:
        if tag is None:
            continue
        day = spec.split(":")[1] if spec.startswith("A:") else spec
        first[tag] = min(first.get(tag, day), day)
    order = sorted(first, key=lambda t: (first[t], t))
    ids = {t: f"E{i:02d}" for i, t in enumerate(order, 1)}
    entries = [(a, s, x, w, ids[t] if t else None) for a, s, x, w, t in ENTRIES]
    out = HERE / "case_aw.json"
    casegen.build(
        "aw",
        "Seven-year-old's neglect and poor attendance; mother's bipolar relapses (s136, crisis "
        "team, HTT), 15-year-old brother arrested with a knife and exploited, ex-partner's "
        "assault and restraining-order breach; 6 agencies, Sep 2025 - Jun 2026 (held out)",
        PEOPLE,
        AGENCIES,
        entries,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
