# ruff: noqa
"""Writing aid for held-out case_at (fictional; written blind - see README.md here).

    python3 bench/data/merging/heldout17/build_at.py   # writes heldout17/case_at.json

HELD-OUT: never use for tuning. A young family in Ashcombe, a fictional rural county town in
the south-west of England. Alfie (born 8 November 2025) is 4 months old when he is found to
have a spiral fracture of the left femur, presented four days late; his sister Maisie is 3.
Mother Chloe Dyer (20); Alfie's father Kieran Pengelly (22) uses cannabis and is subject to a
non-molestation order taken out by his former partner Jade Hocking. Maternal grandmother
Tracey becomes the children's carer. Six agencies, Jul 2025 - Jun 2026: children's social
care, police, pre-school, health visiting, GP, district hospital. Every entry is written by
hand (no random filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# an extra date style for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("at_hv", "%a %d %b %Y")  # Mon 16 Mar 2026

CSC = "Children's Social Care"
POL = "Police"
NUR = "Little Acorns Pre-school"
HV = "Health visiting (0-19 public health nursing)"
GP = "Priory Road Surgery"
ACU = "Ashcombe District Hospital"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (NUR, "education", "school"),
    (HV, "health", "at_hv"),
    (GP, "health", "gp"),
    (ACU, "health", "health"),
]

PEOPLE = [
    ("Alfie Pengelly", ["Alfie", "baby Alfie"], "Child A", "child"),
    ("Maisie Dyer", ["Maisie"], "Child M", "child"),
    ("Chloe Dyer", ["Chloe", "Ms Dyer", "Mum", "DYER"], "Mother", "parent"),
    (
        "Kieran Pengelly",
        ["Kieran", "Mr Pengelly", "PENGELLY", "Dad"],
        "Father of Alfie; mother's partner",
        "parent",
    ),
    ("Tracey Dyer", ["Tracey", "MGM", "Nan", "Mrs Dyer"], "Maternal grandmother", "family"),
    (
        "Jade Hocking",
        ["Jade", "HOCKING", "Ms Hocking"],
        "Father's former partner (holds a non-molestation order)",
        "other_adult",
    ),
    ("Becky Trewin", ["SW Trewin", "Becky", "BT"], "Social worker", "professional"),
    ("Gareth Lyle", ["TM Lyle"], "Team manager", "professional"),
    ("Sam Vosper", ["Sam", "FSW Vosper"], "Early help family support worker", "professional"),
    (
        "Nicola Rendle",
        ["DC Rendle"],
        "Detective constable (CAIT), officer in the case",
        "professional",
    ),
    ("Mark Tonkin", ["DS Tonkin"], "Detective sergeant (CAIT)", "professional"),
    ("Kate Penrose", ["Kate", "HV Penrose", "KP"], "Health visitor", "professional"),
    ("Anil Mehta", ["Dr Mehta"], "GP", "professional"),
    ("Ruth Halloran", ["Dr Halloran"], "Consultant paediatrician", "professional"),
    ("Joanne Bray", ["SN Bray", "Jo Bray"], "Hospital safeguarding nurse", "professional"),
    ("Emma Stacey", ["MW Stacey"], "Community midwife", "professional"),
    ("Lisa Carne", ["Lisa", "Mrs Carne", "LC"], "Pre-school manager and DSL", "professional"),
    ("Holly Bassett", ["Holly", "BASSETT"], "Pre-school key person", "professional"),
    ("Philip Ashdown", ["Chair Ashdown"], "Child protection conference chair", "professional"),
    ("Priya Nair", ["Ms Nair"], "Local authority solicitor", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        POL,
        "Y:2023",
        "PENGELLY, Kieran (DOB 2003) - suspect in 2 x DA occurrences 2023, victim ex-partner HOCKING, Jade (common assault - push; crim damage to mobile phone). Both NFA - victim withdrew support. Intel: cannabis user, assoc. low-level supply.",
        "PENGELLY; HOCKING",
        None,
    ),
    (
        GP,
        "Y:2024",
        "Chloe - anxiety; low mood after Maisie's birth (2022, aged 17) - declined SSRI. DNA x3 contraception f/u. Smoker 10/day.",
        "Chloe Dyer; Maisie",
        None,
    ),
    (
        CSC,
        "A:2024-05-01:2024-11-30:May to November 2024 (approx.)",
        "Early Help: Chloe (then 18) and Maisie were supported by a family support worker under an Early Help Assessment after an eviction from a private let; rehoused by the housing association at 14 Mill Lane, Ashcombe. Closed towards the end of 2024 with goals met.",
        "Chloe Dyer; Maisie Dyer",
        None,
    ),
    (
        ACU,
        "2025-07-14 10:30",
        "Maternity booking (community MW Emma Stacey) at 22+3/40 - late booking. 20yo G2P1. Partner Kieran Pengelly (22) FOB. Smoker 10/day, CO 14ppm. Partner uses cannabis 'now and then, never in the house'. Routine enquiry DA - denies. Previous EHA 2024. Midwife-led care; SN informed re late booking.",
        "Chloe Dyer; Kieran Pengelly; MW Stacey",
        None,
    ),
    (
        ACU,
        "2025-08-27 14:00",
        "ANC 28/40 - DNA. GTT not done (2nd missed appt). MW to home visit.",
        "Chloe Dyer; MW Stacey",
        None,
    ),
    (
        POL,
        "2025-08-28 18:20",
        "Non-Molestation Order served personally on PENGELLY, Kieran at 14 Mill Lane, Ashcombe. Applicant HOCKING, Jade; made 21/08/25 (Family Court), 12 months. Prohibits direct/indirect contact and attending Tor View. Address markers added.",
        "PENGELLY; HOCKING",
        None,
    ),
    (
        ACU,
        "2025-09-04 11:00",
        "MW home visit (ES), 30/40. Chloe at home with Maisie (nearly 3). Kieran present, smell of cannabis in hallway. Chloe said partner's ex 'has an injunction on him - she's lying'. GTT rebooked. Discussed with SN - MASH referral to be made.",
        "Chloe Dyer; Maisie; Kieran Pengelly; MW Stacey",
        None,
    ),
    (
        NUR,
        "2025-09-08",
        "Maisie started today - 5 morning sessions (funded). Key person Holly. Mum says new baby due in November. Cried at drop-off, settled after 20 mins with the sand tray.",
        "Maisie; Mum; Holly",
        None,
    ),
    # E01 unborn referral: sent by the midwife, opened in the MASH five days later
    (
        ACU,
        "2025-09-10 16:05",
        "Safeguarding: referral to MASH (unborn baby) submitted by MW Stacey with SN Bray. Concerns: late booking 22/40, 2 x ANC DNA, partner's cannabis use, partner subject of NMO obtained by previous partner (DA). Mother 20 with one child aged 2y11m. Parents aware of referral.",
        "Chloe Dyer; Kieran Pengelly; Maisie; MW Stacey; SN Bray",
        "E01",
    ),
    (
        CSC,
        "2025-09-15 09:20",
        "MASH: contact received from the community midwife at Ashcombe District Hospital (form dated 10 September, not opened until today because of volume in the inbox). Chloe Dyer is about 31 weeks pregnant and booked late; she has missed two antenatal appointments; her partner Kieran Pengelly is said to use cannabis and a former partner of his holds a non-molestation order against him. Maisie, nearly 3, lives with them. Early Help in 2024. Decision: MASH checks, then to the assessment team.",
        "Chloe Dyer; Kieran Pengelly; Maisie Dyer",
        "E01",
    ),
    # E02 MASH checks - one phone call recorded by both ends
    (
        CSC,
        "2025-09-16 14:10",
        "MASH checks: telephone discussion with Maisie's health visitor, Kate Penrose. Maisie's two-year review in 2024 was completed with no developmental concerns; the family were last seen in January 2025. Nothing held about the partner. An antenatal contact will be offered.",
        "Maisie Dyer; Chloe Dyer; Kate",
        "E02",
    ),
    (
        HV,
        "2025-09-16 14:10",
        "Tel call from MASH SW re unborn + Maisie. Shared: 2-2.5yr review + ASQ-3 06/24 all domains above cut-off; last contact 01/25; no safeguarding hx on our records. AN contact to be offered. KP",
        "Maisie; Mum; KP",
        "E02",
    ),
    (
        GP,
        "2025-09-17",
        "MASH info request (unborn/Maisie) - returned: Chloe anxiety, smoker, pattern of DNA. Kieran Pengelly registered - last seen 2024 (back pain), cannabis use recorded.",
        "Chloe Dyer; Maisie; Kieran Pengelly",
        None,
    ),
    (
        CSC,
        "2025-09-24 15:00",
        "Child and family assessment (SW Becky Trewin): home visit to Mill Lane. Chloe, Kieran and Maisie at home. Home warm; damp in the back bedroom; a Moses basket and cot have been bought. Kieran said he smokes 'a bit of weed' in the garden to help him sleep and never around Maisie. About the non-molestation order he said his ex 'made it all up to get back at him'. Chloe agreed to go back to the midwife.",
        "Becky; Chloe Dyer; Kieran Pengelly; Maisie Dyer",
        None,
    ),
    (
        HV,
        "2025-10-02 10:00",
        "Antenatal contact (home), ~34/40. Mum + Maisie; Dad at work. Safe sleep + SUDI risk factors discussed - both parents smoke, cannabis in household: smoke-free home, never sofa-share. Maisie chatty, toilet training going well. Plan NBV. KP",
        "Mum; Maisie; Dad; KP",
        None,
    ),
    (
        CSC,
        "2025-10-22",
        "Child and family assessment concluded and endorsed by TM Gareth Lyle. No evidence of significant harm. Concerns about late antenatal care, parental cannabis use and the history of domestic abuse towards a former partner. Outcome: step down to Early Help with the family's agreement; Early Help Assessment by family support worker Sam Vosper; a Team Around the Family meeting after the birth.",
        "TM Lyle; Becky; Sam; Chloe Dyer; Kieran Pengelly",
        None,
    ),
    (
        CSC,
        "2025-11-04",
        "Early Help: first visit by family support worker Sam Vosper. EHA started with Chloe; Kieran said he would 'see' about coming to meetings. Goals: damp repair request to the housing association, budgeting, preparing for the birth, keeping health appointments.",
        "Sam; Chloe Dyer; Kieran Pengelly",
        None,
    ),
    (
        ACU,
        "2025-11-08 03:40",
        "Delivery suite: SVD 39+1, live male 3.12kg, Apgars 9/9. Partner present. NIPE 09/11: R hip click, Barlow equivocal - USS hips requested at 6/52.",
        "Chloe Dyer; Alfie Pengelly; Kieran Pengelly",
        None,
    ),
    # E03 postnatal discharge + notification of birth, received by health visiting three days later
    (
        ACU,
        "2025-11-09 15:30",
        "Postnatal ward: mother and baby discharged home. Formula feeding. Safe sleep advice given. Transfer of care to community MW; birth and discharge notification sent to 0-19 team (EH open - FSW Sam Vosper).",
        "Chloe Dyer; Alfie Pengelly; Sam",
        "E03",
    ),
    (
        HV,
        "2025-11-12",
        "Birth notification rec'd from maternity: baby boy Alfie, born 08/11/25, 3.12kg, home 09/11, formula fed, hip USS pending. NBV booked 19/11.",
        "Alfie; Mum",
        "E03",
    ),
    (
        HV,
        "2025-11-19 11:00",
        "NBV (KP). Alfie 11/7, wt 3.20kg (25th-50th), formula 4oz 3hrly, cord off. Mum tired, EPDS 9. Dad asleep upstairs at 11am; smell of cannabis in hallway. Sleeps in Moses basket in parents' room. SUDI advice reiterated - smoke-free, no sofa sleeping. UP offered (EH open).",
        "Alfie; Mum; Dad; KP",
        None,
    ),
    (
        CSC,
        "2025-11-25",
        "Early Help visit (Sam Vosper). Alfie two weeks old and well presented. Damp repair booked for 8 December. Chloe says Kieran 'is trying' and smokes outside. Team Around the Family meeting arranged at the pre-school for 3 December.",
        "Sam; Alfie Pengelly; Chloe Dyer; Kieran Pengelly",
        None,
    ),
    # E04 TAF meeting at the pre-school
    (
        CSC,
        "2025-12-03 10:00",
        "Team Around the Family meeting at Little Acorns. Present: Chloe (with Alfie), Sam Vosper (family support worker), Kate Penrose (health visitor), Lisa Carne (pre-school manager). Kieran did not come (at work). Early Help plan reviewed: damp repair date confirmed; budgeting support; Maisie's attendance; Alfie's 8-week check and immunisations to be booked; Kieran to be offered a referral to the young people's drug and alcohol service. Next meeting in six weeks.",
        "Chloe Dyer; Alfie Pengelly; Sam; Kate; Lisa; Kieran Pengelly; Maisie Dyer",
        "E04",
    ),
    (
        HV,
        "2025-12-03",
        "TAF mtg at pre-school - attended. EHA actions for HV: UP contacts monthly, 6-8wk review, support Mum to book 8/52 check + imms with GP. KP",
        "Alfie; Maisie; Mum; KP",
        "E04",
    ),
    (
        NUR,
        "2025-12-03 10:00",
        "TAF held here in office 10am (LC). Maisie's attendance this term 71% - Mum to aim for every session. Next one mid Jan.",
        "Maisie; Mum; LC",
        "E04",
    ),
    (
        NUR,
        "2025-12-10",
        "Nativity - Maisie a sheep! Mum and Nan came with the baby. Maisie very proud.",
        "Maisie; Mum; Nan; Alfie",
        None,
    ),
    (
        GP,
        "2025-12-18 10:50",
        "Chloe - PN check. Mood 'OK', sleeping poorly, EPDS not done. Depo given. Smoking cessation advice. Baby check to be done with 1st imms 07/01.",
        "Chloe Dyer; Dr Mehta",
        None,
    ),
    (
        HV,
        "2025-12-30 10:30",
        "6-8wk review (home). Alfie 7/52, wt 4.31kg (25th). Social smile, fixes + follows. Hip USS appt awaited. Mum EPDS 11. Naps in pram in lounge - advised cot/Moses basket for all sleeps. Reminded 8/52 imms 07/01. KP",
        "Alfie; Mum; KP",
        None,
    ),
    # ---------------- January 2026 ----------------
    (
        GP,
        "2026-01-07 09:10",
        "Alfie - DNA 8/52 baby check + 1st imms. Rebooked 21/01, text to Mum.",
        "Alfie; Mum",
        None,
    ),
    (
        NUR,
        "M:2026-01",
        "January attendance - Maisie 58% (14 of 24 sessions). Reasons given: 'poorly', 'overslept' x3. Spoken to Mum at pick-up. Lisa to raise at TAF.",
        "Maisie; Mum; Lisa",
        None,
    ),
    (
        HV,
        "2026-01-13 10:00",
        "Planned UP visit - no access. Curtains closed, no answer; tel x2 no reply. Card left. FSW informed.",
        "Alfie; Mum; KP; Sam",
        None,
    ),
    (
        CSC,
        "2026-01-14",
        "Early Help visit (Sam Vosper). Chloe said she missed the health visitor yesterday because she was asleep after a bad night with Alfie, and 'forgot' the GP on 7 January. Helped her put the rebooked appointment (21 January) in her phone. Kieran polite; declined the drug service referral - 'I don't have a problem'.",
        "Sam; Chloe Dyer; Alfie Pengelly; Kieran Pengelly",
        None,
    ),
    (
        POL,
        "2026-01-20 19:45",
        "Occ 26/009881. HOCKING, Jade reports PENGELLY has sent 40+ Snapchat msgs + 6 calls since 16/01 in breach of NMO (21/08/25). Screenshots obtained. DASH medium. Suspect to be arrested - circulated.",
        "HOCKING; PENGELLY",
        None,
    ),
    (
        HV,
        "2026-01-21 10:00",
        "Home visit (KP). Alfie 10/52, wt 4.82kg (25th). Mum says off to GP this afternoon for baby check + jabs, Nan giving them a lift. House cold - prepay meter, £3 left; foodbank voucher given. EPDS 12.",
        "Alfie; Mum; Nan; KP",
        None,
    ),
    # E05 Was Not Brought letter from the GP, read by health visiting six days later
    (
        GP,
        "2026-01-21 16:30",
        "Alfie - 2nd DNA for 8/52 check + 1st imms (07/01 and 21/01). Child Was Not Brought: letter to parents and to HV (0-19 team) per practice policy. Dr Mehta to review if next missed.",
        "Alfie; Dr Mehta",
        "E05",
    ),
    # E06 arrest for breach of the non-molestation order (Sat) and the notifications that follow
    (
        POL,
        "2026-01-24 16:10",
        "Occ 26/010417. Further call HOCKING 14:20 - PENGELLY banging on door at Tor View, shouting; left prior to police arrival. DASH re-assessed high - MARAC referral. PENGELLY arrested 16:10 at home addr 14 Mill Lane - breach NMO (s42A FLA 1996) x2 incl msgs 16-20/01. Partner DYER, Chloe present with 2 children (3y, 11wk) - upset, unhurt. Strong smell of cannabis; approx 2g cannabis in kitchen drawer seized. Interviewed, charged, bailed to Ashcombe MC 10/02 (no contact HOCKING). PPN re children submitted.",
        "PENGELLY; HOCKING; DYER; Maisie Dyer; Alfie Pengelly",
        "E06",
    ),
    (
        NUR,
        "2026-01-26 08:55",
        "Operation Encompass call 8.40am - police at Maisie's home Saturday afternoon, Dad arrested, Maisie there. LC told Holly. Nan brought Maisie in; quiet at drop-off, settled with playdough.",
        "Maisie; Dad; Nan; LC; Holly",
        "E06",
    ),
    (
        CSC,
        "2026-01-26 11:30",
        "MASH: Police Protection Notice received for Saturday 24 January. Kieran Pengelly was arrested at the family home for breaching the non-molestation order held by his former partner Jade Hocking (messages, and going to her address); Chloe, Maisie and Alfie were in the house when he was arrested and a small amount of cannabis was found in the kitchen. The family is open to Early Help (Sam Vosper). TM decision: step up to children's social care for a child and family assessment; allocated to SW Becky Trewin.",
        "Kieran Pengelly; Jade Hocking; Chloe Dyer; Maisie Dyer; Alfie Pengelly; Sam; TM Lyle; Becky",
        "E06",
    ),
    (
        HV,
        "2026-01-27",
        "Letter rec'd from Priory Rd Surgery: Alfie not brought to imms appts 07/01 + 21/01. NB Mum told me on 21/01 she was going. To discuss with Mum + FSW. KP",
        "Alfie; Mum; KP; Sam",
        "E05",
    ),
    (
        HV,
        "2026-01-28",
        "Email from MASH: case stepped up from EH to CSC after police attended home 24/01 (Dad arrested - breach of NMO, cannabis found, children present). SW Becky Trewin allocated. Alert added. KP",
        "Alfie; Maisie; Dad; Becky; KP",
        "E06",
    ),
    (
        CSC,
        "2026-01-30",
        "Transfer from Early Help: Sam Vosper's closing summary received. Sam will stay involved for practical support until the assessment is completed.",
        "Sam; Becky",
        None,
    ),
    # ---------------- February ----------------
    # E07 hip scan not attended; the hospital letter reaches the GP ten days later
    (
        ACU,
        "2026-02-03 11:20",
        "Radiology OP: USS hips (Alfie Pengelly, 12/52) - Was Not Brought. Rebooked 24/02/26. Letter to GP and parents.",
        "Alfie Pengelly",
        "E07",
    ),
    (
        CSC,
        "2026-02-03 14:00",
        "First visit by SW Becky Trewin. Chloe and Kieran at home; Maisie at pre-school. Alfie seen in his bouncer, clean and alert. Kieran says the messages to Jade were 'about getting his stuff back' and he only went round once. He says he smokes cannabis 'at weekends, in the garden'. Chloe said she would leave him 'if he ever hurt the kids'. Assessment explained; both signed consent.",
        "Becky; Chloe Dyer; Kieran Pengelly; Alfie Pengelly; Maisie Dyer; Jade",
        None,
    ),
    (
        GP,
        "2026-02-05 09:40",
        "Chloe - anxiety worse since 'the police stuff', poor sleep, not eating. GAD-7 16, no SI. Start sertraline 50mg. Talking therapies self-referral info. R/v 4/52.",
        "Chloe Dyer; Dr Mehta",
        None,
    ),
    # E08 joint visit social worker + health visitor
    (
        CSC,
        "2026-02-05 14:00",
        "Joint home visit with the health visitor, Kate Penrose. Chloe at home with Alfie; Kieran arrived part way through. Chloe said she started tablets for anxiety this morning. Alfie was weighed and has dropped from the 25th centile to between the 9th and 25th. Chloe told us Alfie sometimes falls asleep on the sofa on Kieran's chest in the evenings; we went through the risks with both of them. The back bedroom is still damp and Alfie's cot is in the parents' room.",
        "Becky; Kate; Chloe Dyer; Alfie Pengelly; Kieran Pengelly",
        "E08",
    ),
    (
        HV,
        "2026-02-05 14:00",
        "JV with SW (BT). Alfie 12+5/52, wt 5.18kg (9th-25th, crossing down). 5oz 4hrly, ?reflux. Mum disclosed Dad sofa-sleeps with Alfie on his chest after 'a smoke'. SUDI risk assessment - high (parental smoking, cannabis, sofa-sharing); safer sleep plan agreed + signed. Re-weigh 2/52. KP",
        "Alfie; Mum; Dad; BT; KP",
        "E08",
    ),
    (
        POL,
        "2026-02-10 10:00",
        "Ashcombe MC - PENGELLY pleaded guilty breach NMO x2. Fined £240 + costs; restraining order 2 yrs (HOCKING). Cannabis possession - conditional caution.",
        "PENGELLY; HOCKING",
        None,
    ),
    # E09 MARAC (victim: the former partner) and its notifications
    (
        POL,
        "2026-02-12 09:30",
        "MARAC (Ashcombe) - case 4 of 11. V: HOCKING, Jade. P: PENGELLY, Kieran. Police actions: RO 2 yrs from 10/02 - flag V addr; IDVA engaged with V. P lives with partner + 2 young children - CSC aware, case open.",
        "HOCKING; PENGELLY",
        "E09",
    ),
    (
        CSC,
        "2026-02-12 09:30",
        "Attended the Multi-Agency Risk Assessment Conference for Jade Hocking, with Kieran Pengelly named as the person causing harm. Shared that Kieran lives with Chloe, Maisie and Alfie and that a child and family assessment is under way. Actions for children's social care: talk to Chloe on her own about the risk Kieran may pose to her; consider a domestic abuse perpetrator programme for Kieran.",
        "Jade Hocking; Kieran Pengelly; Chloe Dyer; Maisie Dyer; Alfie Pengelly; Becky",
        "E09",
    ),
    (
        CSC,
        "2026-02-12 16:20",
        "Telephone call with Chloe about Alfie's hip scan on 24 February - she had not opened the letter. Sam will drive them. Chloe asked whether Kieran 'is on a list now'.",
        "Chloe; Alfie; Sam; Kieran; Becky",
        None,
    ),
    (
        GP,
        "2026-02-13",
        "Letter Ashcombe DH radiology: Alfie WNB for USS hips 03/02, new appt 24/02. 3rd missed health appt this year - flagged to HV/SW.",
        "Alfie; Dr Mehta",
        "E07",
    ),
    (
        GP,
        "2026-02-16",
        "MARAC information (meeting 12/02/26): Kieran Pengelly is the alleged perpetrator in a high-risk DA case (victim not registered here). Alert added to his record and to the linked household (Chloe, Maisie, Alfie).",
        "Kieran Pengelly; Chloe Dyer; Maisie; Alfie",
        "E09",
    ),
    (
        HV,
        "A:2026-02-16:2026-02-20:w/c 16 Feb 2026",
        "MARAC notification rec'd via 0-19 safeguarding hub: Dad named as perpetrator in high-risk DA case (victim = his ex-partner). Flag added to Alfie + Maisie records. KP",
        "Alfie; Maisie; Dad; KP",
        "E09",
    ),
    (
        HV,
        "2026-02-19 11:00",
        "Weigh clinic (children's centre). Alfie 5.52kg (9th-25th), steady. Brought by Mum + Nan. Imms still outstanding - Mum says 'next week'. KP",
        "Alfie; Mum; Nan; KP",
        None,
    ),
    # E10 Saturday-night verbal argument; Op Encompass Monday, social care notified Tuesday
    (
        POL,
        "2026-02-21 23:35",
        "Occ 26/023390. 999 from neighbour - raised voices 14 Mill Lane. Att 23:48. DYER, Chloe and PENGELLY, Kieran - verbal argument re money. No assault alleged. PENGELLY smelled strongly of cannabis, agreed to leave to his mother's addr. 2 children asleep upstairs, seen, no concerns. DASH standard. PPN.",
        "DYER; PENGELLY; Maisie Dyer; Alfie Pengelly",
        "E10",
    ),
    (
        NUR,
        "2026-02-23 08:40",
        "Op Encompass - police attended Maisie's house Sat night (verbal argument between Mum and partner), Maisie asleep. Holly told. Maisie tired and clingy with Holly, ate all her snack.",
        "Maisie; Mum; Holly; LC",
        "E10",
    ),
    (
        HV,
        "2026-02-23 10:00",
        "Home visit (KP). Alfie 15/52, wt 5.64kg. Mum tearful - Dad 'staying at his mum's for a few days'. Says sofa-sharing has stopped. Imms - Mum has GP appt 05/03. EPDS 14 - encouraged GP r/v.",
        "Alfie; Mum; Dad; KP",
        None,
    ),
    (
        CSC,
        "2026-02-24 10:15",
        "Domestic abuse notification from the police for Saturday night (21 February): Chloe and Kieran argued about money and a neighbour called; the children were asleep; Kieran went to his mother's. Standard risk. Open to me under assessment - added to the assessment; to talk it through with Chloe on her own.",
        "Chloe Dyer; Kieran Pengelly; Maisie Dyer; Alfie Pengelly; Becky",
        "E10",
    ),
    (
        ACU,
        "2026-02-24 14:30",
        "Radiology: USS hips, Alfie (15/52), brought by mother with family support worker. Both hips normal morphology, alpha angles > 60 deg. Discharged from hip surveillance. Letter to GP.",
        "Alfie Pengelly; Chloe Dyer; Sam",
        None,
    ),
    (
        POL,
        "2026-02-27 15:20",
        "Stop/search s23 MDA - PENGELLY, Kieran, passenger in VW Golf, Station Rd, Ashcombe. 3.5g herbal cannabis. Community resolution (2nd). Intel submitted.",
        "PENGELLY",
        None,
    ),
    # ---------------- March ----------------
    (
        CSC,
        "2026-03-02",
        "Child and family assessment completed and signed off by TM Lyle. Concerns: Kieran's cannabis use, domestic abuse towards a former partner and two police call-outs this year, missed health appointments for Alfie, unsafe sleep. Strengths: Chloe is engaging, support from her mother Tracey. Outcome: child in need plan (section 17); first CIN meeting on 11 March.",
        "Kieran Pengelly; Chloe Dyer; Alfie Pengelly; Tracey; TM Lyle; Becky",
        None,
    ),
    (
        NUR,
        "2026-03-05 09:15",
        "Existing injury form - Maisie: 2 small bruises R shin (~1cm). Mum: fell off her scooter at the park on Tuesday. Consistent with explanation. Signed by Mum. LC aware.",
        "Maisie; Mum; LC",
        None,
    ),
    (
        GP,
        "2026-03-05 11:10",
        "Alfie 16+5/52, brought by Mum. Primary imms #1 (late): 6-in-1 L thigh, MenB R thigh. Rotavirus not given (>15/52). Delayed baby check: hips NAD (USS normal), growth 9th-25th. Nappy rash - Canesten HC. Paracetamol after MenB advised. 2nd imms 4/52.",
        "Alfie; Mum; Dr Mehta",
        None,
    ),
    (
        CSC,
        "2026-03-09 15:30",
        "Home visit. Chloe, Kieran and Alfie at home. Alfie had his first immunisations last week and was 'grumpy for a day'. Seen on the changing mat kicking both legs and smiling. Kieran back home since the weekend. Both say the sofa-sharing has stopped. Reminded them of the CIN meeting on Wednesday.",
        "Chloe Dyer; Kieran Pengelly; Alfie Pengelly; Becky",
        None,
    ),
    # E11 child in need meeting
    (
        CSC,
        "2026-03-11 10:00",
        "Child in need meeting at Ashcombe Family Centre. Present: Chloe, Kieran, Tracey (maternal grandmother), SW Becky Trewin, Kate Penrose (health visiting), Lisa Carne (Little Acorns). Plan agreed: Kieran to self-refer to the drug and alcohol service by 25 March and to be referred to a domestic abuse perpetrator programme; safer sleep plan continues; Alfie's immunisations and weights; Maisie's pre-school attendance to rise to 90%. Review in six weeks.",
        "Chloe Dyer; Kieran Pengelly; Tracey; Becky; Kate; Lisa; Alfie Pengelly; Maisie Dyer",
        "E11",
    ),
    (
        HV,
        "2026-03-11",
        "CIN mtg attended. Shared: imms #1 done 05/03, wt 9th-25th, safer sleep plan. HV actions: fortnightly visits + wts, EPDS. Next CIN ~22/04. KP",
        "Alfie; Maisie; Mum; Dad; Nan; KP",
        "E11",
    ),
    (
        NUR,
        "2026-03-11 10:00",
        "Lisa at Child in Need meeting (family centre). Maisie's attendance this half-term 64% - target 90%. We will email attendance to SW weekly.",
        "Lisa; Maisie; Becky",
        "E11",
    ),
    (
        GP,
        "2026-03-13 11:20",
        "Tel consult - Mum re Alfie: crying ++ since Weds night, worse with nappy changes, L thigh 'a bit puffy' where injection given 05/03. Temp not measured. Feeding OK. Adv paracetamol, cool compress, likely local vaccine reaction; bring in / 111 if red, hot, fever or not settling.",
        "Mum; Alfie; Dr Mehta",
        None,
    ),
    (
        NUR,
        "2026-03-13 12:10",
        "At collection Mum said baby Alfie has been 'screaming the last couple of nights, we think it's his jabs'. Mum looked exhausted. Maisie had a lovely morning painting.",
        "Mum; Alfie; Maisie; Holly",
        None,
    ),
    # Monday 16 March: HV visit (separate), HV's call to the SW (E12), hospital attendance (E13)
    (
        HV,
        "2026-03-16 11:00",
        "Planned visit (KP). Alfie 18/52, irritable, screamed when L leg moved at nappy change; L thigh visibly swollen, warm, holds leg still. No bruising seen. Mum: 'since Thursday night', GP said jab reaction (tel 13/03). Not consistent with imms 11 days ago. Advised Mum to take Alfie to A&E TODAY - Mum says will go when Dad back with car. Wt not done.",
        "Alfie; Mum; Dad; KP",
        None,
    ),
    (
        HV,
        "2026-03-16 11:50",
        "Tel to SW (Becky Trewin) from car: concerns re swollen L thigh, 4 day delay, A&E advised. SW to ring Mum. 0-19 safeguarding lead informed. KP",
        "Becky; Alfie; Mum; KP",
        "E12",
    ),
    (
        CSC,
        "2026-03-16 11:55",
        "Phone call from Kate Penrose: on her visit this morning Alfie's left thigh was swollen and he screamed when it was moved; Chloe says it started on Thursday night and the GP put it down to the injections. Kate has told Chloe to take him to hospital today. I rang Chloe at 12:15 - she said Kieran would take them 'after dinner'; I told her it must be now. TM Lyle informed.",
        "Kate; Alfie Pengelly; Chloe Dyer; Kieran Pengelly; TM Lyle; Becky",
        "E12",
    ),
    (
        CSC,
        "2026-03-16 16:40",
        "Rang Chloe again - still at home, Kieran not back with the car. Arranged for Tracey to drive them. Rang the children's emergency department to say Alfie was on his way.",
        "Chloe Dyer; Kieran Pengelly; Tracey; Alfie Pengelly; Becky",
        None,
    ),
    (
        ACU,
        "2026-03-16 17:40",
        "Paed ED: Alfie 4/12, brought by mother, father and MGM. 4/7 hx crying on handling L leg. O/E swollen L thigh, pain on movement, no bruising, no other injury seen. XR L femur: spiral # mid-shaft with early periosteal reaction - not acute. Mechanism: Mum - 'leg caught in the cot bars'; Dad - sister (3y) may have climbed on him on sofa. No witnessed incident. Admitted Tamar ward under Dr Halloran. Ortho: Pavlik harness. Safeguarding referral to EDT 19:10; SN informed.",
        "Alfie Pengelly; Chloe Dyer; Kieran Pengelly; Tracey Dyer; Dr Halloran",
        "E13",
    ),
    (
        CSC,
        "2026-03-16 19:15",
        "EDT: call from the paediatric registrar at Ashcombe District Hospital. Alfie Pengelly, 4 months, admitted this evening with a broken left thigh bone, no clear explanation and a delay of about four days before he was brought in; the parents' accounts differ. Alfie to stay on the ward and the parents have agreed not to be alone with him there until a strategy discussion. Maisie to stay with her grandmother Tracey Dyer tonight - checks on Tracey clear. Police child abuse team told 19:40. Day team (SW Becky Trewin) to pick up.",
        "Alfie Pengelly; Tracey Dyer; Maisie Dyer; Becky",
        "E13",
    ),
    (
        POL,
        "2026-03-16 19:40",
        "Occ 26/031204. Ref from EDT: 4m infant PENGELLY, Alfie admitted Ashcombe DH - spiral # L femur, unexplained, delayed presentation approx 4/7. Crime recorded: GBH s20, suspect unknown (carers). CAIT DS Tonkin informed; strat disc am 17/03. Sibling (3y) with MGM overnight.",
        "Alfie Pengelly; DS Tonkin; Maisie Dyer; MGM",
        "E13",
    ),
    (
        NUR,
        "2026-03-17 08:30",
        "Nan brought Maisie - says baby Alfie 'in hospital with a broken leg since last night' and Maisie is staying with her for now. Lisa informed. Holly to keep a close eye. Maisie said nothing about it.",
        "Nan; Alfie; Maisie; Lisa; Holly",
        "E13",
    ),
    (
        HV,
        "2026-03-17 09:10",
        "Paediatric liaison notification: Alfie to ED 16/03 17:40, admitted Tamar ward - # L femur, safeguarding. Strat disc 11:00 - HV invited. KP",
        "Alfie; KP",
        "E13",
    ),
    (
        GP,
        "2026-03-17 10:20",
        "MASH urgent info request (strat disc today) - Alfie/Maisie/parents. Sent: DNA 07/01 + 21/01, imms 05/03, tel consult 13/03 (L thigh swelling, ?vaccine reaction), Chloe on sertraline, Kieran cannabis use recorded. Unable to attend.",
        "Alfie; Maisie; Chloe Dyer; Kieran Pengelly; Dr Mehta",
        None,
    ),
    # E14 first strategy discussion; the GP files the minutes six days later
    (
        CSC,
        "2026-03-17 11:00",
        "Strategy discussion (Teams) chaired by TM Gareth Lyle. Present: SW Becky Trewin; DS Mark Tonkin (CAIT); Dr Ruth Halloran (consultant paediatrician) and Joanne Bray (safeguarding nurse) from the hospital; Kate Penrose (health visitor). GP information in writing. Alfie has a spiral fracture of the left thigh bone which the paediatrician says is several days old and not explained by either parent's account; there was a four-day delay in seeking help and a GP telephone consultation on 13 March. Agreed: threshold met for section 47 enquiries for Alfie and Maisie, jointly with the police; full skeletal survey, CT head and eye examination for Alfie; child protection medical for Maisie; Alfie to stay in hospital until a safety plan is in place; both children to live with Tracey Dyer under a safety plan with contact supervised; police to interview both parents; legal planning meeting to be requested.",
        "TM Lyle; Becky; DS Tonkin; Dr Halloran; SN Bray; Kate; Alfie Pengelly; Maisie Dyer; Tracey Dyer",
        "E14",
    ),
    (
        POL,
        "2026-03-17 11:00",
        "Strat meeting (virtual) - DS Tonkin. Joint s47 Alfie + Maisie. Police lead crim inv, OIC DC Rendle. Actions: scene visit with SW 18/03 (cot, sofa), VA interviews both parents, medical statements. Children to MGM under safety plan.",
        "DS Tonkin; DC Rendle; Alfie Pengelly; Maisie Dyer; MGM",
        "E14",
    ),
    (
        ACU,
        "2026-03-17 11:00",
        "Safeguarding (SN Bray): multi-agency strategy meeting. Dr Halloran's medical opinion: spiral # L femur in non-mobile infant, early periosteal reaction, consistent with injury 4-10 days old; no accidental mechanism offered that explains it. Plan: skeletal survey today, CT head, ophthalmology, bloods (bone profile, vit D, PTH, FBC, clotting). Parents supervised on ward. CP medical for sibling to be arranged.",
        "SN Bray; Dr Halloran; Alfie Pengelly; Maisie Dyer",
        "E14",
    ),
    (
        HV,
        "2026-03-17 11:00",
        "Strategy discussion (phone) - attended. Shared visit 16/03, wts, SUDI/safer sleep plan, 3 missed health appts. Outcome: s47, joint with police. HV to send chronology to SW. KP",
        "Alfie; Maisie; KP",
        "E14",
    ),
    (
        ACU,
        "2026-03-17 15:30",
        "CP medical (Dr Halloran): Alfie - no bruises, frenulum intact, no other injuries; Pavlik harness in place. Skeletal survey: no further fractures. CT head normal. Ophthalmology: no retinal haemorrhages. Bloods sent. Repeat skeletal survey at 11-14 days. Findings explained to parents with SW present.",
        "Alfie Pengelly; Dr Halloran; Becky; Chloe Dyer; Kieran Pengelly",
        None,
    ),
    (
        CSC,
        "2026-03-17 17:30",
        "Management oversight (TM Lyle): strategy decision endorsed; legal planning meeting requested for 25 March. Safety plan signed this afternoon by Chloe, Kieran and Tracey: the children live with Tracey and the parents see them only when Tracey is there.",
        "TM Lyle; Chloe Dyer; Kieran Pengelly; Tracey",
        None,
    ),
    # E15 joint visit police + social worker to the home
    (
        POL,
        "2026-03-18 10:00",
        "Scene visit 14 Mill Lane with SW Trewin (DC Rendle). Cot (flat-pack, 2024) - bar gap 6.5cm, photographed + measured, undamaged. Sofa photographed. First accounts (not under caution): DYER at work (Co-op) Thu 12/03 17:00-22:00, PENGELLY sole carer of both children; PENGELLY says Alfie 'screamed' after sister climbed onto sofa.",
        "DC Rendle; SW Trewin; DYER; PENGELLY; Alfie Pengelly; Maisie Dyer",
        "E15",
    ),
    (
        CSC,
        "2026-03-18 10:00",
        "Joint visit with DC Rendle to the family home. The officer measured and photographed the cot. Chloe said she was at work on the evening of Thursday 12 March and Kieran looked after both children; when she got home at about 10pm Alfie was asleep, then woke screaming in the night. Kieran said Maisie climbed onto the sofa where Alfie was lying and may have landed on his leg, and he did not think it was serious. Explained the section 47 enquiry and the safety plan again.",
        "DC Rendle; Chloe Dyer; Kieran Pengelly; Maisie Dyer; Alfie Pengelly; Becky",
        "E15",
    ),
    (
        POL,
        "2026-03-18 15:00",
        "DC Rendle at Ashcombe DH: initial account from Dr Halloran, MG11 to follow. Medical records requested (hospital, GP, 0-19).",
        "DC Rendle; Dr Halloran; Alfie Pengelly",
        None,
    ),
    (
        CSC,
        "2026-03-18 16:30",
        "Visit to Tracey's house (Orchard Close). Maisie settled and sharing Tracey's room. Tracey has borrowed a cot for Alfie for when he comes out of hospital. Safety plan gone through with Tracey on her own - she understands she must supervise all contact.",
        "Tracey; Maisie Dyer; Alfie Pengelly; Becky",
        None,
    ),
    # E16 sibling's child protection medical
    (
        NUR,
        "2026-03-19 09:30",
        "Maisie (now staying at Nan's) - quieter than usual, stayed close to Holly. Nan collecting at 12.",
        "Maisie; Nan; Holly",
        None,
    ),
    (
        ACU,
        "2026-03-19 14:00",
        "CP medical - Maisie Dyer (3y5m), sibling of Alfie. With MGM and SW. Growth 50th. 2 faded bruises R shin (scooter fall, already recorded by pre-school 05/03); no other injuries, no pattern marks. Development age-appropriate. Opinion: no evidence of inflicted injury. Report to CSC + police.",
        "Maisie Dyer; Tracey Dyer; Becky; Dr Halloran",
        "E16",
    ),
    (
        CSC,
        "2026-03-19 14:00",
        "Took Maisie and her grandmother to the children's outpatient department for her examination by Dr Halloran. Maisie was shy but let the doctor look at her. Nothing of concern - two old bruises on her shin that the pre-school had already recorded. In the car Maisie said 'Alfie has a poorly leg'.",
        "Maisie Dyer; Tracey; Dr Halloran; Becky; Alfie Pengelly",
        "E16",
    ),
    # E17 Maisie's words at pre-school, phoned to the SW, passed to the police
    (
        NUR,
        "2026-03-20 10:20",
        "Home corner - Maisie playing with baby doll said to Holly: 'Daddy shouted and Alfie's leg went crack. Daddy said shush.' Holly wrote it down word for word, did not ask questions. Lisa rang SW Becky 10.40 - SW passing to police. Written record sent.",
        "Maisie; Dad; Alfie; Holly; Lisa; Becky",
        "E17",
    ),
    (
        CSC,
        "2026-03-20 10:45",
        "Call from Lisa Carne, manager at Little Acorns: during play this morning Maisie told her key person 'Daddy shouted and Alfie's leg went crack. Daddy said shush.' The key person wrote the words down and did not question her. Asked for the written record today. Passed to DC Rendle at 11:05.",
        "Lisa; Maisie Dyer; Kieran Pengelly; Alfie Pengelly; Holly; DC Rendle; Becky",
        "E17",
    ),
    (
        POL,
        "2026-03-20 11:05",
        "Info from SW Trewin: sibling (3y) comment at pre-school to key person implicating father - verbatim note made. Too young for ABE; MG11 from key person + original note to be obtained. DS Tonkin updated.",
        "SW Trewin; Maisie Dyer; PENGELLY; DS Tonkin; Holly",
        "E17",
    ),
    (
        ACU,
        "2026-03-20 16:00",
        "Radiology: formal report, consultant paediatric radiologist. Spiral # mid-shaft L femur with periosteal new bone along the shaft - estimated 4-11 days old at XR 16/03. Skeletal survey 17/03: no other fractures, no metaphyseal lesions, bone density normal.",
        "Alfie Pengelly",
        None,
    ),
    # E18 discharge from the ward to the grandmother, and the summaries that follow
    (
        ACU,
        "2026-03-23 12:00",
        "Tamar ward: discharged (adm 16/03). Medically fit; Pavlik harness to continue - care taught to MGM. Bone profile, vit D, PTH normal. Discharged into care of MGM (Tracey Dyer), Orchard Close, under CSC safety plan - SW at discharge meeting. F/u fracture clinic + repeat skeletal survey 30/03. Discharge summary to GP + HV.",
        "Alfie Pengelly; Tracey Dyer; Becky",
        "E18",
    ),
    (
        CSC,
        "2026-03-23 12:00",
        "Discharge planning meeting on Tamar ward with the nurse in charge and Tracey; Chloe came, Kieran did not. Alfie discharged to Tracey's house under the safety plan; Tracey shown how to manage the harness. Chloe upset but agreed; both parents signed section 20 agreements. Drove Tracey and Alfie to Orchard Close.",
        "Tracey; Chloe Dyer; Kieran Pengelly; Alfie Pengelly; Becky",
        "E18",
    ),
    (
        GP,
        "2026-03-23",
        "Strat mtg minutes rec'd (17/03): Alfie # L femur - s47 joint with police; children with MGM under safety plan. Read by Dr Mehta - tel consult 13/03 reviewed, significant event analysis to be done.",
        "Alfie; Maisie; MGM; Dr Mehta",
        "E14",
    ),
    (
        HV,
        "2026-03-24",
        "Ward d/c notification: Alfie d/c 23/03 to MGM's address (Orchard Close) - Pavlik harness, CP enquiries ongoing. Temp address on records. Visit booked 26/03. KP",
        "Alfie; MGM; KP",
        "E18",
    ),
    # E19 parents interviewed under caution; the SW hears two days later
    (
        POL,
        "2026-03-24 10:00",
        "Ashcombe PS - voluntary interviews under caution (DC Rendle/DS Tonkin). PENGELLY (sol present) 10:00-11:40: prepared statement - sole carer Thu 12/03 eve, sister climbed on sofa onto baby; denies rough handling; no comment re pre-school account. DYER (sol present) 13:30-14:45: at work 12/03; baby 'grizzly' Fri; believed imms reaction as GP said. Both RUI. PENGELLY mobile seized.",
        "PENGELLY; DYER; DC Rendle; DS Tonkin",
        "E19",
    ),
    (
        CSC,
        "2026-03-24 17:00",
        "Supervised contact at Tracey's (Tracey supervising). Chloe and Kieran arrived 40 minutes late, saying they had been 'at the police station all day'. Chloe fed Alfie; Kieran played with Maisie; warm and appropriate. Tracey's contact record received.",
        "Tracey; Chloe Dyer; Kieran Pengelly; Alfie Pengelly; Maisie Dyer",
        None,
    ),
    (
        CSC,
        "2026-03-25 14:00",
        "Legal planning meeting: TM Gareth Lyle, SW Becky Trewin, Priya Nair (local authority solicitor). Advice: threshold for care proceedings is likely to be met (unexplained fracture in a non-mobile baby, delay in seeking help, Maisie's words). Decision: children to remain with Tracey under section 20 with the parents' written consent; pre-proceedings under the Public Law Outline - letter before proceedings to each parent; parenting assessment; hair strand test for Kieran; further LPM in 8 weeks or sooner if consent is withdrawn.",
        "TM Lyle; Becky; Ms Nair; Tracey; Maisie Dyer; Alfie Pengelly; Kieran Pengelly; Chloe Dyer",
        None,
    ),
    (
        NUR,
        "2026-03-25",
        "Maisie settled at Nan's - Nan bringing her every session, 100% this week. Holly: Maisie 'mothering' the dolls, bandaging their legs.",
        "Maisie; Nan; Holly",
        None,
    ),
    (
        CSC,
        "2026-03-26 09:30",
        "Phone call from DC Rendle: Chloe and Kieran were each interviewed under caution on Tuesday. Kieran gave a prepared statement saying Maisie climbed onto Alfie on the sofa and denied hurting him; Chloe said she was at work that evening. Both released under investigation; Kieran's phone has been taken for examination.",
        "DC Rendle; Chloe Dyer; Kieran Pengelly; Maisie Dyer; Alfie Pengelly; Becky",
        "E19",
    ),
    (
        HV,
        "2026-03-26 10:30",
        "Visit at MGM's (Orchard Close). Alfie in Pavlik, settled, 6oz feeds. Wt 6.02kg (9th-25th). Nan coping; Maisie at pre-school. Safer sleep - cot in Nan's room. KP",
        "Alfie; Nan; Maisie; KP",
        None,
    ),
    (
        CSC,
        "2026-03-27",
        "Letters before proceedings (PLO) hand-delivered to Chloe and to Kieran with a list of local family solicitors.",
        "Chloe Dyer; Kieran Pengelly; Becky",
        None,
    ),
    (
        ACU,
        "2026-03-30 10:30",
        "Fracture clinic: Alfie - Pavlik, good alignment, callus forming. Repeat skeletal survey (day 14): healing L femur, no new or previously occult fractures. Brought by MGM.",
        "Alfie Pengelly; MGM",
        None,
    ),
    # E20 reconvened strategy discussion (two weeks after E14); GP files its minutes a week later
    (
        CSC,
        "2026-03-31 10:00",
        "Strategy discussion reconvened (Teams), chaired by TM Lyle: SW, DS Tonkin and DC Rendle, Dr Halloran, Jo Bray. Updates: the radiologist dates the fracture to between about 5 and 12 March; repeat survey shows no other fractures; both parents interviewed and released under investigation; Maisie's words at pre-school recorded. Agreed: section 47 enquiries to conclude by 2 April; initial child protection conference for both children on 9 April; police investigation continues; children stay with Tracey.",
        "TM Lyle; Becky; DS Tonkin; DC Rendle; Dr Halloran; Jo Bray; Tracey; Alfie Pengelly; Maisie Dyer",
        "E20",
    ),
    (
        POL,
        "2026-03-31 10:00",
        "Strat disc #2 (CAIT). Radiology window 05/03-12/03 - wider than period of PENGELLY sole care. Inv continues: phone download, MG11s key person, HV, GP. ICPC 09/04 - DC Rendle to attend.",
        "DS Tonkin; DC Rendle; PENGELLY",
        "E20",
    ),
    (
        ACU,
        "2026-03-31 10:00",
        "Strategy meeting 2 (virtual) - Dr Halloran + SN Bray. Medical update: radiology report, repeat SS normal, bone bloods normal. Paediatric report for conference requested by 02/04.",
        "Dr Halloran; SN Bray; Alfie Pengelly",
        "E20",
    ),
    (
        GP,
        "2026-04-01",
        "Discharge summary Ashcombe DH (adm 16/03/26, d/c 23/03/26): Alfie - spiral # L femur, Pavlik harness. Skeletal survey, CT head, ophthalmology NAD. Bone bloods normal. Safeguarding: s47 in progress, d/c to MGM. Temp address noted.",
        "Alfie; MGM",
        "E18",
    ),
    # E21 police take the key person's statement at the pre-school
    (
        POL,
        "2026-04-02 13:00",
        "DC Rendle at Little Acorns - MG11 obtained from BASSETT, Holly (key person) re comment by sibling 20/03; original handwritten note seized, exhibit HB/1.",
        "DC Rendle; BASSETT; Maisie Dyer",
        "E21",
    ),
    (
        NUR,
        "2026-04-02 13:00",
        "Detective came in at 1pm - Holly gave a statement in the office (40 mins) about what Maisie said on 20th; police took Holly's original note. Lisa sat in.",
        "Holly; Lisa; Maisie",
        "E21",
    ),
    (
        CSC,
        "2026-04-02",
        "Section 47 enquiries concluded (TM Lyle): concerns substantiated for Alfie (unexplained fracture; delay in seeking medical help) and Maisie (likely significant harm). Initial conference confirmed for 9 April; invitations and report requests sent to police, health visiting, GP, hospital and Little Acorns.",
        "TM Lyle; Alfie Pengelly; Maisie Dyer; Becky",
        None,
    ),
    (
        ACU,
        "2026-04-02 16:30",
        "Dr Halloran - paediatric report for ICPC sent (unable to attend, clinic). Opinion: fracture likely inflicted in the absence of a credible accidental explanation; delayed presentation.",
        "Dr Halloran; Alfie Pengelly",
        None,
    ),
    (
        GP,
        "2026-04-02 15:10",
        "Alfie - primary imms #2 (6-in-1, PCV), brought by MGM with Mum's signed consent. Pavlik in situ - R thigh used. Well.",
        "Alfie; MGM",
        None,
    ),
    (
        GP,
        "2026-04-07",
        "Minutes of strategy meeting 31/03/26 rec'd from CSC. s47 continuing; ICPC 09/04 - GP report requested.",
        "Alfie; Maisie",
        "E20",
    ),
    (
        GP,
        "2026-04-08",
        "Report sent to CP conference unit for ICPC 09/04 (Alfie + Maisie). GP unable to attend (surgery). Incl. DNA x2, tel consult 13/03, Chloe anxiety, Kieran cannabis.",
        "Alfie; Maisie; Dr Mehta; Chloe Dyer; Kieran Pengelly",
        None,
    ),
    # E22 initial child protection conference
    (
        HV,
        "2026-04-09 08:45",
        "Visit at MGM's before conference. Alfie wt 6.38kg (25th) - regained centile. Pavlik on, skin OK. Nan tired but coping. KP",
        "Alfie; Nan; KP",
        None,
    ),
    (
        CSC,
        "2026-04-09 10:00",
        "Initial child protection conference chaired by Philip Ashdown. Present: Chloe and her solicitor, Kieran and his solicitor, Tracey, SW Becky Trewin, TM Lyle, DC Rendle, Kate Penrose (health visitor), Lisa Carne (Little Acorns). Reports from Dr Halloran and the GP. Both children made subject to child protection plans, category physical abuse. Children to remain with Tracey under section 20 while pre-proceedings continue. First core group 21 April; review conference in three months.",
        "Chair Ashdown; Chloe Dyer; Kieran Pengelly; Tracey Dyer; Becky; TM Lyle; DC Rendle; Kate; Lisa; Alfie Pengelly; Maisie Dyer",
        "E22",
    ),
    (
        POL,
        "2026-04-09 10:00",
        "ICPC - DC Rendle attended. Both children CP plan (physical abuse). Crim inv ongoing, both parents RUI.",
        "DC Rendle; Alfie Pengelly; Maisie Dyer",
        "E22",
    ),
    (
        HV,
        "2026-04-09 10:00",
        "ICPC attended. CP plans x2 - category physical abuse. HV core group member: fortnightly visits at MGM's, wts, ASQ-3 at 6/12. KP",
        "Alfie; Maisie; KP",
        "E22",
    ),
    (
        NUR,
        "2026-04-09 10:00",
        "Lisa at the initial CP conference (Civic Offices). Maisie on a CP plan. We are in the core group; attendance weekly to SW.",
        "Lisa; Maisie",
        "E22",
    ),
    (
        CSC,
        "2026-04-14 14:00",
        "PLO pre-proceedings meeting at County Hall, chaired by TM Lyle with Priya Nair (legal). Chloe and Kieran attended with their solicitors; Tracey present. Agreed: independent parenting assessment for Chloe; Kieran to have a 12-month hair strand drug test and attend the drug service; children stay with Tracey; review in 12 weeks.",
        "TM Lyle; Ms Nair; Chloe Dyer; Kieran Pengelly; Tracey",
        None,
    ),
    (
        ACU,
        "2026-04-15",
        "Safeguarding team: letter from CP conference unit - ICPC 09/04/26 outcome: Alfie and Maisie subject to CP plans (physical abuse). Alert on PAS / ED system.",
        "SN Bray; Alfie Pengelly; Maisie Dyer",
        None,
    ),
    (
        GP,
        "2026-04-16",
        "CP conference outcome letter: both children on CP plans (physical abuse). CP codes added to Alfie + Maisie; household alert.",
        "Alfie; Maisie",
        None,
    ),
    (
        CSC,
        "2026-04-16 15:00",
        "Child protection visit to Tracey's. Both children seen; Alfie in his harness, cheerful; Maisie showed me her bedroom. Tracey says contact is going well but Kieran is often late.",
        "Tracey; Alfie Pengelly; Maisie Dyer; Kieran Pengelly; Becky",
        None,
    ),
    (
        ACU,
        "2026-04-20 11:00",
        "Fracture clinic: Pavlik removed, fracture united, full ROM, no leg length discrepancy. Discharged from orthopaedics. Brought by MGM and Mum.",
        "Alfie Pengelly; MGM; Chloe Dyer",
        None,
    ),
    # E23 first core group
    (
        CSC,
        "2026-04-21 14:00",
        "First core group meeting at Ashcombe Family Centre. Present: Chloe, Kieran, Tracey, SW Becky Trewin, Kate Penrose (health visitor), Lisa Carne (Little Acorns). Child protection plan turned into actions: Kieran has booked his hair strand test and a drug service appointment; Chloe's parenting assessment starts 28 April; contact three times a week at Tracey's, supervised by Tracey. Next core group 19 May.",
        "Chloe Dyer; Kieran Pengelly; Tracey; Becky; Kate; Lisa; Alfie Pengelly; Maisie Dyer",
        "E23",
    ),
    (
        HV,
        "2026-04-21",
        "Core group 1 - attended. HV actions: fortnightly wts at MGM's, ASQ-3 at 6/12 (May), safer sleep at both addresses. PLO pre-proceedings ongoing. KP",
        "Alfie; Maisie; KP",
        "E23",
    ),
    (
        NUR,
        "2026-04-21 14:00",
        "Core group at the family centre (Lisa). Maisie attending every session since living with Nan - 100%. Settled, speech coming on.",
        "Lisa; Maisie; Nan",
        "E23",
    ),
    (
        GP,
        "2026-04-23 16:40",
        "Kieran Pengelly - wants help to stop cannabis ('need to for court'); using daily, ~£20/day. Low mood, poor sleep, PHQ-9 13. Drug and alcohol service self-referral info. Declined antidepressant. R/v 4/52.",
        "Kieran Pengelly; Dr Mehta",
        None,
    ),
    (
        HV,
        "2026-04-28 10:30",
        "Visit at MGM's. Alfie 5/12, wt 6.70kg (25th). Rolling, reaching, laughing. Mum there for contact (Nan supervising). Weaning advice. KP",
        "Alfie; Mum; Nan; KP",
        None,
    ),
    (
        GP,
        "2026-04-30 14:20",
        "Alfie - primary imms #3 (6-in-1, MenB #2), brought by MGM. Well. Legs symmetrical, moving freely.",
        "Alfie; MGM",
        None,
    ),
    (
        CSC,
        "2026-04-30 15:00",
        "Child protection visit to Tracey's. Alfie's harness is off and he is kicking freely. Maisie calls Tracey's house 'my house'. Kieran's hair strand sample was taken on 27 April.",
        "Tracey; Alfie Pengelly; Maisie Dyer; Kieran Pengelly; Becky",
        None,
    ),
    (
        NUR,
        "2026-05-07",
        "Maisie told Holly 'Daddy has to go to the doctor for his hair'. Noted, no questions asked. LC aware.",
        "Maisie; Dad; Holly; LC",
        None,
    ),
    (
        HV,
        "2026-05-12 10:30",
        "Visit at MGM's. ASQ-3 (6/12): all domains above cut-off. Wt 7.02kg (25th). Nan reports Dad missed 2 contacts. KP",
        "Alfie; Nan; Dad; KP",
        None,
    ),
    (
        CSC,
        "2026-05-14 15:30",
        "Child protection visit. The independent social worker says Chloe's parenting assessment sessions are going well. Tracey says Kieran has missed two contacts.",
        "Chloe Dyer; Tracey; Kieran Pengelly; Becky",
        None,
    ),
    # E24 second core group (a look-alike of E23)
    (
        CSC,
        "2026-05-19 14:00",
        "Second core group meeting at Ashcombe Family Centre. Present: Chloe, Tracey, SW Becky Trewin, Kate Penrose, Lisa Carne; Kieran did not attend. Progress: Alfie gaining weight and the fracture has healed; Maisie at pre-school every session. Concerns: Kieran has missed two contacts and a drug service appointment; hair strand result awaited. Actions updated.",
        "Chloe Dyer; Tracey; Becky; Kate; Lisa; Kieran Pengelly; Alfie Pengelly; Maisie Dyer",
        "E24",
    ),
    (
        HV,
        "2026-05-19 14:00",
        "Core group 2 (family centre). Wts + ASQ shared. Dad did not attend. HV actions unchanged. KP",
        "Alfie; Maisie; Dad; KP",
        "E24",
    ),
    (
        NUR,
        "2026-05-19",
        "Core group - Lisa went. Attendance 100%. Maisie talks about 'Nanny's house' as home.",
        "Lisa; Maisie",
        "E24",
    ),
    (
        POL,
        "2026-05-20 10:00",
        "Phone download (PENGELLY) reviewed - nothing relevant 05-16/03. File to CPS for early investigative advice.",
        "PENGELLY",
        None,
    ),
    (GP, "2026-05-21 16:40", "Kieran Pengelly - DNA r/v (mood/cannabis).", "Kieran Pengelly", None),
    (
        HV,
        "2026-05-26 10:30",
        "Visit at MGM's. Alfie 6/12, wt 7.30kg (25th), sitting with support, 2 meals/day. Mum present. KP",
        "Alfie; Mum; KP",
        None,
    ),
    # E25 police NFA decision; social care told by email five days later
    (
        CSC,
        "2026-05-28 11:00",
        "Hair strand test results for Kieran received from the laboratory: cannabis (THC) at a level consistent with regular daily use over the past three months; cocaine, opiates and amphetamines not detected. Shared with Priya Nair.",
        "Kieran Pengelly; Ms Nair; Becky",
        None,
    ),
    (
        POL,
        "2026-05-28 16:00",
        "CPS early advice rec'd: evidential stage not met - medical timing window (05-12/03) includes care by several adults; sibling (3y) comment not capable of corroboration. OIC decision: NFA both suspects (PENGELLY, DYER). RUI ended; suspects to be informed 29/05; phone to be returned.",
        "PENGELLY; DYER; DC Rendle",
        "E25",
    ),
    (
        CSC,
        "2026-05-29 15:00",
        "Child protection visit to Tracey's. Chloe there for contact; she said the police had rung to say she will face no further action and 'now the kids can come home'. Explained the child protection plan and pre-proceedings carry on.",
        "Tracey; Chloe Dyer; Alfie Pengelly; Maisie Dyer; Becky",
        None,
    ),
    (
        CSC,
        "2026-06-02 12:00",
        "Email from DC Rendle: the police have closed their investigation into Alfie's injury with no further action against either parent, after advice from the Crown Prosecution Service that the evidence would not meet the test for charging. Both parents were told on 29 May. Discussed with TM Lyle and Priya Nair - the injury remains unexplained; pre-proceedings continue.",
        "DC Rendle; Alfie Pengelly; Chloe Dyer; Kieran Pengelly; TM Lyle; Ms Nair; Becky",
        "E25",
    ),
    (
        NUR,
        "2026-06-03",
        "Maisie's summer term progress summary sent to Nan and Mum - on track in all areas; speech much clearer. Attendance 98% since March.",
        "Maisie; Nan; Mum",
        None,
    ),
]


def main():
    out = HERE / "case_at.json"
    casegen.build(
        "at",
        "HELD-OUT. Baby of 4 months with a spiral femoral fracture presented four days late and a "
        "3-year-old; young parents, father's cannabis use and a former partner's non-molestation "
        "order, missed health appointments; rural south-west county town; 6 agencies, "
        "Jul 2025 - Jun 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
