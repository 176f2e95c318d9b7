"""Firms by their branch, pubs, and things named after people or places (issue 14, part 3): a
nail bar or a chain's takeaway with its street identifies a place; a pub named with the word
"pub" is a place; a feast, a chart, a unit after a town's name or a place with a possessive in
it is no one; a name is found before its date of birth. Examples written for these tests; the
names and places in them are made up or common."""

import pytest

from casewindow.anonymisation.detection.engine import find_personal_data
from tests.anonymisation.detected import detected


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        (
            "Seen sweeping floors at Lotus Nails Cowley Road, Oxford, during school hours.",
            "Lotus Nails Cowley Road",
        ),
        ("Seen with a man called Jayden at Chicken Cottage Narborough Road.", None),
        ("Dima moved to the Rising Sun pub flat where he works.", "Rising Sun"),
        ("She drinks most nights in a pub called the Red Lion.", "Red Lion"),
    ],
)
def test_a_firm_with_its_branch_and_a_named_pub_are_places(text, organisation):
    if organisation is None:  # a chain's branch: the whole span, and no home
        assert detected(text, "ORGANISATION") == ["Chicken Cottage Narborough Road"]
        assert detected(text, "ADDRESS") == []
    else:
        assert organisation in detected(text, "ORGANISATION")


@pytest.mark.parametrize(
    "text",
    [
        "HB to flag Chicken Cottage to the exploitation team.",  # a chain alone: no home
        "He went to the Stoke pub quiz on Friday.",  # a pub in a town
        "Gold Star Motors took him on for the summer.",  # a firm of ordinary words, no branch
    ],
)
def test_a_chain_alone_a_towns_pub_and_a_plain_firm_are_no_place(text):
    assert detected(text, "ORGANISATION") == [] and detected(text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Angharad Wyn, Staff Nurse, Llanidloes MIU", "Llanidloes"),
        ("Discharged home on Valentine's Day evening.", "Valentine"),
        ("St David's Day, 1 March 2023 – Ffion started nursery.", "David"),
        ("A scald of about 2% by the Lund and Browder chart.", "Browder"),
        ("She did not share it, citing Fraser competence.", "Fraser"),
        ("Dai (Canal & River Trust) was not present.", "Canal"),
        ("He bought me Nando's, that's it.", "Nando"),
        ("She went to the service in King's Lynn with the lodger.", "Lynn"),
        ("Household: Hakan Kaya (husband, DOB 14/06/1981).", "DOB"),
        ("Apgar 8 and 9 at birth, weight 3.4 kg.", "Apgar"),
        ("A full Special Guardianship assessment begins.", "Special Guardianship"),
        ("The first day of Şeker Bayramı, the police were called.", "Bayramı"),
    ],
)
def test_units_feasts_charts_shops_and_towns_with_possessives_are_no_one(text, not_a_name):
    assert all(not_a_name not in name for name in detected(text, "PERSON"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Health chronology summary. Reign Hartley (DOB 04/07/2018) is on the system.",
            "Reign Hartley",
        ),
        ("21/06/2023 – King born (DOB 21/06/2023); registered with the GP.", "King"),
        ("2019 – Marvel born; NHS number 769 483 3696.", "Marvel"),
    ],
)
def test_a_name_that_is_a_word_is_found_before_its_date_of_birth(text, name):
    assert name in detected(text, "PERSON")


def test_a_mothers_date_of_birth_makes_no_role_word_a_name():
    assert detected("Mother (DOB 01/02/1990) said she was tired.", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "owner", "work"),
    [
        ("Action: CE screening tool; risk significant. Action: JB to call.", "JB", "CE"),
    ],
)
def test_an_abbreviation_of_the_work_is_no_owner_of_an_action(text, owner, work):
    names = detected(text, "PERSON")
    assert owner in names and work not in names


def test_initials_owning_an_action_stay_initials_when_they_are_an_abbreviation_too():
    names = detected("Actions: MDC and NA joint visit; ZL to write the report.", "PERSON")
    assert {"MDC", "NA", "ZL"} <= set(names)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        (
            "They plan to stay with Rubina on Toller Lane, Bradford BD8 from Monday.",
            "POSTCODE",
            "BD8",
        ),
        ("She lives on Dunraven Street, Tonypandy CF40, with her children.", "POSTCODE", "CF40"),
        (
            "They plan to stay with Rubina on Toller Lane, Bradford BD8 from Monday.",
            "ADDRESS",
            "Toller Lane",
        ),
        ("The review was held at the carers' home, Hadley Road, Barnet.", "ADDRESS", "Hadley Road"),
        ("Ffion lives with her father at Tŷ Gwyn, Cwmparc.", "ADDRESS", "Tŷ Gwyn"),
        ("Cerys and Siân moved to Y Bwthyn in April.", "ADDRESS", "Y Bwthyn"),
        ("11/03/2015 – Aleena Hussain born at Airedale General.", "DATE_OF_BIRTH", "11/03/2015"),
        (
            "Kirk Sandall. 5 January 2020 – Kathleen born. HV allocated.",
            "DATE_OF_BIRTH",
            "5 January 2020",
        ),
        ("Please ring me. Yours sincerely, Joanne Mulvey Team Manager", "PERSON", "Joanne Mulvey"),
    ],
)
def test_outward_codes_streets_welsh_homes_births_and_signatures(text, label, value):
    assert value in detected(text, label)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Drove up the M6 past Stoke at night.", "POSTCODE"),  # a motorway, no postcode
        ("A shop on Oxford Road was broken into.", "ADDRESS"),  # where something happened
        ("14/02/2024 – Mother seen by the GP; baby born early.", "DATE_OF_BIRTH"),  # no name
    ],
)
def test_roads_events_and_unnamed_births_stay(text, label):
    assert detected(text, label) == []


def test_the_village_after_a_homes_name_is_no_person():
    assert "Cwmparc" not in detected("Ffion lives with her father at Tŷ Gwyn, Cwmparc.", "PERSON")


def test_a_word_name_found_once_is_found_again_at_a_lines_start_before_its_verb():
    texts = [
        "Summary. Amber Campbell (DOB 01/02/2010) lives with her mother.",
        "September 2021 – Amber starts at Handsworth Wood Girls' Academy.",
    ]
    second = find_personal_data(texts)[1]
    assert "Amber" in [texts[1][s.start : s.end] for s in second if s.label == "PERSON"]


def test_initials_a_transcript_declares_are_that_persons_wherever_they_stand():
    text = (
        "Speakers: SW Oisín Mac Giolla Bhríde (OMGB), Farai Moyo (FM), Fiona Hart (SW). "
        "OMGB: Thank you for letting me in. FM: That is fine. SW: Shall we start?"
    )
    names = detected(text, "PERSON")
    assert "Oisín Mac Giolla Bhríde" in names
    assert names.count("OMGB") == 2 and names.count("FM") == 2
    assert "SW" not in names  # a role in brackets is no one's initials


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dear Mr Ó Súilleabháin, I confirm our meeting.", "Mr Ó Súilleabháin"),
        ("Ms Ní Bhriain attended the core group.", "Ms Ní Bhriain"),
    ],
)
def test_a_title_before_an_irish_particle_keeps_the_surname(text, name):
    assert name in detected(text, "PERSON")


def test_a_name_found_elsewhere_is_found_in_small_letters_in_a_quoted_message():
    text = (
        'Messages copied exactly: "big t says bring yoni sat" "mo got the bag off yoni?? t aint'
        ' happy". Yoni Tesfaye is 15 and will be seen on Monday.'
    )
    names = detected(text, "PERSON")
    assert names.count("yoni") == 2 and "Yoni Tesfaye" in names


def test_a_common_word_that_is_also_a_name_stays_a_word_in_small_letters():
    text = 'She wrote: "i will ask if we can go". Will Brannigan is her friend from school.'
    names = detected(text, "PERSON")
    assert "Will Brannigan" in names and "will" not in names


def test_an_agencys_letters_after_a_name_in_an_attendance_list_are_no_ones_initials():
    text = (
        "Attendees: DS R. Okafor (WMP), Li Mei Zhang (ICTG), Brook Halloran (TES). "
        "The chair noted that ICTG had not been told and that WMP held the intelligence."
    )
    names = detected(text, "PERSON")
    assert not {"WMP", "ICTG", "TES"} & set(names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('He lives with Tariq Mahmood ("big T"), aged 19.', "big T"),
        ('Older brother Shahnewaz ("Sunny") collects her on Fridays.', "Sunny"),
        ('Terrell Bowen ("T-Bone") is the subject of a county lines referral.', "T-Bone"),
        ('A younger male, "Mo", is believed to be Mohammed Ilyas.', "Mo"),
        ('A third boy, "K", is thought to be Kofi.', "K"),
        ('Messages came from a contact saved as "R" on her phone.', "R"),
        ("Her record shows her maiden name, Kazlauskaitė, and an alias.", "Kazlauskaitė"),
    ],
)
def test_street_names_nicknames_letters_and_maiden_names_are_names(text, name):
    assert name in detected(text, "PERSON")


def test_an_abbreviation_in_quotes_in_brackets_is_no_nickname():
    assert detected('The Warm Homes ("WHD") scheme paid the bill.', "PERSON") == []


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("He drinks at The Crown, Askam and works cash-in-hand.", "The Crown"),
        ("The family had been eating at the Six Bells before going home.", "Six Bells"),
        ("He was seen twice at the Fox and Hounds, Goldsborough.", "Fox and Hounds"),
        (
            "She disclosed to Women's Refuge Penwith that he had strangled her.",
            "Women's Refuge Penwith",
        ),
        ("Offered the Freedom Programme at IDAS Scarborough.", "IDAS Scarborough"),
        ("His grandfather's chapel, Capel Blaenycwm, helped with a bus pass.", "Capel Blaenycwm"),
        ("He was at Walney Central ARLFC on Sunday watching the match.", "Walney Central ARLFC"),
    ],
)
def test_old_pub_names_charity_branches_welsh_chapels_and_clubs_are_places(text, organisation):
    assert organisation in detected(text, "ORGANISATION")


@pytest.mark.parametrize(
    "text",
    [
        "He drinks at The Crown most nights. He appeared at the Crown Court in May.",
        "The file went to the Crown Prosecution Service.",
        "Referred to IDAS; the worker rang back.",
    ],
)
def test_the_crown_court_and_a_charity_alone_are_no_place(text):
    organisations = detected(text, "ORGANISATION")
    assert all("Court" not in o and o != "the Crown" for o in organisations)
    assert "IDAS" not in organisations


def test_a_schools_name_without_its_kind_is_the_village_where_a_town_goes():
    texts = [
        "She told the DSL at Lydbury North C of E Primary School.",
        "Home visit to Lower Barn, Pencoed Lane, Lydbury North, SY7 8QT.",
        "If Mason would prefer Walney School, please say. The family have lived on Walney since.",
    ]
    spans = find_personal_data(texts)
    organisations = [
        text[s.start : s.end]
        for text, found_spans in zip(texts, spans, strict=True)
        for s in found_spans
        if s.label == "ORGANISATION"
    ]
    assert "Lydbury North C of E Primary School" in organisations
    assert "Walney School" in organisations
    assert "Lydbury North" not in organisations and "Walney" not in organisations


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("You said you would like to go to Burger King on our next visit.", "King"),
        ("He was referred with suspected Hirschsprung's disease, now ruled out.", "Hirschsprung"),
    ],
)
def test_a_chain_of_two_words_and_a_disease_named_after_someone_are_no_one(text, not_a_name):
    assert all(not_a_name not in name for name in detected(text, "PERSON"))


def test_a_street_name_after_call_and_a_letter_before_a_verb_are_names():
    text = 'Is Tariq the one you call big T? He says "T looks after me". I will call Mum later.'
    names = detected(text, "PERSON")
    assert "big T" in names and "T" in names and "Mum" not in names


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Ages and Stages Questionnaire at 24 months showed a delay.", "Stages"),
        ("Risk rating: High (previously Amber).", "Amber"),
        ("He is always asleep or watching Benfica on Sky Sports.", "Sky"),
    ],
)
def test_a_questionnaire_a_rating_and_a_channel_are_no_one(text, not_a_name):
    assert all(not_a_name not in name for name in detected(text, "PERSON"))


@pytest.mark.parametrize(
    "text",
    [
        "At home I watch Peppa and Tom and Jerry with my brother.",
        "Mrs Brown's Boys is his favourite programme.",
        "He wore a Brooklyn Nets hoodie to the meeting.",
        "Kind regards, Headteacher and DSL",
    ],
)
def test_a_programme_a_team_or_a_job_is_no_person(text):
    assert detected(text, "PERSON") == []


def test_people_named_like_a_programme_are_still_people():
    text = "Tom and his sister Jerry visited. Mrs Brown said the boys were fine."
    assert detected(text, "PERSON") == ["Tom", "Jerry", "Mrs Brown"]
