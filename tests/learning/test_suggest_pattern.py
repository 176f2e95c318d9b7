"""Pattern-area suggestion: the command's format, its refusals, and accuracy on the held-out
third of the labelled set above the majority-class baseline."""

import json
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from casewindow.analysis.framework import pattern_areas
from casewindow.learning.suggest import pattern_suggest

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "patterns" / "findings.jsonl"


def test_command_writes_six_areas_best_first(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "Caseloads were too high and supervision was rushed."})
        + "\n"
    )
    out = tmp_path / "out.jsonl"
    call_command("suggest_pattern", "--input", str(source), "--output", str(out))
    record = json.loads(out.read_text())
    assert record["id"] == "a"
    assert {a["area"] for a in record["areas"]} == set(pattern_areas())
    scores = [a["score"] for a in record["areas"]]
    assert scores == sorted(scores, reverse=True)
    assert record["areas"][0]["area"] == "human-management"
    assert record["areas"][0]["words"]


@pytest.mark.parametrize("line", ["{", "[1]", '{"id": 1}', '{"text": "x"}'])
def test_bad_lines_stop_the_run_with_their_number(tmp_path: Path, line: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 1, "text": "ok"}) + "\n" + line + "\n")
    out = tmp_path / "out.jsonl"
    with pytest.raises(CommandError, match="Line 2"):
        call_command("suggest_pattern", "--input", str(source), "--output", str(out))
    assert not out.exists()


def test_held_out_accuracy_beats_the_majority_baseline() -> None:
    items = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    assert len(items) >= 100 and {i["area"] for i in items} == set(pattern_areas())
    held = [i for i in items if i["held_out"]]
    top1 = sum(pattern_suggest(i["text"])[0].area == i["area"] for i in held) / len(held)
    top2 = sum(i["area"] in [s.area for s in pattern_suggest(i["text"])[:2]] for i in held) / len(
        held
    )
    majority = Counter(i["area"] for i in items if not i["held_out"]).most_common(1)[0][0]
    baseline = sum(i["area"] == majority for i in held) / len(held)
    assert top1 >= 0.5 > baseline and top2 >= 0.65
