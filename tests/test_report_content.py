"""The report content shape: drafts store it as JSON, so the round trip must be exact, and a
rewrite (anonymisation) must reach every string."""

import pytest

from casewindow.reports.assembly import build_report
from casewindow.reports.content import Block, ReportContent, Section
from tests.factories import ReviewFactory


def _content() -> ReportContent:
    return ReportContent(
        title="Child J",
        review_reference="R-1",
        partnership="Northbridge",
        status="Draft 1",
        date_text="1 March 2026",
        sections=(
            Section(
                "findings",
                "8",
                "Findings",
                (Block("paragraph", text="Jane Smith visited."),),
                subsections=(
                    Section(
                        "finding-1",
                        "8.1",
                        "Finding 1",
                        (
                            Block("list", items=("Jane", "Tom")),
                            Block("table", rows=(("Who", "What"), ("Jane Smith", "visit"))),
                        ),
                        editable=True,
                    ),
                ),
            ),
        ),
    )


def test_json_round_trip_is_exact():
    content = _content()
    assert ReportContent.from_json(content.to_json()) == content


def test_map_text_reaches_every_string_of_the_body():
    rewritten = _content().map_text(lambda text: text.replace("Jane", "Mother"))
    assert not any("Jane" in text for text in rewritten.strings())
    assert rewritten.section("finding-1").blocks[1].rows[1] == ("Mother Smith", "visit")


@pytest.mark.django_db
def test_build_report_draws_on_the_review():
    review = ReviewFactory(summary="First part.\n\nSecond part.")
    content = build_report(review)
    assert content.review_reference == review.reference
    # The review's case summary opens "The case in brief".
    brief = content.section("case-in-brief")
    assert [b.text for b in brief.blocks] == ["First part.", "Second part."]
