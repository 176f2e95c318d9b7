"""A report file and a document's text whose worker died mid-job: the pages say so, stop
polling and offer "Try again", which makes the file and reads the text. Screenshotted and
checked with axe."""

import datetime
from pathlib import Path

import pytest
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max
from playwright.sync_api import Page, expect

from casewindow.accounts.models import User
from casewindow.evidence.models import ExtractionStatus
from casewindow.reports.assembly import build_report
from casewindow.reports.models import ExportStatus, ReportExport
from casewindow.reviews import services as review_services
from casewindow.reviews.models import ReviewType
from tests.browser.conftest import check_page, sign_in
from tests.evidence.factories import SourceDocumentFactory

pytestmark = pytest.mark.browser

PASSWORD = "silver-birch-lantern-83"
REFERENCE = "LCSPR-2025-31"


def stuck_job(path: str, **kwargs: object) -> None:
    DBTaskResult.objects.create(
        task_path=path,
        args_kwargs={"args": [], "kwargs": kwargs},
        backend_name="default",
        run_after=get_date_max(),
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - datetime.timedelta(hours=1),
        worker_ids=["killed"],
    )


@pytest.fixture
def lead(settings, tmp_path: Path) -> User:
    from casewindow.accounts.models import Partnership

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    user = User.objects.create_user(
        email="lena.lead@northshire.example", password=PASSWORD, full_name="Lena Lead"
    )
    partnership = Partnership.objects.create(name="Northshire Safeguarding Children Partnership")
    review = review_services.review_create(
        actor=user,
        partnership=partnership,
        reference=REFERENCE,
        title="Child K: neglect over two years",
        review_type=ReviewType.LEARNING_TOGETHER,
    )
    export = ReportExport.objects.create(
        review=review,
        requested_by=user,
        format="html",
        label="Working copy",
        content=build_report(review).to_json(),
        status=ExportStatus.RUNNING,
        progress=30,
        step="Writing the parts of the report",
    )
    stuck_job("casewindow.reports.tasks.report_export_render", export_id=export.pk)
    document = SourceDocumentFactory(
        review=review,
        title="Health visiting record",
        extraction_status=ExtractionStatus.RUNNING,
        extraction_progress=0,
    )
    stuck_job("casewindow.evidence.tasks.document_extract_text", document_id=document.pk)
    return user


def test_a_stuck_export_and_a_stuck_document_are_tried_again(page: Page, lead: User) -> None:
    sign_in(page, lead.email, PASSWORD)
    page.goto(f"/reviews/{REFERENCE}/report/exports/")
    expect(
        page.get_by_text("The background worker stopped while making this file.")
    ).to_be_visible()
    check_page(page, "stuck-export")
    page.get_by_role("button", name="Try again").click()
    expect(page.get_by_text("is being made again")).to_be_visible()
    expect(page.get_by_text("Ready", exact=True)).to_be_visible()
    check_page(page, "stuck-export-made-again")

    page.goto(f"/reviews/{REFERENCE}/documents/")
    page.get_by_role("link", name="Health visiting record").click()
    expect(page.get_by_text("The background worker stopped while reading")).to_be_visible()
    check_page(page, "stuck-document")
    page.get_by_role("button", name="Try again").click()
    expect(page.get_by_text("will be read again")).to_be_visible()
    expect(page.get_by_role("heading", name="Text", exact=True)).to_be_visible()
    check_page(page, "stuck-document-read-again")
