"""Places and people found where a first tuning set of Orthodox Jewish, Telugu, Bosnian,
Rwandan, Angolan, Algerian, Goan and Liverpool families showed them missed: hospitals known by
a short name, GP practices known by their street, Jewish schools and a mosque that name their
kind first, births written "on the 9th of August 2011", initials in a subject line and a short
reference, and the kinship words and festivals of those families, which are no one."""

import pytest

from tests.anonymisation.detected import detected, detected_in_each


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Billy (3) was taken to Alder Hey by his mother with a cut to his head.", "Alder Hey"),
        ("The letter went to Dr Farouk at the Whittington, who saw a well child.", "Whittington"),
        ("Amina attended Whittington A&E twice in 2022 with injuries.", "Whittington"),
        ("She was born at Southmead and discharged home on day two.", "Southmead"),
        ("Panayiota discharged home from Chase Farm on 11 June.", "Chase Farm"),
        ("Rivky was admitted to Homerton with postnatal psychosis.", "Homerton"),
        ("Mother attended A&E at Lampton Royal with Grace after the fall.", "Lampton Royal"),
        ("Sai was seen at Campbell Park Royal ED after taking tablets.", "Campbell Park Royal"),
        ("Emir was brought to Royal Derby children's ED by his mother.", "Royal Derby"),
        ("All three children were registered at Bell Road with Dr Menezes.", "Bell Road"),
        ("Dr Mensah at London Road had not seen her since March.", "London Road"),
        ("Imam Saidi from Masjid an-Nour was invited to the meeting.", "Masjid an-Nour"),
        ("Rabbi Lieberman of Talmud Torah Beis Yosef attended.", "Talmud Torah Beis Yosef"),
        ("The school nurse at Bnos Tiferes saw Chaya Sura in June.", "Bnos Tiferes"),
        (
            "Fr Rodrigues, parish priest at Our Lady of Remedies, was spoken to.",
            "Our Lady of Remedies",
        ),
    ],
)
def test_a_place_known_by_its_short_name_or_its_street_is_an_organisation(text, place) -> None:
    assert place in detected(text, "ORGANISATION")


@pytest.mark.parametrize(
    "text",
    [
        "A text from Alexandra said she was fine.",  # a first name, not the Alexandra
        "Mr Freeman rang the duty desk at noon.",
        "She lives at 14 Bell Road with her aunt.",  # a home: a number before the street
        "The Theatre Royal panto trip was cancelled.",
        "A parcel came by Royal Mail the next day.",
        "Patrice Nkurunziza, Leeds Children's Social Work Service, was copied in.",
    ],
)
def test_a_person_a_home_or_a_national_body_is_no_hospital(text) -> None:
    assert detected(text, "ORGANISATION") == []


def test_a_first_name_before_a_job_is_the_name_alone() -> None:
    text = "Thanks, Dwayne Youth Worker, Oakfield Hub. I spoke with Kerry Family Support Worker."
    found = detected(text)
    assert "Dwayne" in found and "Kerry" in found
    assert not any("Youth" in f or "Family" in f for f in found)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Chaya Sura was born on the 9th of August 2011.", "9th of August 2011"),
        ("Kayden, Rose (born on the 6th of May 2014) and Billy.", "6th of May 2014"),
        (
            "Emir was born on 21st November 2016 and Lejla on the 6th of April 2021.",
            "6th of April 2021",
        ),
    ],
)
def test_a_birth_written_on_the_nth_of_a_month_is_a_date_of_birth(text, date) -> None:
    assert date in detected(text, "DATE_OF_BIRTH")


def test_a_meeting_on_the_nth_of_a_month_is_no_birth() -> None:
    assert detected("The core group met on the 9th of August 2023.", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Subject: JF / XF - visit Monday\nHi Clare,", ["JF", "XF"]),
        ("Derby DE23 8NP\nOur ref: BC/AH\n18 November 2022\nDear Mrs Hodzic,", ["BC", "AH"]),
        ("Child Abuse Investigation Unit\nOur ref: MH/CAIU/23/0417\n30 June 2023", ["MH"]),
    ],
)
def test_initials_in_a_subject_or_a_short_reference_are_people(text, initials) -> None:
    found = detected(text)
    assert all(i in found for i in initials)


@pytest.mark.parametrize("text", ["Our ref: HV/EH", "Your ref: SW/CP", "Our ref: CP/RDG/0517"])
def test_a_reference_of_team_codes_holds_no_one(text) -> None:
    assert detected(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The children stay with Zeidy on Shabbos.", "Zeidy"),
        ("Tatty said the boys were at shul.", "Tatty"),
        ("Amra sleeps at Nena's flat at weekends.", "Nena"),
        ("Sofiane said Yemma cooks for everyone.", "Yemma"),
        ("They visit family in Goa each winter.", "Goa"),
        ("Hatzola volunteers took him to hospital.", "Hatzola"),
        ("The family are Bosniak and speak Bosnian at home.", "Bosniak"),
        ("Child Merlin submitted to Hackney MASH by the officer.", "Merlin"),
        ("The review will not be held on a Yom Tov.", "Yom Tov"),
        ('She said "Baba sleeps on the floor at Mémé\'s".', "Mémé"),
        ("She misses Awicha, who went back to Cusco.", "Awicha"),
        ("Her Tatik in America makes gata.", "America"),
        ("The family celebrate Inti Raymi in June.", "Raymi"),
        ("The children speak Tunisian Arabic (Derja) and French.", "Derja"),
        ("Source: ED record (Cerner); Child B.", "Cerner"),
        ("An IRD was held the same afternoon.", "IRD"),
        ("JazakAllah khair, Aisha", "JazakAllah"),
    ],
)
def test_kinship_words_festivals_and_services_are_no_one(text, word) -> None:
    assert not any(word in f for f in detected(text))


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        (
            "Attendees: Tunde Bakare, Maria Hadjipetrou. Notes: TB — Eleni happier. MH — Andreas "
            "referred to the counsellor.",
            ["TB", "MH"],
        ),
        ("Attendees: D. Rourke, J. Przybylska. 2. DR reports Valentina attended.", ["DR"]),
    ],
)
def test_initials_that_spell_an_abbreviation_head_a_meetings_item_as_a_person(
    text, initials
) -> None:
    found = detected(text)
    assert all(i in found for i in initials)


def test_a_roles_letters_are_no_one_even_where_a_name_has_them() -> None:
    text = "Sam Walker attended the visit. SW agreed to meet the LADO."
    assert "SW" not in detected(text)


def test_the_other_offices_typist_is_no_one() -> None:
    assert "HC" not in detected("Our ref: AR/JM/2026/031\nYour ref: SD/HC\nDear Mr Dogan,")


def test_an_initial_and_an_accented_surname_are_one_name() -> None:
    text = "Attendees: M. Peña (interpreter), S. Núñez, J. Łukasz."
    assert detected(text) == ["M. Peña", "S. Núñez", "J. Łukasz"]


def test_a_pair_of_capitals_that_is_a_word_only_in_small_letters_is_initials() -> None:
    text = "Street, Inverness IV3 5NR\nOur ref: AG/EM/WB/0125\n30 January 2025"
    assert {"AG", "EM"} <= set(detected(text))
    assert detected("Our ref: HR/IT/2025/01") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Present: Tom Ellery (SW), Tessa Goode (Loughton Manor), Dr Kapoor (GP).",
            "Loughton Manor",
        ),
        ("Dr Nadia Pearce (Moorgate Royal), Jill Broadhead (HV).", "Moorgate Royal"),
        ("She had a stroke and was flown to Aberdeen Royal.", "Aberdeen Royal"),
        ("Grace Oyelaran (SW), Dr Catriona Hale (Heartlands), Lorraine Platt (HV).", "Heartlands"),
        (
            "Sora, aged ten, told his class teacher at Loughton Manor, Mr Ferris, that",
            "Loughton Manor",
        ),
        ("Baby Aram born 01/06/2022 at Queen Charlotte's.", "Queen Charlotte's"),
    ],
)
def test_a_place_beside_the_person_who_works_there_is_an_organisation(text, place) -> None:
    assert place in detected(text, "ORGANISATION")


@pytest.mark.parametrize(
    "text",
    [
        "Present: Kate Wright (Practice Supervisor), DC Ionescu (Norfolk Constabulary).",
        "Nana Pat (Patricia Clarke) collects him from school.",
        "With interpreter Mr Savio Colaco (Konkani) present.",
        "DC Aisha Rahman (GMP PPIU) and Claire Whitworth (DSL) attended.",
        "PC Marsh attended 7 Ashbourne Way, Farnham Royal, SL2 3PZ, at 9pm.",
    ],
)
def test_a_role_an_agency_a_name_or_a_language_in_brackets_is_no_place(text) -> None:
    assert detected(text, "ORGANISATION") == []


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Subject: NT (Y2) and YT (Y6) — Operation Encompass\nHi", ["NT", "YT"]),
        ("Subject: Urgent — H.H., Y4, diary entry\nDear Colleagues", ["H.H."]),
    ],
)
def test_initials_in_a_subject_after_urgent_or_before_a_year_group_are_people(
    text, initials
) -> None:
    assert detected(text) == initials


@pytest.mark.parametrize(
    "text",
    [
        "Erlend Rendall, d.o.b. 05.09.2016, CHI 0509160182",
        "The school nurse noted no helmet. CHI 0509160182. Information shared.",
    ],
)
def test_a_scottish_chi_number_is_an_nhs_number(text) -> None:
    assert detected(text, "NHS_NUMBER") == ["0509160182"]


def test_a_date_a_birth_certificate_gives_is_a_date_of_birth() -> None:
    text = "Born in Vienna; the birth certificate gives 10.12.2019."
    assert detected(text, "DATE_OF_BIRTH") == ["10.12.2019"]


def test_a_name_that_is_a_word_in_a_list_of_names_is_a_name() -> None:
    assert detected("They were Faith, Hope and Charity at the party.") == [
        "Faith",
        "Hope",
        "Charity",
    ]
    assert detected("We hope and will try again.") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Yasmine was born at St Mary's Hospital, Paddington, on 12/09/2019.", "12/09/2019"),
        ("Ms Benali was born in Larache, Morocco, on 3 April 1985.", "3 April 1985"),
    ],
)
def test_a_birth_with_its_place_and_country_before_the_date_is_a_date_of_birth(text, date) -> None:
    assert detected(text, "DATE_OF_BIRTH") == [date]


def test_a_date_after_a_year_of_birth_is_an_event() -> None:
    assert detected("She was born in 2015, and on 3 May 2019 she was seen.", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("with Rubina Akhtar (Fatima Women's Network). Ruslan attended", "Fatima Women's Network"),
        (
            "training run by Nneka Obi of the Salford African Families Forum.",
            "Salford African Families Forum",
        ),
    ],
)
def test_a_local_charity_or_community_group_is_an_organisation(text, place) -> None:
    assert place in detected(text, "ORGANISATION")


def test_the_street_of_a_familys_numbered_home_is_their_address_elsewhere() -> None:
    texts = [
        "Home: 14 Stonard Crescent, Enfield EN3 4QT.",
        "He is bailed not to enter Stonard Crescent. The practice on Stonard Crescent is shut.",
        "Home: 3 High Street, Ely CB7 4LQ.",
        "She works at the bakery; the High Street was busy.",
    ]
    found = detected_in_each(texts, "ADDRESS")
    assert found[1] == ["Stonard Crescent"]  # not where the practice is
    assert found[3] == []  # every town's High Street is no one's home


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "She helped at Église de Réveil Coventry, which meets at the hall.",
            "Église de Réveil Coventry",
        ),
        ("She knows the family through the Církev Betel congregation.", "Církev Betel"),
        ("Mass at Kościół Świętej Rodziny on Sunday.", "Kościół Świętej Rodziny"),
    ],
)
def test_a_church_named_in_its_own_language_kind_first_is_an_organisation(text, place) -> None:
    assert place in detected(text, "ORGANISATION")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ren starts at Little Acorns on Monday.", "Little Acorns"),
        ("Malika goes to Tiny Tots Stoney Lane three mornings.", "Tiny Tots Stoney Lane"),
    ],
)
def test_a_nursery_named_the_way_nurseries_are_is_an_organisation(text, place) -> None:
    assert detected(text, "ORGANISATION") == [place]


@pytest.mark.parametrize(
    "text", ["He went to Little Venice with friends.", "She lives at Little Chalfont now."]
)
def test_a_place_called_little_something_is_no_nursery(text) -> None:
    assert detected(text, "ORGANISATION") == []
