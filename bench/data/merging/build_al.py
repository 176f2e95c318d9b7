# ruff: noqa
"""Writing aid for case_al (fictional; written blind, see case_al_README.md).

    python3 bench/data/merging/build_al.py      # writes bench/data/merging/case_al.json

TUNING case. An asylum-seeking family in a contingency hotel (Riverside Park Hotel, rooms
instead of addresses): Amna (4) scalded by a kettle in room 214; her half-brother Yousif (16)
arrived separately and is age-disputed; mother Hawa has untreated PTSD; father Mohammed is
detained at a reporting event and released on bail three weeks later. Eight agencies,
Feb - Sep 2026. Names are spelt differently by different agencies; interpreters are used
(and sometimes not). Every entry is written by hand (no random filler): deterministic.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import casegen  # noqa: E402

# extra date styles for this case only (casegen.py itself is not changed)
casegen.STYLES.setdefault("al_hotel", "%d.%m.%Y")  # 20.06.2026
casegen.STYLES.setdefault("al_sec", "%d %b %Y")  # 05 May 2026
casegen.STYLES.setdefault("al_cha", "%a %d %b %y")  # Tue 24 Mar 26

HOT = "Riverside Park Hotel (Home Office accommodation provider)"
CSC = "Children's Social Care"
POL = "Police"
HOS = "Northgate Hospital (ED and regional burns unit)"
HLT = "Community health (GP and health visiting)"
PRI = "St Aidan's Primary School"
SEC = "Castlegate Academy"
CHA = "Harbour Refugee Welcome"

AGENCIES = [
    (HOT, "other", "al_hotel"),
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (HOS, "health", "health"),
    (HLT, "health", "gp"),
    (PRI, "education", "school"),
    (SEC, "education", "al_sec"),
    (CHA, "other", "al_cha"),
]

PEOPLE = [
    (
        "Amna Mohammed Osman",
        ["Amna", "Amna Osman", "Amnah Mohamed", "Amna Abdelrahman", "OSMAN, Amna"],
        "Child A (4)",
        "child",
    ),
    (
        "Ibrahim Mohammed Osman",
        ["Ibrahim", "Ibraheem Osman", "Ibrahim Osman"],
        "Child I (8)",
        "child",
    ),
    (
        "Yousif Adam Bakhit",
        ["Yousif", "Yusuf Bakhit", "Youssef Adam", "Yousif Adam", "BAKHIT, Yusuf", "YB"],
        "Young person Y (16, half-brother, age disputed)",
        "child",
    ),
    (
        "Hawa Adam Ibrahim",
        [
            "Hawa",
            "Hawa Ibrahim",
            "Howa Adam",
            "Hawa Adam",
            "Mrs Osman",
            "Mrs Ibrahim",
            "IBRAHIM, Hawa",
            "Mum",
        ],
        "Mother",
        "parent",
    ),
    (
        "Mohammed Abdelrahman Osman",
        [
            "Mohammed",
            "Mohamed Osman",
            "Mohammed Osman",
            "Mr Osman",
            "OSMAN, Mohamed",
            "Mr Abdelrahman",
            "Dad",
        ],
        "Father of Amna and Ibrahim",
        "parent",
    ),
    ("Gary Thorne", ["Mr Thorne", "GM Thorne"], "Hotel general manager", "professional"),
    ("Priya Nair", ["Priya", "NDM Nair"], "Hotel night duty manager", "professional"),
    (
        "Dean Whitlock",
        ["HO Whitlock", "Dean"],
        "Housing officer (accommodation provider)",
        "professional",
    ),
    ("Claire Dunmore", ["SW Dunmore"], "MASH social worker", "professional"),
    (
        "Joseph Akande",
        ["SW Akande", "Joe Akande", "Joe"],
        "Assessment team social worker",
        "professional",
    ),
    ("Ruth Calloway", ["SW Calloway", "Ruth"], "UASC team social worker", "professional"),
    ("Marcus Bell", ["TM Bell"], "Team manager", "professional"),
    ("Ellie Shaw", ["DC Shaw"], "Detective constable (CAIT)", "professional"),
    ("Tom Riley", ["PC Riley"], "Police constable", "professional"),
    ("Kirsty Lowe", ["Dr Lowe"], "ED registrar", "professional"),
    ("Femi Adebayo", ["Mr Adebayo"], "Consultant burns and plastic surgeon", "professional"),
    ("Janet Frew", ["Janet", "SN Frew"], "Paediatric safeguarding nurse", "professional"),
    ("Sarah Mistry", ["Dr Mistry"], "GP", "professional"),
    ("Beth Corrigan", ["HV Corrigan", "Beth"], "Health visitor", "professional"),
    ("Anne Hollis", ["Mrs Hollis"], "Primary headteacher and DSL", "professional"),
    ("Paula Grant", ["Mrs Grant"], "Primary school admissions and office manager", "professional"),
    ("Chidi Okafor", ["Mr Okafor"], "Secondary school DSL", "professional"),
    ("Lena Brandt", ["Lena"], "Charity caseworker", "professional"),
    ("Samir Haddad", ["Samir"], "Charity volunteer (Arabic speaker)", "professional"),
]

# (agency, date, text, people, event)
ENTRIES = [
    # ---------------- background ----------------
    (
        CHA,
        "A:2025-10-01:2025-11-30:autumn 2025 (approx.)",
        "Family told us they came over from France in a lorry in the autumn, claimed asylum at Croydon, then a few weeks in initial accommodation up north before the hotel here. Hawa's older boy stayed behind in Libya - she has no news of him.",
        "Hawa; Mohammed",
        None,
    ),
    (
        HLT,
        "M:2026-01",
        "GP2GP not avail. New pt registration forms rec'd via hotel for family of 4 (Sudanese, Arabic speakers). Temp reg - NHS nos requested. No previous records.",
        "Hawa Adam Ibrahim; Mohammed Abdelrahman Osman; Amna Mohammed Osman; Ibrahim Mohammed Osman",
        None,
    ),
    (
        HOT,
        "2026-02-02",
        "Arrival: family of four allocated Room 214 (second floor, two double beds). Lead applicant OSMAN Mohamed, spouse IBRAHIM Hawa, children aged 8 and 4. House rules issued in Arabic: no cooking appliances, kettles or heaters in rooms; meals served in restaurant 07:00-09:00, 12:00-13:30, 17:30-19:00.",
        "OSMAN, Mohamed; IBRAHIM, Hawa; Amna; Ibrahim",
        None,
    ),
    # ---------------- February ----------------
    # E01 NHS pop-up clinic at the hotel
    (
        HOT,
        "2026-02-10",
        "NHS outreach team used Conference Room B 10:00-15:00 for new-arrival health checks. Residents of Rooms 108, 122, 205, 214 and 231 attended. Room cleared and returned by 15:20.",
        "Mr Osman; Mrs Ibrahim",
        "E01",
    ),
    (
        HLT,
        "2026-02-10 11:30",
        "Outreach clinic at Riverside Park Hotel (HV Corrigan + PN). Telephone interpreter (Arabic, Sudanese dialect). Hawa Adam 31y: poor sleep, 'sees the boat at night', flashbacks, startle - likely PTSD, declined referral today, wants to 'rest first'. Amnah Mohamed 4y: wt 14.2kg (9th-25th), imms status unknown - catch-up to be planned. Ibraheem Osman 8y: well, no school place. Mohamed Osman: back pain, advised. HV to follow up Amna.",
        "Hawa Adam; Amnah Mohamed; Ibraheem Osman; Mohamed Osman; HV Corrigan",
        "E01",
    ),
    (
        CHA,
        "2026-02-13",
        "Friday drop-in. New family from Riverside Park - Mohammed, Hawa and the two kids. Samir chatted in Arabic. Gave winter coats, shoes for Ibrahim, buggy for Amna. Hawa very quiet, Mohammed did the talking. Said the food makes the kids ill.",
        "Mohammed; Hawa; Ibrahim; Amna; Samir",
        None,
    ),
    # E02 school application (completed at charity, logged at admissions 9 days later)
    (
        CHA,
        "2026-02-17",
        "Lena helped Hawa and Mohammed fill in the in-year school application for both kids (St Aidan's first choice - it's the nearest walk from the hotel). Used the hotel room number as address as they have nothing else. Posted it for them.",
        "Lena; Hawa; Mohammed; Ibrahim; Amna",
        "E02",
    ),
    (
        HLT,
        "2026-02-24 10:00",
        "HV home visit (Rm 214 Riverside Park Hotel). Tel interpreter. Amna wt 14.3kg. One room for family of 4, no play space, cot not needed. Kettle and rice cooker seen on windowsill - mum says hotel food not suitable for children. Advised re hot drinks/ kettle safety, cord out of reach. Imms: no records - catch-up plan to GP.",
        "Amna; Hawa; HV Corrigan",
        None,
    ),
    (
        HOT,
        "2026-02-23",
        "Monthly room inspection, Room 214. Prohibited items found: electric kettle, rice cooker. Residents reminded of house rules via Language Line. Items not removed - residents stated needed for children's food. Logged for housing officer.",
        "Mr Osman; Mrs Ibrahim",
        None,
    ),
    (
        PRI,
        "2026-02-26",
        "Admissions: in-year application form received by post for Ibrahim Osman (Y3) and Amna Osman (Reception). Address given as 'Room 214, Riverside Park Hotel'. Forwarded to LA in-year team. Mrs Grant.",
        "Ibrahim Osman; Amna Osman; Mrs Grant",
        "E02",
    ),
    # ---------------- March ----------------
    (
        HLT,
        "2026-03-03 10:15",
        "HV visit Rm 214 (Beth). Language Line 40218. Amna well, playing with pens on bed. Mum tearful, poor sleep, 'thinking too much'. Kettle still in room, on floor by bed this time - advised again. Discussed GP for mum's mood. Next contact 4/52.",
        "Amna; Hawa; Beth",
        None,
    ),
    # E03 Ibrahim admission meeting
    (
        PRI,
        "2026-03-09",
        "Admission meeting for Ibrahim (starting Y3 tomorrow). Dad and Mum attended with a lady from Harbour who translated. Ibrahim shy but smiled when shown the football. Uniform from the swap shop given. Dad asked about a place for Amna - Reception place offered from 20 April. Free school meals form done. Mrs Hollis.",
        "Ibrahim; Dad; Mrs Osman; Mrs Hollis",
        "E03",
    ),
    (
        CHA,
        "2026-03-09",
        "Samir went with the family to St Aidan's for Ibrahim's starting meeting and interpreted. Head was lovely. Ibrahim starts tomorrow, Amna after Easter. Mohammed asked us again about a solicitor.",
        "Samir; Ibrahim; Amna; Mohammed",
        "E03",
    ),
    (
        PRI,
        "2026-03-16",
        "Ibrahim's first week: settling. Very little English, copying others. Falls asleep after lunch - says the room is noisy at night (hotel). Keep an eye.",
        "Ibrahim",
        None,
    ),
    (
        HOS,
        "2026-03-14 19:40",
        "ED paeds. Ibrahim Osman 8y. Wheeze + cough 2/7, no known asthma. Sats 93% on arrival -> 97% post salbutamol x3 nebs. Dx viral-induced wheeze. Interpreter via phone. D/c with inhaler + spacer, GP r/v 48h.",
        "Ibrahim Osman",
        None,
    ),
    (
        HLT,
        "2026-03-18",
        "GP r/v Ibrahim (Dr Mistry) post ED. Chest clear. Inhaler technique checked with dad (dad interpreted himself - declined interpreter). Asthma plan given.",
        "Ibrahim; Dad; Dr Mistry",
        None,
    ),
    # E04 Yousif arrives at the hotel late at night; police called
    (
        POL,
        "2026-03-19 23:40",
        "CAD 2611. RIVERSIDE PARK HOTEL. SECURITY REPORT MALE IN RECEPTION REFUSING TO LEAVE, DISTRESSED, ASKING FOR MOTHER. PC RILEY ATT 23:58. MALE GIVES NAME BAKHIT YUSUF, STATES 16YRS, ARR UK 11/03 SMALL BOAT, HO HAVE HIM AS 23YRS DOB 01/01/2003 AT KINGSWAY LODGE. MOTHER IBRAHIM HAWA ROOM 214 CONFIRMS SON. NO OFFENCES. MALE CONVEYED BACK TO KINGSWAY LODGE. AGE DISPUTE - CHILD CONCERN TO BE SUBMITTED.",
        "BAKHIT, Yusuf; IBRAHIM, Hawa; PC Riley",
        "E04",
    ),
    (
        HOT,
        "2026-03-20 08:15",
        "Incident report (night of 19.03.2026, NDM P. Nair): at approx. 23:15 a non-resident male attempted to access the second floor stating he was the son of the resident of Room 214. Not on occupancy list. Security asked him to leave; he became distressed and police were called. Police attended and removed him. Resident of Room 214 upset. Visitor policy reminder issued to Room 214.",
        "Priya Nair; Mrs Ibrahim",
        "E04",
    ),
    (
        CHA,
        "2026-03-20",
        "Friday drop-in. A lad called Yousif came in asking for Lena - says he is Hawa's son, 16, only got here last week, Home Office put him in the men's hotel (Kingsway Lodge) and wrote down he is 23. Very thin, cough. Police took him back there last night when he went to find his mum. Gave him food, phone top-up, clothes. Need to refer to children's services.",
        "Yousif; Hawa; Lena",
        None,
    ),
    # E05 charity referral re Yousif (sent Tue, received Thu)
    (
        CHA,
        "2026-03-24",
        "Lena sent the referral to the council children's services front door about Yousif - age-disputed 16 y/o in adult hotel, sharing a room with two grown men, says he was beaten in Libya. Asked for an age assessment and a placement. Copied his birth certificate photo (in Arabic).",
        "Lena; Yousif",
        "E05",
    ),
    (
        CSC,
        "2026-03-26",
        "MASH contact received from Harbour Refugee Welcome (caseworker Lena Brandt) regarding Yousif Adam, who states his date of birth is 14 February 2010 (16 years). The Home Office has treated him as an adult following a visual assessment on arrival and placed him in adult contingency accommodation (Kingsway Lodge). Police child concern also received (incident at Riverside Park Hotel, 19 March). Mother and half-siblings known to be at Riverside Park Hotel, Room 214. Decision: meets threshold for a Children Act 1989 assessment; transfer to the UASC team to complete a Merton-compliant age assessment and to consider accommodation under section 20 pending outcome. SW Dunmore / TM Bell.",
        "Yousif Adam; Lena Brandt; SW Dunmore; TM Bell",
        "E05",
    ),
    (
        HLT,
        "2026-03-27",
        "Yusuf Bakhit - temp reg. Stated age 16 (HO DOB 2003 - disputed). Cough 3/52, wt loss. TB screen requested (CXR + IGRA). Scars back - says beaten in Libya. Interpreter (Arabic, phone).",
        "Yusuf Bakhit",
        None,
    ),
    (
        CSC,
        "2026-03-30",
        "UASC team: case allocated to Ruth Calloway. Home Office asylum team informed that the local authority disputes the Home Office age decision and will complete its own assessment. Emergency placement at Elmfield supported lodgings from 31 March agreed under section 20 pending assessment.",
        "Yousif Adam; Ruth Calloway",
        None,
    ),
    # ---------------- April ----------------
    # E06 age assessment session 1
    (
        CSC,
        "2026-04-02",
        "Age assessment session 1 at Elmfield (Ruth Calloway and second assessor Joe Akande), Arabic interpreter in person. Appropriate adult: Lena Brandt (Harbour). Yousif described his journey: left Darfur 2022, Libya 2 years, France 3 months. Account of schooling and family consistent with claimed age; physical appearance alone not relied on. Yousif tired and tearful at points; breaks taken. Session 2 set for 9 April.",
        "Yousif Adam; Ruth Calloway; Joe Akande; Lena Brandt",
        "E06",
    ),
    (
        CHA,
        "2026-04-02",
        "I sat in with Yousif for his first age assessment interview with Ruth and a second social worker. Nearly 3 hours. He cried when they asked about Libya. Interpreter was good this time (Sudanese). Took him for chips after.",
        "Yousif; Ruth; Lena",
        "E06",
    ),
    (
        CSC,
        "2026-04-09",
        "Age assessment session 2 (Ruth Calloway / Joe Akande), interpreter in person. Photo of birth certificate discussed; Yousif explained mother's name as 'Hawa Adam' - same person as Hawa Ibrahim at Riverside Park. Assessors to speak to mother separately.",
        "Yousif Adam; Ruth Calloway; Joe Akande; Hawa Adam",
        None,
    ),
    (
        CHA,
        "2026-04-09",
        "Yousif came to Thursday English class for the first time, sat with the other young lads. Said the social workers asked him loads more questions this morning.",
        "Yousif",
        None,
    ),
    (
        HLT,
        "2026-04-07",
        "Yusuf Bakhit: CXR NAD, IGRA negative. Cough resolved. Letter to UASC SW.",
        "Yusuf Bakhit; Ruth Calloway",
        None,
    ),
    # E07 father detained at reporting centre
    (
        CHA,
        "2026-04-14",
        "Hawa rang the helpline crying - Mohammed went to sign at the reporting centre this morning and didn't come home, they've detained him. She has no money, the card is in his name. Samir calling her back in Arabic. Chased legal rep for a bail application.",
        "Hawa; Mohammed; Samir",
        "E07",
    ),
    (
        HOT,
        "2026-04-15",
        "Notification from Home Office (via housing officer D. Whitlock): lead applicant of Room 214, OSMAN Mohamed, detained on 14.04.2026 at reporting. Occupancy updated to 3 (spouse + 2 children). Meal card transferred to spouse. Welfare check requested.",
        "OSMAN, Mohamed; HO Whitlock; Mrs Ibrahim",
        "E07",
    ),
    (
        PRI,
        "2026-04-15",
        "Ibrahim very upset in class, told TA (through Google Translate) 'police take my baba yesterday'. Sat with Mrs Hollis. Mum collected - she looked exhausted and did not want to talk; Arabic-speaking parent helper said Dad is held by the Home Office. Logged on CPOMS for DSL awareness.",
        "Ibrahim; Mrs Hollis; Mum; Dad",
        "E07",
    ),
    (
        HOT,
        "2026-04-16",
        "Welfare check Room 214 (HO Whitlock) following change of occupancy. Spouse present with youngest child. Spouse says she is 'OK'. Language Line not connected (signal); youngest child's brother interpreted on return from school. Kettle in room noted again.",
        "HO Whitlock; Mrs Ibrahim; Amna; Ibrahim",
        None,
    ),
    (
        PRI,
        "2026-04-20",
        "Amna started in Reception (Robins). Mum brought her, stayed 20 mins. Amna clung to Mum then settled with the sand tray. Named on register as Amna Osman (as on application).",
        "Amna Osman; Mum",
        None,
    ),
    # E08 GP appointment re PTSD (charity accompanied)
    (
        HLT,
        "2026-04-21 09:20",
        "Dr Mistry. Hawa Ibrahim. F2F w/ tel interpreter, accompanied by charity worker. Nightmares nightly, flashbacks of Libya/sea crossing, hypervigilance, low mood since husband detained 14/4. No SI, protective: children. PCL-5 52 - PTSD. Also ?depression. Referred to refugee trauma service (waiting list ~6m). Sertraline 50mg discussed - declined for now. Sleep hygiene. R/v 4/52.",
        "Hawa Ibrahim; Dr Mistry",
        "E08",
    ),
    (
        CHA,
        "2026-04-21",
        "Went with Hawa to the GP. Dr Mistry was kind, took time, Hawa finally talked about the nightmares. She's been put on the list for the trauma counselling but it's months. Didn't want tablets - scared she won't wake up if the kids need her.",
        "Lena; Hawa; Dr Mistry",
        "E08",
    ),
    (
        HOT,
        "2026-04-21",
        "Room 214 - maintenance: bathroom extractor fan replaced. No access issues.",
        "",
        None,
    ),
    (
        CHA,
        "2026-04-28",
        "Hardship: gave Hawa £40 in supermarket vouchers and nappies (she's on reduced allowance while Mohammed is detained). Amna with her, poorly with a cold.",
        "Hawa; Amna",
        None,
    ),
    # ---------------- May ----------------
    # E09 Yousif admission meeting at secondary
    (
        CSC,
        "2026-05-05",
        "Accompanied Yousif to Castlegate Academy for admission meeting with DSL Mr Okafor and EAL lead. Interim position shared: local authority treating him as a child (DOB 14/02/2010) pending age assessment outcome. Placed in Year 11 with EAL support. Start 11 May.",
        "Yousif Adam; Ruth Calloway; Mr Okafor",
        "E09",
    ),
    (
        SEC,
        "2026-05-05",
        "New admission - Youssef Adam (Y11 in-year). Meeting with UASC social worker (Ruth). Student states DOB 14/02/2010; age currently being assessed by LA so HO record says 2003 - admit as per LA. Arabic only, some French. EAL baseline booked. Safeguarding file opened - DSL CO.",
        "Youssef Adam; Ruth; Mr Okafor",
        "E09",
    ),
    # E10 father released
    (
        HOT,
        "2026-05-07",
        "OSMAN Mohamed returned to Room 214 at 16:40 following release from immigration detention (immigration bail - HO notification to follow). Keycard and meal card reissued. Occupancy back to 4.",
        "OSMAN, Mohamed",
        "E10",
    ),
    (
        CHA,
        "2026-05-07",
        "MOHAMMED IS OUT!! Bail granted at the tribunal this morning, he got the train back and came straight to the drop-in with Hawa and the kids. Lost weight. Ibrahim wouldn't let go of him.",
        "Mohammed; Hawa; Ibrahim; Amna",
        "E10",
    ),
    (
        PRI,
        "2026-05-11",
        "Ibrahim much happier today - says 'Baba home'. Class teacher reports best day since starting.",
        "Ibrahim",
        None,
    ),
    (
        SEC,
        "2026-05-18",
        "Youssef first week: attendance 100%. Quiet, polite, keen in maths. Lunch: eats double - referred for FSM (confirmed).",
        "Youssef Adam",
        None,
    ),
    (
        HLT,
        "2026-05-19 11:00",
        "Dr Mistry r/v Hawa. Husband home. Sleep slightly better. PTSD sx persist, still on trauma service waiting list. No SI.",
        "Hawa Ibrahim; Dr Mistry",
        None,
    ),
    (
        HLT,
        "2026-05-26 10:30",
        "HV visit Rm 214 (Beth). Lang Line. Amna - imms catch-up 1st dose given at GP 12/5. Dad present. Room very cramped; kettle + hotplate in use on floor - re-advised, dad says hotel food gives children diarrhoea. HV to write to hotel re family's food.",
        "Amna; Dad; Beth",
        None,
    ),
    (
        HOT,
        "2026-05-29",
        "Letter received from NHS health visitor regarding dietary needs of children in Room 214. Forwarded to catering manager; culturally appropriate option to be added to evening menu.",
        "",
        None,
    ),
    (
        CSC,
        "2026-05-27",
        "UASC visit to Yousif at Elmfield. Settling; attends Castlegate daily. Visits his mother at Riverside Park at weekends (hotel visitor rules permit daytime only). Mother interviewed for the age assessment on 20 May with interpreter - gave DOB consistent with his.",
        "Yousif Adam; Hawa Adam",
        None,
    ),
    # ---------------- June ----------------
    (
        HOT,
        "2026-06-08",
        "Monthly room inspection, Room 214. Kettle and two-ring hotplate present. Written warning (Arabic) issued: prohibited appliances are a fire and scald risk and must be removed within 7 days.",
        "Mr Osman; Mrs Ibrahim",
        None,
    ),
    (
        PRI,
        "2026-06-12",
        "Amna - attendance 91%. Speech emerging in English ('toilet', 'more'). Happy at play. Mum collects.",
        "Amna",
        None,
    ),
    (
        CHA,
        "2026-06-17",
        "Women's group - Hawa came for the first time, left Amna in the creche. Quiet, did the henna with the others. Said the hotel have told them to get rid of the kettle but then how does she make the porridge.",
        "Hawa; Amna",
        None,
    ),
    # E11 the scald, the night it happened, and Monday notes
    (
        HOT,
        "2026-06-20 21:44",
        "Incident (NDM P. Nair): 21:38 resident of Room 214 ran to reception with a child (approx. 4 yrs) screaming, wet clothing - scald from kettle in the room. First aider applied cool running water in ground floor WC. 999 called 21:41 (ambulance). Police also informed as mother stated the child's father was out and there were concerns about supervision. Ambulance arrived 22:02, child and mother conveyed to Northgate. Other child (8) stayed with neighbour in Room 216 until father returned 22:30. Kettle removed from Room 214 and retained.",
        "Priya Nair; Mrs Ibrahim; Amna; Ibrahim; Mr Osman",
        "E11",
    ),
    (
        POL,
        "2026-06-20 21:55",
        "CAD 4417. RIVERSIDE PARK HOTEL RM 214. CHILD 4YRS SCALDED KETTLE, AMBS ON ROUTE. PC RILEY ATT 22:10 - CHILD ALREADY LEFT IN AMB WITH MOTHER (IBRAHIM HAWA). ACCOUNT VIA HOTEL STAFF: CHILD PULLED FLEX, KETTLE ON FLOOR. FATHER OSMAN MOHAMED OUT AT MOSQUE, RETURNED 22:30, SEEN, CO-OPERATIVE. SIBLING 8YRS SAFE WITH NEIGHBOUR. KETTLE SEIZED BY HOTEL. CHILD CONCERN SUBMITTED. NO CRIME AT THIS TIME.",
        "IBRAHIM, Hawa; OSMAN, Mohamed; PC Riley; Amna; Ibrahim",
        "E11",
    ),
    (
        HOS,
        "2026-06-20 22:18",
        "ED. Amna Abdelrahman, 4y. BIBA w/ mother. Interpreter: none available at triage, hotel staff member translated mechanism briefly; LanguageLine 22:50. Hx: pulled kettle flex in hotel room ~21:35, kettle recently boiled. Cooled at scene ~15min. O/E: scald R chest, R shoulder and upper arm, mixed superficial/partial thickness, est 5% TBSA. Pain 8/10. IN diamorphine, dressing (clingfilm), fluids. Pattern consistent with hx (flow/splash, no immersion lines). Dr Lowe. Referral to regional burns unit - accepted, transfer a.m. Safeguarding: paeds liaison flag; EDT informed.",
        "Amna Abdelrahman; Mum; Dr Lowe",
        "E11",
    ),
    (
        CSC,
        "2026-06-21 00:40",
        "EDT: call from Northgate ED (Dr Lowe). 4-year-old Amna Osman scalded by a kettle in Room 214, Riverside Park Hotel, approx 21:35; 5% burns; injuries consistent with account of pulling the flex. Mother with her; father and brother at the hotel. Police attended the hotel. Child safe in hospital overnight, transfer to burns unit tomorrow. No immediate safeguarding action needed out of hours; passed to MASH for Monday.",
        "Amna Osman; Dr Lowe",
        "E11",
    ),
    (
        PRI,
        "2026-06-22 08:50",
        "Ibrahim came in with Dad. Dad said (via Ibrahim) Amna burned by the kettle on Saturday night, she is in hospital 'for the burns doctors'. Ibrahim quiet, said he was there and 'Mama was praying'. Amna absent - authorised (hospital). DSL informed.",
        "Ibrahim; Dad; Amna; Mrs Hollis",
        "E11",
    ),
    # E12 burns unit admission and the GP/HV discharge summary
    (
        HOS,
        "2026-06-21 10:30",
        "Regional burns unit - admission (transfer from Northgate ED). Amna Osman 4y. Mr Adebayo: 5% TBSA R ant chest/shoulder/arm, mostly superficial partial thickness, small deep dermal area R shoulder. Dressings under GA tomorrow. Mother resident on ward; interpreter booked for ward round. Play specialist referral.",
        "Amna Osman; Mr Adebayo; Mum",
        "E12",
    ),
    (
        HOS,
        "2026-06-22 09:00",
        "Burns theatre: EUA, debridement and Suprathel dressing under GA. Deep dermal area 1.5% - conservative, review at 10 days re grafting. Tolerated well.",
        "Amna Osman; Mr Adebayo",
        None,
    ),
    (
        HOS,
        "2026-06-26 14:00",
        "Burns unit discharge. Amna Osman. Healing well; no grafting needed at present. Discharged to hotel (room change requested via SW). Dressing clinic 03/07. Scar management and burns psychology referral. Discharge summary to GP.",
        "Amna Osman; Mum",
        "E12",
    ),
    (
        HLT,
        "2026-07-03",
        "Discharge summary rec'd - regional burns unit, adm 21/6 - d/c 26/6: Amnah Mohamed 4y, scald (kettle) 5% TBSA R chest/arm, conservative mx, EUA + dressing 22/6. F/u burns dressing clinic. s47 enquiry in progress per summary. Added to safeguarding register (practice). HV informed.",
        "Amnah Mohamed",
        "E12",
    ),
    # E13 hospital safeguarding referral to MASH (sent Mon, logged Tue)
    (
        HOS,
        "2026-06-22 11:45",
        "Paediatric safeguarding (SN Frew). Reviewed Amna Osman on burns unit with LanguageLine. Mechanism consistent. Concerns: supervision (mother reports she was praying, child reached kettle on floor), unsafe room (cooking appliances, no kitchen), previous advice from HV re kettle x3, mother's PTSD untreated, father recently released from detention. Safeguarding referral sent to MASH today (MARF).",
        "Amna Osman; SN Frew; Mum",
        "E13",
    ),
    (
        CSC,
        "2026-06-23",
        "MASH: multi-agency referral form received from Northgate Hospital paediatric safeguarding nurse (Janet Frew), sent 22 June. Amna Osman, 4, scald (approx. 5%) from kettle in hotel room. Referral also references EDT log 21 June and police child concern. Health visitor confirms kettle safety advice given three times since February. Decision: strategy discussion to be convened. SW Dunmore / TM Bell.",
        "Amna Osman; Janet Frew; SW Dunmore; TM Bell",
        "E13",
    ),
    (
        HLT,
        "2026-06-23 14:00",
        "HV tel call from MASH SW re Amna. Shared: visits 24/2, 3/3, 26/5 - kettle safety advice each time; mum low mood/PTSD (GP aware). Family otherwise engaged.",
        "Amna; Beth",
        None,
    ),
    # E14 strategy discussion (minutes arrive later)
    (
        CSC,
        "2026-06-24 10:00",
        "Strategy discussion (Teams), chaired by Marcus Bell. Present: SW Dunmore, DC Shaw (CAIT), SN Frew (Northgate), HV Corrigan. Apologies: St Aidan's (information provided by email). Amna Osman, 4, scalded 20 June in Room 214. Injuries consistent with account; no suggestion of deliberate harm. Concerns: repeated warnings about the kettle and appliances, cramped single room, mother's untreated PTSD, supervision at the time. Outcome: threshold met for a single-agency section 47 enquiry led by Children's Social Care with police joint visit to the hotel room tomorrow; assessment to consider whether the accommodation is safe for a family. Allocated to Joseph Akande.",
        "Amna Osman; TM Bell; SW Dunmore; DC Shaw; SN Frew; HV Corrigan; Joseph Akande",
        "E14",
    ),
    (
        POL,
        "2026-06-24 10:00",
        "STRAT DISC RE OSMAN AMNA (4) - SCALD 20/06. DC SHAW ATT. INJURY CONSISTENT WITH ACCOUNT. NO CRIMINAL INVESTIGATION AT THIS STAGE. S47 SINGLE AGENCY CSC, POLICE TO ASSIST JV 25/06 - ROOM 214 RIVERSIDE PARK.",
        "OSMAN, Amna; DC Shaw",
        "E14",
    ),
    (
        HOS,
        "2026-06-24",
        "SN Frew attended strategy meeting (virtual) re Amna Osman. Hospital view: accidental mechanism, supervision/environment concerns. CSC s47. Burns unit to notify SW before discharge.",
        "Amna Osman; SN Frew",
        "E14",
    ),
    (
        HLT,
        "2026-06-29",
        "Minutes rec'd: strat disc 24/06 re Amnah Mohamed - s47 (CSC single agency), JV with police. HV to attend ICPC if convened. Filed.",
        "Amnah Mohamed",
        "E14",
    ),
    (
        PRI,
        "2026-06-30",
        "Strategy meeting minutes (24.06) arrived by secure email. Children's services looking into Amna's burn (s47). We sent info before the meeting - no concerns at school, Amna and Ibrahim always clean and fed, parents warm. Filed on CPOMS.",
        "Amna; Ibrahim; Mrs Hollis",
        "E14",
    ),
    # E15 joint visit to the hotel room
    (
        CSC,
        "2026-06-25 11:00",
        "Joint visit with DC Shaw to Room 214, Riverside Park Hotel. Father present, mother on the burns unit. Arabic interpreter in person. Room approx 4m x 5m, two double beds, one window. Hotplate and rice cooker on floor between beds; father says they cook because children will not eat hotel food. Kettle taken by hotel. Father gave the same account as mother: kettle on floor, Amna pulled the flex while mother was praying. Ibrahim seen at school later - account consistent. No concerns re deliberate harm. Hotel manager spoken to re a safer room.",
        "Joseph Akande; DC Shaw; Mr Osman; Amna; Ibrahim; Mr Thorne",
        "E15",
    ),
    (
        POL,
        "2026-06-25 11:00",
        "JV WITH CSC (SW AKANDE) TO RM 214. FATHER OSMAN SEEN. ACCOUNT MATCHES. ROOM PHOTOGRAPHED. NO OFFENCES IDENTIFIED. NFA POLICE.",
        "SW Akande; OSMAN, Mohamed; DC Shaw",
        "E15",
    ),
    (
        HOT,
        "2026-06-25",
        "Social worker and police officer attended by appointment; GM G. Thorne escorted them to Room 214 and back. Hotplate and rice cooker removed by management at end of visit with resident's agreement. Request from council for ground floor room with kitchen access - referred to housing officer.",
        "Gary Thorne; Mr Osman",
        "E15",
    ),
    (
        HOS,
        "2026-06-25 15:00",
        "Burns ward: dressing change on ward (no GA), IN fentanyl. Healing. Mum staying, eating little - chaplaincy/halal meals arranged.",
        "Amna Osman; Mum",
        None,
    ),
    (
        CHA,
        "2026-06-25",
        "Visited Amna on the burns ward with Samir. She showed us her 'big plaster'. Hawa hasn't slept. Brought dates and a phone charger. Mohammed says police and social worker came to the room this morning, he is scared they'll take the kids.",
        "Amna; Hawa; Mohammed; Samir",
        None,
    ),
    # ---------------- July ----------------
    # E16 room move agreed between housing officer and social worker
    (
        HOT,
        "2026-07-01",
        "Meeting HO Whitlock / council social worker (J. Akande). Agreed transfer of household from Room 214 to Room 118 (ground floor, adjacent to residents' kitchenette, microwave and kettle supervised-use area). Effective 02.07.2026. Cooking appliances not permitted in Room 118. Dispersal request to be escalated to Home Office on welfare grounds.",
        "HO Whitlock; Joe Akande; Mr Osman; Mrs Ibrahim",
        "E16",
    ),
    (
        CSC,
        "2026-07-01",
        "Met Dean Whitlock (housing officer for the Home Office accommodation provider) at the hotel. Family to move to Room 118 tomorrow, near the shared kitchenette. Dean will ask the Home Office to prioritise dispersal to a property. Told parents via interpreter (phone); they are relieved.",
        "Dean Whitlock; Joseph Akande; Hawa Ibrahim; Mohammed Osman",
        "E16",
    ),
    (
        HOS,
        "2026-07-03 10:00",
        "Burns dressing clinic. Amna Osman. 90% epithelialised. Deep dermal area R shoulder healing slowly. Interpreter (phone). Next clinic 10/7.",
        "Amna Osman; Mum",
        None,
    ),
    (
        PRI,
        "2026-07-06",
        "Amna back in Reception today with a bandage on her arm. Mum asked that she doesn't do sand or water play. Very pleased to see her friends. Now living in Room 118 (new room on ground floor) - office updated.",
        "Amna; Mum",
        None,
    ),
    (
        HLT,
        "2026-07-06 11:00",
        "HV visit Rm 118 (new ground-floor room). Tel interp. Amna wound clean, dressing intact, moving arm fully. Parents using shared kitchenette. Mum very low, tearful, nightmares worse since burn. Encouraged GP r/v. Next visit 1/52.",
        "Amna; Mum; Beth",
        None,
    ),
    (
        CSC,
        "2026-07-07",
        "Management oversight (TM Bell): section 47 - accidental injury, no ICPC required. Proceed under section 17 as child in need given accommodation and mother's mental health. CIN meeting to be held within 15 working days.",
        "Amna Osman; TM Bell",
        None,
    ),
    # E17 age assessment outcome
    (
        CSC,
        "2026-07-09",
        "Age assessment outcome meeting with Yousif (Ruth Calloway and Joe Akande), interpreter present. Conclusion shared: assessed age consistent with claimed DOB 14/02/2010, i.e. 16 years. Yousif to be looked after under section 20; Pathway/ LAC review to be arranged. Home Office to be notified in writing.",
        "Yousif Adam; Ruth Calloway; Joe Akande",
        "E17",
    ),
    (
        CHA,
        "2026-07-09",
        "Yousif rang me from outside the council offices - 'they say I am 16, they believe me!' Told him I was so proud. He wants to tell his mum face to face.",
        "Yousif; Lena",
        "E17",
    ),
    (
        HOS,
        "2026-07-10 10:00",
        "Burns dressing clinic. Amna Osman. Fully healed except 1cm R shoulder - simple dressing. Pressure garment measured. Scar clinic 3/12. Burns psychology: mum declined for now.",
        "Amna Osman",
        None,
    ),
    (
        HLT,
        "2026-07-13 10:30",
        "HV visit Rm 118. Amna healed, scar care (massage + moisturiser) shown to mum. Mum PTSD sx - GP appt booked 15/7. Brother Yousif visiting, translating well.",
        "Amna; Mum; Yousif; Beth",
        None,
    ),
    (
        SEC,
        "2026-07-14",
        "Youssef - end of term report: attendance 97%. EAL progress strong (now Entry 2 speaking). Will stay on into Y12 ESOL pathway in September. Happy to hear LA have confirmed his age.",
        "Youssef Adam",
        None,
    ),
    (
        CSC,
        "2026-07-15",
        "Letter sent to the Home Office asylum team: local authority age assessment concludes Yousif Adam (HO ref under the name Yusuf Bakhit) is 16, DOB 14/02/2010. Request that the Home Office record is amended.",
        "Yousif Adam",
        None,
    ),
    (
        HLT,
        "2026-07-15 09:40",
        "Dr Mistry. Hawa Ibrahim. PTSD sx worse since daughter's burn - guilt, nightmares, startle. Sertraline 50mg started (agreed today). Trauma service chased - still 3-4m.",
        "Hawa Ibrahim; Dr Mistry",
        None,
    ),
    # E18 first CIN meeting
    (
        CSC,
        "2026-07-20 14:00",
        "Initial child in need meeting at the hotel (Conference Room B). Present: Joseph Akande, Mr Osman, Mrs Ibrahim (Arabic interpreter in person), Beth Corrigan (health visitor), Mrs Hollis (St Aidan's), Lena Brandt (Harbour), Dean Whitlock (accommodation provider). CIN plan: safe cooking arrangements in shared kitchenette; scar care and dressing follow-up; mother's GP treatment and trauma referral; dispersal to be pursued; Ibrahim to have school counsellor time. Review in 10 weeks.",
        "Joseph Akande; Mr Osman; Mrs Ibrahim; Beth Corrigan; Mrs Hollis; Lena Brandt; Dean Whitlock; Amna; Ibrahim",
        "E18",
    ),
    (
        HLT,
        "2026-07-20",
        "HV attended CIN mtg at Riverside Park Hotel re Amna/ Ibrahim. HV actions: fortnightly visits, support with scar care, liaise GP re mum's MH.",
        "Amna; Ibrahim; HV Corrigan",
        "E18",
    ),
    (
        PRI,
        "2026-07-20",
        "Mrs Hollis to the child in need meeting at the hotel after school. Our part: Amna and Ibrahim's attendance, ELSA sessions for Ibrahim in September, breakfast club free place.",
        "Mrs Hollis; Amna; Ibrahim",
        "E18",
    ),
    (
        CHA,
        "2026-07-20",
        "Meeting at the hotel with the social worker, health visitor, school and the hotel's housing man. Good to see everyone in one room. We're down to help with the move when it comes and to keep Hawa coming to women's group.",
        "Lena; Hawa",
        "E18",
    ),
    (
        HOT,
        "2026-07-20",
        "Conference Room B booked by the council 14:00-15:30 for a meeting with the family in Room 118. HO Whitlock attended.",
        "HO Whitlock",
        "E18",
    ),
    (
        HOS,
        "2026-07-20 09:30",
        "Pressure garment fitting - Amna Osman. Fits well, wear 23h/day. Mum shown.",
        "Amna Osman; Mum",
        None,
    ),
    (
        PRI,
        "2026-07-21",
        "Last day of term. Amna's certificate for 'kindest friend'. Summer holiday activity pack sent home with Ibrahim.",
        "Amna; Ibrahim",
        None,
    ),
    (
        CSC,
        "2026-07-28",
        "CIN visit, Room 118. Family using kitchenette; children well. Mother calmer on medication. Ibrahim at the charity's summer club.",
        "Amna Osman; Ibrahim Osman; Hawa Ibrahim",
        None,
    ),
    (
        CHA,
        "2026-07-30",
        "Summer club trip to the beach - Ibrahim came, and Yousif as a volunteer helper. Ibrahim loved the sea once he stopped being scared of it.",
        "Ibrahim; Yousif",
        None,
    ),
    # ---------------- August ----------------
    (
        HOT,
        "2026-08-04",
        "Housing officer welfare check, Room 118. Residents present. Room clean. No prohibited items. No issues raised.",
        "HO Whitlock; Mr Osman; Mrs Ibrahim",
        None,
    ),
    (
        HLT,
        "2026-08-04 14:00",
        "HV visit Rm 118. Amna wearing pressure garment. Scar pink, soft. Growth: wt 14.9kg. Next 2/52.",
        "Amna; Beth",
        None,
    ),
    (
        POL,
        "2026-08-08 23:50",
        "MISPER LOG 8816. BAKHIT YUSUF 16YRS (LAC). NOT RETURNED ELMFIELD SUPP LODGINGS BY CURFEW 22:00, PHONE OFF. MEDIUM RISK - NEW TO AREA, POSS ASSOCS OLDER MALES AT KINGSWAY LODGE. CHECKS RIVERSIDE PARK HOTEL (MOTHER) NEG.",
        "BAKHIT, Yusuf",
        "E19",
    ),
    (
        POL,
        "2026-08-09 11:05",
        "MISPER 8816 UPDATE. BAKHIT RETURNED ELMFIELD 10:50 OF OWN ACCORD. PRE-RETURN CHECK PC RILEY - STATES STAYED WITH FRIEND FROM KINGSWAY, WON'T GIVE NAME. NO INJURIES. RHI TO LA.",
        "BAKHIT, Yusuf; PC Riley",
        "E19",
    ),
    (
        CSC,
        "2026-08-10",
        "UASC team. EDT log read: Yousif was reported missing from Elmfield on Saturday night (police misper) and returned by himself at 10:50 on Sunday. Says he stayed with an older friend from Kingsway Lodge. Return home interview requested. Ruth Calloway.",
        "Yousif Adam; Ruth Calloway",
        "E19",
    ),
    (
        HOT,
        "2026-08-11",
        "Housing officer welfare check, Room 118. Residents present with children. No concerns. Residents asked about progress of dispersal - advised awaiting Home Office.",
        "HO Whitlock; Mr Osman; Mrs Ibrahim; Amna; Ibrahim",
        None,
    ),
    (
        CSC,
        "2026-08-12",
        "Return home interview with Yousif (independent RHI worker), interpreter by phone. Reluctant to say where he was. Mentions 'Abu' who gave him a phone and trainers. Possible exploitation indicators noted. Shared with police.",
        "Yousif Adam",
        None,
    ),
    (
        CHA,
        "2026-08-14",
        "Yousif came to drop-in wearing brand new trainers and with a second phone. Evasive. Lena mentioned it to Ruth (UASC).",
        "Yousif; Lena; Ruth",
        None,
    ),
    (
        HLT,
        "2026-08-18 14:00",
        "HV visit Rm 118. Amna well, scar improving. Mum says she has a temp since last night - advised 111 / GP if worse.",
        "Amna; Mum; Beth",
        None,
    ),
    # E20 second ED attendance (fever) and GP letter 9 days later
    (
        HOS,
        "2026-08-19 03:10",
        "ED paeds. Amna Osman 4y (known to burns). Fever 39.4, R ear pain 24h, vomited x1. O/E R TM bulging, red. Burns scar R shoulder healed. No other concerns. Dx acute otitis media. Amoxicillin. Interpreter (phone). Safeguarding checks: known to CSC - CIN, no new concerns. Letter to GP.",
        "Amna Osman; Mum",
        "E20",
    ),
    (
        HLT,
        "2026-08-28",
        "ED letter rec'd re Amna Osman att 19/08 - R AOM, amoxicillin 5/7. No action. Note: attendance at 3am, parents brought via taxi (hotel called).",
        "Amna Osman",
        "E20",
    ),
    (
        HOT,
        "2026-08-19",
        "Night log: taxi ordered 02:20 for Room 118 (child unwell, to hospital). Returned 06:10.",
        "",
        None,
    ),
    (
        CSC,
        "2026-08-25",
        "CIN visit Room 118 (Joseph Akande). Amna had an ear infection last week - seen at A&E, antibiotics, better. Father asked again about dispersal. Mother engaging with GP.",
        "Amna Osman; Mr Osman; Hawa Ibrahim; Joseph Akande",
        None,
    ),
    (
        POL,
        "2026-08-27",
        "INT REPORT: KINGSWAY LODGE - RESIDENT MALE KNOWN AS 'ABU' (20S) BELIEVED RECRUITING YOUNG ARRIVALS TO DELIVER PACKAGES. ASSOCIATES INCL BAKHIT YUSUF (LAC, 16). GRADED B2.",
        "BAKHIT, Yusuf",
        None,
    ),
    # ---------------- September ----------------
    (
        SEC,
        "2026-09-03",
        "Start of Y12 ESOL pathway. Youssef attended induction. Appears tired; asked about a job.",
        "Youssef Adam",
        None,
    ),
    (
        PRI,
        "2026-09-03",
        "Ibrahim into Y4, Amna into Y1. Both in on first day, breakfast club. Ibrahim's ELSA sessions start next week.",
        "Ibrahim; Amna",
        None,
    ),
    # E21 stop of Yousif and its notification
    (
        POL,
        "2026-09-08 21:30",
        "STOP SEARCH S23 MDA. TOWN CENTRE, BUS STN. BAKHIT YUSUF (16, LAC) WITH 2 ADULT MALES INCL 'ABU'. BAKHIT IN POSSESSION £280 CASH, 2 PHONES. NIL DRUGS. ADULT MALE 1 ARRESTED PWITS. BAKHIT TAKEN HOME TO ELMFIELD BY PC RILEY. CCE CONCERN - CHILD CONCERN SUBMITTED, NRM CONSIDERATION.",
        "BAKHIT, Yusuf; PC Riley",
        "E21",
    ),
    (
        CSC,
        "2026-09-10",
        "UASC: police child concern received regarding Tuesday night - Yousif searched at the bus station in the company of two adult men, one arrested for possession with intent to supply. Yousif had cash and two phones. Criminal exploitation concerns now significant. Strategy discussion requested. Ruth Calloway / TM Bell.",
        "Yousif Adam; Ruth Calloway; TM Bell",
        "E21",
    ),
    (
        SEC,
        "2026-09-09",
        "Youssef late (10:40), very tired, said he was 'with police last night'. DSL spoke to him - he was frightened. Emailed Ruth (UASC SW).",
        "Youssef Adam; Mr Okafor; Ruth",
        None,
    ),
    # E22 CCE strategy discussion
    (
        CSC,
        "2026-09-11 11:00",
        "Strategy discussion (child criminal exploitation) chaired by Marcus Bell. Present: Ruth Calloway, DC Shaw, Mr Okafor (Castlegate), Elmfield key worker. Yousif, 16, looked after. Outcome: section 47 enquiry; National Referral Mechanism referral by the local authority as first responder; safety plan - change of placement away from town centre considered; disruption activity by police against 'Abu'. MACE panel to be notified.",
        "Yousif Adam; Marcus Bell; Ruth Calloway; DC Shaw; Mr Okafor",
        "E22",
    ),
    (
        POL,
        "2026-09-11 11:00",
        "STRAT DISC - BAKHIT YUSUF (LAC) CCE. DC SHAW. S47 AGREED. NRM VIA LA. DISRUPTION PLAN ON ADULT MALE 'ABU' - CAWN TO BE CONSIDERED. REFER TO MACE.",
        "BAKHIT, Yusuf; DC Shaw",
        "E22",
    ),
    (
        SEC,
        "2026-09-11",
        "Mr Okafor joined strategy call for Youssef (CCE). School to: monitor attendance daily, report any adults waiting at the gate, keep mentor sessions. Minutes to follow.",
        "Youssef Adam; Mr Okafor",
        "E22",
    ),
    (
        CSC,
        "2026-09-14",
        "NRM referral submitted for Yousif Adam (first responder: the local authority), consent explained with interpreter.",
        "Yousif Adam; Ruth Calloway",
        None,
    ),
    (
        SEC,
        "2026-09-14",
        "Youssef absent - UTA. Mentioned to Ruth. (Later: phoned in sick from Elmfield 11:15, authorised.)",
        "Youssef Adam; Ruth",
        None,
    ),
    (
        HOT,
        "2026-09-14",
        "Home Office dispersal notice received for household in Room 118: allocated 2-bed house, 17 Wren Close, move date 24.09.2026. Letter delivered to residents with Arabic translation.",
        "Mr Osman; Mrs Ibrahim",
        None,
    ),
    (
        CHA,
        "2026-09-16",
        "Hawa and Mohammed got their house!! 17 Wren Close, same side of town so kids keep their school. Booking the van for the 24th.",
        "Hawa; Mohammed",
        None,
    ),
    (
        HLT,
        "2026-09-15 10:30",
        "HV visit Rm 118. Last visit at hotel - family moving 24/9. Amna scar flat, pale. Mum brighter, on sertraline, trauma service first appt Oct. Transfer of HV records not needed (same patch).",
        "Amna; Mum; Beth",
        None,
    ),
    (
        HOS,
        "2026-09-22 10:00",
        "Burns scar clinic. Amna Osman. Scar mature-ish, no contracture. Continue garment 3 more months. Review 6/12.",
        "Amna Osman",
        None,
    ),
    # E23 moving out of the hotel
    (
        HOT,
        "2026-09-24",
        "Check-out: household Room 118 (OSMAN Mohamed + 3) departed 10:20 to dispersal accommodation. Keycards and meal cards returned. Room inspected - no damage. Case closed by provider.",
        "OSMAN, Mohamed; Mrs Ibrahim; Amna; Ibrahim",
        "E23",
    ),
    (
        CHA,
        "2026-09-24",
        "Move day. Samir and two volunteers with the van at the hotel at 10. Everything in 6 bin bags and 2 suitcases. Kids ran round the garden at Wren Close shouting. Donated beds arriving tomorrow.",
        "Samir; Amna; Ibrahim; Hawa; Mohammed",
        "E23",
    ),
    (
        PRI,
        "2026-09-28",
        "Mum called in to office: new address 17 Wren Close. Updated SIMS (previously hotel Room 118). Both children walking with Dad.",
        "Mum; Dad; Amna; Ibrahim",
        None,
    ),
    # E24 CIN review
    (
        CSC,
        "2026-09-29 15:30",
        "Child in need review meeting at St Aidan's. Present: Joseph Akande, parents (interpreter), HV Beth Corrigan, Mrs Hollis. Family moved to 17 Wren Close on 24 September; cooking in own kitchen. Amna's scar healing; mother started treatment. Plan: close to CIN at next review if progress sustained; step down to early help considered.",
        "Joseph Akande; Mr Osman; Hawa Ibrahim; Beth Corrigan; Mrs Hollis; Amna Osman; Ibrahim Osman",
        "E24",
    ),
    (
        PRI,
        "2026-09-29",
        "CIN review held in our meeting room after school. Mrs Hollis: Amna and Ibrahim attendance 100% this term, Ibrahim enjoying ELSA. Parents thanked school. EHA/ TAF may follow if CIN closes.",
        "Mrs Hollis; Amna; Ibrahim; Mum; Dad",
        "E24",
    ),
    (
        HLT,
        "2026-09-29",
        "HV attended CIN r/v at school. Family in own house, safe kitchen. Amna growth normal. HV to complete home safety check at new address.",
        "Amna; HV Corrigan",
        "E24",
    ),
    (
        HLT,
        "2026-09-30 11:00",
        "HV new-address home visit 17 Wren Close. Home safety check - fireguard, kettle at back of worktop, cupboard locks given. Mum smiling.",
        "Amna; Mum; Beth",
        None,
    ),
    # ---------------- further single-agency entries ----------------
    (
        HOT,
        "2026-03-02 03:10",
        "Fire alarm activation 03:10 (smoke detector, Room 2xx corridor - burnt toast in a room). Full evacuation; second floor roll call complete incl. Room 214 (4 persons). Fire service attended, reset 03:55.",
        "Mr Osman; Mrs Ibrahim",
        None,
    ),
    (
        CSC,
        "2026-04-24",
        "UASC visit to Yousif at Elmfield (Ruth Calloway). Room clean, key worker positive. Asked when he can go to school - referral to Castlegate made. Visits his mother at Riverside Park hotel; father of his half-siblings currently detained.",
        "Yousif Adam; Ruth Calloway",
        None,
    ),
    (
        HLT,
        "2026-05-12 09:00",
        "PN clinic. Amnah Mohamed - imms catch-up (no UK/overseas record): DTaP/IPV/Hib/HepB dose 1, MMR dose 1, MenB. Tel interpreter. Next 4/52.",
        "Amnah Mohamed",
        None,
    ),
    (
        CHA,
        "A:2026-05-11:2026-05-22:mid-May (approx.)",
        "Mohammed came to the legal advice clinic a couple of times in mid-May about his bail conditions (reporting weekly now) and his asylum interview date. Very anxious about signing again.",
        "Mohammed",
        None,
    ),
    (
        POL,
        "2026-05-16 22:40",
        "CAD 3120. RIVERSIDE PARK HOTEL. GATHERING APPROX 40 PERSONS OUTSIDE HOTEL, PLACARDS. RESIDENTS ADVISED TO STAY INSIDE BY MANAGEMENT. DISPERSED 23:30. NO ARRESTS.",
        "",
        None,
    ),
    (
        PRI,
        "2026-05-20",
        "Stay-and-play in Robins. Amna's Mum came and stayed the whole session, painted with Amna. Quiet but smiling. First time we have seen Mum relaxed.",
        "Amna; Mum",
        None,
    ),
    (
        SEC,
        "M:2026-06",
        "June attendance summary: Youssef Adam 94% (2 lates - bus). EAL teacher: rapid progress.",
        "Youssef Adam",
        None,
    ),
    (
        HLT,
        "2026-06-09 09:10",
        "PN clinic. Amnah Mohamed imms catch-up dose 2 (DTaP/IPV/Hib/HepB). Mum says hotel have told them to remove the kettle. Next dose 4/52.",
        "Amnah Mohamed; Mum",
        None,
    ),
    (
        HOT,
        "2026-06-22",
        "Management review of incident 20.06.2026 (GM G. Thorne): first aid and escalation appropriate. Action: all family rooms to be inspected for prohibited appliances this week; kettles to be available at reception on request for supervised use.",
        "Gary Thorne",
        None,
    ),
    (
        HOS,
        "2026-06-23 14:00",
        "Play specialist + burns psychology (brief) - Amna Osman. Distressed at dressings; distraction plan. Mum hypervigilant, reports nightmares - advised to see GP; burns psychology for parents offered.",
        "Amna Osman; Mum",
        None,
    ),
    (
        CSC,
        "2026-06-26",
        "Section 47 visit to Amna on the burns unit (Joseph Akande), interpreter by phone. Amna seen with her mother before discharge - playing, bandaged right arm and chest. Mother's account consistent with father's. Mother says she was praying with her back to the children; kettle had been on the floor because the socket by the desk is broken.",
        "Amna Osman; Hawa Ibrahim; Joseph Akande",
        None,
    ),
    (
        SEC,
        "2026-06-29",
        "Youssef asked to leave early to visit his little sister (burns). Agreed with Ruth by phone. Youssef upset - says it is his fault for not being there.",
        "Youssef Adam; Ruth",
        None,
    ),
    (
        POL,
        "2026-06-30",
        "CHILD CONCERN REF 20/06 OSMAN AMNA - REVIEWED DS. S47 CSC LEAD, JV COMPLETE, NFA POLICE. FILED.",
        "OSMAN, Amna",
        None,
    ),
    (
        CHA,
        "2026-08-21",
        "Women's group. Hawa came, said Amna had a bad ear and they had to go to A&E in the middle of the night on Tuesday, she's on medicine and fine now. Hawa seems better in herself on the tablets.",
        "Hawa; Amna",
        None,
    ),
    (
        PRI,
        "2026-09-17",
        "Ibrahim's first ELSA session (feelings check-in). Drew the hotel and the new house - 'a door for us only'.",
        "Ibrahim",
        None,
    ),
    (
        POL,
        "2026-09-18",
        "CAWN SERVED ON ADULT MALE ('ABU') RE BAKHIT YUSUF (16). KINGSWAY LODGE MANAGEMENT INFORMED.",
        "BAKHIT, Yusuf",
        None,
    ),
    (
        CSC,
        "2026-09-21",
        "Yousif moved from Elmfield to a supported placement on the other side of town (Hilltop Road) as part of the safety plan. Travel to Castlegate by bus pass. Yousif accepting, asked to keep visiting his mother at the new house.",
        "Yousif Adam; Ruth Calloway",
        None,
    ),
    (
        SEC,
        "2026-09-25",
        "Youssef - mentor session. Settled in new placement, 'more quiet'. Attendance this week 100%. No adults seen at gate.",
        "Youssef Adam",
        None,
    ),
]


def main():
    out = HERE / "case_al.json"
    casegen.build(
        "al",
        "Asylum-seeking family in a contingency hotel: 4-year-old scalded by a kettle in the room, "
        "age-disputed 16-year-old half-brother, mother's untreated PTSD, father detained then "
        "released; 8 agencies, Feb - Sep 2026 (room numbers for addresses, spelling variants, "
        "interpreters)",
        PEOPLE,
        AGENCIES,
        ENTRIES,
        os.fspath(out),
    )


if __name__ == "__main__":
    main()
