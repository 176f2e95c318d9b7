"""Rendering a page inside a review: every such page gets the review, the user's membership,
what their role allows (`can`), the review navigation filtered by it, and which part of the
review it belongs to."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from casewindow.accounts import access
from casewindow.accounts.access import Can, P, Permission
from casewindow.forms import posted
from casewindow.reviews.forms import ConfirmDeleteForm
from casewindow.reviews.models import Review


@dataclass(frozen=True)
class NavItem:
    """One link of the review navigation: shown when the role has `permission` (None: every
    member), marked current on pages whose review_section is `section`."""

    group: str
    label: str
    url_name: str
    permission: Permission | None
    section: str


# Group keys and their headings, in order.
NAV_GROUPS: dict[str, str] = {
    "setup": "Set-up",
    "evidence": "Evidence",
    "analysis": "Analysis",
    "report": "Report",
}

REVIEW_NAVIGATION: list[NavItem] = [
    NavItem("setup", "Overview", "reviews:review_home", None, "overview"),
    NavItem("setup", "Agencies", "reviews:agency_list", P.AGENCY_VIEW, "agencies"),
    NavItem("setup", "People register", "reviews:person_list", P.PERSON_VIEW, "people"),
    NavItem("setup", "Review team and case group", "reviews:member_list", P.MEMBER_VIEW, "members"),
    NavItem("setup", "Audit log", "audit:review_log", P.AUDIT_VIEW, "audit"),
    NavItem("setup", "QDA software (REFI-QDA)", "interchange:qdpx", P.REVIEW_MANAGE, "qdpx"),
    NavItem("evidence", "Chronology", "evidence:chronology", P.EVIDENCE_VIEW, "chronology"),
    NavItem("evidence", "Documents", "evidence:document_list", P.EVIDENCE_VIEW, "documents"),
    NavItem(
        "evidence",
        "Conversations",
        "evidence:conversation_list",
        P.EVIDENCE_VIEW,
        "conversations",
    ),
    NavItem("evidence", "Search", "evidence:search", P.EVIDENCE_VIEW, "search"),
    NavItem(
        "evidence",
        "My conversations",
        "evidence:my_conversation_list",
        P.CONVERSATION_RESPOND,
        "my_conversations",
    ),
    NavItem(
        "analysis", "Multi-agency narrative", "analysis:narrative", P.ANALYSIS_VIEW, "narrative"
    ),
    NavItem(
        "analysis", "Key practice episodes", "analysis:episode_list", P.ANALYSIS_VIEW, "episodes"
    ),
    NavItem("analysis", "Coded excerpts", "analysis:excerpt_list", P.ANALYSIS_VIEW, "excerpts"),
    NavItem("analysis", "Findings", "analysis:finding_list", P.ANALYSIS_VIEW, "findings"),
    NavItem("analysis", "Traceability", "analysis:traceability", P.ANALYSIS_VIEW, "traceability"),
    NavItem(
        "analysis",
        "Recommendations and actions",
        "analysis:recommendation_list",
        P.ACTIONS_VIEW,
        "recommendations",
    ),
    NavItem("analysis", "Language check", "language:review_check", P.REPORT_VIEW, "language"),
    NavItem("report", "Working report", "reports:report", P.REPORT_VIEW, "report"),
    NavItem("report", "Drafts", "drafts:draft_list", P.REPORT_VIEW, "drafts"),
    NavItem(
        "report",
        "Drafts shared with you",
        "drafts:shared_draft_list",
        P.DRAFT_COMMENT,
        "shared_drafts",
    ),
    NavItem(
        "report",
        "Publication check",
        "anonymisation:publication_check",
        P.REPORT_VIEW,
        "publication_check",
    ),
]


@dataclass(frozen=True)
class NavLink:
    label: str
    href: str
    current: bool


@dataclass(frozen=True)
class NavGroup:
    key: str
    heading: str
    links: list[NavLink]


def review_navigation(review: Review, can: Can, review_section: str) -> list[NavGroup]:
    """The review navigation for a role: the links it may open, grouped, empty groups left out.
    A role that may open only the overview gets none: one link to this page is no help."""
    groups = []
    for key, heading in NAV_GROUPS.items():
        links = [
            NavLink(
                item.label,
                reverse(item.url_name, args=[review.reference]),
                item.section == review_section,
            )
            for item in REVIEW_NAVIGATION
            if item.group == key and (item.permission is None or item.permission in can)
        ]
        if links:
            groups.append(NavGroup(key, heading, links))
    if sum(len(group.links) for group in groups) <= 1:
        return []
    return groups


def review_page(
    request: HttpRequest, template: str, review: Review, review_section: str, **context: Any
) -> HttpResponse:
    allowed = access.review_access(request, review)
    return render(
        request,
        template,
        {
            "review": review,
            "membership": allowed.membership,
            "can": allowed.can,
            "review_navigation": review_navigation(review, allowed.can, review_section),
            "review_section": review_section,
            "nav_section": "reviews",
            **context,
        },
    )


def confirm_removal(
    request: HttpRequest,
    review: Review,
    review_section: str,
    *,
    remove: Callable[[], object],
    removed: str,
    done_url: str,
    thing: str = "",
    cancel_url: str = "",
    detail: str = "",
    blocked: str = "",
    refusals: tuple[type[Exception], ...] = (),
    template: str = "reviews/confirm_delete.html",
    context: Callable[[], dict[str, Any]] | None = None,
) -> HttpResponse:
    """The "Are you sure you want to remove {thing}?" page (reviews/confirm_delete.html) and its
    POST: unless `blocked` says why it cannot be removed yet, `remove()` is called, then the
    `removed` message is shown at `done_url`. A refusal (one of `refusals`) is shown on the page
    as the form's error. The object has been loaded, and so authorised, by the caller.

    A removal whose page says more (what else is linked to the thing) names its own `template`,
    which includes govuk/components/confirm_removal.html, and `context`: called only when the
    page is shown, never before a removal."""
    form = ConfirmDeleteForm(posted(request))
    if request.method == "POST" and not blocked and form.is_valid():
        try:
            remove()
        except refusals as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, removed)
            return redirect(done_url)
    return review_page(
        request,
        template,
        review,
        review_section,
        form=form,
        thing=thing,
        blocked=blocked,
        detail=detail,
        cancel_url=cancel_url,
        **(context() if context is not None else {}),
    )
