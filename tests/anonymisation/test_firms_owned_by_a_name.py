"""Firms named by their owner (tuning 37): "Ruby's Nail Bar", "Murphy's Chippy" are places a
family is known at; "Mum's Kitchen" and "St Mary's church" are no one's firm."""

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
