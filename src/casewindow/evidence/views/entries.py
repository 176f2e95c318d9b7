"""Correcting the chronology by hand: an entry's page (the correction beside the imported
original), correct, add, out of scope, remove and restore; and withdrawing or restoring a whole
import. Each view loads (and so authorises) what it changes through the access module; the work
is done by evidence.services.chronology_entries and chronology_withdrawal."""

from functools import partial
from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.evidence.forms.entries import EntryForm, VersionForm
from casewindow.evidence.importing.dates import date_standard
from casewindow.evidence.models import ChronologyEntry, ChronologyImport
from casewindow.evidence.services import chronology_entries as services
from casewindow.evidence.services import chronology_withdrawal as withdrawal
from casewindow.forms import posted
from casewindow.reviews.models import Review
from casewindow.reviews.pages import review_page

_page = partial(review_page, review_section="chronology")
_ENTRIES = ChronologyEntry.objects.select_related(
    "agency", "chronology_import", "event", "updated_by", "removed_by"
)
FIELD_LABELS = {
    "date_text": "Date",
    "date_precision": "How exact",
    "date_start": "Earliest day",
    "date_end": "Latest day",
    "time": "Time",
    "description": "What happened",
    "action": "Action or outcome",
    "source": "Source or author",
    "people_text": "People named",
}


def _entry(request: HttpRequest, review: Review, entry_id: UUID, permission: P) -> ChronologyEntry:
    return access.review_object_for_user(request, review, _ENTRIES, entry_id, permission)


def _entry_url(review: Review, entry: ChronologyEntry) -> str:
    return reverse("evidence:entry_detail", args=[review.reference, entry.uuid])


def _version(request: HttpRequest) -> int | None:
    form = VersionForm(request.POST)
    return form.cleaned_data.get("version") if form.is_valid() else None


def _comparison(entry: ChronologyEntry) -> list[tuple[str, str, str]]:
    """(label, as imported, as it is now) for each field the correction changed."""
    if not entry.imported_values:
        return []
    now = services._snapshot(entry)
    return [
        (FIELD_LABELS.get(name, name), str(before or "—"), str(now.get(name) or "—"))
        for name, before in entry.imported_values.items()
        if before != now.get(name)
    ]


def entry_detail(request: HttpRequest, reference: str, entry_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_VIEW)
    entry = _entry(request, review, entry_id, P.EVIDENCE_VIEW)
    withdrawn = entry.chronology_import is not None and entry.chronology_import.withdrawn_at
    return _page(
        request,
        "evidence/entry_detail.html",
        review,
        entry=entry,
        withdrawn=withdrawn,
        standard=date_standard(entry.date_start, entry.date_end, entry.date_precision),
        comparison=_comparison(entry),
        original_row=list((entry.original_row or {}).items()),
    )


@require_http_methods(["GET", "POST"])
def entry_correct(request: HttpRequest, reference: str, entry_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    entry = _entry(request, review, entry_id, P.EVIDENCE_EDIT)
    form = EntryForm(posted(request), review=review, entry=entry)
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            services.entry_correct(
                actor=request.user,
                entry=entry,
                expected_version=form.cleaned_data.get("version"),
                values=form.values(),
            )
        except services.EntryConflict as error:
            conflict = error.current
            form.add_error(None, str(error))
        except services.EntryError as error:
            form.add_error("date_text" if "Enter a date" in str(error) else None, str(error))
        else:
            messages.success(request, "Entry corrected")
            return redirect(_entry_url(review, entry))
    return _page(
        request,
        "evidence/entry_form.html",
        review,
        form=form,
        entry=entry,
        conflict=conflict,
        cancel_url=_entry_url(review, entry),
    )


@require_http_methods(["GET", "POST"])
def entry_add(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    form = EntryForm(posted(request), review=review)
    if request.method == "POST" and form.is_valid():
        try:
            entry = services.entry_add(
                actor=request.user,
                review=review,
                agency=form.cleaned_data["agency"],
                values=form.values(),
            )
        except services.EntryError as error:
            form.add_error("date_text" if "Enter a date" in str(error) else None, str(error))
        else:
            messages.success(request, "Entry added to the chronology")
            return redirect(_entry_url(review, entry))
    return _page(
        request,
        "evidence/entry_form.html",
        review,
        form=form,
        entry=None,
        conflict=None,
        cancel_url=reverse("evidence:chronology", args=[review.reference]),
    )


# The POST-only views are not @require_POST: a review or object that does not exist is 404
# whatever the method, so they load it first.


def entry_scope(request: HttpRequest, reference: str, entry_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    entry = _entry(request, review, entry_id, P.EVIDENCE_EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    out_of_scope = request.POST.get("out_of_scope") == "yes"
    try:
        services.entry_scope_set(
            actor=request.user,
            entry=entry,
            expected_version=_version(request),
            out_of_scope=out_of_scope,
        )
    except (services.EntryConflict, services.EntryError) as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            "Entry marked out of scope: it stays in the list, greyed, and is left out of the "
            "timeline and the report's counts"
            if out_of_scope
            else "Entry back in scope",
        )
    return redirect(_entry_url(review, entry))


@require_http_methods(["GET", "POST"])
def entry_remove(request: HttpRequest, reference: str, entry_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    entry = _entry(request, review, entry_id, P.EVIDENCE_EDIT)
    error = ""
    if request.method == "POST":
        try:
            services.entry_remove(
                actor=request.user, entry=entry, expected_version=_version(request)
            )
        except services.EntryConflict as conflict:
            error = str(conflict)
            entry = conflict.current
        else:
            messages.success(
                request,
                "Entry removed from the chronology. The lead reviewer can restore it.",
            )
            return redirect("evidence:chronology", review.reference)
    return _page(request, "evidence/entry_remove.html", review, entry=entry, error=error)


def entry_removed_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_RESTORE)
    entries = _ENTRIES.filter(review=review, removed_at__isnull=False).order_by("-removed_at")
    return _page(request, "evidence/entry_removed_list.html", review, entries=entries)


def entry_restore(request: HttpRequest, reference: str, entry_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_RESTORE)
    entry = _entry(request, review, entry_id, P.EVIDENCE_RESTORE)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.entry_restore(actor=request.user, entry=entry)
    messages.success(request, "Entry restored to the chronology")
    return redirect(_entry_url(review, entry))


# --- a whole import -------------------------------------------------------------------------


def _import(
    request: HttpRequest, review: Review, import_id: UUID, permission: P
) -> ChronologyImport:
    return access.review_object_for_user(
        request,
        review,
        ChronologyImport.objects.select_related("agency", "withdrawn_by"),
        import_id,
        permission,
    )


@require_http_methods(["GET", "POST"])
def import_withdraw(request: HttpRequest, reference: str, import_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_EDIT)
    chronology_import = _import(request, review, import_id, P.EVIDENCE_EDIT)
    detail = reverse(
        "evidence:chronology_import_detail", args=[review.reference, chronology_import.uuid]
    )
    if chronology_import.withdrawn_at is not None:
        messages.info(request, "This import has already been withdrawn")
        return redirect(detail)
    if request.method == "POST":
        try:
            reach = withdrawal.chronology_import_withdraw(
                actor=access.signed_in_user(request), chronology_import=chronology_import
            )
        except withdrawal.WithdrawalError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                f"Import withdrawn: {reach.entries:,} entries left the chronology. "
                "The lead reviewer can restore it.",
            )
        return redirect(detail)
    return _page(
        request,
        "evidence/chronology_import_withdraw.html",
        review,
        chronology_import=chronology_import,
        reach=withdrawal.withdrawal_reach(chronology_import=chronology_import),
        cancel_url=detail,
    )


def import_restore(request: HttpRequest, reference: str, import_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.EVIDENCE_RESTORE)
    chronology_import = _import(request, review, import_id, P.EVIDENCE_RESTORE)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        count = withdrawal.chronology_import_restore(
            actor=access.signed_in_user(request), chronology_import=chronology_import
        )
    except withdrawal.WithdrawalError as error:
        messages.info(request, str(error))
    else:
        messages.success(request, f"Import restored: {count:,} entries back in the chronology")
    return redirect("evidence:chronology_import_detail", review.reference, chronology_import.uuid)
