"""Event grouping: a referral "to the MASH" is the one children's social care receives; a
manager's oversight of a happening is never the happening; a letter sent and its receipt are one
message; a stay written "24-28/11" cites its first day; health professionals' meetings, EHCP
annual reviews and training sessions are kinds of happening; a report received a week after the
interview it reports is that interview."""

import datetime

import pytest

from casewindow.evidence.event_grouping import MIN_SCORE, glossary, suggest_groups
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
    PersonFactory(review=review, real_name="Tia Marsden", aliases=["Tia"])
    PersonFactory(
        review=review, real_name="Priya Sandhu", aliases=["Priya"], category="professional"
    )
    PersonFactory(review=review, real_name="Gemma Rowe", aliases=["Gemma"], category="professional")
    PersonFactory(
        review=review, real_name="Leanne Moss", aliases=["Leanne", "LM"], category="professional"
    )
    kinds = {
        "Brackenshaw Children's Services": AgencyKind.CHILDRENS_SOCIAL_CARE,
        "Brackenshaw Sexual Health Service": AgencyKind.OTHER,
        "Brackenshaw CAMHS": AgencyKind.MENTAL_HEALTH,
        "Larchwood House": AgencyKind.OTHER,
        "Hallowfield Children's Services": AgencyKind.CHILDRENS_SOCIAL_CARE,
    }
    return {
        name: AgencyFactory(review=review, name=name, kind=kind) for name, kind in kinds.items()
    }


def _entry(world: ReviewWorld, agency, day: D, description: str, people: str = "Tia"):
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


def test_the_receipt_of_a_referral_to_the_mash_matches_the_referral_before_the_clinic_visit(
    review_world, agencies
) -> None:
    clinic = agencies["Brackenshaw Sexual Health Service"]
    escort = _entry(
        review_world,
        agencies["Larchwood House"],
        D(2026, 2, 3),
        "Priya took Tia to the SH clinic (Brackenshaw walk-in) 10:00 at Tia's request. Priya "
        "waited outside for the consultation. Back at school for period 4.",
        people="Tia; Priya",
    )
    visit = _entry(
        review_world,
        clinic,
        D(2026, 2, 3),
        "Attendance, walk-in. 15F, LAC, came with keyworker (seen alone). UPSI 4 days ago with "
        "'boyfriend' - says he is 19, met on Snapchat, he picks her up in a car. EHC given. Full "
        "STI screen taken. CSE indicators present (older partner, gifts, LAC). Discussed with "
        "safeguarding lead.",
        people="Tia Marsden; Gemma",
    )
    sent = _entry(
        review_world,
        clinic,
        D(2026, 2, 3),
        "Safeguarding referral to Brackenshaw MASH (online form) re 15F seen this a.m.: sexual "
        "activity with male reported as 19, met online, car pick-ups, gifts. LAC placed from "
        "Hallowfield. Tia aware of referral.",
        people="Tia Marsden; SHN Rowe",
    )
    received = _entry(
        review_world,
        agencies["Brackenshaw Children's Services"],
        D(2026, 2, 5),
        "MASH contact: referral from Brackenshaw Sexual Health Service (Gemma Rowe, 03.02) - "
        "15yo placed-in LAC reports sexual activity with a 19yo male met on Snapchat who "
        "collects her in a car. Screened with the exploitation hub: CSE risk indicators.",
        people="Tia Marsden; Gemma",
    )
    rows = {row.pk: row for row in read_rows(review_world.review)[0]}
    scorer = Scorer(list(rows.values()), {}, frozenset())
    # Both ends of the referral: the receipt is matched with the referral the clinic sent
    # before the clinic's visit that led to it, however many words it shares with the visit.
    referral = scorer.pair(rows[sent.pk], rows[received.pk])
    visit_pair = scorer.pair(rows[visit.pk], rows[received.pk])
    assert referral is not None and "Same kind of happening: referral" in referral.reasons
    assert visit_pair is None or referral.score > visit_pair.score
    assert rows[escort.pk].agency_id not in rows[sent.pk].ends


def test_a_managers_oversight_of_a_missing_episode_is_not_grouped_with_it(
    review_world, agencies
) -> None:
    oversight = _entry(
        review_world,
        agencies["Hallowfield Children's Services"],
        D(2026, 1, 21),
        "Management oversight (TM Whitlow): first missing episode from Larchwood and an unnamed "
        "older 'friend'. Review the safety plan with the home.",
    )
    session = _entry(
        review_world,
        agencies["Brackenshaw CAMHS"],
        D(2026, 1, 21),
        "Session 6 (Leanne). Tia escorted by keyworker Priya. Talked about the missing "
        "episode - 'just a party'. Mood 5/10.",
    )
    escort = _entry(
        review_world,
        agencies["Larchwood House"],
        D(2026, 1, 21),
        "Priya took Tia to CAMHS with Leanne 4pm. Tia chatty on the way back.",
    )
    groups = _groups(review_world)
    assert not any(oversight.pk in group for group in groups)
    rows = {row.pk: row for row in read_rows(review_world.review)[0]}
    scorer = Scorer(list(rows.values()), {}, frozenset())
    assert scorer.pair(rows[oversight.pk], rows[session.pk]) is None
    assert scorer.pair(rows[session.pk], rows[escort.pk]) is not None


def test_a_letter_sent_and_its_receipt_are_one_message_whatever_each_says_it_was_about(
    review_world,
) -> None:
    review = review_world.review
    PersonFactory(review=review, real_name="Kian Marsh", aliases=["Kian"])
    hospital = AgencyFactory(
        review=review, name="St Cuthbert's Children's Hospital", kind=AgencyKind.HOSPITAL
    )
    council = AgencyFactory(
        review=review, name="Children's Social Care", kind=AgencyKind.CHILDRENS_SOCIAL_CARE
    )
    ward = AgencyFactory(review=review, name="Kingsmead General Hospital", kind=AgencyKind.HOSPITAL)
    chronology = _entry(
        review_world,
        ward,
        D(2025, 9, 22),
        "Health chronology completed and sent to SW: Kingsmead 14 contacts, Riverside 5, St C's "
        "46, GP 4 practices.",
        people="Kian",
    )
    sent = _entry(
        review_world,
        hospital,
        D(2025, 9, 22),
        "Safeguarding team: letter to Children's Social Care - summary of all St Cuthbert's "
        "contacts 2019-2025 (31 outpatient, 4 admissions, 11 ED) with telemetry findings.",
        people="Kian",
    )
    received = _entry(
        review_world,
        council,
        D(2025, 9, 29),
        "Letter received from St Cuthbert's safeguarding team (dated 22 September) summarising "
        "every contact Kian has had there since 2019. Added to the conference report.",
        people="Kian",
    )
    rows = {row.pk: row for row in read_rows(review)[0]}
    scorer = Scorer(list(rows.values()), {}, frozenset())
    message = scorer.pair(rows[sent.pk], rows[received.pk])
    other = scorer.pair(rows[chronology.pk], rows[received.pk])
    assert message is not None and message.score >= MIN_SCORE
    assert other is None or message.score > other.score


def test_a_health_professionals_meeting_and_an_ehcp_annual_review_are_kinds_of_meeting(
    review_world, agencies
) -> None:
    g = glossary()
    for phrase in ["hpm", "health professionals meeting", "multi-professional meeting"]:
        assert g.concept_of[phrase] == "professionals meeting", phrase
    for phrase in ["annual review", "ehcp ar", "ehcp annual review"]:
        assert g.concept_of[phrase] == "ehcp annual review", phrase
    assert "ehcp annual review" in g.kinds
    school = AgencyFactory(review=review_world.review, name="Oakwood School", kind="education")
    nursing = AgencyFactory(review=review_world.review, name="Special school nursing")
    review = [
        _entry(
            review_world,
            school,
            D(2025, 7, 15),
            "EHCP annual review (Mrs Lowe chair). Mum, class teacher, school nurse, SW attended. "
            "Outcomes rolled forward.",
        ),
        _entry(
            review_world,
            nursing,
            D(2025, 7, 15),
            "EHCP AR attended. Shared: no sz in school since Jan, feeds tolerated.",
        ),
        _entry(
            review_world,
            agencies["Brackenshaw Children's Services"],
            D(2025, 7, 15),
            "CWD Team: attended the annual review of Tia's plan at school. Mum said she wants a "
            "residential placement.",
        ),
    ]
    assert {e.pk for e in review} in _groups(review_world)


def test_a_nurse_training_a_respite_team_is_one_session_recorded_by_both(review_world) -> None:
    assert glossary().concept_of["came in to train"] == "training session"
    review = review_world.review
    PersonFactory(review=review, real_name="Kian Marsh", aliases=["Kian"])
    nursing = AgencyFactory(review=review, name="Community children's nursing")
    respite = AgencyFactory(review=review, name="Little Harbour short breaks (charity)")
    month = ChronologyEntryFactory(
        review=review,
        agency=nursing,
        date_start=D(2026, 1, 1),
        date_end=D(2026, 1, 31),
        date_precision="month",
        description="Training for Little Harbour staff (6 attended): Kian's gastrostomy care, "
        "pump regime, written rescue medication plan and recording. Competencies signed off.",
        people_text="Kian",
    )
    day = _entry(
        review_world,
        respite,
        D(2026, 1, 22),
        "Mel (community nurse) came in to train the team on Kian's tube feeding, pump and his "
        "new seizure plan - 6 staff signed off.",
        people="Kian; Mel",
    )
    assert {month.pk, day.pk} in _groups(review_world)


def test_a_stay_written_with_its_month_once_cites_its_first_day() -> None:
    from casewindow.evidence.event_grouping.dates import cited_dates

    cited = cited_dates("d/c summ kingsmead 24-28/11 (planned obs adm): no sz", D(2025, 12, 8))
    assert cited == frozenset({D(2025, 11, 24).toordinal(), D(2025, 11, 28).toordinal()})
    cited = cited_dates("admitted 19 - 22/04/25, home on oral feeds", D(2025, 5, 1))
    assert D(2025, 4, 19).toordinal() in cited


def test_an_interviews_report_received_a_week_later_is_that_interview(
    review_world, agencies
) -> None:
    police = AgencyFactory(
        review=review_world.review, name="Brackenshaw Police", kind=AgencyKind.POLICE
    )
    interview = _entry(
        review_world,
        agencies["Hallowfield Children's Services"],
        D(2026, 1, 14),
        "Return home interview (missing children's worker) at Larchwood House, 10-11 January "
        "episode. Tia said she got the bus to a party with 'a friend from Snapchat' aged 19.",
    )
    report = _entry(
        review_world,
        police,
        D(2026, 1, 22),
        "Return home interview report rec'd from Hallowfield CC for MFH 26/0114: party with "
        "'Snapchat friend' aged 19-20, not named. Intel submitted - possible CSE.",
    )
    assert any({interview.pk, report.pk} <= group for group in _groups(review_world))
