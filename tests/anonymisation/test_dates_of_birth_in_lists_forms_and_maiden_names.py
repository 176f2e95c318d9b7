"""Dates of birth a blind tuning set (tuning 37) showed missed: a date for a form ("My DOB for
the form is 1/1/2008"), a two-digit year in a list of children with their dates, a child's date
straight after the family's name for them, a child had with a partner on a date, and a maiden
name with a date in brackets. A day of an event stays a day."""

from tests.anonymisation.detected import detected


def test_a_date_of_birth_given_for_a_form_or_for_the_records() -> None:
    assert detected("My DOB for the form is 1/1/2008. Thank you.", "DATE_OF_BIRTH") == ["1/1/2008"]
    assert detected("Erion's DOB for your records: 19/05/12.", "DATE_OF_BIRTH") == ["19/05/12"]


def test_a_two_digit_year_in_a_list_of_children_is_a_birth_but_not_alone() -> None:
    text = (
        "They have four children: Malalai (14/06/2011), Ahmad Shah (30 September 2016) and "
        "Marwa (11/04/22), born in Kabul."
    )
    assert detected(text, "DATE_OF_BIRTH") == ["14/06/2011", "30 September 2016", "11/04/22"]
    assert not detected("Seen by Dr Okoro (12/03/22) with Mum.", "DATE_OF_BIRTH")


def test_births_in_one_sentence_with_and_without_on() -> None:
    text = "Joy was born 26.07.09, Jun Hao (Ethan) 15 Jan 2012, and Xin Yi on 5/5/2016."
    assert detected(text, "DATE_OF_BIRTH") == ["26.07.09", "15 Jan 2012", "5/5/2016"]


def test_a_child_had_with_a_partner_and_a_maiden_name_with_its_date() -> None:
    text = (
        "She had Isabela with Leandro Souza on 21 June 2011. Hetal (née Parmar, 22 July 1985) "
        "moved to Harrow. She had contact with Social Care on 3 May 2024."
    )
    assert detected(text, "DATE_OF_BIRTH") == ["21 June 2011", "22 July 1985"]
