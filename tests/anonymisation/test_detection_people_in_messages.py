"""People in text messages quoted in a record (issue 14, part 3): a message written in small
letters names people the way teenagers write them — first names that are also words ("sunny",
"summer"), a letter ("k says", "lil j"), a title and a surname ("miss macleod") — and a witness
may know a contact only by the letter it is saved under ("R 🖤"). The same words in a record's
own sentences, or in a message where they are the word, are no one. Examples written for these
tests; the names in them are made up."""

import pytest

from tests.anonymisation.detected import detected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            'She showed me a message from last night: "riz says if sunny comes near him again '
            'jamal will sort him out. dont tell miss m"',
            ["sunny", "jamal", "miss m"],
        ),
        (
            "tas: omg ur mad. sunny will kill him rumi: only rosie knows tas: rosie told summer "
            "tho rumi: ask faith. my mum thinks im at faiths",
            ["sunny", "rosie", "summer", "faith"],
        ),
        (
            'Messages on his phone: "tell bless to stop chatting to mrs bailey or she gets it '
            'too" "k says ur a grass lol. come thru sat or dion comes to urs"',
            ["mrs bailey", "k", "dion"],
        ),
        ('Group chat: "lil j cant come hes grounded lol" "big s says its off"', ["lil j", "big s"]),
    ],
)
def test_people_in_a_message_written_in_small_letters_are_found(text, names):
    found = detected(text)
    for name in names:
        assert name in found, (name, found)


def test_a_possessive_house_in_a_message_is_the_person_without_the_s():
    assert "faith" in detected("rumi: my mum thinks im at faiths tas: omg ur mad lol")
    assert "urs" not in detected('"come thru sat or i come to urs lol"')


@pytest.mark.parametrize(
    "text",
    [
        '"hope u r ok x" "will do" "its sunny here lol" "summer hols soon cant wait"',
        '"keep the faith bruv" "i miss u" "miss you loads" "big up" "pat on the back lol"',
        "The family went away in the summer and the weather was sunny; the children had faith "
        "in the worker who will visit again, and hope is high.",
    ],
)
def test_words_in_a_message_or_a_sentence_in_small_letters_are_no_one(text):
    assert detected(text) == []


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ('Her phone has messages from a contact saved as "R 🖤" since May.', "R"),
        ('She went to Exeter with "J" for the weekend.', "J"),
        ('Tino thinks "D" is Dion, his cousin\'s friend.', "D"),
        ('The rent book was initialled "G.D." each week.', "G.D."),
    ],
)
def test_a_person_known_only_by_a_letter_in_quotes_is_found(text, letter):
    assert letter in detected(text)


@pytest.mark.parametrize(
    "text",
    [
        'She got an "A" in her mock English exam.',
        'Plan "B" was agreed at the core group.',
        'Option "C" on the referral form was ticked.',
    ],
)
def test_a_grade_a_plan_or_an_option_in_quotes_is_no_one(text):
    assert detected(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Her sister has had messages too, from "big J", since May.', "big J"),
        ('Kemar said a boy called "lil d" messaged him.', "lil d"),
        ('Tino thinks "k" is Kofi, an older boy.', "k"),
        ("favour: they took blessing to hospital in shrewsbury sis ngozi: ok lol", "blessing"),
    ],
)
def test_a_nickname_in_quotes_and_a_person_taken_somewhere_in_a_message_are_found(text, name):
    assert name in detected(text)


def test_a_person_taken_off_work_is_a_season_not_a_person():
    assert detected('"i took summer off work lol"') == []


def test_a_full_name_in_apposition_is_a_person_even_where_the_model_says_place():
    text = "On 14 November a Year 8 pupil, Jayden Okafor, told Mr Zielinski about the gate."
    assert "Jayden Okafor" in detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Yin joined Maiden Erlegh School from Hong Kong (BN(O) visa).",
        "Practitioners assumed Hong Kong families would not accept help.",
    ],
)
def test_a_place_that_reads_like_a_name_stays_a_place(text):
    assert "Hong Kong" not in detected(text)


def test_first_names_in_a_quick_note_written_all_in_small_letters_are_found():
    text = "hv visit. nev at school. rocco in nappy only, house cold. mum on sofa."
    assert "rocco" in detected(text)


def test_a_record_sentence_that_happens_to_have_no_capitals_names_no_one():
    text = "the social worker visited the family home and found the children fed and well"
    assert detected(text) == []


def test_initials_with_their_part_in_the_case_after_them_are_people():
    text = "MARAC, 10 April 2025. Case 6: T.R. (victim), L.T. (perpetrator). IDVA to contact."
    assert {"T.R.", "L.T."} <= set(detected(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("18/09 summer (aunt) present, said the boys are back most nights.", "summer"),
        ("strong smell of bud. brooklyn (nev's friend) there too.", "brooklyn"),
        ('She calls him "Yoni" or "Y" at home.', "Y"),
    ],
)
def test_who_someone_is_in_brackets_or_a_second_quoted_name_marks_a_person(text, name):
    assert name in detected(text)


def test_a_grade_or_another_is_no_one_and_brackets_without_a_person_name_no_one():
    assert detected('Grade "A" or "B" expected in the summer (aunt paid for the trip).') == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('He is frightened of "Will", a friend of Mr Bell who sometimes stays.', "Will"),
        ("January 2026 – River taken to Royal Derby Hospital with a head injury.", "River"),
        ("Ruby then spent most weekdays with her aunt.", "Ruby"),
    ],
)
def test_a_first_name_that_is_a_word_is_the_person_where_only_a_person_stands(text, name):
    assert name in detected(text)


def test_the_same_words_as_words_are_no_one():
    assert detected("Summer holidays were hard. The river then went over the bank.") == []
