"""Run the benchmarks in bench/ and print their figures.

Each benchmark module defines run() -> list[dict] with keys name, value, unit and optionally
target and note. Results are printed as a table and written to bench/results/<module>.json."""

import importlib
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_DIR = BENCH_DIR / "results"


def _setup_django() -> str:
    """Point Django at a throw-away database and migrate it. Returns a description."""
    import dj_database_url

    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        parsed = dj_database_url.parse(url)
        # BENCH_DATABASE lets parallel runs on one server use their own database.
        name = os.environ.get("BENCH_DATABASE", "casewindow_bench")
        os.environ["DATABASE_URL"] = (
            f"postgres://{parsed['USER'] or 'postgres'}@{parsed['HOST'] or '127.0.0.1'}:"
            f"{parsed['PORT'] or 5432}/{name}"
        )
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        where = f"PostgreSQL ({name})"
    else:
        path = Path(tempfile.mkdtemp(prefix="casewindow-bench-")) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
        where = f"SQLite ({path})"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casewindow.settings")
    os.environ.setdefault("CASEWINDOW_TESTING", "1")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    return where


def _table(module: str, rows: list[dict]) -> str:
    lines = [f"== {module}", f"{'measure':<58} {'value':>12} {'unit':<8} {'target':>10}"]
    for row in rows:
        target = row.get("target", "")
        value = row["value"]
        shown = f"{value:,.2f}" if isinstance(value, float) else f"{value:,}"
        lines.append(f"{row['name']:<58} {shown:>12} {row['unit']:<8} {target!s:>10}")
        if row.get("note"):
            lines.append(f"    {row['note']}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(BENCH_DIR))
    names = argv or sorted(p.stem for p in BENCH_DIR.glob("bench_*.py"))
    where = _setup_django()
    RESULTS_DIR.mkdir(exist_ok=True)
    print(f"database: {where}; python {platform.python_version()}; {os.cpu_count()} cores")
    for name in names:
        module = importlib.import_module(name)
        started = time.perf_counter()
        rows = module.run()
        elapsed = time.perf_counter() - started
        print(_table(name, rows))
        print(f"   ({elapsed:.1f} s in all)\n")
        (RESULTS_DIR / f"{name}.json").write_text(
            json.dumps(
                {"benchmark": name, "database": where, "results": rows}, indent=2, default=str
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
