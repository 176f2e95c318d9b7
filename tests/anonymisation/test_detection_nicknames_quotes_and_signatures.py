"""Short names and nicknames before what only a person does, names in messages quoted in single
quotes, a phone number after an NHS e-mail address, a neighbour named after her house number,
and words that look like names and are not (a language spoken, a service's abbreviation, a
kinship word, a word after "his") (issue 14, part 3). Examples written for these tests; the
names in them are made up."""

import pytest

from casewindow.anonymisation.detection.engine import find_personal_data
from tests.anonymisation.detected import detected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Child A told school: "Daddy was shouting. Tate took me upstairs."', "Tate"),
        ("Hi Pat, Mum missed the dietitian. Lu says the bus takes too long.", "Lu"),
        ("Cel won't say but Cally has been texting her all night.", "Cally"),
    ],
)
def test_a_nickname_before_what_only_a_person_does_is_a_person(text, name):
    assert name in detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Probation said the licence conditions were met.",
        "Nursery reported that attendance had improved.",
        "Honey was given to the baby against advice.",
    ],
)
def test_an_agency_or_a_thing_before_a_verb_is_no_one(text):
    assert detected(text) == []


def test_names_in_messages_quoted_in_single_quotes_are_found():
    text = (
        "Messages from Lana's phone, shown to the SW: 'jay: u coming out 2nite babe' "
        "'lanu: cant baba home' 'jay: tell him ur at shannon's' 'lanu: ok pick me up x'"
    )
    people = detected(text)
    for name in ("jay", "lanu", "shannon"):
        assert name in people, (name, people)
    assert "baba" not in people
    assert "shannon'" not in people  # the closing quote is not part of the name


def test_each_sender_of_a_quoted_chat_is_found_even_once():
    text = (
        "Messages on her phone: 'raju: aama says come home now' 'suni: i am at the centre' "
        "'raju: buwa is angry'"
    )
    people = detected(text)
    assert "raju" in people and "suni" in people
    assert "aama" not in people and "buwa" not in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Text to the worker: "hi fatima. zelal sick 2day. gulo says she has temperature x"',
            "gulo",
        ),
        ('Texts on her phone: "ur no to come near the hoose. lewis says". "ok"', "lewis"),
        (
            'WhatsApp to the SW: "dobry den hannah. we have keys!! thank you for everything"',
            "hannah",
        ),
    ],
)
def test_a_name_in_small_letters_where_a_person_stands_in_a_message(text, name):
    assert name in detected(text)


def test_a_kinship_word_in_a_message_is_no_one():
    text = "Text from her sister: 'shili dont let him near the kids. daya says be strong x'"
    assert "daya" not in detected(text)


def test_a_word_after_his_is_no_name_in_small_letters():
    text = "Father said he had given his besa, his word of honour, that she would be safe."
    assert "besa" not in detected(text)


def test_a_phone_number_after_an_nhs_email_address_is_a_phone_number():
    text = "Best wishes, Paula Stonier, Health Visitor, paula.stonier@nhs.example.net, 07700 900217"
    assert detected(text, "PHONE") == ["07700 900217"]
    assert detected(text, "NHS_NUMBER") == []


def test_an_nhs_number_after_nhs_is_still_one():
    text = "Re: Dilan, NHS 564 034 0584. Referral accepted."
    assert detected(text, "NHS_NUMBER") == ["564 034 0584"]
    assert detected(text, "PHONE") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Officers attended 17 Lyndhurst Grove after the neighbour at number 15, Brenda "
            "Tunstall, heard screaming.",
            ["Brenda Tunstall"],
        ),
        (
            "Following the meeting on 6 March 2025, Jasmine, Rowan and Isla Mae have been "
            "placed on the register.",
            ["Jasmine", "Rowan", "Isla Mae"],
        ),
    ],
)
def test_a_name_after_a_house_number_or_a_date_and_a_comma_is_no_town(text, names):
    people = detected(text)
    for name in names:
        assert name in people, (name, people)


def test_a_town_after_an_address_and_a_comma_is_still_no_one():
    text = "She moved to 14 Yarnton Way, Erith, in May."
    assert "Erith" not in detected(text)


def test_the_model_taking_a_verb_and_an_agency_for_a_name_finds_no_one():
    text = "19/06/2024. Kwame Boateng (DOB 21/03/1987) rang CSC from his home."
    assert detected(text) == ["Kwame Boateng"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Referral to SALT accepted; first appointment in May.", "SALT"),
        ("Mother said the family speak Gurung and Nepali at home.", "Gurung"),
        ("He was seen by Sgt Paul Ndlovu (SNT) at the flat.", "SNT"),
        ("A Viber message from her uncle was read to the worker.", "Viber"),
        ("He was dropped at the gate by a man in a black Corsa.", "Corsa"),
    ],
)
def test_a_service_a_language_an_app_or_a_car_is_no_one(text, word):
    assert word not in detected(text)


def test_a_first_name_the_model_calls_a_place_beside_another_name_is_a_person():
    text = "He said his uncle lets him play Roblox with Sonam and Liam."
    people = detected(text)
    assert "Liam" in people and "Sonam" in people


def test_initials_listed_at_a_meeting_are_found_again_before_a_verb():
    text = (
        "Family network meeting. Attendance: BR (SW, chair), MH (Mother), PH (paternal aunt), "
        "ED (grandmother, by video). PH to have the children every other weekend. ED hopes to "
        "visit in June."
    )
    (spans,) = find_personal_data([text])
    eds = [s for s in spans if text[s.start : s.end] == "ED" and s.label == "PERSON"]
    assert len(eds) == 2


def test_a_contact_saved_by_initials_or_a_letter_in_single_quotes_is_a_person():
    text = "Phones seized hold contacts saved as 'Kof', 'KB' and 'Zee'. He was with 'N', aged 22."
    people = detected(text)
    for name in ("Kof", "KB", "Zee", "N"):
        assert name in people, (name, people)


def test_a_grade_or_a_plan_in_single_quotes_is_no_one():
    assert detected("She got an 'A' in maths and Plan 'B' was agreed.") == []


def test_the_person_a_message_opens_with_is_found_but_not_a_texting_word():
    text = "Texts from her sister: 'shili dont let karo near the kids' 'kay my dads back' 'soz wyd'"
    people = detected(text)
    assert "shili" in people and "kay" in people
    assert "soz" not in people and "wyd" not in people


def test_a_dog_named_after_its_breed_is_no_one():
    assert "Biscuit" not in detected("He has a rose bush and a Jack Russell called Biscuit.")
    assert "Biscuit" not in detected("Her dog Biscuit sleeps on my bed.")


@pytest.mark.parametrize("code", ["Pe2 7DJ", "St1 3Nd", "Gu11 3EN", "Ts24 8EY"])
def test_a_postcode_with_a_capital_only_at_the_start_of_its_area_is_found(code):
    assert detected(
        f"She moved to 27 Cargate Avenue, Aldershot {code}. Plan continues.", "POSTCODE"
    ) == [code]


def test_a_code_of_no_postcode_area_in_mixed_case_is_no_postcode():
    assert detected("The form said Xy1 2Ab and Mr2 3Ab in the notes.", "POSTCODE") == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("I can have Kof at mine on Hartslock Drive at weekends.", "Hartslock Drive"),
        ("Dil Bahadur and Man Kumari remain on Holly Road. Plan stepped down.", "Holly Road"),
    ],
)
def test_a_street_where_someone_stays_without_a_number_is_an_address(text, street):
    assert detected(text, "ADDRESS") == [street]


def test_a_street_where_a_shop_is_is_no_address():
    assert detected("The shop at Holly Road remains open.", "ADDRESS") == []


def test_a_surname_found_once_is_not_a_language_or_a_service_elsewhere():
    texts = [
        "Dil Bahadur Gurung spoke for the family. Mr Salt, the neighbour, rang police.",
        "Mother said the family speak Gurung at home. Referral to SALT accepted.",
    ]
    spans = find_personal_data(texts)
    second = [texts[1][s.start : s.end] for s in spans[1] if s.label == "PERSON"]
    assert "Gurung" not in second and "SALT" not in second


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Can we discuss at the core group? Priya PS, HV, 0-19 Team", "PS"),
        ("She says she is settling. Best, Els EA, DSL", "EA"),
        ("NHS 153 357 9040. Rosa RE, HV", "RE"),
    ],
)
def test_the_writers_initials_after_her_first_name_in_a_sign_off_are_a_person(text, initials):
    assert initials in detected(text)


def test_a_role_after_a_first_name_in_a_sign_off_is_no_one():
    assert "SW" not in detected("Thanks, Sam SW, Duty Team")


def test_a_first_name_after_from_that_is_no_place_is_a_person():
    assert "Sandra" in detected("Your NHS number is 619 227 6986. From Sandra at reception.")


@pytest.mark.parametrize(
    "text", ["The family moved from Shirley in May.", "She lives in Stanley now."]
)
def test_a_town_that_is_a_first_name_after_a_place_word_is_no_one(text):
    assert detected(text) == []


def test_a_short_name_the_model_calls_a_product_before_a_persons_verb_is_a_person():
    assert "Ru" in detected("Our Gogo in Harare is sick and Ru sends all the money home.")


def test_names_in_a_quick_note_written_in_small_letters():
    text = (
        "04/09 hv. spoke to mum on the step. rocco in nappy only, house cold. kayden asleep "
        "on sofa."
    )
    people = detected(text)
    assert "rocco" in people and "kayden" in people
    assert "mum" not in people and "hv" not in people


def test_a_stretch_of_prose_without_capitals_holds_no_name():
    text = (
        "Injuries consistent with non-accidental injury. the medical found them consistent "
        "with non-accidental injury and with self-harm by no one."
    )
    assert detected(text) == []


def test_a_name_after_a_time_and_a_comma_is_no_town():
    text = "She left a placement with Dawn Mellor. At 01:30, Bakht arrived at the flat."
    assert "Bakht" in detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "20/01/2025: Muru bailed to his brother Senthil's address.",
        "Her mother told the teacher that Muru had been seen outside the house.",
    ],
)
def test_a_name_the_model_calls_an_organisation_before_what_is_done_only_to_a_person(text):
    assert "Muru" in detected(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mr Soutar seen at The Bank Bar Dundee by PC Reid.", "Bank Bar Dundee"),
        ("I have also referred Destiny to Bude Youth Zone today.", "Bude Youth Zone"),
        ("He was found in the storeroom of Zagros Grill, where Karwan works.", "Zagros Grill"),
        ("She works at Everest Mini Mart in Aldershot.", "Everest Mini Mart"),
    ],
)
def test_a_bar_a_youth_zone_a_grill_or_a_mini_mart_by_name_is_an_organisation(text, place):
    assert detected(text, "ORGANISATION") == [place]


@pytest.mark.parametrize(
    "text",
    [
        "She went to the Snack Bar and the Salad Bar after the Mixed Grill.",
        "Referred by Leeds Teaching Hospitals Trust; the Trussell Trust gave a voucher.",
    ],
)
def test_a_bar_of_ordinary_words_or_a_trust_is_no_organisation(text):
    assert detected(text, "ORGANISATION") == []


def test_on_their_way_is_no_street():
    text = "The earlier arrest at the same address was not flagged to them on their way."
    assert detected(text, "ADDRESS") == []


def test_a_street_in_small_letters_where_someone_lives_is_still_an_address():
    assert detected("She lives on cranbury road with her nan.", "ADDRESS") == ["cranbury road"]
