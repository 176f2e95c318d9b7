# ruff: noqa
"""Writing aid for case_av (fictional; written blind, see case_av_README.md).

    python3 bench/data/merging/build_av.py      # writes bench/data/merging/case_av.json

An unborn baby (Ruby, born June 2026) and a two-year-old (Kayden). Their mother Shannon has a
mild learning disability; her partner Dean (Ruby's father) has a conviction for assaulting a
previous partner. Pre-birth assessment, a strangulation incident with a DVPN/DVPO, MARAC,
section 47, pre-birth ICPC, core groups, PLO, birth and discharge planning, a second police
call-out, review conference. Six agencies, Jan - Aug 2026. Hand-written entries plus seeded
single-agency routine filler (casegen.filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# one extra date style for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("hvav", "%d %b %Y")  # 22 Jan 2026

CSC = "Children's Social Care"
POL = "Police"
GP = "Brookfield Medical Centre"
HV = "0-19 Health Visiting"
ACU = "Riverside Hospital (ED & maternity)"
NUR = "Little Acorns Day Nursery"

AGENCIES = [
    (CSC, "social_care", "csc"),  # 22 January 2026
    (POL, "police", "police"),  # 22/01/2026
    (GP, "health", "gp"),  # 22/01/26
    (HV, "health", "hvav"),  # 22 Jan 2026
    (ACU, "health", "health"),  # 22-Jan-2026
    (NUR, "education", "school"),  # 22.01.26
]

PEOPLE = [
    ("Kayden Pickering", ["Kayden", "KP"], "Child K", "child"),
    (
        "Ruby Marsh",
        ["Ruby", "baby Ruby", "Unborn baby", "unborn", "Baby Pickering"],
        "Child R (unborn until June 2026)",
        "child",
    ),
    ("Shannon Pickering", ["Shannon", "Ms Pickering", "Mum", "SP"], "Mother", "parent"),
    (
        "Dean Marsh",
        ["Dean", "Mr Marsh", "MARSH", "DM", "FOB"],
        "Mother's partner (Ruby's father)",
        "parent",
    ),
    (
        "Lorraine Pickering",
        ["Lorraine", "MGM", "Nan", "Mrs Pickering"],
        "Maternal grandmother",
        "family",
    ),
    ("Joanna Whitfield", ["SW Whitfield", "J Whitfield", "JW"], "Social worker", "professional"),
    ("Martin Ogden", ["TM Ogden"], "Team manager", "professional"),
    ("Priya Lal", ["DC Lal"], "Detective constable (public protection)", "professional"),
    ("Samuel Adeyemi", ["Dr Adeyemi", "Dr A"], "GP", "professional"),
    ("Claire Bostock", ["Claire", "HV Bostock", "CB"], "Health visitor", "professional"),
    ("Fiona Carr", ["MW Carr", "Fiona", "FC"], "Safeguarding midwife", "professional"),
    ("Grace Obi", ["MW Obi"], "Community midwife", "professional"),
    ("Tracey Hume", ["Tracey", "Mrs Hume"], "Nursery manager and DSL", "professional"),
    ("Becky Lowe", ["Becky"], "Nursery key person", "professional"),
    ("Helen Tait", ["Chair Tait"], "Child protection conference chair", "professional"),
    ("Nikki Dunn", ["IDVA Dunn", "Nikki"], "Independent domestic violence adviser", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        GP,
        "Y:2019",
        "SP - mild learning disability (EHCP, special school to 16). Reading age approx 8y. Anxiety. Prefers info verbally / easy read. Consent to share with her mother on file.",
        "Shannon Pickering",
        None,
    ),
    (
        POL,
        "M:2022-08",
        "Occ 22/061455 - MARSH, Dean. ABH on then-partner (not current partner). Convicted 11/22, 12m community order + DA programme requirement (not completed). DA perpetrator marker.",
        "Dean Marsh",
        None,
    ),
    (
        CSC,
        "M:2025-06",
        "Kayden was made subject to a child in need plan in June 2025 after the health visitor raised concerns about home conditions and missed health appointments. Ms Pickering engaged with support from her mother; the CIN plan closed in September 2025 with step-down to early help.",
        "Kayden Pickering; Shannon Pickering; Lorraine Pickering",
        None,
    ),
    (
        HV,
        "2025-11-18",
        "2-2.5yr review (CB) at 3rd attempt (DNA x2). Kayden ASQ-3: communication borderline, other domains above cut-off. SP shared she is pregnant, 'early days', partner Dean. Advised to book with midwife. EHA closed 10/25.",
        "Kayden; Mum; Dean; CB",
        None,
    ),
    # ---------------- January ----------------
    (
        ACU,
        "2026-01-08 10:30",
        "Maternity booking (MW Obi) - late booking 16+5/40, G2P1. Partner (FOB) present throughout - routine enquiry re DA not possible. SP has LD - info given verbally + easy read. Bloods taken. Plan: safeguarding MW to contact SP alone.",
        "Shannon Pickering; Dean Marsh; MW Obi",
        None,
    ),
    (
        ACU,
        "2026-01-12 14:00",
        "Safeguarding MW (F Carr) tel to SP while partner at work. SP disclosed Dean 'gets angry and grabs me' when he has had a drink, and 'was in trouble with the police over his ex'. Consents to referral to children's services.",
        "Shannon Pickering; Dean Marsh; MW Carr",
        None,
    ),
    # E01 maternity referral sent / received 4 days later
    (
        ACU,
        "2026-01-12 16:10",
        "Safeguarding referral (unborn) submitted to MASH via online portal: maternal LD, late booking, DA disclosure today, previous CIN for sibling (2y). FC.",
        "Unborn baby; Shannon Pickering; Dean Marsh; Kayden; MW Carr",
        "E01",
    ),
    (
        CSC,
        "2026-01-16 11:00",
        "MASH: referral received from the safeguarding midwife at Riverside Hospital (sent 12 January, picked up late from the portal) about Ms Pickering's unborn baby, due in June. Ms Pickering has a learning disability and has told the midwife that her partner Dean Marsh grabs her when he is angry. Police checks: Mr Marsh has a conviction for assaulting a previous partner. Kayden was on a child in need plan last year. Passed to the assessment team for a single assessment including a pre-birth assessment.",
        "Unborn baby; Shannon Pickering; Dean Marsh; Kayden Pickering; MW Carr",
        "E01",
    ),
    (
        CSC,
        "2026-01-19",
        "Management oversight (TM Ogden): agree single assessment including pre-birth assessment; allocated to SW Joanna Whitfield. Consider an advocate for Ms Pickering given her learning disability; make sure Mr Marsh is seen as part of the assessment.",
        "Shannon Pickering; Dean Marsh; TM Ogden; SW Whitfield",
        None,
    ),
    # E02 phone call SW <-> HV, recorded at both ends in different words
    (
        CSC,
        "2026-01-22 14:10",
        "Spoke with Claire Bostock, Kayden's health visitor. Kayden is growing well but his talking is a little behind and it took three tries to get his two-year check done. She finds Shannon warm and loving with Kayden, but Shannon needs things explained more than once and does not read letters. Claire has never met Dean.",
        "Claire; Kayden Pickering; Shannon Pickering; Dean Marsh",
        "E02",
    ),
    (
        HV,
        "2026-01-22 14:10",
        "Tel from SW (J Whitfield) - PBA started re unborn. Info shared: K 2yr review DNA x2, ASQ comms borderline, growth fine. SP needs verbal/easy-read info. No DA disclosed to HV. FOB not met.",
        "SW Whitfield; Kayden; SP; Unborn baby; CB",
        "E02",
    ),
    (
        HV,
        "2026-01-27 10:00",
        "Antenatal contact at home (CB), 19/40. Kayden present, playing with cars. SP said the social worker 'is coming to do an assessment on me and the baby'. Safe sleep discussed; K referred to SLT drop-in. FOB not present.",
        "SP; Kayden; Unborn baby; CB",
        None,
    ),
    (
        ACU,
        "2026-01-30 11:00",
        "Anomaly scan (20+1/40): no structural abnormality seen, placenta posterior. Attended with her mother. Sex not requested.",
        "Shannon Pickering; Lorraine Pickering",
        None,
    ),
    (
        GP,
        "2026-01-29 09:10",
        "SP - anxiety, poor sleep, worried 'social services will take the baby'. No SI. Declines meds in pregnancy. Easy-read talking therapies leaflet. R/v 4/52.",
        "Shannon Pickering; Dr Adeyemi",
        None,
    ),
    (
        CSC,
        "2026-01-29 15:00",
        "Pre-birth assessment, first session at Shannon's flat, with her mother Lorraine there to support her. Used the easy-read workbook. Shannon talked about Kayden's routine and was proud that he is 'nearly out of nappies'. Dean was not there - Shannon says he 'mostly lives at his mum's'. Next session booked.",
        "Shannon Pickering; Lorraine Pickering; Kayden Pickering; Dean Marsh",
        None,
    ),
    # ---------------- February ----------------
    # E03 Saturday-night strangulation incident, maternity assessment that night, EDT, Monday notifications, GP letter
    (
        POL,
        "2026-02-07 23:20",
        "Occ 26/020917. 999 from PICKERING, Shannon (whispering) - partner hurting her. Officers att 23:31, 14 Elm Row. MARSH, Dean in drink, shouting. PICKERING (21/40 pregnant) states MARSH pushed her into wardrobe and grabbed her throat; red marks L neck. Child (2y) awake, crying in cot. MARSH arrested - assault + intentional strangulation. DASH high, MARAC referral. PPN submitted. PICKERING conveyed by officers to maternity for checks; MGM PICKERING, Lorraine attended to care for child.",
        "Shannon Pickering; Dean Marsh; Kayden Pickering; Lorraine Pickering",
        "E03",
    ),
    (
        ACU,
        "2026-02-08 00:25",
        "Maternity assessment unit: 21+1/40, brought by police after assault by partner (pushed, grabbed by neck). Reddening L side of neck, tender L shoulder. No abdo pain, no PV loss. FH 148. Obs normal. Photos declined. Safeguarding MW emailed; IDVA referral with consent. D/c 02:40 to mother's address.",
        "Shannon Pickering; Dean Marsh; Lorraine Pickering",
        "E03",
    ),
    (
        CSC,
        "2026-02-08 01:15",
        "EDT: call from police. Ms Pickering was assaulted by her partner Dean Marsh at home tonight and he is in custody. She has gone to the maternity unit to check on the baby. Kayden is with his grandmother Lorraine Pickering at her home - checks on Lorraine clear. Children safe tonight. Passed to the day team.",
        "Shannon Pickering; Dean Marsh; Kayden Pickering; Lorraine Pickering",
        "E03",
    ),
    (
        POL,
        "2026-02-08 14:05",
        "MARSH interviewed (DC Lal). Denies strangulation - 'we both pushed each other'. PICKERING declines to make statement. CPS advice: NFA at this time. DVPN authorised (Supt Hallam) and served 14:50. DVPO application listed Magistrates 10/02.",
        "Dean Marsh; DC Lal; Shannon Pickering",
        None,
    ),
    (
        NUR,
        "2026-02-09 08:35",
        "Op Encompass email received 08:05 - police called to Kayden's home Saturday night, domestic incident, Kayden present. Tracey informed. Kayden brought in by Nan, quiet and clingy with Becky. Nan said Mum is staying at hers 'for now'.",
        "Kayden; Nan; Mum; Tracey; Becky",
        "E03",
    ),
    (
        CSC,
        "2026-02-09 09:30",
        "MASH: Police Protection Notice for Saturday night, 7 February. Dean Marsh pushed Ms Pickering, who is 21 weeks pregnant, into a wardrobe and grabbed her by the throat; Kayden was in the flat. Mr Marsh was arrested and a Domestic Violence Protection Notice has been served. High risk; police have referred to MARAC. Case already open for the pre-birth assessment - passed to SW Whitfield and a strategy discussion to be arranged.",
        "Dean Marsh; Shannon Pickering; Kayden Pickering; Unborn baby; SW Whitfield",
        "E03",
    ),
    (
        HV,
        "2026-02-10 09:15",
        "Email from MASH: PPN DA incident 07/02/26 - high risk. SP assaulted by FOB, K present. Records flagged. CB to attend strat disc 11/02.",
        "SP; Kayden; Dean; CB",
        "E03",
    ),
    (
        GP,
        "2026-02-10",
        "MASH info request for strategy discussion (Kayden + unborn). Sent: SP mild LD, anxiety, late booking. Kayden imms up to date, nil else. DM not registered here. Unable to attend.",
        "Shannon Pickering; Kayden; Unborn baby; DM",
        None,
    ),
    # E04 DVPO hearing and the officer's call to the SW about it
    (
        POL,
        "2026-02-10 11:45",
        "DVPO application, Magistrates' Ct - GRANTED, 28 days (expires 10/03/26). MARSH not to attend 14 Elm Row or contact PICKERING, Shannon. MARSH present, did not contest. Served in court.",
        "Dean Marsh; Shannon Pickering",
        "E04",
    ),
    (
        CSC,
        "2026-02-10 15:30",
        "DC Priya Lal phoned. The magistrates made the protection order this morning: Dean must stay away from Shannon and the flat for 28 days, until 10 March. He did not argue against it. DC Lal will join tomorrow's strategy discussion.",
        "DC Lal; Dean Marsh; Shannon Pickering",
        "E04",
    ),
    # E05 strategy discussion; HV's receipt of the minutes 6 days later
    (
        CSC,
        "2026-02-11 10:00",
        "Strategy discussion (Teams), chaired by TM Ogden. Present: SW Whitfield, DC Lal (police), Claire Bostock (health visitor), Fiona Carr (safeguarding midwife). GP information in writing. Concerns: strangulation of a pregnant woman with a toddler in the home; Mr Marsh's previous conviction; Ms Pickering's learning disability and her wish to 'give him another chance'. Agreed: section 47 enquiries for Kayden and the unborn baby, jointly with police; joint visit tomorrow; the pre-birth assessment continues within the enquiry; referral for an advocate.",
        "Kayden Pickering; Unborn baby; Shannon Pickering; Dean Marsh; TM Ogden; SW Whitfield; DC Lal; Claire; MW Carr",
        "E05",
    ),
    (
        POL,
        "2026-02-11 10:00",
        "Strat disc (CSC-led) re PICKERING children (2y + unborn). Police info: DA 07/02, DVPO in force to 10/03, MARSH previous ABH. Outcome: joint s47. JV 12/02 pm - DC Lal.",
        "Kayden Pickering; Unborn baby; MARSH; DC Lal",
        "E05",
    ),
    (
        ACU,
        "2026-02-11 10:00",
        "Safeguarding MW (FC) joined strategy meeting via Teams. Joint CP enquiry agreed. Maternity actions: CP alert on maternity record, named MW continuity, birth planning meeting before 36/40.",
        "Shannon Pickering; Unborn baby; MW Carr",
        "E05",
    ),
    (
        HV,
        "2026-02-11",
        "Strategy discussion 10:00 - CB attended. s47 (joint with police) for K + unborn. HV: fortnightly antenatal contacts, share info with SW.",
        "Kayden; Unborn baby; CB",
        "E05",
    ),
    (
        CSC,
        "2026-02-12 09:00",
        "Management oversight (TM Ogden): section 47 decision and safety plan endorsed. If concerns are substantiated, an initial child protection conference should be held before the birth. Ask police to confirm Mr Marsh is keeping to the order.",
        "TM Ogden; Dean Marsh",
        None,
    ),
    # E06 section 47 joint visit (police + SW); nursery session that morning is NOT it
    (
        NUR,
        "2026-02-12 09:00",
        "Kayden in for am session. Tired, yawning, fell asleep on the beanbag before lunch. Nan collected 12.00.",
        "Kayden; Nan",
        None,
    ),
    (
        CSC,
        "2026-02-12 14:00",
        "Joint visit with DC Lal to Lorraine Pickering's home, where Shannon and Kayden are staying. Shannon spoke to me on her own: Dean has grabbed her 'loads of times' when drunk but this was the first time round her neck. Kayden seen playing, clean and cheerful, no marks. Shannon agreed not to let Dean back while the order lasts and to speak to the IDVA. Lorraine happy for them to stay.",
        "Shannon Pickering; Kayden Pickering; Lorraine Pickering; DC Lal; Dean Marsh",
        "E06",
    ),
    (
        POL,
        "2026-02-12 14:00",
        "JV with SW (J Whitfield) at MGM addr. PICKERING gave account consistent with 07/02, still declines statement. Child seen - NFC. Advised any DVPO breach = call 999. Crime remains NFA.",
        "Shannon Pickering; Kayden Pickering; SW Whitfield",
        "E06",
    ),
    (
        ACU,
        "2026-02-16 12:00",
        "Safeguarding team: MARAC research form completed for meeting 19/02 (MAU attendance 08/02, disclosure to FC 12/01). Submitted to MARAC coordinator.",
        "Shannon Pickering; Dean Marsh; MW Carr",
        None,
    ),
    (
        GP,
        "2026-02-16 10:40",
        "SP - L neck/shoulder ache since 'last week'. Says partner pushed her, 'the police know and he's not allowed round'. Mild trapezius tenderness, FROM. Paracetamol. Local DA service card given.",
        "Shannon Pickering; Dr Adeyemi",
        None,
    ),
    (
        HV,
        "2026-02-17 16:00",
        "Minutes of strategy meeting 11/02 rec'd from CSC by secure email - filed. HV actions confirmed.",
        "Kayden; Unborn baby; CB",
        "E05",
    ),
    # E07 MARAC; the hospital's research form beforehand is NOT it; the GP's notification later is
    (
        POL,
        "2026-02-19 09:30",
        "MARAC (case 14 of 22). V: PICKERING, Shannon. P: MARSH, Dean. Actions: police - address flag, DVPO compliance checks; IDVA (N Dunn) to engage; CSC - s47 ongoing; maternity - see V alone at each contact.",
        "Shannon Pickering; Dean Marsh; IDVA Dunn",
        "E07",
    ),
    (
        CSC,
        "2026-02-19 09:30",
        "Attended the Multi-Agency Risk Assessment Conference where Shannon's case was heard, alongside police, the independent domestic violence adviser Nikki Dunn, health and housing. Shannon has met the IDVA once. Action for us: keep the meeting updated with the outcome of the section 47 enquiries.",
        "Shannon Pickering; SW Whitfield; Nikki",
        "E07",
    ),
    (
        HV,
        "2026-02-19",
        "MARAC - CB attended for SP item. High risk confirmed. HV: ask DA questions only when SP alone; MARAC flag on K's record.",
        "SP; Kayden; CB",
        "E07",
    ),
    (
        ACU,
        "2026-02-19",
        "MARAC outcome (FC attended): high risk. Maternity: see SP alone at every contact; IDVA details NOT in hand-held notes.",
        "Shannon Pickering; MW Carr",
        "E07",
    ),
    (
        GP,
        "2026-02-20",
        "Letter Riverside MAU 08/02/26: 21/40, assault by partner, FH present, no obstetric concern. D/c. Noted.",
        "Shannon Pickering",
        "E03",
    ),
    (
        HV,
        "2026-02-24 10:00",
        "Antenatal contact at MGM's (CB), 23/40. SP alone: said there had been 'a big meeting about me with the police' and a lady (IDVA) rang her. Tearful, misses Dean. Safety plan reviewed. K saying more words.",
        "SP; Kayden; Dean; IDVA Dunn; CB",
        None,
    ),
    (
        GP,
        "2026-02-25",
        "MARAC notification rec'd (meeting 19/02/26): SP high-risk DA victim. Flag added to SP and Kayden records. No GP action.",
        "Shannon Pickering; Kayden",
        "E07",
    ),
    # ---------------- March ----------------
    # E08 joint visit SW + HV (pre-birth assessment session); antenatal clinic that afternoon is NOT it
    (
        CSC,
        "2026-03-04 10:00",
        "Pre-birth assessment session three - joint visit with the health visitor Claire Bostock at Lorraine's. We used pictures to go through what a new baby needs day and night. Shannon could describe feeding and changing but found it hard to plan for Kayden and a baby at the same time. Lorraine offered to help at bedtimes.",
        "Shannon Pickering; Kayden Pickering; Lorraine Pickering; Claire",
        "E08",
    ),
    (
        HV,
        "2026-03-04 10:00",
        "JV with SW for PBA session. Easy-read baby care pack used. SP engaged ~45 mins, then distracted. K wt 12.6kg. HV to repeat safe sleep demo at next contact.",
        "SP; Kayden; Nan; SW Whitfield; CB",
        "E08",
    ),
    (
        ACU,
        "2026-03-04 15:40",
        "Community antenatal clinic at Brookfield MC (MW Obi), 24+5/40. BP 108/66, urine NAD, FH 142, SFH 25cm. Attended with her mother; seen alone briefly - no new disclosure.",
        "Shannon Pickering; Lorraine Pickering; MW Obi",
        None,
    ),
    # E09 SW sees Kayden at nursery (nursery records it only in a month summary)
    (
        CSC,
        "2026-03-10 10:30",
        "Saw Kayden at Little Acorns with his key person Becky. He was playing in the sand tray and showed me his 'digger'. Becky says he has settled well and his talking is coming on, but some mornings he arrives hungry.",
        "Kayden Pickering; Becky",
        "E09",
    ),
    (
        NUR,
        "M:2026-03",
        "Spring term key person summary (Becky): Kayden settled, now 3 sessions a week. Social worker came in to see Kayden and talked with his key person this month. Speech - using 2-word phrases. Arrives hungry some mornings - breakfast offered.",
        "Kayden; Becky; SW Whitfield",
        "E09",
    ),
    (
        POL,
        "2026-03-10",
        "DVPO expired today. No breaches recorded. Address marker remains on 14 Elm Row.",
        "Dean Marsh; Shannon Pickering",
        None,
    ),
    # E10 request for extra nursery sessions sent / read 4 days later
    (
        CSC,
        "2026-03-12",
        "Emailed Tracey Hume at Little Acorns asking for Kayden's funded sessions to go up to five mornings a week as part of the safety plan; funding agreed with the early years team.",
        "Kayden Pickering; Tracey",
        "E10",
    ),
    (
        NUR,
        "2026-03-16",
        "Email from SW (dated 12.03, seen today - Tracey on leave): request for Kayden to attend 5 mornings. Agreed, starting 23.03. Mum told at pick-up.",
        "Kayden; SW Whitfield; Tracey; Mum",
        "E10",
    ),
    (
        HV,
        "2026-03-17 10:30",
        "Antenatal contact at 14 Elm Row (SP moved back 14/03), 26/40. FOB not present but his boots in the hall; SP said he 'just pops round to see Kayden'. Info emailed to SW.",
        "SP; Dean; Kayden; CB; SW Whitfield",
        None,
    ),
    (
        GP,
        "2026-03-20 11:20",
        "Kayden - cough 5/7, coryza, apyrexial. Chest clear, ENT NAD. Viral URTI. Safety-net advice to Mum.",
        "Kayden; Mum; Dr Adeyemi",
        None,
    ),
    # E11 Saturday ED attendance; nursery told Monday; liaison notifications; GP letter 10 days later
    (
        ACU,
        "2026-03-21 15:10",
        "Paed ED: 2y4m boy, brought by mother and FOB. Fell down 3-4 stairs at home approx 14:30, cried at once, no LOC, no vomiting. 2cm haematoma R forehead. GCS 15, playing normally. Safeguarding check: open to CSC (s47). History consistent with injury and development. Head injury advice. D/c 17:00. Paed liaison to notify HV + CSC.",
        "Kayden Pickering; Shannon Pickering; Dean Marsh",
        "E11",
    ),
    (
        NUR,
        "2026-03-23 08:40",
        "Mum told Becky at drop-off that Kayden 'went to A&E Saturday' after falling down the stairs at home. Lump/bruise R forehead seen, body map completed. Tracey informed.",
        "Mum; Kayden; Becky; Tracey",
        "E11",
    ),
    (
        CSC,
        "2026-03-23 11:00",
        "Notification from the hospital's paediatric liaison nurse: Kayden was taken to the Emergency Department on Saturday afternoon after falling down the stairs at home - bruise to his forehead, no concerns about the explanation. Dean Marsh was with Shannon when they brought him in.",
        "Kayden Pickering; Shannon Pickering; Dean Marsh",
        "E11",
    ),
    (
        CSC,
        "2026-03-23 15:30",
        "Unannounced home visit to Elm Row. Dean was there. Shannon said they are 'back together' and Dean is 'different now'; Dean said he would do a course. Kayden's forehead bruise seen, healing. No stair gate fitted - agreed Lorraine will buy one this week.",
        "Shannon Pickering; Dean Marsh; Kayden Pickering; Lorraine Pickering",
        None,
    ),
    (
        HV,
        "2026-03-24",
        "Paed liaison notification: K attended ED 21/03 - fall on stairs, minor head injury, d/c. Stair gate advice at next contact.",
        "Kayden; CB",
        "E11",
    ),
    (
        CSC,
        "2026-03-26",
        "Section 47 enquiries concluded: concerns substantiated - risk of significant harm to Kayden and the unborn baby from domestic abuse. TM Ogden agreed an initial child protection conference before the birth.",
        "Kayden Pickering; Unborn baby; TM Ogden",
        None,
    ),
    (
        GP,
        "2026-03-31",
        "A&E letter 21/03/26 - Kayden: minor head injury (fall downstairs), d/c with advice. Nil action.",
        "Kayden",
        "E11",
    ),
    # ---------------- April ----------------
    (
        GP,
        "2026-04-08",
        "Report for ICPC 14/04 (Kayden + unborn) sent to conference team. Dr A unable to attend (surgery).",
        "Kayden; Unborn baby; Dr A",
        None,
    ),
    (
        POL,
        "2026-04-09",
        "ICPC 14/04 (PICKERING children) - police report submitted: DA 07/02, DVPN/DVPO, MARAC 19/02, MARSH history. Unable to attend - report only.",
        "Kayden Pickering; Unborn baby; MARSH",
        None,
    ),
    (
        CSC,
        "2026-04-09",
        "Wrote my report for the initial child protection conference and went through it with Shannon and her advocate, a page at a time. Shannon disagreed that Dean is a risk to the children.",
        "Shannon Pickering; Dean Marsh",
        None,
    ),
    # E12 pre-birth ICPC; the nursery files the minutes 6 days later; GP outcome letter is NOT it
    (
        CSC,
        "2026-04-14 10:00",
        "Initial child protection conference (pre-birth) for Kayden and the unborn baby, chaired by Helen Tait. Present: Shannon with her advocate, Lorraine, Dean Marsh (first half), SW Whitfield, Claire Bostock (health visitor), Fiona Carr (safeguarding midwife), Tracey Hume (Little Acorns). Written reports from police and the GP. Decision: Kayden and the unborn baby to be subject to child protection plans, category emotional abuse, with risk of physical harm. Pre-birth assessment to be completed; core group within ten working days; legal advice to be sought.",
        "Kayden Pickering; Unborn baby; Shannon Pickering; Lorraine Pickering; Dean Marsh; Chair Tait; SW Whitfield; Claire; MW Carr; Tracey",
        "E12",
    ),
    (
        HV,
        "2026-04-14",
        "ICPC attended (CB). K + unborn - CP plans, emotional abuse. HV: antenatal contacts fortnightly, weekly after birth; core group member.",
        "Kayden; Unborn baby; CB",
        "E12",
    ),
    (
        ACU,
        "2026-04-14",
        "Initial CP conference (pre-birth) - FC attended. Unborn to be subject to CP plan from birth. Birth planning meeting to be arranged approx 34/40; no discharge without DPM.",
        "Unborn baby; Shannon Pickering; MW Carr",
        "E12",
    ),
    (
        NUR,
        "2026-04-14",
        "Tracey at child protection conference for Kayden (all morning). Kayden now on CP plan. Nursery to attend core groups; daily welfare checks and attendance monitoring.",
        "Kayden; Tracey",
        "E12",
    ),
    (
        NUR,
        "2026-04-20",
        "Minutes from the CP conference on 14.04 received by email - printed and put in Kayden's safeguarding file.",
        "Kayden; Tracey",
        "E12",
    ),
    (
        GP,
        "2026-04-22",
        "Letter from conference service: ICPC 14/04/26 - Kayden + unborn subject to CP plans (emotional abuse). CP codes added to records.",
        "Kayden; Unborn baby; Shannon Pickering",
        None,
    ),
    # E13 first core group; HV antenatal visit that morning is NOT it
    (
        HV,
        "2026-04-28 10:00",
        "Antenatal home visit (CB), 32/40. Stair gate now fitted. SP sleeping poorly, back ache. Talked through Moses basket and night feeds with Kayden in the next room.",
        "SP; Kayden; Unborn baby; CB",
        None,
    ),
    (
        CSC,
        "2026-04-28 14:00",
        "First core group meeting at Little Acorns. Present: Shannon, Lorraine, SW Whitfield, Claire Bostock (HV), Tracey Hume (nursery). Dean did not come. Plan gone through in plain words: Dean not to stay overnight while the plan is in place; Shannon to start the Freedom Programme; stair gate done; Kayden at nursery five mornings. Next core group 12 May so the midwife can attend.",
        "Shannon Pickering; Lorraine Pickering; Dean Marsh; SW Whitfield; Claire; Tracey; Kayden Pickering; Unborn baby",
        "E13",
    ),
    (
        HV,
        "2026-04-28 14:00",
        "Core group at nursery (CB). Stair gate fitted - confirmed. Next CG 12/05.",
        "SP; Kayden; CB",
        "E13",
    ),
    (
        NUR,
        "2026-04-28 14:00",
        "Core group held in the nursery office, 2pm - Tracey. Kayden attendance 92% since 23.03. Some hungry mornings continue.",
        "Kayden; Tracey",
        "E13",
    ),
    # ---------------- May ----------------
    (
        GP,
        "2026-05-06 16:20",
        "DM - new patient check. Drinks 'most weekends', AUDIT 17. Brief intervention, alcohol service self-referral details. Known DA marker (MARAC). BP 132/84.",
        "Dean Marsh; Dr Adeyemi",
        None,
    ),
    (
        CSC,
        "2026-05-07",
        "Legal planning meeting (internal) with legal services and TM Ogden: threshold met. Agreed to start the Public Law Outline pre-proceedings process; letter before proceedings to Shannon and Dean.",
        "Shannon Pickering; Dean Marsh; TM Ogden",
        None,
    ),
    # E14 second core group, two weeks after the first (look-alike)
    (
        CSC,
        "2026-05-12 14:00",
        "Second core group meeting at Little Acorns. Present: Shannon, Lorraine, Dean (first time), SW Whitfield, Claire Bostock, Fiona Carr, Tracey Hume. Shannon has started the Freedom Programme. Dean says he has cut down his drinking; he has not started a perpetrator programme. Birth planning meeting at the hospital set for 2 June.",
        "Shannon Pickering; Lorraine Pickering; Dean Marsh; SW Whitfield; Claire; MW Carr; Tracey; Kayden Pickering; Unborn baby",
        "E14",
    ),
    (
        HV,
        "2026-05-12 14:00",
        "CG2 at nursery. FOB attended. HV actions: safe sleep + bathing demo; refer to LD-friendly antenatal class.",
        "SP; Dean; Kayden; CB",
        "E14",
    ),
    (
        ACU,
        "2026-05-12 14:00",
        "Core group (FC). Maternity: birth planning meeting booked 02/06 at Riverside; CP alert on record confirmed.",
        "Shannon Pickering; Unborn baby; MW Carr",
        "E14",
    ),
    (
        NUR,
        "2026-05-12 14:00",
        "Core group in nursery office - Tracey. Dean Marsh attended this time. Kayden attendance 95%.",
        "Kayden; Dean; Tracey",
        "E14",
    ),
    (
        CSC,
        "2026-05-19 11:00",
        "PLO pre-proceedings meeting at the council offices. Shannon with her solicitor and advocate; Dean with his solicitor. Explained what has to change: Dean to do a perpetrator programme and keep to the written agreement; Shannon to finish the Freedom Programme; a parenting assessment adapted for her learning disability. Review in 12 weeks.",
        "Shannon Pickering; Dean Marsh",
        None,
    ),
    (
        HV,
        "2026-05-21 10:30",
        "Antenatal contact (CB), 35/40. SP anxious - 'had a meeting with solicitors about court and the baby'. Encouraged to talk to SW and advocate. Moses basket ready. Dean present, polite, left early.",
        "SP; Dean; Unborn baby; CB",
        None,
    ),
    # E15 phone call SW <-> GP (CSC records it with a w/c date)
    (
        CSC,
        "A:2026-05-25:2026-05-29:w/c 25 May 2026",
        "Spoke with Dr Adeyemi about Shannon's contraception after the birth and whether she can decide this herself - he has no doubts about her capacity for this and will see her at the six-week check. He also confirmed Dean is now registered with the practice and has been seen about his drinking.",
        "Dr Adeyemi; Shannon Pickering; Dean Marsh",
        "E15",
    ),
    (
        GP,
        "2026-05-27 12:40",
        "Tel SW J Whitfield - postnatal contraception plan; SP has capacity for this decision. DM reg'd 05/26, AUDIT 17, brief intervention given. Shared with consent.",
        "SW Whitfield; Shannon Pickering; Dean Marsh; Dr Adeyemi",
        "E15",
    ),
    # ---------------- June ----------------
    # E16 birth planning meeting (HV writes it up later with an approximate date)
    (
        ACU,
        "2026-06-02 13:30",
        "Birth planning meeting (FC), antenatal clinic room. Present: SW, HV, SP, MGM. Plan: CP alert; MGM as birth partner; FOB may visit ward only supervised; no discharge before DPM; SW to be phoned at birth.",
        "Shannon Pickering; Lorraine Pickering; SW Whitfield; CB; MW Carr",
        "E16",
    ),
    (
        CSC,
        "2026-06-02 13:30",
        "Birth plan meeting at Riverside maternity with Fiona Carr, Claire Bostock, Shannon and Lorraine. Agreed: the ward will ring me when the baby is born; Dean can visit only with Lorraine or staff present; a discharge planning meeting before the baby leaves; Shannon and the baby to go to Lorraine's at first.",
        "MW Carr; Claire; Shannon Pickering; Lorraine Pickering; Dean Marsh; Unborn baby",
        "E16",
    ),
    (
        HV,
        "A:2026-06-01:2026-06-05:early June 2026 (approx.)",
        "Retrospective entry (CB, written 09/06): attended birth planning mtg at hospital with SW, safeguarding MW, SP + MGM. HV to visit day after discharge.",
        "SP; Lorraine; SW Whitfield; MW Carr; CB",
        "E16",
    ),
    # E17 birth and the admission: ward's call to the SW, nan tells nursery, HV notification, discharge, GP summary
    (
        ACU,
        "2026-06-16 04:52",
        "Labour ward: SVD at 39+3, live female 3.05kg, Apgars 9/9. MGM birth partner. CP alert - baby subject to CP plan from birth. Skin to skin, BF initiated. Transferred to postnatal ward. CSC informed by tel 09:15 (SW Whitfield).",
        "Shannon Pickering; Ruby Marsh; Lorraine Pickering; SW Whitfield",
        "E17",
    ),
    (
        NUR,
        "2026-06-16 08:30",
        "Nan dropped Kayden off and said Mum had the baby 'in the middle of the night' - a girl. Kayden excited, telling everyone about his 'baby sister'.",
        "Nan; Mum; Kayden; Becky",
        "E17",
    ),
    (
        CSC,
        "2026-06-16 09:15",
        "Call from the midwife in charge on the postnatal ward: Shannon gave birth to a girl, Ruby, at 4.52 this morning; both well, Lorraine with her. Discharge planning meeting on the ward on Thursday 18 June.",
        "Shannon Pickering; Ruby Marsh; Lorraine Pickering",
        "E17",
    ),
    (
        POL,
        "2026-06-17",
        "Info to CSC for DPM: no DA calls since 07/02. MARSH - no new intel. Not attending.",
        "Dean Marsh; Ruby Marsh",
        None,
    ),
    (
        HV,
        "2026-06-18 09:00",
        "Birth notification rec'd: female, 16/06/26, 3.05kg, SVD. CP plan from birth. Primary visit after discharge.",
        "Ruby; SP; CB",
        "E17",
    ),
    # E18 discharge planning meeting on the ward
    (
        ACU,
        "2026-06-18 14:00",
        "Discharge planning meeting, postnatal ward 22. SW, HV, FC, ward MW, SP, MGM. Baby feeding well, SP handling confidently with prompts. Agreed d/c tomorrow to MGM's address; written agreement - FOB contact supervised by MGM.",
        "Shannon Pickering; Ruby Marsh; Lorraine Pickering; SW Whitfield; CB; MW Carr",
        "E18",
    ),
    (
        CSC,
        "2026-06-18 14:00",
        "Discharge planning meeting on the postnatal ward with Fiona Carr, the ward midwife, Claire Bostock, Shannon and Lorraine. Decision: Shannon and Ruby go home to Lorraine's tomorrow. Written agreement signed: Dean's time with Ruby and Kayden to be supervised by Lorraine; Dean not to stay at Lorraine's. Review at Lorraine's in a week.",
        "MW Carr; Claire; Shannon Pickering; Lorraine Pickering; Ruby Marsh; Kayden Pickering; Dean Marsh",
        "E18",
    ),
    (
        HV,
        "2026-06-18 14:00",
        "DPM on postnatal ward - CB attended. D/c 19/06 to MGM addr, written agreement re FOB. Primary birth visit Mon 22/06.",
        "Ruby; SP; Lorraine; CB",
        "E18",
    ),
    (
        ACU,
        "2026-06-19 11:30",
        "Postnatal ward: mother and baby discharged to MGM's address per DPM. Newborn examination NAD. Community MW to visit day 5. Care transferred to HV.",
        "Shannon Pickering; Ruby Marsh",
        "E17",
    ),
    (
        HV,
        "2026-06-22 10:30",
        "Primary birth visit at MGM's (CB). Ruby 6/7, wt 2.92kg (-4%), BF well. SP tired but attentive. Safe sleep reviewed - Moses basket in SP's room. Kayden a bit jealous. FOB not present.",
        "Ruby; SP; Kayden; Lorraine; CB",
        None,
    ),
    # E19 review of the discharge plan a week after the DPM (look-alike)
    (
        ACU,
        "2026-06-25 09:30",
        "Community MW visit day 9 (MW Obi). Ruby wt 3.10kg, cord off, jaundice resolved. SP well, BP normal. Discharged from midwifery care to HV.",
        "Ruby Marsh; Shannon Pickering; MW Obi",
        None,
    ),
    (
        CSC,
        "2026-06-25 11:00",
        "Review of the discharge plan at Lorraine's home, a week after the discharge planning meeting: Shannon, Lorraine, SW Whitfield and Claire Bostock. Ruby feeding well; Shannon managing nights with Lorraine's help. Dean has visited three times, always with Lorraine there. The written agreement stays in place until the review conference.",
        "Shannon Pickering; Lorraine Pickering; Claire; Ruby Marsh; Dean Marsh",
        "E19",
    ),
    (
        HV,
        "2026-06-25 11:00",
        "Post-discharge review mtg at MGM's with SW. Ruby wt 3.12kg - back to birthweight. Agreement continues.",
        "Ruby; SP; Lorraine; SW Whitfield; CB",
        "E19",
    ),
    (
        GP,
        "2026-06-29",
        "Maternity d/c summary: SP SVD 16/06/26, female 3.05kg, d/c 19/06 to mother's address. Baby Ruby registered. CP plan - codes added. 6/52 checks to book.",
        "Shannon Pickering; Ruby",
        "E17",
    ),
    # ---------------- July ----------------
    # E20 HV's call to the SW (the HV visit that morning is NOT it; nor is the SW's visit next day)
    (
        HV,
        "2026-07-01 10:15",
        "Weekly visit at MGM's (CB). Ruby wt 3.40kg. On arrival FOB leaving by back door; MGM out at shops - SP alone with FOB and both children. SP says he 'only came for 5 minutes'.",
        "Ruby; SP; Dean; Lorraine; Kayden; CB",
        None,
    ),
    (
        HV,
        "2026-07-01 15:40",
        "Tel to SW (J Whitfield) re this morning - FOB at MGM's without MGM present. SW to visit.",
        "SW Whitfield; Dean; SP; CB",
        "E20",
    ),
    (
        CSC,
        "2026-07-01 15:40",
        "Claire Bostock rang: when she visited this morning Dean was at Lorraine's while Lorraine was out - not what the written agreement says. I will go round tomorrow to speak to Shannon and Lorraine.",
        "Claire; Dean Marsh; Lorraine Pickering; Shannon Pickering",
        "E20",
    ),
    (
        CSC,
        "2026-07-02 10:00",
        "Visit to Lorraine's after the health visitor's call. Shannon said Dean brought nappies and she 'didn't think five minutes counted'. Went through the written agreement again with pictures; Lorraine apologised and will not leave them alone with him.",
        "Shannon Pickering; Lorraine Pickering; Dean Marsh; Ruby Marsh; Kayden Pickering",
        None,
    ),
    # E21 Saturday-night call-out at the grandmother's door and the Monday notifications
    (
        POL,
        "2026-07-11 01:35",
        "Occ 26/118322. 999 from PICKERING, Lorraine - MARSH, Dean at her door drunk, kicking it. Officers att 01:48. MARSH arrested D&D + crim damage (door panel cracked). PICKERING, Shannon + 2 children (2y, 3/52) inside - children asleep. DASH medium. PPN submitted.",
        "Lorraine Pickering; Dean Marsh; Shannon Pickering; Kayden Pickering; Ruby Marsh",
        "E21",
    ),
    (
        POL,
        "2026-07-11 11:00",
        "MARSH interviewed - admits being drunk, denies damage. Charged crim damage. Bailed to court 04/08: not to attend MGM's address or contact PICKERING, Shannon except via SW.",
        "Dean Marsh; Shannon Pickering",
        None,
    ),
    (
        NUR,
        "2026-07-13 08:10",
        "Operation Encompass: police attended Kayden's home (Nan's) early Saturday - incident involving Mum's partner. Kayden cheerful, told Becky 'Dean banged the door, police came'. Logged - Tracey informed.",
        "Kayden; Nan; Mum; Dean; Becky; Tracey",
        "E21",
    ),
    (
        CSC,
        "2026-07-13 09:20",
        "MASH: Police Protection Notice. In the early hours of Saturday 11 July Dean Marsh, drunk, kicked Lorraine Pickering's front door while Shannon, Kayden and Ruby were inside. He was arrested. Both children are on child protection plans - passed to SW Whitfield; strategy discussion tomorrow.",
        "Dean Marsh; Lorraine Pickering; Shannon Pickering; Kayden Pickering; Ruby Marsh; SW Whitfield",
        "E21",
    ),
    (
        HV,
        "2026-07-14 09:00",
        "MASH email: PPN 11/07 - FOB at MGM's door drunk, arrested. Both children on CP plans. Next visit brought forward to 15/07.",
        "Dean; Ruby; Kayden; CB",
        "E21",
    ),
    # E22 second strategy discussion (no new s47)
    (
        CSC,
        "2026-07-14 11:00",
        "Strategy discussion (Teams), chaired by TM Ogden: SW Whitfield, DC Lal, Claire Bostock. Kayden and Ruby are already on child protection plans, so no new section 47. Dean's bail conditions keep him away from Lorraine's; written agreement renewed; legal planning meeting to be reconvened; to be considered at next week's review conference.",
        "Kayden Pickering; Ruby Marsh; Dean Marsh; TM Ogden; SW Whitfield; DC Lal; Claire",
        "E22",
    ),
    (
        POL,
        "2026-07-14 11:00",
        "Strat disc re PICKERING/MARSH children. Police: MARSH charged crim damage 11/07, bail conditions. Outcome: no further s47 - children already on CP plans. Report to RCPC to follow.",
        "Kayden Pickering; Ruby Marsh; MARSH; DC Lal",
        "E22",
    ),
    (
        HV,
        "2026-07-14",
        "Strategy call 11:00 - CB joined. No new CP enquiry. HV weekly visits continue.",
        "Ruby; Kayden; CB",
        "E22",
    ),
    (
        CSC,
        "2026-07-15",
        "Management oversight (TM Ogden): strategy outcome agreed. Legal planning meeting booked for 28 July to consider whether to issue care proceedings.",
        "TM Ogden; Kayden Pickering; Ruby Marsh",
        None,
    ),
    (
        POL,
        "2026-07-17",
        "RCPC 21/07 - police report submitted (DA 07/02, 11/07 arrest + charge, bail conditions). Not attending.",
        "Kayden Pickering; Ruby Marsh; MARSH",
        None,
    ),
    # E23 review child protection conference
    (
        CSC,
        "2026-07-21 10:00",
        "Review child protection conference for Kayden and Ruby (chair Helen Tait). Present: Shannon and her advocate, Lorraine, SW Whitfield, Claire Bostock (HV), Tracey Hume (nursery), Dr Adeyemi (GP). Police report received. Dean did not attend (bail conditions). Both children remain on child protection plans; PLO pre-proceedings continue. Next review in six months.",
        "Kayden Pickering; Ruby Marsh; Shannon Pickering; Lorraine Pickering; Chair Tait; SW Whitfield; Claire; Tracey; Dr Adeyemi; Dean Marsh",
        "E23",
    ),
    (
        HV,
        "2026-07-21",
        "RCPC attended (CB). CP plans continue for K + R.",
        "Kayden; Ruby; CB",
        "E23",
    ),
    (
        NUR,
        "2026-07-21",
        "Review conference - Tracey attended (am). Kayden remains on CP plan. Attendance 96%.",
        "Kayden; Tracey",
        "E23",
    ),
    (
        GP,
        "2026-07-21",
        "Dr A attended RCPC (Ruby, Kayden). Outcome: CP plans continue. GP action: 6/52 baby check + SP postnatal check 28/07.",
        "Ruby; Kayden; Shannon Pickering; Dr A",
        "E23",
    ),
    (
        GP,
        "2026-07-28 10:00",
        "Ruby 6/52 check: wt 4.60kg, hips/eyes/heart NAD. SP PN check: well, mood OK, PHQ-9 6. Contraception - implant booked.",
        "Ruby; Shannon Pickering; Dr Adeyemi",
        None,
    ),
    (
        HV,
        "2026-07-28 14:30",
        "Weekly visit at MGM's (CB). Ruby wt 4.62kg. SP said GP check this morning 'all fine'. Kayden at nursery.",
        "Ruby; SP; Lorraine; CB",
        None,
    ),
    # ---------------- August ----------------
    # E24 nursery DSL's call to the SW (the SW's visit that afternoon and the HV visit that morning are NOT it)
    (
        HV,
        "2026-08-04 10:00",
        "Weekly visit (CB). Ruby 7/52, wt 4.85kg, social smile. SP bright, Freedom Programme wk 10. No FOB contact reported.",
        "Ruby; SP; CB",
        None,
    ),
    (
        NUR,
        "2026-08-04 11:10",
        "In the home corner Kayden shouted at a doll 'shut up or I smack you' and said 'Dean says it'. Tracey rang social worker 11.25 - spoke to J Whitfield.",
        "Kayden; Dean; Tracey; SW Whitfield",
        "E24",
    ),
    (
        CSC,
        "2026-08-04 11:25",
        "Tracey Hume phoned from Little Acorns: Kayden was playing with a doll and shouted 'shut up or I'll smack you', saying that is what Dean says. Shannon has told me there has been no contact since Dean's arrest. I will visit Lorraine's this afternoon.",
        "Tracey; Kayden Pickering; Dean Marsh; Shannon Pickering",
        "E24",
    ),
    (
        CSC,
        "2026-08-04 15:00",
        "Visit to Lorraine's after the nursery's call. Shannon admitted she took the children to meet Dean at the park last week 'so he could see Ruby'. Reminded her of his bail conditions and the written agreement. Discussed with TM Ogden - to go to the legal planning meeting.",
        "Shannon Pickering; Lorraine Pickering; Dean Marsh; Kayden Pickering; Ruby Marsh; TM Ogden",
        None,
    ),
    (
        POL,
        "2026-08-04",
        "MARSH - Magistrates, crim damage: pleaded guilty, fine + compensation £180. Bail conditions fall away.",
        "Dean Marsh",
        None,
    ),
]

# routine single-agency filler (null), written from hand-written pools
PRE_POOLS = {
    GP: [
        (
            "Kayden - nappy rash 1/52, candidal. Clotrimazole. Mum repeated back plan.",
            "Kayden; Mum",
        ),
        (
            "SP - dysuria 2/7, urine dip nit+. Nitrofurantoin (safe in pregnancy). MSU sent.",
            "Shannon Pickering",
        ),
        ("Kayden - eczema flare, emollient + hydrocortisone 1% 5/7.", "Kayden; Mum"),
        (
            "SP - pelvic girdle pain. Physio self-referral details given, easy read.",
            "Shannon Pickering",
        ),
        ("Kayden DNA nurse appt (imms catch-up). Letter + text sent.", "Kayden"),
        (
            "SP - Hb 102, iron rx continued, constipation advice. Dosing card (easy read).",
            "Shannon Pickering",
        ),
        (
            "Kayden - ear pulling, T 37.6. TMs dull, not bulging. Analgesia, r/v if worse.",
            "Kayden; Mum",
        ),
    ],
    HV: [
        ("Tel to SP to confirm next contact - no answer, text sent in plain words.", "SP; CB"),
        (
            "Kayden seen at drop-in clinic with Mum. Weighed - growth on track. Toilet training advice.",
            "Kayden; Mum; CB",
        ),
        (
            "Supervision (CB with named nurse for safeguarding): case discussed, plan unchanged.",
            "Kayden; CB",
        ),
        ("SLT drop-in letter for Kayden sent to Mum - read to her by phone.", "Kayden; Mum; CB"),
        ("DNA planned contact - no answer. Card left; MGM rang later to rebook.", "SP; MGM; CB"),
    ],
    NUR: [
        ("Kayden attended, settled at drop-off. Ate all his lunch, slept 1hr.", "Kayden"),
        (
            "Kayden collected 15 mins late by Mum - phone not answered. Pick-up time reminded.",
            "Kayden; Mum",
        ),
        (
            "Key person observation: Kayden building towers, starting to take turns. {n} new words this week.",
            "Kayden; Becky",
        ),
        (
            "Kayden arrived without a coat on a cold morning - spare coat lent. Mum said it was 'in the wash'.",
            "Kayden; Mum",
        ),
        ("Kayden absent - Mum phoned, 'he's got a cold'.", "Kayden; Mum"),
        ("Kayden upset at drop-off, settled in 10 mins with Becky.", "Kayden; Becky"),
        ("Kayden asked for breakfast twice on arrival - toast given. Logged.", "Kayden; Becky"),
        (
            "Small graze to knee in garden (fell off scooter). Accident form signed by Nan at pick-up.",
            "Kayden; Nan",
        ),
        (
            "Kayden brought in by Nan. Happy, played with water tray most of the morning.",
            "Kayden; Nan",
        ),
    ],
    ACU: [
        (
            "Antenatal clinic: BP 110/70, urine NAD, FH heard. Attended alone - seen alone. Easy-read info given.",
            "Shannon Pickering",
        ),
        (
            "DNA antenatal appointment. Rebooked by phone; text reminders set up.",
            "Shannon Pickering",
        ),
        (
            "Antenatal clinic (MW Obi): BP normal, SFH on chart. Infant feeding discussed.",
            "Shannon Pickering; MW Obi",
        ),
        ("!Growth scan: EFW 45th centile, liquor normal.", "Shannon Pickering"),
    ],
    CSC: [
        (
            "Phoned Shannon to remind her of the next pre-birth assessment session; she wrote it on the calendar while I waited.",
            "Shannon Pickering",
        ),
        (
            "Supervision with TM Ogden: pre-birth assessment progress reviewed; advocate referral chased.",
            "TM Ogden; Shannon Pickering",
        ),
        (
            "Text from Shannon asking what time I am coming next week; replied with the day and time in plain words.",
            "Shannon Pickering",
        ),
    ],
}
POST_POOLS = {
    GP: [
        ("Ruby - sticky eye, conjunctivitis, cleaning advice.", "Ruby; Mum"),
        ("Kayden - viral rash, well child, safety-net.", "Kayden; Mum"),
        ("SP - breastfeeding nipple pain, latch advice, refer BF support.", "Shannon Pickering"),
    ],
    HV: [
        (
            "Tel to MGM's - SP asked about colic. Advice given, visit as planned.",
            "SP; MGM; Ruby; CB",
        ),
        ("Baby clinic: Ruby weighed, gaining well. SP attended with Nan.", "Ruby; SP; Nan; CB"),
    ],
    NUR: [
        ("Kayden attended, talked about his baby sister all morning.", "Kayden"),
        (
            "Kayden tired, fell asleep at snack time. Nan said the baby 'kept everyone up'.",
            "Kayden; Nan",
        ),
        ("Kayden absent - Nan phoned, 'rough night with the baby'.", "Kayden; Nan"),
        (
            "Key person observation: Kayden feeding a doll with a bottle, 'like Mummy'.",
            "Kayden; Becky",
        ),
    ],
    CSC: [
        (
            "Statutory visit to Lorraine's: Ruby asleep in her Moses basket; Kayden showed me his drawing. No concerns seen.",
            "Ruby Marsh; Kayden Pickering; Lorraine Pickering",
        ),
    ],
}


def main():
    entries = list(ENTRIES)
    entries += casegen.filler(
        4401,
        PRE_POOLS,
        "2026-01-12",
        "2026-06-12",
        24,
        windows={ACU: ("2026-01-15", "2026-06-12")},
        closed={
            NUR: [
                ("2026-04-03", "2026-04-06"),
                ("2026-05-04", "2026-05-04"),
                ("2026-05-25", "2026-05-25"),
            ],
            ACU: [
                ("2026-04-03", "2026-04-06"),
                ("2026-05-04", "2026-05-04"),
                ("2026-05-25", "2026-05-25"),
            ],
        },
    )
    entries += casegen.filler(4402, POST_POOLS, "2026-06-22", "2026-08-14", 10)
    out = HERE / "case_av.json"
    casegen.build(
        "av",
        "Unborn baby and a 2-year-old; mother with a learning disability, partner with a domestic "
        "abuse history - pre-birth assessment, strangulation incident with DVPN/DVPO, MARAC, s47, "
        "pre-birth ICPC, core groups, PLO, birth and discharge planning, second call-out, RCPC; "
        "6 agencies, Jan - Aug 2026",
        PEOPLE,
        AGENCIES,
        entries,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
