# ruff: noqa: E501
"""Tuning cases h and i (issue 14, part 1), written by hand on 4 December 2026 by the tuner of
the event grouping, BEFORE any rule was changed in that session, to shapes the other tuning cases
lack:

- h: seven agencies, a busy autumn with many same-day unrelated contacts about the same family,
  long agency lags (referral sent vs received eight days later, MARAC and conference minutes
  10-11 days later, discharge summaries 12-13 days after an attendance or admission),
  abbreviations on one side only (PPN, Op Enc, JV, MARAC, ICPC/RCPC, CG, NMO, IDVA, A&E, D/C,
  s47, s17, CIN, EHA, NFA, MGM) and a phone call recorded at both ends in different words.
- i: five agencies, smaller: terse police and ambulance notes (capitals, "Pt 14M", "BIBA",
  "MISPER", "conveyed NGH") beside long social-care prose about the same happenings, and a
  night ambulance call next to a self-presentation at ED the following afternoon.

Labels follow README.md "What is labelled an event". A tuning case: rules may be tuned on it.

    python bench/data/merging/build_hi.py    # writes case_h.json and case_i.json beside it"""

from pathlib import Path

from casegen import build, filler

HERE = Path(__file__).parent

# ---------------------------------------------------------------- case h
CSC = "Children's Social Care"
POL = "Police"
GP = "Westbrook Medical Centre"
HV = "0-19 Health Visiting Service"
SCH = "Oakfield Primary School"
HOS = "Royal Infirmary"
DAS = "Safer Lives Domestic Abuse Service"
H_AG = [
    (CSC, "social_care", "csc"),
    (POL, "police", "police"),
    (GP, "health", "gp"),
    (HV, "health", "health"),
    (SCH, "education", "school"),
    (HOS, "health", "iso"),
    (DAS, "other", "csc"),
]
H_PEOPLE = [
    ("Kerry Dawson", ["Kerry"], "Mother", "parent"),
    ("Jason Platt", ["Jason", "PLATT"], "Mr P", "other_adult"),
    ("Mia Dawson", ["Mia"], "Child M", "child"),
    ("Tyler Dawson", ["Tyler"], "Child T", "child"),
    ("Pauline Dawson", ["Pauline", "MGM"], "Maternal grandmother", "family"),
    ("Anita Bhatt", ["Ms Bhatt"], "Social worker", "professional"),
    ("Claire Moss", [], "Health visitor", "professional"),
    ("Gareth Owen", ["Mr Owen"], "DSL", "professional"),
    ("Fiona Grant", ["DC Grant"], "Detective constable", "professional"),
    ("Ruth Ellis", [], "IDVA", "professional"),
    ("Dr Okafor", [], "GP", "professional"),
]
H_EVENTS = [
    # H01: incident on a Saturday night, notifications on Monday, DA service referral Wednesday.
    (
        POL,
        "2025-09-06 23:15",
        "DA @ home addr. Jason PLATT arrested - assault on IP Kerry DAWSON (push, slap). 2 children in property, not witnessed. DASH med. PPN submitted.",
        "Jason Platt; Kerry Dawson",
        "H01",
    ),
    (
        CSC,
        "2025-09-08",
        "Notification received from the police about an incident late on Saturday in which mother's partner was arrested after assaulting her. Mia and Tyler were both in the property. Passed to duty social worker to screen.",
        "Kerry; Jason; Mia; Tyler",
        "H01",
    ),
    (
        SCH,
        "2025-09-08",
        "Op Enc notification rec'd 08:40 re Mia. DSL informed; class teacher to keep an eye.",
        "Mia; Mr Owen",
        "H01",
    ),
    (
        DAS,
        "2025-09-10",
        "New referral from police following the assault on 6/9. Allocated to Ruth Ellis (IDVA); first call to Kerry to be attempted today.",
        "Kerry; Ruth Ellis",
        "H01",
    ),
    # H02: strategy discussion, HV files the minutes a week later.
    (
        CSC,
        "2025-09-09",
        "Strategy discussion held with DC Grant and the health visitor. Threshold for section 47 enquiries met for both children. Joint visit agreed for tomorrow.",
        "Anita Bhatt; Fiona Grant; Claire Moss; Mia; Tyler",
        "H02",
    ),
    (
        POL,
        "2025-09-09",
        "Strat disc w/ CSC + health. s47 agreed. JV tmrw w/ SW.",
        "Fiona Grant",
        "H02",
    ),
    (
        HV,
        "2025-09-16",
        "Minutes of strategy meeting 09/09 received and filed. HV to complete home contact within 10 days and share growth for Tyler.",
        "Claire Moss; Tyler",
        "H02",
    ),
    # H03: joint visit.
    (
        CSC,
        "2025-09-10",
        "Home visit undertaken jointly with DC Grant. Kerry was spoken to alone and described Jason's controlling behaviour over two years. Mia seen at school later; Tyler seen at home, no marks.",
        "Anita Bhatt; Fiona Grant; Kerry; Tyler",
        "H03",
    ),
    (
        POL,
        "2025-09-10",
        "JV with SW BHATT. IP declined to support prosecution. Safety advice given.",
        "Anita Bhatt; Kerry Dawson",
        "H03",
    ),
    # H04: MARAC, CSC files the minutes 11 days later.
    (
        DAS,
        "2025-09-25",
        "Case heard at MARAC today (IDVA presented). Actions: police marker on address, housing to fit additional locks, IDVA weekly contact.",
        "Kerry; Ruth Ellis",
        "H04",
    ),
    (
        POL,
        "2025-09-25",
        "Multi-Agency Risk Assessment Conference - case discussed. Police action: flag address for priority response.",
        "Kerry Dawson; Jason Platt",
        "H04",
    ),
    (
        CSC,
        "2025-10-06",
        "MARAC minutes from 25 September received from the MARAC coordinator; actions noted on the children's file.",
        "Kerry; Mia; Tyler",
        "H04",
    ),
    # H05: ICPC; GP files the minutes 10 days later.
    (
        CSC,
        "2025-10-01",
        "Initial child protection conference held. Mia and Tyler made subject to child protection plans under the category of emotional abuse. Core group to meet within ten working days.",
        "Mia; Tyler; Kerry; Anita Bhatt",
        "H05",
    ),
    (
        SCH,
        "2025-10-01",
        "ICPC attended by Mr Owen. Mia now on a CP plan; school to attend core groups.",
        "Mr Owen; Mia",
        "H05",
    ),
    (
        HV,
        "2025-10-01",
        "Attended initial conference for Mia and Tyler. Both made subject to plans. HV contacts increased to fortnightly.",
        "Claire Moss; Mia; Tyler",
        "H05",
    ),
    (
        GP,
        "2025-10-11",
        "ICPC minutes received and scanned to both children's records (conference 1/10). CP alert added.",
        "Mia; Tyler",
        "H05",
    ),
    # H06: A&E attendance on a Sunday; EDT call; HV notified Monday; mum tells school; GP discharge summary 12 days later.
    (
        HOS,
        "2025-10-19 11:20",
        "Tyler Dawson (20m) brought to A&E by mother. Superficial scald R hand from hot drink pulled off table. Explanation consistent with injury. CP plan noted on system; EDT informed.",
        "Tyler; Kerry",
        "H06",
    ),
    (
        CSC,
        "2025-10-19",
        "EDT: telephone call from the Royal Infirmary emergency department. Tyler attended this morning with a scald to his hand. Hospital satisfied with explanation. Allocated social worker to be updated Monday.",
        "Tyler; Kerry",
        "H06",
    ),
    (
        HV,
        "2025-10-20",
        "Notified by hospital liaison of Tyler's attendance at the Emergency Department yesterday (scald). Visit to be arranged this week.",
        "Tyler; Claire Moss",
        "H06",
    ),
    (
        SCH,
        "2025-10-20",
        "Mum told the class teacher at drop-off that Tyler had been at hospital at the weekend after burning his hand. Logged for DSL.",
        "Kerry; Mia; Mr Owen",
        "H06",
    ),
    (
        GP,
        "2025-10-31",
        "Discharge summary: Royal Infirmary ED 19/10, superficial scald right hand, dressed, no follow up needed.",
        "Tyler",
        "H06",
    ),
    # H07: first core group.
    (
        CSC,
        "2025-10-23",
        "First core group meeting held at Oakfield. Plan reviewed; Kerry attending the Freedom Programme. Next core group 20 November.",
        "Anita Bhatt; Kerry; Mr Owen; Claire Moss",
        "H07",
    ),
    (
        HV,
        "2025-10-23",
        "Core grp mtg at school. Tyler's weight on 50th. No new concerns from HV.",
        "Claire Moss; Tyler",
        "H07",
    ),
    (
        SCH,
        "2025-10-23",
        "Core group held in school - Mr Owen attended. Mia's attendance 96%.",
        "Mr Owen; Mia",
        "H07",
    ),
    # H08: GP referral to the DA service, received eight days later.
    (
        GP,
        "2025-11-03",
        "Kerry disclosed ongoing threatening texts from her ex-partner. With consent, referred to the local DA service for IDVA support. Safety-netted.",
        "Kerry; Dr Okafor",
        "H08",
    ),
    (
        DAS,
        "2025-11-11",
        "Referral received from Westbrook Medical Centre (Dr Okafor) dated 03/11 - processing delayed by staff sickness. Already open to Ruth; GP informed.",
        "Kerry; Dr Okafor; Ruth Ellis",
        "H08",
    ),
    # H09: a phone call recorded at both ends in different words.
    (
        SCH,
        "2025-11-10",
        "Telephoned Ms Bhatt to share that Mia has been very withdrawn this week and told her teacher she misses Jason.",
        "Ms Bhatt; Mia; Jason",
        "H09",
    ),
    (
        CSC,
        "2025-11-10",
        "Call from Gareth Owen: Mia is upset in class and keeps talking about Jason. I will see her at school on Thursday.",
        "Gareth Owen; Mia; Jason",
        "H09",
    ),
    # H10: second core group (DA service attends this time).
    (
        CSC,
        "2025-11-20",
        "Core group 2. Kerry engaging well; Jason has been texting her. IDVA attended for the first time. Plan updated.",
        "Anita Bhatt; Kerry; Ruth Ellis; Mr Owen; Claire Moss",
        "H10",
    ),
    (
        HV,
        "2025-11-20",
        "CG attended. Tyler thriving, development on track.",
        "Claire Moss; Tyler",
        "H10",
    ),
    (
        SCH,
        "2025-11-20",
        "Second core group meeting, Mr Owen. Mia more settled than last month.",
        "Mr Owen; Mia",
        "H10",
    ),
    (
        DAS,
        "2025-11-20",
        "IDVA attended the core group for Mia and Tyler. Shared texts from Jason; advised Kerry to report to police.",
        "Ruth Ellis; Kerry; Jason",
        "H10",
    ),
    # H11: Kerry's overdose on a Tuesday night; CSC and HV told next day; GP discharge summary 13 days later.
    (
        HOS,
        "2025-11-25 22:50",
        "Kerry Dawson (32) self-presented to ED after taking approx 20 paracetamol. Admitted for NAC infusion. Children being cared for by MGM. Safeguarding referral to CSC.",
        "Kerry; Pauline",
        "H11",
    ),
    (
        CSC,
        "2025-11-26",
        "Hospital safeguarding nurse rang: Kerry was admitted last night after taking an overdose. Mia and Tyler are staying with their maternal grandmother Pauline. Visit to Pauline's today.",
        "Kerry; Pauline; Mia; Tyler",
        "H11",
    ),
    (
        HV,
        "2025-11-26",
        "Informed by SW that Kerry is in hospital following an overdose. Tyler with grandmother.",
        "Kerry; Tyler; Pauline",
        "H11",
    ),
    (
        GP,
        "2025-12-08",
        "D/C summary Royal Infirmary: admitted 25/11 paracetamol OD, discharged 27/11 after mental health liaison review. For GP follow-up.",
        "Kerry",
        "H11",
    ),
    # H12: breach of the non-molestation order on a Saturday night; notifications Monday.
    (
        POL,
        "2025-11-29 21:40",
        "Report from IP DAWSON - suspect PLATT attended address in breach of NMO. Suspect located nearby and arrested 23:55. Children present.",
        "Kerry Dawson; Jason Platt",
        "H12",
    ),
    (
        CSC,
        "2025-12-01",
        "PPN received: Jason came to the home on Saturday evening in breach of the non-molestation order and was arrested. Children were at home. Visit today.",
        "Jason; Kerry; Mia; Tyler",
        "H12",
    ),
    (
        DAS,
        "2025-12-01",
        "Kerry rang IDVA to say Jason turned up at the house on Saturday and the police arrested him. Safety plan updated.",
        "Kerry; Ruth Ellis; Jason",
        "H12",
    ),
    (SCH, "2025-12-01", "Op Encompass - Mia. DSL aware.", "Mia; Mr Owen", "H12"),
    # H13: RCPC; GP files the minutes 11 days later.
    (
        CSC,
        "2025-12-11",
        "Review child protection conference. Plans continue for both children; step-down to s17 CIN to be considered at the next review.",
        "Mia; Tyler; Kerry; Anita Bhatt",
        "H13",
    ),
    (HV, "2025-12-11", "Attended RCPC. Plans continue.", "Claire Moss; Mia; Tyler", "H13"),
    (
        SCH,
        "2025-12-11",
        "Review conference attended by Mr Owen. Mia remains on a plan.",
        "Mr Owen; Mia",
        "H13",
    ),
    (
        GP,
        "2025-12-22",
        "Minutes of review case conference 11.12 received - both children remain subject of CP plans.",
        "Mia; Tyler",
        "H13",
    ),
]
H_DECOYS = [
    # Same people, same day or next day, different happenings.
    (
        GP,
        "2025-09-08",
        "Tyler seen with mother - left ear infection, amoxicillin prescribed.",
        "Tyler; Kerry",
        None,
    ),
    (
        SCH,
        "2025-09-10",
        "Mia collected late by mum, who appeared tired and upset.",
        "Mia; Kerry",
        None,
    ),
    (
        HV,
        "2025-09-11",
        "Telephone call to Kerry to arrange a home visit after the police incident. Kerry tearful.",
        "Kerry; Claire Moss",
        None,
    ),
    (
        POL,
        "2025-09-15",
        "PLATT interviewed under caution. RUI, bail conditions: not to contact IP.",
        "Jason Platt",
        None,
    ),
    (
        DAS,
        "2025-09-17",
        "IDVA call with Kerry: DASH completed, scored 15, referral to MARAC made.",
        "Kerry; Ruth Ellis",
        None,
    ),
    (
        GP,
        "2025-09-29",
        "Report written for child protection conference on 1/10 - no GP concerns for the children; mother's anxiety noted.",
        "Mia; Tyler; Kerry; Dr Okafor",
        None,
    ),
    (
        HV,
        "2025-10-02",
        "Letter to Kerry confirming the outcome of the initial conference and the new visit schedule.",
        "Kerry",
        None,
    ),
    (
        HV,
        "2025-10-22",
        "Home visit: Tyler's hand healing well, dressing clean. Kerry managing. Safe sleep reminder.",
        "Tyler; Kerry; Claire Moss",
        None,
    ),
    (
        GP,
        "2025-10-20",
        "Kerry seen: low mood, sertraline started. Aware of CP plans.",
        "Kerry",
        None,
    ),
    (
        POL,
        "2025-10-13",
        "Decision on assault 06/09: NFA - evidential difficulties, IP withdrew support.",
        "Jason Platt; Kerry Dawson",
        None,
    ),
    (
        CSC,
        "2025-10-24",
        "Management oversight of the core group decisions: plan proportionate, visits every 10 working days.",
        "Mia; Tyler",
        None,
    ),
    (
        HV,
        "2025-11-10",
        "Rang Kerry to rearrange Tyler's 2-year review. No answer, message left.",
        "Kerry; Tyler",
        None,
    ),
    (
        CSC,
        "2025-11-13",
        "Visit to Mia at school as planned. Mia said she wants to see Jason but understands why she cannot.",
        "Mia; Anita Bhatt",
        None,
    ),
    (
        DAS,
        "2025-11-24",
        "Weekly IDVA call - Kerry low, says she cannot cope. Encouraged to see GP.",
        "Kerry; Ruth Ellis",
        None,
    ),
    (
        SCH,
        "2025-11-26",
        "Mia brought in by grandmother. Quiet, wanted to stay with class teacher at lunch.",
        "Mia; Pauline",
        None,
    ),
    (
        HOS,
        "2025-11-27",
        "Kerry Dawson reviewed by mental health liaison on ward; discharged home with crisis team follow-up.",
        "Kerry",
        None,
    ),
    (
        GP,
        "2025-12-01",
        "Telephone consultation with Kerry following discharge from hospital; medication reviewed.",
        "Kerry; Dr Okafor",
        None,
    ),
    (
        POL,
        "2025-12-02",
        "PLATT charged with breach of NMO, remanded to court.",
        "Jason Platt",
        None,
    ),
    (
        CSC,
        "2025-12-12",
        "Letter to Kerry confirming the outcome of the review conference.",
        "Kerry",
        None,
    ),
    (
        HV,
        "2025-12-12",
        "Home visit following conference. Tyler's 2-year review completed: ASQ in range.",
        "Tyler; Kerry; Claire Moss",
        None,
    ),
    (
        DAS,
        "2025-10-01",
        "IDVA report sent to the child protection conference (IDVA not invited).",
        "Ruth Ellis; Kerry",
        None,
    ),
    (
        POL,
        "2025-10-19",
        "Attended address re report of shouting - words only between Kerry DAWSON and neighbour. No offences.",
        "Kerry Dawson",
        None,
    ),
]
H_POOLS = {
    CSC: [
        (
            "Statutory visit to the home; both children seen. Home conditions adequate.",
            "Mia; Tyler; Kerry",
        ),
        ("Case note: supervision with team manager, plan discussed.", ""),
        ("Kerry phoned to ask about nursery funding for Tyler. Information sent.", "Kerry; Tyler"),
        ("Direct work session with Mia at school using the three houses tool.", "Mia"),
        ("Unannounced visit - no answer at the door. Card left.", "Kerry"),
        ("Statutory visit. Kerry reports no contact from Jason.", "Kerry; Jason"),
    ],
    POL: [
        ("PNC check completed on request of CSC.", "Jason Platt"),
        ("Address flagged on command and control system.", "Kerry Dawson"),
        ("Call from Kerry DAWSON re unknown number calling her. Advice given.", "Kerry Dawson"),
        ("Welfare check at home addr - all well.", "Kerry Dawson"),
    ],
    GP: [
        ("Tyler - routine immunisations given.", "Tyler"),
        ("Mia seen with cough, viral, advice given.", "Mia"),
        ("Kerry - medication review, sertraline continued.", "Kerry"),
        ("Repeat prescription issued.", "Kerry"),
        ("Tyler seen with nappy rash, cream prescribed.", "Tyler"),
    ],
    HV: [
        ("Home visit. Tyler weighed {w}kg. Kerry coping well.", "Tyler; Kerry"),
        ("Home contact: play and language advice, Tyler babbling well.", "Tyler"),
        ("Clinic weigh: Tyler {w}kg.", "Tyler"),
        ("Phone contact with Kerry - no concerns.", "Kerry"),
    ],
    SCH: [
        ("Mia attendance this week {n}/10 sessions.", "Mia"),
        ("Mia's reading improving; smiling in class.", "Mia"),
        ("Mia forgot PE kit.", "Mia"),
        ("Nurture group session - Mia took part.", "Mia"),
        (
            "Mia had a minor fall in the playground, first aid given, mum told at home time.",
            "Mia; Kerry",
        ),
    ],
    HOS: [
        ("!Kerry Dawson - gynaecology outpatient appointment attended.", "Kerry"),
        ("!Tyler Dawson - audiology appointment, hearing normal.", "Tyler"),
        ("Kerry Dawson - physiotherapy outpatient, back pain.", "Kerry"),
    ],
    DAS: [
        ("IDVA weekly call with Kerry. No new incidents.", "Kerry; Ruth Ellis"),
        ("Kerry attended Freedom Programme session {n}.", "Kerry"),
        ("Text check-in with Kerry, replied she is fine.", "Kerry"),
    ],
}
H_WIN = {
    DAS: ("2025-09-12", "2025-12-19"),
    HOS: ("2025-09-01", "2025-12-19"),
}


def build_h():
    entries = (
        H_EVENTS + H_DECOYS + filler("h", H_POOLS, "2025-09-01", "2025-12-19", 50, windows=H_WIN)
    )
    return build(
        "h",
        "Domestic abuse, two children on CP plans, an overdose; seven agencies, long lags, Sep-Dec 2025",
        H_PEOPLE,
        H_AG,
        entries,
        HERE / "case_h.json",
    )


# ---------------------------------------------------------------- case i
IPOL = "Police"
AMB = "Ambulance service"
ICSC = "Children's Social Care"
IHOS = "Northfield General Hospital"
ISCH = "Brookside Academy"
I_AG = [
    (IPOL, "police", "police"),
    (AMB, "health", "iso"),
    (ICSC, "social_care", "csc"),
    (IHOS, "health", "health"),
    (ISCH, "education", "school"),
]
I_PEOPLE = [
    ("Natasha Carver", ["Natasha", "NC"], "Mother", "parent"),
    ("Lee Carver", ["Lee", "LC"], "Father", "parent"),
    ("Jordan Carver", ["Jordan", "JC"], "Child J", "child"),
    ("Ellie Carver", ["Ellie"], "Child E", "child"),
    ("Hannah Price", ["Ms Price"], "Social worker", "professional"),
    ("PC Dunn", [], "Police constable", "professional"),
    ("Mrs Akhtar", [], "DSL", "professional"),
]
I_EVENTS = [
    # I01: Jordan found intoxicated in a park on a Saturday night.
    (
        IPOL,
        "2025-03-08 21:40",
        "Concern for welfare. Youth JC (14) located Beacon Park, intox, vomiting. YAS req. Parents informed.",
        "Jordan Carver; PC Dunn",
        "I01",
    ),
    (
        AMB,
        "2025-03-08 22:05",
        "Pt 14M, park, GCS 14, ETOH ++. Obs stable. Conveyed NGH, police on scene.",
        "",
        "I01",
    ),
    (
        IHOS,
        "2025-03-08 22:40",
        "Jordan Carver 14y BIBA - acute alcohol intoxication. Observed overnight, discharged to father am. Safeguarding referral made.",
        "Jordan; Lee",
        "I01",
    ),
    (
        ICSC,
        "2025-03-10",
        "On Monday morning the front door team received a notification from the police and a safeguarding referral from Northfield General Hospital concerning Jordan, who had been found by officers in Beacon Park late on Saturday evening so intoxicated that an ambulance was called. He was kept in hospital overnight and went home with his father on Sunday. Given the previous missing episodes and the concerns about older youths, the case has been passed to the assessment team and a strategy meeting requested.",
        "Jordan; Lee; Natasha",
        "I01",
    ),
    (
        ISCH,
        "2025-03-10",
        "Mum emailed: Jordan absent today, was in hospital over the weekend.",
        "Jordan; Natasha",
        "I01",
    ),
    # I02: strategy meeting.
    (
        ICSC,
        "2025-03-12",
        "A strategy meeting was held today chaired by the team manager, with PC Dunn and Mrs Akhtar from Brookside Academy. Partners shared concerns that Jordan is being drawn into criminal exploitation by older young people. The threshold for a section 47 enquiry was not met; an assessment will continue under section 17 with a referral to the exploitation panel.",
        "Jordan; PC Dunn; Mrs Akhtar; Hannah Price",
        "I02",
    ),
    (
        IPOL,
        "2025-03-12",
        "Strat mtg (CSC). CCE concerns JC. No s47. Intel sub.",
        "PC Dunn; Jordan Carver",
        "I02",
    ),
    (ISCH, "2025-03-12", "DSL attended strat meeting re Jordan.", "Mrs Akhtar; Jordan", "I02"),
    # I03: domestic on a Sunday in the early hours.
    (
        IPOL,
        "2025-03-23 01:20",
        "DA. NC v LC, verbal only. No offences disclosed. 2 ch in bed. DASH std. PPN.",
        "Natasha Carver; Lee Carver",
        "I03",
    ),
    (
        ICSC,
        "2025-03-25",
        "A Police Protection Notice was received yesterday and screened today. In the early hours of Sunday police were called to the family home after an argument between Natasha and Lee; no offences were disclosed and both children were in bed. This is the second notification this month and will be considered within the ongoing assessment.",
        "Natasha; Lee; Jordan; Ellie",
        "I03",
    ),
    (
        ISCH,
        "2025-03-24",
        "Op Encompass notif rec'd - Jordan & Ellie (Ellie via primary).",
        "Jordan; Ellie",
        "I03",
    ),
    # I04: Lee's fall: ambulance and hospital.
    (
        AMB,
        "2025-03-24 16:10",
        "Pt 45M fall from ladder at home addr approx 2m. Head lac, no LOC. Conveyed NGH.",
        "",
        "I04",
    ),
    (
        IHOS,
        "2025-03-24 16:45",
        "Lee Carver attended ED by ambulance after fall from ladder. Scalp laceration glued. Discharged.",
        "Lee",
        "I04",
    ),
    # I05: joint visit.
    (
        ICSC,
        "2025-03-26",
        "Hannah Price and PC Dunn visited the family home together. Both parents were seen; they minimised the argument at the weekend and said they have been under strain since Lee's fall. Jordan was seen in his bedroom and was reluctant to talk about who he spends time with.",
        "Hannah Price; PC Dunn; Natasha; Lee; Jordan",
        "I05",
    ),
    (
        IPOL,
        "2025-03-26",
        "JV w SW PRICE. Both parents seen. JC spoken to. Words of advice.",
        "PC Dunn; Hannah Price",
        "I05",
    ),
    # I06: missing on a Friday night.
    (
        IPOL,
        "2025-04-11 20:15",
        "MISPER JC 14, reported by mother. Med risk. Located 23:50 Asda car park with 2 older males. Returned home. RHI req.",
        "Jordan Carver; Natasha Carver",
        "I06",
    ),
    (
        ICSC,
        "2025-04-14",
        "We were informed by the police this morning that Jordan was reported missing by his mother on Friday evening and was found by officers late that night in a supermarket car park with two older males. A return home interview has been arranged for Wednesday and the exploitation screening tool will be updated.",
        "Jordan; Natasha",
        "I06",
    ),
    (
        ISCH,
        "2025-04-14",
        "Police informed school that Jordan had been missing on Fri night. Pastoral to check in with him.",
        "Jordan",
        "I06",
    ),
    # I07: return home interview.
    (
        ICSC,
        "2025-04-16",
        "Return home interview completed with Jordan at school. He would not say who the older males were but agreed to keep his phone on when he goes out.",
        "Jordan; Hannah Price",
        "I07",
    ),
    (
        ISCH,
        "2025-04-16",
        "RHI took place in school (SW). Mrs Akhtar present at J's request.",
        "Jordan; Mrs Akhtar",
        "I07",
    ),
    # I08: Ellie's asthma attack on a Saturday night.
    (
        AMB,
        "2025-05-03 21:30",
        "Pt 9F SOB, hx asthma, nebs x2 on scene, sats 91%. Conveyed NGH.",
        "",
        "I08",
    ),
    (
        IHOS,
        "2025-05-03 22:00",
        "Ellie Carver BIBA with acute asthma. Nebulised, steroids. Discharged 04/05 with asthma plan.",
        "Ellie; Natasha",
        "I08",
    ),
    # I09: Jordan self-presents next afternoon (not the same event as I08); CSC told Tuesday.
    (
        IHOS,
        "2025-05-04 15:20",
        "Jordan Carver self-presented to ED with a 4cm laceration to L forearm. States fell off bike. Inconsistent account. Steri-strips. Safeguarding referral to CSC.",
        "Jordan",
        "I09",
    ),
    (
        ICSC,
        "2025-05-06",
        "The hospital liaison nurse contacted the service to share that Jordan had attended the emergency department on Sunday afternoon with a cut to his forearm that he said came from falling off his bike; staff were not convinced by the explanation. His sister had been taken to hospital by ambulance the night before with an asthma attack.",
        "Jordan; Ellie",
        "I09",
    ),
    # I10: ICPC.
    (
        ICSC,
        "2025-05-22",
        "An initial child protection conference was held for Jordan and Ellie. The conference agreed that both children should be subject to child protection plans under the category of neglect, given the parents' inability to keep Jordan safe from exploitation and the impact of domestic conflict on Ellie.",
        "Jordan; Ellie; Natasha; Lee; Hannah Price",
        "I10",
    ),
    (IPOL, "2025-05-22", "ICPC attended (PC DUNN). Both ch CP plans - neglect.", "PC Dunn", "I10"),
    (
        ISCH,
        "2025-05-22",
        "Initial CP conf - DSL attended. Jordan on a plan.",
        "Mrs Akhtar; Jordan",
        "I10",
    ),
]
I_DECOYS = [
    (IPOL, "2025-03-10", "Intel sub re youths assoc w JC in Beacon Park.", "Jordan Carver", None),
    (
        ICSC,
        "2025-03-24",
        "Telephone call with Natasha to arrange a visit; she said things had calmed down at home.",
        "Natasha",
        None,
    ),
    (ISCH, "2025-03-26", "Jordan in isolation for phone use in lesson.", "Jordan", None),
    (
        IPOL,
        "2025-04-12",
        "JC seen by patrol Beacon Park with older males, dispersed.",
        "Jordan Carver",
        None,
    ),
    (ISCH, "2025-04-15", "Jordan late to school, tired.", "Jordan", None),
    (
        ICSC,
        "2025-05-05",
        "Management oversight: case to be considered for initial child protection conference.",
        "Jordan; Ellie",
        None,
    ),
    (
        AMB,
        "2025-05-04 02:10",
        "Pt 67F fall at home, no injuries, left at home with family.",
        "",
        None,
    ),
    (ISCH, "2025-05-06", "Ellie's brother Jordan absent Monday - mum says unwell.", "Jordan", None),
    (
        ICSC,
        "2025-05-23",
        "Letter to parents confirming the outcome of the conference and the date of the first core group.",
        "Natasha; Lee",
        None,
    ),
    (IHOS, "2025-03-25", "Lee Carver returned to ED - wound check, healing.", "Lee", None),
]
I_POOLS = {
    IPOL: [
        ("Patrol check Beacon Park - no sightings JC.", "Jordan Carver"),
        ("Intel sub re county lines activity in area.", ""),
    ],
    ICSC: [
        (
            "Statutory visit to the family home. Both children seen; Jordan stayed in his room for most of the visit.",
            "Jordan; Ellie",
        ),
        ("Case supervision with the team manager; assessment timescales reviewed.", ""),
        ("Direct work with Ellie at home about her worries.", "Ellie"),
    ],
    IHOS: [
        ("!Ellie Carver - respiratory clinic review, inhaler technique good.", "Ellie"),
        ("Natasha Carver - fracture clinic follow-up (wrist), healing.", "Natasha"),
    ],
    ISCH: [
        ("Jordan attendance {n}0% this week.", "Jordan"),
        ("Jordan detention for missing homework.", "Jordan"),
        ("Jordan met with mentor.", "Jordan"),
        ("Parents evening - mum attended.", "Natasha"),
    ],
    AMB: [
        ("!Pt 45M chest pain at home, ECG normal, not conveyed.", ""),
        ("Pt 30s F anxiety attack at address, calmed, not conveyed.", ""),
    ],
}


def build_i():
    entries = I_EVENTS + I_DECOYS + filler("i", I_POOLS, "2025-03-03", "2025-05-30", 16)
    return build(
        "i",
        "Teenager at risk of exploitation, domestic conflict; five agencies, terse police/ambulance notes beside long social-care prose",
        I_PEOPLE,
        I_AG,
        entries,
        HERE / "case_i.json",
    )


if __name__ == "__main__":
    build_h()
    build_i()
