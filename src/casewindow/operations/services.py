"""`backup_create` and `backup_restore`: the database and every uploaded file in one archive
(operations/archive.py), read and written only through Django's storage API, so the same code
serves files on a local disk and in S3-compatible object storage."""

from __future__ import annotations

import datetime
import hashlib
import os
import posixpath
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from django.core.files import File
from django.core.files.storage import Storage, default_storage
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.loader import MigrationLoader

from casewindow.operations import databases
from casewindow.operations.archive import (
    ArchiveWriter,
    BackupError,
    Manifest,
    Member,
    VerifiedBackup,
    archive_unpack_verified,
    file_member,
)

Log = Callable[[str], None]
DUMP_NAMES = {"sqlite": "database/casewindow.sqlite3", "postgresql": "database/casewindow.pgdump"}


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    archive_bytes: int
    files: int
    file_bytes: int
    table_rows: int
    seconds: float


@dataclass(frozen=True)
class RestoreSummary:
    files: int
    table_rows: int
    seconds: float


def storage_names(storage: Storage, folder: str = "") -> Iterator[str]:
    """Every file name in the storage, depth first."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a local storage whose folder was never created
        return
    for name in sorted(files):
        yield posixpath.join(folder, name) if folder else name
    for sub in sorted(folders):
        yield from storage_names(storage, posixpath.join(folder, sub) if folder else sub)


def _casewindow_version() -> str:
    try:
        return version("casewindow")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree without install
        return "unknown"


def _vendor_check(vendor: str) -> None:
    if vendor not in DUMP_NAMES:
        raise BackupError(f"backing up a {vendor} database is not supported (SQLite or PostgreSQL)")


def _connect(connection: BaseDatabaseWrapper) -> None:
    try:
        connection.ensure_connection()
    except DatabaseError as error:
        raise BackupError(f"cannot reach the database DATABASE_URL names ({error})") from None


def backup_create(*, output: Path, log: Log = lambda _: None) -> BackupSummary:
    """Write a backup of the database and every uploaded file to `output` (which must not
    exist). The database is dumped first, in one consistent moment; files are copied after it,
    so every file a row of the dump names is there unless it was deleted in between. The
    archive is written under a temporary name and renamed when complete."""
    started = time.perf_counter()
    connection = connections[DEFAULT_DB_ALIAS]
    vendor = connection.vendor
    _vendor_check(vendor)
    if vendor == "postgresql":
        databases.postgres_tools()
        _connect(connection)
    if output.exists():
        raise BackupError(f"{output} already exists: choose another name")
    partial = output.with_name(output.name + ".partial")
    partial.parent.mkdir(parents=True, exist_ok=True)
    partial.unlink(missing_ok=True)
    partial.touch(mode=0o600)  # the backup holds everything: readable by its owner only
    writer = ArchiveWriter(partial)
    try:
        with tempfile.TemporaryDirectory(prefix="casewindow-backup-") as work:
            dump = Path(work) / "dump"
            log(f"Dumping the {vendor} database…")
            if vendor == "sqlite":
                rows, migrations = databases.sqlite_dump(connection, dump)
            else:
                rows, migrations = databases.postgres_dump(connection, dump)
            database = writer.add_path(DUMP_NAMES[vendor], dump)
        files: list[Member] = []
        log("Copying the uploaded files…")
        for name in storage_names(default_storage):
            try:
                size = default_storage.size(name)
                with default_storage.open(name, "rb") as handle:
                    files.append(
                        writer.add_stream(file_member(len(files) + 1), handle, size, name=name)
                    )
            except FileNotFoundError:
                log(f"  {name} was deleted while the backup ran: left out")
        writer.close(
            Manifest(
                created_at=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                casewindow_version=_casewindow_version(),
                vendor=vendor,
                database=database,
                migrations=migrations,
                table_rows=rows,
                files=files,
            )
        )
    except BaseException:
        writer.abandon()
        raise
    os.replace(partial, output)
    return BackupSummary(
        path=output,
        archive_bytes=output.stat().st_size,
        files=len(files),
        file_bytes=sum(item.bytes for item in files),
        table_rows=sum(rows.values()),
        seconds=time.perf_counter() - started,
    )


def _check_compatible(manifest: Manifest, vendor: str) -> None:
    names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    if manifest.vendor != vendor:
        raise BackupError(
            f"this is a backup of a {names.get(manifest.vendor, manifest.vendor)} database and "
            f"DATABASE_URL points at {names.get(vendor, vendor)}: restore into the same kind of "
            "database"
        )
    known = {
        (app, name)
        for app, name in MigrationLoader(None, ignore_no_migrations=True).disk_migrations
    }
    newer = sorted(f"{app}.{name}" for app, name in manifest.migrations if (app, name) not in known)
    if newer:
        raise BackupError(
            f"this backup was made by a newer Casewindow ({manifest.casewindow_version}; it has "
            f"migration {newer[0]}, which this version lacks): upgrade, then restore"
        )


def _check_target(connection: BaseDatabaseWrapper, force: bool, log: Log) -> None:
    holding = databases.tables_holding_data(connection)
    files = next(iter(storage_names(default_storage)), None)
    if not holding and files is None:
        return
    found = []
    if holding:
        table, rows = max(holding.items(), key=lambda item: item[1])
        found.append(
            f"the database holds data ({len(holding)} tables, e.g. {rows} rows in {table})"
        )
    if files is not None:
        found.append(f"the file storage holds files (e.g. {files})")
    if not force:
        raise BackupError(
            f"the target is not empty: {' and '.join(found)}. Restore into a new, empty database "
            "and storage, or give --force to replace what is there"
        )
    log(f"--force: replacing what is there ({' and '.join(found)})")


@dataclass
class _FilesWritten:
    """What the restore changed in the storage, so that it can be undone."""

    added: list[str]
    replaced: dict[str, Path]  # name → a copy of what was there before (only with --force)

    def undo(self) -> None:
        for name in self.added:
            try:
                default_storage.delete(name)
            except Exception:  # noqa: S112 - undoing as much as can be undone
                continue
        for name, previous in self.replaced.items():
            try:
                default_storage.delete(name)
                with previous.open("rb") as handle:
                    default_storage.save(name, File(handle, name=name))
            except Exception:  # noqa: S112
                continue


def _sha256_in_storage(name: str) -> str:
    digest = hashlib.sha256()
    with default_storage.open(name, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _restore_files(backup: VerifiedBackup, work: Path, log: Log) -> _FilesWritten:
    """Write every file into the storage; on any failure undo what was written and raise. A
    file already there with the same content (only with --force) is left alone; one with other
    content is kept aside first, so that it can be put back."""
    written = _FilesWritten(added=[], replaced={})
    try:
        for item in backup.manifest.files:
            if default_storage.exists(item.name):  # only with --force
                if _sha256_in_storage(item.name) == item.sha256:
                    continue
                keep = work / "replaced" / f"{len(written.replaced):06d}"
                keep.parent.mkdir(exist_ok=True)
                with default_storage.open(item.name, "rb") as old, keep.open("wb") as out:
                    shutil.copyfileobj(old, out)
                written.replaced[item.name] = keep
                default_storage.delete(item.name)
            with backup.path_of(item.member).open("rb") as handle:
                saved = default_storage.save(item.name, File(handle, name=item.name))
            if item.name not in written.replaced:
                written.added.append(saved)
            if saved != item.name:
                raise BackupError(f"the storage saved {item.name} as {saved}")
    except Exception as error:
        written.undo()
        if isinstance(error, BackupError):
            raise
        raise BackupError(f"copying the files into the storage failed ({error})") from error
    log(f"Restored {len(backup.manifest.files)} files")
    return written


def backup_restore(
    *, archive: Path, force: bool = False, log: Log = lambda _: None
) -> RestoreSummary:
    """Restore a backup into the configured (empty) database and storage. Everything is checked
    first — every member's checksum, the database dump itself, that it fits this version of
    Casewindow and this kind of database, that the target is empty — and nothing is touched
    unless all of it passes. Files are written first and removed again if the database restore
    (one transaction) fails, so a restore either completes or changes nothing."""
    started = time.perf_counter()
    connection = connections[DEFAULT_DB_ALIAS]
    vendor = connection.vendor
    _vendor_check(vendor)
    if vendor == "postgresql":
        databases.postgres_tools()
    else:  # a new SQLite database: its folder may not exist yet
        Path(str(connection.settings_dict["NAME"])).parent.mkdir(parents=True, exist_ok=True)
    _connect(connection)
    with tempfile.TemporaryDirectory(prefix="casewindow-restore-") as work:
        log(f"Checking {archive}…")
        backup = archive_unpack_verified(archive, Path(work))
        manifest = backup.manifest
        _check_compatible(manifest, vendor)
        dump = backup.path_of(manifest.database.member)
        if vendor == "sqlite":
            databases.sqlite_check_dump(dump, manifest.table_rows)
        else:
            databases.postgres_check_dump(dump)
        log(
            f"Backup of {manifest.created_at} checked: {sum(manifest.table_rows.values())} rows, "
            f"{len(manifest.files)} files, every checksum matches"
        )
        _check_target(connection, force, log)
        written = _restore_files(backup, Path(work), log)
        try:
            if vendor == "sqlite":
                databases.sqlite_restore(connection, dump)
            else:
                databases.postgres_restore(connection, dump, Path(work))
        except BaseException:
            written.undo()
            raise
    connection.close()
    # The tables the backup counted (a model of its day may have gone from this release).
    rows = databases.table_rows(connection, sorted(manifest.table_rows))
    if rows != manifest.table_rows:
        differing = sorted(t for t in rows if rows[t] != manifest.table_rows[t])
        raise BackupError(
            f"the restored database differs from the backup in {', '.join(differing)}"
        )
    log(f"Restored the database: {sum(rows.values())} rows in {len(rows)} tables")
    return RestoreSummary(
        files=len(manifest.files),
        table_rows=sum(rows.values()),
        seconds=time.perf_counter() - started,
    )
