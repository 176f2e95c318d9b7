"""What a blind tuning set (tuning 34) showed taken wrongly: a person's name in brackets after
what the family calls her taken for a place ("Dadi (Surjit Kaur)", "Nana (Mrs Sarpong)"); the
area a school is named after taken for the school where the family lives there ("Drumchapel");
and things taken for people: a car after a colour or an article, a month after "that", a general
anaesthetic, a grandparent's family name, a pet, a town after a caravan site, a council's front
door."""

from tests.anonymisation.detected import detected, detected_in_each, detected_with_labels


def test_a_full_name_in_brackets_after_a_relation_is_a_person_not_a_place() -> None:
    text = 'Harpreet translates. Dadi (Surjit Kaur) is "always crying and praying".'
    found = detected_with_labels(text)
    assert ("Surjit Kaur", "PERSON") in found
    assert ("Surjit Kaur", "ORGANISATION") not in found


def test_a_title_and_surname_in_brackets_is_a_person_not_a_place() -> None:
    text = "Kwabena brought by Nana (Mrs Sarpong) with a cut hand."
    found = detected_with_labels(text)
    assert ("Mrs Sarpong", "PERSON") in found
    assert all(label != "ORGANISATION" for _, label in found)


def test_a_school_in_brackets_after_a_person_is_still_a_place() -> None:
    text = "Present: Tessa Goode (Loughton Manor), Owen Pryce (Social Worker)."
    assert "Loughton Manor" in detected(text, "ORGANISATION")


def test_the_area_a_school_is_named_after_is_not_the_school_where_the_family_lives_there() -> None:
    found = detected_in_each(
        [
            "Baran starts S3 at Drumchapel Academy.",
            "Family rehoused: Flat 0/2, 7 Craigmont Gardens, Drumchapel, G15 6TW.",
            "She would like the move to Drumchapel to go ahead quickly.",
        ],
        "ORGANISATION",
    )
    assert found == [["Drumchapel Academy"], [], []]


def test_the_place_word_of_a_school_is_still_the_school_elsewhere_when_no_one_lives_there() -> None:
    found = detected_in_each(
        ["Baran starts S3 at Martenscroft Academy.", "Baran was late to Martenscroft twice."],
        "ORGANISATION",
    )
    assert found == [["Martenscroft Academy"], ["Martenscroft"]]


def test_a_first_name_after_an_article_or_a_colour_is_a_thing() -> None:
    text = (
        "Simran was collected by a man in white Mercedes. He bought her a phone and drove "
        "a black Mercedes later. Simran said the Mercedes was his."
    )
    assert detected(text) == ["Simran", "Simran"]


def test_a_month_after_that_or_last_is_the_month_even_beside_a_name() -> None:
    text = "They separated that November and Zsófia met Dániel Farkas in the spring."
    assert detected(text) == ["Zsófia", "Dániel Farkas"]


def test_a_month_that_is_a_name_still_speaks() -> None:
    assert detected("Zsófia rang. June said she would visit on Monday.") == ["Zsófia", "June"]


def test_a_general_anaesthetic_is_no_ones_initials() -> None:
    assert detected("Leonor's GA is tomorrow; Mrs Hollis will take her.") == [
        "Leonor",
        "Mrs Hollis",
    ]


def test_what_children_call_a_grandparent_or_an_aunt_is_not_a_name() -> None:
    text = "The children call him Grampy. Please tell Harpreet her Mamaji's house is open."
    assert detected(text) == ["Harpreet"]


def test_a_pet_named_after_its_kind_or_before_whose_pet_it_is_is_no_one() -> None:
    text = (
        "J: Sheru! Our dog. He hides when Papa shouts. Jasleen has a much-loved dog, Sheru. "
        "Hevi: Zer. She's our bird."
    )
    assert detected(text) == ["Jasleen", "Hevi"]


def test_the_town_after_a_caravan_site_is_no_one() -> None:
    text = "Family at pitch 38, Bure Meadows caravan site, Caister. Leonor is well."
    assert detected(text) == ["Leonor"]


def test_a_councils_front_door_is_a_service_not_a_person() -> None:
    text = (
        "To: Kent Front Door <frontdoor@kent.gov.example.uk> Subject: Simran. The referral, "
        'which the Front Door screened as "Early Help", was closed.'
    )
    assert detected(text) == ["Simran"]


def test_a_full_name_after_a_nurses_title_is_a_person() -> None:
    text = "Please ask for our practice nurse, Sister Lyn Cobb. Nurse Practitioner clinic is full."
    assert detected(text) == ["Lyn Cobb"]


def test_a_name_after_a_span_of_years_and_a_comma_is_no_town() -> None:
    text = "From 2019 to 2025, Rojin Osman was seen by the HV, the GP and the school."
    assert detected(text) == ["Rojin Osman"]


def test_initials_declared_with_a_small_letter_are_the_person_wherever_they_stand() -> None:
    text = (
        "Present: Attila Balogh (AB); Edina Balogh (EdB); Zsófia Kovács (ZK). "
        "1. Noémi: settled with AB and EdB; bruise-free."
    )
    found = detected(text)
    assert found.count("EdB") == 2, found


def test_a_typists_small_letters_in_a_reference_are_a_person_even_at_a_sentences_end() -> None:
    assert detected("Patient NHS No: 637 800 2401. Ref: IL/ac.") == ["IL", "ac"]
    assert detected("Deputy Headteacher and DSL. Our ref: GL/ca/CA-2025-03.") == ["GL", "ca"]
    assert detected("Our ref: HS/cs/0312, 3 March 2025.") == ["HS", "cs"]


def test_a_word_after_a_teams_capitals_in_a_reference_is_no_typist() -> None:
    assert detected("Our ref: CP/re/2291. Ref: HOU/to/12.") == []


def test_who_typed_a_letter_by_initials_at_its_foot_is_a_person() -> None:
    assert detected("Consultant Paediatrician. Typed lh 20/11/2024.") == ["lh"]
    assert detected("The letter was typed by the secretary and dictated in clinic.") == []


def test_a_person_before_a_sentence_about_their_pet_is_still_a_person() -> None:
    text = "Then I saw Sam. His dog was barking. Kofi. Our dog was ill that week."
    assert detected(text) == ["Sam", "Kofi"]
