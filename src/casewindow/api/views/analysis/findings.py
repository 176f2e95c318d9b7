"""Findings."""

from typing import Any
from uuid import UUID

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router, Schema, Status

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.analysis.forms.findings import FindingForm
from casewindow.analysis.models import Finding
from casewindow.analysis.selectors.findings import findings_annotated
from casewindow.analysis.services import findings as finding_services
from casewindow.api.views.analysis.editing import checked_remove, checked_save, uuids
from casewindow.api.views.base import (
    ERRORS,
    REMOVE_ANSWERS,
    WRITE_ERRORS,
    PageMeta,
    Removal,
    bound_form,
    load,
    load_object,
    page_of,
    patch_values,
)
from casewindow.api.views.paging import Paging
from casewindow.reviews.models import Review

router = Router(tags=["analysis"])


class FindingOut(Schema):
    id: UUID
    number: int
    kind: str
    pattern_area: str
    statement: str
    introduction: str
    how_featured: str
    why_not_unique: str
    how_widespread: str
    why_it_matters: str
    summary: str
    questions: str
    episodes: list[UUID]
    supported: bool
    version: str


class FindingPage(PageMeta):
    items: list[FindingOut]


def _finding_out(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.uuid,
        "number": finding.number,
        "kind": "systems" if finding.is_systems_finding else "case_specific",
        "pattern_area": finding.pattern_area,
        "statement": finding.statement,
        "introduction": finding.introduction,
        "how_featured": finding.how_featured,
        "why_not_unique": finding.why_not_unique,
        "how_widespread": finding.how_widespread,
        "why_it_matters": finding.why_it_matters,
        "summary": finding.summary,
        "questions": finding.questions,
        "episodes": uuids(getattr(finding, "alive_episodes", [])),
        "supported": bool(getattr(finding, "has_episode", False))
        and bool(getattr(finding, "has_evidence", False)),
        "version": str(finding.version),
    }


class FindingIn(Schema):
    kind: str
    statement: str
    pattern_area: str = ""
    introduction: str = ""
    how_featured: str = ""
    why_not_unique: str = ""
    how_widespread: str = ""
    why_it_matters: str = ""
    summary: str = ""
    questions: str = ""
    episodes: list[UUID] = []


class FindingPatch(Schema):
    version: str
    kind: str | None = None
    statement: str | None = None
    pattern_area: str | None = None
    introduction: str | None = None
    how_featured: str | None = None
    why_not_unique: str | None = None
    how_widespread: str | None = None
    why_it_matters: str | None = None
    summary: str | None = None
    questions: str | None = None
    episodes: list[UUID] | None = None


@router.get("/reviews/{reference}/findings", response={200: FindingPage, **ERRORS})
def finding_list(request: HttpRequest, reference: str, paging: Query[Paging]) -> dict[str, Any]:
    review = load(request, reference, P.ANALYSIS_VIEW).review
    return page_of(findings_annotated(review=review), paging.limit, paging.offset, _finding_out)


def _findings(review: Review) -> "QuerySet[Finding]":
    return findings_annotated(review=review)


@router.get("/reviews/{reference}/findings/{finding_id}", response={200: FindingOut, **ERRORS})
def finding_detail(request: HttpRequest, reference: str, finding_id: UUID) -> dict[str, Any]:
    _, finding = load_object(request, reference, P.ANALYSIS_VIEW, _findings, finding_id)
    return _finding_out(finding)


def _finding_save(
    request: HttpRequest, review: Review, form: FindingForm, finding: Finding | None, version: Any
) -> dict[str, Any]:
    saved = checked_save(
        lambda: finding_services.finding_save(
            actor=access.signed_in_user(request),
            review=review,
            finding=finding,
            values=form.values(),
            episodes=form.cleaned_data["episodes"],
            expected_version=version,
        )
    )
    return _finding_out(findings_annotated(review=review).get(pk=saved.pk))


@router.post("/reviews/{reference}/findings", response={201: FindingOut, **WRITE_ERRORS})
def finding_create(
    request: HttpRequest, reference: str, payload: FindingIn
) -> Status[dict[str, Any]]:
    review = load(request, reference, P.ANALYSIS_EDIT).review
    form = bound_form(FindingForm, payload.dict(), review=review)
    return Status(201, _finding_save(request, review, form, None, None))


@router.patch(
    "/reviews/{reference}/findings/{finding_id}", response={200: FindingOut, **WRITE_ERRORS}
)
def finding_update(
    request: HttpRequest, reference: str, finding_id: UUID, payload: FindingPatch
) -> dict[str, Any]:
    review, finding = load_object(request, reference, P.ANALYSIS_EDIT, _findings, finding_id)
    values, version = patch_values(payload)
    form = bound_form(
        FindingForm, values, partial=True, review=review, initial=FindingForm.initial_for(finding)
    )
    return _finding_save(request, review, form, finding, version)


@router.delete(
    "/reviews/{reference}/findings/{finding_id}",
    response=REMOVE_ANSWERS,
    summary="Remove a finding (the lead reviewer can restore it; the others are renumbered)",
)
def finding_delete(
    request: HttpRequest,
    reference: str,
    finding_id: UUID,
    removal: Query[Removal],
) -> Status[None]:
    review, finding = load_object(request, reference, P.ANALYSIS_EDIT, _findings, finding_id)
    return checked_remove(
        finding,
        removal.version,
        lambda: finding_services.finding_remove(
            actor=access.signed_in_user(request), review=review, finding=finding
        ),
    )
