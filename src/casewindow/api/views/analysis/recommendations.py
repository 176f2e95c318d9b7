"""Recommendations and their actions, with the actions' progress."""

import datetime
from typing import Any
from uuid import UUID

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from ninja import Query, Router, Schema, Status

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.analysis.forms.findings import ActionForm, ActionProgressForm, RecommendationForm
from casewindow.analysis.models import ActionItem, Finding, Recommendation
from casewindow.analysis.selectors.findings import action_status
from casewindow.analysis.selectors.findings import actions_of_live_recommendations as live_actions
from casewindow.analysis.services import recommendations as recommendation_services
from casewindow.api.views.analysis.editing import checked_remove, checked_save, uuids
from casewindow.api.views.base import (
    ERRORS,
    REMOVE_ANSWERS,
    WRITE_ERRORS,
    IsoDate,
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


class ActionOut(Schema):
    id: UUID
    recommendation: UUID
    text: str
    owner: str
    due_date: datetime.date
    status: str
    shown_status: str
    evidence_of_completion: str
    completed_on: datetime.date | None
    version: str


class ActionPage(PageMeta):
    items: list[ActionOut]


class RecommendationOut(Schema):
    id: UUID
    number: int
    kind: int
    text: str
    owner_agency: UUID | None
    owner_text: str
    findings: list[UUID]
    actions: list[ActionOut]
    version: str


class RecommendationPage(PageMeta):
    items: list[RecommendationOut]


def _action_out(action: ActionItem, recommendation: Recommendation) -> dict[str, Any]:
    return {
        "id": action.uuid,
        "recommendation": recommendation.uuid,
        "text": action.text,
        "owner": action.owner,
        "due_date": action.due_date,
        "status": action.status,
        "shown_status": action_status(action),
        "evidence_of_completion": action.evidence_of_completion,
        "completed_on": action.completed_on,
        "version": str(action.version),
    }


def _recommendations(review: Review) -> "QuerySet[Recommendation]":
    return (
        Recommendation.objects.alive()
        .filter(review=review)
        .select_related("owner_agency")
        .prefetch_related(
            Prefetch(
                "findings",
                queryset=Finding.objects.alive().order_by("number"),
                to_attr="alive_findings",
            )
        )
        .prefetch_related(
            Prefetch(
                "actions",
                queryset=ActionItem.objects.alive().order_by("due_date", "pk"),
                to_attr="alive_actions",
            )
        )
        .order_by("number")
    )


def _recommendation_out(recommendation: Recommendation) -> dict[str, Any]:
    return {
        "id": recommendation.uuid,
        "number": recommendation.number,
        "kind": recommendation.kind,
        "text": recommendation.text,
        "owner_agency": recommendation.owner_agency.uuid if recommendation.owner_agency else None,
        "owner_text": recommendation.owner_text,
        "findings": uuids(getattr(recommendation, "alive_findings", [])),
        "actions": [
            _action_out(action, recommendation)
            for action in getattr(recommendation, "alive_actions", [])
        ],
        "version": str(recommendation.version),
    }


@router.get("/reviews/{reference}/recommendations", response={200: RecommendationPage, **ERRORS})
def recommendation_list(
    request: HttpRequest, reference: str, paging: Query[Paging]
) -> dict[str, Any]:
    review = load(request, reference, P.ACTIONS_VIEW).review
    return page_of(_recommendations(review), paging.limit, paging.offset, _recommendation_out)


@router.get(
    "/reviews/{reference}/recommendations/{recommendation_id}",
    response={200: RecommendationOut, **ERRORS},
)
def recommendation_detail(
    request: HttpRequest, reference: str, recommendation_id: UUID
) -> dict[str, Any]:
    _, recommendation = load_object(
        request, reference, P.ACTIONS_VIEW, _recommendations, recommendation_id
    )
    return _recommendation_out(recommendation)


class RecommendationIn(Schema):
    kind: int
    text: str
    owner_agency: UUID | None = None
    owner_text: str = ""
    findings: list[UUID] = []


class RecommendationPatch(Schema):
    version: str
    kind: int | None = None
    text: str | None = None
    owner_agency: UUID | None = None
    owner_text: str | None = None
    findings: list[UUID] | None = None


def _recommendation_save(
    request: HttpRequest,
    review: Review,
    form: RecommendationForm,
    recommendation: Recommendation | None,
    version: Any,
) -> dict[str, Any]:
    saved = checked_save(
        lambda: recommendation_services.recommendation_save(
            actor=access.signed_in_user(request),
            review=review,
            recommendation=recommendation,
            values=form.values(),
            findings=form.cleaned_data["findings"],
            expected_version=version,
        )
    )
    return _recommendation_out(_recommendations(review).get(pk=saved.pk))


@router.post(
    "/reviews/{reference}/recommendations", response={201: RecommendationOut, **WRITE_ERRORS}
)
def recommendation_create(
    request: HttpRequest, reference: str, payload: RecommendationIn
) -> Status[dict[str, Any]]:
    review = load(request, reference, P.ANALYSIS_EDIT).review
    form = bound_form(RecommendationForm, payload.dict(), review=review)
    return Status(201, _recommendation_save(request, review, form, None, None))


@router.patch(
    "/reviews/{reference}/recommendations/{recommendation_id}",
    response={200: RecommendationOut, **WRITE_ERRORS},
)
def recommendation_update(
    request: HttpRequest, reference: str, recommendation_id: UUID, payload: RecommendationPatch
) -> dict[str, Any]:
    review, recommendation = load_object(
        request, reference, P.ANALYSIS_EDIT, _recommendations, recommendation_id
    )
    values, version = patch_values(payload)
    form = bound_form(
        RecommendationForm,
        values,
        partial=True,
        review=review,
        initial=RecommendationForm.initial_for(recommendation),
    )
    return _recommendation_save(request, review, form, recommendation, version)


@router.delete(
    "/reviews/{reference}/recommendations/{recommendation_id}",
    response=REMOVE_ANSWERS,
    summary="Remove a recommendation, with its action plan (the lead reviewer can restore it)",
)
def recommendation_delete(
    request: HttpRequest,
    reference: str,
    recommendation_id: UUID,
    removal: Query[Removal],
) -> Status[None]:
    review, recommendation = load_object(
        request, reference, P.ANALYSIS_EDIT, _recommendations, recommendation_id
    )
    return checked_remove(
        recommendation,
        removal.version,
        lambda: recommendation_services.recommendation_remove(
            actor=access.signed_in_user(request), review=review, recommendation=recommendation
        ),
    )


class ActionIn(Schema):
    text: str
    owner: str
    due_date: IsoDate
    status: str = "not_started"
    evidence_of_completion: str = ""


class ActionPatch(Schema):
    version: str
    text: str | None = None
    owner: str | None = None
    due_date: IsoDate | None = None
    status: str | None = None
    evidence_of_completion: str | None = None


class ProgressPatch(Schema):
    version: str
    status: str | None = None
    evidence_of_completion: str | None = None
    completed_on: IsoDate | None = None


@router.get("/reviews/{reference}/actions", response={200: ActionPage, **ERRORS})
def action_list(request: HttpRequest, reference: str, paging: Query[Paging]) -> dict[str, Any]:
    review = load(request, reference, P.ACTIONS_VIEW).review
    actions = live_actions().filter(recommendation__review=review).order_by("due_date", "pk")
    return page_of(actions, paging.limit, paging.offset, lambda a: _action_out(a, a.recommendation))


@router.get("/reviews/{reference}/actions/{action_id}", response={200: ActionOut, **ERRORS})
def action_detail(request: HttpRequest, reference: str, action_id: UUID) -> dict[str, Any]:
    _, action = load_object(request, reference, P.ACTIONS_VIEW, live_actions(), action_id)
    return _action_out(action, action.recommendation)


@router.post(
    "/reviews/{reference}/recommendations/{recommendation_id}/actions",
    response={201: ActionOut, **WRITE_ERRORS},
)
def action_create(
    request: HttpRequest, reference: str, recommendation_id: UUID, payload: ActionIn
) -> Status[dict[str, Any]]:
    _, recommendation = load_object(
        request, reference, P.ANALYSIS_EDIT, _recommendations, recommendation_id
    )
    form = bound_form(ActionForm, payload.dict())
    action = checked_save(
        lambda: recommendation_services.action_save(
            actor=access.signed_in_user(request),
            recommendation=recommendation,
            action=None,
            values=form.values(),
            expected_version=None,
        )
    )
    return Status(201, _action_out(action, recommendation))


@router.patch(
    "/reviews/{reference}/actions/{action_id}",
    response={200: ActionOut, **WRITE_ERRORS},
    summary="Change an action (the review team)",
)
def action_update(
    request: HttpRequest, reference: str, action_id: UUID, payload: ActionPatch
) -> dict[str, Any]:
    _, action = load_object(request, reference, P.ANALYSIS_EDIT, live_actions(), action_id)
    values, version = patch_values(payload)
    form = bound_form(ActionForm, values, partial=True, initial=ActionForm.initial_for(action))
    saved = checked_save(
        lambda: recommendation_services.action_save(
            actor=access.signed_in_user(request),
            recommendation=action.recommendation,
            action=action,
            values=form.values(),
            expected_version=version,
        )
    )
    return _action_out(saved, action.recommendation)


@router.patch(
    "/reviews/{reference}/actions/{action_id}/progress",
    response={200: ActionOut, **WRITE_ERRORS},
    summary="Record an action's progress (the review team and board readers)",
)
def action_progress(
    request: HttpRequest, reference: str, action_id: UUID, payload: ProgressPatch
) -> dict[str, Any]:
    _, action = load_object(request, reference, P.ACTIONS_UPDATE, live_actions(), action_id)
    values, version = patch_values(payload)
    form = bound_form(
        ActionProgressForm, values, partial=True, initial=ActionProgressForm.initial_for(action)
    )
    saved = checked_save(
        lambda: recommendation_services.action_progress_record(
            actor=access.signed_in_user(request),
            action=action,
            values=form.values(),
            expected_version=version,
        )
    )
    return _action_out(saved, action.recommendation)


@router.delete(
    "/reviews/{reference}/actions/{action_id}",
    response=REMOVE_ANSWERS,
    summary="Remove an action from the action plan (the lead reviewer can restore it)",
)
def action_delete(
    request: HttpRequest,
    reference: str,
    action_id: UUID,
    removal: Query[Removal],
) -> Status[None]:
    _, action = load_object(request, reference, P.ANALYSIS_EDIT, live_actions(), action_id)
    return checked_remove(
        action,
        removal.version,
        lambda: recommendation_services.action_remove(
            actor=access.signed_in_user(request), action=action
        ),
    )
