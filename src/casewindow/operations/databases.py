"""Dumping and restoring the database itself: SQLite through its online backup API, PostgreSQL
through pg_dump's custom format and pg_restore. Both give a consistent copy while the app runs
(SQLite holds a read lock for the copy; pg_dump reads one snapshot), and both restore in one
transaction, so a restore that fails leaves the target database as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterable
from pathlib import Path

from django.db.backends.base.base import BaseDatabaseWrapper

from casewindow.operations.archive import BackupError

# Tables `casewindow migrate` fills by itself: a freshly migrated database is still empty.
FILLED_BY_MIGRATE = {
    "django_migrations",
    "django_content_type",
    "auth_permission",
    "audit_auditchainhead",
}
POSTGRES_TOOLS = ("pg_dump", "pg_restore", "psql")


def model_tables(connection: BaseDatabaseWrapper) -> list[str]:
    """The tables of Casewindow's models (and django_migrations) that exist in the database."""
    with connection.cursor() as cursor:
        existing = set(connection.introspection.table_names(cursor))
    wanted = set(connection.introspection.django_table_names())
    wanted.add("django_migrations")
    return sorted(existing & wanted)


def _quote(connection: BaseDatabaseWrapper, table: str) -> str:
    return connection.ops.quote_name(table)


def table_rows(connection: BaseDatabaseWrapper, tables: Iterable[str]) -> dict[str, int]:
    counts = {}
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {_quote(connection, table)}")  # noqa: S608
            counts[table] = int(cursor.fetchone()[0])
    return counts


def tables_holding_data(connection: BaseDatabaseWrapper) -> dict[str, int]:
    """Tables that hold rows a restore would replace (not counting what migrate writes)."""
    tables = [table for table in model_tables(connection) if table not in FILLED_BY_MIGRATE]
    return {table: rows for table, rows in table_rows(connection, tables).items() if rows}


def applied_migrations(connection: BaseDatabaseWrapper) -> list[list[str]]:
    if "django_migrations" not in model_tables(connection):
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        return [[str(app), str(name)] for app, name in cursor.fetchall()]


# ------------------------------------------------------------------------------------- SQLite


def _sqlite_path(connection: BaseDatabaseWrapper) -> str:
    return str(connection.settings_dict["NAME"])


def _sqlite_rows(path: Path) -> tuple[dict[str, int], list[list[str]]]:
    """Rows per model table and the applied migrations of a SQLite file (a dump)."""
    from django.db import connections

    names = set(connections["default"].introspection.django_table_names())
    names.add("django_migrations")
    db = sqlite3.connect(path)
    try:
        existing = {
            row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        counts = {
            table: int(db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])  # noqa: S608
            for table in sorted(existing & names)
        }
        migrations = [
            [str(app), str(name)]
            for app, name in db.execute("SELECT app, name FROM django_migrations ORDER BY 1, 2")
        ]
    finally:
        db.close()
    return counts, migrations


def sqlite_dump(connection: BaseDatabaseWrapper, target: Path) -> tuple[dict[str, int], list]:
    """Copy the live database to `target` with SQLite's online backup API (one step, under a
    read lock, so writers wait and the copy is one consistent moment). The copy is switched out
    of WAL mode so that it is a single self-contained file."""
    path = _sqlite_path(connection)
    if not Path(path).is_file():
        raise BackupError(f"there is no database at {path} (check DATABASE_URL)")
    source = sqlite3.connect(path)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.close()
        source.close()
    return _sqlite_rows(target)


def sqlite_check_dump(path: Path, expected_rows: dict[str, int]) -> None:
    """Before touching anything: the dump is a sound SQLite database holding the rows the
    manifest says it holds."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = db.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            db.close()
        counts, _ = _sqlite_rows(path)
    except sqlite3.DatabaseError as error:
        raise BackupError(f"the database in the backup cannot be read ({error})") from None
    if result != "ok":
        raise BackupError(f"the database in the backup fails SQLite's integrity check ({result})")
    if counts != expected_rows:
        raise BackupError("the database in the backup does not hold the rows its manifest lists")


def sqlite_restore(connection: BaseDatabaseWrapper, source: Path) -> None:
    """Replace the target database's content with the dump's, page by page in one transaction
    of the online backup API: if it fails, the target is left as it was."""
    connection.close()
    target = Path(_sqlite_path(connection))
    target.parent.mkdir(parents=True, exist_ok=True)
    dump = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    live = sqlite3.connect(target)
    try:
        dump.backup(live)
        live.execute("PRAGMA journal_mode=WAL")
    except sqlite3.Error as error:
        raise BackupError(f"SQLite refused the restore ({error}); nothing was changed") from None
    finally:
        live.close()
        dump.close()


# --------------------------------------------------------------------------------- PostgreSQL


def postgres_tools() -> dict[str, str]:
    """Paths of pg_dump, pg_restore and psql; a clear error if any is missing."""
    found = {tool: shutil.which(tool) for tool in POSTGRES_TOOLS}
    missing = [tool for tool, path in found.items() if path is None]
    if missing:
        raise BackupError(
            f"{', '.join(missing)} not found on PATH. Backing up and restoring PostgreSQL needs "
            "the PostgreSQL client tools (pg_dump, pg_restore, psql) of the server's major "
            "version or newer, e.g. `apt-get install postgresql-client`."
        )
    return {tool: str(path) for tool, path in found.items()}


def _postgres_env(connection: BaseDatabaseWrapper) -> dict[str, str]:
    """The connection settings as libpq environment variables (never on the command line,
    where other users of the machine could read a password)."""
    settings_dict = connection.settings_dict
    env = dict(os.environ)
    for key, variable in (
        ("NAME", "PGDATABASE"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
    ):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    options = settings_dict.get("OPTIONS") or {}
    for key, variable in (
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("sslcert", "PGSSLCERT"),
        ("sslkey", "PGSSLKEY"),
        ("connect_timeout", "PGCONNECT_TIMEOUT"),
    ):
        if options.get(key):
            env[variable] = str(options[key])
    return env


def _run(command: list[str], env: dict[str, str], what: str) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{what} failed: {result.stderr.strip() or result.stdout.strip()}")


def postgres_dump(connection: BaseDatabaseWrapper, target: Path) -> tuple[dict[str, int], list]:
    """pg_dump in custom format, reading the very snapshot in which the rows are counted."""
    from django.db import transaction

    tools = postgres_tools()
    with transaction.atomic(using=connection.alias):
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
        rows = table_rows(connection, model_tables(connection))
        migrations = applied_migrations(connection)
        _run(
            [tools["pg_dump"], "--format=custom", f"--snapshot={snapshot}", f"--file={target}"],
            _postgres_env(connection),
            "pg_dump",
        )
    return rows, migrations


def postgres_check_dump(path: Path) -> None:
    """Before touching anything: pg_restore can read the dump's table of contents."""
    tools = postgres_tools()
    _run([tools["pg_restore"], "--list", str(path)], dict(os.environ), "Reading the dump")


_EXISTING_OBJECTS = """
SELECT format('DROP VIEW IF EXISTS %I.%I CASCADE;', schemaname, viewname)
  FROM pg_views WHERE schemaname = current_schema()
UNION ALL
SELECT format('DROP TABLE IF EXISTS %I.%I CASCADE;', schemaname, tablename)
  FROM pg_tables WHERE schemaname = current_schema()
UNION ALL
SELECT format('DROP SEQUENCE IF EXISTS %I.%I CASCADE;', sequence_schema, sequence_name)
  FROM information_schema.sequences WHERE sequence_schema = current_schema()
UNION ALL
SELECT format('DROP FUNCTION IF EXISTS %s CASCADE;', p.oid::regprocedure)
  FROM pg_proc p
 WHERE p.pronamespace = current_schema()::regnamespace
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
"""


def postgres_restore(connection: BaseDatabaseWrapper, source: Path, work: Path) -> None:
    """Drop what the target schema holds and load the dump, all in ONE transaction that is
    committed only once pg_restore has produced the whole dump and psql has run every statement
    of it without an error: a failure anywhere, a dump cut short included, rolls the whole
    restore back. Dropping, rather than deleting rows, is also what lets the restore replace an
    audit log whose triggers refuse every UPDATE and DELETE."""
    tools = postgres_tools()
    with connection.cursor() as cursor:
        cursor.execute(_EXISTING_OBJECTS)
        drops = [row[0] for row in cursor.fetchall()]
    connection.close()
    env = _postgres_env(connection)
    script_errors, loader_output = work / "pg_restore.log", work / "psql.log"
    with script_errors.open("wb") as script_log, loader_output.open("wb") as loader_log:
        # The dump as SQL on pg_restore's stdout, passed on to psql: no uncompressed copy on disk.
        script = subprocess.Popen(  # noqa: S603
            [tools["pg_restore"], "--no-owner", "--no-privileges", "--file=-", str(source)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=script_log,
        )
        loader = subprocess.Popen(  # noqa: S603
            [tools["psql"], "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=loader_log,
            stderr=subprocess.STDOUT,
        )
        assert script.stdout is not None and loader.stdin is not None
        try:
            loader.stdin.write(("BEGIN;\n" + "\n".join(drops) + "\n").encode())
            while chunk := script.stdout.read(1024 * 1024):
                loader.stdin.write(chunk)
            if script.wait() == 0:
                loader.stdin.write(b"COMMIT;\n")
            # Otherwise psql reaches the end of its input inside the transaction: rolled back.
            loader.stdin.close()
        except BrokenPipeError:  # psql stopped at an error (and rolled back)
            script.kill()
        script.wait()
        loader.wait()
    if script.returncode != 0 or loader.returncode != 0:
        detail = loader_output.read_text(errors="replace").strip()
        detail = detail or script_errors.read_text(errors="replace").strip()
        raise BackupError(f"PostgreSQL refused the restore ({detail}); nothing was changed")
