"""What a blind tuning set (tuning 35) showed taken for people: a county that is a first name too
("Essex notify Kent"), a thing after "a" that the model calls a person ("a Waltzer, a set of
Dodgems", a fairground ride, then found again everywhere), the Jobcentre, the Children's
Reporter, and a grandmother called by the family's word ("She misses Jiddah")."""

from tests.anonymisation.detected import detected, detected_in_each


def test_a_county_that_is_a_first_name_is_a_place_unless_it_does_what_people_do() -> None:
    text = "22/07/2025 – Essex notify Kent; SW Daniel Osei allocated. Not shared with Kent."
    assert detected(text, "PERSON") == ["Daniel Osei"]
    assert "Kent" in detected("Kent said he was fine and went home.", "PERSON")


def test_a_ride_after_a_is_a_thing_and_not_found_again_as_a_person() -> None:
    found = detected_in_each(
        [
            "The family's main rides: a Waltzer, a set of Dodgems and a juvenile ride.",
            "Tommy is meant to help Dad on the Waltzer but he's only eight.",
            "He has run the Waltzer since he was nineteen.",
        ],
        "PERSON",
    )
    assert all("Waltzer" not in spans for spans in found), found


def test_the_jobcentre_the_reporter_and_a_grandmothers_word_are_no_one() -> None:
    text = (
        "Then I did Jobcentre for Baba's Universal Credit. Referral to the Children's Reporter. "
        "Ummi is sad. She misses Jiddah."
    )
    found = detected(text, "PERSON")
    assert not {"Jobcentre", "Reporter", "Jiddah"} & set(found), found
