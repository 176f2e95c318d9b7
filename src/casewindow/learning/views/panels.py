"""What the learning app adds to the analysis pages (registered in learning/apps.py): a link from
a finding and from a key practice episode to its "seen before" page, and the pattern-area
suggestion the systems-finding form shows as a hint."""

from django.http import HttpRequest
from django.urls import reverse

from casewindow.analysis.framework import pattern_areas
from casewindow.analysis.models import Finding, KeyPracticeEpisode
from casewindow.analysis.panels import Panel, PatternAreaHint
from casewindow.learning.suggest import pattern_suggest
from casewindow.reviews.models import Review

TEMPLATE = "learning/_seen_before_panel.html"


def finding_seen_before_panel(request: HttpRequest, review: Review, finding: Finding) -> Panel:
    return Panel(
        TEMPLATE,
        {
            "url": reverse("learning:finding_seen_before", args=[review.reference, finding.uuid]),
            "what": f"finding {finding.number}",
        },
    )


def episode_seen_before_panel(
    request: HttpRequest, review: Review, episode: KeyPracticeEpisode
) -> Panel:
    return Panel(
        TEMPLATE,
        {
            "url": reverse("learning:episode_seen_before", args=[review.reference, episode.uuid]),
            "what": f"key practice episode {episode.number}",
        },
    )


def pattern_area_suggestions(text: str) -> list[PatternAreaHint]:
    areas = pattern_areas()
    return [
        PatternAreaHint(s.area, areas[s.area].name, s.score, s.words)
        for s in pattern_suggest(text)
        if s.area in areas
    ]
