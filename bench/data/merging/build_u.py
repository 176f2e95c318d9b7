# ruff: noqa
"""Writing aid for case_u.json (stdlib only, deterministic): python3 build_u.py > case_u.json"""

import json, random

random.seed(2614)
CSC, POL, GP, HV, ED, SCH, HOU, DA = (
    "Children's Social Care",
    "Police",
    "Elmwood Surgery",
    "0-19 Health Service",
    "Ashford General Hospital",
    "Brook Lane Primary School",
    "Ashford Housing Options",
    "Haven DA Service",
)
AG = [
    (CSC, "social_care"),
    (POL, "police"),
    (GP, "health"),
    (HV, "health"),
    (ED, "health"),
    (SCH, "education"),
    (HOU, "other"),
    (DA, "other"),
]
PEOPLE = [
    {"name": "Chloe Marsh", "aliases": ["Chloe", "Mum"], "label": "Mother", "category": "parent"},
    {"name": "Ryan Tate", "aliases": ["Ryan"], "label": "Partner", "category": "other_adult"},
    {"name": "Mia Marsh", "aliases": ["Mia"], "label": "Child M", "category": "child"},
    {"name": "Alfie Marsh", "aliases": ["Alfie"], "label": "Child A", "category": "child"},
    {"name": "Jean Marsh", "aliases": ["MGM"], "label": "Grandmother", "category": "family"},
]


def fmt(agency, d):
    y, m, dd = d.split("-")
    mon = ["Jan", "Feb", "Mar", "Apr", "May"][int(m) - 1]
    return {
        CSC: f"{int(dd)} {['January', 'February', 'March', 'April', 'May'][int(m) - 1]} {y}",
        POL: f"{dd}/{m}/{y}",
        GP: f"{dd}-{mon}-{y}",
        HV: f"{dd}.{m}.{y[2:]}",
        ED: f"{dd}/{m}/{y}",
        SCH: f"{int(dd)}/{int(m)}/{y[2:]}",
        HOU: f"{dd}/{m}/{y}",
        DA: f"{int(dd)} {mon} {y}",
    }[agency]


R = []  # (agency, date, time, text, people, event, [date_text, precision, date_end])


def e(a, d, t, text, p, ev=None, dt=None, prec="day", end=None):
    R.append((a, d, t, text, p, ev, dt, prec, end))


# E01 DA incident Sat 10 Jan
e(
    POL,
    "2026-01-10",
    "23:10",
    "Call from neighbour, shouting at address. Officers attended. Chloe with cut lip, states Ryan pushed her into door frame. Ryan arrested for ABH. Mia (7) and Alfie (1) present, asleep upstairs. DASH high. PPN submitted.",
    "Chloe Marsh; Ryan Tate; Mia; Alfie",
    "E01",
)
e(
    CSC,
    "2026-01-12",
    "09:20",
    "MASH: Police Protection Notice received re domestic incident Saturday night. Mother assaulted by partner, two children in the home. RAG red, passed for strategy discussion.",
    "Chloe Marsh; Ryan Tate; Mia Marsh; Alfie Marsh",
    "E01",
)
e(
    SCH,
    "2026-01-12",
    "08:45",
    "Op Encompass notification received by DSL: police attended home at the weekend, Mia present. Class teacher told to monitor.",
    "Mia",
    "E01",
)
e(
    SCH,
    "2026-01-12",
    "15:30",
    "Mum phoned re Mia's dinner money balance, arranged to pay Friday.",
    "Mum; Mia",
)
e(
    GP,
    "2026-01-12",
    "11:10",
    "Alfie - 12 month imms given. No concerns. Mum attended.",
    "Alfie; Chloe",
)
# E02 strategy 14 Jan, HV minutes 19 Jan
e(
    CSC,
    "2026-01-14",
    "10:00",
    "Strategy discussion held (CSC, Police, health). Threshold for s47 met for both children. Joint visit tomorrow.",
    "Mia Marsh; Alfie Marsh; Chloe Marsh; Ryan Tate",
    "E02",
)
e(
    POL,
    "2026-01-14",
    "10:00",
    "Strat disc with CSC re Marsh children. Agreed s47 joint. Ryan Tate on bail, conditions not to attend address.",
    "Ryan Tate; Mia Marsh; Alfie Marsh",
    "E02",
)
e(
    HV,
    "2026-01-19",
    None,
    "Minutes of strategy meeting 14/01 received and uploaded. HV to attend ICPC.",
    "Alfie",
    "E02",
)
e(
    CSC,
    "2026-01-14",
    "16:40",
    "Team manager oversight: agree with strategy decision and s47 outcome; SW to update by Friday.",
    "Mia Marsh; Alfie Marsh",
)
# E03 JV 15 Jan
e(
    CSC,
    "2026-01-15",
    "14:00",
    "Joint home visit with police. Mia seen alone in bedroom, said 'Ryan shouts at mummy'. Alfie seen, no marks. Chloe agreed safety plan.",
    "Mia Marsh; Alfie Marsh; Chloe Marsh",
    "E03",
)
e(
    POL,
    "2026-01-15",
    "14:00",
    "JV with SW to home. Both children seen and spoken to. Safety plan in place.",
    "Chloe Marsh; Mia; Alfie",
    "E03",
)
e(
    GP,
    "2026-01-15",
    "09:20",
    "Chloe - low mood, poor sleep. PHQ9 14. Started sertraline 50mg. Discloses 'problems at home', declined DA service details today.",
    "Chloe Marsh",
)
e(
    HV,
    "2026-01-16",
    "10:30",
    "Home visit: Alfie 1yr review, weight 9.6kg (50th). Mum tearful, talked about last weekend. Leaflets Haven given.",
    "Alfie; Chloe",
)
# DA service referral 16 Jan (sent by police? DA service received)
e(
    POL,
    "2026-01-16",
    None,
    "IDVA referral made to Haven for Chloe Marsh following high risk DASH.",
    "Chloe Marsh",
    "E04",
)
e(
    DA,
    "2026-01-20",
    "12:15",
    "Referral received from police (high risk). IDVA called Chloe, safe to talk; agreed to see her Thursday. Case to MARAC.",
    "Chloe",
    "E04",
)
e(SCH, "2026-01-20", "09:00", "Mia late, 09:20. Mum said bus missed.", "Mia")
e(
    DA,
    "2026-01-22",
    "10:00",
    "IDVA 1:1 with Chloe at children's centre. Safety planning, Clare's law discussed.",
    "Chloe",
)
# E05 Alfie ED 27 Jan
e(
    ED,
    "2026-01-27",
    "19:05",
    "ED: 13 month male, fall from sofa onto laminate floor per mum. 3cm bruise L forehead. Alert, GCS 15. Mechanism consistent. Discharged with head injury advice.",
    "Alfie Marsh; Chloe Marsh",
    "E05",
)
e(
    ED,
    "2026-01-27",
    "21:30",
    "ED nurse: child known to CSC on s47. Safeguarding referral sent to MASH re head injury attendance.",
    "Alfie Marsh",
    "E05",
)
e(
    CSC,
    "2026-01-28",
    "09:10",
    "MASH - contact from A&E re Alfie attending last night with bruise to forehead after fall. Information passed to allocated SW.",
    "Alfie Marsh",
    "E05",
)
e(
    HV,
    "2026-01-29",
    None,
    "A&E attendance notification: Alfie 27/1, head injury, discharged.",
    "Alfie",
    "E05",
)
e(
    GP,
    "2026-02-06",
    None,
    "Discharge letter Ashford Gen Emergency Department filed: attended 27/01 minor head injury, no follow up.",
    "Alfie Marsh",
    "E05",
)
e(
    CSC,
    "2026-01-29",
    "15:00",
    "Home visit (announced). Saw bruise to Alfie forehead, fading. Mum's account of fall consistent with hospital.",
    "Alfie Marsh; Chloe Marsh",
)
e(
    SCH,
    "2026-01-28",
    "10:15",
    "Mia upset in class, said her brother 'went to hospital'. DSL logged.",
    "Mia",
)
e(
    CSC,
    "2026-02-02",
    None,
    "Report for ICPC completed and shared with parents.",
    "Mia Marsh; Alfie Marsh; Chloe Marsh",
)
# E06 ICPC 4 Feb
e(
    CSC,
    "2026-02-04",
    "10:00",
    "Initial child protection conference. Both children made subject to CP plans under emotional abuse. Core group set.",
    "Mia Marsh; Alfie Marsh; Chloe Marsh",
    "E06",
)
e(
    HV,
    "2026-02-04",
    "10:00",
    "Attended ICPC. Alfie & Mia now CPP, category emotional. HV visits fortnightly.",
    "Alfie; Mia",
    "E06",
)
e(SCH, "2026-02-04", "10:00", "DSL attended CP conf for Mia. Plan agreed.", "Mia", "E06")
e(
    GP,
    "2026-02-16",
    None,
    "Initial child protection conference minutes (04/02) received, coded CP plan for both children.",
    "Mia Marsh; Alfie Marsh",
    "E06",
)
e(
    CSC,
    "2026-02-06",
    None,
    "Letter to Chloe confirming conference outcome and first core group date.",
    "Chloe Marsh",
)
e(SCH, "2026-02-05", "13:00", "Mia did PE, no concerns. Attendance 94%.", "Mia")
e(POL, "2026-02-05", None, "Ryan Tate charged ABH, bail extended to court date.", "Ryan Tate")
e(DA, "2026-02-09", None, "Report submitted for MARAC.", "Chloe")
# E07 MARAC 11 Feb
e(
    DA,
    "2026-02-11",
    "13:30",
    "Case heard at MARAC. Actions: flag on address, housing to consider move.",
    "Chloe Marsh; Ryan Tate",
    "E07",
)
e(
    POL,
    "2026-02-11",
    "13:30",
    "Multi-Agency Risk Assessment Conference: Marsh/Tate heard. Address marker placed.",
    "Chloe Marsh; Ryan Tate",
    "E07",
)
e(CSC, "2026-02-11", "13:30", "SW attended MARAC re mother. Actions noted.", "Chloe Marsh", "E07")
e(GP, "2026-02-11", "09:40", "Chloe medication review. Sertraline helping.", "Chloe")
# E08 Housing referral sent 18 Feb received 23 Feb
e(
    DA,
    "2026-02-18",
    None,
    "Referral to Housing Options sent for Chloe, requesting management transfer due to DA.",
    "Chloe Marsh",
    "E08",
)
e(
    HOU,
    "2026-02-23",
    None,
    "New referral from Haven - Ms Marsh, fleeing DA. Application opened, priority band B.",
    "Chloe Marsh",
    "E08",
)
e(
    CSC,
    "2026-02-25",
    "14:00",
    "Core group 1. Plan reviewed, mum engaging.",
    "Chloe Marsh; Mia Marsh; Alfie Marsh",
)
e(SCH, "2026-02-25", "08:40", "Phone call to mum re Mia's reading book. Fine.", "Mum; Mia")
# E09 GP-HV call 25 Feb
e(
    HV,
    "2026-02-25",
    "11:20",
    "Phoned Dr Ahmed re Alfie's weight dropping to 25th centile; agreed GP review.",
    "Alfie",
    "E09",
)
e(
    GP,
    "2026-02-25",
    "11:20",
    "Telephone - health visitor. Weight faltering, to book child in.",
    "Alfie Marsh",
    "E09",
)
e(
    GP,
    "2026-03-02",
    "10:00",
    "Alfie reviewed, weight 9.5kg, diet advice, repeat 4 weeks.",
    "Alfie; Chloe",
)
# E10 second incident Sat 7 Mar
e(
    POL,
    "2026-03-07",
    "01:40",
    "DA. Ryan Tate at address in breach of bail. Chloe called 999. Ryan arrested. Children present. PPN.",
    "Ryan Tate; Chloe Marsh; Mia; Alfie",
    "E10",
)
e(
    CSC,
    "2026-03-09",
    "08:50",
    "PPN from weekend: Ryan returned to home Saturday, arrested for bail breach. Children on CP plans. Urgent strategy.",
    "Ryan Tate; Mia Marsh; Alfie Marsh",
    "E10",
)
e(
    SCH,
    "2026-03-09",
    "08:30",
    "Encompass email: incident at home early hours Saturday.",
    "Mia",
    "E10",
)
e(
    SCH,
    "2026-03-09",
    "12:00",
    "Mia attendance call: absent Friday, mum said temperature.",
    "Mia; Mum",
)
e(
    DA,
    "2026-03-09",
    "10:30",
    "IDVA call with Chloe, she reports Ryan came round at weekend.",
    "Chloe",
)
# E11 strategy 2 10 Mar
e(
    CSC,
    "2026-03-10",
    "11:00",
    "Second strategy discussion. Further s47 not required, CP plan continues; police to pursue remand.",
    "Mia Marsh; Alfie Marsh; Ryan Tate",
    "E11",
)
e(
    POL,
    "2026-03-10",
    "11:00",
    "Strategy meeting CSC. Agreed NFA for further s47, Tate remanded.",
    "Ryan Tate",
    "E11",
)
e(
    HV,
    "2026-03-11",
    "10:00",
    "Home visit, Alfie weighed 9.7kg. Mum says strategy again yesterday.",
    "Alfie; Chloe",
)
e(
    CSC,
    "2026-03-25",
    "14:00",
    "Core group 2. Housing application update, Mia's attendance discussed.",
    "Chloe Marsh; Mia Marsh",
)
e(HOU, "2026-03-25", None, "Offer of 2-bed flat made to Ms Marsh, Ashdown Road.", "Chloe Marsh")
# E12 moved house, month precision
e(HOU, "2026-04-08", None, "Tenancy signed, Ms Marsh moved in 08/04/2026.", "Chloe Marsh", "E12")
e(
    HV,
    "2026-04-01",
    None,
    "Family moved to Ashdown Road, new address on record.",
    "Alfie",
    "E12",
    "April 2026",
    "month",
    "2026-04-30",
)
e(SCH, "2026-04-13", "09:00", "Mum informed school of new address over Easter.", "Mum; Mia", "E12")
# E13 RCPC 29 Apr
e(
    CSC,
    "2026-04-29",
    "10:00",
    "Review child protection conference. Plans continue for 3 months.",
    "Mia Marsh; Alfie Marsh; Chloe Marsh",
    "E13",
)
e(HV, "2026-04-29", "10:00", "RCPC attended, CPP continues.", "Alfie; Mia", "E13")
e(SCH, "2026-04-29", "10:00", "DSL at review conference for Mia.", "Mia", "E13")
e(
    GP,
    "2026-05-11",
    None,
    "RCPC minutes received, CP plan remains.",
    "Mia Marsh; Alfie Marsh",
    "E13",
)
e(SCH, "2026-04-29", "14:00", "Mia upset at lunch, fell out with friend. Resolved.", "Mia")
# filler
FILL = {
    SCH: [
        "Mia reading at expected level.",
        "Attendance check, Mia in school.",
        "Mia's class assembly, mum attended.",
    ],
    HV: ["Phone contact with mum, no new concerns.", "Alfie weighed at clinic."],
    GP: ["Repeat prescription issued for Chloe.", "Chloe did not attend appointment."],
    CSC: ["SW visit, children seen.", "Supervision: case discussed."],
    DA: ["IDVA phone check-in with Chloe."],
}
PP = {SCH: "Mia", HV: "Alfie; Chloe", GP: "Chloe", CSC: "Mia Marsh; Alfie Marsh", DA: "Chloe"}
import datetime as D

for i in range(14):
    a = random.choice(sorted(FILL))
    d = D.date(2026, 1, 5) + D.timedelta(days=random.randrange(0, 110))
    if d.weekday() > 4:
        d -= D.timedelta(days=2)
    e(a, d.isoformat(), None, random.choice(FILL[a]), PP[a])
R.sort(key=lambda r: (r[1], r[2] or ""))
out = []
for i, (a, d, t, text, p, ev, dt, prec, end) in enumerate(R, 1):
    x = {"id": f"u{i:03d}", "agency": a, "date": d, "date_text": dt or fmt(a, d), "precision": prec}
    if end:
        x["date_end"] = end
    x.update({"time": t, "text": text, "people": p, "event": ev})
    out.append(x)
print(
    json.dumps(
        {
            "case": "u",
            "description": "DA by mother's partner, two children on CP plans, rehousing; 8 agencies, Jan-May 2026",
            "people": PEOPLE,
            "agencies": [{"name": n, "kind": k} for n, k in AG],
            "entries": out,
        },
        indent=1,
        ensure_ascii=False,
    )
)
