# ruff: noqa
"""Case x (precision stress): hand-written events and decoys + seeded routine filler.

python3 bench/data/merging/build_x.py > bench/data/merging/case_x.json
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casegen  # noqa: E402

CSC = "Children's Social Care"
POL = "Police"
GP = "Elmfield Surgery (GP)"
HV = "0-19 Health Service"
ED = "Acute hospital"
SCH = "St Anne's Primary School"
HOU = "Housing Services"

AGENCIES = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (HV, "health", "health"),
    (ED, "health", "iso"),
    (SCH, "education", "school"),
    (HOU, "other", "police"),
]

PEOPLE = [
    ("Shannon Doyle", ["Shannon", "Ms Doyle", "SD"], "Mother", "parent"),
    ("Jason Price", ["Jason", "Mr Price", "JP"], "Father of M and R", "parent"),
    ("Kayden Doyle", ["Kayden", "KD"], "Child K", "child"),
    ("Mia Price", ["Mia"], "Child M", "child"),
    ("Ruby Price", ["Ruby"], "Child R", "child"),
    ("Linda Doyle", ["Nan Linda"], "Maternal grandmother", "family"),
    ("Grace Okafor", ["Ms Okafor"], "Social worker", "professional"),
    ("Claire Jennings", ["HV Jennings"], "Health visitor", "professional"),
    ("Helen Hartley", ["Mrs Hartley"], "DSL, St Anne's", "professional"),
    ("Anil Mehta", ["Dr Mehta"], "GP", "professional"),
    ("Sam Burrows", ["PC Burrows"], "Police officer", "professional"),
    ("Dawn Rees", ["Ms Rees"], "Housing officer", "professional"),
]

# (agency, datespec, text, people, event)
EVENTS = [
    # E01 TAF / Early Help meeting in school
    (
        SCH,
        "2024-09-05",
        "TAF mtg in school (EHA review 2). Present: Mum, DSL, HV, school nurse. Attendance K 89%, M 95%. Mia reading support in place. Mum reports stress at home, says Jason 'around less'. Next TAF 17.10.24.",
        "Shannon; Kayden; Mia; Mrs Hartley",
        "E01",
    ),
    (
        HV,
        "2024-09-05",
        "Attended Team Around the Family meeting at St Anne's Primary under the Early Help Assessment. Ruby's weight and feeding discussed. Mum tearful, reports poor sleep and arguments with partner. HV to continue enhanced (universal partnership plus) visiting.",
        "Shannon Doyle; Ruby Price; Claire Jennings",
        "E01",
    ),
    # E02 Saturday-night domestic incident, Monday notifications
    (
        POL,
        "2024-09-14 23:10",
        "DA. Call from neighbour - shouting & glass smashing at 27 Holloway Rd. Officers on scene 23:24. IP Shannon DOYLE, susp Jason PRICE left prior to police arrival. 3x children in address, asleep, seen by officers. Verbal arg + damage to front door. DASH MEDIUM. IP declines statement. PPN submitted. Op Encompass x2 (St Anne's).",
        "Shannon Doyle; Jason Price; Kayden; Mia; Ruby; PC Burrows",
        "E02",
    ),
    (
        CSC,
        "2024-09-16",
        "A Police Protection Notice was received into the MASH this morning about a domestic incident at the family home late on the night of Saturday 14 September. A neighbour reported shouting and the sound of breaking glass; Mr Price had left before officers arrived and the front door had been damaged. All three children were at home and asleep. The police assessed the risk as medium. The family are already known through the Early Help plan led by the school. Given the earlier call-outs and Ms Doyle declining to give a statement, the MASH manager has requested a strategy discussion.",
        "Shannon Doyle; Jason Price; Kayden Doyle; Mia Price; Ruby Price",
        "E02",
    ),
    (
        SCH,
        "2024-09-16 08:40",
        "Operation Encompass notification rec'd by DSL - police attended home Sat night. Class teachers of K & M told (need to know). Monitor & record.",
        "Kayden; Mia; Mrs Hartley",
        "E02",
    ),
    # E03 strategy discussion, minutes arrive six days later
    (
        CSC,
        "2024-09-18",
        "Strategy discussion held on Teams, chaired by the team manager. Attended by DC Ward (Public Protection Unit), the health visitor Claire Jennings and Mrs Hartley, designated safeguarding lead at St Anne's. Information was shared about the incident on 14 September, two earlier domestic call-outs in 2023, Ms Doyle's low mood and the bruise seen on Kayden's forearm at school on 16 September. The threshold for significant harm is met. Agreed that enquiries under section 47 of the Children Act 1989 will be undertaken by Children's Social Care as a single-agency enquiry, with all three children to be seen, Kayden and Mia alone, within two working days.",
        "Shannon Doyle; Jason Price; Kayden Doyle; Mia Price; Ruby Price; Grace Okafor",
        "E03",
    ),
    (
        POL,
        "2024-09-18",
        "Strat disc attended DC WARD (PPU). Outcome: s47 single agency CSC. Crime (crim dmg) - IP unsupportive, NFA pending any further info. Address flagged.",
        "Shannon Doyle; Jason Price",
        "E03",
    ),
    (
        SCH,
        "2024-09-18",
        "DSL attended strategy mtg (Teams). Shared bruise seen Mon + attendance. Outcome: child protection enquiry by SW, SW to see children in school.",
        "Mrs Hartley; Kayden; Mia",
        "E03",
    ),
    (
        HV,
        "2024-09-24",
        "Minutes of strategy discussion held 18-Sep-2024 received from CSC and filed in records of all three children. Outcome: s47 single agency. HV to share visit observations with allocated SW Grace Okafor.",
        "Ruby Price; Claire Jennings; Grace Okafor",
        "E03",
    ),
    # E04 Mia head injury at weekend: ED, parent phones school, 0-19 notification, GP letter 12 days on
    (
        ED,
        "2024-10-05 18:25",
        "ED attendance. Mia PRICE 6y, attended with mother. PC: fell from top bunk onto laminate floor approx 17:30, hit back of head. No LOC, vomited x1. GCS 15 throughout. Small occipital haematoma. NICE head injury: observed 4h, CT not indicated. Mechanism consistent with injury. Safeguarding screen completed, no CP-IS alert. Discharged 22:30 with head injury advice. Notifications to GP and 0-19.",
        "Mia Price; Shannon Doyle",
        "E04",
    ),
    (
        SCH,
        "2024-10-07 08:35",
        "Mum rang office - Mia went to A&E on Sat after falling off bunk bed, bumped head, sent home same night. Mia in today, quiet. Teacher to watch for headache/sickness. DSL informed.",
        "Mia; Shannon; Mrs Hartley",
        "E04",
    ),
    (
        HV,
        "2024-10-09",
        "Emergency Department attendance notification received (Northgate): Mia attended 05-Oct-2024, minor head injury after fall from bunk bed, discharged home. School nurse informed. Shared with SW Grace Okafor as s47 open.",
        "Mia Price; Grace Okafor",
        "E04",
    ),
    (
        GP,
        "2024-10-17",
        "Letter rec'd Northgate ED re 05/10/24: Mia - minor head injury, fall from bunk bed. Obs 4h, no CT. D/c with advice. Read, coded, filed. No action.",
        "Mia Price",
        "E04",
    ),
    # E05 ICPC
    (
        CSC,
        "2024-10-10",
        "Initial child protection conference chaired by the Independent Reviewing Officer. Present: Ms Doyle with her advocate, Grace Okafor (social worker), DC Ward (police), Claire Jennings (health visitor), Mrs Hartley (designated safeguarding lead) and the school nurse. Mr Price did not attend. A written report was provided by the GP. Conference concluded that Kayden, Mia and Ruby should each become the subject of a child protection plan under the category of emotional abuse, because of their repeated exposure to domestic abuse and concerns about Ms Doyle's ability to protect them. First core group within ten working days; review conference in three months.",
        "Shannon Doyle; Jason Price; Kayden Doyle; Mia Price; Ruby Price; Grace Okafor",
        "E05",
    ),
    (
        POL,
        "2024-10-10",
        "ICPC attended DC WARD. All 3 ch CP plans - cat EMOTIONAL. Police action: share any DA call-outs to address with allocated SW same/next day.",
        "Kayden; Mia; Ruby",
        "E05",
    ),
    (
        SCH,
        "2024-10-10",
        "CP conf - DSL attended. K & M on CP plans (emotional abuse). School actions: daily check-in w/ trusted adult, attendance monitoring, breakfast club place.",
        "Kayden; Mia; Mrs Hartley",
        "E05",
    ),
    (
        HV,
        "2024-10-10",
        "ICPC attended by HV. Outcome: all children subject to child protection plans, category emotional abuse. HV actions: fortnightly home visits, Ruby 9-12 month review, support Mum with low mood / GP.",
        "Ruby Price; Shannon Doyle; Claire Jennings",
        "E05",
    ),
    # E06 first core group
    (
        CSC,
        "2024-10-24",
        "First core group meeting held at St Anne's Primary School. Present: Ms Doyle, Grace Okafor, Mrs Hartley and Claire Jennings. The outline plan from conference was developed into a detailed child protection plan. Ms Doyle agreed to attend the Freedom Programme and to keep seeing her GP about her mood. Housing Services to be invited to the next core group about Ms Doyle's request for a transfer.",
        "Shannon Doyle; Kayden Doyle; Mia Price; Ruby Price; Grace Okafor",
        "E06",
    ),
    (
        SCH,
        "2024-10-24",
        "Core group @ school 15:30. Plan agreed. School: weekly check-ins K & M, breakfast club, update attendance to SW fortnightly.",
        "Kayden; Mia; Mrs Hartley; Shannon",
        "E06",
    ),
    (
        HV,
        "2024-10-24",
        "Core group meeting attended at school. CP plan reviewed in detail. HV to continue fortnightly visits; Ruby's development review to be booked.",
        "Ruby Price; Shannon Doyle; Claire Jennings",
        "E06",
    ),
    # E07 phone call school -> social worker, each end in its own words
    (
        SCH,
        "2024-11-12 11:15",
        "DSL phoned SW (G Okafor). Mia told TA at morning circle 'Daddy threw the remote at the telly and Mummy cried' on Sunday. Mia not hurt, happy in class. SW to follow up.",
        "Mia; Mrs Hartley; Grace Okafor",
        "E07",
    ),
    (
        CSC,
        "2024-11-12",
        "Telephone call received from Helen Hartley, designated safeguarding lead at St Anne's. Mia has told a teaching assistant about an argument at home at the weekend, which suggests Mr Price was at the house, contrary to Ms Doyle's written agreement. Mia was described as settled in class. I advised that I would make an unannounced visit.",
        "Mia Price; Jason Price; Helen Hartley; Grace Okafor",
        "E07",
    ),
    # E08 second core group, minutes reach 0-19 six days later
    (
        CSC,
        "2024-11-28",
        "Second core group meeting held at school. Present: Ms Doyle, Grace Okafor, Mrs Hartley; Dawn Rees (Housing Services) joined by phone and confirmed that the management transfer has been approved. The health visitor sent apologies. Progress is mixed: Ms Doyle has begun the Freedom Programme (two sessions attended), but Mia's comments of 12 November suggest that Mr Price continues to visit.",
        "Shannon Doyle; Jason Price; Mia Price; Grace Okafor; Dawn Rees",
        "E08",
    ),
    (
        SCH,
        "2024-11-28",
        "Core group 2 - DSL attended. Attendance K 91% M 94%. Mia's comment 12.11 discussed. Breakfast club uptake poor - Mum to bring K earlier.",
        "Kayden; Mia; Mrs Hartley",
        "E08",
    ),
    (
        HOU,
        "2024-11-28",
        "Attended core group by phone re 27 Holloway Rd tenancy. Explained mgmt transfer approved at panel (band A, DA). Awaiting suitable 3-bed. Advised Ms Doyle to bid weekly.",
        "Shannon Doyle; Dawn Rees",
        "E08",
    ),
    (
        HV,
        "2024-12-04",
        "Core group minutes (meeting 28-Nov-2024) received by secure email and uploaded. HV had sent apologies.",
        "Ruby Price; Claire Jennings",
        "E08",
    ),
    # E09 Saturday welfare check by police, EDT the same night, MASH on Monday
    (
        POL,
        "2024-12-07 21:40",
        "Concern for welfare. Anon caller (neighbour) - children heard crying, believed left alone. Attended 22:05. Shannon DOYLE present, stated had been at neighbour's flat '10 mins'. 3x children seen, safe & well, address warm, food in. No adult male present. NFA police. EDT informed - children on CP plans.",
        "Shannon Doyle; Kayden; Mia; Ruby",
        "E09",
    ),
    (
        CSC,
        "2024-12-07 22:30",
        "EDT: telephone call from the police control room after officers carried out a welfare check at the family home this evening. A neighbour had reported the children crying and possibly on their own. Officers found Ms Doyle at home with all three children, who were safe and well. No further action needed tonight; information to be passed to the allocated social worker on Monday.",
        "Shannon Doyle; Kayden Doyle; Mia Price; Ruby Price",
        "E09",
    ),
    (
        CSC,
        "2024-12-09",
        "Police notification received into the MASH about the welfare check at the family home on Saturday 7 December, following an anonymous report that the children had been left alone. The children were found safe with their mother. Forwarded to the allocated social worker.",
        "Shannon Doyle; Kayden Doyle; Mia Price; Ruby Price",
        "E09",
    ),
    # E10 first RCPC
    (
        CSC,
        "2025-01-09",
        "Review child protection conference. Ms Doyle attended; Mr Price did not. Progress noted: Ms Doyle has completed half of the Freedom Programme and a housing offer is expected. Continuing concern about Mr Price's contact with the household and the welfare call of 7 December. The children remain subject to child protection plans under the category of emotional abuse; next review in six months.",
        "Shannon Doyle; Jason Price; Kayden Doyle; Mia Price; Ruby Price; Grace Okafor",
        "E10",
    ),
    (
        POL,
        "2025-01-09",
        "RCPC - written rpt sent, DC WARD dialled in. 1x further incident (welfare chk 07/12/24, NFA) shared. Plans continue.",
        "Kayden; Mia; Ruby",
        "E10",
    ),
    (
        SCH,
        "2025-01-09",
        "Review conf - DSL attended. Plans continue for K & M. Next review July.",
        "Kayden; Mia; Mrs Hartley",
        "E10",
    ),
    (
        HV,
        "2025-01-09",
        "Review child protection conference attended. Children remain on CP plans. Ruby's development on track; Mum engaging well with HV visits.",
        "Ruby Price; Shannon Doyle; Claire Jennings",
        "E10",
    ),
    # E11 house move, in each agency's own words
    (
        HOU,
        "2025-01-17",
        "Tenancy sign-up completed: Flat 4 Marlow Court, Ashfield Rd. Management transfer from 27 Holloway Rd (DA). Keys issued to Ms Doyle. Advised to notify GP/school/council tax. Holloway Rd void from 20/01/25.",
        "Shannon Doyle; Dawn Rees",
        "E11",
    ),
    (
        SCH,
        "2025-01-21",
        "Mum into office - family now living at Flat 4 Marlow Ct, Ashfield Rd since last Fri. SIMS updated. Walk now approx 25 mins, lateness risk flagged to class teachers.",
        "Shannon; Kayden; Mia",
        "E11",
    ),
    (
        GP,
        "2025-01-24",
        "Change of address recorded for Ms Doyle, Kayden, Mia & Ruby: 4 Marlow Court, Ashfield Road. Within practice boundary, registration continues.",
        "Shannon Doyle; Kayden Doyle; Mia Price; Ruby Price",
        "E11",
    ),
    (
        HV,
        "A:2025-01-27:2025-01-31:w/c 27/1/25",
        "Family relocated to Marlow Court, Ashfield Road (council transfer). Caseload address updated on system; next HV contact at new address.",
        "Shannon Doyle; Ruby Price",
        "E11",
    ),
    # E12 GP referral sent Friday, logged by CSC on Tuesday
    (
        GP,
        "2025-02-14",
        "Safeguarding referral sent to CSC (secure email, FAO G Okafor) with pt consent: at tel consult today SD disclosed JP has found new address and is 'coming round most nights'; she is frightened. Advised DV helpline / 999.",
        "Shannon Doyle; Jason Price; Dr Mehta",
        "E12",
    ),
    (
        CSC,
        "2025-02-18",
        "Referral received from Dr Mehta at Elmfield Surgery, sent on Friday 14 February and picked up from the secure inbox this morning. Ms Doyle told her GP that Mr Price has found out the new address and has been coming to the flat most evenings, and that she is frightened of him. To be discussed with the team manager and raised at the next core group.",
        "Shannon Doyle; Jason Price; Anil Mehta",
        "E12",
    ),
    # E13 serious DA incident, ED that night, Monday notifications, GP discharge summary 12 days on
    (
        POL,
        "2025-02-22 01:20",
        "DA. 999 from IP Shannon DOYLE - ex-partner Jason PRICE forced entry at Flat 4 Marlow Ct, punched IP to face. Officers on scene 01:32. PRICE detained nearby, arrested s.47 OAPA (ABH) + crim dmg. 3x children in address, uninjured, seen. DASH HIGH - MARAC ref. IP conveyed to Northgate A&E by officers. Children to MGM Linda DOYLE. PPN submitted.",
        "Shannon Doyle; Jason Price; Kayden; Mia; Ruby; Linda Doyle",
        "E13",
    ),
    (
        ED,
        "2025-02-22 02:15",
        "ED attendance. Shannon DOYLE 33y, brought in by police. Assaulted by ex-partner, punched L face. Swelling L zygoma, no diplopia. XR facial bones: no fracture. Analgesia. DA disclosed - IDVA referral made; children with grandmother. Discharged 05:40.",
        "Shannon Doyle",
        "E13",
    ),
    (
        CSC,
        "2025-02-24",
        "Police Protection Notice received concerning a serious domestic abuse incident in the early hours of Saturday 22 February at the family's new flat. Mr Price forced his way in and assaulted Ms Doyle, who was taken to hospital; he was arrested at the scene. The children were present but not physically hurt and stayed with their maternal grandmother, Linda Doyle, until Sunday. Risk assessed as high and referred to MARAC.",
        "Shannon Doyle; Jason Price; Kayden Doyle; Mia Price; Ruby Price; Linda Doyle",
        "E13",
    ),
    (
        SCH,
        "2025-02-24 08:30",
        "Op Encompass - police attended home early hours Sat, DA, children present. K & M class teachers informed. Trusted adult check-in this am.",
        "Kayden; Mia; Mrs Hartley",
        "E13",
    ),
    (
        GP,
        "2025-03-06",
        "Northgate ED discharge summary (22/02/25) rec'd for SD: assault by ex-partner, soft tissue inj L face, facial XR NAD. IDVA ref made by ED. Coded DV. Filed.",
        "Shannon Doyle",
        "E13",
    ),
    # E14 Ruby self-presents next afternoon: separate attendance, its own GP letter 9 days on
    (
        ED,
        "2025-02-23 15:40",
        "ED attendance. Ruby PRICE 11m, brought by mother and grandmother. D&V 24h, fewer wet nappies. Mild dehydration, oral fluid challenge passed. Dx viral gastroenteritis. CP-IS alert noted. Discharged with advice.",
        "Ruby Price; Shannon Doyle; Linda Doyle",
        "E14",
    ),
    (
        GP,
        "2025-03-04",
        "Discharge letter Northgate ED (23/02/25): Ruby - viral gastroenteritis, mild dehydration, fluid challenge passed. No f/u required. Filed.",
        "Ruby Price",
        "E14",
    ),
    # E15 MARAC
    (
        POL,
        "2025-03-13",
        "MARAC heard - DOYLE / PRICE (high risk DA). Police actions: monitor bail conds, address marker Marlow Ct, IDVA to contact IP.",
        "Shannon Doyle; Jason Price",
        "E15",
    ),
    (
        CSC,
        "2025-03-13",
        "The team manager attended the Multi-Agency Risk Assessment Conference, where Ms Doyle's case was heard following the assault of 22 February. The child protection plans for the three children were shared. Agreed actions include target-hardening at Marlow Court, independent domestic violence adviser support, and the police monitoring Mr Price's bail conditions.",
        "Shannon Doyle; Jason Price; Kayden Doyle; Mia Price; Ruby Price",
        "E15",
    ),
    (
        HOU,
        "2025-03-13",
        "MARAC - housing rep attended. Action: sanctuary scheme referral for 4 Marlow Ct (lock change, door chain, letterbox guard).",
        "Shannon Doyle",
        "E15",
    ),
    # E16 second RCPC, step-down to CIN
    (
        CSC,
        "2025-07-03",
        "Second review child protection conference. Mr Price has been convicted and is subject to a restraining order; there have been no further incidents since February. Ms Doyle completed the Freedom Programme in May and is engaging well. Conference agreed that the children no longer need child protection plans and will be supported as children in need, with a child in need meeting within four weeks.",
        "Shannon Doyle; Jason Price; Kayden Doyle; Mia Price; Ruby Price; Grace Okafor",
        "E16",
    ),
    (
        SCH,
        "2025-07-03",
        "RCPC - DSL attended. CP plans ended for K & M -> CIN. School to attend CIN mtgs, continue check-ins into Y6/Y3.",
        "Kayden; Mia; Mrs Hartley",
        "E16",
    ),
    (
        HV,
        "2025-07-03",
        "Review CP conference attended. Plans discontinued, step-down to Child in Need. HV to continue at universal plus level.",
        "Ruby Price; Shannon Doyle; Claire Jennings",
        "E16",
    ),
]

# Hand-written decoys: same day / next day, same children, different happenings (all null)
DECOYS = [
    (
        HOU,
        "2024-09-16",
        "Emergency repair reported by tenant (phone): front door frame split, lock not securing. Tenant says door 'got kicked in'. Repair raised P1.",
        "Shannon Doyle",
        None,
    ),
    (
        SCH,
        "2024-09-16 10:50",
        "PE - class teacher noted bruise approx 3cm, yellowish, L forearm on Kayden. K said he fell off his scooter at the park 'last week'. Body map done, on CPOMS, DSL informed.",
        "Kayden; Mrs Hartley",
        None,
    ),
    (
        HV,
        "2024-09-16",
        "Planned home visit (enhanced). Ruby 6 months, weight 7.4kg, weaning started. Mum tired, home cluttered but adequate. Next visit 2 weeks.",
        "Ruby Price; Shannon Doyle; Claire Jennings",
        None,
    ),
    (
        GP,
        "2024-09-18",
        "F2F SD. Low mood 2/12, poor sleep, tearful. PHQ-9 16. No SI/SH. 3 ch, youngest 6/12. Plan: sertraline 50mg od, talking therapies self-ref info, r/v 4/52.",
        "Shannon Doyle; Dr Mehta",
        None,
    ),
    (
        CSC,
        "2024-09-20",
        "Section 47 home visit. Seen: Ms Doyle, Kayden, Mia and Ruby. Kayden and Mia were each seen alone in their bedrooms. Kayden repeated that the bruise came from falling off his scooter. Mia said 'Jason shouts when he has his cans'. Ms Doyle says the relationship is over and that Mr Price no longer has a key. Ruby was observed in her cot, clean and appropriately dressed.",
        "Shannon Doyle; Kayden Doyle; Mia Price; Ruby Price; Grace Okafor",
        None,
    ),
    (
        GP,
        "2024-09-20",
        "Kayden - asthma r/v with practice nurse. Salbutamol 3-4x/wk. Technique checked, spacer issued. Brown inhaler adherence poor. Mum attended.",
        "Kayden Doyle; Shannon",
        None,
    ),
    (
        HOU,
        "2024-10-03",
        "Ms Doyle at neighbourhood office requesting transfer, cites DA by ex-partner. Mgmt transfer form given + support letter requested from SW.",
        "Shannon Doyle; Dawn Rees",
        None,
    ),
    (
        GP,
        "2024-10-08",
        "Report for initial CP conference 10/10/24 completed (Dr Mehta) and emailed to conference admin. Apologies sent - surgery.",
        "Shannon Doyle; Kayden Doyle; Mia Price; Ruby Price; Dr Mehta",
        None,
    ),
    (
        CSC,
        "2024-10-14",
        "Child protection visit to the family home. All three children seen; Kayden and Mia spoken to together about school. Mia showed me the bunk bed she fell from and the new guard rail. Ms Doyle says she is sleeping better on her new medication.",
        "Shannon Doyle; Kayden Doyle; Mia Price; Ruby Price; Grace Okafor",
        None,
    ),
    (
        HV,
        "2024-10-14",
        "Home visit. Ruby 7 months, weight 7.7kg, sitting with support. Mum reports Mia fully recovered from head injury. Discussed safe sleep + bunk bed guard.",
        "Ruby Price; Shannon Doyle; Mia Price; Claire Jennings",
        None,
    ),
    (
        GP,
        "2024-10-21",
        "Letter from CP conference admin: ICPC 10/10/24 outcome - all 3 ch on CP plans (emotional abuse). CP alert added to Kayden, Mia & Ruby records.",
        "Kayden Doyle; Mia Price; Ruby Price",
        None,
    ),
    (
        GP,
        "2024-10-24",
        "r/v SD sertraline 4/52: mood slightly better, sleeping better. Continue. States partner 'not living here now'.",
        "Shannon Doyle; Dr Mehta",
        None,
    ),
    (
        CSC,
        "2024-11-13",
        "Unannounced home visit following the information from school. Ms Doyle first said Mr Price had not been at the house, then accepted that he had called round on Sunday 'to see the girls' and that they had argued. I reminded her of the written agreement and the plan.",
        "Shannon Doyle; Jason Price; Mia Price; Grace Okafor",
        None,
    ),
    (
        SCH,
        "2024-11-13",
        "Weekly check-in Mia w/ trusted adult - happy, talked about her birthday party. No concerns.",
        "Mia",
        None,
    ),
    (
        HOU,
        "2024-11-14",
        "Mgmt transfer approved at panel: band A (DA). Ms Doyle informed by phone.",
        "Shannon Doyle; Dawn Rees",
        None,
    ),
    (
        SCH,
        "2024-12-09 09:20",
        "Kayden late 09:20, said no breakfast. Given toast at breakfast club. Tired, head on desk in lesson 1.",
        "Kayden; Mrs Hartley",
        None,
    ),
    (
        HV,
        "2024-12-09",
        "Home visit. Ruby 9 months: ASQ-3 all domains within range. Mum says weekend was 'fine'. Home warm, adequate food.",
        "Ruby Price; Shannon Doyle; Claire Jennings",
        None,
    ),
    (
        HOU,
        "2025-01-08",
        "Offer: Flat 4 Marlow Court (3 bed, 1st floor). Viewed with Ms Doyle - accepted. Sign-up to be arranged.",
        "Shannon Doyle; Dawn Rees",
        None,
    ),
    (
        CSC,
        "2025-01-22",
        "Home visit to the family's new flat at Marlow Court. The flat is sparsely furnished and Ms Doyle has applied for a furniture grant. Each child has a bed. Ms Doyle believes Mr Price does not know the new address. Kayden is worried about the longer walk to school.",
        "Shannon Doyle; Jason Price; Kayden Doyle; Mia Price; Ruby Price; Grace Okafor",
        None,
    ),
    (
        SCH,
        "2025-01-22",
        "Weekly check-in Kayden - settling at new flat, likes having own room. Late x2 this week.",
        "Kayden",
        None,
    ),
    (
        CSC,
        "2025-01-30",
        "Core group meeting held at school (third). Ms Doyle has moved to Marlow Court; lateness has increased. Plan updated: school to offer a walking-bus place.",
        "Shannon Doyle; Kayden Doyle; Mia Price; Grace Okafor",
        None,
    ),
    (
        HV,
        "2025-01-30",
        "Telephone contact with Mum to rebook missed HV visit (Mum at core group at school). New date 04-Feb.",
        "Shannon Doyle; Ruby Price",
        None,
    ),
    (
        GP,
        "2025-02-14",
        "Tel consult SD - r/v mood. Sertraline continued 100mg. Frightened re ex-partner (see safeguarding entry). r/v 2/52.",
        "Shannon Doyle; Dr Mehta",
        None,
    ),
    (
        POL,
        "2025-02-24",
        "PRICE charged ABH & crim dmg. Court 24/02 - bailed, conds: no contact IP, not to enter Ashfield Rd.",
        "Jason Price; Shannon Doyle",
        None,
    ),
    (
        HV,
        "2025-02-24",
        "Telephone contact with Mum following police notification. Facial bruising settling. Children unsettled. Ruby had D&V over weekend and was seen at A&E Sunday - now feeding well. Visit booked.",
        "Shannon Doyle; Ruby Price; Claire Jennings",
        None,
    ),
    (
        CSC,
        "2025-02-25",
        "Management oversight: the incident of 22 February was considered. A new strategy discussion is not required as the children are already on child protection plans; the risk will be reviewed at MARAC and at the next core group. Social worker to visit this week.",
        "Shannon Doyle; Jason Price; Kayden Doyle; Mia Price; Ruby Price",
        None,
    ),
    (
        SCH,
        "2025-02-25",
        "Weekly check-in Mia - said 'Daddy was shouting and the police came'. Listened, reassured. Logged, DSL aware (SW already informed by police).",
        "Mia; Mrs Hartley",
        None,
    ),
    (
        GP,
        "2025-03-13",
        "Practice nurse: Ruby 1 yr immunisations (Hib/MenC, MMR, PCV, MenB booster) given L & R thigh. Mum attended. No reaction.",
        "Ruby Price; Shannon",
        None,
    ),
    (
        HOU,
        "2025-03-20",
        "Sanctuary scheme works completed at 4 Marlow Ct - lock change, door chain, letterbox guard fitted.",
        "Shannon Doyle",
        None,
    ),
    (
        CSC,
        "2025-03-27",
        "Core group meeting (fourth). Mr Price is on bail with conditions not to contact Ms Doyle; no breaches reported. Ms Doyle has met the IDVA twice.",
        "Shannon Doyle; Jason Price; Grace Okafor",
        None,
    ),
    (
        POL,
        "2025-04-12 14:10",
        "Report by IP DOYLE - PRICE sent 14 texts and waited outside Marlow Ct. Breach of bail conds. PRICE arrested 16:30, remanded for court.",
        "Shannon Doyle; Jason Price",
        None,
    ),
    (
        ED,
        "2025-05-10 19:05",
        "ED attendance. Kayden DOYLE 10y, with mother. Acute asthma, moderate, SpO2 93%. Salbutamol nebs x3, pred. Improved, discharged 23:50 with asthma plan.",
        "Kayden Doyle; Shannon Doyle",
        None,
    ),
    (
        GP,
        "2025-05-12",
        "Kayden - asthma r/v post exacerbation (ED at w/e). Chest clear. Preventer restarted, adherence discussed. Personal asthma plan updated.",
        "Kayden Doyle; Shannon",
        None,
    ),
    (
        SCH,
        "2025-05-12",
        "Mum rang - Kayden off today, 'chesty'. Authorised absence.",
        "Kayden; Shannon",
        None,
    ),
    (
        CSC,
        "M:2025-05",
        "Ms Doyle completed the Freedom Programme during May 2025 (certificate seen at a later visit).",
        "Shannon Doyle",
        None,
    ),
    (
        CSC,
        "2025-06-05",
        "Core group meeting (fifth). Mr Price sentenced; restraining order in place. Progress good; the core group will recommend step-down at the July review conference.",
        "Shannon Doyle; Jason Price; Grace Okafor",
        None,
    ),
    (
        SCH,
        "2025-06-05",
        "Weekly check-in Kayden - worried about SATs results, otherwise happy. No concerns.",
        "Kayden",
        None,
    ),
    (
        CSC,
        "2025-07-17",
        "First child in need meeting held at the family home. CIN plan agreed with Ms Doyle; to be reviewed in three months.",
        "Shannon Doyle; Kayden Doyle; Mia Price; Ruby Price; Grace Okafor",
        None,
    ),
    (
        SCH,
        "2025-07-17",
        "End of year reports sent home. Mia Y2 expected in reading, working towards in maths.",
        "Mia",
        None,
    ),
    (
        HV,
        "A:2025-07-14:2025-07-25:mid-July 2025 (approx.)",
        "Ruby 15-16 month review: walking, 6 words. Weight 10.1kg. No concerns.",
        "Ruby Price; Shannon Doyle",
        None,
    ),
    (
        SCH,
        "M:2024-11",
        "Attendance November: Kayden 90%, Mia 94%. Letter home re lateness (Kayden).",
        "Kayden; Mia",
        None,
    ),
]

# Routine single-agency filler from hand-written pools (all null)
POOLS = {
    CSC: [
        (
            "Child protection visit to the family home. All three children seen; home conditions adequate. Ms Doyle engaged and open.",
            "Shannon Doyle; Kayden Doyle; Mia Price; Ruby Price",
        ),
        (
            "Child protection visit. Kayden seen alone at school; he says things are 'calmer' at home and he likes his teacher.",
            "Kayden Doyle",
        ),
        (
            "Child protection visit. Mia seen alone and completed 'three houses' work; her worries house was about Mr Price shouting.",
            "Mia Price; Jason Price",
        ),
        (
            "Supervision with team manager. Plan reviewed; visiting frequency maintained at every ten working days.",
            "",
        ),
        (
            "Telephone call to Ms Doyle to arrange the next visit; no answer, voicemail left.",
            "Shannon Doyle",
        ),
        (
            "Case recording updated following visit; direct work with Kayden about feelings added to file.",
            "Kayden Doyle",
        ),
        (
            "Child protection visit. Ruby seen awake in her highchair; Ms Doyle says the health visitor comes fortnightly.",
            "Ruby Price; Shannon Doyle",
        ),
        (
            "Letter to Ms Doyle confirming the date of the next visit and enclosing the leaflet about the Freedom Programme.",
            "Shannon Doyle",
        ),
    ],
    POL: [
        ("Address marker reviewed (DA history). Remains in place.", ""),
        ("PNC / intel update re Jason PRICE - no new info.", "Jason Price"),
        ("Call to IP Shannon DOYLE re DASH follow-up - no answer.", "Shannon Doyle"),
    ],
    GP: [
        ("Repeat Rx issued: sertraline 28/7.", "Shannon Doyle"),
        ("Mia - L ear pain 2/7, OE: red TM, afebrile. Analgesia, safety-net.", "Mia Price"),
        (
            "Ruby - coryzal, cough 3/7. Chest clear, well-hydrated. Viral URTI, advice.",
            "Ruby Price",
        ),
        ("Repeat Rx: salbutamol inhaler, clenil for Kayden.", "Kayden Doyle"),
        ("SD - DNA appt r/v mood. Text reminder sent.", "Shannon Doyle"),
        ("Mia - threadworm, mebendazole for household.", "Mia Price"),
        ("SD tel r/v: mood stable, continue sertraline.", "Shannon Doyle"),
    ],
    HV: [
        (
            "Home visit. Ruby weighed, following her centile. Mum reports feeding well. Home adequate. Next visit 2 weeks.",
            "Ruby Price; Shannon Doyle",
        ),
        (
            "Home visit (enhanced). Ruby alert and interactive. Mum mood 'up and down'. Next visit 2 weeks.",
            "Ruby Price; Shannon Doyle",
        ),
        (
            "Planned HV contact. Ruby seen, no concerns with care. Discussed routines and sleep.",
            "Ruby Price; Shannon Doyle",
        ),
        ("Home visit - no reply. Card left, rebooked.", "Shannon Doyle"),
        (
            "!School nurse health check Mia in school - height/weight, sight screen. No concerns.",
            "Mia Price",
        ),
        ("Telephone contact with Mum to confirm next home visit.", "Shannon Doyle"),
        (
            "Home visit. Ruby babbling and reaching for toys per Mum. Safety equipment discussed (stairgate).",
            "Ruby Price; Shannon Doyle",
        ),
    ],
    SCH: [
        ("Weekly check-in Mia w/ trusted adult - happy, no concerns.", "Mia"),
        ("Weekly check-in Kayden - chatty, talked about football. No concerns.", "Kayden"),
        ("Kayden late 1{n} mins, no reason given.", "Kayden"),
        (
            "!Mia's reading book not returned {n} times this half-term - reminder to Mum.",
            "Mia; Shannon",
        ),
        ("Attendance update emailed to SW/TAF lead.", "Kayden; Mia"),
        (
            "Welfare check-in Kayden - tired, says he stayed up gaming. Spoke to Mum at pick-up.",
            "Kayden; Shannon",
        ),
        ("!Mia - nit letter sent home.", "Mia"),
        ("!Parents' evening - Mum attended for both children.", "Shannon; Kayden; Mia"),
    ],
    HOU: [
        ("Rent account check - arrears £{n}0. Reminder letter sent.", "Shannon Doyle"),
        ("!Routine repair: kitchen tap leak. Job raised.", "Shannon Doyle"),
    ],
}

SCHOOL_CLOSED = [
    ("2024-10-28", "2024-11-01"),
    ("2024-12-20", "2025-01-05"),
    ("2025-02-17", "2025-02-21"),
    ("2025-04-07", "2025-04-21"),
    ("2025-05-26", "2025-05-30"),
    ("2025-07-23", "2025-08-31"),
]


def main():
    entries = list(EVENTS) + list(DECOYS)
    entries += casegen.filler(
        2405,
        POOLS,
        "2024-09-02",
        "2025-07-25",
        37,
        windows={
            HOU: ("2024-09-02", "2025-06-30"),
            CSC: ("2024-10-11", "2025-07-25"),
            POL: ("2024-09-15", "2025-07-25"),
            GP: ("2024-09-19", "2025-07-25"),
        },
        closed={SCH: SCHOOL_CLOSED},
    )
    doc = casegen.build(
        "x",
        "Domestic abuse, three children on CP plans stepped down to CIN; 7 agencies, Sep 2024 - Jul 2025; "
        "busy weeks with many same-day look-alike contacts (precision stress)",
        PEOPLE,
        AGENCIES,
        entries,
        os.devnull,
    )
    json.dump(doc, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
