"""Names with no title, role or register behind them (issue 14, part 3): first names that are or
are not also English words, initials used as names, who someone is in apposition, kinship words
and words that are a name elsewhere in the review. Examples written for these tests."""

import pytest

from casewindow.anonymisation.detection.lexicon import is_first_name, is_word_name
from tests.anonymisation.detected import detected, detected_in_each


def test_the_dictionary_tells_first_names_that_are_words_from_names_only():
    assert is_word_name("Hope") and is_word_name("Summer") and is_word_name("Will")
    assert is_first_name("Tyler") and not is_word_name("Tyler")
    assert is_first_name("Michael") and not is_word_name("Michael")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("02/03/2024 Tyler missing from home for two nights.", "Tyler"),
        ("The family moved to the site. Michael does tarmac work for cash.", "Michael"),
    ],
)
def test_a_common_first_name_that_is_no_word_is_a_name_at_the_start_of_a_sentence(text, name):
    assert detected(text) == [name]


def test_a_first_name_that_is_a_word_starting_a_sentence_before_a_noun_stays_a_word():
    assert detected("02/03/2024 Summer holiday club booked for both children.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He was found in Luton with JJ at 2am.", ["JJ"]),
        ("He said PJ drove him to the estate.", ["PJ"]),
        ("Subject: RC and JC\nHi all, both are back in school.", ["RC", "JC"]),
    ],
)
def test_initials_where_only_a_person_stands_are_a_name(text, names):
    assert detected(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "He was seen with CAMHS and the GP said the DSL knew.",
        "Subject: CIN review\nThe IRO said the PEP was late.",
        "The school met IT support about the laptop.",
    ],
)
def test_abbreviations_of_the_domain_are_not_initials(text):
    assert detected(text) == []


def test_who_someone_is_in_apposition_makes_an_unknown_word_a_name():
    assert detected("No enquiry was made. Dorotek, a family friend, later told police.") == [
        "Dorotek"
    ]


def test_a_modal_word_before_a_past_verb_is_a_name_and_before_a_pronoun_the_word():
    assert detected("She was tired. Will had nappy rash and a cough.") == ["Will"]
    assert detected("She asked the worker: Will you tell Mummy?") == []


@pytest.mark.parametrize(
    "text",
    [
        'Semhar said her uncle was like a father to her. "We call him Abo."',
        'He said "Grandda says a man doesn\'t cry."',
        "Deniz said she is like his Teyze and Anneanne cooks for him.",
    ],
)
def test_kinship_words_of_the_families_languages_are_not_names(text):
    assert not {"Abo", "Grandda", "Teyze", "Anneanne"} & set(detected(text))


def test_a_word_that_is_a_name_elsewhere_is_the_word_after_a_determiner_or_before_a_noun():
    first = "Her mother, Grace Field, attended with the children."
    assert detected_in_each([first, "The Field behind the house floods."])[1] == []
    assert detected_in_each([first, "A Grace period for the arrears was agreed."])[1] == []
    assert detected_in_each([first, "The review heard that Grace had asked twice."])[1] == ["Grace"]


@pytest.mark.parametrize(
    "text",
    [
        "A move under Housing Register Band B. Romanian Roma family, Pentecostal.",
        "Noted: Self Harm pathway offered; leaflet given.",
    ],
)
def test_a_band_before_an_ethnicity_and_a_term_before_its_kind_are_no_names(text):
    assert detected(text) == []


def test_a_double_first_name_is_a_name_at_the_start_of_an_entry():
    assert detected("19/05/2023 Ella-Mae seen at the walk-in centre with a rash.") == ["Ella-Mae"]


def test_a_doubled_letter_nickname_is_a_name_and_a_subject_line_may_be_anywhere():
    assert detected("Attendance 62 %. KK quiet in class again.") == ["KK"]
    assert detected("From: school office Subject: RC and JC Hello, both are back.") == ["RC", "JC"]


@pytest.mark.parametrize(
    "text",
    [
        "Prescribed Sertraline and Quetiapine by the GP.",
        "Bluebell Ward at the hospital admitted him overnight.",
    ],
)
def test_a_verb_before_a_medicine_and_a_ward_after_its_name_are_no_person(text):
    assert detected(text) == []


def test_a_surname_that_is_a_place_word_after_a_first_name_is_still_a_name():
    assert detected("Then Jack Ward rang the school about the fight.") == ["Jack Ward"]


def test_the_writers_initials_open_a_letters_reference_and_an_agencys_do_not():
    assert detected("Our ref: SM/EH/2291\nDear Ms Obi, thank you.") == ["SM", "Ms Obi"]
    assert detected("Our ref: CP/2291\nDear Ms Obi, thank you.") == ["Ms Obi"]


def test_two_first_names_that_are_also_words_joined_before_a_verb_are_people():
    assert "June" in detected("April rang to cancel; June and Rain were ill.")
    assert detected("Summer and Autumn terms were difficult.") == []


def test_a_reference_line_in_capitals_stops_at_and():
    assert "AND" not in " ".join(detected("RE: TAIWO AND KEHINDE ADEYEMI"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mrs Pemberton Elmhurst Primary School DSL attended.", "Mrs Pemberton"),
        ("Ysgol Gymraeg Mrs Eleri Rhys wrote to the family.", "Mrs Eleri Rhys"),
        ("From: Nkechi Eze, Family Support Worker, Whitley Children's Centre", "Nkechi Eze"),
    ],
)
def test_a_title_and_name_beside_a_named_place_or_a_job_is_the_name_alone(text, name):
    assert name in detected(text)
    assert not any(p != name and name in p for p in detected(text))


def test_an_age_before_a_comma_is_no_house_number_and_living_is_a_persons_verb():
    assert detected("A girl believed to be 16, Hoa, was found in the back room.") == ["Hoa"]
    assert detected("The children moved again; Lee lives at the caravan now.") == ["Lee"]


def test_a_case_workers_surname_in_a_reference_code_is_a_name_and_team_codes_are_not():
    assert detected("Your ref: CP/Haworth\nDear Ms Obi, thank you.") == ["Haworth", "Ms Obi"]
    assert detected("Our ref: MARAC/RDG/0517\nDear Ms Obi,") == ["Ms Obi"]
    assert detected("Your ref: Housing/Repairs/2291\nDear Ms Obi,") == ["Ms Obi"]


def test_a_messages_header_copied_onto_one_line_still_names_the_sender():
    text = "From: Ruqayyah Siddiqui Sent: 12 March 2025 To: Lwazi Dube Subject: the visit"
    assert detected(text) == ["Ruqayyah Siddiqui", "Lwazi Dube"]


def test_a_name_alone_after_a_messages_last_sentence_is_its_signature():
    assert detected("She is staying with her sister until the repairs are done. Ruqayyah") == [
        "Ruqayyah"
    ]
    assert detected("The plan was agreed at the meeting. Action") == []
    assert detected("Child seen at home with the family. Mother") == []


@pytest.mark.parametrize(
    "name", ["Dzifa", "Oladipo", "Lwazi", "Ruqayyah", "Gurpreet", "Kerem", "Zoryana", "Delroy"]
)
def test_first_names_of_many_origins_are_known(name):
    assert is_first_name(name)
    assert name in detected(f"Home visit. {name} was there and said the children were asleep.")


def test_british_given_names_of_recent_decades_are_known():
    assert detected("12/06/2024 Ofsted inspection of the school. Keeley absent.") == ["Keeley"]


@pytest.mark.parametrize(
    "text",
    [
        "The family is White Other (Polish) and Roman Catholic.",
        "Kensington and Chelsea placed them in temporary accommodation in Harrow.",
        "Basingstoke and Deane served a Section 21 notice in May.",
    ],
)
def test_a_faith_and_a_borough_named_with_and_are_not_people(text):
    assert detected(text) == []


def test_the_writers_and_typists_initials_in_a_reference_are_both_names():
    assert detected("Our ref: TB/OB/2025/114. Dear Ms Moyo,") == ["TB", "OB", "Ms Moyo"]
    assert detected("Your ref: HOU/HL/12. Dear Ms Moyo,") == ["Ms Moyo"]


def test_initials_with_who_they_are_in_brackets_are_names_even_where_they_spell_a_service():
    assert detected("Present: AB (Mother), SR (Father), JH (Social Worker).") == ["AB", "SR", "JH"]


def test_a_word_name_marked_present_in_minutes_is_a_name():
    assert detected("Strategy meeting. Frank present. Nothing further.") == ["Frank"]
    assert detected("Frank discussion followed about the plan.") == []


def test_a_typists_initials_in_small_letters_after_the_writers_are_both_names():
    assert detected("Our ref: AK/mw\nTo whom it may concern,") == ["AK", "mw"]
    assert detected("Our ref: GHR/tt/IMM/4471\nDear Sir,") == ["GHR", "tt"]


def test_initials_in_mixed_case_in_an_action_line_are_names_but_a_phd_is_not():
    assert detected("Actions: EdS to request a disruption order; AvdB to arrange a review.") == [
        "EdS",
        "AvdB",
    ]
    assert detected("She has a PhD to complete.") == []


def test_an_honorific_and_a_place_in_vietnamese_letters_are_read_as_whole_words():
    assert detected("He said a woman called Chị Hoa picked him up.") == ["Hoa"]


def test_a_role_before_a_council_trust_does_not_make_it_a_person():
    assert detected("Sunil Bhardwaj (SW, Birmingham Children's Trust) attended.") == [
        "Sunil Bhardwaj"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "As agreed, the plan will continue.",
        "28/06/2024 - Kent Police attended the address.",
        "Kent Front Door informed at 02:15.",
        "The panel will consider an Osman warning.",
    ],
)
def test_a_function_word_a_places_police_and_a_warning_named_after_a_case_are_no_person(text):
    assert detected(text) == []


def test_a_surname_found_once_is_still_found_beside_its_own_words():
    texts = ["Mr Osman Kent said he was fine.", "Kent said no more."]
    assert detected_in_each(texts)[1] == ["Kent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Present: Seo-yeon Park (SW), Hauwa, Mr Okwuosa",
            ["Seo-yeon Park", "Hauwa", "Mr Okwuosa"],
        ),
        ("Yours sincerely, Seo-yeon Park, Social Worker", ["Seo-yeon Park"]),
        ("Amy Lane (HV) attended the core group.", ["Amy Lane"]),
        ("Present: Amy Park (SW), Tom Hill (HV).", ["Amy Park", "Tom Hill"]),
    ],
)
def test_a_name_with_a_role_after_it_is_a_person_though_its_surname_ends_places(text, expected):
    assert detected(text) == expected


def test_a_park_named_after_someone_is_still_a_place():
    assert detected("They met in Victoria Park (SW corner) after school.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HV visited Vicky at 2 Mill Row.", ["Vicky"]),
        ("HV Ellie Hughes visited Summer and Vicky at home.", ["Ellie Hughes", "Summer", "Vicky"]),
    ],
)
def test_a_first_name_after_visited_is_the_person_visited(text, expected):
    assert detected(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our ref: HBM/LS/2024/77. Dear Ms Moyo,", ["HBM", "LS", "Ms Moyo"]),
        ("Our ref: JP/KS/2025/0219. Dear Ms Moyo,", ["JP", "KS", "Ms Moyo"]),
        ("Our ref: YC/IOD/25. Dear Ms Moyo,", ["YC", "IOD", "Ms Moyo"]),
        # A team's or a place's code is no one's initials.
        ("Our ref: CP/RDG/0517. Dear Ms Moyo,", ["Ms Moyo"]),
        ("Our ref: SWT/HV/0725. Dear Ms Moyo,", ["Ms Moyo"]),
    ],
)
def test_initials_in_threes_in_a_reference_are_names_and_team_codes_are_not(text, expected):
    assert detected(text) == expected


def test_the_apps_games_and_helplines_young_people_name_are_no_one():
    text = (
        "Noted: self-harm pathway; Kooth offered; Papyrus leaflet given. "
        "Kacper sent the photo on Snapchat and talked to Yubo friends."
    )
    assert detected(text) == ["Kacper"]
