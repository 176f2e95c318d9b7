"""The demo's agreement check: a settled round between the lead reviewer and the reviewer over
every demo episode, with partial agreement, whose settled result is the demo's shared coding."""

import pytest

from casewindow.analysis.models import AgreementRound, ContributoryFactor
from casewindow.analysis.selectors import episodes as selectors
from casewindow.analysis.selectors.agreement import figures_for
from casewindow.demo.analysis_episodes import EPISODES
from casewindow.demo.loader import demo_load
from casewindow.demo.setup import USERS

pytestmark = pytest.mark.django_db


def test_demo_agreement_check_is_settled_with_realistic_partial_agreement() -> None:
    review, _ = demo_load()
    agreement_round = AgreementRound.objects.get(review=review)

    assert agreement_round.is_closed
    assert (agreement_round.coder_a.email, agreement_round.coder_b.email) == (
        USERS[0][0],
        USERS[1][0],
    )
    assert agreement_round.episodes.count() == len(EPISODES) == 8
    figures = figures_for(agreement_round)
    used = [area for area in figures.areas if area.a_coded or area.b_coded]
    moderate_to_substantial = [a for a in used if 0.4 <= a.kappa <= 0.8]
    assert len(moderate_to_substantial) > len(used) / 2, [(a.key, a.kappa) for a in used]
    assert 0.4 <= figures.overall.kappa <= 0.8
    assert all(area.kappa is None for area in figures.areas if area not in used)
    # The settled result is the shared coding exactly as the demo episodes hold it.
    shared = {
        (f.episode.number, f.node_key, f.effect, f.explanation)
        for f in selectors.shared_factors().filter(episode__review=review)
    }
    expected = {
        (number, key, effect, explanation)
        for number, spec in enumerate(EPISODES, start=1)
        for key, effect, explanation in spec["factors"]
    }
    assert shared == expected
    kept = {(d["episode"], d["node_key"]) for d in agreement_round.decisions if d["keep"]}
    assert kept == {(n, key) for n, key, _e, _x in expected}
    assert not ContributoryFactor.objects.filter(episode__review=review, deleted_at__isnull=False)
