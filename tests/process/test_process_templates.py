"""Process templates: stages and steps as data a partnership copies and adapts; a review keeps
the version it started on; steps are done, not applicable (with a reason) or assigned."""

import datetime
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import ReviewRole, User
from casewindow.process.models import ReviewStep
from casewindow.process.stages_text import StagesRefused, stages_from_text, stages_to_text
from tests.world import ReviewWorld


def test_text_form_round_trips_and_refuses_a_step_without_a_stage() -> None:
    stages = [
        {
            "title": "Preparation",
            "steps": [{"title": "Agree questions", "who": "Leads", "tool": ""}],
        }
    ]
    assert stages_from_text(stages_to_text(stages)) == stages
    with pytest.raises(StagesRefused, match="under a stage"):
        stages_from_text("- A step\n# Stage")


def test_a_template_edit_never_changes_a_running_review(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    lead = client_for(review_world.lead)
    ref = review_world.review.reference
    lead.post(reverse("process:review_process_start", args=[ref]))
    before = list(
        ReviewStep.objects.filter(review=review_world.review).values_list("title", flat=True)
    )
    assert "Participants prepared" in before

    edit = reverse(
        "process:process_template_edit", args=[review_world.partnership.uuid, "lcspr_lt"]
    )
    assert (
        lead.post(edit, {"text": "# Only stage\n- Only step | Business manager"}).status_code == 302
    )

    after = list(
        ReviewStep.objects.filter(review=review_world.review).values_list("title", flat=True)
    )
    assert after == before
    page = lead.get(reverse("process:process_templates", args=[review_world.partnership.uuid]))
    assert "The partnership's, version 1" in page.content.decode()


def test_steps_done_not_applicable_with_reason_and_assigned_show_as_progress(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    lead = client_for(review_world.lead)
    ref = review_world.review.reference
    lead.post(reverse("process:review_process_start", args=[ref]))
    first, second, third = ReviewStep.objects.filter(review=review_world.review)[:3]

    url = lambda step: reverse("process:review_step_edit", args=[ref, step.uuid])  # noqa: E731
    assert lead.post(url(first), {"status": "done"}).status_code == 302
    refused = lead.post(url(second), {"status": "not_applicable", "reason": ""})
    assert "Say why the step does not apply" in refused.content.decode()
    lead.post(url(second), {"status": "not_applicable", "reason": "The family declined."})
    due = datetime.date.today() + datetime.timedelta(days=10)
    lead.post(
        url(third),
        {
            "status": "to_do",
            "assignee": review_world.memberships[ReviewRole.REVIEWER].pk,
            "due_date_day": due.day,
            "due_date_month": due.month,
            "due_date_year": due.year,
        },
    )
    third.refresh_from_db()
    assert third.assignee.user == review_world.reviewer and third.due_date == due

    home = lead.get(reverse("reviews:review_home", args=[ref])).content.decode()
    total = ReviewStep.objects.filter(review=review_world.review).count()
    assert f"2 of {total} steps finished" in home


def test_a_board_reader_sees_the_process_but_cannot_change_it(
    review_world: ReviewWorld, client_for: Callable[[User | None], Client]
) -> None:
    ref = review_world.review.reference
    reader = client_for(review_world.board_reader)
    assert reader.get(reverse("process:review_process", args=[ref])).status_code == 200
    assert reader.post(reverse("process:review_process_start", args=[ref])).status_code == 403
