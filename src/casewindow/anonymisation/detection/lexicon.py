"""Word lists the detector consults (built by data/build.py, committed): first names and
surnames of many origins, and how common each English word is (Zipf frequency: 6 is "the",
3 is one in a million words). Loaded once per process, about 70,000 words in sets. The
look-ups are pure functions of the word, called hundreds of thousands of times a report, so
their answers are kept (bounded caches)."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@functools.cache
def first_names() -> frozenset[str]:
    """Faker's first names of many origins (first_names.txt) and the hand-written supplement
    (first_names_extra.txt: Somali, Eritrean, West and Southern African, Congolese, Kurdish,
    Persian, South Asian, Sinhala, Thai, Korean, Vietnamese, Greek, Caribbean, Roma and
    Traveller names, nicknames)."""
    extra = (DATA / "first_names_extra.txt").read_text(encoding="utf-8").splitlines()
    words = [w.casefold() for line in extra if not line.startswith("#") for w in line.split()]
    return frozenset((DATA / "first_names.txt").read_text(encoding="utf-8").split()) | {
        fold for w in words for fold in (w, _plain(w))
    }


@functools.cache
def acronyms() -> frozenset[str]:
    """Abbreviations of services, plans, roles and record fields written in capitals
    (acronyms.txt), upper-cased: "PEP", "IRO", "UC" are the thing, not someone's initials."""
    lines = (DATA / "acronyms.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.upper() for line in lines if not line.startswith("#") for w in line.split())


# Letters that Unicode does not decompose into a plain letter and a mark.
_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
    }
)


@functools.lru_cache(maxsize=1 << 16)
def _plain(word: str) -> str:
    word = word.translate(_UNDECOMPOSED)
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


@functools.cache
def surnames() -> frozenset[str]:
    return frozenset((DATA / "surnames.txt").read_text(encoding="utf-8").split())


@functools.cache
def _english() -> dict[str, float]:
    words = {}
    for line in (DATA / "english_words.txt").read_text(encoding="utf-8").splitlines():
        word, _, tenths = line.partition(" ")
        words[word] = int(tenths) / 10
    return words


@functools.lru_cache(maxsize=1 << 16)
def zipf(word: str) -> float:
    """How common the word is in English (0 for a word outside the 28,000 commonest)."""
    return _english().get(word.casefold().strip("'’"), 0.0)


@functools.lru_cache(maxsize=1 << 16)
def is_first_name(word: str) -> bool:
    folded = word.casefold().strip("'’")
    if folded in first_names() or _plain(folded) in first_names():
        return True
    # A double first name: "Lily-Mae", "Tia-Rose", "Mary-Jane"; a Korean given name of two
    # syllables: "Seo-yeon", "Ha-eun", "Min-jun".
    parts = folded.split("-")
    return len(parts) == 2 and (
        all(part in first_names() or _plain(part) in first_names() for part in parts)
        or (parts[0] != parts[1] and all(part in KOREAN_SYLLABLES for part in parts))
    )


# The syllables Korean given names are made of, as they are romanised (Revised Romanisation and
# the older spellings families still use): "Seo-yeon", "Ji-woo", "Hyun-jung".
_KOREAN_SYLLABLES_TEXT = """ae ah bin bo bok bom byung byeong chae chan chang cheol chul da dae do
dong eui eun geun
gi gil gu gyu gyeong ha hae hak han hee ho hoon hun hwa hwan hye hyo hyuk hyun hyeon hyung
hyeong il in jae jang je jee jeong ji jin jo joo joon ju jun jung kang ki kook kwang kyo kyu
kyung man mi min mo moon mun myung myeong na nam ok pil ra ran rim rin ryung sang se seo seok
seon seong seop seul seung shin sik so sol song soo sook su suk sun sung tae tak ui uk woo
wook won ye yeo yeon yeong yeop yong yoo yoon young yu yun"""
KOREAN_SYLLABLES = frozenset(_KOREAN_SYLLABLES_TEXT.split())


@functools.lru_cache(maxsize=1 << 16)
def is_surname(word: str) -> bool:
    return word.casefold().strip("'’") in surnames()


@functools.cache
def _name_words() -> frozenset[str]:
    return frozenset((DATA / "name_words.txt").read_text(encoding="utf-8").split())


@functools.lru_cache(maxsize=1 << 16)
def is_word_name(word: str) -> bool:
    """A first name that is also an ordinary word ("Hope", "Will", "Rose"; not "Michael", which
    is as common but only ever a name), from a spelling dictionary's small-letter entries."""
    return word.casefold().strip("'’") in _name_words()


def is_known_name(word: str) -> bool:
    return is_first_name(word) or is_surname(word)


def capitalised_word_before(text: str, start: int, space: str = r"\s") -> str | None:
    """The capitalised ordinary word just before `start` ("Bill" in "the Schools Bill"), if it
    is one: common enough as a word and not a known name. `space` is what may stand between
    (a line break too, or not)."""
    previous = re.search(rf"\b([A-Z][a-z]+){space}+$", text[max(0, start - 30) : start])
    if previous is None:
        return None
    word = previous.group(1)
    return word if zipf(word) >= 3.0 and not is_known_name(word) else None
