"""Moving a review through its stages: the lead picks a stage, sees what it should have and
what is missing, confirms; every move is kept in the stage history. A closed review is
read-only — every change is refused, over every URL — until the lead reopens it with a reason."""

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import ReviewRole, User
from casewindow.accounts.roles import Permission, closed_review_refuses
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.reviews.models import ReviewStage, ReviewStageChange
from casewindow.reviews.services import review_set_stage
from tests.accounts.test_access_matrix import DOC_URLS, REVIEW_PERMISSIONS
from tests.pages import error_summary, main_text, notification_banners
from tests.url_catalogue import ROUTES, url_for
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]


def stage_url(world: ReviewWorld) -> str:
    return reverse("process:review_stage", args=[world.review.reference])


def close(world: ReviewWorld) -> None:
    review_set_stage(actor=world.lead, review=world.review, stage=ReviewStage.CLOSED)


def test_choosing_a_stage_shows_what_it_should_have_before_anything_changes(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    response = client_for(review_world.lead).post(
        stage_url(review_world), {"stage": ReviewStage.EVIDENCE}
    )

    assert response.status_code == 200
    text = main_text(response)
    assert "Move the review to Evidence gathering" in text
    assert "What this stage should have" in text
    assert "Terms of reference written" in text  # the set-up checklist, from the review
    review_world.review.refresh_from_db()
    assert review_world.review.stage == ReviewStage.SET_UP
    assert not ReviewStageChange.objects.exists()


def test_confirming_moves_the_review_and_keeps_the_move_in_the_history(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    response = client_for(review_world.lead).post(
        stage_url(review_world), {"stage": ReviewStage.EVIDENCE, "confirm": "on"}, follow=True
    )

    review_world.review.refresh_from_db()
    assert review_world.review.stage == ReviewStage.EVIDENCE
    assert notification_banners(response) == ["The review is now at stage: Evidence gathering"]
    change = ReviewStageChange.objects.get(review=review_world.review)
    assert (change.from_stage, change.to_stage, change.changed_by) == (
        ReviewStage.SET_UP,
        ReviewStage.EVIDENCE,
        review_world.lead,
    )
    event = AuditEvent.objects.get(action=AuditAction.UPDATE, review=review_world.review)
    assert event.changes == {"stage": ["set_up", "evidence"]}
    history = main_text(client_for(review_world.lead).get(stage_url(review_world)))
    assert "Set-up to Evidence gathering" in history


def test_missing_things_are_warned_of_from_the_review_itself(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    review_world.review.stage = ReviewStage.EVIDENCE
    review_world.review.save()

    text = main_text(
        client_for(review_world.lead).post(stage_url(review_world), {"stage": "analysis"})
    )

    # The world's agency has no chronology yet: named as missing.
    assert f"No entries yet from {review_world.agency.name}" in text
    assert "not done yet" in text


def test_an_unknown_stage_is_refused(review_world: ReviewWorld, client_for: ClientFor) -> None:
    response = client_for(review_world.lead).post(
        stage_url(review_world), {"stage": "done", "confirm": "on"}
    )

    assert response.status_code == 200
    assert len(error_summary(response)) == 1
    review_world.review.refresh_from_db()
    assert review_world.review.stage == ReviewStage.SET_UP


def test_a_reviewer_cannot_change_the_stage(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    response = client_for(review_world.reviewer).post(
        stage_url(review_world), {"stage": ReviewStage.CLOSED, "confirm": "on"}
    )

    assert response.status_code == 403
    review_world.review.refresh_from_db()
    assert review_world.review.stage == ReviewStage.SET_UP


def test_a_closed_review_refuses_a_change_and_says_why(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    close(review_world)
    client = client_for(review_world.reviewer)
    edit = reverse("reviews:review_edit", args=[review_world.review.reference])

    page = client.get(edit)
    posted = client.post(edit, {"title": "Changed after closing"})

    assert page.status_code == posted.status_code == 403
    assert "This review is closed" in posted.content.decode()
    review_world.review.refresh_from_db()
    assert review_world.review.title != "Changed after closing"
    assert AuditEvent.objects.filter(
        action=AuditAction.ACCESS_DENIED, actor=review_world.reviewer, summary__contains="closed"
    ).exists()
    home = client.get(reverse("reviews:review_home", args=[review_world.review.reference]))
    assert home.status_code == 200
    assert "This review is closed" in main_text(home)
    assert edit not in home.content.decode(), "a closed review offers no change it would refuse"


def test_reopening_needs_a_reason_and_keeps_it(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    close(review_world)
    client = client_for(review_world.lead)

    refused = client.post(
        stage_url(review_world), {"stage": ReviewStage.ACTION_PLAN, "confirm": "on", "reason": " "}
    )
    review_world.review.refresh_from_db()
    assert review_world.review.stage == ReviewStage.CLOSED
    assert error_summary(refused) == ["Enter why the review is being reopened"]

    client.post(
        stage_url(review_world),
        {"stage": ReviewStage.ACTION_PLAN, "confirm": "on", "reason": "Board asked for an update"},
    )
    review_world.review.refresh_from_db()
    assert review_world.review.stage == ReviewStage.ACTION_PLAN
    latest = ReviewStageChange.objects.filter(review=review_world.review).first()
    assert latest is not None
    assert latest.reason == "Board asked for an update"
    assert AuditEvent.objects.filter(summary__contains="Reopened review").exists()
    edit = reverse("reviews:review_edit", args=[review_world.review.reference])
    assert client.get(edit).status_code == 200


# --- every URL of a closed review ---------------------------------------------------------

ROLE_ORDER = [
    ReviewRole.LEAD_REVIEWER,
    ReviewRole.REVIEWER,
    ReviewRole.PARTICIPANT,
    ReviewRole.BOARD_READER,
    ReviewRole.OBSERVER,
]
REVIEW_ROUTES = sorted(
    name
    for name, route in ROUTES.items()
    if "reference" in route.kwargs and DOC_URLS.get(name, ("", ""))[0] in REVIEW_PERMISSIONS
)


# Pages read under report.view whose POST changes something and so needs report.edit (saving a
# draft's note, dismissing a wording flag): refused in a closed review like any change.
POST_CHANGES = {"drafts:draft_detail", "language:draft_check"}
# Exports copy what is there: a closed review still makes them.
COPIES = {"reports:export_list"}


def _member_with(permission: str) -> str:
    return next(str(role) for role in ROLE_ORDER if str(role) in REVIEW_PERMISSIONS[permission])


@pytest.mark.django_db
def test_every_change_to_a_closed_review_is_refused_over_every_url(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    """Each review URL, as a member whose role allows it: a POST (and a GET of a page that
    changes content) is refused with the closed message exactly when the closed review refuses
    its permission — and nothing else is refused or fails."""
    close(review_world)
    clients = {role: client_for(review_world.users[str(role)]) for role in ROLE_ORDER}
    wrong = []
    checked = 0
    for name in REVIEW_ROUTES:
        permission = Permission(DOC_URLS[name][0])
        client = clients[_member_with(permission)]
        url = url_for(review_world, ROUTES[name])
        for method in ("POST", "GET"):
            if method == "GET" and DOC_URLS[name][1] == "POST":
                continue
            response = client.post(url) if method == "POST" else client.get(url)
            refused = response.status_code == 403 and "This review is closed" in (
                response.content.decode(errors="replace")
            )
            should = name not in COPIES and (
                closed_review_refuses(permission, method)
                or (method == "POST" and name in POST_CHANGES)
            )
            checked += 1
            if refused != should or response.status_code >= 500:
                wrong.append(f"{method} {name} ({permission}): {response.status_code}")
    assert checked > 200
    assert not wrong, "\n".join(wrong)
    review_world.review.refresh_from_db()
    assert review_world.review.stage == ReviewStage.CLOSED


def test_the_review_home_shows_what_the_current_stage_still_needs(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    review_set_stage(actor=review_world.lead, review=review_world.review, stage="evidence")

    text = main_text(
        client_for(review_world.reviewer).get(
            reverse("reviews:review_home", args=[review_world.review.reference])
        )
    )

    assert "Before moving to analysis" in text
    assert "A chronology from every agency" in text
    assert "Terms of reference written" not in text  # set-up's list is behind it
