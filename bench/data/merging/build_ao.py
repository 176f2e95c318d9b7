# ruff: noqa
"""Writing aid for case_ao (fictional; written blind, see case_ao_README.md).

    python3 bench/data/merging/build_ao.py      # writes bench/data/merging/case_ao.json

A pre-birth / PLO case. Kayden (4) and his sister Ruby (born 14 December 2025); both parents,
Stacey Holloway and Dean Whitlock, have mild learning disabilities, and Stacey had postnatal
depression after Kayden and is low again in this pregnancy. Dean's sister Karen is the family
support. Seven agencies, Aug 2025 - Apr 2026 (plus a 2024 police notification): a pre-birth
assessment, a domestic incident, child protection plans, a police welfare call to the crying
baby, and PLO pre-proceedings. Many look-alike antenatal appointments, health visitor contacts,
two core groups, two strategy discussions, two conferences and two PLO meetings. Every entry is
written by hand (no random filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# one extra date style for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("ao_ld", "%a %d %b %Y")  # Wed 10 Sep 2025

CSC = "Children's Social Care"
POL = "Police"
GP = "Brookside Medical Centre"
MAT = "St Anne's Maternity"
HV = "Health visiting team"
LDT = "Community Learning Disability Team"
NUR = "Little Acorns Nursery"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (MAT, "health", "health"),
    (HV, "health", "iso"),
    (LDT, "social_care", "ao_ld"),
    (NUR, "education", "school"),
]

PEOPLE = [
    ("Kayden Whitlock", ["Kayden", "KW"], "Child K", "child"),
    (
        "Ruby Whitlock",
        ["Ruby", "baby Ruby", "unborn baby", "Baby Whitlock", "RW"],
        "Child R",
        "child",
    ),
    ("Stacey Holloway", ["Stacey", "Ms Holloway", "Mum", "SH", "HOLLOWAY"], "Mother", "parent"),
    ("Dean Whitlock", ["Dean", "Mr Whitlock", "Dad", "DW", "WHITLOCK"], "Father", "parent"),
    ("Karen Whitlock", ["Karen", "Aunt Karen", "PA"], "Paternal aunt", "family"),
    ("Priya Natt", ["Priya", "SW Natt"], "Social worker", "professional"),
    ("Gareth Lowe", ["TM Lowe"], "Team manager", "professional"),
    ("Paul Rigby", ["DS Rigby"], "Detective sergeant (MASH)", "professional"),
    ("Jade Morley", ["PC Morley", "PC 4471"], "Police constable", "professional"),
    ("Omar Siddiqui", ["Dr Siddiqui", "Dr S"], "GP", "professional"),
    ("Joanne Feeney", ["Jo Feeney", "MW Feeney", "JF"], "Community midwife", "professional"),
    ("Alison Shaw", ["Alison", "SMW Shaw"], "Safeguarding midwife", "professional"),
    ("Denise Akers", ["Denise", "HV Akers"], "Health visitor", "professional"),
    ("Ben Carrow", ["Ben", "BC"], "Learning disability social worker", "professional"),
    (
        "Hayley Moss",
        ["Hayley", "LD nurse Moss"],
        "Learning disability community nurse",
        "professional",
    ),
    ("Lorraine Pike", ["Lorraine", "Mrs Pike"], "Nursery manager (DSL)", "professional"),
    ("Maureen Oyelaran", ["Chair Oyelaran", "Ms Oyelaran"], "Conference chair", "professional"),
    ("Fiona Hale", ["Fiona", "advocate Hale"], "Independent advocate", "professional"),
    ("Kieran Dunne", ["Mr Dunne"], "Parents' solicitor", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background ----------------
    (
        GP,
        "Y:2021",
        "SH - PND following birth of KW (05/21), EPDS 20. Sertraline 50mg approx 9/12. Known mild LD (statement at school, reads simple text only). Anxiety.",
        "Stacey Holloway; KW",
        None,
    ),
    # E01 a 2024 police notification and CSC's screening, both with month-level dates
    (
        POL,
        "M:2024-06",
        "Occ 24/061552 - neighbour reports shouting at 14 Canal Row. HOLLOWAY, Stacey and WHITLOCK, Dean - verbal argument re money, no assault. Child (3y) in addr. Both parties appear to have LD - info repeated. DASH standard. PPN submitted.",
        "HOLLOWAY; WHITLOCK; Kayden Whitlock",
        "E01",
    ),
    (
        CSC,
        "A:2024-06-01:2024-06-30:June 2024 (exact date not recorded)",
        "Contact from police (notification of a verbal argument at the family home, Kayden present). Screened in MASH: no previous involvement, parents both said to have learning difficulties. No further action by Children's Social Care; information shared with the health visitor and universal services.",
        "Stacey Holloway; Dean Whitlock; Kayden Whitlock",
        "E01",
    ),
    (
        HV,
        "2024-11-19",
        "KW 3yr - DNA home visit x2 (letters sent). No further contact booked; to offer at 4yr.",
        "KW; SH",
        None,
    ),
    # ---------------- August 2025 ----------------
    (
        MAT,
        "2025-08-05 10:30",
        "Booking appt - late booker, 20+3 by dating scan today. G2 P1. EDD 20-Dec-2025. PMH: PND after 1st pregnancy (2021), mild learning disability - prefers verbal info + pictures. Partner Dean also LD. Lives 14 Canal Row with partner and son (4y). RE DA not asked - partner present throughout. Referred to safeguarding MW for review. LD passport offered.",
        "Stacey Holloway; Dean Whitlock; Kayden; MW Feeney",
        None,
    ),
    (
        GP,
        "2025-08-07",
        "SH - pregnancy confirmed (booked St Anne's 05/08). Anxiety++, poor sleep. Not keen to restart sertraline in pregnancy. Easy-read talking therapies leaflet. R/v 4/52.",
        "Stacey Holloway; Dr Siddiqui",
        None,
    ),
    (
        NUR,
        "2025-08-11",
        "Kayden in for his usual morning. Played with the trains with his key person. Still mostly pointing and single words.",
        "Kayden",
        None,
    ),
    # E02 maternity referral to CSC, received six days later; the nursery session the same day is not it
    (
        MAT,
        "2025-08-13 14:00",
        "Safeguarding MW (A Shaw) - referral to CSC (MASH) sent via portal today re unborn baby. Both parents LD, mother hx PND, late booking, concern re capacity to meet needs of a newborn and a 4yo. Requesting pre-birth assessment. Discussed with Stacey by phone - agrees.",
        "unborn baby; Stacey Holloway; Dean Whitlock; Kayden; Alison",
        "E02",
    ),
    (
        NUR,
        "2025-08-13",
        "Mum dropped Kayden off late (10.05), said she had been on the phone to the hospital. Kayden happy on arrival, sand tray all morning.",
        "Kayden; Mum",
        None,
    ),
    (
        CSC,
        "2025-08-19 10:15",
        "MASH: referral received from the safeguarding midwife at St Anne's Maternity (sent 13 August) about Ms Holloway's unborn baby, due 20 December. Both parents are reported to have learning disabilities and Ms Holloway had postnatal depression after Kayden was born. One police notification from June 2024 is on file. Decision: transfer to the Assessment Team for a pre-birth assessment under section 17. The midwife confirms the parents consent.",
        "Stacey Holloway; Dean Whitlock; Kayden Whitlock; unborn baby; Alison Shaw",
        "E02",
    ),
    # E03 GP referral to the LD team, logged by the team the following week (w/c)
    (
        GP,
        "2025-08-21",
        "SH r/v. Anxiety, 'social services are coming'. Struggling w/ letters + appts. With consent: referral to Community LD Team for assessment of support needs (Care Act). DW may also want assessment. R/v 4/52.",
        "Stacey Holloway; Dean; Dr Siddiqui",
        "E03",
    ),
    (
        HV,
        "2025-08-26",
        "Info from MASH: pre-birth assessment opened for SH. KW 4yr review outstanding. Tel to SH to book - no answer, easy-read letter sent.",
        "SH; KW",
        None,
    ),
    (
        CSC,
        "2025-08-28",
        "Case allocated to Priya Natt (Assessment Team). Telephoned Ms Holloway to introduce myself. She asked me to speak slowly and to send things with pictures. First home visit booked for 10 September; she asked whether someone from 'the learning disability people' could come too.",
        "Stacey Holloway; SW Natt",
        None,
    ),
    # ---------------- September ----------------
    (
        LDT,
        "A:2025-09-01:2025-09-05:w/c 1/9/25",
        "New referral from Brookside Medical Centre (Dr Siddiqui). Stacey has a mild learning disability, is pregnant with her second child and her GP says she is anxious and finding letters and appointments hard. Allocated to Ben Carrow. GP says Dean might want an assessment too.",
        "Stacey; Dean; Dr Siddiqui; Ben",
        "E03",
    ),
    (
        MAT,
        "2025-09-02 09:40",
        "ANC 24+3. BP 112/70, urine NAD, SFH 24cm, FH 142. FM felt. Mood 'OK'. Dean attended. Easy-read feeding leaflets given. Next 28/40.",
        "Stacey Holloway; Dean Whitlock; MW Feeney",
        None,
    ),
    (
        NUR,
        "2025-09-03",
        "New term. Kayden staying on 5 mornings a week (15 funded hours). Settled well after the summer. Talking is still hard to understand - about 20 words.",
        "Kayden",
        None,
    ),
    (
        LDT,
        "2025-09-08",
        "Rang Stacey to introduce myself. She said the social worker from children's is coming on Wednesday and asked if I could come. Agreed with Priya Natt that we will go together.",
        "Stacey; Ben; Priya",
        None,
    ),
    # E04 joint visit CSC + LD team; the GP appointment the same afternoon is not it
    (
        CSC,
        "2025-09-10 10:00",
        "Joint home visit with Ben Carrow, social worker from the adult community learning disability team, to start the pre-birth assessment. Ms Holloway and Mr Whitlock at home; Kayden at nursery. The flat was cluttered but warm; very little food in the fridge. Both parents said they want to look after the baby and Kayden 'with a bit of help'. Ms Holloway said that after Kayden was born she did not leave the flat for months. Mr Whitlock's sister Karen helps with shopping. Explained the assessment with the easy-read booklet; next session 17 September.",
        "Stacey Holloway; Dean Whitlock; Kayden Whitlock; Karen Whitlock; Ben Carrow; SW Natt",
        "E04",
    ),
    (
        LDT,
        "2025-09-10 10:00",
        "JV with the children's social worker (Priya) at the flat. Stacey did most of the talking, Dean was quiet. I explained what our team does. Stacey would like help with money and remembering appointments. Dean says he does not need help. Started Stacey's Care Act assessment.",
        "Stacey; Dean; Priya; Ben",
        "E04",
    ),
    (
        GP,
        "2025-09-10 16:40",
        "SH - headaches 1/52. BP 118/74, urine NAD. Tension-type. Paracetamol. Says SW visited this am - 'went OK'. PHQ-9 12.",
        "Stacey Holloway; Dr Siddiqui",
        None,
    ),
    (
        CSC,
        "2025-09-17 14:00",
        "Pre-birth assessment session 2 at home (SW alone). Went through a typical day with Kayden using picture cards. Mr Whitlock described making Kayden's breakfast and walking him to nursery. Ms Holloway could not remember when Kayden last saw a health visitor. Both parents signed consent for me to speak to the nursery, GP and health visitor.",
        "Stacey Holloway; Dean Whitlock; Kayden Whitlock; SW Natt",
        None,
    ),
    (
        HV,
        "2025-09-23",
        "Info request from CSC (pre-birth assessment) answered: KW 27-30m review DNA x2 (2023), 3yr DNA x2 (11/24). No HV contact this pregnancy yet - antenatal contact to be booked.",
        "KW; SH; SW Natt",
        None,
    ),
    # E05 nursery phones the health visitor - the two ends in different words
    (
        NUR,
        "2025-09-24 11:15",
        "Lorraine rang Denise the health visitor because we are worried about Kayden's talking - he has about 20 words and gets very cross when we don't understand him - and because Mum has seemed very tired and teary at drop-off. Denise is going to see Kayden at home and see Mum at the same time. Mum knew we were ringing.",
        "Kayden; Mum; Denise; Lorraine",
        "E05",
    ),
    (
        HV,
        "2025-09-24 11:15",
        "Tel from nursery mgr (Little Acorns): KW SLC delay (approx 20 words at 4y4m), frustration behaviours. Reports SH presenting low/tearful at handover. Plan: 4yr developmental review at home, combine with antenatal contact. SALT referral likely.",
        "KW; SH; Mrs Pike; HV Akers",
        "E05",
    ),
    (
        LDT,
        "2025-09-25",
        "Home visit to finish Stacey's assessment. She showed me the pile of letters she can't read - two were from the hospital. We made a picture calendar for the fridge. Dean was out.",
        "Stacey; Ben",
        None,
    ),
    (
        MAT,
        "2025-09-30 09:40",
        "ANC 28+3. Hb 104 - oral iron. GTT normal. BP 116/68, SFH 28, FH 138. 'Stressed'. Partner not present - RE DA asked alone: arguments 'sometimes', no physical violence. Next appt 29/40 (LD pathway extra appt).",
        "Stacey Holloway; MW Feeney",
        None,
    ),
    # ---------------- October ----------------
    # E06 domestic incident (Sat) and its Monday notifications, plus the mother's call to her LD worker about it
    (
        POL,
        "2025-10-04 22:40",
        "Occ 25/128871. 999 from neighbour - female screaming, 14 Canal Row. Officers att 22:52 (PC 4471 MORLEY). HOLLOWAY, Stacey (approx 29/40 pregnant) and WHITLOCK, Dean - argument over money. WHITLOCK punched kitchen wall, hole in plasterboard. No assault alleged. Child (4y) awake on stairs. Both parties LD - info repeated slowly. WHITLOCK agreed to stay at sister's o/n. DASH medium (pregnancy). PPN submitted.",
        "HOLLOWAY; WHITLOCK; Kayden Whitlock; Karen Whitlock; PC Morley",
        "E06",
    ),
    (
        CSC,
        "2025-10-06 09:20",
        "MASH: Police Protection Notice received for Saturday night. A neighbour called the police after hearing screaming; Mr Whitlock punched a hole in the kitchen wall during an argument about money. Ms Holloway is 29 weeks pregnant. Kayden was awake and on the stairs. Mr Whitlock spent the night at his sister Karen's. Open to the Assessment Team (Priya Natt) - passed to the allocated worker. Strategy discussion to be convened given the pregnancy and the repeat notification.",
        "Stacey Holloway; Dean Whitlock; Kayden Whitlock; Karen Whitlock; SW Natt",
        "E06",
    ),
    (
        NUR,
        "2025-10-06 08:50",
        "Op Encompass email 08.30 - police called to Kayden's home on Saturday night. Lorraine (DSL) told. Kayden brought in by Aunt Karen, quiet, didn't want to take his coat off. Said 'Daddy bang wall'.",
        "Kayden; Aunt Karen; Dad; Lorraine",
        "E06",
    ),
    (
        LDT,
        "2025-10-07 16:10",
        "Stacey rang me crying. She said Dean got angry at the weekend and punched the wall and the police came, and she is scared now they will take the baby. I listened and said I would tell Priya she had rung. Dean is back at the flat.",
        "Stacey; Dean; Priya; Ben",
        "E06",
    ),
    (
        POL,
        "2025-10-07",
        "Occ 25/128871 - DASH reviewed by DA unit, medium confirmed. Crim damage (own property) - NFA. Closed.",
        "HOLLOWAY; WHITLOCK",
        None,
    ),
    (
        MAT,
        "2025-10-08 09:30",
        "ANC 29+4 (LD pathway extra appt). BP 120/76, SFH 29, FH 144, FM+. Stacey tearful, said police came to the flat at the weekend. EPDS 16 - letter to GP. Safety advice + DA helpline card given. Next 31/40.",
        "Stacey Holloway; MW Feeney",
        None,
    ),
    # E07 strategy discussion 1; the HV files the minutes six days later
    (
        CSC,
        "2025-10-08 14:00",
        "Strategy discussion (by phone) chaired by TM Gareth Lowe. Present: Priya Natt (SW), DS Rigby (MASH police), Alison Shaw (safeguarding midwife). Health visitor unavailable - minutes to follow. Discussed the domestic incident of 4 October while Ms Holloway is 29 weeks pregnant, both parents' learning disabilities, Ms Holloway's previous postnatal depression and current low mood, and Kayden's speech delay. Agreed the threshold is met for section 47 enquiries for Kayden and the unborn baby; initial child protection conference by 29 October.",
        "Kayden Whitlock; unborn baby; Stacey Holloway; Dean Whitlock; TM Lowe; SW Natt; DS Rigby; Alison Shaw",
        "E07",
    ),
    (
        POL,
        "2025-10-08 14:00",
        "Strat disc re WHITLOCK children (4y + unborn). Police info: 2 x DA callouts (06/24, 04/10/25), crim damage NFA. Outcome s47 - CSC lead. Police to provide report for ICPC.",
        "Kayden Whitlock; unborn baby; WHITLOCK; DS Rigby",
        "E07",
    ),
    (
        MAT,
        "2025-10-08 14:00",
        "S/G MW attended strategy mtg (tel). CP enquiries (s47) agreed for KW + unborn. ICPC date tba. Flag placed on maternity system.",
        "KW; unborn baby; Alison",
        "E07",
    ),
    (
        HV,
        "2025-10-14",
        "Minutes of strat mtg 08/10 rec'd by secure email + filed. CP enquiries for KW + unborn baby. HV to submit report for ICPC; bring antenatal contact forward.",
        "KW; unborn baby; HV Akers",
        "E07",
    ),
    (
        HV,
        "2025-10-15 10:00",
        "Antenatal contact + KW 4yr review at home (Denise). SH 31/40, EPDS 17 - advised GP. KW ASQ-3: communication + personal-social below cut-off, fine motor borderline. SALT referral made. DW present, engaged. Home cluttered, little food - foodbank voucher given.",
        "SH; KW; DW; Denise",
        None,
    ),
    (
        CSC,
        "2025-10-16 15:30",
        "Section 47 home visit. Saw Kayden on his own in his bedroom using pictures of faces; he pointed to 'angry' for Daddy and said 'Daddy shout'. He pointed to 'happy' for Mummy and Aunt Karen. Mr Whitlock said he was sorry about the wall and 'gets muddled when there's no money'. Agreed with both parents to ask for a budgeting support worker through the learning disability team.",
        "Kayden Whitlock; Dean Whitlock; Stacey Holloway; Karen Whitlock; SW Natt",
        None,
    ),
    (
        GP,
        "2025-10-17",
        "SH - low mood, EPDS 17 (HV) and 16 (MW). Tearful, poor sleep, worried SS 'take baby'. No SI/DSH. Sertraline in pregnancy discussed - restart 50mg od. Perinatal MH referral sent. R/v 2/52.",
        "Stacey Holloway; Dr Siddiqui",
        None,
    ),
    (
        MAT,
        "2025-10-22 10:00",
        "ANC 31+4 with safeguarding MW (AS). BP 110/70, SFH 32, FH 140. Birth plan started (easy read). On sertraline via GP. Stacey says Dean 'calmer'. ICPC 29/10 - S/G MW to attend.",
        "Stacey Holloway; Dean; Alison",
        None,
    ),
    (
        NUR,
        "2025-10-24",
        "Report written for Kayden's child protection conference: attendance 78% this term, speech delay (SALT referral made by HV), usually clean, came in hungry on three Mondays.",
        "Kayden; Lorraine",
        None,
    ),
    (
        GP,
        "2025-10-27",
        "Report for ICPC 29/10 sent (SH, DW, KW). Unable to attend - surgery.",
        "Stacey Holloway; Dean; KW",
        None,
    ),
    (
        POL,
        "2025-10-27",
        "Conference report submitted for WHITLOCK children ICPC 29/10. DS RIGBY not attending.",
        "Kayden Whitlock; unborn baby; DS Rigby",
        None,
    ),
    # E08 initial child protection conference (pre-birth + Kayden)
    (
        CSC,
        "2025-10-29 10:00",
        "Initial child protection conference chaired by Maureen Oyelaran. Present: Ms Holloway, Mr Whitlock, Karen Whitlock (support), Fiona Hale (advocate), Priya Natt, Alison Shaw (safeguarding midwife), Denise Akers (health visitor), Lorraine Pike (nursery), Ben Carrow (learning disability team). Written reports from police and GP. Kayden and the unborn baby are made subject to child protection plans under the category of neglect. Pre-birth assessment to conclude by 36 weeks; birth planning meeting late November; first core group 12 November at nursery.",
        "Kayden Whitlock; unborn baby; Stacey Holloway; Dean Whitlock; Karen Whitlock; Fiona Hale; SW Natt; Alison Shaw; Denise; Lorraine; Ben; Chair Oyelaran",
        "E08",
    ),
    (
        MAT,
        "2025-10-29",
        "Pre-birth CP conf attended (S/G MW). Outcome: unborn - CP plan (neglect). Plan at birth to be agreed at birth planning mtg ~36/40. Maternity alert updated.",
        "unborn baby; Alison",
        "E08",
    ),
    (
        HV,
        "2025-10-29",
        "ICPC attended (Denise). KW + unborn baby subject to CP plans - neglect. HV: fortnightly contacts, EPDS each contact, chase SALT.",
        "KW; unborn baby; Denise",
        "E08",
    ),
    (
        NUR,
        "2025-10-29",
        "Lorraine went to Kayden's child protection meeting at the council offices. Kayden is now on a plan. Core group meetings will be held at nursery.",
        "Kayden; Lorraine",
        "E08",
    ),
    (
        LDT,
        "2025-10-29",
        "Went to the child protection conference with Stacey and Dean, with Fiona the advocate. Stacey found it very hard - lots of people and long words. I asked the chair to stop twice so we could explain. Both children are on a plan now.",
        "Stacey; Dean; Fiona; Ben",
        "E08",
    ),
    # ---------------- November ----------------
    # E09 antenatal appointment attended jointly with the LD nurse
    (
        MAT,
        "2025-11-05 10:00",
        "ANC 33+4 - joint appt with LD community nurse (H Moss). BP 114/72, SFH 33, FH 146, ceph. Birth preparation using easy-read 'Having your baby' pack; practised hospital bag list. Stacey engaged, asked good questions. Dean DNA.",
        "Stacey Holloway; Hayley; MW Feeney",
        "E09",
    ),
    (
        LDT,
        "2025-11-05 10:00",
        "Hayley (LD nurse) went with Stacey to her midwife appointment at the hospital to go through the easy read birth pack. Stacey was nervous in the waiting room but did well. They practised what to put in the hospital bag.",
        "Stacey; Hayley",
        "E09",
    ),
    (
        CSC,
        "2025-11-07 11:00",
        "Child protection visit, unannounced. Ms Holloway and Kayden at home; Mr Whitlock at the job centre. Kayden had not gone to nursery - 'he had a cough', but he seemed well. The kitchen was cleaner and there was food in the cupboards. Baby's cot still in its box.",
        "Stacey Holloway; Kayden Whitlock; Dean Whitlock; SW Natt",
        None,
    ),
    (
        HV,
        "2025-11-11 13:30",
        "HV contact (Denise). SH 34/40, EPDS 14 (sertraline 3/52). KW SALT appt 12/12. Home tidier. Cot not assembled - DW 'will do it at weekend'.",
        "SH; KW; DW; Denise",
        None,
    ),
    # E10 core group 1
    (
        CSC,
        "2025-11-12 10:00",
        "Core group meeting at Little Acorns Nursery (first). Present: Ms Holloway, Mr Whitlock, Priya Natt, Lorraine Pike, Denise Akers (health visitor), Ben Carrow. Plan reviewed: Kayden's attendance and speech therapy, shopping and budgeting support, Ms Holloway's mood, preparing for the baby (cot, bottles, steriliser). Actions updated.",
        "Stacey Holloway; Dean Whitlock; SW Natt; Lorraine; Denise; Ben; Kayden Whitlock; unborn baby",
        "E10",
    ),
    (
        NUR,
        "2025-11-12 10:00",
        "Core group meeting held here (staff room), 10am. Lorraine reported Kayden's attendance 80% since the conference and 5 new words. Next core group in January.",
        "Kayden; Lorraine",
        "E10",
    ),
    (
        HV,
        "2025-11-12",
        "Core group at nursery (am) - attended. HV actions: fortnightly visits, EPDS each contact, chase SALT.",
        "KW; Denise",
        "E10",
    ),
    (
        GP,
        "2025-11-14",
        "DW - 1st appt in 3 yrs. 'Stress', poor sleep, temper. Mild LD. EtOH 'few cans at weekend'. Easy-read anger mgmt self-help. Sister present.",
        "Dean Whitlock; Karen; Dr Siddiqui",
        None,
    ),
    (
        NUR,
        "A:2025-11-17:2025-11-21:w/c 17.11.25",
        "Kayden only in 2 of 5 mornings this week. Mum said he had a cold. Attendance letter sent home.",
        "Kayden; Mum",
        None,
    ),
    (
        MAT,
        "2025-11-19 10:00",
        "ANC 35+4. BP 118/74, SFH 35, FH 140, ceph, 3/5 palp. Feeding choice: formula. Steriliser given (charity). Dean attended.",
        "Stacey Holloway; Dean Whitlock; MW Feeney",
        None,
    ),
    (
        CSC,
        "2025-11-20",
        "Pre-birth assessment completed and shared with the parents in easy-read. Recommendation: the baby to go home with her parents under a child protection plan and a written safety plan; Karen Whitlock to stay for the first two weeks; daily family visits; a PAMS parenting assessment after the birth.",
        "Stacey Holloway; Dean Whitlock; Karen Whitlock; unborn baby",
        None,
    ),
    (
        HV,
        "2025-11-25 14:00",
        "HV contact (Denise). SH 36/40, EPDS 13. Cot built. Bottles + steriliser. Reviewed safe sleep (easy-read). KW - SALT 12/12 confirmed.",
        "SH; KW; Denise",
        None,
    ),
    # E11 birth planning meeting (LD team writes it in its monthly summary)
    (
        MAT,
        "2025-11-26 13:30",
        "Birth planning mtg, Delivery Suite seminar room. S/G MW, SW, LD SW, parents + Karen. Plan: baby to stay min 48h, feeds + handling observed and documented; discharge mtg before d/c; Karen to stay 2/52; inform EDT if delivered out of hours.",
        "Stacey Holloway; Dean Whitlock; Karen; Alison; SW Natt; Ben; unborn baby",
        "E11",
    ),
    (
        CSC,
        "2025-11-26 13:30",
        "Birth planning meeting at St Anne's maternity unit with Alison Shaw (safeguarding midwife), Ben Carrow, Ms Holloway, Mr Whitlock and Karen Whitlock. Agreed: ward staff to observe and record feeds and handling; Ms Holloway to stay at least 48 hours; a discharge meeting before she goes home; Karen to stay at the flat for the first fortnight; the Emergency Duty Team to be told if the baby is born out of hours.",
        "Stacey Holloway; Dean Whitlock; Karen Whitlock; Alison Shaw; Ben Carrow; SW Natt; unborn baby",
        "E11",
    ),
    (
        LDT,
        "M:2025-11",
        "November summary (Ben). Stacey's Care Act assessment done - eligible for help with money, appointments and getting ready for the baby; support worker 6 hours a week from December. Went with Stacey and Dean to the birth planning meeting at the hospital - the baby will go home with them and Karen will stay. Dean said no to his own assessment again.",
        "Stacey; Dean; Karen; Ben",
        "E11",
    ),
    # ---------------- December ----------------
    (
        MAT,
        "2025-12-03 10:00",
        "ANC 37+4. BP 120/78, SFH 37, FH 136, ceph 2/5. Signs of labour reviewed with picture card. Hospital bag packed (Stacey showed photo).",
        "Stacey Holloway; MW Feeney",
        None,
    ),
    (
        GP,
        "2025-12-04",
        "SH - mood r/v. Sertraline 50mg. PHQ-9 10. 'Better'. Continue postnatally. R/v 6/52 PN.",
        "Stacey Holloway; Dr Siddiqui",
        None,
    ),
    (
        NUR,
        "2025-12-05",
        "Christmas photo day. Kayden wore a Santa hat and said 'baby coming'.",
        "Kayden",
        None,
    ),
    (
        HV,
        "2025-12-09 11:00",
        "HV contact (Denise). SH 38/40, EPDS 12. Formula + bottles ready. Karen moving in at birth. KW SALT 12/12.",
        "SH; KW; Karen; Denise",
        None,
    ),
    (
        MAT,
        "2025-12-10 10:00",
        "ANC 38+4. BP 122/76, FH 140, ceph 2/5. Membrane sweep offered - declined. Next 40/40.",
        "Stacey Holloway; MW Feeney",
        None,
    ),
    (
        CSC,
        "2025-12-11 14:00",
        "Child protection visit. Everything ready for the baby. Ms Holloway anxious about the birth. Kayden showed me the baby's cot. Karen has a bag packed at her house.",
        "Stacey Holloway; Kayden Whitlock; Karen Whitlock; SW Natt",
        None,
    ),
    # E12 birth (Sunday): delivery, EDT call, HV birth notification, GP discharge summary 15 days later
    (
        MAT,
        "2025-12-14 03:42",
        "SVD 03:42 at 39+1. Live female 3.05kg, Apgars 9/9. EBL 300ml. Dean + Karen present. Skin to skin. Formula. CP plan at birth - EDT informed 04:30 per birth plan. Min 48h stay, feeds to be observed.",
        "Stacey Holloway; Ruby Whitlock; Dean Whitlock; Karen",
        "E12",
    ),
    (
        CSC,
        "2025-12-14 04:30",
        "Emergency Duty Team: call from the labour ward at St Anne's. Ms Holloway gave birth to a girl at 03:42; mother and baby well. Birth plan in place (at least 48 hours on the ward, feeds observed). No action needed tonight; day team told by email.",
        "Stacey Holloway; Ruby Whitlock",
        "E12",
    ),
    (
        MAT,
        "2025-12-15 08:00",
        "PN day 1. Stacey needed prompting x2 overnight to feed Ruby 3-hrly; made up feeds correctly with support. Dean visited 10:00-20:00. NIPE normal. Feeding chart continues.",
        "Stacey Holloway; Ruby; Dean Whitlock",
        None,
    ),
    (
        CSC,
        "2025-12-15 15:00",
        "Visited the postnatal ward after reading the EDT note. Ms Holloway tired and happy; the baby is called Ruby. Ward staff say she needs reminding about feed times. Mr Whitlock was holding Ruby confidently.",
        "Stacey Holloway; Ruby Whitlock; Dean Whitlock; SW Natt",
        None,
    ),
    # E13 discharge planning meeting; the HV's birth notification the same day belongs to E12
    (
        MAT,
        "2025-12-16 11:00",
        "Discharge planning mtg on ward (S/G MW, SW Natt, LD SW, parents, Karen). Feeding chart reviewed - improving with prompts. D/c home today pm. Community MW daily x3, HV NBV jointly with LD nurse.",
        "Stacey Holloway; Ruby; Dean Whitlock; Karen; Alison; SW Natt; Ben",
        "E13",
    ),
    (
        CSC,
        "2025-12-16 11:00",
        "Discharge meeting on the postnatal ward with Alison Shaw, Ben Carrow, both parents and Karen Whitlock. Ruby's feeding chart shows Ms Holloway now feeds on time with prompts from Karen. Agreed Ruby goes home this afternoon; written safety plan signed (Karen stays two weeks, no one to sleep with Ruby on the sofa, bottles made up by the picture card).",
        "Ruby Whitlock; Stacey Holloway; Dean Whitlock; Karen Whitlock; Alison Shaw; Ben Carrow; SW Natt",
        "E13",
    ),
    (
        LDT,
        "2025-12-16",
        "Meeting on the ward before Stacey and Ruby came home. Stacey asked me to sit next to her. The safety plan was read out and I made a picture version for the fridge.",
        "Stacey; Ruby; Ben",
        "E13",
    ),
    (
        HV,
        "2025-12-16 15:20",
        "Birth notification rec'd: Ruby Whitlock, born 14/12/25 SVD 39+1, 3.05kg, formula fed. Mother known - CP plan at birth. NBV to be arranged with LD nurse.",
        "Ruby; SH",
        "E12",
    ),
    (
        MAT,
        "2025-12-17 11:30",
        "Community MW day 3. Ruby wt 2.92kg (-4%). Feeds 60-70ml 3-hrly, chart kept by Karen. Jaundice mild, not clinically significant. Stacey EPDS 12.",
        "Ruby; Stacey Holloway; Karen; MW Feeney",
        None,
    ),
    (
        MAT,
        "2025-12-19 11:00",
        "Community MW day 5. NBBS taken. Ruby wt 2.98kg. Cord clean. Stacey tired, 'Dean does nights'.",
        "Ruby; Stacey Holloway; Dean; MW Feeney",
        None,
    ),
    (
        CSC,
        "2025-12-19 14:00",
        "Child protection visit to see Ruby at home. Karen there. Ruby asleep on her back in the Moses basket. Bottles made up correctly while I was there. Kayden excited about Christmas.",
        "Ruby Whitlock; Karen Whitlock; Kayden Whitlock; SW Natt",
        None,
    ),
    (
        NUR,
        "2025-12-19",
        "Last day before Christmas. Aunt Karen collected Kayden and said the baby is 'doing lovely'. Nursery closed until 5 January.",
        "Kayden; Aunt Karen",
        None,
    ),
    (
        MAT,
        "2025-12-24 10:30",
        "Community MW day 10. Ruby wt 3.10kg (above BW). Stacey well, perineum healed, EPDS 11. Discharged from midwifery care to HV.",
        "Ruby; Stacey Holloway; MW Feeney",
        None,
    ),
    (
        GP,
        "2025-12-29",
        "Maternity d/c summary (St Anne's): SVD 14/12/25 39+1, female 3.05kg, d/c day 2 (16/12). CP plan at birth. Ruby registered at practice.",
        "Stacey Holloway; Ruby",
        "E12",
    ),
    # E14 new birth visit, joint HV + LD nurse
    (
        HV,
        "2025-12-30 10:00",
        "NBV (Denise) - JV with LD community nurse (Hayley). Ruby 16/7, wt 3.30kg (BW 3.05). Formula 90ml 3-4 hrly, made correctly using picture card on fridge. Safe sleep - Moses basket. SH EPDS 13. Karen leaving 02/01.",
        "Ruby; SH; Karen; Hayley; Denise",
        "E14",
    ),
    (
        LDT,
        "2025-12-30 10:00",
        "Hayley went with Denise the health visitor for the first visit to baby Ruby at home. Stacey showed us how she makes the bottles with the picture card on the fridge. She was proud. Dean was asleep after doing the night feeds.",
        "Hayley; Denise; baby Ruby; Stacey; Dean",
        "E14",
    ),
    # ---------------- January 2026 ----------------
    (
        NUR,
        "2026-01-05",
        "Kayden back after Christmas, talked about 'baby Ruby'. Came in without breakfast - given toast.",
        "Kayden; baby Ruby",
        None,
    ),
    (
        HV,
        "2026-01-06 13:30",
        "HV contact (Denise). Ruby 3/52 wt 3.52kg. Karen gone home 02/01. SH managing day feeds, DW nights. EPDS 14. Flat OK.",
        "Ruby; SH; DW; Karen; Denise",
        None,
    ),
    (
        GP,
        "2026-01-08",
        "Ruby 3/52 - sticky eye L 3/7. Well, feeding. Imp: blocked NLD. Cleaning advice. Brought by Dad.",
        "Ruby; Dad; Dr Siddiqui",
        None,
    ),
    (
        CSC,
        "2026-01-09 11:00",
        "Child protection visit. Ruby clean and content. Ms Holloway said nights are 'hard' since Karen went home; Mr Whitlock does most night feeds and then sleeps through the morning, so Kayden was late for nursery twice this week.",
        "Ruby Whitlock; Stacey Holloway; Dean Whitlock; Kayden Whitlock; SW Natt",
        None,
    ),
    (
        LDT,
        "2026-01-12",
        "Support worker started (Tues and Fri, 3 hours). Ben visited with her to introduce. Stacey wants help with the shopping list and the gas card.",
        "Stacey; Ben",
        None,
    ),
    # E15 core group 2 (look-alike of E10); the GP postnatal check the same afternoon is not it
    (
        CSC,
        "2026-01-14 10:00",
        "Core group meeting at Little Acorns Nursery (second). Present: Ms Holloway, Mr Whitlock, Priya Natt, Lorraine Pike, Denise Akers (health visitor), Ben Carrow. Plan reviewed: Kayden's attendance and lateness, speech therapy, night-time routine since Karen left, Ms Holloway's mood, Ruby's weight. Actions updated.",
        "Stacey Holloway; Dean Whitlock; SW Natt; Lorraine; Denise; Ben; Kayden Whitlock; Ruby Whitlock",
        "E15",
    ),
    (
        NUR,
        "2026-01-14 10:00",
        "Core group meeting held here (staff room), 10am. Lorraine reported Kayden's attendance 74% and late 4 times since Christmas. SALT started in nursery.",
        "Kayden; Lorraine",
        "E15",
    ),
    (
        HV,
        "2026-01-14",
        "Core group at nursery (am) - attended. HV actions: weekly visits until 8/52, EPDS each contact.",
        "KW; Ruby; Denise",
        "E15",
    ),
    (
        LDT,
        "2026-01-14",
        "Core group at the nursery. Ben went. Stacey was quiet. Dean said he is 'too tired' with the night feeds. Support worker to do a bedtime routine chart with them.",
        "Stacey; Dean; Ben",
        "E15",
    ),
    (
        GP,
        "2026-01-14 15:30",
        "SH - PN check (early, 4/52). Lochia settled. BP 118/72. Contraception - implant booked. Mood 'up and down'. Sertraline 50 cont.",
        "Stacey Holloway; Dr Siddiqui",
        None,
    ),
    (
        NUR,
        "A:2026-01-19:2026-01-23:w/c 19.01.26",
        "Kayden in 3 of 5 mornings, late on 2. Dad said 'the baby kept us up'.",
        "Kayden; Dad",
        None,
    ),
    (
        HV,
        "2026-01-20 13:30",
        "HV contact (Denise). Ruby 5/52 wt 3.98kg (25th). Nappy bin overflowing, bottles on side unwashed. SH EPDS 15. Reminded re sterilising.",
        "Ruby; SH; Denise",
        None,
    ),
    (
        POL,
        "2026-01-19",
        "RCPC 21/01 - police report submitted (no further incidents since 04/10/25). Not attending.",
        "Kayden Whitlock; Ruby Whitlock; DS Rigby",
        None,
    ),
    # E16 review child protection conference
    (
        CSC,
        "2026-01-21 10:00",
        "Review child protection conference chaired by Maureen Oyelaran. Present: Ms Holloway, Mr Whitlock, Fiona Hale (advocate), Priya Natt, Denise Akers (health visitor), Lorraine Pike (nursery), Dr Siddiqui (GP), Ben Carrow. Police report received. Kayden and Ruby remain subject to child protection plans (neglect). Progress with Ruby's care while Karen was staying; concerns since about night-time, Kayden's lateness and home conditions. Next review in six months.",
        "Kayden Whitlock; Ruby Whitlock; Stacey Holloway; Dean Whitlock; Fiona Hale; SW Natt; Denise; Lorraine; Dr Siddiqui; Ben; Chair Oyelaran",
        "E16",
    ),
    (
        GP,
        "2026-01-21",
        "Dr S attended RCPC (council offices). KW + RW remain on CP plans (neglect). GP: SH monthly mood r/v; RW imms 8/52.",
        "KW; RW; Stacey Holloway; Dr Siddiqui",
        "E16",
    ),
    (
        HV,
        "2026-01-21",
        "RCPC attended (Denise). CP plans continue x2. HV weekly to 8/52 then fortnightly.",
        "KW; Ruby; Denise",
        "E16",
    ),
    (
        NUR,
        "2026-01-21",
        "Lorraine went to Kayden's review conference. Still on a plan. Nursery to ring the social worker if Kayden is later than 10am.",
        "Kayden; Lorraine",
        "E16",
    ),
    (
        LDT,
        "2026-01-21",
        "Review conference with Stacey and Dean, Fiona came too. It was a bit better than last time - the chair used the picture agenda. Both children still on a plan.",
        "Stacey; Dean; Fiona; Ben",
        "E16",
    ),
    (
        CSC,
        "2026-01-23",
        "Letter to Ms Holloway and Mr Whitlock (with easy-read version) confirming the outcome of the review conference.",
        "Stacey Holloway; Dean Whitlock",
        None,
    ),
    (
        HV,
        "2026-01-27 13:30",
        "HV contact (Denise). Ruby 6/52 wt 4.10kg. Home untidier. SH EPDS 15, tired. DW asleep. Discussed sharing night feeds.",
        "Ruby; SH; DW; Denise",
        None,
    ),
    # E17 police welfare call to the crying baby (Sat night), EDT, aunt tells nursery on Monday
    (
        POL,
        "2026-01-31 23:50",
        "Occ 26/010932. Concern for welfare - neighbour reports baby crying 2hrs+ at 14 Canal Row, no answer. Officers att 00:10 (PC 4471 MORLEY). Door answered after 10 mins by WHITLOCK, Dean - had been asleep. HOLLOWAY, Stacey asleep, states took 'a sleeping tablet'. Baby (7 wks) in Moses basket, soiled, crying; last bottle approx 19:00 per father. Boy (4y) awake in lounge watching TV. No injuries. Father fed baby in officers' presence. Home very untidy. EDT informed. No offences.",
        "WHITLOCK; HOLLOWAY; Ruby Whitlock; Kayden Whitlock; PC Morley",
        "E17",
    ),
    (
        CSC,
        "2026-02-01 00:40",
        "EDT: police attended 14 Canal Row after a neighbour reported a baby crying for over two hours. Both parents had been asleep; Ms Holloway says she took a sleeping tablet. Ruby was wet and hungry and was fed while officers were there; Kayden was up watching television. No injuries. Rang Karen Whitlock, who agreed to go round at 8am and stay the day. Day team to follow up.",
        "Ruby Whitlock; Kayden Whitlock; Stacey Holloway; Dean Whitlock; Karen Whitlock",
        "E17",
    ),
    (
        POL,
        "2026-02-01",
        "Occ 26/010932 closed - no offences disclosed. Child concern PPN x2 submitted to MASH.",
        "Ruby Whitlock; Kayden Whitlock",
        None,
    ),
    (
        NUR,
        "2026-02-02 08:45",
        "Aunt Karen brought Kayden in and told Lorraine the police came to the flat on Saturday night because the baby was crying and Mum and Dad were asleep. Kayden very tired - fell asleep at story time.",
        "Kayden; Aunt Karen; Mum; Dad; Lorraine",
        "E17",
    ),
    (
        CSC,
        "2026-02-02 11:00",
        "Home visit following the EDT record. Karen there. Ruby clean and fed. Ms Holloway said she bought sleeping tablets from the chemist because she 'couldn't switch off'; she did not think Dean would fall asleep too. Tablets handed to Karen.",
        "Stacey Holloway; Dean; Ruby Whitlock; Karen Whitlock; SW Natt",
        None,
    ),
    (
        HV,
        "2026-02-03 09:30",
        "HV contact (weekly, Denise). Ruby 7/52 wt 4.30kg. Nappy rash ++. SH low, EPDS 16, said she took a sleeping tablet Sat night and 'didn't hear her'. SW aware - strategy mtg today.",
        "Ruby; SH; Denise",
        None,
    ),
    # E18 strategy discussion 2; the GP files the minutes six days later
    (
        CSC,
        "2026-02-03 14:00",
        "Strategy discussion (Teams) chaired by TM Lowe. Present: Priya Natt, DS Rigby, Denise Akers (health visitor). Following the police welfare call on the night of 31 January. Kayden and Ruby are already subject to child protection plans, so no new section 47 enquiry. Agreed: request a legal planning meeting to consider pre-proceedings under the Public Law Outline; Karen to stay nights for a week; Ms Holloway to see the GP about sleep and the tablets.",
        "Kayden Whitlock; Ruby Whitlock; Stacey Holloway; Karen Whitlock; TM Lowe; SW Natt; DS Rigby; Denise",
        "E18",
    ),
    (
        POL,
        "2026-02-03 14:00",
        "Strat disc - WHITLOCK children (4y, 7wk), already CP. Police: occ 26/010932 welfare, no offences, NFA. Log shared.",
        "Kayden Whitlock; Ruby Whitlock; DS Rigby",
        "E18",
    ),
    (
        HV,
        "2026-02-03 14:00",
        "Strategy mtg (Teams) attended pm. No new s47 (already CP). Legal planning to be requested. Karen nights x1/52. HV to stay weekly.",
        "KW; Ruby; Karen; Denise",
        "E18",
    ),
    (
        GP,
        "2026-02-04 10:10",
        "SH - sleep. Took OTC sleeping tablet 31/01 - baby not heard. Advised not while caring for baby at night. Mood low, EPDS 16 (HV). Sertraline incr to 100mg. Perinatal MH referral chased. R/v 2/52.",
        "Stacey Holloway; Dr Siddiqui",
        None,
    ),
    (
        CSC,
        "2026-02-05",
        "Legal gateway meeting (internal, with Legal Services), chaired by the Head of Service. Threshold for care proceedings not met at present; agreed to start pre-proceedings under the Public Law Outline. Letter before proceedings to be sent with an easy-read version.",
        "Stacey Holloway; Dean Whitlock; Kayden Whitlock; Ruby Whitlock; TM Lowe",
        None,
    ),
    (
        GP,
        "2026-02-09",
        "Minutes rec'd - strat mtg 03/02 (KW, RW). Already CP; PLO to be considered. GP action: SH r/v sleep + mood (done 04/02).",
        "KW; RW; Stacey Holloway",
        "E18",
    ),
    # E19 HV rings the GP after the 6-8 week review; the review itself, the nursery session and the GP review next day are not it
    (
        HV,
        "2026-02-10 10:00",
        "6-8 wk review (Denise). Ruby wt 4.55kg (25th), social smile, hips/eyes NAD. SH EPDS 18, Q10 = 1 ('hardly ever'). Discussed - SH agrees HV speaks to GP today.",
        "Ruby; SH; Denise",
        None,
    ),
    (
        NUR,
        "2026-02-10",
        "Dad dropped Kayden off on time, said Mum was 'having the baby checked'. Kayden did his SALT sounds game with Lorraine.",
        "Kayden; Dad; Mum; Lorraine",
        None,
    ),
    (
        HV,
        "2026-02-10 12:15",
        "Tel to Brookside - spoke to Dr S re SH EPDS 18 with Q10 positive (low). Urgent appt tomorrow 09:10 booked by surgery. SW informed by email.",
        "SH; Dr S; Denise",
        "E19",
    ),
    (
        GP,
        "2026-02-10 12:15",
        "Tel from HV: SH high score on mood questionnaire at baby check this am incl. occasional thoughts of self-harm. Asks urgent r/v - booked am tomorrow. Safety-net via HV: 111/999 if worse.",
        "Stacey Holloway; Denise; Dr Siddiqui",
        "E19",
    ),
    (
        GP,
        "2026-02-11 09:10",
        "SH urgent r/v. Low, tearful, fleeting thoughts 'everyone better off', no plan/intent, protective factors children. Sertraline 100mg wk 1. Perinatal MH team urgent referral (re-sent). Crisis line card. R/v 1/52.",
        "Stacey Holloway; Dr Siddiqui",
        None,
    ),
    # E20 letter before proceedings and the parents bringing it to the LD team five days later
    (
        CSC,
        "2026-02-12",
        "Letter before proceedings (Public Law Outline) sent by recorded delivery to Ms Holloway and Mr Whitlock, with an easy-read version. Pre-proceedings meeting 26 February at the Civic Centre. Parents advised to take the letter to a solicitor; legal advice is free.",
        "Stacey Holloway; Dean Whitlock; SW Natt",
        "E20",
    ),
    (
        GP,
        "2026-02-13",
        "Ruby 8/52 imms (6-in-1, rotavirus, MenB) + 8wk check: NAD, wt 4.70kg. Brought by Dad.",
        "Ruby; Dad; Dr Siddiqui",
        None,
    ),
    (
        LDT,
        "2026-02-17 10:30",
        "Stacey and Dean came to the office with the letter from children's services. They had not opened the easy read one. I read it with them: the council is worried, there is a meeting on 26 Feb, and they should get a solicitor. Rang Kieran Dunne's office with them - appointment Friday. Fiona will come to the meeting.",
        "Stacey; Dean; Kieran Dunne; Fiona; Ben",
        "E20",
    ),
    (
        HV,
        "2026-02-17 13:30",
        "HV contact (Denise). Ruby 9/52 wt 4.85kg. Karen gone home 10/02. SH EPDS 15 - seen GP, meds increased. Home better, bottles sterilised.",
        "Ruby; SH; Karen; Denise",
        None,
    ),
    (
        HV,
        "2026-02-24",
        "Report for PLO mtg 26/02 sent to SW. Not attending (clinic).",
        "Ruby; KW; SW Natt",
        None,
    ),
    # E21 PLO meeting 1
    (
        CSC,
        "2026-02-26 10:00",
        "Pre-proceedings (PLO) meeting at the Civic Centre chaired by TM Lowe with the council's solicitor. Ms Holloway and Mr Whitlock attended with their solicitor Kieran Dunne, advocate Fiona Hale and Ben Carrow (learning disability team). Concerns explained in plain words: night-time care of Ruby, home conditions, Kayden's lateness and attendance, Ms Holloway's mood. Pre-proceedings plan: independent PAMS parenting assessment starting in March; support worker visits morning and bedtime for six weeks; Ms Holloway to work with the perinatal mental health team; Kayden at nursery every morning by 9.30. Review meeting in eight weeks.",
        "Stacey Holloway; Dean Whitlock; Kieran Dunne; Fiona Hale; Ben Carrow; TM Lowe; SW Natt; Ruby Whitlock; Kayden Whitlock",
        "E21",
    ),
    (
        LDT,
        "2026-02-26",
        "PLO meeting at the Civic Centre - me, Fiona, Stacey, Dean and their solicitor. Stacey cried when they said the word court. Afterwards we went through the plan with pictures in the cafe. Support worker visits going up to twice a day (8am and 7pm) for 6 weeks.",
        "Ben; Fiona; Stacey; Dean",
        "E21",
    ),
    (
        NUR,
        "2026-02-27",
        "Kayden in at 9.15 every day this week. Lorraine put a star chart up with him.",
        "Kayden; Lorraine",
        None,
    ),
    # ---------------- March ----------------
    (
        LDT,
        "2026-03-03",
        "Support worker review. Morning visits going well - Kayden out of the door by 8.45. Bedtime visits: Dean sometimes not in. Stacey wants to learn to use the washing machine timer.",
        "Kayden; Dean; Stacey; Ben",
        None,
    ),
    (
        CSC,
        "2026-03-05 10:00",
        "First PAMS assessment session by the independent assessor at home (SW present for the introduction). Ms Holloway and Mr Whitlock both took part; Ruby fed and changed during the session.",
        "Stacey Holloway; Dean Whitlock; Ruby Whitlock; SW Natt",
        None,
    ),
    (
        GP,
        "2026-03-06",
        "SH r/v. Mood improving on sertraline 100mg, PHQ-9 11. Perinatal MH team assessment 12/03. Sleeping better. No SI.",
        "Stacey Holloway; Dr Siddiqui",
        None,
    ),
    # E22 nursery rings the social worker; the HV's visit that morning and the SW's home visit after the call are not it
    (
        HV,
        "2026-03-10 09:30",
        "HV contact (fortnightly, Denise). Ruby 12/52 wt 5.30kg (25th). SH in dressing gown, tired - 'bad night, Dean out'. EPDS 14. KW still at home 09:45 - SH says support worker didn't come.",
        "Ruby; SH; DW; KW; Denise",
        None,
    ),
    (
        NUR,
        "2026-03-10 11:40",
        "Kayden arrived 11.30 with Mum (session starts 9). Same clothes as yesterday, no coat, soaked from the rain. Said 'Mummy sleeping'. Lorraine rang Priya the social worker at 11.40 and told her.",
        "Kayden; Mum; Lorraine; Priya",
        "E22",
    ),
    (
        CSC,
        "2026-03-10 11:40",
        "Telephone call from Lorraine Pike, nursery manager: Kayden arrived at half past eleven in yesterday's clothes, wet through and without a coat, and told staff his mother was asleep. I said I would visit the home this afternoon and check whether the support worker came.",
        "Lorraine Pike; Kayden Whitlock; Stacey Holloway; SW Natt",
        "E22",
    ),
    (
        CSC,
        "2026-03-10 15:00",
        "Unannounced home visit. Ms Holloway says she overslept after Ruby woke at 5am and Mr Whitlock was at his sister's. Support worker had cancelled (sick). Ruby clean and fed. Washing piled up. Spoke to the LD team about cover for the support worker.",
        "Stacey Holloway; Dean Whitlock; Ruby Whitlock; SW Natt",
        None,
    ),
    (
        LDT,
        "2026-03-11",
        "Priya rang - support worker was off sick yesterday and Kayden was late for nursery. Arranged cover from the agency for the rest of the week.",
        "Priya; Kayden; Ben",
        None,
    ),
    (
        GP,
        "2026-03-12",
        "Perinatal MH team letter: SH assessed 12/03 - moderate PND on background of mild LD. CPN fortnightly; continue sertraline 100mg.",
        "Stacey Holloway",
        None,
    ),
    (
        NUR,
        "A:2026-03-16:2026-03-20:w/c 16.03.26",
        "Kayden in all 5 mornings this week, on time every day. Star chart full - he chose a sticker book.",
        "Kayden",
        None,
    ),
    (
        CSC,
        "2026-03-19 14:00",
        "PAMS session 3 (assessor) - observed bath time and bottle making. Child protection visit at the same time: home tidier, washing done.",
        "Stacey Holloway; Ruby Whitlock; SW Natt",
        None,
    ),
    (
        HV,
        "2026-03-24 13:30",
        "HV contact (Denise). Ruby 14/52 wt 5.60kg. SH EPDS 12, seeing CPN. DW present, engaged - did the feed. Home tidy.",
        "Ruby; SH; DW; Denise",
        None,
    ),
    (
        HV,
        "M:2026-03",
        "Monthly CP summary (Ruby): 3 contacts, weight on 25th centile, EPDS 14-12. KW attending nursery. Outstanding: KW SALT r/v.",
        "Ruby; KW; Denise",
        None,
    ),
    # ---------------- April ----------------
    (
        NUR,
        "2026-04-01",
        "Easter bonnet parade. Kayden came with Dad and baby Ruby. Kayden said his words clearly to Lorraine: 'my bonnet got a chick'.",
        "Kayden; Dad; baby Ruby; Lorraine",
        None,
    ),
    (
        CSC,
        "2026-04-08",
        "PAMS interim report received from the independent assessor: both parents can learn routines with visual prompts and repetition; risks remain at night and when Ms Holloway's mood is low. Recommends continued daily support and a night-time plan.",
        "Stacey Holloway; Dean Whitlock; Ruby Whitlock",
        None,
    ),
    (
        HV,
        "2026-04-07 13:30",
        "HV contact (Denise). Ruby 16/52 wt 5.95kg. Weaning info (easy-read). SH EPDS 11. Support worker present.",
        "Ruby; SH; Denise",
        None,
    ),
    (
        GP,
        "2026-04-14",
        "Ruby 16/52 imms (3rd 6-in-1, MenB). Brought by Mum + support worker. Well.",
        "Ruby; Mum; Dr Siddiqui",
        None,
    ),
    (
        LDT,
        "2026-04-15",
        "Review of Stacey's support plan. Support worker to stay at twice a day until the next PLO meeting. Dean has agreed to a Care Act assessment for himself.",
        "Stacey; Dean; Ben",
        None,
    ),
    # E23 PLO review meeting (look-alike of E21)
    (
        CSC,
        "2026-04-21 10:00",
        "Pre-proceedings (PLO) review meeting at the Civic Centre chaired by TM Lowe with the council's solicitor. Ms Holloway and Mr Whitlock attended with Kieran Dunne, Fiona Hale and Ben Carrow; Denise Akers (health visitor) attended. Progress: Kayden's attendance now 95%; Ruby thriving; Ms Holloway working with the perinatal team; PAMS interim report positive with support. Concern remains about nights. Agreed: pre-proceedings to continue for a further eight weeks with a night-time plan; PAMS final report in May.",
        "Stacey Holloway; Dean Whitlock; Kieran Dunne; Fiona Hale; Ben Carrow; Denise; TM Lowe; SW Natt; Kayden Whitlock; Ruby Whitlock",
        "E23",
    ),
    (
        LDT,
        "2026-04-21",
        "Second PLO meeting - me, Fiona, Stacey, Dean and the solicitor. Stacey did not cry this time and told them about the star chart. More time agreed. Night-time plan to be made with the support worker.",
        "Ben; Fiona; Stacey; Dean",
        "E23",
    ),
    (
        HV,
        "2026-04-21",
        "PLO review mtg attended (Civic Centre). Pre-proceedings extended 8/52. HV: fortnightly, weaning support, KW SALT chase.",
        "Ruby; KW; Denise",
        "E23",
    ),
    (
        CSC,
        "2026-04-23",
        "Letter to the parents and their solicitor confirming the outcome of the PLO review meeting, with an easy-read version.",
        "Stacey Holloway; Dean Whitlock; Kieran Dunne",
        None,
    ),
    (
        NUR,
        "2026-04-24",
        "Kayden's SALT review at nursery: now using 3-4 word sentences. Attendance this half term 95%.",
        "Kayden; Lorraine",
        None,
    ),
]


def main():
    out = HERE / "case_ao.json"
    casegen.build(
        "ao",
        "Pre-birth assessment to PLO pre-proceedings: baby born during the chronology and a "
        "4-year-old; both parents have learning disabilities, mother's perinatal depression, a "
        "domestic incident and a police welfare call; 7 agencies, Aug 2025 - Apr 2026 (many "
        "look-alike antenatal, health visitor and meeting entries that are not one event)",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
