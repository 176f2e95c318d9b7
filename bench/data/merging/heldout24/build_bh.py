# ruff: noqa
"""Writing aid for held-out case bh (fictional; HELD-OUT - never use for tuning).

    python3 bench/data/merging/heldout24/build_bh.py   # writes heldout24/case_bh.json

Child criminal exploitation ("county lines"). Rhys Calloway (15) goes missing four times, is
arrested with drugs in another force's area (Northvale), carries a knife to school and is
permanently excluded, moves to alternative provision, is found in a cuckooed flat during a
raid, is stabbed, is referred into the National Referral Mechanism and is made subject of a
child protection plan. His mother Donna has depression; his sister Maisie is 9; housing moves
the family. Ten agencies, Sep 2025 - Jun 2026. Every entry is written by hand (no random filler),
so the output is deterministic.

Events are written with mnemonic keys (MFH1, STRAT2, ...) and numbered E01, E02, ... in order of
their earliest entry when the JSON is written.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("yjs", "%d-%m-%Y")  # 17-10-2025
casegen.STYLES.setdefault("bridgeway", "%A %d %B %Y")  # Wednesday 26 November 2025
casegen.STYLES.setdefault("housing", "%d %b %y")  # 05 Jan 26
casegen.STYLES.setdefault("compass", "%a %d/%m/%y")  # Wed 17/09/25

WMP = "Westmarsh Police"
NVC = "Northvale Constabulary"
CSC = "Westmarsh Children's Services"
YJS = "Westmarsh Youth Justice Service"
SCH = "Ferncliffe Academy"
AP = "Bridgeway Learning Centre"
ED = "Westmarsh General Hospital"
CAMHS = "CAMHS (Westmarsh)"
HSG = "Westmarsh Housing"
RHI = "Compass Young People's Service"

AGENCIES = [
    (WMP, "police", "police"),
    (NVC, "police", "iso"),
    (CSC, "social_care", "csc"),
    (YJS, "other", "yjs"),
    (SCH, "education", "school"),
    (AP, "education", "bridgeway"),
    (ED, "health", "health"),
    (CAMHS, "health", "gp"),
    (HSG, "other", "housing"),
    (RHI, "other", "compass"),
]

PEOPLE = [
    ("Rhys Calloway", ["Rhys", "CALLOWAY", "RC"], "Child R (subject, 15)", "child"),
    ("Maisie Calloway", ["Maisie"], "Child M (sister, 9)", "child"),
    ("Donna Calloway", ["Donna", "Ms Calloway", "Mum"], "Mother", "parent"),
    ("Pat Sewell", ["Pat", "Auntie Pat", "SEWELL"], "Maternal aunt", "family"),
    ("Dale Mercer", ["Mercer", "Dizzy"], "Adult linked to the drug line (23)", "other_adult"),
    ("Kane Whitlow", ["Kane", "Whitlow"], "Older associate (19)", "other_adult"),
    ("Graham Tulley", ["TULLEY"], "Vulnerable occupier of a cuckooed flat, Northvale", "other_adult"),
    ("Chloe Ferris", ["SW Ferris", "Chloe"], "Social worker", "professional"),
    ("Ian Boateng", ["TM Boateng"], "Team manager, Children's Services", "professional"),
    ("Ruth Adeyemi", ["Chair Adeyemi"], "Child protection conference chair", "professional"),
    ("Aisha Khan", ["DC Khan"], "Detective constable, Child Exploitation team (Westmarsh)", "professional"),
    ("Martin Rowe", ["PC Rowe"], "Missing persons coordinator (Westmarsh)", "professional"),
    ("Neil Ormsby", ["DC Ormsby"], "Officer in the case, Northvale", "professional"),
    ("Sam Kerrigan", ["Sam"], "Youth justice case manager", "professional"),
    ("Andrew Pike", ["Mr Pike"], "DSL, Ferncliffe Academy", "professional"),
    ("Leanne Moss", ["Leanne", "Ms Moss"], "Key worker, Bridgeway Learning Centre", "professional"),
    ("Gemma Ward", ["Gemma"], "CAMHS practitioner", "professional"),
    ("Priya Nair", ["Dr Nair"], "CAMHS consultant psychiatrist", "professional"),
    ("Jo Stainton", ["Jo"], "Return home interview worker, Compass", "professional"),
    ("Bev Lund", ["Bev", "Ms Lund"], "Housing officer", "professional"),
]

# (agency, date, text, people, event key)
ENTRIES = [
    # ---------------- background (null) ----------------
    (CSC, "Y:2019", "Previous involvement: child in need plan for Rhys and Maisie from March to December 2019 after a referral from Maisie's nursery (home conditions; Ms Calloway's depression after her husband's imprisonment). Closed to universal services once things improved; Ms Calloway was engaging with her GP and Talking Therapies.", "Rhys; Maisie; Donna Calloway", None),
    (ED, "2022-05-21 16:40", "ED (paeds): 11M, FOOSH playing football. Buckle # distal radius L wrist. Backslab, fracture clinic 1/52. Mother present. No safeguarding concerns identified.", "Rhys Calloway; Donna Calloway", None),
    (CAMHS, "2023-03-14", "SPA: referral from Ferncliffe Academy (Y7 pastoral) - low mood, angry outbursts, ?ADHD. Duty screen: does not meet threshold for specialist CAMHS at this time. Signposted to school counsellor and Kooth. Letter to school + parent.", "Rhys Calloway; Donna Calloway", None),
    (WMP, "M:2024-11", "Stop search s23 MDA, Kingsway Park - CALLOWAY Rhys (14) with 2 older males. Small qty cannabis. Community resolution, parent informed. Intel submitted re associates.", "Rhys Calloway", None),
    (SCH, "Y:2024", "Y9/Y10 summary: 3 suspensions (1, 2 and 3 days) - defiance, leaving site. Attendance 86% for 2023-24. Mum supportive but says she 'can't get him up'. Reading age above chronological age.", "Rhys Calloway; Mum", None),
    (HSG, "M:2025-06", "Housing register application - Ms D Calloway, 2-bed flat 31 Moor Lane. Household: applicant, son 14, daughter 9. Opposite-sex children sharing a room; damp in bedroom 2. Band C pending medical form.", "Donna Calloway; Rhys Calloway; Maisie Calloway", None),
    # ---------------- September 2025 ----------------
    (SCH, "2025-09-03", "Y11 first day. Rhys in uniform, Nike Tech tracksuit in bag (held at reception till 3.20, non-uniform). Mr Pike noticed two phones - Rhys says one is 'my cousin's'.", "Rhys Calloway; Mr Pike", None),
    (WMP, "2025-09-12 22:10", "WM-25-118402 MFH. CALLOWAY, Rhys (15) reported missing by mother Donna - last seen 16:00 leaving home addr 31 Moor Lane, phone off. 1st episode. Risk MEDIUM (age, intel re older associates). PNC circulated. Known locations checked neg.", "Rhys Calloway; Donna Calloway", "MFH1"),
    (WMP, "2025-09-13 15:35", "WM-25-118402 update - CALLOWAY returned home of own accord 15:10. S&W PC 2241 at addr: uninjured, tired, strong smell of cannabis. Would not say where/with whom ('just at a mate's'). New puffer jacket mother hadn't seen. MFH closed. Return interview request generated.", "Rhys Calloway; Donna Calloway", "MFH1"),
    (CSC, "2025-09-15 09:20", "MASH: police notification - Rhys was missing from home from Friday evening until Saturday afternoon and came back on his own. First time he has been reported missing. Previous child in need involvement in 2019. Information shared with school; Compass will offer a return home interview. No further action by MASH for now, flagged for review if there are further episodes.", "Rhys Calloway; Donna Calloway", "MFH1"),
    (RHI, "2025-09-15", "RHI request in from police missing unit (Fri 12/09 - Sat 13/09, 1st ep). Allocated to Jo. Rang mum to arrange - she'd rather school saw him in school hours. Ferncliffe agreed Weds P3.", "Rhys Calloway; Mum; Jo", "MFH1"),
    (SCH, "2025-09-15 11:05", "Rhys removed from maths - refused to hand in phone, swore at Mr Dyer. Isolation rest of day. Mum texted; she replied he's 'had a rough weekend'.", "Rhys Calloway; Mum", None),
    (SCH, "2025-09-17 11:30", "Jo Stainton (Compass) met Rhys in the pastoral room P3 for his return interview - approx 40 mins. Jo to send summary to DSL.", "Rhys Calloway; Jo; Mr Pike", "MFH1"),
    (RHI, "2025-09-17 11:30", "Return interview (Jo) at Ferncliffe. YP quiet, polite, hood up. Says he stayed at 'a mate's' in Westmarsh Fri night, 'went into town' Sat. Wouldn't name friend. Denied anyone asked him to do anything. Push: rows with mum about school, sharing a room with his sister. Pull: 'the older ones' - no more detail. Jo's number + leaflets given. Outcome to police & MASH.", "Rhys; Jo", "MFH1"),
    (HSG, "2025-09-18", "Medical assessment form received from applicant. GP letter attached: recurrent depression; applicant says overcrowding affects her sleep and her son's behaviour. Passed to medical adviser.", "Donna Calloway", None),
    (SCH, "2025-09-22 15:20", "Grey Audi waiting on Ash Road by the gate at 3.15 - Rhys got in with two lads who aren't ours. Partial reg noted. Logged by Mrs Oduya (gate duty), passed to DSL.", "Rhys Calloway; Mr Pike", None),
    (SCH, "2025-09-24 14:20", "DSL referral to MASH (MARF) sent 2.20pm. Concerns: two phones, expensive new clothes, cash (£80 seen), picked up by older males in car 22/09, MFH 12/09, attendance 78% and falling, tired, smells of cannabis. Possible CCE. Mum aware and agrees - 'at her wits' end'.", "Rhys Calloway; Donna Calloway; Mr Pike", "REF1"),
    (WMP, "2025-09-24 16:40", "Stop search s23 MDA - Westmarsh precinct. 3 youths incl CALLOWAY Rhys and WHITLOW Kane (19). Nil found on CALLOWAY - £45 cash, 2 handsets. WHITLOW small qty cannabis, warned. Grounds: smell of cannabis, seen passing item. Intel log links CALLOWAY to WHITLOW.", "Rhys Calloway; Kane Whitlow", None),
    (CSC, "2025-09-25 10:15", "MASH: multi-agency referral form from Ferncliffe Academy (Mr Pike, designated safeguarding lead), sent yesterday afternoon. Rhys has two phones, new clothes and cash, is being collected from school by older men in a car, his attendance is falling, and he went missing earlier this month. Mother consents. Police checks: stopped and searched yesterday evening with a 19-year-old believed to be involved in supply. Concern about child criminal exploitation - strategy discussion to be convened.", "Rhys Calloway; Donna Calloway; Mr Pike; Kane Whitlow", "REF1"),
    (HSG, "2025-09-25", "Medical adviser: no medical priority. Overcrowding accepted - banding review to Band B. Decision letter to applicant.", "Donna Calloway", None),
    (SCH, "2025-09-29 15:30", "Attendance meeting with Mum (Mr Pike + attendance officer). Rhys did not come. Attendance now 76.4%. Parenting contract offered. Mum tearful - says she is 'back on her tablets'. Maisie's primary also raising lates.", "Mum; Rhys Calloway; Maisie; Mr Pike", None),
    # ---------------- October ----------------
    (CSC, "2025-10-01 10:00", "Strategy discussion (Teams), chaired by TM Boateng. Present: SW Ferris, DC Khan (Child Exploitation team), Mr Pike (DSL), Jo Stainton (Compass). Missing 12-13 September, school referral of 24 September, stop and search with Kane Whitlow, whom police intelligence links to a drug line running into Northvale. Agreed: threshold for section 47 enquiries not met at present; child and family assessment with the child exploitation screening tool; referral to the next MACE panel; school safety plan; police to consider disruption.", "Rhys Calloway; SW Ferris; TM Boateng; DC Khan; Mr Pike; Jo; Kane Whitlow", "STRAT1"),
    (WMP, "2025-10-01 10:00", "Strat (Teams) re CALLOWAY - DC 5520 KHAN for CE team. No s47; C&F assessment + CE screening. Police: intel re WHITLOW / 'Dizzy' line into Northvale, CE flag on Niche. MACE Nov.", "Rhys Calloway; DC Khan; Kane Whitlow; Dizzy", "STRAT1"),
    (SCH, "2025-10-01 10:00", "DSL on strategy meeting (Teams) called by MASH. School actions: safety plan; Rhys to leave 3.20 via main reception only; staff to log cars on Ash Road. Minutes to follow.", "Rhys Calloway; Mr Pike", "STRAT1"),
    (RHI, "2025-10-01 10:00", "Jo on the strat for Rhys (Teams). Compass to keep 1:1 offer open + fortnightly drop-in at Ferncliffe.", "Rhys; Jo", "STRAT1"),
    (HSG, "2025-10-01 14:00", "Housing options appt (Bev Lund). Ms Calloway attended with daughter. Band B confirmed, bidding explained. Asked about moving out of the area - 'my son's getting in with the wrong lot'. Advised to bid in all areas; mutual exchange info given. Damp repair logged.", "Donna Calloway; Maisie; Bev", None),
    (SCH, "2025-10-06 09:10", "Minutes of 01/10 strategy meeting rec'd from MASH (email). Filed to CPOMS. Safety plan drafted - Mr Pike to meet Rhys + Mum Weds.", "Rhys Calloway; Mr Pike", "STRAT1"),
    (CSC, "2025-10-07 16:00", "Home visit (assessment). Saw Ms Calloway and Maisie; Rhys came in after 20 minutes and agreed to talk in the kitchen. He says the older boys are 'just mates' and he bought his clothes with birthday money. Ms Calloway says her depression is 'bad at the moment' and some days she cannot get out of bed; Maisie gets herself to school. The flat is cramped - Rhys and Maisie share a room divided by a curtain.", "Donna Calloway; Maisie Calloway; Rhys Calloway; SW Ferris", None),
    (SCH, "2025-10-08 12:40", "Safety plan meeting - Mr Pike, Rhys, Mum. Rhys signed but said 'this is pointless'. Trusted adult: Mr Pike. Phone handed in at reception 8.40-3.20.", "Rhys Calloway; Mum; Mr Pike", None),
    (WMP, "2025-10-10 23:05", "WM-25-131977 MFH. CALLOWAY, Rhys - 2nd episode. Mother called 22:50: left 18:30 'to the shop', not returned, phone off. CE marker. Risk HIGH (CE, recent search with WHITLOW). PNC; Northvale informed (county line intel). WHITLOW addr checked - no reply.", "Rhys Calloway; Donna Calloway; Kane Whitlow", "MFH2"),
    (CSC, "2025-10-11 01:30", "Emergency Duty Team: police advised that Rhys has been reported missing since Friday evening - high risk because of the exploitation concerns. Spoke to Ms Calloway; her sister Pat is with her. No action needed from EDT tonight; for MASH on Monday.", "Rhys Calloway; Donna Calloway; Pat", "MFH2"),
    (WMP, "2025-10-12 19:20", "WM-25-131977 - CALLOWAY returned 19:05 by taxi (fare paid, payer unknown). S&W PC 3310: no injuries, exhausted, hadn't eaten. Won't say where. Mother found £120 in his sock + train ticket Northvale-Westmarsh dated today. MFH closed, info to CE team.", "Rhys Calloway; Donna Calloway", "MFH2"),
    (SCH, "2025-10-13 08:50", "Mum rang attendance line: Rhys was reported missing on Friday night and only came back last night by taxi - keeping him off today, he's 'wiped out'. Authorised (code agreed with DSL). DSL informed.", "Rhys Calloway; Mum; Mr Pike", "MFH2"),
    (CSC, "2025-10-13 09:45", "Second missing episode (Friday 10 to Sunday 12 October) - Rhys came home by taxi with cash and a Northvale train ticket. SW Ferris informed. TM Boateng: assessment stays open with the Child Exploitation team involved; MACE referral to go in this week.", "Rhys Calloway; SW Ferris; TM Boateng", "MFH2"),
    (HSG, "2025-10-13 10:30", "Disrepair inspection 31 Moor Lane (surveyor). Black mould bedroom 2 + bathroom. Works order: mould wash, extractor fan. Ms Calloway present; son asleep on the sofa.", "Donna Calloway; Rhys Calloway", None),
    (RHI, "2025-10-16 16:30", "RHI attempt at home (Jo) re missing 10-12/10. Rhys stayed in his room - through the door: 'I'm good, I don't need this'. Spoke with Donna in the kitchen: he came back with cash and a Northvale ticket, she's frightened for him. Try again via school. Outcome: declined by YP, parent's account only.", "Rhys Calloway; Donna; Jo", "MFH2"),
    (YJS, "2025-10-17", "Prevention referral rec'd from Children's Services (SW Ferris) - CCE concerns, no current offence. Eligible for Turnaround. Allocated: Sam Kerrigan. Intro visit to be offered.", "Rhys Calloway; SW Ferris; Sam", None),
    (CSC, "2025-10-20 15:30", "Joint visit with DC Khan (Child Exploitation team). Rhys was told plainly that the police see him as a victim and he is not in trouble. He listened but gave nothing away; when Kane Whitlow was mentioned he said 'snitches get stitches'. Ms Calloway says he has started locking his bedroom door. Safety plan and missing protocol discussed.", "Rhys Calloway; Donna Calloway; DC Khan; SW Ferris; Kane Whitlow", "JV1"),
    (WMP, "2025-10-20 15:30", "JV w/ SW FERRIS @ 31 Moor Lane. CALLOWAY spoken to re CE (victim-focused). Non-engaging. Obs: 2 handsets, new PS5, lock fitted to bedroom door. Mother supportive, low in mood. Intel submitted.", "Rhys Calloway; Donna Calloway; SW Ferris; DC Khan", "JV1"),
    (SCH, "2025-10-20 11:15", "Rhys sent home - vaping in toilets (3rd time), refused bag search. 1-day suspension for tomorrow 21/10. Letter to Mum.", "Rhys Calloway; Mum", None),
    (WMP, "2025-10-22 11:00", "Philomena protocol form completed with mother by PC Rowe (missing coordinator): recent photo, associates (WHITLOW), locations - Kingsway Park, Northvale Parkway stn.", "Rhys Calloway; Donna Calloway; PC Rowe; Kane Whitlow", None),
    (RHI, "2025-10-22 13:00", "Drop-in at Ferncliffe - Rhys didn't come. Left a note with Mr Pike.", "Rhys; Mr Pike; Jo", None),
    (YJS, "2025-10-22 16:00", "Intro visit (Sam) - Rhys and mum at home. Explained Turnaround is voluntary. Rhys 'might' do boxing. Mum keen. Next wk after half term.", "Rhys Calloway; Mum; Sam", None),
    (SCH, "2025-10-23 09:10", "Rhys registered AM, not seen after break - over the back fence (CCTV 10:52). Mum rang, no answer; texted. DSL informed. Unauthorised absence.", "Rhys Calloway; Mum; Mr Pike", None),
    (CSC, "2025-10-23 11:00", "Supervision (TM Boateng / SW Ferris): assessment due 3 December; MACE referral sent; Turnaround prevention offer accepted by the family. Ensure Maisie is seen alone at the next visit.", "Rhys Calloway; Maisie; TM Boateng; SW Ferris", None),
    (NVC, "2025-10-23 13:40", "NV-25-77310. Stop at Northvale Parkway rail stn (PCs 812/1044, plain clothes, drugs op). Juv male identified as CALLOWAY Rhys DOB 20/07/2010 of Westmarsh - on Westmarsh CE list. Search s23: 14 wraps (believed crack/heroin) concealed in underwear, £260 cash, Nokia handset ringing constantly. Arrested PWITS Class A. Conveyed Northvale custody.", "Rhys Calloway", "ARREST1"),
    (NVC, "2025-10-23 20:50", "Custody NV/C/5519 - DP CALLOWAY (juv). Mother contacted, unable to travel (no transport, younger child). Westmarsh EDT informed. AA from Northvale AA scheme. Interviewed w/ solicitor - no comment. Handset seized for download.", "Rhys Calloway; Donna Calloway", "ARREST1"),
    (CSC, "2025-10-23 21:15", "EDT: call from Northvale custody - Rhys was arrested this afternoon at a railway station in Northvale with drugs and cash on him. His mother cannot get there; the custody sergeant has an appropriate adult from their own scheme. Spoke to Ms Calloway: her sister Pat will drive her over to collect him when he is released. Looks like he is being used to carry drugs - for MASH and the allocated worker in the morning.", "Rhys Calloway; Donna Calloway; Pat", "ARREST1"),
    (NVC, "2025-10-24 01:20", "DP CALLOWAY released under investigation pending phone download + CPS advice. Into care of mother and aunt (SEWELL, Pat) 01:20. CE safeguarding referral to Westmarsh submitted.", "Rhys Calloway; Donna Calloway; SEWELL", "ARREST1"),
    (SCH, "2025-10-24 08:35", "Mum rang - Rhys was arrested yesterday in Northvale after he went over the fence, she didn't get him home till 2am. Not in today. DSL informed, emailed SW.", "Rhys Calloway; Mum; Mr Pike; SW Ferris", "ARREST1"),
    (WMP, "2025-10-24 09:30", "Notification from Northvale Constabulary: CALLOWAY arrested 23/10 Northvale Parkway, PWITS Cl.A, RUI. Consistent with 'Dizzy' line intel. CE team (DC Khan) updated. NRM to be considered with LA as first responder.", "Rhys Calloway; DC Khan; Dizzy", "ARREST1"),
    (YJS, "2025-10-27", "Out-of-area arrest notification from Northvale Constabulary (YJS secure inbox): Rhys Calloway, arrested 23/10/25, possession with intent to supply Class A, RUI. Already open to us on Turnaround - Sam updated. Any charge would come via Northvale.", "Rhys Calloway; Sam", "ARREST1"),
    (CSC, "2025-10-29 14:00", "National Referral Mechanism referral submitted online by SW Ferris as first responder: suspected criminal exploitation (county lines) - arrest in Northvale on 23 October, missing episodes, cash and phones. Rhys told what it means; he shrugged and said 'whatever'. Ms Calloway consented.", "Rhys Calloway; Donna Calloway; SW Ferris", "NRM"),
    (YJS, "2025-10-29 16:30", "Turnaround session 1 (Sam) - Westmarsh ABC boxing gym. Rhys 20 mins late, did the session, 'it's alright'. A little about Northvale - 'I'm not a grass'.", "Rhys Calloway; Sam", None),
    (WMP, "2025-10-30 10:15", "NRM - copy of referral (LA first responder, submitted 29/10) rec'd by CE team. DC Khan to supply police info to SCA on request. 'NRM pending' marker on Niche.", "Rhys Calloway; DC Khan", "NRM"),
    # ---------------- November ----------------
    (CSC, "2025-11-04 13:00", "Multi-Agency Child Exploitation (MACE) panel. Rhys discussed - risk assessed as high. Linked adults: Dale Mercer (known as 'Dizzy') and Kane Whitlow. Plan: police disruption of Mercer, with a child abduction warning notice to be considered; Turnaround with the Youth Justice Service; school asked to consider a managed move rather than exclusion; Compass to keep working on a relationship with Rhys.", "Rhys Calloway; Dale Mercer; Kane Whitlow; SW Ferris", "MACE"),
    (WMP, "2025-11-04 13:00", "MACE - CALLOWAY (subject) RAG RED. Nominals MERCER Dale (23), WHITLOW Kane (19). Police actions: CAWN v MERCER (LA consent to be sought), ANPR marker Audi A3, PNC warning 'CE victim'.", "Rhys Calloway; Mercer; Whitlow; DC Khan", "MACE"),
    (RHI, "2025-11-04 13:00", "MACE (Jo attended). Rhys rated red. Compass: keep school drop-ins going. Mercer named as the main concern.", "Rhys; Jo; Mercer", "MACE"),
    (YJS, "2025-11-04 16:30", "Turnaround session 2 (Sam) - McDonald's, town centre. Rhys ate two meals. Said his mum 'sleeps all day' and he 'pays for stuff now'. Passed to SW.", "Rhys Calloway; Mum; Sam; SW Ferris", None),
    (HSG, "2025-11-04", "Letter to Ms Calloway: Band B (overcrowding) effective 25/09/25. No bids placed to date.", "Donna Calloway", None),
    (CSC, "2025-11-06 11:00", "Letter from the Single Competent Authority (dated 5 November) received by email: positive reasonable grounds decision - Rhys may be a victim of modern slavery (criminal exploitation). Told Ms Calloway by phone; shared with the youth justice worker and with the Northvale officer in the case.", "Rhys Calloway; Donna Calloway; SW Ferris", "RG"),
    (WMP, "2025-11-06 17:20", "Intel: CALLOWAY seen front passenger Audi A3 (ANPR marker), Westmarsh ring road, MERCER driving. No stop.", "Rhys Calloway; Mercer", None),
    (WMP, "2025-11-07 09:00", "NRM - positive RG for CALLOWAY notified by LA (SW FERRIS email 06/11). Niche updated. Northvale OIC (DC ORMSBY) aware.", "Rhys Calloway; SW Ferris; DC Ormsby", "RG"),
    (YJS, "2025-11-10", "Email from SW Ferris (Thurs): NRM reasonable grounds decision positive - on file; relevant if Northvale charge (s45 MSA defence). Sam informed.", "Rhys Calloway; SW Ferris; Sam", "RG"),
    (SCH, "2025-11-11 08:45", "MACE minutes (meeting 04/11) rec'd - Ferncliffe not represented (DSL on course). School action: consider managed move. Head informed.", "Rhys Calloway; Mr Pike", "MACE"),
    (SCH, "2025-11-12 10:25", "Critical incident. Y10 student tip-off that Rhys had a knife. Searched by DHT + Mr Pike in pastoral office - folding lock knife (approx 3in blade), blazer inside pocket. Police rung 10:31. Rhys: 'it's for protection, I'm not going to use it'. Home with Mum after police left. Suspended pending investigation.", "Rhys Calloway; Mr Pike; Mum", "KNIFE"),
    (WMP, "2025-11-12 10:31", "WM-25-149055 - Ferncliffe Academy report of pupil with bladed article. PC 1780 (SSO) att 10:48. Lock knife (3\") handed over by DHT, seized. CALLOWAY Rhys (15) - vol interview w/ AA (mother) to be arranged rather than arrest, given CE vulnerability. Offence: possess bladed article on school premises.", "Rhys Calloway; Donna Calloway", "KNIFE"),
    (CSC, "2025-11-12 11:40", "Phone call from Mr Pike: Rhys had a lock knife in school this morning; the police came and took it. He is going home with his mother and is likely to be permanently excluded. He told school it was 'for protection'. SW Ferris to visit tomorrow; TM Boateng informed.", "Rhys Calloway; Mr Pike; SW Ferris; TM Boateng", "KNIFE"),
    (CSC, "2025-11-13 15:00", "Home visit after the knife incident. Rhys says he carries it because 'people from Northvale know my face now'; would not say who. Ms Calloway was crying and said school are 'going to kick him out'. Plan: push for an urgent education placement; update the strategy lead.", "Rhys Calloway; Donna Calloway; SW Ferris", None),
    (SCH, "2025-11-13 16:00", "Headteacher decision: permanent exclusion - possession of a bladed article, following 4 suspensions. Letter to parent sent today; copies to LA exclusions team and SW. Governors' review if requested.", "Rhys Calloway; Mum", "PEX"),
    (CSC, "2025-11-17 09:30", "Copy received of Ferncliffe Academy's letter dated 13 November: Rhys has been permanently excluded. The local authority must provide full-time education from the sixth school day - the exclusions officer has referred him to Bridgeway Learning Centre.", "Rhys Calloway; SW Ferris", "PEX"),
    (AP, "2025-11-18", "Referral in from LA exclusions team - Rhys Calloway, Y11, permanently excluded from Ferncliffe 13/11 (knife). Place from 26/11 after induction. Key worker: Leanne Moss.", "Rhys Calloway; Leanne", None),
    (WMP, "2025-11-19 16:00", "Vol interview CALLOWAY (AA mother) re bladed article 12/11. Admits - 'for protection' after threats in Northvale, won't name. Referred to YOT joint decision panel for OOCD.", "Rhys Calloway; Donna Calloway", None),
    (CSC, "2025-11-20 10:00", "Referral to CAMHS sent (email to the single point of access): low mood, poor sleep, daily cannabis, jumpy and watchful since the Northvale arrest; did not meet threshold in 2023. Rhys agreed 'if they come to me'.", "Rhys Calloway; SW Ferris", "CAMHSREF"),
    (YJS, "2025-11-20 15:00", "Session (Sam). Rhys on the knife: 'everyone carries'. Knife crime workbook started (1 of 4). Explained JDP.", "Rhys Calloway; Sam", None),
    (HSG, "2025-11-21", "First bid placed (2-bed maisonette, Kingsway) - applicant position 14. No offer.", "Donna Calloway", None),
    (CSC, "2025-11-25", "Child and family assessment completed. Rhys at high risk of criminal exploitation; Ms Calloway loving but struggling with her own mental health; Maisie's needs met but she is anxious. Recommendation: child in need plan for both children, MACE oversight. Endorsed by TM Boateng.", "Rhys Calloway; Maisie; Donna Calloway; TM Boateng", None),
    (AP, "2025-11-26 10:00", "Induction meeting - Rhys, mum, SW (Chloe Ferris), Leanne (KW), Mr Okoro (head of centre). Timetable 9.30-2.30: English, maths, construction. Rules explained (phones in lockers). Rhys polite, asked if there's a gym. Starts tomorrow.", "Rhys Calloway; Mum; Chloe; Leanne", "APIND"),
    (CSC, "2025-11-26 10:00", "Went to Rhys's induction at Bridgeway Learning Centre with him and Ms Calloway. Part-time at first, building to full time. Key worker Leanne Moss. Rhys seemed more relaxed there than he ever did at Ferncliffe.", "Rhys Calloway; Donna Calloway; SW Ferris; Leanne Moss", "APIND"),
    (AP, "2025-11-27", "Day 1 - RC in 9.40. Construction AM. Left at lunch 'to see someone', back 1.15. Good in maths.", "RC; Leanne", None),
    (CAMHS, "2025-11-28", "SPA: referral rec'd from Westmarsh Children's Services (SW C Ferris, dated 20/11/25). 15M - low mood, sleep, cannabis, ?trauma sx after arrest. CCE, NRM RG+. Triage: routine-plus; offer outreach appt (YP unlikely to attend clinic).", "Rhys Calloway; SW Ferris", "CAMHSREF"),
    (WMP, "2025-11-29 23:40", "WM-25-156621 MFH - CALLOWAY Rhys, 3rd ep. Mother reports left 14:00 today, phone off. HIGH (CE, NRM, knife, Northvale arrest). Northvale notified - Garside Court area per intel.", "Rhys Calloway; Donna Calloway", "MFH3"),
    # ---------------- December ----------------
    (AP, "2025-12-01 09:50", "RC not in. Rang Mum x2, no answer - VM left. Absence logged, KW to follow up.", "RC; Mum; Leanne", None),
    (WMP, "2025-12-01 10:00", "WM-25-156621 Insp review: day 3, risk remains HIGH. Media appeal not authorised (risk from exploiters). Cell-site request on handset. Northvale asked to check known addresses.", "Rhys Calloway", "MFH3"),
    (NVC, "2025-12-02 06:05", "Op TALON. s23 MDA warrant executed 14 Garside Court, Northvale. Occupier TULLEY Graham (vulnerable adult, address cuckooed). 2 adults arrested PWITS. Juv male in back bedroom identified as CALLOWAY Rhys - missing from Westmarsh (HIGH). Treated as victim, not arrested. Collected by Westmarsh officers 09:30.", "Rhys Calloway; Graham Tulley", "MFH3"),
    (WMP, "2025-12-02 10:45", "WM-25-156621 - CALLOWAY located by Northvale officers at Garside Court during warrant. Conveyed home PC 2241. S&W: thin, unwashed, bruise R forearm ('fell'). MFH closed. Strat requested with LA today.", "Rhys Calloway", "MFH3"),
    (CSC, "2025-12-02 14:00", "Strategy discussion after Rhys's third missing episode - found this morning at a drugs address in Northvale when police raided it. Present: TM Boateng (chair), SW Ferris, DC Khan, Sam Kerrigan (Youth Justice), Leanne Moss (Bridgeway), Jo Stainton (Compass). Agreed: section 47 enquiries; initial child protection conference within 15 working days; Maisie included in the enquiries; safety planning to include whether the family should move.", "Rhys Calloway; Maisie Calloway; TM Boateng; SW Ferris; DC Khan; Sam; Leanne; Jo", "STRAT2"),
    (WMP, "2025-12-02 14:00", "Strat (CE) - CALLOWAY. s47 agreed (joint w/ CE team). ICPC to be booked. Police: proceed CAWN v MERCER; joint s47 visit 03/12.", "Rhys Calloway; DC Khan; Mercer", "STRAT2"),
    (AP, "2025-12-02 14:00", "Leanne on strat meeting re Rhys (Teams, 2pm). Child protection enquiries agreed. Bridgeway to send attendance daily to SW.", "Rhys Calloway; Leanne", "STRAT2"),
    (CSC, "2025-12-03 16:30", "Section 47 joint visit with DC Khan. Rhys chose to talk in the car outside. He says he 'owes' and if he stops 'they'll come to the house'. Maisie seen alone in her room - Rhys is 'nice to me' but comes home late and she hears him on the phone at night. Ms Calloway agreed a safety plan: new lock; Pat to have Maisie at weekends when she can.", "Rhys Calloway; Maisie Calloway; Donna Calloway; Pat; DC Khan; SW Ferris", "S47JV"),
    (WMP, "2025-12-03 16:30", "Joint s47 visit (DC KHAN / SW FERRIS). CALLOWAY disclosed debt to the line - no names. Sibling seen. Threat to family: Osman threshold not met at present; address (31 Moor Lane) flagged for urgent response.", "Rhys Calloway; SW Ferris; DC Khan", "S47JV"),
    (AP, "2025-12-04 13:00", "Jo from Compass in 1-2pm for Rhys's return interview (quiet room).", "Rhys Calloway; Jo; Leanne", "MFH3"),
    (RHI, "2025-12-04 13:00", "RHI (Jo) at Bridgeway re missing 29/11 - 02/12 (found in Northvale). YP more open this time. Says he was 'doing a shift' and 'couldn't leave till it's done'; scared when police came through the door. Owes money - 'my debt went up when the feds took the stuff' (Oct arrest). No names. Hasn't slept properly 'in weeks'. Shared with SW same day - debt bondage.", "Rhys; Jo", "MFH3"),
    (YJS, "2025-12-08", "Strategy discussion minutes rec'd (mtg 02/12). s47 underway - CP conference likely before Xmas; Sam to write report. Note: Turnaround ends if YCC given - transfer to OOCD case management.", "Rhys Calloway; Sam", "STRAT2"),
    (AP, "2025-12-09", "Good week - RC full days Mon and Tue. Gym with Mr Okoro. Fractions test 62%.", "RC; Leanne", None),
    (YJS, "2025-12-09 10:00", "Joint Decision Panel with police (Sgt Lowe) - OOCD for possession of bladed article 12/11. Considered: CE victim, NRM RG+, admission, no previous. Outcome: Youth Conditional Caution - conditions: 6 YJS sessions (knife crime + CE), engage with CAMHS if offered. Delivery 16/12.", "Rhys Calloway; Sam", "JDP"),
    (WMP, "2025-12-09 10:00", "OOCD JDP - CALLOWAY - bladed article (WM-25-149055). Decision: YCC. To be delivered Westmarsh PS with YJS.", "Rhys Calloway", "JDP"),
    (WMP, "2025-12-11 15:20", "CAWN served on MERCER, Dale (23) in custody (arrested unrelated driving matter) re CALLOWAY, Rhys (15). Authorised Insp; LA consent (TM BOATENG) obtained 10/12. Served by DC KHAN. MERCER laughed, refused to sign.", "Dale Mercer; Rhys Calloway; DC Khan; TM Boateng", "CAWN"),
    (CSC, "2025-12-12 09:00", "Email from DC Khan: the notice telling 'Dizzy' to keep away from Rhys was handed to him yesterday while he was in a cell for something else. He laughed it off. Ms Calloway told - she wants a photo of it on her phone in case he turns up.", "Dizzy; Rhys; DC Khan; Donna Calloway", "CAWN"),
    (HSG, "2025-12-15", "Report for child protection conference sent to SW on request: tenancy conduct satisfactory, rent arrears £212, Band B, 1 bid. Not attending (officer on leave).", "Donna Calloway; Rhys Calloway; SW Ferris", None),
    (CAMHS, "2025-12-15", "Report for ICPC sent to chair - referral rec'd 28/11, outreach assessment being arranged, not yet seen. CAMHS unable to attend.", "Rhys Calloway; Ruth Adeyemi", None),
    (CSC, "2025-12-16 10:00", "Initial child protection conference (chair Ruth Adeyemi). Present: Ms Calloway, Pat Sewell (support), SW Ferris, DC Khan, Sam Kerrigan (Youth Justice), Leanne Moss (Bridgeway), Jo Stainton (Compass). Reports from CAMHS and Housing. Rhys declined to attend; Jo shared his views. Decision: Rhys subject to a child protection plan, category physical abuse (extra-familial harm - criminal exploitation). Maisie: child in need plan. First core group 6 January.", "Donna Calloway; Pat Sewell; Rhys Calloway; Maisie Calloway; Ruth Adeyemi; SW Ferris; DC Khan; Sam; Leanne; Jo", "ICPC"),
    (WMP, "2025-12-16 10:00", "CP conf - CALLOWAY - DC KHAN attended. CP plan (CE). Police: disruption MERCER / WHITLOW; any MFH report HIGH by default.", "Rhys Calloway; DC Khan; Mercer; Whitlow", "ICPC"),
    (YJS, "2025-12-16 10:00", "ICPC (Sam attended). Rhys made subject of a CP plan - physical harm, CCE. YJS report shared. Maisie CIN.", "Rhys Calloway; Maisie; Sam", "ICPC"),
    (AP, "2025-12-16 10:00", "Initial CP conference for Rhys - Leanne went (Civic Centre). CP plan. Bridgeway actions: attendance to SW daily, ring mum by 10am if not in, weekly key-work.", "Rhys Calloway; Leanne", "ICPC"),
    (WMP, "2025-12-16 16:00", "YCC administered CALLOWAY - possess bladed article on school premises 12/11/25. AA mother. YJS present. Finalised.", "Rhys Calloway; Donna Calloway; Sam", "YCC"),
    (YJS, "2025-12-16 16:00", "Youth Conditional Caution given at Westmarsh police station, 4pm (Sgt Lowe + Sam). Rhys with mum. Conditions explained and signed. First session Mon 5/1.", "Rhys Calloway; Mum; Sam", "YCC"),
    (AP, "2025-12-18", "Last day before Xmas. RC in all day, helped serve Christmas lunch. Going to his aunt's for Christmas.", "RC; Pat; Leanne", None),
    (CAMHS, "2025-12-18 15:00", "Outreach appt at home (Gemma Ward) - YP not in; mum says he went out 'five minutes ago'. Brief chat with mum - presents low, on sertraline, 'not sleeping for worrying'. Will offer at Bridgeway in Jan.", "Rhys Calloway; Mum; Gemma", None),
    # ---------------- January 2026 ----------------
    (WMP, "2026-01-04 02:35", "WM-26-000871 crim damage, 31 Moor Lane. 999 from Ms CALLOWAY: 2 windows (front room, bedroom) smashed with bricks; note through letterbox 'RHYS OWES. TICK TOCK'. Occupants mother, CALLOWAY Rhys, CALLOWAY Maisie (9) - no injuries. Note seized. Suspects unknown - linked to CE / MERCER intel. Address marker. PPN (child) submitted.", "Donna Calloway; Rhys Calloway; Maisie Calloway; Mercer", "DAMAGE"),
    (CSC, "2026-01-04 03:20", "EDT: police rang - bricks thrown through two windows at the Calloway flat in the night and a note left saying Rhys owes money. Nobody hurt; Maisie terrified. Ms Calloway does not want to leave; Pat is coming first thing. Police have already called out the council's emergency repairs. For MASH and SW Ferris.", "Donna Calloway; Rhys Calloway; Maisie; Pat; SW Ferris", "DAMAGE"),
    (AP, "2026-01-05 12:00", "Back after Xmas. RC: 'they done our windows Sunday'. Very tired, head down in maths. KW chat - says he's not going out 'for now'. Shared with SW.", "RC; Leanne; SW Ferris", None),
    (HSG, "2026-01-05", "Out-of-hours repairs log (04/01, 03:10): board-up of 2 windows at 31 Moor Lane after criminal damage, police on scene. Glazing order raised. Tenant asking for an urgent move - passed to Bev Lund.", "Donna Calloway; Bev", "DAMAGE"),
    (YJS, "2026-01-05 16:00", "YCC session 1/6 (Sam), YJS office. On time. Knife crime workbook. Asked whether 'the caution' stops him getting a CSCS card. Talked about the windows - he thinks it was 'a warning'.", "Rhys Calloway; Sam", None),
    (CSC, "2026-01-06 14:00", "First core group. Present: Ms Calloway, SW Ferris, Leanne Moss, Sam Kerrigan, Jo Stainton; Rhys joined for ten minutes. Family's safety after the windows - Ms Calloway has asked Housing for a move and SW will write in support. Rhys to accept a CAMHS appointment at Bridgeway.", "Donna Calloway; Rhys Calloway; SW Ferris; Leanne; Sam; Jo", None),
    (AP, "2026-01-06 11:30", "RC and another student argued in construction over a 'beef' from outside - separated, no blows. Both calm by lunch. Logged.", "RC; Leanne", None),
    (YJS, "2026-01-12 16:00", "YCC session 2/6. Rhys quieter. Said he's 'keeping low'. Mapped trusted adults: Leanne, Auntie Pat, 'boxing coach'.", "Rhys Calloway; Pat; Leanne; Sam", None),
    (RHI, "A:2026-01-12:2026-01-16:w/c 12/01/26", "Monthly MACE return: Rhys C - no missing episodes since 02/12. 1 RHI completed (04/12). Still open to Compass for drop-ins at Bridgeway.", "Rhys; Jo", None),
    (CSC, "2026-01-13 16:00", "Child protection visit. Rhys seen alone in his room - says he is 'not going out at night' since the windows. Maisie sleeping in her mum's bed. Ms Calloway has a GP appointment on Friday about her medication.", "Rhys Calloway; Maisie; Donna Calloway; SW Ferris", None),
    (AP, "2026-01-13", "RC full day. Construction: first stud wall built. Reward trip to the climbing wall earned.", "RC; Leanne", None),
    (ED, "2026-01-17 22:05", "ED majors. 15M self-presented with a friend (friend left, gave no name). Stab wound L posterior thigh ~2.5cm, no active bleeding, distal pulses present, no neuro deficit. 'Got jumped' in the park - won't say who. Smells of cannabis. Police informed (knife injury) 22:15. Mother contacted, attending. Admit overnight under paeds surgeons for wound exploration + obs.", "Rhys Calloway; Donna Calloway", "STAB"),
    (WMP, "2026-01-17 22:15", "WM-26-007420. Westmarsh General ED report knife injury - CALLOWAY Rhys (15), single stab wound to thigh. Officers att 22:40 - uncooperative, no account. Location believed Kingsway Park; scene not identified. Mother present. CE/NRM marker. CE team emailed.", "Rhys Calloway; Donna Calloway", "STAB"),
    (CSC, "2026-01-17 23:50", "EDT: police at the hospital - Rhys has been stabbed in the leg and is being kept in overnight, not life-threatening. He won't say what happened. Ms Calloway is with him; Maisie at home with Pat. He is on a child protection plan - SW Ferris and TM Boateng to be told first thing Monday; strategy discussion needed.", "Rhys Calloway; Donna Calloway; Maisie; Pat; SW Ferris; TM Boateng", "STAB"),
    (ED, "2026-01-18 11:20", "Paeds surgical ward: PC attended to speak with YP. Rhys declined to give police any account - 'I don't know them'. Mum present throughout.", "Rhys Calloway; Mum", "WARD"),
    (WMP, "2026-01-18 11:20", "WM-26-007420 - PC 3310 saw CALLOWAY on ward, Westmarsh General. Declines account/statement, will not support. Mother also declines. Crime recorded, pending further intel.", "Rhys Calloway; Donna Calloway", "WARD"),
    (ED, "2026-01-18 15:40", "Discharge (paeds surgical). Wound explored under LA - no deep structure involvement, closed, sterile dressing. Crutches. Practice nurse r/v 5-7 days. Safeguarding referral to Westmarsh MASH completed (knife injury, known CE, CP plan). Discharged with mother.", "Rhys Calloway; Donna Calloway", "STAB"),
    (AP, "2026-01-19 08:45", "Mum rang 8.45 - Rhys was stabbed Saturday night (leg), in hospital overnight, home now on crutches. Off this week. Leanne told SW (already knew).", "Rhys Calloway; Mum; Leanne; SW Ferris", "STAB"),
    (CSC, "2026-01-19 09:10", "MASH: safeguarding referral from Westmarsh General Hospital (paediatric safeguarding team) - Rhys went to A&E on Saturday night with a stab wound to the thigh, was admitted overnight and went home on Sunday afternoon. Passed to SW Ferris; strategy discussion booked for tomorrow.", "Rhys Calloway; SW Ferris", "STAB"),
    (ED, "2026-01-19 14:00", "Letter to CAMHS SPA (paeds liaison): 15M, stab wound thigh 17/01, admitted overnight. Told ward nurse poor sleep, 'jumpy', nightmares since the Northvale 'raid'. Known CCE, CP plan. Please assess - ?trauma.", "Rhys Calloway", "EDCAMHS"),
    (YJS, "2026-01-19 16:00", "YCC session 3/6 - did not attend (text from mum: 'he's been stabbed'). Not treated as non-compliance. Home visit offered Weds.", "Rhys Calloway; Mum; Sam", None),
    (CSC, "2026-01-20 11:00", "Strategy discussion after the stabbing (chair TM Boateng; DC Khan, Sam Kerrigan, Leanne Moss, SW Ferris). Section 47 enquiries continue under the existing plan; risk now includes serious violence. Family not safe at Moor Lane - SW to write to Housing supporting an urgent management move, police to do the same. Rhys offered a stay with Pat; he refused.", "Rhys Calloway; Pat; TM Boateng; DC Khan; Sam; Leanne; SW Ferris", "STRAT3"),
    (WMP, "2026-01-20 11:00", "Strat disc (post-stabbing) - CALLOWAY. Police: letter of support to housing re mgmt move (DC Khan); Osman review; patrols Moor Lane.", "Rhys Calloway; DC Khan", "STRAT3"),
    (YJS, "2026-01-20 11:00", "Sam on strat discussion (phone). YJS sessions at home until mobile. YCC timescale to be reviewed.", "Rhys Calloway; Sam", "STRAT3"),
    (CSC, "2026-01-21 12:00", "Letter to Westmarsh Housing (Bev Lund) supporting an urgent management transfer for Ms Calloway and the children: criminal damage to the home on 4 January with a threatening note, Rhys stabbed on 17 January, child protection plan. Asked for an area away from the town centre and Kingsway Park.", "Donna Calloway; Rhys Calloway; Maisie; Bev Lund; SW Ferris", "LETCSC"),
    (YJS, "2026-01-21 15:00", "Home visit (Sam) - Rhys on the sofa, crutches. Session 3 done at home. Quiet. About Northvale: 'I'm done with it'. Mum looks unwell.", "Rhys Calloway; Mum; Sam", None),
    (WMP, "2026-01-23 14:00", "Letter of support (DC KHAN) to Westmarsh Housing re CALLOWAY household - risk of serious harm at 31 Moor Lane from OCG linked to MERCER. Recommend relocation outside Westmarsh central.", "Donna Calloway; Rhys Calloway; DC Khan; Mercer", "LETPOL"),
    (HSG, "2026-01-26", "Letter rec'd from Children's Services (SW Ferris, dated 21/01) supporting management transfer - threats to household, CP plan. To Management Transfer Panel 05/02. HRA opened (threatened with homelessness) as contingency.", "Donna Calloway; SW Ferris; Bev", "LETCSC"),
    (CAMHS, "2026-01-27", "Referral rec'd from Westmarsh General (paeds liaison, letter 19/01) - knife injury 17/01, trauma sx. Already open (SW referral 28/11), not yet seen. Outreach assessment booked 10/02 at Bridgeway. Priority raised.", "Rhys Calloway", "EDCAMHS"),
    (AP, "2026-01-27", "RC back (no crutches, limping). Half days this week. Quiet, stayed near Leanne at break.", "RC; Leanne", None),
    (YJS, "2026-01-27 16:00", "YCC session 4/6 at YJS office. Walked in, slight limp. Victim awareness - 'I'm the victim though'. Fair point, discussed.", "Rhys Calloway; Sam", None),
    (HSG, "2026-01-28", "Police letter rec'd (DC Khan, Child Exploitation team) supporting move. Added to panel papers.", "Donna Calloway; DC Khan; Bev", "LETPOL"),
    (CSC, "2026-01-28 15:00", "Child protection visit. Rhys walking without crutches. Ms Calloway says she has stopped going out - 'I think everyone's looking at us'. Encouraged her to go back to her GP about her medication; she agreed I can refer her to Talking Therapies with her.", "Rhys Calloway; Donna Calloway; SW Ferris", None),
    # ---------------- February ----------------
    (CSC, "2026-02-03 14:00", "Second core group (at the Youth Justice office). Rhys attending Bridgeway half days, YCC sessions on track. Housing panel on Thursday. Ms Calloway referred to Talking Therapies.", "Rhys Calloway; Donna Calloway; SW Ferris; Sam; Leanne", None),
    (AP, "2026-02-03", "RC full day again. Argued with construction tutor about safety boots, apologised after lunch without being asked.", "RC; Leanne", None),
    (HSG, "2026-02-05", "Management Transfer Panel: approved - 2-bed+ (3-bed if available) outside Westmarsh central, direct let. Applicant told by phone.", "Donna Calloway; Bev", None),
    (NVC, "2026-02-05", "Op TALON update: closure order granted (Magistrates) 14 Garside Court - TULLEY safeguarded to supported housing. Download of CALLOWAY handset: 'Dizzy' line number attributed to MERCER.", "Graham Tulley; Rhys Calloway; Mercer", None),
    (AP, "2026-02-10 11:00", "CAMHS (Gemma) saw RC here - room 2, 11-12. Leanne sat in at the start. RC afterwards: 'she's alright, she doesn't talk down to me'.", "RC; Gemma; Leanne", "CAMHSASS"),
    (CAMHS, "2026-02-10 11:00", "Assessment at Bridgeway (Gemma Ward, CAMHS practitioner). YP attended; key worker Leanne present first 10 mins. Sleep onset 3-4h, nightmares ('the door going in'), hypervigilance, irritability, daily cannabis ('helps me sleep'). No SI / self-harm. CRIES-8 high. Impression: trauma sx ?PTSD, substance use. Plan: trauma-focused work at Bridgeway fortnightly; discuss sleep with Dr Nair; young people's substance service offered - declined for now.", "Rhys Calloway; Gemma; Leanne; Dr Nair", "CAMHSASS"),
    (YJS, "2026-02-10 16:00", "YCC session 5/6, YJS office. Consequential thinking; county lines 'grooming timeline' exercise - Rhys recognised himself ('that's literally me'). Good session.", "Rhys Calloway; Sam", None),
    (HSG, "2026-02-12", "Offer: 3-bed house, 9 Linnet Close, Ashby Vale (direct let). Viewing Mon 16/02 11am - applicant asked for her SW to come.", "Donna Calloway; Bev", None),
    (CSC, "2026-02-16 11:00", "Went with Ms Calloway to view the house in Ashby Vale that Housing have offered. She loved it - a bedroom each for the children and a garden. Tearful; said it feels like 'a fresh start'. Rhys not keen to leave his friends but says he will go.", "Donna Calloway; Rhys Calloway; SW Ferris; Bev Lund", "VIEW"),
    (HSG, "2026-02-16 11:00", "Viewing 9 Linnet Close with Ms Calloway and her social worker. Accepted. Sign-up provisionally 27/02 once gas safety cert done.", "Donna Calloway; SW Ferris; Bev", "VIEW"),
    (CAMHS, "2026-02-24 10:00", "Session 2 at Bridgeway (trauma-focused - psychoeducation). Engaged 35 mins. Grounding techniques practised.", "Rhys Calloway; Gemma", None),
    (CAMHS, "2026-02-24 14:30", "Telephone call from Sam Kerrigan (YJS). Discussed YP's sleep and cannabis; CAMHS to raise melatonin with Dr Nair, YJS to focus remaining session on cannabis. Consent for info sharing on file.", "Rhys Calloway; Sam; Gemma; Dr Nair", "CALL"),
    (YJS, "2026-02-24 14:30", "Spoke to Gemma at CAMHS - Rhys 'barely sleeping'. Psychiatrist may look at meds. Last YCC session to be about weed.", "Rhys Calloway; Gemma; Sam", "CALL"),
    (NVC, "2026-02-25", "NV-25-77310 (CALLOWAY, PWITS 23/10/25) - CPS advice: NFA. Not in the public interest / s45 MSA defence likely (positive RG, CE victim). Suspect + parent notified by letter; Westmarsh YJS and LA informed by email. Handset retained (evidence v MERCER).", "Rhys Calloway; Donna Calloway; DC Ormsby; Mercer", "NFA"),
    (YJS, "2026-02-26", "Email from DC Ormsby (Northvale): no further action on the Northvale Parkway matter from October. Told Rhys by text and at session - 'so I'm not getting done?'. Only the YCC left now - ends 03/03.", "Rhys Calloway; DC Ormsby; Sam", "NFA"),
    (CSC, "2026-02-27", "Ms Calloway signed the tenancy for 9 Linnet Close today. Moving Monday 2 March; removal van paid from the family support fund. Maisie has a place at Ashby Vale Primary from 9 March.", "Donna Calloway; Maisie; SW Ferris", None),
    # ---------------- March ----------------
    (HSG, "2026-03-02", "Tenancy start 9 Linnet Close, Ashby Vale - keys collected by Ms Calloway 09:15. 31 Moor Lane keys returned, void inspection booked. Housing register application closed (rehoused).", "Donna Calloway; Bev", "MOVE"),
    (CSC, "2026-03-02 13:00", "Family moved to Ashby Vale today. Visited in the afternoon - boxes everywhere, Ms Calloway exhausted but relieved. Rhys carried furniture all morning and chose the small bedroom 'so Maisie can have the big one'.", "Donna Calloway; Rhys Calloway; Maisie; SW Ferris", "MOVE"),
    (YJS, "2026-03-03 16:00", "YCC session 6/6 - final. All conditions complied with; caution complete. Asked if he can still box - yes, via YJS prevention (voluntary).", "Rhys Calloway; Sam", None),
    (AP, "2026-03-04", "Mum phoned - family moved to Ashby Vale on Monday. Address updated on SIMS. LA taxi from next Monday; 2 buses till then.", "Mum; RC; Leanne", "MOVE"),
    (CAMHS, "2026-03-06 10:00", "Dr Nair review (with Gemma) at Bridgeway: sleep-onset insomnia in context of trauma + cannabis. Melatonin 2mg trial. Mother informed by phone.", "Rhys Calloway; Dr Nair; Gemma; Mum", None),
    (AP, "2026-03-06", "RC in on time despite two buses. Told Leanne new house is 'quiet, weird quiet'.", "RC; Leanne", None),
    (CSC, "2026-03-10 10:00", "Review child protection conference (chair Ruth Adeyemi). Present: Ms Calloway, SW Ferris, DC Khan, Sam Kerrigan (YJS), Leanne Moss (Bridgeway), Gemma Ward (CAMHS), Bev Lund (Housing). Rhys attended the first part. Since the last conference: stabbing, house move, no missing episodes since December, Northvale matter NFA. Decision: remains on a child protection plan (risk still high, Mercer not charged). Review in three months.", "Donna Calloway; Rhys Calloway; Ruth Adeyemi; SW Ferris; DC Khan; Sam; Leanne; Gemma; Bev", "RCPC1"),
    (CAMHS, "2026-03-10 10:00", "Attended RCPC (G Ward). Report shared - 3 sessions, sleep slightly better. Remains on CP plan.", "Rhys Calloway; Gemma", "RCPC1"),
    (HSG, "2026-03-10 10:00", "Review CP conference (Bev) - confirmed rehoused 02/03, no tenancy issues. Housing stood down from core group.", "Donna Calloway; Bev", "RCPC1"),
    (AP, "2026-03-10 10:00", "Leanne at review conference for RC. Attendance 81% (dip after injury). Stays on plan.", "RC; Leanne", "RCPC1"),
    (WMP, "2026-03-14 21:30", "WM-26-033180 MFH - CALLOWAY Rhys, 4th ep. Mother (new addr 9 Linnet Close, Ashby Vale) reports not back from boxing, due 18:00. HIGH per CP plan. Northvale notified. MERCER associates checked.", "Rhys Calloway; Donna Calloway; Mercer", "MFH4"),
    (NVC, "2026-03-16 00:40", "Veh stop Northvale ring road (ANPR, Audi A3). Driver MERCER Dale arrested - drive whilst disq, PWITS (9 wraps in door pocket). Rear passenger juv CALLOWAY Rhys, missing from Westmarsh (HIGH). Not arrested - victim. Kept at Northvale PS (place of safety) till collected by Westmarsh 03:10.", "Dale Mercer; Rhys Calloway", "MFH4"),
    (WMP, "2026-03-16 04:00", "WM-26-033180 - CALLOWAY found by Northvale officers in veh with MERCER. Collected, returned Linnet Close 04:00. S&W: no injuries; says MERCER 'picked me up from boxing' and made him go. MFH closed. CE team + LA informed.", "Rhys Calloway; Dale Mercer", "MFH4"),
    (AP, "2026-03-16 09:05", "Mum rang: RC missing all weekend, police found him in Northvale in the early hours. Keeping him home. Leanne to ring SW.", "RC; Mum; Leanne", "MFH4"),
    (CSC, "2026-03-16 09:30", "Rhys went missing on Saturday after boxing and was found by Northvale police early this morning in a car driven by Dale Mercer, who was arrested. Mercer found him in Ashby Vale despite the move. Ms Calloway devastated. Strategy discussion this afternoon.", "Rhys Calloway; Dale Mercer; Donna Calloway", "MFH4"),
    (CSC, "2026-03-16 14:00", "Strategy discussion (TM Boateng, SW Ferris, Sam Kerrigan; police information given by email). Mercer in custody. Boxing pick-ups to be by Pat or a taxi; section 47 continues under the plan; ask police whether Mercer breached the warning notice.", "Rhys Calloway; Dale Mercer; Pat; TM Boateng; SW Ferris; Sam", None),
    (YJS, "2026-03-17", "Westmarsh ABC coach rang - Mercer's Audi was outside the gym Saturday. Passed to SW + police CE team. Sam to move boxing to Tues daytime.", "Rhys Calloway; Mercer; Sam", None),
    (RHI, "2026-03-19 14:00", "RHI (Jo) at Bridgeway re missing Sat 14/03 - Mon 16/03. YP: Mercer was waiting outside boxing, 'said I owed for the phone'. Driven to Northvale, 'sat in the car mostly'. Relieved when police stopped them. Angry he was found in Ashby Vale - 'how does he know where I live'. Asked if Mercer will go to jail. Shared with SW + CE team.", "Rhys; Mercer; Jo", "MFH4"),
    (CAMHS, "2026-03-24 10:00", "Session 4 at Bridgeway. Unsettled after weekend of 14/03. Worked on safety/grounding. Melatonin helping 'a bit'.", "Rhys Calloway; Gemma", None),
    (CSC, "2026-03-24 15:30", "Child protection visit at Linnet Close. Maisie settled at Ashby Vale Primary and has a friend over. Rhys quieter since the weekend with Mercer; he is letting Pat drive him to boxing.", "Maisie; Rhys Calloway; Pat; Dale Mercer; SW Ferris", None),
    # ---------------- April - June ----------------
    (YJS, "M:2026-04", "NRM conclusive grounds: positive (letter seen, date not noted). Prevention case closed end of April - boxing continues at Westmarsh ABC on his own.", "Rhys Calloway; Sam", "CG"),
    (CSC, "2026-04-15 10:00", "Conclusive grounds decision (letter dated 14 April) from the Single Competent Authority: positive - Rhys is recognised as a victim of modern slavery (criminal exploitation). Explained to Rhys and Ms Calloway; Rhys said 'so it wasn't my fault then'.", "Rhys Calloway; Donna Calloway; SW Ferris", "CG"),
    (WMP, "2026-04-16", "NRM CG (positive) for CALLOWAY notified by LA. Niche marker updated. Supports MERCER file - MSA s2 offence under consideration with CPS.", "Rhys Calloway; Mercer", "CG"),
    (AP, "2026-04-21", "RC back after Easter. Mock results: English 4, maths 3, construction L1 passed. Pleased with himself.", "RC; Leanne", None),
    (CAMHS, "2026-04-21 11:00", "Session 6. Nightmares 2-3/wk (was nightly). Cannabis 'weekends'. Building narrative of events Oct-Dec.", "Rhys Calloway; Gemma", None),
    (AP, "A:2026-04-27:2026-04-30:end of April (approx.)", "College taster day - Westmarsh College construction. Leanne took RC. Interview booked.", "RC; Leanne", None),
    (CSC, "2026-05-05 16:00", "Child protection visit. Mercer remanded in custody last week on the Northvale charges (police told us). Ms Calloway brighter - has started Talking Therapies. Rhys revising at the kitchen table.", "Donna Calloway; Rhys Calloway; Dale Mercer; SW Ferris", None),
    (AP, "2026-05-12", "GCSE English Language paper 1 sat here - separate room (access arrangements). RC 'did alright'. Maths foundation next week.", "RC; Leanne", None),
    (CAMHS, "2026-05-12 15:00", "Session 8 (Gemma). Nightmares 1-2/wk. Cannabis weekends only. Began endings plan; post-16 college discussed.", "Rhys Calloway; Gemma", None),
    (CSC, "2026-06-09 10:00", "Second review child protection conference (chair Ruth Adeyemi). No missing episodes since March; Mercer remanded awaiting trial; Rhys working with CAMHS and sitting GCSEs at Bridgeway, college place for September (construction). Decision: child protection plan ended; Rhys and Maisie to continue on child in need plans.", "Rhys Calloway; Maisie; Ruth Adeyemi; SW Ferris", "RCPC2"),
    (AP, "2026-06-09 10:00", "RCPC (Leanne on Teams). CP plan ended - CIN. Leanne to support college transition.", "RC; Leanne", "RCPC2"),
    (CAMHS, "2026-06-09 10:00", "RCPC by Teams (G Ward). Stepped down to CIN. CAMHS to continue to end of summer, then review.", "Rhys Calloway; Gemma", "RCPC2"),
    (YJS, "2026-06-09 15:00", "Rhys dropped into YJS office to show Sam his college offer letter. Voluntary - no open order.", "Rhys Calloway; Sam", None),
]


def numbered(entries):
    """Replace mnemonic event keys by E01, E02, ... in order of each event's earliest entry."""
    first = {}
    for agency, spec, _text, _who, key in entries:
        if key is None:
            continue
        start, *_rest, time = casegen._date(spec, "iso")
        first[key] = min(first.get(key, (start, time or "")), (start, time or ""))
    order = sorted(first, key=lambda k: first[k])
    ids = {k: f"E{i:02d}" for i, k in enumerate(order, 1)}
    return [(a, s, t, w, ids[k] if k else None) for a, s, t, w, k in entries], ids


def main():
    out = HERE / "case_bh.json"
    entries, _ids = numbered(ENTRIES)
    casegen.build(
        "bh",
        "Boy of 15 drawn into child criminal exploitation (county lines): four missing episodes, "
        "arrest and a raid in another force's area, knife in school and permanent exclusion, "
        "alternative provision, stabbing, NRM, youth conditional caution, CAMHS, mother's "
        "depression, sister of 9, housing move; 10 agencies, Sep 2025 - Jun 2026",
        PEOPLE,
        AGENCIES,
        entries,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
