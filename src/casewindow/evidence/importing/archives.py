"""One guard for every upload that is a ZIP archive inside (Word .docx, Excel .xlsx; later
.zip and .qdpx): `archive_check` inspects it before any parser opens it, and refuses it with
a message the user can act on if it is damaged, password-protected, or would expand to far
more than a real document.

What it checks, in the order a file meets the checks:

1. the central directory: how many members, whether any is encrypted, and each member's and
   the total *declared* expanded size and compression ratio. A bomb is usually refused here,
   before one byte is decompressed;
2. every member, decompressed from its raw bytes a chunk at a time, counting what really comes
   out: declared sizes can lie, so the count stops the moment a member or the total passes its
   limit, or a member gives more than it declared. This pass also proves every member is whole
   (its CRC), replacing `ZipFile.testzip`, and never holds more than one chunk in memory;
3. archives inside the archive (an embedded workbook in a Word document is one) are checked the
   same way against the same budget, one level deep.

Parsers that read a part whole (python-docx parses every XML part into a tree; with the
chronology reader's rows that is about thirty times the part's size in memory, measured; openpyxl
reads shared strings and styles whole) are protected
by a separate, smaller budget for those parts: `whole_xml_bytes`. Parts a parser streams
(worksheets, read row by row by openpyxl in read-only mode) are named by `streamed` and count
only towards the per-member and total limits.

Pure: no database, no Django import; `ArchiveLimits.from_settings` reads the settings."""

from __future__ import annotations

import contextlib
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

MB = 1024 * 1024
_CHUNK = 256 * 1024
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
# Ratios are judged only for members that expand to more than this: a small part of repeated
# characters is harmless, whatever its ratio.
_RATIO_FLOOR = MB
# zipfile's reader of the end-of-central-directory record (private, but unchanged since 2.x).
_end_record = zipfile._EndRecData  # type: ignore[attr-defined]
_ECD_ENTRIES_TOTAL = zipfile._ECD_ENTRIES_TOTAL  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ArchiveLimits:
    """The limits one archive must keep within. Defaults are `settings.py`'s defaults."""

    max_expanded_bytes: int = 256 * MB
    max_member_bytes: int = 128 * MB
    whole_xml_bytes: int = 6 * MB
    max_ratio: int = 300
    max_members: int = 2000
    max_nesting: int = 1

    @classmethod
    def from_settings(cls) -> ArchiveLimits:
        from django.conf import settings

        return cls(
            max_expanded_bytes=settings.CASEWINDOW_ARCHIVE_MAX_EXPANDED_BYTES,
            max_member_bytes=settings.CASEWINDOW_ARCHIVE_MAX_MEMBER_BYTES,
            whole_xml_bytes=settings.CASEWINDOW_ARCHIVE_MAX_WHOLE_XML_BYTES,
            max_ratio=settings.CASEWINDOW_ARCHIVE_MAX_RATIO,
            max_members=settings.CASEWINDOW_ARCHIVE_MAX_MEMBERS,
            max_nesting=settings.CASEWINDOW_ARCHIVE_MAX_NESTING,
        )


class ArchiveRefused(ValueError):
    """The archive was refused. The message names the file and says what to do; `reason` is
    one of "damaged", "encrypted", "too-large" (for callers that word things their own way)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass
class _Budget:
    """What the archive (and the archives inside it) have used so far."""

    limits: ArchiveLimits
    label: str
    expanded: int = 0
    whole_xml: int = 0
    members: int = 0
    streamed: tuple[str, ...] = field(default_factory=tuple)

    def too_large(self, why: str) -> ArchiveRefused:
        return ArchiveRefused(
            f"{self.label} was refused: {why}. A real document is far smaller, so the file may "
            "be damaged or made to overload Casewindow. If it is genuine, save it again from the "
            "program that made it (or split it into smaller files) and upload the new copy.",
            "too-large",
        )

    def damaged(self) -> ArchiveRefused:
        return ArchiveRefused(
            f"{self.label} is damaged or incomplete: a part inside it cannot be read. Save it "
            "again from the program that made it, then upload it again.",
            "damaged",
        )


def _megabytes(size: int) -> str:
    if size < MB:
        return f"{size / 1024:,.0f} KB"
    return f"{size / MB:,.1f} MB" if size < 10 * MB else f"{size / MB:,.0f} MB"


def archive_check(
    fileobj: IO[bytes],
    label: str,
    *,
    streamed: tuple[str, ...] = (),
    limits: ArchiveLimits | None = None,
) -> None:
    """Refuse (ArchiveRefused) an archive that is damaged, encrypted or expands beyond the
    limits. `label` names the file in messages, as the caller quotes names; `streamed` are
    name prefixes of parts the caller's parser reads as a stream, not whole. Leaves `fileobj`
    at its start."""
    budget = _Budget(limits=limits or ArchiveLimits.from_settings(), label=label, streamed=streamed)
    try:
        _check(fileobj, budget, depth=0)
    finally:
        fileobj.seek(0)


def archive_members_check(
    fileobj: IO[bytes], label: str, *, limits: ArchiveLimits | None = None
) -> None:
    """Refuse an archive with more members than the limit, from its end record alone: call it
    before `zipfile.ZipFile` lists the members (a central directory of a million tiny entries
    would itself take hundreds of MB). `archive_check` calls it too."""
    budget = _Budget(limits=limits or ArchiveLimits.from_settings(), label=label)
    try:
        _count_check(fileobj, budget)
    finally:
        fileobj.seek(0)


def _count_check(fileobj: IO[bytes], budget: _Budget) -> None:
    limits = budget.limits
    fileobj.seek(0)
    try:
        end = _end_record(fileobj)
    except (OSError, ValueError, struct.error):
        end = None
    if end is None:
        raise budget.damaged()
    declared_members = budget.members + end[_ECD_ENTRIES_TOTAL]
    if declared_members > limits.max_members:
        raise budget.too_large(
            f"it holds more than {limits.max_members:,} parts ({declared_members:,})"
        )


def _check(fileobj: IO[bytes], budget: _Budget, *, depth: int) -> None:
    limits = budget.limits
    fileobj.seek(0)
    _count_check(fileobj, budget)
    fileobj.seek(0)
    try:
        archive = zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise budget.damaged() from None
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        budget.members += len(infos)
        if budget.members > limits.max_members:
            raise budget.too_large(
                f"it holds more than {limits.max_members:,} parts ({budget.members:,})"
            )
        if any(info.flag_bits & 0x1 for info in infos):
            raise ArchiveRefused(
                f"{budget.label} is password-protected. Remove the password (save an "
                "unprotected copy), then upload it again.",
                "encrypted",
            )
        _check_declared(infos, budget)
        for info in infos:
            _check_member(fileobj, info, budget, depth=depth)


def _whole_xml(info: zipfile.ZipInfo, budget: _Budget) -> bool:
    name = info.filename.lower()
    return name.endswith((".xml", ".rels")) and not name.startswith(budget.streamed)


def _check_declared(infos: list[zipfile.ZipInfo], budget: _Budget) -> None:
    """What the central directory says: refused here, a bomb costs no decompression at all."""
    limits = budget.limits
    total = budget.expanded + sum(info.file_size for info in infos)
    if total > limits.max_expanded_bytes:
        raise budget.too_large(
            f"it would expand to {_megabytes(total)} when opened (the limit is "
            f"{_megabytes(limits.max_expanded_bytes)})"
        )
    whole = budget.whole_xml + sum(info.file_size for info in infos if _whole_xml(info, budget))
    if whole > limits.whole_xml_bytes:
        raise budget.too_large(
            f"its document text and layout would expand to {_megabytes(whole)} (the limit is "
            f"{_megabytes(limits.whole_xml_bytes)})"
        )
    for info in infos:
        _check_size(info.filename, info.file_size, info.compress_size, budget)


def _check_size(name: str, expanded: int, compressed: int, budget: _Budget) -> None:
    limits = budget.limits
    if expanded > limits.max_member_bytes:
        raise budget.too_large(
            f"one part ({name}) would expand to {_megabytes(expanded)} (the limit is "
            f"{_megabytes(limits.max_member_bytes)})"
        )
    if expanded > _RATIO_FLOOR and expanded > limits.max_ratio * max(compressed, 1):
        raise budget.too_large(
            f"one part ({name}) would expand {expanded // max(compressed, 1):,} times over "
            f"(the limit is {limits.max_ratio:,} times)"
        )


def _check_member(
    fileobj: IO[bytes], info: zipfile.ZipInfo, budget: _Budget, *, depth: int
) -> None:
    """Decompress one member from its raw bytes, counting what really comes out."""
    limits = budget.limits
    whole = _whole_xml(info, budget)
    produced = 0
    crc = 0
    with contextlib.ExitStack() as cleanup:
        nested: IO[bytes] | None = None
        for chunk, consumed in _inflate(fileobj, info, budget):
            if produced == 0 and chunk[:4] == _LOCAL_SIGNATURE:
                if depth + 1 > limits.max_nesting:
                    raise budget.too_large(
                        f"it holds an archive ({info.filename}) inside an archive inside it"
                    )
                nested = cleanup.enter_context(tempfile.SpooledTemporaryFile(max_size=MB))
            produced += len(chunk)
            budget.expanded += len(chunk)
            if whole:
                budget.whole_xml += len(chunk)
            if produced > info.file_size:
                raise budget.too_large(
                    f"one part ({info.filename}) expands to more than the "
                    f"{_megabytes(info.file_size)} the file says it holds"
                )
            if budget.expanded > limits.max_expanded_bytes:
                raise budget.too_large(
                    f"it expands to more than {_megabytes(limits.max_expanded_bytes)} when opened"
                )
            if whole and budget.whole_xml > limits.whole_xml_bytes:
                raise budget.too_large(
                    "its document text and layout expand to more than "
                    f"{_megabytes(limits.whole_xml_bytes)}"
                )
            _check_size(info.filename, produced, consumed, budget)
            crc = zlib.crc32(chunk, crc)
            if nested is not None:
                nested.write(chunk)
        if produced != info.file_size or crc != info.CRC:
            raise budget.damaged()
        if nested is not None:
            _check(nested, budget, depth=depth + 1)


def _inflate(
    fileobj: IO[bytes], info: zipfile.ZipInfo, budget: _Budget
) -> Iterator[tuple[bytes, int]]:
    """The member's bytes as they decompress, with how many compressed bytes have been read so
    far; at most one chunk out at a time, whatever the compressed data would expand to."""
    fileobj.seek(info.header_offset)
    header = fileobj.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size:
        raise budget.damaged()
    fields: tuple[Any, ...] = _LOCAL_HEADER.unpack(header)
    if fields[0] != _LOCAL_SIGNATURE:
        raise budget.damaged()
    fileobj.seek(info.header_offset + _LOCAL_HEADER.size + fields[9] + fields[10])
    remaining = info.compress_size
    consumed = 0
    if info.compress_type == zipfile.ZIP_STORED:
        while remaining > 0:
            data = fileobj.read(min(_CHUNK, remaining))
            if not data:
                raise budget.damaged()
            remaining -= len(data)
            consumed += len(data)
            yield data, consumed
        return
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise ArchiveRefused(
            f"{budget.label} uses a kind of compression Casewindow does not accept. Save it "
            "again from the program that made it, then upload it again.",
            "damaged",
        )
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        while not inflater.eof:
            if inflater.unconsumed_tail:
                data = inflater.unconsumed_tail
            else:
                data = fileobj.read(min(_CHUNK, remaining)) if remaining > 0 else b""
                if not data:
                    raise budget.damaged()  # the compressed data ends before its stream does
                remaining -= len(data)
                consumed += len(data)
            out = inflater.decompress(data, _CHUNK)
            if out:
                yield out, consumed
    except zlib.error:
        raise budget.damaged() from None
