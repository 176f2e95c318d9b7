"""An outsider probing URLs inside reviews leaves a security event (at most one a minute per
user and review), while the answer stays the same 404 whether or not the review exists."""

import re
from collections.abc import Callable

from django.test import Client

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction, AuditEvent
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]


def _unmasked(content: bytes) -> bytes:
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", content)


def _security_events(user: User):
    return AuditEvent.objects.filter(actor=user, action=AuditAction.SECURITY)


def test_an_outsiders_404_inside_a_review_is_a_security_event_outside_the_reviews_log(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    outsider = review_world.users["non_member"]
    url = f"/reviews/{review_world.review.reference}/people/"

    assert client_for(outsider).get(url).status_code == 404

    [event] = _security_events(outsider)
    assert event.path == url
    assert url in event.summary
    assert event.review is None  # nothing in the review's own log


def test_probes_are_recorded_at_most_once_a_minute_per_review(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    outsider = review_world.users["non_member"]
    client = client_for(outsider)
    reference = review_world.review.reference

    for page in ("people/", "agencies/", "audit/", "documents/", "timeline/"):
        assert client.get(f"/reviews/{reference}/{page}").status_code == 404
    assert client.get("/reviews/NO-SUCH-REVIEW/people/").status_code == 404

    assert _security_events(outsider).count() == 2  # one per review reference probed


def test_the_404_is_the_same_for_a_review_that_exists_and_one_that_does_not(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    client = client_for(review_world.users["non_member"])
    real = client.get(f"/reviews/{review_world.review.reference}/people/")
    made_up = client.get("/reviews/ZZ-0000-99/people/")

    assert real.status_code == made_up.status_code == 404
    # The pages differ only in the sign-out form's CSRF token, which is masked afresh each time.
    assert _unmasked(real.content) == _unmasked(made_up.content)
    assert sorted(real.headers) == sorted(made_up.headers)
