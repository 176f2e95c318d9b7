"""Firms named by their owner (tuning 37): "Ruby's Nail Bar", "Murphy's Chippy" are places a
family is known at; "Mum's Kitchen" and "St Mary's church" are no one's firm. And short forms
the name lists lacked ("Bernie", "Phil"), found again where a note starts a clause with them,
and a nickname quoted in brackets ("Dariukas") where a place could go; a ranked officer's initials
("Supt Glenn Harby" speaking as "GH"); national charities alone and with their branch."""

from tests.anonymisation.detected import detected


def test_a_firm_owned_by_a_name_is_an_organisation() -> None:
    text = (
        "Lee has seen the Corsa near Ruby's Nail Bar on West Street. Tony works at Murphy's "
        "Chippy. He went to St John's Church and Amy's Cafe."
    )
    found = detected(text, "ORGANISATION")
    assert found == ["Ruby's Nail Bar", "Murphy's Chippy", "St John's Church", "Amy's Cafe"]
    assert "Amy" not in detected(text, "PERSON")


def test_a_family_word_or_a_saint_owns_no_firm() -> None:
    text = "Mum's Kitchen was shut. First Holy Communion at St Mary's church, Chatteris."
    assert not detected(text, "ORGANISATION")


def test_a_short_form_found_once_is_the_person_again_after_a_semicolon() -> None:
    from tests.anonymisation.detected import detected_in_each

    found = detected_in_each(
        [
            "Bernadette McGann (Bernie, born 17 March 1988) grew up in Anfield.",
            "HV visit; Bernie asleep at 2pm. Spoke to a Phil once.",
        ],
        "PERSON",
    )
    assert "Bernie" in found[1]


def test_a_nickname_quoted_in_brackets_stays_a_person_where_a_place_could_go() -> None:
    from tests.anonymisation.detected import detected_in_each

    found = detected_in_each(
        [
            'Darius Kazlauskas ("Dariukas") works nights at the packhouse.',
            "Rasa said she should not go back to Dariukas.",
        ],
        "PERSON",
    )
    assert "Dariukas" in found[0]
    assert "Dariukas" in found[1]


def test_a_ranked_officers_initials_in_minutes_leave_out_the_rank() -> None:
    text = (
        "Panel: Dr Miriam Achterberg (reviewer), Supt Glenn Harby, Jo Sentance (Children's "
        "Services), Det Supt Andrew Tallis. JS: the transfer summary was not sent. GH: PC "
        "Greaves used a relative as interpreter. AT: the response was good. Her uncle Kenny Lim "
        "lives in KL."
    )
    found = detected(text, "PERSON")
    assert "GH" in found and "AT" in found and "Kenny Lim" in found, found
    assert "KL" not in found


def test_a_national_charity_alone_is_no_one_and_with_its_branch_an_organisation() -> None:
    text = (
        "Nurse Kerry Doyle gave a Karma Nirvana card. The carers lead works with Carers Trust "
        "Longsight."
    )
    assert detected(text, "PERSON") == ["Kerry Doyle"]
    assert detected(text, "ORGANISATION") == ["Carers Trust Longsight"]
