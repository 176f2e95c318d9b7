"""Recommendations and action plans: overdue is computed, the action plan puts overdue actions
first with counts at the top, board readers read and record progress but do not write, edits are
optimistically locked, removal is soft and the lead restores."""

import datetime
from collections.abc import Callable

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.analysis.models import ActionItem, ActionStatus, Recommendation
from casewindow.analysis.selectors.findings import (
    OVERDUE,
    action_plan,
    action_status,
    overdue_actions_count,
)
from casewindow.analysis.services import recommendations as services
from casewindow.analysis.services.editing import EditConflict
from tests.analysis.factories import ActionItemFactory, FindingFactory, RecommendationFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 15)
PAST = datetime.date(2026, 6, 1)
FUTURE = datetime.date(2026, 7, 1)


def test_overdue_is_computed_from_due_date_and_status() -> None:
    assert action_status(ActionItem(due_date=PAST, status="not_started"), today=TODAY) == OVERDUE
    assert action_status(ActionItem(due_date=PAST, status="in_progress"), today=TODAY) == OVERDUE
    assert action_status(ActionItem(due_date=PAST, status="done"), today=TODAY) == "done"
    assert action_status(ActionItem(due_date=TODAY, status="not_started"), today=TODAY) == (
        "not_started"
    )


def test_action_plan_puts_overdue_first_with_counts(review_world: ReviewWorld) -> None:
    review = review_world.review
    recommendation = RecommendationFactory(review=review, number=1)
    ActionItemFactory(recommendation=recommendation, due_date=FUTURE, status="in_progress")
    late = ActionItemFactory(recommendation=recommendation, due_date=PAST + datetime.timedelta(3))
    ActionItemFactory(recommendation=recommendation, due_date=PAST, status="done")
    gone = RecommendationFactory(review=review, number=2)
    ActionItemFactory(recommendation=gone, due_date=PAST)
    services.recommendation_remove(actor=review_world.lead, review=review, recommendation=gone)
    plan = action_plan(review=review, today=TODAY)
    assert plan.actions[0] == late
    assert [a.shown_status for a in plan.actions] == [OVERDUE, "in_progress", "done"]
    assert [(label, n) for label, n, _tag in plan.counts] == [
        ("overdue", 1),
        ("in progress", 1),
        ("done", 1),
    ]
    assert overdue_actions_count(review=review, today=TODAY) == 1


def test_saving_a_recommendation_links_findings_and_is_locked(review_world: ReviewWorld) -> None:
    review = review_world.review
    finding = FindingFactory(review=review, number=1)
    other_review_finding = FindingFactory(number=1)
    recommendation = services.recommendation_save(
        actor=review_world.reviewer,
        review=review,
        recommendation=None,
        values={"kind": 2, "text": "Decide.", "owner_agency": review_world.agency},
        findings=[finding, other_review_finding],
        expected_version=None,
    )
    assert recommendation.number == 1
    assert list(recommendation.findings.all()) == [finding]
    services.recommendation_save(
        actor=review_world.lead,
        review=review,
        recommendation=recommendation,
        values={"text": "Decide soon."},
        findings=[finding],
        expected_version=1,
    )
    with pytest.raises(EditConflict):
        services.recommendation_save(
            actor=review_world.reviewer,
            review=review,
            recommendation=recommendation,
            values={"text": "Decide later."},
            findings=[],
            expected_version=1,
        )


def test_marking_done_records_the_completion_date(review_world: ReviewWorld) -> None:
    action = ActionItemFactory(recommendation=RecommendationFactory(review=review_world.review))
    action = services.action_progress_record(
        actor=review_world.board_reader,
        action=action,
        values={"status": ActionStatus.DONE, "evidence_of_completion": "Audit of 20 cases"},
        expected_version=1,
        today=TODAY,
    )
    assert action.completed_on == TODAY and action.version == 2
    with pytest.raises(EditConflict):
        services.action_progress_record(
            actor=review_world.reviewer,
            action=action,
            values={"status": ActionStatus.IN_PROGRESS},
            expected_version=1,
        )


def test_kind_two_recommendation_with_an_action_through_the_pages(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    finding = FindingFactory(review=review, number=1)
    client = client_for(review_world.reviewer)
    add = reverse("analysis:recommendation_add", args=[review.reference])
    page = client.get(f"{add}?finding={finding.uuid}").content.decode()
    assert "senior managers must decide" in page
    response = client.post(add, {"kind": "2", "text": "Fund it."})
    assert "Choose the owner agency, or name another owner" in response.content.decode()
    response = client.post(
        add,
        {
            "kind": "2",
            "text": "Fund it.",
            "owner_text": "Executive group",
            "findings": [finding.pk],
        },
    )
    assert response.status_code == 302
    recommendation = Recommendation.objects.get(review=review)
    assert recommendation.kind == 2 and list(recommendation.findings.all()) == [finding]
    action_url = reverse("analysis:action_add", args=[review.reference, recommendation.uuid])
    response = client.post(
        action_url,
        {
            "text": "Write a business case.",
            "owner": "Head of service",
            "due_date_day": "1",
            "due_date_month": "2",
            "due_date_year": "2020",
            "status": "not_started",
        },
    )
    assert response.status_code == 302
    plan = client.get(reverse("analysis:action_plan", args=[review.reference])).content.decode()
    assert "1 overdue" in plan and "Overdue" in plan
    assert (
        "1 overdue action"
        in client.get(
            reverse("analysis:recommendation_list", args=[review.reference])
        ).content.decode()
    )


def test_board_reader_reads_and_records_progress_but_does_not_write(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    action = ActionItemFactory(recommendation=RecommendationFactory(review=review))
    board = client_for(review_world.board_reader)
    assert board.get(reverse("analysis:action_plan", args=[review.reference])).status_code == 200
    edit = reverse("analysis:action_edit", args=[review.reference, action.uuid])
    assert board.get(edit).status_code == 403
    progress = reverse("analysis:action_progress", args=[review.reference, action.uuid])
    response = board.post(progress, {"version": "1", "status": "done"})
    assert "Describe the evidence that the action is done" in response.content.decode()
    response = board.post(
        progress, {"version": "1", "status": "done", "evidence_of_completion": "New protocol"}
    )
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == "done" and action.evidence_of_completion == "New protocol"
    stale = board.post(progress, {"version": "1", "status": "in_progress"})
    assert stale.status_code == 200 and "changed this" in stale.content.decode()


def test_remove_recommendation_asks_first_and_the_lead_restores(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    action = ActionItemFactory(recommendation=RecommendationFactory(review=review))
    recommendation = action.recommendation
    reviewer = client_for(review_world.reviewer)
    url = reverse("analysis:recommendation_delete", args=[review.reference, recommendation.uuid])
    assert "Are you sure" in reviewer.get(url).content.decode()
    assert reviewer.post(url).status_code == 302
    assert overdue_actions_count(review=review, today=datetime.date(2031, 1, 1)) == 0
    lead = client_for(review_world.lead)
    restore = reverse(
        "analysis:recommendation_restore", args=[review.reference, recommendation.uuid]
    )
    assert lead.post(restore).status_code == 302
    assert overdue_actions_count(review=review, today=datetime.date(2031, 1, 1)) == 1


def test_pages_use_a_constant_number_of_queries(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    review = review_world.review
    client = client_for(review_world.lead)
    urls = [
        reverse("analysis:recommendation_list", args=[review.reference]),
        reverse("analysis:action_plan", args=[review.reference]),
    ]

    def count() -> list[int]:
        counts = []
        for url in urls:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            counts.append(len(queries))
        return counts

    ActionItemFactory(recommendation=RecommendationFactory(review=review, number=1))
    few = count()
    for n in range(2, 6):
        recommendation = RecommendationFactory(
            review=review, number=n, owner_agency=review_world.agency
        )
        recommendation.findings.add(FindingFactory(review=review, number=n))
        ActionItemFactory.create_batch(2, recommendation=recommendation)
    assert count() == few


def test_overdue_summary_include(review_world: ReviewWorld) -> None:
    review = review_world.review
    ActionItemFactory(
        recommendation=RecommendationFactory(review=review), due_date=datetime.date(2020, 1, 1)
    )
    template = Template('{% include "analysis/overdue_summary.html" %}')
    shown = template.render(Context({"review": review, "can": {"actions.view"}}))
    assert "1 overdue action" in shown
    assert "overdue" not in template.render(Context({"review": review, "can": set()}))


def test_remove_action_asks_first_audits_and_the_lead_restores(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    from casewindow.audit.models import AuditAction, AuditEvent

    review = review_world.review
    action = ActionItemFactory(
        recommendation=RecommendationFactory(review=review), text="Write the escalation policy"
    )
    recommendation = action.recommendation
    kept = ActionItemFactory(recommendation=recommendation, text="Train the health visitors")
    reviewer = client_for(review_world.reviewer)
    detail = reverse("analysis:recommendation_detail", args=[review.reference, recommendation.uuid])
    url = reverse("analysis:action_delete", args=[review.reference, action.uuid])
    assert url in reviewer.get(detail).content.decode()

    asked = reviewer.get(url).content.decode()
    assert "Are you sure you want to remove this action?" in asked
    assert "Write the escalation policy" in asked
    action.refresh_from_db()
    assert action.deleted_at is None  # asking removes nothing

    assert reviewer.post(url)["Location"] == detail
    action.refresh_from_db()
    assert action.deleted_at is not None and action.deleted_by == review_world.reviewer
    page = reviewer.get(detail).content.decode()
    assert "Write the escalation policy" not in page and "Train the health visitors" in page
    assert [a.pk for a in action_plan(review=review).actions] == [kept.pk]
    assert AuditEvent.objects.filter(
        action=AuditAction.DELETE, summary__startswith="Removed an action of recommendation"
    ).exists()
    assert reviewer.get(url).status_code == 404  # already removed

    # Only the lead reviewer sees the removed action and restores it.
    removed = reverse("analysis:removed_recommendations", args=[review.reference])
    restore = reverse("analysis:action_restore", args=[review.reference, action.uuid])
    assert reviewer.post(restore).status_code == 403
    lead = client_for(review_world.lead)
    listed = lead.get(removed).content.decode()
    assert "Write the escalation policy" in listed and restore in listed
    assert lead.get(restore).status_code == 405
    assert lead.post(restore)["Location"] == detail
    action.refresh_from_db()
    assert action.deleted_at is None
    assert len(action_plan(review=review).actions) == 2
    assert AuditEvent.objects.filter(summary__startswith="Restored an action").exists()


def test_board_reader_cannot_remove_an_action(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    action = ActionItemFactory(recommendation=RecommendationFactory(review=review_world.review))
    url = reverse("analysis:action_delete", args=[review_world.review.reference, action.uuid])
    board = client_for(review_world.board_reader)
    assert board.get(url).status_code == 403 and board.post(url).status_code == 403
    action.refresh_from_db()
    assert action.deleted_at is None
