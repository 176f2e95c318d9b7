"""Tuning 38: minutes that declare a person's initials last in the brackets, after the role and
the agency ("Peter Galloway (DSL, PG)"), or with the surname's first two letters ("Sunita Chauhan
(SCh)"); initials that are also a role in a list of initials ("Desislava Stoyanova (DS)"); a GP
practice named after its doctors; a call "to the address" of the people there; the peoples of
countries of several words; a bracket after a name; towns where people move or are placed."""

from tests.anonymisation.detected import detected, detected_in_each, detected_with_labels

MINUTES = (
    "Strategy discussion. Present: Beverley Haddon (DSL, BH); Sunita Chauhan (DSL, Adderley "
    "Park Primary School, SCh); Joanne Metcalfe (DSL, Swale Valley Academy, JM); Marta "
    "Szymańska (HV, MSz). BH said Oluwaseun had been late. SCh said Aleena was settled. JM: "
    "attendance 84%. MSz to visit."
)


def test_initials_declared_last_in_the_brackets_are_the_person_throughout() -> None:
    found = detected(MINUTES)
    assert found.count("BH") == 2
    assert found.count("SCh") == 2
    assert found.count("JM") == 2
    assert found.count("MSz") == 2
    organisations = detected(MINUTES, "ORGANISATION")
    assert organisations == ["Adderley Park Primary School", "Swale Valley Academy"]


def test_a_school_abbreviated_after_a_role_is_still_the_school() -> None:
    text = "Present: Mrs Ann Lee (DSL, Ashgrove HS); Tom Reid (SENCO, Hill Top Primary)."
    assert detected(text, "ORGANISATION") == ["Ashgrove HS", "Hill Top Primary"]


def test_letters_that_are_a_role_are_initials_in_a_list_of_initials() -> None:
    found = detected_in_each(
        [
            "Core group. Present: Desislava Stoyanova (DS); Krasimir Stoyanov (KS); Zlatka "
            "Todorova (ZT). DS said the baby was feeding well. KS agreed.",
            "GA offered DS a place on the parenting course. DS Whitfield was not told.",
        ]
    )
    assert found[0].count("DS") == 2
    # the mother; not the rank of DS Whitfield
    assert found[1] == ["DS", "Whitfield"]


def test_a_role_in_brackets_in_a_list_of_roles_is_the_role() -> None:
    text = (
        "Present: Sandra Whitworth (SW); Harriet Voss (HV); Gemma Price (DSL). SW to visit on "
        "Monday; HV to weigh the baby."
    )
    assert "SW" not in detected(text)
    assert "HV" not in detected(text)


def test_a_gp_practice_named_after_its_doctors_is_an_organisation() -> None:
    text = (
        "16/01/2024 GP record, Dr Okonjo & Partners, Lyndhurst Medical Centre. Registered at "
        "Dr Siddiqui Practice before the move. Dr Okonjo saw her."
    )
    found = detected(text, "ORGANISATION")
    assert "Dr Okonjo & Partners" in found
    assert "Dr Siddiqui Practice" in found
    assert detected(text) == ["Dr Okonjo"]


def test_the_people_at_the_address_of_a_call_are_people() -> None:
    found = detected_with_labels(
        "Police had a 2023 DA call to the address: Mr Bankole and Ms Adewale arguing."
    )
    assert ("Mr Bankole", "PERSON") in found
    assert not any(label == "ADDRESS" for _, label in found)


def test_a_people_of_a_country_of_two_words_is_no_one() -> None:
    text = "Ethnicity: Black African (Sierra Leonean, Krio). Sierra Williams is her teacher."
    assert detected(text) == ["Sierra Williams"]


def test_a_bracket_after_a_name_is_not_part_of_it() -> None:
    text = (
        "Contact: Folasade Adewale (Mother) 07700 900128; emergency contact Abosede Ogunbiyi "
        "(Maternal Grandmother) 020 7946 0239."
    )
    assert detected(text) == ["Folasade Adewale", "Abosede Ogunbiyi"]


def test_a_town_where_people_move_or_are_placed_is_no_one() -> None:
    found = detected_in_each(
        [
            "Housing officer Barry Lewis will visit. PC Liam Poole attended with Diane Crosby.",
            "If you are moving to Barry or Penarth we must transfer your application. UASC, "
            "placed with Kent, transferred to Peterborough. She came to Poole in 2017. Her "
            "brother lives in Crosby.",
        ]
    )
    assert found[0] == ["Barry Lewis", "Liam Poole", "Diane Crosby"]
    assert found[1] == []


def test_a_kin_word_of_latvian_and_yoruba_families_is_no_one() -> None:
    text = 'She said Mr Liepa shouted at Mamma. He calls his gran "Nan-Nan".'
    assert detected(text) == ["Mr Liepa"]


def test_a_name_that_is_a_word_heads_a_chronology_entry_of_what_the_person_did() -> None:
    found = detected_in_each(
        [
            "Health chronology. 02/11/2024 – Joy Lim (15) admitted after an overdose.",
            "28/01/2025 – Joy DNA CAMHS; Asante rings. 06/01/2025 – Joy back part-time. "
            "Tuesday; Joy no longer gives medication.",
            "05/08/2025 – Joy of the summer fair. Joy to the world.",
        ]
    )
    assert found[1].count("Joy") == 3
    assert "Joy" not in found[2]


def test_a_town_that_is_a_surname_in_the_batch_stays_a_town_beside_places() -> None:
    found = detected_in_each(
        [
            "HC (Helen Coventry) and PC Liam Poole attended. DS Wisbech took the statement.",
            "2024 – Dr Blaustein (Coventry and Warwickshire Partnership Trust). Arrested at "
            "Room 212, Harbourside Hotel, Poole. Multi-agency operation, Wisbech.",
            "Present: Hall, Poole.",
        ]
    )
    assert found[1] == ["Dr Blaustein"]
    assert "Poole" in found[2]  # a list of surnames
