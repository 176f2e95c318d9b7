"""People and places found where a tuning set of Estonian, Senegalese, Hmong, Showmen, Samoan,
Bolivian, Cuban and Shetland families, and the earlier blind sets, showed them missed: a given
name shortened the way a family shortens it, names in a list, initials declared with a role and
written with points, a workplace after a person's initials or role, a hospital named by its
emergency department, a school where a child attends; and what is no one: a word the notes
explain as what a family calls a relation, a record's abbreviation beside a name."""

import pytest

from tests.anonymisation.detected import detected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a short form of a given name found in full in the same text
        ("Freya Tulloch (9) said she liked the boat. Frey to my pals, she said.", "Frey"),
        # names joined by "and" or in a list of three
        ("She plays with Faith and Will after school.", "Will"),
        ("His friends are Ibby, Zak and a lad called Kieran.", "Ibby"),
        # a title or being called it makes a word of a people a name
        ("The school noted an EHCP request. Dr Zulu noted that he flinched.", "Dr Zulu"),
        ("Seonag, who is called Shona by her father's side, is four.", "Shona"),
        # what only a person has, or being taken somewhere
        ("She asked for help with Roksi's ears.", "Roksi"),
        ("He asked whether the council could take Aramo to football.", "Aramo"),
        # a first name the tagger reads as an adjective, alone inside a sentence
        ("Her best friend is Precious, and they go to church together.", "Precious"),
        # a lone initial before what a person does, or shouted at
        ("She said J gives her lifts home from the park.", "J"),
        ("He was shouting at K and I got in the way.", "K"),
        # initials with points, signing a drawing or after a role
        ('He drew a puffin and signed it "L.I." at the bottom.', "L.I."),
        ("Awa told HV B.Q. that Mamadou had been at the flat.", "B.Q."),
        # a surname that is also a record's word, after a title or a first name
        ("On 10 February Mrs Foster phoned mother, with no answer.", "Mrs Foster"),
        ("Present: Priya Lal (HV), Gill Foster (school), DS Thorne.", "Gill Foster"),
    ],
)
def test_a_name_missed_before_is_found(text, name) -> None:
    assert name in detected(text), detected(text)


def test_initials_declared_for_a_person_with_a_role_are_that_person_after() -> None:
    text = (
        "Present: Hannah Blackwood (HB, SW), DS Ian Thorne (IT, Wiltshire Police). Decision: "
        "joint visit HB/IT by 03/02. Action: IT to share the plan. The TA said she was tired."
    )
    found = detected(text)
    assert found.count("IT") >= 2 and "HB" in found
    assert "TA" not in found  # a teaching assistant, no one declared so


def test_a_role_alone_in_the_brackets_is_not_declared_initials() -> None:
    text = "Sandra Whitworth (SW) attended. The SW will visit on Monday."
    assert "SW" not in detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Foster carers were approved in May.",
        "Summer and Autumn terms were difficult.",
        "Dear Mr and Mrs Ward, Summer holiday club places are available.",
        "Hi Holly, Will you be at the meeting tomorrow?",
        "The family is Orthodox Christian and Muslim.",
        "It was a Precious moment for everyone.",
        "The U.K. visa was refused, N.B. the D.O.B. was wrong.",
        "Luz Choque Quispe (F.N. 24/12/2022) lives with her mother.",
    ],
)
def test_a_word_is_not_taken_for_a_name(text) -> None:
    found = detected(text)
    for word in ("Foster", "Autumn", "Summer", "Will", "Christian", "Muslim", "Precious"):
        assert word not in found, found
    assert not any("." in span and len(span) <= 6 for span in found), found


def test_a_word_the_notes_explain_as_a_relation_is_no_one_in_the_batch() -> None:
    text = (
        'Fatou said Baay gets angry. The children use "Baay" for father. "Yaay" is mum. '
        'She said "Yaay Awa is a good mother". "Pog" is paternal grandmother. Pog came.'
    )
    found = detected(text)
    assert "Baay" not in found and "Pog" not in found
    assert not any(span.startswith("Yaay") for span in found), found
    assert "Awa" in found and "Fatou" in found


def test_a_record_abbreviation_beside_a_name_is_not_part_of_it() -> None:
    assert detected("Mr Lum DOB 03/04/1980 attended.", "PERSON") == ["Mr Lum"]
    assert detected("PC 418MS Singh and PC Doherty attend.")[0] == "PC 418MS Singh"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Present: Owen Pryce (OP, Rookery); Jo Hill (JH, HV).", "Rookery"),
        ("Mrs Karen Hollis (KH, DSL, Parkwood) gave the school's view.", "Parkwood"),
        ("Regards, Owen O.P. | DSL | Rookery | 0121 496 0218", "Rookery"),
        ("Rose was seen at QMC ED with a burn from a generator.", "QMC"),
        ("The cut had been glued at City ED on 8 September.", "City"),
        ("Thora attends Anderson; Lowrie attends Bells Brae.", "Bells Brae"),
        ("Freya was offered a place at Peerie Foxes in the spring.", "Peerie Foxes"),
        ("JJ started at Blenheim Fields on Monday.", "Blenheim Fields"),
    ],
)
def test_a_workplace_a_hospital_or_a_school_without_its_kind_is_an_organisation(
    text, place
) -> None:
    assert place in detected(text, "ORGANISATION"), detected(text, "ORGANISATION")


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("DS Ian Thorne (IT, Wiltshire Police) attended.", "Wiltshire Police"),
        ("Magda Lis (IDVA, Polish-speaking) supported her.", "Polish-speaking"),
        ("He attends Corby police station to ask for the keys.", "Corby"),
        ("Karim attends Jummah and helps at the mosque.", "Jummah"),
        ("She was seen at Paeds ED overnight.", "Paeds"),
    ],
)
def test_an_agency_a_language_a_town_or_a_prayer_is_no_organisation(text, not_a_place) -> None:
    assert not_a_place not in detected(text, "ORGANISATION")


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        (
            "Ene Tamm (maternal grandmother, born 2 March 1964) travelled from Estonia in "
            "February 2025 and stayed with the family.",
            "2 March 1964",
        ),
        ("She was born at 32 weeks on 3/4/2020 in Leeds.", "3/4/2020"),
        ("They had their daughter Mari-Liis on 4 September 2015.", "4 September 2015"),
        (
            "They had their daughter Mari-Liis on 4 September 2015 and their son Oskar on 3 "
            "February 2018.",
            "3 February 2018",
        ),
        ("Ingrid had Thora on a leap day, 29 February 2012, and Lowrie later.", "29 February 2012"),
    ],
)
def test_a_birth_is_dated_by_its_own_date_not_a_later_one(text, birth) -> None:
    found = detected(text, "DATE_OF_BIRTH")
    assert birth in found, found
    assert "February 2025" not in found


def test_a_meeting_had_on_a_date_is_no_birth() -> None:
    assert detected("They had a meeting on 3 March 2020 with the school.", "DATE_OF_BIRTH") == []
