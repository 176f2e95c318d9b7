"""Held-out accuracy of the pattern-area suggestion (learning/suggest.py) on the labelled set
in bench/data/patterns/findings.jsonl: the third marked held_out was never trained on.
Run: .venv/bin/python bench/pattern_accuracy.py"""

import json
import os
from collections import Counter
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casewindow.settings")
django.setup()

from casewindow.learning.suggest import pattern_suggest  # noqa: E402

DATA = Path(__file__).parent / "data" / "patterns" / "findings.jsonl"
items = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
held = [i for i in items if i["held_out"]]
train = [i for i in items if not i["held_out"]]
top1 = top2 = 0
for item in held:
    areas = [s.area for s in pattern_suggest(item["text"])]
    top1 += areas[0] == item["area"]
    top2 += item["area"] in areas[:2]
majority_area, majority_count = Counter(i["area"] for i in train).most_common(1)[0]
baseline = sum(i["area"] == majority_area for i in held)
print(f"labelled findings: {len(items)} ({len(train)} trained on, {len(held)} held out)")
print(f"top-1 accuracy: {top1}/{len(held)} = {top1 / len(held):.0%}")
print(f"top-2 accuracy: {top2}/{len(held)} = {top2 / len(held):.0%}")
share = baseline / len(held)
print(f"majority-class baseline ({majority_area}): {baseline}/{len(held)} = {share:.0%}")
