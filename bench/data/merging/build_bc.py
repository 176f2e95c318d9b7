# ruff: noqa
"""Writing aid for case_bc (fictional; written blind, see case_bc_README.md).

    python3 bench/data/merging/build_bc.py      # writes bench/data/merging/case_bc.json

A toddler (Darya, born November 2023) and an eight-year-old (Rojin). Their father Hawre has
paranoid schizophrenia; their mother Nasreen speaks Sorani and little English and is isolated
(a Sorani interpreter, Avin Salih, is used, or a telephone interpreter). Crisis team home
treatment, a section 2 admission, the health visitor's missed contacts, nursery concerns about
the toddler's weight and bruising, a child protection medical, strategy discussion and
section 47, ICPC, an assault on the mother and a MARAC, housing damp/mould and lock change,
a PLO meeting, and a second crisis (s136, then s3). Eight agencies, Sep 2025 - Mar 2026.

Every case entry is written by hand; a small amount of routine single-agency filler comes from
hand-written pools through casegen.filler with a fixed seed, so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("bc_hv", "%d %b %Y")  # 02 Oct 2025
casegen.STYLES.setdefault("bc_nur", "%a %d.%m.%Y")  # Thu 02.10.2025
casegen.STYLES.setdefault("bc_hou", "%d-%m-%Y")  # 02-10-2025

CSC = "Children's Social Care"
POL = "Police"
AMH = "Adult mental health (Northbrook NHS Trust)"
HV = "Health visiting (0-19 service)"
NUR = "Little Acorns Day Nursery"
SCH = "St Wilfrid's Primary"
ACU = "Acute hospital"
HOU = "Riverside Homes"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (AMH, "health", "iso"),
    (HV, "health", "bc_hv"),
    (NUR, "education", "bc_nur"),
    (SCH, "education", "school"),
    (ACU, "health", "health"),
    (HOU, "other", "bc_hou"),
]

PEOPLE = [
    ("Rojin Aziz", ["Rojin", "R Aziz"], "Child R (8)", "child"),
    ("Darya Aziz", ["Darya", "D Aziz"], "Child D (toddler)", "child"),
    ("Nasreen Aziz", ["Nasreen", "Mrs Aziz", "Mum", "AZIZ, Nasreen"], "Mother", "parent"),
    ("Hawre Aziz", ["Hawre", "Mr Aziz", "Dad", "AZIZ, Hawre"], "Father", "parent"),
    ("Karwan Aziz", ["Karwan", "uncle Karwan", "AZIZ, Karwan"], "Paternal uncle", "family"),
    ("Avin Salih", ["Avin", "interpreter Salih"], "Sorani interpreter", "professional"),
    ("Megan Doyle", ["SW Doyle", "Megan"], "Social worker", "professional"),
    ("Andrew Pike", ["TM Pike"], "Team manager", "professional"),
    ("Hannah Shore", ["DC Shore"], "Detective constable (CAIT)", "professional"),
    ("Gemma Lowe", ["Gemma", "CRHTT Lowe"], "Crisis team nurse (CRHTT)", "professional"),
    ("Rhys Owen", ["Rhys", "CPN Owen"], "CMHT care co-ordinator (CPN)", "professional"),
    ("Joanna Wells", ["AMHP Wells"], "Approved mental health professional", "professional"),
    ("Samir Bashir", ["Dr Bashir"], "Consultant psychiatrist", "professional"),
    ("Lorraine Hesketh", ["Lorraine", "HV Hesketh"], "Health visitor", "professional"),
    ("Claire Munro", ["Claire", "Mrs Munro"], "Nursery manager (DSL)", "professional"),
    ("Amy Tait", ["Amy", "key worker Amy"], "Nursery key worker", "professional"),
    ("Daniel Okafor", ["Mr Okafor", "DSL Okafor"], "School DSL", "professional"),
    ("Priya Nair", ["Dr Nair"], "Consultant paediatrician", "professional"),
    ("Sophie Kerr", ["IDVA Kerr", "Sophie"], "IDVA", "professional"),
    ("Gary Lund", ["Gary", "HO Lund"], "Housing officer", "professional"),
    ("Ruth Marsden", ["IRO Marsden"], "Conference chair (IRO)", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        AMH,
        "Y:2019",
        "Background (CMHT records): Hawre Aziz, 38M. Dx paranoid schizophrenia 2019. Adm x2: s3 MHA 2019 (Larchwood), s2 MHA 2022. CTO discharged 2023. Olanzapine 15mg nocte, adherence variable. Relapse signature: insomnia, belief neighbours listening through walls, guarding front door, keeping family indoors.",
        "Hawre Aziz",
        None,
    ),
    (
        HOU,
        "M:2025-06",
        "Repair job RH-25-04417 raised: damp and black mould rear bedroom (children's room), reported by tenant's brother by phone. Inspection offered - no response to 2 calls. Job closed, no access.",
        "Hawre Aziz; Karwan",
        None,
    ),
    (
        AMH,
        "A:2025-08-18:2025-08-31:late August 2025 (approx.)",
        "Per wife (telephone interpreter, Sorani): Hawre stopped olanzapine 'about two weeks before school started', complaining of weight gain. Not reported to CMHT at the time.",
        "Hawre; Nasreen",
        None,
    ),
    (
        SCH,
        "2025-09-03",
        "Start of Year 4. Rojin 96% attendance last year. Mum's English very limited - Rojin often translates at the office. Staff reminded: use Language Line, NOT Rojin.",
        "Rojin; Mrs Aziz",
        None,
    ),
    (
        HV,
        "2025-09-04 10:00",
        "HV (LH): home visit for 2-2.5yr review - NA. Card left. Mother's first language Sorani - book interpreter for next contact.",
        "Darya; Mrs Aziz; Lorraine",
        None,
    ),
    (
        NUR,
        "2025-09-08",
        "Darya's first session (funded two-year place, Mon/Tue/Thu mornings). Brought by uncle Karwan, who translated for Mum. Key worker Amy. Upset when Mum left, settled with a snack.",
        "Darya; Karwan; Mum; Amy",
        None,
    ),
    (
        AMH,
        "2025-09-09 14:00",
        "CMHT - CPN (RO) home visit. Hawre guarded, says flat above is 'recording him', poor sleep 2/52, not taking olanzapine. Wife present, little English - Hawre declined interpreter. Children at school/nursery. Plan: CRHTT referral if no improvement; OPA with Dr Bashir brought forward.",
        "Hawre; Nasreen; CPN Owen",
        None,
    ),
    # ---------------- September ----------------
    # E01 police welfare check (Fri night), crisis team phoned by police, Monday PPN, HV notification 10 days later
    (
        POL,
        "2025-09-12 22:40",
        "Occ 25/118305. Concern for welfare - call from AZIZ, Karwan: brother AZIZ, Hawre 'not making sense', not letting wife leave flat, threatened neighbour upstairs. Officers att 22:58, Flat 9 Harrow Court. HA calm but suspicious, believes flat bugged. Wife AZIZ, Nasreen - limited English, spoken to via Language Line (Sorani): no threats to her, no violence. 2 children (8y, 1y) asleep, seen. No offences. Not detainable - in own home. CRHTT contacted by phone 23:10. Child concern PPN submitted.",
        "AZIZ, Karwan; AZIZ, Hawre; AZIZ, Nasreen; Rojin Aziz; Darya Aziz",
        "E01",
    ),
    (
        AMH,
        "2025-09-12 23:10",
        "CRHTT - telephone referral from police at home address (family concern call from brother). Known CMHT (CPN R Owen), paranoid schizophrenia. Not taking olanzapine; persecutory ideas re neighbours; no thoughts of harm to others disclosed. Wife + 2 young children at home. Not for urgent assessment tonight - CRHTT home visit tomorrow am.",
        "Hawre Aziz; Nasreen; Karwan",
        "E01",
    ),
    (
        AMH,
        "2025-09-13 10:30",
        "CRHTT home visit (GL + STR worker). Hawre agreed to home treatment: restart olanzapine 10mg, daily visits for supervised meds. Wife present, telephone interpreter. Risk to others low at present; children protective.",
        "Hawre; Nasreen; Gemma",
        None,
    ),
    (
        CSC,
        "2025-09-15",
        "MASH: Police Protection Notice (child concern) received over the weekend. Police carried out a welfare check on Friday night at the family's flat after Mr Aziz's brother was worried about his mental health. Mr Aziz believed the flat was being listened to; no violence. Rojin (8) and Darya (1) asleep and well. Mrs Aziz speaks Sorani and little English. The crisis team is involved. MASH decision: no further action for Children's Social Care; information shared with the health visitor, school and nursery.",
        "Hawre Aziz; Nasreen Aziz; Rojin Aziz; Darya Aziz; Karwan",
        "E01",
    ),
    (
        NUR,
        "2025-09-15",
        "Darya weighed for her settling-in record: 10.9kg. Ate all her breakfast and asked for more. Collected by Mum; Amy used picture cards at hand-over.",
        "Darya; Mum; Amy",
        None,
    ),
    (
        SCH,
        "2025-09-15 09:20",
        "Rojin late 09:20, walked in alone. Said Dad 'is poorly in his head' and Mum stayed home with him. Logged on CPOMS for DSL.",
        "Rojin; Dad; Mum",
        None,
    ),
    (
        HV,
        "2025-09-18 10:00",
        "Home visit (booked by letter) - NA. 2nd missed contact. Card left, letter in Sorani re new appt.",
        "Darya; Mrs Aziz; Lorraine",
        None,
    ),
    (
        HV,
        "2025-09-22",
        "MASH notification rec'd (emailed 15/09, opened today): police welfare check 12/09 re father's MH, no violence, children seen. Alert added to record. Re-offer 2-2.5yr review WITH interpreter.",
        "Darya; Mr Aziz; Lorraine",
        "E01",
    ),
    # E02 phone call crisis nurse <-> health visitor (different words, shared people only)
    (
        AMH,
        "2025-09-24 11:20",
        "CRHTT (GL): liaison call with 0-19 service re children in household. Family known to them; 2 missed contacts, toddler's developmental check outstanding. Shared: HTT daily, supervised meds, no risk to children identified.",
        "Gemma; Lorraine; Darya; Hawre",
        "E02",
    ),
    (
        HV,
        "2025-09-24 11:20",
        "Tel from home treatment team nurse (Gemma). Dad accepting daily visits + meds. Discussed NA x2 - agreed to try JV next wk when HTT visiting so door answered.",
        "Gemma; Lorraine; Mr Aziz; Darya",
        "E02",
    ),
    (
        AMH,
        "2025-09-29 10:00",
        "CRHTT: refused entry, Hawre shouting through door that the nurses 'work for the neighbours'. Wife unable to open door. Escalated to Dr Bashir - MHA assessment to be arranged (AMHP request).",
        "Hawre; Nasreen; Gemma; Dr Bashir",
        None,
    ),
    (
        HV,
        "2025-09-30 10:00",
        "Planned JV with HTT - did not go ahead, HTT not admitted to flat since yesterday. NA. Letter in Sorani re new appt with interpreter 02/10.",
        "Darya; Mrs Aziz; Lorraine",
        None,
    ),
    # ---------------- October ----------------
    # E03 MHA assessment at home, s2, ward admission; AMHP phones CSC; child tells school next morning
    (
        HV,
        "2025-10-02 10:00",
        "Home visit booked with interpreter (Avin Salih) - NA. Interpreter also waited 15 min. Card left. 3rd missed contact - discuss with safeguarding lead.",
        "Darya; Mrs Aziz; Avin; Lorraine",
        None,
    ),
    (
        NUR,
        "2025-10-02 11:30",
        "Darya collected early at 11.30 by uncle Karwan ('family emergency'). Darya tired and very hungry - had two portions at snack.",
        "Darya; Karwan; Amy",
        None,
    ),
    (
        POL,
        "2025-10-02 13:50",
        "Occ 25/126610. Request from AMHP (J Wells) for police attendance at planned MHA assessment, Flat 9 Harrow Court - pt has refused entry to MH staff. Officers att 13:50, door opened by wife. AZIZ, Hawre agitated, no violence, no force used. Officers remained until pt conveyed by ambulance 16:40. Children not present.",
        "AMHP Wells; AZIZ, Hawre; AZIZ, Nasreen",
        "E03",
    ),
    (
        AMH,
        "2025-10-02 14:00",
        "MHA assessment at home. AMHP J Wells, Dr Bashir (s12), Dr Ferris (s12); Sorani interpreter (A Salih) for NR (wife). Police present. Thought disordered, persecutory beliefs incl. that wife is 'in contact with' neighbours; refusing oral meds and informal admission. Detained s2 MHA. NR rights explained via interpreter. Conveyed to Larchwood Ward by ambulance 16:40. Children at school/nursery - AMHP to inform CSC.",
        "Hawre; Nasreen; AMHP Wells; Dr Bashir; Avin",
        "E03",
    ),
    (
        CSC,
        "2025-10-02 17:15",
        "Telephone call from the approved mental health professional, Joanna Wells. Mr Aziz was assessed at home this afternoon under the Mental Health Act and has been detained under section 2; he is now on Larchwood Ward. During the assessment he said he believes his wife is working with the neighbours against him. Mrs Aziz is at home with Rojin and Darya; her brother-in-law Karwan is staying tonight. Passed to MASH for screening.",
        "AMHP Wells; Hawre Aziz; Nasreen Aziz; Rojin Aziz; Darya Aziz; Karwan",
        "E03",
    ),
    (
        AMH,
        "2025-10-02 17:30",
        "Larchwood Ward - admission (s2). 38M, paranoid schizophrenia, relapse in context of non-adherence. Settled on ward, accepted lorazepam 1mg. Wife + 2 children at home - ward to complete Think Family form.",
        "Hawre Aziz",
        "E03",
    ),
    (
        SCH,
        "2025-10-03 09:00",
        "Rojin told Miss Carter (class teacher) that an ambulance took Dad to hospital yesterday afternoon and 'police were in our flat'. DSL Mr Okafor informed and saw Rojin - says she is OK, uncle is staying with them. CPOMS.",
        "Rojin; Dad; Mr Okafor; Karwan",
        "E03",
    ),
    (
        CSC,
        "2025-10-03",
        "MASH screening of the AMHP's call: Mr Aziz detained; Mrs Aziz isolated and speaks little English; health visitor reports three missed contacts. Decision: child and family assessment (child in need) for Rojin and Darya, allocated to Megan Doyle.",
        "Hawre Aziz; Nasreen Aziz; Rojin Aziz; Darya Aziz; SW Doyle",
        None,
    ),
    (
        CSC,
        "2025-10-07",
        "Home visit for the child and family assessment with a Sorani interpreter (Avin Salih). Saw Darya at home; Rojin at school. The flat is cold and there is black mould on the children's bedroom wall. Very little food in the cupboards - food bank voucher given. Mrs Aziz relies on Karwan for shopping.",
        "Nasreen Aziz; Darya Aziz; Avin; Karwan; SW Doyle",
        None,
    ),
    (
        HOU,
        "2025-10-08",
        "Tel from Children's Services SW re mould in children's bedroom. New job RH-25-05902 raised (damp & mould, Cat 2). Inspection 20/10 AM.",
        "SW Doyle; Hawre Aziz",
        None,
    ),
    # E04 family meeting on the ward (CSC and ward)
    (
        AMH,
        "2025-10-09 14:00",
        "Larchwood Ward - family meeting. Present: Hawre, wife Nasreen, Dr Bashir, named nurse, SW M Doyle (children's services); Sorani interpreter A Salih. Hawre calmer, accepting olanzapine. Wife reports he had not slept for weeks before admission and had kept her and the children indoors. Carer's assessment offered to wife - accepted.",
        "Hawre; Nasreen; Dr Bashir; SW Doyle; Avin",
        "E04",
    ),
    (
        CSC,
        "2025-10-09 14:00",
        "Visited Larchwood Ward with Mrs Aziz and the interpreter to meet the ward team. Mrs Aziz told me that before the admission her husband would not let her take the children out, even to nursery, and that she has no friends here; she wants help to learn English. Mr Aziz was polite and said he wants to come home. Dr Bashir said he is improving.",
        "Nasreen Aziz; Hawre Aziz; Avin; Dr Bashir",
        "E04",
    ),
    # E05 nursery rings HV about weight
    (
        NUR,
        "2025-10-14 13:30",
        "Claire rang the health visiting team about Darya's weight - 10.9kg on 15/09, 10.2kg today on our scales. Very hungry at every session, hiding bread in her pockets. Spoke to Lorraine, who will come in to weigh her properly.",
        "Claire; Lorraine; Darya",
        "E05",
    ),
    (
        HV,
        "2025-10-14 13:30",
        "Call from Little Acorns (manager). Concern D losing wt on their scales + food-seeking. Plan: HV to weigh at nursery 21/10 on calibrated scales; ask Mum to attend, tel interpreter.",
        "Claire; Lorraine; Darya",
        "E05",
    ),
    (
        HOU,
        "2025-10-20 09:00",
        "Damp inspection RH-25-05902 - no access. Card left. 2nd attempt to be booked.",
        "Hawre Aziz",
        None,
    ),
    # E06 HV weighs Darya at nursery; SW's home visit the same afternoon is NOT it
    (
        HV,
        "2025-10-21 09:30",
        "Seen at nursery, Mum present, Language Line (Sorani). D 23m: wt 10.0kg (9th centile - 50th at 12m), ht 85cm. Active, babbling, a few English words. Mum says D 'eats well'. Diet hx limited (rice, bread, sweet tea). Plan: MASH referral (faltering growth + NA x3 + father's admission); dietitian referral.",
        "Darya; Mum; Lorraine",
        "E06",
    ),
    (
        NUR,
        "2025-10-21 09:30",
        "Lorraine (health visitor) came in to weigh Darya with Mum here; telephone interpreter on speaker. Darya 10.0kg. Lorraine will contact social care. Amy to keep a daily food diary.",
        "Lorraine; Darya; Mum; Amy",
        "E06",
    ),
    (
        AMH,
        "2025-10-21 11:00",
        "Ward round. Insight partial; unescorted s17 leave 2h agreed. s2 expires 30/10 - discharge vs s3 to be decided next week.",
        "Hawre; Dr Bashir",
        None,
    ),
    (
        CSC,
        "2025-10-21 15:00",
        "Assessment home visit with the interpreter (Avin Salih). Mr Aziz is still on the ward. Darya at home after nursery, playing; nappy changed while I was there - no marks seen. A little food in the fridge; Mrs Aziz says money is short because the benefits are paid in Mr Aziz's name. Referred to welfare rights.",
        "Nasreen Aziz; Darya Aziz; Avin; SW Doyle",
        None,
    ),
    # E07 HV referral sent, reaches allocated SW 5 days later
    (
        HV,
        "2025-10-22",
        "MASH referral form completed and sent by secure email: faltering growth (50th -> 9th), NA x3, father detained s2, mother isolated / limited English. Copy to safeguarding team.",
        "Darya; Lorraine",
        "E07",
    ),
    # E08 discharge planning meeting on the ward
    (
        AMH,
        "2025-10-27 11:00",
        "Discharge planning meeting (pre-CPA), Larchwood. Hawre, wife (interpreter A Salih), Dr Bashir, CPN R Owen (CMHT care co-ordinator), SW M Doyle (CSC); HV by phone. Plan: d/c 29/10, CRHTT 2/52 then CMHT; olanzapine 15mg supervised by HTT; relapse signs explained to wife in Sorani.",
        "Hawre; Nasreen; Avin; Dr Bashir; CPN Owen; SW Doyle; Lorraine",
        "E08",
    ),
    (
        CSC,
        "2025-10-27 11:00",
        "Discharge planning meeting on Larchwood Ward before Mr Aziz comes home on Wednesday. The crisis team will visit daily for two weeks, then his community psychiatric nurse, Rhys Owen. I asked that Mrs Aziz is not left responsible for his medication on her own; the ward agreed the home treatment team will supervise it. Interpreter present.",
        "Hawre Aziz; Nasreen Aziz; Rhys; Avin; SW Doyle",
        "E08",
    ),
    (
        HV,
        "2025-10-27",
        "Joined MH discharge mtg by phone (Larchwood). Dad home 29/10. Asked for JV with CPN once home.",
        "Mr Aziz; Lorraine",
        "E08",
    ),
    (
        CSC,
        "2025-10-27 15:40",
        "The health visitor's referral dated 22 October reached me today from the MASH inbox: Darya's weight has dropped from the 50th to the 9th centile, three missed health visits, mother isolated. Added to the child and family assessment.",
        "Darya Aziz; Lorraine",
        "E07",
    ),
    # E09 discharge from the ward; discharge summary and notification arrive later
    (
        AMH,
        "2025-10-29 15:00",
        "Discharged from s2 (Larchwood) to home address. MSE: no overt psychotic sx, partial insight. Olanzapine 15mg nocte. CRHTT f/u from 30/10, then CMHT care co-ordinator CPN R Owen. Discharge summary to GP, copy to children's social care.",
        "Hawre Aziz; CPN Owen",
        "E09",
    ),
    (
        AMH,
        "2025-10-30 10:00",
        "CRHTT first post-discharge visit (GL). Hawre settled, meds taken observed. Wife quiet. Toddler at home, appeared well.",
        "Hawre; Nasreen; Darya; Gemma",
        None,
    ),
    # ---------------- November ----------------
    (
        CSC,
        "2025-11-03",
        "Discharge summary from Larchwood Ward received in the post: Mr Aziz went home on 29 October at the end of his section 2; the crisis team visits daily, then the community mental health team.",
        "Hawre Aziz",
        "E09",
    ),
    # E10 nursery phones CSC about bruising; E11 strategy discussion the same afternoon
    (
        AMH,
        "2025-11-04 09:00",
        "CRHTT visit (GL). Hawre settled, meds taken. Sleeping well. Wife cooking; toddler not seen (at nursery - Hawre took her this morning).",
        "Hawre; Nasreen; Gemma",
        None,
    ),
    (
        HV,
        "2025-11-04 09:30",
        "Toddler clinic - D not brought (appt sent with Sorani letter). WNB.",
        "Darya; Lorraine",
        None,
    ),
    (
        NUR,
        "2025-11-04 10:20",
        "At nappy change Amy saw three small round bruises on the back of Darya's left upper arm and a yellowish bruise on her right cheek. Body map done. Dad dropped her off today (first time) and said she 'falls a lot'. Darya flinched when Amy lifted her arm. Claire phoned Children's Services at 10.20 and spoke to the social worker.",
        "Darya; Dad; Amy; Claire; SW Doyle",
        "E10",
    ),
    (
        CSC,
        "2025-11-04 10:20",
        "Call from Claire Munro, manager at Little Acorns: staff have found fingertip-type bruises on Darya's upper arm and an older bruise on her cheek. Mr Aziz brought her in this morning and told staff she falls a lot. Discussed with TM Pike: strategy discussion this afternoon; Darya to stay at nursery until then.",
        "Claire; Darya Aziz; Hawre Aziz; TM Pike",
        "E10",
    ),
    (
        CSC,
        "2025-11-04 15:00",
        "Strategy discussion (Teams) chaired by TM Andrew Pike. Present: SW Megan Doyle, DC Hannah Shore (CAIT), Lorraine Hesketh (health visitor), Claire Munro (nursery), Rhys Owen (CMHT) by phone. Bruising to Darya's arm and cheek; faltering weight; Mr Aziz home from hospital six days; Mrs Aziz isolated. Agreed: section 47 enquiries, joint with police, for Darya and Rojin; child protection medical with Dr Nair tomorrow morning; Darya home tonight with Mrs Aziz; Mr Aziz to stay with his brother Karwan by agreement while enquiries are made.",
        "Darya Aziz; Rojin Aziz; Hawre Aziz; Nasreen Aziz; Karwan; TM Pike; SW Doyle; DC Shore; Lorraine; Claire; Rhys",
        "E11",
    ),
    (
        POL,
        "2025-11-04 15:00",
        "Strat disc (Teams) re AZIZ children. Bruising L upper arm + R cheek to 1yo, father recently d/c from MH ward. Outcome: joint s47, CP medical 05/11 am, JV to follow. AZIZ, Hawre to reside with brother. OIC DC Shore.",
        "DC Shore; AZIZ, Hawre; Darya Aziz; Rojin Aziz; Karwan",
        "E11",
    ),
    (
        HV,
        "2025-11-04 15:00",
        "Strategy meeting (Teams) - HV attended. s47 agreed (joint). HV: send growth chart + NA hx to paediatrician for CP medical.",
        "Darya; Lorraine",
        "E11",
    ),
    (
        NUR,
        "2025-11-04 15:00",
        "Claire joined the strategy meeting on Teams. Police and the social worker will make child protection enquiries. Darya went home with Mum at 5pm, social worker present.",
        "Claire; Darya; Mum; SW Doyle",
        "E11",
    ),
    # E12 CP medical; HV receives the report 9 days later
    (
        ACU,
        "2025-11-05 10:00",
        "Child protection medical (Dr P Nair, consultant paediatrician), Children's Assessment Unit. Darya, 23m, with mother, SW M Doyle; Sorani interpreter. Findings: 3 x 8-10mm oval bruises posterior L upper arm (consistent with fingertip grip); 15mm yellow-green bruise R cheek (older). No other injuries. Wt 9.9kg (<2nd centile), ht 85cm (25th). Mother: 'she falls'; no explanation for arm bruising. Opinion: arm bruising likely inflicted by gripping - NAI cannot be excluded; faltering growth, likely nutritional. Skeletal survey + FBC, clotting, ferritin today. Report to CSC/police.",
        "Darya Aziz; Nasreen Aziz; SW Doyle; Avin; Dr Nair",
        "E12",
    ),
    (
        CSC,
        "2025-11-05 10:00",
        "Went with Mrs Aziz and Darya to the Children's Assessment Unit for the child protection medical with Dr Nair; interpreter Avin Salih. Dr Nair's view: the marks on Darya's arm look like grip marks from an adult's fingers and are unlikely to be from a fall; the cheek bruise is older. Darya is underweight. X-rays and blood tests done. Mrs Aziz cried and said she does not know how the marks happened.",
        "Nasreen Aziz; Darya Aziz; Avin; Dr Nair",
        "E12",
    ),
    (
        AMH,
        "2025-11-05 11:00",
        "CMHT - CPN (RO) first visit since d/c, at brother's address (staying there at CSC request). Hawre angry about 'accusations', denies hurting Darya. MSE stable, no psychotic sx elicited. Meds taken.",
        "Hawre; Karwan; Rhys; Darya",
        None,
    ),
    (
        POL,
        "2025-11-05 14:30",
        "Update from Dr Nair (paed) by phone re CP medical this am: grip-type bruising L arm, likely inflicted; skeletal survey NAD, bloods pending. Crime recorded - assault (child). JV planned 06/11.",
        "DC Shore; Dr Nair; Darya Aziz",
        "E12",
    ),
    (
        SCH,
        "2025-11-05 15:15",
        "DSL check-in with Rojin (at SW's request). Cheerful; said Dad 'has gone to uncle's house for a bit'. Gets breakfast at breakfast club most days.",
        "Rojin; Dad; Mr Okafor; Karwan",
        None,
    ),
    # E13 Rojin seen at school (morning); E14 joint home visit (afternoon)
    (
        CSC,
        "2025-11-06 10:30",
        "Saw Rojin on her own at school, with Mr Okafor close by. She said home is 'better and worse' since Dad came back: he sleeps in the day and shouts at night; she sometimes gives Darya her bread because 'Darya is always hungry'. She has not seen anyone hurt Darya.",
        "Rojin Aziz; Mr Okafor; Hawre Aziz; Darya Aziz",
        "E13",
    ),
    (
        SCH,
        "2025-11-06 10:30",
        "SW (Ms Doyle) in school to speak to Rojin (s47) - quiet room, DSL next door. Afterwards Rojin asked if Dad will be 'in trouble'. Reassured.",
        "SW Doyle; Rojin; Mr Okafor; Dad",
        "E13",
    ),
    (
        ACU,
        "2025-11-06 12:00",
        "Results (Dr Nair): skeletal survey - no fractures. FBC Hb 98, ferritin 6 (iron deficiency). Clotting normal. Dietetics referral made; ferrous sulphate started. Addendum to CP medical report sent.",
        "Darya Aziz; Dr Nair",
        None,
    ),
    (
        CSC,
        "2025-11-06 16:00",
        "Joint visit with DC Shore to Mrs Aziz at the flat, with the interpreter. Mrs Aziz said Mr Aziz 'grabs Darya hard when she cries at night' since he came home, and shouts, but she did not see the bruises happen. She says he took her phone away before his admission. Rojin seen in her bedroom - said Dad gets cross when Darya cries. Mould in the bedroom is worse; there is food in the fridge now.",
        "DC Shore; Nasreen Aziz; Hawre Aziz; Darya Aziz; Rojin Aziz; Avin",
        "E14",
    ),
    (
        POL,
        "2025-11-06 16:00",
        "JV with SW (M Doyle) to home addr, interpreter present. Mother's account: AZIZ, Hawre grabs child roughly at night. Declines to make statement at this time. Both children seen. Plan: voluntary interview AZIZ, Hawre.",
        "SW Doyle; AZIZ, Nasreen; AZIZ, Hawre; Darya Aziz; Rojin Aziz",
        "E14",
    ),
    (
        HV,
        "2025-11-07",
        "Notification rec'd from MH trust liaison: father d/c home from Larchwood 29/10, CRHTT f/u. Filed.",
        "Mr Aziz; Lorraine",
        "E09",
    ),
    (
        POL,
        "2025-11-13 10:00",
        "AZIZ, Hawre VI at Northgate (solicitor + AA due to MH). Denies assault, states he 'holds her to stop her falling'. RUI pending ICPC / further enquiries.",
        "AZIZ, Hawre",
        None,
    ),
    (
        HV,
        "2025-11-14",
        "CP medical report (Dr Nair, 05/11) rec'd: grip bruising L arm likely inflicted; faltering growth; ferritin 6 - iron started, dietitian. Filed, growth chart updated.",
        "Darya; Dr Nair",
        "E12",
    ),
    (
        ACU,
        "2025-11-19 14:00",
        "Dietetics OPA: Darya with mother + Sorani interpreter. 24h recall: bread, rice, sweet tea, biscuits; little protein. Advice: 3 meals + 2 snacks, stop tea, iron-rich foods. Written advice translated. R/v 8/52.",
        "Darya Aziz; Nasreen Aziz",
        None,
    ),
    (
        POL,
        "2025-11-20",
        "Report submitted to conference team for ICPC 25/11 (DC Shore unable to attend): welfare check 12/09, MHA assist 02/10, s47 - assault (child), suspect RUI.",
        "DC Shore; AZIZ, Hawre; Darya Aziz; Rojin Aziz",
        None,
    ),
    # E15 ICPC
    (
        CSC,
        "2025-11-25 10:00",
        "Initial child protection conference chaired by Ruth Marsden. Present: Mr and Mrs Aziz (Sorani interpreter Avin Salih), SW Doyle, Lorraine Hesketh (HV), Claire Munro (nursery), Mr Okafor (school), Rhys Owen (CPN). Police report received in writing. Rojin and Darya made subject to child protection plans under the category of neglect. Mr Aziz to stay at Karwan's while the plan is in place. First core group on 9 December.",
        "IRO Marsden; Hawre Aziz; Nasreen Aziz; Avin; SW Doyle; Lorraine; Claire; Mr Okafor; Rhys; Rojin Aziz; Darya Aziz; Karwan",
        "E15",
    ),
    (
        HV,
        "2025-11-25",
        "ICPC attended (LH). Both children - CP plans, neglect. HV actions: wt at nursery 2-weekly, 2-2.5yr review with interpreter, dietetic plan.",
        "Darya; Rojin; Lorraine",
        "E15",
    ),
    (
        NUR,
        "2025-11-25",
        "Claire went to the CP conference at the Civic Centre. Darya and Rojin are now on child protection plans. We will weigh Darya every two weeks and keep the food diary; Darya offered full days (funded).",
        "Claire; Darya; Rojin",
        "E15",
    ),
    (
        SCH,
        "2025-11-25",
        "Initial CP conf - Mr Okafor attended. Rojin subject to CP plan (neglect). School: breakfast club daily, weekly check-ins.",
        "Mr Okafor; Rojin",
        "E15",
    ),
    (
        AMH,
        "M:2025-11",
        "CMHT monthly summary (Nov 2025): discharged from s2 29/10; CRHTT to 12/11 then CPN R Owen. CPN attended the child protection conference (ICPC) at Hawre's request - children on CP plans (neglect); Hawre staying at brother's. CMHT to share relapse indicators with SW.",
        "Hawre; CPN Owen; Darya; Rojin; Karwan",
        "E15",
    ),
    (
        CSC,
        "2025-11-27",
        "Letters sent to Mr and Mrs Aziz, translated into Sorani, confirming the conference outcome and the child protection plan.",
        "Hawre Aziz; Nasreen Aziz",
        None,
    ),
    # ---------------- December ----------------
    (
        ACU,
        "2025-12-02",
        "Safeguarding team: ICPC outcome letter received - Darya Aziz subject to CP plan (neglect). CP-IS flag added.",
        "Darya Aziz",
        None,
    ),
    # E16 core group 1 (at the nursery)
    (
        CSC,
        "2025-12-09 13:30",
        "First core group meeting, held at Little Acorns. Mrs Aziz (telephone interpreter), SW Doyle, Lorraine Hesketh, Claire Munro; school sent a written update. Darya now attends full days and has gained weight (10.3kg). Mrs Aziz has started an English class at the children's centre. Mr Aziz is still at Karwan's but has been visiting the flat in the daytime, which was not agreed - to raise with him.",
        "Nasreen Aziz; SW Doyle; Lorraine; Claire; Darya Aziz; Hawre Aziz; Karwan",
        "E16",
    ),
    (
        NUR,
        "2025-12-09 13:30",
        "Core group meeting in the nursery office at 1.30. Darya 10.3kg - food diary shared. Mum came; phone interpreter used.",
        "Darya; Mum; Claire",
        "E16",
    ),
    (
        HV,
        "2025-12-09",
        "CG attended (at nursery). Wt 10.3kg, up. Iron ongoing. 2-2.5yr review still outstanding - booked 16/12 with interpreter.",
        "Darya; Lorraine",
        "E16",
    ),
    # E17 assault on mother (Sat night); EDT; Monday Op Encompass x2, MASH; HV notified Wed
    (
        POL,
        "2025-12-13 21:30",
        "Occ 25/167742. 999 from AZIZ, Rojin (8y) - 'Dad is hurting Mum'. Officers att 21:41, Flat 9 Harrow Court. AZIZ, Nasreen - red marks to neck, states (Language Line) husband grabbed her throat and pushed her into the wall after she refused to give him the house keys. AZIZ, Hawre present, agitated, talking about 'the men upstairs'. Arrested - assault (non-fatal strangulation). Both children present and awake. DASH HIGH (18) - MARAC referral + IDVA. PPN submitted. FME/L&D requested re MH.",
        "Rojin Aziz; AZIZ, Nasreen; AZIZ, Hawre; Darya Aziz",
        "E17",
    ),
    (
        CSC,
        "2025-12-13 22:20",
        "EDT: call from police. Mr Aziz has been arrested at the family flat for assaulting Mrs Aziz (grabbing her throat); Rojin made the 999 call. Both children were present. Mrs Aziz declined to go to a relative's; police will do a further welfare check in the morning. Child protection plan noted; day team informed by email.",
        "Hawre Aziz; Nasreen Aziz; Rojin Aziz; Darya Aziz",
        "E17",
    ),
    # E18 MHA assessment in custody next day (separate happening)
    (
        POL,
        "2025-12-14 10:10",
        "Welfare check Flat 9 per overnight plan - AZIZ, Nasreen and 2 children safe. IDVA leaflet (Sorani) left. Neighbour upstairs reports shouting 'every night' for weeks.",
        "AZIZ, Nasreen; Rojin Aziz; Darya Aziz",
        None,
    ),
    (
        POL,
        "2025-12-14 11:30",
        "Custody (Northgate): FME advised MHA assessment - AZIZ, Hawre expressing persecutory beliefs. AMHP + 2 s12 drs att 11:30. Outcome: not detainable; fit for interview with AA. Interviewed 15:00 - no comment. Released on pre-charge bail (CPS advice awaited): not to contact AZIZ, Nasreen, not to attend Harrow Court, reside at brother's addr.",
        "AZIZ, Hawre; AZIZ, Nasreen; AZIZ, Karwan",
        "E18",
    ),
    (
        AMH,
        "2025-12-14 11:30",
        "AMHP (weekend rota) - Mental Health Act assessment in police custody, Northgate. Hawre Aziz, known CMHT. Residual persecutory ideas but engaging, accepting olanzapine, wants to stay with brother. Not detained - does not meet criteria for s2/s3. CRHTT to follow up at brother's address on release.",
        "Hawre Aziz; Karwan",
        "E18",
    ),
    (
        SCH,
        "2025-12-15 08:40",
        "Op Encompass notification (police, 08:05): DA incident at home Sat 21:30 - Rojin present and made the 999 call. Mr Okafor saw Rojin 9am: tired, said 'I was brave'. Class teacher aware.",
        "Rojin; Mr Okafor",
        "E17",
    ),
    (
        NUR,
        "2025-12-15 09:00",
        "Operation Encompass email from the police this morning: a domestic incident at Darya's home on Saturday night, Darya present. Darya clingy at drop-off and did not want breakfast.",
        "Darya; Amy",
        "E17",
    ),
    (
        AMH,
        "2025-12-15 10:00",
        "CRHTT visit at brother's address (Karwan present). Hawre remorseful, says he 'doesn't remember'. Meds supervised by brother. Bail conditions discussed.",
        "Hawre; Karwan; Gemma",
        None,
    ),
    (
        CSC,
        "2025-12-15 11:00",
        "MASH: Police Protection Notice (domestic abuse, high risk) for Saturday night received and passed to the allocated social worker. Mr Aziz has been released on bail to his brother's address. Police have referred Mrs Aziz to MARAC.",
        "Hawre Aziz; Nasreen Aziz; Rojin Aziz; Darya Aziz; Karwan",
        "E17",
    ),
    (
        HV,
        "2025-12-16 10:00",
        "Home visit with interpreter for 2-2.5yr review - NA. 4th missed contact. Discussed in safeguarding supervision.",
        "Darya; Mrs Aziz; Lorraine",
        None,
    ),
    (
        HV,
        "2025-12-17",
        "PPN via MASH rec'd - DA 13/12 (high risk), children present. Dad arrested, now bailed away from home. Routine enquiry only with professional interpreter.",
        "Darya; Mum; Dad; Lorraine",
        "E17",
    ),
    (
        NUR,
        "M:2025-12",
        "December summary for the CP plan: Darya's attendance 88%. Weighed fortnightly - 10.3kg, 10.4kg. Eating well at lunch, no new marks seen.",
        "Darya; Amy",
        None,
    ),
    # ---------------- January ----------------
    # E19 MARAC; the HV's own home visit the same afternoon is NOT it
    (
        POL,
        "2026-01-08 09:30",
        "MARAC (chair DI Morris). Case 14 - AZIZ, Nasreen (V) / AZIZ, Hawre (P). DASH high, non-fatal strangulation, perpetrator MH. Actions: police - bail checks, flag addr (treat as urgent); housing - lock change + door viewer; IDVA - contact via interpreter; CMHT - share relapse plan.",
        "AZIZ, Nasreen; AZIZ, Hawre",
        "E19",
    ),
    (
        CSC,
        "2026-01-08",
        "The Multi-Agency Risk Assessment Conference discussed Mrs Aziz this morning. Actions for us: make sure Mrs Aziz has a Sorani interpreter for every meeting and that the IDVA, Sophie Kerr, can see her at the children's centre. Housing will change the locks.",
        "Nasreen Aziz; IDVA Kerr",
        "E19",
    ),
    (
        HV,
        "2026-01-08",
        "MARAC - HV safeguarding rep attended for item. HV action: routine enquiry only with professional interpreter, never via family or child.",
        "Mrs Aziz; Darya",
        "E19",
    ),
    (
        AMH,
        "2026-01-08",
        "MARAC attended (trust safeguarding lead) re Hawre Aziz as alleged perpetrator. Shared: relapse signature, currently adherent, CMHT care co-ordinator R Owen. Action: CPN to inform police if relapse signs re-emerge.",
        "Hawre Aziz; CPN Owen",
        "E19",
    ),
    (
        HOU,
        "2026-01-08",
        "MARAC referral actioned - Flat 9 Harrow Court (tenant AZIZ, Hawre). Target hardening: lock change + door viewer, job RH-26-00231 (urgent, 5 days). Note outstanding damp/mould job RH-25-05902.",
        "Hawre Aziz; Nasreen Aziz",
        "E19",
    ),
    (
        HV,
        "2026-01-08 14:00",
        "Home visit with interpreter (A Salih) - access gained. D weighed 10.6kg. Mum tired. Safe enquiry done alone with interpreter - Mum says she is 'safer now'. 2-2.5yr review not completed (D asleep) - rebook.",
        "Darya; Mum; Avin; Lorraine",
        None,
    ),
    (
        HOU,
        "2026-01-13",
        "Lock change + door viewer completed (RH-26-00231). Contractor access via tenant's wife.",
        "Nasreen Aziz",
        None,
    ),
    # E20 housing officer + SW joint visit (CSC records it by week)
    (
        HOU,
        "2026-01-14 10:00",
        "Joint visit with Children's Services SW (M Doyle) - Flat 9. Locks changed 13/01. Damp/mould rear bedroom severe; cot against mouldy wall. Raised RH-26-00388: mould wash, anti-fungal paint, extractor fan. Tenant's wife asked about a transfer - SW to send supporting letter.",
        "HO Lund; SW Doyle; Nasreen Aziz",
        "E20",
    ),
    (
        CSC,
        "A:2026-01-12:2026-01-16:w/c 12 January 2026",
        "Home visit with Gary Lund from Riverside Homes to look at the damp in the children's room. Darya's cot is against the wall with the worst mould. Gary will arrange treatment and a fan; I will write in support of a move to a flat nearer the children's centre.",
        "Gary; Nasreen Aziz; Darya Aziz",
        "E20",
    ),
    # E21 core group 2 (look-alike of E16)
    (
        CSC,
        "2026-01-20 13:30",
        "Second core group meeting at Little Acorns. Mrs Aziz (interpreter Avin Salih), SW Doyle, Lorraine Hesketh, Claire Munro, Mr Okafor. Darya 10.7kg. Mr Aziz on bail at Karwan's; Mrs Aziz says he keeps to the conditions. Locks changed. Mould treatment booked for February.",
        "Nasreen Aziz; Avin; SW Doyle; Lorraine; Claire; Mr Okafor; Darya Aziz; Hawre Aziz",
        "E21",
    ),
    (
        NUR,
        "2026-01-20 13:30",
        "Core group in the nursery office at 1.30. Darya 10.7kg, food diary shared. Mum came with the interpreter (Avin).",
        "Darya; Mum; Avin; Claire",
        "E21",
    ),
    (
        HV,
        "2026-01-20",
        "CG attended. Wt 10.7kg. 2-2.5yr review to be done at nursery 24/02 with interpreter + key worker.",
        "Darya; Lorraine",
        "E21",
    ),
    (
        SCH,
        "2026-01-20 13:30",
        "CG mtg at Little Acorns - DSL attended. Rojin attendance 97%, breakfast club daily.",
        "Rojin; Mr Okafor",
        "E21",
    ),
    # E22 supporting letter and its receipt 9 days later
    (
        CSC,
        "A:2026-01-20:2026-01-23:around 21 January 2026 (approx.)",
        "Wrote to Riverside Homes supporting a management transfer for Mrs Aziz and the children: mould in the children's room and domestic abuse at the address.",
        "Nasreen Aziz; Rojin Aziz; Darya Aziz",
        "E22",
    ),
    # E23 nursery non-collection and police welfare check
    (
        AMH,
        "2026-01-29 11:00",
        "CPN (RO) visit at brother's. Hawre sleeping 5h, mentions 'noise' from neighbours again - monitor. Adherent per brother.",
        "Hawre; Karwan; Rhys",
        None,
    ),
    (
        NUR,
        "2026-01-29 18:05",
        "Darya not collected at 6pm close. Mum's phone off; uncle Karwan not answering. Claire and Amy stayed with Darya. Claire rang the police at 18.20 as Darya is on a CP plan. Mum arrived 18.50 with a police officer - her bus was diverted and her phone battery died.",
        "Darya; Mum; Karwan; Claire; Amy",
        "E23",
    ),
    (
        POL,
        "2026-01-29 18:20",
        "Occ 26/015530. Call from nursery manager - 2yo AZIZ, Darya (CP plan) not collected, mother not contactable. Welfare check Flat 9 Harrow Court 18:35 - no reply. Mother located 18:45 at bus stop Harrow Rd walking to nursery (bus diverted, phone flat). Conveyed to nursery 18:50. Child safe. No offences. Info to EDT.",
        "Claire; Darya Aziz; AZIZ, Nasreen",
        "E23",
    ),
    (
        CSC,
        "2026-01-29 19:30",
        "EDT: police told us Darya was not collected from nursery on time; Mrs Aziz was found walking there after her bus was diverted and her phone went flat. Darya safe with her mother. Day team to update the family's emergency contacts.",
        "Darya Aziz; Nasreen Aziz",
        "E23",
    ),
    (
        HOU,
        "2026-01-30",
        "Letter rec'd from Children's Services (dated 21/01) supporting a transfer for the AZIZ household - passed to lettings panel. Tenancy in AZIZ, Hawre's sole name - sole/joint tenancy issue flagged.",
        "Hawre Aziz; Nasreen Aziz",
        "E22",
    ),
    # ---------------- February ----------------
    (
        POL,
        "2026-02-04",
        "CPS advice: NFA - AZIZ, Hawre (assault 13/12/25). Victim withdrew support; insufficient evidence. Bail cancelled. Victim informed via IDVA + interpreter.",
        "AZIZ, Hawre; AZIZ, Nasreen; IDVA Kerr",
        None,
    ),
    (
        CSC,
        "2026-02-06",
        "Legal gateway meeting (internal) with the council's solicitor: threshold met for the Public Law Outline, given the strangulation, Darya's bruising and growth, and Mr Aziz's wish to come home now his bail has ended. Letter before proceedings sent to both parents in Sorani and English.",
        "Hawre Aziz; Nasreen Aziz; Darya Aziz",
        None,
    ),
    (
        AMH,
        "2026-02-10 11:00",
        "CPN (RO) visit at brother's. Hawre showed me a letter from Children's Services about 'court' - explained pre-proceedings; upset but accepting. Adherent. MSE stable.",
        "Hawre; Rhys",
        None,
    ),
    # E24 PLO meeting; the school's parents' evening the same day is NOT it
    (
        CSC,
        "2026-02-12 10:00",
        "Pre-proceedings meeting under the Public Law Outline at the Civic Centre, chaired by TM Pike with the council's solicitor. Mr and Mrs Aziz each with their own solicitor; separate Sorani interpreters (Mrs Aziz: Avin Salih). Rhys Owen (CPN) attended to support Mr Aziz. Agreed: Mr Aziz not to live at the flat until a parenting and risk assessment is done; he keeps taking his medication and sees Rhys fortnightly; Mrs Aziz keeps up nursery, English classes and IDVA support. Review in 12 weeks.",
        "TM Pike; Hawre Aziz; Nasreen Aziz; Avin; Rhys",
        "E24",
    ),
    (
        AMH,
        "2026-02-12 10:00",
        "PLO mtg (Civic Centre) - CPN attended with Hawre at his request. Written agreement: Hawre to remain at brother's pending PAMS/risk assessment; CMHT report re MH & relapse plan due 12/03.",
        "Hawre; CPN Owen; Nasreen",
        "E24",
    ),
    (
        SCH,
        "2026-02-12 16:00",
        "Parents' evening - Mum attended with telephone interpreter (Language Line). Rojin's reading good, maths behind. Mum asked about homework club.",
        "Mum; Rojin",
        None,
    ),
    # E25 HV 2-2.5 yr review at nursery; SW's statutory visit that afternoon is NOT it
    (
        HV,
        "2026-02-24 09:30",
        "2-2.5yr review (ASQ-3) at nursery with Sorani interpreter (A Salih) + key worker; Mum present. D 27m: wt 11.2kg (9th), ht 88cm. ASQ: communication below cut-off (bilingual - monitor); motor, PS fine. Plan: r/v 3/12, Mum to try stay & play.",
        "Darya; Mum; Avin; Amy; Lorraine",
        "E25",
    ),
    (
        NUR,
        "2026-02-24 09:30",
        "Lorraine did Darya's two-year check in the quiet room with Amy and Mum; Avin came to interpret. Darya showed off her stacking and jumping. Weighed 11.2kg.",
        "Lorraine; Darya; Amy; Mum; Avin",
        "E25",
    ),
    (
        CSC,
        "2026-02-24 15:30",
        "Statutory visit with the interpreter. Mr Aziz was at the flat when I arrived and said he was 'just dropping off shopping'. Mrs Aziz looked anxious. Darya playing, clean and well dressed. Reminded Mr Aziz of the written agreement; he left at 15:50.",
        "Nasreen Aziz; Hawre Aziz; Darya Aziz; Avin; SW Doyle",
        None,
    ),
    # E26 RCPC
    (
        CSC,
        "2026-02-25 10:00",
        "Review child protection conference chaired by Ruth Marsden. Present: Mrs Aziz (interpreter Avin Salih), Mr Aziz, SW Doyle, Lorraine Hesketh, Claire Munro, Mr Okafor, Rhys Owen. Darya's weight is improving and she is settled at nursery; Mrs Aziz goes to English classes and sees the IDVA. Concern: Mr Aziz was at the flat yesterday, against the written agreement. Both children remain on child protection plans (neglect). Pre-proceedings continue.",
        "IRO Marsden; Nasreen Aziz; Avin; Hawre Aziz; SW Doyle; Lorraine; Claire; Mr Okafor; Rhys; Rojin Aziz; Darya Aziz",
        "E26",
    ),
    (
        HV,
        "2026-02-25",
        "RCPC attended. CP plans continue x2. HV: monthly wts, ASQ r/v 3/12.",
        "Darya; Rojin; Lorraine",
        "E26",
    ),
    (
        NUR,
        "2026-02-25",
        "Claire went to the review conference. The plans stay in place for both children.",
        "Claire; Darya; Rojin",
        "E26",
    ),
    (
        SCH,
        "2026-02-25",
        "RCPC - Mr Okafor attended. Rojin remains on CP plan. Attendance 97%.",
        "Mr Okafor; Rojin",
        "E26",
    ),
    (
        AMH,
        "2026-02-25",
        "Review CP conference - CPN attended. Outcome: CP plans continue. CPN to report any missed doses to SW.",
        "Rhys; Hawre",
        "E26",
    ),
    # ---------------- March ----------------
    # E27 second crisis: s136 on the walkway, place of safety, EDT, OOH board-up; mother tells school Monday
    (
        POL,
        "2026-03-14 01:50",
        "Occ 26/034418. 999 from neighbour - male shouting on 2nd floor walkway Harrow Court, smashed glass panel in front door of Flat 9. Officers att 02:02. AZIZ, Hawre on walkway, superficial cuts R hand, believes 'the men upstairs' are holding his family. Detained s136 MHA 02:10, conveyed to HBPoS (Larchwood) by police vehicle - no ambulance available. AZIZ, Nasreen + 2 children inside flat, frightened, unhurt. OOH housing requested to board door. EDT informed. PPN.",
        "AZIZ, Hawre; AZIZ, Nasreen; Rojin Aziz; Darya Aziz",
        "E27",
    ),
    (
        CSC,
        "2026-03-14 02:30",
        "EDT: call from police. Mr Aziz broke the glass in the front door of the family's flat during the night, believing men were holding his family inside. He has been detained under section 136 and taken to the place of safety at Larchwood. Mrs Aziz and both children are unhurt; housing are boarding the door. Allocated worker informed by email.",
        "Hawre Aziz; Nasreen Aziz; Rojin Aziz; Darya Aziz",
        "E27",
    ),
    (
        AMH,
        "2026-03-14 02:45",
        "Section 136 suite (HBPoS), Larchwood: Hawre Aziz received from police at 02:45. Superficial lacerations R hand - cleaned, steristrips. Agitated, persecutory, not slept 5 days; says stopped olanzapine 'two weeks ago'. On-call AMHP notified - MHA assessment 10:00.",
        "Hawre Aziz",
        "E27",
    ),
    (
        HOU,
        "2026-03-14 03:20",
        "OOH emergency: police request board-up of front door, Flat 9 Harrow Court (glazed panel smashed). Contractor att 03:20, boarded 03:55. Follow-on job RH-26-01472: replace door glazing (P2).",
        "Hawre Aziz",
        "E27",
    ),
    # E28 MHA assessment in the 136 suite next morning -> s3 (separate happening)
    (
        AMH,
        "2026-03-14 10:30",
        "MHA assessment in s136 suite: AMHP (K Bryant), Dr Bashir (s12), Dr Adeyemi (s12). NR (wife) consulted by phone with interpreter - does not object. Relapse of paranoid schizophrenia, risk to others (family). Detained s3. Bed on Larchwood Ward 13:00.",
        "Hawre Aziz; Dr Bashir; Nasreen",
        "E28",
    ),
    (
        CSC,
        "2026-03-14 12:15",
        "EDT: call from the approved mental health professional at Larchwood. Mr Aziz was assessed this morning and is now detained under section 3 of the Mental Health Act (a treatment order of up to six months). Mrs Aziz was told by telephone through an interpreter. Allocated worker to be told on Monday.",
        "Hawre Aziz; Nasreen Aziz",
        "E28",
    ),
    (
        SCH,
        "2026-03-16 08:50",
        "Mum rang the office (Language Line) to say there was trouble at the flat in the night on Saturday - police came and took Dad away - and Rojin hardly slept. DSL informed; Rojin seen, wanted to sit in the library at lunch.",
        "Mum; Dad; Rojin; Mr Okafor",
        "E27",
    ),
    # E29 second strategy discussion (nursery files the minutes on Friday)
    (
        NUR,
        "2026-03-17 08:45",
        "Darya upset at drop-off, kept saying 'Baba'. Amy comforted her. Ate well. Weighed 11.4kg.",
        "Darya; Amy",
        None,
    ),
    (
        CSC,
        "2026-03-17 11:00",
        "Strategy discussion (Teams), TM Pike. Present: SW Doyle, DC Shore, Lorraine Hesketh, Rhys Owen. Mr Aziz's relapse and the night-time incident at the flat; the children were frightened but not hurt. Both children already on child protection plans and in pre-proceedings, so no new section 47; the allocated worker will see both children this week. Legal planning meeting to consider issuing care proceedings if Mr Aziz is to return home on discharge.",
        "TM Pike; SW Doyle; DC Shore; Lorraine; Rhys; Hawre Aziz; Rojin Aziz; Darya Aziz",
        "E29",
    ),
    (
        POL,
        "2026-03-17 11:00",
        "Strat disc (Teams) re AZIZ children following s136 14/03. Already CP plans + PLO. Police: crim damage to own property - NFA. Address flag remains.",
        "DC Shore; AZIZ, Hawre; Rojin Aziz; Darya Aziz",
        "E29",
    ),
    (
        HV,
        "2026-03-17 11:00",
        "Strategy mtg (Teams) attended. No new s47 - on CP plans. HV to visit this wk with interpreter.",
        "Darya; Lorraine",
        "E29",
    ),
    (
        SCH,
        "2026-03-17 12:30",
        "Weekly check-in (Mr Okafor). Rojin said Dad is 'in the hospital again'. Talked about her worry box. Brighter than yesterday.",
        "Rojin; Dad; Mr Okafor",
        None,
    ),
    (
        HV,
        "2026-03-19 14:00",
        "Home visit with interpreter (A Salih). Mum and D seen. Wt 11.4kg. Mum says the children are sleeping better since the door was fixed. Safe enquiry done.",
        "Darya; Mum; Avin; Lorraine",
        None,
    ),
    (
        NUR,
        "2026-03-20",
        "Minutes of Tuesday's strategy meeting arrived from Children's Services by secure email and were filed in Darya's safeguarding folder. We are asked to keep weighing Darya and report any changes.",
        "Darya; Claire",
        "E29",
    ),
    # E30 ward meeting (look-alike of E04)
    (
        AMH,
        "2026-03-25 14:00",
        "Ward round + family meeting, Larchwood. Hawre (s3), wife with interpreter (A Salih), SW M Doyle, Dr Bashir. Plan: clozapine trial (treatment-resistant). s17 leave plan - no leave to family home; contact with children only at contact centre, supervised by CSC. Wife agrees.",
        "Hawre; Nasreen; Avin; SW Doyle; Dr Bashir",
        "E30",
    ),
    (
        CSC,
        "2026-03-25 14:00",
        "Meeting on Larchwood Ward with Dr Bashir, Mr Aziz, Mrs Aziz and the interpreter. Mr Aziz will start a new medicine (clozapine) that needs regular blood tests. When he has leave from the ward he will not go to the flat; he can see the children at the contact centre, supervised by us.",
        "Hawre Aziz; Nasreen Aziz; Avin; Dr Bashir",
        "E30",
    ),
]

# routine single-agency filler (never part of an event)
POOLS = {
    NUR: [
        (
            "Darya attended. Ate {n} pieces of fruit at snack and asked for more. Played in the sand tray with Amy.",
            "Darya; Amy",
        ),
        (
            "Learning journal: Darya used {n} new English words this week ('more', 'shoes', 'Amy').",
            "Darya; Amy",
        ),
        ("Darya collected on time by Mum. Picture board used at hand-over.", "Darya; Mum"),
        ("Nappy change - no marks seen. Darya happy and chatty.", "Darya; Amy"),
        ("Stay and play session - Mum invited with a translated leaflet, did not come.", "Mum"),
        ("Darya tired at drop-off, slept {n}0 minutes after lunch.", "Darya"),
        ("Darya brought by uncle Karwan; said Mum has a cold.", "Darya; Karwan"),
    ],
    SCH: [
        (
            "Weekly check-in with Rojin (DSL). Chatty about friends; nothing of concern.",
            "Rojin; Mr Okafor",
        ),
        ("Breakfast club - Rojin attended, cereal and toast.", "Rojin"),
        (
            "Rojin late ({n} mins), walked herself. Office reminded Mum via Language Line.",
            "Rojin; Mum",
        ),
        ("Class teacher: Rojin's homework missing again - homework club offered.", "Rojin"),
        ("Rojin absent - uncle phoned to say she has a temperature.", "Rojin; Karwan"),
        ("Reading record: Rojin reads with TA {n}x weekly, good progress.", "Rojin"),
    ],
    HV: [
        ("Tel to Mum via Language Line - no answer. Text sent in Sorani.", "Mum; Lorraine"),
        ("Safeguarding supervision - case discussed, actions reviewed.", "Lorraine"),
        ("Growth chart updated from nursery weights.", "Darya"),
        ("Letter (Sorani) sent re stay & play group at children's centre.", "Mum; Darya"),
    ],
    HOU: [
        ("Rent account AZIZ, Hawre: arrears £{n}00 - UC housing costs query raised.", "Hawre Aziz"),
        ("Tenancy audit letter sent - no response.", "Hawre Aziz"),
        ("Repairs call centre: tenant's brother chased damp job.", "Karwan"),
        ("Estate inspection Harrow Court - walkway lighting fault reported.", ""),
    ],
    AMH: [
        (
            "CMHT - CPN (RO) visit. MSE stable, adherent per self-report, sleeping {n}h. No risk issues identified.",
            "Hawre; Rhys",
        ),
        ("Olanzapine repeat requested from GP; pharmacy collection checked.", "Hawre"),
        ("Tel contact CPN - Hawre confirms attending OPA.", "Hawre; Rhys"),
        ("OPA Dr Bashir: stable, continue olanzapine 15mg.", "Hawre; Dr Bashir"),
        ("CMHT MDT - caseload review, no change.", "Hawre"),
    ],
    POL: [
        ("Bail check at brother's addr - AZIZ, Hawre present, compliant.", "AZIZ, Hawre"),
    ],
}

WINDOWS = {
    NUR: ("2025-09-16", "2026-03-31"),
    AMH: ("2025-11-17", "2026-03-11"),
    POL: ("2025-12-16", "2026-02-03"),
}

CLOSED = {
    SCH: [("2025-10-27", "2025-10-31"), ("2025-12-19", "2026-01-05"), ("2026-02-16", "2026-02-20")],
    NUR: [("2025-12-22", "2026-01-02"), ("2026-01-29", "2026-01-29")],
}


def main():
    out = HERE / "case_bc.json"
    fill = casegen.filler(2611, POOLS, "2025-09-04", "2026-03-31", 22, WINDOWS, CLOSED)
    casegen.build(
        "bc",
        "Toddler and 8-year-old; father's paranoid schizophrenia (crisis team, s2 admission, "
        "s136 then s3), isolated Sorani-speaking mother, toddler's faltering weight and bruising, "
        "CP medical, s47, assault and MARAC, housing damp/locks, PLO; 8 agencies, Sep 2025 - Mar 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES + fill,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
