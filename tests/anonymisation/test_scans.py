"""The publication check's background scan: the detector runs in a task, never in the page
request; the page shows the last finished scan of exactly the current content with the current
decisions applied (no model), polls while a scan runs, and offers "Try again" when one failed.
The gate before a publication version always reads the content as it is then. A draft can be
checked and published instead of the working report."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from casewindow.anonymisation import scans
from casewindow.anonymisation.detection import engine
from casewindow.anonymisation.models import PublicationScan, ScanStatus
from casewindow.anonymisation.services import (
    PublicationBlocked,
    decision_record,
    publication_blockers,
    publication_export,
)
from casewindow.audit.models import AuditEvent
from casewindow.drafts import services as draft_services
from casewindow.reports.models import ReportExport, ReportSection
from tests.factories import PersonFactory
from tests.pages import html, main_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(review_world):
    review = review_world.review
    review.summary = (
        "Kemi Adebayo (DOB 01/02/2016) lived with her mother at 4 Elm Road. "
        "Her uncle, Babatunde Ogun, collected her from Oakfield Primary School."
    )
    review.save()
    PersonFactory(review=review, real_name="Kemi Adebayo", publication_label="Child K")
    return review_world


def check_url(world, source=""):
    url = reverse("anonymisation:publication_check", args=[world.review.reference])
    return f"{url}?source={source}" if source else url


def decide(world, text, category, decision="replace", label="Uncle", reason=""):
    decision_record(
        review=world.review,
        actor=world.lead,
        text=text,
        category=category,
        decision=decision,
        replacement=label if decision == "replace" else "",
        reason=reason,
    )


def resolve(world, content):
    for c in publication_blockers(world.review, content):
        person = c.category == "PERSON"
        decide(world, c.text, c.category, "replace" if person else "keep", reason="A place")


def queued_scan(world, source="report"):
    """A scan of the current content that has not run yet (the worker has not picked it up)."""
    content = scans.content_for(world.review, source)
    matcher, _ = scans.register_for(world.review)
    content_hash, register_hash = scans.hashes(matcher, list(content.strings()))
    return PublicationScan.objects.create(
        review=world.review,
        source=source,
        content_hash=content_hash,
        register_hash=register_hash,
        content=content.to_json(),
    )


# --- the background scan ------------------------------------------------------------------


def test_scan_runs_in_the_background_and_stores_its_candidates(world):
    scan = scans.scan_request(review=world.review, source="report")

    assert scan.status == ScanStatus.DONE
    assert scan.started_at and scan.finished_at and scan.finished_at >= scan.started_at
    strings = list(scans.content_for(world.review, "report").strings())
    assert len(scan.detections) == len(strings)
    uncle = next(c for c in scan.candidates if c["text"] == "Babatunde Ogun")
    assert uncle["category"] == "PERSON" and uncle["state"] == "unresolved"
    assert strings[uncle["string_index"]][uncle["start"] : uncle["end"]] == "Babatunde Ogun"
    child = next(c for c in scan.candidates if c["text"] == "Kemi Adebayo")
    assert child["state"] == "register" and child["replacement"] == "Child K"


def test_page_shows_the_finished_scan_without_running_the_model(world, client_for, monkeypatch):
    client = client_for(world.reviewer)
    client.get(check_url(world))  # the first visit queues (here: runs) the scan
    assert PublicationScan.objects.filter(review=world.review).count() == 1

    def refuse(*args, **kwargs):
        raise AssertionError("the language model was run")

    monkeypatch.setattr(engine, "detect_many", refuse)
    monkeypatch.setattr(scans, "detect_many", refuse)
    page = client.get(check_url(world))

    assert "2 candidates unresolved — publication export blocked" in main_text(page)
    assert PublicationScan.objects.filter(review=world.review).count() == 1


def test_a_decision_shows_at_once_without_a_new_scan(world, client_for, no_model_after_scan):
    client = client_for(world.reviewer)
    decide(world, "Babatunde Ogun", "PERSON")

    page = client.get(check_url(world))

    text = main_text(page)
    assert "1 candidate unresolved — publication export blocked" in text
    assert "Uncle" in text
    assert PublicationScan.objects.filter(review=world.review).count() == 1


@pytest.fixture
def no_model_after_scan(world, monkeypatch):
    scans.scan_request(review=world.review, source="report")

    def refuse(*args, **kwargs):
        raise AssertionError("the language model was run")

    monkeypatch.setattr(engine, "detect_many", refuse)
    monkeypatch.setattr(scans, "detect_many", refuse)


def test_changed_content_is_scanned_again(world, client_for):
    client = client_for(world.reviewer)
    client.get(check_url(world))
    ReportSection.objects.create(
        review=world.review,
        key="introduction-why",
        body="Her neighbour, Declan Murphy, raised the alarm.",
    )

    page = client.get(check_url(world))

    assert PublicationScan.objects.filter(review=world.review).count() == 2
    assert "3 candidates unresolved" in main_text(page)


def test_a_new_register_person_means_a_new_scan(world, client_for):
    client = client_for(world.reviewer)
    client.get(check_url(world))
    PersonFactory(review=world.review, real_name="Babatunde Ogun", publication_label="Uncle")

    page = client.get(check_url(world))

    assert PublicationScan.objects.filter(review=world.review).count() == 2
    assert "1 candidate unresolved" in main_text(page)


# --- the gate reads the content as it is at export time ----------------------------------


def test_export_is_refused_for_a_name_added_after_the_last_scan(world, client_for):
    review = world.review
    scans.scan_request(review=review, source="report")
    resolve(world, scans.content_for(review, "report"))
    client = client_for(world.lead)
    assert "All resolved" in main_text(client.get(check_url(world)))
    # The report changes after the scan the page showed.
    ReportSection.objects.create(
        review=review, key="introduction-why", body="Her neighbour, Declan Murphy, called 999."
    )

    url = reverse("reports:publication_export", args=[review.reference])
    response = client.post(url, {"publication-format": "docx"})

    assert response.status_code == 409
    assert "1 candidate on the publication check is unresolved" in main_text(response)
    assert not ReportExport.objects.filter(review=review, publication=True).exists()
    with pytest.raises(PublicationBlocked) as blocked:
        publication_export(review=review, user=world.lead, fmt="docx")
    assert [c.text for c in blocked.value.unresolved] == ["Declan Murphy"]

    decide(world, "Declan Murphy", "PERSON", label="Neighbour")
    response = client.post(url, {"publication-format": "docx"})
    assert response.status_code == 302
    export = ReportExport.objects.get(review=review, publication=True)
    assert "Declan Murphy" not in str(export.content) and "Neighbour" in str(export.content)


# --- a draft instead of the working report -----------------------------------------------


def test_a_draft_is_checked_and_published_from_its_frozen_content(world, client_for):
    review = world.review
    draft_services.draft_create(actor=world.lead, review=review)
    # Written after the draft was made: in the working report only.
    ReportSection.objects.create(
        review=review, key="introduction-why", body="Her neighbour, Declan Murphy, called 999."
    )
    client = client_for(world.lead)

    page = client.get(check_url(world, "draft-1"))

    assert page.status_code == 200
    text = main_text(page)
    assert "You are checking draft 1" in text
    assert "2 candidates unresolved" in text and "Declan Murphy" not in text
    assert PublicationScan.objects.filter(review=review, source="draft-1").exists()
    options = html(page).xpath("//select[@name='source']/option/@value")
    assert options == ["report", "draft-1"]

    resolve(world, scans.content_for(review, "draft-1"))
    assert "All resolved" in main_text(client.get(check_url(world, "draft-1")))
    url = reverse("reports:publication_export", args=[review.reference])
    # The working report still names the neighbour: refused.
    assert client.post(url, {"publication-format": "pdf"}).status_code == 409
    response = client.post(url, {"publication-format": "pdf", "publication-source": "draft-1"})

    assert response.status_code == 302
    export = ReportExport.objects.get(review=review, publication=True)
    assert export.label == "Publication version (from draft 1)"
    assert export.content["status"] == "Publication version"
    assert "Kemi Adebayo" not in str(export.content)
    exports_page = client.get(reverse("reports:export_list", args=[review.reference]))
    assert "Publication version (from draft 1)" in main_text(exports_page)


def test_decisions_hold_for_every_draft(world, client_for):
    review = world.review
    draft_services.draft_create(actor=world.lead, review=review)
    decide(world, "Babatunde Ogun", "PERSON")

    for source in ("report", "draft-1"):
        page = client_for(world.reviewer).get(check_url(world, source))
        assert "1 candidate unresolved" in main_text(page)


def test_an_unknown_source_shows_the_working_report(world, client_for):
    page = client_for(world.reviewer).get(check_url(world, "draft-99"))

    assert page.status_code == 200
    assert "You are checking" not in main_text(page)
    assert "2 candidates unresolved" in main_text(page)


def test_an_export_from_a_draft_the_review_lacks_makes_nothing(world, client_for):
    url = reverse("reports:publication_export", args=[world.review.reference])
    response = client_for(world.lead).post(
        url, {"publication-format": "pdf", "publication-source": "draft-7"}, follow=True
    )

    assert "Choose the working report or one of the drafts" in main_text(response)
    assert not ReportExport.objects.filter(review=world.review).exists()


# --- the page while a scan runs, and when one failed ---------------------------------------


def test_page_polls_while_the_scan_runs_and_says_when_it_is_done(world, client_for):
    scan = queued_scan(world)
    client = client_for(world.reviewer)

    page = client.get(check_url(world))

    assert "Checking the report for personal data…" in main_text(page)
    assert "Candidates" not in main_text(page)
    poller = html(page).xpath("//*[@id='publication-scan']")[0]
    status_url = reverse("anonymisation:scan_status", args=[world.review.reference, scan.uuid])
    assert poller.get("hx-get") == f"{status_url}?poll=1"
    assert poller.get("hx-trigger") == "every 2s"
    assert PublicationScan.objects.filter(review=world.review).count() == 1

    poll = client.get(f"{status_url}?poll=1", HTTP_HX_REQUEST="true")
    assert poll.status_code == 204  # still running: nothing swapped
    scans.scan_run(scan_id=scan.pk)  # the worker picks it up
    poll = client.get(f"{status_url}?poll=1", HTTP_HX_REQUEST="true")
    # Done: the block says so, once, with a link to the result; the page is not reloaded
    # under the user and polling stops.
    assert "HX-Refresh" not in poll.headers
    block = html(poll).xpath("//*[@id='publication-scan']")[0]
    assert block.get("data-cw-announce") == (
        "The check for personal data has finished. Choose Show the result to see it."
    )
    assert block.get("hx-trigger") is None
    assert block.xpath(".//a[normalize-space()='Show the result']")[0].get("href") == check_url(
        world
    )

    page = client.get(check_url(world))
    assert "2 candidates unresolved" in main_text(page)
    assert not html(page).xpath("//*[@hx-trigger]")


def test_a_failed_scan_says_so_and_can_be_tried_again(world, client_for, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("model files unreadable")

    monkeypatch.setattr(scans, "detect_many", broken)
    client = client_for(world.reviewer)

    page = client.get(check_url(world))

    text = main_text(page)
    assert "The check of the working report for personal data failed" in text
    assert "OSError: model files unreadable" in text
    assert not html(page).xpath("//*[@hx-trigger]")  # no polling of a failed scan
    assert html(page).xpath("//button[normalize-space()='Try again']")
    # Visiting again does not retry on its own.
    client.get(check_url(world))
    assert PublicationScan.objects.filter(review=world.review).count() == 1

    monkeypatch.undo()
    retry = client.post(
        reverse("anonymisation:scan_request", args=[world.review.reference]),
        {"source": "report"},
    )

    assert retry.status_code == 302 and retry.url == check_url(world)
    assert "2 candidates unresolved" in main_text(client.get(check_url(world)))
    assert AuditEvent.objects.filter(
        review=world.review, summary="Asked for a new publication check of the working report"
    ).exists()


def test_a_scan_stuck_for_long_is_shown_as_failed(world, client_for):
    scan = queued_scan(world)
    PublicationScan.objects.filter(pk=scan.pk).update(
        status=ScanStatus.RUNNING, created_at=timezone.now() - datetime.timedelta(minutes=20)
    )

    page = client_for(world.reviewer).get(check_url(world))

    assert "failed" in main_text(page)
    assert "The check did not finish" in main_text(page)


def test_scan_progress_page_without_javascript(world, client_for):
    scan = queued_scan(world)
    url = reverse("anonymisation:scan_status", args=[world.review.reference, scan.uuid])

    page = client_for(world.reviewer).get(url)

    assert page.status_code == 200
    assert "Checking the report for personal data…" in main_text(page)
    assert html(page).xpath("//a[normalize-space()='reload the publication check']")
