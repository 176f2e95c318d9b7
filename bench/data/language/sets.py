"""What the tuning-set scripts share: the kinds that count as judgemental, and writing a set's
sentences as JSON lines in the bench's format."""

import json
from pathlib import Path

JUDGEMENTAL = frozenset(
    {
        "classic",
        "counterfactual",
        "imagined_better",
        "moralising",
        "modal_adverb",
        "intensified_inadequacy",
    }
)


def write_set(name: str, prefix: str, sentences: list[tuple[str, str, str]]) -> None:
    """Write `name`.jsonl beside these scripts: one row per (kind, source, text), numbered
    `prefix`_001…."""
    out = Path(__file__).resolve().parent / f"{name}.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for number, (kind, source, text) in enumerate(sentences, start=1):
            row = {
                "id": f"{prefix}_{number:03d}",
                "text": text,
                "judgemental": kind in JUDGEMENTAL,
                "kind": kind,
                "source": source,
            }
            if kind == "quotation":
                row["quotation"] = True
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(sentences)} sentences written to {out.name}")
