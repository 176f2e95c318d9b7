"""Hostile ZIP-based uploads (zip bombs of several kinds) and large genuine files, made in a few
seconds without ever holding the expanded data: members are written by hand, so a member's
declared size can be made to lie, and a 1 GB member is one compressed block repeated (after a
full flush, deflate starts afresh, so the same input gives the same bytes every time).

Used by tests/evidence/test_hostile_files.py and bench/bench_hostile_files.py."""

import io
import json
import os
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
import openpyxl

MB = 1024 * 1024
GB = 1024 * MB


@dataclass
class _Entry:
    name: str
    offset: int
    method: int
    crc: int
    compressed: int
    declared: int


class ZipWriter:
    """A minimal ZIP writer (no ZIP64: every size under 4 GB) that can declare any size."""

    def __init__(self, path: Path) -> None:
        self.out = path.open("wb")
        self.entries: list[_Entry] = []

    def __enter__(self) -> "ZipWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _header(self, name: bytes, method: int, crc: int, csize: int, usize: int) -> bytes:
        return (
            struct.pack(
                "<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0x21, crc, csize, usize, len(name), 0
            )
            + name
        )

    def add(
        self,
        name: str,
        data: bytes | Iterable[bytes],
        *,
        stored: bool = False,
        declare: int | None = None,
    ) -> None:
        """A member from bytes or chunks, deflated unless `stored`; `declare` states a size
        other than the real one in both headers."""
        chunks = [data] if isinstance(data, bytes) else data
        method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        encoded = name.encode()
        offset = self.out.tell()
        self.out.write(self._header(encoded, method, 0, 0, 0))
        crc = size = compressed = 0
        packer = None if stored else zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        for chunk in chunks:
            crc, size = zlib.crc32(chunk, crc), size + len(chunk)
            out = chunk if packer is None else packer.compress(chunk)
            self.out.write(out)
            compressed += len(out)
        if packer is not None:
            tail = packer.flush()
            self.out.write(tail)
            compressed += len(tail)
        self._finish(_Entry(name, offset, method, crc, compressed, size), declare)

    def add_repeated(self, name: str, block: bytes, times: int, *, declare: int | None = None):
        """A deflated member of `block` repeated `times` times, compressed once."""
        packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        unit = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
        end = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS).flush()  # an empty last block
        encoded = name.encode()
        offset = self.out.tell()
        self.out.write(self._header(encoded, zipfile.ZIP_DEFLATED, 0, 0, 0))
        crc = 0
        for _ in range(times):
            self.out.write(unit)
            crc = zlib.crc32(block, crc)
        self.out.write(end)
        entry = _Entry(
            name,
            offset,
            zipfile.ZIP_DEFLATED,
            crc,
            len(unit) * times + len(end),
            len(block) * times,
        )
        self._finish(entry, declare)

    def _finish(self, entry: _Entry, declare: int | None) -> None:
        if declare is not None:
            entry.declared = declare
        here = self.out.tell()
        self.out.seek(entry.offset)
        self.out.write(
            self._header(
                entry.name.encode(), entry.method, entry.crc, entry.compressed, entry.declared
            )
        )
        self.out.seek(here)
        self.entries.append(entry)

    def close(self) -> None:
        start = self.out.tell()
        for e in self.entries:
            name = e.name.encode()
            fields = (20, 20, 0, e.method, 0, 0x21, e.crc, e.compressed, e.declared, len(name))
            self.out.write(
                struct.pack("<4s6H3L5H2L", b"PK\x01\x02", *fields, 0, 0, 0, 0, 0, e.offset) + name
            )
        size = self.out.tell() - start
        count = len(self.entries)
        self.out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, size, start, 0))
        self.out.close()


def _parts(data: bytes) -> Iterator[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            yield info.filename, archive.read(info)


def _docx_skeleton() -> bytes:
    out = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Chronology")
    document.save(out)
    return out.getvalue()


def _xlsx_skeleton() -> bytes:
    out = io.BytesIO()
    workbook = openpyxl.Workbook()
    workbook.active.title = "Chronology"
    workbook.active.append(["Date", "Event"])
    workbook.save(out)
    return out.getvalue()


DOCUMENT_XML = "word/document.xml"
SHEET_XML = "xl/worksheets/sheet1.xml"
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _office(path: Path, skeleton: bytes, replace: str, writer_step) -> Path:
    """An Office file from a real skeleton, with the member `replace` written by `writer_step`."""
    with ZipWriter(path) as writer:
        for name, data in _parts(skeleton):
            if name == replace:
                writer_step(writer)
            else:
                writer.add(name, data)
    return path


def _bomb_xml_block() -> bytes:
    return (b"<w:p><w:r><w:t>" + b"A" * 1000 + b"</w:t></w:r></w:p>") * 1000  # about 1 MB


def docx_bomb(path: Path) -> Path:
    """A Word document whose body expands to 1 GB from about 1 MB."""
    return _office(
        path,
        _docx_skeleton(),
        DOCUMENT_XML,
        lambda w: w.add_repeated(DOCUMENT_XML, _bomb_xml_block(), GB // len(_bomb_xml_block())),
    )


def xlsx_bomb(path: Path) -> Path:
    """A workbook whose sheet expands to 1 GB from about 1 MB."""
    row = b'<row><c t="inlineStr"><is><t>' + b"B" * 1000 + b"</t></is></c></row>"
    block = row * 1000
    return _office(
        path,
        _xlsx_skeleton(),
        SHEET_XML,
        lambda w: w.add_repeated(SHEET_XML, block, GB // len(block)),
    )


def diluted_bomb(path: Path) -> Path:
    """A Word document whose 120 MB bomb part is hidden beside 40 MB of random (stored,
    incompressible) data: over the whole file the ratio is only about 4."""

    def step(writer: ZipWriter) -> None:
        writer.add(DOCUMENT_XML, _docx_body(["A short, ordinary document."]))
        writer.add("word/media/image1.png", (os.urandom(MB) for _ in range(40)), stored=True)
        writer.add_repeated("word/media/image2.bin", b"\x00" * MB, 120)

    return _office(path, _docx_skeleton(), DOCUMENT_XML, step)


def many_members(path: Path, count: int = 5000) -> Path:
    """A Word document made of thousands of tiny parts."""

    def step(writer: ZipWriter) -> None:
        writer.add(DOCUMENT_XML, _docx_body(["Many parts."]))
        for n in range(count):
            writer.add(f"word/media/part{n}.xml", b"<x/>")

    return _office(path, _docx_skeleton(), DOCUMENT_XML, step)


def lying_size(path: Path) -> Path:
    """A Word document whose body declares 4 KB but decompresses to 1 GB."""
    block = _bomb_xml_block()
    return _office(
        path,
        _docx_skeleton(),
        DOCUMENT_XML,
        lambda w: w.add_repeated(DOCUMENT_XML, block, GB // len(block), declare=4096),
    )


def nested_bomb(path: Path) -> Path:
    """A Word document with an embedded workbook (itself a zip) that is an XLSX bomb."""
    inner = xlsx_bomb(path.with_suffix(".inner.xlsx"))

    def step(writer: ZipWriter) -> None:
        writer.add(DOCUMENT_XML, _docx_body(["See the embedded workbook."]))
        writer.add("word/embeddings/Microsoft_Excel_Worksheet.xlsx", inner.read_bytes())

    made = _office(path, _docx_skeleton(), DOCUMENT_XML, step)
    inner.unlink()
    return made


def nested_twice(path: Path) -> Path:
    """A Word document holding a zip holding a zip (each small and harmless in itself)."""
    innermost = io.BytesIO()
    with zipfile.ZipFile(innermost, "w") as archive:
        archive.writestr("note.txt", "hello")
    middle = io.BytesIO()
    with zipfile.ZipFile(middle, "w") as archive:
        archive.writestr("inner.zip", innermost.getvalue())

    def step(writer: ZipWriter) -> None:
        writer.add(DOCUMENT_XML, _docx_body(["Nested archives."]))
        writer.add("word/embeddings/package.zip", middle.getvalue())

    return _office(path, _docx_skeleton(), DOCUMENT_XML, step)


def _docx_body(paragraphs: Iterable[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    return f"<w:document {_W}><w:body>{body}</w:body></w:document>".encode()


def _docx_table_rows(rows: int) -> Iterator[bytes]:
    def cell(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    yield f"<w:document {_W}><w:body><w:tbl>".encode()
    yield ("<w:tr>" + cell("Date") + cell("Event") + cell("Source") + "</w:tr>").encode()
    for n in range(rows):
        day = f"{n % 28 + 1:02d}/{n % 12 + 1:02d}/20{10 + n % 15}"
        event = f"Home visit {n}: health visitor saw the child and mother; concerns noted {n * 7}."
        yield ("<w:tr>" + cell(day) + cell(event) + cell("Health") + "</w:tr>").encode()
    yield b"</w:tbl></w:body></w:document>"


def large_docx(path: Path, rows: int = 22_000) -> Path:
    """A genuine Word chronology whose body is just under the default 6 MB limit."""
    return _office(
        path, _docx_skeleton(), DOCUMENT_XML, lambda w: w.add(DOCUMENT_XML, _docx_table_rows(rows))
    )


def _sheet_rows(rows: int) -> Iterator[bytes]:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    yield f'<worksheet xmlns="{ns}"><sheetData>'.encode()

    def cell(text: str) -> str:
        return f'<c t="inlineStr"><is><t>{text}</t></is></c>'

    yield ("<row>" + cell("Date") + cell("Event") + cell("Source") + "</row>").encode()
    for n in range(rows):
        day = f"{n % 28 + 1:02d}/{n % 12 + 1:02d}/20{10 + n % 15}"
        event = f"Police attended the address {n}; officers spoke to both parents about {n * 3}."
        yield ("<row>" + cell(day) + cell(event) + cell("Police") + "</row>").encode()
    yield b"</sheetData></worksheet>"


def large_xlsx(path: Path, rows: int = 15_000) -> Path:
    """A genuine workbook with a sheet of 15,000 rows (about 3.5 MB of XML, read as a stream)."""
    return _office(path, _xlsx_skeleton(), SHEET_XML, lambda w: w.add(SHEET_XML, _sheet_rows(rows)))


# Reads one file as both upload paths do after the upload itself (the chronology reader, row by
# row; the documents check and text extraction) in a fresh process, and reports that process's
# peak resident memory. The database is not involved: what a file costs is in the reading.
_READ_BOTH_WAYS = textwrap.dedent(
    """
    import json, os, resource, sys, time
    import django
    django.setup()
    from casewindow.evidence import extraction
    from casewindow.evidence.importing.errors import ChronologyFileError
    from casewindow.evidence.importing.readers import table_open
    from casewindow.evidence.importing.sniffing import file_sniff

    path, name = sys.argv[1], sys.argv[2]
    limit = 50 * 1024 * 1024
    found = {}
    started = time.perf_counter()
    try:
        with open(path, "rb") as handle:
            facts = file_sniff(handle, name, max_bytes=limit)
            with table_open(handle, facts, name) as table:
                found["chronology"] = sum(1 for _ in table.rows)
    except ChronologyFileError as error:
        found["chronology"] = str(error)
    found["chronology_seconds"] = time.perf_counter() - started
    started = time.perf_counter()
    try:
        with open(path, "rb") as handle:
            kind = extraction.identify(handle, name, os.path.getsize(path), limit)
            extraction.check_readable(handle, kind, name)
            found["documents"] = sum(len(p) for p in extraction.extract_pages(handle, kind, name))
    except extraction.UnreadableFile as error:
        found["documents"] = str(error)
    found["documents_seconds"] = time.perf_counter() - started
    # VmHWM: this process's own peak (ru_maxrss would carry the forking parent's over exec).
    try:
        with open("/proc/self/status") as status:
            peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    found["peak_mb"] = peak / 1024
    print(json.dumps(found))
    """
)


def read_in_a_fresh_process(path: Path) -> dict:
    """What reading `path` both ways gave, how long each took, and the process's peak MB."""
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", _READ_BOTH_WAYS, str(path), path.name],
        capture_output=True,
        text=True,
        check=True,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "casewindow.settings",
            "CASEWINDOW_TESTING": "1",
        },
        timeout=300,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def pdf_bomb(path: Path, expanded_mb: int = 200) -> Path:
    """A one-page PDF whose content stream is 600 KB and decompresses to 200 MB."""
    block = b"BT /F1 12 Tf 72 712 Td (A) Tj ET\n" * 30_000  # about 1 MB
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    unit = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS).flush()
    times = expanded_mb * MB // len(block)
    checksum = 1
    for _ in range(times):
        checksum = zlib.adler32(block, checksum)
    stream = b"\x78\xda" + unit * times + end + checksum.to_bytes(4, "big")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


# name → (maker, what the refusal says). The file names are what the user uploads.
HOSTILE = {
    "bomb.docx": (docx_bomb, "would expand to"),
    "bomb.xlsx": (xlsx_bomb, "would expand to"),
    "diluted.docx": (diluted_bomb, "would expand 1,"),
    "many-parts.docx": (many_members, "holds more than 2,000 parts"),
    "lying.docx": (lying_size, "expands to more than the 4 KB the file says it holds"),
    "nested.docx": (nested_bomb, "would expand to"),
    "nested-twice.docx": (nested_twice, "inside an archive inside it"),
}
# A PDF is not a chronology (that path refuses it by kind); the documents path refuses the bomb.
HOSTILE_PDF = {"bomb.pdf": (pdf_bomb, "page 1 expands to more than 32 MB when read")}
GENUINE = {"large.docx": large_docx, "large.xlsx": large_xlsx}
