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
from casewindow.learning.selectors.pool import PoolScope, pooled_item, pooled_similarity_index
from casewindow.learning.selectors.repository import ReviewLearning
from casewindow.learning.services.pool import learning_pool_refresh
from casewindow.learning.similar import Candidate


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
    model = Finding if kind == "finding" else KeyPracticeEpisode
    obj = access.review_object_for_user(
        request,
        review,
        model.objects.alive(),
        object_id,
        P.ANALYSIS_VIEW,
    )
    # The review's own learning as pooled (labelled), brought up to date first.
    learning_pool_refresh([review.pk])
    query, statement = pooled_item(review.pk, obj.uuid)
    if kind == "finding":
        title = f"Finding {query.number}: {statement}"
    else:
        title = f"Key practice episode {query.number}: {statement}"
        # A coder coding the episode blind in an agreement check must not learn its shared
        # coding from what matches it: its words only, then.
        if obj.pk in hidden_episode_rounds(review=review, user=request.user):
            query.factors = frozenset()
    views = [
        v
        for v in access.learning_reviews_for_user(request.user, review.partnership)
        if v.review.pk != review.pk
    ]
    # The other reviews' pooled learning, their words stemmed when it was built.
    learning_pool_refresh([v.review.pk for v in views])
    scope = PoolScope({v.review.pk: v.sees_unpublished for v in views})
    national = national_learning(partnership=review.partnership)
    names = {key: node.name for key, node in factor_nodes().items()}
    index = pooled_similarity_index(scope, _pool(national))
    matches = index.similar(query, limit=8, factor_names=names)
    # The audit log records the reviews whose learning the page showed: those matched.
    matched = {m.candidate.review for m in matches if not m.candidate.national}
    access.learning_views_noted(
        request, [v for v in views if v.review.reference in matched], "seen before"
    )
    return render(
        request,
        "learning/seen_before.html",
        {
            "review": review,
            "title": title,
            "matches": matches,
            "pool_size": len(views) + len(national),
            "partnership": review.partnership,
        },
    )


def finding_seen_before(request: HttpRequest, reference: str, finding_id: UUID) -> HttpResponse:
    return _seen_before(request, reference, "finding", finding_id)


def episode_seen_before(request: HttpRequest, reference: str, episode_id: UUID) -> HttpResponse:
    return _seen_before(request, reference, "episode", episode_id)
