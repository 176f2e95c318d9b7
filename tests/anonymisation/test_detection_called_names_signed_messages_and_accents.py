"""What a blind tuning set (tuning 35) showed missed: a name someone is called by in quotes after
the calling ('Dean calls me "Rocky"'), a quoted message signed with one letter ('…at 8. T."'),
and the surname of a name written with accents found again alone in capitals, as a speaker in
a conversation's notes ("STANKEVIČIŪTĖ:"); a nickname the notes declare in brackets ('Patrick
Lukusa ("Pato", …)') taken for a relation's word where "the children call him Pato"; a house's
name in quotes before its street. What a child is called as a slur or by a relation's word
stays a word."""

from tests.anonymisation.detected import detected, detected_in_each


def test_a_name_someone_is_called_by_in_quotes_is_a_person() -> None:
    text = (
        'Dean calls me "Rocky", like the film. He called me "Princess K". A man calling himself '
        '"Sunny" has sent Krupa gifts.'
    )
    assert {"Rocky", "Princess K", "Sunny"} <= set(detected(text, "PERSON"))


def test_a_slur_or_a_relations_word_in_quotes_is_no_name() -> None:
    text = (
        'Boys call me "Polish" and "immigrant". The school called him "Gypsy". Lola calls me '
        "\"Ate\" because I'm the eldest. She call him 'Unchi'. It mean uncle."
    )
    found = detected(text, "PERSON")
    assert not {"Polish", "Gypsy", "Ate", "Unchi"} & set(found), found


def test_a_quoted_message_signed_with_a_letter_names_its_writer() -> None:
    found = detected_in_each(
        [
            'Text from Mum: "Will walk him home at 8. T."',
            'Message read out: "Kids didnt wake. Im not drinking. S x"',
            'He said "go with plan B." and left.',
        ],
        "PERSON",
    )
    assert found == [["T"], ["S"], []]


def test_an_accented_surname_found_in_full_is_found_alone_in_capitals() -> None:
    found = detected_in_each(
        [
            "Present: Chidi Okafor (SW); Ieva Stankevičiūtė (interpreter).",
            "OKAFOR: Did he hurt you? STANKEVIČIŪTĖ: (interpreting) She says he pushed her.",
        ],
        "PERSON",
    )
    assert "STANKEVIČIŪTĖ" in found[1]


def test_a_nickname_declared_in_brackets_is_a_name_where_the_children_call_him_it() -> None:
    found = detected_in_each(
        [
            'Mrs Adebayo reported that Patrick Lukusa ("Pato", DOB 12/03/1990) squeezed her arm.',
            'The children call him Pato or "Tonton". Mother said Pato sleeps there.',
        ],
        "PERSON",
    )
    assert found[1].count("Pato") == 2


def test_a_houses_name_in_quotes_before_its_street_is_an_address() -> None:
    found = detected_in_each(
        [
            'Ba lived alone at "Shanti Niwas", 5 Elmgrove Road, Harrow HA1 2AB.',
            '04/09/2023 – Moves from "Shanti Niwas" to her son\'s home.',
        ],
        "ADDRESS",
    )
    assert "Shanti Niwas" in found[0]
    assert found[1] == ["Shanti Niwas"]
