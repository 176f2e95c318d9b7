"""`casewindow backup` and `casewindow restore` as an operator runs them, in separate processes,
on SQLite and on PostgreSQL: the demo loaded, backed up, restored into an empty database and an
empty file store, and every table's rows and every file identical afterwards. A damaged backup
is refused with nothing changed, a non-empty target is refused without --force, and a restore
that fails part-way leaves the target as it was.

PostgreSQL: the server of DATABASE_URL when that is PostgreSQL, else 127.0.0.1:5432; databases
of this test run's own (<name>_backup_<pid>_source, _target, …), dropped afterwards. Skipped,
saying why, when no server or no pg_dump/pg_restore/psql is there."""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import dj_database_url
import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings

from casewindow.operations import databases
from casewindow.operations.archive import BackupDamaged, BackupError
from casewindow.operations.services import backup_restore, storage_names

REPOSITORY = Path(settings.BASE_DIR)
SECRET = "backup-test-" + "k" * 40


def postgres_server() -> tuple[str, str]:
    """(server URL without a database, a prefix for this test's database names)."""
    configured = os.environ.get("DATABASE_URL", "")
    if configured.startswith(("postgres://", "postgresql://")):
        parsed = dj_database_url.parse(configured)
        base = configured.rsplit("/", 1)[0]
        return base, f"{parsed['NAME']}_backup_{os.getpid()}"
    return "postgres://postgres@127.0.0.1:5432", f"casewindow_backup_{os.getpid()}"


@dataclass
class Site:
    """One installation: a database and a folder for local data (uploaded files live in
    var/media), driven through `casewindow` in its own processes."""

    database_url: str
    var: Path

    def env(self) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DATABASE_URL", "CASEWINDOW_TESTING", "DJANGO_SETTINGS_MODULE")
        }
        env.update(
            DATABASE_URL=self.database_url,
            CASEWINDOW_VAR_DIR=str(self.var),
            SECRET_KEY=SECRET,
            DEBUG="0",
        )
        return env

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        self.var.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(  # noqa: S603 - our own interpreter and command
            [sys.executable, "-m", "casewindow.cli", *args],
            env=self.env(),
            cwd=REPOSITORY,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"casewindow {' '.join(args)} failed:\n{result.stderr}")
        return result

    def tables(self) -> dict[str, list[str]]:
        """Every table's rows (as sorted text, so row order does not matter)."""
        if self.database_url.startswith("sqlite"):
            db = sqlite3.connect(self.var / "casewindow.sqlite3")
            names = [
                row[0]
                for row in db.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            content = {
                name: sorted(repr(row) for row in db.execute(f'SELECT * FROM "{name}"'))  # noqa: S608
                for name in names
            }
            db.close()
            return content
        import psycopg

        with psycopg.connect(self.database_url) as db:
            names = [
                row[0]
                for row in db.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                ).fetchall()
            ]
            return {
                name: sorted(repr(row) for row in db.execute(f'SELECT * FROM "{name}"').fetchall())  # noqa: S608
                for name in names
            }

    def files(self) -> dict[str, str]:
        media = self.var / "media"
        return {
            str(path.relative_to(media)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(media.rglob("*"))
            if path.is_file()
        }


@dataclass
class Made:
    source: Site
    archive: Path
    vendor: str
    empty_target: Callable[[str], Site]


def _postgres_or_skip() -> tuple[str, str]:
    missing = [tool for tool in databases.POSTGRES_TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"PostgreSQL client tools not on PATH: {', '.join(missing)}")
    server, prefix = postgres_server()
    try:
        import psycopg

        psycopg.connect(f"{server}/postgres", connect_timeout=3).close()
    except Exception as error:
        pytest.skip(f"no PostgreSQL server at {server}: {error}")
    return server, prefix


def _recreate(server: str, name: str) -> str:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def _drop(server: str, name: str) -> None:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def made(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Made]:
    """The demo, loaded into a fresh installation and backed up."""
    vendor = request.param
    root = tmp_path_factory.mktemp(f"backup-{vendor}")
    created: list[str] = []
    if vendor == "sqlite":
        source_url = f"sqlite:///{root / 'source' / 'casewindow.sqlite3'}"
        server = prefix = ""
    else:
        server, prefix = _postgres_or_skip()
        source_url = _recreate(server, f"{prefix}_source")
        created.append(f"{prefix}_source")

    def empty_target(label: str) -> Site:
        if vendor == "sqlite":
            return Site(f"sqlite:///{root / label / 'casewindow.sqlite3'}", root / label)
        name = f"{prefix}_{label}"
        created.append(name)
        return Site(_recreate(server, name), root / label)

    source = Site(source_url, root / "source")
    source.run("migrate", "--noinput", "-v0")
    source.run("load_demo")
    archive = root / "demo.backup"
    output = source.run("backup", "-o", str(archive)).stdout
    assert "Backed up" in output
    yield Made(source, archive, vendor, empty_target)
    for name in created:
        _drop(server, name)


def test_restore_into_an_empty_database_gives_back_every_row_and_every_file(made: Made):
    target = made.empty_target("target")
    result = target.run("restore", str(made.archive))
    assert "Restored" in result.stdout

    source_tables, target_tables = made.source.tables(), target.tables()
    assert sorted(target_tables) == sorted(source_tables)
    for table, rows in source_tables.items():
        assert target_tables[table] == rows, f"{table} differs after the restore"
    assert sum(len(rows) for rows in source_tables.values()) > 1000  # the demo, not nothing
    assert target.files() == made.source.files()
    assert len(target.files()) >= 5
    # The restored audit log is intact and the schema is the code's.
    assert "intact" in target.run("audit_verify").stdout
    target.run("migrate", "--check")


# Writes audit events (each chained to the one before, under a lock) as fast as it can until
# the file named by its argument appears; prints how many it wrote.
_WRITER = """
import sys, pathlib, django
django.setup()
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
stop, written = pathlib.Path(sys.argv[1]), 0
pathlib.Path(sys.argv[2]).touch()
while not stop.exists():
    audit_record(actor=None, action=AuditAction.SECURITY, summary=f"write {written}")
    written += 1
print(written)
"""


def test_a_backup_taken_while_the_app_writes_is_one_consistent_moment(made: Made, tmp_path: Path):
    """Events are written to the audit log (a hash chain: each row names the one before, and
    a head row the newest) while the backup runs. The restored copy holds a prefix of them
    that is complete and consistent: audit_verify passes on it."""
    source = made.empty_target("busy")  # a copy of the demo of its own, to write into
    source.run("restore", str(made.archive))
    stop, started = tmp_path / "stop", tmp_path / "started"
    writer = subprocess.Popen(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", _WRITER, str(stop), str(started)],
        env={**source.env(), "DJANGO_SETTINGS_MODULE": "casewindow.settings"},
        cwd=REPOSITORY,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        while not started.exists() and writer.poll() is None:
            time.sleep(0.05)
        time.sleep(1)
        archive = tmp_path / "during.backup"
        source.run("backup", "-o", str(archive))
        time.sleep(0.5)
    finally:
        stop.touch()
        written = int(writer.communicate(timeout=60)[0].strip() or 0)
    assert writer.returncode == 0

    target = made.empty_target("during")
    target.run("restore", str(archive))
    assert "intact" in target.run("audit_verify").stdout
    assert "intact" in source.run("audit_verify").stdout
    copied = len(target.tables()["audit_auditevent"])
    total = len(source.tables()["audit_auditevent"])
    assert copied < total, "the backup did not run while events were being written"
    assert total - copied < written, "the backup missed events written before it began"


def test_restore_into_a_migrated_but_empty_database_is_allowed(made: Made):
    target = made.empty_target("migrated")
    target.run("migrate", "--noinput", "-v0")
    target.run("restore", str(made.archive))
    assert target.tables() == made.source.tables()


def test_restore_refuses_a_database_that_holds_data_unless_forced(made: Made):
    target = made.empty_target("occupied")
    target.run("restore", str(made.archive))
    before = target.tables()

    refused = target.run("restore", str(made.archive), check=False)
    assert refused.returncode != 0
    assert "not empty" in refused.stderr and "--force" in refused.stderr
    assert target.tables() == before

    # --force replaces everything, audit log included (its triggers refuse UPDATE and DELETE).
    target.run("restore", "--force", str(made.archive))
    assert target.tables() == made.source.tables()
    assert "intact" in target.run("audit_verify").stdout


def _rewrite(archive: Path, out: Path, change) -> None:  # type: ignore[no-untyped-def]
    """A copy of the archive with members' bytes changed by `change(name, data)`."""
    with tarfile.open(archive) as tar, tarfile.open(out, "w") as copy:
        for info in tar:
            data = tar.extractfile(info).read()  # type: ignore[union-attr]
            data = change(info.name, data)
            info.size = len(data)
            copy.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize(
    "damage, message",
    [
        ("cut", "cut short"),
        ("flipped", "does not match its checksum"),
        ("no-manifest", "no manifest"),
        ("manifest-edited", "manifest does not match"),
    ],
)
def test_a_damaged_backup_is_refused_and_nothing_is_changed(
    made: Made, tmp_path: Path, damage: str, message: str
):
    damaged = tmp_path / "damaged.backup"
    if damage == "cut":
        damaged.write_bytes(made.archive.read_bytes()[: made.archive.stat().st_size * 2 // 3])
    elif damage == "flipped":

        def flip(name: str, data: bytes) -> bytes:
            if name.startswith("files/000003"):
                return data[:100] + bytes([data[100] ^ 1]) + data[101:]
            return data

        _rewrite(made.archive, damaged, flip)
    elif damage == "no-manifest":
        with tarfile.open(made.archive) as tar, tarfile.open(damaged, "w") as copy:
            for info in tar:
                if not info.name.startswith("manifest"):
                    copy.addfile(info, tar.extractfile(info))
    else:

        def edit(name: str, data: bytes) -> bytes:
            if name == "manifest.json":
                return data.replace(b'"vendor"', b'"vendor" ', 1)
            return data

        _rewrite(made.archive, damaged, edit)

    target = made.empty_target(f"damaged-{damage}")
    refused = target.run("restore", str(damaged), check=False)
    assert refused.returncode != 0
    assert "damaged" in refused.stderr and message in refused.stderr, refused.stderr
    assert not target.files()
    if made.vendor == "postgresql":
        assert target.tables() == {}


def test_a_restore_that_fails_part_way_leaves_the_target_as_it_was(made: Made, tmp_path: Path):
    """The database dump is cut short but the manifest re-signed to match, so every checksum
    passes: the database itself must refuse it, in one transaction, with the target untouched."""

    def cut_dump(name: str, data: bytes) -> bytes:
        return data[: len(data) * 3 // 4] if name.startswith("database/") else data

    forged = tmp_path / "forged.backup"
    members: dict[str, bytes] = {}
    with tarfile.open(made.archive) as tar:
        for info in tar:
            members[info.name] = cut_dump(info.name, tar.extractfile(info).read())  # type: ignore[union-attr]
    manifest = json.loads(members["manifest.json"])
    dump = manifest["database"]["member"]
    manifest["database"]["sha256"] = hashlib.sha256(members[dump]).hexdigest()
    manifest["database"]["bytes"] = len(members[dump])
    members["manifest.json"] = json.dumps(manifest).encode()
    members["manifest.sha256"] = hashlib.sha256(members["manifest.json"]).hexdigest().encode()
    with tarfile.open(forged, "w") as copy:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            copy.addfile(info, io.BytesIO(data))

    target = made.empty_target("part-way")
    target.run("restore", str(made.archive))
    before_tables, before_files = target.tables(), target.files()
    refused = target.run("restore", "--force", str(forged), check=False)
    assert refused.returncode != 0
    assert "Restore refused" in refused.stderr
    assert target.tables() == before_tables
    assert target.files() == before_files


@pytest.mark.django_db
def test_files_written_before_a_failed_database_restore_are_removed_again(
    made: Made, monkeypatch: pytest.MonkeyPatch
):
    """In this process (the test database, an in-memory file storage): the files go in first;
    if the database restore then fails, they come out again."""
    if connection.vendor != made.vendor:
        pytest.skip(f"the test database is {connection.vendor}")

    def refuse(*args: object) -> None:
        raise BackupError("simulated failure")

    name = {"sqlite": "sqlite_restore", "postgresql": "postgres_restore"}[made.vendor]
    monkeypatch.setattr(databases, name, refuse)
    storages = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    with override_settings(STORAGES=storages):
        from django.core.files.storage import default_storage

        with pytest.raises(BackupError, match="simulated"):
            backup_restore(archive=made.archive)
        assert list(storage_names(default_storage)) == []


def test_restore_refuses_something_that_is_not_a_backup(tmp_path: Path):
    not_a_backup = tmp_path / "notes.tar"
    with tarfile.open(not_a_backup, "w") as tar:
        info = tarfile.TarInfo("notes.txt")
        info.size = 5
        tar.addfile(info, io.BytesIO(b"hello"))
    from casewindow.operations.archive import archive_unpack_verified

    (tmp_path / "out").mkdir()
    with pytest.raises(BackupDamaged, match=r"notes\.txt"):
        archive_unpack_verified(not_a_backup, tmp_path / "out")
