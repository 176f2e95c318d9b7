"""The demo findings, recommendations and action plan load through the services."""

import datetime

import pytest

from casewindow.analysis.models import ActionItem, Recommendation
from casewindow.analysis.selectors.findings import action_plan, findings_overview
from casewindow.demo.loader import demo_load

pytestmark = pytest.mark.django_db


def test_demo_findings_and_action_plan() -> None:
    review, _created = demo_load()  # files the findings through demo_load_findings
    overview = findings_overview(review=review)
    assert overview.systems_count == 3 and len(overview.case_specific) == 1
    assert {g.area.key for g in overview.systems} == {
        "incidents-crises",
        "longer-term",
        "human-tool",
    }
    kinds = sorted(Recommendation.objects.filter(review=review).values_list("kind", flat=True))
    assert kinds == [1, 2, 3]
    assert 4 <= ActionItem.objects.filter(recommendation__review=review).count() <= 6
    plan = action_plan(review=review, today=datetime.date.today())
    assert plan.overdue == 1
    assert plan.actions[0].shown_status == "overdue"
    assert sum(1 for a in plan.actions if a.status == "done") == 1
