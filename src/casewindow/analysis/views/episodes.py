"""Key practice episodes (KPEs): the table, an episode's page, adding and changing episodes and
their contributory factors, reordering, removal and restore, and the exports. Each view loads
(and so authorises) what it shows through the access module; writes go through
analysis.services.episodes."""

from dataclasses import dataclass
from functools import partial
from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.analysis import exports
from casewindow.analysis.forms.episodes import EpisodeForm, FactorFilterForm, FactorForm
from casewindow.analysis.models import ContributoryFactor, KeyPracticeEpisode
from casewindow.analysis.panels import episode_panels, panels_for
from casewindow.analysis.selectors import agreement as selectors_agreement
from casewindow.analysis.selectors import episodes as selectors
from casewindow.analysis.services import episodes as services
from casewindow.analysis.services.conflicts import conflict_form
from casewindow.analysis.services.editing import EditConflict
from casewindow.audit.models import AuditAction
from casewindow.audit.services import audit_record
from casewindow.forms import posted
from casewindow.reviews.models import Review
from casewindow.reviews.pages import confirm_removal, review_page

_EPISODES = KeyPracticeEpisode.objects.alive()


_page = partial(review_page, review_section="episodes")


def _episode(
    request: HttpRequest, reference: str, episode_id: UUID, permission: P, *, alive: bool = True
) -> tuple[Review, KeyPracticeEpisode]:
    review = access.review_for_user(request, reference, permission)
    queryset = _EPISODES if alive else KeyPracticeEpisode.objects.all()
    episode = access.review_object_for_user(request, review, queryset, episode_id, permission)
    return review, episode


def _factor(
    episode: KeyPracticeEpisode, factor_id: UUID, *, alive: bool = True
) -> ContributoryFactor:
    factors = ContributoryFactor.objects.alive() if alive else ContributoryFactor.objects.all()
    # Only the shared coding: a reviewer's independent coding changes in its agreement check.
    return access.object_of(episode, factors, via="episode", uuid=factor_id, coder__isnull=True)


def _list_url(review: Review) -> str:
    return reverse("analysis:episode_list", args=[review.reference])


def _detail_url(review: Review, episode: KeyPracticeEpisode) -> str:
    return reverse("analysis:episode_detail", args=[review.reference, episode.uuid])


@dataclass(frozen=True)
class EpisodeListRow:
    """An episode in the table, with its page's address and, when its factors are hidden from
    this reviewer (coding it blind in an agreement check), why."""

    episode: KeyPracticeEpisode
    url: str
    factors_hidden: str


def episode_list(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    filter_form = FactorFilterForm(request.GET or None)
    factor_key = filter_form.factor_key() if request.GET else ""
    episodes = selectors.episode_table(review=review, factor_key=factor_key)
    # A reviewer coding episodes in an agreement check codes them blind.
    hidden = selectors_agreement.hidden_episode_rounds(review=review, user=request.user)
    if factor_key:
        episodes = [e for e in episodes if e.pk not in hidden]
    # One reverse() for the whole table, not three per row (200 rows: ~90 ms).
    placeholder = UUID(int=0)
    detail = reverse("analysis:episode_detail", args=[review.reference, placeholder])
    rows = [
        EpisodeListRow(
            episode=episode,
            url=detail.replace(str(placeholder), str(episode.uuid)),
            factors_hidden=(
                selectors_agreement.hidden_note(hidden[episode.pk]) if episode.pk in hidden else ""
            ),
        )
        for episode in episodes
    ]
    return _page(
        request,
        "analysis/episode_list.html",
        review,
        episodes=rows,
        filter_form=filter_form,
        factor_key=factor_key,
        last_number=episodes[-1].number if episodes else 0,
        first_number=episodes[0].number if episodes else 0,
    )


def episode_detail(request: HttpRequest, reference: str, episode_id: UUID) -> HttpResponse:
    review, episode = _episode(request, reference, episode_id, P.ANALYSIS_VIEW)
    detail = selectors.episode_detail(episode=episode)
    hidden = selectors_agreement.hidden_episode_rounds(review=review, user=request.user)
    if episode.pk in hidden:  # the viewer is coding it blind in an agreement check
        detail["factor_rows"] = []
    return _page(
        request,
        "analysis/episode_detail.html",
        review,
        episode=episode,
        factors_hidden=episode.pk in hidden,
        hidden_round=hidden.get(episode.pk),
        # "Seen before" matches on the episode's factors: not while they are hidden from the viewer.
        panels=[] if episode.pk in hidden else panels_for(episode_panels, request, review, episode),
        **detail,
    )


@require_http_methods(["GET", "POST"])
def episode_add(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    form = EpisodeForm(posted(request), review=review)
    if request.method == "POST" and form.is_valid():
        episode = services.episode_create(
            actor=access.signed_in_user(request), review=review, **form.service_data()
        )
        messages.success(request, f"Key practice episode {episode.number} added.")
        return redirect(_detail_url(review, episode))
    return _page(request, "analysis/episode_form.html", review, form=form, episode=None)


@require_http_methods(["GET", "POST"])
def episode_edit(request: HttpRequest, reference: str, episode_id: UUID) -> HttpResponse:
    review, episode = _episode(request, reference, episode_id, P.ANALYSIS_EDIT)
    form = EpisodeForm(posted(request), instance=episode, review=review)
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            services.episode_update(
                actor=access.signed_in_user(request),
                episode=episode,
                expected_version=form.cleaned_data.get("version"),
                **form.service_data(),
            )
        except EditConflict as error:
            form, conflict = conflict_form(
                EpisodeForm, request, error, submitted=form, instance=error.current, review=review
            )
        else:
            messages.success(request, f"Key practice episode {episode.number} saved.")
            return redirect(_detail_url(review, episode))
    return _page(
        request, "analysis/episode_form.html", review, form=form, episode=episode, conflict=conflict
    )


@require_http_methods(["GET", "POST"])
def episode_delete(request: HttpRequest, reference: str, episode_id: UUID) -> HttpResponse:
    review, episode = _episode(request, reference, episode_id, P.ANALYSIS_EDIT)
    return confirm_removal(
        request,
        review,
        "episodes",
        remove=lambda: services.episode_delete(
            actor=access.signed_in_user(request), episode=episode
        ),
        removed=f"Key practice episode {episode.number} removed. The lead reviewer can restore it.",
        done_url=_list_url(review),
        template="analysis/episode_confirm_delete.html",
        context=lambda: {
            "episode": episode,
            "has_links": services.episode_has_links(episode=episode),
            "factor_count": episode.factors.alive().filter(coder__isnull=True).count(),
            "finding_count": episode.findings.alive().count(),
        },
    )


def episode_removed(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_RESTORE)
    # Not even the removed shared factors of an episode the viewer codes blind.
    hidden = selectors_agreement.hidden_episode_rounds(review=review, user=request.user)
    return _page(
        request,
        "analysis/episode_removed.html",
        review,
        removed=selectors.episodes_removed(review=review),
        removed_factors=[
            row
            for row in selectors.factors_removed(review=review)
            if row.factor.episode_id not in hidden
        ],
    )


def episode_restore(request: HttpRequest, reference: str, episode_id: UUID) -> HttpResponse:
    review, episode = _episode(request, reference, episode_id, P.ANALYSIS_RESTORE, alive=False)
    if request.method != "POST":  # after the access check: outsiders learn nothing
        return HttpResponseNotAllowed(["POST"])
    if episode.deleted_at is not None:
        services.episode_restore(actor=access.signed_in_user(request), episode=episode)
        messages.success(request, f"Key practice episode {episode.number} restored.")
    return redirect(_detail_url(review, episode))


def episode_move(request: HttpRequest, reference: str, episode_id: UUID) -> HttpResponse:
    review, episode = _episode(request, reference, episode_id, P.ANALYSIS_EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    direction = request.POST.get("direction", "")
    if direction in ("up", "down"):
        if services.episode_move(
            actor=access.signed_in_user(request), episode=episode, direction=direction
        ):
            episode.refresh_from_db(fields=["number"])
            messages.success(
                request, f"“{episode.title}” moved {direction}: it is now episode {episode.number}."
            )
        else:
            place = "first" if direction == "up" else "last"
            messages.info(request, f"“{episode.title}” is already the {place} episode.")
    return redirect(f"{_list_url(review)}#episode-{episode.uuid}")


def episode_renumber(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    changed = services.episodes_renumber(
        actor=access.signed_in_user(request), review=review, by_date=True
    )
    messages.success(
        request,
        "Episodes renumbered in date order."
        if changed
        else "The episodes were already numbered in date order.",
    )
    return redirect(_list_url(review))


@require_http_methods(["GET", "POST"])
def factor_add(request: HttpRequest, reference: str, episode_id: UUID) -> HttpResponse:
    review, episode = _episode(request, reference, episode_id, P.ANALYSIS_EDIT)
    form = FactorForm(posted(request), episode=episode)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.factor_add(
            actor=access.signed_in_user(request),
            episode=episode,
            node_key=data["node_key"],
            effect=data["effect"],
            explanation=data["explanation"],
            excerpts=data.get("excerpts"),
        )
        messages.success(request, "Contributory factor added.")
        return redirect(_detail_url(review, episode))
    return _page(
        request, "analysis/factor_form.html", review, form=form, episode=episode, factor=None
    )


@require_http_methods(["GET", "POST"])
def factor_edit(
    request: HttpRequest, reference: str, episode_id: UUID, factor_id: UUID
) -> HttpResponse:
    review, episode = _episode(request, reference, episode_id, P.ANALYSIS_EDIT)
    factor = _factor(episode, factor_id)
    form = FactorForm(posted(request), factor=factor)
    conflict = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.factor_update(
                actor=access.signed_in_user(request),
                factor=factor,
                expected_version=data.get("version"),
                node_key=data["node_key"],
                effect=data["effect"],
                explanation=data["explanation"],
                excerpts=data.get("excerpts"),
            )
        except EditConflict as error:
            form, conflict = conflict_form(
                FactorForm, request, error, submitted=form, factor=error.current
            )
        else:
            messages.success(request, "Contributory factor saved.")
            return redirect(_detail_url(review, episode))
    return _page(
        request,
        "analysis/factor_form.html",
        review,
        form=form,
        episode=episode,
        factor=factor,
        conflict=conflict,
    )


@require_http_methods(["GET", "POST"])
def factor_delete(
    request: HttpRequest, reference: str, episode_id: UUID, factor_id: UUID
) -> HttpResponse:
    review, episode = _episode(request, reference, episode_id, P.ANALYSIS_EDIT)
    factor = _factor(episode, factor_id)
    return confirm_removal(
        request,
        review,
        "episodes",
        remove=lambda: services.factor_delete(actor=access.signed_in_user(request), factor=factor),
        removed="Contributory factor removed.",
        done_url=_detail_url(review, episode),
        template="analysis/factor_confirm_delete.html",
        context=lambda: {
            "episode": episode,
            "factor": factor,
            "row": selectors.factor_rows([factor])[0],
            "excerpt_count": factor.excerpts.alive().count(),
        },
    )


def factor_restore(
    request: HttpRequest, reference: str, episode_id: UUID, factor_id: UUID
) -> HttpResponse:
    review, episode = _episode(request, reference, episode_id, P.ANALYSIS_RESTORE)
    factor = _factor(episode, factor_id, alive=False)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if factor.deleted_at is not None:
        services.factor_restore(actor=access.signed_in_user(request), factor=factor)
        messages.success(request, "Contributory factor restored.")
    return redirect(_detail_url(review, episode))


def episode_export_csv(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    episodes = selectors.episode_table(review=review, full_text=True)
    hidden = selectors_agreement.hidden_episode_rounds(review=review, user=request.user)
    audit_record(
        actor=request.user,
        action=AuditAction.EXPORT,
        summary=f"Exported the key practice episodes table as CSV ({len(episodes)} episodes)",
        review=review,
    )
    return exports.episodes_csv_response(review=review, episodes=episodes, hidden=hidden)


def episode_export_docx(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    episodes = selectors.episode_table(review=review, full_text=True)
    hidden = selectors_agreement.hidden_episode_rounds(review=review, user=request.user)
    audit_record(
        actor=request.user,
        action=AuditAction.EXPORT,
        summary=f"Exported the key practice episodes table as DOCX ({len(episodes)} episodes)",
        review=review,
    )
    return exports.episodes_docx_response(review=review, episodes=episodes, hidden=hidden)
