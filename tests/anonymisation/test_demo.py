"""The demo review shows a decision log (kept text with reasons, a changed decision) and leaves
two candidates unresolved for a newcomer to decide; once they are decided, the publication
version names no one in the register."""

import re

import pytest
from django.contrib.auth import get_user_model

from casewindow.anonymisation.models import AnonymisationDecision
from casewindow.anonymisation.services import (
    PublicationBlocked,
    anonymise,
    decision_record,
    publication_blockers,
)
from casewindow.demo.loader import demo_load
from casewindow.reports.assembly import build_report

pytestmark = pytest.mark.django_db


def test_demo_has_a_decision_log_and_unresolved_candidates() -> None:
    review, _created = demo_load()
    decisions = AnonymisationDecision.objects.filter(review=review)
    kept = decisions.filter(decision="keep", superseded_at__isnull=True)
    assert kept.count() >= 2 and all(d.reason for d in kept)
    assert decisions.filter(decision="replace", superseded_at__isnull=True).count() >= 2
    assert decisions.filter(superseded_at__isnull=False).count() == 1

    content = build_report(review)
    assert {c.text for c in publication_blockers(review, content)} == {
        "Northbridge",
        "Northbridge General Hospital",
    }
    with pytest.raises(PublicationBlocked) as blocked:
        anonymise(review, content)
    assert str(blocked.value).startswith("2 candidates unresolved")

    # A newcomer decides the two; the gate opens and no register name is left anywhere.
    lead = get_user_model().objects.get(email="lead@demo.casewindow.test")
    decision_record(
        review=review,
        actor=lead,
        text="Northbridge General Hospital",
        category="ORGANISATION",
        decision="replace",
        replacement="[hospital]",
    )
    decision_record(
        review=review,
        actor=lead,
        text="Northbridge",
        category="OTHER",
        decision="keep",
        reason="The partnership area; the review is published under its name.",
    )
    published = anonymise(review, build_report(review))
    text = "\n".join(published.strings())
    assert "Northbridge General Hospital" not in text and "[hospital]" in text
    for person in review.people.all():
        for name in (person.real_name, *(person.aliases or ())):
            assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text), name
    assert "Child J" in published.title and "Child J" in text
