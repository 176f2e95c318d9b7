"""The traceability map of a review, as a nested list (with the gaps at the top) and as a
picture. Both only read; the review is loaded (and so authorised) through the access module."""

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from casewindow.accounts import access
from casewindow.accounts.access import Permission as P
from casewindow.analysis.selectors_traceability import (
    EpisodeTrace,
    ExcerptNode,
    FactorTrace,
    TraceabilityMap,
    traceability_map,
)
from casewindow.analysis.traceability_svg import traceability_svg
from casewindow.analysis.views.findings import page

_PLACEHOLDER = "00000000-0000-0000-0000-000000000000"


def _with_urls(trace: TraceabilityMap, reference: str) -> TraceabilityMap:
    """Give each item the address of its page (a factor: its episode's page). Reversed once
    per kind and filled in, which keeps a large map fast."""
    urls = {
        name: reverse(f"analysis:{name}", args=[reference, _PLACEHOLDER])
        for name in ("finding_detail", "episode_detail", "excerpt_detail")
    }

    def url(name: str, uuid: str) -> str:
        return urls[name].replace(_PLACEHOLDER, uuid)

    for finding in trace.findings:
        finding.url = url("finding_detail", finding.uuid)
    for episode in trace.episodes:
        episode.url = url("episode_detail", episode.uuid)
        for factor in episode.factors:
            factor.url = episode.url
            for excerpt in factor.excerpts:
                excerpt.url = url("excerpt_detail", excerpt.uuid)
        for excerpt in episode.excerpts:
            excerpt.url = url("excerpt_detail", excerpt.uuid)
    return trace


def _excerpt_html(excerpt: ExcerptNode) -> str:
    detail = f", {excerpt.detail}" if excerpt.detail else ""
    return format_html(
        '<a class="govuk-link" href="{}">“{}”</a> – {}{}',
        excerpt.url,
        excerpt.quote,
        excerpt.source.label,
        detail,
    )


def _factor_html(factor: FactorTrace) -> str:
    layer = (
        f" ({factor.layer_name})" if factor.layer_name and factor.layer_name != factor.name else ""
    )
    tag = (
        mark_safe(' <strong class="govuk-tag govuk-tag--yellow">No explanation</strong>')
        if factor.no_explanation
        else ""
    )
    excerpts = (
        format_html(
            '<ul class="govuk-list govuk-list--bullet govuk-body-s">{}</ul>',
            format_html_join("", "<li>{}</li>", ((_excerpt_html(x),) for x in factor.excerpts)),
        )
        if factor.excerpts
        else ""
    )
    return format_html(
        "<li>Factor: {}{}, {}{}{}</li>", factor.name, layer, factor.effect.lower(), tag, excerpts
    )


def _episode_html(episode: EpisodeTrace) -> str:
    tag = (
        mark_safe(' <strong class="govuk-tag govuk-tag--orange">No factors</strong>')
        if episode.no_factors
        else ""
    )
    head = format_html(
        '<a class="govuk-link" href="{}">KPE {}: {}</a>{}',
        episode.url,
        episode.number,
        episode.title,
        tag,
    )
    if not episode.factors and not episode.excerpts:
        return head
    items = [_factor_html(f) for f in episode.factors] + [
        format_html("<li>Excerpt: {}</li>", _excerpt_html(x)) for x in episode.excerpts
    ]
    return format_html(
        '{}<ul class="govuk-list govuk-list--bullet govuk-body-s">{}</ul>',
        head,
        mark_safe("".join(items)),  # noqa: S308 - each item is built by format_html
    )


def _rendered(trace: TraceabilityMap) -> TraceabilityMap:
    """Build each episode's branch (factors, excerpts, sources) once, with format_html (which
    escapes every value): an episode behind several findings is shown under each, and a large
    map is then fast."""
    for episode in trace.episodes:
        episode.html = _episode_html(episode)
    return trace


def traceability(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    return page(
        request,
        "analysis/traceability.html",
        review,
        "traceability",
        trace=_rendered(_with_urls(traceability_map(review=review), review.reference)),
    )


def traceability_picture(request: HttpRequest, reference: str) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    trace = traceability_map(review=review)
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
