"""Personal-data detection on the labelled set (bench/data/anonymisation_gold.jsonl: 48
fictional passages — chronology lines, conversation notes, report paragraphs), per label,
side by side in one run:

- Presidio out of the box: AnalyzerEngine with its default recognisers and the same spaCy
  model, its entity types mapped to ours (DATE_TIME → DATE_OF_BIRTH, LOCATION → ADDRESS,
  PHONE_NUMBER → PHONE, EMAIL_ADDRESS → EMAIL, UK_NHS → NHS_NUMBER, UK_NINO → NI_NUMBER,
  UK_POSTCODE → POSTCODE, ORGANIZATION → ORGANISATION, anything else → OTHER);
- Casewindow's detector without a register;
- Casewindow's detector with the set's fictional register (data/anonymisation_register.json).

A predicted span counts for a gold span of the same label when the two overlap (each gold span
matched once). Recall = gold spans found / gold spans; precision = predicted spans that match a
gold span / predicted spans. Also the detector's throughput (texts and characters a second)."""

import datetime
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from anonymisation_set import DATA, HELDOUT, REGISTER, load

HELDOUT_REGISTER = DATA / "anonymisation_heldout_register.json"

PRESIDIO_MAP = {
    "PERSON": "PERSON",
    "DATE_TIME": "DATE_OF_BIRTH",
    "LOCATION": "ADDRESS",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "UK_NHS": "NHS_NUMBER",
    "UK_NINO": "NI_NUMBER",
    "UK_POSTCODE": "POSTCODE",
    "ORGANIZATION": "ORGANISATION",
}
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


def score(gold: list[list[dict]], predicted: list[list[dict]]) -> dict[str, dict[str, float]]:
    found, gold_count, right, predicted_count = Counter(), Counter(), Counter(), Counter()
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        used: set[int] = set()
        for g in gold_spans:
            gold_count[g["label"]] += 1
            for index, p in enumerate(predicted_spans):
                overlaps = p["start"] < g["end"] and g["start"] < p["end"]
                if index not in used and p["label"] == g["label"] and overlaps:
                    used.add(index)
                    found[g["label"]] += 1
                    break
        for p in predicted_spans:
            predicted_count[p["label"]] += 1
            if any(
                g["label"] == p["label"] and p["start"] < g["end"] and g["start"] < p["end"]
                for g in gold_spans
            ):
                right[p["label"]] += 1
    result = {}
    for label in sorted(set(gold_count) | set(predicted_count), key=_label_order):
        result[label] = {
            "gold": gold_count[label],
            "predicted": predicted_count[label],
            "recall": found[label] / gold_count[label] if gold_count[label] else float("nan"),
            "precision": right[label] / predicted_count[label]
            if predicted_count[label]
            else float("nan"),
        }
    covered = total = 0
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        for g in gold_spans:
            total += g["end"] - g["start"]
            covered += sum(
                1
                for i in range(g["start"], g["end"])
                if any(p["start"] <= i < p["end"] for p in predicted_spans)
            )
    total_gold = sum(gold_count.values())
    total_pred = sum(predicted_count.values())
    result["ALL"] = {
        "gold": total_gold,
        "predicted": total_pred,
        "recall": sum(found.values()) / total_gold,
        "precision": sum(right.values()) / total_pred if total_pred else float("nan"),
        "characters": covered / total,
    }
    return result


def _label_order(label: str) -> int:
    return LABELS.index(label) if label in LABELS else len(LABELS)


def presidio_predictions(texts: list[str]) -> list[list[dict]]:
    from casewindow.anonymisation.detection.analysers import presidio_out_of_the_box

    engine = presidio_out_of_the_box()
    out = []
    for text in texts:
        spans = [
            {"start": r.start, "end": r.end, "label": PRESIDIO_MAP.get(r.entity_type, "OTHER")}
            for r in engine.analyze(text=text, language="en")
        ]
        out.append(spans)
    return out


def register_matcher(path: Path = REGISTER):
    from casewindow.anonymisation.detection.register import RegisterMatcher, RegisterPerson

    people = json.loads(path.read_text(encoding="utf-8"))
    return RegisterMatcher.from_people(
        RegisterPerson(
            key=str(index),
            label=person["label"],
            names=tuple(person["names"]),
            date_of_birth=datetime.date.fromisoformat(person["date_of_birth"])
            if person.get("date_of_birth")
            else None,
        )
        for index, person in enumerate(people)
    )


def ours(texts: list[str], register=None) -> list[list[dict]]:
    from casewindow.anonymisation.detection.engine import find_personal_data

    return [
        [{"start": s.start, "end": s.end, "label": s.label} for s in spans]
        for spans in find_personal_data(texts, register)
    ]


def _fmt(value: float) -> str:
    return "  –  " if value != value else f"{value:5.2f}"


def side_by_side(results: dict[str, dict]) -> str:
    names = list(results)
    head = f"{'label':<15}{'gold':>5} " + "".join(f"| {n:^27}" for n in names)
    sub = f"{'':<15}{'':>5} " + "".join(
        f"| {'recall':>8} {'precision':>9} {'pred':>6} " for _ in names
    )
    lines = [head, sub]
    labels = [label for label in LABELS if any(label in r for r in results.values())]
    labels += [*sorted({k for r in results.values() for k in r} - set(labels) - {"ALL"}), "ALL"]
    for label in labels:
        gold = next((r[label]["gold"] for r in results.values() if label in r), 0)
        row = f"{label:<15}{gold:>5} "
        for name in names:
            cell = results[name].get(label)
            if cell is None:
                row += f"| {'  –  ':>8} {'  –  ':>9} {0:>6} "
            else:
                row += (
                    f"| {_fmt(cell['recall']):>8} {_fmt(cell['precision']):>9} "
                    f"{cell['predicted']:>6} "
                )
        lines.append(row)
    return "\n".join(lines)


def run() -> list[dict]:
    from casewindow.anonymisation.detection.analysers import analyzer, presidio_out_of_the_box

    passages = load()
    texts = [p["text"] for p in passages]
    gold = [p["spans"] for p in passages]
    started = time.perf_counter()
    analyzer()
    presidio_out_of_the_box()
    load_seconds = time.perf_counter() - started
    register = register_matcher()

    results = {
        "Presidio out of the box": score(gold, presidio_predictions(texts)),
        "ours, no register": score(gold, ours(texts)),
        "ours, with register": score(gold, ours(texts, register)),
    }
    print(f"\n{len(texts)} passages, {sum(len(g) for g in gold)} gold spans")
    print(side_by_side(results))
    print(
        "characters of gold spans covered by some prediction (what would leak otherwise): "
        + ", ".join(f"{name} {r['ALL']['characters']:.3f}" for name, r in results.items())
    )

    held = load(HELDOUT)
    held_texts, held_gold = [p["text"] for p in held], [p["spans"] for p in held]
    held_results = {
        "Presidio out of the box": score(held_gold, presidio_predictions(held_texts)),
        "ours, no register": score(held_gold, ours(held_texts)),
        "ours, with register": score(
            held_gold, ours(held_texts, register_matcher(HELDOUT_REGISTER))
        ),
    }
    print(
        f"\nHeld-out set (not used to write the rules): {len(held)} passages, "
        f"{sum(len(g) for g in held_gold)} gold spans"
    )
    print(side_by_side(held_results))
    print()
    print()

    from casewindow.anonymisation.detection import engine

    timings, cached = [], []
    for _ in range(5):
        engine._CACHE.clear()  # time the analysis itself, not the per-process cache
        started = time.perf_counter()
        ours(texts, register)
        timings.append(time.perf_counter() - started)
        started = time.perf_counter()
        ours(texts, register)  # the same texts again: what re-checking a report costs
        cached.append(time.perf_counter() - started)
    median = statistics.median(timings)
    characters = sum(len(t) for t in texts)

    rows = [{"name": "engines loaded (spaCy model + Presidio)", "value": load_seconds, "unit": "s"}]
    for name, result in results.items():
        rows.append(
            {
                "name": f"{name}: characters of personal data covered",
                "value": round(result["ALL"]["characters"], 3),
                "unit": "",
            }
        )
    for name, result in results.items():
        for label in ("PERSON", "ALL"):
            for measure in ("recall", "precision"):
                rows.append(
                    {
                        "name": f"{name}: {label} {measure}",
                        "value": round(result[label][measure], 3),
                        "unit": "",
                        "target": "≥ 0.99"
                        if (name, label, measure) == ("ours, with register", "PERSON", "recall")
                        else "",
                    }
                )
    for name, result in held_results.items():
        for measure in ("recall", "precision"):
            rows.append(
                {
                    "name": f"held-out, {name}: PERSON {measure}",
                    "value": round(result["PERSON"][measure], 3),
                    "unit": "",
                }
            )
    rows += [
        {
            "name": f"detector, {len(texts)} passages with register (median of 5)",
            "value": median * 1000,
            "unit": "ms",
        },
        {
            "name": "the same passages again (per-process cache)",
            "value": statistics.median(cached) * 1000,
            "unit": "ms",
        },
        {"name": "detector throughput", "value": len(texts) / median, "unit": "texts/s"},
        {"name": "detector throughput", "value": characters / median, "unit": "chars/s"},
    ]
    return rows


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casewindow.settings")
    django.setup()
    for row in run():
        print(row)
