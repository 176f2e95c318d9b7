"""The demo review shows a decision log (kept text with reasons, a changed decision) and leaves
something unresolved for a newcomer to decide."""

import pytest

from casewindow.anonymisation.models import AnonymisationDecision
from casewindow.anonymisation.services import PublicationBlocked, anonymise, publication_blockers
from casewindow.demo.loader import demo_load
from casewindow.reports.assembly import build_report

pytestmark = pytest.mark.django_db


def test_demo_has_a_decision_log_and_an_unresolved_candidate() -> None:
    review, _created = demo_load()
    decisions = AnonymisationDecision.objects.filter(review=review)
    kept = decisions.filter(decision="keep", superseded_at__isnull=True)
    assert kept.count() >= 2 and all(d.reason for d in kept)
    assert decisions.filter(superseded_at__isnull=False).count() == 1

    content = build_report(review)
    assert {c.text for c in publication_blockers(review, content)} == {"Northbridge"}
    with pytest.raises(PublicationBlocked):
        anonymise(review, content)
