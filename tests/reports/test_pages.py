"""The report pages: the working copy, editing a free-text section (optimistic locking, audit),
and exports: asking for one, its progress, a failure said plainly, and the download (through
access, audit-logged with who and which export)."""

import io
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from docx import Document

from casewindow.accounts.models import User
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.reports.models import ExportStatus, ReportExport, ReportSection
from tests.pages import error_summary, html, main_text
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db
ClientFor = Callable[[User | None], Client]


def _url(name: str, world: ReviewWorld, *args: object) -> str:
    return reverse(f"reports:{name}", args=[world.review.reference, *args])


def test_report_page_shows_every_part_and_says_what_is_drawn_from_the_analysis(
    review_world: ReviewWorld, client_for: ClientFor
):
    response = client_for(review_world.lead).get(_url("report", review_world))
    assert response.status_code == 200
    text = main_text(response)
    for title in ("Introduction", "Methodology", "Appraisal of practice", "Appendices"):
        assert title in text
    assert "drawn from the review's own data" in text
    assert "Written by the review team" in text
    edit = _url("section_edit", review_world, "glossary")
    assert html(response).xpath(f'//a[@href="{edit}"]')


def test_an_observer_reads_the_report_but_cannot_change_it(
    review_world: ReviewWorld, client_for: ClientFor
):
    client = client_for(review_world.observer)
    response = client.get(_url("report", review_world))
    assert response.status_code == 200
    assert not html(response).xpath('//a[contains(@href, "/report/sections/")]')
    assert client.post(_url("export_list", review_world), {"format": "docx"}).status_code == 403
    assert not ReportExport.objects.exists()


def test_a_participant_cannot_open_the_working_report(
    review_world: ReviewWorld, client_for: ClientFor
):
    assert client_for(review_world.participant).get(_url("report", review_world)).status_code == 403


def test_editing_a_section_saves_it_and_records_it_in_the_audit_log(
    review_world: ReviewWorld, client_for: ClientFor
):
    client = client_for(review_world.reviewer)
    url = _url("section_edit", review_world, "methodology-limitations")
    response = client.post(url, {"body": "- No police records\n- One locum away", "version": "0"})
    assert response.status_code == 302
    section = ReportSection.objects.get(review=review_world.review, key="methodology-limitations")
    assert section.version == 1 and section.updated_by == review_world.reviewer
    assert AuditEvent.objects.filter(
        actor=review_world.reviewer, action=AuditAction.CREATE, object_id=str(section.uuid)
    ).exists()
    report = main_text(client.get(_url("report", review_world)))
    assert "No police records" in report


def test_a_stale_edit_is_refused_and_shows_the_version_saved_now(
    review_world: ReviewWorld, client_for: ClientFor
):
    url = _url("section_edit", review_world, "glossary")
    client_for(review_world.lead).post(url, {"body": "- MASH: the hub", "version": "0"})
    response = client_for(review_world.reviewer).post(url, {"body": "Mine", "version": "0"})
    assert response.status_code == 200
    text = main_text(response)
    assert "Someone else changed this section" in text
    assert "MASH: the hub" in text
    assert ReportSection.objects.get(key="glossary").body == "- MASH: the hub"


def test_an_unknown_section_is_not_found(review_world: ReviewWorld, client_for: ClientFor):
    url = _url("section_edit", review_world, "findings")
    assert client_for(review_world.lead).get(url).status_code == 404


def test_asking_for_a_docx_renders_it_and_the_download_is_audit_logged(
    review_world: ReviewWorld, client_for: ClientFor, django_capture_on_commit_callbacks
):
    client = client_for(review_world.lead)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url("export_list", review_world), {"format": "docx"})
    assert response.status_code == 302
    export = ReportExport.objects.get()
    assert export.status == ExportStatus.DONE and export.progress == 100
    assert export.label == "Working copy" and export.requested_by == review_world.lead
    page = client.get(_url("export_list", review_world))
    download_url = _url("export_download", review_world, export.uuid)
    assert html(page).xpath(f'//a[@href="{download_url}"]')

    observer = client_for(review_world.observer)
    response = observer.get(download_url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert (
        f"{review_world.review.reference}-report-working-copy.docx"
        in response["Content-Disposition"]
    )
    data = b"".join(response.streaming_content)
    document = Document(io.BytesIO(data))
    assert document.core_properties.author == ""
    assert review_world.review.title in [p.text for p in document.paragraphs]
    event = AuditEvent.objects.get(actor=review_world.observer, action=AuditAction.DOWNLOAD)
    assert event.object_id == str(export.uuid)
    assert event.changes["label"] == "Working copy" and event.changes["format"] == "docx"
    assert AuditEvent.objects.filter(
        actor=review_world.lead, action=AuditAction.EXPORT, object_id=str(export.uuid)
    ).exists()


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_pdf_and_html_exports_are_made_too(
    review_world: ReviewWorld, client_for: ClientFor, django_capture_on_commit_callbacks, fmt
):
    client = client_for(review_world.reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_url("export_list", review_world), {"format": fmt})
    export = ReportExport.objects.get()
    assert export.status == ExportStatus.DONE
    response = client.get(_url("export_download", review_world, export.uuid))
    data = b"".join(response.streaming_content)
    assert data.startswith(b"%PDF" if fmt == "pdf" else b"<!DOCTYPE html>")


def test_no_format_chosen_is_answered_with_an_error(
    review_world: ReviewWorld, client_for: ClientFor
):
    response = client_for(review_world.lead).post(
        _url("export_list", review_world), {"format": "exe"}
    )
    assert response.status_code == 200
    assert error_summary(response)
    assert not ReportExport.objects.exists()


def test_a_failed_render_says_so_plainly(
    review_world: ReviewWorld,
    client_for: ClientFor,
    django_capture_on_commit_callbacks,
    monkeypatch,
):
    def broken(content, progress=None):
        raise RuntimeError("no fonts")

    monkeypatch.setattr("casewindow.reports.rendering.render_docx", broken)
    client = client_for(review_world.lead)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_url("export_list", review_world), {"format": "docx"})
    export = ReportExport.objects.get()
    assert export.status == ExportStatus.FAILED and export.finished_at
    text = main_text(client.get(_url("export_list", review_world)))
    assert "Failed" in text and "could not be made" in text and "no fonts" in text
    assert client.get(_url("export_download", review_world, export.uuid)).status_code == 404


def test_progress_is_polled_until_the_export_is_done(
    review_world: ReviewWorld, client_for: ClientFor
):
    from casewindow.reports.assembly import build_report

    export = ReportExport.objects.create(
        review=review_world.review,
        requested_by=review_world.lead,
        format="docx",
        label="Working copy",
        content=build_report(review_world.review).to_json(),
        status=ExportStatus.RUNNING,
        progress=40,
        step="Writing the parts of the report",
    )
    client = client_for(review_world.lead)
    status_url = _url("export_status", review_world, export.uuid) + "?poll=1"
    running = client.get(status_url, headers={"HX-Request": "true"})
    assert running.status_code == 200
    assert "Writing the parts of the report: 40%" in running.content.decode()
    assert 'hx-trigger="every 2s"' in running.content.decode()
    assert client.get(_url("export_download", review_world, export.uuid)).status_code == 404

    from casewindow.reports.services import report_export_render

    export.status = ExportStatus.QUEUED
    export.save()
    report_export_render(export_id=export.pk)
    done = client.get(status_url, headers={"HX-Request": "true"})
    assert "HX-Refresh" not in done.headers  # no reload under the user's focus
    assert "is ready to download" in done.content.decode()
    assert 'hx-trigger="every 2s"' not in done.content.decode()
