"""The analysis's texts as a reader sees them (casewindow.reviews.texts), for checks that read
every text of a review: findings, key practice episodes with their contributory factors,
recommendations and the multi-agency narrative."""

from collections.abc import Mapping
from typing import Any

from django.urls import reverse

from casewindow.analysis.framework import factor_nodes
from casewindow.analysis.models import Finding, KeyPracticeEpisode, Recommendation
from casewindow.analysis.richtext import html_to_blocks
from casewindow.analysis.selectors.agreement import hidden_note
from casewindow.analysis.selectors.narrative import sections_with_perspectives
from casewindow.reviews.models import Review
from casewindow.reviews.texts import ReviewText, ReviewTextSource

FINDING_FIELDS = (
    "statement",
    "introduction",
    "how_featured",
    "why_not_unique",
    "how_widespread",
    "why_it_matters",
    "summary",
    "questions",
)
EPISODE_FIELDS = (
    "what_happened",
    "appraisal_good",
    "appraisal_problematic",
    "appraisal_explanation",
)


def _label(model: Any, name: str) -> str:
    label = str(model._meta.get_field(name).verbose_name)
    return label[:1].upper() + label[1:]


def _fields(prefix: str, obj: Any, fields: tuple[str, ...]) -> list[ReviewText]:
    return [
        ReviewText(
            label=_label(type(obj), name),
            context_key=f"{prefix}:{obj.uuid}:{name}",
            pieces=(getattr(obj, name) or "",),
        )
        for name in fields
    ]


def html_strings(html: str) -> tuple[str, ...]:
    """The plain text a reader sees of sanitised rich text, piece by piece: each heading,
    paragraph and list item, with the markup gone (as the report prints it)."""
    strings: list[str] = []
    for _kind, value in html_to_blocks(html):
        strings.extend(value if isinstance(value, tuple) else (value,))
    return tuple(strings)


def narrative_texts(*, review: Review) -> list[ReviewTextSource]:
    """The multi-agency narrative: each live section's text ("narrative:<uuid>:body") and each
    live agency perspective ("perspective:<uuid>:body"), as plain text without the markup."""
    sections = sections_with_perspectives(review=review)
    sources = []
    for number, section in enumerate(sections, start=1):
        args = [review.reference, section.uuid]
        texts = [
            ReviewText(
                label="The narrative",
                context_key=f"narrative:{section.uuid}:body",
                pieces=html_strings(section.body_html),
                numbered=True,
            )
        ]
        for perspective in section.live_perspectives:
            texts.append(
                ReviewText(
                    label=f"Perspective of {perspective.agency.name}",
                    context_key=f"perspective:{perspective.uuid}:body",
                    pieces=html_strings(perspective.body_html),
                    numbered=True,
                    edit_url=reverse(
                        "analysis:narrative_perspective_edit", args=[*args, perspective.uuid]
                    ),
                )
            )
        sources.append(
            ReviewTextSource(
                kind="Multi-agency narrative",
                area="narrative",
                title=f"{number}. {section.title}",
                url=reverse("analysis:narrative", args=[review.reference])
                + f"#section-{section.uuid}",
                edit_url=reverse("analysis:narrative_section_edit", args=args),
                edit_permission="analysis.edit",
                texts=tuple(texts),
            )
        )
    return sources


def analysis_texts(
    *, review: Review, hidden: Mapping[int, int] | None = None
) -> list[ReviewTextSource]:
    """Every piece of analysis text the review has today: findings, key practice episodes with
    their contributory factors, recommendations, then the multi-agency narrative. The factors
    of the episodes in `hidden` (episode id -> agreement check number) are left out: the
    viewer codes them blind."""
    hidden = hidden or {}
    sources: list[ReviewTextSource] = []
    for finding in Finding.objects.alive().filter(review=review):
        sources.append(
            ReviewTextSource(
                kind="Finding" if finding.is_systems_finding else "Case-specific learning",
                area="finding",
                title=f"Finding {finding.number}: {finding.statement}",
                url=reverse("analysis:finding_detail", args=[review.reference, finding.uuid]),
                texts=tuple(_fields("finding", finding, FINDING_FIELDS)),
            )
        )
    nodes = factor_nodes()
    episodes = KeyPracticeEpisode.objects.alive().filter(review=review).prefetch_related("factors")
    for episode in episodes:
        texts = _fields("episode", episode, EPISODE_FIELDS)
        for factor in episode.factors.all():
            if episode.pk in hidden:
                break
            if factor.deleted_at is not None or factor.coder_id is not None:
                continue
            node = nodes.get(factor.node_key)
            texts.append(
                ReviewText(
                    label=f"Contributory factor: {node.name if node else factor.node_key}",
                    context_key=f"factor:{factor.uuid}:explanation",
                    pieces=(factor.explanation,),
                )
            )
        sources.append(
            ReviewTextSource(
                kind="Key practice episode",
                area="episode",
                title=f"KPE {episode.number}: {episode.title}",
                url=reverse("analysis:episode_detail", args=[review.reference, episode.uuid]),
                texts=tuple(texts),
                hidden_note=(
                    f"KPE {episode.number}: contributory factors "
                    f"{hidden_note(hidden[episode.pk]).lower()}."
                    if episode.pk in hidden
                    else ""
                ),
            )
        )
    for recommendation in Recommendation.objects.alive().filter(review=review):
        sources.append(
            ReviewTextSource(
                kind="Recommendation",
                area="recommendation",
                title=f"Recommendation {recommendation.number}",
                url=reverse(
                    "analysis:recommendation_detail", args=[review.reference, recommendation.uuid]
                ),
                texts=tuple(_fields("recommendation", recommendation, ("text",))),
            )
        )
    return sources + narrative_texts(review=review)
