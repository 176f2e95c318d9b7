"""Event grouping: exploitation panels and looked-after reviews as kinds of happening, what is
only requested, letters confirming a panel's decisions, and an agency telling another."""

import datetime

import pytest

from casewindow.evidence.event_grouping import glossary, suggest_groups
from casewindow.evidence.event_grouping.entries import read_rows
from casewindow.evidence.event_grouping.vocabulary import normalise
from tests.evidence.factories import ChronologyEntryFactory
from tests.factories import AgencyFactory, PersonFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def agencies(review_world: ReviewWorld):
    review = review_world.review
    PersonFactory(review=review, real_name="Kayla Brennan", aliases=["Kayla"])
    return {
        name: AgencyFactory(review=review, name=name)
        for name in ["Police", "Children's social care", "School", "Sexual health clinic"]
    }


def _entry(world: ReviewWorld, agency, day: D, description: str):
    return ChronologyEntryFactory(
        review=world.review,
        agency=agency,
        date_start=day,
        date_end=day,
        description=description,
        people_text="Kayla",
    )


def _groups(world: ReviewWorld) -> list[set[int]]:
    return [set(g.entry_ids) for g in suggest_groups(review=world.review)]


def test_mace_and_the_exploitation_panel_in_words_are_one_kind_of_happening() -> None:
    g = glossary()
    for phrase in ["mace", "mace panel", "multi-agency child exploitation panel", "cse meeting"]:
        assert g.concept_of[phrase] == "exploitation panel", phrase
    assert g.concept_of["cla review"] == g.concept_of["looked after review"]
    assert {"exploitation panel", "looked after review"} <= set(g.kinds)


def test_an_exploitation_panel_recorded_by_three_agencies_is_one_group_without_its_letter(
    review_world, agencies
) -> None:
    panel = [
        _entry(
            review_world,
            agencies["School"],
            D(2026, 2, 5),
            "DSL attended MACE panel (Civic Centre) re Kayla. Outcome high risk. Daily check-in.",
        ),
        _entry(
            review_world,
            agencies["Children's social care"],
            D(2026, 2, 5),
            "Multi-Agency Child Exploitation panel. Kayla's case presented by the SW. Risk of "
            "sexual exploitation graded high. Disruption work agreed.",
        ),
        _entry(
            review_world,
            agencies["Police"],
            D(2026, 2, 5),
            "MACE - BRENNAN, Kayla (item 3). Risk HIGH (CSE). Police actions: disruption visit.",
        ),
    ]
    _entry(
        review_world,
        agencies["Children's social care"],
        D(2026, 2, 9),
        "Letter to Kayla's grandmother confirming the outcome of the exploitation panel on "
        "5 February and the actions agreed.",
    )
    assert _groups(review_world) == [{e.pk for e in panel}]


def test_what_is_only_requested_or_to_be_arranged_is_not_what_the_entry_records() -> None:
    g = glossary()
    _text, concepts, passing = normalise(
        "Missing notification received. Return home interview requested from the exploitation "
        "team. Strategy discussion to be arranged.",
        g,
    )
    assert {"return home interview", "strategy discussion"} <= passing
    assert "missing episode" in set(concepts) - passing
    _text, _concepts, passing = normalise("Return home interview completed at home.", g)
    assert "return home interview" not in passing


def test_a_recent_or_any_future_missing_episode_is_a_passing_mention() -> None:
    g = glossary()
    for text in [
        "Spotting the Signs proforma: age gap, gifts, recent missing episode. Referral to CSC.",
        "Review at panel in June or sooner after any missing episode.",
    ]:
        _text, _concepts, passing = normalise(text, g)
        assert "missing episode" in passing, text


def test_the_missing_persons_team_receiving_the_interview_joins_the_interview_not_the_episode(
    review_world, agencies
) -> None:
    """The police unit's name is not a missing episode: its note of the return home interview
    meets the interview, not the social care notice of the episode that requested it."""
    _entry(
        review_world,
        agencies["Children's social care"],
        D(2026, 1, 12),
        "MASH: missing person notification received for Kayla - missing from Friday evening, "
        "found by police on Saturday. Return home interview requested from the exploitation team.",
    )
    interview = _entry(
        review_world,
        agencies["Children's social care"],
        D(2026, 1, 14),
        "Return home interview (exploitation worker) at home, Kayla seen alone. She went to a "
        "party at a flat with her friend. Report sent to the police missing persons team.",
    )
    police = _entry(
        review_world,
        agencies["Police"],
        D(2026, 1, 20),
        "Missing Persons Team - RHI rec'd from CSC re MISPER 09/01. K names 'Lee' as bf. "
        "'Party at a flat' - locn not given.",
    )
    rows = {row.pk: row for row in read_rows(review_world.review)[0]}
    assert rows[police.pk].primary == "return home interview"
    assert _groups(review_world) == [{interview.pk, police.pk}]


def test_an_agency_informing_another_by_email_is_not_a_record_made_days_later(
    review_world, agencies
) -> None:
    call = [
        _entry(
            review_world,
            agencies["Children's social care"],
            D(2026, 2, 24),
            "The police rang about where Kayla's mother will live on release. I explained the "
            "children are placed with their grandmother and we could not support it.",
        ),
        _entry(
            review_world,
            agencies["Police"],
            D(2026, 2, 24),
            "T/C to CSC - spoke SW. Proposed release address with the children placed there. "
            "SW: not supported at present.",
        ),
    ]
    clinic = _entry(
        review_world,
        agencies["Sexual health clinic"],
        D(2026, 2, 26),
        "DNA contraception appt. Tel x2 to YP's mobile - no answer. SW informed by email.",
    )
    rows = {row.pk: row for row in read_rows(review_world.review)[0]}
    assert rows[clinic.pk].lag == 0
    assert _groups(review_world) == [{e.pk for e in call}]
