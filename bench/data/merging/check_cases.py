"""Validate the same-event merging cases and print their counts (stdlib only).

    python bench/data/merging/check_cases.py [FILE.json ...]

Without arguments it checks every case_*.json here and in heldout*/.
Exit status 1 if any rule fails.
"""

import datetime as dt
import itertools
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
PRECISIONS = {"day", "month", "year", "approximate"}
CATEGORIES = {"child", "parent", "family", "other_adult", "professional"}
KINDS = {"police", "social_care", "health", "education", "other"}
ENTRY_KEYS = {"id", "agency", "date", "date_text", "precision", "time", "text", "people", "event"}


def _iso(value):
    try:
        return (
            dt.date.fromisoformat(value)
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or "")
            else None
        )
    except ValueError:
        return None


def check(path, seen_ids):
    errors = []
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    for key in ("case", "description", "people", "agencies", "entries"):
        if key not in doc:
            errors.append(f"missing top-level key {key!r}")
    known = {}
    for p in doc.get("people", []):
        if p.get("category") not in CATEGORIES:
            errors.append(f"person {p.get('name')!r}: bad category {p.get('category')!r}")
        for n in [p["name"], *p.get("aliases", [])]:
            if n.lower() in known and known[n.lower()] != p["name"]:
                errors.append(f"name or alias {n!r} belongs to two people")
            known[n.lower()] = p["name"]
    agencies = {}
    for a in doc.get("agencies", []):
        if a.get("kind") not in KINDS:
            errors.append(f"agency {a.get('name')!r}: bad kind {a.get('kind')!r}")
        agencies[a["name"]] = a["kind"]
    events = defaultdict(list)
    for e in doc.get("entries", []):
        eid = e.get("id", "?")
        missing = ENTRY_KEYS - e.keys()
        if missing:
            errors.append(f"{eid}: missing {sorted(missing)}")
            continue
        if eid in seen_ids:
            errors.append(f"{eid}: id not unique")
        seen_ids.add(eid)
        if not str(eid).startswith(doc.get("case", "")):
            errors.append(f"{eid}: id does not start with the case letter")
        if e["agency"] not in agencies:
            errors.append(f"{eid}: agency {e['agency']!r} not declared")
        start = _iso(e["date"])
        if start is None:
            errors.append(f"{eid}: date {e['date']!r} is not ISO")
        if e["precision"] not in PRECISIONS:
            errors.append(f"{eid}: bad precision {e['precision']!r}")
        if e["precision"] in ("month", "approximate", "year"):
            end = _iso(e.get("date_end"))
            if end is None:
                errors.append(f"{eid}: {e['precision']} precision needs an ISO date_end")
            elif start and end < start:
                errors.append(f"{eid}: date_end before date")
        elif "date_end" in e:
            errors.append(f"{eid}: date_end on a day-precision entry")
        if e["time"] is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", e["time"]):
            errors.append(f"{eid}: bad time {e['time']!r}")
        if not e["text"].strip() or not e["date_text"].strip():
            errors.append(f"{eid}: empty text or date_text")
        for name in filter(None, (n.strip() for n in e["people"].split(";"))):
            if name.lower() not in known:
                errors.append(f"{eid}: person {name!r} not in the register")
        if e["event"] is not None:
            events[e["event"]].append(e)
    pairs = 0
    for ev, members in sorted(events.items()):
        if len(members) < 2 or len({m["agency"] for m in members}) < 2:
            errors.append(f"event {ev}: needs >= 2 entries from >= 2 agencies")
        pairs += sum(1 for x, y in itertools.combinations(members, 2) if x["agency"] != y["agency"])
    # decoys: cross-agency pairs on the same day naming a shared person but not in one event
    by_day = defaultdict(list)
    for e in doc.get("entries", []):
        by_day[e.get("date")].append(e)
    decoys = 0
    for day_entries in by_day.values():
        for x, y in itertools.combinations(day_entries, 2):
            px = {known.get(n.strip().lower()) for n in x["people"].split(";") if n.strip()}
            py = {known.get(n.strip().lower()) for n in y["people"].split(";") if n.strip()}
            if (
                x["agency"] != y["agency"]
                and px & py
                and (x["event"] is None or x["event"] != y["event"])
            ):
                decoys += 1
    counts = {
        "entries": len(doc.get("entries", [])),
        "agencies": len(agencies),
        "events": len(events),
        "event_entries": sum(len(m) for m in events.values()),
        "gold_pairs": pairs,
        "same_day_decoy_pairs": decoys,
        "non_day_precision": sum(1 for e in doc.get("entries", []) if e.get("precision") != "day"),
    }
    return errors, counts


def main(argv):
    paths = [Path(p) for p in argv] or sorted(HERE.glob("case_*.json")) + sorted(
        HERE.glob("heldout*/case_*.json")
    )
    # Ids are unique within a case (each case is imported as a review of its own); the tuning
    # case f and held-out 3's case f were written apart and both number theirs f001….
    failed = False
    print(
        f"{'file':28} {'entries':>7} {'agencies':>8} {'events':>6} {'in_events':>9} "
        f"{'gold_pairs':>10} {'decoy_pairs':>11} {'not_day':>7}"
    )
    for path in paths:
        errors, c = check(path, set())
        name = str(path.relative_to(HERE)) if path.is_relative_to(HERE) else str(path)
        print(
            f"{name:28} {c['entries']:>7} {c['agencies']:>8} {c['events']:>6} "
            f"{c['event_entries']:>9} {c['gold_pairs']:>10} {c['same_day_decoy_pairs']:>11} "
            f"{c['non_day_precision']:>7}"
        )
        for err in errors:
            print(f"  ERROR {err}")
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
