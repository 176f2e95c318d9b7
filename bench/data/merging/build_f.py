# ruff: noqa: E501
"""Tuning case f (issue 14, part 1): written by hand, entry by entry, by the tuner of the
event grouping on 4 December 2026, for the kinds of miss issue 14 names: lags beyond 3 days
(minutes, letters, a Monday notification, a discharge letter 12 days on), abbreviations on one
side (PPN, strat disc, JV, ICPC, CG, MARAC, A&E), pairs sharing only register people (a phone
call recorded at both ends) and same-day decoys. A tuning case: the rules may be tuned on it.

    python bench/data/merging/build_f.py    # writes case_f.json beside it"""

import json
from pathlib import Path

CSC, POL, GP, HV, NUR = (
    "Children's Social Care",
    "Police",
    "Riverside GP Practice",
    "Health Visiting",
    "Little Oaks Nursery",
)
E = [
    # (agency, date, time, text, people, event)
    (
        HV,
        "2025-02-25",
        None,
        "Routine HV contact at home. Leo weighed, 50th centile. Shannon well.",
        "Leo; Shannon",
        None,
    ),
    (NUR, "2025-03-03", None, "Leo settled well this week. Eating lunch.", "Leo", None),
    (
        POL,
        "2025-03-08",
        "23:10",
        "DA incident at home address. Dean Walsh arrested for assault on IP Shannon Price. Child Leo (2) asleep upstairs. DASH high.",
        "Dean Walsh; Shannon Price; Leo",
        "F01",
    ),
    (
        CSC,
        "2025-03-10",
        None,
        "Police Protection Notice received re domestic abuse on Saturday night; partner arrested. Leo present in the home. Passed to duty.",
        "Shannon; Leo; Dean",
        "F01",
    ),
    (
        NUR,
        "2025-03-10",
        "08:20",
        "Operation Encompass call: police were called to Leo's home at the weekend. Key worker aware; Leo quiet on arrival.",
        "Leo; Karen",
        "F01",
    ),
    (
        GP,
        "2025-03-10",
        None,
        "Shannon - review of asthma inhaler technique. No other concerns raised.",
        "Shannon",
        None,
    ),
    (
        CSC,
        "2025-03-11",
        None,
        "Strategy discussion held: Priya Nair (SW), DC Reilly, Joanne Bell (HV). Threshold met, s47 to be undertaken jointly.",
        "Priya Nair; Tom Reilly; Joanne Bell; Leo",
        "F02",
    ),
    (
        POL,
        "2025-03-11",
        None,
        "Strat disc with CSC re Leo Price. Agreed joint child protection enquiry. DC Reilly to attend visit tomorrow.",
        "Tom Reilly; Leo Price",
        "F02",
    ),
    (
        HV,
        "2025-03-17",
        None,
        "Minutes received of strategy meeting on 11/03. Section 47 to proceed. HV records flagged.",
        "Joanne Bell; Leo",
        "F02",
    ),
    (
        CSC,
        "2025-03-12",
        None,
        "JV with police to see Leo and Shannon. Leo seen in his bedroom, no marks. Shannon says Dean will not return.",
        "Leo; Shannon; Tom Reilly",
        "F03",
    ),
    (
        POL,
        "2025-03-12",
        None,
        "Visited the home jointly with social worker Priya Nair. Spoke to Shannon, who declined to support a prosecution.",
        "Priya Nair; Shannon Price",
        "F03",
    ),
    (NUR, "2025-03-12", None, "Leo collected early by grandmother.", "Leo", None),
    (
        POL,
        "2025-03-20",
        None,
        "Dean Walsh released under investigation, bail conditions not to attend the address.",
        "Dean Walsh",
        None,
    ),
    (
        HV,
        "2025-03-24",
        None,
        "Home visit. Shannon tearful, discussed support services. Leo 12.2kg.",
        "Shannon; Leo",
        None,
    ),
    (
        CSC,
        "2025-04-01",
        None,
        "Initial child protection conference: Leo made subject to a child protection plan, category emotional abuse.",
        "Leo; Shannon; Priya Nair",
        "F05",
    ),
    (
        GP,
        "2025-04-01",
        None,
        "Dr Khan dialled into ICPC for Leo. Outcome: CP plan.",
        "Amir Khan; Leo",
        "F05",
    ),
    (
        NUR,
        "2025-04-08",
        None,
        "Letter rec'd: outcome of initial conference - Leo on a CP plan. Nursery on core group.",
        "Leo; Karen",
        "F05",
    ),
    (
        HV,
        "2025-04-03",
        None,
        "Shannon phoned: Leo was taken to A&E yesterday evening with a burn to his left forearm from a hair straightener. Treated and discharged.",
        "Shannon; Leo",
        "F04",
    ),
    (
        GP,
        "2025-04-14",
        None,
        "Discharge letter from Emergency Department: Leo seen 2/4, superficial burn L forearm, dressing applied. Mechanism consistent.",
        "Leo",
        "F04",
    ),
    (
        NUR,
        "2025-04-03",
        None,
        "Leo has a dressing on his left arm; Shannon said he touched hair straighteners.",
        "Leo; Shannon",
        None,
    ),
    (
        CSC,
        "2025-05-06",
        None,
        "Core group meeting. Attended: SW, HV, nursery manager, Shannon. Plan reviewed; Shannon engaging with DA programme.",
        "Priya Nair; Joanne Bell; Karen; Shannon",
        "F07",
    ),
    (
        NUR,
        "2025-05-06",
        None,
        "CG attended by Karen (manager). Leo's attendance 92%, progress good.",
        "Karen; Leo",
        "F07",
    ),
    (
        HV,
        "2025-05-06",
        None,
        "Core grp - HV attended. Leo's development on track.",
        "Joanne Bell; Leo",
        "F07",
    ),
    (GP, "2025-05-07", None, "Leo - viral URTI, advice given.", "Leo", None),
    (
        HV,
        "2025-05-16",
        None,
        "Referral to MASH: at clinic Shannon disclosed that Dean has moved back into the home despite bail conditions.",
        "Shannon; Dean; Joanne Bell",
        "F06",
    ),
    (
        CSC,
        "2025-05-19",
        None,
        "Contact from Joanne Bell: mother has said her partner is living at the address again. Passed to allocated worker Priya.",
        "Joanne Bell; Shannon; Dean; Priya",
        "F06",
    ),
    (
        POL,
        "2025-05-19",
        None,
        "Intelligence log: neighbour reports male seen at Price address. Shared with offender management.",
        "Dean",
        None,
    ),
    (
        GP,
        "2025-06-03",
        None,
        "Tel conversation with Priya Nair (SW): low mood, started sertraline last month. Will review in 4/52.",
        "Priya Nair; Shannon",
        "F08",
    ),
    (
        CSC,
        "2025-06-03",
        None,
        "Spoke to Dr Khan about Shannon's mental health; GP to see her again in four weeks.",
        "Amir Khan; Shannon",
        "F08",
    ),
    (NUR, "2025-06-03", None, "Leo absent - Shannon rang, unwell.", "Leo; Shannon", None),
    (
        POL,
        "2025-06-12",
        None,
        "Heard at MARAC today. Actions: police marker on address, IDVA to contact Shannon.",
        "Shannon; Dean",
        "F09",
    ),
    (
        CSC,
        "2025-06-12",
        None,
        "Multi-agency risk assessment conference - SW attended. Safety plan shared with agencies.",
        "Priya Nair; Shannon",
        "F09",
    ),
    (
        HV,
        "2025-06-19",
        None,
        "MARAC minutes received (meeting 12/06). HV to flag records and offer contact.",
        "Joanne Bell; Shannon",
        "F09",
    ),
    (
        HV,
        "2025-06-12",
        None,
        "Home visit: Leo weighed, Shannon calm. No concerns.",
        "Leo; Shannon",
        None,
    ),
    (
        CSC,
        "2025-06-17",
        None,
        "Second core group meeting. Plan progressing; Dean's contact to be supervised.",
        "Priya Nair; Shannon; Dean",
        None,
    ),
    (NUR, "2025-06-24", None, "Leo talked about 'Dean's car' at circle time.", "Leo", None),
]
PEOPLE = [
    {"name": "Shannon Price", "aliases": ["Shannon"], "label": "Mother", "category": "parent"},
    {"name": "Leo Price", "aliases": ["Leo"], "label": "Child L", "category": "child"},
    {"name": "Dean Walsh", "aliases": ["Dean"], "label": "Partner", "category": "other_adult"},
    {
        "name": "Priya Nair",
        "aliases": ["Priya"],
        "label": "Social worker",
        "category": "professional",
    },
    {
        "name": "Joanne Bell",
        "aliases": ["Jo Bell"],
        "label": "Health visitor",
        "category": "professional",
    },
    {
        "name": "Tom Reilly",
        "aliases": ["DC Reilly"],
        "label": "Police officer",
        "category": "professional",
    },
    {"name": "Amir Khan", "aliases": ["Dr Khan"], "label": "GP", "category": "professional"},
    {
        "name": "Karen Lowe",
        "aliases": ["Karen"],
        "label": "Nursery manager",
        "category": "professional",
    },
]
AGENCIES = [
    {"name": CSC, "kind": "social_care"},
    {"name": POL, "kind": "police"},
    {"name": GP, "kind": "health"},
    {"name": HV, "kind": "health"},
    {"name": NUR, "kind": "education"},
]


def main() -> None:
    rows = sorted(E, key=lambda e: (e[1], e[2] or ""))
    entries = []
    for n, (agency, date, time, text, people, event) in enumerate(rows, start=1):
        y, m, d = date.split("-")
        entries.append(
            {
                "id": f"f{n:03d}",
                "agency": agency,
                "date": date,
                "date_text": f"{d}/{m}/{y}",
                "precision": "day",
                "time": time,
                "text": text,
                "people": people,
                "event": event,
            }
        )
    case = {
        "case": "f",
        "description": "domestic abuse, a toddler on a CP plan; 5 agencies; written by the tuner",
        "people": PEOPLE,
        "agencies": AGENCIES,
        "entries": entries,
    }
    out = Path(__file__).with_name("case_f.json")
    out.write_text(json.dumps(case, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
