"""Suggesting groups of chronology entries, from several agencies, that record one event.

Agencies record one happening in their own words, on their own dates: a referral sent on Friday
is received on Monday, a strategy discussion's minutes reach the health visitor days later, the
GP files the hospital's discharge letter a fortnight after the attendance. One side writes
"s47", "NFA", "ED", the other spells it out. So each entry is read through a glossary of
safeguarding vocabulary (`glossary.yaml`): every way of writing a concept becomes one token, and
the concepts that name a kind of happening (strategy discussion, conference, home visit,
attendance, referral, incident...) give the entry its kinds. What the later entry says about
itself (a letter, minutes, a notification received) sets how far back its event may be; an
entry that says nothing of a delay is looked for on its own day (across midnight at night, and
the next day only when the descriptions are near-identical). A date the entry cites ("minutes of
15/5.") or a day it names ("on Saturday", "yesterday", "at the weekend") ties it to that day.

Pairs are scored out of 100 on four signals: the kind of happening, the words in common after
the glossary (and how alike the descriptions read), the people in common (the register, found in
the agencies' people column and the text) and how close the dates are for that kind of record.
Kinds must agree for much credit: an entry recording one kind of happening that mentions
another in passing (a strategy discussion "following the incident") gets none for it, and a
routine kind in common (a call, a home visit) with only the child in common is not evidence.
Pairs at or above the threshold are joined into groups, one entry per agency, and two groups
only join when every pair across them scores within GROUP_FLOOR_SLACK of the threshold and their
average reaches it, so an event does not chain into its neighbours while a terse note that reads
little like one member can still join the rest. A second pass lets an agency's second record of
the same happening that day join (the ED attendance and the nurse's referral), matching every
other agency's member at the threshold itself. Every group carries its reasons.

The entries are swept in date order with a window set by each entry's lag, so the work grows
with entries times their window, never with all pairs; cheap set tests (a kind or a distinctive
word or person in common) come before the text comparison."""

from .grouping import MIN_SCORE, GroupSuggestion, suggest_groups, suggest_groups_attach
from .vocabulary import glossary

__all__ = ["MIN_SCORE", "GroupSuggestion", "glossary", "suggest_groups", "suggest_groups_attach"]
