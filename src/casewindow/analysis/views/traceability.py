"""The traceability map of a review, as a nested list (with the gaps at the top) and as a
picture. Both only read; the review is loaded (and so authorised) through the access module."""

from html import escape

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.safestring import mark_safe

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.analysis.selectors import agreement as selectors_agreement
from casewindow.analysis.selectors.agreement import hidden_note
from casewindow.analysis.selectors.traceability import (
    EpisodeTrace,
    ExcerptNode,
    FactorTrace,
    TraceabilityMap,
    traceability_map,
)
from casewindow.analysis.traceability_svg import traceability_svg
from casewindow.analysis.views.findings import page
from casewindow.reviews.models import Review

_PLACEHOLDER = "00000000-0000-0000-0000-000000000000"


def _with_urls(trace: TraceabilityMap, reference: str) -> TraceabilityMap:
    """Give each item the address of its page (a factor: its episode's page). Reversed once
    per kind and filled in, which keeps a large map fast."""
    urls = {
        name: reverse(f"analysis:{name}", args=[reference, _PLACEHOLDER])
        for name in ("finding_detail", "episode_detail", "excerpt_detail")
    }
    source_urls = {
        "document": reverse("evidence:document_detail", args=[reference, _PLACEHOLDER]),
        "conversation": reverse("evidence:conversation_detail", args=[reference, _PLACEHOLDER]),
        "chronology": reverse("evidence:chronology", args=[reference]) + "?agency=" + _PLACEHOLDER,
    }

    def url(name: str, uuid: str) -> str:
        return urls[name].replace(_PLACEHOLDER, uuid)

    def excerpt_urls(excerpts: list[ExcerptNode]) -> None:
        for excerpt in excerpts:
            excerpt.url = url("excerpt_detail", excerpt.uuid)

    for finding in trace.findings:
        finding.url = url("finding_detail", finding.uuid)
        excerpt_urls(finding.excerpts)
    for episode in trace.episodes:
        episode.url = url("episode_detail", episode.uuid)
        excerpt_urls(episode.excerpts)
        for factor in episode.factors:
            factor.url = episode.url
            excerpt_urls(factor.excerpts)
    for source in trace.sources:
        if source.key[0] in source_urls and source.uuid:
            source.url = source_urls[source.key[0]].replace(_PLACEHOLDER, source.uuid)
    return trace


# The branches are built with html.escape rather than format_html: a large map has thousands of
# excerpts, and format_html's lazy-string machinery cost half the page's time.


def _excerpt_html(excerpt: ExcerptNode) -> str:
    if not excerpt.html:
        detail = f", {excerpt.detail}" if excerpt.detail else ""
        excerpt.html = (
            f'<a class="govuk-link" href="{escape(excerpt.url)}">“{escape(excerpt.quote)}”</a>'
            f" – {escape(excerpt.source.label + detail)}"
        )
    return excerpt.html


def _excerpt_list(excerpts: list[ExcerptNode], prefix: str = "") -> str:
    items = "".join(f"<li>{prefix}{_excerpt_html(x)}</li>" for x in excerpts)
    return f'<ul class="govuk-list govuk-list--bullet govuk-body-s">{items}</ul>'


def _factor_html(factor: FactorTrace) -> str:
    layer = (
        f" ({escape(factor.layer_name)})"
        if factor.layer_name and factor.layer_name != factor.name
        else ""
    )
    tag = (
        ' <strong class="govuk-tag govuk-tag--yellow">No explanation</strong>'
        if factor.no_explanation
        else ""
    )
    excerpts = _excerpt_list(factor.excerpts) if factor.excerpts else ""
    return (
        f"<li>Factor: {escape(factor.name)}{layer}, {escape(factor.effect.lower())}{tag}"
        f"{excerpts}</li>"
    )


def _episode_html(episode: EpisodeTrace) -> str:
    tag = (
        ' <strong class="govuk-tag govuk-tag--orange">No factors</strong>'
        if episode.no_factors
        else ""
    )
    head = (
        f'<a class="govuk-link" href="{escape(episode.url)}">'
        f"KPE {episode.number}: {escape(episode.title)}</a>{tag}"
    )
    if episode.hidden_round is not None:
        note = escape(hidden_note(episode.hidden_round))
        head += (
            ' <span class="govuk-hint govuk-!-display-block">'
            f"Factors: {note[:1].lower()}{note[1:]}</span>"
        )
    if not episode.factors and not episode.excerpts:
        return head
    items = [_factor_html(f) for f in episode.factors] + [
        f"<li>Excerpt: {_excerpt_html(x)}</li>" for x in episode.excerpts
    ]
    return f'{head}<ul class="govuk-list govuk-list--bullet govuk-body-s">{"".join(items)}</ul>'


def _rendered(trace: TraceabilityMap) -> TraceabilityMap:
    """Build each episode's branch (factors, excerpts, sources) once, escaping every value: an
    episode behind several findings is shown under each, and a large map is then fast."""
    for episode in trace.episodes:
        episode.html = mark_safe(_episode_html(episode))  # noqa: S308 - every value escaped
    for finding in trace.findings:
        if finding.excerpts:
            finding.excerpts_html = mark_safe(_excerpt_list(finding.excerpts, "Excerpt: "))  # noqa: S308
    return trace


def _map(request: HttpRequest, review: Review) -> TraceabilityMap:
    """The map as this viewer may see it: without the factors of episodes they code blind."""
    hidden = selectors_agreement.hidden_episode_rounds(review=review, user=request.user)
    return traceability_map(review=review, hidden=hidden)


def traceability(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    return page(
        request,
        "analysis/traceability.html",
        review,
        "traceability",
        trace=_rendered(_with_urls(_map(request, review), review.reference)),
    )


def traceability_picture(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    trace = _with_urls(_map(request, review), review.reference)
    # Built by traceability_svg, which escapes every text it writes.
    svg = mark_safe(traceability_svg(trace, review_label=review.reference))  # noqa: S308
    return page(
        request,
        "analysis/traceability_picture.html",
        review,
        "traceability",
        trace=trace,
        svg=svg,
    )
