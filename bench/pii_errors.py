"""The misses, false alarms and flagged decoys of our detector on a TUNING set, one per line, for
tuning the rules. Refuses the held-out set: its passages are never looked at.

    .venv/bin/python bench/pii_errors.py bench/data/pii/tune.jsonl bench/data/pii/tune_register.json
    .venv/bin/python bench/pii_errors.py … --register    # with the case's register"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str]) -> int:
    paths = [Path(a).resolve() for a in argv if not a.startswith("--")]
    if any("heldout" in part for path in paths for part in path.parts):
        print("Refused: the held-out set is never looked at passage by passage.")
        return 2
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casewindow.settings")
    django.setup()
    from bench_pii import load_set, ours_by_case

    passages, registers = load_set(paths[0], paths[1])
    predicted = ours_by_case(passages, registers if "--register" in argv else None)
    label = next((a.split("=", 1)[1] for a in argv if a.startswith("--label=")), None)
    for passage, spans in zip(passages, predicted, strict=True):
        text = passage["text"]
        for g in passage["spans"]:
            if label and g["label"] != label:
                continue
            if not any(
                p["label"] == g["label"] and p["start"] < g["end"] and g["start"] < p["end"]
                for p in spans
            ):
                context = text[max(0, g["start"] - 40) : g["end"] + 30].replace("\n", "⏎")
                print(
                    f"MISS  {passage['id']:<8} {g['label']:<13} "
                    f"{text[g['start'] : g['end']]!r}  … {context}"
                )
        for p in spans:
            if label and p["label"] != label:
                continue
            if not any(
                p["label"] == g["label"] and p["start"] < g["end"] and g["start"] < p["end"]
                for g in passage["spans"]
            ):
                context = text[max(0, p["start"] - 40) : p["end"] + 30].replace("\n", "⏎")
                print(
                    f"FALSE {passage['id']:<8} {p['label']:<13} "
                    f"{text[p['start'] : p['end']]!r}  … {context}"
                )
        for d in passage.get("decoys", []):
            hit = [p for p in spans if p["start"] < d["end"] and d["start"] < p["end"]]
            if hit:
                print(
                    f"DECOY {passage['id']:<8} {d['text']!r} ← "
                    + ", ".join(f"{text[p['start'] : p['end']]!r} {p['label']}" for p in hit)
                )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
