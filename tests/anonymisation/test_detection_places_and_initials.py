"""The detector without a register on addresses of every shape, local bodies, sign-off initials
and decoys (issue 14, part 3, third round). Examples written for these tests in the manner of
bench/data/pii/tune3_source.txt; none is taken from a held-out set."""

import pytest

from casewindow.anonymisation.detection import analysers, engine
from casewindow.anonymisation.detection.engine import find_personal_data
from casewindow.anonymisation.detection.identifiers import find_addresses, find_organisations
from tests.anonymisation.detected import detected

# --- addresses -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("She moved to flat 12, Kestrel House with the baby.", "flat 12, Kestrel House"),
        ("The letter was sent to Flat B, 22 Craven Road, Newbury.", "Flat B, 22 Craven Road"),
        ("Home address: Apartment 7, The Maltings, Bridge Street.", "Apartment 7, The Maltings"),
        ("She wanted to move to her friend's flat at 4 Kennet walk, Newbury.", "4 Kennet walk"),
        ("Discretionary payment for Ms J. Nowak, 6 Cedar House, RG15LR.", "6 Cedar House"),
        ("Tenancy confirmed at 37 brunel house, sl2 2ea from 1 November.", "37 brunel house"),
        (
            "Ms K-A Campbell Ward 6, Prospect Park Hospital Dear Kerry-Ann,",
            "Ward 6, Prospect Park Hospital",
        ),
        ("Elira went missing three times from Hawthorn Farm. She was found.", "Hawthorn Farm"),
        ("Placed with Mrs Doyle at Hawthorn Farm, Bucklebury Common.", "Hawthorn Farm"),
        ("He was living at Rosedene, Bath Road with his aunt.", "Rosedene, Bath Road"),
        (
            "Gethin ran away to his grandmother Morag at Tigh na Mara, Shore Road.",
            "Tigh na Mara, Shore Road",
        ),
        ("MRS K SMITH 14 OAK ROAD READING RG1 2AB", "14 OAK ROAD"),
        ("Address: 23 Fairview, Theale.", "23 Fairview"),
        ("They were staying in Room 4 at the Travelodge on the A4.", "Room 4 at the Travelodge"),
        ("The family were placed in the Kennet Lodge hotel for a year.", "Kennet Lodge"),
    ],
)
def test_addresses_without_the_usual_shape(text, address):
    # An address is found in its parts, split where a comma joins them.
    found = detected(text, "ADDRESS")
    assert all(part in found for part in address.split(", ")), found


def test_a_pitch_stops_at_its_street_and_a_postcode_inside_an_address_line_is_kept():
    text = "Mrs M Ward Plot 11, Smithy Lane Theale RG7 5AZ Dear Mrs Ward,"
    assert detected(text, "ADDRESS") == ["Plot 11", "Smithy Lane"]
    assert detected(text, "POSTCODE") == ["RG7 5AZ"]


def test_a_named_house_after_a_title_and_name_leaves_the_name_whole():
    text = "PRIVATE AND CONFIDENTIAL Ms C MacLeod Keeper's Cottage Yattendon Lane Hermitage"
    assert "Ms C MacLeod" in detected(text)
    assert [text[s.start : s.end] for s in find_addresses(text)] == [
        "Keeper's Cottage",
        "Yattendon Lane",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "They lived near Tilehurst, close to Prospect Park, and shopped in Theale.",
        "A shop on Oxford Road employed her for six weeks.",
        "She had 3 Bedroom windows boarded up.",
    ],
)
def test_districts_and_places_beside_a_home_are_not_addresses(text):
    assert detected(text, "ADDRESS") == []


# --- organisations -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("The children were registered at Farnham Road Practice.", "Farnham Road Practice"),
        (
            "Frank asked Kennet Valley Housing Association to fix it.",
            "Kennet Valley Housing Association",
        ),
        ("Records from Ysgol Gymraeg Aberystwyth did not follow him.", "Ysgol Gymraeg Aberystwyth"),
        (
            "Seun to ask Slough Somali Women's Association for a befriender.",
            "Slough Somali Women's Association",
        ),
        ("Jade used Whitley Community Pantry.", "Whitley Community Pantry"),
        ("Delroy trains at Maidenhead Boxing Club on Tuesdays.", "Maidenhead Boxing Club"),
    ],
)
def test_local_bodies_with_a_proper_name(text, organisation):
    assert organisation in detected(text, "ORGANISATION")


@pytest.mark.parametrize(
    "text",
    [
        "Key Practice Episode 3 was the strategy meeting.",
        "Good Practice guidance was not followed.",
        "Mehmet Yilmaz, Children in Care Team.",
        "Thames Valley Police Child Abuse Investigation Team attended.",
        "She received Pupil Premium and Free School Meals.",
        "Discretionary Housing Payment agreed.",
        "The Child Safeguarding Practice Review Panel has warned of this.",
        "Supported Housing was not available.",
        # A council's or an agency's team is the agency, whatever place names it.
        "Outcome: Early Help with Earley Family Support Team.",
        "Known to the West Berkshire Gypsy and Traveller Liaison Team.",
        "Apologies: Northfield Assessment Team.",
        "Yours sincerely, Tom Hallam, Social Worker, Erewash Assessment Team",
        "Northumberland Children's Services, Hexham Locality Team",
        # …and a town's name alone before a service is the council's service.
        "He stays at 14a Orts Road. Reading Housing confirmed.",
    ],
)
def test_terms_agencies_and_programmes_are_not_organisations(text):
    assert [text[s.start : s.end] for s in find_organisations(text)] == []


def test_two_named_places_joined_by_and_stay_two():
    text = "The GP referred him to Riverside Medical Centre and Little Stars Nursery."
    assert detected(text, "ORGANISATION") == ["Riverside Medical Centre", "Little Stars Nursery"]


def test_a_school_named_in_full_is_found_again_by_its_name_alone():
    texts = [
        "Delroy started at Furze Platt Senior School in Year 7.",
        "He was back at Furze Platt in Year 9.",
    ]
    found = find_personal_data(texts)
    assert [texts[1][s.start : s.end] for s in found[1] if s.label == "ORGANISATION"] == [
        "Furze Platt"
    ]
    # A text on its own knows nothing of the other.
    assert detected(texts[1], "ORGANISATION") == []


# --- people --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Kobby says his uncle takes him fishing. Thanks, E.", "E."),
        ("Mark the date of the review. F", "F"),
        ("Florin's friend Costel sleeps over. WZ", "WZ"),
    ],
)
def test_initials_signing_a_message_off(text, initials):
    assert initials in detected(text)


@pytest.mark.parametrize("text", ["Seen at home with mother. NFA", "Referral made. CP", "Done. OK"])
def test_an_abbreviation_closing_a_note_is_no_signature(text):
    assert detected(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hodan told Nurse Mutasa at school that he hits her brother.", "Mutasa"),
        ("Delroy is at the club on Tuesday nights with Coach Errol.", "Errol"),
        ("Outcome: Child in Need. Will to share attendance weekly.", "Will"),
        ("ACTIONS: Hope to apply for a housing payment.", "Hope"),
        ("Action: April to share the plan with the panel.", "April"),
        ("Bruise to cheek. Jade said River threw a toy.", "River"),
        ("14/02/2022 Summer seen by the GP with a bruise.", "Summer"),
        ("Cel said her friend from church, Marites, does her hair.", "Marites"),
    ],
)
def test_names_a_cue_of_the_minutes_or_a_role_gives(text, name):
    assert any(name in found for found in detected(text))


@pytest.mark.parametrize(
    "text",
    [
        "06/01/2022 Storm damage to the back fence.",
        "Ethnicity: Somali; Language: Somali, interpreter booked.",
        "Religion: Rastafarian. First language: Tigrinya.",
        "DASH: High. MARAC: referred. Clare's Law disclosure made.",
        "Baby Bond, Family Nurse Partnership and Maternity Mates were offered.",
        "Present: Chair, Social Worker, School Nurse, Designated Safeguarding Lead.",
        "Eid, Diwali, Ramadan and Christmas were busy times for the family.",
        "Found with a friend at the Queensmere shopping centre.",
        "The Victoria Climbié Inquiry was discussed.",
    ],
)
def test_terms_festivals_and_places_are_not_names(text):
    assert detected(text) == []


def test_a_modal_starting_a_question_is_not_a_name():
    assert detected("Hi Holly, Will you be at the meeting tomorrow?") == ["Holly"]


def test_a_nationality_or_a_field_word_is_cut_from_a_name():
    assert detected("Maricel is Filipino; Thiago Brazilian.") == ["Maricel", "Thiago"]
    found = detected("Her phone is off. Angie PS Drita says the car is silver.")
    assert not any("PS" in name for name in found)


# --- throughput ----------------------------------------------------------------------------


def test_the_model_runs_over_a_batch_of_texts_not_text_by_text(monkeypatch):
    nlp = analysers.analyzer().nlp_engine
    calls = []
    original = nlp.process_batch

    def recording(texts, language, **kwargs):
        calls.append(kwargs.get("batch_size", 1))
        return original(texts, language, **kwargs)

    monkeypatch.setattr(nlp, "process_batch", recording)
    engine._CACHE.clear()
    find_personal_data([f"Passage {n}: Kobby was seen." for n in range(5)])
    assert calls and all(size > 1 for size in calls)


def test_the_tag_look_up_gives_the_attribute_rulers_annotations():
    import spacy

    from casewindow.anonymisation.detection.analysers import _resolve_model_name
    from casewindow.anonymisation.detection.tag_attributes import install

    package = _resolve_model_name("en_core_web_sm")
    texts = [
        "Hope said she ain't gonna stay at 4 Kennet walk.  Dear Ms Okafor, thank you.",
        "Action: April to share the plan. He's gon na ring GP tomorrow, isn't he?\n\nSeen.",
    ]
    ruler = spacy.load(package, disable=["parser"])
    fast = spacy.load(package, disable=["parser"])
    assert install(fast)
    assert "attribute_ruler" in fast.disabled

    def annotations(nlp):
        return [
            (t.text, t.pos_, str(t.morph), t.lemma_, t.tag_) for doc in nlp.pipe(texts) for t in doc
        ]

    assert annotations(fast) == annotations(ruler)


# --- with a register: first names that are ordinary words ------------------------------------


def _register():
    from casewindow.anonymisation.detection.register import RegisterMatcher, RegisterPerson

    people = [
        ("Child S", ("Summer Pike", "Summer")),
        ("Sibling", ("River Pike", "River")),
        ("Social Worker", ("Mark Ellison", "Mark")),
        ("Grandmother", ("April Hendricks", "April")),
        ("Neighbour", ("Sonny Achebe", "Sonny")),
        ("Child H", ("Hope Kowalczyk", "Hope")),
        ("Nursery manager", ("Ivy Marsh", "Ivy")),
    ]
    return RegisterMatcher.from_people(
        RegisterPerson(key=str(n), label=label, names=names, date_of_birth=None)
        for n, (label, names) in enumerate(people)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Summer Term report and the April review were late.",
        "The family were moved in April.",
        "Mark Scheme for the assessment was attached.",
        "The Sonny Boy burger van parks outside.",
        "HOPE (Healthy Options for Parents) programme was offered.",
        "The River Kennet flooded the lane.",
        "They met near the Ivy Leaf café.",
    ],
)
def test_register_first_names_used_as_words_in_a_phrase_are_not_the_person(text):
    found = find_personal_data([text], _register(), separate=True)[0]
    assert [text[s.start : s.end] for s in found if s.source == "register"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("April said she would have the children.", "April"),
        ("Jade said River threw a toy at Summer.", "River"),
        ("Jade said River threw a toy at Summer.", "Summer"),
        ("The social worker, Mark, visited with Sonny.", "Sonny"),
        ("Hope Kowalczyk was seen at home.", "Hope Kowalczyk"),
    ],
)
def test_register_first_names_that_are_words_are_still_found_as_names(text, name):
    found = find_personal_data([text], _register(), separate=True)[0]
    assert name in [text[s.start : s.end] for s in found if s.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He was seen twice at Reading Refugee Support Group.", ["Reading Refugee Support Group"]),
        (
            "Mr Sami Haddad (Reading Syrian Community Association).",
            ["Reading Syrian Community Association"],
        ),
        ("The Refugee Support Group was full.", []),
        ("British Somali Association guidance was used.", []),
    ],
)
def test_a_town_that_is_a_word_or_a_community_names_a_local_body(text, found):
    assert [text[s.start : s.end] for s in find_organisations(text)] == found


def test_a_date_of_birth_given_as_claimed_or_estimated():
    text = "Home Office ref A1234567, DOB (claimed) 02/02/2007. Seen on 03/03/2024."
    assert detected(text, "DATE_OF_BIRTH") == ["02/02/2007"]


@pytest.mark.parametrize(
    "text",
    [
        "Mum said Whitley was rough and Coley was better; Katesgrove had the mosque.",
        "He travelled to Goring, Streatley and Compton by bus.",
        "She stayed with friends in Padworth; Aldermaston was where Dad worked.",
        "Purley was quiet. Crowthorne was too far.",
    ],
)
def test_single_words_shaped_like_english_places_are_not_names(text):
    assert detected(text) == []


def test_a_place_shaped_surname_with_a_title_is_still_a_name_and_found_again():
    texts = ["Mrs Whitley said she had seen the bruise.", "Whitley was not asked again."]
    found = find_personal_data(texts)
    assert [texts[0][s.start : s.end] for s in found[0] if s.label == "PERSON"] == ["Mrs Whitley"]
    assert [texts[1][s.start : s.end] for s in found[1] if s.label == "PERSON"] == ["Whitley"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("At the hostel Dmytro said he was cold.", "Dmytro"),
        ("She went to the shop with Oluwatobi and came back late.", "Oluwatobi"),
        ("The interpreter rang Fatemeh twice before the visit.", "Fatemeh"),
    ],
)
def test_first_names_alone_from_lists_of_more_origins(text, name):
    assert name in detected(text)


@pytest.mark.parametrize(
    ("text", "address", "postcode"),
    [
        ("Address: 14 Oak Road RG1 2AB", "14 Oak Road", "RG1 2AB"),
        ("Home address: Rosedene RG30 4BP.", "Rosedene", "RG30 4BP"),
        ("Lives at Pitch 4, Greenacres Park RG7 1AB.", "Pitch 4, Greenacres Park", "RG7 1AB"),
    ],
)
def test_an_address_never_swallows_the_start_of_its_postcode(text, address, postcode):
    assert detected(text, "ADDRESS") == [address]
    assert detected(text, "POSTCODE") == [postcode]


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Agreed: KM to visit weekly; WH to attend the Caring Dads programme.", ["KM", "WH"]),
        ("Noted: MAW had £600 cash and two phones when stopped.", ["MAW"]),
        ("JB is a young carer.", ["JB"]),
    ],
)
def test_initials_in_a_meetings_notes_before_what_a_person_is_or_does(text, initials):
    assert detected(text) == initials


def test_listed_abbreviations_before_the_same_words_are_not_initials():
    text = "PEP has not been updated since May. IRO to chair the next review. UC was stopped."
    assert detected(text) == []


def test_initials_in_an_attendance_list_with_their_role_in_brackets():
    text = "Present: RH (SW), GS (DSL), HF (Mother). Action: GS to share the plan."
    assert detected(text) == ["RH", "GS", "HF", "GS"]
    assert detected("TAF (Team Around the Family) met. HAF (Holiday Activities) offered.") == []


def test_a_lone_initial_seen_somewhere_is_a_person():
    assert "K" in detected("18/04/2025 – K seen at Southwick Primary School.")
