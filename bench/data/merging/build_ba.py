# ruff: noqa
"""Writing aid for case_ba (fictional; written blind, see case_ba_README.md).

    python3 bench/data/merging/build_ba.py      # writes bench/data/merging/case_ba.json

A family of five made homeless by eviction and living first in one hostel room (temporary
accommodation) and then, from March 2026, in a temporary flat eight miles away. Poppy (6) has
faltering growth and is repeatedly not brought to appointments; Kai (15) goes missing twice and
is found in another county at an address used for drug supply, then is arrested; Alfie (2) is the
baby of the family. Father Craig has a gambling addiction and debts (bailiffs, a lost Universal
Credit payment). Early help (EHA, two TAF meetings) -> child in need (two CIN meetings) ->
two strategy discussions -> paediatric admission for observed feeding -> ICPC and two core groups.
Eight agencies, Nov 2025 - May 2026. Hand-written entries plus seeded routine filler
(casegen.filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("phn", "%d %b %y")  # 13 Jan 26
casegen.STYLES.setdefault("sec", "%a %d %b %Y")  # Tue 13 Jan 2026

CSC = "Children's Social Care"
POL = "Police"
GP = "Brookside Medical Practice"
PHN = "0-19 Public Health Nursing"
ACU = "Acute hospital"
PRI = "Hollybank Primary School"
SEC = "Ashworth Academy"
HOU = "Housing Options"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (PHN, "health", "phn"),
    (ACU, "health", "health"),
    (PRI, "education", "school"),
    (SEC, "education", "sec"),
    (HOU, "other", "iso"),
]

PEOPLE = [
    ("Poppy Brennan", ["Poppy", "PB"], "Child P (6)", "child"),
    ("Kai Brennan", ["Kai", "KB", "BRENNAN, Kai"], "Child K (15)", "child"),
    ("Alfie Brennan", ["Alfie"], "Child A (2)", "child"),
    (
        "Danielle Brennan",
        ["Danielle", "Ms Brennan", "Mum", "DB", "BRENNAN, Danielle"],
        "Mother",
        "parent",
    ),
    ("Craig Brennan", ["Craig", "Mr Brennan", "Dad", "CB", "BRENNAN, Craig"], "Father", "parent"),
    ("Shannon Pike", ["Shannon", "Aunt Shannon"], "Maternal aunt", "family"),
    ("Rachel Osei", ["SW Osei", "R Osei"], "Social worker", "professional"),
    ("Mark Doyle", ["TM Doyle"], "Team manager", "professional"),
    ("Jade Kerr", ["Jade", "J Kerr"], "Missing and exploitation worker (RHI)", "professional"),
    ("Nina Booth", ["DC Booth"], "Detective constable (exploitation team)", "professional"),
    ("Lee Ashby", ["PC Ashby"], "Police constable", "professional"),
    ("Anil Mehta", ["Dr Mehta"], "GP", "professional"),
    ("Joanne Tate", ["SN Tate", "Joanne", "JT"], "School nurse", "professional"),
    ("Kerry Walsh", ["HV Walsh", "KW"], "Health visitor", "professional"),
    ("Sarah Hinds", ["Mrs Hinds", "DSL Hinds"], "Primary school DSL", "professional"),
    ("Paul Okafor", ["Mr Okafor", "HoY Okafor"], "Head of Year 10 / deputy DSL", "professional"),
    ("Claire Whitfield", ["Dr Whitfield"], "Consultant paediatrician", "professional"),
    (
        "Beth Ollerton",
        ["SG nurse Ollerton", "B Ollerton"],
        "Hospital safeguarding nurse",
        "professional",
    ),
    ("Gemma Royle", ["Gemma", "GR"], "Housing officer (temporary accommodation)", "professional"),
    ("Tariq Hussain", ["Tariq", "MAO Hussain"], "Money advice officer (Housing)", "professional"),
    ("Helen Price", ["Chair Price"], "Child protection conference chair", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        GP,
        "Y:2024",
        "Craig - low mood, anxiety. Discloses problem gambling (online slots, sports betting), PGSI 14. Signposted GamCare + NHS gambling clinic - declined referral at present.",
        "Craig",
        None,
    ),
    (
        PHN,
        "M:2024-02",
        "NCMP (Reception) at Hollybank: Poppy ht 106cm (25th), wt 16.9kg (9th). Results letter to parents. No FU.",
        "Poppy",
        None,
    ),
    (
        POL,
        "M:2025-08",
        "Intel 25/I/33812 - BRENNAN, Kai (15) seen with 2 older males known for drug supply, Ashworth bus station. Stop search - NFD.",
        "BRENNAN, Kai",
        None,
    ),
    (
        HOU,
        "2025-10-14",
        "HRA 2017 approach - Ms Brennan. Possession order 14 Elm Terrace (s8, rent arrears £4,120). Prevention duty accepted; PHP started. Warrant of possession expected November. Household: 2 adults, 3 children (15, 6, 2).",
        "Ms Brennan",
        None,
    ),
    (
        GP,
        "2025-11-04",
        "Poppy - WNB asthma r/v (practice nurse). Text reminder sent to Mum.",
        "Poppy; Mum",
        None,
    ),
    # ---------------- November 2025 ----------------
    # E01 eviction and placement in temporary accommodation
    (
        HOU,
        "2025-11-12 14:30",
        "Homeless on day of eviction (county court bailiffs, 14 Elm Terrace, 10:00). s188 interim duty accepted. TA: Granville House, Rm 12 - one room, shared kitchen/bathroom. Placed 16:00, licence signed by Ms Brennan. TA officer Gemma Royle allocated.",
        "Ms Brennan; Mr Brennan; Kai; Poppy; Alfie; Gemma",
        "E01",
    ),
    (
        PHN,
        "2025-11-12 11:00",
        "HV (KW) - 2-2.5yr review for Alfie booked at 14 Elm Terrace: no access, curtains drawn, van outside. Card left. Rebook.",
        "Alfie; HV Walsh",
        None,
    ),
    (
        PRI,
        "2025-11-13 08:50",
        "Mum at office - family were evicted yesterday and the council has put them in a hostel (Granville House, Room 12). New address on SIMS. Poppy late 9.20 (bus). Mrs Hinds told.",
        "Poppy; Mum; Mrs Hinds",
        "E01",
    ),
    (
        SEC,
        "A:2025-11-10:2025-11-14:w/c 10/11/25",
        "Mum phoned Student Services - family lost their house on Wednesday, now in temporary accommodation at Granville House. Address updated; HoY aware. Kai late 3 days this week.",
        "Kai; Mum; Mr Okafor",
        "E01",
    ),
    # E02 DSL rings school nursing (shares only the people)
    (
        PRI,
        "2025-11-19 12:40",
        "DSL rang the school nursing team. Poppy constantly hungry, has taken food out of other children's lunchboxes twice this week, looks thin and pale, coat too small. Asked for a nurse to see her - Joanne coming in next Wednesday.",
        "Poppy; Mrs Hinds; Joanne",
        "E02",
    ),
    (
        PHN,
        "2025-11-19",
        "Tel from Hollybank DSL: Y2 pupil - food seeking, appears underweight; family recently homeless (hostel). SN to wt/ht in school 26/11, parental consent to be sought.",
        "Poppy; Mrs Hinds; SN Tate",
        "E02",
    ),
    # E03 school nurse assessment in school; her letter reaches the GP 12 days later
    (
        PHN,
        "2025-11-26 10:15",
        "SN (JT) in school. Poppy 6y6m: wt 15.1kg (<0.4th), ht 111cm (9th) - wt fallen from 9th (NCMP). Quiet, pale, dry lips; 'had crisps for breakfast'. Mum consented by phone - says Poppy 'picky', family in one room, no cooker. Letter to GP req r/v + consider paed referral. Food bank info via school.",
        "Poppy; Mum; SN Tate",
        "E03",
    ),
    (
        PRI,
        "2025-11-26",
        "School nurse in to see Poppy (height and weight) - Mum gave consent over the phone. Joanne will write to the GP. Poppy put on breakfast club list.",
        "Poppy; Mum; Joanne",
        "E03",
    ),
    (
        HOU,
        "2025-11-26 14:00",
        "TA inspection Granville House Rm 12 (GR). Ms Brennan + Alfie present. Room cluttered: 1 double, 2 singles, travel cot. No cooking facilities in room - shared kitchen on 1st floor. Licence conditions reminded.",
        "Ms Brennan; Alfie; Gemma",
        None,
    ),
    # ---------------- December 2025 ----------------
    (
        GP,
        "2025-12-08",
        "Letter SN (J Tate) 26/11: Poppy wt 15.1kg <0.4th, ht 9th, fallen from 9th. Food seeking. Family in TA. Req GP r/v + ?paed ref. Appt booked 10/12.",
        "Poppy; SN Tate",
        "E03",
    ),
    (
        GP,
        "2025-12-10 10:40",
        "Poppy - WNB wt r/v (booked after SN letter). 2nd WNB in 6/52. Tel Mum x2 - no answer. WNB letter sent.",
        "Poppy; Mum; Dr Mehta",
        None,
    ),
    # E04 Saturday-night police call to the hostel and the Monday notifications
    (
        POL,
        "2025-12-13 23:40",
        "Occ 25/188231. Call from night manager Granville House - shouting Rm 12. Officers att 23:58 (PC Ashby). BRENNAN, Craig + BRENNAN, Danielle - verbal argument over money; C BRENNAN admits losing UC payment (£640) on betting apps. No assault alleged, no injuries. 3 children in room - 15yo awake, 6yo + 2yo woken. DASH standard. C BRENNAN to brother's for the night. PPN submitted.",
        "BRENNAN, Craig; BRENNAN, Danielle; Kai; Poppy; Alfie; PC Ashby",
        "E04",
    ),
    (
        PRI,
        "2025-12-15 08:35",
        "Op Encompass - police called to Granville House Saturday night, Mum and Dad arguing, Poppy in the room. DSL spoke to Poppy: 'Daddy was shouting about money'. Seemed OK, ate all her toast at breakfast club.",
        "Poppy; Mum; Dad; Mrs Hinds",
        "E04",
    ),
    (
        SEC,
        "2025-12-15 08:40",
        "Operation Encompass email: police attended Kai's home (Granville House) 13/12 - verbal argument between parents. HoY informed. Kai seen P1 - 'it's nothing, it's always like that'.",
        "Kai; Mr Okafor",
        "E04",
    ),
    (
        CSC,
        "2025-12-15 09:50",
        "MASH: Police Protection Notice received for Saturday night at Granville House, where the family are living in temporary accommodation. Verbal argument between Ms Brennan and Mr Brennan about money - he had gambled away their Universal Credit payment. All three children were in the room. Standard risk, no previous domestic abuse. Health share that the school nurse is worried about Poppy's weight. Outcome: below the threshold for a child in need assessment at this point; Early Help Assessment recommended, to be led by Hollybank Primary. Letter to Ms Brennan.",
        "Danielle Brennan; Craig Brennan; Kai Brennan; Poppy Brennan; Alfie Brennan",
        "E04",
    ),
    (
        HOU,
        "2025-12-15",
        "Incident report from Granville House night manager: police called to Rm 12 Sat 13/12 approx 23:30 for shouting; Mr Brennan left for the night. Licence warning letter (noise) to both.",
        "Mr Brennan; Ms Brennan; Gemma",
        "E04",
    ),
    (
        GP,
        "2025-12-16 11:20",
        "Craig - low mood, 'made a mess of everything'; lost the family's UC on betting apps, says police came to the hostel at the weekend. PHQ-9 16, no active SI, protective factors = children. NHS gambling clinic self-referral details given. Sertraline 50mg od. R/v 2/52.",
        "Craig; Dr Mehta",
        None,
    ),
    (
        PHN,
        "2025-12-17 10:00",
        "HV 2-2.5yr review (Alfie) at Granville House Rm 12. ASQ-3: communication below cut-off, others above. Wt 11.2kg (25th). Sleeping in travel cot, too small. Mum low, 'no space to play'. Referral to SLT drop-in.",
        "Alfie; Mum; HV Walsh",
        None,
    ),
    (
        PRI,
        "2025-12-18",
        "EHA started with Mum (DSL). Needs: housing, food/money, Poppy's weight, Kai's lateness at the Academy, Dad's gambling. TAF to be booked for January.",
        "Mum; Poppy; Kai; Dad; Mrs Hinds",
        None,
    ),
    # ---------------- January 2026 ----------------
    (
        SEC,
        "A:2026-01-05:2026-01-09:w/c 5/1/26",
        "Kai - 3 lates and a missed detention this week. Parents contacted - no answer, text sent.",
        "Kai",
        None,
    ),
    # E05 enforcement agents at the hostel, police called; Housing gets the incident report next day
    (
        POL,
        "2026-01-08 10:20",
        "Occ 26/003914. Call from Granville House staff - enforcement agents (High Court writ, CCJ) on premises to take control of vehicle; male occupant 'threatening'. Officers att 10:35 to prevent BOP. BRENNAN, Craig abusive, calmed by officers. Vehicle removed by agents. Female + 2yo present. No offences. NFA.",
        "BRENNAN, Craig; BRENNAN, Danielle; Alfie",
        "E05",
    ),
    (
        GP,
        "2026-01-08 16:30",
        "Craig - r/v mood. PHQ-9 12, 'bailiffs took the car this morning'. 1st appt NHS gambling clinic 14/01. Cont sertraline 50mg.",
        "Craig; Dr Mehta",
        None,
    ),
    (
        GP,
        "2026-01-13 12:10",
        "Tel consult w/ Mum re Poppy - rebooked wt r/v 21/01 (after 2 WNB). Mum says she was 'at a school meeting this morning'; will bring Poppy.",
        "Poppy; Mum; Dr Mehta",
        None,
    ),
    (
        HOU,
        "2026-01-09",
        "Granville House incident report (08/01): High Court enforcement officers attended re Mr Brennan's CCJ and took his car; staff called police when Mr Brennan became aggressive in reception. No damage. MAO referral (debt) made; GR to discuss at next visit.",
        "Mr Brennan; Gemma; Tariq",
        "E05",
    ),
    # E06 TAF 1 (minutes reach Housing six days later)
    (
        PRI,
        "2026-01-13 09:00",
        "TAF meeting 1 (DSL lead professional). Present: Mum, Dad, Joanne Tate (SN), Mr Okafor (Ashworth Academy), Gemma Royle (Housing, by phone). EHA plan: breakfast club + FSM application for Poppy; SN to weigh monthly; Mum to rebook Poppy's GP appt and attend; Housing to chase move from Granville House; mentor for Kai; Dad to money advice. Next TAF 27.01.",
        "Mum; Dad; Poppy; Kai; Joanne; Mr Okafor; Gemma; Mrs Hinds",
        "E06",
    ),
    (
        PHN,
        "2026-01-13",
        "TAF at Hollybank Primary - SN attended. SN actions: monthly wt/ht in school; liaise with GP re 2 x WNB.",
        "Poppy; SN Tate",
        "E06",
    ),
    (
        SEC,
        "2026-01-13",
        "HoY attended Team Around the Family meeting at Hollybank Primary (sister's school). Kai: attendance 81%, 3 detentions for lateness. Academy to offer a mentor and a bus pass.",
        "Kai; Mr Okafor",
        "E06",
    ),
    (
        HOU,
        "2026-01-19",
        "TAF minutes rec'd by email from Hollybank Primary (meeting 13/01, GR joined by phone). Housing action: TA suitability review / chase self-contained unit.",
        "Gemma; Ms Brennan",
        "E06",
    ),
    (
        HOU,
        "2026-01-20 10:00",
        "Money advice appt (Tariq) - Mr + Ms Brennan. Debts approx £11,400: CCJ £3,900 (car taken by enforcement agents 08/01, police were called), payday loans x3, council tax, former tenancy arrears. Mr Brennan disclosed gambling - gambling block set up on bank app. DRO eligibility to check. UC £1,590/m.",
        "Mr Brennan; Ms Brennan; Tariq",
        None,
    ),
    (
        HOU,
        "M:2026-01",
        "January 2026 - TA charge arrears Granville House £212; HB claim for TA pending evidence.",
        "Ms Brennan",
        None,
    ),
    # E07 GP referral to paediatrics, received and triaged 8 days later
    (
        PHN,
        "2026-01-21 09:30",
        "SN monthly wt in school: Poppy 15.0kg (<0.4th) - no gain since Nov. Poppy says Mum is taking her to the doctor's 'after school'.",
        "Poppy; Mum; SN Tate",
        None,
    ),
    (
        PRI,
        "2026-01-21",
        "Poppy started at breakfast club (funded through EHA). Ate 2 slices toast + cereal.",
        "Poppy",
        None,
    ),
    (
        GP,
        "2026-01-21 16:10",
        "Poppy - seen w/ Mum. Wt 14.9kg (<0.4th), ht 111.5cm (9th). Food seeking at school per SN. Diet: crisps, noodles, cereal - one-room TA, no cooker. O/E thin, no dysmorphism, abdo soft, no organomegaly. ?FTT - dietary/social vs organic. Bloods req (FBC, coeliac, TFT, U&E). Referral to general paeds sent. Mum agrees.",
        "Poppy; Mum; Dr Mehta",
        "E07",
    ),
    (
        SEC,
        "2026-01-23 13:40",
        "Kai left site at lunch without permission - absent P5-6 (truancy). Mum texted 13:40; she replied she would 'speak to him tonight'.",
        "Kai; Mum",
        None,
    ),
    # E08 Kai's first missing episode (Fri night) and Monday notifications
    (
        POL,
        "2026-01-23 23:05",
        "Occ 26/010872. MFH - BRENNAN, Kai (15). Reported by mother 22:50: not home from school, phone off. 1st episode. Risk medium (intel 08/25 assoc older males). Enquiries at friends' addrs, bus station. PNC circulated.",
        "BRENNAN, Kai; BRENNAN, Danielle",
        "E08",
    ),
    (
        POL,
        "2026-01-24 10:40",
        "Occ 26/010872 update - BRENNAN, Kai returned to Granville House 10:15 of own accord. S&W check (PC Ashby): says stayed at a friend's in Ashworth, won't name. No injuries. Episode closed. RHI referral to CSC.",
        "BRENNAN, Kai; PC Ashby",
        "E08",
    ),
    (
        SEC,
        "2026-01-26 08:30",
        "Police missing notification (via HoY): Kai reported missing Friday night, home Saturday morning. Kai in today, tired, didn't want to talk. RHI worker to contact school.",
        "Kai; Mr Okafor",
        "E08",
    ),
    (
        CSC,
        "2026-01-26 09:30",
        "Missing notification from the police: Kai Brennan was reported missing by his mother on Friday evening and came back by himself on Saturday morning. He told officers he had been at a friend's house. First known missing episode. Passed to the Missing and Exploitation team for a return home interview.",
        "Kai Brennan; Danielle Brennan; Jade",
        "E08",
    ),
    (
        SEC,
        "2026-01-26 15:00",
        "Written update sent to Hollybank for TAF 27/01 (HoY cannot attend - Y11 mocks): Kai attendance 78%, 4 lates, mentor sessions started.",
        "Kai; Mr Okafor",
        None,
    ),
    # E09 TAF 2 (and the primary school's minutes six days later); E10 the referral sent after it
    (
        PRI,
        "2026-01-27 09:00",
        "TAF 2 (DSL). Mum came, Dad didn't. SN and Housing (Gemma) present; Academy sent a written update. Poppy: weight no better, still hungry at lunch; GP has referred to paediatrics. Kai missing over the weekend. Mum tearful - 'can't cope in one room'. Agreed needs are beyond early help - DSL to refer to Children's Services today, Mum consents.",
        "Mum; Dad; Poppy; Kai; Joanne; Gemma; Mrs Hinds",
        "E09",
    ),
    (
        PHN,
        "2026-01-27",
        "TAF 2 at Hollybank - SN attended. Wt 15.0kg on 21/01. Agreed to escalate to CSC. SN to give health info for assessment.",
        "Poppy; SN Tate",
        "E09",
    ),
    (
        HOU,
        "2026-01-27 09:00",
        "TAF review at Hollybank Primary (GR). Update: Granville House unsuitable beyond 6 wks (one room, 5 people) - on list for 2-bed self-contained TA. Family agree to escalation to CSC.",
        "Gemma; Ms Brennan",
        "E09",
    ),
    (
        PRI,
        "2026-01-27 15:40",
        "Referral form to MASH sent by secure email - Poppy (weight, food seeking), Kai (missing), Alfie; family of 5 in one room, money crisis, Dad's gambling. Mum consented.",
        "Poppy; Kai; Alfie; Mum; Dad; Mrs Hinds",
        "E10",
    ),
    # E11 return home interview held at the Academy
    (
        CSC,
        "2026-01-28 13:30",
        "Return home interview (Jade Kerr) with Kai at Ashworth Academy. Kai said he 'just needed space' from the hostel and stayed at a friend's flat in town; would not give names. Denied anyone had asked him to carry or hold anything. Push factors: overcrowding, rows about money at home. Agreed to meet again. Shared with the police missing coordinator.",
        "Kai Brennan; Jade",
        "E11",
    ),
    (
        SEC,
        "2026-01-28 13:30",
        "Kai out of P4 to see the worker from the missing team (Room 2). Mr Okafor checked in afterwards - Kai 'fine'.",
        "Kai; Mr Okafor",
        "E11",
    ),
    (
        ACU,
        "2026-01-29 10:00",
        "Paediatric outpatients - referral rec'd from Brookside MP (Dr Mehta, dated 21/01/26): 6y girl, faltering growth, wt <0.4th, food seeking, family in temporary accommodation. Triaged by Dr Whitfield - soon appt, general paeds clinic 04/02/26.",
        "Poppy Brennan; Dr Mehta; Dr Whitfield",
        "E07",
    ),
    (
        CSC,
        "2026-01-29 11:20",
        "MASH: referral received from Hollybank Primary School (designated safeguarding lead, sent on 27 January) after their Team Around the Family review. Poppy's weight has dropped from the 9th centile to below the 0.4th; Kai went missing last weekend; the family of five are living in one room; Mr Brennan has gambling debts. Previous PPN 13 December. Decision: child and family assessment under section 17 - allocated to Rachel Osei.",
        "Poppy Brennan; Kai Brennan; Alfie Brennan; Craig Brennan; Mrs Hinds; SW Osei",
        "E10",
    ),
    # ---------------- February 2026 ----------------
    (
        PRI,
        "2026-02-02",
        "Minutes of TAF 2 (27.01.26) typed up and sent to Mum, SN, Housing and the Academy. EHA to close once CSC allocate.",
        "Mum; Mrs Hinds",
        "E09",
    ),
    (
        CSC,
        "2026-02-03 14:00",
        "First assessment visit to Granville House. Ms Brennan, Mr Brennan and Alfie present; Poppy and Kai at school. One room for five people, clothes in bags, a kettle and a microwave. Ms Brennan said food runs out before the end of the month. Mr Brennan acknowledged his gambling and said he is going to a clinic.",
        "Danielle Brennan; Craig Brennan; Alfie Brennan; SW Osei",
        None,
    ),
    # E12 paediatric clinic - was not brought; the GP files the letter 12 days later
    (
        PRI,
        "2026-02-04",
        "Poppy in school all day. Took a yoghurt from another child's tray at lunch. Spoke to Mum at pick-up about the FSM form - not done yet, helped her fill it in.",
        "Poppy; Mum",
        None,
    ),
    (
        ACU,
        "2026-02-04 14:00",
        "Gen paeds clinic (Dr Whitfield) - Poppy Brennan WNB. Tel mother: 'forgot', no bus fare. Rebooked 25/02/26. Was Not Brought policy - SG team notified; letter to GP + SN.",
        "Poppy Brennan; Danielle Brennan; Dr Whitfield",
        "E12",
    ),
    (
        CSC,
        "2026-02-10",
        "Child and family assessment completed. Poppy, Kai and Alfie are children in need under section 17: overcrowded temporary accommodation, food insecurity, Poppy's faltering growth, Kai's missing episode, Mr Brennan's gambling. Child in need plan; first CIN meeting 12 February.",
        "Poppy Brennan; Kai Brennan; Alfie Brennan; Craig Brennan; SW Osei",
        None,
    ),
    # E13 first child in need meeting
    (
        CSC,
        "2026-02-12 10:00",
        "Child in need meeting (first), at Hollybank Primary, chaired by SW Osei. Present: Ms Brennan, Mr Brennan, Mrs Hinds, Mr Okafor (Ashworth Academy), Joanne Tate (school nurse), Gemma Royle (Housing). Plan: section 17 payment for food vouchers and bus passes; SW to drive Poppy and her mother to the paediatric clinic on 25 February; Kai to be screened by the exploitation team; Mr Brennan to keep going to the gambling clinic and to money advice; Housing to prioritise a self-contained flat. Review in about four weeks.",
        "Danielle Brennan; Craig Brennan; Poppy Brennan; Kai Brennan; Alfie Brennan; Mrs Hinds; Mr Okafor; Joanne; Gemma; SW Osei",
        "E13",
    ),
    (
        GP,
        "2026-02-12 11:30",
        "Craig - r/v. Attending gambling clinic weekly (CBT). PHQ-9 10. Cont sertraline.",
        "Craig; Dr Mehta",
        None,
    ),
    (
        PRI,
        "2026-02-12 10:00",
        "CIN mtg 1 in school (Rm 3) - DSL. Poppy wt still <0.4th. School: breakfast club, FSM now in place, daily check-in with TA.",
        "Poppy; Mrs Hinds; SW Osei",
        "E13",
    ),
    (
        SEC,
        "2026-02-12",
        "HoY at CIN meeting (Hollybank Primary). Kai: attendance 77%, mentoring weekly. Academy to complete exploitation screening tool.",
        "Kai; Mr Okafor",
        "E13",
    ),
    (
        PHN,
        "2026-02-12",
        "CIN mtg (SN). Health plan: SN monthly wts; paed OPA 25/02 - SW transport; HV to review Alfie's speech after SLT drop-in.",
        "Poppy; Alfie; SN Tate",
        "E13",
    ),
    (
        HOU,
        "2026-02-12",
        "CIN meeting attended (GR). Housing: priority for self-contained TA; possible 2-bed unit Calder Court early March.",
        "Gemma; Ms Brennan",
        "E13",
    ),
    # E14 Kai's second missing episode (half term), found in Northamptonshire; school told a week later
    (
        POL,
        "2026-02-14 22:30",
        "Occ 26/021455. MFH - BRENNAN, Kai (15), 2nd episode. LS 16:00 leaving Granville House, told mother 'going into town'. Phone off. Risk HIGH (2nd episode, CCE indicators, intel). EDT informed 22:50. Exploitation team (DC Booth) notified.",
        "BRENNAN, Kai; BRENNAN, Danielle; DC Booth",
        "E14",
    ),
    (
        CSC,
        "2026-02-14 23:05",
        "EDT: call from police - Kai Brennan (15) reported missing this evening, high risk, his second missing episode. Open child in need case (SW Osei). Spoke to Ms Brennan by phone; she is ringing round his friends. Day team informed by email.",
        "Kai Brennan; Danielle Brennan; SW Osei",
        "E14",
    ),
    (
        POL,
        "2026-02-16 12:50",
        "Occ 26/021455 update - BRENNAN, Kai LOCATED 11:40 by Northamptonshire Police at addr in Wellingford, Northants, during drugs warrant. With 2 adult males (arrested PWITS class A). Kai had £310 cash + 2 mobiles. Not arrested - treated as potential CCE victim. Conveyed back by Northants officers, returned to mother 19:30. Strat disc requested.",
        "BRENNAN, Kai; BRENNAN, Danielle",
        "E14",
    ),
    (
        CSC,
        "2026-02-16 14:10",
        "Police rang the duty desk: Kai has been found in Wellingford in Northamptonshire, at a flat raided by the local police, with two adult men who were arrested for drug supply. He had cash and two phones on him. He is being driven home this evening. Strategy discussion set for Wednesday 18 February.",
        "Kai Brennan; SW Osei",
        "E14",
    ),
    # E15 strategy discussion 1 (Kai); health receives the minutes 5 days later
    (
        GP,
        "2026-02-18 09:20",
        "Alfie - 3/7 cough, pulling R ear. T 37.8. R TM dull, red. Imp AOM. Calpol/ibuprofen, safety-net; abx if not better 3/7. Mum mentions Kai 'in trouble with the police'.",
        "Alfie; Mum; Dr Mehta",
        None,
    ),
    (
        CSC,
        "2026-02-18 10:00",
        "Strategy discussion (Teams), chaired by TM Mark Doyle. Present: SW Osei, DC Nina Booth (exploitation team), Mr Okafor (Ashworth Academy, by phone during half term), Joanne Tate (school nurse). Kai was found in Northamptonshire at an address used for drug supply after his second missing episode, with cash, phones and older men. Agreed: threshold met for section 47 enquiries for Kai (risk of criminal exploitation); joint visit on Friday; police to make a National Referral Mechanism referral; exploitation risk assessment. Poppy and Alfie stay on the child in need plan.",
        "Kai Brennan; Poppy Brennan; Alfie Brennan; Danielle Brennan; TM Doyle; SW Osei; DC Booth; Mr Okafor; Joanne",
        "E15",
    ),
    (
        POL,
        "2026-02-18 10:00",
        "Strat disc (MASH, Teams) - BRENNAN, Kai, CCE. DC Booth attended. Outcome: s47 joint. JV Fri 20/02. Police: NRM referral, liaise Northants re arrested males, debrief.",
        "BRENNAN, Kai; DC Booth; TM Doyle",
        "E15",
    ),
    (
        SEC,
        "2026-02-18",
        "Mr Okafor joined strategy meeting by phone (half term). Child protection enquiry for Kai agreed. School to share attendance/behaviour and name a safe adult.",
        "Kai; Mr Okafor",
        "E15",
    ),
    (
        CSC,
        "2026-02-19 09:00",
        "Management oversight (TM Doyle): section 47 decision for Kai endorsed. Exploitation risk assessment within 10 days; consider whether Poppy needs a paediatric opinion sooner than 25 February.",
        "Kai Brennan; Poppy Brennan; TM Doyle",
        None,
    ),
    (
        CSC,
        "2026-02-19 16:00",
        "Return home interview (Jade Kerr) at Granville House. Kai would not talk about Wellingford or how he got there; said he 'owes nobody nothing'. Looked tired; new trainers. Mum present for part.",
        "Kai Brennan; Danielle Brennan; Jade",
        None,
    ),
    # E16 joint visit police/CSC; Housing's own visit the same morning is NOT it
    (
        HOU,
        "2026-02-20 10:00",
        "TA visit Granville House (GR). Ms Brennan said Kai was 'found miles away by the police' at the weekend. Offer of 2-bed TA flat at 7 Calder Court, Millbrook - move 02/03. Accepted.",
        "Ms Brennan; Kai; Gemma",
        None,
    ),
    (
        CSC,
        "2026-02-20 15:30",
        "Joint visit with DC Booth to Granville House under section 47. Saw Kai alone in the car park: he would not say how he got to Wellingford or who the men were. Ms Brennan very worried; Mr Brennan angry with Kai. Safety plan: 8pm curfew, parents to check his phone, Academy bus pass, missing protocol explained to the family.",
        "Kai Brennan; Danielle Brennan; Craig Brennan; DC Booth; SW Osei",
        "E16",
    ),
    (
        POL,
        "2026-02-20 15:30",
        "JV with CSC (SW Osei) - BRENNAN, Kai at TA addr. No disclosure, guarded. Phone not provided for examination. Mother supportive of NRM. CCE risk assessed HIGH.",
        "BRENNAN, Kai; BRENNAN, Danielle; SW Osei; DC Booth",
        "E16",
    ),
    (
        SEC,
        "2026-02-23 08:45",
        "Mum rang Mr Okafor: Kai went missing on the Saturday of half term and the police found him in Northamptonshire on the Monday - 'he's back and grounded'. Kai in school, quiet.",
        "Mum; Kai; Mr Okafor",
        "E14",
    ),
    (
        PHN,
        "2026-02-23",
        "Minutes of strategy discussion 18/02 (Kai Brennan) rec'd from MASH - filed in Poppy's and Alfie's records. No specific health actions; CIN health plan continues.",
        "Kai; Poppy; Alfie; SN Tate",
        "E15",
    ),
    (
        GP,
        "2026-02-16",
        "Letter paeds (Dr Whitfield) 04/02: Poppy WNB gen paeds clinic. Rebooked 25/02. 3rd WNB overall (2 GP, 1 hosp) - noted, SN aware.",
        "Poppy; Dr Whitfield",
        "E12",
    ),
    (
        POL,
        "2026-02-24",
        "NRM referral submitted (DC Booth) - BRENNAN, Kai, CCE. Northants intel: both males charged PWITS, remanded.",
        "BRENNAN, Kai; DC Booth",
        None,
    ),
    # E17 paediatric clinic attended; clinic letter copied to the school nurse and filed by the GP
    (
        ACU,
        "2026-02-25 10:30",
        "Gen paeds clinic - Dr Whitfield. Poppy Brennan 6y9m, with mother (transport by SW). Wt 14.8kg (<0.4th), ht 112cm (9th); mid-parental ht ~50th. GP bloods normal (coeliac neg, TFT, FBC). O/E thin, reduced subcut fat, otherwise NAD. Diet hx: irregular meals, no cooking facilities in TA. Imp: faltering growth, most likely inadequate intake / social; no organic cause found. Plan: admit Ward 7 09/03/26 for 5-day observed feeding trial + dietetic assessment. Letter GP, cc SN, SW.",
        "Poppy Brennan; Danielle Brennan; Dr Whitfield",
        "E17",
    ),
    (
        HOU,
        "2026-02-25 15:00",
        "Tel Ms Brennan - keys for 7 Calder Court to collect 02/03 10am; removal van booked via Local Welfare Provision.",
        "Ms Brennan; Gemma",
        None,
    ),
    # ---------------- March 2026 ----------------
    # E18 the housing move (Housing, school, GP and a w/c social-care note)
    (
        HOU,
        "2026-03-02 11:00",
        "Move: household left Granville House; licence signed for TA at 7 Calder Court, Millbrook (2-bed, self-contained, own kitchen). Furniture pack delivered. s188 continues, main duty decision pending. NB 8 miles from Hollybank / Ashworth Academy - school travel discussed; SW asked re S17 for bus fares.",
        "Ms Brennan; Mr Brennan; Gemma",
        "E18",
    ),
    (
        PRI,
        "2026-03-03 08:50",
        "Mum in the office - they moved yesterday to a 2-bed flat, 7 Calder Court, Millbrook. Poppy staying at Hollybank (2 buses). Address updated.",
        "Mum; Poppy",
        "E18",
    ),
    (
        GP,
        "2026-03-04",
        "COA whole family: 7 Calder Court, Millbrook (TA). Within outer practice boundary - remain registered. Records updated.",
        "Danielle; Craig; Kai; Poppy; Alfie",
        "E18",
    ),
    (
        CSC,
        "A:2026-03-02:2026-03-06:w/c 2 March 2026",
        "The family moved this week from the hostel room to a two-bedroom temporary flat at 7 Calder Court, Millbrook, arranged by Housing Options. Ms Brennan said it is 'like a palace' after Granville House; the children have their own bedroom and she has a kitchen to cook in.",
        "Danielle Brennan; Poppy Brennan; Kai Brennan; Alfie Brennan",
        "E18",
    ),
    (
        PHN,
        "2026-03-04",
        "Copy of paeds clinic letter (Dr Whitfield, clinic 25/02) rec'd: FTT, no organic cause found, planned adm Ward 7 09/03 for observed feeding.",
        "Poppy; Dr Whitfield; SN Tate",
        "E17",
    ),
    # E19 second child in need meeting (school nurse sent an update only)
    (
        PHN,
        "2026-03-04 16:00",
        "SN written update sent to SW for CIN review 05/03 (unable to attend - imms session): Poppy wt 14.8kg 25/02, admission planned.",
        "Poppy; SN Tate; SW Osei",
        None,
    ),
    (
        CSC,
        "2026-03-05 10:00",
        "Child in need review meeting at Hollybank Primary. Present: Ms Brennan, SW Osei, Mrs Hinds, Mr Okafor, Gemma Royle; the school nurse sent a written update. Mr Brennan did not come. The family moved to 7 Calder Court on 2 March. Poppy is to be admitted to the children's ward on 9 March for an observed feeding trial. Kai's attendance has dropped. Section 47 enquiries for Kai concluded: he stays on the child in need plan with an exploitation safety plan. Section 17 bus passes extended. Next review 2 April.",
        "Danielle Brennan; Poppy Brennan; Kai Brennan; Craig Brennan; SW Osei; Mrs Hinds; Mr Okafor; Gemma",
        "E19",
    ),
    (
        PRI,
        "2026-03-05 10:00",
        "CIN review mtg (Rm 3) - DSL. Poppy attendance 89% since the move (late x4, 2 buses). Ward admission 09.03 - work pack to go in.",
        "Poppy; Mrs Hinds; Mum",
        "E19",
    ),
    (
        SEC,
        "2026-03-05",
        "CIN review at Hollybank - HoY. Kai attendance 74% this half term; at risk of suspension (vaping). Exploitation screening outcome: high.",
        "Kai; Mr Okafor",
        "E19",
    ),
    (
        HOU,
        "2026-03-05",
        "CIN review (GR attended). Moved 02/03 to Calder Court; TA charge arrears £86 - payment plan agreed.",
        "Gemma; Ms Brennan",
        "E19",
    ),
    (
        GP,
        "2026-03-06",
        "Letter Dr Whitfield, paeds clinic 25/02: Poppy - faltering growth, organic screen neg. Admit 9/3 for observed feeding trial. Noted.",
        "Poppy; Dr Whitfield",
        "E17",
    ),
    (
        POL,
        "A:2026-03-01:2026-03-15:early March 2026 (approx.)",
        "Intel 26/I/08817: BRENNAN, Kai seen on several occasions with a 19yo male (linked to Wellingford line) near Millbrook shops.",
        "BRENNAN, Kai",
        None,
    ),
    # E20 Poppy's admission (and the GP's discharge summary 11 days after discharge)
    (
        PRI,
        "2026-03-09 08:45",
        "Mum rang: Poppy is going into the children's ward today for the week for 'feeding tests'. Authorised absence. Work pack went home on Friday.",
        "Mum; Poppy",
        "E20",
    ),
    (
        ACU,
        "2026-03-09 11:00",
        "Ward 7 (paeds). Elective admission - Poppy Brennan, observed feeding / weight gain trial (faltering growth). Adm wt 14.7kg. Mother staying first night. Dietitian: 3 meals + 2 snacks, food chart. Play specialist introduced.",
        "Poppy Brennan; Danielle Brennan; Dr Whitfield",
        "E20",
    ),
    (
        PHN,
        "2026-03-09 14:00",
        "HV home visit Calder Court (KW) - Alfie 2y5m. Dad at home with Alfie, Mum at hospital with Poppy. Flat warm, fridge stocked. ASQ-3 communication now above cut-off. Wt 11.6kg (25th).",
        "Alfie; Dad; Mum; HV Walsh",
        None,
    ),
    (
        CSC,
        "2026-03-11 15:00",
        "Visited Poppy on Ward 7. Nurses say she eats everything she is offered and asks for more. Poppy said the food is 'yummy' and she likes that 'there's always breakfast'. Ms Brennan had gone home to see Alfie.",
        "Poppy Brennan; Danielle Brennan; SW Osei",
        None,
    ),
    (
        ACU,
        "2026-03-13 15:00",
        "Ward 7 discharge - Poppy. Wt 15.3kg (+600g in 4 days) on ward diet; ate all meals + snacks eagerly; no vomiting/diarrhoea, stools normal. Imp: non-organic faltering growth - inadequate intake at home. Mother visited daily 1-2h, father once. D/c home. SG referral to CSC (SG nurse). F/u Dr Whitfield 6/52; SN weekly wts.",
        "Poppy Brennan; Danielle Brennan; Craig Brennan; Dr Whitfield",
        "E20",
    ),
    # E21 hospital safeguarding referral, Friday evening -> MASH on Monday
    (
        ACU,
        "2026-03-13 17:30",
        "SG nurse (B Ollerton): referral to MASH by secure email re Poppy - non-organic faltering growth confirmed on observed feeding (600g in 4 days), 3 x WNB (2 GP, 1 paeds), family in TA, siblings 15 and 2. Request strategy discussion. Open CIN (SW Osei).",
        "Poppy Brennan; SG nurse Ollerton; SW Osei",
        "E21",
    ),
    (
        CSC,
        "2026-03-16 09:15",
        "MASH: referral received from the hospital safeguarding nurse (sent on Friday evening). Poppy put on 600g in four days on the children's ward eating ordinary meals; the paediatrician says this shows her weight loss comes from not getting enough food at home, not from illness. Open child in need case. Discussed with TM Doyle: strategy discussion on 18 March, paediatrician to be invited.",
        "Poppy Brennan; SG nurse Ollerton; TM Doyle",
        "E21",
    ),
    (
        PHN,
        "2026-03-16 10:30",
        "SN weekly wt in school: Poppy 15.2kg. Mum said at the door Poppy 'came home Friday, loved the hospital food'.",
        "Poppy; Mum; SN Tate",
        None,
    ),
    # E22 strategy discussion 2 (neglect); GP sees mother the same morning
    (
        GP,
        "2026-03-18 09:10",
        "Danielle - low mood, poor sleep since the move, tearful. PHQ-9 14. Declines antidepressant. Talking therapies self-ref. Says she has 'another meeting with social services today'.",
        "Danielle; Dr Mehta",
        None,
    ),
    (
        CSC,
        "2026-03-18 14:00",
        "Strategy discussion chaired by TM Doyle (Civic Centre and Teams). Present: SW Osei, DC Booth, Dr Whitfield (consultant paediatrician), Joanne Tate (school nurse), Kerry Walsh (health visitor), Mrs Hinds (Hollybank Primary). Poppy's faltering growth has no medical cause and she gained weight quickly in hospital; three missed appointments; the family's money is being lost to gambling; Kai is at risk of exploitation. Agreed: section 47 enquiries for Poppy and Alfie (neglect), Kai to be included; initial child protection conference on 1 April; joint visit with the health visitor on 20 March to see Alfie.",
        "Poppy Brennan; Alfie Brennan; Kai Brennan; Danielle Brennan; Craig Brennan; TM Doyle; SW Osei; DC Booth; Dr Whitfield; Joanne; HV Walsh; Mrs Hinds",
        "E22",
    ),
    (
        POL,
        "2026-03-18 14:00",
        "Strat disc - BRENNAN children (neglect - Poppy, Alfie; Kai CCE). DC Booth. Outcome: s47 single agency CSC, ICPC. Police: no crim investigation (s1 CYPA threshold not met). Share intel re Kai.",
        "Poppy; Alfie; BRENNAN, Kai; DC Booth",
        "E22",
    ),
    (
        ACU,
        "2026-03-18 14:00",
        "Dr Whitfield joined strategy meeting (Teams) re Poppy Brennan. Paediatric opinion: non-organic faltering growth, consistent with neglect in context of food insecurity. Written summary to SW.",
        "Poppy Brennan; Dr Whitfield",
        "E22",
    ),
    (
        PHN,
        "2026-03-18",
        "Strategy mtg - SN + HV attended. s47 Poppy + Alfie. ICPC 01/04. HV JV with SW Fri 20/03.",
        "Poppy; Alfie; SN Tate; HV Walsh",
        "E22",
    ),
    (
        PRI,
        "2026-03-18",
        "DSL at strategy meeting, Civic Centre 2pm. Child protection enquiries for Poppy (and Alfie). Conference 1st April.",
        "Poppy; Alfie; Mrs Hinds",
        "E22",
    ),
    (
        CSC,
        "2026-03-19 09:30",
        "Management oversight (TM Doyle): strategy decision endorsed. Conference booked for 1 April. Ask the GP and the paediatrician for written reports; chase Mr Brennan's gambling clinic attendance.",
        "Poppy Brennan; Alfie Brennan; Craig Brennan; TM Doyle",
        None,
    ),
    # E23 joint visit SW + health visitor; practice nurse sees Alfie that afternoon
    (
        CSC,
        "2026-03-20 10:00",
        "Joint home visit with the health visitor, Kerry Walsh, to 7 Calder Court (section 47). Saw Alfie with both parents. Cupboards: pasta, cereal, tins; fridge: milk and yoghurts. Ms Brennan said the money runs out in the third week. Mr Brennan said he last gambled at Christmas - Ms Brennan looked away.",
        "Alfie Brennan; Danielle Brennan; Craig Brennan; HV Walsh; SW Osei",
        "E23",
    ),
    (
        PHN,
        "2026-03-20 10:00",
        "JV w/ SW (R Osei) - s47. Alfie wt 11.7kg (25th), ht 89cm (50th) - growing well. ASQ-3 all above cut-off. Home: adequate food today, cooker working, cot + beds. Parents cooperative.",
        "Alfie; Mum; Dad; SW Osei; HV Walsh",
        "E23",
    ),
    (
        GP,
        "2026-03-20 15:30",
        "Alfie - PN: catch-up Hib/MenC + MMR1 (WNB x2 in 2025). Given, no reaction. Mum brought.",
        "Alfie; Mum",
        None,
    ),
    (
        PRI,
        "M:2026-03",
        "March 2026: Poppy's attendance 86% for the month (move, hospital week, lates).",
        "Poppy",
        None,
    ),
    (
        GP,
        "2026-03-24",
        "D/S Ward 7 (adm 09/03 - d/c 13/03): Poppy - observed feeding trial, wt 14.7 -> 15.3kg. Non-organic FTT. SG referral by hospital. SN weekly wts, paeds f/u 6/52.",
        "Poppy; Dr Whitfield",
        "E20",
    ),
    (
        GP,
        "2026-03-27",
        "Report for ICPC 01/04 (Brennan children) sent to conference team - GP unable to attend. Poppy: FTT, 2 WNB at practice. Alfie: imms caught up 20/03. Craig: gambling disorder, sertraline. Danielle: low mood.",
        "Poppy; Alfie; Craig; Danielle; Dr Mehta",
        None,
    ),
    (
        ACU,
        "2026-03-30",
        "Paediatric report for ICPC 01/04/26 (Dr Whitfield) sent to conference service - clinic commitment, not attending.",
        "Poppy Brennan; Dr Whitfield",
        None,
    ),
    # ---------------- April 2026 ----------------
    # E24 initial child protection conference
    (
        CSC,
        "2026-04-01 10:00",
        "Initial child protection conference, chaired by Helen Price. Present: Ms Brennan, Mr Brennan, SW Osei, TM Doyle, DC Booth, Mrs Hinds, Mr Okafor, Joanne Tate, Kerry Walsh, Gemma Royle. Written reports from the GP and the paediatrician. Decision: Poppy, Kai and Alfie to be subject to child protection plans under the category of neglect. Core group within ten working days; review conference in three months.",
        "Danielle Brennan; Craig Brennan; Poppy Brennan; Kai Brennan; Alfie Brennan; Chair Price; SW Osei; TM Doyle; DC Booth; Mrs Hinds; Mr Okafor; Joanne; HV Walsh; Gemma",
        "E24",
    ),
    (
        POL,
        "2026-04-01 10:00",
        "ICPC attended (DC Booth) - BRENNAN x3: CP plans, neglect. Police actions: CCE disruption; Kai MFH = immediate high risk.",
        "BRENNAN, Kai; Poppy; Alfie; DC Booth",
        "E24",
    ),
    (
        PRI,
        "2026-04-01",
        "ICPC - Mrs Hinds attended. Poppy now on a CP plan (neglect). School: daily food check, SN weekly weights in school, attendance watch.",
        "Poppy; Mrs Hinds",
        "E24",
    ),
    (
        SEC,
        "2026-04-01",
        "Initial CP conference attended by HoY. Kai - child protection plan (neglect). Academy: daily mentor check-in, transport, review timetable.",
        "Kai; Mr Okafor",
        "E24",
    ),
    (
        PHN,
        "2026-04-01",
        "ICPC attended (SN JT + HV KW). CP plans x3 - neglect. Health: SN weekly wts Poppy, HV monthly Alfie.",
        "Poppy; Alfie; Kai; SN Tate; HV Walsh",
        "E24",
    ),
    (
        HOU,
        "2026-04-01",
        "ICPC attended (GR). Housing: main duty decision to be expedited; money advice (Tariq) to continue.",
        "Gemma; Ms Brennan; Tariq",
        "E24",
    ),
    (
        GP,
        "2026-04-01 09:00",
        "Craig - DNA med r/v. Tel - no answer. Text sent to rebook.",
        "Craig",
        None,
    ),
    (
        CSC,
        "2026-04-02",
        "Letter to Ms Brennan and Mr Brennan confirming the outcome of the initial child protection conference and the date of the first core group (22 April).",
        "Danielle Brennan; Craig Brennan; SW Osei",
        None,
    ),
    (
        GP,
        "2026-04-10",
        "Letter from conference service: ICPC 01/04 - Poppy, Kai, Alfie subject to CP plans (neglect). CP alerts added to all 3 records.",
        "Poppy; Kai; Alfie",
        None,
    ),
    (
        ACU,
        "2026-04-13",
        "SG team: ICPC outcome letter rec'd - Poppy Brennan CP plan (neglect). CP flag added on PAS.",
        "Poppy Brennan; SG nurse Ollerton",
        None,
    ),
    # E25 core group 1; GP weight review the same afternoon
    (
        CSC,
        "2026-04-22 15:30",
        "First core group meeting at Hollybank Primary. Present: Ms Brennan, Mr Brennan, SW Osei, Mrs Hinds, Mr Okafor, Joanne Tate. Plan reviewed: Poppy's weight is slowly improving; Kai has not gone missing again; Mr Brennan says he is going to the gambling clinic each week. Universal Credit to be split so that Ms Brennan receives the housing and child elements.",
        "Danielle Brennan; Craig Brennan; Poppy Brennan; Kai Brennan; SW Osei; Mrs Hinds; Mr Okafor; Joanne",
        "E25",
    ),
    (
        PRI,
        "2026-04-22 15:30",
        "Core group 1 in school (Rm 3) - DSL. Poppy wt up (SN). Attendance 91%.",
        "Poppy; Mrs Hinds",
        "E25",
    ),
    (
        PHN,
        "2026-04-22",
        "CG 1 (SN). Poppy wt 15.6kg - on the 0.4th line, first time since Nov.",
        "Poppy; SN Tate",
        "E25",
    ),
    (
        SEC,
        "2026-04-22",
        "HoY attended core group at Hollybank. Kai: attendance 80%, no further missing episodes.",
        "Kai; Mr Okafor",
        "E25",
    ),
    (
        GP,
        "2026-04-22 16:40",
        "Poppy - wt r/v, attended w/ Mum. Wt 15.5kg. Eating well, 'has seconds'. Paeds f/u pending. R/v 6/52.",
        "Poppy; Mum; Dr Mehta",
        None,
    ),
    # E26 the DSL's call to the SW; the SW's visit that afternoon is NOT it
    (
        PRI,
        "2026-04-28 09:15",
        "Poppy in 9.05 with no breakfast - 'there's no food at home, Daddy spent the money'. Ate 2 bowls of cereal at breakfast club. DSL rang SW Osei 9.15 - SW will visit home today.",
        "Poppy; Dad; Mrs Hinds; SW Osei",
        "E26",
    ),
    (
        CSC,
        "2026-04-28 09:20",
        "Telephone call from Mrs Hinds: Poppy told staff there is no food at home because her dad has spent the money. Agreed I will visit the family today.",
        "Poppy Brennan; Craig Brennan; Mrs Hinds",
        "E26",
    ),
    (
        CSC,
        "2026-04-28 14:00",
        "Home visit to 7 Calder Court after the school's call. Fridge nearly empty. Mr Brennan admitted he gambled £300 of the Universal Credit payment on Friday - his first relapse since January. Food bank voucher and a section 17 payment of £60 for food. Mr Brennan agreed to put the gambling block back on and to tell the clinic.",
        "Craig Brennan; Danielle Brennan; Alfie Brennan; SW Osei",
        None,
    ),
    # ---------------- May 2026 ----------------
    # E27 Kai arrested on Saturday; EDT that evening; school told on the Tuesday after the bank holiday
    (
        POL,
        "2026-05-02 16:20",
        "Occ 26/061203. BRENNAN, Kai (15) arrested Market St, Ashworth - PWITS class B: 14 wraps cannabis, £85, 2 phones. Ashworth custody. Mother BRENNAN, Danielle attended as AA. Interview - no comment. RUI. Child in custody notification to CSC. NRM (02/26) flagged.",
        "BRENNAN, Kai; BRENNAN, Danielle",
        "E27",
    ),
    (
        CSC,
        "2026-05-02 18:40",
        "EDT: the custody sergeant told us that Kai Brennan (15, on a child protection plan) was arrested this afternoon for having cannabis to sell. His mother is with him as appropriate adult. Released under investigation into her care at about 21:00. SW Osei and the day team told by email.",
        "Kai Brennan; Danielle Brennan; SW Osei",
        "E27",
    ),
    (
        SEC,
        "2026-05-05 08:40",
        "Mum rang HoY: Kai was arrested in town on Saturday (drugs) and released. Kai in school - daily report, meeting with safe adult.",
        "Mum; Kai; Mr Okafor",
        "E27",
    ),
    (
        HOU,
        "2026-05-05 11:00",
        "Money advice (Tariq): Ms Brennan alone. UC split payment confirmed from next assessment period. DRO application drafted for Mr Brennan.",
        "Ms Brennan; Mr Brennan; Tariq",
        None,
    ),
    (
        HOU,
        "2026-05-12",
        "Main housing duty (s193) accepted. Household to bid on 3-bed properties, band B. TA at Calder Court continues.",
        "Ms Brennan; Gemma",
        None,
    ),
    # E28 core group 2; the Academy sends a written update only
    (
        SEC,
        "2026-05-19",
        "Update emailed to SW for core group 20/05 - HoY cannot attend (Y10 exams). Kai attendance 79%, on report, arrest 02/05 noted.",
        "Kai; Mr Okafor; SW Osei",
        None,
    ),
    (
        SEC,
        "2026-05-20 09:00",
        "Kai - Y10 science exam, sat all papers. Report card: 4 greens, 1 amber.",
        "Kai",
        None,
    ),
    (
        PHN,
        "2026-05-20 09:30",
        "SN weekly wt in school: Poppy 16.0kg (0.4th-2nd). Says she had porridge for breakfast.",
        "Poppy; SN Tate",
        None,
    ),
    (
        CSC,
        "2026-05-20 15:30",
        "Second core group meeting at Hollybank Primary. Present: Ms Brennan, SW Osei, Mrs Hinds, Joanne Tate, Kerry Walsh, Gemma Royle; Mr Okafor sent an update (exams); Mr Brennan did not attend. Poppy's weight 16.0kg and rising; Alfie well; Kai arrested on 2 May and released under investigation. Housing accepted the main duty on 12 May. Universal Credit is now split. Plan continues.",
        "Danielle Brennan; Craig Brennan; Poppy Brennan; Kai Brennan; Alfie Brennan; SW Osei; Mrs Hinds; Joanne; HV Walsh; Gemma",
        "E28",
    ),
    (
        PRI,
        "2026-05-20 15:30",
        "Core group 2 in school - DSL. Poppy wt 16.0kg (SN). Attendance 93%. Happier - 'loves breakfast club'.",
        "Poppy; Mrs Hinds",
        "E28",
    ),
    (
        PHN,
        "2026-05-20",
        "CG 2 attended (SN + HV). Poppy 16.0kg. Alfie wt 12.0kg. Plans continue.",
        "Poppy; Alfie; SN Tate; HV Walsh",
        "E28",
    ),
    (
        HOU,
        "2026-05-20",
        "Core group (GR). Main duty accepted 12/05; bidding on 3-bed, band B.",
        "Gemma; Ms Brennan",
        "E28",
    ),
]

# ---------------- routine single-agency filler (never an event) ----------------
POOLS = {
    CSC: [
        (
            "Supervision (TM Doyle): case reviewed, plan on track; actions set for SW Osei.",
            "TM Doyle; SW Osei",
        ),
        (
            "Telephone call to Ms Brennan to arrange the next visit. No new worries raised.",
            "Danielle Brennan; SW Osei",
        ),
        (
            "Case note: chased Ashworth Academy for Kai's attendance figures.",
            "Kai Brennan; SW Osei",
        ),
        (
            "Statutory home visit. Home tidy, some food in the cupboards, children seen.",
            "Danielle Brennan; Poppy Brennan; Alfie Brennan; SW Osei",
        ),
        (
            "Text from Ms Brennan cancelling today's visit (Alfie poorly); rearranged for next week.",
            "Danielle Brennan; Alfie Brennan",
        ),
        ("Food bank voucher issued and posted to Ms Brennan.", "Danielle Brennan"),
        (
            "Case note: left a voicemail for Mr Brennan about the gambling clinic; no call back.",
            "Craig Brennan",
        ),
        (
            "Direct work with Kai after school at a cafe: talked about football and what a good week looks like. He would not talk about his friends.",
            "Kai Brennan; SW Osei",
        ),
    ],
    GP: [
        ("Craig - med r/v sertraline 50mg. Mood 'a bit better'. R/v 4/52.", "Craig; Dr Mehta"),
        ("Danielle - repeat Rx COC issued.", "Danielle"),
        (
            "Alfie - 2/7 coryza, T 37.6, ENT NAD, chest clear. Viral. Safety-net. Brought by Dad.",
            "Alfie; Dad; Dr Mehta",
        ),
        ("Kai - acne, face/back. Topical benzoyl peroxide. R/v 8/52.", "Kai; Dr Mehta"),
        ("Poppy - repeat salbutamol inhaler (Mum request).", "Poppy; Mum"),
        ("Danielle - tel consult: sore throat 3/7, FeverPAIN 1. No abx.", "Danielle; Dr Mehta"),
        ("Craig - fit note 4/52 (low mood).", "Craig"),
        ("Alfie - nappy rash 4/7, no candida. Barrier cream.", "Alfie; Mum"),
        ("!Kai - sprained R ankle (football). RICE, ibuprofen.", "Kai; Dr Mehta"),
    ],
    PHN: [
        (
            "HV tel contact with Mum re Alfie's sleep - advice given, leaflet posted.",
            "Alfie; Mum; HV Walsh",
        ),
        ("Alfie weighed at HV clinic (Mum brought) - plotted, tracking 25th.", "Alfie; Mum"),
        (
            "HV safeguarding supervision - Brennan family discussed; plan unchanged.",
            "HV Walsh; Alfie",
        ),
        ("SN liaison call with Hollybank DSL - no new concerns this week.", "SN Tate; Mrs Hinds"),
        ("SN drop-in at Ashworth Academy (general). Kai not seen.", "SN Tate; Kai"),
        ("Records: Alfie's red book data updated; SLT drop-in attendance confirmed.", "Alfie"),
    ],
    PRI: [
        ("Poppy - daily check-in with TA. Settled, ate breakfast club.", "Poppy"),
        ("Poppy - late 9.25 (bus). Mum apologised.", "Poppy; Mum"),
        ("Poppy given PE kit and a winter coat from the uniform bank.", "Poppy"),
        ("Class teacher: Poppy tired, fell asleep at story time.", "Poppy"),
        ("Poppy - reading record not signed for 2 weeks; reading with TA daily.", "Poppy"),
        ("Dad collected Poppy - first time this term. Polite, chatty.", "Poppy; Dad"),
        ("Poppy absent - Mum rang, sickness bug. Code I.", "Poppy; Mum"),
        (
            "!Parents' evening - Mum came. Poppy working towards ARE in reading and writing.",
            "Poppy; Mum",
        ),
        ("Poppy asked for seconds at lunch - lunchtime supervisor topped up.", "Poppy"),
    ],
    SEC: [
        ("Kai - detention for lateness.", "Kai"),
        (
            "Kai - mentor session (Mr Okafor): football, wants to do a plumbing course at college.",
            "Kai; Mr Okafor",
        ),
        ("Kai - phone confiscated in lesson, returned end of day.", "Kai"),
        ("Kai absent, no call from home. First-day call: Mum says 'ill'.", "Kai; Mum"),
        ("Kai - isolation P3-4, refused to follow instructions in science.", "Kai"),
        ("Kai - 'good day' on report card, all lessons green.", "Kai"),
        ("!Attendance meeting with Mum (Kai 79%) - stage 1 letter.", "Kai; Mum"),
        ("Kai seen by pastoral at lunch - new trainers, says from his cousin.", "Kai; Mr Okafor"),
    ],
    HOU: [
        ("TA charge arrears reminder letter to Ms Brennan.", "Ms Brennan"),
        ("HB claim for TA - evidence chased (payslips/UC statement).", "Ms Brennan"),
        ("Weekly TA check call (GR) - no issues reported.", "Ms Brennan; Gemma"),
        ("Housing register application - welfare form sent to Ms Brennan.", "Ms Brennan"),
        ("Money advice (Tariq): Mr Brennan DNA appointment; rebooked.", "Mr Brennan; Tariq"),
        (
            "Money advice (Tariq): income/expenditure reviewed with Ms Brennan; council tax arrangement made.",
            "Ms Brennan; Tariq",
        ),
    ],
}

HOLIDAYS = (
    ("2025-12-19", "2026-01-04"),
    ("2026-02-14", "2026-02-22"),
    ("2026-04-03", "2026-04-19"),
    ("2026-05-23", "2026-05-31"),
)

WINDOWS = {
    CSC: ("2026-02-04", "2026-05-29"),
    HOU: ("2025-11-13", "2026-05-29"),
    SEC: ("2025-11-03", "2026-05-22"),
    PRI: ("2025-11-03", "2026-05-22"),
}

CLOSED = {
    PRI: HOLIDAYS + (("2026-03-09", "2026-03-13"),),  # Poppy on the ward that week
    SEC: HOLIDAYS,
    CSC: (("2026-02-14", "2026-02-20"),),
}


def main():
    entries = list(ENTRIES) + casegen.filler(
        2605, POOLS, "2025-11-03", "2026-05-29", 24, windows=WINDOWS, closed=CLOSED
    )
    out = HERE / "case_ba.json"
    casegen.build(
        "ba",
        "Family of five in temporary accommodation after eviction: a 6-year-old with faltering "
        "growth and missed appointments, a 15-year-old missing twice (found in another county), "
        "father's gambling debts; early help to CIN to strategy discussions and ICPC; 8 agencies, "
        "Nov 2025 - May 2026",
        PEOPLE,
        AGENCIES,
        entries,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
