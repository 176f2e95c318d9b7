"""The integrated multi-agency chronology: the list, the timeline picture, suggested merges,
events, and the merge / not-the-same / un-merge steps. Each view loads (and so authorises) what
it shows through the access module; writes go through evidence.services.events."""

import datetime
from collections.abc import Callable
from functools import partial
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.concurrency import StaleEdit, refuse_if_changed, start_editing
from casewindow.evidence import event_grouping
from casewindow.evidence.chronology_export import chronology_csv, chronology_docx
from casewindow.evidence.forms.timeline import (
    ChronologyFilterForm,
    EntryPeopleForm,
    MergeDecisionForm,
    MergeGroupForm,
)
from casewindow.evidence.models import ChronologyEntry, Event
from casewindow.evidence.selectors.chronology import (
    chronology_export_lines,
    chronology_page,
    date_disagreements,
    event_entries,
    event_summary,
)
from casewindow.evidence.services import events as event_services
from casewindow.evidence.services.chronology_entries import chronology_download_record
from casewindow.evidence.services.people_links import people_suggest
from casewindow.evidence.timeline import timeline_build, timeline_svg
from casewindow.forms import posted
from casewindow.reviews.models import Review
from casewindow.reviews.pages import review_page

SUGGESTIONS_PER_PAGE = 20
_ENTRIES = ChronologyEntry.objects.select_related("agency", "event")


_page = partial(review_page, review_section="chronology")


def _filter_form(request: HttpRequest, review: Review) -> ChronologyFilterForm:
    params = request.GET.copy()
    params.pop("page", None)
    return ChronologyFilterForm(
        params or None,
        review=review,
        people_allowed=P.PERSON_VIEW in access.can(request, review),
    )


def _query(request: HttpRequest) -> str:
    """The filters as a query string, without the page number."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def _next_url(request: HttpRequest, default: str) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate.startswith("/") and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


def chronology(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    form = _filter_form(request, review)
    filters = form.filters()
    page, lines, entry_count = chronology_page(
        review=review, filters=filters, page_number=request.GET.get("page")
    )
    return _page(
        request,
        "evidence/chronology.html",
        review,
        form=form,
        filters=filters,
        page=page,
        lines=lines,
        entry_count=entry_count,
        query=_query(request),
    )


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _download(request: HttpRequest, reference: str, file_format: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    filters = _filter_form(request, review).filters()
    lines = chronology_export_lines(review=review, filters=filters)
    count = sum(len(line.entries) for line in lines)
    name = f"{review.reference} integrated chronology"
    if file_format == "csv":
        body, content_type = chronology_csv(lines), "text/csv; charset=utf-8"
    else:
        subtitle = f"{review.reference}: {count} entries" + (
            " matching the filters" if filters.active else ""
        )
        body = chronology_docx(lines, title="Integrated multi-agency chronology", subtitle=subtitle)
        content_type = DOCX_TYPE
    chronology_download_record(
        actor=access.signed_in_user(request),
        review=review,
        file_format=file_format.upper(),
        entries=count,
        filtered=filters.active,
    )
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def chronology_download_csv(request: HttpRequest, reference: str) -> HttpResponse:
    return _download(request, reference, "csv")


def chronology_download_docx(request: HttpRequest, reference: str) -> HttpResponse:
    return _download(request, reference, "docx")


def timeline(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    form = _filter_form(request, review)
    filters = form.filters()
    picture = timeline_build(review=review, filters=filters)
    return _page(
        request,
        "evidence/timeline.html",
        review,
        form=form,
        filters=filters,
        timeline=picture,
        svg=timeline_svg(picture) if picture else "",
        query=_query(request),
    )


def merge_suggestions(request: HttpRequest, reference: str) -> HttpResponse:
    """Groups of entries from two or more agencies that may record one event, best first, each
    with its score and reasons; the reviewer ticks the entries that belong and confirms them as
    one event, or says they are not the same."""
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    groups = event_grouping.suggest_groups(review=review)
    page = Paginator(groups, SUGGESTIONS_PER_PAGE).get_page(request.GET.get("page"))
    event_grouping.suggest_groups_attach(review=review, groups=list(page.object_list))
    return _page(
        request,
        "evidence/merge_suggestions.html",
        review,
        page=page,
        groups=[g for g in page.object_list if len(g.entries) >= 2],
        here=request.get_full_path(),
        query="",
        threshold=event_grouping.MIN_SCORE,
    )


def merge_group(request: HttpRequest, reference: str) -> HttpResponse:
    """Confirm the ticked entries of a suggested group as one event, or record that they are
    not the same. Each entry is loaded (and so authorised) through the access module."""
    # Not @require_POST: a review that does not exist is 404 whatever the method.
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    back = reverse("evidence:merge_suggestions", args=[review.reference])
    form = MergeGroupForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:  # an ErrorList gives its messages as text
                messages.error(request, str(error))
        return redirect(_next_url(request, back))
    entries = [
        access.review_object_for_user(request, review, _ENTRIES, entry_id, P.EVIDENCE_EDIT)
        for entry_id in form.cleaned_data["entries"]
    ]
    try:
        if form.cleaned_data["decision"] == "merge":
            event = event_services.entries_merge_group(
                actor=access.signed_in_user(request), review=review, entries=entries
            )
        else:
            pairs = event_services.entries_reject_group(
                actor=access.signed_in_user(request), review=review, entries=entries
            )
    except event_services.MergeError as error:
        messages.error(request, str(error))
        return redirect(_next_url(request, back))
    agencies = ", ".join(sorted({entry.agency.name for entry in entries}))
    if form.cleaned_data["decision"] == "merge":
        messages.success(request, f"Merged: {len(entries)} entries ({agencies}) are now one event")
        return redirect(
            _next_url(
                request, reverse("evidence:event_detail", args=[review.reference, event.uuid])
            )
        )
    messages.success(
        request,
        f"Noted: these entries ({agencies}) are not the same event. They will not be suggested "
        f"together again ({pairs} pair{'s' if pairs != 1 else ''} recorded).",
    )
    return redirect(_next_url(request, back))


def event_detail(request: HttpRequest, reference: str, event_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    event = access.review_object_for_user(
        request, review, Event.objects.all(), event_id, P.EVIDENCE_VIEW
    )
    entries = event_entries(event=event)
    return _page(
        request,
        "evidence/event_detail.html",
        review,
        event=event,
        title=event.title or event_summary(entries),
        entries=entries,
        agency_names=[entry.agency.name for entry in entries],
        agency_count=len({entry.agency_id for entry in entries}),
        rows=_side_by_side(entries),
        disagreements=date_disagreements(
            [
                {
                    "agency": e.agency.name,
                    "date_text": e.date_text,
                    "date_start": e.date_start,
                    "date_end": e.date_end,
                    "time": e.time,
                }
                for e in entries
            ]
        ),
        here=request.get_full_path(),
        decision_form=MergeDecisionForm(),
    )


def _side_by_side(entries: list[ChronologyEntry]) -> list[dict[str, Any]]:
    """The event's fields as rows, one cell per entry, each row marked when entries differ."""

    def day(value: datetime.date) -> str:
        return f"{value.day} {value:%B %Y}"

    def when(entry: ChronologyEntry) -> str:
        if entry.date_start is None:
            return "Not readable"
        if entry.date_end and entry.date_end != entry.date_start:
            return f"{day(entry.date_start)} to {day(entry.date_end)}"
        return day(entry.date_start)

    fields: list[tuple[str, str, Callable[[ChronologyEntry], str]]] = [
        ("Date as written", "date", lambda e: e.date_text),
        ("Read as", "read", when),
        ("Time", "time", lambda e: f"{e.time:%H:%M}" if e.time else ""),
        ("What happened", "text", lambda e: e.description),
        ("Action or outcome", "text", lambda e: e.action),
        ("Source or author", "text", lambda e: e.source),
        ("People named", "text", lambda e: e.people_text),
    ]
    rows = []
    for label, kind, value in fields:
        cells = [value(entry) for entry in entries]
        if not any(cells):
            continue
        present = {c for c in cells if c}
        # Different wording is expected; different dates and times are findings.
        differs = kind in ("read", "time") and len(present) > 1
        rows.append({"label": label, "cells": cells, "differs": differs})
    return rows


def _pair(
    request: HttpRequest, review: Review, entry_id: UUID, other_entry_id: UUID
) -> tuple[ChronologyEntry, ChronologyEntry]:
    first = access.review_object_for_user(request, review, _ENTRIES, entry_id, P.EVIDENCE_EDIT)
    second = access.review_object_for_user(
        request, review, _ENTRIES, other_entry_id, P.EVIDENCE_EDIT
    )
    if first.pk == second.pk:
        raise Http404("Choose two different entries")
    return first, second


@require_http_methods(["GET", "POST"])
def entry_merge(
    request: HttpRequest, reference: str, entry_id: UUID, other_entry_id: UUID
) -> HttpResponse:
    """Confirm (GET) and merge (POST) two entries into one event."""
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    first, second = _pair(request, review, entry_id, other_entry_id)
    form = MergeDecisionForm(posted(request), initial={"next": request.GET.get("next", "")})
    if request.method == "POST" and form.is_valid():
        try:
            event = event_services.entries_merge(
                actor=access.signed_in_user(request), review=review, first=first, second=second
            )
        except event_services.MergeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                f"Merged: {first.agency.name} and {second.agency.name} entries are now one event",
            )
            return redirect(
                _next_url(
                    request, reverse("evidence:event_detail", args=[review.reference, event.uuid])
                )
            )
    return _page(
        request,
        "evidence/merge_confirm.html",
        review,
        form=form,
        decision="merge",
        first=first,
        second=second,
        same_event=bool(first.event_id and first.event_id == second.event_id),
        cancel_url=_next_url(
            request, reverse("evidence:merge_suggestions", args=[review.reference])
        ),
    )


@require_http_methods(["GET", "POST"])
def entry_reject(
    request: HttpRequest, reference: str, entry_id: UUID, other_entry_id: UUID
) -> HttpResponse:
    """Confirm (GET) and record (POST) that two entries are not the same event."""
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    first, second = _pair(request, review, entry_id, other_entry_id)
    form = MergeDecisionForm(posted(request), initial={"next": request.GET.get("next", "")})
    if request.method == "POST" and form.is_valid():
        try:
            event_services.entries_reject_pair(
                actor=access.signed_in_user(request), review=review, first=first, second=second
            )
        except event_services.MergeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                "Noted: these entries are not the same event. They will not be suggested again.",
            )
            return redirect(
                _next_url(request, reverse("evidence:merge_suggestions", args=[review.reference]))
            )
    return _page(
        request,
        "evidence/merge_confirm.html",
        review,
        form=form,
        decision="reject",
        first=first,
        second=second,
        same_event=bool(first.event_id and first.event_id == second.event_id),
        cancel_url=_next_url(
            request, reverse("evidence:merge_suggestions", args=[review.reference])
        ),
    )


@require_http_methods(["GET", "POST"])
def entry_unmerge(request: HttpRequest, reference: str, entry_id: UUID) -> HttpResponse:
    """Confirm (GET) and take (POST) an entry out of its event."""
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    entry = access.review_object_for_user(request, review, _ENTRIES, entry_id, P.EVIDENCE_EDIT)
    event = entry.event
    chronology_url = reverse("evidence:chronology", args=[review.reference])
    form = MergeDecisionForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            remaining = event_services.entry_unmerge(
                actor=access.signed_in_user(request), review=review, entry=entry
            )
        except event_services.MergeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                f"The {entry.agency.name} entry ({entry.date_text}) is no longer part of the event",
            )
            if remaining is not None:
                return redirect("evidence:event_detail", review.reference, remaining.uuid)
            return redirect(chronology_url)
    return _page(
        request,
        "evidence/event_unmerge.html",
        review,
        form=form,
        entry=entry,
        event=event,
        cancel_url=(
            reverse("evidence:event_detail", args=[review.reference, event.uuid])
            if event
            else chronology_url
        ),
    )


@require_http_methods(["GET", "POST"])
def entry_people(request: HttpRequest, reference: str, entry_id: UUID) -> HttpResponse:
    """Which people of the register a chronology entry is about; people named in its text
    are suggested."""
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    entry = access.review_object_for_user(request, review, _ENTRIES, entry_id, P.EVIDENCE_EDIT)
    text = " ".join([entry.description, entry.action, entry.people_text])
    named = {match.person.pk for match in people_suggest(review=review, text=text)}
    form = EntryPeopleForm(
        posted(request),
        review=review,
        named=frozenset(named),
        initial={"people": entry.people.all()},
    )
    start_editing(form, entry, ["people"])
    back = _next_url(request, reverse("evidence:chronology", args=[review.reference]))
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                refuse_if_changed(entry, ["people"], form.cleaned_data["opened_as"])
                event_services.entry_people_set(
                    actor=access.signed_in_user(request),
                    review=review,
                    entry=entry,
                    people=form.cleaned_data["people"],
                )
        except StaleEdit as stale:
            stale.keep_editing(form)
        except event_services.MergeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                f"People linked to the {entry.agency.name} entry of {entry.date_text} saved",
            )
            return redirect(back)
    return _page(request, "evidence/entry_people.html", review, form=form, entry=entry, back=back)
