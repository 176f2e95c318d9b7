"""Precision on words that look like personal data and are not (issue 14, part 3): terms whose
head is an ordinary word, counties, medicines, Welsh service and house words, an agency before
a name; and the places found once that name the same school or home later. Examples written
for these tests; none is taken from a held-out set."""

import pytest

from casewindow.anonymisation.detection.engine import find_personal_data
from casewindow.anonymisation.detection.identifiers import find_addresses, find_organisations
from tests.anonymisation.detected import detected, detected_in_each, detected_with_labels


@pytest.mark.parametrize(
    ("text", "not_personal"),
    [
        ("Agreed: Conclusive Grounds decision awaited from the Home Office.", "Conclusive"),
        ("Noted: Southwark Judgement duties apply to the council.", "Southwark"),
        ("Agreed: Elective Home Education not suitable for Kayla.", "Elective"),
        ("The rent arrears grew. Tenancy Support was not requested by anyone.", "Tenancy"),
        ("Pembrokeshire is a large rural county.", "Pembrokeshire"),
        ("He has not collected his prescription for Fluoxetine this month.", "Fluoxetine"),
        ("Mother was referred to Hafan for support with debt.", "Hafan"),
        ("Hafan Cymru closed the referral after two missed calls.", "Hafan Cymru"),
        ("I will try again on Monday. Diolch, Owain", "Diolch"),
    ],
)
def test_terms_counties_medicines_and_welsh_words_are_not_names(text, not_personal):
    assert not any(not_personal in span for span in detected(text, label=None))


def test_an_agency_before_a_name_is_not_part_of_it():
    text = "15/10/2024 Court: Probation Joanne Pickering to supervise from his birthday."
    assert "Joanne Pickering" in detected(text)
    assert not any("Probation" in span for span in detected(text, label=None))


def test_a_surname_that_is_a_word_after_a_first_name_is_still_a_name():
    text = "The review met Grace Field and her son at the family centre."
    assert any("Grace Field" in span for span in detected(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("SW visited The Old Dairy, Mill Lane, Great Horwood.", "The Old Dairy"),
        ("KPE 3: the move to Maes yr Haf, a council bungalow.", "Maes yr Haf"),
        ("She moved to Llys Tywi in the spring.", "Llys Tywi"),
    ],
)
def test_welsh_estates_and_named_homes_after_a_visit(text, address):
    assert address in [text[s.start : s.end] for s in find_addresses(text)]


def test_a_district_after_in_is_not_an_address_but_a_street_after_on_is():
    text = "The family have lived in Moss Side all their lives; her sister lives on Raby Street."
    addresses = [text[s.start : s.end] for s in find_addresses(text)]
    assert "Raby Street" in addresses
    assert not any("Moss Side" in a for a in addresses)


def test_an_unnamed_hostel_is_not_an_address():
    text = "West Yorkshire Police attended. The hostel is run by a housing charity."
    assert [text[s.start : s.end] for s in find_addresses(text)] == []


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Letter from Meddygfa Teilo about the asthma review.", "Meddygfa Teilo"),
        ("SENCO Little Stars Pre-school attended.", "Little Stars Pre-school"),
    ],
)
def test_welsh_surgeries_and_pre_schools_with_a_role_before_them(text, organisation):
    assert organisation in [text[s.start : s.end] for s in find_organisations(text)]


def test_a_school_named_once_in_full_is_found_again_by_its_one_word_name_but_not_as_a_town():
    texts = [
        "Maisie started at Martenscroft Nursery School in February.",
        "I have asked Martenscroft to keep an eye on her weight.",
        "Kai went to Ossett Academy until Year 10.",
        "Liam grew up in Ossett with his mother.",
    ]
    organisations = detected_in_each(texts, "ORGANISATION")
    assert organisations[1] == ["Martenscroft"]
    assert "Ossett" not in organisations[3]
    assert "Martenscroft" not in detected_in_each(texts, "PERSON")[1]


def test_a_named_home_and_a_farm_are_found_again_alone():
    texts = [
        "He moved to Flat 3, Unity House, Bradford Road, Dewsbury.",
        "His mother said Unity House was full of older men.",
        "Carys moved to her mother's farm, Penlan Farm, outside the village.",
        'Glenys said: "Carys came back to Penlan because she had nowhere else."',
    ]
    addresses = detected_in_each(texts, "ADDRESS")
    assert addresses[1] == ["Unity House"]
    assert addresses[3] == ["Penlan"]


@pytest.mark.parametrize(
    ("text", "not_personal"),
    [
        ("She was found above the Jade Garden takeaway on Bath Road.", "Jade Garden"),
        ("Ethnicity recorded as White and Black Caribbean by the school.", "White and Black"),
        ("Ethnicity: Any Other White Background.", "Other White"),
        ("Dorset Constabulary shared the log the next day.", "Dorset Constabulary"),
        ("Re: Amira Hassan DOB 03/04/2015", "DOB"),
    ],
)
def test_businesses_ethnicity_agencies_and_field_abbreviations_are_not_names(text, not_personal):
    found = detected(text, label=None)
    assert not any(not_personal in span for span in found), found


def test_a_named_house_after_lives_at_is_an_address_but_a_friends_home_is_not():
    text = "She lives at Rosedene with her nan. He stays at Kelly's most weekends."
    addresses = [text[s.start : s.end] for s in find_addresses(text)]
    assert addresses == ["Rosedene"]


def test_a_housing_association_named_after_a_county():
    text = "He has been offered a flat with Yorkshire Housing in the new year."
    assert "Yorkshire Housing" in [text[s.start : s.end] for s in find_organisations(text)]


@pytest.mark.parametrize(
    ("text", "not_personal"),
    [
        ("Avon and Somerset Police were told by a neighbour.", "Avon"),
        ('"I told Seaton Delaval police station," she said.', "Seaton Delaval"),
        ("The family live at 3 Glebe Cottages, Skelwith, near the farm.", "Skelwith"),
    ],
)
def test_an_agencys_area_a_place_before_its_kind_and_the_town_after_an_address(text, not_personal):
    assert not any(
        not_personal in span for span, label in detected_with_labels(text) if label == "PERSON"
    ), detected_with_labels(text)


def test_a_workplace_after_visited_is_not_a_home():
    text = (
        "HV visited Brook Family Centre, Mill Road, for the group. "
        "SW visited Rose Court, Mill Road."
    )
    addresses = [text[s.start : s.end] for s in find_addresses(text)]
    assert "Rose Court" in addresses
    assert "Mill Road" in addresses
    assert not any("Brook" in a for a in addresses)


def test_a_schools_one_word_name_inside_a_longer_name_is_not_the_school():
    texts = [
        "Andrei is on roll at Hemingbrough Community Primary School.",
        "The bus stops on Hemingbrough Road by the shop.",
    ]
    assert detected_in_each(texts, "ORGANISATION")[1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kai attends St Joseph's and is doing well.", ["St Joseph's"]),
        ("She was admitted to St Thomas' overnight.", ["St Thomas'"]),
        ("They moved to St Albans in 2019.", []),
        ("Mass was said at St Mary's church.", []),
    ],
)
def test_a_school_or_hospital_named_by_its_saint_alone(text, expected):
    assert [text[s.start : s.end] for s in find_organisations(text)] == expected


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Police attended 14 Kingsway at 2am.", "14 Kingsway"),
        ("Their trailer at Longmoor was damaged in the storm.", "Longmoor"),
        ("Found at a flat on Kingsway where his brother stays.", "Kingsway"),
    ],
)
def test_one_word_streets_and_sites_where_someone_lives(text, address):
    assert address in [text[s.start : s.end] for s in find_addresses(text)]


def test_a_one_word_street_where_something_happened_is_not_an_address():
    text = "He lives nearby and was seen on Eastgate with older boys."
    assert [text[s.start : s.end] for s in find_addresses(text)] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Slough and Maidenhead share one MASH.", "Slough"),
        ("The family moved from Preston in 2021.", "Preston"),
        ("Devon and Cornwall share a safeguarding partnership.", "Devon"),
    ],
)
def test_uk_towns_and_counties_are_not_names(text, place):
    assert not any(place in span for span, label in detected_with_labels(text) if label == "PERSON")


def test_a_first_name_that_is_a_town_is_still_a_name_outside_a_place_position():
    text = "Preston said he would ring the school."
    assert any("Preston" in span for span, label in detected_with_labels(text) if label == "PERSON")


def test_a_surname_found_with_a_title_is_not_found_again_where_a_place_goes():
    texts = ["Mr Bolton attended the meeting.", "The family later moved from Bolton."]
    assert "Bolton" not in detected_in_each(texts, "PERSON")[1]


def test_a_schools_one_word_name_after_an_address_is_the_town():
    texts = [
        "SENCO Hemingbrough Community Primary School attended.",
        "The family live at Mill Farm Cottages, Hemingbrough, by the farm.",
    ]
    assert detected_in_each(texts, "ORGANISATION")[1] == []


def test_a_schools_one_word_name_before_a_role_or_its_staff_is_the_school():
    texts = [
        "Kai is on roll at Kingsmead.",
        "The Kingsmead DSL rang Mother. The Kingsmead staff were worried.",
    ]
    assert detected_in_each(texts, "ORGANISATION")[1] == ["Kingsmead", "Kingsmead"]


def test_an_employer_named_by_its_trade_is_an_organisation_not_a_person():
    text = "Ms Tran runs Orchid Nails on the parade; Mr Doyle works at Bicton Tyres and Exhausts."
    assert detected_with_labels(text) == [
        ("Ms Tran", "PERSON"),
        ("Orchid Nails", "ORGANISATION"),
        ("Mr Doyle", "PERSON"),
        ("Bicton Tyres and Exhausts", "ORGANISATION"),
    ]


def test_medicines_a_family_or_a_gp_record_names_are_not_people():
    text = "Emollient prescribed. Gaviscon given. Dermol cream applied. Oramorph given on the ward."
    spans = find_personal_data([text])[0]
    assert [text[s.start : s.end] for s in spans if s.label == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("He was messaging a man on Snapchat: ry.an_99 asked for pictures.", "ry.an_99"),
        ("Her TikTok account name is Serhat_77.", "Serhat_77"),
        ("She follows @lil.bee_22 on Instagram.", "@lil.bee_22"),
        ("His Xbox gamertag was DarkKnight2010.", "DarkKnight2010"),
    ],
)
def test_an_online_handle_is_personal_data(text, handle):
    spans = find_personal_data([text])[0]
    assert handle in [text[s.start : s.end] for s in spans if s.label == "PERSON"]


def test_an_email_address_and_a_platform_alone_are_no_handle():
    text = "Email jo.smith@leeds.example.gov.uk about it. She uses her Instagram a lot."
    spans = find_personal_data([text])[0]
    assert [s.label for s in spans] == ["EMAIL"]


def test_a_date_of_birth_confirmed_or_corrected_is_one():
    text = "Child A seen alone. DOB confirmed as 11/03/2014. Seen again on 15/01/2025."
    spans = find_personal_data([text])[0]
    assert [text[s.start : s.end] for s in spans if s.label == "DATE_OF_BIRTH"] == ["11/03/2014"]


def test_a_compound_adjective_or_a_kinship_word_is_no_name():
    text = "Twi-speaking interpreter booked. Adwoa is a Monday-born girl. Avó calls her that."
    spans = find_personal_data([text])[0]
    assert [text[s.start : s.end] for s in spans] == ["Adwoa"]
    assert find_personal_data(["A Leeds-based charity helped."])[0] == []
