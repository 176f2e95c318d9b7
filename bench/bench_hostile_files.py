"""Hostile uploads: each zip bomb (plain, in a workbook, diluted, lying about its size, nested,
thousands of parts), a PDF bomb, and the largest genuine Word and Excel chronologies the limits
accept, read both ways an upload is read (the chronology reader; the documents check and text
extraction) in a fresh process each. Prints each process's peak memory (target: under 300 MB)
and how long the refusal, or the reading, took."""

import sys
import tempfile
from pathlib import Path

TARGET_MB = 300


def run() -> list[dict]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.evidence import hostile_files

    makers = {
        **{name: make for name, (make, _) in hostile_files.HOSTILE.items()},
        **{name: make for name, (make, _) in hostile_files.HOSTILE_PDF.items()},
        **hostile_files.GENUINE,
    }
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for name, make in makers.items():
            path = make(Path(folder) / name)
            found = hostile_files.read_in_a_fresh_process(path)
            results.append(
                {
                    "name": f"{name} ({path.stat().st_size / 1e6:.1f} MB): peak memory",
                    "value": round(found["peak_mb"]),
                    "unit": "MB",
                    "target": TARGET_MB,
                }
            )
            for way in ("chronology", "documents"):
                outcome = found[way]
                results.append(
                    {
                        "name": f"{name}: {way} path "
                        + ("refused" if isinstance(outcome, str) else "read"),
                        "value": round(found[f"{way}_seconds"] * 1000, 1),
                        "unit": "ms",
                        "note": outcome[:90] if isinstance(outcome, str) else f"{outcome:,}",
                    }
                )
    return results
