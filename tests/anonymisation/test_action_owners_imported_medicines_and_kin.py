"""What a blind tuning set (tuning 37) showed taken for people: an agency owning an action in
minutes with its people in brackets ("4. Schools (Bryan Heslop) to…"), medicines brought from
abroad ("Rivotril from Brazil"), conditions named after doctors without "disease" ("mixed
Alzheimer's"), a grandmother called by the Sudanese family's word ("Haboba") and a firm named
by its trade ("Fenland Fresh"); a health visitor surnamed Grange taken for a home, and the
colour of a RAG rating ("rated Amber")."""

from tests.anonymisation.detected import detected


def test_an_agency_owning_an_action_is_no_one_but_its_people_are_found() -> None:
    text = (
        "Actions: 4. Schools (Bryan Heslop) to act on late marks within four weeks. "
        "5. Education (Huw Batten, Bethan Rees) to review the attendance policy."
    )
    found = detected(text, "PERSON")
    assert not {"Schools", "Education"} & set(found), found
    assert "Bethan Rees" in found
    # A nickname before a full name in brackets is still the person.
    assert "Lucky" in detected("Lucky (Lukas Kotlar, 17) was charged.", "PERSON")


def test_imported_medicines_and_conditions_named_after_doctors_are_no_one() -> None:
    text = (
        "HV notes Mother taking Rivotril from Brazil (clonazepam). PTSD, Prazosin. Memory "
        "clinic: mixed Alzheimer's and vascular dementia. Previous: Osgood-Schlatter 2023."
    )
    found = detected(text, "PERSON")
    assert not found, found


def test_a_sudanese_grandmothers_word_and_a_firm_named_by_its_trade_are_no_one() -> None:
    text = (
        'Asked who she talks to: "Haboba on WhatsApp but the internet is bad". Housed in an HMO '
        "run by Fenland Fresh's agent Mindaugas Vaitkus."
    )
    assert detected(text, "PERSON") == ["Mindaugas Vaitkus"]


def test_a_health_visitor_called_grange_is_a_person_and_rose_grange_a_home() -> None:
    text = "2022 - HV Olivia Grange. Present: Olivia Grange (HV), Dr Shazia Hameed (GP)."
    assert detected(text, "PERSON") == ["Olivia Grange", "Olivia Grange", "Dr Shazia Hameed"]
    assert not detected(text, "ADDRESS")
    homes = detected("They live at Rose Grange and later moved to Oak Grange.", "ADDRESS")
    assert homes == ["Rose Grange", "Oak Grange"]


def test_a_colour_of_a_rag_rating_is_no_one_but_a_girl_called_amber_is_someone() -> None:
    text = (
        "10/2024 - RAG rating Amber. School concerns rated Amber for three months. "
        "Schools to act on Amber ratings within four weeks."
    )
    assert "Amber" not in detected(text, "PERSON")
    assert detected("Amber said she was fine. Amber (9) was seen alone.", "PERSON") == [
        "Amber",
        "Amber",
    ]
