"""Event grouping: a supervision is the agency's own follow-up, never the happening it
discusses; an agency that sends its report to a meeting and does not attend did not take part in
it; a Graded Care Profile scored together is one session, whether an agency writes "GCP2" or
spells it out."""

import datetime

import pytest

from casewindow.evidence.event_grouping import suggest_groups
from casewindow.evidence.event_grouping.entries import read_rows
from casewindow.evidence.event_grouping.scoring import Scorer
from casewindow.reviews.models import AgencyKind
from tests.evidence.factories import ChronologyEntryFactory
from tests.factories import AgencyFactory, PersonFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def agencies(review_world: ReviewWorld):
    review = review_world.review
    PersonFactory(review=review, real_name="Ava-Rose Mellor", aliases=["Ava-Rose", "AR"])
    PersonFactory(review=review, real_name="Danielle Hirst", aliases=["Danielle", "Dani"])
    PersonFactory(
        review=review, real_name="Rachel Kerr", aliases=["Rachel"], category="professional"
    )
    PersonFactory(
        review=review, real_name="Priya Chauhan", aliases=["Priya"], category="professional"
    )
    kinds = {
        "Calderside Children's Social Care": AgencyKind.CHILDRENS_SOCIAL_CARE,
        "Health visiting (0-19 service)": AgencyKind.HEALTH_VISITING,
        "School nursing": AgencyKind.HEALTH_VISITING,
        "Moorside Primary School": AgencyKind.EDUCATION,
    }
    return {
        name: AgencyFactory(review=review, name=name, kind=kind) for name, kind in kinds.items()
    }


def _entry(world: ReviewWorld, agency, day: D, description: str, people: str = "Ava-Rose"):
    return ChronologyEntryFactory(
        review=world.review,
        agency=agency,
        date_start=day,
        date_end=day,
        description=description,
        people_text=people,
    )


def _groups(world: ReviewWorld) -> list[set[int]]:
    return [set(g.entry_ids) for g in suggest_groups(review=world.review)]


def _scorer(world: ReviewWorld):
    rows = {row.pk: row for row in read_rows(world.review)[0]}
    return rows, Scorer(list(rows.values()), {}, frozenset())


def test_a_supervision_discussing_a_graded_care_profile_is_not_the_profile_scored(
    review_world, agencies
) -> None:
    scored = _entry(
        review_world,
        agencies["Health visiting (0-19 service)"],
        D(2025, 6, 13),
        "GCP2 scored and report written (Rachel). Overall grade 4. Physical care 4 (nutrition 3, "
        "housing 4), safety 4. Shared with SW Priya.",
        people="Ava-Rose; Rachel; Priya",
    )
    supervision = _entry(
        review_world,
        agencies["Calderside Children's Social Care"],
        D(2025, 6, 16),
        "Supervision (TM Dolan): GCP2 overall grade 4 - neglect across physical care and safety, "
        "with the health visitor's report. Step up to strategy discussion.",
        people="Ava-Rose; Priya",
    )
    rows, scorer = _scorer(review_world)
    assert rows[supervision.pk].outside
    assert scorer.pair(rows[scored.pk], rows[supervision.pk]) is None
    assert not any(supervision.pk in group for group in _groups(review_world))


def test_a_supervision_order_is_still_a_happening() -> None:
    from casewindow.evidence.event_grouping.entries import _outside

    assert _outside("supervision with tm bell. plan progressing; consider fgc.")
    assert not _outside("supervision order granted for 12 months at the family court.")


def test_a_report_sent_to_a_conference_the_agency_does_not_attend_is_not_the_conference(
    review_world, agencies
) -> None:
    conference = _entry(
        review_world,
        agencies["Calderside Children's Social Care"],
        D(2025, 10, 7),
        "Review child protection conference (first review), chair Hazel Okafor. Present: Ms "
        "Hirst, Rachel Kerr (HV), Mrs Fenton (Moorside). School nurse report received, not "
        "present. CP plans continue for all three children.",
        people="Ava-Rose; Danielle; Rachel",
    )
    school = _entry(
        review_world,
        agencies["Moorside Primary School"],
        D(2025, 10, 7),
        "RCPC - Mrs Fenton. Plans continue. Attendance 97% this term. Next review in April.",
        people="Ava-Rose; Danielle",
    )
    nursing = _entry(
        review_world,
        agencies["School nursing"],
        D(2025, 10, 7),
        "RCPC today - report sent, not attending (NCMP clinic). HL: home visit 30/09 done.",
        people="Ava-Rose",
    )
    groups = _groups(review_world)
    assert any({conference.pk, school.pk} <= group for group in groups)
    assert not any(nursing.pk in group for group in groups)


def test_an_agencys_apologies_after_the_meetings_name_are_its_own() -> None:
    from casewindow.evidence.event_grouping.entries import _outside

    assert _outside("taf review today - unable to attend (immunisation session). update sent.")
    assert _outside("rcpc today - report sent, not attending (ncmp clinic).")
    # A parent's absence recorded in the meeting's own minutes is still the meeting.
    assert not _outside(
        "core group 1 in the library. mum came, dad didn't. mr lowe said he was unable to "
        "attend the next one."
    )


def test_a_graded_care_profile_spelled_out_and_abbreviated_is_one_session(
    review_world, agencies
) -> None:
    social_care = _entry(
        review_world,
        agencies["Calderside Children's Social Care"],
        D(2026, 1, 12),
        "Repeated the Graded Care Profile with Rachel Kerr at the house. Big change in physical "
        "care: fridge stocked, beds made, Ava-Rose's cot clean.",
        people="Ava-Rose; Danielle; Rachel",
    )
    health = _entry(
        review_world,
        agencies["Health visiting (0-19 service)"],
        D(2026, 1, 13),
        "GCP2 re-score with SW (Priya) - home visit, Mum + AR. Overall now grade 2-3: nutrition 2, "
        "housing 3.",
        people="Ava-Rose; Danielle; Priya",
    )
    rows, _ = _scorer(review_world)
    assert "graded care profile" in rows[social_care.pk].kinds
    assert "graded care profile" in rows[health.pk].kinds
    assert any({social_care.pk, health.pk} <= group for group in _groups(review_world))
