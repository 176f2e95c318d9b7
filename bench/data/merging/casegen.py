"""Writing aid for the merging cases (stdlib only).

Each case module lists its entries by hand as tuples; this turns the date shorthand into the
JSON format described in README.md and adds routine single-agency filler from per-agency pools.
Shorthand for dates:
  "2024-03-12"                 day precision (date_text in the agency's own style)
  "2024-03-12 14:30"           day precision with a time
  "M:2024-03"                  month precision ("March 2024")
  "Y:2023"                     year precision
  "A:2024-06-01:2024-06-10:early June 2024 (approx.)"   approximate range with the agency's wording
"""

import calendar
import datetime as dt
import json
import random

STYLES = {
    "police": "%d/%m/%Y",
    "csc": "%d %B %Y",
    "health": "%d-%b-%Y",
    "school": "%d.%m.%y",
    "gp": "%d/%m/%y",
    "iso": "%Y-%m-%d",
}


def _date(spec, style):
    if spec.startswith("M:"):
        y, m = map(int, spec[2:].split("-"))
        start = dt.date(y, m, 1)
        end = dt.date(y, m, calendar.monthrange(y, m)[1])
        return start, end, start.strftime("%B %Y"), "month", None
    if spec.startswith("Y:"):
        y = int(spec[2:])
        return dt.date(y, 1, 1), dt.date(y, 12, 31), str(y), "year", None
    if spec.startswith("A:"):
        _, s, e, text = spec.split(":", 3)
        return dt.date.fromisoformat(s), dt.date.fromisoformat(e), text, "approximate", None
    parts = spec.split()
    d = dt.date.fromisoformat(parts[0])
    time = parts[1] if len(parts) > 1 else None
    return (
        d,
        None,
        d.strftime(STYLES[style]).lstrip("0") if style == "csc" else d.strftime(STYLES[style]),
        "day",
        time,
    )


def build(case, description, people, agencies, entries, out):
    """agencies: list of (name, kind, style); entries: (agency, datespec, text, people, event)."""
    style = {a[0]: a[2] for a in agencies}
    rows = []
    for agency, spec, text, who, event in entries:
        start, end, text_date, precision, time = _date(spec, style[agency])
        row = {"agency": agency, "date": start.isoformat()}
        if end is not None:
            row["date_end"] = end.isoformat()
        row.update(
            {
                "date_text": text_date,
                "precision": precision,
                "time": time,
                "text": text,
                "people": who,
                "event": event,
            }
        )
        rows.append(row)
    rows.sort(key=lambda r: (r["date"], r["time"] or "", r["agency"]))
    for i, r in enumerate(rows, 1):
        r_id = f"{case}{i:03d}"
        rows[i - 1] = {"id": r_id, **r}
    doc = {
        "case": case,
        "description": description,
        "people": [
            {"name": n, "aliases": al, "label": lab, "category": cat} for n, al, lab, cat in people
        ],
        "agencies": [{"name": a[0], "kind": a[1]} for a in agencies],
        "entries": rows,
    }
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return doc


_ONE_OFFS_USED = set()


def filler(seed, pools, start, end, count, windows=None, closed=None):
    """Routine single-agency entries.

    pools is {agency: [(template, people), ...]}; each template is used once before any repeats,
    and a template starting with "!" never repeats. Templates may hold {n} (a small number) and
    {w} (a weight). windows narrows an agency to (start, end) (it was not involved outside it);
    closed lists (start, end) ranges when an agency writes nothing (school holidays)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible data, not security
    windows = windows or {}
    closed = closed or {}
    out = []
    busy = set()
    agencies = list(pools)
    queues = {a: rng.sample(pools[a], len(pools[a])) for a in agencies}
    for a in agencies:  # a one-off used by an earlier call for the same pools stays used
        queues[a] = [t for t in queues[a] if (id(pools), t) not in _ONE_OFFS_USED]
    i = 0
    while len(out) < count:
        # agencies with more templates write more routine entries, as in real chronologies
        a = rng.choices(agencies, weights=[len(pools[x]) for x in agencies])[0]
        i += 1
        if i > count * 50:
            raise ValueError("filler: windows and closed ranges leave no room")
        a_start, a_end = windows.get(a, (start, end))
        a_start, a_end = max(a_start, start), min(a_end, end)
        span = (dt.date.fromisoformat(a_end) - dt.date.fromisoformat(a_start)).days
        if span <= 0:
            continue
        d = dt.date.fromisoformat(a_start) + dt.timedelta(days=rng.randrange(span))
        if d.weekday() >= 5 and a not in ("Police", "Ambulance service", "Acute hospital"):
            d -= dt.timedelta(days=d.weekday() - 4)
        if any(f <= d.isoformat() <= t for f, t in closed.get(a, ())):
            continue
        if (a, d) in busy:  # one routine entry per agency per day keeps look-alikes plausible
            continue
        if not queues[a]:
            # a template starting with "!" is a one-off happening (an ED attendance), never repeated
            again = [t for t in pools[a] if not t[0].startswith("!")]
            queues[a] = rng.sample(again, len(again))
        tmpl, who = queues[a].pop()
        if tmpl.startswith("!"):
            _ONE_OFFS_USED.add((id(pools), (tmpl, who)))
        tmpl = tmpl.removeprefix("!")
        text = tmpl.format(n=rng.randint(2, 9), w=f"{rng.uniform(9.5, 13.5):.1f}")
        busy.add((a, d))
        out.append((a, d.isoformat(), text, who, None))
    return out
