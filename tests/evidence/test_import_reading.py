"""Reading chronology files without the database: what a file is (by content), its encoding,
its headings and rows, which column holds what, and what the check reports."""

import datetime as dt
import io

import pytest

from casewindow.evidence.importing import columns
from casewindow.evidence.importing.checking import table_check
from casewindow.evidence.importing.errors import ChronologyFileError
from casewindow.evidence.importing.readers import table_open
from casewindow.evidence.importing.sniffing import file_sniff
from tests.evidence.data import chronologies as files

TODAY = dt.date(2025, 6, 1)
LIMIT = 10 * 1024 * 1024


def check(data: bytes, name: str, mapping: dict[str, str] | None = None):
    handle = io.BytesIO(data)
    facts = file_sniff(handle, name, max_bytes=LIMIT)
    with table_open(handle, facts, name) as table:
        chosen = mapping or columns.mapping_suggest(table.headings)
        return facts, table_check(table, chosen, today=TODAY)


@pytest.mark.parametrize(
    ("encoding", "label"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252"), ("utf-16", "utf-16")],
)
def test_text_encodings_are_detected_and_odd_characters_survive(encoding: str, label: str) -> None:
    facts, report = check(files.police_csv(encoding), "police.csv")
    assert facts.encoding == label
    assert report.rows_read == 6
    handle = io.BytesIO(files.police_csv(encoding))
    with table_open(handle, file_sniff(handle, "p.csv", max_bytes=LIMIT), "p.csv") as table:
        first = next(table.rows)
    assert "Child J\u2019s teacher" in first.cells[2] and "Zoë" in first.cells[2]
    assert table.headings[0] == "Date/Time"  # no byte order mark left on the first heading


def test_windows_1252_is_named_in_a_notice() -> None:
    _, report = check(files.police_csv("cp1252"), "police.csv")
    assert any("Windows-1252" in notice for notice in report.notices)


def test_title_lines_above_the_headings_are_skipped_and_reported() -> None:
    _, report = check(files.police_csv(), "police.csv")
    assert report.heading_row == 3
    assert any("Row 1, above the column headings" in n for n in report.notices)


def test_the_check_names_each_problem_with_its_row_and_finds_duplicates() -> None:
    _, report = check(files.police_csv(), "police.csv")
    assert [(p.row, p.column) for p in report.problems] == [(7, "Date/Time")]
    assert "31/02/2025" in report.problems[0].message
    assert report.duplicates == [(9, 4)]
    assert report.entries == 6 and report.can_import  # a bad date is flagged, not dropped
    assert report.precisions == {"day": 3, "approximate": 2, "unknown": 1}


def test_spreadsheet_merged_cells_and_saved_formula_results_are_used_and_reported() -> None:
    facts, report = check(files.health_xlsx(), "health.xlsx")
    assert facts.file_type == "xlsx"
    handle = io.BytesIO(files.health_xlsx())
    with table_open(handle, file_sniff(handle, "h.xlsx", max_bytes=LIMIT), "h.xlsx") as table:
        rows = {row.number: row for row in table.rows}
    assert table.heading_row == 3 and table.location == "sheet “Chronology”"
    assert rows[5].cells[0] == rows[6].cells[0] == "04/03/2025"  # merged A5:A6
    assert rows[7].cells[0] == "March 2025"  # a date cell formatted mmm-yy
    assert rows[8].cells[5] == "Discuss at supervision"  # the formula's saved result
    assert any("merged cells (A5:A6)" in n for n in report.notices)
    assert any("formulas" in n for n in report.notices)
    assert report.problems == []


def test_a_formula_without_a_saved_result_is_a_problem_on_its_row() -> None:
    _, report = check(files.xlsx_with_unsaved_formula(), "f.xlsx")
    assert [(p.row, p.column) for p in report.problems] == [(2, "Outcome")]
    assert "formula" in report.problems[0].message


def test_a_word_table_is_read_with_its_headings() -> None:
    facts, report = check(files.school_docx(), "school.docx")
    assert facts.file_type == "docx"
    assert report.headings == files.SCHOOL_HEADINGS
    assert report.entries == 4 and report.problems == []
    assert report.mapping["People involved"] == columns.PEOPLE


def test_word_table_split_in_two_is_read_as_one_and_merged_cells_fill_down() -> None:
    import docx

    document = docx.Document()
    for part in range(2):
        table = document.add_table(rows=3, cols=3)
        for cell, text in zip(table.rows[0].cells, ["Date", "Event", "Action"], strict=True):
            cell.text = text
        table.cell(1, 0).text = f"0{part + 1}/03/2025"
        table.cell(1, 1).text = f"Visit {part}a"
        table.cell(2, 1).text = f"Visit {part}b"
        table.cell(1, 0).merge(table.cell(2, 0))
    data = io.BytesIO()
    document.save(data)
    handle = io.BytesIO(data.getvalue())
    with table_open(handle, file_sniff(handle, "t.docx", max_bytes=LIMIT), "t.docx") as table:
        rows = [row.cells[:2] for row in table.rows]
    assert [r[1] for r in rows] == ["Visit 0a", "Visit 0b", "Visit 1a", "Visit 1b"]
    assert rows[1][0] == rows[0][0]
    assert any("2 tables" in n for n in table.notices) and any("merged" in n for n in table.notices)


def test_semicolon_separated_csv_is_read() -> None:
    _, report = check(b"Datum;Date;Event\r\n;03/03/2025;Visit\r\n", "x.csv")
    assert report.mapping == {"Datum": "ignore", "Date": "date", "Event": "description"}
    assert report.entries == 1


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Date", "date"), ("Date/Time", "date"), ("Date & time of contact", "date"),
        ("When", "date"),
        ("Date of birth", "ignore"), ("DOB", "ignore"), ("Time", "time"),
        ("Event", "description"), ("Event / description", "description"),
        ("What happened", "description"), ("Details", "description"), ("Notes", "description"),
        ("Action", "action"), ("Action/outcome", "action"), ("Outcome", "action"),
        ("Action taken", "action"), ("Source", "source"), ("Author", "source"),
        ("Recorded by", "source"), ("Staff member", "source"), ("People", "people"),
        ("People involved", "people"), ("Who was present", "people"), ("Colour", "ignore"),
    ],
)  # fmt: skip
def test_column_headings_are_recognised(heading: str, field: str) -> None:
    assert columns.recognise(heading) == field


def test_only_one_column_is_given_the_date_and_a_saved_mapping_wins() -> None:
    headings = ["Date of event", "Date recorded", "Event", "Type"]
    assert columns.mapping_suggest(headings) == {
        "Date of event": "date",
        "Date recorded": "ignore",
        "Event": "description",
        "Type": "ignore",
    }
    saved = {"date recorded": "date", "Date of event": "ignore", "Type": "description"}
    assert columns.mapping_suggest(headings, saved) == {
        "Date of event": "ignore",
        "Date recorded": "date",
        "Event": "description",
        "Type": "description",
    }


def test_a_mapping_without_a_date_or_description_is_refused() -> None:
    problems = columns.mapping_problems({"A": "time", "B": "time"}, ["A", "B"])
    assert "Choose the column that holds the date" in problems
    assert "Choose the column that holds the event or description" in problems
    assert any("Only one column can hold the time" in p for p in problems)


@pytest.mark.parametrize(
    ("make", "name", "message"),
    [
        (lambda: b"", "empty.csv", "is empty"),
        (lambda: files.truncated(files.health_xlsx()), "health.xlsx", "damaged or incomplete"),
        (lambda: files.truncated(files.school_docx()), "school.docx", "damaged or incomplete"),
        (files.corrupt_docx, "school.docx", "damaged or incomplete"),
        (files.encrypted_office, "secret.xlsx", "password-protected"),
        (files.encrypted_office, "secret.docx", "password-protected"),
        (files.pdf, "chronology.csv", "is a PDF document (although its name ends “.csv”)"),
        (files.docx_without_table, "notes.docx", "has no table"),
        (lambda: b"\x89PNG\r\n\x1a\n" + bytes(100), "scan.csv", "is a picture"),
        (lambda: b"abc\x00\x01\x02" * 10, "data.csv", "not a text file"),
        (lambda: b"\r\n \r\n", "blank.csv", "has no rows"),
    ],
)
def test_unreadable_files_are_refused_with_a_message_naming_the_problem(
    make, name, message
) -> None:
    with pytest.raises(ChronologyFileError) as caught:
        check(make(), name)
    assert message in str(caught.value)
    assert name in str(caught.value)


def test_a_file_over_the_size_limit_is_refused() -> None:
    with pytest.raises(ChronologyFileError, match="the largest file Casewindow accepts is"):
        file_sniff(io.BytesIO(b"x" * 2048), "big.csv", max_bytes=1024)


def test_a_header_only_csv_cannot_be_imported() -> None:
    _, report = check(b"Date,Event,Action\r\n", "h.csv")
    assert not report.can_import
    assert report.errors == ["The file has column headings but no rows of entries below them."]


def test_a_file_whose_extension_lies_is_read_by_its_content_with_a_notice() -> None:
    facts, report = check(files.police_csv(), "police.xlsx")
    assert facts.file_type == "csv"
    assert "name ends “.xlsx” but it holds text in columns (CSV)" in report.notices[0]
    facts, _ = check(files.school_docx(), "school.xlsx")
    assert facts.file_type == "docx"
