"""Who sends and who is greeted in a quoted message, who sat in a meeting by initials, who
writes a letter by one set of initials, full names and nicknames in the forms case records
write them, and the words that look like names and are not (a dog's name, Scots speech, an
agency by its area, a ward where something happened) (issue 14, part 3). Examples written for
these tests; the names in them are made up."""

import pytest

from casewindow.anonymisation.detection.engine import find_personal_data
from tests.anonymisation.detected import detected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            'Texts on Mother\'s phone: sooty: "sorry babe. wont happen again". shona: "ur no to '
            'come near the hoose". sooty: "ur maw hates me anyway".',
            ["sooty", "shona"],
        ),
        (
            'Texts from her phone: dil uncle: "where r u. come home now". prakriti: "im at '
            'swimming. leave me".',
            ["dil", "prakriti"],
        ),
        ('WhatsApp, amber to her mum: "miss u mum. nana made mince n tatties x"', ["amber"]),
        ('Maricel to Rosa: "He gives me twenty pounds a week and says my visa is his."', []),
        ('A contact saved as "Bikash": "u ok kriti? call me". Reply: "ok"', ["kriti"]),
    ],
)
def test_the_sender_and_the_person_greeted_in_a_message_are_people(text, names):
    people = detected(text)
    for name in names:
        assert name in people, (name, people)
    for word in ("Reply", "mum", "nana", "babe", "uncle"):
        assert word not in people


def test_words_before_a_quoted_message_that_are_no_sender_are_no_one():
    text = 'Reply: "ok see u later". Another: "cant tonite". Note: "she is fine". Later: "ok"'
    assert detected(text) == []


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        (
            "Core group 12/03/2025. Present: RP (SW), SG (Mother), DBR (stepfather), PS (HV), "
            "EP (DSL), DC Nikolaidis",
            ["RP", "SG", "DBR", "PS", "EP"],
        ),
        (
            "Attendance: OB (SW), MKS (Mother), SR (Southall Women's Project), Mrs Grewal "
            "(foster carer), EA. MKS reported that the visits had stopped.",
            ["OB", "MKS", "SR", "EA"],
        ),
        ("Present: MH (Mother), ED (grandmother, by video from Manila), PH (aunt)", ["ED"]),
    ],
)
def test_initials_in_a_meetings_attendance_list_are_people(text, initials):
    people = detected(text)
    for letters in initials:
        assert letters in people, (letters, people)


def test_agencies_in_an_attendance_list_are_not_people():
    people = detected("Present: CSC (duty), GP (by phone), HV, Police.")
    assert "CSC" not in people and "GP" not in people and "HV" not in people


def test_a_reference_of_one_set_of_initials_is_the_person_and_re_is_not():
    text = "Our ref: SB/AO/0412\nYour ref: DC\nDear Mr Campbell,\nRe: Tatenda, Year 9"
    people = detected(text)
    assert "DC" in people
    assert "Re" not in people


def test_a_letter_in_an_emails_subject_line_is_the_person():
    assert "K" in detected("Subject: K. Hi all, she engaged well today and wants to come again.")


def test_a_full_name_starting_a_sentence_is_found_and_a_place_is_not():
    text = (
        "His friends are named by his tutor. King Osei, River Hale and Tyrese Bennett were "
        "seen with him. Roman Oláh and Silvia Oláhová attended."
    )
    people = detected(text)
    assert "King Osei" in people and "Roman Oláh" in people
    assert (
        detected("He moved to Milton Keynes. Sutton Coldfield was busy. Port Talbot is near.") == []
    )


def test_a_nickname_before_the_persons_full_name_in_brackets_is_the_person():
    people = detected("Youth Justice worker informed. Lucky (Lukáš Kotlár, 17) was charged.")
    assert "Lucky" in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He asked for a mentor, Big T (Tariq Hussain), to come.", "Big T"),
        ("She drew Mummy, her brother and a lady she called Auntie C.", "Auntie C"),
        ("Mum said they call him S, and he was there on Sunday.", "S"),
        ("Then a voice note from D. at 02:14 saying he was outside.", "D"),
        ('She signed off "B." as she always does.', "B"),
    ],
)
def test_people_known_by_a_letter_are_found(text, name):
    assert name in detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Auntie Pat has a dog called Star. I don't see Dad.",
        "Star, the dog, is a spaniel and sleeps in the kitchen.",
    ],
)
def test_a_pets_name_is_no_one(text):
    assert "Star" not in detected(text)


def test_scots_speech_starting_a_sentence_is_no_name():
    people = detected('"Granda used tae take me. Noo it\'s just me. Dinnae tell her I said."')
    assert "Noo" not in people and "Dinnae" not in people


def test_a_word_name_after_a_closing_quote_starts_a_sentence():
    text = (
        'Rich Tomlinson is her partner. She said: "He takes the money. Blissy is too small." '
        "Rich in love, poor in money, she said of her family."
    )
    (spans,) = find_personal_data([text])
    starts = [s.start for s in spans if s.label == "PERSON"]
    assert text.index("Rich in love") not in starts


def test_an_agency_by_its_area_under_a_signature_is_no_one():
    people = detected("Thanks, Ayesha SW, Haringey CSC 020 7946 0318")
    assert "Haringey CSC" not in people and "Haringey" not in people


def test_a_hospital_ward_where_something_happened_is_a_place_and_a_patients_is_an_address():
    text = "04/02/2026: CP medical on Ward 29, Ninewells Hospital, by Dr Stavrou."
    assert detected(text, "ADDRESS") == []
    assert "Ninewells Hospital" in detected(text, "ORGANISATION")
    heading = "Ms K-A Campbell\nWard 6, Prospect Park Hospital\nDear Kerry-Ann,"
    assert "Ward 6" in detected(heading, "ADDRESS")


def test_a_charitys_local_branch_named_with_its_place_is_an_organisation():
    assert detected("Christmas parcel from Aldershot Salvation Army.", "ORGANISATION") == [
        "Aldershot Salvation Army"
    ]
    assert detected("She went to Women's Aid Dundee on Thursday.", "ORGANISATION") == [
        "Women's Aid Dundee"
    ]
    assert detected("She contacted the Salvation Army and Women's Aid.", "ORGANISATION") == []


def test_a_name_found_once_is_found_in_small_letters_inside_a_message():
    text = (
        'The maternal aunt, Trish Dela Cruz, visits. WhatsApp from the eldest: "tita trish can '
        'me n bliss come 2 urs sat. mama is tired"'
    )
    assert "trish" in detected(text)


def test_a_registered_name_that_is_a_word_counts_in_small_letters_inside_a_message():
    from casewindow.anonymisation.detection.register import RegisterMatcher, RegisterPerson

    register = RegisterMatcher.from_people(
        [RegisterPerson("e", "Child E", ("Estrela Souza", "Estrela", "Star"))]
    )
    text = 'Texts between the sisters: "pai when is ti coming 2 u. star cries every nite for him"'
    (spans,) = find_personal_data([text], register)
    assert "star" in [text[s.start : s.end] for s in spans if s.label == "PERSON"]
    plain = 'Her message read: "ur a star lol. cant wait 2 see u"'
    (spans,) = find_personal_data([plain], register)
    assert [s for s in spans if s.label == "PERSON"] == []


def test_a_name_found_once_is_not_the_last_word_of_a_term_elsewhere():
    text = (
        "Bill rang the school. The Council Tax Bill for the flat is unpaid. Bill said he would pay."
    )
    (spans,) = find_personal_data([text])
    starts = [s.start for s in spans if s.label == "PERSON"]
    assert text.index("Bill for") not in starts
    assert text.index("Bill rang") in starts and text.index("Bill said") in starts


def test_a_word_with_an_age_after_it_is_a_person():
    text = (
        "She feared for Jazz, 11. Storm (6) was at school. Sky, 8, had hidden her sister. "
        "They live in Reading, 12 miles away. Mother, 34, said so."
    )
    people = detected(text)
    assert {"Jazz", "Storm", "Sky"} <= set(people)
    assert "Reading" not in people and "Mother" not in people
