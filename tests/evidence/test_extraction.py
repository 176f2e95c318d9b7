"""Reading uploaded files: the type comes from the content, damaged and protected files are
refused with a message naming the file, and the text comes out page by page."""

import datetime
import io
import zipfile

import pytest

from casewindow.evidence import extraction
from casewindow.evidence.extraction import UnreadableFile
from tests.evidence import sample_files

LIMIT = 10 * 1024 * 1024


def identify(name: str, data: bytes) -> str:
    return extraction.identify(io.BytesIO(data), name, len(data), LIMIT)


def check(name: str, data: bytes) -> str:
    stream = io.BytesIO(data)
    file_type = extraction.identify(stream, name, len(data), LIMIT)
    extraction.check_readable(stream, file_type, name)
    return file_type


def pages_of(name: str, data: bytes) -> list[str]:
    stream = io.BytesIO(data)
    file_type = check(name, data)
    return extraction.extract_pages(stream, file_type, name)


# --- identifying ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("report.pdf", sample_files.pdf_bytes(["Hello"]), "pdf"),
        ("Report.PDF", sample_files.pdf_bytes(["Hello"]), "pdf"),
        ("notes.docx", sample_files.docx_bytes(["Hello"]), "docx"),
        ("chronology.xlsx", sample_files.xlsx_bytes({"Sheet": [["a", "b"]]}), "xlsx"),
        ("chronology.csv", b"Date,Event\n01/02/2024,Home visit\n", "csv"),
        ("notes.txt", "Café visit \u2013 3 May".encode("cp1252"), "txt"),
        ("notes.txt", "\ufeffUTF-16 notes".encode("utf-16"), "txt"),
    ],
)
def test_the_type_comes_from_the_content(name: str, data: bytes, expected: str) -> None:
    assert check(name, data) == expected


def test_a_csv_and_a_txt_are_both_plain_text() -> None:
    assert identify("list.txt", b"a,b,c\n1,2,3") == "txt"
    assert identify("list.csv", b"just words") == "csv"


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        (
            "scan.pdf",
            b"\x89PNG\r\n\x1a\n" + bytes(100),
            "scan.pdf is named as a PDF but its content is an image (PNG)",
        ),
        (
            "letter.pdf",
            sample_files.docx_bytes(["Hi"]),
            "letter.pdf is named as a PDF but its content is a Word document (DOCX)",
        ),
        (
            "records.docx",
            sample_files.xlsx_bytes({"S": [["x"]]}),
            "records.docx is named as a Word document (DOCX) "
            "but its content is an Excel spreadsheet (XLSX)",
        ),
        (
            "records.xlsx",
            sample_files.pdf_bytes(["x"]),
            "records.xlsx is named as an Excel spreadsheet (XLSX) but its content is a PDF",
        ),
        (
            "notes.txt",
            sample_files.pdf_bytes(["x"]),
            "notes.txt is named as a text file but its content is a PDF",
        ),
        (
            "report.pdf",
            b"Just some plain words, not a PDF at all.",
            "report.pdf is named as a PDF but its content is a text file",
        ),
        (
            "data.csv",
            bytes(range(256)) * 4,
            "data.csv is named as a CSV file but its content is not a kind of file",
        ),
    ],
)
def test_a_file_whose_name_lies_about_its_content_is_refused(
    name: str, data: bytes, says: str
) -> None:
    with pytest.raises(UnreadableFile) as problem:
        identify(name, data)
    assert str(problem.value).startswith(says)


@pytest.mark.parametrize(
    ("name", "says"),
    [
        (
            "photo.jpg",
            "photo.jpg must be a PDF, Word document (DOCX), Excel spreadsheet (XLSX), "
            "CSV or text file.",
        ),
        ("no-extension", "no-extension must be a PDF"),
        ("old.doc", "old.doc is in an older Office format. Save it as DOCX"),
        ("old.xls", "old.xls is in an older Office format. Save it as XLSX"),
    ],
)
def test_an_unsupported_kind_of_file_is_refused(name: str, says: str) -> None:
    with pytest.raises(UnreadableFile, match="^" + says.replace("(", r"\(").replace(")", r"\)")):
        identify(name, b"some content")


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(UnreadableFile, match=r"^notes.txt is empty"):
        identify("notes.txt", b"")


def test_a_file_over_the_size_limit_is_refused_without_being_read() -> None:
    class Unreadable(io.BytesIO):
        def read(self, *args: object) -> bytes:
            raise AssertionError("the file was read")

    with pytest.raises(UnreadableFile, match=r"^big.pdf is 2 MB: files must be smaller than 1 MB"):
        extraction.identify(Unreadable(), "big.pdf", 2 * 1024 * 1024, 1024 * 1024)


# --- damaged and protected files -----------------------------------------------------------


def _truncated(data: bytes, fraction: float = 0.6) -> bytes:
    return data[: int(len(data) * fraction)]


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("report.pdf", _truncated(sample_files.pdf_bytes(["Page one", "Page two"])), "a PDF"),
        ("report.pdf", b"%PDF-1.7\n" + b"garbage " * 200, "a PDF"),
        (
            "notes.docx",
            _truncated(sample_files.docx_bytes(["Hello"] * 50)),
            "notes.docx is damaged",
        ),
        (
            "chronology.xlsx",
            _truncated(sample_files.xlsx_bytes({"S": [["x"] * 5] * 50})),
            "damaged",
        ),
    ],
)
def test_a_truncated_or_corrupt_file_is_refused(name: str, data: bytes, what: str) -> None:
    with pytest.raises(UnreadableFile) as problem:
        check(name, data)
    message = str(problem.value)
    assert message.startswith(f"{name} is damaged or incomplete")
    assert what in message


def _rewrite_zip_part(data: bytes, part: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, content if info.filename == part else source.read(info))
    return out.getvalue()


def test_a_word_document_with_a_broken_part_is_refused() -> None:
    data = _rewrite_zip_part(
        sample_files.docx_bytes(["Hello"]), "word/document.xml", b"<w:document"
    )
    with pytest.raises(
        UnreadableFile,
        match=r"^notes.docx is damaged or incomplete: it could not be read as a Word document",
    ):
        check("notes.docx", data)


def test_a_spreadsheet_with_a_broken_part_is_refused() -> None:
    data = _rewrite_zip_part(sample_files.xlsx_bytes({"S": [["x"]]}), "xl/workbook.xml", b"not xml")
    with pytest.raises(
        UnreadableFile,
        match=r"^book.xlsx is damaged or incomplete: it could not be read as an Excel spreadsheet",
    ):
        check("book.xlsx", data)


def test_a_zip_whose_data_is_corrupt_is_refused() -> None:
    data = bytearray(sample_files.docx_bytes(["Hello " * 500]))
    # Flip bytes inside the compressed data of the first part: the CRC check fails.
    data[60:80] = bytes(b ^ 0xFF for b in data[60:80])
    with pytest.raises(UnreadableFile, match=r"^notes.docx is damaged or incomplete"):
        check("notes.docx", bytes(data))


def test_a_password_protected_pdf_is_refused() -> None:
    data = sample_files.encrypted_pdf_bytes(["Secret page"])
    with pytest.raises(UnreadableFile, match=r"^locked.pdf is password-protected"):
        check("locked.pdf", data)


def test_a_pdf_encrypted_only_to_restrict_printing_is_read() -> None:
    data = sample_files.encrypted_pdf_bytes(["Restricted but readable"], user_password="")
    assert pages_of("restricted.pdf", data) == ["Restricted but readable"]


@pytest.mark.parametrize("name", ["locked.docx", "locked.xlsx"])
def test_a_password_protected_office_document_is_refused(name: str) -> None:
    with pytest.raises(UnreadableFile, match=rf"^{name} is password-protected"):
        check(name, sample_files.encrypted_office_bytes())


def test_an_old_office_file_renamed_to_docx_is_refused() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000)
    with pytest.raises(UnreadableFile, match=r"content is an older Office document"):
        check("letter.docx", data)


def test_a_zip_bomb_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * (5 * 1024 * 1024))
    with pytest.raises(UnreadableFile, match=r"^bomb.docx was refused: .* expand"):
        check("bomb.docx", out.getvalue())


def test_a_binary_file_named_txt_is_refused() -> None:
    with pytest.raises(
        UnreadableFile,
        match=r"^blob.txt is named as a text file but its content is not a kind of file",
    ):
        identify("blob.txt", b"\x01\x02\x00\x03" * 100)


# --- text -------------------------------------------------------------------------------------


def test_a_pdf_is_read_page_by_page() -> None:
    data = sample_files.pdf_bytes(["First page: the (home) visit.\nSecond line", "Second page"])
    assert pages_of("report.pdf", data) == [
        "First page: the (home) visit.\nSecond line",
        "Second page",
    ]


def test_a_word_document_is_one_page_with_its_tables_in_order() -> None:
    data = sample_files.docx_bytes(
        ["Strategy meeting notes", "Attendees below."],
        table=[["Agency", "Attended"], ["Police", "Yes"]],
    )
    assert pages_of("notes.docx", data) == [
        "Strategy meeting notes\nAttendees below.\n"
        "Agency | Attended\nPolice | Yes\n\nAfter the table."
    ]


def test_each_sheet_of_a_spreadsheet_is_a_page() -> None:
    data = sample_files.xlsx_bytes(
        {
            "Police": [
                ["Date", "Event", "Count"],
                [datetime.datetime(2024, 3, 1), "Call-out", 2.0],
            ],
            "Health": [["Date", "Event"], [datetime.date(2024, 4, 2), "Clinic"], [None, None]],
        }
    )
    assert pages_of("chronology.xlsx", data) == [
        "Sheet: Police\n\nDate\tEvent\tCount\n2024-03-01\tCall-out\t2",
        "Sheet: Health\n\nDate\tEvent\n2024-04-02\tClinic",
    ]


def test_text_in_other_encodings_is_decoded() -> None:
    text = "Zoë\u2019s café"
    assert pages_of("notes.txt", f"{text}\r\nline two".encode("cp1252")) == [f"{text}\nline two"]
    assert pages_of("notes.txt", "\ufeffWith a BOM".encode()) == ["With a BOM"]


def test_progress_is_reported_for_each_page() -> None:
    seen: list[tuple[int, int]] = []
    data = sample_files.pdf_bytes(["one", "two", "three"])
    extraction.extract_pages(
        io.BytesIO(data), "pdf", "r.pdf", lambda done, total: seen.append((done, total))
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_nul_characters_are_removed_from_text() -> None:
    assert extraction.clean_text("a\x00b\r\nc  ") == "ab\nc"
