# ruff: noqa: E501
"""Tuning case v (issue 14, part 1): written by hand, entry by entry, by the lead on 5 December
2026 before that round's merging rules, for busy same-family weeks: a baby admitted, a bruise,
a strategy discussion, a joint visit, a medical, a discharge notified to the health visitor, the GP's discharge summary of the stay twelve
days on (labelled with the admission, as tuning case h labels one), a
conference, a domestic abuse incident notified on the Monday, MARAC, a core group, a letter
between health professionals a week on, an A&E attendance notified after the weekend; beside
them, entries about the same family on the same or next days that record other happenings
(a routine weighing, a parent's own appointment, a nursery note, a neighbour's call). Not blind:
the writer knows the rules. A tuning case: the rules may be tuned on it.

    python bench/data/merging/build_v.py    # writes case_v.json beside it"""

import json
from pathlib import Path

CSC, POL, GP, HV, HOS, NUR = (
    "Children's Social Care",
    "Police",
    "Hollybank Surgery",
    "Health Visiting",
    "Acute hospital",
    "Rainbow Nursery",
)
PEOPLE = [
    {"name": "Amara Okoro-Bennett", "aliases": ["Amara"], "label": "Child A", "category": "child"},
    {"name": "Kofi Okoro-Bennett", "aliases": ["Kofi", "baby"], "label": "Child K", "category": "child"},
    {"name": "Nkechi Okoro", "aliases": ["Nkechi", "Mum", "mother"], "label": "Mother", "category": "parent"},
    {"name": "Ryan Bennett", "aliases": ["Ryan", "Dad"], "label": "Father", "category": "parent"},
    {"name": "Ruth Adeyemi", "aliases": ["Ruth"], "label": "Social worker", "category": "professional"},
    {"name": "Gemma Hale", "aliases": ["DC Hale"], "label": "Police officer", "category": "professional"},
    {"name": "Sian Price", "aliases": ["Sian"], "label": "Health visitor", "category": "professional"},
    {"name": "Dr Farah Malik", "aliases": ["Dr Malik"], "label": "GP", "category": "professional"},
    {"name": "Dr Owen Pryce", "aliases": ["Dr Pryce"], "label": "Paediatrician", "category": "professional"},
    {"name": "Lorraine Mills", "aliases": ["Lorraine"], "label": "Nursery manager", "category": "professional"},
]
E = [
    # (agency, date, time, text, people, event)
    (HV, "2025-08-18", None, "Routine contact at home. Kofi 4.1kg, feeding 3-hourly. Nkechi tired but coping; Ryan back at work.", "Kofi; Nkechi; Ryan", None),
    (NUR, "2025-08-20", None, "Amara settled well after the summer. Played outside with friends.", "Amara", None),
    (GP, "2025-08-22", None, "Nkechi - postnatal check. Scar healing. Contraception discussed.", "Nkechi", None),
    (HV, "2025-09-01", "10:30", "Home visit. Kofi weighed 3.9kg, down from 4.1kg at last contact; crying and unsettled. Phoned surgery and spoke to Dr Malik, who will see Kofi tomorrow.", "Kofi; Nkechi; Dr Malik", "V01"),
    (GP, "2025-09-01", "11:05", "Telephone call from HV Sian Price: baby lost weight since last contact. Appointment booked for tomorrow morning.", "Sian Price; Kofi", "V01"),
    (NUR, "2025-09-01", None, "Amara brought in by Ryan. Amara said baby cries all night.", "Amara; Ryan", None),
    (GP, "2025-09-02", "09:20", "Kofi seen with mother. Weight 3.85kg (below 2nd centile), dry nappies x2 only. Referred to paediatric ward for faltering growth assessment today.", "Kofi; Nkechi", "V02"),
    (HOS, "2025-09-02", "14:40", "Admitted to Ward 12 on GP referral with faltering growth. Feeding plan started; dietitian to review.", "Kofi; Nkechi", "V02"),
    (NUR, "2025-09-02", None, "Amara arrived late and hungry; Ryan said Mum was at the hospital with the baby.", "Amara; Ryan", None),
    (HOS, "2025-09-03", None, "Ward round: Kofi taking full feeds, gained 60g. Mother resident.", "Kofi; Nkechi", None),
    (HOS, "2025-09-04", "16:15", "Nurse noted a 1cm bruise behind Kofi's left ear. Seen by Dr Pryce; no explanation offered by parents. Safeguarding referral made to children's social care.", "Kofi; Dr Pryce; Nkechi; Ryan", "V03"),
    (CSC, "2025-09-04", "17:30", "Referral received from Ward 12: bruising to infant's ear, non-mobile baby, unexplained. Passed to duty team manager.", "Kofi", "V03"),
    (POL, "2025-09-05", None, "Strat disc re Kofi Okoro-Bennett (10 wks) unexplained bruise. Agreed s47 jointly. DC Hale allocated.", "Kofi; Gemma Hale", "V04"),
    (CSC, "2025-09-05", "10:00", "Strategy discussion: Ruth Adeyemi (SW), DC Hale, Dr Pryce. Threshold for section 47 enquiries met; joint investigation; skeletal survey requested.", "Ruth Adeyemi; Gemma Hale; Dr Pryce; Kofi", "V04"),
    (HOS, "2025-09-05", "10:00", "Dr Pryce joined strategy meeting by telephone. Skeletal survey to be done on Monday.", "Dr Pryce; Kofi", "V04"),
    (POL, "2025-09-05", "22:50", "Call from neighbour about raised voices at the flat. Officers attended: Nkechi and Ryan arguing about money. No offences. Children asleep.", "Nkechi; Ryan", None),
    (NUR, "2025-09-08", None, "Amara told her key worker that Daddy shouted at Mummy and the police came.", "Amara", None),
    (CSC, "2025-09-08", "14:00", "Joint home visit with DC Hale. Amara seen alone in her bedroom; said Kofi 'bumped on the cot'. Parents interviewed separately.", "Ruth Adeyemi; Gemma Hale; Amara; Nkechi; Ryan", "V05"),
    (POL, "2025-09-08", None, "JV with SW to home address. Both parents spoken to. Account of cot bump. ABE not required for Amara.", "Gemma Hale; Nkechi; Ryan; Amara", "V05"),
    (HOS, "2025-09-08", None, "Skeletal survey Kofi: no fractures. Bloods normal.", "Kofi", None),
    (HOS, "2025-09-09", None, "Child protection medical Amara (4) by Dr Pryce: no marks or injuries; development age-appropriate.", "Amara; Dr Pryce", "V06"),
    (GP, "2025-09-09", None, "Nkechi - low mood since birth, poor sleep. PHQ-9 14. Sertraline 50mg started. Review 2 weeks.", "Nkechi; Dr Malik", None),
    (CSC, "2025-09-12", None, "CP medical report for Amara (examined 09/09) received from Dr Pryce: no injuries found.", "Amara; Dr Pryce", "V06"),
    (HOS, "2025-09-10", None, "Kofi discharged home with parents. Weight 4.2kg. HV to follow up; CSC aware; safety plan agreed.", "Kofi; Nkechi; Ryan", "V07"),
    (HV, "2025-09-11", None, "Discharge notification received: Kofi home from Ward 12. Visit booked for Monday.", "Kofi", "V07"),
    (NUR, "2025-09-11", None, "Amara happier today. Said baby is home.", "Amara", None),
    (HV, "2025-09-15", None, "Home visit: Kofi 4.35kg, gaining. Safe sleep advice repeated. Nkechi tearful.", "Kofi; Nkechi", None),
    (GP, "2025-09-22", None, "Discharge summary received from paediatrics: Kofi admitted 02/09 with faltering growth, bruise investigated, skeletal survey normal, discharged 10/09.", "Kofi", "V02"),
    (CSC, "2025-09-26", "10:00", "Initial child protection conference. Amara and Kofi made subject to CP plans, category neglect. Core group set.", "Amara; Kofi; Nkechi; Ryan; Ruth Adeyemi", "V08"),
    (POL, "2025-09-26", None, "ICPC attended by DC Hale. Both children on plans.", "Gemma Hale; Amara; Kofi", "V08"),
    (HV, "2025-09-26", None, "Attended ICPC. Plan: weekly HV contact, weight monitoring fortnightly.", "Sian Price; Kofi", "V08"),
    (NUR, "2025-09-26", None, "Lorraine attended the child protection conference for Amara. Amara to attend full time with breakfast club.", "Lorraine Mills; Amara", "V08"),
    (GP, "2025-09-29", None, "Nkechi - sertraline review; mood slightly better.", "Nkechi", None),
    (POL, "2025-10-03", "23:40", "DA incident at home. Ryan Bennett arrested for ABH on Nkechi Okoro. Children present (Amara 4, Kofi 14 wks). DASH high risk. PPN submitted.", "Ryan Bennett; Nkechi Okoro; Amara; Kofi", "V09"),
    (HOS, "2025-10-04", "03:10", "ED: Ryan Bennett, cut to right knuckles. Says he punched a wall. Police in attendance.", "Ryan Bennett", None),
    (NUR, "2025-10-06", "08:15", "Operation Encompass call: police attended Amara's home on Friday night. Key worker informed.", "Amara; Lorraine Mills", "V09"),
    (CSC, "2025-10-06", None, "PPN received from police re domestic abuse on 03/10. Ryan in custody then bailed with conditions not to contact Nkechi.", "Ryan; Nkechi", "V09"),
    (HV, "2025-10-06", None, "Weekly visit: Kofi 5.0kg. Nkechi has a bruise to her cheek; said she walked into a door.", "Kofi; Nkechi", None),
    (POL, "2025-10-07", None, "MARAC referral submitted for Nkechi Okoro following incident of 03/10.", "Nkechi Okoro", None),
    (GP, "2025-10-10", None, "Nkechi - sleep poor, stressful week. Sertraline increased to 100mg.", "Nkechi", None),
    (CSC, "2025-10-16", None, "MARAC: case discussed. Actions: IDVA to contact Nkechi; Ryan's bail conditions shared with nursery.", "Nkechi; Ryan", "V10"),
    (POL, "2025-10-16", None, "Case heard at MARAC. Flag placed on address.", "Nkechi Okoro", "V10"),
    (HV, "2025-10-16", None, "Attended Multi-Agency Risk Assessment Conference for Nkechi. Shared that Kofi's weight is now on the 9th centile.", "Sian Price; Nkechi; Kofi", "V10"),
    (CSC, "2025-10-20", "13:30", "Core group meeting held at nursery. Plan reviewed; Ryan not to attend the home.", "Amara; Kofi; Nkechi; Lorraine Mills; Sian Price", "V11"),
    (NUR, "2025-10-20", None, "CG meeting at nursery with SW and HV. Amara's attendance 96%.", "Amara; Ruth Adeyemi; Sian Price", "V11"),
    (HV, "2025-10-20", None, "Core group - attended. Weight monitoring to continue fortnightly.", "Kofi", "V11"),
    (GP, "2025-10-20", None, "Kofi 16 week immunisations given.", "Kofi", None),
    (NUR, "2025-10-27", None, "Amara's attendance poor this week; Mum says she has a cough.", "Amara; Nkechi", None),
    (HV, "2025-11-03", None, "Letter sent to Dr Malik about Nkechi's mood: she reports not sleeping and feeling hopeless.", "Dr Malik; Nkechi", "V12"),
    (HV, "2025-11-04", None, "Visit: Kofi 5.6kg. Nkechi said Ryan has been coming round at night.", "Kofi; Nkechi; Ryan", None),
    (GP, "2025-11-10", None, "Letter from health visitor received re maternal mood. Nkechi invited for review this week.", "Nkechi", "V12"),
    (CSC, "2025-11-11", None, "Home visit: Nkechi denied Ryan visits. Amara said Daddy comes when I'm asleep.", "Nkechi; Amara; Ryan", None),
    (HOS, "2025-11-14", "18:20", "A&E: Amara (4) with superficial burn to back of left hand; Mum says she touched the iron. Dressed. Safeguarding liaison notified.", "Amara; Nkechi", "V13"),
    (GP, "2025-11-14", None, "Nkechi reviewed: mood low, no thoughts of self-harm. Referred to perinatal mental health team.", "Nkechi", None),
    (CSC, "2025-11-17", None, "Notification from ED: Amara attended on Friday evening with a burn to her hand. Allocated SW to visit today.", "Amara", "V13"),
    (NUR, "2025-11-18", None, "Amara in with a dressing on her hand. Played in the sand tray with a glove.", "Amara", None),
]
AGENCIES = [
    {"name": CSC, "kind": "social_care"},
    {"name": POL, "kind": "police"},
    {"name": GP, "kind": "health"},
    {"name": HV, "kind": "health"},
    {"name": HOS, "kind": "health"},
    {"name": NUR, "kind": "education"},
]


def main() -> None:
    rows = sorted(E, key=lambda e: (e[1], e[2] or ""))
    entries = []
    for n, (agency, date, time, text, people, event) in enumerate(rows, start=1):
        y, m, d = date.split("-")
        entries.append(
            {
                "id": f"v{n:03d}",
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
        "case": "v",
        "description": "a baby's faltering growth and bruise, domestic abuse; busy same-family weeks; 6 agencies; written by the lead",
        "people": PEOPLE,
        "agencies": AGENCIES,
        "entries": entries,
    }
    out = Path(__file__).with_name("case_v.json")
    out.write_text(json.dumps(case, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
