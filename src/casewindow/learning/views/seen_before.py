""" "Seen before" on a finding or a key practice episode: the most similar findings and episodes
of the other reviews whose learning the user may see, and why they match."""

from uuid import UUID

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from casewindow.accounts import access
from casewindow.accounts.access import P
from casewindow.analysis.framework import factor_nodes
from casewindow.analysis.models import Finding, KeyPracticeEpisode
from casewindow.analysis.selectors.agreement import hidden_episode_rounds
from casewindow.learning.selectors.national import national_learning
from casewindow.learning.selectors.repository import (
    LearningSource,
    ReviewLearning,
    review_learning,
)
from casewindow.learning.similar import Candidate, SimilarityIndex


def _pool(learning: list[ReviewLearning]) -> list[Candidate]:
    pool = []
    for review in learning:
        for finding in review.findings:
            pool.append(
                Candidate(
                    review.reference,
                    "finding",
                    finding.number,
                    finding.text or finding.statement,
                    pattern_area=finding.pattern_area,
                    national=review.national,
                )
            )
        for episode in review.episodes:
            pool.append(
                Candidate(
                    review.reference,
                    "episode",
                    episode.number,
                    f"{episode.title}\n{episode.summary}",
                    factors=frozenset(f.key for f in episode.factors),
                    national=review.national,
                )
            )
    return pool


def _seen_before(request: HttpRequest, reference: str, kind: str, object_id: UUID) -> HttpResponse:
    review = access.review_for_user(request, reference, P.ANALYSIS_VIEW)
    own = review_learning([LearningSource(review, True)])[0]
    obj: Finding | KeyPracticeEpisode
    if kind == "finding":
        obj = access.review_object_for_user(
            request, review, Finding.objects.alive(), object_id, P.ANALYSIS_VIEW
        )
        item = next(f for f in own.findings if f.uuid == str(obj.uuid))
        query = Candidate(
            review.reference, kind, item.number, item.text, pattern_area=item.pattern_area
        )
        title = f"Finding {item.number}: {item.statement}"
    else:
        obj = access.review_object_for_user(
            request, review, KeyPracticeEpisode.objects.alive(), object_id, P.ANALYSIS_VIEW
        )
        episode = next(e for e in own.episodes if e.uuid == str(obj.uuid))
        # A coder coding the episode blind in an agreement check must not learn its shared
        # coding from what matches it: its words only, then.
        blind = obj.pk in hidden_episode_rounds(review=review, user=request.user)
        query = Candidate(
            review.reference,
            kind,
            episode.number,
            f"{episode.title}\n{episode.summary}",
            factors=frozenset() if blind else frozenset(f.key for f in episode.factors),
        )
        title = f"Key practice episode {episode.number}: {episode.title}"
    views = [
        v
        for v in access.learning_reviews_for_user(request.user, review.partnership)
        if v.review.pk != review.pk
    ]
    access.learning_views_noted(request, views, "seen before")
    pool = review_learning(
        [LearningSource(v.review, v.sees_unpublished) for v in views]
    ) + national_learning(partnership=review.partnership)
    names = {key: node.name for key, node in factor_nodes().items()}
    matches = SimilarityIndex(_pool(pool)).similar(query, limit=8, factor_names=names)
    return render(
        request,
        "learning/seen_before.html",
        {
            "review": review,
            "title": title,
            "matches": matches,
            "pool_size": len(pool),
            "partnership": review.partnership,
        },
    )


def finding_seen_before(request: HttpRequest, reference: str, finding_id: UUID) -> HttpResponse:
    return _seen_before(request, reference, "finding", finding_id)


def episode_seen_before(request: HttpRequest, reference: str, episode_id: UUID) -> HttpResponse:
    return _seen_before(request, reference, "episode", episode_id)
