"""The timeline picture: a server-rendered SVG with swimlanes by agency, month ticks, dots and
bars, an accessible name and description, and no inline styles (the CSP forbids them)."""

import datetime
import re
from collections.abc import Callable
from xml.etree import ElementTree

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.evidence.models import DatePrecision
from casewindow.evidence.selectors.chronology import ChronologyFilters
from casewindow.evidence.timeline import timeline_build, timeline_svg
from tests.evidence.factories import ChronologyEntryFactory
from tests.factories import AgencyFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
D = datetime.date


def _entry(world: ReviewWorld, agency, day: D, **kwargs):
    return ChronologyEntryFactory(
        review=world.review,
        agency=agency,
        date_start=day,
        date_end=kwargs.pop("date_end", day),
        **kwargs,
    )


def _svg(world: ReviewWorld, filters: ChronologyFilters | None = None) -> ElementTree.Element:
    timeline = timeline_build(review=world.review, filters=filters)
    assert timeline is not None
    return ElementTree.fromstring(str(timeline_svg(timeline)))  # noqa: S314 (our own markup)


@pytest.fixture
def two_agencies(review_world: ReviewWorld):
    police = AgencyFactory(review=review_world.review, name="Police")
    school = AgencyFactory(review=review_world.review, name="School <Oak> & Co")
    for day in (1, 2, 3, 3, 3):  # three on one day: one larger dot
        _entry(review_world, police, D(2024, 3, day))
    _entry(review_world, police, D(2024, 6, 10))
    _entry(
        review_world,
        school,
        D(2024, 4, 1),
        date_end=D(2024, 4, 30),
        date_precision=DatePrecision.MONTH,
        date_text="April 2024",
    )
    _entry(review_world, school, D(2024, 1, 15))
    return police, school


def test_the_svg_is_an_image_with_a_title_and_a_description(review_world, two_agencies) -> None:
    svg = _svg(review_world)
    assert svg.get("role") == "img"
    title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
    assert title is not None and title.text.startswith("Timeline of the integrated chronology")
    assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert "8 entries from 2 agencies" in desc.text
    assert "Busiest months: March 2024 (5)" in desc.text
    assert "Police 6; School <Oak> & Co 2" in desc.text


def test_one_swimlane_per_agency_with_dots_for_days_and_bars_for_months(
    review_world, two_agencies
) -> None:
    svg = _svg(review_world)
    labels = [t.text for t in svg.iter(f"{SVG}text") if t.get("text-anchor") == "end"]
    assert labels[:2] == ["Police", "School <Oak> & Co"]
    circles = list(svg.iter(f"{SVG}circle"))
    police_dots = [c for c in circles if c.find(f"{SVG}title").text.startswith("Police:")]
    assert len(police_dots) == 4  # 1, 2, 3 (three entries) March and 10 June
    assert len(circles) == 5  # and the school's 15 January
    counts = [
        int(re.match(r"Police: (\d+) entr", c.find(f"{SVG}title").text).group(1))
        for c in police_dots
    ]
    assert sorted(counts) == [1, 1, 1, 3]
    assert max(float(c.get("r")) for c in police_dots) > 3
    bars = [r for r in svg.iter(f"{SVG}rect") if r.get("fill-opacity")]
    assert len(bars) == 1 and "dated to a month" in bars[0].find(f"{SVG}title").text
    assert float(bars[0].get("width")) > 20, "a month is a bar across the month"


def test_month_ticks_span_the_data_or_the_scope_period(review_world, two_agencies) -> None:
    svg = _svg(review_world)
    months = [
        t.text
        for t in svg.iter(f"{SVG}text")
        if t.text in {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"}
    ]
    assert months == ["Feb", "Mar", "Apr", "May", "Jun"]  # data from 15 Jan to 10 Jun 2024

    review_world.review.scope_start = D(2023, 7, 1)
    review_world.review.scope_end = D(2024, 3, 31)
    review_world.review.save()
    timeline = timeline_build(review=review_world.review)
    assert (timeline.start, timeline.end) == (D(2023, 7, 1), D(2024, 3, 31))
    assert timeline.outside == 2, "June and April entries lie outside the scope"
    assert "2 dated outside the period shown" in timeline.description


def test_no_style_attributes_and_every_text_escaped(review_world, two_agencies) -> None:
    markup = str(timeline_svg(timeline_build(review=review_world.review)))
    assert "style=" not in markup and "<style" not in markup
    assert "School &lt;Oak&gt; &amp; Co" in markup


def test_the_picture_follows_the_filters(review_world, two_agencies) -> None:
    police, _school = two_agencies
    timeline = timeline_build(review=review_world.review, filters=ChronologyFilters(agency=police))
    assert [lane.name for lane in timeline.lanes] == ["Police"]
    assert timeline.drawn == 6
    assert (
        timeline_build(
            review=review_world.review, filters=ChronologyFilters(text="nothing-matches")
        )
        is None
    )


def test_a_long_review_gets_fewer_labels_and_wider_strip_bins(review_world) -> None:
    agency = AgencyFactory(review=review_world.review)
    _entry(review_world, agency, D(2015, 1, 1))
    _entry(review_world, agency, D(2024, 12, 31))
    timeline = timeline_build(review=review_world.review)
    labelled = [t for t in timeline.ticks if t.month or t.year]
    assert len(labelled) <= 20
    assert timeline.strip_period != "week"


def test_undated_entries_are_counted_not_drawn(review_world) -> None:
    agency = AgencyFactory(review=review_world.review)
    _entry(review_world, agency, D(2024, 1, 1))
    _entry(
        review_world,
        agency,
        None,
        date_end=None,
        date_precision=DatePrecision.UNKNOWN,
        date_text="??",
    )
    timeline = timeline_build(review=review_world.review)
    assert timeline.undated == 1 and timeline.drawn == 1
    assert "1 with no readable date" in timeline.description


def test_timeline_page_embeds_the_svg_and_links_to_the_list(
    review_world, two_agencies, client_for: Callable[[User | None], Client]
) -> None:
    police, _school = two_agencies
    url = reverse("evidence:timeline", args=[review_world.review.reference])
    response = client_for(review_world.observer).get(url, {"agency": str(police.uuid)})
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        '<svg xmlns="http://www.w3.org/2000/svg" id="chronology-timeline" class="cw-timeline" '
        'role="img"' in html
    )
    chronology = reverse("evidence:chronology", args=[review_world.review.reference])
    assert f'href="{chronology}?agency={police.uuid}"' in html
    assert "style=" not in html


def test_timeline_page_without_entries(
    review_world, client_for: Callable[[User | None], Client]
) -> None:
    url = reverse("evidence:timeline", args=[review_world.review.reference])
    response = client_for(review_world.reviewer).get(url)
    assert response.status_code == 200
    assert "There are no dated chronology entries to draw yet" in response.content.decode()


@pytest.mark.parametrize(
    ("role", "status"), [("participant", 403), ("board_reader", 403), ("non_member", 404)]
)
def test_timeline_is_closed_to_those_without_evidence_view(
    review_world, client_for: Callable[[User | None], Client], role: str, status: int
) -> None:
    url = reverse("evidence:timeline", args=[review_world.review.reference])
    assert client_for(review_world.users[role]).get(url).status_code == status
