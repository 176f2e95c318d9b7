"""What a file really is, judged from its content. Agencies rename files, save spreadsheets as
CSV with odd encodings and send password-protected documents: the name's extension is only
used to warn when it does not match what is inside."""

import codecs
import hashlib
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import BinaryIO

from casewindow.evidence.importing.archives import (
    ArchiveRefused,
    archive_check,
    archive_members_check,
)
from casewindow.evidence.importing.errors import ChronologyFileError

CHUNK = 1024 * 1024
SUPPORTED = "Upload a CSV file, an Excel workbook (.xlsx) or a Word document (.docx) with a table."
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# The extensions each readable kind of file normally has.
EXTENSIONS = {
    "csv": {".csv", ".txt", ".tsv", ".tab"},
    "xlsx": {".xlsx", ".xlsm"},
    "docx": {".docx", ".docm"},
}
KIND_NAMES = {
    "csv": "text in columns (CSV)",
    "xlsx": "an Excel workbook",
    "docx": "a Word document",
}
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with byte order mark",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
}


@dataclass
class FileFacts:
    """What the content says the file is: type, text encoding (CSV only), checksum, size, and
    notes worth showing the user (e.g. a misleading extension)."""

    file_type: str
    size: int
    sha256: str
    encoding: str = ""
    notices: list[str] = field(default_factory=list)

    @property
    def encoding_label(self) -> str:
        return ENCODING_LABELS.get(self.encoding, self.encoding)

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.file_type]


def _extension(filename: str) -> str:
    return PurePath(filename or "").suffix.lower()


def _refuse(filename: str, what: str, advice: str = SUPPORTED) -> ChronologyFileError:
    ext = _extension(filename)
    misleading = f" (although its name ends “{ext}”)" if ext else ""
    return ChronologyFileError(
        f"“{filename}” is {what}{misleading}, not a chronology Casewindow can read. {advice}"
    )


def _size(fileobj: BinaryIO) -> int:
    fileobj.seek(0, 2)
    size = fileobj.tell()
    fileobj.seek(0)
    return size


def file_sniff(fileobj: BinaryIO, filename: str, *, max_bytes: int) -> FileFacts:
    """Identify a chronology file by its content. Raises ChronologyFileError, naming the
    problem, for an empty, oversized, damaged, encrypted or unsupported file."""
    size = _size(fileobj)
    if size == 0:
        raise ChronologyFileError(
            f"“{filename}” is empty (0 bytes). Choose the chronology file again."
        )
    if size > max_bytes:
        raise ChronologyFileError(
            f"“{filename}” is {_megabytes(size)}: the largest file Casewindow accepts is "
            f"{_megabytes(max_bytes)}. Split the chronology into smaller files."
        )
    head = fileobj.read(8192)
    fileobj.seek(0)

    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        file_type = _zip_kind(fileobj, filename)
        facts = FileFacts(file_type=file_type, size=size, sha256=_sha256(fileobj))
    elif head.startswith(OLE_SIGNATURE):
        raise _ole_error(fileobj, filename)
    elif head.startswith(b"%PDF"):
        raise _refuse(
            filename,
            "a PDF document",
            "Ask the agency for the chronology as Excel, CSV or Word, or "
            + SUPPORTED[0].lower()
            + SUPPORTED[1:],
        )
    elif head.lstrip().startswith(b"{\\rtf"):
        raise _refuse(
            filename,
            "a Rich Text (RTF) document",
            "Open it in Word and save it as .docx. " + SUPPORTED,
        )
    elif head[:4] in (b"\x89PNG", b"GIF8") or head.startswith(b"\xff\xd8\xff"):
        raise _refuse(filename, "a picture")
    else:
        facts = _text_facts(fileobj, filename, size, head)

    ext = _extension(filename)
    if ext and ext not in EXTENSIONS[facts.file_type]:
        facts.notices.insert(
            0,
            f"The file's name ends “{ext}” but it holds {facts.kind_name}: it was read as "
            f"{facts.kind_name}.",
        )
    fileobj.seek(0)
    return facts


def _megabytes(size: int) -> str:
    return (
        f"{size / (1024 * 1024):.1f} MB"
        if size < 10 * 1024 * 1024
        else f"{size // (1024 * 1024)} MB"
    )


def _sha256(fileobj: BinaryIO) -> str:
    fileobj.seek(0)
    digest = hashlib.sha256()
    while chunk := fileobj.read(CHUNK):
        digest.update(chunk)
    fileobj.seek(0)
    return digest.hexdigest()


def _zip_kind(fileobj: BinaryIO, filename: str) -> str:
    try:
        archive_members_check(fileobj, f"“{filename}”")
    except ArchiveRefused as refused:
        raise ChronologyFileError(str(refused)) from None
    try:
        with zipfile.ZipFile(fileobj) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ChronologyFileError(
            f"“{filename}” is damaged or incomplete: it looks like an Excel or Word file but "
            "cannot be opened (it may have been cut short while copying). Save it again and "
            "upload the new copy."
        ) from None
    finally:
        fileobj.seek(0)
    if "xl/workbook.xml" in names:
        return _guarded(fileobj, filename, "xlsx")
    if "word/document.xml" in names:
        return _guarded(fileobj, filename, "docx")
    if "ppt/presentation.xml" in names:
        raise _refuse(filename, "a PowerPoint presentation")
    if "content.xml" in names and "mimetype" in names:
        raise _refuse(
            filename, "an OpenDocument file", "Save it as .xlsx or .docx and upload it again."
        )
    raise _refuse(filename, "a zip archive")


def _guarded(fileobj: BinaryIO, filename: str, kind: str) -> str:
    """`kind`, once the archive guard has found the file safe to open (worksheets are read
    row by row, so they count towards the larger streamed limit)."""
    try:
        archive_check(fileobj, f"“{filename}”", streamed=("xl/worksheets/",))
    except ArchiveRefused as refused:
        raise ChronologyFileError(str(refused)) from None
    return kind


def _ole_error(fileobj: BinaryIO, filename: str) -> ChronologyFileError:
    # Office encrypts a .docx/.xlsx by wrapping it in an OLE container whose streams are named
    # EncryptionInfo and EncryptedPackage (names stored as UTF-16).
    sample = fileobj.read(min(_size(fileobj), 4 * CHUNK))
    fileobj.seek(0)
    if (
        "EncryptedPackage".encode("utf-16-le") in sample
        or "EncryptionInfo".encode("utf-16-le") in sample
    ):
        return ChronologyFileError(
            f"“{filename}” is password-protected, so Casewindow cannot read it. Ask the agency "
            "for a copy without a password (or remove the password: File > Info > Protect, then "
            "save) and upload that."
        )
    if "WordDocument".encode("utf-16-le") in sample:
        return _refuse(
            filename,
            "an old-style Word 97-2003 document (.doc)",
            "Open it in Word and save it as .docx. " + SUPPORTED,
        )
    return _refuse(
        filename,
        "an old-style Excel 97-2003 workbook (.xls)",
        "Open it in Excel and save it as .xlsx. " + SUPPORTED,
    )


def _text_facts(fileobj: BinaryIO, filename: str, size: int, head: bytes) -> FileFacts:
    """A text file: find its encoding (UTF-8, UTF-8 with BOM, UTF-16 with BOM or Windows-1252)
    while computing the checksum, in one pass over the bytes."""
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if b"\x00" in head:
            raise _refuse(filename, "not a text file (it holds binary data)")
        lowered = head.lstrip()[:200].lower()
        if lowered.startswith((b"<!doctype html", b"<html")):
            raise _refuse(
                filename,
                "a web page (HTML)",
                "Open it in Excel and save it as .xlsx or .csv. " + SUPPORTED,
            )
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")() if encoding == "utf-8" else None
    while chunk := fileobj.read(CHUNK):
        digest.update(chunk)
        if decoder is not None:
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                decoder = None
                encoding = ""
    if decoder is not None:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            encoding = ""
    notices = []
    if not encoding:
        encoding = _single_byte_encoding(fileobj)
        notices.append(
            f"The text is not UTF-8: it was read as {ENCODING_LABELS.get(encoding, encoding)} "
            "(the encoding Excel uses on Windows when it saves CSV)."
        )
    fileobj.seek(0)
    return FileFacts(
        file_type="csv", size=size, sha256=digest.hexdigest(), encoding=encoding, notices=notices
    )


def _single_byte_encoding(fileobj: BinaryIO) -> str:
    """Windows-1252 when every byte is defined there (the usual case); otherwise the best
    guess charset-normalizer makes, falling back to Latin-1, which accepts any byte."""
    fileobj.seek(0)
    decoder = codecs.getincrementaldecoder("cp1252")()
    try:
        while chunk := fileobj.read(CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
        return "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    fileobj.seek(0)
    best = from_bytes(fileobj.read(4 * CHUNK)).best()
    fileobj.seek(0)
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        return codecs.lookup(best.encoding).name
    return "latin-1"
