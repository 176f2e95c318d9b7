"""Case P (merging3 helper): written by the merging3 tuner AFTER reading the tuning rules,
before any rule change. Miss kinds from issue 14 §1: long agency lags (GP files a discharge
letter, minutes filed days later, referral sent vs received, letter after a visit), "HV" as home
visit (social care) vs health visitor (health), calls where each side names only the other's
professional, and hard negatives: same-day distinct happenings involving the same family."""

# ruff: noqa: E501  (entries are data, text as the agency wrote it)

import json
from pathlib import Path

people = [
    {"name": "Kacper Nowak", "aliases": ["Kacper", "KN"], "label": "Child K", "category": "child"},
    {
        "name": "Zofia Nowak",
        "aliases": ["Zofia", "Ms Nowak", "mum"],
        "label": "Mother",
        "category": "parent",
    },
    {"name": "Lena Nowak", "aliases": ["Lena"], "label": "Sibling", "category": "child"},
    {
        "name": "Dean Price",
        "aliases": ["Dean", "Mr Price"],
        "label": "Partner",
        "category": "other_adult",
    },
    {
        "name": "Amira Haddad",
        "aliases": ["Amira", "SW Haddad"],
        "label": "Social worker",
        "category": "professional",
    },
    {
        "name": "Ruth Ellison",
        "aliases": ["Ruth", "HV Ellison"],
        "label": "Health visitor",
        "category": "professional",
    },
    {"name": "Dr Sanjay Mehta", "aliases": ["Dr Mehta"], "label": "GP", "category": "professional"},
    {
        "name": "Tom Barker",
        "aliases": ["DC Barker"],
        "label": "Police officer",
        "category": "professional",
    },
]
agencies = [
    {"name": "Children's Social Care", "kind": "social_care"},
    {"name": "Police", "kind": "police"},
    {"name": "GP Practice", "kind": "health"},
    {"name": "Health Visiting", "kind": "health"},
    {"name": "Hospital Trust", "kind": "health"},
    {"name": "Primary School", "kind": "education"},
]
CSC, POL, GP, HVS, HOS, SCH = (a["name"] for a in agencies)
rows = [
    # P01: ED attendance, GP files discharge letter 12 days later
    (
        HOS,
        "2026-02-03",
        "14:20",
        "Kacper brought to ED by mother with scald to left forearm. Explanation: pulled kettle. Safeguarding checklist completed, referral to CSC.",
        "Kacper; Zofia",
        "P01",
    ),
    (
        GP,
        "2026-02-15",
        None,
        "Discharge letter received from A&E re 3/2 attendance - scald L forearm. Noted. Dressing clinic arranged.",
        "Kacper",
        "P01",
    ),
    (
        CSC,
        "2026-02-04",
        "09:30",
        "Contact from hospital safeguarding team: child seen in emergency department with scald, mother's account consistent. Sent to MASH.",
        "Kacper; Zofia",
        "P01",
    ),
    (
        HOS,
        "2026-02-03",
        "16:00",
        "Safeguarding referral to children's social care sent by ED nurse re scald injury.",
        "Kacper",
        "P01",
    ),
    # P03: strategy discussion, minutes filed 8 days later by school
    (
        CSC,
        "2026-02-10",
        "11:00",
        "Strategy discussion held: CSC, police, health, school. Agreed single-agency s47 enquiry led by SW Haddad.",
        "Kacper; Amira Haddad",
        "P03",
    ),
    (
        POL,
        "2026-02-10",
        "11:00",
        "Attended strategy meeting by phone. Police to complete PNC checks on Dean Price. No joint investigation.",
        "Dean Price; Tom Barker",
        "P03",
    ),
    (
        SCH,
        "2026-02-18",
        None,
        "Minutes of strategy discussion of 10 February received from social care and filed on CPOMS.",
        "Kacper",
        "P03",
    ),
    # P04: home visit by social worker, "HV" in social care note; letter to GP a week later
    (
        CSC,
        "2026-02-12",
        "15:00",
        "HV completed by SW. Kacper and Lena seen alone. Home conditions adequate. Mr Price not present.",
        "Kacper; Lena; Amira Haddad",
        "P04",
    ),
    (
        GP,
        "2026-02-20",
        None,
        "Letter from social worker Amira Haddad following home visit on 12/2: children seen, s47 ongoing. Scanned to record.",
        "Kacper; Lena",
        "P04",
    ),
    # P05: health visitor contact same family, different happening (Lena's development review)
    (
        HVS,
        "2026-02-12",
        "10:00",
        "HV visit for Lena 2-year review. Mum present. Development within range. Mum tearful, says partner moved back in.",
        "Lena; Zofia; Ruth Ellison",
        "P05",
    ),
    (
        CSC,
        "2026-02-13",
        "09:00",
        "Call from health visitor Ruth Ellison: at developmental review yesterday mother disclosed partner has moved back in.",
        "Zofia; Ruth Ellison",
        "P05",
    ),
    # P06: call where each side names the other's professional
    (
        CSC,
        "2026-02-16",
        "14:00",
        "Telephone call to Dr Mehta to request information on family's health history for s47 enquiry.",
        "Dr Mehta",
        "P06",
    ),
    (
        GP,
        "2026-02-16",
        "14:05",
        "Phone call from SW Haddad requesting health information for child protection enquiry. Summary to be sent.",
        "Amira Haddad",
        "P06",
    ),
    # P07: police domestic incident, notification to CSC 2 days later, school Encompass next morning
    (
        POL,
        "2026-02-21",
        "23:40",
        "Domestic incident at home address: verbal argument between Zofia Nowak and Dean Price, children in the property. DASH standard. PPN submitted.",
        "Zofia; Dean Price; Kacper; Lena",
        "P07",
    ),
    (
        CSC,
        "2026-02-23",
        "10:00",
        "PPN received from police re DA incident on 21/2, children present. Added to s47 enquiry.",
        "Zofia; Dean Price",
        "P07",
    ),
    (
        SCH,
        "2026-02-22",
        "08:30",
        "Operation Encompass notification: police attended home overnight, domestic. Kacper seen by DSL, settled.",
        "Kacper",
        "P07",
    ),
    # Hard negatives: same-day distinct happenings involving the same family
    (
        SCH,
        "2026-02-03",
        "09:00",
        "Kacper late to school, mother says he overslept. Attendance 91%.",
        "Kacper; Zofia",
        None,
    ),
    (
        CSC,
        "2026-02-21",
        "14:00",
        "Home visit to Zofia Nowak: discussed safety plan. Mr Price's contact to be supervised.",
        "Zofia; Dean Price",
        None,
    ),
    (
        HVS,
        "2026-02-21",
        "11:00",
        "Telephone contact with mother re Lena's sleep. Advice given.",
        "Lena; Zofia",
        None,
    ),
    (
        POL,
        "2026-02-12",
        "19:00",
        "Dean Price arrested for theft from shop in town centre. Released under investigation.",
        "Dean Price",
        None,
    ),
    (
        GP,
        "2026-02-03",
        "10:30",
        "Zofia Nowak seen: low mood, sertraline started. Review 4 weeks.",
        "Zofia",
        None,
    ),
    (
        SCH,
        "2026-02-16",
        "12:00",
        "Kacper upset at lunchtime, told teacher mum and Dean shout at night. Logged CPOMS and passed to DSL.",
        "Kacper; Dean Price",
        None,
    ),
    (
        CSC,
        "2026-02-17",
        "10:00",
        "DSL from school called: Kacper said mum and Dean shout at night. Added to enquiry.",
        "Kacper",
        "P08",
    ),
    (
        SCH,
        "2026-02-17",
        "09:45",
        "DSL phoned allocated social worker to share Kacper's disclosure of yesterday.",
        "Kacper; Amira Haddad",
        "P08",
    ),
    # P09: child protection conference, minutes later to GP, police attended
    (
        CSC,
        "2026-03-03",
        "10:00",
        "Initial child protection conference. Kacper and Lena made subject to CP plans under neglect.",
        "Kacper; Lena; Zofia",
        "P09",
    ),
    (
        POL,
        "2026-03-03",
        "10:00",
        "Attended ICPC. Police information shared. Children made subject to plans.",
        "Kacper; Lena",
        "P09",
    ),
    (
        GP,
        "2026-03-13",
        None,
        "ICPC minutes received: both children on child protection plans (neglect). Alert added to records.",
        "Kacper; Lena",
        "P09",
    ),
    (
        HVS,
        "2026-03-03",
        "15:00",
        "Home visit to Lena: weight checked, mum reports conference this morning went badly.",
        "Lena; Zofia",
        None,
    ),
]
entries = []
for n, (agency, date, time, text, ppl, event) in enumerate(rows, start=1):
    entry = {
        "id": f"p{n:03d}",
        "agency": agency,
        "date": date,
        "date_text": date,
        "precision": "day",
        "time": time or None,
        "text": text,
        "people": ppl,
        "event": event,
    }
    entries.append(entry)
case = {
    "case": "p",
    "description": "Own tuning case of the merging3 tuner (written after reading the rules).",
    "people": people,
    "agencies": agencies,
    "entries": entries,
}
Path(__file__).with_name("case_p.json").write_text(json.dumps(case, indent=1) + "\n")
