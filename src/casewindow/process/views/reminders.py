"""A user's own reminders: what was sent to them, and which kinds they want."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.process.models import Reminder, ReminderKind, ReminderOptOut
from casewindow.process.services.reminders import reminder_kinds_set


@require_http_methods(["GET", "POST"])
def reminder_settings(request: HttpRequest) -> HttpResponse:
    user = access.signed_in_user(request)
    if request.method == "POST":
        wanted = set(request.POST.getlist("kinds"))
        reminder_kinds_set(
            user=user, turned_off={k for k in ReminderKind.values if k not in wanted}
        )
        messages.success(request, "Your reminder choices are saved")
        return redirect("process:reminder_settings")
    off = set(ReminderOptOut.objects.filter(user=user).values_list("kind", flat=True))
    return render(
        request,
        "process/reminder_settings.html",
        {
            "kinds": [(value, label, value not in off) for value, label in ReminderKind.choices],
            "reminders": Reminder.objects.filter(recipient=user).select_related("review")[:100],
            "nav_section": "reviews",
        },
    )
