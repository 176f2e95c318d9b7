"""The backup archive: one tar file holding the database dump, every uploaded file and a manifest
of SHA-256 checksums. Nothing here touches the database or the storage.

    database/casewindow.sqlite3 | database/casewindow.pgdump   the dump
    files/000001 …                                              the uploaded files, by number
    manifest.json                                               what each member is, its checksum
    manifest.sha256                                             the manifest's own checksum

Files are stored under numbers, never under their storage names, so a crafted archive cannot
write outside a work folder however it is read; the manifest maps numbers back to names. The
manifest comes last because the checksums are known only once every member is written."""

from __future__ import annotations

import hashlib
import io
import json
import posixpath
import tarfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

FORMAT = "casewindow-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MANIFEST_CHECKSUM = "manifest.sha256"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message is written for the operator."""


class BackupDamaged(BackupError):
    pass


@dataclass(frozen=True)
class Member:
    member: str  # its name inside the archive
    sha256: str
    bytes: int
    name: str = ""  # for an uploaded file: its name in the storage


@dataclass
class Manifest:
    created_at: str
    casewindow_version: str
    vendor: str  # the database: "sqlite" or "postgresql"
    database: Member
    migrations: list[list[str]]  # [app, migration] applied when the backup was made
    table_rows: dict[str, int]  # rows in each table of the dump
    files: list[Member] = field(default_factory=list)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), indent=1, sort_keys=True).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        try:
            raw: dict[str, Any] = json.loads(data)
            if raw.get("format") != FORMAT:
                raise BackupDamaged("this is not a Casewindow backup (its manifest is not ours)")
            if raw.get("format_version") != FORMAT_VERSION:
                raise BackupError(
                    f"this backup is in format {raw.get('format_version')!r}; this version of "
                    f"Casewindow reads format {FORMAT_VERSION}"
                )
            return cls(
                created_at=str(raw["created_at"]),
                casewindow_version=str(raw["casewindow_version"]),
                vendor=str(raw["vendor"]),
                database=Member(**raw["database"]),
                migrations=[[str(app), str(name)] for app, name in raw["migrations"]],
                table_rows={str(k): int(v) for k, v in raw["table_rows"].items()},
                files=[Member(**item) for item in raw["files"]],
            )
        except (ValueError, KeyError, TypeError) as error:
            raise BackupDamaged(f"its manifest cannot be read ({error})") from None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class _HashingReader(io.RawIOBase):
    """Reads through to `source`, hashing and counting what passes."""

    def __init__(self, source: IO[bytes]) -> None:
        self.source = source
        self.digest = hashlib.sha256()
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.source.read(len(buffer))
        self.digest.update(data)
        self.count += len(data)
        buffer[: len(data)] = data
        return len(data)


def _info(member: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(member)
    info.size = size
    info.mode = 0o600
    info.mtime = int(time.time())
    return info


class ArchiveWriter:
    """Writes the archive member by member; `close` adds the manifest."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tar = tarfile.open(path, "w", format=tarfile.PAX_FORMAT)  # noqa: SIM115

    def add_path(self, member: str, source: Path, *, name: str = "") -> Member:
        checksum = sha256_of(source)
        info = _info(member, source.stat().st_size)
        with source.open("rb") as handle:
            self.tar.addfile(info, handle)
        return Member(member=member, sha256=checksum, bytes=info.size, name=name)

    def add_stream(self, member: str, source: IO[bytes], size: int, *, name: str = "") -> Member:
        """A member from a stream of known size (an uploaded file read through the storage)."""
        info = _info(member, size)
        reader = _HashingReader(source)
        try:
            self.tar.addfile(info, io.BufferedReader(reader, CHUNK))
        except OSError as error:  # cut short, or the storage failed mid-read
            raise BackupError(f"{name or member} could not be read whole ({error})") from None
        if reader.count != size:
            raise BackupError(f"{name or member} changed size while it was being copied")
        return Member(member=member, sha256=reader.digest.hexdigest(), bytes=size, name=name)

    def close(self, manifest: Manifest) -> None:
        data = manifest.to_json()
        checksum = hashlib.sha256(data).hexdigest().encode() + b"\n"
        for member, content in ((MANIFEST, data), (MANIFEST_CHECKSUM, checksum)):
            info = _info(member, len(content))
            self.tar.addfile(info, io.BytesIO(content))
        self.tar.close()

    def abandon(self) -> None:
        self.tar.close()
        self.path.unlink(missing_ok=True)


def file_member(number: int) -> str:
    return f"files/{number:06d}"


def safe_storage_name(name: str) -> bool:
    """A storage name the restore may write: relative, no `..`, nothing odd."""
    return (
        bool(name)
        and not name.startswith("/")
        and "\\" not in name
        and "\x00" not in name
        and posixpath.normpath(name) == name
        and not name.startswith("..")
    )


@dataclass(frozen=True)
class VerifiedBackup:
    """An archive whose every member matched its checksum, unpacked into `folder`."""

    manifest: Manifest
    folder: Path

    def path_of(self, member: str) -> Path:
        return self.folder / member


def _members(tar: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    try:
        yield from tar
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupDamaged(f"the archive is cut short or corrupt ({error})") from None


def archive_unpack_verified(archive: Path, folder: Path) -> VerifiedBackup:
    """Unpack `archive` into the empty `folder`, checking every member against the manifest.
    Raises BackupDamaged, naming what is wrong, unless everything matches."""
    if not archive.is_file():
        raise BackupError(f"{archive} is not a file")
    seen: dict[str, tuple[str, int]] = {}  # member → (sha256, bytes) as read
    names: set[str] = set()
    manifest_data = checksum_line = b""
    try:
        tar = tarfile.open(archive, "r:")  # noqa: SIM115
    except (tarfile.TarError, OSError) as error:
        raise BackupDamaged(f"it is not a readable tar archive ({error})") from None
    with tar:
        for info in _members(tar):
            if not info.isfile():
                raise BackupDamaged(f"it holds {info.name!r}, which is not a plain file")
            if info.name in names:
                raise BackupDamaged(f"it holds {info.name!r} twice")
            names.add(info.name)
            handle = tar.extractfile(info)
            assert handle is not None
            if info.name in (MANIFEST, MANIFEST_CHECKSUM):
                content = _read_all(handle, limit=64 * 1024 * 1024)
                if info.name == MANIFEST:
                    manifest_data = content
                else:
                    checksum_line = content
                continue
            if not (info.name.startswith(("database/", "files/")) and safe_storage_name(info.name)):
                raise BackupDamaged(f"it holds {info.name!r}, which no backup contains")
            target = folder / info.name
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            size = 0
            with target.open("wb") as out:
                try:
                    while chunk := handle.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        out.write(chunk)
                except (tarfile.TarError, EOFError, OSError) as error:
                    raise BackupDamaged(f"{info.name} is cut short or corrupt ({error})") from None
            seen[info.name] = (digest.hexdigest(), size)

    if not manifest_data or not checksum_line:
        raise BackupDamaged("it has no manifest (the archive is incomplete or not a backup)")
    if hashlib.sha256(manifest_data).hexdigest() != checksum_line.decode(errors="replace").strip():
        raise BackupDamaged("its manifest does not match the manifest's checksum")
    manifest = Manifest.from_json(manifest_data)
    expected = [manifest.database, *manifest.files]
    for item in expected:
        found = seen.get(item.member)
        if found is None:
            raise BackupDamaged(f"{item.member} ({item.name or 'the database'}) is missing")
        if found != (item.sha256, item.bytes):
            raise BackupDamaged(
                f"{item.member} ({item.name or 'the database'}) does not match its checksum"
            )
        if item.name and not safe_storage_name(item.name):
            raise BackupDamaged(f"it names a file {item.name!r}, which cannot be restored safely")
    extra = set(seen) - {item.member for item in expected}
    if extra:
        raise BackupDamaged(f"it holds {sorted(extra)[0]!r}, which its manifest does not list")
    if len({item.name for item in manifest.files}) != len(manifest.files):
        raise BackupDamaged("its manifest lists one file name twice")
    return VerifiedBackup(manifest=manifest, folder=folder)


def _read_all(handle: IO[bytes], *, limit: int) -> bytes:
    try:
        data = handle.read(limit + 1)
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupDamaged(f"its manifest is cut short ({error})") from None
    if len(data) > limit:
        raise BackupDamaged("its manifest is too large to be a backup's")
    return data
