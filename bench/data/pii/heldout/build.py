"""Build the held-out personal-data set from its marked-up source.

    python bench/data/pii/heldout/build.py

Reads ``heldout_source.txt`` (passages with inline ``[[LABEL:text]]`` spans and
``{{DECOY:text}}`` decoys, each passage after a ``## case <id> | <kind>`` line) and
``heldout_register_source.txt`` (``## case <id>``, then one person a line:
``label | name; alias; … | YYYY-MM-DD or -``). Checks them (known labels, NHS numbers
pass the modulus-11 check, National Insurance prefixes are valid, every case has a
register) and writes ``heldout.jsonl`` and ``heldout_register.json``. Offsets are
computed here, never by hand.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {
    "PERSON",
    "DATE_OF_BIRTH",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "NHS_NUMBER",
    "NI_NUMBER",
    "ORGANISATION",
}
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{DECOY:(.+?)\}\}")
HEADER = re.compile(r"^## case (h\d\d) \| (.+)$")
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mx", "pc", "dc", "ds", "sgt", "nurse"}


def nhs_ok(text: str) -> bool:
    digits = [int(c) for c in text if c.isdigit()]
    if len(digits) != 10:
        return False
    check = 11 - sum(d * (10 - i) for i, d in enumerate(digits[:9])) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == digits[9]


def ni_ok(text: str) -> bool:
    compact = text.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", compact):
        return False
    first, second = compact[0], compact[1]
    if first in "DFIQUV" or second in "DFIOQUV":
        return False
    return compact[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def parse_marked(line: str, where: str) -> tuple[str, list[dict], list[dict]]:
    text, spans, decoys, pos = [], [], [], 0
    length = 0
    for match in MARK.finditer(line):
        plain = line[pos : match.start()]
        if "[[" in plain or "{{" in plain or "]]" in plain or "}}" in plain:
            raise SystemExit(f"{where}: broken markup near {plain!r}")
        text.append(plain)
        length += len(plain)
        label, value, decoy = match.groups()
        value = value if decoy is None else decoy
        if decoy is None:
            if label not in LABELS:
                raise SystemExit(f"{where}: unknown label {label}")
            if label == "NHS_NUMBER" and not nhs_ok(value):
                raise SystemExit(f"{where}: NHS number fails modulus 11: {value}")
            if label == "NI_NUMBER" and not ni_ok(value):
                raise SystemExit(f"{where}: invalid NI number: {value}")
            spans.append({"start": length, "end": length + len(value), "label": label})
        else:
            decoys.append({"start": length, "end": length + len(value), "text": value})
        text.append(value)
        length += len(value)
        pos = match.end()
    rest = line[pos:]
    if "[[" in rest or "{{" in rest or "]]" in rest or "}}" in rest:
        raise SystemExit(f"{where}: broken markup near {rest!r}")
    text.append(rest)
    return "".join(text), spans, decoys


def read_passages(path: Path) -> list[dict]:
    passages, current = [], None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        header = HEADER.match(line)
        if header:
            current = {"case": header.group(1), "kind": header.group(2).strip(), "lines": []}
            passages.append(current)
        elif line.startswith("#") and not line.startswith("## case"):
            continue  # comment
        elif current is not None and (line or current["lines"]):
            current["lines"].append((number, line))
    rows, per_case = [], Counter()
    for passage in sorted(passages, key=lambda item: item["case"]):  # stable: file order in a case
        while passage["lines"] and not passage["lines"][-1][1]:
            passage["lines"].pop()
        texts, spans, decoys, offset = [], [], [], 0
        for number, line in passage["lines"]:
            text, line_spans, line_decoys = parse_marked(line, f"{path.name}:{number}")
            for item in line_spans + line_decoys:
                item["start"] += offset
                item["end"] += offset
            texts.append(text)
            spans += line_spans
            decoys += line_decoys
            offset += len(text) + 1
        per_case[passage["case"]] += 1
        text = "\n".join(texts)
        for item in spans + decoys:
            value = item.get("text")
            if value is not None and text[item["start"] : item["end"]] != value:
                raise SystemExit("offset error")
        rows.append(
            {
                "id": f"{passage['case']}-{per_case[passage['case']]:02d}",
                "case": passage["case"],
                "kind": passage["kind"],
                "text": text,
                "spans": spans,
                "decoys": decoys,
            }
        )
    return rows


def read_register(path: Path) -> dict[str, list[dict]]:
    register: dict[str, list[dict]] = {}
    case = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or (line.startswith("#") and not line.startswith("## case")):
            continue
        if line.startswith("## case "):
            case = line.split()[2]
            register[case] = []
            continue
        parts = [part.strip() for part in line.split("|")]
        if case is None or len(parts) != 3:
            raise SystemExit(f"{path.name}:{number}: expected 'label | names | dob'")
        label, names, dob = parts
        if dob != "-" and not re.fullmatch(r"\d{4}-\d\d-\d\d", dob):
            raise SystemExit(f"{path.name}:{number}: bad date {dob}")
        register[case].append(
            {
                "label": label,
                "names": [name.strip() for name in names.split(";") if name.strip()],
                "date_of_birth": None if dob == "-" else dob,
            }
        )
    return register


def name_tokens(text: str) -> set[str]:
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text.lower())
    return {word for word in words if word not in TITLES}


def main(folder: Path = HERE, name: str = "heldout") -> int:
    """Build `<name>.jsonl` and `<name>_register.json` in `folder` from its two sources (the
    second held-out set, ../heldout2/, is built by this same code)."""
    rows = read_passages(folder / f"{name}_source.txt")
    register = read_register(folder / f"{name}_register_source.txt")
    cases = sorted({row["case"] for row in rows})
    missing = [case for case in cases if case not in register]
    if missing:
        raise SystemExit(f"no register for {missing}")
    with open(folder / f"{name}.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    (folder / f"{name}_register.json").write_text(
        json.dumps(register, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    labels = Counter(span["label"] for row in rows for span in row["spans"])
    decoys = sum(len(row["decoys"]) for row in rows)
    in_register = total_person = 0
    for row in rows:
        known = set()
        for person in register[row["case"]]:
            for name in person["names"]:
                known |= name_tokens(name)
        for span in row["spans"]:
            if span["label"] == "PERSON":
                total_person += 1
                tokens = name_tokens(row["text"][span["start"] : span["end"]])
                in_register += bool(tokens) and tokens <= known
    print(f"passages {len(rows)} in {len(cases)} cases", dict(Counter(r["case"] for r in rows)))
    print(f"spans {sum(labels.values())}", dict(sorted(labels.items())))
    print(f"decoys {decoys}")
    share = in_register / max(total_person, 1)
    print(f"PERSON spans of register people {in_register}/{total_person} ({share:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
