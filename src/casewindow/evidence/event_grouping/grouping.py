"""Sweeping the entries for candidate pairs and joining the pairs that score into groups."""

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from casewindow.evidence.models import ChronologyEntry, MergeRejection
from casewindow.reviews.models import Review

from .dates import SENT_LAG, TOLD_LAG, working_days
from .entries import Row, distinctive, read_rows
from .scoring import Scorer, has_links

MIN_SCORE = 55
# How far below the threshold the pairs joining two groups may score: on average at most
# GROUP_SLACK below, and none more than GROUP_FLOOR_SLACK below (average linkage with a floor).
# One good pair does not pull in an entry unlike the rest, yet a terse note that reads little
# like one member may join when it fits the others well. At 25 below, a note recording two
# happenings chained them into one group (an arrest and a school's call about bullying).
GROUP_SLACK = 0
GROUP_FLOOR_SLACK = 15


@dataclass
class GroupSuggestion:
    """Entries of two or more agencies that may record one event, best pair's reasons first."""

    entry_ids: list[int]
    score: int
    reasons: list[str] = field(default_factory=list)
    entries: list[ChronologyEntry] = field(default_factory=list)

    @property
    def dates_differ(self) -> bool:
        """The agencies give different dates (or times) for what may be one event."""
        dates = {(e.date_start, e.date_end) for e in self.entries}
        times = {e.time for e in self.entries if e.time is not None}
        return len(dates) > 1 or len(times) > 1


def _reach(row: Row) -> int:
    """How far back an entry's event may lie, in calendar days: its lag in working days, or
    the earliest date it cites."""
    lag = max(row.lag, TOLD_LAG) if row.mentions else row.lag
    # Widen by every weekend the window spans: 12 working days back from a Thursday is 16
    # calendar days, crossing two weekends.
    days = lag
    while working_days(row.start - days - 1, row.start) <= lag:
        days += 1
    named = row.cited | row.recalled
    return max(days, row.start - min(named)) if named else days


def _ahead(start: int, lag: int) -> int:
    """Calendar days from a date ordinal to the last day within lag working days of it."""
    days = lag
    while working_days(start, start + days + 1) <= lag:
        days += 1
    return days


def _candidates(rows: list[Row], max_lag: int):
    """Pairs of entries of different agencies whose dates fit the later entry's lag."""
    starts = [row.start for row in rows]
    ranged = [row for row in rows if row.end > row.start]
    for i, b in enumerate(rows):
        lo = bisect_left(starts, b.start - max(_reach(b), 1))  # 1: across midnight
        for a in rows[lo:i]:
            if a.agency_id != b.agency_id:
                yield a, b
        # Entries dated the same day (later in the sort) are seen from the other side; ranged
        # entries are compared with every entry whose start lies in or near their range.
    # What an entry sent to a named agency is looked for there SENT_LAG working days on, past
    # the reach of the receiving entry's own lag.
    for i, a in enumerate(rows):
        if not a.sent_to:
            continue
        hi = bisect_right(starts, a.start + _ahead(a.start, SENT_LAG))
        for b in rows[i + 1 : hi]:
            if b.agency_id in a.sent_to and a.start < b.start - max(_reach(b), 1):
                yield a, b
    for a in ranged:
        lo = bisect_left(starts, a.start)
        hi = bisect_right(starts, a.end + max_lag)
        for b in rows[lo:hi]:
            if b.agency_id != a.agency_id and b is not a and b.start > a.start + a.lag:
                yield a, b


def suggest_groups(
    *, review: Review, min_score: int = MIN_SCORE, exclude_rejected: bool = True
) -> list[GroupSuggestion]:
    """Likely events, best first: groups of entries of two or more agencies. Entries already in
    one event are not suggested together again; neither are rejected pairs."""
    rows, labels = read_rows(review)
    if len(rows) < 2:
        return []
    common_people = distinctive(rows)
    scorer = Scorer(rows, labels, common_people, floor=min_score - GROUP_FLOOR_SLACK)
    rejected = set()
    if exclude_rejected:
        rejected = set(
            MergeRejection.objects.filter(review=review).values_list("first_id", "second_id")
        )
    max_lag = max(_reach(row) for row in rows)
    pairs: list[tuple[int, int, int]] = []
    for a, b in _candidates(rows, max_lag):
        if a.event_id is not None and a.event_id == b.event_id:
            continue
        # Cheap set tests first: a pair needs a strong kind, a distinctive word or a person
        # in common before its text is compared.
        if (
            a.strong_kinds.isdisjoint(b.strong_kinds)
            and len(a.words & b.words) < 2
            and not (a.people & b.people) - common_people
            and not has_links(a, b)
        ):
            continue
        key = (a.pk, b.pk) if a.pk < b.pk else (b.pk, a.pk)
        if key in rejected:
            continue
        found = scorer.pair(a, b)
        if found is not None and found.score >= min_score:
            pairs.append((found.score, *key))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return _group(pairs, scorer, rejected, min_score)


def _second_record(first: Row, second: Row) -> bool:
    """Two entries of one agency that may both belong to one event: dated the same day with
    two distinctive words in common (the ED attendance and the nurse's referral), a later one
    that names the earlier's date and kind, or a missing episode's report and the log of the
    child found, a day or two apart."""
    if first.start == second.start and len(first.words & second.words) >= 2:
        return True
    if first.references & second.references and abs(first.start - second.start) <= 3:
        return True  # the same occurrence's number: "WP/25/139552" reported, then "… upd."
    # The later record names the earlier's date and kind: the minutes of "strategy meeting
    # 23/09/25", a discharge "(adm 06/12)" from the ward that admitted.
    earlier, later = (first, second) if first.start <= second.start else (second, first)
    if (
        earlier.exact
        and earlier.start < later.start <= earlier.start + 16
        and earlier.start in later.cited
        and earlier.primary is not None
        and earlier.primary == later.primary
        and earlier.primary in earlier.strong_kinds
    ):
        return True
    return (
        _MISSING in first.kinds
        and _MISSING in second.kinds
        and first.exact
        and second.exact
        and 0 < abs(first.start - second.start) <= 2
    )


_MISSING = "missing episode"


def _copies_of_one(a: Row, b: Row, members: list[int], scorer: Scorer, min_score: int) -> bool:
    """Two agencies' records of one letter or report, each citing the date of the happening it
    reports (the clinic's letter filed by the health visitor on the 20th and by the GP on the
    26th): each need not fall within the other's lag when both match that happening."""
    for pk in members:
        source = scorer.by_pk[pk]
        if source.pk in (a.pk, b.pk) or not source.exact:
            continue
        if source.start not in a.cited or source.start not in b.cited:
            continue
        first, second = scorer.pair(source, a), scorer.pair(source, b)
        if first is not None and second is not None and min(first.score, second.score) >= min_score:
            return True
    return False


def _group(pairs, scorer: Scorer, rejected, min_score: int) -> list[GroupSuggestion]:
    """Join the pairs, best first, into groups whose every cross-agency pair fits."""
    group_of: dict[int, int] = {}
    groups: dict[int, list[int]] = {}
    best: dict[int, tuple[int, list[str]]] = {}
    by_pk = scorer.by_pk

    def fits(members: list[int], joining: list[int], again_ok: bool) -> bool:
        agencies = {by_pk[m].agency_id for m in members}
        again = False
        numbered = True  # every second record gives its sibling's occurrence number
        for j in joining:
            row = by_pk[j]
            if row.agency_id not in agencies:
                continue
            if not again_ok:
                return False
            again = True
            siblings = [by_pk[m] for m in members if by_pk[m].agency_id == row.agency_id]
            if not all(_second_record(s, row) for s in siblings):
                return False
            numbered = numbered and all(s.references & row.references for s in siblings)
        # (an occurrence's number ties its report and its update as surely as one agency's
        # words: the groups of each join as any two groups would)
        floor = min_score if again and not numbered else min_score - GROUP_FLOOR_SLACK
        total = compared = 0
        for m in members:
            for j in joining:
                if by_pk[m].agency_id == by_pk[j].agency_id:
                    continue
                key = (m, j) if m < j else (j, m)
                if key in rejected:
                    return False
                found = scorer.pair(by_pk[m], by_pk[j])
                if found is None or found.score < floor:
                    if _copies_of_one(by_pk[m], by_pk[j], [*members, *joining], scorer, min_score):
                        continue
                    return False
                total += found.score
                compared += 1
        return total >= (min_score - GROUP_SLACK) * compared

    def join(score: int, first: int, second: int, again_ok: bool) -> None:
        ga, gb = group_of.get(first), group_of.get(second)
        if ga is not None and ga == gb:
            return
        a_members = groups[ga] if ga is not None else [first]
        b_members = groups[gb] if gb is not None else [second]
        if ga is None and gb is not None:
            a_members, b_members = b_members, a_members
        if not fits(a_members, b_members, again_ok):
            return
        target = ga if ga is not None else (gb if gb is not None else first)
        merged = [*a_members, *b_members]
        for key in {k for k in (ga, gb) if k is not None and k != target}:
            groups.pop(key, None)
            absorbed = best.pop(key, None)
            if absorbed and target in best:
                best[target][1].extend(
                    r for r in absorbed[1] if r[0].isdigit() and r not in best[target][1]
                )
        groups[target] = merged
        for m in merged:
            group_of[m] = target
        found = scorer.pair(by_pk[first], by_pk[second])
        joined = found.reasons if found is not None else ()  # never None: fits() scored it
        if target not in best:
            best[target] = (score, list(joined))
        else:
            # Later joins add what they say about dates (a lag the first pair did not need).
            kept = best[target][1]
            kept.extend(r for r in joined if r[0].isdigit() and r not in kept)

    # One agency often records one happening twice the same day (the ED attendance and the
    # nurse's referral). Once every entry has found its group of one entry per agency, groups
    # may join that hold a second entry of one agency: if dated the same day as its agency's
    # entry with two distinctive words in common, and matching every member of the other
    # agencies at the threshold itself. Left to the end so that it never takes an entry from
    # its own event; a letter confirming a meeting's outcome next day is not the meeting.
    for again_ok in (False, True):
        for score, first, second in pairs:
            join(score, first, second, again_ok)
    result = []
    for key, members in groups.items():
        score, reasons = best[key]
        size = len(members)
        if size > 2:
            agencies = len({by_pk[m].agency_id for m in members})
            reasons = [f"{size} entries from {agencies} agencies", *reasons]
        members.sort(key=lambda m: (by_pk[m].start, m))
        result.append(GroupSuggestion(entry_ids=members, score=score, reasons=reasons))
    result.sort(key=lambda g: (-g.score, g.entry_ids))
    return result


def suggest_groups_attach(*, review: Review, groups: list[GroupSuggestion]) -> None:
    """Load the entries of these groups (one query) and attach them in date order."""
    ids = {pk for group in groups for pk in group.entry_ids}
    entries = ChronologyEntry.objects.filter(review=review, pk__in=ids).select_related(
        "agency", "event"
    )
    by_pk = {entry.pk: entry for entry in entries}
    for group in groups:
        group.entries = [by_pk[pk] for pk in group.entry_ids if pk in by_pk]
