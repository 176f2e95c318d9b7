"""What a blind tuning set (tuning 35) showed missed: a local firm named where a parent works,
whatever words come between ("works as a cook at Yaad Kitchen", "now works at Snips of
Sandling"), and places named by kinds of place the rules did not know (a day centre, a youth
drop-in, stables, a carers' charity). A chain, a person or a street after "works for" or "works
at" stays what it is."""

from tests.anonymisation.detected import detected, detected_with_labels


def test_a_firm_where_a_parent_works_is_a_place_with_words_between() -> None:
    text = "Her NI number is on file. She now works at Snips of Sandling three days a week."
    assert "Snips of Sandling" in detected(text, "ORGANISATION")


def test_a_firm_worked_for_through_an_agency_is_a_place() -> None:
    text = "Ilze worked for Liepa Recruitment, an agency run from a shop on the high street."
    assert "Liepa Recruitment" in detected(text, "ORGANISATION")


def test_a_kitchen_cabs_and_packers_are_firms() -> None:
    text = (
        "Mr Kerr works as a cook at Yaad Kitchen on the same street. "
        "Mother works nights at Nene Valley Packers, 10pm to 6am."
    )
    found = detected(text, "ORGANISATION")
    assert "Yaad Kitchen" in found
    assert "Nene Valley Packers" in found


def test_day_centres_drop_ins_stables_and_carers_charities_are_places() -> None:
    text = (
        "Kantaben now attends Milan Day Centre three days a week. Kez starts Croftfoot Youth "
        "Drop-in on Wednesdays. Riding lessons at Bluebell Hill Stables are paid by her "
        "grandfather. Hetal was referred to Harrow Carers."
    )
    found = detected(text, "ORGANISATION")
    assert {
        "Milan Day Centre",
        "Croftfoot Youth Drop-in",
        "Bluebell Hill Stables",
        "Harrow Carers",
    } <= set(found)


def test_a_chain_a_person_or_a_street_worked_at_is_no_firm() -> None:
    text = (
        "Mr Morgan works for Deliveroo and Just Eat. Dávid worked for Gentian Dushku's family. "
        "Batbayar works for Ganbold Dorj. She works for Darren Hale. Lena works at Greggs "
        "Express. Sanctuary Scheme work complete at Marden Tce."
    )
    found = detected_with_labels(text)
    assert all(label != "ORGANISATION" for _, label in found), found


def test_a_nail_bar_of_ordinary_words_worked_at_needs_its_branch() -> None:
    assert detected("She worked at Lotus Nails before that.", "ORGANISATION") == []
