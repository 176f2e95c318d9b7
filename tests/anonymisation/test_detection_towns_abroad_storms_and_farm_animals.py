"""What blind tuning sets (tuning 36) showed taken for people: a town abroad that GeoNames spells
otherwise ("Hargeisa"), a named storm, a farm's animals ("the dogs, Floss and Moss", "his tup
lamb, which he has named Trevor"), medicines no ending gave away ("Zopiclone", "Sytron"), and
words of greeting, religion, e-mail headers and schemes ("Assalamu alaykum", "sunna",
"Subject:", "Reparation"). A person among them stays a person."""

from tests.anonymisation.detected import detected


def test_a_town_abroad_in_its_english_spelling_is_a_place() -> None:
    text = (
        "Hodan came to Bristol from Hargeisa, via Nairobi. Sahra telephones Hodan from "
        "Hargeisa. The family came from Mosul and Erbil."
    )
    found = detected(text, "PERSON")
    assert "Hodan" in found
    assert not {"Hargeisa", "Mosul", "Erbil"} & set(found), found


def test_a_named_storm_is_weather_but_a_person_called_storm_is_a_person() -> None:
    text = "09/12/2024 Storm Darragh: power off at the farm. The landline failed in Storm Darragh."
    assert detected(text, "PERSON") == []
    assert detected("Return interview by Storm Eddy, missing person worker.", "PERSON") == [
        "Storm Eddy"
    ]


def test_a_farms_animals_are_no_one_and_the_child_shown_them_is_someone() -> None:
    text = (
        "She loves the farm and the dogs, Floss and Moss, and wants to go. He showed Bethan "
        "his tup lamb, which he has named Trevor."
    )
    assert detected(text, "PERSON") == ["Bethan"]


def test_medicines_greetings_headers_and_schemes_are_no_one() -> None:
    text = (
        "Dr Quinn about sleep; Zopiclone declined. Iron low; Sytron started.\n"
        "Cc: Hamza Iqbal Subject: JR – Turnaround / Reparation\n"
        "Assalamu alaykum. The sunna is not even done now."
    )
    found = detected(text, "PERSON")
    assert set(found) == {"Dr Quinn", "Hamza Iqbal"}, found
