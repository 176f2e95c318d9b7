"""The patterns page: SVG charts each with its table and CSV, from the learning the user may
see only."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.learning.charts import chart_svg
from casewindow.learning.selectors.patterns import PatternTable
from casewindow.reviews.models import ReviewStage
from tests.analysis.factories import (
    ActionItemFactory,
    ContributoryFactorFactory,
    FindingFactory,
    KeyPracticeEpisodeFactory,
    RecommendationFactory,
)
from tests.factories import ReviewFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(review_world: ReviewWorld) -> object:
    review = ReviewFactory(partnership=review_world.partnership, stage=ReviewStage.CLOSED)
    FindingFactory(review=review, pattern_area="human-reasoning")
    FindingFactory(review=review, pattern_area="human-reasoning")
    FindingFactory(review=review, pattern_area="longer-term")
    episode = KeyPracticeEpisodeFactory(review=review)
    ContributoryFactorFactory(episode=episode, effect="hindered")
    recommendation = RecommendationFactory(review=review, kind=2)
    ActionItemFactory(recommendation=recommendation, status="done")
    return review


def test_patterns_page_draws_each_chart_with_its_table_and_csv(
    review_world: ReviewWorld, published: object
) -> None:
    client = Client()
    client.force_login(review_world.board_reader)
    page = client.get(reverse("learning:patterns", args=[review_world.partnership.uuid]))
    html = page.content.decode()
    for key in (
        "pattern-areas",
        "finding-categories",
        "factor-heat-map",
        "agencies",
        "recommendations",
    ):
        assert f'data-testid="chart-{key}"' in html
        assert reverse("learning:patterns_csv", args=[review_world.partnership.uuid, key]) in html
    assert html.count("<svg") >= 5 and html.count("<table") >= 5
    assert "Human judgement and reasoning" in html


def test_csv_holds_the_tables_figures(review_world: ReviewWorld, published: object) -> None:
    client = Client()
    client.force_login(review_world.board_reader)
    url = reverse("learning:patterns_csv", args=[review_world.partnership.uuid, "pattern-areas"])
    response = client.get(url)
    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert "Human judgement and reasoning" in text
    line = next(row for row in text.splitlines() if row.startswith("Human judgement"))
    assert line.endswith(",2")
    rec = client.get(
        reverse("learning:patterns_csv", args=[review_world.partnership.uuid, "recommendations"])
    ).content.decode("utf-8-sig")
    assert "Kind 2,0,0,0,1,0" in rec


def test_unknown_chart_is_404(review_world: ReviewWorld) -> None:
    client = Client()
    client.force_login(review_world.board_reader)
    url = reverse("learning:patterns_csv", args=[review_world.partnership.uuid, "nope"])
    assert client.get(url).status_code == 404


def test_a_reviewer_sees_no_other_reviews_figures(
    review_world: ReviewWorld, published: object
) -> None:
    client = Client()
    client.force_login(review_world.reviewer)
    html = client.get(
        reverse("learning:patterns", args=[review_world.partnership.uuid])
    ).content.decode()
    assert "Drawn from the learning of the 1 review " in html


def test_chart_text_is_escaped() -> None:
    table = PatternTable("x", "<script>", "", ["a", "b"], [("<b>&", [1])], "bars")
    svg = chart_svg(table)
    assert "<script>" not in svg and "&lt;b&gt;&amp;" in svg
    heat = PatternTable("y", "t", "", ["a", "<r>"], [("l", [-2])], "heat")
    assert "&lt;r&gt;" in chart_svg(heat) and "-2" in chart_svg(heat)


def test_a_long_legend_wraps_inside_the_chart() -> None:
    names = ["No actions yet", "Not started", "In progress", "Done", "Overdue", "Very long"]
    names += ["National and neighbouring reviews"]
    table = PatternTable("r", "t", "", ["Kind", *names], [("Kind 1", [1] * 7)], "bars")
    svg = chart_svg(table)
    width = int(re.search(r'width="(\d+)"', svg).group(1))  # type: ignore[union-attr]
    rows = set()
    for name in names:
        found = re.search(rf'<text x="(\d+)" y="(\d+)"[^>]*>{name}</text>', svg)
        assert found is not None
        assert int(found.group(1)) + 8.5 * len(name) <= width
        rows.add(found.group(2))
    assert len(rows) == 2  # the legend wrapped onto a second row
