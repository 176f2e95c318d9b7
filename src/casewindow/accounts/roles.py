"""What each role in a review may do: the permissions and the table of roles to permissions.
Plain data with no request and no database, so services can ask "does this role carry this
permission?" without importing the request-level gate; casewindow.accounts.access applies it to
requests (and re-exports these names). docs/access.md is the written contract."""

from enum import StrEnum

from casewindow.accounts.models import ReviewRole


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
    EVIDENCE_RESTORE = "evidence.restore"
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
        | {
            P.REVIEW_MANAGE,
            P.MEMBER_MANAGE,
            P.AUDIT_VIEW,
            P.EVIDENCE_RESTORE,
            P.ANALYSIS_RESTORE,
        }
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


# The review team: who runs the review's evidence and analysis (and so may conduct
# conversations with practitioners).
REVIEW_TEAM_ROLES: tuple[ReviewRole, ...] = (ReviewRole.LEAD_REVIEWER, ReviewRole.REVIEWER)


# A closed review is read-only. These permissions change its content, so a closed review
# refuses them whatever the method (their forms do not open either). Reading, exporting, the
# stage page (to reopen it, with a reason) and who is in the review stay as they were.
CHANGES_CONTENT: frozenset[Permission] = frozenset(
    {
        Permission.REVIEW_EDIT,
        Permission.AGENCY_EDIT,
        Permission.PERSON_EDIT,
        Permission.EVIDENCE_EDIT,
        Permission.EVIDENCE_RESTORE,
        Permission.ANALYSIS_EDIT,
        Permission.ANALYSIS_RESTORE,
        Permission.ACTIONS_UPDATE,
        Permission.REPORT_EDIT,
    }
)
# Still allowed to change things in a closed review: its stage (reopening) and its members.
# Exports and publication scans (report.view) make a copy of what is there and change nothing.
CLOSED_REVIEW_ALLOWS: frozenset[Permission] = frozenset(
    {Permission.REVIEW_MANAGE, Permission.MEMBER_MANAGE, Permission.REPORT_VIEW}
)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def closed_review_refuses(permission: Permission, method: str | None) -> bool:
    """Whether a closed review refuses a request made under `permission` with `method`: any
    request for a permission that changes content, and any other request that is not a read
    (commenting on a shared draft, agreeing conversation notes, marking a meeting action done)
    unless it is one of the few things a closed review still allows."""
    if permission in CHANGES_CONTENT:
        return True
    return (method or "GET").upper() not in SAFE_METHODS and permission not in CLOSED_REVIEW_ALLOWS


def role_can(role: str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


def may_reply_to_comment(*, role: str | None, is_author: bool) -> bool:
    """Who may reply to a comment on a draft: its own author, and the review team (report.edit).
    `role` is the replier's role in the review (None if they are not a member)."""
    return is_author or (role is not None and role_can(role, Permission.REPORT_EDIT))
