"""The demo review's agency chronologies: what each agency sent, in its own layout, date style
and file format. `chronology_files()` builds the files (CSV, XLSX, DOCX) that load_demo then
imports through the ordinary importer, just as a reviewer would. Every name and event is
invented."""

import csv
import datetime
import io
from dataclasses import dataclass

from docx import Document
from openpyxl import Workbook

from casewindow.demo.when import DT, D, moved


@dataclass(frozen=True)
class DemoChronology:
    agency: str
    filename: str
    headers: list[str]
    rows: list[list[object]]
    # Columns the importer cannot recognise by their headings, mapped by the reviewer (and
    # saved for the agency's next file).
    mapping: dict[str, str] | None = None


CHILDRENS_SOCIAL_CARE = DemoChronology(
    agency="Northbridge Children's Social Care",
    filename="CSC chronology Child J (final).xlsx",
    headers=["Date", "Time", "Contact type", "Summary", "Outcome", "Worker"],
    rows=[
        [
            D(2024, 3, 18),
            "10:15",
            "Contact",
            "Referral from health visitor: Mother low in mood since birth of Jayden, "
            "isolated, Kacper (6) often late to school. No concerns about physical care.",
            "NFA – signposted to Early Help and perinatal mental health",
            "MASH social worker",
        ],
        [
            D(2024, 6, 27),
            "14:00",
            "Early Help",
            "Early Help closure summary: Mother engaged with three sessions, now "
            "has new partner Ryan who is 'supportive'. Mother declined further support.",
            "Closed to Early Help",
            "Family support worker",
        ],
        [
            D(2024, 10, 14),
            "09:30",
            "Police notification",
            "PPN received re domestic incident 12/10/24 at family home. "
            "Ryan Doherty (partner) arrested, released on bail. Children present, asleep. Graded medium risk.",
            "Strategy discussion to be convened",
            "Tomasz Nowak",
        ],
        [
            D(2024, 10, 15),
            "11:00",
            "Strategy discussion",
            "Strategy discussion with police and health visiting. GP "
            "not present. Agreed single-agency assessment; bail conditions prevent Ryan attending the address.",
            "Child and family assessment started",
            "Joanne Pike",
        ],
        [
            D(2024, 10, 21),
            "16:30",
            "Home visit",
            "Mother and both children seen. Mother says relationship "
            "with Ryan is over. Jayden babbling, crawling, small fading bruise on left cheek – Mother said he fell "
            "against the cot.",
            "Assessment continues",
            "Tomasz Nowak",
        ],
        [
            D(2024, 11, 8),
            "13:00",
            "Telephone",
            "Call to school: Kacper's attendance 84%, seems tired. School not aware "
            "of the domestic incident until this call.",
            "School to monitor",
            "Tomasz Nowak",
        ],
        [
            D(2024, 11, 28),
            "15:00",
            "Assessment",
            "Child and family assessment completed. Protective factors: "
            "maternal grandmother, Mother's engagement. Ryan's bail conditions lifted 25/11/24 (police informed CSC "
            "by email 29/11).",
            "Step down to Early Help",
            "Tomasz Nowak",
        ],
        [
            D(2025, 2, 14),
            "19:45",
            "Police notification",
            "Notification from ED via police: Jayden admitted with head "
            "injury, skeletal survey shows older rib fractures.",
            "Section 47 enquiry; strategy meeting",
            "EDT social worker",
        ],
    ],
)

POLICE = DemoChronology(
    agency="Eastshire Police",
    filename="Eastshire Police - IMR chronology.csv",
    headers=["Occurrence date/time", "Ref", "Details", "Action taken", "Officer"],
    rows=[
        [
            "03/02/2023 22:10",
            "ESP/23/1182",
            "Ryan DOHERTY – domestic incident with previous partner (not this family). "
            "Verbal argument, damage to door. No children at address.",
            "DASH standard risk; words of advice",
            "PC 2231",
        ],
        [
            "12/10/2024 23:40",
            "ESP/24/8841",
            "999 call from neighbour – shouting and banging at Chloe KOWALSKI’s flat. "
            "Chloe had red mark to neck, said Ryan pushed her. Two children asleep upstairs.",
            "Ryan DOHERTY arrested for assault; DASH medium; PPN submitted",
            "PC Gareth Evans",
        ],
        [
            "16/10/2024 11:00",
            "ESP/24/8841",
            "Strategy discussion – police attended by phone. Previous DA incident "
            "2023 with ex-partner shared verbally.",
            "Bail conditions: not to attend address",
            "DS 1147",
        ],
        [
            "25/11/2024",
            "ESP/24/8841",
            "CPS – no further action (victim withdrew support). Bail conditions end.",
            "NFA; CSC to be informed",
            "DC 1902",
        ],
        [
            "02/01/2025 02:15",
            "ESP/25/0031",
            "Call from Chloe KOWALSKI – Ryan refusing to leave, 'he’s been drinking'. "
            "Ryan gone on police arrival. Children not seen (in bed).",
            "DASH standard; no PPN (recorded as verbal argument)",
            "PC 2508",
        ],
        [
            "14/02/2025 18:50",
            "ESP/25/1370",
            "Call from NGH ED re 14-month-old with skull fracture, explanation of "
            "fall from sofa inconsistent. Ryan DOHERTY present at hospital.",
            "Police protection; joint investigation with CSC",
            "DS 1147",
        ],
    ],
)

HEALTH_VISITING = DemoChronology(
    agency="Northbridge 0-19 Public Health Nursing Service",
    filename="HV records extract - Child J.docx",
    headers=["Date", "Contact", "Entry", "Plan", "HV"],
    rows=[
        [
            "05/03/24",
            "Home visit (12-week)",
            "Mother tearful, EPDS score 14. Jayden feeding well, weight on 25th "
            "centile. Kacper at school. Mother says she has 'no one' apart from her mum.",
            "Refer to CSC/Early Help with consent; GP re mood",
            "Priya Natarajan",
        ],
        [
            "18/03/24",
            "Telephone",
            "Discussed referral outcome with MASH – Early Help offered.",
            "Review at 6 months",
            "Priya Natarajan",
        ],
        [
            "early June 2024",
            "Clinic",
            "Jayden weighed at drop-in clinic by another HV; mother's 'new partner' "
            "waited outside with pram.",
            "None recorded",
            "Clinic HV",
        ],
        [
            "16/10/24",
            "Notification",
            "PPN re DA incident 12/10/24 received via MASH. Informed strategy discussion "
            "held 15/10 – HV service not invited, notes requested.",
            "Targeted visit within 2 weeks",
            "Priya Natarajan",
        ],
        [
            "w/c 4/11/24",
            "Home visit (targeted)",
            "Visit attempted, no answer. Card left.",
            "Re-arrange",
            "Priya Natarajan",
        ],
        [
            "19/11/24",
            "Home visit (targeted)",
            "Mother and Jayden seen. Jayden pulling to stand, no bruising seen. "
            "Mother says Ryan 'has moved back to his mum's'. Home cluttered but warm.",
            "Universal plus; review 1 year check",
            "Priya Natarajan",
        ],
        [
            "January 2025",
            "Letter",
            "1-year review invitation sent; not attended.",
            "Re-offer appointment",
            "Admin",
        ],
    ],
)

GP = DemoChronology(
    agency="Riverside Medical Practice",
    filename="Riverside MP GP chronology.csv",
    headers=["Consultation date", "Clinician", "Notes", "Outcome"],
    rows=[
        [
            "2024-03-12",
            "Dr A Haddad",
            "Mother – low mood postnatally, PHQ-9 15. Declined medication, agreed talking "
            "therapy referral.",
            "Referred NHS Talking Therapies",
        ],
        [
            "2024-05-02",
            "Practice nurse",
            "Jayden – 8-week? (delayed) immunisations given. Bruise noted on upper arm? "
            "– no further detail recorded.",
            "Immunisations given",
        ],
        [
            "2024-09-09",
            "Dr A Haddad",
            "Ryan Doherty – registered as new patient at same address. Requests help with "
            "cannabis and cocaine use, anger. Referred to Northbridge Recovery Service.",
            "Referral made",
        ],
        [
            "2024-10-17",
            "Admin",
            "PPN notification filed to Jayden's and Kacper's records. Not brought to GP attention.",
            "Filed",
        ],
        [
            "2024-12-20",
            "Dr B Osei",
            "Jayden – coryzal, off feeds. Examined in underwear? not recorded. Mother "
            "attended with 'stepdad'.",
            "Viral illness; safety-net advice",
        ],
    ],
)

HOSPITAL = DemoChronology(
    agency="Northbridge General Hospital NHS Trust",
    filename="NGH safeguarding chronology.xlsx",
    headers=["Attendance", "Dept", "Presenting complaint", "Findings / action", "Clinician"],
    mapping={
        "Attendance": "date",
        "Dept": "source",
        "Presenting complaint": "description",
        "Findings / action": "action",
        "Clinician": "source",
    },
    rows=[
        [
            DT(2024, 8, 3, 21, 5),
            "ED",
            "Jayden (8 months) – 'rolled off bed', bump to forehead. Carer: mother's partner.",
            "Examined, discharged. Safeguarding checklist: 'no concerns'. No HV liaison form sent.",
            "ED nurse practitioner",
        ],
        [
            DT(2025, 2, 14, 17, 55),
            "ED",
            "Jayden (14 months) – drowsy, vomiting after 'fall from sofa' per mother's partner.",
            "CT: skull fracture. Skeletal survey: healing rib fractures (approx 2–4 weeks). Police and "
            "CSC informed.",
            "Dr O Adeyemi",
        ],
        [
            DT(2025, 2, 15, 9, 0),
            "Paediatrics",
            "Child protection medical.",
            "Injuries consistent with non-accidental injury. Sibling medical arranged.",
            "Consultant paediatrician",
        ],
    ],
)

NURSERY = DemoChronology(
    agency="Little Acorns Day Nursery",
    filename="Little Acorns - observations for review.docx",
    headers=["Week", "Observation", "Action"],
    mapping={"Week": "date", "Observation": "description", "Action": "action"},
    rows=[
        [
            "w/c 9/9/24",
            "Jayden started 2 mornings a week (funded place). Settling slowly, cries at drop-off when "
            "collected by Ryan.",
            "Key worker to build relationship",
        ],
        [
            "early October 2024",
            "Mum says she is 'exhausted', Ryan now doing most drop-offs.",
            "None",
        ],
        [
            "21/10/24",
            "Small bruise on Jayden's left cheek. Mum says fell against cot.",
            "Recorded on body map; not shared",
        ],
        ["w/c 13/1/25", "Jayden absent all week – mum texted 'poorly'.", "Absence logged"],
        [
            "3/2/25",
            "Jayden quiet, flinched when nappy changed. Ryan collected.",
            "Discussed with manager; decided to monitor",
        ],
    ],
)

CHRONOLOGIES = [CHILDRENS_SOCIAL_CARE, POLICE, HEALTH_VISITING, GP, HOSPITAL, NURSERY]


def _xlsx(chronology: DemoChronology) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Chronology"
    sheet.append(chronology.headers)
    for row in chronology.rows:
        sheet.append(row)
    for cell in sheet["A"][1:]:
        cell.number_format = (
            "dd/mm/yyyy hh:mm" if isinstance(cell.value, datetime.datetime) else "dd/mm/yyyy"
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _csv(chronology: DemoChronology, encoding: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(chronology.headers)
    writer.writerows(chronology.rows)
    return buffer.getvalue().encode(encoding)


def _docx(chronology: DemoChronology) -> bytes:
    document = Document()
    document.add_heading(f"{chronology.agency}: chronology for the review", level=1)
    document.add_paragraph("Extract prepared for the Learning Together review. Confidential.")
    table = document.add_table(rows=1, cols=len(chronology.headers))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, chronology.headers, strict=True):
        cell.text = header
    for row in chronology.rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = str(value)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def chronology_files() -> list[tuple[DemoChronology, bytes]]:
    """Each demo chronology as the file its agency sent: the police in Windows-1252 CSV, the GP
    in UTF-8 CSV with a byte-order mark, the others in Excel or Word."""
    return [
        (CHILDRENS_SOCIAL_CARE, _xlsx(CHILDRENS_SOCIAL_CARE)),
        (POLICE, _csv(POLICE, "cp1252")),
        (HEALTH_VISITING, _docx(HEALTH_VISITING)),
        (GP, _csv(GP, "utf-8-sig")),
        (HOSPITAL, _xlsx(HOSPITAL)),
        (NURSERY, _docx(NURSERY)),
    ]


# The case as written, moved to today's years (casewindow.demo.when).
CHILDRENS_SOCIAL_CARE, POLICE, HEALTH_VISITING, GP, HOSPITAL, NURSERY = (
    moved(chronology) for chronology in CHRONOLOGIES
)
CHRONOLOGIES = [CHILDRENS_SOCIAL_CARE, POLICE, HEALTH_VISITING, GP, HOSPITAL, NURSERY]
