# ruff: noqa
"""Writing aid for case_ae (fictional; written blind, see case_ae_README.md).

    python3 bench/data/merging/build_ae.py      # writes bench/data/merging/case_ae.json

Kayla Brennan (13, Year 9) at risk of criminal and sexual exploitation by Tyler Marsh (19),
repeatedly missing, sometimes with her friend Ellie Rowntree (14); her half-brother Alfie
Dawson (4); their mother Donna misuses alcohol; Alfie's father Lee lives apart; maternal aunt
Shannon is the protective relative. Six agencies, Sep 2025 - Apr 2026. Repeated look-alike
missing episodes, fortnightly school welfare checks and repeat GP appointments; lagged minutes,
discharge letters and Monday notifications. Every entry is written by hand (no random filler),
so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# one extra date style for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("zero19", "%d %b %Y")  # 02 Oct 2025

CSC = "Children's Social Care"
POL = "Police"
GP = "Brookfield Medical Centre"
HV = "0-19 Health Service"
SCH = "Castlegate Academy"
ACU = "Northgate General Hospital"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (HV, "health", "zero19"),
    (SCH, "education", "school"),
    (ACU, "health", "health"),
]

PEOPLE = [
    ("Kayla Brennan", ["Kayla", "Kay", "KB"], "Child K", "child"),
    ("Alfie Dawson", ["Alfie", "AD"], "Child A", "child"),
    ("Donna Brennan", ["Donna", "Ms Brennan", "Mum", "DB"], "Mother", "parent"),
    ("Lee Dawson", ["Lee", "Mr Dawson"], "Alfie's father", "parent"),
    ("Shannon Brennan", ["Shannon", "Auntie Shannon", "Ms S Brennan"], "Maternal aunt", "family"),
    ("Tyler Marsh", ["Tyler", "Ty", "T-Man", "MARSH"], "Adult male of concern (19)", "other_adult"),
    ("Ellie Rowntree", ["Ellie", "Ellie R", "ROWNTREE"], "Kayla's friend (14)", "child"),
    ("Priya Nair", ["Priya", "SW Nair", "PN"], "Social worker", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        CSC,
        "M:2025-06",
        "Contact June 2025: anonymous caller said a teenage girl was left looking after a toddler while their mother was drunk. Checks - Ms Brennan, Kayla and Alfie. Home visit by MASH worker: home adequate, Ms Brennan sober and denied. No further action; advice on alcohol services given.",
        "Donna Brennan; Kayla Brennan; Alfie Dawson",
        None,
    ),
    (
        POL,
        "M:2025-08",
        "Intel log 25/3391 - BRENNAN, Kayla (13) seen on 3 occasions at Hartside bus station in company of MARSH, Tyler (19), nominal linked to drug supply Middleport. Graded B2. No offences disclosed.",
        "Kayla Brennan; Tyler Marsh",
        None,
    ),
    (
        GP,
        "2025-08-19",
        "DB - alcohol, drinking ~1 bottle wine + cans most days since split w/ Lee. AUDIT 24. LFTs. Declines ref to alcohol team for now. Sick note 2/52 (anxiety). R/v 4/52.",
        "Donna Brennan",
        None,
    ),
    (
        HV,
        "2025-09-04",
        "Alfie (4y0m) - transfer-in contact by phone: not yet started nursery place, Mum says 'he's fine, just doesn't talk much'. Offered home visit - Mum to ring back.",
        "Alfie; Donna",
        None,
    ),
    (
        SCH,
        "2025-09-08",
        "Y9 start of term: Kayla late x3 in first week, phone confiscated twice (new iPhone). Form tutor flagged to pastoral.",
        "Kayla",
        None,
    ),
    # ---------------- September ----------------
    (
        SCH,
        "2025-09-12",
        "Staff on gate duty saw Kayla get into a silver Audi with two older males at 3.20pm. Logged on CPOMS, DSL (Mr Okafor) informed. Tried Mum x2 - no answer.",
        "Kayla",
        None,
    ),
    # E01 referral sent by school (Tue) and received by MASH (Fri)
    (
        SCH,
        "2025-09-16",
        "DSL completed MARF and sent to MASH re Kayla - older males/car at gates 12/09, new expensive phone, attendance 86% and falling, Mum 'not coping' per Kayla. Mum informed by phone.",
        "Kayla; Mum",
        "E01",
    ),
    (
        GP,
        "2025-09-17",
        "DB r/v. Still drinking daily, less than before per pt. Tearful re 'the kids running rings round me'. Sertraline 50mg started. Sick note ext 4/52.",
        "Donna Brennan",
        None,
    ),
    (
        CSC,
        "2025-09-19 11:20",
        "MASH contact: multi-agency referral form from Kayla's secondary school, dated Tuesday. Kayla has been seen being collected by adult males in a car, has an expensive new phone she cannot explain and her attendance is dropping. School also worry about her mother's drinking. Checks: police intel (Kayla seen with Tyler Marsh, August). Decision: single assessment, allocated to SW Priya Nair.",
        "Kayla Brennan; Donna Brennan; Tyler Marsh",
        "E01",
    ),
    # E02 missing 1 (Sat night) - police, MASH Monday, school Monday, school nursing info share Friday
    (
        POL,
        "2025-09-20 23:35",
        "Occ 25/152208. MFH report - BRENNAN, Kayla (13) failed to return by 21:00. Mother BRENNAN, Donna reports K not answering phone; mother appeared to have been drinking. Graded MEDIUM. Located 02:10 at address on Fenton St, Hartside by officers, in company of older youths, returned home. K refused to say who she was with. Prevention interview declined.",
        "Kayla Brennan; Donna Brennan",
        "E02",
    ),
    (
        CSC,
        "2025-09-22 09:10",
        "MASH: MISPER notification from police for the weekend - Kayla reported missing by her mother on Saturday evening and found by officers in the early hours of Sunday in Hartside. Passed to allocated SW; return home interview to be offered.",
        "Kayla Brennan; Donna Brennan; Priya Nair",
        "E02",
    ),
    (
        SCH,
        "2025-09-22 10:45",
        "Kayla arrived 10.40 (P1-2 missed). Mum rang reception - police were out looking for K on Saturday night, brought her home 'about 2'. K says she 'had a late one', would not discuss.",
        "Kayla; Mum",
        "E02",
    ),
    (
        SCH,
        "A:2025-09-22:2025-09-26:w/c 22.09.25",
        "Kayla taken out of Maths to see a lady from the missing team (children's services). Room booked via pastoral. K came back to lesson, seemed OK.",
        "Kayla",
        "E03",
    ),
    # E03 return home interview at school (school records it with a w/c date)
    (
        CSC,
        "2025-09-24 13:30",
        "RHI completed at school (Jo Kemp, missing children worker). Kayla said she was at 'a friend's cousin's' in Hartside and got a lift with 'Ty'; would not give an address. Says she goes out because home is boring and Mum is 'always pissed'. CSE screening tool: moderate. Shared with SW.",
        "Kayla Brennan; Tyler Marsh; Donna Brennan",
        "E03",
    ),
    (
        SCH,
        "2025-09-26",
        "Fortnightly welfare check-in (Mr Okafor). Kayla guarded, said the car was 'a mate's brother'. Agreed she can use pastoral room at lunch.",
        "Kayla",
        None,
    ),
    (
        HV,
        "2025-09-26",
        "School nursing: email from MASH - Kayla reported missing 20/09, found Hartside early hours 21/09 by police. Added to K's record; CSE flag. SN to offer drop-in.",
        "",
        "E02",
    ),
    (
        CSC,
        "2025-09-29 16:00",
        "Single assessment home visit (SW Nair). Seen Ms Brennan and Alfie; Kayla out. Several empty wine bottles in kitchen. Ms Brennan accepts she drinks 'to get to sleep'. Alfie has few words, clingy. Kayla's curfew discussed.",
        "Donna Brennan; Alfie Dawson; Kayla Brennan; Priya Nair",
        None,
    ),
    # ---------------- October ----------------
    # E04 strategy discussion 1, minutes filed by 0-19 a week later; GP appt same day (decoy)
    (
        CSC,
        "2025-10-02 10:00",
        "Strategy discussion (Teams), chaired by TM Gill Rafferty. Present: SW Priya Nair, DS Ashworth (police exploitation team), Mr Okafor (DSL, Castlegate Academy). Health information provided in writing. Kayla: missing 20/21 September, associating with Tyler Marsh (19), unexplained phone, falling attendance; mother's alcohol use. Agreed: section 47 enquiries (risk of sexual and criminal exploitation), joint with police; Alfie to be included in the assessment.",
        "Kayla Brennan; Tyler Marsh; Donna Brennan; Alfie Dawson; Priya Nair",
        "E04",
    ),
    (
        POL,
        "2025-10-02 10:00",
        "Strat disc re BRENNAN, Kayla - CSE/CCE risk. Police info: MFH 20/09, intel re MARSH, Tyler. Outcome: s47 joint. Police actions: intel development on MARSH, consider CAWN.",
        "Kayla Brennan; Tyler Marsh",
        "E04",
    ),
    (
        SCH,
        "2025-10-02 10:00",
        "Mr Okafor joined strategy meeting by Teams re Kayla. School shared attendance (86%), car sighting 12/09, behaviour logs. Children's services and police to investigate.",
        "Kayla",
        "E04",
    ),
    (
        GP,
        "2025-10-02 16:40",
        "Alfie 4y - cough 1/52, wheeze at night. Chest clear today. Salbutamol trial. Mum attended, smelled of alcohol - not intoxicated. ?Developmental - speech limited, HV aware? R/v 2/52.",
        "Alfie; Donna Brennan",
        None,
    ),
    (
        CSC,
        "2025-10-03",
        "Management oversight (TM Rafferty): s47 decision endorsed. SW to see Kayla alone within 5 working days; consider a referral to the exploitation (MACE) panel.",
        "Kayla Brennan",
        None,
    ),
    (
        CSC,
        "2025-10-07 16:15",
        "Section 47 visit (SW Nair). Kayla seen alone in her bedroom: denied anyone was hurting her, said Tyler is 'just a friend who gives me lifts'. Ms Brennan sober. Alfie seen playing.",
        "Kayla Brennan; Tyler Marsh; Donna Brennan; Alfie Dawson; Priya Nair",
        None,
    ),
    (
        HV,
        "2025-10-09",
        "Minutes rec'd from CSC - strat meeting 02/10/25 re Kayla Brennan (s47, exploitation risk). School nurse to offer drop-in and complete health assessment. Copy to Alfie's HV record.",
        "Kayla Brennan",
        "E04",
    ),
    (
        SCH,
        "2025-10-10",
        "Fortnightly welfare check-in (Mr Okafor). K brighter, talking about netball. Attendance 84%.",
        "Kayla",
        None,
    ),
    # E05 missing 2 (Fri night) and EDT's note of the police call; found next day
    (
        POL,
        "2025-10-10 22:05",
        "Occ 25/166140. MISPER - BRENNAN, Kayla, reported by mother 21:50. Mother BRENNAN, Donna intoxicated; 4yo DAWSON, Alfie in the address. Risk HIGH given CSE markers. PPN submitted re Alfie. EDT informed.",
        "Kayla Brennan; Donna Brennan; Alfie Dawson",
        "E05",
    ),
    (
        CSC,
        "2025-10-10 23:40",
        "EDT: phone call from police. Kayla reported missing this evening; officers at the house say her mother is drunk and the 4-year-old is in her care. Aunt Shannon Brennan contacted and agreed to go to the house and stay overnight. Day team to follow up.",
        "Kayla Brennan; Donna Brennan; Alfie Dawson; Shannon Brennan",
        "E05",
    ),
    (
        POL,
        "2025-10-11 14:30",
        "BRENNAN, Kayla FOUND 14:30 at flat 3, Wellgate House, Middleport in company of MARSH, Tyler (19). Safe and well check - no injuries disclosed, refused medical. Returned to aunt BRENNAN, Shannon. MARSH words of advice.",
        "Kayla Brennan; Tyler Marsh; Shannon Brennan",
        "E05",
    ),
    (
        CSC,
        "2025-10-13 10:30",
        "SW Nair phoned Ms Brennan about Friday night. She said she 'had a couple' and it won't happen again. Alfie back home from Shannon's. Visit booked.",
        "Donna Brennan; Alfie Dawson; Shannon Brennan; Priya Nair",
        None,
    ),
    # E06 DSL phone call to the SW (described differently at each end)
    (
        SCH,
        "2025-10-16 09:50",
        "Rang Priya - K not in, not answering phone. Mum says she left at 8. Ellie R also absent. Priya to ring Mum.",
        "Kayla; Mum; Ellie; Priya",
        "E06",
    ),
    (
        CSC,
        "2025-10-16 10:05",
        "Telephone contact from Mr Okafor, designated safeguarding lead: Kayla has not arrived this morning and her mother believes she set off as usual. I will try to reach Kayla and Ms Brennan.",
        "Kayla Brennan; Donna Brennan",
        "E06",
    ),
    (
        SCH,
        "2025-10-16 13:05",
        "Kayla and Ellie arrived 12.55 with Ellie's mum - said they 'went to town'. Late mark. DSL spoke to both.",
        "Kayla; Ellie",
        None,
    ),
    (
        HV,
        "2025-10-20",
        "HV home visit (Claire) - Alfie. Speech: 2-word phrases only, good understanding. Home cluttered. Mum flat, says she has 'cut down'. Nursery place chased. Plan: WellComm; consider paeds referral.",
        "Alfie; Donna",
        None,
    ),
    (
        SCH,
        "2025-10-24",
        "Fortnightly welfare check-in (Mr Okafor). K quiet, tired. Said she is 'grounded' over half term.",
        "Kayla",
        None,
    ),
    # E07 ED attendance (Sun early hours), MASH referral Mon, GP letter 11 days later
    (
        ACU,
        "2025-10-26 01:20",
        "Paeds ED: 13F brought by ambulance from Hartside park with a friend. Alcohol intoxication, GCS 13 on arrival, vomiting. Obs overnight, GCS 15 by 05:00. States vodka given by 'older lads'. Bruise L wrist - no explanation given. Safeguarding referral to MASH. D/c 11:00 to aunt.",
        "Kayla Brennan; Shannon Brennan",
        "E07",
    ),
    (
        CSC,
        "2025-10-27 09:20",
        "MASH: referral from the Emergency Department at Northgate - Kayla was brought in by ambulance in the early hours of Sunday, very drunk, found in a park; she said older boys gave her the alcohol; unexplained bruise to her wrist. She went home to her aunt's. Sent to SW Nair (open s47).",
        "Kayla Brennan; Shannon Brennan; Priya Nair",
        "E07",
    ),
    (
        GP,
        "2025-10-27 11:10",
        "DB - r/v. 'Bad weekend with K', wants help with drinking. AUDIT 27. Referral to community alcohol team (Change Grow Live) sent. Sertraline 100mg.",
        "Donna Brennan; Kayla",
        None,
    ),
    (
        CSC,
        "2025-10-29 14:00",
        "Home visit (SW Nair). Kayla seen at Shannon's: said she 'just got drunk', did not want to talk about the bruise. Agreed to Saturday curfew with aunt. Referral made to MACE panel.",
        "Kayla Brennan; Shannon Brennan; Priya Nair",
        None,
    ),
    # ---------------- November ----------------
    # E08 MACE / exploitation panel (police record with a month date)
    (
        CSC,
        "2025-11-05 09:30",
        "Multi-Agency Child Exploitation panel: Kayla discussed with her friend Ellie Rowntree. Risk assessed as significant for both sexual and criminal exploitation; Tyler Marsh linked to the 'DK' county line in Middleport. Actions: police disruption (warning notice); National Referral Mechanism referral to be considered; school safety plan; health assessment by school nurse.",
        "Kayla Brennan; Ellie Rowntree; Tyler Marsh",
        "E08",
    ),
    (
        POL,
        "M:2025-11",
        "MACE Nov 25 - BRENNAN, Kayla and ROWNTREE, Ellie heard. Linked nominal MARSH, Tyler. Disruption plan: CAWN, licensing visits Wellgate House, ANPR marker on silver Audi.",
        "Kayla Brennan; Ellie Rowntree; Tyler Marsh",
        "E08",
    ),
    (
        SCH,
        "2025-11-05",
        "Exploitation panel at Civic Centre - DSL attended re Kayla and Ellie. School actions: safe adult (Miss Hart), report any cars at gates to police, late-gate check.",
        "Kayla; Ellie",
        "E08",
    ),
    (
        GP,
        "2025-11-06",
        "A&E letter 26/10/25 - KB 13y: alcohol intoxication, obs overnight, d/c to aunt. ED made safeguarding ref. Noted, nil GP action.",
        "Kayla Brennan",
        "E07",
    ),
    (
        SCH,
        "2025-11-07",
        "Fortnightly welfare check-in (Miss Hart). Kayla says weekends are 'fine now'. Attendance 83%.",
        "Kayla",
        None,
    ),
    # E09 missing 3 (Fri - Sun, both girls), EDT Sat, school Monday
    (
        POL,
        "2025-11-07 23:10",
        "Occ 25/181902 / 25/181907. MFH x2 - BRENNAN, Kayla (13) and ROWNTREE, Ellie (14) failed to return from Hartside. Graded HIGH (MACE subjects). Cell site requested.",
        "Kayla Brennan; Ellie Rowntree",
        "E09",
    ),
    (
        CSC,
        "2025-11-08 10:15",
        "EDT: Kayla and her friend Ellie have been missing since last night; police treating as high risk. Spoke to Ms Brennan by phone - sober, Alfie with her, Shannon on her way. Handover to day team Monday.",
        "Kayla Brennan; Ellie Rowntree; Donna Brennan; Alfie Dawson; Shannon Brennan",
        "E09",
    ),
    (
        POL,
        "2025-11-09 19:40",
        "Both FOUND 19:40 at address Marlow Rd, Middleport by Middleport officers (info from ROWNTREE phone). MARSH, Tyler present with 2 adult males; cannabis and cash recovered. MARSH arrested PWITS. Girls conveyed home.",
        "Kayla Brennan; Ellie Rowntree; Tyler Marsh",
        "E09",
    ),
    (
        SCH,
        "2025-11-10 08:40",
        "Absent. Mum phoned 8.30 - K was gone from Fri to Sun night, police found her in Middleport, keeping her off today. Ellie R also absent.",
        "Kayla; Mum; Ellie",
        "E09",
    ),
    (
        POL,
        "2025-11-10 15:00",
        "CAWN served on MARSH, Tyler at custody re BRENNAN, Kayla and ROWNTREE, Ellie. MARSH RUI PWITS.",
        "Tyler Marsh; Kayla Brennan; Ellie Rowntree",
        None,
    ),
    # E10 strategy meeting 2; GP appt same morning (decoy); GP files minutes a week later
    (
        GP,
        "2025-11-11 10:20",
        "DB - attended re alcohol. Has seen CGL once. Wants community detox. LFTs GGT 212. Thiamine started. Discussed children - 'social services are all over us'.",
        "Donna Brennan",
        None,
    ),
    (
        CSC,
        "2025-11-11 14:00",
        "Strategy meeting (reconvened) after Kayla's third missing episode. Chair TM Rafferty; SW Nair, DS Ashworth, school nurse and health visitor (by phone). Kayla found with Tyler Marsh and two adult males in Middleport; drugs and cash recovered. Agreed: section 47 continues; initial child protection conference for Kayla and Alfie (Alfie - neglect linked to Ms Brennan's drinking); CSC as first responder to submit an NRM referral for Kayla.",
        "Kayla Brennan; Alfie Dawson; Tyler Marsh; Donna Brennan; Priya Nair",
        "E10",
    ),
    (
        POL,
        "2025-11-11 14:00",
        "Strat - BRENNAN K (MFH 07-09/11). Police: MARSH RUI, CAWN served 10/11. Agreed ICPC. DS Ashworth.",
        "Kayla Brennan; Tyler Marsh",
        "E10",
    ),
    (
        HV,
        "2025-11-11",
        "Strategy mtg by phone - SN (Bev) + HV (Claire). ICPC to be arranged for K and Alfie. HV to share Alfie's development/WellComm.",
        "Kayla; Alfie",
        "E10",
    ),
    (
        CSC,
        "2025-11-13",
        "NRM referral submitted for Kayla (criminal and sexual exploitation) by SW Nair as first responder. Acknowledgement received.",
        "Kayla Brennan; Priya Nair",
        None,
    ),
    (
        CSC,
        "2025-11-14 15:30",
        "RHI (Jo Kemp) at Shannon's. Kayla said she 'owed' Ty for the phone and had to 'hold stuff' for him. Would not say more. Shared with SW and police.",
        "Kayla Brennan; Tyler Marsh; Shannon Brennan",
        None,
    ),
    (
        GP,
        "2025-11-18",
        "Minutes of strat meeting 11/11 re Kayla + Alfie recvd, scanned to both records. ICPC to follow - report req.",
        "Kayla Brennan; Alfie",
        "E10",
    ),
    (
        SCH,
        "2025-11-21",
        "Fortnightly welfare check-in (Miss Hart). Kayla says she has 'deleted Ty'. Phone seen - new number.",
        "Kayla; Tyler",
        None,
    ),
    (
        HV,
        "A:2025-11-24:2025-11-28:late Nov 2025 (approx.)",
        "School nurse drop-in - Kayla attended with a friend. Healthy relationships, consent, how to get help. Health assessment started.",
        "",
        None,
    ),
    (
        HV,
        "2025-11-25",
        "HV home visit (Claire) - Alfie. Nursery started 3 mornings. WellComm red for speech. Referral to community paediatrics sent. Mum sober, tired.",
        "Alfie; Donna",
        None,
    ),
    # ---------------- December ----------------
    (
        GP,
        "2025-12-01",
        "Report for ICPC 03/12 sent to conference team (DB alcohol, Alfie speech/wheeze, Kayla - not seen this yr). Unable to attend - surgery.",
        "Donna Brennan; Alfie; Kayla",
        None,
    ),
    # E11 ICPC; GP sees Alfie with his father the same afternoon (decoy)
    (
        CSC,
        "2025-12-03 10:00",
        "Initial child protection conference (chair Helen Ward, IRO). Present: Ms Brennan, Lee Dawson, Shannon Brennan, SW Nair, DS Ashworth, Mr Okafor, school nurse Bev Sykes and health visitor Claire Dunn. GP report received. Kayla - child protection plan, category sexual abuse (exploitation); Alfie - child protection plan, category neglect. First core group within 10 working days.",
        "Kayla Brennan; Alfie Dawson; Donna Brennan; Lee Dawson; Shannon Brennan; Priya Nair",
        "E11",
    ),
    (
        POL,
        "2025-12-03 10:00",
        "ICPC - BRENNAN/DAWSON children. DS Ashworth attended. Both subject to CP plans. MARSH still RUI.",
        "Kayla Brennan; Alfie Dawson; Tyler Marsh",
        "E11",
    ),
    (
        SCH,
        "2025-12-03",
        "CP conf - Mr Okafor attended. Kayla on CP plan. School to attend core groups, continue fortnightly check-ins and daily late-gate check.",
        "Kayla",
        "E11",
    ),
    (
        HV,
        "2025-12-03",
        "ICPC attended by SN and HV. Both children on CP plans (K - sexual abuse/exploitation, Alfie - neglect). HV contacts to be monthly.",
        "Kayla; Alfie",
        "E11",
    ),
    (
        GP,
        "2025-12-03 15:50",
        "Alfie - seen w/ father (Lee). Eczema flare, emollients + 1% HC. Wheeze settled. Dad says he is 'trying to have him more'.",
        "Alfie; Lee Dawson",
        None,
    ),
    (
        SCH,
        "2025-12-05",
        "Fortnightly welfare check-in (Miss Hart). K anxious about 'the meeting', asked what a CP plan means. Explained.",
        "Kayla",
        None,
    ),
    # E12 joint home visit HV + SW
    (
        HV,
        "2025-12-09 10:00",
        "JV with SW (Priya) - Alfie seen at home. Home cluttered, empty cans in recycling, Mum sober. Alfie running, babbling, limited words. Paeds appt due Feb.",
        "Alfie; Donna; Priya",
        "E12",
    ),
    (
        CSC,
        "2025-12-09 10:00",
        "Visited Ms Brennan and Alfie with Alfie's health visitor. Ms Brennan was sober and said she has not drunk for five days. Alfie was playing with cars; his speech is limited for his age.",
        "Donna Brennan; Alfie Dawson; Priya Nair",
        "E12",
    ),
    (
        GP,
        "2025-12-11",
        "DB - detox planning with CGL. Not drinking x 1/52 per pt. Thiamine. R/v 2/52.",
        "Donna Brennan",
        None,
    ),
    # E13 core group 1 (0-19 records it approximately)
    (
        CSC,
        "2025-12-16 15:30",
        "First core group meeting at Castlegate Academy. Present: Ms Brennan, Shannon Brennan, SW Nair, Mr Okafor, Bev Sykes (school nurse); health visitor apologies. Plan agreed: curfew and safety plan for Kayla; Ms Brennan's detox with CGL; Alfie's nursery attendance and paediatric appointment.",
        "Donna Brennan; Shannon Brennan; Priya Nair; Kayla Brennan; Alfie Dawson",
        "E13",
    ),
    (
        SCH,
        "2025-12-16 15:30",
        "Core group in school (meeting room 2) - DSL. K attendance 82%. Late-gate checks continue.",
        "Kayla",
        "E13",
    ),
    (
        HV,
        "A:2025-12-15:2025-12-19:w/c 15 Dec 2025 (approx.)",
        "Core group attended by SN. Actions: SN to complete health assessment, HV visit Alfie monthly.",
        "Kayla; Alfie",
        "E13",
    ),
    # E14 missing 4 (Sat night, holidays) - police, MASH Monday; ED self-presentation next afternoon (decoy)
    (
        POL,
        "2025-12-20 22:40",
        "Occ 25/203355. MFH - BRENNAN, Kayla left home after argument with mother ~20:00. Graded HIGH (CP plan, CSE).",
        "Kayla Brennan; Donna Brennan",
        "E14",
    ),
    (
        POL,
        "2025-12-21 03:30",
        "BRENNAN, Kayla located 03:30 in vehicle (silver Audi, ANPR hit) Hartside retail park with 2 adult males, not MARSH. Both arrested (child abduction / drugs). K returned home.",
        "Kayla Brennan",
        "E14",
    ),
    (
        ACU,
        "2025-12-21 15:10",
        "Paeds ED: 13F attended with aunt - pain L wrist after 'falling over' last night. XR NAD - soft tissue injury, sling. Known CP plan. Info emailed to SW.",
        "Kayla Brennan; Shannon Brennan",
        None,
    ),
    (
        CSC,
        "2025-12-22 09:00",
        "MASH: police missing-person notification for the weekend. Kayla (CP plan) ran off after an argument on Saturday evening and was found at 3.30am on Sunday in a car with two adult men, who were arrested. Allocated SW informed.",
        "Kayla Brennan; Donna Brennan; Priya Nair",
        "E14",
    ),
    (
        CSC,
        "2025-12-23 11:00",
        "SW Nair phoned Kayla at home; she declined an RHI. Ms Brennan said Kayla's wrist was 'sorted at the hospital'. Christmas safety plan: Kayla to stay at Shannon's 24-27 Dec.",
        "Kayla Brennan; Donna Brennan; Shannon Brennan; Priya Nair",
        None,
    ),
    # ---------------- January ----------------
    (
        GP,
        "2026-01-05",
        "DB - relapsed over Xmas. Drinking 2 bottles wine/day. Detox start delayed by CGL. Safety-netted re withdrawal fits. R/v 1/52.",
        "Donna Brennan",
        None,
    ),
    (
        HV,
        "2026-01-08",
        "HV home visit (Claire) - Alfie. Nursery attendance 60% in Dec. Mum smelled of alcohol at 11am, Lee present. Shared with SW by phone.",
        "Alfie; Donna; Lee",
        None,
    ),
    (
        GP,
        "2026-01-12",
        "DB - r/v. Still drinking. Bloods. Cont thiamine. Aware of CP plan.",
        "Donna Brennan",
        None,
    ),
    # E15 missing 5 (weekday night) - police and school next morning; CSC's own visit next day (decoy)
    (
        POL,
        "2026-01-13 21:45",
        "Occ 26/006120. MFH report - BRENNAN, Kayla, reported by mother 21:30, not home since school. Located 02:10 at address in Middleport by officers, returned home.",
        "Kayla Brennan; Donna Brennan",
        "E15",
    ),
    (
        SCH,
        "2026-01-14 08:50",
        "Absent am, Mum reported she was missing overnight. K arrived 11.40, tired, same clothes as yesterday. Seen by Miss Hart.",
        "Kayla; Mum",
        "E15",
    ),
    (
        CSC,
        "2026-01-14 14:00",
        "Statutory visit to Alfie at home (SW Nair). Ms Brennan said Kayla was out again last night and police brought her back at about 3am. Ms Brennan had been drinking. Alfie seen, nappy wet, no lunch prepared - SW made him a sandwich. Discussed with TM.",
        "Alfie Dawson; Donna Brennan; Kayla Brennan; Priya Nair",
        None,
    ),
    (
        CSC,
        "2026-01-16 15:45",
        "RHI (Jo Kemp) at school. Kayla said she went to 'a party' in Middleport; would not say with whom. Gave her the CSE helpline card again.",
        "Kayla Brennan",
        None,
    ),
    (
        SCH,
        "2026-01-16",
        "Fortnightly welfare check-in (Miss Hart). K met missing worker in pastoral room pm. Attendance 79%.",
        "Kayla",
        None,
    ),
    (
        POL,
        "2026-01-21",
        "MARSH, Tyler charged PWITS (Class B) from 09/11/25. Bail - condition not to contact BRENNAN, Kayla or ROWNTREE, Ellie.",
        "Tyler Marsh; Kayla Brennan; Ellie Rowntree",
        None,
    ),
    (
        SCH,
        "2026-01-30",
        "Fortnightly welfare check-in (Miss Hart). K says Mum 'is drinking loads again'. Passed to SW by email.",
        "Kayla; Mum",
        None,
    ),
    # E16 mother's alcohol-withdrawal seizure (Sat): admission, EDT call, school Monday, GP discharge summary
    (
        ACU,
        "2026-01-31 19:50",
        "ED -> AMU: 38F by ambulance, witnessed tonic-clonic seizure at home (13yo daughter called 999). Alcohol withdrawal - last drink 36h ago. CIWA 22, chlordiazepoxide reducing regime, Pabrinex. Admitted. Children at home - ward contacted EDT.",
        "Donna Brennan",
        "E16",
    ),
    (
        CSC,
        "2026-01-31 21:15",
        "EDT: call from the medical assessment unit at Northgate. Ms Brennan has been admitted after a fit; Kayla rang the ambulance. Kayla and Alfie were taken to their aunt Shannon Brennan's by a neighbour. Shannon agreed to care for them; checks clear.",
        "Donna Brennan; Kayla Brennan; Alfie Dawson; Shannon Brennan",
        "E16",
    ),
    (
        SCH,
        "2026-02-02 08:40",
        "K told form tutor Mum 'is in hospital, she had a fit on Saturday'. Staying at Auntie Shannon's. DSL informed, SW emailed.",
        "Kayla; Mum; Shannon",
        "E16",
    ),
    (
        CSC,
        "2026-02-02 16:30",
        "Visit to Shannon Brennan's home (SW Nair). Kayla and Alfie seen, settled. Kayla upset she had to 'do the 999'. Shannon will keep both children until Ms Brennan is home and sober.",
        "Shannon Brennan; Kayla Brennan; Alfie Dawson; Priya Nair",
        None,
    ),
    (
        HV,
        "2026-02-05",
        "HV tel to Shannon (aunt) - Alfie well, eating, nursery via Shannon. Visit booked 19/02.",
        "Alfie; Shannon",
        None,
    ),
    # E17 core group 2 (look-alike of E13)
    (
        CSC,
        "2026-02-10 15:30",
        "Second core group meeting at Castlegate Academy. Present: Ms Brennan (home since 4 February), Shannon Brennan, Lee Dawson, SW Nair, Mr Okafor, Claire Dunn (health visitor). Plan reviewed: children remain with Shannon during the week; Ms Brennan's detox completed in hospital, CGL aftercare; Kayla's curfew; Alfie's paediatric appointment on Thursday.",
        "Donna Brennan; Shannon Brennan; Lee Dawson; Priya Nair; Kayla Brennan; Alfie Dawson",
        "E17",
    ),
    (
        SCH,
        "2026-02-10 15:30",
        "Core group in school (meeting room 2) - DSL. K attendance 80%. Fortnightly check-ins continue.",
        "Kayla",
        "E17",
    ),
    (
        HV,
        "2026-02-10",
        "Core group attended (HV). Alfie at aunt's weekdays. HV to attend paeds appt 12/02 if possible.",
        "Alfie",
        "E17",
    ),
    # E18 community paediatric clinic and its letter (GP 14 days later, HV copy 8 days later)
    (
        ACU,
        "2026-02-12 10:30",
        "Paediatric outpatients (Dr Ahmed): Alfie 4y5m, ref HV - speech delay. Attended with aunt. Expressive language delay, receptive age-appropriate; hearing test booked; SALT referral. Known CP plan (neglect). Letter to GP, copy HV.",
        "Alfie; Shannon Brennan",
        "E18",
    ),
    (
        CSC,
        "2026-02-12 16:00",
        "Statutory visit (SW Nair) at Shannon's. Alfie seen - Shannon said the hospital appointment went well. Kayla out at netball.",
        "Alfie Dawson; Shannon Brennan; Kayla Brennan; Priya Nair",
        None,
    ),
    (
        GP,
        "2026-02-13",
        "Discharge summary Northgate AMU (adm 31/01/26, d/c 04/02/26): alcohol withdrawal seizure. Chlordiazepoxide regime completed, Pabrinex -> oral thiamine. Advise CGL aftercare, GP r/v 2/52.",
        "Donna Brennan",
        "E16",
    ),
    (
        SCH,
        "2026-02-13",
        "Fortnightly welfare check-in (Miss Hart). K more settled at Shannon's, attendance 100% this week.",
        "Kayla; Shannon",
        None,
    ),
    (
        POL,
        "2026-02-18 21:00",
        "Occ 26/030877. MFH - BRENNAN, Kayla, reported by aunt BRENNAN, Shannon 20:45. Returned of own accord 22:30 (had been at friend's). Words of advice. NFA.",
        "Kayla Brennan; Shannon Brennan",
        None,
    ),
    (
        HV,
        "2026-02-19",
        "HV home visit (Claire) at aunt's - Alfie. Settled. Clinic letter from paeds not yet received.",
        "Alfie; Shannon",
        None,
    ),
    (
        HV,
        "2026-02-20",
        "Copy letter rec'd - Dr Ahmed paeds OPD 12/02: expressive language delay, audiology + SALT referred. Filed.",
        "Alfie",
        "E18",
    ),
    (
        GP,
        "2026-02-23",
        "DB - post-discharge r/v. Abstinent since adm 31/01 per pt. Acamprosate started. CGL aftercare weekly.",
        "Donna Brennan",
        None,
    ),
    (
        GP,
        "2026-02-26",
        "Letter Dr Ahmed (paeds) re AD - seen 12/2/26, expressive lang delay, SALT + audiology. No GP action.",
        "AD",
        "E18",
    ),
    (
        SCH,
        "2026-02-27",
        "Fortnightly welfare check-in (Miss Hart). K back at Mum's at weekends. Says 'Mum's not drinking'.",
        "Kayla; Mum",
        None,
    ),
    # ---------------- March ----------------
    (
        POL,
        "2026-03-02",
        "Police report submitted for RCPC 04/03 (BRENNAN/DAWSON). 1 x further MFH 18/02 (low). MARSH trial date 05/26. Not attending.",
        "Kayla Brennan; Alfie Dawson; Tyler Marsh",
        None,
    ),
    (
        GP,
        "2026-03-02",
        "Invite RCPC 04/03 (Kayla + Alfie) - Dr Holt to attend. Notes summary prepared.",
        "",
        None,
    ),
    # E19 review conference
    (
        CSC,
        "2026-03-04 10:00",
        "Review child protection conference (chair Helen Ward). Present: Ms Brennan, Shannon Brennan, Lee Dawson, SW Nair, Mr Okafor, Claire Dunn (HV), Bev Sykes (school nurse), Dr Holt (GP). Police report received. Kayla remains on a child protection plan (exploitation); Alfie remains on a plan (neglect) - Ms Brennan abstinent four weeks. Next review in six months.",
        "Kayla Brennan; Alfie Dawson; Donna Brennan; Shannon Brennan; Lee Dawson; Priya Nair",
        "E19",
    ),
    (
        GP,
        "2026-03-04",
        "Dr Holt attended RCPC. Both children remain on CP plans. GP: monthly r/v DB, acamprosate.",
        "Kayla Brennan; Alfie; Donna Brennan",
        "E19",
    ),
    (
        SCH,
        "2026-03-04",
        "Review conference - Mr Okafor. K stays on CP plan. Attendance 84%.",
        "Kayla",
        "E19",
    ),
    (
        HV,
        "2026-03-04",
        "RCPC - HV + SN attended. Plans continue x2. Alfie SALT starts April.",
        "Alfie; Kayla",
        "E19",
    ),
    (
        GP,
        "2026-03-04 16:30",
        "Kayla - seen alone (Gillick). Requested contraception. Discussed consent, age of partner - says 'no-one at the moment'. Safeguarding discussion with SW by phone. Chlamydia screen.",
        "Kayla Brennan",
        None,
    ),
    (
        CSC,
        "2026-03-05",
        "Phone call from Dr Holt after Kayla's GP appointment yesterday (contraception request). Agreed SW to talk to Kayla this week.",
        "Kayla Brennan; Priya Nair",
        None,
    ),
    (
        SCH,
        "2026-03-13",
        "Fortnightly welfare check-in (Miss Hart). K asked about 'giving evidence'. Referred to SW.",
        "Kayla",
        None,
    ),
    (
        CSC,
        "2026-03-17 16:00",
        "Visit (SW Nair) - Kayla seen alone at Shannon's. Kayla said she is ready to tell police 'everything about Ty'. Police contacted to arrange interview.",
        "Kayla Brennan; Tyler Marsh; Shannon Brennan; Priya Nair",
        None,
    ),
    # E20 joint ABE interview
    (
        POL,
        "2026-03-24 10:00",
        "ABE interview BRENNAN, Kayla at Hartside suite - DC Lowe + SW Nair. K disclosed MARSH, Tyler supplied alcohol, made her hold drugs and 'pass' to others at Wellgate Ho. Also sexual activity with adult male 'Dex' (unidentified). Crime recorded.",
        "Kayla Brennan; Tyler Marsh; Priya Nair",
        "E20",
    ),
    (
        CSC,
        "2026-03-24 10:00",
        "Kayla's video-recorded interview with the police at the Hartside suite; I supported her. She described being made to keep and pass on drugs for Tyler, and a man called 'Dex'. Shannon took her home afterwards.",
        "Kayla Brennan; Tyler Marsh; Shannon Brennan; Priya Nair",
        "E20",
    ),
    (
        HV,
        "2026-03-24",
        "HV visit - Alfie back at Mum's home. Mum sober, house tidier. Alfie saying more words.",
        "Alfie; Donna",
        None,
    ),
    (
        SCH,
        "2026-03-27",
        "Fortnightly welfare check-in (Miss Hart). K tired after 'the police thing' on Tues. Counselling in school offered.",
        "Kayla",
        None,
    ),
    # ---------------- April ----------------
    (
        GP,
        "2026-04-02",
        "DB - r/v. Abstinent 9/52. Acamprosate cont. Mood better.",
        "Donna Brennan",
        None,
    ),
    (
        POL,
        "2026-04-09",
        "MARSH, Tyler further arrested re CSE offences (BRENNAN, Kayla). Remanded. Second male 'Dex' not yet identified - enquiries ongoing.",
        "Tyler Marsh; Kayla Brennan",
        None,
    ),
    (
        CSC,
        "2026-04-14 15:30",
        "Third core group (SW Nair, Ms Brennan, Shannon) at Shannon's - school on Easter break, health visitor apologies. Kayla no missing episodes since February. Plan continues.",
        "Priya Nair; Donna Brennan; Shannon Brennan; Kayla Brennan",
        None,
    ),
    (
        SCH,
        "2026-04-20",
        "Back after Easter - K attended all week. Welfare check-ins to continue.",
        "Kayla",
        None,
    ),
    # ---- further routine entries and decoys (null unless marked) ----
    (
        HV,
        "2025-10-14",
        "Info share from MASH: PPN from police 10/10 - Mum intoxicated and in sole care of Alfie while Kayla missing; aunt stayed overnight. Alert added, HV visit to be brought forward.",
        "Alfie; Donna",
        "E05",
    ),
    (
        GP,
        "2025-10-16 11:30",
        "Alfie r/v wheeze - improved on salbutamol, chest clear. Mum attended, sober, said 'K's bunked off again'. Cont prn.",
        "Alfie; Donna Brennan",
        None,
    ),
    (
        GP,
        "2025-10-30",
        "Alfie - eczema hands/flexures, emollients. Attended with aunt (Shannon) as Mum 'unwell'.",
        "Alfie; Shannon",
        None,
    ),
    (
        CSC,
        "2025-11-12",
        "Management oversight (TM Rafferty): ICPC requested for Kayla and Alfie; NRM referral to be completed this week; increase visits to weekly.",
        "Kayla Brennan; Alfie Dawson",
        None,
    ),
    (
        CSC,
        "2025-11-20 16:00",
        "Weekly visit (SW Nair). Kayla at home, doing homework; said she is 'staying in' since the police found her. Ms Brennan had been drinking earlier - slurred. Alfie in bath with Shannon.",
        "Kayla Brennan; Donna Brennan; Alfie Dawson; Shannon Brennan; Priya Nair",
        None,
    ),
    (
        CSC,
        "2025-12-04",
        "Letter to Ms Brennan and Mr Dawson confirming the outcome of the conference on 3 December and the date of the first core group.",
        "Donna Brennan; Lee Dawson",
        None,
    ),
    (
        POL,
        "2026-01-14 17:00",
        "Prevention interview BRENNAN, Kayla at home (PC Rudd) re MFH 13/01 - declined to engage. Mother present.",
        "Kayla Brennan; Donna Brennan",
        None,
    ),
    (
        HV,
        "2026-01-22",
        "SN health assessment completed with Kayla in school (Bev). Immunisations up to date. Sleep poor, vaping. Sexual health advice, C-card declined.",
        "Kayla",
        None,
    ),
    (
        ACU,
        "2026-03-10",
        "Paediatric audiology: Alfie - pure tone/play audiometry, hearing within normal limits bilaterally. Results to Dr Ahmed.",
        "Alfie",
        None,
    ),
]


def main():
    out = HERE / "case_ae.json"
    casegen.build(
        "ae",
        "13-year-old at risk of criminal and sexual exploitation, repeated missing episodes, "
        "4-year-old brother, mother's alcohol misuse; 6 agencies, Sep 2025 - Apr 2026 (look-alike "
        "missing episodes, lagged minutes and letters, Monday notifications)",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
