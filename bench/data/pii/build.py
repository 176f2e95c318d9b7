"""Turn a marked-up passage source into the labelled JSONL and register JSON of the PII sets.

Usage: python build.py SOURCE REGISTER_OUT JSONL_OUT

Source format (UTF-8 text):
  # a comment line (a '#' then a space; ignored)
  # register <case>          starts a register block for <case>; its lines, until the next
                              header, are  "<label> | <name>; <alias>; … | <YYYY-MM-DD or empty>"
  ## case <case> | <kind>     starts a passage of <case>; its text runs until the next header,
                              lines joined with one space, ends stripped
In passage text personal data is marked [[LABEL:text]] and decoys (strings that look like
personal data but are not) {{DECOY:text}}; short forms [[P:text]] (see SHORT) and {{text}}.
Markup cannot nest. Anything malformed stops the
build with a message naming the line; nothing is written unless the whole source is sound.
Stdlib only, so the held-out writer can run it anywhere.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

LABELS = (
    "PERSON",
    "DATE_OF_BIRTH",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "NHS_NUMBER",
    "NI_NUMBER",
    "ORGANISATION",
)
# Short forms accepted in the source: [[P:Kemi]] is [[PERSON:Kemi]], {{MARAC}} is {{DECOY:MARAC}}.
SHORT = {
    "P": "PERSON",
    "DOB": "DATE_OF_BIRTH",
    "ADDR": "ADDRESS",
    "PC": "POSTCODE",
    "TEL": "PHONE",
    "EM": "EMAIL",
    "NHS": "NHS_NUMBER",
    "NI": "NI_NUMBER",
    "ORG": "ORGANISATION",
}
KINDS = ("chronology", "conversation", "letter", "minutes", "kpe", "report", "email")
MARK = re.compile(r"\[\[([A-Z_]+):([^\[\]{}]+)\]\]|\{\{(?:DECOY:)?([^\[\]{}]+)\}\}")
CASE_HEADER = re.compile(r"^## case (\S+) \| (\S+)\s*$")
REGISTER_HEADER = re.compile(r"^# register (\S+)\s*$")
# A full postcode, or its outward half alone ("lives in the LS9 area" still narrows a person down).
POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?( ?[0-9][A-Z]{2})?$", re.IGNORECASE)
# NI prefixes: no D, F, I, Q, U, V in either letter, no O second, none of the unused pairs.
NI = re.compile(
    r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$"
)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)


class SourceError(ValueError):
    pass


def nhs_number_valid(text: str) -> bool:
    """The NHS number's modulus-11 check digit."""
    digits = [int(c) for c in text if c.isdigit()]
    if len(digits) != 10 or re.search(r"[^\d -]", text):
        return False
    check = 11 - sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    if check == 11:
        check = 0
    return check != 10 and check == digits[9]


def phone_valid(text: str) -> bool:
    if re.search(r"[^\d +()-]", text):
        return False
    digits = re.sub(r"\D", "", text)
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    return digits.startswith("0") and len(digits) in (10, 11)


def check_span(label: str, text: str, where: str) -> None:
    if label not in LABELS:
        raise SourceError(f"{where}: unknown label {label!r}")
    if text != text.strip() or not text:
        raise SourceError(f"{where}: span {text!r} has outer white space or is empty")
    checks = {
        "NHS_NUMBER": (nhs_number_valid, "fails the modulus-11 check"),
        "NI_NUMBER": (lambda t: bool(NI.match(t.upper())), "is not a valid NI number"),
        # One space, none, or odd spacing (two spaces, a line break) between the halves.
        "POSTCODE": (
            lambda t: bool(POSTCODE.match(re.sub(r"\s+", " ", t))),
            "is not a UK postcode",
        ),
        "PHONE": (phone_valid, "is not a UK phone number"),
        "EMAIL": (lambda t: bool(EMAIL.match(t)), "is not an e-mail address"),
    }
    if label in checks:
        ok, why = checks[label]
        if not ok(text):
            raise SourceError(f"{where}: {label} {text!r} {why}")


def parse_passage(raw: str, where: str) -> tuple[str, list[dict], list[dict]]:
    text, spans, decoys, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        plain = raw[pos : m.start()]
        if any(tok in plain for tok in ("[[", "]]", "{{", "}}")):
            raise SourceError(f"{where}: stray or malformed markup near {plain[-40:]!r}")
        text.append(plain)
        length += len(plain)
        if m.group(1) is not None:
            label, inner = SHORT.get(m.group(1), m.group(1)), m.group(2)
            check_span(label, inner, where)
            spans.append({"start": length, "end": length + len(inner), "label": label})
        else:
            inner = m.group(3)
            if inner != inner.strip() or not inner:
                raise SourceError(f"{where}: decoy {inner!r} has outer white space or is empty")
            decoys.append({"start": length, "end": length + len(inner), "text": inner})
        text.append(inner)
        length += len(inner)
        pos = m.end()
    tail = raw[pos:]
    if any(tok in tail for tok in ("[[", "]]", "{{", "}}")):
        raise SourceError(f"{where}: stray or malformed markup near {tail[:40]!r}")
    text.append(tail)
    return "".join(text), spans, decoys


def parse_register_line(line: str, where: str) -> dict:
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 3 or not parts[0]:
        raise SourceError(f"{where}: register line needs 'label | names | date of birth'")
    names = [n.strip() for n in parts[1].split(";") if n.strip()]
    if not names:
        raise SourceError(f"{where}: register entry {parts[0]!r} has no name")
    entry = {"label": parts[0], "names": names}
    if parts[2]:
        try:
            dt.date.fromisoformat(parts[2])
        except ValueError as exc:
            raise SourceError(f"{where}: date of birth {parts[2]!r} is not YYYY-MM-DD") from exc
        entry["date_of_birth"] = parts[2]
    return entry


def parse(source: str) -> tuple[list[dict], dict[str, list[dict]]]:
    passages: list[dict] = []
    registers: dict[str, list[dict]] = {}
    current: dict | None = None  # {"kind": "passage"|"register", ...}

    def close(cur: dict | None) -> None:
        if cur is None or cur["type"] == "register":
            return
        raw = " ".join(cur["lines"]).strip()
        if not raw:
            raise SourceError(f"{cur['where']}: passage has no text")
        text, spans, decoys = parse_passage(raw, cur["where"])
        passages.append(
            {"case": cur["case"], "kind": cur["kind"], "text": text}
            | {"spans": spans, "decoys": decoys}
        )

    for number, line in enumerate(source.splitlines(), start=1):
        where = f"line {number}"
        line = line.rstrip()
        if m := CASE_HEADER.match(line):
            close(current)
            if m.group(2) not in KINDS:
                raise SourceError(f"{where}: unknown passage kind {m.group(2)!r}")
            current = {"type": "passage", "case": m.group(1), "kind": m.group(2)}
            current |= {"lines": [], "where": where}
        elif m := REGISTER_HEADER.match(line):
            close(current)
            if m.group(1) in registers:
                raise SourceError(f"{where}: second register block for {m.group(1)!r}")
            registers[m.group(1)] = []
            current = {"type": "register", "case": m.group(1)}
        elif line.startswith("#"):
            if line.startswith("##") or line.startswith("# register") or line[1:2] not in ("", " "):
                raise SourceError(f"{where}: malformed header {line!r}")
        elif current is None:
            if line.strip():
                raise SourceError(f"{where}: text before the first header")
        elif current["type"] == "register":
            if line.strip():
                registers[current["case"]].append(parse_register_line(line, where))
        else:
            current["lines"].append(line.strip())
    close(current)

    cases = {p["case"] for p in passages}
    if missing := sorted(cases - set(registers)):
        raise SourceError(f"no register block for case(s) {', '.join(missing)}")
    if unused := sorted(set(registers) - cases):
        raise SourceError(f"register block(s) without passages: {', '.join(unused)}")
    per_case: Counter = Counter()
    for p in passages:
        per_case[p["case"]] += 1
        p["id"] = f"{p['case']}-{per_case[p['case']]:02d}"
    return passages, registers


TITLES = re.compile(r"^(Mr|Mrs|Ms|Miss|Mx|Dr|PC|DC|DS|Sgt|Nurse)\.? ", re.IGNORECASE)


def in_register(span_text: str, register: list[dict]) -> bool:
    """Roughly: does a PERSON span name someone on the case's register (alias or part)."""
    bare = TITLES.sub("", span_text)
    for entry in register:
        for name in entry["names"]:
            if span_text == name or bare == name or bare in TITLES.sub("", name).split():
                return True
    return False


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    source, register_out, jsonl_out = (Path(a) for a in argv[1:])
    try:
        passages, registers = parse(source.read_text(encoding="utf-8"))
    except SourceError as exc:
        print(f"{source}: {exc}", file=sys.stderr)
        return 1
    with jsonl_out.open("w", encoding="utf-8") as out:
        for p in passages:
            row = {k: p[k] for k in ("id", "case", "kind", "text", "spans", "decoys")}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    # One register entry a line, as in bench/data/anonymisation_register.json.
    blocks = []
    for case, entries in registers.items():
        lines = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in entries)
        blocks.append(f"  {json.dumps(case)}: [\n{lines}\n  ]")
    register_out.write_text("{\n" + ",\n".join(blocks) + "\n}\n", encoding="utf-8")
    json.loads(register_out.read_text(encoding="utf-8"))  # what we wrote must parse

    labels = Counter(s["label"] for p in passages for s in p["spans"])
    person_total = labels["PERSON"]
    person_registered = sum(
        in_register(p["text"][s["start"] : s["end"]], registers[p["case"]])
        for p in passages
        for s in p["spans"]
        if s["label"] == "PERSON"
    )
    print(f"passages {len(passages)} in {len(registers)} cases")
    print(f"kinds {dict(sorted(Counter(p['kind'] for p in passages).items()))}")
    print(f"spans {sum(labels.values())}")
    for label in LABELS:
        print(f"  {label:<14} {labels[label]}")
    print(f"decoys {sum(len(p['decoys']) for p in passages)}")
    if person_total:
        share = person_registered / person_total
        print(f"PERSON spans naming a register person (approx.) {person_registered} ({share:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
