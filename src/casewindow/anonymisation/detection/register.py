"""The people register as a recogniser: every person's real name and aliases, in every form a
case record uses them — full name, first name alone, title and surname ("Ms Okonkwo"),
possessives ("Jayden's", "the Okonkwos'"), any case, names split across a line break or
hyphenated over one — and their date of birth written in any usual way.

Matching runs on a view of the text in which a word hyphenated across a line break ("Okon-\\n
kwo") is joined up; offsets are mapped back to the original text."""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from casewindow.anonymisation.detection.identifiers import Span
from casewindow.anonymisation.detection.lexicon import zipf
from casewindow.anonymisation.detection.name_forms import (
    ROLE_WORDS,
    first_name_forms,
    initials,
    initials_pattern,
    middle_names,
)
from casewindow.anonymisation.detection.names import (
    casual,
    person_verb_follows,
    texting,
    word_as_thing,
)
from casewindow.anonymisation.detection.ordinary_words import (
    followed_by_place_word,
    ordinary_word_in_a_phrase,
    ordinary_word_starting_sentence,
    used_as_word,
    word_surname_as_name,
    written_as_a_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

# ("Cyngor Sir Ceredigion" is the county council, in Welsh: no knight.)
TITLES = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master|Prof|Professor|(?<!Cyngor )Sir|Dame|Lady|Lord|Rev|Revd)\.?"
)

# Names that are also ordinary English words: written all in lower case they are the word
# ("we hope", "a grace period", "in reading"), so only a capitalised occurrence is the name.
COMMON_WORDS_TEXT = """hope grace joy faith mark rose will bill may june april august summer dawn
amber ruby jack frank
rob pat sue ray lily iris holly ivy violet crystal river sky autumn patience charity heather
daisy art guy earl king brown white green black young hill wood reading bath hunter mason baker
cook carter fisher taylor miller smith walker wall page bell rich sunny storm star angel honey
precious blessing gift mercy chance hazel jasmine poppy pearl penny sandy victor victoria august
noble gay sterling price rice long short lane field rivers banks brook brooks dale ford marsh
moss reed ward west north south east park parks norman english french welsh scott may early late
love"""
COMMON_WORDS = frozenset(COMMON_WORDS_TEXT.split())


_SPECIAL_FOLDS = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i"}


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch
    if ch in _SPECIAL_FOLDS:
        return _SPECIAL_FOLDS[ch]
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() and base.isalpha() else ch


def fold_accents(text: str) -> str:
    """The text with accents taken off letters, one character for one ("Ionuț" → "Ionut"), so
    a name written with or without its accents is the same name and offsets still hold."""
    return text if text.isascii() else "".join(_fold_char(ch) for ch in text)


# "O'Neill", "D’Souza": written also "O’Neill", "ONeill", "O Neill".
_APOSTROPHE_PREFIX = re.compile(r"^([OD])['’‘](?=[A-Z])", re.IGNORECASE)
# "McDonagh", "MacAllister": written also "Mc Donagh", "MacDonagh", "Mac Allister".
_MAC_PREFIX = re.compile(r"^Ma?c(?=[A-Z])")


def _name_pattern(name: str) -> str:
    """A name as a pattern: any whitespace (including a line break) or a hyphen between words,
    straight or curly apostrophes, hyphens with optional space around them, accents or none
    (the text is matched with its accents taken off), "O'Neill" as "ONeill" or "O Neill",
    "McDonagh" as "Mc Donagh" or "MacDonagh"."""
    parts = []
    for word in fold_accents(name).split():
        prefix = ""
        if apostrophe := _APOSTROPHE_PREFIX.match(word):
            prefix = re.escape(apostrophe.group(1)) + r"(?:['’‘]\s?|\s)?"
            word = word[apostrophe.end() :]
        elif _MAC_PREFIX.match(word):
            prefix = r"Ma?c\s?"
            word = _MAC_PREFIX.sub("", word)
        word_pattern = re.escape(word)
        word_pattern = re.sub("['’‘]", "['’‘]", word_pattern)
        # A hyphenated name may be broken over a line (the hyphen then joined away).
        word_pattern = word_pattern.replace(r"\-", r"\s*-?\s*")
        parts.append(prefix + word_pattern)
    # Words apart by a hyphen too: "Lily Mae" is also "Lily-Mae".
    return r"(?:\s+|\s*-\s*)".join(parts)


# Ranks and roles written before a surname like a title: "PC Ward", "Nurse Baker", "Cllr Hill".
_ROLE_TITLES = (
    r"(?:PC|DC|DS|DI|DCI|DCS|Sgt|Sergeant|Insp|Inspector|Constable|Detective|Officer|Cllr|"
    r"Councillor|Nurse|Matron|Judge|HHJ|Pastor|Imam|Rabbi|Reverend|Fr)\.?"
)


# Not inside a word ("O'Neill", "can't", "Okafor-Reid"); a quote that opens a message may come
# before a name: 'ro is hidin in the cupboard'.
_NOT_INSIDE_A_WORD = r"(?<![\w-])(?<!\w['’])"


@dataclass(frozen=True)
class RegisterPerson:
    key: str
    label: str
    names: tuple[str, ...]
    date_of_birth: datetime.date | None = None


@dataclass(frozen=True)
class _Variant:
    pattern: str
    person_key: str
    kind: str  # "full", "first", "short" (a form of the first name), "surname"


def _date_forms(day: datetime.date) -> set[str]:
    d, m, y = day.day, day.month, day.year
    month, mon = day.strftime("%B"), day.strftime("%b")
    suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return {
        f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
        f"{d}/{m}/{y % 100:02d}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}",
        f"{y}-{m:02d}-{d:02d}", f"{d} {month} {y}", f"{d}{suffix} {month} {y}",
        f"{d} {mon} {y}", f"{month} {d}, {y}", f"{month} {d} {y}", f"{d}{suffix} of {month} {y}",
    }  # fmt: skip


@dataclass
class RegisterMatcher:
    """Finds the register's people in a text. Built once per review (or per batch)."""

    people: tuple[RegisterPerson, ...]
    _regex: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _titled: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _variants: dict[str, _Variant] = field(default_factory=dict, init=False, repr=False)
    _initials: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _initials_keys: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _dob_regex: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _dob_keys: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        variants: dict[str, _Variant] = {}
        for person in self.people:
            for name in _written_names(person.names):
                name = " ".join(name.split())
                if not name:
                    continue
                variants.setdefault(
                    name.casefold(), _Variant(_name_pattern(name), person.key, "full")
                )
                words = _name_words(name)
                if len(words) >= 3:
                    short = f"{words[0]} {words[-1]}"
                    variants.setdefault(
                        short.casefold(), _Variant(_name_pattern(short), person.key, "full")
                    )
                given = _given_words(words)
                if len(given) >= 2 and given != words:
                    # "Amy Kaur" of "DC Amy Kaur".
                    short = f"{given[0]} {given[-1]}"
                    variants.setdefault(
                        short.casefold(), _Variant(_name_pattern(short), person.key, "full")
                    )
                if len(words) >= 2:
                    # The first name after any title or role word ("Rajesh" of "Dr Rajesh
                    # Sharma"); "Nurse Pugh" has none.
                    first = given[0] if len(given) >= 2 else words[0]
                    if (
                        len(first) > 1
                        and not re.fullmatch(TITLES, first)
                        and first.casefold() not in ROLE_WORDS
                    ):
                        variants.setdefault(
                            first.casefold(), _Variant(_name_pattern(first), person.key, "first")
                        )
                    surname = words[-1]
                    variants.setdefault(
                        "surname:" + surname.casefold(),
                        _Variant(_name_pattern(surname), person.key, "surname"),
                    )
                elif len(words) == 1:
                    variants.setdefault(
                        words[0].casefold(), _Variant(_name_pattern(words[0]), person.key, "first")
                    )
        # Each part of a hyphenated surname, after every whole surname (so "Ms Okafor" is the
        # person whose surname is Okafor, not the child whose surname is Okafor-Reid).
        for person in self.people:
            for name in _written_names(person.names):
                words = _name_words(name)
                if len(words) >= 2 and "-" in words[-1]:
                    for part in words[-1].split("-"):
                        if len(part) > 1:
                            variants.setdefault(
                                "surname:" + part.casefold(),
                                _Variant(_name_pattern(part), person.key, "surname"),
                            )
        self._add_other_forms(variants)
        self._variants = {}
        if variants:
            # Longest first, so the alternation prefers "Jayden Okafor-Reid" over "Jayden";
            # at equal length a full or first name before a short form or a bare surname.
            rank = {"full": 0, "first": 1, "short": 2, "surname": 3}
            ordered = sorted(variants.values(), key=lambda v: (-len(v.pattern), rank[v.kind]))
            groups, titled = [], []
            for index, variant in enumerate(ordered):
                name = f"v{index}"
                self._variants[name] = variant
                if variant.kind == "surname":
                    # A title and a surname: "Ms Okafor", "Mr Hope". Tried before anything else,
                    # so the title goes with the surname, not with a first name that is spelt
                    # the same. A trailing "s" catches the family ("the Okafors'"). A surname
                    # that is an ordinary word is taken after a rank or role too ("PC Ward").
                    # (the title is tried once before the alternation; a rank or role taken
                    # before a surname that is no ordinary word is refused in `_find`)
                    titled.append(rf"(?P<t{name}>{variant.pattern})")
                    groups.append(rf"(?P<{name}>{variant.pattern}(?:s(?=['’]|\b))?)")
                else:
                    groups.append(rf"(?P<{name}>{variant.pattern})")
            tail = r")(?![\w-]|['’][a-rt-z])"
            # The title is tried once before the whole alternation rather than in each name's
            # branch (the same matches, far quicker to build and to run). A surname after a
            # title is the titled pattern's, which is matched first and wins the overlap.
            self._regex = re.compile(
                _NOT_INSIDE_A_WORD + rf"(?:\b{TITLES}\s+)?(?:" + "|".join(groups) + tail,
                re.IGNORECASE,
            )
            self._titled = (
                re.compile(
                    _NOT_INSIDE_A_WORD
                    + rf"\b(?:{TITLES}|(?P<role>{_ROLE_TITLES}))\s+(?:"
                    + "|".join(titled)
                    + tail,
                    re.IGNORECASE,
                )
                if titled
                else None
            )
        dob_keys = {}
        for person in self.people:
            if person.date_of_birth:
                for form in _date_forms(person.date_of_birth):
                    dob_keys[form.casefold()] = person.key
        if dob_keys:
            self._dob_keys = dob_keys
            self._dob_regex = re.compile(
                r"(?<![\w/.-])(?:"
                + "|".join(re.escape(f) for f in sorted(dob_keys, key=len, reverse=True))
                + r")(?![\w/]|\.\d)",
                re.IGNORECASE,
            )

    def _add_other_forms(self, variants: dict[str, _Variant]) -> None:
        """The forms of each name the register does not list (name_forms.py), after every
        listed name, so a person registered as "Will" keeps that name when "Will" is also
        another person's short form. Initials are matched apart, as written (capitals)."""
        initials_keys: dict[str, str] = {}
        initial_surnames: dict[str, str] = {}
        for person in self.people:
            for name in _written_names(person.names):
                words = _given_words(_name_words(fold_accents(name)))
                if not words:
                    continue
                forms = first_name_forms(words[0]) if len(words[0]) > 1 else set()
                for form in sorted(forms | set(middle_names(words))):
                    variants.setdefault(
                        form.casefold(), _Variant(_name_pattern(form), person.key, "short")
                    )
                if len(words) >= 3:
                    # "Muhammad Ibrahim" of "Muhammad Ibrahim Khan".
                    given = f"{words[0]} {words[1]}"
                    variants.setdefault(
                        given.casefold(), _Variant(_name_pattern(given), person.key, "full")
                    )
                for letters in initials(words):
                    initials_keys.setdefault(initials_pattern(letters), person.key)
                if len(words) >= 2 and words[0][:1].isalpha():
                    # "I. Marsh", "Mrs M Ward": the first name's initial and the surname, so
                    # a surname that is an ordinary word is the person after one.
                    initial = re.escape(words[0][0].upper())
                    surname = rf"{initial}\.?\s+(?i:{_name_pattern(words[-1])})"
                    initial_surnames.setdefault(surname, person.key)
        # Initial and surname first, after any title: "I. Marsh" is not the initials "IM".
        patterns = [*initial_surnames.items(), *initials_keys.items()]
        if patterns:
            self._initials_keys = {f"i{index}": key for index, (_, key) in enumerate(patterns)}
            named = [f"(?P<i{index}>{pattern})" for index, (pattern, _) in enumerate(patterns)]
            alternatives = named[len(initial_surnames) :]
            if initial_surnames:
                titled = rf"(?:\b{TITLES}\s+)?(?:" + "|".join(named[: len(initial_surnames)]) + ")"
                alternatives.insert(0, titled)
            self._initials = re.compile(
                r"(?<![\w'’.-])(?:" + "|".join(alternatives) + r")(?![\w-]|['’][a-rt-z])"
            )

    @staticmethod
    def _span(offsets: list[int], start: int, end: int, person_key: str) -> Span:
        return Span(offsets[start], offsets[end - 1] + 1, "PERSON", "register", 1.0, person_key)

    @classmethod
    def from_people(cls, people: Iterable[RegisterPerson]) -> RegisterMatcher:
        return cls(tuple(people))

    def find(
        self, text: str, doc: Doc | None = None, *, lowercase_words: bool = True
    ) -> list[Span]:
        return sorted(self._find(text, doc, lowercase_words), key=lambda s: s.start)

    def _find(self, text: str, doc: Doc | None, lowercase_words: bool) -> Iterator[Span]:
        """The register's people (and their dates of birth) in `text`. A name written all in
        lower case ("jayden") counts unless it is being used as an ordinary word: with the
        spaCy `doc` of the text, a lower-case word tagged as a verb, adjective, adverb and the
        like is the word ("we hope"); without it, `lowercase_words=False` ignores every
        lower-case single word (how a rendered file is checked)."""
        joined, offsets = join_hyphenated_breaks(text)
        joined = fold_accents(joined)
        taken: list[tuple[int, int]] = []
        if self._titled is not None:
            for match in self._titled.finditer(joined):
                variant = self._variants[_last_group(match)[1:]]
                if match.group("role") and variant.pattern.casefold() not in COMMON_WORDS:
                    continue  # "PC Okafor": the surname alone is found below
                taken.append((match.start(), match.end()))
                yield self._span(offsets, match.start(), match.end(), variant.person_key)
        if self._regex is not None:
            for match in self._regex.finditer(joined):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                variant = self._variants[_last_group(match)]
                found = match.group(0)
                has_title = re.match(TITLES + r"\s", found, re.IGNORECASE) is not None
                bare = re.sub(r"^" + TITLES + r"\s+", "", found, flags=re.IGNORECASE)
                # A surname alone counts only capitalised, and if an ordinary word only where
                # the word would not stand.
                if variant.kind == "surname" and (
                    not bare[:1].isupper()
                    or (bare.casefold() in COMMON_WORDS and not word_surname_as_name(joined, match))
                ):
                    continue
                if variant.kind == "short" and not written_as_a_name(bare):
                    continue
                does = False  # a quick note's small-letter name before a person's verb
                if not has_title and bare.islower() and len(bare.split()) == 1:
                    # A registered name that is a common word counts in small letters only
                    # inside a message written so, where it does not stand as the word: "star
                    # cries every nite", "i want see rocky" (not "ur a star").
                    in_message = (
                        lowercase_words
                        and zipf(bare) < 5.5
                        and texting(joined, match.start(), match.end())
                        and not word_as_thing(joined, match.start(), match.end())
                    )
                    # …or inside a quick note in small letters, before what only a person does
                    # ("patience says taku went", "memory rang") or a role or a name in brackets
                    # ("hope (fsw) went round", "sunny (arjan)").
                    noted = lowercase_words and casual(joined, match.start(), match.end())
                    does = (
                        noted
                        and person_verb_follows(joined, match.end())
                        and not _WORD_BEFORE.search(joined, 0, match.start())  # "my memory fails"
                    )
                    in_message = (
                        in_message
                        or does
                        or (noted and _NOTED_IN_BRACKETS.match(joined, match.end()) is not None)
                    )
                    if not lowercase_words or (bare.casefold() in COMMON_WORDS and not in_message):
                        continue
                    # The tagger guesses at a word it does not know ("bilal", "tharshan");
                    # only a name that is also an ordinary word can be the word. In a message
                    # it guesses at every word ("see tj n my baby rocky sunday"): there only a
                    # very common word can be one.
                    if (
                        doc is not None
                        and not does
                        and zipf(bare) >= (4.5 if in_message else 3.0)
                        and used_as_word(doc, offsets[match.start()])
                    ):
                        continue
                if not has_title and followed_by_place_word(joined, match.end()):
                    continue
                if (
                    not has_title
                    and not does
                    and ordinary_word_starting_sentence(joined, match, variant.kind, doc, offsets)
                ):
                    continue
                if not has_title and ordinary_word_in_a_phrase(joined, match, variant.kind):
                    continue
                taken.append((match.start(), match.end()))
                yield self._span(offsets, match.start(), match.end(), variant.person_key)
        if self._initials is not None:
            for match in self._initials.finditer(joined):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                if _SCHOOL_AFTER.match(joined, match.end()):
                    continue
                key = self._initials_keys[_last_group(match)]
                yield self._span(offsets, match.start(), match.end(), key)
        if self._dob_regex is not None:
            for match in self._dob_regex.finditer(text):
                yield Span(
                    match.start(),
                    match.end(),
                    "DATE_OF_BIRTH",
                    "register",
                    1.0,
                    self._dob_keys.get(match.group(0).casefold(), ""),
                )


# A role's letters or a name in small letters in brackets after a name in a quick note:
# "hope (fsw)", "lucky (jaspal)".
_NOTED_IN_BRACKETS = re.compile(r"[ \t]*\([a-z]{2,12}\)")
# …not where a word before makes it the word: "my memory fails", "no patience left".
_WORD_BEFORE = re.compile(
    r"\b(?i:my|his|her|their|our|your|its|the|a|an|no|this|that|any|some|much|more|less)[ \t]+$"
)


# Letters before the kind of a school are its denomination, not initials: "St Anne's RC Primary".
_SCHOOL_AFTER = re.compile(
    r"\s+(?:Primary|Junior|Infant|First|Middle|High|Secondary|School|Academy|College|Church|"
    r"Aided|Nursery)\b"
)


# A name inside brackets or double quotes in a registered name: "Bridget (Biddy) Ward",
# 'Jayden "JJ" Okafor', "Jane Smith (née Jones)".
_ASIDE = re.compile(r"\(([^()]*)\)|[\"“”]([^\"“”]*)[\"“”]")
_ASIDE_WORDS = re.compile(r"^(?i:née|nee|formerly|aka|a\.k\.a\.|known as|also)\s+")


def _written_names(names: Iterable[str]) -> list[str]:
    """The registered names as the matcher reads them: an aside in brackets or quotes a name
    of its own, "Okafor, Jayden" as "Jayden Okafor"."""
    out = []
    for name in names:
        for aside in _ASIDE.finditer(name):
            out.append(_ASIDE_WORDS.sub("", (aside.group(1) or aside.group(2) or "").strip()))
        name = " ".join(_ASIDE.sub(" ", name).split())
        surname, comma, given = name.partition(",")
        if comma and surname.strip() and given.strip() and "," not in given:
            name = f"{given.strip()} {surname.strip()}"
        out.append(name)
    return [name for name in out if name.strip()]


_SUFFIX = re.compile(r"(?i:jnr|jr|junior|snr|sr|senior|ii|iii|iv)\.?")


def _name_words(name: str) -> list[str]:
    """The words of a registered name without a suffix after the surname ("Patrick Ward Jnr"
    → "Patrick", "Ward")."""
    words = name.split()
    while len(words) > 2 and _SUFFIX.fullmatch(words[-1]):
        words.pop()
    return words


def _given_words(words: list[str]) -> list[str]:
    """The words of a registered name without the titles and role words before it ("Dr",
    "DC", "Granny")."""
    start = 0
    while start < len(words) and (
        re.fullmatch(TITLES, words[start]) or words[start].casefold() in ROLE_WORDS
    ):
        start += 1
    return words[start:]


def _last_group(match: re.Match[str]) -> str:
    """The name of the group that matched: a register pattern is an alternation of named
    groups, so there always is one."""
    name = match.lastgroup
    if name is None:
        raise ValueError(f"no named group matched in {match.re.pattern[:40]!r}")
    return name


_HYPHEN_BREAK = re.compile(r"(?<=\w)-[ \t]*\r?\n[ \t]*(?=\w)")


def join_hyphenated_breaks(text: str) -> tuple[str, list[int]]:
    """The text with words hyphenated across a line break joined up, and for each character of
    it the offset of the same character in the original text."""
    if "\n" not in text:
        return text, list(range(len(text) + 1))
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for match in _HYPHEN_BREAK.finditer(text):
        pieces.append(text[last : match.start()])
        offsets.extend(range(last, match.start()))
        last = match.end()
    pieces.append(text[last:])
    offsets.extend(range(last, len(text)))
    offsets.append(len(text))
    return "".join(pieces), offsets
