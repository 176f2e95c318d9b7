"""The integrated chronology list: every agency's entries in date order, filtered, paginated by
line, merged entries grouped under their event — at a fixed number of queries per page."""

import datetime
import re
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.evidence.models import ChronologyEntry, DatePrecision
from casewindow.evidence.selectors.chronology import (
    ChronologyFilters,
    chronology_entries,
    chronology_page,
)
from tests.evidence.factories import ChronologyEntryFactory, EventFactory
from tests.factories import AgencyFactory, PersonFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


def _url(world: ReviewWorld, **params: str) -> str:
    url = reverse("evidence:chronology", args=[world.review.reference])
    if params:
        url += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    return url


def _rows(html: str) -> list[str]:
    """The text of each entry row of the chronology table (one per entry)."""
    body = html.split('<table class="govuk-table">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(
        r"<tr class=\"govuk-table__row\">\s*<td class=\"govuk-table__cell\">.*?</tr>",
        body,
        flags=re.S,
    )
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in rows]


def _entry(world: ReviewWorld, day: datetime.date, agency=None, **kwargs) -> ChronologyEntry:
    return ChronologyEntryFactory(
        review=world.review,
        agency=agency or world.agency,
        date_start=day,
        date_end=kwargs.pop("date_end", day),
        **kwargs,
    )


def test_entries_of_every_agency_in_date_order_with_the_agency_on_every_line(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    police = AgencyFactory(review=review_world.review, name="Northshire Police")
    school = AgencyFactory(review=review_world.review, name="Oak Primary School")
    _entry(review_world, datetime.date(2024, 3, 5), police, description="Police called to the flat")
    _entry(review_world, datetime.date(2024, 1, 9), school, description="Child J late to school")
    _entry(review_world, datetime.date(2024, 2, 1), police, description="Welfare check")

    response = client_for(review_world.reviewer).get(_url(review_world))

    assert response.status_code == 200
    rows = _rows(response.content.decode())
    assert len(rows) == 3
    assert "Child J late to school" in rows[0] and "Oak Primary School" in rows[0]
    assert "Welfare check" in rows[1] and "Northshire Police" in rows[1]
    assert "Police called to the flat" in rows[2] and "Northshire Police" in rows[2]


def test_date_is_shown_in_standard_form_beside_the_date_as_the_agency_wrote_it(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    _entry(
        review_world,
        datetime.date(2024, 3, 1),
        date_end=datetime.date(2024, 3, 31),
        date_precision=DatePrecision.MONTH,
        date_text="March 2024",
        description="Family moved house",
    )
    _entry(
        review_world, datetime.date(2024, 4, 2), date_text="2nd April 2024", description="GP visit"
    )

    html = client_for(review_world.reviewer).get(_url(review_world)).content.decode()

    rows = _rows(html)
    assert rows[0].startswith("Mar 2024 ") and "March 2024 Month" in rows[0]
    assert rows[1].startswith("2 Apr 2024 ") and "2nd April 2024" in rows[1]
    assert "Month" not in rows[1]


def test_filters_by_agency_person_date_range_and_words(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    police = AgencyFactory(review=review_world.review, name="Police")
    gp = AgencyFactory(review=review_world.review, name="GP")
    mother = PersonFactory(
        review=review_world.review,
        real_name="Sarah Jones",
        publication_label="Mother",
        aliases=["Sal"],
    )
    linked = _entry(review_world, datetime.date(2024, 1, 10), gp, description="Appointment missed")
    linked.people.add(mother)
    _entry(
        review_world,
        datetime.date(2024, 2, 10),
        police,
        description="Sarah Jones reported a burglary",
    )
    _entry(
        review_world,
        datetime.date(2024, 3, 10),
        police,
        description="Neighbour dispute",
        people_text="Sal",
    )
    _entry(
        review_world, datetime.date(2024, 4, 10), gp, description="Immunisations given to Child J"
    )
    client = client_for(review_world.reviewer)

    def descriptions(**params: str) -> list[str]:
        html = client.get(_url(review_world, **params)).content.decode()
        return [row.split(" ", 3)[-1] for row in _rows(html)]

    assert len(descriptions(agency=str(police.uuid))) == 2
    by_person = descriptions(person=str(mother.uuid))
    assert len(by_person) == 3 and not any("Immunisations" in d for d in by_person)
    in_range = descriptions(
        date_from_day="1",
        date_from_month="2",
        date_from_year="2024",
        date_to_day="15",
        date_to_month="3",
        date_to_year="2024",
    )
    assert len(in_range) == 2
    assert len(descriptions(text="burglary+SARAH")) == 1
    assert descriptions(text="nothing-like-this") == []


def test_a_date_range_filter_matches_entries_whose_range_overlaps_it(
    review_world: ReviewWorld,
) -> None:
    _entry(
        review_world,
        datetime.date(2024, 3, 1),
        date_end=datetime.date(2024, 3, 31),
        date_precision=DatePrecision.MONTH,
        date_text="March 2024",
    )
    _entry(review_world, datetime.date(2024, 3, 20))
    found = chronology_entries(
        review=review_world.review,
        filters=ChronologyFilters(
            date_from=datetime.date(2024, 3, 25), date_to=datetime.date(2024, 4, 5)
        ),
    )
    assert [e.date_text for e in found] == ["March 2024"]


def test_a_to_date_before_the_from_date_is_a_clear_error_not_a_failure(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    _entry(review_world, datetime.date(2024, 3, 20))
    response = client_for(review_world.reviewer).get(
        _url(
            review_world,
            date_from_day="1",
            date_from_month="5",
            date_from_year="2024",
            date_to_day="1",
            date_to_month="4",
            date_to_year="2024",
        )
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "must be the same as or after" in html
    bad_date = client_for(review_world.reviewer).get(
        _url(review_world, date_from_day="31", date_from_month="2", date_from_year="2024")
    )
    assert bad_date.status_code == 200
    assert "must be a real date" in bad_date.content.decode()


def test_merged_entries_are_grouped_under_their_event_and_date_disagreement_shown(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    police = AgencyFactory(review=review_world.review, name="Police")
    csc = AgencyFactory(review=review_world.review, name="Children's social care")
    event = EventFactory(review=review_world.review, title="Strategy meeting")
    _entry(
        review_world,
        datetime.date(2024, 5, 1),
        csc,
        description="Strategy meeting held",
        event=event,
    )
    _entry(review_world, datetime.date(2024, 5, 2), description="Unrelated visit between them")
    _entry(
        review_world,
        datetime.date(2024, 5, 3),
        police,
        description="Attended strategy meeting",
        event=event,
    )

    html = client_for(review_world.reviewer).get(_url(review_world)).content.decode()

    rows = _rows(html)
    assert "Strategy meeting held" in rows[0]
    assert "Attended strategy meeting" in rows[1], "an event's entries stay together"
    assert "Unrelated visit" in rows[2]
    assert (
        reverse("evidence:event_detail", args=[review_world.review.reference, event.uuid]) in html
    )
    assert "recorded by Children&#x27;s social care, Police" in html
    assert "Dates differ" in html


def test_pages_hold_100_lines_and_an_event_is_never_split(review_world: ReviewWorld) -> None:
    other = AgencyFactory(review=review_world.review)
    ChronologyEntry.objects.bulk_create(
        ChronologyEntry(
            review=review_world.review,
            agency=review_world.agency,
            date_start=datetime.date(2024, 1, 1) + datetime.timedelta(days=i),
            date_end=datetime.date(2024, 1, 1) + datetime.timedelta(days=i),
            date_precision=DatePrecision.DAY,
            date_text=f"day {i}",
            description=f"entry {i}",
            row_number=i,
        )
        for i in range(150)
    )
    event = EventFactory(review=review_world.review)
    # Line 100 is an event whose second entry is dated much later: it stays with the first.
    _entry(review_world, datetime.date(2024, 12, 1), other, event=event, description="event, later")
    ChronologyEntry.objects.filter(review=review_world.review, row_number=99).update(event=event)

    first, lines, count = chronology_page(review=review_world.review, page_number=1)
    _second, later, _ = chronology_page(review=review_world.review, page_number=2)

    assert count == 151
    assert first.paginator.count == 150  # lines: 149 lone entries and one event
    assert len(lines) == 100 and len(later) == 50
    event_lines = [line for line in lines + later if line.event]
    assert len(event_lines) == 1 and len(event_lines[0].entries) == 2
    assert event_lines[0] in lines
    assert lines[99] is event_lines[0]
    assert [e.description for e in lines[99].entries] == ["entry 99", "event, later"]


def _bulk(world: ReviewWorld, count: int, agencies: list) -> None:
    start = datetime.date(2023, 1, 1)
    entries = ChronologyEntry.objects.bulk_create(
        ChronologyEntry(
            review=world.review,
            agency=agencies[i % len(agencies)],
            date_start=start + datetime.timedelta(days=i // 3),
            date_end=start + datetime.timedelta(days=i // 3),
            date_precision=DatePrecision.DAY,
            date_text=f"{i}",
            description=f"Contact {i} with the family",
            people_text="Mother",
            row_number=i,
        )
        for i in range(count)
    )
    # A few events on the first page, as in real use.
    for n in range(3):
        event = EventFactory(review=world.review)
        ChronologyEntry.objects.filter(pk__in=[entries[n * 3].pk, entries[n * 3 + 1].pk]).update(
            event=event
        )


def test_the_number_of_queries_for_a_page_does_not_grow_with_the_number_of_entries(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    agencies = [review_world.agency, *(AgencyFactory(review=review_world.review) for _ in range(7))]
    client = client_for(review_world.reviewer)
    url = _url(review_world)
    client.get(url)  # warm up: session, content types

    def queries_for_first_page(filters: str = "") -> int:
        with CaptureQueriesContext(connection) as context:
            response = client.get(url + filters)
        assert response.status_code == 200
        return len(context.captured_queries)

    _bulk(review_world, 50, agencies)
    small = queries_for_first_page()
    small_filtered = queries_for_first_page(f"?person={review_world.person.uuid}&text=family")
    ChronologyEntry.objects.filter(review=review_world.review).delete()
    _bulk(review_world, 500, agencies)
    large = queries_for_first_page()
    large_filtered = queries_for_first_page(f"?person={review_world.person.uuid}&text=family")

    assert large == small, f"{small} queries with 50 entries, {large} with 500"
    assert large_filtered == small_filtered
    assert large <= 16


def test_the_first_page_of_500_entries_stays_within_a_fixed_query_budget(
    review_world: ReviewWorld,
    client_for: Callable[[User | None], Client],
    django_assert_max_num_queries,
) -> None:
    agencies = [review_world.agency, *(AgencyFactory(review=review_world.review) for _ in range(7))]
    _bulk(review_world, 500, agencies)
    client = client_for(review_world.reviewer)
    client.get(_url(review_world))
    with django_assert_max_num_queries(16):
        response = client.get(_url(review_world))
    assert len(_rows(response.content.decode())) == 100 + 3  # 100 lines, 3 of them events of 2


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("lead_reviewer", 200),
        ("reviewer", 200),
        ("observer", 200),
        ("participant", 403),
        ("board_reader", 403),
        ("non_member", 404),
    ],
)
def test_who_may_read_the_integrated_chronology(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client], role: str, status: int
) -> None:
    _entry(review_world, datetime.date(2024, 1, 1), description="Confidential detail")
    response = client_for(review_world.users[role]).get(_url(review_world))
    assert response.status_code == status
    assert (b"Confidential detail" in response.content) == (status == 200)


def test_reading_the_chronology_is_audited_and_the_navigation_links_to_it(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    response = client_for(review_world.observer).get(_url(review_world))
    assert AuditEvent.objects.filter(
        actor=review_world.observer, review=review_world.review, action=AuditAction.VIEW
    ).exists()
    html = response.content.decode()
    assert 'aria-current="page">Chronology</a>' in html
    home = client_for(review_world.participant).get(
        reverse("reviews:review_home", args=[review_world.review.reference])
    )
    assert _url(review_world) not in home.content.decode()


def test_text_is_escaped(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    _entry(review_world, datetime.date(2024, 1, 1), description="<script>alert(1)</script>")
    html = client_for(review_world.reviewer).get(_url(review_world)).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)" in html


def test_an_event_whose_earliest_entry_is_filtered_out_shows_under_its_matching_entry(
    review_world: ReviewWorld,
) -> None:
    police = AgencyFactory(review=review_world.review, name="Police")
    gp = AgencyFactory(review=review_world.review, name="GP")
    event = EventFactory(review=review_world.review)
    _entry(review_world, datetime.date(2024, 1, 5), police, event=event, description="police side")
    _entry(review_world, datetime.date(2024, 3, 5), gp, event=event, description="gp side")
    _entry(review_world, datetime.date(2024, 2, 5), gp, description="gp alone")

    _page, lines, count = chronology_page(
        review=review_world.review, filters=ChronologyFilters(agency=gp)
    )

    assert count == 2
    assert [[e.description for e in line.entries] for line in lines] == [["gp alone"], ["gp side"]]
    assert lines[1].event == event
    assert lines[1].event_agencies == ["GP", "Police"], "the event still names every agency"
    assert lines[1].disagreements
