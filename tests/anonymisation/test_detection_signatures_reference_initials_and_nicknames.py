"""What a blind tuning set showed missed: a writer's first name and initials in a signature
whose fields are set between bars, a known person's initials in a letter's reference code or
owning a meeting's action even where they spell an abbreviation, and a nickname in quotes after
a child's full name."""

import pytest

from tests.anonymisation.detected import detected, detected_in_each


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Can we discuss at supervision Thursday? Nat NG | Social Worker | Central Locality",
            ["Nat", "NG"],
        ),
        # a first name that is also a word
        (
            "I have given her the perinatal team's number. Patience PN | HV | Central Health",
            ["Patience", "PN"],
        ),
    ],
)
def test_a_signature_between_bars_gives_the_writers_first_name_and_initials(text, names) -> None:
    found = detected(text)
    assert all(name in found for name in names), found


def test_a_bar_after_capitals_that_do_not_start_with_the_first_names_letter_is_no_signature() -> (
    None
):
    # "Team TM" does not sign; "Hope" here is a word.
    found = detected("We hope for the best. Team TM | Rota | Duty, see the list.")
    assert not any(name in ("Team", "TM", "Hope") for name in found), found


@pytest.mark.parametrize(
    ("texts", "initials"),
    [
        # a reference code: "NA" spells "not applicable", "PS" a role elsewhere
        (
            [
                "Natalie Gordon and Nia Adeyemi visited the family.",
                "Our ref: NG/NA/CP/90312 Dear Mr Palacio,",
            ],
            ["NG", "NA"],
        ),
        (["Priya Sharma rang the school.", "The Maples Ref: PS/jt To: Mr T. Eddington"], ["PS"]),
        # the owner of an action in the minutes
        (
            [
                "Present: Pauline Ashworth (SW), PC Sandhu.",
                "Agreed: S47 for all three children. PA to request Clare's Law disclosure.",
            ],
            ["PA"],
        ),
    ],
)
def test_a_known_persons_initials_in_a_reference_or_owning_an_action_are_that_person(
    texts, initials
) -> None:
    found = detected_in_each(texts)[1]
    assert all(letters in found for letters in initials), found


def test_initials_no_one_in_the_batch_has_are_not_taken_in_a_reference_or_an_action() -> None:
    found = detected_in_each(
        ["Mrs Okafor attended with her sister.", "Our ref: CP/NA/2291. PA to request the file."]
    )[1]
    assert "NA" not in found and "PA" not in found, found


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ('Child A: Yeison Almonte Reyes, "Flaco" (skinny) to his family. Flaco! Come.', "Flaco"),
        ('Her brother, Tyrese Campbell, "Tiny" to his friends, was not there.', "Tiny"),
    ],
)
def test_a_nickname_in_quotes_after_a_full_name_is_the_persons(text, nickname) -> None:
    found = detected(text)
    assert nickname in found, found


def test_a_quoted_word_after_a_full_name_that_starts_what_they_said_is_not_a_nickname() -> None:
    found = detected('Mary Smith, "Never" again, she said. She left.')
    assert "Never" not in found, found
