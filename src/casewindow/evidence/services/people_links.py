"""Suggesting people from the register who are named in a text (a document page, a chronology
entry, conversation notes), so reviewers can tag the text with them.

A person is found by their real name or any alias, whatever the case ("CHLOE SMITH", "chloe
smith"), and by parts of their real name written as names usually are: the first name or the
surname alone with a capital letter ("Chloe", "Haddad"), or the surname after a title ("Dr
Haddad", "mrs smith"). Possessives ("Chloe's", with a straight or curly apostrophe) match
without the "'s"; hyphenated names match whole ("Mary-Jane", and "Mary Jane" for
"Mary-Jane"), and a name is never found inside a longer hyphenated one ("Jane" is not in
"Mary-Jane").

Where names overlap the longest wins ("Samir Haddad" rather than another Haddad's surname); when
two people share exactly the same name both are suggested, for a reviewer to choose.

The text is read word by word once (about a second for 1 MB of text, some 300 pages, whatever
the size of the register). Callers matching many texts of one review can build the
register index once with `people_register_index` and pass it in."""

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from casewindow.reviews.models import Person, Review

# A word: letters and digits, with inner apostrophes (O'Brien, Chloe's). Hyphens separate words.
_APOSTROPHES = "'\u2019"
_HYPHENS = "\\-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen
_WORD = re.compile(rf"\w+(?:[{_APOSTROPHES}]\w+)*")
# What may stand between two words of one name: spaces (including a line break) or a hyphen.
_NAME_GAP = re.compile(rf"\s+|\s*[{_HYPHENS}]\s*")
_HYPHEN_JOIN = re.compile(rf"[{_HYPHENS}]")
_AFTER_TITLE = re.compile(r"\.?\s+")
_POSSESSIVE = re.compile(rf"[{_APOSTROPHES}]s$", re.IGNORECASE)

# Titles that may stand before a name. After a title a surname alone is enough ("Dr Haddad").
TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame",
        "pc", "dc", "ds", "di", "dci", "sgt", "sergeant", "insp", "inspector", "cllr",
        "nurse", "sister", "rev", "revd", "father",
    }
)  # fmt: skip


class MatchKind(StrEnum):
    NAME = "name"  # the whole real name
    ALIAS = "alias"
    FIRST_NAME = "first name"  # capitalised in the text
    SURNAME = "surname"  # capitalised in the text, or after a title


# Kinds found whatever the case of the text; the others only when written as a name.
_ANY_CASE = {MatchKind.NAME, MatchKind.ALIAS}
_PRIORITY = {MatchKind.NAME: 0, MatchKind.ALIAS: 1, MatchKind.SURNAME: 2, MatchKind.FIRST_NAME: 3}


@dataclass(frozen=True)
class NameSpan:
    """Where a name was found: text[start:end] == text_found (a title before it included)."""

    start: int
    end: int
    text_found: str
    kind: MatchKind


@dataclass
class PersonMatch:
    """A person of the register named in a text, with every place they were found."""

    person: Person
    spans: list[NameSpan] = field(default_factory=list)

    @property
    def first_start(self) -> int:
        return self.spans[0].start

    @property
    def names_found(self) -> list[str]:
        """The distinct ways the text names them, in order of first appearance."""
        seen: dict[str, None] = {}
        for span in self.spans:
            seen.setdefault(span.text_found, None)
        return list(seen)


def _key(word: str) -> str:
    return word.casefold().replace("\u2019", "'")


def _name_words(name: str) -> list[str]:
    return [_key(w) for w in _WORD.findall(name)]


def _name_parts(name: str) -> list[list[str]]:
    """A name's space-separated parts, each as its words: "Dr Mary-Jane Smith" →
    [["mary", "jane"], ["smith"]] (leading titles dropped, as long as a name is left)."""
    parts = [words for part in name.split() if (words := _name_words(part))]
    while len(parts) > 1 and len(parts[0]) == 1 and parts[0][0] in TITLES:
        parts = parts[1:]
    return parts


@dataclass
class PeopleRegisterIndex:
    """The register's names as word sequences → the people (and how) they name."""

    names: dict[tuple[str, ...], list[tuple[Person, MatchKind]]]
    longest: int
    first_words: frozenset[str] = frozenset()

    @classmethod
    def build(cls, people: Iterable[Person]) -> "PeopleRegisterIndex":
        found: dict[tuple[str, ...], dict[int, tuple[Person, MatchKind]]] = defaultdict(dict)

        def add(words: list[str], person: Person, kind: MatchKind) -> None:
            if not words:
                return
            entry = found[tuple(words)]
            current = entry.get(person.pk)
            # One person, one way of being named by these words: the strongest.
            if current is None or _PRIORITY[kind] < _PRIORITY[current[1]]:
                entry[person.pk] = (person, kind)

        for person in people:
            # "Dr Samir Haddad" in the register is found as "Samir Haddad" too.
            parts = _name_parts(person.real_name)
            add([w for part in parts for w in part], person, MatchKind.NAME)
            for alias in person.aliases or []:
                add(_name_words(str(alias)), person, MatchKind.ALIAS)
            if len(parts) > 1:
                # Parts of a name shorter than three letters ("Jo", "Li") suggest too much.
                first, last = parts[0], parts[-1]
                if len("".join(first)) > 2:
                    add(first, person, MatchKind.FIRST_NAME)
                if len("".join(last)) > 2:
                    add(last, person, MatchKind.SURNAME)
        names = {words: list(people.values()) for words, people in found.items()}
        return cls(
            names=names,
            longest=max((len(w) for w in names), default=0),
            first_words=frozenset(words[0] for words in names),
        )


def people_register_index(*, review: Review) -> PeopleRegisterIndex:
    """The review's people register, ready for matching many texts."""
    return PeopleRegisterIndex.build(Person.objects.filter(review=review).order_by("pk"))


class _Words:
    """The words of a text (positions, keys, capitals) and what stands between them, worked
    out only where a name could start, so most words cost one set lookup."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []  # without a possessive "'s"
        self.keys: list[str] = []
        for match in _WORD.finditer(text):
            word, end = match.group(), match.end()
            if ("'" in word or "\u2019" in word) and len(word) > 2 and _POSSESSIVE.search(word):
                word, end = word[:-2], end - 2
            self.starts.append(match.start())
            self.ends.append(end)
            self.keys.append(_key(word))
        self.count = len(self.keys)

    def gap(self, i: int) -> str:
        """What stands between word i and word i+1."""
        return self.text[self.ends[i] : self.starts[i + 1]]

    def joinable(self, i: int) -> bool:
        """Words i and i+1 may be parts of one name: only spaces or a hyphen between (a
        possessive "'s" left in the gap ends the name)."""
        return _NAME_GAP.fullmatch(self.gap(i)) is not None

    def hyphen_joined(self, i: int) -> bool:
        return (
            0 <= i < self.count - 1 and self.joinable(i) and bool(_HYPHEN_JOIN.search(self.gap(i)))
        )

    def capitalised(self, i: int) -> bool:
        return self.text[self.starts[i]].isupper()

    def titled(self, i: int) -> bool:
        return (
            i > 0 and self.keys[i - 1] in TITLES and bool(_AFTER_TITLE.fullmatch(self.gap(i - 1)))
        )


def people_suggest(
    *, review: Review, text: str, index: PeopleRegisterIndex | None = None
) -> list[PersonMatch]:
    """People of the review's register named in `text`, in order of first mention, each with
    the spans where they were found. `index` (from `people_register_index`) saves rebuilding
    the register's names when matching many texts."""
    if index is None:
        index = people_register_index(review=review)
    if not text or not index.names:
        return []
    words = _Words(text)
    first_words = index.first_words
    matches: dict[int, PersonMatch] = {}
    i = 0
    while i < words.count:
        # A name never starts in the middle of a hyphenated word ("Jane" in "Mary-Jane").
        if words.keys[i] not in first_words or words.hyphen_joined(i - 1):
            i += 1
            continue
        titled = words.titled(i)
        found = _longest_name_at(words, index, i, titled)
        if found is None:
            i += 1
            continue
        length, people = found
        start = words.starts[i - 1] if titled else words.starts[i]
        end = words.ends[i + length - 1]
        for person, kind in people:
            span = NameSpan(start=start, end=end, text_found=text[start:end], kind=kind)
            matches.setdefault(person.pk, PersonMatch(person=person)).spans.append(span)
        i += length
    return sorted(matches.values(), key=lambda m: m.first_start)


def _longest_name_at(
    words: _Words, index: PeopleRegisterIndex, i: int, titled: bool
) -> tuple[int, list[tuple[Person, MatchKind]]] | None:
    for length in range(min(index.longest, words.count - i), 0, -1):
        last = i + length - 1
        # Nor does a name end in the middle of one ("Mary" in "Mary-Jane").
        if words.hyphen_joined(last):
            continue
        people = index.names.get(tuple(words.keys[i : last + 1]))
        if not people or not all(words.joinable(j) for j in range(i, last)):
            continue
        written_as_name = words.capitalised(i)
        allowed = [
            (person, kind)
            for person, kind in people
            if kind in _ANY_CASE
            or (kind == MatchKind.FIRST_NAME and written_as_name)
            or (kind == MatchKind.SURNAME and (written_as_name or titled))
        ]
        if allowed:
            return length, allowed
    return None
