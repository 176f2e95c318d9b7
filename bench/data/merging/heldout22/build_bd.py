# ruff: noqa
"""Writing aid for held-out case_bd (fictional; written blind, see README.md here).

    python3 bench/data/merging/heldout22/build_bd.py   # writes heldout22/case_bd.json

HELD-OUT: only ever scored; never opened while same-event merge rules are changed or tuned.

Neglect of three children (Kyra 9, Alfie 4, baby Maisie born December 2025) in a rural district.
Their mother Tracy has a mild learning disability; their father Gary misuses alcohol. The family
move between two local authorities (Brackenshire -> Harrowdale -> back to the paternal
grandmother's in Brackenshire -> a council house in Harrowdale). Ten agencies, Jan - Nov 2026.
Every cross-agency entry and every decoy is written by hand; a small amount of routine
single-agency filler comes from hand-written pools (casegen.filler, seed 2222) and is dropped
wherever it would land on a day with another agency's entry about the same person, so every
same-day decoy in the file is a hand-written one. The output is deterministic.
"""

import datetime as dt
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("bcs", "%d.%m.%Y")  # 05.01.2026
casegen.STYLES.setdefault("hv", "%d %b %y")  # 16 Feb 26
casegen.STYLES.setdefault("hou", "%a %d %b %Y")  # Tue 14 Apr 2026
casegen.STYLES.setdefault("adv", "%d %B %Y")  # 02 April 2026

HC = "Harrowdale Children's Services"
BC = "Brackenshire Children's Services"
POL = "Police"
GP = "Fellside Medical Practice"
HV = "Health visiting (0-19 service)"
HOS = "Westmoor General Hospital"
DEN = "Community Dental Service"
SCH = "Thornby CE Primary"
HOU = "Harrowdale Housing Options"
ADV = "Speak Up Advocacy"

AGENCIES = [
    (HC, "social_care", "csc"),
    (BC, "social_care", "bcs"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (HV, "health", "hv"),
    (HOS, "health", "health"),
    (DEN, "health", "iso"),
    (SCH, "education", "school"),
    (HOU, "other", "hou"),
    (ADV, "other", "adv"),
]

PEOPLE = [
    ("Kyra Ansell", ["Kyra", "KA"], "Child K (9)", "child"),
    ("Alfie Ansell", ["Alfie", "AA"], "Child A (4)", "child"),
    ("Maisie Ansell", ["Maisie", "baby Maisie"], "Child M (born December 2025)", "child"),
    (
        "Tracy Ansell",
        ["Tracy", "Mrs Ansell", "Mum", "ANSELL, Tracy"],
        "Mother (mild learning disability)",
        "parent",
    ),
    ("Gary Ansell", ["Gary", "Mr Ansell", "Dad", "ANSELL, Gary"], "Father", "parent"),
    (
        "Sheila Ansell",
        ["Sheila", "PGM", "ANSELL, Sheila", "Nan Sheila"],
        "Paternal grandmother",
        "family",
    ),
    (
        "Joanne Pritchard",
        ["Joanne", "Aunt Jo", "Jo Pritchard", "PRITCHARD, Joanne"],
        "Maternal aunt",
        "family",
    ),
    ("Doreen Flett", ["Mrs Flett", "FLETT, Doreen"], "Neighbour (Church Lane)", "other_adult"),
    ("Megan Doyle", ["SW Doyle", "Megan", "M Doyle"], "Social worker, Harrowdale", "professional"),
    ("Paul Okafor", ["TM Okafor"], "Team manager, Harrowdale", "professional"),
    ("Helen Marsh", ["IRO Marsh"], "Conference chair, Harrowdale", "professional"),
    ("Nina Cole", ["Ms Cole"], "Local authority solicitor, Harrowdale", "professional"),
    ("Lisa Grant", ["SW Grant", "L Grant"], "Social worker, Brackenshire", "professional"),
    ("Ian Shute", ["TM Shute"], "Team manager, Brackenshire", "professional"),
    ("Ross Tiller", ["PC Tiller", "PC 2291 Tiller"], "Police constable", "professional"),
    ("Amy Vance", ["DS Vance"], "Detective sergeant, public protection", "professional"),
    ("Kamal Siddiqui", ["Dr Siddiqui"], "GP", "professional"),
    ("Bev Nolan", ["HV Nolan", "Bev", "BN"], "Health visitor", "professional"),
    (
        "Owen Price",
        ["Mr Price", "DSL Price", "OP"],
        "Headteacher and DSL, Thornby CE Primary",
        "professional",
    ),
    ("Janet Hale", ["Mrs Hale"], "Attendance officer, Thornby CE Primary", "professional"),
    ("Ruth Adeyemi", ["Dr Adeyemi"], "Consultant paediatrician", "professional"),
    ("Karen Lowe", ["SN Lowe", "K Lowe"], "Named nurse for safeguarding, hospital", "professional"),
    ("Gethin Rhys", ["Mr Rhys"], "Senior dental officer", "professional"),
    ("Steve Bright", ["Steve", "S Bright"], "Housing officer", "professional"),
    ("Priya Raman", ["Priya", "P Raman"], "Independent advocate (Speak Up)", "professional"),
    ("Dev Anand", ["Mr Anand"], "Parents' solicitor", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ================= background (null) =================
    (
        GP,
        "Y:2014",
        "Tracy - mild learning disability (Fellgate special school; EP assessment 2009). Reads simple words only. LD register; annual LD health check. Needs info verbally + easy read.",
        "Tracy Ansell",
        None,
    ),
    (
        BC,
        "Y:2024",
        "Previous involvement 2023-24: Kyra and Alfie subject to CIN plan (neglect - home conditions, missed health appts, Kyra's attendance). Closed 08.2024, improvement sustained at that time.",
        "Kyra Ansell; Alfie Ansell; Tracy Ansell; Gary Ansell",
        None,
    ),
    (
        POL,
        "M:2025-09",
        "Occ 25/61230 - ANSELL, Gary arrested D&D outside Royal Oak PH, Ashby. Adult caution. Alcohol warning marker added.",
        "ANSELL, Gary",
        None,
    ),
    (
        HOS,
        "2025-12-04",
        "Maternity: SVD 38+2/40, live female 3.21kg (Maisie). Mother known LD. Safeguarding alert - pre-birth CP conference held by Brackenshire. D/c day 2 with community midwife f/u.",
        "Maisie Ansell; Tracy Ansell",
        None,
    ),
    (
        BC,
        "2025-12-15",
        "ICPC (Brackenshire). Kyra, Alfie and baby Maisie (born 04.12.2025) made subject to CP plans - category neglect. SW L Grant. Concerns: home conditions, Dad's drinking, Mum's capacity to follow advice (learning disability), missed health appointments.",
        "Kyra; Alfie; Maisie; Tracy; Gary; SW Grant",
        None,
    ),
    # ================= January (living at 2 Ley Cottages, Ashby, Brackenshire) =================
    (
        SCH,
        "2026-01-06",
        "Kyra arrived 9.25, no coat, said 'our house is freezing'. Given toast. Alfie (Nursery) brought by Mum at 9.30 - no spare clothes in bag, school gave some.",
        "Kyra; Alfie; Mum",
        None,
    ),
    (
        BC,
        "2026-01-06 10:00",
        "Home visit SW Grant. House cold - no heating oil since New Year, Mum using one fan heater in lounge. Maisie in car seat on sofa, 3 bottles made up in advance and left on worktop. Dad in bed, smelled of alcohol at 10am. Emergency fund request for oil.",
        "Tracy; Gary; Maisie; SW Grant",
        None,
    ),
    # E01 WNB letter and its receipt
    (
        GP,
        "2026-01-08",
        "Maisie - 6/52 baby check + maternal PN check: DNA. WNB letter to parents (easy read), copy SW (L Grant, Brackenshire) + HV. Rebook.",
        "Maisie; Tracy; Dr Siddiqui",
        "E01",
    ),
    (
        BC,
        "2026-01-13",
        "Letter received from Fellside surgery: Maisie was not brought to her 6 week check on 08.01. Mum's phone off. SW to raise at next visit and help rebook.",
        "Maisie; Tracy; SW Grant",
        "E01",
    ),
    # E02 Brackenshire core group; GP cough appointment the same day is not it
    (
        GP,
        "2026-01-14 09:10",
        "Alfie - cough 10/7, attended with Mum. Chest clear, apyrexial, sats 98%. Viral. Safety-net. 4y pre-school booster overdue - booked 10/02.",
        "Alfie; Mum; Dr Siddiqui",
        None,
    ),
    (
        BC,
        "2026-01-14 13:30",
        "Core group 3 (Ashby Children's Centre). Present: Mum, SW Grant, Mr Price (Thornby school). Brackenshire HV - apologies. Dad did not attend. Oil delivered 07.01. Kyra 87% this term, Alfie nursery 74%. Maisie's 6 week check missed. Actions: Mum to use calendar + phone alarms; SW to request adult LD assessment.",
        "Tracy; Gary; Kyra; Alfie; Maisie; SW Grant; Mr Price",
        "E02",
    ),
    (
        SCH,
        "2026-01-14",
        "Core group at Ashby CC - DSL attended (OP). School update: Kyra 87%, 6 lates; Alfie nursery 74%. Asked for Mum to be given help with mornings.",
        "Kyra; Alfie; Mr Price",
        "E02",
    ),
    (
        GP,
        "2026-01-20",
        "Maisie 6/52 check (late, 6+5/52). Wt 4.05kg (25th->9th). Hips, eyes, heart NAD. Formula 4oz 3-4 hrly - ?overdiluting, scoops demonstrated. HV to f/u.",
        "Maisie; Mum; Dr Siddiqui",
        None,
    ),
    # E03 homeless approach and mother's call about it
    (
        HOU,
        "2026-01-27 11:00",
        "Homeless approach (in person). Applicant Mrs Tracy Ansell + husband Gary, 3 ch (9y, 4y, 7wk). Current: 2 Ley Cottages, Ashby (Brackenshire) - s21 notice expires 01/02 (rent arrears). Local connection: child at Thornby CE; applicant's sister in Thornby. s188 interim duty accepted. TA offered: Flat 3, Mill Row, Thornby from Mon 02/02. Applicant has LD - process explained verbally, sister Joanne present.",
        "Mrs Ansell; Mr Ansell; Kyra; Alfie; Maisie; Joanne",
        "E03",
    ),
    (
        BC,
        "2026-01-27 15:40",
        "Tel from Mum: she and her sister Jo went to the council offices in Harrowdale this morning about the eviction. Told they can have a flat in Thornby from Monday. Mum not sure of the address. SW to confirm with Harrowdale and start transfer.",
        "Tracy; Joanne; SW Grant",
        "E03",
    ),
    (
        SCH,
        "2026-01-29",
        "Kyra told class teacher 'we're moving to a flat near school'. Mum confirmed at pick-up; new address to follow.",
        "Kyra; Mum",
        None,
    ),
    # ================= February (Flat 3 Mill Row, Thornby, Harrowdale) =================
    # E04 transfer-in request sent and received
    (
        BC,
        "2026-02-03",
        "Transfer-in request sent to Harrowdale CSC (MASH): Kyra, Alfie, Maisie subject to CP plans (neglect) since 15.12.2025. Family moved to Flat 3 Mill Row, Thornby 02.02.2026. Chronology, CP plan and core group minutes attached. Authorised TM Shute.",
        "Kyra; Alfie; Maisie; TM Shute; SW Grant",
        "E04",
    ),
    (
        HC,
        "2026-02-09",
        "MASH: transfer-in notification received from Brackenshire Children's Services for Kyra, Alfie and Maisie Ansell, who are subject to child protection plans for neglect and moved into Thornby on 2 February. Passed to the assessment team; transfer-in conference to be booked within 15 working days. Allocated to Megan Doyle.",
        "Kyra Ansell; Alfie Ansell; Maisie Ansell; SW Doyle",
        "E04",
    ),
    (
        GP,
        "2026-02-10",
        "Alfie - 4y pre-school booster: WNB (2nd). WNB letter to parents, copy HV. Address updated - Mill Row, Thornby (within practice area).",
        "Alfie; Dr Siddiqui",
        None,
    ),
    # E05 handover joint visit; GP nappy-rash appointment the same morning is not it
    (
        GP,
        "2026-02-12 09:20",
        "Maisie 10/52 - nappy rash 5/7, satellite lesions - candidal. Clotrimazole. Mum advised re changing more often. 8/52 imms not yet given - booked 17/02.",
        "Maisie; Mum; Dr Siddiqui",
        None,
    ),
    (
        HC,
        "2026-02-12 14:00",
        "Visited the family at Flat 3 Mill Row with Lisa Grant, their social worker from Brackenshire, so she could introduce me. Tracy and Gary both at home; Maisie asleep in a pram in the lounge. The flat is sparse - beds for the children came yesterday, no curtains. Gary said he has 'cut right down' on drink. Tracy showed me the calendar Lisa gave her; nothing written on it. I explained who I am slowly and checked back what she had understood.",
        "Tracy Ansell; Gary Ansell; Maisie Ansell; SW Grant; SW Doyle",
        "E05",
    ),
    (
        BC,
        "2026-02-12 14:00",
        "Handover JV with Harrowdale SW (M Doyle) at Mill Row. Both parents present, Maisie seen asleep. Beds delivered. Brackenshire involvement to end after transfer-in conf.",
        "Tracy; Gary; Maisie; SW Grant; SW Doyle",
        "E05",
    ),
    (
        HV,
        "2026-02-16 10:00",
        "Transfer-in contact (new to area). HV visit Mill Row. Maisie 10/52 wt 4.30kg (9th; birth 25th). Formula - Mum making 4oz with 3 scoops, re-demonstrated. Safe sleep: Maisie sleeping in pram in lounge, cot not built. UPP - weekly wts.",
        "Maisie; Mum; BN",
        None,
    ),
    (
        GP,
        "2026-02-17",
        "Maisie - 8/52 primary imms: WNB. Letter sent. HV informed.",
        "Maisie",
        None,
    ),
    (
        SCH,
        "2026-02-24",
        "Kyra - 3 lates since half term, says Dad 'wouldn't get up'. Mr Price spoke to Mum at the gate.",
        "Kyra; Dad; Mum; Mr Price",
        None,
    ),
    (
        HV,
        "2026-02-24 10:30",
        "HV visit. Maisie wt 4.45kg (9th). Cot now built. Mum tired - Kyra late for school again this am. Bottles: correct scoops today.",
        "Maisie; Mum; Kyra; BN",
        None,
    ),
    (
        GP,
        "2026-02-27",
        "Report sent for transfer-in CP conference 03/03 (Dr Siddiqui unable to attend - surgery). Summary: Maisie WNB x2 (6/52 check, 8/52 imms), Alfie booster WNB, Tracy LD, Gary alcohol (AUDIT 19, 2025).",
        "Maisie; Alfie; Tracy; Gary; Dr Siddiqui",
        None,
    ),
    # ================= March =================
    # E06 transfer-in conference
    (
        HC,
        "2026-03-03 10:00",
        "Transfer-in child protection conference, chaired by Helen Marsh. Present: Tracy, Gary, Joanne (Tracy's sister, for support), Megan Doyle, Lisa Grant (Brackenshire), Bev Nolan (health visitor), Owen Price (headteacher). GP report received. Kyra, Alfie and Maisie continue to be subject to child protection plans under the category of neglect, now held by Harrowdale. First core group 24 March. Referral for an advocate for Tracy agreed.",
        "Kyra Ansell; Alfie Ansell; Maisie Ansell; Tracy Ansell; Gary Ansell; Joanne Pritchard; IRO Marsh; SW Doyle; SW Grant; Bev; Mr Price",
        "E06",
    ),
    (
        SCH,
        "2026-03-03",
        "TICPC at Harrowdale Civic Offices - Mr Price attended. CP plans continue (neglect) x3. School to monitor attendance weekly and report at core group.",
        "Kyra; Alfie; Mr Price",
        "E06",
    ),
    (
        HV,
        "2026-03-03",
        "Transfer in CP conf attended (BN). Plans continue - neglect. HV: weekly wts Maisie, support Mum with feeds/routines, imms catch-up.",
        "Maisie; Mum; BN",
        "E06",
    ),
    (
        BC,
        "2026-03-03",
        "Attended Harrowdale transfer-in conference (SW Grant). Plans continue under Harrowdale. Brackenshire to close; closing summary to follow.",
        "Kyra; Alfie; Maisie; SW Grant",
        "E06",
    ),
    (
        HC,
        "2026-03-05",
        "Letter sent to Tracy and Gary confirming the outcome of the transfer-in conference, with an easy-read version of the child protection plan.",
        "Tracy Ansell; Gary Ansell",
        None,
    ),
    (
        BC,
        "2026-03-06",
        "Case closed to Brackenshire CSC - transferred to Harrowdale. Closing summary sent. TM Shute signed off.",
        "TM Shute; SW Grant",
        None,
    ),
    # E07 advocacy referral sent and received
    (
        HC,
        "2026-03-10",
        "Referral made to Speak Up Advocacy for an independent advocate for Tracy, as agreed at conference. Tracy has a mild learning disability and told me she 'doesn't follow' what is said in meetings. She agreed to the referral.",
        "Tracy Ansell; SW Doyle",
        "E07",
    ),
    (
        HV,
        "2026-03-10 10:00",
        "HV visit - weekly wt. Maisie 4.70kg (9th). Weaning not yet. Mum asks about 'a helper for meetings' - SW arranging.",
        "Maisie; Mum; BN",
        None,
    ),
    (
        SCH,
        "2026-03-11",
        "Kyra complained of toothache all morning, ate nothing at lunch, left side of face a bit swollen. Mum told at 3.15 - advised to ring a dentist or 111.",
        "Kyra; Mum",
        None,
    ),
    (
        GP,
        "2026-03-12",
        "Tracy - LD annual health check. BMI 31. BP 128/80. Contraception discussed - declined today. Says she is 'managing'; Gary 'drinking less'. Easy-read leaflet given.",
        "Tracy; Dr Siddiqui",
        None,
    ),
    (
        ADV,
        "A:2026-03-16:2026-03-20:w/c 16/03/2026",
        "New referral in from Harrowdale children's services (Megan Doyle, social worker). Mum with a learning disability, children on child protection plans. Allocated to Priya. First visit to be arranged.",
        "Tracy; Megan; Priya",
        "E07",
    ),
    (
        HV,
        "2026-03-17 10:00",
        "HV visit - weekly wt. Maisie 4.80kg (9th->2nd-9th). Kyra off school with toothache. Feeding diary given (pictures).",
        "Maisie; Mum; Kyra; BN",
        None,
    ),
    # E08 emergency dental assessment and the GP's letter 11 days later
    (
        DEN,
        "2026-03-19 11:30",
        "Emergency access slot (via dental helpline; not registered with a GDP). Kyra 9y: LL6 abscess - XLA under LA, tolerated well. Multiple carious lesions, OH poor. Sibling Alfie 4y examined at mother's request: dmft 10, caries upper incisors + molars, several unrestorable. Plan: Alfie - referral to paediatric GA list (WGH); Kyra - fillings x3 at CDS clinic. Mother has LD - instructions given verbally, diagram drawn. Letter to GP.",
        "Kyra; Alfie; Mum; Mr Rhys",
        "E08",
    ),
    # E09 first Harrowdale core group; GP phone consultation with Tracy the same day is not it
    (
        GP,
        "2026-03-24 11:40",
        "Tracy - tel consult: low mood 'since the move', poor sleep. PHQ-9 14. Offered talking therapies (LD-adapted) - agreed to referral. R/v 2/52.",
        "Tracy; Dr Siddiqui",
        None,
    ),
    (
        HC,
        "2026-03-24 15:30",
        "First core group at Thornby CE Primary. Present: Tracy, Joanne, Megan Doyle, Bev Nolan, Owen Price. Gary did not come (working). Maisie's weight has slipped from the 9th towards the 2nd centile. Kyra had a tooth taken out last week; Alfie is waiting for a hospital appointment to have teeth removed. Kyra's attendance 88%. Actions: Bev to weigh Maisie weekly; Megan to help Tracy set phone reminders; Joanne to help with mornings twice a week.",
        "Tracy Ansell; Joanne Pritchard; Gary Ansell; SW Doyle; Bev; Mr Price; Kyra Ansell; Alfie Ansell; Maisie Ansell",
        "E09",
    ),
    (
        SCH,
        "2026-03-24 15:30",
        "Core group (1st under Harrowdale), school library 3.30pm. Kyra 88% this half term, 4 lates. Alfie nursery 71%. Dental - Mum says Alfie 'waiting for the hospital'.",
        "Kyra; Alfie; Mum; Mr Price",
        "E09",
    ),
    (
        HV,
        "2026-03-24",
        "CG attended at school (BN). Maisie wt 4.95kg - 2nd-9th. Plan: weekly wts, pictorial feeding diary.",
        "Maisie; Mum; BN",
        "E09",
    ),
    # E10 father's arrest on Saturday night and the PPN read on Monday
    (
        POL,
        "2026-03-28 23:15",
        "Occ 26/19877. ANSELL, Gary (38) arrested Thornby Market Place - drunk & disorderly, abusive to door staff at the Plough. Detained overnight Westmoor custody, released 29/03 09:30 with FPN. States 3 children at home with wife, Mill Row. PPN (children) submitted - no DA, children not present.",
        "ANSELL, Gary; ANSELL, Tracy",
        "E10",
    ),
    (
        HC,
        "2026-03-30 09:30",
        "MASH: police notification received - Gary was arrested in Thornby on Saturday night for being drunk and disorderly and kept in the cells overnight. The children were at home with Tracy and were not involved. Forwarded to Megan Doyle (children on child protection plans).",
        "Gary Ansell; Tracy Ansell; Kyra Ansell; Alfie Ansell; Maisie Ansell; SW Doyle",
        "E10",
    ),
    (
        GP,
        "2026-03-30",
        "CDS letter 19/03 - Kyra: dental abscess, LL6 extracted. Alfie: extensive caries, referred for XLA under GA. Noted. CP plan - read code added.",
        "Kyra; Alfie",
        "E08",
    ),
    # ================= April =================
    (
        ADV,
        "2026-04-02",
        "First visit to Tracy at Mill Row. Explained what an advocate does, using pictures. Tracy said she gets 'muddled' in big meetings and feels social workers 'talk over' her. She wants help with the dentist, the housing and the meetings. Agreed I will go to core groups and school meetings with her.",
        "Tracy; Priya",
        None,
    ),
    (
        HC,
        "2026-04-02 15:00",
        "Home visit (statutory). Spoke to Gary about Saturday's arrest - he says it was 'a one-off'. Tracy said her new advocate came this morning and she liked her. Kitchen cluttered, children's bedroom has mould on the window. All three children seen.",
        "Gary Ansell; Tracy Ansell; Kyra Ansell; Alfie Ansell; Maisie Ansell; SW Doyle",
        None,
    ),
    # decoy pair: HV clinic WNB and GP immunisations the same day
    (
        HV,
        "2026-04-07 10:00",
        "Maisie - WNB to clinic weigh (Thornby CC). Tel Mum - no answer. Text sent.",
        "Maisie; Mum; BN",
        None,
    ),
    (
        GP,
        "2026-04-07 15:40",
        "Maisie 4/12 - 1st primary imms (6-in-1, MenB; rotavirus not given - over age limit). Overdue. Attended with Dad. Wt 5.05kg.",
        "Maisie; Dad; Dr Siddiqui",
        None,
    ),
    # E11 housing officer's home visit and the social worker reading his email a week later
    (
        HOU,
        "2026-04-14 10:30",
        "TA inspection / home visit, Flat 3 Mill Row (S Bright). Present: Mrs Ansell + baby. Condition poor: 6 x bin bags in kitchen, mould to bedroom window, cooker heavily soiled, approx 10 empty cans by back door. Smoke alarm disconnected - refitted. Licence conditions explained. Concerns + photos emailed to SW (M Doyle).",
        "Mrs Ansell; Maisie; Steve; SW Doyle",
        "E11",
    ),
    (
        HC,
        "A:2026-04-20:2026-04-24:w/c 20 April 2026",
        "Back from leave - read an email from Steve Bright (Harrowdale Housing) about his visit to the flat: rubbish bags in the kitchen, mould in the children's bedroom, a lot of empty beer cans by the back door, the smoke alarm had been taken down. Photos attached. Will raise at my next visit and at core group.",
        "Steve; Tracy Ansell; SW Doyle",
        "E11",
    ),
    # E12 school attendance meeting; HV visit the same afternoon is not it
    (
        SCH,
        "2026-04-21 10:00",
        "Attendance meeting (stage 2) - Mrs Hale, Mr Price, Mum, advocate (Priya Raman). Kyra 84% (approaching persistent absence), Alfie nursery 69%. Barriers: mornings, Dad's shifts, no alarm clock. Attendance plan: Aunt Jo to walk Kyra in Tues/Thurs; school to provide alarm clock; review 6 wks.",
        "Kyra; Alfie; Mum; Mrs Hale; Mr Price; Priya; Aunt Jo",
        "E12",
    ),
    (
        ADV,
        "2026-04-21",
        "Went with Tracy to a meeting at Kyra's school about her being off and late. Tracy was worried she would be 'fined or sent to prison'. I asked the school to explain without long words. Tracy agreed Jo will walk Kyra in twice a week. The school gave her an alarm clock.",
        "Tracy; Kyra; Jo Pritchard; Priya",
        "E12",
    ),
    (
        HV,
        "2026-04-21 14:00",
        "HV home visit. Maisie wt 5.20kg (2nd-9th). Feeding diary not used. Mum tired - said she'd been at 'a school meeting' this morning. Cot in use. Bottles made correctly today.",
        "Maisie; Mum; BN",
        None,
    ),
    # E13 dental WNB letter and its receipt by SW and GP
    (
        DEN,
        "2026-04-23",
        "Alfie Ansell - pre-GA assessment clinic: WNB. Re-appointed 14/05. WNB letter to parent; copies to GP and allocated SW (child on CP plan).",
        "Alfie; Mr Rhys",
        "E13",
    ),
    (
        HC,
        "2026-04-28",
        "Letter from the community dental service: Alfie was not brought to his assessment on 23 April for the operation to take out his bad teeth. New date 14 May. Will ask Priya to help Tracy get there.",
        "Alfie Ansell; Tracy Ansell; Priya; SW Doyle",
        "E13",
    ),
    (
        HOU,
        "2026-04-30",
        "Rent account Flat 3 Mill Row: TA charge arrears £412. Arrears letter sent. HB claim incomplete - Mrs Ansell to bring Mr Ansell's payslips.",
        "Mrs Ansell; Mr Ansell",
        None,
    ),
    # ================= May =================
    # E14 second core group; GP filing the dental WNB letter the same day (E13) is not it
    (
        GP,
        "2026-05-05",
        "CDS WNB letter: Alfie not brought to pre-GA assessment 23/04/26. Re-booked 14/05. Filed; CP flag checked.",
        "Alfie",
        "E13",
    ),
    (
        HC,
        "2026-05-05 15:30",
        "Second core group at Thornby CE Primary. Present: Tracy with her advocate Priya Raman, Gary, Megan Doyle, Bev Nolan, Owen Price. Flat: Tracy has cleared the kitchen with Joanne's help; mould reported to housing. Maisie gaining slowly (2nd-9th centile). Alfie was not brought to the dental assessment; new date 14 May and Priya will go with Tracy. Kyra's attendance plan has started; three lates since. Gary says he drinks 'only at weekends'.",
        "Tracy Ansell; Priya; Gary Ansell; SW Doyle; Bev; Mr Price; Maisie Ansell; Alfie Ansell; Kyra Ansell; Joanne Pritchard",
        "E14",
    ),
    (
        SCH,
        "2026-05-05 15:30",
        "Core group 2 (school library) - DSL. Kyra 85%, better since the alarm clock. Alfie nursery 72%.",
        "Kyra; Alfie; Mr Price",
        "E14",
    ),
    (
        HV,
        "2026-05-05",
        "CG attended (BN). Reported Maisie wt trend 2nd-9th; feeds better with pictorial guide.",
        "Maisie; BN",
        "E14",
    ),
    (
        ADV,
        "2026-05-05",
        "Core group with Tracy at school. Before it we went through what she wanted to say (the flat is cleaner, the mould is not her fault). She said it herself. Afterwards she said it was 'less scary with you there'.",
        "Tracy; Priya",
        "E14",
    ),
    (
        HV,
        "2026-05-12 10:00",
        "HV visit. Maisie wt 5.45kg (2nd). Intake ~24oz/day. Mum says Gary 'not drinking in the week'. Weaning advice (from 6/12) given with pictures.",
        "Maisie; Mum; Gary; BN",
        None,
    ),
    # E15 dental pre-GA assessment, recorded by the dentist and by the advocate who went
    (
        DEN,
        "2026-05-14 09:45",
        "Pre-GA assessment: Alfie Ansell 4y. Attended with mother + advocate. Wt 16.2kg, ASA I. dmft 11. Plan XLA x8 under GA (51 52 61 62 54 64 74 84). Consent: mother has LD - capacity to consent considered; explained with pictures, advocate present; mother able to understand, retain and weigh; consent form 1 signed. Date TBC (July list, WGH).",
        "Alfie; Mum; Priya; Mr Rhys",
        "E15",
    ),
    (
        ADV,
        "2026-05-14",
        "Took Tracy and Alfie to the hospital for his teeth check before the operation. The dentist showed us pictures of the teeth that will come out. Tracy asked if Alfie will be asleep - yes. She signed the form. Alfie got a sticker.",
        "Tracy; Alfie; Priya",
        "E15",
    ),
    (
        HV,
        "2026-05-19 10:00",
        "HV visit. Maisie 5/12 wt 5.55kg - now on 2nd centile, crossing down. ~24oz/day, no vomiting. Not yet weaning. Discussed with GP - Mum to book GP review this week.",
        "Maisie; Mum; BN",
        None,
    ),
    (
        SCH,
        "2026-05-20",
        "Kyra - head lice again (3rd letter this year). Hair unwashed. Letter + treatment leaflet home.",
        "Kyra",
        None,
    ),
    # E17 GP referral to paediatrics and the hospital receiving it
    (
        GP,
        "2026-05-21",
        "Maisie 5/12 - faltering growth (birth 25th -> 2nd). Feeds ~24oz, no vomiting, stools normal. O/E NAD, no dysmorphic features. Referral to paeds OPD (faltering growth; CP plan - neglect) sent today. Bloods via paeds.",
        "Maisie; Mum; Dr Siddiqui",
        "E17",
    ),
    (
        POL,
        "2026-05-29",
        "RCPC 02/06 - police report submitted to conference team (Occ 26/19877 D&D 28/03, ANSELL, Gary - FPN). Unable to attend.",
        "ANSELL, Gary",
        None,
    ),
    # ================= June =================
    (
        HOS,
        "2026-06-01",
        "Paediatric referrals: GP referral received (Dr Siddiqui, Fellside, dated 21/05/26) - Maisie Ansell 5/12, faltering growth 25th->2nd, child on CP plan. Triaged by Dr Adeyemi - soon. OPD appt 23/06/26. Safeguarding team notified.",
        "Maisie Ansell; Dr Siddiqui; Dr Adeyemi",
        "E17",
    ),
    # E16 review conference (plans end); housing's notice to quit served the same day is not it
    (
        HC,
        "2026-06-02 10:00",
        "Review child protection conference, chaired by Helen Marsh. Present: Tracy with Priya Raman (advocate), Gary, Joanne, Megan Doyle, Bev Nolan, Owen Price, Dr Siddiqui. Police report received. Home conditions improved and kept up; Gary says he is drinking less; Maisie's weight remains low and she has a paediatric appointment on 23 June; Alfie's dental operation is booked for July. Decision: Kyra, Alfie and Maisie no longer need child protection plans and will be supported as children in need. The chair noted the GP's and health visitor's worry about Maisie's growth. First child in need meeting within a month.",
        "Tracy Ansell; Priya; Gary Ansell; Joanne Pritchard; IRO Marsh; SW Doyle; Bev; Mr Price; Dr Siddiqui; Kyra Ansell; Alfie Ansell; Maisie Ansell",
        "E16",
    ),
    (
        SCH,
        "2026-06-02",
        "RCPC - Mr Price attended. CP plans ended -> CIN. School raised Kyra's lates (12 this half term).",
        "Kyra; Alfie; Mr Price",
        "E16",
    ),
    (
        HV,
        "2026-06-02",
        "RCPC attended (BN). Outcome: CP plans discontinued, step down to CIN. HV concern noted - Maisie wt on 2nd, paeds OPD pending.",
        "Maisie; BN",
        "E16",
    ),
    (
        GP,
        "2026-06-02",
        "Dr Siddiqui attended RCPC (Civic Offices) 10:00-11:30. Outcome: CP plans ended, CIN. GP concern re Maisie's growth recorded.",
        "Maisie; Kyra; Alfie; Dr Siddiqui",
        "E16",
    ),
    (
        ADV,
        "2026-06-02",
        "Review conference. Tracy was very nervous; we had practised the day before. She told the meeting she wants the children 'off the plan' and that she has kept the flat nice. The chair said the plans will stop and a 'child in need' plan will start. Tracy cried and said thank you.",
        "Tracy; Priya",
        "E16",
    ),
    (
        HOU,
        "2026-06-02",
        "Notice to quit TA (licence), Flat 3 Mill Row - served by post: arrears £690 + breach of licence conditions (property condition). Mr & Mrs Ansell. End date 16/06. Review rights letter enclosed.",
        "Mr Ansell; Mrs Ansell",
        None,
    ),
    (
        HC,
        "2026-06-04",
        "Letter to Tracy and Gary confirming the review conference outcome; easy-read copy sent to Priya as agreed with Tracy.",
        "Tracy Ansell; Gary Ansell; Priya",
        None,
    ),
    (
        ADV,
        "2026-06-09",
        "Planned visit to Tracy at Mill Row. We talked about the review conference going well and what 'child in need' means. She mentioned a letter about the flat that worries her - we will look at it together next week. She thinks Gary's mum Sheila would have them 'for a bit' in Ashby if needed.",
        "Tracy; Gary; Sheila; Priya",
        None,
    ),
    (
        SCH,
        "A:2026-06-08:2026-06-15:mid June 2026 (approx.)",
        "Kyra told her class teacher the family are going to live at Nan Sheila's in Ashby. Kyra worried about how she will get to school.",
        "Kyra; Nan Sheila",
        None,
    ),
    (
        HOU,
        "2026-06-16",
        "TA licence ended. Keys returned by Mr Ansell. Flat left with rubbish - clearance charge raised. Household gone to stay with paternal GM, 5 Quarry Lane, Ashby (Brackenshire). Homeless application remains open (relief duty).",
        "Mr Ansell; PGM",
        None,
    ),
    # E20 email to Brackenshire and its logging four days later
    (
        HC,
        "2026-06-18",
        "Emailed Brackenshire MASH to tell them the Ansell family are now living with Gary's mother, Sheila Ansell, at 5 Quarry Lane, Ashby. The children are children in need; Harrowdale keeps the case because the move may be short and Kyra still goes to Thornby school. Asked for any police or other contacts to be passed to me.",
        "Sheila Ansell; Gary Ansell; Kyra Ansell; Alfie Ansell; Maisie Ansell; SW Doyle",
        "E20",
    ),
    (
        BC,
        "2026-06-22",
        "MASH contact - email from Harrowdale CSC (SW Doyle, 18.06): Ansell family (known; transferred out 03.2026) now residing with PGM at 5 Quarry Lane, Ashby. CIN held by Harrowdale. Info only - flag added; forward any new contacts to Harrowdale.",
        "Kyra; Alfie; Maisie; PGM; SW Doyle",
        "E20",
    ),
    # E18 paediatric WNB and the letters received
    (
        HOS,
        "2026-06-23",
        "Paediatric OPD (Dr Adeyemi) - Maisie Ansell: WNB. CIN (previously CP) - WNB letter to GP, HV and SW. Re-appointed 14/07.",
        "Maisie Ansell; Dr Adeyemi",
        "E18",
    ),
    # E19 first child in need meeting
    (
        HC,
        "2026-06-25 15:30",
        "First child in need meeting, Thornby CE Primary. Present: Tracy with Priya, Megan Doyle, Bev Nolan, Owen Price. Gary did not come. The family are staying at Sheila's in Ashby (three bedrooms, seven people). Maisie was not taken to her hospital appointment on 23 June - new date 14 July; Megan will book a taxi. Alfie's dental operation is on 7 July. Kyra has been late most days since the move because the bus from Ashby gets in after nine.",
        "Tracy Ansell; Priya; SW Doyle; Bev; Mr Price; Gary Ansell; Sheila Ansell; Maisie Ansell; Alfie Ansell; Kyra Ansell",
        "E19",
    ),
    (
        SCH,
        "2026-06-25 15:30",
        "CIN meeting in school - DSL. Kyra: 14 lates since moving to Ashby, 82%. Home-school transport form given (out of county - may not qualify).",
        "Kyra; Mr Price",
        "E19",
    ),
    (
        HV,
        "2026-06-25",
        "CIN mtg attended at school. Maisie 6/12 wt 5.80kg (<2nd). Paeds appt missed. HV to continue weekly visits at Ashby address (agreed with Brackenshire 0-19 while CIN held by Harrowdale).",
        "Maisie; BN",
        "E19",
    ),
    (
        ADV,
        "2026-06-25",
        "Child in need meeting with Tracy at school. Tracy said living at Sheila's is 'cramped' and Gary is 'drinking again because of his mum'. Megan will get a taxi for Maisie's hospital appointment.",
        "Tracy; Gary; Sheila; Megan; Priya",
        "E19",
    ),
    (
        HV,
        "2026-06-29",
        "Letter rec'd from paeds OPD - Maisie WNB 23/06. Re-appt 14/07. To discuss transport with SW.",
        "Maisie; BN",
        "E18",
    ),
    # ================= July (staying at 5 Quarry Lane, Ashby, Brackenshire) =================
    (
        GP,
        "2026-07-02",
        "Paeds OPD letter: Maisie WNB 23/06/26, re-appointed 14/07. Noted.",
        "Maisie",
        "E18",
    ),
    (
        ADV,
        "2026-07-06",
        "Phoned Tracy to remind her Alfie's operation is tomorrow: nothing to eat after 7am, water until 10.30. Tracy said Gary will drive them.",
        "Tracy; Alfie; Gary; Priya",
        None,
    ),
    # E21 dental extraction under GA; police call-out to the grandmother's that night (E22) is not it
    (
        SCH,
        "2026-07-07 08:50",
        "Mum phoned 8.50: Alfie off nursery today - 'having his bad teeth out at the hospital'. Authorised absence (medical).",
        "Alfie; Mum",
        "E21",
    ),
    (
        HOS,
        "2026-07-07 08:10",
        "Day Surgery Unit: Alfie Ansell (4y) admitted 08:10 for dental GA (CDS list). Accompanied by mother and father. Fasted appropriately. Theatre 10:40-11:15. Recovery uneventful; eating toast 13:30. D/c home 15:20 with parents. CIN alert noted - safeguarding team informed of attendance.",
        "Alfie Ansell; Tracy Ansell; Gary Ansell",
        "E21",
    ),
    (
        DEN,
        "2026-07-07 10:40",
        "GA session WGH: Alfie Ansell. XLA 51 52 61 62 54 64 74 84 as planned. Haemostasis achieved. Post-op advice verbal + pictorial to mother. Diet / sugar advice. Review 6/52 CDS clinic. Letter to GP.",
        "Alfie; Mum; Mr Rhys",
        "E21",
    ),
    # E22 police at the grandmother's and the notifications that followed
    (
        POL,
        "2026-07-07 21:40",
        "Occ 26/44108. Call from ANSELL, Sheila (64), 5 Quarry Lane, Ashby: son ANSELL, Gary drunk, shouting, threw a mug at the wall. Officers att 21:58 - Gary had left on foot. ANSELL, Tracy + 3 children (9y, 4y, 7m) present; 4y had dental op today; children in bed, no injuries. Gary located 23:10 Ashby bus shelter, intoxicated, words of advice, taken to friend's address. No offences disclosed. PPN (children) to Brackenshire MASH (address in Brackenshire).",
        "ANSELL, Sheila; ANSELL, Gary; ANSELL, Tracy; Kyra Ansell; Alfie Ansell; Maisie Ansell",
        "E22",
    ),
    (
        BC,
        "2026-07-08 11:20",
        "MASH: PPN received from police re incident 07.07 at 5 Quarry Lane, Ashby (PGM's address) - Gary Ansell drunk, shouting, threw a mug; had left before police arrived. Children present, in bed. Case open to Harrowdale (CIN) - PPN forwarded to Harrowdale MASH and SW Doyle.",
        "Gary; PGM; Kyra; Alfie; Maisie; SW Doyle",
        "E22",
    ),
    (
        HC,
        "2026-07-09",
        "Police notification forwarded by Brackenshire: on the evening of 7 July police were called by Sheila Ansell because Gary was drunk and shouting at her house and threw a mug. Tracy and the children were there. This was the day of Alfie's dental operation. Discussed with TM Okafor - cross-border strategy discussion to be held tomorrow.",
        "Sheila Ansell; Gary Ansell; Tracy Ansell; Alfie Ansell; TM Okafor; SW Doyle",
        "E22",
    ),
    # E23 cross-border strategy discussion
    (
        HC,
        "2026-07-10 11:00",
        "Cross-border strategy discussion (Teams), chaired by Paul Okafor. Harrowdale: Megan Doyle. Brackenshire: Ian Shute (team manager). Police: DS Vance. Health: Bev Nolan (health visitor). Shared: the incident on 7 July, Gary's drinking, Maisie's weight and missed paediatric appointment, the overcrowding at Sheila's. Agreed the threshold for a section 47 enquiry is not met at present; child in need plan continues with Harrowdale as lead authority while the family wait for housing; Brackenshire to pass on any contacts the same day; Megan to visit within 5 working days and see Gary.",
        "TM Okafor; SW Doyle; TM Shute; DS Vance; Bev; Gary Ansell; Maisie Ansell; Sheila Ansell",
        "E23",
    ),
    (
        BC,
        "2026-07-10 11:00",
        "Cross-boundary strat disc (Harrowdale-led). TM Shute attended. No s47. Harrowdale retain case (CIN). Brackenshire: alert on Quarry Lane, forward any contacts same day.",
        "TM Shute; Gary; PGM",
        "E23",
    ),
    (
        POL,
        "2026-07-10 11:00",
        "Strat disc - ANSELL children (Harrowdale CIN, resident Brackenshire). DS Vance. Occ 26/44108 shared. No crime. NFA police. Not s47.",
        "DS Vance; ANSELL, Gary; Kyra Ansell; Alfie Ansell; Maisie Ansell",
        "E23",
    ),
    (
        HV,
        "2026-07-10",
        "Strategy call (x-border) - BN joined. Shared: Maisie <2nd, paeds WNB 23/06, re-appt 14/07. Outcome: no s47, CIN continues; HV weekly at Ashby.",
        "Maisie; BN",
        "E23",
    ),
    (
        HC,
        "2026-07-13",
        "Management oversight (TM Okafor): strategy outcome agreed. Make sure Maisie gets to the 14 July appointment - taxi booked.",
        "TM Okafor; Maisie Ansell",
        None,
    ),
    # E24 second attendance meeting; the paediatric clinic that morning is not it
    (
        HOS,
        "2026-07-14 09:30",
        "Paed OPD (Dr Adeyemi): Maisie 7/12 attended with mother (taxi). Wt 5.90kg (0.4th-2nd), length 65cm (9th), OFC 25th. Thin, reduced subcut fat, nappy rash. No organic features. Bloods: FBC, U&E, coeliac, TFT. Feeding history vague, ~20oz/day, weaning not started. Plan: dietitian (fortified feeds), re-weigh 2/52 via HV; admit if further fall.",
        "Maisie Ansell; Tracy Ansell; Dr Adeyemi",
        None,
    ),
    (
        SCH,
        "2026-07-14 14:00",
        "Attendance review meeting - Mrs Hale, Mum, advocate. Kyra 81% (persistent absence). Lates since Ashby move: 19. Not eligible for LA transport (out of county). Penalty notice warning explained - not issued given CIN/housing. Breakfast club place funded from 01/09.",
        "Kyra; Mum; Mrs Hale; Priya",
        "E24",
    ),
    (
        ADV,
        "2026-07-14",
        "Afternoon: the school meeting about Kyra's attendance again (Mrs Hale). Tracy scared about a fine. I asked what help the school can give instead - a free breakfast club place from September.",
        "Tracy; Kyra; Mrs Hale; Priya",
        "E24",
    ),
    (
        HC,
        "2026-07-16 16:00",
        "Home visit at 5 Quarry Lane as agreed at the strategy discussion. Saw Gary: he accepts he was drunk on 7 July and says his mother 'winds him up'. Tracy, Sheila and all three children seen. Seven people in three bedrooms; Maisie sleeps in her pram. Housing register chased.",
        "Gary Ansell; Tracy Ansell; Sheila Ansell; Kyra Ansell; Alfie Ansell; Maisie Ansell; SW Doyle",
        None,
    ),
    (
        GP,
        "2026-07-17",
        "CDS / DSU letter - Alfie: XLA x8 under GA 07/07/26, uneventful. CDS review 6/52.",
        "Alfie",
        "E21",
    ),
    # E25 baby's admission for faltering growth; Kyra's GP appointment and the HV visit that morning are not it
    (
        GP,
        "2026-07-23 09:10",
        "Kyra 9y - impetigo L nostril/chin 4/7. Fusidic acid cream 7/7. Attended with Mum; baby in pram, not presented. OK for school (holidays) once crusted.",
        "Kyra; Mum; Dr Siddiqui",
        None,
    ),
    (
        HV,
        "2026-07-23 10:30",
        "HV visit at PGM's, Ashby. Maisie 7/12 wt 5.70kg - wt LOSS since OPD 14/07 (5.90). Pale, lethargic, nappy heavily soiled, dry skin. Fortified feed tins unopened - Mum 'didn't know how to make them'. 7 people in 3-bed house, Maisie sleeping in pram. Will discuss with paeds today.",
        "Maisie; Mum; PGM; BN",
        None,
    ),
    (
        HV,
        "2026-07-23 12:15",
        "Tel to PAU (paeds reg) re Maisie - wt loss 5.90->5.70kg in 9 days. Accepted for assessment today. Mum to take her this pm, PGM driving. SW (M Doyle) informed by phone.",
        "Maisie; Mum; PGM; BN; SW Doyle",
        "E25",
    ),
    (
        HOS,
        "2026-07-23 15:40",
        "PAU: Maisie Ansell 7/12, referred by HV by phone (weight loss). Brought by mother and paternal grandmother. Wt 5.68kg (<0.4th). Alert, thin, ~5% dehydrated, severe nappy dermatitis. Admitted Ward 9 under Dr Adeyemi - faltering growth: supervised feeding, food/fluid chart, dietitian, bloods. Safeguarding nurse informed; SW aware.",
        "Maisie Ansell; Tracy Ansell; Sheila Ansell; Dr Adeyemi",
        "E25",
    ),
    (
        HC,
        "2026-07-23 16:30",
        "Bev Nolan rang at lunchtime: Maisie has lost weight and is being taken to the children's assessment unit at Westmoor General this afternoon. Rang the ward at 4.15pm - Maisie has been admitted. Tracy is staying in with her; Kyra and Alfie are with Sheila.",
        "Bev; Maisie Ansell; Tracy Ansell; Kyra Ansell; Alfie Ansell; Sheila Ansell; SW Doyle",
        "E25",
    ),
    (
        HOS,
        "2026-07-27",
        "Ward 9 - named nurse safeguarding review (K Lowe). Maisie gaining on ward: 5.68 -> 5.98kg in 4 days on 7 x 150ml fortified feeds. Mother resident, needs prompting for feed times; did not wake for 03:00 feed x2 - nursing staff fed. Father visited 26/07 19:00 smelling of alcohol, asked to leave 20:00 by nurse in charge. Bloods NAD. Impression: non-organic faltering growth.",
        "Maisie Ansell; Tracy Ansell; Gary Ansell; SN Lowe",
        None,
    ),
    # E26 discharge planning meeting; the father's GP appointment the same day is not it
    (
        HOS,
        "2026-07-31 11:00",
        "Multi-agency discharge planning meeting, Ward 9 seminar room. Dr Adeyemi, K Lowe (named nurse), ward dietitian, SW M Doyle, HV B Nolan, Mrs Ansell + advocate (P Raman). Maisie wt 6.45kg. Plan: d/c Mon 03/08 to PGM's address once feeding plan signed; HV 2x weekly wts; dietitian OPD 2/52; paeds OPD 4/52. Father not present.",
        "Dr Adeyemi; SN Lowe; SW Doyle; Bev; Mrs Ansell; Priya; Maisie Ansell",
        "E26",
    ),
    (
        HC,
        "2026-07-31 11:00",
        "Discharge planning meeting on the children's ward. Maisie has put on nearly 800g in eight days with regular feeds. Dr Adeyemi's view is that the weight loss was because Maisie was not fed enough, not an illness. Agreed Maisie can go home to Sheila's on Monday with a written feeding plan; Bev to weigh her twice a week; I will visit twice a week; Priya will go through the feeding plan with Tracy using pictures. Gary was not there - I will see him separately about his drinking.",
        "Maisie Ansell; Dr Adeyemi; Sheila Ansell; Bev; SW Doyle; Priya; Tracy Ansell; Gary Ansell",
        "E26",
    ),
    (
        HV,
        "2026-07-31",
        "DPM on Ward 9 (BN). Wt 6.45kg. Post d/c: HV 2x/wk wts, pictorial feeding chart.",
        "Maisie; BN",
        "E26",
    ),
    (
        ADV,
        "2026-07-31",
        "Meeting on the baby ward about Maisie going home. Lots of people. Tracy said she felt 'like a bad mum'. I asked them to write the feeding plan with pictures and times. Tracy wants to do the night feeds with an alarm.",
        "Tracy; Maisie; Priya",
        "E26",
    ),
    (
        GP,
        "2026-07-31 16:20",
        "Gary - attended alone (wife on ward with baby). Asking for help with alcohol: ~8 cans/day, AUDIT 24, am shakes. Self-referral card Westmoor Recovery + thiamine. LFTs. R/v 2/52.",
        "Gary; Dr Siddiqui",
        None,
    ),
    # ================= August =================
    (
        HOS,
        "2026-08-03",
        "Ward 9 discharge: Maisie Ansell to 5 Quarry Lane, Ashby (PGM's address) with mother. Wt 6.60kg. Feeding plan signed. Discharge summary to GP, HV, SW.",
        "Maisie Ansell; Tracy Ansell; PGM",
        "E25",
    ),
    (
        HV,
        "2026-08-04",
        "Ward 9 discharge summary rec'd (email): Maisie adm 23/07-03/08, non-organic faltering growth, d/c wt 6.60kg on fortified feeds 7 x 150ml. Plan noted.",
        "Maisie; BN",
        "E25",
    ),
    (
        HV,
        "2026-08-05 10:00",
        "Post d/c visit 1 (BN). Maisie wt 6.55kg. Feeding chart filled in for 2 days only. Alarm set for night feed - Mum did 03:00 feed. Gary not present.",
        "Maisie; Mum; Gary; BN",
        None,
    ),
    (
        GP,
        "2026-08-07",
        "D/c summary Ward 9 (adm 23/07/26 - 03/08/26): Maisie - faltering growth, non-organic. Feeding plan, paeds OPD 4/52, dietitian. Bloods NAD. Nil GP action.",
        "Maisie",
        "E25",
    ),
    (
        HOU,
        "2026-08-10",
        "Offer of secure tenancy: 14 Church Lane, Thornby (2-bed house). Mrs Ansell accepted by phone. Sign-up Mon 17/08.",
        "Mrs Ansell",
        None,
    ),
    (
        HV,
        "2026-08-12 10:00",
        "HV visit (BN). Maisie wt 6.70kg. Chart completed most days. Mum excited about 'the new house'.",
        "Maisie; Mum; BN",
        None,
    ),
    # E27 tenancy sign-up, recorded by the housing officer and (month only) by the advocate
    (
        HOU,
        "2026-08-17 10:00",
        "Tenancy sign-up at 14 Church Lane (S Bright). Joint tenants Mr & Mrs Ansell. Advocate (Speak Up) present - agreement explained section by section, easy-read summary given. Keys issued. Introductory tenancy 12m. Referred to tenancy sustainment (former TA arrears £690).",
        "Mr Ansell; Mrs Ansell; Priya; Steve",
        "E27",
    ),
    (
        ADV,
        "M:2026-08",
        "Went with Tracy and Gary to get the keys for their new house in Church Lane, Thornby. Steve from housing read the tenancy with us; I made an easy-read page of the rules (rent, repairs, bins).",
        "Tracy; Gary; Steve; Priya",
        "E27",
    ),
    (
        DEN,
        "2026-08-18",
        "Alfie Ansell - post-GA review: WNB (family moving house per SW). Re-appointed 22/09.",
        "Alfie",
        None,
    ),
    (
        HV,
        "2026-08-19 10:00",
        "HV visit, Church Lane - moving day. Maisie wt 6.80kg. Boxes everywhere; cot up first. Mum coping, Jo helping.",
        "Maisie; Mum; Aunt Jo; BN",
        None,
    ),
    (
        HC,
        "2026-08-20",
        "Home visit, 14 Church Lane, Thornby (Harrowdale) - the family moved in yesterday. Sparse but clean; beds from the furniture scheme. Gary sober. Tracy proud of the house. All three children seen.",
        "Tracy Ansell; Gary Ansell; Maisie Ansell; Kyra Ansell; Alfie Ansell; SW Doyle",
        None,
    ),
    # E28 neighbour's call and police welfare check on Saturday, EDT that night, MASH and Op Encompass after the bank holiday
    (
        POL,
        "2026-08-29 19:52",
        "Occ 26/53391. Concern for welfare - caller FLETT, Doreen (neighbour, 16 Church Lane): children at no.14 screaming for over an hour, small boy seen in back garden naked in the rain, male shouting. PC 2291 Tiller + 1 att 20:20. ANSELL, Gary heavily intoxicated; ANSELL, Tracy tearful, 'can't cope'. House: no food other than milk, sink full, rubbish. Baby (8m) in cot, nappy saturated - mother changed + fed. 4y boy cold, put in pyjamas. 9y girl: 'Dad's been drinking all day'. Aunt PRITCHARD, Joanne att 21:05, staying overnight; Gary to friend's. Children not taken into PP. EDT informed 21:20. PPN (children) submitted; Op Encompass - Thornby CE.",
        "FLETT, Doreen; ANSELL, Gary; ANSELL, Tracy; Kyra Ansell; Alfie Ansell; Maisie Ansell; PRITCHARD, Joanne; PC Tiller",
        "E28",
    ),
    (
        HC,
        "2026-08-29 21:20",
        "Emergency Duty Team: call from PC Tiller at 14 Church Lane. A neighbour rang the police because the children were screaming and Alfie was outside without clothes in the rain. Gary drunk, Tracy not coping, little food in the house, Maisie's nappy soaked. Tracy's sister Joanne has come to stay the night and Gary has agreed to go to a friend's. Police not using police protection. Plan agreed by phone; day team to follow up after the bank holiday.",
        "PC Tiller; Alfie Ansell; Gary Ansell; Tracy Ansell; Maisie Ansell; Joanne Pritchard; Kyra Ansell",
        "E28",
    ),
    # ================= September =================
    (
        HC,
        "2026-09-01 09:15",
        "MASH: PPN received for the police call-out to 14 Church Lane on Saturday 29 August (welfare concern after a neighbour's call). Open CIN case - passed to Megan Doyle and TM Okafor. Strategy discussion to be convened.",
        "Kyra Ansell; Alfie Ansell; Maisie Ansell; SW Doyle; TM Okafor",
        "E28",
    ),
    (
        HOS,
        "2026-09-01 10:30",
        "Paeds OPD (Dr Adeyemi): Maisie - attended with mother and aunt. Wt 6.95kg (0.4th-2nd), catch-up continuing. Dietitian input ongoing. Parents' understanding of feeding plan needs reinforcing. Review 6/52.",
        "Maisie Ansell; Tracy Ansell; Joanne Pritchard; Dr Adeyemi",
        None,
    ),
    (
        HC,
        "2026-09-01 14:00",
        "Visited Church Lane after the police call-out. Gary at his friend's. Tracy says Saturday was 'a bad day' and Gary had been drinking since the morning. House cleaner than the police described - Joanne has helped. Maisie and Alfie seen; Kyra at Joanne's.",
        "Tracy Ansell; Gary Ansell; Joanne Pritchard; Maisie Ansell; Alfie Ansell; Kyra Ansell; SW Doyle",
        None,
    ),
    # E29 strategy discussion (GP files the minutes six days later)
    (
        HC,
        "2026-09-02 10:00",
        "Strategy discussion (Teams), chaired by Paul Okafor, following the police call-out on 29 August. Megan Doyle, DS Vance (police), Bev Nolan (health visitor), Dr Siddiqui (GP), Owen Price (school, joining from the training day). Shared: Maisie's admission for faltering growth in July, Gary's drinking, the incidents on 7 July and 29 August, Kyra's attendance and lateness. Decision: section 47 enquiry (neglect), led by children's services with a joint visit with police tomorrow; no medical needed; Gary to stay away from the house while the enquiry is under way.",
        "TM Okafor; SW Doyle; DS Vance; Bev; Dr Siddiqui; Mr Price; Maisie Ansell; Gary Ansell; Kyra Ansell; Alfie Ansell",
        "E29",
    ),
    (
        POL,
        "2026-09-02 10:00",
        "Strat disc (Harrowdale CSC) re Occ 26/53391. DS Vance. Outcome: s47 (neglect) - single agency CSC with police JV 03/09. No criminal investigation at this time (wilful neglect threshold not met).",
        "DS Vance; PC Tiller; Kyra Ansell; Alfie Ansell; Maisie Ansell",
        "E29",
    ),
    (
        HV,
        "2026-09-02",
        "Strategy discussion (BN). s47 agreed. HV: 2x/wk visits; Maisie 6.95kg at OPD yesterday.",
        "Maisie; BN",
        "E29",
    ),
    (
        SCH,
        "2026-09-02",
        "Strategy discussion by phone (INSET day) - Mr Price. Section 47 to start. School to report attendance and presentation daily for 2 weeks.",
        "Kyra; Alfie; Mr Price",
        "E29",
    ),
    # E30 s47 joint visit; Op Encompass read that morning (E28) is not it
    (
        SCH,
        "2026-09-03 08:30",
        "Op Encompass notification (police) rec'd 8.30am, first day of term: officers attended home Sat 29/08 evening, welfare concern, children present, father intoxicated. DSL informed Kyra's and Alfie's class teachers.",
        "Kyra; Alfie; Mr Price",
        "E28",
    ),
    (
        HC,
        "2026-09-03 11:00",
        "Section 47 joint visit with PC Tiller, 14 Church Lane. Tracy and Gary (back from his friend's at our request) seen together, then separately. Gary accepted he was drunk on Saturday and that he drinks every day; agreed to see his GP and the alcohol service and to stay at his friend's for now. Kitchen stocked (food bank parcel). Maisie seen and handled - clean, alert. Kyra and Alfie at school (first day of term) - I will see them there tomorrow.",
        "PC Tiller; SW Doyle; Tracy Ansell; Gary Ansell; Maisie Ansell; Kyra Ansell; Alfie Ansell",
        "E30",
    ),
    (
        POL,
        "2026-09-03 11:00",
        "JV (s47) with CSC SW Doyle - 14 Church Lane. ANSELL, Gary admits daily drinking, agrees to stay away. Baby seen, no injuries. Words of advice. Occ 26/53391 closed - NFA police.",
        "PC Tiller; SW Doyle; ANSELL, Gary; ANSELL, Tracy; Maisie Ansell",
        "E30",
    ),
    (
        SCH,
        "2026-09-04",
        "SW (Megan Doyle) saw Kyra and Alfie separately in school (s47) - quiet room. DSL sat in for Alfie. Kyra said Dad 'drinks beer in the morning'.",
        "Kyra; Alfie; Megan; Mr Price",
        None,
    ),
    # E31 child in need meeting that turns to an ICPC; GP filing the strategy minutes (E29) and the morning HV visit are not it
    (
        GP,
        "2026-09-08",
        "Strategy discussion minutes rec'd (meeting 02/09/26; Dr Siddiqui contributed by phone). Outcome: s47 neglect. Alerts updated x3 children.",
        "Kyra; Alfie; Maisie; Dr Siddiqui",
        "E29",
    ),
    (
        HV,
        "2026-09-08 09:30",
        "HV visit (BN). Maisie 9/12 wt 7.05kg (0.4th-2nd, tracking up). Feeding chart complete. Weaning started - purees. Gary not present (at friend's).",
        "Maisie; Mum; Gary; BN",
        None,
    ),
    (
        HC,
        "2026-09-08 15:30",
        "Child in need review meeting at Thornby CE Primary, held during the section 47 enquiry. Present: Tracy with Priya, Gary, Megan Doyle, Bev Nolan, Owen Price; Dr Siddiqui sent an update. Megan shared the section 47 findings so far: Gary's daily drinking, the state of the house on 29 August, Maisie's admission and Kyra's lateness. Professionals agreed the children's needs can no longer be met under a child in need plan and that an initial child protection conference is needed; TM Okafor agreed after the meeting. Tracy was told the conference will be on 22 September.",
        "Tracy Ansell; Priya; Gary Ansell; SW Doyle; Bev; Mr Price; Dr Siddiqui; TM Okafor; Kyra Ansell; Alfie Ansell; Maisie Ansell",
        "E31",
    ),
    (
        SCH,
        "2026-09-08 15:30",
        "CIN meeting in school - DSL. Agreed to go to ICPC. Kyra 100% since return (breakfast club); Alfie settling in Reception.",
        "Kyra; Alfie; Mr Price",
        "E31",
    ),
    (
        HV,
        "2026-09-08 15:30",
        "CIN mtg attended (pm). Outcome: escalate to ICPC. HV in agreement.",
        "Maisie; BN",
        "E31",
    ),
    (
        ADV,
        "2026-09-08",
        "Child in need meeting. It changed - they said the children need a 'child protection conference' again. Tracy very upset; Gary walked out. I explained it is a meeting, not court. Will help her get ready.",
        "Tracy; Gary; Priya",
        "E31",
    ),
    (
        HC,
        "2026-09-15 10:00",
        "Home visit (s47, unannounced). Tracy up and dressed, Maisie in a clean sleepsuit, food in the cupboards. Gary not there. Tracy says she is scared of the conference.",
        "Tracy Ansell; Maisie Ansell; Gary Ansell; SW Doyle",
        None,
    ),
    (
        HV,
        "2026-09-15 14:00",
        "HV visit (BN). Maisie wt 7.15kg. Finger foods introduced. Mum says SW 'came this morning'.",
        "Maisie; Mum; BN",
        None,
    ),
    (
        HOS,
        "2026-09-17",
        "Report for ICPC 22/09 (Dr Adeyemi unable to attend - clinic): Maisie adm 23/07-03/08, non-organic faltering growth, catch-up on ward; OPD 01/09 wt 6.95kg.",
        "Maisie Ansell; Dr Adeyemi",
        None,
    ),
    # E32 ICPC; Alfie's post-GA dental review that afternoon is not it
    (
        HC,
        "2026-09-22 10:00",
        "Initial child protection conference, chaired by Helen Marsh. Present: Tracy with Priya Raman, Gary (left early), Joanne, Megan Doyle, Paul Okafor, DS Vance, Bev Nolan, Dr Siddiqui, Owen Price. Report from Dr Adeyemi. Decision: Kyra, Alfie and Maisie to be subject to child protection plans, category neglect. Legal planning meeting to be requested. First core group 6 October.",
        "Tracy Ansell; Priya; Gary Ansell; Joanne Pritchard; SW Doyle; TM Okafor; DS Vance; Bev; Dr Siddiqui; Mr Price; IRO Marsh; Kyra Ansell; Alfie Ansell; Maisie Ansell",
        "E32",
    ),
    (
        SCH,
        "2026-09-22",
        "ICPC - Mr Price attended. CP plans x3 (neglect). School: daily attendance monitoring, breakfast club, Alfie - toileting support.",
        "Kyra; Alfie; Mr Price",
        "E32",
    ),
    (
        HV,
        "2026-09-22",
        "ICPC (BN) - CP plans, neglect. HV: weekly wts, 2x/wk visits until core group.",
        "Maisie; BN",
        "E32",
    ),
    (
        GP,
        "2026-09-22",
        "ICPC - Dr Siddiqui attended 10:00. CP plans x3, neglect. GP actions: Gary alcohol r/v; Maisie wt with HV.",
        "Kyra; Alfie; Maisie; Gary; Dr Siddiqui",
        "E32",
    ),
    (
        POL,
        "2026-09-22",
        "ICPC attended - DS Vance. Police info: Occ 26/19877, 26/44108, 26/53391. All 3 children subject to CP plans (neglect).",
        "DS Vance; Kyra Ansell; Alfie Ansell; Maisie Ansell; ANSELL, Gary",
        "E32",
    ),
    (
        ADV,
        "2026-09-22",
        "Child protection conference. Tracy spoke about the feeding chart and the new house. Gary left after 20 minutes. The children are back on plans. Tracy asked me 'will they take them?' - I said to ask a solicitor and gave her the list.",
        "Tracy; Gary; Priya",
        "E32",
    ),
    (
        DEN,
        "2026-09-22 15:00",
        "Alfie - post-GA review (6/52 overdue; WNB 18/08). Attended with aunt. Sockets healed. Early caries 55, 65 - fluoride varnish. Kyra (also attended) - restorative course started: UR6 GIC. Toothbrushing charts given.",
        "Alfie; Kyra; Aunt Jo; Mr Rhys",
        None,
    ),
    # ================= October =================
    (
        HC,
        "2026-10-01",
        "Legal planning meeting with Nina Cole (legal services) and TM Okafor: threshold for pre-proceedings met. Letter before proceedings to be sent; parents entitled to non-means-tested legal advice.",
        "Ms Cole; TM Okafor; SW Doyle",
        None,
    ),
    # E33 first core group of the new plans; Gary's GP alcohol review the same day is not it
    (
        GP,
        "2026-10-06 09:00",
        "Gary - r/v alcohol. Engaging with Westmoor Recovery, down to ~3 cans/day. GGT 188. Thiamine contd. Still staying at friend's.",
        "Gary; Dr Siddiqui",
        None,
    ),
    (
        HC,
        "2026-10-06 15:30",
        "Core group 1 (new plans) at Thornby CE Primary. Present: Tracy with Priya, Gary, Megan Doyle, Bev Nolan, Owen Price. Maisie 7.35kg, steady. Kyra on breakfast club, attendance 98% this term. Gary says he is working with the alcohol service and is on 'three cans a day'. Actions: Gary to agree to hair strand testing; Tracy to keep the feeding chart; Joanne to continue the school run on two days.",
        "Tracy Ansell; Priya; Gary Ansell; SW Doyle; Bev; Mr Price; Maisie Ansell; Kyra Ansell; Joanne Pritchard",
        "E33",
    ),
    (
        SCH,
        "2026-10-06 15:30",
        "Core group (new CP plans) - DSL. Kyra 98%, breakfast club daily. Alfie - 2 toileting accidents this week.",
        "Kyra; Alfie; Mr Price",
        "E33",
    ),
    (
        HV,
        "2026-10-06",
        "CG attended (BN). Maisie 7.35kg (2nd). Plan unchanged.",
        "Maisie; BN",
        "E33",
    ),
    (
        ADV,
        "2026-10-06",
        "Core group at school with Tracy and Gary. Gary spoke about his drinking for the first time in a meeting. Tracy asked for the plan in pictures again - Megan agreed.",
        "Tracy; Gary; Megan; Priya",
        "E33",
    ),
    (
        HC,
        "2026-10-08",
        "Letter before proceedings hand-delivered to Tracy at Church Lane and posted to Gary at his friend's address. Read it through with Tracy and explained she should take it to a solicitor, and that Priya can help.",
        "Tracy Ansell; Gary Ansell; Priya; SW Doyle",
        None,
    ),
    (
        ADV,
        "2026-10-12",
        "Met Tracy at the library. She brought the letter from the council about court. We read it again slowly. Rang Anand & Co with her - appointment Thursday.",
        "Tracy; Priya; Mr Anand",
        None,
    ),
    (
        HV,
        "2026-10-13 10:00",
        "HV visit (BN). Maisie 10/12 wt 7.45kg. Three meals + milk. Pulling to stand. Mum's chart up to date.",
        "Maisie; Mum; BN",
        None,
    ),
    (
        HOS,
        "2026-10-13 14:00",
        "Paeds OPD (Dr Adeyemi): Maisie 10/12, attended with mother. Wt 7.50kg (2nd). Growing along 2nd centile. Discharge from paeds OPD to HV/GP monitoring; re-refer if crosses down.",
        "Maisie Ansell; Tracy Ansell; Dr Adeyemi",
        None,
    ),
    # E34 pre-proceedings (PLO) meeting; HV visit and school breakfast-club note that morning are not it
    (
        HV,
        "2026-10-22 09:00",
        "HV visit (BN). Maisie wt 7.60kg (2nd). Mum anxious about 'the meeting with the lawyers' later. Aunt Jo took Kyra + Alfie to school.",
        "Maisie; Mum; Aunt Jo; BN",
        None,
    ),
    (
        SCH,
        "2026-10-22 08:05",
        "Kyra arrived 8.05 for breakfast club with Aunt Jo. Hungry - 2 bowls of cereal. Said 'Mum's gone to see the lawyers'.",
        "Kyra; Aunt Jo; Mum",
        None,
    ),
    (
        HC,
        "2026-10-22 11:00",
        "Pre-proceedings meeting at Harrowdale Civic Offices. Present: Tracy with her solicitor Dev Anand and her advocate Priya Raman; Gary (also represented by Mr Anand's firm); Nina Cole (local authority solicitor), TM Okafor, Megan Doyle. Went through the letter before proceedings and the pre-proceedings plan: Gary to keep going to the alcohol service and give hair strand tests; Tracy to have a parenting assessment adapted for her learning disability (PAMS); Maisie's weight, the children's attendance and the home to be checked; family group conference to be offered. Review in six weeks.",
        "Tracy Ansell; Mr Anand; Priya; Gary Ansell; Ms Cole; TM Okafor; SW Doyle; Maisie Ansell; Kyra Ansell",
        "E34",
    ),
    (
        ADV,
        "2026-10-22",
        "PLO meeting (the 'before court' meeting) with Tracy, Mr Anand and the council's lawyer. I asked for breaks and for the plan in easy read. Tracy agreed to the parenting assessment. Gary agreed to the hair test.",
        "Tracy; Mr Anand; Ms Cole; Gary; Priya",
        "E34",
    ),
    # ================= November =================
    (
        HC,
        "2026-11-03",
        "PAMS parenting assessment session 1 with Tracy at Church Lane (assessor from the family support team). Tracy engaged well with picture cards.",
        "Tracy Ansell",
        None,
    ),
    (
        HV,
        "2026-11-03 10:00",
        "HV visit (BN). Maisie wt 7.70kg (2nd). Cruising. Parenting assessor due this afternoon, per Mum.",
        "Maisie; Mum; BN",
        None,
    ),
    # E35 core group 2 of the new plans; Kyra's dental fillings that morning are not it
    (
        DEN,
        "2026-11-10 09:30",
        "Kyra Ansell - restorative session 2: LR6, UL6 GIC. Attended with aunt. Co-operative. OH improved; toothbrushing chart brought back completed.",
        "Kyra; Aunt Jo; Mr Rhys",
        None,
    ),
    (
        HC,
        "2026-11-10 15:30",
        "Second core group of the new plans, Thornby CE Primary. Present: Tracy with Priya, Gary, Joanne, Megan Doyle, Bev Nolan, Owen Price. First hair strand result: consistent with excessive drinking to early October. PAMS assessment under way. Maisie 7.75kg. Kyra's attendance 97%; she had two teeth filled this morning. Next core group 8 December.",
        "Tracy Ansell; Priya; Gary Ansell; Joanne Pritchard; SW Doyle; Bev; Mr Price; Maisie Ansell; Kyra Ansell",
        "E35",
    ),
    (
        SCH,
        "2026-11-10 15:30",
        "Core group 2 (CP) - DSL. Kyra 97%. Alfie toileting improving; reading books coming back.",
        "Kyra; Alfie; Mr Price",
        "E35",
    ),
    (
        HV,
        "2026-11-10",
        "CG attended (BN). Maisie 7.75kg, 2nd centile. 12/12 review due Dec.",
        "Maisie; BN",
        "E35",
    ),
    (
        ADV,
        "2026-11-10",
        "Core group. Tracy upset about Gary's hair test result but said 'I knew'. She told the meeting the parenting sessions are 'hard but ok'.",
        "Tracy; Gary; Priya",
        "E35",
    ),
    (
        SCH,
        "2026-11-17",
        "Kyra - attendance this half term 97%. Letter of praise home. Alfie 93%.",
        "Kyra; Alfie",
        None,
    ),
    (
        HC,
        "2026-11-19",
        "Family group conference referral made (as agreed at the pre-proceedings meeting). Tracy has named Joanne and Sheila.",
        "Tracy Ansell; Joanne Pritchard; Sheila Ansell; SW Doyle",
        None,
    ),
]

# routine single-agency filler (hand-written pools; "!" = one-off)
POOLS = {
    GP: [
        ("Tel: Mum requests repeat emollient for Alfie - issued.", "Alfie; Mum"),
        ("Kyra - tel consult: sore throat 2/7, afebrile. Self-care advice.", "Kyra; Mum"),
        (
            "Alfie - tel: loose stools 2/7, eating and drinking. Oral fluids, safety-net.",
            "Alfie; Mum",
        ),
        ("Tracy - contraception: Depo-Provera given (HCA).", "Tracy"),
        ("Gary - DNA for routine BP check.", "Gary"),
        ("Practice safeguarding meeting - Ansell family discussed, alerts current.", ""),
    ],
    HV: [
        ("Text reminder to Mum re clinic weigh next week.", "Mum; BN"),
        ("Tel Mum - no answer. Voicemail left re next visit.", "Mum; BN"),
        ("Safeguarding supervision - Ansell family discussed with named nurse.", "BN"),
        (
            "!Maisie's red book (PCHR) not found at last visit - Mum 'lost it'; replacement ordered.",
            "Maisie; Mum",
        ),
    ],
    SCH: [
        ("Kyra late ({n} mins after the register), no note.", "Kyra"),
        ("Kyra no PE kit again - spare lent.", "Kyra"),
        ("Alfie collected late (15 mins) by Aunt Jo.", "Alfie; Aunt Jo"),
        ("Kyra - lunch box had crisps only; given school dinner.", "Kyra"),
        ("Kyra's reading record not signed for {n} weeks.", "Kyra"),
    ],
    ADV: [
        (
            "Phoned Tracy for a chat - she said the week was 'ok'. Reminded her of her next appointments.",
            "Tracy; Priya",
        ),
        ("Sent Tracy an easy-read list of this month's appointments.", "Tracy; Priya"),
        ("Text to Tracy: reminder of next week's meeting.", "Tracy; Priya"),
    ],
    HC: [
        ("Supervision with TM Okafor - case reviewed, plan on track.", "TM Okafor; SW Doyle"),
        ("Tried to phone Tracy twice - no answer. Text sent.", "Tracy Ansell; SW Doyle"),
        ("Case recording: chronology and genogram updated.", "SW Doyle"),
    ],
}
WINDOWS = {
    HC: ("2026-02-16", "2026-11-20"),
    HV: ("2026-02-16", "2026-11-20"),
    ADV: ("2026-04-06", "2026-11-20"),
}
CLOSED = {  # school holidays (invented term dates)
    SCH: [
        ("2026-02-16", "2026-02-20"),
        ("2026-03-30", "2026-04-10"),
        ("2026-05-25", "2026-05-29"),
        ("2026-07-22", "2026-09-02"),
        ("2026-10-26", "2026-10-30"),
    ]
}


def _who(people_col, alias):
    return {alias[n.strip().lower()] for n in people_col.split(";") if n.strip()}


def routine():
    """Filler that never shares a day with another agency's entry about the same person."""
    alias = {}
    for name, aliases, _, _ in PEOPLE:
        for n in [name, *aliases]:
            alias[n.lower()] = name
    raw = casegen.filler(
        2222, POOLS, "2026-01-05", "2026-11-20", 14, windows=WINDOWS, closed=CLOSED
    )
    kept = []
    placed = [
        (a, d.split()[0] if not d[0].isalpha() else None, _who(p, alias))
        for a, d, _, p, _ in ENTRIES
    ]
    for a, d, text, who, ev in raw:
        ppl = _who(who, alias)
        clash = any(day == d and (agency == a or (ppl & others)) for agency, day, others in placed)
        if clash:
            continue
        kept.append((a, d, text, who, ev))
        placed.append((a, d, ppl))
    return kept


def main():
    out = HERE / "case_bd.json"
    casegen.build(
        "bd",
        "HELD-OUT. Neglect of a baby, a 4-year-old and a 9-year-old; mother with a learning "
        "disability, father misusing alcohol; rural district, moves between two local authorities "
        "(transfer-in conference, cross-border strategy discussion), WNB letters, dental GA, baby's "
        "faltering-growth admission, CIN to ICPC, PLO; 10 agencies, Jan - Nov 2026",
        PEOPLE,
        AGENCIES,
        ENTRIES + routine(),
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
