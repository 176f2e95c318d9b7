"""National and neighbouring reviews as learning beside the partnership's own. Their content is
published elsewhere already, so everyone who opens the partnership's learning pages sees it."""

from casewindow.accounts.models import Partnership
from casewindow.analysis.framework import factor_nodes, pattern_areas
from casewindow.learning.models import NationalReview
from casewindow.learning.selectors.repository import (
    NO_ACTIONS,
    REC_STATUS_LABELS,
    SYSTEMS,
    EpisodeItem,
    FactorItem,
    FindingItem,
    RecommendationItem,
    ReviewLearning,
)
from casewindow.reviews.models import ReviewType


def national_learning(*, partnership: Partnership) -> list[ReviewLearning]:
    areas = pattern_areas()
    nodes = factor_nodes()
    types = dict(ReviewType.choices)
    out = []
    for review in NationalReview.objects.filter(partnership=partnership).prefetch_related(
        "findings", "recommendations", "episodes"
    ):
        learning = ReviewLearning(
            reference=review.reference,
            partnership=review.source,
            review_type=review.review_type,
            review_type_label=types.get(review.review_type, review.review_type),
            year=review.year,
            published=True,
            national=True,
            age_band="",
            agency_kinds=set(),
            link=review.link,
        )
        for finding in review.findings.all():
            area = areas.get(finding.pattern_area)
            learning.findings.append(
                FindingItem(
                    uuid=str(finding.uuid),
                    number=finding.number,
                    statement=finding.statement,
                    pattern_area=finding.pattern_area,
                    pattern_area_name=area.name if area else "",
                    category=SYSTEMS,
                    text=finding.statement,
                )
            )
        for episode in review.episodes.all():
            factors = []
            for factor in episode.factors or []:
                node = nodes.get(factor.get("key", ""))
                factors.append(
                    FactorItem(
                        key=factor.get("key", ""),
                        name=node.name if node else factor.get("key", ""),
                        layer=node.layer_name if node else "",
                        effect=factor.get("effect", ""),
                    )
                )
            learning.episodes.append(
                EpisodeItem(
                    str(episode.uuid), episode.number, episode.title, episode.summary, factors
                )
            )
        for rec in review.recommendations.all():
            learning.recommendations.append(
                RecommendationItem(
                    uuid=str(rec.uuid),
                    number=rec.number,
                    kind=rec.kind or 0,
                    kind_label=f"Kind {rec.kind}" if rec.kind else "Kind not given",
                    text=rec.text,
                    status=NO_ACTIONS,
                    status_label=REC_STATUS_LABELS[NO_ACTIONS],
                )
            )
        out.append(learning)
    return out
