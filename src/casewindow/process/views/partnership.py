"""Partnership-level pages: closure days for the statutory clock."""

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from casewindow.accounts import access
from casewindow.accounts.models import Partnership
from casewindow.forms import posted
from casewindow.process.clock import bank_holidays_known_until
from casewindow.process.forms import ClosureDayForm
from casewindow.process.models import ClosureDay
from casewindow.process.services import closures


def partnership_page(
    request: HttpRequest, template: str, partnership: Partnership, **context: Any
) -> HttpResponse:
    return render(
        request,
        template,
        {"partnership": partnership, "nav_section": "partnerships", **context},
    )


@require_http_methods(["GET", "POST"])
def closure_days(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    form = ClosureDayForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            closures.closure_day_add(
                actor=request.user, partnership=partnership, **form.cleaned_data
            )
        except closures.ClosureRefused as refused:
            form.add_error("date", str(refused))
        else:
            messages.success(request, "Closure day added")
            return redirect("process:closure_days", partnership.uuid)
    return partnership_page(
        request,
        "process/closure_days.html",
        partnership,
        form=form,
        closure_days=ClosureDay.objects.filter(partnership=partnership),
        known_until=bank_holidays_known_until(),
    )


@require_POST
def closure_day_remove(
    request: HttpRequest, partnership_id: UUID, closure_id: UUID
) -> HttpResponse:
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    closure = access.object_of(
        partnership,
        ClosureDay.objects.select_related("partnership"),
        via="partnership",
        uuid=closure_id,
    )
    closures.closure_day_remove(actor=request.user, closure=closure)
    messages.success(request, "Closure day removed")
    return redirect("process:closure_days", partnership.uuid)
