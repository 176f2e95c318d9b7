"""Importing a 60,000-row agency chronology (CSV) through `casewindow import_chronology`.

The command runs in a subprocess, as a partnership's script would run it, so the figures are
honest: wall time of the whole process (Python start-up and Django set-up included) and its
peak resident memory (ru_maxrss of the waited-for child). Targets: ≤ 15 s and ≤ 400 MB."""

import datetime as dt
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS = 60_000
WALL_TARGET_S = 15
MEMORY_TARGET_MB = 400


def chronology_csv(path: Path, rows: int) -> None:
    """A long chronology: varied day-first dates with times, some weeks and months, a few
    unreadable dates, text of ordinary length, one repeated row in a thousand."""
    start = dt.date(2012, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Date,Time,Event,Action taken,Recorded by,People involved\r\n")
        line = ""
        for n in range(rows):
            if n % 1000 == 999:  # the same row again, as when an agency pastes twice
                out.write(line)
                continue
            day = start + dt.timedelta(days=n % 4000)
            if n % 97 == 0:
                date_text = f"w/c {day:%d/%m/%y}"
            elif n % 89 == 0:
                date_text = f"{day:%B %Y}"
            elif n % 1009 == 0:
                date_text = "not known"
            else:
                date_text = f"{day:%d/%m/%Y}"
            line = (
                f"{date_text},{n % 24:02d}:{n % 60:02d},"
                f'"Contact {n}: home visit to the family; concerns discussed about the home '
                f"conditions, the children's school attendance and Mother's health\","
                f'"Referral {n % 13} made, plan reviewed at supervision",'
                f'Practitioner {n % 40},"Child J, Mother"\r\n'
            )
            out.write(line)


def _command(reference: str, path: Path, *extra: str) -> tuple[float, dict]:
    env = dict(os.environ)
    env.setdefault("SECRET_KEY", "bench-" + "x" * 40)
    env["CASEWINDOW_VAR_DIR"] = str(path.parent / "var")
    started = time.perf_counter()
    result = subprocess.run(  # noqa: S603 - our own command, arguments we made
        [
            sys.executable,
            "-c",
            "import sys; from casewindow.cli import main; sys.argv[0] = 'casewindow'; main()",
            "import_chronology",
            reference,
            str(path),
            "--agency",
            "Bench Police",
            "--json",
            *extra,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"import_chronology failed: {result.stderr or result.stdout}")
    return wall, json.loads(result.stdout)


def run() -> list[dict]:
    from django.db import connection

    from casewindow.accounts.models import Partnership
    from casewindow.evidence.models import ChronologyEntry, SearchChunk
    from casewindow.reviews.models import Agency, Review

    partnership = Partnership.objects.create(name=f"Bench partnership ({__name__})")
    review = Review.objects.create(
        partnership=partnership, reference="BENCH-CHRON", title="Bench", review_type="lcspr_lt"
    )
    Agency.objects.create(review=review, name="Bench Police", kind="police")
    # The subprocess opens its own connection; let it see what was made here.
    connection.close()

    folder = Path(tempfile.mkdtemp(prefix="casewindow-bench-chronology-"))
    path = folder / "police-chronology.csv"
    chronology_csv(path, ROWS)
    size_mb = path.stat().st_size / (1024 * 1024)

    load = os.getloadavg()[0]
    wall, summary = _command(review.reference, path)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_mb = usage.ru_maxrss / 1024  # kB on Linux
    cpu = usage.ru_utime + usage.ru_stime
    entries = ChronologyEntry.objects.filter(review=review).count()
    chunks = SearchChunk.objects.filter(review=review, kind="chronology").count()
    assert entries == ROWS == summary["entries_imported"], (entries, summary["entries_imported"])
    assert chunks == ROWS, chunks

    dry_wall, dry = _command(review.reference, path, "--dry-run")
    shutil.rmtree(folder, ignore_errors=True)
    return [
        {"name": f"CSV file: {ROWS:,} rows", "value": round(size_mb, 1), "unit": "MB"},
        {
            "name": "import_chronology: wall time (whole process)",
            "value": round(wall, 2),
            "unit": "s",
            "target": f"≤ {WALL_TARGET_S}",
        },
        {
            "name": "import_chronology: peak memory (ru_maxrss)",
            "value": round(peak_mb, 1),
            "unit": "MB",
            "target": f"≤ {MEMORY_TARGET_MB}",
        },
        {
            "name": "import_chronology: rows per second",
            "value": round(ROWS / wall),
            "unit": "rows/s",
        },
        {
            "name": "import_chronology: CPU time of the process",
            "value": round(cpu, 2),
            "unit": "s",
            "note": f"load average {load:.1f} on {os.cpu_count()} cores as it started; the "
            "database server's own work is not in this figure",
        },
        {
            "name": "rows flagged with a problem",
            "value": summary["rows_with_problems"],
            "unit": "rows",
        },
        {"name": "apparent duplicates found", "value": len(summary["duplicates"]), "unit": "rows"},
        {
            "name": "import_chronology --dry-run (check only): wall",
            "value": round(dry_wall, 2),
            "unit": "s",
        },
        {
            "name": "check only: rows per second",
            "value": round(ROWS / dry_wall),
            "unit": "rows/s",
            "note": f"{dry['entries']:,} entries would be imported",
        },
    ]
