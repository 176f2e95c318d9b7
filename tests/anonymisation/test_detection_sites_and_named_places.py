"""Addresses without a house number or on a site, streets where someone lives (and not where
something happened), the town after an address, and named places told from agencies and
hospital departments (issue 14, part 3, non-person labels). Examples written for these tests;
none is taken from a held-out set."""

import pytest

from casewindow.anonymisation.detection.identifiers import find_addresses, find_organisations
from tests.anonymisation.detected import covered


def addresses(text):
    return covered(text, find_addresses(text))


def organisations(text):
    return covered(text, find_organisations(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("She herself lives on Pitch 11 on the same site.", "Pitch 11"),
        ("The worker saw the family in room 14 at the night shelter hostel.", "room 14"),
        ("OT visited 112 Whalley Range, Blackburn BB1 6EE.", "112 Whalley Range"),
        ("Family home: 27 Larkspur Rise.", "27 Larkspur Rise"),
        ("c/o Ty Gwyn, Heol y Felin, Llandeilo.", "Ty Gwyn"),
        ("c/o Ty Gwyn, Heol y Felin, Llandeilo.", "Heol y Felin"),
        ("She grew up on Mains of Dalvey Farm, Forres.", "Mains of Dalvey Farm"),
        ("He sleeps on the sofa at his friend's place on Turnpike Road.", "Turnpike Road"),
        ("Police were called to the Wensley Road flat at 2am.", "Wensley Road"),
        ("He lives on cranbury road with his nan.", "cranbury road"),
        ("Went missing from Oakfield Road on Friday.", "Oakfield Road"),
    ],
)
def test_addresses_without_a_number_or_on_a_site(text, address):
    assert address in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "The core group met in Room 3 of the council offices.",
        "She works nights at the care home on Bath Road.",
        "He absconded from school and was found at Victoria Park.",
        "Moved on 12 March 2023 to her mother's.",
    ],
)
def test_places_where_something_happened_are_not_addresses(text):
    assert addresses(text) == []


def test_the_town_between_an_address_and_its_postcode_is_left_out():
    text = "Ms A Nowak Unit 2 Colthrop Lane Caravan Park Thatcham RG19 4NR Dear Ms Nowak"
    assert addresses(text) == ["Unit 2", "Colthrop Lane Caravan Park"]
    assert not any("Thatcham" in found for found in addresses(text))


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("She works as a carer at Belgrave Court Care Home.", "Belgrave Court Care Home"),
        ("Zainab was admitted to Royal Blackburn with pneumonia.", "Royal Blackburn"),
        ("He met the adviser at Canterbury Youth Hub.", "Canterbury Youth Hub"),
        ("The hotel is run by Coastline Lodge Ltd.", "Coastline Lodge Ltd"),
        ("Jayden was on roll at Kingsmead until May.", "Kingsmead"),
    ],
)
def test_named_places(text, organisation):
    assert organisation in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Referred to the Fracture Clinic and to Paediatric Surgery.",
        "Letter from the Royal College about training.",
        "Signed: Private Fostering Team.",
        "Referral to Cheshire West Integrated Access and Referral Team.",
        "He joined the Royal Navy.",
    ],
)
def test_departments_agencies_and_national_bodies_are_not_named_places(text):
    assert organisations(text) == []


def test_a_care_home_where_someone_is_placed_is_their_address():
    assert "Belgrave Court Care Home" in addresses(
        "She was placed at Belgrave Court Care Home in May."
    )
