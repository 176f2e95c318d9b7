"""The events an episode can be linked to come from the chronology as it stands: an event whose
entries were all removed is not offered, while a link already made stays (so the episode can
still be saved)."""

from django.utils import timezone

from casewindow.analysis.forms.episodes import EpisodeForm
from tests.analysis.factories import KeyPracticeEpisodeFactory
from tests.evidence.factories import ChronologyEntryFactory, EventFactory
from tests.factories import AgencyFactory, ReviewFactory


def _event_with_one_entry(review, removed: bool):
    event = EventFactory(review=review)
    ChronologyEntryFactory(
        review=review,
        agency=AgencyFactory(review=review),
        event=event,
        removed_at=timezone.now() if removed else None,
    )
    return event


def test_an_event_with_only_removed_entries_is_not_offered(db) -> None:
    review = ReviewFactory()
    kept = _event_with_one_entry(review, removed=False)
    gone = _event_with_one_entry(review, removed=True)

    offered = list(EpisodeForm(review=review).fields["events"].queryset)

    assert offered == [kept]
    assert gone not in offered


def test_a_link_already_made_stays_offered_to_its_episode(db) -> None:
    review = ReviewFactory()
    gone = _event_with_one_entry(review, removed=True)
    episode = KeyPracticeEpisodeFactory(review=review)
    episode.events.add(gone)

    offered = list(EpisodeForm(review=review, instance=episode).fields["events"].queryset)

    assert offered == [gone]
