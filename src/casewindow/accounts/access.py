"""The one place that answers "may this user do this?". The rules are written down as a table
in docs/access.md; the access matrix test checks every URL against that table.

Outsiders get 404 for anything in a review (never a hint that it exists); members whose role
does not allow an action get 403. Every loader here notes the read for the audit log."""

from enum import StrEnum
from typing import TypeVar
from uuid import UUID

from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest

from casewindow.accounts.models import (
    Membership,
    Partnership,
    PartnershipMembership,
    PartnershipRole,
    ReviewRole,
)
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_note_read, audit_record


class Permission(StrEnum):
    REVIEW_VIEW = "review.view"
    REVIEW_EDIT = "review.edit"
    REVIEW_MANAGE = "review.manage"
    AGENCY_VIEW = "agency.view"
    AGENCY_EDIT = "agency.edit"
    PERSON_VIEW = "person.view"
    PERSON_EDIT = "person.edit"
    MEMBER_VIEW = "member.view"
    MEMBER_MANAGE = "member.manage"
    AUDIT_VIEW = "audit.view"
    EVIDENCE_VIEW = "evidence.view"
    EVIDENCE_EDIT = "evidence.edit"
    CONVERSATION_RESPOND = "conversation.respond"
    ANALYSIS_VIEW = "analysis.view"
    ANALYSIS_EDIT = "analysis.edit"
    ANALYSIS_RESTORE = "analysis.restore"
    ACTIONS_VIEW = "actions.view"
    ACTIONS_UPDATE = "actions.update"
    REPORT_VIEW = "report.view"
    REPORT_EDIT = "report.edit"
    DRAFT_COMMENT = "draft.comment"


P = Permission
_TEAM_READ = {
    P.REVIEW_VIEW,
    P.AGENCY_VIEW,
    P.PERSON_VIEW,
    P.MEMBER_VIEW,
    P.EVIDENCE_VIEW,
    P.ANALYSIS_VIEW,
    P.ACTIONS_VIEW,
    P.REPORT_VIEW,
}
_TEAM_WRITE = {
    P.REVIEW_EDIT,
    P.AGENCY_EDIT,
    P.PERSON_EDIT,
    P.EVIDENCE_EDIT,
    P.ANALYSIS_EDIT,
    P.ACTIONS_UPDATE,
    P.REPORT_EDIT,
}

ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    ReviewRole.LEAD_REVIEWER: frozenset(
        _TEAM_READ
        | _TEAM_WRITE
        | {P.REVIEW_MANAGE, P.MEMBER_MANAGE, P.AUDIT_VIEW, P.ANALYSIS_RESTORE}
    ),
    ReviewRole.REVIEWER: frozenset(_TEAM_READ | _TEAM_WRITE),
    ReviewRole.PARTICIPANT: frozenset({P.REVIEW_VIEW, P.CONVERSATION_RESPOND, P.DRAFT_COMMENT}),
    ReviewRole.BOARD_READER: frozenset(
        {
            P.REVIEW_VIEW,
            P.AGENCY_VIEW,
            P.MEMBER_VIEW,
            P.ACTIONS_VIEW,
            P.ACTIONS_UPDATE,
            P.DRAFT_COMMENT,
        }
    ),
    ReviewRole.OBSERVER: frozenset(_TEAM_READ),
}


def role_can(role: str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


def review_membership(user: object, review: object) -> Membership | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Membership.objects.filter(user=user, review=review).first()


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


def _deny(request: HttpRequest, review: object, permission: Permission) -> None:
    audit_record(
        actor=request.user,
        action=AuditAction.ACCESS_DENIED,
        summary=f"Refused {permission} at {request.path}",
        review=review,
    )
    raise PermissionDenied(
        f"Your role in this review does not let you {PERMISSION_PHRASES[permission]}."
    )


def review_for_user(
    request: HttpRequest, reference: str, permission: Permission = P.REVIEW_VIEW
):  # -> Review (imported lazily to keep accounts free of a hard import cycle)
    """The review with this reference, if the user is a member whose role allows `permission`.
    404 for anyone who is not a member; 403 for a member whose role does not allow it."""
    from casewindow.reviews.models import Review, reference_validator

    # A reference no review could have is not looked up (PostgreSQL refuses some characters,
    # such as NUL, in a query).
    well_formed = reference_validator.regex.search(reference) is not None
    membership = (
        Membership.objects.select_related("review", "review__partnership")
        .filter(user=request.user, review__reference=reference.upper())
        .first()
        if request.user.is_authenticated and well_formed
        else None
    )
    if membership is None:
        raise Http404("No review found")
    review: Review = membership.review
    request.review_membership = membership  # type: ignore[attr-defined]
    if not role_can(membership.role, permission):
        _deny(request, review, permission)
    audit_note_read(request, review=review)
    return review


M = TypeVar("M", bound=models.Model)


def review_object_for_user(
    request: HttpRequest,
    review: object,
    queryset: models.QuerySet[M],
    object_uuid: UUID | str,
    permission: Permission,
) -> M:
    """One object of a review (agency, person, membership…), by UUID, scoped to that review.
    `review` must come from `review_for_user`, so membership is already established."""
    membership = getattr(request, "review_membership", None)
    if membership is None or membership.review_id != getattr(review, "pk", None):
        raise Http404("No such object")
    obj = queryset.filter(review=review, uuid=object_uuid).first()
    if obj is None:
        raise Http404("No such object")
    if not role_can(membership.role, permission):
        _deny(request, review, permission)
    audit_note_read(request, review=review, obj=obj)
    return obj


def shared_conversation_for_user(
    request: HttpRequest, review: object, conversation_uuid: UUID | str
):
    """A conversation whose notes have been shared with the signed-in practitioner. Anyone else —
    including other case-group participants — gets 404: they must not learn it exists."""
    from casewindow.evidence.models import Conversation

    membership = getattr(request, "review_membership", None)
    if membership is None or membership.review_id != getattr(review, "pk", None):
        raise Http404("No such conversation")
    if not role_can(membership.role, P.CONVERSATION_RESPOND):
        _deny(request, review, P.CONVERSATION_RESPOND)
    conversation = (
        Conversation.objects.filter(review=review, uuid=conversation_uuid, shared_with=membership)
        .select_related("practitioner")
        .first()
    )
    if conversation is None:
        raise Http404("No such conversation")
    audit_note_read(request, review=review, obj=conversation)
    return conversation


def shared_draft_for_user(
    request: HttpRequest,
    reference: str,
    draft_uuid: UUID | str,
    permission: Permission = P.DRAFT_COMMENT,
):
    """A draft of the report. With `report.view`/`report.edit` (the review team's pages) any
    draft of the review; with `draft.comment` (a recipient's pages) only a draft shared with the
    signed-in user: any other draft gives 404, so a recipient never learns it exists. As for
    any object, a draft that does not exist is 404 before the role is checked."""
    from casewindow.drafts.models import Draft

    review = review_for_user(request, reference, P.REVIEW_VIEW)
    draft = Draft.objects.filter(review=review, uuid=draft_uuid).select_related("review").first()
    if draft is None:
        raise Http404("No such draft")
    membership = request.review_membership  # type: ignore[attr-defined]
    if not role_can(membership.role, permission):
        _deny(request, review, permission)
    if permission == P.DRAFT_COMMENT and not draft.shares.filter(user=request.user).exists():
        raise Http404("No such draft")
    audit_note_read(request, review=review, obj=draft)
    return draft


def permissions_for(request: HttpRequest) -> frozenset[Permission]:
    """What the signed-in user may do in the review loaded for this request (for templates)."""
    membership = getattr(request, "review_membership", None)
    return ROLE_PERMISSIONS.get(membership.role, frozenset()) if membership else frozenset()


def partnership_for_user(
    request: HttpRequest, partnership_uuid: UUID | str, *, manage: bool = False
) -> Partnership:
    """A partnership the user belongs to; `manage=True` requires the business manager role."""
    membership = (
        PartnershipMembership.objects.select_related("partnership")
        .filter(user=request.user, partnership__uuid=partnership_uuid)
        .first()
        if request.user.is_authenticated
        else None
    )
    if membership is None:
        raise Http404("No partnership found")
    if manage and membership.role != PartnershipRole.MANAGER:
        raise PermissionDenied("Only the partnership's business managers can do this.")
    return membership.partnership


def partnerships_managed_by(user: object) -> models.QuerySet[Partnership]:
    return Partnership.objects.filter(
        memberships__user=user, memberships__role=PartnershipRole.MANAGER
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
