# ruff: noqa
"""Writing aid for held-out case o (fictional): county lines exploitation of a teenager, his
younger half-sister on a CP plan, 7 agencies, Sept 2025 - Mar 2026.

    python3 bench/data/merging/heldout9/build_o.py > bench/data/merging/heldout9/case_o.json

Deterministic (fixed seed). HELD OUT: never open while changing merge rules.
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import casegen  # noqa: E402

CSC = "Children's Social Care"
POL = "Police"
SCH = "Northfield Academy"
PHN = "0-19 Public Health Nursing"
GP = "GP practice"
ED = "Acute hospital"
YJS = "Youth Justice Service"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (SCH, "education", "school"),
    (PHN, "health", "health"),
    (GP, "health", "gp"),
    (ED, "health", "health"),
    (YJS, "other", "iso"),
]

PEOPLE = [
    ("Kian Doherty", ["Kian", "KD", "K"], "Child K", "child"),
    ("Ellie-Rose Pryce", ["Ellie-Rose", "ER", "Ellie"], "Child E", "child"),
    ("Leanne Doherty", ["Leanne", "Ms Doherty", "LD"], "Mother", "parent"),
    ("Jordan Pryce", ["Jordan", "JP", "Mr Pryce"], "Father of Child E", "parent"),
    ("Pauline Doherty", ["Pauline", "MGM"], "Maternal grandmother", "family"),
    ("Tyrese Walcott", ["Tyrese", "T", "TW"], "Adult suspected of exploitation", "other_adult"),
    ("Callum Reid", ["Callum", "CR"], "Peer", "child"),
    ("Hannah Okafor", ["Hannah", "HO", "SW Okafor"], "Social worker", "professional"),
    ("Dean Marsh", ["PC Marsh", "PC 4471 Marsh"], "Police officer", "professional"),
    ("Kelly Frost", ["DS Frost"], "Police CE team", "professional"),
    ("Gareth Lowe", ["Mr Lowe", "GL"], "School DSL", "professional"),
    ("Claire Benton", ["Claire", "HV Benton"], "Health visitor", "professional"),
    ("Priya Sandhu", ["Priya", "SN Sandhu"], "School nurse", "professional"),
    ("Imran Anwar", ["Dr Anwar"], "GP", "professional"),
    ("Marcus Ellery", ["Marcus", "ME"], "YJS case manager", "professional"),
    ("Sue Hallam", ["S Hallam"], "CP conference chair", "professional"),
]

# (agency, datespec, text, people, event)
E = [
    # ---- background
    (
        CSC,
        "A:2025-07-01:2025-08-31:summer 2025 (approx.)",
        "Background per mother (recorded retrospectively at MASH): Kian began staying out late over the summer holidays, "
        "coming home with new clothes and a second phone she had not bought. Mother thought he had 'got in with older lads' from the Oakfield estate.",
        "Kian; Leanne",
        None,
    ),
    (
        SCH,
        "M:2025-09",
        "Sept attendance 81.3%. Pattern of late arrival Mon/Fri. Head of Year aware.",
        "KD",
        None,
    ),
    # ---- O01 missing episode 1 (Fri-Sun), school told Monday
    (
        POL,
        "2025-09-19 22:40",
        "MISPER. Kian DOHERTY (15yrs) reported missing by mother Leanne DOHERTY. Last seen 16:00 leaving home address on bike, not returned, phone off. "
        "Risk graded MEDIUM - age, recent change in behaviour, possible association with older males. Enquiries with peers negative. Log 1194.",
        "Kian Doherty; Leanne Doherty",
        "O01",
    ),
    (
        POL,
        "2025-09-21 03:15",
        "MISPER located. Kian DOHERTY found by BTP at Kettering railway station with another male youth (not identified), £85 cash and 2 x mobile phones. "
        "No explanation given. Returned home by officers 05:20. Mother informed. Log 1194 closed. Prevention interview declined. Referral to MASH.",
        "Kian Doherty",
        "O01",
    ),
    (
        SCH,
        "2025-09-22",
        "Mum (LD) phoned attendance line 08:40 - KD 'not in today, was away at weekend and is shattered'. DSL GL rang back - mum then said police "
        "had brought him home early Sun morning after he went missing Fri. Logged on CPOMS, DSL to liaise with MASH.",
        "KD; LD; GL",
        "O01",
    ),
    (
        CSC,
        "2025-09-23",
        "MASH: police notification received re missing episode 19/09-21/09. Kian located Kettering station with cash and two phones. "
        "First missing episode known. Return Home Interview requested from Missing and Exploitation team. Information shared with school.",
        "Kian Doherty",
        "O01",
    ),
    (
        CSC,
        "2025-09-25",
        "Return Home Interview completed at home by missing worker. Kian minimal engagement, said he 'went to see a mate'. Would not say how he "
        "paid train fare. Mother present for part. CE screening tool completed - score indicates moderate risk. Shared with MASH.",
        "Kian; Leanne",
        None,
    ),
    # ---- O02 school referral to MASH (sent Tue, received Thu)
    (
        SCH,
        "2025-09-30",
        "DSL submitted MASH referral (online portal) re KD: further concerns - new designer trainers & jacket, 2 phones, seen being picked up at "
        "the school gate by older male in a black Audi (reg partial), aggressive to staff when phone confiscated. Possible CCE.",
        "KD; GL",
        "O02",
    ),
    (
        CSC,
        "2025-10-02",
        "Contact received from Northfield Academy (dated 30/09). Concerns of criminal exploitation: new expensive clothing, two phones, older male "
        "collecting from school in car. Linked with police missing notification of 23/09. MASH checks initiated (police, health, education). RAG amber.",
        "Kian Doherty; Gareth Lowe",
        "O02",
    ),
    # ---- O03 suspension (school Fri, CSC logs following Tue)
    (
        SCH,
        "2025-10-03",
        "Suspension 5 days (fixed-term) - physical assault on peer (CR) in Y11 corridor, punched to face. Parent meeting held 14:00 with mum. "
        "Reintegration mtg booked 10.10.25. Notification to LA exclusions team and allocated MASH worker.",
        "KD; CR; LD",
        "O03",
    ),
    (
        GP,
        "2025-10-03",
        "Kian seen with mum. Poor sleep, 'can't switch off', irritable. Mum worried he is out late. Declined to talk alone. Sleep hygiene advice. "
        "Not keen on CAMHS referral. Review 4/52 if no better. - Dr Anwar",
        "Kian; Leanne; Dr Anwar",
        None,
    ),
    (
        CSC,
        "2025-10-07",
        "Email from school exclusions officer: Kian suspended for 5 days from 03/10 for assaulting another pupil. Added to MASH record. "
        "Decision: step up to assessment, allocate to SW Hannah Okafor (Adolescent Team).",
        "Kian; Hannah Okafor",
        "O03",
    ),
    # ---- O04 HV phones SW (both ends)
    (
        PHN,
        "2025-10-09",
        "HV Claire Benton tel call to SW (Adolescent Team) re ER's half-brother - at Ellie-Rose's contact last week mum tearful, said K 'not "
        "coming home, scared of who he's with'. HV shared that ER's 2-2.5yr review due. Agreed HV to be invited to any meetings. Consent for info sharing not needed - safeguarding.",
        "Claire Benton; Ellie-Rose; Leanne",
        "O04",
    ),
    (
        CSC,
        "2025-10-09",
        "Telephone call from health visitor Claire. Mother disclosed to her that she is frightened about the people Kian is associating with. "
        "Ellie-Rose (2) lives in the household; HV will complete developmental review. Agreed to share outcome of assessment.",
        "Claire; Kian; Ellie-Rose; Leanne",
        "O04",
    ),
    # ---- O05 stop & search Northampton, CCN next day
    (
        POL,
        "2025-10-14 16:20",
        "S23 MDA stop search Northampton rail station. DOHERTY Kian found in possession of 14 x wraps believed crack cocaine, £340 cash, 2 x phones "
        "(one 'burner'). Arrested PWITS Class A. Interviewed with appropriate adult (mother) - no comment. Released under investigation (RUI). "
        "Phones seized. Child Concern Notification submitted - CE indicators. OIC PC 4471 Marsh.",
        "Kian Doherty; Leanne Doherty; PC 4471 Marsh",
        "O05",
    ),
    (
        SCH,
        "2025-10-14",
        "KD absent - unauthorised (first day back after susp.). No contact from home. Text sent x2, first day calling 10:15.",
        "KD",
        None,
    ),
    (
        CSC,
        "2025-10-15",
        "Police CCN received: Kian arrested yesterday in Northampton with suspected Class A and cash, released under investigation. Out of area "
        "with no explanation - strong indicators of county lines. Strategy discussion to be convened.",
        "Kian",
        "O05",
    ),
    # ---- O06 strategy discussion 1 (school writes minutes received 6 days later)
    (
        CSC,
        "2025-10-17",
        "Strategy discussion (Teams) chaired by TM Adolescent Team. Present: SW Hannah Okafor, DS Frost (CE team), Mr Lowe (DSL Northfield), "
        "school nurse Priya Sandhu. Concerns: missing 19-21/09, arrest 14/10 Northampton with drugs/cash, older males, assault at school. "
        "Threshold for s47 met - single agency s47 (CSC lead) given police investigation ongoing; joint visit Monday. NRM referral to be "
        "made by CSC as first responder. MACE panel referral. Safety plan with mother - curfew, phone checks, report missing immediately.",
        "Kian; Hannah Okafor; DS Frost; Mr Lowe; Priya Sandhu",
        "O06",
    ),
    (
        POL,
        "2025-10-17",
        "Strat disc attended DS FROST. Outcome s47 (single agency CSC), JV planned 20/10. Intel: DOHERTY linked to 'Ricky' line "
        "(Northampton/Kettering). Associate WALCOTT Tyrese (19) believed line holder. Intel logged.",
        "Kian Doherty; Tyrese Walcott; Kelly Frost",
        "O06",
    ),
    (
        PHN,
        "2025-10-17",
        "SN attended strat meeting by Teams re KD (Y11). Health: not known to SN service beyond routine, imms up to date, no A&E attendances. "
        "Actions for SN: offer health assessment once s47 progresses.",
        "Priya Sandhu; Kian Doherty",
        "O06",
    ),
    (
        SCH,
        "2025-10-17",
        "GL attended strategy mtg via Teams (period 3-4). Shared attendance, suspension, concerns re car at gate. Outcome - s47.",
        "GL; KD",
        "O06",
    ),
    (
        SCH,
        "2025-10-23",
        "Minutes of strategy meeting 17.10 received from CSC by secure email. Filed on CPOMS. Actions for school: daily check-in, monitor who collects.",
        "KD",
        "O06",
    ),
    # ---- O07 joint visit
    (
        CSC,
        "2025-10-20",
        "s47 joint visit with PC Marsh to home address. Seen Kian alone in bedroom - would not discuss who gave him the drugs, said he 'owes "
        "nobody'. Seen Ellie-Rose, appeared well cared for, meeting milestones. Leanne feels 'out of her depth'. Jordan not present (working). "
        "Bedroom: new PlayStation, designer clothing.",
        "Kian; Ellie-Rose; Leanne; Jordan; PC Marsh",
        "O07",
    ),
    (
        POL,
        "2025-10-20",
        "JV with SW OKAFOR. DOHERTY spoken to - disengaged. Mother LD co-operative. Advice re reporting missing early. No offences disclosed.",
        "Kian Doherty; Leanne Doherty; Hannah Okafor",
        "O07",
    ),
    (
        GP,
        "2025-10-20",
        "LD - depression review. Sertraline 100mg, some benefit. 'Stress with my son'. Sleeping poorly. Continue. PHQ-9 14.",
        "LD",
        None,
    ),
    # ---- O08 NRM referral sent/received
    (
        CSC,
        "2025-10-21",
        "NRM referral submitted online to Single Competent Authority by SW Okafor as First Responder (child - consent not required). Type: "
        "criminal exploitation (county lines). Copy sent to police CE team.",
        "Kian; Hannah Okafor",
        "O08",
    ),
    (
        POL,
        "2025-10-23",
        "CE team: copy of National Referral Mechanism referral for K DOHERTY received from CSC (submitted 21/10). Flag added to nominal record - "
        "potential victim of modern slavery (s45 MSA consideration for PWITS).",
        "Kian Doherty",
        "O08",
    ),
    # ---- decoy pair: HV review + CSC visit same day, same address
    (
        PHN,
        "2025-10-28",
        "2-2.5yr review Ellie-Rose at home. ASQ-3 all domains above cut-off. Wt 12.6kg (50th). Speech - 50+ words, 2-word phrases. Mum reports K "
        "'a bit better this week'. Home conditions adequate. Next contact: universal.",
        "Ellie-Rose; Leanne; Claire Benton",
        None,
    ),
    (
        CSC,
        "2025-10-28",
        "Home visit (s47). Kian in - brief conversation about football, agreed to meet SW at McDonald's next week. Leanne says curfew 'working'. "
        "Discussed MACE panel.",
        "Kian; Leanne",
        None,
    ),
    # ---- O09 NRM reasonable grounds decision
    (
        CSC,
        "2025-11-04",
        "Letter from SCA (dated 03/11/2025): positive Reasonable Grounds decision - Kian is a potential victim of modern slavery. Mother informed by phone.",
        "Kian; Leanne",
        "O09",
    ),
    (
        CSC,
        "2025-11-04",
        "Management oversight: s47 to continue, consider ICPC depending on outcome of police investigation; ensure Ellie-Rose assessed in own right.",
        "Kian; Ellie-Rose",
        None,
    ),
    (
        POL,
        "2025-11-06",
        "NRM - +ve RG decision received re DOHERTY, Kian. OIC updated. CPS to be advised re s45 defence if charged.",
        "Kian Doherty; Dean Marsh",
        "O09",
    ),
    # ---- O10 stab wound, ED, police, EDT, school, GP letter
    (
        ED,
        "2025-11-08 01:52",
        "ED triage: 15M self-presented with friend, 3cm puncture wound L lateral thigh, bleeding controlled. States 'fell on a fence'. Mechanism "
        "inconsistent - appearance of stab wound. Obs stable. Wound explored & closed (5 sutures), tetanus in date. Safeguarding: knife crime - "
        "police informed per policy, EDT referral made. Mother attended 03:00. Discharged 04:40, GP to remove sutures day 10.",
        "Kian Doherty; Leanne Doherty",
        "O10",
    ),
    (
        POL,
        "2025-11-08 02:30",
        "Report from hospital ED: male 15 with suspected stab wound to leg. Officers attended. Injured party DOHERTY Kian refused to provide "
        "account or statement. Scene unknown. Crime recorded S18 wounding - victim not supporting. Linked CE flag. OIC informed.",
        "Kian Doherty",
        "O10",
    ),
    (
        CSC,
        "2025-11-08 03:10",
        "EDT: call from ED nurse in charge. Kian (open to Adolescent Team, s47) attended with puncture wound to thigh, says fell on fence. Police "
        "aware. Mother with him. Safe to return home with mother. Passed to allocated SW for Monday.",
        "Kian; Leanne",
        "O10",
    ),
    (
        POL,
        "2025-11-08 14:05",
        "Intel: disorder Oakfield Park 23:00 7/11, reports of youths with knives. WALCOTT seen in area. No victims came forward at scene.",
        "Tyrese Walcott",
        None,
    ),
    (
        SCH,
        "2025-11-10",
        "Mum rang - KD has 'cut his leg on a fence on Fri night', needed stitches at A&E, limping. Will be in tomorrow. DSL informed - aware via MASH.",
        "KD; LD; GL",
        "O10",
    ),
    (
        GP,
        "2025-11-19",
        "ED discharge summary rec'd (attended 08/11/25): puncture wound L thigh, sutured x5. ?Stab wound - safeguarding referral made by ED. "
        "Note: STO already done by PN 17/11.",
        "Kian",
        "O10",
    ),
    # ---- O11 Ellie-Rose ED next afternoon (separate event)
    (
        ED,
        "2025-11-09 15:10",
        "Paeds ED: 2yr F brought by father. Fever 39.4, coryzal, 1 min generalised seizure at home. Post-ictal recovered. Impression simple "
        "febrile convulsion with URTI. Observed 4 hrs, discharged with febrile convulsion leaflet. No safeguarding concerns identified; "
        "note sibling known to CSC. Paediatric liaison notified.",
        "Ellie-Rose Pryce; Jordan Pryce",
        "O11",
    ),
    (
        PHN,
        "2025-11-13",
        "Paediatric liaison notification rec'd: ER attended ED 09/11 - simple febrile convulsion, discharged. HV to make contact. Tel call to "
        "mum - ER fully recovered, mum anxious, advice given.",
        "Ellie-Rose; Leanne",
        "O11",
    ),
    (
        GP,
        "2025-11-17",
        "A&E letter - Ellie-Rose 9/11/25 febrile convulsion, viral URTI. No f/u needed. Filed.",
        "Ellie-Rose",
        "O11",
    ),
    (
        GP,
        "2025-11-17",
        "PN: STO L thigh, Kian. Wound healed well. Brought by MGM. Pt quiet.",
        "Kian; MGM",
        None,
    ),
    # ---- O12 strategy discussion 2
    (
        CSC,
        "2025-11-12",
        "Strategy discussion (reconvened) following ED attendance with suspected stab wound. Present: SW, TM, DS Frost, hospital safeguarding "
        "nurse, HV Claire Benton. Escalating risk: knife injury, RUI for PWITS, positive RG decision. s47 continues; ICPC to be convened within "
        "15 working days for Kian and Ellie-Rose. Request SN health assessment. Police to explore disruption of Walcott (CAWN).",
        "Kian; Ellie-Rose; DS Frost; Claire Benton; Tyrese",
        "O12",
    ),
    (
        POL,
        "2025-11-12",
        "Strat disc 2 - DS FROST. Agreed ICPC. Police actions: Child Abduction Warning Notice v WALCOTT, Tyrese; review RUI.",
        "Kelly Frost; Tyrese Walcott; Kian Doherty",
        "O12",
    ),
    (
        ED,
        "2025-11-12",
        "Safeguarding Children Team: participated in multi-agency strategy discussion re ED attendance 08/11. Shared triage notes and "
        "inconsistent mechanism. Alert placed on patient record.",
        "Kian Doherty",
        "O12",
    ),
    (
        PHN,
        "2025-11-12",
        "HV joined strategy call for ER. Shared ED attendance 09/11 (febrile convulsion) - no concerns re care. Outcome ICPC both children.",
        "Ellie-Rose; Claire Benton",
        "O12",
    ),
    (
        SCH,
        "2025-11-12",
        "KD - refusal to follow instructions in Science, verbal abuse to teacher. Internal isolation rest of day. Mum informed.",
        "KD; LD",
        None,
    ),
    (
        CSC,
        "2025-11-13",
        "TM oversight of strategy outcome: ICPC requested for 03/12/2025. Conference booking form sent to CP Unit.",
        "Kian; Ellie-Rose",
        None,
    ),
    # ---- O13 request for SN health assessment (sent Fri, logged following Thu)
    (
        CSC,
        "2025-11-14",
        "Email to School Nursing single point of access: request for health assessment for Kian (CE, knife injury, sleep). Consent from mother obtained.",
        "Kian; Leanne",
        "O13",
    ),
    (
        PHN,
        "2025-11-20",
        "Referral rec'd via SPA from CSC (sent 14/11) - HNA requested for KD re CE concerns. Allocated SN Priya Sandhu. Appt to be offered at school.",
        "KD; Priya",
        "O13",
    ),
    # ---- O14 knife in school -> arrest -> PEx decision; CSC next day
    (
        SCH,
        "2025-11-18",
        "Search of KD's bag (by HoY and DSL with consent after tip-off from student) - lock knife (blade approx 8cm) found. Police called "
        "(Safer Schools Officer). KD arrested on site. Headteacher decision: PERMANENT EXCLUSION. Letter to parent. LA informed.",
        "KD; GL",
        "O14",
    ),
    (
        POL,
        "2025-11-18 11:05",
        "Call from Northfield Academy: pupil with knife. SSO attended. DOHERTY Kian arrested s139A CJA 1988 (bladed article on school "
        "premises). Said carries it 'for protection'. Interview with AA (MGM). Released - refer YJS for out of court disposal consideration (JDMP).",
        "Kian Doherty; Pauline Doherty",
        "O14",
    ),
    (
        CSC,
        "2025-11-19",
        "Notified by DSL and police of Kian's arrest yesterday for bringing a lock knife into school; he has been permanently excluded. "
        "Discussed with TM - does not change plan for ICPC. Education (Inclusion) asked re alternative provision from day 6.",
        "Kian; Mr Lowe",
        "O14",
    ),
    # ---- O15 police referral to YJS (sent/received)
    (
        POL,
        "2025-11-20",
        "Referral to YJS for OOCD assessment ref s139A offence 18/11/25 - DOHERTY Kian. Sent via secure email.",
        "Kian Doherty",
        "O15",
    ),
    (
        YJS,
        "2025-11-25",
        "Police referral received (dated 20/11) - KD, 15, possession of bladed article on school premises. For OOCD assessment ahead of "
        "JDMP. Allocated ME. Note CSC s47/CP process live; RG positive NRM.",
        "KD; ME",
        "O15",
    ),
    # ---- O16 governors panel (PEx review)
    (
        SCH,
        "2025-11-27",
        "Governors' Discipline Committee considered PEx of KD. Mum attended with SW. Decision: exclusion upheld. Parent informed of right to IRP.",
        "KD; LD; HO",
        "O16",
    ),
    (
        CSC,
        "2025-11-27",
        "Attended governors' panel at Northfield Academy with Leanne. Panel upheld the permanent exclusion. Kian did not attend. Leanne upset; "
        "discussed the independent review panel. Kian to start at Ashbrook AP on Monday.",
        "Leanne; Kian",
        "O16",
    ),
    # ---- ICPC reports (null), ICPC O17
    (
        GP,
        "2025-12-01",
        "Report for child protection conference completed and emailed to CP Unit (Kian, Ellie-Rose). Unable to attend - surgery.",
        "Kian; Ellie-Rose; Dr Anwar",
        None,
    ),
    (
        CSC,
        "2025-12-03",
        "Initial Child Protection Conference. Chair: Sue Hallam. Both children made subject to CP plans - Kian under category of physical "
        "abuse (exploitation/risk outside home), Ellie-Rose under neglect (emotional availability of carers, exposure to risk). Core group "
        "within 10 days. Leanne and Jordan attended; Kian attended last 15 mins.",
        "Kian; Ellie-Rose; Leanne; Jordan; S Hallam",
        "O17",
    ),
    (
        POL,
        "2025-12-03",
        "ICPC attended PC MARSH. Report submitted (2 x crime reports, CCN, intel). Outcome both children CP.",
        "Kian Doherty; Ellie-Rose Pryce; Dean Marsh",
        "O17",
    ),
    (
        PHN,
        "2025-12-03",
        "HV attended CP conf for ER (and sibling K). Outcome CP - neglect. HV core group member. Increase contacts to 4-weekly min.",
        "Ellie-Rose; Kian; Claire Benton",
        "O17",
    ),
    (
        YJS,
        "2025-12-03",
        "ME attended ICPC. Shared YJS involvement (OOCD assessment underway). KD + ER CP plans.",
        "KD; ER; ME",
        "O17",
    ),
    (
        SCH,
        "2025-12-03",
        "GL attended CP conference (handover to Ashbrook AP). KD off roll pending IRP window.",
        "GL; KD",
        "O17",
    ),
    (
        CSC,
        "2025-12-04",
        "Letter to Leanne and Jordan confirming outcome of ICPC and date of first core group 17/12.",
        "Leanne; Jordan",
        None,
    ),
    (
        PHN,
        "2025-12-12",
        "ICPC minutes rec'd (conf 03/12). Plan uploaded to SystmOne. ER: CP - neglect.",
        "Ellie-Rose",
        "O17",
    ),
    # ---- same day, different things
    (
        PHN,
        "2025-12-10",
        "SN health needs assessment - KD seen at Ashbrook AP. Sleep poor (approx 4 hrs), vapes, cannabis daily 'to chill'. Thigh scar healed. "
        "Declined sexual health input. Referred to young people's substance misuse service with consent.",
        "KD; Priya Sandhu",
        None,
    ),
    (
        CSC,
        "2025-12-10",
        "Statutory CP visit for Ellie-Rose. Seen playing, clean, appropriate clothing. Jordan home. Home conditions ok.",
        "Ellie-Rose; Jordan",
        None,
    ),
    # ---- O18 missing 2 (Sat to Mon)
    (
        POL,
        "2025-12-13 19:05",
        "MISPER. DOHERTY Kian reported missing by mother. Left home 14:00 saying going to football. CP plan, NRM, previous mispers - HIGH risk. "
        "Cell site request. Log 1630.",
        "Kian Doherty; Leanne Doherty",
        "O18",
    ),
    (
        POL,
        "2025-12-15 05:40",
        "Located by Essex Police at flat in Southend during drugs warrant - cuckooed address. DOHERTY held under police protection and returned "
        "by Essex officers to home address 10:15. No charge. Log 1630 closed.",
        "Kian Doherty",
        "O18",
    ),
    (
        CSC,
        "2025-12-15",
        "Police notification: Kian missing from Sat 13/12, found this morning in Southend at an address raided for drugs, police protection "
        "used, returned home. Home visit today - Kian asleep. Leanne says he came home with bruising to his face.",
        "Kian; Leanne",
        "O18",
    ),
    (
        YJS,
        "2025-12-15",
        "SW rang - KD missing over w/e, found in Southend this a.m. Today's appt (14:00) cancelled - rebooked 17/12.",
        "KD; HO",
        "O18",
    ),
    (
        CSC,
        "2025-12-16",
        "RHI offered by missing worker - declined by Kian. Leanne gave brief account.",
        "Kian; Leanne",
        None,
    ),
    # ---- O19 core group 1
    (
        CSC,
        "2025-12-17",
        "Core group 1. Present Leanne, Jordan, SW, HV, YJS case manager, Ashbrook AP. Plan reviewed after missing episode. Agreed: Kian to "
        "have phone-free evenings, safe adult (MGM) to collect from AP, referral to family therapy. Next core group 21/01.",
        "Leanne; Jordan; Claire; Marcus; MGM",
        "O19",
    ),
    (
        PHN,
        "2025-12-17",
        "CG mtg - HV attended for ER. ER's needs met; mum struggling with K. Actions HV: 4-wkly home visits, support mum's GP re mood.",
        "Ellie-Rose; Leanne; Claire Benton",
        "O19",
    ),
    (
        YJS,
        "2025-12-17",
        "Attended CG (CP plan). KD did not attend. Rebooked 1:1 for tomorrow.",
        "KD",
        "O19",
    ),
    # ---- O20 windows smashed (Fri night), EDT Sat
    (
        POL,
        "2026-01-02 23:15",
        "Criminal damage - 3 x front windows smashed at DOHERTY home address by 2 males in balaclavas, threats shouted 'you owe'. No injuries. "
        "Family inside incl. 2yr old. CE linked - believed debt re seized drugs/cash. Patrols arranged. Crime ref.",
        "Leanne Doherty; Kian Doherty; Ellie-Rose Pryce",
        "O20",
    ),
    (
        CSC,
        "2026-01-03",
        "EDT: police notification - windows at family home smashed overnight, threats relating to a drug debt Kian owes. Spoke to Leanne; family "
        "to stay at Pauline's tonight. Passed to allocated SW and Housing Options re emergency move.",
        "Leanne; Kian; Pauline",
        "O20",
    ),
    (
        POL,
        "2026-01-05",
        "House to house re crim damage 02/01 - no witnesses. CCTV negative. Filed pending further info.",
        "Leanne Doherty",
        None,
    ),
    # ---- O21 house move
    (
        CSC,
        "2026-01-09",
        "Family moved today to 14 Larch Close (emergency management move by housing association due to threats). Helped with transport. "
        "Address shared with police only - not to be disclosed.",
        "Leanne; Jordan; Kian; Ellie-Rose",
        "O21",
    ),
    (
        YJS,
        "2026-01-09",
        "KD did not attend appt. LD texted - busy today. ME to re-offer next wk.",
        "KD; LD",
        None,
    ),
    (
        GP,
        "2026-01-14",
        "Change of address notified for household (Leanne, Kian, Ellie-Rose, Jordan) - 14 Larch Close. Within practice boundary. Address "
        "marked confidential per CSC request.",
        "Leanne; Kian; Ellie-Rose; Jordan",
        "O21",
    ),
    (
        PHN,
        "2026-01-19",
        "Notification of change of address (family moved 09/01/26) - 14 Larch Close. Remains in same 0-19 team. Records updated.",
        "Ellie-Rose; Kian",
        "O21",
    ),
    # ---- O22 core group 2
    (
        CSC,
        "2026-01-21",
        "Core group 2 held at 14 Larch Close. Kian attended. Since the move no missing episodes. Attends AP ~60%. School nurse now part of "
        "core group. Family therapy referral accepted.",
        "Kian; Leanne; Priya Sandhu",
        "O22",
    ),
    (
        YJS,
        "2026-01-21",
        "CG meeting. Positive - no missing since move. JDMP next Tues.",
        "KD",
        "O22",
    ),
    (
        PHN,
        "2026-01-21",
        "SN attended core group for KD. Substance misuse service engaged x2. Offered drop-in at AP.",
        "KD; Priya",
        "O22",
    ),
    # ---- O23 JDMP
    (
        POL,
        "2026-01-27",
        "Joint Decision Making Panel (Police/YJS). DOHERTY Kian - s139A offence 18/11/25. Outcome: Youth Conditional Caution. Conditions: "
        "engage YJS 16 wks, knife crime awareness programme. PWITS 14/10 remains RUI - NRM considered.",
        "Kian Doherty",
        "O23",
    ),
    (
        YJS,
        "A:2026-01-26:2026-01-30:w/c 26/01/26",
        "JDMP w/c 26/01 - YCC agreed (bladed article). Intervention plan 16 wks: knife crime programme, CE/reparation, ETE.",
        "KD",
        "O23",
    ),
    (
        POL,
        "2026-01-27 16:40",
        "Intel: TW seen in Audi A3 (black) Oakfield estate with 2 x youths unknown. Logged.",
        "Tyrese Walcott",
        None,
    ),
    # ---- O24 missing 3, O25 ED hand injury next afternoon
    (
        POL,
        "2026-02-06 17:30",
        "MISPER - DOHERTY Kian. Did not return from AP. Risk HIGH. Log 0987.",
        "Kian Doherty",
        "O24",
    ),
    (
        POL,
        "2026-02-07 04:10",
        "Located Milton Keynes Central by BTP with older male (not WALCOTT, IDd). Searched - nil. Returned home by MK officers 07:30. Log 0987 closed.",
        "Kian Doherty",
        "O24",
    ),
    (
        ED,
        "2026-02-08 14:05",
        "ED: 15M with swollen R hand after 'punching a wall' yesterday. XR: # R 5th metacarpal neck (boxer's). Buddy strapped, fracture clinic "
        "referral. Attended with mother. Known CP plan - safeguarding team notified, no new concerns raised by pt.",
        "Kian Doherty; Leanne Doherty",
        "O25",
    ),
    (
        CSC,
        "2026-02-09",
        "Police notification of missing episode 06/02-07/02 (found in Milton Keynes). Leanne also reports Kian went to A&E yesterday with a hand "
        "injury. RHI to be offered.",
        "Kian; Leanne",
        "O24",
    ),
    (
        YJS,
        "2026-02-09",
        "1:1 session KD. Hand strapped. Talked about being 'in MK' at wknd - says visiting a girl. Knife crime programme session.",
        "KD",
        None,
    ),
    (
        GP,
        "2026-02-18",
        "Letter ED 8/2/26: R 5th MC # (boxer's), fracture clinic arranged. Safeguarding noted.",
        "Kian",
        "O25",
    ),
    # ---- same-day decoys
    (
        GP,
        "2026-02-10",
        "LD - low mood worse since house move, anxious at night, windows incident. Increase sertraline 150mg. Talking therapies self-referral info.",
        "LD",
        None,
    ),
    (
        PHN,
        "2026-02-10",
        "HV CP home visit ER at new address. ER happy, nursery place (2yr funded) started. Mum low - encouraged GP (has appt today).",
        "Ellie-Rose; Leanne",
        None,
    ),
    (
        ED,
        "2026-01-17 10:25",
        "ED: 34F, slipped on ice outside home, FOOSH L wrist. XR NAD - soft tissue injury. Discharged, analgesia advice.",
        "Leanne Doherty",
        None,
    ),
    # ---- O26 RCPC
    (
        CSC,
        "2026-03-04",
        "Review Child Protection Conference (Chair Sue Hallam). Kian remains subject to CP plan (physical abuse - exploitation). Ellie-Rose "
        "no longer requires a CP plan: stepped down to child in need plan. Review 6 months.",
        "Kian; Ellie-Rose; S Hallam",
        "O26",
    ),
    (
        POL,
        "2026-03-04",
        "RCPC - DS FROST attended. Update: CAWN served on WALCOTT 10/02. K remains CP. Sibling CIN.",
        "Kelly Frost; Tyrese Walcott; Kian Doherty",
        "O26",
    ),
    (
        PHN,
        "2026-03-04",
        "HV attended RCPC. ER - CP plan ended, now CIN. HV to continue targeted contacts.",
        "Ellie-Rose; Claire Benton",
        "O26",
    ),
    (
        PHN,
        "2026-03-04",
        "SN attended review conf for KD. Remains CP. SN to continue half-termly at AP.",
        "KD; Priya Sandhu",
        "O26",
    ),
    (YJS, "2026-03-04", "RCPC - ME attended. YCC compliance good (7/8 sessions).", "KD; ME", "O26"),
    (
        GP,
        "2026-03-04",
        "Ellie-Rose seen with mum - cough 5/7, eating and drinking, chest clear, sats 98%. Viral. Reassured, safety-netting advice.",
        "Ellie-Rose; Leanne",
        None,
    ),
    # ---- O27 NRM conclusive grounds
    (
        CSC,
        "2026-03-18",
        "SCA Conclusive Grounds decision received: positive - Kian confirmed victim of modern slavery (criminal exploitation). Shared with Leanne and Kian.",
        "Kian; Leanne",
        "O27",
    ),
    (
        POL,
        "2026-03-23",
        "NRM CG +ve for DOHERTY K received from SW OKAFOR. OIC to update CPS file re PWITS (RUI). Advice file submitted.",
        "Kian Doherty; Hannah Okafor",
        "O27",
    ),
]

POOLS = {
    CSC: [
        ("Supervision with TM - case discussed, plan on track. Actions updated.", "Hannah Okafor"),
        (
            "Statutory visit - Kian seen alone briefly; Ellie-Rose seen. No new concerns reported.",
            "Kian; Ellie-Rose",
        ),
        ("Text exchange with Leanne re Kian's appointments this week.", "Leanne"),
        (
            "Direct work session with Kian (car journey, McDonald's). Talked about football and future plans - wants to be an electrician.",
            "Kian",
        ),
        ("Case note: updated chronology and genogram on file.", ""),
        ("Phone call Pauline - happy to be a safe adult and have Kian at weekends.", "Pauline"),
        ("Family therapy service chased - on waiting list.", ""),
    ],
    POL: [
        ("Intel report: youths dealing from Oakfield Park underpass, descriptions vague.", ""),
        ("Patrol passing attention at family address - all quiet.", "Leanne Doherty"),
        (
            "CE team tasking meeting - DOHERTY reviewed on exploitation tracker, no change to risk.",
            "Kian Doherty",
        ),
        ("OIC update: phone download of seized handsets outstanding - lab backlog.", "Dean Marsh"),
        ("Intel: WALCOTT stopped in vehicle, nil found, FIR submitted.", "Tyrese Walcott"),
    ],
    SCH: [
        ("KD late 09:12 - no reason. Lunchtime detention.", "KD"),
        ("Check-in with DSL - KD ok, 'tired'. Uniform issue (trainers).", "KD; GL"),
        ("Attendance letter (stage 2) sent to mum.", "LD"),
        ("KD removed from Maths - phone use, refused to hand over.", "KD"),
        ("Mentor session - KD engaged well, discussed college options.", "KD"),
    ],
    PHN: [
        (
            "Tel contact with mum - ER well, sleeping better, no concerns raised.",
            "Ellie-Rose; Leanne",
        ),
        (
            "HV home visit - ER weighed, tracking 50th centile. Play observed, good interaction with dad.",
            "Ellie-Rose; Jordan",
        ),
        (
            "Records reviewed for supervision. Safeguarding supervision - actions agreed.",
            "Claire Benton",
        ),
        ("SN drop-in at AP - KD attended briefly, asked about sleep.", "KD"),
    ],
    GP: [
        ("ER - nasal flu vaccine (2yr) given by PN. No reaction.", "Ellie-Rose"),
        ("Rx request sertraline - issued.", "LD"),
        ("Kian DNA practice nurse appt (asthma review). Letter to mum.", "Kian"),
        ("Jordan - back pain, ibuprofen, physio self-referral.", "Jordan"),
        ("Safeguarding meeting (practice) - family discussed, codes checked.", "Kian; Ellie-Rose"),
    ],
    YJS: [
        ("1:1 session KD - CE and consequential thinking work, session {n}. Engaged.", "KD"),
        ("Reparation session - litter pick Oakfield Park, 2 hrs.", "KD"),
        ("ETE worker met KD at AP re college application.", "KD"),
        ("Case mgt supervision. AssetPlus updated.", "ME"),
        ("KD DNA session. Text to mum. Rebooked.", "KD; LD"),
    ],
}

# routine filler never lands on a day the agency already has a hand-written entry, nor on bank holidays
_HOLS = [("2025-12-25", "2025-12-26"), ("2026-01-01", "2026-01-01")]
CLOSED = {a[0]: list(_HOLS) for a in AGENCIES}
for _ag, _spec, *_ in E:
    if _spec[1] != ":":
        _d = _spec.split()[0]
        CLOSED[_ag].append((_d, _d))
CLOSED[SCH].append(("2025-10-27", "2025-10-31"))

FILL = casegen.filler(
    2609,
    POOLS,
    "2025-09-08",
    "2026-03-27",
    25,
    windows={
        SCH: ("2025-09-08", "2025-11-17"),
        YJS: ("2025-11-26", "2026-03-27"),
    },
    closed=CLOSED,
)

if __name__ == "__main__":
    doc = casegen.build(
        "o",
        "County lines exploitation of a 15-year-old, his 2-year-old half-sister, school exclusion, knife injury, NRM, "
        "missing episodes and a house move; 7 agencies (CSC, Police, secondary school, 0-19 HV/SN, GP, acute hospital, YJS), Sep 2025-Mar 2026",
        PEOPLE,
        AGENCIES,
        E + FILL,
        os.devnull,
    )
    json.dump(doc, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
