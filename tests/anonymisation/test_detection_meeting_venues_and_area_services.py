"""What a blind tuning set (tuning 36) showed taken wrongly: the year of a meeting's date read
as the number of the venue's house ("Strategy meeting, 10 February 2025, Loxley House"), a club
for a language's speakers taken for a named place ("attends Vietnamese club"), and an area's
school nursing service for a school ("Tower Hamlets School Health"), whose area was then found
again as a place everywhere. A street numbered like a year stays an address."""

from tests.anonymisation.detected import detected, detected_with_labels


def test_the_year_of_a_meetings_date_is_no_house_number() -> None:
    found = detected_with_labels(
        "Strategy meeting, 10 February 2025, Loxley House. Chair: Bernard Ogunsanya."
    )
    assert all(label != "ADDRESS" for _, label in found), found
    assert "2025 Station Road" in detected("They moved to 2025 Station Road last May.", "ADDRESS")


def test_a_languages_club_is_no_named_place() -> None:
    text = "Minh Anh settled and attends Vietnamese club; she has chosen Vietnamese club again."
    assert detected(text, "ORGANISATION") == []


def test_an_areas_school_health_service_is_no_school() -> None:
    text = (
        "Referral to Tower Hamlets MASH at 11:40.\n"
        "Connie Pell | School Nurse, Tower Hamlets School Health | 07700 900126"
    )
    assert detected(text, "ORGANISATION") == []
    assert "Mile End Primary School" in detected(
        "Rumi attends Mile End Primary School.", "ORGANISATION"
    )
