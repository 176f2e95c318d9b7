"""The wrong and missing same-event groups of the grouping engine on one TUNING case, for tuning
the rules. Refuses the held-out cases: they are never looked at group by group.

    .venv/bin/python bench/merge_errors.py bench/data/merging/case_v.json [--min-score N]

Prints each suggested group that joins entries of different gold events (or entries of no
event), each gold event with no suggestion, each gold event split across groups, and each gold
event some of whose entries are in no group."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str]) -> int:
    paths = [Path(a).resolve() for a in argv if not a.startswith("--")]
    if not paths or any("heldout" in part for path in paths for part in path.parts):
        print("Refused: name one tuning case; held-out cases are never looked at group by group.")
        return 2
    from run import _setup_django

    _setup_django()
    from bench_merging import _load

    from casewindow.evidence import event_grouping
    from casewindow.evidence.models import ChronologyEntry

    minimum = next((int(a.split("=", 1)[1]) for a in argv if a.startswith("--min-score=")), None)
    review, truth = _load(paths[0], 1)
    rows = ChronologyEntry.objects.filter(review=review).select_related("agency")
    entries = {e.pk: e for e in rows}

    def show(pk: int) -> str:
        e = entries[pk]
        event = truth[pk][1] or "-"
        return f"    {event:<5} {e.date_start} {e.agency.name[:14]:<14} {e.description[:90]}"

    groups = event_grouping.suggest_groups(
        review=review, min_score=minimum if minimum is not None else event_grouping.MIN_SCORE
    )
    covered: dict[str, int] = {}
    grouped: set[int] = set()
    for group in groups:
        grouped.update(group.entry_ids)
        events = {truth[pk][1] for pk in group.entry_ids}
        for event in events - {None}:
            covered[event] = covered.get(event, 0) + 1
        if len(events) > 1 or None in events:
            print(f"WRONG score {group.score}: {'; '.join(group.reasons)[:150]}")
            for pk in group.entry_ids:
                print(show(pk))
    gold: dict[str, list[int]] = {}
    for pk, (_agency, event) in truth.items():
        if event:
            gold.setdefault(event, []).append(pk)
    for event, pks in sorted(gold.items()):
        if event not in covered:
            print(f"UNCOVERED {event}")
        elif covered[event] > 1:
            print(f"SPLIT {event} across {covered[event]} groups")
        elif set(pks) - grouped:
            print(f"PARTIAL {event}: {len(set(pks) - grouped)} of {len(pks)} entries in no group")
        else:
            continue
        for pk in pks:
            print(("  " if pk in grouped else "* ") + show(pk)[2:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
