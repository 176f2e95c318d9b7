"""The multi-agency narrative: its sections in order, each with its period, the chronology
events and entries it is linked to, and each agency's perspective on it, read through the same
selector as its page (analysis.selectors.narrative)."""

import datetime
from typing import Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Query, Router, Schema

from casewindow.accounts.access import P
from casewindow.analysis.models import AgencyPerspective, NarrativeSection
from casewindow.analysis.selectors.narrative import (
    ChronologyLink,
    NarrativeSectionRow,
    narrative_sections,
)
from casewindow.api.views.base import ERRORS, PageMeta, load, load_object
from casewindow.api.views.paging import Paging

router = Router(tags=["narrative"])


class LinkOut(Schema):
    kind: str  # "event" or "entry"
    id: UUID
    date: datetime.date | None
    date_text: str
    agencies: str
    text: str


class PerspectiveOut(Schema):
    id: UUID
    agency: UUID
    agency_name: str
    body: str
    body_html: str
    version: str


class SectionOut(Schema):
    id: UUID
    position: int
    title: str
    period: str
    period_start: datetime.date | None
    period_end: datetime.date | None
    period_text: str
    body: str
    body_html: str
    links: list[LinkOut]
    perspectives: list[PerspectiveOut]
    version: str


class SectionPage(PageMeta):
    items: list[SectionOut]


def _link_out(link: ChronologyLink) -> dict[str, Any]:
    return {
        "kind": link.kind,
        "id": link.obj.uuid,
        "date": link.date,
        "date_text": link.date_text,
        "agencies": link.agencies,
        "text": link.text,
    }


def _perspective_out(perspective: AgencyPerspective) -> dict[str, Any]:
    return {
        "id": perspective.uuid,
        "agency": perspective.agency.uuid,
        "agency_name": perspective.agency.name,
        "body": perspective.body,
        "body_html": perspective.body_html,
        "version": str(perspective.version),
    }


def _section_out(row: NarrativeSectionRow) -> dict[str, Any]:
    section = row.section
    return {
        "id": section.uuid,
        "position": section.position,
        "title": section.title,
        "period": row.period,
        "period_start": section.period_start,
        "period_end": section.period_end,
        "period_text": section.period_text,
        "body": section.body,
        "body_html": section.body_html,
        "links": [_link_out(link) for link in row.links],
        "perspectives": [_perspective_out(p) for p in section.live_perspectives],
        "version": str(section.version),
    }


@router.get(
    "/reviews/{reference}/narrative/sections",
    response={200: SectionPage, **ERRORS},
    summary="The multi-agency narrative's sections in order, with the agencies' perspectives",
)
def narrative_section_list(
    request: HttpRequest, reference: str, paging: Query[Paging]
) -> dict[str, Any]:
    review = load(request, reference, P.ANALYSIS_VIEW).review
    # The page's own selector: every section in a fixed number of queries (a narrative has
    # tens of sections, not thousands), then the page asked for.
    rows = narrative_sections(review=review)
    chosen = rows[paging.offset : paging.offset + paging.limit]
    return {
        "count": len(rows),
        "limit": paging.limit,
        "offset": paging.offset,
        "items": [_section_out(row) for row in chosen],
    }


@router.get(
    "/reviews/{reference}/narrative/sections/{narrative_section_id}",
    response={200: SectionOut, **ERRORS},
)
def narrative_section_detail(
    request: HttpRequest, reference: str, narrative_section_id: UUID
) -> dict[str, Any]:
    review, section = load_object(
        request, reference, P.ANALYSIS_VIEW, NarrativeSection.objects.alive(), narrative_section_id
    )
    shown = next(row for row in narrative_sections(review=review) if row.section.pk == section.pk)
    return _section_out(shown)
