"""What a blind tuning set (tuning 34) showed taken wrongly for a place: a person's name in
brackets after what the family calls her ("Dadi (Surjit Kaur)", "Nana (Mrs Sarpong)"), and the
area a school is named after, where the family lives ("Drumchapel" of "Drumchapel Academy")."""

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
