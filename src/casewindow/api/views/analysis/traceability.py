"""The traceability map: finding → episodes → factors → excerpts → sources, with the gaps."""

from typing import Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Router, Schema

from casewindow.accounts.access import P
from casewindow.analysis.selectors.traceability import (
    EpisodeTrace,
    ExcerptNode,
    FindingTrace,
    traceability_map,
)
from casewindow.api.views.analysis.episodes import hidden_rounds
from casewindow.api.views.base import ERRORS, load

router = Router(tags=["analysis"])


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
    trace = traceability_map(review=review, hidden=hidden_rounds(request, review))
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
