"""The rules that moved into accounts/access.py from views, services and templates, each pinned
by the behaviour a user relies on (the matrix test covers the URLs; these cover the rules)."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.http import Http404, HttpRequest
from django.test import RequestFactory

from casewindow.accounts import access
from casewindow.accounts.access import Can, P, Permission
from casewindow.accounts.models import ReviewRole, User
from casewindow.accounts.roles import ROLE_PERMISSIONS
from casewindow.analysis.models import AgreementRound
from casewindow.audit.models import AuditAction, AuditEvent
from tests.factories import MembershipFactory, PartnershipFactory
from tests.world import ReviewWorld, build_review_world, world_drafts

pytestmark = pytest.mark.django_db


def _request(user: User | None, path: str = "/reviews/x/") -> HttpRequest:
    request = RequestFactory().get(path)
    request.user = user if user is not None else AnonymousUser()
    return request


# --- loaders return what they found, typed -------------------------------------------------


def test_review_loader_returns_the_review_with_the_users_membership_and_permissions(
    review_world: ReviewWorld,
) -> None:
    allowed = access.review_access_for_user(
        _request(review_world.reviewer), review_world.review.reference.lower(), P.EVIDENCE_VIEW
    )
    assert allowed.review == review_world.review
    assert allowed.membership == review_world.memberships[ReviewRole.REVIEWER]
    assert P.EVIDENCE_EDIT in allowed.can
    assert P.MEMBER_MANAGE not in allowed.can


def test_review_loader_gives_404_to_an_outsider_and_logged_403_to_a_member_without_the_role(
    review_world: ReviewWorld,
) -> None:
    reference = review_world.review.reference
    with pytest.raises(Http404):
        access.review_access_for_user(_request(review_world.outsider), reference)
    with pytest.raises(PermissionDenied):
        access.review_access_for_user(_request(review_world.participant), reference, P.AUDIT_VIEW)
    assert AuditEvent.objects.filter(
        actor=review_world.participant, action=AuditAction.ACCESS_DENIED
    ).exists()
    assert not AuditEvent.objects.filter(actor=review_world.outsider).exists()


def test_an_object_of_another_parent_is_not_found_through_this_one(
    review_world: ReviewWorld,
) -> None:
    other = build_review_world()
    agencies = other.agency.__class__.objects.all()
    assert access.object_of(other.review, agencies, via="review", uuid=other.agency.uuid)
    with pytest.raises(Http404):
        access.object_of(review_world.review, agencies, via="review", uuid=other.agency.uuid)


# --- drafts: a recipient sees only their own comments --------------------------------------


def test_a_recipient_sees_only_their_own_comments_and_the_team_sees_all(
    review_world: ReviewWorld,
) -> None:
    shared, _ = world_drafts(review_world)
    comment = shared.comments.get()  # the participant's
    review = review_world.review
    for user in (review_world.participant, review_world.lead, review_world.reviewer):
        found = access.draft_comment_for_user(_request(user), shared, comment.uuid)
        assert found == comment
    # The board reader has the draft too, but the participant's comment is not there for them.
    with pytest.raises(Http404):
        access.draft_comment_for_user(_request(review_world.board_reader), shared, comment.uuid)
    assert access.draft_comments_author(_request(review_world.board_reader), review) == (
        review_world.board_reader
    )
    assert access.draft_comments_author(_request(review_world.observer), review) is None


@pytest.mark.parametrize(
    ("role", "is_author", "may"),
    [
        (ReviewRole.PARTICIPANT, True, True),
        (ReviewRole.PARTICIPANT, False, False),
        (ReviewRole.BOARD_READER, False, False),
        (ReviewRole.OBSERVER, False, False),
        (ReviewRole.REVIEWER, False, True),
        (ReviewRole.LEAD_REVIEWER, False, True),
        (None, False, False),
    ],
)
def test_only_the_comments_author_and_the_review_team_may_reply_to_it(
    role: str | None, is_author: bool, may: bool
) -> None:
    assert access.may_reply_to_comment(role=role, is_author=is_author) is may


# --- the review team, reviews started by business managers --------------------------------


def test_the_review_team_is_the_roles_that_change_evidence_and_analysis() -> None:
    changing = {
        role
        for role, permissions in ROLE_PERMISSIONS.items()
        if {P.EVIDENCE_EDIT, P.ANALYSIS_EDIT} <= permissions
    }
    assert set(access.REVIEW_TEAM_ROLES) == changing == {"lead_reviewer", "reviewer"}


def test_only_business_managers_may_start_a_review(review_world: ReviewWorld) -> None:
    # The lead reviewer manages the world's partnership; the board reader is a plain member.
    partnerships = access.partnerships_for_review_create(_request(review_world.lead))
    assert list(partnerships) == [review_world.partnership]
    for user in (review_world.board_reader, review_world.reviewer, review_world.outsider):
        with pytest.raises(PermissionDenied):
            access.partnerships_for_review_create(_request(user))


# --- agreement checks: only the two coders code ---------------------------------------------


def test_only_the_two_coders_of_an_agreement_round_may_code_in_it(
    review_world: ReviewWorld,
) -> None:
    agreement_round = AgreementRound(
        review=review_world.review,
        number=1,
        coder_a=review_world.reviewer,
        coder_b=review_world.observer,
    )
    review = review_world.review
    slot_of = access.agreement_slot_for_user
    assert slot_of(_request(review_world.reviewer), review, agreement_round) == "a"
    assert slot_of(_request(review_world.observer), review, agreement_round) == "b"
    # Not even the lead reviewer, when not a coder; the refusal is logged.
    with pytest.raises(PermissionDenied):
        slot_of(_request(review_world.lead), review, agreement_round)
    assert AuditEvent.objects.filter(
        actor=review_world.lead, action=AuditAction.ACCESS_DENIED, review=review
    ).exists()


# --- the publication check: who sees the real name ----------------------------------------


@pytest.mark.parametrize(
    ("role", "state", "shown"),
    [
        (ReviewRole.LEAD_REVIEWER, "replaced", True),
        (ReviewRole.OBSERVER, "register", True),
        (ReviewRole.BOARD_READER, "replaced", False),
        (ReviewRole.PARTICIPANT, "automatic", False),
        (ReviewRole.BOARD_READER, "unresolved", True),
        (ReviewRole.BOARD_READER, "kept", True),
    ],
)
def test_the_publication_check_shows_a_real_name_only_to_who_may_see_the_register(
    role: str, state: str, shown: bool
) -> None:
    assert access.shows_original_text(Can.for_role(role), state) is shown


# --- can in templates ----------------------------------------------------------------------


def test_can_answers_for_known_permissions_and_raises_on_a_misspelt_one() -> None:
    can = Can.for_role(ReviewRole.REVIEWER)
    assert "analysis.edit" in can
    assert Permission.ANALYSIS_EDIT in can
    assert "audit.view" not in can
    with pytest.raises(ImproperlyConfigured, match=r"analysis\.edti"):
        _ = "analysis.edti" in can
    with pytest.raises(ImproperlyConfigured):
        _ = "analysis.edti" in Can()


def test_can_for_a_user_outside_the_review_allows_nothing(review_world: ReviewWorld) -> None:
    assert not access.can(_request(review_world.outsider), review_world.review)
    assert not access.can(_request(None), review_world.review)
    PartnershipFactory()  # an unrelated partnership changes nothing
    MembershipFactory(
        review=review_world.review, role=ReviewRole.OBSERVER, user=review_world.outsider
    )
    assert "evidence.view" in access.can(_request(review_world.outsider), review_world.review)
