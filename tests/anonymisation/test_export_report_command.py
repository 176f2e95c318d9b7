"""`casewindow export_report`: the working copy, a draft or the publication version as a file,
through the same export as the exports page (recorded, audit-logged, checked); the publication
version only when the gate passes — otherwise a clear error, exit status 1 and no file."""

import io
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command
from docx import Document

from casewindow.audit.models import AuditAction, AuditEvent
from casewindow.demo.loader import demo_load
from casewindow.reports.models import ReportExport
from tests.world import build_review_world

pytestmark = pytest.mark.django_db


def test_the_demo_report_and_a_draft_are_written_and_the_publication_version_is_refused(
    tmp_path,
) -> None:
    review, _created = demo_load()
    docx = tmp_path / "report.docx"

    call_command("export_report", review.reference, "--format", "docx", "-o", str(docx))

    headings = [p.text for p in Document(io.BytesIO(docx.read_bytes())).paragraphs]
    assert "1\tExecutive summary" in headings
    export = ReportExport.objects.get(review=review, label="Working copy", format="docx")
    assert (
        AuditEvent.objects.filter(
            action=AuditAction.EXPORT, review=review, object_id=str(export.pk)
        ).exists()
        or AuditEvent.objects.filter(action=AuditAction.EXPORT, review=review).exists()
    )

    html = tmp_path / "draft.html"
    call_command(
        "export_report", review.reference, "--format", "html", "--draft", "1", "-o", str(html)
    )
    assert "Draft 1" in html.read_text()

    refused = tmp_path / "published.pdf"
    with pytest.raises(CommandError, match="No publication version: 2 candidates unresolved"):
        call_command(
            "export_report",
            review.reference,
            "--format",
            "pdf",
            "--publication",
            "-o",
            str(refused),
        )
    assert not refused.exists()


def test_unknown_review_draft_and_folder_are_clear_errors(tmp_path) -> None:
    review = build_review_world().review
    out = str(tmp_path / "r.html")
    with pytest.raises(CommandError, match="No review with reference"):
        call_command("export_report", "NOPE-1", "--format", "html", "-o", out)
    with pytest.raises(CommandError, match="has no draft 7"):
        call_command(
            "export_report", review.reference, "--format", "html", "--draft", "7", "-o", out
        )
    with pytest.raises(CommandError, match="does not exist"):
        call_command(
            "export_report", review.reference, "--format", "html", "-o", str(tmp_path / "x" / "r")
        )


def test_an_unknown_format_exits_non_zero() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "casewindow.cli",
            "export_report",
            "X-1",
            "--format",
            "odt",
            "-o",
            "f",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert "invalid choice: 'odt'" in done.stderr
