"""Homes whose street has no street word, and streets named where a child is taken or a
relative lives (issue 14, part 3): a postcode after a town says the words before the town are
a street ("27 Crab Marsh, Wisbech PE13 3JQ"), and that street named again alone is the home;
a street a child is collected from, a street visited, a relative "of" a street are homes. A
workplace's or a hospital's address line, a village with a saint's name and a shop on a street
are not. Examples written for these tests; the addresses are made up."""

import pytest

from tests.anonymisation.detected import detected


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("SW visited 27 Crab Marsh, Wisbech PE13 3JQ on Monday.", "27 Crab Marsh"),
        ("Bailed to 26 Causewayhead, Penzance, TR18 2SP, his mother's.", "26 Causewayhead"),
        ("Held on systems: Room 4 17 Norfolk St Wisbech PE13 2LD.", "Room 4 17 Norfolk St"),
        ("Jas is at her aunt's on Grove Lane, B66 2SE, for now.", "Grove Lane"),
    ],
)
def test_a_home_before_its_town_and_postcode_is_an_address(text, address):
    assert address in detected(text, "ADDRESS")
    assert detected(text, "POSTCODE")  # the postcode stays a postcode of its own


def test_the_street_of_a_numbered_home_named_again_alone_is_the_home():
    text = "SW visited 27 Crab Marsh, Wisbech PE13 3JQ. Later PC Sayle took her home to Crab Marsh."
    assert detected(text, "ADDRESS") == ["27 Crab Marsh", "Crab Marsh"]


@pytest.mark.parametrize(
    "text",
    [
        "Referral 2024 Wisbech Police PE13 2LD.",
        "3 Wisbech Town Council, Wisbech PE13 2LD",
        "Seen on 14 November Wisbech PE13 2LD.",
        "Vale of Leven Hospital, Main Street, Alexandria G83 0UA.",
        "The family at The Old Chapel, Tydd St Giles, PE13 5LF, were seen.",
    ],
)
def test_a_year_a_workplace_a_hospital_or_a_village_before_a_postcode_is_no_home(text):
    assert detected(text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Dawit collected Faith from Eastgate Terrace and drove her away.", "Eastgate Terrace"),
        ("Hi Zoe, I visited Westminster Street this morning with Laco.", "Westminster Street"),
        ("Maternal aunt Tsitsi Moyo, of Grove Lane; grandmother abroad.", "Grove Lane"),
    ],
)
def test_a_street_a_child_is_collected_from_or_a_relative_lives_on_is_an_address(text, street):
    assert street in detected(text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "The officer, of Bridge Street station, attended.",
        "She visited Bond Street shops with her friend.",
    ],
)
def test_a_place_on_a_street_is_not_a_home(text):
    assert detected(text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Pastor Ifeanyi of Praise Ministries asked to be invited.", "Praise Ministries"),
        (
            "Gabriela of Peterborough Roma Women's Group attended.",
            "Peterborough Roma Women's Group",
        ),
        ("He joined Yoker Athletic's under-14s in May.", "Yoker Athletic"),
        ("They hang round Porth Plaza and the chippy.", "Porth Plaza"),
        ("He worked at Geevor Tin Mine until it laid off staff.", "Geevor Tin Mine"),
    ],
)
def test_a_church_a_club_a_group_or_a_workplace_by_its_name_is_an_organisation(text, organisation):
    assert organisation in detected(text, "ORGANISATION")


def test_the_same_kind_words_without_a_name_are_no_organisation():
    text = "The plaza was busy. A mine of information. The women's group meets weekly."
    assert detected(text, "ORGANISATION") == []


def test_a_workplace_address_line_before_a_postcode_is_no_home():
    assert detected("Penlee Surgery, 4 Causewayhead, Penzance TR18 2SP.", "ADDRESS") == []


def test_a_shopping_mall_by_its_name_is_an_organisation():
    assert "Broad Street Mall" in detected(
        "She works as a guard at Broad Street Mall.", "ORGANISATION"
    )


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("She was admitted to the Bluebell Adolescent Unit in May.", "Bluebell Adolescent Unit"),
        ("He works evenings at Krakow Grocers on the high street.", "Krakow Grocers"),
    ],
)
def test_a_named_unit_or_shop_is_an_organisation(text, organisation):
    assert organisation in detected(text, "ORGANISATION")
