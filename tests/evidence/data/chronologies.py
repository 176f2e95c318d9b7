# ruff: noqa: E501 - realistic rows of test data, with the typography agencies use
"""Agency chronologies for the import tests, made in memory: three differently shaped real
ones (a police CSV in Windows-1252, a health XLSX with title rows, merged cells and formulas, a
school DOCX table) and the broken ones the import must refuse.

`python -m tests.evidence.data.chronologies OUT_DIR` writes them all to a folder, to try by hand
(`casewindow import_chronology REF OUT_DIR/police.csv --agency Police`)."""

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

import docx
import openpyxl

POLICE_HEADINGS = ["Date/Time", "Incident type", "Details", "Outcome", "Officer"]
POLICE_ROWS = [
    ["03/03/2025 14:30", "Concern for welfare", "Call from Oakfield Primary: Child J’s teacher saw a bruise on his cheek. Zoë (Mother) said he fell.", "Referred to CSC (MASH)", "PC 1234 Smith"],
    ["w/c 10/3/25", "Domestic incident", "Neighbour reported shouting at the flat; officers attended, no injuries seen. Cost of damage £120.", "DASH risk assessment: medium", "PC 5678 Jones"],
    ["early March 2025", "Information", "Intelligence that Mother's partner had returned to the address.", "", "DS Brown"],
    ["31/02/2025", "Concern for welfare", "Anonymous call: children left alone in the evening.", "Attended: no answer", "PC 1234 Smith"],
    ["17/03/2025 09:05", "Strategy discussion", "Police attended strategy discussion with CSC and health.", "Section 47 enquiry agreed", "DS Brown"],
    ["03/03/2025 14:30", "Concern for welfare", "Call from Oakfield Primary: Child J’s teacher saw a bruise on his cheek. Zoë (Mother) said he fell.", "Referred to CSC (MASH)", "PC 1234 Smith"],
]  # fmt: skip


def police_csv(encoding: str = "cp1252") -> bytes:
    """The police chronology as Excel on Windows saves CSV: Windows-1252, a title line above
    the headings, a date/time column, an impossible date and a repeated row."""
    lines = ["Northshire Police - chronology for Child J,,,,", ",,,,", ",".join(POLICE_HEADINGS)]
    for row in POLICE_ROWS:
        lines.append(",".join(_csv_cell(cell) for cell in row))
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def _csv_cell(text: str) -> str:
    if any(ch in text for ch in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


HEALTH_HEADINGS = [
    "Date",
    "Time",
    "Contact type",
    "Details of contact",
    "Practitioner",
    "Outcome / plan",
]


def health_xlsx() -> bytes:
    """The health chronology: two title rows (the first merged across the columns), real date
    cells (one typed as "Mar-25"), a date merged down two rows, a text date, and a formula whose
    result was saved with the workbook."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Chronology"
    sheet["A1"] = "Northshire Community Health - Health Visiting chronology"
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "Child J (DOB 01/02/2021)"
    sheet.append(HEALTH_HEADINGS)  # row 3
    rows = [
        [dt.datetime(2025, 2, 10, 10, 0), None, "Home visit", "Health visitor saw Child J and Mother at home. Child J's weight on the 9th centile.", "HV Patel", "Review in 4 weeks"],
        [dt.datetime(2025, 3, 4), dt.time(11, 15), "Telephone", "Mother rang: Child J unsettled at night; advice on sleep given.", "HV Patel", "None"],
        [None, dt.time(16, 40), "Telephone", "Call from school nurse about the bruise reported by school.", "HV Patel", "Home visit booked"],
        [dt.datetime(2025, 3, 1), None, "Clinic", "Missed clinic appointment (was not brought).", "Nursery nurse Cole", "Letter sent"],
        ["early April 2025", None, "Home visit", "Unannounced visit; no answer at the door.", "HV Patel", None],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A5:A6")  # one date for two contacts on the same day
    sheet["A7"].number_format = "mmm-yy"  # typed as "Mar-25": a month, not the 1st
    sheet["F8"] = '=IF(D8="","","Discuss at supervision")'
    data = io.BytesIO()
    book.save(data)
    return _with_saved_results(data.getvalue(), {"F8": "Discuss at supervision"})


def _with_saved_results(xlsx: bytes, results: dict[str, str]) -> bytes:
    """openpyxl writes formulas without results (Excel computes them on opening); put in the
    results Excel would have saved, as text."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                for ref, value in results.items():
                    text = re.sub(
                        rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>',
                        lambda m, ref=ref, value=value: (
                            f'<c r="{ref}"{m[1]} t="str"><f>{m[2]}</f><v>{value}</v></c>'
                        ),
                        text,
                    )
                data = text.encode()
            target.writestr(item, data)
    return out.getvalue()


def xlsx_with_unsaved_formula() -> bytes:
    """A formula with no saved result (as openpyxl writes it): the row must be flagged."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Date", "Event", "Outcome"])
    sheet.append(["03/03/2025", "Home visit", "=UPPER(B2)"])
    sheet.append(["04/03/2025", "Phone call", "Advice given"])
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


SCHOOL_HEADINGS = [
    "Date",
    "Time",
    "What happened",
    "Action taken",
    "Staff member",
    "People involved",
]
SCHOOL_ROWS = [
    ["3rd March 2025", "08:50", "Child J arrived with a bruise on his left cheek; said he fell off the sofa.", "Logged on CPOMS; DSL informed; call to police non-emergency line.", "Class teacher (Mrs Ahmed)", "Child J, Mother"],
    ["w/c 10/3/25", "", "Child J absent all week: Mother said he had a cold.", "Attendance officer phoned home daily.", "Attendance officer", "Child J"],
    ["March 2025", "", "Child J's behaviour unsettled in class throughout the month.", "", "Class teacher (Mrs Ahmed)", "Child J"],
    ["24/03/2025", "15:20", "Mother's partner collected Child J; not on the collection list.", "Child released after call to Mother.", "Office manager", "Child J, Mother's partner"],
]  # fmt: skip


def school_docx() -> bytes:
    """The school chronology: a Word report with a heading, a paragraph and the chronology in
    a table."""
    document = docx.Document()
    document.add_heading("Oakfield Primary School – chronology for Child J", level=1)
    document.add_paragraph("Prepared by the designated safeguarding lead for the review.")
    table = document.add_table(rows=1, cols=len(SCHOOL_HEADINGS))
    for cell, heading in zip(table.rows[0].cells, SCHOOL_HEADINGS, strict=True):
        cell.text = heading
    for row in SCHOOL_ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


def docx_without_table() -> bytes:
    document = docx.Document()
    document.add_paragraph("3/3/25 Home visit. 4/3/25 Phone call.")
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


def corrupt_docx() -> bytes:
    """A real zip with Word's parts, but its main XML is broken."""
    good = zipfile.ZipFile(io.BytesIO(school_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in good.infolist():
            data = good.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    return out.getvalue()


def truncated(data: bytes) -> bytes:
    """The file cut short, as a failed copy or download leaves it."""
    return data[: len(data) // 2]


def encrypted_office() -> bytes:
    """What Word and Excel save when a document has a password: an OLE compound file holding
    EncryptionInfo and EncryptedPackage streams (its directory is imitated: enough to recognise)."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    directory = bytearray()
    for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage"):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entry[: len(encoded)] = encoded
        entry[64:66] = len(encoded).to_bytes(2, "little")
        directory += entry
    return bytes(header + directory + bytes(4096))


def pdf() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def large_csv(rows: int) -> bytes:
    """A long chronology for the benchmark: rows of varied dates, some approximate, a few bad."""
    out = io.StringIO()
    out.write("Date,Time,Event,Action taken,Recorded by,People involved\r\n")
    start = dt.date(2015, 1, 1)
    for n in range(rows):
        day = start + dt.timedelta(days=n % 3650)
        if n % 97 == 0:
            date_text = f"w/c {day:%d/%m/%y}"
        elif n % 89 == 0:
            date_text = f"{day:%B %Y}"
        elif n % 1009 == 0:
            date_text = "unknown"
        else:
            date_text = f"{day:%d/%m/%Y}"
        out.write(
            f'{date_text},{n % 24:02d}:{n % 60:02d},"Contact {n}: home visit to the family, '
            f'concerns discussed about the home conditions and school attendance",'
            f'"Referral {n % 13} made, plan reviewed",Practitioner {n % 40},"Child J, Mother"\r\n'
        )
    return out.getvalue().encode("utf-8")


ALL = {
    "police.csv": police_csv,
    "health.xlsx": health_xlsx,
    "school.docx": school_docx,
    "unsaved-formula.xlsx": xlsx_with_unsaved_formula,
    "no-table.docx": docx_without_table,
    "corrupt.docx": corrupt_docx,
    "truncated.xlsx": lambda: truncated(health_xlsx()),
    "password.docx": encrypted_office,
    "report-named-as.csv": pdf,
    "empty.csv": lambda: b"",
    "headings-only.csv": lambda: b"Date,Event,Action\r\n",
}


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in ALL.items():
        (folder / name).write_bytes(make())
        print(folder / name)
