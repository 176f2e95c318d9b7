"""Check the hindsight/blame wording sets: fields, ids, counts, and no near-duplicates across files.

Usage: python bench/data/language/check_set.py [--threshold 0.6]
Exit status 1 if any check fails. Standard library only.
"""

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {
    "tune": HERE / "tune.jsonl",
    "tune2": HERE / "tune2.jsonl",
    "tune3": HERE / "tune3.jsonl",
    "heldout": HERE / "heldout" / "heldout.jsonl",
    "heldout2": HERE / "heldout2" / "heldout2.jsonl",
    "heldout4": HERE / "heldout4" / "heldout4.jsonl",
    "heldout5": HERE / "heldout5" / "heldout5.jsonl",
}
# Loaded only to compare the fourth and fifth held-out sets with every other set (not counted
# above).
OTHERS = {
    "heldout3": HERE / "heldout3" / "heldout3.jsonl",
    "tune4": HERE / "tune4.jsonl",
    "tune_w3": HERE / "tune_w3.jsonl",
    "tune5": HERE / "tune5.jsonl",
    "tune6": HERE / "tune6.jsonl",
    "tune7": HERE / "tune7.jsonl",
}
# The held-out sets written after the tuning sets, each compared with every other set.
LATER_HELDOUT = ("heldout4", "heldout5")

JUDGEMENTAL_KINDS = {
    "classic",
    "counterfactual",
    "imagined_better",
    "moralising",
    "modal_adverb",
    "intensified_inadequacy",
}
NEUTRAL_KINDS = {
    "systemic",
    "negated_blame",
    "methodology",
    "quotation",
    "factual_exception",
    "recommendation",
    "neutral",
}
SOURCES = {"kpe", "finding", "narrative", "conversation", "recommendation", "methodology"}
REQUIRED = {"id", "text", "judgemental", "kind", "source"}
OPTIONAL = {"quotation"}

# Function words dropped before comparing sentences, so overlap reflects content.
STOPWORDS = set(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "being",
        "had",
        "has",
        "have",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "him",
        "we",
        "our",
        "us",
        "i",
        "you",
        "not",
        "no",
        "would",
        "could",
        "should",
        "must",
        "ought",
        "if",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "than",
        "then",
        "so",
        "such",
        "any",
        "all",
        "did",
        "do",
        "does",
        "done",
        "into",
        "out",
        "up",
        "about",
        "after",
        "before",
        "over",
    ]
)


def tokens(text):
    words = re.findall(r"[a-z0-9]+", text.lower().replace("'s", ""))
    return {w for w in words if w not in STOPWORDS}


def jaccard(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def load(name, path, errors):
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{n}: not JSON ({exc})")
            continue
        where = f"{name}:{n} ({row.get('id', '?')})"
        keys = set(row)
        if REQUIRED - keys:
            errors.append(f"{where}: missing {sorted(REQUIRED - keys)}")
            continue
        if keys - REQUIRED - OPTIONAL:
            errors.append(f"{where}: unknown fields {sorted(keys - REQUIRED - OPTIONAL)}")
        if not isinstance(row["text"], str) or len(row["text"].split()) < 3:
            errors.append(f"{where}: text missing or too short")
        if not isinstance(row["judgemental"], bool):
            errors.append(f"{where}: judgemental must be true/false")
        kind = row["kind"]
        if kind in JUDGEMENTAL_KINDS:
            if row["judgemental"] is not True:
                errors.append(f"{where}: kind {kind} must be judgemental")
        elif kind in NEUTRAL_KINDS:
            if row["judgemental"] is not False:
                errors.append(f"{where}: kind {kind} must not be judgemental")
        else:
            errors.append(f"{where}: unknown kind {kind!r}")
        if row["source"] not in SOURCES:
            errors.append(f"{where}: unknown source {row['source']!r}")
        if (kind == "quotation") != bool(row.get("quotation")):
            errors.append(f'{where}: "quotation": true goes with kind quotation only')
        rows.append(row)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.4,
        help="content-word Jaccard overlap at which two sentences count as near-duplicates",
    )
    args = parser.parse_args()

    errors = []
    sets = {name: load(name, path, errors) for name, path in FILES.items()}

    ids = Counter(row["id"] for rows in sets.values() for row in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    texts = Counter(row["text"].strip().lower() for rows in sets.values() for row in rows)
    errors += [f"duplicate text: {t}" for t, c in texts.items() if c > 1]

    tune_tokens = [
        (r, tokens(r["text"])) for name in ("tune", "tune2", "tune3") for r in sets[name]
    ]
    worst = (0.0, None, None)
    for h in sets["heldout"] + sets["heldout2"]:
        ht = tokens(h["text"])
        for t, tt in tune_tokens:
            score = jaccard(ht, tt)
            if score > worst[0]:
                worst = (score, h, t)
            if score >= args.threshold:
                errors.append(
                    f"near-duplicate across files ({score:.2f}): {h['id']} {h['text']!r} ~ "
                    f"{t['id']} {t['text']!r}"
                )

    # The later held-out sets are compared with every other set, tuning and held-out alike.
    extra = {name: load(name, path, []) for name, path in OTHERS.items() if path.exists()}
    worst_later = {}
    for held in LATER_HELDOUT:
        others = [r for name, rows in [*sets.items(), *extra.items()] if name != held for r in rows]
        other_tokens = [(r, tokens(r["text"])) for r in others]
        worst_later[held] = 0.0
        for h in sets[held]:
            ht = tokens(h["text"])
            for t, tt in other_tokens:
                score = jaccard(ht, tt)
                worst_later[held] = max(worst_later[held], score)
                if score >= args.threshold:
                    errors.append(f"near-duplicate of {held} ({score:.2f}): {h['id']} ~ {t['id']}")
        other_ids = {r["id"] for r in others}
        errors += [
            f"{held} id {h['id']} used in another set" for h in sets[held] if h["id"] in other_ids
        ]

    kinds = sorted(JUDGEMENTAL_KINDS) + sorted(NEUTRAL_KINDS)
    print(f"{'kind':24} {'label':5} " + " ".join(f"{n:>8}" for n in sets))
    for kind in kinds:
        label = "true" if kind in JUDGEMENTAL_KINDS else "false"
        counts = [sum(r["kind"] == kind for r in rows) for rows in sets.values()]
        print(f"{kind:24} {label:5} " + " ".join(f"{c:>8}" for c in counts))
    for label in (True, False):
        counts = [sum(r["judgemental"] is label for r in rows) for rows in sets.values()]
        print(f"{'judgemental=' + str(label).lower():30} " + " ".join(f"{c:>8}" for c in counts))
    totals = [len(rows) for rows in sets.values()]
    print(f"{'total':30} " + " ".join(f"{c:>8}" for c in totals))
    total = sum(totals)
    judged = sum(r["judgemental"] for rows in sets.values() for r in rows)
    print(f"all: {total} sentences, {judged} judgemental ({judged / total:.1%})")
    if worst[1] is not None:
        print(
            f"highest cross-file overlap {worst[0]:.2f} (threshold {args.threshold}): "
            f"{worst[1]['id']} {worst[1]['text']!r} ~ {worst[2]['id']} {worst[2]['text']!r}"
        )

    for held, score in worst_later.items():
        print(f"{held}: highest overlap with any other set {score:.2f}")

    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
