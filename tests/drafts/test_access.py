"""Who may open which draft: the team every draft, a recipient only the drafts shared with
them (404 for any other, before and after the comment window closes)."""

import datetime
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casewindow.accounts.models import ReviewRole, User
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.drafts import services
from casewindow.drafts.models import Draft
from tests.factories import MembershipFactory
from tests.world import ReviewWorld, world_drafts

pytestmark = pytest.mark.django_db
ClientFor = Callable[[User | None], Client]


def detail(world: ReviewWorld, draft: Draft, *, team: bool = False) -> str:
    name = "drafts:draft_detail" if team else "drafts:shared_draft_detail"
    return reverse(name, args=[world.review.reference, draft.uuid])


@pytest.mark.parametrize("role", [ReviewRole.PARTICIPANT, ReviewRole.BOARD_READER])
def test_a_recipient_opens_a_draft_shared_with_them_and_not_another(
    review_world: ReviewWorld, client_for: ClientFor, role: str
) -> None:
    shared, unshared = world_drafts(review_world)
    client = client_for(review_world.users[role])

    assert client.get(detail(review_world, shared)).status_code == 200
    assert client.get(detail(review_world, unshared)).status_code == 404
    # Nor through the team's pages, which their role does not open at all.
    assert client.get(detail(review_world, shared, team=True)).status_code == 403


def test_the_read_is_logged_against_the_draft(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    shared, _ = world_drafts(review_world)

    client_for(review_world.participant).get(detail(review_world, shared))

    assert AuditEvent.objects.filter(
        actor=review_world.participant, action=AuditAction.VIEW, object_id=str(shared.uuid)
    ).exists()


def test_another_participant_gets_404_until_the_draft_is_shared_with_them(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    shared, _ = world_drafts(review_world)
    colleague = MembershipFactory(review=review_world.review, role=ReviewRole.PARTICIPANT).user
    client = client_for(colleague)
    comment_url = reverse(
        "drafts:shared_draft_comment", args=[review_world.review.reference, shared.uuid]
    )

    assert client.get(detail(review_world, shared)).status_code == 404
    assert client.post(comment_url, {"text": "x"}).status_code == 404
    services.draft_share(
        actor=review_world.lead,
        draft=shared,
        users=[colleague],
        closes_on=timezone.localdate() + datetime.timedelta(days=1),
    )
    page = client.get(detail(review_world, shared)).content.decode()
    assert "The dates in this section do not match our records." not in page, (
        "a recipient never sees another recipient's comment"
    )


def test_after_the_window_the_draft_still_opens_only_for_its_recipients(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    shared, unshared = world_drafts(review_world)
    Draft.objects.filter(pk__in=[shared.pk, unshared.pk]).update(
        comments_close_on=timezone.localdate() - datetime.timedelta(days=3)
    )
    client = client_for(review_world.participant)

    assert client.get(detail(review_world, shared)).status_code == 200
    assert client.get(detail(review_world, unshared)).status_code == 404


@pytest.mark.parametrize(
    "role", [ReviewRole.LEAD_REVIEWER, ReviewRole.REVIEWER, ReviewRole.OBSERVER]
)
def test_the_team_sees_every_draft_shared_or_not(
    review_world: ReviewWorld, client_for: ClientFor, role: str
) -> None:
    shared, unshared = world_drafts(review_world)
    client = client_for(review_world.users[role])

    for draft in (shared, unshared):
        assert client.get(detail(review_world, draft, team=True)).status_code == 200
    listing = client.get(reverse("drafts:draft_list", args=[review_world.review.reference]))
    assert str(unshared.uuid) in listing.content.decode()
