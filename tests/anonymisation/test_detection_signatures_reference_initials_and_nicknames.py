"""What a blind tuning set showed missed: a writer's first name and initials in a signature
whose fields are set between bars, a known person's initials in a letter's reference code or
owning a meeting's action even where they spell an abbreviation, and a nickname in quotes after
a child's full name."""

import pytest

from casewindow.anonymisation.detection.register import RegisterMatcher, RegisterPerson
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


def test_a_speaker_declared_by_one_letter_is_that_person_where_declared_and_at_each_turn() -> None:
    text = (
        "Present: Chloe Garrard (CG), Nguyễn Thị Lan (L), interpreter Đỗ Thị Hoa (H). "
        "CG: Thank you for seeing me. L (via H): Everyone calls me Mimi. H: She says uncle. "
        "L: Sơn stays with friends. A chair was brought in."
    )
    found = detected(text)
    assert found.count("L") == 3 and found.count("H") == 3, found
    # ("A" here is the article; nobody declared it)
    assert "A" not in found, found


def test_one_letters_in_brackets_that_no_turn_uses_are_left_alone() -> None:
    found = detected("Abdirahman Farah (Father of A, M, N) attended. Plan A: to visit weekly.")
    assert not any(letters in found for letters in ("A", "M", "N")), found


def test_initials_with_an_accented_capital_are_found_where_declared_and_at_each_turn() -> None:
    found = detected(
        "Gemma Worrall (GW), Žaneta Horváthová (ŽH). GW: Thank you. ŽH: Sometimes. ŽH: Yes."
    )
    assert found.count("ŽH") == 3, found


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ('Mustafe (known by friends as "Moose") was reported missing.', "Moose"),
        ('He is known at school as Mus and at home as "Dheere".', "Dheere"),
        ('Friends call her "Cadey". She is 14.', "Cadey"),
        ('Désiré ("Chip" to his uncle, "Dezi" at school) interprets for his mother.', "Chip"),
        ('Darius Vaitkus (also uses "Bear" on social media) was arrested.', "Bear"),
        ("NH: Can I call you Happy? G: Everyone does.", "Happy"),
    ],
)
def test_a_nickname_the_notes_say_someone_goes_by_is_the_persons(text, nickname) -> None:
    assert nickname in detected(text)


def test_what_the_children_call_a_relation_and_a_product_someone_uses_are_not_nicknames() -> None:
    found = detected('The children call her Ayeeyo. She uses "Bold" shampoo.')
    assert "Ayeeyo" not in found and "Bold" not in found, found


def test_a_quick_notes_small_letter_first_name_is_found_beside_its_abbreviations() -> None:
    for text in (
        "05/11 – bibi told lucia in romani she is the mum. GP appt made, EUSS checked.",
        "06/11 – NFA from CPS. rang lucia, she will tell LB.",
    ):
        assert "lucia" in detected(text), text


@pytest.mark.parametrize(
    "word",
    ["Biji", "Manman", "Granmanman", "Kreol", "Tết"],
)
def test_a_familys_word_for_a_relation_a_language_or_a_festival_is_no_one(word) -> None:
    text = (
        "Biji came alone. Pinky said Biji hit her. Manman fell. Granmanman lives in Mauritius. "
        "The family speak Kreol. Before Tết the children were happy."
    )
    found = detected(text)
    assert word not in found and "Pinky" in found, found


def test_a_hospital_the_model_takes_for_a_person_does_not_make_its_town_a_name() -> None:
    found = detected_in_each(
        [
            "Seen at Queen Elizabeth Hospital Birmingham on the ward.",
            "Lauren Ashby (SW, Birmingham Children's Trust) attended. He's Sagal's dad.",
            "He's giving his cousin's address.",
        ]
    )
    assert not any("Birmingham" in name for names in found for name in names), found
    assert not any(name.startswith("He's") for name in found[2]), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Admitted at 06:40, drowsy. Carboxyhaemoglobin 18%. Diagnosis: CO poisoning.", "Carbo"),
        ("Dr Miriam Coyle (Consultant Paediatrician, BRHC) attended.", "Paediatrician"),
        ("Kind regards, Ian Kettle, Assistant Headteacher (DSL).", "Assistant"),
        ("Rufaro is Mbuya's name for me. OB: How's home now? P: Quieter.", "How"),
    ],
)
def test_a_medical_word_a_job_or_a_question_word_is_no_name(text, word) -> None:
    assert not any(name.startswith(word) for name in detected(text))


def test_the_district_after_an_addresss_road_is_not_part_of_the_home() -> None:
    found = detected(
        "Flat 12, Lansdown Court, Seymour Road, Lawrence Hill, Bristol BS5 0HE.", "ADDRESS"
    )
    assert "Seymour Road" in found and "Lawrence Hill" not in found, found
    # after a building, the same words are the road
    assert "Rowan House, Chalk Hill" in detected("Flat 3, Rowan House, Chalk Hill.", "ADDRESS")


def test_an_offices_address_at_a_letters_head_is_nobodys_home() -> None:
    text = (
        "Sheffield City Council – Children and Families Service, Howden House, Union Street, "
        "Sheffield. Dear Mrs Horváthová, you now live at 9 Rowanlea Road, Firth Park."
    )
    assert detected(text, "ADDRESS") == ["9 Rowanlea Road"]


def test_a_registered_name_that_is_a_word_is_found_small_in_a_quick_note_where_a_person_acts() -> (
    None
):
    register = RegisterMatcher.from_people(
        [
            RegisterPerson(key="1", label="Mother", names=("Memory Mutasa", "Memory")),
            RegisterPerson(key="2", label="Aunt", names=("Patience Moyo", "Patience")),
            RegisterPerson(key="3", label="FSW", names=("Hope Tilley", "Hope")),
        ]
    )
    text = (
        "quick notes ob. 03/11 – memory rang from the school. 05/11 – patience says taku went "
        "to the park. 11/02 – no answer, hope (fsw) went round."
    )
    found = detected(text, register=register)
    assert {"memory", "patience", "hope"} <= set(found), found
    # the words stay words where the notes use them so
    words = "we hope (really) it works. i have no patience left."
    assert detected(words, register=register) == [], detected(words, register=register)


def test_a_police_notes_occurrence_and_a_prosecutions_crown_are_no_one() -> None:
    found = detected("Occ 25/176402. MISPER - CORRIGAN, Leah 15y. Subject: R v REID – NRM.")
    assert "Occ" not in found and "R" not in found and "Leah" in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Subject: Given C – 5 year review + Healthy Start", "Given C"),
        ("Subject: Happy S – managed move. Hi Natalie,", "Happy S"),
    ],
)
def test_a_subject_line_with_a_name_and_its_surnames_initial_is_that_person(text, name) -> None:
    assert name in detected(text)


def test_a_subject_line_naming_a_part_of_a_document_is_no_one() -> None:
    assert detected("Subject: Part B – update on the plan.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Please could we discuss it. Regards, Rufus. Rufus Penn | Deputy Head | Ashgrove",
            ["Rufus", "Rufus Penn"],
        ),
        ("They gave a voucher. Hope. Hope Tilley | Family Support Worker", ["Hope", "Hope Tilley"]),
    ],
)
def test_a_signature_with_its_job_between_bars_gives_the_writer(text, names) -> None:
    found = detected(text)
    assert all(name in found for name in names), found


def test_a_teams_name_between_bars_is_no_signature() -> None:
    assert detected("Thanks. Social Care | Duty Team | Manager") == []


def test_nicknames_listed_in_quotes_and_given_to_a_named_person_are_people() -> None:
    found = detected(
        'Records used nicknames not derived from their names – "Happy", "Simmi" and "Sunny"; '
        'Jaspal is "Lucky".'
    )
    assert {"Happy", "Simmi", "Sunny", "Lucky"} <= set(found), found
    assert "Kitchen" not in detected('She calls the rooms "Kitchen", "Lounge" and "Den".')


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Thanks, Kerry Kerry Haddington | Social Worker", ["Kerry", "Kerry Haddington"]),
        ("Regards, Sunny S. Okoye", ["Sunny", "S. Okoye"]),
        ("Thanks, Owen O.P", ["Owen", "O.P"]),
        ("Cheers, Becky BL", ["Becky", "BL"]),
        ("The brothers Kevin Tran / Son Tran were both there.", ["Kevin Tran", "Son Tran"]),
    ],
)
def test_two_people_side_by_side_are_two_names_not_one(text, names) -> None:
    found = detected(text)
    assert all(name in found for name in names), found


def test_a_name_with_its_particles_or_its_surnames_initial_stays_one_name() -> None:
    found = detected("Maria de la Cruz came with Hope K. to the review.")
    assert "Maria de la Cruz" in found and any(f.startswith("Hope K") for f in found), found


def test_a_hospital_found_by_name_is_found_again_by_its_initials() -> None:
    found = detected_in_each(
        [
            "Justice admitted to Birmingham Children's Hospital with a sickle cell crisis.",
            "Seen at BCH again on 14/02, 4 days.",
        ],
        "ORGANISATION",
    )
    assert found[1] == ["BCH"], found


def test_a_childrens_centre_in_a_notes_shorthand_is_a_place() -> None:
    found = detected("Mid-Autumn lantern party at Millfields CC; Mai made lanterns.", None)
    assert "Millfields CC" in found and "Mid-Autumn" not in found, found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Keri-Anne Keri-Anne Matthews | Family Support Worker",
            ["Keri-Anne", "Keri-Anne Matthews"],
        ),
        ("Regards, Gareth G Pryce", ["Gareth", "G Pryce"]),
        ("Present: Dr Akhtar – Baran was not there.", ["Dr Akhtar", "Baran"]),
    ],
)
def test_more_ways_two_people_stand_side_by_side(text, names) -> None:
    found = detected(text)
    assert all(name in found for name in names), found


def test_a_surname_first_stays_one_name() -> None:
    found = detected("MISPER - CORRIGAN, Leah 15y. Rep by mother.")
    assert any("CORRIGAN" in f for f in found), found


def test_a_name_found_in_the_batch_is_found_in_small_letters_in_a_quick_note() -> None:
    found = detected_in_each(
        [
            "Jaspal Singh Sandhu was arrested. Gurveer Sandhu is 15.",
            "quick notes nh. 06/01 – home visit, two rooms. 20/01 – jaspal sentenced at "
            "Isleworth Crown Court. 23/02 – Child in Need review – gurveer plan stepped down.",
        ]
    )
    assert "jaspal" in found[1] and "gurveer" in found[1], found
    # (in a record's prose the same small letters are not looked at)
    prose = detected_in_each(
        [
            "Jaspal Singh Sandhu was arrested.",
            "The Review notes that Isleworth Crown Court heard the case; jaspal was the user "
            "name on the Account. The Police Officer agreed. The Court listed it again.",
        ]
    )
    assert "jaspal" not in prose[1], prose


def test_a_full_name_after_to_is_a_person_and_a_place_of_two_words_stays_a_place() -> None:
    assert "Kerry Nunn" in detected("SW R.T. handed the case to Kerry Nunn (Fenland EH).")
    assert detected("They moved to Sutton Coldfield in May, then to Ashley Green.") == []
    # a place named after a person, where one goes
    assert detected("Yunior is at Abraham Moss; we meet at Gilbert Bain on Tuesday.") == ["Yunior"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "She lives with a new partner at Calle de Peña Prieta 14, Vallecas.",
            "Calle de Peña Prieta 14",
        ),
        ("Their old address, Schiedamseweg 112-B, Rotterdam.", "Schiedamseweg 112-B"),
        ("He is at Kalvarijų g. 98, Vilnius.", "Kalvarijų g. 98"),
    ],
)
def test_a_street_abroad_with_its_number_after_it_is_an_address(text, address) -> None:
    assert address in detected(text, "ADDRESS")


def test_a_measure_or_a_year_after_a_street_word_is_no_address() -> None:
    assert detected("BMI 23.5 on Via Roma. In Calle 2026 there were 14 cases.", "ADDRESS") == []


def test_a_journeys_route_of_places_is_no_one() -> None:
    found = detected(
        "They flew Amsterdam-Addis Ababa-Hargeisa in 2019. Rokas and Austėja flew Luton–Palanga."
    )
    assert found == ["Rokas", "Austėja"], found
    assert "Ms Smith-Jones" in detected("Ms Smith-Jones came from Luton.")


def test_a_full_name_with_its_initials_after_it_is_one_person_whatever_its_words() -> None:
    found = detected("Marcus Sterling (MS), Jahmal Brown (JB). MS: How is the leg? JB: Fine.")
    assert "Marcus Sterling" in found and found.count("MS") == 2, found


def test_a_service_with_its_letters_after_it_is_no_one() -> None:
    found = detected(
        "Youth Justice Service (YJS) and Early Help Hub (EHH) attended with Marcus Obi (YJS)."
    )
    assert found == ["Marcus Obi"], found


def test_a_double_barrelled_surname_that_ends_in_a_towns_name_is_still_a_name() -> None:
    assert "Marvel Chikwanha-Moyo" in detected("Marvel Chikwanha-Moyo, DOB 07/01/2025.")


def test_a_medical_code_in_mixed_capitals_is_no_one() -> None:
    found = detected("Diagnosed with sickle cell disease (HbSS); seen by Dr McDonald and DeShawn.")
    assert "HbSS" not in found and "DeShawn" in found, found


def test_a_worker_with_a_middle_initial_before_the_job_is_a_person_even_with_a_word_name() -> None:
    assert "Hope" in detected("Thank you for your help. Hope H. Adams, Health Visitor, 0-19 Team")
