"""The methodology says only what the review's data shows: how many practitioners agreed the
notes of their conversation (and how many had not yet), which agencies sent a chronology, how
many events were brought together — never a claim the data does not bear out."""

import pytest

from casewindow.evidence.models import ConversationStatus
from casewindow.reports.assembly import build_report
from tests.evidence.factories import ChronologyEntryFactory, ConversationFactory, EventFactory
from tests.factories import AgencyFactory
from tests.world import build_review_world

pytestmark = pytest.mark.django_db


def _evidence_text(review) -> str:
    section = build_report(review).section("methodology-evidence")
    return "\n".join(block.text for block in section.blocks)


def test_the_notes_agreed_are_counted_not_assumed() -> None:
    review = build_review_world().review
    ConversationFactory(review=review, status=ConversationStatus.AGREED)
    ConversationFactory(review=review, status=ConversationStatus.SHARED)

    text = _evidence_text(review)

    assert "1 of 2 agreed the notes of their conversation; 1 had not yet." in text
    assert "each agreed" not in text.lower()


def test_when_every_practitioner_agreed_the_report_says_so() -> None:
    review = build_review_world().review
    ConversationFactory(review=review, status=ConversationStatus.AGREED)
    ConversationFactory(review=review, status=ConversationStatus.AGREED)

    assert "Each practitioner agreed the notes of their own conversation." in _evidence_text(review)


def test_the_chronologies_and_merged_events_are_counted() -> None:
    review = build_review_world().review  # the world has one agency, with no chronology
    police = AgencyFactory(review=review, name="Police", publication_label="Police")
    health = AgencyFactory(review=review, name="Health", publication_label="Health")
    event = EventFactory(review=review)
    ChronologyEntryFactory(review=review, agency=police, event=event)
    ChronologyEntryFactory(review=review, agency=health, event=event)
    ChronologyEntryFactory(review=review, agency=health)

    text = _evidence_text(review)

    assert "2 of 3 agencies provided a chronology of their involvement (3 entries in all)" in text
    assert "1 event recorded by more than one agency was brought together" in text


def test_a_review_without_evidence_claims_none() -> None:
    review = build_review_world().review

    text = _evidence_text(review)

    assert text == "No agency chronology has been added to the review yet."
