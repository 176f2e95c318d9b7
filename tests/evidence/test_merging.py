"""Merging entries into events: which pairs are suggested, what merge / not-the-same /
un-merge do, and the pages and access rules around them."""

import datetime
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from casewindow.accounts.models import User
from casewindow.audit.models import AuditEvent
from casewindow.evidence.event_grouping import suggest_groups
from casewindow.evidence.merging import _candidate_pairs, _rows, merge_suggestions
from casewindow.evidence.models import ChronologyEntry, DatePrecision, Event, MergeRejection
from casewindow.evidence.services.events import (
    MergeError,
    entries_merge,
    entries_reject_pair,
    entry_unmerge,
)
from tests.evidence.factories import ChronologyEntryFactory, EventFactory
from tests.factories import AgencyFactory, PersonFactory, ReviewFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def agencies(review_world: ReviewWorld):
    review = review_world.review
    return (
        AgencyFactory(review=review, name="Police"),
        AgencyFactory(review=review, name="Children's social care"),
        AgencyFactory(review=review, name="GP"),
    )


def _entry(world: ReviewWorld, agency, day: D, description: str, **kwargs) -> ChronologyEntry:
    return ChronologyEntryFactory(
        review=world.review,
        agency=agency,
        date_start=day,
        date_end=kwargs.pop("date_end", day),
        description=description,
        **kwargs,
    )


def _pairs(world: ReviewWorld) -> set[frozenset[int]]:
    return {frozenset((s.first_id, s.second_id)) for s in merge_suggestions(review=world.review)}


# --- suggestions ---------------------------------------------------------------------------


def test_the_same_meeting_recorded_by_two_agencies_is_suggested(review_world, agencies) -> None:
    police, csc, _gp = agencies
    a = _entry(
        review_world,
        csc,
        D(2024, 5, 1),
        "Strategy meeting held. Decision to start section 47 enquiries.",
        people_text="Mother, Child J",
    )
    b = _entry(
        review_world,
        police,
        D(2024, 5, 2),
        "Attended strategy meeting; section 47 enquiries agreed.",
        people_text="Child J; Mother",
    )
    _entry(
        review_world,
        police,
        D(2024, 5, 2),
        "Shoplifting report at the supermarket, unrelated adult",
    )

    suggestions = merge_suggestions(review=review_world.review)

    assert [(s.first_id, s.second_id) for s in suggestions] == [(a.pk, b.pk)]
    best = suggestions[0]
    assert best.days_apart == 1
    assert best.score >= 60
    assert "Child J" in best.shared_people and "Mother" in best.shared_people


def test_entries_of_the_same_agency_are_never_suggested(review_world, agencies) -> None:
    police, _csc, _gp = agencies
    _entry(review_world, police, D(2024, 5, 1), "Domestic abuse incident attended at the flat")
    _entry(review_world, police, D(2024, 5, 1), "Domestic abuse incident attended at the flat")
    assert _pairs(review_world) == set()


def test_entries_further_apart_than_the_window_are_not_compared(review_world, agencies) -> None:
    police, csc, _gp = agencies
    _entry(review_world, police, D(2024, 5, 1), "Home visit, family seen")
    _entry(review_world, csc, D(2024, 5, 5), "Home visit, family seen")
    assert _pairs(review_world) == set()
    _entry(review_world, csc, D(2024, 5, 4), "Home visit, family seen")
    assert len(_pairs(review_world)) == 1


def test_a_month_precision_entry_is_compared_with_days_inside_its_month(
    review_world, agencies
) -> None:
    police, csc, _gp = agencies
    month = _entry(
        review_world,
        csc,
        D(2024, 3, 1),
        "Referral received from police about domestic abuse",
        date_end=D(2024, 3, 31),
        date_precision=DatePrecision.MONTH,
        date_text="March 2024",
    )
    day = _entry(
        review_world, police, D(2024, 3, 20), "Referral sent to social care about domestic abuse"
    )
    suggestions = merge_suggestions(review=review_world.review, min_score=40)
    assert [(s.first_id, s.second_id) for s in suggestions] == [(month.pk, day.pk)]
    assert suggestions[0].ranges_overlap
    assert suggestions[0].reasons[0] == "Dates overlap (one date is not exact)"


def test_the_sweep_looks_only_at_entries_in_the_window(review_world, agencies) -> None:
    police, csc, _gp = agencies
    for i in range(60):
        _entry(
            review_world,
            police if i % 2 else csc,
            D(2024, 1, 1) + datetime.timedelta(days=i * 2),
            f"Entry {i}",
        )
    rows, _labels = _rows(review_world.review)
    pairs = [(a, b) for a, others in _candidate_pairs(rows, 3) for b in others]
    # Each entry meets only its neighbour two days on (different agency); never all 1,770 pairs.
    assert len(pairs) == 59


def test_rejected_pairs_and_pairs_already_in_one_event_are_not_suggested(
    review_world, agencies
) -> None:
    police, csc, gp = agencies
    text = "Child J seen in A&E with a head injury after a fall"
    a = _entry(review_world, police, D(2024, 6, 1), text)
    b = _entry(review_world, csc, D(2024, 6, 1), text)
    c = _entry(review_world, gp, D(2024, 6, 1), text)
    assert len(_pairs(review_world)) == 3

    MergeRejection.objects.create(review=review_world.review, first=a, second=b)
    event = EventFactory(review=review_world.review)
    ChronologyEntry.objects.filter(pk__in=[b.pk, c.pk]).update(event=event)

    assert _pairs(review_world) == {frozenset((a.pk, c.pk))}


def test_a_person_named_in_most_entries_counts_for_less_than_a_rarer_one(
    review_world, agencies
) -> None:
    police, csc, _gp = agencies
    child = PersonFactory(
        review=review_world.review, real_name="Jade Smith", publication_label="Child J"
    )
    PersonFactory(review=review_world.review, real_name="Dan Smith", publication_label="Stepfather")
    for i in range(10):
        _entry(
            review_world,
            police,
            D(2024, 1, 1) + datetime.timedelta(days=10 * i),
            f"Jade Smith seen {i}",
        )
    a = _entry(
        review_world, police, D(2024, 8, 1), "Visit to the home, Dan Smith present with Jade Smith"
    )
    b = _entry(review_world, csc, D(2024, 8, 1), "Home visit: Stepfather present")
    suggestions = {
        frozenset((s.first_id, s.second_id)): s
        for s in merge_suggestions(review=review_world.review, min_score=0)
    }
    pair = suggestions[frozenset((a.pk, b.pk))]
    assert pair.shared_people == ["Stepfather"]
    assert child.publication_label not in pair.shared_people


# --- services ------------------------------------------------------------------------------


def test_merging_two_entries_makes_an_event_and_is_audited(review_world, agencies) -> None:
    police, csc, _gp = agencies
    a = _entry(review_world, police, D(2024, 5, 1), "Strategy meeting")
    b = _entry(review_world, csc, D(2024, 5, 3), "Strategy meeting")

    event = entries_merge(
        actor=review_world.reviewer, review=review_world.review, first=a, second=b
    )

    assert set(event.entries.all()) == {a, b}
    audit = AuditEvent.objects.get(review=review_world.review, object_id=str(event.uuid))
    assert audit.actor == review_world.reviewer
    assert "Merged entries" in audit.summary


def test_merging_into_an_existing_event_joins_it_and_two_events_become_one(
    review_world, agencies
) -> None:
    police, csc, gp = agencies
    a = _entry(review_world, police, D(2024, 5, 1), "a")
    b = _entry(review_world, csc, D(2024, 5, 1), "b")
    c = _entry(review_world, gp, D(2024, 5, 1), "c")
    d = _entry(review_world, gp, D(2024, 5, 2), "d")
    e = _entry(review_world, police, D(2024, 5, 2), "e")
    first = entries_merge(actor=review_world.lead, review=review_world.review, first=a, second=b)
    assert (
        entries_merge(actor=review_world.lead, review=review_world.review, first=c, second=b)
        == first
    )
    second = entries_merge(actor=review_world.lead, review=review_world.review, first=d, second=e)
    assert second != first

    joined = entries_merge(actor=review_world.lead, review=review_world.review, first=e, second=a)

    assert joined == first, "the older event is kept"
    assert set(joined.entries.all()) == {a, b, c, d, e}
    assert not Event.objects.filter(pk=second.pk).exists()


def test_merge_refuses_the_same_entry_entries_of_another_review_and_entries_already_together(
    review_world, agencies
) -> None:
    police, csc, _gp = agencies
    a = _entry(review_world, police, D(2024, 5, 1), "a")
    b = _entry(review_world, csc, D(2024, 5, 1), "b")
    elsewhere = ChronologyEntryFactory(review=ReviewFactory())
    with pytest.raises(MergeError):
        entries_merge(actor=review_world.lead, review=review_world.review, first=a, second=a)
    with pytest.raises(MergeError):
        entries_merge(
            actor=review_world.lead, review=review_world.review, first=a, second=elsewhere
        )
    entries_merge(actor=review_world.lead, review=review_world.review, first=a, second=b)
    with pytest.raises(MergeError, match="already in the same event"):
        entries_merge(actor=review_world.lead, review=review_world.review, first=b, second=a)


def test_not_the_same_is_remembered_once_whichever_way_round(review_world, agencies) -> None:
    police, csc, _gp = agencies
    a = _entry(review_world, police, D(2024, 5, 1), "a")
    b = _entry(review_world, csc, D(2024, 5, 1), "b")
    entries_reject_pair(actor=review_world.lead, review=review_world.review, first=b, second=a)
    entries_reject_pair(actor=review_world.lead, review=review_world.review, first=a, second=b)
    rejection = MergeRejection.objects.get()
    assert (rejection.first, rejection.second) == (a, b)
    assert (
        AuditEvent.objects.filter(
            review=review_world.review, summary__contains="not the same"
        ).count()
        == 1
    )


def test_merging_a_rejected_pair_withdraws_the_rejection(review_world, agencies) -> None:
    police, csc, _gp = agencies
    a = _entry(review_world, police, D(2024, 5, 1), "a")
    b = _entry(review_world, csc, D(2024, 5, 1), "b")
    entries_reject_pair(actor=review_world.lead, review=review_world.review, first=a, second=b)
    entries_merge(actor=review_world.lead, review=review_world.review, first=a, second=b)
    assert not MergeRejection.objects.exists()


def test_unmerge_takes_an_entry_out_and_dissolves_an_event_of_one(review_world, agencies) -> None:
    police, csc, gp = agencies
    a = _entry(review_world, police, D(2024, 5, 1), "a")
    b = _entry(review_world, csc, D(2024, 5, 1), "b")
    c = _entry(review_world, gp, D(2024, 5, 1), "c")
    event = entries_merge(actor=review_world.lead, review=review_world.review, first=a, second=b)
    entries_merge(actor=review_world.lead, review=review_world.review, first=a, second=c)

    remaining = entry_unmerge(actor=review_world.lead, review=review_world.review, entry=c)
    assert remaining == event
    assert set(event.entries.all()) == {a, b}
    assert MergeRejection.objects.count() == 2, "c is not suggested again with a or b"

    assert entry_unmerge(actor=review_world.lead, review=review_world.review, entry=b) is None
    assert not Event.objects.filter(pk=event.pk).exists()
    a.refresh_from_db()
    assert a.event is None
    with pytest.raises(MergeError, match="not part of an event"):
        entry_unmerge(actor=review_world.lead, review=review_world.review, entry=a)


# --- pages ---------------------------------------------------------------------------------


def _merge_url(
    world: ReviewWorld, name: str, first: ChronologyEntry, second: ChronologyEntry
) -> str:
    return reverse(f"evidence:{name}", args=[world.review.reference, first.uuid, second.uuid])


def test_suggestions_page_shows_the_group_with_its_reasons_and_ticked_entries_for_editors(
    review_world, agencies, client_for: Callable[[User | None], Client]
) -> None:
    police, csc, _gp = agencies
    a = _entry(
        review_world,
        csc,
        D(2024, 5, 1),
        "Strategy meeting held about Child J",
        date_text="01/05/2024",
    )
    b = _entry(
        review_world,
        police,
        D(2024, 5, 2),
        "Strategy meeting held about Child J",
        date_text="2 May 24",
    )
    url = reverse("evidence:merge_suggestions", args=[review_world.review.reference])

    html = client_for(review_world.reviewer).get(url).content.decode()
    assert "01/05/2024" in html and "2 May 24" in html
    assert "Dates differ" in html
    assert "Same kind of happening: strategy discussion" in html
    assert reverse("evidence:merge_group", args=[review_world.review.reference]) in html
    for entry in (a, b):
        assert f'name="entries" type="checkbox" value="{entry.uuid}" checked' in html
    assert 'name="decision" value="merge"' in html and 'name="decision" value="reject"' in html

    observer = client_for(review_world.observer).get(url)
    assert observer.status_code == 200
    assert "Same event: merge" not in observer.content.decode()


def test_confirming_a_group_merges_the_ticked_entries_and_leaves_the_unticked_out(
    review_world, agencies, client_for: Callable[[User | None], Client]
) -> None:
    police, csc, gp = agencies
    a = _entry(review_world, csc, D(2024, 5, 1), "Strategy meeting held")
    b = _entry(review_world, police, D(2024, 5, 1), "Strategy meeting held")
    c = _entry(review_world, gp, D(2024, 5, 1), "Strategy meeting held")
    left_out = _entry(review_world, AgencyFactory(review=review_world.review), D(2024, 5, 1), "x")
    url = reverse("evidence:merge_group", args=[review_world.review.reference])
    suggestions = reverse("evidence:merge_suggestions", args=[review_world.review.reference])
    client = client_for(review_world.reviewer)

    response = client.post(
        url,
        {
            "entries": [str(a.uuid), str(b.uuid), str(c.uuid)],
            "decision": "merge",
            "next": suggestions,
        },
    )
    assert response.status_code == 302 and response["Location"] == suggestions
    for entry in (a, b, c, left_out):
        entry.refresh_from_db()
    assert a.event is not None and a.event == b.event == c.event
    assert left_out.event is None
    assert AuditEvent.objects.filter(
        review=review_world.review, summary__startswith="Merged"
    ).exists()

    again = client.post(url, {"entries": [str(a.uuid), str(b.uuid)], "decision": "merge"})
    assert again.status_code == 302
    messages = [str(m) for m in again.wsgi_request._messages]
    assert any("already in the same event" in m for m in messages)

    too_few = client.post(url, {"entries": [str(a.uuid)], "decision": "merge"})
    assert too_few.status_code == 302
    assert any("at least two" in str(m) for m in too_few.wsgi_request._messages)


def test_confirming_a_suggestion_merges_and_returns_to_the_suggestions(
    review_world, agencies, client_for: Callable[[User | None], Client]
) -> None:
    police, csc, _gp = agencies
    a = _entry(review_world, csc, D(2024, 5, 1), "Strategy meeting held")
    b = _entry(review_world, police, D(2024, 5, 2), "Strategy meeting held")
    suggestions = reverse("evidence:merge_suggestions", args=[review_world.review.reference])
    client = client_for(review_world.reviewer)

    confirm = client.get(_merge_url(review_world, "entry_merge", a, b))
    assert confirm.status_code == 200
    assert "Merge these entries into one event?" in confirm.content.decode()

    response = client.post(_merge_url(review_world, "entry_merge", a, b), {"next": suggestions})
    assert response.status_code == 302 and response["Location"] == suggestions
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.event is not None and a.event == b.event

    again = client.post(_merge_url(review_world, "entry_merge", a, b))
    assert again.status_code == 200
    assert "already in the same event" in again.content.decode()


def test_a_suggestions_time_is_shown_once_where_the_agency_wrote_it_with_the_date(
    review_world, agencies, client_for: Callable[[User | None], Client]
) -> None:
    police, csc, _gp = agencies
    _entry(
        review_world,
        police,
        D(2024, 5, 1),
        "Strategy meeting held about Child J",
        date_text="01/05/2024 23:40",
        time=datetime.time(23, 40),
    )
    _entry(
        review_world,
        csc,
        D(2024, 5, 1),
        "Strategy meeting held about Child J",
        date_text="1 May 2024",
        time=datetime.time(9, 30),
    )
    url = reverse("evidence:merge_suggestions", args=[review_world.review.reference])

    html = client_for(review_world.reviewer).get(url).content.decode()
    assert "01/05/2024 23:40" in html and "23:40 23:40" not in html
    assert "1 May 2024 09:30" in html


def test_merge_without_next_goes_to_the_event_and_an_outside_next_is_ignored(
    review_world, agencies, client_for: Callable[[User | None], Client]
) -> None:
    police, csc, _gp = agencies
    a = _entry(review_world, csc, D(2024, 5, 1), "x")
    b = _entry(review_world, police, D(2024, 5, 2), "y")
    response = client_for(review_world.reviewer).post(
        _merge_url(review_world, "entry_merge", a, b), {"next": "https://evil.example/"}
    )
    a.refresh_from_db()
    assert response["Location"] == reverse(
        "evidence:event_detail", args=[review_world.review.reference, a.event.uuid]
    )


def test_not_the_same_from_the_suggestions_page(
    review_world, agencies, client_for: Callable[[User | None], Client]
) -> None:
    police, csc, gp = agencies
    a = _entry(review_world, csc, D(2024, 5, 1), "Strategy meeting held")
    b = _entry(review_world, police, D(2024, 5, 2), "Strategy meeting held")
    c = _entry(review_world, gp, D(2024, 5, 2), "Strategy meeting held")
    response = client_for(review_world.reviewer).post(
        _merge_url(review_world, "entry_reject", a, b)
    )
    assert response.status_code == 302
    assert MergeRejection.objects.filter(first=a, second=b).exists()
    assert _pairs(review_world) == {frozenset((a.pk, c.pk)), frozenset((b.pk, c.pk))}

    group = client_for(review_world.reviewer).post(
        reverse("evidence:merge_group", args=[review_world.review.reference]),
        {"entries": [str(a.uuid), str(b.uuid), str(c.uuid)], "decision": "reject"},
    )
    assert group.status_code == 302
    assert MergeRejection.objects.filter(review=review_world.review).count() == 3
    assert _pairs(review_world) == set()
    assert suggest_groups(review=review_world.review) == []


def test_event_page_shows_each_agency_side_by_side_and_the_disagreement(
    review_world, agencies, client_for: Callable[[User | None], Client]
) -> None:
    police, csc, _gp = agencies
    event = EventFactory(review=review_world.review)
    _entry(
        review_world,
        csc,
        D(2024, 5, 1),
        "Strategy meeting held",
        event=event,
        date_text="1/5/2024",
        time=datetime.time(10, 0),
        original_row={"Date": "1/5/2024", "Detail": "Strategy meeting held"},
    )
    police_entry = _entry(
        review_world,
        police,
        D(2024, 5, 3),
        "Attended strategy meeting",
        event=event,
        date_text="3 May 2024",
    )
    url = reverse("evidence:event_detail", args=[review_world.review.reference, event.uuid])

    html = client_for(review_world.reviewer).get(url).content.decode()

    assert "The agencies disagree about when this happened" in html
    assert (
        "Agencies give different dates: Children&#x27;s social care 1/5/2024; Police 3 May 2024"
        in html
    )
    assert "Differs" in html
    assert (
        reverse("evidence:entry_unmerge", args=[review_world.review.reference, police_entry.uuid])
        in html
    )
    assert "Detail" in html  # the original row, verbatim

    observer = client_for(review_world.observer).get(url).content.decode()
    assert "Take out" not in observer


def test_unmerge_pages(review_world, agencies, client_for: Callable[[User | None], Client]) -> None:
    police, csc, gp = agencies
    event = EventFactory(review=review_world.review)
    a = _entry(review_world, csc, D(2024, 5, 1), "a", event=event)
    b = _entry(review_world, police, D(2024, 5, 1), "b", event=event)
    alone = _entry(review_world, gp, D(2024, 5, 1), "c")
    client = client_for(review_world.reviewer)
    unmerge = reverse("evidence:entry_unmerge", args=[review_world.review.reference, b.uuid])

    assert "Take the Police entry out of this event?" in client.get(unmerge).content.decode()
    response = client.post(unmerge)
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "evidence:chronology", args=[review_world.review.reference]
    )
    assert not Event.objects.filter(pk=event.pk).exists()
    a.refresh_from_db()
    assert a.event is None

    lone = client.get(
        reverse("evidence:entry_unmerge", args=[review_world.review.reference, alone.uuid])
    )
    assert lone.status_code == 200 and "not part of an event" in lone.content.decode()
    refused = client.post(
        reverse("evidence:entry_unmerge", args=[review_world.review.reference, alone.uuid])
    )
    assert refused.status_code == 200 and "There is a problem" in refused.content.decode()


@pytest.mark.parametrize("name", ["entry_merge", "entry_reject"])
def test_observers_may_not_merge_and_other_reviews_entries_give_404(
    review_world, agencies, client_for: Callable[[User | None], Client], name: str
) -> None:
    police, csc, _gp = agencies
    a = _entry(review_world, csc, D(2024, 5, 1), "x")
    b = _entry(review_world, police, D(2024, 5, 2), "y")
    url = _merge_url(review_world, name, a, b)
    assert client_for(review_world.observer).post(url).status_code == 403
    assert client_for(review_world.outsider).post(url).status_code == 404
    assert client_for(review_world.participant).get(url).status_code == 403

    other_review = ReviewFactory(partnership=review_world.partnership)
    foreign = ChronologyEntryFactory(review=other_review)
    assert (
        client_for(review_world.lead).post(_merge_url(review_world, name, a, foreign)).status_code
        == 404
    )
    assert (
        client_for(review_world.lead).get(_merge_url(review_world, name, a, a)).status_code == 404
    )
    assert not Event.objects.exists() and not MergeRejection.objects.exists()


def test_event_of_another_review_gives_404(
    review_world, client_for: Callable[[User | None], Client]
) -> None:
    event = EventFactory(review=ReviewFactory(partnership=review_world.partnership))
    url = reverse("evidence:event_detail", args=[review_world.review.reference, event.uuid])
    assert client_for(review_world.lead).get(url).status_code == 404


@pytest.mark.parametrize("decision", ["merge", "reject"])
def test_group_decisions_need_edit_rights_and_entries_of_this_review(
    review_world, agencies, client_for: Callable[[User | None], Client], decision: str
) -> None:
    police, csc, _gp = agencies
    a = _entry(review_world, csc, D(2024, 5, 1), "x")
    b = _entry(review_world, police, D(2024, 5, 2), "y")
    url = reverse("evidence:merge_group", args=[review_world.review.reference])
    data = {"entries": [str(a.uuid), str(b.uuid)], "decision": decision}
    assert client_for(review_world.observer).post(url, data).status_code == 403
    assert client_for(review_world.outsider).post(url, data).status_code == 404
    assert client_for(review_world.lead).get(url).status_code == 405

    foreign = ChronologyEntryFactory(review=ReviewFactory(partnership=review_world.partnership))
    mixed = {"entries": [str(a.uuid), str(foreign.uuid)], "decision": decision}
    assert client_for(review_world.lead).post(url, mixed).status_code == 404
    not_a_uuid = {"entries": [str(a.uuid), "1; drop table"], "decision": decision}
    assert client_for(review_world.lead).post(url, not_a_uuid).status_code == 302
    assert not Event.objects.exists() and not MergeRejection.objects.exists()
