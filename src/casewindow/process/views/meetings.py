"""Meetings of a review: the review team arranges them; each member sees those they are
invited to. And the user's private calendar feed."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.accounts.models import Membership
from casewindow.forms import posted
from casewindow.process.forms import MeetingActionForm, MeetingForm
from casewindow.process.models import CalendarFeed
from casewindow.process.selectors.calendar import calendar_for_user
from casewindow.process.services import calendar as calendar_services
from casewindow.process.services import meetings as services
from casewindow.reviews.models import Review
from casewindow.reviews.pages import review_page


def _members(review: Review) -> QuerySet[Membership]:
    return review.memberships.select_related("user").order_by("user__full_name")


def meeting_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference)
    allowed = access.review_access(request, review)
    meetings = access.meetings_visible_to(allowed).prefetch_related("attendees__user")
    return review_page(
        request,
        "process/meeting_list.html",
        review,
        "meetings",
        meetings=meetings,
        sees_every_meeting=access.sees_every_meeting(allowed),
        now=timezone.now(),
    )


@require_http_methods(["GET", "POST"])
def meeting_add(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.REVIEW_EDIT)
    form = MeetingForm(posted(request), members=_members(review))
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.meeting_save(
                actor=access.signed_in_user(request),
                review=review,
                values=form.cleaned_data,
                attendees=list(form.cleaned_data["attendees"]),
            )
        except services.MeetingRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, f"{meeting} arranged")
            return redirect("process:meeting_detail", review.reference, meeting.uuid)
    return review_page(
        request, "process/meeting_form.html", review, "meetings", form=form, meeting=None
    )


def meeting_detail(request: HttpRequest, reference: str, meeting_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference)
    meeting = access.meeting_for_user(request, review, meeting_id)
    return review_page(
        request,
        "process/meeting_detail.html",
        review,
        "meetings",
        meeting=meeting,
        attendees=meeting.attendees.select_related("user"),
        actions=meeting.actions.select_related("assignee__user"),
    )


@require_http_methods(["GET", "POST"])
def meeting_edit(request: HttpRequest, reference: str, meeting_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference)
    meeting = access.meeting_for_user(request, review, meeting_id, P.REVIEW_EDIT)
    form = MeetingForm(
        posted(request), members=_members(review), initial=MeetingForm.initial_for(meeting)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_save(
                actor=access.signed_in_user(request),
                review=review,
                values=form.cleaned_data,
                attendees=list(form.cleaned_data["attendees"]),
                meeting=meeting,
            )
        except services.MeetingRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, "Meeting saved")
            return redirect("process:meeting_detail", review.reference, meeting.uuid)
    return review_page(
        request, "process/meeting_form.html", review, "meetings", form=form, meeting=meeting
    )


@require_http_methods(["GET", "POST"])
def meeting_action_add(request: HttpRequest, reference: str, meeting_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference)
    meeting = access.meeting_for_user(request, review, meeting_id, P.REVIEW_EDIT)
    form = MeetingActionForm(posted(request), members=_members(review))
    if request.method == "POST" and form.is_valid():
        services.meeting_action_add(
            actor=access.signed_in_user(request), meeting=meeting, **form.cleaned_data
        )
        messages.success(request, "Action added")
        return redirect("process:meeting_detail", review.reference, meeting.uuid)
    return review_page(
        request, "process/meeting_action_form.html", review, "meetings", form=form, meeting=meeting
    )


def meeting_action_done(
    request: HttpRequest, reference: str, meeting_id: UUID, meeting_action_id: UUID
) -> HttpResponse:
    """The member the action is assigned to, or the review team, marks it done (or not)."""
    review = access.review_for_user(request, reference)
    action = access.meeting_action_for_user(request, review, meeting_id, meeting_action_id)
    if request.method != "POST":  # after the access check: outsiders learn nothing
        return HttpResponseNotAllowed(["POST"])
    services.meeting_action_mark_done(
        actor=access.signed_in_user(request),
        action=action,
        done=request.POST.get("done", "1") == "1",
    )
    messages.success(request, "Action updated")
    return redirect("process:meeting_detail", review.reference, action.meeting.uuid)


# --- the calendar feed --------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def calendar_settings(request: HttpRequest) -> HttpResponse:
    user = access.signed_in_user(request)
    token = None
    if request.method == "POST":
        if request.POST.get("switch") == "off":
            calendar_services.calendar_feed_revoke(user=user)
            messages.success(
                request, "Your calendar feed is switched off: its address no longer works"
            )
            return redirect("process:calendar_settings")
        token = calendar_services.calendar_feed_make(user=user)
    feed_url = (
        request.build_absolute_uri(reverse("process:calendar_feed", args=[token]))
        if token
        else None
    )
    return render(
        request,
        "process/calendar_settings.html",
        {
            "feed_url": feed_url,
            "has_feed": CalendarFeed.objects.filter(user=user).exists(),
            "nav_section": "reviews",
        },
    )


@login_not_required
@require_GET
def calendar_feed(request: HttpRequest, feed_token: str) -> HttpResponse:
    """The feed itself: calendar programs fetch it without signing in, so the address's
    token is the key. An unknown or withdrawn token is 404."""
    feed = access.calendar_feed_for_token(feed_token)
    if feed is None:
        raise Http404("No such calendar")
    response = HttpResponse(
        calendar_for_user(feed.user), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="casewindow.ics"'
    return response
