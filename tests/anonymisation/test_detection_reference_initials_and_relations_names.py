"""What a blind tuning set (tuning 36) showed missed: a writer's four initials in a letter's
reference ("RMGB/JTO/25/0147"), the writer's and typist's initials before a team's code
("KAOD/BO/CP/0325"), the typist's small letters last ("FQ/safeguarding/dm"); a name signed
before a council service's role ("Regards Darek Wolny Housing Options Officer") and a
relation's full name in brackets ("Dadi (Jobeda Khatun)") taken for places; a nurse's
qualifications taken for a name; a Polish Saturday school and a Pentecostal assembly missed. A
team's own code stays no one."""

from tests.anonymisation.detected import detected, detected_in_each, detected_with_labels


def test_initials_in_a_letters_reference_are_people() -> None:
    found = detected_in_each(
        [
            "Our ref: RMGB/JTO/25/0147 Date: 3 February 2025",
            "Our ref: KAOD/BO/CP/0325 12 March 2025",
            "Our ref: FQ/safeguarding/dm 1 August 2025",
            "Our ref: MARAC/RDG/0517",
        ],
        "PERSON",
    )
    assert found == [["RMGB", "JTO"], ["KAOD", "BO"], ["FQ", "dm"], []]


def test_a_name_signed_before_a_housing_options_role_is_a_person() -> None:
    text = "Regards Darek Wolny Housing Options Officer | Tower Hamlets Council"
    found = detected_with_labels(text)
    assert ("Darek Wolny", "PERSON") in found
    assert all(label != "ORGANISATION" for _, label in found), found


def test_a_relations_full_name_in_brackets_is_no_place() -> None:
    text = "Things at home got worse when Dadi (Jobeda Khatun) came from Sylhet in the summer."
    assert detected(text, "ORGANISATION") == []
    assert "Jobeda Khatun" in detected(text, "PERSON")


def test_a_nurses_qualifications_after_her_name_are_no_one() -> None:
    text = "Best wishes, Marigold Fenn RGN SCPHN (HV) | Tower Hamlets Health Visiting"
    assert detected(text, "PERSON") == ["Marigold Fenn"]


def test_a_polish_saturday_school_and_a_pentecostal_assembly_are_places() -> None:
    text = (
        "Apologies: Beata Zając (Polska Szkoła Sobotnia w Bostonie). Marcia is a deaconess at "
        "Mount Zion Pentecostal Assembly in Radford. The Welsh Assembly met."
    )
    assert detected(text, "ORGANISATION") == [
        "Polska Szkoła Sobotnia w Bostonie",
        "Mount Zion Pentecostal Assembly",
    ]
