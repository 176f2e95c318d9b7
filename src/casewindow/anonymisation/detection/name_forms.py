"""The other forms of a registered name that a case record uses without the register listing
them: short and pet forms and other spellings of the first name ("Elizabeth" → "Liz", "Beth";
"Mohammed" → "Mo", "Muhammad"), a middle name used as the name ("Muhammad Ibrahim Khan" →
"Ibrahim"), the parts of a hyphenated first name ("Summer-Rose" → "Summer"), and initials
("Patrick John McDonagh" → "PJM", "PJ", "P.J.")."""

from __future__ import annotations

import functools
from pathlib import Path

from casewindow.anonymisation.detection.lexicon import zipf

DATA = Path(__file__).resolve().parent / "data"

# Abbreviations a note uses that are not a person's initials, even when someone's name has them.
NOT_INITIALS_TEXT = """ok cp ed hv sw gp eh pc dc ds ta nb na ae am pm uk us tbc nfa cin cla
lac sn dv ps ss iro
sen la ld mh ot pe re rn so sg ym hr it id tv bbc nhs ni dob pa pt wm ma mp ae st dr op md
bc ic fc ac le aa yot icpc rcpc cp cpp pn pcso yp ct gcse da bp iv tb ng ks dna wnb ewo dsl slt
yos yjs rhi cse cce asd uc hm cv fe ey iq od ms ai dt"""
NOT_INITIALS = frozenset(NOT_INITIALS_TEXT.split())

# A register name starting with a role or a kinship word ("Nurse Pugh", "Granny Nora",
# "PC Dhillon"): that word is not the person's first name.
ROLE_WORDS_TEXT = """nurse sister matron pc dc ds di dci dcs sgt sergeant inspector officer hv sw
cllr judge granny grandma grandad grandpa gran nan nana nanny auntie aunty aunt uncle cousin baby
little big young old"""
ROLE_WORDS = frozenset(ROLE_WORDS_TEXT.split())

# Small words inside a name that are not a given name or a surname of their own.
_PARTICLES_TEXT = """de da di do dos das del della der den van von ter ten le la du al el bin bint
ibn abu ap mac"""
_PARTICLES = frozenset(_PARTICLES_TEXT.split())


@functools.cache
def _short_form_table() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """From short_forms.txt: each spelling of a name → its other spellings and short forms, and
    each short form → the spellings of the names it is short for."""
    forms: dict[str, set[str]] = {}
    longer: dict[str, set[str]] = {}
    for line in (DATA / "short_forms.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        heads_text, _, shorts_text = line.partition(":")
        heads, shorts = heads_text.split(), shorts_text.split()
        for head in heads:
            forms.setdefault(head, set()).update(heads + shorts)
        for short in shorts:
            longer.setdefault(short, set()).update(heads)
    return (
        {name: frozenset(f) for name, f in forms.items()},
        {name: frozenset(f) for name, f in longer.items()},
    )


def first_name_forms(first: str) -> set[str]:
    """The short forms and other spellings of a first name written without accents,
    capitalised ("Elizabeth" → "Liz", "Lizzie", "Beth", …; "Bill" → "William"), and each part
    of a hyphenated first name ("Lily-Mae" → "Lily", "Mae")."""
    forms, longer = _short_form_table()
    plain = first.casefold()
    found = set(forms.get(plain, ())) | set(longer.get(plain, ()))
    for part in plain.split("-"):
        if part != plain and len(part) > 2:
            found.add(part)
            found |= forms.get(part, set())
    found.discard(plain)
    return {form.capitalize() for form in found}


def middle_names(words: list[str]) -> list[str]:
    """The given names between the first and the last word of a name of three words or more
    ("Muhammad Ibrahim Khan" → "Ibrahim"): some people go by their middle name."""
    return [
        word
        for word in words[1:-1]
        if len(word) > 2 and word[:1].isupper() and word.casefold() not in _PARTICLES
    ]


def initials(words: list[str]) -> set[str]:
    """The initials a note may use for a person of this name: every word's ("Patrick John
    McDonagh" → "PJM", each part of a hyphenated surname counting), the first and last
    names', and the first two names' ("PJ", as Irish double first names go). Not those that
    are a record abbreviation ("DC", "LD") or an English word ("AM")."""
    parts = [
        part
        for word in words
        for part in word.split("-")
        if part[:1].isalpha() and part.casefold() not in _PARTICLES
    ]
    if len(parts) < 2:
        return set()
    letters = [part[0].upper() for part in parts]
    found = {"".join(letters[:5]), letters[0] + letters[-1]}
    if len(words) >= 3:
        found.add(letters[0] + letters[1])
    return {f for f in found if f.casefold() not in NOT_INITIALS}


def initials_pattern(letters: str) -> str:
    """Initials as a pattern, with or without full stops: "PJ", "P.J.", "P. J." (not "P J",
    which is a lone initial and a surname's initial)."""
    dotted = r"\.\s?".join(letters) + r"\."
    # Without stops, not when an English word ("AM", "IT"); letters without a vowel are none.
    is_word = zipf(letters) >= 3.0 and any(vowel in letters for vowel in "AEIOUY")
    return dotted if is_word else f"{dotted}|{letters}"
