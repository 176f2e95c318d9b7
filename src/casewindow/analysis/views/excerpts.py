"""Coding evidence as excerpts: the "code a passage" pages for each kind of text unit, the list
of coded excerpts, an excerpt shown in its context, changing its memo and codes, removing and
restoring. Every view loads through the access module; every write goes through
analysis.services.excerpts."""

from functools import partial
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.analysis.forms.excerpts import (
    ExcerptCodeForm,
    ExcerptEditForm,
    ExcerptFilterForm,
)
from casewindow.analysis.framework import factor_nodes
from casewindow.analysis.models import Excerpt, ExcerptSource
from casewindow.analysis.selectors.episodes import chronology_page_of_entry
from casewindow.analysis.selectors.excerpts import excerpt_source_label, excerpts_with_sources
from casewindow.analysis.services import excerpts as services
from casewindow.analysis.services.conflicts import conflict_form
from casewindow.analysis.services.editing import EditConflict
from casewindow.evidence.models import ChronologyEntry, Conversation, DocumentPage, SourceDocument
from casewindow.forms import posted
from casewindow.reviews.models import Review
from casewindow.reviews.pages import confirm_removal, review_page

SECTION = "excerpts"
_EXCERPTS = excerpts_with_sources()


_page = partial(review_page, review_section=SECTION)


def _codes(excerpt: Excerpt) -> list[Any]:
    nodes = factor_nodes(excerpt.framework_version)
    return [nodes[k] for k in excerpt.factor_keys if k in nodes]


def source_url(review: Review, excerpt: Excerpt) -> str:
    """Where the excerpt's source is shown in the evidence pages."""
    if excerpt.source == ExcerptSource.DOCUMENT and excerpt.document:
        screen = ((excerpt.page or 1) - 1) // 20 + 1  # evidence READER_PAGES_PER_SCREEN
        query = f"?screen={screen}" if screen > 1 else ""
        url = reverse("evidence:document_detail", args=[review.reference, excerpt.document.uuid])
        return f"{url}{query}#page-{excerpt.page}"
    if excerpt.source == ExcerptSource.CONVERSATION and excerpt.conversation:
        url = reverse(
            "evidence:conversation_detail", args=[review.reference, excerpt.conversation.uuid]
        )
        # The conversation page numbers its sections in order, the account at the time last.
        keys = services.conversation_section_keys(excerpt.conversation)
        if excerpt.section in keys:
            return f"{url}#place-{keys.index(excerpt.section) + 1}"
        return url
    if excerpt.entry:
        # The chronology is paginated: open the page that holds the entry, at its row.
        url = reverse("evidence:chronology", args=[review.reference])
        page = chronology_page_of_entry(review=review, entry=excerpt.entry)
        query = f"?page={page}" if page > 1 else ""
        return f"{url}{query}#entry-{excerpt.entry.uuid}"
    return ""


# Coding a passage -------------------------------------------------------------------------


def _code(request: HttpRequest, review: Review, unit: services.TextUnit) -> HttpResponse:
    form = ExcerptCodeForm(posted(request), review=review)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        passage: str = data["passage"]
        start, end = data.get("start"), data.get("end")
        if start is None or end is None or unit.text[start:end] != passage:
            # No trustworthy offsets from the browser: look for the passage in the text.
            found = services.passage_find(unit.text, passage, data.get("occurrence") or 1)
            start, end = found if found else (None, None)
        if start is None or end is None:
            if services.passage_count(unit.text, passage):
                form.add_error("occurrence", "The passage does not appear that many times")
            else:
                form.add_error(
                    "passage", "The passage is not in the text: copy it exactly as written"
                )
        else:
            try:
                excerpt = services.excerpt_create(
                    actor=access.signed_in_user(request),
                    review=review,
                    unit=unit,
                    start=start,
                    end=end,
                    quote=unit.text[start:end],
                    memo=data["memo"],
                    factor_keys=data["factor_keys"],
                    episodes=data.get("episodes") or [],
                    findings=data.get("findings") or [],
                )
            except services.ExcerptError as error:
                form.add_error("passage", str(error))
            else:
                messages.success(request, "Excerpt coded")
                return redirect("analysis:excerpt_detail", review.reference, excerpt.uuid)
    existing = list(
        _filter_unit(Excerpt.objects.alive().filter(review=review), unit).order_by("start")
    )
    return _page(
        request,
        "analysis/excerpt_code.html",
        review,
        form=form,
        unit=unit,
        existing=existing,
    )


def _filter_unit(queryset: Any, unit: services.TextUnit) -> Any:
    if unit.document is not None:
        return queryset.filter(document=unit.document, page=unit.page)
    if unit.conversation is not None:
        return queryset.filter(conversation=unit.conversation, section=unit.section)
    return queryset.filter(entry=unit.entry)


@require_http_methods(["GET", "POST"])
def excerpt_code_document(
    request: HttpRequest, reference: str, document_id: UUID, page_number: int
) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    document = access.review_object_for_user(
        request, review, SourceDocument.objects.all(), document_id, P.ANALYSIS_EDIT
    )
    page = access.object_of(
        document, DocumentPage.objects.all(), via="document", number=page_number
    )
    return _code(request, review, services.unit_for_document(document, page))


@require_http_methods(["GET", "POST"])
def excerpt_code_conversation(
    request: HttpRequest, reference: str, conversation_id: UUID, section_key: str
) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    conversation = access.review_object_for_user(
        request,
        review,
        Conversation.objects.select_related("practitioner"),
        conversation_id,
        P.ANALYSIS_EDIT,
    )
    unit = services.unit_for_conversation(conversation, section_key)
    if unit is None:
        raise Http404("No such section")
    return _code(request, review, unit)


@require_http_methods(["GET", "POST"])
def excerpt_code_entry(request: HttpRequest, reference: str, entry_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    entry = access.review_object_for_user(
        request, review, ChronologyEntry.objects.select_related("agency"), entry_id, P.ANALYSIS_EDIT
    )
    return _code(request, review, services.unit_for_entry(entry))


# The list, and one excerpt ----------------------------------------------------------------


def _rows(review: Review, excerpts: list[Excerpt]) -> list[dict[str, Any]]:
    return [
        {
            "excerpt": e,
            "codes": _codes(e),
            "episodes": [x for x in e.episodes.all() if x.deleted_at is None],
            "findings": [x for x in e.findings.all() if x.deleted_at is None],
            "source_label": excerpt_source_label(e),
        }
        for e in excerpts
    ]


def excerpt_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    form = ExcerptFilterForm(request.GET or None, review=review)
    excerpts = _EXCERPTS.alive().filter(review=review).prefetch_related("episodes", "findings")
    factor = ""
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["source"]:
            excerpts = excerpts.filter(source=data["source"])
        if data["episode"]:
            excerpts = excerpts.filter(episodes__uuid=data["episode"])
        if data["finding"]:
            excerpts = excerpts.filter(findings__uuid=data["finding"])
        factor = data["factor"]
    chosen = list(excerpts.distinct())
    if factor:
        # A layer matches the layer itself and every factor in it.
        chosen = [
            e
            for e in chosen
            if any(k == factor or k.startswith(f"{factor}/") for k in e.factor_keys)
        ]
    return _page(
        request,
        "analysis/excerpt_list.html",
        review,
        form=form,
        rows=_rows(review, chosen),
        filtered=form.is_bound,
    )


def _excerpt(request: HttpRequest, review: Review, excerpt_id: UUID, permission: P) -> Excerpt:
    return access.review_object_for_user(request, review, _EXCERPTS.alive(), excerpt_id, permission)


def excerpt_detail(request: HttpRequest, reference: str, excerpt_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    excerpt = _excerpt(request, review, excerpt_id, P.ANALYSIS_VIEW)
    unit = services.unit_for_excerpt(excerpt)
    place = services.excerpt_locate(excerpt, unit.text) if unit else None
    pieces = None
    if unit and place:
        start, end = place
        pieces = (unit.text[:start], unit.text[start:end], unit.text[end:])
    return _page(
        request,
        "analysis/excerpt_detail.html",
        review,
        excerpt=excerpt,
        row=_rows(review, [excerpt])[0],
        pieces=pieces,
        not_found=services.NOT_FOUND if pieces is None else "",
        source_url=source_url(review, excerpt),
    )


@require_http_methods(["GET", "POST"])
def excerpt_edit(request: HttpRequest, reference: str, excerpt_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    excerpt = _excerpt(request, review, excerpt_id, P.ANALYSIS_EDIT)
    initial = ExcerptEditForm.initial_for(excerpt)
    form = ExcerptEditForm(posted(request), initial=initial, review=review)
    conflict = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.excerpt_update(
                actor=access.signed_in_user(request),
                excerpt=excerpt,
                expected_version=data["version"],
                memo=data["memo"],
                factor_keys=data["factor_keys"],
                episodes=data.get("episodes") or [],
                findings=data.get("findings") or [],
            )
        except EditConflict as error:
            # Saving again from here overwrites with what the user has now seen.
            form, conflict = conflict_form(
                ExcerptEditForm, request, error, submitted=form, review=review
            )
        except services.ExcerptError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Excerpt changed")
            return redirect("analysis:excerpt_detail", review.reference, excerpt.uuid)
    return _page(
        request,
        "analysis/excerpt_edit.html",
        review,
        excerpt=excerpt,
        form=form,
        conflict=conflict,
    )


@require_http_methods(["GET", "POST"])
def excerpt_delete(request: HttpRequest, reference: str, excerpt_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    excerpt = _excerpt(request, review, excerpt_id, P.ANALYSIS_EDIT)
    return confirm_removal(
        request,
        review,
        SECTION,
        remove=lambda: services.excerpt_delete(
            actor=access.signed_in_user(request), excerpt=excerpt
        ),
        removed="Excerpt removed. The lead reviewer can restore it from the removed excerpts.",
        done_url=reverse("analysis:excerpt_list", args=[review.reference]),
        template="analysis/excerpt_delete.html",
        context=lambda: {"excerpt": excerpt, "row": _rows(review, [excerpt])[0]},
    )


def excerpt_removed(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_RESTORE)
    removed = list(
        _EXCERPTS.filter(review=review, deleted_at__isnull=False)
        .select_related("deleted_by")
        .prefetch_related("episodes", "findings")
        .order_by("-deleted_at")
    )
    return _page(request, "analysis/excerpt_removed.html", review, rows=_rows(review, removed))


def excerpt_restore(request: HttpRequest, reference: str, excerpt_id: UUID) -> HttpResponse:
    # Not @require_POST: a review or excerpt that does not exist is 404 whatever the method.
    review = access.review_for_user(request, reference, P.ANALYSIS_RESTORE)
    excerpt = access.review_object_for_user(
        request, review, Excerpt.objects.all(), excerpt_id, P.ANALYSIS_RESTORE
    )
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if excerpt.deleted_at is None:
        messages.info(request, "That excerpt was not removed")
    else:
        services.excerpt_restore(actor=access.signed_in_user(request), excerpt=excerpt)
        messages.success(request, "Excerpt restored")
    return redirect("analysis:excerpt_removed", review.reference)
