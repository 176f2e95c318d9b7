"""One number for each finding and recommendation: the app, the drafts and the report show
the same number, in the report's order (systems findings first; recommendations by kind)."""

from django.urls import reverse

from casewindow.analysis.models import Finding, Recommendation, RecommendationKind
from casewindow.analysis.services.findings import finding_remove, finding_restore, finding_save
from casewindow.analysis.services.recommendations import recommendation_save
from casewindow.reports.assembly import build_report
from tests.pages import main_text
from tests.world import ReviewWorld


def _finding(world: ReviewWorld, statement: str, systems: bool) -> Finding:
    return finding_save(
        actor=world.reviewer,
        review=world.review,
        finding=None,
        values={
            "statement": statement,
            "is_systems_finding": systems,
            "pattern_area": "incidents-crises" if systems else "",
        },
        episodes=[],
        expected_version=None,
    )


def _recommendation(world: ReviewWorld, text: str, kind: int, findings: list) -> Recommendation:
    return recommendation_save(
        actor=world.reviewer,
        review=world.review,
        recommendation=None,
        values={"kind": kind, "text": text, "owner_text": "Executive group"},
        findings=findings,
        expected_version=None,
    )


def _numbers(world: ReviewWorld) -> dict[str, int]:
    return dict(Finding.objects.filter(review=world.review).values_list("statement", "number"))


def test_a_systems_finding_written_later_comes_first_with_the_same_number_everywhere(
    review_world: ReviewWorld, client_for
) -> None:
    _finding(review_world, "Only this family moved twice.", systems=False)
    systems = _finding(review_world, "Notifications reach the wrong inbox.", systems=True)

    assert systems.number == 1
    assert _numbers(review_world) == {
        "Notifications reach the wrong inbox.": 1,
        "Only this family moved twice.": 2,
    }
    report = build_report(review_world.review)
    titles = [s.title for s in report.section("findings").subsections]
    assert titles == [
        "Finding 1: Notifications reach the wrong inbox.",
        "Finding 2: Only this family moved twice.",
    ]
    page = main_text(
        client_for(review_world.reviewer).get(
            reverse("analysis:finding_list", args=[review_world.review.reference])
        )
    )
    assert page.index("Finding 1: Notifications") < page.index("Finding 2: Only this family")


def test_removing_and_restoring_keeps_the_numbers_in_order(review_world: ReviewWorld) -> None:
    first = _finding(review_world, "First pattern.", systems=True)
    _finding(review_world, "Second pattern.", systems=True)

    finding_remove(actor=review_world.lead, review=review_world.review, finding=first)
    assert _numbers(review_world) == {"Second pattern.": 1, "First pattern.": 2}

    first.refresh_from_db()
    finding_restore(actor=review_world.lead, review=review_world.review, finding=first)
    assert _numbers(review_world) == {"Second pattern.": 1, "First pattern.": 2}


def test_recommendations_are_numbered_by_kind_and_name_their_findings_numbers(
    review_world: ReviewWorld,
) -> None:
    _finding(review_world, "Case only.", systems=False)
    systems = _finding(review_world, "The pattern.", systems=True)
    _recommendation(review_world, "Research the tool.", RecommendationKind.RESEARCH, [])
    clear = _recommendation(
        review_world, "Add the checklist.", RecommendationKind.CLEAR_CUT, [systems]
    )

    assert clear.number == 1
    report = build_report(review_world.review)
    texts = [
        item
        for group in report.section("recommendations").subsections
        for block in group.blocks
        for item in (block.text, *block.items)
    ]
    assert texts.index("Recommendation 1") < texts.index("Recommendation 2")
    assert "Finding: 1" in texts
