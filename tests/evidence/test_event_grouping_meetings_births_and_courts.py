"""Event grouping: a GP and health visitor's liaison meeting as a kind of happening, planning
before a birth that is no birth, a phone enquiry as a call, and a court in an address that is no
court hearing."""

import datetime

import pytest

from casewindow.evidence.event_grouping import glossary, suggest_groups
from casewindow.evidence.event_grouping.vocabulary import normalise
from tests.evidence.factories import day_entry
from tests.factories import AgencyFactory, PersonFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

D = datetime.date


def _concepts(text: str) -> list[str]:
    return normalise(text, glossary())[1]


def test_a_liaison_or_practice_safeguarding_meeting_is_a_professionals_meeting() -> None:
    assert "professionals meeting" in glossary().kinds
    assert "professionals meeting" in _concepts("GP liaison meeting (LT, Dr Haq): discussed Ellis")
    assert "professionals meeting" in _concepts("Practice safeguarding meeting (Dr Haq, HV)")
    # The agencies' meeting about a child protection enquiry stays a strategy discussion.
    assert "professionals meeting" not in _concepts("Minutes of multi-agency meeting held 19/02")


@pytest.mark.parametrize(
    "text",
    [
        "MASH decision: threshold met for a pre-birth child and family assessment.",
        "Safeguarding midwife: birth plan uploaded to the maternity record.",
        "Phone enquiry from the MASH: birth mother is pregnant, due July.",
        "Outcome: continue as a child in need plan after birth.",
    ],
)
def test_planning_before_a_birth_records_no_birth(text) -> None:
    assert "birth" not in _concepts(text)


def test_a_birth_notification_is_still_a_birth() -> None:
    assert "birth" in _concepts("Birth notification received from the safeguarding midwife.")


def test_a_phone_enquiry_is_a_call() -> None:
    assert "telephone call" in _concepts("Phone enquiry from Harrowfield MASH about the family.")


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("999 call from neighbour, flat 13 Calder Court - shouting and banging.", False),
        ("Officers attended 14 Calder Court with the ambulance service.", False),
        ("Father appeared at Leeds Youth Court and was bailed.", True),
        ("Hearing listed at the Family Court on Monday.", True),
    ],
)
def test_a_court_in_an_address_is_no_hearing(text, court) -> None:
    assert ("court hearing" in _concepts(text)) is court


def test_the_same_liaison_meeting_recorded_by_the_health_visitor_and_the_gp_is_one_event(
    review_world: ReviewWorld,
) -> None:
    review = review_world.review
    PersonFactory(review=review, real_name="Ellis Kettle", aliases=["Ellis"])
    health_visiting = AgencyFactory(review=review, name="Health visiting")
    gp = AgencyFactory(review=review, name="Brook Street Medical Practice")
    hospital = AgencyFactory(review=review, name="Kingsmere Hospital")

    def entry(agency, day, description):
        return day_entry(review, agency, day, description, "Ellis")

    entry(hospital, D(2026, 8, 16), "Paediatric ED: Ellis brought by parents, crying, colic, d/c.")
    meeting = [
        entry(
            health_visiting,
            D(2026, 9, 2),
            "GP liaison meeting (LT, Dr Haq): discussed Ellis - ear bruise seen by GP, colic "
            "ED 16/08.",
        ),
        entry(
            gp,
            D(2026, 9, 2),
            "Practice safeguarding meeting (Dr Haq, HV L Tremain). Ellis: bruise L ear 25/08, "
            "ED 16/08 colic, seen same day.",
        ),
    ]
    groups = [set(g.entry_ids) for g in suggest_groups(review=review)]
    assert {e.pk for e in meeting} in groups


def test_a_sentence_told_as_background_is_no_pupils_suspension() -> None:
    assert "exclusion from school" not in _concepts(
        "He was sentenced in February; the sentence is suspended and he has unpaid work."
    )
    assert "exclusion from school" in _concepts("Suspended from school for three days.")


@pytest.mark.parametrize(
    "text",
    [
        "ICO hearing listed for Tuesday; interim care order granted.",
        "First hearing in the care proceedings, LA represented.",
        "Father remanded in custody at the magistrates.",
    ],
)
def test_hearings_written_by_their_stage_are_court_hearings(text) -> None:
    assert "court hearing" in _concepts(text)
