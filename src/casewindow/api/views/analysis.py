"""Analysis: key practice episodes and their contributory factors, findings, recommendations
and their actions, and the traceability map. Each write goes through the page's form (its
checks and messages) and the page's service (its audit event and optimistic locking)."""

import datetime
from collections.abc import Callable
from typing import Any, Literal
from uuid import UUID

from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from ninja import Query, Router, Schema, Status

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.analysis.forms.episodes import EpisodeForm, FactorForm
from casewindow.analysis.forms.findings import (
    ActionForm,
    ActionProgressForm,
    FindingForm,
    RecommendationForm,
)
from casewindow.analysis.models import (
    ActionItem,
    ContributoryFactor,
    Editable,
    Excerpt,
    Finding,
    KeyPracticeEpisode,
    Recommendation,
)
from casewindow.analysis.selectors import agreement as selectors_agreement
from casewindow.analysis.selectors.episodes import shared_factors
from casewindow.analysis.selectors.excerpts import excerpt_source_label, excerpts_with_sources
from casewindow.analysis.selectors.findings import action_status, findings_annotated
from casewindow.analysis.selectors.findings import (
    actions_of_live_recommendations as live_actions,
)
from casewindow.analysis.selectors.traceability import (
    EpisodeTrace,
    ExcerptNode,
    FindingTrace,
    traceability_map,
)
from casewindow.analysis.services import episodes as episode_services
from casewindow.analysis.services import findings as finding_services
from casewindow.analysis.services import recommendations as recommendation_services
from casewindow.analysis.services.editing import EditConflict, lock_for_edit
from casewindow.api.views.base import (
    ERRORS,
    REMOVE_ANSWERS,
    WRITE_ERRORS,
    IsoDate,
    PageMeta,
    Removal,
    bound_form,
    conflict,
    expected_number,
    invalid,
    load,
    load_object,
    page_of,
    patch_values,
)
from casewindow.api.views.paging import Paging
from casewindow.reviews.models import Review

router = Router(tags=["analysis"])


def _saved(save: Callable[[], Any]) -> Any:
    """Run a service's save: its EditConflict (someone saved since the version sent) is 409."""
    try:
        return save()
    except EditConflict as error:
        raise conflict(str(error)) from None
    except episode_services.EpisodeError as error:
        raise invalid(str(error)) from None


def _removed(obj: Editable, version: str, remove: Callable[[], Any]) -> Status[None]:
    """Remove `obj` through the page's service (its soft delete and audit event), unless
    someone changed it since `version` (409, nothing removed): 204."""
    expected = expected_number(version)
    with transaction.atomic():
        _saved(lambda: lock_for_edit(obj, expected_version=expected))
        _saved(remove)
    return Status(204, None)


def _uuids(objects: Any) -> list[UUID]:
    return [obj.uuid for obj in objects]


# --- key practice episodes and their factors ----------------------------------------------


class FactorOut(Schema):
    id: UUID
    episode: UUID
    framework_version: str
    node_key: str
    effect: str
    explanation: str
    excerpts: list[UUID]
    version: str


class EpisodeOut(Schema):
    id: UUID
    number: int
    title: str
    date_start: datetime.date | None
    date_end: datetime.date | None
    date_text: str
    what_happened: str
    how_it_looked: str
    appraisal: str
    appraisal_good: str
    appraisal_problematic: str
    appraisal_explanation: str
    agencies: list[UUID]
    people: list[UUID]
    events: list[UUID]
    factors: list[FactorOut]
    factors_hidden: bool
    version: str


class EpisodePage(PageMeta):
    items: list[EpisodeOut]


def _factor_out(factor: ContributoryFactor, episode: KeyPracticeEpisode) -> dict[str, Any]:
    return {
        "id": factor.uuid,
        "episode": episode.uuid,
        "framework_version": factor.framework_version,
        "node_key": factor.node_key,
        "effect": factor.effect,
        "explanation": factor.explanation,
        "excerpts": _uuids(factor.excerpts.all()),
        "version": str(factor.version),
    }


def _episodes(review: Review) -> Any:
    return (
        KeyPracticeEpisode.objects.alive()
        .filter(review=review)
        .order_by("number")
        .prefetch_related(
            "agencies",
            "people",
            "events",
            Prefetch(
                "factors",
                queryset=shared_factors().prefetch_related("excerpts"),
                to_attr="shared_factors",
            ),
        )
    )


def _episode_out(hidden: dict[int, int]) -> Callable[[KeyPracticeEpisode], dict[str, Any]]:
    """An episode as the API shows it to this viewer: the factors of an episode they code
    blind in an agreement check are left out, as on its page."""

    def out(episode: KeyPracticeEpisode) -> dict[str, Any]:
        factors = getattr(episode, "shared_factors", None)
        if factors is None:
            factors = list(shared_factors().filter(episode=episode))
        blind = episode.pk in hidden
        return {
            "id": episode.uuid,
            "number": episode.number,
            "title": episode.title,
            "date_start": episode.date_start,
            "date_end": episode.date_end,
            "date_text": episode.date_text,
            "what_happened": episode.what_happened,
            "how_it_looked": episode.how_it_looked,
            "appraisal": episode.appraisal,
            "appraisal_good": episode.appraisal_good,
            "appraisal_problematic": episode.appraisal_problematic,
            "appraisal_explanation": episode.appraisal_explanation,
            "agencies": _uuids(episode.agencies.all()),
            "people": _uuids(episode.people.all()),
            "events": _uuids(episode.events.all()),
            "factors": [] if blind else [_factor_out(f, episode) for f in factors],
            "factors_hidden": blind,
            "version": str(episode.version),
        }

    return out


def _hidden(request: HttpRequest, review: Review) -> dict[int, int]:
    return selectors_agreement.hidden_episode_rounds(review=review, user=request.user)


@router.get("/reviews/{reference}/episodes", response={200: EpisodePage, **ERRORS})
def episode_list(request: HttpRequest, reference: str, paging: Query[Paging]) -> dict[str, Any]:
    review = load(request, reference, P.ANALYSIS_VIEW).review
    out = _episode_out(_hidden(request, review))
    return page_of(_episodes(review), paging.limit, paging.offset, out)


@router.get("/reviews/{reference}/episodes/{episode_id}", response={200: EpisodeOut, **ERRORS})
def episode_detail(request: HttpRequest, reference: str, episode_id: UUID) -> dict[str, Any]:
    review, episode = load_object(request, reference, P.ANALYSIS_VIEW, _episodes, episode_id)
    return _episode_out(_hidden(request, review))(episode)


class EpisodeIn(Schema):
    title: str
    appraisal: str
    date_start: IsoDate | None = None
    date_end: IsoDate | None = None
    date_text: str = ""
    what_happened: str = ""
    how_it_looked: str = ""
    appraisal_good: str = ""
    appraisal_problematic: str = ""
    appraisal_explanation: str = ""
    agencies: list[UUID] = []
    people: list[UUID] = []
    events: list[UUID] = []


class EpisodePatch(Schema):
    version: str
    title: str | None = None
    appraisal: str | None = None
    date_start: IsoDate | None = None
    date_end: IsoDate | None = None
    date_text: str | None = None
    what_happened: str | None = None
    how_it_looked: str | None = None
    appraisal_good: str | None = None
    appraisal_problematic: str | None = None
    appraisal_explanation: str | None = None
    agencies: list[UUID] | None = None
    people: list[UUID] | None = None
    events: list[UUID] | None = None


@router.post("/reviews/{reference}/episodes", response={201: EpisodeOut, **WRITE_ERRORS})
def episode_create(
    request: HttpRequest, reference: str, payload: EpisodeIn
) -> Status[dict[str, Any]]:
    review = load(request, reference, P.ANALYSIS_EDIT).review
    form = bound_form(EpisodeForm, payload.dict(), review=review)
    episode = episode_services.episode_create(
        actor=access.signed_in_user(request), review=review, **form.service_data()
    )
    return Status(201, _episode_out(_hidden(request, review))(episode))


@router.patch(
    "/reviews/{reference}/episodes/{episode_id}", response={200: EpisodeOut, **WRITE_ERRORS}
)
def episode_update(
    request: HttpRequest, reference: str, episode_id: UUID, payload: EpisodePatch
) -> dict[str, Any]:
    review, episode = load_object(request, reference, P.ANALYSIS_EDIT, _episodes, episode_id)
    values, version = patch_values(payload)
    form = bound_form(EpisodeForm, values, partial=True, instance=episode, review=review)
    saved = _saved(
        lambda: episode_services.episode_update(
            actor=access.signed_in_user(request),
            episode=episode,
            expected_version=version,
            **form.service_data(),
        )
    )
    return _episode_out(_hidden(request, review))(_episodes(review).get(pk=saved.pk))


@router.delete(
    "/reviews/{reference}/episodes/{episode_id}",
    response=REMOVE_ANSWERS,
    summary="Remove an episode (the lead reviewer can restore it)",
)
def episode_delete(
    request: HttpRequest,
    reference: str,
    episode_id: UUID,
    removal: Query[Removal],
) -> Status[None]:
    _, episode = load_object(request, reference, P.ANALYSIS_EDIT, _episodes, episode_id)
    return _removed(
        episode,
        removal.version,
        lambda: episode_services.episode_delete(
            actor=access.signed_in_user(request), episode=episode
        ),
    )


class FactorIn(Schema):
    node_key: str
    effect: str
    explanation: str
    excerpts: list[UUID] = []


class FactorPatch(Schema):
    version: str
    node_key: str | None = None
    effect: str | None = None
    explanation: str | None = None
    excerpts: list[UUID] | None = None


def _factor_data(form: FactorForm) -> dict[str, Any]:
    data = form.cleaned_data
    return {
        "node_key": data["node_key"],
        "effect": data["effect"],
        "explanation": data["explanation"],
        "excerpts": data.get("excerpts"),
    }


@router.post(
    "/reviews/{reference}/episodes/{episode_id}/factors",
    response={201: FactorOut, **WRITE_ERRORS},
    summary="Code a contributory factor on an episode (the shared coding)",
)
def factor_create(
    request: HttpRequest, reference: str, episode_id: UUID, payload: FactorIn
) -> Status[dict[str, Any]]:
    _, episode = load_object(request, reference, P.ANALYSIS_EDIT, _episodes, episode_id)
    form = bound_form(FactorForm, payload.dict(), episode=episode)
    factor = _saved(
        lambda: episode_services.factor_add(
            actor=access.signed_in_user(request), episode=episode, **_factor_data(form)
        )
    )
    return Status(201, _factor_out(factor, episode))


@router.patch(
    "/reviews/{reference}/episodes/{episode_id}/factors/{factor_id}",
    response={200: FactorOut, **WRITE_ERRORS},
)
def factor_update(
    request: HttpRequest, reference: str, episode_id: UUID, factor_id: UUID, payload: FactorPatch
) -> dict[str, Any]:
    _, episode = load_object(request, reference, P.ANALYSIS_EDIT, _episodes, episode_id)
    factor = access.object_of(
        episode, shared_factors(), via="episode", uuid=factor_id, coder__isnull=True
    )
    values, version = patch_values(payload)
    form = bound_form(
        FactorForm, values, partial=True, factor=factor, initial=FactorForm.initial_for(factor)
    )
    saved = _saved(
        lambda: episode_services.factor_update(
            actor=access.signed_in_user(request),
            factor=factor,
            expected_version=version,
            **_factor_data(form),
        )
    )
    return _factor_out(saved, episode)


@router.delete(
    "/reviews/{reference}/episodes/{episode_id}/factors/{factor_id}",
    response=REMOVE_ANSWERS,
    summary="Remove a contributory factor (the lead reviewer can restore it)",
)
def factor_delete(
    request: HttpRequest,
    reference: str,
    episode_id: UUID,
    factor_id: UUID,
    removal: Query[Removal],
) -> Status[None]:
    _, episode = load_object(request, reference, P.ANALYSIS_EDIT, _episodes, episode_id)
    factor = access.object_of(
        episode, shared_factors(), via="episode", uuid=factor_id, coder__isnull=True
    )
    return _removed(
        factor,
        removal.version,
        lambda: episode_services.factor_delete(actor=access.signed_in_user(request), factor=factor),
    )


# --- findings -----------------------------------------------------------------------------


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
        "episodes": _uuids(getattr(finding, "alive_episodes", [])),
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
    saved = _saved(
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
    return _removed(
        finding,
        removal.version,
        lambda: finding_services.finding_remove(
            actor=access.signed_in_user(request), review=review, finding=finding
        ),
    )


# --- recommendations and actions ----------------------------------------------------------


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
        "findings": _uuids(getattr(recommendation, "alive_findings", [])),
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
    saved = _saved(
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
    return _removed(
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
    action = _saved(
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
    saved = _saved(
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
    saved = _saved(
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
    return _removed(
        action,
        removal.version,
        lambda: recommendation_services.action_remove(
            actor=access.signed_in_user(request), action=action
        ),
    )


# --- excerpts -----------------------------------------------------------------------------


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
        "episodes": _uuids(e for e in excerpt.episodes.all() if e.deleted_at is None),
        "findings": _uuids(f for f in excerpt.findings.all() if f.deleted_at is None),
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


# --- traceability -------------------------------------------------------------------------


class SourceOut(Schema):
    kind: str
    label: str
    id: str


class ExcerptOut(Schema):
    id: UUID
    quote: str
    detail: str
    source: SourceOut


class FactorTraceOut(Schema):
    id: UUID
    name: str
    layer: str
    effect: str
    explanation: str
    excerpts: list[ExcerptOut]


class EpisodeTraceOut(Schema):
    id: UUID
    number: int
    title: str
    factors_hidden: bool
    factors: list[FactorTraceOut]
    excerpts: list[ExcerptOut]


class FindingTraceOut(Schema):
    id: UUID
    number: int
    statement: str
    is_systems_finding: bool
    no_evidence: bool
    episodes: list[EpisodeTraceOut]
    excerpts: list[ExcerptOut]


class GapsOut(Schema):
    findings_without_evidence: list[UUID]
    findings_without_episodes: list[UUID]
    episodes_without_factors: list[UUID]
    factors_without_explanation: list[UUID]


class TraceabilityOut(Schema):
    findings: list[FindingTraceOut]
    unlinked_episodes: list[EpisodeTraceOut]
    gaps: GapsOut


def _excerpt_out(excerpt: ExcerptNode) -> dict[str, Any]:
    return {
        "id": excerpt.uuid,
        "quote": excerpt.quote,
        "detail": excerpt.detail,
        "source": {
            "kind": excerpt.source.key[0],
            "label": excerpt.source.label,
            "id": excerpt.source.uuid,
        },
    }


def _episode_trace_out(episode: EpisodeTrace) -> dict[str, Any]:
    return {
        "id": episode.uuid,
        "number": episode.number,
        "title": episode.title,
        "factors_hidden": episode.hidden_round is not None,
        "factors": [
            {
                "id": factor.uuid,
                "name": factor.name,
                "layer": factor.layer_name,
                "effect": factor.effect,
                "explanation": factor.explanation,
                "excerpts": [_excerpt_out(x) for x in factor.excerpts],
            }
            for factor in episode.factors
        ],
        "excerpts": [_excerpt_out(x) for x in episode.excerpts],
    }


def _finding_trace_out(finding: FindingTrace) -> dict[str, Any]:
    return {
        "id": finding.uuid,
        "number": finding.number,
        "statement": finding.statement,
        "is_systems_finding": finding.is_systems_finding,
        "no_evidence": finding.no_evidence,
        "episodes": [_episode_trace_out(e) for e in finding.episodes],
        "excerpts": [_excerpt_out(x) for x in finding.excerpts],
    }


@router.get(
    "/reviews/{reference}/traceability",
    response={200: TraceabilityOut, **ERRORS},
    summary="Finding → episodes → factors → excerpts → sources, with the gaps",
)
def traceability(request: HttpRequest, reference: str) -> dict[str, Any]:
    review = load(request, reference, P.ANALYSIS_VIEW).review
    trace = traceability_map(review=review, hidden=_hidden(request, review))
    gaps = trace.gaps
    return {
        "findings": [_finding_trace_out(f) for f in trace.findings],
        "unlinked_episodes": [_episode_trace_out(e) for e in trace.unlinked_episodes],
        "gaps": {
            "findings_without_evidence": [f.uuid for f in gaps.findings_without_evidence],
            "findings_without_episodes": [f.uuid for f in gaps.findings_without_episodes],
            "episodes_without_factors": [e.uuid for e in gaps.episodes_without_factors],
            "factors_without_explanation": [f.uuid for _, f in gaps.factors_without_explanation],
        },
    }
