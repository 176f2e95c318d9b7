"""The annual learning report: a DOCX and a PDF for the board of the reviews concluded in a
year, with their findings, recurring patterns, national learning and recommendations — from
published or released learning only."""

import datetime
import io
import re
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from django.http import HttpResponse
from django.test import Client, TestCase
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.background import FileStatus
from casewindow.learning.annual_rendering import render_annual_docx
from casewindow.learning.models import (
    AnnualReportFile,
    LearningRelease,
    NationalFinding,
    NationalReview,
)
from casewindow.learning.selectors.annual import annual_learning_report
from casewindow.learning.services import annual as annual_services
from casewindow.reviews.models import Review, ReviewStage
from tests.analysis.factories import ActionItemFactory, FindingFactory, RecommendationFactory
from tests.factories import PersonFactory, ReviewFactory
from tests.world import ReviewWorld

pytestmark = pytest.mark.django_db

YEAR = datetime.date.today().year - 1
CONCLUDED = "Attendance is watched week by week, so a term-long pattern of absence is missed."
EARLIER = "Attendance concerns stayed within the school for a whole term."
RELEASED = "Handovers between out-of-hours and day teams lose what families said."
UNRELEASED = "Out-of-hours calls were not passed to the day team the next morning."
NATIONAL_FINDING = "Strategy discussions after a family moves area leave out those who know it."


@pytest.fixture
def year_of_reviews(review_world: ReviewWorld) -> dict[str, Review]:
    partnership = review_world.partnership
    concluded = ReviewFactory(
        partnership=partnership,
        reference="NSCP-A",
        stage=ReviewStage.CLOSED,
        target_publication_date=datetime.date(YEAR, 5, 12),
    )
    FindingFactory(review=concluded, pattern_area="human-tool", statement=CONCLUDED)
    FindingFactory(review=concluded, pattern_area="longer-term", is_systems_finding=False)
    recommendation = RecommendationFactory(
        review=concluded, kind=1, text="Share attendance concerns the same week."
    )
    ActionItemFactory(recommendation=recommendation, status="done")
    earlier = ReviewFactory(
        partnership=partnership,
        reference="NSCP-B",
        stage=ReviewStage.ACTION_PLAN,
        target_publication_date=datetime.date(YEAR - 1, 9, 1),
    )
    FindingFactory(review=earlier, pattern_area="human-tool", statement=EARLIER)
    released = ReviewFactory(partnership=partnership, reference="NSCP-C", stage="analysis")
    FindingFactory(review=released, pattern_area="human-tool", statement=RELEASED)
    release = LearningRelease.objects.create(review=released, released_by=review_world.lead)
    LearningRelease.objects.filter(pk=release.pk).update(
        released_at=datetime.datetime(YEAR, 11, 3, 10, tzinfo=datetime.UTC)
    )
    # The world's own review: in analysis, unreleased; the lead sees its analysis elsewhere.
    review_world.review.stage = "analysis"
    review_world.review.save()
    FindingFactory(review=review_world.review, pattern_area="human-tool", statement=UNRELEASED)
    national = NationalReview.objects.create(
        partnership=partnership,
        reference="WV-1",
        source="Westvale",
        year=YEAR,
        review_type="lcspr_lt",
    )
    NationalFinding.objects.create(
        review=national, number=1, pattern_area="incidents-crises", statement=NATIONAL_FINDING
    )
    return {"concluded": concluded, "earlier": earlier, "released": released}


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media"


def _ask(client: Client, world: ReviewWorld, data: dict[str, object]) -> HttpResponse:
    """Ask for a report on the page. The tasks worker makes it once the request's transaction
    commits: here at once, as the POST returns."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(_url("annual_report", world), data)


def _url(name: str, world: ReviewWorld, *args: object) -> str:
    return reverse(f"learning:{name}", args=[world.partnership.uuid, *args])


def _download(client: Client, world: ReviewWorld, kind: str, year: int = YEAR) -> bytes:
    """What a reader does: ask for the report, then download it from the page when it is ready."""
    response = _ask(client, world, {"year": year, "file_format": kind})
    assert response.status_code == 302, response.content[:300]
    page = client.get(_url("annual_report", world)).content.decode()
    link = re.search(r'href="([^"]+/download/)"', page)
    assert link is not None, "no download link on the page"
    download = client.get(link.group(1))
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    assert download["Content-Disposition"].endswith(f'-annual-learning-report-{year}.{kind}"')
    return b"".join(download.streaming_content)  # type: ignore[attr-defined]


def _docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def test_docx_holds_the_years_reviews_patterns_national_learning_and_recommendations(
    review_world: ReviewWorld, year_of_reviews: dict[str, Review]
) -> None:
    client = Client()
    client.force_login(review_world.board_reader)
    text = _docx_text(_download(client, review_world, "docx"))
    assert f"Annual learning report {YEAR}" in text
    assert "NSCP-A" in text and CONCLUDED in text and f"12 May {YEAR}" in text
    assert "NSCP-C" in text and RELEASED in text and "released before publication" in text
    # A review concluded the year before is counted in the trend, not listed.
    assert EARLIER not in text
    assert "WV-1" in text and NATIONAL_FINDING in text
    assert "Share attendance concerns the same week." in text and "Done" in text
    # Human-tool operation recurs: two reviews this year, one the year before.
    assert "NSCP-A, NSCP-C" in text


def test_pdf_text_holds_the_years_reviews(
    review_world: ReviewWorld, year_of_reviews: dict[str, Review]
) -> None:
    client = Client()
    client.force_login(review_world.lead)
    data = _download(client, review_world, "pdf")
    assert data.startswith(b"%PDF")
    text = _pdf_text(data)
    for expected in ("NSCP-A", " ".join(CONCLUDED.split()[:6]), "NSCP-C", "WV-1"):
        assert expected in text
    assert "Findings by pattern area" in text


def test_unreleased_learning_never_appears_even_for_its_own_lead(
    review_world: ReviewWorld, year_of_reviews: dict[str, Review]
) -> None:
    # The lead reviewer sees the world review's unpublished analysis on the learning pages, but
    # a report made for the board holds published or released learning only.
    client = Client()
    client.force_login(review_world.lead)
    for kind, read in (("docx", _docx_text), ("pdf", _pdf_text)):
        text = read(_download(client, review_world, kind, year=datetime.date.today().year))
        assert "next morning" not in text
        assert review_world.review.reference not in text


def test_real_names_are_replaced_by_publication_labels(
    review_world: ReviewWorld, year_of_reviews: dict[str, Review]
) -> None:
    concluded = year_of_reviews["concluded"]
    PersonFactory(review=concluded, real_name="Jasmine Okoro", publication_label="Child J")
    FindingFactory(
        review=concluded, pattern_area="human-reasoning", statement="Jasmine Okoro was not seen."
    )
    report = annual_learning_report(
        partnership=review_world.partnership, reviews=[concluded], year=YEAR
    )
    text = _docx_text(render_annual_docx(report))
    assert "Child J was not seen." in text and "Jasmine" not in text


def test_making_the_report_is_audited_in_each_review_it_read(
    review_world: ReviewWorld, year_of_reviews: dict[str, Review]
) -> None:
    client = Client()
    client.force_login(review_world.board_reader)
    _download(client, review_world, "docx")
    for key in ("concluded", "released"):
        assert AuditEvent.objects.filter(
            review=year_of_reviews[key], summary__contains=f"annual learning report {YEAR}"
        ).exists()
    assert not AuditEvent.objects.filter(
        review=year_of_reviews["earlier"], summary__contains="annual learning report"
    ).exists()
    assert AuditEvent.objects.filter(
        action=AuditAction.EXPORT, summary__startswith=f"Made the annual learning report {YEAR}"
    ).exists()


def test_page_offers_the_years_and_explains_a_bad_choice(
    review_world: ReviewWorld, year_of_reviews: dict[str, Review]
) -> None:
    client = Client()
    client.force_login(review_world.board_reader)
    url = reverse("learning:annual_report", args=[review_world.partnership.uuid])
    page = client.get(url).content.decode()
    assert f'<option value="{YEAR}" selected>' in page and "Make the report" in page
    # What each year holds: two of the partnership's reviews and one national review.
    row = re.search(rf"<th [^>]*>{YEAR}</th>(.*?)</tr>", page)
    assert row is not None and re.findall(r">(\d+)</td>", row.group(1)) == ["2", "1"]
    bad = client.post(url, {"year": "1066", "file_format": "exe"})
    assert bad.status_code == 200
    html = bad.content.decode()
    assert "govuk-error-summary" in html and "Select a valid choice" in html
    missing = client.post(url, {"year": str(YEAR)}).content.decode()
    assert "Select whether you want a Word document or a PDF" in missing
    assert not AnnualReportFile.objects.exists()


def test_a_member_of_one_review_only_is_refused(review_world: ReviewWorld) -> None:
    client = Client()
    client.force_login(review_world.reviewer)
    url = reverse("learning:annual_report", args=[review_world.partnership.uuid])
    assert client.get(url).status_code == 403
    assert client.post(url, {"year": YEAR, "file_format": "pdf"}).status_code == 403
    client.force_login(review_world.outsider)
    assert client.get(url).status_code == 404
    assert not AnnualReportFile.objects.exists()


def test_a_report_is_its_makers_alone(
    review_world: ReviewWorld, year_of_reviews: dict[str, Review]
) -> None:
    """It holds the learning its maker could read: another board member of the same
    partnership neither sees it on the page nor downloads it, even with its address."""
    maker = Client()
    maker.force_login(review_world.board_reader)
    _ask(maker, review_world, {"year": YEAR, "file_format": "pdf"})
    made = AnnualReportFile.objects.get()
    assert made.status == FileStatus.DONE and made.requested_by == review_world.board_reader
    assert made.reviews_read == 2  # the concluded and the released review, not the others
    other = Client()
    other.force_login(review_world.lead)  # the partnership's business manager
    page = other.get(_url("annual_report", review_world)).content.decode()
    assert str(made.uuid) not in page and "You have not made a report yet" in page
    for name in ("annual_report_download", "annual_report_status"):
        assert other.get(_url(name, review_world, made.uuid)).status_code == 404
        assert maker.get(_url(name, review_world, made.uuid)).status_code == 200
    # Nor through another partnership's address.
    elsewhere = reverse("learning:annual_report_download", args=[uuid.uuid4(), made.uuid])
    assert maker.get(elsewhere).status_code == 404
    assert (
        AuditEvent.objects.filter(
            action=AuditAction.DOWNLOAD, actor=review_world.board_reader, object_id=str(made.uuid)
        ).count()
        == 1
    )


def test_the_page_follows_a_report_being_made_and_a_failed_one_says_so(
    review_world: ReviewWorld,
    year_of_reviews: dict[str, Review],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = Client()
    client.force_login(review_world.board_reader)
    waiting = AnnualReportFile.objects.create(
        partnership=review_world.partnership,
        requested_by=review_world.board_reader,
        year=YEAR,
        file_format="docx",
        step="Waiting to start",
    )
    row = client.get(_url("annual_report_status", review_world, waiting.uuid)).content.decode()
    assert 'hx-trigger="every 2s"' in row and "Waiting to start: 0%" in row
    assert "/download/" not in row

    def broken(report: object) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr(annual_services, "render_annual_pdf", broken)
    _ask(client, review_world, {"year": YEAR, "file_format": "pdf"})
    failed = AnnualReportFile.objects.exclude(pk=waiting.pk).get()
    assert failed.status == FileStatus.FAILED and not failed.file
    row = client.get(
        _url("annual_report_status", review_world, failed.uuid) + "?poll=1"
    ).content.decode()
    assert "could not be made (OSError: disk full)" in row and "/download/" not in row
    assert "every 2s" not in row  # it stops polling
    assert client.get(_url("annual_report_download", review_world, failed.uuid)).status_code == 404


@pytest.mark.slow
def test_libreoffice_opens_the_docx(
    review_world: ReviewWorld, year_of_reviews: dict[str, Review], tmp_path: Path
) -> None:
    soffice = shutil.which("libreoffice") or shutil.which("soffice")
    if soffice is None:
        pytest.skip(
            "LIBREOFFICE NOT INSTALLED — the annual report's DOCX cannot be opened and checked: "
            "apt-get install libreoffice-writer"
        )
    client = Client()
    client.force_login(review_world.board_reader)
    source = tmp_path / "annual.docx"
    source.write_bytes(_download(client, review_world, "docx"))
    subprocess.run(  # noqa: S603 - a fixed program on a file this test wrote
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = _pdf_text((tmp_path / "annual.pdf").read_bytes())
    assert CONCLUDED.split(",")[0] in text and "WV-1" in text
