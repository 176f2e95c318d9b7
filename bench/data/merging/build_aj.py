# ruff: noqa
"""Writing aid for case_aj (fictional; written blind, see case_aj_README.md). TUNING case.

    python3 bench/data/merging/build_aj.py      # writes bench/data/merging/case_aj.json

A 9-week-old baby (Ellis, born 14 July 2026) is brought to a neighbouring trust's Emergency
Department with a subdural haematoma; a skeletal survey shows rib fractures of different ages.
Parents Tegan (19, postnatal depression) and Jordan (22, on a suspended sentence for ABH).
Tegan's older child Kai (3) lives with his grandmother Dawn under a special guardianship order
in the neighbouring authority. Earlier a bruise on Ellis's ear was seen by the health visitor
and the GP and not referred. Eight agencies, April - October 2026. Every entry is hand-written
(no random filler), so the output is deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("hv", "%d %b %y")  # 25 Aug 26
casegen.STYLES.setdefault("wst", "%d %b %Y")  # 23 Sep 2026

CSC = "Harrowfield Children's Services"
POL = "Police"
GP = "Brook Street Medical Practice"
HV = "Health visiting (Harrowfield 0-19)"
KMT = "Kingsmere Hospitals NHS Trust"
PMH = "Perinatal mental health team"
PRB = "Probation Service"
WST = "Westholme Children's Services"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (HV, "health", "hv"),
    (KMT, "health", "health"),
    (PMH, "health", "iso"),
    (PRB, "other", "school"),
    (WST, "social_care", "wst"),
]

PEOPLE = [
    ("Ellis Kettle", ["Ellis", "baby Ellis", "EK"], "Child E", "child"),
    ("Kai Hollis", ["Kai"], "Child K (mother's older child, lives with MGM)", "child"),
    ("Tegan Hollis", ["Tegan", "Ms Hollis", "Mum", "TH", "HOLLIS"], "Mother", "parent"),
    ("Jordan Kettle", ["Jordan", "Mr Kettle", "KETTLE", "JK", "Dad"], "Father", "parent"),
    (
        "Dawn Hollis",
        ["Dawn", "MGM", "Mrs Hollis", "Nan"],
        "Maternal grandmother, Kai's special guardian",
        "family",
    ),
    ("Lorraine Kettle", ["Lorraine", "PGM"], "Paternal grandmother", "family"),
    ("Priya Chauhan", ["SW Chauhan", "P Chauhan"], "Social worker (Harrowfield)", "professional"),
    ("Mark Oduya", ["TM Oduya"], "Team manager (Harrowfield)", "professional"),
    ("Kelly Bright", ["K Bright"], "Emergency duty team social worker", "professional"),
    (
        "Grace Fairweather",
        ["SW Fairweather", "G Fairweather"],
        "Kinship support social worker (Westholme)",
        "professional",
    ),
    ("Owen Lacey", ["DC Lacey", "LACEY"], "Detective constable (CAIT)", "professional"),
    ("Samira Haq", ["Dr Haq"], "GP", "professional"),
    ("Lucy Tremain", ["Lucy", "HV Tremain", "LT"], "Health visitor", "professional"),
    (
        "Beth Allardyce",
        ["Beth", "MW Allardyce", "BA"],
        "Community midwife (Kingsmere)",
        "professional",
    ),
    (
        "Joanne Pickering",
        ["Jo Pickering", "SGM Pickering"],
        "Safeguarding midwife (Kingsmere)",
        "professional",
    ),
    (
        "Nathan Greaves",
        ["NG", "CPN Greaves"],
        "Perinatal community psychiatric nurse",
        "professional",
    ),
    ("Carla Mensah", ["PO Mensah", "CM"], "Probation officer", "professional"),
    ("Ian Rowe", ["Dr Rowe"], "Consultant paediatrician (Kingsmere)", "professional"),
    ("Helen Voss", ["IRO Voss"], "Independent reviewing officer", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background (null) ----------------
    (
        WST,
        "Y:2024",
        "Special guardianship order granted to Dawn Hollis (maternal grandmother) for Kai, then 14 months old, following care proceedings (neglect; birth mother Tegan was 17 and living between friends). SGO support plan: monthly contact between Kai and his mother, supervised by Dawn; annual support review by the kinship team.",
        "Dawn Hollis; Kai; Tegan Hollis",
        None,
    ),
    (
        POL,
        "M:2025-11",
        "Occ 25/207113 - KETTLE, Jordan arrested s47 OAPA assault (ABH) outside Crown PH, Harrowfield. IP male 24, fractured cheekbone. Charged. No DA markers held.",
        "KETTLE",
        None,
    ),
    (
        PRB,
        "2026-02-11",
        "Sentence - Harrowfield MC: ABH (s47 OAPA). 12m custody susp 18m. Reqs: RAR 15 days, UPW 120 hrs. Case allocated PO C Mensah. OASys RoSH medium (public). Children: none known.",
        "Jordan Kettle; PO Mensah",
        None,
    ),
    (
        PRB,
        "2026-02-25",
        "Induction - planned office visit. JK attended, complied. Lives w/ gf TH (19), 14 Calder Court. States TH pregnant 'due summer'. DA hx denied. Employment: none, cash-in-hand labouring. Next appt 11.03.",
        "JK; TH",
        None,
    ),
    (
        KMT,
        "M:2026-03",
        "Maternity booking (late, 21+5). G2 P1 - first child Kai (3) lives with MGM under SGO, Westholme. PMH: depression from age 16, self-harm (cutting) 2022, fluoxetine stopped 2023. Partner Jordan 22 - 'on probation for a fight'. Smoker 10/day. Safeguarding concern form to SGM; named midwife informed. EDD 19/07/2026.",
        "Tegan Hollis; Kai; MGM; Jordan Kettle",
        None,
    ),
    (
        GP,
        "2026-03-17",
        "TH - new patient reg (moved from Westholme). 22/40, booked at Kingsmere. PMH: depression 2022-23 (fluoxetine), SH 2022. Smoker. Folic acid/vit D advised. Summarised.",
        "Tegan Hollis",
        None,
    ),
    # ---------------- April ----------------
    # E01 midwife's referral of the unborn baby (sent Thu, received Mon)
    (
        KMT,
        "2026-04-09 11:30",
        "Community midwife (B Allardyce) antenatal appt 25+4 at Brook Street clinic. BP 112/70, FH 140, SFH 25cm. Tegan tearful - 'worried they'll take this one too'. Referral to Harrowfield MASH submitted via online form re unborn: previous child subject to SGO, partner on suspended sentence for violence, maternal MH hx, mother's age. Tegan aware and consents.",
        "Tegan Hollis; Beth",
        "E01",
    ),
    (
        CSC,
        "2026-04-13 09:20",
        "MASH: referral received (online form dated 9 April) from the community midwife at Kingsmere Hospitals regarding Tegan Hollis's unborn baby, due 19 July. Concerns: Tegan's first child Kai lives with his maternal grandmother under a special guardianship order made in Westholme; the baby's father Jordan Kettle is subject to a suspended sentence for assault; Tegan has a history of depression and self-harm. Tegan has consented to the referral. Checks started with Westholme and the Probation Service.",
        "Tegan Hollis; Kai Hollis; Jordan Kettle; Dawn Hollis",
        "E01",
    ),
    # E02 MASH telephone checks with the neighbouring authority
    (
        CSC,
        "2026-04-14 10:05",
        "MASH social worker telephoned Westholme Children's Services (kinship support team). Confirmed Kai was made the subject of a special guardianship order to Dawn Hollis in 2024 after care proceedings for neglect. Tegan has monthly supervised contact, which Westholme say has gone well. Westholme not aware of the pregnancy before today.",
        "Kai Hollis; Dawn Hollis; Tegan Hollis",
        "E02",
    ),
    (
        WST,
        "A:2026-04-13:2026-04-17:w/c 13 Apr 2026",
        "Phone enquiry from Harrowfield MASH: birth mother is pregnant, due July, partner known to probation. We shared the SGO history and the contact arrangements. Dawn to be told at next support contact.",
        "Tegan Hollis; Dawn Hollis",
        "E02",
    ),
    # E03 MASH call to the probation officer (people only in common)
    (
        CSC,
        "2026-04-15 14:40",
        "Spoke to Carla Mensah, Jordan's probation officer. Jordan was sentenced in February for an assault on a man outside a pub; the sentence is suspended and he has rehabilitation activity days and unpaid work. He has kept his appointments so far. No domestic abuse is recorded by probation. Ms Mensah had been told of the pregnancy and will share any concerns with us.",
        "Jordan Kettle; PO Mensah",
        "E03",
    ),
    (
        PRB,
        "2026-04-15",
        "Tel from Harrowfield MASH SW. Info shared: SSO 12m/18m, reqs, compliance good, RoSH med (public), no DA hx known. Partner TH 25/40. Safeguarding flag added on nDelius. CSC to update.",
        "JK; TH; PO Mensah",
        "E03",
    ),
    (
        CSC,
        "2026-04-16",
        "MASH decision (TM Oduya): threshold met for a pre-birth child and family assessment under section 17. Allocated to Priya Chauhan, assessment team. Health visiting to be notified.",
        "Tegan Hollis; TM Oduya; SW Chauhan",
        None,
    ),
    (
        PRB,
        "2026-04-22",
        "Planned office visit - attended, complied. JK says TH 'stressed about social services getting involved'. RAR session 3: consequential thinking. UPW 34/120 hrs.",
        "JK; TH; PO Mensah",
        None,
    ),
    (
        HV,
        "2026-04-24",
        "Notification of pregnancy rec'd (MW + MASH). Mum 19, 2nd preg, 1st child under SGO. Antenatal contact to be booked ~32-34/40. Allocated LT.",
        "Mum; LT",
        None,
    ),
    # E04 joint home visit SW + community midwife
    (
        CSC,
        "2026-04-28 10:00",
        "Joint home visit to 14 Calder Court with the community midwife, Beth Allardyce, to start the pre-birth assessment. Tegan and Jordan both present. The flat is small, clean and warm; a Moses basket has been bought. Tegan spoke about losing Kai and said she wants 'to do it properly this time'. Jordan was polite but guarded and said his conviction was 'a one-off'. Both agreed to the assessment.",
        "Tegan Hollis; Jordan Kettle; Beth; Kai Hollis",
        "E04",
    ),
    (
        KMT,
        "2026-04-28 10:00",
        "Home visit with SW (P Chauhan) - pre-birth assessment. 28+2. Tegan well physically, FM+. Mood 'up and down'. Partner present. Smoking 5/day. Safe sleep discussed early.",
        "Tegan Hollis; Jordan Kettle; SW Chauhan; BA",
        "E04",
    ),
    # ---------------- May ----------------
    # E05 GP referral to perinatal MH (antenatal) and its receipt a week later
    (
        GP,
        "2026-05-06 09:40",
        "TH 29/40. Low mood + anxiety worse 4/52, poor sleep, worries re SS involvement. PHQ-9 15, GAD-7 14. No SI, no SH since 2022. Hx depression. Options discussed - declines SSRI in pregnancy for now. Referral to PNMHT (antenatal) sent. Talking therapies self-referral info. R/v 3/52.",
        "Tegan Hollis; Dr Haq",
        "E05",
    ),
    (
        PMH,
        "2026-05-13",
        "Referral received from Brook Street Medical Practice (Dr Haq, dated 06/05). 19F, 29/40, second pregnancy, first child in kinship care. Low mood and anxiety, previous depression and self-harm. Triaged routine-plus: antenatal assessment offered 28/05 at Harrowfield clinic.",
        "Tegan Hollis; Dr Haq",
        "E05",
    ),
    (
        PRB,
        "2026-05-13",
        "Planned office visit - attended. UPW Sat 09.05 missed - acceptable absence (partner's hosp appt, evidence seen). RAR session 4. JK reports no issues at home.",
        "JK; PO Mensah",
        None,
    ),
    (
        KMT,
        "2026-05-14 14:20",
        "Community MW antenatal 30+4. Well. SFH 30cm, FH 138, BP 108/68. Tegan says GP has referred her to the perinatal team. CO reading 6ppm - smoking cessation re-offered.",
        "Tegan Hollis; BA",
        None,
    ),
    (
        CSC,
        "2026-05-19 15:30",
        "Pre-birth assessment session two at home. Saw Tegan and Jordan together and then Tegan on her own. Tegan said Jordan 'gets wound up' but has never hurt her. Jordan's mother Lorraine lives nearby and is described as a support. Genogram and support network completed.",
        "Tegan Hollis; Jordan Kettle; Lorraine Kettle; SW Chauhan",
        None,
    ),
    # E06 Saturday night call-out: police log, MASH after the bank holiday, probation notified
    (
        POL,
        "2026-05-23 23:50",
        "Occ 26/094418. 999 call from neighbour, flat 13 Calder Court - shouting + banging from no.14. Officers att 00:05. HOLLIS, Tegan (32/40 pregnant) + KETTLE, Jordan - verbal argument re money, no assault alleged, no injuries. KETTLE in drink. Advice given, KETTLE left to mother's addr voluntarily. DASH standard. PPN submitted. Pregnant VOI - flag.",
        "HOLLIS; KETTLE",
        "E06",
    ),
    (
        CSC,
        "2026-05-26 09:10",
        "MASH: Police Protection Notice received (after the bank holiday) for a domestic incident at Calder Court in the early hours of 24 May. A neighbour called the police about shouting; Tegan, who is 32 weeks pregnant, and Jordan had argued about money. No assault; Jordan had been drinking and went to his mother's. Standard risk. Open to the assessment team - passed to Priya Chauhan to discuss with the family.",
        "Tegan Hollis; Jordan Kettle; SW Chauhan",
        "E06",
    ),
    (
        PRB,
        "2026-05-27",
        "Police DA notification rec'd (DA notification inbox): call-out 23/24.05 at home addr, verbal argument JK/TH, no offences, JK in drink. To address at next appt. Risk flag reviewed.",
        "JK; TH",
        "E06",
    ),
    # E07 perinatal MH antenatal assessment and the GP's receipt of the letter
    (
        PMH,
        "2026-05-28 10:00",
        "Antenatal assessment at Harrowfield clinic (Nathan Greaves, CPN). Tegan 32+4 weeks. Moderate antenatal depression with anxiety; longstanding low self-worth linked to Kai's removal. Mentioned an argument with her partner at the weekend, 'police came but it was nothing'. No thoughts of harm to self or baby. Plan: CPN contact monthly, postnatal review at 2 weeks, advise GP re sertraline if symptoms persist. Letter to GP.",
        "Tegan Hollis; Kai; CPN Greaves",
        "E07",
    ),
    (
        KMT,
        "2026-05-28 15:10",
        "Community MW antenatal 32+4. Tegan disclosed argument with partner Sat night, police attended. Routine enquiry DA - says no physical violence. Info re IDVA/Women's Aid given. Named midwife + SW informed by email.",
        "Tegan Hollis; BA; SW Chauhan",
        None,
    ),
    (
        CSC,
        "2026-05-29",
        "Telephone call to Tegan about the police call-out. She said it was 'just shouting' and that Jordan was back home. Visit to Jordan's mother Lorraine planned as part of the assessment. Management oversight: assessment to include domestic abuse, and Jordan's alcohol use.",
        "Tegan Hollis; Jordan Kettle; Lorraine Kettle",
        None,
    ),
    # ---------------- June ----------------
    (
        HV,
        "2026-06-03 13:30",
        "Antenatal contact, home (LT). 33/40. Mum quiet, smoking, partner present throughout - difficult to ask RE. Infant feeding plans (bottle), safe sleep, ICON. Mum said perinatal team seeing her.",
        "Mum; Dad; LT",
        None,
    ),
    (
        PRB,
        "2026-06-03",
        "Planned office visit - attended. Discussed DA call-out 23.05 - JK minimises ('just shouting', 'neighbours are nosey'). Alcohol: 'only at weekends'. OASys reviewed: DA risk to partner/unborn now noted, RoSH remains medium. Consider Building Better Relationships if eligible.",
        "JK; PO Mensah",
        None,
    ),
    (
        GP,
        "2026-06-09",
        "Letter PNMHT (N Greaves CPN) re antenatal assessment 28/05: mod antenatal depression + anxiety. CPN monthly. Advise consider sertraline 50mg if persists. Noted.",
        "Tegan Hollis; NG",
        "E07",
    ),
    # E08 child in need meeting (unborn)
    (
        CSC,
        "2026-06-10 10:00",
        "Child in need meeting for Tegan's unborn baby, Calder Family Centre. Present: Tegan, Jordan, Priya Chauhan (SW), Beth Allardyce (community midwife), Lucy Tremain (health visitor), Carla Mensah (probation officer). Perinatal team sent an update. Pre-birth assessment progress shared. Plan agreed: weekly midwife or health visitor contact after birth, Jordan to attend probation's relationships programme, Lorraine and Dawn to be part of the support plan, birth plan to be written with the hospital.",
        "Tegan Hollis; Jordan Kettle; SW Chauhan; Beth; Lucy; PO Mensah; Lorraine Kettle; Dawn Hollis",
        "E08",
    ),
    (
        KMT,
        "2026-06-10",
        "CIN mtg (unborn) at Calder Family Centre - CMW attended. 34+3, well. Birth plan to be agreed with SGM Pickering; notify CSC at delivery.",
        "Tegan Hollis; BA; SGM Pickering",
        "E08",
    ),
    (
        PRB,
        "2026-06-10",
        "Multi-agency meeting (CIN, unborn) - PO attended. JK present. PO to refer to BBR programme. Next CIN review approx 8 wks after birth.",
        "JK; PO Mensah",
        "E08",
    ),
    (
        HV,
        "2026-06-10",
        "CIN mtg attended (LT). Plan: HV weekly visits for 1st month after MW discharge, then fortnightly. EPDS at each contact.",
        "Mum; LT",
        "E08",
    ),
    (
        PMH,
        "2026-06-17",
        "Telephone review (NG). Tegan says mood 'a bit better', sleeping poorly. Reminded of appointment 01/07. Talking therapies - has not self-referred.",
        "Tegan Hollis; NG",
        None,
    ),
    (
        WST,
        "2026-06-18",
        "SGO support review visit to Dawn and Kai. Kai (3) settled, attends nursery three mornings. Dawn says Tegan is 'really trying' and is visiting monthly; she is anxious about Tegan's partner Jordan, whom she has met twice. Review outcome: support plan unchanged.",
        "Dawn Hollis; Kai Hollis; Tegan Hollis; Jordan Kettle; SW Fairweather",
        None,
    ),
    (
        KMT,
        "2026-06-24 09:50",
        "Community MW antenatal 36+3. Cephalic, FH 142, BP 114/72. Birth plan discussed - hospital will notify SW on delivery, discharge planning meeting before going home.",
        "Tegan Hollis; BA",
        None,
    ),
    (
        PRB,
        "2026-06-24",
        "Planned office visit - attended. UPW 72/120. BBR referral - not eligible (no DA conviction); 1:1 healthy relationships work via RAR instead.",
        "JK; PO Mensah",
        None,
    ),
    (
        CSC,
        "2026-06-30",
        "Pre-birth child and family assessment completed and authorised by TM Oduya. Outcome: continue as a child in need plan after birth; no current evidence that the baby would be at risk of significant harm. Strengths: Tegan's engagement, Dawn's and Lorraine's support. Risks: Tegan's mental health, the May incident, Jordan's drinking and violent offence.",
        "Tegan Hollis; Dawn Hollis; Lorraine Kettle; Jordan Kettle; TM Oduya",
        None,
    ),
    # ---------------- July ----------------
    (
        KMT,
        "2026-07-01 12:00",
        "Safeguarding midwife: birth plan uploaded to maternity record (SGM Pickering). Alert: notify Harrowfield CSC on delivery; discharge planning meeting before discharge; no restrictions on parents.",
        "Tegan Hollis; SGM Pickering",
        None,
    ),
    (
        PMH,
        "2026-07-01",
        "DNA clinic appointment. Phoned - no answer, text sent. Second appointment offered 08/07.",
        "Tegan Hollis; NG",
        None,
    ),
    (
        GP,
        "2026-07-07 11:10",
        "TH 38/40 - itch palms/soles 1/52. No rash. LFTs + bile acids sent. Advised MAU if reduced FM.",
        "Tegan Hollis; Dr Haq",
        None,
    ),
    (
        PMH,
        "2026-07-08",
        "DNA second appointment. Discharged from antenatal caseload as per policy; letter to GP and community midwife - re-refer postnatally if needed.",
        "Tegan Hollis; NG",
        None,
    ),
    # E09 birth at the maternity unit, CSC notified next day, GP discharge summary 8 days later
    (
        KMT,
        "2026-07-14 04:10",
        "Delivery suite: SVD at 39+2 after 7h labour, live male 2.98kg, Apgars 9/9. EBL 300ml. Father present. Baby Ellis - bottle feeding, NIPE normal. SGM alert noted - CSC to be informed in hours. Postnatal ward.",
        "Tegan Hollis; Jordan Kettle; Ellis",
        "E09",
    ),
    (
        CSC,
        "2026-07-15 09:15",
        "Birth notification received by email from the Kingsmere safeguarding midwife: Ellis Kettle was born yesterday morning, well, weighing 2.98kg. Tegan and Ellis are on the postnatal ward. Discharge planning meeting arranged for this afternoon.",
        "Ellis Kettle; Tegan Hollis; Jo Pickering",
        "E09",
    ),
    # E10 discharge planning meeting on the ward (same day as the notification, a different happening)
    (
        KMT,
        "2026-07-15 14:00",
        "Discharge planning meeting, postnatal ward (SGM Pickering chair). Tegan, Jordan, SW Chauhan (via Teams), CMW Allardyce. Agreed: d/c home tomorrow if feeding established; CMW visits days 1, 3, 5, 10; HV new birth visit by day 14; parents to contact SW if struggling. Safe sleep + coping with crying (ICON) discussed with both parents.",
        "Tegan Hollis; Jordan Kettle; SW Chauhan; BA; SGM Pickering; Ellis",
        "E10",
    ),
    (
        CSC,
        "2026-07-15 14:00",
        "Joined the discharge planning meeting on the postnatal ward at Kingsmere by video. Ellis will go home to Calder Court tomorrow with his parents. Child in need plan to start; first child in need visit in two weeks.",
        "Ellis Kettle; Tegan Hollis; Jordan Kettle; SW Chauhan",
        "E10",
    ),
    (
        PRB,
        "2026-07-15",
        "Tel from JK - baby boy born yesterday, asked to rearrange appt. Agreed 22.07. Congratulated.",
        "JK; PO Mensah",
        None,
    ),
    (
        KMT,
        "2026-07-16 16:30",
        "CMW PN visit day 2 at home (discharged from ward 12:00). Mother: lochia normal, perineum intact. Ellis: feeding 60-70ml 3hrly formula, cord clean, mild jaundice - well. Dad helping.",
        "Tegan Hollis; Ellis; Dad; BA",
        None,
    ),
    (
        KMT,
        "2026-07-20 11:00",
        "CMW PN visit day 6. Ellis wt 2.90kg (-2.7%). Feeding well. Tegan tired, tearful at times - 'baby blues' discussed, EPDS not done. Partner out.",
        "Tegan Hollis; Ellis; BA",
        None,
    ),
    (
        GP,
        "2026-07-22",
        "Discharge summary Kingsmere maternity 14-16/07/26: SVD 39+2, male 2.98kg, NIPE NAD. Safeguarding alert - CSC aware (CIN). Baby Ellis registered at practice.",
        "Tegan Hollis; Ellis",
        "E09",
    ),
    (
        PRB,
        "2026-07-22",
        "Planned office visit - attended, late 20 mins. JK tired, says baby 'cries all the time' and TH 'struggling'. Discussed support, PGM helping. Alcohol - 'haven't had time'. RAR: emotional regulation.",
        "JK; TH; PGM; PO Mensah",
        None,
    ),
    (
        KMT,
        "2026-07-24 10:30",
        "CMW day 10 visit and discharge from midwifery care. Ellis wt 3.02kg (back to birth weight). Mother well physically, mood 'alright'. Handover to HV by phone.",
        "Tegan Hollis; Ellis; BA",
        None,
    ),
    (
        HV,
        "2026-07-28 10:00",
        "New birth visit (LT) - home. Ellis 2/52, wt 3.20kg (25th). Bottle 90ml 3hrly. Mum EPDS 13, flat affect. Dad present, holding baby confidently. Safe sleep: Ellis in Moses basket in parents' room. ICON reinforced. Weekly visits per CIN plan.",
        "Ellis; Mum; Dad; LT",
        None,
    ),
    (
        CSC,
        "2026-07-29 15:00",
        "Child in need visit at home. Ellis seen awake in his Moses basket and held by Jordan; no concerns about his presentation. Tegan said she is 'knackered' and Ellis cries in the evenings. Lorraine is helping with some nights. Home conditions good.",
        "Ellis Kettle; Tegan Hollis; Jordan Kettle; Lorraine Kettle; SW Chauhan",
        None,
    ),
    # ---------------- August ----------------
    (
        HV,
        "2026-08-04 10:00",
        "HV visit (LT). Ellis 3/52, wt 3.45kg. Feeding ok, windy, unsettled evenings - colic advice. Mum EPDS 16 - says 'I just cry'. Encouraged to see GP. Dad at mother's.",
        "Ellis; Mum; LT",
        None,
    ),
    (
        WST,
        "2026-08-06",
        "Call from Dawn (special guardian). Tegan brought the new baby to visit Kai on Sunday with Jordan. Dawn worried: Tegan 'not coping, not eating', Jordan 'short with the baby when he cried'. Advised Dawn to share this with the Harrowfield social worker; Dawn said she would. Logged.",
        "Dawn Hollis; Tegan Hollis; Kai; Jordan Kettle",
        None,
    ),
    # E11 HV's duty call to the perinatal team (phone call both ends, the same morning)
    (
        HV,
        "2026-08-10 10:00",
        "HV visit (LT). Ellis 4/52 wt 3.70kg (25th). Mum EPDS 20, Q10 'hardly ever' - no plans. Not sleeping, not eating, 'I'm a rubbish mum'. Rang PNMHT duty from home with Mum's consent - re-referral accepted, assessment to be booked. Mum to see GP re meds.",
        "Ellis; Mum; LT",
        "E11",
    ),
    (
        PMH,
        "2026-08-10 11:20",
        "Duty: telephone referral from Lucy Tremain, health visitor. Tegan 4 weeks postnatal, EPDS 20, low mood, poor sleep and appetite, negative thoughts about herself as a mother; no thoughts of self-harm or harming the baby. Previously discharged antenatally after two DNAs. Accepted - urgent (within 2 weeks); allocated to Nathan Greaves.",
        "Tegan Hollis; Lucy; NG",
        "E11",
    ),
    # E12 second child in need meeting (probation records it on receipt of minutes)
    (
        CSC,
        "2026-08-12 10:00",
        "Child in need review meeting, Calder Family Centre. Present: Tegan, Jordan, Priya Chauhan, Lucy Tremain (health visitor); Carla Mensah (probation) by phone. Midwife has discharged. Ellis is gaining weight and is well cared for. Tegan's mood is low and she has been re-referred to the perinatal team. Jordan is keeping his probation appointments. Plan continues; next review in six weeks.",
        "Tegan Hollis; Jordan Kettle; Ellis Kettle; SW Chauhan; Lucy; PO Mensah",
        "E12",
    ),
    (
        HV,
        "2026-08-12 10:00",
        "CIN review attended (LT). Shared EPDS 20 + PNMHT re-referral. HV to continue weekly until mood improves.",
        "Ellis; Mum; LT",
        "E12",
    ),
    (
        GP,
        "2026-08-12 16:30",
        "TH 4/52 PN - low mood, EPDS 20 at HV visit. Anhedonia, poor sleep, no SI/SH, no thoughts harm baby. Bottle feeding. Start sertraline 50mg od. PNMHT referral already made by HV. R/v 2/52.",
        "Tegan Hollis; Dr Haq",
        None,
    ),
    (
        PRB,
        "2026-08-18",
        "CIN review minutes rec'd (PO joined 12.08 by phone). Plan continues; PO actions: maintain reporting, relationships work, share concerns with SW.",
        "JK; PO Mensah",
        "E12",
    ),
    # E13 first ED attendance (crying) and the GP's letter 10 days later
    (
        KMT,
        "2026-08-16 21:40",
        "Paediatric ED: Ellis 4+5/52, brought by both parents - inconsolable crying 4 hrs, 2 small vomits. Afebrile, HR 150, fontanelle soft, alert. Examined undressed - no marks documented. Feeding 90ml in dept, settled. Imp: infant colic/wind. D/c with advice. Letter to GP + HV.",
        "Ellis; Tegan Hollis; Jordan Kettle",
        "E13",
    ),
    (
        PMH,
        "2026-08-19 14:00",
        "Postnatal assessment at home (Nathan Greaves, CPN). Moderate-severe postnatal depression; sertraline started by GP a week ago. Tegan tearful, guilt about Kai, feels Ellis 'prefers his dad'. Jordan present for part; he is doing most night feeds. Interaction observed: Tegan holds Ellis stiffly, little eye contact. No risk to self or baby identified. Plan: CPN weekly, psychiatry review 4 weeks, parent-infant therapy referral. Letter to GP.",
        "Tegan Hollis; Ellis; Kai; Jordan Kettle; NG",
        "E14",
    ),
    (
        PRB,
        "2026-08-19",
        "Planned office visit - attended. JK says TH 'depressed', he is 'doing all the nights'. Smelled strongly of cannabis - denies use. Discussed stress + coping; signposted to drug service. UPW 96/120.",
        "JK; TH; PO Mensah",
        None,
    ),
    (
        CSC,
        "2026-08-20",
        "Supervision with TM Oduya. Child in need plan reviewed: Ellis thriving, Tegan's depression being treated, Jordan compliant with probation. Continue; consider closing the plan at the next review if progress holds.",
        "Ellis Kettle; Tegan Hollis; Jordan Kettle; TM Oduya; SW Chauhan",
        None,
    ),
    # E15 the ear bruise: HV sees it and rings the surgery; the GP's note of the call (GP appointment that afternoon is separate)
    (
        HV,
        "2026-08-25 10:15",
        "HV visit (LT). Ellis 6/52 wt 4.10kg (25th). Small bruise ~1cm L ear (pinna, upper rim), yellow/purple. Mum: 'caught it on the car seat buckle' Sunday. Ellis not mobile. Rang surgery from home - same-day GP appt booked 15:40. Mum EPDS 18, on sertraline.",
        "Ellis; Mum; LT",
        "E15",
    ),
    (
        GP,
        "2026-08-25 10:50",
        "Tel call from HV (L Tremain): 6/52 baby, bruise L ear seen at home visit, explanation car seat buckle. Requests same day appt - booked 15:40 Dr Haq.",
        "Ellis; Lucy",
        "E15",
    ),
    (
        GP,
        "2026-08-25 15:40",
        "Ellis 6/52, seen with mum. 1cm faint bruise upper helix L ear. Mum - caught on car seat buckle 2/7 ago. No other marks on exam (clothed, nappy changed). Alert, feeding well. Explanation plausible. Advised re car seat straps. No further action.",
        "Ellis; Mum; Dr Haq",
        None,
    ),
    (
        GP,
        "2026-08-26",
        "ED letter Kingsmere 16/08/26 - Ellis: crying/colic, obs normal, d/c. No GP action.",
        "Ellis",
        "E13",
    ),
    (
        CSC,
        "2026-08-26 14:00",
        "Child in need visit at home. Tegan and Ellis seen; Jordan out at unpaid work. Ellis asleep in the Moses basket and not disturbed. Tegan said the perinatal nurse is visiting weekly and the tablets are 'starting to help'. Nothing else reported.",
        "Ellis Kettle; Tegan Hollis; Jordan Kettle; SW Chauhan",
        None,
    ),
    (
        PMH,
        "2026-08-26",
        "CPN home visit (NG). Tegan a little brighter. Said baby had a 'little bruise' on his ear and the GP had looked at it yesterday. Safety plan reviewed. Jordan present, quiet.",
        "Tegan Hollis; Ellis; Jordan; NG",
        None,
    ),
    (
        GP,
        "2026-08-28 09:30",
        "TH 6/52 postnatal check. Well physically, contraception - POP started. Mood 'bit better', sertraline 50mg, PNMHT involved. Continue.",
        "Tegan Hollis; Dr Haq",
        None,
    ),
    (
        POL,
        "2026-08-29 22:40",
        "Occ 26/163905. Call from resident 13 Calder Court - baby crying 'for hours' next door + male shouting 'shut up'. Officers att 22:55. KETTLE + HOLLIS present, calm. Baby seen in cot, asleep, no obvious injury. Say baby has colic. No offences. No PPN. Closed.",
        "KETTLE; HOLLIS; Ellis",
        None,
    ),
    # ---------------- September ----------------
    (
        GP,
        "2026-09-01",
        "Letter PNMHT (NG) assessment 19/08: mod-severe PND. Sertraline 50mg - advise increase to 100mg if no improvement 2/52. Psychiatry r/v booked. Rx noted.",
        "Tegan Hollis; NG",
        "E14",
    ),
    # E16 monthly GP / health visitor safeguarding liaison meeting
    (
        GP,
        "2026-09-02 13:00",
        "Practice safeguarding meeting (Dr Haq, HV L Tremain). Ellis Kettle (CIN): bruise L ear 25/08 - seen same day, explanation accepted, no further action. Mum PND - PNMHT, sertraline. ED 16/08 colic. Continue.",
        "Ellis Kettle; Dr Haq; Lucy",
        "E16",
    ),
    (
        HV,
        "2026-09-02",
        "GP liaison meeting (LT, Dr Haq): discussed Ellis - ear bruise seen by GP, no concerns, ED attendance 16/08 (colic). HV weekly contact continues.",
        "Ellis; LT; Dr Haq",
        "E16",
    ),
    (
        PMH,
        "2026-09-02",
        "CPN home visit (NG). Tegan mood variable, EPDS 16. Tearful about Kai - missed contact in August. Parent-infant therapy waiting list 8 wks.",
        "Tegan Hollis; Kai; NG",
        None,
    ),
    (
        GP,
        "2026-09-03 10:10",
        "Ellis 7/52 baby check. Wt 4.35kg. Hips, eyes, heart, testes NAD. Fontanelle normal. Skin - no marks. Smiling. Imms booked 14/09.",
        "Ellis; Mum; Dr Haq",
        None,
    ),
    (
        PRB,
        "2026-09-08",
        "Planned office visit - attended. JK irritable, 'baby never sleeps', TH 'in bed all day'. Denies alcohol/cannabis. Reminded of SSO conditions. UPW 108/120.",
        "JK; TH; PO Mensah",
        None,
    ),
    (
        HV,
        "2026-09-08 10:00",
        "HV visit (LT). Ellis 8/52 wt 4.45kg (25th - 9th? re-weigh next wk). Mum EPDS 17. Dad answered door, said Mum asleep - woken. Ellis in bouncer, alert. No marks seen (clothed). Imms next wk.",
        "Ellis; Mum; Dad; LT",
        None,
    ),
    (
        CSC,
        "2026-09-09 14:30",
        "Child in need visit. Ellis seen in a bouncer chair, alert. Tegan flat and tired; Jordan said she 'stays in bed'. Discussed sharing the night feeds with Lorraine. Plan continues; CIN review 23 September.",
        "Ellis Kettle; Tegan Hollis; Jordan Kettle; Lorraine Kettle; SW Chauhan",
        None,
    ),
    (
        PMH,
        "2026-09-09 11:00",
        "CPN home visit (NG). Tegan in dressing gown at 11am. EPDS 17. Increase sertraline to 100mg - GP emailed. Jordan 'snappy' in background. Ellis crying throughout visit, settled by Jordan.",
        "Tegan Hollis; Jordan; Ellis; NG",
        None,
    ),
    (
        GP,
        "2026-09-14 11:20",
        "Practice nurse - Ellis 8/52 primary imms (6-in-1, rotavirus, MenB) given. Paracetamol advice post MenB. Mum present.",
        "Ellis; Mum",
        None,
    ),
    (
        HV,
        "2026-09-15",
        "Tel contact Mum (visit cancelled - Mum unwell). Ellis 'grizzly after jabs', feeding ok. Visit rebooked 22/09.",
        "Ellis; Mum; LT",
        None,
    ),
    # E17 the collapse: police log before midnight, ED after midnight, EDT, and later notes of it
    (
        POL,
        "2026-09-18 23:50",
        "Occ 26/176240. Ambulance request - 9wk baby not breathing, 14 Calder Court. Officers att 23:58 with NWAS. KETTLE, Jordan: was feeding baby, 'went floppy and stopped breathing', did CPR. Baby breathing on arrival, conveyed Kingsmere ED with mother. HOLLIS had been asleep upstairs. Scene noted. Sudden infant collapse - CAIT notified.",
        "KETTLE; HOLLIS; Ellis",
        "E17",
    ),
    (
        KMT,
        "2026-09-19 00:25",
        "Paed ED (resus): Ellis 9+4/52, brought by ambulance with mother. Hx from father via phone: floppy + apnoeic during feed ~23:40, CPR. GCS 10, bulging fontanelle, irritable, no external marks apart from faint bruise L mastoid. CT head 02:10: bilateral subdural collections of mixed density. Discussed with neurosurgery - conservative. Admitted HDU. Safeguarding: unexplained SDH in non-mobile infant - EDT and police informed 04:30. Skeletal survey + ophthalmology + bloods (clotting) planned.",
        "Ellis; Tegan Hollis; Jordan Kettle",
        "E17",
    ),
    (
        CSC,
        "2026-09-19 04:40",
        "Emergency duty team: call from the paediatric registrar at Kingsmere Hospitals. Ellis Kettle, 9 weeks, was brought in by ambulance shortly after midnight after collapsing at home; a scan shows bleeding on both sides of the brain with no explanation given. Ellis is open to Harrowfield as a child in need. Both parents at hospital; hospital will not discharge. Strategy discussion to be held this morning with police and the paediatrician.",
        "Ellis Kettle; Tegan Hollis; Jordan Kettle; K Bright",
        "E17",
    ),
    # E18 first strategy discussion (EDT, Saturday morning)
    (
        CSC,
        "2026-09-19 10:30",
        "Strategy discussion by telephone, led by the emergency duty team (Kelly Bright). Present: DC Owen Lacey (child abuse investigation team) and Dr Ian Rowe (consultant paediatrician). Ellis has bilateral subdural haemorrhages with no accidental explanation; a small bruise behind his left ear. Agreed: section 47 enquiries jointly with police; Ellis to stay in hospital; parents' contact with him on the ward to be supervised by ward staff; police to secure the home and take first accounts; reconvene with all agencies on Tuesday.",
        "Ellis Kettle; K Bright; DC Lacey; Dr Rowe; Tegan Hollis; Jordan Kettle",
        "E18",
    ),
    (
        POL,
        "2026-09-19 10:30",
        "Strat disc (EDT chair) - DC LACEY, Dr ROWE. Joint s47. Police: scene to be examined, first accounts from both parents, no arrest at this stage pending skel survey. Supervised contact on ward.",
        "Ellis; DC Lacey; Dr Rowe",
        "E18",
    ),
    (
        KMT,
        "2026-09-19 10:30",
        "Strategy discussion with EDT SW + CAIT (Dr Rowe). Plan: skeletal survey Mon, ophthalmology today, CP medical documentation, supervised contact only. Ellis stable on HDU, GCS 13.",
        "Ellis; Dr Rowe; K Bright; DC Lacey",
        "E18",
    ),
    (
        KMT,
        "2026-09-19 17:00",
        "Ophthalmology (paeds): bilateral multilayered retinal haemorrhages, extending to periphery. Photos taken. Dr Rowe informed.",
        "Ellis; Dr Rowe",
        None,
    ),
    (
        POL,
        "2026-09-20 11:00",
        "Scene exam 14 Calder Court with CSI. Nil of note. Accounts: KETTLE - baby stopped breathing during feed, no fall. HOLLIS - asleep, heard shouting for help. PGM KETTLE, Lorraine says she babysat Weds.",
        "KETTLE; HOLLIS; Lorraine Kettle",
        None,
    ),
    # E19 skeletal survey result telephoned by the paediatrician to the detective
    (
        KMT,
        "2026-09-21 13:15",
        "Skeletal survey (Mon): posterior L 5th-7th rib fractures with callus (est. 2-4 wks), acute/early healing R 8th rib fracture (est. <10 days). No metaphyseal lesions. Clotting + bone bloods normal. Dr Rowe telephoned DC Lacey and the SW with results.",
        "Ellis; Dr Rowe; DC Lacey",
        "E19",
    ),
    (
        POL,
        "2026-09-21 13:30",
        "Tel from paediatrician: multiple rib #, different ages, in addition to SDH + RH. Now NAI suspected. Arrest strategy for both carers to be agreed at strat mtg tomorrow. DC LACEY.",
        "Ellis; DC Lacey",
        "E19",
    ),
    (
        HV,
        "2026-09-21 09:30",
        "Email from MASH: Ellis admitted to Kingsmere Sat am - collapse at home, bleed on brain, s47 enquiries. Strategy meeting tomorrow 10:00 - HV invited. Visit 22/09 cancelled.",
        "Ellis; LT",
        "E17",
    ),
    (
        PRB,
        "2026-09-21",
        "Tel from JK - cannot attend appt 22.09 or UPW: 'baby's in hospital, they think someone hurt him'. Acceptable absence pending. Contacted Harrowfield CSC - invited to strat mtg.",
        "JK; PO Mensah",
        "E17",
    ),
    (
        GP,
        "2026-09-21",
        "MASH request - info for strategy meeting re Ellis Kettle. Sent: consultations, bruise L ear 25/08, ED 16/08, mum PND. Unable to attend.",
        "Ellis Kettle; Tegan Hollis",
        None,
    ),
    # E20 reconvened strategy meeting (all agencies); GP records the minutes a week later
    (
        CSC,
        "2026-09-22 10:00",
        "Strategy meeting (reconvened), Harrowfield Civic Centre, chaired by TM Oduya. Present: SW Chauhan, DC Lacey, Dr Rowe (by video), Lucy Tremain (health visitor), Nathan Greaves (perinatal CPN), Carla Mensah (probation officer), Grace Fairweather (Westholme kinship team, by phone). GP information received in writing. Findings: bilateral subdural haemorrhages, retinal haemorrhages, rib fractures of different ages; the ear bruise on 25 August and the attendance on 16 August were considered. Agreed: joint section 47 investigation continues; both parents to be arrested today; Ellis to remain in hospital and then be placed with foster carers - legal planning meeting to be booked; Westholme to consider Kai's contact with Tegan.",
        "Ellis Kettle; Tegan Hollis; Jordan Kettle; Kai Hollis; TM Oduya; SW Chauhan; DC Lacey; Dr Rowe; Lucy; NG; PO Mensah; SW Fairweather",
        "E20",
    ),
    (
        POL,
        "2026-09-22 10:00",
        "Strat mtg (Civic Centre). Injuries: SDH, RH, rib # x4 of different ages. Outcome: s47 joint, arrest both carers today (GBH/s18 OAPA). No contact unsupervised. Interview plan DC LACEY.",
        "Ellis; KETTLE; HOLLIS; DC Lacey",
        "E20",
    ),
    (
        KMT,
        "2026-09-22 10:00",
        "Strategy meeting - Dr Rowe attended via Teams. Medical opinion given: findings highly suggestive of inflicted injury on more than one occasion. Ellis remains on ward; discharge only to CSC-approved placement.",
        "Ellis; Dr Rowe",
        "E20",
    ),
    (
        HV,
        "2026-09-22 10:00",
        "Strategy mtg attended (LT). Shared HV chronology incl bruise L ear 25/08 - GP review same day. Non-mobile baby bruising protocol: referral to MASH should have been made - raised with safeguarding lead.",
        "Ellis; LT",
        "E20",
    ),
    (
        PMH,
        "2026-09-22",
        "Strategy meeting (Children's Services) - NG attended. Shared: moderate-severe PND, interaction concerns 19/08, Jordan doing most night care. Risk to Tegan's mental health following arrest - CPN to visit after release.",
        "Tegan Hollis; Jordan Kettle; NG",
        "E20",
    ),
    (
        PRB,
        "2026-09-22",
        "Strat mtg re EK (CSC chair) - PO attended. Police to arrest JK + TH today. Probation: RoSH to be reviewed; breach/revocation depends on charge.",
        "EK; JK; TH; PO Mensah",
        "E20",
    ),
    (
        WST,
        "2026-09-22",
        "Harrowfield strategy meeting - G Fairweather joined by phone for the Kai part. Baby Ellis in hospital with serious unexplained injuries; both parents to be arrested. Action for Westholme: review Kai's contact with Tegan and speak to Dawn today.",
        "Ellis; Kai; Tegan Hollis; Dawn; G Fairweather",
        "E20",
    ),
    # E21 arrest of both parents; probation told next day
    (
        POL,
        "2026-09-22 14:10",
        "KETTLE, Jordan + HOLLIS, Tegan arrested at Kingsmere Hosp car park on susp GBH w/ intent (child). Conveyed Harrowfield custody. Both req solicitor. Interviews 18:00 onward. DC LACEY OIC.",
        "KETTLE; HOLLIS; DC Lacey",
        "E21",
    ),
    (
        WST,
        "2026-09-22 16:00",
        "Visited Dawn at home (SW Fairweather). Told her about Ellis's injuries and the arrests. Dawn very distressed; agreed Tegan will have no contact with Kai until further notice. Kai seen, well, no concerns.",
        "Dawn Hollis; Kai; Tegan Hollis; SW Fairweather",
        None,
    ),
    (
        PRB,
        "2026-09-23",
        "Police notification: JK arrested 22.09 on susp GBH with intent - child (own baby). Released on bail 23.09. Manager informed. OASys + RoSH review due - RoSH HIGH (children).",
        "JK",
        "E21",
    ),
    (
        POL,
        "2026-09-23 03:15",
        "Interviews concluded. KETTLE - prepared statement, denies harm; says baby 'slipped off sofa' ~1 wk ago. HOLLIS - no comment on advice. Both released on pre-charge bail: no unsupervised contact with any child <16, not to reside together, not to contact each other re case.",
        "KETTLE; HOLLIS",
        None,
    ),
    # E22 the two children's services agencies' phone call about Kai (a different call from E02)
    (
        CSC,
        "2026-09-23 11:30",
        "Telephone call with Grace Fairweather at Westholme. Shared the bail conditions: Tegan must have no unsupervised contact with any child. Westholme confirmed Dawn has agreed Tegan will not see Kai for now and they will hold their own strategy discussion for Kai. Tegan is staying with a friend in Harrowfield, not at Dawn's.",
        "Tegan Hollis; Kai Hollis; Dawn Hollis; SW Fairweather",
        "E22",
    ),
    (
        WST,
        "2026-09-23",
        "Tel with Harrowfield SW (P Chauhan) - bail conditions shared: Tegan no unsupervised contact with children. Tegan not living at Dawn's. Our strategy discussion for Kai booked 24/09.",
        "Tegan Hollis; Dawn; SW Chauhan",
        "E22",
    ),
    (
        PMH,
        "2026-09-23 15:00",
        "CPN visit at friend's address after Tegan's release. Tearful, 'I didn't do anything to him'. Fleeting thoughts of not wanting to be here, no plan; protective factor: wants to see Ellis. Crisis line number, safety plan, HTT referral for daily contact.",
        "Tegan Hollis; Ellis; NG",
        None,
    ),
    (
        WST,
        "2026-09-24 10:00",
        "Westholme strategy discussion for Kai (police, health, SW Fairweather). Kai well, lives with special guardian, no current injuries or concerns. Outcome: no section 47 for Kai; contact with Tegan suspended; SGO support visits fortnightly.",
        "Kai Hollis; SW Fairweather; Tegan Hollis",
        None,
    ),
    (
        KMT,
        "2026-09-24 14:00",
        "Ward 7: Ellis GCS 15, feeding 120ml, off HDU. Supervised contact with mother 14:00-15:00 (CSC contact worker). Father - contact by separate slot.",
        "Ellis; Tegan Hollis; Jordan Kettle",
        None,
    ),
    (
        CSC,
        "2026-09-25",
        "Legal planning meeting (TM Oduya, legal services). Threshold for care proceedings met. Apply for an interim care order; plan for Ellis to go to foster carers on discharge. Parents' assessments to follow. Lorraine Kettle asked to be considered as a carer - viability assessment to be started.",
        "Ellis Kettle; Lorraine Kettle; TM Oduya",
        None,
    ),
    (
        PRB,
        "2026-09-25",
        "Unplanned office visit - JK attended after release. Bail conds noted, now living at PGM's. Distressed, denies harming baby. Explained SSO breach not automatic; new offence would go to court. Drug service referral made. Reporting weekly.",
        "JK; PGM; PO Mensah",
        None,
    ),
    (
        HV,
        "2026-09-28",
        "Records review: bruise L ear 25/08 in non-mobile infant - NMB protocol (refer to MASH + paediatric assessment) not followed. Incident reported; safeguarding supervision with named nurse booked. LT.",
        "Ellis; LT",
        None,
    ),
    (
        GP,
        "2026-09-29",
        "Minutes strategy mtg 22/09 rec'd: SDH, RH, rib #s of different ages, s47 jointly with police, both parents arrested. Practice to complete significant event analysis re bruise 25/08.",
        "Ellis; Tegan Hollis; Jordan Kettle",
        "E20",
    ),
    # ---------------- October ----------------
    (
        KMT,
        "2026-10-02 11:00",
        "Repeat skeletal survey (2/52): healing L 5th-7th and R 8th rib fractures confirmed; new finding - healing R 9th posterior rib fracture. No other injuries. Dr Rowe to update police + CSC.",
        "Ellis; Dr Rowe",
        None,
    ),
    (
        PMH,
        "2026-10-02",
        "Psychiatry review (Dr O'Neill) with NG. Severe postnatal depression in context of acute stressors. Sertraline 150mg. HTT to continue daily for 1/52 then review.",
        "Tegan Hollis; NG",
        None,
    ),
    (
        CSC,
        "2026-10-05",
        "Harrowfield Family Court: interim care order granted for Ellis. Parents represented; neither opposed the interim plan. Supervised contact three times a week at the family centre. Next hearing 16 November.",
        "Ellis Kettle; Tegan Hollis; Jordan Kettle",
        None,
    ),
    # E23 discharge from the ward to foster carers; HV told the next day
    (
        KMT,
        "2026-10-06 12:30",
        "Ward 7: Ellis discharged to foster carers with SW (P Chauhan). ICO in place. Neuro: well, tone normal, feeding well. F/u paeds + neurosurgery clinic 4/52, ophthalmology 6/52. Discharge summary to GP; health info passed to foster carer.",
        "Ellis; SW Chauhan; Dr Rowe",
        "E23",
    ),
    (
        CSC,
        "2026-10-06 12:30",
        "Collected Ellis from Ward 7 at Kingsmere and took him to his foster carers in Harrowfield. The nurse went through his feeds, medication (none) and appointments with the carer. Ellis settled on the journey. Parents told by phone.",
        "Ellis Kettle; SW Chauhan; Tegan Hollis; Jordan Kettle",
        "E23",
    ),
    (
        HV,
        "2026-10-07",
        "Notification from CSC: Ellis discharged yesterday to foster carers (ICO). Looked after. Transfer to HV for carer's area (same team - LT to continue). IHA request to LAC health.",
        "Ellis; LT",
        "E23",
    ),
    (
        PMH,
        "2026-10-08",
        "CPN visit (NG). Tegan has had two contacts with Ellis at the family centre - 'he doesn't know me'. Mood very low but engaging with HTT. Parent-infant therapy referral withdrawn (baby in care).",
        "Tegan Hollis; Ellis; NG",
        None,
    ),
    (
        WST,
        "2026-10-09",
        "Fortnightly SGO support visit (SW Fairweather). Kai well. Dawn asks whether Tegan can phone Kai - agreed indirect contact by phone, supervised by Dawn, subject to Harrowfield's view.",
        "Kai; Dawn Hollis; Tegan Hollis; SW Fairweather",
        None,
    ),
    (
        PRB,
        "2026-10-13",
        "Planned office visit - attended. JK bail extended. Residing PGM's. Drug service assessment booked. UPW 112/120 - resumed. RoSH HIGH (children) confirmed by SPO.",
        "JK; PGM; PO Mensah",
        None,
    ),
    (
        GP,
        "2026-10-15",
        "D/c summary Kingsmere paeds 19/09-06/10/26: Ellis - bilat SDH, bilat RH, multiple rib #s different ages, NAI suspected. ICO - d/c to foster care. F/u paeds/neurosurg/ophthal. Registered with us until carer's GP confirmed.",
        "Ellis",
        "E17",
    ),
    (
        POL,
        "2026-10-16",
        "CAIT update: independent radiology + neurosurgical reports requested. Both suspects on bail to 16/12. Phones examined - nil of note. DC LACEY.",
        "DC Lacey",
        None,
    ),
    # E24 first looked-after review
    (
        CSC,
        "2026-10-20 14:00",
        "Ellis's first looked after child review at the foster carers' home, chaired by Helen Voss (independent reviewing officer). Present: foster carer, SW Chauhan, Lucy Tremain (health visitor); parents attended the second half separately. Ellis settled and feeding well; initial health assessment booked. Care plan: interim foster care, parallel planning, Lorraine's viability assessment under way. Contact three times a week to continue.",
        "Ellis Kettle; IRO Voss; SW Chauhan; Lucy; Tegan Hollis; Jordan Kettle; Lorraine Kettle",
        "E24",
    ),
    (
        HV,
        "2026-10-20 14:00",
        "LAC review (1st) at FC home - LT attended. Ellis wt 5.30kg (9th-25th), feeding well, smiling. IHA 28/10. HV to continue monthly.",
        "Ellis; LT",
        "E24",
    ),
    (
        KMT,
        "2026-10-20 09:30",
        "Paediatric follow-up clinic (Dr Rowe). Ellis with foster carer + SW. Development appropriate, head circumference 40cm (50th), tone normal. Repeat MRI 3/12.",
        "Ellis; Dr Rowe; SW Chauhan",
        None,
    ),
    (
        PMH,
        "2026-10-22",
        "CPN visit (NG). HTT discharged. Tegan sleeping a little better on 150mg; going to all contacts. Plan: CPN weekly, psychology referral.",
        "Tegan Hollis; NG",
        None,
    ),
    (
        PRB,
        "2026-10-27",
        "Planned office visit - attended. JK stable at PGM's. Drug service engaged. Says contact with Ellis 'going well'. UPW completed 120/120.",
        "JK; PGM; Ellis; PO Mensah",
        None,
    ),
]


def main():
    out = HERE / "case_aj.json"
    casegen.build(
        "aj",
        "9-week-old with subdural haematoma and rib fractures of different ages; young parents "
        "(mother's postnatal depression, father on a suspended sentence), earlier ear bruise not "
        "referred, older half-sibling under SGO in a neighbouring authority; 8 agencies, "
        "Apr - Oct 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
