"""Builds the word lists the detector reads (run by hand; the lists are committed, so neither
package is needed at run time):

- first_names.txt, surnames.txt: first names and surnames of many origins, from Faker's person
  providers (MIT licence), every locale written in the Latin alphabet — British, Irish, Polish,
  Romanian, Lithuanian, Nigerian (Yoruba, Igbo, Hausa), Ghanaian, Kenyan, Pakistani, Indian,
  Turkish, Vietnamese and more. Casefolded, with accent-free forms added.
- english_words.txt: the English words with a Zipf frequency of 3.0 or more (about one in a
  million words of running text) and their frequency times ten, from wordfreq 3.1.1
  (code Apache-2.0, data CC BY-SA 4.0: "wordfreq", Robyn Speer, doi:10.5281/zenodo.7199437).
- name_words.txt: the first names (of first_names.txt and first_names_extra.txt) that a
  spelling dictionary lists in small letters, as an ordinary word ("hope", "will", "rose", not
  "michael"), from SCOWL's British English list as Debian's wbritish package installs it
  (/usr/share/dict/british-english; permissive SCOWL licence, Kevin Atkinson). wordfreq cannot
  tell these apart: it counts "Michael" and "hope" alike, whatever their case.

    pip install faker==40.63.0 wordfreq==3.1.1
    apt-get install wbritish   (or pass another dictionary's path as the first argument)
    python src/casewindow/anonymisation/detection/data/build.py
"""

import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _latin(name: str) -> bool:
    return all(ch.isascii() or (ch.isalpha() and ord(ch) < 0x250) for ch in name)


def _forms(name: str) -> set[str]:
    folded = name.casefold()
    plain = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return {f for f in (folded, plain) if f.replace("-", "").replace("'", "").isalpha()}


def names() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    firsts: set[str] = set()
    lasts: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        if module.name == "en":
            # The US census list of every name ever given ("Bring", "Press", "Oral"), too
            # many of them ordinary words; en_US, en_GB and the other locales are kept.
            continue
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute, into in (
            ("first_names", firsts),
            ("first_names_male", firsts),
            ("first_names_female", firsts),
            ("first_names_nonbinary", firsts),
            # Japanese and Chinese names in Latin letters (the locales' own lists are in their
            # scripts): "Akira", "Yang", "Chia-Hao".
            ("first_romanized_names", firsts),
            ("first_romanized_names_male", firsts),
            ("first_romanized_names_female", firsts),
            ("last_names", lasts),
            ("last_romanized_names", lasts),
        ):
            values = provider.__dict__.get(attribute)
            if not isinstance(values, (list, tuple, dict, set)):
                continue
            for value in values:
                for word in str(value).split():
                    if _latin(word) and len(word) > 1:
                        into.update(_forms(word))
    return firsts, lasts


def english() -> dict[str, float]:
    import wordfreq

    words = {}
    for word in wordfreq.top_n_list("en", 60000):
        zipf = wordfreq.zipf_frequency(word, "en")
        if zipf >= 3.0 and word.isalpha() and word.isascii():
            words[word] = zipf
    return words


def name_words(firsts: set[str], dictionary: Path) -> list[str]:
    """The first names the dictionary lists in small letters (an ordinary word too)."""
    lines = dictionary.read_text(encoding="utf-8", errors="ignore").splitlines()
    words = {line.strip() for line in lines if line[:1].islower()}
    extra = (HERE / "first_names_extra.txt").read_text(encoding="utf-8").splitlines()
    firsts = firsts | {
        w.casefold() for line in extra if not line.startswith("#") for w in line.split()
    }
    return sorted(firsts & words)


def main(argv: list[str]) -> None:
    firsts, lasts = names()
    dictionary = Path(argv[0] if argv else "/usr/share/dict/british-english")
    (HERE / "name_words.txt").write_text(
        "\n".join(name_words(firsts, dictionary)) + "\n", encoding="utf-8"
    )
    (HERE / "first_names.txt").write_text("\n".join(sorted(firsts)) + "\n", encoding="utf-8")
    (HERE / "surnames.txt").write_text("\n".join(sorted(lasts)) + "\n", encoding="utf-8")
    words = english()
    (HERE / "english_words.txt").write_text(
        "".join(f"{w} {round(z * 10)}\n" for w, z in sorted(words.items())), encoding="utf-8"
    )
    print(f"{len(firsts)} first names, {len(lasts)} surnames, {len(words)} English words")


if __name__ == "__main__":
    main(sys.argv[1:])
