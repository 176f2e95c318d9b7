"""Names of origins the word lists lacked, and names no list knows found by where they stand: an
item of a meeting's attendance list, a person's verb before or after, a name beside them in a
pair (issue 14, part 3, without a register). Examples written for these tests."""

import pytest

from casewindow.anonymisation.detection.engine import find_personal_data
from casewindow.anonymisation.detection.lexicon import is_first_name, is_word_name
from tests.anonymisation.detected import detected


@pytest.mark.parametrize(
    "name",
    ["Tawanda", "Hadiza", "Golnaz", "Dinuka", "Jincy", "Kanokwan", "Awet", "Panos", "Bodya"],
)
def test_first_names_of_more_origins_are_listed(name):
    assert is_first_name(name)


def test_a_korean_given_name_of_two_syllables_is_a_first_name():
    assert is_first_name("Ha-eun") and is_first_name("Ji-woo")
    assert not is_first_name("Co-op") and not is_first_name("So-so")


def test_english_word_names_of_west_african_and_caribbean_families_are_word_names():
    assert is_first_name("Justice") and is_word_name("Justice")
    assert is_first_name("Miracle") and is_word_name("Miracle")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Present: Zvikomborero, Ms Harper (DSL), Kgosietsile.",
            ["Zvikomborero", "Ms Harper", "Kgosietsile"],
        ),
        ("Apologies: Ndumiso; Tshepiso.", ["Ndumiso", "Tshepiso"]),
    ],
)
def test_a_word_no_list_knows_in_an_attendance_list_is_a_name(text, names):
    assert detected(text) == names


def test_an_agency_in_an_attendance_list_is_not_a_name():
    assert detected("Present: Probation Service, Youth Justice, Barnardo's.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Staff described Tshiamo as withdrawn.", "Tshiamo"),
        (
            "Police attended at 23:00. Oluwadamilare had left before officers arrived.",
            "Oluwadamilare",
        ),
    ],
)
def test_a_word_no_list_knows_before_or_after_a_persons_verb_is_a_name(text, name):
    assert detected(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The family moved from Bulawayo to Leeds in 2019.",
        "He left for Mogadishu in March.",
        "They travelled to Kinshasa and Lubumbashi.",
    ],
)
def test_places_no_list_knows_stay_places(text):
    assert detected(text) == []


def test_a_word_name_in_a_term_stays_a_word_and_alone_is_a_name():
    assert detected("She said the Youth Justice Service never came.") == []
    assert detected("Action: Merlene to collect Justice on school days.") == [
        "Merlene",
        "Justice",
    ]


@pytest.mark.parametrize("word", ["Maman", "Yiayia", "Khaleh", "Halmeoni", "Buni", "Lolo", "Sitti"])
def test_kinship_words_of_more_languages_are_not_names(word):
    assert detected(f"The children stayed with {word} that weekend.") == []


def test_initials_before_a_possessive_of_a_childs_needs_are_a_name():
    assert detected("Noted: OAC's speech is delayed.") == ["OAC"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Texts from Kwadwo and Demarco were found on the phone.", ["Kwadwo", "Demarco"]),
        ("Talent, her sister, lives in Leicester.", ["Talent"]),
        (
            "Present: Loveness, Mphatso (nursery), Ms Cartwright (DSL).",
            ["Loveness", "Mphatso", "Ms Cartwright"],
        ),
        (
            "Action: Chantelle to see the children; Pearl to attend the next meeting.",
            ["Chantelle", "Pearl"],
        ),
    ],
)
def test_names_in_more_positions_with_no_cue_word(text, names):
    assert detected(text) == names


def test_a_name_found_once_stays_a_word_before_the_kind_of_event():
    found = find_personal_data(["Talent, her sister, came.", "The school Talent show was fun."])
    assert [s.label for s in found[1]] == []


def test_who_someone_is_after_a_place_does_not_make_the_place_a_name():
    assert detected("They moved to Leeds, her mother's town, in 2019.") == []


def test_a_street_nickname_that_is_a_word_before_what_someone_does_is_a_name():
    assert detected("He said Blade gave him a phone and Tiny punched him.") == ["Blade", "Tiny"]
    assert detected("He said that Police took him home.") == []
    assert detected("She said Probation took no action.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("20/05/2025 R (DOB 01/01/2019) seen at A&E.", ["R"]),
        ("Known in the notes as R (5) and M (8 months).", ["R", "M"]),
        ("Kyle said R fell. His mate hit R once.", ["Kyle", "R", "R"]),
    ],
)
def test_a_single_initial_with_an_age_a_date_of_birth_or_a_persons_verb_is_a_name(text, names):
    assert detected(text) == names


def test_a_letter_naming_a_plan_or_a_grade_stays_a_label():
    assert detected("They agreed Plan B (2) and Grade C (4) for the visit.") == []


def test_a_name_shaped_like_a_town_is_a_name_when_the_child_goes_missing():
    assert detected("14/02/2025 Braydon missing from home overnight.") == ["Braydon"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dear Nkemdirim, thank you for your time.", ["Nkemdirim"]),
        ("The plan is attached. Thanks, Oluwadarasimi", ["Oluwadarasimi"]),
        ("cc: Kgomotso\nPlease see below.", ["Kgomotso"]),
    ],
)
def test_a_name_no_list_knows_in_a_salutation_a_sign_off_or_a_header_is_a_name(text, names):
    assert detected(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Dear Colleague, please find the minutes attached.",
        "Please see the minutes. Kind regards, Paediatric Liaison",
        "To: Safeguarding Hub\nSubject: minutes",
        "To: EDT\nCc: YOS\nSubject: minutes",
    ],
)
def test_a_salutation_or_a_sign_off_naming_no_one_is_not_a_name(text):
    assert detected(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tanatswa, 15, was arrested.", "Tanatswa"),
        ("Concerns about Oluwadarasimi were raised.", "Oluwadarasimi"),
        ("The sister of Kgomotso rang the school.", "Kgomotso"),
    ],
)
def test_an_age_between_commas_or_a_relation_before_says_a_person_whatever_the_model(text, name):
    assert detected(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sister Okafor on the ward said he was settled.", "Okafor"),
        ("Tomek told Nurse Mole at Kennet School he sleeps on the sofa.", "Mole"),
        ("Jack away with Nanny Dot for the summer.", "Dot"),
        ("Present: Amir Rahimi (SW), Nurse Mole, Probation Service.", "Mole"),
    ],
)
def test_a_role_or_kinship_word_written_as_a_title_names_the_person_after_it(text, name):
    """Even when the name is an ordinary word ("Mole", "Dot")."""
    assert name in detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Referred to the Family Nurse Partnership in May.",
        "She was seen by the Nurse Practitioner at the walk-in centre.",
        "The Sister Ward round was at nine.",
    ],
)
def test_a_role_naming_a_job_or_a_service_is_not_a_person(text):
    assert detected(text) == []


def test_a_listed_first_name_that_is_no_dictionary_word_starts_a_sentence_as_a_name():
    """The tagger calls "Naomi" an adjective here; the list knows better."""
    assert detected("Naomi from the hostel found him a bed.") == ["Naomi"]
    assert detected("Hope from the hostel was not enough.") == []


def test_a_name_the_model_runs_into_the_verb_after_it_ends_at_the_name():
    """A redaction must not swallow the verb: "Jo-Jo rang" is Jo-Jo."""
    assert detected("Jo-Jo rang.") == ["Jo-Jo"]
    assert detected("Muhammad Al Rashid rang; he came.") == ["Muhammad Al Rashid"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Later Florin was seen in the kitchen with the baby.", "Florin"),
        ("The worker spoke to Tyler and the baby in the kitchen.", "Tyler"),
        ("Then Fadumo was seen in the kitchen with the baby.", "Fadumo"),
    ],
)
def test_a_first_name_after_a_sentence_adverb_or_spoken_to_is_a_name(text, name):
    """ "Later" is no term word before a name, and no one speaks to a place."""
    assert detected(text) == [name]


def test_a_town_moved_to_is_still_a_place():
    assert detected("The family moved to Shannon in 2019.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mason and her brother were at home.", "Mason"),
        ("Police attended; Mason was present.", "Mason"),
        ("Attended: Mason, DSL, SW.", "Mason"),
        ("The HV saw Farai at the clinic.", "Farai"),
        ("The HV saw Shannon at the clinic.", "Shannon"),
    ],
)
def test_a_first_name_that_is_also_a_word_or_a_place_where_only_a_person_stands(text, name):
    assert detected(text) == [name]


@pytest.mark.parametrize(
    "text", ["Summer was hot and the garden overgrown.", "Hope was fading by the spring."]
)
def test_a_word_name_starting_a_sentence_as_the_word_stays(text):
    assert detected(text) == []


def test_a_word_name_seen_with_a_condition_or_described_as_something_is_a_name():
    assert "Precious" in detected("15/01/2025 GP: Precious seen with eczema.")
    assert detected("Precious was described as a precious child.") == ["Precious"]
