"""Reading uploaded files: what a file really is (from its content, never from its name),
whether Casewindow can read it, and its text page by page.

Every problem is raised as `UnreadableFile` with a message a reviewer can act on, naming the
file. Nothing here touches the database or the storage: callers pass an open binary stream."""

import codecs
import contextlib
import datetime
import logging
import re
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import PurePath
from typing import IO

import charset_normalizer
import docx
import openpyxl
import pypdf
from django.conf import settings
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf.errors import DependencyError, LimitReachedError

from casewindow.evidence.importing.archives import (
    ArchiveRefused,
    archive_check,
    archive_members_check,
)

# pypdf logs every oddity of a damaged file as a warning; the reviewer gets one clear message.
logging.getLogger("pypdf").setLevel(logging.ERROR)

FILE_TYPES: dict[str, str] = {
    "pdf": "a PDF",
    "docx": "a Word document (DOCX)",
    "xlsx": "an Excel spreadsheet (XLSX)",
    "csv": "a CSV file",
    "txt": "a text file",
}
EXTENSIONS: dict[str, str] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".xlsx": "xlsx",
    ".csv": "csv",
    ".txt": "txt",
}
ACCEPT = ",".join(EXTENSIONS)
TEXT_TYPES = {"csv", "txt"}
OLD_OFFICE = {".doc": "DOCX", ".xls": "XLSX", ".ppt": "PDF"}

# Content that is recognisably something else, for a clearer message than "unsupported".
_OTHER_SIGNATURES: list[tuple[bytes, str]] = [
    (b"\x89PNG", "an image (PNG)"),
    (b"\xff\xd8\xff", "an image (JPEG)"),
    (b"GIF8", "an image (GIF)"),
    (b"II*\x00", "an image (TIFF)"),
    (b"MM\x00*", "an image (TIFF)"),
    (b"{\\rtf", "a rich text (RTF) document"),
    (b"MZ", "a program"),
    (b"\x7fELF", "a program"),
    (b"Rar!", "a compressed archive (RAR)"),
    (b"7z\xbc\xaf", "a compressed archive (7z)"),
    (b"\x1f\x8b", "a compressed archive (gzip)"),
]
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: old Office, or encrypted OOXML
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_TEXT_SAMPLE = 64 * 1024
_CHUNK = 1024 * 1024

Progress = Callable[[int, int], None]


class UnreadableFile(ValueError):
    """A file Casewindow cannot take. The message names the file and says what is wrong."""


def file_type_label(file_type: str) -> str:
    return FILE_TYPES.get(file_type, file_type)


def _head(stream: IO[bytes], size: int) -> bytes:
    stream.seek(0)
    data = stream.read(size)
    stream.seek(0)
    return data


def _contains(stream: IO[bytes], needle: bytes) -> bool:
    """Whether `needle` occurs anywhere in the stream, read a chunk at a time."""
    stream.seek(0)
    tail = b""
    while chunk := stream.read(_CHUNK):
        if needle in tail + chunk:
            stream.seek(0)
            return True
        tail = chunk[-len(needle) :]
    stream.seek(0)
    return False


def _zip_type(stream: IO[bytes], name: str) -> str:
    try:
        archive_members_check(stream, name)
    except ArchiveRefused as refused:
        raise UnreadableFile(str(refused)) from None
    try:
        with zipfile.ZipFile(stream) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise UnreadableFile(
            f"{name} is damaged or incomplete: it could not be opened. "
            "Save it again from the program that made it, then upload it again."
        ) from None
    finally:
        stream.seek(0)
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "a PowerPoint presentation"
    return "a compressed archive (zip)"


def detect_type(stream: IO[bytes], name: str) -> str:
    """The file's type from its content: one of FILE_TYPES ("csv"/"txt" both mean plain text
    and come back as "txt"), or a description of what else it is."""
    head = _head(stream, 1024)
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(_ZIP):
        return _zip_type(stream, name)
    if head.startswith(_CFB):
        if _contains(stream, _ENCRYPTED_PACKAGE):
            raise UnreadableFile(
                f"{name} is password-protected. Remove the password (save an unprotected copy), "
                "then upload it again."
            )
        return "an older Office document (.doc or .xls)"
    for signature, description in _OTHER_SIGNATURES:
        if head.startswith(signature):
            return description
    if _looks_like_text(_head(stream, _TEXT_SAMPLE)):
        return "txt"
    return "not a kind of file Casewindow can read"


def identify(stream: IO[bytes], name: str, size: int, max_bytes: int) -> str:
    """Check an uploaded file's size, name and content agree and are supported; return its
    type (a key of FILE_TYPES). `size` comes from the upload, so a file over the limit is
    refused before anything reads it."""
    if size == 0:
        raise UnreadableFile(f"{name} is empty. Check you chose the right file.")
    if size > max_bytes:
        raise UnreadableFile(
            f"{name} is {_megabytes(size)}: files must be smaller than {_megabytes(max_bytes)}."
        )
    suffix = PurePath(name).suffix.lower()
    if suffix in OLD_OFFICE:
        raise UnreadableFile(
            f"{name} is in an older Office format. "
            f"Save it as {OLD_OFFICE[suffix]} and upload it again."
        )
    claimed = EXTENSIONS.get(suffix)
    if claimed is None:
        raise UnreadableFile(
            f"{name} must be a PDF, Word document (DOCX), Excel spreadsheet (XLSX), "
            "CSV or text file."
        )
    found = detect_type(stream, name)
    if found == "txt" and claimed in TEXT_TYPES:
        return claimed
    if found == claimed:
        return claimed
    content = FILE_TYPES["txt"] if found == "txt" else file_type_label(found)
    raise UnreadableFile(
        f"{name} is named as {file_type_label(claimed)} but its content is {content}. "
        "Check it is the right file, or save it in the format its name says."
    )


def _megabytes(size: int) -> str:
    return (
        f"{size / (1024 * 1024):.1f} MB" if size % (1024 * 1024) else f"{size // (1024 * 1024)} MB"
    )


# --- checking a file can be read -------------------------------------------------------------


def _damaged(name: str, what: str) -> UnreadableFile:
    return UnreadableFile(
        f"{name} is damaged or incomplete: it could not be read as {what}. "
        "Save it again from the program that made it, then upload it again."
    )


def _password_protected(name: str) -> UnreadableFile:
    return UnreadableFile(
        f"{name} is password-protected. Remove the password (save an unprotected copy), "
        "then upload it again."
    )


def _pdf_limits() -> contextlib.AbstractContextManager[object]:
    """pypdf's own ceilings on what one stream may decompress to (75 MB each by default),
    lowered to the configured limit while a PDF is read."""
    limit = settings.CASEWINDOW_PDF_MAX_STREAM_BYTES
    return pypdf.apply_configuration(
        maximum_declared_stream_length=limit,
        array_based_stream_maximum_output_length=limit,
        jbig2_maximum_output_length=limit,
        lzw_maximum_output_length=limit,
        run_length_maximum_output_length=limit,
        zlib_maximum_output_length=limit,
        brotli_maximum_output_length=limit,
        image_maximum_buffer_size=limit,
    )


def _page_too_large(name: str, number: int) -> UnreadableFile:
    return UnreadableFile(
        f"{name} was refused: page {number} expands to more than "
        f"{settings.CASEWINDOW_PDF_MAX_STREAM_BYTES // (1024 * 1024)} MB when read. A real "
        "document is far smaller, so the file may be damaged or made to overload Casewindow. If "
        "it is genuine, print it to a new PDF and upload that."
    )


def _check_pdf_pages(stream: IO[bytes], name: str) -> None:
    """Open the PDF and decompress each page's content (within pypdf's limits, one page at a
    time), so a page that would expand beyond them is refused at upload, not in the
    background."""
    with _pdf_limits():
        reader = _open_pdf_limited(stream, name)
        for number, page in enumerate(reader.pages, start=1):
            try:
                page.get_contents()
            except LimitReachedError:
                raise _page_too_large(name, number) from None
            except Exception:  # noqa: S112 - a damaged page: extraction reads the rest, as before
                continue
    stream.seek(0)


def _too_much_text(name: str) -> UnreadableFile:
    return UnreadableFile(
        f"{name} holds more text than Casewindow reads from one file "
        f"({settings.CASEWINDOW_EXTRACT_MAX_CHARACTERS:,} characters). Split it into smaller "
        "files and upload those."
    )


def _open_pdf(stream: IO[bytes], name: str) -> pypdf.PdfReader:
    with _pdf_limits():
        return _open_pdf_limited(stream, name)


def _open_pdf_limited(stream: IO[bytes], name: str) -> pypdf.PdfReader:
    stream.seek(0)
    try:
        reader = pypdf.PdfReader(stream, strict=False)
        if reader.is_encrypted:
            # Many PDFs are encrypted only to restrict printing, with an empty password to open.
            try:
                opened = reader.decrypt("")
            except DependencyError:
                raise UnreadableFile(
                    f"{name} is encrypted in a way Casewindow cannot open. Save an unprotected "
                    "copy (for example, print it to a new PDF), then upload it again."
                ) from None
            if opened == pypdf.PasswordType.NOT_DECRYPTED:
                raise _password_protected(name)
        if len(reader.pages) == 0:
            raise UnreadableFile(f"{name} has no pages.")
        if len(reader.pages) > settings.CASEWINDOW_PDF_MAX_PAGES:
            raise UnreadableFile(
                f"{name} has {len(reader.pages):,} pages: Casewindow reads PDFs of up to "
                f"{settings.CASEWINDOW_PDF_MAX_PAGES:,} pages. Split it into smaller files."
            )
    except UnreadableFile:
        raise
    except Exception:  # pypdf raises many kinds of error for a damaged file
        raise _damaged(name, "a PDF") from None
    return reader


def _check_zip(stream: IO[bytes], name: str, what: str, streamed: tuple[str, ...] = ()) -> None:
    """A DOCX or XLSX is a zip: the archive guard refuses it if any part is damaged or it
    would expand beyond the limits, before a parser opens it."""
    try:
        archive_check(stream, name, streamed=streamed)
    except ArchiveRefused as refused:
        if refused.reason == "encrypted":
            raise _password_protected(name) from None
        if refused.reason == "damaged":
            raise _damaged(name, what) from None
        raise UnreadableFile(str(refused)) from None


def _open_docx(stream: IO[bytes], name: str):  # -> docx.document.Document
    _check_zip(stream, name, "a Word document")
    try:
        return docx.Document(stream)
    except Exception:
        raise _damaged(name, "a Word document") from None
    finally:
        stream.seek(0)


def _open_xlsx(stream: IO[bytes], name: str) -> openpyxl.Workbook:
    _check_zip(stream, name, "an Excel spreadsheet", streamed=("xl/worksheets/",))
    try:
        workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
        workbook.sheetnames  # noqa: B018 - reading the workbook part proves it is whole
        return workbook
    except Exception:
        raise _damaged(name, "an Excel spreadsheet") from None
    finally:
        stream.seek(0)


def _read_text(stream: IO[bytes], name: str) -> str:
    stream.seek(0)
    data = stream.read()
    stream.seek(0)
    text = decode_text(data)
    if text is None:
        raise UnreadableFile(
            f"{name} is not readable text. Save it as plain text (UTF-8) and upload it again."
        )
    return text


def check_readable(stream: IO[bytes], file_type: str, name: str) -> None:
    """Open the file far enough to know its text can be read later; raise UnreadableFile if
    it is damaged, incomplete or password-protected."""
    if file_type == "pdf":
        _check_pdf_pages(stream, name)
    elif file_type == "docx":
        _open_docx(stream, name)
    elif file_type == "xlsx":
        _open_xlsx(stream, name).close()
    elif file_type in TEXT_TYPES:
        _read_text(stream, name)
    else:
        raise UnreadableFile(f"{name}: Casewindow cannot read {file_type} files.")


# --- text --------------------------------------------------------------------------------------


def _looks_like_text(sample: bytes) -> bool:
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return b"\x00" not in sample


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _is_mostly_printable(text: str) -> bool:
    return len(_CONTROL.findall(text)) <= max(1, len(text) // 100)


def decode_text(data: bytes) -> str | None:
    """The text of a plain-text file in whatever encoding it uses, or None if it is not text."""
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        text = _try_decode(data, "utf-8-sig")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _try_decode(data, "utf-16")
    elif b"\x00" in data:
        return None
    else:
        text = _try_decode(data, "utf-8")
        if text is None:
            best = charset_normalizer.from_bytes(data).best()
            text = str(best) if best is not None else None
    if text is None or not _is_mostly_printable(text):
        return None
    return clean_text(text)


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def clean_text(text: str) -> str:
    """Newlines made uniform, NUL characters (which PostgreSQL cannot store) and trailing
    spaces removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, float | Decimal) and value == int(value):
        return str(int(value))
    return str(value)


def _docx_table_text(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell appears once for each grid column it spans.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


def _pdf_pages(stream: IO[bytes], name: str, progress: Progress) -> list[str]:
    with _pdf_limits():
        reader = _open_pdf_limited(stream, name)
        total = len(reader.pages)
        pages = []
        characters = 0
        for number, page in enumerate(reader.pages, start=1):
            try:
                text = page.extract_text() or ""
            except LimitReachedError:
                raise _page_too_large(name, number) from None
            except Exception:  # one unreadable page should not lose the rest of the document
                text = ""
            pages.append(clean_text(text))
            characters += len(pages[-1])
            if characters > settings.CASEWINDOW_EXTRACT_MAX_CHARACTERS:
                raise _too_much_text(name)
            progress(number, total)
        return pages


def _docx_pages(stream: IO[bytes], name: str, progress: Progress) -> list[str]:
    document = _open_docx(stream, name)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_docx_table_text(block))
            lines.append("")
    progress(1, 1)
    return [clean_text("\n".join(lines))]


def _xlsx_pages(stream: IO[bytes], name: str, progress: Progress) -> list[str]:
    workbook = _open_xlsx(stream, name)
    try:
        sheets = workbook.worksheets
        pages = []
        characters = 0
        for number, sheet in enumerate(sheets, start=1):
            lines = [f"Sheet: {sheet.title}", ""]
            for row in sheet.iter_rows(values_only=True):
                cells = [_cell_text(value) for value in row]
                while cells and not cells[-1]:
                    cells.pop()
                if cells:
                    lines.append("\t".join(cells))
                    characters += len(lines[-1]) + 1
                    if characters > settings.CASEWINDOW_EXTRACT_MAX_CHARACTERS:
                        raise _too_much_text(name)
            pages.append(clean_text("\n".join(lines)))
            progress(number, len(sheets))
        return pages
    except UnreadableFile:
        raise
    except Exception:
        raise _damaged(name, "an Excel spreadsheet") from None
    finally:
        workbook.close()


def extract_pages(
    stream: IO[bytes], file_type: str, name: str, progress: Progress | None = None
) -> list[str]:
    """The file's text, one string per page. PDFs have their own pages; each sheet of a
    spreadsheet is a page; a Word document, CSV or text file is one page."""
    report = progress or (lambda done, total: None)
    if file_type == "pdf":
        return _pdf_pages(stream, name, report)
    if file_type == "docx":
        return _docx_pages(stream, name, report)
    if file_type == "xlsx":
        return _xlsx_pages(stream, name, report)
    if file_type in TEXT_TYPES:
        text = _read_text(stream, name)
        report(1, 1)
        return [text]
    raise UnreadableFile(f"{name}: Casewindow cannot read {file_type} files.")
