"""A partnership's business managers see the security events of its own people and reviews —
failed sign-ins under their addresses, refusals in its reviews, probes, two-factor changes —
and nothing about anyone else; opening the page is itself recorded."""

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.audit.services import audit_record
from tests.factories import MembershipFactory, ReviewFactory, UserFactory
from tests.pages import main_text
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]


def _url(world: ReviewWorld, **query: str) -> str:
    url = reverse("process:partnership_security", args=[world.partnership.uuid])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_a_business_manager_sees_the_events_of_the_partnerships_people_only(
    review_world: ReviewWorld, client_for: ClientFor
) -> None:
    outsider = UserFactory(email="someone.else@elsewhere.test")
    other_review = ReviewFactory(reference="OTHER-1")
    MembershipFactory(review=other_review, user=outsider)
    audit_record(
        actor=None,
        action=AuditAction.SIGN_IN_FAILED,
        summary=f"Failed sign-in for {review_world.reviewer.email.upper()}",
        actor_label=review_world.reviewer.email.upper(),
    )
    audit_record(
        actor=None,
        action=AuditAction.SIGN_IN_FAILED,
        summary="Failed sign-in for someone.else@elsewhere.test",
        actor_label="someone.else@elsewhere.test",
    )
    audit_record(
        actor=review_world.observer,
        action=AuditAction.ACCESS_DENIED,
        summary="Refused evidence.edit at /somewhere/",
        review=review_world.review,
    )
    audit_record(
        actor=outsider,
        action=AuditAction.ACCESS_DENIED,
        summary="Refused in another partnership",
        review=other_review,
    )
    audit_record(
        actor=review_world.participant,
        action=AuditAction.SECURITY,
        summary="Page not found inside a review or partnership: /reviews/NOPE/",
    )
    audit_record(
        actor=review_world.reviewer,
        action=AuditAction.UPDATE,
        summary="Turned on two-factor sign-in",
    )

    text = main_text(client_for(review_world.lead).get(_url(review_world)))

    assert f"Failed sign-in for {review_world.reviewer.email.upper()}" in text
    assert "Refused evidence.edit" in text
    assert "Page not found inside a review or partnership" in text
    assert "Turned on two-factor sign-in" in text
    assert "someone.else@elsewhere.test" not in text
    assert "another partnership" not in text
    assert AuditEvent.objects.filter(
        actor=review_world.lead, summary__startswith="Viewed the security events"
    ).exists()

    two_factor = main_text(client_for(review_world.lead).get(_url(review_world, kind="two-factor")))
    assert "Turned on two-factor sign-in" in two_factor
    assert "Failed sign-in for" not in two_factor


def test_only_business_managers_open_it(review_world: ReviewWorld, client_for: ClientFor) -> None:
    assert client_for(review_world.board_reader).get(_url(review_world)).status_code == 403
    assert client_for(review_world.reviewer).get(_url(review_world)).status_code == 404
