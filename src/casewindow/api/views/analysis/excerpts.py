"""Coded excerpts: the quoted evidence each finding, episode and factor rests on."""

import datetime
from typing import Any, Literal
from uuid import UUID

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router, Schema

from casewindow.accounts.access import P
from casewindow.analysis.models import Excerpt
from casewindow.analysis.selectors.excerpts import excerpt_source_label, excerpts_with_sources
from casewindow.api.views.analysis.editing import uuids
from casewindow.api.views.base import ERRORS, PageMeta, load, load_object, page_of
from casewindow.api.views.paging import Paging
from casewindow.reviews.models import Review

router = Router(tags=["analysis"])


class CodedExcerptOut(Schema):
    id: UUID
    source: str
    source_label: str
    document: UUID | None
    page: int | None
    conversation: UUID | None
    section: str
    entry: UUID | None
    quote: str
    memo: str
    framework_version: str
    factor_keys: list[str]
    episodes: list[UUID]
    findings: list[UUID]
    created_at: datetime.datetime
    version: str


class CodedExcerptPage(PageMeta):
    items: list[CodedExcerptOut]


class ExcerptFilters(Schema):
    source: Literal["document", "conversation", "chronology"] | None = None
    episode: UUID | None = None
    finding: UUID | None = None


def _excerpts(review: Review) -> "QuerySet[Excerpt]":
    """The excerpts the page lists (alive), with what their answer shows."""
    return (
        excerpts_with_sources()
        .alive()
        .filter(review=review)
        .prefetch_related("episodes", "findings")
        .order_by("created_at", "pk")
    )


def _coded_excerpt_out(excerpt: Excerpt) -> dict[str, Any]:
    return {
        "id": excerpt.uuid,
        "source": excerpt.source,
        "source_label": excerpt_source_label(excerpt),
        "document": excerpt.document.uuid if excerpt.document else None,
        "page": excerpt.page,
        "conversation": excerpt.conversation.uuid if excerpt.conversation else None,
        "section": excerpt.section,
        "entry": excerpt.entry.uuid if excerpt.entry else None,
        "quote": excerpt.quote,
        "memo": excerpt.memo,
        "framework_version": excerpt.framework_version,
        "factor_keys": list(excerpt.factor_keys),
        # Those not removed, as the excerpts page shows them.
        "episodes": uuids(e for e in excerpt.episodes.all() if e.deleted_at is None),
        "findings": uuids(f for f in excerpt.findings.all() if f.deleted_at is None),
        "created_at": excerpt.created_at,
        "version": str(excerpt.version),
    }


@router.get(
    "/reviews/{reference}/excerpts",
    response={200: CodedExcerptPage, **ERRORS},
    summary="The coded excerpts, in the order they were coded (filters as on the page)",
)
def excerpt_list(
    request: HttpRequest, reference: str, paging: Query[Paging], filters: Query[ExcerptFilters]
) -> dict[str, Any]:
    review = load(request, reference, P.ANALYSIS_VIEW).review
    excerpts = _excerpts(review)
    if filters.source:
        excerpts = excerpts.filter(source=filters.source)
    if filters.episode:
        excerpts = excerpts.filter(episodes__uuid=filters.episode)
    if filters.finding:
        excerpts = excerpts.filter(findings__uuid=filters.finding)
    return page_of(excerpts.distinct(), paging.limit, paging.offset, _coded_excerpt_out)


@router.get("/reviews/{reference}/excerpts/{excerpt_id}", response={200: CodedExcerptOut, **ERRORS})
def excerpt_detail(request: HttpRequest, reference: str, excerpt_id: UUID) -> dict[str, Any]:
    _, excerpt = load_object(request, reference, P.ANALYSIS_VIEW, _excerpts, excerpt_id)
    return _coded_excerpt_out(excerpt)
