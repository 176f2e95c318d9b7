"""Partnership-level pages: the partnership home (reviews, dates and actions across them), its
CSV of actions, closure days for the statutory clock and the logo on its reports."""

import csv
from typing import Any
from urllib.parse import urlencode
from uuid import UUID

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.models import Partnership
from casewindow.analysis.models import ActionStatus
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.forms import posted
from casewindow.process.clock import bank_holidays_known_until
from casewindow.process.forms import ClosureDayForm, LogoForm
from casewindow.process.models import ClosureDay
from casewindow.process.selectors import clock as clock_selectors
from casewindow.process.selectors import partnership_home as home_selectors
from casewindow.process.selectors import security as security_selectors
from casewindow.process.selectors.partnership_home import OVERDUE, ActionFilter
from casewindow.process.services import closures, logo

ACTIONS_PER_PAGE = 50


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
    if request.method != "POST":  # after the access check: outsiders learn nothing
        return HttpResponseNotAllowed(["POST"])
    closures.closure_day_remove(actor=request.user, closure=closure)
    messages.success(request, "Closure day removed")
    return redirect("process:closure_days", partnership.uuid)


# --- the partnership home ---------------------------------------------------------------------


def _action_filter(request: HttpRequest) -> ActionFilter:
    status = request.GET.get("status", "")
    if status not in {*ActionStatus.values, OVERDUE}:
        status = ""
    # PostgreSQL cannot compare text holding NUL: no agency's name has one.
    agency = request.GET.get("agency", "")[:200].replace("\x00", "")
    return ActionFilter(agency=agency, status=status)


def partnership_home(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.partnership_page_for_user(request, partnership_id)
    filters = _action_filter(request)
    home = home_selectors.partnership_home(
        partnership=partnership,
        reviews=access.partnership_reviews_for_user(request.user, partnership),
        today=clock_selectors.today(),
        filters=filters,
    )
    page = Paginator(home.actions, ACTIONS_PER_PAGE).get_page(request.GET.get("page"))
    query = urlencode(
        {k: v for k, v in (("agency", filters.agency), ("status", filters.status)) if v}
    )
    return partnership_page(
        request,
        "process/partnership_home.html",
        partnership,
        home=home,
        page=page,
        query=query,
        filters=filters,
        statuses=[*ActionStatus.choices, (OVERDUE, "Overdue")],
        is_manager=access.partnerships_managed_by(request.user).filter(pk=partnership.pk).exists(),
    )


def partnership_actions_csv(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    partnership = access.partnership_page_for_user(request, partnership_id)
    today = clock_selectors.today()
    actions = home_selectors.partnership_actions(
        access.partnership_reviews_for_user(request.user, partnership),
        today=today,
        filters=_action_filter(request),
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="actions-{today:%Y-%m-%d}.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow(
        ["Review", "Recommendation", "Agency", "Action", "Owner", "Due date", "Status", "Overdue"]
    )
    for action in actions.iterator(chunk_size=1000):
        late = action.status != ActionStatus.DONE and action.due_date < today
        writer.writerow(
            [
                _safe_cell(action.recommendation.review.reference),
                action.recommendation.number,
                _safe_cell(home_selectors.action_agency_name(action)),
                _safe_cell(action.text),
                _safe_cell(action.owner),
                action.due_date.isoformat(),
                action.get_status_display(),
                "yes" if late else "no",
            ]
        )
    audit_record(
        actor=request.user,
        action=AuditAction.DOWNLOAD,
        summary=f"Downloaded the actions of {partnership.name}'s reviews as CSV",
        obj=partnership,
    )
    return response


def _safe_cell(text: str) -> str:
    """Stop a spreadsheet from treating a cell as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@require_http_methods(["GET", "POST"])
def partnership_logo(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    """The logo on the title page of the partnership's reports (business managers)."""
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    form = LogoForm(posted(request), request.FILES if request.method == "POST" else None)
    if request.method == "POST" and request.POST.get("remove"):
        logo.partnership_logo_remove(actor=request.user, partnership=partnership)
        messages.success(request, "Logo removed")
        return redirect("process:partnership_logo", partnership.uuid)
    if request.method == "POST" and form.is_valid():
        try:
            logo.partnership_logo_set(
                actor=request.user, partnership=partnership, data=form.cleaned_data["logo"].read()
            )
        except logo.LogoRefused as refused:
            form.add_error("logo", str(refused))
        else:
            messages.success(request, "Logo saved: it is on the title page of every report")
            return redirect("process:partnership_logo", partnership.uuid)
    return partnership_page(
        request,
        "process/partnership_logo.html",
        partnership,
        form=form,
        logo_uri=partnership.logo_data_uri(),
    )


def partnership_security(request: HttpRequest, partnership_id: UUID) -> HttpResponse:
    """The security events of the partnership's people (business managers): what went wrong
    at sign-in, refused requests, probes, password resets and two-factor changes."""
    partnership = access.partnership_for_user(request, partnership_id, manage=True)
    kind = request.GET.get("kind", "")
    kind = kind if kind in security_selectors.KINDS else ""
    events = security_selectors.security_events(partnership, kind=kind)
    page = Paginator(events, ACTIONS_PER_PAGE).get_page(request.GET.get("page"))
    audit_record(
        actor=request.user,
        action=AuditAction.VIEW,
        summary=f"Viewed the security events of {partnership.name}",
        obj=partnership,
    )
    return partnership_page(
        request,
        "process/partnership_security.html",
        partnership,
        page=page,
        kind=kind,
        kinds=[(key, label) for key, (label, _q) in security_selectors.KINDS.items()],
        days=security_selectors.DAYS,
        query=urlencode({"kind": kind}) if kind else "",
    )
