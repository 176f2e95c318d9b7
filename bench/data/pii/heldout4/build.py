"""Build the fourth held-out personal-data set from its marked-up sources, with the first set's
converter (../heldout/build.py) and the tuning converter's span checks (../build.py):

    python bench/data/pii/heldout4/build.py

Reads ``heldout4_source.txt`` and ``heldout4_register_source.txt``; writes ``heldout4.jsonl``
and ``heldout4_register.json``. Offsets are computed, never written by hand. After building it
checks every span again: postcodes, phone numbers (Ofcom drama ranges only), e-mail addresses
(``.example`` domains only), NHS numbers (modulus 11) and NI numbers (valid prefixes).
"""

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Ofcom numbers for drama: 07700 900xxx, 01632 960xxx, 0113/0114/0115/0116/0117/0118/0121/
# 0131/0141/0151/0161 496 0xxx, 020 7946 0xxx, 0191 498 0xxx.
DRAMA = re.compile(
    r"^(07700900\d{3}|01632960\d{3}|011[3-8]4960\d{3}|01[2-6]14960\d{3}"
    r"|02079460\d{3}|01914980\d{3})$"
)


def recheck(rows: list[dict]) -> list[str]:
    tuning = _load("pii_build", HERE.parent / "build.py")
    errors = []
    for row in rows:
        for span in row["spans"]:
            text = row["text"][span["start"] : span["end"]]
            try:
                tuning.check_span(span["label"], text, row["id"])
            except tuning.SourceError as exc:
                errors.append(str(exc))
            if span["label"] == "PHONE" and not DRAMA.match(re.sub(r"\D", "", text)):
                errors.append(f"{row['id']}: phone {text!r} is not in an Ofcom drama range")
            if span["label"] == "EMAIL" and not text.lower().endswith(".example"):
                errors.append(f"{row['id']}: e-mail {text!r} is not on a .example domain")
    return errors


if __name__ == "__main__":
    status = _load("heldout_build", HERE.parent / "heldout" / "build.py").main(HERE, "heldout4")
    lines = (HERE / "heldout4.jsonl").read_text(encoding="utf-8").splitlines()
    problems = recheck([json.loads(line) for line in lines])
    for problem in problems:
        print("ERROR", problem, file=sys.stderr)
    sys.exit(status or (1 if problems else 0))
