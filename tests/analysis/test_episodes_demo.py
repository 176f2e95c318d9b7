"""The demo's key practice episodes load through the services onto the demo review."""

import pytest

from casewindow.analysis.models import KeyPracticeEpisode
from casewindow.analysis.selectors import episodes as selectors
from casewindow.demo.analysis_episodes import EPISODES
from casewindow.demo.loader import demo_load

pytestmark = pytest.mark.django_db


def test_demo_episodes_load_with_factors_and_links() -> None:
    review, _ = demo_load()  # loads the episodes through demo_load_episodes
    table = selectors.episode_table(review=review)
    assert len(table) == len(EPISODES)
    assert [e.number for e in table] == list(range(1, len(EPISODES) + 1))
    assert all(len(e.factor_rows) >= 2 and all(r.node for r in e.factor_rows) for e in table)
    strategy = KeyPracticeEpisode.objects.get(review=review, title__icontains="strategy")
    assert strategy.events.exists() or strategy.entries.exists()
    assert strategy.conversations.exists()
    assert KeyPracticeEpisode.objects.filter(review=review, appraisal="good").exists()
