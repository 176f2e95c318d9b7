"""Correcting the chronology by hand: a reviewer corrects an entry (the imported original stays
visible beside the correction), fixes an unreadable date, adds an entry, marks one out of scope
(greyed, not counted), removes one (the lead restores it); a stale form is refused naming who
changed the entry; every change is in the audit log with what changed. A whole import can be
withdrawn (the page says what it takes) and restored, and then its agency can be removed."""

import datetime as dt
import io
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from docx import Document

from casewindow.accounts.models import User
from casewindow.audit.models import AuditEvent
from casewindow.evidence.models import ChronologyEntry, DatePrecision, SearchChunk
from casewindow.evidence.selectors.chronology import chronology_entries
from casewindow.evidence.services import chronology_entries as services
from casewindow.evidence.services import chronology_withdrawal as withdrawal
from casewindow.evidence.timeline import timeline_build
from tests.evidence.factories import (
    ChronologyEntryFactory,
    ChronologyImportFactory,
    EventFactory,
)
from tests.factories import AgencyFactory
from tests.world import ReviewWorld

ClientFor = Callable[[User | None], Client]


def url(name: str, world: ReviewWorld, *args: object) -> str:
    return reverse(f"evidence:{name}", args=[world.review.reference, *args])


@pytest.fixture
def imported(review_world: ReviewWorld) -> ChronologyEntry:
    """An imported entry whose date could not be read."""
    chronology_import = ChronologyImportFactory(
        review=review_world.review, agency=review_world.agency
    )
    return ChronologyEntryFactory(
        review=review_world.review,
        agency=review_world.agency,
        chronology_import=chronology_import,
        date_start=None,
        date_end=None,
        date_precision=DatePrecision.UNKNOWN,
        date_text="31/02/2025",
        description="Home visit: mother not at home",
    )


def form(entry: ChronologyEntry, **changes: str) -> dict[str, str]:
    data = {
        "date_text": entry.date_text,
        "time": "",
        "description": entry.description,
        "action": entry.action,
        "source": entry.source,
        "people_text": entry.people_text,
        "version": str(entry.version),
    }
    data.update(changes)
    return data


def test_an_unreadable_date_is_fixed_from_the_entry_and_the_original_stays_beside_it(
    review_world, client_for, imported
) -> None:
    client = client_for(review_world.reviewer)
    page = client.get(url("entry_detail", review_world, imported.uuid)).content.decode()
    assert "The date could not be read at import" in page and "Correct this entry" in page

    response = client.post(
        url("entry_correct", review_world, imported.uuid),
        form(imported, date_text="28/02/2025", time="14:30", description="Home visit: no answer"),
    )

    assert response.status_code == 302
    imported.refresh_from_db()
    assert (imported.date_start, imported.date_precision) == (dt.date(2025, 2, 28), "day")
    assert imported.time == dt.time(14, 30) and imported.version == 2
    assert imported.imported_values["date_text"] == "31/02/2025"
    assert imported.imported_values["description"] == "Home visit: mother not at home"
    event = AuditEvent.objects.get(object_id=str(imported.uuid), summary__startswith="Corrected")
    assert event.changes["date_text"] == ["31/02/2025", "28/02/2025"]
    assert event.changes["description"] == [
        "Home visit: mother not at home",
        "Home visit: no answer",
    ]
    detail = client.get(response["Location"]).content.decode()
    assert "As imported" in detail and "31/02/2025" in detail and "28 Feb 2025" in detail
    assert "Home visit: mother not at home" in detail  # the original, beside the correction
    chunk = SearchChunk.objects.get(kind="chronology", object_uuid=imported.uuid)
    assert "no answer" in chunk.text


def test_a_correction_from_a_stale_form_is_refused_naming_who_changed_it(
    review_world, client_for, imported
) -> None:
    opened = form(imported, date_text="28/02/2025")
    services.entry_correct(
        actor=review_world.lead,
        entry=imported,
        expected_version=imported.version,
        values=services.EntryValues(date_text="27/02/2025", description="Changed first"),
    )

    response = client_for(review_world.reviewer).post(
        url("entry_correct", review_world, imported.uuid), opened
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert f"{review_world.lead} changed this entry on" in page and "after you opened it" in page
    imported.refresh_from_db()
    assert imported.date_text == "27/02/2025"


def test_a_correction_needs_a_readable_date(review_world, client_for, imported) -> None:
    response = client_for(review_world.reviewer).post(
        url("entry_correct", review_world, imported.uuid), form(imported, date_text="soon")
    )
    assert response.status_code == 200
    assert "Enter a date that can be read" in response.content.decode()


def test_an_entry_added_by_hand_is_in_the_chronology_and_marked(review_world, client_for) -> None:
    client = client_for(review_world.reviewer)
    response = client.post(
        url("entry_add", review_world),
        {
            "agency": str(review_world.agency.uuid),
            "date_text": "early June 2024",
            "approximate": "on",
            "description": "GP appointment missed (from the GP's letter)",
        },
    )
    assert response.status_code == 302
    entry = ChronologyEntry.objects.get(description__startswith="GP appointment")
    assert entry.chronology_import is None and entry.date_precision == "approximate"
    page = client.get(url("chronology", review_world)).content.decode()
    assert "Added by hand" in page and "early Jun 2024 (approx.)" in page


def test_out_of_scope_is_greyed_in_the_list_and_left_out_of_timeline_and_counts(
    review_world, client_for
) -> None:
    kept, out = (
        ChronologyEntryFactory(review=review_world.review, agency=review_world.agency)
        for _ in range(2)
    )
    client = client_for(review_world.reviewer)
    response = client.post(
        url("entry_scope", review_world, out.uuid), {"out_of_scope": "yes", "version": "1"}
    )
    assert response.status_code == 302
    out.refresh_from_db()
    assert out.out_of_scope

    page = client.get(url("chronology", review_world)).content.decode()
    assert "cw-out-of-scope" in page and "Out of scope" in page and out.description in page
    assert set(chronology_entries(review=review_world.review)) == {kept, out}
    assert list(ChronologyEntry.objects.counted().filter(review=review_world.review)) == [kept]
    picture = timeline_build(review=review_world.review)
    assert picture is not None and picture.total == 1


def test_a_removed_entry_leaves_the_chronology_and_only_the_lead_restores_it(
    review_world, client_for
) -> None:
    entry = ChronologyEntryFactory(review=review_world.review, agency=review_world.agency)
    reviewer = client_for(review_world.reviewer)
    confirm = reviewer.get(url("entry_remove", review_world, entry.uuid)).content.decode()
    assert "the lead reviewer can restore it" in confirm

    reviewer.post(url("entry_remove", review_world, entry.uuid), {"version": "1"})

    entry.refresh_from_db()
    assert entry.removed_at is not None
    assert entry.description not in reviewer.get(url("chronology", review_world)).content.decode()
    assert reviewer.post(url("entry_restore", review_world, entry.uuid)).status_code == 403

    lead = client_for(review_world.lead)
    assert entry.description in lead.get(url("entry_removed_list", review_world)).content.decode()
    lead.post(url("entry_restore", review_world, entry.uuid))
    entry.refresh_from_db()
    assert entry.removed_at is None
    assert entry.description in lead.get(url("chronology", review_world)).content.decode()


def test_withdrawing_an_import_names_what_it_takes_and_restoring_brings_it_back(
    review_world, client_for
) -> None:
    from tests.analysis.factories import ExcerptFactory

    chronology_import = ChronologyImportFactory(
        review=review_world.review, agency=review_world.agency
    )
    event = EventFactory(review=review_world.review)
    entries = [
        ChronologyEntryFactory(
            review=review_world.review,
            agency=review_world.agency,
            chronology_import=chronology_import,
            event=event if n == 0 else None,
        )
        for n in range(3)
    ]
    other = ChronologyEntryFactory(
        review=review_world.review, agency=AgencyFactory(review=review_world.review), event=event
    )
    ExcerptFactory(
        review=review_world.review,
        source="chronology",
        document=None,
        entry=entries[0],
        quote=entries[0].description[:5],
        start=0,
        end=5,
        prefix="",
        suffix="",
    )
    client = client_for(review_world.reviewer)
    withdraw = url("chronology_import_withdraw", review_world, chronology_import.uuid)
    page = " ".join(client.get(withdraw).content.decode().split())
    assert "3 entries of the integrated chronology" in page
    assert "1 of them merged into events" in page
    assert "1 coded excerpt of its entries" in page

    client.post(withdraw)

    assert set(chronology_entries(review=review_world.review)) == {other}
    detail = client.get(
        url("chronology_import_detail", review_world, chronology_import.uuid)
    ).content.decode()
    assert "This import was withdrawn" in detail
    event_entry = AuditEvent.objects.get(
        object_id=str(chronology_import.uuid), summary__startswith="Withdrew"
    )
    assert event_entry.changes["entries"] == [3, 0]

    client_for(review_world.lead).post(
        url("chronology_import_restore", review_world, chronology_import.uuid)
    )
    assert set(chronology_entries(review=review_world.review)) == {*entries, other}
    entries[0].refresh_from_db()
    assert entries[0].event == event and entries[0].excerpts.count() == 1


def test_an_agency_whose_chronology_was_withdrawn_can_then_be_removed(
    review_world, client_for
) -> None:
    agency = AgencyFactory(review=review_world.review, name="Wrong Agency")
    chronology_import = ChronologyImportFactory(review=review_world.review, agency=agency)
    ChronologyEntryFactory(
        review=review_world.review, agency=agency, chronology_import=chronology_import
    )
    client = client_for(review_world.lead)
    remove = reverse("reviews:agency_delete", args=[review_world.review.reference, agency.uuid])
    assert "You cannot remove the agency" in client.get(remove).content.decode()

    withdrawal.chronology_import_withdraw(
        actor=review_world.lead, chronology_import=chronology_import
    )
    assert "Yes, remove" in client.get(remove).content.decode()
    client.post(remove)

    assert not review_world.review.agencies.filter(pk=agency.pk).exists()
    assert not ChronologyEntry.objects.filter(agency_id=agency.pk).exists()


def test_the_chronology_downloads_as_csv_and_a_landscape_word_table_with_events_together(
    review_world, client_for
) -> None:
    police = AgencyFactory(review=review_world.review, name="Northshire Police")
    event = EventFactory(review=review_world.review, title="Police and school call")
    ChronologyEntryFactory(
        review=review_world.review,
        agency=review_world.agency,
        date_start=dt.date(2024, 3, 12),
        date_text="12/03/24",
        description="School rang the police",
        event=event,
    )
    ChronologyEntryFactory(
        review=review_world.review,
        agency=review_world.agency,
        date_start=dt.date(2024, 3, 13),
        date_text="13/03/24",
        description="A later lone entry",
    )
    ChronologyEntryFactory(
        review=review_world.review,
        agency=police,
        date_start=dt.date(2024, 3, 14),
        date_text="14 March 2024",
        description="Police call logged",
        event=event,
    )
    client = client_for(review_world.observer)

    csv_response = client.get(url("chronology_download_csv", review_world))
    assert csv_response["Cache-Control"] == "private, no-store"
    assert "attachment" in csv_response["Content-Disposition"]
    rows = csv_response.content.decode("utf-8-sig").splitlines()
    assert rows[0].startswith("Date,Time,Date as written,Agency,What happened")
    assert [row.split(",")[0] for row in rows[1:]] == ["12 Mar 2024", "14 Mar 2024", "13 Mar 2024"]

    docx_response = client.get(url("chronology_download_docx", review_world))
    assert docx_response["Cache-Control"] == "private, no-store"
    document = Document(io.BytesIO(docx_response.content))
    section = document.sections[0]
    assert section.page_width > section.page_height  # landscape
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells][:2] == ["Date", "Agency"]
    texts = [row.cells[2].text for row in table.rows[1:]]
    assert texts[0].startswith("Event: Police and school call")
    assert texts[1:] == ["School rang the police", "Police call logged", "A later lone entry"]
    assert (
        AuditEvent.objects.filter(
            review=review_world.review, summary__startswith="Downloaded the integrated chronology"
        ).count()
        == 2
    )


def test_the_demo_has_a_corrected_entry_and_an_import_withdrawn_and_restored(db) -> None:
    from casewindow.demo.loader import demo_load

    review, _ = demo_load()
    corrected = ChronologyEntry.objects.get(review=review, imported_values__has_key="date_text")
    assert corrected.imported_values["date_text"] != corrected.date_text
    summaries = list(AuditEvent.objects.filter(review=review).values_list("summary", flat=True))
    assert any(s.startswith("Withdrew the chronology import") for s in summaries)
    assert any(s.startswith("Restored the chronology import") for s in summaries)
    assert not review.chronology_imports.filter(withdrawn_at__isnull=False).exists()
    assert not review.documents.filter(kind="chronology", page_count=0).exists()


def test_a_removed_entry_cannot_be_corrected_until_restored(review_world, imported) -> None:
    services.entry_remove(actor=review_world.reviewer, entry=imported, expected_version=None)
    with pytest.raises(services.EntryError, match="lead reviewer can restore it first"):
        services.entry_correct(
            actor=review_world.reviewer,
            entry=imported,
            expected_version=None,
            values=services.EntryValues(date_text="1/2/2025", description="x"),
        )


def test_a_removed_entry_cannot_be_merged(review_world) -> None:
    from casewindow.evidence.services import events

    first = ChronologyEntryFactory(review=review_world.review, agency=review_world.agency)
    second = ChronologyEntryFactory(
        review=review_world.review, agency=AgencyFactory(review=review_world.review)
    )
    services.entry_remove(actor=review_world.reviewer, entry=second, expected_version=None)
    with pytest.raises(events.MergeError, match="removed from the chronology"):
        events.entries_merge(
            actor=review_world.reviewer, review=review_world.review, first=first, second=second
        )


def test_an_entrys_heading_shows_its_time_once_where_the_date_as_written_holds_it(
    review_world, client_for
) -> None:
    client = client_for(review_world.reviewer)
    with_time = ChronologyEntryFactory(
        review=review_world.review,
        agency=review_world.agency,
        date_text="12/10/2025 23:40",
        time=dt.time(23, 40),
    )
    page = client.get(url("entry_detail", review_world, with_time.uuid)).content.decode()
    assert "12/10/2025 23:40</h1>" in page

    apart = ChronologyEntryFactory(
        review=review_world.review,
        agency=review_world.agency,
        date_text="12 October 2025",
        time=dt.time(9, 30),
    )
    page = client.get(url("entry_detail", review_world, apart.uuid)).content.decode()
    assert "12 October 2025 09:30</h1>" in page
