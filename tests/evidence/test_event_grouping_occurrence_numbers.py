"""Event grouping: a police occurrence's report and its update, which give the same occurrence
number, are one agency's two records of one missing episode, so the group of the report and the
group of the child found join into one event."""

import datetime

import pytest

from casewindow.evidence.event_grouping import suggest_groups
from casewindow.evidence.event_grouping.entries import _REFERENCE
from tests.evidence.factories import day_entry
from tests.factories import AgencyFactory, PersonFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Occ WP/25/139552. MISPER HALLORAN (2nd in 3/52).", {"WP/25/139552"}),
        ("NP-2510-22871. Kettleby rail stn. Female 15.", {"NP-2510-22871"}),
        ("Occ 26/094418. 999 call from neighbour.", {"26/094418"}),
        ("Seen 12/09/25 and again 14/09/2025 at 10:30.", set()),  # dates are no numbers
    ],
)
def test_an_occurrence_number_is_read_from_an_entry_and_a_date_is_not(text, numbers) -> None:
    assert set(_REFERENCE.findall(text)) == numbers


def test_a_missing_report_and_its_update_with_one_occurrence_number_are_one_event(
    review_world: ReviewWorld,
) -> None:
    review = review_world.review
    PersonFactory(review=review, real_name="Tia-Rose Halloran", aliases=["Tia-Rose", "T"])
    home = AgencyFactory(review=review, name="Brightpath Care")
    police = AgencyFactory(review=review, name="Westmere Police", kind="police")
    social_care = AgencyFactory(review=review, name="Westmere Children's Services", kind="csc")

    def entry(agency, day, description):
        return day_entry(review, agency, day, description, "Tia-Rose")

    episode = [
        entry(
            home,
            D(2025, 10, 3),
            "T went out 18:00 ('Shannon's'), not back by 21:00 curfew. Phone off. Reported "
            "missing to police 21:15. Returned by officers 04:30 - found at Carrow Ct with "
            "Sharpe and two adult males.",
        ),
        entry(
            police,
            D(2025, 10, 3),
            "Occ WP/25/139552. MISPER HALLORAN, Tia-Rose (15) from the children's home. Not "
            "back by curfew, phone off. HIGH risk - CSE.",
        ),
        entry(
            police,
            D(2025, 10, 4),
            "WP/25/139552 upd. HALLORAN located 03:50 at 14 Carrow Ct (SHARPE's flat) with "
            "SHARPE and 2 adult males. Returned to the home by officers.",
        ),
        entry(
            social_care,
            D(2025, 10, 4),
            "Emergency Duty Team: police phoned - Tia-Rose, reported missing by the home at "
            "21:15 (phone off, not back by curfew), found at 3.50am in Leon Sharpe's flat at "
            "Carrow Ct with two adult men, returned to the home by officers 04:30.",
        ),
    ]
    groups = [set(g.entry_ids) for g in suggest_groups(review=review)]
    assert {e.pk for e in episode} in groups, groups
