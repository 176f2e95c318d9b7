"""The publication version as a file: refused (nothing queued) while a candidate is unresolved;
once made it names no one in the register, title page included; the rendered file is checked
once more and a leak blocks it for good; downloads are refused for a blocked or unchecked
publication export. And a draft downloaded as a file."""

import io
import re
import zipfile
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from docx import Document

from casewindow.accounts.models import User
from casewindow.anonymisation.services import (
    PublicationBlocked,
    decision_record,
    publication_blockers,
    publication_export,
)
from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.reports.assembly import build_report
from casewindow.reports.content import ReportContent
from casewindow.reports.models import ExportStatus, ReportExport, ReportSection
from casewindow.reports.services import report_export_render
from tests.factories import PersonFactory
from tests.pages import html, main_text
from tests.world import ReviewWorld, world_drafts

pytestmark = pytest.mark.django_db
ClientFor = Callable[[User | None], Client]

REAL_NAME = "Kemi Adebayo"
ALIAS = "Kem"


def _url(name: str, world: ReviewWorld, *args: object) -> str:
    return reverse(name, args=[world.review.reference, *args])


@pytest.fixture
def world(review_world: ReviewWorld) -> ReviewWorld:
    """The world's review, titled with the child's real name (as a careless title might be),
    with the child in the register and named in a free-text section."""
    review = review_world.review
    review.title = f"{REAL_NAME}: a Learning Together review"
    review.save(update_fields=["title"])
    PersonFactory(review=review, real_name=REAL_NAME, aliases=[ALIAS], publication_label="Child K")
    ReportSection.objects.create(
        review=review,
        key="introduction-why",
        body=f"{REAL_NAME} (known as {ALIAS}) was taken to hospital. Her uncle, Babatunde Ogun, "
        "called the police.",
    )
    return review_world


def resolve_all(world: ReviewWorld) -> None:
    review = world.review
    # Names are replaced by the suggested label; places and organisations kept.
    for candidate in publication_blockers(review, build_report(review)):
        replace = candidate.category == "PERSON"
        decision_record(
            review=review,
            actor=world.lead,
            text=candidate.text,
            category=candidate.category,
            decision="replace" if replace else "keep",
            replacement=candidate.suggestion if replace else "",
            reason="" if replace else "Not a person; identifies no one.",
        )


def register_names(world: ReviewWorld) -> list[str]:
    return [
        name
        for person in world.review.people.all()
        for name in (person.real_name, *(person.aliases or ()))
    ]


def named(text: str, names: list[str]) -> list[str]:
    return [n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)]


# --- the service ----------------------------------------------------------------------------


def test_no_publication_version_while_a_candidate_is_unresolved(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(PublicationBlocked):
        publication_export(review=world.review, user=world.lead, fmt="docx")
    assert not ReportExport.objects.exists()
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()


def test_the_publication_version_names_no_one_in_the_register_title_page_included(
    world, django_capture_on_commit_callbacks
):
    resolve_all(world)
    with django_capture_on_commit_callbacks(execute=True):
        export = publication_export(review=world.review, user=world.lead, fmt="docx")
    export.refresh_from_db()
    assert export.publication and export.label == "Publication version"
    assert export.status == ExportStatus.DONE and export.checked_at is not None
    content = ReportContent.from_json(export.content)
    assert content.status == "Publication version"
    assert content.title == "Child K: a Learning Together review"
    everything = "\n".join(content.strings())
    assert named(everything, register_names(world)) == []
    assert "Babatunde Ogun" not in everything and "Child K" in everything

    document = Document(io.BytesIO(export.file.read()))
    assert document.core_properties.author == "" and document.core_properties.last_modified_by == ""
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Child K: a Learning Together review" in text
    assert named(text, register_names(world)) == []


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_pdf_and_html_publication_versions_are_checked_and_clean(
    world, django_capture_on_commit_callbacks, fmt
):
    resolve_all(world)
    with django_capture_on_commit_callbacks(execute=True):
        export = publication_export(review=world.review, user=world.lead, fmt=fmt)
    export.refresh_from_db()
    assert export.status == ExportStatus.DONE and export.checked_at is not None


def _leaky_docx(real_render):
    """The real renderer, then a register name planted in the document's properties."""

    def render(content, progress=None):
        data = real_render(content, progress=progress)
        document = Document(io.BytesIO(data))
        document.core_properties.author = REAL_NAME
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()

    return render


def test_a_name_left_in_the_rendered_file_blocks_the_export_for_good(
    world, client_for: ClientFor, django_capture_on_commit_callbacks, monkeypatch
):
    import casewindow.reports.rendering as rendering

    resolve_all(world)
    monkeypatch.setattr(rendering, "render_docx", _leaky_docx(rendering.render_docx))
    with django_capture_on_commit_callbacks(execute=True):
        export = publication_export(review=world.review, user=world.lead, fmt="docx")
    export.refresh_from_db()
    assert export.status == ExportStatus.BLOCKED and export.finished
    assert not export.file and export.checked_at is None and not export.downloadable
    assert export.blocked_hits == [{"where": "docProps/core.xml", "category": "PERSON"}]
    assert REAL_NAME not in export.error
    # Audit-logged with who asked and which export, without the name itself.
    event = AuditEvent.objects.get(object_id=str(export.uuid), summary__contains="blocked")
    assert event.actor == world.lead and event.changes["categories"] == ["PERSON"]
    assert REAL_NAME not in str(event.changes) + event.summary
    # Rendering again (a retried task) does not undo the block.
    assert report_export_render(export_id=export.pk) == ExportStatus.BLOCKED

    client = client_for(world.lead)
    page = client.get(_url("reports:export_list", world))
    text = main_text(page)
    assert "Blocked" in text and "Personal data found in the finished file (person)" in text
    download = _url("reports:export_download", world, export.uuid)
    assert not html(page).xpath(f'//a[@href="{download}"]')
    response = client.get(download)
    assert response.status_code == 409
    assert "This file cannot be downloaded" in main_text(response)
    assert not AuditEvent.objects.filter(action=AuditAction.DOWNLOAD).exists()


def test_a_planted_name_in_the_body_blocks_a_pdf_too(
    world, django_capture_on_commit_callbacks, monkeypatch
):
    import casewindow.reports.rendering as rendering

    real = rendering.render_pdf

    def leaky(content, progress=None):
        sections = content.sections
        first = sections[0].map_text(lambda text: text + f" Signed: {REAL_NAME}.")
        planted = ReportContent(**{**content.__dict__, "sections": (first, *sections[1:])})
        return real(planted, progress=progress)

    resolve_all(world)
    monkeypatch.setattr(rendering, "render_pdf", leaky)
    with django_capture_on_commit_callbacks(execute=True):
        export = publication_export(review=world.review, user=world.lead, fmt="pdf")
    export.refresh_from_db()
    assert export.status == ExportStatus.BLOCKED
    assert {hit["category"] for hit in export.blocked_hits} == {"PERSON"}
    assert all(hit["where"].startswith("page") for hit in export.blocked_hits)


def test_an_unchecked_publication_export_is_not_handed_out(world, client_for: ClientFor):
    """A publication export marked done without its check (say, by an older worker) is
    refused; a working copy in the same state downloads as before."""
    resolve_all(world)
    export = publication_export(review=world.review, user=world.lead, fmt="html")
    report_export_render(export_id=export.pk)
    ReportExport.objects.filter(pk=export.pk).update(checked_at=None)
    client = client_for(world.observer)
    assert client.get(_url("reports:export_download", world, export.uuid)).status_code == 409
    ReportExport.objects.filter(pk=export.pk).update(checked_at=export.created_at)
    response = client.get(_url("reports:export_download", world, export.uuid))
    assert response.status_code == 200
    event = AuditEvent.objects.get(action=AuditAction.DOWNLOAD, actor=world.observer)
    assert event.changes["label"] == "Publication version"


# --- the pages ------------------------------------------------------------------------------


def test_making_the_publication_version_while_blocked_says_how_many_and_where(
    world, client_for: ClientFor
):
    client = client_for(world.lead)
    unresolved = len(
        {c.key for c in publication_blockers(world.review, build_report(world.review))}
    )
    assert unresolved >= 1
    response = client.post(
        _url("reports:publication_export", world), {"publication-format": "docx"}
    )
    assert response.status_code == 409
    text = main_text(response)
    assert "The publication version cannot be made yet" in text
    assert f"{unresolved} candidate" in text and "Nothing has been made" in text
    check = _url("anonymisation:publication_check", world)
    assert html(response).xpath(f'//*[@id="publication-blocked"]//a[@href="{check}"]')
    assert not ReportExport.objects.exists()


def test_the_publication_check_offers_the_export_only_when_all_is_resolved(
    world, client_for: ClientFor, django_capture_on_commit_callbacks
):
    client = client_for(world.lead)
    action = _url("reports:publication_export", world)
    page = client.get(_url("anonymisation:publication_check", world))
    assert not html(page).xpath(f'//form[@action="{action}"]')
    resolve_all(world)
    page = client.get(_url("anonymisation:publication_check", world))
    assert html(page).xpath(f'//form[@action="{action}"]//input[@name="publication-format"]')
    # An observer reads the check but cannot make the version.
    observed = client_for(world.observer).get(_url("anonymisation:publication_check", world))
    assert not html(observed).xpath(f'//form[@action="{action}"]')

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action, {"publication-format": "pdf"})
    assert response.status_code == 302
    assert response["Location"].startswith(_url("reports:export_list", world))
    export = ReportExport.objects.get()
    page = client.get(_url("reports:export_list", world))
    row = html(page).xpath(f'//tr[@id="export-{export.uuid}"]')[0]
    assert "Publication" in row.text_content() and "checked for personal data" in (
        row.text_content()
    )
    download = _url("reports:export_download", world, export.uuid)
    assert row.xpath(f'.//a[@href="{download}"]')


def test_no_format_for_the_publication_version_is_an_error(world, client_for: ClientFor):
    resolve_all(world)
    client = client_for(world.lead)
    response = client.post(_url("reports:publication_export", world), {"publication-format": "x"})
    assert response.status_code == 302
    assert "Choose the format" in main_text(client.get(response["Location"]))
    assert not ReportExport.objects.exists()


def test_an_observer_cannot_make_the_publication_version(world, client_for: ClientFor):
    resolve_all(world)
    response = client_for(world.observer).post(
        _url("reports:publication_export", world), {"publication-format": "docx"}
    )
    assert response.status_code == 403
    assert not ReportExport.objects.exists()


# --- drafts ---------------------------------------------------------------------------------


def test_a_draft_downloads_as_word_with_its_frozen_content(
    review_world: ReviewWorld, client_for: ClientFor, django_capture_on_commit_callbacks
):
    draft, _ = world_drafts(review_world)
    # The analysis changes after the draft was made: the file is still the draft.
    ReportSection.objects.update_or_create(
        review=review_world.review,
        key="introduction-why",
        defaults={"body": "Written after the draft was made."},
    )
    client = client_for(review_world.lead)
    page = client.get(_url("drafts:draft_detail", review_world, draft.uuid))
    action = _url("drafts:draft_export", review_world, draft.uuid)
    assert html(page).xpath(f'//form[@action="{action}"]//button[@value="docx"]')
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action, {"format": "docx"})
    assert response.status_code == 302
    export = ReportExport.objects.get()
    assert export.label == f"Draft {draft.number}" and not export.publication
    assert export.content == draft.content

    reader = client_for(review_world.observer)  # report.view
    response = reader.get(_url("reports:export_download", review_world, export.uuid))
    assert response.status_code == 200
    assert f"-report-draft-{draft.number}.docx" in response["Content-Disposition"]
    data = b"".join(response.streaming_content)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "Written after the draft was made" not in archive.read("word/document.xml").decode()
    event = AuditEvent.objects.get(action=AuditAction.DOWNLOAD, actor=review_world.observer)
    assert event.changes["label"] == f"Draft {draft.number}"


def test_only_the_team_with_report_edit_makes_a_draft_file(
    review_world: ReviewWorld, client_for: ClientFor
):
    draft, _ = world_drafts(review_world)
    action = _url("drafts:draft_export", review_world, draft.uuid)
    observer_page = client_for(review_world.observer).get(
        _url("drafts:draft_detail", review_world, draft.uuid)
    )
    assert not html(observer_page).xpath(f'//form[@action="{action}"]')
    assert client_for(review_world.observer).post(action, {"format": "pdf"}).status_code == 403
    # A recipient of the draft (participant) has no report.view: the team's URL is not theirs.
    assert client_for(review_world.participant).post(action, {"format": "docx"}).status_code in (
        403,
        404,
    )
    client = client_for(review_world.lead)
    assert client.get(action).status_code == 405
    response = client.post(action, {"format": "exe"})
    assert response.status_code == 302
    assert "Choose Word, PDF or web page" in main_text(client.get(response["Location"]))
    assert not ReportExport.objects.exists()


def test_without_the_publication_checks_file_check_a_publication_file_is_never_kept(
    world, monkeypatch
):
    """Reports is handed the read-back check by the anonymisation app; were it missing, the
    render fails with a message rather than keeping an unchecked publication file."""
    import casewindow.reports.services as report_services

    resolve_all(world)
    export = publication_export(review=world.review, user=world.lead, fmt="html")
    monkeypatch.setattr(report_services, "_publication_file_check", [])
    assert report_export_render(export_id=export.pk) == ExportStatus.FAILED
    export.refresh_from_db()
    assert not export.file and export.checked_at is None and not export.downloadable
    assert "could not be made" in export.error
