"""Key practice episodes and their contributory factors."""

import datetime
from collections.abc import Callable
from typing import Any
from uuid import UUID

from django.db.models import Prefetch
from django.http import HttpRequest
from ninja import Query, Router, Schema, Status

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.analysis.forms.episodes import EpisodeForm, FactorForm
from casewindow.analysis.models import ContributoryFactor, KeyPracticeEpisode
from casewindow.analysis.selectors import agreement as selectors_agreement
from casewindow.analysis.selectors.episodes import shared_factors
from casewindow.analysis.services import episodes as episode_services
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
        "excerpts": uuids(factor.excerpts.all()),
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
            "agencies": uuids(episode.agencies.all()),
            "people": uuids(episode.people.all()),
            "events": uuids(episode.events.all()),
            "factors": [] if blind else [_factor_out(f, episode) for f in factors],
            "factors_hidden": blind,
            "version": str(episode.version),
        }

    return out


def hidden_rounds(request: HttpRequest, review: Review) -> dict[int, int]:
    return selectors_agreement.hidden_episode_rounds(review=review, user=request.user)


@router.get("/reviews/{reference}/episodes", response={200: EpisodePage, **ERRORS})
def episode_list(request: HttpRequest, reference: str, paging: Query[Paging]) -> dict[str, Any]:
    review = load(request, reference, P.ANALYSIS_VIEW).review
    out = _episode_out(hidden_rounds(request, review))
    return page_of(_episodes(review), paging.limit, paging.offset, out)


@router.get("/reviews/{reference}/episodes/{episode_id}", response={200: EpisodeOut, **ERRORS})
def episode_detail(request: HttpRequest, reference: str, episode_id: UUID) -> dict[str, Any]:
    review, episode = load_object(request, reference, P.ANALYSIS_VIEW, _episodes, episode_id)
    return _episode_out(hidden_rounds(request, review))(episode)


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
    return Status(201, _episode_out(hidden_rounds(request, review))(episode))


@router.patch(
    "/reviews/{reference}/episodes/{episode_id}", response={200: EpisodeOut, **WRITE_ERRORS}
)
def episode_update(
    request: HttpRequest, reference: str, episode_id: UUID, payload: EpisodePatch
) -> dict[str, Any]:
    review, episode = load_object(request, reference, P.ANALYSIS_EDIT, _episodes, episode_id)
    values, version = patch_values(payload)
    form = bound_form(EpisodeForm, values, partial=True, instance=episode, review=review)
    saved = checked_save(
        lambda: episode_services.episode_update(
            actor=access.signed_in_user(request),
            episode=episode,
            expected_version=version,
            **form.service_data(),
        )
    )
    return _episode_out(hidden_rounds(request, review))(_episodes(review).get(pk=saved.pk))


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
    return checked_remove(
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
    factor = checked_save(
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
    saved = checked_save(
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
    return checked_remove(
        factor,
        removal.version,
        lambda: episode_services.factor_delete(actor=access.signed_in_user(request), factor=factor),
    )
