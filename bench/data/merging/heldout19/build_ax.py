# ruff: noqa
"""Writing aid for the HELD-OUT case_ax (fictional; written blind, see README.md here).

    python3 bench/data/merging/heldout19/build_ax.py   # writes heldout19/case_ax.json

HELD OUT: only ever scored, never opened while merge rules are changed.

Criminal exploitation and neglect. Callum Birtles (15) is drawn into a county line run by
Marcus Dunn ("Mars"): two missing episodes, a stab wound, an arrest with class A wraps, an NRM
referral. His half-sister Ruby (2) is neglected while their mother Tanya drinks; Tanya's sister
Shelley is the protective relative; the family moves house in April. Seven agencies,
Sep 2025 - Jun 2026. Hand-written entries plus seeded routine filler (deterministic output).
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# two extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("ax019", "%d %b %Y")  # 05 Feb 2026
casegen.STYLES.setdefault("axpath", "%a %d %b %Y")  # Wed 11 Feb 2026

CSC = "Children's Social Care"
POL = "Police"
GP = "Brookside Medical Centre"
HV = "0-19 service (health visiting and school nursing)"
ACU = "Kelbrook General Hospital"
SCH = "Castlegate Academy"
PTH = "Pathways drug and alcohol service"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (HV, "health", "ax019"),
    (ACU, "health", "health"),
    (SCH, "education", "school"),
    (PTH, "other", "axpath"),
]

PEOPLE = [
    ("Callum Birtles", ["Callum", "Cal", "CB"], "Child C", "child"),
    ("Ruby Birtles", ["Ruby", "RB"], "Child R", "child"),
    ("Tanya Birtles", ["Tanya", "Ms Birtles", "Mum", "TB"], "Mother", "parent"),
    ("Jason Platt", ["Jason", "Mr Platt"], "Ruby's father", "parent"),
    ("Shelley Naylor", ["Shelley", "Aunt Shelley", "MA"], "Maternal aunt", "family"),
    (
        "Marcus Dunn",
        ["Marcus", "DUNN", "Mars"],
        "Adult suspected of exploiting Callum",
        "other_adult",
    ),
    ("Priya Natt", ["SW Natt", "Priya"], "Social worker", "professional"),
    ("Gareth Lowe", ["TM Lowe"], "Team manager", "professional"),
    ("Amir Shah", ["Amir", "AS"], "Missing and exploitation worker (CSC)", "professional"),
    (
        "Owen Fairley",
        ["DC Fairley", "FAIRLEY"],
        "Detective constable (exploitation team)",
        "professional",
    ),
    ("Ruth Achebe", ["Dr Achebe"], "GP", "professional"),
    ("Karen Pask", ["Karen", "HV Pask"], "Health visitor", "professional"),
    ("Jo Tate", ["SN Tate", "Jo"], "School nurse", "professional"),
    (
        "Daniel Hurst",
        ["Mr Hurst", "DSL Hurst"],
        "Designated safeguarding lead, Castlegate Academy",
        "professional",
    ),
    ("Kelly Moss", ["Kelly", "KM"], "Recovery worker, Pathways", "professional"),
    ("Lorraine Keel", ["IRO Keel"], "Child protection conference chair", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        GP,
        "Y:2019",
        "TB - alcohol dependence, community detox 2019 (Pathways), relapsed 2021. LFTs deranged (GGT 212). Thiamine. Sis Shelley supportive.",
        "Tanya Birtles; Shelley",
        None,
    ),
    (
        POL,
        "M:2025-09",
        "Stop search s23 MDA - BIRTLES, Callum (15) with 2 older males nr Kelbrook bus stn. Nil found. Intel submitted, 'youth at risk of CCE' marker added.",
        "Callum Birtles",
        None,
    ),
    (
        SCH,
        "2025-10-08",
        "Callum - 2 day suspension (fight in the canteen, Y10). Reintegration meeting with Mum booked. Mr Hurst to open EHA.",
        "Callum; Mum; Mr Hurst",
        None,
    ),
    # E01 TAF meeting (school: TAF/EHA; school nurse: words)
    (
        SCH,
        "2025-11-13 14:00",
        "TAF mtg (EHA review 1) in school. Present: Mum, Callum (part), Mr Hurst, SN Tate. Attendance 78%, late most days, new expensive clothes. Actions: mentor sessions weekly, SN to see re sleep.",
        "Callum; Mum; Mr Hurst; SN Tate",
        "E01",
    ),
    (
        HV,
        "2025-11-13",
        "Attended Team Around the Family meeting at Castlegate Academy (school nurse Jo Tate). Callum says he is sleeping 3-4 hours a night, up on his phone. Offered 1:1 sessions in school - accepted.",
        "Callum; Tanya; Jo",
        "E01",
    ),
    (
        HV,
        "A:2025-12-01:2025-12-12:early December 2025 (approx.)",
        "Ruby's 2-2.5 year review not brought x2 (letters sent). Mum contacted by phone - 'been busy', rebooked for January.",
        "Ruby; Mum; Karen",
        None,
    ),
    (
        GP,
        "2025-12-09",
        "TB - low mood, drinking 'a bottle of wine most nights'. AUDIT 24. Advised re Pathways self-referral, declined. Sertraline 50mg started.",
        "Tanya Birtles; Dr Achebe",
        None,
    ),
    # ---------------- January 2026 ----------------
    # E02 school's referral to MASH (sent Mon, screened Wed)
    (
        SCH,
        "2026-01-12 11:30",
        "MARF submitted via the portal to MASH re Callum (Mr Hurst). EHA not making progress: attendance 61%, 2 new phones, seen getting into cars at the gate, told a friend he 'owes money'. Mum agrees to the referral.",
        "Callum; Mum; Mr Hurst",
        "E02",
    ),
    (
        CSC,
        "2026-01-14 10:15",
        "MASH: referral from Castlegate Academy dated 12 January received. Callum's attendance has fallen sharply, he has had new phones and clothes, is collected by unknown men in cars and has said he owes money. Concerns of child criminal exploitation. Police checks: stop search in September with older males. Screened: to the assessment team for a child and family assessment; Ms Birtles informed.",
        "Callum Birtles; Tanya Birtles",
        "E02",
    ),
    (
        SCH,
        "2026-01-14",
        "Callum arrived 10.40, no reason given. Internal isolation p3-5 for refusal to hand in phone.",
        "Callum",
        None,
    ),
    (
        HV,
        "2026-01-20 10:00",
        "2-2.5 yr review at home (Karen). Ruby wt 11.8kg (25th). ASQ-3: communication below cut-off (about 10 words). Home cluttered, strong smell of stale alcohol, empty bottles in kitchen. Mum tired; says Callum 'never in'. Referral to speech and language therapy.",
        "Ruby; Mum; Karen",
        None,
    ),
    # E03 first missing episode: police report (and found), EDT call, Monday notification to school
    (
        POL,
        "2026-01-23 22:40",
        "MFH report - BIRTLES, Callum (15) reported by mother, not home since school. Risk assessed MEDIUM (CCE markers). Phone off. UPDATE 25/01 14:10: located by officers at a flat in Larch Court, Kelbrook with 2 older males. Returned home. Safe & well check done - refused to say where he had been.",
        "Callum Birtles; Tanya Birtles",
        "E03",
    ),
    (
        CSC,
        "2026-01-23 23:35",
        "EDT: police informed us that Callum has been reported missing by his mother this evening. Open to the assessment team (child and family assessment started). Police are searching; no action for EDT tonight. Day team to arrange a return home interview when he is found.",
        "Callum Birtles; Tanya Birtles",
        "E03",
    ),
    (
        SCH,
        "2026-01-26 08:15",
        "Email from police missing person unit: Callum was reported missing from home on Friday night and was found on Sunday. Mr Hurst informed. Callum in school, very tired, slept in the library p1.",
        "Callum; Mr Hurst",
        "E03",
    ),
    # E04 RHI at school
    (
        CSC,
        "2026-01-27 10:00",
        "Return home interview with Callum at Castlegate Academy (Amir Shah). Callum said he was 'at a mate's' and 'just chilling'. Would not name anyone. Noticed a new phone and a cut to his knuckles. Push and pull factors discussed; he agreed to see me again.",
        "Callum Birtles; Amir",
        "E04",
    ),
    (
        SCH,
        "2026-01-27 10:00",
        "RHI - Amir (CSC missing team) met Callum in the library office, period 2. Mr Hurst not present. Callum back to lessons at 10.50.",
        "Callum; Amir; Mr Hurst",
        "E04",
    ),
    # E05 strategy discussion; the school nurse files the minutes 6 days later
    (
        CSC,
        "2026-01-29 10:00",
        "Strategy discussion (Teams) chaired by TM Gareth Lowe. Present: SW Priya Natt, DC Owen Fairley (exploitation team), Mr Hurst (DSL), Amir Shah. Callum missing 23-25 January, found in a flat linked to Marcus Dunn ('Mars'), who police believe runs a drug line into Harbridge. Agreed: threshold met for section 47 enquiries (criminal exploitation), joint with police; joint visit tomorrow; school nurse and health visitor to be sent the minutes; Ruby to be included in the enquiries because of concerns about home conditions.",
        "Callum Birtles; Ruby Birtles; Marcus Dunn; TM Lowe; SW Natt; DC Fairley; Mr Hurst; Amir",
        "E05",
    ),
    (
        POL,
        "2026-01-29 10:00",
        "Strat disc (MASH, Teams) re BIRTLES children. Police: MFH 23-25/01, located at address linked to DUNN (Mars line). Outcome s47 - joint. JV tomorrow (DC FAIRLEY).",
        "Callum Birtles; Ruby Birtles; DUNN; DC Fairley",
        "E05",
    ),
    (
        SCH,
        "2026-01-29 10:00",
        "Strategy meeting, joined on Teams (DH). CCE concerns, child protection enquiries to start. School to share attendance weekly and log any vehicles at the gate.",
        "Callum; Mr Hurst",
        "E05",
    ),
    # E06 joint visit police + SW; management oversight and a school entry the same day are not it
    (
        CSC,
        "2026-01-30 16:30",
        "Joint home visit with DC Fairley. Callum seen in his room; he denied knowing anyone called Mars and said he 'doesn't do anything'. Ms Birtles tearful, admitted she cannot stop him going out. Ruby asleep in her cot at 4.30pm in a soiled nappy, bedroom smelt of urine. Safety plan: Callum to be home by 9pm, Ms Birtles to report him missing if not.",
        "Callum Birtles; Tanya Birtles; Ruby Birtles; DC Fairley; Marcus Dunn",
        "E06",
    ),
    (
        POL,
        "2026-01-30 16:30",
        "JV with SW NATT, home address. BIRTLES, Callum spoken to - no disclosure, denies knowing DUNN. Mother cooperative. 2 phones seen in bedroom, not seized. Intel updated.",
        "Callum Birtles; Tanya Birtles; SW Natt; DUNN",
        "E06",
    ),
    (
        CSC,
        "2026-01-30 09:00",
        "Management oversight (TM Lowe): section 47 decision endorsed. Check Callum's school timetable for gaps; health visitor to be asked for a joint visit for Ruby.",
        "Callum Birtles; Ruby Birtles; TM Lowe",
        None,
    ),
    (
        SCH,
        "2026-01-30",
        "Callum left the site at lunch without permission (CCTV 12.35, got into a silver car). Mum texted. Logged for police liaison.",
        "Callum; Mum",
        None,
    ),
    # ---------------- February ----------------
    # E07 JV SW + health visitor re Ruby; the GP appointment the same afternoon is separate
    (
        CSC,
        "2026-02-03 10:00",
        "Visit with the health visitor Karen Pask to see Ruby. Kitchen: dirty pans, mould on food, little fresh food. Ruby had a red raw nappy area and was in yesterday's clothes. Ms Birtles admitted drinking 'to cope' with Callum. Agreed she will see her GP about her drinking and take Ruby to the GP today about her cough.",
        "Ruby Birtles; Tanya Birtles; Karen",
        "E07",
    ),
    (
        HV,
        "2026-02-03 10:00",
        "JV with SW (P Natt). Ruby: severe nappy rash, clothes stained. Home conditions poor. Mum smelt of alcohol at 10am. Advice re nappy care, barrier cream. Weekly HV visits agreed during s47.",
        "Ruby; Mum; SW Natt; Karen",
        "E07",
    ),
    (
        GP,
        "2026-02-03 15:40",
        "Ruby - cough 1/52, T 37.6, chest clear, nappy dermatitis ++ w/ candida. Clotrimazole + barrier. Mum 'social worker told me to bring her'. Safeguarding alert checked.",
        "Ruby; Mum; Dr Achebe",
        None,
    ),
    (
        HV,
        "2026-02-04 16:00",
        "Minutes of strategy meeting 29/01 received from MASH (secure email) - school nurse Jo Tate. Filed in both children's records. Action for 0-19: HV to join s47 visit for Ruby (done 03/02); SN to offer Callum drop-in.",
        "Callum; Ruby; Jo",
        "E05",
    ),
    # E08 GP referral to Pathways (sent Thu, received 6 days later)
    (
        GP,
        "2026-02-05 09:10",
        "TB - attends re alcohol as agreed with SW. 50-60 u/wk, morning drinking, shakes. AUDIT 28. Agrees referral to Pathways - sent today. Thiamine 100mg tds. R/v 2/52.",
        "Tanya Birtles; Dr Achebe",
        "E08",
    ),
    (
        PTH,
        "2026-02-11",
        "New referral received from Brookside Medical Centre (Dr Achebe, dated 05/02): 34F, alcohol dependence, previous community detox 2019. Children open to CSC. Assessment offered 18/02 - accepted by phone.",
        "Tanya Birtles; Dr Achebe",
        "E08",
    ),
    (
        POL,
        "M:2026-02",
        "Intel (various sources, Feb 2026): DUNN, Marcus aka 'Mars' - 'Mars line' running Kelbrook to Harbridge, using local juveniles incl. BIRTLES, Callum. Cuckooed flats: Larch Court.",
        "Marcus Dunn; Callum Birtles",
        None,
    ),
    # E09 Callum's stab wound: ED, police at ED, EDT, GP letter 10 days later
    (
        ACU,
        "2026-02-14 01:50",
        "ED: 15M self-presented with 2 friends (left before triage). 3cm wound post L thigh, ?stab. States 'fell on a fence'. NV intact. Wound explored, closed 5 x sutures. Police informed (knife policy). Mother attended 03:00. Safeguarding referral to CSC EDT. D/c 05:30, sutures out 10/7 at GP.",
        "Callum Birtles; Tanya Birtles",
        "E09",
    ),
    (
        POL,
        "2026-02-14 02:20",
        "Call from Kelbrook General ED - male juv with suspected stab wound. Officers att 02:35. BIRTLES, Callum - non-cooperative, states fell on fence. No scene identified. Crime recorded (wounding), no complainant. CCE marker. MFH not reported (mother thought he was at friend's).",
        "Callum Birtles; Tanya Birtles",
        "E09",
    ),
    (
        CSC,
        "2026-02-14 03:10",
        "EDT: call from the Emergency Department. Callum (open to the assessment team, section 47 ongoing) attended with a wound to his leg which staff think is a stab wound; he says he fell on a fence. Police are there and his mother is with him. He will go home with her when discharged. Day team informed by email.",
        "Callum Birtles; Tanya Birtles",
        "E09",
    ),
    (
        CSC,
        "2026-02-16 11:00",
        "Home visit following the weekend. Callum limping, would not discuss how he was hurt. Ms Birtles says she 'can't keep him in'. Ruby in the same clothes as on Friday.",
        "Callum Birtles; Tanya Birtles; Ruby Birtles",
        None,
    ),
    (
        PTH,
        "2026-02-18 14:00",
        "Comprehensive assessment (Kelly Moss). Tanya: 50+ units/week, daily drinking incl. mornings, withdrawal sx. SADQ 24 (moderate). Son involved with 'older lads', stabbed last weekend - main stressor. Plan: keywork weekly, assess for community detox, letter to GP.",
        "Tanya Birtles; Callum; Kelly",
        "E10",
    ),
    # E11 NRM referral (CSC as first responder; police told 5 days later)
    (
        CSC,
        "2026-02-19 15:00",
        "National Referral Mechanism referral completed and submitted online for Callum (first responder: SW Natt). Grounds: criminal exploitation - drug running for the Mars line, debt, missing episodes, stab wound. Police exploitation team to be informed.",
        "Callum Birtles; SW Natt",
        "E11",
    ),
    (
        POL,
        "2026-02-24 09:30",
        "NRM referral submitted by CSC (FR: NATT) 19/02 re BIRTLES, Callum - notified to CEIT today. MSA s2 crime recorded, DC FAIRLEY OIC. Linked to op re DUNN.",
        "Callum Birtles; SW Natt; DC Fairley; DUNN",
        "E11",
    ),
    (
        GP,
        "2026-02-23",
        "Report for ICPC 26/02 sent to conference team. TB alc dependence, ref Pathways. Ruby nappy dermatitis 03/02. Callum - nil recent. Unable to attend (surgery).",
        "Tanya Birtles; Ruby; Callum",
        None,
    ),
    (
        GP,
        "2026-02-24",
        "A&E letter 14/02/26 - Callum: wound post L thigh, 5 sutures, ?stab, police aware. STO 10/7 - booked with PN 24/02, removed, healed.",
        "Callum Birtles",
        "E09",
    ),
    # E12 ICPC
    (
        CSC,
        "2026-02-26 10:00",
        "Initial child protection conference (chair Lorraine Keel). Present: Ms Birtles, Shelley Naylor, SW Natt, DC Fairley, Mr Hurst, Karen Pask (health visitor), Kelly Moss (Pathways). GP report received. Ruby made subject to a child protection plan (neglect). Callum: child in need plan with an exploitation safety plan; NRM referral made. Core group within 10 working days; review conference in three months.",
        "Ruby Birtles; Callum Birtles; Tanya Birtles; Shelley Naylor; IRO Keel; SW Natt; DC Fairley; Mr Hurst; Karen; Kelly",
        "E12",
    ),
    (
        POL,
        "2026-02-26 10:00",
        "ICPC attended (DC FAIRLEY). Outcome: RB - CP plan, neglect. CB - CIN (CCE). Police actions: disruption re DUNN, share MFH/intel with SW.",
        "Ruby Birtles; Callum Birtles; DC Fairley; DUNN",
        "E12",
    ),
    (
        HV,
        "2026-02-26",
        "ICPC attended (Karen). Ruby - CP plan under category neglect. HV actions: fortnightly visits, weight/development, SALT follow-up. Callum CIN.",
        "Ruby; Callum; Karen",
        "E12",
    ),
    (
        SCH,
        "2026-02-26",
        "CP conf attended by Mr Hurst. Callum CIN plan (not CP). School actions: daily attendance to SW, mentor, gate log.",
        "Callum; Mr Hurst",
        "E12",
    ),
    (
        PTH,
        "2026-02-26 10:00",
        "Attended initial CP conference (KM). Daughter on CP plan - neglect. Tanya engaging, 2 sessions so far. Will share attendance and breath tests with SW.",
        "Tanya; Ruby; Kelly",
        "E12",
    ),
    (
        CSC,
        "2026-02-27",
        "Letter to Ms Birtles confirming the outcome of the conference and the date of the first core group (12 March).",
        "Tanya Birtles; Ruby Birtles",
        None,
    ),
    # ---------------- March ----------------
    (
        CSC,
        "2026-03-03",
        "Letter from the Single Competent Authority: positive reasonable grounds decision for Callum (NRM). Copy to police requested.",
        "Callum Birtles",
        None,
    ),
    (
        GP,
        "2026-03-03",
        "Letter Pathways - assessed 18/02: alc dependence, SADQ 24, weekly keywork, ?community detox. Noted.",
        "Tanya Birtles",
        "E10",
    ),
    (
        HV,
        "2026-03-03 11:00",
        "HV visit (Karen). Ruby wt 11.9kg. Nappy rash resolved. Home tidier, food in fridge. Mum sober, says she is 'trying'.",
        "Ruby; Mum; Karen",
        None,
    ),
    # E13 second missing episode; the same day's truancy is separate
    (
        SCH,
        "2026-03-06 12:40",
        "Callum left site after lunch, not seen p5-6. Unauthorised absence. Mum and SW emailed 1pm.",
        "Callum; Mum; SW Natt",
        None,
    ),
    (
        POL,
        "2026-03-06 21:30",
        "MFH - BIRTLES, Callum, 2nd episode. Reported by mother 21:15 (curfew 21:00). Risk HIGH (stab wound Feb, NRM). UPDATE 08/03 11:20: located by Harbridge officers in a flat at Wharf St, Harbridge with an 18yo male; Callum had £420 cash and 2 phones (seized). Conveyed home 16:00.",
        "Callum Birtles; Tanya Birtles",
        "E13",
    ),
    (
        CSC,
        "2026-03-06 22:15",
        "EDT: police called to say Callum has been reported missing again - his second time. He is on a child in need plan and the social worker emailed earlier that he left school at lunchtime. Police have graded him high risk. Information passed to the day team.",
        "Callum Birtles; SW Natt",
        "E13",
    ),
    (
        SCH,
        "2026-03-09 08:30",
        "Mum phoned attendance line - Callum was missing over the weekend, police found him Sunday 'miles away'. Keeping him off today. Authorised. DSL informed.",
        "Callum; Mum; Mr Hurst",
        "E13",
    ),
    (
        CSC,
        "2026-03-10 10:00",
        "Return home interview at home (Amir Shah). Callum said he was taken to Harbridge 'to work' and had to stay until the phone was 'sold out'. He fears Mars will make him pay back the cash the police took. Shared with SW and police.",
        "Callum Birtles; Amir; Mars",
        None,
    ),
    (
        HV,
        "2026-03-10 11:30",
        "HV visit (Karen). Ruby well, playing. Callum home, on the sofa. Mum anxious, had been drinking last night 'with the worry'.",
        "Ruby; Callum; Mum; Karen",
        None,
    ),
    # E14 second strategy discussion (police file the minutes 6 days later)
    (
        CSC,
        "2026-03-10 14:00",
        "Strategy discussion (Teams), chair TM Lowe. SW Natt, DC Fairley, Mr Hurst, Amir Shah. Second missing episode with Callum found in Harbridge with cash and phones; return home interview today: he fears a drug debt. Agreed: section 47 enquiries for Callum re-opened; consider a safe place away from Kelbrook; police disruption of Marcus Dunn; Callum's phone to be returned only if he agrees to a safety plan.",
        "Callum Birtles; Marcus Dunn; TM Lowe; SW Natt; DC Fairley; Mr Hurst; Amir",
        "E14",
    ),
    (
        SCH,
        "2026-03-10 14:00",
        "Strat meeting - DSL dialled in. Callum found out of area at the weekend. Agreed school to move Callum's timetable to keep him on site at lunch (lunch in the inclusion room).",
        "Callum; Mr Hurst",
        "E14",
    ),
    # E15 core group 1; the morning keywork session is separate
    (
        PTH,
        "2026-03-12 10:00",
        "Keywork (KM). Tanya: 4 drinking days this week, breath test 0.00 today. Worried about Callum 'owing'. Detox referral discussed - wants to wait until 'Callum is sorted'.",
        "Tanya; Callum; Kelly",
        None,
    ),
    (
        CSC,
        "2026-03-12 15:30",
        "First core group meeting at the family's home. Present: Ms Birtles, Shelley Naylor, SW Natt, Karen Pask (HV), Kelly Moss (Pathways). Ruby's plan reviewed: nursery place to be found; Shelley to have Ruby two days a week; Ms Birtles to attend Pathways weekly. Callum's situation discussed with Ms Birtles' agreement.",
        "Tanya Birtles; Shelley Naylor; SW Natt; Karen; Kelly; Ruby Birtles; Callum Birtles",
        "E15",
    ),
    (
        HV,
        "2026-03-12 15:30",
        "Core group at home (HV). CP plan reviewed; HV to support 2-yr funded nursery application. Aunt to help with childcare.",
        "Ruby; Mum; Shelley; Karen",
        "E15",
    ),
    (
        PTH,
        "2026-03-12 15:30",
        "CG meeting - KM attended (home visit). Tanya's attendance 100%, BAC clear x3. Detox assessment to be booked.",
        "Tanya; Kelly",
        "E15",
    ),
    (
        POL,
        "2026-03-16 09:00",
        "Minutes of strat disc held 10/03 (DC FAIRLEY attended) rec'd from CSC and uploaded to CEIT file. Actions: disruption plan re DUNN; phone exploitation download.",
        "Callum Birtles; DC Fairley; DUNN",
        "E14",
    ),
    # E16 phone call Pathways -> SW, in different words at each end; the GP appointment the same day is separate
    (
        GP,
        "2026-03-18 09:20",
        "TB - r/v. Drinking 'less'. GGT 240, ALT 88. Tremor +. Advised detox via Pathways. Thiamine cont.",
        "Tanya Birtles; Dr Achebe",
        None,
    ),
    (
        PTH,
        "2026-03-18 14:45",
        "Tanya attended late, BAC 0.09, smelt of alc. Said she had 'a few' this morning; RB in buggy with her. Not safe to drive - walked. Tel to SW (P Natt) 15:10 - info shared, SW to visit.",
        "Tanya; Ruby; SW Natt; Kelly",
        "E16",
    ),
    (
        CSC,
        "2026-03-18 15:10",
        "Kelly from Pathways rang. Ms Birtles turned up this afternoon with Ruby in the buggy and had been drinking this morning - a breath test was over the limit. She walked home. I will visit tomorrow unannounced.",
        "Kelly; Tanya Birtles; Ruby Birtles",
        "E16",
    ),
    (
        CSC,
        "2026-03-19 09:30",
        "Unannounced visit following yesterday's call. Ms Birtles sober, tearful; Shelley present. Written agreement: Shelley to have Ruby if Ms Birtles has had a drink. Ruby clean and playing.",
        "Tanya Birtles; Shelley Naylor; Ruby Birtles",
        None,
    ),
    # E17 Ruby's ED attendance, paediatric liaison notification, GP letter 12 days later
    (
        ACU,
        "2026-03-21 18:40",
        "Paed ED: Ruby 2y7m, brought by mother and aunt. 3/7 L ear discharge, fever, irritable. T 38.4. L otorrhoea, TM not visualised. Unkempt, hair matted, nappy heavy. Known CP plan (neglect) - PAS alert. Amoxicillin 7/7. Paediatric liaison form to 0-19 and GP. D/c 20:30.",
        "Ruby Birtles; Tanya Birtles; Shelley Naylor",
        "E17",
    ),
    (
        HV,
        "2026-03-25 09:00",
        "Paediatric liaison notification: Ruby attended A&E Sat 21/03 - L ear infection with discharge, 3 days' history; noted unkempt. On CP plan. HV to visit this week; info to SW.",
        "Ruby; Karen",
        "E17",
    ),
    (
        GP,
        "2026-03-25 16:00",
        "Ruby - r/v after ED 21/03. Ear drying, afebrile, eating. Complete abx. Mum brought. Appearance clean today.",
        "Ruby; Mum; Dr Achebe",
        None,
    ),
    (
        HV,
        "2026-03-27 10:00",
        "HV visit (Karen) after A&E attendance. Ruby ear dry, bright. Mum and Shelley present. Hair brushed, clean clothes. Discussed seeking help sooner.",
        "Ruby; Mum; Shelley; Karen",
        None,
    ),
    # ---------------- April ----------------
    (
        CSC,
        "2026-04-02 10:00",
        "Statutory visit. Ruby seen, clean and well, ear better. Ms Birtles says she has had 'only two drinks' this week. Callum not at home - at the shop, she thought.",
        "Ruby Birtles; Tanya Birtles; Callum Birtles",
        None,
    ),
    (
        GP,
        "2026-04-02",
        "Letter ED 21/03/26 - Ruby: L otitis media w/ perforation, amoxicillin, GP r/v if persists. Paed liaison - CP plan noted. Already seen 25/03.",
        "Ruby",
        "E17",
    ),
    # E18 arrest with class A: police custody record and the SW's note of the custody call
    (
        POL,
        "2026-04-02 16:20",
        "Arrest - BIRTLES, Callum (15) at Kelbrook bus stn, found w/ 14 wraps ?crack/heroin + £160, 1 phone. PWITS class A. Custody 17:00. Mother att as AA 19:30 (appeared sober). Interview: no comment. RUI 19:45, curfew-style conditions n/a. Ref to CEIT - NRM already made (s45 MSA to consider).",
        "Callum Birtles; Tanya Birtles",
        "E18",
    ),
    (
        CSC,
        "2026-04-02 17:05",
        "Custody sergeant at Kelbrook rang: Callum was arrested this afternoon with drugs at the bus station and is in custody. His mother is going to be his appropriate adult. I spoke to Ms Birtles, who will ask Shelley to have Ruby tonight. Callum was released under investigation at about 8pm and went home with his mother.",
        "Callum Birtles; Tanya Birtles; Shelley Naylor; Ruby Birtles",
        "E18",
    ),
    (
        PTH,
        "A:2026-04-06:2026-04-10:week after Easter (approx.)",
        "Tanya phoned to cancel keywork - 'family crisis' (son). Rebooked 14/04.",
        "Tanya; Callum",
        None,
    ),
    # E19 three-way meeting at Pathways (CSC records it by week)
    (
        PTH,
        "2026-04-14 11:00",
        "3-way: Tanya, KM, SW Natt at Pathways. BAC 0.00. Tanya agrees to community detox (start date TBC, needs Shelley to have Ruby for 7 days). SW supportive.",
        "Tanya; Kelly; SW Natt; Ruby; Shelley",
        "E19",
    ),
    (
        CSC,
        "A:2026-04-13:2026-04-17:w/c 13 April 2026",
        "Met Ms Birtles with her recovery worker at the Pathways office. She wants to do a home detox. Ruby would need to stay at Shelley's for the week; I will check Shelley can manage.",
        "Tanya Birtles; Kelly; Ruby Birtles; Shelley Naylor",
        "E19",
    ),
    # E20 core group 2 (a look-alike of E15)
    (
        CSC,
        "2026-04-16 15:30",
        "Second core group meeting at the family's home. Present: Ms Birtles, Shelley, SW Natt, Karen Pask (HV), Kelly Moss (Pathways). Ruby's plan reviewed: nursery place from June; ED attendance in March discussed; Ms Birtles to start a home detox. Housing: a move to Oakdene Close agreed with the housing association (management transfer, away from the Mars line). Actions updated.",
        "Tanya Birtles; Shelley Naylor; SW Natt; Karen; Kelly; Ruby Birtles",
        "E20",
    ),
    (
        HV,
        "2026-04-16 15:30",
        "Core group at home (HV). CP plan reviewed. Ruby wt 12.1kg. Nursery from June. Family moving end of April - new address to be shared.",
        "Ruby; Mum; Karen",
        "E20",
    ),
    (
        PTH,
        "2026-04-16 15:30",
        "CG meeting (KM). Detox plan shared with the group. Tanya's attendance good.",
        "Tanya; Kelly",
        "E20",
    ),
    (
        CSC,
        "2026-04-27",
        "Helped the family move to 14 Oakdene Close. Callum angry about the move, went out at 6pm, back by 9. Ruby has her own room.",
        "Tanya Birtles; Callum Birtles; Ruby Birtles",
        None,
    ),
    # E21 letter CSC -> GP (scanned 9 days later)
    (
        CSC,
        "2026-04-28",
        "Letter to Brookside Medical Centre: change of address for Ms Birtles, Callum and Ruby (14 Oakdene Close); Ruby remains on a child protection plan (neglect); Ms Birtles is starting a home detox with Pathways. Asked the practice to keep all three registered.",
        "Tanya Birtles; Callum Birtles; Ruby Birtles",
        "E21",
    ),
    (
        SCH,
        "2026-04-28",
        "Mum phoned office - new address 14 Oakdene Close. SIMS updated. Bus pass form sent home.",
        "Callum; Mum",
        None,
    ),
    (
        HV,
        "2026-05-05 10:00",
        "Mum phoned with new address (Oakdene Close, moved 27/04 - still in our patch). Records updated. HV visit booked 12/05.",
        "Mum; Ruby; Karen",
        None,
    ),
    (
        GP,
        "2026-05-07",
        "Letter from children's social care 28/04 rec'd + scanned: new addr 14 Oakdene Close for TB, Callum, Ruby. Ruby CP plan (neglect) continues. Mum starting home detox. Addresses updated on EMIS.",
        "Tanya Birtles; Callum; Ruby",
        "E21",
    ),
    # ---------------- May ----------------
    # E22 Ruby found in the street while mother intoxicated (Sat); EDT; Monday notifications
    (
        POL,
        "2026-05-16 18:25",
        "Call from MOP - toddler alone on pavement, Oakdene Close. Officers att 18:35. Child (BIRTLES, Ruby, 2) returned to addr 14 - mother BIRTLES, Tanya heavily intoxicated, asleep on sofa, front door open. Brother (15) not home. Child to maternal aunt NAYLOR, Shelley by agreement. PPN submitted (child at risk).",
        "Ruby Birtles; Tanya Birtles; Shelley Naylor",
        "E22",
    ),
    (
        CSC,
        "2026-05-16 19:40",
        "EDT: police attended after a neighbour found Ruby alone on the pavement outside the house. Her mother was very drunk and asleep. Ruby has gone to her aunt Shelley Naylor, who will keep her until Monday. Checks on Shelley: known to us as a protective carer. Callum's whereabouts not known - police asked to check.",
        "Ruby Birtles; Tanya Birtles; Shelley Naylor; Callum Birtles",
        "E22",
    ),
    (
        HV,
        "2026-05-18 09:10",
        "PPN received via MASH: Sat 16/05 Ruby found alone in the street, Mum intoxicated. Ruby with aunt. HV to attend strategy meeting today 2pm.",
        "Ruby; Mum; Shelley; Karen",
        "E22",
    ),
    (
        PTH,
        "2026-05-18 09:30",
        "Tanya rang in, distressed - police came Saturday, she had relapsed (detox day 4) and Ruby 'got out'. Ruby at Shelley's. KM informed SW by email.",
        "Tanya; Ruby; Shelley; Kelly",
        "E22",
    ),
    # E23 third strategy discussion (Pathways files the minutes on Friday)
    (
        CSC,
        "2026-05-18 14:00",
        "Strategy discussion (Teams), chair TM Lowe. SW Natt, PC Ahmed (police public protection), Karen Pask (health visitor). Ruby found alone in the street on Saturday evening while Ms Birtles was drunk. Ruby is already on a child protection plan, so no new section 47; the plan is strengthened: Ruby to stay with Shelley until the review conference on Thursday; Ms Birtles' contact supervised by Shelley.",
        "Ruby Birtles; Tanya Birtles; Shelley Naylor; TM Lowe; SW Natt; Karen",
        "E23",
    ),
    (
        POL,
        "2026-05-18 14:00",
        "Strat disc re BIRTLES, Ruby following PPN 16/05. Child subject to CP plan. Police: no offence (neglect threshold not met), NFA. Info shared.",
        "Ruby Birtles; Tanya Birtles",
        "E23",
    ),
    (
        HV,
        "2026-05-18 14:00",
        "Strategy discussion (Teams) - HV attended. Ruby to remain with aunt until RCPC 21/05. HV to visit Ruby at aunt's this week.",
        "Ruby; Shelley; Karen",
        "E23",
    ),
    (
        CSC,
        "2026-05-19",
        "Management oversight (TM Lowe): agree with the strategy outcome. Conference chair to be told that Ruby is staying with her aunt.",
        "Ruby Birtles; Shelley Naylor; TM Lowe",
        None,
    ),
    (
        GP,
        "2026-05-19",
        "Report for RCPC 21/05 sent. TB - relapsed during home detox (per Pathways). Ruby ED 21/03 otitis. Unable to attend.",
        "Tanya Birtles; Ruby",
        None,
    ),
    (
        POL,
        "2026-05-20",
        "Police report to conference team for RCPC 21/05: 2 x MFH (Callum), arrest PWITS (RUI), PPN 16/05 re Ruby. DC FAIRLEY unable to attend.",
        "Callum Birtles; Ruby Birtles; DC Fairley",
        None,
    ),
    (
        HV,
        "2026-05-20 11:00",
        "HV visit to Ruby at aunt's house. Ruby settled, eating well, wt 12.3kg. Aunt Shelley coping.",
        "Ruby; Shelley; Karen",
        None,
    ),
    # E24 RCPC
    (
        CSC,
        "2026-05-21 10:00",
        "Review child protection conference (chair Lorraine Keel). Present: Ms Birtles, Shelley Naylor, SW Natt, Karen Pask, Mr Hurst, Kelly Moss. Reports from police and the GP. Ruby remains subject to a child protection plan (neglect); she will stay with Shelley under a family arrangement while Ms Birtles restarts her detox. Callum continues on a child in need plan; his exploitation safety plan was reviewed. Next review in six months.",
        "Ruby Birtles; Callum Birtles; Tanya Birtles; Shelley Naylor; IRO Keel; SW Natt; Karen; Mr Hurst; Kelly",
        "E24",
    ),
    (
        HV,
        "2026-05-21",
        "RCPC attended (Karen). Ruby remains on CP plan (neglect), placed with aunt (family arrangement). HV visits continue at aunt's.",
        "Ruby; Shelley; Karen",
        "E24",
    ),
    (
        SCH,
        "2026-05-21",
        "RCPC attended (Mr Hurst). Sister's CP plan continues; Callum stays on CIN. Reported attendance since timetable change 86%.",
        "Callum; Ruby; Mr Hurst",
        "E24",
    ),
    (
        PTH,
        "2026-05-21 10:00",
        "RCPC attended (KM). Relapse reported honestly by Tanya. Detox to be re-planned for June with daily contact.",
        "Tanya; Kelly",
        "E24",
    ),
    (
        PTH,
        "2026-05-22",
        "Minutes of strategy discussion 18/05 received from CSC (KM not invited). Noted: Ruby with aunt, Mum's contact supervised. Filed.",
        "Tanya; Ruby; Shelley; Kelly",
        "E23",
    ),
    (
        CSC,
        "2026-05-22",
        "Letter to Ms Birtles confirming the outcome of the review conference and the next core group (11 June).",
        "Tanya Birtles; Ruby Birtles",
        None,
    ),
    # ---------------- June ----------------
    # E25 DC's phone call to SW about the NFA decision, recorded both ends
    (
        POL,
        "2026-06-09 11:40",
        "Tel SW NATT - PWITS 02/04 BIRTLES, Callum: CPS advice, s45 MSA defence applies (positive RG decision). NFA. Phone download linked to DUNN - investigation continuing.",
        "Callum Birtles; SW Natt; DUNN",
        "E25",
    ),
    (
        CSC,
        "2026-06-09 11:40",
        "DC Fairley rang: there will be no further action against Callum for the drugs found in April, because the prosecutor accepts he was a victim of exploitation. The investigation into Marcus Dunn continues using Callum's phone. I will tell Callum and his mother in person.",
        "DC Fairley; Callum Birtles; Marcus Dunn; Tanya Birtles",
        "E25",
    ),
    (
        SCH,
        "2026-06-09",
        "Callum - mock exam (maths), attended, finished the paper. Mentor session with Mr Hurst after - positive about college.",
        "Callum; Mr Hurst",
        None,
    ),
    (
        HV,
        "2026-06-11 10:00",
        "HV visit at aunt's. Ruby started nursery (3 mornings). Wt 12.6kg. Speech improving - 2-word phrases.",
        "Ruby; Shelley; Karen",
        None,
    ),
    # E26 core group 3 (a look-alike of E15 and E20)
    (
        CSC,
        "2026-06-11 15:30",
        "Third core group meeting at Shelley's house. Present: Ms Birtles, Shelley, SW Natt, Karen Pask (HV), Kelly Moss (Pathways), Mr Hurst (for Callum). Ruby thriving at Shelley's and at nursery. Ms Birtles to start detox again on 15 June with daily Pathways contact. Callum told about the no further action decision; no missing episodes since April. Actions updated.",
        "Tanya Birtles; Shelley Naylor; SW Natt; Karen; Kelly; Mr Hurst; Ruby Birtles; Callum Birtles",
        "E26",
    ),
    (
        HV,
        "2026-06-11 15:30",
        "Core group at aunt's (HV). Plan reviewed - HV actions unchanged.",
        "Ruby; Shelley; Karen",
        "E26",
    ),
    (
        PTH,
        "2026-06-11 15:30",
        "CG (KM). Detox restart 15/06 agreed - daily contact wk 1.",
        "Tanya; Kelly",
        "E26",
    ),
    (
        SCH,
        "2026-06-11 15:30",
        "Core group mtg at aunt's - DSL attended for Callum. Attendance 88%.",
        "Callum; Mr Hurst",
        "E26",
    ),
    # E27 phone call school nurse <-> DSL, different words each end
    (
        SCH,
        "2026-06-17 12:15",
        "Call from SN Tate: Callum came to her drop-in yesterday asking about 'getting tested' and said he has been having panic attacks at night. She will see him weekly. DH to let SW know.",
        "SN Tate; Callum; Mr Hurst",
        "E27",
    ),
    (
        HV,
        "2026-06-17 12:15",
        "Tel to DSL (D Hurst) - shared with consent: CB attended drop-in 16/06, requested STI screen, reports anxiety/poor sleep. Plan weekly 1:1 + signpost CAMHS.",
        "Mr Hurst; Callum; Jo",
        "E27",
    ),
    (
        HV,
        "2026-06-16 13:00",
        "School nurse drop-in (Jo Tate). Callum self-referred: asked about an STI screen, reports panic attacks at night. Chlamydia kit given. Consent to share with DSL.",
        "Callum; Jo",
        None,
    ),
    (
        CSC,
        "2026-06-18",
        "Child in need visit with Callum (Amir present). Talked about his sleep and panic attacks; he agreed to a CAMHS referral. He says Mars has 'gone quiet'.",
        "Callum Birtles; Amir; Mars",
        None,
    ),
]

# Routine filler: one agency, no other agency involved, no named happening.
POOLS = {
    CSC: [
        (
            "Statutory visit. Ruby seen in her bedroom and the kitchen; food in the fridge, clean sheets on the bed. Ms Birtles sober and engaged. Callum out.",
            "Ruby Birtles; Tanya Birtles",
        ),
        (
            "Visit to see Callum alone at home. He talked about football and his Xbox but would not discuss who he spends time with. His phone rang {n} times during the visit.",
            "Callum Birtles",
        ),
        (
            "Supervision with TM Lowe. Plans for both children reviewed; actions for the next four weeks agreed.",
            "TM Lowe; Callum Birtles; Ruby Birtles",
        ),
        (
            "Session with Callum (Amir Shah) at a cafe: talked about grooming, debt bondage and what friendship looks like. Callum engaged for about 40 minutes.",
            "Callum Birtles; Amir",
        ),
        (
            "Text messages to Ms Birtles to confirm next week's visit; she replied 'ok'.",
            "Tanya Birtles",
        ),
        ("Unannounced visit - no answer. Card left.", ""),
        (
            "Phone call with Shelley Naylor: she is happy to keep helping with Ruby on Tuesdays and Thursdays.",
            "Shelley Naylor; Ruby Birtles",
        ),
        (
            "Direct work with Ruby: played with the dolls' house; Ruby chatty and smiling, nappy clean.",
            "Ruby Birtles",
        ),
        ("Case recording: chronology updated.", ""),
    ],
    POL: [
        (
            "Intel: BIRTLES, Callum seen nr Kelbrook bus stn with {n} older males, grey Audi. Not stopped.",
            "Callum Birtles",
        ),
        ("Neighbourhood team passing attention at home addr - all quiet.", ""),
        ("PNC/PND checks on BIRTLES household for neighbourhood briefing. Nil further.", ""),
        (
            "Intel: DUNN, Marcus ('Mars') seen at Larch Court flats, {n} youths attending briefly. Not stopped.",
            "Marcus Dunn",
        ),
        (
            "Intel: taxi firm reports juv male matching BIRTLES, Callum paid cash for Kelbrook-Harbridge fare.",
            "Callum Birtles",
        ),
    ],
    GP: [
        (
            "TB - med r/v. On thiamine. Reports cutting down, '{n} drinks a day'. Bloods booked.",
            "Tanya Birtles",
        ),
        ("Ruby - cough/coryza {n}/7, well child, chest clear. Safety-net advice.", "Ruby; Mum"),
        ("Callum - DNA (acne review).", "Callum Birtles"),
        ("Repeat prescription processed - TB (thiamine).", "Tanya Birtles"),
        (
            "Practice safeguarding meeting: Birtles family discussed, alerts checked.",
            "Ruby; Callum; Tanya Birtles",
        ),
        ("TB - bloods: GGT high, MCV 104. Text to book r/v.", "Tanya Birtles"),
    ],
    HV: [
        (
            "HV home visit (Karen). Ruby wt {w}kg, playing with blocks, using about {n}0 words. Advice on routines and bedtime.",
            "Ruby; Mum; Karen",
        ),
        ("HV: Ruby not at home for planned visit - card left, rebooked.", "Ruby; Karen"),
        ("HV phone call to Mum re 2-year-old funded nursery paperwork.", "Mum; Karen"),
        ("School nurse drop-in (Jo Tate) - Callum did not attend as planned.", "Callum; Jo"),
        (
            "HV visit: kitchen cluttered, {n} bin bags in hallway. Routines discussed with Mum.",
            "Ruby; Mum; Karen",
        ),
        ("Safeguarding supervision with named nurse - Birtles family discussed.", "Ruby; Callum"),
    ],
    SCH: [
        ("Callum absent (unauthorised). Call home, no answer.", "Callum"),
        ("Callum late {n} mins, no reason. Detention set.", "Callum"),
        ("Callum in internal isolation ({n} lessons), refusal to follow instructions.", "Callum"),
        (
            "Mentor session with Mr Hurst - goals for the week; Callum polite but tired.",
            "Callum; Mr Hurst",
        ),
        ("Attendance letter (stage 2) posted home.", "Callum; Mum"),
        ("Callum - merit for effort in PE.", "Callum"),
        ("Weekly attendance report to Head of Year.", "Callum"),
    ],
    PTH: [
        (
            "Keywork (KM). Tanya reports {n} drinking days last week. Drink diary reviewed.",
            "Tanya; Kelly",
        ),
        ("Group session (coping with cravings) - Tanya attended.", "Tanya"),
        ("DNA keywork - text sent.", "Tanya"),
        ("Breath test 0.00. Keywork: triggers, worry about her son.", "Tanya; Kelly"),
        ("Prescriber review: acamprosate continued.", "Tanya"),
    ],
}

WINDOWS = {
    CSC: ("2026-01-15", "2026-05-15"),
    PTH: ("2026-02-19", "2026-06-30"),
    HV: ("2025-10-01", "2026-05-15"),
}
CLOSED = {
    SCH: [
        ("2025-10-27", "2025-10-31"),
        ("2025-12-19", "2026-01-05"),
        ("2026-02-16", "2026-02-20"),
        ("2026-04-03", "2026-04-17"),
        ("2026-05-25", "2026-05-29"),
    ],
}


def routine():
    """Filler on days when that agency has no hand-written entry (keeps each day coherent)."""
    hand = {(a, spec.split()[0]) for a, spec, *_ in ENTRIES}
    # nothing routine while Callum is missing (a sighting then would belong to the episode)
    missing = {"2026-01-23", "2026-01-24", "2026-01-25", "2026-03-06", "2026-03-07", "2026-03-08"}
    rows = casegen.filler(19, POOLS, "2025-10-01", "2026-06-30", 60, WINDOWS, CLOSED)
    return [r for r in rows if (r[0], r[1]) not in hand and r[1] not in missing][:46]


def main():
    out = HERE / "case_ax.json"
    casegen.build(
        "ax",
        "Teenager drawn into a county line (two missing episodes, stab wound, arrest, NRM) and "
        "his toddler half-sister's neglect while their mother drinks; house move; 7 agencies, "
        "Sep 2025 - Jun 2026 (held out)",
        PEOPLE,
        AGENCIES,
        ENTRIES + routine(),
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
