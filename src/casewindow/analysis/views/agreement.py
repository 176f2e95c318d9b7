"""Agreement check pages: the rounds of a review, starting one, a coder's own (blind) coding,
the figures and disagreements once both coders are complete, and settling the shared coding.

Each view loads the review and the round through the access module (outsiders 404, members
without the permission 403). The coding pages are a coder's own: anyone who is not one of the
round's two coders gets 403 there, and a coder can never address the other's coding."""

from dataclasses import dataclass
from functools import partial
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.analysis.forms.agreement import (
    AgreementCodeForm,
    AgreementStartForm,
    settle_form,
)
from casewindow.analysis.models import AgreementRound, ContributoryFactor, KeyPracticeEpisode
from casewindow.analysis.selectors import agreement as selectors
from casewindow.analysis.selectors.episodes import FactorRow, episode_when, factor_rows
from casewindow.analysis.services import agreement as services
from casewindow.analysis.services.editing import EditConflict
from casewindow.forms import posted
from casewindow.reviews.models import Review
from casewindow.reviews.pages import review_page

_page = partial(review_page, review_section="episodes")


def _round(
    request: HttpRequest, reference: str, round_id: UUID, permission: P
) -> tuple[Review, AgreementRound]:
    review = access.review_for_user(request, reference, permission)
    rounds = AgreementRound.objects.alive().select_related("coder_a", "coder_b", "closed_by")
    agreement_round = access.review_object_for_user(request, review, rounds, round_id, permission)
    return review, agreement_round


def _own_slot(request: HttpRequest, review: Review, agreement_round: AgreementRound) -> str:
    """The signed-in user's slot in the round; 403 (logged) for anyone else."""
    return access.agreement_slot_for_user(request, review, agreement_round)


def _round_episode(agreement_round: AgreementRound, episode_id: UUID) -> KeyPracticeEpisode:
    return access.object_of(
        agreement_round, KeyPracticeEpisode.objects.alive(), via="agreement_rounds", uuid=episode_id
    )


def _detail_url(review: Review, agreement_round: AgreementRound) -> str:
    return reverse("analysis:agreement_detail", args=[review.reference, agreement_round.uuid])


def _coding_url(review: Review, agreement_round: AgreementRound) -> str:
    return reverse("analysis:agreement_coding", args=[review.reference, agreement_round.uuid])


def _status(agreement_round: AgreementRound) -> dict[str, Any]:
    return {
        "coders": [
            (
                selectors.slot_coder(agreement_round, slot),
                selectors.slot_complete(agreement_round, slot),
            )
            for slot in (selectors.A, selectors.B)
        ],
        "can_see_results": agreement_round.is_closed or agreement_round.both_complete,
    }


def agreement_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    rounds = list(selectors.rounds_for_review(review=review))
    return _page(request, "analysis/agreement_list.html", review, rounds=rounds)


@require_http_methods(["GET", "POST"])
def agreement_start(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    form = AgreementStartForm(posted(request), review=review)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            agreement_round = services.agreement_round_start(
                actor=access.signed_in_user(request),
                review=review,
                coder_a=data["coder_a"],
                coder_b=data["coder_b"],
                episodes=data["episodes"],
            )
        except services.AgreementError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                f"Agreement check {agreement_round.number} started. Each coder codes the "
                "episodes on their own; neither sees the other's coding until both are complete.",
            )
            return redirect(_detail_url(review, agreement_round))
    has_episodes = KeyPracticeEpisode.objects.alive().filter(review=review).exists()
    return _page(
        request, "analysis/agreement_start.html", review, form=form, has_episodes=has_episodes
    )


def agreement_detail(request: HttpRequest, reference: str, round_id: UUID) -> HttpResponse:
    review, agreement_round = _round(request, reference, round_id, P.ANALYSIS_VIEW)
    status = _status(agreement_round)
    figures = selectors.figures_for(agreement_round) if status["can_see_results"] else None
    return _page(
        request,
        "analysis/agreement_detail.html",
        review,
        round=agreement_round,
        my_slot=selectors.slot_of(agreement_round, request.user),
        episodes=selectors.round_episodes(agreement_round),
        figures=figures,
        **status,
    )


def agreement_disagreements(request: HttpRequest, reference: str, round_id: UUID) -> HttpResponse:
    review, agreement_round = _round(request, reference, round_id, P.ANALYSIS_VIEW)
    status = _status(agreement_round)
    comparison = selectors.round_comparison(agreement_round) if status["can_see_results"] else []
    return _page(
        request,
        "analysis/agreement_disagreements.html",
        review,
        round=agreement_round,
        comparison=comparison,
        disagreement_count=sum(c.disagreements for c in comparison),
        **status,
    )


@dataclass(frozen=True)
class CodingRow:
    """An episode of the round with when it happened and the coder's own factors on it."""

    episode: KeyPracticeEpisode
    when: str
    my_rows: list[FactorRow]


def agreement_coding(request: HttpRequest, reference: str, round_id: UUID) -> HttpResponse:
    review, agreement_round = _round(request, reference, round_id, P.ANALYSIS_EDIT)
    slot = _own_slot(request, review, agreement_round)
    coding = selectors.coder_coding(agreement_round, slot)
    episodes = [
        CodingRow(
            episode=episode,
            when=episode_when(episode) or "Not dated",
            my_rows=factor_rows(list(coding.get(episode.pk, {}).values())),
        )
        for episode in selectors.round_episodes(agreement_round)
    ]
    return _page(
        request,
        "analysis/agreement_coding.html",
        review,
        round=agreement_round,
        episodes=episodes,
        complete=selectors.slot_complete(agreement_round, slot),
        coded=sum(len(c) for c in coding.values()),
    )


@require_http_methods(["GET", "POST"])
def agreement_code_episode(
    request: HttpRequest, reference: str, round_id: UUID, episode_id: UUID
) -> HttpResponse:
    review, agreement_round = _round(request, reference, round_id, P.ANALYSIS_EDIT)
    slot = _own_slot(request, review, agreement_round)
    episode = _round_episode(agreement_round, episode_id)
    can_code = not agreement_round.is_closed and not selectors.slot_complete(agreement_round, slot)
    form = AgreementCodeForm(posted(request), version=agreement_round.framework_version)
    if request.method == "POST" and not can_code:
        form.is_valid()
        form.add_error(None, "Your coding is complete, so it can no longer change")
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.agreement_code_add(
                actor=access.signed_in_user(request),
                agreement_round=agreement_round,
                episode=episode,
                node_key=data["node_key"],
                effect=data["effect"],
                explanation=data["explanation"],
            )
        except services.AgreementError as error:
            form.add_error("node_key", str(error))
        else:
            messages.success(request, "Factor added to your coding.")
            return redirect(request.path)
    coding = selectors.coder_coding(agreement_round, slot).get(episode.pk, {})
    episodes = selectors.round_episodes(agreement_round)
    position = next(i for i, e in enumerate(episodes) if e.pk == episode.pk)
    return _page(
        request,
        "analysis/agreement_code_episode.html",
        review,
        round=agreement_round,
        episode=episode,
        when=episode_when(episode),
        rows=factor_rows(list(coding.values())),
        form=form,
        can_code=can_code,
        position=position + 1,
        total=len(episodes),
        next_episode=episodes[position + 1] if position + 1 < len(episodes) else None,
        previous_episode=episodes[position - 1] if position > 0 else None,
    )


def agreement_code_remove(
    request: HttpRequest, reference: str, round_id: UUID, episode_id: UUID
) -> HttpResponse:
    review, agreement_round = _round(request, reference, round_id, P.ANALYSIS_EDIT)
    slot = _own_slot(request, review, agreement_round)
    episode = _round_episode(agreement_round, episode_id)
    if request.method != "POST":  # after the access checks: outsiders learn nothing
        return HttpResponseNotAllowed(["POST"])
    episode_url = reverse(
        "analysis:agreement_code_episode",
        args=[review.reference, agreement_round.uuid, episode.uuid],
    )
    try:
        factor_id = UUID(request.POST.get("factor", ""))
    except ValueError:
        return redirect(episode_url)
    coder = selectors.slot_coder(agreement_round, slot)
    factor = (
        ContributoryFactor.objects.alive()
        .filter(agreement_round=agreement_round, episode=episode, uuid=factor_id, coder=coder)
        .first()
    )
    if factor is not None:
        try:
            services.agreement_code_remove(
                actor=access.signed_in_user(request), agreement_round=agreement_round, factor=factor
            )
        except services.AgreementError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, "Factor removed from your coding.")
    return redirect(episode_url)


@require_http_methods(["GET", "POST"])
def agreement_complete(request: HttpRequest, reference: str, round_id: UUID) -> HttpResponse:
    review, agreement_round = _round(request, reference, round_id, P.ANALYSIS_EDIT)
    slot = _own_slot(request, review, agreement_round)
    complete = selectors.slot_complete(agreement_round, slot)
    if request.method == "POST":
        if not complete and not agreement_round.is_closed:
            try:
                agreement_round = services.agreement_complete(
                    actor=access.signed_in_user(request), agreement_round=agreement_round
                )
            except services.AgreementError as error:
                messages.error(request, str(error))
            else:
                messages.success(
                    request,
                    "Your coding is complete."
                    + (
                        " Both coders are now complete: the figures and the disagreements can "
                        "be seen."
                        if agreement_round.both_complete
                        else " The figures can be seen once the other coder is complete too."
                    ),
                )
        return redirect(_detail_url(review, agreement_round))
    coding = selectors.coder_coding(agreement_round, slot)
    episodes = selectors.round_episodes(agreement_round)
    return _page(
        request,
        "analysis/agreement_complete.html",
        review,
        round=agreement_round,
        complete=complete,
        coded=sum(len(c) for c in coding.values()),
        uncoded=[e for e in episodes if not coding.get(e.pk)],
    )


@require_http_methods(["GET", "POST"])
def agreement_settle(request: HttpRequest, reference: str, round_id: UUID) -> HttpResponse:
    review, agreement_round = _round(request, reference, round_id, P.ANALYSIS_EDIT)
    ready = agreement_round.both_complete and not agreement_round.is_closed
    if not ready:
        return _page(
            request,
            "analysis/agreement_settle.html",
            review,
            round=agreement_round,
            ready=False,
            **_status(agreement_round),
        )
    comparison = selectors.round_comparison(agreement_round, with_shared=True)
    items = [item for c in comparison for item in c.items]
    form = settle_form(posted(request), items=items, version=agreement_round.version)
    if request.method == "POST" and form.is_valid():
        try:
            services.agreement_settle(
                actor=access.signed_in_user(request),
                agreement_round=agreement_round,
                expected_version=form.cleaned_data.get("version"),
                decisions=form.decisions(),
            )
        except EditConflict as error:
            who = error.current.updated_by or "Someone"
            messages.error(
                request,
                f"{who} settled this agreement check after you opened it, so your decisions "
                "have not been saved. The shared coding below is theirs.",
            )
            return redirect(_detail_url(review, agreement_round))
        except services.AgreementError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                f"Agreement check {agreement_round.number} settled: the shared coding of its "
                "episodes is updated and the round is closed.",
            )
            return redirect(_detail_url(review, agreement_round))
    rows = {row[0].index: row for row in form.rows()}
    return _page(
        request,
        "analysis/agreement_settle.html",
        review,
        round=agreement_round,
        ready=True,
        form=form,
        comparison=[(c, [rows[item.index] for item in c.items]) for c in comparison],
        **_status(agreement_round),
    )
