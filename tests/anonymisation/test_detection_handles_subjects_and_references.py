"""Personal data found by where records put it: online names in quotes, a recipient written as
an address's local part, initials in an e-mail's subject and a letter's reference, sign-offs
with a job or a formal name after them, collar numbers, and a name before its date of birth
after a named place. A registered name opening a message in single quotes is found too."""

import pytest

from casewindow.anonymisation.detection.register import RegisterMatcher, RegisterPerson
from tests.anonymisation.detected import detected, detected_in_each


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('She gave his name as "sina_h93". Police traced him.', "sina_h93"),
        ('He showed me the message from "jigs_patel81" on his phone.', "jigs_patel81"),
        ('It continued on Snapchat under the name "sophie.h.11" for weeks.', "sophie.h.11"),
        ('Drill video posted by "JayB.N17" referencing the boy.', "JayB.N17"),
        ('Phone contacts include "adoumi" and an unsaved number.', "adoumi"),
    ],
)
def test_an_online_name_in_quotes_is_a_person(text, name) -> None:
    assert name in detected(text)


@pytest.mark.parametrize(
    "text",
    [
        'The plan was saved as "cp_plan_final.docx" on the shared drive.',
        'Staff had all had "COVID19" training that term.',
        'The app was updated to "v2.1" in March.',
    ],
)
def test_a_file_an_abbreviation_or_a_version_in_quotes_is_no_one(text) -> None:
    assert detected(text) == []


def test_a_recipient_written_as_an_addresses_local_part_is_a_person() -> None:
    text = "From: Donna Fairweather To: chloe.brennan Subject: collection today Hi Chloe,"
    assert "chloe.brennan" in detected(text)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Subject: P.K. – collection today Hi Chloe, Princess was collected late.", ["P.K."]),
        ("Subject: D.R. and A.R. Fiona – Darya came to my office.", ["D.R.", "A.R."]),
    ],
)
def test_initials_with_points_in_an_emails_subject_are_people(text, initials) -> None:
    found = detected(text)
    assert all(letters in found for letters in initials), found


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Portobello Vale Primary School Ref: JK/bc/SG-24-19 4 March 2024", ["JK", "bc"]),
        ("Gardens Practice Our ref: MLT/ac/2022/318 20 July 2022", ["MLT", "ac"]),
        ("South Locality Our ref: FMcL/DI/CP/23/214 Mrs Shirin Rahim", ["FMcL"]),
    ],
)
def test_a_typists_small_initials_and_a_mc_initial_in_a_reference_are_people(
    text, initials
) -> None:
    found = detected(text)
    assert all(letters in found for letters in initials), found


def test_a_teams_code_before_a_word_in_a_reference_is_no_one() -> None:
    assert detected("Ref: HV/re/2024 - the baby's weight.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We have logged it on CPOMS. Kind regards, Claire Mrs C. Buckby, Reception teacher",
            "Claire",
        ),
        ("We have logged it on CPOMS. Donna Nursery Manager, Acorn Tree Nursery", "Donna"),
        ("Weight is on the line. Precious Health Visitor, Corby 0-19 Team", "Precious"),
    ],
)
def test_a_first_name_signing_a_message_before_a_job_or_a_formal_name_is_a_person(
    text, name
) -> None:
    assert name in detected(text)
    assert "Donna Nursery" not in detected(text, "ORGANISATION")


def test_a_collar_number_between_rank_and_name_stays_with_the_officer() -> None:
    assert detected("PC 418MS Singh and PC Doherty attend.")[0] == "PC 418MS Singh"


def test_a_name_before_its_date_of_birth_after_a_named_hospital_is_a_person() -> None:
    text = (
        "Report of the Child Development Centre, Royal Cornwall Hospital, Brook Tregunna, "
        "DOB 9 December 2020."
    )
    assert "Brook Tregunna" in detected(text)


def test_a_registered_alias_opening_a_message_in_single_quotes_is_found() -> None:
    register = RegisterMatcher.from_people(
        [
            RegisterPerson(key="1", label="Child B", names=("Rowan Buchan", "Rowan", "Ro")),
            RegisterPerson(key="2", label="Aunt", names=("Autumn Miller", "Autumn", "Orty")),
        ]
    )
    text = (
        "Snapchat shown by the school: 'ro is hidin in the cupboard again' / "
        "'orty can u have him sat'"
    )
    found = detected(text, register=register)
    assert "ro" in found and "orty" in found, found
    # …but not a word inside another after an apostrophe: "can't", "O'Rowan".
    assert detected("She can't say; he won't go.", register=register) == []


@pytest.mark.parametrize(
    "text",
    [
        'Darya said: "Baba is not bad all the time." She said: "Amu says Maman is mad."',
        "Marcia was born in San Fernando, Trinidad, and came to London aged ten.",
        'His dad said "come out to Trinidad, JJ, come lime with me".',
        'She said that on Christmas Eve he "grabbed Mummy\'s neck".',
        'Yasmine\'s message to her teacher: "miss pls dont let baba take me"',
        "Vale Academy, Year 6 transition Ref: TW/DSL/0423 Dear Mrs Kamara,",
        "Oakley Rise Academy, Corby Ref: JT/SG/23/77 12 May 2023",
        "To: Paediatric Dietetics, Royal Hospital for Children Dear colleague,",
    ],
)
def test_speech_verbs_countries_feasts_a_teacher_addressed_and_team_codes_are_no_one(
    text,
) -> None:
    found = detected(text)
    assert not {"said", "Trinidad", "Nigeria", "Eve", "miss pls", "DSL", "SG"} & set(found)
    assert "Paediatric Dietetics" not in found


def test_a_chat_still_has_its_speakers() -> None:
    text = "jay: u comin out 2nite\nnev: cant\njay: y not\nnev: mum says no"
    assert detected(text) == ["jay", "nev", "jay", "nev"]


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("He works at Salone Afro Foods on Rye Lane.", "Salone Afro Foods"),
        ("Bence saw him at Ironside Gym the following week.", "Ironside Gym"),
        ("A white Golf pulled up by Café Marrakech on Golborne Road.", "Café Marrakech"),
        ("Biju works part-time at Kerala Spice Store on Manchester Road.", "Kerala Spice Store"),
        ("Darya will attend Whitehill Secondary from Monday.", "Whitehill Secondary"),
        ("Baran admitted to Royal Hospital for Children, 27/02.", "Royal Hospital for Children"),
        ("He misses his football club, Queens Park Lions, and his friends.", "Queens Park Lions"),
        ("He is playing for Illogan Reds under-9s this season.", "Illogan Reds"),
    ],
)
def test_a_shop_a_gym_a_cafe_a_school_a_hospital_and_a_club_by_name_are_organisations(
    text, organisation
) -> None:
    assert organisation in detected(text, "ORGANISATION")


def test_playing_for_a_country_or_a_year_group_is_no_organisation() -> None:
    assert detected("He plays for England and is playing for Year 6.", "ORGANISATION") == []


def test_a_familys_name_for_someone_in_brackets_is_a_name_found_again_later() -> None:
    text = 'Ebin ("Kuttan" at home) is a lively two-year-old. Kuttan likes trains.'
    assert detected(text) == ["Ebin", "Kuttan", "Kuttan"]


def test_a_word_before_a_job_or_a_service_and_a_health_boards_letters_are_no_one() -> None:
    """One review's texts: the model's "Dwayne Youth" and "Sandy Recovery" (a name and the
    first word of a job) must not make "Youth" and "Recovery" names everywhere else."""
    texts = [
        "It was great. Cheers, Dwayne Youth Worker, Golborne Youth Hub",
        "His Youth Offending Service worker, Callum, recorded concerns.",
        "Really positive. Sandy Recovery Worker, We Are With You Cornwall",
        "Yours faithfully, Dr Sunil Menon cc: Sandy Lugg, Recovery Worker",
        "Dr Nasreen Akhtar (paediatrician, NHSGGC), Kirsty Docherty (HV).",
    ]
    found = detected_in_each(texts)
    assert found[1] == ["Callum"]
    assert found[3] == ["Dr Sunil Menon", "Sandy Lugg"]
    assert found[4] == ["Dr Nasreen Akhtar", "Kirsty Docherty"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Marta OZOLA   DOB 17-Mar-2023   NHS No: 507 912 8755", ["17-Mar-2023"]),
        (
            "Grace was born in Salford on 5 March 2016 and Precious on 29/11/2019. "
            "They were seen on 4 May 2021.",
            ["5 March 2016", "29/11/2019"],
        ),
        (
            "The children were born: Omar in Tripoli on 11 February 2012; Malak in Misrata on "
            "18 September 2015; Sanad at the Jessop Wing on 3/5/21.",
            ["11 February 2012", "18 September 2015", "3/5/21"],
        ),
        ("Baby born on 1 June 2024 and seen by the HV on 5 June 2024.", ["1 June 2024"]),
    ],
)
def test_dates_of_birth_as_health_systems_print_them_and_in_a_list_of_births(text, dates) -> None:
    assert detected(text, "DATE_OF_BIRTH") == dates


def test_a_schools_letterhead_is_the_school_then_its_street() -> None:
    text = "Archway Academy Orwin Road, Liverpool L7 4PD 12 March 2025 Dear Mr Chen,"
    assert detected(text, "ORGANISATION") == ["Archway Academy"]
    assert detected(text, "ADDRESS") == ["Orwin Road"]


def test_a_phone_number_run_into_a_date_is_the_number() -> None:
    text = "London N13 5XG Telephone: 020 7946 0472 20 January 2025 Enfield Children's Services"
    assert detected(text, "PHONE") == ["020 7946 0472"]


def test_an_initial_and_a_common_surname_is_a_person_but_a_sentence_after_a_e_is_not() -> None:
    assert detected("Seen by J. Smith and E. Jones yesterday.") == ["J. Smith", "E. Jones"]
    assert detected("Following her presentation at A&E. She has lost 7kg.") == []


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        (
            "They met at a church event at Iglesia Cristiana Nueva Vida in 2019.",
            "Iglesia Cristiana Nueva Vida",
        ),
        ("The children attend Greek school at Ayia Varvara on Saturdays.", "Ayia Varvara"),
        (
            "Head Teacher, Sgoil Ghàidhlig Achadh Mòr, raises a concern.",
            "Sgoil Ghàidhlig Achadh Mòr",
        ),
        ("Refer Seonag to Croileagan Inbhir Nis three mornings a week.", "Croileagan Inbhir Nis"),
        ("Sanad has a place at Busy Bees Meersbrook from Monday.", "Busy Bees Meersbrook"),
        ("He attends the same church, Living Word Chapel, Broughton.", "Living Word Chapel"),
        ("He works at the family takeaway, Golden Harbour, most weeknights.", "Golden Harbour"),
        ("Present: B. Quayle (HV), G. Pryce (DSL, Archway), Jenny Ho.", "Archway"),
    ],
)
def test_churches_schools_and_nurseries_named_in_their_own_words_are_organisations(
    text, organisation
) -> None:
    assert organisation in detected(text, "ORGANISATION")


def test_a_kind_of_school_by_its_language_is_no_organisation() -> None:
    text = "The children attend Greek school on Saturdays and a Gaelic playgroup."
    assert detected(text, "ORGANISATION") == []
