"""The multi-agency narrative: the narrative page, writing sections and agencies' perspectives
(with a working copy autosaved while typing, a preview, and optimistic locking), linking
sections to the chronology, reordering, version history with differences and restore, removal
and restore. Each view loads (and so authorises) what it shows through the access module;
writes go through analysis.services.narrative."""

from functools import partial
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.analysis.forms.narrative import ChronologyFilterForm, PerspectiveForm, SectionForm
from casewindow.analysis.models import AgencyPerspective, NarrativeRevision, NarrativeSection
from casewindow.analysis.richtext import markdown_to_html
from casewindow.analysis.selectors import narrative as selectors
from casewindow.analysis.services import narrative as services
from casewindow.analysis.services.conflicts import conflict_form
from casewindow.analysis.services.editing import EditConflict
from casewindow.analysis.views.narrative_editor import Editor, version_from
from casewindow.evidence.models import ChronologyEntry, Event
from casewindow.reviews.models import Review
from casewindow.reviews.pages import confirm_removal, review_page

SECTION = "narrative"


_page = partial(review_page, review_section=SECTION)


def _section(
    request: HttpRequest, reference: str, section_id: UUID, permission: P, *, alive: bool = True
) -> tuple[Review, NarrativeSection]:
    review = access.review_for_user(request, reference, permission)
    queryset = NarrativeSection.objects.alive() if alive else NarrativeSection.objects.all()
    section = access.review_object_for_user(request, review, queryset, section_id, permission)
    return review, section


def _perspective(
    section: NarrativeSection, perspective_id: UUID, *, alive: bool = True
) -> AgencyPerspective:
    perspectives = AgencyPerspective.objects.alive() if alive else AgencyPerspective.objects.all()
    return access.object_of(
        section, perspectives.select_related("agency"), via="section", uuid=perspective_id
    )


def _narrative_url(review: Review, section: NarrativeSection | None = None) -> str:
    url = reverse("analysis:narrative", args=[review.reference])
    return f"{url}#section-{section.uuid}" if section else url


# --- the narrative ---------------------------------------------------------------------------


def narrative(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    return _page(
        request,
        "analysis/narrative.html",
        review,
        sections=selectors.narrative_sections(review=review),
        removed_count=selectors.removed_sections(review=review).count()
        + selectors.removed_perspectives(review=review).count(),
    )


# --- editing ------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def section_add(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    editor = Editor(request, review, "section:new")
    if response := editor.handle_working_copy(SectionForm):
        return response
    restored = False
    if request.method == "POST":
        form = SectionForm(request.POST)
        if editor.action != "preview" and form.is_valid():
            section = services.section_save(
                actor=request.user,
                review=review,
                section=None,
                values=form.values(),
                expected_version=None,
            )
            editor.saved()
            messages.success(request, f"Section “{section.title}” added.")
            return redirect(_narrative_url(review, section))
    else:
        initial, restored = editor.initial(SectionForm, {})
        form = SectionForm(initial=initial)
    return _page(
        request,
        "analysis/narrative_section_form.html",
        review,
        section=None,
        cancel_url=_narrative_url(review),
        **editor.context(form, restored=restored),
    )


@require_http_methods(["GET", "POST"])
def section_edit(request: HttpRequest, reference: str, narrative_section_id: UUID) -> HttpResponse:
    review, section = _section(request, reference, narrative_section_id, P.ANALYSIS_EDIT)
    editor = Editor(request, review, f"section:{section.uuid}")
    if response := editor.handle_working_copy(SectionForm):
        return response
    conflict = None
    restored = False
    if request.method == "POST":
        form = SectionForm(request.POST)
        if editor.action != "preview" and form.is_valid():
            try:
                services.section_save(
                    actor=request.user,
                    review=review,
                    section=section,
                    values=form.values(),
                    # No version (a form tampered with) counts as out of date: no silent overwrite.
                    expected_version=form.cleaned_data["version"] or 0,
                )
            except EditConflict as error:
                form, conflict = conflict_form(SectionForm, request, error, submitted=form)
                section = error.current
            else:
                editor.saved()
                messages.success(request, f"Section “{form.cleaned_data['title']}” saved.")
                return redirect(_narrative_url(review, section))
    else:
        initial, restored = editor.initial(SectionForm, SectionForm.initial_for(section))
        form = SectionForm(initial=initial)
    return _page(
        request,
        "analysis/narrative_section_form.html",
        review,
        section=section,
        conflict=conflict,
        cancel_url=_narrative_url(review, section),
        **editor.context(form, restored=restored),
    )


@require_http_methods(["GET", "POST"])
def perspective_add(
    request: HttpRequest, reference: str, narrative_section_id: UUID
) -> HttpResponse:
    review, section = _section(request, reference, narrative_section_id, P.ANALYSIS_EDIT)
    editor = Editor(request, review, f"perspective:{section.uuid}:new")
    if response := editor.handle_working_copy(PerspectiveForm, section=section):
        return response
    restored = False
    if request.method == "POST":
        form = PerspectiveForm(request.POST, section=section)
        if editor.action != "preview" and form.is_valid():
            try:
                perspective = services.perspective_save(
                    actor=request.user,
                    section=section,
                    perspective=None,
                    agency=form.cleaned_data["agency"],
                    body=form.cleaned_data["body"],
                    expected_version=None,
                )
            except services.NarrativeError as error:
                form.add_error("agency", str(error))
            else:
                editor.saved()
                messages.success(request, f"The perspective of {perspective.agency.name} added.")
                return redirect(_narrative_url(review, section))
    else:
        initial, restored = editor.initial(PerspectiveForm, {}, section=section)
        form = PerspectiveForm(initial=initial, section=section)
    return _page(
        request,
        "analysis/narrative_perspective_form.html",
        review,
        section=section,
        perspective=None,
        cancel_url=_narrative_url(review, section),
        **editor.context(form, restored=restored),
    )


@require_http_methods(["GET", "POST"])
def perspective_edit(
    request: HttpRequest, reference: str, narrative_section_id: UUID, perspective_id: UUID
) -> HttpResponse:
    review, section = _section(request, reference, narrative_section_id, P.ANALYSIS_EDIT)
    perspective = _perspective(section, perspective_id)
    editor = Editor(request, review, f"perspective:{section.uuid}:{perspective.uuid}")
    kwargs: dict[str, Any] = {"section": section, "perspective": perspective}
    if response := editor.handle_working_copy(PerspectiveForm, **kwargs):
        return response
    conflict = None
    restored = False
    if request.method == "POST":
        form = PerspectiveForm(request.POST, **kwargs)
        if editor.action != "preview" and form.is_valid():
            try:
                services.perspective_save(
                    actor=request.user,
                    section=section,
                    perspective=perspective,
                    agency=None,
                    body=form.cleaned_data["body"],
                    # No version (a form tampered with) counts as out of date: no silent overwrite.
                    expected_version=form.cleaned_data["version"] or 0,
                )
            except EditConflict as error:
                perspective = error.current
                form, conflict = conflict_form(
                    PerspectiveForm,
                    request,
                    error,
                    submitted=form,
                    section=section,
                    perspective=perspective,
                )
            else:
                editor.saved()
                messages.success(request, f"The perspective of {perspective.agency.name} saved.")
                return redirect(_narrative_url(review, section))
    else:
        saved = PerspectiveForm.initial_for(perspective)
        initial, restored = editor.initial(PerspectiveForm, saved, **kwargs)
        form = PerspectiveForm(initial=initial, **kwargs)
    return _page(
        request,
        "analysis/narrative_perspective_form.html",
        review,
        section=section,
        perspective=perspective,
        conflict=conflict,
        cancel_url=_narrative_url(review, section),
        **editor.context(form, restored=restored),
    )


# --- chronology links ------------------------------------------------------------------------


def _chosen(review: Review, keys: list[str]) -> tuple[list[Event], list[ChronologyEntry]]:
    """The review's events and entries named by "event-<uuid>"/"entry-<uuid>" keys; anything
    else (malformed, another review's) is ignored."""
    wanted: dict[str, set[UUID]] = {"event": set(), "entry": set()}
    for key in keys[:2000]:
        kind, _, raw = str(key).partition("-")
        if kind in wanted:
            try:
                wanted[kind].add(UUID(raw))
            except ValueError:
                continue
    events = list(Event.objects.filter(review=review, uuid__in=wanted["event"]))
    entries = list(
        ChronologyEntry.objects.present().filter(review=review, uuid__in=wanted["entry"])
    )
    return events, entries


@require_http_methods(["GET", "POST"])
def section_events(
    request: HttpRequest, reference: str, narrative_section_id: UUID
) -> HttpResponse:
    review, section = _section(request, reference, narrative_section_id, P.ANALYSIS_EDIT)
    if request.method == "POST":
        shown_events, shown_entries = _chosen(review, request.POST.getlist("shown"))
        chosen_events, chosen_entries = _chosen(review, request.POST.getlist("link"))
        added, removed = services.section_link_chronology(
            actor=request.user,
            section=section,
            shown_events=shown_events,
            chosen_events=chosen_events,
            shown_entries=shown_entries,
            chosen_entries=chosen_entries,
        )
        messages.success(
            request,
            f"Chronology links saved: {added} added, {removed} removed."
            if added or removed
            else "No chronology links changed.",
        )
        return redirect(_narrative_url(review, section))
    if request.GET:
        filter_form = ChronologyFilterForm(request.GET, review=review)
    else:
        filter_form = ChronologyFilterForm(
            {
                f"{name}_{part}": str(getattr(day, part))
                for name, day in (
                    ("date_from", section.period_start),
                    ("date_to", section.period_end),
                )
                if day
                for part in ("day", "month", "year")
            },
            review=review,
        )
    choices = selectors.chronology_choices(review=review, section=section, **filter_form.filters())
    return _page(
        request,
        "analysis/narrative_events.html",
        review,
        section=section,
        filter_form=filter_form,
        choices=choices,
        period=services.period_label(section.period_start, section.period_end, section.period_text),
    )


# --- order, removal, restore -----------------------------------------------------------------


def section_move(request: HttpRequest, reference: str, narrative_section_id: UUID) -> HttpResponse:
    review, section = _section(request, reference, narrative_section_id, P.ANALYSIS_EDIT)
    if request.method != "POST":  # after the access check: outsiders learn nothing
        return HttpResponseNotAllowed(["POST"])
    direction = request.POST.get("direction", "")
    if direction in ("up", "down"):
        services.section_move(actor=request.user, section=section, direction=direction)
    return redirect(_narrative_url(review, section))


@require_http_methods(["GET", "POST"])
def section_delete(
    request: HttpRequest, reference: str, narrative_section_id: UUID
) -> HttpResponse:
    review, section = _section(request, reference, narrative_section_id, P.ANALYSIS_EDIT)
    return confirm_removal(
        request,
        review,
        SECTION,
        remove=lambda: services.section_remove(actor=request.user, section=section),
        removed=f"Section “{section.title}” removed. The lead reviewer can restore it from the "
        "removed parts of the narrative.",
        done_url=_narrative_url(review),
        template="analysis/narrative_section_delete.html",
        context=lambda: {
            "section": section,
            "perspective_count": section.perspectives.alive().count(),
            "link_count": section.events.count() + section.entries.count(),
            "revision_count": section.revisions.count(),
        },
    )


@require_http_methods(["GET", "POST"])
def perspective_delete(
    request: HttpRequest, reference: str, narrative_section_id: UUID, perspective_id: UUID
) -> HttpResponse:
    review, section = _section(request, reference, narrative_section_id, P.ANALYSIS_EDIT)
    perspective = _perspective(section, perspective_id)
    return confirm_removal(
        request,
        review,
        SECTION,
        remove=lambda: services.perspective_remove(actor=request.user, perspective=perspective),
        removed=f"The perspective of {perspective.agency.name} removed. The lead reviewer can "
        "restore it.",
        done_url=_narrative_url(review, section),
        template="analysis/narrative_perspective_delete.html",
        context=lambda: {"section": section, "perspective": perspective},
    )


def narrative_removed(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_RESTORE)
    return _page(
        request,
        "analysis/narrative_removed.html",
        review,
        sections=selectors.removed_sections(review=review),
        perspectives=selectors.removed_perspectives(review=review),
    )


def section_restore(
    request: HttpRequest, reference: str, narrative_section_id: UUID
) -> HttpResponse:
    review, section = _section(
        request, reference, narrative_section_id, P.ANALYSIS_RESTORE, alive=False
    )
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if section.deleted_at is not None:
        services.section_restore(actor=request.user, section=section)
        messages.success(request, f"Section “{section.title}” restored.")
    return redirect(_narrative_url(review, section))


def perspective_restore(
    request: HttpRequest, reference: str, narrative_section_id: UUID, perspective_id: UUID
) -> HttpResponse:
    review, section = _section(request, reference, narrative_section_id, P.ANALYSIS_RESTORE)
    perspective = _perspective(section, perspective_id, alive=False)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if perspective.deleted_at is not None:
        try:
            services.perspective_restore(actor=request.user, perspective=perspective)
        except services.NarrativeError as error:
            messages.error(request, str(error))
            return redirect("analysis:narrative_removed", review.reference)
        messages.success(request, f"The perspective of {perspective.agency.name} restored.")
    return redirect(_narrative_url(review, section))


# --- history ---------------------------------------------------------------------------------


def section_history(
    request: HttpRequest, reference: str, narrative_section_id: UUID
) -> HttpResponse:
    review, section = _section(request, reference, narrative_section_id, P.ANALYSIS_VIEW)
    return _page(
        request,
        "analysis/narrative_history.html",
        review,
        section=section,
        revisions=selectors.revisions(section=section),
    )


def _revision(section: NarrativeSection, number: int) -> NarrativeRevision:
    return access.object_of(
        section, NarrativeRevision.objects.select_related("saved_by"), via="section", number=number
    )


def revision_detail(
    request: HttpRequest, reference: str, narrative_section_id: UUID, revision_number: int
) -> HttpResponse:
    review, section = _section(request, reference, narrative_section_id, P.ANALYSIS_VIEW)
    revision = _revision(section, revision_number)
    diff = selectors.version_diff(revision, selectors.section_as_version(section))
    return _page(
        request,
        "analysis/narrative_revision.html",
        review,
        section=section,
        revision=revision,
        period=services.period_label(
            revision.period_start, revision.period_end, revision.period_text
        ),
        body_html=markdown_to_html(revision.body),
        perspectives=[
            {"name": p["agency_name"], "html": markdown_to_html(p["body"])}
            for p in revision.perspectives
        ],
        diff=diff,
        same_as_current=not any(part.changed for part in diff),
    )


def revision_restore(
    request: HttpRequest, reference: str, narrative_section_id: UUID, revision_number: int
) -> HttpResponse:
    review, section = _section(request, reference, narrative_section_id, P.ANALYSIS_EDIT)
    revision = _revision(section, revision_number)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    here = reverse(
        "analysis:narrative_revision", args=[review.reference, section.uuid, revision.number]
    )
    version = version_from(request.POST)
    if version is None:
        messages.error(request, "Select “Restore this version” on this page to restore it.")
        return redirect(here)
    try:
        services.revision_restore(
            actor=request.user, section=section, revision=revision, expected_version=version
        )
    except EditConflict as error:
        messages.error(
            request,
            f"{error.current.updated_by or 'Someone'} changed this section at "
            f"{timezone.localtime(error.current.updated_at):%H:%M}, after you opened this "
            "page. Nothing was restored: check the differences again, then restore.",
        )
        return redirect(here)
    messages.success(request, f"Version {revision.number} restored as the current version.")
    return redirect(_narrative_url(review, section))
