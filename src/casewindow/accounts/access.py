"""The one place that answers "may this user see or do this?". The rules are written down as
tables in docs/access.md; the access matrix test checks every URL against them.

Outsiders get 404 for anything in a review (never a hint that it exists); members whose role
does not allow an action get 403 (logged). Every review loader here notes the read for the audit
log. The pure rules that services need too (no request, no database) live in
`casewindow.accounts.roles` and are re-exported here; views and templates use this module."""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, TypeVar
from uuid import UUID

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest

from casewindow.accounts.models import (
    Membership,
    Partnership,
    PartnershipMembership,
    PartnershipRole,
    ReviewRole,
    User,
)

# The role table and the pure rules live in accounts.roles (services use them too); callers
# import them from here.
from casewindow.accounts.roles import (
    CHANGES_CONTENT,
    REVIEW_TEAM_ROLES,
    ROLE_PERMISSIONS,
    SAFE_METHODS,
    P,
    Permission,
    closed_review_refuses,
    may_reply_to_comment,
    role_can,
)
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_note_read, audit_record, audit_record_many
from casewindow.reviews.models import Review, ReviewStage, reference_validator

if TYPE_CHECKING:
    from casewindow.analysis.models import AgreementRound
    from casewindow.api.models import PersonalAccessToken
    from casewindow.drafts.models import Draft, DraftComment
    from casewindow.evidence.models import Conversation
    from casewindow.evidence.services.chronology_upload import ChronologyUpload
    from casewindow.learning.models import AnnualReportFile
    from casewindow.process.models import CalendarFeed, Meeting, MeetingAction

__all__ = [
    "PERMISSION_PHRASES",
    "REVIEW_TEAM_ROLES",
    "ROLE_PERMISSIONS",
    "Can",
    "P",
    "Permission",
    "ReviewAccess",
    "may_reply_to_comment",
    "role_can",
]

AnyUser = User | AnonymousUser
M = TypeVar("M", bound=models.Model)


# --- what a role allows, for views and templates ---------------------------------------------


class Can:
    """What the signed-in user may do in one review, as templates ask it (`'analysis.edit' in
    can`). A name that is not a permission raises instead of quietly answering False, so a
    misspelt permission fails loudly (Django's `{% if %}` swallows the error, which is why
    tests/accounts/test_templates_name_known_permissions.py reads every template too)."""

    __slots__ = ("_permissions",)

    def __init__(self, permissions: Iterable[Permission] = ()) -> None:
        self._permissions = frozenset(permissions)

    def __contains__(self, name: object) -> bool:
        try:
            permission = Permission(str(name)) if isinstance(name, str) else None
        except ValueError:
            permission = None
        if permission is None:
            raise ImproperlyConfigured(f"{name!r} is not a permission")
        return permission in self._permissions

    def __iter__(self) -> Iterator[Permission]:
        return iter(sorted(self._permissions))

    def __bool__(self) -> bool:
        return bool(self._permissions)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Can) and other._permissions == self._permissions

    def __hash__(self) -> int:
        return hash(self._permissions)

    def __repr__(self) -> str:
        return f"Can({sorted(self._permissions)})"

    @classmethod
    def for_role(cls, role: str) -> "Can":
        return cls(ROLE_PERMISSIONS.get(role, frozenset()))

    @classmethod
    def for_member(cls, role: str, review: Review) -> "Can":
        """What the role allows in this review: in a closed review, nothing that changes its
        content (so no page offers a change the review would refuse)."""
        allowed = ROLE_PERMISSIONS.get(role, frozenset())
        if review.stage == ReviewStage.CLOSED:
            allowed = allowed - CHANGES_CONTENT
        return cls(allowed)


@dataclass(frozen=True)
class ReviewAccess:
    """A review the signed-in user was let into, with their membership and what it allows."""

    review: Review
    membership: Membership

    @property
    def can(self) -> Can:
        return Can.for_member(self.membership.role, self.review)


# What each permission lets someone do, for the "you cannot do this" page.
PERMISSION_PHRASES: dict[Permission, str] = {
    P.REVIEW_VIEW: "open this review",
    P.REVIEW_EDIT: "change the review's details",
    P.REVIEW_MANAGE: "change the stage of the review",
    P.AGENCY_VIEW: "see the agencies in this review",
    P.AGENCY_EDIT: "change the agencies in this review",
    P.PERSON_VIEW: "see the people register",
    P.PERSON_EDIT: "change the people register",
    P.MEMBER_VIEW: "see the review team and case group",
    P.MEMBER_MANAGE: "change who is in the review",
    P.AUDIT_VIEW: "see the audit log",
    P.EVIDENCE_VIEW: "see the review's evidence",
    P.EVIDENCE_EDIT: "add or change evidence",
    P.EVIDENCE_RESTORE: "restore removed chronology entries and withdrawn imports",
    P.CONVERSATION_RESPOND: "comment on conversation notes",
    P.ANALYSIS_VIEW: "see the review's analysis",
    P.ANALYSIS_EDIT: "change the review's analysis",
    P.ANALYSIS_RESTORE: "restore removed analysis",
    P.ACTIONS_VIEW: "see the recommendations and action plan",
    P.ACTIONS_UPDATE: "update the progress of actions",
    P.REPORT_VIEW: "see the report and its drafts",
    P.REPORT_EDIT: "change the report, make and share drafts or answer comments",
    P.DRAFT_COMMENT: "read and comment on drafts shared with you",
}


def _refuse(request: HttpRequest, review: Review, summary: str, message: str) -> PermissionDenied:
    """Log a member's refused request in the review's audit log; the caller raises the result."""
    audit_record(
        actor=request.user, action=AuditAction.ACCESS_DENIED, summary=summary, review=review
    )
    return PermissionDenied(message)


CLOSED_MESSAGE = (
    "This review is closed, so nothing in it can be changed. The lead reviewer can reopen it "
    "from the review's stage page, giving the reason."
)


def _refuse_closed(
    request: HttpRequest, review: Review, permission: Permission
) -> PermissionDenied:
    return _refuse(
        request, review, f"Refused {permission} at {request.path}: review closed", CLOSED_MESSAGE
    )


def _check_not_closed(request: HttpRequest, review: Review, permission: Permission) -> None:
    if review.stage == ReviewStage.CLOSED and closed_review_refuses(permission, request.method):
        raise _refuse_closed(request, review, permission)


def _require(request: HttpRequest, allowed: "ReviewAccess", permission: Permission) -> None:
    """403 (logged) unless the member's role carries `permission` and, if the review is
    closed, the review still allows it."""
    if not role_can(allowed.membership.role, permission):
        raise _deny(request, allowed.review, permission)
    _check_not_closed(request, allowed.review, permission)


def _deny(request: HttpRequest, review: Review, permission: Permission) -> PermissionDenied:
    return _refuse(
        request,
        review,
        f"Refused {permission} at {request.path}",
        f"Your role in this review does not let you {PERMISSION_PHRASES[permission]}.",
    )


# --- who is asking ---------------------------------------------------------------------------


def _signed_in(user: AnyUser) -> User | None:
    return user if isinstance(user, User) and user.is_authenticated else None


def signed_in_user(request: HttpRequest) -> User:
    """The signed-in user of a request (every page but sign-in needs one, so a view behind the
    sign-in middleware always has one)."""
    user = _signed_in(request.user)
    if user is None:
        raise PermissionDenied("Sign in first.")
    return user


# --- reviews and the objects in them ---------------------------------------------------------


def review_membership(user: AnyUser, review: Review) -> Membership | None:
    signed_in = _signed_in(user)
    if signed_in is None:
        return None
    return Membership.objects.filter(user=signed_in, review=review).first()


def review_access_for_user(
    request: HttpRequest,
    reference: str,
    permission: Permission = P.REVIEW_VIEW,
    *,
    copies_only: bool = False,
) -> ReviewAccess:
    """The review with this reference and the user's membership, if they are a member whose role
    allows `permission`. 404 for visitor who is not a member; 403 for a member whose role does
    not allow it. Notes the read for the audit log."""
    # A reference no review could have is not looked up (PostgreSQL refuses some characters,
    # such as NUL, in a query).
    well_formed = re.search(reference_validator.regex, reference) is not None
    user = _signed_in(request.user)
    membership = (
        Membership.objects.select_related("review", "review__partnership")
        .filter(user=user, review__reference=reference.upper())
        .first()
        if user is not None and well_formed
        else None
    )
    if membership is None:
        raise Http404("No review found")
    review = membership.review
    if not role_can(membership.role, permission):
        raise _deny(request, review, permission)
    if not copies_only:
        _check_not_closed(request, review, permission)
    audit_note_read(request, review=review)
    return ReviewAccess(review=review, membership=membership)


class ApiToken(Protocol):
    """What the gate needs of a personal access token (casewindow.api.models)."""

    @property
    def review_id(self) -> int | None: ...

    @property
    def writes(self) -> bool: ...


READ_ONLY_REFUSAL = (
    "This token is read-only: it cannot change anything. Make a read and write token on your "
    "account's API access tokens page."
)


def review_access_for_token(
    request: HttpRequest,
    token: ApiToken,
    reference: str,
    permission: Permission = P.REVIEW_VIEW,
) -> ReviewAccess:
    """The REST API's loader: `review_access_for_user` for the token's owner (request.user),
    within what the token opens. A token made for one review gives 404 for any other (as an
    outsider gets: it must not learn the other review exists); a read-only token is refused
    (403, logged) anything but a read, after the owner's own role was checked."""
    if token.review_id is not None:
        review_id = (
            Review.objects.filter(reference=reference.upper()).values_list("pk", flat=True).first()
            if re.search(reference_validator.regex, reference) is not None
            else None
        )
        if review_id != token.review_id:
            raise Http404("No review found")
    allowed = review_access_for_user(request, reference, permission)
    if not token.writes and (
        permission in CHANGES_CONTENT or (request.method or "GET").upper() not in SAFE_METHODS
    ):
        raise _refuse(
            request,
            allowed.review,
            f"Refused {permission} at {request.path}: read-only API token",
            READ_ONLY_REFUSAL,
        )
    return allowed


def review_for_user(
    request: HttpRequest,
    reference: str,
    permission: Permission = P.REVIEW_VIEW,
    *,
    copies_only: bool = False,
) -> Review:
    """`review_access_for_user` for the many views that need only the review. `copies_only`
    marks a request that makes a copy of what is there and changes nothing (an export): a
    closed review still allows it to those whose role allows `permission`."""
    return review_access_for_user(request, reference, permission, copies_only=copies_only).review


def review_access(request: HttpRequest, review: Review) -> ReviewAccess:
    """The signed-in user's access to a review a loader above already let them into (for the
    page around it and the objects in it). 404 if they are not a member after all."""
    membership = review_membership(request.user, review)
    if membership is None:
        raise Http404("No review found")
    return ReviewAccess(review=review, membership=membership)


def can(request: HttpRequest, review: Review) -> Can:
    """What the signed-in user may do in this review (for templates and view logic)."""
    membership = review_membership(request.user, review)
    return Can.for_member(membership.role, review) if membership else Can()


def object_of(
    parent: models.Model, queryset: models.QuerySet[M], *, via: str, **lookup: object
) -> M:
    """One object found only through its parent — an object of an authorised review, a comment
    of an authorised draft, a page of an authorised document, a rule of an authorised
    partnership — else 404. `via` names the object's field that points to the parent. The
    parent must come from a loader of this module: this is the one way to reach inside it."""
    found = queryset.filter(**{via: parent}, **lookup).first()
    if found is None:
        raise Http404("No such object")
    return found


def review_object_for_user(
    request: HttpRequest,
    review: Review,
    queryset: models.QuerySet[M],
    object_uuid: UUID | str,
    permission: Permission,
) -> M:
    """One object of a review (agency, person, membership…), by UUID, scoped to that review.
    `review` must come from `review_for_user`, so membership is already established. An object
    that does not exist is 404 before the role is checked."""
    allowed = review_access(request, review)
    found = object_of(review, queryset, via="review", uuid=object_uuid)
    _require(request, allowed, permission)
    audit_note_read(request, review=review, obj=found)
    return found


def shared_conversation_for_user(
    request: HttpRequest, review: Review, conversation_uuid: UUID | str
) -> "Conversation":
    """A conversation whose notes have been shared with the signed-in practitioner. Anyone else —
    including other case-group participants — gets 404: they must not learn it exists. One that
    does not exist at all is 404 before the role is checked (403 for the review team)."""
    from casewindow.evidence.models import Conversation

    allowed = review_access(request, review)
    object_of(review, Conversation.objects.all(), via="review", uuid=conversation_uuid)
    _require(request, allowed, P.CONVERSATION_RESPOND)
    conversation = object_of(
        review,
        conversations_shared_with(allowed).select_related("practitioner"),
        via="review",
        uuid=conversation_uuid,
    )
    audit_note_read(request, review=review, obj=conversation)
    return conversation


def conversations_shared_with(allowed: ReviewAccess) -> "models.QuerySet[Conversation]":
    """The conversations of the review whose notes were shared with this member."""
    from casewindow.evidence.models import Conversation

    return Conversation.objects.filter(review=allowed.review, shared_with=allowed.membership)


def memberships_allowing(visitor: AnyUser, permission: Permission) -> models.QuerySet[Membership]:
    """The user's memberships, across every review, whose role carries `permission` (for pages
    outside a review that gather what waits for them)."""
    user = _signed_in(visitor)
    if user is None:
        return Membership.objects.none()
    roles = [role for role, allowed in ROLE_PERMISSIONS.items() if permission in allowed]
    return Membership.objects.filter(user=user, role__in=roles)


def conversations_shared_with_user(visitor: AnyUser) -> "models.QuerySet[Conversation]":
    """Every conversation, in any review, whose notes were shared with this practitioner's
    membership while their role lets them respond (their own only, never another's)."""
    from casewindow.evidence.models import Conversation

    return Conversation.objects.filter(
        shared_with__in=memberships_allowing(visitor, P.CONVERSATION_RESPOND)
    )


def drafts_shared_with_user(visitor: AnyUser) -> "models.QuerySet[Draft]":
    """Every draft, in any review, shared with this user in a review where their role lets them
    read and comment on drafts shared with them."""
    from casewindow.drafts.models import Draft

    user = _signed_in(visitor)
    if user is None:
        return Draft.objects.none()
    reviews = memberships_allowing(user, P.DRAFT_COMMENT).values("review")
    return Draft.objects.filter(review__in=reviews, shares__user=user)


def shared_draft_for_user(
    request: HttpRequest,
    reference: str,
    draft_uuid: UUID | str,
    permission: Permission = P.DRAFT_COMMENT,
) -> "Draft":
    """A draft of the report. With `report.view`/`report.edit` (the review team's pages) any
    draft of the review; with `draft.comment` (a recipient's pages) only a draft shared with the
    signed-in user: any other draft gives 404, so a recipient never learns it exists. As for
    any object, a draft that does not exist is 404 before the role is checked."""
    from casewindow.drafts.models import Draft

    allowed = review_access_for_user(request, reference, P.REVIEW_VIEW)
    review = allowed.review
    draft = object_of(review, Draft.objects.select_related("review"), via="review", uuid=draft_uuid)
    _require(request, allowed, permission)
    if (
        permission == P.DRAFT_COMMENT
        and not draft.shares.filter(user=allowed.membership.user_id).exists()
    ):
        raise Http404("No such draft")
    audit_note_read(request, review=review, obj=draft)
    return draft


def draft_comments_author(request: HttpRequest, review: Review) -> User | None:
    """Whose comments on a draft the signed-in member sees: everyone's for the review team
    (report.view), otherwise — a recipient — only their own (None means everyone's)."""
    if P.REPORT_VIEW in can(request, review):
        return None
    user = _signed_in(request.user)
    if user is None:
        raise Http404("No such draft")
    return user


def draft_comment_for_user(
    request: HttpRequest, draft: "Draft", comment_uuid: UUID | str
) -> "DraftComment":
    """A comment on a draft the user was let into: any comment for the review team, only their
    own for a recipient — another recipient's comment is not there for them (404)."""
    from casewindow.drafts.models import DraftComment

    comments = DraftComment.objects.select_related("author", "draft__review")
    author = draft_comments_author(request, draft.review)
    if author is not None:
        comments = comments.filter(author=author)
    return object_of(draft, comments, via="draft", uuid=comment_uuid)


def agreement_slot_for_user(
    request: HttpRequest, review: Review, agreement_round: "AgreementRound"
) -> str:
    """The signed-in user's slot ("a" or "b") in an agreement round: only the round's two coders
    may code in it, each in their own coding. Anyone else — even the lead reviewer — gets 403
    (logged)."""
    user_id = request.user.pk
    if user_id is not None and agreement_round.coder_a_id == user_id:
        return "a"
    if user_id is not None and agreement_round.coder_b_id == user_id:
        return "b"
    raise _refuse(
        request,
        review,
        f"Refused the coding of agreement check {agreement_round.number} at {request.path}: "
        "not one of its coders",
        "Only the two coders of this agreement check can code in it, each in their own coding.",
    )


def chronology_upload_of(review: Review, upload_uuid: UUID) -> "ChronologyUpload":
    """A chronology upload waiting to be imported into this already-authorised review; 404
    for an unknown one or one uploaded into another review."""
    from casewindow.evidence.services.chronology_upload import chronology_upload_get

    upload = chronology_upload_get(review=review, upload_uuid=upload_uuid)
    if upload is None:
        raise Http404("No such upload")
    return upload


def shows_real_names(can: Can) -> bool:
    """Whether a page shows the people's real names (a document's tagged people, the
    publication check's originals and decision log): only to those who may see the people
    register; everyone else sees publication labels."""
    return P.PERSON_VIEW in can


def shows_original_text(can: Can, state: str) -> bool:
    """Whether the publication check shows a candidate's original words (a real name) or only
    what replaces it. Those who may see the people register see the originals; everyone sees
    what is still undecided or deliberately kept, since that is what stays in the report."""
    return shows_real_names(can) or state in ("unresolved", "kept")


# --- meetings ----------------------------------------------------------------------------------


def sees_every_meeting(allowed: ReviewAccess) -> bool:
    """The review team (review.edit) sees every meeting of the review and arranges them."""
    return role_can(allowed.membership.role, P.REVIEW_EDIT)


def meetings_visible_to(allowed: ReviewAccess) -> "models.QuerySet[Meeting]":
    """The meetings of the review this member may see: all of them for the review team, only
    those they are invited to for anyone else."""
    from casewindow.process.models import Meeting

    meetings = Meeting.objects.filter(review=allowed.review)
    if sees_every_meeting(allowed):
        return meetings
    return meetings.filter(attendees=allowed.membership)


def meeting_for_user(
    request: HttpRequest,
    review: Review,
    meeting_uuid: UUID | str,
    permission: Permission = P.REVIEW_VIEW,
) -> "Meeting":
    """A meeting of an authorised review: 404 unless the member is of the review team or
    invited to it (another member must not learn it exists); 403 (logged) for an invited member
    whose role does not allow `permission` (changing it needs review.edit)."""
    allowed = review_access(request, review)
    meeting = object_of(review, meetings_visible_to(allowed), via="review", uuid=meeting_uuid)
    _require(request, allowed, permission)
    audit_note_read(request, review=review, obj=meeting)
    return meeting


def meeting_action_for_user(
    request: HttpRequest, review: Review, meeting_uuid: UUID | str, action_uuid: UUID | str
) -> "MeetingAction":
    """An action arising from a meeting, for marking it done: only the member it is assigned
    to and the review team; 404 for anyone else (and for a meeting they may not see)."""
    from casewindow.process.models import MeetingAction

    allowed = review_access(request, review)
    meeting = object_of(review, meetings_visible_to(allowed), via="review", uuid=meeting_uuid)
    actions = MeetingAction.objects.select_related("meeting__review")
    if not sees_every_meeting(allowed):
        actions = actions.filter(assignee=allowed.membership)
    action = object_of(meeting, actions, via="meeting", uuid=action_uuid)
    audit_note_read(request, review=review, obj=action)
    return action


def personal_token_of_user(request: HttpRequest, token_id: UUID) -> "PersonalAccessToken":
    """One of the signed-in user's own API tokens (to revoke it). Another user's token, or an
    unknown one, is 404: nobody learns that it exists."""
    from casewindow.api.models import PersonalAccessToken

    token = PersonalAccessToken.objects.filter(user=signed_in_user(request), uuid=token_id).first()
    if token is None:
        raise Http404("No such token")
    return token


def calendar_feed_for_token(feed_token: str) -> "CalendarFeed | None":
    """A calendar feed is fetched without signing in: the token in its address is the key,
    while its owner's account is active. None (the view answers 404) for an unknown, withdrawn
    or over-long token."""
    from casewindow.process.models import CalendarFeed
    from casewindow.process.services.calendar import feed_token_hash

    if len(feed_token) > 100:
        return None
    return (
        CalendarFeed.objects.select_related("user")
        .filter(token_hash=feed_token_hash(feed_token), user__is_active=True)
        .first()
    )


# --- the review team ---------------------------------------------------------------------------


def review_team_users(review: Review) -> models.QuerySet[User]:
    """The review team (lead reviewer and reviewers): the only people who may conduct a
    conversation or code an agreement check, so the only ones those forms offer."""
    return User.objects.filter(memberships__review=review, memberships__role__in=REVIEW_TEAM_ROLES)


# --- partnerships ----------------------------------------------------------------------------


def partnership_for_user(
    request: HttpRequest, partnership_uuid: UUID | str, *, manage: bool = False
) -> Partnership:
    """A partnership the user belongs to; `manage=True` requires the business manager role."""
    user = _signed_in(request.user)
    membership = (
        PartnershipMembership.objects.select_related("partnership")
        .filter(user=user, partnership__uuid=partnership_uuid)
        .first()
        if user is not None
        else None
    )
    if membership is None:
        raise Http404("No partnership found")
    if manage and membership.role != PartnershipRole.MANAGER:
        raise PermissionDenied("Only the partnership's business managers can do this.")
    return membership.partnership


def partnership_person_for_two_factor_reset(
    request: HttpRequest, partnership: Partnership, user_uuid: UUID | str
) -> User:
    """The person whose two-factor sign-in a business manager resets, in a partnership already
    loaded with `partnership_for_user(manage=True)`: someone in the partnership or one of its
    reviews (404 for anyone else), never the business manager themselves (403: another
    business manager resets theirs)."""
    person = (
        User.objects.filter(uuid=user_uuid)
        .filter(
            models.Q(partnership_memberships__partnership=partnership)
            | models.Q(memberships__review__partnership=partnership)
        )
        .distinct()
        .first()
    )
    if person is None:
        raise Http404("No such person")
    if person.pk == request.user.pk:
        raise PermissionDenied("Ask another business manager to reset your own two-factor sign-in.")
    return person


def partnerships_managed_by(user: AnyUser) -> models.QuerySet[Partnership]:
    signed_in = _signed_in(user)
    if signed_in is None:
        return Partnership.objects.none()
    return Partnership.objects.filter(
        memberships__user=signed_in, memberships__role=PartnershipRole.MANAGER
    )


def partnership_create_offered(visitor: AnyUser) -> bool:
    """Whether pages offer this user "Create a partnership". Anyone may create one (docs/
    access.md), but it is offered only to those who could be setting a partnership up: a
    business manager, a member of a review team, or a new account with no review yet. A
    practitioner in a case group, a board reader or an observer is not offered it."""
    user = _signed_in(visitor)
    if user is None:
        return False
    if partnerships_managed_by(user).exists():
        return True
    roles = set(Membership.objects.filter(user=user).values_list("role", flat=True))
    return not roles or bool(roles & set(REVIEW_TEAM_ROLES))


def partnerships_for_review_create(request: HttpRequest) -> models.QuerySet[Partnership]:
    """The partnerships the user may start a review in: only business managers start reviews
    (403 for visitor who manages none)."""
    partnerships = partnerships_managed_by(request.user)
    if not partnerships.exists():
        raise PermissionDenied("Only a partnership's business managers can start a review.")
    return partnerships


class Oversight(StrEnum):
    """Why someone oversees a partnership's reviews as a whole (see docs/access.md,
    "Partnership level"). Derived from the data, not granted separately."""

    BUSINESS_MANAGER = "business_manager"  # a manager membership of the partnership
    LEAD_REVIEWER = "lead_reviewer"  # lead reviewer of at least one of its reviews
    BOARD_READER = "board_reader"  # board reader of at least one of its reviews


# Stages after publication: the review's learning is published.
PUBLISHED_STAGES = frozenset({ReviewStage.ACTION_PLAN, ReviewStage.CLOSED})


def partnership_oversight(visitor: AnyUser, partnership: Partnership) -> frozenset[Oversight]:
    """Every reason this user oversees the partnership's reviews; empty if none."""
    user = _signed_in(visitor)
    if user is None:
        return frozenset()
    found: set[Oversight] = set()
    if PartnershipMembership.objects.filter(
        user=user, partnership=partnership, role=PartnershipRole.MANAGER
    ).exists():
        found.add(Oversight.BUSINESS_MANAGER)
    roles = set(
        Membership.objects.filter(
            user=user,
            review__partnership=partnership,
            role__in=[ReviewRole.LEAD_REVIEWER, ReviewRole.BOARD_READER],
        ).values_list("role", flat=True)
    )
    if ReviewRole.LEAD_REVIEWER in roles:
        found.add(Oversight.LEAD_REVIEWER)
    if ReviewRole.BOARD_READER in roles:
        found.add(Oversight.BOARD_READER)
    return frozenset(found)


def partnerships_overseen_by(visitor: AnyUser) -> models.QuerySet[Partnership]:
    """Every partnership this user oversees (for links to their partnership homes)."""
    user = _signed_in(visitor)
    if user is None:
        return Partnership.objects.none()
    return (
        Partnership.objects.filter(
            models.Q(memberships__user=user, memberships__role=PartnershipRole.MANAGER)
            | models.Q(
                reviews__memberships__user=user,
                reviews__memberships__role__in=[
                    ReviewRole.LEAD_REVIEWER,
                    ReviewRole.BOARD_READER,
                ],
            )
        )
        .distinct()
        .order_by("name")
    )


def partnership_page_for_user(
    request: HttpRequest, partnership_uuid: UUID | str, *, oversight: bool = True
) -> Partnership:
    """A partnership for its partnership-level pages (the partnership home, learning pages).
    404 for visitor with no tie to it (neither a member of the partnership nor of one of its
    reviews); with `oversight=True`, 403 for those tied to it who do not oversee it."""
    user = _signed_in(request.user)
    partnership = (
        Partnership.objects.filter(uuid=partnership_uuid)
        .filter(models.Q(memberships__user=user) | models.Q(reviews__memberships__user=user))
        .distinct()
        .first()
        if user is not None
        else None
    )
    if user is None or partnership is None:
        raise Http404("No partnership found")
    if oversight and not partnership_oversight(user, partnership):
        raise PermissionDenied(
            "Only the partnership's business managers, lead reviewers and board readers can "
            "see its reviews together."
        )
    return partnership


def partnership_reviews_for_user(
    visitor: AnyUser, partnership: Partnership
) -> models.QuerySet[Review]:
    """The partnership's reviews this user may list on partnership-level pages: all of them for
    those who oversee the partnership, otherwise only the reviews they are a member of."""
    reviews = Review.objects.filter(partnership=partnership)
    user = _signed_in(visitor)
    if user is None:
        return reviews.none()
    if partnership_oversight(user, partnership):
        return reviews
    return reviews.filter(memberships__user=user).distinct()


def learning_is_released(review: Review) -> bool:
    """Whether the lead reviewer released the review's learning to the partnership early."""
    from casewindow.learning.models import LearningRelease

    return LearningRelease.objects.filter(review=review).exists()


def learning_is_published(review: Review) -> bool:
    """A review's learning may be pooled beyond its members once it is published (the stages
    after publication) or released to the partnership by its lead (`learning.LearningRelease`)."""
    return review.stage in PUBLISHED_STAGES or learning_is_released(review)


def learning_page_for_user(request: HttpRequest, partnership_uuid: UUID | str) -> Partnership:
    """A partnership for its learning pages: anyone tied to it (a member of the partnership or
    of one of its reviews) opens them, and sees only what `learning_reviews_for_user` gives;
    404 for everyone else."""
    return partnership_page_for_user(request, partnership_uuid, oversight=False)


def learning_views_noted(request: HttpRequest, views: Iterable["LearningView"], page: str) -> None:
    """Record, in each review's audit log, that a learning page showed its learning (one event
    per review shown: a learning page reads several reviews at once), written together."""
    audit_record_many(
        actor=request.user,
        action=AuditAction.VIEW,
        summaries=[
            (view.review, f"Saw the review's {view.scope} learning on the partnership's {page}")
            for view in views
        ],
    )


class LearningScope(StrEnum):
    ANALYSIS = "analysis"  # the review's own analysis, published or not
    PUBLISHED = "published"  # only its published (or released) learning


@dataclass(frozen=True)
class LearningView:
    review: Review
    scope: LearningScope

    @property
    def sees_unpublished(self) -> bool:
        return self.scope == LearningScope.ANALYSIS


def learning_reviews_for_user(visitor: AnyUser, partnership: Partnership) -> list[LearningView]:
    """The partnership's reviews whose learning this user may see on learning pages, and how
    much: the unpublished analysis of a review only for its members whose role reads analysis;
    the published learning of every review for those who oversee the partnership (and for a
    review's other members). Nothing else — never evidence."""
    user = _signed_in(visitor)
    if user is None:
        return []
    roles = dict(
        Membership.objects.filter(user=user, review__partnership=partnership).values_list(
            "review_id", "role"
        )
    )
    from casewindow.learning.models import LearningRelease

    oversees = bool(partnership_oversight(user, partnership))
    released = set(
        LearningRelease.objects.filter(review__partnership=partnership).values_list(
            "review_id", flat=True
        )
    )
    views = []
    for review in Review.objects.filter(partnership=partnership).order_by("reference"):
        role = roles.get(review.pk)
        published = review.stage in PUBLISHED_STAGES or review.pk in released
        if role is not None and role_can(role, P.ANALYSIS_VIEW):
            views.append(LearningView(review, LearningScope.ANALYSIS))
        elif (oversees or role is not None) and published:
            views.append(LearningView(review, LearningScope.PUBLISHED))
    return views


def learning_report_page_for_user(
    request: HttpRequest, partnership_uuid: UUID | str
) -> Partnership:
    """A partnership for its annual learning report, a document for its board: those who oversee
    the partnership (business managers, lead reviewers and board readers) make it; its other
    review members get 403, everyone else 404."""
    return partnership_page_for_user(request, partnership_uuid, oversight=True)


def learning_report_reviews_for_user(
    visitor: AnyUser, partnership: Partnership
) -> list[LearningView]:
    """The reviews whose learning may go into the annual learning report: of the reviews the
    learning pages show this user, only those whose learning is published or released, and only
    that learning (scope `published`) — a review's unpublished analysis never reaches a document
    made for the board, whoever makes it."""
    released = _released_review_ids(partnership)
    return [
        LearningView(view.review, LearningScope.PUBLISHED)
        for view in learning_reviews_for_user(visitor, partnership)
        if view.review.stage in PUBLISHED_STAGES or view.review.pk in released
    ]


def annual_report_file_for_user(
    request: HttpRequest, partnership: Partnership, file_id: UUID
) -> "AnnualReportFile":
    """An annual learning report of this partnership (already authorised for its report page)
    that the signed-in user asked for: it holds the learning they could read, so it is theirs
    alone. Anyone else's, or an unknown one, is 404."""
    from casewindow.learning.models import AnnualReportFile

    made = (
        AnnualReportFile.objects.select_related("partnership")
        .filter(partnership=partnership, requested_by=signed_in_user(request), uuid=file_id)
        .first()
    )
    if made is None:
        raise Http404("No such annual report")
    return made


def _released_review_ids(partnership: Partnership) -> set[int]:
    from casewindow.learning.models import LearningRelease

    return set(
        LearningRelease.objects.filter(review__partnership=partnership).values_list(
            "review_id", flat=True
        )
    )


def two_factor_required(user: object) -> bool:
    """Whether the user must sign in with a code as well as a password: a partnership they
    belong to, or one of whose reviews they are a member of, requires it."""
    if not getattr(user, "is_authenticated", False):
        return False
    return (
        Partnership.objects.filter(require_two_factor=True)
        .filter(models.Q(memberships__user=user) | models.Q(reviews__memberships__user=user))
        .exists()
    )
