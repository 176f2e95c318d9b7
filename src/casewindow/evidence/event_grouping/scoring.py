"""Scoring a pair of entries out of 100: kind of happening, words, people and dates."""

import datetime
from dataclasses import dataclass

from rapidfuzz import fuzz

from casewindow.reviews.models import Person

from .dates import SENT_LAG, SENT_REASON, TOLD_LAG, TOLD_REASON, working_days
from .entries import Row
from .vocabulary import glossary

# Weights of the four signals in a score out of 100.
KIND_WEIGHT, WORDS_WEIGHT, PEOPLE_WEIGHT, DATE_WEIGHT = 30, 30, 20, 20
# An entry with no lag of its own may still be dated the next day across midnight: an entry
# made from this time of day (minutes) onwards, or one dated the next day before EARLY_MORNING.
LATE_EVENING = 20 * 60
EARLY_MORNING = 6 * 60
NIGHT_REASON = "overnight: the evening before and the early hours"
# The date signal of an entry dated the next working day that says nothing of recording a past
# happening ("received", "yesterday", "minutes"...): on the labelled cases such pairs are
# nearly always two happenings, so only near-identical descriptions reach the threshold.
NEXT_DAY_DATE = 0.2
# The kind credit left when an entry records another strong kind of happening and mentions
# this one's kind in passing (a strategy discussion "following the incident"): on the tuning
# cases such pairs scoring at the threshold were one event 7 times in 25.
CROSS_KIND_FACTOR = 0.0
# Kinds whose record is about another happening (a referral tells of an incident).
REPORTING_KINDS = frozenset({"referral"})
# The meetings an agency prepares for (a report, apologies, research for MARAC): an entry about
# preparing is not the meeting, but its own happening of another kind stays itself.
MEETING_KINDS = frozenset(
    {
        "strategy discussion",
        "initial child protection conference",
        "review child protection conference",
        "discharge planning meeting",
        "core group",
        "child in need meeting",
        "marac",
        "exploitation panel",
        "looked after review",
        "early help meeting",
        "professionals meeting",
        "family group conference",
        "ehcp annual review",
        "court hearing",
    }
)
# A cited date or a named agency counts as this share of the words signal.
LINK_WEIGHT = 0.2
# An entry naming the other's agency, on the same day within this many minutes of it (or citing
# its date), is that agency's message arriving: it counts as this share of the words signal.
CONTACT_MINUTES = 120
CONTACT_WEIGHT = 0.5
# What ties two entries to one happening beyond a near date and the family's names: a kind of
# happening in common (at least this kind credit), a cited date or a named agency, a time within
# CONTACT_MINUTES, or this many distinctive words in common. A pair with none of these (a GP
# appointment and a school note the same day about the same child) loses UNTIED_PENALTY: on the
# tuning cases, of 81 such pairs scoring 45 or more without it, none was one event.
TIE_KIND = 0.5
TIE_WORDS = 2
UNTIED_PENALTY = 15


@dataclass
class Pair:
    """A scored pair; its reasons are written only when a suggestion shows them."""

    score: int
    when: str
    shared_kinds: frozenset[str]
    shared_words: frozenset[str]
    shared_people: frozenset[str]
    labels: dict[int, str]
    links: tuple[str, ...] = ()  # a cited date, a named agency

    @property
    def reasons(self) -> list[str]:
        reasons = []
        if self.shared_kinds:
            reasons.append("Same kind of happening: " + " / ".join(sorted(self.shared_kinds)))
        reasons.append(self.when)
        reasons.extend(self.links)
        if self.shared_words:
            shown = sorted({w.lstrip("§").replace("_", " ") for w in self.shared_words})
            reasons.append("Words in common: " + ", ".join(shown[:8]))
        names = sorted(
            {
                self.labels.get(int(p[2:]), "") if p.startswith("p:") else p[2:].title()
                for p in self.shared_people
            }
            - {""}
        )
        if names:
            reasons.append("Both involve " + ", ".join(names))
        return reasons


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class Scorer:
    def __init__(
        self,
        rows: list[Row],
        labels: dict[int, str],
        common_people: frozenset[str],
        floor: int = 0,
    ):
        # Pairs scoring below the floor count nowhere (not suggested, not kept in a group).
        self.floor = floor
        self.labels = labels
        self.common_people = common_people
        self.by_pk = {row.pk: row for row in rows}
        self.cache: dict[tuple[int, int], Pair | None] = {}
        self.kind_strength = glossary().kinds
        self.related = glossary().related
        self.channels = glossary().channels
        # The review's children: in most entries of a case between them, so sharing one says
        # little about which happening two entries record.
        self.children = frozenset(
            f"p:{pk}"
            for pk in Person.objects.filter(
                pk__in={int(p[2:]) for row in rows for p in row.people if p.startswith("p:")},
                category="child",
            ).values_list("pk", flat=True)
        )
        self.weak_kind_names = frozenset(k for k, v in self.kind_strength.items() if v < 1)
        self.weak_kinds = frozenset("§" + k.replace(" ", "_") for k in self.weak_kind_names)
        self.kind_tokens = frozenset("§" + k.replace(" ", "_") for k in self.kind_strength)

    def window(self, earlier: Row, later: Row) -> tuple[int, str]:
        """How many working days the later entry may lag the earlier one, and why. An entry
        that says nothing about recording a past happening is looked for on the same day only,
        except across midnight (a late-evening incident, the early-hours attendance)."""
        if later.agency_id in earlier.sent_to and later.lag < SENT_LAG:
            return SENT_LAG, SENT_REASON
        # Being told comes first: a late-evening incident that the other agency names is looked
        # for TOLD_LAG days on, not only across midnight.
        if earlier.agency_id in later.mentions and later.lag < TOLD_LAG:
            return TOLD_LAG, TOLD_REASON
        if later.lag == 0 and (
            (earlier.minute is not None and earlier.minute >= LATE_EVENING)
            or (later.minute is not None and later.minute < EARLY_MORNING)
        ):
            return 1, NIGHT_REASON
        return later.lag, later.lag_reason

    def pair(self, a: Row, b: Row) -> Pair | None:
        """The score of two entries, or None when they cannot be one event."""
        key = (a.pk, b.pk) if a.pk < b.pk else (b.pk, a.pk)
        if key not in self.cache:
            self.cache[key] = self._pair(a, b)
        return self.cache[key]

    def _pair(self, a: Row, b: Row) -> Pair | None:
        if a.agency_id == b.agency_id or a.outside or b.outside:
            return None  # a letter confirming a conference's outcome is not the conference
        earlier, later = (a, b) if (a.start, a.pk) <= (b.start, b.pk) else (b, a)
        lag, lag_reason = self.window(earlier, later)
        gap = working_days(earlier.end, later.start)
        overlap = earlier.start <= later.end and later.start <= earlier.end
        cites = any(earlier.start <= day <= earlier.end for day in later.cited | later.recalled)
        unexplained = False  # a day later with nothing to say the record came later
        # The later entry names the day of the meeting it records, and it is another day: the
        # minutes of "strategy meeting 11/02" are not the call of the 10th that arranged it, nor
        # the medical of the 9th that the meeting planned.
        if (
            later.cited
            and not cites
            and earlier.exact
            and later.start > earlier.end
            and later.primary in MEETING_KINDS
        ):
            return None
        if gap > lag and not cites:
            if not (gap == 1 and lag == 0):
                return None
            unexplained, lag = True, 1
        links = _links(a, b)
        # One agency telling another: an entry naming the other's agency, written within
        # CONTACT_MINUTES of it the same day, or saying it records something received and citing
        # its date, records the same exchange (a call, a notification) however differently each
        # side words it. An entry of its own happening that only recalls an earlier date (a
        # visit "since 1/8") is not the exchange.
        # A letter or an e-mail recorded as sent by one and as received from it by the other
        # is that message, a week apart or not.
        contact = "One names the other's agency" in links and (
            _close_in_time(earlier, later)
            or (cites and earlier.exact and later.exact and later.lag > 0)
            or (
                earlier.primary in self.channels
                and earlier.primary == later.primary
                and earlier.agency_id in later.mentions
                and later.lag > 0
            )
        )
        # Dates: the nearer for this kind of record, the better; a range overlap is weaker.
        exact = earlier.exact and later.exact
        if cites:
            date = 1.0
        elif unexplained:
            date = NEXT_DAY_DATE
        elif exact:
            date = 1 - gap / (lag + 1) * 0.6
        else:
            date = 0.75 if overlap else 0.4 * (1 - gap / (lag + 1))
        # Kind of happening. Measured on the labelled tuning cases, pairs whose kinds agree only
        # in passing (a kind each mentions but neither records) or that have no kind in common
        # are rarely one event, so they get little credit here.
        strength = self.kind_strength
        shared_kinds = a.kinds & b.kinds
        if a.primary is not None and a.primary == b.primary:
            kind = strength[a.primary]
        elif shared_kinds & self.channels and (
            a.primary in self.channels
            or b.primary in self.channels
            or _sent_and_received(earlier, later)
        ):
            # One records the call (or letter) itself, the other what the call was about.
            kind = max(strength[k] for k in shared_kinds & self.channels)
        elif a.primary in b.kinds or b.primary in a.kinds:
            kind = 0.7 * max(strength[k] for k in shared_kinds)
            # The other entry records another kind of happening and mentions this one (a
            # strategy discussion about last night's incident is not the incident; nor is a
            # home visit where mum says the baby went to hospital at the weekend). A call or a
            # letter about the happening may be its news arriving, so channels keep the credit.
            holder, recorded = (b, a) if a.primary in b.kinds else (a, b)
            if (
                holder.primary is not None
                and recorded.primary is not None
                and holder.primary not in self.channels
                and holder.primary not in REPORTING_KINDS
                and holder.primary not in self.related.get(recorded.primary, ())
            ):
                kind *= CROSS_KIND_FACTOR
        elif (
            a.primary is not None
            and b.primary is not None
            and b.primary in self.related.get(a.primary, ())
        ):
            kind = 0.7 * max(strength[a.primary], strength[b.primary])
        elif shared_kinds:
            kind = 0.2 * max(strength[k] for k in shared_kinds)
        elif (a.kinds - self.channels) and (b.kinds - self.channels):
            kind = 0.0  # two kinds of happening; a letter or a call may be about either
        else:
            kind = 0.2
        # (Preparing is for a meeting: a referral that also asks for "a report for the
        # conference" is still the referral its receiver records.)
        if (a.preparation or b.preparation) and not (
            a.primary is not None and a.primary == b.primary and a.primary not in MEETING_KINDS
        ):
            # A report for a meeting, apologies for it, a letter confirming its outcome: the
            # agency's own work around the happening, not the happening (and two agencies'
            # reports for one conference are two reports).
            kind *= 0.3
        if "referral" in shared_kinds and not _ends_meet(a, b):
            # Each names the other end of its referral, and they are not the same two agencies
            # (the GP's referral to the ward, the ward's referral to social care): two referrals.
            kind, contact = 0.0, False
        # People.
        shared_people = a.people & b.people
        if not a.people or not b.people:
            people = 0.4
        elif shared_people - self.common_people:
            people = 1.0
        elif shared_people:
            people = 0.6
        else:
            people = 0.0
        # A routine kind in common (a call, a letter, a home visit) already counts as the kind
        # of happening: it is not also a word in common. Nor is it evidence on its own: with no
        # distinctive word, person or link in common, two calls about the child the same day
        # are two calls.
        shared_words = (a.words & b.words) - self.weak_kinds
        if (
            kind
            and shared_kinds
            and shared_kinds <= self.weak_kind_names
            and not shared_words - self.kind_tokens
            and not shared_people - self.common_people - self.children
            and not links
        ):
            kind = 0.0
        # An exchange about another kind of happening than the one recorded (a strategy
        # discussion that names the police and the weekend's incident) is not that happening.
        contact = contact and (kind > 0 or a.primary is None or b.primary is None)
        partial = KIND_WEIGHT * kind + PEOPLE_WEIGHT * people + DATE_WEIGHT * date
        if round(partial + WORDS_WEIGHT) < self.floor:
            return None  # cannot reach the lowest score that counts, whatever the words
        # Words in common after the glossary, and how alike the descriptions read.
        smaller = min(len(a.words), len(b.words)) or 1
        overlap_share = min(
            1.0,
            len(shared_words) / min(smaller, 6)
            + LINK_WEIGHT * len(links)
            + (CONTACT_WEIGHT if contact else 0.0),
        )
        words = overlap_share
        if overlap_share < 0.7:  # the text comparison can only raise a weaker word overlap
            similarity = fuzz.token_set_ratio(a.text, b.text) / 100
            words = max(overlap_share, max(0.0, similarity - 0.4) / 0.6 * 0.7)
        score = round(partial + WORDS_WEIGHT * words)
        distinct_words = {w for w in shared_words if not w.startswith("§")}
        if not (
            kind >= TIE_KIND or links or _close_in_time(a, b) or len(distinct_words) >= TIE_WORDS
        ):
            score -= UNTIED_PENALTY
        if score < self.floor:
            return None
        if exact:
            days = later.start - earlier.start
            when = "Same date" if days == 0 else f"{_plural(days, 'day')} apart"
            if lag_reason and (days > 1 or (days == 1 and lag_reason == NIGHT_REASON)):
                when += f" ({lag_reason})"
        else:
            when = "Dates overlap (one date is not exact)" if overlap else f"{gap} days apart"
        return Pair(
            score=score,
            when=when,
            shared_kinds=shared_kinds,
            shared_words=frozenset(a.surface.get(w, w) for w in shared_words),
            shared_people=shared_people,
            labels=self.labels,
            links=links,
        )


def _sent_and_received(earlier: Row, later: Row) -> bool:
    """The earlier entry sends something to the later's agency, and the later records receiving
    something from the earlier's ("letter to children's social care - summary of contacts",
    "letter received from the hospital's safeguarding team (dated 22 September)"): the two ends
    of one message, whatever each says it was about."""
    return (
        later.agency_id in earlier.sent_to and earlier.agency_id in later.mentions and later.lag > 0
    )


def _ends_meet(a: Row, b: Row) -> bool:
    """Whether two referral entries can be the two ends of one referral: each is by or names the
    other's agency (a referral "to the MASH" names children's social care). An entry that names
    no agency leaves it open."""
    if not a.ends or not b.ends:
        return True
    return b.agency_id in a.ends and a.agency_id in b.ends


def _close_in_time(a: Row, b: Row) -> bool:
    """Written the same day, within CONTACT_MINUTES of each other."""
    return (
        a.exact
        and b.exact
        and a.start == b.start
        and a.minute is not None
        and b.minute is not None
        and abs(a.minute - b.minute) <= CONTACT_MINUTES
    )


def has_links(a: Row, b: Row) -> bool:
    """Whether _links finds anything (cheaply, for the pre-filter)."""
    if b.agency_id in a.mentions or a.agency_id in b.mentions:
        return True
    if not (a.cited or a.recalled or b.cited or b.recalled):
        return False
    earlier, later = (a, b) if a.start <= b.start else (b, a)
    return any(earlier.start <= day <= earlier.end for day in later.cited | later.recalled)


def _links(a: Row, b: Row) -> tuple[str, ...]:
    """What ties two entries beyond their words: one cites the other's date, or names the
    other's agency."""
    links = []
    earlier, later = (a, b) if a.start <= b.start else (b, a)
    if later.cited or later.recalled:  # most entries cite no date: skip the set work
        cited = [day for day in later.cited | later.recalled if earlier.start <= day <= earlier.end]
        if cited:
            when = datetime.date.fromordinal(min(cited))
            links.append(f"One refers to the other's date ({when.day} {when:%B})")
    if b.agency_id in a.mentions or a.agency_id in b.mentions:
        links.append("One names the other's agency")
    return tuple(links)
