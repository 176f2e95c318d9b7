"""Drafts of the report.

Team pages (report.view to read, report.edit to make, share and answer) show every draft and
every comment. Recipient pages (draft.comment) show a case-group participant or board reader only
the drafts shared with them, and only their own comments with the replies to them; any other
draft gives 404 (`access.shared_draft_for_user`)."""

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.concurrency import StaleEdit, refuse_if_changed, start_editing
from casewindow.drafts import selectors, services
from casewindow.drafts.differences import draft_differences
from casewindow.drafts.forms import (
    CommentFilterForm,
    CommentForm,
    CompareForm,
    DraftCreateForm,
    ReplyForm,
    RespondForm,
    ShareForm,
)
from casewindow.drafts.models import CommentStatus, Draft, DraftComment, DraftShare
from casewindow.forms import posted
from casewindow.reports import hooks as report_hooks
from casewindow.reports.forms import ExportRequestForm
from casewindow.reports.hooks import WordingCheck
from casewindow.reports.services import request_export
from casewindow.reviews.forms import ConfirmDeleteForm
from casewindow.reviews.pages import review_page as _page

TEAM = "drafts"
RECIPIENT = "shared_drafts"


def _recipient_link(request: HttpRequest, draft: Draft) -> str:
    return request.build_absolute_uri(
        reverse("drafts:shared_draft_detail", args=[draft.review.reference, draft.uuid])
    )


def _reading(draft: Draft, comments: list[DraftComment]) -> dict[str, Any]:
    """What the reading page needs: the report's sections, each with its comments."""
    report = draft.report
    grouped = selectors.comments_by_section(comments)
    sections = selectors.report_sections(report)
    keys = {view.section.key for view in sections}
    rows = [{"view": view, "comments": grouped.get(view.section.key, [])} for view in sections]
    # A comment whose section key the frozen content does not hold cannot happen through the
    # services, but it must never be hidden if it does.
    orphans = [c for key, group in grouped.items() if key not in keys for c in group]
    return {"report": report, "rows": rows, "orphans": orphans}


def _window(draft: Draft) -> dict[str, Any]:
    return {"window_open": draft.window_open(timezone.localdate())}


# Team pages ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftRow:
    """A draft in a list of drafts, with whether its comment window is open today and (for the
    team) the language check's open flags on it."""

    draft: Draft
    is_open: bool
    flag_count: int = 0


@dataclass(frozen=True)
class ShareRow:
    """A share of a draft, with whether its recipient has commented (then it stays)."""

    share: DraftShare
    has_commented: bool


def _open_flags(draft: Draft, check: WordingCheck | None = None) -> int:
    """The language check's open flags on the draft (for the team; recipients never see them).
    The check is the language app's, handed to reports at start-up (reports/hooks.py)."""
    check = check or report_hooks.wording_check.get()(draft.review)
    return check.open_flag_count(content=draft.report, context_prefix=f"draft:{draft.uuid}")


def draft_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REPORT_VIEW)
    found = list(selectors.drafts_for_team(review=review))
    today = timezone.localdate()
    check = report_hooks.wording_check.get()(review) if found else None
    drafts = [DraftRow(d, d.window_open(today), _open_flags(d, check)) for d in found]
    return _page(
        request, "drafts/draft_list.html", review, TEAM,
        drafts=drafts, statuses=CommentStatus,
    )  # fmt: skip


@require_http_methods(["GET", "POST"])
def draft_create(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REPORT_EDIT)
    form = DraftCreateForm(posted(request))
    if request.method == "POST" and form.is_valid():
        draft = services.draft_create(
            actor=access.signed_in_user(request), review=review, note=form.cleaned_data["note"]
        )
        messages.success(request, f"Draft {draft.number} made. Share it to ask for comments.")
        return redirect("drafts:draft_detail", review.reference, draft.uuid)
    next_number = (
        review.drafts.order_by("-number").values_list("number", flat=True).first() or 0
    ) + 1
    return _page(
        request, "drafts/draft_create.html", review, TEAM, form=form, next_number=next_number
    )


def draft_detail(request: HttpRequest, reference: str, draft_id: Any) -> HttpResponse:
    draft = access.shared_draft_for_user(request, reference, draft_id, P.REPORT_VIEW)
    review = draft.review
    agencies = review.agencies.order_by("name")
    filter_form = CommentFilterForm(request.GET or None, agencies=agencies)
    filters = filter_form.filters() if request.GET else {"status": "", "agency": None}
    comments = selectors.draft_comments(draft=draft, **filters)
    commented = set(draft.comments.values_list("author_id", flat=True))
    shares = [ShareRow(s, s.user_id in commented) for s in draft.shares.select_related("user")]
    return _page(
        request, "drafts/draft_detail.html", review, TEAM,
        draft=draft, shares=shares, filter_form=filter_form,
        filtered=bool(filters["status"] or filters["agency"]),
        comment_total=draft.comments.count(), shown=len(comments),
        can_edit=P.REPORT_EDIT in access.can(request, review),
        flag_count=_open_flags(draft),
        **_reading(draft, comments), **_window(draft),
    )  # fmt: skip


def draft_export(request: HttpRequest, reference: str, draft_id: Any) -> HttpResponse:
    """Download a draft as Word, PDF or a web page (POST only): the draft's frozen content is
    rendered in the background like any export, and downloaded from the report downloads page
    (report.view). Not for recipients: they have no report.view."""

    draft = access.shared_draft_for_user(request, reference, draft_id, P.REPORT_EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ExportRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose Word, PDF or web page to download this draft.")
        return redirect("drafts:draft_detail", draft.review.reference, draft.uuid)
    export = request_export(
        review=draft.review,
        user=access.signed_in_user(request),
        content=draft.report,
        fmt=form.cleaned_data["format"],
        label=f"Draft {draft.number}",
    )
    messages.success(
        request,
        f"Draft {draft.number} is being made into a {export.get_format_display()}. "
        "This page shows when it is ready.",
    )
    return redirect(reverse("reports:export_list", args=[draft.review.reference]) + "#files")


@require_http_methods(["GET", "POST"])
def draft_share(request: HttpRequest, reference: str, draft_id: Any) -> HttpResponse:
    draft = access.shared_draft_for_user(request, reference, draft_id, P.REPORT_EDIT)
    review = draft.review
    recipients = services.recipients_possible(review)
    already = set(draft.shares.values_list("user_id", flat=True))
    initial = {"closes_on": draft.comments_close_on} if draft.comments_close_on else None
    form = ShareForm(posted(request), recipients=recipients, initial=initial)
    start_editing(form, draft, ["comments_close_on"])
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                refuse_if_changed(draft, ["comments_close_on"], form.cleaned_data["opened_as"])
                added = services.draft_share(
                    actor=access.signed_in_user(request),
                    draft=draft,
                    users=form.chosen(),
                    closes_on=form.cleaned_data["closes_on"],
                    link=_recipient_link(request, draft),
                )
        except StaleEdit as stale:
            stale.keep_editing(form)
        except services.DraftError as error:
            form.add_error(None, str(error))
        else:
            if added:
                names = ", ".join(share.user.full_name for share in added)
                messages.success(
                    request, f"Draft {draft.number} shared with {names}, who have been e-mailed"
                )
            else:
                messages.success(
                    request, "Everyone chosen already had the draft; the last day was saved"
                )
            return redirect("drafts:draft_detail", review.reference, draft.uuid)
    return _page(
        request, "drafts/draft_share.html", review, TEAM, form=form, draft=draft,
        already=[m for m in recipients if m.user_id in already],
        has_recipients=bool(form.recipients),
    )  # fmt: skip


@require_http_methods(["GET", "POST"])
def draft_unshare(
    request: HttpRequest, reference: str, draft_id: Any, share_id: Any
) -> HttpResponse:
    draft = access.shared_draft_for_user(request, reference, draft_id, P.REPORT_EDIT)
    share = access.object_of(
        draft, DraftShare.objects.select_related("user"), via="draft", uuid=share_id
    )
    back = reverse("drafts:draft_detail", args=[draft.review.reference, draft.uuid])
    form = ConfirmDeleteForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.draft_unshare(actor=access.signed_in_user(request), share=share)
        except services.DraftError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, f"Draft {draft.number} is no longer shared with {share.user.full_name}"
            )
        return redirect(back + "#recipients")
    return _page(
        request, "reviews/confirm_delete.html", draft.review, TEAM, form=form,
        thing=f"{share.user.full_name} from the recipients of draft {draft.number}",
        detail="They will no longer be able to read this draft.", cancel_url=back,
    )  # fmt: skip


@require_http_methods(["GET", "POST"])
def comment_respond(
    request: HttpRequest, reference: str, draft_id: Any, comment_id: Any
) -> HttpResponse:
    draft = access.shared_draft_for_user(request, reference, draft_id, P.REPORT_EDIT)
    comment = access.draft_comment_for_user(request, draft, comment_id)
    form = RespondForm(
        posted(request),
        comment=comment,
        initial={"status": comment.status, "reason": comment.reason},
    )
    start_editing(form, comment, ["status", "reason"])
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                refuse_if_changed(comment, ["status", "reason"], form.cleaned_data["opened_as"])
                if form.cleaned_data["reply"].strip():
                    services.draft_comment_reply(
                        actor=access.signed_in_user(request),
                        comment=comment,
                        text=form.cleaned_data["reply"],
                    )
                services.draft_comment_settle(
                    actor=access.signed_in_user(request),
                    comment=comment,
                    status=form.cleaned_data["status"],
                    reason=form.cleaned_data["reason"],
                )
        except StaleEdit as stale:
            stale.keep_editing(form)
        except services.DraftError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Response saved. The person who commented can see it.")
            return redirect(
                reverse("drafts:draft_detail", args=[draft.review.reference, draft.uuid])
                + f"#comment-{comment.uuid}"
            )
    return _page(
        request, "drafts/comment_respond.html", draft.review, TEAM, form=form, draft=draft,
        comment=selectors.draft_comments(draft=draft, only=comment)[0],
    )  # fmt: skip


def draft_compare(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REPORT_VIEW)
    drafts = list(review.drafts.order_by("number"))
    differences = None
    chosen: dict[str, Draft] = {}
    if request.GET and drafts:
        form = CompareForm(request.GET, drafts=drafts)
        if form.is_valid():
            by_number = {d.number: d for d in drafts}
            chosen = {
                "a": by_number[form.cleaned_data["a"]],
                "b": by_number[form.cleaned_data["b"]],
            }
            differences = draft_differences(chosen["a"].report, chosen["b"].report)
    else:
        initial = {}
        if len(drafts) >= 2:
            initial = {"a": str(drafts[-2].number), "b": str(drafts[-1].number)}
        form = CompareForm(initial=initial, drafts=drafts)
    counts = {}
    changes, unchanged = [], []
    if differences is not None:
        for change in ("added", "removed", "changed"):
            counts[change] = sum(1 for d in differences if d.change == change)
        # The changes first, in report order; the sections that stayed the same listed
        # compactly after them, so that the changes are not lost among them.
        changes = [d for d in differences if d.change != "same"]
        unchanged = [d for d in differences if d.change == "same"]
    return _page(
        request, "drafts/draft_compare.html", review, TEAM,
        form=form, drafts=drafts, differences=differences, chosen=chosen, counts=counts,
        changes=changes, unchanged=unchanged,
    )  # fmt: skip


# Recipient pages -------------------------------------------------------------------------


def shared_draft_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.DRAFT_COMMENT)
    found = selectors.drafts_shared_with(review=review, user=access.signed_in_user(request))
    today = timezone.localdate()
    # Recipients never see the language check's flags, so none are counted here.
    drafts = [DraftRow(d, d.window_open(today)) for d in found]
    return _page(request, "drafts/shared_draft_list.html", review, RECIPIENT, drafts=drafts)


def shared_draft_detail(request: HttpRequest, reference: str, draft_id: Any) -> HttpResponse:
    draft = access.shared_draft_for_user(request, reference, draft_id)
    comments = selectors.draft_comments(
        draft=draft, author=access.draft_comments_author(request, draft.review)
    )
    return _page(
        request, "drafts/shared_draft_detail.html", draft.review, RECIPIENT,
        draft=draft, **_reading(draft, comments), **_window(draft),
    )  # fmt: skip


@require_http_methods(["GET", "POST"])
def shared_draft_comment(request: HttpRequest, reference: str, draft_id: Any) -> HttpResponse:
    draft = access.shared_draft_for_user(request, reference, draft_id)
    report = draft.report
    chosen = request.GET.get("section", "")
    section = report.section(chosen) if chosen else None
    form = CommentForm(
        posted(request), report=report, initial={"section": section.key} if section else None
    )
    window_open = draft.window_open(timezone.localdate())
    if request.method == "POST" and window_open and form.is_valid():
        try:
            comment = services.draft_comment_add(
                actor=access.signed_in_user(request),
                draft=draft,
                section_key=form.cleaned_data["section"],
                text=form.cleaned_data["text"],
            )
        except services.DraftError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Comment added. The review team will see it.")
            return redirect(
                reverse("drafts:shared_draft_detail", args=[draft.review.reference, draft.uuid])
                + f"#comment-{comment.uuid}"
            )
    return _page(
        request, "drafts/shared_draft_comment.html", draft.review, RECIPIENT,
        form=form, draft=draft, chosen_section=section, window_open=window_open,
    )  # fmt: skip


@require_http_methods(["GET", "POST"])
def shared_comment_reply(
    request: HttpRequest, reference: str, draft_id: Any, comment_id: Any
) -> HttpResponse:
    draft = access.shared_draft_for_user(request, reference, draft_id)
    # A recipient sees only their own comments: anyone else's is not there for them.
    comment = access.draft_comment_for_user(request, draft, comment_id)
    form = ReplyForm(posted(request))
    window_open = draft.window_open(timezone.localdate())
    if request.method == "POST" and window_open and form.is_valid():
        try:
            services.draft_comment_reply(
                actor=access.signed_in_user(request),
                comment=comment,
                text=form.cleaned_data["text"],
            )
        except services.DraftError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Reply added. The review team will see it.")
            return redirect(
                reverse("drafts:shared_draft_detail", args=[draft.review.reference, draft.uuid])
                + f"#comment-{comment.uuid}"
            )
    return _page(
        request, "drafts/shared_comment_reply.html", draft.review, RECIPIENT,
        form=form, draft=draft, window_open=window_open,
        comment=selectors.draft_comments(draft=draft, only=comment)[0],
    )  # fmt: skip
