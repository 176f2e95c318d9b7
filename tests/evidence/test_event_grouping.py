"""Event grouping: which entries of different agencies are suggested as one event, why, and
the suggest_merges command that prints them."""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from casewindow.evidence.event_grouping import MIN_SCORE, glossary, suggest_groups
from casewindow.evidence.event_grouping.dates import cited_dates, recalled_days
from casewindow.evidence.event_grouping.entries import read_rows
from casewindow.evidence.event_grouping.scoring import MEETING_KINDS
from casewindow.evidence.event_grouping.vocabulary import home_visit_hv, normalise
from casewindow.evidence.models import ChronologyEntry, DatePrecision
from casewindow.evidence.services.events import entries_merge, entries_reject_pair
from tests.evidence.factories import ChronologyEntryFactory
from tests.factories import AgencyFactory, PersonFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def agencies(review_world: ReviewWorld):
    review = review_world.review
    return {
        name: AgencyFactory(review=review, name=name)
        for name in ["Police", "Children's social care", "GP", "School", "Health visiting"]
    }


def _entry(world: ReviewWorld, agency, day: D, description: str, **kwargs) -> ChronologyEntry:
    return ChronologyEntryFactory(
        review=world.review,
        agency=agency,
        date_start=day,
        date_end=kwargs.pop("date_end", day),
        description=description,
        **kwargs,
    )


def _person(world: ReviewWorld, real_name: str, alias: str, label: str = "") -> None:
    """A person of the register, known by `alias` too (and by `label` in publications)."""
    PersonFactory(
        review=world.review,
        real_name=real_name,
        aliases=[alias],
        **({"publication_label": label} if label else {}),
    )


def _groups(world: ReviewWorld, **kwargs) -> list[set[int]]:
    return [set(g.entry_ids) for g in suggest_groups(review=world.review, **kwargs)]


def test_the_glossary_makes_abbreviations_and_their_words_one_concept() -> None:
    g = glossary()
    for phrase, words in [
        ("s47", "child protection enquiry"),
        ("nfa", "no further action"),
        ("marac", "multi-agency risk assessment conference"),
        ("a&e", "emergency department"),
        ("hv", "health visitor"),
        ("icpc", "initial child protection conference"),
        ("jv", "joint visit"),
        ("jhv", "joint visit"),
        ("rg +ve", "reasonable grounds decision"),
        ("cg -ve", "conclusive grounds decision"),
        ("ppn", "police protection notice"),
        ("stab wound", "knife wound"),
        ("od", "taking tablets"),
        ("self-inflicted", "self harm"),
        ("youth court", "court hearing"),
        ("e-mail", "emailed"),
    ]:
        assert g.concept_of[phrase] == g.concept_of[words], phrase
    # A decision and a court hearing are kinds of happening; a call, a letter and an email are
    # the ways news of one travels.
    assert {"no further action", "court hearing"} <= set(g.kinds)
    assert {"telephone call", "letter", "email"} == g.channels


def test_a_strategy_discussion_recorded_by_three_agencies_is_one_group_with_its_reasons(
    review_world, agencies
) -> None:
    _person(review_world, "Lily Brown", "Lily", "Child L")
    csc = _entry(
        review_world,
        agencies["Children's social care"],
        D(2024, 2, 14),
        "Strategy discussion held with police and school. Threshold met for section 47 enquiries.",
        people_text="Lily Brown",
    )
    police = _entry(
        review_world,
        agencies["Police"],
        D(2024, 2, 14),
        "Strat disc attended by DS Carter. s47 agreed.",
        people_text="Lily Brown",
    )
    minutes = _entry(
        review_world,
        agencies["Health visiting"],
        D(2024, 2, 19),  # the minutes arrive five days later
        "Minutes received of the strategy meeting; HV contribution recorded.",
        people_text="Lily",
    )
    _entry(
        review_world,
        agencies["GP"],
        D(2024, 2, 14),
        "Lily seen with eczema, emollient prescribed.",
        people_text="Lily Brown",
    )
    groups = suggest_groups(review=review_world.review)
    assert [set(g.entry_ids) for g in groups] == [{csc.pk, police.pk, minutes.pk}]
    reasons = " | ".join(groups[0].reasons)
    assert "strategy discussion" in reasons
    assert "section 47 enquiry" in reasons  # "s47" and "section 47" counted as a word in common
    assert "Child L" in reasons


def test_a_letter_a_fortnight_later_is_found_but_an_ordinary_note_that_late_is_not(
    review_world, agencies
) -> None:
    ed = _entry(
        review_world,
        agencies["Police"],
        D(2024, 3, 2),
        "ED attendance: head injury after a fall from the sofa, discharged home.",
    )
    letter = _entry(
        review_world,
        agencies["GP"],
        D(2024, 3, 14),
        "Discharge letter from A&E re attendance 02/03 - head injury after fall from sofa.",
    )
    late_note = _entry(
        review_world,
        agencies["School"],
        D(2024, 3, 16),
        "Head injury after a fall from the sofa at home, discharged from the emergency department.",
    )
    found = _groups(review_world)
    assert found == [{ed.pk, letter.pk}]
    assert late_note.pk not in found[0]


def test_a_group_does_not_chain_into_the_next_meeting_of_the_same_agencies(
    review_world, agencies
) -> None:
    csc, school, hv = (agencies[n] for n in ["Children's social care", "School", "Health visiting"])
    first = [
        _entry(review_world, csc, D(2024, 4, 3), "Core group meeting held, plan reviewed."),
        _entry(review_world, school, D(2024, 4, 3), "Core group held in school library."),
    ]
    second = [
        _entry(review_world, csc, D(2024, 5, 15), "Core group meeting 2, plan updated."),
        _entry(review_world, hv, D(2024, 5, 16), "Attended core group 15/5."),
    ]
    found = _groups(review_world)
    assert {frozenset(g) for g in found} == {
        frozenset(e.pk for e in first),
        frozenset(e.pk for e in second),
    }


def test_an_agency_recording_one_happening_twice_that_day_gives_both_entries_to_the_group(
    review_world, agencies
) -> None:
    """The ED attendance and the ED nurse's referral are one happening for the hospital; its
    letter confirming the outcome a day later is its own follow-up, not the attendance."""
    csc, gp = agencies["Children's social care"], agencies["GP"]
    hospital = AgencyFactory(review=review_world.review, name="Hospital trust")
    event = [
        _entry(
            review_world,
            hospital,
            D(2026, 2, 3),
            "Kacper brought to ED by mother with scald to left forearm. Explanation: pulled "
            "kettle. Safeguarding checks done.",
        ),
        _entry(
            review_world,
            hospital,
            D(2026, 2, 3),
            "Safeguarding referral to children's social care sent by ED nurse re scald to forearm.",
        ),
        _entry(
            review_world,
            csc,
            D(2026, 2, 4),
            "Contact from hospital safeguarding team: child seen in emergency department with "
            "scald to forearm, mother says he pulled the kettle.",
        ),
        _entry(
            review_world,
            gp,
            D(2026, 2, 15),
            "Discharge letter received from A&E re 3/2 attendance - scald L forearm. Noted.",
        ),
    ]
    _entry(
        review_world,
        hospital,
        D(2026, 2, 4),
        "Letter to GP confirming ED attendance for scald to forearm sent.",
    )
    found = suggest_groups(review=review_world.review)
    assert [set(g.entry_ids) for g in found] == [{e.pk for e in event}]
    assert found[0].reasons[0] == "4 entries from 3 agencies"


def test_an_allegation_against_staff_reported_to_the_lado_meets_its_receipt(
    review_world, agencies
) -> None:
    """A member of staff suspended is no pupil's exclusion; the school's report to the LADO and
    the LADO's receipt of it next day are one happening."""
    school, csc = agencies["School"], agencies["Children's social care"]
    event = [
        _entry(
            review_world,
            school,
            D(2025, 5, 21),
            "Concern raised re member of staff (PE) sending messages to Kay on social media. "
            "Reported to the Local Authority Designated Officer. Staff member suspended "
            "pending enquiry.",
        ),
        _entry(
            review_world,
            csc,
            D(2025, 5, 22),
            "LADO: referral received from St Aidan's re teacher messaging a pupil. Initial "
            "consideration meeting booked.",
        ),
    ]
    assert _groups(review_world) == [{e.pk for e in event}]


def test_a_suspended_sentence_is_a_court_matter_not_a_school_suspension(
    review_world, agencies
) -> None:
    police, school = agencies["Police"], agencies["School"]
    _entry(review_world, police, D(2025, 3, 4), "Father given a suspended sentence at court.")
    _entry(review_world, school, D(2025, 3, 4), "Zain suspension day 1. Work sent home.")
    assert _groups(review_world) == []


def test_a_weekend_welfare_check_meets_mondays_notification_of_it(review_world, agencies):
    police, csc = agencies["Police"], agencies["Children's social care"]
    event = [
        _entry(
            review_world,
            police,
            D(2025, 12, 13),  # a Saturday
            "Concern for welfare, grandmother's address. All present and safe. NFA.",
        ),
        _entry(
            review_world,
            csc,
            D(2025, 12, 15),
            "Police notification: welfare check at the weekend, family safe, no further action.",
        ),
    ]
    assert _groups(review_world) == [{e.pk for e in event}]


def test_a_familys_move_recorded_by_each_agency_within_a_week_is_one_event(
    review_world, agencies
) -> None:
    hv, csc, school = (
        agencies["Health visiting"],
        agencies["Children's social care"],
        (agencies["School"]),
    )
    event = [
        _entry(
            review_world, hv, D(2026, 4, 1), "Family moved to Ashdown Road, new address on record."
        ),
        _entry(review_world, school, D(2026, 4, 8), "Mum informed school of the new address."),
    ]
    # A move is no other kind of happening: a home visit that week stays apart.
    _entry(review_world, csc, D(2026, 4, 7), "Home visit. Children seen, home conditions good.")
    assert _groups(review_world) == [{e.pk for e in event}]


def test_rejected_pairs_and_entries_already_in_one_event_are_not_suggested_again(
    review_world, agencies
) -> None:
    actor = review_world.lead
    a = _entry(review_world, agencies["Police"], D(2024, 5, 9), "MARAC - case heard.")
    b = _entry(
        review_world,
        agencies["Children's social care"],
        D(2024, 5, 9),
        "Multi-Agency Risk Assessment Conference: case discussed.",
    )
    c = _entry(review_world, agencies["GP"], D(2024, 5, 10), "MARAC notification received.")
    assert _groups(review_world) == [{a.pk, b.pk, c.pk}]
    entries_reject_pair(actor=actor, review=review_world.review, first=a, second=c)
    entries_reject_pair(actor=actor, review=review_world.review, first=b, second=c)
    assert _groups(review_world) == [{a.pk, b.pk}]
    entries_merge(actor=actor, review=review_world.review, first=a, second=b)
    assert _groups(review_world) == []


def test_every_shown_score_is_at_or_above_the_threshold(review_world, agencies) -> None:
    _entry(review_world, agencies["Police"], D(2024, 5, 9), "MARAC - case heard.")
    _entry(review_world, agencies["GP"], D(2024, 5, 10), "MARAC notification received.")
    scores = [g.score for g in suggest_groups(review=review_world.review, min_score=0)]
    assert scores
    for threshold in range(0, 101, 5):
        shown = [g.score for g in suggest_groups(review=review_world.review, min_score=threshold)]
        assert shown == [s for s in scores if s >= threshold]


# --- the command ---------------------------------------------------------------------------


def test_suggest_merges_prints_the_groups_as_json_best_first(review_world, agencies) -> None:
    a = _entry(review_world, agencies["Police"], D(2024, 5, 9), "MARAC - case heard.")
    b = _entry(
        review_world,
        agencies["Children's social care"],
        D(2024, 5, 9),
        "Multi-Agency Risk Assessment Conference: case discussed.",
    )
    out = StringIO()
    call_command("suggest_merges", review_world.review.reference.lower(), stdout=out)
    document = json.loads(out.getvalue())
    assert len(document["groups"]) == 1
    group = document["groups"][0]
    assert set(group["entries"]) == {str(a.uuid), str(b.uuid)}
    assert MIN_SCORE <= group["score"] <= 100
    assert any("marac" in reason.lower() for reason in group["reasons"])
    out = StringIO()
    call_command("suggest_merges", review_world.review.reference, "--min-score", "100", stdout=out)
    assert json.loads(out.getvalue()) == {"groups": []}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["NO-SUCH-REF"], "No review with reference NO-SUCH-REF"),
        (["{ref}", "--min-score", "high"], "--min-score must be a whole number"),
        (["{ref}", "--min-score", "101"], "--min-score must be a whole number"),
    ],
)
def test_suggest_merges_refuses_an_unknown_review_and_a_bad_score(
    review_world, args, message
) -> None:
    args = [a.format(ref=review_world.review.reference) for a in args]
    with pytest.raises(CommandError, match=message):
        call_command("suggest_merges", *args, stdout=StringIO())


# Issue 14 tuning: examples written for these rules (bench/data/merging/case_f.json's kinds).
def test_a_joint_visit_in_other_words_and_suspended_or_suspension_meet(review_world, agencies):
    _person(review_world, "Zain Ali", "Zain")
    visit = _entry(
        review_world,
        agencies["Children's social care"],
        D(2024, 7, 2),
        "Visit to the flat with the housing officer: Zain sleeps on the sofa, mould in bedroom.",
        people_text="Zain",
    )
    joint = _entry(
        review_world,
        agencies["Police"],
        D(2024, 7, 2),
        "Joint visit with children's SW re overcrowding: mould in the back bedroom.",
        people_text="Zain",
    )
    school = _entry(
        review_world,
        agencies["School"],
        D(2024, 9, 10),
        "Suspension 3 days (Zain) for threatening language. Parents informed by phone.",
        people_text="Zain",
    )
    told = _entry(
        review_world,
        agencies["Children's social care"],
        D(2024, 9, 10),
        "Email from school: Zain has been suspended for three days.",
        people_text="Zain",
    )
    groups = _groups(review_world)
    assert {visit.pk, joint.pk} in groups
    assert {school.pk, told.pk} in groups


# Two entries of two agencies: one event (with the reason shown, where one is given) or not.
# Some written for the issue 14 tuning (bench/data/merging/case_f.json's kinds).
TWO_ENTRIES = [
    pytest.param(
        ("Kai Smith", "Kai", "Child K"),
        (
            "GP",
            D(2024, 9, 10),
            "Kai - asthma review by nurse. Inhaler technique good.",
            {"people_text": "Kai Smith"},
        ),
        ("School", D(2024, 9, 10), "Kai in school, no concerns.", {"people_text": "Kai"}),
        False,
        None,
        id="routine-contacts-of-two-agencies-on-one-day-are-not-one-event",
    ),
    pytest.param(
        None,
        (
            "Children's social care",
            D(2023, 5, 10),
            "Child in need meeting. Some improvement to the home.",
            {},
        ),
        (
            "Health visiting",
            D(2023, 5, 1),
            "CIN review meeting attended, HV report shared.",
            {"date_end": D(2023, 5, 31), "date_precision": DatePrecision.MONTH},
        ),
        True,
        None,
        id="a-month-entry-is-grouped-with-the-day-inside-its-month",
    ),
    pytest.param(
        ("Leo Price", "Leo", ""),
        (
            "Children's social care",
            D(2025, 3, 4),
            "Multi-agency meeting about Leo: safety plan agreed, nursery to monitor attendance.",
            {"people_text": "Leo"},
        ),
        (
            "Health visiting",
            D(2025, 3, 20),  # 16 days on, beyond any lag for a note that is not a letter
            "Notes of the meeting on 4/3 filed. Safety plan: nursery to monitor Leo's attendance.",
            {"people_text": "Leo"},
        ),
        True,
        "One refers to the other's date (4 March)",
        id="an-entry-citing-the-earlier-date-is-grouped-beyond-its-lag",
    ),
    pytest.param(
        ("Shannon Price", "Shannon", ""),
        (
            "Health visiting",
            D(2025, 5, 16),  # a Friday
            "Referral to MASH: Shannon disclosed that her partner has moved back in.",
            {"people_text": "Shannon"},
        ),
        (
            "Children's social care",
            D(2025, 5, 19),  # the Monday
            "Contact from the health visitor: mother says her partner is living at the address.",
            {"people_text": "Shannon"},
        ),
        True,
        None,
        id="a-friday-referral-read-on-monday-as-a-contact-is-one-event",
    ),
    pytest.param(
        ("Shannon Price", "Shannon", ""),
        (
            "GP",
            D(2025, 6, 3),
            "Tel conversation with the social worker: low mood, started sertraline last month.",
            {"people_text": "Shannon"},
        ),
        (
            "Children's social care",
            D(2025, 6, 3),
            "Spoke to the GP about Shannon's mental health; sertraline started.",
            {"people_text": "Shannon"},
        ),
        True,
        "One names the other's agency",
        id="a-call-recorded-at-both-ends-naming-the-other-agency-is-one-event",
    ),
]


@pytest.mark.parametrize(("person", "first", "second", "one_event", "reason"), TWO_ENTRIES)
def test_two_entries_of_two_agencies_are_one_event_or_not(
    review_world, agencies, person, first, second, one_event, reason
) -> None:
    if person is not None:
        _person(review_world, *person)
    a, b = (
        _entry(review_world, agencies[agency], day, description, **kwargs)
        for agency, day, description, kwargs in (first, second)
    )
    groups = suggest_groups(review=review_world.review)
    assert [set(g.entry_ids) for g in groups] == ([{a.pk, b.pk}] if one_event else [])
    if reason is not None:
        assert reason in groups[0].reasons


def test_the_glossary_reads_review_conferences_core_groups_and_terse_notes() -> None:
    g = glossary()

    def concepts(text: str) -> set[str]:
        return {g.concept_of[m] for m in g.pattern.findall(text.lower())}

    # "Review case conference" is a review conference, not an initial one ("case conference").
    assert concepts("Minutes of review case conference received") == {
        "review child protection conference",
        "minutes",
    }
    assert concepts("CG attended.") == {"core group"}
    assert "incident or emergency call-out" in concepts("Op Enc notification rec'd re Mia.")
    assert "hospital attendance or admission" in concepts("Jordan 14y BIBA - intoxicated.")
    assert concepts("RHI took place in school") == concepts("Return home interview completed")
    assert concepts("MISPER JC 14") == concepts("Jordan was reported missing")
    # A crew that leaves the patient at home did not take anyone to hospital.
    assert "hospital attendance or admission" not in concepts("Chest pain, not conveyed.")
    assert concepts("scald to his hand") == concepts("burning his hand")
    # A doctor's title is not the GP practice: the ward's "Dr Pryce" names no other agency.
    assert "general practitioner" not in concepts("Seen on the ward by Dr Pryce.")
    assert "general practitioner" in concepts("Mum took him to the doctor on Monday.")
    # Abbreviations of court, plans and meetings, as one side writes them and the other not.
    assert concepts("FGC held at the library") == concepts("Family group conference held")
    assert concepts("ICO granted") == concepts("Interim care order made")
    assert concepts("EHCP review") == concepts("Education, health and care plan review")
    assert concepts("Clare's law disclosure made") == concepts("DDVS disclosure made")
    # A ward's discharge planning meeting as the community nurse writes it, and a police log.
    assert concepts("DPM Ward 7 attended.") == concepts("Discharge planning meeting held")
    assert "incident or emergency call-out" in concepts("CAD 0712-0447. Officers att 20:05.")


def test_next_day_entries_that_say_nothing_of_a_delay_are_two_happenings_unless_overnight(
    review_world, agencies
) -> None:
    PersonFactory(
        review=review_world.review, real_name="Tyler Dawson", aliases=["Tyler"], category="child"
    )
    PersonFactory(review=review_world.review, real_name="Kerry Dawson", aliases=["Kerry"])
    hospital = AgencyFactory(review=review_world.review, name="Royal Infirmary")
    # Two home visits on consecutive days: two happenings.
    _entry(
        review_world,
        agencies["Children's social care"],
        D(2025, 10, 21),
        "Home visit: Tyler's hand healing well, Kerry managing. Safe sleep discussed.",
        people_text="Tyler; Kerry",
    )
    _entry(
        review_world,
        agencies["Health visiting"],
        D(2025, 10, 22),
        "Home visit: Tyler weighed, Kerry coping. Safe sleep reminder.",
        people_text="Tyler; Kerry",
    )
    # A late-evening incident and the attendance after midnight: one happening.
    incident = _entry(
        review_world,
        agencies["Police"],
        D(2025, 11, 1),
        "Officers attended home address: Kerry assaulted by partner, injury to face. "
        "Ambulance requested.",
        people_text="Kerry",
        time=datetime.time(23, 30),
    )
    attendance = _entry(
        review_world,
        hospital,
        D(2025, 11, 2),
        "Kerry Dawson brought in by ambulance after an assault by her partner, facial injury.",
        people_text="Kerry",
        time=datetime.time(0, 40),
    )
    groups = suggest_groups(review=review_world.review)
    assert [set(g.entry_ids) for g in groups] == [{incident.pk, attendance.pk}]
    assert any("overnight" in r for r in groups[0].reasons)


def test_a_monday_entry_naming_saturday_refers_to_saturday_but_a_planned_day_does_not(
    review_world, agencies
) -> None:
    PersonFactory(review=review_world.review, real_name="Joanne Kowal", aliases=["Jo"])
    saturday = _entry(
        review_world,
        agencies["Police"],
        D(2024, 2, 10),  # a Saturday
        "Call from female reporting partner shouting and throwing items at address. "
        "Officers attended, partner arrested for criminal damage. PPN submitted.",
        people_text="Joanne Kowal",
    )
    monday = _entry(
        review_world,
        agencies["Children's social care"],
        D(2024, 2, 12),
        "Police Protection Notice received regarding the family home on Saturday night.",
        people_text="Jo",
    )
    groups = suggest_groups(review=review_world.review)
    assert [set(g.entry_ids) for g in groups] == [{saturday.pk, monday.pk}]
    assert "One refers to the other's date (10 February)" in groups[0].reasons

    rows, _labels = read_rows(review_world.review)
    named = next(r for r in rows if r.pk == monday.pk)
    assert named.recalled == frozenset({D(2024, 2, 10).toordinal()})
    assert recalled_days("yesterday", D(2024, 2, 12)) == frozenset({D(2024, 2, 11).toordinal()})
    assert recalled_days("at the weekend", D(2024, 2, 12)) == frozenset(
        {D(2024, 2, 10).toordinal(), D(2024, 2, 11).toordinal()}
    )
    later = recalled_days("visit arranged for saturday; will see her on thursday", D(2024, 2, 12))
    assert later == frozenset()
    assert cited_dates("attended core group 15/5. no concerns.", D(2024, 5, 16)) == frozenset(
        {D(2024, 5, 15).toordinal()}
    )


def test_a_routine_call_about_the_same_child_is_not_an_event_but_a_call_naming_both_sides_is(
    review_world, agencies
) -> None:
    PersonFactory(
        review=review_world.review, real_name="Kai Smith", aliases=["Kai"], category="child"
    )
    PersonFactory(review=review_world.review, real_name="Wayne Smith", aliases=["Wayne"])
    PersonFactory(review=review_world.review, real_name="Gareth Owen", aliases=["Mr Owen"])
    _entry(
        review_world,
        agencies["Children's social care"],
        D(2024, 7, 22),
        "Call to Wayne to discuss his contact with Kai - no answer, message left.",
        people_text="Wayne; Kai",
    )
    _entry(
        review_world,
        agencies["School"],
        D(2024, 7, 22),
        "Kai absent - mum rang, sick.",
        people_text="Kai",
    )
    assert _groups(review_world) == []
    school = _entry(
        review_world,
        agencies["School"],
        D(2024, 7, 23),
        "Mr Owen telephoned the social worker: Kai upset in class, talking about Wayne.",
        people_text="Mr Owen; Kai; Wayne",
    )
    csc = _entry(
        review_world,
        agencies["Children's social care"],
        D(2024, 7, 23),
        "Call from Gareth Owen: Kai is upset in class and keeps talking about Wayne.",
        people_text="Gareth Owen; Kai; Wayne",
    )
    assert _groups(review_world) == [{school.pk, csc.pk}]


def test_a_terse_ambulance_note_joins_the_event_it_fits_and_a_report_sent_does_not(
    review_world, agencies
) -> None:
    PersonFactory(
        review=review_world.review, real_name="Jordan Carver", aliases=["Jordan"], category="child"
    )
    ambulance = AgencyFactory(review=review_world.review, name="Ambulance service")
    hospital = AgencyFactory(review=review_world.review, name="Northfield General Hospital")
    crew = _entry(
        review_world,
        ambulance,
        D(2025, 3, 8),
        "Pt 14M, park, GCS 14, ETOH ++. Obs stable. Conveyed NGH, police on scene.",
        time=datetime.time(22, 5),
    )
    ed = _entry(
        review_world,
        hospital,
        D(2025, 3, 8),
        "Jordan Carver 14y BIBA - acute alcohol intoxication. Observed overnight, "
        "discharged to father am. Safeguarding referral made.",
        people_text="Jordan",
        time=datetime.time(22, 40),
    )
    csc = _entry(
        review_world,
        agencies["Children's social care"],
        D(2025, 3, 10),
        "Notification from the police and a safeguarding referral from the hospital: Jordan "
        "was found in the park on Saturday evening so intoxicated that an ambulance was called "
        "and he was kept in hospital overnight.",
        people_text="Jordan",
    )
    # A report for a conference the agency did not attend is not the conference.
    conference = [
        _entry(
            review_world,
            agencies["Children's social care"],
            D(2025, 5, 22),
            "Initial child protection conference held: Jordan made subject to a CP plan.",
            people_text="Jordan",
        ),
        _entry(
            review_world,
            agencies["School"],
            D(2025, 5, 22),
            "Initial CP conf - DSL attended. Jordan on a plan.",
            people_text="Jordan",
        ),
    ]
    _entry(
        review_world,
        agencies["GP"],
        D(2025, 5, 22),
        "Report sent to the child protection conference for Jordan (GP not invited).",
        people_text="Jordan",
    )
    assert sorted(_groups(review_world), key=min) == [
        {crew.pk, ed.pk, csc.pk},
        {e.pk for e in conference},
    ]


def test_a_strategy_discussion_about_the_weekend_incident_is_not_the_incident(
    review_world, agencies
) -> None:
    PersonFactory(review=review_world.review, real_name="Shannon Price", aliases=["Shannon"])
    PersonFactory(review=review_world.review, real_name="Dean Walsh", aliases=["Dean"])
    incident = _entry(
        review_world,
        agencies["Police"],
        D(2025, 3, 8),  # a Saturday
        "DA incident at home address. Dean arrested for assault on Shannon. Child asleep "
        "upstairs. PPN submitted.",
        people_text="Shannon Price; Dean Walsh",
        time=datetime.time(23, 10),
    )
    ppn = _entry(
        review_world,
        agencies["Children's social care"],
        D(2025, 3, 10),
        "PPN received re domestic incident on Saturday night; Dean arrested for assault.",
        people_text="Shannon; Dean",
    )
    strategy = _entry(
        review_world,
        agencies["Health visiting"],
        D(2025, 3, 10),
        "Strategy discussion with police and CSC following the DA incident on Saturday. "
        "Threshold met, s47 agreed; joint visit tomorrow.",
        people_text="Shannon; Dean",
    )
    groups = _groups(review_world)
    assert {incident.pk, ppn.pk} in groups
    assert not any(strategy.pk in g and incident.pk in g for g in groups)


def test_a_call_recorded_by_both_sides_within_the_hour_is_one_event_even_in_other_words(
    review_world, agencies
) -> None:
    """Each side of one phone call writes it its own way; naming the other agency, within
    CONTACT_MINUTES of it the same day, is what ties them. The same note hours later, or another
    call about the child that hour naming no agency, is another happening."""
    PersonFactory(
        review=review_world.review, real_name="Kay Marsh", aliases=["Kay"], category="child"
    )
    academy = AgencyFactory(review=review_world.review, name="St Aidan's Academy")
    school = _entry(
        review_world,
        academy,
        D(2025, 7, 2),
        "Kay found with cannabis on site. Mum informed, Kay collected at 11.",
        time=datetime.time(11, 30),
        people_text="Kay",
    )
    csc = _entry(
        review_world,
        agencies["Children's social care"],
        D(2025, 7, 2),
        "St Aidan's rang: Kay at home until Monday now. Concern she will be unsupervised with "
        "older boys.",
        time=datetime.time(12, 10),
        people_text="Kay",
    )
    groups = suggest_groups(review=review_world.review)
    assert [set(g.entry_ids) for g in groups] == [{school.pk, csc.pk}]
    assert "One names the other's agency" in groups[0].reasons

    csc.time = datetime.time(17, 30)  # hours later: another call
    csc.save()
    assert _groups(review_world) == []
    csc.time = datetime.time(12, 10)
    csc.description = "Mother rang: worried about Kay's new friends, asked for advice."
    csc.save()
    assert _groups(review_world) == []


def test_a_social_workers_hv_is_a_home_visit_but_a_health_visitors_hv_is_the_person() -> None:

    assert home_visit_hv("HV completed, children seen alone.").startswith("home visit")
    assert home_visit_hv("Joint HV with police.") == "Joint home visit with police."
    assert home_visit_hv("Call from HV: mother tearful.") == "Call from HV: mother tearful."
    assert home_visit_hv("HV reports weight loss.") == "HV reports weight loss."


def test_a_role_label_is_not_a_name_that_two_entries_share(review_world, agencies) -> None:
    PersonFactory(
        review=review_world.review,
        real_name="Amira Haddad",
        aliases=["SW Haddad"],
        publication_label="Social worker",
    )
    first = _entry(
        review_world, agencies["School"], D(2025, 2, 17), "Allocated social worker phoned."
    )
    second = _entry(
        review_world, agencies["GP"], D(2025, 2, 17), "Letter to the social worker sent."
    )
    rows = {row.pk: row for row in read_rows(review_world.review)[0]}
    assert not rows[first.pk].people & rows[second.pk].people


def test_minutes_are_found_twelve_working_days_later_across_two_weekends_and_no_later(
    review_world, agencies
) -> None:
    """Tuesday's strategy discussion minuted the Thursday after next (12 working days, 16
    calendar days over two weekends) is the same meeting; minutes a day later still are not."""
    _person(review_world, "Aimee Clarke", "Aimee", "Child A")
    tuesday = D(2025, 9, 16)
    csc = _entry(
        review_world,
        agencies["Children's social care"],
        tuesday,
        "Strategy discussion: Aimee at risk of exploitation, s47 agreed.",
        people_text="Aimee",
    )
    police = _entry(
        review_world,
        agencies["Police"],
        tuesday,
        "Strat disc with CSC re Aimee, exploitation concerns, intel checks to follow.",
        people_text="Aimee",
    )
    minutes = _entry(
        review_world,
        agencies["School"],
        D(2025, 10, 2),
        "Minutes of strategy meeting re Aimee received: exploitation concerns, s47.",
        people_text="Aimee",
    )
    assert _groups(review_world) == [{csc.pk, police.pk, minutes.pk}]
    minutes.date_start = minutes.date_end = D(2025, 10, 3)  # 13 working days
    minutes.save()
    assert _groups(review_world) == [{csc.pk, police.pk}]


def test_what_an_agency_sends_is_looked_for_at_the_agency_it_names_days_later(
    review_world, agencies
) -> None:
    """A notice submitted to social care on a Friday may be read there a week later in words
    that do not say "received"; a police entry that sends nothing is not looked for that late."""
    _person(review_world, "Aimee Clarke", "Aimee", "Child A")
    police = _entry(
        review_world,
        agencies["Police"],
        D(2025, 10, 10),
        "Vehicle stop: Aimee in a car with an adult male, taken home. PPN submitted to "
        "children's social care.",
    )
    csc = _entry(
        review_world,
        agencies["Children's social care"],
        D(2025, 10, 17),
        "Police Protection Notice: Aimee found in a car with an adult male and taken home.",
    )
    groups = suggest_groups(review=review_world.review)
    assert [set(g.entry_ids) for g in groups] == [{police.pk, csc.pk}]
    assert any("sent is recorded by the other" in r for r in groups[0].reasons)
    police.description = "Vehicle stop: Aimee in a car with an adult male, taken home."
    police.save()
    assert _groups(review_world) == []


def test_denied_and_passing_mentions_are_not_the_kind_of_happening() -> None:
    g = glossary()
    _text, concepts, passing = normalise(
        "Mum mentioned a previous referral to social care. No concerns about self-harm. "
        "Aimee declined ABE.",
        g,
    )
    assert {"referral", "achieving best evidence interview"} <= set(concepts)
    assert {"referral", "achieving best evidence interview"} <= passing
    _text, _concepts, passing = normalise("Mum mentions 'another incident' at the weekend.", g)
    assert passing == {"incident or emergency call-out"}
    _text, _concepts, passing = normalise("Referral from school: Aimee staying out.", g)
    assert passing == frozenset()


def test_a_passing_mention_of_a_referral_does_not_join_the_referral(review_world, agencies) -> None:
    _person(review_world, "Aimee Clarke", "Aimee", "Child A")
    day = D(2025, 9, 19)
    school = _entry(
        review_world,
        agencies["School"],
        day,
        "DSL made a referral to MASH: Aimee disclosed staying overnight with an adult male.",
        people_text="Aimee",
    )
    csc = _entry(
        review_world,
        agencies["Children's social care"],
        day,
        "Referral from school: Aimee staying overnight with an adult male.",
        people_text="Aimee",
    )
    _entry(
        review_world,
        agencies["GP"],
        day,
        "Mum seen for her own appointment, mentioned a previous referral to social care last "
        "year. No concerns about the children raised.",
        people_text="Aimee",
    )
    assert _groups(review_world) == [{school.pk, csc.pk}]


def test_the_call_that_passes_on_a_decision_records_the_decision(review_world, agencies) -> None:
    """ "Phoned: no further action" records the police decision (NFA is a decision, and the
    channel a call is not the kind of happening), told to social care days later."""
    _person(review_world, "Aimee Clarke", "Aimee", "Child A")
    police = _entry(
        review_world,
        agencies["Police"],
        D(2025, 10, 30),
        "Investigation into adult male concluded. Aimee declined ABE, insufficient evidence. NFA.",
        people_text="Aimee",
    )
    csc = _entry(
        review_world,
        agencies["Children's social care"],
        D(2025, 11, 3),
        "Police phoned: no further action against the man, Aimee would not give an interview.",
        people_text="Aimee",
    )
    rows = {row.pk: row for row in read_rows(review_world.review)[0]}
    assert rows[csc.pk].primary == rows[police.pk].primary == "no further action"
    assert _groups(review_world) == [{police.pk, csc.pk}]


def test_an_agency_told_of_a_late_evening_incident_is_looked_for_days_later(
    review_world, agencies
) -> None:
    """The overnight rule (the next day only) does not cut short the days an agency naming the
    police may take to record a Friday-night incident."""
    _person(review_world, "Aimee Clarke", "Aimee", "Child A")
    police = _entry(
        review_world,
        agencies["Police"],
        D(2025, 11, 14),
        "Domestic at home address: verbal argument between Aimee and her mother, no assault.",
        time=datetime.time(22, 30),
        people_text="Aimee",
    )
    csc = _entry(
        review_world,
        agencies["Children's social care"],
        D(2025, 11, 18),
        "Police: verbal argument between Aimee and her mother, no injuries.",
        people_text="Aimee",
    )
    assert _groups(review_world) == [{police.pk, csc.pk}]


def test_last_week_names_the_working_days_of_the_week_before() -> None:
    wednesday = D(2025, 10, 1)
    assert recalled_days("visited aimee at home last week", wednesday) == frozenset(
        D(2025, 9, day).toordinal() for day in range(22, 27)
    )


def test_a_clinicians_weeks_meet_the_same_weeks_in_words() -> None:
    """ "Review in 4/52" and "again in four weeks" share their number and weeks; a date such as
    4/5 is left alone."""
    g = glossary()
    assert "4 weeks" in normalise("Will review in 4/52.", g)[0]
    assert "4/5" in normalise("Seen 4/5, review in 2/52.", g)[0]


def test_minutes_join_the_meeting_not_a_managers_later_oversight_of_it(
    review_world, agencies
) -> None:
    """A manager's oversight note is the agency's own follow-up, not the meeting: the school's
    minutes of the strategy discussion, filed 12 working days on, join the discussion, not the
    oversight note a week nearer."""
    _person(review_world, "Aimee Clarke", "Aimee", "Child A")
    csc, police, school = (agencies[n] for n in ["Children's social care", "Police", "School"])
    meeting = [
        _entry(
            review_world,
            csc,
            D(2025, 9, 16),
            "Strategy discussion held (CSC, police, school): concerns Aimee is being exploited "
            "by older males. Threshold met for s47, single agency.",
            people_text="Aimee",
        ),
        _entry(
            review_world,
            police,
            D(2025, 9, 16),
            "Strat disc with CSC re Aimee - CSE concerns. Police to run intel checks on males "
            "named by school.",
            people_text="Aimee",
        ),
    ]
    _entry(
        review_world,
        csc,
        D(2025, 9, 25),
        "Management oversight: strategy decisions reviewed, s47 to conclude by 10/10.",
        people_text="Aimee",
    )
    minutes = _entry(
        review_world,
        school,
        D(2025, 10, 2),
        "Minutes of strategy meeting received from CSC and filed in the safeguarding record.",
        people_text="Aimee",
    )
    assert _groups(review_world) == [{meeting[0].pk, meeting[1].pk, minutes.pk}]


def test_a_home_visit_where_mum_tells_of_the_weekend_hospital_visit_is_not_that_visit(
    review_world, agencies
) -> None:
    """An agency's own visit that mentions another happening ("mum says she went to hospital
    at the weekend") is not that happening; the hospital's notification of it is."""
    _person(review_world, "Ellie Reid", "Ellie", "Child E")
    _person(review_world, "Kerry Reid", "Kerry", "Mother")
    hospital = AgencyFactory(review=review_world.review, name="City General Hospital")
    attendance = _entry(
        review_world,
        hospital,
        D(2026, 4, 4),  # a Saturday
        "ED: 10mo F brought by mother with fever and a febrile convulsion. Discharged 23:00.",
        people_text="Ellie; Kerry",
        time=datetime.time(19, 30),
    )
    notification = _entry(
        review_world,
        agencies["Health visiting"],
        D(2026, 4, 7),
        "Notification from hospital liaison: Ellie attended the emergency department on "
        "Saturday with a febrile convulsion.",
        people_text="Ellie",
    )
    visit = _entry(
        review_world,
        agencies["Children's social care"],
        D(2026, 4, 7),
        "Home visit: Kerry says Ellie had a fit at the weekend and went to hospital. "
        "Children seen.",
        people_text="Kerry; Ellie",
        time=datetime.time(14, 0),
    )
    groups = _groups(review_world)
    assert {attendance.pk, notification.pk} in groups
    assert not any(visit.pk in g for g in groups)


def test_same_day_entries_tied_only_by_the_child_and_the_date_are_not_suggested(
    review_world, agencies
) -> None:
    """A GP appointment and a school note about the same child the same day, with no kind of
    happening, cited date, named agency, close time or distinctive words in common, are two
    happenings; the same notes naming one injury the same way are tied."""
    _person(review_world, "Kai Brown", "Kai", "Child K")
    gp = _entry(
        review_world,
        agencies["GP"],
        D(2024, 9, 10),
        "Kai seen with mum, cough.",
        people_text="Kai",
    )
    school = _entry(
        review_world,
        agencies["School"],
        D(2024, 9, 10),
        "Kai in class, mum says cough.",
        people_text="Kai",
    )
    assert _groups(review_world) == []
    gp.description = "Kai seen with mum: bruise on left cheek, says fell off scooter."
    gp.save()
    school.description = "Kai in class with a bruise on his left cheek; fell off scooter."
    school.save()
    assert _groups(review_world) == [{gp.pk, school.pk}]


def test_an_entry_unlike_one_member_does_not_join_the_group_through_another(
    review_world, agencies
) -> None:
    """One social care note records two things (the police notification of an arrest, and the
    school's call about bullying). The arrest and the school's call are two happenings: however
    well each fits that note, no group holds both, even at a low threshold."""
    _person(review_world, "Mason Reid", "Mason", "Child M")
    _person(review_world, "Kerry Reid", "Kerry", "Mother")
    _person(review_world, "Dean Walsh", "Dean", "Partner")
    arrest = _entry(
        review_world,
        agencies["Police"],
        D(2026, 2, 2),
        "Dean arrested at the home address for assault on Kerry; child present. PPN submitted.",
        people_text="Kerry; Dean",
        time=datetime.time(9, 0),
    )
    note = _entry(
        review_world,
        agencies["Children's social care"],
        D(2026, 2, 2),
        "PPN received: Dean arrested this morning for assault on Kerry. Call from school DSL: "
        "Mason says he is being bullied at the park, is tired.",
        people_text="Kerry; Dean; Mason",
        time=datetime.time(11, 0),
    )
    call = _entry(
        review_world,
        agencies["School"],
        D(2026, 2, 2),
        "DSL phoned social care: Mason says he is being bullied at the park, is tired.",
        people_text="Mason",
        time=datetime.time(11, 0),
    )
    groups = _groups(review_world, min_score=45)
    assert any(note.pk in g for g in groups)
    assert not any({arrest.pk, call.pk} <= g for g in groups)


def test_a_letter_recorded_as_sent_and_a_week_later_as_received_from_that_agency_is_one_event(
    review_world, agencies
) -> None:
    _person(review_world, "Nkechi Okoro", "Nkechi", "Mother")
    sent = _entry(
        review_world,
        agencies["Health visiting"],
        D(2025, 11, 3),
        "Letter sent to the GP about Nkechi's mood: not sleeping, feeling hopeless.",
    )
    received = _entry(
        review_world,
        agencies["GP"],
        D(2025, 11, 10),
        "Letter from health visiting received re maternal mood. Nkechi invited for review.",
    )
    assert _groups(review_world) == [{sent.pk, received.pk}]
    # Received from another agency, it is another letter.
    received.description = "Letter from school received re mood. Nkechi invited for review."
    received.save()
    assert _groups(review_world) == []


def test_two_referrals_whose_named_ends_differ_are_two_referrals(review_world, agencies) -> None:
    """The GP's referral to health visiting and the school's referral to social care the same
    day, about the same child, are not one referral; the two ends of one referral are."""
    _person(review_world, "Kofi Mensah", "Kofi", "Child K")
    gp = _entry(
        review_world,
        agencies["GP"],
        D(2025, 9, 4),
        "Kofi seen: weight loss and a bruise to the ear. Referral made to health visiting.",
    )
    school = _entry(
        review_world,
        agencies["School"],
        D(2025, 9, 4),
        "Kofi's bruise to the ear noted by teacher. Referral made to children's social care.",
    )
    health_visiting = _entry(
        review_world,
        agencies["Health visiting"],
        D(2025, 9, 4),
        "Referral received from the GP: Kofi's weight loss and a bruise to the ear.",
    )
    groups = _groups(review_world)
    assert {gp.pk, health_visiting.pk} in groups
    assert not any({gp.pk, school.pk} <= group for group in groups)


def test_a_decision_on_a_national_referral_mechanism_referral_reaches_each_agency_as_one_event(
    review_world, agencies
) -> None:
    police, csc = agencies["Police"], agencies["Children's social care"]
    event = [
        _entry(
            review_world,
            csc,
            D(2023, 11, 28),
            "Letter from the Single Competent Authority: positive reasonable grounds decision.",
        ),
        _entry(review_world, police, D(2023, 12, 5), "NRM update - RG decision POSITIVE."),
    ]
    # The conclusive grounds decision months later is another decision.
    _entry(review_world, police, D(2024, 3, 4), "NRM CG POSITIVE. File to CPS.")
    assert _groups(review_world) == [{e.pk for e in event}]


def test_a_decision_a_police_note_writes_as_rg_plus_ve_joins_the_letter_it_records(
    review_world, agencies
) -> None:
    police, csc = agencies["Police"], agencies["Children's social care"]
    event = [
        _entry(
            review_world,
            csc,
            D(2025, 11, 17),
            "Reasonable grounds decision (dated 14 November) received from the Single Competent "
            "Authority.",
        ),
        _entry(review_world, police, D(2025, 11, 18), "NRM - RG +ve notified by LA. DC Rusk."),
    ]
    assert _groups(review_world) == [{e.pk for e in event}]


def test_a_childs_move_to_a_placement_recorded_days_apart_is_one_event(
    review_world, agencies
) -> None:
    police, csc, school = (
        agencies["Police"],
        agencies["Children's social care"],
        agencies["School"],
    )
    event = [
        _entry(review_world, csc, D(2024, 6, 21), "Kian moved today to a children's home."),
        _entry(review_world, school, D(2024, 6, 24), "SW informed school of the new placement."),
        _entry(review_world, police, D(2024, 6, 27), "Niche updated - Kian now resides Telford."),
    ]
    assert _groups(review_world) == [{e.pk for e in event}]


def test_the_news_that_no_one_will_be_charged_joins_the_police_decision(
    review_world, agencies
) -> None:
    police, csc = agencies["Police"], agencies["Children's social care"]
    event = [
        _entry(review_world, police, D(2024, 10, 3), "CPS advice: NFA. RUI concluded."),
        _entry(
            review_world,
            csc,
            D(2024, 10, 9),
            "Mum showed me the police letter - no charge for the drugs arrest.",
        ),
    ]
    assert _groups(review_world) == [{e.pk for e in event}]


def test_a_missing_child_not_coming_home_is_the_missing_episode(review_world, agencies) -> None:
    police, school = agencies["Police"], agencies["School"]
    event = [
        _entry(review_world, police, D(2023, 9, 21), "MISPER report from mother, Kian (14)."),
        _entry(
            review_world,
            school,
            D(2023, 9, 22),
            "Mum rang the office: Kian didn't come home last night.",
        ),
    ]
    assert _groups(review_world) == [{e.pk for e in event}]


def test_a_summary_citing_one_attendance_joins_it_not_a_later_one(review_world, agencies) -> None:
    hospital = AgencyFactory(review=review_world.review, name="Northgate General Hospital")
    camhs = AgencyFactory(review=review_world.review, name="CAMHS")
    _person(review_world, "Kian Doherty", "Kian")
    _person(review_world, "Leanne Doherty", "Mother")
    attendance = _entry(
        review_world,
        hospital,
        D(2024, 4, 13),
        "ED. 15M brought in by ambulance, single stab wound L posterior thigh. Wound explored and"
        " sutured. Safeguarding referral made. Admitted overnight for obs. Mother present.",
        people_text="Kian; Mother",
    )
    # The wound check six days later is another attendance, with the mother, which the summary
    # (naming no mother) reads much like.
    _entry(
        review_world,
        hospital,
        D(2024, 4, 19),
        "ED: self-presented with mother, redness around sutures L thigh. Oral antibiotics.",
        people_text="Kian; Mother",
    )
    summary = _entry(
        review_world,
        camhs,
        D(2024, 4, 24),
        "Discharge summary received from Northgate ED (attendance 13/04/24): penetrating injury L"
        " thigh, sutured, discharged 14/04. Copied to CAMHS as open referral.",
        people_text="Kian",
    )
    assert {attendance.pk, summary.pk} in _groups(review_world)


def test_a_birth_and_its_notification_days_later_are_one_event(review_world, agencies) -> None:
    csc, hv = agencies["Children's social care"], agencies["Health visiting"]
    event = [
        _entry(
            review_world,
            csc,
            D(2025, 1, 14),
            "Informed by midwife that Chelsea gave birth this morning to a baby girl.",
        ),
        _entry(
            review_world,
            hv,
            D(2025, 1, 17),
            "Birth notification received: baby girl, NVD 3.21kg. New birth visit to book.",
        ),
    ]
    assert _groups(review_world) == [{e.pk for e in event}]


def test_a_skeletal_survey_and_the_news_of_its_result_are_one_event(review_world, agencies) -> None:
    hospital = AgencyFactory(review=review_world.review, name="Hatherby General Hospital")
    police = agencies["Police"]
    event = [
        _entry(
            review_world,
            hospital,
            D(2025, 5, 20),
            "Radiology: skeletal survey (infant protocol) - no fractures identified.",
        ),
        _entry(
            review_world,
            police,
            D(2025, 5, 28),
            "CAIT update: skeletal survey results rec'd - no fractures.",
        ),
    ]
    assert _groups(review_world) == [{e.pk for e in event}]


def test_a_missing_report_and_the_next_days_found_log_of_one_agency_join_one_event(
    review_world, agencies
) -> None:
    police, csc = agencies["Police"], agencies["Children's social care"]
    event = [
        _entry(
            review_world,
            police,
            D(2023, 9, 21),
            "MISPER report rec'd from mother. Kian (14) not returned home after school.",
        ),
        _entry(
            review_world,
            police,
            D(2023, 9, 22),
            "Kian returned home of own accord 1905hrs. Safe and well check done. Closed - found.",
        ),
        _entry(
            review_world,
            csc,
            D(2023, 9, 22),
            "Police missing notification via MASH: Kian missing overnight 21/09, now returned.",
        ),
    ]
    assert _groups(review_world) == [{e.pk for e in event}]


def test_two_missing_episodes_of_one_agency_a_week_apart_stay_two_events(
    review_world, agencies
) -> None:
    police, school = agencies["Police"], agencies["School"]
    first = [
        _entry(review_world, police, D(2023, 10, 3), "MISPER report from mother, Kian (14)."),
        _entry(review_world, school, D(2023, 10, 4), "Mum rang: Kian didn't come home last night."),
    ]
    second = [
        _entry(review_world, police, D(2023, 10, 10), "MISPER report from mother, Kian (14)."),
        _entry(review_world, school, D(2023, 10, 11), "Mum rang: Kian went missing again."),
    ]
    assert sorted(_groups(review_world), key=min) == [{e.pk for e in first}, {e.pk for e in second}]


def _conference(world: ReviewWorld, agencies) -> list[ChronologyEntry]:
    csc, school, hv = (
        agencies["Children's social care"],
        agencies["School"],
        agencies["Health visiting"],
    )
    _person(world, "Skye Tolley", "Skye")
    return [
        _entry(
            world,
            csc,
            D(2025, 10, 21),
            "Initial child protection conference, chaired by the IRO. Skye made subject to a child"
            " protection plan, category emotional abuse.",
            people_text="Skye",
        ),
        _entry(
            world,
            school,
            D(2025, 10, 21),
            "ICPC - DSL attended. Skye now on a CP plan (emotional abuse). School to monitor.",
            people_text="Skye",
        ),
        _entry(
            world,
            hv,
            D(2025, 10, 21),
            "ICPC attended. Outcome: CP plan for Skye, emotional abuse. HV visits fortnightly.",
            people_text="Skye",
        ),
    ]


def test_a_letter_confirming_a_conferences_outcome_is_not_the_conference(
    review_world, agencies
) -> None:
    conference = _conference(review_world, agencies)
    _entry(
        review_world,
        agencies["GP"],
        D(2025, 10, 28),
        "Letter from CP conference team: ICPC 21/10/25 - Skye subject to CP plan, emotional"
        " abuse. CP alert added.",
        people_text="Skye",
    )
    assert _groups(review_world) == [{e.pk for e in conference}]


@pytest.mark.parametrize(
    "letter",
    [
        "Letter conference team: ICPC 21/10 - Skye CP plan (emotional). Coded.",
        "Letter from CP conference team: ICPC 21/10/25 - Skye subject to CP plan. Coded.",
        "Safeguarding team: ICPC outcome letter rec'd - Skye subject to CP plan from 21/10.",
    ],
)
def test_a_terse_letter_from_the_conference_team_is_not_the_conference(
    review_world, agencies, letter
) -> None:
    conference = _conference(review_world, agencies)
    _entry(review_world, agencies["GP"], D(2025, 11, 1), letter, people_text="Skye")
    assert _groups(review_world) == [{e.pk for e in conference}]


def test_a_nursery_workers_child_protection_meeting_is_the_conference() -> None:
    g = glossary()

    def concepts(text: str) -> set[str]:
        return {g.concept_of[m] for m in g.pattern.findall(text.lower())}

    assert concepts("Bev went to the child protection meeting for Lacey") == concepts(
        "Initial child protection conference held"
    )
    assert concepts("Went to the review child protection meeting") == concepts("RCPC attended")
    # …and a police officer's "CP med att." is the child protection medical.
    assert concepts("CP med att. (DC Hale)") == concepts("Child protection medical (Dr Mensah)")


def test_minutes_of_the_conference_days_later_still_join_it(review_world, agencies) -> None:
    conference = _conference(review_world, agencies)
    minutes = _entry(
        review_world,
        agencies["GP"],
        D(2025, 10, 28),
        "Minutes of ICPC 21/10/25 received from the conference team: Skye subject to a CP plan,"
        " emotional abuse. CP alert added.",
        people_text="Skye",
    )
    assert _groups(review_world) == [{e.pk for e in [*conference, minutes]}]


def test_an_agencys_own_apologies_are_not_the_meeting_but_a_parents_are(
    review_world, agencies
) -> None:
    csc, police, hv = (
        agencies["Children's social care"],
        agencies["Police"],
        agencies["Health visiting"],
    )
    _person(review_world, "Theo Tolley", "Theo")
    meeting = [
        _entry(
            review_world,
            csc,
            D(2026, 1, 27),
            "Strategy discussion (Teams) following the overdose. Mother unable to attend. Theo to"
            " stay with his grandmother; s47 enquiries continue.",
            people_text="Theo",
        ),
        _entry(
            review_world,
            police,
            D(2026, 1, 27),
            "Strat disc re Theo following mother's overdose. s47 continues. No crime.",
            people_text="Theo",
        ),
    ]
    _entry(
        review_world,
        hv,
        D(2026, 1, 27),
        "Unable to join strategy discussion (baby clinic). Update emailed to SW: Theo's weights"
        " on track.",
        people_text="Theo",
    )
    assert _groups(review_world) == [{e.pk for e in meeting}]


def test_an_agencys_later_record_naming_the_meetings_date_joins_the_meeting(
    review_world, agencies
) -> None:
    csc, police = agencies["Children's social care"], agencies["Police"]
    hospital = AgencyFactory(review=review_world.review, name="Acute hospital")
    _person(review_world, "Kai Price", "Kai")
    event = [
        _entry(
            review_world,
            hospital,
            D(2025, 9, 23),
            "Dr Moss attended strategy meeting (virtual) re Kai. Medical opinion given on seizure"
            " control and missed doses.",
            people_text="Kai",
        ),
        _entry(
            review_world,
            csc,
            D(2025, 9, 23),
            "Strategy discussion (Teams) - Kai. Present: TM, SW, DS Hughes, Dr Moss. Outcome:"
            " s47 enquiries on medical neglect.",
            people_text="Kai",
        ),
        _entry(
            review_world,
            police,
            D(2025, 9, 23),
            "Strat disc re Kai PRICE. Medical neglect concerns from hospital. No crime.",
            people_text="Kai",
        ),
        _entry(
            review_world,
            hospital,
            D(2025, 9, 29),
            "Minutes of strategy meeting 23/09/25 received from MASH and filed in notes.",
            people_text="Kai",
        ),
    ]
    assert _groups(review_world) == [{e.pk for e in event}]


def test_police_sd_attended_is_the_strategy_discussion_but_a_gps_initials_are_not() -> None:
    g = glossary()
    _text, concepts, _passing = normalise("SD attended by DC Lyle re Kian. s47 agreed.", g)
    assert "strategy discussion" in concepts
    _text, concepts, _passing = normalise("Tel consult SD - r/v mood. Sertraline continued.", g)
    assert "strategy discussion" not in concepts


def test_the_glossary_reads_the_missing_team_the_assessment_unit_and_a_call_received() -> None:
    g = glossary()
    assert "return home interview" in normalise("saw a lady from the missing team", g)[1]
    assert "hospital attendance or admission" in normalise("call from the AMU", g)[1]
    assert "hospital attendance or admission" in normalise("the medical assessment unit", g)[1]
    assert normalise("Telephone contact from Mr Okafor", g)[1][0] == "telephone call"
    assert "missing episode" in normalise("police were out looking for her", g)[1]
    # What is only advised or planned is mentioned in passing, not recorded.
    assert "referral" in normalise("Advised police to make a referral to MASH", g)[2]
    assert "referral" not in normalise("Police made a referral to MASH", g)[2]


def test_a_clinic_letter_filed_by_two_agencies_a_week_apart_joins_the_clinic(
    review_world, agencies
) -> None:
    _person(review_world, "Alfie Dunn", "Alfie", "Child A")
    hospital = AgencyFactory(review=review_world.review, name="Northgate Hospital")
    clinic = _entry(
        review_world,
        hospital,
        D(2026, 2, 12),
        "Paediatric outpatients (Dr Ahmed): Alfie, speech delay. Expressive language delay; "
        "audiology and SALT referrals made.",
        people_text="Alfie",
    )
    visiting = _entry(
        review_world,
        agencies["Health visiting"],
        D(2026, 2, 20),
        "Copy letter rec'd - Dr Ahmed paeds OPD 12/02: expressive language delay, audiology "
        "and SALT referred. Filed.",
        people_text="Alfie",
    )
    gp = _entry(
        review_world,
        agencies["GP"],
        D(2026, 2, 26),
        "Letter Dr Ahmed (paeds) - seen 12/2/26, expressive language delay, SALT and "
        "audiology. No GP action.",
        people_text="Alfie",
    )
    assert {clinic.pk, visiting.pk, gp.pk} in _groups(review_world)


def test_a_conference_reviewing_one_child_and_initial_for_another_is_one_conference(
    review_world, agencies
) -> None:
    """One agency writes "RCPC/ICPC", another "CP conf", a third "Conference": one meeting."""
    _person(review_world, "Skye Tolley", "Skye")
    _person(review_world, "Kayden Tolley", "Kayden")
    entries = [
        _entry(
            review_world,
            agencies["Children's social care"],
            D(2026, 5, 13),
            "Child protection conference - review for Skye and initial for Kayden, chaired by the"
            " IRO. Both children subject to a plan, category neglect.",
            people_text="Skye, Kayden",
        ),
        _entry(
            review_world,
            agencies["Health visiting"],
            D(2026, 5, 13),
            "RCPC/ICPC attended. Both children CPP - neglect. Health review for Kayden booked.",
            people_text="Skye, Kayden",
        ),
        _entry(
            review_world,
            agencies["School"],
            D(2026, 5, 13),
            "Conference - DSL attended. Skye: CPP continues (now neglect). Kayden: CPP (neglect).",
            people_text="Skye, Kayden",
        ),
    ]
    assert _groups(review_world) == [{e.pk for e in entries}]


def test_a_referral_asking_for_a_conference_report_is_still_the_referral_received(
    review_world, agencies
) -> None:
    # The sender's referral also asks for "a report for the conference": that is its own
    # request, not preparation for a meeting, so it matches the receiver's record as strongly
    # as the referral without it does, and not the sender's visit a week earlier where the
    # referral was agreed.
    csc, gp = agencies["Children's social care"], agencies["GP"]
    _person(review_world, "Jordan Pike", "Jordan")
    _entry(
        review_world,
        csc,
        D(2025, 11, 5),
        "Statutory visit. Mr Pike says he drinks 6-8 cans at weekends; he agreed to a referral"
        " to the GP.",
        people_text="Jordan Pike",
    )
    plain = (
        "Referral emailed to the GP for Jordan Pike (alcohol), with his consent: unexplained"
        " bruising to his baby son and section 47 enquiries."
    )
    sent = _entry(review_world, csc, D(2025, 11, 11), plain, people_text="Jordan Pike")
    received = _entry(
        review_world,
        gp,
        D(2025, 11, 12),
        "New referral rec'd from Children's Social Care - Jordan Pike, alcohol; CP enquiries re"
        " baby son. Appt offered.",
        people_text="Jordan Pike",
    )
    without_aside = suggest_groups(review=review_world.review, min_score=0)[0]
    sent.description = plain + " Asked for a report for the conference."
    sent.save()
    with_aside = suggest_groups(review=review_world.review, min_score=0)[0]
    assert set(with_aside.entry_ids) == {sent.pk, received.pk}
    assert with_aside.score == without_aside.score
    assert "Same kind of happening: referral" in with_aside.reasons


def test_a_workers_one_to_one_where_a_parent_mentions_a_and_e_is_not_the_attendance(
    review_world, agencies
) -> None:
    # What a parent says in a worker's own session about a night at A&E is news of it, as at a
    # home visit: the session is not the attendance, however near in time.
    csc, gp, hv = agencies["Children's social care"], agencies["GP"], agencies["Health visiting"]
    _person(review_world, "Mason Kettle", "Mason")
    attendance = [
        _entry(
            review_world,
            csc,
            D(2025, 12, 8),
            "Notification from the paediatric liaison nurse: Mason was taken to the Emergency"
            " Department in the early hours of Saturday 6 December by his mother. Examined, no"
            " injury found, discharged home.",
            people_text="Mason",
        ),
        _entry(
            review_world,
            gp,
            D(2025, 12, 16),
            "A&E letter 06/12/25 - Mason: crying, no injury found, d/c. Nil GP action.",
            people_text="Mason",
        ),
    ]
    _entry(
        review_world,
        hv,
        D(2025, 12, 8),
        "1:1 with mum. Sleep and feeding plan. Mentions Mason 'screaming all night Friday, we"
        " ended up at A&E'. Relapse triggers work.",
        people_text="Mason",
    )
    assert _groups(review_world) == [{e.pk for e in attendance}]


def test_back_to_birth_weight_and_a_new_birth_visit_are_no_birth(review_world, agencies) -> None:
    # The midwife's last visit ("back to birth weight") and the health visitor's new birth visit
    # the next day are two visits, neither of them the birth.
    gp, hv = agencies["GP"], agencies["Health visiting"]
    _person(review_world, "Mason Kettle", "Mason")
    _entry(
        review_world,
        gp,
        D(2025, 9, 18),
        "Community MW discharge visit, day 10. Mason wt 3.10kg - back to birth weight, cord"
        " separated. Transfer of care to HV.",
        people_text="Mason",
    )
    _entry(
        review_world,
        hv,
        D(2025, 9, 19),
        "New birth visit (Jo Firth). Mason 11/7, wt 3.18kg. Flat tidy. SUDI advice given. Next"
        " contact 6-8/52.",
        people_text="Mason",
    )
    assert _groups(review_world, min_score=40) == []


def test_every_meeting_prepared_for_is_a_kind_the_glossary_reads() -> None:
    # The preparation discount names meetings by their glossary concept: a concept renamed in
    # the glossary must not silently drop out of the list.
    assert MEETING_KINDS.issubset(glossary().kinds)


def test_minutes_naming_their_meetings_day_are_not_another_days_meeting(
    review_world, agencies
) -> None:
    # The minutes say which meeting they record ("strategy meeting 11/02"): they belong to the
    # discussion of the 11th, not to one held by another agency's reckoning the day before.
    csc, hv = agencies["Children's social care"], agencies["Health visiting"]
    _person(review_world, "Shannon Pickering", "Shannon")
    day_before = _entry(
        review_world,
        csc,
        D(2026, 2, 10),
        "Strategy discussion by phone with DC Lal about Shannon Pickering: DVPO granted today.",
        people_text="Shannon Pickering",
    )
    minutes = _entry(
        review_world,
        hv,
        D(2026, 2, 17),
        "Minutes of strategy meeting 11/02 rec'd from CSC by secure email - filed. HV actions "
        "confirmed for Shannon Pickering.",
        people_text="Shannon Pickering",
    )
    assert {day_before.pk, minutes.pk} not in _groups(review_world, min_score=0)
    meeting = _entry(
        review_world,
        csc,
        D(2026, 2, 11),
        "Strategy discussion (Teams) re Shannon Pickering, chaired by TM Ogden; s47 agreed.",
        people_text="Shannon Pickering",
    )
    assert {meeting.pk, minutes.pk} in _groups(review_world)


@pytest.mark.parametrize(
    "text, concept",
    [
        ("CG2 at nursery. FOB attended.", "core group"),
        ("RCPC1 held; plan continues.", "review child protection conference"),
        ("DVPO application, Magistrates' Ct - GRANTED, 28 days.", "court hearing"),
        ("DC Lal phoned. The magistrates made the order this morning.", "court hearing"),
    ],
)
def test_numbered_meetings_and_the_magistrates_are_read_as_their_kind(text, concept) -> None:
    _, concepts, _ = normalise(text, glossary())
    assert concept in concepts


@pytest.mark.parametrize(
    "text, not_concept",
    [
        (
            "NHS outreach team used Conference Room B for new-arrival health checks.",
            "initial child protection conference",
        ),
        ("Outreach clinic at the hotel. Telephone interpreter (Arabic).", "telephone call"),
    ],
)
def test_a_room_or_an_interpreter_on_the_phone_is_no_happening(text, not_concept) -> None:
    _, concepts, _ = normalise(text, glossary())
    assert not_concept not in concepts


def test_a_three_way_session_is_the_other_workers_meeting_with_the_parent(
    review_world, agencies
) -> None:
    # The recovery service writes "3-way with SW"; the social worker writes that she met the
    # father with his worker there. One session, in neither's words of the other.
    csc, gp = agencies["Children's social care"], agencies["GP"]
    _person(review_world, "Jordan Pike", "JP")
    worker = _entry(
        review_world,
        csc,
        D(2026, 2, 9),
        "Met Mr Pike with his worker Shaun at the recovery service. He blew 0 on their breath "
        "test and agreed the results can be sent to me each week.",
        people_text="Jordan Pike",
    )
    service = _entry(
        review_world,
        gp,
        D(2026, 2, 10),
        "3-way - JP and SW (P Sandhu). BAC 0.00. Relapse prevention plan shared with SW; weekly "
        "breath tests to be shared.",
        people_text="JP",
    )
    assert {worker.pk, service.pk} in _groups(review_world)


def test_minutes_naming_their_meetings_day_are_not_the_next_weeks_medical(
    review_world, agencies
) -> None:
    # The medical of the 9th mentions the strategy discussion; the minutes received on the 10th
    # name the discussion of the 4th. A day apart, they are still not one happening.
    gp, school = agencies["GP"], agencies["School"]
    _person(review_world, "Ruby Carrick", "Ruby")
    medical = _entry(
        review_world,
        gp,
        D(2025, 12, 9),
        "Strategy discussion agreed a medical: seen today, Ruby Carrick, 13, with grandmother.",
        people_text="Ruby Carrick",
    )
    minutes = _entry(
        review_world,
        school,
        D(2025, 12, 10),
        "Minutes of strategy discussion 04/12/25 received from MASH re Ruby Carrick - filed.",
        people_text="Ruby Carrick",
    )
    assert {medical.pk, minutes.pk} not in _groups(review_world, min_score=0)


@pytest.mark.parametrize(
    "text",
    [
        "Non-acute CSA medical, Harbour SARC (Dr Basu).",
        "Went with Ruby to the SARC for the child sexual abuse medical with Dr Basu.",
    ],
)
def test_a_sexual_abuse_medical_is_a_child_protection_medical(text) -> None:
    _, concepts, _ = normalise(text, glossary())
    assert "child protection medical" in concepts
