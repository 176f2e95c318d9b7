"""Same-event merge suggestions measured on labelled multi-agency cases (issue 14, part 1).

Each case in bench/data/merging/ (written blind, see its README) is loaded into a throw-away
review (agencies, people register, entries with their dates, precision and people column, as an
import leaves them) and the suggestions are computed at the page's threshold and at two others.
Precision and recall count every cross-agency pair of entries inside a suggested group against
the cross-agency pairs inside the gold events; an event is covered when one suggested group holds
two of its entries from different agencies. Figures are printed for each tuning case, for the
tuning cases together and for the held-out case beside them. The held-out case is only scored
here: its contents are never printed.

Both engines are measured on the same reviews: "pairs" is the pair suggester the page used
before issue 14 (each pair read as a group of two), "groups" is the event grouping."""

import datetime
import itertools
import json
import os
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "merging"
TUNING = [
    "case_a.json",
    "case_b.json",
    "case_c.json",
    "case_f.json",
    "case_h.json",
    "case_i.json",
    "case_j.json",
    "case_m.json",
    "case_p.json",
    "case_q.json",
    "case_t.json",
    "case_v.json",
    "case_u.json",  # written blind by a helper on 5 December 2026
    "case_x.json",  # written blind by a helper on 5 December 2026 (precision-stressing)
    "case_y.json",  # written blind by a helper on 5 December 2026 (exploitation, missing)
    "case_z.json",  # written blind by a helper on 5 December 2026 (DA, neglect, a baby, PLO)
    "case_aa.json",  # written blind by a helper on 5 December 2026 (precision-stressing)
    "case_ab.json",  # written blind by a helper on 5 December 2026 (precision-stressing)
    "case_ae.json",  # written blind by a helper on 6 December 2026 (exploitation, missing)
    "case_af.json",  # written blind by a helper on 6 December 2026 (infant fracture, 7 agencies)
    "case_ag.json",  # written blind by a helper on 6 December 2026 (exploitation, kinship care)
    "case_ai.json",  # written blind by a helper on 6 December 2026 (disabled child, neglect)
    "case_aj.json",  # written blind by a helper on 6 December 2026 (infant head injury)
    "case_al.json",  # written blind by a helper on 6 December 2026 (asylum hotel, a scald)
    "case_am.json",  # written blind by a helper on 6 December 2026 (exploitation, secure order)
    "case_ao.json",  # written blind by a helper on 6 December 2026 (pre-birth, PLO, a newborn)
    "case_aq.json",  # written blind by a helper on 6 December 2026 (exploitation, NRM, CAMHS)
    "case_as.json",  # written blind by a helper on 7 December 2026 (DA, bruising, a fire)
    "case_au.json",  # written blind by a helper on 7 December 2026 (infant injuries; decoys)
    "case_av.json",  # written blind at the end of stop 44 (pre-birth, DA, MARAC; for tuning)
    "case_ay.json",  # written blind in stop 45 (online offences, LADO, SARC; blind 81.4/83.3)
    "case_ba.json",  # written blind at the end of stop 45 (temporary housing; for tuning)
    "case_bc.json",  # written blind in stop 46 (father's psychosis, MARAC, PLO; for tuning)
    "case_be.json",  # written blind in stop 47 (a girl in care out of area, CSE, Tier 4; tuning)
    "case_bg.json",  # written blind in stop 48 (a boy with complex needs, suspected FII; tuning)
    "case_bi.json",  # written blind in stop 49 (neglect of three siblings, DA, drugs; tuning)
    "case_bj.json",  # written blind in stop 49 for a later round (an infant's fracture; tuning)
]
HELDOUT = [
    "heldout/case_d.json",
    "heldout2/case_e.json",
    "heldout3/case_f.json",
    "heldout4/case_g.json",
    "heldout5/case_k.json",
    "heldout5/case_l.json",
    "heldout6/case_r.json",
    "heldout6/case_s.json",
    "heldout7/case_w.json",  # written blind by a helper on 5 December 2026
    "heldout8/case_n.json",  # written blind by a helper on 5 December 2026 (never tuned on)
    "heldout9/case_o.json",  # written blind by a helper on 5 December 2026 (never tuned on)
    "heldout10/case_ac.json",  # written blind by a helper on 5 December 2026 (never tuned on)
    "heldout11/case_ad.json",  # written blind by a helper on 5 December 2026 (never tuned on)
    "heldout12/case_ah.json",  # written blind by a helper on 6 December 2026 (never tuned on)
    "heldout13/case_ak.json",  # written blind by a helper on 6 December 2026 (never tuned on)
    "heldout14/case_an.json",  # written blind by a helper on 6 December 2026 (never tuned on)
    "heldout15/case_ap.json",  # written blind by a helper on 6 December 2026 (never tuned on)
    "heldout16/case_ar.json",  # written blind by a helper on 6 December 2026 (never tuned on)
    "heldout17/case_at.json",  # written blind by a helper on 7 December 2026 (never tuned on)
    "heldout18/case_aw.json",  # written blind by a helper in stop 43, 7 Dec 2026 (never tuned on)
    "heldout19/case_ax.json",  # written blind by a helper in stop 44, 7 Dec 2026 (never tuned on)
    "heldout20/case_az.json",  # written blind by a helper in stop 45, 7 Dec 2026 (never tuned on)
    "heldout21/case_bb.json",  # written blind by a helper in stop 46, 7 Dec 2026 (never tuned on)
    "heldout22/case_bd.json",  # written blind by a helper in stop 47, 7 Dec 2026 (never tuned on)
    "heldout23/case_bf.json",  # written blind by a helper in stop 48, 7 Dec 2026 (never tuned on)
    "heldout24/case_bh.json",  # written blind by a helper in stop 49, 7 Dec 2026 (never tuned on)
]
if os.environ.get("BENCH_TUNING_ONLY"):  # for tuning runs: held-out figures stay unseen
    HELDOUT = []
# "a+b+c+f+h+i+j+m": the tuning cases by their letters.
TUNED_LABEL = "+".join(name.removeprefix("case_").removesuffix(".json") for name in TUNING)
AGENCY_KINDS = {
    "police": "police",
    "social_care": "csc",
    "health": "other",
    "education": "education",
    "other": "other",
}
PERSON_CATEGORIES = {
    "child": "child",
    "parent": "parent_carer",
    "family": "other_family",
    "other_adult": "other_adult",
    "professional": "professional",
}


def _load(path: Path, n: int):
    """A review holding the case; returns (review, {entry pk: (agency pk, gold event or None)})."""
    from casewindow.accounts.models import Partnership
    from casewindow.evidence.models import ChronologyEntry, DatePrecision
    from casewindow.reviews.models import Agency, Person, Review

    case = json.loads(path.read_text())
    partnership = Partnership.objects.create(name=f"Bench merging {n}")
    review = Review.objects.create(
        partnership=partnership,
        reference=f"BENCH-MERGE-{n}",
        title="Bench merging review",
        review_type="lcspr_lt",
    )
    for person in case["people"]:
        Person.objects.create(
            review=review,
            real_name=person["name"],
            aliases=person.get("aliases") or [],
            publication_label=person["label"],
            category=PERSON_CATEGORIES.get(person["category"], "other_adult"),
        )
    agencies = {
        a["name"]: Agency.objects.create(
            review=review, name=a["name"], kind=AGENCY_KINDS.get(a["kind"], "other")
        )
        for a in case["agencies"]
    }
    entries = []
    for row, item in enumerate(case["entries"], start=1):
        start = datetime.date.fromisoformat(item["date"])
        end = datetime.date.fromisoformat(item.get("date_end") or item["date"])
        time = datetime.time.fromisoformat(item["time"]) if item.get("time") else None
        entries.append(
            ChronologyEntry(
                review=review,
                agency=agencies[item["agency"]],
                row_number=row,
                date_start=start,
                date_end=end,
                time=time,
                date_precision=DatePrecision(item["precision"]),
                date_text=item["date_text"],
                description=item["text"],
                people_text=item.get("people") or "",
                original_row={"id": item["id"]},
            )
        )
    ChronologyEntry.objects.bulk_create(entries)
    gold_by_id = {item["id"]: item["event"] for item in case["entries"]}
    truth = {
        pk: (agency_id, gold_by_id[row["id"]])
        for pk, agency_id, row in ChronologyEntry.objects.filter(review=review).values_list(
            "pk", "agency_id", "original_row"
        )
    }
    return review, truth


def _cross_pairs(groups, truth) -> set[tuple[int, int]]:
    pairs = set()
    for group in groups:
        for a, b in itertools.combinations(sorted(group), 2):
            if truth[a][0] != truth[b][0]:
                pairs.add((a, b))
    return pairs


def _score(groups, truth) -> dict:
    events: dict[str, list[int]] = {}
    for pk, (_, event) in truth.items():
        if event:
            events.setdefault(event, []).append(pk)
    gold = _cross_pairs(events.values(), truth)
    found = _cross_pairs(groups, truth)
    true_events = [e for e, members in events.items() if len({truth[m][0] for m in members}) > 1]
    covered = 0
    for event in true_events:
        members = set(events[event])
        if any(_cross_pairs([members & set(group)], truth) for group in groups):
            covered += 1
    return {
        "tp": len(found & gold),
        "found": len(found),
        "gold": len(gold),
        "covered": covered,
        "events": len(true_events),
        "groups": len(groups),
    }


def _add(a: dict, b: dict) -> dict:
    return {key: a.get(key, 0) + b[key] for key in b}


def _rows(label: str, s: dict) -> list[dict]:
    precision = 100 * s["tp"] / s["found"] if s["found"] else 0.0
    recall = 100 * s["tp"] / s["gold"] if s["gold"] else 0.0
    return [
        {"name": f"{label}: pair precision", "value": round(precision, 1), "unit": "%"},
        {"name": f"{label}: pair recall", "value": round(recall, 1), "unit": "%"},
        {
            "name": f"{label}: events covered",
            "value": s["covered"],
            "unit": f"of {s['events']}",
        },
        {"name": f"{label}: groups suggested", "value": s["groups"], "unit": "groups"},
    ]


def _engines():
    from casewindow.evidence import merging

    def pairs(review, min_score):
        return [
            {s.first_id, s.second_id}
            for s in merging.merge_suggestions(review=review, min_score=min_score)
        ]

    engines = {"pairs": (pairs, merging.MIN_SCORE)}
    try:
        from casewindow.evidence import event_grouping
    except ImportError:
        return engines

    def groups(review, min_score):
        return [
            set(g.entry_ids)
            for g in event_grouping.suggest_groups(review=review, min_score=min_score)
        ]

    engines["groups"] = (groups, event_grouping.MIN_SCORE)
    return engines


def run() -> list[dict]:
    loaded = {}
    for n, name in enumerate([*TUNING, *HELDOUT], start=1):
        loaded[name] = _load(DATA / name, n)
    rows: list[dict] = []
    for engine, (suggest, page_threshold) in _engines().items():
        for threshold in (page_threshold - 10, page_threshold, page_threshold + 10):
            tag = f"{engine} @{threshold}" + (" (page)" if threshold == page_threshold else "")
            tuned: dict = {}
            held: dict[str, dict] = {}
            for name, (review, truth) in loaded.items():
                figures = _score(suggest(review, threshold), truth)
                if name in TUNING:
                    tuned = _add(tuned, figures)
                    if threshold == page_threshold:
                        rows += _rows(f"{tag} {name[:-5]}", figures)
                else:
                    held[name] = figures
            columns = [_rows(f"{tag} tuned {TUNED_LABEL}", tuned)] + [
                # "heldout3/case_f.json" → "HELD-OUT 3 f" (the tuning set has its own case f).
                _rows(
                    f"{tag} HELD-OUT {name.split('/')[0].removeprefix('heldout') or '1'} "
                    f"{name.split('_')[-1][:-5]}",
                    figures,
                )
                for name, figures in held.items()
            ]
            for side_by_side in zip(*columns, strict=True):
                rows += side_by_side
    return rows
