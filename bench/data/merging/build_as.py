# ruff: noqa
"""Writing aid for case_as (fictional; written blind, see case_as_README.md).

    python3 bench/data/merging/build_as.py      # writes bench/data/merging/case_as.json

A tuning case. A family in the north-east of England: Ruby (6) and her half-brother Kayden
(13) live with their mother Leanne; Leanne's new partner Craig Milburn has a history of
domestic abuse. Unexplained bruising to Ruby's face (s47, CP medical, ICPC), Kayden's
suspensions and a LADO allegation against a teacher, a strangulation and MARAC, a house move
on domestic-abuse grounds, a kitchen fire at the new house with Craig there in breach of bail,
pre-proceedings (PLO), Kayden missing. Seven agencies (CSC, Police, an all-through academy
both children attend, the 0-19 public health nursing service, GP, hospital ED/paediatrics,
Housing), Sept 2025 - June 2026.

Hard in the ways real chronologies are: one happening recorded on different days (referral
sent / received, minutes read days later, ED letters to the GP 9-12 days later, weekend
incidents logged on Monday, an Operation Encompass email two days late); abbreviations on one
side and words on the other; pairs sharing only people; and near-miss decoys (a core group and
a CIN meeting the same afternoon, a LADO meeting and a CIN meeting the same day, two home visits
in one week, a second ED attendance the day after the fire, a GP wound check after an ED visit,
conference reports and outcome letters from agencies that did not attend). Every entry is
written by hand (no random filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# two extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("zn", "%d-%b-%y")  # 08-Oct-25
casegen.STYLES.setdefault("hou", "%d %b %Y")  # 08 Oct 2025

CSC = "Children's Social Care"
POL = "Police"
SCH = "Heathfield Ridge Academy"
ZN = "0-19 Public Health Nursing"
GP = "Riverside Medical Group"
ACU = "Hospital (ED and paediatrics)"
HOU = "Tyneview Homes (Housing)"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (SCH, "education", "school"),
    (ZN, "health", "zn"),
    (GP, "health", "gp"),
    (ACU, "health", "health"),
    (HOU, "other", "hou"),
]

PEOPLE = [
    ("Ruby Charlton", ["Ruby", "RC"], "Child R (6)", "child"),
    ("Kayden Dodds", ["Kayden", "KD"], "Child K (13)", "child"),
    ("Leanne Dodds", ["Leanne", "Ms Dodds", "Mum", "LD"], "Mother", "parent"),
    ("Dean Charlton", ["Dean", "Mr Charlton"], "Ruby's father", "parent"),
    (
        "Craig Milburn",
        ["Craig", "Mr Milburn", "MILBURN", "CM"],
        "Mother's partner",
        "other_adult",
    ),
    ("Pat Dodds", ["Pat", "Nana Pat", "MGM", "Mrs Dodds"], "Maternal grandmother", "family"),
    ("Gemma Storey", ["SW Storey", "G Storey"], "Social worker", "professional"),
    ("Ian Purvis", ["TM Purvis"], "Team manager", "professional"),
    ("Shelley Nixon", ["Shelley", "EHP Nixon"], "Early help practitioner", "professional"),
    ("Lisa Armstrong", ["DC Armstrong"], "Detective constable (CAIT), OIC", "professional"),
    (
        "Joanne Tait",
        ["Mrs Tait", "DSL Tait"],
        "Academy designated safeguarding lead",
        "professional",
    ),
    ("Martin Ellison", ["Mr Ellison", "HoY Ellison"], "Head of Year 9", "professional"),
    ("Gary Lowes", ["Mr Lowes"], "PE teacher (subject of LADO referral)", "professional"),
    ("Claire Wardle", ["SN Wardle", "Claire W"], "School nurse (0-19 service)", "professional"),
    ("Anand Mistry", ["Dr Mistry"], "GP", "professional"),
    ("Ruth Okafor", ["Dr Okafor"], "Consultant paediatrician", "professional"),
    ("Steve Gill", ["HO Gill"], "Housing officer", "professional"),
    (
        "Maureen Hall",
        ["IRO Hall"],
        "Independent reviewing officer (conference chair)",
        "professional",
    ),
    ("Paul Rutherford", ["LADO Rutherford"], "Local authority designated officer", "professional"),
    ("Nicola Reay", ["IDVA Reay"], "Independent domestic violence adviser", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        GP,
        "Y:2019",
        "LD - anxiety w/ panic attacks. Citalopram 20mg 2019-20, stopped herself. Hx DA from Kayden's father 2013-15 (documented, MARAC 2014).",
        "Leanne Dodds",
        None,
    ),
    (
        CSC,
        "Y:2021",
        "Early Help (Team Around the Family) for Kayden, then aged 9, for angry outbursts at home and at school after contact with his father stopped. Closed in July 2021 with goals met. No previous social care assessments for either child.",
        "Kayden Dodds; Leanne Dodds",
        None,
    ),
    (
        ZN,
        "Y:2023",
        "Ruby - transferred from HV caseload to school nursing at school entry (Sept 2023). HV 2-2.5yr review 2022: ASQ-3 above cut-off all domains. School entry health review: ht/wt 50th, vision/hearing NAD. No safeguarding concerns.",
        "Ruby",
        None,
    ),
    (
        ACU,
        "A:2024-08-01:2024-08-31:Aug 2024 (from PAS summary)",
        "Paed ED (historic): Ruby, then 5y - pulled elbow after being swung by the arms in the park by mother's friend. Reduced in department. No safeguarding concerns recorded.",
        "Ruby Charlton",
        None,
    ),
    (
        POL,
        "M:2024-06",
        "MILBURN, Craig (dob 1990) - PND: 2 x DA incidents as suspect with previous partner (Gateshead 2022, South Shields 06/2024); one assault by beating NFA (victim withdrew support). DA perpetrator marker.",
        "Craig Milburn",
        None,
    ),
    # ---------------- September 2025 ----------------
    (
        GP,
        "2025-09-10 09:40",
        "LD f/u anxiety. Worse, poor sleep, 'lot going on at home' - new partner moved in over summer, son not getting on with him. GAD-7 15. Declined meds. Talking Therapies self-ref info. R/v 4/52.",
        "Leanne Dodds; Dr Mistry",
        None,
    ),
    (
        SCH,
        "2025-09-16 11:20",
        "KD (Y9) - FTS 2 days (16-17/9): threw chair in Science, verbal abuse to staff. Mum informed by phone, letter sent. Reintegration mtg Thu am.",
        "Kayden; Mum",
        None,
    ),
    (
        SCH,
        "2025-09-18 08:45",
        "Reintegration mtg - KD, Mum, HoY. KD says he 'can't sleep' and 'hates it at home since Craig'. Mum: partner moved in over the summer, 'they don't get on'. EHA offered - Mum to think about it. Report card 2 wks.",
        "Kayden; Mum; Craig; HoY Ellison",
        None,
    ),
    (
        HOU,
        "2025-09-23 10:00",
        "Tenancy audit visit, 23 Kittiwake Close (sole tenant Ms L Dodds). Adult male present - Mr Craig Milburn, says he has 'been stopping a few months'. Advised household change must be notified (UC housing costs). Rent account £212.40 arrears - arrangement £10/wk.",
        "Leanne Dodds; Craig Milburn",
        None,
    ),
    # E01 Saturday-night DA call-out and the Monday/Wednesday notifications
    (
        POL,
        "2025-09-27 23:15",
        "Occ 25/158213. 999 from neighbour - female screaming at 23 Kittiwake Close. Att 23:27. DODDS, Leanne (32) - red mark L cheek, states 'caught it on the door', would not say more. MILBURN, Craig left addr prior to arrival - not located. 2 x children: 13yo male awake on landing, 6yo female asleep. DASH standard (several Qs declined). PPN submitted. Op Encompass.",
        "Leanne Dodds; Craig Milburn; Kayden Dodds; Ruby Charlton",
        "E01",
    ),
    (
        SCH,
        "2025-09-29 08:40",
        "Operation Encompass email (rec'd 08:05): police at home address Sat night, domestic, both children in the house - Ruby (Y2) + Kayden (Y9). DSL told class teacher + HoY. Ruby fine at drop-off (Nana Pat brought her). KD not in yet.",
        "Ruby; Kayden; Nana Pat; Mrs Tait",
        "E01",
    ),
    (
        CSC,
        "2025-09-29 10:20",
        "MASH: Police Protection Notice received for a domestic incident at the family home late on Saturday 27 September. A neighbour heard screaming; Leanne had a mark to her cheek which she said was from a door. Her partner Craig Milburn had left before officers arrived. Both children were at home and Kayden was awake. Police hold previous domestic abuse records for Mr Milburn with a former partner. Screened as standard risk: step-down to Early Help, with the Academy asked to lead an Early Help Assessment; information shared with the school nursing team.",
        "Leanne Dodds; Craig Milburn; Kayden Dodds; Ruby Charlton",
        "E01",
    ),
    (
        SCH,
        "2025-09-29 13:10",
        "KD removed from Maths (phone out, refused to hand it over) - isolation P4-5. HoY rang Mum x2, no answer, text sent.",
        "Kayden; Mum; HoY Ellison",
        None,
    ),
    (
        ZN,
        "2025-10-01 11:05",
        "MASH info-share rec'd: PPN - DA at home address 27/09, standard risk, both CYP present. Outcome step-down to EH. Flag added to Ruby + Kayden (SystmOne). SN to offer support through the EHA.",
        "Ruby; Kayden; Leanne",
        "E01",
    ),
    # ---------------- October ----------------
    (
        GP,
        "2025-10-06 16:40",
        "Kayden 13y with mum. Sleep onset 2-3am, anger outbursts, suspended x1 this term. Mood 'fine', no SH. ?ADHD - mum keen for ax. Sleep hygiene. Ref CAMHS SPA sent. School to send Conners.",
        "Kayden Dodds; Leanne Dodds; Dr Mistry",
        None,
    ),
    # E02 first TAF meeting
    (
        SCH,
        "2025-10-08 15:30",
        "TAF mtg 1 (EHA) in school - DSL (lead), Mum, Shelley (EH), SN Claire Wardle, HoY. Craig not invited (Mum's wish). Plan: KD mentor + report card; Ruby nurture group Tue/Thu; Mum to try Freedom Programme; SN drop-in for KD (sleep). Review 6 wks.",
        "Mum; Shelley; SN Wardle; HoY Ellison; Kayden; Ruby; Mrs Tait; Craig",
        "E02",
    ),
    (
        CSC,
        "2025-10-08",
        "Early Help: first Team Around the Family meeting at Heathfield Ridge Academy. Leanne came; the safeguarding lead, Kayden's head of year, the school nurse and I were there. Leanne says things at home are calmer but Kayden and Craig argue constantly. She agreed to be referred to the Freedom Programme. Next review in six weeks.",
        "Leanne Dodds; Kayden Dodds; Craig Milburn; Shelley Nixon",
        "E02",
    ),
    (
        ZN,
        "2025-10-08",
        "EHA meeting at school attended (SN). Mum engaged. SN actions: offer KD 1:1 drop-in re sleep; Ruby ht/wt due - consent obtained.",
        "Kayden; Ruby; Leanne; SN Wardle",
        "E02",
    ),
    # E03 DSL's referral about Ruby's bruising (call, written MARF, its receipt next day)
    (
        SCH,
        "2025-10-14 09:35",
        "Ruby (Y2) - class teacher noticed marks L side of face at register 9.10: bruising L cheek + behind L ear. Ruby: 'I fell off the top bunk on Sunday'. Seen by DSL - same account, nothing more. Body map done. DSL rang MASH 9.50 - keep Ruby in school, written referral to follow.",
        "Ruby; Mrs Tait",
        "E03",
    ),
    (
        CSC,
        "2025-10-14 09:50",
        "MASH: telephone call from Joanne Tait, designated safeguarding lead at Heathfield Ridge Academy. Ruby (6) has bruising to her left cheek and behind her left ear; Ruby says she fell out of bed at the weekend. No explanation from Leanne yet. Bruising to the ear of a child of this age is a concern, and there was a domestic abuse notification two weeks ago. Passed to TM Purvis - strategy discussion to be convened today.",
        "Ruby Charlton; Mrs Tait; Leanne Dodds; TM Purvis",
        "E03",
    ),
    (
        SCH,
        "2025-10-14 11:20",
        "MARF submitted on the portal with body map attached. Auto-acknowledgement rec'd.",
        "Ruby; Mrs Tait",
        "E03",
    ),
    (
        GP,
        "2025-10-14 12:15",
        "MASH info request (strat disc today) re Ruby Charlton + household. Returned: Ruby - no injuries on GP record (pulled elbow ED 08/24 only), imms UTD. Kayden - CAMHS ref 06/10. LD - anxiety. Craig Milburn not registered here.",
        "Ruby; Kayden; LD; Craig Milburn",
        None,
    ),
    # E04 strategy discussion the same afternoon
    (
        CSC,
        "2025-10-14 14:00",
        "Strategy discussion (Teams) chaired by TM Purvis. SW Gemma Storey, DC Lisa Armstrong (CAIT), Mrs Tait (DSL), Claire Wardle (school nurse); GP information received in writing. Injuries to Ruby's left cheek and ear with an explanation of a fall from a bunk bed; the domestic abuse notification of 27 September; Mr Milburn's history with a former partner. Agreed: joint section 47 enquiry (physical abuse) for Ruby and single-agency enquiries for Kayden; child protection medical with the paediatrician tomorrow; joint visit to the home this evening; the children to stay with their grandmother Pat Dodds tonight.",
        "Ruby Charlton; Kayden Dodds; Leanne Dodds; Craig Milburn; Pat Dodds; TM Purvis; SW Storey; DC Armstrong; Mrs Tait; SN Wardle",
        "E04",
    ),
    (
        POL,
        "2025-10-14 14:00",
        "Strat disc (MASH) re CHARLTON, Ruby 6y - facial bruising, expl fall from bunk. Police research shared: MILBURN DA hx, incident 27/09. Outcome: joint s47, CAIT to lead crim investigation (OIC DC Armstrong). CP medical 15/10. JV tonight.",
        "Ruby Charlton; MILBURN; DC Armstrong",
        "E04",
    ),
    (
        SCH,
        "2025-10-14 14:00",
        "DSL on strategy call 2pm. Ruby + Kayden to go to Nana Pat's tonight - Nana collecting both at 3.15, SW aware. School to send attendance + behaviour logs.",
        "Ruby; Kayden; Nana Pat; Mrs Tait",
        "E04",
    ),
    (
        ZN,
        "2025-10-14 14:00",
        "Strat mtg (telephone) - SN contributed. Health: Ruby growth 50th centile, no previous injuries on our record, last seen school entry review. Kayden - sleep difficulties, drop-in offered. Outcome: s47 (CSC/police joint), CP medical tomorrow.",
        "Ruby; Kayden; SN Wardle",
        "E04",
    ),
    # E05 joint home visit that evening
    (
        CSC,
        "2025-10-14 17:30",
        "Joint home visit with DC Armstrong. Leanne and Craig both at home. Leanne said Ruby fell from the top bunk on Sunday afternoon while she was in the kitchen; Craig said he was at the football and came back at six. Saw the bunk beds - the top rail is in place. Leanne became upset and said 'you're going to take them off me'. Agreed: Craig will stay at his mother's while enquiries continue; Ruby and Kayden to stay at Pat's tonight and tomorrow.",
        "Leanne Dodds; Craig Milburn; Ruby Charlton; Kayden Dodds; Pat Dodds; DC Armstrong",
        "E05",
    ),
    (
        POL,
        "2025-10-14 17:30",
        "JV with CSC (SW G Storey), 23 Kittiwake Close. DODDS: child fell from top bunk Sun approx 15:00. MILBURN: at pub watching match, home 18:00. Bunk photographed - guard rail intact, top mattress approx 1.35m. VI to be arranged. MILBURN agreed to reside at his mother's addr (Felling) meantime.",
        "Leanne Dodds; MILBURN; SW Storey; DC Armstrong",
        "E05",
    ),
    # E06 child protection medical; police told same day; GP receives report 12 days later
    (
        ACU,
        "2025-10-15 10:00",
        "Child protection medical, Children's Assessment Unit (Dr R Okafor, consultant paediatrician). Ruby 6y, with MGM and SW; mother arrived 10:40. O/E: L pinna - petechial bruising upper helix and post-auricular; L cheek - three parallel linear bruises 4-5cm with central sparing. No other injuries, no bony tenderness. Ruby: 'I fell off my bed.' Opinion: pattern in keeping with a slap to the side of the head; not consistent with the fall described; likely inflicted. FBC + clotting normal. Report to CSC and police.",
        "Ruby Charlton; Pat Dodds; SW Storey; Leanne Dodds; Dr Okafor",
        "E06",
    ),
    (
        CSC,
        "2025-10-15",
        "Took Ruby and Pat to the child protection medical at the Children's Assessment Unit; Leanne came later. Dr Okafor told me, and DC Armstrong by phone, that the marks on Ruby's ear and cheek look like a hand mark and that she does not think a fall from a bed would cause them. Ruby back to Pat's tonight.",
        "Ruby Charlton; Pat Dodds; Leanne Dodds; Dr Okafor; DC Armstrong",
        "E06",
    ),
    (
        POL,
        "2025-10-15 13:20",
        "Update from Dr OKAFOR (paeds) post CP exam: injuries L ear/cheek consistent with slap, likely NAI; fall from bunk not consistent. Written report to follow. VIs MILBURN + DODDS 16/10.",
        "Ruby Charlton; Dr Okafor; MILBURN; Leanne Dodds; DC Armstrong",
        "E06",
    ),
    (
        GP,
        "2025-10-15 16:50",
        "LD - tearful, v anxious, 'social services have got involved over Ruby'. Not sleeping. GAD-7 18. Start sertraline 50mg od. Talking Therapies advised again. R/v 2/52.",
        "Leanne Dodds; Ruby; Dr Mistry",
        None,
    ),
    (
        SCH,
        "2025-10-16 08:50",
        "Ruby brought in by Nana Pat. Bruise yellowing. Settled, happy in nurture group. Staying at Nana's this week.",
        "Ruby; Nana Pat; Mrs Tait",
        None,
    ),
    (
        POL,
        "2025-10-16 10:00",
        "VIs under caution at Gateshead PS (DC Armstrong). MILBURN - denies, not home Sun pm (pub, names 2 witnesses). DODDS - maintains fall from bunk. Alibi enquiries.",
        "MILBURN; Leanne Dodds; DC Armstrong",
        None,
    ),
    # E07 SW sees Kayden at school
    (
        CSC,
        "2025-10-16 12:30",
        "Saw Kayden at school at lunchtime with Mr Ellison sitting in. Kayden said that on Sunday he was in his room with his headphones on and heard Ruby crying 'really bad' and Craig shouting; he did not see what happened. He said Craig 'gives her cracks when Mum's not looking' but would not say more and asked me not to tell Craig he had said it.",
        "Kayden Dodds; Mr Ellison; Ruby Charlton; Craig Milburn",
        "E07",
    ),
    (
        SCH,
        "2025-10-16 12:30",
        "SW (G Storey) in 12.30 to speak to KD - HoY sat in, Room 14. KD upset afterwards, chose to stay in Inclusion P5.",
        "Kayden; SW Storey; HoY Ellison",
        "E07",
    ),
    (
        CSC,
        "2025-10-17 15:30",
        "Home visit to Pat's house, where the children are staying. Ruby showed me the room she shares with Pat and said she likes it at Nana's; she again said she fell off her bed. Pat will keep the children until the enquiries are finished. Leanne was there and said she has told Craig to stay away for now.",
        "Pat Dodds; Ruby Charlton; Leanne Dodds; Craig Milburn",
        None,
    ),
    # E08 strategy review by phone
    (
        CSC,
        "2025-10-21 11:00",
        "Strategy discussion (review) by phone: TM Purvis, SW Storey, DC Armstrong. The section 47 enquiry concludes that Ruby has suffered significant harm; who caused it is not established - Mr Milburn's account is still being checked. Decision: initial child protection conference for both children. The children go home to Leanne with Pat staying; Craig not to stay at the house or have unsupervised contact.",
        "Ruby Charlton; Kayden Dodds; Leanne Dodds; Pat Dodds; Craig Milburn; TM Purvis; SW Storey; DC Armstrong",
        "E08",
    ),
    (
        POL,
        "2025-10-21 11:00",
        "Strat mtg 2 (tel). CSC s47 outcome: substantiated - ICPC to be convened. Crim investigation ongoing: 1 witness puts MILBURN in pub until 16:30 only.",
        "Ruby Charlton; MILBURN; DC Armstrong",
        "E08",
    ),
    (
        ZN,
        "2025-10-21 13:10",
        "SN drop-in (school): Kayden. Sleeps 4-5 hrs, gaming late, vaping 'sometimes'. Sleep + vaping advice given. Says 'home's better with Craig gone'. Re-offer 2/52.",
        "Kayden; Craig; SN Wardle",
        None,
    ),
    (
        GP,
        "2025-10-27",
        "Paeds report from Dr Okafor (CAU) re CP medical 15/10/25 - Ruby: bruising L pinna + L cheek, pattern consistent w/ slap, likely inflicted. Read. Coded child protection concern, alert on family records.",
        "Ruby; Dr Okafor",
        "E06",
    ),
    # ---------------- November ----------------
    (
        GP,
        "2025-11-03",
        "Report for ICPC (Ruby + Kayden) sent to CP conference unit. Unable to attend (surgery). Content: Ruby nil else; Kayden CAMHS ref; LD anxiety on sertraline.",
        "Ruby; Kayden; LD; Dr Mistry",
        None,
    ),
    # E09 ICPC
    (
        CSC,
        "2025-11-05 10:00",
        "Initial child protection conference chaired by Maureen Hall. Present: Leanne, Pat, SW Storey, TM Purvis, DC Armstrong, Mrs Tait and Mr Ellison (Academy), Claire Wardle (school nurse). Written reports from the GP and Dr Okafor. Craig Milburn was invited and did not attend. Ruby made subject to a child protection plan under the category of physical abuse. Kayden not made subject to a plan - a child in need plan agreed for him. Craig not to live at the house or have unsupervised contact with the children. First core group on 19 November; review conference in three months.",
        "Leanne Dodds; Pat Dodds; SW Storey; TM Purvis; DC Armstrong; Mrs Tait; Mr Ellison; SN Wardle; Craig Milburn; Ruby Charlton; Kayden Dodds; IRO Hall",
        "E09",
    ),
    (
        POL,
        "2025-11-05 10:00",
        "ICPC attended (DC Armstrong). CHARLTON, Ruby - CP plan (physical). DODDS, Kayden - CIN. Police: crim investigation ongoing, no charging decision yet.",
        "Ruby Charlton; Kayden Dodds; DC Armstrong",
        "E09",
    ),
    (
        SCH,
        "2025-11-05",
        "Conference (ICPC) - DSL + HoY attended. Ruby: CP plan (physical). Kayden: CIN. School actions: daily check-in Ruby, KD mentor continues, attendance to SW weekly.",
        "Ruby; Kayden; Mrs Tait; HoY Ellison",
        "E09",
    ),
    (
        ZN,
        "2025-11-05",
        "ICPC attended by SN. Outcome: Ruby CPP (physical abuse); Kayden CIN. SN actions: Ruby health review + ht/wt; Kayden sleep/vaping support. CG 19/11.",
        "Ruby; Kayden; SN Wardle",
        "E09",
    ),
    (
        GP,
        "2025-11-14",
        "Letter from CP conference unit: ICPC 05/11/25 - Ruby subject to CP plan (physical abuse); Kayden CIN. Alerts updated.",
        "Ruby; Kayden",
        None,
    ),
    (
        ZN,
        "2025-11-18 10:15",
        "Health review in school (SN): Ruby ht 118cm (50th), wt 21.6kg (50th). No marks seen. Chatty, said Nana 'sleeps over at ours now'. Not registered with a dentist - info to Mum.",
        "Ruby; Nana Pat; Mum; SN Wardle",
        None,
    ),
    # E10 first core group
    (
        CSC,
        "2025-11-19 15:45",
        "First core group at the Academy: Leanne, Pat, Mrs Tait, Claire Wardle and me. Went through the plan: Pat staying at the house most nights; Craig's contact only at Pat's and supervised by her; Leanne to start the Freedom Programme on 2 December. Ruby doing well in class. Kayden's plan to be reviewed separately.",
        "Leanne Dodds; Pat Dodds; Mrs Tait; SN Wardle; SW Storey; Ruby Charlton; Kayden Dodds; Craig Milburn",
        "E10",
    ),
    (
        SCH,
        "2025-11-19 15:45",
        "CG mtg in school (Meeting Rm 2) - DSL. Ruby attendance 96%, settled, nurture group continues. No new marks.",
        "Ruby; Mrs Tait",
        "E10",
    ),
    (
        ZN,
        "2025-11-19",
        "Core group - SN attended. Health update (ht/wt 18/11, dental info). Next CG 17/12.",
        "Ruby; SN Wardle",
        "E10",
    ),
    # E11 police close the investigation; CSC reads the email four days later
    (
        POL,
        "2025-11-20 15:40",
        "Investigation re injuries to CHARLTON, Ruby - filed. Evidential difficulties: 2 adults with access, both deny; child gives account of fall; no independent witness. NFA. SW Storey informed by email.",
        "Ruby Charlton; MILBURN; Leanne Dodds; SW Storey; DC Armstrong",
        "E11",
    ),
    (
        CSC,
        "2025-11-24",
        "Read an email from DC Armstrong dated 20 November: the police have closed their investigation into Ruby's injuries and will take no further action because it cannot be shown who caused them. Told Leanne by phone. Ruby's child protection plan is not affected.",
        "DC Armstrong; Ruby Charlton; Leanne Dodds",
        "E11",
    ),
    # E12 Kayden punches a pupil: suspension, call to SW, victim's mother reports to police
    (
        SCH,
        "2025-11-26 11:30",
        "KD - FTS 5 days (26/11 - 2/12): punched Y9 pupil in the face in lunch queue; vape found on bag search. Separated by staff. Mum collected 12.15. Letter sent; SW informed (CIN).",
        "Kayden; Mum",
        "E12",
    ),
    (
        CSC,
        "2025-11-26 13:05",
        "Call from Mr Ellison, Head of Year 9: Kayden has been sent home for five days for hitting another boy at lunchtime. I will visit during the suspension.",
        "Mr Ellison; Kayden Dodds",
        "E12",
    ),
    (
        POL,
        "2025-11-27 09:30",
        "Report by mother of 13yo male: son assaulted at Heathfield Ridge Academy 26/11 by another pupil, DODDS, Kayden (13) - bruised eye. School has dealt (suspension). IP's mother does not support prosecution. NFA - not in public interest, dealt with by school.",
        "Kayden Dodds",
        "E12",
    ),
    # E13 LADO referral about a teacher
    (
        SCH,
        "2025-11-27 10:10",
        "Mum rang Head: KD says Mr Lowes (PE) 'grabbed him round the neck and pinned him to the wall' when separating the fight yesterday. Head rang LADO same morning - advised no internal investigation yet. Mr Lowes told by Head; not suspended. CCTV preserved.",
        "Mum; Kayden; Mr Lowes; Mrs Tait",
        "E13",
    ),
    (
        CSC,
        "2025-11-27 10:45",
        "LADO: referral from the headteacher of Heathfield Ridge Academy. A PE teacher, Gary Lowes, is alleged by a 13-year-old pupil (Kayden Dodds, child in need) to have held him by the neck against a wall while breaking up a fight on 26 November. CCTV has been kept. Threshold met for an allegation management meeting; police to be invited.",
        "LADO Rutherford; Gary Lowes; Kayden Dodds",
        "E13",
    ),
    (
        CSC,
        "2025-11-28 14:00",
        "Home visit to Kayden during his suspension. He says he hit the boy because he said his mum 'lets a nonce live with her'. He repeated that Mr Lowes 'choked' him. Leanne thinks the suspension is unfair.",
        "Kayden Dodds; Leanne Dodds; Mr Lowes",
        None,
    ),
    # ---------------- December ----------------
    # E14 LADO meeting (morning) and E15 Kayden's CIN meeting (afternoon) - same day, same child
    (
        CSC,
        "2025-12-03 10:00",
        "Allegation management meeting chaired by Paul Rutherford (LADO), with the headteacher, Mrs Tait and DC Armstrong. The CCTV, viewed by the police and the school, shows the teacher holding Kayden by the upper arm and shoulder to move him away from the other pupil for about five seconds; no hold to the neck. No criminal investigation. Outcome: unsubstantiated. The school to review positive-handling training and to tell Kayden and Leanne the outcome.",
        "LADO Rutherford; Mrs Tait; DC Armstrong; Gary Lowes; Kayden Dodds; Leanne Dodds",
        "E14",
    ),
    (
        POL,
        "2025-12-03 10:00",
        "Position of trust mtg re allegation by DODDS, Kayden against teacher LOWES, Gary. CCTV viewed: restraint to arm/shoulder only, approx 5 secs. No offence disclosed - no police investigation.",
        "Kayden Dodds; Gary Lowes; DC Armstrong",
        "E14",
    ),
    (
        SCH,
        "2025-12-03 10:00",
        "Head + DSL at LADO meeting (Civic Centre). Unsubstantiated on CCTV. Mr Lowes stays in role; positive handling refresher for PE dept. Head to meet Mum + KD.",
        "Mr Lowes; Kayden; Mum; Mrs Tait",
        "E14",
    ),
    (
        CSC,
        "2025-12-03 15:30",
        "Child in need meeting for Kayden at the Academy: Leanne, Kayden (for part), Mr Ellison and me. Kayden back today after his suspension. Agreed: a mentor twice a week and a referral to the youth service boxing project. CAMHS have put him on their waiting list. Leanne says Craig only visits at Pat's.",
        "Kayden Dodds; Leanne Dodds; Mr Ellison; SW Storey; Craig Milburn; Pat Dodds",
        "E15",
    ),
    (
        SCH,
        "2025-12-03 15:30",
        "CIN mtg for KD (HoY). Back today after FTS - reintegration done this am. Mentor x2/wk, boxing club referral. KD quiet, says he 'wants a fresh start'.",
        "Kayden; HoY Ellison; SW Storey; Mum",
        "E15",
    ),
    # E16 strangulation on Saturday night: police, ED x2, EDT, Op Encompass Monday, SN, GP letter
    (
        POL,
        "2025-12-06 22:40",
        "Occ 25/196604. 999 from DODDS, Kayden (13): 'he's strangling my mum'. Att 22:51. MILBURN, Craig detained in hallway, strong smell of intox. DODDS, Leanne: red marks both sides of neck, hoarse, states held by throat against wall approx 10 secs, 'saw stars', no LOC. KD - split lower lip, states pushed into banister by MILBURN when he tried to pull him off. 6yo RC awake in bed, crying. MILBURN arrested NFS + assault by beating (child). Amb - LD to ED. KD taken to Paed ED by MGM (Pat DODDS); RC to MGM's. DASH HIGH (18) - MARAC. PPN x3.",
        "Kayden Dodds; Craig Milburn; Leanne Dodds; Ruby Charlton; Pat Dodds",
        "E16",
    ),
    (
        ACU,
        "2025-12-06 23:35",
        "ED (adults): 32F by ambulance, police present. Alleged manual strangulation by partner ~22:30, approx 10s, ?visual disturbance, no LOC, no incontinence. Hoarse voice, fingertip bruising bilat neck, petechiae R eye. CTA neck: no vascular injury. Obs 4h - d/c 04:20 07/12 to mother's. IDVA referral; routine enquiry positive; safeguarding referral (children 6y + 13y).",
        "Leanne Dodds",
        "E16",
    ),
    (
        ACU,
        "2025-12-07 00:25",
        "Paed ED: 13y M with grandmother. Split L lower lip after being pushed into a banister at home (domestic incident, police aware). 1cm mucosal lac - no closure needed. Teeth intact. Safeguarding referral linked to mother's attendance.",
        "Kayden Dodds; Pat Dodds",
        "E16",
    ),
    (
        CSC,
        "2025-12-07 01:10",
        "EDT: police report that Craig Milburn has been arrested for strangling Leanne at the family home. Kayden was hurt trying to stop him and has gone to hospital with his grandmother; Ruby is at Pat's. Leanne is in A&E. Ruby is on a child protection plan (allocated social worker Gemma Storey). Agreed the children stay with Pat. Passed to the day team.",
        "Craig Milburn; Leanne Dodds; Kayden Dodds; Ruby Charlton; Pat Dodds; SW Storey",
        "E16",
    ),
    (
        POL,
        "2025-12-07 16:00",
        "MILBURN interviewed - no comment. CPS authorised: NFS (s75A SCA 2015) on DODDS, Leanne + assault by beating on DODDS, Kayden. Charged 15:40. Bailed to Magistrates 22/12 - conds: no contact LD/KD/RC direct or indirect, not to enter Kittiwake Close, reside at mother's addr.",
        "MILBURN; Leanne Dodds; Kayden Dodds; Ruby Charlton",
        None,
    ),
    (
        SCH,
        "2025-12-08 08:15",
        "Op Encompass (rec'd 07:58): police at home Sat night - serious DA, partner arrested, Kayden injured (lip). Both at Nana Pat's. Ruby in, clingy with TA. KD arrived 9.20, hood up, wouldn't talk - sat in Inclusion with mentor.",
        "Ruby; Kayden; Nana Pat; Mrs Tait",
        "E16",
    ),
    (
        POL,
        "2025-12-08 09:30",
        "MARAC referral submitted (DASH 18, NFS). Victim consents to IDVA referral.",
        "Leanne Dodds; MILBURN",
        None,
    ),
    # E17 strategy discussion on the Monday
    (
        CSC,
        "2025-12-08 14:00",
        "Strategy discussion (Teams) chaired by TM Purvis: DC Armstrong, Mrs Tait, SW Storey; hospital safeguarding information read in. Leanne was strangled by Craig on Saturday night and Kayden was pushed into the banister when he tried to stop him. Craig has been charged and bailed with conditions not to contact the family. Agreed: section 47 enquiries for Kayden, and Ruby's enquiries updated; both children stay with Pat until Leanne is home with Pat staying; IDVA referral confirmed; MARAC on 18 December.",
        "Leanne Dodds; Craig Milburn; Kayden Dodds; Ruby Charlton; Pat Dodds; TM Purvis; DC Armstrong; Mrs Tait; SW Storey",
        "E17",
    ),
    (
        POL,
        "2025-12-08 14:00",
        "Strat disc re DODDS, Kayden + CHARLTON, Ruby. Police: MILBURN charged NFS + assault by beating (KD), bail conds. Outcome: s47 KD (joint). MARAC ref done.",
        "Kayden Dodds; Ruby Charlton; MILBURN; DC Armstrong",
        "E17",
    ),
    (
        SCH,
        "2025-12-08 14:00",
        "DSL on strategy call 2pm. SW to see KD in school tomorrow. Daily check-ins continue; HoY to brief staff on bail conditions (Craig must not collect).",
        "Kayden; Ruby; Craig; Mrs Tait",
        "E17",
    ),
    (
        CSC,
        "2025-12-09 12:30",
        "Saw Kayden alone at the Academy. He said he heard Mum 'making a choking noise' and pulled Craig's arm; Craig shoved him backwards into the banister. He is proud he rang 999. He wants to go home when Mum does.",
        "Kayden Dodds; Leanne Dodds; Craig Milburn",
        None,
    ),
    (
        ZN,
        "2025-12-09 11:40",
        "ED liaison notification (Safeguarding Children team): LD ED attendance 06/12 - alleged strangulation by partner; KD seen Paed ED 07/12 - lip lac. Ruby CPP, Kayden CIN - both on SN caseload. SN to see KD in school.",
        "Leanne; Kayden; Ruby; SN Wardle",
        "E16",
    ),
    (
        HOU,
        "2025-12-09 11:00",
        "Ms Dodds at office with her mother. Partner (Mr Milburn) charged with strangling her; he knows the address and has had a key. Wants to move. Housing register application + management transfer request (DA) opened. Sanctuary scheme referral; police crime prevention visit requested.",
        "Leanne Dodds; Pat Dodds; Craig Milburn",
        None,
    ),
    # E19 CSC letter to Housing (received a week later)
    (
        CSC,
        "2025-12-10",
        "Letter sent to Tyneview Homes supporting Leanne's request for a management transfer on domestic abuse grounds: Mr Milburn knows the address and has had a key; Ruby is subject to a child protection plan and Kayden to a child in need plan.",
        "Leanne Dodds; Craig Milburn; Ruby Charlton; Kayden Dodds",
        "E19",
    ),
    # E18 sanctuary visit: housing officer with police crime prevention
    (
        HOU,
        "2025-12-11 10:00",
        "Sanctuary visit, 23 Kittiwake Close, with police crime prevention officer. Front + back locks changed (old keys void), chain + viewer fitted, window restrictors. Ms Dodds + mother present. Smoke alarms tested - OK.",
        "Leanne Dodds; Pat Dodds",
        "E18",
    ),
    (
        POL,
        "2025-12-11 10:00",
        "Crime prevention survey - V DODDS, Leanne (DA high risk). Att with Tyneview Homes officer (S Gill). Target hardening completed by their contractor. Address flagged for urgent response; TecSOS handset issued.",
        "Leanne Dodds; HO Gill",
        "E18",
    ),
    (
        ZN,
        "2025-12-16",
        "MARAC research form completed + returned to coordinator (LD; Ruby CPP, KD CIN; KD Paed ED 07/12).",
        "Leanne; Ruby; Kayden; SN Wardle",
        None,
    ),
    (
        GP,
        "2025-12-16",
        "ED letter 06-07/12/25 (LD): alleged strangulation by partner, CTA neck - no vascular injury, petechiae R eye. D/c. IDVA referral made. Safety-net re voice/swallowing.",
        "Leanne Dodds",
        "E16",
    ),
    # E20 second core group (the day before MARAC); SN drop-in that morning is NOT it
    (
        ZN,
        "2025-12-17 10:00",
        "SN drop-in: Kayden. Lip healed. Low mood, 'keeps thinking about that night', poor sleep. No SH/SI. CAMHS wait ~14 wks - SN to write to CAMHS to ask for it to be expedited.",
        "Kayden; SN Wardle",
        None,
    ),
    (
        CSC,
        "2025-12-17 15:45",
        "Second core group at the Academy: Leanne, Pat, Mrs Tait, Claire Wardle and me. Leanne and the children went home on 10 December and Pat is staying. Locks changed; Craig is on bail and has not been seen. Ruby told her teacher she is 'glad Craig's gone'. Leanne's Freedom Programme group starts in January.",
        "Leanne Dodds; Pat Dodds; Mrs Tait; SN Wardle; SW Storey; Ruby Charlton; Craig Milburn",
        "E20",
    ),
    (
        SCH,
        "2025-12-17 15:45",
        "Core group (DSL). Ruby 95%, happy, Christmas play went well. Staff aware of bail conditions.",
        "Ruby; Mrs Tait",
        "E20",
    ),
    (
        ZN,
        "2025-12-17 15:45",
        "Core group attended (CW). Update: Ruby dental appt booked; KD seen at drop-in today.",
        "Ruby; Kayden; Claire W",
        "E20",
    ),
    (
        HOU,
        "2025-12-17 09:30",
        "Supporting letter rec'd from Children's Services (SW G Storey) dated 10/12 re Ms Dodds' transfer. Re-banded to Band 1 (urgent - DA). Bidding enabled.",
        "Leanne Dodds; SW Storey",
        "E19",
    ),
    # E21 MARAC
    (
        POL,
        "2025-12-18 09:30",
        "MARAC - case 6: V DODDS, Leanne / P MILBURN, Craig. Risk: NFS, escalation, on bail. Actions - Police: bail checks, address flag; IDVA: support through court; Housing: priority transfer; CSC: link to CP plan.",
        "Leanne Dodds; MILBURN",
        "E21",
    ),
    (
        CSC,
        "2025-12-18 09:30",
        "Multi-Agency Risk Assessment Conference: Leanne's case heard; I attended for children's services. Agreed: IDVA Nicola Reay to support Leanne through the court case; housing to prioritise a move; police bail checks; the children's plans to reflect the risk from Craig.",
        "Leanne Dodds; Craig Milburn; SW Storey; IDVA Reay",
        "E21",
    ),
    (
        HOU,
        "2025-12-18",
        "MARAC attended (S Gill). Housing action: priority transfer - already Band 1; target hardening done 11/12.",
        "Leanne Dodds; HO Gill",
        "E21",
    ),
    (
        POL,
        "2025-12-22",
        "MILBURN at Magistrates - NG pleas both charges, sent to Crown Court. Conditional bail continued. Trial listed w/c 01/06/26.",
        "MILBURN",
        None,
    ),
    (
        GP,
        "2025-12-23",
        "MARAC notification from coordinator: LD discussed 18/12/25 (DA - high risk). MARAC flag added. Do not share info with Craig Milburn.",
        "LD; Craig Milburn",
        None,
    ),
    # ---------------- January 2026 ----------------
    (
        ZN,
        "A:2026-01-05:2026-01-16:early Jan 26 (ChatHealth text, date approx.)",
        "Text to school nursing ChatHealth line from Kayden asking about sleep and 'how to stop thinking about stuff'. Advice sent + drop-in offered. (Entry written retrospectively.)",
        "Kayden",
        None,
    ),
    # E22 accompanied viewing of the offered house (CSC writes it up with a w/c date)
    (
        HOU,
        "2026-01-07 14:00",
        "Offer: 8 Brantwood Gardens, Heworth Grange (3-bed house). Accompanied viewing 14:00 - Ms Dodds, her mother and SW (G Storey). Accepted. Void works (kitchen) - tenancy start 09/02.",
        "Leanne Dodds; Pat Dodds; SW Storey",
        "E22",
    ),
    (
        CSC,
        "A:2026-01-05:2026-01-09:w/c 5 January 2026",
        "Went with Leanne and her mum to see the house the council has offered on Brantwood Gardens, with the housing officer. Leanne liked it - it is further from Craig's mother's. The keys should be ready early in February.",
        "Leanne Dodds; Pat Dodds; HO Gill; Craig Milburn",
        "E22",
    ),
    # E23 Kayden's Saturday ED attendance (broken hand): SW notified Monday, school, GP letter
    (
        ACU,
        "2026-01-17 16:20",
        "Paed ED: 13y M, brought by MGM. R hand pain/swelling after punching a wall at home ~14:00 ('argument with mum'). XR: # neck R 5th metacarpal, 25 deg angulation. Neighbour strapping, fracture clinic 26/01. Known to CSC (CIN) - safeguarding notification sent.",
        "Kayden Dodds; Pat Dodds",
        "E23",
    ),
    (
        SCH,
        "2026-01-19 08:55",
        "KD in with R hand strapped - told form tutor he punched a wall on Sat and Nana Pat took him to A&E, 'it's broke'. Excused PE 3 wks, scribe for written work. HoY informed.",
        "Kayden; Nana Pat; HoY Ellison",
        "E23",
    ),
    (
        CSC,
        "2026-01-19",
        "Notification from the hospital safeguarding team: Kayden went to the Emergency Department on Saturday afternoon with his grandmother after punching a wall at home during an argument with his mum. He has a fracture in his hand.",
        "Kayden Dodds; Pat Dodds; Leanne Dodds",
        "E23",
    ),
    # E24 third core group
    (
        CSC,
        "2026-01-21 15:45",
        "Third core group at the Academy: Leanne, Pat, Mrs Tait and me; school nurse sent apologies (training). Ruby is well and her attendance is good. Leanne has started the Freedom Programme. Moving date agreed for 9 February. Kayden's broken hand to be picked up at his child in need meeting.",
        "Leanne Dodds; Pat Dodds; Mrs Tait; SW Storey; Ruby Charlton; Kayden Dodds",
        "E24",
    ),
    (
        SCH,
        "2026-01-21 15:45",
        "CG - DSL. Ruby 96%. Nurture group ending Feb half-term. School keeping Ruby + KD after the move (bus passes).",
        "Ruby; Kayden; Mrs Tait",
        "E24",
    ),
    # E25 a phone call described in different words at each end
    (
        SCH,
        "2026-01-22 10:05",
        "KD absent Tue-Thu (20-22/1), no call from home, Mum's phone off. Rang SW 10am - SW going round this pm.",
        "Kayden; Mum; SW Storey; Mrs Tait",
        "E25",
    ),
    (
        CSC,
        "2026-01-22 10:05",
        "Telephone call from Joanne Tait: Kayden has not been in since Tuesday and nobody at home is picking up. Said I would call round this afternoon.",
        "Mrs Tait; Kayden Dodds",
        "E25",
    ),
    (
        CSC,
        "2026-01-22 16:00",
        "Home visit. Kayden still in bed at 4pm. He says boys at school are saying his mum's boyfriend is 'going down' and everyone knows. Leanne had not realised he was not going in. Kayden agreed to go tomorrow if Pat takes him.",
        "Kayden Dodds; Leanne Dodds; Pat Dodds",
        None,
    ),
    (
        ACU,
        "2026-01-26 09:30",
        "Fracture clinic: Kayden - R 5th MC neck #. Clinically united. Buddy strapping 2 wks, no further f/u.",
        "Kayden Dodds",
        None,
    ),
    (
        GP,
        "2026-01-27",
        "ED + fracture clinic letter 17/01/26: Kayden - boxer's # R 5th metacarpal after punching wall. Buddy strap. Nil GP action.",
        "Kayden",
        "E23",
    ),
    (
        POL,
        "2026-01-30",
        "Report submitted for RCPC 04/02 (CHARLTON, Ruby): MILBURN charged, Crown Court trial w/c 01/06, bail conds complied with. OIC unable to attend.",
        "Ruby Charlton; MILBURN; DC Armstrong",
        None,
    ),
    # ---------------- February ----------------
    # E26 review conference (GP joins by video this time)
    (
        CSC,
        "2026-02-04 10:00",
        "Review child protection conference for Ruby, chaired by Maureen Hall. Present: Leanne, Pat, SW Storey, Mrs Tait, Claire Wardle (school nurse), Dr Mistry (GP, by video). Police report received. Kayden's child in need plan also reviewed. Ruby remains subject to a child protection plan (physical abuse): the risk from Craig is lower while his bail conditions are in place but has not gone, and Leanne has not yet finished the Freedom Programme. Next review in six months.",
        "Ruby Charlton; Kayden Dodds; Leanne Dodds; Pat Dodds; SW Storey; Mrs Tait; SN Wardle; Dr Mistry; Craig Milburn; IRO Hall",
        "E26",
    ),
    (
        SCH,
        "2026-02-04",
        "RCPC - DSL attended. Ruby stays on CP plan. KD CIN continues. Move 9/2 - bus passes sorted.",
        "Ruby; Kayden; Mrs Tait",
        "E26",
    ),
    (
        ZN,
        "2026-02-04",
        "RCPC (SN attended). Ruby remains CPP. SN health plan unchanged; ht/wt next term.",
        "Ruby; SN Wardle",
        "E26",
    ),
    (
        GP,
        "2026-02-04 12:00",
        "Dr Mistry joined review CP conf by video 10-11. Ruby - plan continues. GP actions: LD MH r/v monthly; chase CAMHS re KD.",
        "Ruby; LD; Kayden; Dr Mistry",
        "E26",
    ),
    # E27 moving day: key handover with the SW present
    (
        HOU,
        "A:2026-02-09:2026-02-13:w/c 09 Feb 2026",
        "Tenancy sign-up + key handover, 8 Brantwood Gardens - Ms Dodds, SW present. Kittiwake Close ended by transfer (keys back 13/02). Starter pack + furniture grant £600.",
        "Leanne Dodds; SW Storey",
        "E27",
    ),
    (
        CSC,
        "2026-02-09 11:00",
        "Met Leanne and the housing officer at Brantwood Gardens to sign the tenancy and collect the keys. Pat and Leanne's brother moving the furniture today. Ruby and Kayden at school; they sleep at the new house from tonight.",
        "Leanne Dodds; HO Gill; Pat Dodds; Ruby Charlton; Kayden Dodds",
        "E27",
    ),
    # E28 Craig at the new address (Wed evening); Op Encompass reaches school on Friday
    (
        POL,
        "2026-02-25 19:35",
        "Occ 26/031877. Call from DODDS, Leanne - MILBURN at front door 8 Brantwood Gardens banging + shouting 'I know you're in'. Left in car prior to att (19:48). 2 x children present - girl hid upstairs with brother. PPN. Bail breach - arrest enquiry raised.",
        "Leanne Dodds; MILBURN; Ruby Charlton; Kayden Dodds",
        "E28",
    ),
    (
        CSC,
        "2026-02-26 10:40",
        "MASH: Police Protection Notice for last night - Craig came to the new house on Brantwood Gardens, banged on the door and shouted for Leanne; he left before the police arrived. Both children were in. Concerning that he found the new address within two weeks. Passed to SW Storey; IDVA updated.",
        "Craig Milburn; Leanne Dodds; Ruby Charlton; Kayden Dodds; SW Storey; IDVA Reay",
        "E28",
    ),
    (
        POL,
        "2026-02-26 07:10",
        "MILBURN arrested at his mother's addr - breach of bail. Denies, 'never been near'. Cell-site enquiries. Before court 27/02 - bail continued with EM tag, curfew 19:00-07:00 at mother's.",
        "MILBURN",
        None,
    ),
    (
        SCH,
        "2026-02-27 08:30",
        "Op Encompass rec'd today (delayed - incident Weds 25th evening at new address, ex-partner at the door). Both children present. Ruby told TA 'Craig was shouting at our new house'. DSL check-ins with both.",
        "Ruby; Kayden; Craig; Mrs Tait",
        "E28",
    ),
    # ---------------- March ----------------
    # E29 core group for Ruby, then E30 CIN meeting for Kayden straight after - same room, same people
    (
        CSC,
        "2026-03-04 15:30",
        "Fourth core group for Ruby at the Academy: Leanne, Pat, Mrs Tait, Claire Wardle and me. Ruby has settled at the new house but has started wetting the bed most nights; the school nurse will visit with me. Craig now on a tag with a curfew after coming to the house. Leanne finishes the Freedom Programme next week.",
        "Ruby Charlton; Leanne Dodds; Pat Dodds; Mrs Tait; SN Wardle; SW Storey; Craig Milburn",
        "E29",
    ),
    (
        SCH,
        "2026-03-04 15:30",
        "Core group (Ruby) - DSL. Attendance 94%. Tired some mornings. Nurture group finished - doing fine.",
        "Ruby; Mrs Tait",
        "E29",
    ),
    (
        CSC,
        "2026-03-04 16:30",
        "Child in need meeting for Kayden straight after the core group: Leanne, Mr Ellison and me. Kayden's behaviour has got worse since Craig turned up at the new house - two internal isolations this half term. CAMHS first appointment on 18 March. Kayden would not come into the meeting.",
        "Kayden Dodds; Leanne Dodds; Mr Ellison; SW Storey; Craig Milburn",
        "E30",
    ),
    (
        SCH,
        "2026-03-04 16:30",
        "CIN review (KD) - HoY. 41 behaviour points this half term, 2 x internal isolation. KD refused to attend.",
        "Kayden; HoY Ellison",
        "E30",
    ),
    # E31 Ruby's scooter fall and ED visit: school and SW told Monday, SN notified, GP letter
    (
        ACU,
        "2026-03-07 11:40",
        "Paed ED: 6y F, fell off scooter on path in park ~11:00, witnessed by mother + grandmother. 2cm superficial lac forehead above R eyebrow, no LOC, GCS 15. Glued. Injury consistent with mechanism. On CP plan - safeguarding team informed (email to SW).",
        "Ruby Charlton; Leanne Dodds; Pat Dodds",
        "E31",
    ),
    (
        SCH,
        "2026-03-09 08:45",
        "Mum told office Ruby came off her scooter at the park on Sat and had her head glued at the hospital. Small healing cut above R eyebrow. Logged for DSL.",
        "Mum; Ruby; Mrs Tait",
        "E31",
    ),
    (
        CSC,
        "2026-03-09",
        "Email from the hospital safeguarding team: Ruby was taken to the Emergency Department on Saturday after falling off her scooter in the park while Leanne and Pat watched. The cut on her forehead was glued; the doctors are satisfied the injury fits the explanation.",
        "Ruby Charlton; Leanne Dodds; Pat Dodds",
        "E31",
    ),
    (
        GP,
        "2026-03-09 10:20",
        "Ruby - PN wound check (glued lac forehead, A&E Sat). Clean, edges opposed. No further action.",
        "Ruby; Leanne Dodds",
        None,
    ),
    (
        ZN,
        "2026-03-10",
        "Paeds liaison notification: Ruby ED attendance 07/03/26 - fall from scooter, forehead lac glued. Mechanism consistent. No SN action.",
        "Ruby; SN Wardle",
        "E31",
    ),
    # E32 Kayden's third suspension and the call to the SW
    (
        SCH,
        "2026-03-12 12:40",
        "KD - suspension 5 days (12-18/3): threatened member of staff ('I'll smash your face in') and left site. 3rd FTS this year (12 days). Head considered PEX - instead AP at Northside Learning Centre 3 days/wk from 23/3 (6 wks, dual reg). Mum + SW informed.",
        "Kayden; Mum; SW Storey",
        "E32",
    ),
    (
        CSC,
        "2026-03-12 14:15",
        "Mr Ellison rang: Kayden has been sent home again, for five days, for threatening a teacher and walking out. The school will not exclude him permanently but wants him to go to the pupil referral unit part-time after the suspension.",
        "Mr Ellison; Kayden Dodds",
        "E32",
    ),
    (
        GP,
        "2026-03-17",
        "A&E letter 07/03/26 - Ruby: superficial lac forehead after scooter fall, tissue glue. D/c.",
        "Ruby",
        "E31",
    ),
    (
        CSC,
        "A:2026-03-16:2026-03-20:w/c 16 March 2026",
        "Spoke to Dean Charlton by phone about Ruby's contact: he would like overnight stays again. Explained the plan; contact at Pat's every other Saturday continues for now.",
        "Dean Charlton; Ruby Charlton; Pat Dodds",
        None,
    ),
    # E33 joint home visit SW + school nurse; the SW's own visit two days later is NOT it
    (
        ZN,
        "2026-03-24 13:30",
        "JHV with SW (G Storey) at new address. Ruby - nocturnal enuresis most nights since Feb (previously dry from age 4), daytime continent. Urinalysis NAD. ERIC info, fluids + toileting advice; referral to Bladder & Bowel service. Mum tired but engaging.",
        "Ruby; Mum; SW Storey; SN Wardle",
        "E33",
    ),
    (
        CSC,
        "2026-03-24 13:30",
        "Visited with Claire Wardle. Ruby has been wetting the bed most nights since they moved and Leanne is washing sheets every morning and is exhausted. Claire tested a sample, gave advice and is referring Ruby to a specialist clinic. Ruby proud of her own room.",
        "Ruby Charlton; Leanne Dodds; SN Wardle",
        "E33",
    ),
    (
        CSC,
        "2026-03-26 16:15",
        "Statutory visit on my own after school. Both children home. Kayden showed me his room and said Northside is 'alright'. Ruby cheerful; Leanne said the bed was dry last night. Craig has not been back since the tag.",
        "Kayden Dodds; Ruby Charlton; Leanne Dodds; Craig Milburn",
        None,
    ),
    # ---------------- April ----------------
    (
        HOU,
        "2026-04-08 11:00",
        "Settling-in visit, 8 Brantwood Gardens. Clean, furnished. Smoke alarms x2 tested - working. Kitchen fire door fitted. Rent account clear. Ms Dodds 'best I've felt in ages'.",
        "Leanne Dodds",
        None,
    ),
    # E34 kitchen fire in the early hours of Sunday: police, ED x2, EDT, Housing out of hours,
    # school told Monday, SN notified Tuesday, GP letter
    (
        POL,
        "2026-04-19 01:52",
        "Occ 26/062155. TWFRS request - house fire 8 Brantwood Gardens (kitchen). Att 02:04. Fire out on arrival; fire officer: chip pan left on hob. MILBURN, Craig present at addr contrary to bail (curfew at mother's) - intox, burn L hand (refused treatment), abusive to crew. Arrested breach of bail. DODDS, Leanne - intox, states MILBURN 'turned up' ~23:00 with drink and she let him in. DODDS, Kayden (13) woke to smoke alarm, got CHARLTON, Ruby (6) out of front door to neighbour's. Both CYP conveyed by ambulance to Paed ED, MGM attended. House uninhabitable. PPN x2.",
        "Craig Milburn; Leanne Dodds; Kayden Dodds; Ruby Charlton; Pat Dodds",
        "E34",
    ),
    (
        ACU,
        "2026-04-19 02:35",
        "Paed ED: Kayden 13y - house fire, smoke exposure ~5 min. Superficial partial thickness burn R forearm ~1% TBSA (passed kitchen getting sister out). SpO2 98% air, COHb 2.1%, CXR clear. Dressing, burns clinic f/u. Sister seen alongside; grandmother with them.",
        "Kayden Dodds; Pat Dodds; Ruby Charlton",
        "E34",
    ),
    (
        ACU,
        "2026-04-19 02:35",
        "Paed ED: Ruby 6y - house fire, smoke exposure, brought out by brother. No burns. SpO2 99%, chest clear, COHb 1.4%. Obs 4h normal. Both children d/c 06:30 to MGM's. CP plan - safeguarding referral to EDT (adults at home intoxicated).",
        "Ruby Charlton; Kayden Dodds; Pat Dodds",
        "E34",
    ),
    (
        CSC,
        "2026-04-19 03:20",
        "EDT: police report a kitchen fire at Brantwood Gardens in the early hours. Craig was in the house against his bail conditions and he and Leanne had been drinking; a chip pan was left on. Kayden woke to the alarm and got Ruby out. Both children are at the children's emergency department with Pat and will go to her house when discharged - Pat agrees. Leanne staying with a friend. Passed to the day team; email to SW Storey.",
        "Craig Milburn; Leanne Dodds; Kayden Dodds; Ruby Charlton; Pat Dodds; SW Storey",
        "E34",
    ),
    (
        HOU,
        "2026-04-19 09:40",
        "Out of hours (TWFRS notified 02:30): fire at 8 Brantwood Gardens - kitchen destroyed, smoke damage throughout. Emergency boarding + electrics isolated by contractor. Uninhabitable. Ms Dodds placed in emergency B&B; children with grandmother.",
        "Leanne Dodds; Pat Dodds",
        "E34",
    ),
    (
        SCH,
        "2026-04-20 08:30",
        "Nana Pat rang: fire at the new house in the early hours of Sunday. Ruby + KD staying with her; KD has a burn on his arm (A&E). Both off today, back tomorrow. DSL informed.",
        "Nana Pat; Ruby; Kayden; Mrs Tait",
        "E34",
    ),
    (
        POL,
        "2026-04-20 10:00",
        "MILBURN before Magistrates - breach of bail. Remanded in custody to Crown Court (trial w/c 01/06/26).",
        "MILBURN",
        None,
    ),
    # E35 strategy discussion on the Monday (SN reads the minutes on Friday)
    (
        CSC,
        "2026-04-20 11:00",
        "Strategy discussion (Teams) chaired by TM Purvis after the fire: DC Armstrong, Mrs Tait, Steve Gill (Tyneview Homes), SW Storey; school nurse not available. Leanne let Craig into the house in breach of his bail and both were drunk; a chip pan caught fire while the children slept. Agreed: section 47 enquiries for both children (neglect); the children to stay with Pat under a safety plan, Leanne's time with them supervised by Pat; legal planning meeting to be requested; the review conference to be brought forward, with Kayden considered at an initial conference alongside Ruby's review.",
        "Leanne Dodds; Craig Milburn; Ruby Charlton; Kayden Dodds; Pat Dodds; TM Purvis; DC Armstrong; Mrs Tait; HO Gill; SW Storey",
        "E35",
    ),
    (
        POL,
        "2026-04-20 11:00",
        "Strat disc re fire 19/04. MILBURN remanded today. s47 (CSC single agency - neglect). Police: fire accidental (TWFRS), no offence; crime for breach only.",
        "Ruby Charlton; Kayden Dodds; MILBURN; DC Armstrong",
        "E35",
    ),
    (
        SCH,
        "2026-04-20 11:00",
        "Strategy call 11am - DSL. Kids at Nana's on safety plan. Transport from Nana's OK - on bus route.",
        "Ruby; Kayden; Nana Pat; Mrs Tait",
        "E35",
    ),
    # E36 the mother's own ED visit the next afternoon (NOT the fire attendance) and its GP letter
    (
        ACU,
        "2026-04-20 15:10",
        "ED (adults): 32F self-presented - burn L palm from 'a pan at home' early Sun. Superficial partial thickness ~0.5%. Dressing, practice nurse 48h. States children with her mother; aware CSC involved.",
        "Leanne Dodds",
        "E36",
    ),
    (
        ZN,
        "2026-04-21 09:15",
        "Paeds liaison notification: Ruby + Kayden seen Paed ED 19/04 after house fire - smoke exposure; KD burn R forearm (burns clinic). Children at MGM's.",
        "Ruby; Kayden; MGM",
        "E34",
    ),
    (
        ZN,
        "2026-04-24",
        "Minutes of strat mtg 20/04 rec'd (SN unable to attend). SN actions: health review both CYP; enuresis f/u Ruby.",
        "Ruby; Kayden; SN Wardle",
        "E35",
    ),
    (
        HOU,
        "2026-04-27 12:00",
        "TA offered + accepted: 2-bed flat, 14 Quayside Court - Ms Dodds only (children remain with grandmother). Brantwood Gardens repairs - contractor start 05/05.",
        "Leanne Dodds",
        None,
    ),
    (
        GP,
        "2026-04-29",
        "ED letter 19/04/26 - Kayden: smoke exposure + superficial burn R forearm (house fire), burns clinic f/u. Ruby: smoke exposure, obs normal. Both d/c to MGM.",
        "Kayden; Ruby; MGM",
        "E34",
    ),
    # E37 fifth core group
    (
        CSC,
        "2026-04-29 15:45",
        "Core group for Ruby at the Academy, the first since the fire: Leanne, Pat, Mrs Tait, Claire Wardle, Steve Gill (housing) and me. The children are settled at Pat's. Leanne is in temporary accommodation and says she will 'never' let Craig back. Contact every day after school at Pat's. Pre-proceedings meeting on 6 May; conference on 13 May.",
        "Ruby Charlton; Kayden Dodds; Leanne Dodds; Pat Dodds; Mrs Tait; SN Wardle; HO Gill; SW Storey; Craig Milburn",
        "E37",
    ),
    (
        SCH,
        "2026-04-29 15:45",
        "CG (Ruby) - DSL. Ruby tired; wetting again (per Nana). Attendance 92%.",
        "Ruby; Nana Pat; Mrs Tait",
        "E37",
    ),
    (
        ZN,
        "2026-04-29",
        "CG attended (SN). Bladder & Bowel clinic appt 14/05. KD burn dressing - healed per MGM.",
        "Ruby; Kayden; MGM; SN Wardle",
        "E37",
    ),
    # ---------------- May ----------------
    (
        GP,
        "2026-05-01",
        "ED letter 20/04/26 - LD: superficial burn L palm (pan), dressed, PN f/u. D/c.",
        "Leanne Dodds",
        "E36",
    ),
    (
        CSC,
        "2026-05-06 10:00",
        "Pre-proceedings meeting at the Civic Centre: Leanne with her solicitor, Pat, TM Purvis, the local authority solicitor and me. Written agreement: the children stay with Pat; Leanne to work with the alcohol service and finish the Freedom Programme follow-up; no contact between Craig and the children; parenting assessment. Review in 12 weeks.",
        "Leanne Dodds; Pat Dodds; TM Purvis; SW Storey; Craig Milburn",
        None,
    ),
    # E38 the SW's phone call telling school about pre-proceedings
    (
        CSC,
        "2026-05-07 09:30",
        "Rang Mrs Tait to let the Academy know the local authority has started pre-proceedings and that Ruby and Kayden will stay with their grandmother for now; Leanne to see them only with Pat there.",
        "Mrs Tait; Ruby Charlton; Kayden Dodds; Pat Dodds; Leanne Dodds",
        "E38",
    ),
    (
        SCH,
        "2026-05-07 09:30",
        "SW phoned DSL: PLO mtg was yesterday. Kids staying at Nana Pat's; Mum only to see them with Nana present. Office + class teachers told: Mum NOT to collect alone.",
        "SW Storey; Mrs Tait; Nana Pat; Mum",
        "E38",
    ),
    # E39 combined conference (review for Ruby, initial for Kayden)
    (
        CSC,
        "2026-05-13 10:00",
        "Child protection conference - review for Ruby and initial for Kayden, chaired by Maureen Hall. Present: Leanne, Pat, SW Storey, TM Purvis, DC Armstrong, Mrs Tait, Mr Ellison, Claire Wardle, Steve Gill (Tyneview Homes). Ruby remains subject to a child protection plan, the category changed from physical abuse to neglect. Kayden made subject to a child protection plan under the category of neglect. The plan links to the pre-proceedings written agreement. Next review in three months.",
        "Ruby Charlton; Kayden Dodds; Leanne Dodds; Pat Dodds; SW Storey; TM Purvis; DC Armstrong; Mrs Tait; Mr Ellison; SN Wardle; HO Gill; IRO Hall",
        "E39",
    ),
    (
        POL,
        "2026-05-13 10:00",
        "CP conf (RCPC/ICPC) attended DC Armstrong. Both CYP CP plans - neglect. MILBURN remanded, trial 01/06.",
        "Ruby Charlton; Kayden Dodds; DC Armstrong; MILBURN",
        "E39",
    ),
    (
        SCH,
        "2026-05-13",
        "Conference - DSL + HoY. Ruby: CPP continues (now neglect). KD: CPP (neglect), CIN closes. AP placement extended to end of term.",
        "Ruby; Kayden; Mrs Tait; HoY Ellison",
        "E39",
    ),
    (
        ZN,
        "2026-05-13",
        "RCPC/ICPC attended (SN). Both children CPP - neglect. SN: initial health review KD (new CPP); enuresis plan Ruby.",
        "Ruby; Kayden; SN Wardle",
        "E39",
    ),
    # E40 Kayden missing on Friday night
    (
        POL,
        "2026-05-15 22:05",
        "Missing person report from DODDS, Pat - grandson DODDS, Kayden (13) not back at her addr by 21:00, phone off. Medium risk (CP plan, age). Located 01:35 in park with older youths, smelled of cannabis; returned to MGM's by officers. Safe and well done. RHI referral.",
        "Pat Dodds; Kayden Dodds",
        "E40",
    ),
    (
        CSC,
        "2026-05-15 23:00",
        "EDT: police report that Kayden (13, child protection plan) has not come home to his grandmother's since 9pm; Pat has looked everywhere. Police searching. Update 01:50 - Kayden found and taken back to Pat's. Day team to arrange a return home interview.",
        "Kayden Dodds; Pat Dodds",
        "E40",
    ),
    (
        SCH,
        "2026-05-18 08:40",
        "Nana Pat rang: KD went missing Fri night, police brought him back early Sat. KD at AP today (Mon). DSL informed Northside.",
        "Nana Pat; Kayden; Mrs Tait",
        "E40",
    ),
    (
        CSC,
        "2026-05-19 16:00",
        "Return home interview with Kayden at Pat's. He was with lads he knows from Northside, older than him; he had 'a bit' of cannabis; nobody asked him to carry or sell anything. Exploitation screening completed - medium. Discussed at the next core group.",
        "Kayden Dodds; Pat Dodds",
        None,
    ),
    (
        SCH,
        "M:2026-05",
        "May attendance summary: Ruby 93.1%; KD 71.4% (Academy + AP combined). Letters to carer (Nana Pat).",
        "Ruby; Kayden; Nana Pat",
        None,
    ),
    # ---------------- June ----------------
    # E41 core group for both children; the SN could not attend and sent a written update (NOT it)
    (
        ZN,
        "2026-06-02",
        "Unable to attend core group 03/06 (Y8 immunisation session). Written update emailed to SW: Ruby enuresis alarm in use; KD initial health review booked 09/06.",
        "Ruby; Kayden; SN Wardle; SW Storey",
        None,
    ),
    (
        CSC,
        "2026-06-03 15:45",
        "Core group for both children at the Academy: Leanne, Pat, Mrs Tait, Mr Ellison and me; written update from the school nurse. Kayden's missing episode and cannabis use discussed - referral to the young people's substance misuse service and a curfew agreed with Pat. Leanne has attended four alcohol service sessions. The children remain at Pat's.",
        "Ruby Charlton; Kayden Dodds; Leanne Dodds; Pat Dodds; Mrs Tait; Mr Ellison; SW Storey",
        "E41",
    ),
    (
        SCH,
        "2026-06-03 15:45",
        "CG (both) - DSL + HoY. KD AP attendance 64%, Academy days 80%. Ruby 93%, settled at Nana's.",
        "Ruby; Kayden; Nana Pat; Mrs Tait; HoY Ellison",
        "E41",
    ),
    # E42 sentencing and the OIC's call to the SW
    (
        POL,
        "2026-06-05 16:30",
        "MILBURN - Crown Court: guilty pleas entered 01/06 (NFS on DODDS, Leanne; assault by beating DODDS, Kayden; breach of bail x2). Sentenced today: 26 months imprisonment; restraining order 5 yrs (LD, KD, RC). OIC informed SW by tel.",
        "MILBURN; Leanne Dodds; Kayden Dodds; Ruby Charlton; DC Armstrong; SW Storey",
        "E42",
    ),
    (
        CSC,
        "2026-06-05 16:45",
        "DC Lisa Armstrong rang: Craig pleaded guilty on Monday and was sentenced today to 26 months in prison, with a five-year restraining order protecting Leanne and both children. Will tell Leanne and Pat tonight.",
        "DC Armstrong; Craig Milburn; Leanne Dodds; Pat Dodds",
        "E42",
    ),
    (
        ZN,
        "2026-06-09 10:30",
        "Initial health review (CPP) - Kayden in school. Ht/wt 50th. Burn R forearm healed, faint scar. Smoking + cannabis brief intervention; consents to YP substance service referral. Sleep improved at Nana's.",
        "Kayden; Nana Pat; SN Wardle",
        None,
    ),
]


def main():
    out = HERE / "case_as.json"
    casegen.build(
        "as",
        "A 6-year-old and a 13-year-old in the north-east of England; mother's new partner's "
        "domestic abuse (strangulation, MARAC), the 6-year-old's unexplained facial bruising "
        "(s47, ICPC), the 13-year-old's suspensions and a LADO allegation, a house move on DA "
        "grounds, a kitchen fire with the partner there in breach of bail, PLO; 7 agencies, "
        "Sep 2025 - Jun 2026 (lags, abbreviation/word pairs, same-day look-alike meetings)",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
